"""The presenter view draws each explorer for a 1920 x 1080 projector (``use_projector``).

The geometry is checked against numbers worked out by hand; then the explorers whose charts are
drawn smallest for the projector (the lowest ``scale``: the largest text relative to the chart)
are drawn for real in both languages: the same pixels as in a notebook, the dpi that makes their
10-pt text 26 CSS px on the projector, and nothing drawn outside the picture or under a legend.
"""

from __future__ import annotations

import ipywidgets as w
import pytest

from kamlab.frames.plans import make_explorer
from kamlab.widgets import base

pytestmark = pytest.mark.rendered  # real layout and pixels (see conftest.py)


@pytest.fixture
def projector():
    base.use_projector()
    try:
        yield
    finally:
        base.use_projector(False)


def _sliders(n: int, label: str):
    return [w.IntSlider(description=label) for _ in range(n)]


def test_many_controls_and_a_tall_chart_go_beside_the_chart():
    # 17 sliders with an 8-character Chinese label: 8 + 0.8 em of label + 13 em of track = 21.8 em
    # = 436 px at 20 px. Stacked: (1669 + 30) // (436 + 30) = 3 columns, 6 rows of 44 px, so the
    # 7 x 6 in chart gets 1080 - 150 - 264 = 666 px of height: 777 px wide. Beside: one column
    # (17 x 44 = 748 <= 930 px), the chart gets 930 px of height, min(1669 - 436 - 30, 930 * 7 / 6)
    # = 1085 px wide, where 10 pt shows at 10 * 1085 / (72 * 7) = 21.53 px: drawn at 21.53 / 26.
    g = base.projector_chart((7, 6), _sliders(17, "一二三四五六七八"))
    assert (g["layout"], g["columns"], g["rows"], g["controls_px"], g["reserve"]) == ("side", 1, 17, 436, 150)
    assert g["shown"] == pytest.approx(1085)
    assert g["text_px"] == pytest.approx(21.5278, abs=1e-3)
    assert g["scale"] == pytest.approx(21.5278 / 26, abs=1e-4)


def test_few_controls_and_a_wide_chart_stay_above_the_chart():
    # 3 sliders, label "abcde" = 3.0 + 0.8 em, column 16.8 em = 336 px: (1699 // 366) = 4 columns,
    # 1 row; the 10 x 4.2 in chart gets 1080 - 150 - 44 = 886 px of height, 2110 px wide at most,
    # so it fills the 1669 px: 10 pt at 10 * 1669 / 720 = 23.18 px, drawn at 23.18 / 26 = 0.89.
    g = base.projector_chart((10, 4.2), _sliders(3, "abcde"))
    assert (g["layout"], g["columns"], g["rows"], g["reserve"]) == ("stacked", 4, 1, 194)
    assert g["shown"] == pytest.approx(1669)
    assert g["scale"] == pytest.approx(10 * 1669 / 720 / 26, abs=1e-4)
    # a small chart that already shows large text is drawn as it is
    assert base.projector_chart((3, 2), _sliders(1, "a"))["scale"] == 1.0


def _outside_or_covered(fig) -> list[str]:
    """Axes (with their titles, labels, texts and legends) drawn partly outside the figure, and
    titles, axis labels and texts that a legend covers."""
    renderer = fig.canvas.get_renderer()
    frame = fig.bbox.padded(1)
    bad = []
    for ax in fig.axes:
        box = ax.get_tightbbox(renderer)
        if not (frame.contains(box.x0, box.y0) and frame.contains(box.x1, box.y1)):
            bad.append(f"axes {ax.get_title()!r} outside the figure: {box.bounds} in {fig.bbox.bounds}")
    legends = [ax.get_legend() for ax in fig.axes if ax.get_legend() is not None] + list(fig.legends)
    texts = list(fig.texts)
    for ax in fig.axes:
        texts += [*ax.texts, ax.title, ax._left_title, ax._right_title]
        if ax.axison:
            texts += [ax.xaxis.label, ax.yaxis.label]
    for text in texts:
        if not text.get_visible() or not text.get_text().strip():
            continue
        box = text.get_window_extent(renderer)
        for legend in legends:
            if legend.get_window_extent(renderer).overlaps(box):
                bad.append(f"under the legend: {text.get_text()!r}")
    return bad


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    "name", ["maturity_explorer", "competency_explorer", "team_explorer", "concentration_explorer"]
)
def test_projector_charts_have_large_text_and_fit(projector, name, lang):
    ex = make_explorer(name, lang)
    g = base.projector_chart(ex._figsize, list(ex.controls.values()))
    assert g["scale"] < 0.9  # these are the smallest-drawn charts
    assert ex.dpi == round(base.PNG_DPI / g["scale"]) and ex.scale == pytest.approx(base.PNG_DPI / ex.dpi)
    assert f"kamlab-dpi-{ex.dpi}" in ex.widget._dom_classes
    # the same pixels as in a notebook, its 10-pt text 26 CSS px (±1 for the dpi's rounding) on the projector
    width, height = (int(x * base.PNG_DPI) for x in ex._figsize)
    assert (ex.figure.canvas.get_width_height()) == (width, height)
    assert 10 * ex.dpi / 72 * g["shown"] / width == pytest.approx(base.PROJECTOR_CHART_TEXT_PX, abs=1)
    assert not _outside_or_covered(ex.figure)


def test_the_notebook_view_is_unchanged_outside_the_projector():
    ex = make_explorer("maturity_explorer", "zh")
    assert (ex.scale, ex.dpi) == (1.0, base.PNG_DPI)
    assert not any(c.startswith("kamlab-projector") for c in ex.widget._dom_classes)
    assert not _outside_or_covered(ex.figure)
