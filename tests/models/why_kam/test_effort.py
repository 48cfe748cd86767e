"""I1 (kamlab.models.why_kam.effort): effort -> share of wallet and satisfaction -> loyalty -> profit."""

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import why_kam
from tests._examples import examples

SETTINGS = examples(40)


@pytest.fixture(scope="module")
def small():
    return kamlab.make_accounts(300, seed=2)


def one_account(**overrides):
    row = {
        "account_id": ["A1"],
        "category_spend": [1_000_000.0],
        "share_of_wallet": [0.25],
        "gross_margin": [0.2],
        "relationship_stage": ["cooperative"],
        "revenue": [250_000.0],
        "strategic_importance": [3],
    }
    row.update({k: [v] for k, v in overrides.items()})
    return pd.DataFrame(row)


def test_effort_model_by_hand():
    model = why_kam.EffortModel()
    assert model.attention(0.0) == 0 and model.attention(40.0) == pytest.approx(0.5)
    assert model.attention(80.0) == pytest.approx(0.75)
    assert model.share_of_wallet(0.25, 40.0) == pytest.approx(0.25 + 0.6 * 0.60 * 0.5)
    assert model.share_of_wallet(0.95, 1e6) == pytest.approx(0.95)  # above the ceiling: no change
    q0 = model.baseline_satisfaction(kamlab.STAGE_RETENTION["cooperative"])
    assert model.retention(q0) == pytest.approx(kamlab.STAGE_RETENTION["cooperative"])
    assert model.lifetime_multiple(0.8) == pytest.approx(kamlab.margin_multiple(0.8, 0.10, timing="now"))
    out = model.simulate(one_account(), [40.0])
    assert out["revenue"].iloc[0] == pytest.approx(430_000)
    assert out["profit"].iloc[0] == pytest.approx(430_000 * 0.2 - 40 * 300)
    assert out["retention_before"].iloc[0] == pytest.approx(0.80)
    assert out["lifetime_profit"].iloc[0] == pytest.approx(
        out["profit"].iloc[0] * 1.1 / (1.1 - out["retention"].iloc[0])
    )


def test_allocation_by_hand():
    a = pd.DataFrame({"account_id": list("ABCD"), "category_spend": [10.0, 40.0, 20.0, 30.0]})
    alloc = why_kam.allocate_effort(a, budget_hours=100, strategic_share=0.5, focus_share=0.6)
    assert alloc["strategic"].tolist() == [False, True, False, True]
    assert alloc["hours"].tolist() == pytest.approx([20, 30, 20, 30])
    even = why_kam.allocate_effort(a, budget_hours=100, strategic_share=0.5, focus_share=0.5)
    assert even["hours"].tolist() == pytest.approx([25] * 4)
    one = why_kam.allocate_effort(a, budget_hours=100, strategic_share=0.01)  # rounds to no strategic account
    assert one["hours"].tolist() == pytest.approx([25] * 4)


def test_focused_wins_on_the_default_data_and_loses_where_the_lesson_says(accounts):
    c = why_kam.compare_effort_policies(accounts)
    s = c.summary
    assert c.winner == "focused"
    assert s.loc["focused", "profit"] > s.loc["even", "profit"] > s.loc["none", "profit"]
    assert s.loc["focused", "share_of_wallet"] > s.loc["even", "share_of_wallet"] > s.loc["none", "share_of_wallet"]
    assert s.loc["focused", "strategic_retention"] > s.loc["even", "strategic_retention"]
    assert s.loc["even", "hours"] == pytest.approx(20_000) == s.loc["focused", "hours"]
    assert len(c.accounts) == 3 * len(accounts)
    # where concentrating does not pay (the lesson names these)
    assert why_kam.compare_effort_policies(accounts, budget_hours=100_000).winner == "even"
    assert why_kam.compare_effort_policies(accounts, model=why_kam.EffortModel(half_effort_hours=2)).winner == "even"
    assert why_kam.compare_effort_policies(accounts, strategic_by="strategic_importance").winner == "even"


