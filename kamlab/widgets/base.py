"""Interactive explorers: thin ipywidgets shells over kamlab's compute and plot functions.

An :class:`Explorer` binds named controls to a pure ``compute(**values)`` function and
a ``draw(result, ax)`` plot function. Every change of a control recomputes and redraws
into an ``Image`` widget (a PNG, so it shows the same in JupyterLab, Voila and a
saved notebook) and keeps the latest ``result`` and ``figure`` for tests and for the
curious student: ``explorer.result`` is the model's answer to the current settings.

ipywidgets is imported only when an explorer is built, so ``import kamlab`` stays light.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence


__all__ = ["Explorer"]

#: Resolution of the explorer PNGs (dots per inch).
PNG_DPI = 96


def render_png(fig) -> bytes:
    """The figure as PNG bytes, drawn once.

    ``fig.savefig`` of a figure with a layout engine draws it twice: once with
    rendering disabled to run the layout, then for real. Here the Agg canvas draws once
    (the draw runs the layout first) and its pixels are encoded by the same
    ``matplotlib.image.imsave`` that ``savefig`` uses, so the bytes are the same as
    ``fig.savefig(buffer, format="png", dpi=fig.dpi)`` gives, about 20% sooner.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.image import imsave

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    buffer = io.BytesIO()
    imsave(buffer, canvas.buffer_rgba(), format="png", origin="upper", dpi=fig.dpi)
    return buffer.getvalue()


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

    def __init__(self, controls: Mapping[str, object], compute: Callable, draw: Callable,
                 describe: Callable | None = None, *, figsize=(7.5, 4.5)):
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
        from ..fonts import cjk_rc

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
        self.update()

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


def deprecated_plots(module: str, new: str, names: Sequence[str]) -> Callable[[str], object]:
    """A module ``__getattr__`` that still offers the plots moved out of a widget module, for one release.

    ``kamlab.widgets.why_kam.plot_survival`` (before 0.2) is now
    ``kamlab.plots.why_kam.plot_survival``: the old name warns with a DeprecationWarning that
    names the new one (:func:`kamlab._deprecated.warn_moved`) and returns the same function.

    Parameters
    ----------
    module : str
        The widget module's ``__name__``.
    new : str
        The plot module the names moved to.
    names : sequence of str
        The moved names.

    Returns
    -------
    callable
        ``__getattr__(name)`` for the widget module.
    """
    import importlib

    from .._deprecated import warn_moved

    moved = frozenset(names)

    def __getattr__(name: str):
        if name in moved:
            warn_moved(f"{module}.{name}", f"{new}.{name}")
            return getattr(importlib.import_module(new), name)
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    return __getattr__
