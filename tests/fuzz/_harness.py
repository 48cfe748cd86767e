"""The fuzzing harness: extreme inputs, and the one rule every public kamlab call must keep.

The rule: a call either returns a result whose every number is finite (no NaN, no
inf, except where a function documents a NaN) or raises a kamlab error
(:class:`kamlab.errors.KamlabError`). Any other exception, a non-finite number in the
result, or a call that runs longer than :data:`HANG_SECONDS` fails the test.
"""

from __future__ import annotations

import dataclasses
import inspect
import math
import numbers
import signal
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd
from hypothesis import strategies as st

from kamlab.errors import KamlabError

#: A call that takes longer than this is a hang (every size parameter is bounded so
#: that a call stays under a few seconds even on a loaded 2-core machine).
HANG_SECONDS = 60

#: The edge values every numeric parameter is tried with, in a fixed order.
EDGE_VALUES = (
    math.nan,
    math.inf,
    -math.inf,
    1e308,
    -1e308,
    1.7976931348623157e308,
    5e-324,
    -5e-324,
    2.2250738585072014e-308,
    0,
    0.0,
    -0.0,
    1,
    -1,
    0.5,
    1 - 2**-53,
    2**63,
    10**12,
    -(10**12),
    10**400,
    -(10**400),
    np.float64(np.nan),
    np.int64(-1),
    Fraction(1, 3),
    None,
    "0.9",
    "",
    True,
    b"1",
    [],
    Decimal("0.5"),
    1j,
)

#: Wrong types for a numeric parameter.
WRONG_TYPES = (None, "0.9", "", True, False, b"1", [], (), {}, Decimal("0.5"), 1j, object())

#: Any float at all: NaN, both infinities, subnormals, the largest finite floats.
ANY_FLOAT = st.floats(allow_nan=True, allow_infinity=True, allow_subnormal=True)

#: A numeric parameter's value: the whole float range, ints far beyond float range, wrong types.
ANY_NUMBER = st.one_of(
    st.sampled_from(EDGE_VALUES),
    ANY_FLOAT,
    st.integers(min_value=-(10**400), max_value=10**400),
    st.integers(min_value=-3, max_value=10**7),
    st.sampled_from(WRONG_TYPES),
)

#: A sequence parameter's value (amounts, rates): lists of extreme numbers, or a wrong type.
ANY_SEQUENCE = st.one_of(
    st.lists(
        st.one_of(ANY_FLOAT, st.integers(min_value=-(10**400), max_value=10**400), st.sampled_from(EDGE_VALUES)),
        min_size=0,
        max_size=6,
    ),
    st.lists(st.floats(min_value=0, max_value=1.7e308, allow_subnormal=True), min_size=1, max_size=6),
    st.sampled_from(WRONG_TYPES),
)


class Hang(Exception):
    """A call ran longer than :data:`HANG_SECONDS`."""


def _alarm(signum, frame):
    raise Hang(f"the call ran longer than {HANG_SECONDS} s")


def bad_numbers(obj, path: str = "result", *, depth: int = 0, seen=None) -> list[str]:
    """Where ``obj`` holds a NaN or an infinity: a list of paths such as ``result.table['clv']``."""
    seen = set() if seen is None else seen
    if depth > 6 or id(obj) in seen or isinstance(obj, (bool, np.bool_, str, bytes, type(None), type)):
        return []
    if isinstance(obj, numbers.Number):
        return [] if _finite_number(obj) else [f"{path} = {obj!r}"]
    seen.add(id(obj))
    items = _children(obj, path)
    if isinstance(items, list):  # a verdict on the whole object
        return items
    return [p for child, child_path in items for p in bad_numbers(child, child_path, depth=depth + 1, seen=seen)]


def _finite_number(x) -> bool:
    try:
        return all(math.isfinite(v) for v in ((x.real, x.imag) if isinstance(x, complex) else (float(x),)))
    except OverflowError:
        return False


