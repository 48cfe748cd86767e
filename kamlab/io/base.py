"""What every step of loading shares: the shipped files, who is loading what, the file's bytes, errors."""

from __future__ import annotations

import io as _io
import re
from importlib import resources
from pathlib import Path

import pandas as pd

from ..errors import DataFileError
from ..i18n import t

#: The files ``kamlab generate`` writes, in order: file name -> table kind.
SHIPPED_FILES = {
    "accounts.csv": "accounts",
    "staff.csv": "staff",
    "orders.csv": "orders",
    "contacts.csv": "contacts",
    "tickets.csv": "tickets",
    "k1_accounts.csv": "accounts",
    "k1_staff.csv": "staff",
    "k1_contacts.csv": "contacts",
}

#: Characters no one sees: zero-width spaces and joiners, soft hyphen, no-break spaces, the BOM,
#: direction marks, and control characters (NUL, tab, ...). Stripped from headers, refused in keys.
HIDDEN = re.compile("[\x00-\x1f\x7f\u00a0\u00ad\u180e\u200b-\u200f\u2028-\u202f\u2060-\u2064\ufeff]")
_NUMERIC_KINDS = ("money", "hours", "share", "rate", "number", "count", "year", "rating")


def _shipped_path(name: str) -> Path:
    return Path(str(resources.files("kamlab.data").joinpath(name)))


def _problem_frame(rows=()) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=["file", "column", "header", "line", "value", "problem", "expected"])


def _file_error(ctx, key: str, **fields) -> DataFileError:
    """An error about the file as a whole (not found, undecodable, ...)."""
    text = t(key, ctx.lang, **fields)
    err = DataFileError(t("io.where", ctx.lang, func=ctx.func, file=ctx.file) + text)
    err.problems = _problem_frame([(ctx.file, None, None, None, None, text, None)])
    return err


class _Ctx:
    """Who is loading what: the function, the file as shown in messages, the language, the notes."""

    def __init__(self, func: str, file: str, lang: str):
        self.func, self.file, self.lang = func, file, lang
        self.notes: list[str] = []
        self.fmt = "csv"
        self.encoding = None
        self.mapping: dict[str, str] = {}
        self.as_written = None  # column -> its cells as written, where the reader can tell
        self.lines = None  # () -> the file's line number of each row loaded
        self.number_style = None  # a ";" file: "euro" (1.234,5), "dot" (1234.5) or "unknown"
        self.other_sheets = None  # (table) -> a note naming the sheets that hold the table, for a missing column

    def note(self, key: str, **fields) -> None:
        self.notes.append(t(key, self.lang, **fields))


class _Data:
    """A file's bytes, read only as far as needed: its head always, the whole on demand.

    A large UTF-8 file given by path is never held in memory whole: pandas reads it from
    the path, and the bytes are read again only for line numbers in an error message.
    """

    def __init__(self, path: Path | None = None, raw: bytes | None = None):
        self.path, self._raw = path, raw

    def head(self, n: int = 1 << 20) -> bytes:
        if self._raw is not None:
            return self._raw[:n]
        with open(self.path, "rb") as f:
            return f.read(n)

    def size(self) -> int:
        return len(self._raw) if self._raw is not None else self.path.stat().st_size

    def chunks(self, size: int = 1 << 20):
        """The bytes in slices of ``size`` (a file given by path is never read whole)."""
        if self._raw is not None:
            view = memoryview(self._raw)
            for start in range(0, len(self._raw), size):
                yield bytes(view[start : start + size])
            return
        with open(self.path, "rb") as f:
            while chunk := f.read(size):
                yield chunk

    def whole(self) -> bytes:
        if self._raw is None:
            self._raw = self.path.read_bytes()
        return self._raw

    def for_pandas(self):
        return str(self.path) if self._raw is None else _io.BytesIO(self._raw)
