"""Case K3, conflict with a key account: Gome vs Gree (国美 vs 格力), as games students can replay.

* :mod:`.facts`: :data:`TIMELINE` and :func:`timeline`, the chapter's facts, in order.
* :mod:`.bimatrix`: :class:`BimatrixGame` with :func:`pure_equilibria` and
  :func:`support_enumeration`: a small, tested Nash-equilibrium solver for two-player games
  in normal form (the design mirrors Nashpy's ``Game`` and ``support_enumeration``; no
  dependency on it), and :func:`grim_trigger_threshold` (the discount factor
  (T - R) / (T - P) above which cooperation holds in the repeated game).
* :mod:`.stage`: :class:`GomeGreeCase`, the stage game Gome {keep price, cut price} x Gree
  {keep supplying, withdraw}, its payoffs built from parameters (margins, the 34% cut, each
  side's dependence on the other), and :class:`KamDepartment`, which changes them;
  :func:`one_shot` solves it.
* The case in the order it happened: :mod:`.tree` (:class:`GameTree`: Gome moves, Gree
  answers a cut; :func:`backward_induction`; :func:`belief_threshold`, the belief p below
  which Gome cuts) and :mod:`.sequential` (:func:`sequential_game`, with Gome unsure of
  Gree's reply). A conflict needs a misjudgement; a KAM department adds information that
  removes it.
* :mod:`.repeated`: :data:`STRATEGIES`, :func:`simulate_repeated` (play with occasional
  unilateral cuts, the "Sichuan branch" noise) and :func:`conflict_odds`.

What goes beyond the chapter: the chapter tells the case in words; every payoff here
is an illustrative yearly profit change in million yuan, relative to business as
usual (Gome keeps the price, Gree keeps supplying), not a measured number. The
chapter's facts are kept as defaults: the 34% average cut and Gome's < 1% of Gree's
sales. Nothing here imports matplotlib.
"""

from . import bimatrix, facts, repeated, sequential, stage, tree
from .bimatrix import *  # noqa: F401,F403
from .facts import *  # noqa: F401,F403
from .repeated import *  # noqa: F401,F403
from .sequential import *  # noqa: F401,F403
from .stage import *  # noqa: F401,F403
from .tree import *  # noqa: F401,F403

__all__: list[str] = [
    *facts.__all__,
    *bimatrix.__all__,
    *stage.__all__,
    *tree.__all__,
    *sequential.__all__,
    *repeated.__all__,
]
