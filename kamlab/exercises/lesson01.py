"""Exercises of lesson 01: what a key account is (chapter C1, C2).

Every expected answer is computed from the set's data when it is needed; the
judge exercise's answer is stored as a salted hash only (see :mod:`.core`).

References
----------
Chapter 4, C1 (subjective perception) and C2 (objective judgement: 80/20 rule,
customer pyramid 1/4/15/80).
"""

from __future__ import annotations

import numpy as np

from ..analytics import customer_pyramid
from ..analytics._common import CHAPTER_CUTS, TIERS
from ..i18n import t
from .core import Exercise, Verdict, grade_choice

__all__ = ["EXERCISES"]

# --------------------------------------------------------------------------- 01.1 pyramid tier
#: Revenue ranks a personalised set may ask about (n = 2000): inside tiers and at their edges.
_TIER_RANKS = (20, 21, 38, 57, 76, 90, 100, 101, 133, 250, 350, 400, 401, 612)
_DEFAULT_RANK = 57

_TIER_ALIASES = {
    "vip": ("vip客户", "vip customer", "vip"),
    "important": ("重要客户", "重要", "important customer", "important account", "important"),
    "ordinary": ("普通大客户", "普通", "ordinary key account", "ordinary key accounts", "ordinary"),
    "small": ("小客户", "小", "small customer", "small customers", "small account", "small"),
}


def _tier_options() -> dict[str, tuple[str, ...]]:
    return {code: (t(f"tier.{code}", "zh"), t(f"tier.{code}", "en"), *_TIER_ALIASES[code]) for code in TIERS}


def _tier_by(position: float, cumulative_cuts) -> str:
    for code, cut in zip(TIERS, cumulative_cuts):
        if position <= cut + 1e-9:
            return code
    return TIERS[-1]


def _facts_01_1(ctx):
    rank = _DEFAULT_RANK if not ctx.personalised else int(ctx.rng("01.1").choice(_TIER_RANKS))
    pyramid = customer_pyramid(ctx.data).accounts
    n = len(pyramid)
    row = pyramid.iloc[rank - 1]
    cum_cuts = np.cumsum(CHAPTER_CUTS)
    tier = str(row["tier"])
    neighbours = {str(pyramid.iloc[k - 1]["tier"]) for k in (rank - 1, rank + 1) if 1 <= k <= n} - {tier}
    return {
        "expected": tier,
        "tier_by_value": _tier_by(float(row["cum_value_share"]), cum_cuts),
        "tier_non_cumulative": _tier_by(rank / n, CHAPTER_CUTS[:3] + (1.0,)),
        "neighbours": neighbours,
        "fields": {
            "account_id": str(row["account_id"]), "n": f"{n:,}", "rank": str(rank),
            "position_pct": f"{100 * rank / n:.2f}", "cum_value_pct": f"{100 * float(row['cum_value_share']):.1f}",
            "vip_last": f"{int(round(cum_cuts[0] * n))}", "important_last": f"{int(round(cum_cuts[1] * n))}",
            "ordinary_last": f"{int(round(cum_cuts[2] * n))}",
        },
        "fields_zh": {"tier": t(f"tier.{tier}", "zh")},
        "fields_en": {"tier": t(f"tier.{tier}", "en")},
    }


def _grade_01_1(answer, facts, ctx):
    code = grade_choice(answer, _tier_options())
    p = "ex.01.1.fb."
    if code is None:
        return Verdict(False, p + "unknown", {"answer": repr(answer)})
    if code == facts["expected"]:
        return Verdict(True, p + "right")
    if code == facts["tier_non_cumulative"]:
        return Verdict(False, p + "not_cumulative")
    if code in facts["neighbours"]:
        return Verdict(False, p + "off_by_one")
    if code == facts["tier_by_value"]:
        return Verdict(False, p + "by_value")
    return Verdict(False, p + "wrong")


EXERCISES = (
    Exercise("01.1", "compute", _facts_01_1, _grade_01_1),
)
