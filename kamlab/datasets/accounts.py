"""One row per customer account (:func:`make_accounts`), its revenue calibrated to the 80/20 rule."""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np
import pandas as pd

from .._validate import check_fraction, check_size
from ..errors import KamlabValueError
from ..schema import columns
from ._draw import _category, _digitize, _ids, _rng, _stable_argsort, _strings
from .names import _NAME_FIRST, _NAME_SECOND, _names_at
from .staff import make_staff

__all__ = ["DEFAULT_SEED", "make_accounts", "MAX_ACCOUNTS", "MEAN_REVENUE", "TOP_FRACTION"]

#: Seed of the shipped datasets and of every number quoted in the lessons.
DEFAULT_SEED = 2026

#: Upper bound of ``n`` (number of accounts) in :func:`make_accounts`: 2,000,000 accounts
#: (the scale the benchmarks use) take a few seconds and about 1 GB.
MAX_ACCOUNTS = 2_000_000

MEAN_REVENUE = 250_000.0  # yuan per account per year
TOP_FRACTION = 0.20

_INDUSTRY_P = np.array([0.22, 0.17, 0.10, 0.10, 0.12, 0.08, 0.05, 0.07, 0.09])
_INDUSTRY_MARGIN = np.array([0.18, 0.24, 0.26, 0.24, 0.25, 0.27, 0.29, 0.26, 0.15])
_REGION_P = np.array([0.32, 0.18, 0.15, 0.12, 0.09, 0.08, 0.06])
_STAGE_SOW = np.array([0.08, 0.22, 0.40, 0.60, 0.78])  # mean share of wallet by stage
_STAGE_YEARS = np.array([1.0, 3.0, 6.0, 9.0, 12.0])


def _sigma_for_top_share(z: np.ndarray, k: int, target: float) -> float:
    """Solve sigma so that the k largest of exp(sigma * z) hold ``target`` of the sum.

    The share rises strictly with sigma (from k/n at sigma = 0 towards 1), so the root
    is unique; Newton's method from the log-normal value converges in a few steps,
    with bisection as a guard.
    """
    n = z.size
    kth = np.partition(z, n - k)[n - k]
    top = z >= kth
    zc = z - z.max()
    zc_top = zc[top]
    buf = np.empty_like(zc)  # one scratch array for every step (the same values, fewer allocations)

    def share_and_slope(sigma: float, with_slope: bool = True) -> tuple[float, float]:
        w = np.exp(np.multiply(sigma, zc, out=buf), out=buf)
        total = w.sum()
        w_top = w[top]
        top_sum = w_top.sum()
        s = top_sum / total
        if not with_slope:
            return s, math.nan
        slope = s * ((w_top * zc_top).sum() / top_sum - np.multiply(w, zc, out=buf).sum() / total)
        return s, slope

    nd = NormalDist()
    sigma = max(0.05, nd.inv_cdf(target) + nd.inv_cdf(1 - k / n))
    lo, hi = 0.0, 50.0
    # Two nearly equal draws at the top need a large sigma to pull apart (n = 5, k = 1,
    # target 0.75 took sigma ~ 70): widen the bracket until it holds the root.
    for _ in range(60):
        if share_and_slope(hi, with_slope=False)[0] >= target:
            break
        lo, hi = hi, 2 * hi
    if not lo < sigma < hi:
        sigma = 0.5 * (lo + hi)
    for _ in range(100):
        s, slope = share_and_slope(sigma)
        if abs(s - target) < 1e-12:
            break
        if s < target:
            lo = sigma
        else:
            hi = sigma
        step = sigma - (s - target) / slope if slope > 0 else math.nan
        sigma = step if lo < step < hi else 0.5 * (lo + hi)
    return sigma


def _calibrated_revenue(rng: np.random.Generator, n: int, concentration: float, total: float) -> np.ndarray:
    z = rng.standard_normal(n)
    k = max(1, int(round(TOP_FRACTION * n)))
    sigma = _sigma_for_top_share(z, k, concentration)
    w = np.exp(sigma * (z - z.max()))
    return np.round(w * (total / w.sum()), 2)


