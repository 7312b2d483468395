PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test test-fast lint typecheck unit drift generate update-model demo docs bench bench-fleet soak pyright matrix botocore-range dist clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH (or make PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,docs,examples]'
	touch $(STAMP)

install: $(STAMP)

SOURCES := $(wildcard aioworkspaces codegen tests examples benchmarks stubs docs/_ext tools noxfile.py)

lint: $(STAMP)
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)

# pyright from the npm registry (Node.js and npm are on every machine we run on; PyPI's
# pyright wrapper would download Node.js itself, which CI cannot), pinned, per checkout.
PYRIGHT_VERSION := 1.1.414
PYRIGHT := .tools/node_modules/.bin/pyright
TOOLS_STAMP := .tools/.pyright-$(PYRIGHT_VERSION)

$(TOOLS_STAMP):
	@command -v npm >/dev/null 2>&1 || { echo "pyright needs Node.js and npm on PATH"; exit 1; }
	npm install --prefix .tools --no-audit --no-fund --no-save --silent pyright@$(PYRIGHT_VERSION)
	touch $@

pyright: $(STAMP) $(TOOLS_STAMP)
	$(PYRIGHT) --project pyproject.toml --pythonpath $(BIN)/python

typecheck: $(STAMP) pyright
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

# The fast tests on every Python from 3.10 to 3.13 found here (noxfile.py; pyenv's
# versions are found too). `make matrix NOX_ARGS="-s full-3.12"` runs another session.
NOX_ARGS ?= -s fast
matrix: $(STAMP)
	$(BIN)/nox --no-error-on-missing-interpreters $(NOX_ARGS)

# botocore at both ends of the range pyproject.toml allows, and the check that the
# package installs beside the newest boto3 and aiobotocore (needs the package registry).
botocore-range: $(STAMP)
	$(BIN)/nox -s botocore_range resolution

# The wheel and sdist in dist/, their metadata checked as PyPI would.
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*

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
	$(MAKE) bench-fleet

# Fleet jobs (inventory, start-and-wait) against the throttling local service: ~6 minutes.
bench-fleet: $(STAMP) $(AIOBOTOCORE)/.installed
	$(BIN)/python benchmarks/fleet.py --aiobotocore-python $(AIOBOTOCORE)/bin/python

soak: $(STAMP)
	$(BIN)/python benchmarks/soak.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache site .nox .tools dist
