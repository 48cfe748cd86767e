"""Lesson 02 (why KAM matters, I1-I4): explorers over :mod:`kamlab.models.why_kam`.

The explorers are thin shells: controls, a compute function from
:mod:`kamlab.models.why_kam` and a plot of :mod:`kamlab.plots.why_kam`.

* :func:`effort_explorer` (I1): spread an effort budget evenly or focus it on strategic accounts.
* :func:`clv_explorer` (I2): customer lifetime value and the worth of a retention point.
* :func:`retention_explorer` (I3): loyal vs transactional accounts over the years.
* :func:`breakeven_explorer` (I4): the 33% rule, with a heat map of the grid.
"""

from __future__ import annotations

import numpy as np

from .._validate import require_frame
from ..i18n import resolve_lang, t
from ..models.why_kam import (
    STRATEGIC_CRITERIA,
    EffortModel,
    breakeven_scenario,
    clv_scenario,
    compare_effort_policies,
    focus_curve,
    retention_curves,
)
from ..plots import why_kam as plots
from ..plots.style import CONTROL_STYLE
from .base import Explorer, float_slider, int_slider

__all__ = [
    "effort_explorer",
    "clv_explorer",
    "retention_explorer",
    "breakeven_explorer",
]


def _10k(x: float) -> str:
    return f"{x / 1e4:,.0f}"


# ---- explorers --------------------------------------------------------------------------------
def effort_explorer(accounts, *, lang: str | None = None):
    """I1: spread a sales-effort budget evenly, or concentrate it on strategic accounts?

    Controls: ``budget_hours`` (0 to 100,000), ``focus_share`` (0 to 1),
    ``strategic_share`` (0.01 to 0.5), ``strategic_by``, ``half_effort_hours`` (2 to
    200) and ``response_strength`` (0 to 1). Models:
    :func:`kamlab.models.why_kam.compare_effort_policies` and
    :func:`kamlab.models.why_kam.focus_curve`; plot :func:`kamlab.plots.plot_focus_curve`.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table (e.g. :func:`kamlab.load_accounts`).
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    Explorer
        Its ``result`` is the model's answer to the current settings.

    Examples
    --------
    >>> import kamlab
    >>> ex = effort_explorer(kamlab.make_accounts(200, seed=1), lang="en")
    >>> ex.controls["budget_hours"].value = 2000
    >>> ex.result[0].winner
    'focused'
    """
    import ipywidgets as w

    func = "effort_explorer"
    require_frame(accounts, func)
    lang = resolve_lang(lang, func)
    controls = {
        "budget_hours": int_slider(20_000, 0, 100_000, 5_000, t("why_kam.ctrl.budget_hours", lang)),
        "focus_share": float_slider(0.8, 0.0, 1.0, 0.05, t("why_kam.ctrl.focus_share", lang)),
        "strategic_share": float_slider(0.05, 0.01, 0.5, 0.01, t("why_kam.ctrl.strategic_share", lang)),
        "strategic_by": w.Dropdown(
            options=[(t(f"why_kam.by.{c}", lang), c) for c in STRATEGIC_CRITERIA],
            value="category_spend",
            description=t("why_kam.ctrl.strategic_by", lang),
            style=CONTROL_STYLE,
        ),
        "half_effort_hours": float_slider(40.0, 2.0, 200.0, 2.0, t("why_kam.ctrl.half_effort_hours", lang), ".0f"),
        "response_strength": float_slider(0.6, 0.0, 1.0, 0.05, t("why_kam.ctrl.response_strength", lang)),
    }

    def compute(budget_hours, focus_share, strategic_share, strategic_by, half_effort_hours, response_strength):
        model = EffortModel(half_effort_hours=half_effort_hours, response_strength=response_strength)
        kw = {
            "budget_hours": budget_hours,
            "strategic_share": strategic_share,
            "strategic_by": strategic_by,
            "model": model,
        }
        return compare_effort_policies(accounts, focus_share=focus_share, **kw), focus_curve(accounts, **kw)

    def draw(result, ax):
        comparison, curve = result
        return plots.plot_focus_curve(curve, comparison, ax=ax, lang=lang)

    def describe(result):
        s = result[0].summary
        pct = lambda v: f"{v:.1%}"  # noqa: E731
        return t(
            "why_kam.effort_caption",
            lang,
            winner=t(f"why_kam.policy.{result[0].winner}", lang),
            gain=_10k(abs(result[0].focus_gain)),
            sow_even=pct(s.loc["even", "share_of_wallet"]),
            sow_focused=pct(s.loc["focused", "share_of_wallet"]),
            ret_even=pct(s.loc["even", "strategic_retention"]),
            ret_focused=pct(s.loc["focused", "strategic_retention"]),
            profit_even=_10k(s.loc["even", "profit"]),
            profit_focused=_10k(s.loc["focused", "profit"]),
            life_even=_10k(s.loc["even", "lifetime_profit"]),
            life_focused=_10k(s.loc["focused", "lifetime_profit"]),
        )

    return Explorer(controls, compute, draw, describe)


