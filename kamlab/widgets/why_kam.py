"""Lesson 02 (why KAM matters, I1-I4): plots and explorers over :mod:`kamlab.models.why_kam`.

The plot functions draw a model's result on ``ax`` and return the Axes (matplotlib is
imported only when drawing); the explorers are thin shells: controls, a compute
function from :mod:`kamlab.models.why_kam` and one of these plots.

* :func:`effort_explorer` (I1): spread an effort budget evenly or focus it on strategic accounts.
* :func:`clv_explorer` (I2): customer lifetime value and the worth of a retention point.
* :func:`retention_explorer` (I3): loyal vs transactional accounts over the years.
* :func:`breakeven_explorer` (I4): the 33% rule, with a heat map of the grid.
"""

from __future__ import annotations

import numpy as np

from ..errors import KamlabTypeError
from ..i18n import resolve_lang, t
from ..plots.start_here import prepare_axes
from .base import Explorer

__all__ = [
    "plot_focus_curve",
    "plot_clv_scenario",
    "plot_survival",
    "plot_repeat_purchases",
    "plot_breakeven_map",
    "effort_explorer",
    "clv_explorer",
    "retention_explorer",
    "breakeven_explorer",
]

_POLICY_COLORS = {"none": "#8d8d8d", "even": "#30638e", "focused": "#d1495b"}
_GROUP_COLORS = ("#d1495b", "#30638e", "#edae49", "#66a182")


def _setup(ax, lang, func, figsize=(7, 4.5)):
    return prepare_axes(ax, lang, func, figsize)


def _10k(x: float) -> str:
    return f"{x / 1e4:,.0f}"


def _require(obj, cls, name, func):
    if not isinstance(obj, cls):
        raise KamlabTypeError(f"{func}: parameter '{name}' must be a {cls.__name__}, got {type(obj).__name__}.")


# ---- plots ------------------------------------------------------------------------------------
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
    from ..models.why_kam import EffortComparison

    func = "plot_focus_curve"
    _require(comparison, EffortComparison, "comparison", func)
    ax, lang = _setup(ax, lang, func)
    base = comparison.summary.loc["none"]
    x = curve["focus_share"].to_numpy(dtype=float) * 100
    style = {"color": _POLICY_COLORS["focused"], "linewidth": 2, "label": t("lesson02.gain_lifetime", lang)}
    style.update(kwargs)
    ax.plot(x, (curve["lifetime_profit"].to_numpy() - base["lifetime_profit"]) / 1e4, **style)
    ax.plot(x, (curve["profit"].to_numpy() - base["profit"]) / 1e4, color=_POLICY_COLORS["focused"],
            linestyle="--", linewidth=1.5, label=t("lesson02.gain_yearly", lang))
    strategic = comparison.accounts.query("policy == 'none'")["strategic"].mean()
    for policy, xpos, marker, key in (("even", strategic, "o", "lesson02.even_marker"),
                                      ("focused", comparison.focus_share, "D", "lesson02.current_marker")):
        row = comparison.summary.loc[policy]
        ax.scatter([xpos * 100] * 2, [(row["lifetime_profit"] - base["lifetime_profit"]) / 1e4,
                                      (row["profit"] - base["profit"]) / 1e4],
                   color=_POLICY_COLORS[policy], marker=marker, zorder=3, s=45, label=t(key, lang))
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xlim(0, 100)
    ax.set_xlabel(t("lesson02.focus_axis", lang))
    ax.set_ylabel(t("lesson02.gain_axis", lang))
    ax.set_title(t("lesson02.effort_title", lang))
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
    from ..analytics import margin_multiple_table
    from ..plots.analytics import plot_margin_multiple
    from ..models.why_kam import ClvScenario

    func = "plot_clv_scenario"
    _require(scenario, ClvScenario, "scenario", func)
    ax, lang = _setup(ax, lang, func)
    grid = np.round(np.arange(0, 100) / 100, 2)
    table = margin_multiple_table(grid, [scenario.discount_rate], growth=scenario.growth)
    plot_margin_multiple(table, ax=ax, lang=lang, **kwargs)
    finite = table.iloc[:, 0].dropna()
    top = float(finite.max()) if len(finite) else 1.0
    if scenario.converges:
        top = max(top, scenario.margin_multiple)
        ax.scatter([scenario.retention * 100], [scenario.margin_multiple], color="#d1495b", zorder=3, s=50,
                   label=t("lesson02.clv_point", lang, multiple=scenario.margin_multiple))
        ax.legend(loc="upper left")
    else:
        ax.text(0.03, 0.75, t("lesson02.clv_diverges_short", lang), transform=ax.transAxes, fontsize=10,
                color="#8c1d18", bbox={"facecolor": "white", "edgecolor": "#8c1d18"})
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
    return _plot_groups(curves, "survival", 100.0, "lesson02.survival_axis", "lesson02.survival_title",
                        ax, lang, "plot_survival", kwargs)


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
    return _plot_groups(curves, "cum_repeat_purchases", 1.0, "lesson02.repeat_axis", "lesson02.repeat_title",
                        ax, lang, "plot_repeat_purchases", kwargs)


