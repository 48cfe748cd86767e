"""Case K3, conflict with a key account: Gome vs Gree (国美 vs 格力), as games students can replay.

* :data:`TIMELINE` and :func:`timeline`: the chapter's facts, in order.
* :class:`BimatrixGame` with :func:`pure_equilibria` and :func:`support_enumeration`: a
  small, tested Nash-equilibrium solver for two-player games in normal form (the design
  mirrors Nashpy's ``Game`` and ``support_enumeration``; no dependency on it).
* :class:`GomeGreeCase`: the stage game Gome {keep price, cut price} x Gree {keep
  supplying, withdraw}, its payoffs built from parameters (margins, the 34% cut, each
  side's dependence on the other), and :class:`KamDepartment`, which changes them.
* The case in the order it happened: :class:`GameTree` (Gome moves, Gree answers a cut),
  :func:`backward_induction`, and :func:`sequential_game` with Gome unsure of Gree's
  reply (a belief p; :func:`belief_threshold` is the p below which Gome cuts). A
  conflict needs a misjudgement; a KAM department adds information that removes it.
* The repeated game: :data:`STRATEGIES`, :func:`simulate_repeated` (play with
  occasional unilateral cuts, the "Sichuan branch" noise), :func:`grim_trigger_threshold`
  (the discount factor (T - R) / (T - P) above which cooperation holds).

What goes beyond the chapter: the chapter tells the case in words; every payoff here
is an illustrative yearly profit change in million yuan, relative to business as
usual (Gome keeps the price, Gree keeps supplying), not a measured number. The
chapter's facts are kept as defaults: the 34% average cut and Gome's < 1% of Gree's
sales. Nothing here imports matplotlib.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .._validate import as_tuple, check_choice, check_fraction, check_int, check_number, check_seed
from ..errors import KamlabTypeError, KamlabValueError

__all__ = [
    "MAX_ACTIONS",
    "TIMELINE",
    "timeline",
    "BimatrixGame",
    "pure_equilibria",
    "support_enumeration",
    "is_best_response",
    "GomeGreeCase",
    "KamDepartment",
    "OneShotResult",
    "one_shot",
    "GOME_MOVES",
    "GREE_REPLIES",
    "GameTree",
    "TreeSolution",
    "gree_reply",
    "backward_induction",
    "belief_threshold",
    "gome_expected_cut",
    "SequentialResult",
    "sequential_game",
    "grim_trigger_threshold",
    "STRATEGIES",
    "simulate_repeated",
    "conflict_odds",
]

_TOL = 1e-9

#: The chapter's facts, in order: (date, label key). Texts in :mod:`kamlab.labels.gome_gree`.
TIMELINE = (
    ("2004-02-21", "lesson06.event.cut"),
    ("2004-02", "lesson06.event.standoff"),
    ("2004-03", "lesson06.event.withdraw"),
    ("2004-03", "lesson06.event.one_percent"),
    ("lesson06.date.then", "lesson06.event.haier"),
)


def timeline(*, lang: str | None = None) -> pd.DataFrame:
    """The case's facts as a table (date, event), in the chosen language or as label keys.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the events (and of the undated "back then"). Default None: the
        label keys of :data:`TIMELINE` (language-neutral codes such as
        ``"lesson06.event.cut"``), which :func:`kamlab.show` shows in the reader's language.

    Returns
    -------
    pandas.DataFrame
        Columns ``date`` (ISO date, or a label key / text for an undated event) and ``event``.

    Raises
    ------
    ValueError
        For an unknown ``lang``.

    References
    ----------
    Chapter 4, case K3 (与大客户冲突): the Gome-Gree conflict of February-March 2004.
    The chapter dates Haier's KAM department only "当年" (back then), with no year.

    Examples
    --------
    >>> timeline(lang="en")["date"].tolist()
    ['2004-02-21', '2004-02', '2004-03', '2004-03', 'back then (no year given)']
    >>> timeline()["event"].iloc[0]
    'lesson06.event.cut'
    """
    if lang is None:
        return pd.DataFrame({"date": [d for d, _ in TIMELINE], "event": [k for _, k in TIMELINE]})
    from ..i18n import check_lang, t

    lang = check_lang(lang, "timeline")
    dates = [t(d, lang) if d.startswith("lesson06.") else d for d, _ in TIMELINE]
    return pd.DataFrame({"date": dates, "event": [t(k, lang) for _, k in TIMELINE]})


# ---- a small bimatrix solver ------------------------------------------------------------------
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


# ---- the case ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class KamDepartment:
    """A dedicated key-account department for the chain (Haier's response to Gome).

    * ``early_warning``: the chance that a planned unilateral cut is seen coming and
      turned into a negotiated joint promotion (close management of the account's
      activities, deep communication). In the repeated game it also removes this share
      of the accidental cuts.
    * ``partnership_bonus``: extra yearly profit for each side when they cooperate
      (joint planning, promotions agreed in advance), million yuan.
    * ``yearly_cost``: what the department costs the supplier, million yuan a year.

    Raises
    ------
    TypeError, ValueError
        If a parameter is not a number or out of range.

    References
    ----------
    Chapter 4, case K3: "Haier quickly set up a KAM department dedicated to Gome, with
    clear effect"; with a key-account manager system and deep communication the
    incident might not have happened.

    Examples
    --------
    >>> KamDepartment().early_warning
    0.8
    """

    early_warning: float = 0.8
    partnership_bonus: float = 5.0
    yearly_cost: float = 2.0

    def __post_init__(self):
        func = "KamDepartment"
        check_fraction(self.early_warning, "early_warning", func)
        check_number(self.partnership_bonus, "partnership_bonus", func, minimum=0)
        check_number(self.yearly_cost, "yearly_cost", func, minimum=0)


@dataclass(frozen=True)
class GomeGreeCase:
    """The stage game of case K3, with payoffs built from the case's parameters.

    Gome (rows) keeps the agreed price or cuts it unilaterally; Gree (columns) keeps
    supplying or withdraws. Payoffs are yearly profit changes (million yuan) against
    business as usual (keep, supply) = (0, 0):

    * S = ``gree_total_sales`` x ``gree_dependence``: Gree's sales through Gome.
    * Gome's loss when Gree leaves: L_m = ``gome_margin`` x S x (1 + ``gome_spillover``)
      (the Gree margin and the shoppers who came for the No.1 brand and bought other
      goods too: a supermarket without Coca-Cola).
    * Gome's gain from the cut while Gree supplies: ``gome_cut_gain`` (traffic from the
      price war, net of its cost); if Gree withdraws it keeps only
      ``standoff_share`` of it (the weeks before the withdrawal).
    * Gree's damage from a broken price system: D = ``price_cut`` x ``gree_margin`` x
      ``gree_total_sales`` x ``price_exposure`` (other dealers and its own stores
      pressed to match the cut).
    * Gree's loss from withdrawing: L_g = ``gree_margin`` x S x (1 - ``recapture``) x
      (1 + ``channel_premium``) (the margin its other channels do not win back, and the
      future of the largest, fast-growing chain: "who holds the channel holds the world").

    ======================  ==========================  ==========================
    Gome \\ Gree             keep supplying              withdraw
    ======================  ==========================  ==========================
    keep price              (0, 0)                      (-L_m, -L_g)
    cut price               (gain, -D)                  (-L_m (1 + k) + share x gain, -L_g)
    ======================  ==========================  ==========================

    k = ``copycat_risk``: if Gome cuts and Gree walks out, other manufacturers may
    follow ("more Grees"), costing Gome k x L_m more. With k = 0 (the default) cutting
    is Gome's dominant action; with k x L_m > share x gain it is not, and the game has
    no pure equilibrium, only a mixed one.

    With a :class:`KamDepartment` (q = early warning, b = partnership bonus, c = cost),
    (keep, supply) pays (b, b - c); a planned cut is caught with probability q and
    becomes a negotiated promotion paying the same, so the (cut, supply) cell becomes
    (1 - q) x (gain, -D) + q x (b, b - c); Gree pays c in the other cells too.

    Parameters
    ----------
    gree_total_sales : float, default 10,000
        Gree's yearly sales, million yuan (illustrative).
    gree_dependence : float, default 0.01
        Share of Gree's sales made through Gome (Gree said: under 1%).
    gree_margin, gome_margin : float, default 0.25 and 0.12
        Gross margins of Gree (manufacturer) and Gome (retailer) on Gree products.
    price_cut : float, default 0.34
        Gome's average price cut (34% in the chapter).
    price_exposure : float, default 0.05
        Share of Gree's other sales whose price the cut drags down.
    gome_spillover : float, default 1.5
        Margin on other goods per yuan of Gree margin, bought by shoppers who came for Gree.
    gome_cut_gain : float, default 15
        Gome's yearly gain from the price war while Gree supplies, million yuan.
    standoff_share : float, default 0.1
        Share of that gain Gome keeps if Gree withdraws.
    recapture : float, default 0.5
        Share of Gree's Gome sales its other channels win back.
    channel_premium : float, default 1.0
        Extra value of the chain beyond this year's lost margin (its growth).
    copycat_risk : float, default 0.0
        Extra loss of Gome, as a multiple of L_m, when a cut drives Gree out (other
        manufacturers follow).

    Raises
    ------
    TypeError, ValueError
        If a parameter is not a number or out of range.

    References
    ----------
    Chapter 4, case K3. Emerson, R. M. (1962). Power-dependence relations. American
    Sociological Review, 27(1), 31-41 (A's power over B is B's dependence on A).
    Osborne, M. J. (2004). An Introduction to Game Theory, ch. 2-4.

    Examples
    --------
    >>> case = GomeGreeCase()
    >>> case.gree_sales_at_gome, case.gome_loss, case.gree_price_damage, case.gree_loss
    (100.0, 30.0, 42.5, 25.0)
    >>> case.game().pure_equilibria()       # (cut, withdraw): lose-lose
    [(1, 1)]
    >>> x, y = GomeGreeCase(copycat_risk=0.1).game().equilibria()[0]     # only a mixed one
    >>> round(float(x[1]), 4), round(float(y[1]), 4)        # P(cut) = 25 / 42.5, P(withdraw) = 15 / 16.5
    (0.5882, 0.9091)
    """

    gree_total_sales: float = 10_000.0
    gree_dependence: float = 0.01
    gree_margin: float = 0.25
    gome_margin: float = 0.12
    price_cut: float = 0.34
    price_exposure: float = 0.05
    gome_spillover: float = 1.5
    gome_cut_gain: float = 15.0
    standoff_share: float = 0.1
    recapture: float = 0.5
    channel_premium: float = 1.0
    copycat_risk: float = 0.0

    def __post_init__(self):
        func = "GomeGreeCase"
        check_number(self.gree_total_sales, "gree_total_sales", func, minimum=0, strict_minimum=True)
        for name in (
            "gree_dependence",
            "gree_margin",
            "gome_margin",
            "price_cut",
            "price_exposure",
            "standoff_share",
            "recapture",
        ):
            check_fraction(getattr(self, name), name, func)
        for name in ("gome_spillover", "gome_cut_gain", "channel_premium", "copycat_risk"):
            check_number(getattr(self, name), name, func, minimum=0)

    @property
    def gree_sales_at_gome(self) -> float:
        """S: Gree's yearly sales through Gome, million yuan."""
        return _r(self.gree_total_sales * self.gree_dependence)

    @property
    def gome_loss(self) -> float:
        """L_m: Gome's yearly loss if Gree withdraws."""
        return _r(self.gome_margin * self.gree_sales_at_gome * (1 + self.gome_spillover))

    @property
    def gree_price_damage(self) -> float:
        """D: Gree's yearly loss from a broken price system if it keeps supplying after a cut."""
        return _r(self.price_cut * self.gree_margin * self.gree_total_sales * self.price_exposure)

    @property
    def gree_loss(self) -> float:
        """L_g: Gree's yearly loss from withdrawing from Gome."""
        return _r(self.gree_margin * self.gree_sales_at_gome * (1 - self.recapture) * (1 + self.channel_premium))

    @property
    def threat_credible(self) -> bool:
        """Whether withdrawing is Gree's best reply to a cut (L_g < D)."""
        return self.gree_loss < self.gree_price_damage

    @property
    def credible_up_to(self) -> float:
        """The largest dependence on Gome at which Gree's threat to withdraw is still credible.

        L_g grows with the dependence d; the threat holds while L_g(d) < D, i.e.
        d < D / (gree_margin x total sales x (1 - recapture) x (1 + channel_premium)).
        ``inf`` if withdrawing costs Gree nothing.

        Examples
        --------
        >>> round(GomeGreeCase().credible_up_to, 4)
        0.017
        """
        per_share = self.gree_margin * self.gree_total_sales * (1 - self.recapture) * (1 + self.channel_premium)
        return math.inf if per_share == 0 else self.gree_price_damage / per_share

    def game(self, kam: KamDepartment | None = None) -> BimatrixGame:
        """The stage game, optionally with a KAM department (see the class docstring).

        Parameters
        ----------
        kam : KamDepartment, optional
            A key-account department for the chain; default None (no department).

        Returns
        -------
        BimatrixGame
            Gome's actions ``("keep", "cut")`` as rows, Gree's ``("supply", "withdraw")``
            as columns; payoffs in million yuan a year against (keep, supply) without a
            department.

        Raises
        ------
        KamlabTypeError
            If ``kam`` is neither a KamDepartment nor None.
        """
        if kam is not None and not isinstance(kam, KamDepartment):
            raise KamlabTypeError(
                f"GomeGreeCase.game: parameter 'kam' must be a KamDepartment or None, got {type(kam).__name__}."
            )
        gain, lm, d, lg = self.gome_cut_gain, self.gome_loss, self.gree_price_damage, self.gree_loss
        gome = [[0.0, -lm], [gain, -lm * (1 + self.copycat_risk) + self.standoff_share * gain]]
        gree = [[0.0, -lg], [-d, -lg]]
        if kam is not None:
            q, b, c = kam.early_warning, kam.partnership_bonus, kam.yearly_cost
            gome[0][0], gree[0][0] = b, b - c
            gome[1][0] = (1 - q) * gain + q * b
            gree[1][0] = (1 - q) * (-d) + q * (b - c)
            gree[0][1] -= c
            gree[1][1] -= c
        rnd = lambda m: tuple(tuple(_r(v) for v in row) for row in m)  # noqa: E731
        return BimatrixGame(rnd(gome), rnd(gree), ("keep", "cut"), ("supply", "withdraw"))

    def tree(self) -> GameTree:
        """The case as a sequential game: Gome moves first, Gree answers a cut.

        The leaves are the stage game's cells without a KAM department: keep -> (0, 0),
        (cut, supply) -> (gain, -D), (cut, withdraw) -> (-L_m (1 + k) + share x gain, -L_g).

        Returns
        -------
        GameTree
            See :class:`GameTree` and :func:`backward_induction`.

        Examples
        --------
        >>> GomeGreeCase().tree().cut_withdraw
        (-28.5, -25.0)
        """
        g = self.game()
        return GameTree(g.payoffs(0, 0), g.payoffs(1, 0), g.payoffs(1, 1))

    def repeated_payoffs(self, kam: KamDepartment | None = None) -> dict[str, float]:
        """Gome's T, R, P in the repeated game against Gree's withdrawal as punishment.

        T = Gome's payoff from (cut, supply), R from (keep, supply), P from (cut, withdraw).

        Parameters
        ----------
        kam : KamDepartment, optional
            A key-account department for the chain; default None (no department).

        Returns
        -------
        dict of str to float
            ``temptation`` (T), ``reward`` (R) and ``punishment`` (P), million yuan a year,
            from :meth:`game`.

        Raises
        ------
        KamlabTypeError
            If ``kam`` is neither a KamDepartment nor None.

        Examples
        --------
        >>> GomeGreeCase().repeated_payoffs()
        {'temptation': 15.0, 'reward': 0.0, 'punishment': -28.5}
        """
        g = self.game(kam)
        return {"temptation": g.row_payoffs[1][0], "reward": g.row_payoffs[0][0], "punishment": g.row_payoffs[1][1]}

    def cooperation_threshold(self, kam: KamDepartment | None = None) -> float:
        """Discount factor above which Gome keeps the price when Gree answers a cut with a grim trigger.

        ``0.0`` if cutting does not even tempt Gome (T <= R); ``inf`` if the punishment
        is no punishment (P >= R: then no discount factor sustains cooperation).

        Parameters
        ----------
        kam : KamDepartment, optional
            A key-account department for the chain; default None (no department).

        Returns
        -------
        float
            (T - R) / (T - P) from :meth:`repeated_payoffs`, or ``0.0`` / ``inf`` as above.

        Raises
        ------
        KamlabTypeError
            If ``kam`` is neither a KamDepartment nor None.

        Examples
        --------
        >>> round(GomeGreeCase().cooperation_threshold(), 4)       # 15 / 43.5
        0.3448
        >>> round(GomeGreeCase().cooperation_threshold(KamDepartment()), 4)
        0.0563
        """
        p = self.repeated_payoffs(kam)
        if p["temptation"] <= p["reward"]:
            return 0.0
        if p["punishment"] >= p["reward"]:
            return math.inf
        return grim_trigger_threshold(p["temptation"], p["reward"], p["punishment"])


