"""The capstone model of lesson 07: the whole chapter on one dataset, and a budgeted KAM programme.

The chapter's tools, in the order a firm would use them on its own customer base:

1. identify key accounts both ways (subjective scoring C1 vs the objective 80/20 rule C2,
   :func:`kamlab.analytics.compare_identifications`);
2. check what the key accounts really earn after cost to serve
   (:func:`kamlab.analytics.customer_profit`, chapter I4);
3. place them in McDonald & Woodburn's portfolio and read each one's stance
   (:func:`kamlab.analytics.portfolio_matrix`);
4. spend a limited yearly KAM budget on them (:func:`plan_programme`);
5. compare the programme's expected discounted profit and its risk with "no KAM"
   (:func:`evaluate_programme`).

:func:`capstone` runs the five steps and keeps each one's table.

The KAM model
-------------
A level of key-account management (:class:`KamLevel`, :data:`LEVELS`) costs a fixed sum a
year and has three effects on an account: its yearly retention moves up ``stages_up``
relationship stages in :data:`kamlab.analytics.STAGE_RETENTION` (capped at the top stage),
its share of wallet grows by ``wallet_gain_per_year`` a year (capped at 1; the extra
revenue, ``category_spend`` x the extra share, earns the account's gross margin) and its
cost to serve changes by the fraction ``cost_to_serve_change``.

The *direction* of these effects follows the KAM literature: key-account management
that is well resourced and has a dedicated team goes with better relationships and
better performance with the account (Homburg, Workman & Jensen 2002; Workman, Homburg &
Jensen 2003; Davies & Ryals 2014 on which KAM practices are effective). The *numbers* of
:data:`LEVELS` are kamlab's teaching assumptions, sized to the simulated data; they are
not findings of those papers.

Timing convention (used everywhere here): every account is a customer today (t = 0).
At the start of each year t = 1 .. H it renews with probability r, so it is still a
customer in year t with probability r^t; year t's flows (its profit, including the KAM
cost of that year) are received at the end of year t and discounted by (1 + i)^t. An
account lost in year t earns nothing and costs nothing from year t on. With no KAM this
is :func:`kamlab.analytics.customer_lifetime_value` with ``timing="end"`` and
``horizon_years=H``. The account's profit is held flat apart from the KAM effects (no
market growth), so the comparison isolates the programme.

Nothing here imports matplotlib or ipywidgets.

References
----------
Homburg, C., Workman, J. P. & Jensen, O. (2002). A configurational perspective on key
account management. Journal of Marketing, 66(2), 38-60.
Workman, J. P., Homburg, C. & Jensen, O. (2003). Intraorganizational determinants of key
account management effectiveness. Journal of the Academy of Marketing Science, 31(1), 3-21.
Davies, I. A. & Ryals, L. J. (2014). The effectiveness of key account management
practices. Industrial Marketing Management, 43(7), 1182-1194.
McDonald, M. & Woodburn, D. (2007). Key Account Management: The Definitive Guide, 2nd ed.
Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive Marketing, 17(1).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..._validate import (
    check_amount,
    check_choice,
    check_fraction,
    check_int,
    check_number,
    check_numeric_column,
    check_rate,
    check_seed,
    check_size,
    check_stages,
)
from ...analytics._common import STAGES, accounts_frame
from ...analytics.equity import STAGE_RETENTION
from ...analytics.portfolio import portfolio_matrix
from ...analytics.profitability import customer_profit
from ...analytics.scoring import Identification, compare_identifications
from ...cache import disk_cached
from ...errors import KamlabTypeError, KamlabValueError

__all__ = [
    "KamLevel",
    "LEVELS",
    "RULES",
    "STANCE_LEVELS",
    "COST_UNIT_YUAN",
    "DEFAULT_BUDGET_YUAN",
    "ProgrammeResult",
    "Capstone",
    "check_programme",
    "evaluate_programme",
    "plan_programme",
    "capstone",
    "compare_rules",
    "ProgrammePlanner",
    "programme_planner",
]

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

#: Columns :func:`evaluate_programme` needs (besides the cost-to-serve drivers).
_COLUMNS = (
    "revenue",
    "gross_margin",
    "discounts_rebates",
    "category_spend",
    "share_of_wallet",
    "relationship_stage",
    "growth_trend",
    "strategic_importance",
    "sales_hours",
    "service_hours",
    "complaint_hours",
)


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


@dataclass(frozen=True)
class _Prepared:
    """Per-account arrays in account_id order (so results do not depend on row order)."""

    ids: np.ndarray
    revenue: np.ndarray
    profit: np.ndarray
    cost_to_serve: np.ndarray
    gross_margin: np.ndarray
    category_spend: np.ndarray
    share_of_wallet: np.ndarray
    stage: np.ndarray  # stage index 0..4
    quadrant: np.ndarray
    stance: np.ndarray
    attractiveness: np.ndarray
    strength: np.ndarray
    position: dict = field(repr=False)  # account_id -> index


def _prepare(accounts, func) -> _Prepared:
    frame = accounts_frame(accounts, func, _COLUMNS)
    check_numeric_column(frame, "category_spend", func, minimum=0)
    check_numeric_column(frame, "share_of_wallet", func, minimum=0, maximum=1)
    stages = check_stages(frame, func)
    profit = customer_profit(frame)
    matrix = portfolio_matrix(frame).set_index("account_id")
    order = np.argsort(frame["account_id"].astype(str).to_numpy(), kind="stable")
    ids = frame["account_id"].to_numpy()[order]
    m = matrix.reindex(ids)
    stage_index = {s: k for k, s in enumerate(STAGES)}
    return _Prepared(
        ids=ids,
        revenue=frame["revenue"].to_numpy(dtype=float)[order],
        profit=profit["profit"].to_numpy(dtype=float)[order],
        cost_to_serve=profit["cost_to_serve"].to_numpy(dtype=float)[order],
        gross_margin=frame["gross_margin"].to_numpy(dtype=float)[order],
        category_spend=frame["category_spend"].to_numpy(dtype=float)[order],
        share_of_wallet=frame["share_of_wallet"].to_numpy(dtype=float)[order],
        stage=stages.map(stage_index).to_numpy(dtype=int)[order],
        quadrant=m["quadrant"].to_numpy(dtype=object),
        stance=m["stance"].to_numpy(dtype=object),
        attractiveness=m["attractiveness"].to_numpy(dtype=float),
        strength=m["strength"].to_numpy(dtype=float),
        position={a: k for k, a in enumerate(ids)},
    )


def check_programme(programme, accounts_ids, levels=LEVELS, *, func: str = "check_programme") -> dict[str, str]:
    """Validate a programme (account_id -> level name) and return it as a plain dict.

    Accounts that are not listed get ``"none"``; they are not added to the result.

    Parameters
    ----------
    programme : mapping
        account_id -> level name, e.g. ``{"A1268": "team"}``.
    accounts_ids : iterable
        The account ids that exist.
    levels : dict, default :data:`LEVELS`
    func : str
        Name of the calling function for the error message.

    Returns
    -------
    dict

    Raises
    ------
    TypeError
        If ``programme`` is not a mapping or a level is not a str.
    ValueError
        For an unknown account id or an unknown level.

    Examples
    --------
    >>> check_programme({"A1": "basic"}, ["A1", "A2"])
    {'A1': 'basic'}
    """
    levels = _check_levels(levels, func)
    if not isinstance(programme, Mapping):
        raise KamlabTypeError(
            f"{func}: parameter 'programme' must be a dict of account_id -> level name, got {type(programme).__name__}."
        )
    known = set(accounts_ids)
    out = {}
    for account, level in programme.items():
        if account not in known:
            raise KamlabValueError(
                f"{func}: parameter 'programme' names account_id={account!r}, which is not "
                f"in accounts; expected ids from the accounts table."
            )
        if not isinstance(level, str):
            raise KamlabTypeError(
                f"{func}: parameter 'programme[{account!r}]' must be a level name (str), "
                f"got {type(level).__name__} {level!r}."
            )
        if level not in levels:
            raise KamlabValueError(
                f"{func}: parameter 'programme[{account!r}]' = {level!r}; expected one of "
                f"{', '.join(map(repr, levels))}."
            )
        out[account] = level
    return out


def _retention_rates() -> np.ndarray:
    return np.array([STAGE_RETENTION[s] for s in STAGES])


def _flows(prep: _Prepared, idx: np.ndarray, level: KamLevel, horizon: int) -> tuple[np.ndarray, np.ndarray]:
    """Yearly net profit (n x H) and retention (n) of accounts ``idx`` under ``level``."""
    rates = _retention_rates()
    retention = rates[np.minimum(prep.stage[idx] + level.stages_up, len(STAGES) - 1)]
    years = np.arange(1, horizon + 1)
    sow0 = prep.share_of_wallet[idx]
    sow = np.minimum(1.0, sow0[:, None] + level.wallet_gain_per_year * years[None, :])
    extra_revenue = (sow - sow0[:, None]) * prep.category_spend[idx][:, None]
    profit = (
        prep.profit[idx][:, None]
        + extra_revenue * prep.gross_margin[idx][:, None]
        - level.cost_to_serve_change * prep.cost_to_serve[idx][:, None]
        - level.annual_cost_yuan
    )
    return profit, retention


def _expected(profit: np.ndarray, retention: np.ndarray, rate: float) -> np.ndarray:
    """Expected discounted total per account: sum_t profit_t r^t / (1 + i)^t."""
    years = np.arange(1, profit.shape[1] + 1)
    weight = retention[:, None] ** years[None, :] / (1.0 + rate) ** years[None, :]
    return (profit * weight).sum(axis=1)


def _level_values(prep: _Prepared, levels: dict, horizon: int, rate: float) -> dict[str, np.ndarray]:
    """Expected discounted profit of every account under every level."""
    idx = np.arange(len(prep.ids))
    return {name: _expected(*_flows(prep, idx, lv, horizon), rate) for name, lv in levels.items()}


@dataclass(frozen=True)
class ProgrammeResult:
    """Result of :func:`evaluate_programme` (all money in yuan; totals over the horizon, discounted).

    Attributes
    ----------
    programme : dict
        account_id -> level name (only accounts with a level other than "none").
    accounts : pandas.DataFrame
        One row per account, by revenue (largest first): ``account_id``, ``revenue``,
        ``profit`` (this year's, after cost to serve), ``quadrant``, ``stance``, ``level``,
        ``annual_cost``, ``retention_no_kam``, ``retention``, ``share_of_wallet``,
        ``share_of_wallet_end`` (at the end of the horizon), ``expected_no_kam``,
        ``expected``, ``expected_uplift`` (net of the KAM cost), ``expected_cost`` (expected
        discounted KAM spend on the account).
    expected_no_kam, expected_programme, expected_uplift : float
        Expected discounted profit of all accounts without KAM, with the programme, and
        the difference.
    annual_cost : float
        Yearly cost of the programme if every account stays.
    expected_cost : float
        Expected discounted KAM spend over the horizon (paid only while accounts stay).
    roi : float
        expected_uplift / expected_cost (NaN for an empty programme).
    simulations : pandas.DataFrame
        One row per scenario: ``no_kam`` and ``programme`` totals (same random losses).
    p_worse : float
        Share of scenarios in which the programme earns less than no KAM.
    p_lose_top5_no_kam, p_lose_top5 : float
        Chance of losing at least one of the five largest accounts within the horizon.
    horizon_years, discount_rate, n_sims, simulate, budget_yuan, rule
        The settings (``budget_yuan`` and ``rule`` are set by :func:`plan_programme` users
        such as :func:`capstone`; None otherwise).
    """

    programme: dict
    accounts: pd.DataFrame
    expected_no_kam: float
    expected_programme: float
    expected_uplift: float
    annual_cost: float
    expected_cost: float
    roi: float
    simulations: pd.DataFrame
    p_worse: float
    p_lose_top5_no_kam: float
    p_lose_top5: float
    horizon_years: int
    discount_rate: float
    n_sims: int
    simulate: str
    budget_yuan: float | None = None
    rule: str | None = None

    def percentile(self, q: float, arm: str = "programme") -> float:
        """The q-th percentile (0-100) of simulated total profit of ``arm`` ("no_kam" or "programme").

        Parameters
        ----------
        q : float
            Percentile, from 0 to 100.
        arm : {"programme", "no_kam"}, default "programme"
            Which column of :attr:`simulations`.

        Returns
        -------
        float
            :func:`numpy.percentile` (linear interpolation) of that column.

        Raises
        ------
        KamlabTypeError, KamlabValueError
            If ``arm`` is not one of the two, or ``q`` is not a number from 0 to 100.
        """
        check_choice(arm, "arm", "ProgrammeResult.percentile", ("no_kam", "programme"))
        q = check_number(q, "q", "ProgrammeResult.percentile", minimum=0, maximum=100)
        return float(np.percentile(self.simulations[arm].to_numpy(), q))

    def summary(self) -> pd.DataFrame:
        """Headline numbers: rows are measures, columns ``no_kam``, ``programme``, ``difference``.

        Returns
        -------
        pandas.DataFrame
            Index ``measure``: ``expected``, ``mean_simulated``, ``p5``, ``p95``,
            ``p_lose_top5``, ``annual_cost`` and ``expected_cost`` (0 for ``no_kam``), then
            ``p_worse`` and ``roi`` (programme only; NaN in the other columns).
            ``difference`` is ``programme - no_kam``.

        Examples
        --------
        >>> from kamlab.datasets import make_accounts
        >>> r = evaluate_programme(make_accounts(300), {}, n_sims=200)
        >>> list(r.summary().index)[:3]
        ['expected', 'mean_simulated', 'p5']
        """
        rows = {
            "expected": (self.expected_no_kam, self.expected_programme),
            "mean_simulated": (float(self.simulations["no_kam"].mean()), float(self.simulations["programme"].mean())),
            "p5": (self.percentile(5, "no_kam"), self.percentile(5)),
            "p95": (self.percentile(95, "no_kam"), self.percentile(95)),
            "p_lose_top5": (self.p_lose_top5_no_kam, self.p_lose_top5),
            "annual_cost": (0.0, self.annual_cost),
            "expected_cost": (0.0, self.expected_cost),
        }
        out = pd.DataFrame(rows, index=["no_kam", "programme"]).T
        out["difference"] = out["programme"] - out["no_kam"]
        out.loc["p_worse"] = [np.nan, self.p_worse, np.nan]
        out.loc["roi"] = [np.nan, self.roi, np.nan]
        out.index.name = "measure"
        return out


_SIMULATE = ("all", "programme")


@dataclass(frozen=True)
class _Arms:
    """Both arms of an evaluation, per account (account_id order): no KAM and the programme."""

    level_of: np.ndarray  # level name per account ("none" if not funded)
    base_profit: np.ndarray  # n x H yearly net profit without KAM
    base_ret: np.ndarray  # n retention without KAM
    prog_profit: np.ndarray  # n x H yearly net profit with the programme
    prog_ret: np.ndarray  # n retention with the programme
    cost: np.ndarray  # n yearly KAM cost
    sow_end: np.ndarray  # n share of wallet at the end of the horizon


def _arms(prep: _Prepared, programme: dict, levels: dict, horizon: int) -> _Arms:
    """Section 1 of an evaluation: each account's yearly profit and retention in both arms."""
    n = len(prep.ids)
    level_of = np.array(["none"] * n, dtype=object)
    for account, level in programme.items():
        level_of[prep.position[account]] = level
    base_profit, base_ret = _flows(prep, np.arange(n), levels["none"], horizon)
    prog_profit = base_profit.copy()
    prog_ret = base_ret.copy()
    cost = np.zeros(n)
    sow_end = prep.share_of_wallet.copy()
    for name, lv in levels.items():
        idx = np.flatnonzero(level_of == name)
        if name == "none" or not len(idx):
            continue
        p, r = _flows(prep, idx, lv, horizon)
        prog_profit[idx], prog_ret[idx], cost[idx] = p, r, lv.annual_cost_yuan
        sow_end[idx] = np.minimum(1.0, prep.share_of_wallet[idx] + lv.wallet_gain_per_year * horizon)
    return _Arms(level_of, base_profit, base_ret, prog_profit, prog_ret, cost, sow_end)


@dataclass(frozen=True)
class _Simulated:
    """Section 3 of an evaluation: per scenario, both arms' totals and whether a top-5 account was lost."""

    totals_base: np.ndarray
    totals_prog: np.ndarray
    lose_base: np.ndarray
    lose_prog: np.ndarray


def _simulate(
    prep: _Prepared,
    arms: _Arms,
    exp_base: np.ndarray,
    exp_prog: np.ndarray,
    rate: float,
    n_sims: int,
    seed,
    simulate: str,
) -> _Simulated:
    """Section 3: Monte Carlo of which accounts are lost in which year, with common random numbers.

    One uniform V per account and scenario; the account stays t years while V < r^t (so
    P(still a customer in year t) = r^t). A higher retention keeps the account in every
    scenario in which the lower one kept it. Accounts not simulated (``simulate="programme"``)
    add their expected value, the same in every scenario.
    """
    n = len(prep.ids)
    horizon = arms.base_profit.shape[1]
    top5 = np.argsort(-prep.revenue, kind="stable")[: min(5, n)]
    if simulate == "all":
        sim = np.arange(n)
    else:
        sim = np.union1d(np.flatnonzero(arms.level_of != "none"), top5)
    rest = np.setdiff1d(np.arange(n), sim)
    constant_base = float(exp_base[rest].sum())
    constant_prog = float(exp_prog[rest].sum())
    rng = np.random.default_rng(seed)
    years = np.arange(1, horizon + 1)
    disc = (1.0 + rate) ** years

    def cumulative(profit):
        c = np.cumsum(profit[sim] / disc[None, :], axis=1)
        return np.hstack([np.zeros((len(sim), 1)), c])  # cum[k] = value of k years kept

    cum_base, cum_prog = cumulative(arms.base_profit), cumulative(arms.prog_profit)
    powers_base = arms.base_ret[sim][:, None] ** years[None, :]
    powers_prog = arms.prog_ret[sim][:, None] ** years[None, :]
    in_top5 = np.isin(sim, top5)
    out = _Simulated(np.empty(n_sims), np.empty(n_sims), np.empty(n_sims, dtype=bool), np.empty(n_sims, dtype=bool))
    rows = np.arange(len(sim))
    block = max(1, 400_000 // max(1, len(sim)))
    for start in range(0, n_sims, block):
        stop = min(n_sims, start + block)
        v = rng.random((stop - start, len(sim)))
        k_base, k_prog = _years_kept(v, powers_base), _years_kept(v, powers_prog)
        out.totals_base[start:stop] = cum_base[rows[None, :], k_base].sum(axis=1) + constant_base
        out.totals_prog[start:stop] = cum_prog[rows[None, :], k_prog].sum(axis=1) + constant_prog
        out.lose_base[start:stop] = (k_base[:, in_top5] < horizon).any(axis=1)
        out.lose_prog[start:stop] = (k_prog[:, in_top5] < horizon).any(axis=1)
    return out


def _years_kept(v: np.ndarray, powers: np.ndarray) -> np.ndarray:
    """How many years each simulated account stays: the number of years t with ``v < r^t``.

    ``v`` is (scenarios, accounts), ``powers`` (accounts, years). One comparison per year,
    added up: the same count as summing a (scenarios, accounts, years) boolean array over its
    short last axis, without building that array (about 5x faster).
    """
    kept = np.zeros(v.shape, dtype=np.intp)
    for t in range(powers.shape[1]):
        kept += v < powers[None, :, t]
    return kept


def _account_table(
    prep: _Prepared, arms: _Arms, exp_base: np.ndarray, exp_prog: np.ndarray, exp_cost: np.ndarray
) -> pd.DataFrame:
    """Section 4: one row per account, largest revenue first (ties by account_id)."""
    table = pd.DataFrame(
        {
            "account_id": prep.ids,
            "revenue": prep.revenue,
            "profit": prep.profit,
            "quadrant": prep.quadrant,
            "stance": prep.stance,
            "level": arms.level_of,
            "annual_cost": arms.cost,
            "retention_no_kam": arms.base_ret,
            "retention": arms.prog_ret,
            "share_of_wallet": prep.share_of_wallet,
            "share_of_wallet_end": arms.sow_end,
            "expected_no_kam": exp_base,
            "expected": exp_prog,
            "expected_uplift": exp_prog - exp_base,
            "expected_cost": exp_cost,
        }
    )
    return table.iloc[np.lexsort((prep.ids.astype(str), -prep.revenue))].reset_index(drop=True)


def _evaluate(
    prep: _Prepared, programme: dict, levels: dict, horizon: int, rate: float, n_sims: int, seed, simulate: str
) -> ProgrammeResult:
    """Evaluate a checked programme: both arms (:func:`_arms`), expected values, the Monte
    Carlo (:func:`_simulate`) and the account table (:func:`_account_table`)."""
    arms = _arms(prep, programme, levels, horizon)
    # Section 2: expected discounted values per account.
    exp_base = _expected(arms.base_profit, arms.base_ret, rate)
    exp_prog = _expected(arms.prog_profit, arms.prog_ret, rate)
    exp_cost = _expected(np.repeat(arms.cost[:, None], horizon, axis=1), arms.prog_ret, rate)
    sims = _simulate(prep, arms, exp_base, exp_prog, rate, n_sims, seed, simulate)
    tol = 1e-6 * max(1.0, float(np.abs(sims.totals_base).max(initial=0.0)))
    total_cost = float(exp_cost.sum())
    uplift = float(exp_prog.sum() - exp_base.sum())
    return ProgrammeResult(
        programme={a: lv for a, lv in programme.items() if lv != "none"},
        accounts=_account_table(prep, arms, exp_base, exp_prog, exp_cost),
        expected_no_kam=float(exp_base.sum()),
        expected_programme=float(exp_prog.sum()),
        expected_uplift=uplift,
        annual_cost=float(arms.cost.sum()),
        expected_cost=total_cost,
        roi=uplift / total_cost if total_cost > 0 else float("nan"),
        simulations=pd.DataFrame({"no_kam": sims.totals_base, "programme": sims.totals_prog}),
        p_worse=float(np.mean(sims.totals_prog < sims.totals_base - tol)),
        p_lose_top5_no_kam=float(sims.lose_base.mean()),
        p_lose_top5=float(sims.lose_prog.mean()),
        horizon_years=horizon,
        discount_rate=rate,
        n_sims=n_sims,
        simulate=simulate,
    )


def _terms(levels, horizon_years, discount_rate, func):
    levels = _check_levels(levels, func)
    horizon = check_int(horizon_years, "horizon_years", func, minimum=1, maximum=50)
    rate = check_rate(discount_rate, "discount_rate", func)
    return levels, horizon, rate


@disk_cached
def evaluate_programme(
    accounts: pd.DataFrame,
    programme,
    *,
    levels=LEVELS,
    horizon_years: int = 3,
    discount_rate: float = 0.10,
    n_sims: int = 2000,
    seed=2026,
    simulate: str = "all",
) -> ProgrammeResult:
    """Expected discounted profit and risk of a KAM programme against no KAM.

    Per account, year t's net profit (this year's profit after cost to serve, plus the
    gross margin on the extra share of wallet, minus the change in cost to serve, minus
    the level's yearly cost) counts with the chance r^t that the account is still a
    customer, discounted by (1 + i)^t (timing convention in the module docstring: flows at
    the end of each year, the KAM cost paid only in years the account is still a customer).

    Risk comes from a seeded Monte Carlo of which accounts are lost in which year, with
    common random numbers: each account and scenario gets one uniform V, and the account
    stays t years while V < r^t, in both arms. The same scenario therefore loses an
    account with KAM only if it also loses it without.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table as :func:`kamlab.make_accounts` (the columns of
        :func:`kamlab.analytics.customer_profit` and :func:`kamlab.analytics.portfolio_matrix`
        plus ``category_spend`` and ``share_of_wallet``).
    programme : mapping
        account_id -> level name; accounts not listed get "none".
    levels : dict, default :data:`LEVELS`
        Level name -> :class:`KamLevel` (teaching assumptions); must contain "none".
    horizon_years : int, default 3
        Years evaluated, 1..50.
    discount_rate : float, default 0.10
        Yearly discount rate, in [0, 10].
    n_sims : int, default 2000
        Monte Carlo scenarios, 1..100,000.
    seed : int, numpy.random.Generator or None, default 2026
    simulate : {"all", "programme"}, default "all"
        "all" simulates every account. "programme" simulates only the accounts with a
        level and the five largest, and adds every other account as its expected value
        (it is the same in both arms): the expected values, the difference between the
        arms and the top-5 risk are unchanged in distribution, the spread of the totals
        is narrower. Used by the explorer to stay fast.

    Returns
    -------
    ProgrammeResult

    Raises
    ------
    TypeError, ValueError
        For a wrong accounts table, an unknown account id or level, a wrong type, or a
        setting out of range.

    References
    ----------
    Chapter 4 (I2 customer lifetime value; KAM as an investment). Gupta & Lehmann (2003).
    Homburg, Workman & Jensen (2002); Davies & Ryals (2014), for the direction of the effects.

    Examples
    --------
    >>> from kamlab.datasets import make_accounts
    >>> accounts = make_accounts()
    >>> top = accounts.nlargest(1, "revenue")["account_id"].iloc[0]
    >>> r = evaluate_programme(accounts, {top: "team"}, n_sims=500)
    >>> top, r.annual_cost, round(r.expected_uplift)
    ('A1268', 250000.0, 1083587)
    >>> r.p_lose_top5 <= r.p_lose_top5_no_kam
    True
    """
    func = "evaluate_programme"
    levels, horizon, rate = _terms(levels, horizon_years, discount_rate, func)
    n_sims = check_int(n_sims, "n_sims", func, minimum=1, maximum=100_000)
    seed = check_seed(seed, func)
    check_choice(simulate, "simulate", func, _SIMULATE)
    prep = _prepare(accounts, func)
    programme = check_programme(programme, prep.ids, levels, func=func)
    return _evaluate(prep, programme, levels, horizon, rate, n_sims, seed, simulate)


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


@dataclass(frozen=True)
class Capstone:
    """The chapter on one dataset (result of :func:`capstone`); one attribute per step.

    Attributes
    ----------
    identification : kamlab.analytics.Identification
        Step 1: subjective (C1) vs objective (C2) key accounts.
    overlap : dict
        Step 1 in numbers: ``both``, ``objective_only``, ``subjective_only``, ``jaccard``, ``agreement``.
    key_accounts : pandas.DataFrame
        Steps 2 and 3: the objective key accounts (top ``key_share`` by revenue), largest
        first: ``account_id``, ``revenue``, ``profit``, ``profit_margin``, ``loses_money``,
        ``quadrant``, ``stance``, ``attractiveness``, ``strength``.
    n_key : int
    n_key_losing : int
        Key accounts that lose money after cost to serve.
    top10_losing : int
        Of the ten largest accounts, how many lose money.
    quadrant_counts : pandas.Series
        Step 3: key accounts per portfolio quadrant.
    programme : dict
        Step 4: account_id -> level, within ``budget_yuan``.
    evaluation : ProgrammeResult
        Step 5: the programme vs no KAM.
    budget_yuan : float
    rule : str
    key_share : float
    """

    identification: Identification
    overlap: dict
    key_accounts: pd.DataFrame
    n_key: int
    n_key_losing: int
    top10_losing: int
    quadrant_counts: pd.Series
    programme: dict
    evaluation: ProgrammeResult
    budget_yuan: float
    rule: str
    key_share: float

    def steps(self) -> pd.DataFrame:
        """One line per step with its headline number (codes; the lesson supplies the words).

        Returns
        -------
        pandas.DataFrame
            Five rows: ``step`` (1-5), ``measure`` (``jaccard``, ``n_key_losing``,
            ``strategic``, ``annual_cost``, ``expected_uplift``) and ``value``: the overlap's
            Jaccard index, the key accounts losing money, the strategic key accounts, and
            the programme's yearly cost and expected uplift.

        Examples
        --------
        >>> from kamlab.datasets import make_accounts
        >>> list(capstone(make_accounts(300), n_sims=200).steps()["step"])
        [1, 2, 3, 4, 5]
        """
        e = self.evaluation
        return pd.DataFrame(
            {
                "step": [1, 2, 3, 4, 5],
                "measure": ["jaccard", "n_key_losing", "strategic", "annual_cost", "expected_uplift"],
                "value": [
                    self.overlap["jaccard"],
                    self.n_key_losing,
                    int(self.quadrant_counts.get("strategic", 0)),
                    e.annual_cost,
                    e.expected_uplift,
                ],
            }
        )


@disk_cached
def capstone(
    accounts: pd.DataFrame,
    *,
    budget_yuan: float = DEFAULT_BUDGET_YUAN,
    key_share: float = 0.2,
    rule: str = "optimal",
    level: str = "basic",
    top_n: int = 20,
    levels=LEVELS,
    horizon_years: int = 3,
    discount_rate: float = 0.10,
    n_sims: int = 2000,
    seed=2026,
) -> Capstone:
    """Run the chapter on one accounts table: identify, check profit, place, fund, evaluate.

    Parameters
    ----------
    accounts : pandas.DataFrame
        As :func:`kamlab.make_accounts` (any ``n`` and ``seed``).
    budget_yuan : float, default :data:`DEFAULT_BUDGET_YUAN` (1,000,000)
        Yearly KAM budget (a teaching assumption), in [0, 1e15] yuan.
    key_share : float, default 0.2
        Share of accounts each identification method calls key (the 80/20 rule).
    rule, level, top_n, levels, horizon_years, discount_rate
        As :func:`plan_programme`.
    n_sims, seed
        As :func:`evaluate_programme`.

    Returns
    -------
    Capstone

    Raises
    ------
    TypeError, ValueError
        As the functions of each step.

    References
    ----------
    Chapter 4: C1/C2 (identification), I4 (profitability), I2 (lifetime value).
    McDonald & Woodburn (2007), ch. 7 (portfolio). Homburg, Workman & Jensen (2002).

    Examples
    --------
    >>> from kamlab.datasets import make_accounts
    >>> c = capstone(make_accounts(300), n_sims=200)
    >>> c.n_key, c.evaluation.annual_cost <= c.budget_yuan
    (60, True)
    """
    func = "capstone"
    key_share = check_fraction(key_share, "key_share", func, open_low=True)
    budget = check_amount(budget_yuan, "budget_yuan", func)
    ident = compare_identifications(accounts, key_share=key_share)
    ct = ident.crosstab
    overlap = {
        "both": int(ct.loc[True, True]),
        "objective_only": int(ct.loc[True, False]),
        "subjective_only": int(ct.loc[False, True]),
        "jaccard": ident.jaccard,
        "agreement": ident.agreement,
    }
    programme = plan_programme(
        accounts,
        budget_yuan=budget,
        rule=rule,
        level=level,
        top_n=top_n,
        levels=levels,
        horizon_years=horizon_years,
        discount_rate=discount_rate,
    )
    result = evaluate_programme(
        accounts,
        programme,
        levels=levels,
        horizon_years=horizon_years,
        discount_rate=discount_rate,
        n_sims=n_sims,
        seed=seed,
    )
    result = _with(result, budget_yuan=budget, rule=rule)
    table = result.accounts  # largest revenue first
    n = len(table)
    n_key = int(math.floor(key_share * n + 1e-9))
    prep_cols = _prepare(accounts, func)
    pos = np.array([prep_cols.position[a] for a in table["account_id"].iloc[:n_key]], dtype=int)
    key = pd.DataFrame(
        {
            "account_id": table["account_id"].iloc[:n_key].to_numpy(),
            "revenue": table["revenue"].iloc[:n_key].to_numpy(),
            "profit": table["profit"].iloc[:n_key].to_numpy(),
        }
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        key["profit_margin"] = np.where(key["revenue"] > 0, key["profit"] / key["revenue"], np.nan)
    key["loses_money"] = key["profit"] < 0
    key["quadrant"] = prep_cols.quadrant[pos]
    key["stance"] = prep_cols.stance[pos]
    key["attractiveness"] = prep_cols.attractiveness[pos]
    key["strength"] = prep_cols.strength[pos]
    counts = key["quadrant"].value_counts().reindex(list(STANCE_LEVELS), fill_value=0)
    counts.index.name = "quadrant"
    return Capstone(
        identification=ident,
        overlap=overlap,
        key_accounts=key,
        n_key=n_key,
        n_key_losing=int(key["loses_money"].sum()),
        top10_losing=int((table["profit"].iloc[:10] < 0).sum()),
        quadrant_counts=counts,
        programme=dict(sorted(programme.items())),
        evaluation=result,
        budget_yuan=budget,
        rule=rule,
        key_share=key_share,
    )


def _with(result: ProgrammeResult, **changes) -> ProgrammeResult:
    import dataclasses

    return dataclasses.replace(result, **changes)


@disk_cached
def compare_rules(
    accounts: pd.DataFrame,
    *,
    budget_yuan: float = DEFAULT_BUDGET_YUAN,
    level: str = "basic",
    top_n: int = 20,
    levels=LEVELS,
    horizon_years: int = 3,
    discount_rate: float = 0.10,
    n_sims: int = 2000,
    seed=2026,
) -> pd.DataFrame:
    """Every rule of :data:`RULES` at the same budget, side by side.

    Each rule's programme comes from :func:`plan_programme` and is evaluated by
    :func:`evaluate_programme` with the same seed (the same simulated losses), so the rows
    differ only by the rule. The defaults (2,000 scenarios, seed 2026) are those of
    :func:`evaluate_programme` and :func:`capstone`, so the ``optimal`` row repeats the capstone's
    own evaluation for the same accounts and budget (fewer scenarios give another 5th percentile).

    Parameters
    ----------
    accounts : pandas.DataFrame
        As :func:`evaluate_programme`.
    budget_yuan, level, top_n, levels, horizon_years, discount_rate
        As :func:`plan_programme`.
    n_sims, seed
        As :func:`evaluate_programme` (same defaults).

    Returns
    -------
    pandas.DataFrame
        One row per rule (index ``rule``): ``accounts_funded``, ``annual_cost``,
        ``expected_uplift``, ``roi`` (NaN for a rule that funds no account), ``p5_no_kam``, ``p5``, ``p_worse``, ``p_lose_top5``.

    Raises
    ------
    TypeError, ValueError
        As :func:`plan_programme` and :func:`evaluate_programme`.

    Examples
    --------
    >>> from kamlab.datasets import make_accounts
    >>> table = compare_rules(make_accounts(300), budget_yuan=500_000, n_sims=100)
    >>> table.index.tolist() == list(RULES), bool((table["annual_cost"] <= 500_000).all())
    (True, True)
    >>> bool(table["expected_uplift"].idxmax() == "optimal")
    True
    """
    func = "compare_rules"
    levels, horizon, rate = _terms(levels, horizon_years, discount_rate, func)
    budget = check_amount(budget_yuan, "budget_yuan", func)
    for rule in RULES:
        _check_rule_and_level(rule, level, levels, func)
    n_sims = check_int(n_sims, "n_sims", func, minimum=1, maximum=100_000)
    seed = check_seed(seed, func)
    prep = _prepare(accounts, func)  # once for every rule
    top_n = check_int(top_n, "top_n", func, minimum=1, maximum=len(prep.ids))
    rows = {}
    for rule in RULES:
        programme = _plan(prep, budget, rule, level, top_n, levels, horizon, rate)
        r = _evaluate(prep, programme, levels, horizon, rate, n_sims, seed, "all")
        rows[rule] = {
            "accounts_funded": len(r.programme),
            "annual_cost": r.annual_cost,
            "expected_uplift": r.expected_uplift,
            "roi": r.roi,
            "p5_no_kam": r.percentile(5, "no_kam"),
            "p5": r.percentile(5),
            "p_worse": r.p_worse,
            "p_lose_top5": r.p_lose_top5,
        }
    out = pd.DataFrame.from_dict(rows, orient="index")
    out.index.name = "rule"
    return out
