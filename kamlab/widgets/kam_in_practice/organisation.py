"""Lesson 07 (P2 organisation; P1/P4 account plan): plots and explorers.

Over :mod:`kamlab.models.kam_in_practice.organisation` and :mod:`kamlab.models.kam_in_practice.account_plan`:

* :func:`plot_org_structures`: the conventional pyramid next to the inverted pyramid.
* :func:`plot_account_team`: the account, the key-account manager and each function,
  with the route a request takes.
* :func:`plot_account_plan`: the value bridge revenue -> customer profit, risks listed.
* :func:`team_explorer`: a structure dropdown and one checkbox per function.
* :func:`account_plan_explorer`: an account dropdown (top 20 by revenue), the target
  share of wallet and the horizon.
"""

from __future__ import annotations

import math

import numpy as np

from ...errors import KamlabTypeError
from ...i18n import resolve_lang, t
from ...plots.start_here import prepare_axes
from ..base import Explorer

__all__ = ["plot_org_structures", "plot_account_team", "plot_account_plan", "team_explorer",
           "account_plan_explorer"]

_LAYER_COLORS = ("#30638e", "#66a182", "#edae49")
_CUSTOMER = "#d1495b"
_DIRECT, _VIA, _HIER = "#30638e", "#edae49", "#d1495b"


def _paren(text: str, lang: str) -> str:
    return f"（{text}）" if lang == "zh" else f" ({text})"


# ---- the two pyramids ----------------------------------------------------------------------------------
def _layer(ax, cx, width, height, y0, y1, apex_up, color, label, **kwargs):
    """One horizontal slice of a triangle (apex up or down) between heights y0 and y1."""
    def half(y):
        frac = (y / height) if apex_up else (1.0 - y / height)
        return width / 2.0 * (1.0 - frac)

    pts = [(cx - half(y0), y0), (cx + half(y0), y0), (cx + half(y1), y1), (cx - half(y1), y1)]
    style = {"facecolor": color, "edgecolor": "white", "linewidth": 2, "alpha": 0.9}
    style.update(kwargs)
    ax.add_patch(_polygon(pts, **style))
    ax.text(cx, (y0 + y1) / 2.0, label, ha="center", va="center", fontsize=8.5, color="#222222",
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})


def _polygon(points, **kwargs):
    from matplotlib.patches import Polygon

    return Polygon(points, closed=True, **kwargs)


def _box(ax, cx, cy, label, color=_CUSTOMER, width=3.2):
    from matplotlib.patches import FancyBboxPatch

    ax.add_patch(FancyBboxPatch((cx - width / 2, cy - 0.3), width, 0.6, boxstyle="round,pad=0.05",
                                facecolor=color, edgecolor="none", alpha=0.9))
    ax.text(cx, cy, label, ha="center", va="center", fontsize=9, color="white")


def plot_org_structures(*, ax=None, lang: str | None = None, **kwargs):
    """The conventional pyramid (management on top, customers outside below) next to the inverted one.

    The inverted pyramid (chapter P2, "customer-driven organisation") puts the customers
    on top, the front-line key-account team just below them, the support functions
    under the team, and management at the bottom, serving.

    Parameters
    ----------
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to the layer patches (e.g. ``alpha``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> ax = plot_org_structures(lang="en")
    >>> ax.get_title()
    'The conventional and the inverted pyramid'
    """
    func = "plot_org_structures"
    ax, lang = prepare_axes(ax, lang, func, (10, 5.5))
    w, h = 4.6, 4.5
    # conventional pyramid, apex up, customers outside below
    left = 2.5
    for k, (key, color) in enumerate(zip(("front_line", "middle_management", "top_management"),
                                         _LAYER_COLORS[::-1])):
        _layer(ax, left, w, h, 1.5 * k, 1.5 * (k + 1), True, color, t(f"lesson07.org.layer.{key}", lang), **kwargs)
    _box(ax, left, -1.0, t("lesson07.org.layer.customers", lang))
    ax.text(left, -1.6, t("lesson07.org.outside", lang), ha="center", va="center", fontsize=8.5)
    ax.annotate("", xy=(left - 2.4, 0.3), xytext=(left - 2.4, 4.2),
                arrowprops={"arrowstyle": "-|>", "color": "#555555", "lw": 1.5})
    ax.text(left - 2.6, 2.25, t("lesson07.org.commands", lang), rotation=90, ha="center", va="center", fontsize=8.5)
    ax.text(left, h + 0.5, t("lesson07.org.structure.hierarchy", lang), ha="center", fontsize=10)
    # inverted pyramid, apex down, customers on top
    right = 8.3
    for k, (key, color) in enumerate(zip(("management_serving", "support", "account_team"), _LAYER_COLORS[::-1])):
        _layer(ax, right, w, h, 1.5 * k, 1.5 * (k + 1), False, color, t(f"lesson07.org.layer.{key}", lang), **kwargs)
    _box(ax, right, h + 0.6, t("lesson07.org.layer.customers", lang), width=w)
    ax.annotate("", xy=(right + 2.6, 4.2), xytext=(right + 2.6, 0.3),
                arrowprops={"arrowstyle": "-|>", "color": "#555555", "lw": 1.5})
    ax.text(right + 2.8, 2.25, t("lesson07.org.serves", lang), rotation=90, ha="center", va="center", fontsize=8.5)
    ax.text(right, -0.7, t("lesson07.org.structure.inverted", lang), ha="center", fontsize=10)
    ax.set_xlim(-0.5, 11.5)
    ax.set_ylim(-2.0, h + 1.2)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(t("lesson07.org.structures_title", lang))
    return ax


