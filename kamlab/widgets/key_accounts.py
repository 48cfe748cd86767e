"""Lesson 01's explorers: the subjective (C1) and objective (C2) ways to find key accounts.

:func:`scoring_explorer` puts a slider on the weight of each of the chapter's
subjective criteria; :func:`concentration_explorer` lets the student change how
concentrated a customer base is and where the pyramid's tiers are cut. Both are thin
shells: the models are :func:`kamlab.models.key_accounts.scoring_view` and
:func:`kamlab.models.key_accounts.concentration_view`, the pictures
:func:`plot_scoring_view` and :func:`plot_concentration_view`, which draw with the
tested :func:`kamlab.plot_attractiveness`, :func:`kamlab.plot_pyramid` and
:func:`kamlab.plot_lorenz`. matplotlib and ipywidgets are imported only when used.
"""

from __future__ import annotations

import html
import textwrap

import pandas as pd

from ..analytics import SCORING_CRITERIA, SCORING_WEIGHTS
from ..errors import KamlabTypeError
from ..i18n import resolve_lang, t
from ..models.key_accounts import ConcentrationView, ScoringView, concentration_view, scoring_view
from .base import Explorer

__all__ = ["scoring_explorer", "concentration_explorer", "plot_scoring_view", "plot_concentration_view"]

_KEY_RED = "#8c1d18"


# ---- drawing ----------------------------------------------------------------------------
def _two_panels(ax, figsize, width_ratios=(1, 1)):
    """Split ``ax``'s place in its figure into two side-by-side Axes (a new figure if None)."""
    if ax is None:
        import matplotlib.pyplot as plt

        fig, (left, right) = plt.subplots(1, 2, figsize=figsize, layout="constrained",
                                          gridspec_kw={"width_ratios": width_ratios})
        return left, right
    fig, spec = ax.figure, ax.get_subplotspec()
    ax.remove()
    grid = spec.subgridspec(1, 2, width_ratios=width_ratios)
    return fig.add_subplot(grid[0]), fig.add_subplot(grid[1])


def _wrap(text, lang):
    """Break a sentence into short lines: at words in English, after Chinese punctuation in Chinese."""
    if lang != "zh":
        return "\n".join(textwrap.wrap(text, 60))
    lines, line = [], ""
    for ch in text:
        line += ch
        if (ch in "，。：；" and len(line) >= 12) or len(line) >= 30:
            lines.append(line)
            line = ""
    return "\n".join(lines + ([line] if line else []))


def _message(ax, text, lang):
    """Show a sentence instead of a chart (a setting the model cannot use)."""
    ax.text(0.5, 0.5, _wrap(text, lang), ha="center", va="center", fontsize=12,
            transform=ax.transAxes, color="#8c1d18")
    ax.set_axis_off()
    return ax


def _check_view(view, kind, func):
    if not isinstance(view, kind):
        raise KamlabTypeError(f"{func}: parameter 'view' must be a {kind.__name__} "
                              f"(from kamlab.models.key_accounts), got {type(view).__name__}.")


