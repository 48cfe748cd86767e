"""M4 "abandoning traditional customers for key accounts" (为了大客户舍弃传统客户): a Monte Carlo of one year's revenue and profit when the SME base is
kept or cleared (:func:`portfolio_risk`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..._validate import (
    check_amount,
    check_choice,
    check_fraction,
    check_seed,
    check_size,
)

__all__ = ["PortfolioRisk", "STRATEGIES", "portfolio_risk", "MAX_SIMULATIONS", "MAX_ACCOUNTS"]

#: Upper bound of ``simulations`` in :func:`portfolio_risk` (one million simulated years
#: take about a second).
MAX_SIMULATIONS = 1_000_000

#: Upper bound of ``key_accounts`` and ``smes`` in :func:`portfolio_risk`.
MAX_ACCOUNTS = 1_000_000

#: M4: keep the SMEs, or clear them and let the key accounts carry the firm.
STRATEGIES = ("keep", "clear")


@dataclass(frozen=True)
class PortfolioRisk:
    """Result of :func:`portfolio_risk`.

    Attributes
    ----------
    strategy : str
    revenues : numpy.ndarray
        Each account's revenue at the start of the year (key accounts first), yuan.
    hhi : float
        Herfindahl-Hirschman index of that revenue, 0-10,000.
    start_revenue, start_contribution, fixed_cost : float
        Yuan.
    simulations : pandas.DataFrame
        One row per simulated year: ``key_lost`` (key accounts that left), ``revenue``,
        ``revenue_change`` (fraction), ``contribution``, ``profit``.
    large_drop_probability : float
        Share of simulated years whose revenue falls by ``drop_threshold`` or more.
    one_key_drop : float
        Revenue drop when exactly one key account (the largest) leaves and nothing else changes.
    loss_probability : float
        Share of years with profit < 0: fixed costs not absorbed.
    expected_profit : float
        Mean simulated profit, yuan.
    large_drop_exact : float
        The exact probability that revenue falls by ``drop_threshold`` or more (two independent
        binomials: key accounts and SMEs lost), which :attr:`large_drop_probability` estimates.
    expected_profit_exact : float
        The exact expected profit, yuan: every account stays with its probability.
    """

    strategy: str
    revenues: np.ndarray
    hhi: float
    start_revenue: float
    start_contribution: float
    fixed_cost: float
    drop_threshold: float
    simulations: pd.DataFrame
    large_drop_probability: float
    one_key_drop: float
    loss_probability: float
    expected_profit: float
    large_drop_exact: float
    expected_profit_exact: float

    @property
    def large_drop_se(self) -> float:
        """Standard error of :attr:`large_drop_probability`, sqrt(p (1 - p) / n) over the n simulated years.

        >>> round(portfolio_risk("clear").large_drop_se, 4)
        0.0078
        """
        p, n = self.large_drop_probability, len(self.simulations)
        return float(np.sqrt(p * (1 - p) / n))

    @property
    def expected_profit_se(self) -> float:
        """Standard error of :attr:`expected_profit` (yuan): the simulated profits' standard deviation / sqrt(n).

        >>> round(portfolio_risk("keep").expected_profit_se / 1e4, 1)
        2.6
        """
        profit = self.simulations["profit"].to_numpy(dtype=float)
        return float(profit.std(ddof=1) / np.sqrt(len(profit))) if len(profit) > 1 else float("nan")


def portfolio_risk(
    strategy: str = "keep",
    *,
    key_accounts: int = 5,
    key_revenue: float = 20_000_000.0,
    key_margin: float = 0.12,
    smes: int = 400,
    sme_revenue: float = 100_000.0,
    sme_margin: float = 0.15,
    key_leave_probability: float = 0.10,
    sme_leave_probability: float = 0.10,
    fixed_cost: float = 14_000_000.0,
    drop_threshold: float = 0.20,
    simulations: int = 4000,
    seed=2026,
) -> PortfolioRisk:
    """Monte Carlo of next year's revenue and profit, with the SME base kept or cleared.

    ``keep``: key accounts of ``key_revenue`` each and SMEs of ``sme_revenue`` each.
    ``clear``: the SMEs are dropped and their volume moves to the key accounts (annual
    contracts), at the key-account margin, so the firm's revenue is the same. In a
    year each key account leaves with probability ``key_leave_probability`` and each
    SME with ``sme_leave_probability``, independently; contribution = revenue kept x
    margin; profit = contribution - ``fixed_cost``.

    Parameters
    ----------
    strategy : {"keep", "clear"}
    key_accounts, smes : int
        Numbers of accounts (key >= 1, SMEs >= 0), at most :data:`MAX_ACCOUNTS` (1,000,000).
    key_revenue, sme_revenue : float
        Yearly revenue per account, yuan (> 0, >= 0), at most 1e15
        (:data:`kamlab._validate.MAX_AMOUNT_YUAN`).
    key_margin, sme_margin : float
        Contribution margins after cost to serve, in [0, 1].
    key_leave_probability, sme_leave_probability : float
        In [0, 1].
    fixed_cost : float
        Yuan, in [0, 1e15].
    drop_threshold : float, default 0.20
        A "large" revenue drop, in (0, 1].
    simulations : int, default 4000
        Simulated years, 1 to :data:`MAX_SIMULATIONS` (1,000,000).
    seed : int, numpy.random.Generator or None

    Returns
    -------
    PortfolioRisk

    Raises
    ------
    TypeError, ValueError
        For a bad strategy or out-of-range numbers.

    References
    ----------
    Chapter 4, M4: "no eternal friends or enemies, only eternal interests".
    Hirschman, A. O. (1964). The paternity of an index. American Economic Review, 54(5), 761.
    Markowitz, H. (1952). Portfolio selection. Journal of Finance, 7(1), 77-91.

    Examples
    --------
    >>> keep, clear = portfolio_risk("keep"), portfolio_risk("clear")
    >>> round(keep.hhi), round(clear.hhi)
    (1022, 2000)
    >>> round(keep.one_key_drop, 4), round(clear.one_key_drop, 4)
    (0.1429, 0.2)
    >>> round(keep.large_drop_probability, 3), round(clear.large_drop_probability, 3)
    (0.086, 0.411)

    The exact values the simulation estimates (cleared: 1 - 0.9^5 = 0.40951):

    >>> round(keep.large_drop_exact, 5), round(clear.large_drop_exact, 5)
    (0.08146, 0.40951)
    >>> round(keep.expected_profit_exact / 1e4), round(clear.expected_profit_exact / 1e4)
    (220, 112)
    """
    func = "portfolio_risk"
    check_choice(strategy, "strategy", func, STRATEGIES)
    nk = check_size(key_accounts, "key_accounts", func, maximum=MAX_ACCOUNTS)
    ns = check_size(smes, "smes", func, minimum=0, maximum=MAX_ACCOUNTS)
    kr = check_amount(key_revenue, "key_revenue", func, positive=True)
    sr = check_amount(sme_revenue, "sme_revenue", func)
    km = check_fraction(key_margin, "key_margin", func)
    sm = check_fraction(sme_margin, "sme_margin", func)
    kp = check_fraction(key_leave_probability, "key_leave_probability", func)
    sp = check_fraction(sme_leave_probability, "sme_leave_probability", func)
    fixed = check_amount(fixed_cost, "fixed_cost", func)
    thr = check_fraction(drop_threshold, "drop_threshold", func, open_low=True)
    n = check_size(simulations, "simulations", func, maximum=MAX_SIMULATIONS)
    rng = np.random.default_rng(check_seed(seed, func))
    if strategy == "clear":
        per_key = kr + ns * sr / nk
        n_sme = 0
    else:
        per_key, n_sme = kr, ns
    revenues = np.concatenate([np.full(nk, per_key), np.full(n_sme, sr)])
    start = float(revenues.sum())
    shares = revenues / start
    index = float(10_000 * np.sum(shares**2))
    contribution0 = nk * per_key * km + n_sme * sr * sm
    key_lost = rng.binomial(nk, kp, size=n)
    sme_lost = rng.binomial(n_sme, sp, size=n) if n_sme else np.zeros(n, dtype=int)
    revenue = (nk - key_lost) * per_key + (n_sme - sme_lost) * sr
    contribution = (nk - key_lost) * per_key * km + (n_sme - sme_lost) * sr * sm
    change = revenue / start - 1.0
    profit = contribution - fixed
    sims = pd.DataFrame(
        {
            "key_lost": key_lost,
            "revenue": revenue,
            "revenue_change": change,
            "contribution": contribution,
            "profit": profit,
        }
    )
    return PortfolioRisk(
        strategy,
        revenues,
        index,
        start,
        float(contribution0),
        fixed,
        thr,
        sims,
        float(np.mean(change <= -thr + 1e-12)),
        per_key / start,
        float(np.mean(profit < 0)),
        float(profit.mean()),
        _large_drop_exact(nk, kp, per_key, n_sme, sp, sr, thr * start),
        float((1 - kp) * nk * per_key * km + (1 - sp) * n_sme * sr * sm - fixed),
    )


def _binomial_pmf(n: int, p: float) -> np.ndarray:
    """P(X = k) for k = 0..n, X ~ Binomial(n, p), computed in logs (n up to a million)."""
    if p <= 0.0 or p >= 1.0:
        out = np.zeros(n + 1)
        out[0 if p <= 0.0 else n] = 1.0
        return out
    k = np.arange(n + 1)
    log_comb = np.concatenate([[0.0], np.cumsum(np.log(np.arange(n, 0, -1)) - np.log(np.arange(1, n + 1)))])
    return np.exp(log_comb + k * np.log(p) + (n - k) * np.log1p(-p))


def _large_drop_exact(nk: int, kp: float, per_key: float, ns: int, sp: float, sr: float, drop: float) -> float:
    """P(revenue lost >= drop) when Binomial(nk, kp) key accounts of ``per_key`` and Binomial(ns, sp) SMEs of
    ``sr`` leave, independently (the same 1e-12 tolerance as the simulation's comparison)."""
    pk = _binomial_pmf(nk, kp)
    lost_key = np.arange(nk + 1) * per_key
    need = drop * (1 - 1e-12) - lost_key  # revenue the SMEs still have to lose
    if ns == 0 or sr <= 0:
        return float(pk[need <= 0].sum())
    tail = np.concatenate([np.cumsum(_binomial_pmf(ns, sp)[::-1])[::-1], [0.0]])  # tail[s] = P(S >= s)
    with np.errstate(over="ignore"):  # a tiny sr: more SMEs than there are, clipped to ns + 1 below
        ratio = need / sr
    s_min = np.clip(np.ceil(ratio), 0, ns + 1).astype(int)
    return float(min(1.0, np.sum(pk * tail[s_min])))
