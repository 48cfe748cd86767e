"""Plots of the analytics core's results, labelled in Chinese or English.

Each function takes the result of a compute function, draws it on ``ax`` (a new
figure if None), labels the axes with units, and returns the Axes. Language:
``lang=None`` means the current language (:func:`kamlab.i18n.get_lang`). Keyword
arguments override the defaults of the main drawing call. matplotlib is imported
only when a plot is drawn; nothing here calls ``plt.show()`` or changes rcParams.
"""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd

from .._validate import check_fraction, check_number, check_size, require_columns, require_frame
from ..analytics._common import TIERS
from ..analytics.portfolio import QUADRANTS
from ..analytics.profitability import WhaleCurve
from ..analytics.scoring import SCORING_CRITERIA
from ..analytics.segmentation import CustomerPyramid
from ..errors import KamlabTypeError
from ..i18n import catalog, t
from .style import BLUE, DARK_RED, GOLD, GREEN, GREY, LIGHT_GREY, RED, TEAL, setup_axes

#: Most accounts a bar chart of :func:`plot_dependence` or :func:`plot_attractiveness` shows.
MAX_TOP = 1_000

__all__ = [
    "plot_pareto",
    "plot_lorenz",
    "plot_pyramid",
    "plot_dependence",
    "plot_attractiveness",
    "plot_portfolio",
    "plot_whale_curve",
    "plot_profit_by_tier",
    "plot_unused_capacity",
    "plot_breakeven",
    "plot_margin_multiple",
    "plot_clv_elasticities",
]

_COLORS = {
    "vip": DARK_RED,
    "important": RED,
    "ordinary": GOLD,
    "small": GREEN,
    "A": RED,
    "B": GOLD,
    "C": GREEN,
    "strategic": RED,
    "star": GOLD,
    "status": TEAL,
    "streamline": GREY,
}
_CRITERION_COLORS = (TEAL, RED, GOLD, GREY, BLUE)


def _frame(data, func, name, columns):
    frame = require_frame(data, func, name)
    require_columns(frame, columns, func)
    return frame


def plot_pareto(table: pd.DataFrame, *, ax=None, lang: str | None = None, **kwargs):
    """Pareto curve: cumulative share of value against cumulative share of accounts.

    Parameters
    ----------
    table : pandas.DataFrame
        Result of :func:`pareto_table` or :func:`abc_classes` (then the points are
        coloured by class).
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.plot`` for the curve.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, C2 (80/20 rule).

    Examples
    --------
    >>> import pandas as pd
    >>> from kamlab.analytics import pareto_table
    >>> accounts = pd.DataFrame({"account_id": list("ABCDE"), "revenue": [80, 8, 6, 4, 2]})
    >>> ax = plot_pareto(pareto_table(accounts), lang="en")
    >>> ax.get_xlabel()
    'Cumulative share of accounts (%)'
    """
    func = "plot_pareto"
    frame = _frame(table, func, "table", ["cum_account_share", "cum_value_share"])
    ax, lang = setup_axes(ax, lang, func)
    x = np.concatenate([[0.0], frame["cum_account_share"].to_numpy(dtype=float)]) * 100
    y = np.concatenate([[0.0], frame["cum_value_share"].to_numpy(dtype=float)]) * 100
    style = {"color": BLUE, "linewidth": 2}
    style.update(kwargs)
    ax.plot(x, y, **style)
    if "abc" in frame.columns:
        for cls in ("A", "B", "C"):
            mask = (frame["abc"] == cls).to_numpy()
            if mask.any():
                ax.scatter(x[1:][mask], y[1:][mask], s=12, color=_COLORS[cls], label=t(f"abc.{cls}", lang), zorder=3)
    ax.plot([0, 100], [0, 100], color="grey", linestyle=":", linewidth=1, label=t("analytics.equality_line", lang))
    ax.axvline(20, color="grey", linestyle="--", linewidth=0.8)
    ax.axhline(80, color="grey", linestyle="--", linewidth=0.8, label=t("analytics.rule_80_20", lang))
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.set_xlabel(t("analytics.cum_account_share_pct", lang))
    ax.set_ylabel(t("analytics.cum_value_share_pct", lang))
    ax.set_title(t("analytics.pareto_title", lang))
    ax.legend(loc="lower right")
    return ax


