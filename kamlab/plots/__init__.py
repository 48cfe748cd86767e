"""The drawing layer: every plot of kamlab, one module per lesson plus the analytics plots.

Every ``plot_*`` function takes the result of a compute function (it never computes) and an
optional ``ax``; it imports matplotlib only when it draws. See ARCHITECTURE.md.
"""

from . import analytics, start_here
from .analytics import *  # noqa: F401,F403
from .start_here import *  # noqa: F401,F403

__all__: list[str] = [*start_here.__all__, *analytics.__all__]
