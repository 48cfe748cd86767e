"""Exercises of lesson 06: case K3, Gome vs Gree (国美 vs 格力), as a game.

Every expected answer is computed from :mod:`kamlab.models.gome_gree` when it is needed
(personalised sets draw their own parameters); the judge exercise's answer is stored
as a salted hash only, and its feedback and solution sealed in
:mod:`kamlab.labels.gome_gree` (see :mod:`.core`).

References
----------
Chapter 4, case K3. Axelrod, R. (1984). The Evolution of Cooperation.
Osborne, M. J. (2004). An Introduction to Game Theory, ch. 2-4 and 14.
"""

from __future__ import annotations

import itertools

from ..i18n import t
from ..models.gome_gree import GomeGreeCase, grim_trigger_threshold, one_shot
from .core import Exercise, Verdict, _show, grade_choice, grade_number, judge_exercise, rubric_exercise

__all__: list[str] = []


def _pick(ctx, exercise_id, options, default):
    if not ctx.personalised:
        return default
    return options[int(ctx.rng(exercise_id).integers(len(options)))]


def _game_tables(game):
    def table(lang):
        out = game.table()
        out.columns = [t(f"gome_gree.action.{a}", lang) for a in game.col_actions]
        corner = t("gome_gree.player.gome", lang) + " \\ " + t("gome_gree.player.gree", lang)
        out.insert(0, corner, [t(f"gome_gree.action.{a}", lang) for a in game.row_actions])
        return out.reset_index(drop=True)

    return {"zh": table("zh"), "en": table("en")}


# --------------------------------------------------------------------------- 06.1 grim-trigger threshold
_TOL_06_1 = 0.005


def _mistakes_06_1(t_, r, p):
    f = "ex.06.1.fb."
    return (
        (f + "one_minus", (r - p) / (t_ - p)),
        (f + "wrong_denominator", (t_ - r) / (r - p) if r != p else None),
        (f + "no_punishment", (t_ - r) / t_),
        (f + "sign_of_p", (t_ - r) / (t_ + p) if t_ + p > 0 else None),
    )


def _triples_06_1():
    out = []
    for t_, r, p in itertools.product(
        (10.0, 12.0, 15.0, 18.0, 20.0, 25.0), (0.0, 2.0, 4.0), (-10.0, -20.0, -28.5, -30.0)
    ):
        if (t_, r, p) == (15.0, 0.0, -28.5):
            continue
        x = grim_trigger_threshold(t_, r, p)
        if all(w is None or abs(x - w) >= 4 * _TOL_06_1 for _, w in _mistakes_06_1(t_, r, p)):
            out.append((t_, r, p))
    return out


def _facts_06_1(ctx):
    # the default differs from the lesson's worked example (15, 0, -28.5 -> 0.3448): a new calculation, not a copy
    t_, r, p = _pick(ctx, "06.1", _triples_06_1(), (20.0, 4.0, -20.0))
    x = grim_trigger_threshold(t_, r, p)
    return {
        "expected": x,
        "trp": (t_, r, p),
        "fields": {"T": f"{t_:g}", "R": f"{r:g}", "P": f"{p:g}", "tol": f"{_TOL_06_1:g}"},
        "solution_fields": {"x": f"{x:.4f}", "tr": f"{t_ - r:g}", "tp": f"{t_ - p:g}"},
    }


def _grade_06_1(answer, facts, ctx):
    return grade_number(
        answer,
        facts["expected"],
        tol=_TOL_06_1,
        fraction=True,
        mistakes=_mistakes_06_1(*facts["trp"]),
        prefix="ex.06.1.fb.",
    )


# --------------------------------------------------------------------------- 06.2 pure equilibrium of a table
_CELLS = ("keep/supply", "keep/withdraw", "cut/supply", "cut/withdraw")
_PARAMS_06_2 = tuple((d, g) for d in (0.005, 0.01, 0.02, 0.03, 0.04) for g in (10.0, 15.0, 20.0))


def _facts_06_2(ctx):
    d, g = _pick(ctx, "06.2", _PARAMS_06_2, (0.01, 15.0))
    case = GomeGreeCase(gree_dependence=d, gome_cut_gain=g)
    game = case.game()
    ((i, j),) = game.pure_equilibria()
    right = f"{game.row_actions[i]}/{game.col_actions[j]}"
    return {
        "expected": right,
        "credible": case.threat_credible,
        "table": _game_tables(game),
        "fields": {},
        "solution_fields": {"lg": f"{case.gree_loss:g}", "d": f"{case.gree_price_damage:g}", "gain": f"{g:g}"},
        "solution_fields_zh": {"answer_label": _cell_label(right, "zh")},
        "solution_fields_en": {"answer_label": _cell_label(right, "en")},
    }


def _cell_label(code, lang):
    a, b = code.split("/")
    return t(f"gome_gree.action.{a}", lang) + " / " + t(f"gome_gree.action.{b}", lang)


