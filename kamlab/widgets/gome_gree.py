"""Lesson 06 (case K3, Gome vs Gree): plots and explorers over :mod:`kamlab.models.gome_gree`.

* :func:`plot_payoff_table`: the stage game, equilibria marked.
* :func:`plot_threat_credibility`: Gree's two losses against its dependence on Gome.
* :func:`plot_repeated_play`: cumulative payoffs of a simulated repeated game.
* :func:`stage_game_explorer` and :func:`repeated_game_explorer`: replay the decision.
"""

from __future__ import annotations

import numpy as np

from ..models.gome_gree import STRATEGIES, GomeGreeCase, KamDepartment, OneShotResult, one_shot, simulate_repeated
from ..errors import KamlabTypeError
from ..i18n import resolve_lang, t
from ..plots.start_here import prepare_axes
from .base import Explorer

__all__ = [
    "plot_payoff_table",
    "plot_threat_credibility",
    "plot_repeated_play",
    "stage_game_explorer",
    "repeated_game_explorer",
    "describe_one_shot",
]

_GOME, _GREE = "#d1495b", "#30638e"


def _setup(ax, lang, func, figsize=(7, 4.5)):
    return prepare_axes(ax, lang, func, figsize)


def _require(obj, cls, name, func):
    if not isinstance(obj, cls):
        raise KamlabTypeError(f"{func}: parameter '{name}' must be a {cls.__name__}, got {type(obj).__name__}.")


def _num(x: float) -> str:
    return f"{x:g}"


# ---- plots ------------------------------------------------------------------------------------
def plot_payoff_table(result, *, ax=None, lang: str | None = None, **kwargs):
    """Draw the stage game's payoff table; pure equilibria framed, business as usual marked.

    Parameters
    ----------
    result : OneShotResult
        From :func:`kamlab.models.gome_gree.one_shot`.
    ax : matplotlib Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to the cells' ``Rectangle`` (e.g. ``alpha``).

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, case K3. Osborne, M. J. (2004). An Introduction to Game Theory, ch. 2.

    Examples
    --------
    >>> from kamlab.models.gome_gree import one_shot
    >>> ax = plot_payoff_table(one_shot(), lang="en")
    >>> ax.get_title()
    'One-shot game: yearly profit change (Gome, Gree), million yuan'
    """
    func = "plot_payoff_table"
    _require(result, OneShotResult, "result", func)
    ax, lang = _setup(ax, lang, func)
    from matplotlib.patches import Rectangle

    game = result.game
    m, n = game.shape
    style = {"facecolor": "#f4f1ea", "edgecolor": "#555555", "linewidth": 1.0} | kwargs
    for i in range(m):
        for j in range(n):
            y = m - 1 - i
            eq = (i, j) in result.pure
            ax.add_patch(Rectangle((j, y), 1, 1, **(style | ({"facecolor": "#fde2c8"} if eq else {}))))
            if eq:
                ax.add_patch(Rectangle((j + 0.03, y + 0.03), 0.94, 0.94, fill=False, edgecolor="black", linewidth=2.5))
                ax.text(j + 0.5, y + 0.15, t("lesson06.equilibrium", lang), ha="center", fontsize=9)
            a, b = game.payoffs(i, j)
            ax.text(j + 0.5, y + 0.68, _num(a), ha="center", va="center", color=_GOME, fontsize=14)
            ax.text(j + 0.5, y + 0.42, _num(b), ha="center", va="center", color=_GREE, fontsize=14)
    for j, code in enumerate(game.col_actions):
        ax.text(j + 0.5, m + 0.08, t(f"lesson06.action.{code}", lang), ha="center", va="bottom", color=_GREE)
    for i, code in enumerate(game.row_actions):
        ax.text(-0.05, m - 1 - i + 0.5, t(f"lesson06.action.{code}", lang), ha="right", va="center", color=_GOME)
    ax.text(n / 2, m + 0.35, t("lesson06.player.gree", lang), ha="center", fontsize=12, color=_GREE)
    ax.text(-0.55, m + 0.35, t("lesson06.player.gome", lang), ha="center", fontsize=12, color=_GOME)
    if not result.pure and result.mixed:
        x, y = result.mixed[0]
        ax.text(n / 2, -0.2, t("lesson06.mixed_note", lang, p=float(x[1]), q=float(y[1])), ha="center", va="top")
    ax.set_xlim(-0.9, n + 0.05)
    ax.set_ylim(-0.45, m + 0.6)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(t("lesson06.table_title", lang))
    return ax


