"""Company A's related tables with consistent keys (:class:`Company`: staff, orders, contacts, tickets) and the
base of case K1 (:func:`make_k1_case`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .._validate import check_int, check_size
from ..errors import KamlabValueError
from ..schema import CATEGORIES
from ._draw import _category, _child_rng, _ids, _rng, _strings
from .accounts import DEFAULT_SEED, TOP_FRACTION, _accounts_from_revenue, _sigma_for_top_share, make_accounts
from .staff import make_staff

__all__ = [
    "Company",
    "K1_SEED",
    "K1_CUSTOMER_B",
    "K1_LU",
    "make_orders",
    "make_contacts",
    "make_tickets",
    "make_company",
    "make_k1_case",
    "MAX_COMPANY_ACCOUNTS",
]

#: Upper bound of ``n`` in :func:`make_company` and :func:`make_k1_case`: a company of
#: 100,000 accounts (with its orders, contacts and tickets) takes about 15 s and 300 MB.
MAX_COMPANY_ACCOUNTS = 100_000
#: Seed of the shipped base of case K1 (runaway horse).
K1_SEED = 2007
#: account_id of customer B in the base of case K1 (runaway horse).
K1_CUSTOMER_B = "C0001"
#: staff_id of Manager Lu (陆经理).
K1_LU = "S01"
_SURNAMES = (
    ("李", "Li"),
    ("王", "Wang"),
    ("张", "Zhang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("赵", "Zhao"),
    ("黄", "Huang"),
    ("周", "Zhou"),
    ("吴", "Wu"),
    ("徐", "Xu"),
    ("孙", "Sun"),
    ("胡", "Hu"),
    ("朱", "Zhu"),
    ("高", "Gao"),
    ("林", "Lin"),
)
# customer role -> (zh pattern, en pattern); {s} is the surname
_ROLE_ADDRESS = {
    "buyer": ("小{s}", "Xiao {s}"),
    "purchasing_manager": ("{s}经理", "Manager {s}"),
    "engineer": ("{s}工", "Engineer {s}"),
    "production_manager": ("{s}厂长", "Plant Manager {s}"),
    "general_manager": ("{s}总", "GM {s}"),
    "finance": ("{s}会计", "Accountant {s}"),
}


@dataclass(frozen=True)
class Company:
    """Company A's customer data for one year: five tables with consistent keys.

    Attributes
    ----------
    year : int
        The current year of the data.
    accounts, staff, orders, contacts, tickets : pandas.DataFrame
        The tables documented in :mod:`kamlab.schema`.
    """

    year: int
    accounts: pd.DataFrame
    staff: pd.DataFrame
    orders: pd.DataFrame
    contacts: pd.DataFrame
    tickets: pd.DataFrame

    def tables(self) -> dict[str, pd.DataFrame]:
        """The five tables by name.

        Returns
        -------
        dict of str to pandas.DataFrame
            ``"accounts"``, ``"staff"``, ``"orders"``, ``"contacts"`` and ``"tickets"``,
            each the table itself (not a copy).
        """
        return {
            "accounts": self.accounts,
            "staff": self.staff,
            "orders": self.orders,
            "contacts": self.contacts,
            "tickets": self.tickets,
        }


def _expand(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows per account: the account of each row, and where each account's rows start."""
    owner = np.repeat(np.arange(counts.size), counts)
    first = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
    return owner, first


def _split_exactly(
    totals: np.ndarray, owner: np.ndarray, weights: np.ndarray, first: np.ndarray, counts: np.ndarray
) -> np.ndarray:
    """Split each account's total (whole units: cents, tenths of an hour) over its rows.

    Shares follow ``weights``; rounding is settled on the account's first row, so the
    rows add up to the total exactly.
    """
    n = totals.size
    weight_sum = np.bincount(owner, weights=weights, minlength=n)
    parts = np.floor(totals[owner] * weights / np.where(weight_sum[owner] > 0, weight_sum[owner], 1)).astype(np.int64)
    rest = totals - np.bincount(owner, weights=parts, minlength=n).astype(np.int64)
    parts[first[counts > 0]] += rest[counts > 0]
    return parts


