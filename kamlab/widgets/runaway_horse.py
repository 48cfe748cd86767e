"""Lesson 04 (case K1, runaway horse): plots and the contact-plan explorer over :mod:`kamlab.models.runaway_horse`.

* :func:`plot_relationship_map`: A's people and B's people as a network (bow-tie or diamond).
* :func:`plot_plan_risk`: the probability of losing B, in a normal year and the year Lu resigns.
* :func:`plot_revenue_share`: B's share of A's sales against the 10% disclosure line.
* :func:`contact_plan_explorer`: the student's contact plan, its risk, and the scenario "Lu resigns".
"""

from __future__ import annotations

import numpy as np

from ..errors import KamlabTypeError
from ..i18n import resolve_lang, t
from ..plots.start_here import prepare_axes
from .base import Explorer

__all__ = ["plot_relationship_map", "plot_plan_risk", "plot_revenue_share", "contact_plan_explorer",
           "CANDIDATE_LINKS"]

_SIDE_COLORS = {"A": "#30638e", "B": "#d1495b"}
_LU = "S01"
_PLAN_NAMES = ("bow_tie", "bow_tie_crm", "diamond_no_crm", "diamond", "student")

#: The links the explorer offers: (staff_id, customer person); Lu's three come first.
CANDIDATE_LINKS = (("S01", "小李"), ("S01", "周经理"), ("S01", "孙总"), ("S17", "周经理"), ("S18", "孙总"),
                   ("S20", "钱工"))


def _setup(ax, lang, func, figsize=(7, 4.5)):
    return prepare_axes(ax, lang, func, figsize)


def _require(obj, cls, name, func):
    if not isinstance(obj, cls):
        raise KamlabTypeError(f"{func}: parameter '{name}' must be a {cls.__name__}, got {type(obj).__name__}.")


def _pct(p: float) -> str:
    return f"{100 * p:.1f}%" if p >= 0.001 or p == 0 else f"{100 * p:.2f}%"


# ---- plots ------------------------------------------------------------------------------------------
def plot_relationship_map(graph, *, ax=None, lang: str | None = None, title: str | None = None,
                          resigned=(), **kwargs):
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
    import networkx as nx

    from ..models.runaway_horse import relationship_shape

    func = "plot_relationship_map"
    _require(graph, nx.Graph, "graph", func)
    ax, lang = _setup(ax, lang, func)
    gone = {f"A:{s}" for s in resigned}
    a_nodes = sorted((n for n, d in graph.nodes(data=True) if d["side"] == "A"), key=lambda n: (n != f"A:{_LU}", n))
    b_nodes = sorted((n for n, d in graph.nodes(data=True) if d["side"] == "B"))
    pos = {}
    for x, nodes in ((0.0, a_nodes), (1.0, b_nodes)):
        for i, n in enumerate(nodes):
            pos[n] = (x, (len(nodes) - 1) / 2 - i)
    weights = [d.get("hours", d.get("strength", 1.0) * 12) for _, _, d in graph.edges(data=True)]
    top = max(weights, default=1.0) or 1.0
    for (u, v, _d), wgt in zip(graph.edges(data=True), weights):
        dead = u in gone or v in gone
        nx.draw_networkx_edges(graph, pos, edgelist=[(u, v)], ax=ax, width=1 + 5 * wgt / top,
                               edge_color="#bbbbbb" if dead else "#555555", style="dashed" if dead else "solid")
        if "hours" in _d:
            (xa, ya), (xb, yb) = sorted((pos[u], pos[v]))  # A's end first; the label sits nearer A,
            ax.text(0.75 * xa + 0.25 * xb, 0.75 * ya + 0.25 * yb,  # where the lines of a diamond part
                    t("lesson04.hours_edge", lang, h=_d["hours"]), fontsize=8, ha="center", va="center",
                    bbox={"fc": "white", "ec": "none", "pad": 0.5})
    style = {"node_size": 900}
    style.update(kwargs)
    colors = ["#bbbbbb" if n in gone else _SIDE_COLORS[graph.nodes[n]["side"]] for n in graph.nodes]
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_color=colors, **style)
    key = "name_zh" if lang == "zh" else "name_en"
    for n in graph.nodes:
        x, y = pos[n]
        label = graph.nodes[n][key] + ("\n" + t("lesson04.resigned", lang) if n in gone else "")
        ax.text(x + (-0.14 if x == 0 else 0.14), y, label, ha="right" if x == 0 else "left", va="center",
                fontsize=10)
    for x, side in ((0.0, "A"), (1.0, "B")):
        ax.text(x, max(len(a_nodes), len(b_nodes)) / 2 + 0.1, t(f"lesson04.side.{side}", lang), ha="center",
                va="bottom", fontsize=11, color=_SIDE_COLORS[side])
    ax.set_xlim(-0.75, 1.75)
    ax.set_ylim(-max(len(a_nodes), len(b_nodes)) / 2 - 0.3, max(len(a_nodes), len(b_nodes)) / 2 + 0.6)
    ax.set_axis_off()
    if graph.number_of_edges():
        shape = t(f"lesson04.shape.{relationship_shape(graph)}", lang)
        name = graph.graph.get("name", "")
        who = (title if title is not None else t(f"lesson04.plan.{name}", lang) if name in _PLAN_NAMES
               else t("lesson04.plan.contacts", lang))
        ax.set_title(t("lesson04.map_title", lang, who=who, shape=shape))
    else:
        ax.set_title(t("lesson04.no_links", lang))
    return ax


