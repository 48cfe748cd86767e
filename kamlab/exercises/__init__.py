"""Exercises with instant self-check, hints and worked solutions, for every lesson.

>>> import kamlab.exercises as kx
>>> ex = kx.lesson("01", lang="en")          # default data: make_accounts(), seed 2026
>>> ex.list().id.tolist()
['01.1', '01.2', '01.3', '01.4', '01.5']
>>> ex.check("01.1", None).correct is None   # unanswered: no verdict yet
True

A student's own data: ``kx.lesson("01", student="2026001")`` uses
``make_accounts(seed=kx.student_seed("2026001"))``; every check computes the expected
answer from that data. See :mod:`kamlab.exercises.core` for how answers are kept out
of plain text.

Graded work: ``kx.lesson("03", mode="assess", lang="zh", course=TOKEN)`` checks the form of
an answer only, and gives no hints, solutions or multiple-choice answers
(:mod:`kamlab.exercises.assess`; the course notebooks of ``kamlab course new`` use it).
"""

from . import assess  # noqa: F401  (registers the builder of lesson(..., mode="assess"): see _mode.py)
from .core import (
    KINDS,
    LESSONS,
    Exercise,
    ExerciseSet,
    lesson,
)
from .feedback import Feedback, Note
from .sealing import answer_hash, student_seed

__all__ = ["lesson", "student_seed", "Feedback", "ExerciseSet", "Exercise", "Note", "KINDS", "LESSONS", "answer_hash"]