def clv_explorer(*, lang: str | None = None):
    """I2: customer lifetime value, and why one retention point is worth more than it looks.

    Controls: ``margin_10k`` (yearly margin, 0.5 to 100, 10k yuan), ``retention`` (0
    to 1), ``discount_rate`` (0 to 0.3), ``growth`` (-0.2 to 0.2). Model
    :func:`kamlab.models.why_kam.clv_scenario`; plot :func:`kamlab.plots.plot_clv_scenario`. When
    retention x (1 + growth) >= 1 + discount rate the caption explains why there is
    no finite value (nothing crashes).

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    Explorer
        Its ``result`` is the model's answer to the current settings.

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

    lang = resolve_lang(lang, "clv_explorer")
    controls = {
        "margin_10k": float_slider(10.0, 0.5, 100.0, 0.5, t("why_kam.ctrl.margin_10k", lang), ".1f"),
        "retention": float_slider(0.8, 0.0, 1.0, 0.01, t("why_kam.ctrl.retention", lang)),
        "discount_rate": float_slider(0.12, 0.0, 0.3, 0.01, t("why_kam.ctrl.discount_rate", lang)),
        "growth": float_slider(0.0, -0.2, 0.2, 0.01, t("why_kam.ctrl.growth", lang)),
    }

    def compute(margin_10k, retention, discount_rate, growth):
        return clv_scenario(margin_10k * 1e4, retention, discount_rate, growth=growth)

    def describe(s):
        if not s.converges:
            return t("why_kam.clv_diverges", lang, lhs=s.retention * (1 + s.growth), rhs=1 + s.discount_rate)
        fields = {"margin": f"{s.margin / 1e4:,.1f}", "multiple": s.margin_multiple, "clv": f"{s.clv / 1e4:,.1f}"}
        if np.isnan(s.one_point_gain):
            return t("why_kam.clv_caption_top", lang, **fields)
        return t("why_kam.clv_caption", lang, relative=s.one_point_relative, gain=s.one_point_gain, **fields)

    return Explorer(controls, compute, lambda s, ax: plots.plot_clv_scenario(s, ax=ax, lang=lang), describe)


def retention_explorer(*, lang: str | None = None):
    """I3: retention curves and cumulative repeat purchases of loyal vs transactional accounts.

    Controls: ``loyal_retention`` and ``transactional_retention`` (0 to 1),
    ``horizon_years`` (1 to 30). Model :func:`kamlab.models.why_kam.retention_curves`;
    plots :func:`kamlab.plots.plot_survival` and :func:`kamlab.plots.plot_repeat_purchases` side by side.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    Explorer
        Its ``result`` is the model's answer to the current settings.

    Examples
    --------
    >>> ex = retention_explorer(lang="en")
    >>> ex.controls["horizon_years"].value = 5
    >>> round(float(ex.result.summary.loc["loyal", "repeat_purchases"]), 3)
    3.686
    """

    lang = resolve_lang(lang, "retention_explorer")
    controls = {
        "loyal_retention": float_slider(0.9, 0.0, 1.0, 0.01, t("why_kam.ctrl.loyal_retention", lang)),
        "transactional_retention": float_slider(0.6, 0.0, 1.0, 0.01, t("why_kam.ctrl.transactional_retention", lang)),
        "horizon_years": int_slider(10, 1, 30, 1, t("why_kam.ctrl.horizon_years", lang)),
    }

    def compute(loyal_retention, transactional_retention, horizon_years):
        return retention_curves(
            {"loyal": loyal_retention, "transactional": transactional_retention}, horizon_years=horizon_years
        )

    def draw(curves, ax):
        return plots.plot_retention(curves, ax=ax, lang=lang)[0]

    def describe(curves):
        s, h = curves.summary, curves.horizon_years
        last = curves.table[curves.table["year"] == h].set_index("group")["survival"]

        def life(g):
            years = s.loc[g, "expected_lifetime_years"]
            return "∞" if np.isinf(years) else f"{years:.1f}"

        ratio = curves.repeat_ratio
        return t(
            "why_kam.retention_caption",
            lang,
            years=h,
            s_loyal=f"{last['loyal']:.1%}",
            s_trans=f"{last['transactional']:.1%}",
            rep_loyal=f"{s.loc['loyal', 'repeat_purchases']:.2f}",
            rep_trans=f"{s.loc['transactional', 'repeat_purchases']:.2f}",
            ratio="∞" if np.isinf(ratio) else f"{ratio:.1f}",
            life_loyal=life("loyal"),
            life_trans=life("transactional"),
        )

    return Explorer(controls, compute, draw, describe, figsize=(10, 4.2))


def breakeven_explorer(*, lang: str | None = None):
    """I4: the 33% rule: how much extra volume a discount needs, and where nothing can compensate.

    Controls: ``gross_margin`` (0.05 to 0.6) and ``discount`` (0 to 0.3). Model
    :func:`kamlab.models.why_kam.breakeven_scenario`; plot :func:`kamlab.plots.plot_breakeven_map`.
    A discount at or above the margin shows the explanation, not an error.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    Explorer
        Its ``result`` is the model's answer to the current settings.

    Examples
    --------
    >>> ex = breakeven_explorer(lang="en")
    >>> round(ex.result.volume_increase, 4)
    0.3333
    >>> ex.controls["discount"].value = 0.25
    >>> ex.result.compensable
    False
    """

    lang = resolve_lang(lang, "breakeven_explorer")
    controls = {
        "gross_margin": float_slider(0.20, 0.05, 0.60, 0.01, t("why_kam.ctrl.gross_margin", lang)),
        "discount": float_slider(0.05, 0.0, 0.30, 0.01, t("why_kam.ctrl.discount", lang)),
    }

    def compute(gross_margin, discount):
        return breakeven_scenario(round(gross_margin, 4), round(discount, 4))

    def describe(s):
        fields = {
            "m": s.gross_margin,
            "d": s.discount,
            "before": s.profit_per_100_before,
            "after": s.profit_per_100_after,
        }
        if not s.compensable:
            return t("why_kam.breakeven_caption_none", lang, **fields)
        return t("why_kam.breakeven_caption", lang, x=s.volume_increase, **fields)

    return Explorer(
        controls, compute, lambda s, ax: plots.plot_breakeven_map(s, ax=ax, lang=lang), describe, figsize=(8, 5)
    )
