"""Exercises of lesson 07: KAM in practice in Chinese firms (P1-P5), and the capstone.

Every expected answer is computed from :mod:`kamlab.models.kam_in_practice` when it is needed
(personalised sets draw their own answer sheets, candidates and budgets, and use the
student's own accounts for the capstone); the judge exercise's answer is stored as a
salted hash only, with its feedback and solution sealed in
:mod:`kamlab.labels.kam_in_practice`. Exercises 07.6 and 07.7 are written
judgements assessed against a rubric (see :func:`kamlab.exercises.core.rubric_exercise`).

References
----------
Chapter 4, P1-P5 and the whole chapter (capstone). McDonald, Millman & Rogers (1997),
J. Marketing Management 13(8); Wilson & Millman (2003), Industrial Marketing Management 32(2).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..i18n import t
from ..models.kam_in_practice import capstone as cap
from ..models.kam_in_practice import competency as comp
from ..models.kam_in_practice import maturity as mat
from .core import Exercise, Verdict, grade_choice, grade_number, judge_exercise, read_number, rubric_exercise

__all__: list[str] = []


def _area_questions(area):
    return [q.id for q in mat.QUESTIONS if q.area == area]


# --------------------------------------------------------------------------- 07.1 an area's score
_TOL_07_1 = 0.5


def _score(values):
    return (float(np.mean(values)) - 1) / 4 * 100


def _mistakes_07_1(values):
    f, mean = "ex.07.1.fb.", float(np.mean(values))
    return (
        (f + "no_minus_one", mean / 5 * 100),
        (f + "over_four", mean / 4 * 100),
        (f + "mean", mean),
        (f + "fraction", _score(values) / 100),
    )


def _distinct_07_1(values):
    x = _score(values)
    return all(abs(x - w) >= 4 * _TOL_07_1 for _, w in _mistakes_07_1(values))


#: The default answers of 07.1 (P2, organisation): mean 2.5, score 37.5, far from every typical mistake
#: and from the numbers lesson 07 prints (its stage lines 25, 50 and 75 among them).
_DEFAULT_07_1 = (2, 2, 3, 3)


def _facts_07_1(ctx):
    area = "organisation"
    # not the lesson's worked example (the chapter-typical answers 1, 1, 2, 1 -> 6.25): a new calculation
    values = list(_DEFAULT_07_1)
    if ctx.personalised:
        rng = ctx.rng("07.1")
        area = mat.AREAS[int(rng.integers(len(mat.AREAS)))]
        while True:
            values = [int(v) for v in rng.integers(1, 6, size=len(_area_questions(area)))]
            if _distinct_07_1(values):
                break
    ids = _area_questions(area)
    x = _score(values)

    def table(lang):
        return pd.DataFrame(
            {
                t("ex.07.col.question", lang): ids,
                t("ex.07.col.statement", lang): [t(f"kam_in_practice.maturity.q.{q}", lang) for q in ids],
                t("ex.07.col.answer", lang): values,
            }
        )

    return {
        "expected": x,
        "values": values,
        "table": {"zh": table("zh"), "en": table("en")},
        "fields": {"point": mat.AREA_POINTS[area], "n": str(len(values)), "tol": f"{_TOL_07_1:g}"},
        "fields_zh": {"area": t(f"kam_in_practice.maturity.area.{area}", "zh")},
        "fields_en": {"area": t(f"kam_in_practice.maturity.area.{area}", "en")},
        "solution_fields": {
            "answers": " + ".join(map(str, values)),
            "sum": str(sum(values)),
            "mean": f"{np.mean(values):.4g}",
            "x": f"{x:.2f}",
        },
    }


def _grade_07_1(answer, facts, ctx):
    return grade_number(
        answer, facts["expected"], tol=_TOL_07_1, prefix="ex.07.1.fb.", mistakes=_mistakes_07_1(facts["values"])
    )


# --------------------------------------------------------------------------- 07.2 which area first
def _area_name(area, lang):
    """ "P2 组织与流程" / "P2 Organisation & processes"."""
    return f"{mat.AREA_POINTS[area]} {t('kam_in_practice.maturity.area.' + area, lang)}"


def _first_and_weakest(answers):
    result = mat.score_maturity(answers)
    rec = mat.recommend(result, max_items=len(mat.QUESTIONS), lang="en")
    return result, rec


def _facts_07_2(ctx):
    answers = mat.profile_answers("chapter_typical")
    if ctx.personalised:
        rng = ctx.rng("07.2")
        while True:
            answers = {q: int(v) for q, v in zip(mat.QUESTION_IDS, rng.integers(1, 6, size=len(mat.QUESTION_IDS)))}
            result, rec = _first_and_weakest(answers)
            if not rec.empty and rec["area"].iloc[0] != result.weakest[0]:
                break
    result, rec = _first_and_weakest(answers)
    first, weakest = rec["area"].iloc[0], result.weakest[0]

    def table(lang):
        areas = [mat.QUESTIONS[mat.QUESTION_IDS.index(q)].area for q in answers]
        return pd.DataFrame(
            {
                t("ex.07.col.question", lang): list(answers),
                t("ex.07.col.area", lang): [_area_name(a, lang) for a in areas],
                t("ex.07.col.answer", lang): list(answers.values()),
            }
        )

    def scores(lang):
        return t("ex.07.sep", lang).join(f"{_area_name(a, lang)} {result.areas[a]:.1f}" for a in mat.AREAS)

    return {
        "expected": mat.AREA_POINTS[first],
        "first": first,
        "weakest": weakest,
        "rule": rec["rule"].iloc[0],
        "table": {"zh": table("zh"), "en": table("en")},
        "fields": {},
        "solution_fields": {
            "first": mat.AREA_POINTS[first],
            "weakest": mat.AREA_POINTS[weakest],
            "rule": rec["rule"].iloc[0],
        },
        "solution_fields_zh": {"scores": scores("zh")},
        "solution_fields_en": {"scores": scores("en")},
    }


def _area_options():
    return {
        mat.AREA_POINTS[a]: (
            a,
            t(f"kam_in_practice.maturity.area.{a}", "zh"),
            t(f"kam_in_practice.maturity.area.{a}", "en"),
        )
        for a in mat.AREAS
    }


def _grade_07_2(answer, facts, ctx):
    code = grade_choice(answer, _area_options())
    if code is None:
        return Verdict(False, "ex.07.2.fb.not_an_area", {})
    if code == facts["expected"]:
        return Verdict(True, "ex.07.2.fb.right")
    if code == mat.AREA_POINTS[facts["weakest"]]:
        key = "r3" if facts["first"] == "strategy" else "r2"
        return Verdict(False, f"ex.07.2.fb.weakest_{key}")
    return Verdict(False, "ex.07.2.fb.wrong")


# --------------------------------------------------------------------------- 07.3 competency fit
_TOL_07_3 = 0.005


def _mistakes_07_3(levels):
    f = "ex.07.3.fb."
    req = comp.ROLE_PROFILES["key_account_manager"]
    total_req, total_lev = sum(req.values()), sum(levels.values())
    shortfall = sum(max(req[s] - levels[s], 0) for s in comp.SKILL_IDS)
    return (
        (f + "offset", min(total_lev / total_req, 1.0)),
        (f + "complement", shortfall / total_req),
        (f + "mean_level", total_lev / (5 * len(levels))),
    )


#: Shortfalls of the candidates the lesson prints (fits 25/37 and 35/37): no set's answer is one of their fits.
_LESSON_SHORTFALLS_07_3 = frozenset(
    comp.competency_fit(comp.candidate_levels(name)).shortfall for name in comp.CANDIDATES
)


def _distinct_07_3(levels):
    fit = comp.competency_fit(levels)
    x = fit.fit
    return (
        0 < x < 1
        and fit.shortfall not in _LESSON_SHORTFALLS_07_3
        and all(abs(x - w) >= 4 * _TOL_07_3 for _, w in _mistakes_07_3(levels))
    )


#: The practice set's candidate. The lesson prints the named candidates' fits (the star salesperson and
#: the engineer both 25/37 = 0.6757, the all-rounder 35/37), so the exercise asks about another one:
#: strong on the product and the numbers, short on negotiation, relationships, influence and strategy.
_DEFAULT_LEVELS_07_3 = dict(zip(comp.SKILL_IDS, (5, 3, 3, 3, 5, 3, 4, 3, 3), strict=True))


def _facts_07_3(ctx):
    levels = dict(_DEFAULT_LEVELS_07_3)
    if ctx.personalised:
        rng = ctx.rng("07.3")
        while True:
            levels = {s: int(v) for s, v in zip(comp.SKILL_IDS, rng.integers(1, 6, size=len(comp.SKILL_IDS)))}
            if _distinct_07_3(levels):
                break
    fit = comp.competency_fit(levels)
    req = comp.ROLE_PROFILES["key_account_manager"]

    def table(lang):
        skills = [t(f"kam_in_practice.competency.skill.{s}", lang) for s in comp.SKILL_IDS]
        return pd.DataFrame(
            {
                t("ex.07.col.skill", lang): skills,
                t("ex.07.col.candidate", lang): [levels[s] for s in comp.SKILL_IDS],
                t("ex.07.col.required", lang): [req[s] for s in comp.SKILL_IDS],
            }
        )

    return {
        "expected": fit.fit,
        "levels": levels,
        "table": {"zh": table("zh"), "en": table("en")},
        "fields": {"tol": f"{_TOL_07_3:g}"},
        "solution_fields": {
            "gaps": " + ".join(str(g) for _, g in fit.development),
            "shortfall": str(fit.shortfall),
            "required": str(sum(req.values())),
            "fit": f"{fit.fit:.4f}",
        },
    }


def _grade_07_3(answer, facts, ctx):
    return grade_number(
        answer,
        facts["expected"],
        tol=_TOL_07_3,
        fraction=True,
        prefix="ex.07.3.fb.",
        mistakes=_mistakes_07_3(facts["levels"]),
    )


# --------------------------------------------------------------------------- 07.4 capstone uplift
_TOL_07_4 = 0.01  # million yuan
_BUDGETS_07_4 = (500_000, 800_000, 1_000_000, 1_500_000, 2_000_000)


def _facts_07_4(ctx):
    budget = _BUDGETS_07_4[2]
    if ctx.personalised:
        budget = _BUDGETS_07_4[int(ctx.rng("07.4").integers(len(_BUDGETS_07_4)))]
    programme = cap.plan_programme(ctx.data, budget_yuan=budget)
    result = cap.evaluate_programme(ctx.data, programme, n_sims=50, simulate="programme")
    flat = cap.evaluate_programme(ctx.data, programme, n_sims=50, simulate="programme", discount_rate=0.0)
    x = result.expected_uplift / 1e6
    return {
        "expected": x,
        "gross": (result.expected_uplift + result.expected_cost) / 1e6,
        "undiscounted": flat.expected_uplift / 1e6,
        "yuan": result.expected_uplift,
        "fields": {"budget": f"{budget:,}", "budget_num": f"{budget:_}", "tol": f"{_TOL_07_4:g}"},
        "solution_fields": {
            "x": f"{x:.3f}",
            "n": str(len(programme)),
            "cost": f"{result.annual_cost:,.0f}",
            "expected_cost": f"{result.expected_cost / 1e6:.3f}",
        },
    }


def _grade_07_4(answer, facts, ctx):
    f = "ex.07.4.fb."
    verdict = grade_number(
        answer,
        facts["expected"],
        tol=_TOL_07_4,
        prefix=f,
        mistakes=((f + "gross", facts["gross"]), (f + "undiscounted", facts["undiscounted"])),
    )
    if verdict.key == f + "wrong":
        x, _ = read_number(answer)
        if abs(x - facts["yuan"]) <= _TOL_07_4 * 1e6:
            return Verdict(False, f + "yuan", verdict.fields)
    return verdict


# --------------------------------------------------------------------------- 07.5 judge: what comes first
#: Salted SHA-256 of the right option (see core.answer_hash); the letter is not stored.
ANSWER_07_5 = "deba59e724d684e216da938d3382240ea31295da9797353f2ec5e3e9a9a7ab22"


# --------------------------------------------------------------------------- 07.6, 07.7 rubric
#: Criteria and points of the two written exercises (texts ``ex.07.N.rubric.<code>``).
RUBRIC_07_6 = (("diagnosis", 2), ("sequence", 2), ("organisation", 2), ("people_systems", 2), ("feasibility", 2))
RUBRIC_07_7 = (("identification", 2), ("profitability", 2), ("stance", 2), ("numbers", 2), ("risks", 2))


def _facts_07_7(ctx):
    budget = _facts_07_4(ctx)["fields"]
    return {"fields": {"budget": budget["budget"], "budget_num": budget["budget_num"]}}


_EXERCISES = (  # private: no public name hands out the grading facts (issue 27)
    Exercise("07.1", "compute", _facts_07_1, _grade_07_1),
    Exercise("07.2", "interpret", _facts_07_2, _grade_07_2),
    Exercise("07.3", "compute", _facts_07_3, _grade_07_3),
    Exercise("07.4", "compute", _facts_07_4, _grade_07_4),
    judge_exercise("07.5", ANSWER_07_5),
    rubric_exercise("07.6", RUBRIC_07_6, min_length=80),
    rubric_exercise("07.7", RUBRIC_07_7, min_length=80, facts=_facts_07_7),
)
