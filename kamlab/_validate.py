"""Input validation shared by every public kamlab function.

Each check raises :class:`kamlab.errors.KamlabValueError` (a ``ValueError``) or
:class:`kamlab.errors.KamlabTypeError` (a ``TypeError``) with a message that names
the calling function, the parameter or column, the bad value and what is expected;
for a missing column it lists the columns that exist. The kinds of error are in
:mod:`kamlab.errors`.

Nothing here mutates its input.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .errors import KamlabTypeError, KamlabValueError
from .schema import CATEGORIES

__all__ = [
    "require_frame",
    "require_columns",
    "check_numeric_column",
    "check_number",
    "check_fraction",
    "check_int",
    "to_float",
    "check_size",
    "check_amount",
    "check_rate",
    "as_tuple",
    "check_port",
    "PORT_RANGE",
    "check_sum",
    "finite_result",
    "MAX_AMOUNT_YUAN",
    "MAX_RATE",
    "MAX_HORIZON_YEARS",
    "MAX_HOURS",
    "check_hours",
    "check_seed",
    "check_choice",
    "check_stages",
    "require_instance",
    "check_ratings",
    "as_value_array",
    "first_bad",
]


#: Largest amount of money (yuan) a parameter may hold: 10^15 yuan, more than the world's
#: yearly output; it keeps sums and products of amounts far from float overflow.
MAX_AMOUNT_YUAN = 1e15

#: Largest yearly rate (discount rate, growth) a parameter may hold: 10 = 1,000% a year.
MAX_RATE = 10.0

#: Largest horizon (years) of the year-by-year models; keeps a call well under a second.
MAX_HORIZON_YEARS = 10_000

#: Largest number of hours a parameter may hold (10^9 hours: 500,000 people working a year).
MAX_HOURS = 1e9


def _fmt(value: object) -> str:
    if isinstance(value, numbers.Integral) and not isinstance(value, bool) and abs(int(value)) >= 10**18:
        digits = str(abs(int(value)))
        sign = "-" if int(value) < 0 else ""
        return f"{sign}{digits[0]}.{digits[1:4]}e+{len(digits) - 1} (an integer of {len(digits)} digits)"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    if isinstance(value, (np.integer,)):
        return repr(int(value))
    return repr(value)


def require_frame(data: object, func: str, name: str = "accounts") -> pd.DataFrame:
    """Return ``data`` if it is a DataFrame, else raise a clear ``TypeError``.

    Parameters
    ----------
    data : object
        What the caller received.
    func : str
        Name of the calling function, for the message.
    name : str, default "accounts"
        The parameter's name, for the message.

    Returns
    -------
    pandas.DataFrame
        ``data`` itself.

    Raises
    ------
    KamlabTypeError
        If ``data`` is not a DataFrame.
    """
    if not isinstance(data, pd.DataFrame):
        raise KamlabTypeError(f"{func}: parameter '{name}' must be a pandas DataFrame, got {type(data).__name__}.")
    return data


def require_columns(frame: pd.DataFrame, columns: Iterable[str], func: str) -> None:
    """Raise if any of ``columns`` is missing; the message lists what is present.

    Parameters
    ----------
    frame : pandas.DataFrame
    columns : iterable of str
        The columns required.
    func : str
        Name of the calling function, for the message.

    Returns
    -------
    None
        Only raises.

    Raises
    ------
    KamlabValueError
        Naming the missing columns and listing the columns present.
    """
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        what = "column" if len(missing) == 1 else "columns"
        raise KamlabValueError(
            f"{func}: missing {what} {', '.join(repr(c) for c in missing)}. "
            f"Columns present: {', '.join(map(str, frame.columns)) or '(none)'}."
        )


def first_bad(frame: pd.DataFrame, mask: pd.Series, column: str, id_column: str | None) -> str:
    """Describe the first row where ``mask`` is true, e.g. ``account_id='A017', revenue=-1200.0``.

    Parameters
    ----------
    frame : pandas.DataFrame
    mask : array-like of bool
        One entry per row; at least one must be true.
    column : str
        The column whose value is shown.
    id_column : str or None
        The column that names the row (e.g. ``account_id``); None or absent: the row label.

    Returns
    -------
    str
        E.g. ``"account_id='A017', revenue=-1200.0"``.
    """
    pos = int(np.flatnonzero(np.asarray(mask))[0])
    value = frame[column].iloc[pos]
    if id_column and id_column in frame.columns and id_column != column:
        return f"{id_column}={_fmt(frame[id_column].iloc[pos])}, {column}={_fmt(value)}"
    return f"row {frame.index[pos]!r}, {column}={_fmt(value)}"


def check_numeric_column(
    frame: pd.DataFrame,
    column: str,
    func: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    id_column: str | None = "account_id",
    allow_nan: bool = False,
    integer: bool = False,
) -> None:
    """Check that ``frame[column]`` is numeric, finite and inside [minimum, maximum].

    Raises a ``TypeError`` for a non-numeric column and a ``ValueError`` naming the
    column, the count of bad values and the first bad row otherwise.

    Parameters
    ----------
    frame : pandas.DataFrame
    column : str
    func : str
        Name of the calling function, for the message.
    minimum, maximum : float, optional
        Inclusive bounds.
    id_column : str or None, default "account_id"
        The column that names the first bad row in the message.
    allow_nan : bool, default False
        Whether missing values are allowed.
    integer : bool, default False
        Whether every value must be a whole number.

    Returns
    -------
    None
        Only raises.
    """
    require_columns(frame, [column], func)
    series = frame[column]
    if pd.api.types.is_bool_dtype(series) or not pd.api.types.is_numeric_dtype(series):
        raise KamlabTypeError(
            f"{func}: column '{column}' must be numeric, got dtype {series.dtype} "
            f"(first value {_fmt(series.iloc[0]) if len(series) else 'none'})."
        )
    values = series.to_numpy(dtype=float, na_value=np.nan)
    for mask, word, expected in _column_problems(values, minimum, maximum, allow_nan, integer):
        count = int(mask.sum())
        noun = "value" if count == 1 else "values"
        raise KamlabValueError(
            f"{func}: column '{column}' has {count} {word} {noun} "
            f"(first: {first_bad(frame, pd.Series(mask), column, id_column)}); expected {expected}."
        )


def _column_problems(values: np.ndarray, minimum, maximum, allow_nan: bool, integer: bool) -> list[tuple]:
    """(mask, word, expected) of each kind of bad value in ``values``, in the order they are reported."""
    nan, inf = np.isnan(values), np.isinf(values)
    checks = [
        (None if allow_nan else nan, "missing (NaN)", "a number"),
        (inf, "infinite", "a finite number"),
    ]
    if minimum is not None:
        word = "negative" if minimum == 0 else f"below {minimum:g}"
        checks.append((values < minimum, word, f">= {minimum:g}"))
    if maximum is not None:
        checks.append((values > maximum, f"above {maximum:g}", f"<= {maximum:g}"))
    if integer:
        checks.append((~nan & ~inf & (values != np.round(values)), "non-integer", "a whole number"))
    return [(mask, word, expected) for mask, word, expected in checks if mask is not None and mask.any()]


#: Ports a server may listen on (0 would let the system choose one no one is told about).
PORT_RANGE = (1, 65535)


def check_port(value: object, name: str, func: str) -> int | None:
    """``value`` as a TCP port in :data:`PORT_RANGE`, or None (let the server choose).

    Parameters
    ----------
    value : int or None
    name, func : str
        The parameter's name and the calling function's, for the message.

    Returns
    -------
    int or None

    Raises
    ------
    KamlabTypeError
        If ``value`` is not an int (a bool, a float, a str ...).
    KamlabValueError
        If it is outside 1..65535.

    Examples
    --------
    >>> check_port(8866, "port", "present"), check_port(None, "port", "present")
    (8866, None)
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise KamlabTypeError(f"{func}: parameter '{name}' = {_fmt(value)}; expected a whole port number or None.")
    low, high = PORT_RANGE
    if not low <= value <= high:
        raise KamlabValueError(f"{func}: parameter '{name}' = {_fmt(value)}; expected a port from {low} to {high}.")
    return int(value)


