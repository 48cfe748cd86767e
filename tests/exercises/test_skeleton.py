"""Smoke test of the public API on 01.1 and 02.1 (full tests in test_exercises.py)."""

import kamlab
import kamlab.exercises as kx


def test_api_end_to_end():
    ex = kx.lesson("01", lang="en")
    tier = kamlab.customer_pyramid(ex.data).accounts.tier.iloc[56]
    assert ex.check("01.1", str(tier)).correct is True
    assert ex.check("01.1", ...).correct is None
    ex2 = kx.lesson("02", lang="zh")
    assert ex2.check("02.1", 1 / 3).correct is True
    assert "0.3333" in str(ex2.solution("02.1"))