def _children(obj, path: str):
    """Either a verdict for ``obj`` as a whole (a list of bad paths) or its parts to look into
    (an iterable of (child, path))."""
    if isinstance(obj, np.ndarray):
        if obj.dtype.kind in "fiuc":
            return [] if np.isfinite(obj).all() else [f"{path} (array)"]
        if obj.dtype != object:
            return []
        return ((v, f"{path}[{i}]") for i, v in enumerate(obj.ravel()[:1000]))
    if isinstance(obj, pd.DataFrame):
        return iter([*((obj[c], f"{path}[{c!r}]") for c in obj.columns), (obj.index, f"{path}.index")])
    if isinstance(obj, (pd.Series, pd.Index)):
        return _pandas_children(obj, path)
    if dataclasses.is_dataclass(obj):
        return ((getattr(obj, f.name), f"{path}.{f.name}") for f in dataclasses.fields(obj))
    if isinstance(obj, Mapping):
        return ((v, f"{path}[{k!r}]") for k, v in list(obj.items())[:1000])
    if isinstance(obj, (list, tuple, set, frozenset)):
        return ((v, f"{path}[{i}]") for i, v in enumerate(list(obj)[:1000]))
    if hasattr(obj, "nodes") and hasattr(obj, "edges"):  # a networkx graph: its edge weights
        return ((data, f"{path}.edges[{u!r}, {v!r}]") for u, v, data in obj.edges(data=True))
    return []


def _pandas_children(obj, path: str):
    if isinstance(obj, pd.MultiIndex):
        return []
    if pd.api.types.is_numeric_dtype(obj.dtype) and not pd.api.types.is_bool_dtype(obj.dtype):
        values = obj.to_numpy(dtype=float, na_value=np.nan)
        return [] if np.isfinite(values).all() else [f"{path} (column)"]
    if obj.dtype != object:
        return []
    return ((v, f"{path}[{i}]") for i, v in enumerate(obj.to_numpy()[:1000]))


def outcome(call: Callable[[], object], *, nan_ok: frozenset = frozenset()) -> str:
    """Run ``call``; return ``"result"`` or ``"kamlab error"``, or raise AssertionError on a broken rule.

    ``nan_ok``: paths (as :func:`bad_numbers` writes them, without the ``= value``
    part) where the function's docstring documents a NaN or an infinity.
    """
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        result = call()
    except KamlabError:
        return "kamlab error"
    except Hang as exc:
        raise AssertionError(f"hang: {exc}") from None
    except Exception as exc:
        raise AssertionError(f"raw exception {type(exc).__name__}: {exc}") from exc
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    bad = [p for p in bad_numbers(result) if not _allowed(p, nan_ok)]
    assert not bad, f"non-finite numbers in the result: {bad[:5]}"
    return "result"


def _allowed(path: str, documented: frozenset) -> bool:
    where = path.split(" = ")[0].split(" (")[0]
    return any(where == ok or where.startswith(ok + "[") or where.startswith(ok + ".") for ok in documented)


@dataclasses.dataclass(frozen=True)
class Spec:
    """One public callable under test.

    ``call(**overrides)`` calls it with ``base`` updated by ``overrides``; ``numbers``
    are the parameters fuzzed as single numbers, ``sequences`` those fuzzed as lists.
    """

    name: str
    call: Callable[..., object]
    base: dict
    numbers: tuple[str, ...]
    sequences: tuple[str, ...] = ()
    nan_ok: frozenset = frozenset()
    texts: tuple[str, ...] = ()  # parameters whose value is a str (a choice, a column name)

    def run(self, **overrides):
        return outcome(lambda: self.call(**{**self.base, **overrides}), nan_ok=self.nan_ok)

    def __repr__(self) -> str:  # short ids in pytest output
        return self.name


def numeric_parameters(func, base: Mapping) -> tuple[str, ...]:
    """Parameters of ``func`` whose default (or value in ``base``) is a number (not a bool)."""
    names = []
    for p in inspect.signature(func).parameters.values():
        value = base.get(p.name, p.default)
        if isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_)):
            names.append(p.name)
    names += [
        k
        for k, v in base.items()  # keywords passed through **kwargs
        if k not in names and isinstance(v, numbers.Real) and not isinstance(v, (bool, np.bool_))
    ]
    return tuple(names)


def text_parameters(func, base: Mapping) -> tuple[str, ...]:
    """Parameters of ``func`` whose default (or value in ``base``) is a str."""
    try:
        params = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return ()
    return tuple(p.name for p in params if isinstance(base.get(p.name, p.default), str))


def spec(
    func,
    *args,
    name: str | None = None,
    base: Mapping | None = None,
    numbers_: tuple | None = None,
    sequences: tuple = (),
    nan_ok=(),
    wrap=None,
) -> Spec:
    """A :class:`Spec` for ``func(*args, **base)``; ``wrap`` post-processes the result (e.g. calls a model)."""
    base = dict(base or {})
    found = numeric_parameters(func, base) if numbers_ is None else tuple(numbers_)

    def call(**kwargs):
        result = func(*args, **kwargs)
        return wrap(result) if wrap else result

    return Spec(
        name or getattr(func, "__qualname__", str(func)),
        call,
        base,
        found,
        tuple(sequences),
        frozenset(nan_ok),
        text_parameters(func, base),
    )
