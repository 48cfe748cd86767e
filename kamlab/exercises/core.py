"""The exercise mechanism shared by every lesson: tasks, self-checks, hints, solutions.

A lesson module (named like the lesson: ``key_accounts``, ``why_kam``, ...) defines a private tuple ``_EXERCISES`` of
:class:`Exercise` objects. :func:`lesson` builds an :class:`ExerciseSet` for it on the
default data (``make_accounts()``, seed 2026) or on a student's own data
(``make_accounts(seed=student_seed(student))``). Every expected answer is computed
from ``ExerciseSet.data`` when it is needed, so no answer of a *compute* or
*interpret* exercise is written anywhere.

Answers of *judge* exercises (fixed multiple choice) are stored only as salted
SHA-256 hashes (:func:`answer_hash`); their per-option feedback and worked
solutions would give the letter away, so they are stored sealed (zlib + base64,
:func:`seal` / :func:`unseal`) in :data:`kamlab.labels.exercises.SEALED`. Sealing
is not encryption: it only keeps the answer out of plain sight in the package, as
the issue asks. To edit a sealed text, ``unseal`` it, edit, ``seal`` it again.

*Rubric* exercises (lesson 07) are judgements that no program can mark: the
student writes an answer, :meth:`ExerciseSet.check` makes sure it is a real answer
and returns the rubric to assess it against, and :meth:`ExerciseSet.rubric` /
:meth:`ExerciseSet.score_rubric` give an instructor (or a peer) the criteria, their
points and the total.

Nothing here imports matplotlib or ipywidgets; the objects render as HTML in
Jupyter through ``_repr_html_`` and as plain text elsewhere.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import math
import numbers
import pkgutil
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .. import labels as label_modules
from .._validate import to_float
from ..datasets import DEFAULT_SEED, make_accounts
from ..errors import KamlabTypeError, KamlabValueError
from ..i18n import check_lang, get_lang, t
from ..models import LESSONS as NAMES
from ._mode import build_assessed
from .feedback import Feedback, Note
from .sealing import _norm, _refuse_if_assessed, _student_text, _unseal, answer_hash, seal, student_seed, unseal

__all__ = [
    "KINDS",
    "LESSONS",
    "Exercise",
    "ExerciseSet",
    "Feedback",
    "Note",
    "Verdict",
    "answer_hash",
    "lesson",
    "rubric_exercise",
    "seal",
    "student_seed",
    "unseal",
]

#: Exercise kinds: compute a number, interpret data, judge a scenario, write to a rubric.
KINDS = ("compute", "interpret", "judge", "rubric")


#: Lessons that have exercise sets, and the modules that define them.
def _lesson_modules() -> dict[str, str]:
    """The lessons that have an exercise module: lesson id ``"NN"`` -> module name (the lesson's name)."""
    names = {m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])}
    return {key: name for key, name in NAMES.items() if name in names}


LESSONS = _lesson_modules()

_UNANSWERED = (None, Ellipsis)


# --------------------------------------------------------------------------- exercise definition
@dataclass(frozen=True)
class Verdict:
    """What a grader decides: right or not, the label key of the message and its fields."""

    correct: bool | None
    key: str
    fields: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Exercise:
    """One exercise of a lesson.

    Attributes
    ----------
    id : str
        ``"<lesson>.<n>"``, e.g. ``"01.1"``.
    kind : str
        One of :data:`KINDS`.
    facts : callable
        ``facts(ctx) -> dict`` computes, from ``ctx.data`` and ``ctx.params``, what the
        texts and the grader need: ``expected`` (the answer), ``fields`` (formatted
        values for the prompt, hints and solution), optionally ``table`` (shown in the
        prompt) and ``solution_fields``.
    grade : callable
        ``grade(answer, facts, ctx) -> Verdict`` for an answer that is not None/Ellipsis.
    n_hints : int
        Number of hints ``ex.<id>.hint1`` ... in the label catalog.
    sealed_solution : bool
        The solution text is sealed (judge exercises).
    rubric : tuple of (str, int)
        Rubric exercises: the criteria (label ``ex.<id>.rubric.<code>``) and their points.
    """

    id: str
    kind: str
    facts: Callable[[_Context], dict]
    grade: Callable[[Any, dict, _Context], Verdict]
    n_hints: int = 3
    sealed_solution: bool = False
    rubric: tuple[tuple[str, int], ...] = ()

    def __post_init__(self):
        if self.kind not in KINDS:
            raise KamlabValueError(f"Exercise: parameter 'kind' = {self.kind!r}; expected one of {KINDS}.")


