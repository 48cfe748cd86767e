"""``kamlab course release|collect|grade|feedback``: nbgrader run for the instructor.

nbgrader does the work; kamlab starts it the way that works without an activated environment
and keeps its output readable:

* the course folder is found from the current folder or any folder above it that holds
  ``kamlab_course.json`` (:func:`find_course`), so the commands work anywhere inside a course;
* nbgrader runs as a new process of this Python (:mod:`kamlab.course._nbgrader_main`) with this
  environment's ``bin`` first on ``PATH``, in the course folder;
* its log is quiet by default (:func:`run_nbgrader`): informational lines are not shown, the
  warnings every run prints and that need nothing from the instructor (hidden-test checksums,
  the grading kernels' TCP note) are counted and explained in one line each, and every other
  warning or error is shown as nbgrader wrote it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KamlabValueError
from ..i18n import t
from .build import COURSE_FILE

__all__ = ["find_course", "course_dir", "assignment_name", "run_nbgrader", "LogFilter", "NbgraderRun", "EXPECTED"]


def find_course(start: object = None) -> Path:
    """The course folder: ``start`` (default the current folder) or the nearest folder above it with ``kamlab_course.json``.

    Parameters
    ----------
    start : path, optional
        Where to start looking; default the current working folder.

    Returns
    -------
    pathlib.Path
        The (absolute) folder that holds ``kamlab_course.json``.

    Raises
    ------
    KamlabValueError
        If neither ``start`` nor any folder above it holds ``kamlab_course.json``.
    """
    here = Path(start if start is not None else os.getcwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / COURSE_FILE).is_file():
            return folder
    raise KamlabValueError(t("course.not_found", None, path=str(here), file=COURSE_FILE))


def course_dir(directory: object = None) -> Path:
    """The course a command means: ``directory`` if given, else the course around the current folder.

    ``directory`` may also name the course the current folder is in (``kamlab report kam2026``
    typed inside ``kam2026``): a path that does not exist, whose name is that of the course
    found from the current folder, means that course.

    Parameters
    ----------
    directory : path, optional
        A course folder, a folder inside one, or the name of the course the current folder is in.

    Returns
    -------
    pathlib.Path
        The course folder (absolute).

    Raises
    ------
    KamlabValueError
        If no course is found (the message names the folder and ``kamlab_course.json``).
    """
    if directory is None:
        return find_course()
    path = Path(directory)
    if not path.exists():
        try:
            around = find_course()
        except KamlabValueError:
            around = None
        if around is not None and path.name == around.name and len(path.parts) == 1:
            return around
        raise KamlabValueError(t("course.not_found", None, path=str(path), file=COURSE_FILE))
    return find_course(path)


def assignment_name(value: str, root: Path) -> str:
    """nbgrader's assignment name for ``value``: ``"03"`` or ``"3"`` -> ``"lesson03"``; ``"lesson03"`` stays.

    Parameters
    ----------
    value : str
        A lesson id or an assignment name.
    root : pathlib.Path
        The course folder; the assignment must have a folder in ``source/``.

    Returns
    -------
    str
        The assignment's name, e.g. ``"lesson03"``.

    Raises
    ------
    KamlabValueError
        If ``source/<name>/`` does not exist (the message lists the course's assignments).
    """
    text = str(value).strip()
    name = f"lesson{text.zfill(2)}" if text.isdigit() else text
    if not (root / "source" / name).is_dir():
        have = sorted(p.name for p in (root / "source").glob("*") if p.is_dir())
        raise KamlabValueError(
            t("course.run.unknown_assignment", None, name=name, path=str(root / "source"), choices=", ".join(have))
        )
    return name


# --------------------------------------------------------------------------- nbgrader's log
@dataclass(frozen=True)
class Expected:
    """A warning nbgrader prints on every run that needs nothing from the instructor."""

    key: str | None  # label explaining it (zh/en), with {n}; None: not shown at all
    pattern: re.Pattern


#: The expected warnings: counted and explained in one line each (labels ``course.run.expected.*``).
EXPECTED = (
    # OverwriteCells: the released test cells lack their hidden tests, so their checksum differs
    # from the source's; nbgrader grades with the source's cell, as it should.
    Expected("course.run.expected.checksum", re.compile(r"Attribute '(checksum|source)' for cell \S+ has changed")),
    # ipykernel >= 7: the grading kernels talk to nbgrader over localhost TCP.
    Expected("course.run.expected.tcp", re.compile(r"Kernel is running over TCP without encryption")),
    # nbgrader's feedback pages: the lesson's figures have no alternative text (nbconvert's note).
    Expected("course.run.expected.alt_text", re.compile(r"Alternative text is missing on \d+ image")),
    # Not worth a line: kamlab's collector says which file it skipped and why, and the summary
    # says who was collected; nbgrader creates the folders it needs; nbgrader's own feedback
    # pipeline passes an nbconvert option to a preprocessor that does not take it.
    Expected(None, re.compile(r"Skipped submission with no match information provided")),
    Expected(None, re.compile(r"\d+ files collected, \d+ files skipped")),
    Expected(None, re.compile(r"Directory not found\. Creating: ")),
    Expected(None, re.compile(r"Clearing existing files in \S*[/\\]downloaded[/\\]")),
    Expected(None, re.compile(r"Config option `display_data_priority` not recognized by `ClearHiddenTests`")),
)

_LEVEL = re.compile(r"^\[(?P<app>[^\]|]*?)(?: \| (?P<level>[A-Z]+))?\](?: (?P<level2>[A-Z]+) \|)?")


@dataclass
class NbgraderRun:
    """What one nbgrader command did: its exit status, every log line, the lines shown, the expected warnings counted."""

    returncode: int
    log: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    expected: Counter = field(default_factory=Counter)


def _level(first_line: str) -> str | None:
    match = _LEVEL.match(first_line)
    if not match:
        return None
    return match.group("level") or match.group("level2")


class LogFilter:
    """nbgrader's log, line by line, made quiet (see :func:`run_nbgrader`).

    Parameters
    ----------
    lang : {"zh", "en"}
        Language of the explanations.
    verbose : bool
        Show every record.
    out : file, optional
        Where shown records go as they complete; None keeps them in :attr:`run` only.
    """

    def __init__(self, lang: str, *, verbose: bool = False, out=None):
        self.lang, self.verbose, self.out = lang, verbose, out
        self.run = NbgraderRun(returncode=0)
        self._pending: list[str] = []

    def _decide(self, record: list[str]) -> None:
        text = "\n".join(record)
        for exp in EXPECTED:
            if exp.pattern.search(text):
                if exp.key is not None:
                    self.run.expected[exp.key] += 1
                return
        level = _level(record[0])
        if (self.verbose or level not in (None, "INFO", "DEBUG") or not record[0].startswith("[")) and text.strip():
            self.run.shown.append(text)
            if self.out is not None:
                print(text, file=self.out, flush=True)

    def feed(self, line: str) -> None:
        """Take one line of the log: a line starting with ``[`` starts a record, others continue it.

        Parameters
        ----------
        line : str
            The line, without its line end.

        Returns
        -------
        None
        """
        self.run.log.append(line)
        if line.startswith("[") and self._pending:
            self._decide(self._pending)
            self._pending = []
        self._pending.append(line)

    def finish(self) -> list[str]:
        """Decide the last record; return one explanation line per kind of expected warning seen.

        Returns
        -------
        list of str
            The explanations (labels ``course.run.expected.*`` with their counts), in the
            order of :data:`EXPECTED`.
        """
        if self._pending:
            self._decide(self._pending)
            self._pending = []
        return [t(e.key, self.lang, n=self.run.expected[e.key]) for e in EXPECTED if e.key in self.run.expected]


def run_nbgrader(root: Path, args: list[str], *, lang: str, verbose: bool = False, out=None) -> NbgraderRun:
    """Run ``nbgrader ARGS`` in the course folder ``root`` and show its log quietly.

    Parameters
    ----------
    root : pathlib.Path
        The course folder (nbgrader reads its ``nbgrader_config.py``).
    args : list of str
        nbgrader's arguments, e.g. ``["autograde", "lesson03"]``.
    lang : {"zh", "en"}
        Language of kamlab's lines (the explanations of expected warnings).
    verbose : bool
        Show nbgrader's whole log as it comes.
    out : file, optional
        Where the shown lines go; default ``sys.stderr``.

    Returns
    -------
    NbgraderRun
        The exit status, the whole log, the lines shown and the expected warnings counted
        (by label key). A record is shown unless it is informational (``INFO`` or ``DEBUG``)
        or one of :data:`EXPECTED`; lines that are not nbgrader log records (a traceback, a
        message of another program) are shown. After the run, one line per kind of expected
        warning seen says what it is.
    """
    out = sys.stderr if out is None else out
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["KAMLAB_LANG"] = lang
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.Popen(
        [sys.executable, "-m", "kamlab.course._nbgrader_main", *args],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        bufsize=1,
    )
    log = LogFilter(lang, verbose=verbose, out=out)
    try:
        assert proc.stdout is not None
        for raw in proc.stdout:
            log.feed(raw.rstrip("\n"))
    finally:
        log.run.returncode = proc.wait()
    for line in log.finish():
        print(line, file=out, flush=True)
    return log.run


def nbgrader_or_fail(root: Path, args: list[str], *, lang: str, verbose: bool = False) -> NbgraderRun:
    """:func:`run_nbgrader`, raising a kamlab error (with the command and folder) when nbgrader fails.

    Parameters
    ----------
    root : pathlib.Path
        The course folder.
    args : list of str
        nbgrader's arguments.
    lang : {"zh", "en"}
        Language of kamlab's lines and of the error.
    verbose : bool
        Show nbgrader's whole log.

    Returns
    -------
    NbgraderRun
        The finished run (exit status 0).

    Raises
    ------
    KamlabValueError
        If nbgrader is not installed or the command exits with another status (the message
        names the command, the folder and the status; nbgrader's own lines are shown above it).
    """
    try:
        import nbgrader  # noqa: F401
    except ImportError as exc:
        raise KamlabValueError(t("course.no_nbgrader", lang)) from exc
    run = run_nbgrader(root, args, lang=lang, verbose=verbose)
    if run.returncode != 0:
        raise KamlabValueError(
            t("course.run.failed", lang, command="nbgrader " + " ".join(args), path=str(root), code=run.returncode)
        )
    return run
