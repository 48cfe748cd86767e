"""TDABC cost to serve, customer profit, whale curve, profit by tier, break-even."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamlab.analytics import (
    DEFAULT_COST_MODEL,
    Activity,
    ResourcePool,
    TimeDrivenABC,
    WhaleCurve,
    breakeven_table,
    breakeven_volume_increase,
    cost_to_serve,
    customer_profit,
    profit_by_tier,
    unused_capacity,
    whale_curve,
)

from .frames import make_frame


# --- break-even (chapter I4) ---
def test_chapter_33_percent():
    assert breakeven_volume_increase(0.20, 0.05) == pytest.approx(1 / 3)
    # the chapter's equation: 0.20 = 0.15 x (1 + x)
    x = breakeven_volume_increase(0.20, 0.05)
    assert 0.15 * (1 + x) == pytest.approx(0.20)
    assert breakeven_volume_increase(0.40, 0.0) == 0.0
    assert breakeven_volume_increase(0.30, 0.10) == pytest.approx(0.5)


@given(st.floats(0.01, 1.0), st.floats(0.0, 0.99), st.floats(0.0, 0.99))
def test_breakeven_increasing_in_discount(m, d1, d2):
    lo, hi = sorted((d1 * m, d2 * m))
    assert breakeven_volume_increase(m, lo) <= breakeven_volume_increase(m, hi) + 1e-12
    assert breakeven_volume_increase(m, lo) >= 0
    # gross profit is unchanged at the break-even volume
    assert (m - hi) * (1 + breakeven_volume_increase(m, hi)) == pytest.approx(m)


def test_breakeven_no_volume_can_compensate():
    with pytest.raises(
        ValueError,
        match=r"breakeven_volume_increase: discount 0.2 is not below the gross margin 0.2.*no increase in volume can restore the gross profit",
    ):
        breakeven_volume_increase(0.20, 0.20)
    with pytest.raises(ValueError, match=r"no increase in volume"):
        breakeven_volume_increase(0.10, 0.25)


@pytest.mark.parametrize(
    "m, d, exc, match",
    [
        (0.0, 0.05, ValueError, r"'gross_margin' = 0.0 is a share outside \(0, 1\]"),
        (1.2, 0.05, ValueError, r"'gross_margin' = 1.2"),
        (0.2, 1.0, ValueError, r"'discount' = 1.0 is a share outside \[0, 1\)"),
        (0.2, -0.1, ValueError, r"'discount' = -0.1"),
        ("20%", 0.05, TypeError, r"'gross_margin' must be a number"),
        (0.2, None, TypeError, r"'discount' must be a number"),
    ],
)
def test_breakeven_validation(m, d, exc, match):
    with pytest.raises(exc, match=match):
        breakeven_volume_increase(m, d)


def test_breakeven_table():
    table = breakeven_table([0.2, 0.4], [0.0, 0.05, 0.2, 0.5])
    assert table.loc[0.2, 0.05] == pytest.approx(1 / 3)
    assert math.isnan(table.loc[0.2, 0.2]) and math.isnan(table.loc[0.4, 0.5])
    assert table.loc[0.4, 0.2] == pytest.approx(1.0)
    assert np.all(np.diff(table.loc[0.4].to_numpy()[:3]) > 0)
    with pytest.raises(
        ValueError, match=r"breakeven_table: parameter 'margins' item 1 = 0.0; expected a gross margin in \(0, 1\]"
    ):
        breakeven_table([0.2, 0.0], [0.05])
    with pytest.raises(ValueError, match=r"parameter 'discounts' item 0 = 1.0; expected a discount in \[0, 1\)"):
        breakeven_table([0.2], [1.0])
    with pytest.raises(ValueError, match=r"parameter 'discounts' has 1 negative values"):
        breakeven_table([0.2], [-0.1])
    with pytest.raises(ValueError, match=r"parameter 'margins' is empty"):
        breakeven_table([], [0.1])


# --- TDABC ---
def test_default_rates_match_calibration():
    rates = DEFAULT_COST_MODEL.rates().set_index("activity")["cost_per_unit"]
    assert rates.to_dict() == pytest.approx(
        {
            "sales_time": 400.0,
            "service_time": 250.0,
            "complaint_handling": 250.0,
            "order_processing": 150.0,
            "delivery": 300.0,
        }
    )
    pools = {p.name: p for p in DEFAULT_COST_MODEL.pools}
    assert pools["sales"].cost_per_minute == pytest.approx(400 / 60)
    assert pools["sales"].practical_capacity == 28 * 1600 * 60


def one_account(**overrides):
    row = {
        "account_id": "A1",
        "revenue": 100_000.0,
        "gross_margin": 0.25,
        "discounts_rebates": 5_000.0,
        "sales_hours": 10.0,
        "service_hours": 4.0,
        "complaint_hours": 2.0,
        "orders_per_year": 5,
        "deliveries": 6,
        "promotion_support": 1000.0,
    }
    row.update(overrides)
    return pd.DataFrame([row])


def test_cost_to_serve_and_profit_by_hand():
    costs = cost_to_serve(one_account()).iloc[0]
    assert costs["sales_time"] == pytest.approx(4000)
    assert costs["service_time"] == pytest.approx(1000)
    assert costs["complaint_handling"] == pytest.approx(500)
    assert costs["order_processing"] == pytest.approx(750)
    assert costs["delivery"] == pytest.approx(1800)
    assert costs["promotion_support"] == 1000
    assert costs["cost_to_serve"] == pytest.approx(9050)
    profit = customer_profit(one_account()).iloc[0]
    assert profit["cost_of_goods"] == pytest.approx(75_000)
    assert profit["profit"] == pytest.approx(100_000 - 75_000 - 5_000 - 9_050)
    assert profit["profit_margin"] == pytest.approx(10_950 / 100_000)
    zero = customer_profit(one_account(revenue=0.0))
    assert math.isnan(zero["profit_margin"].iloc[0])


def test_custom_model_and_unused_capacity():
    model = TimeDrivenABC(
        pools=(ResourcePool("desk", 1200.0, 600.0),),  # 2 yuan per minute
        activities=(Activity("order_processing", "desk", "orders_per_year", 30),),
        direct_costs=(),
    )
    costs = cost_to_serve(one_account(orders_per_year=4), model=model)
    assert costs["cost_to_serve"].iloc[0] == pytest.approx(4 * 30 * 2)
    cap = unused_capacity(one_account(orders_per_year=4), model=model).iloc[0]
    assert cap["used_minutes"] == 120 and cap["unused_minutes"] == 480
    assert cap["unused_cost"] == pytest.approx(960) and cap["utilisation"] == pytest.approx(0.2)
    over = unused_capacity(one_account(orders_per_year=40), model=model).iloc[0]
    assert over["unused_minutes"] < 0


@given(st.integers(0, 10_000), st.integers(1, 20))
def test_costs_add_up_and_capacity_balances(seed, n):
    frame = make_frame(n, seed=seed)
    costs = cost_to_serve(frame)
    parts = costs.drop(columns=["account_id", "cost_to_serve"]).sum(axis=1)
    np.testing.assert_allclose(parts, costs["cost_to_serve"])
    cap = unused_capacity(frame)
    # every minute charged to an account is a used minute of some pool
    tdabc_cost = costs.drop(columns=["account_id", "cost_to_serve", "promotion_support"]).to_numpy().sum()
    assert cap["used_cost"].sum() == pytest.approx(tdabc_cost)
    np.testing.assert_allclose(cap["used_cost"] + cap["unused_cost"], cap["capacity_cost"])
    profit = customer_profit(frame)
    np.testing.assert_allclose(
        profit["profit"], frame["revenue"] * frame["gross_margin"] - frame["discounts_rebates"] - costs["cost_to_serve"]
    )


def test_model_validation():
    with pytest.raises(ValueError, match=r"ResourcePool 'x': 'capacity_cost' = -1.0; expected a finite number > 0"):
        ResourcePool("x", -1, 10)
    with pytest.raises(TypeError, match=r"ResourcePool 'x': 'practical_capacity' must be a number"):
        ResourcePool("x", 1, "10")
    with pytest.raises(TypeError, match=r"ResourcePool: 'name' must be a non-empty str"):
        ResourcePool("", 1, 10)
    with pytest.raises(ValueError, match=r"Activity 'a': 'minutes_per_unit' = 0.0"):
        Activity("a", "p", "orders_per_year", 0)
    with pytest.raises(TypeError, match=r"Activity: 'driver' must be a non-empty str"):
        Activity("a", "p", None, 1)
    pool = ResourcePool("p", 1, 1)
    with pytest.raises(ValueError, match=r"TimeDrivenABC: activity 'a' uses pool 'q'; expected one of p"):
        TimeDrivenABC((pool,), (Activity("a", "q", "deliveries", 1),))
    with pytest.raises(ValueError, match=r"'pools' has duplicated names \['p'\]"):
        TimeDrivenABC((pool, pool), (Activity("a", "p", "deliveries", 1),))
    with pytest.raises(ValueError, match=r"'activities' is empty"):
        TimeDrivenABC((pool,), ())
    with pytest.raises(TypeError, match=r"'pools' must hold ResourcePool objects, got dict"):
        TimeDrivenABC(({"name": "p"},), (Activity("a", "p", "deliveries", 1),))
    with pytest.raises(TypeError, match=r"'pools' must be a sequence of ResourcePool, got str"):
        TimeDrivenABC("p", (Activity("a", "p", "deliveries", 1),))
    with pytest.raises(TypeError, match=r"'direct_costs' must be a tuple of column names"):
        TimeDrivenABC((pool,), (Activity("a", "p", "deliveries", 1),), direct_costs="promotion_support")
    with pytest.raises(TypeError, match=r"cost_to_serve: parameter 'model' must be a TimeDrivenABC, got dict"):
        cost_to_serve(one_account(), model={})


def test_profit_input_validation():
    with pytest.raises(
        ValueError,
        match=r"customer_profit: column 'gross_margin' has 1 above 1 value \(first: account_id='A1', gross_margin=1.5\)",
    ):
        customer_profit(one_account(gross_margin=1.5))
    with pytest.raises(ValueError, match=r"cost_to_serve: column 'deliveries' has 1 negative value"):
        cost_to_serve(one_account(deliveries=-1))
    with pytest.raises(ValueError, match=r"customer_profit: missing column 'discounts_rebates'"):
        customer_profit(one_account().drop(columns="discounts_rebates"))
    with pytest.raises(ValueError, match=r"unused_capacity: missing column 'sales_hours'"):
        unused_capacity(one_account().drop(columns="sales_hours"))
    with pytest.raises(ValueError, match=r"customer_profit: column 'revenue' has 1 negative value"):
        customer_profit(one_account(revenue=-5.0))


# --- whale curve ---
def test_whale_known():
    a = pd.DataFrame({"account_id": ["A", "B", "C", "D"], "profit": [50.0, -30.0, 100.0, -20.0]})
    w = whale_curve(a, profit="profit")
    assert isinstance(w, WhaleCurve)
    assert w.table["account_id"].tolist() == ["C", "A", "D", "B"]
    assert w.table["cum_profit"].tolist() == [100.0, 150.0, 130.0, 100.0]
    assert (w.peak_profit, w.peak_rank, w.total_profit) == (150.0, 2, 100.0)
    assert w.peak_share == 1.5 and w.loss_from_unprofitable == 50.0 and w.peak_account_share == 0.5
    losers = whale_curve(a.assign(profit=[-1.0, -2.0, -3.0, -4.0]), profit="profit")
    assert losers.peak_rank == 0 and losers.peak_profit == 0.0 and math.isnan(losers.peak_share)


@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=40))
def test_whale_invariants(profits):
    a = pd.DataFrame({"account_id": [f"A{i:02d}" for i in range(len(profits))], "profit": profits})
    w = whale_curve(a, profit="profit")
    cum = w.table["cum_profit"].to_numpy()
    assert w.peak_profit >= max(cum.max(), 0) - 1e-6
    assert w.total_profit == pytest.approx(sum(profits), abs=1e-6)
    assert np.all(np.diff(cum[: w.peak_rank]) >= -1e-9)  # rising up to the peak
    assert np.all(np.diff(cum[w.peak_rank :]) <= 1e-9)  # falling after it
    assert w.loss_from_unprofitable >= -1e-6
    shuffled = whale_curve(a.iloc[::-1], profit="profit")
    assert shuffled.table["account_id"].tolist() == w.table["account_id"].tolist()


def test_whale_from_accounts_has_revenue_rank(accounts):
    w = whale_curve(accounts)
    assert sorted(w.table["revenue_rank"]) == list(range(1, len(accounts) + 1))
    profit = customer_profit(accounts)
    assert w.total_profit == pytest.approx(profit["profit"].sum())


def test_whale_validation(accounts):
    with pytest.raises(TypeError, match=r"whale_curve: parameter 'profit' must be a column name"):
        whale_curve(accounts, profit=1)
    with pytest.raises(ValueError, match=r"whale_curve: missing column 'margin'"):
        whale_curve(accounts, profit="margin")
    with pytest.raises(ValueError, match=r"whale_curve: column 'p' has 1 missing \(NaN\) value"):
        whale_curve(pd.DataFrame({"account_id": ["a", "b"], "p": [1.0, np.nan]}), profit="p")
    with pytest.raises(TypeError, match=r"whale_curve: parameter 'model' must be a TimeDrivenABC"):
        whale_curve(accounts, model="default")


def test_profit_by_tier(accounts):
    table = profit_by_tier(accounts, cuts=(0.25, 0.25, 0.25, 0.25))
    assert table["count"].sum() == len(accounts)
    assert table["profit"].sum() == pytest.approx(customer_profit(accounts)["profit"].sum())
    with pytest.raises(ValueError, match=r"profit_by_tier: parameter 'cuts'"):
        profit_by_tier(accounts, cuts=(1.0,))
