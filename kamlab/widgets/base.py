"""Interactive explorers: thin ipywidgets shells over kamlab's compute and plot functions.

An :class:`Explorer` binds named controls to a pure ``compute(**values)`` function and
a ``draw(result, ax)`` plot function. Every change of a control recomputes and redraws
into an ``Image`` widget (a PNG, so it shows the same in JupyterLab, Voila and a
saved notebook) and keeps the latest ``result`` and ``figure`` for tests and for the
curious student: ``explorer.result`` is the model's answer to the current settings.

ipywidgets is imported only when an explorer is built, so ``import kamlab`` stays light.
"""

from __future__ import annotations

import base64
import contextlib
import struct
import unicodedata
import zlib
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from .._compat import agg_canvas_class
from ..errors import KamlabValueError
from ..fonts import cjk_rc
from ..plots.style import CONTROL_STYLE

__all__ = ["Explorer", "float_slider", "int_slider"]

#: CSS pixels per inch: an explorer's chart is shown ``figsize × 96`` CSS pixels wide at most.
CSS_DPI = 96
#: Resolution of the explorer PNGs (dots per inch): twice :data:`CSS_DPI`, so a chart has two image
#: pixels per CSS pixel and stays sharp on screens with a devicePixelRatio up to 2 (and on phones,
#: where it is shown narrower than its natural width).
PNG_DPI = 2 * CSS_DPI
#: Room kept under the viewport height for an explorer's controls and the first line of its caption:
#: the chart is shown at most ``100vh`` minus this (per row of controls, plus the caption line), so
#: controls and chart fit on one screen (a long caption may run on below).
CONTROL_ROW_PX = 40
CAPTION_PX = 60
#: Width of a control's slider and readout beside its label (em), for the control grid's columns.
CONTROL_TRACK_EM = 13.0
#: Longest label width (em) before a label is cut with an ellipsis (its full text stays the tooltip).
MAX_LABEL_EM = 17.0
#: Columns a laptop screen gives the control grid, to estimate its rows (see :data:`CONTROL_ROW_PX`).
LAPTOP_COLUMNS = 3
#: On a phone the chart keeps this share of its natural CSS width (its text stays at least 11 px)
#: and scrolls sideways inside the explorer instead of shrinking to the screen.
PHONE_CHART_SCALE = 0.85
#: The presenter view (``kamlab present``) on a 1920 x 1080 projector, measured in headless Chromium
#: (docs/testing-notes.md): the width an explorer's chart gets beside the section navigator, the
#: height of one row of controls at the presenter's 20-px control text, and the room kept under the
#: viewport height for the caption's first line and the cell's padding (CSS px).
PROJECTOR_SIZE = (1920, 1080)
PROJECTOR_CHART_WIDTH_PX = 1669
PROJECTOR_CONTROL_FONT_PX = 20
PROJECTOR_ROW_PX = 44
PROJECTOR_FREE_PX = 150
#: Body text (10 pt) of a chart on the projector, CSS px: the back row's floor is 24.
PROJECTOR_CHART_TEXT_PX = 26
#: The smallest share of its figure size a chart is drawn at for the projector (its text grows by
#: at most 1 / this).
PROJECTOR_MIN_SCALE = 0.6
_SCREEN = {"projector": False}


def use_projector(on: bool = True) -> None:
    """Draw the explorers built from now on for the presenter view (``kamlab present``).

    On a projector a chart is shown as large as the screen allows beside its controls (its
    height is the screen's minus the control rows; its width the screen's minus the navigator),
    so a chart with many controls is short and its text small. In projector mode an explorer
    works out how large its chart will be shown at :data:`PROJECTOR_SIZE` and draws the same
    picture (same pixels, same model and plot code) on a smaller page at a higher dpi, so that
    everything in the chart, its 10-pt text first, is :data:`PROJECTOR_CHART_TEXT_PX` CSS px high
    on the screen. The presentation notebook calls this in its first cell.

    Parameters
    ----------
    on : bool, default True
        False goes back to the notebook layout.
    """
    _SCREEN["projector"] = bool(on)