def check_sum(values: np.ndarray, column: str, func: str) -> np.ndarray:
    """``values`` (finite floats) whose total, and every running total, stays a finite float.

    Each amount may be finite while their sum is not (two accounts of 1e308 yuan): shares
    of such a total would come out as 0.0 or NaN. The sum of the absolute values bounds
    every partial sum, so it is the one thing checked.

    Parameters
    ----------
    values : numpy.ndarray
        The column's values as floats, already checked to be finite.
    column, func : str
        The column's name and the calling function's, for the message.

    Returns
    -------
    numpy.ndarray
        ``values`` unchanged.

    Raises
    ------
    KamlabValueError
        If the sum of the absolute values is beyond the largest float (about 1.8e308).

    Examples
    --------
    >>> check_sum(np.array([1e308, 1e308]), "revenue", "f")
    Traceback (most recent call last):
    ...
    kamlab.errors.KamlabValueError: f: column 'revenue' adds up to more than the largest float (about 1.8e308); expected amounts whose total is a finite number.
    """
    with np.errstate(over="ignore", invalid="ignore"):
        total = np.abs(values).sum()
    if not np.isfinite(total):
        raise KamlabValueError(
            f"{func}: column '{column}' adds up to more than the largest float (about 1.8e308); "
            "expected amounts whose total is a finite number."
        )
    return values


