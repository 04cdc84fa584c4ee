# One entry point for every step; each target bootstraps the project's own virtualenv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
GEN := $(BIN)/python -m generator

.PHONY: demo bench bootstrap pin-spec lint-spec bundle generate check-generated spec-report requestor-policy lint format typecheck test test-httpx2 clean

demo: $(STAMP)  ## the client end to end against a local sandbox (no partner credentials needed)
	@$(GEN) check >/dev/null 2>&1 || { echo "generated code is stale: regenerating"; $(GEN) generate; }
	$(BIN)/python examples/demo.py

bench: $(STAMP)  ## measurements side by side with raw httpx and the peers (writes build/bench/results.md)
	$(BIN)/python -m benchmarks.run

bootstrap: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is required (PYTHON=$(PYTHON))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[generator,dev]'
	@touch $@

pin-spec: $(STAMP)  ## record the sha256 of every document in openapi/manifest.yaml after a reviewed change
	$(GEN) pin

lint-spec: $(STAMP)  ## check the document conventions of openapi/*.yaml
	$(GEN) lint

bundle: $(STAMP)  ## write the bundled spec, before and after generator/fixes, to build/
	@mkdir -p build
	$(GEN) bundle --output build/openapi.bundled.json
	$(GEN) bundle --fixed --output build/openapi.fixed.json

generate: $(STAMP)  ## regenerate generated_client/ (left untouched unless every step succeeds)
	$(GEN) generate

check-generated: $(STAMP)  ## fail, naming the files, when generated_client/ is stale or hand-edited
	$(GEN) check

spec-report: $(STAMP)  ## how much of the partner's reference openapi/ holds, per group
	$(GEN) report

requestor-policy: $(STAMP)  ## when each operation sends Requestor-ID, and why
	$(GEN) requestor-policy

lint: $(STAMP)
	$(BIN)/ruff check overlay generator tests benchmarks examples
	$(BIN)/ruff format --check overlay generator tests benchmarks examples

format: $(STAMP)
	$(BIN)/ruff check --fix overlay generator tests benchmarks examples
	$(BIN)/ruff format overlay generator tests benchmarks examples

typecheck: $(STAMP)  ## strict on the overlay (pyproject.toml), plain on the generated package and the generator
	$(BIN)/mypy -p wawex_partner_api -p wawex_partner_api_client -p generator

test: check-generated lint typecheck
	$(BIN)/pytest

# The overlay's tests again with httpx2 installed, which Authlib then uses for token requests.
HTTPX2_VENV := .venv-httpx2
$(HTTPX2_VENV)/.installed-stamp: pyproject.toml
	$(PYTHON) -m venv $(HTTPX2_VENV)
	$(HTTPX2_VENV)/bin/pip install --quiet --disable-pip-version-check -e '.[dev,httpx2]'
	@touch $@

test-httpx2: $(HTTPX2_VENV)/.installed-stamp
	$(HTTPX2_VENV)/bin/pytest tests/overlay

clean:
	rm -rf $(VENV) $(HTTPX2_VENV) build .pytest_cache .mypy_cache .ruff_cache
