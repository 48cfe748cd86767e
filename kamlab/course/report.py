"""``kamlab report``: a class report from an nbgrader course directory, as one HTML file.

The scores come from nbgrader's gradebook through its own API (:class:`nbgrader.api.Gradebook`).
The typical mistakes come from the hidden tests: each prints a line
``KAMLAB-RESULT {"exercise": ..., "correct": ..., "category": ...}`` (see
:mod:`kamlab.course.cells`) into the autograded notebooks, where the report reads them; a
category is one of kamlab's targeted-feedback messages (e.g. ``ex.03.1.fb.volume_only``).
Lesson 03's prediction cells print ``KAMLAB-PREDICTION {"id": ..., "value": ...}``.

The report answers "what do I re-teach?": a ranked re-teach list (the exercises and lesson 03's
misconceptions where the class did worst, each with its typical mistake in words, the students'
actual wrong values and the lesson section to revisit), then each exercise with its title and
chapter point and its counts of right / wrong / blank / not yet marked (a written answer waiting
for marking by hand is never a 0), the typical mistakes, the predictions against the model, the
score distributions and a sortable table of every student.

The HTML embeds its figures (PNG, base64) and a few lines of script that sort the student table,
so it opens anywhere, offline; beside it ``report.xlsx`` (one sheet per view, headers in the
report's language) and ``report.csv`` (UTF-8 with a byte-order mark, for Excel).
"""

from __future__ import annotations

import ast
import base64
import html
import io
import json
import re
from collections import Counter
from pathlib import Path

import pandas as pd

from ..errors import KamlabValueError
from ..exercises.core import sealed_catalog
from ..exercises.sealing import _unseal
from ..fonts import cjk_rc
from ..i18n import catalog, check_lang, t
from .build import _build_notebooks, exercise_of, lesson_sources, read_course
from .cells import PREDICTION_MARKER
from .predictions import PREDICTIONS

__all__ = ["class_report", "read_scores", "read_markers", "read_answers", "category_text", "lesson_sections"]

RESULT_MARKER = "KAMLAB-RESULT"


def _gradebook(root: Path, course_id: str):
    try:
        from nbgrader.api import Gradebook
    except ImportError as exc:
        raise KamlabValueError(t("course.no_nbgrader", None)) from exc
    db = root / "gradebook.db"
    if not db.is_file():
        raise KamlabValueError(t("course.no_gradebook", None, path=str(root)))
    return Gradebook(f"sqlite:///{db}", course_id=course_id)


def read_scores(directory: object, assignment: str | None = None) -> pd.DataFrame:
    """Every graded cell of every submission: ``student``, ``assignment``, ``exercise``, ``score``, ``max_score``.

    Read with :class:`nbgrader.api.Gradebook`; only the assignment ``assignment`` if given.

    Parameters
    ----------
    directory : str or os.PathLike
        A course directory made by ``kamlab course new``, with nbgrader's ``gradebook.db``.
    assignment : str, optional
        One assignment (``"lesson03"``); default: every assignment in the gradebook.

    Returns
    -------
    pandas.DataFrame
        One row per graded cell of each submitted notebook. ``exercise`` is the exercise id
        of the cell's grade id (``test_03_1`` -> ``"03.1"``); ``score`` and ``max_score`` are
        floats (points); ``unmarked`` is True for a written answer nbgrader still waits to
        have marked by hand (its ``score`` is then 0 and means nothing).

    Raises
    ------
    KamlabValueError
        If the directory has no ``kamlab_course.json`` or no ``gradebook.db``, nbgrader is not
        installed, ``assignment`` is not in the gradebook, or there are no grades at all.
    """
    root = Path(directory)
    settings = read_course(root)
    rows = []
    with _gradebook(root, settings["course_id"]) as gb:
        names = [a.name for a in gb.assignments]
        if assignment is not None and assignment not in names:
            raise KamlabValueError(
                t("course.unknown_assignment", None, name=assignment, choices=", ".join(names) or "-")
            )
        for name in names if assignment is None else [assignment]:
            for sub in gb.assignment_submissions(name):
                for nb in sub.notebooks:
                    for grade in nb.grades:
                        rows.append(
                            {
                                "student": sub.student_id,
                                "assignment": name,
                                "exercise": exercise_of(grade.name),
                                "score": float(grade.score),
                                "max_score": float(grade.max_score),
                                "unmarked": bool(grade.needs_manual_grade),
                            }
                        )
    if not rows:
        raise KamlabValueError(t("course.no_gradebook", None, path=str(root)))
    return pd.DataFrame(rows)


