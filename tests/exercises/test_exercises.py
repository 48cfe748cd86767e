"""kamlab.exercises: right answers accepted, typical mistakes get their message, personalised data."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamlab
import kamlab.exercises as kx
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.exercises import core, key_accounts, why_kam
from kamlab.labels import exercises as labels
from kamlab.labels import key_accounts as labels01
from kamlab.labels import why_kam as labels02
from tests._examples import examples

from ._sets import asked_id
from .conftest import STUDENTS


# --------------------------------------------------------------------------- API, seeds, errors
def test_student_seed_is_stable_and_distinct():
    assert kx.student_seed("2026001") == 362612591
    assert kx.student_seed(2026001) == kx.student_seed(" 2026001 ")
    seeds = {kx.student_seed(s) for s in ("2026001", "2026002", "2026003", "A", "a")}
    assert len(seeds) == 5


@pytest.mark.parametrize("bad", [1.5, None, ["2026001"], True, b"2026001"])
def test_student_seed_rejects_bad_types(bad):
    with pytest.raises(KamlabTypeError, match="student_seed: parameter 'student'"):
        kx.student_seed(bad)


def test_student_seed_rejects_empty_and_negative():
    with pytest.raises(KamlabValueError, match="is empty"):
        kx.student_seed("  ")
    with pytest.raises(KamlabValueError, match="non-negative"):
        kx.student_seed(-3)


def test_lesson_errors():
    with pytest.raises(KamlabValueError, match=r"lesson: parameter 'lesson_id' = '09'.*'01', '02'"):
        kx.lesson("09")
    with pytest.raises(KamlabTypeError, match="lesson_id"):
        kx.lesson(1.0)
    with pytest.raises(KamlabTypeError, match="lesson: parameter 'student'"):
        kx.lesson("01", student=2026.001)
    with pytest.raises(KamlabValueError, match="lang"):
        kx.lesson("01", lang="fr")
    assert kx.lesson(1, lang="en").lesson_id == "01"


def test_unknown_exercise_lists_the_ids(l01):
    with pytest.raises(KamlabValueError, match=r"'01.9' is not an exercise of lesson 01; expected one of '01.1'"):
        l01.check("01.9", 1)
    with pytest.raises(KamlabTypeError, match="exercise_id"):
        l01.ask(None)
    assert l01.ask("1").title == l01.ask("01.1").title == l01.ask(1).title


def test_list(l01, l02):
    for ex, ids in ((l01, ["01.1", "01.2", "01.3", "01.4", "01.5"]), (l02, ["02.1", "02.2", "02.3", "02.4", "02.5"])):
        table = ex.list()
        assert table.columns.tolist() == ["id", "kind", "title"]
        assert table.id.tolist() == ids
        assert set(table.kind) == {"compute", "interpret", "judge"} and set(table.kind) <= set(kx.KINDS)


def test_language_follows_current_language_unless_given():
    ex = kx.lesson("02")
    kamlab.set_lang("en")
    assert ex.ask("02.1").title.startswith("Exercise 02.1")
    kamlab.set_lang("zh")
    assert ex.ask("02.1").title.startswith("练习 02.1")
    assert kx.lesson("02", lang="en").ask("02.1").title.startswith("Exercise")


def test_data_is_default_or_personal(l01, personal01):
    assert l01.data.equals(kamlab.make_accounts())
    s = STUDENTS[0]
    assert personal01[s].data.equals(kamlab.make_accounts(seed=kx.student_seed(s)))


def test_editing_data_does_not_change_checks(l02):
    data = l02.data
    data["revenue"] = 0.0
    assert l02.check("02.3", int((kamlab.customer_profit(l02.data).profit < 0).sum())).correct


@pytest.mark.parametrize("lesson_id", ["01", "02"])
@pytest.mark.parametrize("blank", [None, ..., "", "  "])
def test_unanswered_gives_none(lesson_id, blank):
    ex = kx.lesson(lesson_id, lang="en")
    for exercise_id in ex.ids:
        fb = ex.check(exercise_id, blank)
        assert fb.correct is None and "No answer yet: write your answer on the answer = line" in fb.message
        assert fb.symbol == "✎" and "✎" in fb._repr_html_()
    assert (
        "还没有答案：先在 answer = 这一行写下你的答案" in kx.lesson(lesson_id, lang="zh").check(ex.ids[0], ...).message
    )


def test_rendering(l02):
    fb = l02.check("02.1", "6/19")
    title = kamlab.t("ex.02.1.title", "en")
    assert title and str(fb).startswith(f"✓ 02.1 {title}: Right!") and "✓" in fb._repr_html_()
    assert f"<b>02.1 {title}: </b>" in fb._repr_html_()  # the heading names the topic, never a bare "02.1:"
    zh = kx.lesson("02", lang="zh").check("02.1", 0.25)
    assert str(zh).startswith(f"✗ 02.1 {kamlab.t('ex.02.1.title', 'zh')}：")
    bad = l02.check("02.1", "<b>x</b>")
    assert bad.correct is False and "&lt;b&gt;" in bad._repr_html_() and "✗" in repr(bad)
    note = l02.ask("02.1")
    assert "<div" in note._repr_html_() and "Exercise 02.1" in repr(note)
    sol = l02.solution("02.4")
    assert "<table" in sol._repr_html_() and "<pre" in sol._repr_html_()


# --------------------------------------------------------------------------- hints and solutions
@pytest.mark.parametrize("lesson_id", ["01", "02"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_hints_cycle_in_both_languages(lesson_id, lang):
    ex = kx.lesson(lesson_id, lang=lang)
    for exercise_id in ex.ids:
        n = ex._exercises[exercise_id].n_hints
        seen = [ex.hint(exercise_id) for _ in range(n)]
        assert all(h.text.strip() and "{" not in h.text for h in seen)
        assert len({h.text for h in seen}) == n
        last = ex.hint(exercise_id)
        assert ("没有更多提示" if lang == "zh" else "no more hints") in last.title
        assert ex.hint(exercise_id).text == seen[0].text
        assert ex.hint(exercise_id, number=n).text == seen[-1].text
    with pytest.raises(KamlabValueError, match="number"):
        ex.hint(ex.ids[0], number=9)


@pytest.mark.parametrize("lesson_id", ["01", "02"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_solutions_exist_and_are_accepted(lesson_id, lang):
    ex = kx.lesson(lesson_id, lang=lang)
    for exercise_id in ex.ids:
        sol = ex.solution(exercise_id)
        assert sol.text.strip() and "{" not in sol.text
        fb = ex.check(exercise_id, sol.value)
        assert fb.correct is True, (exercise_id, fb)
        assert "{" not in ex.ask(exercise_id).text


def test_solutions_contain_the_students_numbers(personal01, personal02):
    for s in STUDENTS:
        one, two = personal01[s], personal02[s]
        data = one.data
        assert asked_id(one, "01.1") in str(one.solution("01.1"))
        assert f"{one.solution('01.2').value:.3f}" in str(one.solution("01.2"))
        column = re.search(r"column (revenue_\dy_ago)", str(one.ask("01.3"))).group(1)
        assert f"{kamlab.hhi(data[column]).equivalent_customers:.1f}" in str(one.solution("01.3"))
        assert one.solution("01.4").value in str(one.solution("01.4"))
        assert f"{two.solution('02.1').value:.4f}" in str(two.solution("02.1"))
        assert f"{two.solution('02.2').value:.3f}" in str(two.solution("02.2"))
        k = int((kamlab.customer_profit(two.data).profit < 0).sum())
        assert f" {k} " in str(two.solution("02.3"))
        assert two.solution("02.4").value in str(two.solution("02.4"))


# --------------------------------------------------------------------------- judge exercises
@pytest.mark.parametrize("exercise_id, stored", [("01.5", key_accounts.ANSWER_01_5), ("02.5", why_kam.ANSWER_02_5)])
def test_judge_answers_are_hashed(exercise_id, stored):
    assert re.fullmatch(r"[0-9a-f]{64}", stored)
    right = [c for c in "abcd" if kx.answer_hash(exercise_id, c) == stored]
    assert len(right) == 1
    ex = kx.lesson(exercise_id[:2], lang="en")
    for c in "abcd":
        fb = ex.check(exercise_id, c)
        assert fb.correct is (c in right) and fb.message
        assert ex.check(exercise_id, f" ({c.upper()}) ").correct is fb.correct
    option = kamlab.t(f"ex.{exercise_id}.option.{right[0]}", "zh")
    assert kx.lesson(exercise_id[:2], lang="zh").check(exercise_id, option).correct is True
    assert "Cannot read an option" in ex.check(exercise_id, "e").message
    # the solution names the answer, but only after unsealing
    assert f"Answer: {right[0]}." in ex.solution(exercise_id).text


def test_judge_explanations_are_sealed():
    from pathlib import Path

    root = Path(kx.__file__).parent
    sources = [p.read_text(encoding="utf-8") for p in root.glob("*.py")]
    sources += [Path(m.__file__).read_text(encoding="utf-8") for m in (labels, labels01, labels02)]
    sealed = {**labels01.SEALED, **labels02.SEALED}
    for key in ("ex.01.5.solution", "ex.02.5.solution", "ex.01.5.fb.a", "ex.02.5.fb.d"):
        assert key in sealed and key not in kamlab.i18n.catalog()
        for lang in ("zh", "en"):
            blob = "".join(sealed[key][lang])
            assert re.fullmatch(r"[A-Za-z0-9+/=]+", blob)
            plain = core.unseal(blob)
            for sentence in re.split(r"[.。\n]", plain):
                if len(sentence) > 25:
                    assert all(sentence not in src for src in sources), sentence
    for src in sources:
        assert not re.search(r"Answer: [abcd]\.|答案：[abcd]", src)


def test_sealed_chinese_uses_chinese_punctuation():
    for key, texts in core.sealed_catalog().items():
        zh = core.unseal(texts["zh"])
        assert not re.search(r"[\u4e00-\u9fff][,;:?!()]|[,;:?!()][\u4e00-\u9fff]", zh), (key, zh)
        assert core.unseal(texts["en"]).isascii() or "\u201c" in core.unseal(texts["en"])


# --------------------------------------------------------------------------- personalisation, property
def test_personal_sets_differ_and_checks_follow(l01, l02, personal01, personal02):
    for default, personal in ((l01, personal01), (l02, personal02)):
        for exercise_id in default.ids:
            if default._exercises[exercise_id].kind == "judge":
                continue
            values = {str(default.solution(exercise_id).value)}
            for ex in personal.values():
                value = ex.solution(exercise_id).value
                values.add(str(value))
                assert ex.check(exercise_id, value).correct is True
            if exercise_id == "01.1":  # four tiers only: the account asked about differs
                asked = {asked_id(ex, "01.1") for ex in (default, *personal.values())}
                assert len(asked) > 2
            else:
                assert len(values) > 2, exercise_id
            other = personal[STUDENTS[0]].solution(exercise_id).value
            if str(other) != str(default.solution(exercise_id).value):
                assert default.check(exercise_id, other).correct is False


@examples(8)
@given(student=st.one_of(st.text(min_size=1, max_size=12).filter(str.strip), st.integers(0, 10**9)))
def test_solution_value_is_always_accepted(student):
    for lesson_id in ("01", "02"):
        ex = kx.lesson(lesson_id, student=student, lang="en")
        for exercise_id in ex.ids:
            assert ex.check(exercise_id, ex.solution(exercise_id).value).correct is True, exercise_id