#: The explorers' own CSS (it travels with the widget: JupyterLab, Voila, the presenter view). On a
#: narrow screen (a phone) labels and readouts read at 14 px, slider handles, dropdowns and
#: checkboxes are touch targets of at least 32 px, and the chart scrolls sideways. Dropdowns are opaque.
EXPLORER_CSS = """
.kamlab-explorer .kamlab-chart { display: block; }
.kamlab-explorer .kamlab-chart-box { overflow: hidden; }
.kamlab-explorer select { background-color: #fff; }
.kamlab-explorer .widget-slider .widget-readout { flex: 0 0 6em; min-width: 6em; overflow: visible; }
@media (max-width: 600px) {
  .kamlab-explorer .widget-label, .kamlab-explorer .widget-readout, .kamlab-explorer select,
  .kamlab-explorer .widget-checkbox label, .kamlab-explorer .widget-html-content { font-size: 14px !important; }
  .kamlab-explorer .widget-label, .kamlab-explorer .widget-readout { line-height: 36px !important; height: 36px !important; }
  .kamlab-explorer .widget-inline-hbox { height: auto !important; min-height: 40px; }
  .kamlab-explorer select { min-height: 36px; height: 36px !important; }
  .kamlab-explorer .widget-slider .noUi-handle { width: 32px !important; height: 32px !important;
    top: -14px !important; right: -16px !important; border-radius: 50% !important; }
  .kamlab-explorer .widget-checkbox input[type="checkbox"] { width: 32px !important; height: 32px !important; }
  .kamlab-explorer button { min-height: 36px; height: auto !important; font-size: 14px !important; }
  .kamlab-explorer .kamlab-chart-box { overflow-x: auto; }
}
"""


#: zlib level of the explorer PNGs (see :func:`encode_png`): 4 packs a chart within 3% of 6, in 15% less time.
PNG_ZLIB_LEVEL = 4


def encode_png(rgba, dpi: float) -> bytes:
    """A lossless PNG of an RGBA pixel array (rows top to bottom), fast.

    matplotlib's ``imsave`` hands the pixels to Pillow, which tries five row filters on every
    row and packs at zlib level 6: about 45-50 ms for a 1344 x 1152 explorer chart at 192 dpi.
    A chart is mostly flat colour, which zlib packs best unfiltered, so this writes the rows
    with filter 0 (none) at zlib level :data:`PNG_ZLIB_LEVEL`: the same pixels in about 20 ms and
    a file about a quarter smaller (lesson 07's maturity chart: 153 KB -> 117 KB;
    docs/testing-notes.md). The alpha channel stays (``kamlab.frames`` reads it).

    Parameters
    ----------
    rgba : numpy.ndarray
        ``(height, width, 4)`` ``uint8`` pixels, e.g. an Agg canvas's ``buffer_rgba()``.
    dpi : float
        Resolution written into the file (``pHYs``, pixels per metre), as ``savefig`` does.

    Returns
    -------
    bytes
        The PNG file's bytes: 8-bit RGBA, one ``IDAT`` chunk.
    """
    pixels = np.asarray(rgba, dtype=np.uint8)
    height, width, channels = pixels.shape
    if channels != 4:
        raise KamlabValueError(f"encode_png: rgba must have 4 channels (height, width, 4), got shape {pixels.shape}")
    rows = np.empty((height, width * 4 + 1), dtype=np.uint8)
    rows[:, 0] = 0  # filter type 0 (none) on every row
    rows[:, 1:] = pixels.reshape(height, width * 4)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    per_metre = round(dpi / 0.0254)
    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)),
            chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)),
            chunk(b"IDAT", zlib.compress(rows, PNG_ZLIB_LEVEL)),
            chunk(b"IEND", b""),
        ]
    )