def plot_plan_risk(risks, *, names=None, ax=None, lang: str | None = None, **kwargs):
    """Bars: the probability of losing B in a normal year and in the year Lu resigns, per plan.

    Parameters
    ----------
    risks : sequence of PlanRisk
        From :func:`kamlab.models.runaway_horse.assess_plan`.
    names : sequence of str, optional
        Bar-group labels; default the plans' names, looked up as ``lesson04.plan.<name>``.
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
    from ..models.runaway_horse import PlanRisk

    func = "plot_plan_risk"
    risks = list(risks) if not isinstance(risks, PlanRisk) else [risks]
    for i, r in enumerate(risks):
        _require(r, PlanRisk, f"risks[{i}]", func)
    ax, lang = _setup(ax, lang, func)
    if names is None:
        names = [t(f"lesson04.plan.{r.plan.name}", lang) if r.plan.name in _PLAN_NAMES
                 else r.plan.name for r in risks]
    x = np.arange(len(risks))
    for offset, attr, key, color in ((-0.2, "p_loss", "lesson04.risk_normal", "#30638e"),
                                     (0.2, "p_loss_lu_resigns", "lesson04.risk_lu", "#d1495b")):
        values = [100 * getattr(r, attr) for r in risks]
        style = {"width": 0.4, "color": color, "label": t(key, lang)}
        style.update(kwargs)
        bars = ax.bar(x + offset, values, **style)
        ax.bar_label(bars, labels=[_pct(v / 100) for v in values], fontsize=9)
    ax.set_xticks(x, names)
    ax.set_ylim(0, 112)
    ax.set_ylabel(t("lesson04.risk_axis", lang))
    ax.set_title(t("lesson04.risk_title", lang))
    ax.legend(loc="upper right")
    return ax


def plot_revenue_share(accounts, *, account_id: str = "C0001", n: int = 10, ax=None, lang: str | None = None,
                       **kwargs):
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
    from .._validate import check_int
    from ..analytics import dependence_flags

    func = "plot_revenue_share"
    n = check_int(n, "n", func, minimum=1)
    ax, lang = _setup(ax, lang, func)
    flags = dependence_flags(accounts).head(n)
    colors = ["#d1495b" if str(a) == str(account_id) else "#8d8d8d" for a in flags["account_id"]]
    bars = ax.bar(flags["account_id"].astype(str), 100 * flags["share"], color=colors, **kwargs)
    ax.bar_label(bars, labels=[f"{100 * s:.1f}%" for s in flags["share"]], fontsize=8)
    ax.axhline(10, color="black", linestyle="--", linewidth=1.2, label=t("lesson04.disclosure_line", lang))
    ax.set_ylabel(t("lesson04.share_axis", lang))
    ax.set_xlabel(t("lesson04.account_axis", lang))
    ax.set_title(t("lesson04.share_title", lang, n=len(flags)))
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    ax.legend(loc="upper right")
    return ax


# ---- the explorer ------------------------------------------------------------------------------------
def _style():
    return {"description_width": "initial"}


def contact_plan_explorer(*, lang: str | None = None, revenue: float = 3_000_000.0):
    """Replay case K1: design who at A meets whom at B, add knowledge capture, let Lu resign.

    Controls: the hours a year on each of :data:`CANDIDATE_LINKS` (``hours_0`` ...
    ``hours_5``, 0 to 80), ``knowledge_capture`` (0 to 1), ``departure`` (0 to 0.5),
    ``budget_hours`` (40 to 200) and ``lu_resigns`` (a checkbox). It starts at what A
    did in 2007: Lu alone, 60 + 40 + 20 hours, nothing captured. Model
    :func:`kamlab.models.runaway_horse.assess_plan`; plot :func:`plot_relationship_map`.

    Examples
    --------
    >>> ex = contact_plan_explorer(lang="en")
    >>> round(ex.result.p_loss, 4), ex.result.p_loss_lu_resigns
    (0.1018, 1.0)
    >>> ex.controls["hours_4"].value = 20     # VP Yang meets GM Sun
    >>> ex.controls["hours_0"].value = 40
    >>> round(ex.result.p_loss_lu_resigns, 4)  # Yang's link holds unless it lapses or Yang leaves too
    0.3588
    """
    import ipywidgets as w

    from ..models.runaway_horse import A_PEOPLE, B_PEOPLE, ContactPlan, Link, assess_plan, plan_graph

    lang = resolve_lang(lang, "contact_plan_explorer")
    start = (60, 40, 20, 0, 0, 0)
    controls = {}
    for i, ((staff_id, person), h) in enumerate(zip(CANDIDATE_LINKS, start)):
        a = A_PEOPLE[staff_id][0 if lang == "zh" else 1]
        b = person if lang == "zh" else B_PEOPLE[person][0]
        controls[f"hours_{i}"] = w.IntSlider(value=h, min=0, max=80, step=5, style=_style(), continuous_update=False,
                                             description=t("lesson04.ctrl.hours", lang, a=a, b=b))
    controls["knowledge_capture"] = w.FloatSlider(value=0.0, min=0.0, max=1.0, step=0.1, readout_format=".1f",
                                                  description=t("lesson04.ctrl.knowledge_capture", lang),
                                                  style=_style(), continuous_update=False)
    controls["departure"] = w.FloatSlider(value=0.10, min=0.0, max=0.5, step=0.05, readout_format=".2f",
                                          description=t("lesson04.ctrl.departure", lang), style=_style(),
                                          continuous_update=False)
    controls["budget_hours"] = w.IntSlider(value=120, min=40, max=200, step=10, style=_style(),
                                           description=t("lesson04.ctrl.budget_hours", lang), continuous_update=False)
    controls["lu_resigns"] = w.Checkbox(value=False, description=t("lesson04.ctrl.lu_resigns", lang),
                                        style=_style())

    def compute(knowledge_capture, departure, budget_hours, lu_resigns, **hours):
        links = tuple(Link(s, p, float(hours[f"hours_{i}"])) for i, (s, p) in enumerate(CANDIDATE_LINKS))
        plan = ContactPlan(links, round(knowledge_capture, 4), "student")
        return assess_plan(plan, budget_hours=budget_hours, departure=round(departure, 4), revenue=revenue)

    def draw(r, ax):
        resigned = (_LU,) if controls["lu_resigns"].value else ()
        ax = plot_relationship_map(plan_graph(r.plan), ax=ax, lang=lang, resigned=resigned,
                                   title=t("lesson04.plan.student", lang))
        ax.text(0.5, 0.01, t("lesson04.risk_box", lang, p_normal=_pct(r.p_loss), p_lu=_pct(r.p_loss_lu_resigns)),
                transform=ax.transAxes, ha="center", va="bottom", fontsize=10,
                bbox={"fc": "#fbe9eb" if r.p_loss_lu_resigns > 0.5 else "#eef3f8", "ec": "#8d8d8d"})
        return ax

    def describe(r):
        g = plan_graph(r.plan)
        if g.number_of_edges() == 0:
            return t("lesson04.no_links", lang)
        from ..models.runaway_horse import relationship_shape

        text = t("lesson04.caption", lang, hours=r.hours_total, budget=r.budget_hours,
                 shape=t(f"lesson04.shape.{relationship_shape(g)}", lang), p_normal=_pct(r.p_loss),
                 loss_normal=f"{r.expected_loss:,.0f}", p_lu=_pct(r.p_loss_lu_resigns),
                 loss_lu=f"{r.expected_loss_lu_resigns:,.0f}", revenue=f"{r.revenue:,.0f}")
        if not r.within_budget:
            text = t("lesson04.over_budget", lang, over=r.hours_total - r.budget_hours) + " " + text
        return text

    return Explorer(controls, compute, draw, describe, figsize=(7.5, 4.5))
