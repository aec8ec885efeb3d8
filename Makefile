# Two commands do all the set-up on a fresh machine with Python 3.11+:
#   make run   — start the workbench on the shipped sample draft
#   make test  — run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test native extract check bench screenshot schemas clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,native]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/workbench app

# The extraction modules compiled with mypyc into build/native/<digest of their sources> (workbench/native.py):
# about 1.5x faster extraction (`make test` builds it; `make run` uses one if built). Without a C compiler or mypy it prints one line and the pure-Python build runs;
# WORKBENCH_PURE=1 skips both the build and its use.
native: $(STAMP)
	$(BIN)/python scripts/build_native.py

# axe-core (the browser tests' accessibility check) from the npm registry, pinned by its lockfile,
# into tests/axe/node_modules (git-ignored).
AXE := tests/axe/node_modules/axe-core/axe.min.js

$(AXE): tests/axe/package.json tests/axe/package-lock.json
	npm ci --prefix tests/axe --no-audit --no-fund --loglevel=error
	touch $(AXE)

test: $(STAMP) $(AXE) native
	$(BIN)/python -m pytest $(PYTEST_ARGS)

extract: $(STAMP)
	$(BIN)/workbench extract drafts/kazakhstan-russia-visit.md

check: $(STAMP)
	$(BIN)/workbench check

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/reference.py
	$(BIN)/python benchmarks/check.py
	$(BIN)/python benchmarks/ledger.py
	$(BIN)/python benchmarks/app.py

screenshot: $(STAMP)
	$(BIN)/python scripts/screenshot.py

schemas: $(STAMP)
	$(BIN)/workbench schemas --out docs/schemas

clean:
	rm -rf $(VENV) .pytest_cache build
