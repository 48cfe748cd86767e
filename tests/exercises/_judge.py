"""What every lesson's judge exercise (NN.5) must satisfy: hashed answer, sealed texts, both languages."""

import re
from pathlib import Path

import kamlab
import kamlab.exercises as kx
from kamlab.exercises import core

ZH_ASCII_PUNCTUATION = re.compile(r"[\u4e00-\u9fff][,;:?!()]|[,;:?!()][\u4e00-\u9fff]")


def check_judge_hashed_and_sealed(lesson_id: str, stored: str, labels_module, sealed: dict) -> str:
    """Check judge exercise ``<lesson_id>.5`` and return its right option.

    The right option is known only by its salted hash; every option gets feedback in both
    languages (also written as " (B) " or as the option's full text); the solution names
    the answer; the feedback and solution texts are sealed, none of their sentences is in
    plain sight in the package's exercise modules or the lesson's label module, and their
    Chinese uses full-width punctuation.
    """
    exercise_id = f"{lesson_id}.5"
    assert re.fullmatch(r"[0-9a-f]{64}", stored)
    right = [c for c in "abcd" if kx.answer_hash(exercise_id, c) == stored]
    assert len(right) == 1
    for lang in ("zh", "en"):
        ex = kx.lesson(lesson_id, lang=lang)
        for c in "abcd":
            fb = ex.check(exercise_id, c)
            assert fb.correct is (c in right) and fb.message and "{" not in fb.message, (lang, c)
            assert ex.check(exercise_id, f" ({c.upper()}) ").correct is fb.correct
        assert ex.check(exercise_id, kamlab.t(f"ex.{exercise_id}.option.{right[0]}", lang)).correct is True
    en, zh = kx.lesson(lesson_id, lang="en"), kx.lesson(lesson_id, lang="zh")
    assert "Cannot read an option" in en.check(exercise_id, "e").message
    assert f"Answer: {right[0]}." in en.solution(exercise_id).text
    assert f"答案：{right[0]}。" in zh.solution(exercise_id).text
    sources = [p.read_text(encoding="utf-8") for p in Path(kx.__file__).parent.glob("*.py")]
    sources.append(Path(labels_module.__file__).read_text(encoding="utf-8"))
    keys = [f"ex.{exercise_id}.solution"] + [f"ex.{exercise_id}.fb.{c}" for c in "abcd"]
    for key in keys:
        assert key in sealed and key not in kamlab.i18n.catalog(), key
        for lang in ("zh", "en"):
            plain = core.unseal(sealed[key][lang])
            for sentence in re.split(r"[.。\n]", plain):
                if len(sentence) > 25:
                    assert all(sentence not in src for src in sources), sentence
            if lang == "zh":
                assert not ZH_ASCII_PUNCTUATION.search(plain), (key, plain)
    for src in sources:
        assert not re.search(r"Answer: [abcd]\.|答案：[abcd]", src)
    return right[0]
