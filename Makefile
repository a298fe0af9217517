# presslight: build the page, serve it, test everything.
#
#   make run     install what is missing, build, serve www/ at http://127.0.0.1:$(PORT)/
#   make build   build the page (www/pkg/) without serving
#   make test    fmt, clippy, cargo test, the wasm build and the browser tests
#   make bench   ARTICLE=path/to/article.txt [CORPUS=dir]: native speed over CORPUS, then the page on ARTICLE
#   make bench-native ARTICLE=...: the CLI's speed on the same article (release build)
#   make dist    dist/presslight.html, one self-contained file
#   make npm     the npm package: dist/npm/ and its tarball dist/presslight-VERSION.tgz (not published)
#   make wheel   the Python package: dist/python/presslight-*.whl (maturin, from bindings/python)
#   make scale   Spark (pandas UDF, RDD.pipe) and GNU parallel over PolNeAR, against the CLI
#   make eval-figures            every figure evaluation (specs, MEANTIME, Duckling, TIMEX3, numex,
#                                Re-DocRED) and the seed article; needs ../shared/data
#   make figure-diff BASE=REV    each figure that moves on about 3,400 texts between REV and the
#                                working tree (tests/figures/diff.py); needs ../shared/data
#
# Tools installed when missing, each with a line saying what and why: the wasm32 target (rustup),
# wasm-bindgen-cli at the exact version Cargo.toml pins (into $(TOOLS), a folder of this checkout,
# first on the PATH of the build: a wasm-bindgen elsewhere on the machine is never used), Debian
# binaryen, chromium, nodejs/npm (apt-get) and the npm test driver (npm ci, into tests/browser);
# for the Python package a virtualenv in $(VENV) (python3-venv from apt-get when Python has no
# venv) with maturin and pytest from PyPI; `make scale` adds pyspark, pandas and pyarrow to it
# and Debian parallel (Java 17 must be there).
# What must be there before: make, bash, git, Rust by rustup (cargo), Node.js/npm and Python 3.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

PORT ?= 8000
HOST ?= 127.0.0.1
ARTICLE ?=
WASM_TARGET := wasm32-unknown-unknown
# The size-tuned profile of Cargo.toml ([profile.wasm]).
WASM_PROFILE := wasm
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
WASM_RAW := $(TARGET_DIR)/$(WASM_TARGET)/$(WASM_PROFILE)/presslight.wasm
BINDGEN_DIR := $(TARGET_DIR)/wasm-bindgen
# cargo's wasm after wasm-opt: the page and the npm package are bound from it.
WASM_OPT := $(TARGET_DIR)/presslight.opt.wasm
NPM_BINDGEN := $(TARGET_DIR)/npm-bindgen
NPM_DIR := dist/npm
# The Python tools of this checkout (git-ignored; `make clean` keeps it), and the wheel.
VENV := $(CURDIR)/.venv
PY_DIST := dist/python
# The versions make test installs into $(VENV) (bindings/python/requirements-dev.txt).
PY_REQUIREMENTS := bindings/python/requirements-dev.txt
PKG := www/pkg
# Tools this checkout installs for itself (git-ignored; `make clean` keeps them).
TOOLS := $(CURDIR)/.tools
WASM_BINDGEN := $(TOOLS)/bin/wasm-bindgen
CARGO_BIN := $(HOME)/.cargo/bin
# The active toolchain's own folder (rustdoc, cargo-fmt, cargo-clippy), last: a machine may have
# rustup's proxies for cargo and rustc on its PATH and not the others.
TOOLCHAIN_BIN := $(shell d="$$(rustup which rustc 2>/dev/null)" && dirname "$$d")
export PATH := $(TOOLS)/bin:$(CARGO_BIN):$(PATH)$(if $(TOOLCHAIN_BIN),:$(TOOLCHAIN_BIN))
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The version of wasm-bindgen pinned in Cargo.toml (wasm-bindgen = "=X.Y.Z").
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen *= *"=\{0,1\}\([0-9][0-9.]*\)".*/\1/p' Cargo.toml | head -n1)
WASM_OPT_FLAGS := -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue
BROWSER_DIR := tests/browser
CHROMIUM := /usr/bin/chromium
# The annotated data (not in the repository; see ../shared/data/README.md).
DATA ?= ../shared/data