def make_orders(accounts: pd.DataFrame, *, seed=DEFAULT_SEED, year: int = 2026) -> pd.DataFrame:
    """Simulate the year's orders of ``accounts``: ``orders_per_year`` rows per account.

    Each account's order amounts add up to its ``revenue`` to the cent. About one
    order in seven arrives late (``actual_days > promised_days``).

    Parameters
    ----------
    accounts : pandas.DataFrame
        From :func:`make_accounts`.
    seed, year
        As :func:`make_company`.

    Returns
    -------
    pandas.DataFrame
        The orders table (columns in :data:`kamlab.schema.ORDERS`).

    Examples
    --------
    >>> accounts = make_accounts(50, seed=3)
    >>> orders = make_orders(accounts, seed=3)
    >>> bool(len(orders) == accounts.orders_per_year.sum())
    True
    >>> bool((orders.groupby("account_id").amount.sum().round(2).values
    ...       == accounts.set_index("account_id").revenue.values).all())
    True
    """
    func = "make_orders"
    year = check_int(year, "year", func, minimum=1900, maximum=2100)
    rng = _child_rng(seed, 1, func)
    counts = accounts["orders_per_year"].to_numpy(dtype=np.int64)
    owner, first = _expand(counts)
    k = owner.size
    cents_total = np.round(accounts["revenue"].to_numpy() * 100).astype(np.int64)
    cents = _split_exactly(cents_total, owner, rng.gamma(2.0, size=k), first, counts)
    day = rng.integers(0, 365, size=k)
    order = np.lexsort((day, owner))
    day = day[order]
    promised = rng.choice(np.array([7, 10, 14, 21]), size=k)
    late = rng.random(k) < 0.14
    actual = np.where(late, promised + rng.geometric(0.25, size=k), promised - rng.integers(0, 3, size=k))
    dates = pd.Timestamp(year=year, month=1, day=1) + pd.to_timedelta(day, unit="D")
    return pd.DataFrame(
        {
            "order_id": _strings(_ids("O", k, 6)),
            "account_id": _strings(accounts["account_id"].to_numpy(dtype=object)[owner]),
            "order_date": pd.Series(dates).astype("datetime64[ns]"),
            "amount": cents / 100.0,
            "promised_days": promised.astype(np.int64),
            "actual_days": actual.astype(np.int64),
        }
    )


def make_contacts(accounts: pd.DataFrame, staff: pd.DataFrame, *, seed=DEFAULT_SEED, year: int = 2026) -> pd.DataFrame:
    """Simulate who at Company A knows whom at each customer: ``n_contacts`` links per account.

    The first link of every account joins its ``sales_rep`` to the customer's buyer;
    the others join A's engineers, service staff and managers (or the rep again) to
    the customer's managers, engineers and finance staff.

    Parameters
    ----------
    accounts : pandas.DataFrame
        From :func:`make_accounts`.
    staff : pandas.DataFrame
        From :func:`make_staff`.
    seed : int, numpy.random.Generator or None, default 2026
        Source of randomness; the same integer gives identical tables.
    year : int, default 2026
        The current year (contacts start in or before it).

    Returns
    -------
    pandas.DataFrame
        The contacts table (columns in :data:`kamlab.schema.CONTACTS`).

    Examples
    --------
    >>> accounts = make_accounts(30, seed=4)
    >>> contacts = make_contacts(accounts, make_staff(), seed=4)
    >>> bool(len(contacts) == accounts.n_contacts.sum())
    True
    """
    func = "make_contacts"
    year = check_int(year, "year", func, minimum=1900, maximum=2100)
    rng = _child_rng(seed, 2, func)
    counts = accounts["n_contacts"].to_numpy(dtype=np.int64)
    owner, starts = _expand(counts)
    k = owner.size
    first = np.zeros(k, dtype=bool)
    first[starts[counts > 0]] = True
    staff_ids = staff["staff_id"].to_numpy(dtype=object)
    others = staff_ids[
        staff["role"].isin(["engineer", "customer_service", "sales_manager", "vice_president", "logistics"]).to_numpy()
    ]
    rep = accounts["sales_rep"].to_numpy(dtype=object)[owner]
    pick_other = rng.random(k) < 0.7
    staff_col = np.where(first | ~pick_other, rep, others[rng.integers(0, others.size, size=k)])
    roles = CATEGORIES["customer_role"]
    role = np.where(first, 0, rng.integers(1, len(roles), size=k))
    surname = rng.integers(0, len(_SURNAMES), size=k)
    zh = np.array(
        [
            _ROLE_ADDRESS[roles[r]][0].format(s=_SURNAMES[s][0])
            for r in range(len(roles))
            for s in range(len(_SURNAMES))
        ],
        dtype=object,
    )
    en = np.array(
        [
            _ROLE_ADDRESS[roles[r]][1].format(s=_SURNAMES[s][1])
            for r in range(len(roles))
            for s in range(len(_SURNAMES))
        ],
        dtype=object,
    )
    person = role * len(_SURNAMES) + surname
    years = accounts["years_as_customer"].to_numpy(dtype=np.int64)[owner]
    since = year - np.floor(rng.random(k) * years).astype(np.int64)
    return pd.DataFrame(
        {
            "contact_id": _strings(_ids("P", k, 5)),
            "account_id": _strings(accounts["account_id"].to_numpy(dtype=object)[owner]),
            "staff_id": _strings(staff_col),
            "customer_person_zh": _strings(zh[person]),
            "customer_person_en": _strings(en[person]),
            "customer_role": _category(role, "customer_role"),
            "strength": np.clip(np.where(first, 4, 2) + rng.integers(-1, 2, size=k), 1, 5).astype(np.int64),
            "since_year": since,
        }
    )


