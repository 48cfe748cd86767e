"""The instructor guide is a test: its commands, run literally and in order, from the wheel.

``docs/instructors.md`` and ``docs/instructors.zh.md`` hold the same command blocks (checked
here) and, after some of them, a ``text`` block of lines the command prints. The test runs
every ``bash`` block of the guide, in order, with ``bash -e``, in one home folder (``HOME`` is a
temporary folder, so ``~/kam-env`` and ``~/Downloads`` are the guide's own), the working folder
carried from block to block (the guide's ``cd kam2026``), and checks each block's exit status
and printed lines. The environment is **not** activated: the guide calls ``~/kam-env/bin/kamlab``
and ``PATH`` has no kamlab environment on it.

Two things stand in for the world outside:

* the guide's ``pip install "kamlab[course] @ git+https://..."`` (no network in a test) installs
  the wheel built from this source tree (``tests/test_wheel.py``'s, built once per run) into
  the ``~/kam-env`` the guide's ``python3 -m venv`` made, its dependencies taken from this
  environment (as test_wheel does);
* before the ``kamlab course collect`` block, the class hands in (``tools/report_screenshot.py:
  hand_in``, the class of the guide's screenshot): ``~/Downloads/lesson03.zip`` (an LMS download,
  files named ``<name>_<LMS number>_assignsubmission_file_lesson03.ipynb``) with three students,
  one right (2026001), one half right (2026002), one blank (2026003), and ``~/Downloads/roster.csv``.

After the guide, the whole loop's result is checked: the gradebook's scores, the report's
counts of right / wrong / blank / not yet marked in ``report.xlsx`` (Chinese headers), its
re-teach list, the feedback without machine lines, and the quiet nbgrader log. The kamlab
commands of ``docs/classroom*.md`` run in the same environment.

The guide's ``bash server`` block (``kamlab course mark 07``, which serves until Ctrl+C) is not run
in order: ``test_written_answers_marked_in_formgrader_count_in_the_report`` grades lesson 07 for
one student in a copy of the guide's course, starts that command (with ``--port`` and
``--no-browser``), marks 07.6 and 07.7 in nbgrader's Formgrader in headless Chromium, stops it,
and checks the gradebook and ``kamlab report`` (the guide's command) before and after.
"""

from __future__ import annotations

import csv
import io
import os
import re
import socket
import subprocess
import sys
import time
from html import escape
from pathlib import Path

import nbformat
import pytest

from kamlab.labels.chapter import quote
from tests.browser._voila import copy_font_list
from tests.course._nbgrader import nbgrader_exe
from tools.report_screenshot import class_answers, hand_in

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SECRET = "kamlab-guide-test"

# One worker with tests/test_wheel.py (the wheel is built once); marked "servers" so that the
# group is handed out first (conftest.py), as the guide's loop is the longest test of the group.
pytestmark = [pytest.mark.xdist_group("wheel"), pytest.mark.servers]

_FENCE = re.compile(r"^```(?P<info>[^\n`]*)\n(?P<body>.*?)^```\s*$", re.M | re.S)


def guide_blocks(path: Path) -> list[tuple[str, list[str]]]:
    """The ``bash`` blocks of a guide, each with the lines of the ``text`` (or untyped) block that
    follows it (what it prints), if one follows with nothing but a short "prints:" line between."""
    text = path.read_text(encoding="utf-8")
    fences = list(_FENCE.finditer(text))
    blocks = []
    for i, fence in enumerate(fences):
        if fence.group("info").strip() != "bash":
            continue
        expected: list[str] = []
        if i + 1 < len(fences):
            nxt = fences[i + 1]
            between = text[fence.end() : nxt.start()].strip()
            if nxt.group("info").strip() in ("", "text") and len(between) <= 12:
                expected = [line.strip() for line in nxt.group("body").splitlines() if line.strip()]
        blocks.append((fence.group("body"), expected))
    return blocks


def server_blocks(path: Path) -> list[tuple[str, list[str]]]:
    """The guide's ``bash server`` blocks (a command that serves until Ctrl+C, e.g. ``kamlab course
    mark 07``), each with the ``text`` block that follows it: not run in order with the others,
    a test starts each as a server."""
    text = path.read_text(encoding="utf-8")
    fences = list(_FENCE.finditer(text))
    blocks = []
    for i, fence in enumerate(fences):
        if fence.group("info").strip() == "bash server":
            nxt = fences[i + 1] if i + 1 < len(fences) else None
            expected = [line.strip() for line in nxt.group("body").splitlines()] if nxt is not None else []
            blocks.append((fence.group("body").strip(), [line for line in expected if line]))
    return blocks


