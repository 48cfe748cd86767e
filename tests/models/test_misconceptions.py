"""Lesson 03 (the five misconceptions, M1-M5): models, plots and explorers of kamlab.models.misconceptions."""

import math
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kamlab
from kamlab.models import misconceptions as mc
from tests._floats import le, ordered

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ---- M1: concessions ---------------------------------------------------------------------------
def test_concession_by_hand():
    m = mc.ConcessionModel()  # m = 0.20, G = 0.6, k = 15
    assert m.volume_increase(0.0) == 0
    assert m.volume_increase(math.log(2) / 15) == pytest.approx(0.3)
    assert m.profit_index(0.05) == pytest.approx(0.15 * (1 + 0.6 * (1 - math.exp(-0.75))))
    assert m.profit_index(0.20) == pytest.approx(0.0)
    assert m.pays and 0.20 * 0.6 * 15 == pytest.approx(1.8)
    c = mc.concession_curve(m)
    # first-order condition at the best concession, break-even back at pi(0) = m
    assert m.marginal_profit(c.best_concession) == pytest.approx(0, abs=1e-9)
    assert m.profit_index(c.breakeven_concession) == pytest.approx(0.20, abs=1e-12)
    assert 0 < c.best_concession < c.breakeven_concession < 0.05
    # the chapter's 5% discount needs +33% volume; this response gives only +31.7%: profit falls
    assert m.volume_increase(0.05) < 1 / 3 and c.profit_change(0.05) < 0
    assert c.table["profit_index"].max() <= c.best_profit_index + 1e-12
    assert c.table.shape == (201, 4)


def test_no_concession_pays_when_mgk_is_small():
    m = mc.ConcessionModel(gross_margin=0.2, max_volume_gain=0.3, sensitivity=10)  # m G k = 0.6
    c = mc.concession_curve(m)
    assert not m.pays and c.best_concession == 0 == c.breakeven_concession and c.best_profit_gain == 0
    assert (np.diff(c.table["profit_index"]) <= 1e-15).all()


def test_non_price_support_is_the_same_story():
    c = mc.concession_curve(mc.NON_PRICE_SUPPORT)
    assert 0 < c.best_concession < c.breakeven_concession < mc.NON_PRICE_SUPPORT.gross_margin
    assert c.profit_change(2 * c.breakeven_concession) < 0


@SETTINGS
@given(m=st.floats(0.02, 1.0), g=st.floats(0, 3), k=st.floats(0.5, 200))
def test_concession_invariants(m, g, k):
    model = mc.ConcessionModel(gross_margin=m, max_volume_gain=g, sensitivity=k)
    c = mc.concession_curve(model, points=101)
    vol = c.table["volume_increase"].to_numpy()
    assert ((vol >= 0) & (vol <= g + 1e-12)).all() and (np.diff(vol) >= -1e-12).all()  # saturating
    assert (np.diff(vol, 2) <= 1e-9).all()  # diminishing returns
    assert c.best_profit_index >= m - 1e-12 and c.best_profit_index >= c.table["profit_index"].max() - 1e-9
    if model.pays:
        assert ordered(c.best_concession, c.breakeven_concession, m)
        assert model.profit_index(c.breakeven_concession) == pytest.approx(m, abs=1e-9)


# ---- M2: segment P&L ---------------------------------------------------------------------------
def test_segment_pnl_by_hand():
    p = mc.segment_pnl()
    s = p.summary
    # year 0: chains hold 40% of a 500 million market
    key = 5e8 * 0.4 * 0.20 * (0.10 - 0.04)
    sme = 5e8 * 0.6 * 0.30 * (0.25 - 0.09)
    assert s.loc[("sme_profit", 0), "profit"] == pytest.approx(key + sme) == pytest.approx(16.8e6)
    assert s.loc[("win_win", 0), "profit"] == pytest.approx(5e8 * 0.4 * 0.35 * 0.10 + sme - 6e6)
    assert s.loc[("sme_profit", 6), "chain_share"] == pytest.approx(0.76)
    # the SMEs-carry-profit plan shrinks every year; the win-win plan overtakes it in year 3
    sp = s.loc["sme_profit", "profit"].to_numpy()
    assert (np.diff(sp) < 0).all()
    assert p.crossover_year == 3 and p.winner == "win_win"
    assert p.totals["win_win"] > p.totals["sme_profit"]
    assert s.loc[("sme_profit", 6), "sme_profit_share"] < s.loc[("sme_profit", 0), "sme_profit_share"]
    assert len(p.table) == 2 * 2 * 7


