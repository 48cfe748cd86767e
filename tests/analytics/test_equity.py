"""Margin multiple, CLV, customer equity and CLV elasticities (Gupta & Lehmann)."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamlab.analytics import (
    STAGE_RETENTION,
    clv_elasticities,
    customer_equity,
    customer_lifetime_value,
    customer_profit,
    margin_multiple,
    margin_multiple_table,
)

from .frames import make_frame


def brute_force_multiple(r, i, g=0.0, timing="end", years=3000):
    """Peer check: sum the discounted expected margins year by year."""
    t = np.arange(years)
    terms = (r * (1 + g) / (1 + i)) ** t
    total = terms.sum()
    return total if timing == "now" else total * r / (1 + i)


def test_gupta_lehmann_known_values():
    assert margin_multiple(0.8, 0.12) == pytest.approx(2.5)
    assert margin_multiple(0.8, 0.12, timing="now") == pytest.approx(3.5)  # (1 + i) / (1 + i - r)
    assert margin_multiple(0.8, 0.12, growth=0.05) == pytest.approx(0.8 / (1.12 - 0.84))
    assert margin_multiple(0.9, 0.10) == pytest.approx(4.5)
    assert margin_multiple(0.0, 0.10) == 0.0
    assert margin_multiple(0.8, 0.12, horizon_years=1) == pytest.approx(0.8 / 1.12)
    assert margin_multiple(0.8, 0.12, timing="now", horizon_years=1) == 1.0
    # retention 1 converges when discounting is positive
    assert margin_multiple(1.0, 0.10) == pytest.approx(10.0)


@given(st.floats(0, 0.99), st.floats(0.0, 0.3), st.floats(-0.5, 0.1), st.sampled_from(["end", "now"]))
def test_closed_form_matches_brute_force_sum(r, i, g, timing):
    if r * (1 + g) >= (1 + i) * 0.995:
        return
    assert margin_multiple(r, i, growth=g, timing=timing) == pytest.approx(
        brute_force_multiple(r, i, g, timing), rel=1e-6
    )
    assert margin_multiple(r, i, growth=g, timing=timing, horizon_years=40) == pytest.approx(
        brute_force_multiple(r, i, g, timing, years=40), rel=1e-9
    )


@given(st.floats(0.0, 0.95), st.floats(0.0, 0.95), st.floats(0.01, 0.3))
def test_multiple_increases_with_retention(r1, r2, i):
    lo, hi = sorted((r1, r2))
    assert margin_multiple(lo, i) <= margin_multiple(hi, i) + 1e-12


def test_divergence_is_an_error():
    with pytest.raises(
        ValueError,
        match=r"margin_multiple: retention x \(1 \+ growth\) = 1.05 is not below 1 \+ discount_rate = 1.05.*horizon_years",
    ):
        margin_multiple(1.0, 0.05, growth=0.05)
    with pytest.raises(ValueError, match=r"not below 1 \+ discount_rate"):
        margin_multiple(1.0, 0.0)  # keep every customer forever, no discounting: infinite
    assert margin_multiple(0.95, 0.0) == pytest.approx(19.0)  # i = 0 converges while r < 1
    assert margin_multiple(1.0, 0.05, growth=0.05, horizon_years=10) == pytest.approx(10 / 1.05)


def test_margin_multiple_validation():
    with pytest.raises(ValueError, match=r"'retention' = 1.2 is a share outside \[0, 1\]"):
        margin_multiple(1.2, 0.1)
    with pytest.raises(ValueError, match=r"'discount_rate' = -0.1; expected >= 0"):
        margin_multiple(0.8, -0.1)
    with pytest.raises(ValueError, match=r"'growth' = -1.0; expected > -1"):
        margin_multiple(0.8, 0.1, growth=-1.0)
    with pytest.raises(ValueError, match=r"'timing' = 'start'; expected one of 'end', 'now'"):
        margin_multiple(0.8, 0.1, timing="start")
    with pytest.raises(ValueError, match=r"'horizon_years' = 0; expected >= 1"):
        margin_multiple(0.8, 0.1, horizon_years=0)
    with pytest.raises(TypeError, match=r"'horizon_years' must be an integer"):
        margin_multiple(0.8, 0.1, horizon_years=2.5)
    with pytest.raises(TypeError, match=r"'retention' must be a number"):
        margin_multiple("80%", 0.1)


def test_margin_multiple_table():
    table = margin_multiple_table([0.6, 0.8, 1.0], [0.0, 0.12])
    assert table.loc[0.8, 0.12] == pytest.approx(2.5)
    assert np.isnan(table.loc[1.0, 0.0])  # diverges: shown as NaN
    with pytest.raises(
        ValueError, match=r"margin_multiple_table: parameter 'retentions' item 0 = 1.5; expected a rate in \[0, 1\]"
    ):
        margin_multiple_table([1.5], [0.1])
    with pytest.raises(ValueError, match=r"'discount_rates' has 1 negative values"):
        margin_multiple_table([0.5], [-0.1])
    with pytest.raises(ValueError, match=r"'timing' = 'x'"):
        margin_multiple_table([0.5], [0.1], timing="x")


# --- elasticities ---
@given(st.floats(0.05, 0.95), st.floats(0.01, 0.3), st.floats(-0.2, 0.1), st.sampled_from(["end", "now"]))
def test_elasticities_match_finite_differences(r, i, g, timing):
    if r * (1 + g) >= (1 + i) * 0.98 or abs(g) < 1e-3:
        return
    e = clv_elasticities(r, i, growth=g, timing=timing)
    h = 1e-6

    def numeric(name, x):
        kw = {"retention": r, "discount_rate": i, "growth": g}
        up, down = dict(kw, **{name: x * (1 + h)}), dict(kw, **{name: x * (1 - h)})
        f = lambda k: margin_multiple(k["retention"], k["discount_rate"], growth=k["growth"], timing=timing)  # noqa: E731
        return (np.log(f(up)) - np.log(f(down))) / (np.log(1 + h) - np.log(1 - h))

    if r * (1 + h) <= 1:
        assert e["retention"] == pytest.approx(numeric("retention", r), rel=1e-4, abs=1e-6)
    assert e["discount_rate"] == pytest.approx(numeric("discount_rate", i), rel=1e-4, abs=1e-6)
    assert e["growth"] == pytest.approx(numeric("growth", g), rel=1e-4, abs=1e-6)
    assert e["margin"] == 1.0


@given(st.floats(0.3, 0.95), st.floats(0.01, 0.3))
def test_retention_is_the_biggest_lever(r, i):
    e = clv_elasticities(r, i)
    assert e["retention"] > e["margin"] > abs(e["discount_rate"])


def test_elasticities_known():
    e = clv_elasticities(0.8, 0.12)
    assert e["retention"] == pytest.approx(3.5) and e["discount_rate"] == pytest.approx(-0.375)
    with pytest.raises(ValueError, match=r"clv_elasticities: retention x \(1 \+ growth\)"):
        clv_elasticities(1.0, 0.0)
    with pytest.raises(ValueError, match=r"clv_elasticities: parameter 'timing'"):
        clv_elasticities(0.8, 0.1, timing="later")


# --- per account and portfolio ---
def test_clv_per_account(accounts):
    clv = customer_lifetime_value(accounts)
    profit = customer_profit(accounts)
    expected_r = accounts["relationship_stage"].map(STAGE_RETENTION).to_numpy()
    np.testing.assert_allclose(clv["retention"], expected_r)
    np.testing.assert_allclose(clv["clv"], profit["profit"] * expected_r / (1.10 - expected_r))
    flat = customer_lifetime_value(accounts, retention=0.8, discount_rate=0.12)
    np.testing.assert_allclose(flat["clv"], profit["profit"] * 2.5)
    col = customer_lifetime_value(accounts.assign(r=0.5), retention="r", growth="growth_trend")
    np.testing.assert_allclose(col["growth"], accounts["growth_trend"])
    assert customer_equity(accounts, retention=0.8, discount_rate=0.12) == pytest.approx(profit["profit"].sum() * 2.5)
    finite = customer_lifetime_value(accounts, retention=1.0, discount_rate=0.0, horizon_years=3)
    np.testing.assert_allclose(finite["clv"], profit["profit"] * 3)


@given(st.integers(0, 10_000))
def test_customer_equity_order_free_and_monotone_in_retention(seed):
    frame = make_frame(10, seed=seed)
    a = customer_equity(frame, retention=0.7)
    assert customer_equity(frame.iloc[::-1], retention=0.7) == pytest.approx(a)
    b = customer_equity(frame, retention=0.8)
    total_profit = customer_profit(frame)["profit"].sum()
    assert (b - a) * np.sign(total_profit) >= -1e-6


def test_clv_validation(accounts):
    with pytest.raises(
        ValueError, match=r"customer_lifetime_value: account_id='A000' has retention x \(1 \+ growth\) = 1.1"
    ):
        customer_lifetime_value(accounts, retention=1.0, discount_rate=0.05, growth=0.1)
    with pytest.raises(ValueError, match=r"parameter 'retention' \(a stage -> rate dict\) lacks integrated"):
        customer_lifetime_value(accounts, retention={k: v for k, v in STAGE_RETENTION.items() if k != "integrated"})
    with pytest.raises(ValueError, match=r"'retention\['basic'\]' = 1.5 is a share outside"):
        customer_lifetime_value(accounts, retention=dict(STAGE_RETENTION, basic=1.5))
    with pytest.raises(ValueError, match=r"retention by stage needs column 'relationship_stage'"):
        customer_lifetime_value(accounts.drop(columns="relationship_stage"))
    with pytest.raises(ValueError, match=r"column 'relationship_stage' has 1 unknown values"):
        customer_lifetime_value(accounts.assign(relationship_stage=["x"] + ["basic"] * (len(accounts) - 1)))
    with pytest.raises(ValueError, match=r"column 'r' has 1 above 1 value"):
        customer_lifetime_value(accounts.assign(r=[2.0] + [0.5] * (len(accounts) - 1)), retention="r")
    with pytest.raises(
        TypeError, match=r"parameter 'retention' must be a number, a column name or a stage -> rate dict, got list"
    ):
        customer_lifetime_value(accounts, retention=[0.8])
    with pytest.raises(TypeError, match=r"parameter 'growth' must be a number or a column name, got a dict"):
        customer_lifetime_value(accounts, growth={"basic": 0.1})
    with pytest.raises(ValueError, match=r"parameter 'growth' = -1.5; expected > -1"):
        customer_lifetime_value(accounts, growth=-1.5)
    with pytest.raises(ValueError, match=r"customer_lifetime_value: parameter 'discount_rate' = -0.2"):
        customer_lifetime_value(accounts, discount_rate=-0.2)
    with pytest.raises(TypeError, match=r"customer_equity: unknown keyword 'rate'"):
        customer_equity(accounts, rate=0.1)
