"""Lesson 07 capstone: a budgeted KAM programme vs no KAM (kamlab.models.kam_in_practice.capstone and its widgets)."""

import dataclasses
import itertools

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
from kamlab.analytics import customer_lifetime_value
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models.kam_in_practice import capstone as cp
from kamlab.models.kam_in_practice.capstone import evaluation, planning
from tests._examples import examples
from tests._floats import le, ordered

SETTINGS = examples(40)
FEW = examples(15)
STAGES = ("exploratory", "basic", "cooperative", "interdependent", "integrated")


def _account(
    account_id="A1",
    *,
    revenue=1_000_000.0,
    gross_margin=0.25,
    discounts=10_000.0,
    spend=2_000_000.0,
    share=0.5,
    stage="cooperative",
    sales_hours=10.0,
):
    """One account; sales_hours=10 costs exactly 4,000 yuan to serve (17.92 M / (28 x 1,600 x 60 min) x 600 min)."""
    return {
        "account_id": account_id,
        "revenue": revenue,
        "gross_margin": gross_margin,
        "discounts_rebates": discounts,
        "category_spend": spend,
        "share_of_wallet": share,
        "relationship_stage": stage,
        "growth_trend": 0.0,
        "strategic_importance": 3,
        "sales_hours": sales_hours,
        "service_hours": 0.0,
        "complaint_hours": 0.0,
        "orders_per_year": 0,
        "deliveries": 0,
        "promotion_support": 0.0,
    }


def _frame(*rows):
    return pd.DataFrame(list(rows) or [_account()])


def _pv(flows, r, i=0.10):
    return sum(f * r**t / (1 + i) ** t for t, f in enumerate(flows, start=1))


@pytest.fixture(scope="module")
def small():
    return kamlab.make_accounts(300)


# ---- hand-computed examples ---------------------------------------------------------------------------
def test_one_account_by_hand():
    one = _frame()
    # profit = 1,000,000 x 0.25 - 10,000 discounts - 4,000 cost to serve = 236,000; cooperative: r = 0.80
    base = _pv([236_000] * 3, 0.80)
    # team: two stages up (integrated, r = 0.93); +4 points a year of 2,000,000 at 25% = 20,000 t;
    # cost to serve -5% = +200; cost 250,000 a year -> 236,000 + 20,000 t + 200 - 250,000 = 20,000 t - 13,800
    team = _pv([6_200, 26_200, 46_200], 0.93)
    r = cp.evaluate_programme(one, {"A1": "team"}, n_sims=50)
    assert r.expected_no_kam == pytest.approx(base) and r.expected_programme == pytest.approx(team)
    assert r.expected_uplift == pytest.approx(team - base) and r.annual_cost == 250_000
    assert r.expected_cost == pytest.approx(_pv([250_000] * 3, 0.93))
    assert r.roi == pytest.approx((team - base) / _pv([250_000] * 3, 0.93))
    row = r.accounts.iloc[0]
    assert row["profit"] == pytest.approx(236_000) and row["share_of_wallet_end"] == pytest.approx(0.62)
    assert (row["retention_no_kam"], row["retention"]) == (0.80, 0.93) and row["level"] == "team"
    # basic: one stage up (interdependent, 0.88), +2 points a year -> 10,000 t, cost 80,000
    basic = cp.evaluate_programme(one, {"A1": "basic"}, n_sims=50)
    assert basic.expected_programme == pytest.approx(_pv([166_000, 176_000, 186_000], 0.88))
    # no KAM is the lifetime value with timing "end" and the same horizon
    clv = customer_lifetime_value(one, horizon_years=3, discount_rate=0.10)["clv"].iloc[0]
    assert r.expected_no_kam == pytest.approx(clv)


def test_timing_convention_one_year():
    """Year 1's profit and the KAM cost of year 1 both count with the chance r of renewing, at the end of year 1."""
    r = cp.evaluate_programme(_frame(), {"A1": "basic"}, horizon_years=1, discount_rate=0.0, n_sims=20)
    assert r.expected_no_kam == pytest.approx(236_000 * 0.80)
    assert r.expected_programme == pytest.approx((236_000 + 10_000 - 80_000) * 0.88)
    assert r.expected_cost == pytest.approx(80_000 * 0.88)
    # in a scenario the account is either kept (full year) or lost (nothing, no KAM cost)
    values = set(np.round(r.simulations["programme"], 6))
    assert values <= {0.0, 166_000.0}


