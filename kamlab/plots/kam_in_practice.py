"""Lesson 07 (KAM in practice, P1-P5): plots of :mod:`kamlab.models.kam_in_practice`'s results.

* :func:`plot_maturity_radar`: the five area scores as a radar, drawn on an ordinary Axes.
* :func:`plot_competency_profile`: a candidate's levels against a role's requirement.
* :func:`plot_org_structures`: the conventional pyramid next to the inverted pyramid.
* :func:`plot_account_team`: the account, the key-account manager and each function, with the
  route a request takes.
* :func:`plot_account_plan`: the value bridge revenue -> customer profit, risks listed.
* :func:`plot_programme`: simulated total profit, no KAM vs the programme.
* :func:`plot_capstone_accounts`: per funded account, expected benefit against expected KAM cost.
"""

from __future__ import annotations

import math

import numpy as np

from .._validate import check_int
from ..errors import KamlabTypeError
from ..i18n import t
from ..models.kam_in_practice.account_plan import AccountPlan
from ..models.kam_in_practice.capstone import Capstone, ProgrammeResult
from ..models.kam_in_practice.competency import DIMENSIONS, SKILLS, CompetencyFit
from ..models.kam_in_practice.maturity import AREA_POINTS, AREAS, MaturityResult
from ..models.kam_in_practice.organisation import FUNCTIONS, TeamDesign, handoffs
from .style import BLUE, DARK_GREY, GOLD, GREEN, GREY, INK, RED, require_result, setup_axes

__all__ = [
    "plot_maturity_radar",
    "plot_competency_profile",
    "plot_org_structures",
    "plot_account_team",
    "plot_account_plan",
    "plot_programme",
    "plot_capstone_accounts",
]

_YOURS, _COMPARE = RED, BLUE
_DIM_COLORS = {"technical": BLUE, "commercial": GREEN, "leadership": GOLD}


_SHORT = RED
_RINGS = (25, 50, 75, 100)


def area_label(area: str, lang: str) -> str:
    """A maturity area's point and name, e.g. ``'P1 Strategy and selection'``."""
    return f"{AREA_POINTS[area]} {t(f'kam_in_practice.maturity.area.{area}', lang)}"


def _radar_xy(scores):
    """Points of a radar polygon: spoke k at angle 90 - 72 k degrees (clockwise from the top)."""
    n = len(scores)
    angles = np.pi / 2 - 2 * np.pi * np.arange(n) / n
    r = np.asarray(scores, dtype=float) / 100.0
    return r * np.cos(angles), r * np.sin(angles), angles


