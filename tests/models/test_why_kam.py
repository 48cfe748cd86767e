"""Lesson 02 (why KAM matters, I1-I4): models, plots and explorers of kamlab.models.why_kam."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import why_kam
from tests._examples import examples
from tests._floats import le

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


# ---- I4: the chapter's 33% rule, by hand ---------------------------------------------------
def test_33_percent_rule_by_hand():
    # 0.20 = 0.15 x (1 + x)  =>  x = 0.20 / 0.15 - 1 = 1/3
    x = 0.20 / 0.15 - 1
    s = why_kam.breakeven_scenario(0.20, 0.05)
    assert s.volume_increase == pytest.approx(x) == pytest.approx(1 / 3)
    assert 0.20 == pytest.approx(0.15 * (1 + s.volume_increase))
    assert (s.profit_per_100_before, s.profit_per_100_after) == (20.0, 15.0)
    assert s.compensable
    assert s.table.loc[0.2, 0.05] == pytest.approx(1 / 3)
    assert s.volume_increase == kamlab.breakeven_volume_increase(0.20, 0.05)  # uses the analytics core


def test_breakeven_scenario_beyond_the_line():
    for d in (0.20, 0.25):
        s = why_kam.breakeven_scenario(0.20, d)
        assert not s.compensable and math.isnan(s.volume_increase)
    assert why_kam.breakeven_scenario(0.20, 0.25).profit_per_100_after == pytest.approx(-5.0)
    assert why_kam.breakeven_scenario(0.20, 0.20).profit_per_100_after == 0.0
    table = why_kam.breakeven_scenario(0.3, 0.1).table
    assert table.shape == (56, 31)
    assert table.isna().to_numpy()[np.subtract.outer(table.index.to_numpy(), table.columns.to_numpy()) <= 0].all()


@SETTINGS
@given(m=st.floats(0.01, 1.0), d=st.floats(0.0, 0.99))
def test_breakeven_restores_gross_profit(m, d):
    s = why_kam.breakeven_scenario(m, d)
    if d < m:
        assert m == pytest.approx((m - d) * (1 + s.volume_increase))
        assert s.volume_increase >= 0
    else:
        assert not s.compensable


# ---- I2: CLV scenario ----------------------------------------------------------------------
def test_clv_known_values():
    s = why_kam.clv_scenario(10_000, 0.8, 0.12)
    assert s.margin_multiple == pytest.approx(2.5) and s.clv == pytest.approx(25_000)
    assert s.clv_one_point_more == pytest.approx(10_000 * 0.81 / (1.12 - 0.81))
    assert s.one_point_gain == pytest.approx(0.81 / 0.31 / 2.5 - 1)
    assert s.one_point_gain > 3 * s.one_point_relative  # a retention point is worth more than it looks
    g = why_kam.clv_scenario(10_000, 0.8, 0.12, growth=0.05)
    assert g.margin_multiple == pytest.approx(kamlab.margin_multiple(0.8, 0.12, growth=0.05))


def test_clv_divergence_is_a_result_not_an_error():
    s = why_kam.clv_scenario(10_000, 1.0, 0.10, growth=0.10)
    assert not s.converges and math.isnan(s.clv) and math.isnan(s.margin_multiple)
    assert why_kam.clv_converges(0.99, 0.0) and not why_kam.clv_converges(1.0, 0.0)
    top = why_kam.clv_scenario(10_000, 1.0, 0.10)  # converges, but one more point is impossible
    assert top.converges and math.isnan(top.one_point_gain)


@SETTINGS
@given(r=st.floats(0, 0.98), i=st.floats(0, 0.3), g=st.floats(-0.5, 0.3))
def test_clv_more_retention_never_lowers_positive_clv(r, i, g):
    s = why_kam.clv_scenario(1_000, r, i, growth=g)
    if s.converges and not math.isnan(s.clv_one_point_more):
        assert s.clv_one_point_more >= s.clv - 1e-9
        assert s.margin_multiple >= 0


# ---- I3: retention curves ------------------------------------------------------------------
def test_retention_curves_known_values():
    rc = why_kam.retention_curves()
    s = rc.summary
    assert s.loc["loyal", "expected_lifetime_years"] == pytest.approx(10.0)
    assert s.loc["transactional", "expected_lifetime_years"] == pytest.approx(2.5)
    assert s.loc["loyal", "repeat_purchases"] == pytest.approx(0.9 * (1 - 0.9**10) / 0.1)
    assert s.loc["transactional", "repeat_purchases"] == pytest.approx(0.6 * (1 - 0.6**10) / 0.4)
    assert s.loc["loyal", "half_life_years"] == pytest.approx(math.log(0.5) / math.log(0.9))
    assert s.loc["loyal", "margin_multiple"] == pytest.approx(kamlab.margin_multiple(0.9, 0.10))
    assert rc.repeat_ratio == pytest.approx(5.862 / 1.491, rel=1e-3)
    year10 = rc.table.query("year == 10").set_index("group")["survival"]
    assert year10["loyal"] == pytest.approx(0.9**10) and year10["transactional"] == pytest.approx(0.6**10)
    assert why_kam.survival(0.6, 2).tolist() == pytest.approx([1.0, 0.6, 0.36])


def test_repeat_purchases_tend_to_the_margin_multiple():
    """I3 meets I2: discounted repeat purchases over a long horizon = r / (1 + i - r)."""
    for r, i in [(0.9, 0.10), (0.6, 0.12), (0.8, 0.0)]:
        assert why_kam.expected_repeat_purchases(r, 2000, discount_rate=i) == pytest.approx(
            kamlab.margin_multiple(r, i)
        )


@SETTINGS
@given(r=st.floats(0, 1), h=st.integers(1, 40), p=st.floats(0, 20))
def test_survival_and_repeat_invariants(r, h, p):
    s = why_kam.survival(r, h)
    assert s[0] == 1 and ((s >= 0) & (s <= 1)).all()
    assert (np.diff(s) <= 1e-15).all()  # survival never rises
    total = why_kam.expected_repeat_purchases(r, h, purchases_per_year=p)
    assert 0 <= total <= p * h + 1e-9
    assert le(total, why_kam.expected_repeat_purchases(r, h + 1, purchases_per_year=p))


@SETTINGS
@given(lo=st.floats(0, 1), hi=st.floats(0, 1))
def test_more_loyal_group_buys_more(lo, hi):
    lo, hi = sorted((lo, hi))
    rc = why_kam.retention_curves({"loyal": hi, "transactional": lo}, horizon_years=8)
    cum = rc.table.pivot(index="year", columns="group", values="cum_repeat_purchases")
    assert (cum["loyal"] >= cum["transactional"] - 1e-12).all()
    assert rc.table["cum_repeat_purchases"].groupby(rc.table["group"]).apply(lambda c: c.is_monotonic_increasing).all()


# ---- I1: effort allocation -----------------------------------------------------------------
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


@pytest.mark.parametrize(
    "call, err, msg",
    [
        (
            lambda: why_kam.clv_scenario("big", 0.8, 0.1),
            KamlabTypeError,
            r"clv_scenario: parameter 'margin' must be a number, got str",
        ),
        (
            lambda: why_kam.clv_scenario(1.0, 1.2, 0.1),
            KamlabValueError,
            r"clv_scenario: parameter 'retention' = 1.2 is a share outside \[0, 1\]",
        ),
        (
            lambda: why_kam.clv_scenario(1.0, 0.8, -0.1),
            KamlabValueError,
            r"clv_scenario: parameter 'discount_rate' = -0.1; expected >= 0",
        ),
        (
            lambda: why_kam.clv_scenario(1.0, 0.8, 0.1, growth=-1),
            KamlabValueError,
            r"clv_scenario: parameter 'growth' = -1.0; expected > -1",
        ),
        (
            lambda: why_kam.survival(-0.1, 3),
            KamlabValueError,
            r"survival: parameter 'retention' = -0.1 is a share outside",
        ),
        (lambda: why_kam.survival(0.5, 0), KamlabValueError, r"survival: parameter 'horizon_years' = 0; expected >= 1"),
        (
            lambda: why_kam.survival(0.5, 2.5),
            KamlabTypeError,
            r"survival: parameter 'horizon_years' must be an integer, got float",
        ),
        (
            lambda: why_kam.expected_repeat_purchases(2, 3),
            KamlabValueError,
            r"expected_repeat_purchases: parameter 'retention' = 2.0 is a share outside",
        ),
        (
            lambda: why_kam.expected_repeat_purchases(0.5, 0),
            KamlabValueError,
            r"expected_repeat_purchases: parameter 'horizon_years' = 0",
        ),
        (
            lambda: why_kam.expected_repeat_purchases(0.5, 3, purchases_per_year=-1),
            KamlabValueError,
            r"'purchases_per_year' = -1.0; expected >= 0",
        ),
        (
            lambda: why_kam.expected_repeat_purchases(0.5, 3, discount_rate=-1),
            KamlabValueError,
            r"'discount_rate' = -1.0; expected >= 0",
        ),
        (
            lambda: why_kam.retention_curves([0.9, 0.6]),
            KamlabTypeError,
            r"retention_curves: parameter 'groups' must be a non-empty dict",
        ),
        (lambda: why_kam.retention_curves({}), KamlabTypeError, r"parameter 'groups' must be a non-empty dict"),
        (
            lambda: why_kam.retention_curves({"loyal": 1.5}),
            KamlabValueError,
            r"parameter 'groups\['loyal'\]' = 1.5 is a share outside",
        ),
        (
            lambda: why_kam.retention_curves(horizon_years=0),
            KamlabValueError,
            r"retention_curves: parameter 'horizon_years' = 0",
        ),
        (
            lambda: why_kam.retention_curves(purchases_per_year=-2),
            KamlabValueError,
            r"'purchases_per_year' = -2.0; expected >= 0",
        ),
        (
            lambda: why_kam.retention_curves(discount_rate=-0.1),
            KamlabValueError,
            r"retention_curves: parameter 'discount_rate' = -0.1",
        ),
        (
            lambda: why_kam.breakeven_scenario(0, 0.05),
            KamlabValueError,
            r"breakeven_scenario: parameter 'gross_margin' = 0.0 is a share outside \(0, 1\]",
        ),
        (
            lambda: why_kam.breakeven_scenario(0.2, 1.0),
            KamlabValueError,
            r"breakeven_scenario: parameter 'discount' = 1.0 is a share outside \[0, 1\)",
        ),
        (
            lambda: why_kam.breakeven_scenario(0.2, 0.05, margins=[0.2, 1.5]),
            KamlabValueError,
            r"breakeven_table: parameter 'margins' item 1 = 1.5",
        ),
        (
            lambda: why_kam.breakeven_scenario(0.2, 0.05, discounts=["a"]),
            KamlabTypeError,
            r"breakeven_table: parameter 'discounts' must hold numbers",
        ),
    ],
)
def test_scenario_validation(call, err, msg):
    with pytest.raises(err, match=msg):
        call()
