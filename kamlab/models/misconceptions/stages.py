"""M3 "following the traditional marketing approach" (沿袭传统营销思路): the relationship stages as a Markov chain, with or without a dedicated KAM unit
(:class:`StageChain`, :func:`relationship_paths`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..._validate import (
    MAX_AMOUNT_YUAN,
    MAX_HORIZON_YEARS,
    check_amount,
    check_choice,
    check_fraction,
    check_number,
    check_rate,
    check_size,
)
from ...analytics._common import STAGES
from ...errors import KamlabTypeError, KamlabValueError

__all__ = ["StageChain", "TRADITIONAL", "DEDICATED_KAM", "StagePaths", "relationship_paths"]


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
