"""Lesson 03 (the five misconceptions, M1-M5): plots of :mod:`kamlab.models.misconceptions`'s results.

Each takes a model's result and an optional ``ax`` and returns the Axes; :func:`plot_hidden` draws the
"predict first" panel the explorers show until the student reveals the simulation.
"""

from __future__ import annotations

import numpy as np

from ..analytics._common import STAGES
from ..errors import KamlabTypeError
from ..i18n import catalog, resolve_lang, t
from ..models.misconceptions import ConcessionCurve, PortfolioRisk, SegmentPnl, StagePaths, SupportValue
from .style import BLUE, FIGSIZE, GOLD, GREEN, GREY, RED, TEAL, message, require_result, setup_axes, split_axes

__all__ = [
    "plot_concession_curve",
    "plot_segment_pnl",
    "plot_stage_paths",
    "plot_portfolio_risk",
    "plot_support_value",
    "plot_hidden",
]


def plot_concession_curve(curve, *, prediction: float | None = None, ax=None, lang: str | None = None, **kwargs):
    """M1: volume gain and change in gross profit against the concession, best and break-even marked.

    Parameters
    ----------
    curve : ConcessionCurve
        Result of :func:`kamlab.models.misconceptions.concession_curve`.
    prediction : float, optional
        A concession to mark (the student's prediction).
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to the ``ax.plot`` of the profit line.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, M1. Blattberg & Deighton (1996), HBR 74(4).

    Examples
    --------
    >>> from kamlab.models.misconceptions import concession_curve
    >>> ax = plot_concession_curve(concession_curve(), lang="en")
    >>> ax.get_xlabel()
    'Concession (% of list-price sales)'
    """
    func = "plot_concession_curve"
    require_result(curve, ConcessionCurve, "curve", func)
    ax, lang = setup_axes(ax, lang, func)
    tab = curve.table
    x = tab["concession"].to_numpy() * 100
    style = {"color": RED, "linewidth": 2.2, "label": t("misconceptions.profit_line", lang)}
    style.update(kwargs)
    ax.plot(x, tab["profit_change"].to_numpy() * 100, **style)
    ax.plot(
        x,
        tab["volume_increase"].to_numpy() * 100,
        color=BLUE,
        linestyle="--",
        linewidth=1.5,
        label=t("misconceptions.volume_line", lang),
    )
    ax.axhline(0, color="black", linewidth=0.8)
    if curve.model.pays:
        ax.scatter(
            [curve.best_concession * 100],
            [curve.best_profit_gain * 100],
            color=RED,
            zorder=3,
            s=50,
            label=t("misconceptions.best_marker", lang, d=curve.best_concession),
        )
        ax.axvline(
            curve.breakeven_concession * 100,
            color=GREY,
            linestyle=":",
            linewidth=1.5,
            label=t("misconceptions.breakeven_marker", lang, d=curve.breakeven_concession),
        )
    if prediction is not None:
        ax.scatter(
            [prediction * 100],
            [curve.profit_change(prediction) * 100],
            marker="D",
            color=TEAL,
            zorder=4,
            s=45,
            label=t("misconceptions.prediction_marker", lang),
        )
    ax.set_xlim(0, x.max())
    low = max(float(tab["profit_change"].min()) * 100, -100.0)
    ax.set_ylim(low - 5, max(float(tab["volume_increase"].max()) * 100, 5.0) + 5)
    ax.set_xlabel(t("misconceptions.concession_axis", lang))
    ax.set_ylabel(t("misconceptions.profit_change_axis", lang))
    ax.set_title(t("misconceptions.concession_title", lang))
    ax.legend(loc="best", fontsize=8)
    return ax