# ---- the account team ----------------------------------------------------------------------------------
def _team_positions(functions):
    """Functions other than sales on an arc above the account; the account at (0, 0)."""
    others = [f for f in functions if f != "sales"]
    angles = np.linspace(math.pi * 13 / 12, -math.pi / 12, len(others))
    return {f: (2.7 * math.cos(a), 2.7 * math.sin(a)) for f, a in zip(others, angles)}


def plot_account_team(design, *, ax=None, lang: str | None = None, **kwargs):
    """The account at the centre, the key-account manager (or salesperson) below, each function around.

    A facing function in the inverted pyramid has a direct line to the account (1
    handoff); a non-facing one reaches it through the key-account manager (2). In the
    hierarchy every non-sales function reaches the account up and across: function ->
    its head -> sales manager -> salesperson -> account (4). Filled nodes are in the team.

    Parameters
    ----------
    design : TeamDesign
        From :func:`kamlab.models.kam_in_practice.organisation.team_design`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.plot`` for the route lines.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab.models.kam_in_practice.organisation import team_design
    >>> ax = plot_account_team(team_design(["sales", "logistics"]), lang="en")
    >>> ax.get_title()
    'Inverted pyramid (customer-driven): the account team'
    """
    from ...models.kam_in_practice.organisation import FUNCTIONS, TeamDesign, handoffs

    func = "plot_account_team"
    if not isinstance(design, TeamDesign):
        raise KamlabTypeError(f"{func}: parameter 'design' must be a TeamDesign (from team_design), "
                              f"got {type(design).__name__}.")
    ax, lang = prepare_axes(ax, lang, func, (8, 6))
    hier = design.structure == "hierarchy"
    pos = _team_positions(FUNCTIONS)
    account, front, heads = (0.0, 0.0), (0.0, -1.4), (0.0, -2.7)

    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    def line(a, b, color, style, rad=0.0):
        s = {"color": color, "linestyle": style, "linewidth": 2, "zorder": 1}
        s.update(kwargs)
        ax.add_patch(FancyArrowPatch(a, b, arrowstyle="-", connectionstyle=f"arc3,rad={rad}", shrinkA=0, shrinkB=0,
                                     **s))

    styles = {"direct": (_DIRECT, "-"), "via_kam": (_VIA, "--"), "via_hierarchy": (_HIER, ":")}
    used = []
    for f, xy in pos.items():
        k = handoffs(f, design.facing, design.structure)
        side = 1.0 if xy[0] < 0 else -1.0
        if hier:
            kind, to, rad = "via_hierarchy", heads, 0.45 * side
        elif k == 1:
            kind, to, rad = "direct", account, 0.0
        else:
            kind, to, rad = "via_kam", front, 0.35 * side
        line(xy, to, *styles[kind], rad=rad)
        if kind not in used:
            used.append(kind)
    line(front, account, _DIRECT, "-")
    if hier:
        line(heads, front, _HIER, ":")
    for f, (x, y) in pos.items():
        inside = f in design.facing
        ax.scatter([x], [y], s=700, zorder=2, color=_DIRECT if inside else "white", edgecolors=_DIRECT, linewidths=2)
        ax.text(x, y - 0.5 if y < 0 else y + 0.5, t(f"lesson07.org.function.{f}", lang), ha="center",
                va="center", fontsize=8.5)
    handles = [Line2D([], [], color=styles[k][0], linestyle=styles[k][1], linewidth=2,
                      label=t(f"lesson07.org.{k}", lang)) for k in used]
    ax.scatter([account[0]], [account[1]], s=2600, zorder=2, color=_CUSTOMER)
    ax.text(*account, t("lesson07.org.account", lang), ha="center", va="center", color="white", fontsize=8,
            zorder=3)
    ax.scatter([front[0]], [front[1]], s=900, zorder=2, color=_DIRECT, edgecolors=_DIRECT)
    ax.text(front[0] + 0.45, front[1], t("lesson07.org.salesperson" if hier else "lesson07.org.kam", lang),
            ha="left", va="center", fontsize=8.5)
    if hier:
        ax.scatter([heads[0]], [heads[1]], s=700, zorder=2, color=_HIER)
        ax.text(heads[0] + 0.45, heads[1], t("lesson07.org.sales_manager", lang), ha="left", va="center",
                fontsize=8.5, zorder=3, bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"})
    note = t("lesson07.org.team_note", lang, coverage=f"{design.coverage:.0%}", handoffs=f"{design.mean_handoffs:.2f}",
             days=f"{design.mean_response_days:.1f}", cost=f"{design.annual_cost:,.0f}")
    ax.text(0.5, 0.02, note, transform=ax.transAxes, ha="center", va="bottom", fontsize=8.5,
            bbox={"boxstyle": "round", "facecolor": "#f4f4f4", "edgecolor": "#cccccc"})
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=len(handles), fontsize=8,
              frameon=False)
    ax.set_xlim(-3.6, 3.6)
    ax.set_ylim(-3.8, 3.6)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(t("lesson07.org.team_title", lang, structure=t(f"lesson07.org.structure.{design.structure}", lang)))
    return ax


