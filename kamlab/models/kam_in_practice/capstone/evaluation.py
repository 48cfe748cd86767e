"""Evaluating a KAM programme: its expected discounted profit and its risk against no KAM (:func:`evaluate_programme`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from ...._validate import (
    check_choice,
    check_int,
    check_number,
    check_numeric_column,
    check_rate,
    check_seed,
    check_stages,
)
from ....analytics._common import STAGES, accounts_frame
from ....analytics.equity import STAGE_RETENTION
from ....analytics.portfolio import portfolio_matrix
from ....analytics.profitability import customer_profit
from ....cache import disk_cached
from ....errors import KamlabTypeError, KamlabValueError
from .levels import LEVELS, KamLevel, _check_levels

__all__ = ["ProgrammeResult", "check_programme", "evaluate_programme"]

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


def _with(result: ProgrammeResult, **changes) -> ProgrammeResult:
    return replace(result, **changes)
