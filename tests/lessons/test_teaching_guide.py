"""The facilitator's guide: every discussion question has a model answer in both languages, and the
committed guides (docs/teaching-guide.md, .zh.md) are what tools/teaching_guide.py writes."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kamlab.course import guide
from kamlab.errors import KamlabValueError

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import teaching_guide  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def questions():
    return {lang: teaching_guide.discussion_questions(lang) for lang in ("zh", "en")}


def test_every_discussion_question_has_a_model_answer_in_both_languages(questions):
    zh, en = questions["zh"], questions["en"]
    assert zh.keys() == en.keys()
    lessons = {stem for stem, _ in zh}
    assert lessons == {f"0{n}" for n in range(8)}  # every lesson has discussion questions
    asked = set()
    for key in zh:
        assert len(zh[key]) == len(en[key]), f"lesson {key}: {len(zh[key])} zh vs {len(en[key])} en questions"
        for n, (q_zh, q_en) in enumerate(zip(zh[key], en[key]), 1):
            assert CJK.search(q_zh) and not CJK.search(q_en), (key, n)
            qa = guide.ANSWERS.get((*key, n))
            assert qa is not None, f"lesson {key[0]} {key[1]} question {n} has no model answer: {q_en}"
            for part in ("answer", "listen"):
                text_zh, text_en = qa[part]
                assert CJK.search(text_zh) and len(text_zh) >= 10, (key, n, part)
                assert text_en.strip() and not CJK.search(text_en), (key, n, part)
            asked.add((*key, n))
    assert set(guide.ANSWERS) == asked, f"answers to questions no lesson asks: {sorted(set(guide.ANSWERS) - asked)}"


def test_the_committed_guides_are_generated_from_the_source():
    for lang, path in teaching_guide.GUIDES.items():
        assert path.read_text(encoding="utf-8") == teaching_guide.render(lang), (
            f"{path.name} is out of date: run python tools/teaching_guide.py"
        )
    assert teaching_guide.main(["--check"]) == 0


def test_guide_shows_every_question_answer_and_misconception():
    text = teaching_guide.render("en")
    qa = guide.ANSWERS[("06", "post", 6)]
    assert qa["answer"][1] in text and qa["listen"][1] in text
    assert all(m[1] in text for ms in guide.MISCONCEPTIONS.values() for m in ms)
    assert set(guide.MISCONCEPTIONS) == {f"0{n}" for n in range(8)}
    assert "## How to run the predict-then-reveal moments" in text
    assert "以为格力离不开" not in teaching_guide.render("zh")  # no motive the chapter does not give


def test_six_sessions_of_at_most_90_minutes_cover_every_lesson():
    assert [s.number for s in guide.SESSIONS] == [1, 2, 3, 4, 5, 6]
    assert all(s.minutes <= 90 for s in guide.SESSIONS), [s.minutes for s in guide.SESSIONS]
    assert {p[0] for s in guide.SESSIONS for p in s.parts} == {f"0{n}" for n in range(8)}
    for s in guide.SESSIONS:
        assert all(CJK.search(p[1]) and not CJK.search(p[2]) and p[3] > 0 for p in s.parts)
        assert CJK.search(s.homework[0]) and not CJK.search(s.homework[1])


def test_model_answer_lookup():
    assert guide.model_answer("02", "post", 6, lang="zh")["answer"].startswith("毛利 20%")
    with pytest.raises(KamlabValueError, match="no model answer for lesson='09'"):
        guide.model_answer("09", "post", 1, lang="en")


# ---- every lesson's core path: a timed "In class" box at the top, optional boxes around the advanced parts --------
_ROW = re.compile(r"^> \| (.+?) \| (\d+) \|$", re.M)


def _box(cells, lang):
    marker = "**课堂路线" if lang == "zh" else "**In class"
    found = [(i, c[lang]) for i, c in enumerate(cells) if c["type"] == "markdown" and marker in c[lang]]
    assert len(found) == 1, f"expected one {marker} box, found {len(found)}"
    return found[0]


@pytest.mark.parametrize("stem", [f"0{n}" for n in range(8)])
def test_every_lesson_has_a_timed_core_path_of_at_most_90_minutes(stem):
    import build_notebooks

    path = next((ROOT / "tools" / "lessons").glob(f"{stem}_*.py"))
    cells = build_notebooks.load_lesson(path).CELLS
    minutes = {}
    for lang, total_word in (("zh", "合计"), ("en", "Total")):
        index, text = _box(cells, lang)
        assert index <= 2, "the box belongs at the top of the lesson"
        rows = _ROW.findall(text)
        parts = [int(m) for name, m in rows if name != total_word]
        (total,) = [int(m) for name, m in rows if name == total_word]
        assert parts and sum(parts) == total <= 90, (lang, parts, total)
        minutes[lang] = parts
    assert minutes["zh"] == minutes["en"]
    # the six-session plan gives each lesson the same minutes as its box
    planned = sum(p[3] for s in guide.SESSIONS for p in s.parts if p[0] == stem)
    assert planned == sum(minutes["en"]), (stem, planned, minutes["en"])


@pytest.mark.parametrize(("stem", "count"), [("03", 2), ("06", 3), ("07", 1)])
def test_advanced_mathematics_sits_in_optional_boxes(stem, count):
    import build_notebooks

    path = next((ROOT / "tools" / "lessons").glob(f"{stem}_*.py"))
    cells = build_notebooks.load_lesson(path).CELLS
    zh = "\n".join(c["zh"] for c in cells if c["type"] == "markdown")
    en = "\n".join(c["en"] for c in cells if c["type"] == "markdown")
    assert zh.count("**选学：") >= count and en.count("**Optional: ") >= count
    # every optional part is closed
    assert zh.count("**选学：") == zh.count("选学结束")
    assert en.count("**Optional: ") == en.count("End of the optional part")
