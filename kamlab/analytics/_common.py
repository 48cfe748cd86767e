"""Small helpers shared by the analytics modules (not public).

They build on :mod:`kamlab._validate`; nothing here imports matplotlib.
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from .._validate import as_value_array, check_numeric_column, check_sum, require_columns, require_frame, to_float
from ..errors import KamlabTypeError, KamlabValueError

#: Tier codes of the chapter's customer pyramid, top tier first.
TIERS = ("vip", "important", "ordinary", "small")

#: The chapter's pyramid: VIP ~1%, important ~4%, ordinary key accounts ~15%, small ~80%.
CHAPTER_CUTS = (0.01, 0.04, 0.15, 0.80)

#: Relationship stages in order (McDonald & Woodburn), weakest first.
STAGES = ("exploratory", "basic", "cooperative", "interdependent", "integrated")

_TOL = 1e-9


def accounts_frame(accounts: object, func: str, columns: Iterable[str] = ()) -> pd.DataFrame:
    """Check an accounts table: a non-empty DataFrame with unique ``account_id`` and ``columns``."""
    return checked_accounts(accounts, func, columns)[0]


def checked_accounts(
    accounts: object, func: str, columns: Iterable[str] = ()
) -> tuple[pd.DataFrame, np.ndarray | None]:
    """:func:`accounts_frame`, and the ids as integer codes in their order when the check made them.

    The codes (see :func:`_id_analysis`) are ``int64``, one per row, equal for equal ids and
    ordered as the ids are (as ``str``); :func:`rank_order` breaks ties with them instead of
    reading the ids again. None when the ids are not of that kind (numbers, ids of
    different widths, ids spread over too wide a range).
    """
    frame = require_frame(accounts, func)
    require_columns(frame, ["account_id", *columns], func)
    if len(frame) == 0:
        raise KamlabValueError(f"{func}: parameter 'accounts' has no rows; expected at least one account.")
    ids = frame["account_id"]
    unique, codes = _id_analysis(ids)  # unique None: not all str; see below
    if unique is None:
        _check_ids_complete(frame, ids, func)
        unique = not _has_duplicates(ids)
    if not unique:
        dup = ids.duplicated(keep=False)
        first = ids[dup].iloc[0]
        raise KamlabValueError(
            f"{func}: column 'account_id' has {int(ids.duplicated().sum())} duplicated values "
            f"(first: account_id={first!r}); expected each account once."
        )
    return frame, codes


def _check_ids_complete(frame: pd.DataFrame, ids: pd.Series, func: str) -> None:
    """Raise if ``account_id`` has a missing value (naming the first row that lacks one)."""
    missing = ids.isna().to_numpy()
    if missing.any():
        pos = int(np.flatnonzero(missing)[0])
        raise KamlabValueError(
            f"{func}: column 'account_id' has {int(missing.sum())} missing values "
            f"(first at row {frame.index[pos]!r}); expected a unique id on every row."
        )


#: Odd 64-bit multiplier that folds the 8-byte words of a long id into one hash.
_FOLD = np.uint64(0x9E3779B97F4A7C15)


def _unique_strings(ids: pd.Series) -> bool | None:
    """Whether string ids are all different; None if the ids are not all ``str`` (a
    missing value, a number): those take :func:`_has_duplicates` after the missing check.
    See :func:`_id_analysis`."""
    return _id_analysis(ids)[0]


#: Ids whose codes span at most this many times their count are checked by marking each
#: code in a table of that many bytes (no sort); wider ones are sorted.
_DENSE = 8


def _id_analysis(ids: pd.Series) -> tuple[bool | None, np.ndarray | None]:
    """(whether string ids are all different or None as :func:`_unique_strings`, their codes or None).

    Ids such as ``A0000001`` are checked without a Python call per id: they are joined
    into one string with NUL between them (one C loop) and encoded once, so id ``i`` is
    bytes ``i * (width + 1)`` onwards. Byte ``j`` of every id is then one strided column.

    Dense ids (most generated ones: a fixed prefix, then digits): where each column's bytes
    lie between that column's lowest ``lo[j]`` and highest ``hi[j]``, the ids read as
    numbers with digits ``byte - lo[j]`` in base ``hi[j] - lo[j] + 1`` (a mixed radix) are
    integer codes that are equal for equal ids and ordered as the ids are (UTF-8 bytes of
    one length order as the text does). When the codes span at most ``_DENSE`` times the
    number of ids, each is marked in a table of that size: the ids are unique when ``n``
    marks are set. On 2 million ids about a third of a ``numpy.sort`` of as many floats.

    Other ids of one width: each run of 8 bytes is read for every id at once (a strided
    view) as a big-endian integer: ids of up to 8 bytes are then exact keys; longer ones
    are folded into a 64-bit hash, and only ids whose hashes meet are compared by value.
    The keys are sorted and neighbours compared (about 1x a ``numpy.sort``). Ids of
    different widths are compared by their Python hashes, as :func:`_has_duplicates` does
    (about 2x). All ``str`` (the join succeeded) also means that no id is missing.
    """
    values = ids.to_numpy()
    n = len(values)
    if values.dtype != object or n < 2:
        return None, None
    strings = values.tolist()
    try:
        data = "\0".join(strings).encode("utf-8")
    except (TypeError, UnicodeEncodeError):  # not every id is a str (or one holds a lone surrogate)
        return None, None
    stride, extra = divmod(len(data) + 1, n)  # no NUL after the last id
    raw = np.frombuffer(data, dtype=np.uint8)
    width = stride - 1
    if extra or np.count_nonzero(raw == 0) != n - 1 or not (raw[width::stride] == 0).all():
        # Widths differ (or an id holds a NUL): every id is a str all the same, so no id is
        # missing; compare the strings' own (cached) hashes instead.
        return not _hashes_repeat(np.fromiter(map(hash, strings), dtype=np.int64, count=n), ids), None
    columns = [raw[j::stride] for j in range(width)]  # byte j of every id (n of each)
    dense = _dense_codes(columns, n)
    if dense is not None:
        codes, span = dense
        seen = np.zeros(span, dtype=bool)
        seen[codes] = True
        return int(np.count_nonzero(seen)) == n, codes
    data += b"\0" * 9  # 8 NULs to read past the end, and the NUL after the last id
    keys = None
    for start in range(0, max(width, 1), 8):
        word = np.ndarray((n,), dtype=">u8", buffer=data, offset=start, strides=(stride,)).astype(np.uint64)
        tail = 8 - min(8, width - start)  # bytes of this word past the id: its NUL and the next id
        if tail:
            word &= np.uint64(~((1 << (8 * tail)) - 1) & 0xFFFFFFFFFFFFFFFF)
        if keys is None:
            keys = word
        else:
            keys *= _FOLD
            keys ^= word
    # Multiplying by an odd number is one-to-one on 64-bit integers, so equal keys stay
    # equal and different ones different; it scatters ids that come in order.
    keys *= _FOLD
    if width <= 8:  # the keys are the ids themselves
        keys.sort()
        return not bool((keys[1:] == keys[:-1]).any()), None
    return not _hashes_repeat(keys, ids), None


def _dense_codes(columns: list[np.ndarray], n: int) -> tuple[np.ndarray, int] | None:
    """(mixed-radix codes of ids given as byte columns, the number of codes possible), or
    None if that number exceeds ``_DENSE * n`` (see :func:`_id_analysis`).

    Each column is multiplied in and added as it is; the digits' offsets ``lo[j]`` (times
    their place values) are taken off once at the end. ``int32`` when the codes fit.
    """
    bounds = [(int(col.min()), int(col.max())) for col in columns]
    span = 1
    for lo, hi in bounds:
        span *= hi - lo + 1
        if span > _DENSE * n:
            return None
    codes = np.zeros(n, dtype=np.int32 if span * 256 < 2**31 else np.int64)  # room for the raw bytes
    offset = 0
    for col, (lo, hi) in zip(columns, bounds):
        if hi > lo:  # a column of one byte adds nothing
            codes *= hi - lo + 1
            codes += col
            offset = offset * (hi - lo + 1) + lo
    codes -= offset
    return codes, span


def _hashes_repeat(hashes: np.ndarray, ids: pd.Series) -> bool:
    """Whether ``ids`` holds a value twice, given a 64-bit hash of each: hashes sorted and
    neighbours compared; only ids whose hashes meet are compared by value (exact)."""
    ordered = np.sort(hashes)
    same = ordered[1:] == ordered[:-1]
    if not same.any():
        return False
    suspects = np.isin(hashes, ordered[1:][same])
    return bool(ids[suspects].duplicated().any())


def _has_duplicates(ids: pd.Series) -> bool:
    """Whether a column without missing values holds some value twice; exact, and vectorised.

    Numbers are sorted and neighbours compared. Other values (string ids) are compared by
    their Python hashes (cached on each string), sorted as int64: distinct hashes mean
    distinct ids, and only ids whose hashes collide are compared by value. On 2 million
    string ids this takes about 4x a ``numpy.sort`` of as many floats, where
    ``Series.duplicated`` hashes every string anew (about 30x).
    """
    values = ids.to_numpy()
    if values.dtype.kind in "biufcmM":
        ordered = np.sort(values)
        return bool((ordered[1:] == ordered[:-1]).any())
    try:
        hashes = np.fromiter(map(hash, values), dtype=np.int64, count=len(values))
    except TypeError:  # an unhashable id: let pandas decide (and word any error)
        return bool(ids.duplicated().any())
    return _hashes_repeat(hashes, ids)


def money_column(frame: pd.DataFrame, column: str, func: str, *, positive_total: bool = True) -> np.ndarray:
    """A non-negative numeric column as floats; optionally require a positive total."""
    if not isinstance(column, str):
        raise KamlabTypeError(f"{func}: parameter 'value' must be a column name (str), got {type(column).__name__}.")
    check_numeric_column(frame, column, func, minimum=0)
    values = check_sum(frame[column].to_numpy(dtype=float), column, func)
    if positive_total and not values.sum() > 0:
        raise KamlabValueError(
            f"{func}: column '{column}' sums to 0; expected a positive total (shares of a zero total are undefined)."
        )
    return values


def rank_order(
    values: np.ndarray, ids: pd.Series, *, descending: bool = True, id_codes: np.ndarray | None = None
) -> np.ndarray:
    """Positions that sort by value (descending by default), ties broken by account id.

    Tie-breaking by id makes every ranking independent of the input row order.
    The same order as ``np.lexsort((ids.astype(str), primary))``, but ids are compared
    only where values tie: a sort of the values (:func:`_coarse_order`), plus a sort of
    the tied rows alone by value and id (ids as fixed-width numpy text or integers).
    ``id_codes``: the ids' codes from :func:`checked_accounts` (ordered as the ids), if it
    made them; the tied rows are then ordered by those.
    """
    primary = np.asarray(-values if descending else values, dtype=float) + 0.0  # -0.0 ties with 0.0
    order, same = _coarse_order(primary)
    if same.any():
        tied = np.zeros(len(order), dtype=bool)
        tied[1:] |= same
        tied[:-1] |= same
        rows = order[tied]  # whole groups of equal (or nearly equal) values, in value order
        if id_codes is None:
            order[tied] = rows[np.lexsort((_id_keys(ids, rows), primary[rows]))]
        else:
            order[tied] = rows[_by_value_then_code(primary[rows], id_codes[rows])]
    return order


def _by_value_then_code(values: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """``np.lexsort((codes, values))`` for values that come nearly sorted, and codes >= 0.

    A stable sort by value (quick on values in near order), then runs of equal values
    numbered and each row keyed by (run, code) in one ``uint64``: sorting those keys orders
    each run by code, where ``lexsort`` would sort all the codes first. Non-finite values,
    or keys that would not fit, take ``lexsort``.
    """
    code_bits = int(codes.max()).bit_length() if len(codes) else 0
    if code_bits + len(values).bit_length() > 63 or not np.isfinite(values).all():
        return np.lexsort((codes, values))
    first = np.argsort(values, kind="stable")
    ordered = values[first]
    run = np.zeros(len(values), dtype=np.uint64)
    np.cumsum(ordered[1:] != ordered[:-1], out=run[1:])
    run <<= np.uint64(code_bits)
    run |= codes[first].astype(np.uint64)
    return first[np.argsort(run)]


def _coarse_order(primary: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(positions sorted by value, where neighbours may be out of order): one integer sort.

    Each finite float becomes an unsigned integer of the same order (its bits, the sign
    bit flipped, or all bits for a negative number); its low bits are replaced by the
    row's position, and the whole is sorted as ``uint64`` (as fast as ``numpy.sort`` of the
    floats, about half an ``argsort``). Rows whose keys agree above the position bits,
    exact ties included, are flagged in the second array (``same[i]``: rows ``i`` and
    ``i + 1``) for the caller to order by value and id. Non-finite values or more than
    2**40 rows fall back to ``numpy.argsort``.
    """
    n = len(primary)
    bits = max(1, (n - 1).bit_length())
    if n < 2 or bits > 40 or not np.isfinite(primary).all():
        order = np.argsort(primary)
        ranked = primary[order]
        nan = np.isnan(ranked)  # NaNs sort last, as equals (ordered by id, as lexsort does)
        return order, (ranked[1:] == ranked[:-1]) | (nan[1:] & nan[:-1])
    signed = primary.view(np.int64)
    flip = signed >> 63  # -1 for a negative number (all bits flipped), else 0 (the sign bit only)
    flip |= np.int64(-(2**63))
    flip ^= signed
    key = flip.view(np.uint64)
    shift = np.uint64(bits)
    key >>= shift
    key <<= shift
    key |= np.arange(n, dtype=np.uint64)
    key.sort()
    order = key & np.uint64((1 << bits) - 1)
    order = order.view(np.intp) if np.dtype(np.intp).itemsize == 8 else order.astype(np.intp)
    key >>= shift
    return order, key[1:] == key[:-1]


