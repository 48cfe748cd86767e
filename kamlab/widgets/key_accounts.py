"""Lesson 01's explorers: the subjective (C1) and objective (C2) ways to find key accounts.

:func:`scoring_explorer` puts a slider on the weight of each of the chapter's
subjective criteria; :func:`concentration_explorer` lets the student change how
concentrated a customer base is and where the pyramid's tiers are cut. Both are thin
shells: the models are :func:`kamlab.models.key_accounts.scoring_view` and
:func:`kamlab.models.key_accounts.concentration_view`, the pictures
:func:`kamlab.plots.plot_scoring_view` and :func:`kamlab.plots.plot_concentration_view`, which draw with the
tested :func:`kamlab.plot_attractiveness`, :func:`kamlab.plot_pyramid` and
:func:`kamlab.plot_lorenz`. matplotlib and ipywidgets are imported only when used.
"""

from __future__ import annotations

import html

import pandas as pd

from .._validate import require_frame
from ..analytics import SCORING_CRITERIA, SCORING_WEIGHTS
from ..i18n import resolve_lang, t
from ..models.key_accounts import ConcentrationView, ScoringView, concentration_view, scoring_view
from ..plots import key_accounts as plots
from .base import Explorer, float_slider, int_slider

__all__ = ["scoring_explorer", "concentration_explorer"]


# ---- drawing ----------------------------------------------------------------------------


# ---- captions ---------------------------------------------------------------------------
def _table(header, rows):
    head = "".join(f"<th style='padding:2px 8px'>{html.escape(str(h))}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(f"<td style='padding:2px 8px;text-align:right'>{html.escape(str(c))}</td>" for c in row)
        + "</tr>"
        for row in rows
    )
    return f"<table style='border-collapse:collapse;font-size:90%'><tr>{head}</tr>{body}</table>"


def describe_scoring(view: ScoringView, lang: str, names: pd.Series | None = None) -> str:
    """HTML under the scoring chart: the weights, the key and potential counts, the top table."""
    if not view.ok:
        return f"<b>{html.escape(t('key_accounts.no_weight', lang))}</b>"
    sep = "，" if lang == "zh" else ", "
    parts = sep.join(f"{t(f'analytics.criterion.{c}', lang)} {w:.0%}" for c, w in view.weights.items())
    best = view.top.iloc[0]
    summary = t(
        "key_accounts.scoring_summary",
        lang,
        share=view.n_key / len(view.scores),
        n_key=view.n_key,
        n_potential=view.n_potential,
        n_in=view.n_potential_in_key,
        top=best["account_id"],
        score=float(best["score"]),
    )
    header = [
        t("ui.rank", lang),
        t("key_accounts.account", lang),
        t("key_accounts.score", lang),
        *[t(f"analytics.criterion.{c}", lang) for c in SCORING_CRITERIA],
        t("key_accounts.potential", lang),
    ]
    rows = []
    for _, r in view.top.iterrows():
        account = r["account_id"] if names is None else f"{r['account_id']} {names.get(r['account_id'], '')}"
        rows.append(
            [
                int(r["rank"]),
                account,
                f"{r['score']:.1f}",
                *[f"{r[f'points_{c}']:.1f}" for c in SCORING_CRITERIA],
                t("key_accounts.yes" if r["potential_key_account"] else "key_accounts.no", lang),
            ]
        )
    return (
        f"<p>{html.escape(t('key_accounts.weights_used', lang, weights=parts))}<br>{html.escape(summary)}</p>"
        + _table(header, rows)
    )


def describe_concentration(view: ConcentrationView, lang: str) -> str:
    """HTML under the concentration chart: the measures and the tier table."""
    summary = t(
        "key_accounts.concentration_summary",
        lang,
        n=f"{view.n_accounts:,}",
        top20=view.measured_top20,
        gini=view.gini,
        hhi=view.hhi.index,
        eq=view.hhi.equivalent_customers,
    )
    text = f"<p>{html.escape(summary)}</p>"
    if not view.ok:
        message = t("key_accounts.cuts_too_big", lang, total=sum(view.requested))
        return text + f"<p><b>{html.escape(message)}</b></p>"
    header = [
        t("key_accounts.tier", lang),
        t("key_accounts.accounts_share", lang),
        t("key_accounts.revenue_share", lang),
        t("key_accounts.ideal_share", lang),
    ]
    rows = [
        [t(f"tier.{r.tier}", lang), f"{r.account_share:.1%}", f"{r.value_share:.1%}", f"{i:.1%}"]
        for r, i in zip(view.pyramid.itertuples(), view.ideal["value_share"])
    ]
    return text + _table(header, rows)


