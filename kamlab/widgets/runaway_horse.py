"""Lesson 04 (case K1, runaway horse): plots and the contact-plan explorer over :mod:`kamlab.models.runaway_horse`.

* :func:`kamlab.plots.plot_relationship_map`: A's people and B's people as a network (bow-tie or diamond).
* :func:`kamlab.plots.plot_plan_risk`: the probability of losing B, in a normal year and the year Lu resigns.
* :func:`kamlab.plots.plot_revenue_share`: B's share of A's sales against the 10% disclosure line.
* :func:`contact_plan_explorer`: the student's contact plan, its risk, and the scenario "Lu resigns".
"""

from __future__ import annotations

from ..i18n import resolve_lang, t
from ..models.runaway_horse import A_PEOPLE, B_PEOPLE, ContactPlan, Link, assess_plan, plan_graph, relationship_shape
from ..plots import runaway_horse as plots
from ..plots.style import CONTROL_STYLE
from .base import Explorer, float_slider, int_slider

__all__ = ["contact_plan_explorer", "CANDIDATE_LINKS"]

#: The links the explorer offers: (staff_id, customer person); Lu's three come first.
CANDIDATE_LINKS = (
    ("S01", "小李"),
    ("S01", "周经理"),
    ("S01", "孙总"),
    ("S17", "周经理"),
    ("S18", "孙总"),
    ("S20", "钱工"),
)


# ---- the explorer ------------------------------------------------------------------------------------
def contact_plan_explorer(*, lang: str | None = None, revenue: float = 3_000_000.0):
    """Replay case K1: design who at A meets whom at B, add knowledge capture, let Lu resign.

    Controls: the hours a year on each of :data:`CANDIDATE_LINKS` (``hours_0``,
    ``hours_1``, ``hours_2``, ``hours_3``, ``hours_4``, ``hours_5``; 0 to 80), ``knowledge_capture`` (0 to 1), ``departure`` (0 to 0.5),
    ``budget_hours`` (40 to 200) and ``lu_resigns`` (a checkbox). It starts at what A
    did in 2007: Lu alone, 60 + 40 + 20 hours, nothing captured. Model
    :func:`kamlab.models.runaway_horse.assess_plan`; plot :func:`kamlab.plots.runaway_horse.plot_contact_plan`.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the labels (default: the current language).
    revenue : float, default 3,000,000
        B's yearly revenue (yuan) that is at risk.

    Returns
    -------
    Explorer
        Its ``result`` is the model's answer to the current settings.

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

    lang = resolve_lang(lang, "contact_plan_explorer")
    start = (60, 40, 20, 0, 0, 0)
    controls = {}
    for i, ((staff_id, person), h) in enumerate(zip(CANDIDATE_LINKS, start)):
        a = A_PEOPLE[staff_id][0 if lang == "zh" else 1]
        b = person if lang == "zh" else B_PEOPLE[person][0]
        controls[f"hours_{i}"] = int_slider(h, 0, 80, 5, t("runaway_horse.ctrl.hours", lang, a=a, b=b))
    controls["knowledge_capture"] = float_slider(
        0.0, 0.0, 1.0, 0.1, t("runaway_horse.ctrl.knowledge_capture", lang), ".1f"
    )
    controls["departure"] = float_slider(0.10, 0.0, 0.5, 0.05, t("runaway_horse.ctrl.departure", lang), ".2f")
    controls["budget_hours"] = int_slider(120, 40, 200, 10, t("runaway_horse.ctrl.budget_hours", lang))
    controls["lu_resigns"] = w.Checkbox(
        value=False, description=t("runaway_horse.ctrl.lu_resigns", lang), style=CONTROL_STYLE
    )

    def compute(knowledge_capture, departure, budget_hours, lu_resigns, **hours):
        links = tuple(Link(s, p, float(hours[f"hours_{i}"])) for i, (s, p) in enumerate(CANDIDATE_LINKS))
        plan = ContactPlan(links, round(knowledge_capture, 4), "student")
        return assess_plan(plan, budget_hours=budget_hours, departure=round(departure, 4), revenue=revenue)

    def draw(r, ax):
        return plots.plot_contact_plan(plan_graph(r.plan), r, lu_resigns=controls["lu_resigns"].value, ax=ax, lang=lang)

    def describe(r):
        g = plan_graph(r.plan)
        if g.number_of_edges() == 0:
            return t("runaway_horse.no_links", lang)

        text = t(
            "runaway_horse.caption",
            lang,
            hours=r.hours_total,
            budget=r.budget_hours,
            shape=t(f"runaway_horse.shape.{relationship_shape(g)}", lang),
            p_normal=plots.percent_label(r.p_loss),
            loss_normal=f"{r.expected_loss:,.0f}",
            p_lu=plots.percent_label(r.p_loss_lu_resigns),
            loss_lu=f"{r.expected_loss_lu_resigns:,.0f}",
            revenue=f"{r.revenue:,.0f}",
        )
        if not r.within_budget:
            text = t("runaway_horse.over_budget", lang, over=r.hours_total - r.budget_hours) + " " + text
        return text

    return Explorer(controls, compute, draw, describe, figsize=(7.5, 4.5))
