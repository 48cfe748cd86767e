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
import pandas as pd

from ..analytics import attractiveness_score, customer_pyramid, hhi, top_share
from ..analytics._common import CHAPTER_CUTS, TIERS
from ..i18n import t
from .core import Exercise, Verdict, _show, grade_choice, grade_number, judge_exercise

__all__: list[str] = []

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
            "account_id": str(row["account_id"]),
            "n": f"{n:,}",
            "rank": str(rank),
            "position_pct": f"{100 * rank / n:.2f}",
            "cum_value_pct": f"{100 * float(row['cum_value_share']):.1f}",
            "vip_last": f"{int(round(cum_cuts[0] * n))}",
            "important_last": f"{int(round(cum_cuts[1] * n))}",
            "ordinary_last": f"{int(round(cum_cuts[2] * n))}",
        },
        "fields_zh": {"tier": t(f"tier.{tier}", "zh")},
        "fields_en": {"tier": t(f"tier.{tier}", "en")},
    }


def _grade_01_1(answer, facts, ctx):
    code = grade_choice(answer, _tier_options())
    p = "ex.01.1.fb."
    if code is None:
        return Verdict(False, p + "unknown", {"answer": _show(answer)})
    if code == facts["expected"]:
        return Verdict(True, p + "right")
    if code == facts["tier_non_cumulative"]:
        return Verdict(False, p + "not_cumulative")
    if code in facts["neighbours"]:
        return Verdict(False, p + "off_by_one")
    if code == facts["tier_by_value"]:
        return Verdict(False, p + "by_value")
    return Verdict(False, p + "wrong")


# --------------------------------------------------------------------------- 01.2 top-20% share
_TOL_01_2 = 0.005
#: Shares of accounts a personalised set asks about. The lesson prints the top 20%'s share (80%, the
#: chapter's rule), so no set asks about 20%; the default set asks about the top 10%.
_TOP_FRACTIONS = (0.05, 0.10, 0.15, 0.25, 0.30)
_DEFAULT_TOP_FRACTION = 0.10


def _facts_01_2(ctx):
    p = _DEFAULT_TOP_FRACTION if not ctx.personalised else float(ctx.rng("01.2").choice(_TOP_FRACTIONS))
    share = top_share(ctx.data["revenue"], p)
    return {
        "expected": share,
        "p": p,
        "fields": {
            "p_pct": f"{100 * p:g}",
            "rest_pct": f"{100 * (1 - p):g}",
            "p": f"{p:g}",
            "tol": f"{_TOL_01_2:g}",
            "k": f"{int(round(p * len(ctx.data))):,}",
            "n": f"{len(ctx.data):,}",
        },
        "solution_fields": {"share": f"{share:.3f}", "share_pct": f"{100 * share:.1f}"},
    }


def _grade_01_2(answer, facts, ctx):
    f = "ex.01.2.fb."
    return grade_number(
        answer,
        facts["expected"],
        tol=_TOL_01_2,
        fraction=True,
        prefix=f,
        mistakes=((f + "bottom", 1 - facts["expected"]), (f + "headcount", facts["p"])),
    )


# --------------------------------------------------------------------------- 01.3 HHI equivalent number
_TOL_01_3 = 0.01  # relative
#: Earlier years' revenue a set asks about: the lesson prints this year's HHI and equivalent number
#: (158), so the exercise asks how concentrated the same accounts were in an earlier year.
_YEARS_01_3 = {"revenue_3y_ago": 3, "revenue_2y_ago": 2}
_DEFAULT_COLUMN_01_3 = "revenue_3y_ago"


def _facts_01_3(ctx):
    column = _DEFAULT_COLUMN_01_3
    this_year = hhi(ctx.data["revenue"])
    if ctx.personalised:
        column = str(ctx.rng("01.3").choice(sorted(_YEARS_01_3)))
        if abs(hhi(ctx.data[column]).equivalent_customers / this_year.equivalent_customers - 1) < 4 * _TOL_01_3:
            column = _DEFAULT_COLUMN_01_3  # too close to this year's number to tell the mistake apart
    h = hhi(ctx.data[column])
    years = _YEARS_01_3[column]
    return {
        "expected": h.equivalent_customers,
        "hhi": h.index,
        "n": len(ctx.data),
        "this_year": this_year.equivalent_customers,
        "fields": {
            "n": f"{len(ctx.data):,}",
            "tol_pct": f"{100 * _TOL_01_3:g}",
            "column": column,
            "years": str(years),
            "this_year": f"{this_year.equivalent_customers:.1f}",
        },
        "fields_zh": {"years_ago": {3: "三年前", 2: "两年前"}[years]},
        "fields_en": {"years_ago": {3: "three years ago", 2: "two years ago"}[years]},
        "solution_fields": {
            "hhi": f"{h.index:.2f}",
            "equivalent": f"{h.equivalent_customers:.1f}",
            "equivalent_share_pct": f"{100 * h.equivalent_customers / len(ctx.data):.1f}",
        },
    }


