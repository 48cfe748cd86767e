"""Exercises of lesson 07 (P1-P5 and the capstone): answers, typical mistakes, rubrics."""

import re

import numpy as np
import pytest

import kamlab
import kamlab.exercises as kx
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.exercises import core
from kamlab.exercises import kam_in_practice as exercises
from kamlab.exercises.core import criterion_name
from kamlab.labels import kam_in_practice as labels
from kamlab.models.kam_in_practice import capstone as cap
from kamlab.models.kam_in_practice import competency as comp
from kamlab.models.kam_in_practice import maturity as mat
from tests.exercises._judge import check_judge_hashed_and_sealed
from tests.exercises._sets import HAND

STUDENTS = ("2026001", "2026002", "2026017")
MEMO_EN = (
    "The diagnostic puts the firm at the tactical stage. Strategy comes first: leaders set a KAM vision, "
    "link account plans to the business plan, then build cross-functional teams and a KAM department, "
    "select key-account managers as engineer, salesperson and leader, and only then a CRM. Pilot on five "
    "accounts and track retention and customer profit. Budget and lasting support from the top are the "
    "conditions; the risk is a CRM that only records the old bow-tie of contacts."
)


@pytest.fixture(scope="module")
def en():
    return kx.lesson("07", lang="en")


@pytest.fixture(scope="module")
def zh():
    return kx.lesson("07", lang="zh")


@pytest.fixture(scope="module")
def personal():
    return {s: kx.lesson("07", student=s, lang="en") for s in STUDENTS}


