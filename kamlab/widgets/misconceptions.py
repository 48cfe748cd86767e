"""Lesson 03 (the five misconceptions, M1-M5): plots and explorers over :mod:`kamlab.models.misconceptions`.

Every explorer runs predict -> simulate -> reveal -> explain: its first control is the
student's prediction, its last a "reveal" checkbox. Until the box is ticked the chart
shows only the prediction and the caption asks for one; once ticked, the simulation is
drawn and the caption compares it with the prediction. The result is computed either
way (``explorer.result.result``), so tests and the curious can read it.

* :func:`concession_explorer` (M1): the best concession and 过犹不及.
* :func:`segment_explorer` (M2): the segment P&L as chains grow and SMEs shrink.
* :func:`stage_explorer` (M3): relationship stages with and without a dedicated KAM unit.
* :func:`portfolio_explorer` (M4): the risk of clearing the SME base.
* :func:`support_explorer` (M5): support activities and the account's value.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import KamlabTypeError
from ..i18n import resolve_lang, t
from ..plots.start_here import prepare_axes
from .base import Explorer

__all__ = [
    "Revealed",
    "plot_concession_curve",
    "plot_segment_pnl",
    "plot_stage_paths",
    "plot_portfolio_risk",
    "plot_support_value",
    "concession_explorer",
    "segment_explorer",
    "stage_explorer",
    "portfolio_explorer",
    "support_explorer",
    "RATIO_BANDS",
    "ratio_band",
]

_RED, _BLUE, _GREY, _GOLD, _GREEN = "#d1495b", "#30638e", "#8d8d8d", "#edae49", "#66a182"
_PRED = "#00798c"


def _setup(ax, lang, func, figsize=(7, 4.5)):
    return prepare_axes(ax, lang, func, figsize)


def _require(obj, cls, name, func):
    if not isinstance(obj, cls):
        raise KamlabTypeError(f"{func}: parameter '{name}' must be a {cls.__name__}, got {type(obj).__name__}.")


def _10k(x: float) -> str:
    return f"{x / 1e4:,.0f}"


@dataclass(frozen=True)
class Revealed:
    """What an explorer of lesson 03 computes: the model's result, the prediction, and whether it is shown."""

    result: object
    prediction: object
    revealed: bool
    extra: object = None


# ---- plots ------------------------------------------------------------------------------------
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
    from ..models.misconceptions import ConcessionCurve

    func = "plot_concession_curve"
    _require(curve, ConcessionCurve, "curve", func)
    ax, lang = _setup(ax, lang, func)
    tab = curve.table
    x = tab["concession"].to_numpy() * 100
    style = {"color": _RED, "linewidth": 2.2, "label": t("lesson03.profit_line", lang)}
    style.update(kwargs)
    ax.plot(x, tab["profit_change"].to_numpy() * 100, **style)
    ax.plot(x, tab["volume_increase"].to_numpy() * 100, color=_BLUE, linestyle="--", linewidth=1.5,
            label=t("lesson03.volume_line", lang))
    ax.axhline(0, color="black", linewidth=0.8)
    if curve.model.pays:
        ax.scatter([curve.best_concession * 100], [curve.best_profit_gain * 100], color=_RED, zorder=3, s=50,
                   label=t("lesson03.best_marker", lang, d=curve.best_concession))
        ax.axvline(curve.breakeven_concession * 100, color=_GREY, linestyle=":", linewidth=1.5,
                   label=t("lesson03.breakeven_marker", lang, d=curve.breakeven_concession))
    if prediction is not None:
        ax.scatter([prediction * 100], [curve.profit_change(prediction) * 100], marker="D", color=_PRED, zorder=4,
                   s=45, label=t("lesson03.prediction_marker", lang))
    ax.set_xlim(0, x.max())
    low = max(float(tab["profit_change"].min()) * 100, -100.0)
    ax.set_ylim(low - 5, max(float(tab["volume_increase"].max()) * 100, 5.0) + 5)
    ax.set_xlabel(t("lesson03.concession_axis", lang))
    ax.set_ylabel(t("lesson03.profit_change_axis", lang))
    ax.set_title(t("lesson03.concession_title", lang))
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
    from ..i18n import catalog
    from ..models.misconceptions import SegmentPnl

    func = "plot_segment_pnl"
    _require(pnl, SegmentPnl, "pnl", func)
    ax, lang = _setup(ax, lang, func)
    colors = (_GREY, _RED, _BLUE, _GOLD)
    for k, plan in enumerate(pnl.summary.index.get_level_values("plan").unique()):
        part = pnl.summary.loc[plan]
        key = f"lesson03.plan.{plan}"
        name = t(key, lang) if key in catalog() else str(plan)
        style = {"color": colors[k % len(colors)], "linewidth": 2.2, "marker": "o", "markersize": 4,
                 "label": t("lesson03.segment_line", lang, plan=name, segment=t("lesson03.segment.total", lang))}
        style.update(kwargs)
        ax.plot(part.index, part["profit"] / 1e4, **style)
        ax.plot(part.index, part["sme_profit"] / 1e4, color=colors[k % len(colors)], linestyle="--", linewidth=1.2,
                label=t("lesson03.segment_line", lang, plan=name, segment=t("lesson03.segment.sme", lang)))
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xlabel(t("lesson03.year_axis", lang))
    ax.set_ylabel(t("lesson03.profit_axis_10k", lang))
    ax.set_title(t("lesson03.segment_title", lang))
    ax.legend(fontsize=8, loc="best")
    return ax


