"""Assessment that measures understanding, not test-wiseness (issue 30, point 3).

* Multiple-choice items: the right option is not the longest by more than 20% of characters, in
  either language, in the option labels or in the prompt's option lines the student reads.
* Calculation items: the expected answers on the shipped data differ from the numbers the
  lesson prints (its prose and its outputs: the worked examples and the chapter's own figures).
"""

from __future__ import annotations

import html
import re

import pytest

import kamlab.exercises as kx
from kamlab.exercises.core import CHOICES, answer_hash
from kamlab.i18n import t
from kamlab.models import LESSONS

JUDGE = [f"0{n}.5" for n in range(1, 8)]
_OPTION_LINE = re.compile(r"^([a-d])(?:\)|）|\.|:|：|、)\s*(.*)$", re.M)


def _right(exercise_id):
    module = __import__(f"kamlab.exercises.{LESSONS[exercise_id[:2]]}", fromlist=["x"])
    hashes = {v for k, v in vars(module).items() if k.startswith("ANSWER_")}
    right = [c for c in CHOICES if answer_hash(exercise_id, c) in hashes]
    assert len(right) == 1
    return right[0]


@pytest.mark.parametrize("exercise_id", JUDGE)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_right_option_is_not_the_longest_by_more_than_20_percent(exercise_id, lang):
    right = _right(exercise_id)
    labels = {c: t(f"ex.{exercise_id}.option.{c}", lang) for c in CHOICES}
    shown = {m.group(1): m.group(2) for m in _OPTION_LINE.finditer(t(f"ex.{exercise_id}.prompt", lang))}
    assert shown == labels, "the prompt's option lines are the option labels"
    longest_other = max(len(text) for c, text in labels.items() if c != right)
    assert len(labels[right]) <= 1.2 * longest_other, {c: len(v) for c, v in labels.items()}


def test_the_right_letters_are_not_all_the_same():
    assert len({_right(e) for e in JUDGE}) > 1


#: In a course (``kamlab course new``) every calculation item draws its own numbers per course or
#: student; the practice-mode defaults below ask about another account, share, year, margin or
#: candidate than the lesson's worked examples (tests/exercises/_sets.py: HAND), so no item repeats
#: a printed number. An item that truly must repeat one would be listed here with its reason.
REPEATS_A_PRINTED_NUMBER: dict[str, str] = {}
_NUMBER = re.compile(r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?")


def _printed_numbers(stem):
    """Numbers the lesson's (English) notebook prints outside the exercise cells: its prose (the worked
    examples done by hand, the chapter's quoted figures) and its code cells' outputs."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    nb = json.loads(next((root / "notebooks" / "en").glob(f"{stem}_*.ipynb")).read_text(encoding="utf-8"))
    texts = []
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            texts.append("".join(cell["source"]))
        if cell["cell_type"] != "code" or "ex." in "".join(cell["source"]):
            continue
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            texts += ["".join(out.get("text", "")), "".join(data.get("text/plain", ""))]
            texts.append(html.unescape(re.sub(r"<[^>]+>", " ", "".join(data.get("text/html", "")))))  # &#39; is no 39
    return {n.replace(",", "") for text in texts for n in _NUMBER.findall(text)}


def _repeats(value, printed):
    """Whether ``value`` (or it as a percentage) reads as one of the printed numbers, to their decimals."""
    for y in printed:
        d = len(y.split(".")[1]) if "." in y else 0
        significant = len(y.replace("-", "").replace(".", "").lstrip("0"))
        if not (significant >= 3 or (d == 0 and abs(float(y)) >= 10)):
            continue  # 0.7, 0.01, 5: too short to tell a repeat from a coincidence
        if any(round(value * scale, d) == float(y) for scale in (1, 100)):
            return True
    return False


def test_calculation_items_do_not_repeat_the_worked_examples():
    repeats, checked = set(), 0
    for stem in ("01", "02", "03", "04", "05", "06", "07"):
        printed = _printed_numbers(stem)
        ex = kx.lesson(stem, lang="en")
        for exercise_id in ex.ids:
            if ex._exercises[exercise_id].kind != "compute":
                continue
            value = ex.solution(exercise_id).value
            if not isinstance(value, (int, float)):
                continue
            checked += 1
            if _repeats(value, printed):
                repeats.add(exercise_id)
    assert checked >= 20  # every lesson's calculation items, 01.2 to 07.4
    assert repeats == set(REPEATS_A_PRINTED_NUMBER), sorted(repeats ^ set(REPEATS_A_PRINTED_NUMBER))


def test_the_repeat_check_can_fail():
    """The printed numbers are read from the notebooks: the lesson's own results are among them."""
    assert _repeats(0.8, _printed_numbers("01"))  # the top 20%'s share, 80.0%
    assert _repeats(1 / 3, _printed_numbers("02"))  # the chapter's break-even, 0.3333
    assert _repeats(75.6, _printed_numbers("05"))  # the heroic quarter's complaints
    assert _repeats(25 / 37, _printed_numbers("07"))  # the star salesperson's fit, 0.6757
    assert _repeats(0.13, _printed_numbers("04"))  # the chapter's 13% (case K1), in the lesson's prose
    assert not _repeats(0.06 / 0.19, _printed_numbers("02"))


@pytest.mark.parametrize("exercise_id", ["04.6", "05.6", "06.6"])
def test_each_case_lesson_has_a_written_case_analysis_with_a_rubric(exercise_id):
    for lang in ("zh", "en"):
        ex = kx.lesson(exercise_id[:2], lang=lang)
        assert ex._exercises[exercise_id].kind == "rubric"
        rubric = ex.rubric(exercise_id)
        assert len(rubric) == 5 and rubric["points"].sum() == 10
        short = ex.check(exercise_id, "太短 too short")
        assert short.correct is False and "60" in short.message
        answer = ex.solution(exercise_id).text
        feedback = ex.check(exercise_id, answer)
        assert feedback.correct is None
        for code, _ in ex._exercises[exercise_id].rubric:
            assert t(f"ex.{exercise_id}.rubric.{code}", lang) in feedback.message
    # the model answer of the K3 analysis keeps the chapter's facts and invents no motive
    k3 = kx.lesson("06", lang="zh").solution("06.6").text
    assert "2004 年 2 月 21 日" in k3 and "34%" in k3 and "以为格力离不开" not in k3


def test_no_personal_set_draws_the_lessons_own_numbers():
    """Per student, the parametric items draw from pools without the lessons' worked examples."""
    from kamlab.exercises import complaint_relay, kam_in_practice, misconceptions, why_kam
    from kamlab.models.kam_in_practice import competency as comp

    assert (0.20, 0.05) not in why_kam._pairs_02_1()  # the chapter's 20% margin, 5% discount
    assert (0.20, 0.05) not in misconceptions._CASES_03_1  # misconception 1's worked concession
    assert 0.06 not in misconceptions._GAINS_03_2 and misconceptions._DEFAULT_GAIN_03_2 != 0.06
    assert complaint_relay._DEFAULT_FCR_05_1 != 0.24  # the heroic way's first-contact resolution
    for name in comp.CANDIDATES:  # the lesson's candidates' fits (25/37, 35/37) are never an answer
        assert not kam_in_practice._distinct_07_3(comp.candidate_levels(name))
    assert kam_in_practice._distinct_07_3(kam_in_practice._DEFAULT_LEVELS_07_3)
