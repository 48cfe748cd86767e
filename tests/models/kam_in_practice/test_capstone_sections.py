"""The capstone's evaluation, section by section (kamlab.models.kam_in_practice.capstone), and its
public entry point for the explorer (:func:`programme_planner`)."""

import dataclasses

import numpy as np
import pandas as pd
import pytest

import kamlab
from kamlab.analytics import STAGE_RETENTION
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models.kam_in_practice import capstone as cp
from kamlab.models.kam_in_practice.capstone import evaluation


def _account(account_id, revenue, *, stage="cooperative", share=0.5, spend=2_000_000.0):
    return {
        "account_id": account_id,
        "revenue": revenue,
        "gross_margin": 0.25,
        "discounts_rebates": 0.0,
        "category_spend": spend,
        "share_of_wallet": share,
        "relationship_stage": stage,
        "growth_trend": 0.0,
        "strategic_importance": 3,
        "sales_hours": 10.0,
        "service_hours": 0.0,
        "complaint_hours": 0.0,
        "orders_per_year": 0,
        "deliveries": 0,
        "promotion_support": 0.0,
    }


@pytest.fixture(scope="module")
def prep():
    rows = [
        _account("A3", 500_000.0),
        _account("A1", 1_000_000.0, stage="basic", share=0.98),
        _account("A2", 1_000_000.0, stage="integrated"),
    ]
    return evaluation._prepare(pd.DataFrame(rows), "test")


# ---- section 1: both arms ----------------------------------------------------------------------
def test_arms_fund_only_the_programme(prep):
    arms = evaluation._arms(prep, {"A1": "team"}, cp.LEVELS, 3)
    assert list(prep.ids) == ["A1", "A2", "A3"]
    assert list(arms.level_of) == ["team", "none", "none"]
    assert arms.cost.tolist() == [250_000.0, 0.0, 0.0]
    # team: two stages up (basic -> interdependent); others keep their stage's retention
    assert arms.prog_ret[0] == STAGE_RETENTION["interdependent"]
    assert arms.base_ret[0] == STAGE_RETENTION["basic"]
    assert arms.prog_ret[1:].tolist() == arms.base_ret[1:].tolist()
    # share of wallet +4 points a year, capped at 1; unfunded accounts keep theirs
    assert arms.sow_end.tolist() == [1.0, 0.5, 0.5]
    np.testing.assert_array_equal(arms.prog_profit[1:], arms.base_profit[1:])
    assert arms.base_profit.shape == (3, 3)
    # year 1 of A1 with a team: +2 points (0.98 -> 1.0) x 2 M spend x 25% margin, 5% cheaper to serve, minus the cost
    extra = (1.0 - 0.98) * 2_000_000.0 * 0.25 + 0.05 * prep.cost_to_serve[0] - 250_000.0
    assert arms.prog_profit[0, 0] - arms.base_profit[0, 0] == pytest.approx(extra)


def test_arms_of_an_empty_programme_are_equal(prep):
    arms = evaluation._arms(prep, {}, cp.LEVELS, 2)
    np.testing.assert_array_equal(arms.prog_profit, arms.base_profit)
    np.testing.assert_array_equal(arms.prog_ret, arms.base_ret)
    assert not arms.cost.any() and set(arms.level_of) == {"none"}


# ---- section 3: the Monte Carlo -----------------------------------------------------------------
def _expected(arms, rate=0.10):
    return evaluation._expected(arms.base_profit, arms.base_ret, rate), evaluation._expected(
        arms.prog_profit, arms.prog_ret, rate
    )


def test_simulate_is_seeded_and_uses_common_random_numbers(prep):
    arms = evaluation._arms(prep, {"A1": "team", "A3": "basic"}, cp.LEVELS, 3)
    exp_base, exp_prog = _expected(arms)
    a = evaluation._simulate(prep, arms, exp_base, exp_prog, 0.10, 500, 7, "all")
    b = evaluation._simulate(prep, arms, exp_base, exp_prog, 0.10, 500, 7, "all")
    np.testing.assert_array_equal(a.totals_prog, b.totals_prog)
    assert a.totals_base.shape == (500,) and a.lose_base.dtype == bool
    # a higher retention keeps an account in every scenario in which the lower one kept it
    assert not (a.lose_prog & ~a.lose_base).any()
    # the means approach the expected totals
    assert a.totals_base.mean() == pytest.approx(exp_base.sum(), rel=0.05)
    assert a.totals_prog.mean() == pytest.approx(exp_prog.sum(), rel=0.05)


def test_simulate_without_a_programme_gives_equal_arms(prep):
    arms = evaluation._arms(prep, {}, cp.LEVELS, 3)
    exp_base, exp_prog = _expected(arms)
    s = evaluation._simulate(prep, arms, exp_base, exp_prog, 0.10, 200, 1, "all")
    np.testing.assert_array_equal(s.totals_base, s.totals_prog)
    np.testing.assert_array_equal(s.lose_base, s.lose_prog)


