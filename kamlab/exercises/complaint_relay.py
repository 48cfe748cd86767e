"""Exercises of lesson 05: case K2, the complaint relay (抱怨传递).

Every expected answer is computed from the set's parameters when it is needed (a
student's own set draws its own numbers); the judge exercise's answer is stored as a
salted hash only, its explanations sealed in :mod:`kamlab.labels.complaint_relay`.

References
----------
Chapter 4, case K2: Xiao Li's angry call about spare parts ordered two weeks ago; Xiao
Zhang drops everything, berates the departments and promises delivery that afternoon.
Tax, S. S. & Brown, S. W. (1998). Recovering and learning from service failure. Sloan
Management Review, 40(1), 75-88 (first-contact resolution, service recovery).
"""

from __future__ import annotations

from .core import Exercise, grade_number, judge_exercise, rubric_exercise

__all__ = ["ANSWER_05_5"]


def _separable(expected: float, mistakes, tol: float, relative: bool) -> bool:
    width = tol * abs(expected) if relative else tol
    return all(abs(expected - w) > 4 * width for _, w in mistakes)


def _draw(ctx, exercise_id, make, default, choices, tol, relative):
    """The default numbers, or a student's own draw whose answer is far from every typical mistake."""
    if not ctx.personalised:
        return default
    rng = ctx.rng(exercise_id)
    while True:
        draw = tuple(type(c[0])(rng.choice(c)) for c in choices)
        expected, mistakes = make(draw)
        if _separable(expected, mistakes, tol, relative):
            return draw


# --------------------------------------------------------------------------- 05.1 contacts = 1 / FCR
_TOL_05_1 = 0.01  # relative


def _mistakes_05_1(draw):
    (f,) = draw
    p = "ex.05.1.fb."
    return 1 / f, ((p + "rate", f), (p + "failure", 1 / (1 - f)), (p + "extra", (1 - f) / f))


#: The practice set's first-contact resolution: not the heroic way's 0.24 (complaint_rates(HEROIC)).
_DEFAULT_FCR_05_1 = 0.32


def _facts_05_1(ctx):
    # the lesson prints the heroic way's 0.24 and its 1 / 0.24 = 4.17 contacts; the practice set asks about 0.32
    default = (_DEFAULT_FCR_05_1,)
    draw = _draw(ctx, "05.1", _mistakes_05_1, default, ((0.2, 0.25, 0.3, 0.4, 0.6, 0.75, 0.8),), _TOL_05_1, True)
    expected, mistakes = _mistakes_05_1(draw)
    return {
        "expected": expected,
        "mistakes": mistakes,
        "fields": {"f": f"{draw[0]:g}", "tol": f"{100 * _TOL_05_1:g}%"},
        "solution_fields": {"x": f"{expected:.4g}"},
    }


def _grade_05_1(answer, facts, ctx):
    return grade_number(
        answer, facts["expected"], tol=_TOL_05_1, relative=True, mistakes=facts["mistakes"], prefix="ex.05.1.fb."
    )


# --------------------------------------------------------------------------- 05.2 complaints in a quarter
_TOL_05_2 = 0.5


def _mistakes_05_2(draw):
    orders, late, p = draw
    f = "ex.05.2.fb."
    return orders * late * p, (
        (f + "late_only", orders * late),
        (f + "no_late", orders * p),
        (f + "complement", orders * late * (1 - p)),
    )


def _facts_05_2(ctx):
    draw = _draw(
        ctx,
        "05.2",
        _mistakes_05_2,
        (500, 0.12, 0.7),  # the lesson's quarter is expected_quarter(HEROIC): 600 x 0.14 x 0.9 = 75.6
        ((400, 500, 600, 800, 1000), (0.08, 0.1, 0.12, 0.15, 0.2), (0.5, 0.6, 0.7, 0.8, 0.9)),
        _TOL_05_2,
        False,
    )
    expected, mistakes = _mistakes_05_2(draw)
    orders, late, p = draw
    return {
        "expected": expected,
        "mistakes": mistakes,
        "fields": {"orders": f"{orders}", "late": f"{late:g}", "p": f"{p:g}", "tol": f"{_TOL_05_2:g}"},
        "solution_fields": {"x": f"{expected:.2f}"},
    }


