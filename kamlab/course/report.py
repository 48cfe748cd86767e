"""``kamlab report``: a class report from an nbgrader course directory, as one HTML file.

The scores come from nbgrader's gradebook through its own API (:class:`nbgrader.api.Gradebook`).
The typical mistakes come from the hidden tests: each prints a line
``KAMLAB-RESULT {"exercise": ..., "correct": ..., "category": ...}`` (see
:mod:`kamlab.course.cells`) into the autograded notebooks, where the report reads them; a
category is one of kamlab's targeted-feedback messages (e.g. ``ex.03.1.fb.volume_only``).
Lesson 03's prediction cells print ``KAMLAB-PREDICTION {"id": ..., "value": ...}``.

The HTML embeds its figures (PNG, base64), so it opens anywhere; the CSV beside it has every
student's score per exercise and per lesson.
"""

from __future__ import annotations

import base64
import html
import io
import json
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from ..errors import KamlabValueError
from ..i18n import check_lang, t
from .build import exercise_of, read_course
from .cells import PREDICTION_MARKER

__all__ = ["class_report", "read_scores", "read_markers"]

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
        floats (points).

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
                            }
                        )
    if not rows:
        raise KamlabValueError(t("course.no_gradebook", None, path=str(root)))
    return pd.DataFrame(rows)


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
    import nbformat

    rows = []
    for path in sorted((Path(directory) / "autograded").glob(f"*/{assignment}/*.ipynb")):
        student = path.parent.parent.name
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            for output in cell.get("outputs", []):
                text = output.get("text", "") if output.get("output_type") == "stream" else ""
                for line in text.splitlines():
                    if line.startswith(marker + " "):
                        rows.append({"student": student, **json.loads(line[len(marker) + 1 :])})
    return pd.DataFrame(rows)


class _Blank(dict):
    def __missing__(self, key):
        return "…"


def category_text(category: str, lang: str) -> str:
    """kamlab's words for a feedback category, its placeholders shown as "…"."""
    from ..exercises.core import _unseal, sealed_catalog
    from ..i18n import catalog

    sealed = sealed_catalog()
    if category in sealed:
        raw = _unseal(sealed[category][lang])
    else:
        raw = catalog().get(category, {}).get(lang, category)
    return raw.format_map(_Blank())


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
            totals[name], bins=range(0, int(maxima[name]) + 2), alpha=0.7, label=name, align="left", edgecolor="white"
        )
    ax.set_xlabel(t("report.axis.score", lang))
    ax.set_ylabel(t("report.axis.students", lang))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend()
    return _png(fig)


def _exercise_figure(summary: pd.DataFrame, lang: str) -> str:
    fig = _figure()
    ax = fig.subplots()
    ax.bar(summary["label"], summary["share_right"], color="#4a78b0")
    ax.set_ylim(0, 1)
    ax.set_ylabel(t("report.axis.share_right", lang))
    ax.tick_params(axis="x", labelrotation=45)
    return _png(fig)


def _prediction_figure(preds: pd.DataFrame, lang: str) -> str:
    from .predictions import PREDICTIONS

    fig = _figure(10, 2.6)
    axes = fig.subplots(1, len(PREDICTIONS))
    for ax, p in zip(axes, PREDICTIONS):
        values = preds.loc[preds["id"] == p.id, "value"].tolist()
        model = p.model_answer()
        if p.tolerance is None:
            counts = Counter(map(str, values))
            options = sorted(set(counts) | {str(model)})
            ax.bar(
                options,
                [counts.get(o, 0) for o in options],
                color=["#1b7f3b" if o == str(model) else "#b3261e" for o in options],
            )
            ax.tick_params(axis="x", labelrotation=30)
        else:
            numeric = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").dropna()
            ax.scatter(numeric, [0] * len(numeric), color="#b3261e", alpha=0.7, zorder=3)
            ax.axvline(float(model), color="#1b7f3b", lw=2)
            ax.set_yticks([])
        ax.set_title(p.id)
    return _png(fig)


# --------------------------------------------------------------------------- the report
def _table(df: pd.DataFrame) -> str:
    return df.to_html(index=False, border=0, classes="kamlab", escape=True, float_format=lambda x: f"{x:.4g}")


