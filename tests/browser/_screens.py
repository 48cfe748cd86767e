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
from pathlib import Path

from kamlab.widgets.base import PNG_DPI

#: Viewports (CSS px) of the issue's three screens.
LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
PROJECTOR = {"width": 1920, "height": 1080}


@dataclass(frozen=True)
class Floors:
    """The least a screen must give: chart text (10 pt body text), labels and touch targets, in CSS px.

    ``dpr``: the devicePixelRatio the chart must be sharp for (its natural width at least its shown
    width × ``dpr``; the page's own ratio when that is larger). The shown width in CSS px does not
    depend on the ratio, so a page at devicePixelRatio 1 checks a screen at 2 as well.
    ``band``: the most empty space (CSS px) under an explorer before the next cell; None: not checked
    (the presenter view gives each explorer a screen of its own on purpose).
    """

    chart_text: float
    label: float
    touch: float
    fit_height: bool = True  # every explorer within the viewport's height
    dpr: float = 1.0
    band: float | None = 48.0


LAPTOP_FLOORS = Floors(chart_text=9.0, label=12.0, touch=0.0, dpr=2.0)
PHONE_FLOORS = Floors(chart_text=11.0, label=14.0, touch=32.0, fit_height=False, dpr=2.0)
PROJECTOR_FLOORS = Floors(chart_text=24.0, label=20.0, touch=0.0, dpr=1.0, band=None)

_MEASURE_JS = r"""
async ([pngDpi, selector]) => {
  const out = [];
  // the chart's dpi: the explorer's class kamlab-dpi-N (larger in the presenter view), else kamlab's PNG_DPI
  const dpiOf = ex => { const m = /(?:^| )kamlab-dpi-(\d+)/.exec(ex.className); return m ? Number(m[1]) : pngDpi; };
  let explorers = Array.from(document.querySelectorAll(selector));
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
    // empty space under the explorer: to what follows it (its next sibling with a size, else the next
    // cell with a size, else the end of its own cell)
    const visible = e => { while (e && e.getBoundingClientRect().height === 0) e = e.nextElementSibling; return e; };
    const cell = ex.closest('.jp-Cell') || ex.parentElement;
    const next = visible(ex.nextElementSibling) || visible(cell.nextElementSibling);
    const below = next ? next.getBoundingClientRect().top : cell.getBoundingClientRect().bottom;
    // what is drawn: the controls, the picture inside its box (object-fit: contain), the caption's text
    const drawn = [box.top, ...Array.from(ex.querySelectorAll(':scope > .widget-gridbox, :scope > .kamlab-caption'))
                     .filter(c => c.offsetParent !== null && (c.classList.contains('widget-gridbox') || c.innerText.trim()))
                     .map(c => c.getBoundingClientRect().bottom)];
    if (img) drawn.push(ir.top + scale * img.naturalHeight);
    const shownBottom = Math.max(...drawn);
    out.push({index: i, bandBelow: below - shownBottom, height: box.height, top: box.top, controlsAndChart: ir ? Math.max(ir.bottom, ...Array.from(ex.querySelectorAll(':scope > .widget-gridbox')).map(g => g.getBoundingClientRect().bottom)) - box.top : box.height, viewportHeight: innerHeight, viewportWidth: innerWidth,
              dpr: devicePixelRatio,
              naturalWidth: img ? img.naturalWidth : 0, shownWidth: img ? scale * img.naturalWidth : 0,
              bodyText: scale * 10 * dpiOf(ex) / 72, smallestText: scale * 8 * dpiOf(ex) / 72,
              labelPx: fonts.length ? Math.min(...fonts) : null, controls, grids});
  }
  return out;
}
"""


#: Every explorer; those drawn for the presenter view (``use_projector``); the others.
ALL = ".kamlab-explorer"
FOR_PROJECTOR = '.kamlab-explorer[class*="kamlab-projector-"]'
FOR_NOTEBOOK = '.kamlab-explorer:not([class*="kamlab-projector-"])'


def measure_explorers(page, selector: str = ALL) -> list[dict]:
    """Measure every explorer on ``page`` (those matching ``selector``; see the module docstring) in one
    ``page.evaluate``; one dict per explorer."""
    return page.evaluate(_MEASURE_JS, [PNG_DPI, selector])


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