def _grade_05_2(answer, facts, ctx):
    return grade_number(answer, facts["expected"], tol=_TOL_05_2, mistakes=facts["mistakes"], prefix="ex.05.2.fb.")


# --------------------------------------------------------------------------- 05.3 salesperson hours
_TOL_05_3 = 0.01  # relative


def _mistakes_05_3(draw):
    n, f, h = draw
    p = "ex.05.3.fb."
    return n * h / f, ((p + "one_contact", n * h), (p + "times_f", n * f * h), (p + "per_complaint", h / f))


def _facts_05_3(ctx):
    draw = _draw(
        ctx,
        "05.3",
        _mistakes_05_3,
        (70, 0.25, 3.0),
        ((40, 50, 60, 70, 80), (0.2, 0.25, 0.4, 0.5), (2.0, 2.5, 3.0, 4.0)),
        _TOL_05_3,
        True,
    )
    expected, mistakes = _mistakes_05_3(draw)
    n, f, h = draw
    c = 1 / f
    return {
        "expected": expected,
        "mistakes": mistakes,
        "fields": {"n": f"{n}", "f": f"{f:g}", "h": f"{h:g}", "tol": f"{100 * _TOL_05_3:g}%"},
        "solution_fields": {"c": f"{c:g}", "per": f"{c * h:g}", "x": f"{expected:g}"},
    }


def _grade_05_3(answer, facts, ctx):
    return grade_number(
        answer, facts["expected"], tol=_TOL_05_3, relative=True, mistakes=facts["mistakes"], prefix="ex.05.3.fb."
    )


# --------------------------------------------------------------------------- 05.4 broken promises
_TOL_05_4 = 0.5


def _mistakes_05_4(draw):
    n, i = draw
    p = "ex.05.4.fb."
    return n * 0.7 * (1 - i), (
        (p + "used_i", n * 0.7 * i),
        (p + "no_07", n * (1 - i)),
        (p + "probability", 0.7 * (1 - i)),
    )


def _facts_05_4(ctx):
    draw = _draw(
        ctx, "05.4", _mistakes_05_4, (80, 0.3), ((50, 60, 70, 80, 90, 100), (0.1, 0.2, 0.3, 0.4)), _TOL_05_4, False
    )
    expected, mistakes = _mistakes_05_4(draw)
    n, i = draw
    return {
        "expected": expected,
        "mistakes": mistakes,
        "fields": {"n": f"{n}", "i": f"{i:g}", "tol": f"{_TOL_05_4:g}"},
        "solution_fields": {"p": f"{0.7 * (1 - i):.4g}", "x": f"{expected:.4g}"},
    }


def _grade_05_4(answer, facts, ctx):
    return grade_number(answer, facts["expected"], tol=_TOL_05_4, mistakes=facts["mistakes"], prefix="ex.05.4.fb.")


# --------------------------------------------------------------------------- 05.5 judge: ending the relay
#: Salted SHA-256 of the right option (see core.answer_hash); the letter is not stored.
ANSWER_05_5 = "9e193ca6dfe65da9fd8c7507e11f6c69b46a0a6b009856889cefe32e446bb61d"

# --------------------------------------------------------------------------- 05.6 written case analysis
_RUBRIC_05_6 = (("facts", 2), ("cause", 2), ("evidence", 2), ("recommendation", 2), ("limits", 2))


_EXERCISES = (  # private: no public name hands out the grading facts (issue 27)
    Exercise("05.1", "compute", _facts_05_1, _grade_05_1),
    Exercise("05.2", "compute", _facts_05_2, _grade_05_2),
    Exercise("05.3", "compute", _facts_05_3, _grade_05_3),
    Exercise("05.4", "compute", _facts_05_4, _grade_05_4),
    judge_exercise("05.5", ANSWER_05_5),
    rubric_exercise("05.6", _RUBRIC_05_6, min_length=60),
)
