"""The organisation of KAM (chapter P2): inverted pyramid and the cross-functional account team.

The chapter (P2, "the push for KAM lacks support from organisational and process change")
asks for a customer-driven *inverted pyramid* organisation, a specialised KAM department,
cross-team and cross-functional key-account support teams, processes re-integrated
around key accounts, and R&D, manufacturing and marketing unified in one value chain
that turns key-account needs into internal duties. Its support list (M5) names what a
key account needs from its supplier: industry and market outlook analysis, product
selling points, the best-selling products, timely delivery, joining the account's
in-store promotions.

This module turns that into a small model of *who the account can reach directly*:

* :data:`FUNCTIONS`, the supplier's functions; :data:`NEEDS`, a key account's needs,
  each owned by one function, with a number of requests per year;
* :func:`handoffs`, the number of handoffs a request takes in a structure;
* :class:`TeamDesign` / :func:`team_design`, a team design (which functions face the
  account) and its coverage, handoffs, response days, the chance the request's
  information arrives intact, and the team's yearly cost.

The trade-off is the lesson: more functions facing the account means fewer handoffs,
faster and truer answers, and a higher cost.

Our model (teaching assumptions, not from the chapter)
------------------------------------------------------
* Hierarchy: the account talks to its salesperson (1 handoff). A request owned by sales
  stops there; any other request goes salesperson -> sales manager -> the other
  function's head -> the function: 4 handoffs. Naming people of other functions to an
  "account team" changes nothing about the route (the chain of command still carries
  every request) but their hours are still paid: a team without the structure and
  processes behind it costs money and saves nothing (P2).
* Inverted pyramid with a key-account team: the key-account manager (in sales) always
  faces the account, so ``"sales"`` is always in the team. A function that faces the
  account is reached directly (1 handoff); one that does not is reached through the
  key-account manager (2 handoffs).
* The numbers of requests per year in :data:`NEEDS`, the hours each facing function
  gives the account, the days per handoff and the share of information lost per
  handoff are teaching assumptions. The loss per handoff follows the spirit of cases
  K1 and K2 (information lost when it is relayed person to person).
* Hourly rates (:data:`HOURLY_RATES`) come from the resource pools of
  :data:`kamlab.analytics.DEFAULT_COST_MODEL` (sales 400, service 250, order desk 150,
  logistics 150 yuan per hour); which pool a function is charged at is our
  assumption (marketing at the sales rate; R&D at the service-and-engineers rate;
  manufacturing at the logistics rate; finance at the order-desk rate).

References
----------
Chapter 4, P2 and M5. Homburg, C., Workman, J. P. & Jensen, O. (2002). A configurational
perspective on key account management. Journal of Marketing, 66(2), 38-60 (KAM
configurations differ in who is involved and how formalised the team is).
Workman, J. P., Homburg, C. & Jensen, O. (2003). Intraorganizational determinants of key
account management effectiveness. Journal of the Academy of Marketing Science, 31(1),
3-21 (team, resources and structure of KAM as determinants of effectiveness).
McDonald, M. & Woodburn, D. (2007). Key Account Management: the definitive guide.
Butterworth-Heinemann (cross-functional key-account teams).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from ..._validate import check_choice, check_fraction, check_hours, check_number
from ...analytics import DEFAULT_COST_MODEL
from ...errors import KamlabTypeError, KamlabValueError

__all__ = [
    "FUNCTIONS",
    "STRUCTURES",
    "NEEDS",
    "Need",
    "HOURLY_RATES",
    "handoffs",
    "TeamDesign",
    "team_design",
    "compare_designs",
]

#: The supplier's functions, in the order every table and plot shows them.
FUNCTIONS = ("sales", "rnd", "manufacturing", "marketing", "service", "logistics", "finance")

#: The two structures compared.
STRUCTURES = ("hierarchy", "inverted")


@dataclass(frozen=True)
class Need:
    """A key account's need: a code, the function that owns it, requests per year."""

    code: str
    function: str
    requests_per_year: int


