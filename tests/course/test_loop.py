"""The instructor loop's own logic, without running nbgrader: finding the course, naming students
from file names and rosters, the quiet log, and the report's counts (a written answer not yet
marked by hand is never a 0). The loop itself, with nbgrader, runs in test_course_e2e.py and in
tests/test_guides.py (the guide's commands, from the wheel)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from kamlab.cli import main
from kamlab.course import report
from kamlab.course.collect import read_roster, student_of
from kamlab.course.run import LogFilter, assignment_name, course_dir, find_course
from kamlab.errors import KamlabValueError


@pytest.fixture(autouse=True)
def english():
    from kamlab.i18n import get_lang, set_lang

    before = get_lang()
    set_lang("en")  # messages of functions called directly (the CLI sets its own)
    yield
    set_lang(before)


@pytest.fixture
def course(tmp_path):
    root = tmp_path / "kam2026"
    (root / "source" / "lesson03").mkdir(parents=True)
    (root / "kamlab_course.json").write_text(json.dumps({"course_id": "kam2026", "lang": "zh"}), encoding="utf-8")
    return root


def test_the_course_is_found_from_inside_it(course, monkeypatch, tmp_path):
    deep = course / "submitted" / "s1"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert find_course() == course.resolve()
    assert course_dir(None) == course.resolve()
    assert course_dir("kam2026") == course.resolve()  # the guide's "kamlab report kam2026" typed inside it
    assert assignment_name("3", course) == assignment_name("lesson03", course) == "lesson03"
    with pytest.raises(KamlabValueError, match=r"no assignment lesson07 .*source.*lesson03"):
        assignment_name("07", course)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(KamlabValueError, match="kamlab_course.json"):
        find_course()
    assert main(["--lang", "zh", "report"]) == 2  # one line in the user's language, no traceback


def test_report_outside_a_course_says_where_it_looked(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "zh", "report"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kamlab_course.json" in err and str(tmp_path.resolve()) in err
    assert "cd 进课程文件夹" in err


@pytest.mark.parametrize(
    "path, student",
    [
        ("2026001_lesson03.ipynb", "2026001"),
        ("2026001-lesson03.ipynb", "2026001"),
        ("lesson03_2026001.ipynb", "2026001"),
        ("s02/lesson03.ipynb", "s02"),
        ("class/s03/lesson03.ipynb", "s03"),
        ("zhangsan_late_12345_67890_lesson03.ipynb", "zhangsan"),  # Canvas
        ("lesson03.ipynb", None),
        ("张三 作业.ipynb", "张三"),
    ],
)
def test_student_from_the_file_name(path, student):
    assert student_of(path, "lesson03") == student


def test_student_from_a_roster(tmp_path):
    roster = [("2026001", "张三"), ("2026002", "李四"), ("20260011", "王五")]
    assert student_of("张三_123_assignsubmission_file_lesson03.ipynb", "lesson03", roster) == "2026001"  # Moodle
    assert student_of("20260011_lesson03.ipynb", "lesson03", roster) == "20260011"  # not 2026001 inside it
    assert student_of("2026002/lesson03.ipynb", "lesson03", roster) == "2026002"
    assert student_of("someone_lesson03.ipynb", "lesson03", roster) is None
    # CSV with a BOM, GBK CSV and Excel, ids read as text
    frame = pd.DataFrame({"学号": [2026001, 2026002], "姓名": ["张三", "李四"]})
    frame.to_csv(tmp_path / "bom.csv", index=False, encoding="utf-8-sig")
    frame.to_csv(tmp_path / "gbk.csv", index=False, encoding="gbk")
    frame.to_excel(tmp_path / "roster.xlsx", index=False)
    expected = [("2026001", "张三"), ("2026002", "李四")]
    for name in ("bom.csv", "gbk.csv", "roster.xlsx"):
        assert read_roster(tmp_path / name) == expected, name
    pd.DataFrame({"Name": ["x"]}).to_csv(tmp_path / "bad.csv", index=False)
    with pytest.raises(KamlabValueError, match=r"bad.csv has no id column; its columns: Name; expected one of: 学号"):
        read_roster(tmp_path / "bad.csv")
    with pytest.raises(KamlabValueError, match="missing.csv"):
        read_roster(tmp_path / "missing.csv")


# Lines nbgrader and its kernels printed in a real run (autograde of three students).
_LOG = """[AutogradeApp | INFO] Copying /c/submitted/s1/lesson03/timestamp.txt -> /c/autograded/s1/lesson03/timestamp.txt
[AutogradeApp | WARNING] Attribute 'checksum' for cell test_03_1 has changed! (should be: 1, got: 2)
[AutogradeApp | WARNING] Attribute 'checksum' for cell test_03_2 has changed! (should be: 3, got: 4)
[IPKernelApp] WARNING | Kernel is running over TCP without encryption. All communication (including code and outputs) is sent in plain text.
[AutogradeApp | WARNING] Directory not found. Creating: /c/autograded/s1
[AutogradeApp | WARNING] No timestamp file found for student s1
[AutogradeApp | ERROR] There was an error processing assignment: /c/submitted/s1/lesson03
Traceback (most recent call last):
  File "x.py", line 1, in <module>
