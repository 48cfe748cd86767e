"""Simulated B2B customer data of "Company A", the hydraulic-fittings maker of case K1.

Company A sells hydraulic fittings to car makers, construction-machinery and
packaging-machinery builders and the other machine builders of the chapter's case
K1 (runaway horse). :func:`make_accounts` simulates one row per customer account; :func:`make_company`
adds the related tables with consistent keys (A's staff, orders, contacts between
A's people and the customer's people, complaint tickets); :func:`make_k1_case` builds
the 2007 customer base of case K1, in which customer B bought 3,000,000 yuan, 13% of
A's sales, all through Manager Lu. Every column is documented in
:mod:`kamlab.schema` and in ``data/data_dictionary.md``.

How the numbers are made (a simulation, not real data):

* Current-year revenue is log-normal, ``revenue = c * exp(sigma * z)`` with ``z``
  standard normal. ``sigma`` is solved (Newton's method) so that the top 20% of
  accounts hold exactly ``concentration`` of revenue: 0.80 by default, the chapter's
  80/20 rule (Pareto principle). For a log-normal the top-q share is
  ``Phi(sigma - Phi^-1(1 - q))`` (Lorenz curve of the log-normal; Aitchison & Brown,
  *The Lognormal Distribution*, 1957), which gives the starting value.
* Relationship stage (exploratory -> integrated: the stage names of McDonald, Millman &
  Rogers 1997, after the stage model of Millman & Wilson 1995), share of wallet, years as customer, contacts and
  strategic importance rise with the account's size, with noise.
* Large accounts get larger volume discounts and promotion support, and demanding
  accounts cost more to serve, so that (with the cost rates of the analytics module)
  the largest accounts are not automatically the most profitable (chapter, point I4).

Randomness only comes through ``seed`` (an ``int``, a ``numpy.random.Generator`` or
``None``); the same integer seed gives identical frames on every machine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import pandas as pd

from ._validate import check_fraction, check_int, check_size
from .errors import KamlabValueError
from .schema import CATEGORIES, columns

__all__ = [
    "Company",
    "DEFAULT_SEED",
    "K1_SEED",
    "K1_CUSTOMER_B",
    "K1_LU",
    "make_accounts",
    "make_staff",
    "make_orders",
    "make_contacts",
    "make_tickets",
    "make_company",
    "make_k1_case",
]

#: Seed of the shipped datasets and of every number quoted in the lessons.
DEFAULT_SEED = 2026

#: Upper bound of ``n`` (number of accounts) in :func:`make_accounts`: 2,000,000 accounts
#: (the scale the benchmarks use) take a few seconds and about 1 GB.
MAX_ACCOUNTS = 2_000_000
#: Upper bound of ``n`` in :func:`make_company` and :func:`make_k1_case`: a company of
#: 100,000 accounts (with its orders, contacts and tickets) takes about 15 s and 300 MB.
MAX_COMPANY_ACCOUNTS = 100_000
#: Seed of the shipped base of case K1 (runaway horse).
K1_SEED = 2007
#: account_id of customer B in the base of case K1 (runaway horse).
K1_CUSTOMER_B = "C0001"
#: staff_id of Manager Lu (陆经理).
K1_LU = "S01"

MEAN_REVENUE = 250_000.0  # yuan per account per year
TOP_FRACTION = 0.20

_INDUSTRY_P = np.array([0.22, 0.17, 0.10, 0.10, 0.12, 0.08, 0.05, 0.07, 0.09])
_INDUSTRY_MARGIN = np.array([0.18, 0.24, 0.26, 0.24, 0.25, 0.27, 0.29, 0.26, 0.15])
_INDUSTRY_NAME = (
    ("汽车零部件", "Auto Parts"),
    ("工程机械", "Construction Machinery"),
    ("包装机械", "Packaging Machinery"),
    ("农业装备", "Agricultural Equipment"),
    ("数控机床", "CNC Machine Tools"),
    ("矿山机械", "Mining Machinery"),
    ("船舶配套", "Marine Equipment"),
    ("能源装备", "Energy Equipment"),
    ("液压机电贸易", "Hydraulics Trading"),
)
_REGION_P = np.array([0.32, 0.18, 0.15, 0.12, 0.09, 0.08, 0.06])
_CITIES = (  # six cities per region, in CATEGORIES["region"] order
    (
        ("苏州", "Suzhou"),
        ("无锡", "Wuxi"),
        ("宁波", "Ningbo"),
        ("温州", "Wenzhou"),
        ("合肥", "Hefei"),
        ("济南", "Jinan"),
    ),
    (
        ("佛山", "Foshan"),
        ("东莞", "Dongguan"),
        ("厦门", "Xiamen"),
        ("泉州", "Quanzhou"),
        ("柳州", "Liuzhou"),
        ("中山", "Zhongshan"),
    ),
    (
        ("天津", "Tianjin"),
        ("唐山", "Tangshan"),
        ("保定", "Baoding"),
        ("太原", "Taiyuan"),
        ("沧州", "Cangzhou"),
        ("廊坊", "Langfang"),
    ),
    (
        ("武汉", "Wuhan"),
        ("长沙", "Changsha"),
        ("株洲", "Zhuzhou"),
        ("洛阳", "Luoyang"),
        ("襄阳", "Xiangyang"),
        ("南昌", "Nanchang"),
    ),
    (
        ("成都", "Chengdu"),
        ("重庆", "Chongqing"),
        ("绵阳", "Mianyang"),
        ("德阳", "Deyang"),
        ("昆明", "Kunming"),
        ("贵阳", "Guiyang"),
    ),
    (
        ("沈阳", "Shenyang"),
        ("大连", "Dalian"),
        ("长春", "Changchun"),
        ("哈尔滨", "Harbin"),
        ("鞍山", "Anshan"),
        ("吉林", "Jilin"),
    ),
    (
        ("西安", "Xi'an"),
        ("宝鸡", "Baoji"),
        ("兰州", "Lanzhou"),
        ("银川", "Yinchuan"),
        ("西宁", "Xining"),
        ("咸阳", "Xianyang"),
    ),
)
_NAME_FIRST = (
    ("瑞", "Rui"),
    ("鼎", "Ding"),
    ("华", "Hua"),
    ("金", "Jin"),
    ("宏", "Hong"),
    ("盛", "Sheng"),
    ("永", "Yong"),
    ("博", "Bo"),
    ("精", "Jing"),
    ("安", "An"),
    ("东", "Dong"),
    ("联", "Lian"),
    ("凯", "Kai"),
    ("天", "Tian"),
    ("百", "Bai"),
    ("新", "Xin"),
    ("恒", "Heng"),
    ("泰", "Tai"),
    ("嘉", "Jia"),
    ("明", "Ming"),
)
_NAME_SECOND = (
    ("祥", "xiang"),
    ("信", "xin"),
    ("晟", "sheng"),
    ("诺", "nuo"),
    ("远", "yuan"),
    ("达", "da"),
    ("固", "gu"),
    ("锐", "rui"),
    ("诚", "cheng"),
    ("顺", "shun"),
    ("丰", "feng"),
    ("途", "tu"),
    ("越", "yue"),
    ("川", "chuan"),
    ("和", "he"),
    ("禾", "he"),
    ("轩", "xuan"),
    ("隆", "long"),
    ("拓", "tuo"),
    ("益", "yi"),
)
_STAGE_SOW = np.array([0.08, 0.22, 0.40, 0.60, 0.78])  # mean share of wallet by stage
_STAGE_YEARS = np.array([1.0, 3.0, 6.0, 9.0, 12.0])

# A's staff, as colleagues address them (the chapter's 陆经理 and 小张 are the first two).
_STAFF = (
    ("陆经理", "Manager Lu", "sales_rep", "sales"),
    ("小张", "Xiao Zhang", "sales_rep", "sales"),
    ("小王", "Xiao Wang", "sales_rep", "sales"),
    ("小赵", "Xiao Zhao", "sales_rep", "sales"),
    ("小陈", "Xiao Chen", "sales_rep", "sales"),
    ("小刘", "Xiao Liu", "sales_rep", "sales"),
    ("小孙", "Xiao Sun", "sales_rep", "sales"),
    ("小周", "Xiao Zhou", "sales_rep", "sales"),
    ("小吴", "Xiao Wu", "sales_rep", "sales"),
    ("小郑", "Xiao Zheng", "sales_rep", "sales"),
    ("小冯", "Xiao Feng", "sales_rep", "sales"),
    ("小何", "Xiao He", "sales_rep", "sales"),
    ("小许", "Xiao Xu", "sales_rep", "sales"),
    ("小高", "Xiao Gao", "sales_rep", "sales"),
    ("小林", "Xiao Lin", "sales_rep", "sales"),
    ("小罗", "Xiao Luo", "sales_rep", "sales"),
    ("马经理", "Manager Ma", "sales_manager", "sales"),
    ("杨副总", "VP Yang", "vice_president", "management"),
    ("黄副总", "VP Huang", "vice_president", "management"),
    ("朱工", "Engineer Zhu", "engineer", "engineering"),
    ("胡工", "Engineer Hu", "engineer", "engineering"),
    ("郭工", "Engineer Guo", "engineer", "engineering"),
    ("小唐", "Xiao Tang", "customer_service", "service"),
    ("小宋", "Xiao Song", "customer_service", "service"),
    ("小谢", "Xiao Xie", "customer_service", "service"),
    ("老董", "Lao Dong", "logistics", "logistics"),
    ("小于", "Xiao Yu", "logistics", "logistics"),
    ("钱经理", "Manager Qian", "key_account_manager", "sales"),
    ("韩经理", "Manager Han", "key_account_manager", "sales"),
)
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


# --------------------------------------------------------------------------- helpers
def _rng(seed, func: str) -> np.random.Generator:
    if isinstance(seed, np.random.Generator):
        return seed
    if seed is None:
        return np.random.default_rng()
    return np.random.default_rng(check_int(seed, "seed", func, minimum=0))


def _child_rng(seed, salt: int, func: str) -> np.random.Generator:
    """A generator for a derived table: independent of, but fixed by, an integer seed."""
    if isinstance(seed, np.random.Generator) or seed is None:
        return _rng(seed, func)
    return np.random.default_rng([check_int(seed, "seed", func, minimum=0), salt])


def _ids(prefix: str, n: int, width: int) -> np.ndarray:
    """``prefix`` + zero-padded 1..n as an object array of str, built from digit
    patterns rather than a Python loop (fast at 1e6 rows).

    The ids are written as ASCII lines into one byte matrix (a digit column repeats
    0..9), decoded once and split: ``str.split`` makes the million small strings in C,
    about 3x sooner than converting a numpy string array to Python strings.
    """
    width = max(width, len(str(n)))
    if n == 0:
        return np.empty(0, dtype=object)
    size = len(prefix) + width + 1  # + the line break
    raw = np.empty((n, size), dtype=np.uint8)
    raw[:, : len(prefix)] = np.frombuffer(prefix.encode("ascii"), dtype=np.uint8)
    raw[:, -1] = ord("\n")
    for p in range(width):  # the digit 10**p of 1..n repeats 0..9, each 10**p times
        pattern = np.repeat(np.arange(48, 58, dtype=np.uint8), 10**p)
        reps = -(-(n + 1) // (10 ** (p + 1)))
        raw[:, size - 2 - p] = np.tile(pattern, reps)[1 : n + 1]
    return np.array(raw.tobytes()[:-1].decode("ascii").split("\n"), dtype=object)


def _stable_argsort(values: np.ndarray) -> np.ndarray:
    """``np.argsort(values, kind="stable")``, about 3x sooner on a million floats.

    numpy's default sort is much faster than its stable one but may order equal values
    either way; only the rows that tie (rounded revenues, a few percent) are then put
    back in row order. Amounts in whole fen (revenue: rounded to 2 decimals) go faster
    still (:func:`_fen_argsort`).
    """
    order = _fen_argsort(values)
    if order is not None:
        return order
    order = np.argsort(values)
    ranked = values[order]
    ties = ranked[1:] == ranked[:-1]
    if ties.any():
        tied = np.zeros(order.size, dtype=bool)
        tied[1:] |= ties
        tied[:-1] |= ties
        rows = order[tied]  # whole groups of equal values, in value order
        order[tied] = rows[np.lexsort((rows, values[rows]))]
    return order


def _fen_argsort(values: np.ndarray) -> np.ndarray | None:
    """The stable argsort of non-negative amounts in whole fen (0.01), or None for others.

    Each amount becomes one int64 key, ``fen << b | row`` (b bits hold every row number),
    so a plain sort of the keys orders by amount and equal amounts by row: the stable
    order, about 3x sooner than a float argsort. Used only when every amount is exactly
    ``fen / 100`` (so equal keys mean equal amounts) and the keys fit in 63 bits.
    """
    n = values.size
    if n == 0 or values.dtype != np.float64:
        return None
    fen = np.rint(values * 100.0)
    bits = max(1, (n - 1).bit_length())
    if not (fen.min() >= 0 and fen.max() < 2.0 ** (63 - bits) and np.array_equal(fen / 100.0, values)):
        return None
    keys = fen.astype(np.int64) << bits
    keys |= np.arange(n, dtype=np.int64)
    keys.sort()
    return keys & ((1 << bits) - 1)


def _digitize(values: np.ndarray, bins: tuple[float, ...]) -> np.ndarray:
    """``np.digitize(values, bins)`` for finite values and a few increasing bins: how many
    bins each value reaches, counted with one comparison per bin (3x sooner at 1e6 rows)."""
    out = np.zeros(values.size, dtype=np.intp)
    for edge in bins:
        out += values >= edge
    return out


def _category(codes: np.ndarray, name: str) -> pd.Categorical:
    cats = CATEGORIES[name]
    return pd.Categorical.from_codes(codes, categories=list(cats), ordered=name == "relationship_stage")


def _strings(values) -> pd.Series:
    """A ``str`` column of ``values``, a list or a fresh object array that nothing else
    holds (taken as it is, not copied: the copy was a tenth of make_accounts' time)."""
    return pd.Series(values, dtype="str", copy=False)


def _sigma_for_top_share(z: np.ndarray, k: int, target: float) -> float:
    """Solve sigma so that the k largest of exp(sigma * z) hold ``target`` of the sum.

    The share rises strictly with sigma (from k/n at sigma = 0 towards 1), so the root
    is unique; Newton's method from the log-normal value converges in a few steps,
    with bisection as a guard.
    """
    n = z.size
    kth = np.partition(z, n - k)[n - k]
    top = z >= kth
    zc = z - z.max()
    zc_top = zc[top]
    buf = np.empty_like(zc)  # one scratch array for every step (the same values, fewer allocations)

    def share_and_slope(sigma: float, with_slope: bool = True) -> tuple[float, float]:
        w = np.exp(np.multiply(sigma, zc, out=buf), out=buf)
        total = w.sum()
        w_top = w[top]
        top_sum = w_top.sum()
        s = top_sum / total
        if not with_slope:
            return s, math.nan
        slope = s * ((w_top * zc_top).sum() / top_sum - np.multiply(w, zc, out=buf).sum() / total)
        return s, slope

    nd = NormalDist()
    sigma = max(0.05, nd.inv_cdf(target) + nd.inv_cdf(1 - k / n))
    lo, hi = 0.0, 50.0
    # Two nearly equal draws at the top need a large sigma to pull apart (n = 5, k = 1,
    # target 0.75 took sigma ~ 70): widen the bracket until it holds the root.
    for _ in range(60):
        if share_and_slope(hi, with_slope=False)[0] >= target:
            break
        lo, hi = hi, 2 * hi
    if not lo < sigma < hi:
        sigma = 0.5 * (lo + hi)
    for _ in range(100):
        s, slope = share_and_slope(sigma)
        if abs(s - target) < 1e-12:
            break
        if s < target:
            lo = sigma
        else:
            hi = sigma
        step = sigma - (s - target) / slope if slope > 0 else math.nan
        sigma = step if lo < step < hi else 0.5 * (lo + hi)
    return sigma


def _calibrated_revenue(rng: np.random.Generator, n: int, concentration: float, total: float) -> np.ndarray:
    z = rng.standard_normal(n)
    k = max(1, int(round(TOP_FRACTION * n)))
    sigma = _sigma_for_top_share(z, k, concentration)
    w = np.exp(sigma * (z - z.max()))
    return np.round(w * (total / w.sum()), 2)


def _check_concentration(concentration: float, n: int, func: str) -> float:
    c = check_fraction(concentration, "concentration", func, open_low=True, open_high=True)
    k = max(1, int(round(TOP_FRACTION * n)))
    if not (k / n < c <= 0.99):
        raise KamlabValueError(
            f"{func}: parameter 'concentration' = {c!r} is the revenue share of the top 20% of "
            f"accounts; expected more than {k / n:g} (every account equal) and at most 0.99."
        )
    return c


# --------------------------------------------------------------------------- tables
def make_staff(*, with_key_account_managers: bool = True) -> pd.DataFrame:
    """Company A's staff who deal with customers (a fixed list; no randomness).

    Parameters
    ----------
    with_key_account_managers : bool
        Include the two key-account managers. The base of case K1 (runaway horse), 2007, has none:
        Company A had no KAM strategy, method or process then.

    Returns
    -------
    pandas.DataFrame
        Columns ``staff_id, name_zh, name_en, role, department``.

    Examples
    --------
    >>> staff = make_staff()
    >>> staff.loc[0, ["staff_id", "name_zh", "name_en"]].tolist()
    ['S01', '陆经理', 'Manager Lu']
    >>> int((make_staff(with_key_account_managers=False).role == "key_account_manager").sum())
    0
    """
    rows = [r for r in _STAFF if with_key_account_managers or r[2] != "key_account_manager"]
    roles = CATEGORIES["staff_role"]
    depts = CATEGORIES["department"]
    return pd.DataFrame(
        {
            "staff_id": _strings(_ids("S", len(rows), 2)),
            "name_zh": _strings([r[0] for r in rows]),
            "name_en": _strings([r[1] for r in rows]),
            "role": _category(np.array([roles.index(r[2]) for r in rows]), "staff_role"),
            "department": _category(np.array([depts.index(r[3]) for r in rows]), "department"),
        }
    )


def _accounts_from_revenue(
    revenue: np.ndarray, rng: np.random.Generator, staff: pd.DataFrame, id_prefix: str
) -> pd.DataFrame:
    """Every other column of the accounts table, simulated around current revenue."""
    n = revenue.size
    rank = np.empty(n)
    rank[_stable_argsort(revenue)] = (np.arange(n) + 0.5) / n  # percentile, 0..1
    size = revenue / MEAN_REVENUE
    industry = rng.choice(len(_INDUSTRY_P), size=n, p=_INDUSTRY_P)
    region = rng.choice(len(_REGION_P), size=n, p=_REGION_P)
    city = region * 6 + rng.integers(0, 6, size=n)
    core = rng.integers(0, len(_NAME_FIRST) * len(_NAME_SECOND), size=n)

    names_zh, names_en = _names_at(city, core, industry)
    noise = [rng.standard_normal(n) for _ in range(8)]  # 1-d draws: no large fresh allocations
    u = [rng.random(n) for _ in range(4)]

    stage_latent = 2.6 * rank + 0.55 * noise[0]
    stage = _digitize(stage_latent, (0.55, 1.25, 2.0, 2.55))
    sow = np.clip(_STAGE_SOW[stage] + 0.07 * noise[1], 0.02, 0.97)
    category_spend = np.round(revenue / sow, 2)
    share_of_wallet = np.round(np.divide(revenue, category_spend, out=np.zeros(n), where=category_spend > 0), 4)
    years = 1 + rng.poisson(_STAGE_YEARS[stage])

    growth_trend = np.round(np.clip(0.05 + 0.06 * (stage == 0) + 0.10 * noise[2], -0.40, 0.60), 3)
    past = [np.clip(0.6 * growth_trend + 0.02 + 0.10 * noise[i], -0.5, 1.0) for i in (3, 4, 5)]
    rev_1 = revenue / (1 + past[0])
    rev_2 = rev_1 / (1 + past[1])
    rev_3 = rev_2 / (1 + past[2])
    rev_1 = np.where(years >= 2, np.round(rev_1, 2), 0.0)
    rev_2 = np.where(years >= 3, np.round(rev_2, 2), 0.0)
    rev_3 = np.where(years >= 4, np.round(rev_3, 2), 0.0)

    margin = np.round(np.clip(_INDUSTRY_MARGIN[industry] + 0.025 * noise[6], 0.08, 0.45), 4)
    discount_rate = np.clip(0.01 + 0.13 * rank**8 + 0.012 * noise[7], 0.0, margin - 0.01)
    discounts = np.round(revenue * discount_rate, 2)
    demand = np.exp(0.45 * noise[4] * 0.8 + 0.45 * 0.6 * noise[5])  # how demanding the account is
    orders = 1 + rng.poisson(1.0 + 4.0 * size**0.6 * demand)
    deliveries = orders + rng.binomial(orders, np.minimum(0.2 * demand, 0.9))
    visits = rng.poisson(1.5 + 2.5 * np.sqrt(size) * (stage + 1) / 3)
    sales_hours = np.round(visits * (3.0 + 4.0 * u[0]) + 0.3 * orders, 1)
    service_hours = np.round((1.5 * orders + 4.0 * size) * demand * (0.5 + u[1]), 1)
    complaints = rng.poisson(0.15 + 0.06 * orders * demand)
    complaint_hours = np.round(complaints * 4.5 * demand * (0.5 + u[2]), 1)
    complaint_hours = np.where(complaints > 0, np.maximum(complaint_hours, 0.1 * complaints), 0.0)
    promotion = np.round(revenue * 0.06 * rank**6 * u[3] * (stage >= 2), 2)
    importance_latent = 2.8 * rank + 0.25 * stage + 1.0 * (growth_trend > 0.12) + 0.6 * noise[1]
    importance = 1 + _digitize(importance_latent, (0.9, 1.7, 2.4, 3.0))
    n_contacts = 1 + rng.poisson(0.3 + 0.9 * stage + 0.4 * size**0.3)

    reps = staff.index[staff.role == "sales_rep"].to_numpy()
    kams = staff.index[staff.role == "key_account_manager"].to_numpy()
    owner = reps[rng.integers(0, reps.size, size=n)]
    if kams.size:
        top = rank >= 0.99
        owner = np.where(top, kams[rng.integers(0, kams.size, size=n)], owner)
    staff_ids = staff.staff_id.to_numpy(dtype=object)

    return pd.DataFrame(
        {
            "account_id": _strings(_ids(id_prefix, n, 4)),
            "name_zh": _strings(names_zh),
            "name_en": _strings(names_en),
            "industry": _category(industry, "industry"),
            "region": _category(region, "region"),
            "sales_rep": _strings(staff_ids[owner]),
            "revenue_3y_ago": rev_3,
            "revenue_2y_ago": rev_2,
            "revenue_1y_ago": rev_1,
            "revenue": revenue,
            "growth_trend": growth_trend,
            "category_spend": category_spend,
            "share_of_wallet": share_of_wallet,
            "gross_margin": margin,
            "discounts_rebates": discounts,
            "orders_per_year": orders,
            "sales_visits": visits,
            "sales_hours": sales_hours,
            "deliveries": deliveries,
            "service_hours": service_hours,
            "complaint_hours": complaint_hours,
            "promotion_support": promotion,
            "years_as_customer": years,
            "n_contacts": n_contacts,
            "relationship_stage": _category(stage, "relationship_stage"),
            "strategic_importance": importance,
            "complaints": complaints,
        },
        copy=False,
    )[columns("accounts")]


_NAME_CACHE: dict[str, np.ndarray] = {}


def _company_names() -> tuple[np.ndarray, np.ndarray]:
    """Every fictional company name: city x two-character brand x industry (object arrays)."""
    if not _NAME_CACHE:
        zh, en = [], []
        for region in _CITIES:
            for city_zh, city_en in region:
                for f_zh, f_en in _NAME_FIRST:
                    for s_zh, s_en in _NAME_SECOND:
                        for ind_zh, ind_en in _INDUSTRY_NAME:
                            zh.append(f"{city_zh}{f_zh}{s_zh}{ind_zh}有限公司")
                            en.append(f"{city_en} {f_en}{s_en} {ind_en} Co., Ltd.")
        _NAME_CACHE["zh"] = np.array(zh, dtype=object)
        _NAME_CACHE["en"] = np.array(en, dtype=object)
    return _NAME_CACHE["zh"], _NAME_CACHE["en"]


_NAMES_BY_HAND = 50_000  # below this many accounts, format each name rather than build all 151,200


def _names_at(city: np.ndarray, core: np.ndarray, industry: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The zh and en names of accounts with these city, brand (``core``) and industry codes.

    Equal to taking them from :func:`_company_names` (tested on every name): a small
    table formats only its own names (building all 151,200 costs ~0.2 s, a fifth of a
    lesson's first ``make_accounts``); a large one, or any once the table exists, takes.
    """
    n_second = len(_NAME_SECOND)
    if _NAME_CACHE or city.size >= _NAMES_BY_HAND:
        names_zh, names_en = _company_names()
        idx = (city * len(_NAME_FIRST) * n_second + core) * len(_INDUSTRY_NAME) + industry
        return names_zh[idx], names_en[idx]
    cities = [c for region in _CITIES for c in region]
    zh = np.empty(city.size, dtype=object)
    en = np.empty(city.size, dtype=object)
    for i, (c, k, ind) in enumerate(zip(city.tolist(), core.tolist(), industry.tolist())):
        (c_zh, c_en), (f_zh, f_en), (s_zh, s_en) = cities[c], _NAME_FIRST[k // n_second], _NAME_SECOND[k % n_second]
        ind_zh, ind_en = _INDUSTRY_NAME[ind]
        zh[i] = f"{c_zh}{f_zh}{s_zh}{ind_zh}有限公司"
        en[i] = f"{c_en} {f_en}{s_en} {ind_en} Co., Ltd."
    return zh, en


def make_accounts(n: int = 2000, *, seed=DEFAULT_SEED, concentration: float = 0.80) -> pd.DataFrame:
    """Simulate Company A's customer accounts, one row per account.

    Parameters
    ----------
    n : int
        Number of accounts, 5 to :data:`MAX_ACCOUNTS` (2,000,000).
    seed : int, numpy.random.Generator or None
        Source of randomness; the same integer gives identical frames.
    concentration : float
        Share of current-year revenue held by the top 20% of accounts, exactly (to
        rounding). 0.80 is the chapter's 80/20 rule; must lie above 0.20 (all
        accounts equal) and at most 0.99.

    Returns
    -------
    pandas.DataFrame
        The accounts table of :mod:`kamlab.schema` (27 columns). Names are fictional
        and not guaranteed unique; ``account_id`` is the key.

    Raises
    ------
    KamlabValueError, KamlabTypeError
        For a bad ``n``, ``seed`` or ``concentration``.

    References
    ----------
    Chapter 4, C2: the 80/20 rule, "20% of customers bring 80% of the business".
    Aitchison, J. & Brown, J. A. C. (1957). *The Lognormal Distribution*.

    Examples
    --------
    >>> accounts = make_accounts(500, seed=1)
    >>> len(accounts), accounts.account_id.iloc[0]
    (500, 'A0001')
    >>> from kamlab import top_share
    >>> round(top_share(accounts.revenue, 0.2), 3)
    0.8
    >>> round(top_share(make_accounts(500, seed=1, concentration=0.6).revenue, 0.2), 3)
    0.6
    """
    func = "make_accounts"
    n = check_size(n, "n", func, minimum=5, maximum=MAX_ACCOUNTS)
    concentration = _check_concentration(concentration, n, func)
    rng = _rng(seed, func)
    revenue = _calibrated_revenue(rng, n, concentration, MEAN_REVENUE * n)
    return _accounts_from_revenue(revenue, rng, make_staff(), "A")


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
