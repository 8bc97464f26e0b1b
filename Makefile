# Two commands for a new user: `make demo` and `make test`. Everything else is set up here.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUN    := $(VENV)/.runtime-installed
TEST   := $(VENV)/.test-installed
DEMO   ?= demo-output

.PHONY: demo test lint bench clean lock

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(RUN): $(BIN)/python requirements/runtime.txt pyproject.toml
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/runtime.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(TEST): $(RUN) requirements/test.txt  # Playwright drives Debian's chromium: never a download
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(BIN)/python -m pip install --quiet \
	  --disable-pip-version-check -r requirements/test.txt
	touch $@

demo: $(RUN)  ## ingest the bundled sample articles, print them, write a report
	$(BIN)/tieline demo --out $(DEMO)

test: $(TEST)  ## lint, type-check and run every test
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy
	$(BIN)/pytest

bench: $(TEST)  ## throughput benchmarks on the shared data (minutes)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/throughput.py

lock:  ## re-pin requirements/*.txt from a fresh resolution of pyproject.toml
	rm -rf /tmp/tieline-lock && $(PYTHON) -m venv /tmp/tieline-lock
	/tmp/tieline-lock/bin/pip install --quiet . && /tmp/tieline-lock/bin/pip freeze \
	  | grep -v '^tieline' > requirements/runtime.txt
	/tmp/tieline-lock/bin/pip install --quiet '.[test]' && /tmp/tieline-lock/bin/pip freeze \
	  | grep -v '^tieline' | grep -vxFf requirements/runtime.txt \
	  | sed '1i -r runtime.txt' > requirements/test.txt

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache .mypy_cache .ruff_cache