def plot_stage_paths(paths, *, axes=None, lang: str | None = None, **kwargs):
    """M3: retention over the years (left) and the stage mix at the horizon (right), per chain.

    Parameters
    ----------
    paths : dict of str to StagePaths
        Results of :func:`kamlab.models.misconceptions.relationship_paths`, by a name
        (``traditional`` and ``dedicated`` get translated names).
    axes : pair of matplotlib.axes.Axes, optional
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
    from ..analytics._common import STAGES
    from ..i18n import catalog
    from ..models.misconceptions import StagePaths

    func = "plot_stage_paths"
    if not isinstance(paths, dict) or not paths:
        raise KamlabTypeError(f"{func}: parameter 'paths' must be a non-empty dict of name -> StagePaths.")
    for p in paths.values():
        _require(p, StagePaths, "paths", func)
    lang = resolve_lang(lang, func)
    if axes is None:
        import matplotlib.pyplot as plt

        _, axes = plt.subplots(1, 2, figsize=(11, 4.2))
    left, right = axes
    colors = (_GREY, _RED, _BLUE, _GOLD)
    states = STAGES + ("lost",)
    width = 0.8 / len(paths)
    for k, (name, p) in enumerate(paths.items()):
        key = f"lesson03.chain.{name}"
        shown = t(key, lang) if key in catalog() else str(name)
        style = {"color": colors[k % len(colors)], "linewidth": 2, "marker": "o", "markersize": 3, "label": shown}
        style.update(kwargs)
        left.plot(p.table.index, p.table["retained"] * 100, **style)
        end = p.table.iloc[-1]
        xs = np.arange(len(states)) + (k - (len(paths) - 1) / 2) * width
        right.bar(xs, [end[s] * 100 for s in states], width=width, color=colors[k % len(colors)], label=shown)
    left.set_ylim(0, 105)
    left.set_xlabel(t("lesson03.year_axis", lang))
    left.set_ylabel(t("lesson03.retained_axis", lang))
    left.set_title(t("lesson03.retained_title", lang))
    left.legend(fontsize=8)
    right.set_xticks(np.arange(len(states)))
    right.set_xticklabels([t(f"lesson03.stage.{s}", lang) for s in states], rotation=30, ha="right", fontsize=8)
    right.set_ylabel(t("lesson03.stage_share_axis", lang))
    right.set_title(t("lesson03.stage_title", lang))
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
    from ..models.misconceptions import PortfolioRisk

    func = "plot_portfolio_risk"
    risks = list(risks)
    if not risks:
        raise KamlabTypeError(f"{func}: parameter 'risks' must hold at least one PortfolioRisk.")
    for r in risks:
        _require(r, PortfolioRisk, "risks", func)
    ax, lang = _setup(ax, lang, func)
    colors = {"keep": _BLUE, "clear": _RED}
    width = 1.6 / len(risks)
    for k, r in enumerate(risks):  # bars at whole percentages, side by side
        change = np.round(r.simulations["revenue_change"].to_numpy() * 100)
        values, counts = np.unique(change, return_counts=True)
        offset = (k - (len(risks) - 1) / 2) * width
        style = {"width": width, "color": colors.get(r.strategy, _GREY), "alpha": 0.85,
                 "label": t("lesson03.strategy_line", lang, name=t(f"lesson03.strategy.{r.strategy}", lang),
                            hhi=r.hhi)}
        style.update(kwargs)
        ax.bar(values + offset, 100.0 * counts / change.size, **style)
    thr = risks[0].drop_threshold
    ax.axvline(-thr * 100, color="black", linestyle=":", linewidth=1.5, label=t("lesson03.drop_line", lang, thr=thr))
    ax.set_xlim(-100, 3)
    ax.set_xlabel(t("lesson03.revenue_change_axis", lang))
    ax.set_ylabel(t("lesson03.frequency_axis", lang))
    ax.set_title(t("lesson03.portfolio_title", lang))
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
    Chapter 4, M5. Narus & Anderson (1986), HBR 64(2).

    Examples
    --------
    >>> from kamlab.models.misconceptions import support_value
    >>> ax = plot_support_value(support_value(), lang="en")
    >>> [line.get_label() for line in ax.get_lines()[:2]]
    ['Without support', 'With support']
    """
    from ..models.misconceptions import SupportValue

    func = "plot_support_value"
    _require(value, SupportValue, "value", func)
    ax, lang = _setup(ax, lang, func)
    for case, color in (("without", _GREY), ("with", _GREEN)):
        part = value.table[value.table["case"] == case]
        style = {"color": color, "linewidth": 2.2, "marker": "o", "markersize": 3,
                 "label": t(f"lesson03.case.{case}", lang)}
        style.update(kwargs)
        ax.plot(part["year"], part["cum_discounted_profit"] / 1e4, **style)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xlim(0, value.horizon_years)
    ax.set_xlabel(t("lesson03.year_axis", lang))
    ax.set_ylabel(t("lesson03.value_axis", lang))
    ax.set_title(t("lesson03.support_title", lang))
    ax.legend(fontsize=9, loc="upper left")
    return ax