def _r(x: float) -> float:
    """Round away floating-point dust (payoffs are shown and compared as printed)."""
    return round(float(x), 9) + 0.0


@dataclass(frozen=True)
class OneShotResult:
    """The one-shot game's answer: equilibria and whether the outcome is lose-lose.

    Attributes
    ----------
    game : BimatrixGame
        The stage game solved.
    pure : list of (int, int)
        Pure Nash equilibria, (row, column).
    mixed : list of (numpy.ndarray, numpy.ndarray)
        Equilibria in which at least one side mixes.
    outcome : (float, float)
        (Gome, Gree) payoffs of the first pure equilibrium, else expected payoffs of the first mixed one.
    business_as_usual : (float, float)
        Payoffs of (keep, supply).
    lose_lose : bool
        Both sides do worse in ``outcome`` than in business as usual.
    threat_credible : bool
        :attr:`GomeGreeCase.threat_credible` of the case.
    """

    game: BimatrixGame
    pure: list
    mixed: list
    outcome: tuple[float, float]
    business_as_usual: tuple[float, float]
    lose_lose: bool
    threat_credible: bool

    @property
    def pure_actions(self) -> list:
        """The pure equilibria by action code, e.g. ``[("cut", "withdraw")]`` (labels in the catalog).

        >>> one_shot().pure_actions
        [('cut', 'withdraw')]
        """
        return [(self.game.row_actions[i], self.game.col_actions[j]) for i, j in self.pure]

    @property
    def conceding(self) -> str | None:
        """The side that gives ground in ``outcome``: ``"gree"`` if Gree does worse than in
        business as usual while Gome does at least as well, ``"gome"`` the other way round,
        else ``None`` (both better, both worse, or both unchanged).

        A one-shot outcome that is not lose-lose can still be a concession: with a KAM
        department the equilibrium (cut, supply) pays Gome 7 and Gree -6.1 against (5, 3)
        for business as usual, so Gree absorbs the cuts that slip through.

        Examples
        --------
        >>> one_shot().conceding is None                       # (cut, withdraw): lose-lose
        True
        >>> one_shot(kam=KamDepartment()).conceding
        'gree'
        """
        (gome, gree), (gome0, gree0) = self.outcome, self.business_as_usual
        if gree < gree0 - _TOL and gome >= gome0 - _TOL:
            return "gree"
        if gome < gome0 - _TOL and gree >= gree0 - _TOL:
            return "gome"
        return None


