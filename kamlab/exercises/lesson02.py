"""Exercises of lesson 02: why key-account management matters (chapter I1-I4).

Every expected answer is computed from the set's data or parameters when it is
needed; the judge exercise's answer is stored as a salted hash only (see :mod:`.core`).

References
----------
Chapter 4, I1-I4; I4: with a 20% gross margin a 5% discount needs 33% more volume.
Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive Marketing, 17(1), 9-24.
"""

from __future__ import annotations

import itertools

from ..analytics import breakeven_volume_increase
from .core import Exercise, grade_number

__all__ = ["EXERCISES"]

# --------------------------------------------------------------------------- 02.1 break-even volume
_TOL_02_1 = 0.005
_MARGINS = (0.15, 0.18, 0.20, 0.22, 0.25, 0.30, 0.35, 0.40)
_DISCOUNTS = (0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.10, 0.12)


def _mistakes_02_1(m: float, d: float) -> tuple[tuple[str, float], ...]:
    p = "ex.02.1.fb."
    return ((p + "d_over_m", d / m), (p + "remaining_margin", (m - d) / m),
            (p + "new_volume", m / (m - d)), (p + "d_over_m_plus_d", d / (m + d)))


def _pairs_02_1() -> list[tuple[float, float]]:
    """Margin/discount pairs whose answer is at least 0.08 and far from every typical mistake."""
    out = []
    for m, d in itertools.product(_MARGINS, _DISCOUNTS):
        if d > m - 0.05 or (m, d) == (0.20, 0.05):
            continue
        x = d / (m - d)
        if x < 0.08 or any(abs(x - w) < 4 * _TOL_02_1 for _, w in _mistakes_02_1(m, d)):
            continue
        out.append((m, d))
    return out


def _facts_02_1(ctx):
    if ctx.personalised:
        pairs = _pairs_02_1()
        m, d = pairs[int(ctx.rng("02.1").integers(len(pairs)))]
    else:
        m, d = 0.20, 0.05
    x = breakeven_volume_increase(m, d)
    return {
        "expected": x, "m": m, "d": d,
        "fields": {"m_pct": f"{100 * m:g}", "d_pct": f"{100 * d:g}", "m": f"{m:.2f}", "d": f"{d:.2f}",
                   "md": f"{m - d:.2f}", "tol": f"{_TOL_02_1:g}"},
        "solution_fields": {"x": f"{x:.4f}", "x_pct": f"{100 * x:.1f}"},
    }


def _grade_02_1(answer, facts, ctx):
    return grade_number(answer, facts["expected"], tol=_TOL_02_1, fraction=True,
                        mistakes=_mistakes_02_1(facts["m"], facts["d"]), prefix="ex.02.1.fb.")


EXERCISES = (
    Exercise("02.1", "compute", _facts_02_1, _grade_02_1),
)
