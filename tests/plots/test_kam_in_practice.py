"""Lesson 07 (KAM in practice): the plots of kamlab.plots.kam_in_practice (moved from tests/models/kam_in_practice/)."""

import matplotlib
import pytest
from matplotlib.figure import Figure

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models.kam_in_practice import account_plan as ap
from kamlab.models.kam_in_practice import capstone as cp
from kamlab.models.kam_in_practice import competency as comp
from kamlab.models.kam_in_practice import maturity as mat
from kamlab.models.kam_in_practice import organisation as org
from kamlab.plots import kam_in_practice as drawing
from tests.lessons._fonts import render, strict_fonts
from tests.models.kam_in_practice.test_organisation import _risky_company  # one hand-built company for both


# ---- maturity ----------------------------------------------------------------------------------
def _answers(default=4, **changes):
    """All questions at ``default`` except ``changes`` (keys like P1_1 for 'P1.1')."""
    answers = {q: default for q in mat.QUESTION_IDS}
    answers.update({k.replace("_", "."): v for k, v in changes.items()})
    return answers


# ---- plots in both languages, rendered for real -----------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_maturity_plots_render_without_missing_glyphs(lang):
    with strict_fonts(lang):
        bench = mat.score_maturity(mat.profile_answers("benchmark"))
        for name in mat.PROFILES:
            ax = drawing.plot_maturity_radar(mat.score_maturity(mat.profile_answers(name)), compare=bench, lang=lang)
            texts = " ".join(x.get_text() for x in ax.texts)
            assert ("P1 战略契合" if lang == "zh" else "P1 Strategic fit") in texts
            assert len(ax.get_legend().get_texts()) == 2 and not ax.axison
            render(ax)
        for candidate in comp.CANDIDATES:
            for role in comp.ROLE_PROFILES:
                ax = drawing.plot_competency_profile(comp.competency_fit(candidate, role=role), lang=lang)
                assert len(ax.patches) == 9
                assert ax.get_xlabel() == ("能力水平（1–5）" if lang == "zh" else "Level (1-5)")
                render(ax)


def test_radar_geometry_uses_given_axes_and_kwargs():
    r = mat.score_maturity(_answers(3, P1_1=5, P1_2=5, P1_3=5, P1_4=5))  # strategy 100, others 50
    ax = Figure().add_subplot()
    out = drawing.plot_maturity_radar(r, ax=ax, lang="en", color="green", label="Firm A")
    assert out is ax and ax.get_aspect() == 1.0
    main = [line for line in ax.lines if line.get_label() == "Firm A"][0]
    assert matplotlib.colors.to_hex(main.get_color()) == "#008000"
    x, y = main.get_data()
    assert x[0] == pytest.approx(0.0) and y[0] == pytest.approx(1.0)  # P1 at the top, at 100
    assert (x[1] ** 2 + y[1] ** 2) ** 0.5 == pytest.approx(0.5) and x[1] > 0  # P2 clockwise, at 50
    assert len(x) == 6 and x[-1] == x[0]  # closed polygon
    assert [x.get_text() for x in ax.get_legend().get_texts()] == ["Firm A"]
    ax = drawing.plot_maturity_radar(r, compare=r, ax=Figure().add_subplot(), lang="en", compare_label="Peer")
    assert [x.get_text() for x in ax.get_legend().get_texts()] == ["Your firm", "Peer"]
    assert ax.get_title() == "KAM maturity: overall 60/100 (developing)"


def test_competency_plot_colours_and_kwargs():
    f = comp.competency_fit("star_salesperson")
    ax = drawing.plot_competency_profile(f, ax=Figure().add_subplot(), lang="en")
    short = [matplotlib.colors.to_hex(p.get_facecolor()) == "#d1495b" for p in ax.patches]
    assert short == [g > 0 for g in f.gaps.values()]
    assert [p.get_width() for p in ax.patches] == list(f.levels.values())
    assert ax.get_title() == "Star salesperson vs Key-account manager: fit 68%"
    ax = drawing.plot_competency_profile(f, ax=Figure().add_subplot(), lang="zh", color="black", height=0.3)
    assert all(matplotlib.colors.to_hex(p.get_facecolor()) == "#000000" for p in ax.patches)
    assert ax.patches[0].get_height() == pytest.approx(0.3)


# ---- organisation ------------------------------------------------------------------------------
# ---- account plan: the shipped company ----------------------------------------------------------------
@pytest.fixture(scope="module")
def plan(company):
    return ap.build_account_plan(company, lang="en")


