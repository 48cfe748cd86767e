"""Lesson 01 (what a key account is, C1 and C2): models, plots and explorers.

The models are checked against the analytics core and the chapter's numbers; the
plots are rendered for real in both languages with missing glyphs turned into
errors; the explorers are driven in Python, every control over its whole range.
"""

import io
import warnings

import matplotlib
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models.key_accounts import (
    CUTS_TOO_BIG,
    NO_WEIGHT,
    ConcentrationView,
    ScoringView,
    concentration_view,
    scoring_view,
    tier_cuts,
)
from kamlab.widgets import concentration_explorer, scoring_explorer
from kamlab.widgets.key_accounts import plot_concentration_view, plot_scoring_view

CRITERIA = kamlab.SCORING_CRITERIA


@pytest.fixture(scope="module")
def small():
    return kamlab.make_accounts(300, seed=2)


@pytest.fixture(scope="module")
def base():
    """The lesson's data: the shipped base, seed 2026."""
    return kamlab.load_accounts()


# ---- the subjective model (C1) ------------------------------------------------------------
def test_scoring_view_is_attractiveness_score(small):
    view = scoring_view(small, n=7)
    expected = kamlab.attractiveness_score(small)
    pd.testing.assert_frame_equal(view.scores, expected)
    pd.testing.assert_frame_equal(view.top, expected.head(7))
    assert view.ok and view.message is None
    assert view.weights == pytest.approx(kamlab.SCORING_WEIGHTS)
    assert view.n_key == 60  # 20% of 300
    assert view.n_potential == int(expected.potential_key_account.sum()) > 0
    assert view.potential["potential_key_account"].all()
    assert view.potential["rank"].is_monotonic_increasing
    assert view.n_potential_in_key == int((view.potential["rank"] <= 60).sum())


def test_weights_are_scaled_and_any_scale_gives_the_same_ranking(small):
    a = scoring_view(small, weights={"current_sales": 3, "potential": 1})
    b = scoring_view(small, weights={"current_sales": 0.6, "potential": 0.2, "time_energy": 0})
    assert a.weights == pytest.approx({"current_sales": 0.75, "future_trend": 0, "potential": 0.25,
                                       "time_energy": 0, "strategic_importance": 0})
    assert a.scores.account_id.tolist() == b.scores.account_id.tolist()
    assert sum(a.weights.values()) == pytest.approx(1)


def test_points_add_up_to_the_score(small):
    view = scoring_view(small, weights={c: 0.2 + 0.1 * i for i, c in enumerate(CRITERIA)})
    points = view.scores[[f"points_{c}" for c in CRITERIA]].sum(axis=1)
    np.testing.assert_allclose(points, view.scores["score"])
    assert view.scores["score"].between(0, 100).all()


def test_current_sales_alone_is_the_revenue_ranking(base):
    view = scoring_view(base, weights={"current_sales": 1.0}, n=20)
    assert view.top.account_id.tolist() == base.nlargest(20, "revenue").account_id.tolist()


@pytest.mark.parametrize("criterion", CRITERIA)
def test_raising_a_weight_never_lowers_the_best_account_on_it(small, criterion):
    ranks = []
    for w in (0.0, 0.2, 0.5, 1.0):
        weights = dict(kamlab.SCORING_WEIGHTS, **{criterion: w})
        scores = scoring_view(small, weights=weights).scores
        best = scores.loc[scores[f"norm_{criterion}"].idxmax(), "account_id"]
        ranks.append(int(scores.set_index("account_id").loc[best, "rank"]))
    assert ranks == sorted(ranks, reverse=True)


def test_potential_key_accounts_rise_with_the_potential_weight(base):
    low = scoring_view(base, weights=dict(kamlab.SCORING_WEIGHTS, potential=0.0))
    high = scoring_view(base, weights=dict(kamlab.SCORING_WEIGHTS, potential=1.0))
    assert low.n_potential == high.n_potential == 164  # the flag does not depend on the weights
    assert high.n_potential_in_key > low.n_potential_in_key


def test_lesson_numbers_of_the_subjective_method(base):
    """The numbers the lesson's prose quotes (seed 2026)."""
    view = scoring_view(base)
    assert view.n_key == 400 and view.n_potential == 164 and view.n_potential_in_key == 20
    assert view.top.account_id.iloc[0] == "A0561" and round(view.top.score.iloc[0], 1) == 96.8


