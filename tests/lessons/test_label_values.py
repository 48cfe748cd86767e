"""Every label true to its number (issue #23): a ``kamlab.show`` label that names a quantity (revenue,
profit, share, stage, retention) is checked against the model.

Each :class:`Check` takes one label key, the quantity it must name, the value as the lesson's cell
computes it for that column, and the same quantity derived from the model *by its name* (for example
"interdependent or integrated" = the sum of those two stages' probabilities; "expected discounted
profit" = each account's profit x retention^t, discounted). The label must use the quantity's words
(and not a rival's: a profit column called 收入/revenue fails), and the two values must agree. These
two checks would have caught issue #23's items 1 (M3's column named "cooperative or higher") and 2
(the capstone's profit called revenue).

``test_every_quantity_label_is_checked_or_listed`` keeps the inventory honest: a new show label naming
such a quantity must get a check here or be listed in :data:`UNCHECKED` with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import numpy as np
import pytest

import kamlab
from kamlab.i18n import catalog
from kamlab.labels.glossary import TERMS

#: Words a label uses for each kind of quantity (zh, en), and the kind it must not be confused with.
WORDS = {
    "profit": (("利润",), ("profit",)),
    "gross_profit": (("毛利",), ("gross profit",)),
    "revenue": (("销售额", "收入"), ("revenue", "sales")),
    "share": (("占比", "份额", "比例"), ("share",)),
    "retention": (("仍是客户", "保留率"), ("still a customer", "retention")),
}
RIVAL = {"profit": "revenue", "gross_profit": "revenue", "revenue": "profit"}
STAGES = ("exploratory", "basic", "cooperative", "interdependent", "integrated")


@dataclass(frozen=True)
class Check:
    key: str
    kind: str  # a key of WORDS, or "stage"
    shown: Callable[[], float]
    derived: Callable[[], float]
    stages: tuple[str, ...] = ()  # for kind "stage": the stages the value adds up
    rel: float = 1e-9


# ---------------------------------------------------------------- the models, computed once
@cache
def _paths(name):
    from kamlab.models import misconceptions as mc

    return mc.relationship_paths(getattr(mc, name))


@cache
def _capstone():
    from kamlab.models.kam_in_practice.capstone import capstone

    return capstone(kamlab.make_accounts(300, seed=5), budget_yuan=500_000, n_sims=400)


def _discounted_profit(table, retention_column):
    """Expected discounted profit, by its definition: this year's profit after cost to serve, kept with
    probability retention^t, discounted at 10% a year over the 3 years."""
    years = np.arange(1, 4)
    factors = (table[retention_column].to_numpy()[:, None] ** years / 1.1**years).sum(axis=1)
    return float((table["profit"].to_numpy() * factors).sum())


def _risk(strategy):
    from kamlab.models import misconceptions as mc

    return mc.portfolio_risk(strategy)


def _k1():
    from kamlab.models import runaway_horse

    return runaway_horse.revenue_at_risk(kamlab.load_k1_case().accounts)


@cache
def _effort():
    import pandas as pd

    from kamlab.models import why_kam

    two = pd.DataFrame(
        {
            "account_id": ["big", "small"],
            "category_spend": [5_000_000.0, 100_000.0],
            "share_of_wallet": [0.25, 0.25],
            "gross_margin": [0.20, 0.20],
            "relationship_stage": ["cooperative", "cooperative"],
        }
    )
    return why_kam.EffortModel().simulate(two, [40.0, 40.0]).set_index("account_id")


@cache
def _whale_top():
    accounts = kamlab.load_accounts()
    top = kamlab.whale_curve(accounts).table.sort_values("revenue_rank").iloc[0]
    costs = kamlab.customer_profit(accounts).set_index("account_id").loc[top["account_id"]]
    return top, costs


def _summary(row, column="programme"):
    return float(_capstone().evaluation.summary().loc[row, column])


CHECKS = [
    # lesson 02: the effort model's "profit" is gross profit minus the effort's cost (not customer profit),
    # and the whale table's is customer profit after cost to serve
    *(
        Check(
            "why_kam.effort.profit",
            "gross_profit",
            lambda a=a: float(_effort().loc[a, "profit"]),
            lambda a=a: float(_effort().loc[a, "revenue"] * 0.20 - 40 * 300),  # margin 20%, 40 hours at 300 yuan
        )
        for a in ("big", "small")
    ),
    Check(
        "show.customer_profit",
        "profit",
        lambda: float(_whale_top()[0]["profit"]),
        lambda: float(  # revenue - cost of goods - discounts and rebates - cost to serve
            _whale_top()[1]["revenue"] - _whale_top()[1][["cost_of_goods", "discounts_rebates", "cost_to_serve"]].sum()
        ),
    ),
    # lesson 03, M3: the column is interdependent + integrated (item 1), and 10-year retention
    *(
        Check(
            "show.advanced_pct",
            "stage",
            lambda name=name: 100 * _paths(name).advanced_share,
            lambda name=name: 100 * float(_paths(name).table.iloc[-1][["interdependent", "integrated"]].sum()),
            stages=("interdependent", "integrated"),
        )
        for name in ("TRADITIONAL", "DEDICATED_KAM")
    ),
    *(
        Check(
            "show.retention_pct",
            "retention",
            lambda name=name: 100 * _paths(name).retention,
            lambda name=name: 100 * (1 - float(_paths(name).table.iloc[-1]["lost"])),
        )
        for name in ("TRADITIONAL", "DEDICATED_KAM")
    ),
    # lesson 03, M4: revenue lost when the largest key account leaves
    *(
        Check(
            "show.one_key_drop_pct",
            "revenue",
            lambda s=s: 100 * _risk(s).one_key_drop,
            lambda s=s: 100 * float(_risk(s).revenues.max() / _risk(s).revenues.sum()),
        )
        for s in ("keep", "clear")
    ),
    *(
        Check(
            "show.expected_profit_exact_10k",
            "profit",
            lambda s=s: _risk(s).expected_profit_exact / 1e4,
            lambda s=s: (0.9 * _risk(s).start_contribution - _risk(s).fixed_cost) / 1e4,  # everyone stays w.p. 0.9
        )
        for s in ("keep", "clear")
    ),
    # lesson 04, K1: B's share of A's sales
    Check("show.share", "share", lambda: _k1().share, lambda: _k1().revenue / _k1().total_sales),
    Check("show.revenue_b", "revenue", lambda: _k1().revenue, lambda: 3_000_000.0),
    # lesson 00 / 01: the top 20%'s share of revenue
    Check(
        "show.top_20_share",
        "share",
        lambda: kamlab.top_share(kamlab.load_accounts()["revenue"], 0.2),
        lambda: float(kamlab.load_accounts()["revenue"].nlargest(400).sum() / kamlab.load_accounts()["revenue"].sum()),
    ),
    # lesson 07, the capstone: expected *discounted profit* (item 2), and its simulated spread
    Check(
        "show.expected",
        "profit",
        lambda: _summary("expected", "no_kam"),
        lambda: _discounted_profit(_capstone().evaluation.accounts, "retention_no_kam"),
    ),
    Check(
        "show.mean_simulated",
        "profit",
        lambda: _summary("mean_simulated", "no_kam"),
        lambda: _discounted_profit(_capstone().evaluation.accounts, "retention_no_kam"),
        rel=0.01,  # a simulated mean of 400 scenarios
    ),
    Check(
        "show.p5",
        "profit",
        lambda: _summary("p5"),
        lambda: float(np.percentile(_capstone().evaluation.simulations["programme"], 5)),
    ),
    Check(
        "show.p95",
        "profit",
        lambda: _summary("p95"),
        lambda: float(np.percentile(_capstone().evaluation.simulations["programme"], 95)),
    ),
    Check(
        "show.p5_no_kam",
        "profit",
        lambda: float(
            kamlab.models.kam_in_practice.capstone.compare_rules.uncached(
                kamlab.make_accounts(300, seed=5), budget_yuan=500_000, n_sims=400
            ).loc["optimal", "p5_no_kam"]
        ),
        lambda: float(np.percentile(_capstone().evaluation.simulations["no_kam"], 5)),
    ),
]

#: Show labels that name such a quantity but are not checked above, with the reason.
UNCHECKED = {
    "show.top_20_share_mine": "lesson 00's own-data demo: the same top_share as show.top_20_share",
    "show.top_20_share_flatter": "the same top_share on a flatter dataset",
    "show.accounts_smaller": "a count of accounts (rank), not an amount",
    "show.points_current_sales": "a score's points, tested in tests/analytics (scoring)",
    "show.current_sales": "the accounts' revenue column itself",
    "show.sales_only": "a row name (a scoring variant)",
    "show.value_share": "the pyramid's value_share, tested in tests/analytics (segmentation)",
    "show.account_share": "the pyramid's account_share, tested in tests/analytics (segmentation)",
    "show.cum_value_share": "the Pareto table's cumulative share, tested in tests/analytics",
    "show.vip_value_share": "the pyramid's VIP row of value_share, tested in tests/analytics",
    "show.value_rank": "a rank",
    "show.profit": "lesson 03's segment P&L profit (after cost to serve and fixed costs), tested in tests/models/misconceptions/",
    "show.strategic_by_revenue": "a row name (a selection rule)",
    "show.winner": "a policy's name",
    "show.margin_multiple": "a multiple r / (1 + i - r), tested in tests/analytics (equity)",
    "show.customer_profit_10k": "customer_profit, tested in tests/analytics (profitability)",
    "show.equity_to_profit": "a ratio of two tested amounts",
    "show.revenue_rank": "a rank",
    "show.profit_rank": "a rank",
    "show.profit_index_at_5": "the concession curve's profit index, tested in tests/models/misconceptions/",
    "show.sme_part_year_0": "segment_pnl's sme_profit_share, tested in tests/models/misconceptions/",
    "show.total_sme_profit_10k": "segment_pnl totals, tested in tests/models/misconceptions/",
    "show.total_win_win_10k": "segment_pnl totals, tested in tests/models/misconceptions/",
    "show.chain_share": "segment_pnl's chain_share, tested in tests/models/misconceptions/",
    "show.large_drop_exact_pct": "a probability (tests/models/misconceptions/test_sme_base.py: 1 - 0.9^5)",
    "show.large_drop_simulated_pct": "a simulated probability with its standard error",
    "show.expected_profit_simulated_10k": "the simulated mean of the checked exact expected profit",
    "show.gome_discounted": "the repeated game's discounted payoffs, tested in tests/models/test_gome_gree.py",
    "show.gree_discounted": "the repeated game's discounted payoffs, tested in tests/models/test_gome_gree.py",
    "show.title.maturity": "a title (stage name and score)",
    "show.profit_margin": "profit / revenue of the capstone's key accounts",
    "show.rule_by.revenue": "a rule's name",
    "show.rule_by.profit": "a rule's name",
}
_QUANTITY_WORDS = ("收入", "利润", "占比", "阶段", "份额", "销售额")


def _words_of(kind):
    return WORDS[kind]


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.key)
def test_label_names_the_quantity_it_shows(check):
    texts = catalog()[check.key]
    zh, en = texts["zh"], texts["en"].lower()
    if check.kind == "stage":
        for stage in STAGES:
            term = TERMS[f"stage.{stage}"]
            named = term.zh.removesuffix("阶段") in zh and term.en.split()[0] in en
            assert named == (stage in check.stages), f"{check.key}: {zh!r} / {en!r} and the stage {stage}"
        return
    words_zh, words_en = _words_of(check.kind)
    assert any(w in zh for w in words_zh) and any(w in en for w in words_en), (check.key, zh, en)
    if check.kind in RIVAL:
        rival_zh, rival_en = _words_of(RIVAL[check.kind])
        assert not any(w in zh for w in rival_zh) and not any(w in en for w in rival_en), (check.key, zh, en)


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.key)
def test_shown_value_is_the_named_quantity(check):
    assert check.shown() == pytest.approx(check.derived(), rel=check.rel, abs=1e-9)


def test_every_quantity_label_is_checked_or_listed():
    checked = {c.key for c in CHECKS}
    naming = {k for k, v in catalog().items() if k.startswith("show.") and any(w in v["zh"] for w in _QUANTITY_WORDS)}
    assert naming - checked - set(UNCHECKED) == set(), "check these labels here, or list them in UNCHECKED"
    assert not (checked & set(UNCHECKED)) and set(UNCHECKED) <= naming


def test_the_checks_catch_the_reviews_findings():
    """The labels as they were (issue #23, items 1 and 2) fail the label check."""
    stages_named = [s for s in STAGES if TERMS[f"stage.{s}"].zh.removesuffix("阶段") in "升到合作阶段及以上（%）"]
    assert stages_named != ["interdependent", "integrated"]
    rival_zh, rival_en = WORDS["revenue"]
    assert any(w in "预期收入（元）" for w in rival_zh) and any(w in "expected revenue (yuan)" for w in rival_en)


def test_every_checked_label_is_one_a_lesson_shows():
    """The checked labels are the ones the built zh lessons print (so a check cannot drift off to a label
    nobody sees)."""
    import json
    from pathlib import Path

    shown = ""
    for path in sorted((Path(__file__).resolve().parents[2] / "notebooks" / "zh").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for out in cell.get("outputs", []):
                shown += "".join(out.get("data", {}).get("text/html", "")) + "".join(out.get("text", ""))
    missing = sorted({c.key for c in CHECKS if catalog()[c.key]["zh"] not in shown})
    assert not missing, f"checked labels no lesson shows: {missing}"