.PHONY: build run test bench bench-native dist deps browser-deps check-rust wasm clean compare \
	npm npm-test node-deps wheel python-deps python-test scale \
	ner-data names common-words model ner-seeds eval-ner rust-components \
	eval-figures figure-diff

## ---- tools ---------------------------------------------------------------

# $(call apt-install,PACKAGES,WHY): one line saying what is installed and why, then apt-get
# (sudo when not root); when the install fails, the package lists are refreshed and it is tried
# once more; a second failure says what failed and what to do.
define apt-install
echo "installing Debian $(1) ($(2))"; \
if [ -n "$(SUDO)" ] && ! command -v sudo >/dev/null; then \
  echo "cannot install $(1): not root and no sudo; install Debian $(1) by hand" >&2; exit 1; fi; \
export DEBIAN_FRONTEND=noninteractive; \
$(SUDO) apt-get install -y -qq $(1) >/dev/null 2>&1 \
  || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(1); } \
  || { echo "apt-get could not install $(1): check the network and the apt sources, run 'apt-get update', then 'apt-get install $(1)'" >&2; exit 1; }
endef

# $(call pip-install,REQUIREMENTS,WHY,TARGET): the exact versions of REQUIREMENTS that $(VENV)
# lacks, installed from PyPI with one line saying what and why.
define pip-install
missing="$$(grep -v '^#' $(1) | grep -vxF -f <("$(VENV)/bin/python" -m pip freeze 2>/dev/null) || true)"; \
if [ -n "$$missing" ]; then \
  echo "installing" $$missing "into $(VENV) (pip, from PyPI: $(2))"; \
  "$(VENV)/bin/python" -m pip install --quiet --disable-pip-version-check -r $(1) \
    || { echo "pip could not install $(1): check that PyPI is reachable, then 'make $(3)' again" >&2; exit 1; }; fi
endef