def _grade_06_2(answer, facts, ctx):
    f = "ex.06.2.fb."
    options = {}
    for code in _CELLS:
        a, b = code.split("/")
        options[code] = (
            f"{a},{b}",
            f"({a},{b})",
            _cell_label(code, "zh"),
            _cell_label(code, "en"),
            _cell_label(code, "zh").replace(" / ", "，"),
            _cell_label(code, "en").replace(" / ", ","),
        )
    code = grade_choice(answer, options)
    if code is None:
        return Verdict(False, f + "unknown", {"answer": _show(answer)})
    if code == facts["expected"]:
        return Verdict(True, f + "right", {"answer": code})
    if code == "keep/supply":
        return Verdict(False, f + "pareto", {"answer": code})
    if code.startswith("keep"):
        return Verdict(False, f + "gome_dominant", {"answer": code})
    return Verdict(False, f + ("credible" if facts["credible"] else "not_credible"), {"answer": code})


# --------------------------------------------------------------------------- 06.3 mixed equilibrium
_TOL_06_3 = 0.01
_DEPENDENCE_06_3 = (0.004, 0.006, 0.008, 0.012, 0.014)


def _facts_06_3(ctx):
    d = _pick(ctx, "06.3", _DEPENDENCE_06_3, 0.012)  # not the lesson's 1%
    case = GomeGreeCase(gree_dependence=d, copycat_risk=0.2)
    r = one_shot(case)
    x, y = r.mixed[0]
    p_cut = float(x[1])
    return {
        "expected": p_cut,
        "p_withdraw": float(y[1]),
        "table": _game_tables(r.game),
        "fields": {"tol": f"{_TOL_06_3:g}"},
        "solution_fields": {
            "lg": f"{case.gree_loss:g}",
            "d": f"{case.gree_price_damage:g}",
            "x": f"{p_cut:.4f}",
            "y": f"{float(y[1]):.4f}",
        },
    }


def _grade_06_3(answer, facts, ctx):
    f = "ex.06.3.fb."
    x = facts["expected"]
    return grade_number(
        answer,
        x,
        tol=_TOL_06_3,
        fraction=True,
        prefix=f,
        mistakes=(
            (f + "other_player", facts["p_withdraw"]),
            (f + "complement", 1 - x),
            (f + "other_player", 1 - facts["p_withdraw"]),
        ),
    )


# --------------------------------------------------------------------------- 06.4 credible up to
_TOL_06_4 = 0.0005
_PARAMS_06_4 = tuple((e, k) for e in (0.03, 0.04, 0.06, 0.08) for k in (0.5, 2.0))


def _facts_06_4(ctx):
    e, k = _pick(ctx, "06.4", _PARAMS_06_4, (0.06, 2.0))  # not the lesson's (5%, 1)
    case = GomeGreeCase(price_exposure=e, channel_premium=k)
    x = case.credible_up_to
    per = case.gree_margin * case.gree_total_sales * (1 - case.recapture)
    return {
        "expected": x,
        "no_premium": case.gree_price_damage / per,
        "no_recapture": case.gree_price_damage / (case.gree_margin * case.gree_total_sales * (1 + k)),
        "fields": {"e_pct": f"{100 * e:g}", "k": f"{k:g}", "tol": f"{_TOL_06_4:g}"},
        "solution_fields": {
            "d": f"{case.gree_price_damage:g}",
            "per": f"{per * (1 + k):g}",
            "x": f"{x:.4f}",
            "x_pct": f"{100 * x:.2f}",
        },
    }


def _grade_06_4(answer, facts, ctx):
    f = "ex.06.4.fb."
    return grade_number(
        answer,
        facts["expected"],
        tol=_TOL_06_4,
        fraction=True,
        prefix=f,
        mistakes=((f + "no_premium", facts["no_premium"]), (f + "no_recapture", facts["no_recapture"])),
    )


# --------------------------------------------------------------------------- 06.5 judge: what KAM changes
#: Salted SHA-256 of the right option (see core.answer_hash); the letter is not stored.
ANSWER_06_5 = "64c72e920f6b7768aeac0ce8af2dd8c9754cd396538149fc123187250c49dbef"


# --------------------------------------------------------------------------- 06.6 written case analysis
_RUBRIC_06_6 = (("facts", 2), ("backward_induction", 2), ("misjudgement", 2), ("kam", 2), ("limits", 2))


_EXERCISES = (  # private: no public name hands out the grading facts (issue 27)
    Exercise("06.1", "compute", _facts_06_1, _grade_06_1),
    Exercise("06.2", "interpret", _facts_06_2, _grade_06_2),
    Exercise("06.3", "compute", _facts_06_3, _grade_06_3),
    Exercise("06.4", "compute", _facts_06_4, _grade_06_4),
    judge_exercise("06.5", ANSWER_06_5),
    rubric_exercise("06.6", _RUBRIC_06_6, min_length=60),
)
