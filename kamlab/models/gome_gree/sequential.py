"""The sequential game played with Gome unsure of Gree's reply: :func:`sequential_game`.

A conflict needs a misjudgement (a belief below :func:`~.tree.belief_threshold`); a KAM
department adds information that removes it (:class:`SequentialResult`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..._validate import check_fraction
from ...errors import KamlabTypeError
from ._common import _TOL, _r
from .stage import GomeGreeCase, KamDepartment
from .tree import GameTree, TreeSolution, backward_induction, belief_threshold, gome_expected_cut

__all__ = [
    "SequentialResult",
    "sequential_game",
]


@dataclass(frozen=True)
class SequentialResult:
    """The sequential game played with Gome unsure of Gree's reply.

    Attributes
    ----------
    tree : GameTree
        The game, with the real Gree's payoffs.
    belief : float
        Gome's belief that Gree would withdraw after a cut.
    threshold : float
        :func:`belief_threshold`: Gome cuts when ``belief`` is below it.
    expected_cut : float
        Gome's expected payoff from cutting under its belief.
    gome_move : str
        What Gome does under its belief: ``"cut"`` if ``expected_cut`` beats keeping the price.
    gree_reply : str
        What the real Gree does after a cut (:func:`gree_reply`).
    path : tuple of str
        The moves played.
    outcome : tuple of (float, float)
        (Gome, Gree) payoffs at the end of ``path``.
    informed : TreeSolution
        What backward induction gives when Gome knows Gree's reply.
    conflict : bool
        Gome cuts and Gree withdraws: what happened in 2004.
    misjudgement : bool
        Gome's move differs from the move it would make knowing Gree's reply.
    informed_share : float
        Chance that Gome learns Gree's reply before it moves (a KAM department's
        ``early_warning``; 0 without one).
    conflict_probability : float
        (1 - informed_share) x conflict + informed_share x (conflict when informed).
    """

    tree: GameTree
    belief: float
    threshold: float
    expected_cut: float
    gome_move: str
    gree_reply: str
    path: tuple
    outcome: tuple
    informed: TreeSolution
    conflict: bool
    misjudgement: bool
    informed_share: float
    conflict_probability: float

    def summary(self) -> dict:
        """The result as named values, for :func:`kamlab.show`.

        Returns
        -------
        dict
            ``belief``, ``threshold`` (rounded to 4 decimals), ``expected_cut``,
            ``gome_move``, ``gree_reply``, ``path``, ``outcome``, ``conflict`` and
            ``misjudgement``.

        Examples
        --------
        >>> sequential_game(belief=0.2).summary()["threshold"]
        0.3448
        """
        return {
            "belief": self.belief,
            "threshold": round(self.threshold, 4),
            "expected_cut": self.expected_cut,
            "gome_move": self.gome_move,
            "gree_reply": self.gree_reply,
            "path": self.path,
            "outcome": self.outcome,
            "conflict": self.conflict,
            "misjudgement": self.misjudgement,
        }


def sequential_game(
    case: GomeGreeCase | None = None, *, belief: float = 0.2, kam: KamDepartment | None = None
) -> SequentialResult:
    """Play the case in the order it happened, with Gome unsure how Gree will answer a cut.

    Gome moves first, believing Gree withdraws after a cut with probability ``belief``
    (a type it cannot see: how much the Gome channel is worth to Gree is Gree's private
    information). The real Gree then answers with its best reply, found by backward
    induction on ``case.tree()``. A conflict (cut, then withdrawal) needs both a Gree
    that withdraws and a belief below :func:`belief_threshold`: if Gome knew the reply,
    it would not cut (unless cutting paid even against a withdrawal). That is a
    misjudgement of the model, not a motive the chapter reports.

    A KAM department adds information, not payoffs: with probability
    ``kam.early_warning`` its communication tells Gome how Gree would answer before
    Gome acts, and Gome then plays the backward-induction move. (Its payoff effects are
    in the stage and repeated games, :meth:`GomeGreeCase.game`.)

    Parameters
    ----------
    case : GomeGreeCase, optional
        The real payoffs; default the lesson's case.
    belief : float, default 0.2
        Gome's belief that Gree withdraws after a cut, in [0, 1] (illustrative).
    kam : KamDepartment, optional
        A KAM department; default None.

    Returns
    -------
    SequentialResult
        The move, the reply, the outcome, the threshold, whether Gome misjudged, and
        the chance of the conflict.

    Raises
    ------
    TypeError, ValueError
        If ``case`` or ``kam`` has the wrong type or ``belief`` is not a probability.

    References
    ----------
    Gibbons, R. (1992). Game Theory for Applied Economists. Princeton University Press,
    section 2.1 (backward induction), ch. 3-4 (incomplete information, perfect Bayesian
    equilibrium). The model is this lesson's, not the chapter's: the chapter gives the
    order of events and their outcome, not the payoffs or Gome's beliefs.

    Examples
    --------
    >>> r = sequential_game(belief=0.2)
    >>> r.path, r.outcome, r.conflict, r.misjudgement
    (('cut', 'withdraw'), (-28.5, -25.0), True, True)
    >>> sequential_game(belief=0.5).path                          # above p* = 0.345
    ('keep',)
    >>> sequential_game(belief=0.2, kam=KamDepartment()).conflict_probability     # 0.2 x 1
    0.2
    """
    func = "sequential_game"
    case = GomeGreeCase() if case is None else case
    if not isinstance(case, GomeGreeCase):
        raise KamlabTypeError(f"{func}: parameter 'case' must be a GomeGreeCase, got {type(case).__name__}.")
    if kam is not None and not isinstance(kam, KamDepartment):
        raise KamlabTypeError(f"{func}: parameter 'kam' must be a KamDepartment or None, got {type(kam).__name__}.")
    belief = check_fraction(belief, "belief", func)
    tree = case.tree()
    informed = backward_induction(tree)
    expected = gome_expected_cut(tree, belief)
    move = "cut" if expected > tree.keep[0] + _TOL else "keep"
    reply = informed.gree_reply
    path = ("cut", reply) if move == "cut" else ("keep",)
    conflict = path == ("cut", "withdraw")
    q = kam.early_warning if kam is not None else 0.0
    informed_conflict = informed.path == ("cut", "withdraw")
    probability = _r((1 - q) * conflict + q * informed_conflict)
    return SequentialResult(
        tree,
        belief,
        belief_threshold(tree),
        expected,
        move,
        reply,
        path,
        tree.leaf(path),
        informed,
        conflict,
        move != informed.gome_move,
        q,
        probability,
    )
