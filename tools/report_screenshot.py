"""Make docs/img/report_zh.png: the Chinese class report of a demo class, in headless Chromium.

    .venv/bin/python tools/report_screenshot.py [--out docs/img/report_zh.png] [--keep DIR]

It runs the instructor guide's loop with kamlab's own commands (``kamlab course new``,
``release``, ``collect``, ``grade``, ``report``) on lesson 03 for a class of three (one right,
one half right, one blank, handed in as an LMS zip with a roster, as in tests/test_guides.py),
then opens ``report.html`` in headless Chromium (Playwright, ``/usr/bin/chromium``) and saves the
top of the page (the re-teach list and the exercise table) as a PNG. Takes 1-3 minutes
(nbgrader grades three notebooks). ``--keep DIR`` keeps the demo course in DIR;
``--course DIR/kam2026`` makes the report and the picture again from a kept course.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECRET = "kamlab-report-screenshot"


def _kamlab(*args: str, cwd: Path) -> None:
    env = dict(os.environ, KAMLAB_COURSE_SECRET=SECRET, KAMLAB_LANG="zh")
    subprocess.run([sys.executable, "-m", "kamlab", *args], cwd=cwd, env=env, check=True)


def class_answers(course: Path, student: str = "instructor", *, personal: bool = False) -> tuple[dict, dict]:
    """Right answers of lesson 03 in ``course`` for ``student`` (by grade id), and two typical mistakes
    (03.1: the volume gain only; 03.4: the HHI before clearing), as the hidden tests see them."""
    import kamlab.exercises as kx
    from kamlab.exercises import assess
    from kamlab.exercises.assess import course_token, lesson_key

    settings = json.loads((course / "kamlab_course.json").read_text(encoding="utf-8"))
    key = lesson_key(settings["secret"], "03")
    right_mc = kx.lesson("03").solution("03.5").value  # practice order
    ex = kx.lesson(
        "03", mode="assess", lang=settings["lang"], course=course_token(key), personal=personal, student=student
    )
    right = {}
    for i in ("03.1", "03.2", "03.3", "03.4", "03.5"):
        value = ex.solution(i, key=key, **({"right": right_mc} if i == "03.5" else {})).value
        right[f"answer_{i.replace('.', '_')}"] = value if isinstance(value, str) else float(value)
    mistakes = {
        "answer_03_1": float(ex._facts_of(ex._graders["03.1"])["vol"]),
        "answer_03_4": float(ex._facts_of(ex._graders["03.4"])["before"]),
    }
    assess._ASSESSED.clear()
    return right, mistakes


def hand_in(course: Path, downloads: Path) -> None:
    """The class's LMS download into ``downloads``: ``lesson03.zip`` (2026001 right, 2026002 half
    right, 2026003 blank; files named ``<name>_<LMS number>_assignsubmission_file_lesson03.ipynb``)
    and ``roster.csv`` (学号, 姓名)."""
    import nbformat

    from kamlab.course.build import CODE_STUBS

    release = nbformat.read(course / "release" / "lesson03" / "lesson03.ipynb", as_version=4)
    stub = CODE_STUBS[json.loads((course / "kamlab_course.json").read_text(encoding="utf-8"))["lang"]]
    right, mistakes = class_answers(course)
    students = [
        ("2026001", "张三", {**right, "prediction_M1": 0.02, "prediction_M2": "sme_profit", "prediction_M4": 0.4}),
        ("2026002", "李四", {**right, **mistakes, "prediction_M2": "sme_profit", "prediction_M4": 0.05}),
        ("2026003", "王五", {}),
    ]
    with zipfile.ZipFile(downloads / "lesson03.zip", "w") as zf:
        for i, (_, name, answers) in enumerate(students):
            nb = nbformat.from_dict(json.loads(json.dumps(release)))
            for cell in nb.cells:
                grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
                if grade_id in answers:
                    cell.source = cell.source.replace(stub, f"answer = {answers[grade_id]!r}")
            zf.writestr(f"{name}_{83412 + i}_assignsubmission_file_lesson03.ipynb", nbformat.writes(nb))
    with (downloads / "roster.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([("学号", "姓名"), *((sid, name) for sid, name, _ in students)])


def screenshot(html: Path, out: Path, *, width: int = 1100, height: int = 1300) -> None:
    """Save the top ``height`` pixels of ``html`` (at ``width``) as a PNG, in headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(html.resolve().as_uri())
        page.wait_for_load_state("load")
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "img" / "report_zh.png"))
    parser.add_argument("--keep", default=None, help="make the demo course in this (new) folder and keep it")
    parser.add_argument("--course", default=None, help="a graded course already made (with --keep): report it again")
    args = parser.parse_args(argv)
    if args.course:
        _kamlab("report", "--force", cwd=Path(args.course))
        screenshot(Path(args.course) / "report.html", Path(args.out))
        print(args.out)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(args.keep) if args.keep else Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        downloads = where / "Downloads"
        downloads.mkdir(exist_ok=True)
        _kamlab("course", "new", "kam2026", "--lessons", "03", "--lang", "zh", cwd=where)
        course = where / "kam2026"
        _kamlab("course", "release", "03", cwd=course)
        hand_in(course, downloads)
        _kamlab(
            "course",
            "collect",
            "03",
            str(downloads / "lesson03.zip"),
            "--roster",
            str(downloads / "roster.csv"),
            cwd=course,
        )
        _kamlab("course", "grade", "03", cwd=course)
        _kamlab("report", "--force", cwd=course)
        screenshot(course / "report.html", Path(args.out))
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