def plot_threat_credibility(case, *, ax=None, lang: str | None = None, max_dependence: float = 0.05, **kwargs):
    """Gree's loss from withdrawing and from swallowing the cut, against Gome's share of its sales.

    Where the first line is below the second, withdrawing is Gree's best reply to a cut:
    its threat is credible (Emerson 1962: the less Gree depends on Gome, the more power it has).

    Parameters
    ----------
    case : GomeGreeCase
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    max_dependence : float, default 0.05
        Right end of the horizontal axis (a share).
    **kwargs
        Passed to the ``ax.plot`` of the withdrawal line.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Emerson, R. M. (1962). Power-dependence relations. American Sociological Review, 27(1), 31-41.

    Examples
    --------
    >>> ax = plot_threat_credibility(GomeGreeCase(), lang="en")
    >>> ax.get_xlabel()
    "Gome's share of Gree's sales (%)"
    """
    func = "plot_threat_credibility"
    _require(case, GomeGreeCase, "case", func)
    ax, lang = _setup(ax, lang, func)
    from dataclasses import replace

    shares = np.linspace(0.0, max_dependence, 101)
    withdraw = [replace(case, gree_dependence=float(s)).gree_loss for s in shares]
    stay = np.full_like(shares, case.gree_price_damage)
    ax.plot(100 * shares, withdraw, color=_GREE, label=t("lesson06.loss_withdraw", lang), **kwargs)
    ax.plot(100 * shares, stay, color=_GOME, linestyle="--", label=t("lesson06.loss_stay", lang))
    limit = min(case.credible_up_to, max_dependence)
    ax.axvspan(0, 100 * limit, color="#66a182", alpha=0.15, label=t("lesson06.credible_zone", lang))
    ax.axvline(1.0, color="#555555", linewidth=1)
    ax.annotate(t("lesson06.now_marker", lang), (1.0, case.gree_price_damage), xytext=(6, 8),
                textcoords="offset points", fontsize=9)
    ax.plot([100 * case.gree_dependence], [case.gree_loss], "o", color=_GREE)
    ax.set_xlabel(t("lesson06.dependence_axis", lang))
    ax.set_ylabel(t("lesson06.loss_axis", lang))
    ax.set_title(t("lesson06.dependence_title", lang))
    ax.legend(loc="upper left", fontsize=9)
    return ax


