# runcrate-client: every command sets up what it needs on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
SPEC := openapi/runcrate.yaml
# The spec tools run offline: no usage telemetry, no update checks.
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
export OPTIC_TELEMETRY_LEVEL := off
export NO_UPDATE_NOTIFIER := 1

.PHONY: install generate check-generated lint format typecheck spec-lint test check bench demo clean \
	api-gate api-diff api-baseline docs bundle ts-check

install: $(PY_STAMP) $(NODE_STAMP)

$(PY_STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

generate: $(PY_STAMP)
	$(PY) -m generator.generate

check-generated: $(PY_STAMP)
	$(PY) -m generator.generate --check

lint: $(PY_STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(PY_STAMP)
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

typecheck: $(PY_STAMP)
	$(PY) -m mypy
	$(VENV)/bin/pyright

spec-lint: install
	npx --no-install redocly lint $(SPEC)
	$(PY) -m openapi_spec_validator $(SPEC)

# One self-contained spec per server (build/openapi/{infrastructure,inference}.yaml), for client
# generators of other languages: they read only the document's servers, never a path's.
bundle: $(PY_STAMP)
	$(PY) -m tools.spec_bundle

# A TypeScript client (types) generated from each bundle by the pinned openapi-typescript, and a
# program using it type-checked: what the spec allows compiles, what it forbids must not.
ts-check: install bundle
	npx --no-install openapi-typescript build/openapi/infrastructure.yaml -o build/ts/infrastructure.d.ts
	npx --no-install openapi-typescript build/openapi/inference.yaml -o build/ts/inference.d.ts
	npx --no-install tsc -p tools/typescript/tsconfig.json

# pytest exits 5 when it collected nothing: that is a broken suite, not a pass.
test: install
	@$(PY) -m pytest -q -p no:cacheprovider; status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests" >&2; exit 1; fi; exit $$status

check: lint typecheck spec-lint check-generated api-gate ts-check docs test

# The documentation site (mkdocs.yml) into site/: guides, the Python API reference from the
# docstrings and types, the HTTP reference from the spec. Offline and strict: any warning fails.
docs: install
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --quiet

# Breaking-change gates (docs/versioning.md). api-gate: every breaking change since the last release
# (api/last-release/) is recorded in CHANGELOG.md. api-diff: what changed since the last release, or
# since BASE=<git rev>. api-baseline: store the current spec and public API as the last release's.
api-gate: install
	$(PY) -m tools.api_gate check

api-diff: install
	$(PY) -m tools.api_gate diff $(if $(BASE),--base $(BASE))

api-baseline: install
	$(PY) -m tools.api_gate baseline

# Benchmarks (minutes; not part of `make test`): each peer gets its own venv under .cache/bench-venvs.
# BENCH_ARGS="--quick" or "--only streaming" while developing.
bench: $(PY_STAMP)
	$(PY) -m benchmarks.run $(BENCH_ARGS)

# The quick start against the fake Runcrate server (no account needed).
demo: $(PY_STAMP)
	$(PY) examples/quickstart.py --fake

clean:
	rm -rf $(VENV) node_modules .mypy_cache .pytest_cache .ruff_cache .hypothesis
