"""The account plan, section by section (kamlab.models.kam_in_practice.account_plan), its public
company check, and language chosen only by an explicit parameter."""

import datetime as dt

import pandas as pd
import pytest

import kamlab
from kamlab.analytics import customer_lifetime_value, customer_profit, dependence_flags
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models.kam_in_practice import account_plan as ap


@pytest.fixture(scope="module")
def company():
    return kamlab.make_company(60, seed=3)


# ---- the company check (public: the explorer uses it) ---------------------------------------------
def test_check_company_returns_it_and_names_the_caller(company):
    assert ap.check_company(company) is company
    with pytest.raises(KamlabTypeError, match=r"^my_explorer: parameter 'company' must be a kamlab Company"):
        ap.check_company(company.accounts, func="my_explorer")
    broken = kamlab.datasets.Company(**{**company.__dict__, "tickets": company.tickets.drop(columns="escalated")})
    with pytest.raises(KamlabValueError, match=r"check_company: .*escalated"):
        ap.check_company(broken)
    empty = kamlab.datasets.Company(**{**company.__dict__, "accounts": company.accounts.iloc[:0]})
    with pytest.raises(KamlabValueError, match="check_company: company.accounts has no rows"):
        ap.check_company(empty)


# ---- section 0: the account and the target ---------------------------------------------------------
def test_account_row_default_is_the_largest(company):
    accounts = company.accounts
    assert (
        ap._account_row(accounts, None, "f")["account_id"] == accounts.loc[accounts["revenue"].idxmax(), "account_id"]
    )
    some = str(accounts["account_id"].iloc[7])
    assert ap._account_row(accounts, some, "f")["account_id"] == some
    with pytest.raises(KamlabValueError, match=r"f: parameter 'account_id' = 'A9999' is not among the 60 accounts"):
        ap._account_row(accounts, "A9999", "f")
    with pytest.raises(KamlabTypeError, match=r"f: parameter 'account_id' must be a str such as 'A"):
        ap._account_row(accounts, 7, "f")


def test_target_share():
    assert ap._target_share(None, 0.35, "A1", "f") == pytest.approx(0.45)
    assert ap._target_share(None, 0.95, "A1", "f") == 1.0
    assert ap._target_share(0.5, 0.5, "A1", "f") == 0.5
    with pytest.raises(
        KamlabValueError,
        match=r"'target_share_of_wallet' = 0.2 is below the current share of "
        r"wallet 0.5000 of A1; expected a value in \[0.5000, 1\]",
    ):
        ap._target_share(0.2, 0.5, "A1", "f")
    with pytest.raises(KamlabValueError, match="target_share_of_wallet"):
        ap._target_share(1.5, 0.5, "A1", "f")


# ---- section 1: value --------------------------------------------------------------------------------
def test_plan_value_comes_from_the_analytics(company):
    accounts = company.accounts
    row = accounts.iloc[3]
    value, flags = ap._plan_value(accounts, row)
    assert tuple(value) == ap._VALUE_KEYS
    aid = row["account_id"]
    profit = customer_profit(accounts).set_index("account_id").loc[aid]
    assert value["customer_profit"] == float(profit["profit"]) and value["revenue"] == float(row["revenue"])
    assert value["clv"] == float(customer_lifetime_value(accounts).set_index("account_id").loc[aid, "clv"])
    assert value["n_accounts"] == 60 and flags["account_id"] == aid
    dep = dependence_flags(accounts).set_index("account_id").loc[aid]
    assert value["revenue_rank"] == int(dep["rank"]) and value["share_of_total_revenue"] == float(dep["share"])


# ---- section 2: contacts map -----------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_contacts_map_in_the_chosen_language(company, lang):
    staff = company.staff.assign(staff_id=company.staff["staff_id"].astype(str))
    aid = str(company.contacts["account_id"].iloc[0])
    contacts = ap._contacts_map(company, aid, staff, lang)
    mine = company.contacts.loc[company.contacts["account_id"] == aid]
    assert contacts["customer_person"].tolist() == mine[f"customer_person_{lang}"].astype(str).tolist()
    names = staff.set_index("staff_id")[f"name_{lang}"]
    assert contacts["staff_name"].tolist() == [names[s] for s in contacts["staff_id"]]
    assert list(contacts.columns) == [
        "contact_id",
        "customer_person",
        "customer_role",
        "strength",
        "since_year",
        "staff_id",
        "staff_name",
        "staff_role",
    ]


# ---- section 3: risks ----------------------------------------------------------------------------------
def _contacts(staff_ids, strengths):
    return pd.DataFrame({"staff_id": staff_ids, "staff_name": [f"N{s}" for s in staff_ids], "strength": strengths})


def _tickets(days=(), escalated=()):
    return pd.DataFrame({"days_to_resolve": list(days), "escalated": list(escalated)})


_CALM = {"share_of_total_revenue": 0.01, "customer_profit": 10.0, "share_of_wallet": 0.5, "category_spend": 1e6}
_NO_FLAG = pd.Series({"disclosure": False, "major_dependence": False})


def test_no_risk_fires_for_a_calm_account():
    assert ap._plan_risks(_CALM, _NO_FLAG, _contacts(["S1", "S2"], [3, 4]), _tickets([1.0], [False]), "en") == ()


def test_every_risk_rule_fires_in_order():
    value = {**_CALM, "share_of_total_revenue": 0.6, "customer_profit": -5.0, "share_of_wallet": 0.1}
    flags = pd.Series({"disclosure": True, "major_dependence": True})
    risks = ap._plan_risks(value, flags, _contacts(["S1", "S1"], [1, 2]), _tickets([9.0], [False]), "en")
    assert tuple(r.kind for r in risks) == ap.RISK_KINDS
    assert [r.level for r in risks] == ["high", "high", "medium", "high", "medium", "low"]
    assert "60.0%" in risks[0].detail and "NS1 (S1)" in risks[1].detail