def to_float(value: object, name: str, func: str) -> float:
    """``float(value)``; an integer too large for a float (e.g. ``10**400``) is a ``KamlabValueError``.

    Parameters
    ----------
    value : object
        A real number (already type-checked by the caller).
    name, func : str
        The parameter's name and the calling function's, for the message.

    Returns
    -------
    float

    Raises
    ------
    KamlabValueError
        For an integer too large for a float.
    """
    try:
        return float(value)
    except OverflowError:
        raise KamlabValueError(
            f"{func}: parameter '{name}' = {_fmt(value)} is too large; expected a finite number "
            f"(at most about 1.8e308)."
        ) from None


def check_number(
    value: object,
    name: str,
    func: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    strict_minimum: bool = False,
    strict_maximum: bool = False,
) -> float:
    """Return ``value`` as a float after checking type, finiteness and range.

    Parameters
    ----------
    value : object
    name, func : str
        The parameter's name and the calling function's, for the message.
    minimum, maximum : float, optional
        Bounds, inclusive unless ``strict_minimum`` / ``strict_maximum``.
    strict_minimum, strict_maximum : bool, default False

    Returns
    -------
    float

    Raises
    ------
    KamlabTypeError
        For a non-number (bool rejected).
    KamlabValueError
        For NaN, an infinity or a value out of range.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise KamlabTypeError(f"{func}: parameter '{name}' must be a number, got {type(value).__name__} {_fmt(value)}.")
    x = to_float(value, name, func)
    if math.isnan(x) or math.isinf(x):
        raise KamlabValueError(f"{func}: parameter '{name}' must be a finite number, got {x!r}.")
    if minimum is not None and (x <= minimum if strict_minimum else x < minimum):
        op = ">" if strict_minimum else ">="
        raise KamlabValueError(f"{func}: parameter '{name}' = {x!r}; expected {op} {minimum:g}.")
    if maximum is not None and (x >= maximum if strict_maximum else x > maximum):
        op = "<" if strict_maximum else "<="
        raise KamlabValueError(f"{func}: parameter '{name}' = {x!r}; expected {op} {maximum:g}.")
    return x


def check_fraction(value: object, name: str, func: str, *, open_low: bool = False, open_high: bool = False) -> float:
    """A share: a number in [0, 1] (ends optionally excluded).

    Parameters
    ----------
    value : object
    name, func : str
        The parameter's name and the calling function's, for the message.
    open_low, open_high : bool, default False
        Exclude 0 / 1.

    Returns
    -------
    float

    Raises
    ------
    KamlabTypeError, KamlabValueError
        For a non-number or a share outside the interval (the message says "give it as a fraction").
    """
    x = check_number(value, name, func)
    low_bad = x <= 0 if open_low else x < 0
    high_bad = x >= 1 if open_high else x > 1
    if low_bad or high_bad:
        lo = "(0" if open_low else "[0"
        hi = "1)" if open_high else "1]"
        raise KamlabValueError(
            f"{func}: parameter '{name}' = {x!r} is a share outside {lo}, {hi}; "
            f"give it as a fraction (e.g. 0.2 for 20%)."
        )
    return x


def check_int(value: object, name: str, func: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
    """A whole number (bool rejected) inside [minimum, maximum].

    Parameters
    ----------
    value : object
    name, func : str
        The parameter's name and the calling function's, for the message.
    minimum, maximum : int, optional
        Inclusive bounds.

    Returns
    -------
    int

    Raises
    ------
    KamlabTypeError, KamlabValueError
        For a non-integer (bool rejected) or a value out of range.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise KamlabTypeError(
            f"{func}: parameter '{name}' must be an integer, got {type(value).__name__} {_fmt(value)}."
        )
    v = int(value)
    if minimum is not None and v < minimum:
        raise KamlabValueError(f"{func}: parameter '{name}' = {v}; expected >= {minimum}.")
    if maximum is not None and v > maximum:
        raise KamlabValueError(f"{func}: parameter '{name}' = {_fmt(v)}; expected <= {maximum}.")
    return v


