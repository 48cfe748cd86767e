"""The case in the order it happened: :class:`GameTree` (Gome moves, Gree answers a cut).

:func:`gree_reply` and :func:`backward_induction` (:class:`TreeSolution`) solve it;
:func:`belief_threshold` is the belief p (that Gree withdraws) below which Gome cuts,
and :func:`gome_expected_cut` Gome's expected payoff from cutting under a belief.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..._validate import check_fraction, check_number
from ...errors import KamlabTypeError, KamlabValueError
from ._common import _TOL, _r

__all__ = [
    "GOME_MOVES",
    "GREE_REPLIES",
    "GameTree",
    "TreeSolution",
    "gree_reply",
    "backward_induction",
    "belief_threshold",
    "gome_expected_cut",
]


#: The moves of the sequential game, in order: Gome's, then Gree's reply to a cut.
GOME_MOVES = ("keep", "cut")
GREE_REPLIES = ("supply", "withdraw")


def _payoff_pair(values, name: str, func: str) -> tuple[float, float]:
    if isinstance(values, (str, bytes)) or np.ndim(values) != 1 or len(values) != 2:
        raise KamlabValueError(
            f"{func}: parameter '{name}' = {values!r}; expected a pair of numbers (Gome's payoff, Gree's payoff)."
        )
    gome, gree = (check_number(v, f"{name}[{k}]", func) for k, v in enumerate(values))
    return (_r(gome), _r(gree))


@dataclass(frozen=True)
class GameTree:
    """The case in the order it happened: Gome moves first, Gree answers a cut.

    ::

        Gome ── keep price ──────────────────────────── keep
          └──── cut price ── Gree ── keep supplying ──── cut_supply
                                └─── withdraw ────────── cut_withdraw

    Each leaf holds the pair (Gome's payoff, Gree's payoff). After "keep price" Gree
    has nothing to answer (withdrawing then would only cost it L_g, never its best
    reply), so that branch ends at once.

    Parameters
    ----------
    keep, cut_supply, cut_withdraw : pair of float
        (Gome, Gree) payoffs at the three leaves.

    Raises
    ------
    ValueError
        If a leaf is not a pair of finite numbers.

    References
    ----------
    Gibbons, R. (1992). Game Theory for Applied Economists. Princeton University Press,
    section 2.1 (dynamic games of complete and perfect information; backward induction).

    Examples
    --------
    >>> from kamlab.models.gome_gree import GomeGreeCase
    >>> GomeGreeCase().tree()
    GameTree(keep=(0.0, 0.0), cut_supply=(15.0, -42.5), cut_withdraw=(-28.5, -25.0))
    """

    keep: tuple
    cut_supply: tuple
    cut_withdraw: tuple

    def __post_init__(self):
        for name in ("keep", "cut_supply", "cut_withdraw"):
            object.__setattr__(self, name, _payoff_pair(getattr(self, name), name, "GameTree"))

    def leaf(self, path: tuple[str, ...]) -> tuple[float, float]:
        """The payoffs at the end of a path of moves.

        Parameters
        ----------
        path : tuple of str
            ``("keep",)``, ``("cut", "supply")`` or ``("cut", "withdraw")``.

        Returns
        -------
        tuple of (float, float)
            (Gome's payoff, Gree's payoff) at that leaf.

        Raises
        ------
        ValueError
            For any other path.
        """
        leaves = {("keep",): self.keep, ("cut", "supply"): self.cut_supply, ("cut", "withdraw"): self.cut_withdraw}
        if tuple(path) not in leaves:
            raise KamlabValueError(
                f"GameTree.leaf: path {tuple(path)!r} is not a leaf; expected one of {list(leaves)}."
            )
        return leaves[tuple(path)]


def _require_tree(tree, func: str) -> None:
    if not isinstance(tree, GameTree):
        raise KamlabTypeError(f"{func}: parameter 'tree' must be a GameTree, got {type(tree).__name__}.")


@dataclass(frozen=True)
class TreeSolution:
    """The backward-induction solution of a :class:`GameTree` (complete information).

    Attributes
    ----------
    gree_reply : str
        Gree's best reply to a cut, ``"supply"`` or ``"withdraw"`` (a tie goes to
        ``"supply"``: Gree does not walk out over nothing).
    gome_move : str
        Gome's best move knowing that reply, ``"keep"`` or ``"cut"`` (a tie goes to
        ``"keep"``).
    path : tuple of str
        The moves actually played, e.g. ``("keep",)``.
    outcome : tuple of (float, float)
        (Gome, Gree) payoffs at the end of ``path``.
    """

    gree_reply: str
    gome_move: str
    path: tuple
    outcome: tuple

    def summary(self) -> dict:
        """The solution as named values, for :func:`kamlab.show`.

        Returns
        -------
        dict
            ``gree_reply``, ``gome_move``, ``path`` and ``outcome``.

        Examples
        --------
        >>> from kamlab.models.gome_gree import GomeGreeCase
        >>> backward_induction(GomeGreeCase().tree()).summary()["path"]
        ('keep',)
        """
        return {"gree_reply": self.gree_reply, "gome_move": self.gome_move, "path": self.path, "outcome": self.outcome}


def gree_reply(tree: GameTree) -> str:
    """Gree's best reply to a cut: the last move of the tree, solved first.

    Parameters
    ----------
    tree : GameTree
        The game.

    Returns
    -------
    str
        ``"withdraw"`` if withdrawing pays Gree strictly more than swallowing the cut
        (``cut_withdraw[1] > cut_supply[1]``), else ``"supply"``.

    Raises
    ------
    TypeError
        If ``tree`` is not a :class:`GameTree`.

    Examples
    --------
    >>> from kamlab.models.gome_gree import GomeGreeCase
    >>> gree_reply(GomeGreeCase().tree())            # -25 > -42.5
    'withdraw'
    """
    _require_tree(tree, "gree_reply")
    return "withdraw" if tree.cut_withdraw[1] > tree.cut_supply[1] + _TOL else "supply"


def backward_induction(tree: GameTree) -> TreeSolution:
    """Solve the game tree from the end: Gree's reply first, then Gome's move knowing it.

    Parameters
    ----------
    tree : GameTree
        The game, with Gree's payoffs known to Gome (complete information).

    Returns
    -------
    TreeSolution
        Gree's reply to a cut, Gome's move, the path played and its payoffs.

    Raises
    ------
    TypeError
        If ``tree`` is not a :class:`GameTree`.

    References
    ----------
    Gibbons, R. (1992). Game Theory for Applied Economists, section 2.1.A (backward
    induction). Dixit, A., Skeath, S. & McAdams, D. Games of Strategy (Norton), ch. 3
    (rollback in sequential-move games).

    Examples
    --------
    With the chapter's case Gree would withdraw after a cut (-25 beats -42.5); Gome,
    seeing this, keeps its price (0 beats -28.5): no conflict.

    >>> from kamlab.models.gome_gree import GomeGreeCase
    >>> backward_induction(GomeGreeCase().tree())
    TreeSolution(gree_reply='withdraw', gome_move='keep', path=('keep',), outcome=(0.0, 0.0))
    """
    reply = gree_reply(tree)
    after_cut = tree.leaf(("cut", reply))
    move = "cut" if after_cut[0] > tree.keep[0] + _TOL else "keep"
    path = ("cut", reply) if move == "cut" else ("keep",)
    return TreeSolution(reply, move, path, tree.leaf(path))


def belief_threshold(tree: GameTree) -> float:
    """The belief below which Gome cuts: the chance of withdrawal at which cutting stops paying.

    Gome does not know how Gree will answer. If it puts probability p on a Gree that
    withdraws (and 1 - p on one that keeps supplying), a cut is worth
    (1 - p) T + p P against R for keeping the price, where T, P are Gome's payoffs
    after (cut, supply) and (cut, withdraw) and R after keep. Gome cuts when
    p < p* = (T - R) / (T - P).

    Parameters
    ----------
    tree : GameTree
        The game; only Gome's payoffs matter here.

    Returns
    -------
    float
        p* in [0, 1]. ``0.0`` when a cut does not pay even if Gree keeps supplying
        (T <= R: Gome never cuts); ``1.0`` when it pays even if Gree withdraws
        (P >= R: Gome cuts whatever it believes).

    Raises
    ------
    TypeError
        If ``tree`` is not a :class:`GameTree`.

    References
    ----------
    Gibbons, R. (1992). Game Theory for Applied Economists, ch. 3.1 (Harsanyi's types:
    a player's private payoffs, the others' beliefs about them) and ch. 4.1 (perfect
    Bayesian equilibrium of a dynamic game).

    Examples
    --------
    >>> from kamlab.models.gome_gree import GomeGreeCase
    >>> round(belief_threshold(GomeGreeCase().tree()), 4)       # 15 / (15 + 28.5)
    0.3448
    """
    _require_tree(tree, "belief_threshold")
    t_, r, p = tree.cut_supply[0], tree.keep[0], tree.cut_withdraw[0]
    if t_ <= r + _TOL:
        return 0.0
    if p >= r - _TOL:
        return 1.0
    return (t_ - r) / (t_ - p)


def gome_expected_cut(tree: GameTree, belief: float) -> float:
    """Gome's expected payoff from cutting when it believes Gree withdraws with probability ``belief``.

    Parameters
    ----------
    tree : GameTree
        The game.
    belief : float
        p, in [0, 1].

    Returns
    -------
    float
        (1 - p) x Gome's payoff after (cut, supply) + p x its payoff after (cut, withdraw).

    Raises
    ------
    TypeError, ValueError
        If ``tree`` is not a :class:`GameTree` or ``belief`` is not a probability.

    Examples
    --------
    >>> from kamlab.models.gome_gree import GomeGreeCase
    >>> gome_expected_cut(GomeGreeCase().tree(), 0.2)           # 0.8 x 15 + 0.2 x (-28.5)
    6.3
    """
    _require_tree(tree, "gome_expected_cut")
    p = check_fraction(belief, "belief", "gome_expected_cut")
    return _r((1 - p) * tree.cut_supply[0] + p * tree.cut_withdraw[0])
