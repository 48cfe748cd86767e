"""Lesson runaway_horse: the plots of kamlab.plots.runaway_horse (moved from tests/models/test_runaway_horse.py)."""

import matplotlib
import networkx as nx
import pytest
from matplotlib.figure import Figure

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import runaway_horse
from kamlab.plots import runaway_horse as drawing
from tests.lessons._fonts import render, strict_fonts


@pytest.fixture(scope="module")
def case():
    return kamlab.load_k1_case()


# ---- plots in both languages, rendered for real ----------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plots_render_without_missing_glyphs(case, lang):
    with strict_fonts(lang):
        ax = drawing.plot_relationship_map(runaway_horse.relationship_map(case.contacts, case.staff), lang=lang)
        assert len(ax.texts) == 4 + 2 and "蝴蝶结" in ax.get_title() if lang == "zh" else "Bow-tie" in ax.get_title()
        render(ax)
        ax = drawing.plot_relationship_map(
            runaway_horse.plan_graph(runaway_horse.PLANS["diamond"]), lang=lang, resigned=("S01",)
        )
        assert any(("已辞职" if lang == "zh" else "resigned") in t.get_text() for t in ax.texts)
        render(ax)
        render(drawing.plot_plan_risk([runaway_horse.assess_plan(p) for p in runaway_horse.PLANS.values()], lang=lang))
        render(drawing.plot_revenue_share(case.accounts, lang=lang))
        render(drawing.plot_relationship_map(nx.Graph(), lang=lang))


def test_plots_use_given_axes_kwargs_and_reject_wrong_input(case):
    ax = Figure().add_subplot()
    risks = [runaway_horse.assess_plan(runaway_horse.PLANS["bow_tie"])]
    out = drawing.plot_plan_risk(risks, ax=ax, lang="en", names=["Lu"], color="red")
    assert out is ax and matplotlib.colors.to_hex(ax.patches[0].get_facecolor()) == "#ff0000"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Lu"]
    ax = drawing.plot_revenue_share(case.accounts, n=5, ax=Figure().add_subplot(), lang="en")
    assert len(ax.patches) == 5 and ax.get_lines()[0].get_ydata()[0] == 10
    with pytest.raises(KamlabTypeError, match="plot_relationship_map: parameter 'graph'"):
        drawing.plot_relationship_map({}, lang="en")
    with pytest.raises(KamlabTypeError, match=r"plot_plan_risk: parameter 'risks\[0\]'"):
        drawing.plot_plan_risk([1], lang="en")
    with pytest.raises(KamlabValueError, match="plot_revenue_share: parameter 'n'"):
        drawing.plot_revenue_share(case.accounts, n=0, lang="en")
    with pytest.raises(KamlabValueError, match="lang"):
        drawing.plot_plan_risk(risks, lang="fr")
