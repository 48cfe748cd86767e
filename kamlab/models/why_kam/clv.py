"""I2 customer equity: the lifetime value of an account, what if (:func:`clv_scenario`, :func:`clv_multiple_curve`)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..._validate import (
    check_amount,
    check_fraction,
    check_rate,
)
from ...analytics import margin_multiple, margin_multiple_table
from ...errors import KamlabTypeError

__all__ = ["ClvScenario", "clv_converges", "clv_scenario", "clv_multiple_curve"]


def clv_converges(retention: float, discount_rate: float, growth: float = 0.0) -> bool:
    """True if the infinite-horizon CLV is finite: retention x (1 + growth) < 1 + discount_rate.

    Parameters
    ----------
    retention : float
        Yearly retention, in [0, 1].
    discount_rate : float
        Yearly discount rate, in [0, 10].
    growth : float, default 0.0
        Yearly growth of the margin, in (-1, 10].

    Returns
    -------
    bool

    Examples
    --------
    >>> clv_converges(0.9, 0.10), clv_converges(1.0, 0.10, growth=0.10)
    (True, False)

    Raises
    ------
    TypeError, ValueError
        If retention is not in [0, 1], the discount rate not in [0, 10] or the growth
        not in (-1, 10].
    """
    func = "clv_converges"
    r = check_fraction(retention, "retention", func)
    i = check_rate(discount_rate, "discount_rate", func)
    g = check_rate(growth, "growth", func, minimum=-1, strict_minimum=True)
    return r * (1.0 + g) < 1.0 + i - 1e-12


@dataclass(frozen=True)
class ClvScenario:
    """Result of :func:`clv_scenario` (money in yuan, rates as fractions).

    Attributes
    ----------
    margin, retention, discount_rate, growth : float
        The inputs.
    converges : bool
        False when retention x (1 + growth) >= 1 + discount_rate: the discounted margins
        do not shrink and the infinite-horizon CLV has no finite value; then the
        numbers below are NaN.
    margin_multiple : float
        r / (1 + i - r(1 + g)) (Gupta & Lehmann).
    clv : float
        margin x margin_multiple.
    clv_one_point_more : float
        CLV with retention one percentage point higher (NaN if that diverges or exceeds 1).
    one_point_gain : float
        clv_one_point_more / clv - 1: what one retention point adds to CLV (NaN when
        the CLV is 0 or ``clv_one_point_more`` is NaN; inf when retention is so near 0,
        e.g. 1e-310, that the ratio is beyond float range).
    one_point_relative : float
        0.01 / retention: how big that point looks, as a relative change in retention
        (inf when retention is 0: any gain is infinitely large relative to nothing).
    """

    margin: float
    retention: float
    discount_rate: float
    growth: float
    converges: bool
    margin_multiple: float
    clv: float
    clv_one_point_more: float
    one_point_gain: float
    one_point_relative: float


def clv_scenario(margin: float, retention: float, discount_rate: float, *, growth: float = 0.0) -> ClvScenario:
    """CLV of one account, and what one more point of retention is worth.

    CLV = m x r / (1 + i - r(1 + g)) (first margin at the end of year 1). Raising
    retention from r to r + 0.01 looks like a small change (0.01 / r, about 1.25% at
    r = 0.8) but raises CLV by several percent, because it lengthens the whole
    expected lifetime. Unlike :func:`kamlab.analytics.margin_multiple`, a divergent
    scenario (r(1 + g) >= 1 + i) is not an error here but a result with
    ``converges=False``, so that an explorer can explain it.

    Parameters
    ----------
    margin : float
        Yearly margin of the account (yuan; may be negative), in [-1e15, 1e15].
    retention : float
        Yearly retention rate, in [0, 1].
    discount_rate : float
        Yearly discount rate, in [0, 10].
    growth : float, default 0.0
        Yearly margin growth, in (-1, 10].

    Returns
    -------
    ClvScenario

    Raises
    ------
    TypeError, ValueError
        For a non-number or an out-of-range value.

    References
    ----------
    Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive
    Marketing, 17(1), 9-24. Reichheld, F. F. & Sasser, W. E. (1990). Zero defections.
    HBR 68(5). Chapter 4, I2 (customer equity).

    Examples
    --------
    >>> s = clv_scenario(10_000, 0.8, 0.12)
    >>> s.margin_multiple, s.clv
    (2.5, 25000.0)
    >>> round(s.one_point_gain, 4), round(s.one_point_relative, 4)
    (0.0452, 0.0125)
    """
    func = "clv_scenario"
    m = check_amount(margin, "margin", func, signed=True)
    r = check_fraction(retention, "retention", func)
    i = check_rate(discount_rate, "discount_rate", func)
    g = check_rate(growth, "growth", func, minimum=-1, strict_minimum=True)
    nan = math.nan
    rel = 0.01 / r if r > 0 else math.inf
    if not clv_converges(r, i, g):
        return ClvScenario(m, r, i, g, False, nan, nan, nan, nan, rel)
    mult = margin_multiple(r, i, growth=g)
    clv = m * mult
    r1 = round(r + 0.01, 10)
    more = m * margin_multiple(r1, i, growth=g) if r1 <= 1 and clv_converges(r1, i, g) else nan
    gain = more / clv - 1 if clv != 0 and not math.isnan(more) else nan
    return ClvScenario(m, r, i, g, True, mult, clv, more, gain, rel)


def clv_multiple_curve(scenario: ClvScenario) -> pd.DataFrame:
    """The margin multiple for retention 0.00 to 0.99 at the scenario's discount rate and growth.

    Parameters
    ----------
    scenario : ClvScenario
        Result of :func:`clv_scenario`.

    Returns
    -------
    pandas.DataFrame
        :func:`kamlab.margin_multiple_table` of the retention grid (rows) and the scenario's
        discount rate (one column); NaN where the infinite sum diverges.

    Examples
    --------
    >>> curve = clv_multiple_curve(clv_scenario(10_000, 0.8, 0.12))
    >>> curve.shape, round(float(curve.loc[0.8].iloc[0]), 2)
    ((100, 1), 2.5)
    """

    if not isinstance(scenario, ClvScenario):
        raise KamlabTypeError(
            f"clv_multiple_curve: parameter 'scenario' must be a ClvScenario, got {type(scenario).__name__}."
        )
    grid = np.round(np.arange(0, 100) / 100, 2)
    return margin_multiple_table(grid, [scenario.discount_rate], growth=scenario.growth)
