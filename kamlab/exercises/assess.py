"""Assessment mode of the exercises: format feedback only, no answers in the student's kernel.

``kamlab.exercises.lesson("03", mode="assess", lang="zh", course=TOKEN)`` builds an
:class:`AssessedSet`. Compared with practice mode:

* :meth:`AssessedSet.check` says whether the answer has the right *form* (a number, a
  fraction in range, one of the options, a long enough text) and never whether it is right;
* :meth:`~AssessedSet.solution` and :meth:`~AssessedSet.hint` are refused, and so are the
  sealed texts (:func:`kamlab.exercises.core.unseal`, :func:`kamlab.exercises.core.text`) and
  practice mode of the same lesson, for the rest of the Python process (the kernel);
* a multiple-choice exercise holds no answer: its options are shown in an order keyed by the
  course token (and the student with ``personal=True``), and only the course's hidden test
  knows the right option;
* with a course token the data are not the practice data: every student of the course shares
  data keyed by the token, or with ``personal=True`` each student has data keyed by the token
  and their id, so neither the shipped practice notebooks nor a classmate give the answers;
* :meth:`~AssessedSet.grade` gives the verdict and kamlab's targeted-feedback category, but
  only with the course's key, which only the hidden tests carry (nbgrader removes them from
  the students' copies).

What this does **not** do: Python has no private state. A student who reads kamlab's
source can compute a compute exercise's answer from the data (that is the exercise), and a
multiple-choice question that is also a practice question can be practised in another
kernel. See ``docs/instructors.md``.
"""

from __future__ import annotations

import getpass
import hashlib
import importlib
import json
import numbers
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..datasets import DEFAULT_SEED, make_accounts
from ..errors import KamlabTypeError, KamlabValueError
from ..i18n import t
from ._mode import _ASSESSED, assessed_lessons, refuse, register_assessed_builder  # noqa: F401  (assess._ASSESSED: course.build)
from .core import (
    _NOT_A_NUMBER,
    _UNANSWERED,
    CHOICES,
    LESSONS,
    Exercise,
    ExerciseSet,
    Verdict,
    _show,
    _text,
    grade_choice,
    read_number,
)
from .feedback import Feedback, Note
from .sealing import _student_text

__all__ = [
    "AssessedSet",
    "AssessmentResult",
    "assessed_lessons",
    "course_token",
    "lesson_key",
    "option_order",
    "student_id",
    "RESULT_MARKER",
]

#: The line a hidden test prints for ``kamlab report``: the marker, a space, then JSON.
RESULT_MARKER = "KAMLAB-RESULT"


# --------------------------------------------------------------------------- identities and keys
def student_id(environ=None, cwd: Path | None = None) -> str:
    """The student's id as nbgrader knows it.

    During ``nbgrader autograde`` (``NBGRADER_EXECUTION=autograde``) the notebook runs in
    ``autograded/<student>/<assignment>``: the id is ``<student>``. Otherwise
    ``JUPYTERHUB_USER`` when set, else the OS user. nbgrader's own rule
    (:func:`nbgrader.utils.get_username`) is the OS user, replaced by ``JUPYTERHUB_USER`` only
    for the Docker user ``jovyan``; the two agree except under a hub whose spawner runs every
    student as one OS user, where only ``JUPYTERHUB_USER`` tells students apart.

    Parameters
    ----------
    environ : mapping, optional
        Environment variables; default ``os.environ``.
    cwd : pathlib.Path, optional
        The working folder; default the current one.

    Returns
    -------
    str

    Examples
    --------
    >>> student_id({"JUPYTERHUB_USER": "s2026001"})
    's2026001'
    >>> student_id({"NBGRADER_EXECUTION": "autograde"}, Path("/c/autograded/s7/lesson03"))
    's7'
    """
    environ = os.environ if environ is None else environ
    if environ.get("NBGRADER_EXECUTION") == "autograde":
        here = Path.cwd() if cwd is None else cwd
        if here.parent.parent.name == "autograded":
            return here.parent.name
    user = environ.get("JUPYTERHUB_USER", "").strip()
    return user or getpass.getuser()


def lesson_key(course_secret: str, lesson_id: str) -> str:
    """The key of one lesson of a course (what its hidden tests carry), from the course secret.

    A key per lesson: a key seen in one lesson's feedback unlocks nothing in another lesson.

    Parameters
    ----------
    course_secret : str
        The instructor's course secret.
    lesson_id : str
        E.g. ``"03"``.

    Returns
    -------
    str
    """
    return hashlib.sha256(f"kamlab-lesson-key:{course_secret}:{lesson_id}".encode()).hexdigest()[:32]


