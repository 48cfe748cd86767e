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
import re

import pytest
from hypothesis import HealthCheck, settings

_COMMON = dict(deadline=None, print_blob=True, database=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("derandomized", derandomize=True, max_examples=60, **_COMMON)
settings.register_profile("fuzz", derandomize=False, max_examples=200, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "derandomized"))


def _old_paths() -> list[str]:
    """The deprecated alias modules of the old layout: importing one warns, so doctests skip them
    (``tests/test_layout.py`` tests them)."""
    from kamlab._deprecated import MOVED

    files = []
    for old in MOVED:
        path = old.replace(".", "/")
        files.append(f"{path}/__init__.py" if os.path.isdir(path) else f"{path}.py")
    return files


collect_ignore = [*_old_paths(), "kamlab/cases/__init__.py"]

SERVERS = "servers"


@pytest.hookimpl(tryfirst=True)  # before xdist reads the xdist_group marks
def pytest_collection_modifyitems(config, items):
    for item in items:
        if type(item).__name__ == "IPyNbCell":  # nbval: a notebook's cells run in order in one kernel
            item.add_marker(pytest.mark.notebook)
            # a plain word: xdist appends "@<group>" to the node id, and dots or slashes there
            # broke the grouping (cells of one notebook went to both workers)
            group = re.sub(r"\W", "_", f"notebook_{item.path.parent.name}_{item.path.stem}")
            item.add_marker(pytest.mark.xdist_group(group))
        groups = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default"))
                         for m in item.iter_markers("xdist_group")})
        if SERVERS in groups:
            item.add_marker(pytest.mark.servers)
        if groups and config.getoption("loadgroup", False) and hasattr(item, "_id"):
            _join_group(item, "_".join(groups))


def _join_group(item, group):
    """Append ``@group`` to the node id, as pytest-xdist's worker does for ``--dist loadgroup``.

    pytest 9.2 keeps node ids in ``item._id`` (a structured NodeId) and no longer reads the
    ``item._nodeid`` that xdist 3.8 rewrites, so every group silently fell apart (notebook
    cells ran on both workers, in fresh kernels). pytest-xdist issue #1386; PR #1388 makes the
    same change. If xdist also appends the suffix, the scope (the part after the last "@") is
    the same.
    """
    from _pytest.nodeid import NodeId

    if not item.nodeid.endswith(f"@{group}"):
        item._id = NodeId.parse(f"{item.nodeid}@{group}")


@pytest.fixture(autouse=True)
def _close_figures():
    """Plot functions called without ``ax`` open pyplot figures; close them after each test."""
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
