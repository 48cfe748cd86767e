"""What a student sees of each explorer, measured in the browser (shared by tests and a benchmark).

:func:`measure_explorers` scrolls each explorer (``.kamlab-explorer``, the VBox of
:class:`kamlab.widgets.base.Explorer`) to the top of its scrolling panel and measures, in CSS
pixels: the height of its controls and chart (the caption under them may run on) against the viewport's, the chart's natural width against its displayed
width × ``devicePixelRatio``, the chart's text size on screen (matplotlib's 10 pt body text and
its smallest text, 8 pt, scaled by how the PNG is shown), the computed font size of every control
label and readout, the size of every touch target (slider handle, dropdown, checkbox), whether
``document.elementFromPoint`` at the centre of each of them hits the control itself (no fixed
navigator or menu over it), and the slider track widths of each control grid.
:func:`check_floors` turns the numbers into a list of failures for a viewport's floors.

Used by ``tests/browser/test_screens.py`` (a few lessons in ``make test``),
``tests/course/test_present_browser.py`` (the projector) and ``benchmarks/bench_screens.py``
(all lessons, and the before/after screenshots in ``docs/img/``).
"""

from __future__ import annotations

from dataclasses import dataclass

from kamlab.widgets.base import PNG_DPI

#: Viewports (CSS px) of the issue's three screens.
LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
PROJECTOR = {"width": 1920, "height": 1080}


@dataclass(frozen=True)
class Floors:
    """The least a screen must give: chart text (10 pt body text), labels and touch targets, in CSS px."""

    chart_text: float
    label: float
    touch: float
    fit_height: bool = True  # every explorer within the viewport's height


LAPTOP_FLOORS = Floors(chart_text=9.0, label=12.0, touch=0.0)
PHONE_FLOORS = Floors(chart_text=11.0, label=14.0, touch=32.0, fit_height=False)
PROJECTOR_FLOORS = Floors(chart_text=24.0, label=20.0, touch=0.0)

_MEASURE_JS = r"""
async ([pngDpi]) => {
  const out = [];
  // the chart's dpi: the explorer's class kamlab-dpi-N (larger in the presenter view), else kamlab's PNG_DPI
  const dpiOf = ex => { const m = /(?:^| )kamlab-dpi-(\d+)/.exec(ex.className); return m ? Number(m[1]) : pngDpi; };
  let explorers = Array.from(document.querySelectorAll('.kamlab-explorer'));
  if (!explorers.length)  // kamlab before 0.3 (the "before" pictures): a VBox of controls, chart and caption
    explorers = Array.from(document.querySelectorAll('.widget-vbox:has(> img.widget-image)'));
  for (const [i, ex] of explorers.entries()) {
    ex.scrollIntoView({block: 'start'});
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    const box = ex.getBoundingClientRect();
    const img = ex.querySelector('img.widget-image');
    const ir = img ? img.getBoundingClientRect() : null;  // object-fit: contain keeps the ratio inside the box
    const scale = img && img.naturalWidth ? Math.min(ir.width / img.naturalWidth, ir.height / img.naturalHeight) : 0;
    const controls = [];
    const targets = ex.querySelectorAll(
      '.widget-slider .noUi-handle, .widget-dropdown select, .widget-checkbox input, button');
    for (const el of targets) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      const inView = y >= 0 && y < innerHeight && x >= 0 && x < innerWidth;
      const hit = inView ? document.elementFromPoint(x, y) : null;
      const own = el.closest('.widget-slider, .widget-dropdown, .widget-checkbox, .widget-button') || el;
      controls.push({kind: el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined
                       ? '.' + String(el.className).split(' ')[0] : ''),
                     width: r.width, height: r.height, inView,
                     hitsItself: hit !== null && own.contains(hit),
                     hit: hit ? hit.tagName + '.' + String(hit.className).slice(0, 40) : null});
    }
    const fonts = Array.from(ex.querySelectorAll('.widget-label, .widget-readout, .widget-checkbox label'))
      .filter(e => e.offsetParent !== null && e.textContent.trim() !== '')
      .map(e => parseFloat(getComputedStyle(e).fontSize));
    const grids = Array.from(ex.querySelectorAll('.widget-gridbox')).map(g =>
      Array.from(g.querySelectorAll('.widget-slider .noUi-target')).map(t => t.getBoundingClientRect().width));
    out.push({index: i, height: box.height, top: box.top, controlsAndChart: ir ? Math.max(ir.bottom, ...Array.from(ex.querySelectorAll(':scope > .widget-gridbox')).map(g => g.getBoundingClientRect().bottom)) - box.top : box.height, viewportHeight: innerHeight, viewportWidth: innerWidth,
              dpr: devicePixelRatio,
              naturalWidth: img ? img.naturalWidth : 0, shownWidth: img ? scale * img.naturalWidth : 0,
              bodyText: scale * 10 * dpiOf(ex) / 72, smallestText: scale * 8 * dpiOf(ex) / 72,
              labelPx: fonts.length ? Math.min(...fonts) : null, controls, grids});
  }
  return out;
}
"""


def measure_explorers(page) -> list[dict]:
    """Measure every explorer on ``page`` (see the module docstring); one dict per explorer."""
    return page.evaluate(_MEASURE_JS, [PNG_DPI])


def _control_failures(m: dict, floors: Floors, name: str) -> list[str]:
    bad = []
    for c in m["controls"]:
        if floors.touch and min(c["width"], c["height"]) < floors.touch - 0.5:
            bad.append(f"{name}: {c['kind']} {c['width']:.0f}×{c['height']:.0f} px < {floors.touch}")
        if c["inView"] and not c["hitsItself"]:
            bad.append(f"{name}: {c['kind']} covered by {c['hit']}")
    for widths in m["grids"]:
        if widths and max(widths) - min(widths) > 1.5:
            bad.append(f"{name}: slider tracks of one grid {sorted(round(w) for w in widths)} px")
    return bad


def check_floors(measures: list[dict], floors: Floors, where: str) -> list[str]:
    """The failures of ``measures`` against ``floors`` (empty when every explorer passes)."""
    bad = []
    for m in measures:
        name = f"{where} explorer {m['index']}"
        if floors.fit_height and m["controlsAndChart"] > m["viewportHeight"]:
            bad.append(
                f"{name}: controls and chart {m['controlsAndChart']:.0f} px high in a {m['viewportHeight']} px viewport"
            )
        if m["naturalWidth"] < m["shownWidth"] * m["dpr"] - 0.5:
            bad.append(f"{name}: chart {m['naturalWidth']} px wide shown at {m['shownWidth']:.0f} × {m['dpr']}")
        if m["bodyText"] < floors.chart_text:
            bad.append(f"{name}: chart text {m['bodyText']:.1f} px < {floors.chart_text}")
        if m["labelPx"] is not None and m["labelPx"] < floors.label:
            bad.append(f"{name}: control text {m['labelPx']:.1f} px < {floors.label}")
        bad += _control_failures(m, floors, name)
    return bad
