"""Lesson 03 (the five misconceptions, M1-M5): explorers over :mod:`kamlab.models.misconceptions`.

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

from dataclasses import dataclass, replace

from ..i18n import resolve_lang, t
from ..models.misconceptions import (  # the M5 prediction bands
    DEDICATED_KAM,
    NON_PRICE_SUPPORT,
    PRICE_CONCESSION,
    RATIO_BANDS,
    SME_PROFIT_PLAN,
    SUPPORT_ACTIVITIES,
    TRADITIONAL,
    WIN_WIN_PLAN,
    ConcessionModel,
    concession_curve,
    portfolio_risk,
    ratio_band,
    relationship_paths,
    segment_pnl,
    support_value,
)
from ..plots import misconceptions as plots
from ..plots.style import CONTROL_STYLE
from .base import Explorer, float_slider, int_slider

__all__ = [
    "Revealed",
    "concession_explorer",
    "segment_explorer",
    "stage_explorer",
    "portfolio_explorer",
    "support_explorer",
]


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


# ---- explorers --------------------------------------------------------------------------------
def _reveal(w, lang):
    return w.Checkbox(value=False, description=t("misconceptions.ctrl.reveal", lang), style=CONTROL_STYLE, indent=False)


def _verdict(ok: bool, lang: str) -> str:
    return t("misconceptions.verdict.right" if ok else "misconceptions.verdict.wrong", lang)


def concession_explorer(*, lang: str | None = None):
    """M1: predict the most profitable concession, then see the profit curve (过犹不及).

    Controls: ``prediction`` (0 to 0.2), ``kind`` (price / support: default parameters
    of :data:`~kamlab.models.misconceptions.PRICE_CONCESSION` or
    :data:`~kamlab.models.misconceptions.NON_PRICE_SUPPORT` as the sliders' start), ``gross_margin``
    (0.05 to 0.5), ``max_volume_gain`` (0 to 1.5), ``sensitivity`` (1 to 80), ``reveal``.
    A prediction counts as right within one percentage point of the best concession.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    Explorer
        Its ``result`` is a :class:`Revealed`.

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

    lang = resolve_lang(lang, "concession_explorer")
    defaults = {"price": PRICE_CONCESSION, "support": NON_PRICE_SUPPORT}
    controls = {
        "prediction": float_slider(0.10, 0.0, 0.20, 0.005, t("misconceptions.ctrl.predicted_concession", lang), ".1%"),
        "kind": w.Dropdown(
            options=[(t(f"misconceptions.kind.{k}", lang), k) for k in defaults],
            value="price",
            description=t("misconceptions.ctrl.kind", lang),
            style=CONTROL_STYLE,
        ),
        "gross_margin": float_slider(0.20, 0.05, 0.50, 0.01, t("misconceptions.ctrl.gross_margin", lang)),
        "max_volume_gain": float_slider(0.6, 0.0, 1.5, 0.05, t("misconceptions.ctrl.max_volume_gain", lang)),
        "sensitivity": float_slider(15.0, 1.0, 80.0, 1.0, t("misconceptions.ctrl.sensitivity", lang), ".0f"),
        "reveal": _reveal(w, lang),
    }

    def on_kind(change):  # a new kind starts from its own defaults
        model = defaults[change["new"]]
        controls["max_volume_gain"].value = model.max_volume_gain
        controls["sensitivity"].value = model.sensitivity

    controls["kind"].observe(on_kind, names="value")

    def compute(prediction, kind, gross_margin, max_volume_gain, sensitivity, reveal):
        model = ConcessionModel(
            gross_margin=round(gross_margin, 4), max_volume_gain=round(max_volume_gain, 4), sensitivity=sensitivity
        )
        return Revealed(
            concession_curve(model, max_concession=max(0.2, model.gross_margin), points=161),
            round(prediction, 4),
            bool(reveal),
        )

    def draw(r, ax):
        if not r.revealed:
            return plots.plot_hidden(ax=ax, lang=lang)
        return plots.plot_concession_curve(r.result, prediction=r.prediction, ax=ax, lang=lang)

    def describe(r):
        if not r.revealed:
            return t("misconceptions.predict_first", lang)
        c, p = r.result, r.prediction
        ok = abs(p - c.best_concession) <= 0.01 + 1e-9
        fields = {"pred": p, "pred_change": c.profit_change(p), "verdict": _verdict(ok, lang)}
        if not c.model.pays:
            m = c.model
            return t(
                "misconceptions.concession_caption_none",
                lang,
                mgk=m.gross_margin * m.max_volume_gain * m.sensitivity,
                **fields,
            )
        return t(
            "misconceptions.concession_caption",
            lang,
            best=c.best_concession,
            gain=c.best_profit_gain,
            breakeven=c.breakeven_concession,
            **fields,
        )

    return Explorer(controls, compute, draw, describe)


def segment_explorer(*, lang: str | None = None):
    """M2: predict which plan earns more in the last year, then see the segment P&L.

    Controls: ``prediction`` (sme_profit / win_win), ``chain_share_gain`` (-0.02 to
    0.10), ``years`` (1 to 10), ``kam_fixed_cost_10k`` (0 to 1,500), ``reveal``. Model
    :func:`kamlab.models.misconceptions.segment_pnl`; plot :func:`kamlab.plots.plot_segment_pnl`.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    Explorer
        Its ``result`` is a :class:`Revealed`.

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

    lang = resolve_lang(lang, "segment_explorer")
    controls = {
        "prediction": w.Dropdown(
            options=[(t(f"misconceptions.plan.{p}", lang), p) for p in ("sme_profit", "win_win")],
            value="sme_profit",
            description=t("misconceptions.ctrl.predicted_plan", lang),
            style=CONTROL_STYLE,
        ),
        "chain_share_gain": float_slider(0.06, -0.02, 0.10, 0.01, t("misconceptions.ctrl.chain_share_gain", lang)),
        "years": int_slider(6, 1, 10, 1, t("misconceptions.ctrl.years", lang)),
        "kam_fixed_cost_10k": int_slider(600, 0, 1500, 100, t("misconceptions.ctrl.kam_fixed_cost_10k", lang)),
        "reveal": _reveal(w, lang),
    }

    def compute(prediction, chain_share_gain, years, kam_fixed_cost_10k, reveal):
        win = replace(WIN_WIN_PLAN, fixed_cost=float(kam_fixed_cost_10k) * 1e4)
        return Revealed(
            segment_pnl((SME_PROFIT_PLAN, win), years=years, chain_share_gain=round(chain_share_gain, 4)),
            prediction,
            bool(reveal),
        )

    def draw(r, ax):
        return plots.plot_segment_pnl(r.result, ax=ax, lang=lang) if r.revealed else plots.plot_hidden(ax=ax, lang=lang)

    def describe(r):
        if not r.revealed:
            return t("misconceptions.predict_first", lang)
        s, h = r.result.summary, int(r.result.summary.index.get_level_values("year").max())
        return t(
            "misconceptions.segment_caption",
            lang,
            years=h,
            chain=float(s.loc[("sme_profit", h), "chain_share"]),
            sme_first=_10k(s.loc[("sme_profit", 0), "profit"]),
            sme_last=_10k(s.loc[("sme_profit", h), "profit"]),
            sme_share_first=float(s.loc[("sme_profit", 0), "sme_profit_share"]),
            sme_share_last=float(s.loc[("sme_profit", h), "sme_profit_share"]),
            win_first=_10k(s.loc[("win_win", 0), "profit"]),
            win_last=_10k(s.loc[("win_win", h), "profit"]),
            winner=t(f"misconceptions.plan.{r.result.winner}", lang),
            verdict=_verdict(r.prediction == r.result.winner, lang),
        )

    return Explorer(controls, compute, draw, describe)


def stage_explorer(*, lang: str | None = None):
    """M3: predict how many accounts a dedicated KAM unit keeps, then see the stage chain.

    Controls: ``prediction`` (0 to 1), ``kam_advance`` (0 to 0.6), ``kam_cost_10k``
    (0 to 20), ``horizon_years`` (1 to 20), ``reveal``. Models
    :data:`~kamlab.models.misconceptions.TRADITIONAL` and
    :data:`~kamlab.models.misconceptions.DEDICATED_KAM` through
    :func:`kamlab.models.misconceptions.relationship_paths`. A prediction counts as right
    within 10 percentage points.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    Explorer
        Its ``result`` is a :class:`Revealed`.

    Examples
    --------
    >>> ex = stage_explorer(lang="en")
    >>> round(ex.result.result["dedicated"].retention, 3)
    0.322
    """
    import ipywidgets as w

    lang = resolve_lang(lang, "stage_explorer")
    controls = {
        "prediction": float_slider(0.5, 0.0, 1.0, 0.05, t("misconceptions.ctrl.predicted_retention", lang), ".0%"),
        "kam_advance": float_slider(0.35, 0.0, 0.6, 0.05, t("misconceptions.ctrl.kam_advance", lang)),
        "kam_cost_10k": float_slider(4.0, 0.0, 20.0, 1.0, t("misconceptions.ctrl.kam_cost_10k", lang), ".0f"),
        "horizon_years": int_slider(10, 1, 20, 1, t("misconceptions.ctrl.horizon_years", lang)),
        "reveal": _reveal(w, lang),
    }

    def compute(prediction, kam_advance, kam_cost_10k, horizon_years, reveal):
        kam = replace(DEDICATED_KAM, advance=round(kam_advance, 4), yearly_cost=float(kam_cost_10k) * 1e4)
        paths = {
            "traditional": relationship_paths(TRADITIONAL, horizon_years=horizon_years),
            "dedicated": relationship_paths(kam, horizon_years=horizon_years),
        }
        return Revealed(paths, round(prediction, 4), bool(reveal))

    def draw(r, ax):
        if not r.revealed:
            return plots.plot_hidden(ax=ax, lang=lang)
        return plots.plot_stage_paths(r.result, ax=ax, lang=lang)[0]

    def describe(r):
        if not r.revealed:
            return t("misconceptions.predict_first", lang)
        a, b = r.result["traditional"], r.result["dedicated"]
        return t(
            "misconceptions.stage_caption",
            lang,
            years=b.horizon_years,
            ret_t=a.retention,
            ret_k=b.retention,
            adv_t=a.advanced_share,
            adv_k=b.advanced_share,
            clv_t=f"{a.clv / 1e4:,.1f}",
            clv_k=f"{b.clv / 1e4:,.1f}",
            pred=r.prediction,
            verdict=_verdict(abs(r.prediction - b.retention) <= 0.10, lang),
        )

    return Explorer(controls, compute, draw, describe, figsize=(10, 4.2))


def portfolio_explorer(*, lang: str | None = None, simulations: int = 2000, seed: int = 2026):
    """M4: predict the chance of a large revenue drop once the SMEs are cleared, then simulate.

    Controls: ``prediction`` (0 to 1), ``key_accounts`` (2 to 20), ``key_leave_probability``
    (0 to 0.3), ``fixed_cost_10k`` (0 to 2,000), ``reveal``. Key accounts share 10,000
    (10k yuan) of revenue equally; 400 SMEs bring 4,000. Model
    :func:`kamlab.models.misconceptions.portfolio_risk` for both strategies (same seed); plot
    :func:`kamlab.plots.plot_portfolio_risk`. A prediction counts as right within 10 percentage points.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).
    simulations : int, default 2000
        Simulated years per strategy.
    seed : int, default 2026
        Seed of the simulations (the same for both strategies).

    Returns
    -------
    Explorer
        Its ``result`` is a :class:`Revealed`.

    Examples
    --------
    >>> ex = portfolio_explorer(lang="en", simulations=500)
    >>> keep, clear = ex.result.result
    >>> round(keep.hhi), round(clear.hhi)
    (1022, 2000)
    """
    import ipywidgets as w

    lang = resolve_lang(lang, "portfolio_explorer")
    controls = {
        "prediction": float_slider(0.2, 0.0, 1.0, 0.05, t("misconceptions.ctrl.predicted_drop", lang), ".0%"),
        "key_accounts": int_slider(5, 2, 20, 1, t("misconceptions.ctrl.key_accounts", lang)),
        "key_leave_probability": float_slider(
            0.10, 0.0, 0.30, 0.02, t("misconceptions.ctrl.key_leave_probability", lang)
        ),
        "fixed_cost_10k": int_slider(1400, 0, 2000, 100, t("misconceptions.ctrl.fixed_cost_10k", lang)),
        "reveal": _reveal(w, lang),
    }

    def compute(prediction, key_accounts, key_leave_probability, fixed_cost_10k, reveal):
        kw = {
            "key_accounts": key_accounts,
            "key_revenue": 1e8 / key_accounts,
            "key_leave_probability": round(key_leave_probability, 4),
            "fixed_cost": float(fixed_cost_10k) * 1e4,
            "simulations": simulations,
            "seed": seed,
        }
        return Revealed(
            (portfolio_risk("keep", **kw), portfolio_risk("clear", **kw)), round(prediction, 4), bool(reveal)
        )

    def draw(r, ax):
        return (
            plots.plot_portfolio_risk(r.result, ax=ax, lang=lang) if r.revealed else plots.plot_hidden(ax=ax, lang=lang)
        )

    def describe(r):
        if not r.revealed:
            return t("misconceptions.predict_first", lang)
        keep, clear = r.result
        return t(
            "misconceptions.portfolio_caption",
            lang,
            hhi_keep=keep.hhi,
            hhi_clear=clear.hhi,
            drop_keep=keep.one_key_drop,
            drop_clear=clear.one_key_drop,
            thr=keep.drop_threshold,
            p_keep=keep.large_drop_probability,
            p_clear=clear.large_drop_probability,
            loss_keep=keep.loss_probability,
            loss_clear=clear.loss_probability,
            pred=r.prediction,
            verdict=_verdict(abs(r.prediction - clear.large_drop_probability) <= 0.10, lang),
        )

    return Explorer(controls, compute, draw, describe)


def support_explorer(*, lang: str | None = None):
    """M5: predict what the chapter's support activities do to an account's value, then see it.

    Controls: ``prediction`` (a band of the value ratio), one checkbox per activity of
    :data:`kamlab.models.misconceptions.SUPPORT_ACTIVITIES`, named by the activity
    (``market_outlook``, ``selling_points``, ``best_sellers``, ``timely_delivery``,
    ``in_store_promotion``; all ticked), ``horizon_years`` (1 to 20), ``reveal``. Model
    :func:`kamlab.models.misconceptions.support_value`; plot
    :func:`kamlab.plots.misconceptions.plot_support_value`.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    Explorer
        Its ``result`` is a :class:`Revealed`.

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

    lang = resolve_lang(lang, "support_explorer")
    names = list(SUPPORT_ACTIVITIES.index)
    controls = {
        "prediction": w.Dropdown(
            options=[(t(f"misconceptions.ratio.{b}", lang), b) for b in RATIO_BANDS],
            value="same",
            description=t("misconceptions.ctrl.predicted_ratio", lang),
            style=CONTROL_STYLE,
        )
    }
    for a in names:
        controls[a] = w.Checkbox(value=True, description=t(f"misconceptions.activity.{a}", lang), indent=False)
    controls["horizon_years"] = int_slider(10, 1, 20, 1, t("misconceptions.ctrl.horizon_years", lang))
    controls["reveal"] = _reveal(w, lang)

    def compute(prediction, horizon_years, reveal, **ticks):
        chosen = tuple(a for a in names if ticks[a])
        return Revealed(support_value(chosen, horizon_years=horizon_years), prediction, bool(reveal))

    def draw(r, ax):
        return (
            plots.plot_support_value(r.result, ax=ax, lang=lang) if r.revealed else plots.plot_hidden(ax=ax, lang=lang)
        )

    def describe(r):
        if not r.revealed:
            return t("misconceptions.predict_first", lang)
        s, v = r.result.summary, r.result
        return t(
            "misconceptions.support_caption",
            lang,
            s0=s.loc["without", "sell_through"],
            s1=s.loc["with", "sell_through"],
            g=s.loc["with", "order_growth"],
            r0=s.loc["without", "retention"],
            r1=s.loc["with", "retention"],
            cost=_10k(s.loc["with", "support_cost"]),
            years=v.horizon_years,
            v0=_10k(s.loc["without", "account_value"]),
            v1=_10k(s.loc["with", "account_value"]),
            ratio=v.value_ratio,
            pred=t(f"misconceptions.ratio.{r.prediction}", lang),
            verdict=_verdict(r.prediction == ratio_band(v.value_ratio), lang),
        )

    return Explorer(controls, compute, draw, describe)