def class_report(
    directory: object,
    *,
    assignment: str | None = None,
    out: object = None,
    lang: str | None = None,
    force: bool = False,
) -> tuple[Path, Path]:
    """Write the class report (HTML) and every student's scores (CSV beside it); returns both paths.

    Parameters
    ----------
    directory : path
        A course directory made by ``kamlab course new`` and graded with ``nbgrader autograde``.
    assignment : str, optional
        One assignment (``"lesson03"``); default every assignment in the gradebook.
    out : path, optional
        The HTML file; default ``report.html`` in the course directory. The CSV gets the same
        name with ``.csv``.
    lang : {"zh", "en"}, optional
        Language of the report; default the course's.
    force : bool
        Overwrite existing files.

    Returns
    -------
    tuple of pathlib.Path
        The HTML report (figures embedded, opens anywhere) and the CSV: one row per student,
        one column per exercise and one per assignment (lesson total).

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
    csv_path = out.with_suffix(".csv")
    for path in (out, csv_path):
        if path.exists() and not force:
            raise KamlabValueError(t("course.exists", None, path=str(path)))
    import matplotlib

    from ..fonts import cjk_rc

    with matplotlib.rc_context(cjk_rc()):
        return _write(root, settings, assignment, out, csv_path, lang)


def _write(root, settings, assignment, out, csv_path, lang):
    scores = read_scores(root, assignment)
    assignments = sorted(scores["assignment"].unique())

    # every student's scores: one column per exercise, one per lesson
    wide = scores.pivot_table(index="student", columns="exercise", values="score", aggfunc="sum")
    totals = scores.groupby(["student", "assignment"])["score"].sum().unstack("assignment")
    table = pd.concat([wide, totals], axis=1).reset_index().sort_values("student")
    csv_path.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(csv_path, index=False, encoding="utf-8")
    maxima = scores.groupby(["assignment", "student"])["max_score"].sum().groupby("assignment").max().to_dict()

    per_ex = (
        scores.assign(right=scores["score"] >= scores["max_score"])
        .groupby("exercise")
        .agg(mean=("score", "mean"), max=("max_score", "max"), n=("score", "size"), right=("right", "sum"))
        .reset_index()
    )
    per_ex["share_right"] = per_ex["right"] / per_ex["n"]
    per_ex["label"] = per_ex["exercise"]

    parts = [
        f"<h1>{html.escape(t('report.title', lang, course=settings['course_id']))}</h1>",
        f"<p>{html.escape(t('report.generated', lang, n=str(table.shape[0]), assignments=', '.join(assignments)))}</p>",
        f"<h2>{html.escape(t('report.lesson_scores', lang))}</h2>",
        _lesson_figure(totals, maxima, lang),
        _table(
            totals.agg(["count", "mean", "min", "median", "max"])
            .T.reset_index()
            .rename(
                columns={
                    "assignment": t("report.col.assignment", lang),
                    "count": t("report.col.n", lang),
                    "mean": t("report.col.mean", lang),
                    "median": t("report.col.median", lang),
                }
            )
        ),
        f"<h2>{html.escape(t('report.exercise_scores', lang))}</h2>",
        _exercise_figure(per_ex, lang),
        _table(
            per_ex[["exercise", "mean", "max", "right", "n"]].rename(
                columns={
                    "exercise": t("report.col.exercise", lang),
                    "mean": t("report.col.mean", lang),
                    "max": t("report.col.max", lang),
                    "right": t("report.col.right", lang),
                    "n": t("report.col.n", lang),
                }
            )
        ),
    ]

    # typical mistakes, from the hidden tests' KAMLAB-RESULT lines
    parts.append(f"<h2>{html.escape(t('report.mistakes', lang))}</h2>")
    results = pd.concat([read_markers(root, a, RESULT_MARKER) for a in assignments], ignore_index=True)
    wrong = results[~results["correct"].astype(bool)] if not results.empty else results
    if wrong.empty:
        parts.append(f"<p>{html.escape(t('report.mistakes_none', lang))}</p>")
    else:
        counts = (
            wrong.groupby(["exercise", "category"])
            .size()
            .reset_index(name="n")
            .sort_values(["exercise", "n"], ascending=[True, False])
        )
        counts["text"] = [category_text(c, lang) for c in counts["category"]]
        rows = "".join(
            f"<tr><td>{html.escape(r.exercise)}</td><td>{r.n}</td><td><code>{html.escape(r.category)}</code>"
            f"<br>{html.escape(r.text)}</td></tr>"
            for r in counts.itertuples()
        )
        parts.append(
            f"<table class='kamlab'><tr><th>{html.escape(t('report.col.exercise', lang))}</th>"
            f"<th>{html.escape(t('report.col.n', lang))}</th><th>{html.escape(t('report.col.mistake', lang))}"
            f"</th></tr>{rows}</table>"
        )

    # lesson 03: the class's predictions against the model's answer
    if "lesson03" in assignments:
        parts.append(f"<h2>{html.escape(t('report.predictions', lang))}</h2>")
        preds = read_markers(root, "lesson03", PREDICTION_MARKER)
        if preds.empty:
            parts.append(f"<p>{html.escape(t('report.predictions_none', lang))}</p>")
        else:
            parts.append(_prediction_figure(preds, lang))
            parts.append(_table(_prediction_table(preds, lang)))
    parts.append(f"<p>{html.escape(t('report.csv', lang, path=csv_path.name))}</p>")

    out.write_text(_page("".join(parts), lang, settings["course_id"]), encoding="utf-8")
    return out, csv_path


def _prediction_table(preds: pd.DataFrame, lang: str) -> pd.DataFrame:
    from .predictions import PREDICTIONS

    rows = defaultdict(list)
    for p in PREDICTIONS:
        values = preds.loc[preds["id"] == p.id, "value"].tolist()
        rows[t("report.col.prediction", lang)].append(f"{p.id}: {t(f'course.prediction.{p.id}', lang)}")
        rows[t("report.col.model", lang)].append(str(p.model_answer()))
        rows[t("report.col.answered", lang)].append(len(values))
        rows[t("report.col.close", lang)].append(sum(p.is_close(v) for v in values))
        rows[t("report.col.values", lang)].append(", ".join(map(str, values)))
    return pd.DataFrame(rows)


def _page(body: str, lang: str, course_id: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='{'zh-CN' if lang == 'zh' else 'en'}'><head><meta charset='utf-8'>"
        f"<title>{html.escape(t('report.title', lang, course=course_id))}</title><style>"
        "body{font-family:'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif;"
        "max-width:64em;margin:2em auto;padding:0 1em;color:#222}"
        "table.kamlab{border-collapse:collapse;margin:0.8em 0}table.kamlab td,table.kamlab th{border-bottom:1px solid "
        "#ddd;padding:0.3em 0.7em;text-align:left;vertical-align:top}img{max-width:100%}"
        f"</style></head><body>{body}</body></html>\n"
    )
