"""Why key account management matters (chapter points I1-I4): the models of lesson 02.

* I1 (:mod:`.effort`) "owning customers beats owning the market": :class:`EffortModel` and
  :func:`compare_effort_policies` spread a sales-effort budget evenly over all accounts
  or concentrate it on strategic accounts, and follow the chapter's chain
  effort -> share of wallet and satisfaction -> loyalty (retention) -> profit.
* I2 (:mod:`.clv`) customer equity: :func:`clv_scenario` wraps the analytics core's
  :func:`~kamlab.analytics.margin_multiple` for a what-if explorer (why one point of
  retention is worth more than it looks).
* I3 (:mod:`.retention`) relationship and brand: :func:`retention_curves` compares loyal and transactional
  accounts (survival r^t, expected repeat purchases, the margin multiple of I2).
* I4 (:mod:`.breakeven`) profitability: :func:`breakeven_scenario` wraps
  :func:`~kamlab.analytics.breakeven_volume_increase` and
  :func:`~kamlab.analytics.breakeven_table` (the chapter's 33% rule).

The whale curve and the profit of the pyramid's tiers (I4) come straight from
:mod:`kamlab.analytics`; nothing here re-implements them.

What goes beyond the chapter: the chapter states the chain satisfaction -> loyalty ->
profit in words; the response curves and the numbers of the I1 simulation are
kamlab's illustrative assumptions, shaped after the service-profit chain (Heskett et
al. 1994), the value of retention (Reichheld & Sasser 1990) and the convex link from
satisfaction to loyalty (Jones & Sasser 1995). Nothing here imports matplotlib.
"""

from . import breakeven, clv, effort, retention
from .breakeven import *  # noqa: F401,F403
from .clv import *  # noqa: F401,F403
from .effort import *  # noqa: F401,F403
from .retention import *  # noqa: F401,F403

__all__: list[str] = [
    *effort.__all__,
    *clv.__all__,
    *retention.__all__,
    *breakeven.__all__,
]
