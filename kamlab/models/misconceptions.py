"""The five misconceptions of key account management (chapter points M1-M5): the models of lesson 03.

Each misconception becomes a small model a student can break: change one assumption
and watch the conclusion hold or fail.

* M1 "the more concessions, the better": :class:`ConcessionModel` and
  :func:`concession_curve`. A saturating volume response to a price concession (or to
  non-price support spending) and the profit index pi(d) = (m - d)(1 + G(1 - e^(-k d))):
  the best concession, and the point past which concessions destroy profit (过犹不及).
* M2 "key accounts bring volume, SMEs bring profit": :class:`SegmentPlan` and
  :func:`segment_pnl`, a segment P&L over the years while chain key accounts gain
  market share and SMEs shrink.
* M3 "the traditional approach": :class:`StageChain` and :func:`relationship_paths`,
  the relationship stages as a Markov chain with or without a dedicated KAM unit.
* M4 "abandoning traditional customers": :func:`portfolio_risk`, a Monte Carlo of one
  year's revenue and profit when the SME base is kept or cleared.
* M5 "nothing else to manage": :data:`SUPPORT_ACTIVITIES` and :func:`support_value`,
  the chapter's support activities -> sell-through and retention -> account value.

What goes beyond the chapter: the chapter states M1-M5 in words. The functional forms
and every default number here are kamlab's illustrative assumptions, shaped after the
sources named in each docstring: saturating (concave) response curves (Little 1970;
Blattberg & Deighton 1996), relationship stages (stage names after McDonald, Millman &
Rogers 1997; see also Dwyer, Schurr & Oh 1987; Millman & Wilson 1995) as a Markov chain
for customer lifetime value (Pfeifer & Carraway 2000),
concentration (Hirschman's HHI) and distributor partnerships (Narus & Anderson 1986).
Nothing here imports matplotlib.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .._validate import (
    MAX_AMOUNT_YUAN,
    MAX_HORIZON_YEARS,
    as_tuple,
    check_amount,
    check_choice,
    check_fraction,
    check_number,
    check_rate,
    check_seed,
    check_size,
    finite_result,
)
from ..analytics._common import STAGES
from ..errors import KamlabTypeError, KamlabValueError

__all__ = [
    "ConcessionModel",
    "ConcessionCurve",
    "PRICE_CONCESSION",
    "NON_PRICE_SUPPORT",
    "concession_curve",
    "SegmentPlan",
    "SME_PROFIT_PLAN",
    "WIN_WIN_PLAN",
    "SegmentPnl",
    "segment_pnl",
    "StageChain",
    "TRADITIONAL",
    "DEDICATED_KAM",
    "StagePaths",
    "relationship_paths",
    "PortfolioRisk",
    "STRATEGIES",
    "portfolio_risk",
    "SUPPORT_ACTIVITIES",
    "SupportValue",
    "support_value",
    "MAX_POINTS",
    "MAX_SIMULATIONS",
    "MAX_ACCOUNTS",
    "MAX_VOLUME_GAIN",
    "MAX_SENSITIVITY",
    "RATIO_BANDS",
    "ratio_band",
]

#: Upper bound of ``points`` in :func:`concession_curve`.
MAX_POINTS = 100_000

#: Upper bound of ``simulations`` in :func:`portfolio_risk` (one million simulated years
#: take about a second).
MAX_SIMULATIONS = 1_000_000

#: Upper bound of ``key_accounts`` and ``smes`` in :func:`portfolio_risk`.
MAX_ACCOUNTS = 1_000_000

#: Upper bound of :class:`ConcessionModel`'s ``max_volume_gain`` (100 = +10,000% volume).
MAX_VOLUME_GAIN = 100.0

#: Upper bound of :class:`ConcessionModel`'s ``sensitivity`` (per unit of concession).
MAX_SENSITIVITY = 10_000.0


def _bisect(f, lo: float, hi: float, tol: float = 1e-12) -> float:
    """Root of f on [lo, hi], where f(lo) and f(hi) have opposite signs."""
    flo = f(lo)
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        fm = f(mid)
        if (fm > 0) == (flo > 0):
            lo, flo = mid, fm
        else:
            hi = mid
        if hi - lo < tol:
            break
    return 0.5 * (lo + hi)


# ---- M1: concessions with diminishing returns ------------------------------------------------
@dataclass(frozen=True)
class ConcessionModel:
    """Volume response to a concession with diminishing returns, and the profit it leaves.

    A concession d (a price discount, or the cost of non-price support, as a fraction
    of list-price sales) raises volume by dQ/Q = G (1 - e^(-k d)): the first points
    of concession win much, later ones less and less, and volume never grows by more
    than G. Gross profit, as a fraction of the list-price sales before the concession,
    is the profit index pi(d) = (m - d)(1 + G (1 - e^(-k d))), against pi(0) = m.

    pi is concave on [0, m]. If m G k > 1 (the first point of concession wins more
    volume than it costs), pi first rises, peaks at the best concession and falls back
    to m at the break-even concession: past it, concessions destroy profit. If
    m G k <= 1 no concession pays.

    Parameters
    ----------
    gross_margin : float, default 0.20
        m, gross margin at list price, in (0, 1].
    max_volume_gain : float, default 0.6
        G, the most volume a concession can ever add (0.6 = +60%), in [0, :data:`MAX_VOLUME_GAIN`].
    sensitivity : float, default 15.0
        k, how fast the response saturates (per unit of d), in (0, :data:`MAX_SENSITIVITY`].
        At d = ln 2 / k the volume gain is G / 2.

    Raises
    ------
    TypeError
        If a parameter is not a number.
    ValueError
        If a parameter is out of range.

    References
    ----------
    Chapter 4, M1: past a point the supplier gives more and gets back less (过犹不及);
    I4: with m = 20% a 5% discount needs 33% more volume.
    Little, J. D. C. (1970). Models and managers: the concept of a decision calculus.
    Management Science, 16(8), B466-B485 (concave response to marketing spending).
    Blattberg, R. C. & Deighton, J. (1996). Manage marketing by the customer equity test.
    Harvard Business Review, 74(4), 136-144 (saturating response, optimal spending).

    Examples
    --------
    >>> model = ConcessionModel()
    >>> round(float(model.volume_increase(math.log(2) / 15)), 4)   # half of G
    0.3
    >>> round(float(model.profit_index(0.05)), 4)                  # 0.15 x (1 + 0.6 (1 - e^-0.75))
    0.1975
    >>> model.profit_index(0.0) == model.gross_margin
    True
    """

    gross_margin: float = 0.20
    max_volume_gain: float = 0.6
    sensitivity: float = 15.0

    def __post_init__(self):
        func = "ConcessionModel"
        checked = {
            "gross_margin": check_fraction(self.gross_margin, "gross_margin", func, open_low=True),
            "max_volume_gain": check_number(
                self.max_volume_gain, "max_volume_gain", func, minimum=0, maximum=MAX_VOLUME_GAIN
            ),
            "sensitivity": check_number(
                self.sensitivity, "sensitivity", func, minimum=0, strict_minimum=True, maximum=MAX_SENSITIVITY
            ),
        }
        for name, value in checked.items():  # store plain floats (a Fraction or numpy number in, a float kept)
            object.__setattr__(self, name, value)

    def volume_increase(self, concession):
        """dQ/Q = G (1 - e^(-k d)).

        Parameters
        ----------
        concession : float or array_like
            d, the concession as a fraction of list-price sales (not checked).

        Returns
        -------
        numpy.float64 or numpy.ndarray
            The relative volume increase at each concession (0.3 = +30%), same shape as
            ``concession``.
        """
        d = np.asarray(concession, dtype=float)
        return self.max_volume_gain * -np.expm1(-self.sensitivity * d)

    def profit_index(self, concession):
        """pi(d) = (m - d)(1 + dQ/Q), gross profit per unit of list-price sales before the concession.

        Parameters
        ----------
        concession : float or array_like
            d, the concession as a fraction of list-price sales (not checked).

        Returns
        -------
        float or numpy.ndarray
            The profit index: a float for one concession, else an array of the same
            shape as ``concession``.
        """
        d = np.asarray(concession, dtype=float)
        value = (self.gross_margin - d) * (1.0 + self.volume_increase(d))
        return float(value) if value.ndim == 0 else value

    def marginal_profit(self, concession) -> float:
        """pi'(d) = -(1 + dQ/Q) + (m - d) G k e^(-k d).

        Parameters
        ----------
        concession : float
            d, one concession as a fraction of list-price sales (not checked).

        Returns
        -------
        float
            The slope of the profit index at ``d``: positive while more concession
            still adds profit.
        """
        d = float(concession)
        g, k, m = self.max_volume_gain, self.sensitivity, self.gross_margin
        return -(1.0 + float(self.volume_increase(d))) + (m - d) * g * k * math.exp(-k * d)

    @property
    def pays(self) -> bool:
        """True if some concession raises profit (m G k > 1)."""
        return self.gross_margin * self.max_volume_gain * self.sensitivity > 1.0

    def best_concession(self) -> float:
        """The concession that maximises pi (0 when no concession pays).

        Returns
        -------
        float
            The root of :meth:`marginal_profit` in [0, m], found by bisection; 0.0 when
            :attr:`pays` is False.
        """
        if not self.pays:
            return 0.0
        return _bisect(self.marginal_profit, 0.0, self.gross_margin)

    def breakeven_concession(self) -> float:
        """The concession above 0 where pi falls back to m (0 when no concession pays).

        Returns
        -------
        float
            The d in [:meth:`best_concession`, m] with pi(d) = m, found by bisection; 0.0
            when :attr:`pays` is False.
        """
        if not self.pays:
            return 0.0
        m = self.gross_margin
        return _bisect(lambda d: self.profit_index(d) - m, self.best_concession(), m)


#: M1 defaults for a price discount.
PRICE_CONCESSION = ConcessionModel(gross_margin=0.20, max_volume_gain=0.6, sensitivity=15.0)
#: M1 defaults for non-price support (display, training, service), cost as a fraction of sales.
NON_PRICE_SUPPORT = ConcessionModel(gross_margin=0.20, max_volume_gain=0.4, sensitivity=40.0)


@dataclass(frozen=True)
class ConcessionCurve:
    """Result of :func:`concession_curve`.

    Attributes
    ----------
    model : ConcessionModel
    table : pandas.DataFrame
        ``concession``, ``volume_increase``, ``profit_index`` and ``profit_change``
        (pi(d) / m - 1) over the grid.
    best_concession, best_profit_index : float
        Where pi peaks and its value there.
    breakeven_concession : float
        Past this concession profit is below pi(0) = m (0 if no concession pays).
    best_profit_gain : float
        pi(best) / m - 1.
    """

    model: ConcessionModel
    table: pd.DataFrame
    best_concession: float
    best_profit_index: float
    breakeven_concession: float
    best_profit_gain: float

    def profit_change(self, concession: float) -> float:
        """pi(d) / m - 1 at one concession.

        Parameters
        ----------
        concession : float
            d, as a fraction of list-price sales (not checked).

        Returns
        -------
        float
            The change of gross profit against no concession (0.04 = +4%), from
            :attr:`model`.
        """
        return self.model.profit_index(concession) / self.model.gross_margin - 1.0


def concession_curve(
    model: ConcessionModel | None = None, *, max_concession: float | None = None, points: int = 201
) -> ConcessionCurve:
    """The profit index over a grid of concessions, with the best and the break-even concession.

    Parameters
    ----------
    model : ConcessionModel, optional
        Default :data:`PRICE_CONCESSION`.
    max_concession : float, optional
        End of the grid, in (0, 1]; default the gross margin (where pi reaches 0).
    points : int, default 201
        Grid points, 2 to :data:`MAX_POINTS` (100,000).

    Returns
    -------
    ConcessionCurve

    Raises
    ------
    TypeError
        If ``model`` is not a :class:`ConcessionModel` or a number has the wrong type.
    ValueError
        If ``max_concession`` or ``points`` is out of range.

    References
    ----------
    Chapter 4, M1. Blattberg & Deighton (1996), HBR 74(4).

    Examples
    --------
    >>> c = concession_curve()
    >>> round(c.best_concession, 4), round(c.breakeven_concession, 4), round(c.best_profit_gain, 4)
    (0.0214, 0.0461, 0.0401)
    >>> round(c.profit_change(0.05), 4)          # the chapter's 5% discount
    -0.0126
    """
    func = "concession_curve"
    model = PRICE_CONCESSION if model is None else model
    if not isinstance(model, ConcessionModel):
        raise KamlabTypeError(f"{func}: parameter 'model' must be a ConcessionModel, got {type(model).__name__}.")
    top = (
        model.gross_margin
        if max_concession is None
        else check_fraction(max_concession, "max_concession", func, open_low=True)
    )
    n = check_size(points, "points", func, minimum=2, maximum=MAX_POINTS)
    grid = np.linspace(0.0, top, n)
    pi = model.profit_index(grid)
    table = pd.DataFrame(
        {
            "concession": grid,
            "volume_increase": model.volume_increase(grid),
            "profit_index": pi,
            "profit_change": pi / model.gross_margin - 1.0,
        }
    )
    best = model.best_concession()
    best_pi = model.profit_index(best)
    return ConcessionCurve(
        model, table, best, best_pi, model.breakeven_concession(), best_pi / model.gross_margin - 1.0
    )


# ---- M2: segment P&L while chains grow -------------------------------------------------------
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


# ---- M3: relationship stages as a Markov chain -----------------------------------------------
@dataclass(frozen=True)
class StageChain:
    """Yearly moves between relationship stages, as a Markov chain with an absorbing 'lost' state.

    From stage i an account is lost with probability churn_i, moves up one stage with
    probability ``advance`` x (1 - churn_i) (not from the top), moves down one stage
    with probability ``fall_back`` x (1 - churn_i) (not from the bottom), and stays
    otherwise. Each year in stage i brings ``yearly_margin[i]``; ``yearly_cost`` is what
    managing the account costs each year it stays (a dedicated KAM unit or person).

    Parameters
    ----------
    advance, fall_back : float
        In [0, 1], with advance + fall_back <= 1.
    churn : tuple of 5 floats
        Yearly probability of losing the account in each stage, in [0, 1].
    yearly_margin : tuple of 5 floats, default (5, 10, 20, 35, 50) x 10k yuan
        Profit per year in each stage, yuan.
    yearly_cost : float, default 0
        Yearly cost of managing the account, yuan, >= 0.

    Raises
    ------
    TypeError, ValueError
        For non-numbers, out-of-range values or tuples of the wrong length.

    References
    ----------
    The stage names (exploratory ... integrated) follow McDonald, M., Millman, T. & Rogers, B.
    (1997). Key account management: theory, practice and challenges. Journal of Marketing
    Management, 13(8), 737-757.
    Dwyer, F. R., Schurr, P. H. & Oh, S. (1987). Developing buyer-seller relationships.
    Journal of Marketing, 51(2), 11-27. Millman, T. & Wilson, K. (1995). From key account
    selling to key account management. Journal of Marketing Practice, 1(1), 9-21 (the
    stages exploratory, basic, cooperative, interdependent, integrated).
    Pfeifer, P. E. & Carraway, R. L. (2000). Modeling customer relationships as Markov
    chains. Journal of Interactive Marketing, 14(2), 43-55. Chapter 4, M3.

    Examples
    --------
    >>> P = TRADITIONAL.transition_matrix()
    >>> P.shape, bool(np.allclose(P.sum(axis=1), 1))
    ((6, 6), True)
    >>> round(float(P[0, 1]), 3), round(float(P[0, 5]), 2)     # exploratory -> basic, -> lost
    (0.07, 0.3)
    """

    advance: float
    fall_back: float
    churn: tuple = (0.30, 0.20, 0.12, 0.08, 0.05)
    yearly_margin: tuple = (50_000.0, 100_000.0, 200_000.0, 350_000.0, 500_000.0)
    yearly_cost: float = 0.0

    def __post_init__(self):
        func = "StageChain"
        a = check_fraction(self.advance, "advance", func)
        b = check_fraction(self.fall_back, "fall_back", func)
        if a + b > 1:
            raise KamlabValueError(f"{func}: advance + fall_back = {a + b!r} > 1; expected at most 1.")
        for name in ("churn", "yearly_margin"):
            values = getattr(self, name)
            if isinstance(values, (str, bytes)) or not hasattr(values, "__len__") or len(values) != len(STAGES):
                raise KamlabValueError(
                    f"{func}: parameter '{name}' must hold {len(STAGES)} numbers, one per stage "
                    f"({', '.join(STAGES)}), got {values!r}."
                )
            for i, v in enumerate(values):
                if name == "churn":
                    check_fraction(v, f"churn[{i}]", func)
                else:
                    check_number(v, f"yearly_margin[{i}]", func, minimum=-MAX_AMOUNT_YUAN, maximum=MAX_AMOUNT_YUAN)
        check_amount(self.yearly_cost, "yearly_cost", func)

    def transition_matrix(self) -> np.ndarray:
        """6 x 6 yearly transition matrix: the five stages, then 'lost' (absorbing).

        Returns
        -------
        numpy.ndarray
            Shape (6, 6); ``P[i, j]`` is the probability of moving from state i to state j
            in one year (rows sum to 1; the last row is 'lost', which stays lost).
        """
        n = len(STAGES)
        P = np.zeros((n + 1, n + 1))
        for i in range(n):
            c = float(self.churn[i])
            up = self.advance * (1 - c) if i < n - 1 else 0.0
            down = self.fall_back * (1 - c) if i > 0 else 0.0
            P[i, n] = c
            if i < n - 1:
                P[i, i + 1] = up
            if i > 0:
                P[i, i - 1] = down
            P[i, i] = 1.0 - c - up - down
        P[n, n] = 1.0
        return P


#: M3: key accounts handled the traditional way (no dedicated unit or person).
TRADITIONAL = StageChain(advance=0.10, fall_back=0.10)
#: M3: a dedicated KAM unit or person (faster development, fewer set-backs, lower churn, a cost).
DEDICATED_KAM = StageChain(advance=0.35, fall_back=0.03, churn=(0.20, 0.12, 0.06, 0.04, 0.02), yearly_cost=40_000.0)


@dataclass(frozen=True)
class StagePaths:
    """Result of :func:`relationship_paths`.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per year 0..horizon: the probability of each stage and of ``lost``,
        ``retained`` (1 - lost), ``expected_profit`` (yuan, net of the yearly cost) and
        ``cum_discounted_profit``.
    retention : float
        Probability the account is still a customer at the horizon.
    advanced_share : float
        Probability it is interdependent or integrated at the horizon.
    clv : float
        Expected discounted profit over years 0..horizon-1 (yuan).
    """

    table: pd.DataFrame
    retention: float
    advanced_share: float
    clv: float
    chain: StageChain
    horizon_years: int
    discount_rate: float


def relationship_paths(
    chain: StageChain, *, horizon_years: int = 10, discount_rate: float = 0.10, start: str = "exploratory"
) -> StagePaths:
    """Where a new relationship goes, year by year, under one way of managing it.

    The stage distribution is x_{t+1} = x_t P from a start stage; expected profit in
    year t is sum_i x_t[i] (margin_i - cost), received for years 0..horizon-1 and
    discounted by (1 + i)^t.

    Parameters
    ----------
    chain : StageChain
    horizon_years : int, default 10
        1 to :data:`kamlab._validate.MAX_HORIZON_YEARS` (10,000).
    discount_rate : float, default 0.10
        In [0, 10].
    start : str, default "exploratory"
        One of the five stages.

    Returns
    -------
    StagePaths

    Raises
    ------
    TypeError, ValueError
        For a chain of the wrong type or out-of-range values.

    References
    ----------
    Pfeifer & Carraway (2000); McDonald, Millman & Rogers (1997) (stage names);
    Dwyer, Schurr & Oh (1987); Millman & Wilson (1995).

    Examples
    --------
    >>> one = relationship_paths(StageChain(advance=0.0, fall_back=0.0, churn=(0.5,) * 5,
    ...                          yearly_margin=(100.0,) * 5), horizon_years=2, discount_rate=0.0)
    >>> one.retention, one.clv                    # 100 + 0.5 x 100
    (0.25, 150.0)
    >>> r = relationship_paths(TRADITIONAL), relationship_paths(DEDICATED_KAM)
    >>> [round(x.retention, 3) for x in r], [round(x.clv / 1e4, 1) for x in r]
    ([0.052, 0.322], [17.2, 37.3])
    """
    func = "relationship_paths"
    if not isinstance(chain, StageChain):
        raise KamlabTypeError(f"{func}: parameter 'chain' must be a StageChain, got {type(chain).__name__}.")
    h = check_size(horizon_years, "horizon_years", func, maximum=MAX_HORIZON_YEARS)
    i = check_rate(discount_rate, "discount_rate", func)
    check_choice(start, "start", func, STAGES)
    P = chain.transition_matrix()
    x = np.zeros(len(STAGES) + 1)
    x[STAGES.index(start)] = 1.0
    margin = np.append(np.asarray(chain.yearly_margin, dtype=float) - chain.yearly_cost, 0.0)
    rows = []
    cum = 0.0
    for t in range(h + 1):
        profit = float(x @ margin)
        rows.append(
            {
                **dict(zip(STAGES + ("lost",), x)),
                "year": t,
                "retained": 1.0 - x[-1],
                "expected_profit": profit,
                "cum_discounted_profit": cum,
            }
        )
        if t < h:
            with np.errstate(over="ignore"):  # (1 + i)^t may overflow to inf: that year then adds 0
                cum += float(profit / np.float64(1.0 + i) ** t)
            x = x @ P
    table = pd.DataFrame(rows).set_index("year")
    table.loc[h, "cum_discounted_profit"] = cum
    end = table.iloc[-1]
    return StagePaths(table, float(end["retained"]), float(end["interdependent"] + end["integrated"]), cum, chain, h, i)


# ---- M4: clearing the SME base ---------------------------------------------------------------
#: M4: keep the SMEs, or clear them and let the key accounts carry the firm.
STRATEGIES = ("keep", "clear")


@dataclass(frozen=True)
class PortfolioRisk:
    """Result of :func:`portfolio_risk`.

    Attributes
    ----------
    strategy : str
    revenues : numpy.ndarray
        Each account's revenue at the start of the year (key accounts first), yuan.
    hhi : float
        Herfindahl-Hirschman index of that revenue, 0-10,000.
    start_revenue, start_contribution, fixed_cost : float
        Yuan.
    simulations : pandas.DataFrame
        One row per simulated year: ``key_lost`` (key accounts that left), ``revenue``,
        ``revenue_change`` (fraction), ``contribution``, ``profit``.
    large_drop_probability : float
        Share of simulated years whose revenue falls by ``drop_threshold`` or more.
    one_key_drop : float
        Revenue drop when exactly one key account (the largest) leaves and nothing else changes.
    loss_probability : float
        Share of years with profit < 0: fixed costs not absorbed.
    expected_profit : float
    """

    strategy: str
    revenues: np.ndarray
    hhi: float
    start_revenue: float
    start_contribution: float
    fixed_cost: float
    drop_threshold: float
    simulations: pd.DataFrame
    large_drop_probability: float
    one_key_drop: float
    loss_probability: float
    expected_profit: float

    @property
    def large_drop_se(self) -> float:
        """Standard error of :attr:`large_drop_probability`, sqrt(p (1 - p) / n) over the n simulated years.

        >>> round(portfolio_risk("clear").large_drop_se, 4)
        0.0078
        """
        p, n = self.large_drop_probability, len(self.simulations)
        return float(np.sqrt(p * (1 - p) / n))

    @property
    def expected_profit_se(self) -> float:
        """Standard error of :attr:`expected_profit` (yuan): the simulated profits' standard deviation / sqrt(n).

        >>> round(portfolio_risk("keep").expected_profit_se / 1e4, 1)
        2.6
        """
        profit = self.simulations["profit"].to_numpy(dtype=float)
        return float(profit.std(ddof=1) / np.sqrt(len(profit))) if len(profit) > 1 else float("nan")


def portfolio_risk(
    strategy: str = "keep",
    *,
    key_accounts: int = 5,
    key_revenue: float = 20_000_000.0,
    key_margin: float = 0.12,
    smes: int = 400,
    sme_revenue: float = 100_000.0,
    sme_margin: float = 0.15,
    key_leave_probability: float = 0.10,
    sme_leave_probability: float = 0.10,
    fixed_cost: float = 14_000_000.0,
    drop_threshold: float = 0.20,
    simulations: int = 4000,
    seed=2026,
) -> PortfolioRisk:
    """Monte Carlo of next year's revenue and profit, with the SME base kept or cleared.

    ``keep``: key accounts of ``key_revenue`` each and SMEs of ``sme_revenue`` each.
    ``clear``: the SMEs are dropped and their volume moves to the key accounts (annual
    contracts), at the key-account margin, so the firm's revenue is the same. In a
    year each key account leaves with probability ``key_leave_probability`` and each
    SME with ``sme_leave_probability``, independently; contribution = revenue kept x
    margin; profit = contribution - ``fixed_cost``.

    Parameters
    ----------
    strategy : {"keep", "clear"}
    key_accounts, smes : int
        Numbers of accounts (key >= 1, SMEs >= 0), at most :data:`MAX_ACCOUNTS` (1,000,000).
    key_revenue, sme_revenue : float
        Yearly revenue per account, yuan (> 0, >= 0), at most 1e15
        (:data:`kamlab._validate.MAX_AMOUNT_YUAN`).
    key_margin, sme_margin : float
        Contribution margins after cost to serve, in [0, 1].
    key_leave_probability, sme_leave_probability : float
        In [0, 1].
    fixed_cost : float
        Yuan, in [0, 1e15].
    drop_threshold : float, default 0.20
        A "large" revenue drop, in (0, 1].
    simulations : int, default 4000
        Simulated years, 1 to :data:`MAX_SIMULATIONS` (1,000,000).
    seed : int, numpy.random.Generator or None

    Returns
    -------
    PortfolioRisk

    Raises
    ------
    TypeError, ValueError
        For a bad strategy or out-of-range numbers.

    References
    ----------
    Chapter 4, M4: "no eternal friends or enemies, only eternal interests".
    Hirschman, A. O. (1964). The paternity of an index. American Economic Review, 54(5), 761.
    Markowitz, H. (1952). Portfolio selection. Journal of Finance, 7(1), 77-91.

    Examples
    --------
    >>> keep, clear = portfolio_risk("keep"), portfolio_risk("clear")
    >>> round(keep.hhi), round(clear.hhi)
    (1022, 2000)
    >>> round(keep.one_key_drop, 4), round(clear.one_key_drop, 4)
    (0.1429, 0.2)
    >>> round(keep.large_drop_probability, 3), round(clear.large_drop_probability, 3)
    (0.086, 0.411)
    """
    func = "portfolio_risk"
    check_choice(strategy, "strategy", func, STRATEGIES)
    nk = check_size(key_accounts, "key_accounts", func, maximum=MAX_ACCOUNTS)
    ns = check_size(smes, "smes", func, minimum=0, maximum=MAX_ACCOUNTS)
    kr = check_amount(key_revenue, "key_revenue", func, positive=True)
    sr = check_amount(sme_revenue, "sme_revenue", func)
    km = check_fraction(key_margin, "key_margin", func)
    sm = check_fraction(sme_margin, "sme_margin", func)
    kp = check_fraction(key_leave_probability, "key_leave_probability", func)
    sp = check_fraction(sme_leave_probability, "sme_leave_probability", func)
    fixed = check_amount(fixed_cost, "fixed_cost", func)
    thr = check_fraction(drop_threshold, "drop_threshold", func, open_low=True)
    n = check_size(simulations, "simulations", func, maximum=MAX_SIMULATIONS)
    rng = np.random.default_rng(check_seed(seed, func))
    if strategy == "clear":
        per_key = kr + ns * sr / nk
        n_sme = 0
    else:
        per_key, n_sme = kr, ns
    revenues = np.concatenate([np.full(nk, per_key), np.full(n_sme, sr)])
    start = float(revenues.sum())
    shares = revenues / start
    index = float(10_000 * np.sum(shares**2))
    contribution0 = nk * per_key * km + n_sme * sr * sm
    key_lost = rng.binomial(nk, kp, size=n)
    sme_lost = rng.binomial(n_sme, sp, size=n) if n_sme else np.zeros(n, dtype=int)
    revenue = (nk - key_lost) * per_key + (n_sme - sme_lost) * sr
    contribution = (nk - key_lost) * per_key * km + (n_sme - sme_lost) * sr * sm
    change = revenue / start - 1.0
    profit = contribution - fixed
    sims = pd.DataFrame(
        {
            "key_lost": key_lost,
            "revenue": revenue,
            "revenue_change": change,
            "contribution": contribution,
            "profit": profit,
        }
    )
    return PortfolioRisk(
        strategy,
        revenues,
        index,
        start,
        float(contribution0),
        fixed,
        thr,
        sims,
        float(np.mean(change <= -thr + 1e-12)),
        per_key / start,
        float(np.mean(profit < 0)),
        float(profit.mean()),
    )


# ---- M5: support activities ------------------------------------------------------------------
#: M5: the chapter's support activities and their assumed yearly effect on the account's
#: sell-through and retention, and their yearly cost (yuan). Illustrative numbers.
SUPPORT_ACTIVITIES = pd.DataFrame(
    {
        "sell_through": [0.02, 0.04, 0.06, 0.03, 0.05],
        "retention": [0.03, 0.01, 0.02, 0.05, 0.01],
        "cost": [50_000.0, 40_000.0, 60_000.0, 80_000.0, 150_000.0],
    },
    index=pd.Index(
        ["market_outlook", "selling_points", "best_sellers", "timely_delivery", "in_store_promotion"], name="activity"
    ),
)


@dataclass(frozen=True)
class SupportValue:
    """Result of :func:`support_value`.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per case (``without`` / ``with``) and year: ``revenue`` (if the account
        stays), ``survival``, ``expected_profit`` (yuan, after support cost) and
        ``cum_discounted_profit``.
    summary : pandas.DataFrame
        By case: ``sell_through``, ``order_growth``, ``retention``, ``support_cost``,
        ``account_value`` (discounted expected profit over the horizon).
    value_ratio : float
        Account value with support / without (NaN if without is not positive).
    activities : tuple of str
    """

    table: pd.DataFrame
    summary: pd.DataFrame
    value_ratio: float
    activities: tuple
    horizon_years: int


def support_value(
    activities=tuple(SUPPORT_ACTIVITIES.index),
    *,
    revenue: float = 10_000_000.0,
    gross_margin: float = 0.20,
    base_sell_through: float = 0.60,
    base_retention: float = 0.80,
    growth_per_point: float = 0.5,
    horizon_years: int = 10,
    discount_rate: float = 0.10,
    effects: pd.DataFrame | None = None,
) -> SupportValue:
    """The account's value over time, with and without the chosen support activities.

    Support raises the account's sell-through (the share of our goods it sells on to
    its own customers) to s = min(s_0 + sum of effects, 0.99) and its retention to
    r = min(r_0 + sum of effects, 0.99). The account re-orders in proportion: its orders
    grow by g = ``growth_per_point`` x (s - s_0) a year. Expected profit in year t is
    (R (1 + g)^t m - cost) r^t, discounted by (1 + i)^t, t = 0..horizon-1.

    Parameters
    ----------
    activities : sequence of str
        Names from :data:`SUPPORT_ACTIVITIES` (or ``effects``); may be empty.
    revenue : float, default 10 million
        This year's orders of the account, yuan, in (0, 1e15].
    gross_margin : float, default 0.20
        In [0, 1].
    base_sell_through, base_retention : float
        Without support, in [0, 1].
    growth_per_point : float, default 0.5
        Order growth per unit of sell-through gained, in [0, 10].
    horizon_years : int, default 10
        1 to :data:`kamlab._validate.MAX_HORIZON_YEARS` (10,000).
    discount_rate : float, default 0.10
        In [0, 10].
    effects : pandas.DataFrame, optional
        Columns ``sell_through``, ``retention``, ``cost``, indexed by activity; default
        :data:`SUPPORT_ACTIVITIES`.

    Returns
    -------
    SupportValue

    Raises
    ------
    TypeError, ValueError
        For an unknown activity or out-of-range numbers.

    References
    ----------
    Chapter 4, M5: market outlook analysis, product selling points, best-selling
    products, timely delivery, in-store promotions.
    Narus, J. A. & Anderson, J. C. (1986). Turn your industrial distributors into
    partners. Harvard Business Review, 64(2), 66-71.
    Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive
    Marketing, 17(1), 9-24.

    Examples
    --------
    >>> v = support_value()
    >>> v.summary.loc["with", ["sell_through", "retention"]].round(2).tolist()
    [0.8, 0.92]
    >>> round(float(v.summary.loc["without", "account_value"]) / 1e4, 1), round(v.value_ratio, 2)
    (703.0, 1.74)
    """
    func = "support_value"
    eff = SUPPORT_ACTIVITIES if effects is None else effects
    if not isinstance(eff, pd.DataFrame):
        raise KamlabTypeError(f"{func}: parameter 'effects' must be a pandas DataFrame, got {type(eff).__name__}.")
    from .._validate import check_numeric_column, require_columns

    require_columns(eff, ["sell_through", "retention", "cost"], func)
    for col in ("sell_through", "retention", "cost"):
        check_numeric_column(eff, col, func, minimum=0, id_column=None)
    if isinstance(activities, str):
        activities = (activities,)
    if isinstance(activities, (bytes, pd.DataFrame)) or not hasattr(activities, "__iter__"):
        raise KamlabTypeError(
            f"{func}: parameter 'activities' must be a sequence of activity names, got "
            f"{type(activities).__name__}; expected some of {', '.join(map(repr, eff.index))}."
        )
    acts = tuple(activities)
    for a in acts:
        if not isinstance(a, str) or a not in eff.index:
            raise KamlabValueError(
                f"{func}: unknown activity {a!r}; expected some of {', '.join(map(repr, eff.index))}."
            )
    if len(set(acts)) != len(acts):
        raise KamlabValueError(f"{func}: parameter 'activities' names an activity twice: {acts!r}.")
    rev = check_amount(revenue, "revenue", func, positive=True)
    m = check_fraction(gross_margin, "gross_margin", func)
    s0 = check_fraction(base_sell_through, "base_sell_through", func)
    r0 = check_fraction(base_retention, "base_retention", func)
    gp = check_rate(growth_per_point, "growth_per_point", func)
    h = check_size(horizon_years, "horizon_years", func, maximum=MAX_HORIZON_YEARS)
    i = check_rate(discount_rate, "discount_rate", func)
    chosen = eff.loc[list(acts)]
    cases = {
        "without": (s0, r0, 0.0),
        "with": (
            max(s0, min(s0 + float(chosen["sell_through"].sum()), 0.99)),
            max(r0, min(r0 + float(chosen["retention"].sum()), 0.99)),
            float(chosen["cost"].sum()),
        ),
    }
    t = np.arange(h + 1)
    parts, rows = [], {}
    for case, (s, r, cost) in cases.items():
        g = gp * (s - s0)
        with np.errstate(over="ignore", invalid="ignore"):
            orders = rev * (1 + g) ** t
            survival = r ** t.astype(float)
            profit = np.where(t < h, (orders * m - cost) * survival, 0.0)
            disc = profit / (1 + i) ** t
            cum = np.concatenate([[0.0], np.cumsum(disc)[:-1]])
        finite_result(
            np.concatenate([orders, cum, [disc.sum()]]),
            func,
            f"the account value ({case} support)",
            revenue=rev,
            growth_per_point=gp,
            horizon_years=h,
        )
        parts.append(
            pd.DataFrame(
                {
                    "case": case,
                    "year": t,
                    "revenue": orders,
                    "survival": survival,
                    "expected_profit": profit,
                    "cum_discounted_profit": cum,
                }
            )
        )
        rows[case] = {
            "sell_through": s,
            "order_growth": g,
            "retention": r,
            "support_cost": cost,
            "account_value": float(disc.sum()),
        }
    summary = pd.DataFrame.from_dict(rows, orient="index")
    summary.index.name = "case"
    base = summary.loc["without", "account_value"]
    with np.errstate(over="ignore", divide="ignore"):
        ratio = summary.loc["with", "account_value"] / base if base > 0 else math.nan
    if not math.isnan(ratio):
        finite_result(ratio, func, "the value ratio (with / without support)", revenue=rev, gross_margin=m)
    return SupportValue(pd.concat(parts, ignore_index=True), summary, float(ratio), acts, h)


#: M5 prediction choices (lesson 03's support explorer): the value ratio (with / without support)
#: in each band, lower end included, upper end excluded.
RATIO_BANDS = {"lower": (-np.inf, 0.9), "same": (0.9, 1.1), "up_to_1_5": (1.1, 1.5), "above_1_5": (1.5, np.inf)}


def ratio_band(ratio: float) -> str:
    """The band of :data:`RATIO_BANDS` that holds ``ratio`` (upper ends excluded).

    Parameters
    ----------
    ratio : float
        Account value with support / without support (:attr:`SupportValue.value_ratio`); NaN
        (an account worth nothing without support) and infinities are accepted.

    Returns
    -------
    str
        A key of :data:`RATIO_BANDS`; ``"lower"`` for NaN.

    Raises
    ------
    KamlabTypeError
        If ``ratio`` is not a real number.

    Examples
    --------
    >>> ratio_band(1.74), ratio_band(1.0), ratio_band(0.5), ratio_band(float("nan"))
    ('above_1_5', 'same', 'lower', 'lower')
    """
    if isinstance(ratio, bool) or not isinstance(ratio, numbers.Real):
        raise KamlabTypeError(f"ratio_band: parameter 'ratio' must be a number, got {type(ratio).__name__}.")
    try:
        value = float(ratio)
    except OverflowError:  # an int too big for a float: beyond every band's finite end
        value = math.inf if ratio > 0 else -math.inf
    for name, (lo, hi) in RATIO_BANDS.items():
        if lo <= value < hi:
            return name
    return "lower"  # NaN: without support the account is worth nothing
