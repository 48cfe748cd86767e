"""The explorers' PNG route: drawn once, with the same pixels as what ``savefig`` writes, smaller."""

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


def _pixels(png: bytes):
    """The decoded picture as RGBA (Pillow reads the file; an RGB file gets alpha 255)."""
    import numpy as np
    from PIL import Image

    image = Image.open(io.BytesIO(png))
    return image.size, image.info.get("dpi"), np.asarray(image.convert("RGBA"))


def _same_picture(a: bytes, b: bytes) -> bool:
    (size_a, dpi_a, px_a), (size_b, dpi_b, px_b) = _pixels(a), _pixels(b)
    return size_a == size_b and px_a.shape == px_b.shape and bool((px_a == px_b).all()) and dpi_a == dpi_b


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
def test_render_png_has_the_pixels_savefig_gives_in_a_smaller_file(lang, texts):
    with matplotlib.rc_context(cjk_rc()):
        ours, theirs = render_png(_figure(texts, lang)), _savefig(_figure(texts, lang))
    assert _same_picture(ours, theirs)
    assert len(ours) < len(theirs)
    assert _pixels(ours)[0] == (6 * PNG_DPI, round(3.5 * PNG_DPI))


def test_encode_png_is_lossless_with_its_alpha_and_dpi():
    import numpy as np

    from kamlab.errors import KamlabValueError
    from kamlab.widgets.base import encode_png

    rgba = np.zeros((3, 5, 4), dtype=np.uint8)
    rgba[..., 0] = np.arange(5) * 50
    rgba[..., 1] = np.arange(3)[:, None] * 100
    rgba[..., 3] = 255
    rgba[1, 2, 3] = 7  # one transparent pixel
    size, dpi, pixels = _pixels(encode_png(rgba, 192))
    assert size == (5, 3) and dpi == pytest.approx((192, 192), abs=0.01) and (pixels == rgba).all()
    with pytest.raises(KamlabValueError, match=r"rgba must have 4 channels.*\(3, 5, 3\)"):
        encode_png(rgba[..., :3], 96)


@pytest.mark.parametrize("name", ["retention_explorer", "breakeven_explorer", "stage_game_explorer"])
def test_explorer_png_is_what_savefig_gives(name):
    explorer = getattr(widgets, name)(lang="zh")

    def fresh():
        fig = Figure(figsize=explorer._figsize, layout="constrained", dpi=PNG_DPI)
        explorer._draw(explorer.result, fig.add_subplot())
        return fig

    with matplotlib.rc_context(cjk_rc()):
        assert explorer.png == render_png(fresh())
        assert _same_picture(explorer.png, _savefig(fresh()))


def test_display_bundle_carries_the_current_picture_without_drawing():
    """A saved notebook, nbconvert and a static site show the chart: the bundle holds the PNG the
    explorer last rendered (the same bytes, no new draw), shown at its CSS size (96 px per inch)."""
    import base64

    explorer = widgets.breakeven_explorer(lang="en")
    explorer.set(discount=0.25)
    updates = explorer.updates
    data, metadata = explorer._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in data
    assert base64.b64decode(data["image/png"]) == explorer.png
    assert explorer.updates == updates
    width_in, height_in = explorer._figsize
    assert metadata["image/png"] == {"width": round(width_in * 96), "height": round(height_in * 96)}
    assert PNG_DPI >= 2 * 96  # two image pixels per CSS pixel


def test_sliders_of_one_explorer_get_one_label_width_and_fill_equal_columns():
    """The long 「发展潜力（钱包余量）」 label no longer squeezes its slider: every labelled control of
    a grid has the same label width, fills its column, and the columns are equal (``1fr``)."""
    import ipywidgets as w

    explorer = widgets.scoring_explorer(__import__("kamlab").load_accounts(), lang="zh")
    grid = next(c for c in explorer.widget.children if isinstance(c, w.GridBox))
    sliders = [c for c in grid.children if isinstance(c, (w.FloatSlider, w.IntSlider))]
    assert len(sliders) == 6
    assert len({s.style.description_width for s in sliders}) == 1
    longest = max(s.description for s in sliders)
    assert float(sliders[0].style.description_width.removesuffix("em")) >= len(longest) * 0.6
    assert {s.layout.width for s in sliders} == {"auto"}
    assert "1fr" in grid.layout.grid_template_columns and "auto-fill" in grid.layout.grid_template_columns