def test_focus_curve_matches_the_comparison(small):
    c = why_kam.compare_effort_policies(small, budget_hours=3000, focus_share=0.75)
    curve = why_kam.focus_curve(small, budget_hours=3000, points=5)
    row = curve.set_index("focus_share").loc[0.75]
    assert row["lifetime_profit"] == pytest.approx(c.summary.loc["focused", "lifetime_profit"])
    assert row["profit"] == pytest.approx(c.summary.loc["focused", "profit"])


def test_results_do_not_depend_on_row_order(small):
    a = why_kam.compare_effort_policies(small, budget_hours=3000).summary
    b = why_kam.compare_effort_policies(small.sample(frac=1, random_state=1), budget_hours=3000).summary
    pd.testing.assert_frame_equal(a, b, check_exact=False, rtol=1e-9)


def test_inputs_are_not_mutated(small):
    before = small.copy()
    why_kam.compare_effort_policies(small, budget_hours=3000)
    why_kam.focus_curve(small, points=3)
    pd.testing.assert_frame_equal(small, before)


@SETTINGS
@given(
    budget=st.floats(0, 50_000),
    more=st.floats(0, 50_000),
    focus=st.floats(0, 1),
    share=st.floats(0.01, 0.5),
    half=st.floats(1, 300),
    strength=st.floats(0, 1),
)
def test_effort_invariants(small, budget, more, focus, share, half, strength):
    model = why_kam.EffortModel(half_effort_hours=half, response_strength=strength)
    c = why_kam.compare_effort_policies(
        small, budget_hours=budget, focus_share=focus, strategic_share=share, model=model
    )
    acc = c.accounts
    for col in ("share_of_wallet", "satisfaction", "retention"):
        assert ((acc[col] >= 0) & (acc[col] <= 1)).all()
        assert (acc[col] >= acc[f"{col}_before"] - 1e-12).all()  # effort never hurts the account's view
    assert (
        (acc["retention"] >= model.retention_floor - 1e-12) & (acc["retention"] <= model.retention_ceiling + 1e-12)
    ).all()
    assert c.summary["hours"].drop("none").to_numpy() == pytest.approx([budget, budget])
    bigger = why_kam.compare_effort_policies(
        small, budget_hours=budget + more, focus_share=focus, strategic_share=share, model=model
    )
    for policy in ("even", "focused"):  # more budget never lowers the total share of wallet or satisfaction
        assert bigger.summary.loc[policy, "share_of_wallet"] >= c.summary.loc[policy, "share_of_wallet"] - 1e-12
        assert bigger.summary.loc[policy, "retention"] >= c.summary.loc[policy, "retention"] - 1e-12


# ---- validation: one test per branch -------------------------------------------------------
@pytest.mark.parametrize(
    "kwargs, err, msg",
    [
        ({"half_effort_hours": 0}, KamlabValueError, r"EffortModel: parameter 'half_effort_hours' = 0.0; expected > 0"),
        ({"response_strength": 1.5}, KamlabValueError, r"'response_strength' = 1.5 is a share outside \[0, 1\]"),
        ({"wallet_ceiling": -0.1}, KamlabValueError, r"'wallet_ceiling' = -0.1 is a share outside"),
        ({"retention_floor": 1.2}, KamlabValueError, r"'retention_floor' = 1.2 is a share outside"),
        ({"retention_ceiling": "high"}, KamlabTypeError, r"'retention_ceiling' must be a number, got str"),
        (
            {"retention_floor": 0.9, "retention_ceiling": 0.8},
            KamlabValueError,
            r"retention_floor = 0.9 is not below retention_ceiling = 0.8",
        ),
        ({"loyalty_convexity": -1}, KamlabValueError, r"'loyalty_convexity' = -1.0; expected > 0"),
        ({"hourly_cost": -5}, KamlabValueError, r"'hourly_cost' = -5.0; expected >= 0"),
        ({"discount_rate": float("nan")}, KamlabValueError, r"'discount_rate' must be a finite number"),
    ],
)
def test_effort_model_validation(kwargs, err, msg):
    with pytest.raises(err, match=msg):
        why_kam.EffortModel(**kwargs)


