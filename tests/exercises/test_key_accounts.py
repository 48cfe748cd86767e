"""Lesson 01's exercises (kamlab.exercises.key_accounts): right answers accepted, typical mistakes named."""

import re

import numpy as np
import pytest

import kamlab
import kamlab.exercises as kx

from ._sets import HAND, STUDENTS, asked_id, by_revenue, tier_by_hand


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
    assert abs(revenue[:400].sum() / revenue.sum() - 0.8) < 1e-6  # what the lesson prints: the 80/20 rule
    share = revenue[:200].sum() / revenue.sum()  # the exercise asks about the top 10%
    assert share == pytest.approx(HAND["01.2"], abs=5e-5)
    assert "largest 10% of accounts (200 of 2,000" in str(l01.ask("01.2"))
    assert l01.check("01.2", round(share, 3)).correct is True
    assert l01.check("01.2", share + 0.004).correct is True
    assert l01.check("01.2", share + 0.006).correct is False
    assert l01.check("01.2", 0.8).correct is False  # the lesson's 80% is not this answer
    assert "as a fraction" in l01.check("01.2", 66.2).message
    fb = l01.check("01.2", 1 - share)
    assert fb.correct is False and "share of the other 90%" in fb.message
    assert "head count" in l01.check("01.2", 0.1).message


def test_01_2_personal(personal01, l01):
    for ex in personal01.values():
        p = int(re.search(r"largest (\d+)% of accounts", str(ex.ask("01.2"))).group(1)) / 100
        assert p != 0.2
        revenue = np.sort(ex.data.revenue.to_numpy())[::-1]
        share = revenue[: int(round(p * len(revenue)))].sum() / revenue.sum()
        assert ex.check("01.2", share).correct is True
        assert "as a fraction" in ex.check("01.2", 100 * share).message
        assert "bottom" not in ex.check("01.2", 1 - share).message and "other" in ex.check("01.2", 1 - share).message
        assert "head count" in ex.check("01.2", p).message


# --------------------------------------------------------------------------- 01.3
def _equivalent(revenue):
    s = revenue / revenue.sum()
    return 1 / np.sum(s**2), s


def test_01_3_default_asks_about_three_years_ago(l01):
    equivalent, s = _equivalent(l01.data.revenue_3y_ago.to_numpy())
    assert equivalent == pytest.approx(HAND["01.3"], abs=5e-3)
    this_year, _ = _equivalent(l01.data.revenue.to_numpy())
    assert round(this_year) == 158  # what the lesson prints
    assert "revenue_3y_ago" in str(l01.ask("01.3"))
    assert l01.check("01.3", 137.3).correct is True and l01.check("01.3", 158).correct is False
    fb = l01.check("01.3", this_year)
    assert fb.correct is False and "this year's revenue" in fb.message and "revenue_3y_ago" in fb.message
    assert "HHI itself" in l01.check("01.3", 10_000 * np.sum(s**2)).message


def test_01_3(l01, personal01):
    for ex in (l01, *personal01.values()):
        column = re.search(r"column (revenue_\dy_ago)", str(ex.ask("01.3"))).group(1)
        equivalent, s = _equivalent(ex.data[column].to_numpy())
        assert ex.check("01.3", equivalent * 1.009).correct is True
        assert ex.check("01.3", equivalent * 1.02).correct is False
        assert "this year's revenue" in ex.check("01.3", _equivalent(ex.data.revenue.to_numpy())[0]).message
        assert "HHI itself" in ex.check("01.3", 10_000 * np.sum(s**2)).message
        assert "0-1 scale" in ex.check("01.3", np.sum(s**2)).message
        assert "0-10,000 scale" in ex.check("01.3", 1 / (10_000 * np.sum(s**2))).message
        assert "number of accounts" in ex.check("01.3", len(s)).message
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