def test_two_accounts_by_hand_with_caps():
    a = _account("A1")
    # already integrated (retention cannot rise) and at 99% of wallet (cap at 100%)
    b = _account(
        "B2",
        revenue=990_000.0,
        spend=1_000_000.0,
        share=0.99,
        stage="integrated",
        gross_margin=0.2,
        discounts=0.0,
        sales_hours=0.0,
    )
    frame = _frame(a, b)
    r = cp.evaluate_programme(frame, {"B2": "basic", "A1": "none"}, n_sims=50)
    assert r.programme == {"B2": "basic"}
    pb = 990_000 * 0.2  # 198,000, nothing to serve
    base = _pv([236_000] * 3, 0.80) + _pv([pb] * 3, 0.93)
    prog = _pv([236_000] * 3, 0.80) + _pv([pb + 0.01 * 1_000_000 * 0.2 - 80_000] * 3, 0.93)
    assert r.expected_no_kam == pytest.approx(base) and r.expected_programme == pytest.approx(prog)
    rows = r.accounts.set_index("account_id")
    assert rows.loc["B2", "retention"] == rows.loc["B2", "retention_no_kam"] == 0.93
    assert rows.loc["B2", "share_of_wallet_end"] == 1.0
    assert list(r.accounts["account_id"]) == ["A1", "B2"]  # largest revenue first
    assert rows["expected_uplift"].sum() == pytest.approx(r.expected_uplift)


def test_monte_carlo_matches_expectation_and_common_random_numbers(small):
    plan = cp.plan_programme(small, budget_yuan=400_000, rule="revenue")
    r = cp.evaluate_programme(small, plan, n_sims=4000, seed=1)
    sims = r.simulations
    se = sims.std() / np.sqrt(len(sims))
    assert abs(sims["no_kam"].mean() - r.expected_no_kam) < 4 * se["no_kam"]
    assert abs(sims["programme"].mean() - r.expected_programme) < 4 * se["programme"]
    assert r.p_lose_top5 <= r.p_lose_top5_no_kam and 0 <= r.p_worse <= 1
    # one account, higher retention: the programme keeps the account in every scenario the baseline does
    one = cp.evaluate_programme(
        _frame(_account(discounts=0.0, sales_hours=0.0)),
        {"A1": "basic"},
        levels={"none": cp.LEVELS["none"], "basic": cp.KamLevel("basic", 0, 1, 0.0)},
        n_sims=500,
    )
    assert (one.simulations["programme"] >= one.simulations["no_kam"] - 1e-6).all() and one.p_worse == 0
    s = one.summary()
    assert set(s.columns) == {"no_kam", "programme", "difference"}
    assert s.loc["expected", "difference"] == pytest.approx(one.expected_uplift)
    assert s.loc["p5", "programme"] == pytest.approx(one.percentile(5))


def test_simulate_programme_mode_keeps_expectations(accounts):
    plan = cp.plan_programme(accounts, budget_yuan=1_000_000)
    full = cp.evaluate_programme(accounts, plan, n_sims=300)
    fast = cp.evaluate_programme(accounts, plan, n_sims=300, simulate="programme")
    assert fast.expected_uplift == pytest.approx(full.expected_uplift)
    assert fast.simulations["no_kam"].std() < full.simulations["no_kam"].std()
    assert abs(fast.simulations["programme"].mean() - fast.expected_programme) < 0.02 * abs(fast.expected_programme)


# ---- the knapsack ---------------------------------------------------------------------------------------
@SETTINGS
@given(
    st.lists(st.tuples(st.floats(-5, 10), st.floats(-5, 10)), min_size=1, max_size=6),
    st.integers(0, 4),
    st.integers(1, 6),
    st.integers(0, 30),
)
def test_knapsack_matches_brute_force(values, u1, extra, budget):
    vals = np.array([[0.0, a, b] for a, b in values])
    units = np.tile([0, u1, u1 + extra], (len(vals), 1))
    best, chosen = planning._knapsack(vals, units, budget)
    brute = max(
        sum(vals[i, c] for i, c in enumerate(combo))
        for combo in itertools.product(range(3), repeat=len(vals))
        if sum(units[i, c] for i, c in enumerate(combo)) <= budget
    )
    assert best == pytest.approx(brute, abs=1e-6)
    assert sum(vals[i, c] for i, c in enumerate(chosen)) == pytest.approx(best, abs=1e-6)
    assert sum(units[i, c] for i, c in enumerate(chosen)) <= budget


