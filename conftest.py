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
Tests that start servers are in one of two groups, ``@pytest.mark.xdist_group("servers")``
(the browser tests: JupyterLab, Voila, ``kamlab present``) and ``"servers_class"`` (the
JupyterHub class and the nbgrader course). Each group
runs one test after another on one worker, and the two groups run on different workers at the
same time: every server takes free ports, and the two halves together keep both cores busy
while one of them waits for a server or a browser. A group whose name starts with
``servers`` gets the ``servers`` marker (``make test-fast`` leaves them out). The cells of one
notebook share one kernel, so each notebook is one group too. Everything else is spread over
the workers test by test.

Order of the work: the server groups first, then the notebooks, then everything else (many
short tests, which fill the gaps at the end so both workers finish together). xdist's own
reorder (``--loadscope-reorder``, on by default: largest group by number of tests first) would
start the server groups, the longest units in wall time, after most notebooks; it is switched
off for ``--dist loadgroup`` in :func:`pytest_configure`, and the order comes from
:func:`pytest_collection_modifyitems`.
"""

import os
import re

import pytest
from hypothesis import HealthCheck, settings

_COMMON = dict(deadline=None, print_blob=True, database=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("derandomized", derandomize=True, max_examples=60, **_COMMON)
settings.register_profile("fuzz", derandomize=False, max_examples=200, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "derandomized"))


SERVERS = "servers"


def is_servers_group(group: str) -> bool:
    """``servers`` and ``servers_<anything>``: groups of tests that start servers."""
    return group == SERVERS or group.startswith(SERVERS + "_")


def pytest_configure(config):
    if getattr(config.option, "dist", "no") == "loadgroup":
        config.option.loadscopereorder = False  # our order (below), not "most tests first"


def _rank(item) -> int:
    """0: a server group (or a test marked ``servers`` without a group, such as the instructor
    notebooks run by nbclient: each goes to the first free worker), 1: a notebook, 2: the rest
    (the order in which work is handed out)."""
    if item.get_closest_marker("servers") is not None:
        return 0
    return 1 if item.get_closest_marker("notebook") is not None else 2


@pytest.hookimpl(tryfirst=True)  # before xdist reads the xdist_group marks
def pytest_collection_modifyitems(config, items):
    for item in items:
        if type(item).__name__ == "IPyNbCell":  # nbval: a notebook's cells run in order in one kernel
            item.add_marker(pytest.mark.notebook)
            # a plain word: xdist appends "@<group>" to the node id, and dots or slashes there
            # broke the grouping (cells of one notebook went to both workers)
            group = re.sub(r"\W", "_", f"notebook_{item.path.parent.name}_{item.path.stem}")
            item.add_marker(pytest.mark.xdist_group(group))
            # nbval skips images (and compares them only under --nbdime): compare them too, so a
            # re-run must draw what the committed notebook shows (tools/build_notebooks.py makes
            # the saved notebooks reproducible; widget views stay skipped: their ids are per run)
            item.parent.skip_compare = tuple(k for k in item.parent.skip_compare if k != "image/png")
        groups = sorted(
            {str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")}
        )
        if any(is_servers_group(g) for g in groups):
            item.add_marker(pytest.mark.servers)
        if groups and config.getoption("loadgroup", False) and hasattr(item, "_id"):
            _join_group(item, "_".join(groups))
    items.sort(key=_rank)  # stable: within each rank the collection order stays


#: pytest versions (major, minor) on which _rewrite_node_id was checked: [low, high] (pyproject.toml
#: bounds pytest to them; tests/test_compat.py and `make test-latest` check it).
PYTEST_CHECKED = ((9, 2), (9, 2))


def _pytest_version() -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", pytest.__version__)[:2])


def node_id_hook_available() -> bool:
    """Whether this pytest is one the private ``item._id`` rewrite was checked on."""
    low, high = PYTEST_CHECKED
    return low <= _pytest_version() <= high


def _join_group(item, group):
    """Append ``@group`` to the node id, as pytest-xdist's worker does for ``--dist loadgroup``.

    pytest 9.2 keeps node ids in ``item._id`` (a structured NodeId) and no longer reads the
    ``item._nodeid`` that xdist 3.8 rewrites, so every group silently fell apart (notebook
    cells ran on both workers, in fresh kernels). pytest-xdist issue #1386; PR #1388 makes the
    same change. If xdist also appends the suffix, the scope (the part after the last "@") is
    the same. On a pytest outside :data:`PYTEST_CHECKED` the node id is left to xdist (the
    public path: correct results, groups possibly split).
    """
    if node_id_hook_available():
        _rewrite_node_id(item, group)


def _rewrite_node_id(item, group):
    """The private part: pytest 9.2's ``item._id`` and ``_pytest.nodeid.NodeId``."""
    from _pytest.nodeid import NodeId

    if not item.nodeid.endswith(f"@{group}"):
        item._id = NodeId.parse(f"{item.nodeid}@{group}")


@pytest.fixture(autouse=True)
def _close_figures():
    """Plot functions called without ``ax`` open pyplot figures; close them after each test."""
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
