"""The repeated game of case K3: :data:`STRATEGIES`, :func:`simulate_repeated` and :func:`conflict_odds`.

Play with occasional unilateral cuts (the "Sichuan branch" noise), with or without a KAM
department; the discount factor above which cooperation holds is
:func:`~.bimatrix.grim_trigger_threshold`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..._validate import check_choice, check_fraction, check_int, check_seed
from ...errors import KamlabTypeError
from ._common import _r
from .stage import GomeGreeCase, KamDepartment

__all__ = [
    "STRATEGIES",
    "simulate_repeated",
    "conflict_odds",
]


#: Strategies of the repeated game; action 0 = cooperate (keep price / supply), 1 = defect (cut / withdraw).
STRATEGIES = ("always_cooperate", "always_defect", "grim_trigger", "tit_for_tat", "generous_tit_for_tat")


def _intend(strategy: str, opponent_history: list[int], rng: np.random.Generator, generosity: float) -> int:
    if strategy == "always_cooperate":
        return 0
    if strategy == "always_defect":
        return 1
    if not opponent_history:
        return 0
    if strategy == "grim_trigger":
        return int(any(opponent_history))
    last = opponent_history[-1]
    if strategy == "generous_tit_for_tat" and last == 1 and rng.random() < generosity:
        return 0
    return last


def simulate_repeated(
    case: GomeGreeCase | None = None,
    *,
    gome: str = "tit_for_tat",
    gree: str = "grim_trigger",
    rounds: int = 20,
    slip_rate: float = 0.1,
    discount: float = 0.9,
    kam: KamDepartment | None = None,
    generosity: float = 0.3,
    seed=None,
) -> pd.DataFrame:
    """Play the stage game ``rounds`` times (one round = one season) and record every round.

    Each round both sides choose by their strategy from the other's past actions. With
    probability ``slip_rate`` a keep-price round turns into a unilateral cut anyway (the
    lessons' assumption: a regional company such as Sichuan Gome acting on its own; the
    chapter says only that the cut came without telling Gree); a KAM
    department catches ``early_warning`` of these slips before they happen.

    Parameters
    ----------
    case : GomeGreeCase, optional
    gome, gree : str
        One of :data:`STRATEGIES`.
    rounds : int, default 20
    slip_rate : float, default 0.1
        Chance per round that Gome cuts although its strategy says keep.
    discount : float, default 0.9
        Discount factor per round for the ``discounted`` columns.
    kam : KamDepartment, optional
    generosity : float, default 0.3
        Chance that generous tit-for-tat forgives a defection.
    seed : int, numpy.random.Generator or None

    Returns
    -------
    pandas.DataFrame
        One row per round: ``round``, ``gome_action``, ``gree_action`` (0/1), ``slip``,
        ``gome_payoff``, ``gree_payoff``, and cumulative discounted payoffs
        ``gome_discounted``, ``gree_discounted``.

    References
    ----------
    Axelrod, R. (1984). The Evolution of Cooperation (tit for tat; noise and generosity).

    Examples
    --------
    >>> play = simulate_repeated(gome="always_cooperate", gree="grim_trigger", rounds=3, slip_rate=0.0)
    >>> play["gree_action"].tolist(), float(play["gome_discounted"].iloc[-1])
    ([0, 0, 0], 0.0)
    """
    func = "simulate_repeated"
    case = GomeGreeCase() if case is None else case
    if not isinstance(case, GomeGreeCase):
        raise KamlabTypeError(f"{func}: parameter 'case' must be a GomeGreeCase, got {type(case).__name__}.")
    check_choice(gome, "gome", func, STRATEGIES)
    check_choice(gree, "gree", func, STRATEGIES)
    rounds = check_int(rounds, "rounds", func, minimum=1, maximum=1000)
    slip_rate = check_fraction(slip_rate, "slip_rate", func)
    discount = check_fraction(discount, "discount", func)
    generosity = check_fraction(generosity, "generosity", func)
    game = case.game(kam)
    rng = np.random.default_rng(check_seed(seed, func))
    slip = slip_rate * (1 - (kam.early_warning if kam is not None else 0.0))
    hist_m: list[int] = []
    hist_g: list[int] = []
    rows = []
    cum_m = cum_g = 0.0
    for k in range(rounds):
        a_m = _intend(gome, hist_g, rng, generosity)
        a_g = _intend(gree, hist_m, rng, generosity)
        slipped = a_m == 0 and rng.random() < slip
        if slipped:
            a_m = 1
        p_m, p_g = game.payoffs(a_m, a_g)
        cum_m += discount**k * p_m
        cum_g += discount**k * p_g
        rows.append((k + 1, a_m, a_g, slipped, p_m, p_g, _r(cum_m), _r(cum_g)))
        hist_m.append(a_m)
        hist_g.append(a_g)
    return pd.DataFrame(
        rows,
        columns=[
            "round",
            "gome_action",
            "gree_action",
            "slip",
            "gome_payoff",
            "gree_payoff",
            "gome_discounted",
            "gree_discounted",
        ],
    )


def conflict_odds(
    case: GomeGreeCase | None = None,
    *,
    gome: str = "tit_for_tat",
    gree: str = "grim_trigger",
    rounds: int = 20,
    slip_rate: float = 0.1,
    kam: KamDepartment | None = None,
    runs: int = 200,
    seed=2004,
) -> float:
    """Share of simulated relationships in which Gree has withdrawn by the last round.

    Parameters
    ----------
    case : GomeGreeCase, optional
        Default: the chapter's case.
    gome, gree : str
        Strategies, one of :data:`STRATEGIES`.
    rounds : int, default 20
    slip_rate : float, default 0.1
        Chance per round that Gome cuts although its strategy says keep.
    kam : KamDepartment, optional
    runs : int, default 200
        Simulated relationships, 1..10,000.
    seed : int, numpy.random.Generator or None, default 2004

    Returns
    -------
    float
        Share of runs, in [0, 1], that end with Gree withdrawn.

    Raises
    ------
    TypeError, ValueError
        As :func:`simulate_repeated`, or ``runs`` out of range.

    Examples
    --------
    >>> conflict_odds(slip_rate=0.0)
    0.0
    """
    runs = check_int(runs, "runs", "conflict_odds", minimum=1, maximum=10_000)
    rng = np.random.default_rng(check_seed(seed, "conflict_odds"))
    ended = 0
    for _ in range(runs):
        play = simulate_repeated(case, gome=gome, gree=gree, rounds=rounds, slip_rate=slip_rate, kam=kam, seed=rng)
        ended += int(play["gree_action"].iloc[-1] == 1)
    return ended / runs
