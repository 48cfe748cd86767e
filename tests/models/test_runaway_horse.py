"""Lesson 04 (case K1, runaway horse): models of kamlab.models.runaway_horse, plots and the contact-plan explorer."""

import dataclasses
import math

import matplotlib
import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure

import kamlab
from kamlab.models import runaway_horse
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.widgets import runaway_horse as views
from tests._floats import ordered
from tests.lessons._fonts import render, strict_fonts

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
probs = st.floats(0.0, 1.0, allow_nan=False)


@pytest.fixture(scope="module")
def case():
    return kamlab.load_k1_case()


# ---- the chapter's facts ----------------------------------------------------------------------
def test_relationship_map_is_the_bow_tie(case):
    g = runaway_horse.relationship_map(case.contacts, case.staff)
    assert sorted(g.neighbors("A:S01")) == ["B:周经理", "B:孙总", "B:小李"]
    assert {d["side"] for _, d in g.nodes(data=True)} == {"A", "B"} and g.number_of_nodes() == 4
    assert g.nodes["A:S01"]["name_zh"] == "陆经理" and g.nodes["B:孙总"]["role"] == "general_manager"
    assert runaway_horse.relationship_shape(g) == "bow_tie"
    assert nx.is_connected(g) and nx.has_bridges(g)
    # another account of the data is drawn too, from its own rows
    other = case.contacts.account_id.iloc[-1]
    assert runaway_horse.relationship_map(case.contacts, case.staff, account_id=other).graph["account_id"] == other


def test_revenue_at_risk_is_13_percent(case):
    r = runaway_horse.revenue_at_risk(case.accounts)
    assert (r.revenue, r.rank, r.disclosure_line, r.major_line) == (3_000_000.0, 1, 0.10, 0.50)
    assert r.total_sales == pytest.approx(23_076_923.08)
    assert r.share == pytest.approx(0.13) and r.above_disclosure and not r.major_dependence


def test_plans_known_answers():
    assert runaway_horse.relationship_shape(runaway_horse.plan_graph(runaway_horse.PLANS["bow_tie"])) == "bow_tie"
    assert runaway_horse.relationship_shape(runaway_horse.plan_graph(runaway_horse.PLANS["diamond"])) == "diamond"
    bow, dia = (runaway_horse.assess_plan(p) for p in runaway_horse.PLANS.values())
    assert bow.hours_total == dia.hours_total == 120.0 and bow.within_budget and dia.within_budget
    p = [0.05 + 0.95 * 2 ** (-h / 10) for h in (60, 40, 20)]
    assert bow.p_independent == pytest.approx(math.prod(p))
    assert bow.p_loss == pytest.approx(0.1 + 0.9 * math.prod(p))
    assert bow.p_loss_lu_resigns == 1.0 and bow.expected_loss_lu_resigns == 3_000_000.0
    assert dia.p_loss < bow.p_loss and dia.p_loss_lu_resigns < 0.02
    assert dia.expected_loss == pytest.approx(3_000_000 * dia.p_loss)


# ---- the risk model ------------------------------------------------------------------------------
def test_independent_known_answers():
    assert runaway_horse.loss_probability_independent([0.3, 0.2, 0.1]) == pytest.approx(0.006)
    assert runaway_horse.loss_probability_independent([]) == 1.0
    assert runaway_horse.loss_probability_independent((0.5,)) == 0.5
    assert runaway_horse.link_loss_probability(0.0) == 1.0 and runaway_horse.link_loss_probability(10.0) == pytest.approx(0.525)
    np.testing.assert_allclose(runaway_horse.link_loss_probability([0, 10, 1e6]), [1.0, 0.525, 0.05])


def test_by_person_known_answers():
    lu = [("Lu", 0.3), ("Lu", 0.2), ("Lu", 0.1)]
    assert runaway_horse.loss_probability_by_person(lu, 0.0) == pytest.approx(0.006)
    assert runaway_horse.loss_probability_by_person(lu, 0.1) == pytest.approx(0.1054)
    assert runaway_horse.loss_probability_by_person(lu, {"Lu": 1.0}) == 1.0
    assert runaway_horse.loss_probability_by_person(lu, 1.0, knowledge_capture=0.5) == pytest.approx(0.65 * 0.6 * 0.55)
    assert runaway_horse.loss_probability_by_person(lu, 1.0, knowledge_capture=1.0) == pytest.approx(0.006)
    two = [("Lu", 0.3), ("Ma", 0.2)]  # different people: the two factors multiply
    assert runaway_horse.loss_probability_by_person(two, 0.1) == pytest.approx((0.1 + 0.9 * 0.3) * (0.1 + 0.9 * 0.2))


