"""M2 "key accounts contribute volume, small and medium customers contribute profit" (大客户贡献销量，中小客户贡献利润): a segment P&L over the years while the chains grow
(:class:`SegmentPlan`, :func:`segment_pnl`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..._validate import (
    MAX_HORIZON_YEARS,
    as_tuple,
    check_amount,
    check_fraction,
    check_number,
    check_rate,
    check_size,
)
from ...errors import KamlabTypeError, KamlabValueError

__all__ = ["SegmentPlan", "SME_PROFIT_PLAN", "WIN_WIN_PLAN", "SegmentPnl", "segment_pnl"]


@dataclass(frozen=True)
class SegmentPlan:
    """How a supplier serves the two segments: its share, margin and cost to serve in each.

    Parameters
    ----------
    name : str
        A short name (``"sme_profit"``, ``"win_win"`` or your own).
    key_share, sme_share : float
        The supplier's share of the chain key accounts' and of the SMEs' purchases, in [0, 1].
    key_margin, sme_margin : float
        Gross margin on sales to each segment, in [0, 1].
    key_cost_to_serve, sme_cost_to_serve : float
        Cost to serve as a fraction of the segment's sales, in [0, 10].
    fixed_cost : float, default 0
        Yearly fixed cost of the plan (e.g. a KAM team), yuan, in [0, 1e15].

    Raises
    ------
    TypeError, ValueError
        For a non-number or an out-of-range value.

    References
    ----------
    Chapter 4, M2: chain key accounts grow stronger, SMEs hold an ever smaller share;
    counting on SMEs for profit is unrealistic, only win-win works.

    Examples
    --------
    >>> WIN_WIN_PLAN.key_share
    0.35
    """

    name: str
    key_share: float
    key_margin: float
    key_cost_to_serve: float
    sme_share: float
    sme_margin: float
    sme_cost_to_serve: float
    fixed_cost: float = 0.0

    def __post_init__(self):
        func = "SegmentPlan"
        if not isinstance(self.name, str) or not self.name:
            raise KamlabTypeError(f"{func}: parameter 'name' must be a non-empty str, got {self.name!r}.")
        for p in ("key_share", "key_margin", "sme_share", "sme_margin"):
            check_fraction(getattr(self, p), p, func)
        for p in ("key_cost_to_serve", "sme_cost_to_serve"):
            check_rate(getattr(self, p), p, func)
        check_amount(self.fixed_cost, "fixed_cost", func)


#: M2: the supplier that counts on SMEs for profit and only sells volume to the chains.
SME_PROFIT_PLAN = SegmentPlan(
    "sme_profit",
    key_share=0.20,
    key_margin=0.10,
    key_cost_to_serve=0.04,
    sme_share=0.30,
    sme_margin=0.25,
    sme_cost_to_serve=0.09,
)
#: M2: the win-win key-account plan (a KAM team, joint planning, less waste on both sides).
WIN_WIN_PLAN = SegmentPlan(
    "win_win",
    key_share=0.35,
    key_margin=0.13,
    key_cost_to_serve=0.03,
    sme_share=0.30,
    sme_margin=0.25,
    sme_cost_to_serve=0.09,
    fixed_cost=6_000_000.0,
)


@dataclass(frozen=True)
class SegmentPnl:
    """Result of :func:`segment_pnl`.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per plan, year and segment (``key`` / ``sme``): ``chain_share`` (the chains'
        share of the market), ``revenue``, ``gross_profit``, ``cost_to_serve``,
        ``segment_profit`` (yuan).
    summary : pandas.DataFrame
        One row per plan and year: ``chain_share``, ``revenue``, ``key_profit``,
        ``sme_profit``, ``fixed_cost``, ``profit``, ``sme_profit_share`` (SMEs' share
        of the segment profit).
    totals : pandas.Series
        Total profit over the years, by plan.
    winner : str
        The plan with the larger profit in the last year.
    crossover_year : int or None
        First year from which the second plan earns more than the first every year
        (None if never; 0 if from the start).
    """

    table: pd.DataFrame
    summary: pd.DataFrame
    totals: pd.Series
    winner: str
    crossover_year: int | None


def segment_pnl(
    plans=None,
    *,
    years: int = 6,
    market_revenue: float = 500_000_000.0,
    chain_share_start: float = 0.40,
    chain_share_gain: float = 0.06,
    chain_share_cap: float = 0.90,
) -> SegmentPnl:
    """Profit of each segment, year by year, while chain key accounts take the market.

    The chains' share of the market is c_t = min(c_0 + gain x t, cap), t = 0..years;
    SMEs buy the rest. A plan with shares s_K, s_S, margins m_K, m_S and costs to serve
    c_K, c_S earns, in year t, M c_t s_K (m_K - c_K) + M (1 - c_t) s_S (m_S - c_S) - fixed.

    Parameters
    ----------
    plans : sequence of SegmentPlan, optional
        Default (:data:`SME_PROFIT_PLAN`, :data:`WIN_WIN_PLAN`); names must differ.
    years : int, default 6
        Years after this one, 1 to :data:`kamlab._validate.MAX_HORIZON_YEARS` (10,000).
    market_revenue : float, default 500 million
        The whole market's yearly purchases, yuan, in (0, 1e15], held constant.
    chain_share_start, chain_share_gain, chain_share_cap : float
        c_0 in [0, 1]; the gain per year in [-1, 1]; the cap in [0, 1].

    Returns
    -------
    SegmentPnl

    Raises
    ------
    TypeError, ValueError
        For bad plans or out-of-range numbers.

    References
    ----------
    Chapter 4, M2. Kaplan, R. S. & Cooper, R. (1998). Cost & Effect, ch. 10 (customer
    profitability with cost to serve).

    Examples
    --------
    >>> p = segment_pnl()
    >>> [float(p.summary.loc[(plan, 0), "profit"]) / 1e4 for plan in ("sme_profit", "win_win")]
    [1680.0, 1540.0]
    >>> p.winner, p.crossover_year
    ('win_win', 3)
    """
    func = "segment_pnl"
    plans = (
        (SME_PROFIT_PLAN, WIN_WIN_PLAN)
        if plans is None
        else as_tuple(plans, "plans", func, "a sequence of SegmentPlan")
    )
    if not plans:
        raise KamlabValueError(f"{func}: parameter 'plans' is empty; expected at least one SegmentPlan.")
    for p in plans:
        if not isinstance(p, SegmentPlan):
            raise KamlabTypeError(f"{func}: parameter 'plans' must hold SegmentPlan objects, got {type(p).__name__}.")
    names = [p.name for p in plans]
    if len(set(names)) != len(names):
        raise KamlabValueError(f"{func}: plan names must differ, got {', '.join(map(repr, names))}.")
    h = check_size(years, "years", func, maximum=MAX_HORIZON_YEARS)
    market = check_amount(market_revenue, "market_revenue", func, positive=True)
    c0 = check_fraction(chain_share_start, "chain_share_start", func)
    gain = check_number(chain_share_gain, "chain_share_gain", func, minimum=-1, maximum=1)
    cap = check_fraction(chain_share_cap, "chain_share_cap", func)
    t = np.arange(h + 1)
    chain = np.clip(c0 + gain * t, 0.0, max(cap, c0) if gain >= 0 else 1.0)
    rows, summary = [], []
    for p in plans:
        for seg, share, margin, cts, size in (
            ("key", p.key_share, p.key_margin, p.key_cost_to_serve, chain),
            ("sme", p.sme_share, p.sme_margin, p.sme_cost_to_serve, 1 - chain),
        ):
            revenue = market * size * share
            rows.append(
                pd.DataFrame(
                    {
                        "plan": p.name,
                        "year": t,
                        "segment": seg,
                        "chain_share": chain,
                        "revenue": revenue,
                        "gross_profit": revenue * margin,
                        "cost_to_serve": revenue * cts,
                        "segment_profit": revenue * (margin - cts),
                    }
                )
            )
    table = pd.concat(rows, ignore_index=True)
    wide = table.pivot_table(
        index=["plan", "year"], columns="segment", values=["revenue", "segment_profit"], sort=False
    )
    fixed = pd.Series({p.name: p.fixed_cost for p in plans})
    summary = pd.DataFrame(
        {
            "chain_share": table[table.segment == "key"].set_index(["plan", "year"])["chain_share"],
            "revenue": wide[("revenue", "key")] + wide[("revenue", "sme")],
            "key_profit": wide[("segment_profit", "key")],
            "sme_profit": wide[("segment_profit", "sme")],
        }
    )
    summary["fixed_cost"] = fixed.reindex(summary.index.get_level_values("plan")).to_numpy()
    summary["profit"] = summary["key_profit"] + summary["sme_profit"] - summary["fixed_cost"]
    seg_total = summary["key_profit"] + summary["sme_profit"]
    summary["sme_profit_share"] = np.where(
        seg_total > 0, summary["sme_profit"] / seg_total.where(seg_total > 0, 1), np.nan
    )
    summary = summary.loc[names]
    totals = summary["profit"].groupby(level="plan", sort=False).sum()
    last = summary.xs(h, level="year")["profit"]
    winner = str(last.idxmax())
    crossover = None
    if len(plans) >= 2:
        a = summary.loc[names[0], "profit"].to_numpy()
        b = summary.loc[names[1], "profit"].to_numpy()
        ahead = b > a
        for year in range(h + 1):
            if ahead[year:].all():
                crossover = year
                break
    return SegmentPnl(table, summary, totals, winner, crossover)
