"""``kamlab course new``: an nbgrader course directory built from kamlab's lesson sources.

The course notebooks come from the same lesson sources as ``notebooks/`` (``tools/lessons/``,
shipped in the wheel as ``kamlab._tools``): the same prose and code, with nbgrader's cell
metadata added and the exercises switched to assess mode:

* the set is built with ``mode="assess"``, the language and the course token written out,
  and ``kamlab.setup(lang=...)`` names the language (nbgrader's folders say nothing about it);
* each answer cell becomes an autograded answer whose solution is the expected answer;
* each check gets a locked test cell worth :data:`POINTS` points: a visible format check and
  a hidden correctness test (``### BEGIN HIDDEN TESTS``) that carries the lesson key and, for
  a multiple-choice question, the right option;
* rubric exercises become manually graded answers, with their rubric in a cell above;
* hint cells go (hints are off in assess mode); every other cell, the explorers included,
  stays in, read-only;
* in lesson 03 a prediction cell (not graded) comes before each predict-then-reveal explorer.

The course secret, from which each lesson's key is derived, is kept in ``kamlab_course.json``
in the course directory, which nbgrader never releases.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import numbers
import os
import re
import secrets
import shutil
import signal
import sys
import threading
from pathlib import Path

from ..errors import KamlabValueError
from ..exercises import LESSONS, assess, lesson
from ..exercises.assess import course_token, lesson_key
from ..exercises.core import criterion_name
from ..i18n import check_lang, t
from .predictions import by_explorer

__all__ = ["POINTS", "COURSE_FILE", "new_course", "course_notebook", "lesson_sources", "read_course"]

#: Points of each autograded exercise (a rubric exercise is worth its rubric's total).
POINTS = 2
#: The kamlab settings of a course directory (never released to students).
COURSE_FILE = "kamlab_course.json"
#: Seconds nbgrader gives each cell when it runs a notebook (autograde, validate).
CELL_TIMEOUT_S = 120

#: The line nbgrader leaves in a released answer cell, in the course's language.
CODE_STUBS = {"zh": "answer = None  # 你的答案", "en": "answer = None  # your answer"}
#: The text nbgrader leaves in a released written-answer cell.
TEXT_STUBS = {"zh": "在这里写你的答案", "en": "YOUR ANSWER HERE"}
#: A sentence of a lesson's prose that points to hints or solutions (off in assess mode), with the
#: code spans masked so that their dots do not end a sentence.
_HELP_SPAN = re.compile(r"`ex\.(hint|solution)\([^`]*\)`")
_CODE_SPAN = re.compile(r"`[^`\n]*`")

_CONFIG = '''"""nbgrader settings of this course, written by ``kamlab course new``."""
import os

c = get_config()  # noqa: F821 (nbgrader provides it)
_root = os.path.dirname(os.path.abspath(__file__))
c.CourseDirectory.course_id = {course_id!r}
c.CourseDirectory.root = _root
c.CourseDirectory.db_url = "sqlite:///" + os.path.join(_root, "gradebook.db")
# Released answer cells look like kamlab's: the solution becomes this line.
c.ClearSolutions.code_stub = {{"python": {stub!r}}}
c.ClearSolutions.text_stub = {text_stub!r}
# Seconds per cell when nbgrader runs a notebook (autograde, validate).
c.Execute.timeout = {timeout}
# Feedback shows the students their results, never the hidden tests' code.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    "kamlab.course.feedback.HideMarkers",  # kamlab's machine lines stay in autograded/, not in feedback
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
'''


# --------------------------------------------------------------------------- lesson sources
def _tools_dir() -> Path:
    """The lesson sources: shipped as ``kamlab._tools``, or ``tools/`` of a source checkout."""
    try:
        spec = importlib.util.find_spec("kamlab._tools")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            if (Path(folder) / "build_notebooks.py").exists():
                return Path(folder)
    return Path(__file__).resolve().parents[2] / "tools"


def _build_notebooks():
    """``tools/build_notebooks.py`` (the lesson sources import ``md`` and ``code`` from it)."""
    folder = str(_tools_dir())
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module("build_notebooks")


def lesson_sources() -> dict[str, object]:
    """Every lesson source module by lesson id (``"03"`` -> the module of ``03_misconceptions.py``).

    Returns
    -------
    dict of str to module
        Two-digit lesson id -> the module of ``tools/lessons/NN_<name>.py`` (shipped as
        ``kamlab._tools``), in lesson order; each module defines ``NAME`` and ``CELLS``. The
        modules are loaded afresh on every call.
    """
    bn = _build_notebooks()
    return {path.name[:2]: bn.load_lesson(path) for path in bn.lesson_sources()}


# --------------------------------------------------------------------------- nbgrader metadata
def _meta(grade_id: str, *, grade=False, solution=False, locked=False, points=None) -> dict:
    meta = {"grade": grade, "solution": solution, "locked": locked, "grade_id": grade_id, "schema_version": 3}
    if points is not None:
        meta["points"] = points
    return meta


def _grade_id(kind: str, exercise_id: str) -> str:
    return f"{kind}_{exercise_id.replace('.', '_')}"


def exercise_of(grade_id: str) -> str:
    """The exercise id of a course cell's grade id (``test_03_1`` -> ``03.1``)."""
    return grade_id.split("_", 1)[1].replace("_", ".")


