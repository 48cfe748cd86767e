"""Analytics core: key-account identification, scoring, profitability and customer equity.

Compute modules (:mod:`.concentration`, :mod:`.segmentation`, :mod:`.scoring`,
:mod:`.portfolio`, :mod:`.profitability`, :mod:`.equity`) never import matplotlib;
their plot functions live in :mod:`kamlab.plots.analytics`.
"""

from . import concentration, equity, portfolio, profitability, scoring, segmentation
from .concentration import *  # noqa: F401,F403
from .equity import *  # noqa: F401,F403
from .portfolio import *  # noqa: F401,F403
from .profitability import *  # noqa: F401,F403
from .scoring import *  # noqa: F401,F403
from .segmentation import *  # noqa: F401,F403

__all__: list[str] = [
    *concentration.__all__,
    *segmentation.__all__,
    *scoring.__all__,
    *portfolio.__all__,
    *profitability.__all__,
    *equity.__all__,
]