# ---- the account plan ----------------------------------------------------------------------------------
def plot_account_plan(plan, *, ax=None, lang: str | None = None, **kwargs):
    """The value bridge revenue -> gross profit -> cost to serve -> customer profit, the goals, the risks.

    Six bars walk from revenue to customer profit (decreases in red); two hatched bars
    show the plan's target revenue and target customer profit at the end of the horizon;
    a box lists the risks and their levels.

    Parameters
    ----------
    plan : AccountPlan
        From :func:`kamlab.models.kam_in_practice.account_plan.build_account_plan`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
        Default: the plan's language.
    **kwargs
        Passed to ``ax.bar``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import kamlab
    >>> from kamlab.models.kam_in_practice.account_plan import build_account_plan
    >>> ax = plot_account_plan(build_account_plan(kamlab.make_company(), lang="en"))
    >>> len(ax.patches)
    8
    """
    from ...models.kam_in_practice.account_plan import AccountPlan

    func = "plot_account_plan"
    if not isinstance(plan, AccountPlan):
        raise KamlabTypeError(f"{func}: parameter 'plan' must be an AccountPlan (from build_account_plan), "
                              f"got {type(plan).__name__}.")
    ax, lang = prepare_axes(ax, plan.lang if lang is None else lang, func, (9, 4.8))
    v = plan.value
    revenue, gross = v["revenue"], v["gross_profit"]
    steps = [("revenue", 0.0, revenue, "#30638e"),
             ("cost_of_goods", gross, revenue - gross, "#d1495b"),
             ("gross_profit", 0.0, gross, "#30638e"),
             ("discounts_rebates", gross - v["discounts_rebates"], v["discounts_rebates"], "#d1495b"),
             ("cost_to_serve", v["customer_profit"], v["cost_to_serve"], "#d1495b"),
             ("customer_profit", 0.0, v["customer_profit"], "#66a182" if v["customer_profit"] >= 0 else "#d1495b")]
    x = np.arange(len(steps))
    for i, (key, bottom, height, color) in enumerate(steps):
        style = {"color": color, "width": 0.6}
        style.update(kwargs)
        bars = ax.bar(x[i], height, bottom=bottom, **style)
        ax.bar_label(bars, labels=[f"{height:,.0f}"], fontsize=8, padding=2)
    # the goals at the end of the horizon, hatched
    goals = [("target_revenue", plan.goal("revenue").target), ("target_profit", plan.goal("customer_profit").target)]
    year = plan.goal("revenue").due.year
    for j, (key, height) in enumerate(goals):
        style = {"color": "white", "edgecolor": "#30638e" if j == 0 else "#66a182", "hatch": "//", "width": 0.6,
                 "linewidth": 1.5}
        style.update(kwargs)
        bars = ax.bar(len(steps) + 0.5 + j, height, **style)
        ax.bar_label(bars, labels=[f"{height:,.0f}"], fontsize=8, padding=2)
    ax.axvline(len(steps) - 0.25, color="#999999", linestyle="--", linewidth=0.8)
    ax.axhline(0, color="#555555", linewidth=0.8)
    ticks = [t(f"lesson07.plan.bridge.{s[0]}", lang) for s in steps]
    ticks += [t(f"lesson07.plan.bridge.{k}", lang, year=year) for k, _ in goals]
    ax.set_xticks(list(x) + [len(steps) + 0.5, len(steps) + 1.5], ticks, fontsize=8.5)
    ax.set_ylabel(t("lesson07.plan.bridge_axis", lang))
    from matplotlib.ticker import FuncFormatter

    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: f"{y:,.0f}"))
    ax.set_xlim(-0.6, len(steps) + 2.1)
    top = max(revenue, goals[0][1])
    low = min(0.0, v["customer_profit"], goals[1][1])
    ax.set_ylim(low * 1.15, top * 1.12 if top > 0 else 1.0)
    lines = [t("lesson07.plan.risks_heading", lang)]
    lines += [f"• {t(f'lesson07.plan.risk.{r.kind}', lang)}{_paren(t(f'lesson07.plan.level.{r.level}', lang), lang)}"
              for r in plan.risks] or [t("lesson07.plan.no_risks", lang)]
    ax.text(0.45, 0.97, "\n".join(lines), transform=ax.transAxes, ha="center", va="top", fontsize=8.5,
            multialignment="left", bbox={"boxstyle": "round", "facecolor": "#fff8e6", "edgecolor": "#edae49"})
    ax.set_title(t("lesson07.plan.bridge_title", lang, name=plan.name))
    return ax