def plot_lorenz(curve: pd.DataFrame, *, gini: float | None = None, ax=None, lang: str | None = None, **kwargs):
    """Lorenz curve with the line of perfect equality; optionally the Gini in a note.

    Parameters
    ----------
    curve : pandas.DataFrame
        Result of :func:`lorenz_curve`.
    gini : float, optional
        Value of :func:`gini` to print on the plot, in [0, 1].
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.plot`` for the curve.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Lorenz, M. O. (1905). Methods of measuring the concentration of wealth. JASA, 9(70), 209-219.

    Examples
    --------
    >>> from kamlab.analytics import lorenz_curve, gini
    >>> values = [1, 2, 3, 10]
    >>> ax = plot_lorenz(lorenz_curve(values), gini=gini(values), lang="en")
    >>> ax.get_title()
    'Lorenz curve'
    """
    func = "plot_lorenz"
    frame = _frame(curve, func, "curve", ["account_share", "value_share"])
    gini = None if gini is None else check_fraction(gini, "gini", func)
    ax, lang = setup_axes(ax, lang, func)
    x = frame["account_share"].to_numpy(dtype=float) * 100
    y = frame["value_share"].to_numpy(dtype=float) * 100
    style = {"color": RED, "linewidth": 2, "label": t("analytics.lorenz_title", lang)}
    style.update(kwargs)
    ax.plot(x, y, **style)
    ax.fill_between(x, y, x, color=RED, alpha=0.12)
    ax.plot([0, 100], [0, 100], color="grey", linestyle=":", label=t("analytics.equality_line", lang))
    if gini is not None:
        ax.text(5, 85, t("analytics.gini_note", lang, gini=float(gini)), fontsize=11)
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.set_xlabel(t("analytics.lorenz_cum_accounts_pct", lang))
    ax.set_ylabel(t("analytics.cum_value_share_pct", lang))
    ax.set_title(t("analytics.lorenz_title", lang))
    ax.legend(loc="upper left", bbox_to_anchor=(0, 0.8))
    return ax


def plot_pyramid(
    pyramid: CustomerPyramid, *, expected: pd.DataFrame | None = None, ax=None, lang: str | None = None, **kwargs
):
    """The customer pyramid: each tier's share of accounts and of value, top tier on top.

    Parameters
    ----------
    pyramid : CustomerPyramid
        Result of :func:`customer_pyramid`.
    expected : pandas.DataFrame, optional
        Result of :func:`pareto_pyramid_shares`, drawn as markers to compare.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.barh`` for the value-share bars.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, C2 (VIP 1%, important 4%, ordinary key accounts 15%, small 80%).

    Examples
    --------
    >>> import pandas as pd
    >>> from kamlab.analytics import customer_pyramid, pareto_pyramid_shares
    >>> accounts = pd.DataFrame({"account_id": range(100), "revenue": [1.0 / (k + 1) for k in range(100)]})
    >>> ax = plot_pyramid(customer_pyramid(accounts), expected=pareto_pyramid_shares(), lang="en")
    >>> [label.get_text() for label in ax.get_yticklabels()]
    ['VIP', 'Important', 'Ordinary key account', 'Small customer']
    """
    func = "plot_pyramid"
    if not isinstance(pyramid, CustomerPyramid):
        raise KamlabTypeError(
            f"{func}: parameter 'pyramid' must be a CustomerPyramid (from customer_pyramid), "
            f"got {type(pyramid).__name__}."
        )
    ax, lang = setup_axes(ax, lang, func)
    summary = pyramid.summary.set_index("tier").reindex(list(TIERS))
    pos = np.arange(len(TIERS))[::-1]  # VIP on top
    height = 0.38
    account_share = summary["account_share"].to_numpy(dtype=float) * 100
    _barh(
        ax,
        pos + height / 2,
        account_share,
        height=height,
        color=LIGHT_GREY,
        label=t("analytics.account_share_pct", lang),
    )
    style = {"color": [_COLORS[c] for c in TIERS], "label": t("analytics.value_share_pct", lang)}
    value_share = summary["value_share"].to_numpy(dtype=float) * 100
    if kwargs:
        ax.barh(pos - height / 2, value_share, height=height, **{**style, **kwargs})
    else:
        _barh(ax, pos - height / 2, value_share, height=height, **style)
    for p, v in zip(pos, summary["value_share"]):
        ax.text(v * 100 + 1, p - height / 2, f"{v:.0%}", va="center", fontsize=9)
    if expected is not None:
        exp = _frame(expected, func, "expected", ["tier", "value_share"]).set_index("tier").reindex(list(TIERS))
        ax.scatter(
            exp["value_share"] * 100,
            pos - height / 2,
            marker="D",
            color="black",
            zorder=3,
            label=t("analytics.pareto_implied", lang),
        )
    ax.set_yticks(pos, [t(f"tier.{c}", lang) for c in TIERS])
    ax.set_xlim(0, 105)
    ax.set_xlabel(t("analytics.value_share_pct", lang) + " / " + t("analytics.account_share_pct", lang))
    ax.set_title(t("analytics.pyramid_title", lang))
    ax.legend(loc="lower right", fontsize=8)
    return ax


