"""The capstone model of lesson 07: the whole chapter on one dataset, and a budgeted KAM programme.

The chapter's tools, in the order a firm would use them on its own customer base:

1. identify key accounts both ways (subjective scoring C1 vs the objective 80/20 rule C2,
   :func:`kamlab.analytics.compare_identifications`);
2. check what the key accounts really earn after cost to serve
   (:func:`kamlab.analytics.customer_profit`, chapter I4);
3. place them in McDonald & Woodburn's portfolio and read each one's stance
   (:func:`kamlab.analytics.portfolio_matrix`);
4. spend a limited yearly KAM budget on them (:func:`plan_programme`);
5. compare the programme's expected discounted profit and its risk with "no KAM"
   (:func:`evaluate_programme`).

:func:`capstone` runs the five steps and keeps each one's table.

The package, one module per concern:

* :mod:`.levels`: the KAM levels (:class:`KamLevel`, :data:`LEVELS`) and the programme's constants;
* :mod:`.evaluation`: a programme's expected profit and risk against no KAM (:func:`evaluate_programme`);
* :mod:`.planning`: a programme under a budget (:func:`plan_programme`, :func:`programme_planner`);
* :mod:`.steps`: the five steps on one dataset (:func:`capstone`) and the rules compared (:func:`compare_rules`).

The KAM model
-------------
A level of key-account management (:class:`KamLevel`, :data:`LEVELS`) costs a fixed sum a
year and has three effects on an account: its yearly retention moves up ``stages_up``
relationship stages in :data:`kamlab.analytics.STAGE_RETENTION` (capped at the top stage),
its share of wallet grows by ``wallet_gain_per_year`` a year (capped at 1; the extra
revenue, ``category_spend`` x the extra share, earns the account's gross margin) and its
cost to serve changes by the fraction ``cost_to_serve_change``.

The *direction* of these effects follows the KAM literature: key-account management
that is well resourced and has a dedicated team goes with better relationships and
better performance with the account (Homburg, Workman & Jensen 2002; Workman, Homburg &
Jensen 2003; Davies & Ryals 2014 on which KAM practices are effective). The *numbers* of
:data:`LEVELS` are kamlab's teaching assumptions, sized to the simulated data; they are
not findings of those papers.

Timing convention (used everywhere here): every account is a customer today (t = 0).
At the start of each year t = 1 .. H it renews with probability r, so it is still a
customer in year t with probability r^t; year t's flows (its profit, including the KAM
cost of that year) are received at the end of year t and discounted by (1 + i)^t. An
account lost in year t earns nothing and costs nothing from year t on. With no KAM this
is :func:`kamlab.analytics.customer_lifetime_value` with ``timing="end"`` and
``horizon_years=H``. The account's profit is held flat apart from the KAM effects (no
market growth), so the comparison isolates the programme.

Nothing here imports matplotlib or ipywidgets.

References
----------
Homburg, C., Workman, J. P. & Jensen, O. (2002). A configurational perspective on key
account management. Journal of Marketing, 66(2), 38-60.
Workman, J. P., Homburg, C. & Jensen, O. (2003). Intraorganizational determinants of key
account management effectiveness. Journal of the Academy of Marketing Science, 31(1), 3-21.
Davies, I. A. & Ryals, L. J. (2014). The effectiveness of key account management
practices. Industrial Marketing Management, 43(7), 1182-1194.
McDonald, M. & Woodburn, D. (2007). Key Account Management: The Definitive Guide, 2nd ed.
Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive Marketing, 17(1).
"""

from . import evaluation, levels, planning, steps
from .evaluation import *  # noqa: F401,F403
from .levels import *  # noqa: F401,F403
from .planning import *  # noqa: F401,F403
from .steps import *  # noqa: F401,F403

__all__: list[str] = [
    *levels.__all__,
    *evaluation.__all__,
    *planning.__all__,
    *steps.__all__,
]