def _plot_groups(curves, column, scale, ylabel, title, ax, lang, func, kwargs):
    from ..models.why_kam import RetentionCurves

    _require(curves, RetentionCurves, "curves", func)
    ax, lang = _setup(ax, lang, func)
    for k, (name, part) in enumerate(curves.table.groupby("group", sort=False)):
        label_key = f"lesson02.group.{name}"
        from ..i18n import catalog

        shown = t(label_key, lang) if label_key in catalog() else str(name)
        r = float(curves.summary.loc[name, "retention"])
        style = {"color": _GROUP_COLORS[k % len(_GROUP_COLORS)], "linewidth": 2, "marker": "o", "markersize": 3,
                 "label": t("lesson02.group_line", lang, name=shown, r=r)}
        style.update(kwargs)
        ax.plot(part["year"], part[column] * scale, **style)
    ax.set_xlim(0, curves.horizon_years)
    ax.set_ylim(bottom=0)
    ax.set_xlabel(t("lesson02.year_axis", lang))
    ax.set_ylabel(t(ylabel, lang))
    ax.set_title(t(title, lang))
    ax.legend(fontsize=9)
    return ax


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
    from ..models.why_kam import BreakevenScenario

    func = "plot_breakeven_map"
    _require(scenario, BreakevenScenario, "scenario", func)
    ax, lang = _setup(ax, lang, func)
    table = scenario.table
    d = np.asarray(table.columns, dtype=float) * 100
    m = np.asarray(table.index, dtype=float) * 100
    values = table.to_numpy(dtype=float)
    style = {"cmap": "YlOrRd", "vmin": 0, "vmax": cap * 100, "shading": "nearest"}
    style.update(kwargs)
    ax.set_facecolor("#d9d9d9")
    shown = np.where(np.isnan(values), cap, np.minimum(values, cap)) * 100  # NaN cells lie under the hatching
    mesh = ax.pcolormesh(d, m, shown, **style)
    ax.figure.colorbar(mesh, ax=ax, label=t("lesson02.colorbar", lang))
    dd, mm = np.meshgrid(d, m)
    contours = ax.contour(dd, mm, np.ma.masked_invalid(values * 100), levels=[100 / 3, 100, 200],
                          colors="#333333", linewidths=0.8)
    ax.clabel(contours, fmt=lambda v: f"+{v:.0f}%", fontsize=8)
    x0, x1, y0, y1 = d.min() - 0.5, d.max() + 0.5, m.min() - 0.5, m.max() + 0.5
    xs = np.linspace(max(x0, y0), x1, 50)  # the region discount >= margin: no volume compensates
    ax.fill_between(xs, y0, np.minimum(xs, y1), facecolor="#d9d9d9", edgecolor="#8d8d8d", hatch="//",
                    linewidth=0, zorder=2)
    edge = np.linspace(max(x0, y0), min(x1, y1), 2)
    ax.plot(edge, edge, color="black", linewidth=2, zorder=3, label=t("lesson02.no_compensation_line", lang))
    px, py = scenario.discount * 100, scenario.gross_margin * 100
    text = (t("lesson02.breakeven_point", lang, x=scenario.volume_increase) if scenario.compensable
            else t("lesson02.breakeven_point_none", lang))
    ax.scatter([px], [py], color="#00798c", edgecolor="white", s=80, zorder=4)
    ax.annotate(text, (px, py), xytext=(6, 6), textcoords="offset points", fontsize=10, color="#00798c",
                bbox={"facecolor": "white", "alpha": 0.8, "edgecolor": "none"})
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_xlabel(t("analytics.discount_pct", lang))
    ax.set_ylabel(t("lesson02.margin_axis", lang))
    ax.set_title(t("lesson02.breakeven_map_title", lang))
    ax.legend(loc="upper left", fontsize=8)
    return ax


