"""Lesson 01 (C1-C2): plots of :mod:`kamlab.models.key_accounts`'s views.

:func:`plot_scoring_view` and :func:`plot_concentration_view` draw two panels each with the tested
:func:`kamlab.plot_attractiveness`, :func:`kamlab.plot_pyramid` and :func:`kamlab.plot_lorenz`.
"""

from __future__ import annotations

import textwrap

import pandas as pd

from ..analytics import SCORING_CRITERIA
from ..analytics.segmentation import CustomerPyramid
from ..i18n import resolve_lang, t
from ..models import key_accounts
from .analytics import plot_attractiveness, plot_lorenz, plot_pyramid
from .style import DARK_RED, message, require_result, setup_axes, split_axes

__all__ = ["plot_scoring_view", "plot_concentration_view"]


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
    return message(ax, _wrap(text, lang))


def _check_view(view, kind, func):
    require_result(view, getattr(key_accounts, kind), "view", func, source="kamlab.models.key_accounts")


def plot_scoring_view(view, *, ax=None, lang: str | None = None, **kwargs):
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
    func = "plot_scoring_view"
    _check_view(view, "ScoringView", func)
    lang = resolve_lang(lang, func)
    if not view.ok:
        ax, lang = setup_axes(ax, lang, func, (11, 4.8))
        return _message(ax, t("key_accounts.no_weight", lang), lang)
    left, right = split_axes(ax, figsize=(11, 4.8))
    n = len(view.top)
    plot_attractiveness(view.top, top=n, ax=left, lang=lang, legend=False, **kwargs)
    left.set_yticks(left.get_yticks(), [f"{r}. {a}" for r, a in zip(view.top["rank"], view.top["account_id"])])
    # y=1.0: the titles sit on the axes' top edge, where matplotlib's automatic placement puts them
    # (the ticks are at the bottom), without measuring every tick label again at each layout pass
    left.set_title(t("key_accounts.top_title", lang, n=n), fontsize=11, y=1.0)
    handles, labels = left.get_legend_handles_labels()
    share = view.n_key / len(view.scores)
    right_title = t("key_accounts.potential_title", lang) + "\n" + t("key_accounts.potential_note", lang, share=share)
    right.set_title(right_title, fontsize=10, y=1.0)
    if view.potential.empty:
        _message(right, t("key_accounts.no_potential", lang), lang)
    else:
        part = view.potential.head(n)
        plot_attractiveness(part, top=len(part), ax=right, lang=lang, legend=False, **kwargs)
        right.set_title(right_title, fontsize=10, y=1.0)
        right.set_yticks(right.get_yticks(), [f"{r}. {a}" for r, a in zip(part["rank"], part["account_id"])])
        for label, key in zip(right.get_yticklabels(), part["key_account"]):
            if key:
                label.set_color(DARK_RED)
        right.set_ylabel("")
    fig = left.figure
    engine = fig.get_layout_engine()
    loc = "outside lower center" if engine is not None and "Constrained" in type(engine).__name__ else "lower center"
    fig.legend(handles, labels, loc=loc, ncol=len(SCORING_CRITERIA), fontsize=8, frameon=False)
    return left


def plot_concentration_view(view, *, ax=None, lang: str | None = None, **kwargs):
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
    func = "plot_concentration_view"
    _check_view(view, "ConcentrationView", func)
    lang = resolve_lang(lang, func)
    left, right = split_axes(ax, figsize=(11, 4.5), width_ratios=(1.15, 1))
    if view.ok:
        pyramid = CustomerPyramid(accounts=pd.DataFrame(), summary=view.pyramid, value="revenue")
        plot_pyramid(pyramid, expected=view.ideal, ax=left, lang=lang)
        left.set_xlabel(t("analytics.value_share_pct", lang) + " / " + t("analytics.account_share_pct", lang))
        # under the axes, not over the small customers' 80% bar (constrained layout makes room)
        left.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), ncol=2, fontsize=8, frameon=False)
    else:
        _message(left, t("key_accounts.cuts_too_big", lang, total=sum(view.requested)), lang)
    plot_lorenz(view.lorenz, gini=view.gini, ax=right, lang=lang, **kwargs)
    # under the axes too, not between the Gini and HHI notes (on a projector the text is larger
    # relative to the chart and the legend ran into the HHI note)
    right.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), ncol=2, fontsize=8, frameon=False)
    right.set_title(t("key_accounts.lorenz_title", lang, top20=view.measured_top20))
    right.text(
        5,
        62,
        t("key_accounts.hhi_note", lang, hhi=view.hhi.index, eq=view.hhi.equivalent_customers),
        fontsize=10,
        va="top",
    )
    return left