def plot_scoring_view(view: ScoringView, *, ax=None, lang: str | None = None, **kwargs):
    """Two panels: the top accounts' scores and the potential key accounts' scores, by criterion.

    Each bar is one account's 0-100 score split into the points each criterion
    contributes (drawn by :func:`kamlab.plot_attractiveness`); tick labels give the
    account's rank. On the right, potential key accounts already in the key-account
    set are labelled in red. With all weights at zero the axes show a sentence.

    Parameters
    ----------
    view : ScoringView
        Result of :func:`kamlab.models.key_accounts.scoring_view`.
    ax : matplotlib.axes.Axes, optional
        Its place in the figure is split into the two panels; a new figure if None.
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to :func:`kamlab.plot_attractiveness` (and so to ``ax.barh``).

    Returns
    -------
    matplotlib.axes.Axes
        The left panel (the figure holds both).

    References
    ----------
    Chapter 4, C1 (subjective perception).

    Examples
    --------
    >>> import kamlab
    >>> from kamlab.models.key_accounts import scoring_view
    >>> ax = plot_scoring_view(scoring_view(kamlab.make_accounts(300, seed=1), n=5), lang="en")
    >>> len(ax.figure.axes), ax.get_title()
    (2, 'Top 5 accounts: what each criterion contributes')
    """
    from ..plots.analytics import plot_attractiveness

    func = "plot_scoring_view"
    _check_view(view, ScoringView, func)
    lang = resolve_lang(lang, func)
    if not view.ok:
        if ax is None:
            import matplotlib.pyplot as plt

            _, ax = plt.subplots(figsize=(11, 4.8), layout="constrained")
        return _message(ax, t("lesson01.no_weight", lang), lang)
    left, right = _two_panels(ax, (11, 4.8))
    n = len(view.top)
    plot_attractiveness(view.top, top=n, ax=left, lang=lang, **kwargs)
    left.set_yticks(left.get_yticks(), [f"{r}. {a}" for r, a in zip(view.top["rank"], view.top["account_id"])])
    left.set_title(t("lesson01.top_title", lang, n=n), fontsize=11)
    handles, labels = left.get_legend_handles_labels()
    left.get_legend().remove()
    share = view.n_key / len(view.scores)
    right.set_title(t("lesson01.potential_title", lang) + "\n" + t("lesson01.potential_note", lang, share=share),
                    fontsize=10)
    if view.potential.empty:
        _message(right, t("lesson01.no_potential", lang), lang)
    else:
        part = view.potential.head(n)
        plot_attractiveness(part, top=len(part), ax=right, lang=lang, **kwargs)
        right.get_legend().remove()
        right.set_title(t("lesson01.potential_title", lang) + "\n" + t("lesson01.potential_note", lang, share=share),
                        fontsize=10)
        right.set_yticks(right.get_yticks(), [f"{r}. {a}" for r, a in zip(part["rank"], part["account_id"])])
        for label, key in zip(right.get_yticklabels(), part["key_account"]):
            if key:
                label.set_color(_KEY_RED)
        right.set_ylabel("")
    fig = left.figure
    engine = fig.get_layout_engine()
    loc = "outside lower center" if engine is not None and "Constrained" in type(engine).__name__ else "lower center"
    fig.legend(handles, labels, loc=loc, ncol=len(SCORING_CRITERIA), fontsize=8, frameon=False)
    return left


def plot_concentration_view(view: ConcentrationView, *, ax=None, lang: str | None = None, **kwargs):
    """Two panels: the customer pyramid against an ideal 80/20 base, and the Lorenz curve.

    Left, :func:`kamlab.plot_pyramid` of the simulated base with the tier shares an
    ideal 80/20 Pareto base would give as black diamonds (or a sentence when the cuts
    do not fit). Right, :func:`kamlab.plot_lorenz` with the Gini coefficient and the
    HHI with its equivalent number of equal-sized customers.

    Parameters
    ----------
    view : ConcentrationView
        Result of :func:`kamlab.models.key_accounts.concentration_view`.
    ax : matplotlib.axes.Axes, optional
        Its place in the figure is split into the two panels; a new figure if None.
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to :func:`kamlab.plot_lorenz` (and so to ``ax.plot`` for the curve).

    Returns
    -------
    matplotlib.axes.Axes
        The left panel (the figure holds both).

    References
    ----------
    Chapter 4, C2 (80/20 rule; pyramid 1/4/15/80).

    Examples
    --------
    >>> from kamlab.models.key_accounts import concentration_view
    >>> ax = plot_concentration_view(concentration_view(0.8, n=200, seed=1), lang="en")
    >>> [a.get_title() for a in ax.figure.axes]
    ['Customer pyramid', 'Lorenz curve: the top 20% hold 80%']
    """
    from ..plots.analytics import plot_lorenz, plot_pyramid
    from ..analytics.segmentation import CustomerPyramid

    func = "plot_concentration_view"
    _check_view(view, ConcentrationView, func)
    lang = resolve_lang(lang, func)
    left, right = _two_panels(ax, (11, 4.5), width_ratios=(1.15, 1))
    if view.ok:
        pyramid = CustomerPyramid(accounts=pd.DataFrame(), summary=view.pyramid, value="revenue")
        plot_pyramid(pyramid, expected=view.ideal, ax=left, lang=lang)
        left.set_xlabel(t("analytics.value_share_pct", lang) + " / " + t("analytics.account_share_pct", lang))
    else:
        _message(left, t("lesson01.cuts_too_big", lang, total=sum(view.requested)), lang)
    plot_lorenz(view.lorenz, gini=view.gini, ax=right, lang=lang, **kwargs)
    right.set_title(t("lesson01.lorenz_title", lang, top20=view.measured_top20))
    right.text(5, 62, t("lesson01.hhi_note", lang, hhi=view.hhi.index, eq=view.hhi.equivalent_customers),
               fontsize=10, va="top")
    return left


