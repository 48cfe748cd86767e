"""The stage game of case K3: Gome {keep price, cut price} x Gree {keep supplying, withdraw}.

:class:`GomeGreeCase` builds its payoffs from parameters (margins, the 34% cut, each
side's dependence on the other); :class:`KamDepartment` changes them; :func:`one_shot`
solves the one-shot game (:class:`OneShotResult`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..._validate import check_fraction, check_number
from ...errors import KamlabTypeError
from ._common import _TOL, _r
from .bimatrix import BimatrixGame, grim_trigger_threshold
from .tree import GameTree

__all__ = [
    "GomeGreeCase",
    "KamDepartment",
    "OneShotResult",
    "one_shot",
]


@dataclass(frozen=True)
class KamDepartment:
    """A dedicated key-account department for the chain (Haier's response to Gome).

    * ``early_warning``: the chance that a planned unilateral cut is seen coming and
      turned into a negotiated joint promotion (close management of the account's
      activities, deep communication). In the repeated game it also removes this share
      of the accidental cuts.
    * ``partnership_bonus``: extra yearly profit for each side when they cooperate
      (joint planning, promotions agreed in advance), million yuan.
    * ``yearly_cost``: what the department costs the supplier, million yuan a year.

    Raises
    ------
    TypeError, ValueError
        If a parameter is not a number or out of range.

    References
    ----------
    Chapter 4, case K3: "Haier quickly set up a KAM department dedicated to Gome, with
    clear effect"; with a key-account manager system and deep communication the
    incident might not have happened.

    Examples
    --------
    >>> KamDepartment().early_warning
    0.8
    """

    early_warning: float = 0.8
    partnership_bonus: float = 5.0
    yearly_cost: float = 2.0

    def __post_init__(self):
        func = "KamDepartment"
        check_fraction(self.early_warning, "early_warning", func)
        check_number(self.partnership_bonus, "partnership_bonus", func, minimum=0)
        check_number(self.yearly_cost, "yearly_cost", func, minimum=0)


@dataclass(frozen=True)
class GomeGreeCase:
    """The stage game of case K3, with payoffs built from the case's parameters.

    Gome (rows) keeps the agreed price or cuts it unilaterally; Gree (columns) keeps
    supplying or withdraws. Payoffs are yearly profit changes (million yuan) against
    business as usual (keep, supply) = (0, 0):

    * S = ``gree_total_sales`` x ``gree_dependence``: Gree's sales through Gome.
    * Gome's loss when Gree leaves: L_m = ``gome_margin`` x S x (1 + ``gome_spillover``)
      (the Gree margin and the shoppers who came for the No.1 brand and bought other
      goods too: a supermarket without Coca-Cola).
    * Gome's gain from the cut while Gree supplies: ``gome_cut_gain`` (traffic from the
      price war, net of its cost); if Gree withdraws it keeps only
      ``standoff_share`` of it (the weeks before the withdrawal).
    * Gree's damage from a broken price system: D = ``price_cut`` x ``gree_margin`` x
      ``gree_total_sales`` x ``price_exposure`` (other dealers and its own stores
      pressed to match the cut).
    * Gree's loss from withdrawing: L_g = ``gree_margin`` x S x (1 - ``recapture``) x
      (1 + ``channel_premium``) (the margin its other channels do not win back, and the
      future of the largest, fast-growing chain: "who holds the channel holds the world").

    ======================  ==========================  ==========================
    Gome \\ Gree             keep supplying              withdraw
    ======================  ==========================  ==========================
    keep price              (0, 0)                      (-L_m, -L_g)
    cut price               (gain, -D)                  (-L_m (1 + k) + share x gain, -L_g)
    ======================  ==========================  ==========================

    k = ``copycat_risk``: if Gome cuts and Gree walks out, other manufacturers may
    follow ("more Grees"), costing Gome k x L_m more. With k = 0 (the default) cutting
    is Gome's dominant action; with k x L_m > share x gain it is not, and the game has
    no pure equilibrium, only a mixed one.

    With a :class:`KamDepartment` (q = early warning, b = partnership bonus, c = cost),
    (keep, supply) pays (b, b - c); a planned cut is caught with probability q and
    becomes a negotiated promotion paying the same, so the (cut, supply) cell becomes
    (1 - q) x (gain, -D) + q x (b, b - c); Gree pays c in the other cells too.

    Parameters
    ----------
    gree_total_sales : float, default 10,000
        Gree's yearly sales, million yuan (illustrative).
    gree_dependence : float, default 0.01
        Share of Gree's sales made through Gome (Gree said: under 1%).
    gree_margin, gome_margin : float, default 0.25 and 0.12
        Gross margins of Gree (manufacturer) and Gome (retailer) on Gree products.
    price_cut : float, default 0.34
        Gome's average price cut (34% in the chapter).
    price_exposure : float, default 0.05
        Share of Gree's other sales whose price the cut drags down.
    gome_spillover : float, default 1.5
        Margin on other goods per yuan of Gree margin, bought by shoppers who came for Gree.
    gome_cut_gain : float, default 15
        Gome's yearly gain from the price war while Gree supplies, million yuan.
    standoff_share : float, default 0.1
        Share of that gain Gome keeps if Gree withdraws.
    recapture : float, default 0.5
        Share of Gree's Gome sales its other channels win back.
    channel_premium : float, default 1.0
        Extra value of the chain beyond this year's lost margin (its growth).
    copycat_risk : float, default 0.0
        Extra loss of Gome, as a multiple of L_m, when a cut drives Gree out (other
        manufacturers follow).

    Raises
    ------
    TypeError, ValueError
        If a parameter is not a number or out of range.

    References
    ----------
    Chapter 4, case K3. Emerson, R. M. (1962). Power-dependence relations. American
    Sociological Review, 27(1), 31-41 (A's power over B is B's dependence on A).
    Osborne, M. J. (2004). An Introduction to Game Theory, ch. 2-4.

    Examples
    --------
    >>> case = GomeGreeCase()
    >>> case.gree_sales_at_gome, case.gome_loss, case.gree_price_damage, case.gree_loss
    (100.0, 30.0, 42.5, 25.0)
    >>> case.game().pure_equilibria()       # (cut, withdraw): lose-lose
    [(1, 1)]
    >>> x, y = GomeGreeCase(copycat_risk=0.1).game().equilibria()[0]     # only a mixed one
    >>> round(float(x[1]), 4), round(float(y[1]), 4)        # P(cut) = 25 / 42.5, P(withdraw) = 15 / 16.5
    (0.5882, 0.9091)
    """

    gree_total_sales: float = 10_000.0
    gree_dependence: float = 0.01
    gree_margin: float = 0.25
    gome_margin: float = 0.12
    price_cut: float = 0.34
    price_exposure: float = 0.05
    gome_spillover: float = 1.5
    gome_cut_gain: float = 15.0
    standoff_share: float = 0.1
    recapture: float = 0.5
    channel_premium: float = 1.0
    copycat_risk: float = 0.0

    def __post_init__(self):
        func = "GomeGreeCase"
        check_number(self.gree_total_sales, "gree_total_sales", func, minimum=0, strict_minimum=True)
        for name in (
            "gree_dependence",
            "gree_margin",
            "gome_margin",
            "price_cut",
            "price_exposure",
            "standoff_share",
            "recapture",
        ):
            check_fraction(getattr(self, name), name, func)
        for name in ("gome_spillover", "gome_cut_gain", "channel_premium", "copycat_risk"):
            check_number(getattr(self, name), name, func, minimum=0)

    @property
    def gree_sales_at_gome(self) -> float:
        """S: Gree's yearly sales through Gome, million yuan."""
        return _r(self.gree_total_sales * self.gree_dependence)

    @property
    def gome_loss(self) -> float:
        """L_m: Gome's yearly loss if Gree withdraws."""
        return _r(self.gome_margin * self.gree_sales_at_gome * (1 + self.gome_spillover))

    @property
    def gree_price_damage(self) -> float:
        """D: Gree's yearly loss from a broken price system if it keeps supplying after a cut."""
        return _r(self.price_cut * self.gree_margin * self.gree_total_sales * self.price_exposure)

    @property
    def gree_loss(self) -> float:
        """L_g: Gree's yearly loss from withdrawing from Gome."""
        return _r(self.gree_margin * self.gree_sales_at_gome * (1 - self.recapture) * (1 + self.channel_premium))

    @property
    def threat_credible(self) -> bool:
        """Whether withdrawing is Gree's best reply to a cut (L_g < D)."""
        return self.gree_loss < self.gree_price_damage

    @property
    def credible_up_to(self) -> float:
        """The largest dependence on Gome at which Gree's threat to withdraw is still credible.

        L_g grows with the dependence d; the threat holds while L_g(d) < D, i.e.
        d < D / (gree_margin x total sales x (1 - recapture) x (1 + channel_premium)).
        ``inf`` if withdrawing costs Gree nothing.

        Examples
        --------
        >>> round(GomeGreeCase().credible_up_to, 4)
        0.017
        """
        per_share = self.gree_margin * self.gree_total_sales * (1 - self.recapture) * (1 + self.channel_premium)
        return math.inf if per_share == 0 else self.gree_price_damage / per_share

    def game(self, kam: KamDepartment | None = None) -> BimatrixGame:
        """The stage game, optionally with a KAM department (see the class docstring).

        Parameters
        ----------
        kam : KamDepartment, optional
            A key-account department for the chain; default None (no department).

        Returns
        -------
        BimatrixGame
            Gome's actions ``("keep", "cut")`` as rows, Gree's ``("supply", "withdraw")``
            as columns; payoffs in million yuan a year against (keep, supply) without a
            department.

        Raises
        ------
        KamlabTypeError
            If ``kam`` is neither a KamDepartment nor None.
        """
        if kam is not None and not isinstance(kam, KamDepartment):
            raise KamlabTypeError(
                f"GomeGreeCase.game: parameter 'kam' must be a KamDepartment or None, got {type(kam).__name__}."
            )
        gain, lm, d, lg = self.gome_cut_gain, self.gome_loss, self.gree_price_damage, self.gree_loss
        gome = [[0.0, -lm], [gain, -lm * (1 + self.copycat_risk) + self.standoff_share * gain]]
        gree = [[0.0, -lg], [-d, -lg]]
        if kam is not None:
            q, b, c = kam.early_warning, kam.partnership_bonus, kam.yearly_cost
            gome[0][0], gree[0][0] = b, b - c
            gome[1][0] = (1 - q) * gain + q * b
            gree[1][0] = (1 - q) * (-d) + q * (b - c)
            gree[0][1] -= c
            gree[1][1] -= c
        rnd = lambda m: tuple(tuple(_r(v) for v in row) for row in m)  # noqa: E731
        return BimatrixGame(rnd(gome), rnd(gree), ("keep", "cut"), ("supply", "withdraw"))

    def tree(self) -> GameTree:
        """The case as a sequential game: Gome moves first, Gree answers a cut.

        The leaves are the stage game's cells without a KAM department: keep -> (0, 0),
        (cut, supply) -> (gain, -D), (cut, withdraw) -> (-L_m (1 + k) + share x gain, -L_g).

        Returns
        -------
        GameTree
            See :class:`GameTree` and :func:`backward_induction`.

        Examples
        --------
        >>> GomeGreeCase().tree().cut_withdraw
        (-28.5, -25.0)
        """
        g = self.game()
        return GameTree(g.payoffs(0, 0), g.payoffs(1, 0), g.payoffs(1, 1))

    def repeated_payoffs(self, kam: KamDepartment | None = None) -> dict[str, float]:
        """Gome's T, R, P in the repeated game against Gree's withdrawal as punishment.

        T = Gome's payoff from (cut, supply), R from (keep, supply), P from (cut, withdraw).

        Parameters
        ----------
        kam : KamDepartment, optional
            A key-account department for the chain; default None (no department).

        Returns
        -------
        dict of str to float
            ``temptation`` (T), ``reward`` (R) and ``punishment`` (P), million yuan a year,
            from :meth:`game`.

        Raises
        ------
        KamlabTypeError
            If ``kam`` is neither a KamDepartment nor None.

        Examples
        --------
        >>> GomeGreeCase().repeated_payoffs()
        {'temptation': 15.0, 'reward': 0.0, 'punishment': -28.5}
        """
        g = self.game(kam)
        return {"temptation": g.row_payoffs[1][0], "reward": g.row_payoffs[0][0], "punishment": g.row_payoffs[1][1]}

    def cooperation_threshold(self, kam: KamDepartment | None = None) -> float:
        """Discount factor above which Gome keeps the price when Gree answers a cut with a grim trigger.

        ``0.0`` if cutting does not even tempt Gome (T <= R); ``inf`` if the punishment
        is no punishment (P >= R: then no discount factor sustains cooperation).

        Parameters
        ----------
        kam : KamDepartment, optional
            A key-account department for the chain; default None (no department).

        Returns
        -------
        float
            (T - R) / (T - P) from :meth:`repeated_payoffs`, or ``0.0`` / ``inf`` as above.

        Raises
        ------
        KamlabTypeError
            If ``kam`` is neither a KamDepartment nor None.

        Examples
        --------
        >>> round(GomeGreeCase().cooperation_threshold(), 4)       # 15 / 43.5
        0.3448
        >>> round(GomeGreeCase().cooperation_threshold(KamDepartment()), 4)
        0.0563
        """
        p = self.repeated_payoffs(kam)
        if p["temptation"] <= p["reward"]:
            return 0.0
        if p["punishment"] >= p["reward"]:
            return math.inf
        return grim_trigger_threshold(p["temptation"], p["reward"], p["punishment"])