def plot_segment_pnl(pnl, *, ax=None, lang: str | None = None, **kwargs):
    """M2: total profit of each plan, year by year, with each plan's SME profit dashed.

    Parameters
    ----------
    pnl : SegmentPnl
        Result of :func:`kamlab.models.misconceptions.segment_pnl`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to every ``ax.plot`` of a total-profit line.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, M2.

    Examples
    --------
    >>> from kamlab.models.misconceptions import segment_pnl
    >>> ax = plot_segment_pnl(segment_pnl(), lang="en")
    >>> ax.get_lines()[0].get_label()
    'Count on SMEs for profit: total profit'
    """
    func = "plot_segment_pnl"
    require_result(pnl, SegmentPnl, "pnl", func)
    ax, lang = setup_axes(ax, lang, func)
    colors = (GREY, RED, BLUE, GOLD)
    for k, plan in enumerate(pnl.summary.index.get_level_values("plan").unique()):
        part = pnl.summary.loc[plan]
        key = f"misconceptions.plan.{plan}"
        name = t(key, lang) if key in catalog() else str(plan)
        style = {
            "color": colors[k % len(colors)],
            "linewidth": 2.2,
            "marker": "o",
            "markersize": 4,
            "label": t("misconceptions.segment_line", lang, plan=name, segment=t("misconceptions.segment.total", lang)),
        }
        style.update(kwargs)
        ax.plot(part.index, part["profit"] / 1e4, **style)
        ax.plot(
            part.index,
            part["sme_profit"] / 1e4,
            color=colors[k % len(colors)],
            linestyle="--",
            linewidth=1.2,
            label=t("misconceptions.segment_line", lang, plan=name, segment=t("misconceptions.segment.sme", lang)),
        )
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xlabel(t("misconceptions.year_axis", lang))
    ax.set_ylabel(t("misconceptions.profit_axis_10k", lang))
    ax.set_title(t("misconceptions.segment_title", lang))
    ax.legend(fontsize=8, loc="best")
    return ax


def plot_stage_paths(paths, *, ax=None, lang: str | None = None, **kwargs):
    """M3: retention over the years (left) and the stage mix at the horizon (right), per chain.

    Parameters
    ----------
    paths : dict of str to StagePaths
        Results of :func:`kamlab.models.misconceptions.relationship_paths`, by a name
        (``traditional`` and ``dedicated`` get translated names).
    ax : matplotlib.axes.Axes or pair of Axes, optional
        The plot has two panels: an Axes whose place in its figure is split into the two,
        or the pair of Axes to draw on; a new pyplot figure if None.
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to every ``ax.plot`` of the left panel.

    Returns
    -------
    numpy.ndarray of two Axes

    References
    ----------
    McDonald, Millman & Rogers (1997) (stage names); Dwyer, Schurr & Oh (1987);
    Millman & Wilson (1995); Pfeifer & Carraway (2000). Chapter 4, M3.

    Examples
    --------
    >>> from kamlab.models.misconceptions import TRADITIONAL, relationship_paths
    >>> left, right = plot_stage_paths({"traditional": relationship_paths(TRADITIONAL)}, lang="en")
    >>> right.get_ylabel()
    'Share in each stage at the end (%)'
    """
    func = "plot_stage_paths"
    if not isinstance(paths, dict) or not paths:
        raise KamlabTypeError(f"{func}: parameter 'paths' must be a non-empty dict of name -> StagePaths.")
    for p in paths.values():
        require_result(p, StagePaths, "paths", func)
    lang = resolve_lang(lang, func)
    left, right = split_axes(ax, figsize=FIGSIZE["two_panels"])
    colors = (GREY, RED, BLUE, GOLD)
    states = STAGES + ("lost",)
    width = 0.8 / len(paths)
    for k, (name, p) in enumerate(paths.items()):
        key = f"misconceptions.chain.{name}"
        shown = t(key, lang) if key in catalog() else str(name)
        style = {"color": colors[k % len(colors)], "linewidth": 2, "marker": "o", "markersize": 3, "label": shown}
        style.update(kwargs)
        left.plot(p.table.index, p.table["retained"] * 100, **style)
        end = p.table.iloc[-1]
        xs = np.arange(len(states)) + (k - (len(paths) - 1) / 2) * width
        right.bar(xs, [end[s] * 100 for s in states], width=width, color=colors[k % len(colors)], label=shown)
    left.set_ylim(0, 105)
    left.set_xlabel(t("misconceptions.year_axis", lang))
    left.set_ylabel(t("misconceptions.retained_axis", lang))
    left.set_title(t("misconceptions.retained_title", lang))
    left.legend(fontsize=8)
    right.set_xticks(np.arange(len(states)))
    right.set_xticklabels([t(f"misconceptions.stage.{s}", lang) for s in states], rotation=30, ha="right", fontsize=8)
    right.set_ylabel(t("misconceptions.stage_share_axis", lang))
    right.set_title(t("misconceptions.stage_title", lang))
    right.legend(fontsize=8)
    return np.array([left, right])