#: A key account's needs. The first five are the chapter's support list (M5); the rest
#: complete the picture. Requests per year are teaching assumptions.
NEEDS = (
    Need("market_outlook", "marketing", 4),  # M5: industry and market outlook analysis
    Need("selling_points", "marketing", 6),  # M5: product selling points
    Need("best_sellers", "manufacturing", 24),  # M5: supplying the best-selling products
    Need("timely_delivery", "logistics", 48),  # M5: timely delivery
    Need("in_store_promotion", "marketing", 6),  # M5: joining in-store promotions
    Need("technical_solutions", "rnd", 12),
    Need("after_sales_service", "service", 30),
    Need("prices_terms", "sales", 10),
    Need("invoicing_credit", "finance", 12),
)


def _pool_rate(name: str) -> float:
    pool = next(p for p in DEFAULT_COST_MODEL.pools if p.name == name)
    return pool.capacity_cost / (pool.practical_capacity / 60.0)


# function -> resource pool of DEFAULT_COST_MODEL whose hourly rate it is charged at (our assumption)
_RATE_POOL = {
    "sales": "sales",
    "marketing": "sales",
    "rnd": "service",
    "service": "service",
    "manufacturing": "logistics",
    "logistics": "logistics",
    "finance": "order_desk",
}

#: Yuan per hour of each function, from the pools of DEFAULT_COST_MODEL (see the module notes).
HOURLY_RATES = {f: _pool_rate(_RATE_POOL[f]) for f in FUNCTIONS}


def _facing(facing, func: str) -> tuple[str, ...]:
    if isinstance(facing, str):
        facing = (facing,)
    if not isinstance(facing, Iterable):
        raise KamlabTypeError(
            f"{func}: parameter 'facing' must be an iterable of function names "
            f"(e.g. ('sales', 'logistics')), got {type(facing).__name__}."
        )
    names = list(facing)
    for name in names:
        if not isinstance(name, str):
            raise KamlabTypeError(
                f"{func}: parameter 'facing' must hold function names (str), got {type(name).__name__} {name!r}."
            )
    unknown = [n for n in names if n not in FUNCTIONS]
    if unknown:
        raise KamlabValueError(
            f"{func}: parameter 'facing' has unknown function(s) "
            f"{', '.join(repr(n) for n in unknown)}; valid functions: {', '.join(FUNCTIONS)}."
        )
    chosen = set(names) | {"sales"}  # the key-account manager (in sales) always faces the account
    return tuple(f for f in FUNCTIONS if f in chosen)


def handoffs(function: str, facing, structure: str = "inverted") -> int:
    """Handoffs a request owned by ``function`` takes from the account to the function.

    Hierarchy: 1 for sales, 4 for any other function (salesperson -> sales manager ->
    function head -> function). Inverted pyramid: 1 when the function faces the account,
    2 otherwise (through the key-account manager). ``"sales"`` always faces. Our model.

    Parameters
    ----------
    function : str
        One of :data:`FUNCTIONS`.
    facing : iterable of str
        Functions that face the account.
    structure : {"hierarchy", "inverted"}

    Returns
    -------
    int

    Raises
    ------
    TypeError, ValueError
        For an unknown function or structure, or a bad ``facing``.

    References
    ----------
    Chapter 4, P2 (inverted pyramid; key-account support teams). The hop counts are
    our model (see the module notes).

    Examples
    --------
    >>> handoffs("logistics", ["sales"], "hierarchy"), handoffs("logistics", ["sales"])
    (4, 2)
    >>> handoffs("logistics", ["logistics"])
    1
    """
    func = "handoffs"
    check_choice(function, "function", func, FUNCTIONS)
    check_choice(structure, "structure", func, STRUCTURES)
    faces = _facing(facing, func)
    if function == "sales":
        return 1
    if structure == "hierarchy":
        return 4
    return 1 if function in faces else 2


