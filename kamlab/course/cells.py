"""What the cells of a course notebook call: format tests, hidden correctness tests, predictions.

A course notebook (written by ``kamlab course new``) has, after each answer cell, a locked
test cell::

    kamlab.course.assert_format(ex, "03.1", answer)          # visible: the form only
    ### BEGIN HIDDEN TESTS
    kamlab.course.assert_correct(ex, "03.1", answer, key="...")
    ### END HIDDEN TESTS

nbgrader gives the cell's points when it runs without an error. Both functions fail with
:class:`TestFailed`, whose traceback is one line of feedback: no source lines, so the hidden
test's key never shows in the feedback nbgrader generates. :func:`assert_correct` prints the
result as a ``KAMLAB-RESULT {json}`` line that ``kamlab report`` reads from the autograded
notebooks.
"""

from __future__ import annotations

import json

from ..exercises.assess import AssessedSet
from ..i18n import check_lang, t

__all__ = ["TestFailed", "assert_format", "assert_correct", "record_prediction", "PREDICTION_MARKER"]

#: The line :func:`record_prediction` prints for ``kamlab report``.
PREDICTION_MARKER = "KAMLAB-PREDICTION"


class TestFailed(AssertionError):
    """A failed course test: Jupyter shows only its message (``_render_traceback_``)."""

    __test__ = False  # not a pytest test class

    def _render_traceback_(self):
        return [f"{type(self).__name__}: {self}"]


def _assessed(ex: object) -> AssessedSet:
    if not isinstance(ex, AssessedSet):
        raise TestFailed("the exercise set is not in assess mode: run the notebook from its first cell")
    return ex


def assert_format(ex: AssessedSet, exercise_id: str, answer: object) -> None:
    """Fail unless ``answer`` has the right form (what ``ex.check`` says in assess mode).

    Parameters
    ----------
    ex : AssessedSet
        The notebook's exercise set, ``kamlab.exercises.lesson(..., mode="assess")``.
    exercise_id : str
        The exercise, e.g. ``"03.1"``.
    answer : object
        The student's answer, as given to ``ex.check``.

    Returns
    -------
    None
        On success it prints, in the set's language, that the answer will be graded later.

    Raises
    ------
    TestFailed
        If ``ex`` is not an assess-mode set, the answer is missing or has the wrong form
        (e.g. text where a number is expected, a number out of range, no valid option), or
        checking the form raised an error (its type and message become the failure's).
    """

    ex = _assessed(ex)
    try:
        problem = ex.format_problem(exercise_id, answer)
    except Exception as exc:  # noqa: BLE001 - a test cell must fail cleanly, never with source lines
        raise TestFailed(f"{type(exc).__name__}: {exc}") from None
    if problem is not None:
        raise TestFailed(t("course.format_failed", ex.lang, id=exercise_id, message=problem))
    print(t("course.graded_later", ex.lang, id=exercise_id))


def assert_correct(ex: AssessedSet, exercise_id: str, answer: object, *, key: str, right: str | None = None) -> None:
    """The hidden test: print the ``KAMLAB-RESULT`` line, then fail unless the answer is right.

    Parameters
    ----------
    ex : AssessedSet
        The same assess-mode set as for :func:`assert_format`.
    exercise_id : str
        The exercise to grade, e.g. ``"03.1"``.
    answer : object
        The student's answer.
    key : str
        The lesson key (:func:`kamlab.exercises.assess.lesson_key`) that the hidden test carries.
    right : str, optional
        A multiple-choice exercise's right option code, in the practice order; required for
        those exercises, unused by the others.

    Returns
    -------
    None
        It prints the ``KAMLAB-RESULT {json}`` line (exercise, correct, feedback category)
        and, when the answer is right, a line saying so in the set's language.

    Raises
    ------
    TestFailed
        If ``ex`` is not an assess-mode set, the answer is wrong or missing (the message
        gives kamlab's feedback), or grading raised an error (a wrong key, a missing
        ``right``, a rubric exercise, which is graded by hand).
    """

    ex = _assessed(ex)
    try:
        result = ex.grade(exercise_id, answer, key=key, right=right)
    except Exception as exc:  # noqa: BLE001
        raise TestFailed(f"{type(exc).__name__}: {exc}") from None
    print(result.marker())
    if not result.correct:
        raise TestFailed(t("course.not_correct", ex.lang, id=exercise_id, message=result.message))
    print(t("course.correct", ex.lang, id=exercise_id))


def record_prediction(prediction_id: str, answer: object, *, lang: str) -> None:
    """Print a student's prediction (a ``KAMLAB-PREDICTION`` line) for the class report.

    Parameters
    ----------
    prediction_id : str
        The prediction, ``"M1"`` .. ``"M5"`` (see :data:`kamlab.course.predictions.PREDICTIONS`).
    answer : object
        The student's prediction. ``None`` or ``...`` means not answered: nothing is recorded.
        An ``int``, ``float`` or ``str`` is recorded as it is, anything else (a ``bool``
        included) as its ``repr``.
    lang : {"zh", "en"}
        Language of the confirmation printed after the marker line.

    Returns
    -------
    None
        It prints ``KAMLAB-PREDICTION {"id": ..., "value": ...}`` and a confirmation, or only
        a reminder when ``answer`` is missing.

    Raises
    ------
    KamlabValueError
        If ``lang`` is not ``"zh"`` or ``"en"``.
    """

    check_lang(lang, "record_prediction")
    if answer is None or answer is Ellipsis:
        print(t("course.prediction_missing", lang))
        return
    value = answer if isinstance(answer, (int, float, str)) and not isinstance(answer, bool) else repr(answer)
    print(PREDICTION_MARKER + " " + json.dumps({"id": prediction_id, "value": value}, ensure_ascii=False))
    print(t("course.prediction_recorded", lang, value=value))