# ---- captions ---------------------------------------------------------------------------
def _table(header, rows):
    head = "".join(f"<th style='padding:2px 8px'>{html.escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td style='padding:2px 8px;text-align:right'>{html.escape(str(c))}</td>"
                                    for c in row) + "</tr>" for row in rows)
    return f"<table style='border-collapse:collapse;font-size:90%'><tr>{head}</tr>{body}</table>"


def describe_scoring(view: ScoringView, lang: str, names: pd.Series | None = None) -> str:
    """HTML under the scoring chart: the weights, the key and potential counts, the top table."""
    if not view.ok:
        return f"<b>{html.escape(t('lesson01.no_weight', lang))}</b>"
    sep = "，" if lang == "zh" else ", "
    parts = sep.join(f"{t(f'analytics.criterion.{c}', lang)} {w:.0%}" for c, w in view.weights.items())
    best = view.top.iloc[0]
    summary = t("lesson01.scoring_summary", lang, share=view.n_key / len(view.scores), n_key=view.n_key,
                n_potential=view.n_potential, n_in=view.n_potential_in_key, top=best["account_id"],
                score=float(best["score"]))
    header = [t("ui.rank", lang), t("lesson01.account", lang), t("lesson01.score", lang),
              *[t(f"analytics.criterion.{c}", lang) for c in SCORING_CRITERIA], t("lesson01.potential", lang)]
    rows = []
    for _, r in view.top.iterrows():
        account = r["account_id"] if names is None else f"{r['account_id']} {names.get(r['account_id'], '')}"
        rows.append([int(r["rank"]), account, f"{r['score']:.1f}", *[f"{r[f'points_{c}']:.1f}" for c in SCORING_CRITERIA],
                     t("lesson01.yes" if r["potential_key_account"] else "lesson01.no", lang)])
    return (f"<p>{html.escape(t('lesson01.weights_used', lang, weights=parts))}<br>{html.escape(summary)}</p>"
            + _table(header, rows))


def describe_concentration(view: ConcentrationView, lang: str) -> str:
    """HTML under the concentration chart: the measures and the tier table."""
    summary = t("lesson01.concentration_summary", lang, n=f"{view.n_accounts:,}", top20=view.measured_top20,
                gini=view.gini, hhi=view.hhi.index, eq=view.hhi.equivalent_customers)
    text = f"<p>{html.escape(summary)}</p>"
    if not view.ok:
        message = t("lesson01.cuts_too_big", lang, total=sum(view.requested))
        return text + f"<p><b>{html.escape(message)}</b></p>"
    header = [t("lesson01.tier", lang), t("lesson01.accounts_share", lang), t("lesson01.revenue_share", lang),
              t("lesson01.ideal_share", lang)]
    rows = [[t(f"tier.{r.tier}", lang), f"{r.account_share:.1%}", f"{r.value_share:.1%}", f"{i:.1%}"]
            for r, i in zip(view.pyramid.itertuples(), view.ideal["value_share"])]
    return text + _table(header, rows)