def _kamlab_blocks(path: Path) -> list[tuple[str, list[str]]]:
    """The blocks of a classroom guide whose commands are kamlab's."""
    return [
        (body, expected)
        for body, expected in guide_blocks(path)
        if all(line.startswith("kamlab ") for line in body.splitlines() if line.strip() and not line.startswith("#"))
    ]


def test_both_guides_give_the_same_commands_and_outputs():
    en, zh = guide_blocks(DOCS / "instructors.md"), guide_blocks(DOCS / "instructors.zh.md")
    assert en == zh
    commands = "\n".join(body for body, _ in en)
    assert "pip install 'kamlab[course]'" not in commands and "pip install kamlab" not in commands
    for needed in ("course new", "course release", "course collect", "course grade", "course feedback", "report"):
        assert needed in commands, needed
    servers = server_blocks(DOCS / "instructors.md")
    assert [b for b, _ in servers] == [b for b, _ in server_blocks(DOCS / "instructors.zh.md")]
    assert [b for b, _ in servers] == ["~/kam-env/bin/kamlab course mark 07"]
    assert _kamlab_blocks(DOCS / "classroom.md") == _kamlab_blocks(DOCS / "classroom.zh.md")
    assert _kamlab_blocks(DOCS / "classroom.md"), "classroom.md has kamlab commands"


def _environment(tmp: Path, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "KAMLAB_", "JUPYTER", "LC_"))}
    for var in ("VIRTUAL_ENV", "MPLBACKEND", "JUPYTERHUB_USER", "NBGRADER_EXECUTION", "IPYTHONDIR"):
        env.pop(var, None)
    here = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p and p != here)
    env.update(
        HOME=str(home),
        LANG="C.UTF-8",
        KAMLAB_COURSE_SECRET=SECRET,  # reproducible answers for the class below
        MPLCONFIGDIR=str(tmp / "matplotlib"),
        JUPYTER_CONFIG_DIR=str(tmp / "jupyter_config"),
        JUPYTER_DATA_DIR=str(tmp / "jupyter_data"),
        JUPYTER_RUNTIME_DIR=str(tmp / "jupyter_runtime"),
        IPYTHONDIR=str(tmp / "ipython"),
        # the data files of the dependencies (nbconvert's templates), as their code comes from this
        # environment too (see install_wheel): a real install puts them into ~/kam-env/share/jupyter
        JUPYTER_PATH=str(Path(sys.prefix) / "share" / "jupyter"),
    )
    (tmp / "matplotlib").mkdir(parents=True, exist_ok=True)
    copy_font_list(tmp / "matplotlib")  # the grading kernels need not scan the fonts again
    return env


def _run(block: str, cwd: Path, env: dict, state: Path) -> tuple[subprocess.CompletedProcess, Path]:
    script = f'set -e\ncd "{cwd}"\n{block}\npwd > "{state}"\n'
    done = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, timeout=900)
    return done, Path(state.read_text().strip()) if done.returncode == 0 else cwd


@pytest.fixture(scope="module")
def guide(kamlab_wheel, tmp_path_factory):
    """The instructor guide, run: ``(home, course folder, each block's output by its first line)``.
    This is the course tests of the whole loop share (nbgrader's commands run once)."""
    from tests.test_wheel import install_wheel

    nbgrader_exe()  # the course extra must be installed (skipped on a workstation without it, fails in CI)
    tmp = tmp_path_factory.mktemp("guide")
    home = tmp / "home"
    (home / "Downloads").mkdir(parents=True)
    env = _environment(tmp, home)
    state = tmp / "cwd"
    cwd = home
    logs: dict[str, str] = {}
    for body, expected in guide_blocks(DOCS / "instructors.md"):
        lines = body.splitlines()
        installs = [line for line in lines if "/bin/pip install" in line]
        for line in installs:  # no network: the wheel of this tree stands in for the git URL
            assert "kamlab[course] @ git+https://" in line, line
        if "course collect" in body:
            hand_in(cwd, home / "Downloads")
        runnable = "\n".join(": guide-install" if line in installs else line for line in lines)
        started = time.perf_counter()
        done, cwd = _run(runnable, cwd, env, state)
        print(f"{time.perf_counter() - started:6.1f} s  {lines[0]}")  # shown with -s: where the time goes
        output = done.stdout + done.stderr
        assert done.returncode == 0, f"the guide's block failed ({done.returncode}):\n{body}\n{output[-4000:]}"
        if installs:
            install_wheel(kamlab_wheel, home / "kam-env")
        missing = [line for line in expected if line not in output]
        assert not missing, f"the guide's block\n{body}\ndid not print {missing}; it printed:\n{output[-4000:]}"
        logs[lines[0]] = output
    return home, home / "kam2026", logs, env, state


