"""I4 (kamlab.models.why_kam.breakeven): the chapter's 33% rule."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import why_kam
from tests._examples import examples

SETTINGS = examples(40)


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


@pytest.mark.parametrize(
    "call, err, msg",
    [
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
def test_validation(call, err, msg):
    with pytest.raises(err, match=msg):
        call()
