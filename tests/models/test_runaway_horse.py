"""Lesson 04 (case K1, runaway horse): models of kamlab.models.runaway_horse, plots and the contact-plan explorer."""

import math

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import runaway_horse
from tests._examples import examples

SETTINGS = examples(40)
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
    assert runaway_horse.link_loss_probability(0.0) == 1.0 and runaway_horse.link_loss_probability(
        10.0
    ) == pytest.approx(0.525)
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
        runaway_horse.loss_probability_independent([pi for _, pi in links])
    )


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


def test_plan_variants_and_risk_table():
    from kamlab.errors import KamlabTypeError

    plans = runaway_horse.plan_variants()
    assert [p.name for p in plans] == ["bow_tie", "bow_tie_crm", "diamond_no_crm", "diamond"]
    assert plans[1].links == runaway_horse.PLANS["bow_tie"].links and plans[1].knowledge_capture == 0.5
    table = runaway_horse.risk_table(runaway_horse.assess_plan(p) for p in plans)
    assert list(table.index) == [p.name for p in plans]
    # the lesson's quoted values: 10.18% and 0.22% in a normal year, 100% and 1.20% the year Lu resigns
    assert table.loc["bow_tie", "p_loss_pct"] == 10.18 and table.loc["diamond", "p_loss_pct"] == 0.22
    assert table.loc["bow_tie", "p_loss_lu_resigns_pct"] == 100 and table.loc["diamond", "p_loss_lu_resigns_pct"] == 1.2
    with pytest.raises(KamlabTypeError, match="risk_table: each element of 'risks' must be a PlanRisk, got str"):
        runaway_horse.risk_table(["bow_tie"])
