"""Lesson 02 (why KAM matters, I1-I4): plots of :mod:`kamlab.models.why_kam`'s results.

Each takes a model's result and an optional ``ax`` (a new pyplot figure if None) and returns the Axes.
"""

from __future__ import annotations

import numpy as np

from ..i18n import catalog, t
from ..models.why_kam import (
    BreakevenScenario,
    ClvScenario,
    EffortComparison,
    RetentionCurves,
    clv_multiple_curve,
    even_focus_share,
)
from .analytics import plot_margin_multiple
from .style import BLUE, DARK_RED, GOLD, GREEN, GREY, PALE_GREY, RED, TEAL, require_result, setup_axes, split_axes

__all__ = [
    "plot_focus_curve",
    "plot_clv_scenario",
    "plot_survival",
    "plot_repeat_purchases",
    "plot_retention",
    "plot_breakeven_map",
]

_POLICY_COLORS = {"none": GREY, "even": BLUE, "focused": RED}
_GROUP_COLORS = (RED, BLUE, GOLD, GREEN)


def plot_focus_curve(curve, comparison, *, ax=None, lang: str | None = None, **kwargs):
    """Extra profit (yearly and lifetime) against the share of the budget on strategic accounts.

    Parameters
    ----------
    curve : pandas.DataFrame
        Result of :func:`kamlab.models.why_kam.focus_curve`.
    comparison : EffortComparison
        Result of :func:`kamlab.models.why_kam.compare_effort_policies` with the same
        accounts and parameters: gives the reference (no extra effort) and the points
        of the even spread and of the current focus.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to the ``ax.plot`` of the lifetime-profit line.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, I1.

    Examples
    --------
    >>> import kamlab
    >>> from kamlab.models.why_kam import compare_effort_policies, focus_curve
    >>> a = kamlab.make_accounts(200, seed=1)
    >>> ax = plot_focus_curve(focus_curve(a, budget_hours=2000, points=5),
    ...                       compare_effort_policies(a, budget_hours=2000), lang="en")
    >>> ax.get_xlabel()
    'Share of the budget on strategic accounts (%)'
    """
    func = "plot_focus_curve"
    require_result(comparison, EffortComparison, "comparison", func)
    ax, lang = setup_axes(ax, lang, func)
    base = comparison.summary.loc["none"]
    x = curve["focus_share"].to_numpy(dtype=float) * 100
    style = {"color": _POLICY_COLORS["focused"], "linewidth": 2, "label": t("why_kam.gain_lifetime", lang)}
    style.update(kwargs)
    ax.plot(x, (curve["lifetime_profit"].to_numpy() - base["lifetime_profit"]) / 1e4, **style)
    ax.plot(
        x,
        (curve["profit"].to_numpy() - base["profit"]) / 1e4,
        color=_POLICY_COLORS["focused"],
        linestyle="--",
        linewidth=1.5,
        label=t("why_kam.gain_yearly", lang),
    )
    strategic = even_focus_share(comparison)
    for policy, xpos, marker, key in (
        ("even", strategic, "o", "why_kam.even_marker"),
        ("focused", comparison.focus_share, "D", "why_kam.current_marker"),
    ):
        row = comparison.summary.loc[policy]
        ax.scatter(
            [xpos * 100] * 2,
            [(row["lifetime_profit"] - base["lifetime_profit"]) / 1e4, (row["profit"] - base["profit"]) / 1e4],
            color=_POLICY_COLORS[policy],
            marker=marker,
            zorder=3,
            s=45,
            label=t(key, lang),
        )
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xlim(0, 100)
    ax.set_xlabel(t("why_kam.focus_axis", lang))
    ax.set_ylabel(t("why_kam.gain_axis", lang))
    ax.set_title(t("why_kam.effort_title", lang))
    ax.legend(loc="best", fontsize=9)
    return ax


