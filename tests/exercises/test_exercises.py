"""kamlab.exercises: right answers accepted, typical mistakes get their message, personalised data."""

import re

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kamlab
import kamlab.exercises as kx
from kamlab.errors import KamlabTypeError, KamlabValueError
from kamlab.exercises import core, key_accounts, why_kam
from kamlab.labels import exercises as labels
from kamlab.labels import key_accounts as labels01
from kamlab.labels import why_kam as labels02

STUDENTS = ("2026001", "2026002", "2026017")


@pytest.fixture(scope="module")
def l01():
    return kx.lesson("01", lang="en")


@pytest.fixture(scope="module")
def l02():
    return kx.lesson("02", lang="en")


@pytest.fixture(scope="module")
def personal01():
    return {s: kx.lesson("01", student=s, lang="en") for s in STUDENTS}


@pytest.fixture(scope="module")
def personal02():
    return {s: kx.lesson("02", student=s, lang="en") for s in STUDENTS}


def by_revenue(data):
    """Accounts by revenue, largest first, ties by account_id (computed by hand)."""
    return data.sort_values(["revenue", "account_id"], ascending=[False, True]).reset_index(drop=True)


def asked_id(ex, exercise_id):
    return re.search(r"account (A\d{4})", str(ex.ask(exercise_id))).group(1)


def tier_by_hand(rank, n):
    for code, cum in zip(("vip", "important", "ordinary"), (0.01, 0.05, 0.20)):
        if rank <= cum * n + 1e-9:
            return code
    return "small"


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
    fb = l02.check("02.1", 1 / 3)
    assert str(fb).startswith("✓ 02.1: Right!") and "✓" in fb._repr_html_()
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
        assert f"{kamlab.hhi(data.revenue).equivalent_customers:.1f}" in str(one.solution("01.3"))
        assert one.solution("01.4").value in str(one.solution("01.4"))
        assert f"{two.solution('02.1').value:.4f}" in str(two.solution("02.1"))
        assert f"{two.solution('02.2').value:.3f}" in str(two.solution("02.2"))
        k = int((kamlab.customer_profit(two.data).profit < 0).sum())
        assert f" {k} " in str(two.solution("02.3"))
        assert two.solution("02.4").value in str(two.solution("02.4"))


# --------------------------------------------------------------------------- 01.1
def test_01_1_default(l01):
    data = by_revenue(l01.data)
    account = data.account_id.iloc[56]
    assert asked_id(l01, "01.1") == account
    assert tier_by_hand(57, len(data)) == "important"
    for answer in ("important", " Important ", "IMPORTANT", "重要客户"):
        assert l01.check("01.1", answer).correct is True, answer
    fb = l01.check("01.1", "small")  # cumulative revenue share 43% > 20%: 'small' by value
    assert fb.correct is False and "cumulative share of revenue" in fb.message
    assert "Cannot read a tier" in l01.check("01.1", "giant").message
    assert "Cannot read a tier" in l01.check("01.1", 2).message


def _student_with_rank(ranks, limit=300):
    for i in range(limit):
        ex = kx.lesson("01", student=f"s{i}", lang="en")
        rank = int(by_revenue(ex.data).account_id.tolist().index(asked_id(ex, "01.1"))) + 1
        if rank in ranks:
            return ex, rank
    raise AssertionError("no student found")


def test_01_1_off_by_one_at_a_boundary():
    ex, rank = _student_with_rank({20, 21, 100, 101, 400, 401})
    n = len(ex.data)
    right = tier_by_hand(rank, n)
    assert ex.check("01.1", right).correct is True
    other = tier_by_hand(rank + 1, n) if tier_by_hand(rank + 1, n) != right else tier_by_hand(rank - 1, n)
    fb = ex.check("01.1", other)
    assert fb.correct is False and "off by one" in fb.message


def test_01_1_non_cumulative_cuts():
    ex, rank = _student_with_rank({90, 350})
    assert ex.check("01.1", tier_by_hand(rank, len(ex.data))).correct is True
    wrong = "ordinary" if rank == 90 else "small"
    fb = ex.check("01.1", wrong)
    assert fb.correct is False and "add up" in fb.message