def plot_repeated_play(play, *, ax=None, lang: str | None = None, gome: str = "", gree: str = "", **kwargs):
    """Cumulative discounted payoffs of both sides over a simulated repeated game.

    ``play`` is a frame from :func:`kamlab.models.gome_gree.simulate_repeated`; branch cuts
    (slips) are marked with triangles, rounds in which Gree stays out are shaded.

    Parameters
    ----------
    play : pandas.DataFrame
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    gome, gree : str, optional
        The strategies played, for the title (codes of :data:`kamlab.models.gome_gree.STRATEGIES`).
    **kwargs
        Passed to both lines' ``ax.plot``.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Axelrod, R. (1984). The Evolution of Cooperation.

    Examples
    --------
    >>> ax = plot_repeated_play(simulate_repeated(seed=2004), lang="en")
    >>> len(ax.lines) >= 2
    True
    """
    import pandas as pd

    func = "plot_repeated_play"
    _require(play, pd.DataFrame, "play", func)
    ax, lang = _setup(ax, lang, func)
    r = play["round"].to_numpy()
    ax.plot(r, play["gome_discounted"], color=_GOME, marker=".", label=t("lesson06.player.gome", lang), **kwargs)
    ax.plot(r, play["gree_discounted"], color=_GREE, marker=".", label=t("lesson06.player.gree", lang), **kwargs)
    out = play["gree_action"].to_numpy() == 1
    for k in np.flatnonzero(out):
        ax.axvspan(r[k] - 0.5, r[k] + 0.5, color="#8d8d8d", alpha=0.15, linewidth=0,
                   label=t("lesson06.withdrawn", lang) if k == np.flatnonzero(out)[0] else None)
    slips = play["slip"].to_numpy(dtype=bool)
    if slips.any():
        ax.plot(r[slips], play["gome_discounted"].to_numpy()[slips], "v", color="black", linestyle="none",
                label=t("lesson06.slip", lang))
    ax.axhline(0, color="#555555", linewidth=0.8)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(t("lesson06.round_axis", lang))
    ax.set_ylabel(t("lesson06.cum_axis", lang))
    if gome and gree:
        ax.set_title(t("lesson06.play_title", lang, gome=t(f"lesson06.strategy.{gome}", lang),
                       gree=t(f"lesson06.strategy.{gree}", lang)))
    ax.legend(loc="lower left", fontsize=9)
    return ax


# ---- captions (pure functions of a result, used by the explorers and the tests) ---------------
def describe_one_shot(result, case, kam=None, *, lang: str | None = None) -> str:
    """The explorer's caption for a stage game: equilibrium, verdict, credibility, threshold."""
    lang = resolve_lang(lang, "describe_one_shot")
    verdict = t("lesson06.verdict.lose_lose" if result.lose_lose else "lesson06.verdict.not_lose_lose", lang)
    m, g = (_num(v) for v in result.outcome)
    if result.pure:
        i, j = result.pure[0]
        head = t("lesson06.caption_pure", lang, gome=t(f"lesson06.action.{result.game.row_actions[i]}", lang),
                 gree=t(f"lesson06.action.{result.game.col_actions[j]}", lang), m=m, g=g,
                 bm=_num(result.business_as_usual[0]), bg=_num(result.business_as_usual[1]), verdict=verdict)
    else:
        x, y = result.mixed[0]
        head = t("lesson06.caption_mixed", lang, p=float(x[1]), q=float(y[1]), m=m, g=g, verdict=verdict)
    delta = case.cooperation_threshold(kam)
    if not case.threat_credible:
        delta = t("lesson06.no_threshold", lang)
    else:
        delta = f"{delta:.3f}" if np.isfinite(delta) else t("lesson06.never", lang)
    tail = t("lesson06.threat", lang, lg=_num(case.gree_loss), d=_num(case.gree_price_damage),
             credible=t("lesson06.threat.yes" if case.threat_credible else "lesson06.threat.no", lang),
             limit=case.credible_up_to, delta=delta)
    return head + "<br>" + tail


# ---- explorers --------------------------------------------------------------------------------
def _style():
    return {"description_width": "initial"}


def _kam_toggle(w, lang):
    return w.ToggleButtons(options=[(t("lesson06.kam.off", lang), False), (t("lesson06.kam.on", lang), True)],
                           value=False, description=t("lesson06.ctrl.kam", lang), style=_style())