@contextlib.contextmanager
def _instructor():
    """Build assess-mode sets for the instructor without switching practice off in this process."""

    before = set(assess._ASSESSED)
    try:
        yield
    finally:
        assess._ASSESSED.clear()
        assess._ASSESSED.update(before)


def _literal(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, numbers.Integral):
        return repr(int(value))
    if isinstance(value, numbers.Real):
        return repr(float(value))
    if isinstance(value, str):
        return repr(value)
    return None


_ANSWER = re.compile(r'^answer = None  # (?P<comment>[^\n]*)\nex\.check\("(?P<id>\d\d\.\d+)", answer\)$')
_SET = re.compile(r'^ex = kamlab\.exercises\.lesson\("(?P<lesson>\d\d)"\)$', re.M)
_HINT = re.compile(r'^ex\.(hint|solution)\("\d\d\.\d+"[^\n]*\)\s*(#[^\n]*)?$')  # a trailing comment too
_EXPLORER = re.compile(r"kamlab\.widgets\.(?P<name>\w+_explorer)\(\)")


def course_notebook(lesson_id: str, *, lang: str, secret: str, personal: bool = False):
    """The nbgrader source notebook of one lesson (an ``nbformat`` notebook).

    Parameters
    ----------
    lesson_id : str
        A two-digit id of a lesson with exercises (``"01"`` .. ``"07"``).
    lang : {"zh", "en"}
        Language of the notebook's prose and of its exercise set.
    secret : str
        The course secret; the lesson's key (carried by the hidden tests) and the course
        token (in the student's exercise-set cell) are derived from it.
    personal : bool, default False
        Every student's data and answers follow their nbgrader student id; the solutions
        are then computed in the notebook instead of being written as literals.

    Returns
    -------
    nbformat.NotebookNode
        The notebook with nbgrader metadata on every cell (see the module docstring); it is
        not written anywhere.

    Raises
    ------
    KamlabValueError
        For a lesson without exercises (``"00"``) or an unknown language.
    KeyError
        For an id that is not a lesson source's (e.g. ``"3"`` instead of ``"03"``).
    """
    import nbformat

    bn = _build_notebooks()
    source = lesson_sources()[lesson_id]
    key = lesson_key(secret, lesson_id)
    token = course_token(key)
    kinds, values, right, rubrics, models = _instructor_answers(lesson_id, lang, key, token, personal)
    predictions = by_explorer() if lesson_id == "03" else {}

    nb = bn.make_notebook(source.CELLS, lang)
    nb.metadata["kamlab"] = {"lang": lang, "lesson": lesson_id, "mode": "assess", "personal": personal}
    cells = []
    n = 0

    def add(cell, meta):
        nonlocal n
        cell["id"] = f"k{n:03d}"
        cell.metadata["nbgrader"] = meta
        cells.append(cell)
        n += 1

    def readonly(cell):
        add(cell, _meta(f"cell_{n:03d}", locked=True))

    set_args = f'"{lesson_id}", mode="assess", lang="{lang}", course="{token}"' + (
        ", personal=True" if personal else ""
    )
    for cell in nb.cells:
        if cell.cell_type != "code":
            if cell.cell_type == "markdown":
                cell.source = without_help_sentences(cell.source)  # no hints or solutions in assess mode
            readonly(cell)
            continue
        src = cell.source
        if "kamlab.setup()" in src:
            cell.source = src.replace("kamlab.setup()", f'kamlab.setup(lang="{lang}")', 1)
            readonly(cell)
            continue
        if _HINT.match(src.strip()):
            continue  # hints and solutions are off in assess mode
        if _SET.search(src):
            readonly(nbformat.v4.new_markdown_cell(t("course.md.assess_note", lang)))
            cell.source = "import kamlab.course\n" + _SET.sub(f"ex = kamlab.exercises.lesson({set_args})", src)
            readonly(cell)
            continue
        cell.source = re.sub(
            r'kamlab\.exercises\.lesson\("(\d\d)", student=student\)\.data',
            "kamlab.make_accounts(seed=kamlab.exercises.student_seed(student))",
            cell.source,
        )
        match = _ANSWER.match(src.strip())
        if match:
            _exercise_cells(match, kinds, values, right, rubrics, models, key, personal, lang, add, readonly)
            continue
        _prediction_cells(src, predictions, lang, add, readonly)
        readonly(cell)
    nb.cells = cells
    return nb


