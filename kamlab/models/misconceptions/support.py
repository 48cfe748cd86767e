"""M5 "once you have key accounts, nothing needs managing" (有了大客户万事不用管): the support activities -> sell-through and retention -> account value
(:data:`SUPPORT_ACTIVITIES`, :func:`support_value`, :func:`ratio_band`).
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..._validate import (
    MAX_HORIZON_YEARS,
    check_amount,
    check_fraction,
    check_numeric_column,
    check_rate,
    check_size,
    finite_result,
    require_columns,
)
from ...errors import KamlabTypeError, KamlabValueError

__all__ = ["SUPPORT_ACTIVITIES", "SupportValue", "support_value", "RATIO_BANDS", "ratio_band"]

#: M5: the chapter's support activities and their assumed yearly effect on the account's
#: sell-through and retention, and their yearly cost (yuan). Illustrative numbers.
SUPPORT_ACTIVITIES = pd.DataFrame(
    {
        "sell_through": [0.02, 0.04, 0.06, 0.03, 0.05],
        "retention": [0.03, 0.01, 0.02, 0.05, 0.01],
        "cost": [50_000.0, 40_000.0, 60_000.0, 80_000.0, 150_000.0],
    },
    index=pd.Index(
        ["market_outlook", "selling_points", "best_sellers", "timely_delivery", "in_store_promotion"], name="activity"
    ),
)


@dataclass(frozen=True)
class SupportValue:
    """Result of :func:`support_value`.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per case (``without`` / ``with``) and year: ``revenue`` (if the account
        stays), ``survival``, ``expected_profit`` (yuan, after support cost) and
        ``cum_discounted_profit``.
    summary : pandas.DataFrame
        By case: ``sell_through``, ``order_growth``, ``retention``, ``support_cost``,
        ``account_value`` (discounted expected profit over the horizon).
    value_ratio : float
        Account value with support / without (NaN if without is not positive).
    activities : tuple of str
    """

    table: pd.DataFrame
    summary: pd.DataFrame
    value_ratio: float
    activities: tuple
    horizon_years: int


def support_value(
    activities=tuple(SUPPORT_ACTIVITIES.index),
    *,
    revenue: float = 10_000_000.0,
    gross_margin: float = 0.20,
    base_sell_through: float = 0.60,
    base_retention: float = 0.80,
    growth_per_point: float = 0.5,
    horizon_years: int = 10,
    discount_rate: float = 0.10,
    effects: pd.DataFrame | None = None,
) -> SupportValue:
    """The account's value over time, with and without the chosen support activities.

    Support raises the account's sell-through (the share of our goods it sells on to
    its own customers) to s = min(s_0 + sum of effects, 0.99) and its retention to
    r = min(r_0 + sum of effects, 0.99). The account re-orders in proportion: its orders
    grow by g = ``growth_per_point`` x (s - s_0) a year. Expected profit in year t is
    (R (1 + g)^t m - cost) r^t, discounted by (1 + i)^t, t = 0..horizon-1.

    Parameters
    ----------
    activities : sequence of str
        Names from :data:`SUPPORT_ACTIVITIES` (or ``effects``); may be empty.
    revenue : float, default 10 million
        This year's orders of the account, yuan, in (0, 1e15].
    gross_margin : float, default 0.20
        In [0, 1].
    base_sell_through, base_retention : float
        Without support, in [0, 1].
    growth_per_point : float, default 0.5
        Order growth per unit of sell-through gained, in [0, 10].
    horizon_years : int, default 10
        1 to :data:`kamlab._validate.MAX_HORIZON_YEARS` (10,000).
    discount_rate : float, default 0.10
        In [0, 10].
    effects : pandas.DataFrame, optional
        Columns ``sell_through``, ``retention``, ``cost``, indexed by activity; default
        :data:`SUPPORT_ACTIVITIES`.

    Returns
    -------
    SupportValue

    Raises
    ------
    TypeError, ValueError
        For an unknown activity or out-of-range numbers.

    References
    ----------
    Chapter 4, M5: market outlook analysis, product selling points, best-selling
    products, timely delivery, in-store promotions.
    The link from sell-through to order growth (``growth_per_point``) is kamlab's
    assumption; no source gives it.
    Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive
    Marketing, 17(1), 9-24.

    Examples
    --------
    >>> v = support_value()
    >>> v.summary.loc["with", ["sell_through", "retention"]].round(2).tolist()
    [0.8, 0.92]
    >>> round(float(v.summary.loc["without", "account_value"]) / 1e4, 1), round(v.value_ratio, 2)
    (703.0, 1.74)
    """
    func = "support_value"
    eff = SUPPORT_ACTIVITIES if effects is None else effects
    if not isinstance(eff, pd.DataFrame):
        raise KamlabTypeError(f"{func}: parameter 'effects' must be a pandas DataFrame, got {type(eff).__name__}.")

    require_columns(eff, ["sell_through", "retention", "cost"], func)
    for col in ("sell_through", "retention", "cost"):
        check_numeric_column(eff, col, func, minimum=0, id_column=None)
    if isinstance(activities, str):
        activities = (activities,)
    if isinstance(activities, (bytes, pd.DataFrame)) or not hasattr(activities, "__iter__"):
        raise KamlabTypeError(
            f"{func}: parameter 'activities' must be a sequence of activity names, got "
            f"{type(activities).__name__}; expected some of {', '.join(map(repr, eff.index))}."
        )
    acts = tuple(activities)
    for a in acts:
        if not isinstance(a, str) or a not in eff.index:
            raise KamlabValueError(
                f"{func}: unknown activity {a!r}; expected some of {', '.join(map(repr, eff.index))}."
            )
    if len(set(acts)) != len(acts):
        raise KamlabValueError(f"{func}: parameter 'activities' names an activity twice: {acts!r}.")
    rev = check_amount(revenue, "revenue", func, positive=True)
    m = check_fraction(gross_margin, "gross_margin", func)
    s0 = check_fraction(base_sell_through, "base_sell_through", func)
    r0 = check_fraction(base_retention, "base_retention", func)
    gp = check_rate(growth_per_point, "growth_per_point", func)
    h = check_size(horizon_years, "horizon_years", func, maximum=MAX_HORIZON_YEARS)
    i = check_rate(discount_rate, "discount_rate", func)
    chosen = eff.loc[list(acts)]
    cases = {
        "without": (s0, r0, 0.0),
        "with": (
            max(s0, min(s0 + float(chosen["sell_through"].sum()), 0.99)),
            max(r0, min(r0 + float(chosen["retention"].sum()), 0.99)),
            float(chosen["cost"].sum()),
        ),
    }
    t = np.arange(h + 1)
    parts, rows = [], {}
    for case, (s, r, cost) in cases.items():
        g = gp * (s - s0)
        with np.errstate(over="ignore", invalid="ignore"):
            orders = rev * (1 + g) ** t
            survival = r ** t.astype(float)
            profit = np.where(t < h, (orders * m - cost) * survival, 0.0)
            disc = profit / (1 + i) ** t
            cum = np.concatenate([[0.0], np.cumsum(disc)[:-1]])
        finite_result(
            np.concatenate([orders, cum, [disc.sum()]]),
            func,
            f"the account value ({case} support)",
            revenue=rev,
            growth_per_point=gp,
            horizon_years=h,
        )
        parts.append(
            pd.DataFrame(
                {
                    "case": case,
                    "year": t,
                    "revenue": orders,
                    "survival": survival,
                    "expected_profit": profit,
                    "cum_discounted_profit": cum,
                }
            )
        )
        rows[case] = {
            "sell_through": s,
            "order_growth": g,
            "retention": r,
            "support_cost": cost,
            "account_value": float(disc.sum()),
        }
    summary = pd.DataFrame.from_dict(rows, orient="index")
    summary.index.name = "case"
    base = summary.loc["without", "account_value"]
    with np.errstate(over="ignore", divide="ignore"):
        ratio = summary.loc["with", "account_value"] / base if base > 0 else math.nan
    if not math.isnan(ratio):
        finite_result(ratio, func, "the value ratio (with / without support)", revenue=rev, gross_margin=m)
    return SupportValue(pd.concat(parts, ignore_index=True), summary, float(ratio), acts, h)


#: M5 prediction choices (lesson 03's support explorer): the value ratio (with / without support)
#: in each band, lower end included, upper end excluded.
RATIO_BANDS = {"lower": (-np.inf, 0.9), "same": (0.9, 1.1), "up_to_1_5": (1.1, 1.5), "above_1_5": (1.5, np.inf)}


def ratio_band(ratio: float) -> str:
    """The band of :data:`RATIO_BANDS` that holds ``ratio`` (upper ends excluded).

    Parameters
    ----------
    ratio : float
        Account value with support / without support (:attr:`SupportValue.value_ratio`); NaN
        (an account worth nothing without support) and infinities are accepted.

    Returns
    -------
    str
        A key of :data:`RATIO_BANDS`; ``"lower"`` for NaN.

    Raises
    ------
    KamlabTypeError
        If ``ratio`` is not a real number.

    Examples
    --------
    >>> ratio_band(1.74), ratio_band(1.0), ratio_band(0.5), ratio_band(float("nan"))
    ('above_1_5', 'same', 'lower', 'lower')
    """
    if isinstance(ratio, bool) or not isinstance(ratio, numbers.Real):
        raise KamlabTypeError(f"ratio_band: parameter 'ratio' must be a number, got {type(ratio).__name__}.")
    try:
        value = float(ratio)
    except OverflowError:  # an int too big for a float: beyond every band's finite end
        value = math.inf if ratio > 0 else -math.inf
    for name, (lo, hi) in RATIO_BANDS.items():
        if lo <= value < hi:
            return name
    return "lower"  # NaN: without support the account is worth nothing
