"""KAM in practice (lesson 07): the chapter's problems P1-P5 as working tools.

* :mod:`.maturity`: a KAM maturity diagnostic (P1-P5) and its recommendation rules.
* :mod:`.competency`: the key-account manager as "engineer + salesperson + leader" (P3).
* :mod:`.organisation`: inverted pyramid vs hierarchy; the cross-functional account team (P2).
* :mod:`.account_plan`: a CRM-style plan for one key account, exported to Markdown/CSV (P1, P4).
* :mod:`.capstone`: the whole chapter on one dataset; a budgeted KAM programme vs no KAM.

Compute modules never import matplotlib or ipywidgets; their plots and explorers live in
:mod:`kamlab.widgets`.
"""

from . import account_plan, capstone, competency, maturity, organisation
from .account_plan import AccountPlan, build_account_plan
from .capstone import compare_rules, evaluate_programme, plan_programme
from .competency import competency_fit
from .maturity import profile_answers, recommend, score_maturity
from .organisation import team_design

__all__ = [
    "account_plan",
    "capstone",
    "competency",
    "maturity",
    "organisation",
    "AccountPlan",
    "build_account_plan",
    "compare_rules",
    "evaluate_programme",
    "plan_programme",
    "competency_fit",
    "profile_answers",
    "recommend",
    "score_maturity",
    "team_design",
]