def check_floors(measures: list[dict], floors: Floors, where: str, names: list[str] | None = None) -> list[str]:
    """The failures of ``measures`` against ``floors`` (empty when every explorer passes); ``names``:
    what to call each explorer in a failure (default: its number on the page)."""
    bad = []
    for m in measures:
        name = f"{where} {names[m['index']] if names else 'explorer ' + str(m['index'])}"
        if floors.fit_height and m["controlsAndChart"] > m["viewportHeight"]:
            bad.append(
                f"{name}: controls and chart {m['controlsAndChart']:.0f} px high in a {m['viewportHeight']} px viewport"
            )
        dpr = max(floors.dpr, m["dpr"])
        if m["naturalWidth"] < m["shownWidth"] * dpr - 0.5:
            bad.append(f"{name}: chart {m['naturalWidth']} px wide shown at {m['shownWidth']:.0f} × {dpr}")
        if floors.band is not None and m["bandBelow"] > floors.band:
            bad.append(f"{name}: {m['bandBelow']:.0f} px of empty space under the explorer > {floors.band}")
        if m["bodyText"] < floors.chart_text:
            bad.append(f"{name}: chart text {m['bodyText']:.1f} px < {floors.chart_text}")
        if m["labelPx"] is not None and m["labelPx"] < floors.label:
            bad.append(f"{name}: control text {m['labelPx']:.1f} px < {floors.label}")
        bad += _control_failures(m, floors, name)
    return bad


_SETUP = """import struct
import zlib

import kamlab
import kamlab.widgets.base as base
from kamlab.frames.plans import LESSON_CALLS, _load, make_explorer

kamlab.setup(lang="zh")
_data = {}


def explorer(name, lang):
    needs = LESSON_CALLS[name][1]  # the data its lesson passes, loaded once
    if needs is not None and needs not in _data:
        _data[needs] = _load(needs)
    return make_explorer(name, lang, None if needs is None else _data[needs])


def _blank_png(width, height):
    # a white 1-bit PNG: the chart's size in pixels at a fraction of a real picture's cost
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = (b"\\x00" + b"\\xff" * ((width + 7) // 8)) * height
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\\x89PNG\\r\\n\\x1a\\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b"")


def _update(self):
    # Explorer.update without the drawing: the model, the caption, and a blank chart of the real size
    self.result = self._compute(**self.values())
    self.png = _blank_png(*(int(x * base.PNG_DPI) for x in self._figsize))
    self.image.value = self.png
    if self._describe is not None:
        self.caption.value = self._describe(self.result)
    self.updates += 1


base.Explorer.update = _update"""


def explorers_notebook(folder: Path, *, projector: bool = False) -> tuple[Path, list[str]]:
    """A notebook with every explorer of every lesson, built as its lesson builds it (with its data:
    ``kamlab.frames.plans.LESSON_CALLS``), in zh and then en; with ``projector``, drawn for the
    presenter view (``use_projector()``, as ``kamlab present`` does). A heading follows each
    explorer, as prose follows it in a lesson.

    The charts are white pictures of the real size (the explorer's ``update`` is replaced by one
    that computes the model and the caption but does not draw): nothing measured here looks at a
    chart's pixels (its text size follows from its size, its dpi and how it is shown), and drawing
    them cost 15 s a page. The real pictures are measured on real lesson pages
    (test_voila_lesson07.py, tests/course/test_present_browser.py, benchmarks/bench_screens.py).

    Returns
    -------
    (pathlib.Path, list of str)
        The notebook, and the name (``"<lang> <explorer>"``) of each explorer, in page order.
    """
    import nbformat

    from kamlab.frames.plans import LESSON_CALLS

    names, calls = [], []
    for lang in ("zh", "en"):
        for name, (lesson, _) in LESSON_CALLS.items():
            names.append(f"{lang} {name}")
            calls.append((lesson, name, lang))
    # All in one output, shown once every widget exists, each explorer followed by a heading (as prose
    # follows it in a lesson). One cell per explorer left some of them as "Error displaying widget:
    # model not found" (10 of 46), as did building all first and showing each in a later cell (1 run
    # of 3): Voila's page asks the kernel for the widgets' state while it still runs the notebook.
    build = ",\n    ".join(
        f"explorer({name!r}, {lang!r}).widget, w.HTML('<h3>{lesson} · {name} · {lang}</h3>')"
        for lesson, name, lang in calls
    )
    source = (
        f"{_SETUP}\n{'base.use_projector()' if projector else ''}\nimport ipywidgets as w\n\nw.VBox([\n    {build},\n])"
    )
    cells = [nbformat.v4.new_code_cell(source), nbformat.v4.new_markdown_cell("### end")]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"all_explorers{'_projector' if projector else ''}.ipynb"
    nbformat.write(nb, path)
    return path, names
