"""Seeds, answer hashes and sealed texts of the exercises: what ties an exercise set to a student
and keeps the right answers out of plain sight (Python keeps no secrets from its user; these only
keep answers from being read by accident, and assess mode turns them off: :mod:`.assess`)."""

from __future__ import annotations

import base64
import hashlib
import numbers
import re
import unicodedata
import zlib

from ..errors import KamlabTypeError, KamlabValueError
from ..i18n import get_lang
from ._mode import assessed_lessons, refuse

__all__ = ["answer_hash", "seal", "student_seed", "unseal"]

_SALT = "kamlab-exercises-v1"


def student_seed(student: object) -> int:
    """The data seed of a student: a stable integer from the student id.

    Uses SHA-256 of the id (not Python's ``hash``, which changes between runs), so
    the same id gives the same seed on every machine and Python version. An integer
    id gives the same seed as its decimal string.

    Parameters
    ----------
    student : str or int
        The student's id (e.g. a student number). Surrounding spaces are ignored.

    Returns
    -------
    int
        A seed in [0, 2**32).

    Raises
    ------
    KamlabTypeError
        If ``student`` is not a str or int (bool is rejected).
    KamlabValueError
        If it is an empty string or a negative integer.

    References
    ----------
    NIST FIPS 180-4 (2015). Secure Hash Standard (SHA-256).

    Examples
    --------
    >>> student_seed("2026001")
    362612591
    >>> student_seed(2026001) == student_seed(" 2026001 ")
    True
    """
    text = _student_text(student, "student_seed")
    digest = hashlib.sha256(f"kamlab-student:{text}".encode()).digest()
    return int.from_bytes(digest[:4], "big")


def _student_text(student: object, func: str) -> str:
    if isinstance(student, bool) or not isinstance(student, (str, numbers.Integral)):
        raise KamlabTypeError(
            f"{func}: parameter 'student' must be a student id (str or int), got {type(student).__name__} {student!r}."
        )
    if isinstance(student, numbers.Integral):
        if int(student) < 0:
            raise KamlabValueError(f"{func}: parameter 'student' = {int(student)}; expected a non-negative id.")
        return str(int(student))
    text = student.strip()
    if not text:
        raise KamlabValueError(f"{func}: parameter 'student' = {student!r} is empty; expected an id such as '2026001'.")
    return text


def answer_hash(exercise_id: str, code: str) -> str:
    """Salted SHA-256 of a choice answer: how judge exercises store their right choice.

    Parameters
    ----------
    exercise_id : str
    code : str
        The choice (case and surrounding spaces ignored).

    Returns
    -------
    str
        64 hex digits.

    Examples
    --------
    >>> h = answer_hash("01.5", "a")
    >>> len(h), h == answer_hash("01.5", " A ")
    (64, True)
    """
    _refuse_if_assessed(str(exercise_id).split(".")[0], "practice")
    return hashlib.sha256(f"{_SALT}:{exercise_id}:{_norm(code)}".encode()).hexdigest()


def seal(text: str) -> str:
    """Keep a text out of plain sight (zlib + base64); :func:`unseal` reverses it.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        The sealed text (ASCII).

    Examples
    --------
    >>> unseal(seal("示例：x")) == "示例：x"
    True
    """
    return base64.b64encode(zlib.compress(text.encode("utf-8"), 9)).decode("ascii")


def unseal(blob: str) -> str:
    """The text sealed by :func:`seal` (refused while a lesson is assessed in this process).

    Parameters
    ----------
    blob : str
        From :func:`seal`.

    Returns
    -------
    str

    Raises
    ------
    KamlabValueError
        While a lesson is assessed in this process.
    """
    _refuse_if_assessed(None, "sealed")
    return _unseal(blob)


def _unseal(blob: str) -> str:
    return zlib.decompress(base64.b64decode(blob)).decode("utf-8")


def _refuse_if_assessed(lesson_id: str | None, what: str, lang: str | None = None) -> None:
    """Assess mode (:mod:`.assess`) turns practice and sealed texts off for the rest of the process."""
    assessed = assessed_lessons()
    if assessed and (lesson_id is None or lesson_id in assessed):
        refuse(lesson_id or ", ".join(sorted(assessed)), what, lang or get_lang())


def _norm(value: object) -> str:
    """Case-, width- and whitespace-insensitive form of a choice answer."""
    s = unicodedata.normalize("NFKC", str(value)).casefold()
    s = re.sub(r"\s+", "", s)
    s = s.strip("()（）.。、:：'\"“”‘’")
    return s
