"""Exercises of lesson 05 (case K2): expected answers, typical mistakes, personal sets, the sealed judge."""

import pytest

import kamlab.exercises as kx
from kamlab.exercises import complaint_relay as exercises
from kamlab.labels import complaint_relay as labels05
from kamlab.models.complaint_relay import HEROIC, complaint_rates, expected_quarter
from tests.exercises._judge import check_judge_hashed_and_sealed
from tests.exercises._sets import HAND

STUDENTS = ["2026001", "2026002", "alice", "b-17", "9"]


@pytest.fixture(scope="module")
def l05():
    return kx.lesson("05", lang="en")


@pytest.fixture(scope="module")
def personal05():
    return {s: kx.lesson("05", student=s, lang="en") for s in STUDENTS}


def test_ids_and_discovery(l05):
    assert "05" in kx.LESSONS
    assert l05.ids == ["05.1", "05.2", "05.3", "05.4", "05.5", "05.6"]
    assert l05.list().kind.tolist() == ["compute"] * 4 + ["judge", "rubric"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_texts_hints_solutions_in_both_languages(lang):
    for student in (None, "2026001"):
        ex = kx.lesson("05", lang=lang, student=student)
        for i in ex.ids:
            assert ex.ask(i).text and "{" not in ex.ask(i).text and ex.check(i, None).correct is None
            n = ex._exercises[i].n_hints
            hints = [ex.hint(i).text for _ in range(n)]
            assert len(set(hints)) == n and all("{" not in h for h in hints)
            sol = ex.solution(i)
            written = ex._exercises[i].kind == "rubric"  # the case analysis: assessed against its rubric
            assert sol.text and "{" not in sol.text
            assert ex.check(i, sol.text if written else sol.value).correct is (None if written else True)


def test_05_1_contacts_are_one_over_fcr(l05):
    # f = 0.32, not the heroic way's 0.24 that the lesson prints: 1 / 0.32 = 3.125 contacts
    assert complaint_rates(HEROIC).first_contact_resolution == pytest.approx(0.24)
    assert "probability 0.32" in str(l05.ask("05.1"))
    assert l05.solution("05.1").value == pytest.approx(HAND["05.1"]) == pytest.approx(1 / 0.32)
    assert l05.check("05.1", 3.125).correct and l05.check("05.1", "25/8").correct
    assert l05.check("05.1", 4.1667).correct is False  # the lesson's heroic 1 / 0.24
    assert "first-contact resolution itself" in l05.check("05.1", 0.32).message
    assert "1 ÷ (1 − f)" in l05.check("05.1", 1 / 0.68).message
    assert "add the first one" in l05.check("05.1", 0.68 / 0.32).message
    assert "not within" in l05.check("05.1", 2).message


def test_05_2_complaints(l05):
    # 500 orders x 0.12 late x 0.7 = 42 (the lesson's quarter: 600 x 0.14 x 0.9 = 75.6)
    assert expected_quarter(HEROIC)["complaints"] == pytest.approx(75.6)
    assert l05.solution("05.2").value == pytest.approx(HAND["05.2"]) == pytest.approx(42)
    assert l05.check("05.2", 42).correct and l05.check("05.2", 42.4).correct
    assert l05.check("05.2", 75.6).correct is False
    assert "number of late orders" in l05.check("05.2", 60).message
    assert "share of late orders" in l05.check("05.2", 350).message
    assert "1 − 0.7" in l05.check("05.2", 18).message


def test_05_3_hours_and_05_4_promises(l05):
    assert l05.solution("05.3").value == pytest.approx(840)
    assert "one contact" in l05.check("05.3", 210).message
    assert "divide by it" in l05.check("05.3", 52.5).message
    assert "hours per complaint" in l05.check("05.3", 12).message
    assert l05.solution("05.4").value == pytest.approx(39.2)
    assert "instead of 1 − i" in l05.check("05.4", 16.8).message
    assert "factor 0.7" in l05.check("05.4", 56).message
    assert "chance for one promise" in l05.check("05.4", 0.49).message


def test_personal_sets_differ_and_are_separable(personal05):
    values = {s: tuple(round(ex.solution(i).value, 6) for i in ex.ids[:4]) for s, ex in personal05.items()}
    assert len(set(values.values())) == len(STUDENTS)
    for ex in personal05.values():
        for i in ex.ids[:4]:
            for key, wrong in ex._facts_of(ex._exercises[i])["mistakes"]:
                assert ex.check(i, wrong).correct is False, (i, key)
        for i in ex.ids[:5]:
            assert ex.check(i, ex.solution(i).value).correct is True


def test_judge_hashed_and_sealed():
    check_judge_hashed_and_sealed("05", exercises.ANSWER_05_5, labels05, labels05.SEALED)