def plot_dependence(flags: pd.DataFrame, *, top: int = 10, ax=None, lang: str | None = None, **kwargs):
    """The largest accounts' shares of sales against the 10% and 50% lines.

    Parameters
    ----------
    flags : pandas.DataFrame
        Result of :func:`dependence_flags`.
    top : int, default 10
        Number of accounts shown, 0 to :data:`MAX_TOP` (1,000).
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.bar``.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    IFRS 8.34 (10% customer); CSRC 监管规则适用指引——发行类第5号 5-17 (50%). Chapter 4, case K1.

    Examples
    --------
    >>> import pandas as pd
    >>> from kamlab.analytics import dependence_flags
    >>> k1 = pd.DataFrame({"account_id": ["B", "C", "D"], "revenue": [3.0, 10.0, 10.08]})
    >>> ax = plot_dependence(dependence_flags(k1), lang="en")
    >>> ax.get_ylabel()
    'Share of total sales (%)'
    """
    func = "plot_dependence"
    frame = _frame(flags, func, "flags", ["account_id", "share", "disclosure", "major_dependence"])
    ax, lang = setup_axes(ax, lang, func)
    part = frame.head(check_size(top, "top", func, minimum=0, maximum=MAX_TOP))
    colors = np.where(part["major_dependence"], DARK_RED, np.where(part["disclosure"], RED, GREY))
    style = {"color": list(colors)}
    style.update(kwargs)
    ax.bar(part["account_id"].astype(str), part["share"] * 100, **style)
    ax.axhline(10, color=RED, linestyle="--", label=t("analytics.disclosure_line", lang))
    ax.axhline(50, color=DARK_RED, linestyle="--", label=t("analytics.major_line", lang))
    ax.set_ylim(0, max(55.0, float(part["share"].max()) * 105))
    ax.set_xlabel(t("col.account_id", lang))
    ax.set_ylabel(t("analytics.share_of_sales_pct", lang))
    ax.set_title(t("analytics.dependence_title", lang))
    ax.tick_params(axis="x", labelrotation=45)
    ax.legend(loc="upper right")
    return ax


def _barh(ax, pos, width, left=0.0, *, height=0.8, color, label):
    """``ax.barh(pos, width, left=left, height=height, color=color, label=label)``, the same bars, sooner.

    ``barh`` updates the axes' data limits once per bar, through the bar's transforms (used by
    :func:`plot_pyramid`; :func:`plot_attractiveness` uses :func:`_barh_collection`). These are the same
    ``Rectangle``s, with the same properties (``color`` one colour or one per bar, as in
    ``barh``), in the same ``BarContainer``, listed in ``ax.patches``; the data limits are
    updated once with the bars' corners. ``tests/plots/test_analytics.py`` checks the PNGs are
    byte-identical to ``barh``'s.
    """
    from matplotlib.colors import to_rgba_array
    from matplotlib.container import BarContainer
    from matplotlib.patches import Rectangle

    arrays = (np.atleast_1d(np.asarray(a, dtype=float)) for a in (pos, width, left, height))
    pos, width, left, height = np.broadcast_arrays(*arrays)
    bottom = pos - height / 2
    colors = itertools.cycle(to_rgba_array(color))
    bars = []
    for x, y, w, h, c in zip(left, bottom, width, height, colors):
        bar = Rectangle(xy=(x, y), width=w, height=h, facecolor=tuple(c), edgecolor=None, label="_nolegend_")
        bar.get_path()._interpolation_steps = 100
        bar.sticky_edges.x.append(x)
        ax.add_artist(bar)  # a Patch: in ax.patches, clipped to the axes, as add_patch does
        bars.append(bar)
    if bars:
        corners = np.concatenate([np.column_stack([left, bottom]), np.column_stack([left + width, bottom + height])])
        ax.update_datalim(corners)
    ax.autoscale_view()
    ax.add_container(BarContainer(bars, None, datavalues=width, orientation="horizontal", label=label))