@dataclass(frozen=True)
class TeamDesign:
    """A key-account team: which functions face the account, in which structure.

    Build it with :func:`team_design`. All results are computed from the parameters.

    Parameters
    ----------
    facing : tuple of str
        Functions facing the account, in :data:`FUNCTIONS` order; ``"sales"`` (the
        key-account manager) is always added.
    structure : {"hierarchy", "inverted"}
    hours_per_facing_function : float
        Hours per year each facing function gives this account, 0 to
        :data:`MAX_HOURS_PER_FUNCTION` (8,760, every hour of a year).
    days_per_handoff : float
        Working days each handoff adds to the response, 0 to :data:`MAX_DAYS_PER_HANDOFF` (365).
    loss_per_handoff : float
        Share of a request's information lost at each handoff, in [0, 1].

    Attributes (properties)
    -----------------------
    coverage : float
        Share of the year's requests answered directly (1 handoff) by a function facing the account.
    mean_handoffs, mean_response_days, intact : float
        Request-weighted means over :data:`NEEDS`; ``intact`` is the mean chance that
        a request's information arrives intact, (1 - loss) ** handoffs.
    annual_cost : float
        Facing functions x hours x each function's hourly rate (yuan per year).

    Examples
    --------
    >>> d = TeamDesign(("sales",), "inverted", 200.0, 1.0, 0.1)
    >>> d.annual_cost
    80000.0
    """

    facing: tuple
    structure: str = "inverted"
    hours_per_facing_function: float = 200.0
    days_per_handoff: float = 1.0
    loss_per_handoff: float = 0.10

    def __post_init__(self):
        func = "TeamDesign"
        object.__setattr__(self, "facing", _facing(self.facing, func))
        check_choice(self.structure, "structure", func, STRUCTURES)
        object.__setattr__(
            self,
            "hours_per_facing_function",
            check_hours(
                self.hours_per_facing_function, "hours_per_facing_function", func, maximum=MAX_HOURS_PER_FUNCTION
            ),
        )
        object.__setattr__(
            self,
            "days_per_handoff",
            check_number(self.days_per_handoff, "days_per_handoff", func, minimum=0, maximum=MAX_DAYS_PER_HANDOFF),
        )
        object.__setattr__(self, "loss_per_handoff", check_fraction(self.loss_per_handoff, "loss_per_handoff", func))

    # ---- per need ------------------------------------------------------------------------------------
    def handoffs(self) -> dict[str, int]:
        """Handoffs per need code.

        Returns
        -------
        dict of str to int
            Need code -> handoffs from the account to the function that owns the need
            (:func:`handoffs` with this design's ``facing`` and ``structure``), in
            :data:`NEEDS` order.
        """
        return {n.code: handoffs(n.function, self.facing, self.structure) for n in NEEDS}

    def table(self) -> pd.DataFrame:
        """One row per need: ``need``, ``function``, ``requests``, ``faces`` (direct, 1 handoff),
        ``handoffs``, ``response_days``, ``intact``.

        Returns
        -------
        pandas.DataFrame
            One row per need in :data:`NEEDS` order: ``need`` (code), ``function`` (its
            owner), ``requests`` (per year), ``faces`` (bool: exactly 1 handoff),
            ``handoffs``, ``response_days`` (handoffs x ``days_per_handoff``) and
            ``intact`` ((1 - ``loss_per_handoff``) ** handoffs).
        """
        h = self.handoffs()
        rows = []
        for n in NEEDS:
            k = h[n.code]
            rows.append(
                {
                    "need": n.code,
                    "function": n.function,
                    "requests": n.requests_per_year,
                    "faces": k == 1,
                    "handoffs": k,
                    "response_days": k * self.days_per_handoff,
                    "intact": (1.0 - self.loss_per_handoff) ** k,
                }
            )
        return pd.DataFrame(rows)

    # ---- summaries -----------------------------------------------------------------------------------
    def _weighted(self, column: str) -> float:
        tab = self.table()
        return float((tab[column] * tab["requests"]).sum() / tab["requests"].sum())

    @property
    def coverage(self) -> float:
        """Share of the year's requests reached directly by a function facing the account."""
        return self._weighted("faces")

    @property
    def mean_handoffs(self) -> float:
        """Mean handoffs per request (weighted by requests per year)."""
        return self._weighted("handoffs")

    @property
    def mean_response_days(self) -> float:
        """Mean response days per request: mean handoffs x days per handoff."""
        return self._weighted("response_days")

    @property
    def intact(self) -> float:
        """Mean chance that a request's information survives the handoffs intact."""
        return self._weighted("intact")

    def cost_by_function(self) -> dict[str, float]:
        """Yearly cost of each facing function: hours x its hourly rate (yuan).

        Returns
        -------
        dict of str to float
            Facing function -> ``hours_per_facing_function`` x its rate in
            :data:`HOURLY_RATES`, yuan a year, in ``facing`` order.
        """
        return {f: self.hours_per_facing_function * HOURLY_RATES[f] for f in self.facing}

    @property
    def annual_cost(self) -> float:
        """Yearly cost of the team (yuan)."""
        return float(sum(self.cost_by_function().values()))

    def summary(self) -> dict[str, float]:
        """The headline numbers in one dict.

        Returns
        -------
        dict of str to float
            ``coverage``, ``mean_handoffs``, ``mean_response_days``, ``intact``,
            ``annual_cost`` (yuan) as in the properties of the same names, and
            ``team_size`` (int: number of facing functions).
        """
        return {
            "coverage": self.coverage,
            "mean_handoffs": self.mean_handoffs,
            "mean_response_days": self.mean_response_days,
            "intact": self.intact,
            "annual_cost": self.annual_cost,
            "team_size": len(self.facing),
        }