def _id_keys(ids: pd.Series, rows: np.ndarray) -> np.ndarray:
    """The ids of ``rows`` as str, in an array numpy sorts without a Python call per comparison.

    Ids of one width become a ``U`` array read straight from their UTF-32 bytes (joined
    with a NUL after each, as :func:`_unique_strings` does); others a ``U`` array of the
    widest. An id holding a NUL keeps Python objects (numpy text drops trailing NULs,
    which would make two ids compare equal).
    """
    texts = ids.iloc[rows].to_numpy().tolist()
    n = len(texts)
    try:
        data = ("\0".join(texts) + "\0").encode("utf-32-le")
    except TypeError:  # not all str: compare them as str, as ``ids.astype(str)`` would
        texts = [str(x) for x in texts]
        data = ("\0".join(texts) + "\0").encode("utf-32-le")
    except UnicodeEncodeError:  # a lone surrogate
        return np.array(texts, dtype=object)
    codes = np.frombuffer(data, dtype="<u4")
    stride, extra = divmod(len(codes), n)
    if np.count_nonzero(codes == 0) != n:  # an id holds a NUL
        return np.array(texts, dtype=object)
    if extra == 0 and stride > 1 and (codes[stride - 1 :: stride] == 0).all():  # one width
        width = stride - 1
        if width <= 8 and int(codes.max()) < 128:  # ASCII of up to 8 characters: one integer each
            grid = codes.reshape(n, stride)
            keys = np.zeros(n, dtype=np.uint64)
            for j in range(width):
                keys |= grid[:, j].astype(np.uint64) << np.uint64(8 * (7 - j))
            return keys
        return np.ndarray((n,), dtype=f"<U{width}", buffer=data, strides=(4 * stride,))
    return np.array(texts, dtype=str)


