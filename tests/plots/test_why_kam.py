"""Lesson why_kam: the plots of kamlab.plots.why_kam (moved from tests/models/test_why_kam.py)."""

import matplotlib
import pandas as pd
import pytest
from matplotlib.figure import Figure

import kamlab
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import why_kam
from kamlab.plots import why_kam as drawing
from tests.lessons._fonts import render, strict_fonts


@pytest.fixture(scope="module")
def small():
    return kamlab.make_accounts(300, seed=2)


# ---- plots in both languages, rendered for real ---------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plots_render_without_missing_glyphs(small, lang):
    comparison = why_kam.compare_effort_policies(small, budget_hours=3000)
    curve = why_kam.focus_curve(small, budget_hours=3000, points=6)
    with strict_fonts(lang):
        ax = drawing.plot_focus_curve(curve, comparison, lang=lang)
        assert len(ax.get_lines()) >= 2 and len(ax.collections) == 2
        render(ax)
        for s in (why_kam.clv_scenario(1e4, 0.8, 0.12), why_kam.clv_scenario(1e4, 1.0, 0.1, growth=0.1)):
            ax = drawing.plot_clv_scenario(s, lang=lang)
            assert bool(ax.collections) == s.converges and bool(ax.texts) != s.converges
            render(ax)
        rc = why_kam.retention_curves()
        ax = drawing.plot_survival(rc, lang=lang)
        assert ax.get_lines()[0].get_ydata()[0] == 100
        render(ax)
        render(drawing.plot_repeat_purchases(rc, lang=lang))
        for d in (0.05, 0.25):
            ax = drawing.plot_breakeven_map(why_kam.breakeven_scenario(0.2, d), lang=lang)
            render(ax)
    en = drawing.plot_breakeven_map(why_kam.breakeven_scenario(0.2, 0.05), lang="en")
    assert en.texts[-1].get_text() == "+33%"
    zh = drawing.plot_survival(why_kam.retention_curves(), lang="zh")
    assert zh.get_lines()[0].get_label() == "忠诚客户（保留率 90%）"


def test_plots_use_given_axes_kwargs_and_reject_wrong_input(small):
    ax = Figure().add_subplot()
    out = drawing.plot_survival(why_kam.retention_curves({"a": 0.5}), ax=ax, lang="en", color="red")
    assert out is ax and matplotlib.colors.to_hex(ax.get_lines()[0].get_color()) == "#ff0000"
    assert ax.get_lines()[0].get_label() == "a (retention 50%)"  # unknown group names shown as given
    with pytest.raises(KamlabTypeError, match="plot_survival: parameter 'curves' must be a RetentionCurves, got dict"):
        drawing.plot_survival({}, lang="en")
    with pytest.raises(KamlabTypeError, match="plot_clv_scenario: parameter 'scenario' must be a ClvScenario"):
        drawing.plot_clv_scenario(2.5, lang="en")
    with pytest.raises(KamlabTypeError, match="plot_breakeven_map: parameter 'scenario' must be a BreakevenScenario"):
        drawing.plot_breakeven_map(None, lang="en")
    with pytest.raises(KamlabTypeError, match="plot_focus_curve: parameter 'comparison' must be a EffortComparison"):
        drawing.plot_focus_curve(pd.DataFrame(), None, lang="en")
    with pytest.raises(KamlabValueError, match="plot_survival: parameter 'lang' = 'fr'"):
        drawing.plot_survival(why_kam.retention_curves(), lang="fr")
