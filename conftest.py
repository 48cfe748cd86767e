"""Applies to every test, doctest and notebook cell: Hypothesis profiles, grouping for parallel
runs, and closing the pyplot figures a test opened.

Hypothesis profiles
-------------------
``derandomized`` (the default, used by ``make test`` and CI): every property test draws the
same examples on every run and machine (``derandomize=True``, no example database), so the
suite cannot go red on an example that CI never drew. ``fuzz`` (``make fuzz``) draws new
random examples; ``make fuzz seed=N`` (``--hypothesis-seed=N``) replays one run exactly.
Choose one with ``--hypothesis-profile=NAME`` or the ``HYPOTHESIS_PROFILE`` variable.

Parallel runs (``make test``: pytest-xdist, ``-n auto --dist loadgroup``)
------------------------------------------------------------------------
Tests marked ``@pytest.mark.xdist_group("servers")`` (browser, Voila, JupyterLab, JupyterHub,
nbgrader) run one after another on a single worker, so no two servers compete for ports and
cores. The cells of one notebook share one kernel, so each notebook is one group too.
Everything else is spread over the workers test by test.
"""

import os

import pytest
from hypothesis import HealthCheck, settings

_COMMON = dict(deadline=None, print_blob=True, database=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("derandomized", derandomize=True, max_examples=60, **_COMMON)
settings.register_profile("fuzz", derandomize=False, max_examples=200, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "derandomized"))

SERVERS = "servers"


@pytest.hookimpl(tryfirst=True)  # before xdist reads the xdist_group marks
def pytest_collection_modifyitems(config, items):
    for item in items:
        if type(item).__name__ == "IPyNbCell":  # nbval: a notebook's cells run in order in one kernel
            item.add_marker(pytest.mark.notebook)
            item.add_marker(pytest.mark.xdist_group(f"notebook:{item.path.parent.name}/{item.path.name}"))
        group = item.get_closest_marker("xdist_group")
        if group is not None and (group.args[:1] or (group.kwargs.get("name"),))[0] == SERVERS:
            item.add_marker(pytest.mark.servers)


@pytest.fixture(autouse=True)
def _close_figures():
    """Plot functions called without ``ax`` open pyplot figures; close them after each test."""
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