# ---- explorers --------------------------------------------------------------------------------
def _style():
    return {"description_width": "initial"}


def _fslider(w, value, lo, hi, step, key, lang, fmt=".2f"):
    return w.FloatSlider(value=value, min=lo, max=hi, step=step, description=t(key, lang), style=_style(),
                         readout_format=fmt, continuous_update=False)


def effort_explorer(accounts, *, lang: str | None = None):
    """I1: spread a sales-effort budget evenly, or concentrate it on strategic accounts?

    Controls: ``budget_hours`` (0 to 100,000), ``focus_share`` (0 to 1),
    ``strategic_share`` (0.01 to 0.5), ``strategic_by``, ``half_effort_hours`` (2 to
    200) and ``response_strength`` (0 to 1). Models:
    :func:`kamlab.models.why_kam.compare_effort_policies` and
    :func:`kamlab.models.why_kam.focus_curve`; plot :func:`plot_focus_curve`.

    Examples
    --------
    >>> import kamlab
    >>> ex = effort_explorer(kamlab.make_accounts(200, seed=1), lang="en")
    >>> ex.controls["budget_hours"].value = 2000
    >>> ex.result[0].winner
    'focused'
    """
    import ipywidgets as w

    from .._validate import require_frame
    from ..models.why_kam import STRATEGIC_CRITERIA, EffortModel, compare_effort_policies, focus_curve

    func = "effort_explorer"
    require_frame(accounts, func)
    lang = resolve_lang(lang, func)
    controls = {
        "budget_hours": w.IntSlider(value=20_000, min=0, max=100_000, step=5_000, style=_style(),
                                    description=t("lesson02.ctrl.budget_hours", lang), continuous_update=False),
        "focus_share": _fslider(w, 0.8, 0.0, 1.0, 0.05, "lesson02.ctrl.focus_share", lang),
        "strategic_share": _fslider(w, 0.05, 0.01, 0.5, 0.01, "lesson02.ctrl.strategic_share", lang),
        "strategic_by": w.Dropdown(options=[(t(f"lesson02.by.{c}", lang), c) for c in STRATEGIC_CRITERIA],
                                   value="category_spend", description=t("lesson02.ctrl.strategic_by", lang),
                                   style=_style()),
        "half_effort_hours": _fslider(w, 40.0, 2.0, 200.0, 2.0, "lesson02.ctrl.half_effort_hours", lang, ".0f"),
        "response_strength": _fslider(w, 0.6, 0.0, 1.0, 0.05, "lesson02.ctrl.response_strength", lang),
    }

    def compute(budget_hours, focus_share, strategic_share, strategic_by, half_effort_hours, response_strength):
        model = EffortModel(half_effort_hours=half_effort_hours, response_strength=response_strength)
        kw = {"budget_hours": budget_hours, "strategic_share": strategic_share, "strategic_by": strategic_by,
              "model": model}
        return compare_effort_policies(accounts, focus_share=focus_share, **kw), focus_curve(accounts, **kw)

    def draw(result, ax):
        comparison, curve = result
        return plot_focus_curve(curve, comparison, ax=ax, lang=lang)

    def describe(result):
        s = result[0].summary
        pct = lambda v: f"{v:.1%}"  # noqa: E731
        return t("lesson02.effort_caption", lang, winner=t(f"lesson02.policy.{result[0].winner}", lang),
                 gain=_10k(abs(result[0].focus_gain)), sow_even=pct(s.loc["even", "share_of_wallet"]),
                 sow_focused=pct(s.loc["focused", "share_of_wallet"]),
                 ret_even=pct(s.loc["even", "strategic_retention"]),
                 ret_focused=pct(s.loc["focused", "strategic_retention"]),
                 profit_even=_10k(s.loc["even", "profit"]), profit_focused=_10k(s.loc["focused", "profit"]),
                 life_even=_10k(s.loc["even", "lifetime_profit"]),
                 life_focused=_10k(s.loc["focused", "lifetime_profit"]))

    return Explorer(controls, compute, draw, describe)


