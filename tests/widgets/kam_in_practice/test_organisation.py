"""Lesson 07 (organisation): the explorers of kamlab.widgets.kam_in_practice.organisation (moved from tests/models/kam_in_practice/test_organisation.py)."""

import pytest

from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models.kam_in_practice import organisation as org
from kamlab.widgets.kam_in_practice import organisation as views


# ---- explorers -----------------------------------------------------------------------------------------
def test_team_explorer_sweep():
    ex = views.team_explorer(lang="en")
    assert ex.result.facing == ("sales",) and ex.controls["sales"].disabled
    n = ex.updates
    for f in org.FUNCTIONS:
        for value in (True, False):
            ex.controls[f].value = value
            assert (f in ex.result.facing) == (value or f == "sales")
            assert f"{ex.result.annual_cost:,.0f} yuan/year" in ex.caption.value
    assert ex.updates == n + 2 * 6 + 1  # the sales box starts ticked: setting it True changes nothing
    for f in ("rnd", "logistics"):
        ex.controls[f].value = True
    for structure in ("hierarchy", "inverted"):
        ex.controls["structure"].value = structure
        assert ex.result.structure == structure and ex.result.facing == ("sales", "rnd", "logistics")
        assert ("4 handoffs" in " ".join(t.get_text() for t in ex.figure.axes[0].get_legend().get_texts())) == (
            structure == "hierarchy"
        )
    with pytest.raises(KamlabValueError, match="unknown function"):
        views.team_explorer(facing=("hr",))
    zh = views.team_explorer(structure="hierarchy", facing=("sales", "service"), lang="zh")
    assert zh.result.structure == "hierarchy" and "元／年" in zh.caption.value


def test_account_plan_explorer_sweep(company):
    ex = views.account_plan_explorer(company, lang="en")
    options = [v for _, v in ex.controls["account"].options]
    assert options == list(company.accounts.nlargest(20, "revenue")["account_id"])
    for account in options:
        ex.controls["account"].value = account
        assert ex.result.account_id == account and ex.result.name in ex.caption.value
    ex.controls["account"].value = options[0]
    for target in (0.0, 1.0):
        ex.controls["target_share_of_wallet"].value = target
        goal = ex.result.goal("share_of_wallet")
        assert goal.target == pytest.approx(max(target, goal.current))
    for years in (1, 10):
        ex.controls["horizon_years"].value = years
        assert ex.result.goal("revenue").due.year == 2026 + years
    assert ex.updates >= 25 and ex.result.to_markdown().startswith("# Account plan")
    with pytest.raises(KamlabTypeError, match="account_plan_explorer: parameter 'company'"):
        views.account_plan_explorer(company.accounts)