def test_all_zero_weights_give_a_message_not_an_error(small):
    for weights in ({c: 0.0 for c in CRITERIA}, {"potential": 0}, {}):
        view = scoring_view(small, weights=weights)
        assert view.message == NO_WEIGHT and not view.ok
        assert view.scores is None and view.top is None and view.n_key == 0


@pytest.mark.parametrize("call, err, msg", [
    (lambda a: scoring_view(a, weights={"potential": -1}), KamlabValueError,
     r"attractiveness_score: parameter 'weights' for 'potential' = -1.0; expected >= 0"),
    (lambda a: scoring_view(a, weights={"charm": 0}), KamlabValueError, "unknown criteria 'charm'"),
    (lambda a: scoring_view(a, weights={"potential": "high"}), KamlabTypeError, "expected a finite number"),
    (lambda a: scoring_view(a, weights=[1, 2]), KamlabTypeError, "must be a dict"),
    (lambda a: scoring_view(a, n=0), KamlabValueError, r"scoring_view: parameter 'n' = 0; expected >= 1"),
    (lambda a: scoring_view(a, key_share=1.5), KamlabValueError, "parameter 'key_share' = 1.5"),
    (lambda a: scoring_view(a.drop(columns="growth_trend"), weights={"potential": 0}), KamlabValueError,
     "missing column 'growth_trend'"),
    (lambda a: scoring_view("accounts.csv"), KamlabTypeError, "must be a pandas DataFrame"),
])
def test_scoring_view_rejects_bad_input(small, call, err, msg):
    with pytest.raises(err, match=msg):
        call(small)


# ---- the objective model (C2) -------------------------------------------------------------
def test_tier_cuts():
    assert tier_cuts(0.01, 0.04, 0.15) == (0.01, 0.04, 0.15, 0.8)
    assert sum(tier_cuts(0.07, 0.13, 0.21)) == pytest.approx(1)
    assert tier_cuts(0.2, 0.3, 0.5) is None  # exactly 100%: no small customers
    assert tier_cuts(0.2, 0.4, 0.6) is None
    with pytest.raises(KamlabValueError, match=r"tier_cuts: parameter 'vip' = 0.0 is a share outside \(0, 1\]"):
        tier_cuts(0, 0.04, 0.15)
    with pytest.raises(KamlabTypeError, match="tier_cuts: parameter 'ordinary' must be a number"):
        tier_cuts(0.01, 0.04, "15%")


def test_chapter_pyramid_on_the_lesson_base():
    """The numbers the lesson's prose quotes: the default base is the shipped data."""
    view = concentration_view()
    assert view.ok and view.cuts == (0.01, 0.04, 0.15, 0.8)
    assert view.pyramid["count"].tolist() == [20, 80, 300, 1600]
    assert view.pyramid["value_share"].round(3).tolist() == [0.283, 0.246, 0.271, 0.2]
    assert view.ideal["value_share"].round(3).tolist() == [0.528, 0.132, 0.14, 0.2]
    assert view.measured_top20 == pytest.approx(0.8)
    assert round(view.gini, 3) == 0.769
    assert round(view.hhi.index) == 63 and round(view.hhi.equivalent_customers) == 158
    shipped = kamlab.load_accounts()["revenue"]
    assert view.gini == pytest.approx(kamlab.gini(shipped))
    assert view.pyramid.value_share.tolist() == pytest.approx(kamlab.customer_pyramid(kamlab.load_accounts())
                                                              .summary.value_share.tolist())


@pytest.mark.parametrize("c", [0.3, 0.5, 0.65, 0.8, 0.95])
def test_the_base_has_the_concentration_asked_for(c):
    view = concentration_view(c, n=500, seed=3)
    assert view.measured_top20 == pytest.approx(c, abs=1e-6)
    curve = view.lorenz
    assert curve.iloc[0].tolist() == [0, 0] and curve.iloc[-1].tolist() == [1, 1]
    assert np.all(np.diff(curve.value_share, 2) >= -1e-12)  # convex
    assert 1 <= view.hhi.equivalent_customers <= 500
    assert view.pyramid["value_share"].sum() == pytest.approx(1)
    assert view.pyramid["value_share"].is_monotonic_decreasing or view.pyramid["value_share"].iloc[0] > 0


