"""A small, tested Nash-equilibrium solver for two-player games in normal form.

:class:`BimatrixGame` with :func:`pure_equilibria`, :func:`support_enumeration` and
:func:`is_best_response` (the design mirrors Nashpy's ``Game`` and ``support_enumeration``;
no dependency on it), and :func:`grim_trigger_threshold`, the discount factor
(T - R) / (T - P) above which cooperation holds in a repeated game.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..._validate import as_tuple, check_number
from ...errors import KamlabTypeError, KamlabValueError
from ._common import _TOL

__all__ = [
    "MAX_ACTIONS",
    "BimatrixGame",
    "pure_equilibria",
    "support_enumeration",
    "is_best_response",
    "grim_trigger_threshold",
]


#: Upper bound of the actions per player in :func:`support_enumeration` (6 x 6 tries
#: 923 pairs of supports, well under a second).
MAX_ACTIONS = 6


def _matrix(values, name: str, func: str) -> np.ndarray:
    if isinstance(values, (str, bytes)):
        raise KamlabTypeError(f"{func}: parameter '{name}' must be a 2-d table of numbers, got str.")
    try:
        arr = np.asarray(values, dtype=float)
    except OverflowError:
        raise KamlabValueError(
            f"{func}: parameter '{name}' holds a number too large for a float; expected finite payoffs."
        ) from None
    except (TypeError, ValueError):
        raise KamlabTypeError(
            f"{func}: parameter '{name}' must be a 2-d table of numbers, got {type(values).__name__}."
        ) from None
    if arr.ndim != 2 or arr.shape[0] < 1 or arr.shape[1] < 1:
        raise KamlabValueError(
            f"{func}: parameter '{name}' must be 2-dimensional and non-empty, got shape {arr.shape}."
        )
    if not np.isfinite(arr).all():
        raise KamlabValueError(f"{func}: parameter '{name}' has missing or infinite payoffs; expected finite numbers.")
    return arr


def _pair(row_payoffs, col_payoffs, func):
    a = _matrix(row_payoffs, "row_payoffs", func)
    b = _matrix(col_payoffs, "col_payoffs", func)
    if a.shape != b.shape:
        raise KamlabValueError(
            f"{func}: row_payoffs has shape {a.shape} but col_payoffs has shape {b.shape}; "
            f"expected the same shape (one payoff per player per cell)."
        )
    return a, b


def is_best_response(payoffs, strategy, opponent, *, tol: float = 1e-9) -> bool:
    """Whether ``strategy`` (a mix over rows) is a best response to ``opponent`` (a mix over columns).

    ``payoffs`` is the player's own matrix, rows = own actions. A mixed strategy is a
    best response when every action it plays with positive probability earns the
    highest expected payoff against ``opponent``.

    Parameters
    ----------
    payoffs : 2-d array-like of float
        The player's own payoff matrix (rows = own actions).
    strategy : sequence of float
        The player's mix over rows (probabilities adding up to 1).
    opponent : sequence of float
        The opponent's mix over columns.
    tol : float, default 1e-9
        Payoff tolerance, in [0, 0.1].

    Returns
    -------
    bool

    Examples
    --------
    >>> is_best_response([[3, 0], [5, 1]], [0, 1], [1, 0])
    True
    >>> is_best_response([[3, 0], [5, 1]], [1, 0], [1, 0])
    False

    Raises
    ------
    TypeError, ValueError
        If ``payoffs`` is not a finite 2-d table, a mix is not a list of probabilities
        adding up to 1 with one entry per row (``strategy``) or column (``opponent``),
        or ``tol`` is not a number in [0, 0.1].
    """
    func = "is_best_response"
    a = _matrix(payoffs, "payoffs", func)
    x = _mix(strategy, "strategy", a.shape[0], "rows", func)
    y = _mix(opponent, "opponent", a.shape[1], "columns", func)
    tol = check_number(tol, "tol", func, minimum=0, maximum=0.1)
    return _is_best_response(a, x, y, tol)


def _mix(values, name: str, size: int, what: str, func: str) -> np.ndarray:
    """A mixed strategy: ``size`` probabilities adding up to 1."""
    arr = _matrix([values] if np.ndim(values) == 1 else values, name, func)
    if arr.shape[0] != 1 or arr.shape[1] != size:
        raise KamlabValueError(
            f"{func}: parameter '{name}' must hold {size} probabilities (one per {what[:-1]} of "
            f"payoffs), got shape {np.shape(values)}."
        )
    p = arr[0]
    if (p < 0).any() or (p > 1).any() or abs(p.sum() - 1.0) > 1e-6:
        raise KamlabValueError(
            f"{func}: parameter '{name}' = {p.tolist()!r}; expected probabilities in [0, 1] adding up to 1."
        )
    return p


def _is_best_response(a: np.ndarray, x: np.ndarray, y: np.ndarray, tol: float) -> bool:
    with np.errstate(over="ignore", invalid="ignore"):
        values = a @ y
    if not np.isfinite(values).all():
        raise KamlabValueError(
            "is_best_response: the expected payoffs are too large to compute (beyond 1.8e308); use smaller payoffs."
        )
    return bool(np.all(values[x > tol] >= values.max() - tol))


def pure_equilibria(row_payoffs, col_payoffs) -> list[tuple[int, int]]:
    """Every cell (i, j) in which each player's action is a best response to the other's.

    Parameters
    ----------
    row_payoffs, col_payoffs : 2-d array-like of float, same shape
        The payoff of the row player and of the column player in each cell.

    Returns
    -------
    list of (int, int)
        (row, column) indices of the pure Nash equilibria, in row-major order.

    References
    ----------
    Osborne, M. J. (2004). An Introduction to Game Theory. Oxford University Press, ch. 2
    (Nash equilibrium; best-response functions).

    Examples
    --------
    Prisoner's dilemma (Axelrod's payoffs; action 0 = cooperate, 1 = defect):

    >>> pure_equilibria([[3, 0], [5, 1]], [[3, 5], [0, 1]])
    [(1, 1)]
    """
    a, b = _pair(row_payoffs, col_payoffs, "pure_equilibria")
    row_best = a >= a.max(axis=0, keepdims=True) - _TOL
    col_best = b >= b.max(axis=1, keepdims=True) - _TOL
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(row_best & col_best))]


def _indifference(m: np.ndarray) -> np.ndarray | None:
    """Probabilities p (summing to 1) with m @ p constant, or None if there are none or many."""
    k = m.shape[1]
    lhs = np.vstack([np.hstack([m, -np.ones((m.shape[0], 1))]), np.hstack([np.ones(k), [0.0]])])
    rhs = np.zeros(lhs.shape[0])
    rhs[-1] = 1.0
    if lhs.shape[0] != lhs.shape[1]:
        return None
    try:
        sol = np.linalg.solve(lhs, rhs)
    except np.linalg.LinAlgError:
        return None
    return sol[:k]


def support_enumeration(row_payoffs, col_payoffs) -> list[tuple[np.ndarray, np.ndarray]]:
    """All Nash equilibria (pure and mixed) of a nondegenerate bimatrix game.

    For every pair of supports of equal size k, solve the indifference conditions: the
    column player's mix makes the row player indifferent among the rows of the support,
    and vice versa; keep the solutions that are probabilities and against which no
    action outside the support does better.

    Parameters
    ----------
    row_payoffs, col_payoffs : 2-d array-like of float, same shape
        At most :data:`MAX_ACTIONS` (6) actions per player.

    Returns
    -------
    list of (numpy.ndarray, numpy.ndarray)
        (row player's mix, column player's mix) for each equilibrium, without duplicates.

    Notes
    -----
    In a degenerate game (e.g. a player indifferent between two actions against a pure
    strategy) equilibria with supports of unequal size exist and are not all found; the
    function still reports only true equilibria. Same method and caveat as Nashpy's
    ``support_enumeration``.

    References
    ----------
    Nisan, N., Roughgarden, T., Tardos, E. & Vazirani, V. (2007). Algorithmic Game
    Theory, ch. 3 (support enumeration). Knight, V. & Campbell, J. (2018). Nashpy: a
    Python library for the computation of Nash equilibria. JOSS, 3(30), 904.

    Examples
    --------
    Matching pennies has one equilibrium, both players mixing half and half:

    >>> [(x.tolist(), y.tolist()) for x, y in support_enumeration([[1, -1], [-1, 1]], [[-1, 1], [1, -1]])]
    [([0.5, 0.5], [0.5, 0.5])]
    """
    func = "support_enumeration"
    a, b = _pair(row_payoffs, col_payoffs, func)
    m, n = a.shape
    if max(m, n) > MAX_ACTIONS:
        raise KamlabValueError(
            f"{func}: the game has {m} x {n} actions; expected at most {MAX_ACTIONS} per player "
            f"(the number of supports to try grows exponentially)."
        )
    # Equilibria do not change when a player's payoffs are multiplied by a positive number:
    # scale extreme payoffs (near 1e308) so the linear systems cannot overflow.
    a, b = (x / np.abs(x).max() if np.abs(x).max() > 1e150 else x for x in (a, b))
    found: list[tuple[np.ndarray, np.ndarray]] = []
    for k in range(1, min(m, n) + 1):
        for rows in itertools.combinations(range(m), k):
            for cols in itertools.combinations(range(n), k):
                y_s = _indifference(a[np.ix_(rows, cols)])
                x_s = _indifference(b[np.ix_(rows, cols)].T)
                if (
                    x_s is None
                    or y_s is None
                    or not (np.isfinite(x_s).all() and np.isfinite(y_s).all())
                    or (x_s < -_TOL).any()
                    or (y_s < -_TOL).any()
                ):
                    continue
                x, y = np.zeros(m), np.zeros(n)
                x[list(rows)], y[list(cols)] = np.clip(x_s, 0, 1), np.clip(y_s, 0, 1)
                x, y = x / x.sum(), y / y.sum()
                if not (_is_best_response(a, x, y, 1e-7) and _is_best_response(b.T, y, x, 1e-7)):
                    continue
                if not any(np.allclose(x, fx) and np.allclose(y, fy) for fx, fy in found):
                    found.append((x, y))
    return found


@dataclass(frozen=True)
class BimatrixGame:
    """A two-player game in normal form: a payoff for each player in each cell.

    Parameters
    ----------
    row_payoffs, col_payoffs : tuple of tuple of float
        Payoffs of the row and the column player; same shape (rows = the row player's
        actions, columns = the column player's).
    row_actions, col_actions : tuple of str
        Names of the actions (codes; labels come from the lesson's catalog).

    Raises
    ------
    TypeError
        If the payoffs are not numbers.
    ValueError
        If the shapes differ, a payoff is not finite, or the number of action names is wrong.

    Examples
    --------
    >>> pd_game = BimatrixGame(((3, 0), (5, 1)), ((3, 5), (0, 1)))
    >>> pd_game.pure_equilibria()
    [(1, 1)]
    >>> pd_game.payoffs(1, 1)
    (1.0, 1.0)
    """

    row_payoffs: tuple
    col_payoffs: tuple
    row_actions: tuple = ()
    col_actions: tuple = ()

    def __post_init__(self):
        a, b = _pair(self.row_payoffs, self.col_payoffs, "BimatrixGame")
        object.__setattr__(self, "row_payoffs", tuple(map(tuple, a.tolist())))
        object.__setattr__(self, "col_payoffs", tuple(map(tuple, b.tolist())))
        for name, size in (("row_actions", a.shape[0]), ("col_actions", a.shape[1])):
            names = as_tuple(getattr(self, name), name, "BimatrixGame", "a sequence of action names") or tuple(
                str(i) for i in range(size)
            )
            if len(names) != size:
                raise KamlabValueError(
                    f"BimatrixGame: parameter '{name}' has {len(names)} names; expected {size} (one per action)."
                )
            object.__setattr__(self, name, names)

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.row_payoffs), len(self.row_payoffs[0])

    def payoffs(self, row: int, col: int) -> tuple[float, float]:
        """(row player's payoff, column player's payoff) in one cell.

        Parameters
        ----------
        row, col : int
            Index of the row player's and of the column player's action (0-based).

        Returns
        -------
        tuple of (float, float)
            The row player's and the column player's payoff in that cell.
        """
        return self.row_payoffs[row][col], self.col_payoffs[row][col]

    def pure_equilibria(self) -> list[tuple[int, int]]:
        """The pure Nash equilibria of this game; see :func:`pure_equilibria`.

        Returns
        -------
        list of (int, int)
            (row, column) indices of the pure Nash equilibria, in row-major order.
        """
        return pure_equilibria(self.row_payoffs, self.col_payoffs)

    def equilibria(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """All Nash equilibria (pure and mixed) of this game; see :func:`support_enumeration`.

        Returns
        -------
        list of (numpy.ndarray, numpy.ndarray)
            (row player's mix, column player's mix) for each equilibrium, without duplicates.
        """
        return support_enumeration(self.row_payoffs, self.col_payoffs)

    def expected_payoffs(self, row_mix, col_mix) -> tuple[float, float]:
        """Expected payoffs of both players when they play these mixes.

        Parameters
        ----------
        row_mix, col_mix : sequence of float
            Probability of each action of the row and of the column player (one per
            action; not checked to sum to 1).

        Returns
        -------
        tuple of (float, float)
            ``row_mix @ row_payoffs @ col_mix`` and ``row_mix @ col_payoffs @ col_mix``.
        """
        x, y = np.asarray(row_mix, dtype=float), np.asarray(col_mix, dtype=float)
        return float(x @ np.asarray(self.row_payoffs) @ y), float(x @ np.asarray(self.col_payoffs) @ y)

    def table(self) -> pd.DataFrame:
        """The payoff table: one row per row action, cells '(row payoff, column payoff)'.

        Returns
        -------
        pandas.DataFrame
            Index: ``row_actions``; columns: ``col_actions``; each cell the text
            ``"(a, b)"`` with the two payoffs.
        """
        cells = [[f"({a:g}, {b:g})" for a, b in zip(ra, rb)] for ra, rb in zip(self.row_payoffs, self.col_payoffs)]
        return pd.DataFrame(cells, index=list(self.row_actions), columns=list(self.col_actions))


def grim_trigger_threshold(temptation: float, reward: float, punishment: float) -> float:
    """Smallest discount factor at which cooperation holds against a grim trigger.

    Cooperating for ever earns R / (1 - delta); cutting once earns T now and the
    punishment P for ever after, T + delta P / (1 - delta). Cooperation holds when
    delta >= (T - R) / (T - P).

    Parameters
    ----------
    temptation, reward, punishment : float
        T (defect while the other cooperates), R (both cooperate), P (both defect),
        with T > R > P.

    Returns
    -------
    float
        (T - R) / (T - P), in (0, 1).

    Raises
    ------
    ValueError
        Unless T > R > P (then there is no dilemma to sustain).

    References
    ----------
    Axelrod, R. (1984). The Evolution of Cooperation. Basic Books.
    Osborne, M. J. (2004). An Introduction to Game Theory, ch. 14 (repeated games: the
    prisoner's dilemma, grim trigger strategies).

    Examples
    --------
    >>> grim_trigger_threshold(5, 3, 1)      # Axelrod's tournament payoffs
    0.5
    """
    func = "grim_trigger_threshold"
    t_ = check_number(temptation, "temptation", func)
    r = check_number(reward, "reward", func)
    p = check_number(punishment, "punishment", func)
    if not t_ > r > p:
        raise KamlabValueError(
            f"{func}: temptation = {t_!r}, reward = {r!r}, punishment = {p!r}; "
            f"expected temptation > reward > punishment (otherwise there is no dilemma)."
        )
    return (t_ - r) / (t_ - p)
