"""Lesson gome_gree: the plots of kamlab.plots.gome_gree (moved from tests/models/test_gome_gree.py)."""

import io
import warnings

import matplotlib
import pytest
from matplotlib.figure import Figure

from kamlab.errors import KamlabTypeError
from kamlab.models import gome_gree
from kamlab.plots import gome_gree as drawing


# ---- plots and explorers ----------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plots_render_without_missing_glyphs(lang):
    from kamlab.fonts import cjk_rc

    with matplotlib.rc_context(cjk_rc()), warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*[Gg]lyph.*missing")
        for draw in (
            lambda ax: drawing.plot_payoff_table(gome_gree.one_shot(), ax=ax, lang=lang),
            lambda ax: drawing.plot_payoff_table(
                gome_gree.one_shot(gome_gree.GomeGreeCase(copycat_risk=0.1)), ax=ax, lang=lang
            ),
            lambda ax: drawing.plot_threat_credibility(gome_gree.GomeGreeCase(), ax=ax, lang=lang),
            lambda ax: drawing.plot_repeated_play(
                gome_gree.simulate_repeated(seed=1, slip_rate=0.3),
                ax=ax,
                lang=lang,
                gome="tit_for_tat",
                gree="grim_trigger",
            ),
        ):
            fig = Figure()
            ax = fig.add_subplot()
            assert draw(ax) is ax
            fig.savefig(io.BytesIO(), format="png")


def test_plots_reject_wrong_input_and_pass_kwargs():
    fig = Figure()
    ax = fig.add_subplot()
    with pytest.raises(KamlabTypeError, match="plot_payoff_table: parameter 'result' must be a OneShotResult"):
        drawing.plot_payoff_table(gome_gree.GomeGreeCase(), ax=ax)
    with pytest.raises(KamlabTypeError, match="'case' must be a GomeGreeCase"):
        drawing.plot_threat_credibility(gome_gree.one_shot(), ax=ax)
    with pytest.raises(KamlabTypeError, match="'play' must be a DataFrame"):
        drawing.plot_repeated_play([1, 2], ax=ax)
    drawing.plot_threat_credibility(gome_gree.GomeGreeCase(), ax=ax, linewidth=4, lang="en")
    assert ax.lines[0].get_linewidth() == 4