def plot_portfolio_risk(risks, *, ax=None, lang: str | None = None, **kwargs):
    """M4: distribution of next year's revenue change (whole %), per strategy, with the large-drop line.

    Parameters
    ----------
    risks : sequence of PortfolioRisk
        Results of :func:`kamlab.models.misconceptions.portfolio_risk` (e.g. keep and clear).
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to every ``ax.bar``.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, M4. Hirschman (1964).

    Examples
    --------
    >>> from kamlab.models.misconceptions import portfolio_risk
    >>> ax = plot_portfolio_risk([portfolio_risk("keep", simulations=200)], lang="en")
    >>> ax.get_xlabel()
    "Change in next year's revenue (%)"
    """
    func = "plot_portfolio_risk"
    risks = list(risks)
    if not risks:
        raise KamlabTypeError(f"{func}: parameter 'risks' must hold at least one PortfolioRisk.")
    for r in risks:
        require_result(r, PortfolioRisk, "risks", func)
    ax, lang = setup_axes(ax, lang, func)
    colors = {"keep": BLUE, "clear": RED}
    width = 1.6 / len(risks)
    for k, r in enumerate(risks):  # bars at whole percentages, side by side
        change = np.round(r.simulations["revenue_change"].to_numpy() * 100)
        values, counts = np.unique(change, return_counts=True)
        offset = (k - (len(risks) - 1) / 2) * width
        style = {
            "width": width,
            "color": colors.get(r.strategy, GREY),
            "alpha": 0.85,
            "label": t(
                "misconceptions.strategy_line", lang, name=t(f"misconceptions.strategy.{r.strategy}", lang), hhi=r.hhi
            ),
        }
        style.update(kwargs)
        ax.bar(values + offset, 100.0 * counts / change.size, **style)
    thr = risks[0].drop_threshold
    ax.axvline(
        -thr * 100, color="black", linestyle=":", linewidth=1.5, label=t("misconceptions.drop_line", lang, thr=thr)
    )
    ax.set_xlim(-100, 3)
    ax.set_xlabel(t("misconceptions.revenue_change_axis", lang))
    ax.set_ylabel(t("misconceptions.frequency_axis", lang))
    ax.set_title(t("misconceptions.portfolio_title", lang))
    ax.legend(fontsize=8, loc="upper left")
    return ax


def plot_support_value(value, *, ax=None, lang: str | None = None, **kwargs):
    """M5: cumulative discounted account value, with and without support.

    Parameters
    ----------
    value : SupportValue
        Result of :func:`kamlab.models.misconceptions.support_value`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to every ``ax.plot``.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, M5 (the sell-through -> reorder link is kamlab's assumption).

    Examples
    --------
    >>> from kamlab.models.misconceptions import support_value
    >>> ax = plot_support_value(support_value(), lang="en")
    >>> [line.get_label() for line in ax.get_lines()[:2]]
    ['Without support', 'With support']
    """
    func = "plot_support_value"
    require_result(value, SupportValue, "value", func)
    ax, lang = setup_axes(ax, lang, func)
    for case, color in (("without", GREY), ("with", GREEN)):
        part = value.table[value.table["case"] == case]
        style = {
            "color": color,
            "linewidth": 2.2,
            "marker": "o",
            "markersize": 3,
            "label": t(f"misconceptions.case.{case}", lang),
        }
        style.update(kwargs)
        ax.plot(part["year"], part["cum_discounted_profit"] / 1e4, **style)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xlim(0, value.horizon_years)
    ax.set_xlabel(t("misconceptions.year_axis", lang))
    ax.set_ylabel(t("misconceptions.value_axis", lang))
    ax.set_title(t("misconceptions.support_title", lang))
    ax.legend(fontsize=9, loc="upper left")
    return ax


def plot_hidden(*, ax=None, lang: str | None = None):
    """The panel an explorer of lesson 03 shows until the simulation is revealed: "predict first".

    Parameters
    ----------
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new pyplot figure if None.
    lang : {"zh", "en"}, optional

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> ax = plot_hidden(lang="en")
    >>> ax.get_xticks().size, ax.texts[0].get_text() != ""
    (0, True)
    """
    ax, lang = setup_axes(ax, lang, "plot_hidden")
    return message(ax, t("misconceptions.hidden", lang), color=TEAL, fontsize=13, box=True)