def test_segment_pnl_without_chain_growth_sme_plan_wins():
    p = mc.segment_pnl(chain_share_gain=0.0)
    assert p.winner == "sme_profit" and p.crossover_year is None


@SETTINGS
@given(c0=st.floats(0, 1), gain=st.floats(-0.2, 0.2), years=st.integers(1, 12))
def test_segment_invariants(c0, gain, years):
    p = mc.segment_pnl(years=years, chain_share_start=c0, chain_share_gain=gain)
    share = p.summary["chain_share"]
    assert ((share >= 0) & (share <= 1)).all()
    rev = p.table.groupby(["plan", "year"])["revenue"].sum()
    assert (rev <= 5e8 + 1e-6).all()
    assert p.summary["profit"].to_numpy() == pytest.approx(
        (p.summary["key_profit"] + p.summary["sme_profit"] - p.summary["fixed_cost"]).to_numpy()
    )


# ---- M3: relationship stages -----------------------------------------------------------------
def test_stage_chain_by_hand():
    P = mc.TRADITIONAL.transition_matrix()
    assert np.allclose(P.sum(axis=1), 1) and (P >= 0).all()
    assert P[0, 1] == pytest.approx(0.1 * 0.7) and P[0, 5] == 0.3 and P[0, 0] == pytest.approx(1 - 0.3 - 0.07)
    assert P[4, 3] == pytest.approx(0.1 * 0.95) and P[5, 5] == 1
    one = mc.relationship_paths(
        mc.StageChain(0.0, 0.0, churn=(0.5,) * 5, yearly_margin=(100.0,) * 5), horizon_years=2, discount_rate=0.0
    )
    assert one.retention == 0.25 and one.clv == 150.0
    two = mc.relationship_paths(
        mc.StageChain(1.0, 0.0, churn=(0.0,) * 5, yearly_margin=(1, 2, 3, 4, 5)), horizon_years=3, discount_rate=0.1
    )
    assert two.table.loc[3, "interdependent"] == 1 and two.advanced_share == 1
    assert two.clv == pytest.approx(1 + 2 / 1.1 + 3 / 1.21)


def test_dedicated_kam_beats_the_traditional_approach():
    a, b = mc.relationship_paths(mc.TRADITIONAL), mc.relationship_paths(mc.DEDICATED_KAM)
    assert (round(a.retention, 3), round(b.retention, 3)) == (0.052, 0.322)
    assert b.advanced_share > 10 * a.advanced_share and b.clv > 2 * a.clv
    # a dedicated unit that costs more than the margins it wins loses
    dear = mc.relationship_paths(replace(mc.DEDICATED_KAM, yearly_cost=300_000.0))
    assert dear.clv < a.clv


@SETTINGS
@given(
    adv=st.floats(0, 0.5),
    back=st.floats(0, 0.5),
    churn=st.lists(st.floats(0, 1), min_size=5, max_size=5),
    h=st.integers(1, 15),
)
def test_stage_invariants(adv, back, churn, h):
    chain = mc.StageChain(adv, back, churn=tuple(churn))
    p = mc.relationship_paths(chain, horizon_years=h)
    probs = p.table[list(kamlab.analytics._common.STAGES) + ["lost"]]
    assert np.allclose(probs.sum(axis=1), 1) and (probs.to_numpy() >= -1e-12).all()
    assert (np.diff(p.table["retained"]) <= 1e-12).all()  # 'lost' absorbs
    lower = mc.relationship_paths(replace(chain, churn=tuple(min(1.0, c + 0.1) for c in churn)), horizon_years=h)
    assert lower.retention <= p.retention + 1e-12 and lower.clv <= p.clv + 1e-6