def _autograded(directory: object, assignment: str):
    """``(student, notebook)`` for each autograded notebook of ``assignment``, by student folder."""
    import nbformat

    for path in sorted((Path(directory) / "autograded").glob(f"*/{assignment}/*.ipynb")):
        yield path.parent.parent.name, nbformat.read(path, as_version=4)


def read_markers(directory: object, assignment: str, marker: str) -> pd.DataFrame:
    """The ``marker`` lines (JSON) the autograded notebooks of ``assignment`` printed, one row each, with ``student``.

    Parameters
    ----------
    directory : str or os.PathLike
        A course directory; the notebooks read are ``autograded/<student>/<assignment>/*.ipynb``.
    assignment : str
        The assignment, e.g. ``"lesson03"``.
    marker : str
        The first word of the lines to read, e.g. ``"KAMLAB-RESULT"`` or
        :data:`~kamlab.course.cells.PREDICTION_MARKER`.

    Returns
    -------
    pandas.DataFrame
        One row per such line in the cells' stream outputs: ``student`` (the folder name)
        and the keys of the line's JSON object. Without any line (or any notebook), an empty
        frame without columns.
    """
    rows = []
    for student, nb in _autograded(directory, assignment):
        for cell in nb.cells:
            for output in cell.get("outputs", []):
                text = output.get("text", "") if output.get("output_type") == "stream" else ""
                for line in text.splitlines():
                    if line.startswith(marker + " "):
                        rows.append({"student": student, **json.loads(line[len(marker) + 1 :])})
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- what the students wrote
_PREFIX = re.compile(r"^(还不对|差一点|不对|Not yet|Almost|Not right|Wrong)[：:.]\s*")


def category_text(category: str, lang: str, fields: dict | None = None) -> str:
    """kamlab's words for a feedback category, as a sentence for the instructor.

    Parameters
    ----------
    category : str
        A feedback label key, e.g. ``"ex.03.1.fb.volume_only"``.
    lang : {"zh", "en"}
        Language of the text.
    fields : dict, optional
        Values for the text's placeholders (``{k}``, ``{answer}``...). A sentence whose
        placeholders are not all given is left out, so the text never shows a gap.

    Returns
    -------
    str
        The text without its opening "Not yet:" / "还不对：" (addressed to the student).

    Examples
    --------
    >>> category_text("ex.03.4.fb.before", "en", {"n": "20"})
    'That is the HHI of all 20 accounts, the concentration before clearing.'
    """

    sealed = sealed_catalog()
    if category in sealed:
        raw = _unseal(sealed[category][lang])
    else:
        raw = catalog().get(category, {}).get(lang, category)
    fields = dict(fields or {})
    sentences = re.split(r"(?<=[。.！!？?；;])\s*", raw)
    kept = []
    for sentence in sentences:
        try:
            kept.append(sentence.format(**fields))
        except (KeyError, IndexError, ValueError):
            continue
    sep = "" if lang == "zh" else " "
    text = _PREFIX.sub("", sep.join(k for k in kept if k).strip())
    return text[:1].upper() + text[1:] if lang == "en" else text