def course_token(key: str) -> str:
    """The public token of a lesson key (what the student's notebook carries).

    Parameters
    ----------
    key : str
        A lesson key (:func:`lesson_key`).

    Returns
    -------
    str
        24 characters.

    Examples
    --------
    >>> len(course_token("k")), course_token("k") == course_token("k")
    (24, True)
    """
    return hashlib.sha256(f"kamlab-course-token:{key}".encode()).hexdigest()[:24]


def _digest(*parts: object) -> bytes:
    return hashlib.sha256(":".join(["kamlab-assess", *map(str, parts)]).encode("utf-8")).digest()


def assess_seed(token: str, student: str | None) -> int:
    """The data seed of an assessed set: keyed by the course token (and the student, if personal)."""
    return int.from_bytes(_digest("seed", token, student or "")[:4], "big")


def option_order(token: str | None, exercise_id: str, student: str | None = None) -> tuple[str, ...]:
    """The canonical option codes in the order a student sees them as a, b, c, d.

    Without a course token the order is the practice order.

    Parameters
    ----------
    token : str or None
        The course token of the student's notebook; None for practice.
    exercise_id : str
        E.g. ``"03.5"``.
    student : str, optional
        The student's id (:func:`student_id`).

    Returns
    -------
    tuple of str
        The option codes shown as a, b, c, d.

    Examples
    --------
    >>> option_order(None, "03.5")
    ('a', 'b', 'c', 'd')
    >>> sorted(option_order("t", "03.5", "s1"))
    ['a', 'b', 'c', 'd']
    """
    if token is None:
        return CHOICES
    rank = {c: _digest("order", token, exercise_id, student or "", c) for c in CHOICES}
    return tuple(sorted(CHOICES, key=rank.__getitem__))


_OPTION_LINE = re.compile(r"(?m)^([a-d])([：:.)．]\s?)(.*)$")


def shuffle_prompt(prompt: str, order: tuple[str, ...]) -> str:
    """``prompt`` with its option lines (``a：...`` / ``a. ...`` / ``a) ...``) shown in ``order``."""
    lines = {m.group(1): (m.group(2), m.group(3)) for m in _OPTION_LINE.finditer(prompt)}
    if sorted(lines) != list(CHOICES):
        raise RuntimeError(f"cannot find the four option lines a-d in the prompt: {prompt[:60]!r}")
    shown = iter(order)

    def repl(m):
        canonical = next(shown)
        return m.group(1) + lines[canonical][0] + lines[canonical][1]

    return _OPTION_LINE.sub(repl, prompt)


# --------------------------------------------------------------------------- answer formats
@dataclass(frozen=True)
class AnswerFormat:
    """The form an answer must take: a ``unit`` label key and an optional closed range."""

    unit: str = "number"
    low: float | None = None
    high: float | None = None


def _format_of(module, ex: Exercise, expected: object = None) -> AnswerFormat | None:
    """The lesson's declared format (``FORMATS``), else "a number" when the answer is a number
    (its type, never its value), else None: then only the grader's checks of form apply."""
    formats = getattr(module, "FORMATS", {})
    if ex.id in formats:
        return formats[ex.id]
    if ex.kind in ("compute", "interpret") and isinstance(expected, numbers.Real) and not isinstance(expected, bool):
        return AnswerFormat()
    return None


# Verdict keys a grader reaches before it compares anything with the expected answer.
_FORMAT_KEYS = ("ex.fb.not_a_number", "ex.fb.not_a_choice", "ex.fb.rubric_not_text", "ex.fb.rubric_short")
_FORMAT_SUFFIXES = (".unknown", ".not_listed", ".not_an_area")


@dataclass(frozen=True)
class AssessmentResult:
    """A hidden test's verdict: right or not, and kamlab's feedback category with its message."""

    exercise_id: str
    correct: bool
    category: str
    message: str
    fields: tuple = ()  # (name, text) pairs that fill the category's placeholders in the set's language
    answer: object = None  # the answer as graded (a number or text), for the class report

    def marker(self) -> str:
        """The line ``kamlab report`` reads from the autograded notebook.

        Returns
        -------
        str
            ``"KAMLAB-RESULT "`` followed by a JSON object with ``exercise``, ``correct``,
            ``category``, ``answer`` (a number or text; anything else as its ``repr``) and
            ``fields`` (the texts that fill the category's placeholders), non-ASCII text kept
            as is. The class report reads it; feedback leaves the line out.
        """
        answer = self.answer
        if not (answer is None or isinstance(answer, (int, float, str))) or isinstance(answer, bool):
            answer = repr(answer)
        if isinstance(answer, float) and answer != answer:  # NaN is not JSON
            answer = "nan"
        record = {
            "exercise": self.exercise_id,
            "correct": self.correct,
            "category": self.category,
            "answer": answer,
            "fields": dict(self.fields),
        }
        return RESULT_MARKER + " " + json.dumps(record, ensure_ascii=False, default=str)


