"""Lesson 06 (case K3, Gome vs Gree): plots of :mod:`kamlab.models.gome_gree`'s results."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from ..i18n import t
from ..models.gome_gree import GomeGreeCase, OneShotResult, SequentialResult
from .style import BLUE, DARK_GREY, GOLD, GREEN, GREY, INK, LIGHT_GREY, RED, require_result, setup_axes

__all__ = [
    "plot_payoff_table",
    "plot_threat_credibility",
    "plot_repeated_play",
    "plot_game_tree",
    "plot_belief_threshold",
]

_GOME, _GREE = RED, BLUE


def number_label(x: float) -> str:
    """A payoff as the shortest exact text (``15.0`` -> ``'15'``, ``1.5`` -> ``'1.5'``)."""
    return f"{x:g}"


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

    require_result(result, OneShotResult, "result", func)
    ax, lang = setup_axes(ax, lang, func)
    from matplotlib.patches import Rectangle

    game = result.game
    m, n = game.shape
    style = {"facecolor": "#f4f1ea", "edgecolor": DARK_GREY, "linewidth": 1.0} | kwargs
    for i in range(m):
        for j in range(n):
            y = m - 1 - i
            eq = (i, j) in result.pure
            ax.add_patch(Rectangle((j, y), 1, 1, **(style | ({"facecolor": "#fde2c8"} if eq else {}))))
            if eq:
                ax.add_patch(Rectangle((j + 0.03, y + 0.03), 0.94, 0.94, fill=False, edgecolor="black", linewidth=2.5))
                ax.text(j + 0.5, y + 0.15, t("gome_gree.equilibrium", lang), ha="center", fontsize=9)
            a, b = game.payoffs(i, j)
            ax.text(j + 0.5, y + 0.68, number_label(a), ha="center", va="center", color=_GOME, fontsize=14)
            ax.text(j + 0.5, y + 0.42, number_label(b), ha="center", va="center", color=_GREE, fontsize=14)
    for j, code in enumerate(game.col_actions):
        ax.text(j + 0.5, m + 0.08, t(f"gome_gree.action.{code}", lang), ha="center", va="bottom", color=_GREE)
    for i, code in enumerate(game.row_actions):
        ax.text(-0.05, m - 1 - i + 0.5, t(f"gome_gree.action.{code}", lang), ha="right", va="center", color=_GOME)
    ax.text(n / 2, m + 0.35, t("gome_gree.player.gree", lang), ha="center", fontsize=12, color=_GREE)
    ax.text(-0.55, m + 0.35, t("gome_gree.player.gome", lang), ha="center", fontsize=12, color=_GOME)
    if not result.pure and result.mixed:
        x, y = result.mixed[0]
        ax.text(n / 2, -0.2, t("gome_gree.mixed_note", lang, p=float(x[1]), q=float(y[1])), ha="center", va="top")
    ax.set_xlim(-0.9, n + 0.05)
    ax.set_ylim(-0.45, m + 0.6)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(t("gome_gree.table_title", lang))
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
    >>> from kamlab.models.gome_gree import GomeGreeCase
    >>> ax = plot_threat_credibility(GomeGreeCase(), lang="en")
    >>> ax.get_xlabel()
    "Gome's share of Gree's sales (%)"
    """
    func = "plot_threat_credibility"

    require_result(case, GomeGreeCase, "case", func)
    ax, lang = setup_axes(ax, lang, func)

    shares = np.linspace(0.0, max_dependence, 101)
    withdraw = [replace(case, gree_dependence=float(s)).gree_loss for s in shares]
    stay = np.full_like(shares, case.gree_price_damage)
    ax.plot(100 * shares, withdraw, color=_GREE, label=t("gome_gree.loss_withdraw", lang), **kwargs)
    ax.plot(100 * shares, stay, color=_GOME, linestyle="--", label=t("gome_gree.loss_stay", lang))
    limit = min(case.credible_up_to, max_dependence)
    ax.axvspan(0, 100 * limit, color=GREEN, alpha=0.15, label=t("gome_gree.credible_zone", lang))
    ax.axvline(1.0, color=DARK_GREY, linewidth=1)
    ax.annotate(
        t("gome_gree.now_marker", lang),
        (1.0, case.gree_price_damage),
        xytext=(6, 8),
        textcoords="offset points",
        fontsize=9,
    )
    ax.plot([100 * case.gree_dependence], [case.gree_loss], "o", color=_GREE)
    ax.set_xlabel(t("gome_gree.dependence_axis", lang))
    ax.set_ylabel(t("gome_gree.loss_axis", lang))
    ax.set_title(t("gome_gree.dependence_title", lang))
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
    >>> from kamlab.models.gome_gree import simulate_repeated
    >>> ax = plot_repeated_play(simulate_repeated(seed=2004), lang="en")
    >>> len(ax.lines) >= 2
    True
    """
    func = "plot_repeated_play"
    require_result(play, pd.DataFrame, "play", func)
    ax, lang = setup_axes(ax, lang, func)
    r = play["round"].to_numpy()
    ax.plot(r, play["gome_discounted"], color=_GOME, marker=".", label=t("gome_gree.player.gome", lang), **kwargs)
    ax.plot(r, play["gree_discounted"], color=_GREE, marker=".", label=t("gome_gree.player.gree", lang), **kwargs)
    out = play["gree_action"].to_numpy() == 1
    for k in np.flatnonzero(out):
        ax.axvspan(
            r[k] - 0.5,
            r[k] + 0.5,
            color=GREY,
            alpha=0.15,
            linewidth=0,
            label=t("gome_gree.withdrawn", lang) if k == np.flatnonzero(out)[0] else None,
        )
    slips = play["slip"].to_numpy(dtype=bool)
    if slips.any():
        ax.plot(
            r[slips],
            play["gome_discounted"].to_numpy()[slips],
            "v",
            color="black",
            linestyle="none",
            label=t("gome_gree.slip", lang),
        )
    ax.axhline(0, color=DARK_GREY, linewidth=0.8)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(t("gome_gree.round_axis", lang))
    ax.set_ylabel(t("gome_gree.cum_axis", lang))
    if gome and gree:
        ax.set_title(
            t(
                "gome_gree.play_title",
                lang,
                gome=t(f"gome_gree.strategy.{gome}", lang),
                gree=t(f"gome_gree.strategy.{gree}", lang),
            )
        )
    ax.legend(loc="lower left", fontsize=9)
    return ax


def plot_game_tree(result, *, ax=None, lang: str | None = None, **kwargs):
    """Draw the sequential game as a tree, the backward-induction steps and the path played highlighted.

    Gome's node on the left; "keep price" ends at once, "cut price" leads to Gree's
    node, whose two replies end the game. Gree's best reply (backward induction, step
    1) is drawn bold in Gree's colour, Gome's move under its belief bold in Gome's
    colour, and the path actually played under a wide gold band; the text below says
    what Gome would do if it knew Gree's reply (step 2).

    Parameters
    ----------
    result : SequentialResult
        From :func:`kamlab.models.gome_gree.sequential_game`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to the thin (not chosen) edges' ``ax.plot`` (e.g. ``color``).

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Gibbons, R. (1992). Game Theory for Applied Economists, section 2.1 (game trees,
    backward induction). The model is the lesson's, not the chapter's.

    Examples
    --------
    >>> from kamlab.models.gome_gree import sequential_game
    >>> ax = plot_game_tree(sequential_game(belief=0.2), lang="en")
    >>> ax.get_title()
    'In the order it happened: Gome moves, Gree answers (million yuan a year)'
    """
    func = "plot_game_tree"
    require_result(result, SequentialResult, "result", func)
    ax, lang = setup_axes(ax, lang, func, figsize=(8, 4.6))
    gome_xy, gree_xy = (0.0, 1.0), (1.4, 0.45)
    leaves = {("keep",): (2.8, 1.75), ("cut", "supply"): (2.8, 0.85), ("cut", "withdraw"): (2.8, 0.05)}
    edges = [
        (gome_xy, leaves[("keep",)], ("keep",), "keep", _GOME),
        (gome_xy, gree_xy, ("cut",), "cut", _GOME),
        (gree_xy, leaves[("cut", "supply")], ("cut", "supply"), "supply", _GREE),
        (gree_xy, leaves[("cut", "withdraw")], ("cut", "withdraw"), "withdraw", _GREE),
    ]
    thin = {"color": LIGHT_GREY, "linewidth": 1.5} | kwargs
    for start, end, prefix, code, colour in edges:
        xs, ys = (start[0], end[0]), (start[1], end[1])
        on_path = tuple(result.path[: len(prefix)]) == prefix
        if on_path:
            ax.plot(xs, ys, color=GOLD, linewidth=11, alpha=0.45, solid_capstyle="round", zorder=1)
        chosen = (code == result.gome_move) if len(prefix) == 1 else (code == result.gree_reply)
        ax.plot(xs, ys, zorder=2, **({"color": colour, "linewidth": 3.2} if chosen else thin))
        mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        ax.text(
            mid[0],
            mid[1] + 0.07,
            t(f"gome_gree.action.{code}", lang),
            ha="center",
            va="bottom",
            color=colour,
            fontsize=10,
        )
    for (x, y), who, colour in ((gome_xy, "gome", _GOME), (gree_xy, "gree", _GREE)):
        ax.plot([x], [y], "o", markersize=30, color=colour, zorder=3)
        ax.text(
            x, y, t(f"gome_gree.player.{who}", lang), ha="center", va="center", color="white", fontsize=10, zorder=4
        )
    for path, (x, y) in leaves.items():
        m, g = (number_label(v) for v in result.tree.leaf(path))
        ax.text(x + 0.05, y, t("gome_gree.tree.leaf", lang, m=m, g=g), ha="left", va="center", fontsize=12)
    ax.text(
        gree_xy[0],
        gree_xy[1] - 0.2,
        t("gome_gree.tree.belief", lang, p=result.belief),
        ha="center",
        va="top",
        fontsize=9,
        color=_GOME,
    )
    ax.text(
        gree_xy[0],
        gree_xy[1] - 0.33,
        t("gome_gree.tree.expected", lang, v=number_label(result.expected_cut)),
        ha="center",
        va="top",
        fontsize=9,
        color=_GOME,
    )
    informed = t(f"gome_gree.action.{result.informed.gome_move}", lang)
    ax.text(0.0, -0.35, t("gome_gree.tree.informed", lang, move=informed), ha="left", va="top", fontsize=9)
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], color=GOLD, linewidth=8, alpha=0.45, label=t("gome_gree.tree.path", lang)),
        Line2D([], [], color=_GREE, linewidth=3, label=t("gome_gree.tree.reply", lang)),
        Line2D([], [], color=_GOME, linewidth=3, label=t("gome_gree.tree.move", lang)),
    ]
    ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=False)
    ax.set_xlim(-0.35, 3.75)
    ax.set_ylim(-0.55, 2.1)
    ax.axis("off")
    ax.set_title(t("gome_gree.tree_title", lang))
    return ax


def plot_belief_threshold(result, *, ax=None, lang: str | None = None, **kwargs):
    """Gome's expected payoff from a cut against its belief that Gree withdraws; where it cuts.

    The cut line runs from Gome's payoff after (cut, supply) at p = 0 to its payoff
    after (cut, withdraw) at p = 1; it crosses the keep-price line at the threshold
    p*. Left of p* (shaded) Gome cuts. The current belief is marked.

    Parameters
    ----------
    result : SequentialResult
        From :func:`kamlab.models.gome_gree.sequential_game`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to the cut line's ``ax.plot``.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Gibbons, R. (1992). Game Theory for Applied Economists, ch. 3-4 (beliefs about a
    player's type).

    Examples
    --------
    >>> from kamlab.models.gome_gree import sequential_game
    >>> ax = plot_belief_threshold(sequential_game(belief=0.2), lang="en")
    >>> ax.get_xlabel()
    "Gome's belief p that Gree withdraws"
    """
    func = "plot_belief_threshold"
    require_result(result, SequentialResult, "result", func)
    ax, lang = setup_axes(ax, lang, func)
    tree = result.tree
    ax.plot(
        [0, 1],
        [tree.cut_supply[0], tree.cut_withdraw[0]],
        **({"color": _GOME, "linewidth": 2, "label": t("gome_gree.cut_line", lang)} | kwargs),
    )
    ax.axhline(tree.keep[0], color=DARK_GREY, linestyle="--", label=t("gome_gree.keep_line", lang))
    if result.threshold > 0:
        ax.axvspan(0, result.threshold, color=GOLD, alpha=0.2, label=t("gome_gree.cut_zone", lang, p=result.threshold))
    ax.axvline(result.belief, color=INK, linewidth=1)
    ax.plot([result.belief], [result.expected_cut], "o", color=_GOME)
    ax.annotate(
        t("gome_gree.now_belief", lang, p=result.belief),
        (result.belief, result.expected_cut),
        xytext=(6, 8),
        textcoords="offset points",
        fontsize=9,
    )
    ax.set_xlim(0, 1)
    from matplotlib.ticker import PercentFormatter

    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlabel(t("gome_gree.belief_axis", lang))
    ax.set_ylabel(t("gome_gree.expected_axis", lang))
    ax.set_title(t("gome_gree.belief_title", lang))
    ax.legend(loc="upper right", fontsize=9)
    return ax