CHEAP = {
    "none": cp.LEVELS["none"],
    "basic": cp.KamLevel("basic", 10_000, 1, 0.02),
    "team": cp.KamLevel("team", 30_000, 2, 0.04, -0.05),
}


def _uplift(accounts, plan, levels=cp.LEVELS):
    return cp.evaluate_programme(accounts, plan, levels=levels, n_sims=1).expected_uplift


@FEW
@given(st.integers(0, 20), st.integers(0, 12))
def test_optimal_plan_matches_brute_force_on_small_data(seed, budget_units):
    accounts = kamlab.make_accounts(7, seed=seed)
    budget = budget_units * 10_000
    plan = cp.plan_programme(accounts, budget_yuan=budget, levels=CHEAP, top_n=7)
    values = evaluation._level_values(evaluation._prepare(accounts, "t"), CHEAP, 3, 0.10)
    ids = list(evaluation._prepare(accounts, "t").ids)
    names, costs = ["none", "basic", "team"], [0, 10_000, 30_000]
    brute = max(
        sum(values[names[c]][i] - values["none"][i] for i, c in enumerate(combo))
        for combo in itertools.product(range(3), repeat=len(ids))
        if sum(costs[c] for c in combo) <= budget
    )
    assert _uplift(accounts, plan, CHEAP) == pytest.approx(brute, rel=1e-9, abs=1e-6)
    assert sum(CHEAP[v].annual_cost_yuan for v in plan.values()) <= budget


@pytest.fixture(scope="module")
def profiled(accounts):
    prep = evaluation._prepare(accounts, "t")
    values = evaluation._level_values(prep, cp.LEVELS, 3, 0.10)
    return prep, values


def _fast_uplift(profiled, plan):
    prep, values = profiled
    return sum(values[lv][prep.position[a]] - values["none"][prep.position[a]] for a, lv in plan.items())


def test_optimal_never_worse_than_other_rules_and_within_budget(accounts, profiled):
    prep = profiled[0]
    for budget in (0, 80_000, 330_000, 1_000_000, 2_500_000, 7_770_000):
        optimal = cp.plan_programme(accounts, budget_yuan=budget)
        best = _fast_uplift(profiled, optimal)
        assert best == pytest.approx(_uplift(accounts, optimal)) and best >= 0
        for rule in cp.RULES:
            for level in ("basic", "team"):
                for top_n in (1, 20, 60):
                    plan = planning._plan(prep, float(budget), rule, level, top_n, cp.LEVELS, 3, 0.10)
                    assert sum(cp.LEVELS[v].annual_cost_yuan for v in plan.values()) <= budget
                    assert _fast_uplift(profiled, plan) <= best + 1e-6, (budget, rule, level, top_n)
                    if rule != "optimal":
                        assert len(plan) <= top_n
    for rule in cp.RULES:  # the public function gives the same plans
        assert cp.plan_programme(accounts, budget_yuan=500_000, rule=rule, level="team", top_n=7) == planning._plan(
            prep, 500_000.0, rule, "team", 7, cp.LEVELS, 3, 0.10
        )


def test_budget_zero_is_the_baseline(accounts):
    for rule in cp.RULES:
        assert cp.plan_programme(accounts, budget_yuan=0, rule=rule) == {}
    r = cp.evaluate_programme(accounts, {}, n_sims=100)
    assert r.expected_uplift == 0 and r.p_worse == 0 and r.annual_cost == 0 and np.isnan(r.roi)
    assert (r.simulations["no_kam"] == r.simulations["programme"]).all()


def test_each_rule_on_the_default_data(accounts):
    table = cp.evaluate_programme(accounts, {}, n_sims=1).accounts
    top_revenue = list(table["account_id"].head(12))
    assert list(cp.plan_programme(accounts, budget_yuan=960_000, rule="revenue")) == top_revenue
    plan = cp.plan_programme(accounts, budget_yuan=960_000, rule="profit", level="team")
    assert len(plan) == 3 and set(plan.values()) == {"team"}
    by_profit = table.sort_values(["profit", "account_id"], ascending=[False, True])["account_id"]
    assert list(plan) == list(by_profit.head(3))
    plan = cp.plan_programme(accounts, budget_yuan=960_000, rule="attractiveness", top_n=5)
    assert len(plan) == 5
    att = evaluation._prepare(accounts, "t")
    ranked = [str(att.ids[k]) for k in np.lexsort((att.ids.astype(str), -att.attractiveness))[:5]]
    assert list(plan) == ranked
    plan = cp.plan_programme(accounts, budget_yuan=990_000, rule="stance")
    quadrant = table.set_index("account_id")["quadrant"]
    for account, level in plan.items():
        assert level == cp.STANCE_LEVELS[quadrant[account]]
    plan = cp.plan_programme(accounts, budget_yuan=1_000_000)
    assert sum(cp.LEVELS[v].annual_cost_yuan for v in plan.values()) <= 1_000_000 and len(plan) == 10