def make_tickets(accounts: pd.DataFrame, orders: pd.DataFrame, *, seed=DEFAULT_SEED, year: int = 2026) -> pd.DataFrame:
    """Simulate the year's complaint tickets: ``complaints`` rows per account.

    Each ticket concerns one of the account's orders (a late order becomes a
    "late delivery" complaint four times in five); an account's ``handling_hours``
    add up to its ``complaint_hours`` to the tenth of an hour.

    Parameters
    ----------
    accounts : pandas.DataFrame
        From :func:`make_accounts`.
    orders : pandas.DataFrame
        From :func:`make_orders` for the same accounts.
    seed, year
        As :func:`make_company`.

    Returns
    -------
    pandas.DataFrame
        The tickets table (columns in :data:`kamlab.schema.TICKETS`).

    Examples
    --------
    >>> accounts = make_accounts(200, seed=5)
    >>> tickets = make_tickets(accounts, make_orders(accounts, seed=5), seed=5)
    >>> bool(len(tickets) == accounts.complaints.sum())
    True
    """
    func = "make_tickets"
    year = check_int(year, "year", func, minimum=1900, maximum=2100)
    rng = _child_rng(seed, 3, func)
    counts = accounts["complaints"].to_numpy(dtype=np.int64)
    owner, first = _expand(counts)
    k = owner.size
    n_orders = accounts["orders_per_year"].to_numpy(dtype=np.int64)
    order_start = _expand(n_orders)[1]
    which = order_start[owner] + np.floor(rng.random(k) * n_orders[owner]).astype(np.int64)
    late = (orders["actual_days"].to_numpy() > orders["promised_days"].to_numpy())[which]
    cats = CATEGORIES["ticket_category"]
    category = np.where(late & (rng.random(k) < 0.8), 0, rng.integers(1, len(cats), size=k))
    opened_day = (
        (orders["order_date"].to_numpy()[which] - np.datetime64(f"{year}-01-01"))
        .astype("timedelta64[D]")
        .astype(np.int64)
        + orders["actual_days"].to_numpy()[which]
        + rng.integers(0, 10, size=k)
    )
    opened_day = np.minimum(opened_day, 364)
    tenths_total = np.round(accounts["complaint_hours"].to_numpy() * 10).astype(np.int64)
    tenths = _split_exactly(tenths_total, owner, rng.gamma(2.0, size=k), first, counts)
    contacts_needed = 1 + rng.poisson(1.2, size=k)
    escalated = (contacts_needed >= 3) & (rng.random(k) < 0.5)
    return pd.DataFrame(
        {
            "ticket_id": _strings(_ids("T", k, 5)),
            "account_id": _strings(accounts["account_id"].to_numpy(dtype=object)[owner]),
            "order_id": _strings(orders["order_id"].to_numpy(dtype=object)[which]),
            "opened": (pd.Timestamp(year=year, month=1, day=1) + pd.to_timedelta(opened_day, unit="D")).astype(
                "datetime64[ns]"
            ),
            "category": _category(category, "ticket_category"),
            "channel": _category(rng.choice(3, size=k, p=[0.6, 0.3, 0.1]), "channel"),
            "days_to_resolve": np.round(0.5 + rng.gamma(1.5, 2.0, size=k) * (1 + contacts_needed) / 3, 1),
            "handling_hours": tenths / 10.0,
            "contacts_needed": contacts_needed.astype(np.int64),
            "escalated": escalated,
        }
    )


def _company(accounts: pd.DataFrame, staff: pd.DataFrame, seed, year: int) -> Company:
    orders = make_orders(accounts, seed=seed, year=year)
    return Company(
        year=year,
        accounts=accounts,
        staff=staff,
        orders=orders,
        contacts=make_contacts(accounts, staff, seed=seed, year=year),
        tickets=make_tickets(accounts, orders, seed=seed, year=year),
    )


def make_company(n: int = 2000, *, seed=DEFAULT_SEED, concentration: float = 0.80, year: int = 2026) -> Company:
    """Company A's full customer data: accounts plus the related tables.

    ``make_company(...).accounts`` equals ``make_accounts(...)`` with the same
    arguments. Derived tables use seeds fixed by ``seed``.

    Parameters
    ----------
    n : int, default 2000
        Number of accounts, as :func:`make_accounts`.
    seed : int, numpy.random.Generator or None, default 2026
        Source of randomness; the same integer gives identical tables.
    concentration : float, default 0.80
        Share of revenue held by the top 20% of accounts, as :func:`make_accounts`.
    year : int, default 2026
        The current year of the data (order and ticket dates fall in it).

    Returns
    -------
    Company
        The five tables (accounts, staff, orders, contacts, tickets) and the year.

    Examples
    --------
    >>> company = make_company(100, seed=7)
    >>> company.accounts.equals(make_accounts(100, seed=7))
    True
    >>> sorted(company.tables())
    ['accounts', 'contacts', 'orders', 'staff', 'tickets']
    """
    func = "make_company"
    year = check_int(year, "year", func, minimum=1900, maximum=2100)
    n = check_size(n, "n", "make_company", minimum=5, maximum=MAX_COMPANY_ACCOUNTS)
    accounts = make_accounts(n, seed=seed, concentration=concentration)
    return _company(accounts, make_staff(), seed, year)


