# ASTU Desktop. `make run` and `make test` work on a fresh machine: they build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Two pytest workers per core: a test waits on fsync, HTTP and Qt's event loop for much of
# its time (4 workers: 4:22 for the suite here, 2: 5:22, 1: 9:38). Every test makes its own
# stores, PostgreSQL schema and loopback ports, so they do not meet.
PARALLEL ?= -n $(shell echo $$(( $$(nproc) * 2 )))

.PHONY: run test check lint typecheck pytest bench screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	bash tools/ensure-desktop-libs.sh
	$(BIN)/astu-desktop demo

test: lint typecheck pytest

# What a developer runs between changes: all but the tests marked `slow` (kill -9 loops,
# convergence, fuzzing, the 10,000-row import). CI runs `make test`, slow ones included.
check: lint typecheck
	bash tools/ensure-postgres.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PARALLEL) -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	bash tools/ensure-postgres.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PARALLEL)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info
