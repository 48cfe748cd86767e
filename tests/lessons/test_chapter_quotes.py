"""The chapter's words, verbatim and from one place (issue #23).

1. Every entry of the quotation catalog (:mod:`kamlab.labels.chapter`) occurs word for word in the
   chapter's text, ``<repo>/../shared/seed/``: CI clones the repo with ``shared/`` beside it. In CI
   (``CI=true``) a missing chapter fails the test; elsewhere it is looked for in ``/work/shared`` too.
2. No lesson source, label or exercise text puts a quotation after 教材 / 本章 / 书中 ("the chapter
   says", "in the chapter's words") by hand: such a quotation comes from the catalog
   (``{{chapter:KEY}}`` in a lesson, :func:`~kamlab.labels.chapter.quote` in a label), and the
   corner brackets 「」 are kept for the catalog's quotations alone.
"""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path

import pytest

from kamlab.labels.chapter import QUOTES, expand, quote

ROOT = Path(__file__).resolve().parents[2]
SEED = "000_624d2b18f4289f89.txt"
LESSONS = sorted((ROOT / "tools" / "lessons").glob("[0-9][0-9]_*.py"))
LABELS = sorted(p for p in (ROOT / "kamlab" / "labels").glob("*.py") if p.name not in ("chapter.py", "glossary.py"))
#: Exercise and course texts outside the labels (the exam bank, the facilitator's guide).
TEXTS = sorted((ROOT / "kamlab" / "exercises").glob("*.py")) + sorted((ROOT / "kamlab" / "course").glob("*.py"))

