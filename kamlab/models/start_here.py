"""Filtering and ranking accounts: the computations behind the start-here explorer."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .._validate import check_choice, check_int, check_numeric_column, check_sum, require_columns, require_frame
from ..schema import CATEGORIES

__all__ = ["SORTABLE", "AccountSelection", "filter_accounts", "top_accounts", "select_accounts", "revenue_by_industry"]

#: Numeric account columns the explorer can rank by.
SORTABLE = (
    "revenue",
    "gross_margin",
    "share_of_wallet",
    "category_spend",
    "growth_trend",
    "discounts_rebates",
    "sales_hours",
    "complaints",
)


def filter_accounts(accounts: pd.DataFrame, *, industry: str | None = None, region: str | None = None) -> pd.DataFrame:
    """The accounts of one industry and/or region (``None`` keeps all).

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table with ``industry`` and ``region``.
    industry, region : str, optional
        A category code (:data:`kamlab.schema.CATEGORIES`); None keeps all.

    Returns
    -------
    pandas.DataFrame
        The matching rows (a copy).

    Examples
    --------
    >>> from kamlab import make_accounts
    >>> acc = make_accounts(200, seed=1)
    >>> sub = filter_accounts(acc, industry="automotive", region="east")
    >>> set(sub.industry) <= {"automotive"}, set(sub.region) <= {"east"}
    (True, True)
    """
    func = "filter_accounts"
    require_frame(accounts, func)
    mask = pd.Series(True, index=accounts.index)
    for column, value in (("industry", industry), ("region", region)):
        if value is None:
            continue
        require_columns(accounts, [column], func)
        check_choice(value, column, func, CATEGORIES[column])
        mask &= accounts[column].astype("str") == value
    return accounts.loc[mask].copy()


def top_accounts(accounts: pd.DataFrame, *, by: str = "revenue", n: int = 10) -> pd.DataFrame:
    """The ``n`` accounts with the largest ``by``, ranked (ties keep table order).

    Parameters
    ----------
    accounts : pandas.DataFrame
    by : str, default "revenue"
        The numeric column to rank by (one of :data:`SORTABLE`).
    n : int, default 10
        How many accounts, at least 1.

    Returns
    -------
    pandas.DataFrame
        At most ``n`` rows, largest first, with a ``rank`` column (1 = largest) in front.

    Examples
    --------
    >>> from kamlab import make_accounts
    >>> top = top_accounts(make_accounts(100, seed=2), by="revenue", n=3)
    >>> list(top["rank"]), bool(top.revenue.is_monotonic_decreasing)
    ([1, 2, 3], True)
    """
    func = "top_accounts"
    require_frame(accounts, func)
    check_choice(by, "by", func, SORTABLE)
    n = check_int(n, "n", func, minimum=1)
    check_numeric_column(accounts, by, func)
    top = accounts.sort_values(by, ascending=False, kind="stable").head(n).copy()
    top.insert(0, "rank", range(1, len(top) + 1))
    return top


@dataclass(frozen=True)
class AccountSelection:
    """What the explorer shows: the top accounts of a filtered base, and its totals."""

    top: pd.DataFrame
    by: str
    n_selected: int
    revenue_selected: float
    revenue_share: float


def select_accounts(
    accounts: pd.DataFrame, *, industry: str | None = None, region: str | None = None, by: str = "revenue", n: int = 10
) -> AccountSelection:
    """Filter, rank and total in one step (the explorer's model).

    Parameters
    ----------
    accounts : pandas.DataFrame
    industry, region : str, optional
        As :func:`filter_accounts`.
    by, n
        As :func:`top_accounts`.

    Returns
    -------
    AccountSelection
        ``top`` (the ranked accounts), ``by``, ``n_selected``, ``revenue_selected`` and
        ``revenue_share`` (of all accounts' revenue; 0 when the total is 0).

    Examples
    --------
    >>> from kamlab import make_accounts
    >>> acc = make_accounts(300, seed=3)
    >>> sel = select_accounts(acc, industry="packaging_machinery", n=5)
    >>> sel.n_selected == int((acc.industry == "packaging_machinery").sum())
    True
    >>> 0 < sel.revenue_share < 1
    True
    """
    check_numeric_column(require_frame(accounts, "select_accounts"), "revenue", "select_accounts", minimum=0)
    check_sum(accounts["revenue"].to_numpy(dtype=float), "revenue", "select_accounts")
    chosen = filter_accounts(accounts, industry=industry, region=region)
    top = top_accounts(chosen, by=by, n=n)
    total = float(accounts["revenue"].sum())
    selected = float(chosen["revenue"].sum())
    return AccountSelection(top, by, len(chosen), selected, selected / total if total > 0 else 0.0)


def revenue_by_industry(accounts: pd.DataFrame) -> pd.Series:
    """Total revenue per industry (yuan), largest first: what :func:`kamlab.plots.plot_revenue_by_industry` draws.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table with ``industry`` and ``revenue`` (yuan, >= 0).

    Returns
    -------
    pandas.Series
        Revenue by industry code (every industry of the schema, 0 for an industry without
        accounts), sorted from the largest.

    Examples
    --------
    >>> from kamlab import make_accounts
    >>> totals = revenue_by_industry(make_accounts(100, seed=1))
    >>> bool(totals.is_monotonic_decreasing), round(float(totals.sum()) / float(make_accounts(100, seed=1)["revenue"].sum()), 6)
    (True, 1.0)
    """
    func = "revenue_by_industry"
    check_numeric_column(require_frame(accounts, func), "revenue", func, minimum=0)
    check_sum(accounts["revenue"].to_numpy(dtype=float), "revenue", func)
    require_columns(accounts, ["industry"], func)
    return accounts.groupby("industry", observed=False)["revenue"].sum().sort_values(ascending=False)