class AssessedSet(ExerciseSet):
    """An :class:`~kamlab.exercises.core.ExerciseSet` in assess mode (see the module docstring)."""

    mode = "assess"

    def __init__(self, lesson_id, exercises, data, *, seed, student, lang, token, personal, module):
        judge_free = tuple(_without_answer(e) if e.kind == "judge" else e for e in exercises)
        super().__init__(lesson_id, judge_free, data, seed=seed, student=student, lang=lang)
        self.token = token
        self.personal = personal
        self._module = module
        # the graders of compute/interpret/rubric exercises; a judge exercise's (its hash) is not kept
        self._graders = {e.id: e for e in exercises if e.kind != "judge"}
        _ASSESSED.add(lesson_id)

    def __repr__(self) -> str:
        return f"<ExerciseSet lesson {self.lesson_id}, assess mode, student={self.student!r}>"

    def _ctx(self):
        ctx = super()._ctx()

        return replace(ctx, personalised=self.token is not None)

    def _order(self, exercise_id: str) -> tuple[str, ...]:
        return option_order(self.token, exercise_id, self.student if self.personal else None)

    def _shown_options(self, exercise_id: str) -> dict[str, tuple[str, str]]:
        """The letters this student sees, each with its option's labels (zh, en)."""
        return {
            c: tuple(t(f"ex.{exercise_id}.option.{canonical}", lang) for lang in ("zh", "en"))
            for c, canonical in zip(CHOICES, self._order(exercise_id))
        }

    def ask(self, exercise_id: str) -> Note:
        """The task; a multiple-choice question shows its options in this course's order.

        Parameters
        ----------
        exercise_id : str
            The exercise, e.g. ``"01.1"``; the part after the lesson (``"1"`` or ``1``)
            works too.

        Returns
        -------
        Note
            Title, the task text (options in this course's order for a multiple-choice
            exercise) ending with the assess-mode check line, and its table, if any.

        Raises
        ------
        KamlabTypeError, KamlabValueError
            If ``exercise_id`` is not a str (or number) or not an exercise of this lesson.
        """
        ex = self._exercise(exercise_id, "ask")
        note = super().ask(ex.id)
        lang = self.lang
        body = t(f"ex.{ex.id}.prompt", lang, **self._fields(ex, lang))
        if ex.kind == "judge":
            body = shuffle_prompt(body, self._order(ex.id))
        body += "\n\n" + t("course.assess.check_line", lang, id=ex.id)
        return Note(note.title, body, note.table)

    def check(self, exercise_id: str, answer: object = None) -> Feedback:
        """Format feedback only (type, range, unit): ``correct`` is always None.

        Parameters
        ----------
        exercise_id : str
            The exercise, e.g. ``"01.1"``; the part after the lesson (``"1"`` or ``1``)
            works too.
        answer : object, optional
            The learner's answer. None, ``...`` or a blank string count as not answered.

        Returns
        -------
        Feedback
            ``correct`` None, and a ``message``: not answered, what is wrong with the
            answer's form (see :meth:`format_problem`), or that it was received.

        Raises
        ------
        KamlabTypeError, KamlabValueError
            If ``exercise_id`` is not a str (or number) or not an exercise of this lesson.
        """
        ex = self._exercise(exercise_id, "check")
        lang = self.lang
        if any(answer is u for u in _UNANSWERED) or (isinstance(answer, str) and not answer.strip()):
            return Feedback(None, t("ex.fb.unanswered", lang, id=ex.id), ex.id, t(f"ex.{ex.id}.title", lang))
        problem = self.format_problem(ex.id, answer)
        if problem is not None:
            return Feedback(None, problem, ex.id, t(f"ex.{ex.id}.title", lang))
        received = t("course.assess.received", lang, id=ex.id, form=self._form_text(ex))
        return Feedback(None, received, ex.id, t(f"ex.{ex.id}.title", lang))

    def format_problem(self, exercise_id: str, answer: object) -> str | None:
        """What is wrong with the *form* of ``answer`` (None when the form is right).

        Parameters
        ----------
        exercise_id : str
            The exercise, e.g. ``"01.1"``; the part after the lesson (``"1"`` or ``1``)
            works too.
        answer : object
            The learner's answer.

        Returns
        -------
        str or None
            The message, in the set's language, when the answer is missing, is not one of
            the shown choices, is not a number, is outside the allowed range, or fails a
            check of form of the exercise's grader; None otherwise.

        Raises
        ------
        KamlabTypeError, KamlabValueError
            If ``exercise_id`` is not a str (or number) or not an exercise of this lesson.
        """
        ex = self._exercise(exercise_id, "check")
        lang = self.lang
        if any(answer is u for u in _UNANSWERED) or (isinstance(answer, str) and not answer.strip()):
            return t("ex.fb.unanswered", lang, id=ex.id)
        if ex.kind == "judge":
            if grade_choice(answer, self._shown_options(ex.id)) is None:
                return t("ex.fb.not_a_choice", lang, answer=_show(answer))
            return None
        fmt = self._format(ex)
        if fmt is not None:
            x, _ = read_number(answer)
            if x is _NOT_A_NUMBER:
                return t("ex.fb.not_a_number", lang, answer=_show(answer))
            if (fmt.low is not None and x < fmt.low) or (fmt.high is not None and x > fmt.high):
                return t("course.assess.out_of_range", lang, answer=_show(answer), form=self._form_text(ex))
            return None
        # interpret and rubric exercises: only the grader's checks that come before any comparison
        verdict = self._graders[ex.id].grade(answer, self._facts_of(self._graders[ex.id]), self._ctx())
        if verdict.key in _FORMAT_KEYS or verdict.key.endswith(_FORMAT_SUFFIXES):
            if verdict.key == "ex.fb.rubric_received":
                return None
            fields = {**self._fields(ex, lang), **verdict.fields}
            return _text(verdict.key, lang, **fields)
        return None

    def _format(self, ex: Exercise) -> AnswerFormat | None:
        if ex.kind in ("judge", "rubric"):
            return None
        expected = self._facts_of(self._graders[ex.id])["expected"]
        return _format_of(self._module, ex, expected() if callable(expected) else expected)

    def _form_text(self, ex: Exercise) -> str:
        lang = self.lang
        if ex.kind == "judge":
            return t("course.assess.form.choice", lang)
        if ex.kind == "rubric":
            return t("course.assess.form.text", lang)
        fmt = self._format(ex)
        if fmt is None:
            return t("course.assess.form.any", lang)
        text = t(f"course.assess.unit.{fmt.unit}", lang)
        if fmt.low is not None and fmt.high is not None:
            text += t("course.assess.range", lang, low=f"{fmt.low:g}", high=f"{fmt.high:g}")
        return text

    def hint(self, exercise_id: str, number: int | None = None) -> Note:
        """Refused in assess mode.

        Parameters
        ----------
        exercise_id : str
            Not used.
        number : int, optional
            Not used.

        Returns
        -------
        Note
            Never: it always raises.

        Raises
        ------
        KamlabValueError
            Always, with the assess-mode refusal in the set's language.
        """
        refuse(self.lesson_id, "hint", self.lang)

    def solution(self, exercise_id: str, *, key: str | None = None, right: str | None = None) -> Note:
        """Refused in assess mode, except with the lesson's key (the instructor's source notebook).

        With the key, ``.value`` is the expected answer; for a multiple-choice exercise pass
        ``right`` (the right option in the practice order) and ``.value`` is the letter this
        student sees for it.

        Parameters
        ----------
        exercise_id : str
            The exercise, e.g. ``"01.1"``; the part after the lesson (``"1"`` or ``1``)
            works too.
        key : str, optional
            The lesson key (:func:`lesson_key`); without the right one the call is refused.
        right : {"a", "b", "c", "d"}, optional
            For a multiple-choice exercise: its right option in the practice order.

        Returns
        -------
        Note
            For a multiple-choice exercise, the letter this student sees for ``right`` (as
            text and ``value``); otherwise the expected answer (as text and ``value``).

        Raises
        ------
        KamlabValueError
            If ``exercise_id`` is not an exercise of this lesson, ``key`` is missing or
            wrong, or ``right`` is not a choice for a multiple-choice exercise.
        KamlabTypeError
            If ``exercise_id`` is not a str (or number).
        """
        ex = self._exercise(exercise_id, "solution")
        self._unlock(key)
        if ex.kind == "judge":
            if right not in CHOICES:
                raise KamlabValueError(
                    f"AssessedSet.solution: parameter 'right' = {right!r}; expected one of {CHOICES}."
                )
            letter = CHOICES[self._order(ex.id).index(right)]
            return Note(
                t("ex.ui.solution_title", self.lang, id=ex.id, title=t(f"ex.{ex.id}.title", self.lang)),
                letter,
                value=letter,
            )
        facts = self._facts_of(self._graders[ex.id])
        value = facts["expected"]
        value = value() if callable(value) else value
        title = t("ex.ui.solution_title", self.lang, id=ex.id, title=t(f"ex.{ex.id}.title", self.lang))
        return Note(title, _show(value), value=value)

    def _unlock(self, key: str | None) -> None:
        if key is None or self.token is None or course_token(str(key)) != self.token:
            refuse(self.lesson_id, "solution", self.lang)

    def grade(self, exercise_id: str, answer: object, *, key: str, right: str | None = None) -> AssessmentResult:
        """The verdict and kamlab's feedback category: for the course's hidden tests only.

        ``key`` is the lesson key (:func:`lesson_key`); a multiple-choice exercise also needs
        ``right``, its right option in the practice order (the hidden test carries it).

        Parameters
        ----------
        exercise_id : str
            The exercise, e.g. ``"01.1"``; the part after the lesson (``"1"`` or ``1``)
            works too.
        answer : object
            The student's answer. None, ``...`` or a blank string count as not answered.
        key : str
            The lesson key; without the right one the call is refused.
        right : {"a", "b", "c", "d"}, optional
            For a multiple-choice exercise: its right option in the practice order.

        Returns
        -------
        AssessmentResult
            ``correct`` (False when unanswered), the feedback ``category`` (a label key)
            and its ``message`` in the set's language.

        Raises
        ------
        KamlabValueError
            If ``exercise_id`` is not an exercise of this lesson, ``key`` is wrong, the
            exercise is a rubric one (marked by hand), or ``right`` is not a choice for a
            multiple-choice exercise.
        KamlabTypeError
            If ``exercise_id`` is not a str (or number).
        """
        ex = self._exercise(exercise_id, "grade")
        self._unlock(key)
        lang = self.lang

        if any(answer is u for u in _UNANSWERED) or (isinstance(answer, str) and not answer.strip()):
            return AssessmentResult(ex.id, False, "ex.fb.unanswered", t("ex.fb.unanswered", lang, id=ex.id))
        if ex.kind == "rubric":
            raise KamlabValueError(t("course.assess.rubric_manual", lang, id=ex.id))
        if ex.kind == "judge":
            if right not in CHOICES:
                raise KamlabValueError(f"AssessedSet.grade: parameter 'right' = {right!r}; expected one of {CHOICES}.")
            letter = grade_choice(answer, self._shown_options(ex.id))
            if letter is None:
                verdict = Verdict(False, "ex.fb.not_a_choice", {"answer": _show(answer)})
            else:
                code = self._order(ex.id)[CHOICES.index(letter)]
                verdict = Verdict(code == right, f"ex.{ex.id}.fb.{code}")
        else:
            grader = self._graders[ex.id]
            verdict = grader.grade(answer, self._facts_of(grader), self._ctx())
        fields = {**self._fields(ex, lang), **verdict.fields}
        return AssessmentResult(
            ex.id,
            bool(verdict.correct),
            verdict.key,
            _text(verdict.key, lang, **fields),
            tuple((str(k), str(v)) for k, v in fields.items()),
            answer,
        )


