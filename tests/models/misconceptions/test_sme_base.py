"""M4 (kamlab.models.misconceptions.sme_base): keeping or clearing the SME base."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
from kamlab.models import misconceptions as mc
from tests._examples import examples


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


@examples(20)
@given(nk=st.integers(1, 12), p=st.floats(0, 1), strategy=st.sampled_from(mc.STRATEGIES))
def test_portfolio_invariants(nk, p, strategy):
    r = mc.portfolio_risk(strategy, key_accounts=nk, key_leave_probability=p, simulations=200, seed=3)
    assert 10_000 / len(r.revenues) - 1e-6 <= r.hhi <= 10_000 + 1e-6
    assert ((r.simulations["revenue_change"] <= 1e-12) & (r.simulations["revenue_change"] >= -1)).all()
    assert 0 <= r.large_drop_probability <= 1 and 0 <= r.loss_probability <= 1


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
