"""Objective identification of key accounts (chapter C2): Pareto table, pyramid, ABC, dependence.

Compute only: DataFrames in, new DataFrames, numbers or frozen dataclasses out.
Every ranking breaks ties by ``account_id``, so results never depend on row order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .._validate import check_fraction, check_number
from ..errors import KamlabValueError
from ..i18n import t
from ._common import CHAPTER_CUTS, TIERS, check_cuts, checked_accounts, money_column, rank_order

__all__ = [
    "pareto_table",
    "CustomerPyramid",
    "customer_pyramid",
    "abc_classes",
    "dependence_flags",
    "pareto_pyramid_shares",
]


def pareto_table(accounts: pd.DataFrame, *, value: str = "revenue") -> pd.DataFrame:
    """Accounts ranked by value with cumulative shares of accounts and of value.

    Reading down the table answers the chapter's question "do 20% of customers bring
    80% of the business?": find the row where ``cum_account_share`` reaches 0.2 and
    read ``cum_value_share``.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table with ``account_id`` (unique) and the ``value`` column.
    value : str, default "revenue"
        Column with a non-negative amount per account (yuan), positive in total.

    Returns
    -------
    pandas.DataFrame
        One row per account, largest first: ``rank`` (1 = largest), ``account_id``,
        the ``value`` column, ``value_share``, ``cum_value_share`` and
        ``cum_account_share`` (rank / n). Ties are ordered by ``account_id``.

    Raises
    ------
    TypeError
        If ``accounts`` is not a DataFrame or the column is not numeric.
    ValueError
        If a column is missing, ``account_id`` is duplicated, the frame is empty, or
        the value column has negative, missing or infinite values or sums to 0.

    References
    ----------
    Chapter 4, C2 (the 80/20 rule). Koch, R. (1998). The 80/20 Principle. London: Nicholas Brealey.

    Examples
    --------
    >>> import pandas as pd
    >>> accounts = pd.DataFrame({"account_id": ["A1", "A2", "A3", "A4", "A5"],
    ...                          "revenue": [10, 80, 4, 3, 3]})
    >>> pareto_table(accounts)[["account_id", "cum_account_share", "cum_value_share"]].head(2)
      account_id  cum_account_share  cum_value_share
    0         A2                0.2              0.8
    1         A1                0.4              0.9
    """
    func = "pareto_table"
    frame, codes = checked_accounts(accounts, func, [value] if isinstance(value, str) else [])
    return _pareto_of(frame, money_column(frame, value, func), value, id_codes=codes)


def _pareto_of(
    frame: pd.DataFrame,
    values: np.ndarray,
    value: str,
    extra: dict | None = None,
    id_codes: np.ndarray | None = None,
) -> pd.DataFrame:
    """pareto_table of a frame already checked (``values``: its ``value`` column as floats).

    ``extra``: more columns (already in rank order), added in the same construction. The
    frame is built from its arrays without a copy (each column is new here). ``id_codes``:
    from :func:`checked_accounts`, for :func:`rank_order`.
    """
    order = rank_order(values, frame["account_id"], id_codes=id_codes)
    sorted_values = values[order]
    total = sorted_values.sum()  # finite: money_column checked the total
    n = len(sorted_values)
    cum = np.cumsum(sorted_values)
    cum /= total
    cum[-1] = 1.0
    rank = np.arange(1, n + 1)
    columns = {
        "rank": rank,
        "account_id": _in_order(frame["account_id"].array, order),
        value: sorted_values,
        "value_share": sorted_values / total,
        "cum_value_share": cum,
        "cum_account_share": rank / n,
        **(extra or {}),
    }
    return pd.DataFrame(columns, copy=False)


def _in_order(array, order: np.ndarray):
    """``array.take(order)``; for Python strings (or other objects) by a scatter in row order.

    A gather in rank order touches each string at random to count its new reference; the
    scatter ``out[inverse] = array`` touches them in row order (the order they were made in,
    as a file is read) and writes at random into the new array only: about 20% less time on
    2 million ids, more on a busy machine. Both through the array's public methods.
    """
    n = len(order)
    python_strings = isinstance(array.dtype, pd.StringDtype) and array.dtype.storage == "python"
    if n < 2 or not (python_strings or array.dtype == object):
        return array.take(order)
    out = array[:1].repeat(n)  # n references to one value, each replaced below
    inverse = np.empty(n, dtype=np.intp)
    inverse[order] = np.arange(n)
    out[inverse] = array
    return out


@dataclass(frozen=True)
class CustomerPyramid:
    """Result of :func:`customer_pyramid`.

    Attributes
    ----------
    accounts : pandas.DataFrame
        The :func:`pareto_table` columns plus ``tier`` (code: ``vip``, ``important``,
        ``ordinary``, ``small``; labels via ``kamlab.i18n.t("tier." + code)``).
    summary : pandas.DataFrame
        One row per tier, top first: ``tier``, ``tier_zh``, ``tier_en``,
        ``target_account_share`` (the cut), ``count``, ``account_share``, ``value``,
        ``value_share``.
    value : str
        The column the pyramid was built on.
    """

    accounts: pd.DataFrame
    summary: pd.DataFrame
    value: str


def _tier_positions(n: int, cuts: tuple[float, ...]) -> np.ndarray:
    """Tier index (0 = top) of rank 1..n: the first tier whose cumulative cut covers rank / n.

    Rank k is in tier i or above when k <= bound[i] (+ 1e-9 for rounding), i.e. when
    k <= floor(bound[i]): so tiers are runs of ranks, each ending at that floor.
    """
    return np.repeat(np.arange(len(cuts)), _tier_counts(n, cuts))


def _tier_counts(n: int, cuts: tuple[float, ...]) -> np.ndarray:
    """Accounts in each tier, top first (the lengths of the runs of :func:`_tier_positions`)."""
    bounds = np.cumsum(cuts) * n
    bounds[-1] = n
    ends = np.minimum(np.floor(bounds + 1e-9), n).astype(np.int64)
    return np.diff(ends, prepend=0)


def customer_pyramid(accounts: pd.DataFrame, *, value: str = "revenue", cuts=CHAPTER_CUTS) -> CustomerPyramid:
    """The chapter's customer pyramid: VIP, important, ordinary key accounts, small customers.

    Accounts are ranked by ``value``; the top ``cuts[0]`` of accounts (by head count)
    are VIP, the next ``cuts[1]`` important, the next ``cuts[2]`` ordinary key
    accounts, the rest small customers. An account at rank k of n belongs to the
    first tier whose cumulative cut is at least k / n, so with few accounts a top
    tier can be empty (1% of 50 accounts is half an account).

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table with ``account_id`` and the ``value`` column.
    value : str, default "revenue"
        Column ranking the accounts (yuan, >= 0, positive total).
    cuts : sequence of 4 floats, default (0.01, 0.04, 0.15, 0.80)
        Share of accounts in each tier, top first; each in (0, 1], adding up to 1.

    Returns
    -------
    CustomerPyramid
        ``accounts`` (ranked, with ``tier``) and ``summary`` (count and value share per tier).

    Raises
    ------
    TypeError
        If ``accounts`` is not a DataFrame, ``cuts`` is not a sequence of numbers, or
        the value column is not numeric.
    ValueError
        As :func:`pareto_table`; or if ``cuts`` does not have 4 positive shares adding up to 1.

    References
    ----------
    Chapter 4, C2: VIP about 1%, important about 4%, ordinary key accounts about 15%,
    small customers about 80% (客户金字塔).
    Zeithaml, V. A., Rust, R. T. & Lemon, K. N. (2001). The customer pyramid: creating and
    serving profitable customers. California Management Review, 43(4), 118-142.

    Examples
    --------
    >>> import pandas as pd
    >>> accounts = pd.DataFrame({"account_id": [f"A{i:03d}" for i in range(100)],
    ...                          "revenue": [1000 - i for i in range(100)]})
    >>> p = customer_pyramid(accounts)
    >>> p.summary[["tier", "count"]].to_dict("list")
    {'tier': ['vip', 'important', 'ordinary', 'small'], 'count': [1, 4, 15, 80]}
    """
    func = "customer_pyramid"
    cut_values = check_cuts(cuts, func)
    frame, codes = checked_accounts(accounts, func, [value] if isinstance(value, str) else [])
    values = money_column(frame, value, func)
    n = len(values)
    tier_index = _tier_positions(n, cut_values)
    tiers = pd.Categorical.from_codes(tier_index, categories=list(TIERS), ordered=True)
    table = _pareto_of(frame, values, value, extra={"tier": tiers}, id_codes=codes)
    counts = _tier_counts(n, cut_values)
    ranked = table[value].to_numpy()  # in rank order, so each tier is one slice
    starts = np.cumsum(counts) - counts
    tier_values = np.array([ranked[a : a + k].sum() for a, k in zip(starts, counts)])
    total = float(tier_values.sum())
    rows = [
        {
            "tier": code,
            "tier_zh": t(f"tier.{code}", "zh"),
            "tier_en": t(f"tier.{code}", "en"),
            "target_account_share": cut_values[i],
            "count": int(counts[i]),
            "account_share": float(counts[i]) / n,
            "value": float(tier_values[i]),
            "value_share": float(tier_values[i]) / total,
        }
        for i, code in enumerate(TIERS)
    ]
    return CustomerPyramid(accounts=table, summary=pd.DataFrame(rows), value=value)


def _pareto(accounts, value, func):
    """pareto_table with the caller's name in error messages."""
    frame, codes = checked_accounts(accounts, func, [value] if isinstance(value, str) else [])
    return _pareto_of(frame, money_column(frame, value, func), value, id_codes=codes)  # checked once, not again


