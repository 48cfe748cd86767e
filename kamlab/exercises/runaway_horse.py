"""Exercises of lesson 04: case K1, the runaway horse (脱缰野马).

Every expected answer is computed from the set's parameters when it is needed (a
student's own set draws its own probabilities and amounts); the judge exercise's
answer is stored as a salted hash only, its explanations sealed in
:mod:`kamlab.labels.runaway_horse` (see :mod:`.core`).

References
----------
Chapter 4, case K1: in 2007 B bought 3,000,000 yuan through Manager Lu, 13% of A's sales;
Lu resigned and B ended its cooperation. IFRS 8.34 (the 10% major-customer line, used as a reference line beyond the chapter).
"""

from __future__ import annotations

import math

from ..models.runaway_horse import loss_probability_by_person, loss_probability_independent
from .core import Exercise, grade_number, judge_exercise, rubric_exercise

__all__: list[str] = []

# The sealed texts of 04.5 live in this lesson's own label module
# (kamlab.labels.runaway_horse.SEALED); core.text finds them there.

_P_CHOICES = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
_Q_CHOICES = (0.05, 0.1, 0.15, 0.2)


def _separable(expected: float, mistakes, tol: float, relative: bool) -> bool:
    width = tol * abs(expected) if relative else tol
    return all(abs(expected - w) > 4 * width for _, w in mistakes)


def _draw_ps(ctx, exercise_id: str, mistakes_of, tol: float, relative: bool, default, with_q=False):
    """Default numbers, or a student's own draw whose answer is far from every typical mistake."""
    if not ctx.personalised:
        return default
    rng = ctx.rng(exercise_id)
    while True:
        ps = tuple(float(x) for x in rng.choice(_P_CHOICES, size=3, replace=False))
        q = float(rng.choice(_Q_CHOICES)) if with_q else None
        draw = (ps, q) if with_q else ps
        expected, mistakes = mistakes_of(draw)
        if _separable(expected, mistakes, tol, relative):
            return draw


def _p_fields(ps) -> dict:
    return {"p1": f"{ps[0]:g}", "p2": f"{ps[1]:g}", "p3": f"{ps[2]:g}"}


# --------------------------------------------------------------------------- 04.1 independent links
_TOL_04_1 = 0.01  # relative


def _mistakes_04_1(ps):
    f = "ex.04.1.fb."
    expected = loss_probability_independent(ps)
    return expected, (
        (f + "sum", sum(ps)),
        (f + "mean", sum(ps) / 3),
        (f + "any_lost", 1 - math.prod(1 - p for p in ps)),
        (f + "all_kept", math.prod(1 - p for p in ps)),
        (f + "max", max(ps)),
        (f + "min", min(ps)),
    )


def _facts_04_1(ctx):
    # the default differs from the lesson's worked example (0.3, 0.2, 0.1 -> 0.006)
    ps = _draw_ps(ctx, "04.1", _mistakes_04_1, _TOL_04_1, True, (0.4, 0.25, 0.15))
    expected, mistakes = _mistakes_04_1(ps)
    return {
        "expected": expected,
        "mistakes": mistakes,
        "fields": {**_p_fields(ps), "tol": f"{100 * _TOL_04_1:g}%"},
        "solution_fields": {"x": f"{expected:.4g}", "x_pct": f"{100 * expected:.2f}", "keep": f"{1 - expected:.4g}"},
    }


def _grade_04_1(answer, facts, ctx):
    return grade_number(
        answer,
        facts["expected"],
        tol=_TOL_04_1,
        relative=True,
        fraction=True,
        mistakes=facts["mistakes"],
        prefix="ex.04.1.fb.",
    )


# --------------------------------------------------------------------------- 04.2 B's share vs the 10% line
_TOL_04_2 = 0.001


def _facts_04_2(ctx):
    if ctx.personalised:
        rng = ctx.rng("04.2")
        revenue = float(rng.choice((1_800_000, 2_400_000, 2_700_000, 3_300_000, 3_600_000, 4_200_000)))
        share = float(rng.choice((0.06, 0.08, 0.09, 0.11, 0.12, 0.14, 0.16)))
        total = round(revenue / share, 2)
    else:
        # another year than the chapter's 2007 (3,000,000 of 23,076,923.08: the 13% the lesson prints)
        revenue, total = 3_600_000.0, 30_000_000.0
    share = revenue / total
    f = "ex.04.2.fb."
    mistakes = ((f + "inverse", total / revenue), (f + "vs_rest", revenue / (total - revenue)))
    above = share >= 0.10
    return {
        "expected": share,
        "mistakes": mistakes,
        "above": above,
        "fields": {"revenue": f"{revenue:,.0f}", "total": f"{total:,.2f}", "tol": f"{_TOL_04_2:g}"},
        "solution_fields": {"share": f"{share:.4f}", "share_pct": f"{100 * share:.1f}"},
        "solution_fields_zh": {"verdict": "高于" if above else "低于"},
        "solution_fields_en": {"verdict": "above" if above else "below"},
    }