# --------------------------------------------------------------------------- 01.2
def test_01_2_default(l01):
    revenue = np.sort(l01.data.revenue.to_numpy())[::-1]
    share = revenue[:400].sum() / revenue.sum()
    assert abs(share - 0.8) < 1e-6
    assert l01.check("01.2", round(share, 3)).correct is True
    assert l01.check("01.2", share + 0.004).correct is True
    assert l01.check("01.2", share + 0.006).correct is False
    assert "as a fraction" in l01.check("01.2", 80).message
    fb = l01.check("01.2", 1 - share)
    assert fb.correct is False and "share of the other 80%" in fb.message


def test_01_2_personal(personal01, l01):
    for ex in personal01.values():
        p = int(re.search(r"largest (\d+)% of accounts", str(ex.ask("01.2"))).group(1)) / 100
        assert p != 0.2
        revenue = np.sort(ex.data.revenue.to_numpy())[::-1]
        share = revenue[: int(round(p * len(revenue)))].sum() / revenue.sum()
        assert ex.check("01.2", share).correct is True
        assert ex.check("01.2", 100 * share).message == l01.check("01.2", 80).message
        assert "bottom" not in ex.check("01.2", 1 - share).message and "other" in ex.check("01.2", 1 - share).message
        assert "head count" in ex.check("01.2", p).message


# --------------------------------------------------------------------------- 01.3
def test_01_3(l01, personal01):
    for ex in (l01, *personal01.values()):
        revenue = ex.data.revenue.to_numpy()
        s = revenue / revenue.sum()
        equivalent = 1 / np.sum(s**2)
        assert ex.check("01.3", equivalent * 1.009).correct is True
        assert ex.check("01.3", equivalent * 1.02).correct is False
        assert "HHI itself" in ex.check("01.3", 10_000 * np.sum(s**2)).message
        assert "0-1 scale" in ex.check("01.3", np.sum(s**2)).message
        assert "0-10,000 scale" in ex.check("01.3", 1 / (10_000 * np.sum(s**2))).message
        assert "number of accounts" in ex.check("01.3", len(revenue)).message
    values = {round(kx.lesson("01", student=s).solution("01.3").value, 3) for s in STUDENTS}
    assert len(values) == len(STUDENTS)


# --------------------------------------------------------------------------- 01.4
def test_01_4(l01, personal01):
    for ex in (l01, *personal01.values()):
        table = ex.ask("01.4").table
        ids = table["Account ID"].tolist()
        scores = kamlab.attractiveness_score(ex.data).set_index("account_id")
        flagged = [a for a in ids if scores.loc[a, "potential_key_account"]]
        assert len(flagged) == 1
        right = flagged[0]
        letter = "abcd"[ids.index(right)]
        assert ex.check("01.4", right).correct is True
        assert ex.check("01.4", right.lower()).correct is True
        assert ex.check("01.4", letter.upper()).correct is True
        biggest = table.sort_values("Revenue (current year)").iloc[-1]["Account ID"]
        fb = ex.check("01.4", biggest)
        assert fb.correct is False and "headroom: wallet minus current sales" in fb.message
        for other in set(ids) - {right, biggest}:
            assert "ordinary account" in ex.check("01.4", other).message
        outside = next(a for a in ex.data.account_id if a not in ids)
        assert "not one of the 4" in ex.check("01.4", outside).message
    assert len({tuple(p.ask("01.4").table["Account ID"]) for p in personal01.values()}) == len(STUDENTS)


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


# --------------------------------------------------------------------------- 02.1
def test_02_1_default(l02):
    assert l02.check("02.1", 1 / 3).correct is True
    for answer in (0.333, 0.33, "1/3", "33.3%", np.float64(1 / 3)):
        assert l02.check("02.1", answer).correct is True, answer
    assert l02.check("02.1", 0.32).correct is False
    assert "as a fraction" in l02.check("02.1", 33.3).message
    assert "divided the discount by the margin" in l02.check("02.1", 0.05 / 0.20).message
    assert "divided the discount by the margin" in l02.check("02.1", 25).message
    assert "left after the discount" in l02.check("02.1", 0.15 / 0.20).message
    assert "new volume as a multiple" in l02.check("02.1", 0.20 / 0.15).message
    assert "Cannot read a number" in l02.check("02.1", "lots").message
    assert "Cannot read a number" in l02.check("02.1", True).message