@dataclass(frozen=True)
class _Context:
    """What an exercise computes from: the data, the set's seed, whether personalised."""

    data: pd.DataFrame
    seed: int
    personalised: bool
    lang: str

    def rng(self, exercise_id: str) -> np.random.Generator:
        """A generator fixed by the set's seed and the exercise (independent per exercise)."""
        salt = int.from_bytes(hashlib.sha256(exercise_id.encode()).digest()[:4], "big")
        return np.random.default_rng([self.seed, salt])


@functools.lru_cache(maxsize=1)
def sealed_catalog() -> dict[str, dict[str, str]]:
    """Every sealed text: the ``SEALED`` (or ``SEALED_*``) tables of all label modules."""
    merged: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(label_modules.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{label_modules.__name__}.{info.name}")
        for name, table in vars(module).items():
            if name == "SEALED" or name.startswith("SEALED_"):
                merged.update(table)
    return merged


def text(key: str, lang: str, **fields) -> str:
    """A label of the exercises, sealed ones included (from any lesson's label module)."""
    if key in sealed_catalog():
        _refuse_if_assessed(key.split(".")[1] if key.count(".") >= 2 else None, "sealed")
    return _text(key, lang, **fields)


def _text(key: str, lang: str, **fields) -> str:
    sealed = sealed_catalog()
    if key in sealed:
        return _unseal(sealed[key][lang]).format(**fields)
    return t(key, lang, **fields)


# --------------------------------------------------------------------------- the set
class ExerciseSet:
    """The exercises of one lesson on one data set (default or a student's own).

    Build it with :func:`lesson`. Methods: :meth:`list`, :meth:`ask`, :meth:`check`,
    :meth:`hint`, :meth:`solution`. Hint positions are remembered per exercise.
    """

    def __init__(
        self,
        lesson_id: str,
        exercises: tuple[Exercise, ...],
        data: pd.DataFrame,
        *,
        seed: int,
        student: str | None,
        lang: str | None,
    ):
        self.lesson_id = lesson_id
        self.student = student
        self.seed = seed
        self._lang = lang
        self._data = data
        self._exercises = {e.id: e for e in exercises}
        self._facts: dict[str, dict] = {}
        self._hint_pos: dict[str, int] = {}

    # -- basics
    @property
    def data(self) -> pd.DataFrame:
        """The accounts this set uses (a copy: editing it does not change the checks)."""
        return self._data.copy()

    @property
    def lang(self) -> str:
        """The language of the texts: the one given to :func:`lesson`, else the current one."""
        return self._lang if self._lang is not None else get_lang()

    @property
    def ids(self) -> list[str]:
        """The exercise ids, in order."""
        return list(self._exercises)

    def __repr__(self) -> str:
        who = f"student={self.student!r}" if self.student is not None else "default data"
        return f"<ExerciseSet lesson {self.lesson_id}, {who}, exercises {', '.join(self.ids)}>"

    def _exercise(self, exercise_id: object, func: str) -> Exercise:
        if isinstance(exercise_id, (int, float)) and not isinstance(exercise_id, bool):
            exercise_id = f"{self.lesson_id}.{exercise_id:g}"  # ex.check(1, ...) -> "01.1"
        if not isinstance(exercise_id, str):
            raise KamlabTypeError(
                f"ExerciseSet.{func}: parameter 'exercise_id' must be a str such as "
                f"{self.ids[0]!r}, got {type(exercise_id).__name__} {exercise_id!r}."
            )
        key = exercise_id.strip()
        if key not in self._exercises and f"{self.lesson_id}.{key}" in self._exercises:
            key = f"{self.lesson_id}.{key}"
        if key not in self._exercises:
            raise KamlabValueError(
                f"ExerciseSet.{func}: parameter 'exercise_id' = {exercise_id!r} is not an exercise of "
                f"lesson {self.lesson_id}; expected one of {', '.join(map(repr, self.ids))}."
            )
        return self._exercises[key]

    def _ctx(self) -> _Context:
        return _Context(data=self._data, seed=self.seed, personalised=self.student is not None, lang=self.lang)

    def _facts_of(self, ex: Exercise) -> dict:
        if ex.id not in self._facts:
            self._facts[ex.id] = ex.facts(self._ctx())
        return self._facts[ex.id]

    def _fields(self, ex: Exercise, lang: str) -> dict:
        facts = self._facts_of(ex)
        fields = dict(facts.get("fields", {}))
        localised = facts.get("fields_" + lang, {})
        fields.update(localised)
        return fields

    # -- public API
    def list(self) -> pd.DataFrame:
        """The exercises: ``id``, ``kind`` (compute / interpret / judge) and a short ``title``.

        Returns
        -------
        pandas.DataFrame
            One row per exercise, in order: ``id``, ``kind`` and ``title`` (in the set's
            language).

        Examples
        --------
        >>> import kamlab.exercises as kx
        >>> kx.lesson("01", lang="en").list().iloc[0].tolist()
        ['01.1', 'compute', 'Pyramid tier of one account']
        """
        lang = self.lang
        return pd.DataFrame(
            {
                "id": self.ids,
                "kind": [e.kind for e in self._exercises.values()],
                "title": [t(f"ex.{e.id}.title", lang) for e in self._exercises.values()],
            }
        )

    def ask(self, exercise_id: str) -> Note:
        """The task, with the account ids and numbers it needs, in the set's language.

        Parameters
        ----------
        exercise_id : str
            The exercise, e.g. ``"01.1"``; the part after the lesson (``"1"`` or ``1``)
            works too.

        Returns
        -------
        Note
            Title (id, kind, title), the task text ending with the line to check it, and
            the table of data it needs, if any.

        Raises
        ------
        KamlabTypeError, KamlabValueError
            If ``exercise_id`` is not a str (or number) or not an exercise of this lesson.
        """
        ex = self._exercise(exercise_id, "ask")
        lang = self.lang
        fields = self._fields(ex, lang)
        title = t(
            "ex.ui.task_title", lang, id=ex.id, kind=t(f"ex.kind.{ex.kind}", lang), title=t(f"ex.{ex.id}.title", lang)
        )
        body = t(f"ex.{ex.id}.prompt", lang, **fields)
        body += "\n\n" + t("ex.ui.check_line", lang, id=ex.id)
        table = self._facts_of(ex).get("table")
        if isinstance(table, dict):
            table = table[lang]
        return Note(title, body, table)

    def check(self, exercise_id: str, answer: object = None) -> Feedback:
        """Check an answer; an unanswered exercise (None or ``...``) gives ``correct=None``.

        Parameters
        ----------
        exercise_id : str
            The exercise, e.g. ``"01.1"``; the part after the lesson (``"1"`` or ``1``)
            works too.
        answer : object, optional
            The learner's answer, in the form the task asks for. None, ``...`` or a
            blank string count as not answered.

        Returns
        -------
        Feedback
            ``correct`` (True, False, or None when unanswered) and a ``message`` saying
            what is right or what is likely wrong.

        Raises
        ------
        KamlabTypeError, KamlabValueError
            If ``exercise_id`` is not a str (or number) or not an exercise of this lesson.

        Examples
        --------
        >>> import kamlab.exercises as kx
        >>> ex = kx.lesson("02", lang="en")
        >>> ex.check("02.1", ...).correct is None
        True
        >>> ex.check("02.1", 0.24).message
        'Not yet: you divided the discount by the margin (d / m). Volume has to make up for the lower margin after the discount: divide by m - d.'
        """
        ex = self._exercise(exercise_id, "check")
        lang = self.lang
        if any(answer is u for u in _UNANSWERED) or (isinstance(answer, str) and not answer.strip()):
            return Feedback(None, t("ex.fb.unanswered", lang, id=ex.id), ex.id, t(f"ex.{ex.id}.title", lang))
        facts = self._facts_of(ex)
        verdict = ex.grade(answer, facts, self._ctx())
        fields = {**self._fields(ex, lang), **verdict.fields}
        message = text(verdict.key, lang, **fields)
        if verdict.correct:
            correct = t("ex.fb.correct", lang)
            message = t("format.two_sentences", lang, first=correct, second=message) if message else correct
        correct = None if verdict.correct is None else bool(verdict.correct)
        return Feedback(correct, message, ex.id, t(f"ex.{ex.id}.title", lang))

    def hint(self, exercise_id: str, number: int | None = None) -> Note:
        """The next hint (1, 2, ... then a 'no more hints' note, then from the start again).

        ``number`` picks a hint directly (1-based) without moving the position.

        Parameters
        ----------
        exercise_id : str
            The exercise, e.g. ``"01.1"``; the part after the lesson (``"1"`` or ``1``)
            works too.
        number : int, optional
            Which hint, from 1 to the exercise's number of hints. Default: the next one.

        Returns
        -------
        Note
            The hint (its title says "k of n"), or the 'no more hints' note after the last.

        Raises
        ------
        KamlabTypeError, KamlabValueError
            If ``exercise_id`` is not an exercise of this lesson, or ``number`` is not an
            int in range.
        """
        ex = self._exercise(exercise_id, "hint")
        lang = self.lang
        fields = self._fields(ex, lang)
        if number is not None:
            if isinstance(number, bool) or not isinstance(number, numbers.Integral) or not 1 <= number <= ex.n_hints:
                raise KamlabValueError(
                    f"ExerciseSet.hint: parameter 'number' = {number!r}; expected an int from 1 to {ex.n_hints}."
                )
            k = int(number)
        else:
            k = self._hint_pos.get(ex.id, 0) + 1
            if k > ex.n_hints:
                self._hint_pos[ex.id] = 0
                return Note(t("ex.ui.no_more_hints_title", lang, id=ex.id), t("ex.ui.no_more_hints", lang, id=ex.id))
            self._hint_pos[ex.id] = k
        title = t("ex.ui.hint_title", lang, id=ex.id, k=str(k), n=str(ex.n_hints))
        return Note(title, t(f"ex.{ex.id}.hint{k}", lang, **fields))

    def solution(self, exercise_id: str) -> Note:
        """The worked solution, computed from :attr:`data`; ``.value`` is the expected answer.

        Parameters
        ----------
        exercise_id : str
            The exercise, e.g. ``"01.1"``; the part after the lesson (``"1"`` or ``1``)
            works too.

        Returns
        -------
        Note
            Title, worked text, an optional table, and ``value``: the expected answer in
            the form :meth:`check` accepts.

        Raises
        ------
        KamlabTypeError, KamlabValueError
            If ``exercise_id`` is not a str (or number) or not an exercise of this lesson.
        """
        ex = self._exercise(exercise_id, "solution")
        lang = self.lang
        facts = self._facts_of(ex)
        fields = {**self._fields(ex, lang), **facts.get("solution_fields", {})}
        fields.update(facts.get("solution_fields_" + lang, {}))
        title = t("ex.ui.solution_title", lang, id=ex.id, title=t(f"ex.{ex.id}.title", lang))
        body = text(f"ex.{ex.id}.solution", lang, **fields)
        value = facts["expected"]
        if callable(value):
            value = value()
        table = facts.get("solution_table")
        if isinstance(table, dict):
            table = table[lang]
        return Note(title, body, table, value=value)

    def rubric(self, exercise_id: str) -> pd.DataFrame:
        """The rubric of a rubric exercise: ``criterion``, ``points`` and ``description``.

        Parameters
        ----------
        exercise_id : str
            The exercise, e.g. ``"01.1"``; the part after the lesson (``"1"`` or ``1``)
            works too.

        Returns
        -------
        RubricTable
            A pandas DataFrame, one row per criterion: ``criterion`` (its code, the key for
            :meth:`score_rubric`), ``points`` (the maximum) and ``description`` (in the set's
            language). A notebook shows it labelled in that language, with each criterion's
            name and the whole description.

        Raises
        ------
        KamlabValueError
            If ``exercise_id`` is not an exercise of this lesson or not a rubric exercise.

        Examples
        --------
        >>> import kamlab.exercises as kx
        >>> r = kx.lesson("07", lang="en").rubric("07.6")
        >>> list(r.columns), int(r["points"].sum())
        (['criterion', 'points', 'description'], 10)
        """
        ex = self._rubric_exercise(exercise_id, "rubric")
        lang = self.lang
        table = RubricTable(
            {
                "criterion": [code for code, _ in ex.rubric],
                "points": [points for _, points in ex.rubric],
                "description": [t(f"ex.{ex.id}.rubric.{code}", lang) for code, _ in ex.rubric],
            }
        )
        table.attrs.update(exercise_id=ex.id, lang=lang)
        return table

    def score_rubric(self, exercise_id: str, scores: object) -> Note:
        """Total an assessment against the rubric: ``scores`` maps each criterion to the points given.

        Every criterion must be scored, with a number from 0 to its points. The note's
        ``value`` is the total as a fraction of the maximum; its table lists each criterion.

        Parameters
        ----------
        exercise_id : str
            The exercise, e.g. ``"01.1"``; the part after the lesson (``"1"`` or ``1``)
            works too.
            It must be a rubric exercise.
        scores : dict
            Criterion code -> points given (a number from 0 to the criterion's points).

        Returns
        -------
        Note
            The total as text (points, maximum, percent), the rubric table with a
            ``score`` column, and ``value``: total / maximum, from 0 to 1.

        Raises
        ------
        KamlabValueError
            For a missing or unknown criterion, or points outside 0..max.
        KamlabTypeError
            When ``scores`` is not a mapping or a score is not a number.
        """
        ex = self._rubric_exercise(exercise_id, "score_rubric")
        func = "ExerciseSet.score_rubric"
        if not isinstance(scores, dict):
            raise KamlabTypeError(
                f"{func}: parameter 'scores' must be a dict of criterion -> points, got {type(scores).__name__}."
            )
        codes = [code for code, _ in ex.rubric]
        unknown = [k for k in scores if k not in codes]
        missing = [c for c in codes if c not in scores]
        if unknown or missing:
            raise KamlabValueError(
                f"{func}: parameter 'scores' for {ex.id}: "
                + (f"unknown criteria {unknown}; " if unknown else "")
                + (f"missing criteria {missing}; " if missing else "")
                + f"expected exactly {codes}."
            )
        given = []
        for code, points in ex.rubric:
            value = scores[code]
            if (
                isinstance(value, bool)
                or not isinstance(value, numbers.Real)
                or not math.isfinite(to_float(value, f"scores[{code!r}]", func))
            ):
                raise KamlabTypeError(
                    f"{func}: score of criterion {code!r} = {value!r}; expected a number from 0 to {points}."
                )
            if not 0 <= float(value) <= points:
                raise KamlabValueError(
                    f"{func}: score of criterion {code!r} = {value!r}; expected a number from 0 to {points}."
                )
            given.append(float(value))
        lang = self.lang
        table = pd.DataFrame(self.rubric(ex.id))
        table.insert(2, "score", given)
        total, maximum = sum(given), sum(p for _, p in ex.rubric)
        title = t("ex.ui.rubric_score_title", lang, id=ex.id)
        body = t("ex.ui.rubric_score", lang, total=f"{total:g}", max=str(maximum), pct=f"{total / maximum:.0%}")
        return Note(title, body, rubric_labelled(table, ex.id, lang), value=total / maximum)

    def _rubric_exercise(self, exercise_id: object, func: str) -> Exercise:
        ex = self._exercise(exercise_id, func)
        if ex.kind != "rubric":
            rubrics = [e.id for e in self._exercises.values() if e.kind == "rubric"]
            raise KamlabValueError(
                f"ExerciseSet.{func}: exercise {ex.id} is a {ex.kind} exercise, not a rubric one; "
                f"rubric exercises of lesson {self.lesson_id}: {rubrics or 'none'}."
            )
        return ex


def criterion_name(exercise_id: str, code: str, lang: str) -> str:
    """A rubric criterion's name in ``lang``: the words before the colon that open its description
    (``ex.<id>.rubric.<code>``, written "名称：说明" / "Name: description").

    Parameters
    ----------
    exercise_id : str
        E.g. ``"07.6"``.
    code : str
        The criterion's code, e.g. ``"diagnosis"``.
    lang : {"zh", "en"}

    Returns
    -------
    str
        The name; the code itself if the description opens with no colon.

    Examples
    --------
    >>> criterion_name("07.6", "diagnosis", "zh"), criterion_name("07.6", "diagnosis", "en")
    ('诊断', 'Diagnosis')
    """
    description = t(f"ex.{exercise_id}.rubric.{code}", lang)
    name = re.split(r"[：:]", description, maxsplit=1)
    return name[0].strip() if len(name) == 2 and 0 < len(name[0].strip()) <= 24 else code


def rubric_labelled(table: pd.DataFrame, exercise_id: str, lang: str) -> pd.DataFrame:
    """A rubric table (``criterion``, ``points``, ``description``, optional ``score``) for reading in ``lang``.

    Headers become labels (``ex.ui.rubric.<column>``), each criterion's code is replaced by its
    name (:func:`criterion_name`) and the code moves to a last column, the key that
    :meth:`ExerciseSet.score_rubric` takes.

    Parameters
    ----------
    table : pandas.DataFrame
        As :meth:`ExerciseSet.rubric` returns it (a ``score`` column may be added).
    exercise_id : str
        E.g. ``"07.6"``.
    lang : {"zh", "en"}

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> import kamlab.exercises as kx
    >>> rubric_labelled(kx.lesson("07", lang="zh").rubric("07.6"), "07.6", "zh").columns.tolist()
    ['评分项', '分值', '说明', '评分时用的键']
    """
    out = pd.DataFrame({"name": [criterion_name(exercise_id, code, lang) for code in table["criterion"]]})
    for column in table.columns:
        if column != "criterion":
            out[column] = table[column].to_numpy()
    out["key"] = table["criterion"].to_numpy()
    out.columns = [t(f"ex.ui.rubric.{column}", lang) for column in out.columns]
    return out


class RubricTable(pd.DataFrame):
    """The rubric of a written exercise (:meth:`ExerciseSet.rubric`): a DataFrame of codes, points and
    descriptions that a notebook shows labelled in its language, descriptions in full."""

    @property
    def _constructor(self):
        return pd.DataFrame  # a slice or a copy is a plain DataFrame

    def _labelled(self) -> pd.DataFrame:
        return rubric_labelled(pd.DataFrame(self), self.attrs["exercise_id"], self.attrs["lang"])

    def _repr_html_(self) -> str:
        with pd.option_context("display.max_colwidth", None):
            return self._labelled().to_html(index=False, border=0)

    def __repr__(self) -> str:
        with pd.option_context("display.max_colwidth", None, "display.width", 10_000):
            return self._labelled().to_string(index=False)


# --------------------------------------------------------------------------- building sets
def lesson(
    lesson_id: object,
    *,
    student: object = None,
    lang: str | None = None,
    mode: str = "practice",
    course: str | None = None,
    personal: bool = False,
) -> ExerciseSet:
    """The exercise set of a lesson, on the default data or on a student's own data.

    Parameters
    ----------
    lesson_id : str or int
        ``"01"``, ``"02"`` (``1`` and ``"1"`` work too).
    student : str or int, optional
        A student id: the set then uses ``make_accounts(seed=student_seed(student))``
        and its own parameters (drawn from the same seed). Default: the shipped data
        (``make_accounts()``, seed 2026) and the chapter's numbers.
    lang : {"zh", "en"}, optional
        Language of the texts; default the current :func:`kamlab.i18n.get_lang` at
        each call.
    mode : {"practice", "assess"}
        ``"assess"``: format feedback only, no hints, solutions or sealed texts, no answer of
        a multiple-choice exercise (see :mod:`kamlab.exercises.assess`). The student id then
        defaults to nbgrader's (:func:`kamlab.exercises.assess.student_id`).
    course : str, optional
        Assess mode: the course token written into a course notebook by ``kamlab course new``;
        it keys the data and the order of multiple-choice options.
    personal : bool
        Assess mode: the data follow the student id too (``kamlab course new --personal``).

    Returns
    -------
    ExerciseSet

    Raises
    ------
    KamlabValueError
        For an unknown lesson, an empty student id or an unknown language.
    KamlabTypeError
        For a lesson id or student id of the wrong type.

    References
    ----------
    Chapter 4 (C1-C2, I1-I4); Hattie, J. & Timperley, H. (2007). The power of feedback.
    Review of Educational Research, 77(1), 81-112 (feedback aimed at the task and the likely error).

    Examples
    --------
    >>> import kamlab.exercises as kx
    >>> ex = kx.lesson("02", lang="en")
    >>> ex.check("02.1", "6/19").correct
    True
    >>> ex.check("02.1", 31.6).message
    'Not yet: give the answer as a fraction, e.g. 0.25 for 25%, not as a percentage.'
    """
    func = "lesson"
    if isinstance(lesson_id, bool) or not isinstance(lesson_id, (str, numbers.Integral)):
        raise KamlabTypeError(
            f"{func}: parameter 'lesson_id' must be a str such as '01', got {type(lesson_id).__name__} {lesson_id!r}."
        )
    key = str(lesson_id).strip()
    if key.isdigit():
        key = key.zfill(2)
    if key not in LESSONS:
        raise KamlabValueError(
            f"{func}: parameter 'lesson_id' = {lesson_id!r} has no exercises; "
            f"expected one of {', '.join(map(repr, LESSONS))}."
        )
    if lang is not None:
        check_lang(lang, func)
    if mode not in ("practice", "assess"):
        raise KamlabValueError(f"{func}: parameter 'mode' = {mode!r}; expected 'practice' or 'assess'.")

    if mode == "assess":
        return build_assessed(key, student=student, lang=lang, course=course, personal=personal)
    if course is not None or personal:
        raise KamlabValueError(f"{func}: parameters 'course' and 'personal' belong to mode='assess'.")
    _refuse_if_assessed(key, "practice", lang)
    if student is None:
        seed, who = DEFAULT_SEED, None
    else:
        who = _student_text(student, func)
        seed = student_seed(who)
    module = importlib.import_module(f"{__package__}.{LESSONS[key]}")
    data = make_accounts(seed=seed)
    return ExerciseSet(key, module._EXERCISES, data, seed=seed, student=who, lang=lang)


# --------------------------------------------------------------------------- answer parsing and grading
_NOT_A_NUMBER = object()


def read_number(answer: object) -> tuple[float | object, bool]:
    """``(value, given_as_percent)``; value is ``_NOT_A_NUMBER`` if unreadable.

    Accepts ints, floats, numpy scalars, one-element arrays/Series, Fractions and
    strings such as ``"0.333"``, ``"1/3"``, ``"33.3%"`` (a string with % is a percent,
    converted to a fraction).
    """
    if isinstance(answer, (pd.Series, pd.DataFrame, np.ndarray)):
        if answer.size != 1:
            return _NOT_A_NUMBER, False
        answer = np.asarray(answer).ravel()[0]
    if isinstance(answer, (bool, np.bool_)):
        return _NOT_A_NUMBER, False
    if isinstance(answer, numbers.Real):
        try:
            x = float(answer)
        except OverflowError:  # an int beyond float range (10**400): feedback, not an error
            return _NOT_A_NUMBER, False
        return (x if math.isfinite(x) else _NOT_A_NUMBER), False
    if isinstance(answer, str):
        s = unicodedata.normalize("NFKC", answer).strip().replace(",", "").replace(" ", "")
        percent = s.endswith("%")
        s = s.rstrip("%")
        try:
            x = float(Fraction(s))
        except (ValueError, ZeroDivisionError, OverflowError):
            return _NOT_A_NUMBER, False
        return (x / 100 if percent else x), percent
    return _NOT_A_NUMBER, False


def grade_number(
    answer: object,
    expected: float,
    *,
    tol: float,
    relative: bool = False,
    mistakes: tuple[tuple[str, float], ...] = (),
    fraction: bool = False,
    integer: bool = False,
    prefix: str = "",
) -> Verdict:
    """Grade a numeric answer against ``expected`` and a list of typical wrong values.

    ``mistakes`` are ``(label key, wrong value)`` pairs, checked in order. With
    ``fraction=True`` an answer that is 100 times the expected value (33.3 for 0.333)
    gets the "give it as a fraction" message, as does 100 times a mistake value.
    """
    x, _ = read_number(answer)
    if x is _NOT_A_NUMBER:
        return Verdict(False, "ex.fb.not_a_number", {"answer": _show(answer)})

    def close(a: float, b: float) -> bool:
        if integer:
            return abs(a - b) < 1e-9
        return abs(a - b) <= (tol * abs(b) if relative else tol) + 1e-12

    shown = {"answer": _show(answer)}
    if close(x, expected):
        return Verdict(True, prefix + "right", shown)
    mistake = _mistake_named(x, mistakes, close)
    if mistake is not None:
        return Verdict(False, mistake, shown)
    if fraction and abs(x) > 1:
        if close(x / 100, expected):
            return Verdict(False, "ex.fb.percent", shown)
        mistake = _mistake_named(x / 100, mistakes, close)
        if mistake is not None:
            return Verdict(False, mistake, shown)
    if integer and x != round(x):
        return Verdict(False, "ex.fb.not_integer", shown)
    return Verdict(False, prefix + "wrong", shown)


def _mistake_named(
    x: float, mistakes: tuple[tuple[str, float], ...], close: Callable[[float, float], bool]
) -> str | None:
    """The label key of the first typical wrong value ``x`` is close to, or None."""
    for key, wrong in mistakes:
        if wrong is not None and math.isfinite(wrong) and close(x, wrong):
            return key
    return None


def grade_choice(answer: object, options: dict[str, tuple[str, ...]]) -> str | None:
    """The option code an answer names (code or any of its labels), or None."""
    if not isinstance(answer, str):
        return None
    a = _norm(answer)
    for code, labels in options.items():
        if a == _norm(code) or any(a == _norm(lbl) for lbl in labels):
            return code
    return None


#: Option codes of judge exercises.
CHOICES = ("a", "b", "c", "d")


def judge_exercise(exercise_id: str, stored_hash: str, *, n_hints: int = 2) -> Exercise:
    """A multiple-choice scenario whose right option is known only by its hash.

    Options are the labels ``ex.<id>.option.<a-d>``; the feedback for each option and
    the solution are sealed labels ``ex.<id>.fb.<a-d>`` and ``ex.<id>.solution``.
    """

    def facts(ctx):
        right = [c for c in CHOICES if answer_hash(exercise_id, c) == stored_hash]
        if len(right) != 1:  # a packaging error, not a user error
            raise RuntimeError(f"judge exercise {exercise_id}: the stored hash matches {len(right)} options")
        return {"expected": right[0]}

    def grade(answer, facts, ctx):
        options = {
            c: (t(f"ex.{exercise_id}.option.{c}", "zh"), t(f"ex.{exercise_id}.option.{c}", "en")) for c in CHOICES
        }
        code = grade_choice(answer, options)
        if code is None:
            return Verdict(False, "ex.fb.not_a_choice", {"answer": _show(answer)})
        return Verdict(answer_hash(exercise_id, code) == stored_hash, f"ex.{exercise_id}.fb.{code}")

    return Exercise(exercise_id, "judge", facts, grade, n_hints=n_hints, sealed_solution=True)


def answer_length(text: str) -> int:
    """Length of a written answer: Chinese characters plus words of other scripts.

    Examples
    --------
    >>> answer_length("Build a KAM team.")
    4
    >>> answer_length("建立大客户小组 (KAM team)")
    9
    """
    text = unicodedata.normalize("NFKC", text)
    cjk = re.findall(r"[\u3400-\u9fff\uf900-\ufaff]", text)
    words = re.findall(r"[^\s\u3400-\u9fff\uf900-\ufaff\W]+", text)
    return len(cjk) + len(words)


def rubric_exercise(
    exercise_id: str,
    rubric: tuple[tuple[str, int], ...],
    *,
    min_length: int = 40,
    n_hints: int = 2,
    facts: Callable[[_Context], dict] | None = None,
) -> Exercise:
    """A written judgement assessed against a rubric, not marked by the program.

    ``check`` accepts any text of at least ``min_length`` (Chinese characters plus other
    words, :func:`answer_length`) and answers with the rubric to assess it against
    (``correct`` stays None: a judgement is not right or wrong by string matching). The
    criteria are the labels ``ex.<id>.rubric.<code>``; the model answer is
    ``ex.<id>.solution``. ``facts`` may add fields for the prompt (e.g. the student's data).

    Parameters
    ----------
    exercise_id : str
        E.g. ``"03.6"``.
    rubric : tuple of (str, int)
        Criterion code and its points.
    min_length : int, default 40
        Shortest answer accepted (:func:`answer_length`).
    n_hints : int, default 2
    facts : callable, optional
        _Context -> extra fields for the prompt.

    Returns
    -------
    Exercise
    """

    def all_facts(ctx):
        out = {"expected": None}
        if facts is not None:
            out.update(facts(ctx))
        return out

    def grade(answer, facts_, ctx):
        if not isinstance(answer, str):
            return Verdict(False, "ex.fb.rubric_not_text", {"answer": _show(answer)})
        n = answer_length(answer)
        if n < min_length:
            return Verdict(False, "ex.fb.rubric_short", {"n": str(n), "min": str(min_length)})
        lines = "\n".join(
            f"- {text(f'ex.{exercise_id}.rubric.{code}', ctx.lang)} ({points})" for code, points in rubric
        )
        return Verdict(None, "ex.fb.rubric_received", {"rubric": lines, "n": str(n)})

    return Exercise(exercise_id, "rubric", all_facts, grade, n_hints=n_hints, rubric=tuple(rubric))


def _show(answer: object) -> str:
    s = repr(answer) if not isinstance(answer, (float, np.floating)) else f"{float(answer):.6g}"
    return s if len(s) <= 40 else s[:37] + "..."
