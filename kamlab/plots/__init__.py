"""The drawing layer: every plot of kamlab, one module per lesson plus the analytics plots.

Every ``plot_*`` function takes the result of a compute function (it never computes) and an
optional ``ax``: with ``ax=None`` it opens a pyplot figure, which shows inline in a notebook.
The palette, the figure sizes and the shared axes set-up are in :mod:`kamlab.plots.style`.
matplotlib is imported only when a plot draws. See ARCHITECTURE.md.

The analytics plots are imported with the package; a lesson's plot module is imported when one
of its plots (``kamlab.plots.plot_survival``) or the module (``kamlab.plots.why_kam``) is first
used, as :mod:`kamlab.widgets` does with the explorers, so each plot module can import its
models at its top.
"""

import importlib as _importlib

from . import analytics, style  # noqa: F401  (kamlab.plots.style, as an attribute)
from .analytics import *  # noqa: F401,F403

#: Each lesson plot and the module that defines it (``tests/test_layout.py`` checks the table
#: against the modules' ``__all__``).
PLOTS: dict[str, str] = {
    **dict.fromkeys(("plot_top_accounts", "plot_revenue_by_industry", "plot_revenue_histogram"), "start_here"),
    **dict.fromkeys(("plot_scoring_view", "plot_concentration_view"), "key_accounts"),
    **dict.fromkeys(
        (
            "plot_focus_curve",
            "plot_clv_scenario",
            "plot_survival",
            "plot_repeat_purchases",
            "plot_retention",
            "plot_breakeven_map",
        ),
        "why_kam",
    ),
    **dict.fromkeys(
        (
            "plot_concession_curve",
            "plot_segment_pnl",
            "plot_stage_paths",
            "plot_portfolio_risk",
            "plot_support_value",
            "plot_hidden",
        ),
        "misconceptions",
    ),
    **dict.fromkeys(
        ("plot_relationship_map", "plot_contact_plan", "plot_plan_risk", "plot_revenue_share"), "runaway_horse"
    ),
    **dict.fromkeys(("plot_quarter_measures", "plot_replay"), "complaint_relay"),
    **dict.fromkeys(
        (
            "plot_payoff_table",
            "plot_threat_credibility",
            "plot_repeated_play",
            "plot_game_tree",
            "plot_belief_threshold",
        ),
        "gome_gree",
    ),
    **dict.fromkeys(
        (
            "plot_maturity_radar",
            "plot_competency_profile",
            "plot_org_structures",
            "plot_account_team",
            "plot_account_plan",
            "plot_programme",
            "plot_capstone_accounts",
        ),
        "kam_in_practice",
    ),
}

#: The lesson plot modules, loaded on first use.
MODULES = tuple(dict.fromkeys(PLOTS.values()))

__all__: list[str] = [*analytics.__all__, *PLOTS]


def __getattr__(name: str):
    """Import a lesson plot module on first use (PEP 562)."""
    if name in PLOTS:
        value = getattr(_importlib.import_module(f"{__name__}.{PLOTS[name]}"), name)
    elif name in MODULES:
        value = _importlib.import_module(f"{__name__}.{name}")
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *MODULES})
