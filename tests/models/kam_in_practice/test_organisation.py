"""Lesson 07, organisation (P2) and account plan (P1, P4): models, exports, plots and explorers."""

import dataclasses
import io

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
from kamlab.analytics import customer_lifetime_value, customer_profit
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models.kam_in_practice import account_plan as ap
from kamlab.models.kam_in_practice import organisation as org
from tests._examples import examples
from tests._floats import le

SETTINGS = examples(50)
subsets = st.sets(st.sampled_from(org.FUNCTIONS))
TOTAL = sum(n.requests_per_year for n in org.NEEDS)


# ---- organisation: known answers ----------------------------------------------------------------------
def test_needs_and_rates():
    assert TOTAL == 152
    assert {n.function for n in org.NEEDS} == set(org.FUNCTIONS)
    assert org.HOURLY_RATES["sales"] == pytest.approx(400.0) and org.HOURLY_RATES["service"] == pytest.approx(250.0)
    assert org.HOURLY_RATES["logistics"] == pytest.approx(150.0) and org.HOURLY_RATES["finance"] == pytest.approx(150.0)


def test_team_design_worked_by_hand():
    # sales + logistics, inverted: prices_terms (10) and timely_delivery (48) are direct (1 handoff),
    # the other 94 requests go through the key-account manager (2 handoffs).
    d = org.team_design(["logistics", "sales"])
    assert d.facing == ("sales", "logistics")
    assert d.coverage == pytest.approx(58 / 152)
    assert d.mean_handoffs == pytest.approx((58 * 1 + 94 * 2) / 152)
    assert d.mean_response_days == pytest.approx(d.mean_handoffs)
    assert d.intact == pytest.approx((58 * 0.9 + 94 * 0.81) / 152)
    assert d.annual_cost == pytest.approx(200 * (400 + 150))
    tab = d.table()
    assert list(tab.columns) == ["need", "function", "requests", "faces", "handoffs", "response_days", "intact"]
    assert tab.set_index("need").loc["timely_delivery", "handoffs"] == 1
    assert tab.set_index("need").loc["best_sellers", "handoffs"] == 2
    # the same team in a hierarchy: sales 1 handoff, everything else 4
    h = org.team_design(["sales", "logistics"], structure="hierarchy", days_per_handoff=2.0, loss_per_handoff=0.2)
    assert h.mean_handoffs == pytest.approx((10 + 142 * 4) / 152)
    assert h.mean_response_days == pytest.approx(2 * h.mean_handoffs)
    assert h.coverage == pytest.approx(10 / 152)
    assert h.intact == pytest.approx((10 * 0.8 + 142 * 0.8**4) / 152)
    assert h.annual_cost == d.annual_cost


def test_sales_always_faces_and_full_team():
    assert org.team_design([]).facing == ("sales",)
    assert org.team_design("logistics").facing == ("sales", "logistics")
    full = org.team_design(org.FUNCTIONS)
    assert full.coverage == 1.0 and full.mean_handoffs == 1.0 and full.intact == pytest.approx(0.9)
    assert full.annual_cost == pytest.approx(200 * sum(org.HOURLY_RATES.values()))
    assert full.summary()["team_size"] == 7
    assert org.handoffs("sales", [], "hierarchy") == 1 and org.handoffs("rnd", ["rnd"], "hierarchy") == 4


@SETTINGS
@given(subsets, st.sampled_from(org.FUNCTIONS), st.sampled_from(org.STRUCTURES))
def test_adding_a_facing_function_never_hurts_coverage_or_handoffs(facing, extra, structure):
    a = org.team_design(facing, structure=structure)
    b = org.team_design(facing | {extra}, structure=structure)
    ha, hb = a.handoffs(), b.handoffs()
    assert all(hb[k] <= ha[k] for k in ha)
    assert b.coverage >= a.coverage - 1e-12 and le(a.annual_cost, b.annual_cost)
    assert b.mean_handoffs <= a.mean_handoffs + 1e-12 and b.intact >= a.intact - 1e-12