deps:
	@command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup (https://rustup.rs) and open a new shell" >&2; exit 1; }
	@command -v rustup >/dev/null || { echo "rustup not found: the wasm32 target is added with rustup; install Rust with rustup (https://rustup.rs)" >&2; exit 1; }
	@if ! { rustup target list --installed 2>/dev/null || true; } | grep -qx '$(WASM_TARGET)'; then \
	  echo "installing the Rust target $(WASM_TARGET) (rustup; the page's core is built for it)"; \
	  rustup target add $(WASM_TARGET) || { echo "rustup could not add $(WASM_TARGET): check the network, then 'rustup target add $(WASM_TARGET)'" >&2; exit 1; }; fi
	@if [ -z "$(WASM_BINDGEN_VERSION)" ]; then echo "no wasm-bindgen version pinned in Cargo.toml (want wasm-bindgen = \"=X.Y.Z\")" >&2; exit 1; fi
	@have="$$( { "$(WASM_BINDGEN)" --version 2>/dev/null || true; } | awk '{print $$2}')"; \
	if [ "$$have" != "$(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) into $(TOOLS) (it must match the wasm-bindgen crate; found: $${have:-none}; takes about 3 minutes)"; \
	  cargo install --quiet wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --root "$(TOOLS)" \
	    || { echo "cargo could not install wasm-bindgen-cli $(WASM_BINDGEN_VERSION): check that crates.io is reachable, then 'make deps' again" >&2; exit 1; }; fi
	@command -v python3 >/dev/null || { $(call apt-install,python3,the page is built and served with it); }
	@command -v wasm-opt >/dev/null || { $(call apt-install,binaryen,wasm-opt makes the page's wasm smaller and quicker); }

browser-deps:
	@[ -x $(CHROMIUM) ] || { $(call apt-install,chromium,the browser tests run the page in headless Chromium); }
	@{ command -v node >/dev/null && command -v npm >/dev/null; } || { $(call apt-install,nodejs npm,the browser tests are driven from Node.js); }
	@if [ ! -d $(BROWSER_DIR)/node_modules/playwright-core ] || [ ! -d $(BROWSER_DIR)/node_modules/axe-core ]; then \
	  echo "installing the browser test driver (npm ci: playwright-core and axe-core, into $(BROWSER_DIR))"; \
	  ( cd $(BROWSER_DIR) && npm ci --no-audit --no-fund --loglevel=error ) \
	    || { echo "npm ci could not install the browser test driver: check that the npm registry is reachable, then 'make browser-deps' again" >&2; exit 1; }; fi

## ---- build ---------------------------------------------------------------

# wasm-opt runs on cargo's output, before wasm-bindgen: the Debian wasm-opt (108) mixes up the
# tables of a module that wasm-bindgen has already given its externref table.
wasm: deps
	cargo rustc --lib --crate-type cdylib --target $(WASM_TARGET) --profile $(WASM_PROFILE)
	@if [ -f $(BINDGEN_DIR)/presslight_bg.wasm ] && [ $(BINDGEN_DIR)/presslight_bg.wasm -nt $(WASM_RAW) ] \
	    && [ $(BINDGEN_DIR)/presslight_bg.wasm -nt Makefile ] && [ -f $(WASM_OPT) ]; then \
	  echo "$(BINDGEN_DIR) is up to date"; exit 0; fi; \
	rm -rf $(BINDGEN_DIR) && mkdir -p $(BINDGEN_DIR); \
	echo "wasm-opt $(WASM_OPT_FLAGS)"; \
	wasm-opt $(WASM_OPT_FLAGS) $(WASM_RAW) -o $(WASM_OPT); \
	echo "wasm-bindgen --target no-modules"; \
	"$(WASM_BINDGEN)" --target no-modules --out-dir $(BINDGEN_DIR) --out-name presslight $(WASM_OPT)

build: wasm
	python3 www/build/embed.py $(BINDGEN_DIR) $(PKG)

run: build
	@echo
	@echo "presslight is served at http://$(HOST):$(PORT)/"
	@echo "or open file://$(CURDIR)/www/index.html"
	@echo "(Ctrl-C stops the server)"
	cd www && exec python3 -m http.server $(PORT) --bind $(HOST)

dist: build
	python3 www/build/dist.py www dist/presslight.html

## ---- the packages: npm and Python ------------------------------------------

TYPES_DIR := bindings/node/types
node-deps:
	@{ command -v node >/dev/null && command -v npm >/dev/null; } || { $(call apt-install,nodejs npm,the npm package is assembled and tested with Node.js); }
	@if [ ! -d $(TYPES_DIR)/node_modules/typescript ]; then \
	  echo "installing the TypeScript compiler (npm ci, into $(TYPES_DIR): the npm package's types are checked against the CLI's output)"; \
	  ( cd $(TYPES_DIR) && npm ci --no-audit --no-fund --loglevel=error ) \
	    || { echo "npm ci could not install typescript: check that the npm registry is reachable, then 'make node-deps' again" >&2; exit 1; }; fi

# The same wasm as the page's, bound three ways (Node.js import, Node.js require, bundlers) and
# assembled by bindings/node/build.mjs; then packed as `npm publish` would pack it.
npm: wasm node-deps
	@rm -rf $(NPM_BINDGEN)
	@for t in nodejs:nodejs experimental-nodejs-module:esm bundler:bundler; do \
	  echo "wasm-bindgen --target $${t%%:*}"; \
	  "$(WASM_BINDGEN)" --target "$${t%%:*}" --out-dir $(NPM_BINDGEN)/$${t#*:} --out-name presslight $(WASM_OPT); done
	node bindings/node/build.mjs $(NPM_BINDGEN) $(NPM_DIR)
	@rm -f dist/presslight-*.tgz
	@tgz=$$(cd dist && npm pack ./npm --silent --pack-destination .) && \
	  echo "dist/$$tgz: $$(( $$(stat -c %s dist/$$tgz) / 1024 )) KiB packed, $$(du -sk --apparent-size $(NPM_DIR) | cut -f1) KiB installed"

# The test installs the tarball into an empty folder and compares with the CLI (debug build).
npm-test: npm
	cargo build --quiet --bin presslight
	PRESSLIGHT="$(abspath $(TARGET_DIR))/debug/presslight" PRESSLIGHT_NPM="$$(ls $(CURDIR)/dist/presslight-*.tgz)" \
	  TSC="$(CURDIR)/$(TYPES_DIR)/node_modules/.bin/tsc" node --test bindings/node/test.mjs

# A virtualenv in the checkout: Debian's pip is externally managed, and no tool elsewhere on the
# machine is used. Recreated when its Python is gone; the tools are installed when missing.
python-deps:
	@command -v python3 >/dev/null || { $(call apt-install,python3,the Python package is built and tested with it); }
	@if ! "$(VENV)/bin/python" -m pip --version >/dev/null 2>&1; then \
	  echo "creating the virtualenv $(VENV) (python3 -m venv: the Python tools of this checkout)"; \
	  rm -rf "$(VENV)"; \
	  python3 -m venv "$(VENV)" >/dev/null 2>&1 || { rm -rf "$(VENV)"; \
	    $(call apt-install,python3-venv,this Python cannot make a virtualenv without it); \
	    python3 -m venv "$(VENV)"; }; fi
	@$(call pip-install,$(PY_REQUIREMENTS),the wheel is built with maturin and tested with pytest,python-deps)

# The wheel: abi3 (one wheel for CPython 3.10 and later), built in its own cargo target folder.
wheel: python-deps
	@rm -rf $(PY_DIST)
	CARGO_TARGET_DIR="$(abspath $(TARGET_DIR))/python" "$(VENV)/bin/maturin" build --release --locked --quiet \
	  -m bindings/python/Cargo.toml -o $(PY_DIST)
	@for w in $(PY_DIST)/*.whl; do echo "$$w: $$(( $$(stat -c %s $$w) / 1024 )) KiB"; done

python-test: wheel
	"$(VENV)/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps --no-index $(PY_DIST)/presslight-*.whl
	cargo build --quiet --bin presslight
	PRESSLIGHT="$(abspath $(TARGET_DIR))/debug/presslight" "$(VENV)/bin/python" -m pytest -q -p no:cacheprovider bindings/python/tests

## ---- tests ---------------------------------------------------------------

# rustfmt and clippy are rustup components, added when missing.
rust-components:
	@command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup (https://rustup.rs) and open a new shell" >&2; exit 1; }
	@for c in rustfmt:cargo-fmt clippy:cargo-clippy; do \
	  rustup which "$${c#*:}" >/dev/null 2>&1 && continue; \
	  echo "installing the Rust component $${c%%:*} (rustup; make test checks the code with it)"; \
	  rustup component add "$${c%%:*}" || { echo "rustup could not add $${c%%:*}: check the network, then 'rustup component add $${c%%:*}'" >&2; exit 1; }; \
	done

check-rust: rust-components
	cargo fmt --check
	cargo fmt --check --manifest-path bindings/python/Cargo.toml
	cargo clippy --all-targets -- -D warnings
	cargo test

test: check-rust build dist browser-deps python-test npm-test
	cd $(BROWSER_DIR) && node run.mjs

# Native speed over CORPUS (a folder of .txt articles; PolNeAR's by default), then the page on ARTICLE.
CORPUS ?= ../shared/data/polnear/data/train/text
bench: build browser-deps
	@if [ -z "$(ARTICLE)" ]; then echo "usage: make bench ARTICLE=path/to/article.txt [CORPUS=dir]" >&2; exit 2; fi
	@if [ -d "$(CORPUS)" ]; then cargo run --release --quiet -- bench "$(CORPUS)"; \
	  else echo "no CORPUS folder $(CORPUS): native bench skipped"; fi
	cd $(BROWSER_DIR) && node bench.mjs "$(abspath $(ARTICLE))"

# The native speed of the same core (release build): the CLI's bench over ARTICLE (a file or a folder).
bench-native:
	@if [ -z "$(ARTICLE)" ]; then echo "usage: make bench-native ARTICLE=path/to/article.txt|DIR" >&2; exit 2; fi
	cargo run --release --quiet -- bench "$(ARTICLE)"

clean:
	rm -rf $(PKG) $(BINDGEN_DIR) dist $(BROWSER_DIR)/out

## ---- at scale (not part of make test: it installs pyspark, pandas and pyarrow, about 800 MB) ----

# Spark in local mode (the CLI through RDD.pipe, a pandas UDF calling the Python package) and GNU
# parallel over the PolNeAR texts, each checked against the CLI; prints articles per second per
# core (tests/scale/run.py). REPEAT takes each article REPEAT times for a steadier figure.
SCALE_DATA ?= $(DATA)/polnear/data/train/text $(DATA)/polnear/data/dev/text
SCALE_REQUIREMENTS := bindings/python/requirements-scale.txt
REPEAT ?= 5
scale: python-test
	@for d in $(SCALE_DATA); do [ -d "$$d" ] || { echo "no folder $$d: the PolNeAR texts are in ../shared/data (give DATA=dir or SCALE_DATA='dir...')" >&2; exit 2; }; done
	@command -v java >/dev/null || { $(call apt-install,default-jre-headless,Spark runs on Java 17 or later); }
	@command -v parallel >/dev/null || { $(call apt-install,parallel,GNU parallel spreads the CLI over the cores of one machine); }
	@$(call pip-install,$(SCALE_REQUIREMENTS),Spark in local mode and its pandas UDFs,scale)
	cargo build --release --quiet --bin presslight
	"$(VENV)/bin/python" tests/scale/run.py --cli "$(abspath $(TARGET_DIR))/release/presslight" --repeat $(REPEAT) \
	  --data $(SCALE_DATA)

## ---- the entity tagger: training and its protocol (need ../shared/data; not part of make test) ----

NER := $(DATA)/ner_more
# The training recipe of the committed model (FILE@WEIGHT: documents per epoch, per document).
# News (CoNLL-2003 twice), Wikipedia (WikiGold, CrossNER's other domains), web text (UNER EWT train),
# tweets (BTC, all sections but G, which is evaluated; WNUT 2017 train). Chosen with make ner-seeds.
NER_TRAIN ?= $(DATA)/conll2003/train.txt@2 $(DATA)/wikigold/wikigold.conll.txt \
	$(NER)/uner_english_ewt/en_ewt-ud-train.iob2 \
	$(NER)/btc/data/a.conll $(NER)/btc/data/b.conll $(NER)/btc/data/e.conll $(NER)/btc/data/f.conll \
	$(NER)/btc/data/h.conll $(NER)/wnut17/data/wnut17train.conll \
	$(NER)/crossner/ai/train.txt $(NER)/crossner/literature/train.txt $(NER)/crossner/music/train.txt \
	$(NER)/crossner/science/train.txt
# The sets every change is decided on: in domain first, then out of domain (never trained on).
NER_EVAL ?= $(DATA)/conll2003/dev.txt $(DATA)/meantime $(NER)/uner_english_ewt/en_ewt-ud-dev.iob2 \
	$(NER)/btc/data/g.conll $(NER)/crossner/politics/dev.txt
SEEDS ?= 1 2 3

ner-data:
	@[ -d "$(DATA)/conll2003" ] && [ -d "$(NER)" ] || { echo "no annotated data at $(DATA) (want conll2003/, wikigold/, meantime/, ner_more/): give DATA=dir" >&2; exit 2; }

# The tagger's name table (src/entities/gazetteers/names.bin) from the name lists of $(DATA)/names.
names: ner-data
	python3 src/entities/gazetteers/names.py $(DATA)/names $(TARGET_DIR)/names.txt
	cargo run --release --quiet --example name_table $(TARGET_DIR)/names.txt src/entities/gazetteers/names.bin

# Ordinary words that open no name (src/entities/gazetteers/common_words.txt), from training text.
common-words: ner-data
	python3 src/entities/gazetteers/common_words.py $(DATA)/conll2003/train.txt \
	  $(NER)/uner_english_ewt/en_ewt-ud-train.iob2 $(DATA)/wikigold/wikigold.conll.txt

# Trains the committed model into src/entities/model.bin (the seed is DEFAULT_SEED in
# src/entities/train.rs): same data, same bytes.
model: ner-data
	cargo build --release --quiet
	$(TARGET_DIR)/release/presslight train --out src/entities/model.bin $(NER_TRAIN)

# Trains with each of SEEDS and prints each set's mean and spread, and the out-of-domain mean.
ner-seeds: ner-data
	cargo build --release --quiet
	python3 tests/ner/seeds.py $(TARGET_DIR)/release/presslight "$(SEEDS)" "$(NER_TRAIN)" "$(NER_EVAL)"

# The scores of the built-in model on the sets of NER_EVAL (the README's entity figures).
eval-ner: ner-data
	cargo build --release --quiet
	$(TARGET_DIR)/release/presslight eval ner $(NER_EVAL)

## ---- the figures: evaluations and the diff between two builds (need ../shared/data) ----

# The figure scores of the README: the spec files, MEANTIME, Duckling's corpora, the TIMEX3 and
# numex sets of tests/ (development, then held out) and Re-DocRED's times; then the seed article.
FIGURE_EVAL ?= $(DATA)/recognizers_specs $(DATA)/meantime $(DATA)/duckling tests/timex/dev.jsonl \
	tests/timex/test.jsonl tests/numex/dev.jsonl tests/numex/test.jsonl \
	$(DATA)/ner_more/redocred/raw/dev_revised.json $(DATA)/ner_more/redocred/raw/test_revised.json
eval-figures:
	cargo build --release --quiet
	$(TARGET_DIR)/release/presslight eval figures $(FIGURE_EVAL)
	$(TARGET_DIR)/release/presslight eval seed $(DATA)/../samples/seed-independent.txt $(DATA)/../samples/seed-expected.json

# Every figure that differs between the build of BASE (a git revision, built in its own target
# folder) and the working tree's, on the texts of tests/figures/diff.py, with its context.
BASE ?=
figure-diff:
	@if [ -z "$(BASE)" ]; then echo "usage: make figure-diff BASE=REV (a git revision: HEAD, main~3, a sha)" >&2; exit 2; fi
	@rev=$$(git rev-parse --verify "$(BASE)^{commit}") || exit 2; \
	if [ "$$(cat $(TARGET_DIR)/figure-base/rev 2>/dev/null)" = "$$rev" ] && [ -x $(TARGET_DIR)/figure-base/target/release/presslight ]; then \
	  echo "the build of $(BASE) ($$rev) is up to date"; exit 0; fi; \
	echo "building $(BASE) ($$rev) in $(TARGET_DIR)/figure-base"; \
	rm -rf $(TARGET_DIR)/figure-base/src && mkdir -p $(TARGET_DIR)/figure-base/src; \
	git archive "$$rev" | tar -x -C $(TARGET_DIR)/figure-base/src; \
	CARGO_TARGET_DIR="$(abspath $(TARGET_DIR))/figure-base/target" cargo build --release --quiet \
	  --manifest-path $(TARGET_DIR)/figure-base/src/Cargo.toml --bin presslight; \
	echo "$$rev" > $(TARGET_DIR)/figure-base/rev
	cargo build --release --quiet --bin presslight
	python3 tests/figures/diff.py texts $(DATA) $(TARGET_DIR)/figure-texts.jsonl
	python3 tests/figures/diff.py compare $(TARGET_DIR)/figure-base/target/release/presslight \
	  $(TARGET_DIR)/release/presslight $(TARGET_DIR)/figure-texts.jsonl

## ---- comparison with the peers (not part of make test: it installs spaCy) -----

# The binary just built (in CARGO_TARGET_DIR when set), unless PRESSLIGHT names another.
compare:
	cargo build --release
	PRESSLIGHT="$${PRESSLIGHT:-$(abspath $(TARGET_DIR))/release/presslight}" tests/compare/run.sh $(DATA)