def one_shot(case: GomeGreeCase | None = None, *, kam: KamDepartment | None = None) -> OneShotResult:
    """Solve the stage game: pure and mixed equilibria, and the equilibrium outcome.

    ``outcome`` is the expected payoff pair of the first equilibrium found (the pure one
    if there is one); ``lose_lose`` says whether both sides do worse there than in
    business as usual (keep, supply).

    Parameters
    ----------
    case : GomeGreeCase, optional
        Default: the chapter's case.
    kam : KamDepartment, optional
        A KAM department that changes the payoffs.

    Returns
    -------
    OneShotResult
        The game, its pure and mixed equilibria, the outcome and ``lose_lose``.

    Examples
    --------
    >>> r = one_shot()
    >>> r.pure, r.outcome, r.lose_lose
    ([(1, 1)], (-28.5, -25.0), True)
    """
    case = GomeGreeCase() if case is None else case
    if not isinstance(case, GomeGreeCase):
        raise KamlabTypeError(f"one_shot: parameter 'case' must be a GomeGreeCase, got {type(case).__name__}.")
    game = case.game(kam)
    eqs = game.equilibria()
    pure = game.pure_equilibria()
    mixed = [(x, y) for x, y in eqs if (x > _TOL).sum() > 1 or (y > _TOL).sum() > 1]
    if pure:
        outcome = game.payoffs(*pure[0])
    else:
        x, y = eqs[0]
        outcome = tuple(_r(v) for v in game.expected_payoffs(x, y))
    base = game.payoffs(0, 0)
    lose = outcome[0] < base[0] - _TOL and outcome[1] < base[1] - _TOL
    return OneShotResult(game, pure, mixed, outcome, base, lose, case.threat_credible)


