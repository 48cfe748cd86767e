"""Interactive explorers: thin ipywidgets shells over kamlab's compute and plot functions.

Every explorer is an :class:`Explorer` (see :mod:`kamlab.widgets.base`): named controls
bound to a pure compute function and a plot function. ipywidgets is imported only when
an explorer is built, so ``import kamlab`` stays light.
"""

from .start_here import account_explorer
from .base import Explorer
from .key_accounts import concentration_explorer, scoring_explorer
from .why_kam import breakeven_explorer, clv_explorer, effort_explorer, retention_explorer
from .misconceptions import concession_explorer, portfolio_explorer, segment_explorer, stage_explorer, support_explorer
from .gome_gree import repeated_game_explorer, stage_game_explorer
from .runaway_horse import contact_plan_explorer
from .complaint_relay import complaint_relay_explorer, replay_explorer
from .kam_in_practice.maturity import competency_explorer, maturity_explorer
from .kam_in_practice.organisation import account_plan_explorer, team_explorer
from .kam_in_practice.capstone import capstone_explorer

__all__ = ["Explorer", "account_explorer", "scoring_explorer", "concentration_explorer",
           "effort_explorer", "clv_explorer", "retention_explorer", "breakeven_explorer",
           "stage_game_explorer", "repeated_game_explorer"]
__all__ += ["concession_explorer", "segment_explorer", "stage_explorer", "portfolio_explorer", "support_explorer"]
__all__ += ["contact_plan_explorer"]
__all__ += ["complaint_relay_explorer", "replay_explorer"]
__all__ += ["maturity_explorer", "competency_explorer", "team_explorer", "account_plan_explorer", "capstone_explorer"]
