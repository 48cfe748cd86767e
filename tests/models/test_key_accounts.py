"""Lesson 01 (what a key account is, C1 and C2): models, plots and explorers.

The models are checked against the analytics core and the chapter's numbers; the
plots are rendered for real in both languages with missing glyphs turned into
errors; the explorers are driven in Python, every control over its whole range.
"""

import numpy as np
import pandas as pd
import pytest

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models.key_accounts import CUTS_TOO_BIG, NO_WEIGHT, concentration_view, scoring_view, tier_cuts

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
    assert a.weights == pytest.approx(
        {"current_sales": 0.75, "future_trend": 0, "potential": 0.25, "time_energy": 0, "strategic_importance": 0}
    )
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


@pytest.mark.parametrize(
    "call, err, msg",
    [
        (
            lambda a: scoring_view(a, weights={"potential": -1}),
            KamlabValueError,
            r"attractiveness_score: parameter 'weights' for 'potential' = -1.0; expected >= 0",
        ),
        (lambda a: scoring_view(a, weights={"charm": 0}), KamlabValueError, "unknown criteria 'charm'"),
        (lambda a: scoring_view(a, weights={"potential": "high"}), KamlabTypeError, "expected a finite number"),
        (lambda a: scoring_view(a, weights=[1, 2]), KamlabTypeError, "must be a dict"),
        (lambda a: scoring_view(a, n=0), KamlabValueError, r"scoring_view: parameter 'n' = 0; expected >= 1"),
        (lambda a: scoring_view(a, key_share=1.5), KamlabValueError, "parameter 'key_share' = 1.5"),
        (
            lambda a: scoring_view(a.drop(columns="growth_trend"), weights={"potential": 0}),
            KamlabValueError,
            "missing column 'growth_trend'",
        ),
        (lambda a: scoring_view("accounts.csv"), KamlabTypeError, "must be a pandas DataFrame"),
    ],
)
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
    assert view.pyramid.value_share.tolist() == pytest.approx(
        kamlab.customer_pyramid(kamlab.load_accounts()).summary.value_share.tolist()
    )


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


@pytest.mark.parametrize(
    "kwargs, err, msg",
    [
        ({"concentration": 0.2}, KamlabValueError, r"concentration_view: parameter 'concentration' = 0.2"),
        ({"concentration": 1.0}, KamlabValueError, "at most 0.99"),
        ({"concentration": "80%"}, KamlabTypeError, "parameter 'concentration' must be a number"),
        ({"vip": -0.01}, KamlabValueError, "parameter 'vip' = -0.01"),
        ({"ordinary": 1.5}, KamlabValueError, "parameter 'ordinary' = 1.5"),
        ({"n": 10}, KamlabValueError, r"parameter 'n' = 10; expected >= 20"),
        ({"seed": -1}, KamlabValueError, "parameter 'seed' = -1"),
        ({"n": 200.0}, KamlabTypeError, "parameter 'n' must be an integer"),
    ],
)
def test_concentration_view_rejects_bad_input(kwargs, err, msg):
    with pytest.raises(err, match=msg):
        concentration_view(**kwargs)