# ---- M4: portfolio risk ------------------------------------------------------------------------
def test_portfolio_by_hand():
    keep, clear = mc.portfolio_risk("keep", simulations=20_000), mc.portfolio_risk("clear", simulations=20_000)
    assert keep.hhi == pytest.approx(10_000 * (5 * (2000 / 14000) ** 2 + 400 * (10 / 14000) ** 2))
    assert clear.hhi == pytest.approx(2000) and kamlab.hhi(clear.revenues).index == pytest.approx(clear.hhi)
    assert keep.start_revenue == clear.start_revenue == 140e6
    assert keep.one_key_drop == pytest.approx(1 / 7) and clear.one_key_drop == pytest.approx(0.2)
    # cleared: one of five equal key accounts leaving is already a 20% drop, and a loss
    exact = 1 - 0.9**5
    assert clear.large_drop_probability == pytest.approx(exact, abs=0.01)
    assert clear.loss_probability == pytest.approx(exact, abs=0.01)
    two_or_more = 1 - 0.9**5 - 5 * 0.1 * 0.9**4
    assert two_or_more - 0.005 <= keep.large_drop_probability <= two_or_more + 0.015
    assert keep.expected_profit > clear.expected_profit
    assert keep.start_contribution == pytest.approx(1e8 * 0.12 + 4e7 * 0.15)


def test_portfolio_is_reproducible_and_seeded():
    a = mc.portfolio_risk("clear", simulations=300, seed=1)
    b = mc.portfolio_risk("clear", simulations=300, seed=1)
    pd.testing.assert_frame_equal(a.simulations, b.simulations)
    g = mc.portfolio_risk("clear", simulations=300, seed=np.random.default_rng(1))
    pd.testing.assert_frame_equal(a.simulations, g.simulations)
    none = mc.portfolio_risk("keep", simulations=50, key_leave_probability=0, sme_leave_probability=0)
    assert none.large_drop_probability == 0 and (none.simulations["revenue_change"] == 0).all()


@settings(max_examples=20, deadline=None)
@given(nk=st.integers(1, 12), p=st.floats(0, 1), strategy=st.sampled_from(mc.STRATEGIES))
def test_portfolio_invariants(nk, p, strategy):
    r = mc.portfolio_risk(strategy, key_accounts=nk, key_leave_probability=p, simulations=200, seed=3)
    assert 10_000 / len(r.revenues) - 1e-6 <= r.hhi <= 10_000 + 1e-6
    assert ((r.simulations["revenue_change"] <= 1e-12) & (r.simulations["revenue_change"] >= -1)).all()
    assert 0 <= r.large_drop_probability <= 1 and 0 <= r.loss_probability <= 1


# ---- M5: support -------------------------------------------------------------------------------
def test_support_by_hand():
    v = mc.support_value()
    s = v.summary
    without = sum(2e6 * 0.8**t / 1.1**t for t in range(10))
    assert s.loc["without", "account_value"] == pytest.approx(without)
    with_ = sum((2e6 * 1.1**t - 380_000) * 0.92**t / 1.1**t for t in range(10))
    assert s.loc["with", "account_value"] == pytest.approx(with_)
    assert s.loc["with", "order_growth"] == pytest.approx(0.5 * 0.2)
    assert v.value_ratio == pytest.approx(with_ / without)
    assert mc.support_value([]).value_ratio == pytest.approx(1.0)
    assert mc.support_value("timely_delivery").summary.loc["with", "retention"] == pytest.approx(0.85)


