"""Models of the chapter's three cases (lessons 04-06), pure and documented."""

# K1 "runaway horse" (lesson 04)
from .k1 import (B_PEOPLE, PLANS, ContactPlan, Link, PlanRisk, RevenueAtRisk, assess_plan, link_loss_probability,
                 loss_probability_by_person, loss_probability_independent, plan_graph, relationship_map,
                 relationship_shape, revenue_at_risk)
# K2 complaint relay (lesson 05)
from .k2 import (HEROIC, KAM, MEASURES, ComplaintRates, QuarterResult, ReplayStep, WayOfWorking, complaint_rates,
                 expected_quarter, late_share, replay_call, simulate_quarter)
# K3 Gome vs Gree (lesson 06)
from .k3 import (STRATEGIES, TIMELINE, BimatrixGame, GomeGreeCase, KamDepartment, OneShotResult, conflict_odds,
                 grim_trigger_threshold, is_best_response, one_shot, pure_equilibria, simulate_repeated,
                 support_enumeration, timeline)

__all__ = [
    # K1
    "B_PEOPLE", "PLANS", "ContactPlan", "Link", "PlanRisk", "RevenueAtRisk", "assess_plan",
    "link_loss_probability", "loss_probability_by_person", "loss_probability_independent", "plan_graph",
    "relationship_map", "relationship_shape", "revenue_at_risk",
    # K2
    "HEROIC", "KAM", "MEASURES", "ComplaintRates", "QuarterResult", "ReplayStep", "WayOfWorking",
    "complaint_rates", "expected_quarter", "late_share", "replay_call", "simulate_quarter",
    # K3
    "STRATEGIES", "TIMELINE", "BimatrixGame", "GomeGreeCase", "KamDepartment", "OneShotResult", "conflict_odds",
    "grim_trigger_threshold", "is_best_response", "one_shot", "pure_equilibria", "simulate_repeated",
    "support_enumeration", "timeline",
]
