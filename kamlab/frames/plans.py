"""The plan of each explorer's frames (:data:`PLANS`) and how its lesson builds it (:data:`LESSON_CALLS`)."""

from __future__ import annotations

from dataclasses import dataclass

from .. import widgets
from ..datasets import make_accounts
from ..errors import KamlabValueError
from ..io import load_accounts, load_company

__all__ = ["LESSON_CALLS", "LESSON_DATA", "PLANS", "Plan", "make_explorer", "plan_table"]


@dataclass(frozen=True)
class Plan:
    """Which frames an explorer gets.

    Parameters
    ----------
    groups : tuple of tuple of str
        Controls drawn together: the product of their values, the other controls at their start.
        Controls in no group are varied one at a time; with no groups and at most two controls
        on the grid, those controls are one group.
    fixed : tuple of str
        Controls left out of the grid (shown at their starting value, with a note).
    max_values : int
        Most values a slider gets (its minimum, maximum and starting value always included).
    why : str
        The reason for the groups, for the table in this module's docstring.
    """

    groups: tuple[tuple[str, ...], ...] = ()
    fixed: tuple[str, ...] = ()
    max_values: int = 11
    why: str = ""


_REVEAL = "each control with ``reveal`` on and off: the lesson's point is the revealed answer"

#: The plan of every explorer (see :class:`Plan`); the table in :mod:`kamlab.frames`'s docstring.
PLANS: dict[str, Plan] = {
    "account_explorer": Plan(),
    "scoring_explorer": Plan(),
    "concentration_explorer": Plan(),
    "effort_explorer": Plan(),
    "clv_explorer": Plan(),
    "retention_explorer": Plan(),
    "breakeven_explorer": Plan(why="two controls: the full product"),
    "concession_explorer": Plan(
        groups=tuple((c, "reveal") for c in ("prediction", "kind", "gross_margin", "max_volume_gain", "sensitivity")),
        why=_REVEAL,
    ),
    "segment_explorer": Plan(
        groups=tuple((c, "reveal") for c in ("prediction", "chain_share_gain", "years", "kam_fixed_cost_10k")),
        why=_REVEAL,
    ),
    "stage_explorer": Plan(
        groups=tuple((c, "reveal") for c in ("prediction", "kam_advance", "kam_cost_10k", "horizon_years")),
        why=_REVEAL,
    ),
    "portfolio_explorer": Plan(
        groups=tuple((c, "reveal") for c in ("prediction", "key_accounts", "key_leave_probability", "fixed_cost_10k")),
        why=_REVEAL,
    ),
    "support_explorer": Plan(
        groups=tuple(
            (c, "reveal")
            for c in (
                "prediction",
                "market_outlook",
                "selling_points",
                "best_sellers",
                "timely_delivery",
                "in_store_promotion",
                "horizon_years",
            )
        ),
        why=_REVEAL,
    ),
    "contact_plan_explorer": Plan(max_values=9),
    "complaint_relay_explorer": Plan(
        groups=(("information_completeness", "process_maturity"),),
        why="information and process together: case K2's two levers",
    ),
    "replay_explorer": Plan(why="two controls: the full product"),
    "stage_game_explorer": Plan(
        groups=tuple(
            (c, "kam")
            for c in (
                "gree_dependence",
                "price_cut",
                "gome_cut_gain",
                "gome_spillover",
                "channel_premium",
                "copycat_risk",
            )
        ),
        max_values=9,
        why="each control with and without the KAM department: case K3's point",
    ),
    "sequential_game_explorer": Plan(
        groups=tuple((c, "kam") for c in ("belief", "gome_cut_gain", "gree_dependence", "channel_premium")),
        max_values=9,
        why="each control with and without the KAM department: case K3's point",
    ),
    "repeated_game_explorer": Plan(
        groups=(("gome", "gree", "kam"), ("slip_rate", "kam")),
        why="every pair of strategies, and the slip rate, with and without the KAM department",
    ),
    "maturity_explorer": Plan(),
    "competency_explorer": Plan(),
    "team_explorer": Plan(
        groups=tuple(
            ("structure", c) for c in ("sales", "rnd", "manufacturing", "marketing", "service", "logistics", "finance")
        ),
        why="each function in both structures",
    ),
    "account_plan_explorer": Plan(),
    "capstone_explorer": Plan(groups=(("rule", "level"),), why="every rule at both levels"),
}