def test_the_guide_runs_without_activating_and_quietly(guide):
    home, _, logs, _, _ = guide
    assert not (home / "kam-env" / "bin" / "alembic").exists()  # nbgrader's alembic head came from kamlab
    # the quiet log: the expected notes summed up in one line each, none of them one per cell
    grade_log = next(v for k, v in logs.items() if "course grade" in k)
    assert "Attribute 'checksum' for cell" not in grade_log and "over TCP without encryption." not in grade_log
    assert "notes \"Attribute 'checksum' ... has changed\" are expected" in grade_log
    assert "[" not in grade_log, grade_log  # no nbgrader log record at all


def test_the_release_has_no_solutions_and_no_hidden_tests(guide):
    from kamlab.course.build import CODE_STUBS
    from kamlab.exercises.assess import lesson_key

    _, course, _, _, _ = guide
    source = (course / "source" / "lesson03" / "lesson03.ipynb").read_text(encoding="utf-8")
    release = (course / "release" / "lesson03" / "lesson03.ipynb").read_text(encoding="utf-8")
    key = lesson_key(SECRET, "03")
    assert "BEGIN HIDDEN TESTS" in source and key in source and "BEGIN SOLUTION" in source
    for secret in ("HIDDEN TESTS", "BEGIN SOLUTION", "assert_correct", key, 'right="'):
        assert secret not in release, secret
    nb = nbformat.reads(release, as_version=4)
    answers = [c for c in nb.cells if c.metadata.nbgrader.get("grade_id", "").startswith("answer_")]
    assert [c.source.splitlines()[0] for c in answers] == [CODE_STUBS["zh"]] * 5  # the guide's course is zh
    tests = [c for c in nb.cells if c.metadata.nbgrader.get("grade")]
    assert [c.metadata.nbgrader["points"] for c in tests] == [2] * 5
    assert all("assert_format" in c.source for c in tests)
    assert any('kamlab.setup(lang="zh")' in c.source for c in nb.cells)
    assert sum("_explorer()" in c.source for c in nb.cells) == 5  # the explorers stay in
    assert not any(re.search(r"ex\.(hint|solution)\(", c.source) for c in nb.cells if c.cell_type == "code")


def test_the_gradebook_has_the_exact_scores(guide):
    from nbgrader.api import Gradebook

    _, course, _, _, _ = guide
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="kam2026") as gb:
        scores = {s: gb.find_submission("lesson03", s).score for s in ("2026001", "2026002", "2026003")}
        half = {
            i: gb.find_grade(f"test_{i.replace('.', '_')}", "lesson03", "lesson03", "2026002").score
            for i in ("03.1", "03.2", "03.3", "03.4", "03.5")
        }
    assert scores == {"2026001": 10.0, "2026002": 6.0, "2026003": 0.0}
    assert half == {"03.1": 0.0, "03.2": 2.0, "03.3": 2.0, "03.4": 0.0, "03.5": 2.0}


def test_feedback_shows_results_not_hidden_tests_keys_or_machine_lines(guide):
    from kamlab.exercises.assess import lesson_key

    _, course, _, _, _ = guide
    key = lesson_key(SECRET, "03")
    for path in (course / "feedback").glob("*/lesson03/lesson03.html"):
        text = path.read_text(encoding="utf-8")
        for secret in ("KAMLAB-", "assert_correct", key):
            assert secret not in text, (path, secret)
    half = (course / "feedback" / "2026002" / "lesson03" / "lesson03.html").read_text(encoding="utf-8")
    assert "练习 03.1 不正确：" in half  # kamlab's targeted feedback reaches the student
    assert "练习 03.2 正确。" in half


