#!/usr/bin/env python3
"""Trains the entity tagger with several seeds and prints, per evaluation set,
the mean and spread (max - min) of its micro F1 and ORG F1, and of the
out-of-domain mean, so that a change is kept only when its gain exceeds the
spread (`make ner-seeds`).

usage: tests/ner/seeds.py PRESSLIGHT SEEDS "TRAIN FILES" "EVAL SETS" [OUT_DIR]

TRAIN FILES are the arguments of `presslight train` (FILE[@WEIGHT] ...);
EVAL SETS those of `presslight eval ner` (the first is in domain).
"""
import os
import subprocess
import sys
import tempfile
from pathlib import Path


# Options of `presslight train` beyond the seed (e.g. "--members 3"), from the environment.
MEMBERS = os.environ.get("TRAIN_OPTIONS", "").split()


def run(cmd):
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr}")
    return done.stdout


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    exe, seeds, train, sets = sys.argv[1], sys.argv[2].split(), sys.argv[3].split(), sys.argv[4].split()
    out_dir = Path(sys.argv[5] if len(sys.argv) > 5 else tempfile.mkdtemp(prefix="ner-seeds-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = {}  # set -> [(micro, org)] per seed
    ood = []
    for seed in seeds:
        model = out_dir / f"model-seed{seed}.bin"
        run([exe, "train", "--seed", seed, "--out", str(model), *MEMBERS, *train])
        report = run([exe, "--model", str(model), "eval", "ner", *sets])
        for line in report.splitlines():
            if line.startswith("set "):
                _, f1, org, name = line.split(" ", 3)
                rows.setdefault(name, []).append((float(f1), float(org)))
            elif line.startswith("out-of-domain mean "):
                ood.append(float(line.split()[2]))
        print(f"seed {seed}: " + " ".join(f"{v[-1][0]:.4f}" for v in rows.values()), flush=True)

    def stat(xs):
        return f"{sum(xs) / len(xs):.4f} ± {(max(xs) - min(xs)) / 2:.4f}"

    print(f"\n{len(seeds)} seeds: mean ± half the spread (max - min)")
    print(f"{'micro F1':<18} {'ORG F1':<18} set")
    for name, vals in rows.items():
        print(f"{stat([v[0] for v in vals]):<18} {stat([v[1] for v in vals]):<18} {name}")
    if ood:
        print(f"{stat(ood):<18} {'':<18} out-of-domain mean")
    print(f"models in {out_dir}")


if __name__ == "__main__":
    main()
