"""Customer profitability (chapter I4, M1, M2): time-driven ABC, whale curve, break-even.

Customer profit = revenue - cost of goods - discounts and rebates - cost to serve,
where cost of goods = revenue x (1 - gross_margin) and cost to serve is the
time-driven activity-based cost of selling, serving, handling complaints, taking
orders and delivering, plus the promotion support spent directly on the account.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .._validate import MAX_AMOUNT_YUAN, check_fraction, check_numeric_column, check_sum, finite_result, to_float
from ..errors import KamlabTypeError, KamlabValueError
from ._common import CHAPTER_CUTS, TIERS, accounts_frame, check_cuts, money_column, rank_order, value_array
from .segmentation import _tier_positions

__all__ = [
    "ResourcePool",
    "Activity",
    "TimeDrivenABC",
    "DEFAULT_COST_MODEL",
    "cost_to_serve",
    "unused_capacity",
    "customer_profit",
    "WhaleCurve",
    "whale_curve",
    "profit_by_tier",
    "breakeven_volume_increase",
    "breakeven_table",
]

_MINUTES_PER_HOUR = 60.0


def _positive(value: object, name: str, where: str, maximum: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise KamlabTypeError(f"{where}: '{name}' must be a number, got {type(value).__name__} {value!r}.")
    x = to_float(value, name, where)
    if not math.isfinite(x) or x <= 0:
        raise KamlabValueError(f"{where}: '{name}' = {x!r}; expected a finite number > 0.")
    if maximum is not None and x > maximum:
        raise KamlabValueError(f"{where}: '{name}' = {x!r}; expected at most {maximum:g}.")
    return x


@dataclass(frozen=True)
class ResourcePool:
    """A department whose capacity is bought as a block: people, vehicles, space.

    Parameters
    ----------
    name : str
        Code of the pool, e.g. ``"sales"``.
    capacity_cost : float
        Cost of supplying the capacity for a year (yuan per year), in (0, 1e15].
    practical_capacity : float
        Minutes of work the pool can actually do in a year (minutes per year), > 0;
        Kaplan & Anderson suggest about 80-85% of theoretical time.

    Examples
    --------
    >>> ResourcePool("service", 6_400_000, 1_536_000).cost_per_minute
    4.166666666666667
    """

    name: str
    capacity_cost: float
    practical_capacity: float

    def __post_init__(self) -> None:
        where = "ResourcePool"
        if not isinstance(self.name, str) or not self.name:
            raise KamlabTypeError(f"{where}: 'name' must be a non-empty str, got {self.name!r}.")
        object.__setattr__(
            self,
            "capacity_cost",
            _positive(self.capacity_cost, "capacity_cost", f"{where} {self.name!r}", MAX_AMOUNT_YUAN),
        )
        object.__setattr__(
            self,
            "practical_capacity",
            _positive(self.practical_capacity, "practical_capacity", f"{where} {self.name!r}"),
        )

    @property
    def cost_per_minute(self) -> float:
        """Capacity cost rate: capacity cost / practical capacity (yuan per minute)."""
        return self.capacity_cost / self.practical_capacity


@dataclass(frozen=True)
class Activity:
    """An activity, the pool that performs it and its time equation.

    Parameters
    ----------
    name : str
        Code of the activity, e.g. ``"delivery"``.
    pool : str
        Name of the :class:`ResourcePool` that performs it.
    driver : str
        Accounts column counting how often it happens per account (e.g. ``deliveries``)
        or how many hours it took (e.g. ``sales_hours``).
    minutes_per_unit : float
        Minutes of the pool's capacity per unit of the driver, > 0 (60 for an hours driver).
    """

    name: str
    pool: str
    driver: str
    minutes_per_unit: float

    def __post_init__(self) -> None:
        where = "Activity"
        for attr in ("name", "pool", "driver"):
            value = getattr(self, attr)
            if not isinstance(value, str) or not value:
                raise KamlabTypeError(f"{where}: '{attr}' must be a non-empty str, got {value!r}.")
        object.__setattr__(
            self, "minutes_per_unit", _positive(self.minutes_per_unit, "minutes_per_unit", f"{where} {self.name!r}")
        )


@dataclass(frozen=True)
class TimeDrivenABC:
    """A time-driven activity-based costing (TDABC) model of the cost to serve.

    Two estimates per pool (its capacity cost and its practical capacity in minutes)
    give a cost per minute; each activity's time equation (minutes per unit of its
    driver) times that rate gives a cost per unit; driver counts per account give
    each account's cost. Capacity not used by any account is reported, not spread
    over the accounts.

    Parameters
    ----------
    pools : tuple of ResourcePool
    activities : tuple of Activity
        Every ``pool`` must name one of ``pools``; names unique.
    direct_costs : tuple of str, default ("promotion_support",)
        Accounts columns already in yuan, added to the cost to serve as they are.

    Raises
    ------
    TypeError, ValueError
        If names are duplicated, an activity names an unknown pool, or a number is
        not a positive finite number.

    References
    ----------
    Kaplan, R. S. & Anderson, S. R. (2004). Time-driven activity-based costing.
    Harvard Business Review, 82(11), 131-138.
    Kaplan, R. S. & Anderson, S. R. (2007). Time-Driven Activity-Based Costing.
    Boston: Harvard Business School Press.

    Examples
    --------
    >>> DEFAULT_COST_MODEL.rates()[["activity", "cost_per_unit"]].round(2).to_dict("list")
    {'activity': ['sales_time', 'service_time', 'complaint_handling', 'order_processing', 'delivery'], \
'cost_per_unit': [400.0, 250.0, 250.0, 150.0, 300.0]}
    """

    pools: tuple
    activities: tuple
    direct_costs: tuple = field(default=("promotion_support",))

    def __post_init__(self) -> None:
        where = "TimeDrivenABC"
        for attr, kind in (("pools", ResourcePool), ("activities", Activity)):
            items = getattr(self, attr)
            if isinstance(items, (str, bytes)) or not hasattr(items, "__iter__"):
                raise KamlabTypeError(
                    f"{where}: '{attr}' must be a sequence of {kind.__name__}, got {type(items).__name__}."
                )
            items = tuple(items)
            if not items:
                raise KamlabValueError(f"{where}: '{attr}' is empty; expected at least one {kind.__name__}.")
            for item in items:
                if not isinstance(item, kind):
                    raise KamlabTypeError(
                        f"{where}: '{attr}' must hold {kind.__name__} objects, got {type(item).__name__}."
                    )
            names = [i.name for i in items]
            dup = sorted({n for n in names if names.count(n) > 1})
            if dup:
                raise KamlabValueError(f"{where}: '{attr}' has duplicated names {dup}; expected each name once.")
            object.__setattr__(self, attr, items)
        direct = self.direct_costs
        if isinstance(direct, str) or not all(isinstance(c, str) for c in direct):
            raise KamlabTypeError(f"{where}: 'direct_costs' must be a tuple of column names, got {direct!r}.")
        object.__setattr__(self, "direct_costs", tuple(direct))
        pool_names = [p.name for p in self.pools]
        for act in self.activities:
            if act.pool not in pool_names:
                raise KamlabValueError(
                    f"{where}: activity {act.name!r} uses pool {act.pool!r}; expected one of {', '.join(pool_names)}."
                )

    def _pool(self, name: str) -> ResourcePool:
        return next(p for p in self.pools if p.name == name)

    def rates(self) -> pd.DataFrame:
        """Cost per minute of each pool and cost per unit of each activity's driver.

        Returns
        -------
        pandas.DataFrame
            ``activity``, ``pool``, ``driver``, ``minutes_per_unit``,
            ``cost_per_minute`` (yuan/minute), ``cost_per_unit`` (yuan per driver unit).
        """
        rows = []
        for act in self.activities:
            rate = self._pool(act.pool).cost_per_minute
            rows.append(
                {
                    "activity": act.name,
                    "pool": act.pool,
                    "driver": act.driver,
                    "minutes_per_unit": act.minutes_per_unit,
                    "cost_per_minute": rate,
                    "cost_per_unit": rate * act.minutes_per_unit,
                }
            )
        return pd.DataFrame(rows)

    def _drivers(self, accounts: pd.DataFrame, func: str) -> pd.DataFrame:
        frame = accounts_frame(accounts, func, [a.driver for a in self.activities] + list(self.direct_costs))
        for col in dict.fromkeys([a.driver for a in self.activities] + list(self.direct_costs)):
            check_numeric_column(frame, col, func, minimum=0)
        return frame

    def cost_to_serve(self, accounts: pd.DataFrame, *, func: str = "cost_to_serve") -> pd.DataFrame:
        """Cost to serve each account, by activity (yuan per year); see :func:`cost_to_serve`.

        Parameters
        ----------
        accounts : pandas.DataFrame
            One row per account: unique ``account_id``, each activity's driver column and
            each of ``direct_costs``, all numbers >= 0.
        func : str, default "cost_to_serve"
            Function name that error messages name.

        Returns
        -------
        pandas.DataFrame
            Same index as ``accounts``: ``account_id``, one column per activity (driver
            count x minutes per unit x the pool's cost per minute), one per direct cost,
            and their sum ``cost_to_serve`` (yuan per year).

        Raises
        ------
        KamlabTypeError, KamlabValueError
            If ``accounts`` is not a non-empty table with those columns, a driver is
            negative or not a number, or the total is not finite.
        """
        frame = self._drivers(accounts, func)
        out = {"account_id": frame["account_id"].to_numpy()}
        total = np.zeros(len(frame))
        with np.errstate(over="ignore", invalid="ignore"):  # an overflow is reported by finite_result below
            for act in self.activities:
                cost = (
                    frame[act.driver].to_numpy(dtype=float)
                    * act.minutes_per_unit
                    * self._pool(act.pool).cost_per_minute
                )
                out[act.name] = cost
                total = total + cost
            for col in self.direct_costs:
                cost = frame[col].to_numpy(dtype=float)
                out[col] = cost
                total = total + cost
        finite_result(
            total,
            func,
            "the cost to serve",
            pools=", ".join(f"{p.name}: {p.capacity_cost:g} yuan / {p.practical_capacity:g} min" for p in self.pools),
        )
        out["cost_to_serve"] = total
        return pd.DataFrame(out, index=frame.index)

    def capacity(self, accounts: pd.DataFrame, *, func: str = "unused_capacity") -> pd.DataFrame:
        """Used and unused capacity of each pool; see :func:`unused_capacity`.

        Parameters
        ----------
        accounts : pandas.DataFrame
            One row per account: unique ``account_id``, each activity's driver column and
            each of ``direct_costs``, all numbers >= 0.
        func : str, default "unused_capacity"
            Function name that error messages name.

        Returns
        -------
        pandas.DataFrame
            One row per pool: ``pool``, ``capacity_cost`` (yuan), ``practical_capacity``
            and ``used_minutes`` / ``unused_minutes`` (minutes), ``cost_per_minute``,
            ``utilisation`` (used / practical capacity; above 1 when over-used), and
            ``used_cost`` / ``unused_cost`` (yuan; unused is negative when over-used).

        Raises
        ------
        KamlabTypeError, KamlabValueError
            As :meth:`cost_to_serve`, or if the table is not finite.
        """
        frame = self._drivers(accounts, func)
        rows = []
        for pool in self.pools:
            used = sum(
                float(frame[a.driver].to_numpy(dtype=float).sum()) * a.minutes_per_unit
                for a in self.activities
                if a.pool == pool.name
            )
            unused = pool.practical_capacity - used
            rows.append(
                {
                    "pool": pool.name,
                    "capacity_cost": pool.capacity_cost,
                    "practical_capacity": pool.practical_capacity,
                    "cost_per_minute": pool.cost_per_minute,
                    "used_minutes": used,
                    "unused_minutes": unused,
                    "utilisation": used / pool.practical_capacity,
                    "used_cost": used * pool.cost_per_minute,
                    "unused_cost": unused * pool.cost_per_minute,
                }
            )
        table = pd.DataFrame(rows)
        finite_result(
            table.drop(columns="pool").to_numpy(dtype=float),
            func,
            "the capacity table",
            pools=", ".join(p.name for p in self.pools),
        )
        return table


#: The default cost model, calibrated to the shipped data (see the module notes).
#:
#: Practical capacity is 1,600 hours per person per year (250 days x 8 h x 80%).
#: sales: 28 sales staff, 17,920,000 yuan/year -> 400 yuan per hour (salary,
#: commission, travel, car, entertainment, office); service: 27 engineers and
#: service staff, 10,800,000 yuan -> 250 yuan/hour, for service and complaint
#: handling alike; order_desk: 8 clerks, 1,920,000 yuan -> 150 yuan/hour, 60
#: minutes per order -> 150 yuan/order; logistics: 20 drivers and warehouse staff
#: with their vans, 4,800,000 yuan -> 150 yuan/hour, 120 minutes per delivery ->
#: 300 yuan/delivery. Promotion support is a direct cost in yuan. On the shipped
#: data every pool runs at 80-85% of its practical capacity.
DEFAULT_COST_MODEL = TimeDrivenABC(
    pools=(
        ResourcePool("sales", 17_920_000, 28 * 1_600 * 60),
        ResourcePool("service", 10_800_000, 27 * 1_600 * 60),
        ResourcePool("order_desk", 1_920_000, 8 * 1_600 * 60),
        ResourcePool("logistics", 4_800_000, 20 * 1_600 * 60),
    ),
    activities=(
        Activity("sales_time", "sales", "sales_hours", _MINUTES_PER_HOUR),
        Activity("service_time", "service", "service_hours", _MINUTES_PER_HOUR),
        Activity("complaint_handling", "service", "complaint_hours", _MINUTES_PER_HOUR),
        Activity("order_processing", "order_desk", "orders_per_year", 60.0),
        Activity("delivery", "logistics", "deliveries", 120.0),
    ),
    direct_costs=("promotion_support",),
)


def _model(model, func: str) -> TimeDrivenABC:
    if model is None:
        return DEFAULT_COST_MODEL
    if not isinstance(model, TimeDrivenABC):
        raise KamlabTypeError(f"{func}: parameter 'model' must be a TimeDrivenABC, got {type(model).__name__}.")
    return model


def cost_to_serve(accounts: pd.DataFrame, *, model: TimeDrivenABC | None = None) -> pd.DataFrame:
    """Cost to serve each account by time-driven activity-based costing (yuan per year).

    cost of an activity for an account = driver count x minutes per unit x the
    pool's cost per minute (capacity cost / practical capacity). The default model
    charges 400 yuan per sales hour, 250 yuan per service or complaint hour, 150 yuan
    per order and 300 yuan per delivery, and adds ``promotion_support`` as a direct cost.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table with ``account_id``, every activity's driver column and the
        direct-cost columns (default: ``sales_hours``, ``service_hours``,
        ``complaint_hours``, ``orders_per_year``, ``deliveries``, ``promotion_support``).
    model : TimeDrivenABC, optional
        Cost model; default :data:`DEFAULT_COST_MODEL`.

    Returns
    -------
    pandas.DataFrame
        Input row order and index: ``account_id``, one column per activity and
        direct cost (yuan), ``cost_to_serve`` (their sum).

    Raises
    ------
    TypeError
        If ``accounts`` is not a DataFrame, a driver is not numeric, or ``model`` is
        not a :class:`TimeDrivenABC`.
    ValueError
        If a column is missing or has negative, missing or infinite values, or ids repeat.

    References
    ----------
    Kaplan, R. S. & Anderson, S. R. (2004). Time-driven activity-based costing.
    Harvard Business Review, 82(11), 131-138.

    Examples
    --------
    >>> import pandas as pd
    >>> a = pd.DataFrame({"account_id": ["A1"], "sales_hours": [10.0], "service_hours": [4.0],
    ...                   "complaint_hours": [2.0], "orders_per_year": [5], "deliveries": [6],
    ...                   "promotion_support": [1000.0]})
    >>> float(cost_to_serve(a)["cost_to_serve"].iloc[0])
    9050.0
    """
    return _model(model, "cost_to_serve").cost_to_serve(accounts, func="cost_to_serve")


def unused_capacity(accounts: pd.DataFrame, *, model: TimeDrivenABC | None = None) -> pd.DataFrame:
    """Capacity each pool supplies, what the accounts use, and the unused rest.

    TDABC charges accounts only for the minutes they use; the cost of idle capacity
    stays visible as ``unused_cost`` instead of being spread over customers. A
    negative ``unused_minutes`` means the accounts need more than the pool's
    practical capacity (overtime, delays).

    Parameters
    ----------
    accounts : pandas.DataFrame
        As :func:`cost_to_serve`.
    model : TimeDrivenABC, optional
        Cost model; default :data:`DEFAULT_COST_MODEL`.

    Returns
    -------
    pandas.DataFrame
        One row per pool: ``pool``, ``capacity_cost`` (yuan), ``practical_capacity``,
        ``used_minutes``, ``unused_minutes`` (minutes), ``utilisation`` (fraction),
        ``cost_per_minute``, ``used_cost``, ``unused_cost`` (yuan).

    Raises
    ------
    TypeError, ValueError
        As :func:`cost_to_serve`.

    References
    ----------
    Kaplan, R. S. & Anderson, S. R. (2004). Time-driven activity-based costing.
    Harvard Business Review, 82(11), 131-138 (unused capacity).

    Examples
    --------
    >>> import pandas as pd
    >>> a = pd.DataFrame({"account_id": ["A1"], "sales_hours": [1600.0], "service_hours": [0.0],
    ...                   "complaint_hours": [0.0], "orders_per_year": [0], "deliveries": [0],
    ...                   "promotion_support": [0.0]})
    >>> cap = unused_capacity(a).set_index("pool")
    >>> round(float(cap.loc["sales", "utilisation"]), 4), float(cap.loc["sales", "unused_cost"])
    (0.0357, 17280000.0)
    """
    return _model(model, "unused_capacity").capacity(accounts, func="unused_capacity")


_PROFIT_COLUMNS = ("revenue", "gross_margin", "discounts_rebates")


def customer_profit(accounts: pd.DataFrame, *, model: TimeDrivenABC | None = None) -> pd.DataFrame:
    """Profit of each account after cost of goods, discounts and cost to serve (yuan per year).

    profit = revenue - cost_of_goods - discounts_rebates - cost_to_serve, with
    cost_of_goods = revenue x (1 - gross_margin) (revenue at list price) and
    cost_to_serve from :func:`cost_to_serve` (promotion support included).

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table with ``account_id``, ``revenue``, ``gross_margin`` (0-1),
        ``discounts_rebates`` and the cost model's driver columns.
    model : TimeDrivenABC, optional
        Cost model; default :data:`DEFAULT_COST_MODEL`.

    Returns
    -------
    pandas.DataFrame
        Input row order and index: ``account_id``, ``revenue``, ``cost_of_goods``,
        ``gross_profit``, ``discounts_rebates``, the activity and direct-cost
        columns, ``cost_to_serve``, ``profit`` and ``profit_margin`` (profit /
        revenue; NaN when revenue is 0).

    Raises
    ------
    TypeError, ValueError
        As :func:`cost_to_serve`; also for ``gross_margin`` outside [0, 1].

    References
    ----------
    Chapter 4, I4 (largest customers are not automatically the most profitable).
    Kaplan, R. S. & Narayanan, V. G. (2001). Measuring and managing customer
    profitability. Journal of Cost Management, 15(5), 5-15.

    Examples
    --------
    >>> import pandas as pd
    >>> a = pd.DataFrame({"account_id": ["A1"], "revenue": [100_000.0], "gross_margin": [0.25],
    ...                   "discounts_rebates": [5_000.0], "sales_hours": [10.0], "service_hours": [4.0],
    ...                   "complaint_hours": [2.0], "orders_per_year": [5], "deliveries": [6],
    ...                   "promotion_support": [1000.0]})
    >>> float(customer_profit(a)["profit"].iloc[0])
    10950.0
    """
    func = "customer_profit"
    cm = _model(model, func)
    frame = accounts_frame(accounts, func, _PROFIT_COLUMNS)
    revenue = money_column(frame, "revenue", func, positive_total=False)
    check_numeric_column(frame, "gross_margin", func, minimum=0, maximum=1)
    discounts = money_column(frame, "discounts_rebates", func, positive_total=False)
    costs = cm.cost_to_serve(frame, func=func)
    cogs = revenue * (1.0 - frame["gross_margin"].to_numpy(dtype=float))
    gross = revenue - cogs
    profit = gross - discounts - costs["cost_to_serve"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        margin = np.where(revenue > 0, profit / np.where(revenue > 0, revenue, 1.0), np.nan)
    out = pd.DataFrame(
        {
            "account_id": frame["account_id"].to_numpy(),
            "revenue": revenue,
            "cost_of_goods": cogs,
            "gross_profit": gross,
            "discounts_rebates": discounts,
        },
        index=frame.index,
    )
    for col in costs.columns[1:]:
        out[col] = costs[col].to_numpy()
    out["profit"] = profit
    out["profit_margin"] = margin
    return out


@dataclass(frozen=True)
class WhaleCurve:
    """Result of :func:`whale_curve`.

    Attributes
    ----------
    table : pandas.DataFrame
        Accounts from most to least profitable: ``rank``, ``account_id``,
        ``revenue`` (if known), ``revenue_rank``, ``profit``, ``cum_profit``,
        ``cum_profit_share`` (of total profit; NaN if the total is not positive),
        ``cum_account_share``.
    total_profit : float
        Profit of all accounts (yuan).
    peak_profit : float
        Highest cumulative profit (yuan): what the profitable accounts earn.
    peak_rank : int
        Number of accounts at the peak (the last profitable account).
    peak_share : float
        peak_profit / total_profit (e.g. 1.5 = 150%; NaN if the total is not positive).
    loss_from_unprofitable : float
        peak_profit - total_profit: what the loss-making accounts give away (yuan).
    """

    table: pd.DataFrame
    total_profit: float
    peak_profit: float
    peak_rank: int
    peak_share: float
    loss_from_unprofitable: float

    @property
    def peak_account_share(self) -> float:
        """Share of accounts that are profitable (where the curve peaks)."""
        return self.peak_rank / len(self.table)


def whale_curve(accounts: pd.DataFrame, *, model: TimeDrivenABC | None = None, profit: str | None = None) -> WhaleCurve:
    """The whale curve: cumulative profit against accounts ranked from most to least profitable.

    The curve rises over the profitable accounts, peaks at the last one, then falls
    over the loss-makers down to the total profit; typically the peak is well above
    100% of total profit (Kaplan & Cooper's "whale"). ``revenue_rank`` shows where
    each account stands by size, so a student can see that the largest accounts are
    not automatically the most profitable (chapter I4).

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table as for :func:`customer_profit`, or any table with
        ``account_id`` and a ``profit`` column when ``profit`` is given.
    model : TimeDrivenABC, optional
        Cost model for :func:`customer_profit`; default :data:`DEFAULT_COST_MODEL`.
    profit : str, optional
        Column holding each account's profit already (yuan, may be negative); if
        None, profit is computed with :func:`customer_profit`.

    Returns
    -------
    WhaleCurve

    Raises
    ------
    TypeError, ValueError
        As :func:`customer_profit`, or for a missing, non-numeric or non-finite
        ``profit`` column.

    References
    ----------
    Kaplan, R. S. & Cooper, R. (1998). Cost & Effect. Boston: Harvard Business School
    Press (the whale curve of cumulative customer profitability).
    Chapter 4, I4 and M2.

    Examples
    --------
    >>> import pandas as pd
    >>> a = pd.DataFrame({"account_id": ["A", "B", "C", "D"], "profit": [50.0, -30.0, 100.0, -20.0]})
    >>> w = whale_curve(a, profit="profit")
    >>> w.table["cum_profit"].tolist(), w.peak_profit, w.peak_rank, w.peak_share
    ([100.0, 150.0, 130.0, 100.0], 150.0, 2, 1.5)
    """
    func = "whale_curve"
    if profit is None:
        prof = customer_profit(accounts, model=_model(model, func))
        frame = accounts_frame(accounts, func)
        column = "profit"
    else:
        if not isinstance(profit, str):
            raise KamlabTypeError(
                f"{func}: parameter 'profit' must be a column name (str) or None, got {type(profit).__name__}."
            )
        frame = accounts_frame(accounts, func, [profit])
        check_numeric_column(frame, profit, func)
        prof = frame
        column = profit
    values = check_sum(prof[column].to_numpy(dtype=float), column, func)
    ids = frame["account_id"]
    order = rank_order(values, ids)
    n = len(values)
    table = pd.DataFrame({"rank": np.arange(1, n + 1), "account_id": ids.to_numpy()[order]})
    if "revenue" in frame.columns and pd.api.types.is_numeric_dtype(frame["revenue"]):
        revenue = frame["revenue"].to_numpy(dtype=float)
        rev_rank = np.empty(n, dtype=int)
        rev_rank[rank_order(revenue, ids)] = np.arange(1, n + 1)
        table["revenue"] = revenue[order]
        table["revenue_rank"] = rev_rank[order]
    cum = np.cumsum(values[order])
    total = float(cum[-1])
    table["profit"] = values[order]
    table["cum_profit"] = cum
    table["cum_profit_share"] = cum / total if total > 0 else np.nan
    table["cum_account_share"] = np.arange(1, n + 1) / n
    peak_pos = int(np.argmax(cum))
    peak = float(cum[peak_pos])
    if peak < 0:  # no profitable account: the curve peaks at zero accounts
        peak_pos, peak = -1, 0.0
    return WhaleCurve(
        table=table,
        total_profit=total,
        peak_profit=peak,
        peak_rank=peak_pos + 1,
        peak_share=peak / total if total > 0 else math.nan,
        loss_from_unprofitable=peak - total,
    )


def profit_by_tier(accounts: pd.DataFrame, *, model: TimeDrivenABC | None = None, cuts=CHAPTER_CUTS) -> pd.DataFrame:
    """Revenue, profit and profit margin per tier of the customer pyramid.

    The chapter's I4: in many industries the largest customers buy the most but are
    *less* profitable per yuan than mid-size ones (volume discounts, promotion
    support, demanding service). Tiers are by revenue, as in :func:`customer_pyramid`.

    Parameters
    ----------
    accounts : pandas.DataFrame
        As :func:`customer_profit`.
    model : TimeDrivenABC, optional
        Cost model; default :data:`DEFAULT_COST_MODEL`.
    cuts : sequence of 4 floats, default (0.01, 0.04, 0.15, 0.80)
        Share of accounts per tier, top first.

    Returns
    -------
    pandas.DataFrame
        One row per tier: ``tier``, ``count``, ``revenue``, ``gross_profit``,
        ``discounts_rebates``, ``cost_to_serve``, ``profit`` (yuan),
        ``profit_margin`` (profit / revenue), ``unprofitable`` (number of accounts
        with profit < 0).

    Raises
    ------
    TypeError, ValueError
        As :func:`customer_profit` and :func:`customer_pyramid`.

    References
    ----------
    Chapter 4, I4 and M2.
    Kaplan, R. S. & Narayanan, V. G. (2001). Measuring and managing customer
    profitability. Journal of Cost Management, 15(5), 5-15.

    Examples
    --------
    >>> import pandas as pd
    >>> a = pd.DataFrame({"account_id": ["A1", "A2"], "revenue": [1000.0, 100.0], "gross_margin": [0.2, 0.2],
    ...                   "discounts_rebates": [150.0, 0.0], "sales_hours": [0.0, 0.0], "service_hours": [0.0, 0.0],
    ...                   "complaint_hours": [0.0, 0.0], "orders_per_year": [0, 0], "deliveries": [0, 0],
    ...                   "promotion_support": [0.0, 0.0]})
    >>> profit_by_tier(a, cuts=(0.25, 0.25, 0.25, 0.25))["profit_margin"].round(3).tolist()
    [nan, 0.05, nan, 0.2]
    """
    func = "profit_by_tier"
    cut_values = check_cuts(cuts, func)
    prof = customer_profit(accounts, model=_model(model, func))
    order = rank_order(prof["revenue"].to_numpy(), prof["account_id"])
    ranked = prof.iloc[order]
    tier_index = _tier_positions(len(ranked), cut_values)
    rows = []
    for i, code in enumerate(TIERS):
        part = ranked.iloc[np.flatnonzero(tier_index == i)]
        revenue = float(part["revenue"].sum())
        profit = float(part["profit"].sum())
        rows.append(
            {
                "tier": code,
                "count": len(part),
                "revenue": revenue,
                "gross_profit": float(part["gross_profit"].sum()),
                "discounts_rebates": float(part["discounts_rebates"].sum()),
                "cost_to_serve": float(part["cost_to_serve"].sum()),
                "profit": profit,
                "profit_margin": profit / revenue if revenue > 0 else math.nan,
                "unprofitable": int((part["profit"] < 0).sum()),
            }
        )
    return pd.DataFrame(rows)


def _breakeven(m: float, d: float, func: str) -> float:
    if d >= m:
        raise KamlabValueError(
            f"{func}: discount {d!r} is not below the gross margin {m!r}: every unit then sells at "
            f"no profit or a loss (margin after discount m - d = {m - d:.4g} <= 0), so no increase "
            f"in volume can restore the gross profit. Expected discount < gross_margin."
        )
    return d / (m - d)


def breakeven_volume_increase(gross_margin: float, discount: float) -> float:
    """Extra volume needed for a price discount to keep gross profit unchanged.

    With gross margin m and discount d (both as fractions of the list price), profit
    per unit falls from m to m - d, so volume must grow by x where
    m = (m - d)(1 + x), i.e. x = d / (m - d). The required increase rises steeply
    as d approaches m; at d >= m no volume can compensate, and this function
    raises an error saying so rather than return a meaningless number.

    Parameters
    ----------
    gross_margin : float
        Gross margin before the discount, a fraction in (0, 1] (0.20 for 20%).
    discount : float
        Price discount as a fraction of the list price, in [0, 1), below ``gross_margin``.

    Returns
    -------
    float
        The required volume increase as a fraction (0.3333 = +33.3%).

    Raises
    ------
    TypeError
        If an argument is not a number.
    ValueError
        If a share is out of range, or ``discount >= gross_margin``.

    References
    ----------
    Chapter 4, I4: with a 20% gross margin, a 5% discount needs 33% more sales volume
    to break even (0.20 = 0.15 x (1 + x), x = 1/3).
    Nagle, T. T., Hogan, J. E. & Zale, J. (2011). The Strategy and Tactics of Pricing,
    5th ed., ch. 11 (break-even sales change).

    Examples
    --------
    >>> round(breakeven_volume_increase(0.20, 0.05), 4)
    0.3333
    """
    func = "breakeven_volume_increase"
    m = check_fraction(gross_margin, "gross_margin", func, open_low=True)
    d = check_fraction(discount, "discount", func, open_high=True)
    return _breakeven(m, d, func)


def breakeven_table(margins, discounts) -> pd.DataFrame:
    """Required volume increase for a grid of gross margins and discounts.

    Each cell is :func:`breakeven_volume_increase` (a fraction). Cells where the
    discount reaches the margin hold NaN: no volume can compensate there.

    Parameters
    ----------
    margins : sequence of float
        Gross margins, each in (0, 1].
    discounts : sequence of float
        Discounts, each in [0, 1).

    Returns
    -------
    pandas.DataFrame
        Index ``gross_margin``, columns ``discount``.

    Raises
    ------
    TypeError
        If a sequence does not hold numbers.
    ValueError
        If a sequence is empty or a value is out of range.

    References
    ----------
    Chapter 4, I4 (20% margin, 5% discount -> +33% volume).

    Examples
    --------
    >>> breakeven_table([0.20, 0.40], [0.05, 0.20]).round(3)
    discount      0.05  0.20
    gross_margin
    0.2          0.333   NaN
    0.4          0.143   1.0
    """
    func = "breakeven_table"
    ms = value_array(margins, "margins", func)
    ds = value_array(discounts, "discounts", func)
    for arr, name, ok, expected in (
        (ms, "margins", (ms > 0) & (ms <= 1), "a gross margin in (0, 1]"),
        (ds, "discounts", (ds >= 0) & (ds < 1), "a discount in [0, 1)"),
    ):
        if not ok.all():
            i = int(np.flatnonzero(~ok)[0])
            raise KamlabValueError(
                f"{func}: parameter '{name}' item {i} = {float(arr[i])!r}; expected {expected} (a fraction, 0.2 for 20%)."
            )
    m, d = np.meshgrid(ms, ds, indexing="ij")
    with np.errstate(divide="ignore", invalid="ignore"):
        grid = np.where(d < m, d / (m - d), np.nan)
    return pd.DataFrame(grid, index=pd.Index(ms, name="gross_margin"), columns=pd.Index(ds, name="discount"))
