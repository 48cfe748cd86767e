"""The whole instructor loop with the real tools, on lesson 03 (one lesson, to bound the time):
``kamlab course new`` -> ``nbgrader generate_assignment`` -> three students submit ->
``nbgrader autograde`` -> the gradebook's exact scores -> ``generate_feedback`` -> ``kamlab report``.
And ``--personal``: two students get different data and answers, and copying scores low.
nbgrader's commands run in the test process through nbgrader's own application (``_nbgrader.nbgrader``),
as nbgrader's test suite runs them; their kernels are separate processes, as with the command.
"""

from __future__ import annotations

import csv
import json
import re
from html import escape

import nbformat
import pytest

from kamlab.cli import main
from kamlab.course.report import category_text
from kamlab.exercises import assess
from kamlab.exercises.assess import lesson_key

from ._nbgrader import class_answers as _answers
from ._nbgrader import course_settings, isolated_env, nbgrader, submit

pytestmark = pytest.mark.xdist_group("servers_class")  # with the JupyterHub class (conftest.py)

IDS = ("03.1", "03.2", "03.3", "03.4", "03.5")


@pytest.fixture(autouse=True)
def fixed_secret(monkeypatch):
    monkeypatch.setenv("KAMLAB_COURSE_SECRET", "kamlab-e2e-test")  # reproducible keys, data and option order


@pytest.fixture(autouse=True)
def fresh_kernel():
    assess._ASSESSED.clear()
    yield
    assess._ASSESSED.clear()


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """One course, generated, three students submitted and autograded, feedback generated."""
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setenv("KAMLAB_COURSE_SECRET", "kamlab-e2e-test")
    tmp = tmp_path_factory.mktemp("course")
    course = tmp / "kam101"
    env = isolated_env(tmp / "env")
    assert (
        main(["--lang", "en", "course", "new", str(course), "--lessons", "03", "--lang", "en", "--course-id", "kam101"])
        == 0
    )
    nbgrader(course, "generate_assignment", "lesson03", env=env)
    assess._ASSESSED.clear()
    right, mistakes = _answers(course, "s_all", personal=False)
    predictions_all = {
        "prediction_M1": 0.02,
        "prediction_M2": "win_win",
        "prediction_M3": 0.3,
        "prediction_M4": 0.4,
        "prediction_M5": 1.5,
    }
    predictions_part = {
        "prediction_M1": 0.10,
        "prediction_M2": "sme_profit",
        "prediction_M3": 0.8,
        "prediction_M4": 0.05,
        "prediction_M5": 1.0,
    }
    submit(course, "lesson03", "s_all", {**right, **predictions_all})
    submit(course, "lesson03", "s_part", {**right, **mistakes, **predictions_part})
    submit(course, "lesson03", "s_blank", {})
    nbgrader(course, "autograde", "lesson03", env=env)
    nbgrader(course, "generate_feedback", "lesson03", env=env)
    monkeypatch.undo()
    return course, env


def test_release_has_no_solutions_and_no_hidden_tests(graded):
    course, _ = graded
    source = (course / "source" / "lesson03" / "lesson03.ipynb").read_text(encoding="utf-8")
    release = (course / "release" / "lesson03" / "lesson03.ipynb").read_text(encoding="utf-8")
    key = lesson_key(course_settings(course)["secret"], "03")
    assert "BEGIN HIDDEN TESTS" in source and key in source and "BEGIN SOLUTION" in source
    for secret in ("HIDDEN TESTS", "BEGIN SOLUTION", "assert_correct", key, 'right="'):
        assert secret not in release, secret
    nb = nbformat.reads(release, as_version=4)
    answers = [c for c in nb.cells if c.metadata.nbgrader.get("grade_id", "").startswith("answer_")]
    assert [c.source.splitlines()[0] for c in answers] == ["answer = None  # your answer"] * 5
    tests = [c for c in nb.cells if c.metadata.nbgrader.get("grade")]
    assert [c.metadata.nbgrader["points"] for c in tests] == [2] * 5
    assert all("assert_format" in c.source for c in tests)
    setup = next(c for c in nb.cells if "kamlab.setup(" in c.source)
    assert 'kamlab.setup(lang="en")' in setup.source
    assert sum("_explorer()" in c.source for c in nb.cells) == 5  # the explorers stay in
    assert not any(re.search(r"ex\.(hint|solution)\(", c.source) for c in nb.cells if c.cell_type == "code")


def test_exact_scores_in_the_gradebook(graded):
    from nbgrader.api import Gradebook

    course, _ = graded
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="kam101") as gb:
        scores = {s: gb.find_submission("lesson03", s).score for s in ("s_all", "s_part", "s_blank")}
        per_exercise = {
            i: gb.find_grade(f"test_{i.replace('.', '_')}", "lesson03", "lesson03", "s_part").score for i in IDS
        }
    assert scores == {"s_all": 10.0, "s_part": 6.0, "s_blank": 0.0}
    assert per_exercise == {"03.1": 0.0, "03.2": 2.0, "03.3": 2.0, "03.4": 0.0, "03.5": 2.0}


def test_feedback_hides_the_hidden_tests_and_the_key(graded):
    course, _ = graded
    key = lesson_key(course_settings(course)["secret"], "03")
    part = (course / "feedback" / "s_part" / "lesson03" / "lesson03.html").read_text(encoding="utf-8")
    assert "assert_correct" not in part and key not in part
    assert "Exercise 03.1 is not right" in part  # the targeted feedback reaches the student
    assert "Exercise 03.2 is right." in part