# ---- the sequential game: the order it happened -----------------------------------------------
#: The moves of the sequential game, in order: Gome's, then Gree's reply to a cut.
GOME_MOVES = ("keep", "cut")
GREE_REPLIES = ("supply", "withdraw")


def _payoff_pair(values, name: str, func: str) -> tuple[float, float]:
    if isinstance(values, (str, bytes)) or np.ndim(values) != 1 or len(values) != 2:
        raise KamlabValueError(
            f"{func}: parameter '{name}' = {values!r}; expected a pair of numbers (Gome's payoff, Gree's payoff)."
        )
    gome, gree = (check_number(v, f"{name}[{k}]", func) for k, v in enumerate(values))
    return (_r(gome), _r(gree))


@dataclass(frozen=True)
class GameTree:
    """The case in the order it happened: Gome moves first, Gree answers a cut.

    ::

        Gome ── keep price ──────────────────────────── keep
          └──── cut price ── Gree ── keep supplying ──── cut_supply
                                └─── withdraw ────────── cut_withdraw

    Each leaf holds the pair (Gome's payoff, Gree's payoff). After "keep price" Gree
    has nothing to answer (withdrawing then would only cost it L_g, never its best
    reply), so that branch ends at once.

    Parameters
    ----------
    keep, cut_supply, cut_withdraw : pair of float
        (Gome, Gree) payoffs at the three leaves.

    Raises
    ------
    ValueError
        If a leaf is not a pair of finite numbers.

    References
    ----------
    Gibbons, R. (1992). Game Theory for Applied Economists. Princeton University Press,
    section 2.1 (dynamic games of complete and perfect information; backward induction).

    Examples
    --------
    >>> GomeGreeCase().tree()
    GameTree(keep=(0.0, 0.0), cut_supply=(15.0, -42.5), cut_withdraw=(-28.5, -25.0))
    """

    keep: tuple
    cut_supply: tuple
    cut_withdraw: tuple

    def __post_init__(self):
        for name in ("keep", "cut_supply", "cut_withdraw"):
            object.__setattr__(self, name, _payoff_pair(getattr(self, name), name, "GameTree"))

    def leaf(self, path: tuple[str, ...]) -> tuple[float, float]:
        """The payoffs at the end of a path of moves.

        Parameters
        ----------
        path : tuple of str
            ``("keep",)``, ``("cut", "supply")`` or ``("cut", "withdraw")``.

        Returns
        -------
        tuple of (float, float)
            (Gome's payoff, Gree's payoff) at that leaf.

        Raises
        ------
        ValueError
            For any other path.
        """
        leaves = {("keep",): self.keep, ("cut", "supply"): self.cut_supply, ("cut", "withdraw"): self.cut_withdraw}
        if tuple(path) not in leaves:
            raise KamlabValueError(
                f"GameTree.leaf: path {tuple(path)!r} is not a leaf; expected one of {list(leaves)}."
            )
        return leaves[tuple(path)]