def _barh_collection(ax, pos, width, left, *, height=0.8, color, label, autoscale=True):
    """One colour's horizontal bars as ONE ``PolyCollection``: what ``ax.barh`` draws, in one draw call.

    ``barh`` adds one ``Rectangle`` per bar and the renderer draws each with its own call (most of
    the scoring explorer's drawing time: 100 bars per update). Here bar ``i`` is the rectangle
    ``[left[i], left[i] + width[i]] x [pos[i] - height / 2, pos[i] + height / 2]``, all in one
    collection with ``barh``'s fill (one face colour, no edge), the bars' left ends as sticky
    x-edges and the data limits updated once with the bars' corners (``autoscale=False``: the
    caller rescales the view once after its last call). The collection carries ``label``, so a
    legend shows one patch of ``color`` for it (matplotlib's ``HandlerPolyCollection``). Returns
    the collection.
    """
    from matplotlib.collections import PolyCollection

    pos, width, left = np.broadcast_arrays(*(np.atleast_1d(np.asarray(a, dtype=float)) for a in (pos, width, left)))
    bottom, top, right = pos - height / 2, pos + height / 2, left + width
    verts = np.stack(
        [np.column_stack(corner) for corner in ((left, bottom), (left, top), (right, top), (right, bottom))], axis=1
    )
    bars = PolyCollection(verts, closed=True, facecolors=color, edgecolors="none", linewidths=0, label=label)
    bars.sticky_edges.x.extend(left.tolist())
    ax.add_collection(bars, autolim=False)
    if len(verts):
        ax.update_datalim(verts.reshape(-1, 2))
    if autoscale:
        ax.autoscale_view()
    return bars


def plot_attractiveness(
    scores: pd.DataFrame, *, top: int = 15, ax=None, lang: str | None = None, legend: bool = True, **kwargs
):
    """Stacked bars: how much each criterion contributes to the best accounts' scores.

    Parameters
    ----------
    scores : pandas.DataFrame
        Result of :func:`attractiveness_score`.
    top : int, default 15
        Number of accounts shown (best first, at the top), 0 to :data:`MAX_TOP` (1,000).
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    legend : bool, default True
        Draw the criteria's legend in the axes (False: a caller that puts one legend under
        several panels, as :func:`kamlab.plots.plot_scoring_view` does).
    **kwargs
        Passed to ``ax.barh``: with none, each criterion's bars are one ``PolyCollection`` in
        ``ax.collections`` (the same picture, drawn in one call per criterion); with any, each
        criterion is ``ax.barh``'s ``BarContainer`` of ``Rectangle``s in ``ax.patches``.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, C1 (subjective perception).

    Examples
    --------
    >>> import pandas as pd
    >>> from kamlab.analytics import attractiveness_score
    >>> accounts = pd.DataFrame({"account_id": ["A1", "A2"], "revenue": [9.0, 3.0], "growth_trend": [0.0, 0.1],
    ...     "category_spend": [10.0, 20.0], "sales_hours": [3.0, 1.0], "service_hours": [0.0, 0.0],
    ...     "complaint_hours": [0.0, 0.0], "strategic_importance": [5, 3]})
    >>> ax = plot_attractiveness(attractiveness_score(accounts), lang="en")
    >>> ax.get_xlabel()
    'Attractiveness score (points of 100)'
    """
    func = "plot_attractiveness"
    cols = [f"points_{c}" for c in SCORING_CRITERIA]
    frame = _frame(scores, func, "scores", ["account_id", *cols])
    ax, lang = setup_axes(ax, lang, func)
    part = frame.head(check_size(top, "top", func, minimum=0, maximum=MAX_TOP))
    pos = np.arange(len(part))[::-1]
    left = np.zeros(len(part))
    for c, color in zip(SCORING_CRITERIA, _CRITERION_COLORS):
        width = part[f"points_{c}"].to_numpy(dtype=float)
        label = t(f"analytics.criterion.{c}", lang)
        if kwargs:
            ax.barh(pos, width, left=left, **{"color": color, "label": label, **kwargs})
        else:
            _barh_collection(ax, pos, width, left, color=color, label=label, autoscale=False)
        left = left + width
    if not kwargs:
        ax.autoscale_view()
    ax.set_yticks(pos, part["account_id"].astype(str))
    ax.set_xlim(0, 100)
    ax.set_xlabel(t("analytics.score_points", lang))
    ax.set_ylabel(t("col.account_id", lang))
    ax.set_title(t("analytics.attractiveness_title", lang))
    if legend:
        ax.legend(loc="lower right", fontsize=8)
    return ax