def abc_classes(accounts: pd.DataFrame, *, value: str = "revenue", a: float = 0.80, b: float = 0.95) -> pd.DataFrame:
    """ABC classification by cumulative share of value.

    Accounts are ranked by ``value``. Class A is the smallest group of top accounts
    that together reach share ``a`` of the total (an account is A when the accounts
    ranked above it hold less than ``a``); class B continues up to ``b``; the rest are
    C. So A holds at least ``a`` of the value, and A + B at least ``b``.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table with ``account_id`` and the ``value`` column.
    value : str, default "revenue"
        Column to classify on (yuan, >= 0, positive total).
    a : float, default 0.80
        Cumulative value share closing class A, in (0, 1].
    b : float, default 0.95
        Cumulative value share closing class B, in [a, 1].

    Returns
    -------
    pandas.DataFrame
        The :func:`pareto_table` columns plus ``abc`` ("A", "B" or "C").

    Raises
    ------
    TypeError
        If ``accounts`` is not a DataFrame, or ``a`` / ``b`` are not numbers.
    ValueError
        As :func:`pareto_table`; or if ``a`` is not in (0, 1] or ``b`` not in [a, 1].

    References
    ----------
    Dickie, H. F. (1951). ABC inventory analysis shoots for dollars, not pennies.
    Factory Management and Maintenance, 109(7), 92-94. Chapter 4, C2 (80/20 rule).

    Examples
    --------
    >>> import pandas as pd
    >>> accounts = pd.DataFrame({"account_id": list("PQRST"), "revenue": [50, 30, 10, 5, 5]})
    >>> abc_classes(accounts)["abc"].tolist()
    ['A', 'A', 'B', 'B', 'C']
    """
    func = "abc_classes"
    a = check_fraction(a, "a", func, open_low=True)
    b = check_number(b, "b", func)
    if not a <= b <= 1:
        raise KamlabValueError(f"abc_classes: parameter 'b' = {b!r}; expected a share between a = {a!r} and 1.")
    table = _pareto(accounts, value, func)
    before = table["cum_value_share"].to_numpy() - table["value_share"].to_numpy()
    classes = np.where(before < a - 1e-12, "A", np.where(before < b - 1e-12, "B", "C"))
    return table.assign(abc=classes)