def check_size(value: object, name: str, func: str, *, maximum: int, minimum: int = 1) -> int:
    """A size (``simulations``, ``points``, ``horizon_years``, ``n``...): a whole number in [minimum, maximum].

    Every size parameter of a public function has a documented upper bound (a module
    constant) that keeps one call under a few seconds; the message names it.

    Parameters
    ----------
    value : object
    name, func : str
        The parameter's name and the calling function's, for the message.
    maximum : int
        The documented upper bound.
    minimum : int, default 1

    Returns
    -------
    int

    Examples
    --------
    >>> check_size(10, "points", "f", maximum=100)
    10
    >>> check_size(10**12, "points", "f", maximum=100)
    Traceback (most recent call last):
    ...
    kamlab.errors.KamlabValueError: f: parameter 'points' = 1000000000000; expected <= 100 (the upper bound that keeps a call fast).
    """
    v = check_int(value, name, func, minimum=minimum)
    if v > maximum:
        raise KamlabValueError(
            f"{func}: parameter '{name}' = {_fmt(v)}; expected <= {maximum} (the upper bound that keeps a call fast)."
        )
    return v


def check_amount(
    value: object,
    name: str,
    func: str,
    *,
    positive: bool = False,
    signed: bool = False,
    maximum: float = MAX_AMOUNT_YUAN,
) -> float:
    """An amount of money in yuan: a finite number in [0, :data:`MAX_AMOUNT_YUAN`].

    ``positive``: > 0; ``signed`` (a profit or margin that may be a loss): in
    [-MAX_AMOUNT_YUAN, MAX_AMOUNT_YUAN].

    Parameters
    ----------
    value : object
    name, func : str
        The parameter's name and the calling function's, for the message.
    positive : bool, default False
        Require > 0.
    signed : bool, default False
        Allow negative amounts down to ``-maximum``.
    maximum : float, default :data:`MAX_AMOUNT_YUAN`

    Returns
    -------
    float
        The amount in yuan.
    """
    if signed:
        return check_number(value, name, func, minimum=-maximum, maximum=maximum)
    return check_number(value, name, func, minimum=0, strict_minimum=positive, maximum=maximum)


