"""M5 (kamlab.models.misconceptions.support): support activities and account value."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamlab.models import misconceptions as mc
from tests._examples import examples
from tests._floats import le

SETTINGS = examples(40)


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
