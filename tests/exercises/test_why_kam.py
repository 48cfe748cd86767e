"""Lesson 02's exercises (kamlab.exercises.why_kam): right answers accepted, typical mistakes named."""

import re

import numpy as np
import pytest

import kamlab
from kamlab.exercises import why_kam

from ._sets import HAND, by_revenue


# --------------------------------------------------------------------------- 02.1
def test_02_1_default(l02):
    # 25% margin, 6% discount: 0.25 = 0.19 x (1 + x), x = 0.06 / 0.19 = 0.3158 (the chapter's 20%/5% gives 1/3)
    assert HAND["02.1"] == pytest.approx(0.06 / (0.25 - 0.06)) == pytest.approx(0.315789, abs=1e-6)
    assert "gross margin is 25%" in str(l02.ask("02.1")) and "a 6% price discount" in str(l02.ask("02.1"))
    for answer in (0.06 / 0.19, 0.316, 0.32, "6/19", "31.6%", np.float64(0.3158)):
        assert l02.check("02.1", answer).correct is True, answer
    assert l02.check("02.1", 1 / 3).correct is False  # the chapter's example is not this answer
    assert l02.check("02.1", 0.31).correct is False
    assert "as a fraction" in l02.check("02.1", 31.6).message
    assert "divided the discount by the margin" in l02.check("02.1", 0.06 / 0.25).message
    assert "divided the discount by the margin" in l02.check("02.1", 24).message
    assert "left after the discount" in l02.check("02.1", 0.19 / 0.25).message
    assert "new volume as a multiple" in l02.check("02.1", 0.25 / 0.19).message
    assert "divide by m - d, not m + d" in l02.check("02.1", 0.06 / 0.31).message
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
