"""Explorers of lesson 07 (KAM in practice): maturity and competency, organisation and
account plan, capstone. Their models are :mod:`kamlab.models.kam_in_practice`."""

from .capstone import capstone_explorer
from .maturity import competency_explorer, maturity_explorer
from .organisation import account_plan_explorer, team_explorer

__all__ = ["maturity_explorer", "competency_explorer", "team_explorer", "account_plan_explorer", "capstone_explorer"]