def test_more_concentration_means_higher_gini_and_fewer_equivalent_customers():
    views = [concentration_view(c, n=500, seed=3) for c in (0.3, 0.5, 0.8, 0.95)]
    ginis = [v.gini for v in views]
    equivalents = [v.hhi.equivalent_customers for v in views]
    top_tier = [v.pyramid.value_share.iloc[0] for v in views]
    assert ginis == sorted(ginis) and equivalents == sorted(equivalents, reverse=True)
    assert top_tier == sorted(top_tier)


def test_ideal_shares_do_not_depend_on_the_base():
    a = concentration_view(0.4, vip=0.02, important=0.08, ordinary=0.2, n=300, seed=1)
    b = concentration_view(0.9, vip=0.02, important=0.08, ordinary=0.2, n=300, seed=1)
    pd.testing.assert_frame_equal(a.ideal, b.ideal)
    pd.testing.assert_frame_equal(a.ideal, kamlab.pareto_pyramid_shares((0.02, 0.08, 0.2, 0.7)))


def test_cuts_that_do_not_fit_give_a_message_and_keep_the_measures():
    view = concentration_view(0.8, vip=0.2, important=0.4, ordinary=0.6, n=300, seed=1)
    assert view.message == CUTS_TOO_BIG and not view.ok
    assert view.pyramid is None and view.ideal is None and view.cuts is None
    assert view.requested == (0.2, 0.4, 0.6)
    assert view.gini == pytest.approx(concentration_view(0.8, n=300, seed=1).gini)


def test_base_cache_cannot_be_changed():
    view = concentration_view(0.7, n=100, seed=5)
    from kamlab.models.key_accounts import _base_revenue

    with pytest.raises(ValueError, match="read-only"):
        _base_revenue(0.7, 100, 5)[0] = 0
    assert concentration_view(0.7, n=100, seed=5).gini == view.gini


@pytest.mark.parametrize("kwargs, err, msg", [
    ({"concentration": 0.2}, KamlabValueError, r"concentration_view: parameter 'concentration' = 0.2"),
    ({"concentration": 1.0}, KamlabValueError, "at most 0.99"),
    ({"concentration": "80%"}, KamlabTypeError, "parameter 'concentration' must be a number"),
    ({"vip": -0.01}, KamlabValueError, "parameter 'vip' = -0.01"),
    ({"ordinary": 1.5}, KamlabValueError, "parameter 'ordinary' = 1.5"),
    ({"n": 10}, KamlabValueError, r"parameter 'n' = 10; expected >= 20"),
    ({"seed": -1}, KamlabValueError, "parameter 'seed' = -1"),
    ({"n": 200.0}, KamlabTypeError, "parameter 'n' must be an integer"),
])
def test_concentration_view_rejects_bad_input(kwargs, err, msg):
    with pytest.raises(err, match=msg):
        concentration_view(**kwargs)


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
                texts = [a.get_title() for a in ax.figure.axes] + [t.get_text() for a in ax.figure.axes
                                                                   for t in a.texts]
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
    assert len(left.patches) == 8 * len(CRITERIA)
    widths = np.array([p.get_width() for p in left.patches]).reshape(len(CRITERIA), 8)
    np.testing.assert_allclose(widths.sum(axis=0), view.top.score)  # stacked bars add up to the score
    assert [lbl.get_text() for lbl in left.get_yticklabels()][0] == f"1. {view.top.account_id.iloc[0]}"
    part = view.potential.head(8)
    labels = right.get_yticklabels()
    assert [lbl.get_text() for lbl in labels] == [f"{r}. {a}" for r, a in zip(part["rank"], part["account_id"])]
    red = [matplotlib.colors.to_hex(lbl.get_color()) == "#8c1d18" for lbl in labels]
    assert red == part["key_account"].tolist()
    assert len(fig.legends) == 1 and len(fig.legends[0].get_texts()) == len(CRITERIA)
    _render(fig)


def test_no_weight_plot_is_a_sentence(small):
    ax = plot_scoring_view(scoring_view(small, weights={}), lang="en")
    assert ax.texts[0].get_text().startswith("All weights are 0")
    assert not ax.axison and not ax.patches


