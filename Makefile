# One entry point for every step; each target bootstraps the project's own virtualenv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
GEN := $(BIN)/python -m generator
# The package version lives in openapi/manifest.yaml; the venv's installed metadata follows it.
VERSION := $(shell sed -n 's/^package_version: //p' openapi/manifest.yaml)
VERSION_STAMP := $(VENV)/.version-$(VERSION)

.PHONY: help demo bench bootstrap pin-spec lint-spec bundle generate check-generated spec-report requestor-policy \
	spec-diff spec-drift changelog check-release lint format typecheck test test-httpx2 clean

help:  ## this list
	@grep -E '^[a-z][a-z0-9-]*:.*## ' $(MAKEFILE_LIST) | sed -E 's/:[^#]*## /\t/' | awk -F'\t' '{printf "  make %-18s %s\n", $$1, $$2}'

demo: $(VERSION_STAMP)  ## the client end to end against a local sandbox (no partner credentials needed)
	@$(GEN) check >/dev/null 2>&1 || { echo "generated code is stale: regenerating"; $(GEN) generate; }
	$(BIN)/python examples/demo.py

bench: $(VERSION_STAMP)  ## measurements against raw httpx and the peers: benchmarks/RESULTS.md + results.png (QUICK=1: CI-sized, into build/bench/)
	@$(BIN)/python -c 'import matplotlib' 2>/dev/null || $(BIN)/pip install --quiet --disable-pip-version-check -e '.[bench]'
	$(BIN)/python -m benchmarks.run $(if $(QUICK),--quick)

bootstrap: $(VERSION_STAMP)  ## create .venv/ with the project and its development tools

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is required (PYTHON=$(PYTHON))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[generator,dev]'
	@touch $@

# A new package_version reinstalls the project itself (not its dependencies) so its metadata says so.
$(VERSION_STAMP): $(STAMP)
	@rm -f $(VENV)/.version-*
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

pin-spec: $(VERSION_STAMP)  ## record the sha256 of every document in openapi/manifest.yaml after a reviewed change
	$(GEN) pin

lint-spec: $(VERSION_STAMP)  ## check the document conventions of openapi/*.yaml
	$(GEN) lint

bundle: $(VERSION_STAMP)  ## write the bundled spec, before and after generator/fixes, to build/
	@mkdir -p build
	$(GEN) bundle --output build/openapi.bundled.json
	$(GEN) bundle --fixed --output build/openapi.fixed.json

generate: $(VERSION_STAMP)  ## regenerate generated_client/ (left untouched unless every step succeeds)
	$(GEN) generate

check-generated: $(VERSION_STAMP)  ## fail, naming the files, when generated_client/ is stale or hand-edited
	$(GEN) check

spec-diff: $(VERSION_STAMP)  ## what changed since FROM (a recorded release or git revision; default: the previous release)
	$(GEN) spec-diff $(if $(FROM),--from $(FROM)) $(if $(TO),--to $(TO)) $(if $(FORMAT),--format $(FORMAT))

spec-drift: $(VERSION_STAMP)  ## propose spec fixes from drift records: DRIFT="file …" (the WAWEX_DRIFT_FILE of running clients)
	@test -n "$(strip $(DRIFT))" || { echo 'DRIFT is empty: name the drift files, e.g. make spec-drift DRIFT="drift-1.jsonl drift-2.jsonl"'; exit 1; }
	$(GEN) spec-drift $(foreach file,$(DRIFT),--drift $(file)) $(if $(OUTPUT),--output $(OUTPUT))

changelog: $(VERSION_STAMP)  ## draft this version's CHANGELOG section from the diff and record the release in releases/
	$(GEN) changelog

check-release: $(VERSION_STAMP)  ## fail when spec or surface changed without a new version, record and CHANGELOG entry
	$(GEN) check-release

spec-report: $(VERSION_STAMP)  ## how much of the partner's reference openapi/ holds, per group
	$(GEN) report

requestor-policy: $(VERSION_STAMP)  ## when each operation sends Requestor-ID, and why
	$(GEN) requestor-policy

lint: $(VERSION_STAMP)  ## ruff check and format check
	$(BIN)/ruff check overlay generator tests benchmarks examples
	$(BIN)/ruff format --check overlay generator tests benchmarks examples

format: $(VERSION_STAMP)  ## ruff fix and format
	$(BIN)/ruff check --fix overlay generator tests benchmarks examples
	$(BIN)/ruff format overlay generator tests benchmarks examples

typecheck: $(VERSION_STAMP)  ## strict on the overlay (pyproject.toml), plain on the generated package and the generator
	$(BIN)/mypy -p wawex_partner_api -p wawex_partner_api_client -p generator
	$(BIN)/mypy --strict examples tests/typing/usage.py

test: check-generated check-release lint typecheck  ## everything CI checks with httpx (see also test-httpx2)
	$(BIN)/pytest

# The overlay's tests again with httpx2 installed, which Authlib then uses for token requests.
HTTPX2_VENV := .venv-httpx2
$(HTTPX2_VENV)/.installed-stamp: pyproject.toml
	$(PYTHON) -m venv $(HTTPX2_VENV)
	$(HTTPX2_VENV)/bin/pip install --quiet --disable-pip-version-check -e '.[dev,httpx2]'
	@touch $@

test-httpx2: $(HTTPX2_VENV)/.installed-stamp  ## the overlay's tests again with httpx2 installed
	$(HTTPX2_VENV)/bin/pytest tests/overlay

clean:  ## remove the virtualenvs and caches
	rm -rf $(VENV) $(HTTPX2_VENV) build .pytest_cache .mypy_cache .ruff_cache