def clv_explorer(*, lang: str | None = None):
    """I2: customer lifetime value, and why one retention point is worth more than it looks.

    Controls: ``margin_10k`` (yearly margin, 0.5 to 100, 10k yuan), ``retention`` (0
    to 1), ``discount_rate`` (0 to 0.3), ``growth`` (-0.2 to 0.2). Model
    :func:`kamlab.models.why_kam.clv_scenario`; plot :func:`plot_clv_scenario`. When
    retention x (1 + growth) >= 1 + discount rate the caption explains why there is
    no finite value (nothing crashes).

    Examples
    --------
    >>> ex = clv_explorer(lang="en")
    >>> ex.result.clv
    250000.0
    >>> ex.controls["retention"].value = 1.0
    >>> ex.controls["growth"].value = 0.2
    >>> ex.result.converges
    False
    """
    import ipywidgets as w

    from ..models.why_kam import clv_scenario

    lang = resolve_lang(lang, "clv_explorer")
    controls = {
        "margin_10k": _fslider(w, 10.0, 0.5, 100.0, 0.5, "lesson02.ctrl.margin_10k", lang, ".1f"),
        "retention": _fslider(w, 0.8, 0.0, 1.0, 0.01, "lesson02.ctrl.retention", lang),
        "discount_rate": _fslider(w, 0.12, 0.0, 0.3, 0.01, "lesson02.ctrl.discount_rate", lang),
        "growth": _fslider(w, 0.0, -0.2, 0.2, 0.01, "lesson02.ctrl.growth", lang),
    }

    def compute(margin_10k, retention, discount_rate, growth):
        return clv_scenario(margin_10k * 1e4, retention, discount_rate, growth=growth)

    def describe(s):
        if not s.converges:
            return t("lesson02.clv_diverges", lang, lhs=s.retention * (1 + s.growth), rhs=1 + s.discount_rate)
        fields = {"margin": f"{s.margin / 1e4:,.1f}", "multiple": s.margin_multiple, "clv": f"{s.clv / 1e4:,.1f}"}
        if np.isnan(s.one_point_gain):
            return t("lesson02.clv_caption_top", lang, **fields)
        return t("lesson02.clv_caption", lang, relative=s.one_point_relative, gain=s.one_point_gain, **fields)

    return Explorer(controls, compute, lambda s, ax: plot_clv_scenario(s, ax=ax, lang=lang), describe)


def _two_panels(ax):
    """Replace the explorer's single Axes by two side by side."""
    fig = ax.figure
    ax.remove()
    return fig.subplots(1, 2)