def _require_tree(tree, func: str) -> None:
    if not isinstance(tree, GameTree):
        raise KamlabTypeError(f"{func}: parameter 'tree' must be a GameTree, got {type(tree).__name__}.")


@dataclass(frozen=True)
class TreeSolution:
    """The backward-induction solution of a :class:`GameTree` (complete information).

    Attributes
    ----------
    gree_reply : str
        Gree's best reply to a cut, ``"supply"`` or ``"withdraw"`` (a tie goes to
        ``"supply"``: Gree does not walk out over nothing).
    gome_move : str
        Gome's best move knowing that reply, ``"keep"`` or ``"cut"`` (a tie goes to
        ``"keep"``).
    path : tuple of str
        The moves actually played, e.g. ``("keep",)``.
    outcome : tuple of (float, float)
        (Gome, Gree) payoffs at the end of ``path``.
    """

    gree_reply: str
    gome_move: str
    path: tuple
    outcome: tuple

    def summary(self) -> dict:
        """The solution as named values, for :func:`kamlab.show`.

        Returns
        -------
        dict
            ``gree_reply``, ``gome_move``, ``path`` and ``outcome``.

        Examples
        --------
        >>> backward_induction(GomeGreeCase().tree()).summary()["path"]
        ('keep',)
        """
        return {"gree_reply": self.gree_reply, "gome_move": self.gome_move, "path": self.path, "outcome": self.outcome}


def gree_reply(tree: GameTree) -> str:
    """Gree's best reply to a cut: the last move of the tree, solved first.

    Parameters
    ----------
    tree : GameTree
        The game.

    Returns
    -------
    str
        ``"withdraw"`` if withdrawing pays Gree strictly more than swallowing the cut
        (``cut_withdraw[1] > cut_supply[1]``), else ``"supply"``.

    Raises
    ------
    TypeError
        If ``tree`` is not a :class:`GameTree`.

    Examples
    --------
    >>> gree_reply(GomeGreeCase().tree())            # -25 > -42.5
    'withdraw'
    """
    _require_tree(tree, "gree_reply")
    return "withdraw" if tree.cut_withdraw[1] > tree.cut_supply[1] + _TOL else "supply"


