"""M1 (kamlab.models.misconceptions.concessions): concessions with diminishing returns."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamlab.models import misconceptions as mc
from tests._examples import examples
from tests._floats import ordered

SETTINGS = examples(40)


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
