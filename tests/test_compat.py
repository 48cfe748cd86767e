"""The private-API speed-ups of kamlab/_compat.py and conftest.py: each one, its version gate and its
public fall-back. ``make test-latest`` runs the tests marked ``compat`` against the newest
matplotlib, IPython and pytest (a failure of a ``hook`` test there says: keep the upper bound)."""

from functools import partial
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from kamlab import _compat
from kamlab.widgets.base import encode_png, render_png

pytestmark = pytest.mark.compat


@pytest.fixture
def conftest(pytestconfig):
    """The root conftest.py as pytest loaded it (a plain ``import conftest`` can find another
    folder's conftest.py first, e.g. tests/classroom/conftest.py in an xdist worker)."""
    root = Path(pytestconfig.rootpath, "conftest.py")
    for plugin in pytestconfig.pluginmanager.get_plugins():
        path = getattr(plugin, "__file__", None)
        if path and Path(path) == root:
            return plugin
    pytest.fail(f"pytest has not loaded {root}")


@pytest.fixture(autouse=True)
def _chinese_fonts():
    """The figures hold Chinese text, drawn with the CJK font as the explorers draw it."""
    import matplotlib

    from kamlab.fonts import cjk_rc

    with matplotlib.rc_context(cjk_rc()):
        yield


def _figure():
    fig = Figure(figsize=(4, 3), layout="constrained", dpi=96)
    ax = fig.add_subplot()
    ax.plot([0, 1, 2], [3, 1, 2], label="客户 A")
    ax.set_title("大客户管理 Key accounts")
    ax.set_xlabel("年 year")
    ax.legend()
    return fig


def _png(canvas_class) -> bytes:
    import io

    from matplotlib.image import imsave

    fig = _figure()
    canvas = canvas_class(fig)
    canvas.draw()
    buffer = io.BytesIO()
    imsave(buffer, canvas.buffer_rgba(), format="png", origin="upper", dpi=fig.dpi)
    return buffer.getvalue()


def test_version_of_reads_the_installed_versions():
    assert _compat.version_of("matplotlib")[:1] == (3,)
    assert _compat.version_of("no-such-distribution") == ()
    assert _compat._within((3, 11, 2), ((3, 8), (3, 11))) and not _compat._within((3, 12, 0), ((3, 8), (3, 11)))
    assert not _compat._within((), ((3, 8), (3, 11)))


def test_hook_the_fast_canvas_draws_the_same_pixels_as_matplotlibs():
    """The private font-metrics hook, forced on: same PNG bytes as the public canvas, twice in a row
    (the second draw reuses the shared renderer and the cached metrics)."""
    public = _png(FigureCanvasAgg)
    fast = _compat.agg_canvas_class(fast=True)
    assert fast is not FigureCanvasAgg and issubclass(fast, FigureCanvasAgg)
    assert _png(fast) == public
    assert _png(fast) == public


def test_the_explorers_use_the_fast_canvas_only_within_the_checked_versions(monkeypatch):
    inside = _compat.matplotlib_hooks_available()
    assert inside == _compat._within(_compat.version_of("matplotlib"), _compat.MATPLOTLIB_CHECKED)
    assert (_compat.agg_canvas_class() is not FigureCanvasAgg) == inside
    monkeypatch.setattr(_compat, "MATPLOTLIB_CHECKED", ((0, 1), (0, 2)))  # a matplotlib nobody checked
    assert not _compat.matplotlib_hooks_available()
    assert _compat.agg_canvas_class() is FigureCanvasAgg
    fig = _figure()
    fallback = render_png(fig)  # the explorers' renderer on the public path
    canvas = FigureCanvasAgg(_figure())
    canvas.draw()
    assert fallback == encode_png(canvas.buffer_rgba(), fig.dpi)


class _Formatter:
    """IPython's formatter, as far as wrap_figure_formatters uses it."""

    def __init__(self, printer):
        self.type_printers = {Figure: printer}

    def for_type(self, typ, func):
        self.type_printers[typ] = func


def _print_figure(fig, fmt="png", bbox_inches="tight", **kwargs):
    return fmt, bbox_inches


def test_hook_ipythons_default_printers_are_wrapped_once_and_a_users_are_kept():
    default = partial(_print_figure, fmt="png", bbox_inches="tight")
    users = partial(_print_figure, fmt="svg", bbox_inches=None)
    formatters = {"image/png": _Formatter(default), "image/svg+xml": _Formatter(users)}

    def wrapper(printer):
        return lambda fig: printer(fig, bbox_inches=None)

    mimes = ("image/png", "image/svg+xml", "application/pdf")
    if not _compat.ipython_hooks_available():
        assert _compat.wrap_figure_formatters(formatters, Figure, mimes, wrapper) == 0
        return
    assert _compat.wrap_figure_formatters(formatters, Figure, mimes, wrapper) == 1
    assert formatters["image/png"].type_printers[Figure](None) == ("png", None)
    assert formatters["image/svg+xml"].type_printers[Figure] is users
    assert _compat.wrap_figure_formatters(formatters, Figure, mimes, wrapper) == 0  # a wrapper is not a partial


def test_outside_the_checked_ipython_versions_no_printer_is_wrapped(monkeypatch):
    default = partial(_print_figure, fmt="png", bbox_inches="tight")
    formatters = {"image/png": _Formatter(default)}
    monkeypatch.setattr(_compat, "IPYTHON_CHECKED", ((0,), (0,)))
    assert _compat.wrap_figure_formatters(formatters, Figure, ("image/png",), lambda p: None) == 0
    assert formatters["image/png"].type_printers[Figure] is default


class _Item:
    def __init__(self, nodeid):
        self._id = self.nodeid = nodeid


def test_hook_the_group_is_joined_to_pytests_node_id(conftest):
    """conftest.py rewrites pytest's private ``item._id`` (pytest-xdist #1386), once, keeping the
    node id's structure (``_pytest.nodeid.NodeId``)."""
    from _pytest.nodeid import NodeId

    class Item:
        nodeid = property(lambda self: str(self._id))

    item = Item()
    item._id = NodeId.parse("tests/test_x.py::test_a")
    conftest._rewrite_node_id(item, "servers")
    assert isinstance(item._id, NodeId) and item.nodeid == "tests/test_x.py::test_a@servers"
    conftest._rewrite_node_id(item, "servers")  # once only
    assert item.nodeid == "tests/test_x.py::test_a@servers"
    assert conftest.node_id_hook_available() == (
        conftest.PYTEST_CHECKED[0] <= conftest._pytest_version() <= conftest.PYTEST_CHECKED[1]
    )


def test_outside_the_checked_pytest_versions_the_node_id_is_left_alone(monkeypatch, conftest):
    monkeypatch.setattr(conftest, "PYTEST_CHECKED", ((0, 1), (0, 2)))
    item = _Item("tests/test_x.py::test_a")
    conftest._join_group(item, "servers")
    assert item._id == "tests/test_x.py::test_a"