def dependence_flags(
    accounts: pd.DataFrame,
    *,
    value: str = "revenue",
    disclosure: float = 0.10,
    major: float = 0.50,
) -> pd.DataFrame:
    """Flag accounts whose share of sales creates a customer-dependence risk.

    Two reference lines from outside the chapter (defaults; both are parameters):

    * ``share >= disclosure`` (10%): the accounting standard IFRS 8 (para. 34; US GAAP
      ASC 280-10-50-42 likewise) asks an entity within its scope (publicly traded
      securities) to disclose that a single customer brings 10% or more of revenue,
      and the amount, though not the customer's name. IFRS 8 took effect in 2009.
    * ``share > major`` (50%): the CSRC's IPO-review guidance (发行类第5号 5-17)
      "generally considers" an issuer with more than half of its revenue or gross
      profit from one customer to depend heavily (重大依赖) on it. Lessons use it only
      as a teaching reference line.

    Case K1 (runaway horse): customer B's 3 million yuan were 13% of A's sales: above the first
    line, far below the second, yet losing B (with manager Lu) hurt badly.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table with ``account_id`` and the ``value`` column.
    value : str, default "revenue"
        Sales per account (yuan, >= 0, positive total).
    disclosure : float, default 0.10
        Share at or above which a customer is a disclosable major customer.
    major : float, default 0.50
        Share above which the company depends on the customer; >= ``disclosure``.

    Returns
    -------
    pandas.DataFrame
        All accounts, largest first: ``rank``, ``account_id``, ``value``, ``share``,
        ``disclosure`` (bool), ``major_dependence`` (bool).

    Raises
    ------
    TypeError
        If ``accounts`` is not a DataFrame or a threshold is not a number.
    ValueError
        As :func:`pareto_table`; or if a threshold is outside (0, 1] or
        ``major < disclosure``.

    References
    ----------
    IFRS 8 Operating Segments, para. 34 (10% single-customer disclosure);
    FASB ASC 280-10-50-42. China Securities Regulatory Commission,
    监管规则适用指引——发行类第5号, 5-17 客户集中 (single customer above 50%: 重大依赖).
    Chapter 4, case K1 (customer B = 13% of A's sales).

    Examples
    --------
    >>> import pandas as pd
    >>> k1 = pd.DataFrame({"account_id": ["B", "C", "D"],
    ...                    "revenue": [3_000_000.0, 10_000_000.0, 10_076_923.08]})
    >>> b = dependence_flags(k1).set_index("account_id").loc["B"]
    >>> round(float(b["share"]), 4), bool(b["disclosure"]), bool(b["major_dependence"])
    (0.13, True, False)
    """
    func = "dependence_flags"
    disclosure = check_fraction(disclosure, "disclosure", func, open_low=True)
    major = check_fraction(major, "major", func, open_low=True)
    if major < disclosure:
        raise KamlabValueError(
            f"{func}: parameter 'major' = {major!r} is below 'disclosure' = {disclosure!r}; "
            f"expected major >= disclosure."
        )
    table = _pareto(accounts, value, func)
    share = table["value_share"].to_numpy()
    return pd.DataFrame(
        {
            "rank": table["rank"],
            "account_id": table["account_id"],
            "value": table[value],
            "share": share,
            "disclosure": share >= disclosure - 1e-12,
            "major_dependence": share > major + 1e-12,
        }
    )


