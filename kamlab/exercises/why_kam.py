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

from ..analytics import breakeven_volume_increase, customer_profit, margin_multiple, pareto_table
from ..i18n import t
from .core import _NOT_A_NUMBER, Exercise, Verdict, _show, grade_choice, grade_number, judge_exercise, read_number

__all__: list[str] = []

# --------------------------------------------------------------------------- 02.1 break-even volume
_TOL_02_1 = 0.005
_MARGINS = (0.15, 0.18, 0.20, 0.22, 0.25, 0.30, 0.35, 0.40)
_DISCOUNTS = (0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.10, 0.12)


#: The practice set's margin and discount. The lesson (and the chapter, I4) works 20% and 5% through to
#: 1/3; the exercise asks for another margin and discount, so its answer (0.06 / 0.19 = 0.3158) is not a
#: number the lesson prints.
_DEFAULT_02_1 = (0.25, 0.06)


def _mistakes_02_1(m: float, d: float) -> tuple[tuple[str, float], ...]:
    p = "ex.02.1.fb."
    return (
        (p + "d_over_m", d / m),
        (p + "remaining_margin", (m - d) / m),
        (p + "new_volume", m / (m - d)),
        (p + "d_over_m_plus_d", d / (m + d)),
    )


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
        m, d = _DEFAULT_02_1
    x = breakeven_volume_increase(m, d)
    return {
        "expected": x,
        "m": m,
        "d": d,
        "fields": {
            "m_pct": f"{100 * m:g}",
            "d_pct": f"{100 * d:g}",
            "m": f"{m:.2f}",
            "d": f"{d:.2f}",
            "md": f"{m - d:.2f}",
            "tol": f"{_TOL_02_1:g}",
        },
        "solution_fields": {"x": f"{x:.4f}", "x_pct": f"{100 * x:.1f}"},
    }


def _grade_02_1(answer, facts, ctx):
    return grade_number(
        answer,
        facts["expected"],
        tol=_TOL_02_1,
        fraction=True,
        mistakes=_mistakes_02_1(facts["m"], facts["d"]),
        prefix="ex.02.1.fb.",
    )


# --------------------------------------------------------------------------- 02.2 margin multiple
_TOL_02_2 = 0.01
_RETENTIONS = (0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90)
_RATES = (0.08, 0.10, 0.12, 0.15)


def _mistakes_02_2(r: float, i: float) -> tuple[tuple[str, float], ...]:
    p = "ex.02.2.fb."
    return (
        (p + "no_discounting", 1 / (1 - r)),
        (p + "no_discounting", r / (1 - r)),
        (p + "margin_now", (1 + i) / (1 + i - r)),
        (p + "no_retention", 1 / (1 + i - r)),
    )


def _pairs_02_2() -> list[tuple[float, float]]:
    out = []
    for r, i in itertools.product(_RETENTIONS, _RATES):
        if (r, i) == (0.80, 0.10):
            continue
        x = r / (1 + i - r)
        if all(abs(x - w) >= 4 * _TOL_02_2 for _, w in _mistakes_02_2(r, i)):
            out.append((r, i))
    return out


def _facts_02_2(ctx):
    if ctx.personalised:
        pairs = _pairs_02_2()
        r, i = pairs[int(ctx.rng("02.2").integers(len(pairs)))]
    else:
        r, i = 0.80, 0.10
    x = margin_multiple(r, i)
    return {
        "expected": x,
        "r": r,
        "i": i,
        "fields": {
            "r_pct": f"{100 * r:g}",
            "i_pct": f"{100 * i:g}",
            "r": f"{r:.2f}",
            "i": f"{i:.2f}",
            "tol": f"{_TOL_02_2:g}",
        },
        "solution_fields": {"x": f"{x:.3f}", "denominator": f"{1 + i - r:.2f}", "one_plus_i": f"{1 + i:.2f}"},
    }


def _grade_02_2(answer, facts, ctx):
    return grade_number(
        answer, facts["expected"], tol=_TOL_02_2, mistakes=_mistakes_02_2(facts["r"], facts["i"]), prefix="ex.02.2.fb."
    )


# --------------------------------------------------------------------------- 02.3 loss-making accounts
def _facts_02_3(ctx):
    cp = customer_profit(ctx.data)
    n = len(cp)
    k = int((cp["profit"] < 0).sum())
    return {
        "expected": k,
        "n": n,
        "no_cost_to_serve": int((cp["gross_profit"] - cp["discounts_rebates"] < 0).sum()),
        "no_discounts": int((cp["gross_profit"] - cp["cost_to_serve"] < 0).sum()),
        "fields": {"n": f"{n:,}"},
        "solution_fields": {
            "k": str(k),
            "k_pct": f"{100 * k / n:.1f}",
            "no_cts": str(int((cp["gross_profit"] - cp["discounts_rebates"] < 0).sum())),
        },
    }


