"""What practice mode (:mod:`.core`) must know of assess mode (:mod:`.assess`), so core never imports assess.

assess builds on core (an :class:`~kamlab.exercises.assess.AssessedSet` is an
:class:`~kamlab.exercises.core.ExerciseSet`), while core must refuse practice and sealed texts
once a lesson was built in assess mode, and ``lesson(..., mode="assess")`` must build an assessed
set. Both sides meet here: the lessons built in assess mode, the refusal, and the builder of
assess-mode sets, which :mod:`.assess` registers when it is imported (``kamlab.exercises``
imports it with core).
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import KamlabValueError
from ..i18n import t

__all__ = ["assessed_lessons", "refuse", "register_assessed_builder", "build_assessed"]

# Lessons built in assess mode in this process: practice and sealed texts stay off for them.
_ASSESSED: set[str] = set()

# The builder of assess-mode sets (kamlab.exercises.assess registers it).
_BUILDER: list[Callable] = []


def assessed_lessons() -> frozenset[str]:
    """The lessons this process (kernel) has built in assess mode.

    Returns
    -------
    frozenset of str
        Lesson ids, e.g. ``frozenset({"03"})``.
    """
    return frozenset(_ASSESSED)


def refuse(lesson_id: str, what: str, lang: str) -> None:
    """Raise the assess-mode refusal for ``what`` (a label key suffix) in the user's language.

    Parameters
    ----------
    lesson_id : str
        The lesson (or lessons) built in assess mode, as shown in the message.
    what : str
        What is refused: ``"practice"``, ``"sealed"``, ``"solution"``, ...
    lang : {"zh", "en"}

    Returns
    -------
    None
        It always raises :class:`~kamlab.errors.KamlabValueError`.
    """
    raise KamlabValueError(t(f"course.assess.no_{what}", lang, lesson=lesson_id))


def register_assessed_builder(build: Callable) -> None:
    """Make ``build(key, *, student, lang, course, personal)`` the builder of assess-mode sets.

    Parameters
    ----------
    build : callable
        :func:`kamlab.exercises.assess.assessed_set`.

    Returns
    -------
    None
    """
    _BUILDER[:] = [build]


def build_assessed(key: str, **options):
    """The assess-mode set of lesson ``key``, built by the registered builder.

    Parameters
    ----------
    key : str
        The lesson id, e.g. ``"03"``.
    **options
        ``student``, ``lang``, ``course`` and ``personal`` of :func:`kamlab.exercises.lesson`.

    Returns
    -------
    kamlab.exercises.assess.AssessedSet
    """
    return _BUILDER[0](key, **options)