# ---- properties ---------------------------------------------------------------------------------------
@FEW
@given(st.integers(0, 60), st.integers(0, 60))
def test_more_budget_never_lowers_the_optimum(small, a, b):
    low, high = sorted((a * 50_000, b * 50_000))
    u_low = _uplift(small, cp.plan_programme(small, budget_yuan=low, levels=CHEAP), CHEAP)
    u_high = _uplift(small, cp.plan_programme(small, budget_yuan=high, levels=CHEAP), CHEAP)
    assert u_high >= u_low - 1e-6 and u_low >= -1e-9


@examples(25)
@given(
    st.sampled_from(STAGES),
    st.floats(0.0, 1.0),
    st.integers(0, 5),
    st.integers(0, 5),
    st.floats(0.0, 0.5),
    st.floats(0.0, 0.5),
)
def test_upgrading_never_lowers_retention_or_wallet(stage, share, up1, up2, g1, g2):
    lower = cp.KamLevel("lower", 10_000, min(up1, up2), min(g1, g2))
    higher = cp.KamLevel("higher", 20_000, max(up1, up2), max(g1, g2))
    levels = {"none": cp.LEVELS["none"], "lower": lower, "higher": higher}
    frame = _frame(
        _account("A1", share=share, stage=stage),
        _account("A2", share=share, stage=stage),
        _account("A3", share=share, stage=stage),
    )
    table = cp.evaluate_programme(frame, {"A2": "lower", "A3": "higher"}, levels=levels, n_sims=1).accounts.set_index(
        "account_id"
    )
    rows = [table.loc[a] for a in ("A1", "A2", "A3")]
    for before, after in zip(rows, rows[1:]):
        assert le(before["retention"], after["retention"])
        assert ordered(before["share_of_wallet_end"], after["share_of_wallet_end"], 1.0)


@pytest.mark.parametrize("stage", STAGES)
def test_default_levels_are_ordered(stage):
    frame = _frame(*(_account(a, share=0.97, stage=stage) for a in ("A1", "A2", "A3")))
    table = cp.evaluate_programme(frame, {"A2": "basic", "A3": "team"}, n_sims=1).accounts.set_index("account_id")
    for column in ("retention", "share_of_wallet_end"):
        values = list(table.loc[["A1", "A2", "A3"], column])
        assert values == sorted(values) and max(values) <= 1.0


@examples(8)
@given(st.randoms(use_true_random=False))
def test_results_do_not_depend_on_row_order(small, rnd):
    order = list(range(len(small)))
    rnd.shuffle(order)
    shuffled = small.iloc[order]
    before = shuffled.copy()
    for rule in ("optimal", "stance"):
        assert cp.plan_programme(shuffled, budget_yuan=500_000, rule=rule) == cp.plan_programme(
            small, budget_yuan=500_000, rule=rule
        )
    plan = cp.plan_programme(small, budget_yuan=500_000, rule="revenue")
    a = cp.evaluate_programme(small, plan, n_sims=100)
    b = cp.evaluate_programme(shuffled, plan, n_sims=100)
    pd.testing.assert_frame_equal(a.simulations, b.simulations)
    pd.testing.assert_frame_equal(a.accounts, b.accounts)
    pd.testing.assert_frame_equal(before, shuffled)


def test_same_seed_same_result(small):
    plan = cp.plan_programme(small, budget_yuan=400_000, rule="revenue")
    a, b = (cp.evaluate_programme(small, plan, n_sims=200, seed=5) for _ in range(2))
    pd.testing.assert_frame_equal(a.simulations, b.simulations)
    assert (
        cp.evaluate_programme(small, plan, n_sims=200, seed=6).simulations["no_kam"].iloc[0]
        != a.simulations["no_kam"].iloc[0]
    )
    g = cp.evaluate_programme(small, plan, n_sims=200, seed=np.random.default_rng(5))
    pd.testing.assert_frame_equal(g.simulations, a.simulations)
    assert cp.evaluate_programme(small, plan, n_sims=10, seed=None).n_sims == 10
    c1, c2 = cp.capstone(small, n_sims=100), cp.capstone(small, n_sims=100)
    assert c1.programme == c2.programme and c1.evaluation.simulations.equals(c2.evaluation.simulations)