def _literal_answer(source: str) -> tuple[bool, object]:
    """``(blank, value)`` of an answer cell: the value assigned to ``answer`` (a literal, else its source)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False, source.strip()
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t_, ast.Name) and t_.id == "answer" for t_ in node.targets):
            try:
                value = ast.literal_eval(node.value)
            except (ValueError, SyntaxError, TypeError):
                return False, ast.get_source_segment(source, node.value)
            blank = value is None or value is Ellipsis or (isinstance(value, str) and not value.strip())
            return blank, value
    return True, None


def read_answers(directory: object, assignment: str) -> pd.DataFrame:
    """Each student's answer to each exercise, from the autograded notebooks' answer cells.

    Parameters
    ----------
    directory : str or os.PathLike
        A course directory; the notebooks read are ``autograded/<student>/<assignment>/*.ipynb``.
    assignment : str
        The assignment, e.g. ``"lesson03"``.

    Returns
    -------
    pandas.DataFrame
        ``student``, ``exercise``, ``blank`` (the cell still assigns ``None``, ``...`` or an
        empty text) and ``answer`` (the literal value, else the expression's source). Empty
        without notebooks.
    """
    rows = []
    for student, nb in _autograded(directory, assignment):
        for cell in nb.cells:
            grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id", "")
            if grade_id.startswith("answer_"):
                blank, value = _literal_answer(cell.source)
                rows.append({"student": student, "exercise": exercise_of(grade_id), "blank": blank, "answer": value})
    return pd.DataFrame(rows, columns=["student", "exercise", "blank", "answer"])


# --------------------------------------------------------------------------- where to revisit
#: Each exercise's section of its lesson (the n-th ``##`` heading, 1-based; both languages
#: have the same sections): the chapter point it tests and the part to re-teach.
SECTION_OF = {
    "01.1": 3, "01.2": 3, "01.3": 3, "01.4": 2, "01.5": 4,
    "02.1": 4, "02.2": 2, "02.3": 4, "02.4": 4, "02.5": 1,
    "03.1": 1, "03.2": 2, "03.3": 3, "03.4": 4, "03.5": 4,
    "04.1": 4, "04.2": 2, "04.3": 4, "04.4": 7, "04.5": 7,
    "05.1": 3, "05.2": 2, "05.3": 4, "05.4": 5, "05.5": 7,
    "06.1": 4, "06.2": 2, "06.3": 2, "06.4": 3, "06.5": 5,
    "07.1": 2, "07.2": 2, "07.3": 4, "07.4": 6, "07.5": 1, "07.6": 2, "07.7": 6,
}  # fmt: skip
#: Lesson 03's predictions: the section of the misconception each one is about.
PREDICTION_SECTION = {"M1": 1, "M2": 2, "M3": 3, "M4": 4, "M5": 5}


def lesson_sections(lesson_id: str, lang: str) -> tuple[str, list[str]]:
    """A lesson's title and its ``##`` section headings, in ``lang``, from the lesson source.

    Parameters
    ----------
    lesson_id : str
        ``"01"`` .. ``"07"``.
    lang : {"zh", "en"}
        Language.

    Returns
    -------
    tuple
        The title (the ``#`` heading, without "Lesson NN") and the list of section headings.
    """

    nb = _build_notebooks().make_notebook(lesson_sources()[lesson_id].CELLS, lang)
    title, sections = "", []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if line.startswith("# ") and not title:
                title = re.sub(r"^#\s*(第\s*\d+\s*课|Lesson\s+\d+)\s*[—-]?\s*", "", line).strip(" 　")
            elif line.startswith("## "):
                sections.append(line[3:].strip())
    return title, sections


def _where(lesson_id: str, n: int | None, lang: str, cache: dict) -> str:
    if lesson_id not in cache:
        try:
            cache[lesson_id] = lesson_sections(lesson_id, lang)
        except (KeyError, ImportError, OSError):
            cache[lesson_id] = ("", [])
    title, sections = cache[lesson_id]
    section = sections[n - 1] if n and 0 < n <= len(sections) else title
    return t("report.lesson_where", lang, lesson=lesson_id, section=section or title)


# --------------------------------------------------------------------------- figures
def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    return f'<img src="data:image/png;base64,{base64.b64encode(buf.getvalue()).decode("ascii")}" alt="">'


def _figure(width=7.0, height=3.4):
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _lesson_figure(totals: pd.DataFrame, maxima: dict, lang: str) -> str:
    fig = _figure()
    ax = fig.subplots()
    for name in totals.columns:
        ax.hist(
            totals[name].dropna(),
            bins=range(0, int(maxima[name]) + 2),
            alpha=0.7,
            label=name,
            align="left",
            edgecolor="white",
        )
    ax.set_xlabel(t("report.axis.score", lang))
    ax.set_ylabel(t("report.axis.students", lang))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend()
    return _png(fig)


def _exercise_figure(per_ex: pd.DataFrame, lang: str) -> str:
    fig = _figure()
    ax = fig.subplots()
    bottom = [0.0] * len(per_ex)
    for col, color in (("right", "#1b7f3b"), ("wrong", "#b3261e"), ("blank", "#9e9e9e"), ("unmarked", "#e0b000")):
        ax.bar(per_ex["exercise"], per_ex[col], bottom=bottom, color=color, label=t(f"report.col.{col}", lang))
        bottom = [b + v for b, v in zip(bottom, per_ex[col])]
    ax.set_ylabel(t("report.axis.students", lang))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(axis="x", labelrotation=45)
    ax.legend(fontsize=8)
    return _png(fig)


def _show_value(value: object, lang: str) -> str:
    if isinstance(value, str) and value in ("sme_profit", "win_win"):
        return t(f"misconceptions.plan.{value}", lang)
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def _prediction_figure(preds: pd.DataFrame, lang: str) -> str:

    fig = _figure(10, 2.6)
    axes = fig.subplots(1, len(PREDICTIONS))
    for ax, p in zip(axes, PREDICTIONS):
        values = preds.loc[preds["id"] == p.id, "value"].tolist()
        model = p.model_answer()
        if p.tolerance is None:
            counts = Counter(map(str, values))
            options = sorted(set(counts) | {str(model)})
            ax.bar(
                [_show_value(o, lang) for o in options],
                [counts.get(o, 0) for o in options],
                color=["#1b7f3b" if o == str(model) else "#b3261e" for o in options],
            )
            ax.tick_params(axis="x", labelrotation=20, labelsize=7)
        else:
            numeric = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").dropna()
            ax.scatter(numeric, [0] * len(numeric), color="#b3261e", alpha=0.7, zorder=3)
            ax.axvline(float(model), color="#1b7f3b", lw=2)
            ax.set_yticks([])
        ax.set_title(p.id)
    return _png(fig)


# --------------------------------------------------------------------------- the report's tables
def _status(scores: pd.DataFrame, results: pd.DataFrame, answers: pd.DataFrame) -> pd.DataFrame:
    """One row per student and exercise: score, max, and ``status`` right / wrong / blank / unmarked."""
    frame = scores.groupby(["student", "assignment", "exercise"], as_index=False).agg(
        score=("score", "sum"), max_score=("max_score", "sum"), unmarked=("unmarked", "any")
    )
    blank = set()
    if not answers.empty:
        blank |= set(map(tuple, answers.loc[answers["blank"].astype(bool), ["student", "exercise"]].to_numpy()))
    if not results.empty:
        unanswered = results[results["category"] == "ex.fb.unanswered"]
        blank |= set(map(tuple, unanswered[["student", "exercise"]].to_numpy()))

    def status(row) -> str:
        if (row.student, row.exercise) in blank:
            return "blank"
        if row.unmarked:
            return "unmarked"
        return "right" if row.max_score > 0 and row.score >= row.max_score - 1e-9 else "wrong"

    frame["status"] = [status(r) for r in frame.itertuples()]
    return frame


def _mistakes(results: pd.DataFrame, answers: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Wrong answers grouped by exercise and feedback category: ``n``, the sentence, the students' values."""
    columns = ["exercise", "category", "n", "text", "values"]
    if results.empty:
        return pd.DataFrame(columns=columns)
    wrong = results[~results["correct"].astype(bool) & (results["category"] != "ex.fb.unanswered")]
    rows = []
    for (exercise, category), group in wrong.groupby(["exercise", "category"], sort=False):
        values = []
        for r in group.itertuples():
            value = getattr(r, "answer", None)
            if value is None or (isinstance(value, float) and value != value):
                match = answers[(answers["student"] == r.student) & (answers["exercise"] == exercise)]
                value = match["answer"].iloc[0] if not match.empty else None
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                values.append(_show_value(value, lang))
        fields = group["fields"].iloc[0] if "fields" in group and isinstance(group["fields"].iloc[0], dict) else {}
        fields = {**fields, "answer": "、".join(values) if lang == "zh" else ", ".join(values)} if values else fields
        if not values:
            fields.pop("answer", None)
        rows.append(
            {
                "exercise": exercise,
                "category": category,
                "n": len(group),
                "text": category_text(category, lang, fields),
                "values": ("、" if lang == "zh" else ", ").join(values),
            }
        )
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["exercise", "n"], ascending=[True, False]).reset_index(drop=True)


def _per_exercise(status: pd.DataFrame, lang: str, cache: dict) -> pd.DataFrame:
    counts = status.pivot_table(index="exercise", columns="status", values="student", aggfunc="count", fill_value=0)
    for col in ("right", "wrong", "blank", "unmarked"):
        if col not in counts:
            counts[col] = 0
    marked = status[status["status"] != "unmarked"]
    mean = marked.groupby("exercise")["score"].mean()
    full = status.groupby("exercise")["max_score"].max()
    counts.columns.name = None
    frame = counts[["right", "wrong", "blank", "unmarked"]].astype(int).reset_index()
    frame["n"] = frame[["right", "wrong", "blank", "unmarked"]].sum(axis=1)
    frame["mean"] = frame["exercise"].map(mean)
    frame["full"] = frame["exercise"].map(full)
    frame["title"] = [t(f"ex.{e}.title", lang) for e in frame["exercise"]]
    frame["point"] = [_where(e[:2], SECTION_OF.get(e), lang, cache) for e in frame["exercise"]]
    return frame.sort_values("exercise").reset_index(drop=True)


def _predictions(preds: pd.DataFrame, lang: str) -> pd.DataFrame:

    rows = []
    for p in PREDICTIONS:
        values = preds.loc[preds["id"] == p.id, "value"].tolist() if not preds.empty else []
        common = Counter(map(lambda v: _show_value(v, lang), values)).most_common(1)
        rows.append(
            {
                "id": p.id,
                "what": t(f"report.prediction.{p.id}", lang),
                "model": _show_value(p.model_answer(), lang),
                "n": len(values),
                "close": sum(p.is_close(v) for v in values),
                "common": common[0][0] if common else "",
                "values": ("、" if lang == "zh" else ", ").join(_show_value(v, lang) for v in values),
            }
        )
    return pd.DataFrame(rows)


def _reteach(per_ex: pd.DataFrame, mistakes: pd.DataFrame, preds: pd.DataFrame | None, lang: str, cache) -> list:
    """The ranked re-teach list: dicts with ``rank``, ``what``, ``why``, ``typical``, ``revisit``, ``share``."""
    items = []
    for r in per_ex.itertuples():
        graded = r.right + r.wrong + r.blank
        bad = r.wrong + r.blank
        if graded == 0 or bad / graded <= 1 / 3 + 1e-9:
            continue
        parts = [t(f"report.part.{k}", lang, n=getattr(r, k)) for k in ("wrong", "blank", "unmarked") if getattr(r, k)]
        why = t(
            "report.reteach.exercise", lang, n_bad=bad, n=graded, parts=("，" if lang == "zh" else ", ").join(parts)
        )
        typical = ""
        mine = mistakes[mistakes["exercise"] == r.exercise]
        if not mine.empty:
            top = mine.iloc[0]
            typical = t("report.reteach.typical", lang, text=top["text"])
            if top["values"] and top["values"] not in typical:
                typical += t("report.reteach.values", lang, values=top["values"])
        items.append(
            {
                "share": bad / graded,
                "bad": bad,
                "what": f"{r.exercise} {r.title}",
                "why": why,
                "typical": typical,
                "revisit": t("report.reteach.revisit", lang, where=r.point),
            }
        )
    if preds is not None:
        for r in preds.itertuples():
            if r.n == 0 or r.close / r.n >= 0.5:
                continue
            items.append(
                {
                    "share": 1 - r.close / r.n,
                    "bad": r.n - r.close,
                    "what": r.what,
                    "why": t("report.reteach.prediction", lang, n_close=r.close, n=r.n, common=r.common, model=r.model),
                    "typical": "",
                    "revisit": t(
                        "report.reteach.revisit", lang, where=_where("03", PREDICTION_SECTION[r.id], lang, cache)
                    ),
                }
            )
    items.sort(key=lambda i: (-i["share"], -i["bad"], i["what"]))
    for rank, item in enumerate(items, 1):
        item["rank"] = rank
    return items


def _table(df: pd.DataFrame, *, sortable: bool = False) -> str:
    html_ = df.to_html(
        index=False, border=0, classes="kamlab", escape=True, na_rep="", float_format=lambda x: f"{x:.3g}"
    )
    return html_.replace('class="dataframe kamlab"', 'class="kamlab sortable"' if sortable else 'class="kamlab"')


def class_report(
    directory: object,
    *,
    assignment: str | None = None,
    out: object = None,
    lang: str | None = None,
    force: bool = False,
) -> tuple[Path, Path, Path]:
    """Write the class report (HTML) and its tables (``.xlsx`` and ``.csv`` beside it); returns the three paths.

    Parameters
    ----------
    directory : path
        A course directory made by ``kamlab course new`` and graded with nbgrader.
    assignment : str, optional
        One assignment (``"lesson03"``); default every assignment in the gradebook.
    out : path, optional
        The HTML file; default ``report.html`` in the course directory. The workbook and the
        CSV get the same name with ``.xlsx`` and ``.csv``.
    lang : {"zh", "en"}, optional
        Language of the report; default the course's.
    force : bool
        Overwrite existing files.

    Returns
    -------
    tuple of pathlib.Path
        The HTML report (figures embedded, a small inline script sorts the student table;
        opens anywhere, offline), the workbook (one sheet per view, headers in ``lang``) and
        the CSV (every student's score per exercise and per lesson, UTF-8 with a byte-order
        mark so that Excel reads its Chinese).

    Raises
    ------
    KamlabValueError
        No course directory, no grades, an unknown assignment or language, or an existing file
        without ``force``.
    """
    root = Path(directory)
    settings = read_course(root)
    lang = check_lang(lang or settings.get("lang", "zh"), "report")
    out = Path(out) if out is not None else root / "report.html"
    xlsx_path, csv_path = out.with_suffix(".xlsx"), out.with_suffix(".csv")
    for path in (out, xlsx_path, csv_path):
        if path.exists() and not force:
            raise KamlabValueError(t("course.exists", None, path=str(path)))
    import matplotlib

    with matplotlib.rc_context(cjk_rc()):
        return _write(root, settings, assignment, out, xlsx_path, csv_path, lang)


def _cell(row, lang: str) -> str:
    if row.status == "blank":
        return f"{row.score:g} ({t('report.cell.blank', lang)})"
    if row.status == "unmarked":
        return t("report.cell.unmarked", lang)
    return f"{row.score:g}"


def _write(root, settings, assignment, out, xlsx_path, csv_path, lang):
    scores = read_scores(root, assignment)
    assignments = sorted(scores["assignment"].unique())
    results = pd.concat([read_markers(root, a, RESULT_MARKER) for a in assignments], ignore_index=True)
    answers = pd.concat([read_answers(root, a) for a in assignments], ignore_index=True)
    preds = read_markers(root, "lesson03", PREDICTION_MARKER) if "lesson03" in assignments else None
    status = _status(scores, results, answers)
    cache: dict = {}
    per_ex = _per_exercise(status, lang, cache)
    mistakes = _mistakes(results, answers, lang)
    pred_table = _predictions(preds, lang) if preds is not None else None
    reteach = _reteach(per_ex, mistakes, pred_table, lang, cache)
    col = {k: t(f"report.col.{k}", lang) for k in (
        "student", "exercise", "title", "point", "right", "wrong", "blank", "unmarked", "mean", "full", "n",
        "count", "mistake", "answers", "prediction", "model", "answered", "close", "values", "rank", "what",
        "why", "revisit", "min", "max_score", "median", "students_marked", "assignment",
    )}  # fmt: skip

    # every student: one column per exercise (points, or blank / to mark), one total per lesson (marked points)
    students = sorted(status["student"].unique())
    exercises = sorted(status["exercise"].unique())
    shown = status.assign(cell=[_cell(r, lang) for r in status.itertuples()])
    wide_text = shown.pivot_table(index="student", columns="exercise", values="cell", aggfunc="first").reindex(
        index=students, columns=exercises
    )
    marked = status[status["status"] != "unmarked"]
    totals = marked.groupby(["student", "assignment"])["score"].sum().unstack("assignment").reindex(students)
    n_unmarked = status.groupby("student")["status"].apply(lambda s: int((s == "unmarked").sum())).reindex(students)
    wide_text.columns.name = None
    student_table = wide_text.copy()
    for a in assignments:
        student_table[t("report.col.total", lang, assignment=a)] = totals.get(a)
    student_table[col["unmarked"]] = n_unmarked
    student_table = student_table.reset_index().rename(columns={"student": col["student"]})

    # the CSV: numbers (points) per exercise, empty where not yet marked; lesson totals of marked points
    numeric = status.assign(value=status["score"].where(status["status"] != "unmarked"))
    csv_frame = numeric.pivot_table(index="student", columns="exercise", values="value", aggfunc="sum")
    csv_frame = csv_frame.reindex(index=students, columns=exercises)
    for a in assignments:
        csv_frame[a] = totals.get(a)
    csv_frame[col["unmarked"]] = n_unmarked
    csv_frame.columns.name = None
    csv_frame = csv_frame.reset_index()
    csv_frame.columns = [col["student"], *csv_frame.columns[1:]]
    csv_path.parent.mkdir(parents=True, exist_ok=True)
    csv_frame.to_csv(csv_path, index=False, encoding="utf-8-sig")

    maxima = scores.groupby(["assignment", "student"])["max_score"].sum().groupby("assignment").max().to_dict()
    reteach_frame = pd.DataFrame(
        [[i["rank"], i["what"], i["why"], i["typical"], i["revisit"]] for i in reteach],
        columns=[col["rank"], col["what"], col["why"], col["mistake"], col["revisit"]],
    )
    exercise_frame = per_ex[
        ["exercise", "title", "point", "right", "wrong", "blank", "unmarked", "mean", "full"]
    ].rename(
        columns={
            k: col[k] for k in ("exercise", "title", "point", "right", "wrong", "blank", "unmarked", "mean", "full")
        }
    )
    mistake_frame = mistakes[["exercise", "n", "text", "values"]].rename(
        columns={"exercise": col["exercise"], "n": col["count"], "text": col["mistake"], "values": col["answers"]}
    )
    lesson_stats = totals.agg(["count", "mean", "min", "median", "max"]).T.reset_index()
    lesson_stats.columns = [
        col["assignment"],
        col["students_marked"],
        col["mean"],
        col["min"],
        col["median"],
        col["max_score"],
    ]
    lesson_stats.insert(1, col["full"], lesson_stats[col["assignment"]].map(maxima))
    pred_frame = None
    if pred_table is not None:
        pred_frame = pred_table[["what", "model", "n", "close", "values"]].rename(
            columns={
                "what": col["prediction"],
                "model": col["model"],
                "n": col["answered"],
                "close": col["close"],
                "values": col["values"],
            }
        )

    parts = [
        f"<h1>{html.escape(t('report.title', lang, course=settings['course_id']))}</h1>",
        f"<p>{html.escape(t('report.generated', lang, n=str(len(students)), assignments=', '.join(assignments)))}</p>",
        f"<h2 id='reteach'>{html.escape(t('report.reteach', lang))}</h2>",
        f"<p class='note'>{html.escape(t('report.reteach_intro', lang))}</p>",
    ]
    if reteach:
        items = "".join(
            f"<li><b>{html.escape(i['what'])}</b><br>{html.escape(i['why'])}"
            + (f"<br>{html.escape(i['typical'])}" if i["typical"] else "")
            + f"<br><i>{html.escape(i['revisit'])}</i></li>"
            for i in reteach
        )
        parts.append(f"<ol class='reteach'>{items}</ol>")
    else:
        parts.append(f"<p>{html.escape(t('report.reteach_none', lang))}</p>")
    parts += [
        f"<h2>{html.escape(t('report.exercises', lang))}</h2>",
        f"<p class='note'>{html.escape(t('report.exercises_note', lang))}</p>",
        _exercise_figure(per_ex, lang),
        _table(exercise_frame),
        f"<h2>{html.escape(t('report.mistakes', lang))}</h2>",
        _table(mistake_frame) if not mistake_frame.empty else f"<p>{html.escape(t('report.mistakes_none', lang))}</p>",
    ]
    if pred_frame is not None:
        parts.append(f"<h2>{html.escape(t('report.predictions', lang))}</h2>")
        if preds is None or preds.empty:
            parts.append(f"<p>{html.escape(t('report.predictions_none', lang))}</p>")
        else:
            parts += [_prediction_figure(preds, lang), _table(pred_frame)]
    parts += [
        f"<h2>{html.escape(t('report.lesson_scores', lang))}</h2>",
        _lesson_figure(totals, maxima, lang),
        _table(lesson_stats),
        f"<h2>{html.escape(t('report.students', lang))}</h2>",
        _table(student_table, sortable=True),
        f"<p>{html.escape(t('report.files', lang, xlsx=xlsx_path.name, csv=csv_path.name))}</p>",
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(_page("".join(parts), lang, settings["course_id"]), encoding="utf-8")

    sheets = {
        t("report.sheet.reteach", lang): reteach_frame,
        t("report.sheet.exercises", lang): exercise_frame,
        t("report.sheet.mistakes", lang): mistake_frame,
        t("report.sheet.students", lang): student_table,
    }
    if pred_frame is not None:
        sheets[t("report.sheet.predictions", lang)] = pred_frame
    with pd.ExcelWriter(xlsx_path, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            for i, column in enumerate(frame.columns, 1):
                width = max([len(str(column))] + [len(str(v)) for v in frame[column].tolist()]) + 2
                sheet.column_dimensions[sheet.cell(row=1, column=i).column_letter].width = min(width * 1.2, 80)
    return out, xlsx_path, csv_path


# Sorts a table.sortable by the clicked header: numbers as numbers (a cell's first number), else text.
_SORT_JS = """
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('thead th').forEach(function (th, col) {
    th.style.cursor = 'pointer';
    th.title = th.title || '\\u21C5';
    th.addEventListener('click', function () {
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var up = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      function key(row) {
        var text = row.cells[col] ? row.cells[col].textContent.trim() : '';
        var m = text.match(/^-?\\d+(\\.\\d+)?/);
        return m ? [0, parseFloat(m[0]), text] : [1, 0, text];
      }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b), c = x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2], 'zh');
        return up ? c : -c;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
"""


def _page(body: str, lang: str, course_id: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='{'zh-CN' if lang == 'zh' else 'en'}'><head><meta charset='utf-8'>"
        f"<title>{html.escape(t('report.title', lang, course=course_id))}</title><style>"
        "body{font-family:'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif;"
        "max-width:64em;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}"
        "table.kamlab{border-collapse:collapse;margin:0.8em 0}table.kamlab td,table.kamlab th{border-bottom:1px solid "
        "#ddd;padding:0.3em 0.7em;text-align:left;vertical-align:top}table.kamlab th{white-space:nowrap}"
        "img{max-width:100%}"
        "ol.reteach li{margin:0.6em 0}.note{color:#555;font-size:0.92em}"
        "th[aria-sort=ascending]::after{content:' \\25B2'}th[aria-sort=descending]::after{content:' \\25BC'}"
        f"</style></head><body>{body}<script>{_SORT_JS}</script></body></html>\n"
    )
