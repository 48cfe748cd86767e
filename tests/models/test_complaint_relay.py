"""Lesson 05 (case K2, complaint relay): models of kamlab.models.complaint_relay, plots and the explorer."""

import dataclasses

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import complaint_relay
from tests._examples import examples

SETTINGS = examples(40)
fractions = st.floats(0.0, 1.0, allow_nan=False)


# ---- known answers ------------------------------------------------------------------------------
def test_rates_known_answers():
    h, k = complaint_relay.complaint_rates(complaint_relay.HEROIC), complaint_relay.complaint_rates(complaint_relay.KAM)
    assert h.first_contact_resolution == pytest.approx(0.24) and h.contacts_per_complaint == pytest.approx(1 / 0.24)
    assert k.first_contact_resolution == pytest.approx(0.7845)
    assert h.days_to_resolve == pytest.approx(2.0 / 0.24) and h.promise_broken_probability == pytest.approx(0.49)
    assert h.sales_hours_per_complaint == pytest.approx(12.5) and h.others_delayed_per_complaint == 2.0
    assert k.complaint_probability == pytest.approx(0.414) and k.shout_probability == pytest.approx(0.1)
    assert h.repeat_probability == pytest.approx(0.05 + 0.6 * 0.49)
    worst = complaint_relay.complaint_rates(complaint_relay.WayOfWorking(0, 0))
    assert worst.first_contact_resolution == 0.15 and worst.promise_broken_probability == 0.7


def test_expected_quarter_known_answers():
    e = complaint_relay.expected_quarter(complaint_relay.HEROIC)
    assert list(e) == list(complaint_relay.MEASURES)
    assert e["complaints"] == pytest.approx(600 * 0.14 * 0.9) and e["sales_hours"] == pytest.approx(945.0)
    assert e["other_customers_delayed"] == pytest.approx(151.2)
    kam = complaint_relay.expected_quarter(complaint_relay.KAM)
    for m in complaint_relay.MEASURES:
        assert kam[m] < e[m], m
    assert complaint_relay.expected_quarter(complaint_relay.KAM, orders=0)["complaints"] == 0


def test_late_share_of_the_data():
    orders = kamlab.make_company().orders
    before = orders.copy()
    assert complaint_relay.late_share(orders) == pytest.approx(0.1447, abs=1e-3)
    pd.testing.assert_frame_equal(before, orders)


def test_simulation_is_seeded_and_near_expectation():
    a, b = (
        complaint_relay.simulate_quarter(complaint_relay.HEROIC, seed=1),
        complaint_relay.simulate_quarter(complaint_relay.HEROIC, seed=1),
    )
    assert a.summary == b.summary and a.complaints.equals(b.complaints)
    assert complaint_relay.simulate_quarter(complaint_relay.HEROIC, seed=2).summary != a.summary
    assert a.summary["complaints"] == len(a.complaints) <= a.late_orders <= a.orders == 600
    big = complaint_relay.simulate_quarter(complaint_relay.HEROIC, orders=200_000, seed=3)
    e = complaint_relay.expected_quarter(complaint_relay.HEROIC, orders=200_000)
    for m in complaint_relay.MEASURES:
        assert big.summary[m] == pytest.approx(e[m], rel=0.05), m
    empty = complaint_relay.simulate_quarter(complaint_relay.KAM, orders=0, seed=0)
    assert empty.summary["complaints"] == 0 and empty.summary["days_to_resolve"] == 0.0
    gen = np.random.default_rng(4)
    assert complaint_relay.simulate_quarter(complaint_relay.KAM, seed=gen).orders == 600


def test_replay_known_answers():
    heroic, kam = complaint_relay.replay_call("heroic"), complaint_relay.replay_call("kam")
    assert [s.step for s in heroic] == list(range(1, 8))
    assert heroic[0].actor == "xiao_li" and heroic[0].action == "call_angry"
    assert [s.action for s in heroic[2:5]] == ["berate_warehouse", "berate_production", "berate_service"]
    assert heroic[-2].action == "promise_afternoon" and all(h.promise_kept is None for h in heroic)
    assert sum(s.sales_hours for s in heroic) == 6.5 and sum(s.sales_hours for s in kam) == 0.25
    assert any(s.promise_kept for s in kam) and kam[-1].elapsed_hours == 2.75
    assert all(b.elapsed_hours > a.elapsed_hours for a, b in zip(kam, kam[1:]))