# ---- the capstone --------------------------------------------------------------------------------------
def _check_capstone(c, n):
    assert c.n_key == round(0.2 * n) and len(c.key_accounts) == c.n_key
    o = c.overlap
    assert o["both"] + o["objective_only"] == c.n_key and o["objective_only"] == o["subjective_only"]
    assert o["jaccard"] == pytest.approx(o["both"] / (o["both"] + 2 * o["objective_only"]))
    k = c.key_accounts
    assert (k["revenue"].diff().dropna() <= 0).all()
    assert c.n_key_losing == int((k["profit"] < 0).sum()) and 0 <= c.top10_losing <= 10
    assert c.quadrant_counts.sum() == c.n_key and set(k["stance"]) <= {
        "invest",
        "invest_selectively",
        "maintain",
        "manage_for_cash",
    }
    e = c.evaluation
    assert e.annual_cost <= c.budget_yuan and e.programme == c.programme and e.budget_yuan == c.budget_yuan
    assert e.expected_uplift >= 0  # the optimum can always choose nothing
    assert list(c.steps()["step"]) == [1, 2, 3, 4, 5]


def test_capstone_on_the_shipped_data(accounts):
    c = cp.capstone(accounts)
    _check_capstone(c, 2000)
    assert (c.overlap["both"], c.overlap["objective_only"]) == (305, 95)
    assert c.n_key_losing == 29 and c.top10_losing == 2
    assert c.programme["A1268"] == "team" and len(c.programme) == 10
    assert c.evaluation.annual_cost == 970_000 and round(c.evaluation.expected_uplift) == 2_575_827
    assert c.evaluation.p_lose_top5 < c.evaluation.p_lose_top5_no_kam
    stance = cp.capstone(accounts, rule="stance")
    assert stance.evaluation.expected_uplift < c.evaluation.expected_uplift


@pytest.mark.parametrize("seed", [11, 222, 3333])
def test_capstone_on_personalised_data(seed):
    accounts = kamlab.make_accounts(seed=seed)
    c = cp.capstone(accounts, n_sims=300, seed=seed)
    _check_capstone(c, 2000)
    assert c.evaluation.expected_uplift > 0


def test_capstone_on_smaller_data(small):
    for rule in cp.RULES:
        c = cp.capstone(small, rule=rule, budget_yuan=300_000, n_sims=100)
        _check_capstone(c, 300) if rule == "optimal" else None
        assert c.evaluation.annual_cost <= 300_000


