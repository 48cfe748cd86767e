# Two commands for a fresh machine with Python 3 and make:
#   make lab    create .venv, install kamlab (for students: no instructor, test or bench tools),
#               start JupyterLab and print the one URL that opens the start-here lesson
#   make test   create .venv, install kamlab with its test tools, run the whole suite
#   make course install the instructor's tools too (nbgrader, Voila: kamlab course, kamlab present)
# For developers:
#   make test-fast        the suite without notebooks and without servers (browser, Voila, ...)
#   make lint             ruff check and ruff format --check (make test runs it first)
#   make fuzz [seed=N]    the property tests with fresh random examples (seed=N replays a run)
#   make test-latest      the private-API speed-ups (kamlab/_compat.py) against the newest matplotlib,
#                         IPython and pytest, in .venv-latest (before raising an upper bound)
# Tests run in parallel (pytest-xdist, workers=auto: one per core; workers=0 runs in one process).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.kamlab-installed
lang   ?= zh
RUN    := $(CURDIR)/.run

# Jupyter and matplotlib settings stay inside the run: a user's home config or a
# stale font cache cannot leak into the tests. PYTHONDONTWRITEBYTECODE is cleared for the run
# (some machines, this project's CI among them, set it): kamlab's compiled modules (written once
# by `compileall` below) and pytest's rewritten test modules are kept in __pycache__ (ignored by
# git), instead of every worker, kernel and server compiling them again.
TEST_ENV := PYTHONDONTWRITEBYTECODE= JUPYTER_CONFIG_DIR=$(RUN)/jupyter-config JUPYTER_DATA_DIR=$(RUN)/jupyter-data \
            JUPYTER_RUNTIME_DIR=$(RUN)/jupyter-runtime IPYTHONDIR=$(RUN)/ipython \
            MPLCONFIGDIR=$(RUN)/matplotlib JUPYTER_PLATFORM_DIRS=1 \
            KAMLAB_CACHE_DIR=$(RUN)/kamlab-cache

# Tests that start servers are in two xdist groups, "servers" (browser) and "servers_class"
# (JupyterHub, nbgrader): each runs on one worker, one test after another, the two at the same
# time; they are handed out first, then the notebooks (each one's cells stay together), then
# the rest (conftest.py).
workers ?= auto
PYTEST  := $(TEST_ENV) $(BIN)/python -m pytest -n $(workers) --dist loadgroup

.PHONY: install lab course lint test test-fast test-latest fuzz bench data clean proxy site handouts screenshots

# configurable-http-proxy, JupyterHub's proxy, from npm: the JupyterHub class test
# (tests/classroom) runs a real hub. Installed into .venv/node; needs node and npm.
CHP := $(VENV)/node/node_modules/.bin/configurable-http-proxy

$(CHP):
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --silent --no-audit --no-fund --prefix $(VENV)/node configurable-http-proxy@5; \
	else echo "npm not found: the JupyterHub class test (tests/classroom) will be skipped (it fails in CI)"; fi

proxy: $(CHP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench,course,site]'
	touch $(STAMP)

install: $(STAMP)

# A student's install: kamlab and JupyterLab only (no nbgrader, no test or bench tools), its output
# kept in .run/install-lab.log (printed only if the install fails). A .venv made by make install
# keeps its extras (the developer's); make lab switches nbgrader off in JupyterLab's config anyway.
LAB_STAMP := $(VENV)/.kamlab-lab
LAB_LOG   := $(RUN)/install-lab.log