# ---- invariants -------------------------------------------------------------------------------------
@SETTINGS
@given(fractions, fractions, fractions, fractions)
def test_more_information_or_process_never_hurts(i, m, di, dm):
    r = complaint_relay.complaint_rates(complaint_relay.WayOfWorking(i, m))
    more_i = complaint_relay.complaint_rates(complaint_relay.WayOfWorking(min(1.0, i + di), m))
    more_m = complaint_relay.complaint_rates(complaint_relay.WayOfWorking(i, min(1.0, m + dm)))
    for better in (more_i, more_m):
        assert better.contacts_per_complaint <= r.contacts_per_complaint + 1e-12
        assert better.days_to_resolve <= r.days_to_resolve + 1e-12
        assert better.promise_broken_probability <= r.promise_broken_probability + 1e-12
        assert better.sales_hours_per_complaint <= r.sales_hours_per_complaint + 1e-12
        assert better.repeat_probability <= r.repeat_probability + 1e-12
        assert better.complaint_probability <= r.complaint_probability + 1e-12
    assert 0 < r.first_contact_resolution <= 1 and r.contacts_per_complaint >= 1
    assert r.contacts_per_complaint == pytest.approx(1 / r.first_contact_resolution)


@SETTINGS
@given(fractions, fractions, st.integers(0, 400), st.integers(0, 10_000))
def test_simulation_invariants(i, m, orders, seed):
    q = complaint_relay.simulate_quarter(complaint_relay.WayOfWorking(i, m), orders=orders, seed=seed)
    s, t = q.summary, q.complaints
    assert 0 <= s["complaints"] <= q.late_orders <= orders
    assert s["promises_broken"] <= s["complaints"] and s["repeat_complaints"] <= s["complaints"]
    assert (t["contacts"] >= 1).all() and (t["days_to_resolve"] >= 0).all()
    assert (t.loc[~t["shouted"], "others_delayed"] == 0).all()
    assert s["sales_hours"] >= 0 and (s["complaints"] == 0 or s["contacts_per_complaint"] >= 1)


# ---- validation --------------------------------------------------------------------------------------
def test_validation():
    with pytest.raises(KamlabValueError, match="WayOfWorking: parameter 'information_completeness' = 1.5"):
        complaint_relay.WayOfWorking(1.5, 0.5)
    with pytest.raises(KamlabValueError, match="WayOfWorking: parameter 'process_maturity' = -0.1"):
        complaint_relay.WayOfWorking(0.5, -0.1)
    with pytest.raises(KamlabTypeError, match="'information_completeness' must be a number"):
        complaint_relay.WayOfWorking("high", 0.5)
    with pytest.raises(KamlabTypeError, match="WayOfWorking: parameter 'name'"):
        complaint_relay.WayOfWorking(0.5, 0.5, name=3)
    with pytest.raises(KamlabTypeError, match="complaint_rates: parameter 'way' must be a WayOfWorking"):
        complaint_relay.complaint_rates("heroic")
    with pytest.raises(KamlabTypeError, match="expected_quarter: parameter 'way'"):
        complaint_relay.expected_quarter(None)
    with pytest.raises(KamlabValueError, match="expected_quarter: parameter 'orders' = -1"):
        complaint_relay.expected_quarter(complaint_relay.HEROIC, orders=-1)
    with pytest.raises(KamlabTypeError, match="simulate_quarter: parameter 'orders' must be an integer"):
        complaint_relay.simulate_quarter(complaint_relay.HEROIC, orders=1.5)
    with pytest.raises(KamlabValueError, match="simulate_quarter: parameter 'late_share' = 1.2"):
        complaint_relay.simulate_quarter(complaint_relay.HEROIC, late_share=1.2)
    with pytest.raises(KamlabValueError, match="replay_call: parameter 'way' = 'shouting'"):
        complaint_relay.replay_call("shouting")
    with pytest.raises(KamlabTypeError, match="late_share: parameter 'orders'"):
        complaint_relay.late_share([1, 2])
    with pytest.raises(KamlabValueError, match="missing column 'actual_days'"):
        complaint_relay.late_share(pd.DataFrame({"promised_days": [1]}))
    with pytest.raises(KamlabValueError, match="column 'actual_days' has 1 negative value"):
        complaint_relay.late_share(pd.DataFrame({"order_id": ["O1"], "promised_days": [1], "actual_days": [-2]}))
    with pytest.raises(KamlabValueError, match="late_share: parameter 'orders' has no rows"):
        complaint_relay.late_share(
            pd.DataFrame({"promised_days": pd.Series([], dtype=float), "actual_days": pd.Series([], dtype=float)})
        )
    assert dataclasses.replace(complaint_relay.HEROIC, process_maturity=1.0).process_maturity == 1.0


# ---- plots in both languages, rendered for real -----------------------------------------------------
