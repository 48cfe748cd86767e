"""``kamlab course new`` without running nbgrader: the files, the cells of every lesson, the CLI's refusals,
and the instructor's solutions pass their own hidden tests (every lesson's source notebook runs clean)."""

from __future__ import annotations

import json
import re

import nbformat
import pytest

from kamlab.cli import main
from kamlab.course.build import POINTS, course_notebook, new_course
from kamlab.exercises import LESSONS, assess
from kamlab.exercises.assess import lesson_key

SECRET = "kamlab-build-test"


@pytest.fixture(autouse=True)
def fresh_kernel():
    assess._ASSESSED.clear()
    yield
    assess._ASSESSED.clear()


def _grade_ids(nb):
    return [c.metadata["nbgrader"]["grade_id"] for c in nb.cells]


@pytest.mark.parametrize("lesson_id", list(LESSONS))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_lesson_becomes_a_course_notebook(lesson_id, lang):
    import kamlab.exercises as kx

    nb = course_notebook(lesson_id, lang=lang, secret=SECRET)
    assert not assess.assessed_lessons()  # building leaves practice mode on in this process
    ids = _grade_ids(nb)
    assert len(ids) == len(set(ids))
    kinds = {r.id: r.kind for r in kx.lesson(lesson_id, lang=lang).list().itertuples()}
    for i, kind in kinds.items():
        gid = i.replace(".", "_")
        answer = next(c for c in nb.cells if c.metadata.nbgrader["grade_id"] == f"answer_{gid}")
        assert "### BEGIN SOLUTION\nanswer = " in answer.source and answer.source.endswith(f'ex.check("{i}", answer)')
        if kind == "rubric":
            assert answer.metadata.nbgrader["grade"] and answer.metadata.nbgrader["solution"]
            assert answer.metadata.nbgrader["points"] == 10
            assert f"test_{gid}" not in ids
        else:
            test = next(c for c in nb.cells if c.metadata.nbgrader["grade_id"] == f"test_{gid}")
            meta = test.metadata.nbgrader
            assert (meta["grade"], meta["locked"], meta["points"]) == (True, True, POINTS)
            assert test.source.startswith(f'kamlab.course.assert_format(ex, "{i}", answer)\n### BEGIN HIDDEN TESTS\n')
            assert f'key="{lesson_key(SECRET, lesson_id)}"' in test.source
            assert ('right="' in test.source) == (kind == "judge")
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert not any(re.search(r"^ex\.(hint|solution)\(", s, re.M) for s in code)
    prose = [c.source for c in nb.cells if c.cell_type == "markdown"]  # issue #23, item 13: no hint advice left
    assert not any(re.search(r"ex\.(hint|solution)\(", s) for s in prose)
    if lang == "zh":  # item 11: no English comment or rubric code in a Chinese course
        assert not any(re.search(r"# your |\*\*[a-z_]+\*\* \(", s) for s in code + prose)
    assert any(f'kamlab.setup(lang="{lang}")' in s for s in code)
    assert any(f'kamlab.exercises.lesson("{lesson_id}", mode="assess", lang="{lang}", course="' in s for s in code)
    readonly = [c for c in nb.cells if not c.metadata.nbgrader["solution"] and not c.metadata.nbgrader["grade"]]
    assert all(c.metadata.nbgrader["locked"] for c in readonly)
    assert sum(g.startswith("prediction_") for g in ids) == (5 if lesson_id == "03" else 0)