def test_lesson_is_discovered_with_its_kinds(en):
    assert "07" in kx.LESSONS
    assert en.ids == ["07.1", "07.2", "07.3", "07.4", "07.5", "07.6", "07.7"]
    assert en.list()["kind"].tolist() == ["compute", "interpret", "compute", "compute", "judge", "rubric", "rubric"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_exercise_asks_hints_and_solves_in_both_languages(lang):
    ex = kx.lesson("07", lang=lang)
    for exercise_id in ex.ids:
        assert "{" not in ex.ask(exercise_id).text and "{" not in ex.ask(exercise_id).title
        sol = ex.solution(exercise_id)
        assert sol.text.strip() and "{" not in sol.text
        n_hints = 3 if exercise_id in ("07.1", "07.2", "07.3", "07.4") else 2
        for k in range(1, n_hints + 1):
            assert ex.hint(exercise_id, number=k).text.strip()
        if ex._exercise(exercise_id, "t").kind == "rubric":
            assert sol.value is None
            assert ex.check(exercise_id, sol.text).correct is None  # the model answer is long enough
        else:
            assert ex.check(exercise_id, sol.value).correct is True, exercise_id
        assert ex.check(exercise_id, None).correct is None


# ---- 07.1 an area's score -----------------------------------------------------------------
def test_07_1_known_answer_and_mistakes(en):
    assert "P2 (Organisation & processes)" in en.ask("07.1").text
    # not the lesson's worked example (the chapter-typical 1, 1, 2, 1 -> 6.25)
    assert en.ask("07.1").table["answer"].tolist() == [2, 2, 3, 3]
    assert en.solution("07.1").value == pytest.approx(HAND["07.1"]) == pytest.approx(37.5)  # (2.5 - 1) / 4 x 100
    assert en.check("07.1", 37.5).correct and en.check("07.1", "37.9").correct
    assert en.check("07.1", 25).correct is False  # the stage line the lesson prints
    assert "divided the mean by 5" in en.check("07.1", 50).message  # 2.5 / 5
    assert "did not subtract 1" in en.check("07.1", 62.5).message  # 2.5 / 4
    assert "the mean answer" in en.check("07.1", 2.5).message
    assert "0-100 scale" in en.check("07.1", 0.375).message
    assert "Score = (mean answer - 1) / 4 x 100" in en.check("07.1", 80).message
    assert "Cannot read a number" in en.check("07.1", "half").message


def test_07_1_personal_sets_match_the_model(personal):
    areas = set()
    for ex in personal.values():
        table = ex.ask("07.1").table
        values = table["answer"].tolist()
        point = re.search(r"statements of (P\d)", ex.ask("07.1").text).group(1)
        areas.add(point)
        answers = mat.profile_answers("benchmark")
        area = next(a for a, p in mat.AREA_POINTS.items() if p == point)
        for q, v in zip(table["question"], values):
            answers[q] = v
        assert ex.solution("07.1").value == pytest.approx(mat.score_maturity(answers).areas[area])
        assert ex.check("07.1", ex.solution("07.1").value).correct
        assert exercises._distinct_07_1(values)
    assert len(areas) > 1


# ---- 07.2 which area first --------------------------------------------------------------
def test_07_2_default_is_the_foundation_rule(en, zh):
    assert en.solution("07.2").value == "P1"
    for answer in ("P1", "p1", "strategy", "Strategic fit", "战略契合", " P1 "):
        assert en.check("07.2", answer).correct is True, answer
    msg = en.check("07.2", "P2").message  # the weakest area
    assert "R3 puts its remedies first" in msg
    assert "R3" in zh.check("07.2", "组织与流程").message
    assert "Cannot read an area" in en.check("07.2", "P7").message
    assert "Use R1" in en.check("07.2", "P4").message


def test_07_2_personal_first_area_differs_from_the_weakest(personal):
    for ex in personal.values():
        table = ex.ask("07.2").table
        answers = dict(zip(table["question"], table["answer"]))
        result = mat.score_maturity(answers)
        rec = mat.recommend(result, max_items=17)
        first = mat.AREA_POINTS[rec["area"].iloc[0]]
        assert ex.solution("07.2").value == first
        weakest = mat.AREA_POINTS[result.weakest[0]]
        assert weakest != first
        assert ex.check("07.2", weakest).correct is False
        assert ex.check("07.2", first).correct is True


# ---- 07.3 competency fit ----------------------------------------------------------------
def test_07_3_known_answer_and_mistakes(en):
    # levels 5 3 3 3 5 3 4 3 3 against required 4 4 3 4 4 5 4 4 5 (total 37): shortfalls
    # 0 + 1 + 0 + 1 + 0 + 2 + 0 + 1 + 2 = 7, fit = 1 - 7/37 = 30/37 (the lesson's star salesperson: 25/37)
    levels = [int(v) for v in en.ask("07.3").table.iloc[:, 1]]
    assert levels == [5, 3, 3, 3, 5, 3, 4, 3, 3]
    assert en.solution("07.3").value == pytest.approx(HAND["07.3"]) == pytest.approx(30 / 37)
    assert en.check("07.3", 0.811).correct and en.check("07.3", "30/37").correct
    assert en.check("07.3", 25 / 37).correct is False
    assert "offset the shortfalls" in en.check("07.3", 32 / 37).message  # levels 32 / required 37
    assert "The fit is 1 minus it" in en.check("07.3", 7 / 37).message
    assert "top of the scale" in en.check("07.3", 32 / 45).message
    assert en.check("07.3", 81.08).message.startswith("Not yet: give the answer as a fraction")


def test_07_3_personal_candidates(personal):
    for ex in personal.values():
        table = ex.ask("07.3").table
        levels = dict(zip(comp.SKILL_IDS, table["candidate"]))
        assert table["required"].tolist() == [comp.ROLE_PROFILES["key_account_manager"][s] for s in comp.SKILL_IDS]
        assert ex.solution("07.3").value == pytest.approx(comp.competency_fit(levels).fit)
        assert ex.check("07.3", ex.solution("07.3").value).correct


# ---- 07.4 capstone uplift ---------------------------------------------------------------
def test_07_4_matches_the_capstone(en):
    c = cap.capstone(en.data, budget_yuan=1_000_000, n_sims=100)
    x = c.evaluation.expected_uplift / 1e6
    assert en.solution("07.4").value == pytest.approx(x)
    assert en.check("07.4", round(x, 3)).correct
    assert (
        "did not subtract what KAM itself costs"
        in en.check("07.4", (c.evaluation.expected_uplift + c.evaluation.expected_cost) / 1e6).message
    )
    flat = cap.evaluate_programme(en.data, c.programme, discount_rate=0.0, n_sims=20).expected_uplift / 1e6
    assert "undiscounted" in en.check("07.4", flat).message
    assert "wrong unit" in en.check("07.4", c.evaluation.expected_uplift).message
    assert "c.evaluation.expected_uplift" in en.check("07.4", 0.1).message


def test_07_4_personal_data_and_budgets(personal):
    budgets = set()
    for ex in personal.values():
        budget = int(re.search(r"budget_yuan=([\d_]+)", ex.ask("07.4").text).group(1))
        budgets.add(budget)
        assert budget in exercises._BUDGETS_07_4
        assert not ex.data.equals(kx.lesson("07").data)
        programme = cap.plan_programme(ex.data, budget_yuan=budget)
        x = cap.evaluate_programme(ex.data, programme, n_sims=20).expected_uplift / 1e6
        assert ex.solution("07.4").value == pytest.approx(x)
        assert x > 0


# ---- 07.5 judge -------------------------------------------------------------------------
def test_07_5_judge_is_hashed_and_sealed():
    right = check_judge_hashed_and_sealed("07", exercises.ANSWER_07_5, labels, labels.SEALED)
    assert right != "d" and "33% more volume" in kx.lesson("07", lang="en").check("07.5", "d").message


# ---- 07.6, 07.7 rubric --------------------------------------------------------------------
def test_rubric_check_asks_for_text_and_enough_of_it(en, zh):
    assert "give your answer as text" in en.check("07.6", 42).message
    short = en.check("07.6", "Strategy first.")
    assert short.correct is False and "has 2 words" in short.message and "at least 80" in short.message
    fb = en.check("07.6", MEMO_EN)
    assert fb.correct is None and fb.symbol == "✎"
    assert "does not mark it" in fb.message
    for code, points in exercises.RUBRIC_07_6:
        assert kamlab.t(f"ex.07.6.rubric.{code}", "en") in fb.message and f"({points})" in fb.message
    memo_zh = "战略先行" * 25
    assert zh.check("07.6", memo_zh).correct is None and "评分标准" in zh.check("07.6", memo_zh).message
    assert zh.check("07.6", "战略先行").correct is False


def test_rubric_tables_and_scoring(en, zh):
    for exercise_id, rubric in (("07.6", exercises.RUBRIC_07_6), ("07.7", exercises.RUBRIC_07_7)):
        table = en.rubric(exercise_id)
        assert table["criterion"].tolist() == [c for c, _ in rubric]
        assert int(table["points"].sum()) == 10
        assert zh.rubric(exercise_id)["description"].str.contains("：").all()
        full = en.score_rubric(exercise_id, {c: p for c, p in rubric})
        assert full.value == 1.0 and "Score 10 of 10 (100%)" in full.text
        half = en.score_rubric(exercise_id, {c: p / 2 for c, p in rubric})
        assert half.value == pytest.approx(0.5) and half.table["Score"].sum() == 5
    assert "07.7" in en.ask("07.7").text and "budget_yuan=1_000_000" in en.ask("07.7").text


def test_every_rubric_criterion_has_a_name_in_both_languages():
    """The rubric tables and the course show a criterion's name (its description's opening words), never its code."""
    import kamlab.exercises as kx

    for lesson_id in ("01", "02", "03", "04", "05", "06", "07"):
        for lang in ("zh", "en"):
            ex = kx.lesson(lesson_id, lang=lang)
            for row in ex.list().itertuples():
                if row.kind == "rubric":
                    for code in ex.rubric(row.id)["criterion"]:
                        assert criterion_name(row.id, code, lang) != code, (row.id, code, lang)


def test_rubric_reads_in_the_sets_language_in_full(zh):
    """Issue #23, item 11: the zh rubric shows Chinese headers and criterion names, descriptions uncut."""
    for exercise_id, rubric in (("07.6", exercises.RUBRIC_07_6), ("07.7", exercises.RUBRIC_07_7)):
        table = zh.rubric(exercise_id)
        html, text = table._repr_html_(), repr(table)
        for word in ("criterion", "points", "description"):
            assert f">{word}<" not in html and word not in text.splitlines()[0]
        assert "评分项" in html and "分值" in html and "说明" in html
        for code, _ in rubric:
            name = criterion_name(exercise_id, code, "zh")
            assert name != code and name in html and kamlab.t(f"ex.{exercise_id}.rubric.{code}", "zh") in html
        assert "..." not in html and "..." not in text
        scored = zh.score_rubric(exercise_id, {c: p for c, p in rubric})
        assert "得分" in scored.table.columns and "score" not in scored.table.columns


def test_rubric_validation(en):
    scores = {c: 1 for c, _ in exercises.RUBRIC_07_6}
    with pytest.raises(KamlabTypeError, match="'scores' must be a dict"):
        en.score_rubric("07.6", [1, 2])
    with pytest.raises(KamlabValueError, match=r"missing criteria \['risks'\]|missing criteria"):
        en.score_rubric("07.6", {k: v for k, v in scores.items() if k != "sequence"})
    with pytest.raises(KamlabValueError, match=r"unknown criteria \['style'\]"):
        en.score_rubric("07.6", {**scores, "style": 1})
    with pytest.raises(KamlabValueError, match=r"criterion 'diagnosis' = 3; expected a number from 0 to 2"):
        en.score_rubric("07.6", {**scores, "diagnosis": 3})
    with pytest.raises(KamlabValueError, match="expected a number from 0 to 2"):
        en.score_rubric("07.6", {**scores, "diagnosis": -1})
    with pytest.raises(KamlabTypeError, match="criterion 'diagnosis'"):
        en.score_rubric("07.6", {**scores, "diagnosis": "2"})
    with pytest.raises(KamlabTypeError, match="criterion 'diagnosis'"):
        en.score_rubric("07.6", {**scores, "diagnosis": float("nan")})
    with pytest.raises(KamlabValueError, match="07.1 is a compute exercise, not a rubric one.*07.6"):
        en.rubric("07.1")


def test_answer_length_counts_chinese_characters_and_words():
    assert core.answer_length("") == 0
    assert core.answer_length("KAM 大客户") == 4
    assert core.answer_length("one, two; three.") == 3
    assert core.answer_length("１２３ ＡＢＣ") == 2  # full-width forms normalised


def test_other_lessons_have_no_rubrics():
    with pytest.raises(KamlabValueError, match="rubric exercises of lesson 03: none"):
        kx.lesson("03", lang="en").rubric("03.1")
    assert np.all([e.kind != "rubric" for e in exercises._EXERCISES[:5]])