def stage_game_explorer(*, lang: str | None = None):
    """Change the case's parameters and see the stage game's equilibrium and Gree's threat.

    Returns
    -------
    Explorer
        ``result`` is ``(case, kam department or None, OneShotResult)``.

    Examples
    --------
    >>> ex = stage_game_explorer(lang="en")
    >>> ex.result[2].pure
    [(1, 1)]
    >>> ex.controls["gree_dependence"].value = 0.03
    >>> ex.result[2].pure, ex.result[0].threat_credible
    ([(1, 0)], False)
    """
    import ipywidgets as w

    lang = resolve_lang(lang, "stage_game_explorer")

    def slider(value, lo, hi, step, key, fmt):
        return w.FloatSlider(value=value, min=lo, max=hi, step=step, readout_format=fmt, continuous_update=False,
                             description=t(f"lesson06.ctrl.{key}", lang), style=_style())

    controls = {
        "gree_dependence": slider(0.01, 0.0, 0.05, 0.0025, "gree_dependence", ".2%"),
        "price_cut": slider(0.34, 0.0, 0.5, 0.02, "price_cut", ".0%"),
        "gome_cut_gain": slider(15.0, 0.0, 40.0, 1.0, "gome_cut_gain", ".0f"),
        "gome_spillover": slider(1.5, 0.0, 4.0, 0.1, "gome_spillover", ".1f"),
        "channel_premium": slider(1.0, 0.0, 5.0, 0.1, "channel_premium", ".1f"),
        "copycat_risk": slider(0.0, 0.0, 0.5, 0.05, "copycat_risk", ".2f"),
        "kam": _kam_toggle(w, lang),
    }

    def compute(kam, **params):
        case = GomeGreeCase(**params)
        dept = KamDepartment() if kam else None
        return case, dept, one_shot(case, kam=dept)

    def draw(res, ax):
        return plot_payoff_table(res[2], ax=ax, lang=lang)

    def describe(res):
        case, dept, result = res
        return describe_one_shot(result, case, dept, lang=lang)

    return Explorer(controls, compute, draw, describe, figsize=(7, 4.2))


def repeated_game_explorer(*, lang: str | None = None):
    """Replay the relationship season by season: strategies, branch slips and a KAM department.

    Returns
    -------
    Explorer
        ``result`` is a dict with the ``play`` (see :func:`~kamlab.models.gome_gree.simulate_repeated`)
        and the two strategies.

    Examples
    --------
    >>> ex = repeated_game_explorer(lang="en")
    >>> int(ex.result["play"]["gree_action"].sum())
    14
    >>> ex.controls["gree"].value = "generous_tit_for_tat"
    >>> ex.result["gree"]
    'generous_tit_for_tat'
    """
    import ipywidgets as w

    lang = resolve_lang(lang, "repeated_game_explorer")
    options = [(t(f"lesson06.strategy.{s}", lang), s) for s in STRATEGIES]
    controls = {
        "gome": w.Dropdown(options=options, value="tit_for_tat", description=t("lesson06.ctrl.gome", lang),
                           style=_style()),
        "gree": w.Dropdown(options=options, value="grim_trigger", description=t("lesson06.ctrl.gree", lang),
                           style=_style()),
        "slip_rate": w.FloatSlider(value=0.1, min=0.0, max=0.5, step=0.05, readout_format=".0%",
                                   continuous_update=False, description=t("lesson06.ctrl.slip_rate", lang),
                                   style=_style()),
        "kam": _kam_toggle(w, lang),
        "seed": w.IntSlider(value=2004, min=2000, max=2030, description=t("lesson06.ctrl.seed", lang),
                            continuous_update=False, style=_style()),
    }

    def compute(gome, gree, slip_rate, kam, seed):
        dept = KamDepartment() if kam else None
        play = simulate_repeated(gome=gome, gree=gree, slip_rate=slip_rate, kam=dept, seed=seed)
        return {"play": play, "gome": gome, "gree": gree}

    def draw(res, ax):
        return plot_repeated_play(res["play"], ax=ax, lang=lang, gome=res["gome"], gree=res["gree"])

    def describe(res):
        play = res["play"]
        return t("lesson06.play_caption", lang, rounds=len(play), cuts=int(play["gome_action"].sum()),
                 slips=int(play["slip"].sum()), withdrawals=int(play["gree_action"].sum()),
                 m=f"{play['gome_discounted'].iloc[-1]:.1f}", g=f"{play['gree_discounted'].iloc[-1]:.1f}")

    return Explorer(controls, compute, draw, describe, figsize=(8, 4.5))