def test_concentration_plot_shows_the_model():
    view = concentration_view(0.6, vip=0.02, important=0.08, ordinary=0.2, n=300, seed=1)
    fig = Figure(layout="constrained")
    left = plot_concentration_view(view, ax=fig.add_subplot(), lang="en")
    right = fig.axes[1]
    assert [lbl.get_text() for lbl in left.get_yticklabels()] == ["VIP", "Important", "Ordinary key account",
                                                                  "Small customer"]
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


# ---- the explorers -----------------------------------------------------------------------
def _setter(ex):
    def set_control(name, value):
        before, changed = ex.updates, ex.controls[name].value != value
        ex.controls[name].value = value
        assert ex.controls[name].value == pytest.approx(value)
        assert ex.updates == before + changed  # one recompute per real change
    return set_control


def test_scoring_explorer_starts_at_the_default_state(small):
    ex = scoring_explorer(small, lang="en")
    assert ex.values() == {**kamlab.SCORING_WEIGHTS, "n": 10}
    pd.testing.assert_frame_equal(ex.result.scores, kamlab.attractiveness_score(small))
    assert ex.png.startswith(b"\x89PNG") and len(ex.figure.axes) == 2
    assert ex.caption.value.startswith("<p>Weights, scaled to add up to 100%: Current sales 30%")
    assert ex.controls["potential"].description == "Weight · Potential (wallet headroom)"


def test_scoring_explorer_every_control_over_its_whole_range(small):
    ex = scoring_explorer(small, lang="en")
    set_control = _setter(ex)
    seen = set()
    for name in CRITERIA:
        slider = ex.controls[name]
        assert (slider.min, slider.max) == (0.0, 1.0)
        for value in (slider.min, 0.25, 0.5, 0.75, slider.max):
            set_control(name, value)
            weights = {c: ex.controls[c].value for c in CRITERIA}
            expected = scoring_view(small, weights=weights, n=ex.controls["n"].value)
            assert ex.result.top.account_id.tolist() == expected.top.account_id.tolist()
            assert ex.result.weights == pytest.approx(expected.weights)
            assert ex.result.n_potential_in_key == expected.n_potential_in_key
            seen.add(ex.png)
        set_control(name, kamlab.SCORING_WEIGHTS[name])
    slider = ex.controls["n"]
    for n in range(slider.min, slider.max + 1):
        set_control("n", n)
        assert len(ex.result.top) == n
        assert len(ex.figure.axes[0].patches) == n * len(CRITERIA)
        assert ex.caption.value.count("<tr>") == n + 1
    assert len(seen) > 10  # the picture really changes with the weights


def test_scoring_explorer_survives_all_zero_weights_and_comes_back(small):
    ex = scoring_explorer(small, lang="zh")
    for name in CRITERIA:
        ex.controls[name].value = 0.0
    assert ex.result.message == NO_WEIGHT
    assert "所有权重都是 0" in ex.caption.value and "<table" not in ex.caption.value
    assert ex.figure.axes[0].texts[0].get_text().startswith("所有权重都是 0")
    ex.controls["n"].value = 12  # other controls still work while there is no ranking
    assert ex.result.message == NO_WEIGHT
    ex.controls["future_trend"].value = 1.0
    assert ex.result.ok
    assert ex.result.top.account_id.iloc[0] == small.loc[small.growth_trend.idxmax(), "account_id"]
    assert len(ex.result.top) == 12


def test_scoring_explorer_labels_follow_the_language(small):
    with matplotlib.rc_context({"font.sans-serif": ["DejaVu Sans"]}), warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*Glyph .* missing.*")  # no boxes, even without setup()
        ex = scoring_explorer(small, lang="zh")
        ex.controls["time_energy"].value = 0.9
    assert ex.controls["current_sales"].description == "权重·当前销售额"
    assert ex.controls["n"].description == "显示前 N 名"
    assert ex.caption.value.startswith("<p>归一化后的权重：当前销售额")
    name = small.set_index("account_id").loc[ex.result.top.account_id.iloc[0], "name_zh"]
    assert name in ex.caption.value


