"""Exercises of lesson 03: the five misconceptions of key account management (chapter M1-M5).

Every expected answer of a compute exercise is computed from the set's data or
parameters with :mod:`kamlab.models.misconceptions` when it is needed. The judge exercise's
answer is stored as a salted hash only; its per-option feedback and worked solution
are sealed (:func:`.core.seal`) in :data:`kamlab.labels.misconceptions.SEALED`
and shown through placeholder labels, so no plain text gives the answer away.

References
----------
Chapter 4, M1-M5. Blattberg & Deighton (1996); Pfeifer & Carraway (2000); Hirschman (1964).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ..analytics import hhi
from ..models.misconceptions import DEDICATED_KAM, SME_PROFIT_PLAN, ConcessionModel, relationship_paths, segment_pnl
from .assess import AnswerFormat
from .core import Exercise, grade_number, judge_exercise

__all__: list[str] = []


# --------------------------------------------------------------------------- 03.1 profit change of a concession
_TOL_03_1 = 0.002
#: (margin, concession) pairs. The first is the practice set's; personal sets draw from the others. The
#: lesson's misconception 1 works 20% and 5% through (the chapter's numbers), so no set asks about them.
_CASES_03_1 = (
    (0.18, 0.05),
    (0.20, 0.04),
    (0.25, 0.06),
    (0.18, 0.04),
    (0.22, 0.05),
    (0.25, 0.08),
    (0.30, 0.06),
    (0.20, 0.06),
)


def _facts_03_1(ctx):
    m, d = _CASES_03_1[int(ctx.rng("03.1").integers(1, len(_CASES_03_1)))] if ctx.personalised else _CASES_03_1[0]
    model = ConcessionModel(gross_margin=m, max_volume_gain=0.6, sensitivity=15.0)
    vol = float(model.volume_increase(d))
    pi = model.profit_index(d)
    x = pi / m - 1
    return {
        "expected": x,
        "m": m,
        "d": d,
        "vol": vol,
        "fields": {
            "m_pct": f"{100 * m:g}",
            "d_pct": f"{100 * d:g}",
            "m": f"{m:.2f}",
            "d": f"{d:.2f}",
            "md": f"{m - d:.2f}",
            "kd": f"{15 * d:g}",
            "tol": f"{_TOL_03_1:g}",
        },
        "solution_fields": {"vol": f"{vol:.4f}", "pi": f"{pi:.4f}", "x": f"{x:.4f}", "x_pct": f"{100 * x:.2f}"},
    }


def _grade_03_1(answer, facts, ctx):
    m, d, vol = facts["m"], facts["d"], facts["vol"]
    p = "ex.03.1.fb."
    mistakes = (
        (p + "volume_only", vol),
        (p + "linear", (m - d) * (1 + 0.6 * 15 * d) / m - 1),
        (p + "index", (m - d) * (1 + vol)),
        (p + "no_margin_loss", vol - d / m),
    )
    return grade_number(answer, facts["expected"], tol=_TOL_03_1, fraction=True, mistakes=mistakes, prefix=p)


# --------------------------------------------------------------------------- 03.2 SME plan's profit in a later year
#: Yearly gains of the chains' share a personal set draws. The lesson prints the segment P&L for a gain
#: of 6 points a year (every year's profit), so no set asks about 6; the practice set asks about 3.
_GAINS_03_2 = (0.04, 0.05, 0.07, 0.08)
_DEFAULT_GAIN_03_2 = 0.03


def _facts_03_2(ctx):
    gain = _GAINS_03_2[int(ctx.rng("03.2").integers(len(_GAINS_03_2)))] if ctx.personalised else _DEFAULT_GAIN_03_2
    year = 5
    pnl = segment_pnl((SME_PROFIT_PLAN,), years=year, chain_share_gain=gain)
    row = pnl.summary.loc[("sme_profit", year)]
    p = SME_PROFIT_PLAN
    c = float(row["chain_share"])
    no_cts = 5e8 * (c * p.key_share * p.key_margin + (1 - c) * p.sme_share * p.sme_margin)
    year0 = float(pnl.summary.loc[("sme_profit", 0), "profit"])
    expected = float(row["profit"]) / 1e4
    return {
        "expected": expected,
        "no_cts": no_cts / 1e4,
        "year0": year0 / 1e4,
        "sme_only": float(row["sme_profit"]) / 1e4,
        "fields": {"gain_pct": f"{100 * gain:g}", "year": str(year), "c": f"{c:.2f}"},
        "solution_fields": {
            "key_profit": f"{row['key_profit'] / 1e4:,.0f}",
            "sme": f"{row['sme_profit'] / 1e4:,.0f}",
            "total": f"{expected:,.0f}",
            "year0": f"{year0 / 1e4:,.0f}",
            "share": f"{100 * row['sme_profit_share']:.1f}",
        },
    }


def _grade_03_2(answer, facts, ctx):
    p = "ex.03.2.fb."
    mistakes = (
        (p + "no_cost_to_serve", facts["no_cts"]),
        (p + "year0", facts["year0"]),
        (p + "sme_only", facts["sme_only"]),
        (p + "yuan", facts["expected"] * 1e4),
    )
    return grade_number(answer, facts["expected"], tol=0.01, relative=True, mistakes=mistakes, prefix=p)


# --------------------------------------------------------------------------- 03.3 retention after two years
_ADVANCE_03_3 = (0.20, 0.25, 0.30, 0.40, 0.45, 0.50)
_TOL_03_3 = 0.004


def _facts_03_3(ctx):
    adv = _ADVANCE_03_3[int(ctx.rng("03.3").integers(len(_ADVANCE_03_3)))] if ctx.personalised else 0.35
    chain = replace(DEDICATED_KAM, advance=adv)
    paths = relationship_paths(chain, horizon_years=2)
    c0, c1 = chain.churn[0], chain.churn[1]
    stay = (1 - c0) * (1 - adv)
    up = (1 - c0) * adv
    return {
        "expected": paths.retention,
        "c0": c0,
        "fields": {
            "adv_pct": f"{100 * adv:g}",
            "c0_pct": f"{100 * c0:g}",
            "c1_pct": f"{100 * c1:g}",
            "tol": f"{_TOL_03_3:g}",
        },
        "solution_fields": {
            "stay": f"{stay:.2f}",
            "up": f"{up:.2f}",
            "c0": f"{c0:.2f}",
            "c1": f"{c1:.2f}",
            "lost": f"{1 - paths.retention:.4f}",
            "r": f"{paths.retention:.4f}",
        },
    }


def _grade_03_3(answer, facts, ctx):
    p = "ex.03.3.fb."
    c0 = facts["c0"]
    mistakes = ((p + "same_churn", (1 - c0) ** 2), (p + "lost", 1 - facts["expected"]), (p + "one_year", 1 - c0))
    return grade_number(answer, facts["expected"], tol=_TOL_03_3, fraction=True, mistakes=mistakes, prefix=p)


# --------------------------------------------------------------------------- 03.4 HHI after clearing the SMEs
def _facts_03_4(ctx):
    revenue = np.sort(ctx.data["revenue"].to_numpy(dtype=float))[::-1]
    k = int(round(0.2 * len(revenue)))
    kept = revenue[:k]
    after, before = hhi(kept), hhi(revenue)
    return {
        "expected": after.index,
        "before": before.index,
        "k": k,
        "fields": {"n": f"{len(revenue):,}", "k": f"{k:,}"},
        "solution_fields": {
            "after": f"{after.index:,.1f}",
            "before": f"{before.index:,.1f}",
            "eq_after": f"{after.equivalent_customers:.1f}",
            "eq_before": f"{before.equivalent_customers:.1f}",
            "ratio": f"{after.index / before.index:.2f}",
        },
    }


def _grade_03_4(answer, facts, ctx):
    p = "ex.03.4.fb."
    mistakes = (
        (p + "before", facts["before"]),
        (p + "unit_scale", facts["expected"] / 10_000),
        (p + "equivalent", 10_000 / facts["expected"]),
    )
    return grade_number(answer, facts["expected"], tol=0.01, relative=True, mistakes=mistakes, prefix=p)


# --------------------------------------------------------------------------- 03.5 judge: the sales director's plan
ANSWER_03_5 = "9b3b5dea2f24a366fe96a5fe52745b44e2a828a17d19bcab2e804e36a9e2cbb6"


_EXERCISES = (  # private: no public name hands out the grading facts (issue 27)
    Exercise("03.1", "compute", _facts_03_1, _grade_03_1),
    Exercise("03.2", "compute", _facts_03_2, _grade_03_2),
    Exercise("03.3", "compute", _facts_03_3, _grade_03_3),
    Exercise("03.4", "compute", _facts_03_4, _grade_03_4),
    judge_exercise("03.5", ANSWER_03_5),
)

#: The form of each compute answer, for assess mode's format check (never the answer itself).
FORMATS = {
    "03.1": AnswerFormat("fraction", -1.0, 1.0),
    "03.2": AnswerFormat("wan_yuan", 0.0, 1e6),
    "03.3": AnswerFormat("fraction", 0.0, 1.0),
    "03.4": AnswerFormat("hhi", 0.0, 10_000.0),
}
