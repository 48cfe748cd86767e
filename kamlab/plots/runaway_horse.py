"""Lesson 04 (case K1, runaway horse): plots of :mod:`kamlab.models.runaway_horse`'s results.

* :func:`plot_relationship_map`: A's people and B's people as a network (bow-tie or diamond).
* :func:`plot_contact_plan`: a contact plan's map with its risk of losing B.
* :func:`plot_plan_risk`: the probability of losing B, in a normal year and the year Lu resigns.
* :func:`plot_revenue_share`: B's share of A's sales against the 10% disclosure line.
"""

from __future__ import annotations

import networkx as nx
import numpy as np

from .._validate import check_int
from ..analytics import dependence_flags
from ..datasets import K1_LU
from ..i18n import t
from ..models.runaway_horse import PlanRisk, relationship_shape
from .style import BLUE, DARK_GREY, GREY, RED, require_result, setup_axes

__all__ = ["plot_relationship_map", "plot_contact_plan", "plot_plan_risk", "plot_revenue_share"]

_SIDE_COLORS = {"A": BLUE, "B": RED}


#: The plans with a translated name.
_PLAN_NAMES = ("bow_tie", "bow_tie_crm", "diamond_no_crm", "diamond", "student")


def percent_label(p: float) -> str:
    """A probability as a percentage, with two decimals below 0.1% (``0.0005`` -> ``'0.05%'``)."""
    return f"{100 * p:.1f}%" if p >= 0.001 or p == 0 else f"{100 * p:.2f}%"


def plot_relationship_map(graph, *, ax=None, lang: str | None = None, title: str | None = None, resigned=(), **kwargs):
    """A's people (left) and B's people (right), one line per link.

    Line width follows the link's ``hours`` (or ``strength``); people in ``resigned``
    are greyed and their links dashed. The title names the shape (bow-tie or diamond).

    Parameters
    ----------
    graph : networkx.Graph
        From :func:`kamlab.models.runaway_horse.relationship_map` or :func:`kamlab.models.runaway_horse.plan_graph`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    title : str, optional
        Who the map shows (e.g. the plan's name); the shape is added.
    resigned : iterable of str
        Staff ids of A's people who have left.
    **kwargs
        Passed to ``networkx.draw_networkx_nodes``.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, case K1; McDonald, Millman & Rogers (1997), bow-tie and diamond.

    Examples
    --------
    >>> import kamlab
    >>> from kamlab.models.runaway_horse import relationship_map
    >>> k1 = kamlab.load_k1_case()
    >>> ax = plot_relationship_map(relationship_map(k1.contacts, k1.staff), lang="en")
    >>> ax.get_title()
    'Contacts data (Bow-tie: every link runs through one person)'
    """
    func = "plot_relationship_map"
    require_result(graph, nx.Graph, "graph", func)
    ax, lang = setup_axes(ax, lang, func)
    gone = {f"A:{s}" for s in resigned}
    a_nodes = sorted((n for n, d in graph.nodes(data=True) if d["side"] == "A"), key=lambda n: (n != f"A:{K1_LU}", n))
    b_nodes = sorted((n for n, d in graph.nodes(data=True) if d["side"] == "B"))
    pos = {}
    for x, nodes in ((0.0, a_nodes), (1.0, b_nodes)):
        for i, n in enumerate(nodes):
            pos[n] = (x, (len(nodes) - 1) / 2 - i)
    weights = [d.get("hours", d.get("strength", 1.0) * 12) for _, _, d in graph.edges(data=True)]
    top = max(weights, default=1.0) or 1.0
    for (u, v, _d), wgt in zip(graph.edges(data=True), weights):
        dead = u in gone or v in gone
        nx.draw_networkx_edges(
            graph,
            pos,
            edgelist=[(u, v)],
            ax=ax,
            width=1 + 5 * wgt / top,
            edge_color="#bbbbbb" if dead else DARK_GREY,
            style="dashed" if dead else "solid",
        )
        if "hours" in _d:
            (xa, ya), (xb, yb) = sorted((pos[u], pos[v]))  # A's end first; the label sits nearer A,
            ax.text(
                0.75 * xa + 0.25 * xb,
                0.75 * ya + 0.25 * yb,  # where the lines of a diamond part
                t("runaway_horse.hours_edge", lang, h=_d["hours"]),
                fontsize=8,
                ha="center",
                va="center",
                bbox={"fc": "white", "ec": "none", "pad": 0.5},
            )
    style = {"node_size": 900}
    style.update(kwargs)
    colors = ["#bbbbbb" if n in gone else _SIDE_COLORS[graph.nodes[n]["side"]] for n in graph.nodes]
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_color=colors, **style)
    key = "name_zh" if lang == "zh" else "name_en"
    for n in graph.nodes:
        x, y = pos[n]
        label = graph.nodes[n][key] + ("\n" + t("runaway_horse.resigned", lang) if n in gone else "")
        ax.text(x + (-0.14 if x == 0 else 0.14), y, label, ha="right" if x == 0 else "left", va="center", fontsize=10)
    for x, side in ((0.0, "A"), (1.0, "B")):
        ax.text(
            x,
            max(len(a_nodes), len(b_nodes)) / 2 + 0.1,
            t(f"runaway_horse.side.{side}", lang),
            ha="center",
            va="bottom",
            fontsize=11,
            color=_SIDE_COLORS[side],
        )
    ax.set_xlim(-0.75, 1.75)
    ax.set_ylim(-max(len(a_nodes), len(b_nodes)) / 2 - 0.3, max(len(a_nodes), len(b_nodes)) / 2 + 0.6)
    ax.set_axis_off()
    if graph.number_of_edges():
        shape = t(f"runaway_horse.shape.{relationship_shape(graph)}", lang)
        name = graph.graph.get("name", "")
        who = (
            title
            if title is not None
            else t(f"runaway_horse.plan.{name}", lang)
            if name in _PLAN_NAMES
            else t("runaway_horse.plan.contacts", lang)
        )
        ax.set_title(t("runaway_horse.map_title", lang, who=who, shape=shape))
    else:
        ax.set_title(t("runaway_horse.no_links", lang))
    return ax


