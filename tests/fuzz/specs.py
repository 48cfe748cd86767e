"""Every public kamlab function and model with numeric inputs, as a :class:`Spec` with valid base arguments.

:data:`SPECS` is checked against the modules' ``__all__`` by
``test_every_public_callable_is_fuzzed_or_exempt``: a new public function must be
added here (or to :data:`EXEMPT` with the reason it has no numeric input).
"""

from __future__ import annotations

import kamlab
import kamlab.exercises as exercises
import kamlab.models.kam_in_practice as practice
import kamlab.models.kam_in_practice.capstone as capstone
import kamlab.models.kam_in_practice.competency as competency
import kamlab.models.kam_in_practice.organisation as organisation
import kamlab.models.key_accounts as identification
import kamlab.models.misconceptions as mis
import kamlab.models.start_here as explore
import kamlab.models.why_kam as importance
from kamlab.models import complaint_relay, gome_gree, runaway_horse

from ._harness import spec

ACCOUNTS = kamlab.make_accounts(40, seed=1)
COMPANY = kamlab.make_company(30, seed=1)
K1 = kamlab.make_k1_case()
PLAN = runaway_horse.PLANS["diamond"]
PROGRAMME = {ACCOUNTS["account_id"].iloc[0]: "basic", ACCOUNTS["account_id"].iloc[1]: "team"}
PLANNER = capstone.programme_planner(ACCOUNTS)
PAYOFFS = ((3.0, 0.0), (5.0, 1.0)), ((3.0, 5.0), (0.0, 1.0))

# Non-finite values the docstrings document (each is named in the function's Returns/Attributes).
EFFORT_NAN = ("result.summary['strategic_retention']", "result.summary['share_of_wallet']")
LIFETIME_INF = (
    "result.summary['expected_lifetime_years']",
    "result.summary['half_life_years']",
    "result.summary['margin_multiple']",
)


def _ax():
    from matplotlib.figure import Figure

    return Figure(figsize=(3, 2), dpi=30).add_subplot()


def _curve(model):
    return mis.concession_curve(model)


def _segment(plan):
    return mis.segment_pnl([plan, mis.WIN_WIN_PLAN])


def _exercise_check(exercise_id):
    def check(answer):
        return exercises.lesson(exercise_id[:2], lang="en").check(exercise_id, answer)

    return check


def _hint(number):
    return exercises.lesson("01", lang="en").hint("01.1", number)