def _instructor_answers(lesson_id: str, lang: str, key: str, token: str, personal: bool):
    """What the instructor's copy of a lesson's exercises knows: each exercise's kind, the
    solution values written into the hidden tests, the right option of each judge exercise, and
    each rubric exercise's rubric and model answer (five dicts keyed by exercise id)."""
    with _instructor():
        practice = lesson(lesson_id, lang=lang)
        kinds = {row.id: row.kind for row in practice.list().itertuples()}
        right = {i: practice.solution(i).value for i, kind in kinds.items() if kind == "judge"}
        rubrics = {i: practice.rubric(i) for i, kind in kinds.items() if kind == "rubric"}
        models = {i: practice.solution(i).text for i, kind in kinds.items() if kind == "rubric"}
        assessed = lesson(lesson_id, mode="assess", lang=lang, course=token, personal=personal, student="instructor")
        values = {}
        for i, kind in kinds.items():
            if kind == "judge":
                values[i] = assessed.solution(i, key=key, right=right[i]).value
            elif kind != "rubric":
                values[i] = assessed.solution(i, key=key).value
    return kinds, values, right, rubrics, models


def _prediction_cells(src: str, predictions: dict, lang: str, add, readonly) -> None:
    """Before a code cell that opens an explorer with a prediction (``src``): the prediction's
    note and its graded answer cell. Nothing for any other cell."""
    import nbformat

    explorer = _EXPLORER.search(src)
    if not explorer or explorer.group("name") not in predictions:
        return
    p = predictions[explorer.group("name")]
    readonly(
        nbformat.v4.new_markdown_cell(t("course.md.predict_cell", lang, what=t(f"course.prediction.{p.id}", lang)))
    )
    pred = nbformat.v4.new_code_cell(
        f"### BEGIN SOLUTION\nanswer = {p.model_answer()!r}\n### END SOLUTION\n"
        f'import kamlab.course\nkamlab.course.record_prediction("{p.id}", answer, lang="{lang}")'
    )
    add(pred, _meta(f"prediction_{p.id}", solution=True))