def backward_induction(tree: GameTree) -> TreeSolution:
    """Solve the game tree from the end: Gree's reply first, then Gome's move knowing it.

    Parameters
    ----------
    tree : GameTree
        The game, with Gree's payoffs known to Gome (complete information).

    Returns
    -------
    TreeSolution
        Gree's reply to a cut, Gome's move, the path played and its payoffs.

    Raises
    ------
    TypeError
        If ``tree`` is not a :class:`GameTree`.

    References
    ----------
    Gibbons, R. (1992). Game Theory for Applied Economists, section 2.1.A (backward
    induction). Dixit, A., Skeath, S. & McAdams, D. Games of Strategy (Norton), ch. 3
    (rollback in sequential-move games).

    Examples
    --------
    With the chapter's case Gree would withdraw after a cut (-25 beats -42.5); Gome,
    seeing this, keeps its price (0 beats -28.5): no conflict.

    >>> backward_induction(GomeGreeCase().tree())
    TreeSolution(gree_reply='withdraw', gome_move='keep', path=('keep',), outcome=(0.0, 0.0))
    """
    reply = gree_reply(tree)
    after_cut = tree.leaf(("cut", reply))
    move = "cut" if after_cut[0] > tree.keep[0] + _TOL else "keep"
    path = ("cut", reply) if move == "cut" else ("keep",)
    return TreeSolution(reply, move, path, tree.leaf(path))


def belief_threshold(tree: GameTree) -> float:
    """The belief below which Gome cuts: the chance of withdrawal at which cutting stops paying.

    Gome does not know how Gree will answer. If it puts probability p on a Gree that
    withdraws (and 1 - p on one that keeps supplying), a cut is worth
    (1 - p) T + p P against R for keeping the price, where T, P are Gome's payoffs
    after (cut, supply) and (cut, withdraw) and R after keep. Gome cuts when
    p < p* = (T - R) / (T - P).

    Parameters
    ----------
    tree : GameTree
        The game; only Gome's payoffs matter here.

    Returns
    -------
    float
        p* in [0, 1]. ``0.0`` when a cut does not pay even if Gree keeps supplying
        (T <= R: Gome never cuts); ``1.0`` when it pays even if Gree withdraws
        (P >= R: Gome cuts whatever it believes).

    Raises
    ------
    TypeError
        If ``tree`` is not a :class:`GameTree`.

    References
    ----------
    Gibbons, R. (1992). Game Theory for Applied Economists, ch. 3.1 (Harsanyi's types:
    a player's private payoffs, the others' beliefs about them) and ch. 4.1 (perfect
    Bayesian equilibrium of a dynamic game).

    Examples
    --------
    >>> round(belief_threshold(GomeGreeCase().tree()), 4)       # 15 / (15 + 28.5)
    0.3448
    """
    _require_tree(tree, "belief_threshold")
    t_, r, p = tree.cut_supply[0], tree.keep[0], tree.cut_withdraw[0]
    if t_ <= r + _TOL:
        return 0.0
    if p >= r - _TOL:
        return 1.0
    return (t_ - r) / (t_ - p)


def gome_expected_cut(tree: GameTree, belief: float) -> float:
    """Gome's expected payoff from cutting when it believes Gree withdraws with probability ``belief``.

    Parameters
    ----------
    tree : GameTree
        The game.
    belief : float
        p, in [0, 1].

    Returns
    -------
    float
        (1 - p) x Gome's payoff after (cut, supply) + p x its payoff after (cut, withdraw).

    Raises
    ------
    TypeError, ValueError
        If ``tree`` is not a :class:`GameTree` or ``belief`` is not a probability.

    Examples
    --------
    >>> gome_expected_cut(GomeGreeCase().tree(), 0.2)           # 0.8 x 15 + 0.2 x (-28.5)
    6.3
    """
    _require_tree(tree, "gome_expected_cut")
    p = check_fraction(belief, "belief", "gome_expected_cut")
    return _r((1 - p) * tree.cut_supply[0] + p * tree.cut_withdraw[0])


@dataclass(frozen=True)
class SequentialResult:
    """The sequential game played with Gome unsure of Gree's reply.

    Attributes
    ----------
    tree : GameTree
        The game, with the real Gree's payoffs.
    belief : float
        Gome's belief that Gree would withdraw after a cut.
    threshold : float
        :func:`belief_threshold`: Gome cuts when ``belief`` is below it.
    expected_cut : float
        Gome's expected payoff from cutting under its belief.
    gome_move : str
        What Gome does under its belief: ``"cut"`` if ``expected_cut`` beats keeping the price.
    gree_reply : str
        What the real Gree does after a cut (:func:`gree_reply`).
    path : tuple of str
        The moves played.
    outcome : tuple of (float, float)
        (Gome, Gree) payoffs at the end of ``path``.
    informed : TreeSolution
        What backward induction gives when Gome knows Gree's reply.
    conflict : bool
        Gome cuts and Gree withdraws: what happened in 2004.
    misjudgement : bool
        Gome's move differs from the move it would make knowing Gree's reply.
    informed_share : float
        Chance that Gome learns Gree's reply before it moves (a KAM department's
        ``early_warning``; 0 without one).
    conflict_probability : float
        (1 - informed_share) x conflict + informed_share x (conflict when informed).
    """

    tree: GameTree
    belief: float
    threshold: float
    expected_cut: float
    gome_move: str
    gree_reply: str
    path: tuple
    outcome: tuple
    informed: TreeSolution
    conflict: bool
    misjudgement: bool
    informed_share: float
    conflict_probability: float

    def summary(self) -> dict:
        """The result as named values, for :func:`kamlab.show`.

        Returns
        -------
        dict
            ``belief``, ``threshold`` (rounded to 4 decimals), ``expected_cut``,
            ``gome_move``, ``gree_reply``, ``path``, ``outcome``, ``conflict`` and
            ``misjudgement``.

        Examples
        --------
        >>> sequential_game(belief=0.2).summary()["threshold"]
        0.3448
        """
        return {
            "belief": self.belief,
            "threshold": round(self.threshold, 4),
            "expected_cut": self.expected_cut,
            "gome_move": self.gome_move,
            "gree_reply": self.gree_reply,
            "path": self.path,
            "outcome": self.outcome,
            "conflict": self.conflict,
            "misjudgement": self.misjudgement,
        }


