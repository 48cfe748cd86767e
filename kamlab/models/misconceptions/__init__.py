"""The five misconceptions of key account management (chapter points M1-M5): the models of lesson 03.

Each misconception becomes a small model a student can break (one module each): change one assumption
and watch the conclusion hold or fail.

* M1 (:mod:`.concessions`) "the more preferential policies a supplier gives key accounts, the better"
  (供应商给大客户的优惠政策越多越好): :class:`ConcessionModel` and
  :func:`concession_curve`. A saturating volume response to a price concession (or to
  non-price support spending) and the profit index pi(d) = (m - d)(1 + G(1 - e^(-k d))):
  the best concession, and the point past which concessions destroy profit (过犹不及).
* M2 (:mod:`.segments`) "key accounts contribute volume, small and medium customers contribute profit"
  (大客户贡献销量，中小客户贡献利润): :class:`SegmentPlan` and
  :func:`segment_pnl`, a segment P&L over the years while chain key accounts gain
  market share and SMEs shrink.
* M3 (:mod:`.stages`) "following the traditional marketing approach" (沿袭传统营销思路): :class:`StageChain` and :func:`relationship_paths`,
  the relationship stages as a Markov chain with or without a dedicated KAM unit.
* M4 (:mod:`.sme_base`) "abandoning traditional customers for key accounts" (为了大客户舍弃传统客户): :func:`portfolio_risk`, a Monte Carlo of one
  year's revenue and profit when the SME base is kept or cleared.
* M5 (:mod:`.support`) "once you have key accounts, nothing needs managing" (有了大客户万事不用管): :data:`SUPPORT_ACTIVITIES` and :func:`support_value`,
  the chapter's support activities -> sell-through and retention -> account value.

What goes beyond the chapter: the chapter states M1-M5 in words. The functional forms
and every default number here are kamlab's illustrative assumptions, shaped after the
sources named in each docstring: saturating (concave) response curves (Little 1970;
Blattberg & Deighton 1996), relationship stages (stage names after McDonald, Millman &
Rogers 1997; see also Dwyer, Schurr & Oh 1987; Millman & Wilson 1995) as a Markov chain
for customer lifetime value (Pfeifer & Carraway 2000),
and concentration (Hirschman's HHI). M5's link from sell-through to reorders is kamlab's assumption,
with no source.
Nothing here imports matplotlib.
"""

from . import concessions, segments, sme_base, stages, support
from .concessions import *  # noqa: F401,F403
from .segments import *  # noqa: F401,F403
from .sme_base import *  # noqa: F401,F403
from .stages import *  # noqa: F401,F403
from .support import *  # noqa: F401,F403

__all__: list[str] = [
    *concessions.__all__,
    *segments.__all__,
    *stages.__all__,
    *sme_base.__all__,
    *support.__all__,
]
