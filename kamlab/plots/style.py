"""kamlab's plot style: the palette, the figure sizes and the shared axes set-up.

Every plot of :mod:`kamlab.plots` starts with :func:`setup_axes`, so ``plot_x(result)`` in a
notebook opens a pyplot figure that shows inline, and ``plot_x(result, ax=ax)`` draws where
it is told. Colours are named once here (:data:`RED`, :data:`BLUE`, ...) and every plot
uses the names. Nothing here changes global state: no rcParams, no ``matplotlib.use``.
"""

from __future__ import annotations

from ..errors import KamlabTypeError
from ..i18n import resolve_lang

__all__ = [
    "RED",
    "DARK_RED",
    "BLUE",
    "GOLD",
    "GREEN",
    "TEAL",
    "GREY",
    "LIGHT_GREY",
    "PALE_GREY",
    "DARK_GREY",
    "INK",
    "FIGSIZE",
    "CONTROL_STYLE",
    "setup_axes",
    "split_axes",
    "message",
    "require_result",
]

# ---- the palette ------------------------------------------------------------------------------
#: The accent: key accounts, the focused policy, "your" setting, Gome.
RED = "#d1495b"
#: The darkest tier (VIP), warnings and sentences drawn instead of a chart.
DARK_RED = "#8c1d18"
#: The comparison: the even policy, the benchmark, Gree, the programme.
BLUE = "#30638e"
#: The third series.
GOLD = "#edae49"
#: The fourth series; "with support".
GREEN = "#66a182"
#: Predictions and marked points.
TEAL = "#00798c"
#: The reference: no effort, no KAM, "without".
GREY = "#8d8d8d"
#: Unused capacity, background bars.
LIGHT_GREY = "#c9c9c9"
#: Regions where nothing applies (hatched).
PALE_GREY = "#d9d9d9"
#: Reference lines and frames.
DARK_GREY = "#555555"
#: Dark text.
INK = "#222222"

#: Figure sizes (inches) of a new figure, by kind of plot.
FIGSIZE = {
    "default": (7, 4.5),
    "wide": (8, 4.5),
    "two_panels": (11, 4.2),
}

#: Style of every explorer control: the description is shown in full.
CONTROL_STYLE = {"description_width": "initial"}


def setup_axes(ax, lang, func: str, figsize=FIGSIZE["default"]):
    """The Axes to draw on and the checked language: the one start of every plot.

    Parameters
    ----------
    ax : matplotlib.axes.Axes or None
        Where to draw; None opens a new pyplot figure (``plt.subplots`` with constrained
        layout), which shows inline in a notebook.
    lang : {"zh", "en"} or None
        The language of the labels; None means the current language.
    func : str
        The calling plot's name, for the error message of a bad ``lang``.
    figsize : tuple of float, default ``FIGSIZE["default"]``
        Size of a new figure in inches.

    Returns
    -------
    tuple of (matplotlib.axes.Axes, str)
        The Axes and the language ("zh" or "en").

    Examples
    --------
    >>> ax, lang = setup_axes(None, "en", "plot_example")
    >>> lang, ax.figure.get_size_inches().tolist()
    ('en', [7.0, 4.5])
    """
    lang = resolve_lang(lang, func)
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax, lang