def sequential_game(
    case: GomeGreeCase | None = None, *, belief: float = 0.2, kam: KamDepartment | None = None
) -> SequentialResult:
    """Play the case in the order it happened, with Gome unsure how Gree will answer a cut.

    Gome moves first, believing Gree withdraws after a cut with probability ``belief``
    (a type it cannot see: how much the Gome channel is worth to Gree is Gree's private
    information). The real Gree then answers with its best reply, found by backward
    induction on ``case.tree()``. A conflict (cut, then withdrawal) needs both a Gree
    that withdraws and a belief below :func:`belief_threshold`: if Gome knew the reply,
    it would not cut (unless cutting paid even against a withdrawal). That is a
    misjudgement of the model, not a motive the chapter reports.

    A KAM department adds information, not payoffs: with probability
    ``kam.early_warning`` its communication tells Gome how Gree would answer before
    Gome acts, and Gome then plays the backward-induction move. (Its payoff effects are
    in the stage and repeated games, :meth:`GomeGreeCase.game`.)

    Parameters
    ----------
    case : GomeGreeCase, optional
        The real payoffs; default the lesson's case.
    belief : float, default 0.2
        Gome's belief that Gree withdraws after a cut, in [0, 1] (illustrative).
    kam : KamDepartment, optional
        A KAM department; default None.

    Returns
    -------
    SequentialResult
        The move, the reply, the outcome, the threshold, whether Gome misjudged, and
        the chance of the conflict.

    Raises
    ------
    TypeError, ValueError
        If ``case`` or ``kam`` has the wrong type or ``belief`` is not a probability.

    References
    ----------
    Gibbons, R. (1992). Game Theory for Applied Economists. Princeton University Press,
    section 2.1 (backward induction), ch. 3-4 (incomplete information, perfect Bayesian
    equilibrium). The model is this lesson's, not the chapter's: the chapter gives the
    order of events and their outcome, not the payoffs or Gome's beliefs.

    Examples
    --------
    >>> r = sequential_game(belief=0.2)
    >>> r.path, r.outcome, r.conflict, r.misjudgement
    (('cut', 'withdraw'), (-28.5, -25.0), True, True)
    >>> sequential_game(belief=0.5).path                          # above p* = 0.345
    ('keep',)
    >>> sequential_game(belief=0.2, kam=KamDepartment()).conflict_probability     # 0.2 x 1
    0.2
    """
    func = "sequential_game"
    case = GomeGreeCase() if case is None else case
    if not isinstance(case, GomeGreeCase):
        raise KamlabTypeError(f"{func}: parameter 'case' must be a GomeGreeCase, got {type(case).__name__}.")
    if kam is not None and not isinstance(kam, KamDepartment):
        raise KamlabTypeError(f"{func}: parameter 'kam' must be a KamDepartment or None, got {type(kam).__name__}.")
    belief = check_fraction(belief, "belief", func)
    tree = case.tree()
    informed = backward_induction(tree)
    expected = gome_expected_cut(tree, belief)
    move = "cut" if expected > tree.keep[0] + _TOL else "keep"
    reply = informed.gree_reply
    path = ("cut", reply) if move == "cut" else ("keep",)
    conflict = path == ("cut", "withdraw")
    q = kam.early_warning if kam is not None else 0.0
    informed_conflict = informed.path == ("cut", "withdraw")
    probability = _r((1 - q) * conflict + q * informed_conflict)
    return SequentialResult(
        tree,
        belief,
        belief_threshold(tree),
        expected,
        move,
        reply,
        path,
        tree.leaf(path),
        informed,
        conflict,
        move != informed.gome_move,
        q,
        probability,
    )


# ---- the repeated game ------------------------------------------------------------------------
#: Strategies of the repeated game; action 0 = cooperate (keep price / supply), 1 = defect (cut / withdraw).
STRATEGIES = ("always_cooperate", "always_defect", "grim_trigger", "tit_for_tat", "generous_tit_for_tat")


def _intend(strategy: str, opponent_history: list[int], rng: np.random.Generator, generosity: float) -> int:
    if strategy == "always_cooperate":
        return 0
    if strategy == "always_defect":
        return 1
    if not opponent_history:
        return 0
    if strategy == "grim_trigger":
        return int(any(opponent_history))
    last = opponent_history[-1]
    if strategy == "generous_tit_for_tat" and last == 1 and rng.random() < generosity:
        return 0
    return last