def _grade_01_3(answer, facts, ctx):
    f = "ex.01.3.fb."
    h = facts["hhi"]
    return grade_number(
        answer,
        facts["expected"],
        tol=_TOL_01_3,
        relative=True,
        prefix=f,
        mistakes=(
            (f + "this_year", facts["this_year"]),
            (f + "hhi_itself", h),
            (f + "hhi_fraction", h / 10_000),
            (f + "reciprocal_scale", 1 / h),
            (f + "head_count", float(facts["n"])),
        ),
    )


# --------------------------------------------------------------------------- 01.4 potential key account
_LETTERS = ("a", "b", "c", "d")


def _facts_01_4(ctx):
    rng = ctx.rng("01.4")
    scores = attractiveness_score(ctx.data)
    n = len(scores)
    ratio = scores["potential"] / scores["current_sales"].clip(lower=1.0)
    # the potential key account: flagged, headroom at least twice its sales, among the largest headroom
    potential = scores[scores["potential_key_account"] & (ratio >= 2.0)].nlargest(10, "potential")
    pick_potential = potential.iloc[int(rng.integers(len(potential)))]
    biggest = scores.nlargest(5, "current_sales")
    pick_big = biggest.iloc[int(rng.integers(len(biggest)))]
    sales_pct = scores["current_sales"].rank(pct=True)
    # ordinary accounts: mid-sized, not flagged, little headroom relative to sales, modest trend
    ordinary = scores[
        ~scores["potential_key_account"]
        & ~scores["key_account"]
        & sales_pct.between(0.3, 0.7)
        & (ratio <= 1.5)
        & (scores["future_trend"] < 0.10)
    ]
    picks = ordinary.iloc[rng.choice(len(ordinary), size=2, replace=False)]
    chosen = pd.concat([pick_potential.to_frame().T, pick_big.to_frame().T, picks])
    chosen = chosen.iloc[rng.permutation(4)]
    ids = [str(a) for a in chosen["account_id"]]
    data = ctx.data.set_index("account_id").loc[ids]

    def table(lang):
        return pd.DataFrame(
            {
                t("ex.ui.option", lang): list(_LETTERS),
                t("col.account_id", lang): ids,
                t("col.revenue", lang): data["revenue"].round(0).to_numpy(),
                t("col.category_spend", lang): data["category_spend"].round(0).to_numpy(),
                t("col.growth_trend", lang): data["growth_trend"].to_numpy(),
            }
        )

    def headroom_table(lang):
        out = table(lang)
        out[t("ex.01.4.headroom", lang)] = (data["category_spend"] - data["revenue"]).round(0).to_numpy()
        out[t("ex.01.4.headroom_ratio", lang)] = (
            ((data["category_spend"] - data["revenue"]) / data["revenue"]).round(1).to_numpy()
        )
        return out

    right = ids.index(str(pick_potential["account_id"]))
    return {
        "expected": ids[right],
        "options": {aid: (letter,) for aid, letter in zip(ids, _LETTERS)},
        "big": str(pick_big["account_id"]),
        "ids_in_data": set(ctx.data["account_id"].astype(str)),
        "table": {"zh": table("zh"), "en": table("en")},
        "solution_table": {"zh": headroom_table("zh"), "en": headroom_table("en")},
        "fields": {"n": f"{n:,}"},
        "solution_fields": {
            "right_id": ids[right],
            "right_letter": _LETTERS[right],
            "big_id": str(pick_big["account_id"]),
            "right_revenue": f"{float(pick_potential['current_sales']):,.0f}",
            "right_headroom": f"{float(pick_potential['potential']):,.0f}",
            "right_trend_pct": f"{100 * float(pick_potential['future_trend']):.1f}",
            "big_headroom": f"{float(pick_big['potential']):,.0f}",
            "big_revenue": f"{float(pick_big['current_sales']):,.0f}",
        },
    }


def _grade_01_4(answer, facts, ctx):
    f = "ex.01.4.fb."
    code = grade_choice(answer, facts["options"])
    if code is None:
        if isinstance(answer, str) and answer.strip().upper() in facts["ids_in_data"]:
            return Verdict(False, f + "not_listed", {"answer": answer.strip().upper()})
        return Verdict(False, f + "unknown", {"answer": _show(answer)})
    if code == facts["expected"]:
        return Verdict(True, f + "right", {"answer": code})
    if code == facts["big"]:
        return Verdict(False, f + "biggest", {"answer": code})
    return Verdict(False, f + "ordinary", {"answer": code})


# --------------------------------------------------------------------------- 01.5 judge: both methods
#: Salted SHA-256 of the right option (see core.answer_hash); the letter is not stored.
ANSWER_01_5 = "a5250d1c11918b68d89985d66c279626bd9367132651bd60559d1bfd3ae615c3"


_EXERCISES = (  # private: no public name hands out the grading facts (issue 27)
    Exercise("01.1", "compute", _facts_01_1, _grade_01_1),
    Exercise("01.2", "compute", _facts_01_2, _grade_01_2),
    Exercise("01.3", "compute", _facts_01_3, _grade_01_3),
    Exercise("01.4", "interpret", _facts_01_4, _grade_01_4),
    judge_exercise("01.5", ANSWER_01_5),
)
