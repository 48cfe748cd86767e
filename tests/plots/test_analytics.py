"""Every analytics plot renders in Chinese and English, with no missing glyphs, and returns its Axes."""

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import kamlab  # noqa: E402
import kamlab.fonts  # noqa: E402
from kamlab import analytics as ka  # noqa: E402
from kamlab import plots as kp  # noqa: E402
from kamlab.i18n import get_lang, set_lang, t  # noqa: E402
from tests.analytics.frames import make_frame  # noqa: E402


def _cases():
    frame = make_frame(40, seed=5)
    values = frame["revenue"]
    return {
        "pareto": lambda **kw: kp.plot_pareto(ka.pareto_table(frame), **kw),
        "pareto_abc": lambda **kw: kp.plot_pareto(ka.abc_classes(frame), **kw),
        "lorenz": lambda **kw: kp.plot_lorenz(ka.lorenz_curve(values), gini=ka.gini(values), **kw),
        "pyramid": lambda **kw: kp.plot_pyramid(ka.customer_pyramid(frame), expected=ka.pareto_pyramid_shares(), **kw),
        "dependence": lambda **kw: kp.plot_dependence(ka.dependence_flags(frame), **kw),
        "attractiveness": lambda **kw: kp.plot_attractiveness(ka.attractiveness_score(frame), **kw),
        "portfolio": lambda **kw: kp.plot_portfolio(ka.portfolio_matrix(frame), **kw),
        "whale": lambda **kw: kp.plot_whale_curve(ka.whale_curve(frame), **kw),
        "profit_by_tier": lambda **kw: kp.plot_profit_by_tier(ka.profit_by_tier(frame), **kw),
        "capacity": lambda **kw: kp.plot_unused_capacity(ka.unused_capacity(frame), **kw),
        "breakeven": lambda **kw: kp.plot_breakeven(
            ka.breakeven_table([0.15, 0.20, 0.30], [d / 100 for d in range(0, 30)]), **kw
        ),
        "margin_multiple": lambda **kw: kp.plot_margin_multiple(
            ka.margin_multiple_table([r / 20 for r in range(0, 20)], [0.08, 0.12]), **kw
        ),
        "elasticities": lambda **kw: kp.plot_clv_elasticities(ka.clv_elasticities(0.8, 0.12), **kw),
    }


CASES = _cases()


@pytest.fixture(scope="module", autouse=True)
def cjk_font():
    saved = matplotlib.rcParams.copy()
    choice = kamlab.fonts.use_cjk_font()
    yield choice
    matplotlib.rcParams.update(saved)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_plot_renders_without_missing_glyphs(name, lang, cjk_font):
    if lang == "zh" and cjk_font is None:
        pytest.skip("no CJK font installed")
    fig, ax = plt.subplots()
    try:
        out = CASES[name](ax=ax, lang=lang)
        assert out is ax
        assert ax.get_title()
        assert ax.get_ylabel() or name == "pyramid"
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "Glyph ... missing from font(s)" becomes an error
            fig.canvas.draw()
    finally:
        plt.close(fig)


def test_labels_follow_the_language():
    fig, ax = plt.subplots()
    try:
        kp.plot_pareto(ka.pareto_table(make_frame(5)), ax=ax, lang="zh")
        assert ax.get_xlabel() == "累计客户占比（%）"
    finally:
        plt.close(fig)
    before = get_lang()
    try:
        set_lang("en")
        ax = kp.plot_breakeven(ka.breakeven_table([0.2], [0.0, 0.05]))  # lang=None: current language
        assert ax.get_xlabel() == "Price discount (%)"
        plt.close(ax.figure)
    finally:
        set_lang(before)


def test_kwargs_override_defaults_and_new_axes():
    ax = kp.plot_pareto(ka.pareto_table(make_frame(5)), lang="en", color="red", linewidth=5)
    line = ax.get_lines()[0]
    assert line.get_color() == "red" and line.get_linewidth() == 5
    plt.close(ax.figure)