def _check_concentration(concentration: float, n: int, func: str) -> float:
    c = check_fraction(concentration, "concentration", func, open_low=True, open_high=True)
    k = max(1, int(round(TOP_FRACTION * n)))
    if not (k / n < c <= 0.99):
        raise KamlabValueError(
            f"{func}: parameter 'concentration' = {c!r} is the revenue share of the top 20% of "
            f"accounts; expected more than {k / n:g} (every account equal) and at most 0.99."
        )
    return c


def _accounts_from_revenue(
    revenue: np.ndarray, rng: np.random.Generator, staff: pd.DataFrame, id_prefix: str
) -> pd.DataFrame:
    """Every other column of the accounts table, simulated around current revenue."""
    n = revenue.size
    rank = np.empty(n)
    rank[_stable_argsort(revenue)] = (np.arange(n) + 0.5) / n  # percentile, 0..1
    size = revenue / MEAN_REVENUE
    industry = rng.choice(len(_INDUSTRY_P), size=n, p=_INDUSTRY_P)
    region = rng.choice(len(_REGION_P), size=n, p=_REGION_P)
    city = region * 6 + rng.integers(0, 6, size=n)
    core = rng.integers(0, len(_NAME_FIRST) * len(_NAME_SECOND), size=n)

    names_zh, names_en = _names_at(city, core, industry)
    noise = [rng.standard_normal(n) for _ in range(8)]  # 1-d draws: no large fresh allocations
    u = [rng.random(n) for _ in range(4)]

    stage_latent = 2.6 * rank + 0.55 * noise[0]
    stage = _digitize(stage_latent, (0.55, 1.25, 2.0, 2.55))
    sow = np.clip(_STAGE_SOW[stage] + 0.07 * noise[1], 0.02, 0.97)
    category_spend = np.round(revenue / sow, 2)
    share_of_wallet = np.round(np.divide(revenue, category_spend, out=np.zeros(n), where=category_spend > 0), 4)
    years = 1 + rng.poisson(_STAGE_YEARS[stage])

    growth_trend = np.round(np.clip(0.05 + 0.06 * (stage == 0) + 0.10 * noise[2], -0.40, 0.60), 3)
    past = [np.clip(0.6 * growth_trend + 0.02 + 0.10 * noise[i], -0.5, 1.0) for i in (3, 4, 5)]
    rev_1 = revenue / (1 + past[0])
    rev_2 = rev_1 / (1 + past[1])
    rev_3 = rev_2 / (1 + past[2])
    rev_1 = np.where(years >= 2, np.round(rev_1, 2), 0.0)
    rev_2 = np.where(years >= 3, np.round(rev_2, 2), 0.0)
    rev_3 = np.where(years >= 4, np.round(rev_3, 2), 0.0)

    margin = np.round(np.clip(_INDUSTRY_MARGIN[industry] + 0.025 * noise[6], 0.08, 0.45), 4)
    discount_rate = np.clip(0.01 + 0.13 * rank**8 + 0.012 * noise[7], 0.0, margin - 0.01)
    discounts = np.round(revenue * discount_rate, 2)
    demand = np.exp(0.45 * noise[4] * 0.8 + 0.45 * 0.6 * noise[5])  # how demanding the account is
    orders = 1 + rng.poisson(1.0 + 4.0 * size**0.6 * demand)
    deliveries = orders + rng.binomial(orders, np.minimum(0.2 * demand, 0.9))
    visits = rng.poisson(1.5 + 2.5 * np.sqrt(size) * (stage + 1) / 3)
    sales_hours = np.round(visits * (3.0 + 4.0 * u[0]) + 0.3 * orders, 1)
    service_hours = np.round((1.5 * orders + 4.0 * size) * demand * (0.5 + u[1]), 1)
    complaints = rng.poisson(0.15 + 0.06 * orders * demand)
    complaint_hours = np.round(complaints * 4.5 * demand * (0.5 + u[2]), 1)
    complaint_hours = np.where(complaints > 0, np.maximum(complaint_hours, 0.1 * complaints), 0.0)
    promotion = np.round(revenue * 0.06 * rank**6 * u[3] * (stage >= 2), 2)
    importance_latent = 2.8 * rank + 0.25 * stage + 1.0 * (growth_trend > 0.12) + 0.6 * noise[1]
    importance = 1 + _digitize(importance_latent, (0.9, 1.7, 2.4, 3.0))
    n_contacts = 1 + rng.poisson(0.3 + 0.9 * stage + 0.4 * size**0.3)

    reps = staff.index[staff.role == "sales_rep"].to_numpy()
    kams = staff.index[staff.role == "key_account_manager"].to_numpy()
    owner = reps[rng.integers(0, reps.size, size=n)]
    if kams.size:
        top = rank >= 0.99
        owner = np.where(top, kams[rng.integers(0, kams.size, size=n)], owner)
    staff_ids = staff.staff_id.to_numpy(dtype=object)

    return pd.DataFrame(
        {
            "account_id": _strings(_ids(id_prefix, n, 4)),
            "name_zh": _strings(names_zh),
            "name_en": _strings(names_en),
            "industry": _category(industry, "industry"),
            "region": _category(region, "region"),
            "sales_rep": _strings(staff_ids[owner]),
            "revenue_3y_ago": rev_3,
            "revenue_2y_ago": rev_2,
            "revenue_1y_ago": rev_1,
            "revenue": revenue,
            "growth_trend": growth_trend,
            "category_spend": category_spend,
            "share_of_wallet": share_of_wallet,
            "gross_margin": margin,
            "discounts_rebates": discounts,
            "orders_per_year": orders,
            "sales_visits": visits,
            "sales_hours": sales_hours,
            "deliveries": deliveries,
            "service_hours": service_hours,
            "complaint_hours": complaint_hours,
            "promotion_support": promotion,
            "years_as_customer": years,
            "n_contacts": n_contacts,
            "relationship_stage": _category(stage, "relationship_stage"),
            "strategic_importance": importance,
            "complaints": complaints,
        },
        copy=False,
    )[columns("accounts")]