# ---- explorers -----------------------------------------------------------------------------------------
def _style():
    return {"description_width": "initial"}


def _describe_team(design, lang) -> str:
    return t("lesson07.org.caption", lang, structure=t(f"lesson07.org.structure.{design.structure}", lang),
             n=len(design.facing), coverage=f"{design.coverage:.0%}", handoffs=f"{design.mean_handoffs:.2f}",
             days=f"{design.mean_response_days:.1f}", intact=f"{design.intact:.0%}", cost=f"{design.annual_cost:,.0f}")


def team_explorer(*, structure: str = "inverted", facing=("sales",), lang: str | None = None):
    """Design a key-account team: a structure dropdown and one checkbox per function.

    Controls: ``structure`` ("hierarchy" or "inverted") and one checkbox per function of
    :data:`kamlab.models.kam_in_practice.organisation.FUNCTIONS`, named by the function (``"sales"``
    is always in the team, so its box is ticked and disabled). Model
    :func:`kamlab.models.kam_in_practice.organisation.team_design`; plot :func:`plot_account_team`;
    ``result`` is the TeamDesign; the caption gives coverage, handoffs, response days
    and cost.

    Examples
    --------
    >>> ex = team_explorer(lang="en")
    >>> round(ex.result.mean_handoffs, 4)
    1.9342
    >>> ex.controls["logistics"].value = True
    >>> round(ex.result.mean_handoffs, 4), ex.result.annual_cost
    (1.6184, 110000.0)
    """
    import ipywidgets as w

    from ...models.kam_in_practice.organisation import FUNCTIONS, STRUCTURES, team_design

    func = "team_explorer"
    lang = resolve_lang(lang, func)
    start = team_design(facing, structure=structure)  # validates both
    controls = {"structure": w.Dropdown(options=[(t(f"lesson07.org.structure.{s}", lang), s) for s in STRUCTURES],
                                        value=start.structure, description=t("lesson07.org.ctrl.structure", lang),
                                        style=_style())}
    for f in FUNCTIONS:
        controls[f] = w.Checkbox(value=f in start.facing, description=t(f"lesson07.org.function.{f}", lang),
                                 disabled=f == "sales", indent=False, layout=w.Layout(width="auto"))

    def compute(structure, **boxes):
        return team_design([f for f in FUNCTIONS if boxes[f]], structure=structure)

    def draw(design, ax):
        return plot_account_team(design, ax=ax, lang=lang)

    return Explorer(controls, compute, draw, lambda d: _describe_team(d, lang), figsize=(8, 6))