def test_plot_validation():
    with pytest.raises(ValueError, match=r"plot_pareto: missing columns 'cum_account_share', 'cum_value_share'"):
        kp.plot_pareto(make_frame(3), lang="en")
    with pytest.raises(TypeError, match=r"plot_pyramid: parameter 'pyramid' must be a CustomerPyramid"):
        kp.plot_pyramid(pd.DataFrame(), lang="en")
    with pytest.raises(TypeError, match=r"plot_whale_curve: parameter 'whale' must be a WhaleCurve"):
        kp.plot_whale_curve(pd.DataFrame(), lang="en")
    with pytest.raises(TypeError, match=r"plot_clv_elasticities: parameter 'elasticities' must be a pandas Series"):
        kp.plot_clv_elasticities({"margin": 1}, lang="en")
    with pytest.raises(ValueError, match=r"plot_lorenz: parameter 'lang' = 'fr'; expected one of 'zh', 'en'"):
        kp.plot_lorenz(ka.lorenz_curve([1, 2]), lang="fr")
    with pytest.raises(TypeError, match=r"plot_breakeven: parameter 'table' must be a pandas DataFrame"):
        kp.plot_breakeven([[0.1]], lang="en")
    plt.close("all")


def test_compute_modules_do_not_import_matplotlib():
    import ast
    import pathlib

    root = pathlib.Path(ka.__file__).parent
    for path in root.glob("*.py"):
        if path.name == "plots.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not any(n.startswith(("matplotlib", "ipywidgets")) for n in names), path.name


def _with_barh(ax, pos, width, left=0.0, *, height=0.8, color, label, autoscale=True):
    return ax.barh(pos, width, left=left, height=height, color=color, label=label)


def _bars(ax):
    """(bounds, facecolor) of every bar an attractiveness/pyramid plot drew, in drawing order:
    ``Rectangle``s in ``ax.patches`` and the rectangles of each ``PolyCollection``."""
    from matplotlib.collections import PolyCollection

    bars = [(p.get_bbox().bounds, tuple(p.get_facecolor())) for p in ax.patches]
    for coll in (c for c in ax.collections if isinstance(c, PolyCollection)):  # not the pyramid's markers
        faces = coll.get_facecolor()
        for k, path in enumerate(coll.get_paths()):
            bars.append((path.get_extents().bounds, tuple(faces[k % len(faces)])))
    return bars


