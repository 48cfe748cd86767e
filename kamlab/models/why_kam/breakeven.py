"""I4 profitability: the volume a discount must win back, the chapter's 33% rule (:func:`breakeven_scenario`)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..._validate import (
    check_fraction,
)
from ...analytics import breakeven_table, breakeven_volume_increase

__all__ = ["BreakevenScenario", "breakeven_scenario"]


@dataclass(frozen=True)
class BreakevenScenario:
    """Result of :func:`breakeven_scenario`.

    Attributes
    ----------
    gross_margin, discount : float
        The inputs (fractions of the list price).
    compensable : bool
        True if discount < gross_margin (some volume increase restores the gross profit).
    volume_increase : float
        d / (m - d) (0.3333 = +33.3%); NaN when not compensable.
    profit_per_100_before, profit_per_100_after : float
        Gross profit per 100 yuan of list-price sales before and after the discount.
    table : pandas.DataFrame
        :func:`kamlab.analytics.breakeven_table` over the grid (NaN: no volume compensates).
    """

    gross_margin: float
    discount: float
    compensable: bool
    volume_increase: float
    profit_per_100_before: float
    profit_per_100_after: float
    table: pd.DataFrame


def breakeven_scenario(gross_margin: float, discount: float, *, margins=None, discounts=None) -> BreakevenScenario:
    """The chapter's 33% rule for one margin and discount, and the whole grid around it.

    Profit per unit falls from m to m - d; volume must grow by x with
    m = (m - d)(1 + x). With m = 20% and d = 5%: 0.20 = 0.15 x (1 + x), x = 1/3. When
    d >= m every unit sells at no profit or a loss: no volume can compensate, which
    is a result here (``compensable=False``), not an error.

    Parameters
    ----------
    gross_margin : float
        In (0, 1].
    discount : float
        In [0, 1).
    margins, discounts : sequence of float, optional
        The grid for the heat map; default 5%..60% and 0%..30% in steps of one point.

    Returns
    -------
    BreakevenScenario

    Raises
    ------
    TypeError, ValueError
        For a non-number or an out-of-range value (as the analytics functions).

    References
    ----------
    Chapter 4, I4: with a 20% gross margin a 5% discount needs 33% more volume.
    Nagle, T. T., Hogan, J. E. & Zale, J. (2011). The Strategy and Tactics of Pricing,
    5th ed., ch. 11.

    Examples
    --------
    >>> s = breakeven_scenario(0.20, 0.05)
    >>> round(s.volume_increase, 4), round(s.profit_per_100_before, 6), round(s.profit_per_100_after, 6)
    (0.3333, 20.0, 15.0)
    >>> breakeven_scenario(0.20, 0.25).compensable
    False
    """
    func = "breakeven_scenario"
    m = check_fraction(gross_margin, "gross_margin", func, open_low=True)
    d = check_fraction(discount, "discount", func, open_high=True)
    margins = np.round(np.arange(5, 61) / 100, 2) if margins is None else margins
    discounts = np.round(np.arange(0, 31) / 100, 2) if discounts is None else discounts
    table = breakeven_table(margins, discounts)
    ok = d < m
    x = breakeven_volume_increase(m, d) if ok else math.nan
    return BreakevenScenario(m, d, ok, x, round(100 * m, 10), round(100 * (m - d), 10) + 0.0, table)
