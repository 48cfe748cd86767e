"""Planning a KAM programme under a yearly budget: the exact knapsack and the simple rules (:func:`plan_programme`,
:func:`programme_planner`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ...._validate import (
    check_amount,
    check_choice,
    check_int,
    check_seed,
)
from ....errors import KamlabTypeError, KamlabValueError
from .evaluation import _SIMULATE, ProgrammeResult, _evaluate, _level_values, _prepare, _Prepared, _terms, _with
from .levels import COST_UNIT_YUAN, LEVELS, RULES, STANCE_LEVELS

__all__ = ["plan_programme", "ProgrammePlanner", "programme_planner"]


def _knapsack(values: np.ndarray, units: np.ndarray, budget_units: int) -> tuple[float, np.ndarray]:
    """Exact multiple-choice knapsack: choose one option per item (column 0 = nothing, value 0).

    values, units: items x options. Returns (best value, chosen option per item).
    Dynamic programming over whole budget units; ties keep the cheaper, earlier option.
    """
    n_items, n_opt = values.shape
    best = np.zeros(budget_units + 1)
    choice = np.zeros((n_items, budget_units + 1), dtype=np.int16)
    for item in range(n_items):
        new = best.copy()
        pick = np.zeros(budget_units + 1, dtype=np.int16)
        for option in range(1, n_opt):
            u = int(units[item, option])
            if u > budget_units:
                continue
            candidate = np.full(budget_units + 1, -np.inf)
            candidate[u:] = best[: budget_units + 1 - u] + values[item, option]
            better = candidate > new + 1e-9
            new = np.where(better, candidate, new)
            pick = np.where(better, option, pick)
        best, choice[item] = new, pick
    chosen = np.zeros(n_items, dtype=int)
    b = budget_units
    for item in range(n_items - 1, -1, -1):
        option = int(choice[item, b])
        chosen[item] = option
        b -= int(units[item, option])
    return float(best[budget_units]), chosen


def _ranking(prep: _Prepared, rule: str) -> np.ndarray:
    key = {
        "revenue": prep.revenue,
        "profit": prep.profit,
        "attractiveness": prep.attractiveness,
        "stance": prep.attractiveness,
    }[rule]
    return np.lexsort((prep.ids.astype(str), -key))


def _plan(
    prep: _Prepared, budget: float, rule: str, level: str, top_n: int, levels: dict, horizon: int, rate: float
) -> dict[str, str]:
    if rule == "optimal":
        values = _level_values(prep, levels, horizon, rate)
        names = [k for k in levels if k != "none"]
        uplift = np.column_stack([np.zeros(len(prep.ids))] + [values[k] - values["none"] for k in names])
        # The shortlist: the top_n accounts by revenue, plus any other account for which some
        # level pays for itself (the others can only lower the total, so the optimum over
        # this set is the optimum over all accounts).
        shortlist = set(np.argsort(-prep.revenue, kind="stable")[:top_n].tolist())
        shortlist |= set(np.flatnonzero(uplift[:, 1:].max(axis=1, initial=-np.inf) > 0).tolist())
        idx = np.array(sorted(shortlist, key=lambda k: str(prep.ids[k])), dtype=int)
        units = np.array([0] + [round(levels[k].annual_cost_yuan / COST_UNIT_YUAN) for k in names])
        # A budget beyond what funding every shortlisted account at its dearest level costs
        # buys nothing more: capping it there keeps the table small and the plan unchanged.
        budget_units = min(int(math.floor(budget / COST_UNIT_YUAN + 1e-9)), int(units.max()) * len(idx))
        if not len(idx):
            return {}
        _, chosen = _knapsack(uplift[idx], np.tile(units, (len(idx), 1)), budget_units)
        return {str(prep.ids[k]): names[c - 1] for k, c in zip(idx, chosen) if c > 0}
    order = _ranking(prep, rule)
    out, spent = {}, 0.0
    for k in order:
        if len(out) >= top_n:
            break
        name = level if rule != "stance" else STANCE_LEVELS[prep.quadrant[k]]
        if name == "none":
            continue
        c = levels[name].annual_cost_yuan
        if spent + c > budget + 1e-6:
            break
        out[str(prep.ids[k])] = name
        spent += c
    return out


def plan_programme(
    accounts: pd.DataFrame,
    *,
    budget_yuan: float,
    rule: str = "optimal",
    level: str = "basic",
    top_n: int = 20,
    levels=LEVELS,
    horizon_years: int = 3,
    discount_rate: float = 0.10,
) -> dict[str, str]:
    """A KAM programme (account_id -> level) whose yearly cost stays within ``budget_yuan``.

    Rules
    -----
    * ``"revenue"``, ``"profit"``, ``"attractiveness"``: rank the accounts (largest
      revenue, largest profit after cost to serve, highest portfolio attractiveness) and
      give each ``level`` down the list while the budget lasts, at most ``top_n`` accounts.
    * ``"stance"``: the portfolio stance, in order of attractiveness: strategic -> "team",
      star -> "basic", status -> "basic", streamline -> none (:data:`STANCE_LEVELS`), while
      the budget lasts, at most ``top_n`` accounts funded.
    * ``"optimal"``: an exact multiple-choice knapsack by dynamic programming that
      maximises the expected discounted uplift (see :func:`evaluate_programme`), each
      account getting one of ``levels``, costs in whole 10,000-yuan units. Candidates: the
      ``top_n`` accounts by revenue, plus any other account for which some level pays for
      itself (leaving out the rest cannot lose anything), so "optimal" is never worse in
      expectation than any other rule at the same budget.

    "While the budget lasts" means: go down the list and stop at the first account whose
    level no longer fits.

    Parameters
    ----------
    accounts : pandas.DataFrame
        As :func:`evaluate_programme`.
    budget_yuan : float
        Yearly KAM budget (yuan), in [0, 1e15]. The plan's yearly cost never exceeds it.
    rule : str, default "optimal"
        One of :data:`RULES`.
    level : str, default "basic"
        The level the ranking rules give (a key of ``levels`` other than "none").
    top_n : int, default 20
        Most accounts a ranking rule funds; the knapsack's revenue shortlist. 1..len(accounts).
    levels : dict, default :data:`LEVELS`
    horizon_years, discount_rate
        As :func:`evaluate_programme` (used by "optimal").

    Returns
    -------
    dict
        account_id -> level name, funded accounts only.

    Raises
    ------
    TypeError, ValueError
        For a wrong table, a negative budget, an unknown rule or level, "stance" without
        "basic" and "team" levels, or ``top_n`` out of range.

    References
    ----------
    Kellerer, H., Pferschy, U. & Pisinger, D. (2004). Knapsack Problems. Springer, ch. 11
    (the multiple-choice knapsack problem). McDonald & Woodburn (2007), ch. 7 (stances).

    Examples
    --------
    >>> from kamlab.datasets import make_accounts
    >>> accounts = make_accounts(300)
    >>> plan = plan_programme(accounts, budget_yuan=500_000)
    >>> sum(LEVELS[v].annual_cost_yuan for v in plan.values()) <= 500_000
    True
    >>> len(plan_programme(accounts, budget_yuan=400_000, rule="revenue"))
    5
    >>> plan_programme(accounts, budget_yuan=0)
    {}
    """
    func = "plan_programme"
    levels, horizon, rate = _terms(levels, horizon_years, discount_rate, func)
    budget = check_amount(budget_yuan, "budget_yuan", func)
    _check_rule_and_level(rule, level, levels, func)
    prep = _prepare(accounts, func)
    top_n = check_int(top_n, "top_n", func, minimum=1, maximum=len(prep.ids))
    return _plan(prep, budget, rule, level, top_n, levels, horizon, rate)


def _check_rule_and_level(rule, level, levels: dict, func: str) -> None:
    """A known rule, a level name among ``levels``, and the levels the "stance" rule needs."""
    check_choice(rule, "rule", func, RULES)
    if not isinstance(level, str):
        raise KamlabTypeError(f"{func}: parameter 'level' must be a level name (str), got {type(level).__name__}.")
    check_choice(level, "level", func, [k for k in levels if k != "none"])
    if rule == "stance":
        missing = [k for k in ("basic", "team") if k not in levels]
        if missing:
            raise KamlabValueError(
                f"{func}: rule 'stance' needs levels 'basic' and 'team'; levels lack {', '.join(map(repr, missing))}."
            )


@dataclass(frozen=True)
class ProgrammePlanner:
    """An accounts table prepared once, to plan and evaluate many programmes quickly.

    Build it with :func:`programme_planner`; the capstone explorer calls :meth:`run`
    each time a control changes. :meth:`run` gives the same result as
    :func:`plan_programme` followed by :func:`evaluate_programme`, with ``budget_yuan``
    and ``rule`` recorded on the result as :func:`capstone` does.

    Attributes
    ----------
    levels : dict
        Level name -> :class:`KamLevel`.
    horizon_years : int
    discount_rate : float
    n_accounts : int
        Number of accounts.
    total_revenue : float
        Revenue of all accounts (yuan), e.g. to size a budget control.
    """

    levels: dict
    horizon_years: int
    discount_rate: float
    _prep: _Prepared = field(repr=False)

    @property
    def n_accounts(self) -> int:
        """Number of accounts."""
        return len(self._prep.ids)

    @property
    def total_revenue(self) -> float:
        """Revenue of all accounts (yuan)."""
        return float(self._prep.revenue.sum())

    def run(
        self,
        *,
        budget_yuan: float,
        rule: str = "optimal",
        level: str = "basic",
        top_n: int = 20,
        n_sims: int = 2000,
        seed=2026,
        simulate: str = "programme",
    ) -> ProgrammeResult:
        """Plan a programme within ``budget_yuan`` by ``rule`` and evaluate it against no KAM.

        Parameters
        ----------
        budget_yuan : float
            Yearly KAM budget (yuan), in [0, 1e15].
        rule, level : str
            As :func:`plan_programme`.
        top_n : int, default 20
            As :func:`plan_programme`, 1..:attr:`n_accounts`.
        n_sims, seed, simulate
            As :func:`evaluate_programme`; ``simulate`` defaults to ``"programme"`` (fast).

        Returns
        -------
        ProgrammeResult
            With ``budget_yuan`` and ``rule`` set.

        Raises
        ------
        TypeError, ValueError
            For a setting out of range, an unknown rule or level.

        Examples
        --------
        >>> from kamlab.datasets import make_accounts
        >>> from kamlab.models.kam_in_practice.capstone import evaluate_programme
        >>> accounts = make_accounts(300)
        >>> r = programme_planner(accounts).run(budget_yuan=500_000, n_sims=200, simulate="all")
        >>> same = evaluate_programme(accounts, plan_programme(accounts, budget_yuan=500_000), n_sims=200)
        >>> r.programme == same.programme, r.expected_uplift == same.expected_uplift, r.rule
        (True, True, 'optimal')
        """
        func = "ProgrammePlanner.run"
        budget = check_amount(budget_yuan, "budget_yuan", func)
        _check_rule_and_level(rule, level, self.levels, func)
        top_n = check_int(top_n, "top_n", func, minimum=1, maximum=self.n_accounts)
        n_sims = check_int(n_sims, "n_sims", func, minimum=1, maximum=100_000)
        seed = check_seed(seed, func)
        check_choice(simulate, "simulate", func, _SIMULATE)
        programme = _plan(self._prep, budget, rule, level, top_n, self.levels, self.horizon_years, self.discount_rate)
        result = _evaluate(
            self._prep, programme, self.levels, self.horizon_years, self.discount_rate, n_sims, seed, simulate
        )
        return _with(result, budget_yuan=budget, rule=rule)


def programme_planner(
    accounts: pd.DataFrame,
    *,
    levels=LEVELS,
    horizon_years: int = 3,
    discount_rate: float = 0.10,
    func: str = "programme_planner",
) -> ProgrammePlanner:
    """Check and prepare an accounts table once, for many runs of :meth:`ProgrammePlanner.run`.

    Parameters
    ----------
    accounts : pandas.DataFrame
        As :func:`evaluate_programme`.
    levels : dict, default :data:`LEVELS`
    horizon_years : int, default 3
    discount_rate : float, default 0.10
        As :func:`evaluate_programme`.
    func : str, default "programme_planner"
        Name of the calling function for error messages (an explorer passes its own).

    Returns
    -------
    ProgrammePlanner

    Raises
    ------
    TypeError, ValueError
        For a wrong accounts table, levels without "none", or a setting out of range.

    Examples
    --------
    >>> from kamlab.datasets import make_accounts
    >>> planner = programme_planner(make_accounts(300))
    >>> planner.n_accounts, planner.horizon_years
    (300, 3)
    """
    levels, horizon, rate = _terms(levels, horizon_years, discount_rate, func)
    return ProgrammePlanner(levels, horizon, rate, _prepare(accounts, func))
