"""Exercises of lesson 03 (the five misconceptions): answers computed or hashed, feedback aimed at the likely error."""

import math
import re

import numpy as np
import pytest

import kamlab
import kamlab.exercises as kx
from kamlab.exercises import misconceptions as exercises
from kamlab.labels import misconceptions as labels03
from tests.exercises._judge import check_judge_hashed_and_sealed
from tests.exercises._sets import HAND

STUDENTS = ("2026001", "2026002", "s7")


@pytest.fixture(scope="module")
def l03():
    return kx.lesson("03", lang="en")


@pytest.fixture(scope="module")
def personal03():
    return {s: kx.lesson("03", student=s, lang="en") for s in STUDENTS}


def test_listed_and_discovered(l03):
    assert "03" in kx.LESSONS
    assert l03.ids == ["03.1", "03.2", "03.3", "03.4", "03.5"]
    assert l03.list().kind.tolist() == ["compute"] * 4 + ["judge"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_exercise_renders_and_its_solution_is_accepted(lang):
    ex = kx.lesson("03", lang=lang)
    for exercise_id in ex.ids:
        assert "{" not in ex.ask(exercise_id).text
        assert ex.check(exercise_id, None).correct is None
        sol = ex.solution(exercise_id)
        assert sol.text.strip() and "{" not in sol.text
        assert ex.check(exercise_id, sol.value).correct is True
        for k in range(1, ex._exercises[exercise_id].n_hints + 1):
            assert "{" not in ex.hint(exercise_id, number=k).text


# --------------------------------------------------------------------------- 03.1
def test_03_1_default(l03):
    # 18% margin, 5% concession (the lesson works the chapter's 20% and 5%): gain 0.6 x (1 - e^-0.75)
    vol = 0.6 * (1 - math.exp(-0.75))
    x = 0.13 * (1 + vol) / 0.18 - 1  # by hand: (0.18 - 0.05)(1 + gain) / 0.18 - 1
    assert x == pytest.approx(HAND["03.1"], abs=5e-5)
    assert "gross margin is 18%" in str(l03.ask("03.1")) and "5% price concession" in str(l03.ask("03.1"))
    assert l03.check("03.1", x).correct is True and l03.check("03.1", round(x, 3)).correct is True
    assert l03.check("03.1", x + 0.003).correct is False
    assert l03.check("03.1", -0.0126).correct is False  # the lesson's printed -1.26% is not this answer
    assert "only the volume gain" in l03.check("03.1", vol).message
    assert "straight line" in l03.check("03.1", 0.13 * (1 + 0.6 * 15 * 0.05) / 0.18 - 1).message
    assert "profit index" in l03.check("03.1", 0.13 * (1 + vol)).message
    assert "multiply" in l03.check("03.1", vol - 0.05 / 0.18).message
    assert "as a fraction" in l03.check("03.1", 100 * x).message
    assert "Cannot read a number" in l03.check("03.1", "a lot").message


def test_03_1_cases_are_separable():
    for m, d in exercises._CASES_03_1:
        model = kamlab.models.misconceptions.ConcessionModel(gross_margin=m)
        x = model.profit_index(d) / m - 1
        vol = float(model.volume_increase(d))
        for wrong in (vol, (m - d) * (1 + 9 * d) / m - 1, (m - d) * (1 + vol), vol - d / m):
            assert abs(x - wrong) > 2 * exercises._TOL_03_1, (m, d, wrong)


# --------------------------------------------------------------------------- 03.2
def test_03_2(l03, personal03):
    # year 5, chains at 40% + 5 x 3 = 55%: key 5e8 x 0.55 x 0.2 x 0.06, SMEs 5e8 x 0.45 x 0.3 x 0.16 (10k yuan)
    expected = (5e8 * 0.55 * 0.2 * 0.06 + 5e8 * 0.45 * 0.3 * 0.16) / 1e4
    assert expected == pytest.approx(HAND["03.2"]) == pytest.approx(1410)
    assert "gain 3 points a year" in str(l03.ask("03.2"))
    assert l03.check("03.2", 1410).correct is True and l03.check("03.2", 1420).correct is True
    assert l03.check("03.2", 1430).correct is False
    assert l03.check("03.2", 1140).correct is False  # the lesson's printed year 5 (6 points a year)
    assert "cost to serve" in l03.check("03.2", (5e8 * 0.55 * 0.2 * 0.1 + 5e8 * 0.45 * 0.3 * 0.25) / 1e4).message
    assert "year 0" in l03.check("03.2", 1680).message
    assert "SME segment only" in l03.check("03.2", 1080).message
    assert "wrong unit" in l03.check("03.2", 14_100_000).message
    values = {l03.solution("03.2").value}
    for ex in personal03.values():
        gain = int(re.search(r"gain (\d+) points", str(ex.ask("03.2"))).group(1)) / 100
        c = 0.4 + 5 * gain
        right = (5e8 * c * 0.2 * 0.06 + 5e8 * (1 - c) * 0.3 * 0.16) / 1e4
        assert ex.check("03.2", right).correct is True
        values.add(round(right, 6))
    assert len(values) > 1


# --------------------------------------------------------------------------- 03.3
def test_03_3(l03, personal03):
    r = 0.8 * 0.65 * 0.8 + 0.8 * 0.35 * 0.88  # by hand: stay x (1 - 0.20) + up x (1 - 0.12)
    assert r == pytest.approx(0.6624)
    assert l03.check("03.3", r).correct is True and l03.check("03.3", "66.24%").correct is True
    assert "exploratory churn in both years" in l03.check("03.3", 0.64).message
    assert "other way round" in l03.check("03.3", 1 - r).message
    assert "after one year" in l03.check("03.3", 0.8).message
    assert "as a fraction" in l03.check("03.3", 66.24).message
    seen = set()
    for ex in personal03.values():
        adv = int(re.search(r"and (\d+)% of those not lost", str(ex.ask("03.3"))).group(1)) / 100
        seen.add(adv)
        right = 0.8 * (1 - adv) * 0.8 + 0.8 * adv * 0.88
        assert ex.check("03.3", right).correct is True
        if abs(right - 0.64) > 0.01:
            assert "both years" in ex.check("03.3", 0.64).message
    assert len(seen | {0.35}) > 1


# --------------------------------------------------------------------------- 03.4
def test_03_4(l03, personal03):
    for ex in (l03, *personal03.values()):
        top = np.sort(ex.data.revenue.to_numpy())[::-1][: int(round(0.2 * len(ex.data)))]
        s = top / top.sum()
        h = 10_000 * np.sum(s**2)
        assert ex.check("03.4", h).correct is True and ex.check("03.4", h * 1.009).correct is True
        assert ex.check("03.4", h * 1.02).correct is False
        everyone = ex.data.revenue.to_numpy() / ex.data.revenue.sum()
        assert "before clearing" in ex.check("03.4", 10_000 * np.sum(everyone**2)).message
        assert "0-1 scale" in ex.check("03.4", np.sum(s**2)).message
        assert "equivalent number" in ex.check("03.4", 1 / np.sum(s**2)).message
        assert f"{h:,.1f}" in str(ex.solution("03.4"))
    assert kamlab.hhi(l03.data.nlargest(400, "revenue").revenue).index == pytest.approx(l03.solution("03.4").value)


# --------------------------------------------------------------------------- 03.5 judge
def test_03_5_answer_is_hashed_and_feedback_sealed():
    check_judge_hashed_and_sealed("03", exercises.ANSWER_03_5, labels03, labels03.SEALED)


def test_personal_sets_follow_the_student(l03, personal03):
    for exercise_id in ("03.1", "03.4"):
        values = {str(l03.solution(exercise_id).value)} | {
            str(ex.solution(exercise_id).value) for ex in personal03.values()
        }
        assert len(values) > 2, exercise_id
    for ex in personal03.values():
        for exercise_id in ex.ids:
            assert ex.check(exercise_id, ex.solution(exercise_id).value).correct is True