def without_help_sentences(text: str) -> str:
    r"""``text`` without the sentences that tell a student to run ``ex.hint(...)`` or ``ex.solution(...)``.

    Parameters
    ----------
    text : str
        Markdown of a lesson cell (zh sentences end with 。！？, en ones with . ! ? and a space).

    Returns
    -------
    str

    Examples
    --------
    >>> without_help_sentences("运行 `ex.check(...)` 得到反馈。想要提示就运行 `ex.hint(...)`。\n下一段。")
    '运行 `ex.check(...)` 得到反馈。\n下一段。'
    >>> without_help_sentences("Run `ex.check(...)`. For a hint, run `ex.hint(...)`; again. Then go on.")
    'Run `ex.check(...)`. Then go on.'
    """
    spans: list[str] = []

    def mask(m):
        spans.append(m.group(0))
        return f"\x00{len(spans) - 1}\x00"

    masked = _CODE_SPAN.sub(mask, text)
    parts = re.split(r"(?<=[。！？])|(?<=[.!?])(?=[ \t])", masked)
    kept = [
        part
        for part in parts
        if not any(_HELP_SPAN.fullmatch(spans[int(i)]) for i in re.findall(r"\x00(\d+)\x00", part))
    ]
    return re.sub(r"\x00(\d+)\x00", lambda m: spans[int(m.group(1))], "".join(kept))


def _exercise_cells(match, kinds, values, right, rubrics, models, key, personal, lang, add, readonly):
    import nbformat

    i, comment = match.group("id"), match.group("comment")
    kind = kinds[i]
    # the lesson's comment is English (code cells are the same in both languages): a written answer's
    # hint line comes from the labels instead
    note = f"# {t('course.answer_note.written', lang)}\n" if comment != "your answer" else ""
    if kind == "rubric":
        table = rubrics[i]
        rows = "\n".join(
            f"- **{criterion_name(i, r.criterion, lang)}** ({r.points}): {r.description}" for r in table.itertuples()
        )
        readonly(nbformat.v4.new_markdown_cell(t("course.md.rubric", lang, total=int(table.points.sum()), rows=rows)))
        model = models[i]
        cell = nbformat.v4.new_code_cell(
            f'{note}### BEGIN SOLUTION\nanswer = {model!r}\n### END SOLUTION\nex.check("{i}", answer)'
        )
        add(cell, _meta(_grade_id("answer", i), grade=True, solution=True, points=int(table.points.sum())))
        return
    literal = None if personal else _literal(values[i])
    if literal is None:
        extra = f', right="{right[i]}"' if kind == "judge" else ""
        literal = f'ex.solution("{i}", key="{key}"{extra}).value'
    cell = nbformat.v4.new_code_cell(
        f'{note}### BEGIN SOLUTION\nanswer = {literal}\n### END SOLUTION\nex.check("{i}", answer)'
    )
    add(cell, _meta(_grade_id("answer", i), solution=True))
    extra = f', right="{right[i]}"' if kind == "judge" else ""
    test = nbformat.v4.new_code_cell(
        f'kamlab.course.assert_format(ex, "{i}", answer)\n### BEGIN HIDDEN TESTS\n'
        f'kamlab.course.assert_correct(ex, "{i}", answer, key="{key}"{extra})\n### END HIDDEN TESTS'
    )
    add(test, _meta(_grade_id("test", i), grade=True, locked=True, points=POINTS))


# --------------------------------------------------------------------------- the course directory
def read_course(directory: object) -> dict:
    """The kamlab settings of a course directory (``kamlab_course.json``).

    Parameters
    ----------
    directory : str or os.PathLike
        A course directory made by :func:`new_course`.

    Returns
    -------
    dict
        The file's JSON: ``course_id``, ``lang``, ``personal``, ``lessons`` and ``secret``.

    Raises
    ------
    KamlabValueError
        If the directory has no ``kamlab_course.json``.
    """
    root = Path(directory)
    path = root / COURSE_FILE
    if not path.is_file():
        raise KamlabValueError(t("course.no_course", None, path=str(root), file=COURSE_FILE))
    return json.loads(path.read_text(encoding="utf-8"))


