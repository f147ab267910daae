# The developer contract: `make run` and `make test` work on a fresh clone.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false

.PHONY: setup run test lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

# `claims run` exits 1 when some inputs were rejected: the report still lists them, so go on;
# 2 (output unusable) stops here.
run: $(STAMP)
	$(BIN)/claims run data/digests --out outputs || [ $$? -eq 1 ]
	for set in tests/gold tests/gold_blind tests/gold_fresh tests/gold_sealed tests/gold_new tests/gold_opened \
		tests/gold_new_sealed; do \
		echo "== $$set"; $(BIN)/claims eval --gold $$set --data outputs --no-errors || exit 1; \
	done > outputs/eval.txt
	$(BIN)/claims report --data outputs --out outputs/report.html
	$(BIN)/claims report --data outputs --out outputs/report.md

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check pipeline schemas flows tests bench

bench: $(STAMP)
	$(BIN)/python bench/run_bench.py

clean:
	rm -rf outputs/claims outputs/papers outputs/diffs outputs/report.* outputs/eval.txt \
		outputs/bench.json outputs/rejected.jsonl .prefect
