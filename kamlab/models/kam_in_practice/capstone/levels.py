"""The KAM levels of the capstone programme: what a level costs and does to an account (:class:`KamLevel`, :data:`LEVELS`),
and the programme's constants (budget, cost unit, rules).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ...._validate import (
    check_amount,
    check_fraction,
    check_rate,
    check_size,
)
from ....errors import KamlabTypeError, KamlabValueError

__all__ = ["KamLevel", "LEVELS", "RULES", "STANCE_LEVELS", "COST_UNIT_YUAN", "DEFAULT_BUDGET_YUAN"]

#: The knapsack's cost unit: level costs are whole multiples of 10,000 yuan.
COST_UNIT_YUAN = 10_000

#: Upper bound of :class:`KamLevel`'s ``stages_up`` (any value past 4 reaches "integrated").
MAX_STAGES_UP = 100

#: Default yearly KAM budget of :func:`capstone` (a teaching assumption: 0.2% of the
#: default data's 500 million yuan revenue, enough for a few teams or a dozen part-time managers).
DEFAULT_BUDGET_YUAN = 1_000_000.0

#: Rules of :func:`plan_programme`.
RULES = ("optimal", "revenue", "profit", "attractiveness", "stance")

#: The "stance" rule: portfolio quadrant -> KAM level.
STANCE_LEVELS = {"strategic": "team", "star": "basic", "status": "basic", "streamline": "none"}


@dataclass(frozen=True)
class KamLevel:
    """One level of key-account management and its assumed effects on an account.

    Parameters
    ----------
    name : str
        Code of the level (``"none"``, ``"basic"``, ``"team"``).
    annual_cost_yuan : float
        What the level costs a year per account (yuan), in [0, 1e15] and a whole multiple of
        :data:`COST_UNIT_YUAN` (10,000 yuan, the unit of the exact knapsack).
    stages_up : int
        Relationship stages the account's retention moves up in
        :data:`kamlab.analytics.STAGE_RETENTION` (capped at "integrated"), 0 to :data:`MAX_STAGES_UP` (100).
    wallet_gain_per_year : float
        Points of share of wallet gained each year (0.02 = 2 points a year), in [0, 1];
        the share is capped at 1.
    cost_to_serve_change : float
        Relative change of the account's cost to serve (-0.05 = 5% cheaper to serve), in [-1, 10].

    Raises
    ------
    TypeError, ValueError
        For a wrong type or a value out of range.

    Examples
    --------
    >>> KamLevel("basic", 80_000, 1, 0.02, 0.0).annual_cost_yuan
    80000.0
    """

    name: str
    annual_cost_yuan: float
    stages_up: int
    wallet_gain_per_year: float
    cost_to_serve_change: float = 0.0

    def __post_init__(self):
        func = "KamLevel"
        if not isinstance(self.name, str) or not self.name:
            raise KamlabTypeError(f"{func}: parameter 'name' must be a non-empty str, got {self.name!r}.")
        cost = check_amount(self.annual_cost_yuan, "annual_cost_yuan", func)
        if abs(cost / COST_UNIT_YUAN - round(cost / COST_UNIT_YUAN)) > 1e-9:
            raise KamlabValueError(
                f"{func}: parameter 'annual_cost_yuan' = {cost!r}; expected a whole multiple "
                f"of {COST_UNIT_YUAN} yuan (the cost unit of the exact knapsack)."
            )
        object.__setattr__(self, "annual_cost_yuan", cost)
        object.__setattr__(
            self, "stages_up", check_size(self.stages_up, "stages_up", func, minimum=0, maximum=MAX_STAGES_UP)
        )
        object.__setattr__(
            self, "wallet_gain_per_year", check_fraction(self.wallet_gain_per_year, "wallet_gain_per_year", func)
        )
        object.__setattr__(
            self,
            "cost_to_serve_change",
            check_rate(self.cost_to_serve_change, "cost_to_serve_change", func, minimum=-1),
        )


#: The three levels of the lesson (teaching assumptions sized to the default data, not
#: findings of the literature): "none"; "basic" = a part-time key-account manager
#: (80,000 yuan a year per account, one stage up, +2 points of share of wallet a year);
#: "team" = a dedicated key-account manager with a cross-functional team (250,000 yuan a
#: year, two stages up, +4 points a year, 5% lower cost to serve because one team
#: coordinates what several departments did separately).
LEVELS = {
    "none": KamLevel("none", 0, 0, 0.0, 0.0),
    "basic": KamLevel("basic", 80_000, 1, 0.02, 0.0),
    "team": KamLevel("team", 250_000, 2, 0.04, -0.05),
}


def _check_levels(levels, func) -> dict[str, KamLevel]:
    if not isinstance(levels, Mapping):
        raise KamlabTypeError(
            f"{func}: parameter 'levels' must be a dict of level name -> KamLevel, got {type(levels).__name__}."
        )
    out = {}
    for key, level in levels.items():
        if not isinstance(key, str):
            raise KamlabTypeError(
                f"{func}: parameter 'levels' has a key {key!r} of type {type(key).__name__}; expected str level names."
            )
        if not isinstance(level, KamLevel):
            raise KamlabTypeError(
                f"{func}: parameter 'levels[{key!r}]' must be a KamLevel, got {type(level).__name__}."
            )
        out[key] = level
    if "none" not in out:
        raise KamlabValueError(
            f"{func}: parameter 'levels' lacks 'none'; expected a 'none' level (no KAM). "
            f"Levels given: {', '.join(map(repr, out)) or '(none)'}."
        )
    none = out["none"]
    if none.annual_cost_yuan or none.stages_up or none.wallet_gain_per_year or none.cost_to_serve_change:
        raise KamlabValueError(f"{func}: parameter 'levels['none']' = {none!r}; expected no cost and no effects.")
    return out
