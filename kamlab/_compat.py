"""kamlab's speed-ups that use private APIs of matplotlib and IPython, each behind a version gate.

Each speed-up here leans on an implementation detail that a minor release may change, so each
has a gate (the versions it was checked on, :data:`MATPLOTLIB_CHECKED` and
:data:`IPYTHON_CHECKED`, and the attributes it needs) and a fall-back to the public path,
which gives the same pictures, only slower:

* :func:`agg_canvas_class`: an Agg canvas whose renderer remembers each font's height metrics
  (matplotlib's private ``RendererBase._get_font_height_metrics`` hook, answered with
  ``fontManager._find_fonts_by_props``) and shares one renderer per size (``FigureCanvasAgg``'s
  ``_lastKey``). Fall-back: matplotlib's own ``FigureCanvasAgg``.
* :func:`wrap_figure_formatters`: re-wraps IPython's inline figure printers (the
  ``functools.partial`` of ``print_figure`` that ``matplotlib_inline`` registers, and its
  ``bbox_inches`` keyword). Fall-back: IPython's printers stay as they are (the tight crop draws
  every figure twice).

``tests/test_compat.py`` runs each speed-up and its fall-back and checks they give the same
result; ``make test-latest`` runs it against the newest matplotlib, IPython and pytest in a
separate virtual environment (see ``docs/testing-notes.md``). pyproject.toml bounds the versions
above (``matplotlib<3.12``, ``ipython<10``).
"""

from __future__ import annotations

import functools
import importlib.metadata
import re
from functools import partial

__all__ = [
    "MATPLOTLIB_CHECKED",
    "IPYTHON_CHECKED",
    "version_of",
    "matplotlib_hooks_available",
    "agg_canvas_class",
    "ipython_hooks_available",
    "wrap_figure_formatters",
]

#: matplotlib versions (major, minor) on which the private font-metrics hook was checked: [low, high].
MATPLOTLIB_CHECKED = ((3, 8), (3, 11))

#: IPython versions (major,) on which the figure printers were checked to be ``functools.partial``: [low, high].
IPYTHON_CHECKED = ((8,), (9,))


def version_of(distribution: str) -> tuple[int, ...]:
    """The installed version of ``distribution`` as integers (``"3.11.2"`` -> ``(3, 11, 2)``).

    Parameters
    ----------
    distribution : str
        The distribution's name, e.g. ``"matplotlib"``.

    Returns
    -------
    tuple of int
        The leading numeric parts; ``()`` if it is not installed.

    Examples
    --------
    >>> version_of("matplotlib")[:1]
    (3,)
    >>> version_of("no-such-distribution")
    ()
    """
    try:
        text = importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return ()
    return tuple(int(part) for part in re.findall(r"\d+", text.split("+")[0])[:3])


def _within(version: tuple[int, ...], checked: tuple[tuple[int, ...], tuple[int, ...]]) -> bool:
    low, high = checked
    return bool(version) and low <= version[: len(low)] and version[: len(high)] <= high


def matplotlib_hooks_available() -> bool:
    """Whether the installed matplotlib is one the private font-metrics hook was checked on.

    Returns
    -------
    bool
        True if its version is within :data:`MATPLOTLIB_CHECKED` and it has the private
        attributes :func:`agg_canvas_class` uses.
    """
    if not _within(version_of("matplotlib"), MATPLOTLIB_CHECKED):
        return False
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.font_manager import fontManager

    return hasattr(fontManager, "_find_fonts_by_props") and hasattr(FigureCanvasAgg, "_lastKey")


@functools.lru_cache(maxsize=1024)
def _font_height_metrics(font_files: tuple, size: float, dpi: float) -> tuple:
    """(ascent, descent, line gap) in pixels of a font at a size: what matplotlib's ``Text``
    computes from the font's OS/2 or hhea table for every text it lays out, here once per font."""
    from matplotlib.font_manager import get_font

    font = get_font(list(font_files))
    for table_name, gap, ascent, descent in (
        ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
        ("hhea", "lineGap", "ascent", "descent"),
    ):
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        scale = 1 / font.get_sfnt_table("head")["unitsPerEm"] * size * dpi / 72  # matplotlib's order: same bits
        return table[ascent] * scale, -table[descent] * scale, table[gap] * scale
    return None, None, None


