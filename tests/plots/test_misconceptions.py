"""Lesson misconceptions: the plots of kamlab.plots.misconceptions (moved from tests/models/test_misconceptions.py)."""

import matplotlib
import pytest

from kamlab.models import misconceptions as mc
from kamlab.plots import misconceptions as drawing
from tests.lessons._fonts import render, strict_fonts


# ---- plots in both languages, rendered for real ------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plots_render_without_missing_glyphs(lang):
    with strict_fonts(lang):
        for model in (mc.PRICE_CONCESSION, mc.NON_PRICE_SUPPORT, mc.ConcessionModel(max_volume_gain=0.1)):
            ax = drawing.plot_concession_curve(mc.concession_curve(model), prediction=0.1, lang=lang)
            assert len(ax.get_lines()) >= 2
            render(ax)
        render(drawing.plot_segment_pnl(mc.segment_pnl(), lang=lang))
        left, right = drawing.plot_stage_paths(
            {
                "traditional": mc.relationship_paths(mc.TRADITIONAL),
                "dedicated": mc.relationship_paths(mc.DEDICATED_KAM),
            },
            lang=lang,
        )
        assert len(right.patches) == 12 and left.get_lines()[0].get_ydata()[0] == 100
        render(left)
        risks = [mc.portfolio_risk(s, simulations=300) for s in mc.STRATEGIES]
        render(drawing.plot_portfolio_risk(risks, lang=lang))
        render(drawing.plot_support_value(mc.support_value(), lang=lang))
    zh = drawing.plot_segment_pnl(mc.segment_pnl(), lang="zh")
    assert zh.get_lines()[0].get_label() == "靠中小客户赚利润：总利润"
    matplotlib.pyplot.close("all")