def _without_answer(ex: Exercise) -> Exercise:
    """A judge exercise that holds no answer (its facts have no ``expected``, no hash)."""

    def no_grade(answer, facts, ctx):
        raise RuntimeError("an assessed multiple-choice exercise has no answer to grade against")

    return replace(ex, facts=lambda ctx: {"expected": None}, grade=no_grade)


def _assessed_set(key: str, *, student, lang, course, personal) -> AssessedSet:
    """The assess-mode set of lesson ``key`` (``kamlab.exercises.lesson(key, mode="assess", ...)``)."""
    who = student_id() if student is None else _student_text(student, "lesson")
    if course is not None and (not isinstance(course, str) or not course.strip()):
        raise KamlabTypeError(f"lesson: parameter 'course' must be the course token (a str), got {course!r}.")
    if personal and course is None:
        raise KamlabValueError("lesson: personal=True needs the course token (parameter 'course').")
    seed = DEFAULT_SEED if course is None else assess_seed(course, who if personal else None)
    module = importlib.import_module(f"{__package__}.{LESSONS[key]}")
    return AssessedSet(
        key,
        module._EXERCISES,
        make_accounts(seed=seed),
        seed=seed,
        student=who,
        lang=lang,
        token=course,
        personal=bool(personal),
        module=module,
    )


register_assessed_builder(_assessed_set)
