"""``kamlab course collect``: a class's notebooks (a folder, files or an LMS zip) into nbgrader's ``submitted/``.

nbgrader's ``zip_collect`` does the collecting: kamlab copies what it is given into
``downloaded/<assignment>/archive/``, and nbgrader extracts the zips there, names each file's
student through kamlab's collector plugin (:class:`kamlab.course.collector.KamlabCollector`) and copies it to
``submitted/<student>/<assignment>/<assignment>.ipynb``. The plugin names the student with
:func:`student_of`: from a roster (CSV or Excel, a column of student ids and optionally one of
names) when one is given, else from the file's name.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path, PurePath

import pandas as pd

from ..errors import KamlabValueError
from ..i18n import t

__all__ = ["student_of", "read_roster", "stage", "ID_COLUMNS", "NAME_COLUMNS"]

#: Column names read as the student id in a roster (case-insensitive).
ID_COLUMNS = ("学号", "学生编号", "id", "student_id", "student id", "username", "用户名", "login")
#: Column names read as the student's name in a roster (case-insensitive).
NAME_COLUMNS = ("姓名", "name", "student", "学生", "full name")

_SPLIT = re.compile(r"[\s_\-.+()（）]+")
_NOISE = {"assignsubmission", "file", "onlinetext", "submission", "late", "copy", "副本"}


def _clean(student: str) -> str:
    return re.sub(r"[^\w.-]", "_", student).strip("._") or "_"


def _has_token(text: str, token: str) -> bool:
    """``token`` in ``text`` not glued to a letter or digit on either side."""
    return re.search(rf"(?<![0-9A-Za-z]){re.escape(token)}(?![0-9A-Za-z])", text) is not None


def student_of(path: object, assignment: str, roster: list[tuple[str, str]] | None = None) -> str | None:
    """Whose notebook ``path`` is: a student id for ``submitted/<student>/``, or None when it cannot tell.

    Parameters
    ----------
    path : str or os.PathLike
        The file's path inside the collected folder or zip (folders count: ``s01/lesson03.ipynb``).
    assignment : str
        The assignment, e.g. ``"lesson03"``: a word equal to it (any case) is not a student.
    roster : list of (id, name), optional
        The class. With a roster, the student is the one whose id appears in the path as a word
        of its own (not inside a longer number), else the one whose name appears in it; None
        when no one or more than one student matches.

    Returns
    -------
    str or None
        Without a roster: the first word of the file's name (words split at spaces, ``_``,
        ``-``, ``.``) that is not the assignment or an LMS word (``assignsubmission``, ``file``,
        ``late``, ...); if the name has no such word (``lesson03.ipynb``), the first word of
        its folder's name. Characters other than letters, digits, ``.``, ``-`` and ``_``
        become ``_``.

    Examples
    --------
    >>> student_of("2026001_lesson03.ipynb", "lesson03")
    '2026001'
    >>> student_of("s02/lesson03.ipynb", "lesson03")
    's02'
    >>> roster = [("2026001", "张三"), ("2026002", "李四")]
    >>> student_of("李四_12345_assignsubmission_file_lesson03.ipynb", "lesson03", roster)
    '2026002'
    >>> student_of("lesson03 (20260011).ipynb", "lesson03", roster) is None
    True
    """
    rel = PurePath(path)
    if roster:
        text = rel.as_posix()
        ids = {sid for sid, _ in roster if sid and _has_token(text, sid)}
        if not ids:
            ids = {sid for sid, name in roster if name and name in text}
        return _clean(ids.pop()) if len(ids) == 1 else None
    for part in (rel.stem, *(p for p in reversed(rel.parts[:-1]))):
        words = [w for w in _SPLIT.split(part) if w and w.lower() != assignment.lower() and w.lower() not in _NOISE]
        if words:
            return _clean(words[0])
    return None


def read_roster(path: object) -> list[tuple[str, str]]:
    """The class list of a CSV (UTF-8, with or without BOM, or GBK) or Excel file: ``(id, name)`` pairs.

    Parameters
    ----------
    path : str or os.PathLike
        A ``.csv``, ``.xlsx`` or ``.xls`` file with a header row; the id column is the first
        whose name is one of :data:`ID_COLUMNS`, the name column one of :data:`NAME_COLUMNS`
        (optional).

    Returns
    -------
    list of tuple of str
        One ``(id, name)`` per row with an id (``name`` is ``""`` without a name column);
        ids are read as text (``2026001``, not ``2026001.0``).

    Raises
    ------
    KamlabValueError
        If the file is missing or unreadable, or has no id column (the message lists its columns).
    """
    file = Path(path)
    if not file.is_file():
        raise KamlabValueError(t("course.collect.no_roster", None, path=str(file)))
    try:
        if file.suffix.lower() in (".xlsx", ".xls"):
            frame = pd.read_excel(file, dtype=str, engine="openpyxl" if file.suffix.lower() == ".xlsx" else None)
        else:
            try:
                frame = pd.read_csv(file, dtype=str, encoding="utf-8-sig")
            except UnicodeDecodeError:
                frame = pd.read_csv(file, dtype=str, encoding="gbk")
    except Exception as exc:  # noqa: BLE001 - any reader failure is the file's problem
        raise KamlabValueError(t("course.collect.bad_roster", None, path=str(file), reason=str(exc))) from None
    columns = {str(c).strip().lower(): c for c in frame.columns}
    id_col = next((columns[c] for c in ID_COLUMNS if c in columns), None)
    if id_col is None:
        raise KamlabValueError(
            t(
                "course.collect.roster_no_id",
                None,
                path=str(file),
                columns=", ".join(map(str, frame.columns)),
                expected=", ".join(ID_COLUMNS),
            )
        )
    name_col = next((columns[c] for c in NAME_COLUMNS if c in columns), None)
    rows = []
    for _, row in frame.iterrows():
        sid = str(row[id_col]).strip() if pd.notna(row[id_col]) else ""
        if sid.endswith(".0") and sid[:-2].isdigit():
            sid = sid[:-2]
        if sid:
            name = str(row[name_col]).strip() if name_col is not None and pd.notna(row[name_col]) else ""
            rows.append((sid, name))
    return rows


def stage(sources: list[object], archive: Path) -> list[Path]:
    """Copy the given zips, notebooks and folders into nbgrader's ``archive`` folder (emptied first).

    Parameters
    ----------
    sources : list of path
        Zip files, notebooks, or folders (copied with everything in them).
    archive : pathlib.Path
        ``downloaded/<assignment>/archive`` of the course.

    Returns
    -------
    list of pathlib.Path
        What was copied, inside ``archive``.

    Raises
    ------
    KamlabValueError
        If a source does not exist.
    """
    for source in sources:
        if not Path(source).exists():
            raise KamlabValueError(t("course.collect.no_source", None, path=str(source)))
    if archive.exists():
        shutil.rmtree(archive)
    archive.mkdir(parents=True)
    copied = []
    for i, source in enumerate(map(Path, sources)):
        target = archive / (source.name if len(sources) == 1 else f"{i:02d}_{source.name}")
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__MACOSX"))
        else:
            shutil.copy2(source, target)
        copied.append(target)
    return copied
