"""Lesson key_accounts: the plots of kamlab.plots.key_accounts (moved from tests/models/test_key_accounts.py)."""

import io
import warnings

import matplotlib
import numpy as np
import pytest
from matplotlib.figure import Figure

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.i18n import t
from kamlab.models.key_accounts import ScoringView, concentration_view, scoring_view
from kamlab.plots.key_accounts import plot_concentration_view, plot_scoring_view

CRITERIA = kamlab.SCORING_CRITERIA


@pytest.fixture(scope="module")
def small():
    return kamlab.make_accounts(300, seed=2)


# ---- plots -------------------------------------------------------------------------------
def _render(fig):
    fig.savefig(io.BytesIO(), format="png")  # a bare Figure's canvas.draw() would test nothing


def _views(small):
    return [
        scoring_view(small, n=8),
        scoring_view(small, weights={"potential": 0}),
        concentration_view(0.8, n=300, seed=1),
        concentration_view(0.8, vip=0.5, important=0.3, ordinary=0.3, n=300, seed=1),
    ]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plots_render_in_both_languages_without_missing_glyphs(small, lang):
    with matplotlib.rc_context():
        kamlab.setup(lang)
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message=r".*Glyph .* missing.*")
            for view in _views(small):
                draw = plot_scoring_view if isinstance(view, ScoringView) else plot_concentration_view
                ax = draw(view, lang=lang)
                _render(ax.figure)
                texts = [a.get_title() for a in ax.figure.axes] + [
                    t.get_text() for a in ax.figure.axes for t in a.texts
                ]
                joined = " ".join(texts)
                has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in joined)
                assert has_cjk == (lang == "zh"), joined
                matplotlib.pyplot.close(ax.figure)


def test_scoring_plot_shows_the_model(small):
    view = scoring_view(small, n=8)
    fig = Figure(layout="constrained")
    left = plot_scoring_view(view, ax=fig.add_subplot(), lang="en")
    right = fig.axes[1]
    assert len(fig.axes) == 2 and left is fig.axes[0]
    # one collection of 8 bars per criterion (legend order), each bar as wide as the criterion's points
    assert [c.get_label() for c in left.collections] == [t(f"analytics.criterion.{c}", "en") for c in CRITERIA]
    assert [len(c.get_paths()) for c in left.collections] == [8] * len(CRITERIA)
    widths = np.array([[p.get_extents().width for p in c.get_paths()] for c in left.collections])
    for c, row in zip(CRITERIA, widths):
        np.testing.assert_allclose(row, view.top[f"points_{c}"])
    np.testing.assert_allclose(widths.sum(axis=0), view.top.score)  # stacked bars add up to the score
    assert [lbl.get_text() for lbl in left.get_yticklabels()][0] == f"1. {view.top.account_id.iloc[0]}"
    part = view.potential.head(8)
    labels = right.get_yticklabels()
    assert [lbl.get_text() for lbl in labels] == [f"{r}. {a}" for r, a in zip(part["rank"], part["account_id"])]
    red = [matplotlib.colors.to_hex(lbl.get_color()) == "#8c1d18" for lbl in labels]
    assert red == part["key_account"].tolist()
    assert len(fig.legends) == 1 and len(fig.legends[0].get_texts()) == len(CRITERIA)
    _render(fig)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    for ax in fig.axes:  # each title sits just above its panel, as automatic placement puts it
        title, box = ax.title.get_window_extent(renderer), ax.get_window_extent(renderer)
        assert box.y1 <= title.y0 <= box.y1 + 20


def test_scoring_plot_titles_are_where_automatic_placement_puts_them(small, monkeypatch):
    """plot_scoring_view pins its titles at y=1.0 (no tick-label measuring per layout pass): the
    PNG is byte-identical to the one with matplotlib's automatic title placement."""
    from matplotlib.axes import Axes

    def draw():
        fig = Figure(figsize=(11, 4.8), layout="constrained", dpi=72)
        left = plot_scoring_view(scoring_view(small, n=8), ax=fig.add_subplot(), lang="en")
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return [ax._autotitlepos for ax in left.figure.axes], buffer.getvalue()

    pinned, pinned_png = draw()
    set_title = Axes.set_title
    monkeypatch.setattr(Axes, "set_title", lambda self, label, *a, y=None, **kw: set_title(self, label, *a, **kw))
    auto, auto_png = draw()
    assert pinned == [False, False] and auto == [True, True]
    assert pinned_png == auto_png


def test_no_weight_plot_is_a_sentence(small):
    ax = plot_scoring_view(scoring_view(small, weights={}), lang="en")
    assert ax.texts[0].get_text().startswith("All weights are 0")
    assert not ax.axison and not ax.patches and not ax.collections


def test_concentration_plot_shows_the_model():
    view = concentration_view(0.6, vip=0.02, important=0.08, ordinary=0.2, n=300, seed=1)
    fig = Figure(figsize=(11, 4.5), layout="constrained")  # the explorer's size (legend under the axes)
    left = plot_concentration_view(view, ax=fig.add_subplot(), lang="en")
    right = fig.axes[1]
    assert [lbl.get_text() for lbl in left.get_yticklabels()] == [
        "VIP",
        "Important",
        "Ordinary key account",
        "Small customer",
    ]
    diamonds = left.collections[0].get_offsets()[:, 0]
    np.testing.assert_allclose(diamonds, view.ideal.value_share * 100)
    curve = right.get_lines()[0].get_ydata()
    np.testing.assert_allclose(curve, view.lorenz.value_share * 100)
    assert right.get_title() == "Lorenz curve: the top 20% hold 60%"
    assert any(t.get_text().startswith("HHI = ") for t in right.texts)
    _render(fig)


def test_bad_cuts_plot_says_so():
    view = concentration_view(0.8, vip=0.2, important=0.4, ordinary=0.6, n=300, seed=1)
    ax = plot_concentration_view(view, lang="zh")
    assert "120%" in ax.texts[0].get_text() and not ax.axison
    assert len(ax.figure.axes[1].get_lines()) >= 1  # the Lorenz curve is still drawn


def test_plots_reject_the_wrong_result(small):
    with pytest.raises(KamlabTypeError, match="plot_scoring_view: parameter 'view' must be a ScoringView"):
        plot_scoring_view(kamlab.attractiveness_score(small))
    with pytest.raises(KamlabTypeError, match="plot_concentration_view: parameter 'view' must be a ConcentrationView"):
        plot_concentration_view(scoring_view(small))
    with pytest.raises(KamlabValueError, match="plot_scoring_view: parameter 'lang' = 'fr'"):
        plot_scoring_view(scoring_view(small), lang="fr")


@pytest.mark.parametrize("concentration", [0.3, 0.8, 0.95])
def test_pyramid_legend_covers_no_bar(concentration):
    """The legend of the concentration view's pyramid sits under the axes, clear of every bar
    (it used to cover the end of the small customers' 80% bar)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.patches import Rectangle

    from kamlab.fonts import cjk_rc

    with matplotlib.rc_context(cjk_rc()):
        fig = Figure(figsize=(11, 4.5), layout="constrained", dpi=96)
        view = concentration_view(concentration, n=300, seed=1)
        left = plot_concentration_view(view, ax=fig.add_subplot(), lang="zh")
        renderer = FigureCanvasAgg(fig).get_renderer()
        fig.draw(renderer)
    legend = left.get_legend().get_window_extent(renderer)
    bars = [p for p in left.patches if isinstance(p, Rectangle)]
    assert bars
    for bar in bars:
        assert not legend.overlaps(bar.get_window_extent(renderer)), bar
    assert legend.y1 < left.get_window_extent(renderer).y0