def test_course_files_and_refusals(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KAMLAB_COURSE_SECRET", SECRET)
    course = tmp_path / "kam"
    assert main(["--lang", "en", "course", "new", str(course), "--lessons", "1,03", "--course-id", "kam-2026"]) == 0
    config = (course / "nbgrader_config.py").read_text()
    for line in (
        "c.CourseDirectory.course_id = 'kam-2026'",
        '"sqlite:///"',
        "c.ClearSolutions.code_stub = {\"python\": 'answer = None  # your answer'}",
        "c.Execute.timeout = 120",
        "nbgrader.preprocessors.ClearHiddenTests",
    ):
        assert line in config, line
    settings = json.loads((course / "kamlab_course.json").read_text())
    assert settings == {
        "course_id": "kam-2026",
        "lang": "en",
        "personal": False,
        "lessons": ["01", "03"],
        "secret": SECRET,
    }
    assert sorted(p.name for p in (course / "source").glob("*/*.ipynb")) == ["lesson01.ipynb", "lesson03.ipynb"]
    nb = nbformat.read(course / "source" / "lesson01" / "lesson01.ipynb", 4)
    assert nb.metadata["kamlab"]["lang"] == "en"
    capsys.readouterr()
    before = (course / "source" / "lesson01" / "lesson01.ipynb").read_bytes()
    assert main(["--lang", "en", "course", "new", str(course)]) == 2
    assert "exists; add --force" in capsys.readouterr().err
    assert (course / "source" / "lesson01" / "lesson01.ipynb").read_bytes() == before
    assert main(["--lang", "zh", "course", "new", str(tmp_path / "x"), "--lessons", "03,12"]) == 2
    assert "参数 --lessons 里的 12 没有练习" in capsys.readouterr().err
    assert main(["course", "new", str(course), "--lessons", "03", "--lang", "zh", "--force"]) == 0


def test_zh_course_reads_in_chinese(tmp_path, monkeypatch):
    """Issue #23, item 11: a zh course's released answer cells and text cells say 你的答案, not "your answer"."""
    from kamlab.course.build import CODE_STUBS, TEXT_STUBS

    monkeypatch.setenv("KAMLAB_COURSE_SECRET", SECRET)
    new_course(tmp_path / "zh", lessons="05", lang="zh")
    config = (tmp_path / "zh" / "nbgrader_config.py").read_text(encoding="utf-8")
    assert repr(CODE_STUBS["zh"]) in config and repr(TEXT_STUBS["zh"]) in config and "your answer" not in config
    assert "你的答案" in CODE_STUBS["zh"]


def test_m4_prediction_is_the_exact_value_and_m2_takes_plan_names():
    """Issue #23, items 11 and 13: the class report's M4 reference is the exact 0.40951 of lesson 03, and an M2
    prediction may be written as the plan's name in either language (the prompt asks for names, not codes)."""
    from kamlab.course.predictions import by_explorer
    from kamlab.i18n import t

    assert by_explorer()["portfolio_explorer"].model_answer() == 0.40951
    m2 = by_explorer()["segment_explorer"]
    answer = m2.model_answer()
    for lang in ("zh", "en"):
        assert m2.is_close(t(f"misconceptions.plan.{answer}", lang)) and m2.is_close(answer)
        assert "sme_profit" not in t("course.prediction.M2", lang) and "win_win" not in t("course.prediction.M2", lang)
    other = "sme_profit" if answer == "win_win" else "win_win"
    assert not m2.is_close(t(f"misconceptions.plan.{other}", "zh"))


def test_new_course_api_refuses_bad_language(tmp_path):
    from kamlab.errors import KamlabValueError

    with pytest.raises(KamlabValueError, match="parameter 'lang' = 'fr'"):
        new_course(tmp_path / "c", lang="fr")


@pytest.mark.servers  # runs a kernel (out of make test-fast); no xdist group: each lesson goes to the first free worker
@pytest.mark.parametrize("lesson_id", [k for k in LESSONS if k != "03"])  # 03: the end-to-end test
def test_instructor_solutions_pass_their_hidden_tests(lesson_id, tmp_path):
    """The source notebook, solutions and hidden tests in, runs without an error in a fresh kernel."""
    from nbclient import NotebookClient

    nb = course_notebook(lesson_id, lang="en", secret=SECRET)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    results = [
        line
        for c in nb.cells
        for o in c.get("outputs", [])
        if o.get("output_type") == "stream"
        for line in o["text"].splitlines()
        if line.startswith("KAMLAB-RESULT ")
    ]
    assert results and all(json.loads(r.split(" ", 1)[1])["correct"] for r in results)