@SETTINGS
@given(chosen=st.sets(st.sampled_from(list(mc.SUPPORT_ACTIVITIES.index))), h=st.integers(1, 20))
def test_support_invariants(chosen, h):
    v = mc.support_value(sorted(chosen), horizon_years=h)
    s = v.summary
    assert le(s.loc["without", "sell_through"], s.loc["with", "sell_through"])
    assert le(s.loc["without", "retention"], s.loc["with", "retention"])
    assert s.loc["with", "support_cost"] == pytest.approx(mc.SUPPORT_ACTIVITIES.loc[sorted(chosen), "cost"].sum())
    cum = v.table[v.table.case == "without"]["cum_discounted_profit"]
    assert cum.is_monotonic_increasing


# ---- the lesson notebooks ----------------------------------------------------------------------
def _notebook(lang):
    from pathlib import Path

    import nbformat

    path = Path(__file__).resolve().parents[2] / "notebooks" / lang / "03_misconceptions.ipynb"
    return nbformat.read(path, as_version=4)


def test_notebooks_teach_each_misconception_with_its_numbers():
    zh, en = _notebook("zh"), _notebook("en")
    codes = [[c.source for c in nb.cells if c.cell_type == "code"] for nb in (zh, en)]
    assert codes[0] == codes[1]
    for name in ("concession", "segment", "stage", "portfolio", "support"):
        cells = [c for c in zh.cells if c.cell_type == "code" and f"{name}_explorer()" in c.source]
        assert len(cells) == 1 and "nbval-ignore-output" in cells[0].metadata.get("tags", [])
    prose = {
        lang: "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
        for lang, nb in (("zh", zh), ("en", en))
    }
    for phrase in ("过犹不及", "惟有共赢", "没有永恒的朋友", "误区一", "误区五"):
        assert phrase in prose["zh"], phrase
    printed = "\n".join(
        o.get("text", "") + str(o.get("data", {}).get("text/plain", ""))
        for c in en.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
    )
    c = mc.concession_curve()
    s = mc.support_value()
    paths = mc.relationship_paths(mc.DEDICATED_KAM)
    clear = mc.portfolio_risk("clear")
    quoted = [
        f"{c.best_concession:.1%}",
        f"{c.breakeven_concession:.1%}",
        f"{c.best_profit_gain:.1%}",
        f"{mc.segment_pnl().totals['win_win'] / 1e4:,.0f}",
        f"{100 * paths.retention:.1f}",
        f"{100 * clear.large_drop_probability:.1f}",
        f"{s.value_ratio:.2f}",
    ]
    for number in quoted:
        assert number.replace(",", "") in printed.replace(",", ""), number
        for lang in ("zh", "en"):
            assert number in prose[lang], (lang, number)


def test_portfolio_risk_exact_values_are_the_lessons():
    """Issue #23, item 13: the exact chance of a large drop (1 - 0.9^5 = 0.40951 once cleared) and the exact
    expected profit come from the model, and the simulation estimates them within a few standard errors."""
    from kamlab.models import misconceptions as mc

    keep, clear = mc.portfolio_risk("keep"), mc.portfolio_risk("clear")
    assert clear.large_drop_exact == pytest.approx(1 - 0.9**5, abs=1e-12)
    # kept: two key accounts must leave (the SMEs add a tiny tail: many of them leaving together)
    assert keep.large_drop_exact == pytest.approx(1 - 0.9**5 - 5 * 0.1 * 0.9**4, abs=1e-8)
    assert keep.expected_profit_exact == pytest.approx(2_200_000) and clear.expected_profit_exact == pytest.approx(
        1_120_000
    )
    for r in (keep, clear):
        assert abs(r.large_drop_probability - r.large_drop_exact) < 3 * r.large_drop_se
    # no SMEs and a threshold of one account: 1 - P(nobody leaves)
    lone = mc.portfolio_risk("keep", smes=0, key_accounts=3, key_leave_probability=0.2)
    assert lone.large_drop_exact == pytest.approx(1 - 0.8**3)
    certain = mc.portfolio_risk("keep", key_leave_probability=0.0, sme_leave_probability=1.0)
    assert certain.large_drop_exact == pytest.approx(1.0)  # all SMEs (28.6% of revenue) leave