# ---- explorers --------------------------------------------------------------------------------
def _style():
    return {"description_width": "initial"}


def _fslider(w, value, lo, hi, step, key, lang, fmt=".2f"):
    return w.FloatSlider(value=value, min=lo, max=hi, step=step, description=t(key, lang), style=_style(),
                         readout_format=fmt, continuous_update=False)


def _islider(w, value, lo, hi, step, key, lang):
    return w.IntSlider(value=value, min=lo, max=hi, step=step, description=t(key, lang), style=_style(),
                       continuous_update=False)


def _reveal(w, lang):
    return w.Checkbox(value=False, description=t("lesson03.ctrl.reveal", lang), style=_style(), indent=False)


def _hidden(ax, lang):
    ax.text(0.5, 0.5, t("lesson03.hidden", lang), transform=ax.transAxes, ha="center", va="center", fontsize=13,
            color=_PRED, bbox={"facecolor": "white", "edgecolor": _PRED})
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _verdict(ok: bool, lang: str) -> str:
    return t("lesson03.verdict.right" if ok else "lesson03.verdict.wrong", lang)


def concession_explorer(*, lang: str | None = None):
    """M1: predict the most profitable concession, then see the profit curve (过犹不及).

    Controls: ``prediction`` (0 to 0.2), ``kind`` (price / support: default parameters
    of :data:`~kamlab.models.misconceptions.PRICE_CONCESSION` or
    :data:`~kamlab.models.misconceptions.NON_PRICE_SUPPORT` as the sliders' start), ``gross_margin``
    (0.05 to 0.5), ``max_volume_gain`` (0 to 1.5), ``sensitivity`` (1 to 80), ``reveal``.
    A prediction counts as right within one percentage point of the best concession.

    Examples
    --------
    >>> ex = concession_explorer(lang="en")
    >>> ex.result.revealed, round(ex.result.result.best_concession, 4)
    (False, 0.0214)
    >>> ex.controls["reveal"].value = True
    >>> "most profitable concession is <b>2.1%</b>" in ex.caption.value
    True
    """
    import ipywidgets as w

    from ..models.misconceptions import NON_PRICE_SUPPORT, PRICE_CONCESSION, ConcessionModel, concession_curve

    lang = resolve_lang(lang, "concession_explorer")
    defaults = {"price": PRICE_CONCESSION, "support": NON_PRICE_SUPPORT}
    controls = {
        "prediction": _fslider(w, 0.10, 0.0, 0.20, 0.005, "lesson03.ctrl.predicted_concession", lang, ".1%"),
        "kind": w.Dropdown(options=[(t(f"lesson03.kind.{k}", lang), k) for k in defaults], value="price",
                           description=t("lesson03.ctrl.kind", lang), style=_style()),
        "gross_margin": _fslider(w, 0.20, 0.05, 0.50, 0.01, "lesson03.ctrl.gross_margin", lang),
        "max_volume_gain": _fslider(w, 0.6, 0.0, 1.5, 0.05, "lesson03.ctrl.max_volume_gain", lang),
        "sensitivity": _fslider(w, 15.0, 1.0, 80.0, 1.0, "lesson03.ctrl.sensitivity", lang, ".0f"),
        "reveal": _reveal(w, lang),
    }

    def on_kind(change):  # a new kind starts from its own defaults
        model = defaults[change["new"]]
        controls["max_volume_gain"].value = model.max_volume_gain
        controls["sensitivity"].value = model.sensitivity

    controls["kind"].observe(on_kind, names="value")

    def compute(prediction, kind, gross_margin, max_volume_gain, sensitivity, reveal):
        model = ConcessionModel(gross_margin=round(gross_margin, 4), max_volume_gain=round(max_volume_gain, 4),
                                sensitivity=sensitivity)
        return Revealed(concession_curve(model, max_concession=max(0.2, model.gross_margin), points=161),
                        round(prediction, 4), bool(reveal))

    def draw(r, ax):
        if not r.revealed:
            return _hidden(ax, lang)
        return plot_concession_curve(r.result, prediction=r.prediction, ax=ax, lang=lang)

    def describe(r):
        if not r.revealed:
            return t("lesson03.predict_first", lang)
        c, p = r.result, r.prediction
        ok = abs(p - c.best_concession) <= 0.01 + 1e-9
        fields = {"pred": p, "pred_change": c.profit_change(p), "verdict": _verdict(ok, lang)}
        if not c.model.pays:
            m = c.model
            return t("lesson03.concession_caption_none", lang,
                     mgk=m.gross_margin * m.max_volume_gain * m.sensitivity, **fields)
        return t("lesson03.concession_caption", lang, best=c.best_concession, gain=c.best_profit_gain,
                 breakeven=c.breakeven_concession, **fields)

    return Explorer(controls, compute, draw, describe)


