"""``ax=None`` behaves the same in every plot: a new pyplot figure, which shows inline in a notebook."""

import ast
from pathlib import Path

import matplotlib.pyplot as plt
import pytest

import kamlab
import kamlab.plots
from kamlab.models.start_here import select_accounts
from kamlab.plots import style

PLOTS = Path(kamlab.plots.__file__).parent
ENTRIES = {"setup_axes", "split_axes"}


def _plot_functions():
    for path in sorted(PLOTS.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("plot_"):
                yield path.name, node


@pytest.mark.parametrize("module, node", list(_plot_functions()), ids=lambda v: getattr(v, "name", v))
def test_every_plot_takes_ax_and_starts_with_the_shared_setup(module, node):
    """Each plot has an ``ax`` keyword and gets its Axes from style.setup_axes/split_axes, or from
    another plot that does (never from plt or Figure directly)."""
    assert "ax" in [a.arg for a in node.args.kwonlyargs], f"{module}:{node.name} has no ax keyword"
    called = {
        c.func.id if isinstance(c.func, ast.Name) else c.func.attr
        for c in ast.walk(node)
        if isinstance(c, ast.Call) and isinstance(c.func, (ast.Name, ast.Attribute))
    }
    assert called & ENTRIES or any(name.startswith(("plot_", "_plot_")) for name in called), f"{module}:{node.name}"
    assert not called & {"subplots", "figure", "Figure"}, f"{module}:{node.name} opens its own figure"


def test_every_plot_of_the_package_is_exported():
    names = {node.name for _, node in _plot_functions()}
    assert names == {n for n in kamlab.plots.__all__ if n.startswith("plot_")}
    assert len(names) == 47


def test_ax_none_opens_a_pyplot_figure():
    """plot_top_accounts(selection) used to build an unmanaged Figure that never showed inline."""
    before = set(plt.get_fignums())
    ax = kamlab.plots.plot_top_accounts(select_accounts(kamlab.make_accounts(50, seed=1), n=5), lang="en")
    assert set(plt.get_fignums()) - before == {ax.figure.number}
    left, right = style.split_axes(None)
    assert left.figure.number in plt.get_fignums() and right.figure is left.figure
    plt.close("all")


def test_split_axes_uses_a_given_pair_or_splits_one_axes():
    fig, pair = plt.subplots(1, 2)
    assert style.split_axes(pair) == (pair[0], pair[1])
    fig2, ax = plt.subplots()
    ax.set_title("used")  # an Axes already drawn on is replaced by the two panels
    left, right = style.split_axes(ax)
    assert ax not in fig2.axes and len(fig2.axes) == 2
    fig3, ax = plt.subplots()  # a lone empty Axes (an explorer's) becomes the left panel
    left, right = style.split_axes(ax)
    assert left is ax and fig3.axes == [ax, right]
    plt.close("all")


def test_require_result_names_the_function_parameter_and_source():
    with pytest.raises(
        kamlab.KamlabTypeError, match=r"plot_x: parameter 'view' must be a int \(from somewhere\), got str\."
    ):
        style.require_result("a", int, "view", "plot_x", source="somewhere")