def plot_contact_plan(graph, risk, *, lu_resigns: bool = False, ax=None, lang: str | None = None, **kwargs):
    """A contact plan's relationship map with its risk of losing B in a box (the explorer's picture).

    Parameters
    ----------
    graph : networkx.Graph
        The plan's map, from :func:`kamlab.models.runaway_horse.plan_graph`.
    risk : PlanRisk
        The plan's risk, from :func:`kamlab.models.runaway_horse.assess_plan`.
    lu_resigns : bool, default False
        Draw Lu as gone (greyed, his links dashed).
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to :func:`plot_relationship_map`.

    Returns
    -------
    matplotlib.axes.Axes

    References
    ----------
    Chapter 4, case K1.

    Examples
    --------
    >>> from kamlab.models.runaway_horse import PLANS, assess_plan, plan_graph
    >>> ax = plot_contact_plan(plan_graph(PLANS["bow_tie"]), assess_plan(PLANS["bow_tie"]), lang="en")
    >>> "Lu resigns" in ax.texts[-1].get_text()
    True
    """
    func = "plot_contact_plan"
    require_result(risk, PlanRisk, "risk", func)
    ax, lang = setup_axes(ax, lang, func)
    ax = plot_relationship_map(
        graph,
        ax=ax,
        lang=lang,
        resigned=(K1_LU,) if lu_resigns else (),
        title=t("runaway_horse.plan.student", lang),
        **kwargs,
    )
    ax.text(
        0.5,
        0.01,
        t(
            "runaway_horse.risk_box",
            lang,
            p_normal=percent_label(risk.p_loss),
            p_lu=percent_label(risk.p_loss_lu_resigns),
        ),
        transform=ax.transAxes,
        ha="center",
        va="bottom",
        fontsize=10,
        bbox={"fc": "#fbe9eb" if risk.p_loss_lu_resigns > 0.5 else "#eef3f8", "ec": GREY},
    )
    return ax


