"""Plots of the simulated accounts (the start-here lesson). Each takes ``ax`` and returns it."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._validate import check_numeric_column, require_frame
from ..i18n import resolve_lang, t
from ..models.start_here import AccountSelection, revenue_by_industry
from ..schema import TABLES, kind_of
from .style import setup_axes

__all__ = ["plot_top_accounts", "plot_revenue_by_industry", "plot_revenue_histogram"]

#: Size of a new figure of these plots (inches).
_FIGSIZE = (7, 4)


def _unit(column: str, lang: str) -> str:
    for c in TABLES["accounts"]:
        if c.name == column:
            return c.unit_zh if lang == "zh" else c.unit_en
    return ""


def _with_unit(label: str, unit: str, lang: str) -> str:
    if not unit:
        return label
    return f"{label}（{unit}）" if lang == "zh" else f"{label} ({unit})"


def _number_formatter(column: str):
    """Percent for shares and rates, thousands separators for everything else (no 1e6 offset)."""
    from matplotlib.ticker import FuncFormatter, PercentFormatter

    if kind_of("accounts", column) in ("share", "rate"):
        return PercentFormatter(1.0, decimals=0)
    return FuncFormatter(lambda x, _pos: f"{x:,.0f}")


def plot_top_accounts(selection: AccountSelection, *, ax=None, lang: str | None = None, **kwargs):
    """Horizontal bars of the selected top accounts, largest on top.

    Parameters
    ----------
    selection : AccountSelection
        Result of :func:`kamlab.models.start_here.select_accounts`.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new pyplot figure if None.
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).
    **kwargs
        Passed to ``ax.barh``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab import make_accounts
    >>> from kamlab.models.start_here import select_accounts
    >>> ax = plot_top_accounts(select_accounts(make_accounts(50, seed=1), n=5), lang="en")
    >>> len(ax.patches)
    5
    """
    ax, lang = setup_axes(ax, lang, "plot_top_accounts", _FIGSIZE)
    top = selection.top
    metric = t(f"col.{selection.by}", lang)
    unit = _unit(selection.by, lang)
    if top.empty:
        ax.text(0.5, 0.5, t("ui.no_accounts", lang), ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    names = top["name_zh" if lang == "zh" else "name_en"].astype(str).to_numpy()
    labels = [f"{r}. {nm}" for r, nm in zip(top["rank"], names)]
    y = np.arange(len(top))[::-1]
    style = {"color": "#2b6cb0"} | kwargs
    ax.barh(y, top[selection.by].to_numpy(dtype=float), **style)
    ax.set_yticks(y, labels, fontsize=8 if len(top) > 12 else 9)
    ax.set_xlabel(_with_unit(metric, unit, lang))
    ax.xaxis.set_major_formatter(_number_formatter(selection.by))
    ax.set_title(t("ui.top_accounts_title", lang, metric=metric, n=len(top)))
    ax.axvline(0, color="0.3", linewidth=0.8)
    return ax


def plot_revenue_by_industry(totals, *, ax=None, lang: str | None = None, **kwargs):
    """Bars of total revenue per industry, in 10,000 yuan (万元).

    Parameters
    ----------
    totals : pandas.Series or pandas.DataFrame
        Revenue by industry from :func:`kamlab.models.start_here.revenue_by_industry`, or an
        accounts table, whose totals that function computes.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new pyplot figure if None.
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.bar``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab import make_accounts
    >>> ax = plot_revenue_by_industry(make_accounts(100, seed=1), lang="zh")
    >>> ax.get_ylabel()
    '销售额（万元）'
    """
    func = "plot_revenue_by_industry"
    if not isinstance(totals, pd.Series):
        totals = revenue_by_industry(totals)
    ax, lang = setup_axes(ax, lang, func, _FIGSIZE)
    style = {"color": "#2f855a"} | kwargs
    ax.bar(range(len(totals)), totals.to_numpy(dtype=float) / 1e4, **style)
    ax.set_xticks(range(len(totals)), [t(f"industry.{c}", lang) for c in totals.index], rotation=30, ha="right")
    ax.set_ylabel(t("ui.revenue_10k", lang))
    ax.set_title(t("ui.revenue_by_industry", lang))
    return ax


def plot_revenue_histogram(accounts: pd.DataFrame, *, ax=None, lang: str | None = None, bins: int = 40, **kwargs):
    """Histogram of revenue per account on a log scale: a few large, many small.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table with ``revenue`` (yuan, >= 0); accounts without revenue are left out.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new pyplot figure if None.
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).
    bins : int, default 40
        Number of bins, equally wide on the log scale.
    **kwargs
        Passed to ``ax.hist``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab import make_accounts
    >>> ax = plot_revenue_histogram(make_accounts(100, seed=1), lang="en")
    >>> ax.get_xscale()
    'log'
    """
    lang = resolve_lang(lang, "plot_revenue_histogram")
    require_frame(accounts, "plot_revenue_histogram")
    check_numeric_column(accounts, "revenue", "plot_revenue_histogram", minimum=0)
    ax, lang = setup_axes(ax, lang, "plot_revenue_histogram", _FIGSIZE)
    revenue = accounts["revenue"].to_numpy(dtype=float)
    revenue = revenue[revenue > 0]
    edges = np.geomspace(revenue.min(), revenue.max(), bins + 1) if revenue.size else bins
    style = {"color": "#805ad5"} | kwargs
    ax.hist(revenue, bins=edges, **style)
    ax.set_xscale("log")
    ax.set_xlabel(t("ui.revenue_yuan_log", lang))
    ax.set_ylabel(t("ui.number_of_accounts", lang))
    ax.set_title(t("ui.revenue_histogram", lang))
    return ax