def check_hours(value: object, name: str, func: str, *, positive: bool = False, maximum: float = MAX_HOURS) -> float:
    """A number of hours: a finite number in [0, :data:`MAX_HOURS`] (``positive``: > 0).

    Parameters
    ----------
    value : object
    name, func : str
        The parameter's name and the calling function's, for the message.
    positive : bool, default False
        Require > 0.
    maximum : float, default :data:`MAX_HOURS`

    Returns
    -------
    float
        The hours.
    """
    return check_number(value, name, func, minimum=0, strict_minimum=positive, maximum=maximum)


def check_seed(seed: object, func: str, name: str = "seed"):
    """A random seed: None, an integer >= 0 (any size) or a ``numpy.random.Generator``; returned unchanged.

    Parameters
    ----------
    seed : object
    func : str
        Name of the calling function, for the message.
    name : str, default "seed"
        The parameter's name, for the message.

    Returns
    -------
    int, numpy.random.Generator or None
        ``seed`` unchanged.

    Raises
    ------
    KamlabTypeError, KamlabValueError
        For another type or a negative integer.

    >>> check_seed(2026, "f"), check_seed(None, "f")
    (2026, None)
    """
    if seed is None or isinstance(seed, np.random.Generator):
        return seed
    if isinstance(seed, (bool, np.bool_)) or not isinstance(seed, numbers.Integral):
        raise KamlabTypeError(
            f"{func}: parameter '{name}' must be an int, a numpy Generator or None, "
            f"got {type(seed).__name__} {_fmt(seed)}."
        )
    if int(seed) < 0:
        raise KamlabValueError(f"{func}: parameter '{name}' = {_fmt(seed)}; expected >= 0.")
    return seed


def check_rate(
    value: object,
    name: str,
    func: str,
    *,
    minimum: float = 0.0,
    strict_minimum: bool = False,
    maximum: float = MAX_RATE,
) -> float:
    """A yearly rate (discount rate, growth) as a fraction: finite, >= ``minimum``, <= :data:`MAX_RATE`.

    Parameters
    ----------
    value : object
    name, func : str
        The parameter's name and the calling function's, for the message.
    minimum : float, default 0.0
    strict_minimum : bool, default False
        Exclude ``minimum`` itself.
    maximum : float, default :data:`MAX_RATE`

    Returns
    -------
    float
    """
    return check_number(value, name, func, minimum=minimum, strict_minimum=strict_minimum, maximum=maximum)


def finite_result(value, func: str, what: str, **inputs: object):
    """Return ``value`` (a number or array) if every element is finite, else raise.

    An honest result that does not fit in a float (it overflows to inf, or inf - inf
    gives NaN) becomes a ``KamlabValueError`` that names the result and the inputs,
    never a silent inf or NaN.

    Parameters
    ----------
    value : float or numpy.ndarray
        The result to check.
    func : str
        Name of the calling function.
    what : str
        What the result is, for the message (e.g. "the multiple").
    **inputs
        The inputs that led to it, named in the message.

    Returns
    -------
    float or numpy.ndarray
        ``value`` unchanged.

    Examples
    --------
    >>> finite_result(2.5, "f", "the multiple", growth=0.1)
    2.5
    >>> finite_result(float("inf"), "f", "the multiple", growth=1.0, horizon_years=1100)
    Traceback (most recent call last):
    ...
    kamlab.errors.KamlabValueError: f: the multiple is too large to compute (beyond 1.8e308) for growth=1.0, horizon_years=1100; use smaller inputs.
    """
    arr = np.asarray(value, dtype=float)
    if not np.isfinite(arr).all():
        given = ", ".join(f"{k}={_fmt(v)}" for k, v in inputs.items())
        raise KamlabValueError(
            f"{func}: {what} is too large to compute (beyond 1.8e308)"
            f"{' for ' + given if given else ''}; use smaller inputs."
        )
    return value


