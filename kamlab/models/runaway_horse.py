"""Case K1 "runaway horse" (脱缰野马): the models of lesson 04.

In 2007 Company A sold 3,000,000 yuan to its key customer B, 13% of A's sales, all
through Manager Lu, who kept every piece of information about B in his head. B's
buyer, purchasing manager and general manager knew only Lu. Lu resigned, and B ended
its cooperation with A.

* :func:`relationship_map` turns the contacts table into a network of A's people and
  B's people; :func:`relationship_shape` tells the "bow-tie" (every link runs through
  one person at A) from the "diamond" (several people at A, cross-functional links).
* :func:`loss_probability_independent` is the simplest risk model: each link between
  an A person and a B person is lost in a year with probability p_i, independently;
  the account is lost only when every link is lost, P = p_1 x p_2 x ... x p_n.
* :func:`loss_probability_by_person` drops the independence across the links of one
  person: when an A person leaves, all of their links fail together, unless the
  knowledge captured in a CRM record lets a successor take a link over.
* :class:`ContactPlan` and :func:`assess_plan` let a student replay the decision: who
  at A meets whom at B, for how many hours a year, within a budget, and how much of
  the account knowledge is captured; the loss probability and the expected revenue
  loss follow, in a normal year and if Lu resigns.
* :func:`revenue_at_risk` puts B against the 10% disclosure line and the 50% line of
  major dependence (:func:`kamlab.dependence_flags`).

What goes beyond the chapter: the chapter tells the story and names its cause (poor
communication, and above all no KAM strategy, method or process). The probabilities,
the hours-to-risk curve and the knowledge-capture mechanism are kamlab's illustrative
teaching assumptions, in the spirit of the multi-level "diamond" relationship of the
KAM literature (McDonald, Millman & Rogers 1997). Nothing here imports matplotlib.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

import networkx as nx
import numpy as np
import pandas as pd

from .._validate import as_tuple, as_value_array, check_fraction, check_number, require_columns, require_frame
from ..analytics import dependence_flags
from ..datasets import K1_CUSTOMER_B, K1_LU
from ..errors import KamlabTypeError, KamlabValueError

__all__ = [
    "A_PEOPLE",
    "B_PEOPLE",
    "PLANS",
    "Link",
    "ContactPlan",
    "PlanRisk",
    "RevenueAtRisk",
    "relationship_map",
    "relationship_shape",
    "plan_graph",
    "link_loss_probability",
    "loss_probability_independent",
    "loss_probability_by_person",
    "assess_plan",
    "plan_variants",
    "risk_table",
    "revenue_at_risk",
]

#: B's people a contact plan may reach: the three of the chapter (from the contacts data)
#: and, beyond the chapter, B's chief engineer, so that engineers can meet engineers.
B_PEOPLE = {
    "小李": ("Xiao Li", "buyer"),
    "周经理": ("Manager Zhou", "purchasing_manager"),
    "孙总": ("GM Sun", "general_manager"),
    "钱工": ("Engineer Qian", "engineer"),
}

_CONTACT_COLUMNS = ("account_id", "staff_id", "customer_person_zh", "customer_person_en", "customer_role")
_STAFF_COLUMNS = ("staff_id", "name_zh", "name_en", "role")


# ---- the relationship map ------------------------------------------------------------------------
def relationship_map(contacts: pd.DataFrame, staff: pd.DataFrame, *, account_id: str = K1_CUSTOMER_B) -> nx.Graph:
    """The network of links between A's people and one customer's people.

    Nodes are ``"A:<staff_id>"`` (A's people) and ``"B:<customer_person_zh>"`` (the
    customer's people), with attributes ``side`` ("A" or "B"), ``name_zh``,
    ``name_en`` and ``role``; each contact row is an edge, with its ``strength``
    when the table has one.

    Parameters
    ----------
    contacts : pandas.DataFrame
        Contacts table (:attr:`kamlab.Company.contacts`) with ``account_id``,
        ``staff_id``, ``customer_person_zh``, ``customer_person_en``, ``customer_role``.
    staff : pandas.DataFrame
        A's staff (:attr:`kamlab.Company.staff`) with ``staff_id``, ``name_zh``,
        ``name_en``, ``role``.
    account_id : str, default "C0001"
        The customer (customer B of case K1).

    Returns
    -------
    networkx.Graph

    Raises
    ------
    TypeError
        If a table is not a DataFrame.
    ValueError
        If a column is missing, the account has no contacts, or a contact names a
        staff id that is not in ``staff``.

    References
    ----------
    Chapter 4, case K1: B's executives knew only Lu.
    McDonald, M., Millman, T. & Rogers, B. (1997). Key account management: theory,
    practice and challenges. Journal of Marketing Management, 13(8), 737-757.

    Examples
    --------
    >>> import kamlab
    >>> k1 = kamlab.load_k1_case()
    >>> g = relationship_map(k1.contacts, k1.staff)
    >>> sorted(g.neighbors("A:S01"))
    ['B:周经理', 'B:孙总', 'B:小李']
    >>> relationship_shape(g)
    'bow_tie'
    """
    func = "relationship_map"
    require_frame(contacts, func, "contacts")
    require_frame(staff, func, "staff")
    require_columns(contacts, _CONTACT_COLUMNS, func)
    require_columns(staff, _STAFF_COLUMNS, func)
    rows = contacts[contacts["account_id"].astype(str) == str(account_id)]
    if rows.empty:
        raise KamlabValueError(
            f"{func}: account_id={account_id!r} has no rows in 'contacts'; "
            f"expected one of the {contacts['account_id'].nunique()} accounts there."
        )
    people = staff.set_index("staff_id")
    unknown = sorted(set(rows["staff_id"]) - set(people.index))
    if unknown:
        raise KamlabValueError(
            f"{func}: contacts of account_id={account_id!r} name staff_id "
            f"{', '.join(map(repr, unknown))}, which are not in 'staff'."
        )
    g = nx.Graph(account_id=str(account_id))
    for row in rows.itertuples(index=False):
        p = people.loc[row.staff_id]
        a, b = f"A:{row.staff_id}", f"B:{row.customer_person_zh}"
        g.add_node(a, side="A", name_zh=p["name_zh"], name_en=p["name_en"], role=p["role"])
        g.add_node(b, side="B", name_zh=row.customer_person_zh, name_en=row.customer_person_en, role=row.customer_role)
        g.add_edge(a, b, strength=float(getattr(row, "strength", 1.0)))
    return g


def relationship_shape(graph: nx.Graph) -> str:
    """``"bow_tie"`` if every link runs through one person at A, else ``"diamond"``.

    In the bow-tie one person at A (the salesperson) holds all the links; in the
    diamond several people at A, from several functions, meet their counterparts.

    Parameters
    ----------
    graph : networkx.Graph
        A relationship map, e.g. from :func:`plan_graph` or :func:`relationship_map`.

    Returns
    -------
    str
        ``"bow_tie"`` or ``"diamond"``.

    Raises
    ------
    TypeError
        If ``graph`` is not a networkx Graph.
    ValueError
        If it has no link.

    References
    ----------
    McDonald, Millman & Rogers (1997), the bow-tie and diamond relationships.

    Examples
    --------
    >>> shape = relationship_shape(plan_graph(PLANS["diamond"]))
    >>> shape
    'diamond'
    """
    if not isinstance(graph, nx.Graph):
        raise KamlabTypeError(
            f"relationship_shape: parameter 'graph' must be a networkx Graph, got {type(graph).__name__}."
        )
    a_side = {n for n, d in graph.nodes(data=True) if d.get("side") == "A" and graph.degree(n) > 0}
    if not a_side:
        raise KamlabValueError("relationship_shape: the graph has no link between A and B; expected at least one.")
    return "bow_tie" if len(a_side) == 1 else "diamond"


# ---- risk of losing the account ----------------------------------------------------------------
def _probabilities(probabilities, func, name="probabilities") -> np.ndarray:
    if isinstance(probabilities, (str, bytes)) or not isinstance(probabilities, Iterable):
        raise KamlabTypeError(
            f"{func}: parameter '{name}' must be a sequence of numbers in [0, 1], got {type(probabilities).__name__}."
        )
    values = [check_fraction(p, f"{name}[{i}]", func) for i, p in enumerate(probabilities)]
    return np.asarray(values, dtype=float)


def loss_probability_independent(probabilities) -> float:
    """Probability that every link is lost in a year, links lost independently.

    P = p_1 x p_2 x ... x p_n. The account is kept while at least one link holds.
    Independence is an assumption: links that run through the same person fail
    together when that person leaves (see :func:`loss_probability_by_person`).
    With no link at all, the account is already lost: P = 1.

    Parameters
    ----------
    probabilities : sequence of float
        Each link's probability of being lost in a year, in [0, 1].

    Returns
    -------
    float

    Raises
    ------
    TypeError
        If ``probabilities`` is not a sequence or holds a non-number.
    ValueError
        If a probability is outside [0, 1].

    References
    ----------
    Chapter 4, case K1; the probability that all of n independent events happen is the
    product of their probabilities (Feller, An Introduction to Probability Theory and
    Its Applications, vol. 1, ch. V).

    Examples
    --------
    >>> round(loss_probability_independent([0.3, 0.2, 0.1]), 6)
    0.006
    >>> loss_probability_independent([0.3])
    0.3
    """
    p = _probabilities(probabilities, "loss_probability_independent")
    return float(np.prod(p)) if p.size else 1.0


def loss_probability_by_person(links, departure, *, knowledge_capture: float = 0.0) -> float:
    """Probability that every link is lost when links through one person fail together.

    Each A person s leaves within the year with probability q_s. If s stays, each of
    s's links is lost independently with its own p_i. If s leaves, each of s's links
    is taken over by a successor with probability c (the knowledge captured in the
    CRM record) and then lost with p_i; otherwise it is lost with s. People leave
    independently of each other. So

        P = prod over s of [ q_s x prod_i (1 - c (1 - p_i)) + (1 - q_s) x prod_i p_i ].

    With q_s = 0 for everybody this is :func:`loss_probability_independent`.

    Parameters
    ----------
    links : sequence of (person, float)
        For each link, the A person it runs through and its loss probability p_i.
    departure : float or mapping of person to float
        q_s, the probability that a person leaves within the year (one number for
        everybody, or one per person; people not in the mapping get 0).
    knowledge_capture : float, default 0.0
        c, in [0, 1].

    Returns
    -------
    float

    Raises
    ------
    TypeError
        If ``links`` is not a sequence of pairs or a probability is not a number.
    ValueError
        If a probability is outside [0, 1].

    References
    ----------
    Chapter 4, case K1: Lu resigned and B, whose executives knew only Lu, left.

    Examples
    --------
    >>> lu = [("Lu", 0.3), ("Lu", 0.2), ("Lu", 0.1)]
    >>> round(loss_probability_by_person(lu, 0.0), 6)         # = 0.3 x 0.2 x 0.1
    0.006
    >>> loss_probability_by_person(lu, {"Lu": 1.0})           # Lu resigns, nothing captured
    1.0
    >>> round(loss_probability_by_person(lu, 0.1), 4)         # 0.1 + 0.9 x 0.006
    0.1054
    """
    func = "loss_probability_by_person"
    if isinstance(links, (str, bytes)) or not isinstance(links, Iterable):
        raise KamlabTypeError(
            f"{func}: parameter 'links' must be a sequence of (person, probability) pairs, got {type(links).__name__}."
        )
    links = list(links)
    for i, link in enumerate(links):
        if not isinstance(link, (tuple, list)) or len(link) != 2:
            raise KamlabTypeError(f"{func}: links[{i}] = {link!r}; expected a (person, probability) pair.")
    c = check_fraction(knowledge_capture, "knowledge_capture", func)
    p = _probabilities([pr for _, pr in links], func, "links' probabilities")
    by_person: dict[object, list[float]] = {}
    for (person, _), pi in zip(links, p):
        by_person.setdefault(person, []).append(float(pi))
    if isinstance(departure, Mapping):
        q = {s: check_fraction(v, f"departure[{s!r}]", func) for s, v in departure.items()}
    else:
        q0 = check_fraction(departure, "departure", func)
        q = dict.fromkeys(by_person, q0)
    total = 1.0
    for person, ps in by_person.items():
        qs = q.get(person, 0.0)
        stays = math.prod(ps)
        leaves = math.prod(1.0 - c * (1.0 - pi) for pi in ps)
        total *= qs * leaves + (1.0 - qs) * stays
    return float(total)


def link_loss_probability(hours, *, floor: float = 0.05, half_hours: float = 10.0):
    """Yearly probability that a link is lost, given the hours a year spent on it.

    p(h) = floor + (1 - floor) x 2^(-h / half_hours): a link nobody works on is lost
    (p(0) = 1); every ``half_hours`` halve the distance to the floor, so the first
    hours matter most. An illustrative assumption, not a measured curve.

    Parameters
    ----------
    hours : float or array_like
        Hours a year (>= 0).
    floor : float, default 0.05
        Lowest yearly loss probability, in [0, 1].
    half_hours : float, default 10.0
        Hours that halve the distance to the floor (> 0).

    Returns
    -------
    float or numpy.ndarray

    Raises
    ------
    TypeError
        If an argument is not a number.
    ValueError
        If hours are negative, the floor is outside [0, 1] or half_hours <= 0.

    Examples
    --------
    >>> link_loss_probability(0.0)
    1.0
    >>> round(link_loss_probability(10.0), 3)
    0.525
    """
    func = "link_loss_probability"
    floor = check_fraction(floor, "floor", func)
    half_hours = check_number(half_hours, "half_hours", func, minimum=0.0, strict_minimum=True)
    if np.ndim(hours) == 0 and not isinstance(hours, np.ndarray):
        hours = check_number(hours, "hours", func, minimum=0.0)
        return float(floor + (1.0 - floor) * 2.0 ** (-hours / half_hours))
    try:
        h = as_value_array(hours, "hours", func, minimum=None, allow_empty=True)
    except KamlabValueError as exc:
        raise KamlabValueError(f"{exc} Expected hours >= 0.") from None
    if np.any(h < 0):
        raise KamlabValueError(f"{func}: parameter 'hours' has values that are negative or not finite; expected >= 0.")
    with np.errstate(over="ignore"):  # hours / half_hours beyond float range: the floor, exactly
        return floor + (1.0 - floor) * 2.0 ** (-h / half_hours)


# ---- the contact plan ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Link:
    """One working relationship: an A person meets a B person for some hours a year.

    Examples
    --------
    >>> Link("S01", "小李", 60.0).hours
    60.0
    """

    staff_id: str
    customer_person: str
    hours: float

    def __post_init__(self):
        func = "Link"
        if not isinstance(self.staff_id, str) or not self.staff_id:
            raise KamlabTypeError(f"{func}: parameter 'staff_id' must be a non-empty str, got {self.staff_id!r}.")
        if not isinstance(self.customer_person, str) or self.customer_person not in B_PEOPLE:
            raise KamlabValueError(
                f"{func}: parameter 'customer_person' = {self.customer_person!r}; "
                f"expected one of {', '.join(B_PEOPLE)}."
            )
        object.__setattr__(self, "hours", check_number(self.hours, "hours", func, minimum=0.0))


@dataclass(frozen=True)
class ContactPlan:
    """Who at A meets whom at B, for how many hours a year, and the knowledge captured.

    Parameters
    ----------
    links : tuple of Link
        The links worked on (links with 0 hours are allowed and count as lost).
    knowledge_capture : float, default 0.0
        Share of the account knowledge kept in a CRM record (contacts, history,
        agreements, open issues) rather than in one head, in [0, 1].
    name : str, default ""
        A label for the plan.

    Raises
    ------
    TypeError
        If ``links`` holds something that is not a :class:`Link`.
    ValueError
        If ``knowledge_capture`` is outside [0, 1] or a pair appears twice.

    Examples
    --------
    >>> PLANS["bow_tie"].hours_total
    120.0
    >>> sorted(PLANS["diamond"].people)
    ['S01', 'S17', 'S18', 'S20']
    """

    links: tuple
    knowledge_capture: float = 0.0
    name: str = ""

    def __post_init__(self):
        func = "ContactPlan"
        links = as_tuple(self.links, "links", func, "a sequence of Link")
        for i, link in enumerate(links):
            if not isinstance(link, Link):
                raise KamlabTypeError(f"{func}: links[{i}] must be a Link, got {type(link).__name__}.")
        pairs = [(k.staff_id, k.customer_person) for k in links]
        if len(set(pairs)) != len(pairs):
            dup = next(p for p in pairs if pairs.count(p) > 1)
            raise KamlabValueError(f"{func}: the link {dup!r} appears twice; expected each pair once.")
        object.__setattr__(self, "links", links)
        object.__setattr__(self, "knowledge_capture", check_fraction(self.knowledge_capture, "knowledge_capture", func))

    @property
    def hours_total(self) -> float:
        """Hours a year over all links."""
        return float(sum(k.hours for k in self.links))

    @property
    def people(self) -> set:
        """A's people with at least one hour on a link."""
        return {k.staff_id for k in self.links if k.hours > 0}


#: The two plans of the lesson: Lu alone (what A did) and a cross-functional diamond,
#: both 120 hours a year.
PLANS = {
    "bow_tie": ContactPlan(
        (Link(K1_LU, "小李", 60.0), Link(K1_LU, "周经理", 40.0), Link(K1_LU, "孙总", 20.0)), 0.0, "bow_tie"
    ),
    "diamond": ContactPlan(
        (
            Link(K1_LU, "小李", 40.0),
            Link(K1_LU, "周经理", 20.0),
            Link("S17", "周经理", 20.0),
            Link("S18", "孙总", 20.0),
            Link("S20", "钱工", 20.0),
        ),
        0.5,
        "diamond",
    ),
}

#: A's people in the case, by staff id: (Chinese name, English name), as :data:`B_PEOPLE` names B's.
A_PEOPLE = {
    "S01": ("陆经理", "Manager Lu"),
    "S17": ("马经理", "Manager Ma"),
    "S18": ("杨副总", "VP Yang"),
    "S19": ("黄副总", "VP Huang"),
    "S20": ("朱工", "Engineer Zhu"),
    "S23": ("小唐", "Xiao Tang"),
}


def plan_graph(plan: ContactPlan) -> nx.Graph:
    """The relationship map of a contact plan (links with hours > 0; edge attribute ``hours``).

    Parameters
    ----------
    plan : ContactPlan

    Returns
    -------
    networkx.Graph
        Nodes ``A:<staff_id>`` and ``B:<person>`` with ``side``, ``name_zh``, ``name_en``,
        ``role``; one edge per link with hours > 0.

    Raises
    ------
    TypeError
        If ``plan`` is not a ContactPlan.

    Examples
    --------
    >>> plan_graph(PLANS["bow_tie"]).number_of_edges()
    3
    """
    if not isinstance(plan, ContactPlan):
        raise KamlabTypeError(f"plan_graph: parameter 'plan' must be a ContactPlan, got {type(plan).__name__}.")
    g = nx.Graph(name=plan.name)
    for k in plan.links:
        if k.hours <= 0:
            continue
        zh, en = A_PEOPLE.get(k.staff_id, (k.staff_id, k.staff_id))
        g.add_node(f"A:{k.staff_id}", side="A", name_zh=zh, name_en=en, role="")
        b_en, b_role = B_PEOPLE[k.customer_person]
        g.add_node(f"B:{k.customer_person}", side="B", name_zh=k.customer_person, name_en=b_en, role=b_role)
        g.add_edge(f"A:{k.staff_id}", f"B:{k.customer_person}", hours=k.hours)
    return g


@dataclass(frozen=True)
class PlanRisk:
    """What :func:`assess_plan` finds: loss probabilities and expected revenue loss.

    Attributes
    ----------
    plan : ContactPlan
    links : pandas.DataFrame
        One row per link: ``staff_id``, ``customer_person``, ``hours``, ``loss_probability``.
    hours_total, budget_hours : float
    within_budget : bool
    p_independent : float
        Every link lost, links independent, nobody leaves.
    p_loss : float
        Every link lost in a normal year (everybody may leave with ``departure``).
    p_loss_lu_resigns : float
        Every link lost in the year Lu resigns.
    revenue : float
        The account's yearly revenue (yuan).
    expected_loss, expected_loss_lu_resigns : float
        revenue x p_loss and revenue x p_loss_lu_resigns (yuan).
    """

    plan: ContactPlan
    links: pd.DataFrame
    hours_total: float
    budget_hours: float
    within_budget: bool
    p_independent: float
    p_loss: float
    p_loss_lu_resigns: float
    revenue: float
    expected_loss: float
    expected_loss_lu_resigns: float


def assess_plan(
    plan: ContactPlan,
    *,
    budget_hours: float = 120.0,
    departure: float = 0.10,
    revenue: float = 3_000_000.0,
    floor: float = 0.05,
    half_hours: float = 10.0,
) -> PlanRisk:
    """Loss probability and expected revenue loss of a contact plan, with and without Lu.

    Each link's yearly loss probability comes from its hours
    (:func:`link_loss_probability`); the account is lost when every link is lost
    (:func:`loss_probability_by_person`, each of A's people leaving with probability
    ``departure``; in the scenario "Lu resigns", Lu leaves for certain).

    Parameters
    ----------
    plan : ContactPlan
    budget_hours : float, default 120.0
        Hours a year A can spend on the account (> 0); the plan is flagged, not
        rejected, when it needs more.
    departure : float, default 0.10
        Yearly probability that one of A's people leaves, in [0, 1].
    revenue : float, default 3,000,000
        B's yearly revenue (yuan, >= 0).
    floor, half_hours : float
        As in :func:`link_loss_probability`.

    Returns
    -------
    PlanRisk

    Raises
    ------
    TypeError
        If ``plan`` is not a ContactPlan or a number is not a number.
    ValueError
        If a number is out of range.

    References
    ----------
    Chapter 4, case K1 (300万元, 13%; Lu resigns, B ends its cooperation).

    Examples
    --------
    >>> bow = assess_plan(PLANS["bow_tie"])
    >>> round(bow.p_loss, 4), bow.p_loss_lu_resigns
    (0.1018, 1.0)
    >>> dia = assess_plan(PLANS["diamond"])
    >>> round(dia.p_loss_lu_resigns, 3), round(dia.expected_loss_lu_resigns)
    (0.012, 36141)
    """
    func = "assess_plan"
    if not isinstance(plan, ContactPlan):
        raise KamlabTypeError(f"{func}: parameter 'plan' must be a ContactPlan, got {type(plan).__name__}.")
    budget_hours = check_number(budget_hours, "budget_hours", func, minimum=0.0, strict_minimum=True)
    departure = check_fraction(departure, "departure", func)
    revenue = check_number(revenue, "revenue", func, minimum=0.0)
    hours = np.array([k.hours for k in plan.links], dtype=float)
    p = link_loss_probability(hours, floor=floor, half_hours=half_hours)
    table = pd.DataFrame(
        {
            "staff_id": [k.staff_id for k in plan.links],
            "customer_person": [k.customer_person for k in plan.links],
            "hours": hours,
            "loss_probability": p,
        }
    )
    pairs = list(zip(table["staff_id"], table["loss_probability"].astype(float)))
    people = {k.staff_id for k in plan.links}
    normal = loss_probability_by_person(
        pairs, dict.fromkeys(people, departure), knowledge_capture=plan.knowledge_capture
    )
    resign = loss_probability_by_person(
        pairs, {**dict.fromkeys(people, departure), K1_LU: 1.0}, knowledge_capture=plan.knowledge_capture
    )
    total = plan.hours_total
    return PlanRisk(
        plan,
        table,
        total,
        budget_hours,
        total <= budget_hours + 1e-9,
        loss_probability_independent(p.tolist()),
        normal,
        resign,
        revenue,
        revenue * normal,
        revenue * resign,
    )


# ---- revenue at risk -----------------------------------------------------------------------------
def plan_variants() -> list[ContactPlan]:
    """The four plans lesson 04 compares, changing one factor at a time.

    The bow-tie of 2007, the bow-tie with half the account knowledge in a CRM record
    (``bow_tie_crm``), the diamond without a record (``diamond_no_crm``), and the diamond.

    Returns
    -------
    list of ContactPlan
        In that order; the two variants differ from :data:`PLANS` only in
        ``knowledge_capture`` and ``name``.

    Examples
    --------
    >>> [(p.name, p.knowledge_capture) for p in plan_variants()]
    [('bow_tie', 0.0), ('bow_tie_crm', 0.5), ('diamond_no_crm', 0.0), ('diamond', 0.5)]
    """
    bow, dia = PLANS["bow_tie"], PLANS["diamond"]
    return [
        bow,
        replace(bow, knowledge_capture=0.5, name="bow_tie_crm"),
        replace(dia, knowledge_capture=0.0, name="diamond_no_crm"),
        dia,
    ]


def risk_table(risks) -> pd.DataFrame:
    """The plans' risks side by side: loss probabilities (%) and expected losses (yuan), rounded to 2 decimals.

    Parameters
    ----------
    risks : iterable of PlanRisk
        Results of :func:`assess_plan`.

    Returns
    -------
    pandas.DataFrame
        One row per plan (index: the plan's name); columns ``p_loss_pct``,
        ``expected_loss``, ``p_loss_lu_resigns_pct``, ``expected_loss_lu_resigns``.

    Raises
    ------
    KamlabTypeError
        If an element is not a :class:`PlanRisk`.

    Examples
    --------
    >>> risk_table([assess_plan(PLANS["diamond"])]).loc["diamond", "p_loss_pct"]
    np.float64(0.22)
    """
    rows = {}
    for r in risks:
        if not isinstance(r, PlanRisk):
            raise KamlabTypeError(f"risk_table: each element of 'risks' must be a PlanRisk, got {type(r).__name__}.")
        rows[r.plan.name] = {
            "p_loss_pct": 100 * r.p_loss,
            "expected_loss": r.expected_loss,
            "p_loss_lu_resigns_pct": 100 * r.p_loss_lu_resigns,
            "expected_loss_lu_resigns": r.expected_loss_lu_resigns,
        }
    return pd.DataFrame(rows).T.round(2)


@dataclass(frozen=True)
class RevenueAtRisk:
    """B's revenue, A's total sales, B's share and where it stands against the two lines."""

    account_id: str
    revenue: float
    total_sales: float
    share: float
    rank: int
    disclosure_line: float
    major_line: float
    above_disclosure: bool
    major_dependence: bool


def revenue_at_risk(
    accounts: pd.DataFrame, *, account_id: str = K1_CUSTOMER_B, disclosure: float = 0.10, major: float = 0.50
) -> RevenueAtRisk:
    """How much of A's sales one account holds, against the 10% and 50% lines.

    Uses :func:`kamlab.dependence_flags` (10%: disclosable major customer; above 50%:
    major dependence).

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts with ``account_id`` and ``revenue``.
    account_id : str, default "C0001"
    disclosure, major : float
        As in :func:`kamlab.dependence_flags`.

    Returns
    -------
    RevenueAtRisk

    Raises
    ------
    TypeError, ValueError
        As :func:`kamlab.dependence_flags`; ValueError if the account is not in the table.

    References
    ----------
    Chapter 4, case K1: 300万元, 13% of A's sales. IFRS 8.34 (10% major customer).

    Examples
    --------
    >>> import kamlab
    >>> r = revenue_at_risk(kamlab.load_k1_case().accounts)
    >>> r.revenue, round(r.share, 4), r.above_disclosure, r.major_dependence
    (3000000.0, 0.13, True, False)
    """
    func = "revenue_at_risk"
    flags = dependence_flags(accounts, disclosure=disclosure, major=major)
    hit = flags[flags["account_id"].astype(str) == str(account_id)]
    if hit.empty:
        raise KamlabValueError(
            f"{func}: account_id={account_id!r} is not in 'accounts'; "
            f"expected one of its {len(flags)} account ids (e.g. {flags['account_id'].iloc[0]!r})."
        )
    row = hit.iloc[0]
    return RevenueAtRisk(
        str(account_id),
        float(row["value"]),
        float(flags["value"].sum()),
        float(row["share"]),
        int(row["rank"]),
        float(disclosure),
        float(major),
        bool(row["disclosure"]),
        bool(row["major_dependence"]),
    )