@functools.lru_cache(maxsize=8)
def _shared_renderer(renderer_class, key: tuple):
    """One renderer per (width, height, dpi), shared by every explorer redraw of that size.

    matplotlib caches the size of each text it lays out per renderer (``Text`` keeps an
    lru_cache per renderer instance): a new canvas per redraw starts with an empty cache
    and measures every tick label, title and legend entry again. The canvas clears the
    renderer's pixels at the start of each draw, and the PNG is encoded before the next
    draw starts, so sharing it changes no pixel.
    """
    return renderer_class(*key)


@functools.lru_cache(maxsize=1)
def _metrics_canvas_class():
    from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
    from matplotlib.font_manager import fontManager

    class MetricsRenderer(RendererAgg):
        def _get_font_height_metrics(self, prop):
            files = tuple(fontManager._find_fonts_by_props(prop))
            return _font_height_metrics(files, prop.get_size_in_points(), self.dpi)

    class MetricsCanvas(FigureCanvasAgg):
        renderer_class = MetricsRenderer  # a subclass may draw with a subclass of it

        def get_renderer(self):
            key = (*self.get_width_height(physical=True), self.figure.dpi)
            if self._lastKey != key:
                self.renderer = _shared_renderer(self.renderer_class, key)
                self._lastKey = key
            return self.renderer

    return MetricsCanvas


def agg_canvas_class(*, fast: bool | None = None):
    """The Agg canvas class the explorers draw with: same pixels, fewer font reads where possible.

    matplotlib's ``Text`` asks the renderer for ``_get_font_height_metrics(prop)`` if it has one
    (the PDF/PS renderers do) and otherwise reads the font's tables for each text, each time: a
    quarter of an explorer's redraw with the large CJK fonts. The fast canvas's renderer answers
    from a cache keyed on the font files, size and dpi, with the numbers ``Text`` would compute
    itself, and one renderer is shared per figure size.

    Parameters
    ----------
    fast : bool, optional
        True for the fast canvas, False for matplotlib's ``FigureCanvasAgg``; by default the fast
        one where :func:`matplotlib_hooks_available`.

    Returns
    -------
    type
        A subclass of ``matplotlib.backends.backend_agg.FigureCanvasAgg``, or that class.

    Examples
    --------
    >>> from matplotlib.backends.backend_agg import FigureCanvasAgg
    >>> agg_canvas_class(fast=False) is FigureCanvasAgg
    True
    """
    if fast is None:
        fast = matplotlib_hooks_available()
    if fast:
        return _metrics_canvas_class()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    return FigureCanvasAgg


def ipython_hooks_available() -> bool:
    """Whether the installed IPython is one the figure-printer re-wrap was checked on.

    Returns
    -------
    bool
        True if IPython's version is within :data:`IPYTHON_CHECKED`.
    """
    return _within(version_of("ipython"), IPYTHON_CHECKED)


def wrap_figure_formatters(formatters, figure_type, mime_types, wrapper) -> int:
    """Wrap IPython's default figure printers of ``figure_type`` (those not wrapped yet) in ``wrapper``.

    Only IPython's own printers are wrapped: ``functools.partial`` objects (of ``print_figure``
    or ``retina_figure``) whose ``bbox_inches`` is IPython's default ``"tight"``. A user's
    ``bbox_inches`` or a user's own printer is kept. Outside :func:`ipython_hooks_available`
    nothing is wrapped.

    Parameters
    ----------
    formatters : dict
        ``shell.display_formatter.formatters``: MIME type -> IPython formatter.
    figure_type : type
        ``matplotlib.figure.Figure``.
    mime_types : iterable of str
        The MIME types whose printers to wrap.
    wrapper : callable
        ``wrapper(printer)`` returns the new printer; it is called with the printer
        (a ``functools.partial``) and may call it with ``bbox_inches=None``.

    Returns
    -------
    int
        How many printers were wrapped now.
    """
    if not ipython_hooks_available():
        return 0
    wrapped = 0
    for mime in mime_types:
        formatter = formatters.get(mime)
        if formatter is None:
            continue
        current = formatter.type_printers.get(figure_type)
        if not isinstance(current, partial) or current.keywords.get("bbox_inches", "tight") != "tight":
            continue
        formatter.for_type(figure_type, wrapper(current))
        wrapped += 1
    return wrapped
