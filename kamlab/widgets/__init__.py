"""Interactive explorers: thin ipywidgets shells over kamlab's compute and plot functions.

Every explorer is an :class:`Explorer` (see :mod:`kamlab.widgets.base`): named controls
bound to a pure compute function and a plot function. ipywidgets is imported only when
an explorer is built, so ``import kamlab`` stays light.
"""

import importlib as _importlib

from .base import Explorer

#: Each explorer and the lesson module that defines it. A lesson's explorers are imported when one
#: is first used (``kamlab.widgets.scoring_explorer``), so a lesson loads only its own widgets (and
#: lesson 04's networkx only where it is needed).
EXPLORERS: dict[str, str] = {
    "account_explorer": "start_here",
    "scoring_explorer": "key_accounts",
    "concentration_explorer": "key_accounts",
    "effort_explorer": "why_kam",
    "clv_explorer": "why_kam",
    "retention_explorer": "why_kam",
    "breakeven_explorer": "why_kam",
    "concession_explorer": "misconceptions",
    "segment_explorer": "misconceptions",
    "stage_explorer": "misconceptions",
    "portfolio_explorer": "misconceptions",
    "support_explorer": "misconceptions",
    "contact_plan_explorer": "runaway_horse",
    "complaint_relay_explorer": "complaint_relay",
    "replay_explorer": "complaint_relay",
    "sequential_game_explorer": "gome_gree",
    "stage_game_explorer": "gome_gree",
    "repeated_game_explorer": "gome_gree",
    "maturity_explorer": "kam_in_practice.maturity",
    "competency_explorer": "kam_in_practice.maturity",
    "team_explorer": "kam_in_practice.organisation",
    "account_plan_explorer": "kam_in_practice.organisation",
    "capstone_explorer": "kam_in_practice.capstone",
}

__all__ = ["Explorer", *EXPLORERS]


def __getattr__(name: str):
    """Import an explorer's lesson module on first use (PEP 562)."""
    if name in EXPLORERS:
        value = getattr(_importlib.import_module(f"{__name__}.{EXPLORERS[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