def plot_portfolio(
    matrix: pd.DataFrame,
    *,
    attractiveness_cut: float = 50.0,
    strength_cut: float = 0.5,
    ax=None,
    lang: str | None = None,
    **kwargs,
):
    """The key-account portfolio matrix: attractiveness against relative strength.

    Strength grows to the right (McDonald & Woodburn draw it growing to the left;
    the boxes are the same).

    Parameters
    ----------
    matrix : pandas.DataFrame
        Result of :func:`portfolio_matrix`.
    attractiveness_cut, strength_cut : float
        The cuts used to build it (drawn as lines), in [0, 100] and [0, 1].
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.scatter``.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    McDonald, M. & Woodburn, D. (2007). Key Account Management: The Definitive Guide, ch. 7.

    Examples
    --------
    >>> import pandas as pd
    >>> m = pd.DataFrame({"account_id": ["A1", "A2"], "attractiveness": [80.0, 20.0], "strength": [0.9, 0.1],
    ...                   "quadrant": ["strategic", "streamline"]})
    >>> ax = plot_portfolio(m, lang="en")
    >>> ax.get_xlabel()
    "Supplier's relative strength (0-1)"
    """
    func = "plot_portfolio"
    frame = _frame(matrix, func, "matrix", ["attractiveness", "strength", "quadrant"])
    attractiveness_cut = check_number(attractiveness_cut, "attractiveness_cut", func, minimum=0, maximum=100)
    strength_cut = check_fraction(strength_cut, "strength_cut", func)
    ax, lang = setup_axes(ax, lang, func)
    for q in ("strategic", "star", "status", "streamline"):
        part = frame[frame["quadrant"] == q]
        style = {
            "s": 18,
            "color": _COLORS[q],
            "alpha": 0.75,
            "label": f"{t(f'portfolio.{q}', lang)}: {t('portfolio.stance.' + _stance(q), lang)}",
        }
        style.update(kwargs)
        ax.scatter(part["strength"], part["attractiveness"], **style)
    ax.axvline(strength_cut, color="grey", linestyle="--", linewidth=0.8)
    ax.axhline(attractiveness_cut, color="grey", linestyle="--", linewidth=0.8)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 100)
    ax.set_xlabel(t("analytics.strength_axis", lang))
    ax.set_ylabel(t("analytics.attractiveness_axis", lang))
    ax.set_title(t("analytics.portfolio_title", lang))
    ax.legend(loc="lower right", fontsize=8)
    return ax


def _stance(quadrant: str) -> str:
    return QUADRANTS[quadrant]


def plot_whale_curve(whale: WhaleCurve, *, ax=None, lang: str | None = None, **kwargs):
    """The whale curve: cumulative profit (10k yuan) over accounts ranked by profit, peak marked.

    Parameters
    ----------
    whale : WhaleCurve
        Result of :func:`whale_curve`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.plot``.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Kaplan, R. S. & Cooper, R. (1998). Cost & Effect. Chapter 4, I4.

    Examples
    --------
    >>> import pandas as pd
    >>> from kamlab.analytics import whale_curve
    >>> a = pd.DataFrame({"account_id": list("ABCD"), "profit": [50e4, -30e4, 100e4, -20e4]})
    >>> ax = plot_whale_curve(whale_curve(a, profit="profit"), lang="en")
    >>> ax.get_ylabel()
    'Cumulative profit (10k yuan)'
    """
    func = "plot_whale_curve"
    if not isinstance(whale, WhaleCurve):
        raise KamlabTypeError(
            f"{func}: parameter 'whale' must be a WhaleCurve (from whale_curve), got {type(whale).__name__}."
        )
    ax, lang = setup_axes(ax, lang, func)
    table = whale.table
    x = np.concatenate([[0.0], table["cum_account_share"].to_numpy()]) * 100
    y = np.concatenate([[0.0], table["cum_profit"].to_numpy()]) / 1e4
    style = {"color": TEAL, "linewidth": 2}
    style.update(kwargs)
    ax.plot(x, y, **style)
    peak_x = whale.peak_rank / len(table) * 100
    peak_y = whale.peak_profit / 1e4
    label = (
        t("analytics.whale_peak", lang, peak=peak_y, share=whale.peak_share) if np.isfinite(whale.peak_share) else None
    )
    ax.scatter([peak_x], [peak_y], color=RED, zorder=3, label=label)
    ax.axhline(
        whale.total_profit / 1e4, color="grey", linestyle="--", linewidth=0.8, label=t("analytics.total_profit", lang)
    )
    ax.set_xlim(0, 100)
    ax.set_xlabel(t("analytics.cum_accounts_by_profit_pct", lang))
    ax.set_ylabel(t("analytics.cum_profit_10k", lang))
    ax.set_title(t("analytics.whale_title", lang))
    ax.legend(loc="lower right")
    return ax