#: Upper bound of ``hours_per_facing_function`` (every hour of a year).
MAX_HOURS_PER_FUNCTION = 8_760.0

#: Upper bound of ``days_per_handoff`` (a year).
MAX_DAYS_PER_HANDOFF = 365.0


def team_design(
    facing=("sales",),
    *,
    structure: str = "inverted",
    hours_per_facing_function: float = 200.0,
    days_per_handoff: float = 1.0,
    loss_per_handoff: float = 0.10,
) -> TeamDesign:
    """A key-account team design and its results (see :class:`TeamDesign`).

    Parameters
    ----------
    facing : iterable of str, default ("sales",)
        Functions of :data:`FUNCTIONS` facing the account; ``"sales"`` (the key-account
        manager) is always added.
    structure : {"hierarchy", "inverted"}, default "inverted"
    hours_per_facing_function : float, default 200
        Hours per year each facing function gives the account (teaching assumption:
        about half a day a week).
    days_per_handoff : float, default 1.0
        Working days each handoff adds (teaching assumption).
    loss_per_handoff : float, default 0.10
        Share of the information lost at each handoff (teaching assumption, as in
        cases K1, runaway horse, and K2, complaint relay), in [0, 1].

    Returns
    -------
    TeamDesign

    Raises
    ------
    TypeError
        If ``facing`` is not an iterable of str or a number is not a number.
    ValueError
        For an unknown function (the valid ones are listed) or structure, a negative
        number of hours or days, a loss outside [0, 1].

    References
    ----------
    Chapter 4, P2 (inverted pyramid; cross-functional key-account support teams) and
    M5 (support list). Homburg, Workman & Jensen (2002), J. Marketing 66(2).

    Examples
    --------
    >>> d = team_design(["sales", "logistics"])
    >>> round(d.coverage, 4), round(d.mean_handoffs, 4), d.annual_cost
    (0.3816, 1.6184, 110000.0)
    >>> h = team_design(["sales", "logistics"], structure="hierarchy")
    >>> round(h.coverage, 4), round(h.mean_handoffs, 4)
    (0.0658, 3.8026)
    """
    return TeamDesign(facing, structure, hours_per_facing_function, days_per_handoff, loss_per_handoff)


def compare_designs(designs) -> pd.DataFrame:
    """Several team designs side by side: one row per design, the columns of :meth:`TeamDesign.summary`.

    Parameters
    ----------
    designs : mapping of str to TeamDesign
        Name -> design, in the order the rows should have.

    Returns
    -------
    pandas.DataFrame
        Index ``design``; columns ``coverage``, ``mean_handoffs``, ``mean_response_days``,
        ``intact``, ``annual_cost``, ``team_size``.

    Raises
    ------
    TypeError
        If ``designs`` is not a mapping of names to TeamDesign objects.
    ValueError
        If it is empty.

    Examples
    --------
    >>> t = compare_designs({"hierarchy": team_design(structure="hierarchy"), "inverted": team_design()})
    >>> t["mean_handoffs"].round(2).tolist()
    [3.8, 1.93]
    """
    func = "compare_designs"
    if not isinstance(designs, Mapping):
        raise KamlabTypeError(
            f"{func}: parameter 'designs' must be a mapping of name -> TeamDesign, got {type(designs).__name__}."
        )
    if not designs:
        raise KamlabValueError(f"{func}: parameter 'designs' is empty; give at least one name -> TeamDesign.")
    for name, design in designs.items():
        if not isinstance(design, TeamDesign):
            raise KamlabTypeError(
                f"{func}: design {name!r} must be a TeamDesign (from team_design), got {type(design).__name__}."
            )
    table = pd.DataFrame.from_dict({name: d.summary() for name, d in designs.items()}, orient="index")
    table["team_size"] = table["team_size"].astype(int)
    table.index.name = "design"
    return table
