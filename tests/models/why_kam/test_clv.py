"""I2 (kamlab.models.why_kam.clv): the customer-lifetime-value scenario."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import why_kam
from tests._examples import examples

SETTINGS = examples(40)


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
    ],
)
def test_validation(call, err, msg):
    with pytest.raises(err, match=msg):
        call()