@SETTINGS
@given(subsets, st.floats(0, 1), st.floats(0, 10))
def test_inverted_never_needs_more_handoffs_than_hierarchy(facing, loss, days):
    inv = org.team_design(facing, loss_per_handoff=loss, days_per_handoff=days)
    hier = org.team_design(facing, structure="hierarchy", loss_per_handoff=loss, days_per_handoff=days)
    hi, hh = inv.handoffs(), hier.handoffs()
    assert all(hi[k] <= hh[k] for k in hi)
    assert inv.mean_response_days <= hier.mean_response_days + 1e-9
    assert 0 <= inv.coverage <= 1 and 0 <= inv.intact <= 1


def test_team_design_validation():
    with pytest.raises(
        KamlabValueError,
        match=r"TeamDesign: parameter 'facing' has unknown function\(s\) 'hr'; valid functions: sales, rnd",
    ):
        org.team_design(["sales", "hr"])
    with pytest.raises(KamlabTypeError, match="'facing' must be an iterable"):
        org.team_design(42)
    with pytest.raises(KamlabTypeError, match="function names \\(str\\), got int 1"):
        org.team_design([1])
    with pytest.raises(KamlabValueError, match="'structure' = 'flat'; expected one of 'hierarchy', 'inverted'"):
        org.team_design(["sales"], structure="flat")
    with pytest.raises(KamlabValueError, match="hours_per_facing_function' = -1.0; expected >= 0"):
        org.team_design(["sales"], hours_per_facing_function=-1)
    with pytest.raises(KamlabTypeError, match="hours_per_facing_function' must be a number"):
        org.team_design(["sales"], hours_per_facing_function="200")
    with pytest.raises(KamlabValueError, match="days_per_handoff' = -0.5"):
        org.team_design(["sales"], days_per_handoff=-0.5)
    with pytest.raises(KamlabValueError, match="days_per_handoff' must be a finite number"):
        org.team_design(["sales"], days_per_handoff=float("nan"))
    with pytest.raises(KamlabValueError, match="loss_per_handoff' = 1.5 is a share outside"):
        org.team_design(["sales"], loss_per_handoff=1.5)
    with pytest.raises(KamlabValueError, match="handoffs: parameter 'function' = 'hr'"):
        org.handoffs("hr", ["sales"])
    with pytest.raises(KamlabValueError, match="handoffs: parameter 'structure'"):
        org.handoffs("rnd", ["sales"], "matrix")


def test_team_design_is_frozen():
    d = org.team_design()
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.structure = "hierarchy"


# ---- account plan: the shipped company ----------------------------------------------------------------
@pytest.fixture(scope="module")
def plan(company):
    return ap.build_account_plan(company, lang="en")


def test_plan_of_largest_account_matches_analytics(company, plan):
    accounts = company.accounts
    top = accounts.loc[accounts["revenue"].idxmax(), "account_id"]
    assert plan.account_id == top and plan.value["revenue_rank"] == 1 and plan.year == company.year + 1
    row = customer_profit(accounts).set_index("account_id").loc[top]
    for key, col in [
        ("revenue", "revenue"),
        ("gross_profit", "gross_profit"),
        ("cost_to_serve", "cost_to_serve"),
        ("customer_profit", "profit"),
        ("profit_margin", "profit_margin"),
    ]:
        assert plan.value[key] == pytest.approx(float(row[col]))
    assert plan.value["clv"] == pytest.approx(
        float(customer_lifetime_value(accounts).set_index("account_id").loc[top, "clv"])
    )
    assert plan.value["share_of_total_revenue"] == pytest.approx(row["revenue"] / accounts["revenue"].sum())
    assert plan.value["n_accounts"] == len(accounts)
    sow = plan.goal("share_of_wallet")
    assert sow.target == pytest.approx(sow.current + 0.10) and sow.due.isoformat() == "2029-12-31"
    rev = plan.goal("revenue")
    assert rev.target == pytest.approx(sow.target * plan.value["category_spend"])
    assert len(plan.contacts) == int((company.contacts["account_id"] == top).sum())
    assert set(plan.contacts.columns) >= {
        "customer_person",
        "customer_role",
        "strength",
        "staff_id",
        "staff_name",
        "staff_role",
    }
    assert plan.goal("strong_ties").target >= 2
    assert len(plan.actions) == max(1, len(plan.risks))