def test_report(graded, tmp_path):
    import openpyxl

    course, _ = graded
    out = tmp_path / "report.html"
    assert main(["report", str(course), "--assignment", "lesson03", "--out", str(out), "--lang", "en"]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.count('<img src="data:image/png;base64,') >= 3  # self-contained figures
    assert "3 students" in html and "<script" in html and "src=" not in html.split("<script", 1)[1]  # no CDN
    # the re-teach list: the two exercises s_part got wrong and s_blank left blank, each with its
    # typical mistake in words, the wrong value s_part gave, and the section to revisit
    reteach = html.split("<ol class='reteach'>", 1)[1].split("</ol>", 1)[0]
    items = reteach.split("<li>")[1:]
    assert [i.split("</b>")[0] for i in items] == [
        "<b>03.1 Gross profit after a concession",
        "<b>03.4 Concentration after clearing the SMEs",
    ]
    assert "2 of 3 students did not get it right (1 wrong, 1 blank)." in items[0]
    assert escape(category_text("ex.03.1.fb.volume_only", "en")) in items[0]
    assert "Revisit: lesson 03 · Misconception 1: the more concessions to key accounts, the better (M1)" in items[0]
    wrong_hhi = f"{_answers(course, 's_part', personal=False)[1]['answer_03_4']:.4g}"
    assert "That is the HHI of all" in items[1] and wrong_hhi in items[1]
    # no internal codes, no gaps, no plan codes
    for leak in ("ex.03.", "fb.", "…", "sme_profit", "win_win", "KAMLAB"):
        assert leak not in html, leak
    assert "Win-win with key accounts" in html and "0.0214" in html  # predictions in the lesson's words
    # the workbook: one sheet per view; the exercise counts right / wrong / blank / not yet marked
    book = openpyxl.load_workbook(out.with_suffix(".xlsx"))
    assert book.sheetnames == ["re-teach", "exercises", "mistakes", "students", "predictions"]
    rows = list(book["exercises"].iter_rows(values_only=True))
    assert rows[0][:7] == (
        "exercise",
        "title",
        "chapter point (section to revisit)",
        "right",
        "wrong",
        "blank",
        "not yet marked",
    )
    assert {r[0]: r[3:7] for r in rows[1:]} == {
        "03.1": (1, 1, 1, 0),
        "03.2": (2, 0, 1, 0),
        "03.3": (2, 0, 1, 0),
        "03.4": (1, 1, 1, 0),
        "03.5": (2, 0, 1, 0),
    }
    # the CSV: a byte-order mark for Excel, every student's points
    raw = out.with_suffix(".csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert {r["student"]: float(r["lesson03"]) for r in table} == {"s_all": 10.0, "s_part": 6.0, "s_blank": 0.0}
    assert {r["student"]: float(r["03.4"]) for r in table} == {"s_all": 2.0, "s_part": 0.0, "s_blank": 0.0}
    # never overwritten without --force; in Chinese with --lang zh, Chinese headers in the workbook
    assert main(["report", str(course), "--out", str(out)]) == 2
    assert main(["report", str(course), "--out", str(out), "--lang", "zh", "--force"]) == 0
    zh = out.read_text(encoding="utf-8")
    assert "建议重讲" in zh and "典型错误" in zh and "与大客户共赢" in zh
    assert openpyxl.load_workbook(out.with_suffix(".xlsx")).sheetnames == [
        "建议重讲",
        "各练习",
        "典型错误",
        "每位学生",
        "预测与模型",
    ]


def test_feedback_has_no_machine_lines(graded):
    course, _ = graded
    for path in (course / "feedback").glob("*/lesson03/lesson03.html"):
        text = path.read_text(encoding="utf-8")
        assert "KAMLAB-" not in text, path
    part = (course / "feedback" / "s_part" / "lesson03" / "lesson03.html").read_text(encoding="utf-8")
    assert "Exercise 03.2 is right." in part  # the student's own lines stay


def test_personal_data_and_answers_follow_the_student(tmp_path):
    course = tmp_path / "kam102"
    env = isolated_env(tmp_path / "env")
    assert main(["course", "new", str(course), "--lessons", "03", "--lang", "zh", "--personal"]) == 0
    nbgrader(course, "generate_assignment", "lesson03", env=env)
    right_a, _ = _answers(course, "s_a", personal=True)
    right_b, _ = _answers(course, "s_b", personal=True)
    differ = [k for k in right_a if right_a[k] != right_b[k]]
    assert len(differ) >= 4, (right_a, right_b)  # different data, different answers
    submit(course, "lesson03", "s_a", right_a)
    submit(course, "lesson03", "s_b", right_a)  # s_b copies s_a's answers
    nbgrader(course, "autograde", "lesson03", env=env)
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="kam102") as gb:
        a = gb.find_submission("lesson03", "s_a").score
        b = gb.find_submission("lesson03", "s_b").score
    assert a == 10.0
    assert b == 0.0, b  # with this course secret none of s_a's answers fits s_b's data or option order
    autograded = json.dumps(nbformat.read(course / "autograded" / "s_b" / "lesson03" / "lesson03.ipynb", 4))
    assert "KAMLAB-RESULT" in autograded