@dataclass(frozen=True)
class OneShotResult:
    """The one-shot game's answer: equilibria and whether the outcome is lose-lose.

    Attributes
    ----------
    game : BimatrixGame
        The stage game solved.
    pure : list of (int, int)
        Pure Nash equilibria, (row, column).
    mixed : list of (numpy.ndarray, numpy.ndarray)
        Equilibria in which at least one side mixes.
    outcome : (float, float)
        (Gome, Gree) payoffs of the first pure equilibrium, else expected payoffs of the first mixed one.
    business_as_usual : (float, float)
        Payoffs of (keep, supply).
    lose_lose : bool
        Both sides do worse in ``outcome`` than in business as usual.
    threat_credible : bool
        :attr:`GomeGreeCase.threat_credible` of the case.
    """

    game: BimatrixGame
    pure: list
    mixed: list
    outcome: tuple[float, float]
    business_as_usual: tuple[float, float]
    lose_lose: bool
    threat_credible: bool

    @property
    def pure_actions(self) -> list:
        """The pure equilibria by action code, e.g. ``[("cut", "withdraw")]`` (labels in the catalog).

        >>> one_shot().pure_actions
        [('cut', 'withdraw')]
        """
        return [(self.game.row_actions[i], self.game.col_actions[j]) for i, j in self.pure]

    @property
    def conceding(self) -> str | None:
        """The side that gives ground in ``outcome``: ``"gree"`` if Gree does worse than in
        business as usual while Gome does at least as well, ``"gome"`` the other way round,
        else ``None`` (both better, both worse, or both unchanged).

        A one-shot outcome that is not lose-lose can still be a concession: with a KAM
        department the equilibrium (cut, supply) pays Gome 7 and Gree -6.1 against (5, 3)
        for business as usual, so Gree absorbs the cuts that slip through.

        Examples
        --------
        >>> one_shot().conceding is None                       # (cut, withdraw): lose-lose
        True
        >>> one_shot(kam=KamDepartment()).conceding
        'gree'
        """
        (gome, gree), (gome0, gree0) = self.outcome, self.business_as_usual
        if gree < gree0 - _TOL and gome >= gome0 - _TOL:
            return "gree"
        if gome < gome0 - _TOL and gree >= gree0 - _TOL:
            return "gome"
        return None


