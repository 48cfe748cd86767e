"""Lesson 06 (case K3, Gome vs Gree): plots and explorers over :mod:`kamlab.models.gome_gree`.

* :func:`kamlab.plots.plot_payoff_table`: the stage game, equilibria marked.
* :func:`kamlab.plots.plot_threat_credibility`: Gree's two losses against its dependence on Gome.
* :func:`kamlab.plots.plot_repeated_play`: cumulative payoffs of a simulated repeated game.
* :func:`sequential_game_explorer`: the case in the order it happened; move Gome's belief.
* :func:`stage_game_explorer` and :func:`repeated_game_explorer`: replay the decision.
"""

from __future__ import annotations

import numpy as np

from ..i18n import resolve_lang, t
from ..models.gome_gree import (
    STRATEGIES,
    GomeGreeCase,
    KamDepartment,
    one_shot,
    sequential_game,
    simulate_repeated,
)
from ..plots import gome_gree as plots
from ..plots.style import CONTROL_STYLE
from .base import Explorer, float_slider, int_slider

__all__ = [
    "sequential_game_explorer",
    "describe_sequential",
    "stage_game_explorer",
    "repeated_game_explorer",
    "describe_one_shot",
]


# ---- plots ------------------------------------------------------------------------------------


# ---- captions (pure functions of a result, used by the explorers and the tests) ---------------
def describe_one_shot(result, case, kam=None, *, lang: str | None = None) -> str:
    """The explorer's caption for a stage game: equilibrium, verdict, credibility, threshold.

    Parameters
    ----------
    result : OneShotResult
        Result of :func:`kamlab.models.gome_gree.one_shot` for ``case`` and ``kam``.
    case : GomeGreeCase
        The case's parameters.
    kam : KamDepartment, optional
        The KAM department, if any.
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    str
        HTML.

    """
    lang = resolve_lang(lang, "describe_one_shot")
    verdict = t("gome_gree.verdict.lose_lose" if result.lose_lose else "gome_gree.verdict.not_lose_lose", lang)
    m, g = (plots.number_label(v) for v in result.outcome)
    if result.pure:
        i, j = result.pure[0]
        head = t(
            "gome_gree.caption_pure",
            lang,
            gome=t(f"gome_gree.action.{result.game.row_actions[i]}", lang),
            gree=t(f"gome_gree.action.{result.game.col_actions[j]}", lang),
            m=m,
            g=g,
            bm=plots.number_label(result.business_as_usual[0]),
            bg=plots.number_label(result.business_as_usual[1]),
            verdict=verdict,
        )
    else:
        x, y = result.mixed[0]
        head = t("gome_gree.caption_mixed", lang, p=float(x[1]), q=float(y[1]), m=m, g=g, verdict=verdict)
    delta = case.cooperation_threshold(kam)
    if not case.threat_credible:
        delta = t("gome_gree.no_threshold", lang)
    else:
        delta = f"{delta:.3f}" if np.isfinite(delta) else t("gome_gree.never", lang)
    tail = t(
        "gome_gree.threat",
        lang,
        lg=plots.number_label(case.gree_loss),
        d=plots.number_label(case.gree_price_damage),
        credible=t("gome_gree.threat.yes" if case.threat_credible else "gome_gree.threat.no", lang),
        limit=case.credible_up_to,
        delta=delta,
    )
    return head + "<br>" + tail


