"""Exercises of lesson 06 (case K3): right answers accepted, typical mistakes get their message."""

import re

import pytest

import kamlab
import kamlab.exercises as kx
from kamlab.exercises import gome_gree as exercises
from kamlab.labels import gome_gree as labels
from kamlab.models.gome_gree import GomeGreeCase, grim_trigger_threshold, one_shot
from tests.exercises._judge import check_judge_hashed_and_sealed

STUDENTS = ("2026001", "2026002", "2026017")


@pytest.fixture(scope="module")
def en():
    return kx.lesson("06", lang="en")


@pytest.fixture(scope="module")
def personal():
    return {s: kx.lesson("06", student=s, lang="en") for s in STUDENTS}


def numbers(text):
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", text)]


def test_lesson_is_discovered_and_lists_five_exercises(en):
    assert "06" in kx.LESSONS
    assert en.ids == ["06.1", "06.2", "06.3", "06.4", "06.5", "06.6"]
    assert en.list()["kind"].tolist() == ["compute", "interpret", "compute", "compute", "judge", "rubric"]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("blank", [None, ..., "", "  "])
def test_unanswered_gives_none(lang, blank):
    ex = kx.lesson("06", lang=lang)
    assert ex.check("06.1", blank).correct is None


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_solutions_hints_and_prompts_in_both_languages(lang):
    ex = kx.lesson("06", lang=lang)
    for exercise_id in ex.ids:
        sol = ex.solution(exercise_id)
        assert sol.text.strip() and "{" not in sol.text
        written = ex._exercises[exercise_id].kind == "rubric"  # the case analysis: assessed against its rubric
        assert ex.check(exercise_id, sol.text if written else sol.value).correct is (None if written else True)
        assert "{" not in ex.ask(exercise_id).text
        for k in range(1, 4 if exercise_id not in ("06.5", "06.6") else 3):
            assert ex.hint(exercise_id, number=k).text.strip()


def test_06_1_known_answer_and_mistakes(en):
    # not the lesson's worked example (T = 15, R = 0, P = -28.5 -> 0.3448): T = 20, R = 4, P = -20 -> 16 / 40
    assert "T = 20" in en.ask("06.1").text and "R = 4" in en.ask("06.1").text and "P = -20" in en.ask("06.1").text
    assert en.solution("06.1").value == pytest.approx(0.4)
    assert en.check("06.1", 0.4).correct and en.check("06.1", "16/40").correct
    assert en.check("06.1", 40).message.startswith("Not yet: give the answer as a fraction")
    assert "one minus the right answer" in en.check("06.1", 24 / 40).message
    assert "not R − P" in en.check("06.1", 16 / 24).message
    assert "forgets the punishment" in en.check("06.1", 16 / 20).message
    facts = {"expected": grim_trigger_threshold(20, 4, -10), "trp": (20.0, 4.0, -10.0)}
    assert exercises._grade_06_1(1.6, facts, None).key == "ex.06.1.fb.sign_of_p"  # 16 / (20 - 10)
    assert "T + P" in kamlab.t("ex.06.1.fb.sign_of_p", "en")
    assert "Write down the discounted total" in en.check("06.1", 0.9).message


def test_06_1_pairs_are_separable_and_personal(personal):
    triples = exercises._triples_06_1()
    assert len(triples) > 20
    for ex in personal.values():
        t_, r, p = (float(x) for x in re.search(r"T = (\S+);.*R = (\S+);.*P = (\S+)\.", ex.ask("06.1").text).groups())
        assert ex.solution("06.1").value == pytest.approx(grim_trigger_threshold(t_, r, p))
        assert f"{ex.solution('06.1').value:.4f}" in ex.solution("06.1").text


def test_06_2(en):
    assert en.solution("06.2").value == "cut/withdraw"
    for answer in ("cut/withdraw", "Cut, Withdraw", "擅自降价/撤出", "擅自降价，撤出", "Cut price / Withdraw"):
        assert en.check("06.2", answer).correct is True, answer
    assert "not stable" in en.check("06.2", "keep/supply").message
    assert "compare Gome's two rows" in en.check("06.2", "keep/withdraw").message
    assert "Gree withdraws" in en.check("06.2", "cut/supply").message
    assert "Cannot tell which cell" in en.check("06.2", "both lose").message


def test_06_2_personal_answers_follow_the_model(personal):
    seen = set()
    for ex in personal.values():
        value = ex.solution("06.2").value
        seen.add(value)
        assert value in ("cut/withdraw", "cut/supply")
        if value == "cut/supply":
            assert "withdrawing loses Gree more" in ex.check("06.2", "cut/withdraw").message
    for d, g in exercises._PARAMS_06_2:
        assert len(GomeGreeCase(gree_dependence=d, gome_cut_gain=g).game().pure_equilibria()) == 1


def test_06_3(en, personal):
    # not the lesson's 1% (25 / 42.5 = 0.5882): 1.2%, L_g = 30, so P(cut) = 30 / 42.5
    assert en.solution("06.3").value == pytest.approx(30 / 42.5)
    assert en.check("06.3", 0.71).correct
    r = one_shot(GomeGreeCase(gree_dependence=0.012, copycat_risk=0.2))
    y = float(r.mixed[0][1][1])
    assert "Gree's probability" in en.check("06.3", y).message
    assert "keeps the price" in en.check("06.3", 1 - 30 / 42.5).message
    for d in exercises._DEPENDENCE_06_3:
        r = one_shot(GomeGreeCase(gree_dependence=d, copycat_risk=0.2))
        assert r.pure == [] and len(r.mixed) == 1
    for ex in personal.values():
        assert ex.check("06.3", ex.solution("06.3").value).correct


def test_06_4(en):
    # not the lesson's 5% exposure and premium 1 (1.7%): 6% and 2, D = 51, 51 / 3,750 = 1.36%
    assert en.solution("06.4").value == pytest.approx(0.0136)
    assert en.check("06.4", "1.36%").correct and en.check("06.4", 0.0136).correct
    assert en.check("06.4", 1.36).message.startswith("Not yet: give the answer as a fraction")
    assert "future value of the channel" in en.check("06.4", 0.0408).message
    assert "win back" in en.check("06.4", 0.0068).message
    assert "solve for the dependence" in en.check("06.4", 0.05).message


def test_06_5_judge_is_hashed_and_sealed():
    check_judge_hashed_and_sealed("06", exercises.ANSWER_06_5, labels, labels.SEALED)


def test_solution_numbers_match_the_model():
    zh = kx.lesson("06", lang="zh").solution("06.5").text
    case = GomeGreeCase()
    from kamlab.models.gome_gree import KamDepartment

    assert f"{case.cooperation_threshold():.3f}" in zh and f"{case.cooperation_threshold(KamDepartment()):.3f}" in zh
    assert f"（{case.gree_price_damage:g}）" in zh and f"（{case.gree_loss:g}）" in zh