def test_plan_options(company):
    a = ap.build_account_plan(
        company, "A0512", target_share_of_wallet=1.0, horizon_years=5, start="2027-07-01", lang="zh"
    )
    assert a.goal("share_of_wallet").target == 1.0 and a.goal("revenue").due.isoformat() == "2032-06-30"
    assert a.name == company.accounts.set_index("account_id").loc["A0512", "name_zh"]
    assert all(x.due > pd.Timestamp("2027-07-01").date() for x in a.actions)
    own = ap.build_account_plan(
        company,
        "A0512",
        actions=[("Visit the plant", "S20", "2027-02-01"), ap.Action("Call", "S28", "2027-03-01", "done")],
    )
    assert [x.owner for x in own.actions] == ["S20", "S28"] and own.actions[1].status == "done"


def test_plan_validation(company):
    f = ap.build_account_plan
    with pytest.raises(KamlabTypeError, match="'company' must be a kamlab Company"):
        f(company.accounts)
    with pytest.raises(KamlabValueError, match=r"'A9999' is not among the 2000 accounts \(e.g. 'A0001'\)"):
        f(company, "A9999")
    with pytest.raises(KamlabTypeError, match="'account_id' must be a str"):
        f(company, 1268)
    with pytest.raises(KamlabValueError, match="target_share_of_wallet' = 1.5 is a share outside"):
        f(company, target_share_of_wallet=1.5)
    with pytest.raises(KamlabValueError, match="below the current share of wallet 0.59"):
        f(company, target_share_of_wallet=0.2)
    with pytest.raises(KamlabTypeError, match="target_share_of_wallet' must be a number"):
        f(company, target_share_of_wallet="0.7")
    with pytest.raises(KamlabValueError, match="horizon_years' = 0; expected >= 1"):
        f(company, horizon_years=0)
    with pytest.raises(KamlabTypeError, match="horizon_years' must be an integer"):
        f(company, horizon_years=2.5)
    with pytest.raises(KamlabValueError, match="'start' = 'soon' is not a date"):
        f(company, start="soon")
    with pytest.raises(KamlabTypeError, match="'start' must be a date"):
        f(company, start=2027)
    with pytest.raises(KamlabValueError, match=r"owner 'S99', not in the staff table \(29 staff, e.g. 'S01'\)"):
        f(company, actions=[("Visit", "S99", "2027-02-01")])
    with pytest.raises(KamlabTypeError, match=r"'actions\[0\]' must be a \(what, owner_staff_id, due\)"):
        f(company, actions=[("Visit", "S20")])
    with pytest.raises(KamlabValueError, match=r"'actions\[0\].due' = '2027-13-45' is not a date"):
        f(company, actions=[("Visit", "S20", "2027-13-45")])
    with pytest.raises(KamlabValueError, match=r"'actions\[0\].what' is empty"):
        f(company, actions=[("  ", "S20", "2027-02-01")])
    with pytest.raises(KamlabTypeError, match="'actions' must be a list"):
        f(company, actions="visit")
    with pytest.raises(KamlabValueError, match="lang"):
        f(company, lang="fr")
    broken = dataclasses.replace(company, contacts=company.contacts.drop(columns=["strength"]))
    with pytest.raises(KamlabValueError, match="missing column 'strength'. Columns present: contact_id"):
        f(broken)


def test_record_validation(plan):
    with pytest.raises(KamlabValueError, match="Risk: parameter 'kind' = 'fire'"):
        ap.Risk("fire", "high", "x")
    with pytest.raises(KamlabValueError, match="Risk: parameter 'level' = 'extreme'"):
        ap.Risk("weak_ties", "extreme", "x")
    with pytest.raises(KamlabValueError, match="Action: parameter 'status' = 'late'"):
        ap.Action("x", "S28", "2027-01-01", "late")
    with pytest.raises(KamlabValueError, match="Goal: parameter 'current' must be a finite number"):
        ap.Goal("revenue", float("nan"), 1.0, "2027-01-01")
    with pytest.raises(KamlabTypeError, match="AccountPlan: parameter 'goals\\[0\\]' must be a Goal"):
        dataclasses.replace(plan, goals=("share",))
    with pytest.raises(KamlabValueError, match="AccountPlan.goal: parameter 'metric' = 'nps'"):
        plan.goal("nps")