def check_choice(value: object, name: str, func: str, choices: Sequence[object]) -> object:
    """``value`` must be one of ``choices``; when the choices are texts, ``value`` must be a ``str``.

    Parameters
    ----------
    value : object
    name, func : str
        The parameter's name and the calling function's, for the message.
    choices : sequence
        The allowed values, listed in the message.

    Returns
    -------
    object
        ``value`` unchanged.

    Raises
    ------
    KamlabTypeError
        If the choices are texts and ``value`` is not a ``str`` (an array, a DataFrame, a
        number, ...), or ``value`` cannot be compared with them.
    KamlabValueError
        If ``value`` is not among ``choices``.

    Examples
    --------
    >>> check_choice("end", "timing", "f", ("end", "now"))
    'end'
    >>> check_choice(np.array(["end", "now"]), "timing", "f", ("end", "now"))
    Traceback (most recent call last):
    ...
    kamlab.errors.KamlabTypeError: f: parameter 'timing' is a ndarray; expected a str, one of 'end', 'now'.
    """
    listed = ", ".join(_fmt(c) for c in choices)
    if all(isinstance(c, str) for c in choices) and not isinstance(value, str):
        raise KamlabTypeError(
            f"{func}: parameter '{name}' is a {type(value).__name__}; expected a str, one of {listed}."
        )
    try:
        found = bool(value in choices)
    except (TypeError, ValueError):  # a value that cannot be compared (an array among numbers)
        raise KamlabTypeError(
            f"{func}: parameter '{name}' is a {type(value).__name__}; expected one of {listed}."
        ) from None
    if not found:
        raise KamlabValueError(f"{func}: parameter '{name}' = {_fmt(value)}; expected one of {listed}.")
    return value


def as_tuple(value: object, name: str, func: str, what: str) -> tuple:
    """``tuple(value)`` of a list, tuple or other iterable; a ``str``, a mapping or a scalar is refused.

    Parameters
    ----------
    value : object
    name, func : str
        The parameter's name and the calling function's, for the message.
    what : str
        What the sequence holds, for the message (e.g. ``"a sequence of SegmentPlan"``).

    Returns
    -------
    tuple

    Raises
    ------
    KamlabTypeError
        If ``value`` is not an iterable, or is a ``str``, ``bytes`` or a mapping.

    Examples
    --------
    >>> as_tuple([1, 2], "xs", "f", "a sequence of numbers")
    (1, 2)
    >>> as_tuple(0.0, "xs", "f", "a sequence of numbers")
    Traceback (most recent call last):
    ...
    kamlab.errors.KamlabTypeError: f: parameter 'xs' = 0.0 (float); expected a sequence of numbers.
    """
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise KamlabTypeError(f"{func}: parameter '{name}' = {_fmt(value)} ({type(value).__name__}); expected {what}.")
    return tuple(value)