def simulate_repeated(
    case: GomeGreeCase | None = None,
    *,
    gome: str = "tit_for_tat",
    gree: str = "grim_trigger",
    rounds: int = 20,
    slip_rate: float = 0.1,
    discount: float = 0.9,
    kam: KamDepartment | None = None,
    generosity: float = 0.3,
    seed=None,
) -> pd.DataFrame:
    """Play the stage game ``rounds`` times (one round = one season) and record every round.

    Each round both sides choose by their strategy from the other's past actions. With
    probability ``slip_rate`` a keep-price round turns into a unilateral cut anyway (the
    lessons' assumption: a regional company such as Sichuan Gome acting on its own; the
    chapter says only that the cut came without telling Gree); a KAM
    department catches ``early_warning`` of these slips before they happen.

    Parameters
    ----------
    case : GomeGreeCase, optional
    gome, gree : str
        One of :data:`STRATEGIES`.
    rounds : int, default 20
    slip_rate : float, default 0.1
        Chance per round that Gome cuts although its strategy says keep.
    discount : float, default 0.9
        Discount factor per round for the ``discounted`` columns.
    kam : KamDepartment, optional
    generosity : float, default 0.3
        Chance that generous tit-for-tat forgives a defection.
    seed : int, numpy.random.Generator or None

    Returns
    -------
    pandas.DataFrame
        One row per round: ``round``, ``gome_action``, ``gree_action`` (0/1), ``slip``,
        ``gome_payoff``, ``gree_payoff``, and cumulative discounted payoffs
        ``gome_discounted``, ``gree_discounted``.

    References
    ----------
    Axelrod, R. (1984). The Evolution of Cooperation (tit for tat; noise and generosity).

    Examples
    --------
    >>> play = simulate_repeated(gome="always_cooperate", gree="grim_trigger", rounds=3, slip_rate=0.0)
    >>> play["gree_action"].tolist(), float(play["gome_discounted"].iloc[-1])
    ([0, 0, 0], 0.0)
    """
    func = "simulate_repeated"
    case = GomeGreeCase() if case is None else case
    if not isinstance(case, GomeGreeCase):
        raise KamlabTypeError(f"{func}: parameter 'case' must be a GomeGreeCase, got {type(case).__name__}.")
    check_choice(gome, "gome", func, STRATEGIES)
    check_choice(gree, "gree", func, STRATEGIES)
    rounds = check_int(rounds, "rounds", func, minimum=1, maximum=1000)
    slip_rate = check_fraction(slip_rate, "slip_rate", func)
    discount = check_fraction(discount, "discount", func)
    generosity = check_fraction(generosity, "generosity", func)
    game = case.game(kam)
    rng = np.random.default_rng(check_seed(seed, func))
    slip = slip_rate * (1 - (kam.early_warning if kam is not None else 0.0))
    hist_m: list[int] = []
    hist_g: list[int] = []
    rows = []
    cum_m = cum_g = 0.0
    for k in range(rounds):
        a_m = _intend(gome, hist_g, rng, generosity)
        a_g = _intend(gree, hist_m, rng, generosity)
        slipped = a_m == 0 and rng.random() < slip
        if slipped:
            a_m = 1
        p_m, p_g = game.payoffs(a_m, a_g)
        cum_m += discount**k * p_m
        cum_g += discount**k * p_g
        rows.append((k + 1, a_m, a_g, slipped, p_m, p_g, _r(cum_m), _r(cum_g)))
        hist_m.append(a_m)
        hist_g.append(a_g)
    return pd.DataFrame(
        rows,
        columns=[
            "round",
            "gome_action",
            "gree_action",
            "slip",
            "gome_payoff",
            "gree_payoff",
            "gome_discounted",
            "gree_discounted",
        ],
    )


def conflict_odds(
    case: GomeGreeCase | None = None,
    *,
    gome: str = "tit_for_tat",
    gree: str = "grim_trigger",
    rounds: int = 20,
    slip_rate: float = 0.1,
    kam: KamDepartment | None = None,
    runs: int = 200,
    seed=2004,
) -> float:
    """Share of simulated relationships in which Gree has withdrawn by the last round.

    Parameters
    ----------
    case : GomeGreeCase, optional
        Default: the chapter's case.
    gome, gree : str
        Strategies, one of :data:`STRATEGIES`.
    rounds : int, default 20
    slip_rate : float, default 0.1
        Chance per round that Gome cuts although its strategy says keep.
    kam : KamDepartment, optional
    runs : int, default 200
        Simulated relationships, 1..10,000.
    seed : int, numpy.random.Generator or None, default 2004

    Returns
    -------
    float
        Share of runs, in [0, 1], that end with Gree withdrawn.

    Raises
    ------
    TypeError, ValueError
        As :func:`simulate_repeated`, or ``runs`` out of range.

    Examples
    --------
    >>> conflict_odds(slip_rate=0.0)
    0.0
    """
    runs = check_int(runs, "runs", "conflict_odds", minimum=1, maximum=10_000)
    rng = np.random.default_rng(check_seed(seed, "conflict_odds"))
    ended = 0
    for _ in range(runs):
        play = simulate_repeated(case, gome=gome, gree=gree, rounds=rounds, slip_rate=slip_rate, kam=kam, seed=rng)
        ended += int(play["gree_action"].iloc[-1] == 1)
    return ended / runs