def pareto_pyramid_shares(cuts=CHAPTER_CUTS, *, top20_share: float = 0.8) -> pd.DataFrame:
    """Tier value shares implied by a Pareto distribution that obeys the 80/20 rule.

    For a Pareto (power-law) distribution with tail index alpha > 1, the top share p
    of accounts holds p^(1 - 1/alpha) of the value. Requiring the top 20% to hold
    ``top20_share`` fixes the exponent: 1 - 1/alpha = ln(top20_share) / ln(0.2);
    for 0.8 this gives alpha = log(5) / log(4) ~ 1.161. The tiers' shares are
    differences of that curve at the cumulative cuts. Compare them with
    :func:`customer_pyramid`'s ``summary`` on real data.

    Parameters
    ----------
    cuts : sequence of 4 floats, default (0.01, 0.04, 0.15, 0.80)
        Share of accounts per tier, top first, adding up to 1.
    top20_share : float, default 0.8
        Share of value held by the top 20% of accounts, in [0.2, 1) (0.2 = all equal).

    Returns
    -------
    pandas.DataFrame
        One row per tier: ``tier``, ``account_share``, ``cum_account_share``,
        ``cum_value_share``, ``value_share``; with ``alpha`` (the tail index, inf
        when all accounts are equal).

    Raises
    ------
    TypeError
        If ``cuts`` is not a sequence of numbers or ``top20_share`` not a number.
    ValueError
        If ``cuts`` is not 4 positive shares adding up to 1, or ``top20_share`` is
        outside [0.2, 1).

    References
    ----------
    Newman, M. E. J. (2005). Power laws, Pareto distributions and Zipf's law.
    Contemporary Physics, 46(5), 323-351 (top-share formula, eq. 28).
    Chapter 4, C2 (80/20 rule and 1/4/15/80 pyramid).

    Examples
    --------
    >>> shares = pareto_pyramid_shares()
    >>> shares["value_share"].round(3).tolist()
    [0.528, 0.132, 0.14, 0.2]
    >>> round(float(shares["alpha"].iloc[0]), 4)
    1.161
    """
    func = "pareto_pyramid_shares"
    cut_values = check_cuts(cuts, func)
    s = check_number(top20_share, "top20_share", func)
    if not 0.2 <= s < 1:
        raise KamlabValueError(
            f"{func}: parameter 'top20_share' = {s!r}; expected a share in [0.2, 1) "
            f"(the top 20% of accounts hold at least 20% of the value, and 1 would need an infinite tail)."
        )
    beta = math.log(s) / math.log(0.2)  # = 1 - 1/alpha
    alpha = math.inf if beta >= 1 - 1e-15 else 1.0 / (1.0 - beta)
    cum_accounts = np.cumsum(cut_values)
    cum_accounts[-1] = 1.0
    cum_value = cum_accounts**beta
    value_share = np.diff(np.concatenate([[0.0], cum_value]))
    return pd.DataFrame(
        {
            "tier": list(TIERS),
            "account_share": cut_values,
            "cum_account_share": cum_accounts,
            "cum_value_share": cum_value,
            "value_share": value_share,
            "alpha": alpha,
        }
    )