$(LAB_STAMP): pyproject.toml
	@mkdir -p $(RUN)
	@echo "kamlab: installing into .venv (about a minute; log: .run/install-lab.log) ..."
	@{ $(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip install --upgrade pip \
	   && $(BIN)/python -m pip install -e .; } > $(LAB_LOG) 2>&1 || { tail -n 30 $(LAB_LOG); exit 1; }
	@touch $@

# JupyterLab in the lesson's language (Chinese menus need jupyterlab-language-pack-zh-CN), without
# the news pop-up and without nbgrader's menus and panels (off in this run's own Jupyter config
# folder .run/lab-zh or .run/lab-en, even where make course installed them: kamlab/lab.py); the
# user's ~/.jupyter is neither read nor changed. One line is printed: the URL of the start-here
# lesson; JupyterLab's own messages go to .run/lab-$(lang).log.
lab: $(LAB_STAMP)
	@$(BIN)/python -m kamlab.lab --lang "$(lang)"

# The instructor's tools: nbgrader (kamlab course ...) and Voila (kamlab present).
course: $(LAB_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[course]'

# ruff: lint and format, configured in pyproject.toml (make test runs it first)
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# pytest's exit status is make's: 5 (no tests collected) fails like any other, on purpose.
test: install proxy lint
	rm -rf $(RUN) && mkdir -p $(RUN)
	$(BIN)/python -m compileall -q kamlab
	$(PYTEST)

test-fast: install lint
	rm -rf $(RUN) && mkdir -p $(RUN)
	$(BIN)/python -m compileall -q kamlab
	$(PYTEST) -m "not servers and not notebook"

# Without seed=N a random seed is drawn and printed before and after the run.
fuzz: install
	rm -rf $(RUN) && mkdir -p $(RUN)
	@s="$(seed)"; s="$${s:-$$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')}"; \
	echo "fuzz: hypothesis seed $$s"; \
	$(PYTEST) tests -m hypothesis --hypothesis-profile=fuzz --hypothesis-seed=$$s; rc=$$?; \
	echo "fuzz: hypothesis seed $$s (make fuzz seed=$$s replays this run)"; exit $$rc

# The private-API speed-ups (kamlab/_compat.py, conftest.py's node ids) against the newest
# matplotlib, IPython and pytest, in a separate venv (.venv-latest; pip warns that they are past
# kamlab's upper bounds, on purpose). Not part of `make test`: run it before raising an upper bound
# in pyproject.toml. A failing "hook" test means: keep the bound (the fall-back tests must pass).
LATEST := .venv-latest
test-latest:
	$(PYTHON) -m venv $(LATEST)
	$(LATEST)/bin/python -m pip install --quiet --upgrade pip
	$(LATEST)/bin/python -m pip install --quiet -e '.[test]'
	$(LATEST)/bin/python -m pip install --quiet --upgrade matplotlib ipython pytest
	$(LATEST)/bin/python -c "import matplotlib, IPython, pytest; print('test-latest: matplotlib', matplotlib.__version__, 'IPython', IPython.__version__, 'pytest', pytest.__version__)"
	rm -rf $(RUN) && mkdir -p $(RUN)
	$(TEST_ENV) $(LATEST)/bin/python -m pytest -p no:xdist -m compat tests/test_compat.py tests/widgets/test_base.py

bench: install
	$(BIN)/python benchmarks/bench_generate.py
	$(BIN)/python benchmarks/bench_io.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_explorers.py
	$(BIN)/python benchmarks/bench_pyramid.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_lessons.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_voila.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_classroom.py --students 5
	$(TEST_ENV) $(BIN)/python benchmarks/bench_classroom.py --students 10

# The course site (_build/site/: zh/ and en/ editions, index.html) from the executed notebooks,
# and one A4 PDF per lesson and language printed from it by headless Chromium (_build/handouts/;
# code=1 keeps the code cells). No network is used; tools/site/ holds the build. Explorers move
# without Python: their frames are drawn into _build/frames (kept: an unchanged explorer is not drawn again).
site: install
	$(TEST_ENV) $(BIN)/python tools/site/build_site.py --out _build/site --frames _build/frames

handouts: site
	$(TEST_ENV) $(BIN)/python tools/site/handouts.py --site _build/site --out _build/handouts $(if $(filter 1,$(code)),--code)

# The README's pictures of the site (docs/images/site-*.jpg), taken from the built site.
screenshots: site
	$(TEST_ENV) $(BIN)/python tools/site/screenshots.py --site _build/site --out docs/images

data: install
	$(BIN)/python -m kamlab generate --out data --force

clean:
	rm -rf $(VENV) $(LATEST) $(RUN) build _build *.egg-info
