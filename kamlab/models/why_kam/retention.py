"""I3 relationship and brand: loyal vs transactional accounts (:func:`retention_curves`, :func:`survival`,
:func:`expected_repeat_purchases`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..._validate import (
    MAX_HORIZON_YEARS,
    check_fraction,
    check_number,
    check_rate,
    check_size,
)
from ...analytics import margin_multiple
from ...errors import KamlabTypeError
from .clv import clv_converges

__all__ = ["RetentionCurves", "survival", "expected_repeat_purchases", "retention_curves"]

#: Upper bound of ``purchases_per_year`` in :func:`expected_repeat_purchases` and
#: :func:`retention_curves`.
MAX_PURCHASES_PER_YEAR = 1e6


def survival(retention: float, horizon_years: int):
    """Share of a cohort still buying after t = 0, 1, ..., horizon_years years: r^t.

    Parameters
    ----------
    retention : float
        Yearly retention rate r, in [0, 1].
    horizon_years : int
        Last year shown, 1 to :data:`kamlab._validate.MAX_HORIZON_YEARS` (10,000).

    Returns
    -------
    numpy.ndarray
        horizon_years + 1 values, starting at 1.

    Raises
    ------
    TypeError, ValueError
        For a bad rate or horizon.

    References
    ----------
    Reichheld, F. F. & Sasser, W. E. (1990). Zero defections. HBR 68(5).
    Fader, P. S. & Hardie, B. G. S. (2007). How to project customer retention.
    Journal of Interactive Marketing, 21(1), 76-90 (constant retention: geometric survival).

    Examples
    --------
    >>> survival(0.9, 3).round(3).tolist()
    [1.0, 0.9, 0.81, 0.729]
    """
    func = "survival"
    r = check_fraction(retention, "retention", func)
    h = check_size(horizon_years, "horizon_years", func, maximum=MAX_HORIZON_YEARS)
    return r ** np.arange(h + 1, dtype=float)


def expected_repeat_purchases(
    retention: float, horizon_years: int, *, purchases_per_year: float = 1.0, discount_rate: float = 0.0
) -> float:
    """Expected repeat purchases of one account over ``horizon_years`` after the first year.

    sum over t = 1..T of p x r^t / (1 + i)^t = p q (1 - q^T) / (1 - q) with q = r / (1 + i).
    With a discount rate and T -> infinity this is the margin multiple r / (1 + i - r) of
    chapter I2 (per unit of yearly margin): I3's repeat sales and I2's CLV are one idea.

    Parameters
    ----------
    retention : float
        Yearly retention rate, in [0, 1].
    horizon_years : int
        Number of years after the first, 1 to :data:`kamlab._validate.MAX_HORIZON_YEARS` (10,000).
    purchases_per_year : float, default 1.0
        Purchases (or sales) per year of an active account, in [0, :data:`MAX_PURCHASES_PER_YEAR`] (1e6).
    discount_rate : float, default 0.0
        Yearly discount rate, in [0, 10].

    Returns
    -------
    float

    Raises
    ------
    TypeError, ValueError
        For a bad argument.

    References
    ----------
    Gupta, S. & Lehmann, D. R. (2003). Customers as assets. JIM 17(1). Chapter 4, I3.

    Examples
    --------
    >>> round(expected_repeat_purchases(0.9, 10), 3), round(expected_repeat_purchases(0.6, 10), 3)
    (5.862, 1.491)
    """
    func = "expected_repeat_purchases"
    r = check_fraction(retention, "retention", func)
    h = check_size(horizon_years, "horizon_years", func, maximum=MAX_HORIZON_YEARS)
    p = check_number(purchases_per_year, "purchases_per_year", func, minimum=0, maximum=MAX_PURCHASES_PER_YEAR)
    i = check_rate(discount_rate, "discount_rate", func)
    q = r / (1.0 + i)
    years = np.arange(1, h + 1, dtype=float)
    return float(p * np.sum(q**years))


@dataclass(frozen=True)
class RetentionCurves:
    """Result of :func:`retention_curves`.

    Attributes
    ----------
    table : pandas.DataFrame
        Long format, one row per group and year t = 0..horizon: ``group``, ``year``,
        ``survival`` (r^t), ``repeat_purchases`` (expected purchases in year t, 0 in
        year 0), ``cum_repeat_purchases``.
    summary : pandas.DataFrame
        Index ``group``: ``retention``, ``expected_lifetime_years`` (1 / (1 - r), the
        first year included), ``half_life_years`` (ln 0.5 / ln r), ``repeat_purchases``
        (over the horizon), ``margin_multiple`` (r / (1 + i - r), infinite horizon, I2).
        With r = 1 (an account that never leaves) the lifetime and half-life are inf, and
        so is the margin multiple when r >= 1 + i: these infinities are the answer.
    horizon_years : int
    purchases_per_year, discount_rate : float
    """

    table: pd.DataFrame
    summary: pd.DataFrame
    horizon_years: int
    purchases_per_year: float
    discount_rate: float

    @property
    def repeat_ratio(self) -> float:
        """Repeat purchases over the horizon of the first group divided by the last group's."""
        rp = self.summary["repeat_purchases"]
        return float(rp.iloc[0] / rp.iloc[-1]) if rp.iloc[-1] > 0 else math.inf


