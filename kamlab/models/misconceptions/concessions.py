"""M1 "the more preferential policies a supplier gives key accounts, the better" (供应商给大客户的优惠政策越多越好): a saturating volume response to a concession, and the best one
(:class:`ConcessionModel`, :func:`concession_curve`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..._validate import (
    check_fraction,
    check_number,
    check_size,
)
from ...errors import KamlabTypeError

__all__ = [
    "ConcessionModel",
    "ConcessionCurve",
    "PRICE_CONCESSION",
    "NON_PRICE_SUPPORT",
    "concession_curve",
    "MAX_POINTS",
    "MAX_VOLUME_GAIN",
    "MAX_SENSITIVITY",
]

#: Upper bound of ``points`` in :func:`concession_curve`.
MAX_POINTS = 100_000

#: Upper bound of :class:`ConcessionModel`'s ``max_volume_gain`` (100 = +10,000% volume).
MAX_VOLUME_GAIN = 100.0

#: Upper bound of :class:`ConcessionModel`'s ``sensitivity`` (per unit of concession).
MAX_SENSITIVITY = 10_000.0


def _bisect(f, lo: float, hi: float, tol: float = 1e-12) -> float:
    """Root of f on [lo, hi], where f(lo) and f(hi) have opposite signs."""
    flo = f(lo)
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        fm = f(mid)
        if (fm > 0) == (flo > 0):
            lo, flo = mid, fm
        else:
            hi = mid
        if hi - lo < tol:
            break
    return 0.5 * (lo + hi)


@dataclass(frozen=True)
class ConcessionModel:
    """Volume response to a concession with diminishing returns, and the profit it leaves.

    A concession d (a price discount, or the cost of non-price support, as a fraction
    of list-price sales) raises volume by dQ/Q = G (1 - e^(-k d)): the first points
    of concession win much, later ones less and less, and volume never grows by more
    than G. Gross profit, as a fraction of the list-price sales before the concession,
    is the profit index pi(d) = (m - d)(1 + G (1 - e^(-k d))), against pi(0) = m.

    pi is concave on [0, m]. If m G k > 1 (the first point of concession wins more
    volume than it costs), pi first rises, peaks at the best concession and falls back
    to m at the break-even concession: past it, concessions destroy profit. If
    m G k <= 1 no concession pays.

    Parameters
    ----------
    gross_margin : float, default 0.20
        m, gross margin at list price, in (0, 1].
    max_volume_gain : float, default 0.6
        G, the most volume a concession can ever add (0.6 = +60%), in [0, :data:`MAX_VOLUME_GAIN`].
    sensitivity : float, default 15.0
        k, how fast the response saturates (per unit of d), in (0, :data:`MAX_SENSITIVITY`].
        At d = ln 2 / k the volume gain is G / 2.

    Raises
    ------
    TypeError
        If a parameter is not a number.
    ValueError
        If a parameter is out of range.

    References
    ----------
    Chapter 4, M1: past a point the supplier gives more and gets back less (过犹不及);
    I4: with m = 20% a 5% discount needs 33% more volume.
    Little, J. D. C. (1970). Models and managers: the concept of a decision calculus.
    Management Science, 16(8), B466-B485 (concave response to marketing spending).
    Blattberg, R. C. & Deighton, J. (1996). Manage marketing by the customer equity test.
    Harvard Business Review, 74(4), 136-144 (saturating response, optimal spending).

    Examples
    --------
    >>> model = ConcessionModel()
    >>> round(float(model.volume_increase(math.log(2) / 15)), 4)   # half of G
    0.3
    >>> round(float(model.profit_index(0.05)), 4)                  # 0.15 x (1 + 0.6 (1 - e^-0.75))
    0.1975
    >>> model.profit_index(0.0) == model.gross_margin
    True
    """

    gross_margin: float = 0.20
    max_volume_gain: float = 0.6
    sensitivity: float = 15.0

    def __post_init__(self):
        func = "ConcessionModel"
        checked = {
            "gross_margin": check_fraction(self.gross_margin, "gross_margin", func, open_low=True),
            "max_volume_gain": check_number(
                self.max_volume_gain, "max_volume_gain", func, minimum=0, maximum=MAX_VOLUME_GAIN
            ),
            "sensitivity": check_number(
                self.sensitivity, "sensitivity", func, minimum=0, strict_minimum=True, maximum=MAX_SENSITIVITY
            ),
        }
        for name, value in checked.items():  # store plain floats (a Fraction or numpy number in, a float kept)
            object.__setattr__(self, name, value)

    def volume_increase(self, concession):
        """dQ/Q = G (1 - e^(-k d)).

        Parameters
        ----------
        concession : float or array_like
            d, the concession as a fraction of list-price sales (not checked).

        Returns
        -------
        numpy.float64 or numpy.ndarray
            The relative volume increase at each concession (0.3 = +30%), same shape as
            ``concession``.
        """
        d = np.asarray(concession, dtype=float)
        return self.max_volume_gain * -np.expm1(-self.sensitivity * d)

    def profit_index(self, concession):
        """pi(d) = (m - d)(1 + dQ/Q), gross profit per unit of list-price sales before the concession.

        Parameters
        ----------
        concession : float or array_like
            d, the concession as a fraction of list-price sales (not checked).

        Returns
        -------
        float or numpy.ndarray
            The profit index: a float for one concession, else an array of the same
            shape as ``concession``.
        """
        d = np.asarray(concession, dtype=float)
        value = (self.gross_margin - d) * (1.0 + self.volume_increase(d))
        return float(value) if value.ndim == 0 else value

    def marginal_profit(self, concession) -> float:
        """pi'(d) = -(1 + dQ/Q) + (m - d) G k e^(-k d).

        Parameters
        ----------
        concession : float
            d, one concession as a fraction of list-price sales (not checked).

        Returns
        -------
        float
            The slope of the profit index at ``d``: positive while more concession
            still adds profit.
        """
        d = float(concession)
        g, k, m = self.max_volume_gain, self.sensitivity, self.gross_margin
        return -(1.0 + float(self.volume_increase(d))) + (m - d) * g * k * math.exp(-k * d)

    @property
    def pays(self) -> bool:
        """True if some concession raises profit (m G k > 1)."""
        return self.gross_margin * self.max_volume_gain * self.sensitivity > 1.0

    def best_concession(self) -> float:
        """The concession that maximises pi (0 when no concession pays).

        Returns
        -------
        float
            The root of :meth:`marginal_profit` in [0, m], found by bisection; 0.0 when
            :attr:`pays` is False.
        """
        if not self.pays:
            return 0.0
        return _bisect(self.marginal_profit, 0.0, self.gross_margin)

    def breakeven_concession(self) -> float:
        """The concession above 0 where pi falls back to m (0 when no concession pays).

        Returns
        -------
        float
            The d in [:meth:`best_concession`, m] with pi(d) = m, found by bisection; 0.0
            when :attr:`pays` is False.
        """
        if not self.pays:
            return 0.0
        m = self.gross_margin
        return _bisect(lambda d: self.profit_index(d) - m, self.best_concession(), m)


#: M1 defaults for a price discount.
PRICE_CONCESSION = ConcessionModel(gross_margin=0.20, max_volume_gain=0.6, sensitivity=15.0)
#: M1 defaults for non-price support (display, training, service), cost as a fraction of sales.
NON_PRICE_SUPPORT = ConcessionModel(gross_margin=0.20, max_volume_gain=0.4, sensitivity=40.0)


@dataclass(frozen=True)
class ConcessionCurve:
    """Result of :func:`concession_curve`.

    Attributes
    ----------
    model : ConcessionModel
    table : pandas.DataFrame
        ``concession``, ``volume_increase``, ``profit_index`` and ``profit_change``
        (pi(d) / m - 1) over the grid.
    best_concession, best_profit_index : float
        Where pi peaks and its value there.
    breakeven_concession : float
        Past this concession profit is below pi(0) = m (0 if no concession pays).
    best_profit_gain : float
        pi(best) / m - 1.
    """

    model: ConcessionModel
    table: pd.DataFrame
    best_concession: float
    best_profit_index: float
    breakeven_concession: float
    best_profit_gain: float

    def profit_change(self, concession: float) -> float:
        """pi(d) / m - 1 at one concession.

        Parameters
        ----------
        concession : float
            d, as a fraction of list-price sales (not checked).

        Returns
        -------
        float
            The change of gross profit against no concession (0.04 = +4%), from
            :attr:`model`.
        """
        return self.model.profit_index(concession) / self.model.gross_margin - 1.0


def concession_curve(
    model: ConcessionModel | None = None, *, max_concession: float | None = None, points: int = 201
) -> ConcessionCurve:
    """The profit index over a grid of concessions, with the best and the break-even concession.

    Parameters
    ----------
    model : ConcessionModel, optional
        Default :data:`PRICE_CONCESSION`.
    max_concession : float, optional
        End of the grid, in (0, 1]; default the gross margin (where pi reaches 0).
    points : int, default 201
        Grid points, 2 to :data:`MAX_POINTS` (100,000).

    Returns
    -------
    ConcessionCurve

    Raises
    ------
    TypeError
        If ``model`` is not a :class:`ConcessionModel` or a number has the wrong type.
    ValueError
        If ``max_concession`` or ``points`` is out of range.

    References
    ----------
    Chapter 4, M1. Blattberg & Deighton (1996), HBR 74(4).

    Examples
    --------
    >>> c = concession_curve()
    >>> round(c.best_concession, 4), round(c.breakeven_concession, 4), round(c.best_profit_gain, 4)
    (0.0214, 0.0461, 0.0401)
    >>> round(c.profit_change(0.05), 4)          # the chapter's 5% discount
    -0.0126
    """
    func = "concession_curve"
    model = PRICE_CONCESSION if model is None else model
    if not isinstance(model, ConcessionModel):
        raise KamlabTypeError(f"{func}: parameter 'model' must be a ConcessionModel, got {type(model).__name__}.")
    top = (
        model.gross_margin
        if max_concession is None
        else check_fraction(max_concession, "max_concession", func, open_low=True)
    )
    n = check_size(points, "points", func, minimum=2, maximum=MAX_POINTS)
    grid = np.linspace(0.0, top, n)
    pi = model.profit_index(grid)
    table = pd.DataFrame(
        {
            "concession": grid,
            "volume_increase": model.volume_increase(grid),
            "profit_index": pi,
            "profit_change": pi / model.gross_margin - 1.0,
        }
    )
    best = model.best_concession()
    best_pi = model.profit_index(best)
    return ConcessionCurve(
        model, table, best, best_pi, model.breakeven_concession(), best_pi / model.gross_margin - 1.0
    )