def render_png(fig) -> bytes:
    """The figure as PNG bytes, drawn once.

    ``fig.savefig`` of a figure with a layout engine draws it twice: once with
    rendering disabled to run the layout, then for real. Here the Agg canvas draws once
    (the draw runs the layout first) and its pixels are encoded by :func:`encode_png`, so the
    picture has the same pixels as ``fig.savefig(buffer, format="png", dpi=fig.dpi)`` gives,
    sooner and smaller. Where the installed
    matplotlib allows it, the canvas also remembers each font's height metrics
    (:func:`kamlab._compat.agg_canvas_class`), which matplotlib otherwise reads again from the
    font file for every text it lays out.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure to render, at its own ``dpi``.

    Returns
    -------
    bytes
        The PNG file's bytes.
    """
    canvas = agg_canvas_class()(fig)
    canvas.draw()
    return encode_png(canvas.buffer_rgba(), fig.dpi)


def float_slider(value: float, low: float, high: float, step: float, description: str, fmt: str = ".2f", **options):
    """A FloatSlider as every explorer's: full-width label, and the value sent when released.

    ``continuous_update=False``: a drag redraws once, at the end, not at every pixel.

    Parameters
    ----------
    value, low, high, step : float
        Start value, range and step.
    description : str
        The label (already in the user's language).
    fmt : str, default ".2f"
        The readout's format (``readout_format``), e.g. ``".0%"``.
    **options
        Further ``ipywidgets.FloatSlider`` options (``layout``, ``tooltip``, ...).

    Returns
    -------
    ipywidgets.FloatSlider
    """
    return _slider("FloatSlider", value, low, high, step, description, readout_format=fmt, **options)


def int_slider(value: int, low: int, high: int, step: int, description: str, **options):
    """An IntSlider as every explorer's (see :func:`float_slider`).

    Parameters
    ----------
    value, low, high, step : int
        Start value, range and step.
    description : str
        The label (already in the user's language).
    **options
        Further ``ipywidgets.IntSlider`` options (``layout``, ``tooltip``, ...).

    Returns
    -------
    ipywidgets.IntSlider
    """
    return _slider("IntSlider", value, low, high, step, description, **options)


def _slider(kind: str, value, low, high, step, description: str, **options):
    """The ipywidgets slider ``kind`` with every explorer's label style, sending its value on release."""
    import ipywidgets as w

    return getattr(w, kind)(
        value=value,
        min=low,
        max=high,
        step=step,
        description=description,
        style=CONTROL_STYLE,
        continuous_update=False,
        **options,
    )


def _label_em(text: str) -> float:
    """Width of a label in em: a CJK character is 1 em, any other about 0.6 em."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.6 for ch in text)


def _has_label_column(control) -> bool:
    """True for a control whose description sits in a label column beside it (sliders, dropdowns)."""
    import ipywidgets as w

    if isinstance(control, (w.Checkbox, w.Button, w.ToggleButton)):
        return False
    return bool(getattr(control, "description", "")) and hasattr(getattr(control, "style", None), "description_width")


def _grid_label_em(controls: Sequence) -> float:
    """The label width (em) every labelled control of a grid gets: the longest label's, capped."""
    labelled = [c for c in controls if _has_label_column(c)]
    return min(MAX_LABEL_EM, max((_label_em(c.description) for c in labelled), default=0.0) + 0.8)


def _grid_column_em(controls: Sequence) -> float:
    """The least width (em) of a column of the control grid: label and track."""
    return _grid_label_em(controls) + CONTROL_TRACK_EM