def retention_curves(
    groups=None,
    *,
    horizon_years: int = 10,
    purchases_per_year: float = 1.0,
    discount_rate: float = 0.10,
) -> RetentionCurves:
    """Survival and repeat purchases of loyal vs transactional accounts (chapter I3).

    Loyal accounts "prefer the brand in mind and buy it consistently": a high yearly
    retention r keeps a cohort buying for years (survival r^t), so its repeat
    purchases pile up; transactional accounts drift away within a few years.

    Parameters
    ----------
    groups : mapping of str to float, optional
        Group name -> yearly retention; default ``{"loyal": 0.9, "transactional": 0.6}``
        (kamlab's illustrative stage retentions run from 0.60 to 0.93).
    horizon_years : int, default 10
        Years shown, 1 to :data:`kamlab._validate.MAX_HORIZON_YEARS` (10,000).
    purchases_per_year : float, default 1.0
        Purchases per year of an active account, in [0, :data:`MAX_PURCHASES_PER_YEAR`] (1e6).
    discount_rate : float, default 0.10
        For the margin multiple, in [0, 10]; repeat purchases are not discounted.

    Returns
    -------
    RetentionCurves

    Raises
    ------
    TypeError, ValueError
        For a bad mapping, rate or horizon.

    References
    ----------
    Reichheld, F. F. & Sasser, W. E. (1990). Zero defections. HBR 68(5).
    Aaker, D. A. (1991). Managing Brand Equity. New York: Free Press (brand loyalty).
    Chapter 4, I3: key accounts are the water and nutrients of the brand's flower.

    Examples
    --------
    >>> rc = retention_curves()
    >>> rc.summary[["expected_lifetime_years", "repeat_purchases"]].round(2)
                   expected_lifetime_years  repeat_purchases
    group
    loyal                             10.0              5.86
    transactional                      2.5              1.49
    >>> round(rc.repeat_ratio, 2)
    3.93
    """
    func = "retention_curves"
    groups = {"loyal": 0.9, "transactional": 0.6} if groups is None else groups
    if not isinstance(groups, dict) or not groups:
        raise KamlabTypeError(
            f"{func}: parameter 'groups' must be a non-empty dict of group name -> retention rate, "
            f"got {type(groups).__name__} {groups!r}."
        )
    h = check_size(horizon_years, "horizon_years", func, maximum=MAX_HORIZON_YEARS)
    p = check_number(purchases_per_year, "purchases_per_year", func, minimum=0, maximum=MAX_PURCHASES_PER_YEAR)
    i = check_rate(discount_rate, "discount_rate", func)
    parts, rows = [], {}
    years = np.arange(h + 1)
    for name, rate in groups.items():
        r = check_fraction(rate, f"groups[{name!r}]", func)
        surv = r ** years.astype(float)
        repeat = np.where(years > 0, p * surv, 0.0)
        parts.append(
            pd.DataFrame(
                {
                    "group": name,
                    "year": years,
                    "survival": surv,
                    "repeat_purchases": repeat,
                    "cum_repeat_purchases": np.cumsum(repeat),
                }
            )
        )
        rows[name] = {
            "retention": r,
            "expected_lifetime_years": 1.0 / (1.0 - r) if r < 1 else math.inf,
            "half_life_years": math.log(0.5) / math.log(r) if 0 < r < 1 else (math.inf if r == 1 else 0.0),
            "repeat_purchases": float(np.sum(repeat)),
            "margin_multiple": margin_multiple(r, i) if clv_converges(r, i) else math.inf,
        }
    summary = pd.DataFrame.from_dict(rows, orient="index")
    summary.index.name = "group"
    return RetentionCurves(
        table=pd.concat(parts, ignore_index=True),
        summary=summary,
        horizon_years=h,
        purchases_per_year=p,
        discount_rate=i,
    )