@pytest.mark.parametrize(
    "call, err, msg",
    [
        (
            lambda a: why_kam.compare_effort_policies(a, budget_hours=-1),
            KamlabValueError,
            r"compare_effort_policies: parameter 'budget_hours' = -1.0; expected >= 0",
        ),
        (
            lambda a: why_kam.compare_effort_policies(a, strategic_share=0),
            KamlabValueError,
            r"'strategic_share' = 0.0? is a share outside \(0, 1\)",
        ),
        (
            lambda a: why_kam.compare_effort_policies(a, strategic_share=1),
            KamlabValueError,
            r"'strategic_share' = 1.0? is a share outside \(0, 1\)",
        ),
        (
            lambda a: why_kam.compare_effort_policies(a, focus_share=1.2),
            KamlabValueError,
            r"'focus_share' = 1.2 is a share outside \[0, 1\]",
        ),
        (
            lambda a: why_kam.compare_effort_policies(a, strategic_by="size"),
            KamlabValueError,
            r"'strategic_by' = 'size'; expected one of 'category_spend', 'revenue', 'strategic_importance'",
        ),
        (
            lambda a: why_kam.compare_effort_policies(a, model="fast"),
            KamlabTypeError,
            r"parameter 'model' must be an EffortModel, got str",
        ),
        (
            lambda a: why_kam.focus_curve(a, model=3),
            KamlabTypeError,
            r"focus_curve: parameter 'model' must be an EffortModel, got int",
        ),
        (
            lambda a: why_kam.focus_curve(a, points=1),
            KamlabValueError,
            r"focus_curve: parameter 'points' = 1; expected >= 2",
        ),
        (
            lambda a: why_kam.compare_effort_policies(a.drop(columns="category_spend")),
            KamlabValueError,
            r"missing column 'category_spend'\. Columns present: account_id",
        ),
        (
            lambda a: why_kam.compare_effort_policies(a.assign(share_of_wallet=1.5)),
            KamlabValueError,
            r"column 'share_of_wallet' has 1 above 1 value",
        ),
        (
            lambda a: why_kam.compare_effort_policies(a.assign(gross_margin=-0.1)),
            KamlabValueError,
            r"column 'gross_margin' has 1 negative value",
        ),
        (
            lambda a: why_kam.compare_effort_policies(a.assign(category_spend=float("nan"))),
            KamlabValueError,
            r"column 'category_spend' has 1 missing \(NaN\) value",
        ),
        (
            lambda a: why_kam.compare_effort_policies(a.assign(relationship_stage="married")),
            KamlabValueError,
            r"column 'relationship_stage' has 1 unknown values \(first: account_id='A1', relationship_stage='married'\)",
        ),
        (
            lambda a: why_kam.compare_effort_policies(a.assign(revenue=-1.0), strategic_by="revenue"),
            KamlabValueError,
            r"column 'revenue' has 1 negative value",
        ),
        (lambda a: why_kam.compare_effort_policies(a.iloc[:0]), KamlabValueError, r"parameter 'accounts' has no rows"),
        (
            lambda a: why_kam.compare_effort_policies(list(a)),
            KamlabTypeError,
            r"parameter 'accounts' must be a pandas DataFrame, got list",
        ),
        (
            lambda a: why_kam.allocate_effort(a, focus_share="all"),
            KamlabTypeError,
            r"allocate_effort: parameter 'focus_share' must be a number, got str",
        ),
        (
            lambda a: why_kam.EffortModel().simulate(a, [1.0, 2.0]),
            KamlabValueError,
            r"EffortModel.simulate: parameter 'hours' must hold one finite number >= 0 per account \(1\), got shape \(2,\)",
        ),
        (
            lambda a: why_kam.EffortModel().simulate(a, [-1.0]),
            KamlabValueError,
            r"parameter 'hours' must hold one finite number >= 0",
        ),
    ],
)
def test_effort_validation(call, err, msg):
    with pytest.raises(err, match=msg):
        call(one_account())
