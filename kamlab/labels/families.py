"""Label key families: the keys kamlab builds at run time from a prefix and a code.

A call such as ``t(f"complaint_relay.measure.{m}", lang)`` names no key a reader (or a static
check) can find; it names a *family*, written here as the key with ``*`` for each part filled in
at run time: ``"complaint_relay.measure.*"``. Every such pattern in kamlab and its tools is
declared below, once, with its members, taken from the model's own tuple of ids wherever one
exists (:class:`Ref`), so a new measure, skill or area without its label fails a test
(``tests/test_label_keys.py``), not a lesson.

Members are
- a tuple of codes, written here (the codes of a plot's or widget's own choices);
- a :class:`Ref` to a model's tuple of ids, the keys of its dict, a column of a tuple of
  records, or one entry of a dict of tuples (``Ref("kamlab.schema:CATEGORIES", "industry")``);
- a tuple mixing both;
- :data:`OPEN`: the codes are data, not a list kamlab owns (the words of a table shown with
  ``kamlab.show``, an exercise id); ``"ex.*"`` texts are checked by ``tests/exercises`` (every
  exercise is asked, checked, hinted and solved in both languages) and ``show.*`` / ``col.*``
  fall back to the word itself by design (:func:`kamlab.display.label`).

This module has no ``LABELS``: :func:`kamlab.i18n.catalog` merges nothing from it. It imports
nothing; :func:`members` imports a :class:`Ref`'s module when it is asked.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

__all__ = ["Ref", "OPEN", "FAMILIES", "members", "keys"]


class Ref(NamedTuple):
    """Codes held by a model: ``"module:NAME"`` and, optionally, which part of it.

    ``part`` None: the items of a tuple, list or set, or the keys of a dict; ``"values"``: a
    dict's values; a str: that entry of a dict (``CATEGORIES["industry"]``) or, for a tuple of
    records, that attribute of each; an int: that position of each record (``STAGES[i][0]``).
    """

    path: str
    part: str | int | None = None


#: A family whose codes are data (see the module docstring).
OPEN = None

FAMILIES: dict[str, object] = {
    "abc.*": ("A", "B", "C"),
    "analytics.criterion.*": Ref("kamlab.analytics.scoring:SCORING_CRITERIA"),
    "analytics.driver.*": ("discount_rate", "growth", "margin", "retention"),
    "analytics.pool.*": ("logistics", "order_desk", "sales", "service"),
    "cli.help.loop.*": ("release", "collect", "grade", "feedback"),  # the nbgrader steps of `kamlab course`
    "col.*": OPEN,
    "complaint_relay.action.*": (
        "berate_production",
        "berate_service",
        "berate_warehouse",
        "call_angry",
        "call_owner",
        "check_crm",
        "drive_parts",
        "drop_everything",
        "escalate_path",
        "inform_sales",
        "proactive_notice",
        "promise_afternoon",
        "realistic_date",
        "root_cause",
    ),
    "complaint_relay.actor.*": ("crm", "owner", "xiao_li", "xiao_zhang"),
    "complaint_relay.measure.*": Ref("kamlab.models.complaint_relay:MEASURES"),
    "complaint_relay.promise_*": ("broken", "kept"),
    "complaint_relay.way.*": ("custom", "heroic", "kam"),
    "course.assess.no_*": ("hint", "practice", "sealed", "solution"),
    "course.assess.unit.*": ("fraction", "hhi", "number", "wan_yuan"),
    "course.prediction.*": Ref("kamlab.course.predictions:PREDICTIONS", "id"),
    "customer_role.*": Ref("kamlab.schema:CATEGORIES", "customer_role"),
    "ex.07.2.fb.weakest_*": ("r2", "r3"),
    "ex.kind.*": Ref("kamlab.exercises.core:KINDS"),
    "ex.ui.rubric.*": ("description", "key", "name", "points", "score"),
    "glossary.*": ("group", "zh", "en"),  # the glossary table's columns (kamlab.terms)
    "glossary.group.*": Ref("kamlab.labels.glossary:GROUPS"),
    "gome_gree.action.*": (Ref("kamlab.models.gome_gree:GOME_MOVES"), Ref("kamlab.models.gome_gree:GREE_REPLIES")),
    "gome_gree.ctrl.*": Ref("kamlab.widgets.gome_gree:_CASE_SLIDERS"),
    "gome_gree.player.*": ("gome", "gree"),
    "gome_gree.strategy.*": Ref("kamlab.models.gome_gree:STRATEGIES"),
    "industry.*": Ref("kamlab.schema:CATEGORIES", "industry"),
    "io.expect.*": (
        "ambiguous",
        "bool",
        "code",
        "column",
        "count",
        "date",
        "hours",
        "money",
        "no_error_cell",
        "nonempty",
        "number",
        "number_min0",
        "rate",
        "rating",
        "share",
        "unique",
        "visible",
        "year",
    ),
    "io.note.line_ends_*": ("cr", "mixed"),
    "io.what.*": (
        "ambiguous",
        "code",
        "duplicate",
        "error_cell",
        "hidden",
        "missing",
        "missing_column",
        "negative",
        "rating",
        "share",
        "too_large",
        "value",
        "whole",
        "year",
    ),
    "kam_in_practice.capstone.arm.*": ("no_kam", "programme"),
    "kam_in_practice.capstone.level.*": Ref("kamlab.models.kam_in_practice.capstone:LEVELS"),
    "kam_in_practice.capstone.rule.*": Ref("kamlab.models.kam_in_practice.capstone:RULES"),
    "kam_in_practice.competency.candidate.*": (Ref("kamlab.models.kam_in_practice.competency:CANDIDATES"), "custom"),
    "kam_in_practice.competency.dimension.*": Ref("kamlab.models.kam_in_practice.competency:DIMENSIONS"),
    "kam_in_practice.competency.role.*": Ref("kamlab.models.kam_in_practice.competency:ROLE_PROFILES"),
    "kam_in_practice.competency.skill.*": Ref("kamlab.models.kam_in_practice.competency:SKILL_IDS"),
    "kam_in_practice.maturity.area.*": Ref("kamlab.models.kam_in_practice.maturity:AREAS"),
    "kam_in_practice.maturity.q.*": Ref("kamlab.models.kam_in_practice.maturity:QUESTION_IDS"),
    "kam_in_practice.maturity.remedy.*": Ref("kamlab.models.kam_in_practice.maturity:QUESTION_IDS"),
    "kam_in_practice.maturity.rule.*": Ref("kamlab.models.kam_in_practice.maturity:RULES", "id"),
    "kam_in_practice.maturity.short.*": Ref("kamlab.models.kam_in_practice.maturity:QUESTION_IDS"),
    "kam_in_practice.maturity.stage.*": Ref("kamlab.models.kam_in_practice.maturity:STAGES", 0),
    "kam_in_practice.org.function.*": Ref("kamlab.models.kam_in_practice.organisation:FUNCTIONS"),
    "kam_in_practice.org.layer.*": (
        "account_team",
        "customers",
        "front_line",
        "management_serving",
        "middle_management",
        "support",
        "top_management",
    ),
    "kam_in_practice.org.structure.*": Ref("kamlab.models.kam_in_practice.organisation:STRUCTURES"),
    "kam_in_practice.plan.action.*": Ref("kamlab.models.kam_in_practice.account_plan:_DEFAULT_ACTIONS"),
    "kam_in_practice.plan.bridge.*": (
        "cost_of_goods",
        "cost_to_serve",
        "customer_profit",
        "discounts_rebates",
        "gross_profit",
        "revenue",
        "target_profit",
        "target_revenue",
    ),
    "kam_in_practice.plan.level.*": Ref("kamlab.models.kam_in_practice.account_plan:RISK_LEVELS"),
    "kam_in_practice.plan.risk.*": Ref("kamlab.models.kam_in_practice.account_plan:RISK_KINDS"),
    "misconceptions.activity.*": (
        "best_sellers",
        "in_store_promotion",
        "market_outlook",
        "selling_points",
        "timely_delivery",
    ),
    "misconceptions.case.*": ("with", "without"),
    "misconceptions.chain.*": ("dedicated", "traditional"),
    "misconceptions.kind.*": ("price", "support"),
    "misconceptions.plan.*": ("sme_profit", "win_win"),
    "misconceptions.ratio.*": Ref("kamlab.models.misconceptions:RATIO_BANDS"),
    "misconceptions.stage.*": (Ref("kamlab.schema:CATEGORIES", "relationship_stage"), "lost"),
    "misconceptions.strategy.*": Ref("kamlab.models.misconceptions:STRATEGIES"),
    "portfolio.*": Ref("kamlab.analytics.portfolio:QUADRANTS"),
    "portfolio.stance.*": Ref("kamlab.analytics.portfolio:QUADRANTS", "values"),
    "region.*": Ref("kamlab.schema:CATEGORIES", "region"),
    "report.col.*": (
        "answered",
        "answers",
        "assignment",
        "blank",
        "close",
        "count",
        "exercise",
        "full",
        "max",
        "max_score",
        "mean",
        "median",
        "min",
        "mistake",
        "model",
        "n",
        "point",
        "prediction",
        "rank",
        "revisit",
        "right",
        "student",
        "students_marked",
        "title",
        "total",
        "unmarked",
        "values",
        "what",
        "why",
        "wrong",
    ),
    "report.part.*": ("blank", "unmarked", "wrong"),
    "report.prediction.*": Ref("kamlab.course.predictions:PREDICTIONS", "id"),
    "runaway_horse.plan.*": ("bow_tie", "bow_tie_crm", "contacts", "diamond", "diamond_no_crm", "student"),
    "runaway_horse.shape.*": Ref("kamlab.models.runaway_horse:PLANS"),
    "runaway_horse.side.*": ("A", "B"),
    "show.*": OPEN,
    "staff_role.*": Ref("kamlab.schema:CATEGORIES", "staff_role"),
    "tier.*": Ref("kamlab.analytics._common:TIERS"),
    "why_kam.by.*": Ref("kamlab.models.why_kam:STRATEGIC_CRITERIA"),
    "why_kam.group.*": ("loyal", "transactional"),
    "why_kam.policy.*": Ref("kamlab.models.why_kam:POLICIES"),
    "kam_in_practice.org.*": ("direct", "via_hierarchy", "via_kam"),  # the org chart's line styles
    "kam_in_practice.plan.status.*": Ref("kamlab.models.kam_in_practice.account_plan:ACTION_STATUSES"),
    "kam_in_practice.plan.goal.*": ("customer_profit", "revenue", "share_of_wallet", "strong_ties"),
    "kam_in_practice.plan.value.*": (
        "category_spend",
        "clv",
        "cost_to_serve",
        "customer_profit",
        "discounts_rebates",
        "gross_profit",
        "n_accounts",
        "profit_margin",
        "quadrant",
        "revenue",
        "revenue_rank",
        "share_of_total_revenue",
        "share_of_wallet",
        "stance",
    ),  # the rows of an account plan's value table
    # the schema's categories (kamlab.templates labels a category column's codes with them)
    "stage.*": Ref("kamlab.schema:CATEGORIES", "relationship_stage"),
    "department.*": Ref("kamlab.schema:CATEGORIES", "department"),
    "ticket_category.*": Ref("kamlab.schema:CATEGORIES", "ticket_category"),
    "channel.*": Ref("kamlab.schema:CATEGORIES", "channel"),
    # contexts of kamlab.show in the lessons: the words of one table that have a label of their own
    "why_kam.effort.*": ("profit",),
    "show.effort.*": ("none",),
    "show.capstone.*": ("no_kam",),
    "show.rule_by.*": Ref("kamlab.models.kam_in_practice.capstone:RULES"),
    # the exercises' texts: one per exercise id (tests/exercises check each exercise's texts)
    "ex.*.title": OPEN,
    "ex.*.prompt": OPEN,
    "ex.*.solution": OPEN,
    "ex.*.hint*": OPEN,
    "ex.*.option.*": OPEN,
    "ex.*.rubric.*": OPEN,
    "ex.*.fb.*": OPEN,
}


def _codes(value, part) -> tuple[str, ...]:
    if part == "values":
        return tuple(value.values())
    if isinstance(part, str) and isinstance(value, dict):
        return tuple(value[part])
    items = tuple(value)
    if part is None:
        return items
    if isinstance(part, int):
        return tuple(item[part] for item in items)
    return tuple(getattr(item, part) for item in items)


def members(pattern: str) -> tuple[str, ...] | None:
    """The codes of one family (None for an :data:`OPEN` one), a :class:`Ref` read from its model.

    Parameters
    ----------
    pattern : str
        A key of :data:`FAMILIES`, e.g. ``"complaint_relay.measure.*"``.

    Returns
    -------
    tuple of str or None
        The codes in declaration order; None for an open family.

    Raises
    ------
    KeyError
        If ``pattern`` is not declared.

    >>> members("complaint_relay.promise_*")
    ('broken', 'kept')
    """
    spec = FAMILIES[pattern]
    if spec is OPEN:
        return None
    out: list[str] = []
    for item in (spec,) if isinstance(spec, Ref) or not isinstance(spec, tuple) else spec:
        if isinstance(item, Ref):
            module, name = item.path.split(":")
            out.extend(_codes(getattr(importlib.import_module(module), name), item.part))
        else:
            out.append(item)
    return tuple(out)


def keys(pattern: str) -> tuple[str, ...]:
    """The label keys of a one-``*`` family: its pattern with each member in place of ``*``.

    Parameters
    ----------
    pattern : str
        A key of :data:`FAMILIES` with one ``*`` and a list of members.

    Returns
    -------
    tuple of str
        One label key per member.

    Raises
    ------
    ValueError
        For an open family or a pattern with more than one ``*``.

    >>> keys("gome_gree.player.*")
    ('gome_gree.player.gome', 'gome_gree.player.gree')
    """
    codes = members(pattern)
    if codes is None or pattern.count("*") != 1:
        raise ValueError(f"keys: family {pattern!r} has no list of members")
    return tuple(pattern.replace("*", str(code)) for code in codes)
