"""Lesson 01's models: the two ways of identifying key accounts, as the explorers see them.

The chapter (C1, C2) gives two methods. :func:`scoring_view` is the subjective one
as a live ranking: the weights a manager puts on current sales, future trend,
development potential, time and energy consumed and strategic importance, the
resulting ranking, the top accounts and where the potential key accounts land.
:func:`concentration_view` is the objective one: a simulated customer base of a
chosen concentration cut into the chapter's pyramid, with its Lorenz curve, Gini
and HHI, next to what an ideal 80/20 Pareto base would give.

Both are thin, pure layers over :mod:`kamlab.analytics`. Unlike the analytics
functions they accept settings a slider can reach but a model cannot use (all
weights at zero, tier cuts that add up to more than 100%) and answer with a
``message`` code instead of an exception, so an explorer can say what is wrong.
Nothing here imports matplotlib or ipywidgets.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from .._validate import check_fraction, check_int, check_number
from ..analytics import (
    HHI,
    SCORING_CRITERIA,
    SCORING_WEIGHTS,
    attractiveness_score,
    customer_pyramid,
    gini,
    hhi,
    lorenz_curve,
    pareto_pyramid_shares,
    top_share,
)
from ..datasets import make_accounts
from ..errors import KamlabValueError

__all__ = [
    "NO_WEIGHT",
    "CUTS_TOO_BIG",
    "ScoringView",
    "scoring_view",
    "tier_cuts",
    "ConcentrationView",
    "concentration_view",
]

#: ``message`` of a :class:`ScoringView` when every weight is zero (no ranking exists).
NO_WEIGHT = "no_weight"

#: ``message`` of a :class:`ConcentrationView` when the three key-account tiers leave
#: no room for small customers (their shares add up to 100% or more).
CUTS_TOO_BIG = "cuts_too_big"


# ---- the subjective method (C1) -------------------------------------------------------
@dataclass(frozen=True)
class ScoringView:
    """Result of :func:`scoring_view`.

    Attributes
    ----------
    weights : dict of str to float or None
        The weights as used, scaled to add up to 1 (None when all are zero).
    scores : pandas.DataFrame or None
        :func:`kamlab.attractiveness_score`'s table (every account, best first).
    top : pandas.DataFrame or None
        Its first ``n`` rows: the top accounts.
    potential : pandas.DataFrame or None
        The potential key accounts (flag ``potential_key_account``), best score
        first, with their ``rank`` under these weights.
    n_key : int
        How many accounts the method calls key (the best ``key_share``).
    n_potential : int
        How many potential key accounts there are (they do not depend on the weights).
    n_potential_in_key : int
        How many of them are already in the key set under these weights.
    message : str or None
        :data:`NO_WEIGHT` when every weight is zero, else None.
    """

    weights: dict | None
    scores: pd.DataFrame | None
    top: pd.DataFrame | None
    potential: pd.DataFrame | None
    n_key: int
    n_potential: int
    n_potential_in_key: int
    message: str | None = None

    @property
    def ok(self) -> bool:
        """True when there is a ranking to show."""
        return self.message is None


def _all_zero(weights: object) -> bool:
    """True for a dict naming only known criteria whose weights are all exactly zero."""
    if not isinstance(weights, Mapping):
        return False
    if any(k not in SCORING_CRITERIA for k in weights):
        return False
    for w in weights.values():
        if isinstance(w, bool) or not isinstance(w, numbers.Real) or w != 0:  # NaN != 0, and no float() overflow
            return False
    return True


def scoring_view(accounts: pd.DataFrame, *, weights=None, n: int = 10, key_share: float = 0.20) -> ScoringView:
    """Rank accounts by the chapter's subjective criteria, as a manager's weights say.

    Calls :func:`kamlab.attractiveness_score` (percentile-normalised criteria, a 0-100
    score whose ``points_<criterion>`` columns add up to it) and picks out what the
    lesson shows: the top ``n`` accounts and the potential key accounts with their
    rank. Weights that are all zero are not an error here: the view carries
    ``message = NO_WEIGHT`` and no tables, so a slider set to zero everywhere gets a
    clear sentence instead of a traceback.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table with the columns :func:`kamlab.attractiveness_score` needs.
    weights : dict, optional
        Criterion -> non-negative weight (any scale; criteria left out get 0).
        Default :data:`kamlab.SCORING_WEIGHTS`.
    n : int, default 10
        How many top accounts to keep in ``top``; at least 1.
    key_share : float, default 0.20
        Share of accounts called key (the best scores), in [0, 1].

    Returns
    -------
    ScoringView

    Raises
    ------
    TypeError, ValueError
        As :func:`kamlab.attractiveness_score` (bad table, negative or unknown
        weights), or if ``n`` < 1 or ``key_share`` is outside [0, 1].

    References
    ----------
    Chapter 4, C1 (主观感知): importance from current sales, future trend and
    development potential; accounts that take much of your time and energy and that
    you cannot afford to lose; potential key accounts.

    Examples
    --------
    >>> import kamlab
    >>> accounts = kamlab.make_accounts(200, seed=1)
    >>> view = scoring_view(accounts, weights={"current_sales": 1}, n=3)
    >>> view.top["account_id"].tolist() == accounts.nlargest(3, "revenue")["account_id"].tolist()
    True
    >>> scoring_view(accounts, weights={"current_sales": 0, "potential": 0}).message
    'no_weight'
    """
    func = "scoring_view"
    n = check_int(n, "n", func, minimum=1)
    key_share = check_fraction(key_share, "key_share", func)
    if weights is not None and _all_zero(weights):
        attractiveness_score(accounts, weights={"current_sales": 1.0})  # still validate the table
        return ScoringView(
            weights=None,
            scores=None,
            top=None,
            potential=None,
            n_key=0,
            n_potential=0,
            n_potential_in_key=0,
            message=NO_WEIGHT,
        )
    scores = attractiveness_score(accounts, weights=weights, key_share=key_share)
    used = {c: 0.0 for c in SCORING_CRITERIA}
    raw = dict(weights) if weights is not None else None
    if raw is None:
        raw = dict(SCORING_WEIGHTS)
    total = float(sum(raw.values()))
    used.update({c: float(w) / total for c, w in raw.items()})
    potential = scores[scores["potential_key_account"]].reset_index(drop=True)
    return ScoringView(
        weights=used,
        scores=scores,
        top=scores.head(n).reset_index(drop=True),
        potential=potential,
        n_key=int(scores["key_account"].sum()),
        n_potential=len(potential),
        n_potential_in_key=int(potential["key_account"].sum()),
    )


# ---- the objective method (C2) --------------------------------------------------------
def tier_cuts(vip: float, important: float, ordinary: float) -> tuple[float, float, float, float] | None:
    """The pyramid's four shares from the three key-account tiers; small customers get the rest.

    Returns None when the three shares leave nothing (or less) for small customers,
    the one setting of three independent sliders that no pyramid can have.

    Parameters
    ----------
    vip, important, ordinary : float
        Share of accounts in each tier, each in (0, 1].

    Returns
    -------
    tuple of 4 floats or None
        ``(vip, important, ordinary, small)`` adding up to 1, or None if
        ``vip + important + ordinary >= 1``.

    Raises
    ------
    TypeError
        If a share is not a number.
    ValueError
        If a share is outside (0, 1].

    References
    ----------
    Chapter 4, C2: VIP about 1%, important about 4%, ordinary key accounts about 15%,
    small customers about 80%.

    Examples
    --------
    >>> tier_cuts(0.01, 0.04, 0.15)
    (0.01, 0.04, 0.15, 0.8)
    >>> tier_cuts(0.30, 0.40, 0.30) is None
    True
    """
    func = "tier_cuts"
    shares = [
        check_fraction(v, name, func, open_low=True)
        for v, name in ((vip, "vip"), (important, "important"), (ordinary, "ordinary"))
    ]
    # round: three slider values such as 0.01 + 0.04 + 0.15 should not leave 0.7999999999
    small = round(1.0 - sum(shares), 10)
    if small <= 1e-9:
        return None
    return (*(round(s, 10) for s in shares), small)


@lru_cache(maxsize=64)
def _base_revenue(concentration: float, n: int, seed: int) -> np.ndarray:
    revenue = make_accounts(n, seed=seed, concentration=concentration)["revenue"].to_numpy(dtype=float)
    revenue.setflags(write=False)  # shared by the cache: nobody may change it
    return revenue


@dataclass(frozen=True)
class ConcentrationView:
    """Result of :func:`concentration_view`.

    Attributes
    ----------
    concentration : float
        The top-20% share asked for.
    measured_top20 : float
        The top 20%'s share in the simulated base (equal to ``concentration`` by construction).
    requested : tuple of 3 floats
        The VIP, important and ordinary key-account shares asked for.
    cuts : tuple of 4 floats or None
        The pyramid's shares, small customers last (None when they do not fit).
    pyramid : pandas.DataFrame or None
        :func:`kamlab.customer_pyramid`'s ``summary`` for the simulated base.
    ideal : pandas.DataFrame or None
        :func:`kamlab.pareto_pyramid_shares` for the same cuts and an ideal 80/20 base.
    lorenz : pandas.DataFrame
        :func:`kamlab.lorenz_curve` of the base (it does not depend on the cuts).
    gini : float
        :func:`kamlab.gini` of the base.
    hhi : HHI
        :func:`kamlab.hhi` of the base (index and equivalent number of customers).
    n_accounts : int
        Number of accounts simulated.
    message : str or None
        :data:`CUTS_TOO_BIG` when the cuts leave no small customers, else None.
    """

    concentration: float
    measured_top20: float
    requested: tuple
    cuts: tuple | None
    pyramid: pd.DataFrame | None
    ideal: pd.DataFrame | None
    lorenz: pd.DataFrame
    gini: float
    hhi: HHI
    n_accounts: int
    message: str | None = None

    @property
    def ok(self) -> bool:
        """True when the pyramid could be built."""
        return self.message is None


def concentration_view(
    concentration: float = 0.80,
    *,
    vip: float = 0.01,
    important: float = 0.04,
    ordinary: float = 0.15,
    n: int = 2000,
    seed: int = 2026,
) -> ConcentrationView:
    """A customer base of a given concentration, cut into the chapter's pyramid.

    Simulates ``n`` accounts with :func:`kamlab.make_accounts` (the top 20% hold
    exactly ``concentration`` of revenue), measures its concentration (Lorenz curve,
    Gini, HHI) and cuts it into VIP / important / ordinary key account / small
    customer tiers by head count. Beside the tiers' real revenue shares it gives the
    shares an *ideal* 80/20 Pareto base would have with the same cuts
    (:func:`kamlab.pareto_pyramid_shares`), so one sees how far the base is from the
    rule and that 80/20 fixes one point of the curve, not its whole shape.

    Cuts whose key-account tiers add up to 100% or more are not an error: the view
    carries ``message = CUTS_TOO_BIG`` and no pyramid, while the concentration
    measures are still there.

    Parameters
    ----------
    concentration : float, default 0.80
        Revenue share of the top 20% of accounts, in (0.2, 0.99] (the range
        :func:`kamlab.make_accounts` calibrates exactly).
    vip, important, ordinary : float
        Share of accounts in each key-account tier, each in (0, 1]; small customers
        get the rest. Default: the chapter's 1%, 4%, 15% (small 80%).
    n : int, default 2000
        Number of accounts, at least 20.
    seed : int, default 2026
        Random seed of the simulated base.

    Returns
    -------
    ConcentrationView

    Raises
    ------
    TypeError
        If a parameter is not a number.
    ValueError
        If ``concentration``, a share, ``n`` or ``seed`` is out of range.

    References
    ----------
    Chapter 4, C2 (客观判断): the 80/20 rule and the pyramid VIP 1%, important 4%,
    ordinary key accounts 15%, small customers 80%.
    Newman, M. E. J. (2005). Power laws, Pareto distributions and Zipf's law.
    Contemporary Physics, 46(5), 323-351.

    Examples
    --------
    >>> view = concentration_view(0.8, n=500, seed=1)
    >>> round(view.measured_top20, 3), view.pyramid["count"].tolist()
    (0.8, [5, 20, 75, 400])
    >>> view.ideal["value_share"].round(3).tolist()
    [0.528, 0.132, 0.14, 0.2]
    >>> concentration_view(0.8, vip=0.5, important=0.3, ordinary=0.2, n=500, seed=1).message
    'cuts_too_big'
    """
    func = "concentration_view"
    c = check_number(concentration, "concentration", func)
    if not 0.2 < c <= 0.99:
        raise KamlabValueError(
            f"{func}: parameter 'concentration' = {c!r}; expected the top 20%'s revenue share, "
            f"more than 0.2 (every account equal) and at most 0.99."
        )
    n = check_int(n, "n", func, minimum=20)
    seed = check_int(seed, "seed", func, minimum=0)
    cuts = tier_cuts(vip, important, ordinary)
    revenue = _base_revenue(round(c, 10), n, seed)
    common = {
        "concentration": c,
        "measured_top20": top_share(revenue, 0.2),
        "requested": (float(vip), float(important), float(ordinary)),
        "cuts": cuts,
        "lorenz": lorenz_curve(revenue),
        "gini": gini(revenue),
        "hhi": hhi(revenue),
        "n_accounts": n,
    }
    if cuts is None:
        return ConcentrationView(pyramid=None, ideal=None, message=CUTS_TOO_BIG, **common)
    frame = pd.DataFrame({"account_id": np.arange(n), "revenue": revenue})
    return ConcentrationView(
        pyramid=customer_pyramid(frame, cuts=cuts).summary,
        ideal=pareto_pyramid_shares(cuts, top20_share=0.8),
        **common,
    )