ValueError: boom"""


def test_the_log_is_quiet_but_shows_what_matters():
    log = LogFilter("en")
    for line in _LOG.splitlines():
        log.feed(line)
    notes = log.finish()
    assert log.run.shown == [
        "[AutogradeApp | WARNING] No timestamp file found for student s1",
        "[AutogradeApp | ERROR] There was an error processing assignment: /c/submitted/s1/lesson03\n"
        'Traceback (most recent call last):\n  File "x.py", line 1, in <module>\nValueError: boom',
    ]
    assert notes == [
        "nbgrader: 2 notes \"Attribute 'checksum' ... has changed\" are expected: the released test cells lack "
        "the hidden tests, and nbgrader grades with the source's cells.",
        'nbgrader: 1 notes "Kernel is running over TCP without encryption" are expected: the grading kernels '
        "talk to nbgrader on this computer only.",
    ]
    zh = LogFilter("zh")
    zh.feed(_LOG.splitlines()[1])
    assert zh.finish()[0].startswith("nbgrader：1 条")
    loud = LogFilter("en", verbose=True)
    for line in _LOG.splitlines():
        loud.feed(line)
    loud.finish()
    assert loud.run.shown[0].startswith("[AutogradeApp | INFO] Copying")


def test_an_unmarked_written_answer_is_not_a_zero():
    scores = pd.DataFrame(
        [
            # 07.6 written: s1 marked 8/10, s2 not yet marked, s3 blank (nbgrader gives it 0)
            ("s1", "lesson07", "07.6", 8.0, 10.0, False),
            ("s2", "lesson07", "07.6", 0.0, 10.0, True),
            ("s3", "lesson07", "07.6", 0.0, 10.0, False),
            ("s1", "lesson07", "07.1", 2.0, 2.0, False),
            ("s2", "lesson07", "07.1", 0.0, 2.0, False),
            ("s3", "lesson07", "07.1", 0.0, 2.0, False),
        ],
        columns=["student", "assignment", "exercise", "score", "max_score", "unmarked"],
    )
    results = pd.DataFrame(
        [
            ("s1", "07.1", True, "ex.07.1.fb.right", 3.5, {}),
            ("s2", "07.1", False, "ex.07.1.fb.wrong", 2.0, {"point": "P1"}),
            ("s3", "07.1", False, "ex.fb.unanswered", None, {}),
        ],
        columns=["student", "exercise", "correct", "category", "answer", "fields"],
    )
    answers = pd.DataFrame(
        [("s3", "07.6", True, None), ("s1", "07.6", False, "memo"), ("s2", "07.6", False, "memo")],
        columns=["student", "exercise", "blank", "answer"],
    )
    status = report._status(scores, results, answers)
    assert dict(zip(zip(status.student, status.exercise), status.status)) == {
        ("s1", "07.1"): "right",
        ("s2", "07.1"): "wrong",
        ("s3", "07.1"): "blank",
        ("s1", "07.6"): "wrong",  # 8 of 10: not full marks
        ("s2", "07.6"): "unmarked",
        ("s3", "07.6"): "blank",
    }
    per_ex = report._per_exercise(status, "en", {})
    row = per_ex.set_index("exercise").loc["07.6"]
    assert (row.right, row.wrong, row.blank, row.unmarked) == (0, 1, 1, 1)
    assert row["mean"] == 4.0  # (8 + 0) / 2 marked answers: the unmarked one is not a 0
    assert row.title == "A KAM improvement memo for a firm"
    assert row.point.startswith("lesson 07 · 2. The maturity diagnostic")
    mistakes = report._mistakes(results, answers, "en")
    assert list(mistakes.exercise) == ["07.1"] and mistakes.values.tolist()[0][-1] == "2"
    items = report._reteach(per_ex, mistakes, None, "en", {})
    assert [i["what"][:4] for i in items] == ["07.6", "07.1"]  # 2 of the 2 marked bad, then 2 of 3
    assert items[0]["why"] == "2 of 2 students did not get it right (1 wrong, 1 blank, 1 not yet marked)."


def test_mark_opens_the_formgrader_through_login_and_refuses_what_it_cannot_serve(course, capsys, monkeypatch):
    import io

    from kamlab.course.mark import FORMGRADER, _quiet, mark_command, submissions_waiting

    cmd = mark_command(course, "lesson03", port=8890, open_browser=False)
    assert cmd[1:3] == ["-m", "jupyterlab"]
    assert f"--ServerApp.root_dir={course.resolve()}" in cmd and "--ServerApp.ip=127.0.0.1" in cmd
    assert "--ServerApp.port=8890" in cmd and "--ServerApp.port_retries=0" in cmd
    assert "--ServerApp.open_browser=False" in cmd and f"--ServerApp.jpserver_extensions={FORMGRADER}=True" in cmd
    # the formgrader page's own login cookie is for its path only: the browser is logged in by /login first
    assert "--LabApp.default_url=/login?next=%2Fformgrader%2Fgradebook%2Flesson03%2Flesson03" in cmd
    assert not any("token" in part.lower() for part in cmd)  # the token goes by the environment, not `ps`
    # nothing graded yet: a clear message, in the user's language, before any server starts
    monkeypatch.chdir(course)
    assert main(["course", "mark", "03", "--no-browser"]) == 2
    assert "lesson03 has no graded submissions yet: run kamlab course grade 03 first." in capsys.readouterr().err
    assert main(["--lang", "zh", "course", "mark", "03"]) == 2
    assert "lesson03 还没有评过分的作业：先运行 kamlab course grade 03。" in capsys.readouterr().err
    assert main(["course", "mark", "07"]) == 2  # not a lesson of this course
    assert "lesson07" in capsys.readouterr().err
    assert main(["course", "mark", "03", "--port", "70000"]) == 2
    assert "--port = '70000': expected a whole port number from 1 to 65535." in capsys.readouterr().err
    (course / "autograded" / "s2" / "lesson03").mkdir(parents=True)
    (course / "autograded" / "s2" / "lesson03" / "lesson03.ipynb").write_text("{}", encoding="utf-8")
    assert submissions_waiting(course, "lesson03") == ["s2"]
    # the server's log: the expected notes explained once each, everything else as it came
    log = [
        "[C 2026 ServerApp] Unwritable directory, please contact your instructor: /usr/local/share/nbgrader/exchange\n",
        "[C 2026 ServerApp] Unwritable directory, please contact your instructor: /usr/local/share/nbgrader/exchange\n",
        "[W 2026 ServerApp] Alternative text is missing on 4 image(s).\n",
        "/x/traitlets.py:1904: DeprecationWarning: ServerApp.token config is deprecated in jupyter-server 2.0.\n",
        "  return self._get_trait_default_generator(names[0])(self)  # type:ignore[no-any-return]\n",
        "[E 2026 ServerApp] something else\n",
    ]
    out = io.StringIO()
    _quiet(iter(log), "en", out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3 and lines[2] == "[E 2026 ServerApp] something else"
    assert "exchange" in lines[0] and "expected" in lines[0] and "alternative text" in lines[1]