def _grade_02_3(answer, facts, ctx):
    f = "ex.02.3.fb."
    x, _ = read_number(answer)
    shown = {"answer": _show(answer)}
    if x is _NOT_A_NUMBER:
        return Verdict(False, "ex.fb.not_a_number", shown)
    k, n = facts["expected"], facts["n"]
    if x == k:
        return Verdict(True, f + "right", shown)
    if 0 < x < 1 and abs(x - k / n) < 0.005 or abs(x - 100 * k / n) < 0.5 and x != round(x):
        return Verdict(False, f + "share", shown)
    for key, wrong in (
        (f + "no_cost_to_serve", facts["no_cost_to_serve"]),
        (f + "no_discounts", facts["no_discounts"]),
        (f + "profitable", n - k),
    ):
        if x == wrong:
            return Verdict(False, key, shown)
    if x != round(x):
        return Verdict(False, "ex.fb.not_integer", shown)
    return Verdict(False, f + "wrong", shown)


# --------------------------------------------------------------------------- 02.4 least profitable of the top 10
def _facts_02_4(ctx):
    top = pareto_table(ctx.data).head(10)["account_id"].astype(str).tolist()
    cp = customer_profit(ctx.data).assign(account_id=lambda d: d["account_id"].astype(str)).set_index("account_id")
    ten = cp.loc[top].assign(revenue_rank=range(1, 11)).reset_index()
    ten = ten.sort_values(["profit", "account_id"], kind="stable")
    right = str(ten["account_id"].iloc[0])
    gross_after = ten["gross_profit"] - ten["discounts_rebates"]
    lowest_gross = str(ten.loc[gross_after.idxmin(), "account_id"])
    lowest_overall = str(cp["profit"].idxmin())
    row = ten.iloc[0]

    def table(lang):
        out = ten.sort_values("revenue_rank")[
            ["revenue_rank", "account_id", "revenue", "gross_profit", "discounts_rebates", "cost_to_serve", "profit"]
        ].round(0)
        return out.rename(
            columns={
                "revenue_rank": t("ex.02.4.revenue_rank", lang),
                "gross_profit": t("ex.02.4.gross_profit", lang),
                "discounts_rebates": t("ex.02.4.discounts", lang),
                "cost_to_serve": t("ex.02.4.cost_to_serve", lang),
                "profit": t("ex.02.4.profit", lang),
                "revenue": t("col.revenue", lang),
                "account_id": t("col.account_id", lang),
            }
        )

    return {
        "expected": right,
        "top": top,
        "smallest_of_ten": top[-1],
        "largest": top[0],
        "lowest_gross": lowest_gross,
        "lowest_overall": lowest_overall,
        "most_profitable": str(ten["account_id"].iloc[-1]),
        "ids_in_data": set(cp.index),
        "solution_table": {"zh": table("zh"), "en": table("en")},
        "fields": {},
        "solution_fields": {
            "right_id": right,
            "right_rank": str(int(row["revenue_rank"])),
            "right_profit": f"{float(row['profit']):,.0f}",
            "right_revenue": f"{float(row['revenue']):,.0f}",
            "right_cts": f"{float(row['cost_to_serve']):,.0f}",
            "right_discounts": f"{float(row['discounts_rebates']):,.0f}",
        },
    }


def _grade_02_4(answer, facts, ctx):
    f = "ex.02.4.fb."
    code = grade_choice(answer, {aid: () for aid in facts["ids_in_data"]})
    if code is None:
        return Verdict(False, f + "unknown", {"answer": _show(answer)})
    shown = {"answer": code}
    if code == facts["expected"]:
        return Verdict(True, f + "right", shown)
    if code not in facts["top"]:
        key = "lowest_overall" if code == facts["lowest_overall"] else "not_top10"
        return Verdict(False, f + key, shown)
    if code == facts["smallest_of_ten"]:
        return Verdict(False, f + "smallest_revenue", shown)
    if code == facts["lowest_gross"]:
        return Verdict(False, f + "ignored_cost_to_serve", shown)
    if code == facts["most_profitable"]:
        return Verdict(False, f + "most_profitable", shown)
    return Verdict(False, f + "wrong", shown)


# --------------------------------------------------------------------------- 02.5 judge: customer share
#: Salted SHA-256 of the right option (see core.answer_hash); the letter is not stored.
ANSWER_02_5 = "9237d52855ecc06049fb55e0092acc3bc82f5d073a46d9f58c542303ffc2344e"

_EXERCISES = (  # private: no public name hands out the grading facts (issue 27)
    Exercise("02.1", "compute", _facts_02_1, _grade_02_1),
    Exercise("02.2", "compute", _facts_02_2, _grade_02_2),
    Exercise("02.3", "compute", _facts_02_3, _grade_02_3),
    Exercise("02.4", "interpret", _facts_02_4, _grade_02_4),
    judge_exercise("02.5", ANSWER_02_5),
)
