"""I3 (kamlab.models.why_kam.retention): loyal vs transactional accounts."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import why_kam
from tests._examples import examples
from tests._floats import le

SETTINGS = examples(40)


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


@pytest.mark.parametrize(
    "call, err, msg",
    [
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
    ],
)
def test_validation(call, err, msg):
    with pytest.raises(err, match=msg):
        call()
