"""Lesson 03's predict-then-reveal explorers: what students predict and the model's answer.

Each explorer of lesson 03 (M1-M5) asks for a prediction before it reveals the model's
result. A course notebook records each student's prediction (:func:`kamlab.course.record_prediction`);
the class report compares the class with the model's answer computed here from
:mod:`kamlab.models.misconceptions` with the explorers' default settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..i18n import catalog
from ..models.misconceptions import (
    DEDICATED_KAM,
    PRICE_CONCESSION,
    concession_curve,
    portfolio_risk,
    relationship_paths,
    segment_pnl,
    support_value,
)

__all__ = ["Prediction", "PREDICTIONS", "by_explorer"]


@dataclass(frozen=True)
class Prediction:
    """One prediction: its id (M1-M5), the explorer that asks for it and how to judge closeness."""

    id: str
    explorer: str
    model: Callable[[], object]
    tolerance: float | None = None  # numeric predictions: |prediction - model| <= tolerance is close

    def model_answer(self) -> object:
        """The model's answer to this prediction, computed now.

        Returns
        -------
        object
            What ``model`` returns; for :data:`PREDICTIONS`, a number rounded to 4 decimals
            (M4: the exact probability, 5 decimals) or, for M2, a plan's code such as ``"win_win"``.
        """
        return self.model()

    def is_close(self, value: object) -> bool:
        """Whether a learner's prediction is close enough to :meth:`model_answer`.

        Parameters
        ----------
        value : object
            The prediction. With a ``tolerance`` it is read as a number; without one it
            is compared as text (stripped, case-insensitive), and a plan's name in either
            language (``"与大客户共赢"``, ``"Win-win with key accounts"``) counts as its code.

        Returns
        -------
        bool
            With a ``tolerance``: ``|float(value) - answer| <= tolerance`` (False when
            ``value`` is not a number). Without: the texts are equal.
        """
        answer = self.model_answer()
        if self.tolerance is None:
            names = catalog().get(f"misconceptions.plan.{answer}", {})
            accepted = {str(answer).lower(), *(name.lower() for name in names.values())}
            return str(value).strip().lower() in accepted
        try:
            return abs(float(value) - float(answer)) <= self.tolerance
        except (TypeError, ValueError):
            return False


def _m1():

    return round(concession_curve(PRICE_CONCESSION).best_concession, 4)


def _m2():

    return segment_pnl().winner


def _m3():

    return round(relationship_paths(DEDICATED_KAM).retention, 4)


def _m4():

    return round(portfolio_risk("clear").large_drop_exact, 5)  # the exact 0.40951 lesson 03 teaches


def _m5():

    return round(support_value().value_ratio, 4)


#: The five predictions, with the tolerances the explorers use to call a prediction right.
PREDICTIONS = (
    Prediction("M1", "concession_explorer", _m1, 0.01),
    Prediction("M2", "segment_explorer", _m2),
    Prediction("M3", "stage_explorer", _m3, 0.10),
    Prediction("M4", "portfolio_explorer", _m4, 0.10),
    Prediction("M5", "support_explorer", _m5, 0.25),
)


def by_explorer() -> dict[str, Prediction]:
    """The predictions by the name of the explorer function that asks for them.

    Returns
    -------
    dict of str to Prediction
        Explorer name (e.g. ``"concession_explorer"``) -> its :class:`Prediction`, one for
        each of :data:`PREDICTIONS`.

    Examples
    --------
    >>> by_explorer()["segment_explorer"].id
    'M2'
    """
    return {p.explorer: p for p in PREDICTIONS}