def retention_explorer(*, lang: str | None = None):
    """I3: retention curves and cumulative repeat purchases of loyal vs transactional accounts.

    Controls: ``loyal_retention`` and ``transactional_retention`` (0 to 1),
    ``horizon_years`` (1 to 30). Model :func:`kamlab.models.why_kam.retention_curves`;
    plots :func:`plot_survival` and :func:`plot_repeat_purchases` side by side.

    Examples
    --------
    >>> ex = retention_explorer(lang="en")
    >>> ex.controls["horizon_years"].value = 5
    >>> round(float(ex.result.summary.loc["loyal", "repeat_purchases"]), 3)
    3.686
    """
    import ipywidgets as w

    from ..models.why_kam import retention_curves

    lang = resolve_lang(lang, "retention_explorer")
    controls = {
        "loyal_retention": _fslider(w, 0.9, 0.0, 1.0, 0.01, "lesson02.ctrl.loyal_retention", lang),
        "transactional_retention": _fslider(w, 0.6, 0.0, 1.0, 0.01, "lesson02.ctrl.transactional_retention", lang),
        "horizon_years": w.IntSlider(value=10, min=1, max=30, description=t("lesson02.ctrl.horizon_years", lang),
                                     style=_style(), continuous_update=False),
    }

    def compute(loyal_retention, transactional_retention, horizon_years):
        return retention_curves({"loyal": loyal_retention, "transactional": transactional_retention},
                                horizon_years=horizon_years)

    def draw(curves, ax):
        left, right = _two_panels(ax)
        plot_survival(curves, ax=left, lang=lang)
        plot_repeat_purchases(curves, ax=right, lang=lang)
        return left

    def describe(curves):
        s, h = curves.summary, curves.horizon_years
        last = curves.table[curves.table["year"] == h].set_index("group")["survival"]
        life = lambda g: "∞" if np.isinf(s.loc[g, "expected_lifetime_years"]) else f"{s.loc[g, 'expected_lifetime_years']:.1f}"  # noqa: E731
        ratio = curves.repeat_ratio
        return t("lesson02.retention_caption", lang, years=h, s_loyal=f"{last['loyal']:.1%}",
                 s_trans=f"{last['transactional']:.1%}", rep_loyal=f"{s.loc['loyal', 'repeat_purchases']:.2f}",
                 rep_trans=f"{s.loc['transactional', 'repeat_purchases']:.2f}",
                 ratio="∞" if np.isinf(ratio) else f"{ratio:.1f}", life_loyal=life("loyal"),
                 life_trans=life("transactional"))

    return Explorer(controls, compute, draw, describe, figsize=(10, 4.2))


def breakeven_explorer(*, lang: str | None = None):
    """I4: the 33% rule: how much extra volume a discount needs, and where nothing can compensate.

    Controls: ``gross_margin`` (0.05 to 0.6) and ``discount`` (0 to 0.3). Model
    :func:`kamlab.models.why_kam.breakeven_scenario`; plot :func:`plot_breakeven_map`.
    A discount at or above the margin shows the explanation, not an error.

    Examples
    --------
    >>> ex = breakeven_explorer(lang="en")
    >>> round(ex.result.volume_increase, 4)
    0.3333
    >>> ex.controls["discount"].value = 0.25
    >>> ex.result.compensable
    False
    """
    import ipywidgets as w

    from ..models.why_kam import breakeven_scenario

    lang = resolve_lang(lang, "breakeven_explorer")
    controls = {
        "gross_margin": _fslider(w, 0.20, 0.05, 0.60, 0.01, "lesson02.ctrl.gross_margin", lang),
        "discount": _fslider(w, 0.05, 0.0, 0.30, 0.01, "lesson02.ctrl.discount", lang),
    }

    def compute(gross_margin, discount):
        return breakeven_scenario(round(gross_margin, 4), round(discount, 4))

    def describe(s):
        fields = {"m": s.gross_margin, "d": s.discount, "before": s.profit_per_100_before,
                  "after": s.profit_per_100_after}
        if not s.compensable:
            return t("lesson02.breakeven_caption_none", lang, **fields)
        return t("lesson02.breakeven_caption", lang, x=s.volume_increase, **fields)

    return Explorer(controls, compute, lambda s, ax: plot_breakeven_map(s, ax=ax, lang=lang), describe,
                    figsize=(8, 5))