# ---- risks from a hand-built company -------------------------------------------------------------------
def _risky_company(company):
    """The largest account made risky on every rule; the session fixture is never mutated."""
    accounts = company.accounts.copy()
    i = accounts["revenue"].idxmax()
    top = accounts.loc[i, "account_id"]
    others = accounts["revenue"].sum() - accounts.loc[i, "revenue"]
    accounts.loc[i, "revenue"] = others * 0.2  # 1/6 of all revenue: dependence
    accounts.loc[i, "category_spend"] = others * 0.2 / 0.15
    accounts.loc[i, "share_of_wallet"] = 0.15  # low share of wallet
    accounts.loc[i, "service_hours"] = 500_000.0  # cost to serve beyond the gross profit
    contacts = company.contacts.copy()
    mask = contacts["account_id"] == top
    contacts.loc[mask, "staff_id"] = "S05"  # single-threaded through one sales rep
    contacts.loc[mask, "strength"] = 1  # weak ties
    tickets = company.tickets.copy()
    tickets.loc[tickets["account_id"] == top, "escalated"] = True  # service trouble
    return dataclasses.replace(company, accounts=accounts, contacts=contacts, tickets=tickets), top


def test_every_risk_rule_fires(company):
    before = company.contacts.copy()
    risky, top = _risky_company(company)
    pd.testing.assert_frame_equal(company.contacts, before)
    plan = ap.build_account_plan(risky, lang="en")
    assert plan.account_id == top
    assert plan.risk_kinds == ap.RISK_KINDS
    levels = {r.kind: r.level for r in plan.risks}
    assert levels == {
        "dependence": "medium",
        "single_threaded": "high",
        "weak_ties": "medium",
        "unprofitable": "high",
        "service_trouble": "medium",
        "low_share_of_wallet": "low",
    }
    owners = [a.owner for a in plan.actions]
    assert owners == ["S18", "S28", "S28", "S17", "S23", "S20"]
    assert [(a.due - plan.actions[0].due).days for a in plan.actions] == [0, -60, -30, -45, -60, 0]
    assert plan.goal("customer_profit").target >= 0 > plan.value["customer_profit"]
    assert "Xiao Chen (S05)" in plan.risks[1].detail
    md = plan.to_markdown()
    assert "Single-threaded relationship" in md and "Cost-to-serve review" in md


def test_no_risk_means_a_review(company):
    accounts = company.accounts.copy()
    top = accounts.loc[accounts["revenue"].idxmax(), "account_id"]
    contacts = company.contacts.copy()
    contacts.loc[contacts["account_id"] == top, "strength"] = 5
    plan = ap.build_account_plan(dataclasses.replace(company, contacts=contacts), lang="en")
    assert plan.risks == () and len(plan.actions) == 1 and plan.actions[0].what == "Quarterly account review"
    assert "(none)" in plan.to_markdown()


def test_account_without_contacts(company):
    top = company.accounts.loc[company.accounts["revenue"].idxmax(), "account_id"]
    contacts = company.contacts[company.contacts["account_id"] != top]
    plan = ap.build_account_plan(dataclasses.replace(company, contacts=contacts), lang="en")
    assert plan.contacts.empty and {"single_threaded", "weak_ties"} <= set(plan.risk_kinds)
    assert plan.goal("strong_ties").current == 0 and "(none)" in plan.to_markdown()


# ---- exports -------------------------------------------------------------------------------------------
def test_markdown(plan, company):
    md = plan.to_markdown()
    assert md.startswith(f"# Account plan: {plan.name} ({plan.account_id}), from 2027")
    assert [line for line in md.splitlines() if line.startswith("## ")] == [
        "## Value",
        "## Goals",
        "## Contacts map",
        "## Risks",
        "## Actions",
    ]
    assert f"{plan.value['revenue']:,.0f}" in md and "Strategic" in md
    zh = ap.build_account_plan(company, lang="zh").to_markdown()
    assert zh.startswith("# 大客户计划：") and "## 关系图谱（联系人）" in zh and "钱经理（S28）" in zh


def test_a_notebook_shows_the_plan_in_its_language(plan, company):
    """In a notebook the plan renders as its Markdown report; as plain text it is its title, not a dataclass dump."""
    assert plan._repr_markdown_() == plan.to_markdown()
    assert repr(plan) == f"Account plan: {plan.name} ({plan.account_id}), from {plan.year}"
    zh = ap.build_account_plan(company, lang="zh")
    assert repr(zh) == f"大客户计划：{zh.name}（{zh.account_id}），{zh.year} 年起"


