"""The explorers' PNG route: drawn once, and byte-identical to what ``savefig`` writes."""

import io

import matplotlib
import pytest
from matplotlib.figure import Figure

from kamlab import widgets
from kamlab.fonts import cjk_rc
from kamlab.widgets.base import PNG_DPI, render_png

pytestmark = pytest.mark.rendered  # these compare real PNG bytes (see conftest.py)


def _savefig(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=fig.dpi)
    return buffer.getvalue()


def _figure(texts, lang):
    fig = Figure(figsize=(6, 3.5), layout="constrained", dpi=PNG_DPI)
    ax = fig.add_subplot()
    ax.plot([0, 1, 2], [3, 1, 2])
    for i, text in enumerate(texts):
        ax.text(0.1 + 0.3 * i, 2.5, text, fontsize=8 + 3 * i)
    ax.set_title(texts[0] + "\n" + texts[-1])  # two lines: the line gap counts
    ax.set_xlabel(texts[1])
    return fig


@pytest.mark.parametrize(
    "lang, texts", [("zh", ("大客户", "客户金字塔", "利润 ¥")), ("en", ("Key accounts", "pyramid", "profit $"))]
)
def test_render_png_is_byte_identical_to_savefig(lang, texts):
    with matplotlib.rc_context(cjk_rc()):
        assert render_png(_figure(texts, lang)) == _savefig(_figure(texts, lang))


@pytest.mark.parametrize("name", ["retention_explorer", "breakeven_explorer", "stage_game_explorer"])
def test_explorer_png_is_what_savefig_gives(name):
    explorer = getattr(widgets, name)(lang="zh")

    def fresh():
        fig = Figure(figsize=explorer._figsize, layout="constrained", dpi=PNG_DPI)
        explorer._draw(explorer.result, fig.add_subplot())
        return fig

    with matplotlib.rc_context(cjk_rc()):
        assert explorer.png == render_png(fresh()) == _savefig(fresh())
