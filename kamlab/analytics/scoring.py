"""Subjective identification of key accounts (chapter C1): a transparent weighted score.

The chapter's first method calls an account "big" when it is big in *importance*:
current sales, future trend, development potential, the sales time and energy it
takes, and whether you could afford to lose it. :func:`attractiveness_score` turns
those criteria into one 0-100 score whose parts a student can read off;
:func:`compare_identifications` sets that view against the 80/20 (objective) view.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .._validate import check_choice, check_fraction, check_numeric_column
from ._common import (
    accounts_frame,
    check_weights,
    minmax_scale,
    money_column,
    percentile_rank,
    rank_order,
)

__all__ = [
    "SCORING_CRITERIA",
    "SCORING_WEIGHTS",
    "attractiveness_score",
    "Identification",
    "compare_identifications",
]

#: The chapter's criteria (C1), in order, with the accounts columns they come from.
SCORING_CRITERIA = ("current_sales", "future_trend", "potential", "time_energy", "strategic_importance")

#: Default weights (they are normalised to add up to 1).
SCORING_WEIGHTS = {
    "current_sales": 0.30,
    "future_trend": 0.20,
    "potential": 0.20,
    "time_energy": 0.10,
    "strategic_importance": 0.20,
}

_COLUMNS = (
    "revenue",
    "growth_trend",
    "category_spend",
    "sales_hours",
    "service_hours",
    "complaint_hours",
    "strategic_importance",
)


def criteria_values(frame: pd.DataFrame, func: str) -> pd.DataFrame:
    """The raw value of each criterion per account (validated), in the input's row order."""
    accounts_frame(frame, func, _COLUMNS)
    revenue = money_column(frame, "revenue", func, positive_total=False)
    check_numeric_column(frame, "growth_trend", func, minimum=-1)
    spend = money_column(frame, "category_spend", func, positive_total=False)
    hours = np.zeros(len(frame))
    for col in ("sales_hours", "service_hours", "complaint_hours"):
        check_numeric_column(frame, col, func, minimum=0)
        hours = hours + frame[col].to_numpy(dtype=float)
    check_numeric_column(frame, "strategic_importance", func, minimum=1, maximum=5)
    return pd.DataFrame(
        {
            "current_sales": revenue,
            "future_trend": frame["growth_trend"].to_numpy(dtype=float),
            "potential": np.maximum(spend - revenue, 0.0),
            "time_energy": hours,
            "strategic_importance": frame["strategic_importance"].to_numpy(dtype=float),
        },
        index=frame.index,
    )