@SETTINGS
@given(st.lists(probs, min_size=0, max_size=6), probs)
def test_adding_a_link_never_raises_p(ps, extra):
    before = runaway_horse.loss_probability_independent(ps)
    after = runaway_horse.loss_probability_independent([*ps, extra])
    assert 0.0 <= after <= before + 1e-12 <= 1.0 + 1e-12


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from("ABC"), probs), min_size=1, max_size=6), probs, probs, probs)
def test_by_person_invariants(links, q, c, extra):
    p = runaway_horse.loss_probability_by_person(links, q, knowledge_capture=c)
    assert 0.0 <= p <= 1.0
    # people who may leave never make the account safer than independent links
    assert p >= runaway_horse.loss_probability_independent([pi for _, pi in links]) - 1e-12
    # more knowledge captured, or a new person with a new link, never raises P
    assert runaway_horse.loss_probability_by_person(links, q, knowledge_capture=min(1.0, c + 0.1)) <= p + 1e-12
    assert runaway_horse.loss_probability_by_person([*links, ("D", extra)], q, knowledge_capture=c) <= p + 1e-12
    # independence is the special case where nobody leaves
    assert runaway_horse.loss_probability_by_person(links, 0.0, knowledge_capture=c) == pytest.approx(
        runaway_horse.loss_probability_independent([pi for _, pi in links]))


@SETTINGS
@given(st.lists(st.integers(0, 80), min_size=6, max_size=6), st.floats(0, 1), st.floats(0, 0.5))
def test_plan_invariants(hours, c, q):
    links = tuple(runaway_horse.Link(s, b, float(h)) for (s, b), h in zip(views.CANDIDATE_LINKS, hours))
    r = runaway_horse.assess_plan(runaway_horse.ContactPlan(links, c), departure=q)
    assert ordered(0, r.p_independent, r.p_loss, r.p_loss_lu_resigns, 1)
    assert r.within_budget == (sum(hours) <= 120)
    more = tuple(dataclasses.replace(k, hours=k.hours + 5) for k in links)
    assert runaway_horse.assess_plan(runaway_horse.ContactPlan(more, c), departure=q).p_loss <= r.p_loss + 1e-12
    if sum(hours[3:]) == 0:  # every link through Lu: losing him loses B unless knowledge was captured
        assert r.p_loss_lu_resigns == pytest.approx(1.0) or c > 0


def test_inputs_are_not_mutated(case):
    contacts, staff = case.contacts.copy(), case.staff.copy()
    runaway_horse.relationship_map(case.contacts, case.staff)
    runaway_horse.revenue_at_risk(case.accounts)
    pd.testing.assert_frame_equal(contacts, case.contacts)
    pd.testing.assert_frame_equal(staff, case.staff)


