"""The key-account portfolio matrix (beyond the chapter: McDonald & Woodburn).

Customer attractiveness (how much the account is worth to us) against the
supplier's relative strength with the account (how well placed we are) sorts
accounts into four boxes, each with its own investment stance.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._validate import check_number, check_numeric_column, check_stages, require_columns
from ._common import STAGES, accounts_frame, check_weights
from .scoring import attractiveness_score

__all__ = ["QUADRANTS", "PORTFOLIO_WEIGHTS", "portfolio_matrix"]

#: Quadrant code -> recommended stance code (labels: ``portfolio.<code>``,
#: ``portfolio.stance.<stance>``).
QUADRANTS = {
    "strategic": "invest",  # high attractiveness, high strength
    "star": "invest_selectively",  # high attractiveness, low strength
    "status": "maintain",  # low attractiveness, high strength
    "streamline": "manage_for_cash",  # low attractiveness, low strength
}

#: Attractiveness weights for the portfolio: the account's worth to the supplier, so
#: the time it consumes (a cost, not an attraction) is left out.
PORTFOLIO_WEIGHTS = {
    "current_sales": 0.30,
    "future_trend": 0.25,
    "potential": 0.25,
    "time_energy": 0.0,
    "strategic_importance": 0.20,
}

_STRENGTH = ("relationship_stage", "share_of_wallet")


def portfolio_matrix(
    accounts: pd.DataFrame,
    *,
    weights=None,
    strength_weights=None,
    attractiveness_cut: float = 50.0,
    strength_cut: float = 0.5,
) -> pd.DataFrame:
    """Place accounts in McDonald & Woodburn's key-account portfolio matrix.

    *Customer attractiveness* is :func:`attractiveness_score` (0-100; percentile
    based, so 50 is the middle of the portfolio) with :data:`PORTFOLIO_WEIGHTS`.
    *Relative strength* is the supplier's position with the account, 0-1:
    ``strength_weights["relationship_stage"]`` x stage score (exploratory 0, basic
    0.25, cooperative 0.5, interdependent 0.75, integrated 1) +
    ``strength_weights["share_of_wallet"]`` x share of wallet (default 50/50).

    ============  =================  ==============  ============================
    quadrant      attractiveness     strength        stance
    ============  =================  ==============  ============================
    Strategic     high               high            invest (develop the partnership)
    Star          high               low             invest selectively, build strength
    Status        low                high            maintain, serve efficiently
    Streamline    low                low             manage for cash, cut cost to serve
    ============  =================  ==============  ============================

    "High" means at or above the cut. The matrix is meant for accounts already
    shortlisted as key accounts; on a whole customer base it still sorts, but most
    accounts are not candidates for key-account management at all.

    Parameters
    ----------
    accounts : pandas.DataFrame
        Accounts table with the columns :func:`attractiveness_score` needs plus
        ``relationship_stage`` (a stage code) and ``share_of_wallet`` (0-1).
    weights : dict, optional
        Attractiveness weights (see :func:`attractiveness_score`); default
        :data:`PORTFOLIO_WEIGHTS`.
    strength_weights : dict, optional
        ``{"relationship_stage": w1, "share_of_wallet": w2}``, non-negative, default 0.5 each.
    attractiveness_cut : float, default 50.0
        Attractiveness at or above which an account is "high", in [0, 100].
    strength_cut : float, default 0.5
        Relative strength at or above which the supplier is "strong", in [0, 1].

    Returns
    -------
    pandas.DataFrame
        One row per account, in attractiveness order: ``account_id``,
        ``attractiveness``, ``strength``, ``relationship_stage``,
        ``share_of_wallet``, ``quadrant`` (code) and ``stance`` (code).

    Raises
    ------
    TypeError
        If ``accounts`` is not a DataFrame, a column or weight is not numeric.
    ValueError
        If a column is missing, a stage code is unknown, share of wallet is outside
        [0, 1], a weight is invalid, or a cut is out of range.

    References
    ----------
    McDonald, M. & Woodburn, D. (2007). Key Account Management: The Definitive Guide,
    2nd ed. Oxford: Butterworth-Heinemann, ch. 7 (key account selection and
    categorisation: strategic, star, status and streamline customers).
    Millman, T. & Wilson, K. (1995). From key account selling to key account management.
    Journal of Marketing Practice, 1(1), 9-21 (relationship stages).

    Examples
    --------
    >>> import pandas as pd
    >>> accounts = pd.DataFrame({
    ...     "account_id": ["A1", "A2", "A3", "A4"], "revenue": [900.0, 800.0, 100.0, 50.0],
    ...     "growth_trend": [0.2, 0.3, 0.0, -0.1], "category_spend": [1000.0, 4000.0, 120.0, 500.0],
    ...     "sales_hours": [30.0, 10.0, 5.0, 1.0], "service_hours": [5.0, 5.0, 1.0, 0.0],
    ...     "complaint_hours": [0.0, 2.0, 0.0, 0.0], "strategic_importance": [5, 4, 2, 1],
    ...     "relationship_stage": ["integrated", "basic", "interdependent", "exploratory"],
    ...     "share_of_wallet": [0.9, 0.2, 0.83, 0.1]})
    >>> portfolio_matrix(accounts)[["account_id", "quadrant", "stance"]].to_dict("list")
    {'account_id': ['A2', 'A1', 'A3', 'A4'], 'quadrant': ['star', 'strategic', 'status', 'streamline'], \
'stance': ['invest_selectively', 'invest', 'maintain', 'manage_for_cash']}
    """
    func = "portfolio_matrix"
    sw = check_weights(
        {"relationship_stage": 0.5, "share_of_wallet": 0.5} if strength_weights is None else strength_weights,
        func,
        _STRENGTH,
        name="strength_weights",
    )
    a_cut = check_number(attractiveness_cut, "attractiveness_cut", func, minimum=0, maximum=100)
    s_cut = check_number(strength_cut, "strength_cut", func, minimum=0, maximum=1)
    frame = accounts_frame(accounts, func, _STRENGTH)
    require_columns(frame, _STRENGTH, func)
    stages = check_stages(frame, func)
    check_numeric_column(frame, "share_of_wallet", func, minimum=0, maximum=1)
    scores = attractiveness_score(frame, weights=PORTFOLIO_WEIGHTS if weights is None else weights)
    stage_score = stages.map({s: i / (len(STAGES) - 1) for i, s in enumerate(STAGES)}).to_numpy(dtype=float)
    strength = sw["relationship_stage"] * stage_score + sw["share_of_wallet"] * frame["share_of_wallet"].to_numpy(
        dtype=float
    )
    strength_by_id = pd.Series(strength, index=frame["account_id"].to_numpy())
    sow_by_id = pd.Series(frame["share_of_wallet"].to_numpy(dtype=float), index=frame["account_id"].to_numpy())
    stage_by_id = pd.Series(stages.to_numpy(), index=frame["account_id"].to_numpy())
    ids = scores["account_id"].to_numpy()
    attract = scores["score"].to_numpy()
    strong = strength_by_id.reindex(ids).to_numpy()
    high_a = attract >= a_cut - 1e-9
    high_s = strong >= s_cut - 1e-9
    quadrant = np.where(high_a, np.where(high_s, "strategic", "star"), np.where(high_s, "status", "streamline"))
    return pd.DataFrame(
        {
            "account_id": ids,
            "attractiveness": attract,
            "strength": strong,
            "relationship_stage": stage_by_id.reindex(ids).to_numpy(),
            "share_of_wallet": sow_by_id.reindex(ids).to_numpy(),
            "quadrant": quadrant,
            "stance": [QUADRANTS[q] for q in quadrant],
        }
    )
