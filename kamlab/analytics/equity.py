"""Customer lifetime value and customer equity (chapter I2).

Customers are the supplier's most important asset: their value is the discounted
margin they will bring while they stay. With margin m per year, retention rate r
(chance an account stays another year) and discount rate i, Gupta & Lehmann's
closed form for an infinite horizon is CLV = m x r / (1 + i - r); the factor
r / (1 + i - r) is the *margin multiple*.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping

import numpy as np
import pandas as pd

from .._validate import (
    MAX_HORIZON_YEARS,
    MAX_RATE,
    check_choice,
    check_fraction,
    check_numeric_column,
    check_rate,
    check_size,
    check_stages,
    finite_result,
)
from ..errors import KamlabTypeError, KamlabValueError
from ._common import STAGES, accounts_frame, value_array
from .profitability import TimeDrivenABC, customer_profit

__all__ = [
    "STAGE_RETENTION",
    "margin_multiple",
    "margin_multiple_table",
    "customer_lifetime_value",
    "customer_equity",
    "clv_elasticities",
]

#: Illustrative yearly retention by relationship stage (an assumption of kamlab, not
#: data): the deeper the relationship, the likelier the account stays.
STAGE_RETENTION = {
    "exploratory": 0.60,
    "basic": 0.70,
    "cooperative": 0.80,
    "interdependent": 0.88,
    "integrated": 0.93,
}

_TIMINGS = ("end", "now")


def _horizon(horizon_years, func: str) -> int | None:
    return (
        None if horizon_years is None else check_size(horizon_years, "horizon_years", func, maximum=MAX_HORIZON_YEARS)
    )


def _check_terms(retention, discount_rate, growth, timing, horizon_years, func):
    r = check_fraction(retention, "retention", func)
    i = check_rate(discount_rate, "discount_rate", func)
    g = check_rate(growth, "growth", func, minimum=-1, strict_minimum=True)
    check_choice(timing, "timing", func, _TIMINGS)
    return r, i, g, _horizon(horizon_years, func)


def _multiple(r: float, i: float, g: float, timing: str, h: int | None, func: str) -> float:
    q = r * (1.0 + g) / (1.0 + i)  # ratio of one year's expected discounted margin to the previous
    if h is not None:
        t = np.arange(h)
        with np.errstate(over="ignore"):
            total = float(np.sum(q**t))  # years 0..h-1 for "now"
            total = total if timing == "now" else total * r / (1.0 + i)
        return finite_result(
            total, func, "the margin multiple", retention=r, discount_rate=i, growth=g, horizon_years=h
        )
    if q >= 1.0 - 1e-12:
        raise KamlabValueError(
            f"{func}: retention x (1 + growth) = {r * (1 + g):.6g} is not below 1 + discount_rate = "
            f"{1 + i:.6g}: the discounted margins do not shrink, so the infinite sum has no finite "
            f"value. Expected retention * (1 + growth) < 1 + discount_rate, or give horizon_years."
        )
    if timing == "now":
        return (1.0 + i) / (1.0 + i - r * (1.0 + g))
    return r / (1.0 + i - r * (1.0 + g))


def margin_multiple(
    retention: float,
    discount_rate: float,
    *,
    growth: float = 0.0,
    timing: str = "end",
    horizon_years: int | None = None,
) -> float:
    """Gupta & Lehmann's margin multiple: CLV as a multiple of the yearly margin.

    ``timing="end"`` (default): the first margin arrives at the end of year 1, if
    the account is retained: multiple = r / (1 + i - r). ``timing="now"``: a margin
    is received now, then each year the account stays: (1 + i) / (1 + i - r).
    With margin growth g per year: r / (1 + i - r(1 + g)) and
    (1 + i) / (1 + i - r(1 + g)), valid only when r(1 + g) < 1 + i (otherwise the
    sum is infinite: an error). With ``horizon_years`` the sum stops after that
    many margins and is always finite.

    Parameters
    ----------
    retention : float
        Yearly retention rate r, in [0, 1].
    discount_rate : float
        Yearly discount rate i (cost of capital), in [0, 10] (10 = :data:`kamlab._validate.MAX_RATE`).
    growth : float, default 0.0
        Yearly growth g of the margin, in (-1, 10].
    timing : {"end", "now"}, default "end"
        When the first margin is received.
    horizon_years : int, optional
        Number of margins counted, 1 to :data:`kamlab._validate.MAX_HORIZON_YEARS`
        (10,000); None = infinite horizon (closed form).

    Returns
    -------
    float
        CLV / yearly margin.

    Raises
    ------
    TypeError
        If an argument is not a number (or ``horizon_years`` not an int).
    ValueError
        If a value is out of range, ``timing`` is unknown, (infinite horizon)
        r(1 + g) >= 1 + i, or (finite horizon) the sum is too large for a float.

    References
    ----------
    Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive
    Marketing, 17(1), 9-24.
    Gupta, S. & Lehmann, D. R. (2005). Managing Customers as Investments. Upper
    Saddle River: Wharton School Publishing (margin multiple table).
    Chapter 4, I2 (customer equity).

    Examples
    --------
    >>> margin_multiple(0.8, 0.12)
    2.5
    >>> round(margin_multiple(0.8, 0.12, timing="now"), 4)
    3.5
    >>> round(margin_multiple(0.8, 0.12, growth=0.05), 4)
    2.8571
    """
    func = "margin_multiple"
    r, i, g, h = _check_terms(retention, discount_rate, growth, timing, horizon_years, func)
    return _multiple(r, i, g, timing, h, func)


def margin_multiple_table(retentions, discount_rates, *, growth: float = 0.0, timing: str = "end") -> pd.DataFrame:
    """Margin multiples for a grid of retention and discount rates (Gupta & Lehmann's table).

    Parameters
    ----------
    retentions : sequence of float
        Retention rates, each in [0, 1].
    discount_rates : sequence of float
        Discount rates, each in [0, 10].
    growth : float, default 0.0
        Yearly margin growth, in (-1, 10].
    timing : {"end", "now"}, default "end"

    Returns
    -------
    pandas.DataFrame
        Index ``retention``, columns ``discount_rate``; NaN where the infinite sum
        does not converge (r(1 + g) >= 1 + i).

    Raises
    ------
    TypeError, ValueError
        For non-numeric or out-of-range inputs.

    References
    ----------
    Gupta, S. & Lehmann, D. R. (2005). Managing Customers as Investments, table 2-2.

    Examples
    --------
    >>> margin_multiple_table([0.6, 0.8, 0.9], [0.10, 0.12]).round(2)
    discount_rate  0.10  0.12
    retention
    0.6            1.20  1.15
    0.8            2.67  2.50
    0.9            4.50  4.09
    """
    func = "margin_multiple_table"
    rs = value_array(retentions, "retentions", func)
    is_ = value_array(discount_rates, "discount_rates", func)
    if (rs > 1).any():
        k = int(np.flatnonzero(rs > 1)[0])
        raise KamlabValueError(
            f"{func}: parameter 'retentions' item {k} = {float(rs[k])!r}; expected a rate in [0, 1]."
        )
    if (is_ > MAX_RATE).any():
        k = int(np.flatnonzero(is_ > MAX_RATE)[0])
        raise KamlabValueError(
            f"{func}: parameter 'discount_rates' item {k} = {float(is_[k])!r}; expected a rate in [0, {MAX_RATE:g}]."
        )
    g = check_rate(growth, "growth", func, minimum=-1, strict_minimum=True)
    check_choice(timing, "timing", func, _TIMINGS)
    grid = np.full((len(rs), len(is_)), np.nan)
    for a, r in enumerate(rs):
        for b, i in enumerate(is_):
            if r * (1 + g) < (1 + i) - 1e-12:
                grid[a, b] = _multiple(float(r), float(i), g, timing, None, func)
    return pd.DataFrame(grid, index=pd.Index(rs, name="retention"), columns=pd.Index(is_, name="discount_rate"))


def _per_account(param, name: str, frame: pd.DataFrame, func: str, *, low: float, high: float | None) -> np.ndarray:
    """A number, a column name, or (for retention) a stage -> rate mapping, as one value per account."""
    n = len(frame)
    if isinstance(param, str):
        check_numeric_column(frame, param, func, minimum=low, maximum=high)
        return frame[param].to_numpy(dtype=float)
    if isinstance(param, Mapping):
        if name != "retention":
            raise KamlabTypeError(f"{func}: parameter '{name}' must be a number or a column name, got a dict.")
        missing = [s for s in STAGES if s not in param]
        if missing:
            raise KamlabValueError(
                f"{func}: parameter 'retention' (a stage -> rate dict) lacks {', '.join(missing)}; "
                f"expected a rate for every stage: {', '.join(STAGES)}."
            )
        rates = {s: check_fraction(param[s], f"retention[{s!r}]", func) for s in STAGES}
        if "relationship_stage" not in frame.columns:
            raise KamlabValueError(
                f"{func}: retention by stage needs column 'relationship_stage'. "
                f"Columns present: {', '.join(map(str, frame.columns))}."
            )
        stages = check_stages(frame, func)
        return stages.map(rates).to_numpy(dtype=float)
    if isinstance(param, numbers.Real) and not isinstance(param, bool):
        if name == "retention":
            x = check_fraction(param, name, func)
        else:
            x = check_rate(param, name, func, minimum=low, strict_minimum=True)
        return np.full(n, x)
    raise KamlabTypeError(
        f"{func}: parameter '{name}' must be a number, a column name"
        f"{' or a stage -> rate dict' if name == 'retention' else ''}, got {type(param).__name__}."
    )


def customer_lifetime_value(
    accounts: pd.DataFrame,
    *,
    retention=None,
    discount_rate: float = 0.10,
    growth=0.0,
    timing: str = "end",
    horizon_years: int | None = None,
    model: TimeDrivenABC | None = None,
) -> pd.DataFrame:
    """Lifetime value of each account: this year's profit x the margin multiple.

    The yearly margin is the account's profit after cost of goods, discounts and
    cost to serve (:func:`customer_profit`); it can be negative, and so can the CLV.

    Parameters
    ----------
    accounts : pandas.DataFrame
        As :func:`customer_profit`; plus ``relationship_stage`` when retention is by stage.
    retention : float, str or dict, optional
        A rate for all accounts, a column of rates, or a stage -> rate dict. Default
        :data:`STAGE_RETENTION` (an illustrative assumption: the simulated data have
        no observed retention).
    discount_rate : float, default 0.10
        Yearly discount rate, in [0, 10].
    growth : float or str, default 0.0
        Yearly margin growth for all accounts, in (-1, 10], or a column (e.g. ``"growth_trend"``).
    timing : {"end", "now"}, default "end"
        When the first margin is received (see :func:`margin_multiple`).
    horizon_years : int, optional
        Finite horizon, 1 to 10,000; None = infinite.
    model : TimeDrivenABC, optional
        Cost model for :func:`customer_profit`.

    Returns
    -------
    pandas.DataFrame
        Input row order: ``account_id``, ``margin`` (yearly profit, yuan),
        ``retention``, ``growth``, ``margin_multiple``, ``clv`` (yuan).

    Raises
    ------
    TypeError, ValueError
        As :func:`customer_profit` and :func:`margin_multiple`; the convergence
        error names the first account with r(1 + g) >= 1 + i.

    References
    ----------
    Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive
    Marketing, 17(1), 9-24. Chapter 4, I2.

    Examples
    --------
    >>> import pandas as pd
    >>> a = pd.DataFrame({"account_id": ["A1"], "revenue": [100_000.0], "gross_margin": [0.25],
    ...                   "discounts_rebates": [5_000.0], "sales_hours": [10.0], "service_hours": [4.0],
    ...                   "complaint_hours": [2.0], "orders_per_year": [5], "deliveries": [6],
    ...                   "promotion_support": [950.0]})
    >>> clv = customer_lifetime_value(a, retention=0.8, discount_rate=0.12)
    >>> float(clv["margin"].iloc[0]), float(clv["clv"].iloc[0])
    (11000.0, 27500.0)
    """
    func = "customer_lifetime_value"
    i = check_rate(discount_rate, "discount_rate", func)
    check_choice(timing, "timing", func, _TIMINGS)
    h = _horizon(horizon_years, func)
    frame = accounts_frame(accounts, func)
    r = _per_account(STAGE_RETENTION if retention is None else retention, "retention", frame, func, low=0, high=1)
    g = _per_account(growth, "growth", frame, func, low=-1, high=MAX_RATE)
    if h is None:
        bad = r * (1 + g) >= 1 + i - 1e-12
        if bad.any():
            pos = int(np.flatnonzero(bad)[0])
            raise KamlabValueError(
                f"{func}: account_id={frame['account_id'].iloc[pos]!r} has retention x (1 + growth) = "
                f"{r[pos] * (1 + g[pos]):.6g}, not below 1 + discount_rate = {1 + i:.6g} "
                f"({int(bad.sum())} such accounts): its infinite-horizon CLV is unbounded. Expected "
                f"retention * (1 + growth) < 1 + discount_rate; lower growth or give horizon_years."
            )
    pairs = dict.fromkeys(zip(r.tolist(), g.tolist()))  # few distinct (retention, growth): one sum each
    for rr, gg in pairs:
        pairs[rr, gg] = _multiple(rr, i, gg, timing, h, func)
    multiple = np.array([pairs[pair] for pair in zip(r.tolist(), g.tolist())], dtype=float)
    profit = customer_profit(frame, model=model)
    margin = profit["profit"].to_numpy()
    with np.errstate(over="ignore", invalid="ignore"):
        clv = margin * multiple
    finite_result(clv, func, "the lifetime value", discount_rate=i, horizon_years=h)
    return pd.DataFrame(
        {
            "account_id": frame["account_id"].to_numpy(),
            "margin": margin,
            "retention": r,
            "growth": g,
            "margin_multiple": multiple,
            "clv": clv,
        },
        index=frame.index,
    )


def customer_equity(accounts: pd.DataFrame, **kwargs) -> float:
    """Customer equity: the sum of all accounts' lifetime values (yuan).

    The chapter (I2) asks to manage by customer equity, the value all customers
    create for the supplier, rather than by brand equity alone. Keyword arguments
    are those of :func:`customer_lifetime_value`.

    Parameters
    ----------
    accounts : pandas.DataFrame
        As :func:`customer_lifetime_value`.
    **kwargs
        ``retention``, ``discount_rate``, ``growth``, ``timing``, ``horizon_years``, ``model``.

    Returns
    -------
    float
        Sum of CLV over the accounts (yuan).

    Raises
    ------
    TypeError, ValueError
        As :func:`customer_lifetime_value` (an unknown keyword is a TypeError).

    References
    ----------
    Rust, R. T., Lemon, K. N. & Zeithaml, V. A. (2004). Return on marketing: using
    customer equity to focus marketing strategy. Journal of Marketing, 68(1), 109-127.
    Gupta, S., Lehmann, D. R. & Stuart, J. A. (2004). Valuing customers. Journal of
    Marketing Research, 41(1), 7-18. Chapter 4, I2.

    Examples
    --------
    >>> import pandas as pd
    >>> a = pd.DataFrame({"account_id": ["A1", "A2"], "revenue": [100_000.0, 0.0], "gross_margin": [0.2, 0.2],
    ...                   "discounts_rebates": [0.0, 0.0], "sales_hours": [0.0, 1.0], "service_hours": [0.0, 0.0],
    ...                   "complaint_hours": [0.0, 0.0], "orders_per_year": [0, 0], "deliveries": [0, 0],
    ...                   "promotion_support": [0.0, 0.0]})
    >>> customer_equity(a, retention=0.8, discount_rate=0.12)
    49000.0
    """
    allowed = {"retention", "discount_rate", "growth", "timing", "horizon_years", "model"}
    unknown = sorted(set(kwargs) - allowed)
    if unknown:
        raise KamlabTypeError(
            f"customer_equity: unknown keyword {', '.join(map(repr, unknown))}; expected some of {', '.join(sorted(allowed))}."
        )
    clv = customer_lifetime_value(accounts, **kwargs)
    with np.errstate(over="ignore", invalid="ignore"):
        total = float(clv["clv"].sum())
    return finite_result(total, "customer_equity", "the sum of lifetime values", accounts=len(clv))


def clv_elasticities(retention: float, discount_rate: float, *, growth: float = 0.0, timing: str = "end") -> pd.Series:
    """Elasticity of CLV to each of its drivers: % change in CLV per 1% change in the driver.

    For CLV = m r / (1 + i - r(1 + g)) (``timing="end"``), with D = 1 + i - r(1 + g):

    * margin m: 1;
    * retention r: (1 + i) / D;
    * discount rate i: -i / D;
    * growth g: g r / D.

    For ``timing="now"``, CLV = m (1 + i) / D: retention r(1 + g) / D, discount rate
    i / (1 + i) - i / D, growth g r / D. At usual values the retention elasticity is
    several times the margin's: retention is the biggest lever on customer value
    (Gupta, Lehmann & Stuart 2004: 1% better retention raised firm value about 5%).

    Parameters
    ----------
    retention : float
        Yearly retention rate, in [0, 1].
    discount_rate : float
        Yearly discount rate, >= 0.
    growth : float, default 0.0
        Yearly margin growth, > -1.
    timing : {"end", "now"}, default "end"

    Returns
    -------
    pandas.Series
        Index ``margin``, ``retention``, ``discount_rate``, ``growth``.

    Raises
    ------
    TypeError, ValueError
        As :func:`margin_multiple`.

    References
    ----------
    Gupta, S., Lehmann, D. R. & Stuart, J. A. (2004). Valuing customers. Journal of
    Marketing Research, 41(1), 7-18. Chapter 4, I2.

    Examples
    --------
    >>> clv_elasticities(0.8, 0.12).round(3).to_dict()
    {'margin': 1.0, 'retention': 3.5, 'discount_rate': -0.375, 'growth': 0.0}
    """
    func = "clv_elasticities"
    r, i, g, _ = _check_terms(retention, discount_rate, growth, timing, None, func)
    _multiple(r, i, g, timing, None, func)  # raises if the sum diverges
    d = 1.0 + i - r * (1.0 + g)
    if timing == "end":
        values = {"margin": 1.0, "retention": (1.0 + i) / d, "discount_rate": -i / d, "growth": g * r / d}
    else:
        values = {
            "margin": 1.0,
            "retention": r * (1.0 + g) / d,
            "discount_rate": i / (1.0 + i) - i / d,
            "growth": g * r / d,
        }
    return pd.Series(values, name="elasticity")