# ---- plots ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_organisation_plots_render_without_missing_glyphs(lang, company):
    with strict_fonts(lang):
        ax = drawing.plot_org_structures(lang=lang)
        assert len(ax.patches) == 8
        render(ax)
        for structure in org.STRUCTURES:
            ax = drawing.plot_account_team(org.team_design(["sales", "rnd"], structure=structure), lang=lang)
            assert len(ax.patches) == 6 + 1 + (structure == "hierarchy")
            render(ax)
        risky, _ = _risky_company(company)
        for plan in (ap.build_account_plan(company, lang=lang), ap.build_account_plan(risky, lang=lang)):
            ax = drawing.plot_account_plan(plan)
            assert len(ax.patches) == 8 and ax.get_ylabel()
            assert ax.patches[6].get_height() == pytest.approx(plan.goal("revenue").target)
            render(ax)


def test_plot_validation():
    with pytest.raises(KamlabTypeError, match="plot_account_team: parameter 'design' must be a TeamDesign"):
        drawing.plot_account_team(["sales"])
    with pytest.raises(KamlabTypeError, match="plot_account_plan: parameter 'plan' must be an AccountPlan"):
        drawing.plot_account_plan({})


# ---- capstone ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def small():
    return kamlab.make_accounts(300)


# ---- plots ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_capstone_plots_render_without_missing_glyphs(small, lang):
    with strict_fonts(lang):
        c = cp.capstone(small, budget_yuan=400_000, rule="revenue", n_sims=200)
        ax = drawing.plot_programme(c, lang=lang)
        assert len(ax.lines) == 4 and ("万元" if lang == "zh" else " yuan a year") in ax.get_title()
        assert ("百万元" if lang == "zh" else "million yuan") in ax.get_xlabel()
        legend = [x.get_text() for x in ax.get_legend().get_texts()]
        assert ("大客户管理方案：第5百分位" if lang == "zh" else "KAM programme: 5th percentile") in legend
        render(ax)
        ax = drawing.plot_capstone_accounts(c, lang=lang)
        assert len(ax.patches) == 2 * len(c.programme) == 10
        assert ("兼职" if lang == "zh" else "Part-time") in ax.get_yticklabels()[0].get_text()
        render(ax)
        empty = cp.evaluate_programme(small, {}, n_sims=50)
        ax = drawing.plot_capstone_accounts(empty, lang=lang)
        assert not ax.patches and ax.texts
        render(ax)
        render(drawing.plot_programme(empty, lang=lang))


def test_plots_use_given_axes_kwargs_and_reject_wrong_input(small):
    r = cp.evaluate_programme(small, {"A0050": "basic"}, n_sims=100)
    ax = Figure().add_subplot()
    out = drawing.plot_programme(r, ax=ax, lang="en", color="red", bins=10)
    assert out is ax and matplotlib.colors.to_hex(ax.patches[0].get_facecolor()) == "#ff0000"
    assert len(ax.patches) == 2  # one filled step outline per arm
    # the marked lines are the means and 5th percentiles, in million yuan
    assert ax.lines[0].get_xdata()[0] == pytest.approx(r.simulations["no_kam"].mean() / 1e6)
    assert ax.lines[1].get_xdata()[0] == pytest.approx(r.percentile(5, "no_kam") / 1e6)
    assert "Budget 80,000 yuan" in ax.get_title()
    ax = drawing.plot_capstone_accounts(r, ax=Figure().add_subplot(), lang="en", top=1)
    benefit = r.accounts.iloc[[0]]
    row = r.accounts[r.accounts["level"] != "none"].iloc[0]
    assert ax.patches[0].get_width() == pytest.approx(
        (row["expected_uplift"] + row["expected_cost"]) / 1e3
    )  # thousand yuan in English
    assert len(benefit) == 1
    with pytest.raises(KamlabTypeError, match="plot_programme: parameter 'result' must be a ProgrammeResult"):
        drawing.plot_programme(1, lang="en")
    with pytest.raises(KamlabTypeError, match="plot_capstone_accounts: parameter 'result'"):
        drawing.plot_capstone_accounts("x", lang="en")
    with pytest.raises(KamlabValueError, match="plot_programme: parameter 'bins' = 0"):
        drawing.plot_programme(r, bins=0, lang="en")
    with pytest.raises(KamlabValueError, match="plot_capstone_accounts: parameter 'top' = 0"):
        drawing.plot_capstone_accounts(r, top=0, lang="en")
    with pytest.raises(KamlabValueError, match="lang"):
        drawing.plot_programme(r, lang="fr")