def _lesson_ids(lessons: object) -> list[str]:

    if lessons is None:
        return list(LESSONS)
    items = lessons.split(",") if isinstance(lessons, str) else list(lessons)
    items = [item for item in items if str(item).strip()]  # "--lessons ''" names none: refused below
    out = []
    for item in items:
        key = str(item).strip()
        key = key.zfill(2) if key.isdigit() else key
        if key not in LESSONS:
            raise KamlabValueError(t("course.unknown_lesson", None, lesson=item, choices=", ".join(LESSONS)))
        if key not in out:
            out.append(key)
    if not out:  # --lessons '' or []
        raise KamlabValueError(t("course.no_lessons", None, value=repr(lessons), choices=", ".join(LESSONS)))
    return out


#: nbgrader's course id: it names the course in JupyterHub groups and the exchange's folders.
_COURSE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def check_course_id(course_id: object) -> str:
    """``course_id`` if it is a valid nbgrader course id (letters, digits, ``_ . -``; at most 64).

    Parameters
    ----------
    course_id : object
        The id to check.

    Returns
    -------
    str
        ``course_id`` unchanged.

    Raises
    ------
    KamlabValueError
        If it is not a str of letters, digits, ``_``, ``.`` and ``-`` starting with a letter
        or digit (no spaces, no ``/``).

    Examples
    --------
    >>> check_course_id("kam-2026")
    'kam-2026'
    """
    if not isinstance(course_id, str) or not _COURSE_ID.match(course_id):
        raise KamlabValueError(t("course.bad_course_id", None, value=repr(course_id)))
    return course_id


def course_directory(directory: object) -> Path:
    """``directory`` as a Path: a non-empty path that is not a file, a FIFO or a device.

    Parameters
    ----------
    directory : object
        The course directory as given.

    Returns
    -------
    pathlib.Path

    Raises
    ------
    KamlabValueError
        If it is empty, or names something that is not a folder (or whose parent is not one).
    """
    if isinstance(directory, bytes) or not isinstance(directory, (str, os.PathLike)) or not str(directory).strip():
        raise KamlabValueError(t("course.bad_dir", None, path=repr(directory)))
    root = Path(directory).expanduser()
    for folder in (root, *root.parents):
        if folder.exists():
            if not folder.is_dir():
                raise KamlabValueError(t("course.not_a_folder", None, path=str(root), where=str(folder)))
            break
    return root


