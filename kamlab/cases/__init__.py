"""Deprecated old path of the three case models (lessons 04-06), now :mod:`kamlab.models.runaway_horse`,
:mod:`kamlab.models.complaint_relay` and :mod:`kamlab.models.gome_gree` (see :data:`kamlab._deprecated.MOVED`)."""

from .._deprecated import warn_moved

warn_moved(__name__, "kamlab.models.runaway_horse, kamlab.models.complaint_relay, kamlab.models.gome_gree")

# K1 "runaway horse" (lesson 04)
# K2 complaint relay (lesson 05)
from ..models.complaint_relay import (  # noqa: E402
    HEROIC,
    KAM,
    MEASURES,
    ComplaintRates,
    QuarterResult,
    ReplayStep,
    WayOfWorking,
    complaint_rates,
    expected_quarter,
    late_share,
    replay_call,
    simulate_quarter,
)

# K3 Gome vs Gree (lesson 06)
from ..models.gome_gree import (  # noqa: E402
    STRATEGIES,
    TIMELINE,
    BimatrixGame,
    GomeGreeCase,
    KamDepartment,
    OneShotResult,
    conflict_odds,
    grim_trigger_threshold,
    is_best_response,
    one_shot,
    pure_equilibria,
    simulate_repeated,
    support_enumeration,
    timeline,
)
from ..models.runaway_horse import (  # noqa: E402
    B_PEOPLE,
    PLANS,
    ContactPlan,
    Link,
    PlanRisk,
    RevenueAtRisk,
    assess_plan,
    link_loss_probability,
    loss_probability_by_person,
    loss_probability_independent,
    plan_graph,
    relationship_map,
    relationship_shape,
    revenue_at_risk,
)

__all__ = [
    # K1
    "B_PEOPLE",
    "PLANS",
    "ContactPlan",
    "Link",
    "PlanRisk",
    "RevenueAtRisk",
    "assess_plan",
    "link_loss_probability",
    "loss_probability_by_person",
    "loss_probability_independent",
    "plan_graph",
    "relationship_map",
    "relationship_shape",
    "revenue_at_risk",
    # K2
    "HEROIC",
    "KAM",
    "MEASURES",
    "ComplaintRates",
    "QuarterResult",
    "ReplayStep",
    "WayOfWorking",
    "complaint_rates",
    "expected_quarter",
    "late_share",
    "replay_call",
    "simulate_quarter",
    # K3
    "STRATEGIES",
    "TIMELINE",
    "BimatrixGame",
    "GomeGreeCase",
    "KamDepartment",
    "OneShotResult",
    "conflict_odds",
    "grim_trigger_threshold",
    "is_best_response",
    "one_shot",
    "pure_equilibria",
    "simulate_repeated",
    "support_enumeration",
    "timeline",
]