# ---- validation: one test per branch ---------------------------------------------------------------
def test_validation(case):
    c, s = case.contacts, case.staff
    with pytest.raises(KamlabTypeError, match="relationship_map: parameter 'contacts'"):
        runaway_horse.relationship_map([], s)
    with pytest.raises(KamlabTypeError, match="relationship_map: parameter 'staff'"):
        runaway_horse.relationship_map(c, "staff")
    with pytest.raises(KamlabValueError, match="missing column 'customer_role'"):
        runaway_horse.relationship_map(c.drop(columns="customer_role"), s)
    with pytest.raises(KamlabValueError, match="missing column 'role'"):
        runaway_horse.relationship_map(c, s.drop(columns="role"))
    with pytest.raises(KamlabValueError, match="account_id='C9999' has no rows"):
        runaway_horse.relationship_map(c, s, account_id="C9999")
    with pytest.raises(KamlabValueError, match="staff_id 'S01', which are not in 'staff'"):
        runaway_horse.relationship_map(c, s[s.staff_id != "S01"])
    with pytest.raises(KamlabTypeError, match="relationship_shape: parameter 'graph'"):
        runaway_horse.relationship_shape({})
    with pytest.raises(KamlabValueError, match="no link between A and B"):
        runaway_horse.relationship_shape(nx.Graph())
    with pytest.raises(KamlabTypeError, match="loss_probability_independent: parameter 'probabilities'"):
        runaway_horse.loss_probability_independent(0.3)
    with pytest.raises(KamlabValueError, match=r"probabilities\[1\]"):
        runaway_horse.loss_probability_independent([0.3, 1.2])
    with pytest.raises(KamlabTypeError, match=r"probabilities\[0\]' must be a number"):
        runaway_horse.loss_probability_independent(["0.3"])
    with pytest.raises(KamlabTypeError, match="parameter 'links' must be a sequence"):
        runaway_horse.loss_probability_by_person("Lu", 0.1)
    with pytest.raises(KamlabTypeError, match=r"links\[0\] = 0.3; expected a \(person, probability\) pair"):
        runaway_horse.loss_probability_by_person([0.3], 0.1)
    with pytest.raises(KamlabValueError, match="'knowledge_capture' = 2.0"):
        runaway_horse.loss_probability_by_person([("Lu", 0.3)], 0.1, knowledge_capture=2.0)
    with pytest.raises(KamlabValueError, match="'departure' = -0.1"):
        runaway_horse.loss_probability_by_person([("Lu", 0.3)], -0.1)
    with pytest.raises(KamlabValueError, match=r"departure\['Lu'\]"):
        runaway_horse.loss_probability_by_person([("Lu", 0.3)], {"Lu": 1.5})
    with pytest.raises(KamlabValueError, match="'hours' = -1.0"):
        runaway_horse.link_loss_probability(-1.0)
    with pytest.raises(KamlabValueError, match="'hours' has values that are negative"):
        runaway_horse.link_loss_probability([1.0, -1.0])
    with pytest.raises(KamlabValueError, match="'half_hours' = 0.0; expected > 0"):
        runaway_horse.link_loss_probability(1.0, half_hours=0.0)
    with pytest.raises(KamlabValueError, match="'floor' = 1.5"):
        runaway_horse.link_loss_probability(1.0, floor=1.5)
    with pytest.raises(KamlabTypeError, match="Link: parameter 'staff_id'"):
        runaway_horse.Link(1, "小李", 1.0)
    with pytest.raises(KamlabValueError, match="Link: parameter 'customer_person' = '老王'"):
        runaway_horse.Link("S01", "老王", 1.0)
    with pytest.raises(KamlabValueError, match="Link: parameter 'hours' = -5.0"):
        runaway_horse.Link("S01", "小李", -5.0)
    with pytest.raises(KamlabTypeError, match=r"ContactPlan: links\[0\] must be a Link"):
        runaway_horse.ContactPlan((("S01", "小李", 1.0),))
    with pytest.raises(KamlabValueError, match="appears twice"):
        runaway_horse.ContactPlan((runaway_horse.Link("S01", "小李", 1.0), runaway_horse.Link("S01", "小李", 2.0)))
    with pytest.raises(KamlabValueError, match="ContactPlan: parameter 'knowledge_capture'"):
        runaway_horse.ContactPlan((), knowledge_capture=-0.5)
    with pytest.raises(KamlabTypeError, match="plan_graph: parameter 'plan'"):
        runaway_horse.plan_graph(None)
    with pytest.raises(KamlabTypeError, match="assess_plan: parameter 'plan'"):
        runaway_horse.assess_plan("bow_tie")
    with pytest.raises(KamlabValueError, match="'budget_hours' = 0.0; expected > 0"):
        runaway_horse.assess_plan(runaway_horse.PLANS["bow_tie"], budget_hours=0.0)
    with pytest.raises(KamlabValueError, match="assess_plan: parameter 'departure'"):
        runaway_horse.assess_plan(runaway_horse.PLANS["bow_tie"], departure=2)
    with pytest.raises(KamlabValueError, match="assess_plan: parameter 'revenue' = -1.0"):
        runaway_horse.assess_plan(runaway_horse.PLANS["bow_tie"], revenue=-1)
    with pytest.raises(KamlabValueError, match="account_id='X1' is not in 'accounts'"):
        runaway_horse.revenue_at_risk(case.accounts, account_id="X1")


