# Two commands for a fresh machine with Python 3 and make:
#   make lab    create .venv, install kamlab, open JupyterLab at the start-here lesson
#   make test   create .venv, install kamlab with its test tools, run the whole suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.kamlab-installed
lang   ?= zh
RUN    := $(CURDIR)/.run

# Jupyter and matplotlib settings stay inside the run: a user's home config or a
# stale font cache cannot leak into the tests.
TEST_ENV := JUPYTER_CONFIG_DIR=$(RUN)/jupyter-config JUPYTER_DATA_DIR=$(RUN)/jupyter-data \
            JUPYTER_RUNTIME_DIR=$(RUN)/jupyter-runtime IPYTHONDIR=$(RUN)/ipython \
            MPLCONFIGDIR=$(RUN)/matplotlib JUPYTER_PLATFORM_DIRS=1

.PHONY: install lab test bench data clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

install: $(STAMP)

lab: install
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/$(lang)/00_start_here.ipynb

test: install
	rm -rf $(RUN) && mkdir -p $(RUN)
	$(TEST_ENV) $(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/bench_generate.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_explorers.py
	$(BIN)/python benchmarks/bench_pyramid.py

data: install
	$(BIN)/python -m kamlab generate --out data --force

clean:
	rm -rf $(VENV) $(RUN) build *.egg-info
