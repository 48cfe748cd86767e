"""The drawing layer: every plot of kamlab, one module per lesson plus the analytics plots.

Every ``plot_*`` function takes the result of a compute function (it never computes) and an
optional ``ax``: with ``ax=None`` it opens a pyplot figure, which shows inline in a notebook.
The palette, the figure sizes and the shared axes set-up are in :mod:`kamlab.plots.style`.
matplotlib is imported only when a plot draws. See ARCHITECTURE.md.
"""

from . import (  # noqa: F401  (kamlab.plots.style and the lesson modules, as attributes)
    analytics,
    complaint_relay,
    gome_gree,
    kam_in_practice,
    key_accounts,
    misconceptions,
    runaway_horse,
    start_here,
    style,
    why_kam,
)
from .analytics import *  # noqa: F401,F403
from .complaint_relay import *  # noqa: F401,F403
from .gome_gree import *  # noqa: F401,F403
from .kam_in_practice import *  # noqa: F401,F403
from .key_accounts import *  # noqa: F401,F403
from .misconceptions import *  # noqa: F401,F403
from .runaway_horse import *  # noqa: F401,F403
from .start_here import *  # noqa: F401,F403
from .why_kam import *  # noqa: F401,F403

__all__: list[str] = [
    *start_here.__all__,
    *analytics.__all__,
    *key_accounts.__all__,
    *why_kam.__all__,
    *misconceptions.__all__,
    *runaway_horse.__all__,
    *complaint_relay.__all__,
    *gome_gree.__all__,
    *kam_in_practice.__all__,
]
