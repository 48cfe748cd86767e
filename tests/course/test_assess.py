"""Assess mode: format feedback only, and every route to an answer in the student's kernel refused.

Assess mode switches practice and sealed texts off for the rest of the process; the fixture
``fresh_kernel`` undoes that after each test, as a kernel restart would.
"""

from __future__ import annotations

import math

import pytest

import kamlab.exercises as kx
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.exercises import assess, core
from kamlab.exercises.assess import course_token, lesson_key, option_order, student_id

KEY = lesson_key("course-secret", "03")
TOKEN = course_token(KEY)


@pytest.fixture(autouse=True)
def fresh_kernel():
    assess._ASSESSED.clear()
    yield
    assess._ASSESSED.clear()


def assessed(**kw):
    return kx.lesson("03", mode="assess", lang=kw.pop("lang", "en"), course=TOKEN, **kw)


def test_practice_mode_is_unchanged():
    ex = kx.lesson("03", lang="en")
    assert ex.check("03.1", ex.solution("03.1").value).correct is True
    assert not hasattr(ex, "grade")


@pytest.mark.parametrize("answer", [0.5, -0.9, "1/3", 0.0, -0.0117])
def test_check_never_says_right_or_wrong(answer):
    ex = assessed()
    right = ex.solution("03.1", key=KEY).value
    for a in (answer, right):
        fb = ex.check("03.1", a)
        assert fb.correct is None
        assert "right (" in fb.message and "Not yet" not in fb.message
    # the message does not depend on the answer's correctness
    assert ex.check("03.1", right).message == ex.check("03.1", right + 0.3).message


def test_check_reports_form_problems_in_the_users_language():
    ex = assessed()
    assert "Cannot read a number" in ex.check("03.1", "abc").message
    assert "out of range" in ex.check("03.3", 1.7).message
    assert "from 0 to 10000" in ex.check("03.4", -5).message
    assert "Cannot read an option" in ex.check("03.5", "e").message
    zh = kx.lesson("03", mode="assess", lang="zh", course=TOKEN)
    assert "超出了允许的范围" in zh.check("03.3", 1.7).message
    assert zh.check("03.2", None).correct is None


def test_every_route_to_an_answer_is_refused():
    ex = assessed()
    refused = [
        lambda: ex.solution("03.1"),
        lambda: ex.solution("03.5"),
        lambda: ex.solution("03.1", key="a guess"),
        lambda: ex.hint("03.1"),
        lambda: ex.hint("03.5", 1),
        lambda: ex.grade("03.1", 0.1, key="a guess"),
        lambda: ex.grade("03.5", "a", key=TOKEN, right="a"),  # the public token is not the key
        lambda: kx.lesson("03"),  # practice mode of the same lesson
        lambda: kx.lesson("03", student="s1"),
        lambda: kx.answer_hash("03.5", "a"),
        lambda: core.unseal(core.sealed_catalog()["ex.03.5.solution"]["en"]),
        lambda: core.text("ex.03.5.fb.a", "en"),
        lambda: core.text("ex.03.5.solution", "zh"),
    ]
    for route in refused:
        with pytest.raises(KamlabValueError, match="assessment mode|being assessed|测评模式"):
            route()
    # the assessed multiple-choice exercise holds no answer: its facts carry none
    assert ex._facts_of(ex._exercises["03.5"]) == {"expected": None}
    assert "03.5" not in ex._graders  # nor does the set keep the practice grader (and its hash)
    # other lessons keep practising in the same kernel
    assert kx.lesson("01", lang="en").check("01.1", None).correct is None


def test_refusal_in_chinese():
    ex = assessed(lang="zh")
    with pytest.raises(KamlabValueError, match="第 03 课处于测评模式：解答不可用"):
        ex.solution("03.2")


def test_grade_with_the_key_gives_verdict_and_category():
    ex = assessed()
    right = ex.solution("03.1", key=KEY).value
    assert ex.grade("03.1", right, key=KEY).correct is True
    facts = ex._facts_of(ex._graders["03.1"])
    wrong = ex.grade("03.1", facts["vol"], key=KEY)  # volume gain only: a typical mistake
    assert (wrong.correct, wrong.category) == (False, "ex.03.1.fb.volume_only")
    assert wrong.marker().startswith('KAMLAB-RESULT {"exercise": "03.1", "correct": false')