def split_axes(ax, *, figsize=FIGSIZE["two_panels"], width_ratios=(1, 1)):
    """Two side-by-side Axes in ``ax``'s place in its figure (a new pyplot figure if ``ax`` is None).

    ``ax`` may also be a pair of Axes already: then it is returned as it is.

    Parameters
    ----------
    ax : matplotlib.axes.Axes, pair of Axes, or None
        The Axes whose place is split, two Axes to use, or None. A lone, empty Axes (an
        explorer's) becomes the left panel; any other is removed.
    figsize : tuple of float, default ``FIGSIZE["two_panels"]``
        Size of a new figure in inches.
    width_ratios : pair of float, default (1, 1)
        Relative widths of the two panels.

    Returns
    -------
    tuple of (matplotlib.axes.Axes, matplotlib.axes.Axes)
        The left and the right panel.

    Examples
    --------
    >>> left, right = split_axes(None)
    >>> len(left.figure.axes), right.figure is left.figure
    (2, True)
    """
    if ax is None:
        import matplotlib.pyplot as plt

        _, (left, right) = plt.subplots(
            1, 2, figsize=figsize, layout="constrained", gridspec_kw={"width_ratios": width_ratios}
        )
        return left, right
    if isinstance(ax, (tuple, list)) or getattr(ax, "ndim", 0) == 1:
        left, right = ax
        return left, right
    fig, spec = ax.figure, ax.get_subplotspec()
    pristine = not (ax.has_data() or ax.texts or ax.artists or ax.get_legend() or ax.get_title() or ax.get_xlabel())
    if fig.axes == [ax] and pristine and not ax.get_ylabel() and spec.get_gridspec().get_geometry() == (1, 1):
        # ax is alone and empty (an explorer's figure): it becomes the left panel of a plain 1x2
        # grid (a plain grid lays out faster than a nested one), so no Axes is built to be thrown away
        grid = fig.add_gridspec(1, 2, width_ratios=width_ratios)
        ax.set_subplotspec(grid[0])
        return ax, fig.add_subplot(grid[1])
    ax.remove()
    if not fig.axes:
        left, right = fig.subplots(1, 2, gridspec_kw={"width_ratios": width_ratios})
        return left, right
    grid = spec.subgridspec(1, 2, width_ratios=width_ratios)
    return fig.add_subplot(grid[0]), fig.add_subplot(grid[1])


def message(ax, text: str, *, color: str = DARK_RED, fontsize: float = 12, box: bool = False):
    """Show a sentence instead of a chart (a setting the model cannot use, a hidden result).

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        Where the sentence goes (its ticks are removed).
    text : str
        The sentence, already in the reader's language and wrapped.
    color : str, default :data:`DARK_RED`
        Colour of the text (and of the box's edge).
    fontsize : float, default 12
        Size of the text.
    box : bool, default False
        Draw the text in a white box and keep the frame (else the axis is switched off).

    Returns
    -------
    matplotlib.axes.Axes
        ``ax``.

    Examples
    --------
    >>> ax, _ = setup_axes(None, "en", "plot_example")
    >>> message(ax, "Nothing to show.").texts[0].get_text()
    'Nothing to show.'
    """
    bbox = {"facecolor": "white", "edgecolor": color} if box else None
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", fontsize=fontsize, color=color, bbox=bbox)
    if box:
        ax.set_xticks([])
        ax.set_yticks([])
    else:
        ax.set_axis_off()
    return ax


def require_result(obj, cls, name: str, func: str, *, source: str | None = None):
    """Check that a plot got the result it draws (a model's dataclass), with a clear kamlab error.

    Parameters
    ----------
    obj : object
        The argument.
    cls : type or tuple of types
        What it must be.
    name : str
        The parameter's name.
    func : str
        The plot's name.
    source : str, optional
        The function that makes a ``cls``, named in the message.

    Returns
    -------
    object
        ``obj``.

    Raises
    ------
    KamlabTypeError
        When ``obj`` is not a ``cls``.

    Examples
    --------
    >>> require_result(3, str, "result", "plot_example")
    Traceback (most recent call last):
    ...
    kamlab.errors.KamlabTypeError: plot_example: parameter 'result' must be a str, got int.
    """
    if not isinstance(obj, cls):
        expected = cls.__name__ if isinstance(cls, type) else " or ".join(c.__name__ for c in cls)
        origin = f" (from {source})" if source else ""
        raise KamlabTypeError(f"{func}: parameter '{name}' must be a {expected}{origin}, got {type(obj).__name__}.")
    return obj