def test_concentration_explorer_starts_at_the_chapter():
    ex = concentration_explorer(lang="en")
    assert ex.values() == {"concentration": 0.8, "vip": 0.01, "important": 0.04, "ordinary": 0.15}
    assert ex.result.pyramid["count"].tolist() == [20, 80, 300, 1600]
    assert "Gini 0.769; HHI 63, as concentrated as 158 equal-sized customers" in ex.caption.value
    assert "<td style='padding:2px 8px;text-align:right'>52.8%</td>" in ex.caption.value
    assert [a.get_title() for a in ex.figure.axes] == ["Customer pyramid", "Lorenz curve: the top 20% hold 80%"]


def test_concentration_explorer_every_control_over_its_whole_range():
    ex = concentration_explorer(lang="en", n=400)
    set_control = _setter(ex)
    seen = set()
    chapter = {"concentration": 0.8, "vip": 0.01, "important": 0.04, "ordinary": 0.15}
    for name in ("concentration", "vip", "important", "ordinary"):
        slider = ex.controls[name]
        span = slider.max - slider.min
        for value in [slider.min + k * span / 4 for k in range(5)]:
            value = round(round(value / slider.step) * slider.step, 10)
            set_control(name, value)
            values = ex.values()
            expected = concentration_view(values["concentration"], vip=values["vip"],
                                          important=values["important"], ordinary=values["ordinary"], n=400)
            assert ex.result.gini == pytest.approx(expected.gini)
            assert ex.result.measured_top20 == pytest.approx(values["concentration"], abs=1e-6)
            fits = values["vip"] + values["important"] + values["ordinary"] < 1 - 1e-9
            assert ex.result.ok == fits
            if fits:
                pd.testing.assert_frame_equal(ex.result.pyramid, expected.pyramid)
                assert ex.result.pyramid["account_share"].tolist() == pytest.approx(list(ex.result.cuts), abs=1 / 400)
            else:
                assert "leave no room for small customers" in ex.caption.value
            seen.add(ex.png)
        set_control(name, chapter[name])
    assert (ex.controls["concentration"].min, ex.controls["concentration"].max) == (0.3, 0.95)
    assert len(seen) > 12


def test_concentration_explorer_all_tiers_at_their_maximum():
    ex = concentration_explorer(lang="zh", n=300)
    for name in ("vip", "important", "ordinary"):
        ex.controls[name].value = ex.controls[name].max
    assert ex.result.message == CUTS_TOO_BIG
    assert "三个大客户层级合计占客户数的 120%" in ex.caption.value
    ex.controls["ordinary"].value = 0.01
    ex.controls["important"].value = 0.01
    assert ex.result.ok and ex.result.cuts == pytest.approx((0.2, 0.01, 0.01, 0.78))


def test_concentration_explorer_labels_follow_the_language():
    with matplotlib.rc_context({"font.sans-serif": ["DejaVu Sans"]}), warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*Glyph .* missing.*")
        ex = concentration_explorer(lang="zh", n=300)
        ex.controls["concentration"].value = 0.5
    assert ex.controls["concentration"].description == "前 20% 客户的销售额占比"
    assert ex.caption.value.startswith("<p>300 家模拟客户：前 20% 占销售额的 50%")
    assert ex.figure.axes[0].get_title() == "客户金字塔"


def test_explorers_reject_bad_input_and_display_as_widgets(small):
    with pytest.raises(KamlabTypeError, match="scoring_explorer: parameter 'accounts' must be a pandas DataFrame"):
        scoring_explorer("accounts.csv")
    with pytest.raises(KamlabValueError, match="missing column 'category_spend'"):
        scoring_explorer(small.drop(columns="category_spend"))
    with pytest.raises(KamlabValueError, match="scoring_explorer: parameter 'lang' = 'fr'"):
        scoring_explorer(small, lang="fr")
    with pytest.raises(KamlabValueError, match="concentration_explorer: parameter 'lang' = 'de'"):
        concentration_explorer(lang="de")
    with pytest.raises(KamlabValueError, match="concentration_view: parameter 'n' = 5"):
        concentration_explorer(n=5)
    for ex in (scoring_explorer(small, lang="en"), concentration_explorer(lang="en", n=200)):
        assert "application/vnd.jupyter.widget-view+json" in ex._repr_mimebundle_()


def test_explorers_are_exported():
    assert {"scoring_explorer", "concentration_explorer"} <= set(kamlab.widgets.__all__)
    assert kamlab.widgets.scoring_explorer is scoring_explorer
    assert isinstance(concentration_view(), ConcentrationView)
