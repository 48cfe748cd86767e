"""Attractiveness score, potential key accounts, comparison of identifications, portfolio matrix."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamlab.analytics import (
    PORTFOLIO_WEIGHTS,
    SCORING_CRITERIA,
    SCORING_WEIGHTS,
    Identification,
    attractiveness_score,
    compare_identifications,
    portfolio_matrix,
)

from .frames import make_frame


def test_known_scores_and_contributions():
    frame = pd.DataFrame(
        {
            "account_id": ["A1", "A2", "A3"],
            "revenue": [900.0, 300.0, 100.0],
            "growth_trend": [0.0, 0.1, 0.3],
            "category_spend": [1000.0, 2000.0, 1500.0],
            "sales_hours": [30.0, 10.0, 5.0],
            "service_hours": [5.0, 5.0, 1.0],
            "complaint_hours": [0.0, 2.0, 0.0],
            "strategic_importance": [5, 3, 2],
        }
    )
    s = attractiveness_score(frame).set_index("account_id")
    # A1: sales 1 x 30 + trend 0 + potential (headroom 100, lowest) 0 + time 1 x 10 + importance 1 x 20
    assert s.loc["A1", "score"] == pytest.approx(60.0)
    assert s.loc["A2", "points_potential"] == pytest.approx(20.0)  # headroom 1700 is the largest
    assert s.loc["A3", "potential"] == pytest.approx(1400.0)
    assert s.loc["A1", "time_energy"] == pytest.approx(35.0)
    points = s[[f"points_{c}" for c in SCORING_CRITERIA]].sum(axis=1)
    np.testing.assert_allclose(points, s["score"])
    only_sales = attractiveness_score(frame, weights={"current_sales": 1})
    assert only_sales["account_id"].tolist() == ["A1", "A2", "A3"]
    assert only_sales["score"].tolist() == [100.0, 50.0, 0.0]
    minmax = attractiveness_score(frame, weights={"current_sales": 1}, normalise="minmax")
    np.testing.assert_allclose(minmax["score"], [100.0, 25.0, 0.0])


def test_potential_key_account_flag():
    frame = make_frame(20, seed=1)
    frame.loc[0, ["revenue", "category_spend", "growth_trend"]] = [10.0, 1e9, 0.3]  # tiny now, huge wallet
    s = attractiveness_score(frame).set_index("account_id")
    assert bool(s.loc["A000", "potential_key_account"])
    flagged = s[s["potential_key_account"]]
    assert (flagged["future_trend"] > 0).all()
    assert (flagged["norm_current_sales"] < 0.8).all() and (flagged["norm_potential"] >= 0.8).all()


@given(st.integers(0, 10_000), st.integers(3, 30))
def test_scores_bounded_ranked_and_order_free(seed, n):
    frame = make_frame(n, seed=seed)
    s = attractiveness_score(frame)
    assert ((s["score"] >= -1e-9) & (s["score"] <= 100 + 1e-9)).all()
    assert np.all(np.diff(s["score"]) <= 1e-9)
    assert s["key_account"].sum() == int(np.floor(0.2 * n + 1e-9))
    shuffled = frame.sample(frac=1, random_state=seed)
    pd.testing.assert_frame_equal(s, attractiveness_score(shuffled))


@given(st.integers(0, 10_000), st.sampled_from(SCORING_CRITERIA), st.floats(0.0, 5.0))
def test_raising_a_weight_never_lowers_the_best_account_on_it(seed, criterion, extra):
    frame = make_frame(12, seed=seed)
    base = attractiveness_score(frame)
    best = base.sort_values([f"norm_{criterion}", "account_id"], ascending=[False, True])["account_id"].iloc[0]
    raised = dict(SCORING_WEIGHTS)
    raised[criterion] += extra
    after = attractiveness_score(frame, weights=raised)
    rank_before = int(base.set_index("account_id").loc[best, "rank"])
    rank_after = int(after.set_index("account_id").loc[best, "rank"])
    assert rank_after <= rank_before


def test_compare_identifications_known():
    frame = pd.DataFrame(
        {
            "account_id": ["A1", "A2", "A3", "A4", "A5"],
            "revenue": [900.0, 300.0, 100.0, 50.0, 20.0],
            "growth_trend": [-0.1, 0.1, 0.3, 0.0, 0.0],
            "category_spend": [950.0, 2000.0, 5000.0, 60.0, 30.0],
            "sales_hours": [30.0, 10.0, 40.0, 1.0, 1.0],
            "service_hours": [5.0, 5.0, 1.0, 0.0, 0.0],
            "complaint_hours": [0.0, 2.0, 0.0, 0.0, 0.0],
            "strategic_importance": [2, 3, 5, 1, 1],
        }
    )
    result = compare_identifications(frame)
    assert isinstance(result, Identification)
    assert result.crosstab.loc[True, True] == 0 and result.crosstab.loc[True, False] == 1
    assert result.crosstab.to_numpy().sum() == 5
    assert result.agreement == pytest.approx(3 / 5)
    assert result.jaccard == 0.0
    same = compare_identifications(frame, weights={"current_sales": 1})
    assert same.disagreements.empty and same.jaccard == 1.0 and same.agreement == 1.0


@given(st.integers(0, 10_000))
def test_compare_identifications_symmetric(seed):
    result = compare_identifications(make_frame(25, seed=seed))
    ct = result.crosstab
    assert ct.loc[True, False] == ct.loc[False, True]  # equal-sized sets
    assert len(result.disagreements) == ct.loc[True, False] + ct.loc[False, True]
    assert 0 <= result.agreement <= 1 and 0 <= result.jaccard <= 1


def test_scoring_validation(accounts):
    with pytest.raises(
        TypeError, match=r"attractiveness_score: parameter 'weights' must be a dict .* Criteria: current_sales"
    ):
        attractiveness_score(accounts, weights=[1, 2])
    with pytest.raises(ValueError, match=r"unknown criteria 'size'; expected some of: current_sales, future_trend"):
        attractiveness_score(accounts, weights={"size": 1})
    with pytest.raises(ValueError, match=r"parameter 'weights' for 'potential' = -1.0; expected >= 0"):
        attractiveness_score(accounts, weights={"potential": -1})
    with pytest.raises(TypeError, match=r"'weights' for 'potential' is 'high'"):
        attractiveness_score(accounts, weights={"potential": "high"})
    with pytest.raises(ValueError, match=r"has no positive weight"):
        attractiveness_score(accounts, weights={"potential": 0})
    with pytest.raises(ValueError, match=r"parameter 'normalise' = 'zscore'; expected one of 'percentile', 'minmax'"):
        attractiveness_score(accounts, normalise="zscore")
    with pytest.raises(ValueError, match=r"'key_share' = 1.5 is a share outside"):
        attractiveness_score(accounts, key_share=1.5)
    with pytest.raises(ValueError, match=r"'potential_cut' = -0.1"):
        attractiveness_score(accounts, potential_cut=-0.1)
    bad = accounts.assign(strategic_importance=[7] + [3] * (len(accounts) - 1))
    with pytest.raises(
        ValueError,
        match=r"column 'strategic_importance' has 1 above 5 value \(first: account_id='A000', strategic_importance=7\); expected <= 5",
    ):
        attractiveness_score(bad)
    with pytest.raises(ValueError, match=r"'growth_trend' has 1 below -1 value"):
        attractiveness_score(accounts.assign(growth_trend=[-2.0] + [0.0] * (len(accounts) - 1)))
    with pytest.raises(ValueError, match=r"column 'sales_hours' has 1 negative value"):
        attractiveness_score(accounts.assign(sales_hours=[-2.0] + [0.0] * (len(accounts) - 1)))
    with pytest.raises(ValueError, match=r"attractiveness_score: missing column 'category_spend'"):
        attractiveness_score(accounts.drop(columns="category_spend"))
    with pytest.raises(ValueError, match=r"compare_identifications: parameter 'key_share' = 2.0"):
        compare_identifications(accounts, key_share=2.0)
    with pytest.raises(ValueError, match=r"compare_identifications: missing column 'profit'"):
        compare_identifications(accounts, value="profit")


# --- portfolio matrix ---
def test_portfolio_known():
    frame = pd.DataFrame(
        {
            "account_id": ["A1", "A2", "A3", "A4"],
            "revenue": [900.0, 800.0, 100.0, 50.0],
            "growth_trend": [0.2, 0.3, 0.0, -0.1],
            "category_spend": [1000.0, 4000.0, 120.0, 500.0],
            "sales_hours": [30.0, 10.0, 5.0, 1.0],
            "service_hours": [5.0, 5.0, 1.0, 0.0],
            "complaint_hours": [0.0, 2.0, 0.0, 0.0],
            "strategic_importance": [5, 4, 2, 1],
            "relationship_stage": ["integrated", "basic", "interdependent", "exploratory"],
            "share_of_wallet": [0.9, 0.2, 0.83, 0.1],
        }
    )
    m = portfolio_matrix(frame).set_index("account_id")
    assert m.loc["A1", "strength"] == pytest.approx(0.5 * 1 + 0.5 * 0.9)
    assert m.loc["A3", "strength"] == pytest.approx(0.5 * 0.75 + 0.5 * 0.83)
    assert m["quadrant"].to_dict() == {"A2": "star", "A1": "strategic", "A3": "status", "A4": "streamline"}
    assert m.loc["A4", "stance"] == "manage_for_cash"
    stage_only = portfolio_matrix(frame, strength_weights={"relationship_stage": 1})
    assert stage_only.set_index("account_id").loc["A2", "strength"] == pytest.approx(0.25)
    categorical = frame.assign(relationship_stage=pd.Categorical(frame["relationship_stage"]))
    pd.testing.assert_frame_equal(portfolio_matrix(categorical), portfolio_matrix(frame))
    assert PORTFOLIO_WEIGHTS["time_energy"] == 0


@given(st.integers(0, 10_000))
def test_portfolio_bounds_and_order(seed):
    frame = make_frame(15, seed=seed)
    m = portfolio_matrix(frame)
    assert ((m["strength"] >= 0) & (m["strength"] <= 1)).all()
    assert ((m["attractiveness"] >= 0) & (m["attractiveness"] <= 100 + 1e-9)).all()
    high = m["attractiveness"] >= 50
    assert set(m.loc[high, "quadrant"]) <= {"strategic", "star"}
    pd.testing.assert_frame_equal(m, portfolio_matrix(frame.iloc[::-1]))


def test_portfolio_validation(accounts):
    with pytest.raises(
        ValueError,
        match=r"portfolio_matrix: column 'relationship_stage' has 1 unknown values \(first: account_id='A000', relationship_stage='friendly'\); expected one of exploratory",
    ):
        portfolio_matrix(accounts.assign(relationship_stage=["friendly"] + ["basic"] * (len(accounts) - 1)))
    with pytest.raises(ValueError, match=r"column 'share_of_wallet' has 1 above 1 value"):
        portfolio_matrix(accounts.assign(share_of_wallet=[1.5] + [0.5] * (len(accounts) - 1)))
    with pytest.raises(ValueError, match=r"portfolio_matrix: missing column 'share_of_wallet'"):
        portfolio_matrix(accounts.drop(columns="share_of_wallet"))
    with pytest.raises(ValueError, match=r"parameter 'strength_weights' has unknown criteria 'trust'"):
        portfolio_matrix(accounts, strength_weights={"trust": 1})
    with pytest.raises(ValueError, match=r"parameter 'attractiveness_cut' = 150.0; expected <= 100"):
        portfolio_matrix(accounts, attractiveness_cut=150)
    with pytest.raises(ValueError, match=r"parameter 'strength_cut' = -1.0; expected >= 0"):
        portfolio_matrix(accounts, strength_cut=-1)