def test_simulate_programme_adds_the_rest_as_expected_values():
    accounts = kamlab.make_accounts(40, seed=3)
    prep = evaluation._prepare(accounts, "test")
    arms = evaluation._arms(prep, {}, cp.LEVELS, 3)
    exp_base, exp_prog = _expected(arms)
    s = evaluation._simulate(prep, arms, exp_base, exp_prog, 0.10, 300, 5, "programme")
    top5 = np.argsort(-prep.revenue, kind="stable")[:5]
    rest = np.setdiff1d(np.arange(40), top5)
    years = np.arange(1, 4)
    cum = np.hstack([np.zeros((5, 1)), np.cumsum(arms.base_profit[top5] / 1.1**years, axis=1)])
    # every scenario's total = the rest's expected value + the kept years of the five largest
    lowest, highest = cum.min(axis=1).sum(), cum.max(axis=1).sum()
    assert (s.totals_base >= exp_base[rest].sum() + lowest - 1e-6).all()
    assert (s.totals_base <= exp_base[rest].sum() + highest + 1e-6).all()


# ---- section 4: the account table ---------------------------------------------------------------
def test_account_table_orders_by_revenue_then_id(prep):
    arms = evaluation._arms(prep, {"A2": "basic"}, cp.LEVELS, 3)
    exp_base, exp_prog = _expected(arms)
    exp_cost = evaluation._expected(np.repeat(arms.cost[:, None], 3, axis=1), arms.prog_ret, 0.10)
    table = evaluation._account_table(prep, arms, exp_base, exp_prog, exp_cost)
    assert table["account_id"].tolist() == ["A1", "A2", "A3"]
    assert table["level"].tolist() == ["none", "basic", "none"]
    np.testing.assert_allclose(table["expected_uplift"], table["expected"] - table["expected_no_kam"])
    assert table.loc[1, "expected_cost"] > 0 and table.loc[0, "expected_cost"] == 0


def test_evaluate_is_its_sections():
    accounts = kamlab.make_accounts(200, seed=9)
    top = accounts.nlargest(2, "revenue")["account_id"].tolist()
    r = cp.evaluate_programme(accounts, {top[0]: "team", top[1]: "basic"}, n_sims=300)
    assert r.programme == {top[0]: "team", top[1]: "basic"}
    assert r.expected_uplift == pytest.approx(r.accounts["expected_uplift"].sum())
    assert r.annual_cost == r.accounts["annual_cost"].sum()
    assert r.simulations.shape == (300, 2)


# ---- the explorer's entry point --------------------------------------------------------------------
@pytest.mark.parametrize("rule", cp.RULES)
def test_planner_run_equals_plan_then_evaluate(rule):
    accounts = kamlab.make_accounts(300, seed=4)
    planner = cp.programme_planner(accounts)
    assert planner.n_accounts == 300 and planner.total_revenue == pytest.approx(accounts["revenue"].sum())
    got = planner.run(budget_yuan=700_000, rule=rule, level="team", top_n=15, n_sims=150, seed=3)
    programme = cp.plan_programme(accounts, budget_yuan=700_000, rule=rule, level="team", top_n=15)
    want = cp.evaluate_programme(accounts, programme, n_sims=150, seed=3, simulate="programme")
    assert got.programme == want.programme and (got.rule, got.budget_yuan) == (rule, 700_000.0)
    assert dataclasses.replace(got, budget_yuan=None, rule=None).expected_uplift == want.expected_uplift
    pd.testing.assert_frame_equal(got.simulations, want.simulations)
    pd.testing.assert_frame_equal(got.accounts, want.accounts)


def test_planner_validation_names_the_caller():
    accounts = kamlab.make_accounts(30, seed=1)
    planner = cp.programme_planner(accounts)
    with pytest.raises(KamlabValueError, match="ProgrammePlanner.run: parameter 'top_n' = 31"):
        planner.run(budget_yuan=1e5, top_n=31)
    with pytest.raises(KamlabValueError, match="ProgrammePlanner.run: parameter 'rule' = 'best'"):
        planner.run(budget_yuan=1e5, rule="best")
    with pytest.raises(KamlabValueError, match="ProgrammePlanner.run: parameter 'budget_yuan'"):
        planner.run(budget_yuan=-1)
    with pytest.raises(KamlabTypeError, match="my_explorer: parameter 'accounts' must be a pandas DataFrame"):
        cp.programme_planner([1], func="my_explorer")
    with pytest.raises(KamlabValueError, match="programme_planner: parameter 'horizon_years' = 0"):
        cp.programme_planner(accounts, horizon_years=0)


def test_planner_and_compare_rules_check_rule_and_level_like_plan_programme():
    """The explorer's planner and compare_rules refuse what plan_programme refuses, naming themselves."""
    accounts = kamlab.make_accounts(120, seed=3)
    levels = {k: v for k, v in cp.LEVELS.items() if k != "team"}
    planner = cp.programme_planner(accounts, levels=levels)
    with pytest.raises(KamlabValueError, match=r"ProgrammePlanner.run: rule 'stance' needs levels 'basic' and 'team'"):
        planner.run(budget_yuan=300_000, rule="stance")
    with pytest.raises(KamlabTypeError, match=r"ProgrammePlanner.run: parameter 'level' must be a level name"):
        planner.run(budget_yuan=300_000, level=3)
    with pytest.raises(KamlabValueError, match=r"compare_rules: rule 'stance' needs levels"):
        cp.compare_rules(accounts, levels=levels, n_sims=10)
    with pytest.raises(KamlabValueError, match=r"compare_rules: parameter 'n_sims'"):
        cp.compare_rules(accounts, n_sims=0)