# ---- plots in both languages, rendered for real ----------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plots_render_without_missing_glyphs(case, lang):
    with strict_fonts(lang):
        ax = views.plot_relationship_map(runaway_horse.relationship_map(case.contacts, case.staff), lang=lang)
        assert len(ax.texts) == 4 + 2 and "蝴蝶结" in ax.get_title() if lang == "zh" else "Bow-tie" in ax.get_title()
        render(ax)
        ax = views.plot_relationship_map(runaway_horse.plan_graph(runaway_horse.PLANS["diamond"]), lang=lang, resigned=("S01",))
        assert any(("已辞职" if lang == "zh" else "resigned") in t.get_text() for t in ax.texts)
        render(ax)
        render(views.plot_plan_risk([runaway_horse.assess_plan(p) for p in runaway_horse.PLANS.values()], lang=lang))
        render(views.plot_revenue_share(case.accounts, lang=lang))
        render(views.plot_relationship_map(nx.Graph(), lang=lang))


def test_plots_use_given_axes_kwargs_and_reject_wrong_input(case):
    ax = Figure().add_subplot()
    risks = [runaway_horse.assess_plan(runaway_horse.PLANS["bow_tie"])]
    out = views.plot_plan_risk(risks, ax=ax, lang="en", names=["Lu"], color="red")
    assert out is ax and matplotlib.colors.to_hex(ax.patches[0].get_facecolor()) == "#ff0000"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Lu"]
    ax = views.plot_revenue_share(case.accounts, n=5, ax=Figure().add_subplot(), lang="en")
    assert len(ax.patches) == 5 and ax.get_lines()[0].get_ydata()[0] == 10
    with pytest.raises(KamlabTypeError, match="plot_relationship_map: parameter 'graph'"):
        views.plot_relationship_map({}, lang="en")
    with pytest.raises(KamlabTypeError, match=r"plot_plan_risk: parameter 'risks\[0\]'"):
        views.plot_plan_risk([1], lang="en")
    with pytest.raises(KamlabValueError, match="plot_revenue_share: parameter 'n'"):
        views.plot_revenue_share(case.accounts, n=0, lang="en")
    with pytest.raises(KamlabValueError, match="lang"):
        views.plot_plan_risk(risks, lang="fr")


# ---- the explorer ----------------------------------------------------------------------------------
def _values(control, n=5):
    if isinstance(control.value, bool):
        return [False, True]
    if isinstance(control.value, int):
        return sorted({int(v) for v in np.linspace(control.min, control.max, n).round(-1 if control.step >= 10 else 0)
                       if (int(v) - control.min) % control.step == 0})
    return [round(float(v), 2) for v in np.linspace(control.min, control.max, n)]


def test_contact_plan_explorer_sweep():
    ex = views.contact_plan_explorer(lang="en")
    assert ex.result.p_loss_lu_resigns == 1.0 and "100.0%" in ex.caption.value and "Bow-tie" in ex.caption.value
    defaults, seen = ex.values(), set()
    for name, control in ex.controls.items():
        for value in _values(control):
            before, changed = ex.updates, control.value != value
            control.value = value
            assert ex.updates == before + changed
            r = ex.result
            assert 0 <= r.p_loss <= r.p_loss_lu_resigns + 1e-12 <= 1 + 1e-12 and ex.png.startswith(b"\x89PNG") and ex.caption.value
            assert ("over budget" in ex.caption.value) == (not r.within_budget) or "No link" in ex.caption.value
            seen.add(ex.png)
        control.value = defaults[name]
    assert len(seen) > 15
    for i in range(6):
        ex.controls[f"hours_{i}"].value = 0
    assert ex.result.p_loss == 1.0 and "No link" in ex.caption.value


def test_replaying_the_decision_changes_the_outcome():
    ex = views.contact_plan_explorer(lang="zh")
    bow = ex.result
    ex.controls["lu_resigns"].value = True
    assert "已辞职" in " ".join(t.get_text() for t in ex.figure.axes[0].texts)
    for i, h in enumerate((40, 20, 0, 20, 20, 20)):
        ex.controls[f"hours_{i}"].value = h
    ex.controls["knowledge_capture"].value = 0.5
    dia = ex.result
    assert dia.p_loss_lu_resigns < 0.05 < bow.p_loss_lu_resigns and dia.hours_total == 120
    assert "钻石型" in ex.caption.value and "陆经理辞职的那一年" in ex.caption.value
    assert "陆经理辞职的那一年 1.2%" in ex.figure.axes[0].texts[-1].get_text()
    ex.controls["budget_hours"].value = 100
    assert "超出预算 20 小时" in ex.caption.value