def plot_clv_scenario(scenario, *, ax=None, lang: str | None = None, **kwargs):
    """Margin multiple against retention for the scenario's discount rate and growth, the scenario marked.

    Where the infinite sum diverges (r(1 + g) >= 1 + i) no curve is drawn; if the
    scenario itself diverges, the plot says why instead of marking a point.

    Parameters
    ----------
    scenario : ClvScenario
        Result of :func:`kamlab.models.why_kam.clv_scenario`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to :func:`kamlab.plots.plot_margin_multiple`.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Gupta, S. & Lehmann, D. R. (2005). Managing Customers as Investments. Chapter 4, I2.

    Examples
    --------
    >>> from kamlab.models.why_kam import clv_scenario
    >>> ax = plot_clv_scenario(clv_scenario(10_000, 0.8, 0.12), lang="en")
    >>> ax.get_ylabel()
    'Margin multiple (CLV / yearly margin)'
    """
    func = "plot_clv_scenario"
    require_result(scenario, ClvScenario, "scenario", func)
    ax, lang = setup_axes(ax, lang, func)
    table = clv_multiple_curve(scenario)
    plot_margin_multiple(table, ax=ax, lang=lang, **kwargs)
    finite = table.iloc[:, 0].dropna()
    top = float(finite.max()) if len(finite) else 1.0
    if scenario.converges:
        top = max(top, scenario.margin_multiple)
        ax.scatter(
            [scenario.retention * 100],
            [scenario.margin_multiple],
            color=RED,
            zorder=3,
            s=50,
            label=t("why_kam.clv_point", lang, multiple=scenario.margin_multiple),
        )
        ax.legend(loc="upper left")
    else:
        ax.text(
            0.03,
            0.75,
            t("why_kam.clv_diverges_short", lang),
            transform=ax.transAxes,
            fontsize=10,
            color=DARK_RED,
            bbox={"facecolor": "white", "edgecolor": DARK_RED},
        )
    ax.set_xlim(0, 100)
    ax.set_ylim(0, min(top * 1.1, 60) if top > 0 else 1)
    return ax


def plot_survival(curves, *, ax=None, lang: str | None = None, **kwargs):
    """Share of each group's accounts still buying, year by year (r^t, %).

    Parameters
    ----------
    curves : RetentionCurves
        Result of :func:`kamlab.models.why_kam.retention_curves`. Groups named ``loyal``
        and ``transactional`` get translated names.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to every ``ax.plot`` call.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Reichheld & Sasser (1990). Zero defections. HBR 68(5). Chapter 4, I3.

    Examples
    --------
    >>> from kamlab.models.why_kam import retention_curves
    >>> ax = plot_survival(retention_curves(), lang="en")
    >>> [line.get_label() for line in ax.get_lines()]
    ['Loyal accounts (retention 90%)', 'Transactional accounts (retention 60%)']
    """
    return _plot_groups(
        curves,
        "survival",
        100.0,
        "why_kam.survival_axis",
        "why_kam.survival_title",
        ax,
        lang,
        "plot_survival",
        kwargs,
    )


def plot_repeat_purchases(curves, *, ax=None, lang: str | None = None, **kwargs):
    """Cumulative expected repeat purchases per account, year by year.

    Parameters
    ----------
    curves : RetentionCurves
        Result of :func:`kamlab.models.why_kam.retention_curves`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to every ``ax.plot`` call.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, I3.

    Examples
    --------
    >>> from kamlab.models.why_kam import retention_curves
    >>> ax = plot_repeat_purchases(retention_curves(), lang="en")
    >>> ax.get_ylabel()
    'Cumulative repeat purchases (per account)'
    """
    return _plot_groups(
        curves,
        "cum_repeat_purchases",
        1.0,
        "why_kam.repeat_axis",
        "why_kam.repeat_title",
        ax,
        lang,
        "plot_repeat_purchases",
        kwargs,
    )


def _plot_groups(curves, column, scale, ylabel, title, ax, lang, func, kwargs):
    require_result(curves, RetentionCurves, "curves", func)
    ax, lang = setup_axes(ax, lang, func)
    for k, (name, part) in enumerate(curves.table.groupby("group", sort=False)):
        label_key = f"why_kam.group.{name}"
        shown = t(label_key, lang) if label_key in catalog() else str(name)
        r = float(curves.summary.loc[name, "retention"])
        style = {
            "color": _GROUP_COLORS[k % len(_GROUP_COLORS)],
            "linewidth": 2,
            "marker": "o",
            "markersize": 3,
            "label": t("why_kam.group_line", lang, name=shown, r=r),
        }
        style.update(kwargs)
        ax.plot(part["year"], part[column] * scale, **style)
    ax.set_xlim(0, curves.horizon_years)
    ax.set_ylim(bottom=0)
    ax.set_xlabel(t("why_kam.year_axis", lang))
    ax.set_ylabel(t(ylabel, lang))
    ax.set_title(t(title, lang))
    ax.legend(fontsize=9)
    return ax


