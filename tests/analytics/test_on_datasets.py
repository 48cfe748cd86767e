"""The analytics core on the shipped datasets: default accounts and the K1 case base."""

import numpy as np
import pytest

import kamlab
from kamlab import analytics as ka
from kamlab.datasets import K1_CUSTOMER_B


@pytest.fixture(scope="module")
def accounts():
    return kamlab.make_accounts()


@pytest.fixture(scope="module")
def k1():
    return kamlab.make_k1_case().accounts


def test_every_public_name_is_top_level():
    for name in ka.__all__:
        assert getattr(kamlab, name) is getattr(ka, name), name
    assert len(ka.__all__) == len(set(ka.__all__))


def test_objective_identification_on_default_data(accounts):
    assert ka.top_share(accounts["revenue"], 0.2) == pytest.approx(0.8, abs=0.005)
    table = ka.pareto_table(accounts)
    assert table.loc[table["cum_account_share"] <= 0.2 + 1e-9, "cum_value_share"].iloc[-1] == pytest.approx(
        0.8, abs=0.005
    )
    pyramid = ka.customer_pyramid(accounts)
    assert pyramid.summary["count"].tolist() == [20, 80, 300, 1600]
    assert pyramid.summary["value_share"].iloc[3] == pytest.approx(0.2, abs=0.005)
    abc = ka.abc_classes(accounts)
    assert set(abc["abc"]) == {"A", "B", "C"}
    assert 0.6 < ka.gini(accounts["revenue"]) < 0.95
    h = ka.hhi(accounts["revenue"])
    assert 1 < h.equivalent_customers < len(accounts)
    assert not ka.dependence_flags(accounts)["major_dependence"].any()


def test_k1_customer_b_crosses_disclosure_not_major(k1):
    flags = ka.dependence_flags(k1).set_index("account_id")
    b = flags.loc[K1_CUSTOMER_B]
    assert b["share"] == pytest.approx(0.13, abs=1e-4)
    assert bool(b["disclosure"]) and not bool(b["major_dependence"])
    assert flags["disclosure"].sum() == 1  # B is the only disclosable customer
    assert ka.pareto_table(k1)["account_id"].iloc[0] == K1_CUSTOMER_B
    assert ka.customer_pyramid(k1).accounts.set_index("account_id").loc[K1_CUSTOMER_B, "tier"] == "vip"


@pytest.mark.parametrize("which", ["accounts", "k1"])
def test_everything_runs_on_shipped_data(which, request):
    frame = request.getfixturevalue(which)
    scores = ka.attractiveness_score(frame)
    assert scores["potential_key_account"].any()
    result = ka.compare_identifications(frame)
    assert 0 < result.jaccard < 1  # the two methods overlap but disagree on some accounts
    matrix = ka.portfolio_matrix(frame)
    assert set(matrix["quadrant"]) == {"strategic", "star", "status", "streamline"}
    profit = ka.customer_profit(frame)
    assert np.isfinite(profit["profit"]).all()
    clv = ka.customer_lifetime_value(frame)
    assert np.isfinite(clv["clv"]).all()
    assert ka.customer_equity(frame) == pytest.approx(clv["clv"].sum())
    # a short-term growth forecast taken as perpetual growth: finite horizon works
    assert np.isfinite(ka.customer_lifetime_value(frame, growth="growth_trend", horizon_years=10)["clv"]).all()


def test_perpetual_growth_trend_is_refused_with_a_clear_error(accounts):
    with pytest.raises(ValueError, match=r"customer_lifetime_value: account_id='A\d+' has retention x \(1 \+ growth\)"):
        ka.customer_lifetime_value(accounts, growth="growth_trend")


def test_default_cost_model_fits_the_data(accounts):
    cap = ka.unused_capacity(accounts)
    assert (cap["unused_minutes"] > 0).all()  # capacity is enough
    assert ((cap["utilisation"] > 0.75) & (cap["utilisation"] < 0.97)).all()


def test_largest_accounts_are_not_automatically_the_most_profitable(accounts):
    """Chapter I4 on the default data, seen three ways."""
    tiers = ka.profit_by_tier(accounts).set_index("tier")
    # 1. per yuan of sales, ordinary key accounts earn more than VIP and important ones
    assert tiers.loc["ordinary", "profit_margin"] > tiers.loc["vip", "profit_margin"]
    assert tiers.loc["ordinary", "profit_margin"] > tiers.loc["important", "profit_margin"]
    whale = ka.whale_curve(accounts)
    table = whale.table
    # 2. the top 20 by revenue are not the top 20 by profit
    top_revenue = set(table.loc[table["revenue_rank"] <= 20, "account_id"])
    top_profit = set(table.loc[table["rank"] <= 20, "account_id"])
    assert len(top_revenue - top_profit) >= 3
    # some account in the top 20 by revenue ranks far down by profit
    assert table.loc[table["revenue_rank"] <= 20, "rank"].max() > 100
    # 3. the whale: profitable accounts earn more than the total; loss-makers give some back
    assert whale.peak_share > 1.0
    assert whale.peak_rank < len(table)


def test_retention_is_the_biggest_lever_on_the_data(accounts):
    base = ka.customer_equity(accounts, retention=0.80, discount_rate=0.10)
    more_retention = ka.customer_equity(accounts, retention=0.80 * 1.01, discount_rate=0.10)
    profit = ka.customer_profit(accounts)["profit"].sum()
    assert (more_retention / base - 1) > 0.01 * 3  # elasticity (1 + i) / (1 + i - r) = 3.67
    assert base == pytest.approx(profit * 0.8 / 0.3)
