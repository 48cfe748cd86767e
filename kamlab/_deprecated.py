"""Old import paths of the layout before 0.2, kept for one release as thin aliases.

Each old module (``kamlab.identification``, ``kamlab.cases.k1``, ``kamlab.widgets.k1``, ...) is a
two-line file that calls :func:`moved`: importing it warns with a :class:`DeprecationWarning` that
names the new path, and the old name then *is* the new module (same functions, same objects).
The map of old to new names is :data:`MOVED`; ``ARCHITECTURE.md`` explains the layout.
"""

from __future__ import annotations

import importlib
import sys
import warnings
from types import ModuleType

__all__ = ["MOVED", "moved"]

#: Every old module path and the module that replaced it.
MOVED: dict[str, str] = {
    "kamlab.explore": "kamlab.models.start_here",
    "kamlab.identification": "kamlab.models.key_accounts",
    "kamlab.importance": "kamlab.models.why_kam",
    "kamlab.misconceptions": "kamlab.models.misconceptions",
    "kamlab.cases.k1": "kamlab.models.runaway_horse",
    "kamlab.cases.k2": "kamlab.models.complaint_relay",
    "kamlab.cases.k3": "kamlab.models.gome_gree",
    "kamlab.practice": "kamlab.models.kam_in_practice",
    **{
        f"kamlab.practice.{m}": f"kamlab.models.kam_in_practice.{m}"
        for m in ("account_plan", "capstone", "competency", "maturity", "organisation")
    },
    "kamlab.analytics.plots": "kamlab.plots.analytics",
    "kamlab.widgets.accounts": "kamlab.widgets.start_here",
    "kamlab.widgets.identification": "kamlab.widgets.key_accounts",
    "kamlab.widgets.importance": "kamlab.widgets.why_kam",
    "kamlab.widgets.k1": "kamlab.widgets.runaway_horse",
    "kamlab.widgets.k2": "kamlab.widgets.complaint_relay",
    "kamlab.widgets.k3": "kamlab.widgets.gome_gree",
    **{f"kamlab.widgets.{m}": f"kamlab.widgets.kam_in_practice.{m}" for m in ("maturity", "organisation", "capstone")},
    **{
        f"kamlab.exercises.lesson{n}": f"kamlab.exercises.{name}"
        for n, name in (
            ("01", "key_accounts"),
            ("02", "why_kam"),
            ("03", "misconceptions"),
            ("04", "runaway_horse"),
            ("05", "complaint_relay"),
            ("06", "gome_gree"),
            ("07", "kam_in_practice"),
        )
    },
}


def _caller_level() -> int:
    """The stack level of the code that used an old path, past kamlab's aliases and importlib
    (whose frames :func:`warnings.warn` skips by itself)."""
    frame, level = sys._getframe(1), 1
    while frame is not None:
        internal = "importlib" in frame.f_code.co_filename and "_bootstrap" in frame.f_code.co_filename
        name = frame.f_globals.get("__name__", "")
        if not internal:
            if not (name == __name__ or name in MOVED or name in ("kamlab.cases", "kamlab.analytics")):
                return level
            level += 1
        frame = frame.f_back
    return level


def warn_moved(old: str, new: str) -> None:
    """Warn that ``old`` is deprecated in favour of ``new``, pointing at the code that used it.

    Parameters
    ----------
    old, new : str
        The old and the new dotted name.

    Returns
    -------
    None
    """
    warnings.warn(
        f"{old} is deprecated and will be removed in the next release; use {new} instead (see ARCHITECTURE.md).",
        DeprecationWarning,
        stacklevel=_caller_level(),
    )


def moved(old: str) -> ModuleType:
    """Make the old module name ``old`` an alias of its new module, with a DeprecationWarning.

    Parameters
    ----------
    old : str
        The old module's ``__name__`` (a key of :data:`MOVED`).

    Returns
    -------
    module
        The new module, which from now on is also ``sys.modules[old]``.
    """
    new = MOVED[old]
    warn_moved(old, new)
    module = importlib.import_module(new)
    sys.modules[old] = module
    return module