def describe_sequential(result, *, lang: str | None = None) -> str:
    """The explorer's caption for the sequential game: belief, threshold, moves, verdict.

    Parameters
    ----------
    result : SequentialResult
        Result of :func:`kamlab.models.gome_gree.sequential_game`.
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    str
        HTML.
    """
    lang = resolve_lang(lang, "describe_sequential")
    informed = t(f"gome_gree.action.{result.informed.gome_move}", lang)
    if result.conflict and result.misjudgement:
        verdict = t("gome_gree.seq.conflict", lang, informed=informed)
    elif result.misjudgement:
        verdict = t("gome_gree.seq.misjudged", lang, informed=informed)
    else:
        verdict = t("gome_gree.seq.calm", lang)
    m, g = (plots.number_label(v) for v in result.outcome)
    text = t(
        "gome_gree.seq_caption",
        lang,
        p=result.belief,
        t=result.threshold,
        move=t(f"gome_gree.action.{result.gome_move}", lang),
        reply=t(f"gome_gree.action.{result.gree_reply}", lang),
        m=m,
        g=g,
        verdict=verdict,
    )
    if result.informed_share > 0:
        text += "<br>" + t("gome_gree.seq.kam", lang, q=result.informed_share, c=result.conflict_probability)
    return text


# ---- explorers --------------------------------------------------------------------------------
#: The case's sliders: name -> (start, low, high, step, format); labels ``gome_gree.ctrl.<name>``.
_CASE_SLIDERS = {
    "belief": (0.2, 0.0, 1.0, 0.05, ".0%"),
    "gree_dependence": (0.01, 0.0, 0.05, 0.0025, ".2%"),
    "price_cut": (0.34, 0.0, 0.5, 0.02, ".0%"),
    "gome_cut_gain": (15.0, 0.0, 40.0, 1.0, ".0f"),
    "gome_spillover": (1.5, 0.0, 4.0, 0.1, ".1f"),
    "channel_premium": (1.0, 0.0, 5.0, 0.1, ".1f"),
    "copycat_risk": (0.0, 0.0, 0.5, 0.05, ".2f"),
}


def _case_slider(name, lang):
    value, low, high, step, fmt = _CASE_SLIDERS[name]
    return float_slider(value, low, high, step, t(f"gome_gree.ctrl.{name}", lang), fmt)


def sequential_game_explorer(*, lang: str | None = None):
    """Move Gome's belief about Gree's reply and see when the price cut happens, and what follows.

    Controls: ``belief`` (Gome's belief that Gree withdraws after a cut, 0 to 1, starting
    at 0.2), ``gome_cut_gain`` (0 to 40), ``gree_dependence`` (0 to 0.05) and
    ``channel_premium`` (0 to 5), the payoff parameters of
    :class:`kamlab.models.gome_gree.GomeGreeCase` at the case's values, and ``kam``
    (without / with a KAM department, which tells Gome Gree's reply with probability
    ``early_warning``). Model :func:`kamlab.models.gome_gree.sequential_game`; plot
    :func:`kamlab.plots.gome_gree.plot_game_tree`; caption :func:`describe_sequential`.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

    Returns
    -------
    Explorer
        ``result`` is the :class:`~kamlab.models.gome_gree.SequentialResult`.

    Examples
    --------
    >>> ex = sequential_game_explorer(lang="en")
    >>> ex.result.path
    ('cut', 'withdraw')
    >>> ex.controls["belief"].value = 0.5
    >>> ex.result.path
    ('keep',)
    """
    import ipywidgets as w

    lang = resolve_lang(lang, "sequential_game_explorer")
    controls = {
        name: _case_slider(name, lang) for name in ("belief", "gome_cut_gain", "gree_dependence", "channel_premium")
    }
    controls["kam"] = _kam_toggle(w, lang)

    def compute(belief, kam, **params):
        return sequential_game(GomeGreeCase(**params), belief=belief, kam=KamDepartment() if kam else None)

    def draw(res, ax):
        return plots.plot_game_tree(res, ax=ax, lang=lang)

    return Explorer(controls, compute, draw, lambda res: describe_sequential(res, lang=lang), figsize=(8, 4.6))


def _kam_toggle(w, lang):
    return w.ToggleButtons(
        options=[(t("gome_gree.kam.off", lang), False), (t("gome_gree.kam.on", lang), True)],
        value=False,
        description=t("gome_gree.ctrl.kam", lang),
        style=CONTROL_STYLE,
    )