def check_cuts(cuts: object, func: str, *, name: str = "cuts", n: int = len(TIERS)) -> tuple[float, ...]:
    """Tier sizes: ``n`` positive shares adding up to 1."""
    if isinstance(cuts, (str, bytes)) or not isinstance(cuts, Iterable):
        raise KamlabTypeError(
            f"{func}: parameter '{name}' must be a sequence of {n} shares, got {type(cuts).__name__}."
        )
    values = list(cuts)
    if len(values) != n:
        raise KamlabValueError(
            f"{func}: parameter '{name}' has {len(values)} shares {tuple(values)!r}; expected {n} "
            f"(VIP, important, ordinary key account, small customer), e.g. {CHAPTER_CUTS}."
        )
    out = []
    for i, v in enumerate(values):
        if (
            isinstance(v, bool)
            or not isinstance(v, numbers.Real)
            or not math.isfinite(to_float(v, f"{name}[{i}]", func))
        ):
            raise KamlabTypeError(f"{func}: parameter '{name}' item {i} is {v!r}; expected a finite number.")
        if not 0 < float(v) <= 1:
            raise KamlabValueError(f"{func}: parameter '{name}' item {i} = {float(v)!r}; expected a share in (0, 1].")
        out.append(float(v))
    total = sum(out)
    if abs(total - 1) > 1e-6:
        raise KamlabValueError(
            f"{func}: parameter '{name}' = {tuple(out)!r} adds up to {total:.6g}; expected 1 "
            f"(each share is the fraction of accounts in a tier)."
        )
    return tuple(out)


