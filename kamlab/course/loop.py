"""The instructor's loop, one function per ``kamlab course`` command: release, collect, grade, feedback.

Each runs the nbgrader command that does the work (:func:`kamlab.course.run.nbgrader_or_fail`)
in the course folder and returns what it made, with paths relative to the folder the
command was typed in when they are inside it.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..i18n import t
from .build import read_course
from .collect import read_roster, stage
from .run import assignment_name, course_dir, nbgrader_or_fail

__all__ = ["release", "collect", "grade", "feedback", "shown"]


def shown(path: Path) -> str:
    """``path`` as a user reads it: relative to the current folder when it is inside it, else as given.

    Parameters
    ----------
    path : pathlib.Path
        A file or folder.

    Returns
    -------
    str
        The relative path (``release/lesson03/lesson03.ipynb``) or ``str(path)``.
    """
    try:
        return os.path.relpath(path) if Path(path).resolve().is_relative_to(Path.cwd().resolve()) else str(path)
    except ValueError:
        return str(path)


def _step(command: str, assignment: str, directory, *, lang: str, force: bool, verbose: bool) -> tuple[Path, str]:
    """Run ``nbgrader COMMAND <assignment> [--force]`` in the course; returns the course folder and the assignment."""
    root = course_dir(directory)
    name = assignment_name(assignment, root)
    nbgrader_or_fail(root, [command, name, *(["--force"] if force else [])], lang=lang, verbose=verbose)
    return root, name


def release(assignment: str, *, directory=None, lang: str, force: bool = False, verbose: bool = False) -> list[str]:
    """``nbgrader generate_assignment``: the students' copy in ``release/<assignment>/``.

    Parameters
    ----------
    assignment : str
        The lesson (``"03"``) or assignment (``"lesson03"``).
    directory : path, optional
        The course folder; default the course the current folder is in.
    lang : {"zh", "en"}
        Language of the lines.
    force : bool
        Pass ``--force`` to nbgrader: do it again over its earlier output.
    verbose : bool
        Show nbgrader's whole log.

    Returns
    -------
    list of str
        The lines to print: what was released, and what to do next.

    Raises
    ------
    KamlabValueError
        No course found, an unknown assignment, or nbgrader failed.
    """
    root, name = _step("generate_assignment", assignment, directory, lang=lang, force=force, verbose=verbose)
    notebook = root / "release" / name / f"{name}.ipynb"
    return [t("course.release.done", lang, path=shown(notebook)), t("course.release.next", lang, assignment=name)]


def collect(
    assignment: str, sources: list, *, directory=None, roster=None, lang: str, verbose: bool = False
) -> list[str]:
    """``nbgrader zip_collect`` with kamlab's collector: ``submitted/<student>/<assignment>/<assignment>.ipynb``.

    Parameters
    ----------
    assignment : str
        The lesson (``"03"``) or assignment (``"lesson03"``).
    sources : list of path
        Zip files (an LMS download), notebooks or folders of notebooks.
    roster : path, optional
        The class list (CSV or Excel): students are named from it (:func:`kamlab.course.collect.student_of`).
    directory : path, optional
        The course folder; default the course the current folder is in.
    lang : {"zh", "en"}
        Language of the lines.
    verbose : bool
        Show nbgrader's whole log.

    Returns
    -------
    list of str
        The lines to print: each student's collected notebook, then the files not collected.

    Raises
    ------
    KamlabValueError
        No course found, an unknown assignment, or nbgrader failed, a source or the roster is missing, or the roster has no id column.
    """

    root = course_dir(directory)
    name = assignment_name(assignment, root)
    roster_path = None
    if roster is not None:
        read_roster(roster)  # a bad roster fails here, in the instructor's language, before nbgrader starts
        roster_path = str(Path(roster).resolve())
    sources = [Path(s).resolve() for s in sources]
    stage(sources, root / "downloaded" / name / "archive")
    args = [
        "zip_collect",
        name,
        "--force",
        "--ZipCollectApp.collector_plugin=kamlab.course.collector.KamlabCollector",
        f"--KamlabCollector.lang={lang}",
    ]
    if roster_path:
        args.append(f"--KamlabCollector.roster={roster_path}")
    run = nbgrader_or_fail(root, args, lang=lang, verbose=verbose)
    students = []
    for line in run.log:
        if "kamlab: " in line and " -> " in line and "INFO" in line:
            students.append(line.rsplit(" -> ", 1)[1].strip())
    students = sorted(set(students))
    extracted = root / "downloaded" / name / "extracted"
    marker = "Skipped submission with no match information provided: "
    skipped = [line.split(marker, 1)[1].strip() for line in run.log if marker in line]
    skipped = [os.path.relpath(p, extracted) if p.startswith(str(extracted)) else p for p in skipped]
    lines = []
    if not students:
        lines.append(t("course.collect.none", lang, path=", ".join(map(shown, sources))))
    else:
        lines.append(t("course.collect.done", lang, n=len(students), assignment=name))
        lines += [f"  {shown(root / 'submitted' / s / name / (name + '.ipynb'))}" for s in students]
    if skipped:
        lines.append(t("course.collect.skipped", lang, n=len(skipped), path=shown(extracted)))
        lines += [f"  {p}" for p in skipped]
    return lines


def grade(assignment: str, *, directory=None, lang: str, force: bool = False, verbose: bool = False) -> list[str]:
    """``nbgrader autograde``: every submission run, its scores in ``gradebook.db``.

    Parameters
    ----------
    assignment : str
        The lesson (``"03"``) or assignment (``"lesson03"``).
    directory : path, optional
        The course folder; default the course the current folder is in.
    lang : {"zh", "en"}
        Language of the lines.
    force : bool
        Pass ``--force`` to nbgrader: do it again over its earlier output.
    verbose : bool
        Show nbgrader's whole log.

    Returns
    -------
    list of str
        The lines to print: each student's score and how many submissions wait for marking by hand.

    Raises
    ------
    KamlabValueError
        No course found, an unknown assignment, or nbgrader failed.
    """
    from nbgrader.api import Gradebook

    root, name = _step("autograde", assignment, directory, lang=lang, force=force, verbose=verbose)
    course_id = read_course(root)["course_id"]
    rows, manual = [], 0
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", course_id=course_id) as gb:
        for sub in sorted(gb.assignment_submissions(name), key=lambda s: s.student_id):
            rows.append(
                t("course.grade.row", lang, student=sub.student_id, score=f"{sub.score:g}", max=f"{sub.max_score:g}")
            )
            manual += bool(sub.needs_manual_grade)
    lines = [t("course.grade.done", lang, n=len(rows), path=shown(root / "gradebook.db")), *rows]
    if manual:
        lines.append(t("course.grade.manual", lang, n=manual, lesson=name.removeprefix("lesson")))
    return lines


def feedback(assignment: str, *, directory=None, lang: str, force: bool = False, verbose: bool = False) -> list[str]:
    """``nbgrader generate_feedback``: ``feedback/<student>/<assignment>/<assignment>.html``.

    Parameters
    ----------
    assignment : str
        The lesson (``"03"``) or assignment (``"lesson03"``).
    directory : path, optional
        The course folder; default the course the current folder is in.
    lang : {"zh", "en"}
        Language of the lines.
    force : bool
        Pass ``--force`` to nbgrader: do it again over its earlier output.
    verbose : bool
        Show nbgrader's whole log.

    Returns
    -------
    list of str
        The lines to print: the feedback files written.

    Raises
    ------
    KamlabValueError
        No course found, an unknown assignment, or nbgrader failed.
    """
    root, name = _step("generate_feedback", assignment, directory, lang=lang, force=force, verbose=verbose)
    files = sorted((root / "feedback").glob(f"*/{name}/*.html"))
    return [
        t("course.feedback.done", lang, n=len(files), path=shown(root / "feedback")),
        *(f"  {shown(f)}" for f in files),
    ]
