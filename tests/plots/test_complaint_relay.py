"""Lesson complaint_relay: the plots of kamlab.plots.complaint_relay (moved from tests/models/test_complaint_relay.py)."""

import matplotlib
import pytest
from matplotlib.figure import Figure

from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.models import complaint_relay
from kamlab.plots import complaint_relay as drawing
from tests.lessons._fonts import render, strict_fonts


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plots_render_without_missing_glyphs(lang):
    with strict_fonts(lang):
        results = [
            complaint_relay.simulate_quarter(w, seed=2026) for w in (complaint_relay.HEROIC, complaint_relay.KAM)
        ]
        ax = drawing.plot_quarter_measures(results, lang=lang)
        assert len(ax.patches) == 2 * len(complaint_relay.MEASURES)
        assert ("销售员被占用" if lang == "zh" else "Salesperson hours") in " ".join(
            t.get_text() for t in ax.get_yticklabels()
        )
        render(ax)
        for way in ("heroic", "kam"):
            ax = drawing.plot_replay(complaint_relay.replay_call(way), lang=lang)
            assert len(ax.patches) == 7 and len(ax.texts) == 7
            render(ax)
        ax = drawing.plot_replay(complaint_relay.replay_call("heroic"), upto=0, lang=lang)
        assert not ax.patches
        render(ax)
        render(
            drawing.plot_quarter_measures(
                complaint_relay.simulate_quarter(complaint_relay.KAM, orders=0, seed=0), lang=lang
            )
        )


def test_plots_use_given_axes_kwargs_and_reject_wrong_input():
    ax = Figure().add_subplot()
    out = drawing.plot_quarter_measures(
        [complaint_relay.simulate_quarter(complaint_relay.HEROIC, seed=1)], ax=ax, lang="en", color="red"
    )
    assert out is ax and matplotlib.colors.to_hex(ax.patches[0].get_facecolor()) == "#ff0000"
    assert all(p.get_width() in (0, 100) for p in ax.patches)
    ax = drawing.plot_replay(
        complaint_relay.replay_call("kam"), upto=2, ax=Figure().add_subplot(), lang="en", title="K"
    )
    assert ax.get_title() == "K" and len(ax.patches) == 2 and "0.25 h" not in ax.get_title()
    assert "kept" in drawing.plot_replay(complaint_relay.replay_call("kam"), lang="en").texts[4].get_text()
    with pytest.raises(KamlabTypeError, match=r"plot_quarter_measures: parameter 'results\[0\]'"):
        drawing.plot_quarter_measures([1], lang="en")
    with pytest.raises(KamlabTypeError, match=r"plot_replay: parameter 'steps\[0\]'"):
        drawing.plot_replay(["x"], lang="en")
    with pytest.raises(KamlabValueError, match="plot_replay: parameter 'upto' = 8"):
        drawing.plot_replay(complaint_relay.replay_call("kam"), upto=8, lang="en")
    with pytest.raises(KamlabValueError, match="lang"):
        drawing.plot_replay(complaint_relay.replay_call("kam"), lang="fr")