# ---- the explorers ----------------------------------------------------------------------
def scoring_explorer(accounts: pd.DataFrame, *, lang: str | None = None, n: int = 10) -> Explorer:
    """The subjective method (C1) live: one weight slider per criterion, and a top-N slider.

    Controls: ``current_sales``, ``future_trend``, ``potential``, ``time_energy``,
    ``strategic_importance`` (FloatSliders 0 to 1, step 0.05, starting at
    :data:`kamlab.SCORING_WEIGHTS`) and ``n`` (IntSlider 5 to 20). Weights need not add
    up to 1: the model scales them. The model is
    :func:`kamlab.models.key_accounts.scoring_view`, the plot :func:`kamlab.plots.plot_scoring_view`;
    the caption lists the scaled weights, how many potential key accounts are in the
    key-account set, and the top accounts' points per criterion. All weights at 0
    gives a sentence, not an error.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table (e.g. :func:`kamlab.load_accounts`).
    lang : {"zh", "en"}, optional
        Language of labels (default: the current language).
    n : int, default 10
        Starting value of the top-N slider.

    Returns
    -------
    Explorer

    Examples
    --------
    >>> import kamlab
    >>> ex = scoring_explorer(kamlab.make_accounts(300, seed=1), lang="en")
    >>> for c in ("future_trend", "potential", "time_energy", "strategic_importance"):
    ...     ex.controls[c].value = 0
    >>> ex.result.top["account_id"].iloc[0] == kamlab.make_accounts(300, seed=1).nlargest(1, "revenue")["account_id"].iloc[0]
    True
    """
    import ipywidgets as w

    require_frame(accounts, "scoring_explorer")
    lang = resolve_lang(lang, "scoring_explorer")
    scoring_view(accounts, n=1)  # fail now, with the table's problem, rather than inside a slider callback
    layout = w.Layout(width="330px")
    controls = {
        c: float_slider(
            SCORING_WEIGHTS[c],
            0.0,
            1.0,
            0.05,
            t("key_accounts.weight", lang, criterion=t(f"analytics.criterion.{c}", lang)),
            ".2f",
            layout=layout,
        )
        for c in SCORING_CRITERIA
    }
    controls["n"] = int_slider(n, 5, 20, 1, t("ui.top_n", lang), layout=layout)
    name_col = "name_zh" if lang == "zh" else "name_en"
    names = accounts.set_index("account_id")[name_col] if name_col in accounts.columns else None

    def compute(n, **weights):
        return scoring_view(accounts, weights=weights, n=n)

    return Explorer(
        controls,
        compute,
        lambda view, ax: plots.plot_scoring_view(view, ax=ax, lang=lang),
        lambda view: describe_scoring(view, lang, names),
        figsize=(11, 4.8),
    )


def concentration_explorer(*, lang: str | None = None, n: int = 2000, seed: int = 2026) -> Explorer:
    """The objective method (C2) live: how concentrated the base is, and where the tiers are cut.

    Controls: ``concentration`` (the top 20%'s share of revenue, 0.30 to 0.95, step
    0.05, starting at the chapter's 0.80) and the shares of accounts in the three
    key-account tiers, ``vip`` (0.01 to 0.20), ``important`` (0.01 to 0.40) and
    ``ordinary`` (0.01 to 0.60), starting at the chapter's 1%, 4% and 15%; small
    customers are the rest. Tiers that add up to 100% or more give a sentence, not
    an error. The model is :func:`kamlab.models.key_accounts.concentration_view` (a fresh
    simulated base of ``n`` accounts for every concentration), the plot
    :func:`kamlab.plots.plot_concentration_view`.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of labels (default: the current language).
    n : int, default 2000
        Number of simulated accounts.
    seed : int, default 2026
        Seed of the simulated base.

    Returns
    -------
    Explorer

    Examples
    --------
    >>> ex = concentration_explorer(lang="en", n=500)
    >>> ex.controls["concentration"].value = 0.5
    >>> round(ex.result.measured_top20, 2), ex.result.pyramid["count"].tolist()
    (0.5, [5, 20, 75, 400])
    """
    import ipywidgets as w

    lang = resolve_lang(lang, "concentration_explorer")
    concentration_view(0.8, n=n, seed=seed)  # check n and seed now
    layout = w.Layout(width="330px")

    def share(value, low, high, key, step=0.01):
        return float_slider(value, low, high, step, t(key, lang), ".0%", layout=layout)

    controls = {
        "concentration": share(0.80, 0.30, 0.95, "key_accounts.concentration", step=0.05),
        "vip": share(0.01, 0.01, 0.20, "key_accounts.cut.vip"),
        "important": share(0.04, 0.01, 0.40, "key_accounts.cut.important"),
        "ordinary": share(0.15, 0.01, 0.60, "key_accounts.cut.ordinary"),
    }

    def compute(concentration, vip, important, ordinary):
        return concentration_view(concentration, vip=vip, important=important, ordinary=ordinary, n=n, seed=seed)

    return Explorer(
        controls,
        compute,
        lambda view, ax: plots.plot_concentration_view(view, ax=ax, lang=lang),
        lambda view: describe_concentration(view, lang),
        figsize=(11, 4.5),
    )