@contextlib.contextmanager
def _signals_end_the_write():
    """SIGTERM and SIGHUP raise SystemExit while a course is written (so it is cleaned up)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    names = [name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {name: signal.signal(getattr(signal, name), stop) for name in names}
    try:
        yield
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


def _write_course(staging: Path, files: dict) -> None:
    """Write ``files`` (relative path -> text) into ``staging``."""
    for relative, text in files.items():
        target = staging / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())


def _move_into_place(staging: Path, root: Path, files: dict, fresh: bool) -> None:
    """A fresh course: the staging folder renamed to ``root``; else each file replaced in ``root``."""
    if fresh:
        if root.exists():  # an empty folder
            root.rmdir()
        os.rename(staging, root)
        return
    for relative in files:
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / relative, target)


def new_course(
    directory: object,
    *,
    lessons: object = None,
    lang: str = "zh",
    course_id: str | None = None,
    personal: bool = False,
    force: bool = False,
) -> list[Path]:
    """Write an nbgrader course directory; returns the files written.

    The course secret (``kamlab_course.json``) is random, or ``KAMLAB_COURSE_SECRET`` when set
    (e.g. for sections of one course that must share their keys). With ``force``, the secret
    of an existing ``kamlab_course.json`` is kept, so notebooks already released stay valid.

    Every argument is checked before any work. The notebooks are built in memory, then
    written into a temporary folder beside (or, with ``force``, inside) the course
    directory and moved into place only when all are complete: a full disk, a size limit,
    Ctrl+C or SIGTERM leaves no half-written course (and nothing that blocks a re-run).

    Parameters
    ----------
    directory : path
        The course directory (created; an existing one is kept unless ``force``).
    lessons : str or list, optional
        Lesson ids (``"01,03"`` or ``["01", "03"]``); default every lesson with exercises.
    lang : {"zh", "en"}
        Language of the notebooks.
    course_id : str, optional
        nbgrader's course id (letters, digits, ``_ . -``); default the directory's name.
    personal : bool
        Every student's data and answers follow their nbgrader student id.
    force : bool
        Overwrite an existing course directory's files.

    Returns
    -------
    list of pathlib.Path
        ``nbgrader_config.py``, ``kamlab_course.json``, then
        ``source/lessonNN/lessonNN.ipynb`` for each lesson, in that order.

    Raises
    ------
    KamlabValueError
        For an existing course directory without ``force``, an unknown lesson or language,
        a course id nbgrader cannot use, a directory that is a file, or a write that fails
        (the message names the file and the reason).
    """
    check_lang(lang, "course new")
    root = course_directory(directory)
    ids = _lesson_ids(lessons)
    course_id = check_course_id(course_id if course_id is not None else root.resolve().name)
    fresh = not root.exists() or not any(root.iterdir())
    if not fresh and not force:
        raise KamlabValueError(t("course.exists", None, path=str(root)))
    # A random secret; KAMLAB_COURSE_SECRET gives a reproducible course (sections sharing one course)
    secret = os.environ.get("KAMLAB_COURSE_SECRET") or secrets.token_hex(16)
    if force and (root / COURSE_FILE).is_file():
        secret = read_course(root).get("secret", secret)  # keep the keys of notebooks already released
    import nbformat

    settings = {"course_id": course_id, "lang": lang, "personal": bool(personal), "lessons": ids, "secret": secret}
    files = {
        "nbgrader_config.py": _CONFIG.format(
            course_id=course_id, stub=CODE_STUBS[lang], text_stub=TEXT_STUBS[lang], timeout=CELL_TIMEOUT_S
        ),
        COURSE_FILE: json.dumps(settings, indent=2) + "\n",
    }
    for lesson_id in ids:
        nb = course_notebook(lesson_id, lang=lang, secret=secret, personal=personal)
        text = nbformat.writes(nb)
        files[f"source/lesson{lesson_id}/lesson{lesson_id}.ipynb"] = text if text.endswith("\n") else text + "\n"
    _write_all(root, files, fresh)
    return [root / relative for relative in files]


def _write_all(root: Path, files: dict, fresh: bool) -> None:
    """Write ``files`` under ``root`` all or nothing (see :func:`new_course`)."""
    created = [f for f in (root.parent, *root.parent.parents) if not f.exists()]
    tag = f".kamlab-course-{os.getpid()}-{secrets.token_hex(4)}"
    staging = root.parent / f"{tag}-{root.name}" if fresh else root / tag
    current = root
    try:
        with _signals_end_the_write():
            try:
                staging.mkdir(parents=True)
                for relative in files:
                    current = root / relative
                    _write_course(staging, {relative: files[relative]})
                current = root
                _move_into_place(staging, root, files, fresh)
            except OSError as exc:
                raise KamlabValueError(
                    t("course.cannot_write", None, path=str(current), reason=exc.strerror or exc)
                ) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        for folder in created:  # deepest first
            try:
                folder.rmdir()
            except OSError:
                break
        raise
    if not fresh:
        shutil.rmtree(staging, ignore_errors=True)
