"""How concentrated a customer base is: Lorenz curve, Gini, HHI and top shares (chapter C2).

Pure functions of a list, array or Series of non-negative amounts (one per account).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .._validate import check_fraction
from ..errors import KamlabValueError
from ._common import value_array

__all__ = ["lorenz_curve", "gini", "HHI", "hhi", "top_share"]


def _positive_total(arr: np.ndarray, func: str) -> float:
    total = float(arr.sum())
    if not total > 0:
        raise KamlabValueError(
            f"{func}: parameter 'values' sums to 0; expected at least one positive amount "
            f"(shares of a zero total are undefined)."
        )
    return total


def _amounts(values, func: str) -> tuple[np.ndarray, float]:
    """The validated amounts and their (positive) total, rescaled if they are extreme.

    Every measure here depends only on shares, so dividing all amounts by the largest
    one changes nothing but keeps sums and products of amounts near 1e308 (or below
    1e-150) from overflowing or underflowing. Ordinary amounts are used as they are,
    so their results stay bit-for-bit the same.
    """
    arr = value_array(values, "values", func)
    top = float(arr.max()) if arr.size else 0.0
    if top > 1e150 or 0 < top < 1e-150:
        arr = arr / top
    return arr, _positive_total(arr, func)


def lorenz_curve(values) -> pd.DataFrame:
    """The Lorenz curve of amounts such as revenue per account.

    Accounts are sorted from smallest to largest; row k gives the share of accounts
    in the k smallest (``account_share`` = k / n) and their share of the total
    (``value_share``). The curve starts at (0, 0), ends at (1, 1), never decreases
    and is convex; the diagonal would mean every account is the same size.

    Parameters
    ----------
    values : sequence of float
        Non-negative amounts, one per account, with a positive total.

    Returns
    -------
    pandas.DataFrame
        n + 1 rows with columns ``account_share`` and ``value_share``.

    Raises
    ------
    TypeError
        If ``values`` is not a 1-d sequence of numbers.
    ValueError
        If it is empty, holds NaN, infinite or negative amounts, or sums to 0.

    References
    ----------
    Lorenz, M. O. (1905). Methods of measuring the concentration of wealth.
    Publications of the American Statistical Association, 9(70), 209-219.
    Chapter 4, C2: the 80/20 rule is one point of this curve, (0.8, 0.2).

    Examples
    --------
    >>> lorenz_curve([1, 3]).round(3).to_dict("list")
    {'account_share': [0.0, 0.5, 1.0], 'value_share': [0.0, 0.25, 1.0]}
    """
    func = "lorenz_curve"
    arr, total = _amounts(values, func)
    ordered = np.sort(arr)
    n = len(ordered)
    value_share = np.concatenate([[0.0], np.cumsum(ordered) / total])
    value_share[-1] = 1.0
    account_share = np.arange(n + 1) / n
    return pd.DataFrame({"account_share": account_share, "value_share": value_share})


def gini(values) -> float:
    """Gini coefficient of amounts such as revenue per account.

    G = sum_i sum_j |x_i - x_j| / (2 n^2 mean): the mean absolute difference between
    two accounts drawn at random (with replacement) over twice the mean. It equals
    twice the area between the diagonal and the Lorenz curve. 0 means all accounts
    are equal; one account holding everything among n gives 1 - 1/n.

    There is **no small-sample correction**: the "unbiased" variant multiplies by
    n / (n - 1) (so one-account-holds-all gives 1); this function does not. It is
    computed in O(n log n) from the sorted amounts as
    sum_i (2i - n - 1) x_(i) / (n^2 mean), i = 1..n.

    Parameters
    ----------
    values : sequence of float
        Non-negative amounts, one per account, with a positive total.

    Returns
    -------
    float
        In [0, 1 - 1/n].

    Raises
    ------
    TypeError
        If ``values`` is not a 1-d sequence of numbers.
    ValueError
        If it is empty, holds NaN, infinite or negative amounts, or sums to 0.

    References
    ----------
    Gini, C. (1912). Variabilità e mutabilità. Bologna: Tipografia di Paolo Cuppini.
    Sen, A. (1973). On Economic Inequality. Oxford: Clarendon Press (the mean-difference form).

    Examples
    --------
    >>> gini([0, 0, 0, 1])
    0.75
    >>> gini([5, 5, 5])
    0.0
    """
    func = "gini"
    arr, total = _amounts(values, func)
    ordered = np.sort(arr)
    n = len(ordered)
    i = np.arange(1, n + 1)
    g = float(np.sum((2 * i - n - 1) * ordered) / (n * total))
    return min(max(g, 0.0), 1.0)


@dataclass(frozen=True)
class HHI:
    """Herfindahl-Hirschman index of a customer base: the result of :func:`hhi`.

    ``hhi`` (lower case) computes the index; ``HHI`` (upper case) is the record it
    returns. They are two different things, not two names for one: both stay public.

    Attributes
    ----------
    index : float
        10,000 x the sum of squared shares (shares in fractions), 0-10,000.
    equivalent_customers : float
        10,000 / index: how many equal-sized customers would give the same index.
    """

    index: float
    equivalent_customers: float

    def __float__(self) -> float:
        return self.index


def hhi(values) -> HHI:
    """Herfindahl-Hirschman index of customer concentration, 0-10,000 scale.

    With each account's share s_i of the total (as a fraction),
    HHI = 10,000 x sum_i s_i^2. One customer buying everything gives 10,000; n equal
    customers give 10,000 / n. So 10,000 / HHI is the *equivalent number* of
    equal-sized customers, a concrete way to say how concentrated the base is.

    Parameters
    ----------
    values : sequence of float
        Non-negative amounts, one per account, with a positive total.

    Returns
    -------
    HHI
        ``index`` (0-10,000) and ``equivalent_customers`` (>= 1).

    Raises
    ------
    TypeError
        If ``values`` is not a 1-d sequence of numbers.
    ValueError
        If it is empty, holds NaN, infinite or negative amounts, or sums to 0.

    References
    ----------
    Hirschman, A. O. (1964). The paternity of an index. American Economic Review, 54(5), 761.
    U.S. Department of Justice & FTC (2023). Merger Guidelines, section 2.1 (HHI on a 0-10,000 scale).
    Adelman, M. A. (1969). Comment on the "H" concentration measure as a numbers-equivalent.
    Review of Economics and Statistics, 51(1), 99-101.

    Examples
    --------
    >>> hhi([25, 25, 25, 25])
    HHI(index=2500.0, equivalent_customers=4.0)
    >>> round(hhi([60, 20, 20]).index)
    4400
    """
    func = "hhi"
    arr, total = _amounts(values, func)
    shares = arr / total
    index = float(10_000 * np.sum(shares**2))
    return HHI(index=index, equivalent_customers=10_000 / index)


def top_share(values, fraction: float) -> float:
    """Share of the total held by the largest ``fraction`` of accounts.

    ``top_share(revenue, 0.2)`` tests the 80/20 rule directly: the chapter's Pareto
    rule says it is about 0.8. When ``fraction * n`` is not a whole number the Lorenz
    curve is interpolated linearly (a fraction of the marginal account is counted),
    so the result is continuous and equals 1 - L(1 - fraction).

    Parameters
    ----------
    values : sequence of float
        Non-negative amounts, one per account, with a positive total.
    fraction : float
        Share of accounts, in [0, 1] (0.2 for the top 20%).

    Returns
    -------
    float
        In [fraction, 1]: the top accounts hold at least their head-count share.

    Raises
    ------
    TypeError
        If ``values`` is not a sequence of numbers or ``fraction`` not a number.
    ValueError
        If ``values`` is empty, has NaN, infinite or negative amounts or a zero
        total, or ``fraction`` is outside [0, 1].

    References
    ----------
    Chapter 4, C2: "20% of customers bring 80% of the business" (Pareto 80/20 rule).
    Juran, J. M. (1951). Quality Control Handbook. New York: McGraw-Hill ("vital few").

    Examples
    --------
    >>> top_share([80, 5, 5, 5, 5], 0.2)
    0.8
    >>> top_share([1, 1, 1, 1], 0.5)
    0.5
    """
    func = "top_share"
    arr, _ = _amounts(values, func)
    p = check_fraction(fraction, "fraction", func)
    curve = lorenz_curve(arr)
    lower = float(np.interp(1.0 - p, curve["account_share"], curve["value_share"]))
    return min(max(1.0 - lower, 0.0), 1.0)