def segment_explorer(*, lang: str | None = None):
    """M2: predict which plan earns more in the last year, then see the segment P&L.

    Controls: ``prediction`` (sme_profit / win_win), ``chain_share_gain`` (-0.02 to
    0.10), ``years`` (1 to 10), ``kam_fixed_cost_10k`` (0 to 1,500), ``reveal``. Model
    :func:`kamlab.models.misconceptions.segment_pnl`; plot :func:`plot_segment_pnl`.

    Examples
    --------
    >>> ex = segment_explorer(lang="en")
    >>> ex.result.result.winner
    'win_win'
    >>> ex.controls["chain_share_gain"].value = 0.0
    >>> ex.result.result.winner
    'sme_profit'
    """
    import ipywidgets as w

    from ..models.misconceptions import SME_PROFIT_PLAN, WIN_WIN_PLAN, segment_pnl

    lang = resolve_lang(lang, "segment_explorer")
    controls = {
        "prediction": w.Dropdown(options=[(t(f"lesson03.plan.{p}", lang), p) for p in ("sme_profit", "win_win")],
                                 value="sme_profit", description=t("lesson03.ctrl.predicted_plan", lang),
                                 style=_style()),
        "chain_share_gain": _fslider(w, 0.06, -0.02, 0.10, 0.01, "lesson03.ctrl.chain_share_gain", lang),
        "years": _islider(w, 6, 1, 10, 1, "lesson03.ctrl.years", lang),
        "kam_fixed_cost_10k": _islider(w, 600, 0, 1500, 100, "lesson03.ctrl.kam_fixed_cost_10k", lang),
        "reveal": _reveal(w, lang),
    }

    def compute(prediction, chain_share_gain, years, kam_fixed_cost_10k, reveal):
        from dataclasses import replace

        win = replace(WIN_WIN_PLAN, fixed_cost=float(kam_fixed_cost_10k) * 1e4)
        return Revealed(segment_pnl((SME_PROFIT_PLAN, win), years=years, chain_share_gain=round(chain_share_gain, 4)),
                        prediction, bool(reveal))

    def draw(r, ax):
        return plot_segment_pnl(r.result, ax=ax, lang=lang) if r.revealed else _hidden(ax, lang)

    def describe(r):
        if not r.revealed:
            return t("lesson03.predict_first", lang)
        s, h = r.result.summary, int(r.result.summary.index.get_level_values("year").max())
        return t("lesson03.segment_caption", lang, years=h, chain=float(s.loc[("sme_profit", h), "chain_share"]),
                 sme_first=_10k(s.loc[("sme_profit", 0), "profit"]), sme_last=_10k(s.loc[("sme_profit", h), "profit"]),
                 sme_share_first=float(s.loc[("sme_profit", 0), "sme_profit_share"]),
                 sme_share_last=float(s.loc[("sme_profit", h), "sme_profit_share"]),
                 win_first=_10k(s.loc[("win_win", 0), "profit"]), win_last=_10k(s.loc[("win_win", h), "profit"]),
                 winner=t(f"lesson03.plan.{r.result.winner}", lang),
                 verdict=_verdict(r.prediction == r.result.winner, lang))

    return Explorer(controls, compute, draw, describe)


