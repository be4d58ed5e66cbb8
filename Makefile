# The two commands of the README. Both set up .venv/ from uv.lock first.
UV_VERSION := 0.13.8
PY ?= python3
UV := .tools/bin/uv  # pinned: the same resolver on every machine
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: setup run test lint docs wheel-check

.tools/bin/uv:
	$(PY) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

# Bytecode compiled once, here: else each process of a run (the command, its Prefect server, its
# workers) compiles every module it imports (2-4 CPU s each) whenever Python cannot keep its cache
# (PYTHONDONTWRITEBYTECODE set, a read-only install).
setup: $(UV)
	$(UV) sync --frozen --compile-bytecode

run: setup
	.venv/bin/partykg run --input data/seeds --output output

test: setup  # the slowest tests are listed at the end: the suite must stay short
	.venv/bin/python -m pytest --durations=15

lint: setup  # CI: ruff over the whole tree, mypy over src/partykg ([tool.ruff], [tool.mypy] in pyproject.toml)
	.venv/bin/ruff check .
	.venv/bin/mypy

docs: setup  # HTML documentation of ontology/partykg.ttl (pyLODE, offline)
	.venv/bin/python ontology/make_docs.py

wheel-check: setup  # CI: the wheel alone, in a venv outside the checkout, on 3.11 and 3.13, makes output/
	.venv/bin/python .ci/wheel_check.py