def plot_maturity_radar(
    result,
    *,
    compare=None,
    ax=None,
    lang: str | None = None,
    label: str | None = None,
    compare_label: str | None = None,
    **kwargs,
):
    """A radar of the five area scores (0..100) on an ordinary (cartesian) Axes.

    Spokes are the areas in chapter order, P1 at the top and clockwise; the rings mark
    25, 50, 75 and 100 (the stage bands of :data:`kamlab.models.kam_in_practice.maturity.STAGES`).
    The polygon, spokes and rings are drawn as lines with equal aspect and the axis
    off, so the radar fits the cartesian Axes an Explorer gives.

    Parameters
    ----------
    result : MaturityResult
        From :func:`kamlab.models.kam_in_practice.maturity.score_maturity`.
    compare : MaturityResult, optional
        A second polygon (dashed), e.g. the benchmark profile.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    label, compare_label : str, optional
        Legend entries (default "Your firm" and "Benchmark firm" in ``lang``).
    **kwargs
        Passed to ``ax.plot`` of the main polygon (e.g. ``color``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab.models.kam_in_practice.maturity import profile_answers, score_maturity
    >>> r = score_maturity(profile_answers("sales_led"))
    >>> ax = plot_maturity_radar(r, compare=score_maturity(profile_answers("benchmark")), lang="en")
    >>> ax.get_title()
    'KAM maturity: overall 37/100 (emerging)'
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['Your firm', 'Benchmark firm']
    """
    func = "plot_maturity_radar"
    require_result(result, MaturityResult, "result", func, source="score_maturity")
    if compare is not None:
        require_result(compare, MaturityResult, "compare", func, source="score_maturity")
    ax, lang = setup_axes(ax, lang, func, (6.5, 6))
    n = len(AREAS)
    # rings and spokes
    for ring in _RINGS:
        x, y, _ = _radar_xy([ring] * n)
        ax.plot(np.append(x, x[0]), np.append(y, y[0]), color="#c8c8c8", lw=0.8, zorder=1)
        ax.text(0.02, ring / 100.0 + 0.01, f"{ring}", fontsize=7, color=GREY, zorder=2)
    _, _, angles = _radar_xy([100] * n)
    for area, a in zip(AREAS, angles):
        ax.plot([0, np.cos(a)], [0, np.sin(a)], color="#c8c8c8", lw=0.8, zorder=1)
        ha = "center" if abs(np.cos(a)) < 0.2 else ("left" if np.cos(a) > 0 else "right")
        va = "bottom" if np.sin(a) > 0.2 else ("top" if np.sin(a) < -0.2 else "center")
        ax.text(1.1 * np.cos(a), 1.1 * np.sin(a), area_label(area, lang), ha=ha, va=va, fontsize=9.5)
    handles = []
    if compare is not None:
        x, y, _ = _radar_xy([compare.areas[a] for a in AREAS])
        handles += ax.plot(
            np.append(x, x[0]),
            np.append(y, y[0]),
            color=_COMPARE,
            lw=1.5,
            ls="--",
            zorder=3,
            label=compare_label or t("kam_in_practice.maturity.profile.benchmark", lang),
        )
        ax.fill(x, y, color=_COMPARE, alpha=0.08, zorder=2)
    x, y, _ = _radar_xy([result.areas[a] for a in AREAS])
    style = {
        "color": _YOURS,
        "lw": 2.0,
        "marker": "o",
        "ms": 4,
        "zorder": 4,
        "label": label or t("kam_in_practice.maturity.yours", lang),
    }
    style.update(kwargs)
    (line,) = ax.plot(np.append(x, x[0]), np.append(y, y[0]), **style)
    ax.fill(x, y, color=line.get_color(), alpha=0.18, zorder=3)
    ax.set_aspect("equal")
    ax.set_xlim(-1.75, 1.75)
    ax.set_ylim(-1.3, 1.3)
    ax.axis("off")
    ax.set_title(
        t(
            "kam_in_practice.maturity.radar_title",
            lang,
            overall=result.overall,
            stage=t(f"kam_in_practice.maturity.stage.{result.stage}", lang),
        )
    )
    ax.text(
        0.0,
        -1.27,
        t("kam_in_practice.maturity.scale_note", lang),
        ha="center",
        va="bottom",
        fontsize=7.5,
        color="#6d6d6d",
    )
    # under the radar, not over it: on a projector the chart is drawn on a smaller page (larger
    # text; kamlab.widgets.base.projector_chart) and a legend inside the axes covered the P3 label
    ax.legend(
        handles=[line, *handles], loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=2, fontsize=8.5, frameon=False
    )
    return ax