def test_multiple_choice_is_shuffled_by_course_and_graded_by_the_hidden_right_option():
    ex = assessed()
    order = option_order(TOKEN, "03.5")
    assert sorted(order) == list("abcd")
    letter = ex.solution("03.5", key=KEY, right="c").value
    assert order[ord(letter) - ord("a")] == "c"
    assert ex.grade("03.5", letter, key=KEY, right="c").correct is True
    assert ex.grade("03.5", letter.upper(), key=KEY, right="c").correct is True
    others = [c for c in "abcd" if c != letter]
    assert not any(ex.grade("03.5", c, key=KEY, right="c").correct for c in others)
    # the prompt shows the option text of canonical "c" under the letter the student sees
    prompt = ex.ask("03.5").text
    assert f"{letter}: Keep the SMEs" in prompt
    # different courses order differently (at least one of a few tokens differs from practice order)
    assert any(option_order(course_token(f"k{i}"), "03.5") != tuple("abcd") for i in range(5))


def test_course_data_differ_from_practice_and_personal_data_per_student():
    practice_value = kx.lesson("03", lang="en").solution("03.4").value
    assess._ASSESSED.clear()
    common = assessed().solution("03.4", key=KEY).value
    one = assessed(personal=True, student="s1").solution("03.4", key=KEY).value
    two = assessed(personal=True, student="s2").solution("03.4", key=KEY).value
    assert len({round(practice_value, 6), round(common, 6), round(one, 6), round(two, 6)}) == 4
    assert math.isclose(assessed(personal=True, student="s1").solution("03.4", key=KEY).value, one)


def test_student_id_follows_nbgraders_rule(tmp_path, monkeypatch):
    from ._nbgrader import nbgrader_exe

    nbgrader_exe()  # skips on a workstation without nbgrader, fails in CI
    import nbgrader.utils as nbutils

    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    assert student_id() == nbutils.get_username()
    assert assessed().student == nbutils.get_username()
    monkeypatch.setenv("JUPYTERHUB_USER", "s2026001")
    monkeypatch.setattr(nbutils, "get_osusername", lambda: "jovyan")  # nbgrader's hub case
    assert student_id() == nbutils.get_username() == "s2026001"
    folder = tmp_path / "autograded" / "s7" / "lesson03"
    folder.mkdir(parents=True)
    monkeypatch.chdir(folder)
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert student_id() == "s7"


def test_bad_parameters():
    with pytest.raises(KamlabValueError, match="parameter 'mode' = 'exam'"):
        kx.lesson("03", mode="exam")
    with pytest.raises(KamlabValueError, match="personal=True needs the course token"):
        kx.lesson("03", mode="assess", personal=True)
    with pytest.raises(KamlabTypeError, match="parameter 'course' must be the course token"):
        kx.lesson("03", mode="assess", course=5)
    with pytest.raises(KamlabValueError, match="belong to mode='assess'"):
        kx.lesson("03", course=TOKEN)


def _exercise_holders(value) -> bool:
    """An Exercise, or a collection of them, or the class that computes their facts."""
    if isinstance(value, core.Exercise) or value is getattr(core, "_Context", None):
        return True
    return isinstance(value, (tuple, list)) and any(isinstance(v, core.Exercise) for v in value)


def test_no_public_name_hands_out_the_grading_facts():
    """The review's route, ``kamlab.exercises.core.Context`` + the lesson module's ``EXERCISES`` +
    ``e.facts(ctx)["expected"]``, gave 03.1-03.4's answers in four lines (issue 27); neither it nor
    any other public name of the exercise modules or the assessed set may."""
    import importlib

    ex = assessed()
    module = importlib.import_module(f"kamlab.exercises.{kx.LESSONS['03']}")
    with pytest.raises(AttributeError):
        core.Context  # noqa: B018  (the review's first line)
    with pytest.raises(AttributeError):
        module.EXERCISES  # noqa: B018  (its second)
    holders = []
    for name in (
        "kamlab.exercises",
        "kamlab.exercises.core",
        "kamlab.exercises.assess",
        *(f"kamlab.exercises.{m}" for m in kx.LESSONS.values()),
    ):
        mod = importlib.import_module(name)
        names = [n for n in vars(mod) if not n.startswith("_")]
        holders += [f"{name}.{n}" for n in names if _exercise_holders(getattr(mod, n, None))]
    holders += [f"AssessedSet.{n}" for n in dir(ex) if not n.startswith("_") and _exercise_holders(getattr(ex, n))]
    assert not holders, holders