def make_k1_case(n: int = 150, *, seed=K1_SEED) -> Company:
    """The customer base of case K1 ("runaway horse", 脱缰野马) in 2007.

    Company A's ``n`` accounts in 2007, with customer B (account ``C0001``, a
    packaging-machinery maker) buying exactly 3,000,000 yuan, 13% of A's total sales
    of 23,076,923.08 yuan, and the top 20% of accounts holding 80% of sales. B is
    handled by Manager Lu (staff ``S01``) alone: B's three contacts at A (its buyer,
    purchasing manager and general manager) all link to Lu (the "bow-tie"). In 2007
    A has no key-account managers.

    Parameters
    ----------
    n : int, default 150
        Number of accounts of A in 2007 (customer B included).
    seed : int, numpy.random.Generator or None, default 2007
        Source of randomness for the other accounts.

    Returns
    -------
    Company
        Year 2007: accounts, staff and contacts (orders and tickets are empty tables).

    References
    ----------
    Chapter 4, case 1 (脱缰野马): "2007年度,通过陆经理A公司与B公司达成300万元的交易,
    占公司销售总额的13%".

    Examples
    --------
    >>> k1 = make_k1_case()
    >>> b = k1.accounts.set_index("account_id").loc[K1_CUSTOMER_B]
    >>> b.name_zh, float(b.revenue), round(float(b.revenue / k1.accounts.revenue.sum()), 4)
    ('B公司', 3000000.0, 0.13)
    >>> k1.contacts[k1.contacts.account_id == K1_CUSTOMER_B].staff_id.unique().tolist()
    ['S01']
    """
    func = "make_k1_case"
    n = check_size(n, "n", func, minimum=10, maximum=MAX_COMPANY_ACCOUNTS)
    rng = _rng(seed, func)
    b_revenue = 3_000_000.0
    total = round(b_revenue / 0.13, 2)
    k = max(1, int(round(TOP_FRACTION * n)))
    # top-(k-1) share among the others such that B + them hold 80% of the total
    target = (0.80 * total - b_revenue) / (total - b_revenue)
    for attempt in range(1000):  # redraw in the rare case another account would outgrow B
        if attempt == 999:
            raise KamlabValueError(
                f"{func}: parameter 'n' = {n} is too small: customer B must be the largest account with "
                f"13% of sales while the top 20% of accounts hold 80%; no draw of {n} accounts managed "
                f"that. Expected n of about 50 or more (default 150)."
            )
        z = rng.standard_normal(n - 1)
        sigma = _sigma_for_top_share(z, k - 1, target)
        w = np.exp(sigma * (z - z.max()))
        others = np.round(w * ((total - b_revenue) / w.sum()), 2)
        others[np.argmax(others)] += round(total - b_revenue - others.sum(), 2)
        if others.max() < b_revenue:
            break
    revenue = np.concatenate([[b_revenue], np.round(others, 2)])
    staff = make_staff(with_key_account_managers=False)
    accounts = _accounts_from_revenue(revenue, rng, staff, "C")
    b = {
        "name_zh": "B公司",
        "name_en": "Company B",
        "sales_rep": K1_LU,
        "n_contacts": 3,
        "strategic_importance": 5,
        "years_as_customer": 6,
    }
    for col, value in b.items():
        accounts.loc[0, col] = value
    accounts.loc[0, "industry"] = "packaging_machinery"
    accounts.loc[0, "relationship_stage"] = "basic"
    company = _company(accounts, staff, seed, 2007)
    contacts = company.contacts
    b_rows = contacts.index[contacts.account_id == K1_CUSTOMER_B]
    people = [
        ("小李", "Xiao Li", "buyer", 5),
        ("周经理", "Manager Zhou", "purchasing_manager", 4),
        ("孙总", "GM Sun", "general_manager", 3),
    ]
    for row, (zh, en, role, strength) in zip(b_rows, people):
        contacts.loc[row, ["staff_id", "customer_person_zh", "customer_person_en", "strength", "since_year"]] = [
            K1_LU,
            zh,
            en,
            strength,
            2002,
        ]
        contacts.loc[row, "customer_role"] = role
    return company