def _two_panels(ax):
    fig = ax.figure
    ax.remove()
    return fig.subplots(1, 2)


def stage_explorer(*, lang: str | None = None):
    """M3: predict how many accounts a dedicated KAM unit keeps, then see the stage chain.

    Controls: ``prediction`` (0 to 1), ``kam_advance`` (0 to 0.6), ``kam_cost_10k``
    (0 to 20), ``horizon_years`` (1 to 20), ``reveal``. Models
    :data:`~kamlab.models.misconceptions.TRADITIONAL` and
    :data:`~kamlab.models.misconceptions.DEDICATED_KAM` through
    :func:`kamlab.models.misconceptions.relationship_paths`. A prediction counts as right
    within 10 percentage points.

    Examples
    --------
    >>> ex = stage_explorer(lang="en")
    >>> round(ex.result.result["dedicated"].retention, 3)
    0.322
    """
    import ipywidgets as w

    from dataclasses import replace

    from ..models.misconceptions import DEDICATED_KAM, TRADITIONAL, relationship_paths

    lang = resolve_lang(lang, "stage_explorer")
    controls = {
        "prediction": _fslider(w, 0.5, 0.0, 1.0, 0.05, "lesson03.ctrl.predicted_retention", lang, ".0%"),
        "kam_advance": _fslider(w, 0.35, 0.0, 0.6, 0.05, "lesson03.ctrl.kam_advance", lang),
        "kam_cost_10k": _fslider(w, 4.0, 0.0, 20.0, 1.0, "lesson03.ctrl.kam_cost_10k", lang, ".0f"),
        "horizon_years": _islider(w, 10, 1, 20, 1, "lesson03.ctrl.horizon_years", lang),
        "reveal": _reveal(w, lang),
    }

    def compute(prediction, kam_advance, kam_cost_10k, horizon_years, reveal):
        kam = replace(DEDICATED_KAM, advance=round(kam_advance, 4), yearly_cost=float(kam_cost_10k) * 1e4)
        paths = {"traditional": relationship_paths(TRADITIONAL, horizon_years=horizon_years),
                 "dedicated": relationship_paths(kam, horizon_years=horizon_years)}
        return Revealed(paths, round(prediction, 4), bool(reveal))

    def draw(r, ax):
        if not r.revealed:
            return _hidden(ax, lang)
        return plot_stage_paths(r.result, axes=_two_panels(ax), lang=lang)[0]

    def describe(r):
        if not r.revealed:
            return t("lesson03.predict_first", lang)
        a, b = r.result["traditional"], r.result["dedicated"]
        return t("lesson03.stage_caption", lang, years=b.horizon_years, ret_t=a.retention, ret_k=b.retention,
                 adv_t=a.advanced_share, adv_k=b.advanced_share, clv_t=f"{a.clv / 1e4:,.1f}",
                 clv_k=f"{b.clv / 1e4:,.1f}", pred=r.prediction,
                 verdict=_verdict(abs(r.prediction - b.retention) <= 0.10, lang))

    return Explorer(controls, compute, draw, describe, figsize=(10, 4.2))


