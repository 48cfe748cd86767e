"""M2 (kamlab.models.misconceptions.segments): the segment P&L while the chains grow."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamlab.models import misconceptions as mc
from tests._examples import examples

SETTINGS = examples(40)


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