def plot_competency_profile(fit, *, ax=None, lang: str | None = None, **kwargs):
    """A candidate's level per skill (bars) against the role's requirement (markers).

    Skills are grouped by dimension (engineer, salesperson, leader), one group header
    each; a bar below its requirement is drawn in a warning colour.

    Parameters
    ----------
    fit : CompetencyFit
        From :func:`kamlab.models.kam_in_practice.competency.competency_fit`.
    ax : matplotlib.axes.Axes, optional
    lang : {"zh", "en"}, optional
    **kwargs
        Passed to ``ax.barh`` (e.g. ``height``); ``color`` overrides the colour of every bar.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab.models.kam_in_practice.competency import competency_fit
    >>> ax = plot_competency_profile(competency_fit("star_salesperson"), lang="en")
    >>> ax.get_xlabel(), len(ax.patches)
    ('Level (1-5)', 9)
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    func = "plot_competency_profile"
    if not isinstance(fit, CompetencyFit):
        raise KamlabTypeError(
            f"{func}: parameter 'fit' must be a CompetencyFit (from competency_fit), got {type(fit).__name__}."
        )
    ax, lang = setup_axes(ax, lang, func, (8, 5.5))
    y, ticks, labels = 0.0, [], []
    headers = []
    for dim in DIMENSIONS:
        headers.append((y, dim))
        y += 1.0
        for skill, d in SKILLS:
            if d != dim:
                continue
            level, required = fit.levels[skill], fit.required[skill]
            style = {"height": 0.6, "color": _SHORT if level < required else _DIM_COLORS[dim]}
            style.update(kwargs)
            ax.barh(y, level, **style)
            ax.plot([required], [y], marker="D", color="black", ms=6, ls="none", zorder=3)
            ticks.append(y)
            labels.append(t(f"kam_in_practice.competency.skill.{skill}", lang))
            y += 1.0
        y += 0.3
    for hy, dim in headers:
        ax.text(
            0.05,
            hy,
            t(f"kam_in_practice.competency.dimension.{dim}", lang),
            va="center",
            fontsize=10.5,
            color=_DIM_COLORS[dim],
        )
    ax.set_yticks(ticks, labels)
    ax.set_ylim(y - 0.3, -0.7)
    ax.set_xlim(0, 5.5)
    ax.set_xticks(range(0, 6))
    ax.grid(axis="x", color="#e0e0e0", lw=0.8)
    ax.set_axisbelow(True)
    ax.set_xlabel(t("kam_in_practice.competency.level_axis", lang))
    who = t(f"kam_in_practice.competency.candidate.{fit.candidate or 'custom'}", lang)
    ax.set_title(
        t(
            "kam_in_practice.competency.title",
            lang,
            candidate=who,
            role=t(f"kam_in_practice.competency.role.{fit.role}", lang),
            fit=f"{fit.fit:.0%}",
        )
    )
    handles = [
        Patch(color=GREY, label=t("kam_in_practice.competency.level", lang)),
        Patch(color=_SHORT, label=t("kam_in_practice.competency.short", lang)),
        Line2D([], [], marker="D", color="black", ls="none", label=t("kam_in_practice.competency.required", lang)),
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8.5, frameon=False)
    return ax


_LAYER_COLORS = (BLUE, GREEN, GOLD)
_CUSTOMER = RED


_DIRECT, _VIA, _HIER = BLUE, GOLD, RED


def _paren(text: str, lang: str) -> str:
    return f"（{text}）" if lang == "zh" else f" ({text})"


def _layer(ax, cx, width, height, y0, y1, apex_up, color, label, **kwargs):
    """One horizontal slice of a triangle (apex up or down) between heights y0 and y1."""

    def half(y):
        frac = (y / height) if apex_up else (1.0 - y / height)
        return width / 2.0 * (1.0 - frac)

    pts = [(cx - half(y0), y0), (cx + half(y0), y0), (cx + half(y1), y1), (cx - half(y1), y1)]
    style = {"facecolor": color, "edgecolor": "white", "linewidth": 2, "alpha": 0.9}
    style.update(kwargs)
    ax.add_patch(_polygon(pts, **style))
    ax.text(
        cx,
        (y0 + y1) / 2.0,
        label,
        ha="center",
        va="center",
        fontsize=8.5,
        color=INK,
        bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.8},
    )


def _polygon(points, **kwargs):
    from matplotlib.patches import Polygon

    return Polygon(points, closed=True, **kwargs)


def _box(ax, cx, cy, label, color=_CUSTOMER, width=3.2):
    from matplotlib.patches import FancyBboxPatch

    ax.add_patch(
        FancyBboxPatch(
            (cx - width / 2, cy - 0.3),
            width,
            0.6,
            boxstyle="round,pad=0.05",
            facecolor=color,
            edgecolor="none",
            alpha=0.9,
        )
    )
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
    ax, lang = setup_axes(ax, lang, func, (10, 5.5))
    w, h = 4.6, 4.5
    # conventional pyramid, apex up, customers outside below
    left = 2.5
    for k, (key, color) in enumerate(zip(("front_line", "middle_management", "top_management"), _LAYER_COLORS[::-1])):
        _layer(
            ax, left, w, h, 1.5 * k, 1.5 * (k + 1), True, color, t(f"kam_in_practice.org.layer.{key}", lang), **kwargs
        )
    _box(ax, left, -1.0, t("kam_in_practice.org.layer.customers", lang))
    ax.text(left, -1.6, t("kam_in_practice.org.outside", lang), ha="center", va="center", fontsize=8.5)
    ax.annotate(
        "",
        xy=(left - 2.4, 0.3),
        xytext=(left - 2.4, 4.2),
        arrowprops={"arrowstyle": "-|>", "color": DARK_GREY, "lw": 1.5},
    )
    ax.text(
        left - 2.6, 2.25, t("kam_in_practice.org.commands", lang), rotation=90, ha="center", va="center", fontsize=8.5
    )
    ax.text(left, h + 0.5, t("kam_in_practice.org.structure.hierarchy", lang), ha="center", fontsize=10)
    # inverted pyramid, apex down, customers on top
    right = 8.3
    for k, (key, color) in enumerate(zip(("management_serving", "support", "account_team"), _LAYER_COLORS[::-1])):
        _layer(
            ax, right, w, h, 1.5 * k, 1.5 * (k + 1), False, color, t(f"kam_in_practice.org.layer.{key}", lang), **kwargs
        )
    _box(ax, right, h + 0.6, t("kam_in_practice.org.layer.customers", lang), width=w)
    ax.annotate(
        "",
        xy=(right + 2.6, 4.2),
        xytext=(right + 2.6, 0.3),
        arrowprops={"arrowstyle": "-|>", "color": DARK_GREY, "lw": 1.5},
    )
    ax.text(
        right + 2.8, 2.25, t("kam_in_practice.org.serves", lang), rotation=90, ha="center", va="center", fontsize=8.5
    )
    ax.text(right, -0.7, t("kam_in_practice.org.structure.inverted", lang), ha="center", fontsize=10)
    ax.set_xlim(-0.5, 11.5)
    ax.set_ylim(-2.0, h + 1.2)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(t("kam_in_practice.org.structures_title", lang))
    return ax


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
    func = "plot_account_team"
    if not isinstance(design, TeamDesign):
        raise KamlabTypeError(
            f"{func}: parameter 'design' must be a TeamDesign (from team_design), got {type(design).__name__}."
        )
    ax, lang = setup_axes(ax, lang, func, (8, 6))
    hier = design.structure == "hierarchy"
    pos = _team_positions(FUNCTIONS)
    account, front, heads = (0.0, 0.0), (0.0, -1.4), (0.0, -2.7)

    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    def line(a, b, color, style, rad=0.0):
        s = {"color": color, "linestyle": style, "linewidth": 2, "zorder": 1}
        s.update(kwargs)
        ax.add_patch(
            FancyArrowPatch(a, b, arrowstyle="-", connectionstyle=f"arc3,rad={rad}", shrinkA=0, shrinkB=0, **s)
        )

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
        ax.text(
            x,
            y - 0.5 if y < 0 else y + 0.5,
            t(f"kam_in_practice.org.function.{f}", lang),
            ha="center",
            va="center",
            fontsize=8.5,
        )
    handles = [
        Line2D(
            [], [], color=styles[k][0], linestyle=styles[k][1], linewidth=2, label=t(f"kam_in_practice.org.{k}", lang)
        )
        for k in used
    ]
    ax.scatter([account[0]], [account[1]], s=2600, zorder=2, color=_CUSTOMER)
    ax.text(
        *account, t("kam_in_practice.org.account", lang), ha="center", va="center", color="white", fontsize=8, zorder=3
    )
    ax.scatter([front[0]], [front[1]], s=900, zorder=2, color=_DIRECT, edgecolors=_DIRECT)
    ax.text(
        front[0] + 0.45,
        front[1],
        t("kam_in_practice.org.salesperson" if hier else "kam_in_practice.org.kam", lang),
        ha="left",
        va="center",
        fontsize=8.5,
    )
    if hier:
        ax.scatter([heads[0]], [heads[1]], s=700, zorder=2, color=_HIER)
        ax.text(
            heads[0] + 0.45,
            heads[1],
            t("kam_in_practice.org.sales_manager", lang),
            ha="left",
            va="center",
            fontsize=8.5,
            zorder=3,
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"},
        )
    note = t(
        "kam_in_practice.org.team_note",
        lang,
        coverage=f"{design.coverage:.0%}",
        handoffs=f"{design.mean_handoffs:.2f}",
        days=f"{design.mean_response_days:.1f}",
        cost=f"{design.annual_cost:,.0f}",
    )
    ax.text(
        0.5,
        0.02,
        note,
        transform=ax.transAxes,
        ha="center",
        va="bottom",
        fontsize=8.5,
        bbox={"boxstyle": "round", "facecolor": "#f4f4f4", "edgecolor": "#cccccc"},
    )
    ax.legend(
        handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=len(handles), fontsize=8, frameon=False
    )
    ax.set_xlim(-3.6, 3.6)
    ax.set_ylim(-3.8, 3.6)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(
        t(
            "kam_in_practice.org.team_title",
            lang,
            structure=t(f"kam_in_practice.org.structure.{design.structure}", lang),
        )
    )
    return ax


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
    func = "plot_account_plan"
    if not isinstance(plan, AccountPlan):
        raise KamlabTypeError(
            f"{func}: parameter 'plan' must be an AccountPlan (from build_account_plan), got {type(plan).__name__}."
        )
    ax, lang = setup_axes(ax, plan.lang if lang is None else lang, func, (9, 4.8))
    v = plan.value
    revenue, gross = v["revenue"], v["gross_profit"]
    steps = [
        ("revenue", 0.0, revenue, BLUE),
        ("cost_of_goods", gross, revenue - gross, RED),
        ("gross_profit", 0.0, gross, BLUE),
        ("discounts_rebates", gross - v["discounts_rebates"], v["discounts_rebates"], RED),
        ("cost_to_serve", v["customer_profit"], v["cost_to_serve"], RED),
        ("customer_profit", 0.0, v["customer_profit"], GREEN if v["customer_profit"] >= 0 else RED),
    ]
    x = np.arange(len(steps))
    for i, (_key, bottom, height, color) in enumerate(steps):
        style = {"color": color, "width": 0.6}
        style.update(kwargs)
        bars = ax.bar(x[i], height, bottom=bottom, **style)
        ax.bar_label(bars, labels=[f"{height:,.0f}"], fontsize=8, padding=2)
    # the goals at the end of the horizon, hatched
    goals = [("target_revenue", plan.goal("revenue").target), ("target_profit", plan.goal("customer_profit").target)]
    year = plan.goal("revenue").due.year
    for j, (_key, height) in enumerate(goals):
        style = {
            "color": "white",
            "edgecolor": BLUE if j == 0 else GREEN,
            "hatch": "//",
            "width": 0.6,
            "linewidth": 1.5,
        }
        style.update(kwargs)
        bars = ax.bar(len(steps) + 0.5 + j, height, **style)
        ax.bar_label(bars, labels=[f"{height:,.0f}"], fontsize=8, padding=2)
    ax.axvline(len(steps) - 0.25, color="#999999", linestyle="--", linewidth=0.8)
    ax.axhline(0, color=DARK_GREY, linewidth=0.8)
    ticks = [t(f"kam_in_practice.plan.bridge.{s[0]}", lang) for s in steps]
    ticks += [t(f"kam_in_practice.plan.bridge.{k}", lang, year=year) for k, _ in goals]
    ax.set_xticks(list(x) + [len(steps) + 0.5, len(steps) + 1.5], ticks, fontsize=8.5)
    ax.set_ylabel(t("kam_in_practice.plan.bridge_axis", lang))
    from matplotlib.ticker import FuncFormatter

    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: f"{y:,.0f}"))
    ax.set_xlim(-0.6, len(steps) + 2.1)
    top = max(revenue, goals[0][1])
    low = min(0.0, v["customer_profit"], goals[1][1])
    ax.set_ylim(low * 1.15, top * 1.12 if top > 0 else 1.0)
    lines = [t("kam_in_practice.plan.risks_heading", lang)]
    lines += [
        f"• {t(f'kam_in_practice.plan.risk.{r.kind}', lang)}{_paren(t(f'kam_in_practice.plan.level.{r.level}', lang), lang)}"
        for r in plan.risks
    ] or [t("kam_in_practice.plan.no_risks", lang)]
    ax.text(
        0.45,
        0.97,
        "\n".join(lines),
        transform=ax.transAxes,
        ha="center",
        va="top",
        fontsize=8.5,
        multialignment="left",
        bbox={"boxstyle": "round", "facecolor": "#fff8e6", "edgecolor": GOLD},
    )
    ax.set_title(t("kam_in_practice.plan.bridge_title", lang, name=plan.name))
    return ax


_P = "kam_in_practice.capstone."
_COLORS = {"no_kam": GREY, "programme": BLUE}


def _result(obj, func):
    if isinstance(obj, Capstone):
        return obj.evaluation
    if not isinstance(obj, ProgrammeResult):
        raise KamlabTypeError(
            f"{func}: parameter 'result' must be a ProgrammeResult or a Capstone, got {type(obj).__name__}."
        )
    return obj


def _money(x: float, lang: str) -> str:
    """Yuan as Chinese readers count them (万元, 10,000 yuan) or in full for English readers."""
    return f"{x / 10_000:,.0f}" if lang == "zh" else f"{x:,.0f}"


def _money_unit(lang: str) -> float:
    """The axis unit of :func:`plot_capstone_accounts`: 万元 in Chinese, thousand yuan in English."""
    return 10_000.0 if lang == "zh" else 1_000.0


def plot_programme(result, *, ax=None, lang: str | None = None, bins: int = 40, **kwargs):
    """Histograms of simulated total discounted profit: no KAM against the programme.

    Solid lines mark each arm's mean, dashed lines its 5th percentile. The x axis is in
    million yuan; the title gives the budget (or the programme's yearly cost when no
    budget was set) and the expected uplift, in 万元 (10,000 yuan) in Chinese and in yuan
    in English.

    Parameters
    ----------
    result : ProgrammeResult or Capstone
    ax : matplotlib Axes, optional
    lang : {"zh", "en"}, optional
    bins : int, default 40
    **kwargs
        Passed to ``ax.hist`` (e.g. ``alpha``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab.datasets import make_accounts
    >>> from kamlab.models.kam_in_practice.capstone import evaluate_programme
    >>> r = evaluate_programme(make_accounts(300), {}, n_sims=200)
    >>> ax = plot_programme(r, lang="en")
    >>> len(ax.lines)
    4
    """
    func = "plot_programme"
    ax, lang = setup_axes(ax, lang, func, (8, 4.5))
    r = _result(result, func)
    bins = check_int(bins, "bins", func, minimum=1)
    sims = r.simulations / 1e6
    lo, hi = float(sims.min().min()), float(sims.max().max())
    edges = np.linspace(lo, hi if hi > lo else lo + 1e-6, bins + 1)
    for arm in ("no_kam", "programme"):
        style = {
            "bins": edges,
            "alpha": 0.55,
            "color": _COLORS[arm],
            "histtype": "stepfilled",
            "label": t(_P + f"arm.{arm}", lang),
        }
        style.update(kwargs)
        ax.hist(sims[arm].to_numpy(), **style)
        mean, p5 = float(sims[arm].mean()), r.percentile(5, arm) / 1e6
        sep = "：" if lang == "zh" else ": "
        ax.axvline(mean, color=_COLORS[arm], lw=2, label=t(_P + f"arm.{arm}", lang) + sep + t(_P + "mean", lang))
        ax.axvline(p5, color=_COLORS[arm], lw=1.5, ls="--", label=t(_P + f"arm.{arm}", lang) + sep + t(_P + "p5", lang))
    ax.set_xlabel(t(_P + "profit_axis", lang, years=r.horizon_years))
    ax.set_ylabel(t(_P + "count_axis", lang))
    budget = r.budget_yuan if r.budget_yuan is not None else r.annual_cost
    ax.set_title(t(_P + "title", lang, budget=_money(budget, lang), uplift=_money(r.expected_uplift, lang)))
    ax.legend(fontsize=8, loc="upper left")
    return ax


def plot_capstone_accounts(result, *, top: int = 15, ax=None, lang: str | None = None, **kwargs):
    """Per funded account: expected benefit before the KAM cost against the expected KAM cost.

    An account earns its KAM money when its benefit bar is longer than its cost bar (the
    difference is the account's ``expected_uplift``). Amounts are discounted over the
    horizon, in 万元 (10,000 yuan) in Chinese and thousand yuan in English; the funded
    accounts are shown largest revenue first.

    Parameters
    ----------
    result : ProgrammeResult or Capstone
    top : int, default 15
        Most accounts shown.
    ax, lang, **kwargs
        As :func:`plot_programme`; ``kwargs`` go to ``ax.barh``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> from kamlab.datasets import make_accounts
    >>> from kamlab.models.kam_in_practice.capstone import capstone
    >>> c = capstone(make_accounts(300), budget_yuan=400_000, n_sims=100)
    >>> ax = plot_capstone_accounts(c, lang="en")
    >>> len(ax.patches) == 2 * len(c.programme)
    True
    """
    func = "plot_capstone_accounts"
    ax, lang = setup_axes(ax, lang, func, (8, 4.5))
    r = _result(result, func)
    top = check_int(top, "top", func, minimum=1)
    table = r.accounts[r.accounts["level"] != "none"].head(top)
    y = np.arange(len(table))[::-1]
    benefit = (table["expected_uplift"] + table["expected_cost"]).to_numpy() / _money_unit(lang)
    cost = table["expected_cost"].to_numpy() / _money_unit(lang)
    style = {"height": 0.4}
    style.update(kwargs)
    ax.barh(y + 0.2, benefit, color=GREEN, label=t(_P + "benefit", lang), **style)
    ax.barh(y - 0.2, cost, color=RED, label=t(_P + "cost", lang), **style)
    ax.set_yticks(y, [_account_label(a, lv, lang) for a, lv in zip(table["account_id"], table["level"])], fontsize=8)
    ax.axvline(0, color="black", lw=0.8)
    ax.set_xlabel(t(_P + "accounts_axis", lang, years=r.horizon_years))
    ax.set_title(t(_P + "accounts_title", lang))
    if len(table):
        ax.legend(fontsize=8, loc="lower right")
    else:
        ax.text(0.5, 0.5, t(_P + "no_accounts", lang), transform=ax.transAxes, ha="center", va="center")
    return ax


def _account_label(account, level, lang) -> str:
    name = t(_P + f"level.{level}", lang) if level in ("none", "basic", "team") else level
    return f"{account}（{name}）" if lang == "zh" else f"{account} ({name})"