def attractiveness_score(
    accounts: pd.DataFrame,
    *,
    weights=None,
    normalise: str = "percentile",
    key_share: float = 0.20,
    potential_cut: float = 0.80,
) -> pd.DataFrame:
    """Score each account's importance on the chapter's subjective criteria (0-100).

    Criteria (chapter C1) and the columns they come from:

    ``current_sales``
        ``revenue`` (yuan).
    ``future_trend``
        ``growth_trend`` (forecast annual growth, a fraction).
    ``potential``
        development potential as *wallet headroom*, ``category_spend - revenue``
        (yuan the account spends on the category with competitors; 0 if negative).
    ``time_energy``
        sales time and energy consumed, ``sales_hours + service_hours +
        complaint_hours`` (hours per year). The chapter counts an account that takes
        much of your time as important; its *cost* is treated in
        :func:`customer_profit`, not here.
    ``strategic_importance``
        the sales team's 1-5 rating ("an account you cannot afford to lose").

    **Normalisation.** Criteria have different units (yuan, %, hours, a rating), so
    each is first mapped to [0, 1]. The default, ``"percentile"``, uses the
    percentile rank (average rank - 1) / (n - 1): the smallest account gets 0, the
    largest 1, ties share a value, and the heavy skew of revenue does not squash
    everyone else to 0. ``"minmax"`` uses (x - min) / (max - min) instead (a
    constant criterion gives 0.5). The score is
    100 x sum_c w_c x normalised_c, with weights scaled to add up to 1, so each
    ``points_<criterion>`` column is that criterion's contribution and they add up
    to ``score``.

    **Potential key accounts** (the chapter: "expected to become extremely
    important") are flagged when development potential is high (percentile >=
    ``potential_cut``), the trend is positive, and current sales are not yet high
    (percentile < ``potential_cut``).

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table with ``account_id``, ``revenue``, ``growth_trend``,
        ``category_spend``, ``sales_hours``, ``service_hours``, ``complaint_hours``,
        ``strategic_importance``.
    weights : dict, optional
        Criterion -> non-negative weight; criteria left out get weight 0. Default
        :data:`SCORING_WEIGHTS` (30/20/20/10/20).
    normalise : {"percentile", "minmax"}, default "percentile"
        How each criterion is put on [0, 1].
    key_share : float, default 0.20
        Share of accounts (best scores) flagged ``key_account``: the subjective key set.
    potential_cut : float, default 0.80
        Percentile above which potential counts as high and sales as already high.

    Returns
    -------
    pandas.DataFrame
        One row per account, best score first (ties by ``account_id``): ``rank``,
        ``account_id``, ``score`` (0-100), ``key_account``, ``potential_key_account``,
        then for each criterion c its raw value ``c``, ``norm_c`` (0-1) and
        ``points_c`` (its part of the score).

    Raises
    ------
    TypeError
        If ``accounts`` is not a DataFrame, a column is not numeric or ``weights``
        is not a dict of numbers.
    ValueError
        If a column is missing or out of range (money < 0, ``growth_trend`` < -1,
        ``strategic_importance`` outside 1-5), ids are duplicated, ``weights`` names
        an unknown criterion, is negative or all zero, ``normalise`` is unknown, or
        a share is outside [0, 1].

    References
    ----------
    Chapter 4, C1 (主观感知): current sales, future trend, development potential,
    time and energy, accounts you cannot afford to lose; potential key accounts.
    McDonald, M. & Woodburn, D. (2007). Key Account Management: The Definitive
    Guide, 2nd ed. Oxford: Butterworth-Heinemann, ch. 7 (weighted attractiveness factors).

    Examples
    --------
    >>> import pandas as pd
    >>> accounts = pd.DataFrame({
    ...     "account_id": ["A1", "A2", "A3"], "revenue": [900.0, 300.0, 100.0],
    ...     "growth_trend": [0.0, 0.1, 0.3], "category_spend": [1000.0, 2000.0, 1500.0],
    ...     "sales_hours": [30.0, 10.0, 5.0], "service_hours": [5.0, 5.0, 1.0],
    ...     "complaint_hours": [0.0, 2.0, 0.0], "strategic_importance": [5, 3, 2]})
    >>> s = attractiveness_score(accounts)
    >>> s[["account_id", "score"]].round(1).to_dict("list")
    {'account_id': ['A1', 'A2', 'A3'], 'score': [60.0, 60.0, 30.0]}
    >>> float(s.filter(like="points_").sum(axis=1).iloc[0])
    60.0
    """
    func = "attractiveness_score"
    w = check_weights(SCORING_WEIGHTS if weights is None else weights, func, SCORING_CRITERIA)
    check_choice(normalise, "normalise", func, ("percentile", "minmax"))
    key_share = check_fraction(key_share, "key_share", func)
    potential_cut = check_fraction(potential_cut, "potential_cut", func)
    frame = accounts_frame(accounts, func, _COLUMNS)
    raw = criteria_values(frame, func)
    scale = percentile_rank if normalise == "percentile" else minmax_scale
    norm = {c: scale(raw[c].to_numpy()) for c in SCORING_CRITERIA}
    points = {c: 100.0 * w[c] * norm[c] for c in SCORING_CRITERIA}
    score = np.sum([points[c] for c in SCORING_CRITERIA], axis=0)
    n = len(frame)
    # rank on the score rounded to 1e-9 so float noise in the sum cannot break ties
    order = rank_order(np.round(score, 9), frame["account_id"])
    pot_pct = percentile_rank(raw["potential"].to_numpy())
    sales_pct = percentile_rank(raw["current_sales"].to_numpy())
    potential_flag = (pot_pct >= potential_cut) & (raw["future_trend"].to_numpy() > 0) & (sales_pct < potential_cut)
    rank = np.arange(1, n + 1)
    out = {
        "rank": rank,
        "account_id": frame["account_id"].to_numpy()[order],
        "score": score[order],
        "key_account": rank <= key_share * n + 1e-9,
        "potential_key_account": potential_flag[order],
    }
    for c in SCORING_CRITERIA:
        out[c] = raw[c].to_numpy()[order]
        out[f"norm_{c}"] = norm[c][order]
        out[f"points_{c}"] = points[c][order]
    return pd.DataFrame(out)


@dataclass(frozen=True)
class Identification:
    """Result of :func:`compare_identifications`.

    Attributes
    ----------
    crosstab : pandas.DataFrame
        2 x 2 counts: rows objective (80/20) key account yes/no, columns subjective yes/no.
    disagreements : pandas.DataFrame
        Accounts that one method calls key and the other not.
    agreement : float
        Share of all accounts on which the two methods agree.
    jaccard : float
        |both| / |either|: overlap of the two key-account sets (1 = identical).
    """

    crosstab: pd.DataFrame
    disagreements: pd.DataFrame
    agreement: float
    jaccard: float