# ---- validation ----------------------------------------------------------------------------------------
def test_kam_level_validation():
    with pytest.raises(KamlabTypeError, match="KamLevel: parameter 'name'"):
        cp.KamLevel("", 0, 0, 0.0)
    with pytest.raises(KamlabValueError, match="KamLevel: parameter 'annual_cost_yuan' = -10000.0; expected >= 0"):
        cp.KamLevel("x", -10_000, 0, 0.0)
    with pytest.raises(KamlabValueError, match="whole multiple of 10000 yuan"):
        cp.KamLevel("x", 12_345, 0, 0.0)
    with pytest.raises(KamlabTypeError, match="KamLevel: parameter 'annual_cost_yuan' must be a number"):
        cp.KamLevel("x", "80k", 0, 0.0)
    with pytest.raises(KamlabValueError, match="parameter 'stages_up' = -1"):
        cp.KamLevel("x", 0, -1, 0.0)
    with pytest.raises(KamlabTypeError, match="parameter 'stages_up' must be an integer"):
        cp.KamLevel("x", 0, 1.5, 0.0)
    with pytest.raises(KamlabValueError, match="'wallet_gain_per_year' = 2.0 is a share outside"):
        cp.KamLevel("x", 0, 0, 2.0)
    with pytest.raises(KamlabValueError, match="'cost_to_serve_change' = -2.0; expected >= -1"):
        cp.KamLevel("x", 0, 0, 0.0, -2.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        cp.LEVELS["basic"].annual_cost_yuan = 1


def test_levels_and_programme_validation(small):
    a = _frame()
    with pytest.raises(KamlabTypeError, match="evaluate_programme: parameter 'levels' must be a dict"):
        cp.evaluate_programme(a, {}, levels=[1])
    with pytest.raises(KamlabTypeError, match="parameter 'levels' has a key 1"):
        cp.evaluate_programme(a, {}, levels={1: cp.LEVELS["none"]})
    with pytest.raises(KamlabTypeError, match=r"parameter 'levels\['basic'\]' must be a KamLevel"):
        cp.evaluate_programme(a, {}, levels={"none": cp.LEVELS["none"], "basic": 3})
    with pytest.raises(KamlabValueError, match="parameter 'levels' lacks 'none'"):
        cp.evaluate_programme(a, {}, levels={"basic": cp.LEVELS["basic"]})
    with pytest.raises(KamlabValueError, match=r"levels\['none'\]' = .*expected no cost"):
        cp.evaluate_programme(a, {}, levels={"none": cp.LEVELS["basic"]})
    with pytest.raises(KamlabTypeError, match="evaluate_programme: parameter 'programme' must be a dict"):
        cp.evaluate_programme(a, ["A1"])
    with pytest.raises(KamlabValueError, match="names account_id='Z9', which is not in accounts"):
        cp.evaluate_programme(a, {"Z9": "basic"})
    with pytest.raises(KamlabTypeError, match=r"parameter 'programme\['A1'\]' must be a level name \(str\), got int"):
        cp.evaluate_programme(a, {"A1": 2})
    with pytest.raises(KamlabValueError, match=r"parameter 'programme\['A1'\]' = 'gold'; expected one of 'none'"):
        cp.evaluate_programme(a, {"A1": "gold"})
    assert cp.check_programme({"A1": "none"}, ["A1"]) == {"A1": "none"}


def test_accounts_and_settings_validation():
    a = _frame()
    with pytest.raises(KamlabTypeError, match="evaluate_programme: parameter 'accounts' must be a pandas DataFrame"):
        cp.evaluate_programme([1], {})
    with pytest.raises(KamlabValueError, match="evaluate_programme: missing column 'category_spend'. Columns present"):
        cp.evaluate_programme(a.drop(columns="category_spend"), {})
    with pytest.raises(KamlabValueError, match="column 'relationship_stage' has 1 unknown values"):
        cp.evaluate_programme(a.assign(relationship_stage="friendly"), {})
    with pytest.raises(KamlabValueError, match="column 'share_of_wallet' has 1 above 1 value"):
        cp.evaluate_programme(a.assign(share_of_wallet=1.5), {})
    with pytest.raises(KamlabValueError, match="column 'category_spend' has 1 negative value"):
        cp.evaluate_programme(a.assign(category_spend=-1.0), {})
    with pytest.raises(KamlabValueError, match="column 'share_of_wallet' has 1 missing"):
        cp.evaluate_programme(a.assign(share_of_wallet=np.nan), {})
    with pytest.raises(KamlabValueError, match="parameter 'horizon_years' = 0; expected >= 1"):
        cp.evaluate_programme(a, {}, horizon_years=0)
    with pytest.raises(KamlabValueError, match="parameter 'discount_rate' = -0.1; expected >= 0"):
        cp.evaluate_programme(a, {}, discount_rate=-0.1)
    with pytest.raises(KamlabValueError, match="parameter 'discount_rate' must be a finite number, got nan"):
        cp.evaluate_programme(a, {}, discount_rate=float("nan"))
    with pytest.raises(KamlabValueError, match="parameter 'n_sims' = 0; expected >= 1"):
        cp.evaluate_programme(a, {}, n_sims=0)
    with pytest.raises(KamlabTypeError, match="parameter 'seed' must be an int, a numpy Generator or None"):
        cp.evaluate_programme(a, {}, seed="x")
    with pytest.raises(KamlabValueError, match="parameter 'seed' = -1; expected >= 0"):
        cp.evaluate_programme(a, {}, seed=-1)
    with pytest.raises(KamlabValueError, match="parameter 'simulate' = 'some'; expected one of 'all', 'programme'"):
        cp.evaluate_programme(a, {}, simulate="some")
    r = cp.evaluate_programme(a, {}, n_sims=5)
    with pytest.raises(KamlabValueError, match="ProgrammeResult.percentile: parameter 'arm' = 'kam'"):
        r.percentile(5, "kam")
    with pytest.raises(KamlabValueError, match="ProgrammeResult.percentile: parameter 'q' = 101.0"):
        r.percentile(101)


def test_plan_and_capstone_validation(small):
    with pytest.raises(KamlabValueError, match="plan_programme: parameter 'budget_yuan' = -1.0; expected >= 0"):
        cp.plan_programme(small, budget_yuan=-1)
    with pytest.raises(KamlabTypeError, match="plan_programme: parameter 'budget_yuan' must be a number"):
        cp.plan_programme(small, budget_yuan="1m")
    with pytest.raises(KamlabValueError, match="parameter 'rule' = 'luck'; expected one of 'optimal'"):
        cp.plan_programme(small, budget_yuan=1, rule="luck")
    with pytest.raises(KamlabTypeError, match="parameter 'level' must be a level name"):
        cp.plan_programme(small, budget_yuan=1, level=1)
    with pytest.raises(KamlabValueError, match="parameter 'level' = 'none'; expected one of 'basic', 'team'"):
        cp.plan_programme(small, budget_yuan=1, level="none")
    with pytest.raises(KamlabValueError, match="rule 'stance' needs levels 'basic' and 'team'; levels lack 'team'"):
        cp.plan_programme(
            small, budget_yuan=1, rule="stance", levels={"none": cp.LEVELS["none"], "basic": cp.LEVELS["basic"]}
        )
    with pytest.raises(KamlabValueError, match="parameter 'top_n' = 0; expected >= 1"):
        cp.plan_programme(small, budget_yuan=1, top_n=0)
    with pytest.raises(KamlabValueError, match="parameter 'top_n' = 301; expected <= 300"):
        cp.plan_programme(small, budget_yuan=1, top_n=301)
    with pytest.raises(KamlabValueError, match="capstone: parameter 'key_share' = 0.0 is a share outside"):
        cp.capstone(small, key_share=0.0)
    with pytest.raises(KamlabValueError, match="capstone: parameter 'budget_yuan' = -5.0"):
        cp.capstone(small, budget_yuan=-5)


# ---- compare_rules: every rule at one budget ----------------------------------------------------
@pytest.mark.parametrize("seed", [2027, 11])
def test_compare_rules_agrees_with_plan_and_evaluate(seed):
    accounts = kamlab.make_accounts(400, seed=seed)
    table = cp.compare_rules(accounts, budget_yuan=600_000, n_sims=200)
    assert table.index.tolist() == list(cp.RULES)
    assert (table["annual_cost"] <= 600_000).all()
    assert (table["expected_uplift"] <= table.loc["optimal", "expected_uplift"] + 1e-6).all()
    for rule in ("revenue", "stance"):
        programme = cp.plan_programme(accounts, budget_yuan=600_000, rule=rule)
        r = cp.evaluate_programme(accounts, programme, n_sims=200)
        assert table.loc[rule, "expected_uplift"] == pytest.approx(r.expected_uplift)
        assert table.loc[rule, "accounts_funded"] == len(programme)
        assert table.loc[rule, "p5"] == pytest.approx(r.percentile(5))
    assert cp.compare_rules(accounts, budget_yuan=0, n_sims=50)["expected_uplift"].abs().max() == 0


def test_compare_rules_optimal_row_repeats_the_capstone():
    """Issue #23, item 10: lesson 07's two tables agree because compare_rules and capstone share their
    defaults (scenarios, seed); with fewer scenarios the 5th percentile moves."""
    import inspect

    defaults = [
        inspect.signature(f).parameters for f in (cp.compare_rules.uncached, cp.capstone, cp.evaluate_programme)
    ]
    assert len({p["n_sims"].default for p in defaults}) == 1 and len({p["seed"].default for p in defaults}) == 1
    accounts = kamlab.make_accounts(300, seed=5)
    c = cp.capstone(accounts, budget_yuan=500_000, n_sims=400)
    row = cp.compare_rules.uncached(accounts, budget_yuan=500_000, n_sims=400).loc["optimal"]
    assert row["p5"] == c.evaluation.percentile(5) and row["p_lose_top5"] == c.evaluation.p_lose_top5
    assert row["expected_uplift"] == pytest.approx(c.evaluation.expected_uplift)
    fewer = cp.compare_rules.uncached(accounts, budget_yuan=500_000, n_sims=200).loc["optimal"]
    assert fewer["p5"] != row["p5"]
