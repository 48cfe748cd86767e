"""Lesson 05 (case K2, complaint relay): models of kamlab.models.complaint_relay, plots and the explorer."""

import dataclasses

import matplotlib
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kamlab
from kamlab.models import complaint_relay
from kamlab.errors import KamlabTypeError, KamlabValueError
from tests.lessons._fonts import render, strict_fonts

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
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
    a, b = complaint_relay.simulate_quarter(complaint_relay.HEROIC, seed=1), complaint_relay.simulate_quarter(complaint_relay.HEROIC, seed=1)
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
        complaint_relay.late_share(pd.DataFrame({"promised_days": pd.Series([], dtype=float),
                                    "actual_days": pd.Series([], dtype=float)}))
    assert dataclasses.replace(complaint_relay.HEROIC, process_maturity=1.0).process_maturity == 1.0


# ---- plots in both languages, rendered for real -----------------------------------------------------
from matplotlib.figure import Figure  # noqa: E402

from kamlab.widgets import complaint_relay as views  # noqa: E402


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plots_render_without_missing_glyphs(lang):
    with strict_fonts(lang):
        results = [complaint_relay.simulate_quarter(w, seed=2026) for w in (complaint_relay.HEROIC, complaint_relay.KAM)]
        ax = views.plot_quarter_measures(results, lang=lang)
        assert len(ax.patches) == 2 * len(complaint_relay.MEASURES)
        assert ("销售员被占用" if lang == "zh" else "Salesperson hours") in " ".join(
            t.get_text() for t in ax.get_yticklabels())
        render(ax)
        for way in ("heroic", "kam"):
            ax = views.plot_replay(complaint_relay.replay_call(way), lang=lang)
            assert len(ax.patches) == 7 and len(ax.texts) == 7
            render(ax)
        ax = views.plot_replay(complaint_relay.replay_call("heroic"), upto=0, lang=lang)
        assert not ax.patches
        render(ax)
        render(views.plot_quarter_measures(complaint_relay.simulate_quarter(complaint_relay.KAM, orders=0, seed=0), lang=lang))


def test_plots_use_given_axes_kwargs_and_reject_wrong_input():
    ax = Figure().add_subplot()
    out = views.plot_quarter_measures([complaint_relay.simulate_quarter(complaint_relay.HEROIC, seed=1)], ax=ax, lang="en", color="red")
    assert out is ax and matplotlib.colors.to_hex(ax.patches[0].get_facecolor()) == "#ff0000"
    assert all(p.get_width() in (0, 100) for p in ax.patches)
    ax = views.plot_replay(complaint_relay.replay_call("kam"), upto=2, ax=Figure().add_subplot(), lang="en", title="K")
    assert ax.get_title() == "K" and len(ax.patches) == 2 and "0.25 h" not in ax.get_title()
    assert "kept" in views.plot_replay(complaint_relay.replay_call("kam"), lang="en").texts[4].get_text()
    with pytest.raises(KamlabTypeError, match=r"plot_quarter_measures: parameter 'results\[0\]'"):
        views.plot_quarter_measures([1], lang="en")
    with pytest.raises(KamlabTypeError, match=r"plot_replay: parameter 'steps\[0\]'"):
        views.plot_replay(["x"], lang="en")
    with pytest.raises(KamlabValueError, match="plot_replay: parameter 'upto' = 8"):
        views.plot_replay(complaint_relay.replay_call("kam"), upto=8, lang="en")
    with pytest.raises(KamlabValueError, match="lang"):
        views.plot_replay(complaint_relay.replay_call("kam"), lang="fr")


# ---- the explorers -----------------------------------------------------------------------------------
def _values(control):
    if hasattr(control, "options") and control.options:
        return [v for _, v in control.options]
    if isinstance(control.value, int):
        return list(range(control.min, control.max + 1, max(1, (control.max - control.min) // 5)))
    return [round(float(v), 1) for v in np.linspace(control.min, control.max, 6)]


def test_complaint_relay_explorer_sweep():
    ex = views.complaint_relay_explorer(lang="en")
    heroic, yours = ex.result
    assert heroic.summary == yours.summary and "first-contact resolution <b>24%</b>" in ex.caption.value
    defaults, seen = ex.values(), set()
    for name, control in ex.controls.items():
        for value in _values(control):
            before, changed = ex.updates, control.value != value
            control.value = value
            assert ex.updates == before + changed and ex.png.startswith(b"\x89PNG") and ex.caption.value
            heroic, yours = ex.result
            assert heroic.way == complaint_relay.HEROIC and yours.way.information_completeness == round(
                ex.controls["information_completeness"].value, 4)
            seen.add(ex.png)
        control.value = defaults[name]
    assert len(seen) > 10
    ex.controls["information_completeness"].value = 1.0
    ex.controls["process_maturity"].value = 1.0
    best = ex.result[1].summary
    assert best["promises_broken"] == 0 and best["other_customers_delayed"] == 0
    assert best["sales_hours"] < ex.result[0].summary["sales_hours"] / 10


def test_replay_explorer_sweep():
    ex = views.replay_explorer(lang="zh")
    assert "来电怒问" in ex.caption.value and len(ex.figure.axes[0].patches) == 1
    for way in ("heroic", "kam"):
        ex.controls["way"].value = way
        for step in range(8):
            ex.controls["step"].value = step
            assert len(ex.figure.axes[0].patches) == step and ex.png.startswith(b"\x89PNG")
            assert (ex.caption.value == "") == (step == 0)
    assert "记录根本原因" in ex.caption.value and "大客户管理流程" in ex.figure.axes[0].get_title()
    ex.controls["way"].value = "heroic"
    assert "猜测" in ex.figure.axes[0].texts[-1].get_text() and "英雄式" in ex.figure.axes[0].get_title()
    assert "承诺落空" not in ex.figure.axes[0].texts[-1].get_text()
