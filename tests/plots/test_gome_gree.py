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
            lambda ax: drawing.plot_game_tree(gome_gree.sequential_game(belief=0.2), ax=ax, lang=lang),
            lambda ax: drawing.plot_belief_threshold(gome_gree.sequential_game(belief=0.6), ax=ax, lang=lang),
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


@pytest.mark.parametrize(
    ("belief", "path", "gome_edge"),
    [(0.2, ("cut", "withdraw"), "cut"), (0.5, ("keep",), "keep")],
)
def test_game_tree_highlights_the_path_and_the_best_replies(belief, path, gome_edge):
    from matplotlib.colors import to_hex

    from kamlab.plots.style import BLUE, GOLD, RED

    fig = Figure()
    ax = fig.add_subplot()
    drawing.plot_game_tree(gome_gree.sequential_game(belief=belief), ax=ax, lang="en")
    # one gold band per edge of the path played (keep: 1 edge; cut, withdraw: 2 edges)
    bands = [line for line in ax.lines if to_hex(line.get_color()) == GOLD]
    assert len(bands) == len(path)
    bold = {(to_hex(line.get_color()), tuple(line.get_ydata())) for line in ax.lines if line.get_linewidth() == 3.2}
    # Gree's best reply (withdraw: down to y = 0.05) in Gree's blue; Gome's move in Gome's red
    assert (BLUE, (0.45, 0.05)) in bold
    assert (RED, (1.0, 1.75) if gome_edge == "keep" else (1.0, 0.45)) in bold
    texts = [x.get_text() for x in ax.texts]
    assert "(-28.5, -25)" in texts and "(15, -42.5)" in texts and "(0, 0)" in texts
    assert f"Gome's belief that Gree withdraws: p = {belief:.0%}" in texts


def test_belief_threshold_plot_marks_where_gome_cuts():
    fig = Figure()
    ax = fig.add_subplot()
    drawing.plot_belief_threshold(gome_gree.sequential_game(belief=0.2), ax=ax, lang="en", linewidth=5)
    assert ax.lines[0].get_linewidth() == 5
    assert list(ax.lines[0].get_ydata()) == [15.0, -28.5]
    zone = ax.patches[0].get_window_extent()
    assert zone.x0 == pytest.approx(ax.transData.transform((0, 0))[0])
    assert zone.x1 == pytest.approx(ax.transData.transform((15 / 43.5, 0))[0])
    with pytest.raises(KamlabTypeError, match="plot_game_tree: parameter 'result' must be a SequentialResult"):
        drawing.plot_game_tree(gome_gree.one_shot(), ax=ax)