def control_grid(controls: Sequence):
    """The controls in a grid of equal-width columns that wraps on a narrow screen.

    Every labelled control gets the same label width (that of the longest label, in em, so it
    grows with the font; at most :data:`MAX_LABEL_EM`), so the sliders of one grid have tracks of
    the same length; each control fills its column.

    Parameters
    ----------
    controls : sequence of ipywidgets.Widget
        The controls, in order.

    Returns
    -------
    ipywidgets.GridBox
    """
    import ipywidgets as w

    labelled = [c for c in controls if _has_label_column(c)]
    label_em = _grid_label_em(controls)
    for control in labelled:
        control.style.description_width = f"{label_em:.1f}em"
        if not control.tooltip:  # a label cut short by MAX_LABEL_EM still shows in full on hover
            control.tooltip = control.description
    for control in controls:
        control.layout.width = "auto"
        control.layout.max_width = "100%"
    column_em = _grid_column_em(controls)
    return w.GridBox(
        list(controls),
        layout=w.Layout(
            grid_template_columns=f"repeat(auto-fill, minmax(min({column_em:.1f}em, 100%), 1fr))",
            grid_gap="0 1.5em",
            width="100%",
        ),
    )


def _control_rows(n_controls: int) -> int:
    """Rows of the control grid on a laptop screen (an estimate: :data:`LAPTOP_COLUMNS` columns)."""
    return -(-n_controls // LAPTOP_COLUMNS)


def _chart_size(figsize, n_controls: int) -> dict:
    """The chart's CSS size: its natural width (``figsize × 96`` px) or less, narrower when the
    viewport is too short for controls, chart and caption together (aspect ratio kept)."""
    width_in, height_in = figsize
    reserve = _control_rows(n_controls) * CONTROL_ROW_PX + CAPTION_PX
    natural = round(width_in * CSS_DPI)
    ratio = width_in / height_in
    return {"width": f"min(100%, {natural}px, calc((100vh - {reserve}px) * {ratio:.4f}))", "height": "auto"}


def projector_chart(figsize, controls: Sequence) -> dict:
    """How an explorer's chart is shown in the presenter view at :data:`PROJECTOR_SIZE`.

    Two layouts are worked out, and the one that shows the chart larger is kept:

    * ``"stacked"``: the control grid above the chart, its columns at the presenter's control
      text (:data:`PROJECTOR_CONTROL_FONT_PX`) in :data:`PROJECTOR_CHART_WIDTH_PX`; the chart
      gets the screen height its rows leave;
    * ``"side"``: the controls in as few columns as fit the screen height, left of the chart,
      which gets the whole height (better for many controls and a tall chart).

    Either way the chart is shown at the largest size with its aspect ratio in its box, at most its
    natural width in image pixels (a projector has one device pixel per CSS pixel). The
    ``scale`` is the share of its figure size the chart is then drawn at, so that its 10-pt
    text shows at :data:`PROJECTOR_CHART_TEXT_PX` (1 when it already does; never below
    :data:`PROJECTOR_MIN_SCALE`).

    Parameters
    ----------
    figsize : tuple of float
        The explorer's figure size (inches).
    controls : sequence of ipywidgets.Widget
        The explorer's controls, as in its grid.

    Returns
    -------
    dict
        ``layout`` (``"stacked"`` or ``"side"``), ``columns`` and ``rows`` of the controls,
        ``controls_px`` (the control column's width in the side layout, else 0), ``reserve``
        (CSS px of the screen height the chart leaves), ``natural`` (the picture's width in
        pixels), ``shown`` (the chart's width, CSS px, at 1920 x 1080), ``text_px`` (its 10-pt text
        at ``scale`` 1) and ``scale``.

    Examples
    --------
    >>> g = projector_chart((7, 6), [])
    >>> g["layout"], g["rows"], g["reserve"], round(g["shown"]), round(g["text_px"], 1), round(g["scale"], 2)
    ('stacked', 0, 150, 1085, 21.5, 0.83)
    """
    width_in, height_in = figsize
    n = len(controls)
    column = _grid_column_em(controls) * PROJECTOR_CONTROL_FONT_PX
    gap = 1.5 * PROJECTOR_CONTROL_FONT_PX
    height = PROJECTOR_SIZE[1] - PROJECTOR_FREE_PX

    natural = int(width_in * PNG_DPI)  # image pixels: never shown wider (a projector's devicePixelRatio is 1)

    def fit(box_width: float, box_height: float) -> float:
        return max(0.0, min(box_width, box_height * width_in / height_in, natural))

    columns = max(1, int((PROJECTOR_CHART_WIDTH_PX + gap) // (column + gap)))
    rows = -(-n // columns)
    best = {
        "layout": "stacked",
        "columns": columns,
        "rows": rows,
        "controls_px": 0,
        "reserve": rows * PROJECTOR_ROW_PX + PROJECTOR_FREE_PX,
        "shown": fit(PROJECTOR_CHART_WIDTH_PX, height - rows * PROJECTOR_ROW_PX),
    }
    side_columns = max(1, -(-n * PROJECTOR_ROW_PX // height)) if n else 0
    if side_columns:
        side_rows = -(-n // side_columns)
        controls_px = round(side_columns * column + (side_columns - 1) * gap)
        shown = fit(PROJECTOR_CHART_WIDTH_PX - controls_px - gap, height)
        if shown > best["shown"] + 1:
            best = {
                "layout": "side",
                "columns": side_columns,
                "rows": side_rows,
                "controls_px": controls_px,
                "reserve": PROJECTOR_FREE_PX,
                "shown": shown,
            }
    text_px = 10 * best["shown"] / (72 * width_in)  # 10 pt at 96 CSS px per inch, the figure shown that wide
    scale = min(1.0, max(PROJECTOR_MIN_SCALE, text_px / PROJECTOR_CHART_TEXT_PX))
    return {**best, "natural": natural, "text_px": text_px, "scale": scale}


def _projector_css(geometry: dict, css_class: str) -> str:
    """The presenter view's rules for one explorer (class ``css_class``), from :func:`projector_chart`:
    the chart's height, and in the side layout the controls in a column left of the chart."""
    chart = (
        f".{css_class} img.kamlab-chart {{ height: calc(100vh - {geometry['reserve']}px) !important; "
        f"max-width: {geometry['natural']}px !important; }}"
    )
    side = ""
    if geometry["layout"] == "side":
        gap = 1.5 * PROJECTOR_CONTROL_FONT_PX
        side = (
            f".{css_class} {{ display: grid !important; grid-template-columns: {geometry['controls_px']}px 1fr; "
            f"column-gap: {gap:.0f}px; align-items: start; }}"
            f".{css_class} > .widget-gridbox {{ grid-column: 1; grid-row: 1; "
            f"grid-template-columns: repeat({geometry['columns']}, 1fr) !important; }}"
            f".{css_class} > .kamlab-chart-box {{ grid-column: 2; grid-row: 1; min-width: 0; }}"
            f".{css_class} > .kamlab-caption {{ grid-column: 1 / 3; grid-row: 2; }}"
        )
    return f"@media (min-width: 801px) {{ {chart} {side} }}"


def _explorer_css(figsize, css_class: str) -> str:
    """:data:`EXPLORER_CSS` and this explorer's own rule: on a phone its chart is
    :data:`PHONE_CHART_SCALE` of its natural width, in a box that scrolls sideways."""
    phone = round(figsize[0] * CSS_DPI * PHONE_CHART_SCALE)
    own = (
        f"@media (max-width: 600px) {{ .{css_class} img.kamlab-chart "
        f"{{ width: {phone}px !important; max-width: none !important; }} }}"
    )
    return f"<style>{EXPLORER_CSS}{own}</style>"


class Explorer:
    """A set of controls wired to a model and a plot.

    Parameters
    ----------
    controls : mapping of str to ipywidgets.ValueWidget
        The controls; their names are the keyword arguments of ``compute``.
    compute : callable
        ``compute(**values) -> result``, a pure function.
    draw : callable
        ``draw(result, ax) -> Axes``: draws the result onto ``ax``.
    describe : callable, optional
        ``describe(result) -> str``: an HTML line shown under the plot.
    figsize : tuple
        Size of the figure in inches.

    Attributes
    ----------
    result : object
        The latest result of ``compute``.
    figure : matplotlib.figure.Figure
        The latest figure drawn.
    widget : ipywidgets.VBox
        What is displayed: the controls, the plot and the description.
    """

    def __init__(
        self,
        controls: Mapping[str, object],
        compute: Callable,
        draw: Callable,
        describe: Callable | None = None,
        *,
        figsize=(7.5, 4.5),
    ):
        import ipywidgets as w

        self.controls = dict(controls)
        self._compute = compute
        self._draw = draw
        self._describe = describe
        self._figsize = figsize
        # The chart is an Image widget, not an Output widget: a new PNG is one state
        # update, with no clear_output/display traffic through the kernel (an Output
        # widget made Voila stall now and then while executing the cell).
        self.image = w.Image(format="png", layout=w.Layout(**_chart_size(figsize, len(self.controls))))
        self.image.add_class("kamlab-chart")
        chart_box = w.Box([self.image], layout=w.Layout(width="100%"))
        chart_box.add_class("kamlab-chart-box")
        self.caption = w.HTML()
        self.caption.add_class("kamlab-caption")
        self.result = None
        self.figure = None
        self.png: bytes | None = None
        #: Resolution of :attr:`png` (dots per inch); :data:`PNG_DPI` unless a caller (the site's
        #: pre-drawn frames, :mod:`kamlab.frames`) sets another before the next :meth:`update`.
        self.png_dpi = PNG_DPI
        self.updates = 0
        self._held = False  # inside hold(): control changes wait for one update at the end
        self._stale = False

        self._rc = cjk_rc()
        #: the share of ``figsize`` the chart is drawn at (same pixels, larger text): 1 except in
        #: the presenter view (:func:`use_projector`)
        self.scale = 1.0
        box = control_grid(list(self.controls.values()))
        size_class = f"kamlab-chart-{round(figsize[0] * CSS_DPI)}x{round(figsize[1] * CSS_DPI)}"
        css = _explorer_css(figsize, size_class)
        classes = ["kamlab-explorer", size_class, f"kamlab-rows-{_control_rows(len(self.controls))}"]
        if _SCREEN["projector"]:
            geometry = projector_chart(figsize, list(self.controls.values()))
            self.scale = geometry["scale"]
            # the rules follow from these numbers: explorers with the same class get the same rules
            keys = ("layout", "reserve", "controls_px", "columns", "natural")
            projector_class = "kamlab-projector-" + "-".join(str(geometry[k]) for k in keys)
            classes.append(projector_class)
            css = css.replace("</style>", _projector_css(geometry, projector_class) + "</style>")
        #: the chart's resolution: :data:`PNG_DPI`, more when drawn smaller (:attr:`scale`)
        self.dpi = round(PNG_DPI / self.scale)
        self.scale = PNG_DPI / self.dpi
        classes.append(f"kamlab-dpi-{self.dpi}")  # read by the screen tests (chart text in CSS px)
        style = w.HTML(css, layout=w.Layout(display="none"))
        style.add_class("kamlab-style")
        self.widget = w.VBox([box, chart_box, self.caption, style])  # the caption stays the first HTML
        for name in classes:
            self.widget.add_class(name)
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        self.update()

    def _draw_size(self) -> tuple[float, float]:
        """The figure size to draw at :attr:`dpi`: :attr:`scale` of ``figsize``, the same pixels."""
        if self.dpi == PNG_DPI:
            return self._figsize
        return tuple((int(x * PNG_DPI) + 0.5) / self.dpi for x in self._figsize)  # whole pixels, as at PNG_DPI

    def values(self) -> dict[str, object]:
        """The current value of every control, by name.

        Returns
        -------
        dict of str to object
            ``{name: control.value}``, the keyword arguments of ``compute``.
        """
        return {name: control.value for name, control in self.controls.items()}

    def _on_change(self, _change) -> None:
        if self._held:
            self._stale = True
        else:
            self.update()

    @contextlib.contextmanager
    def hold(self):
        """Change several controls, then recompute and redraw once.

        Inside ``with explorer.hold():`` control changes only mark the picture stale; on
        leaving the block the explorer updates once if anything changed (also when the
        block raises, so the picture never stays behind the controls). Holds nest.

        Yields
        ------
        Explorer
            This explorer.

        Examples
        --------
        >>> import ipywidgets as w
        >>> ex = Explorer({"a": w.IntSlider(1), "b": w.IntSlider(2)}, lambda a, b: a + b, lambda r, ax: ax)
        >>> with ex.hold():
        ...     ex.controls["a"].value = 10
        ...     ex.controls["b"].value = 20
        >>> ex.result, ex.updates
        (30, 2)
        """
        outer = self._held
        self._held = True
        try:
            yield self
        finally:
            self._held = outer
            if not outer and self._stale:
                self._stale = False
                self.update()

    def set(self, **values) -> Explorer:
        """Set several controls at once, with one recompute and redraw (see :meth:`hold`).

        For a teacher's presets (“the chapter's case”, “all weights on sales”) and for
        tests: ``explorer.set(vip=0.2, ordinary=0.6)`` draws once, not twice.

        Parameters
        ----------
        **values
            Control name to new value; a control whose value does not change costs nothing.

        Returns
        -------
        Explorer
            This explorer (updated once if any value changed).

        Raises
        ------
        KamlabValueError
            A name that is not one of the explorer's controls (all names are checked
            before any control changes).

        Examples
        --------
        >>> import ipywidgets as w
        >>> ex = Explorer({"a": w.IntSlider(1), "b": w.IntSlider(2)}, lambda a, b: a * b, lambda r, ax: ax)
        >>> ex.set(a=3, b=4).result, ex.updates
        (12, 2)
        >>> ex.set(a=3).updates  # no change, no redraw
        2
        """
        unknown = [name for name in values if name not in self.controls]
        if unknown:
            raise KamlabValueError(
                f"Explorer.set: no control named {', '.join(map(repr, unknown))}. "
                f"Controls present: {', '.join(self.controls)}."
            )
        with self.hold():
            for name, value in values.items():
                self.controls[name].value = value
        return self

    def update(self) -> None:
        """Recompute the model and redraw (called on every control change).

        Returns
        -------
        None
            ``result``, ``figure``, ``png``, the image and the caption are updated in place.
        """
        import matplotlib
        from matplotlib.figure import Figure

        self.result = self._compute(**self.values())
        with matplotlib.rc_context(self._rc):  # Chinese renders even without kamlab.setup()
            if self.png_dpi != PNG_DPI:  # the site's pre-drawn frames: their own dpi, never the projector's
                size, dpi = self._figsize, self.png_dpi
            else:
                size, dpi = self._draw_size(), self.dpi
            fig = Figure(figsize=size, layout="constrained", dpi=dpi)
            self._draw(self.result, fig.add_subplot())
            png = render_png(fig)
        self.figure, self.png = fig, png
        self.image.value = self.png
        if self._describe is not None:
            self.caption.value = self._describe(self.result)
        self.updates += 1

    def _repr_mimebundle_(self, **kwargs):
        """The widget view, and the current chart as ``image/png`` beside it.

        A live frontend (JupyterLab, Voila) shows the widget; a saved notebook without widget
        state, nbconvert, GitHub or a static site (myst-nb) shows the picture. The PNG is the one
        the explorer last rendered (:attr:`png`): displaying draws nothing.
        """
        bundle = self.widget._repr_mimebundle_(**kwargs)
        if self.png is None or "image/png" in bundle:
            return bundle
        width, height = (round(x * CSS_DPI) for x in self._figsize)  # shown at CSS size: sharp on HiDPI
        bundle = {**bundle, "image/png": base64.b64encode(self.png).decode("ascii")}
        return bundle, {"image/png": {"width": width, "height": height}}