def plot_profit_by_tier(table: pd.DataFrame, *, ax=None, lang: str | None = None, **kwargs):
    """Profit margin of each pyramid tier (bars, %).

    Parameters
    ----------
    table : pandas.DataFrame
        Result of :func:`profit_by_tier`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.bar``.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, I4 and M2.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"tier": ["vip", "important", "ordinary", "small"],
    ...                       "profit_margin": [0.05, 0.08, 0.11, 0.02]})
    >>> ax = plot_profit_by_tier(table, lang="en")
    >>> ax.get_ylabel()
    'Customer profit margin (%)'
    """
    func = "plot_profit_by_tier"
    frame = _frame(table, func, "table", ["tier", "profit_margin"])
    ax, lang = setup_axes(ax, lang, func)
    style = {"color": [_COLORS.get(c, GREY) for c in frame["tier"]]}
    style.update(kwargs)
    values = frame["profit_margin"].to_numpy(dtype=float) * 100
    ax.bar([t(f"tier.{c}", lang) for c in frame["tier"]], np.nan_to_num(values), **style)
    for k, v in enumerate(values):
        if np.isfinite(v):
            ax.text(k, v, f"{v:.1f}%", ha="center", va="bottom" if v >= 0 else "top", fontsize=9)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylabel(t("analytics.profit_margin_pct", lang))
    ax.set_title(t("analytics.profit_by_tier_title", lang))
    return ax


def plot_unused_capacity(capacity: pd.DataFrame, *, ax=None, lang: str | None = None, **kwargs):
    """Used and unused capacity cost of each resource pool (stacked bars, 10k yuan).

    Parameters
    ----------
    capacity : pandas.DataFrame
        Result of :func:`unused_capacity`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to the ``ax.bar`` of the used part.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Kaplan, R. S. & Anderson, S. R. (2004). Time-driven activity-based costing. HBR 82(11).

    Examples
    --------
    >>> import pandas as pd
    >>> cap = pd.DataFrame({"pool": ["sales"], "used_cost": [8e6], "unused_cost": [2e6]})
    >>> ax = plot_unused_capacity(cap, lang="en")
    >>> ax.get_ylabel()
    'Cost (10k yuan)'
    """
    func = "plot_unused_capacity"
    frame = _frame(capacity, func, "capacity", ["pool", "used_cost", "unused_cost"])
    ax, lang = setup_axes(ax, lang, func)
    names = [t(f"analytics.pool.{p}", lang) if f"analytics.pool.{p}" in _catalog() else str(p) for p in frame["pool"]]
    used = frame["used_cost"].to_numpy(dtype=float) / 1e4
    unused = np.maximum(frame["unused_cost"].to_numpy(dtype=float), 0) / 1e4
    style = {"color": BLUE, "label": t("analytics.used", lang)}
    style.update(kwargs)
    ax.bar(names, used, **style)
    ax.bar(names, unused, bottom=used, color=LIGHT_GREY, label=t("analytics.unused", lang))
    ax.set_ylabel(t("analytics.cost_10k", lang))
    ax.set_title(t("analytics.capacity_title", lang))
    ax.legend()
    return ax


def _catalog():
    return catalog()