def portfolio_explorer(*, lang: str | None = None, simulations: int = 2000, seed: int = 2026):
    """M4: predict the chance of a large revenue drop once the SMEs are cleared, then simulate.

    Controls: ``prediction`` (0 to 1), ``key_accounts`` (2 to 20), ``key_leave_probability``
    (0 to 0.3), ``fixed_cost_10k`` (0 to 2,000), ``reveal``. Key accounts share 10,000
    (10k yuan) of revenue equally; 400 SMEs bring 4,000. Model
    :func:`kamlab.models.misconceptions.portfolio_risk` for both strategies (same seed); plot
    :func:`plot_portfolio_risk`. A prediction counts as right within 10 percentage points.

    Examples
    --------
    >>> ex = portfolio_explorer(lang="en", simulations=500)
    >>> keep, clear = ex.result.result
    >>> round(keep.hhi), round(clear.hhi)
    (1022, 2000)
    """
    import ipywidgets as w

    from ..models.misconceptions import portfolio_risk

    lang = resolve_lang(lang, "portfolio_explorer")
    controls = {
        "prediction": _fslider(w, 0.2, 0.0, 1.0, 0.05, "lesson03.ctrl.predicted_drop", lang, ".0%"),
        "key_accounts": _islider(w, 5, 2, 20, 1, "lesson03.ctrl.key_accounts", lang),
        "key_leave_probability": _fslider(w, 0.10, 0.0, 0.30, 0.02, "lesson03.ctrl.key_leave_probability", lang),
        "fixed_cost_10k": _islider(w, 1400, 0, 2000, 100, "lesson03.ctrl.fixed_cost_10k", lang),
        "reveal": _reveal(w, lang),
    }

    def compute(prediction, key_accounts, key_leave_probability, fixed_cost_10k, reveal):
        kw = {"key_accounts": key_accounts, "key_revenue": 1e8 / key_accounts,
              "key_leave_probability": round(key_leave_probability, 4), "fixed_cost": float(fixed_cost_10k) * 1e4,
              "simulations": simulations, "seed": seed}
        return Revealed((portfolio_risk("keep", **kw), portfolio_risk("clear", **kw)), round(prediction, 4),
                        bool(reveal))

    def draw(r, ax):
        return plot_portfolio_risk(r.result, ax=ax, lang=lang) if r.revealed else _hidden(ax, lang)

    def describe(r):
        if not r.revealed:
            return t("lesson03.predict_first", lang)
        keep, clear = r.result
        return t("lesson03.portfolio_caption", lang, hhi_keep=keep.hhi, hhi_clear=clear.hhi,
                 drop_keep=keep.one_key_drop, drop_clear=clear.one_key_drop, thr=keep.drop_threshold,
                 p_keep=keep.large_drop_probability, p_clear=clear.large_drop_probability,
                 loss_keep=keep.loss_probability, loss_clear=clear.loss_probability, pred=r.prediction,
                 verdict=_verdict(abs(r.prediction - clear.large_drop_probability) <= 0.10, lang))

    return Explorer(controls, compute, draw, describe)