def plot_retention(curves, *, ax=None, lang: str | None = None, **kwargs):
    """Two panels: :func:`plot_survival` (left) and :func:`plot_repeat_purchases` (right).

    Parameters
    ----------
    curves : RetentionCurves
        Result of :func:`kamlab.models.why_kam.retention_curves`.
    ax : matplotlib.axes.Axes or pair of Axes, optional
        An Axes whose place in its figure is split into the two panels, or the two Axes to
        draw on; a new pyplot figure if None.
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to every ``ax.plot`` call of both panels.

    Returns
    -------
    tuple of matplotlib.axes.Axes
        The left and the right panel.

    References
    ----------
    Chapter 4, I3.

    Examples
    --------
    >>> from kamlab.models.why_kam import retention_curves
    >>> left, right = plot_retention(retention_curves(), lang="en")
    >>> right.get_ylabel()
    'Cumulative repeat purchases (per account)'
    """
    require_result(curves, RetentionCurves, "curves", "plot_retention")
    left, right = split_axes(ax, figsize=(10, 4.2))
    plot_survival(curves, ax=left, lang=lang, **kwargs)
    plot_repeat_purchases(curves, ax=right, lang=lang, **kwargs)
    return left, right


def plot_breakeven_map(scenario, *, ax=None, lang: str | None = None, cap: float = 3.0, **kwargs):
    """Heat map of the volume increase a discount needs, with the no-compensation line.

    Colour: the required increase d / (m - d) in % (shown up to ``cap``); grey
    hatching where the discount reaches the margin and no volume compensates; the
    line d = m; contour lines at +33%, +100% and +200%; the scenario marked.

    Parameters
    ----------
    scenario : BreakevenScenario
        Result of :func:`kamlab.models.why_kam.breakeven_scenario`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    cap : float, default 3.0
        Highest increase shown in colour (3.0 = 300%).
    **kwargs
        Passed to ``ax.pcolormesh``.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, I4 (20% margin, 5% discount -> +33% volume).

    Examples
    --------
    >>> from kamlab.models.why_kam import breakeven_scenario
    >>> ax = plot_breakeven_map(breakeven_scenario(0.20, 0.05), lang="en")
    >>> ax.get_ylabel()
    'Gross margin (%)'
    """
    func = "plot_breakeven_map"
    require_result(scenario, BreakevenScenario, "scenario", func)
    ax, lang = setup_axes(ax, lang, func)
    table = scenario.table
    d = np.asarray(table.columns, dtype=float) * 100
    m = np.asarray(table.index, dtype=float) * 100
    values = table.to_numpy(dtype=float)
    style = {"cmap": "YlOrRd", "vmin": 0, "vmax": cap * 100, "shading": "nearest"}
    style.update(kwargs)
    ax.set_facecolor(PALE_GREY)
    shown = np.where(np.isnan(values), cap, np.minimum(values, cap)) * 100  # NaN cells lie under the hatching
    mesh = ax.pcolormesh(d, m, shown, **style)
    ax.figure.colorbar(mesh, ax=ax, label=t("why_kam.colorbar", lang))
    dd, mm = np.meshgrid(d, m)
    contours = ax.contour(
        dd, mm, np.ma.masked_invalid(values * 100), levels=[100 / 3, 100, 200], colors="#333333", linewidths=0.8
    )
    ax.clabel(contours, fmt=lambda v: f"+{v:.0f}%", fontsize=8)
    x0, x1, y0, y1 = d.min() - 0.5, d.max() + 0.5, m.min() - 0.5, m.max() + 0.5
    xs = np.linspace(max(x0, y0), x1, 50)  # the region discount >= margin: no volume compensates
    ax.fill_between(xs, y0, np.minimum(xs, y1), facecolor=PALE_GREY, edgecolor=GREY, hatch="//", linewidth=0, zorder=2)
    edge = np.linspace(max(x0, y0), min(x1, y1), 2)
    ax.plot(edge, edge, color="black", linewidth=2, zorder=3, label=t("why_kam.no_compensation_line", lang))
    px, py = scenario.discount * 100, scenario.gross_margin * 100
    text = (
        t("why_kam.breakeven_point", lang, x=scenario.volume_increase)
        if scenario.compensable
        else t("why_kam.breakeven_point_none", lang)
    )
    ax.scatter([px], [py], color=TEAL, edgecolor="white", s=80, zorder=4)
    ax.annotate(
        text,
        (px, py),
        xytext=(6, 6),
        textcoords="offset points",
        fontsize=10,
        color=TEAL,
        bbox={"facecolor": "white", "alpha": 0.8, "edgecolor": "none"},
    )
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_xlabel(t("analytics.discount_pct", lang))
    ax.set_ylabel(t("why_kam.margin_axis", lang))
    ax.set_title(t("why_kam.breakeven_map_title", lang))
    ax.legend(loc="upper left", fontsize=8)
    return ax