def compare_identifications(
    accounts: pd.DataFrame,
    *,
    key_share: float = 0.20,
    weights=None,
    value: str = "revenue",
) -> Identification:
    """Do the subjective (C1) and objective (C2) methods pick the same key accounts?

    Objective key accounts: the top ``key_share`` of accounts by ``value`` (the
    80/20 rule; with the chapter's pyramid, VIP + important + ordinary key accounts).
    Subjective key accounts: the top ``key_share`` by :func:`attractiveness_score`.
    Both sets have the same size, so every account gained by one method is lost by
    the other.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table with the columns :func:`attractiveness_score` needs and ``value``.
    key_share : float, default 0.20
        Share of accounts each method calls key.
    weights : dict, optional
        Weights for :func:`attractiveness_score`.
    value : str, default "revenue"
        Column for the objective ranking (yuan).

    Returns
    -------
    Identification
        ``crosstab``, ``disagreements`` (``account_id``, ``objective``,
        ``subjective``, ``value_rank``, ``score_rank``, ``score``, the value column,
        ``potential_key_account``), ``agreement`` and ``jaccard``.

    Raises
    ------
    TypeError, ValueError
        As :func:`attractiveness_score` and :func:`pareto_table`.

    References
    ----------
    Chapter 4, C1 and C2: two ways to define key accounts.

    Examples
    --------
    >>> import pandas as pd
    >>> accounts = pd.DataFrame({
    ...     "account_id": ["A1", "A2", "A3", "A4", "A5"],
    ...     "revenue": [900.0, 300.0, 100.0, 50.0, 20.0],
    ...     "growth_trend": [-0.1, 0.1, 0.3, 0.0, 0.0],
    ...     "category_spend": [950.0, 2000.0, 5000.0, 60.0, 30.0],
    ...     "sales_hours": [30.0, 10.0, 40.0, 1.0, 1.0], "service_hours": [5.0, 5.0, 1.0, 0.0, 0.0],
    ...     "complaint_hours": [0.0, 2.0, 0.0, 0.0, 0.0], "strategic_importance": [2, 3, 5, 1, 1]})
    >>> result = compare_identifications(accounts)
    >>> result.disagreements[["account_id", "objective", "subjective"]].to_dict("list")
    {'account_id': ['A1', 'A3'], 'objective': [True, False], 'subjective': [False, True]}
    """
    func = "compare_identifications"
    key_share = check_fraction(key_share, "key_share", func)
    scores = attractiveness_score(accounts, weights=weights, key_share=key_share)
    frame = accounts_frame(accounts, func, [value] if isinstance(value, str) else [])
    values = money_column(frame, value, func)
    n = len(frame)
    order = rank_order(values, frame["account_id"])
    value_rank = pd.Series(np.empty(n, dtype=int), index=frame["account_id"].to_numpy())
    value_rank.iloc[order] = np.arange(1, n + 1)
    table = scores.set_index("account_id")
    merged = pd.DataFrame(
        {
            "account_id": table.index,
            "objective": value_rank.reindex(table.index).to_numpy() <= key_share * n + 1e-9,
            "subjective": table["key_account"].to_numpy(),
            "value_rank": value_rank.reindex(table.index).to_numpy(),
            "score_rank": table["rank"].to_numpy(),
            "score": table["score"].to_numpy(),
            value: pd.Series(values, index=frame["account_id"].to_numpy()).reindex(table.index).to_numpy(),
            "potential_key_account": table["potential_key_account"].to_numpy(),
        }
    )
    obj = merged["objective"].to_numpy()
    sub = merged["subjective"].to_numpy()
    crosstab = pd.DataFrame(
        [[int((obj & sub).sum()), int((obj & ~sub).sum())], [int((~obj & sub).sum()), int((~obj & ~sub).sum())]],
        index=pd.Index([True, False], name="objective"),
        columns=pd.Index([True, False], name="subjective"),
    )
    disagree = merged[obj != sub].sort_values(["objective", "value_rank", "score_rank"], ascending=[False, True, True])
    either = int((obj | sub).sum())
    return Identification(
        crosstab=crosstab,
        disagreements=disagree.reset_index(drop=True),
        agreement=float((obj == sub).mean()),
        jaccard=float((obj & sub).sum() / either) if either else 1.0,
    )