def _grade_04_2(answer, facts, ctx):
    v = grade_number(
        answer, facts["expected"], tol=_TOL_04_2, fraction=True, mistakes=facts["mistakes"], prefix="ex.04.2.fb."
    )
    if v.key == "ex.04.2.fb.right" and not facts["above"]:
        return type(v)(v.correct, "ex.04.2.fb.right_below", v.fields)
    return v


# --------------------------------------------------------------------------- 04.3 all links through Lu
_TOL_04_3 = 0.002  # relative


def _mistakes_04_3(draw):
    ps, q = draw
    f = "ex.04.3.fb."
    prod = math.prod(ps)
    expected = loss_probability_by_person([("Lu", p) for p in ps], q)
    return expected, (
        (f + "independent", prod),
        (f + "times_q", q * prod),
        (f + "no_one_minus_q", q + prod),
        (f + "only_q", q),
    )


def _facts_04_3(ctx):
    # the default differs from the lesson's worked example (0.3, 0.2, 0.1 and q = 0.1 -> 0.1054)
    draw = _draw_ps(ctx, "04.3", _mistakes_04_3, _TOL_04_3, True, ((0.5, 0.4, 0.2), 0.2), with_q=True)
    expected, mistakes = _mistakes_04_3(draw)
    ps, q = draw
    prod = math.prod(ps)
    return {
        "expected": expected,
        "mistakes": mistakes,
        "fields": {**_p_fields(ps), "q": f"{q:g}", "tol": f"{100 * _TOL_04_3:g}%"},
        "solution_fields": {
            "prod": f"{prod:.4g}",
            "stay": f"{1 - q:g}",
            "x": f"{expected:.4f}",
            "ratio": f"{expected / prod:.0f}",
        },
    }


def _grade_04_3(answer, facts, ctx):
    return grade_number(
        answer,
        facts["expected"],
        tol=_TOL_04_3,
        relative=True,
        fraction=True,
        mistakes=facts["mistakes"],
        prefix="ex.04.3.fb.",
    )


# --------------------------------------------------------------------------- 04.4 knowledge capture
_TOL_04_4 = 0.005  # relative
_C_CHOICES = (0.3, 0.4, 0.5, 0.6, 0.7)


def _facts_04_4(ctx):
    if ctx.personalised:
        rng = ctx.rng("04.4")
        ps = tuple(float(x) for x in rng.choice(_P_CHOICES, size=3, replace=False))
        c = float(rng.choice(_C_CHOICES))
    else:
        ps, c = (0.3, 0.2, 0.1), 0.5
    revenue = 3_000_000.0
    p_loss = loss_probability_by_person([("Lu", p) for p in ps], 1.0, knowledge_capture=c)
    expected = revenue * p_loss
    f = "ex.04.4.fb."
    mistakes = (
        (f + "no_capture", revenue),
        (f + "capture_only", revenue * (1 - c)),
        (f + "probability", p_loss),
        (f + "independent", revenue * math.prod(ps)),
        (f + "total_sales", p_loss * 23_076_923.08),
    )
    factors = [1 - c * (1 - p) for p in ps]
    return {
        "expected": expected,
        "mistakes": mistakes,
        "fields": {**_p_fields(ps), "c": f"{c:g}", "revenue": f"{revenue:,.0f}", "tol": f"{100 * _TOL_04_4:g}%"},
        "solution_fields": {
            "f1": f"{factors[0]:.4g}",
            "f2": f"{factors[1]:.4g}",
            "f3": f"{factors[2]:.4g}",
            "p": f"{p_loss:.4f}",
            "x": f"{expected:,.0f}",
        },
    }


def _grade_04_4(answer, facts, ctx):
    return grade_number(
        answer, facts["expected"], tol=_TOL_04_4, relative=True, mistakes=facts["mistakes"], prefix="ex.04.4.fb."
    )


# --------------------------------------------------------------------------- 04.5 judge: what would have helped
#: Salted SHA-256 of the right option (see core.answer_hash); the letter is not stored.
ANSWER_04_5 = "0e8966d88497ea4f428c088bc4068da5a60a84b730b480ffcefc81f68c79380a"

# --------------------------------------------------------------------------- 04.6 written case analysis
_RUBRIC_04_6 = (("facts", 2), ("cause", 2), ("evidence", 2), ("recommendation", 2), ("limits", 2))


_EXERCISES = (  # private: no public name hands out the grading facts (issue 27)
    Exercise("04.1", "compute", _facts_04_1, _grade_04_1),
    Exercise("04.2", "compute", _facts_04_2, _grade_04_2, n_hints=2),
    Exercise("04.3", "compute", _facts_04_3, _grade_04_3),
    Exercise("04.4", "compute", _facts_04_4, _grade_04_4),
    judge_exercise("04.5", ANSWER_04_5),
    rubric_exercise("04.6", _RUBRIC_04_6, min_length=60),
)