def check_stages(
    frame: pd.DataFrame, func: str, *, column: str = "relationship_stage", id_column: str = "account_id"
) -> pd.Series:
    """Every value of ``column`` must be a relationship stage (``kamlab.schema.CATEGORIES``).

    The one check of the relationship stage, used by every function that reads the
    column (equity, portfolio, effort model, capstone).

    Parameters
    ----------
    frame : pandas.DataFrame
        A table with ``column`` and ``id_column`` (the caller has checked they exist).
    func : str
        Name of the calling function, for the message.
    column : str, default "relationship_stage"
    id_column : str, default "account_id"
        The column that names the first bad row in the message.

    Returns
    -------
    pandas.Series
        The column as an object Series (index as in ``frame``).

    Raises
    ------
    KamlabValueError
        Naming how many values are unknown, the first (its id and value) and the stages.

    Examples
    --------
    >>> frame = pd.DataFrame({"account_id": ["A1", "A2"], "relationship_stage": ["basic", "friendly"]})
    >>> check_stages(frame.iloc[:1], "demo").tolist()
    ['basic']
    >>> check_stages(frame, "demo")
    Traceback (most recent call last):
    ...
    kamlab.errors.KamlabValueError: demo: column 'relationship_stage' has 1 unknown values (first: \
account_id='A2', relationship_stage='friendly'); expected one of exploratory, basic, cooperative, \
interdependent, integrated.
    """
    stages = CATEGORIES["relationship_stage"]
    values = frame[column].astype("object")
    bad = ~values.isin(stages)
    if bad.any():
        pos = int(np.flatnonzero(bad.to_numpy())[0])
        raise KamlabValueError(
            f"{func}: column '{column}' has {int(bad.sum())} unknown values (first: "
            f"{id_column}={frame[id_column].iloc[pos]!r}, {column}={values.iloc[pos]!r}); "
            f"expected one of {', '.join(stages)}."
        )
    return values


def require_instance(obj: object, cls: type, name: str, func: str) -> object:
    """``obj`` must be an instance of ``cls`` (e.g. a model's result handed to a plot).

    Parameters
    ----------
    obj : object
    cls : type
    name : str
        The parameter's name, for the message.
    func : str
        Name of the calling function.

    Returns
    -------
    object
        ``obj`` itself.

    Raises
    ------
    KamlabTypeError
        Naming the parameter, the class expected and the type given.

    Examples
    --------
    >>> require_instance(3, int, "n", "demo")
    3
    >>> require_instance("3", int, "n", "demo")
    Traceback (most recent call last):
    ...
    kamlab.errors.KamlabTypeError: demo: parameter 'n' must be a int, got str.
    """
    if not isinstance(obj, cls):
        raise KamlabTypeError(f"{func}: parameter '{name}' must be a {cls.__name__}, got {type(obj).__name__}.")
    return obj


def check_ratings(
    values: object,
    ids: Sequence[str],
    func: str,
    *,
    name: str,
    unknown: str,
    missing: str,
    item: str,
    low: int = 1,
    high: int = 5,
    hint: str = "",
) -> dict[str, int]:
    """A mapping that gives every id of ``ids`` (and nothing else) a whole-number rating ``low..high``.

    Used for questionnaire answers and skill levels. ``unknown`` and ``missing`` name the
    kind of key in the messages ("question ids", "skills"), ``item`` the kind of value
    ("answer to question", "level of skill"); ``hint`` is appended to a range error.
    Returns a new dict in the order of ``ids``.

    Parameters
    ----------
    values : mapping
        id -> rating.
    ids : sequence of str
        Every id that must be rated, in order.
    func : str
        Name of the calling function, for the message.
    name : str
        The parameter's name.
    unknown, missing : str
        The kind of key, for the messages about unknown and missing keys.
    item : str
        The kind of value, for the messages about a bad rating.
    low, high : int, default 1, 5
        Inclusive range of a rating.
    hint : str, default ""
        Appended to a range error.

    Returns
    -------
    dict of str to int
        A new dict in the order of ``ids``.

    Examples
    --------
    >>> check_ratings({"b": 2, "a": 5}, ("a", "b"), "f", name="x", unknown="ids", missing="ids", item="rating")
    {'a': 5, 'b': 2}
    """
    span = f"{low}..{high}"
    if not isinstance(values, Mapping):
        raise KamlabTypeError(
            f"{func}: parameter '{name}' must be a mapping of id -> rating {span}, got {type(values).__name__}."
        )
    bad_keys = [k for k in values if k not in ids]
    if bad_keys:
        raise KamlabValueError(
            f"{func}: parameter '{name}' has unknown {unknown} {', '.join(map(repr, bad_keys))}; "
            f"expected {unknown}: {', '.join(ids)}."
        )
    absent = [k for k in ids if k not in values]
    if absent:
        raise KamlabValueError(
            f"{func}: parameter '{name}' misses {len(absent)} {missing}: {', '.join(absent)}; "
            f"every one needs a rating {span}."
        )
    clean = {}
    for key in ids:
        value = values[key]
        if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
            raise KamlabTypeError(
                f"{func}: {item} {key!r} must be an integer {span}, got {type(value).__name__} {value!r}."
            )
        if not low <= int(value) <= high:
            raise KamlabValueError(f"{func}: {item} {key!r} = {int(value)}; expected an integer {span}{hint}.")
        clean[key] = int(value)
    return clean


