"""I1 "owning customers beats owning the market": a sales-effort budget spread evenly or focused on strategic
accounts, followed through effort -> share of wallet and satisfaction -> loyalty -> profit
(:class:`EffortModel`, :func:`compare_effort_policies`, :func:`focus_curve`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..._validate import (
    check_amount,
    check_choice,
    check_fraction,
    check_hours,
    check_number,
    check_numeric_column,
    check_rate,
    check_size,
    check_stages,
)
from ...analytics import STAGE_RETENTION
from ...analytics._common import accounts_frame, rank_order
from ...cache import disk_cached
from ...errors import KamlabTypeError, KamlabValueError

__all__ = [
    "EffortModel",
    "EffortComparison",
    "STRATEGIC_CRITERIA",
    "POLICIES",
    "allocate_effort",
    "compare_effort_policies",
    "focus_curve",
    "even_focus_share",
]

#: Columns by which strategic accounts can be chosen (largest first).
STRATEGIC_CRITERIA = ("category_spend", "revenue", "strategic_importance")

#: Upper bound of ``points`` in :func:`focus_curve` (each point simulates every account).
MAX_POINTS = 1001

#: Upper bound of :class:`EffortModel`'s ``loyalty_convexity``.
MAX_CONVEXITY = 100.0

#: The policies compared by :func:`compare_effort_policies`.
POLICIES = ("none", "even", "focused")

_EFFORT_COLUMNS = ("category_spend", "share_of_wallet", "gross_margin", "relationship_stage")


@dataclass(frozen=True)
class EffortModel:
    """How extra sales effort turns into share of wallet, satisfaction, loyalty and profit.

    An account that gets ``h`` hours of extra key-account effort a year receives
    *attention* a = 1 - 2^(-h / half_effort_hours) (0 without effort, 1/2 at the
    half-effort hours, approaching 1: a saturating response with diminishing returns).

    * Share of wallet: s = s0 + response_strength x max(wallet_ceiling - s0, 0) x a.
      The customer keeps other sources, so even unlimited effort stops at the ceiling.
    * Satisfaction (0-1): q = q0 + response_strength x (1 - q0) x a: meeting or
      exceeding the account's expectations raises it.
    * Loyalty: retention = retention_floor + (retention_ceiling - retention_floor) x q^k,
      with k = ``loyalty_convexity`` (k > 1: only highly satisfied accounts are truly
      loyal, Jones & Sasser 1995). The baseline satisfaction q0 is chosen so that
      without effort retention equals :data:`kamlab.analytics.STAGE_RETENTION` of the
      account's relationship stage (clipped to the floor and ceiling).
    * Profit: yearly profit = category_spend x s x gross_margin - hourly_cost x h (only
      the gross profit and the cost of the *extra* effort: the existing cost to serve
      is the same under every policy); lifetime profit = yearly profit x the margin
      multiple (1 + i) / (1 + i - retention) of :func:`kamlab.analytics.margin_multiple`
      with ``timing="now"`` (this year's profit, then every year the account stays,
      the effort sustained).

    Parameters
    ----------
    half_effort_hours : float, default 40.0
        Yearly hours that give half of the possible response (> 0).
    response_strength : float, default 0.6
        Share of the gap (to the wallet ceiling, to full satisfaction) that unlimited
        effort closes, in [0, 1].
    wallet_ceiling : float, default 0.85
        Highest share of wallet effort can reach, in [0, 1].
    retention_floor, retention_ceiling : float, default 0.5 and 0.97
        Retention of a fully dissatisfied and of a fully satisfied account,
        0 <= floor < ceiling <= 1.
    loyalty_convexity : float, default 2.0
        Exponent k of satisfaction in the loyalty curve, in (0, 100].
    hourly_cost : float, default 300.0
        Cost of one hour of key-account effort (yuan, in [0, 1e15]).
    discount_rate : float, default 0.10
        Yearly discount rate for lifetime profit, in [0, 10].

    Raises
    ------
    TypeError
        If a parameter is not a number.
    ValueError
        If a parameter is out of range, or the floor is not below the ceiling.

    References
    ----------
    Chapter 4, I1: customers are born unequal; meeting or exceeding strategic key
    customers' expectations raises satisfaction, then loyalty, then profit.
    Heskett, J. L., Jones, T. O., Loveman, G. W., Sasser, W. E. & Schlesinger, L. A.
    (1994). Putting the service-profit chain to work. Harvard Business Review, 72(2), 164-174.
    Reichheld, F. F. & Sasser, W. E. (1990). Zero defections: quality comes to services.
    Harvard Business Review, 68(5), 105-111.
    Jones, T. O. & Sasser, W. E. (1995). Why satisfied customers defect. Harvard
    Business Review, 73(6), 88-99.

    Examples
    --------
    >>> model = EffortModel()
    >>> float(model.attention(40.0))
    0.5
    >>> round(float(model.share_of_wallet(0.25, 40.0)), 3)    # 0.25 + 0.6 x 0.60 x 0.5
    0.43
    >>> round(float(model.retention(1.0)), 2), round(float(model.retention(0.0)), 2)
    (0.97, 0.5)
    """

    half_effort_hours: float = 40.0
    response_strength: float = 0.6
    wallet_ceiling: float = 0.85
    retention_floor: float = 0.5
    retention_ceiling: float = 0.97
    loyalty_convexity: float = 2.0
    hourly_cost: float = 300.0
    discount_rate: float = 0.10

    def __post_init__(self):
        func = "EffortModel"
        checked = {
            "half_effort_hours": check_hours(self.half_effort_hours, "half_effort_hours", func, positive=True),
            "response_strength": check_fraction(self.response_strength, "response_strength", func),
            "wallet_ceiling": check_fraction(self.wallet_ceiling, "wallet_ceiling", func),
            "retention_floor": check_fraction(self.retention_floor, "retention_floor", func),
            "retention_ceiling": check_fraction(self.retention_ceiling, "retention_ceiling", func),
        }
        lo, hi = checked["retention_floor"], checked["retention_ceiling"]
        if lo >= hi:
            raise KamlabValueError(
                f"{func}: retention_floor = {lo!r} is not below retention_ceiling = {hi!r}; "
                f"expected 0 <= retention_floor < retention_ceiling <= 1."
            )
        checked["loyalty_convexity"] = check_number(
            self.loyalty_convexity, "loyalty_convexity", func, minimum=0, strict_minimum=True, maximum=MAX_CONVEXITY
        )
        checked["hourly_cost"] = check_amount(self.hourly_cost, "hourly_cost", func)
        checked["discount_rate"] = check_rate(self.discount_rate, "discount_rate", func)
        for name, value in checked.items():  # store plain floats (a Fraction or numpy number in, a float kept)
            object.__setattr__(self, name, value)

    def attention(self, hours):
        """Attention 1 - 2^(-hours / half_effort_hours), in [0, 1).

        Parameters
        ----------
        hours : float or array_like
            Extra hours of key-account effort a year (not checked here; :meth:`simulate`
            checks them).

        Returns
        -------
        numpy.float64 or numpy.ndarray
            Attention for each value of ``hours`` (0 without effort, 0.5 at
            ``half_effort_hours``), same shape as ``hours``.
        """
        h = np.asarray(hours, dtype=float)
        with np.errstate(over="ignore"):  # hours / half-life beyond float range: attention is exactly 1
            return 1.0 - np.exp2(-h / self.half_effort_hours)

    def share_of_wallet(self, baseline, hours):
        """Share of wallet after ``hours`` of effort, from the ``baseline`` share.

        Parameters
        ----------
        baseline : float or array_like
            s0, share of wallet without extra effort, in [0, 1] (not checked).
        hours : float or array_like
            Extra hours of key-account effort a year (not checked here; :meth:`simulate`
            checks them).

        Returns
        -------
        numpy.float64 or numpy.ndarray
            s0 + response_strength x max(wallet_ceiling - s0, 0) x attention,
            broadcast over ``baseline`` and ``hours``.
        """
        s0 = np.asarray(baseline, dtype=float)
        gap = np.maximum(self.wallet_ceiling - s0, 0.0)
        return s0 + self.response_strength * gap * self.attention(hours)

    def baseline_satisfaction(self, retention):
        """Satisfaction that gives ``retention`` without extra effort (inverse loyalty curve).

        Parameters
        ----------
        retention : float or array_like
            Yearly retention without extra effort; clipped to [``retention_floor``,
            ``retention_ceiling``].

        Returns
        -------
        numpy.float64 or numpy.ndarray
            q0 = ((r - floor) / (ceiling - floor)) ** (1 / loyalty_convexity), in
            [0, 1], same shape as ``retention``.
        """
        r = np.asarray(retention, dtype=float)
        span = self.retention_ceiling - self.retention_floor
        x = np.clip((r - self.retention_floor) / span, 0.0, 1.0)
        return x ** (1.0 / self.loyalty_convexity)

    def satisfaction(self, baseline, hours):
        """Satisfaction (0-1) after ``hours`` of effort, from the ``baseline`` satisfaction.

        Parameters
        ----------
        baseline : float or array_like
            q0, satisfaction without extra effort, in [0, 1] (not checked).
        hours : float or array_like
            Extra hours of key-account effort a year (not checked here; :meth:`simulate`
            checks them).

        Returns
        -------
        numpy.float64 or numpy.ndarray
            q0 + response_strength x (1 - q0) x attention, broadcast over
            ``baseline`` and ``hours``.
        """
        q0 = np.asarray(baseline, dtype=float)
        return q0 + self.response_strength * (1.0 - q0) * self.attention(hours)

    def retention(self, satisfaction):
        """Yearly retention (loyalty) of an account with this satisfaction.

        Parameters
        ----------
        satisfaction : float or array_like
            q, clipped to [0, 1].

        Returns
        -------
        numpy.float64 or numpy.ndarray
            retention_floor + (retention_ceiling - retention_floor) x
            q ** loyalty_convexity, same shape as ``satisfaction``.
        """
        q = np.clip(np.asarray(satisfaction, dtype=float), 0.0, 1.0)
        return self.retention_floor + (self.retention_ceiling - self.retention_floor) * q**self.loyalty_convexity

    def lifetime_multiple(self, retention):
        """(1 + i) / (1 + i - r): this year's profit plus every retained year, discounted.

        Parameters
        ----------
        retention : float or array_like
            r, yearly retention, in [0, 1] (not checked).

        Returns
        -------
        numpy.float64 or numpy.ndarray
            The margin multiple with i = ``discount_rate``, same shape as
            ``retention``: lifetime profit / yearly profit.
        """
        r = np.asarray(retention, dtype=float)
        i = self.discount_rate
        return (1.0 + i) / (1.0 + i - r)

    def simulate(self, accounts: pd.DataFrame, hours) -> pd.DataFrame:
        """Per-account outcome of giving each account ``hours`` of extra effort.

        Parameters
        ----------
        accounts : pandas.DataFrame
            With ``account_id``, ``category_spend``, ``share_of_wallet``,
            ``gross_margin`` and ``relationship_stage``.
        hours : array-like
            Hours per account (>= 0), in the rows' order.

        Returns
        -------
        pandas.DataFrame
            ``account_id``, ``hours``, ``share_of_wallet_before``, ``share_of_wallet``,
            ``satisfaction_before``, ``satisfaction``, ``retention_before``,
            ``retention``, ``revenue``, ``gross_profit``, ``effort_cost``, ``profit``
            (yearly, yuan) and ``lifetime_profit`` (yuan).

        Raises
        ------
        TypeError, ValueError
            For a bad table (missing or out-of-range columns, unknown stages) or bad hours.

        Examples
        --------
        >>> import pandas as pd
        >>> a = pd.DataFrame({"account_id": ["A1"], "category_spend": [1_000_000.0],
        ...                   "share_of_wallet": [0.25], "gross_margin": [0.2],
        ...                   "relationship_stage": ["cooperative"]})
        >>> out = EffortModel().simulate(a, [40.0])
        >>> float(out["revenue"].iloc[0]), float(out["profit"].iloc[0])
        (430000.0, 74000.0)
        """
        func = "EffortModel.simulate"
        frame = _effort_frame(accounts, func)
        h = np.asarray(hours, dtype=float)
        if h.shape != (len(frame),) or not np.isfinite(h).all() or (h < 0).any():
            raise KamlabValueError(
                f"{func}: parameter 'hours' must hold one finite number >= 0 per account "
                f"({len(frame)}), got shape {h.shape}."
            )
        return _simulate(self, frame, h)


def _effort_frame(accounts, func):
    frame = accounts_frame(accounts, func, _EFFORT_COLUMNS)
    check_numeric_column(frame, "category_spend", func, minimum=0)
    check_numeric_column(frame, "share_of_wallet", func, minimum=0, maximum=1)
    check_numeric_column(frame, "gross_margin", func, minimum=0, maximum=1)
    check_stages(frame, func)
    return frame


def _simulate(model: EffortModel, frame: pd.DataFrame, hours: np.ndarray) -> pd.DataFrame:
    spend = frame["category_spend"].to_numpy(dtype=float)
    s0 = frame["share_of_wallet"].to_numpy(dtype=float)
    margin = frame["gross_margin"].to_numpy(dtype=float)
    r_stage = frame["relationship_stage"].astype("object").map(STAGE_RETENTION).to_numpy(dtype=float)
    q0 = model.baseline_satisfaction(r_stage)
    r0 = model.retention(q0)
    sow = model.share_of_wallet(s0, hours)
    q = model.satisfaction(q0, hours)
    r = model.retention(q)
    revenue = spend * sow
    gross = revenue * margin
    cost = model.hourly_cost * hours
    profit = gross - cost
    return pd.DataFrame(
        {
            "account_id": frame["account_id"].to_numpy(),
            "hours": hours,
            "share_of_wallet_before": s0,
            "share_of_wallet": sow,
            "satisfaction_before": q0,
            "satisfaction": q,
            "retention_before": r0,
            "retention": r,
            "revenue": revenue,
            "gross_profit": gross,
            "effort_cost": cost,
            "profit": profit,
            "lifetime_profit": profit * model.lifetime_multiple(r),
        },
        index=frame.index,
    )


def _strategic_mask(frame, strategic_share, strategic_by, func):
    check_choice(strategic_by, "strategic_by", func, STRATEGIC_CRITERIA)
    check_numeric_column(frame, strategic_by, func, minimum=0)
    n = len(frame)
    k = int(round(strategic_share * n))
    order = rank_order(frame[strategic_by].to_numpy(dtype=float), frame["account_id"])
    mask = np.zeros(n, dtype=bool)
    mask[order[:k]] = True
    return mask


def _check_policy(budget_hours, strategic_share, focus_share, func):
    b = check_hours(budget_hours, "budget_hours", func)
    s = check_fraction(strategic_share, "strategic_share", func, open_low=True, open_high=True)
    f = check_fraction(focus_share, "focus_share", func)
    return b, s, f


def _hours(mask, budget, focus):
    n, k = len(mask), int(mask.sum())
    if k == 0 or k == n:  # no split possible: everyone is treated alike
        return np.full(n, budget / n)
    return np.where(mask, focus * budget / k, (1.0 - focus) * budget / (n - k))


def allocate_effort(
    accounts: pd.DataFrame,
    *,
    budget_hours: float = 20_000.0,
    strategic_share: float = 0.05,
    focus_share: float = 0.8,
    strategic_by: str = "category_spend",
) -> pd.DataFrame:
    """Split a yearly effort budget between strategic and other accounts.

    The top ``strategic_share`` of accounts by ``strategic_by`` are the strategic
    accounts; they share ``focus_share`` of the budget equally, the others share the
    rest equally. ``focus_share == strategic_share`` is the even spread (every account
    the same hours).

    Parameters
    ----------
    accounts : pandas.DataFrame
        With ``account_id`` and the ``strategic_by`` column.
    budget_hours : float, default 20,000
        Yearly hours of key-account effort to allocate, in [0, 1e9] (:data:`kamlab._validate.MAX_HOURS`).
    strategic_share : float, default 0.05
        Share of accounts that are strategic, in (0, 1) (0.05: the pyramid's VIP and
        important tiers, 1% + 4%).
    focus_share : float, default 0.8
        Share of the budget given to the strategic accounts, in [0, 1].
    strategic_by : {"category_spend", "revenue", "strategic_importance"}
        How strategic accounts are chosen: by the customer's total purchases of the
        category (its wallet: the *potential*), by current revenue, or by the 1-5
        strategic importance.

    Returns
    -------
    pandas.DataFrame
        Input row order: ``account_id``, ``strategic`` (bool), ``hours``.

    Raises
    ------
    TypeError, ValueError
        For a bad table or parameter.

    References
    ----------
    Chapter 4, I1 ("customers are born unequal": effort cannot be spread evenly).

    Examples
    --------
    >>> import pandas as pd
    >>> a = pd.DataFrame({"account_id": list("ABCD"), "category_spend": [10.0, 40.0, 20.0, 30.0]})
    >>> allocate_effort(a, budget_hours=100, strategic_share=0.25, focus_share=0.7)["hours"].tolist()
    [10.0, 70.0, 10.0, 10.0]
    """
    func = "allocate_effort"
    b, s, f = _check_policy(budget_hours, strategic_share, focus_share, func)
    frame = accounts_frame(accounts, func)
    mask = _strategic_mask(frame, s, strategic_by, func)
    return pd.DataFrame(
        {"account_id": frame["account_id"].to_numpy(), "strategic": mask, "hours": _hours(mask, b, f)},
        index=frame.index,
    )


@dataclass(frozen=True)
class EffortComparison:
    """Result of :func:`compare_effort_policies`.

    Attributes
    ----------
    summary : pandas.DataFrame
        One row per policy (index ``policy``: ``none``, ``even``, ``focused``):
        ``hours``, ``share_of_wallet`` (revenue / total category spend; NaN when that is 0),
        ``satisfaction`` and ``retention`` (means over accounts),
        ``strategic_retention`` (mean over the strategic accounts; NaN when none is strategic), ``revenue``,
        ``effort_cost``, ``profit`` (yearly) and ``lifetime_profit`` (yuan).
    accounts : pandas.DataFrame
        Per account and policy: ``policy``, ``strategic`` and the columns of
        :meth:`EffortModel.simulate`.
    budget_hours, strategic_share, focus_share : float
    strategic_by : str
    model : EffortModel
    """

    summary: pd.DataFrame
    accounts: pd.DataFrame
    budget_hours: float
    strategic_share: float
    focus_share: float
    strategic_by: str
    model: EffortModel

    @property
    def winner(self) -> str:
        """The policy with the highest lifetime profit among ``even`` and ``focused``."""
        lp = self.summary["lifetime_profit"]
        return "focused" if lp["focused"] > lp["even"] else "even"

    @property
    def focus_gain(self) -> float:
        """Lifetime profit of ``focused`` minus that of ``even`` (yuan)."""
        lp = self.summary["lifetime_profit"]
        return float(lp["focused"] - lp["even"])


def _summary_row(out: pd.DataFrame, mask: np.ndarray, spend_total: float) -> dict:
    return {
        "hours": float(out["hours"].sum()),
        "share_of_wallet": float(out["revenue"].sum() / spend_total) if spend_total > 0 else math.nan,
        "satisfaction": float(out["satisfaction"].mean()),
        "retention": float(out["retention"].mean()),
        "strategic_retention": float(out["retention"][mask].mean()) if mask.any() else math.nan,
        "revenue": float(out["revenue"].sum()),
        "effort_cost": float(out["effort_cost"].sum()),
        "profit": float(out["profit"].sum()),
        "lifetime_profit": float(out["lifetime_profit"].sum()),
    }


def compare_effort_policies(
    accounts: pd.DataFrame,
    *,
    budget_hours: float = 20_000.0,
    strategic_share: float = 0.05,
    focus_share: float = 0.8,
    strategic_by: str = "category_spend",
    model: EffortModel | None = None,
) -> EffortComparison:
    """Spread the effort budget evenly, or concentrate it on strategic accounts?

    Three policies with the same accounts and the same :class:`EffortModel`: ``none``
    (no extra effort, the reference), ``even`` (``budget_hours`` split equally over
    all accounts) and ``focused`` (:func:`allocate_effort` with ``focus_share``). For
    sensible parameters the focused policy earns more, because the big wallets are
    few; it loses when effort is so plentiful (large budget) or so effective (small
    ``half_effort_hours``) that the strategic accounts saturate while the others
    still respond, or when the focus is put on the wrong accounts.

    Parameters
    ----------
    accounts : pandas.DataFrame
        As :meth:`EffortModel.simulate`, plus the ``strategic_by`` column.
    budget_hours, strategic_share, focus_share, strategic_by
        As :func:`allocate_effort`.
    model : EffortModel, optional
        Default ``EffortModel()``.

    Returns
    -------
    EffortComparison

    Raises
    ------
    TypeError, ValueError
        For a bad table or parameter (``model`` not an EffortModel is a TypeError).

    References
    ----------
    Chapter 4, I1. Heskett et al. (1994), Putting the service-profit chain to work,
    HBR 72(2); Reichheld & Sasser (1990), Zero defections, HBR 68(5).

    Examples
    --------
    >>> import kamlab
    >>> c = compare_effort_policies(kamlab.make_accounts(300, seed=1), budget_hours=3000)
    >>> c.winner
    'focused'
    >>> list(c.summary.index)
    ['none', 'even', 'focused']
    """
    func = "compare_effort_policies"
    b, s, f = _check_policy(budget_hours, strategic_share, focus_share, func)
    model = EffortModel() if model is None else model
    if not isinstance(model, EffortModel):
        raise KamlabTypeError(f"{func}: parameter 'model' must be an EffortModel, got {type(model).__name__}.")
    frame = _effort_frame(accounts, func)
    mask = _strategic_mask(frame, s, strategic_by, func)
    n = len(frame)
    spend_total = float(frame["category_spend"].sum())
    plans = {"none": np.zeros(n), "even": np.full(n, b / n), "focused": _hours(mask, b, f)}
    rows, parts = {}, []
    for policy, hours in plans.items():
        out = _simulate(model, frame, hours)
        rows[policy] = _summary_row(out, mask, spend_total)
        out.insert(0, "strategic", mask)
        out.insert(0, "policy", policy)
        parts.append(out)
    summary = pd.DataFrame.from_dict(rows, orient="index")
    summary.index.name = "policy"
    return EffortComparison(
        summary=summary,
        accounts=pd.concat(parts, ignore_index=True),
        budget_hours=b,
        strategic_share=s,
        focus_share=f,
        strategic_by=strategic_by,
        model=model,
    )


@disk_cached
def focus_curve(
    accounts: pd.DataFrame,
    *,
    budget_hours: float = 20_000.0,
    strategic_share: float = 0.05,
    strategic_by: str = "category_spend",
    model: EffortModel | None = None,
    points: int = 21,
) -> pd.DataFrame:
    """Yearly and lifetime profit as the share of the budget on strategic accounts goes from 0 to 1.

    Parameters
    ----------
    accounts, budget_hours, strategic_share, strategic_by, model
        As :func:`compare_effort_policies`.
    points : int, default 21
        Number of focus shares, evenly spaced in [0, 1], 2 to :data:`MAX_POINTS` (1001).

    Returns
    -------
    pandas.DataFrame
        ``focus_share``, ``share_of_wallet``, ``retention``, ``profit``,
        ``lifetime_profit`` (as in :class:`EffortComparison`'s summary).

    Raises
    ------
    TypeError, ValueError
        As :func:`compare_effort_policies`; ``points`` < 2.

    References
    ----------
    Chapter 4, I1.

    Examples
    --------
    >>> import kamlab
    >>> curve = focus_curve(kamlab.make_accounts(300, seed=1), budget_hours=3000, points=5)
    >>> curve["focus_share"].tolist()
    [0.0, 0.25, 0.5, 0.75, 1.0]
    """
    func = "focus_curve"
    b, s, _ = _check_policy(budget_hours, strategic_share, 0.0, func)
    p = check_size(points, "points", func, minimum=2, maximum=MAX_POINTS)
    model = EffortModel() if model is None else model
    if not isinstance(model, EffortModel):
        raise KamlabTypeError(f"{func}: parameter 'model' must be an EffortModel, got {type(model).__name__}.")
    frame = _effort_frame(accounts, func)
    mask = _strategic_mask(frame, s, strategic_by, func)
    spend_total = float(frame["category_spend"].sum())
    rows = []
    for f in np.linspace(0.0, 1.0, p):
        row = _summary_row(_simulate(model, frame, _hours(mask, b, float(f))), mask, spend_total)
        rows.append(
            {
                "focus_share": float(f),
                **{k: row[k] for k in ("share_of_wallet", "retention", "profit", "lifetime_profit")},
            }
        )
    return pd.DataFrame(rows)


def even_focus_share(comparison: EffortComparison) -> float:
    """The share of the budget the even spread puts on strategic accounts: their share of the accounts.

    Parameters
    ----------
    comparison : EffortComparison
        Result of :func:`compare_effort_policies`.

    Returns
    -------
    float
        The fraction of the accounts that are strategic (0 to 1).

    Examples
    --------
    >>> import kamlab
    >>> c = compare_effort_policies(kamlab.make_accounts(200, seed=1), budget_hours=2000, strategic_share=0.05)
    >>> even_focus_share(c)
    0.05
    """
    if not isinstance(comparison, EffortComparison):
        raise KamlabTypeError(
            f"even_focus_share: parameter 'comparison' must be an EffortComparison, got {type(comparison).__name__}."
        )
    return float(comparison.accounts.query("policy == 'none'")["strategic"].mean())