def test_csv_round_trip_and_overwrite(plan, tmp_path):
    text = plan.to_csv()
    back = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(back, plan.to_frame())
    values = back[back["section"] == "value"].set_index("item")["value"]
    assert float(values["revenue"]) == plan.value["revenue"] and values["quadrant"] == plan.value["quadrant"]
    assert set(back["section"]) == {"value", "goal", "contact", "risk", "action"}
    path = tmp_path / "plan.csv"
    assert plan.to_csv(path) == text
    assert pd.read_csv(path, dtype=str, keep_default_na=False).equals(back)
    with pytest.raises(
        FileExistsError, match=r"AccountPlan.to_csv: file '.*plan.csv' already exists; pass overwrite=True"
    ):
        plan.to_csv(path)
    path.write_text("old", encoding="utf-8")
    plan.to_csv(path, overwrite=True)
    assert path.read_text(encoding="utf-8") == text
    md = tmp_path / "plan.md"
    plan.to_markdown_file(md)
    assert md.read_text(encoding="utf-8") == plan.to_markdown()
    with pytest.raises(FileExistsError, match="plan.md' already exists"):
        plan.to_markdown_file(md)
    with pytest.raises(KamlabTypeError, match="'overwrite' must be True or False"):
        plan.to_markdown_file(md, overwrite="yes")
    with pytest.raises(KamlabTypeError, match="'path' must be a str or a path"):
        plan.to_csv(3)


def test_save(plan, tmp_path):
    md, csv = plan.save(tmp_path / "out")
    assert md.endswith(f"{plan.account_id}_plan.md") and csv.endswith(f"{plan.account_id}_plan.csv")
    with pytest.raises(FileExistsError, match="already exists"):
        plan.save(tmp_path / "out")
    assert plan.save(tmp_path / "out", overwrite=True) == (md, csv)


@pytest.mark.parametrize("seed", [1, 7, 42])
def test_personalised_companies_top20(seed):
    company = kamlab.make_company(seed=seed)
    profit = customer_profit(company.accounts).set_index("account_id")
    top = company.accounts.sort_values("revenue", ascending=False)["account_id"].head(20)
    for rank, account in enumerate(top, start=1):
        plan = ap.build_account_plan(company, account, lang="en" if rank % 2 else "zh")
        assert plan.value["revenue_rank"] == rank
        assert plan.value["customer_profit"] == pytest.approx(float(profit.loc[account, "profit"]))
        assert set(plan.risk_kinds) <= set(ap.RISK_KINDS) and plan.actions
        assert plan.to_markdown().count("\n## ") == 5 and len(plan.to_frame()) > 14


def test_labels_present_in_both_languages():
    from kamlab.labels import kam_in_practice as labels

    assert all(key.startswith(("kam_in_practice.", "ex.07.")) for key in labels.LABELS)
    assert all(set(text) == {"zh", "en"} and all(text.values()) for text in labels.LABELS.values())
    for kind in ap.RISK_KINDS:
        for prefix in ("risk", "detail", "action"):
            assert f"kam_in_practice.plan.{prefix}.{kind}" in labels.LABELS
    for need in org.NEEDS:
        assert f"kam_in_practice.org.need.{need.code}" in labels.LABELS


def test_compare_designs_table_and_validation():
    from kamlab.models.kam_in_practice.organisation import compare_designs

    designs = {
        "hierarchy": org.team_design(["sales", "rnd"], structure="hierarchy"),
        "inverted": org.team_design(["sales", "rnd"]),
    }
    table = compare_designs(designs)
    assert table.index.tolist() == ["hierarchy", "inverted"] and table.index.name == "design"
    for name, design in designs.items():
        assert table.loc[name].to_dict() == pytest.approx(design.summary())
    assert table["team_size"].dtype.kind == "i"
    with pytest.raises(KamlabTypeError, match="compare_designs: parameter 'designs' must be a mapping"):
        compare_designs([designs["inverted"]])
    with pytest.raises(KamlabValueError, match="compare_designs: parameter 'designs' is empty"):
        compare_designs({})
    with pytest.raises(KamlabTypeError, match="design 'x' must be a TeamDesign"):
        compare_designs({"x": {"coverage": 1.0}})