def _numeric_array(values: object, name: str, func: str) -> np.ndarray:
    """``values`` as a 1-d float array, or the type error naming the first item that is not a number."""
    if isinstance(values, (str, bytes)) or isinstance(values, pd.DataFrame):
        raise KamlabTypeError(
            f"{func}: parameter '{name}' must be a 1-d sequence of numbers, got {type(values).__name__}."
        )
    try:
        arr = np.asarray(values)
    except Exception as exc:  # pragma: no cover - numpy rarely fails here
        raise KamlabTypeError(f"{func}: parameter '{name}' could not be read as numbers ({exc}).") from None
    if arr.ndim != 1:
        raise KamlabValueError(f"{func}: parameter '{name}' must be 1-dimensional, got shape {arr.shape}.")
    if arr.dtype == bool or not (np.issubdtype(arr.dtype, np.number) or arr.dtype == object):
        raise KamlabTypeError(f"{func}: parameter '{name}' must hold numbers, got dtype {arr.dtype}.")
    if arr.dtype == object:
        for i, v in enumerate(arr):
            if isinstance(v, bool) or not isinstance(v, numbers.Real):
                raise KamlabTypeError(
                    f"{func}: parameter '{name}' must hold numbers; item {i} is {type(v).__name__} {_fmt(v)}."
                )
            to_float(v, f"{name}[{i}]", func)
    return arr.astype(float)


def as_value_array(
    values: object, name: str, func: str, *, minimum: float | None = 0.0, allow_empty: bool = False
) -> np.ndarray:
    """Turn a list, array or Series of amounts into a 1-d float array, validated.

    Rejects strings, non-numeric items, NaN, infinities and (by default) negatives,
    naming the position and the value.

    Parameters
    ----------
    values : list, tuple, numpy.ndarray or pandas.Series
        The amounts.
    name, func : str
        The parameter's name and the calling function's, for the message.
    minimum : float or None, default 0.0
        Smallest allowed value; None allows any finite number.
    allow_empty : bool, default False
        Whether an empty sequence is accepted.

    Returns
    -------
    numpy.ndarray
        1-d float array (a new array).

    Raises
    ------
    KamlabTypeError, KamlabValueError
        For strings, non-numeric items, NaN, infinities or values below ``minimum``, naming the position.
    """
    arr = _numeric_array(values, name, func)
    if arr.size == 0 and not allow_empty:
        raise KamlabValueError(f"{func}: parameter '{name}' is empty; expected at least one value.")
    bad = np.isnan(arr) | np.isinf(arr)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise KamlabValueError(
            f"{func}: parameter '{name}' has {int(bad.sum())} missing or infinite values "
            f"(first at position {i}: {float(arr[i])!r}); expected finite numbers."
        )
    if minimum is not None:
        low = arr < minimum
        if low.any():
            i = int(np.flatnonzero(low)[0])
            word = "negative" if minimum == 0 else f"below {minimum:g}"
            raise KamlabValueError(
                f"{func}: parameter '{name}' has {int(low.sum())} {word} values "
                f"(first at position {i}: {float(arr[i])!r}); expected >= {minimum:g}."
            )
    return arr