def plot_plan_risk(risks, *, names=None, ax=None, lang: str | None = None, **kwargs):
    """Bars: the probability of losing B in a normal year and in the year Lu resigns, per plan.

    Parameters
    ----------
    risks : sequence of PlanRisk
        From :func:`kamlab.models.runaway_horse.assess_plan`.
    names : sequence of str, optional
        Bar-group labels; default the plans' names, looked up as ``runaway_horse.plan.<name>``.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.bar``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab.models.runaway_horse import PLANS, assess_plan
    >>> ax = plot_plan_risk([assess_plan(p) for p in PLANS.values()], lang="en")
    >>> ax.get_ylabel()
    'Probability of losing B within a year (%)'
    """
    func = "plot_plan_risk"
    risks = list(risks) if not isinstance(risks, PlanRisk) else [risks]
    for i, r in enumerate(risks):
        require_result(r, PlanRisk, f"risks[{i}]", func)
    ax, lang = setup_axes(ax, lang, func)
    if names is None:
        names = [
            t(f"runaway_horse.plan.{r.plan.name}", lang) if r.plan.name in _PLAN_NAMES else r.plan.name for r in risks
        ]
    x = np.arange(len(risks))
    for offset, attr, key, color in (
        (-0.2, "p_loss", "runaway_horse.risk_normal", BLUE),
        (0.2, "p_loss_lu_resigns", "runaway_horse.risk_lu", RED),
    ):
        values = [100 * getattr(r, attr) for r in risks]
        style = {"width": 0.4, "color": color, "label": t(key, lang)}
        style.update(kwargs)
        bars = ax.bar(x + offset, values, **style)
        ax.bar_label(bars, labels=[percent_label(v / 100) for v in values], fontsize=9)
    ax.set_xticks(x, names)
    ax.set_ylim(0, 112)
    ax.set_ylabel(t("runaway_horse.risk_axis", lang))
    ax.set_title(t("runaway_horse.risk_title", lang))
    ax.legend(loc="upper right")
    return ax


def plot_revenue_share(accounts, *, account_id: str = "C0001", n: int = 10, ax=None, lang: str | None = None, **kwargs):
    """The ``n`` largest accounts' shares of sales, with the 10% disclosure line; B highlighted.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts with ``account_id`` and ``revenue``.
    account_id : str, default "C0001"
    n : int, default 10
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.bar``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import kamlab
    >>> ax = plot_revenue_share(kamlab.load_k1_case().accounts, lang="en")
    >>> ax.get_ylabel()
    "Share of A's total sales (%)"
    """
    func = "plot_revenue_share"
    n = check_int(n, "n", func, minimum=1)
    ax, lang = setup_axes(ax, lang, func)
    flags = dependence_flags(accounts).head(n)
    colors = [RED if str(a) == str(account_id) else GREY for a in flags["account_id"]]
    bars = ax.bar(flags["account_id"].astype(str), 100 * flags["share"], color=colors, **kwargs)
    ax.bar_label(bars, labels=[f"{100 * s:.1f}%" for s in flags["share"]], fontsize=8)
    ax.axhline(10, color="black", linestyle="--", linewidth=1.2, label=t("runaway_horse.disclosure_line", lang))
    ax.set_ylabel(t("runaway_horse.share_axis", lang))
    ax.set_xlabel(t("runaway_horse.account_axis", lang))
    ax.set_title(t("runaway_horse.share_title", lang, n=len(flags)))
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    ax.legend(loc="upper right")
    return ax