def stage_game_explorer(*, lang: str | None = None):
    """Change the case's parameters and see the stage game's equilibrium and Gree's threat.

    Controls: the parameters of :class:`kamlab.models.gome_gree.GomeGreeCase`,
    ``gree_dependence`` (0 to 0.05), ``price_cut`` (0 to 0.5), ``gome_cut_gain`` (0 to 40),
    ``gome_spillover`` (0 to 4), ``channel_premium`` (0 to 5) and ``copycat_risk`` (0 to 0.5),
    starting at the case's values, and ``kam`` (without / with a KAM department,
    :class:`kamlab.models.gome_gree.KamDepartment`). Model
    :func:`kamlab.models.gome_gree.one_shot`; plot :func:`kamlab.plots.gome_gree.plot_payoff_table`;
    caption :func:`describe_one_shot`.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

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
    names = ("gree_dependence", "price_cut", "gome_cut_gain", "gome_spillover", "channel_premium", "copycat_risk")
    controls = {name: _case_slider(name, lang) for name in names}
    controls["kam"] = _kam_toggle(w, lang)

    def compute(kam, **params):
        case = GomeGreeCase(**params)
        dept = KamDepartment() if kam else None
        return case, dept, one_shot(case, kam=dept)

    def draw(res, ax):
        return plots.plot_payoff_table(res[2], ax=ax, lang=lang)

    def describe(res):
        case, dept, result = res
        return describe_one_shot(result, case, dept, lang=lang)

    return Explorer(controls, compute, draw, describe, figsize=(7, 4.2))


def repeated_game_explorer(*, lang: str | None = None):
    """Replay the relationship season by season: strategies, branch slips and a KAM department.

    Controls: ``gome`` and ``gree`` (each side's strategy, one of
    :data:`kamlab.models.gome_gree.STRATEGIES`; tit for tat and grim trigger to start),
    ``slip_rate`` (the chance a branch cuts prices by mistake, 0 to 0.5), ``kam`` (without / with
    a KAM department) and ``seed`` (2000 to 2030). Model
    :func:`kamlab.models.gome_gree.simulate_repeated`; plot
    :func:`kamlab.plots.gome_gree.plot_repeated_play`.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).

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
    options = [(t(f"gome_gree.strategy.{s}", lang), s) for s in STRATEGIES]
    controls = {
        "gome": w.Dropdown(
            options=options, value="tit_for_tat", description=t("gome_gree.ctrl.gome", lang), style=CONTROL_STYLE
        ),
        "gree": w.Dropdown(
            options=options, value="grim_trigger", description=t("gome_gree.ctrl.gree", lang), style=CONTROL_STYLE
        ),
        "slip_rate": float_slider(0.1, 0.0, 0.5, 0.05, t("gome_gree.ctrl.slip_rate", lang), ".0%"),
        "kam": _kam_toggle(w, lang),
        "seed": int_slider(2004, 2000, 2030, 1, t("gome_gree.ctrl.seed", lang)),
    }

    def compute(gome, gree, slip_rate, kam, seed):
        dept = KamDepartment() if kam else None
        play = simulate_repeated(gome=gome, gree=gree, slip_rate=slip_rate, kam=dept, seed=seed)
        return {"play": play, "gome": gome, "gree": gree}

    def draw(res, ax):
        return plots.plot_repeated_play(res["play"], ax=ax, lang=lang, gome=res["gome"], gree=res["gree"])

    def describe(res):
        play = res["play"]
        return t(
            "gome_gree.play_caption",
            lang,
            rounds=len(play),
            cuts=int(play["gome_action"].sum()),
            slips=int(play["slip"].sum()),
            withdrawals=int(play["gree_action"].sum()),
            m=f"{play['gome_discounted'].iloc[-1]:.1f}",
            g=f"{play['gree_discounted'].iloc[-1]:.1f}",
        )

    return Explorer(controls, compute, draw, describe, figsize=(8, 4.5))