def test_the_report_says_what_to_reteach(guide):
    import openpyxl

    _, course, _, _, _ = guide
    book = openpyxl.load_workbook(course / "report.xlsx")  # the course's language, Chinese
    assert book.sheetnames == ["建议重讲", "各练习", "典型错误", "每位学生", "预测与模型"]
    rows = list(book["各练习"].iter_rows(values_only=True))
    assert rows[0][:7] == ("练习", "题目", "章节要点（重讲时回看）", "答对", "答错", "未作答", "待手工评分")
    assert {r[0]: r[3:7] for r in rows[1:]} == {
        "03.1": (1, 1, 1, 0),
        "03.2": (2, 0, 1, 0),
        "03.3": (2, 0, 1, 0),
        "03.4": (1, 1, 1, 0),
        "03.5": (2, 0, 1, 0),
    }
    assert rows[1][1] == "让步之后毛利变了多少" and rows[1][2].startswith("第 03 课 · 误区一")
    reteach = list(book["建议重讲"].iter_rows(values_only=True))
    assert [r[1] for r in reteach[1:]] == [
        "M2 6 年后哪个方案利润更高",
        "03.1 让步之后毛利变了多少",
        "03.4 清退中小客户后的集中度",
    ]
    assert "模型的答案是“与大客户共赢”" in reteach[1][2]
    assert reteach[2][2] == "2 / 3 名学生没做对（1 人答错，1 人未作答）。"
    wrong_hhi = f"{class_answers(course, '2026002', personal=False)[1]['answer_03_4']:.4g}"
    assert wrong_hhi in reteach[3][3] and reteach[3][4].startswith("重讲：第 03 课 · 误区四")
    students = list(book["每位学生"].iter_rows(values_only=True))
    assert [r[0] for r in students[1:]] == ["2026001", "2026002", "2026003"]
    html = (course / "report.html").read_text(encoding="utf-8")
    assert "建议重讲" in html and 'table class="kamlab sortable"' in html
    assert html.count('<img src="data:image/png;base64,') >= 3 and "src=" not in html.split("<script", 1)[1]
    for leak in ("ex.03.", ".fb.", "…", "sme_profit", "KAMLAB"):
        assert leak not in html, leak
    raw = (course / "report.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert {r["学生"]: float(r["lesson03"]) for r in table} == {"2026001": 10.0, "2026002": 6.0, "2026003": 0.0}
    assert {r["学生"]: float(r["03.4"]) for r in table} == {"2026001": 2.0, "2026002": 0.0, "2026003": 0.0}


def test_the_report_in_english_and_never_over_an_old_one(guide, tmp_path):
    import openpyxl

    from kamlab.cli import main
    from kamlab.course.report import category_text

    _, course, _, _, _ = guide
    out = tmp_path / "report.html"
    assert main(["report", str(course), "--assignment", "lesson03", "--out", str(out), "--lang", "en"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "3 students" in html and "Win-win with key accounts" in html and "0.0214" in html
    items = html.split("<ol class='reteach'>", 1)[1].split("</ol>", 1)[0].split("<li>")[1:]
    assert "2 of 3 students did not get it right (1 wrong, 1 blank)." in items[1]
    assert escape(category_text("ex.03.1.fb.volume_only", "en")) in items[1]
    assert f"Revisit: lesson 03 · Misconception 1: {quote('m1', 'en')} (M1)" in items[1]  # the chapter's words
    assert openpyxl.load_workbook(out.with_suffix(".xlsx")).sheetnames[:2] == ["re-teach", "exercises"]
    assert main(["report", str(course), "--out", str(out)]) == 2  # never overwritten without --force


def test_the_classroom_guides_kamlab_commands(guide):
    home, _, _, env, state = guide
    for body, expected in _kamlab_blocks(DOCS / "classroom.md"):
        script = f'kamlab() {{ "{home}/kam-env/bin/kamlab" "$@"; }}\n{body}'
        done, _ = _run(script, home, env, state)
        assert done.returncode == 0, done.stderr
        assert all(line in done.stdout for line in expected), (expected, done.stdout)


# The written answers of a student who answered both (long enough for ex.check's word count).
WRITTEN = {
    "answer_07_6": "诊断：问卷得分最低的是组织与流程（P2）和信息系统（P4），最高的是高层重视。"
    "顺序：先把大客户战略和公司战略对齐，再建跨职能的大客户小组，最后上 CRM 系统。"
    "组织：设大客户管理部，销售、技术、物流各出一人组成客户小组，由大客户经理牵头。"
    "人员和系统：按工程师、销售员、领导者三种能力选拔和培养大客户经理。"
    "可行性：预算一年五十万元，两名专职人员，以客户满意度和份额检验是否见效。",
    "answer_07_7": "我不同意。大客户管理不是只给大客户更多折扣，而是和客户共同创造价值："
    "例如国美和格力的冲突说明，只压价格会破坏合作；更好的做法是联合开发产品、协同供应链、"
    "共享信息，让双方都从增长中获益，同时控制对少数客户的依赖和集中度风险。",
}
MARKS = {"answer_07_6": (8, "诊断和顺序清楚；可行性少了时间表。"), "answer_07_7": (10, "论证完整。")}


class _Mark:
    """The guide's ``bash server`` command (``~/kam-env/bin/kamlab course mark 07``) with
    ``--port`` and ``--no-browser``, run by bash in the course folder as the instructor types it;
    its output in a log file. :meth:`stop` sends SIGTERM (kamlab stops JupyterLab, as on Ctrl+C)."""

    def __init__(self, command: str, course: Path, env: dict, log: Path):
        from tests.browser._voila import _free_port

        self.port, self.log = _free_port(), log
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(
                ["bash", "-c", f"exec {command} --port {self.port} --no-browser"],
                cwd=course,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def url(self) -> str:
        """The address kamlab printed, once the server answers."""
        from tests.browser._voila import _wait_until_serving

        _wait_until_serving(f"http://127.0.0.1:{self.port}/login", self.proc, self.log, name="kamlab course mark")
        found = re.search(r"http://127\.0\.0\.1:\d+/\?token=\w+", self.log.read_text(encoding="utf-8"))
        assert found, self.log.read_text(encoding="utf-8")
        return found.group()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


def _exercise_counts(xlsx: Path) -> dict[str, tuple]:
    """``exercise -> (right, wrong, blank, unmarked, mean)`` from a report's exercise sheet (zh or en)."""
    import openpyxl

    rows = list(openpyxl.load_workbook(xlsx).worksheets[1].iter_rows(values_only=True))
    return {r[0]: (*r[3:7], r[7]) for r in rows[1:]}


def test_written_answers_marked_in_formgrader_count_in_the_report(guide, browser, tmp_path):
    """Guide section 4, "Marking the written answers by hand": lesson 07 graded, then 07.6 and 07.7
    marked in nbgrader's Formgrader in headless Chromium, through the guide's ``kamlab course mark
    07``; the gradebook has the points and comments, and ``kamlab report`` counts them as marked."""
    import shutil

    from nbgrader.api import Gradebook

    from kamlab.cli import main
    from kamlab.course.build import CODE_STUBS
    from kamlab.i18n import t
    from tests.course._nbgrader import isolated_env, nbgrader

    home, course, _, env, state = guide
    (command, printed), *_ = server_blocks(DOCS / "instructors.md")
    course = shutil.copytree(course, tmp_path / "kam2026")  # the other tests keep the guide's course as it was
    # lesson 07 released, handed in by 2026001 with both written answers, graded (nbgrader in this
    # process: the guide's commands are tested with lesson 03 above)
    started = time.perf_counter()
    nb_env = isolated_env(tmp_path / "nbgrader")
    nbgrader(course, "generate_assignment", "lesson07", env=nb_env)
    nb = nbformat.read(course / "release" / "lesson07" / "lesson07.ipynb", as_version=4)
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in WRITTEN:
            cell.source = cell.source.replace(CODE_STUBS["zh"], f"answer = {WRITTEN[grade_id]!r}")
    (course / "submitted" / "2026001" / "lesson07").mkdir(parents=True)
    nbformat.write(nb, course / "submitted" / "2026001" / "lesson07" / "lesson07.ipynb")
    nbgrader(course, "autograde", "lesson07", env=nb_env)
    print(f"{time.perf_counter() - started:6.1f} s  lesson 07 released and graded")
    server = _Mark(command, course, env, tmp_path / "mark.log")
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    try:
        # the report before marking (while the server starts): both answers wait, none counts as 0
        before = tmp_path / "before" / "report.html"
        assert main(["report", str(course), "--assignment", "lesson07", "--lang", "en", "--out", str(before)]) == 0
        counts = _exercise_counts(before.with_suffix(".xlsx"))
        assert counts["07.6"][:4] == counts["07.7"][:4] == (0, 0, 0, 1)  # right, wrong, blank, not yet marked
        assert "not yet marked" in before.read_text(encoding="utf-8")
        url = server.url()
        print(f"{time.perf_counter() - started:6.1f} s  report before marking; formgrader serving")
        assert printed[0].split("http://")[0] in server.log.read_text(encoding="utf-8")  # the guide's line
        zh_printed = server_blocks(DOCS / "instructors.zh.md")[0][1][0]  # the Chinese guide's line is kamlab's
        assert (
            zh_printed.split("http://")[0]
            == t("course.mark.serving", "zh", assignment="lesson07", url="").splitlines()[0]
        )
        page.goto(url)  # -> /login -> Manual Grading › lesson07 › lesson07
        row = page.locator("#main-table tr", has=page.locator("a.name-shown", has_text="2026001"))
        assert "0 / 30" in row.inner_text()  # autograded: the format checks fail (07.1-07.5 blank)
        assert row.locator("td.needs-manual-grade span").count() == 1
        row.locator("a.name-hidden").click()  # "Submission #1"
        # the page's scripts have loaded its grades and comments (before that, a typed score is not sent)
        page.wait_for_url("**/formgrader/submissions/**")
        page.wait_for_function(
            "() => typeof formgrader !== 'undefined' && formgrader.grades.loaded && formgrader.comments.loaded"
        )
        for grade_id, (points, comment) in MARKS.items():
            cell = page.locator(".nbgrader_cell", has=page.locator(f"#{grade_id}"))
            assert WRITTEN[grade_id][:20] in cell.inner_text()  # the instructor reads the answer it marks
            assert "/ 10.0" in cell.inner_text()
            for box, text, api in (
                (f"#{grade_id}", str(points), "grade"),
                (f"#{grade_id}-comment", comment, "comment"),
            ):
                with page.expect_response(lambda r, api=api: f"/formgrader/api/{api}/" in r.url) as saved:
                    page.fill(box, text)
                    page.press(box, "Tab")  # leaving the box saves it
                assert saved.value.ok, saved.value.status
    finally:
        page.close()
        server.stop()
    assert server.proc.returncode is not None
    with socket.socket() as probe:  # kamlab stopped JupyterLab too: nothing listens on the port any more
        assert probe.connect_ex(("127.0.0.1", server.port)) != 0
    print(f"{time.perf_counter() - started:6.1f} s  marked, formgrader stopped")
    log = server.log.read_text(encoding="utf-8")
    assert "please contact your instructor" not in log and "Alternative text is missing on" not in log  # explained once
    assert "this course does not use nbgrader's exchange" in log and "[W " not in log and "Traceback" not in log

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="kam2026") as gb:
        for grade_id, (points, comment) in MARKS.items():
            grade = gb.find_grade(grade_id, "lesson07", "lesson07", "2026001")
            assert (grade.manual_score, grade.score, grade.needs_manual_grade) == (points, points, False)
            assert gb.find_comment(grade_id, "lesson07", "lesson07", "2026001").manual_comment == comment
        assert gb.find_submission("lesson07", "2026001").score == 18.0

    # the report, as the guide runs it, in the course folder: both answers marked now
    done, _ = _run("~/kam-env/bin/kamlab report --force", course, env, state)
    assert done.returncode == 0, done.stderr
    print(f"{time.perf_counter() - started:6.1f} s  kamlab report")
    counts = _exercise_counts(course / "report.xlsx")
    assert counts["07.6"] == (0, 1, 0, 0, 8.0)  # 8 of 10: marked, not full marks
    assert counts["07.7"] == (1, 0, 0, 0, 10.0)
    assert counts["03.1"][:4] == (1, 1, 1, 0)  # lesson 03 as before
    table = list(csv.DictReader(io.StringIO((course / "report.csv").read_text(encoding="utf-8-sig"))))
    marked = next(r for r in table if r["学生"] == "2026001")
    assert (float(marked["07.6"]), float(marked["07.7"]), float(marked["lesson07"])) == (8.0, 10.0, 18.0)
