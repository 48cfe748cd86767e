"""Results of slow, pure computations, kept on disk between sessions.

A lesson that simulates the same programme every time it opens need not wait for it
twice: :func:`disk_cached` stores a function's result in the user's cache folder and
reads it back the next time the function is called with the same arguments.

A stored result is reused only when everything it depends on is the same:

* the function (its module and qualified name);
* every argument, defaults filled in, compared by value: numbers by their exact bits,
  text, tuples, lists, dicts, numpy arrays (dtype, shape, bytes), pandas Series and
  DataFrames (columns, dtypes, categories, index and every value) and frozen
  dataclasses of these. An argument of any other kind (a random ``Generator``, a
  file object) makes the call run uncached;
* kamlab's version and a SHA-256 of every ``.py`` file of the installed kamlab
  package, so a result computed by other code is never reused.

Files are written atomically (a temporary file in the same folder, then
``os.replace``) and carry a SHA-256 of their payload: a truncated or corrupt file
is ignored, the result computed again and the file rewritten. A folder that cannot
be written is not an error: the result is returned uncached.

The folder is ``platformdirs.user_cache_dir("kamlab")`` (``~/.cache/kamlab`` on
Linux), or the folder named by the environment variable ``KAMLAB_CACHE_DIR``; set
that variable to ``off`` to turn the cache off. Each function keeps at most
:data:`MAX_ENTRIES` results (the least recently written go first).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import inspect
import math
import os
import pickle
import struct
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import platformdirs

from ._version import __version__

__all__ = ["ENV_VAR", "MAX_ENTRIES", "cache_dir", "code_digest", "disk_cached", "key_of", "value_digest"]

ENV_VAR = "KAMLAB_CACHE_DIR"
MAX_ENTRIES = 64
_MAGIC = b"KAMLAB-CACHE-1\n"
_DIGEST = 32  # bytes of SHA-256


class _Uncacheable(Exception):
    """An argument whose value cannot be keyed: the call runs uncached."""


def cache_dir() -> Path | None:
    """The folder the cache uses, or None when it is turned off.

    Returns
    -------
    pathlib.Path or None
        ``$KAMLAB_CACHE_DIR`` when set (None when it is ``off``), else
        ``platformdirs.user_cache_dir("kamlab")``.

    Examples
    --------
    >>> import os
    >>> from unittest import mock
    >>> with mock.patch.dict(os.environ, {"KAMLAB_CACHE_DIR": "off"}):
    ...     print(cache_dir())
    None
    """
    value = os.environ.get(ENV_VAR)
    if value is not None and value.strip():
        if value.strip().lower() == "off":
            return None
        return Path(value).expanduser()

    return Path(platformdirs.user_cache_dir("kamlab", appauthor=False))


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """SHA-256 of kamlab's version and of every ``.py`` file of the kamlab package.

    Returns
    -------
    str
        64 hexadecimal digits; it changes when any kamlab source file changes.

    Examples
    --------
    >>> len(code_digest())
    64
    """
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(f"kamlab {__version__}\n".encode())
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _feed(h, tag: str, *parts: bytes) -> None:
    h.update(tag.encode() + b"(")
    for part in parts:
        h.update(struct.pack("<Q", len(part)))
        h.update(part)
    h.update(b")")


def _encode_array(h, arr: np.ndarray) -> None:
    arr = np.asarray(arr)
    shape = repr(arr.shape).encode()
    if arr.dtype.kind in "biufcmMUS":
        _feed(h, "ndarray", arr.dtype.str.encode(), shape, np.ascontiguousarray(arr).tobytes())
        return
    if arr.dtype.kind != "O":
        raise _Uncacheable(f"array of dtype {arr.dtype}")
    _feed(h, "objarray", shape)
    for item in arr.ravel():
        _encode(h, item)


def _encode_series(h, s: pd.Series) -> None:
    dtype = s.dtype
    _feed(h, "dtype", repr(dtype).encode())
    if isinstance(dtype, pd.CategoricalDtype):
        _feed(h, "ordered", b"1" if dtype.ordered else b"0")
        _encode(h, pd.Index(dtype.categories))
        _encode_array(h, s.cat.codes.to_numpy())
        return
    arr = s.to_numpy()
    if arr.dtype.kind == "O":
        try:  # text: every value's length, then all of them in one buffer (exact, and fast)
            parts = [v.encode("utf-8", "surrogatepass") for v in arr if type(v) is str]
        except UnicodeError:
            parts = []
        if len(parts) == arr.size:
            lengths = np.fromiter(map(len, parts), dtype="<i8", count=len(parts))
            _feed(h, "text", lengths.tobytes(), b"".join(parts))
            return
    _encode_array(h, arr)


def _encode(h, value) -> None:  # noqa: C901  (one branch per kind of value)
    """Feed an exact, type-tagged encoding of ``value`` into the hash ``h``."""
    if value is None or value is Ellipsis:
        _feed(h, repr(value))
    elif isinstance(value, (bool, np.bool_)):
        _feed(h, "bool", b"1" if value else b"0")
    elif isinstance(value, (int, np.integer)):
        _feed(h, "int", str(int(value)).encode())
    elif isinstance(value, (float, np.floating)):
        v = float(value)
        _feed(h, "float", (repr(v) if math.isnan(v) else v.hex()).encode())
    elif isinstance(value, complex):
        _feed(h, "complex", value.real.hex().encode(), value.imag.hex().encode())
    elif isinstance(value, str):
        _feed(h, "str", value.encode("utf-8", "surrogatepass"))
    elif isinstance(value, bytes):
        _feed(h, "bytes", value)
    elif isinstance(value, (tuple, list, frozenset, set)):
        if isinstance(value, (set, frozenset)):
            items = sorted(value, key=lambda v: (type(v).__name__, repr(v)))
        else:
            items = value
        _feed(h, type(value).__name__, str(len(items)).encode())
        for item in items:
            _encode(h, item)
    elif isinstance(value, dict):
        _feed(h, "dict", str(len(value)).encode())
        for k, v in value.items():  # insertion order: a dict argument may be an ordered list of weights
            _encode(h, k)
            _encode(h, v)
    elif isinstance(value, np.ndarray):
        _encode_array(h, value)
    elif isinstance(value, pd.DataFrame):
        _feed(h, "DataFrame", repr(value.shape).encode())
        _encode(h, value.index)
        _encode(h, value.columns)
        for i in range(value.shape[1]):
            _encode_series(h, value.iloc[:, i])
    elif isinstance(value, pd.Series):
        _feed(h, "Series")
        _encode(h, value.name)
        _encode(h, value.index)
        _encode_series(h, value)
    elif isinstance(value, pd.Index):
        _feed(h, type(value).__name__)
        _encode(h, list(value.names))
        _encode_series(h, value.to_series(index=range(len(value))))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        if not cls.__dataclass_params__.frozen:
            raise _Uncacheable(f"mutable dataclass {cls.__qualname__}")
        _feed(h, "dataclass", f"{cls.__module__}.{cls.__qualname__}".encode())
        for field in dataclasses.fields(value):
            _encode(h, field.name)
            _encode(h, getattr(value, field.name))
    else:
        raise _Uncacheable(f"argument of type {type(value).__qualname__}")


def key_of(func, args: tuple = (), kwargs: dict | None = None) -> str:
    """The cache key of the call ``func(*args, **kwargs)``.

    Parameters
    ----------
    func : callable
        The function (its module, qualified name and signature are used).
    args, kwargs : tuple, dict
        The call's arguments; defaults are filled in, so ``f(1)`` and ``f(1, b=2)``
        share a key when 2 is ``b``'s default.

    Returns
    -------
    str
        64 hexadecimal digits.

    Raises
    ------
    TypeError
        When the arguments do not fit the signature, or an argument cannot be keyed.

    Examples
    --------
    >>> def f(a, *, b=2):
    ...     return a + b
    >>> key_of(f, (1,)) == key_of(f, (1,), {"b": 2})
    True
    >>> key_of(f, (1,)) == key_of(f, (1.0,))
    False
    """
    bound = inspect.signature(func).bind(*args, **(kwargs or {}))
    bound.apply_defaults()
    h = hashlib.sha256()
    _feed(h, "kamlab-cache-key", code_digest().encode(), func.__module__.encode(), func.__qualname__.encode())
    try:
        for name, value in bound.arguments.items():
            _encode(h, name)
            _encode(h, value)
    except _Uncacheable as exc:
        raise TypeError(f"key_of: {func.__qualname__}: {exc} cannot be keyed") from None
    return h.hexdigest()


def value_digest(value) -> str:
    """SHA-256 of a value's exact encoding, the one :func:`key_of` uses for each argument.

    For keys that depend on data but not on all of kamlab's code (the explorer frames of
    :mod:`kamlab.frames` hash only the sources an explorer imports).

    Parameters
    ----------
    value : object
        A number, text, tuple, list, dict, numpy array, pandas object or frozen dataclass of these.

    Returns
    -------
    str
        64 hexadecimal digits.

    Raises
    ------
    TypeError
        When the value cannot be keyed (e.g. a mutable dataclass).

    Examples
    --------
    >>> value_digest((1, "a")) == value_digest((1, "a")), value_digest(1) == value_digest(1.0)
    (True, False)
    """
    h = hashlib.sha256()
    try:
        _encode(h, value)
    except _Uncacheable as exc:
        raise TypeError(f"value_digest: {exc} cannot be keyed") from None
    return h.hexdigest()


def _read(path: Path):
    """The stored result, or raise (any error means: no usable entry)."""
    data = path.read_bytes()
    head = len(_MAGIC)
    if not data.startswith(_MAGIC) or len(data) < head + _DIGEST:
        raise ValueError("not a kamlab cache file")
    digest, payload = data[head : head + _DIGEST], data[head + _DIGEST :]
    if hashlib.sha256(payload).digest() != digest:
        raise ValueError("checksum mismatch")
    return pickle.loads(payload)  # noqa: S301  (the user's own cache folder, checksummed)


def _write(path: Path, result) -> None:
    payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _prune(path.parent)


def _prune(folder: Path) -> None:
    """Keep the MAX_ENTRIES newest results; drop temporary files a crash left (older than an hour)."""
    now = time.time()
    for p in folder.glob(".tmp-*.part"):
        try:
            if now - p.stat().st_mtime > 3600:
                p.unlink()
        except OSError:
            pass
    entries = []
    for p in folder.glob("*.pkl"):
        try:
            entries.append((p.stat().st_mtime_ns, p))
        except OSError:  # removed meanwhile by another process
            pass
    for _, p in sorted(entries)[: max(0, len(entries) - MAX_ENTRIES)]:
        try:
            p.unlink()
        except OSError:
            pass


def disk_cached(func):
    """Decorate a pure function so its results are kept in the disk cache.

    The function must be pure: its result depends only on its arguments and on
    kamlab's code, and it does not change its arguments. Each call returns a fresh
    copy read from disk, so callers may change the result freely.

    Parameters
    ----------
    func : callable
        The function to cache.

    Returns
    -------
    callable
        The same function, reading and writing the cache; ``wrapper.uncached`` is
        the original function.

    Examples
    --------
    >>> import os, tempfile
    >>> from unittest import mock
    >>> calls = []
    >>> @disk_cached
    ... def square(x):
    ...     calls.append(x)
    ...     return x * x
    >>> with tempfile.TemporaryDirectory() as folder, mock.patch.dict(os.environ, {"KAMLAB_CACHE_DIR": folder}):
    ...     print(square(3), square(3), calls)
    9 9 [3]
    """

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        folder = cache_dir()
        if folder is None:
            return func(*args, **kwargs)
        try:
            key = key_of(func, args, kwargs)
        except TypeError:  # an argument that cannot be keyed, or a bad call: let func answer
            return func(*args, **kwargs)
        path = folder / f"{func.__module__}.{func.__qualname__}" / f"{key}.pkl"
        try:
            return _read(path)
        except Exception:  # missing, truncated, corrupt, unreadable: compute again  # noqa: BLE001
            pass
        result = func(*args, **kwargs)
        try:
            _write(path, result)
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            pass  # a read-only or full disk, or a result pickle refuses: still return it
        return result

    wrapper.uncached = func
    return wrapper
