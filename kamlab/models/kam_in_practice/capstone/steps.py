"""The capstone's five steps on one dataset (:func:`capstone`), and the planning rules compared (:func:`compare_rules`)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ...._validate import (
    check_amount,
    check_fraction,
    check_int,
    check_seed,
)
from ....analytics.scoring import Identification, compare_identifications
from ....cache import disk_cached
from .evaluation import ProgrammeResult, _evaluate, _prepare, _terms, _with, evaluate_programme
from .levels import DEFAULT_BUDGET_YUAN, LEVELS, RULES, STANCE_LEVELS
from .planning import _check_rule_and_level, _plan, plan_programme

__all__ = ["Capstone", "capstone", "compare_rules"]


@dataclass(frozen=True)
class Capstone:
    """The chapter on one dataset (result of :func:`capstone`); one attribute per step.

    Attributes
    ----------
    identification : kamlab.analytics.Identification
        Step 1: subjective (C1) vs objective (C2) key accounts.
    overlap : dict
        Step 1 in numbers: ``both``, ``objective_only``, ``subjective_only``, ``jaccard``, ``agreement``.
    key_accounts : pandas.DataFrame
        Steps 2 and 3: the objective key accounts (top ``key_share`` by revenue), largest
        first: ``account_id``, ``revenue``, ``profit``, ``profit_margin``, ``loses_money``,
        ``quadrant``, ``stance``, ``attractiveness``, ``strength``.
    n_key : int
    n_key_losing : int
        Key accounts that lose money after cost to serve.
    top10_losing : int
        Of the ten largest accounts, how many lose money.
    quadrant_counts : pandas.Series
        Step 3: key accounts per portfolio quadrant.
    programme : dict
        Step 4: account_id -> level, within ``budget_yuan``.
    evaluation : ProgrammeResult
        Step 5: the programme vs no KAM.
    budget_yuan : float
    rule : str
    key_share : float
    """

    identification: Identification
    overlap: dict
    key_accounts: pd.DataFrame
    n_key: int
    n_key_losing: int
    top10_losing: int
    quadrant_counts: pd.Series
    programme: dict
    evaluation: ProgrammeResult
    budget_yuan: float
    rule: str
    key_share: float

    def steps(self) -> pd.DataFrame:
        """One line per step with its headline number (codes; the lesson supplies the words).

        Returns
        -------
        pandas.DataFrame
            Five rows: ``step`` (1-5), ``measure`` (``jaccard``, ``n_key_losing``,
            ``strategic``, ``annual_cost``, ``expected_uplift``) and ``value``: the overlap's
            Jaccard index, the key accounts losing money, the strategic key accounts, and
            the programme's yearly cost and expected uplift.

        Examples
        --------
        >>> from kamlab.datasets import make_accounts
        >>> list(capstone(make_accounts(300), n_sims=200).steps()["step"])
        [1, 2, 3, 4, 5]
        """
        e = self.evaluation
        return pd.DataFrame(
            {
                "step": [1, 2, 3, 4, 5],
                "measure": ["jaccard", "n_key_losing", "strategic", "annual_cost", "expected_uplift"],
                "value": [
                    self.overlap["jaccard"],
                    self.n_key_losing,
                    int(self.quadrant_counts.get("strategic", 0)),
                    e.annual_cost,
                    e.expected_uplift,
                ],
            }
        )


@disk_cached
def capstone(
    accounts: pd.DataFrame,
    *,
    budget_yuan: float = DEFAULT_BUDGET_YUAN,
    key_share: float = 0.2,
    rule: str = "optimal",
    level: str = "basic",
    top_n: int = 20,
    levels=LEVELS,
    horizon_years: int = 3,
    discount_rate: float = 0.10,
    n_sims: int = 2000,
    seed=2026,
) -> Capstone:
    """Run the chapter on one accounts table: identify, check profit, place, fund, evaluate.

    Parameters
    ----------
    accounts : pandas.DataFrame
        As :func:`kamlab.make_accounts` (any ``n`` and ``seed``).
    budget_yuan : float, default :data:`DEFAULT_BUDGET_YUAN` (1,000,000)
        Yearly KAM budget (a teaching assumption), in [0, 1e15] yuan.
    key_share : float, default 0.2
        Share of accounts each identification method calls key (the 80/20 rule).
    rule, level, top_n, levels, horizon_years, discount_rate
        As :func:`plan_programme`.
    n_sims, seed
        As :func:`evaluate_programme`.

    Returns
    -------
    Capstone

    Raises
    ------
    TypeError, ValueError
        As the functions of each step.

    References
    ----------
    Chapter 4: C1/C2 (identification), I4 (profitability), I2 (lifetime value).
    McDonald & Woodburn (2007), ch. 7 (portfolio). Homburg, Workman & Jensen (2002).

    Examples
    --------
    >>> from kamlab.datasets import make_accounts
    >>> c = capstone(make_accounts(300), n_sims=200)
    >>> c.n_key, c.evaluation.annual_cost <= c.budget_yuan
    (60, True)
    """
    func = "capstone"
    key_share = check_fraction(key_share, "key_share", func, open_low=True)
    budget = check_amount(budget_yuan, "budget_yuan", func)
    ident = compare_identifications(accounts, key_share=key_share)
    ct = ident.crosstab
    overlap = {
        "both": int(ct.loc[True, True]),
        "objective_only": int(ct.loc[True, False]),
        "subjective_only": int(ct.loc[False, True]),
        "jaccard": ident.jaccard,
        "agreement": ident.agreement,
    }
    programme = plan_programme(
        accounts,
        budget_yuan=budget,
        rule=rule,
        level=level,
        top_n=top_n,
        levels=levels,
        horizon_years=horizon_years,
        discount_rate=discount_rate,
    )
    result = evaluate_programme(
        accounts,
        programme,
        levels=levels,
        horizon_years=horizon_years,
        discount_rate=discount_rate,
        n_sims=n_sims,
        seed=seed,
    )
    result = _with(result, budget_yuan=budget, rule=rule)
    table = result.accounts  # largest revenue first
    n = len(table)
    n_key = int(math.floor(key_share * n + 1e-9))
    prep_cols = _prepare(accounts, func)
    pos = np.array([prep_cols.position[a] for a in table["account_id"].iloc[:n_key]], dtype=int)
    key = pd.DataFrame(
        {
            "account_id": table["account_id"].iloc[:n_key].to_numpy(),
            "revenue": table["revenue"].iloc[:n_key].to_numpy(),
            "profit": table["profit"].iloc[:n_key].to_numpy(),
        }
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        key["profit_margin"] = np.where(key["revenue"] > 0, key["profit"] / key["revenue"], np.nan)
    key["loses_money"] = key["profit"] < 0
    key["quadrant"] = prep_cols.quadrant[pos]
    key["stance"] = prep_cols.stance[pos]
    key["attractiveness"] = prep_cols.attractiveness[pos]
    key["strength"] = prep_cols.strength[pos]
    counts = key["quadrant"].value_counts().reindex(list(STANCE_LEVELS), fill_value=0)
    counts.index.name = "quadrant"
    return Capstone(
        identification=ident,
        overlap=overlap,
        key_accounts=key,
        n_key=n_key,
        n_key_losing=int(key["loses_money"].sum()),
        top10_losing=int((table["profit"].iloc[:10] < 0).sum()),
        quadrant_counts=counts,
        programme=dict(sorted(programme.items())),
        evaluation=result,
        budget_yuan=budget,
        rule=rule,
        key_share=key_share,
    )


@disk_cached
def compare_rules(
    accounts: pd.DataFrame,
    *,
    budget_yuan: float = DEFAULT_BUDGET_YUAN,
    level: str = "basic",
    top_n: int = 20,
    levels=LEVELS,
    horizon_years: int = 3,
    discount_rate: float = 0.10,
    n_sims: int = 2000,
    seed=2026,
) -> pd.DataFrame:
    """Every rule of :data:`RULES` at the same budget, side by side.

    Each rule's programme comes from :func:`plan_programme` and is evaluated by
    :func:`evaluate_programme` with the same seed (the same simulated losses), so the rows
    differ only by the rule. The defaults (2,000 scenarios, seed 2026) are those of
    :func:`evaluate_programme` and :func:`capstone`, so the ``optimal`` row repeats the capstone's
    own evaluation for the same accounts and budget (fewer scenarios give another 5th percentile).

    Parameters
    ----------
    accounts : pandas.DataFrame
        As :func:`evaluate_programme`.
    budget_yuan, level, top_n, levels, horizon_years, discount_rate
        As :func:`plan_programme`.
    n_sims, seed
        As :func:`evaluate_programme`.

    Returns
    -------
    pandas.DataFrame
        One row per rule (index ``rule``): ``accounts_funded``, ``annual_cost``,
        ``expected_uplift``, ``roi`` (NaN for a rule that funds no account), ``p5_no_kam``, ``p5``, ``p_worse``, ``p_lose_top5``.

    Raises
    ------
    TypeError, ValueError
        As :func:`plan_programme` and :func:`evaluate_programme`.

    Examples
    --------
    >>> from kamlab.datasets import make_accounts
    >>> table = compare_rules(make_accounts(300), budget_yuan=500_000, n_sims=100)
    >>> table.index.tolist() == list(RULES), bool((table["annual_cost"] <= 500_000).all())
    (True, True)
    >>> bool(table["expected_uplift"].idxmax() == "optimal")
    True
    """
    func = "compare_rules"
    levels, horizon, rate = _terms(levels, horizon_years, discount_rate, func)
    budget = check_amount(budget_yuan, "budget_yuan", func)
    for rule in RULES:
        _check_rule_and_level(rule, level, levels, func)
    n_sims = check_int(n_sims, "n_sims", func, minimum=1, maximum=100_000)
    seed = check_seed(seed, func)
    prep = _prepare(accounts, func)  # once for every rule
    top_n = check_int(top_n, "top_n", func, minimum=1, maximum=len(prep.ids))
    rows = {}
    for rule in RULES:
        programme = _plan(prep, budget, rule, level, top_n, levels, horizon, rate)
        r = _evaluate(prep, programme, levels, horizon, rate, n_sims, seed, "all")
        rows[rule] = {
            "accounts_funded": len(r.programme),
            "annual_cost": r.annual_cost,
            "expected_uplift": r.expected_uplift,
            "roi": r.roi,
            "p5_no_kam": r.percentile(5, "no_kam"),
            "p5": r.percentile(5),
            "p_worse": r.p_worse,
            "p_lose_top5": r.p_lose_top5,
        }
    out = pd.DataFrame.from_dict(rows, orient="index")
    out.index.name = "rule"
    return out