def make_accounts(n: int = 2000, *, seed=DEFAULT_SEED, concentration: float = 0.80) -> pd.DataFrame:
    """Simulate Company A's customer accounts, one row per account.

    Parameters
    ----------
    n : int
        Number of accounts, 5 to :data:`MAX_ACCOUNTS` (2,000,000).
    seed : int, numpy.random.Generator or None
        Source of randomness; the same integer gives identical frames.
    concentration : float
        Share of current-year revenue held by the top 20% of accounts, exactly (to
        rounding). 0.80 is the chapter's 80/20 rule; must lie above 0.20 (all
        accounts equal) and at most 0.99.

    Returns
    -------
    pandas.DataFrame
        The accounts table of :mod:`kamlab.schema` (27 columns). Names are fictional
        and not guaranteed unique; ``account_id`` is the key.

    Raises
    ------
    KamlabValueError, KamlabTypeError
        For a bad ``n``, ``seed`` or ``concentration``.

    References
    ----------
    Chapter 4, C2: the 80/20 rule, "20% of customers bring 80% of the business".
    Aitchison, J. & Brown, J. A. C. (1957). *The Lognormal Distribution*.

    Examples
    --------
    >>> accounts = make_accounts(500, seed=1)
    >>> len(accounts), accounts.account_id.iloc[0]
    (500, 'A0001')
    >>> from kamlab import top_share
    >>> round(top_share(accounts.revenue, 0.2), 3)
    0.8
    >>> round(top_share(make_accounts(500, seed=1, concentration=0.6).revenue, 0.2), 3)
    0.6
    """
    func = "make_accounts"
    n = check_size(n, "n", func, minimum=5, maximum=MAX_ACCOUNTS)
    concentration = _check_concentration(concentration, n, func)
    rng = _rng(seed, func)
    revenue = _calibrated_revenue(rng, n, concentration, MEAN_REVENUE * n)
    return _accounts_from_revenue(revenue, rng, make_staff(), "A")