#: The data a lesson passes to its explorers: name -> (the lesson's code that makes it, loader).
LESSON_DATA: dict[str, tuple[str, str]] = {
    "accounts": ("accounts = kamlab.load_accounts()", "load_accounts"),
    "company": ("company = kamlab.io.load_company()", "load_company"),
    "capstone_accounts": ("accounts = kamlab.make_accounts(seed=2027)", "make_accounts_2027"),
}

#: How each lesson builds its explorers: name -> (lesson notebook, the data passed, or None).
#: ``tests/frames/test_frames.py`` checks these calls against ``tools/lessons/*.py``.
LESSON_CALLS: dict[str, tuple[str, str | None]] = {
    "account_explorer": ("00_start_here", "accounts"),
    "scoring_explorer": ("01_key_accounts", "accounts"),
    "concentration_explorer": ("01_key_accounts", None),
    "effort_explorer": ("02_why_kam", "accounts"),
    "clv_explorer": ("02_why_kam", None),
    "retention_explorer": ("02_why_kam", None),
    "breakeven_explorer": ("02_why_kam", None),
    "concession_explorer": ("03_misconceptions", None),
    "segment_explorer": ("03_misconceptions", None),
    "stage_explorer": ("03_misconceptions", None),
    "portfolio_explorer": ("03_misconceptions", None),
    "support_explorer": ("03_misconceptions", None),
    "contact_plan_explorer": ("04_runaway_horse", None),
    "complaint_relay_explorer": ("05_complaint_relay", None),
    "replay_explorer": ("05_complaint_relay", None),
    "stage_game_explorer": ("06_gome_gree", None),
    "sequential_game_explorer": ("06_gome_gree", None),
    "repeated_game_explorer": ("06_gome_gree", None),
    "maturity_explorer": ("07_kam_in_practice", None),
    "competency_explorer": ("07_kam_in_practice", None),
    "team_explorer": ("07_kam_in_practice", None),
    "account_plan_explorer": ("07_kam_in_practice", "company"),
    "capstone_explorer": ("07_kam_in_practice", "capstone_accounts"),
}


def plan_table() -> str:
    """The plans as a reStructuredText table (for :mod:`kamlab.frames`'s docstring).

    Returns
    -------
    str
    """
    rule = "=" * 30 + "  " + "=" * 70
    lines = [rule, f"{'Explorer':<30}  Frames", rule]
    for name, plan in PLANS.items():
        if plan.groups:
            what = "groups " + ", ".join("(" + " × ".join(g) + ")" for g in plan.groups) + ", the rest one at a time"
        elif plan.why:
            what = "all controls together (the full product)"
        else:
            what = "one control at a time"
        what += f"; sliders at most {plan.max_values} values"
        if plan.fixed:
            what += "; fixed: " + ", ".join(plan.fixed)
        if plan.why:
            what += f" ({plan.why})"
        lines.append(f"{'``' + name + '``':<30}  {what}")
    lines.append(rule)
    return "\n".join(lines)


# ---- building an explorer as its lesson does ----------------------------------------------------
def _load(data: str):
    loader = LESSON_DATA[data][1]
    if loader == "load_accounts":
        return load_accounts()
    if loader == "load_company":
        return load_company()
    return make_accounts(seed=2027)


def _check_name(name: str) -> None:
    if name not in LESSON_CALLS:
        raise KamlabValueError(f"kamlab.frames: no explorer named {name!r}. Explorers: {', '.join(LESSON_CALLS)}.")


def make_explorer(name: str, lang: str, data=None, *, dpi: int | None = None):
    """The explorer ``name`` in ``lang``, built as its lesson builds it.

    Parameters
    ----------
    name : str
        An explorer of :data:`kamlab.widgets.EXPLORERS`, e.g. ``"breakeven_explorer"``.
    lang : {"zh", "en"}
        Language of its labels.
    data : object, optional
        The data the lesson passes (:data:`LESSON_CALLS`); loaded when not given.
    dpi : int, optional
        Resolution of its pictures (``Explorer.png_dpi``; default the explorer's own, 192); the
        starting picture is drawn again at it.

    Returns
    -------
    kamlab.widgets.Explorer

    Raises
    ------
    KamlabValueError
        For an unknown explorer.
    """
    _check_name(name)
    factory = getattr(widgets, name)
    needs = LESSON_CALLS[name][1]
    explorer = factory(lang=lang) if needs is None else factory(_load(needs) if data is None else data, lang=lang)
    if dpi is not None and dpi != explorer.png_dpi:
        explorer.png_dpi = dpi
        explorer.update()
    return explorer