@pytest.mark.parametrize(
    "plot", ["attractiveness-0", "attractiveness-1", "attractiveness-10", "attractiveness-40", "pyramid"]
)
def test_bars_are_barh_bars_drawn_faster(plot, monkeypatch):
    """plot_pyramid adds its bars with ``_barh`` (one data-limit update, not one per bar),
    plot_attractiveness each criterion's bars as one collection (``_barh_collection``, one draw
    call): the bars, their colours, the legend, the limits and the PNG bytes are those ``ax.barh`` gives."""
    import io

    from matplotlib.figure import Figure

    import kamlab.plots.analytics as plots_analytics

    accounts = kamlab.make_accounts(300, seed=5)

    def draw():
        fig = Figure(figsize=(6, 4), layout="constrained", dpi=72)
        if plot == "pyramid":
            pyramid = ka.customer_pyramid(accounts)
            ax = kp.plot_pyramid(pyramid, expected=ka.pareto_pyramid_shares(), ax=fig.add_subplot(), lang="en")
        else:
            top = int(plot.split("-")[1])
            ax = kp.plot_attractiveness(ka.attractiveness_score(accounts), top=top, ax=fig.add_subplot(), lang="en")
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return ax, buffer.getvalue()

    fast, fast_png = draw()
    monkeypatch.setattr(plots_analytics, "_barh", _with_barh)
    monkeypatch.setattr(plots_analytics, "_barh_collection", _with_barh)
    slow, slow_png = draw()
    if plot != "attractiveness-0":  # with no bars, barh's legend shows the default colour, not the criteria's
        assert fast_png == slow_png
    assert len(_bars(fast)) == len(slow.patches) == {"pyramid": 8}.get(plot, len(slow.patches))
    if plot != "pyramid":
        top = int(plot.split("-")[1])
        assert len(slow.patches) == top * len(ka.SCORING_CRITERIA)
        # one collection per criterion, one bar per account, each as wide as the criterion's points
        assert not fast.patches and [len(c.get_paths()) for c in fast.collections] == [top] * len(ka.SCORING_CRITERIA)
        points = ka.attractiveness_score(accounts).head(top)
        for c, coll in zip(ka.SCORING_CRITERIA, fast.collections):
            widths = [path.get_extents().width for path in coll.get_paths()]
            np.testing.assert_allclose(widths, points[f"points_{c}"], atol=1e-12)
            assert (coll.get_edgecolor().size == 0 or not coll.get_edgecolor()[:, 3].any()) and coll.get_clip_box()
        fast_stickies = sorted(x for coll in fast.collections for x in coll.sticky_edges.x)
        assert fast_stickies == pytest.approx(sorted(x for p in slow.patches for x in p.sticky_edges.x))
        fast_labels = [coll.get_label() for coll in fast.collections]
    else:
        for a, b in zip(fast.patches, slow.patches):
            assert (a.get_edgecolor(), a.get_linewidth(), a.get_label()) == (
                b.get_edgecolor(),
                b.get_linewidth(),
                b.get_label(),
            )
            assert a.sticky_edges.x == b.sticky_edges.x and a.get_clip_box() is not None
        assert [len(c) for c in fast.containers] == [len(c) for c in slow.containers]
        fast_labels = [c.get_label() for c in fast.containers]
    for (a_bounds, a_face), b in zip(_bars(fast), slow.patches):
        # barh's bars can differ in the last bit: it converts widths as (x0 + w) - x0 (Axes._convert_dx)
        assert a_bounds == pytest.approx(b.get_bbox().bounds, rel=1e-12, abs=1e-12)
        assert a_face == tuple(b.get_facecolor())
        assert b.get_clip_box() is not None
    assert fast_labels == [c.get_label() for c in slow.containers]
    assert fast.dataLim.bounds == pytest.approx(slow.dataLim.bounds) and fast.get_ylim() == pytest.approx(
        slow.get_ylim()
    )
    assert [t.get_text() for t in fast.get_legend().get_texts()] == [
        t.get_text() for t in slow.get_legend().get_texts()
    ]

    def faces(ax):  # each legend entry's colour
        return [np.ravel(h.get_facecolor()).tolist() for h in ax.get_legend().legend_handles]

    if plot == "attractiveness-0":
        assert faces(fast) == [list(matplotlib.colors.to_rgba(c)) for c in plots_analytics._CRITERION_COLORS]
    else:
        assert faces(fast) == faces(slow)


def test_attractiveness_legend_can_be_left_to_the_caller():
    from matplotlib.figure import Figure

    scores = ka.attractiveness_score(kamlab.make_accounts(50, seed=3))
    ax = kp.plot_attractiveness(scores, top=5, ax=Figure().add_subplot(), lang="en", legend=False)
    assert ax.get_legend() is None and [len(c.get_paths()) for c in ax.collections] == [5] * len(ka.SCORING_CRITERIA)
    handles, labels = ax.get_legend_handles_labels()  # what a shared legend is built from
    assert labels == [t(f"analytics.criterion.{c}", "en") for c in ka.SCORING_CRITERIA]
    assert len(handles) == len(ka.SCORING_CRITERIA)


def test_split_axes_reuses_a_lone_empty_axes_and_replaces_a_used_one():
    from matplotlib.figure import Figure

    from kamlab.plots.style import split_axes

    fig = Figure(layout="constrained")
    ax = fig.add_subplot()
    left, right = split_axes(ax, width_ratios=(2, 1))
    assert left is ax and fig.axes == [left, right]
    assert left.get_subplotspec().get_gridspec().get_width_ratios() == (2, 1)
    fig = Figure()
    used = fig.add_subplot()
    used.set_title("mine")
    left, right = split_axes(used)
    assert left is not used and used not in fig.axes and fig.axes == [left, right] and left.get_title() == ""
