"""Figures in a notebook drawn once, not twice (called by :func:`kamlab.setup`).

IPython's inline backend shows a figure by saving it with ``bbox_inches="tight"``: matplotlib
draws the whole figure once to measure what it covers, then draws it again to crop the picture
to that. A figure with constrained layout (``layout="constrained"``, which every lesson figure
and every kamlab figure uses) already fits its titles, labels and legends inside its own edges,
so the measuring draw only trims the thin margin the layout keeps: for these figures the crop is
dropped, and each plot cell draws its figure once (about 15-30% of a plot cell's time). Figures
without constrained layout, such as a student's own ``plt.subplots()``, keep the crop.

Only IPython's default crop is changed: a ``bbox_inches`` other than ``"tight"`` set by the
user (``%config InlineBackend.print_figure_kwargs = {...}``) is kept, and so is a formatter
of the user's own. IPython registers its formatters when the inline backend starts (pyplot
starts it at its first figure) and again when the figure format changes, so the check runs
before every cell, and ``setup()`` starts the backend at once if pyplot is already imported.
"""

from __future__ import annotations

import sys
import warnings
from functools import partial

from ._compat import wrap_figure_formatters

__all__ = ["draw_laid_out_figures_once"]

_MIME_TYPES = ("image/png", "image/jpeg", "image/svg+xml", "application/pdf")


def _constrained(fig) -> bool:
    """True if ``fig`` is laid out by matplotlib's constrained layout (``compressed`` included)."""
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    return isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine)


class _OneDraw:
    """A figure formatter that shows constrained-layout figures without the tight crop."""

    def __init__(self, inner):
        self.inner = inner

    def __call__(self, fig):
        if _constrained(fig):
            return self.inner(fig, bbox_inches=None)
        return self.inner(fig)


def _wrap(formatters, figure_type) -> None:
    """Wrap IPython's default figure formatters (those not wrapped yet): :mod:`kamlab._compat`
    does it where the installed IPython is one it was checked on, and leaves them alone elsewhere."""
    wrap_figure_formatters(formatters, figure_type, _MIME_TYPES, _OneDraw)


def _start_inline_backend() -> None:
    """Start the inline backend now if pyplot is imported and would start it at its first figure.

    pyplot chooses its backend lazily, when the first figure opens, and that is when IPython
    registers its figure formatters: too late to wrap them before that figure is shown. So when
    pyplot is imported, the backend is the inline one and no figure is open, it is started here,
    which is what pyplot would do a moment later (``switch_backend`` to the same backend).
    """
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is None or "matplotlib_inline.backend_inline" in sys.modules or plt.get_fignums():
        return
    backend = dict.__getitem__(plt.rcParams, "backend")  # as set; reading rcParams["backend"] may resolve it
    if isinstance(backend, str) and backend in ("inline", "module://matplotlib_inline.backend_inline"):
        plt.switch_backend(backend)


def _before_cell(shell, *_args) -> None:
    try:
        _start_inline_backend()
        figure = sys.modules.get("matplotlib.figure")
        if figure is not None:
            _wrap(shell.display_formatter.formatters, figure.Figure)
    except Exception as exc:  # an optimisation must never break a student's cell
        shell.events.unregister("pre_run_cell", _hook_of(shell))
        warnings.warn(f"kamlab: figures are drawn as IPython draws them (kamlab._inline: {exc!r})", stacklevel=1)


def _hook_of(shell):
    """This module's ``pre_run_cell`` hook in ``shell``, or None if it is not registered."""
    callbacks = shell.events.callbacks.get("pre_run_cell", [])
    return next((cb for cb in callbacks if getattr(cb, "__kamlab_one_draw__", False)), None)


def draw_laid_out_figures_once() -> bool:
    """In an IPython kernel, show constrained-layout figures after one draw instead of two.

    Returns
    -------
    bool
        True if running under IPython (the formatters are wrapped now, when matplotlib's are
        registered, and before every later cell); False elsewhere (nothing is changed).
    """
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None or not hasattr(shell, "events") or not hasattr(shell, "display_formatter"):
        return False
    if _hook_of(shell) is None:
        hook = partial(_before_cell, shell)
        hook.__kamlab_one_draw__ = True  # registered once per kernel, however often setup() runs
        shell.events.register("pre_run_cell", hook)
    _before_cell(shell)
    return True
