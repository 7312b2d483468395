PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test test-fast lint typecheck unit drift generate update-model demo docs bench soak clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH (or make PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,docs,examples]'
	touch $(STAMP)

install: $(STAMP)

SOURCES := $(wildcard aioworkspaces codegen tests examples benchmarks stubs docs/_ext)

lint: $(STAMP)
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

# Unit and integration tests without the slow ones (e2e runs, moto): seconds, not minutes.
test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not slow"

# The committed generated files are exactly what the generator makes of the vendored model.
drift: $(STAMP)
	$(BIN)/python -m codegen --check

test: lint typecheck drift unit

# Rewrite every generated file from codegen/model/ (see codegen/README.md).
generate: $(STAMP)
	$(BIN)/python -m codegen

# Vendor the WorkSpaces model of the installed botocore, or of BOTOCORE=<dir or version>.
update-model: $(STAMP)
	$(BIN)/python -m codegen.update_model $(BOTOCORE)

# The documentation site, into site/: any warning (a broken link or cross-reference, a
# README section on no page) fails the build.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

demo: $(STAMP)
	$(BIN)/python examples/quickstart.py
	$(BIN)/python examples/fleet.py

AIOBOTOCORE := benchmarks/.venv-aiobotocore

# aiobotocore pins its own botocore: it gets a virtualenv of its own. The stamp is
# written only once aiobotocore is installed, so an interrupted install is redone.
$(AIOBOTOCORE)/.installed:
	$(PYTHON) -m venv $(AIOBOTOCORE)
	$(AIOBOTOCORE)/bin/python -m pip install --quiet --upgrade pip aiobotocore
	touch $@

bench: $(STAMP) $(AIOBOTOCORE)/.installed
	$(BIN)/python benchmarks/run.py --aiobotocore-python $(AIOBOTOCORE)/bin/python

soak: $(STAMP)
	$(BIN)/python benchmarks/soak.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache site