def one_shot(case: GomeGreeCase | None = None, *, kam: KamDepartment | None = None) -> OneShotResult:
    """Solve the stage game: pure and mixed equilibria, and the equilibrium outcome.

    ``outcome`` is the expected payoff pair of the first equilibrium found (the pure one
    if there is one); ``lose_lose`` says whether both sides do worse there than in
    business as usual (keep, supply).

    Parameters
    ----------
    case : GomeGreeCase, optional
        Default: the chapter's case.
    kam : KamDepartment, optional
        A KAM department that changes the payoffs.

    Returns
    -------
    OneShotResult
        The game, its pure and mixed equilibria, the outcome and ``lose_lose``.

    Examples
    --------
    >>> r = one_shot()
    >>> r.pure, r.outcome, r.lose_lose
    ([(1, 1)], (-28.5, -25.0), True)
    """
    case = GomeGreeCase() if case is None else case
    if not isinstance(case, GomeGreeCase):
        raise KamlabTypeError(f"one_shot: parameter 'case' must be a GomeGreeCase, got {type(case).__name__}.")
    game = case.game(kam)
    eqs = game.equilibria()
    pure = game.pure_equilibria()
    mixed = [(x, y) for x, y in eqs if (x > _TOL).sum() > 1 or (y > _TOL).sum() > 1]
    if pure:
        outcome = game.payoffs(*pure[0])
    else:
        x, y = eqs[0]
        outcome = tuple(_r(v) for v in game.expected_payoffs(x, y))
    base = game.payoffs(0, 0)
    lose = outcome[0] < base[0] - _TOL and outcome[1] < base[1] - _TOL
    return OneShotResult(game, pure, mixed, outcome, base, lose, case.threat_credible)