SPECS = [
    # ---- kamlab / kamlab.analytics
    spec(kamlab.make_accounts, base={"n": 20, "seed": 1}),
    spec(kamlab.make_company, base={"n": 20, "seed": 1}),
    spec(kamlab.make_k1_case, base={"n": 60}),
    spec(kamlab.make_orders, ACCOUNTS, base={"seed": 1}),
    spec(kamlab.make_contacts, ACCOUNTS, COMPANY.staff, base={"seed": 1}),
    spec(kamlab.make_tickets, COMPANY.accounts, COMPANY.orders, base={"seed": 1}),
    spec(kamlab.lorenz_curve, numbers_=(), sequences=("values",), base={"values": [1.0, 2.0]}),
    spec(kamlab.gini, numbers_=(), sequences=("values",), base={"values": [1.0, 2.0]}),
    spec(kamlab.hhi, numbers_=(), sequences=("values",), base={"values": [1.0, 2.0]}),
    spec(
        kamlab.top_share,
        numbers_=("fraction",),
        sequences=("values",),
        base={"values": [1.0, 2.0, 5.0], "fraction": 0.2},
    ),
    spec(kamlab.pareto_table, ACCOUNTS),
    spec(kamlab.customer_pyramid, ACCOUNTS, numbers_=(), sequences=("cuts",)),
    spec(kamlab.abc_classes, ACCOUNTS),
    spec(kamlab.dependence_flags, ACCOUNTS),
    spec(kamlab.pareto_pyramid_shares, sequences=("cuts",)),
    spec(kamlab.attractiveness_score, ACCOUNTS),
    spec(
        lambda w, **kw: kamlab.attractiveness_score(ACCOUNTS, weights={"current_sales": w, "potential": 1.0}),
        name="attractiveness_score(weights)",
        base={"w": 0.5},
    ),
    spec(
        lambda w, **kw: identification.scoring_view(ACCOUNTS, weights={"current_sales": w, "potential": w}),
        name="scoring_view(weights)",
        base={"w": 0.5},
    ),
    spec(
        lambda w, **kw: kamlab.portfolio_matrix(ACCOUNTS, weights={"current_sales": w, "future_trend": 1e308}),
        name="portfolio_matrix(weights)",
        base={"w": 0.5},
    ),
    spec(kamlab.compare_identifications, ACCOUNTS),
    spec(kamlab.portfolio_matrix, ACCOUNTS),
    spec(kamlab.cost_to_serve, ACCOUNTS),
    spec(kamlab.unused_capacity, ACCOUNTS),
    spec(kamlab.customer_profit, ACCOUNTS),
    spec(kamlab.whale_curve, ACCOUNTS),
    # an empty tier (no VIP among 40 accounts) has no margin: NaN, as documented
    spec(kamlab.profit_by_tier, ACCOUNTS, sequences=("cuts",), nan_ok=("result['profit_margin']",)),
    spec(
        lambda **kw: kamlab.cost_to_serve(
            ACCOUNTS,
            model=kamlab.TimeDrivenABC(
                pools=(kamlab.ResourcePool(kw["name"], kw["capacity_cost"], kw["practical_capacity"]),),
                activities=(kamlab.Activity("selling", kw["name"], "sales_hours", kw["minutes_per_unit"]),),
            ),
        ),
        name="TimeDrivenABC",
        base={"name": "sales", "capacity_cost": 1e6, "practical_capacity": 1e4, "minutes_per_unit": 60.0},
        numbers_=("capacity_cost", "practical_capacity", "minutes_per_unit"),
    ),
    spec(kamlab.breakeven_volume_increase, base={"gross_margin": 0.2, "discount": 0.05}),
    spec(
        kamlab.breakeven_table,
        numbers_=(),
        sequences=("margins", "discounts"),
        base={"margins": [0.2, 0.3], "discounts": [0.05, 0.1]},
        nan_ok=("result",),
    ),
    spec(
        kamlab.margin_multiple,
        base={"retention": 0.8, "discount_rate": 0.1, "horizon_years": 10},
        numbers_=("retention", "discount_rate", "growth", "horizon_years"),
    ),
    spec(kamlab.margin_multiple, name="margin_multiple(infinite)", base={"retention": 0.8, "discount_rate": 0.1}),
    spec(
        kamlab.margin_multiple_table,
        numbers_=("growth",),
        sequences=("retentions", "discount_rates"),
        base={"retentions": [0.6, 0.9], "discount_rates": [0.1]},
        nan_ok=("result",),
    ),
    spec(
        kamlab.customer_lifetime_value,
        ACCOUNTS,
        base={"retention": 0.8, "horizon_years": 20},
        numbers_=("retention", "discount_rate", "growth", "horizon_years"),
    ),
    spec(
        kamlab.customer_equity,
        ACCOUNTS,
        base={"retention": 0.8, "discount_rate": 0.1, "growth": 0.0},
        numbers_=("retention", "discount_rate", "growth"),
    ),
    spec(kamlab.clv_elasticities, base={"retention": 0.8, "discount_rate": 0.1}),
    # plot functions with numeric parameters (drawn onto an Axes, not rendered)
    spec(
        lambda **kw: kamlab.plot_dependence(kamlab.dependence_flags(ACCOUNTS), ax=_ax(), **kw),
        name="plot_dependence",
        base={"top": 10},
    ),
    spec(
        lambda **kw: kamlab.plot_attractiveness(kamlab.attractiveness_score(ACCOUNTS), ax=_ax(), **kw),
        name="plot_attractiveness",
        base={"top": 15},
    ),
    spec(
        lambda **kw: kamlab.plot_portfolio(kamlab.portfolio_matrix(ACCOUNTS), ax=_ax(), **kw),
        name="plot_portfolio",
        base={"attractiveness_cut": 50.0, "strength_cut": 0.5},
    ),
    spec(
        lambda **kw: kamlab.plot_lorenz(kamlab.lorenz_curve([1.0, 2.0, 5.0]), ax=_ax(), **kw),
        name="plot_lorenz",
        base={"gini": 0.3},
    ),
    # ---- kamlab.models.start_here
    spec(explore.top_accounts, ACCOUNTS),
    spec(explore.select_accounts, ACCOUNTS),
    # ---- kamlab.models.misconceptions
    spec(mis.ConcessionModel, wrap=_curve),
    spec(mis.concession_curve, base={"max_concession": 0.2}),
    spec(
        mis.SegmentPlan,
        name="SegmentPlan",
        wrap=_segment,
        base={
            "name": "mine",
            "key_share": 0.3,
            "key_margin": 0.1,
            "key_cost_to_serve": 0.03,
            "sme_share": 0.3,
            "sme_margin": 0.2,
            "sme_cost_to_serve": 0.08,
            "fixed_cost": 1e6,
        },
        nan_ok=("result.summary",),
    ),
    spec(mis.segment_pnl, nan_ok=("result.summary",)),
    spec(
        mis.StageChain,
        wrap=mis.relationship_paths,
        base={"advance": 0.2, "fall_back": 0.1, "yearly_cost": 1e4},
        sequences=("churn", "yearly_margin"),
    ),
    spec(mis.relationship_paths, mis.DEDICATED_KAM),
    spec(mis.portfolio_risk, base={"simulations": 200}),
    spec(mis.support_value, sequences=("activities",), nan_ok=("result.value_ratio",)),
    spec(mis.ratio_band, base={"ratio": 1.2}),
    # ---- kamlab.models.why_kam
    spec(
        importance.EffortModel, wrap=lambda m: importance.compare_effort_policies(ACCOUNTS, model=m), nan_ok=EFFORT_NAN
    ),
    spec(importance.allocate_effort, ACCOUNTS),
    spec(importance.compare_effort_policies, ACCOUNTS, nan_ok=EFFORT_NAN),
    spec(importance.focus_curve, ACCOUNTS, base={"points": 5}),
    spec(importance.clv_converges, base={"retention": 0.8, "discount_rate": 0.1}),
    spec(
        importance.clv_scenario,
        base={"margin": 1000.0, "retention": 0.8, "discount_rate": 0.1},
        nan_ok=[
            f"result.{k}"
            for k in ("margin_multiple", "clv", "clv_one_point_more", "one_point_gain", "one_point_relative")
        ],
    ),
    spec(importance.survival, base={"retention": 0.8, "horizon_years": 10}),
    spec(importance.expected_repeat_purchases, base={"retention": 0.8, "horizon_years": 10}),
    spec(importance.retention_curves, nan_ok=LIFETIME_INF),
    spec(
        lambda loyal, **kw: importance.retention_curves({"loyal": loyal, "other": 0.5}, **kw),
        name="retention_curves(groups)",
        base={"loyal": 0.9},
        nan_ok=LIFETIME_INF,
    ),
    spec(
        importance.breakeven_scenario,
        base={"gross_margin": 0.2, "discount": 0.05},
        sequences=("margins", "discounts"),
        nan_ok=("result.table", "result.volume_increase"),
    ),
    # ---- kamlab.models.key_accounts
    spec(identification.scoring_view, ACCOUNTS),
    spec(identification.tier_cuts, base={"vip": 0.01, "important": 0.04, "ordinary": 0.15}),
    spec(identification.concentration_view, base={"n": 50}),
    # ---- kamlab.models.runaway_horse (K1)
    spec(
        runaway_horse.Link,
        wrap=lambda link: runaway_horse.assess_plan(runaway_horse.ContactPlan((link,))),
        base={"staff_id": "S01", "customer_person": "小李", "hours": 10.0},
    ),
    spec(
        lambda **kw: runaway_horse.assess_plan(runaway_horse.ContactPlan(PLAN.links, **kw)),
        name="ContactPlan",
        base={"knowledge_capture": 0.2},
    ),
    spec(runaway_horse.link_loss_probability, base={"hours": 10.0}, sequences=("hours",)),
    spec(
        runaway_horse.loss_probability_independent,
        numbers_=(),
        sequences=("probabilities",),
        base={"probabilities": [0.1, 0.2]},
    ),
    spec(
        runaway_horse.loss_probability_by_person,
        base={"links": [("S01", 0.2), ("S02", 0.3)], "departure": 0.1},
        numbers_=("departure", "knowledge_capture"),
        sequences=("links",),
    ),
    spec(runaway_horse.assess_plan, PLAN),
    spec(runaway_horse.revenue_at_risk, K1.accounts),
    # ---- K2
    spec(
        complaint_relay.WayOfWorking,
        wrap=complaint_relay.complaint_rates,
        base={"information_completeness": 0.5, "process_maturity": 0.5},
    ),
    spec(complaint_relay.expected_quarter, complaint_relay.HEROIC),
    spec(complaint_relay.simulate_quarter, complaint_relay.KAM, base={"orders": 100, "seed": 1}),
    # ---- K3
    spec(gome_gree.GomeGreeCase, wrap=gome_gree.one_shot),
    spec(gome_gree.KamDepartment, wrap=lambda kam: gome_gree.one_shot(kam=kam)),
    spec(gome_gree.grim_trigger_threshold, base={"temptation": 5.0, "reward": 3.0, "punishment": 1.0}),
    spec(
        gome_gree.is_best_response,
        base={"payoffs": PAYOFFS[0], "strategy": [0.0, 1.0], "opponent": [1.0, 0.0]},
        numbers_=("tol",),
        sequences=("payoffs", "strategy", "opponent"),
    ),
    spec(
        gome_gree.pure_equilibria,
        numbers_=(),
        sequences=("row_payoffs", "col_payoffs"),
        base={"row_payoffs": PAYOFFS[0], "col_payoffs": PAYOFFS[1]},
    ),
    spec(
        gome_gree.support_enumeration,
        numbers_=(),
        sequences=("row_payoffs", "col_payoffs"),
        base={"row_payoffs": PAYOFFS[0], "col_payoffs": PAYOFFS[1]},
    ),
    spec(
        gome_gree.GameTree,
        numbers_=(),
        sequences=("keep", "cut_supply", "cut_withdraw"),
        base={"keep": (0.0, 0.0), "cut_supply": (15.0, -42.5), "cut_withdraw": (-28.5, -25.0)},
        wrap=lambda tree: (gome_gree.backward_induction(tree), gome_gree.belief_threshold(tree)),
    ),
    spec(gome_gree.gome_expected_cut, gome_gree.GomeGreeCase().tree(), base={"belief": 0.2}),
    spec(gome_gree.sequential_game, base={"belief": 0.2}),
    spec(gome_gree.simulate_repeated, base={"rounds": 10, "seed": 1}),
    spec(gome_gree.conflict_odds, base={"rounds": 10, "runs": 20}),
    # ---- kamlab.models.kam_in_practice
    spec(
        practice.build_account_plan,
        COMPANY,
        base={"target_share_of_wallet": 0.9},
        numbers_=("target_share_of_wallet", "horizon_years"),
    ),
    spec(
        capstone.KamLevel,
        wrap=lambda level: practice.evaluate_programme(
            ACCOUNTS, PROGRAMME, levels={**capstone.LEVELS, "basic": level}, n_sims=50
        ),
        base={"name": "basic", "annual_cost_yuan": 80_000.0, "stages_up": 1, "wallet_gain_per_year": 0.02},
        nan_ok=("result.roi",),
    ),
    spec(practice.evaluate_programme, ACCOUNTS, PROGRAMME, base={"n_sims": 10}, nan_ok=("result.roi",)),
    spec(practice.plan_programme, ACCOUNTS, base={"budget_yuan": 500_000.0}),
    spec(capstone.capstone, ACCOUNTS, base={"n_sims": 10}, nan_ok=("result.evaluation.roi",)),
    spec(practice.compare_rules, ACCOUNTS, base={"n_sims": 10}, nan_ok=("result['roi']",)),
    spec(
        capstone.programme_planner,
        ACCOUNTS,
        wrap=lambda planner: planner.run(budget_yuan=500_000.0, n_sims=10),
        nan_ok=("result.roi",),
    ),
    spec(
        lambda budget_yuan, **kw: PLANNER.run(budget_yuan=budget_yuan, **kw),
        name="ProgrammePlanner(run)",
        base={"budget_yuan": 500_000.0, "top_n": 5, "n_sims": 10, "seed": 1},
        nan_ok=("result.roi",),
    ),
    spec(practice.recommend, practice.score_maturity(practice.profile_answers("chapter_typical"))),
    spec(
        lambda q1, **kw: practice.score_maturity({**practice.profile_answers("benchmark"), "P1.1": q1}),
        name="score_maturity",
        base={"q1": 3},
    ),
    spec(
        lambda value, **kw: practice.competency_fit({**competency.candidate_levels("engineer"), "negotiation": value}),
        name="competency_fit",
        base={"value": 3},
    ),
    spec(practice.team_design, base={"facing": ("sales", "logistics")}),
    spec(organisation.TeamDesign, base={"facing": ("sales",)}, wrap=lambda d: d.table()),
    # ---- kamlab.exercises: check() and hint()
    spec(_exercise_check("01.2"), name="check('01.2')", base={"answer": 0.8}),
    spec(_exercise_check("02.1"), name="check('02.1')", base={"answer": 0.3}),
    spec(_hint, name="hint(number)", base={"number": 1}),
]