def percentile_rank(values: np.ndarray) -> np.ndarray:
    """Percentile rank in [0, 1]: (average rank - 1) / (n - 1); ties share a rank; n = 1 gives 0.5.

    The lowest value gets 0 and the highest 1, whatever the units or the skew.
    """
    n = len(values)
    if n == 1:
        return np.array([0.5])
    ranks = pd.Series(values).rank(method="average").to_numpy()
    return (ranks - 1.0) / (n - 1.0)


def minmax_scale(values: np.ndarray) -> np.ndarray:
    """(x - min) / (max - min) in [0, 1]; a constant column gives 0.5 everywhere."""
    lo, hi = float(np.min(values)), float(np.max(values))
    if hi - lo <= 0:
        return np.full(len(values), 0.5)
    return (values - lo) / (hi - lo)


def check_weights(weights: object, func: str, criteria: tuple[str, ...], name: str = "weights") -> dict[str, float]:
    """Non-negative weights keyed by criterion; missing criteria get 0; normalised to sum 1."""
    if not isinstance(weights, Mapping):
        raise KamlabTypeError(
            f"{func}: parameter '{name}' must be a dict of criterion -> weight, got {type(weights).__name__}. "
            f"Criteria: {', '.join(criteria)}."
        )
    unknown = [k for k in weights if k not in criteria]
    if unknown:
        raise KamlabValueError(
            f"{func}: parameter '{name}' has unknown criteria {', '.join(map(repr, unknown))}; "
            f"expected some of: {', '.join(criteria)}."
        )
    out = {}
    for key in criteria:
        w = weights.get(key, 0.0)
        if (
            isinstance(w, bool)
            or not isinstance(w, numbers.Real)
            or not math.isfinite(to_float(w, f"{name}[{key!r}]", func))
        ):
            raise KamlabTypeError(f"{func}: parameter '{name}' for {key!r} is {w!r}; expected a finite number.")
        if float(w) < 0:
            raise KamlabValueError(f"{func}: parameter '{name}' for {key!r} = {float(w)!r}; expected >= 0.")
        out[key] = float(w)
    total = sum(out.values())
    if not math.isfinite(total):  # weights near 1e308: only their ratios matter, so scale them down first
        top = max(out.values())
        out = {k: v / top for k, v in out.items()}
        total = sum(out.values())
    if total <= 0:
        raise KamlabValueError(
            f"{func}: parameter '{name}' = {dict(weights)!r} has no positive weight; "
            f"expected at least one of {', '.join(criteria)} > 0."
        )
    return {k: v / total for k, v in out.items()}


def value_array(values: object, name: str, func: str) -> np.ndarray:
    """:func:`kamlab._validate.as_value_array` for non-negative amounts, with a plain-float message.

    (The shared helper prints a negative value as ``np.float64(-1.0)`` under numpy 2;
    this local wrapper reports ``-1.0``.)
    """
    try:
        arr = as_value_array(values, name, func, minimum=None)
    except KamlabValueError as exc:
        raise KamlabValueError(re.sub(r"np\.float64\((.*?)\)", r"\1", str(exc))) from None
    low = arr < 0
    if low.any():
        i = int(np.flatnonzero(low)[0])
        raise KamlabValueError(
            f"{func}: parameter '{name}' has {int(low.sum())} negative values "
            f"(first at position {i}: {float(arr[i])!r}); expected >= 0."
        )
    return arr