#: The chapter's half-width punctuation, read as the full-width forms the catalog uses.
_WIDTH = str.maketrans({",": "，", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？", ";": "；"})


def normalise(text: str) -> str:
    """Whitespace (the chapter's text breaks lines mid-phrase) removed, punctuation full-width."""
    return re.sub(r"\s+", "", text).translate(_WIDTH)


def chapter_text() -> str | None:
    candidates = [ROOT.parent / "shared" / "seed" / SEED]
    if os.environ.get("CI", "").lower() != "true":
        candidates.append(Path("/work/shared/seed") / SEED)
    for path in candidates:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"the chapter's text is missing: expected {candidates[0]} (CI clones shared/ beside the repo)")
    pytest.skip(f"the chapter's text is not beside this checkout ({candidates[0]})")


def test_every_catalog_entry_is_the_chapters_words():
    chapter = normalise(chapter_text())
    assert "第四章大客户管理" in chapter
    missing = {key: q.zh for key, q in QUOTES.items() if normalise(q.zh) not in chapter}
    assert not missing, f"not in the chapter word for word: {missing}"
    for key, q in QUOTES.items():
        assert re.fullmatch(r"[CKIMP][1-5]", q.section), key
        assert q.en_translation and q.en_translation != q.zh and "「" not in q.zh + q.en_translation, key


def test_the_check_would_catch_a_paraphrase():
    """The quotations the review found (issue #23, item 3) are not the chapter's words."""
    chapter = normalise(chapter_text())
    for paraphrase in (
        "水分和养料",
        "客户生来就是不平等的",
        "脱缰的野马",
        "对大客户让步越多越好",
        "大客户走量、中小客户赚利润",
    ):
        assert normalise(paraphrase) not in chapter


def test_quote_and_expand():
    assert quote("k1_name", "zh") == "「脱缰野马」" and quote("k1_name", "en") == "“runaway horse”"
    assert expand("教材说{{chapter:m5}}。", "zh") == "教材说「有了大客户万事不用管」。"
    with pytest.raises(KeyError, match="no chapter quotation 'm6'"):
        quote("m6", "zh")


# ---------------------------------------------------------------- 2. quotations only from the catalog
#: 教材 / 本章 / 书中 and a verb that hands the words to the chapter, a few characters on ("超出教材" is no trigger).
_TRIGGER_ZH = re.compile(
    r"(?<!超出)(教材|本章|书中)[^，。；：！？“”「」\n]{0,12}?(说|称|写|原话|原文|比方|提到|警告|强调|指出|认为|教训|结论|评价|叫作|的话)"
    r"|(来自|出自)(教材|本章|书中)"
)
_QUOTE_ZH = re.compile(r"“[^”]*”|「[^」]*」")
#: A sentence ends at 。！？；, at a blank line, or where a new list item, quote or heading begins.
_SENTENCE_END = re.compile(r"[。！？；]|\n\s*\n|\n\s*(\d+\.|[-*>#|])")
_TRIGGER_EN = re.compile(r"(?i)(the chapter (says|said|calls|called|warns|puts it|writes)|in the chapter's words)")
_QUOTE_EN = re.compile(r"“[^”]*”|\"[^\"]*\"")


def hand_quotations(text: str) -> list[str]:
    """Quotations typed by hand after a trigger, in the same sentence; and any 「」 at all.

    >>> hand_quotations("教材说“水分和养料”。")
    ['“水分和养料”']
    >>> hand_quotations("教材说{{chapter:water_and_nutrients}}。“合理”的支持")
    []
    >>> hand_quotations('The chapter says "too much". Later "a term".')
    ['"too much"']
    """
    found = [m.group(0) for m in re.finditer(r"「[^」]*」", text)]
    # bold words handed to the chapter with a colon ("教材最后说：**...**", "The chapter ends: **...**")
    found += [
        m.group(2)
        for m in re.finditer(
            r"(教材|本章|书中|[Tt]he chapter)[^，。；！？\n*]{0,16}[：:]\s*(\*\*[^*\s][^*]{7,}\*\*)", text
        )
        if "{{chapter:" not in m.group(2)  # 8+ characters: a passage, not a bold term such as **双输**
    ]
    for m in _TRIGGER_ZH.finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        sentence = text[m.end() : end.start() if end else len(text)]
        found += [q.group(0) for q in _QUOTE_ZH.finditer(sentence)]
    for m in _TRIGGER_EN.finditer(text):
        end = re.search(r"\.\**(\s|$)|\n\s*\n|\n\s*(\d+\.|[-*>#|])", text[m.end() :])
        sentence = text[m.end() : m.end() + end.start() if end else len(text)]
        found += [q.group(0) for q in _QUOTE_EN.finditer(sentence)]
    return found


def _strings(path: Path) -> list[str]:
    """Every string literal of a source file (f-strings: their literal parts)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


@pytest.mark.parametrize("path", LESSONS + LABELS + TEXTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_quotation_of_the_chapter_by_hand(path):
    bad = {q for s in _strings(path) for q in hand_quotations(s)}
    assert not bad, (
        f"{path.relative_to(ROOT)} quotes the chapter by hand: {sorted(bad)}; take the words from "
        "kamlab/labels/chapter.py ({{chapter:KEY}} in a lesson, quote(KEY, lang) in a label)"
    )


def test_the_check_would_catch_the_reviews_findings():
    """The texts of issue #23 (items 3, 5, 6, 15), as they were, are caught."""
    before = [
        "教材打了一个比方：**大客户是品牌之花的“水分和养料”。**",
        "本章说\u201c客户生来就是不平等的\u201d：供应商能把力量平均分配给所有客户吗？",
        "风险规则来自本章（销售额占比 10% 以上的依赖、案例一“脱缰的野马”那样所有联系都经过一个人等）。",
        "教材的教训是“重视大客户管理，建立大客户管理流程”。",
        "教材最后说：**市场需要博弈，但不需要无意义的赌气。**",
        'The chapter says "key accounts are the water and nutrients".',
    ]
    for text in before:
        assert hand_quotations(text), text


def test_every_placeholder_names_a_catalog_entry():
    keys = {k for p in LESSONS for k in re.findall(r"\{\{chapter:([a-z0-9_]+)\}\}", p.read_text(encoding="utf-8"))}
    assert keys and keys <= set(QUOTES), sorted(keys - set(QUOTES))
    leftovers = [p.name for p in LESSONS if re.search(r"\{\{chapter:[^}]*[^a-z0-9_}][^}]*\}\}", p.read_text("utf-8"))]
    assert not leftovers


def test_the_cases_quoted_in_full_are_verbatim():
    """A lesson's block quote introduced as 教材原文 (the chapter's text of a case) is the chapter's text."""
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    import build_notebooks

    chapter = normalise(chapter_text())
    blocks = []
    for path in LESSONS:
        for cell in build_notebooks.load_lesson(path).CELLS:
            if cell["type"] == "markdown" and "教材原文" in cell["zh"]:
                after = cell["zh"].split("教材原文", 1)[1]
                blocks += [
                    "".join(line[1:] for line in m.splitlines()) for m in re.findall(r"(?:^>.*\n?)+", after, re.M)
                ]
    assert len(blocks) >= 2  # cases K1 and K2
    for block in blocks:
        assert normalise(block) in chapter, block[:60]