#: Public callables with no numeric input (or whose numbers are fuzzed through another spec).
EXEMPT = {
    "make_staff": "only a bool",
    "get_lang": "no input",
    "set_lang": "a language code",
    "glossary": "a language code (kamlab.terms; tests/lessons/test_glossary.py)",
    "t": "label keys",
    "setup": "language and fonts",
    "generate": "tests/test_cli_generate.py",
    "load_accounts": "a path",
    "load_company": "a folder",
    "load_contacts": "a path",
    "load_k1_case": "no input",
    "load_orders": "a path",
    "load_staff": "a path",
    "load_table": "a path",
    "load_tickets": "a path",
    "filter_accounts": "category names",
    "show": "formats a result for display (tests/lessons/test_display.py)",
    "ResourcePool": "fuzzed in TimeDrivenABC",
    "Activity": "fuzzed in TimeDrivenABC",
    "TimeDrivenABC": "fuzzed as TimeDrivenABC",
    "plan_graph": "a ContactPlan (fuzzed in ContactPlan)",
    "relationship_map": "tables and an id",
    "relationship_shape": "a graph",
    "complaint_rates": "fuzzed in WayOfWorking",
    "late_share": "an orders table",
    "replay_call": "a name",
    "timeline": "a language",
    "BimatrixGame": "fuzzed in pure_equilibria",
    "one_shot": "fuzzed in GomeGreeCase/KamDepartment",
    "plan_variants": "no input",
    "risk_table": "PlanRisk results (fuzzed in assess_plan)",
    "model_answer": "ids of a question",
    "gree_reply": "fuzzed in GameTree",
    "backward_induction": "fuzzed in GameTree",
    "belief_threshold": "fuzzed in GameTree",
    "TreeSolution": "a result type",
    "SequentialResult": "a result type",
    "check_programme": "ids and level names",
    "profile_answers": "a name",
    "candidate_levels": "a name",
    "questions_table": "a language",
    "rules_table": "a language",
    "score_maturity": "fuzzed as score_maturity",
    "competency_fit": "fuzzed as competency_fit",
    "handoffs": "names",
    "compare_designs": "TeamDesign objects",
    **{
        name: "a result type"
        for name in (
            "HHI",
            "CustomerPyramid",
            "Identification",
            "ScoringView",
            "ConcentrationView",
            "ReplayStep",
            "ProgrammeResult",
        )
    },
    **{
        name: "draws a result (no numeric input)"
        for name in (
            "plot_pareto",
            "plot_pyramid",
            "plot_whale_curve",
            "plot_profit_by_tier",
            "plot_unused_capacity",
            "plot_breakeven",
            "plot_margin_multiple",
            "plot_clv_elasticities",
        )
    },
    "Need": "a constant record",
    "Question": "a constant record",
    "Rule": "a constant record",
    "check_company": "a Company (checked through build_account_plan)",
    "ProgrammePlanner": "fuzzed as ProgrammePlanner(run)",
    "Goal": "a record of the account plan",
    "Risk": "text",
    "Action": "text",
    "AccountPlan": "built by build_account_plan",
    # what the plots draw (issue #16): results in, no numeric input of their own
    "revenue_by_industry": "an accounts table (revenue fuzzed in select_accounts)",
    "even_focus_share": "an EffortComparison (fuzzed in compare_effort_policies)",
    "clv_multiple_curve": "a ClvScenario (fuzzed in clv_scenario; NaN where the sum diverges)",
}