# ---- the explorers ----------------------------------------------------------------------
def scoring_explorer(accounts: pd.DataFrame, *, lang: str | None = None, n: int = 10) -> Explorer:
    """The subjective method (C1) live: one weight slider per criterion, and a top-N slider.

    Controls: ``current_sales``, ``future_trend``, ``potential``, ``time_energy``,
    ``strategic_importance`` (FloatSliders 0 to 1, step 0.05, starting at
    :data:`kamlab.SCORING_WEIGHTS`) and ``n`` (IntSlider 5 to 20). Weights need not add
    up to 1: the model scales them. The model is
    :func:`kamlab.models.key_accounts.scoring_view`, the plot :func:`plot_scoring_view`;
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

    from .._validate import require_frame

    require_frame(accounts, "scoring_explorer")
    lang = resolve_lang(lang, "scoring_explorer")
    scoring_view(accounts, n=1)  # fail now, with the table's problem, rather than inside a slider callback
    style = {"description_width": "initial"}
    layout = w.Layout(width="330px")
    controls = {
        c: w.FloatSlider(value=SCORING_WEIGHTS[c], min=0.0, max=1.0, step=0.05, readout_format=".2f",
                         description=t("lesson01.weight", lang, criterion=t(f"analytics.criterion.{c}", lang)),
                         style=style, layout=layout, continuous_update=False)
        for c in SCORING_CRITERIA
    }
    controls["n"] = w.IntSlider(value=n, min=5, max=20, description=t("ui.top_n", lang), style=style,
                                layout=layout, continuous_update=False)
    name_col = "name_zh" if lang == "zh" else "name_en"
    names = accounts.set_index("account_id")[name_col] if name_col in accounts.columns else None

    def compute(n, **weights):
        return scoring_view(accounts, weights=weights, n=n)

    return Explorer(controls, compute, lambda view, ax: plot_scoring_view(view, ax=ax, lang=lang),
                    lambda view: describe_scoring(view, lang, names), figsize=(11, 4.8))


def concentration_explorer(*, lang: str | None = None, n: int = 2000, seed: int = 2026) -> Explorer:
    """The objective method (C2) live: how concentrated the base is, and where the tiers are cut.

    Controls: ``concentration`` (the top 20%'s share of revenue, 0.30 to 0.95, step
    0.05, starting at the chapter's 0.80) and the shares of accounts in the three
    key-account tiers, ``vip`` (0.01 to 0.20), ``important`` (0.01 to 0.40) and
    ``ordinary`` (0.01 to 0.60), starting at the chapter's 1%, 4% and 15%; small
    customers are the rest. Tiers that add up to 100% or more give a sentence, not
    an error. The model is :func:`kamlab.models.key_accounts.concentration_view` (a fresh
    simulated base of ``n`` accounts for every concentration), the plot
    :func:`plot_concentration_view`.

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
    style = {"description_width": "initial"}
    layout = w.Layout(width="330px")

    def share(value, low, high, key, step=0.01):
        return w.FloatSlider(value=value, min=low, max=high, step=step, readout_format=".0%",
                             description=t(key, lang), style=style, layout=layout, continuous_update=False)

    controls = {
        "concentration": share(0.80, 0.30, 0.95, "lesson01.concentration", step=0.05),
        "vip": share(0.01, 0.01, 0.20, "lesson01.cut.vip"),
        "important": share(0.04, 0.01, 0.40, "lesson01.cut.important"),
        "ordinary": share(0.15, 0.01, 0.60, "lesson01.cut.ordinary"),
    }

    def compute(concentration, vip, important, ordinary):
        return concentration_view(concentration, vip=vip, important=important, ordinary=ordinary, n=n, seed=seed)

    return Explorer(controls, compute, lambda view, ax: plot_concentration_view(view, ax=ax, lang=lang),
                    lambda view: describe_concentration(view, lang), figsize=(11, 4.5))
