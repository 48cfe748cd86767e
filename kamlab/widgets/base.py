"""Interactive explorers: thin ipywidgets shells over kamlab's compute and plot functions.

An :class:`Explorer` binds named controls to a pure ``compute(**values)`` function and
a ``draw(result, ax)`` plot function. Every change of a control recomputes and redraws
into an ``Image`` widget (a PNG, so it shows the same in JupyterLab, Voila and a
saved notebook) and keeps the latest ``result`` and ``figure`` for tests and for the
curious student: ``explorer.result`` is the model's answer to the current settings.

ipywidgets is imported only when an explorer is built, so ``import kamlab`` stays light.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Mapping

from .._compat import agg_canvas_class
from ..errors import KamlabValueError
from ..fonts import cjk_rc
from ..plots.style import CONTROL_STYLE

__all__ = ["Explorer", "float_slider", "int_slider"]

#: Resolution of the explorer PNGs (dots per inch).
PNG_DPI = 96


def render_png(fig) -> bytes:
    """The figure as PNG bytes, drawn once.

    ``fig.savefig`` of a figure with a layout engine draws it twice: once with
    rendering disabled to run the layout, then for real. Here the Agg canvas draws once
    (the draw runs the layout first) and its pixels are encoded by the same
    ``matplotlib.image.imsave`` that ``savefig`` uses, so the bytes are the same as
    ``fig.savefig(buffer, format="png", dpi=fig.dpi)`` gives, sooner. Where the installed
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
    from matplotlib.image import imsave

    canvas = agg_canvas_class()(fig)
    canvas.draw()
    buffer = io.BytesIO()
    imsave(buffer, canvas.buffer_rgba(), format="png", origin="upper", dpi=fig.dpi)
    return buffer.getvalue()


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
        self.image = w.Image(format="png", layout=w.Layout(max_width="100%", height="auto"))
        self.caption = w.HTML()
        self.result = None
        self.figure = None
        self.png: bytes | None = None
        self.updates = 0
        self._held = False  # inside hold(): control changes wait for one update at the end
        self._stale = False

        self._rc = cjk_rc()
        box = w.HBox(list(self.controls.values()), layout=w.Layout(flex_flow="row wrap"))
        self.widget = w.VBox([box, self.image, self.caption])
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        self.update()

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
            fig = Figure(figsize=self._figsize, layout="constrained", dpi=PNG_DPI)
            self._draw(self.result, fig.add_subplot())
            png = render_png(fig)
        self.figure, self.png = fig, png
        self.image.value = self.png
        if self._describe is not None:
            self.caption.value = self._describe(self.result)
        self.updates += 1

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)
