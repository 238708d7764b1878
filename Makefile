# raidtally's task runner: `make help` lists the targets. CI calls `make test`.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install raidtally with its test tools

demo: $(STAMP) ## the main job: broker, topics, worker, demo articles, tallies, then serve /metrics until Ctrl-C
	$(BIN)/raidtally demo

test: $(STAMP) ## the whole test suite: lint, types, unit and integration tests (starts a local broker)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(STAMP) ## ruff and mypy only
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(STAMP) ## benchmarks: throughput, latency, replay, memory, with the ceilings (not part of test)
	$(BIN)/raidtally bench

broker-stop: $(STAMP) ## stop the local broker
	$(BIN)/raidtally broker stop

clean: ## remove .venv and all local state (broker data, Faust tables)
	-$(BIN)/raidtally broker stop
	rm -rf $(VENV) .state

.PHONY: help install demo test lint bench broker-stop clean