def _describe_plan(plan, lang) -> str:
    sow, rev, prof = (plan.goal(m) for m in ("share_of_wallet", "revenue", "customer_profit"))
    risks = "、".join if lang == "zh" else ", ".join
    names = [t(f"lesson07.plan.risk.{r.kind}", lang) for r in plan.risks]
    return t("lesson07.plan.caption", lang, name=plan.name, sow=f"{sow.current:.1%}", target=f"{sow.target:.1%}",
             due=sow.due.isoformat(), revenue=f"{rev.current:,.0f}", target_revenue=f"{rev.target:,.0f}",
             profit=f"{prof.current:,.0f}", target_profit=f"{prof.target:,.0f}",
             risks=risks(names) if names else t("lesson07.plan.no_risks", lang))


def account_plan_explorer(company, *, lang: str | None = None):
    """Build an account plan for one of the top 20 accounts by revenue.

    Controls: ``account`` (dropdown, the 20 largest accounts by revenue), ``target_share_of_wallet``
    (0 to 1, step 0.05; a target below the account's current share is raised to the
    current share, since a plan does not aim to shrink) and ``horizon_years`` (1 to 10).
    Model :func:`kamlab.models.kam_in_practice.account_plan.build_account_plan`; plot
    :func:`plot_account_plan`; ``result`` is the AccountPlan, so the notebook exports it
    with ``explorer.result.to_markdown()`` or ``explorer.result.save(folder)``.

    Examples
    --------
    >>> import kamlab
    >>> ex = account_plan_explorer(kamlab.make_company(), lang="en")
    >>> ex.result.account_id, len(ex.controls["account"].options)
    ('A1268', 20)
    >>> ex.controls["horizon_years"].value = 5
    >>> ex.result.goal("revenue").due.isoformat()
    '2031-12-31'
    """
    import ipywidgets as w

    from ...models.kam_in_practice.account_plan import build_account_plan, check_company

    func = "account_plan_explorer"
    lang = resolve_lang(lang, func)
    company = check_company(company, func=func)
    accounts = company.accounts
    top = accounts.sort_values("revenue", ascending=False, kind="mergesort").head(20)
    options = [(f"{r.account_id} {getattr(r, 'name_' + lang)}", str(r.account_id)) for r in top.itertuples()]
    first = float(top["share_of_wallet"].iloc[0])
    controls = {
        "account": w.Dropdown(options=options, value=options[0][1], description=t("lesson07.plan.ctrl.account", lang),
                              style=_style()),
        "target_share_of_wallet": w.FloatSlider(value=round(min(1.0, first + 0.10) * 20) / 20, min=0.0, max=1.0,
                                                step=0.05, readout_format=".0%",
                                                description=t("lesson07.plan.ctrl.target", lang), style=_style(),
                                                continuous_update=False),
        "horizon_years": w.IntSlider(value=3, min=1, max=10, step=1, description=t("lesson07.plan.ctrl.horizon", lang),
                                     style=_style(), continuous_update=False),
    }
    shares = dict(zip(top["account_id"].astype(str), top["share_of_wallet"].astype(float)))

    def compute(account, target_share_of_wallet, horizon_years):
        target = max(round(float(target_share_of_wallet), 4), shares[account])
        return build_account_plan(company, account, target_share_of_wallet=min(target, 1.0),
                                  horizon_years=horizon_years, lang=lang)

    def draw(plan, ax):
        return plot_account_plan(plan, ax=ax, lang=lang)

    return Explorer(controls, compute, draw, lambda p: _describe_plan(p, lang), figsize=(9, 4.8))