#: M5 prediction choices: the value ratio (with / without support) in each band.
RATIO_BANDS = {"lower": (-np.inf, 0.9), "same": (0.9, 1.1), "up_to_1_5": (1.1, 1.5), "above_1_5": (1.5, np.inf)}


def ratio_band(ratio: float) -> str:
    """The band of :data:`RATIO_BANDS` that holds ``ratio`` (upper ends excluded).

    >>> ratio_band(1.74), ratio_band(1.0), ratio_band(0.5)
    ('above_1_5', 'same', 'lower')
    """
    for name, (lo, hi) in RATIO_BANDS.items():
        if lo <= ratio < hi:
            return name
    return "lower"  # NaN: without support the account is worth nothing


def support_explorer(*, lang: str | None = None):
    """M5: predict what the chapter's support activities do to an account's value, then see it.

    Controls: ``prediction`` (a band of the value ratio), one checkbox per activity of
    :data:`kamlab.models.misconceptions.SUPPORT_ACTIVITIES` (all ticked), ``horizon_years`` (1
    to 20), ``reveal``. Model :func:`kamlab.models.misconceptions.support_value`; plot
    :func:`plot_support_value`.

    Examples
    --------
    >>> ex = support_explorer(lang="en")
    >>> round(ex.result.result.value_ratio, 2)
    1.74
    >>> ex.controls["in_store_promotion"].value = False
    >>> round(ex.result.result.value_ratio, 2)
    1.61
    """
    import ipywidgets as w

    from ..models.misconceptions import SUPPORT_ACTIVITIES, support_value

    lang = resolve_lang(lang, "support_explorer")
    names = list(SUPPORT_ACTIVITIES.index)
    controls = {"prediction": w.Dropdown(options=[(t(f"lesson03.ratio.{b}", lang), b) for b in RATIO_BANDS],
                                         value="same", description=t("lesson03.ctrl.predicted_ratio", lang),
                                         style=_style())}
    for a in names:
        controls[a] = w.Checkbox(value=True, description=t(f"lesson03.activity.{a}", lang), indent=False)
    controls["horizon_years"] = _islider(w, 10, 1, 20, 1, "lesson03.ctrl.horizon_years", lang)
    controls["reveal"] = _reveal(w, lang)

    def compute(prediction, horizon_years, reveal, **ticks):
        chosen = tuple(a for a in names if ticks[a])
        return Revealed(support_value(chosen, horizon_years=horizon_years), prediction, bool(reveal))

    def draw(r, ax):
        return plot_support_value(r.result, ax=ax, lang=lang) if r.revealed else _hidden(ax, lang)

    def describe(r):
        if not r.revealed:
            return t("lesson03.predict_first", lang)
        s, v = r.result.summary, r.result
        return t("lesson03.support_caption", lang, s0=s.loc["without", "sell_through"],
                 s1=s.loc["with", "sell_through"], g=s.loc["with", "order_growth"],
                 r0=s.loc["without", "retention"], r1=s.loc["with", "retention"],
                 cost=_10k(s.loc["with", "support_cost"]), years=v.horizon_years,
                 v0=_10k(s.loc["without", "account_value"]), v1=_10k(s.loc["with", "account_value"]),
                 ratio=v.value_ratio, pred=t(f"lesson03.ratio.{r.prediction}", lang),
                 verdict=_verdict(r.prediction == ratio_band(v.value_ratio), lang))

    return Explorer(controls, compute, draw, describe)
