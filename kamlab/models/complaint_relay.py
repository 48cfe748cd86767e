"""Case K2 "complaint relay" (抱怨传递): the models of lesson 05.

B's buyer Xiao Li calls A's salesperson Xiao Zhang, angry: when will the spare parts he
ordered two weeks ago arrive? Xiao Zhang drops everything, runs to the departments
involved and berates them in turn, and promises B that he will bring the parts himself
that afternoon. It looks customer-oriented; the chapter reads it as a sign that sales is
not managed: the customer and the customer-service department had incomplete or wrong
information, and the salesperson is passive. Lesson: value KAM, build KAM processes.

* :class:`WayOfWorking` describes how A handles a complaint with two numbers in [0, 1]:
  ``information_completeness`` (how much of the order's status is on a shared record
  rather than in one salesperson's head) and ``process_maturity`` (service levels, an
  escalation path, a named owner). :data:`HEROIC` and :data:`KAM` are the two ways the
  lesson compares.
* :func:`complaint_rates` turns a way of working into per-complaint rates:
  first-contact resolution, contacts per complaint (1 / first-contact resolution),
  days to resolve, chance that a promise is broken, salesperson hours, other customers
  delayed, chance of a repeat complaint.
* :func:`expected_quarter` gives the expected totals of a quarter; :func:`simulate_quarter`
  draws one quarter of orders, delays and complaints (seeded).
* :func:`replay_call` tells the chapter's call step by step under either way of working.
* :func:`late_share` measures the share of late orders in the order data (about 14%).

What goes beyond the chapter: the chapter tells the story and its lesson. The rates and
their dependence on information and process are kamlab's illustrative teaching
assumptions, in the spirit of the service-recovery literature: complaints handled well
the first time keep customers, complaints relayed from person to person do not (Tax &
Brown 1998); contacts per complaint is the reciprocal of first-contact resolution.
Nothing here imports matplotlib.

References
----------
Tax, S. S. & Brown, S. W. (1998). Recovering and learning from service failure. Sloan
Management Review, 40(1), 75-88.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .._validate import (
    check_choice,
    check_fraction,
    check_numeric_column,
    check_seed,
    check_size,
    require_columns,
    require_frame,
)
from ..errors import KamlabTypeError, KamlabValueError

__all__ = [
    "WayOfWorking",
    "HEROIC",
    "KAM",
    "ComplaintRates",
    "QuarterResult",
    "ReplayStep",
    "MEASURES",
    "complaint_rates",
    "expected_quarter",
    "simulate_quarter",
    "replay_call",
    "late_share",
]

#: The measures of a quarter, in the order the lesson shows them.
MEASURES = (
    "complaints",
    "days_to_resolve",
    "contacts_per_complaint",
    "promises_broken",
    "sales_hours",
    "other_customers_delayed",
    "repeat_complaints",
)

#: Share of orders delivered late in A's order data (``kamlab.make_company().orders``).
LATE_SHARE = 0.14


@dataclass(frozen=True)
class WayOfWorking:
    """How A handles a complaint.

    Parameters
    ----------
    information_completeness : float
        Share of an order's status on a shared record (CRM order tracking) that anybody
        at A can read, in [0, 1]; 0 means it is only in the salesperson's head.
    process_maturity : float
        Service levels, an escalation path and a named owner, in [0, 1]; 0 means
        escalation by shouting.
    name : str
        A label.

    Examples
    --------
    >>> WayOfWorking(0.5, 0.5).process_maturity
    0.5
    """

    information_completeness: float
    process_maturity: float
    name: str = "custom"

    def __post_init__(self):
        func = "WayOfWorking"
        object.__setattr__(
            self,
            "information_completeness",
            check_fraction(self.information_completeness, "information_completeness", func),
        )
        object.__setattr__(self, "process_maturity", check_fraction(self.process_maturity, "process_maturity", func))
        if not isinstance(self.name, str):
            raise KamlabTypeError(f"{func}: parameter 'name' must be a str, got {type(self.name).__name__}.")


#: The heroic salesperson: order status mostly in Xiao Zhang's head, escalation by shouting.
HEROIC = WayOfWorking(0.3, 0.0, "heroic")
#: A KAM process: shared order tracking in a CRM, service levels, an escalation path, a named owner.
KAM = WayOfWorking(0.9, 0.9, "kam")


def _way(way, func) -> WayOfWorking:
    if not isinstance(way, WayOfWorking):
        raise KamlabTypeError(
            f"{func}: parameter 'way' must be a WayOfWorking (e.g. HEROIC or KAM), got {type(way).__name__}."
        )
    return way


@dataclass(frozen=True)
class ComplaintRates:
    """Per-late-order and per-complaint rates of one way of working (see :func:`complaint_rates`)."""

    way: WayOfWorking
    complaint_probability: float
    first_contact_resolution: float
    contacts_per_complaint: float
    days_per_contact: float
    days_to_resolve: float
    promise_broken_probability: float
    sales_hours_per_complaint: float
    shout_probability: float
    others_delayed_per_complaint: float
    repeat_probability: float


def complaint_rates(way: WayOfWorking) -> ComplaintRates:
    """The rates of one way of working, with i = information completeness, m = process maturity.

    * complaint probability of a late order: 0.9 - 0.6 i m (shared tracking lets A warn
      the customer before he calls);
    * first-contact resolution f = 0.15 + 0.75 i (0.4 + 0.6 m); each contact resolves the
      complaint with probability f, so contacts per complaint = 1 / f (a geometric count);
    * days per contact 2 - 1.5 m (service levels); days to resolve = contacts x days per contact;
    * a promise is broken with probability 0.7 (1 - i): a promise is only as good as the
      information behind it;
    * salesperson hours per contact 3 (1 - 0.9 m): the named owner, not the salesperson,
      works the complaint;
    * escalation by shouting with probability 1 - m; a shout pushes the order ahead of
      2 other customers' orders on average;
    * repeat complaint with probability 0.05 + 0.6 x (promise broken probability).

    Illustrative assumptions, not measured values.

    Parameters
    ----------
    way : WayOfWorking

    Returns
    -------
    ComplaintRates

    Raises
    ------
    TypeError
        If ``way`` is not a WayOfWorking.

    References
    ----------
    Chapter 4, case K2. Tax & Brown (1998), Sloan Management Review 40(1): complaint
    handling and service recovery; first-contact resolution.

    Examples
    --------
    >>> r = complaint_rates(HEROIC)
    >>> round(r.first_contact_resolution, 4), round(r.contacts_per_complaint, 4)
    (0.24, 4.1667)
    >>> r = complaint_rates(KAM)
    >>> round(r.first_contact_resolution, 4), round(r.contacts_per_complaint, 4)
    (0.7845, 1.2747)
    """
    way = _way(way, "complaint_rates")
    i, m = way.information_completeness, way.process_maturity
    f = 0.15 + 0.75 * i * (0.4 + 0.6 * m)
    contacts = 1.0 / f
    days_per_contact = 2.0 - 1.5 * m
    broken = 0.7 * (1.0 - i)
    shout = 1.0 - m
    return ComplaintRates(
        way,
        0.9 - 0.6 * i * m,
        f,
        contacts,
        days_per_contact,
        contacts * days_per_contact,
        broken,
        contacts * 3.0 * (1.0 - 0.9 * m),
        shout,
        2.0 * shout,
        0.05 + 0.6 * broken,
    )


#: Upper bound of ``orders`` in :func:`expected_quarter` and :func:`simulate_quarter`.
MAX_ORDERS = 1_000_000


def _quarter_args(orders, late, func):
    orders = check_size(orders, "orders", func, minimum=0, maximum=MAX_ORDERS)
    late = check_fraction(late, "late_share", func)
    return orders, late


def expected_quarter(way: WayOfWorking, *, orders: int = 600, late_share: float = LATE_SHARE) -> dict:
    """Expected totals of a quarter of ``orders`` orders, as a dict keyed by :data:`MEASURES`.

    ``days_to_resolve`` and ``contacts_per_complaint`` are per complaint; the others are
    totals of the quarter.

    Parameters
    ----------
    way : WayOfWorking
    orders : int, default 600
        Orders of A's key accounts in the quarter.
    late_share : float, default 0.14
        Share of orders delivered late (:func:`late_share` of the order data).

    Returns
    -------
    dict

    Raises
    ------
    TypeError, ValueError
        For a wrong way, a negative or non-integer ``orders``, a share outside [0, 1].

    References
    ----------
    Chapter 4, case K2; Tax & Brown (1998).

    Examples
    --------
    >>> e = expected_quarter(HEROIC)
    >>> round(e["complaints"], 2), round(e["sales_hours"], 1)
    (75.6, 945.0)
    >>> round(expected_quarter(KAM)["sales_hours"], 1)
    25.3
    """
    func = "expected_quarter"
    r = complaint_rates(_way(way, func))
    orders, late = _quarter_args(orders, late_share, func)
    n = orders * late * r.complaint_probability
    return {
        "complaints": n,
        "days_to_resolve": r.days_to_resolve,
        "contacts_per_complaint": r.contacts_per_complaint,
        "promises_broken": n * r.promise_broken_probability,
        "sales_hours": n * r.sales_hours_per_complaint,
        "other_customers_delayed": n * r.others_delayed_per_complaint,
        "repeat_complaints": n * r.repeat_probability,
    }


@dataclass(frozen=True)
class QuarterResult:
    """One simulated quarter: the complaints, one row each, and the totals.

    ``complaints`` has columns ``contacts``, ``days_to_resolve``, ``promise_broken``,
    ``sales_hours``, ``shouted``, ``others_delayed``, ``repeat``; ``summary`` is keyed
    by :data:`MEASURES`.
    """

    way: WayOfWorking
    orders: int
    late_orders: int
    complaints: pd.DataFrame
    summary: dict


def simulate_quarter(
    way: WayOfWorking,
    *,
    orders: int = 600,
    late_share: float = LATE_SHARE,
    seed: int | np.random.Generator | None = None,
) -> QuarterResult:
    """Draw one quarter of orders, delays and complaints under a way of working.

    Each order is late with probability ``late_share``; a late order becomes a complaint
    with the complaint probability of :func:`complaint_rates`. Each complaint needs a
    geometric number of contacts (success probability = first-contact resolution), each
    contact taking an exponential number of days; the promise made is broken, the
    complaint escalated by shouting (delaying a Poisson number of other customers'
    orders) and repeated, each with its probability.

    Parameters
    ----------
    way : WayOfWorking
    orders : int, default 600
    late_share : float, default 0.14
    seed : int, numpy.random.Generator or None
        The only source of randomness.

    Returns
    -------
    QuarterResult

    Raises
    ------
    TypeError, ValueError
        As :func:`expected_quarter`.

    References
    ----------
    Chapter 4, case K2; Tax & Brown (1998).

    Examples
    --------
    >>> q = simulate_quarter(HEROIC, seed=5)
    >>> q.summary["complaints"] == len(q.complaints)
    True
    >>> simulate_quarter(HEROIC, seed=5).summary == q.summary
    True
    """
    func = "simulate_quarter"
    r = complaint_rates(_way(way, func))
    orders, late = _quarter_args(orders, late_share, func)
    rng = np.random.default_rng(check_seed(seed, func))
    n_late = int(rng.binomial(orders, late))
    n = int(rng.binomial(n_late, r.complaint_probability))
    contacts = rng.geometric(r.first_contact_resolution, size=n).astype(int)
    days = rng.gamma(np.maximum(contacts, 1), r.days_per_contact) if n else np.zeros(0)
    broken = rng.random(n) < r.promise_broken_probability
    shouted = rng.random(n) < r.shout_probability
    others = np.where(shouted, rng.poisson(2.0, size=n), 0).astype(int)
    repeat = rng.random(n) < 0.05 + 0.6 * broken
    hours = contacts * 3.0 * (1.0 - 0.9 * way.process_maturity)
    table = pd.DataFrame(
        {
            "contacts": contacts,
            "days_to_resolve": days,
            "promise_broken": broken,
            "sales_hours": hours,
            "shouted": shouted,
            "others_delayed": others,
            "repeat": repeat,
        }
    )
    summary = {
        "complaints": n,
        "days_to_resolve": float(days.mean()) if n else 0.0,
        "contacts_per_complaint": float(contacts.mean()) if n else 0.0,
        "promises_broken": int(broken.sum()),
        "sales_hours": float(hours.sum()),
        "other_customers_delayed": int(others.sum()),
        "repeat_complaints": int(repeat.sum()),
    }
    return QuarterResult(way, orders, n_late, table, summary)


@dataclass(frozen=True)
class ReplayStep:
    """One step of the call: who acts, a label key for what happens, and the running clock.

    ``promise_kept`` is True when the step makes a promise backed by the record, None when
    the step says nothing about it (the chapter does not tell whether Xiao Zhang's promise
    was kept; it rests on a guess).
    """

    step: int
    actor: str
    action: str
    hours: float
    elapsed_hours: float
    sales_hours: float
    promise_kept: bool | None = None


# (actor, action key, hours of the step, salesperson hours of the step, promise kept?)
_SCRIPTS = {
    "heroic": (
        ("xiao_li", "call_angry", 0.25, 0.25, None),
        ("xiao_zhang", "drop_everything", 0.25, 0.25, None),
        ("xiao_zhang", "berate_warehouse", 1.0, 1.0, None),
        ("xiao_zhang", "berate_production", 1.0, 1.0, None),
        ("xiao_zhang", "berate_service", 0.75, 0.75, None),
        ("xiao_zhang", "promise_afternoon", 0.25, 0.25, None),
        ("xiao_zhang", "drive_parts", 3.0, 3.0, None),  # the chapter does not say whether he made it
    ),
    "kam": (
        ("crm", "proactive_notice", 0.25, 0.0, None),
        ("xiao_li", "call_owner", 0.25, 0.0, None),
        ("owner", "check_crm", 0.25, 0.0, None),
        ("owner", "escalate_path", 1.0, 0.0, None),
        ("owner", "realistic_date", 0.25, 0.0, True),
        ("owner", "inform_sales", 0.25, 0.25, None),
        ("owner", "root_cause", 0.5, 0.0, None),
    ),
}


def replay_call(way: str = "heroic") -> tuple[ReplayStep, ...]:
    """The chapter's call, step by step, under ``"heroic"`` or ``"kam"`` working.

    Heroic (the chapter): Xiao Li calls Xiao Zhang angry about the spare parts ordered
    two weeks ago; Zhang drops everything, berates the warehouse, production and
    customer service in turn, promises delivery that afternoon and drives the parts
    himself; the order's status was in nobody's record, so the promise rests on a guess.
    KAM (beyond the chapter): the shared order tracking flags the delay and Xiao Li is
    told before he calls; the named owner reads the status in the CRM, escalates through
    the escalation path within the service level, gives a date A can keep, tells Xiao
    Zhang, and logs the root cause. Step durations are illustrative.

    Parameters
    ----------
    way : {"heroic", "kam"}

    Returns
    -------
    tuple of ReplayStep

    Raises
    ------
    ValueError
        If ``way`` is not one of the two.

    References
    ----------
    Chapter 4, case K2; Tax & Brown (1998).

    Examples
    --------
    >>> steps = replay_call("heroic")
    >>> len(steps), steps[-1].elapsed_hours, sum(s.sales_hours for s in steps)
    (7, 6.5, 6.5)
    >>> sum(s.sales_hours for s in replay_call("kam"))
    0.25
    """
    check_choice(way, "way", "replay_call", tuple(_SCRIPTS))
    steps, clock = [], 0.0
    for k, (actor, action, hours, sales, kept) in enumerate(_SCRIPTS[way], start=1):
        clock += hours
        steps.append(ReplayStep(k, actor, action, hours, clock, sales, kept))
    return tuple(steps)


def late_share(orders: pd.DataFrame) -> float:
    """Share of orders delivered later than promised (``actual_days > promised_days``).

    Parameters
    ----------
    orders : pandas.DataFrame
        With ``promised_days`` and ``actual_days`` (:attr:`kamlab.Company.orders`).

    Returns
    -------
    float

    Raises
    ------
    TypeError, ValueError
        If ``orders`` is not a DataFrame, a column is missing or not a non-negative
        number, or the table is empty.

    Examples
    --------
    >>> import kamlab
    >>> round(late_share(kamlab.make_company().orders), 2)
    0.14
    """
    func = "late_share"
    require_frame(orders, func, "orders")
    require_columns(orders, ("promised_days", "actual_days"), func)
    for col in ("promised_days", "actual_days"):
        check_numeric_column(orders, col, func, minimum=0, id_column="order_id")
    if orders.empty:
        raise KamlabValueError(f"{func}: parameter 'orders' has no rows; expected at least one order.")
    return float((orders["actual_days"] > orders["promised_days"]).mean())