def plot_breakeven(table: pd.DataFrame, *, ax=None, lang: str | None = None, **kwargs):
    """Volume increase needed to break even against the discount, one line per gross margin.

    Parameters
    ----------
    table : pandas.DataFrame
        Result of :func:`breakeven_table` (rows: margins, columns: discounts). Use a
        fine grid of discounts for smooth lines; NaN cells (no break-even) are not drawn.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to every ``ax.plot`` call.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, I4 (20% margin, 5% discount -> +33% volume).

    Examples
    --------
    >>> from kamlab.analytics import breakeven_table
    >>> ax = plot_breakeven(breakeven_table([0.2, 0.3], [0.0, 0.05, 0.10]), lang="en")
    >>> [line.get_label() for line in ax.get_lines()][:2]
    ['Gross margin 20%', 'Gross margin 30%']
    """
    func = "plot_breakeven"
    frame = require_frame(table, func, "table")
    ax, lang = setup_axes(ax, lang, func)
    d = np.asarray(frame.columns, dtype=float) * 100
    for m, row in frame.iterrows():
        style = {"linewidth": 2, "label": t("analytics.gross_margin_line", lang, m=float(m))}
        style.update(kwargs)
        ax.plot(d, row.to_numpy(dtype=float) * 100, **style)
    ax.set_xlabel(t("analytics.discount_pct", lang))
    ax.set_ylabel(t("analytics.volume_increase_pct", lang))
    ax.set_title(t("analytics.breakeven_title", lang))
    ax.set_ylim(bottom=0)
    ax.legend()
    return ax


def plot_margin_multiple(table: pd.DataFrame, *, ax=None, lang: str | None = None, **kwargs):
    """Margin multiple against retention, one line per discount rate.

    Parameters
    ----------
    table : pandas.DataFrame
        Result of :func:`margin_multiple_table` (rows: retention, columns: discount rates).
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to every ``ax.plot`` call.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Gupta, S. & Lehmann, D. R. (2005). Managing Customers as Investments. Chapter 4, I2.

    Examples
    --------
    >>> from kamlab.analytics import margin_multiple_table
    >>> ax = plot_margin_multiple(margin_multiple_table([0.5, 0.7, 0.9], [0.1]), lang="en")
    >>> ax.get_xlabel()
    'Retention rate (%)'
    """
    func = "plot_margin_multiple"
    frame = require_frame(table, func, "table")
    ax, lang = setup_axes(ax, lang, func)
    r = np.asarray(frame.index, dtype=float) * 100
    for i in frame.columns:
        style = {"linewidth": 2, "label": t("analytics.discount_rate_line", lang, i=float(i))}
        style.update(kwargs)
        ax.plot(r, frame[i].to_numpy(dtype=float), **style)
    ax.set_xlabel(t("analytics.retention_pct", lang))
    ax.set_ylabel(t("analytics.margin_multiple", lang))
    ax.set_title(t("analytics.margin_multiple_title", lang))
    ax.legend()
    return ax


def plot_clv_elasticities(elasticities: pd.Series, *, ax=None, lang: str | None = None, **kwargs):
    """Bars of CLV's elasticity to margin, retention, discount rate and growth.

    Parameters
    ----------
    elasticities : pandas.Series
        Result of :func:`clv_elasticities`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.bar``.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Gupta, S., Lehmann, D. R. & Stuart, J. A. (2004). Valuing customers. JMR, 41(1), 7-18.

    Examples
    --------
    >>> from kamlab.analytics import clv_elasticities
    >>> ax = plot_clv_elasticities(clv_elasticities(0.8, 0.12), lang="en")
    >>> [label.get_text() for label in ax.get_xticklabels()]
    ['Margin', 'Retention', 'Discount rate', 'Margin growth']
    """
    func = "plot_clv_elasticities"
    if not isinstance(elasticities, pd.Series):
        raise KamlabTypeError(
            f"{func}: parameter 'elasticities' must be a pandas Series (from clv_elasticities), "
            f"got {type(elasticities).__name__}."
        )
    ax, lang = setup_axes(ax, lang, func)
    names = [t(f"analytics.driver.{k}", lang) for k in elasticities.index]
    values = elasticities.to_numpy(dtype=float)
    style = {"color": [RED if k == "retention" else GREY for k in elasticities.index]}
    style.update(kwargs)
    ax.bar(names, values, **style)
    for k, v in enumerate(values):
        ax.text(k, v, f"{v:.2f}", ha="center", va="bottom" if v >= 0 else "top", fontsize=9)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylabel(t("analytics.elasticity", lang))
    ax.set_title(t("analytics.elasticity_title", lang))
    return ax