def test_02_1_personal(personal02):
    seen = set()
    for ex in personal02.values():
        m, d = (
            int(v) / 100 for v in re.search(r"margin is (\d+)%.*?a (\d+)% price discount", str(ex.ask("02.1"))).groups()
        )
        seen.add((m, d))
        assert d < m and (m, d) != (0.20, 0.05)
        x = d / (m - d)
        assert ex.check("02.1", x).correct is True
        assert "divided the discount by the margin" in ex.check("02.1", d / m).message
        assert "as a fraction" in ex.check("02.1", 100 * x).message
        assert f"{m:.2f}" in str(ex.solution("02.1"))
    assert len(seen) > 1


def test_02_1_pairs_are_separable():
    for m, d in why_kam._pairs_02_1():
        x = d / (m - d)
        assert all(abs(x - w) > 2 * why_kam._TOL_02_1 for _, w in why_kam._mistakes_02_1(m, d))


# --------------------------------------------------------------------------- 02.2
def test_02_2(l02, personal02):
    assert l02.check("02.2", 2.667).correct is True and l02.check("02.2", 2.67).correct is True
    assert "forgot discounting" in l02.check("02.2", 5).message
    assert "forgot discounting" in l02.check("02.2", 4).message
    assert "margin is received now" in l02.check("02.2", 1.1 / 0.3).message
    seen = set()
    for ex in personal02.values():
        r, i = (int(v) / 100 for v in re.search(r"r = (\d+)%, discount rate i = (\d+)%", str(ex.ask("02.2"))).groups())
        seen.add((r, i))
        assert (r, i) != (0.80, 0.10)
        assert ex.check("02.2", r / (1 + i - r)).correct is True
        assert "forgot discounting" in ex.check("02.2", 1 / (1 - r)).message
        assert "margin is received now" in ex.check("02.2", (1 + i) / (1 + i - r)).message
    assert len(seen) > 1


# --------------------------------------------------------------------------- 02.3
def test_02_3(l02, personal02):
    counts = set()
    for ex in (l02, *personal02.values()):
        p = kamlab.customer_profit(ex.data)
        k = int((p.profit < 0).sum())
        n = len(p)
        counts.add(k)
        assert ex.check("02.3", k).correct is True and ex.check("02.3", float(k)).correct is True
        assert ex.check("02.3", str(k)).correct is True
        assert ex.check("02.3", k + 1).correct is False
        no_cts = int((p.gross_profit - p.discounts_rebates < 0).sum())
        if no_cts != k:
            assert "ignored cost to serve" in ex.check("02.3", no_cts).message
        assert "number of profitable accounts" in ex.check("02.3", n - k).message
        assert "not a share" in ex.check("02.3", k / n).message
        assert "not a share" in ex.check("02.3", round(100 * k / n, 1)).message
        assert "whole number" in ex.check("02.3", k + 0.5).message
    assert len(counts) > 1


# --------------------------------------------------------------------------- 02.4
def test_02_4(l02, personal02):
    answers = set()
    for ex in (l02, *personal02.values()):
        top = by_revenue(ex.data).head(10).account_id.tolist()
        profit = kamlab.customer_profit(ex.data).set_index("account_id").profit
        right = min(top, key=lambda a: (profit[a], a))
        answers.add(right)
        assert ex.check("02.4", right).correct is True
        assert ex.check("02.4", f" {right.lower()} ").correct is True
        if top[-1] != right:
            assert "smallest revenue of the ten" in ex.check("02.4", top[-1]).message
        outside = next(a for a in by_revenue(ex.data).account_id if a not in top)
        assert "not among the 10 biggest" in ex.check("02.4", outside).message
        assert "no account" in ex.check("02.4", "Z9999").message
    assert len(answers) > 1


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


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(student=st.one_of(st.text(min_size=1, max_size=12).filter(str.strip), st.integers(0, 10**9)))
def test_solution_value_is_always_accepted(student):
    for lesson_id in ("01", "02"):
        ex = kx.lesson(lesson_id, student=student, lang="en")
        for exercise_id in ex.ids:
            assert ex.check(exercise_id, ex.solution(exercise_id).value).correct is True, exercise_id