def test_risk_thresholds_are_the_documented_ones():
    medium = ap._plan_risks(
        {**_CALM, "share_of_total_revenue": 0.2},
        pd.Series({"disclosure": True, "major_dependence": False}),
        _contacts(["S1", "S2"], [2, 3]),
        _tickets(),
        "zh",
    )
    assert [(r.kind, r.level) for r in medium] == [("dependence", "medium")]  # mean strength 2.5 is not weak
    slow = ap._plan_risks(_CALM, _NO_FLAG, _contacts(["S1", "S2"], [3, 3]), _tickets([5.0, 5.1], [0, 0]), "zh")
    assert [r.kind for r in slow] == ["service_trouble"]
    escalated = ap._plan_risks(_CALM, _NO_FLAG, _contacts(["S1", "S2"], [3, 3]), _tickets([1.0], [1]), "zh")
    assert [r.kind for r in escalated] == ["service_trouble"]
    nobody = ap._plan_risks(_CALM, _NO_FLAG, _contacts([], []), _tickets(), "en")
    assert [r.kind for r in nobody] == ["single_threaded", "weak_ties"]


# ---- section 4: goals -----------------------------------------------------------------------------------
def test_goals_follow_the_target():
    value = {
        "revenue": 1_000_000.0,
        "customer_profit": 50_000.0,
        "share_of_wallet": 0.5,
        "category_spend": 2_000_000.0,
        "discounts_rebates": 20_000.0,
    }
    due = dt.date(2029, 12, 31)
    goals = ap._plan_goals(value, 0.25, _contacts(["S1", "S2", "S2"], [4, 5, 1]), 0.6, due)
    g = {x.metric: x for x in goals}
    assert [x.metric for x in goals] == ["share_of_wallet", "revenue", "customer_profit", "strong_ties"]
    assert g["revenue"].target == pytest.approx(1_200_000.0)
    # 200,000 extra revenue at 25% margin less the 2% discount rate
    assert g["customer_profit"].target == pytest.approx(50_000.0 + 200_000.0 * 0.23)
    assert (g["strong_ties"].current, g["strong_ties"].target) == (2.0, 2.0)
    assert all(x.due == due for x in goals)
    losing = ap._plan_goals({**value, "customer_profit": -500_000.0}, 0.25, _contacts(["S1"], [4]), 0.6, due)
    assert losing[2].target == 0.0 and losing[3].target == 2.0  # break even first; at least two strong ties


# ---- section 5: actions ------------------------------------------------------------------------------
def test_default_actions_one_per_risk_with_owners_by_role():
    staff = pd.DataFrame(
        {
            "staff_id": ["S1", "S2", "S3", "S4"],
            "role": ["sales_rep", "key_account_manager", "vice_president", "engineer"],
        }
    )
    start = dt.date(2027, 1, 1)
    review = ap._default_actions((), staff, "S1", start, "en")
    assert [(a.owner, a.due) for a in review] == [("S2", dt.date(2027, 4, 1))]  # the first KAM, 90 days
    risks = (
        ap.Risk("dependence", "high", "x"),
        ap.Risk("low_share_of_wallet", "low", "y"),
        ap.Risk("service_trouble", "medium", "z"),
    )
    acts = ap._default_actions(risks, staff, "S2", start, "zh")
    # no customer-service staff: the owner falls back to the key-account manager
    assert [a.owner for a in acts] == ["S3", "S4", "S2"]
    assert [a.due - start for a in acts] == [dt.timedelta(days=d) for d in (90, 90, 30)]
    assert acts[0].what == kamlab.t("kam_in_practice.plan.action.dependence", "zh")


# ---- the language is a parameter, never the session's -------------------------------------------------
def test_no_model_reads_the_session_language(company):
    from kamlab.models import gome_gree
    from kamlab.models.kam_in_practice import maturity as mat

    before = kamlab.get_lang()
    try:
        results = []
        for lang in ("zh", "en"):
            kamlab.set_lang(lang)
            typical = mat.score_maturity(mat.profile_answers("chapter_typical"))
            results.append(
                (
                    ap.build_account_plan(company).to_markdown(),
                    mat.recommend(typical),
                    mat.questions_table(),
                    mat.rules_table(),
                    gome_gree.timeline(),
                )
            )
    finally:
        kamlab.set_lang(before)
    (plan_zh, *tables_zh), (plan_en, *tables_en) = results
    assert plan_zh == plan_en == ap.build_account_plan(company, lang="zh").to_markdown()  # default: zh, explicit
    for a, b in zip(tables_zh, tables_en):
        pd.testing.assert_frame_equal(a, b)
    assert mat.recommend(typical)["remedy"].iloc[0].startswith("kam_in_practice.maturity.remedy.")
    assert mat.questions_table()["statement"].iloc[0] == "kam_in_practice.maturity.q.P1.1"
    assert gome_gree.timeline()["date"].iloc[-1] == "gome_gree.date.then"


def test_codes_show_in_the_readers_language():
    from kamlab.models.kam_in_practice import maturity as mat

    shown = kamlab.show(mat.rules_table().set_index("rule"), lang="en").frame
    assert shown.iloc[0, 0] == mat.rules_table(lang="en")["text"].iloc[0]
    shown = kamlab.show(mat.questions_table(), lang="zh").frame
    assert shown.iloc[:, 3].tolist() == mat.questions_table(lang="zh")["statement"].tolist()
