"""Exercises of lesson 04 (case K1): expected answers, typical mistakes, personal sets, the sealed judge."""

import pytest

import kamlab
import kamlab.exercises as kx
from kamlab.exercises import runaway_horse as exercises
from kamlab.labels import runaway_horse as labels04
from tests.exercises._judge import check_judge_hashed_and_sealed
from tests.exercises._sets import HAND

STUDENTS = ["2026001", "2026002", "alice", "b-17", "9"]


@pytest.fixture(scope="module")
def l04():
    return kx.lesson("04", lang="en")


@pytest.fixture(scope="module")
def personal04():
    return {s: kx.lesson("04", student=s, lang="en") for s in STUDENTS}


def test_ids_and_discovery(l04):
    assert "04" in kx.LESSONS
    assert l04.ids == ["04.1", "04.2", "04.3", "04.4", "04.5", "04.6"]
    assert l04.list().kind.tolist() == ["compute"] * 4 + ["judge", "rubric"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_texts_hints_solutions_in_both_languages(lang):
    for student in (None, "2026001"):
        ex = kx.lesson("04", lang=lang, student=student)
        for i in ex.ids:
            assert ex.ask(i).text and ex.check(i, None).correct is None
            for _ in range(4):
                assert ex.hint(i).text
            sol = ex.solution(i)
            written = ex._exercises[i].kind == "rubric"  # the case analysis: assessed against its rubric
            assert sol.text and ex.check(i, sol.text if written else sol.value).correct is (None if written else True)


def test_04_1_product_and_mistakes(l04):
    # not the lesson's worked example (0.3, 0.2, 0.1 -> 0.006): 0.4 x 0.25 x 0.15 = 0.015
    assert l04.solution("04.1").value == pytest.approx(0.4 * 0.25 * 0.15)
    assert l04.check("04.1", 0.015).correct and l04.check("04.1", "1.5%").correct
    msgs = {a: l04.check("04.1", a).message for a in (0.8, 0.8 / 3, 0.6175, 0.3825, 0.4, 0.15, 0.05)}
    assert "added" in msgs[0.8] and "average" in msgs[0.8 / 3] and "at least one" in msgs[0.6175]
    assert "all three links hold" in msgs[0.3825] and "weakest" in msgs[0.4] and "strongest" in msgs[0.15]
    assert "not within" in msgs[0.05]
    assert l04.check("04.1", "abc").correct is False and "abc" in l04.check("04.1", "abc").message


def test_04_2_share_of_b(l04):
    k1 = kamlab.load_k1_case()
    assert 3_000_000 / k1.accounts.revenue.sum() == pytest.approx(0.13)  # the chapter's 2007, printed by the lesson
    # another year: 3,600,000 of 30,000,000 = 0.12
    assert "3,600,000" in str(l04.ask("04.2")) and "30,000,000.00" in str(l04.ask("04.2"))
    assert l04.solution("04.2").value == pytest.approx(HAND["04.2"]) == pytest.approx(0.12)
    assert l04.check("04.2", 0.12).correct and "reaches the 10%" in l04.check("04.2", 0.12).message
    assert l04.check("04.2", 0.13).correct is False
    assert "fraction" in l04.check("04.2", 12).message
    assert "other way round" in l04.check("04.2", 30 / 3.6).message
    assert "other customers" in l04.check("04.2", 3.6 / (30 - 3.6)).message


def test_04_3_lu_variant(l04):
    # not the lesson's worked example (0.1 + 0.9 x 0.006): 0.2 + 0.8 x (0.5 x 0.4 x 0.2) = 0.232
    assert l04.solution("04.3").value == pytest.approx(0.2 + 0.8 * 0.04)
    assert l04.check("04.3", 0.232).correct
    assert "independent links" in l04.check("04.3", 0.04).message
    assert "multiplied" in l04.check("04.3", 0.008).message
    assert "weight it by" in l04.check("04.3", 0.24).message
    assert "even if Lu stays" in l04.check("04.3", 0.2).message


def test_04_4_knowledge_capture(l04):
    assert l04.solution("04.4").value == pytest.approx(0.65 * 0.6 * 0.55 * 3_000_000) == pytest.approx(643_500)
    assert l04.check("04.4", 643_500).correct
    assert "nothing captured" in l04.check("04.4", 3_000_000).message
    assert "only 1 −" in l04.check("04.4", 1_500_000).message
    assert "probability of losing B" in l04.check("04.4", 0.2145).message
    assert "with Lu" in l04.check("04.4", 18_000).message
    assert "total sales" in l04.check("04.4", 0.2145 * 23_076_923.08).message


def test_personal_sets_differ_and_are_separable(personal04):
    values = {s: tuple(round(ex.solution(i).value, 6) for i in ex.ids[:4]) for s, ex in personal04.items()}
    assert len(set(values.values())) == len(STUDENTS)
    for ex in personal04.values():
        facts = ex._facts_of(ex._exercises["04.1"])
        for key, wrong in facts["mistakes"]:
            assert ex.check("04.1", wrong).correct is False, key
        facts = ex._facts_of(ex._exercises["04.3"])
        for key, wrong in facts["mistakes"]:
            assert ex.check("04.3", wrong).correct is False, key
        for i in ex.ids[:5]:
            assert ex.check(i, ex.solution(i).value).correct is True


def test_judge_hashed_and_sealed():
    check_judge_hashed_and_sealed("04", exercises.ANSWER_04_5, labels04, labels04.SEALED)
