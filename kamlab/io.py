"""Reading and writing kamlab's tables: the shipped CSVs in ``data/`` and a user's own.

Loaders read what people actually have: CSV, tab-separated text or an Excel workbook
(recognised by its first bytes, whatever the file is called), in UTF-8, GB18030/GBK or
UTF-16; headers in English or as the Chinese labels of the data dictionary; numbers as
Excel shows them (``86,062.07``, ``¥16989.88``, ``1.7万元``, ``13%``). Then they check
the file against the data dictionary (:mod:`kamlab.schema`) before anything else
touches it, collect every problem (a missing column, a value of the wrong type, a
missing value, negative money, a share outside 0..1, an unknown category code, a
duplicate id, ...) and raise one :class:`kamlab.errors.DataFileError` that names the
file, and for each problem the column, the file's own line number and the value, in
the user's language (:func:`kamlab.set_lang`). The error's ``problems`` attribute holds
them as a DataFrame. Nothing here overwrites a user's file unless asked (``force=True``).
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io as _io
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from .datasets import DEFAULT_SEED, K1_SEED, Company, make_company, make_k1_case
from .errors import DataFileError, KamlabTypeError, KamlabValueError
from .i18n import LANGUAGES, catalog, resolve_lang, t
from .schema import TABLES

__all__ = [
    "SHIPPED_FILES",
    "load_table",
    "load_accounts",
    "load_staff",
    "load_orders",
    "load_contacts",
    "load_tickets",
    "load_company",
    "load_k1_case",
    "check_file",
    "CheckReport",
    "problem_lines",
    "write_table",
    "data_dictionary_csv",
    "data_dictionary_markdown",
    "generate",
]

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

_COUNT_MAX = 2.0**53  # beyond this a float no longer holds every whole number
_YEARS = (1900, 2100)
_ZIP_MAGIC = b"PK\x03\x04"  # .xlsx, .xlsm, .ods
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls
_NUMERIC_KINDS = ("money", "hours", "share", "rate", "number", "count", "year", "rating")
_TOTALS = re.compile(r"^\s*(合计|总计|小计|总和|total|totals|grand\s*total|sum)\s*[:：]?\s*$", re.IGNORECASE)
# A number as people type it, after NFKC (full-width digits, ￥, ％, ， become ASCII):
# sign, currency, digits with or without thousands separators, exponent, unit.
_NUMBER = re.compile(
    r"^(?P<sign>[-+]?)\s*(?P<cur>¥?)\s*(?P<sign2>[-+]?)"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)"
    r"(?P<exp>[eE][-+]?\d+)?\s*(?P<unit>万元|元|%)?$"
)
_UNITS = {"money": ("万元", "元", ""), "share": ("%", ""), "rate": ("%", "")}


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

    def whole(self) -> bytes:
        if self._raw is None:
            self._raw = self.path.read_bytes()
        return self._raw

    def for_pandas(self):
        return str(self.path) if self._raw is None else _io.BytesIO(self._raw)


# ---------------------------------------------------------------- the source: path, file, frame
def _read_source(source, ctx: _Ctx):
    """The data (a :class:`_Data`) or DataFrame behind ``source``; sets ``ctx.file``."""
    if isinstance(source, pd.DataFrame):
        ctx.file, ctx.fmt = "DataFrame", "DataFrame"
        return source
    if isinstance(source, (str, os.PathLike)):
        text = os.fspath(source)
        if isinstance(text, bytes):
            text = os.fsdecode(text)
        if text.strip() == "":
            ctx.file = repr(text)
            raise _file_error(ctx, "io.empty_path")
        p = Path(text).expanduser()
        ctx.file = str(p) if text.startswith("~") else text
        try:
            if not p.exists():
                raise _file_error(ctx, "io.no_file")
            if p.is_dir():
                raise _file_error(ctx, "io.folder")
            data = _Data(path=p)
            data.head(1)  # can it be opened?
            return data
        except (OSError, ValueError) as exc:  # permissions, a name too long, a NUL in the name
            if isinstance(exc, DataFileError):
                raise
            raise _file_error(ctx, "io.unreadable", reason=getattr(exc, "strerror", None) or exc) from None
    if hasattr(source, "read"):
        ctx.file = str(getattr(source, "name", None) or f"<{type(source).__name__}>")
        try:
            data = source.read()
        except (OSError, ValueError) as exc:
            raise _file_error(ctx, "io.unreadable", reason=exc) from None
        if isinstance(data, str):
            ctx.encoding = "text"
            return _Data(raw=data.encode("utf-8"))
        if isinstance(data, (bytes, bytearray)):
            return _Data(raw=bytes(data))
    shown = repr(source)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    raise KamlabTypeError(f"{ctx.func}: " + t("io.bad_source", ctx.lang, value=shown, type=type(source).__name__))


def _blank(raw: bytes) -> bool:
    """Nothing but white space (without copying a large file, as ``raw.strip()`` would)."""
    return re.search(rb"[^\s\x00]", raw) is None


def _line_of(raw: bytes, pos: int, encoding: str) -> int:
    return raw[:pos].decode(encoding, errors="replace").count("\n") + 1


def _valid_utf8(raw: bytes) -> UnicodeDecodeError | None:
    """Check UTF-8 in 1 MB slices (no full-size copy); the error of the first bad byte, or None."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(raw)
    step = 1 << 20
    for start in range(0, len(raw), step):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(view[start : start + step], final=start + step >= len(raw))
        except UnicodeDecodeError as exc:
            at = start - pending + exc.start
            return UnicodeDecodeError("utf-8", raw, at, at + 1, exc.reason)
    return None


def _head_is_utf8(head: bytes, complete: bool) -> bool:
    """The file's first bytes are UTF-8 (a character cut at the end of an incomplete head is fine)."""
    if head.isascii():
        return True
    bad = _valid_utf8(head)
    return bad is None or (not complete and bad.start >= len(head) - 3)


def _to_utf8(raw: bytes, encoding: str | None, ctx: _Ctx) -> bytes:
    """The text as UTF-8 bytes: BOMs detected, UTF-8 then GB18030 tried, ``encoding`` obeyed."""
    if encoding is not None:
        try:
            name = codecs.lookup(encoding).name
        except (LookupError, TypeError):
            raise KamlabValueError(f"{ctx.func}: " + t("io.bad_encoding", ctx.lang, value=repr(encoding))) from None
        ctx.encoding = name
        try:
            text = raw.decode(name)
        except UnicodeDecodeError as exc:
            raise _file_error(
                ctx, "io.decode", encodings=name, byte=f"0x{raw[exc.start]:02X}", line=_line_of(raw, exc.start, name)
            ) from None
        return text.lstrip("\ufeff").encode("utf-8")
    if raw.startswith(codecs.BOM_UTF8):
        ctx.encoding = ctx.encoding or "utf-8-sig"
        raw = raw[3:]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        ctx.encoding = "utf-16"
        try:
            return raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise _file_error(
                ctx,
                "io.decode",
                encodings="UTF-16",
                byte=f"0x{raw[exc.start]:02X}",
                line=_line_of(raw, exc.start, "utf-16"),
            ) from None
    bad = None if raw.isascii() else _valid_utf8(raw)
    if bad is None:
        ctx.encoding = ctx.encoding or "utf-8"
        return raw
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError as exc:  # report the encoding that got further
        first = max(bad.start, exc.start)
        encoding = "utf-8" if bad.start >= exc.start else "gb18030"
        raise _file_error(
            ctx,
            "io.decode",
            encodings="UTF-8, GB18030 (GBK), UTF-16",
            byte=f"0x{raw[first]:02X}",
            line=_line_of(raw, first, encoding),
        ) from None
    ctx.encoding = "gb18030"
    return text.encode("utf-8")


# ---------------------------------------------------------------- headers
def _norm(text) -> str:
    """A header or code as compared: NFKC (full-width to ASCII), no spaces, case-folded."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text))).replace("\ufeff", "").casefold()


@cache
def _header_lookup(table: str) -> dict[str, str]:
    """Every way a header may name a column of ``table``: name, labels, labels with unit or name."""
    lookup: dict[str, str] = {}
    for c in TABLES[table]:
        forms = [c.name, c.label_zh, c.label_en]
        for label in (c.label_zh, c.label_en):
            forms.append(f"{label}({c.name})")
            for unit in (c.unit_zh, c.unit_en):
                if unit:
                    forms.append(f"{label}({unit})")
        forms.append(f"{c.name}({c.label_zh})")
        for form in forms:
            lookup.setdefault(_norm(form), c.name)
    return lookup


def _map_header(text, table: str) -> str | None:
    lookup = _header_lookup(table)
    key = _norm(text)
    if key in lookup:
        return lookup[key]
    if "/" in key:  # a bilingual header such as "客户编号 / account_id"
        found = {lookup[p] for p in key.split("/") if p in lookup}
        if len(found) == 1:
            return found.pop()
    return None


def _score(row, table: str) -> int:
    return len({m for m in (_map_header(v, table) for v in row if str(v).strip()) if m})


def _find_header(rows: list[list[str]], table: str) -> int:
    """Index of the header among the first rows: the first row naming the most columns."""
    scores = [_score(r, table) for r in rows[:20]]
    if not scores or max(scores) == 0:
        return 0
    return scores.index(max(scores))


# ---------------------------------------------------------------- reading CSV and Excel
def _sniff_sep(lines: list[str]) -> str:
    counts = {sep: max((line.count(sep) for line in lines), default=0) for sep in (",", "\t", ";")}
    best = max(counts, key=lambda s: (counts[s], s == ","))
    return best if counts[best] else ","


def _read_csv(data: _Data, table: str, ctx: _Ctx):
    """(body frame of cells, header texts, first data line, line numbers function) of a CSV/TSV."""
    head = data.head(1 << 16)
    cut = head.rfind(b"\n")
    preview_text = (head if cut < 0 or data.size() <= len(head) else head[: cut + 1]).decode("utf-8", "replace")
    sep = _sniff_sep(preview_text.splitlines()[:30])
    ctx.fmt = "tsv" if sep == "\t" else "csv"
    reader = csv.reader(_io.StringIO(preview_text), delimiter=sep)
    rows, ends = [], []
    try:
        for row in reader:
            rows.append(row)
            ends.append(reader.line_num)
            if len(rows) >= 25:
                break
    except csv.Error as exc:
        raise _file_error(ctx, "io.not_csv", detail=str(exc)) from None
    h = _find_header(rows, table)
    header = rows[h] if rows else []
    header_end = ends[h] if rows else 1  # physical lines up to and including the header
    _note_title(rows[:h], ctx)
    width = max(len(header), 1)
    names = [f"c{i}" for i in range(width)]
    # numbers: pandas' own parser (text in a number column falls back to object); few
    # distinct values (codes, keys of other tables, dates, flags): categorical, so the
    # checks run on the distinct values only; everything else: text as written
    kinds = {c.name: c.kind for c in TABLES[table]}
    dtypes = {}
    for i, v in enumerate(header):
        kind = kinds.get(_map_header(v, table))
        if kind not in _NUMERIC_KINDS:
            dtypes[f"c{i}"] = "category" if kind in ("category", "ref", "date", "bool") else object
    try:
        body = pd.read_csv(
            data.for_pandas(),
            sep=sep,
            header=None,
            names=names,
            skiprows=header_end,
            dtype=dtypes,
            keep_default_na=False,
            na_values=[""],
            skip_blank_lines=False,
            encoding="utf-8",
            index_col=False,
        )
    except UnicodeDecodeError:
        raise
    except (pd.errors.ParserError, csv.Error, ValueError) as exc:
        detail = str(exc).strip().split("\n")[0]
        raise _file_error(ctx, "io.not_csv", detail=detail) from None
    except pd.errors.EmptyDataError:
        body = pd.DataFrame(columns=names)

    def lines() -> np.ndarray:
        return _csv_lines(data.whole(), header_end, len(body), sep)

    def as_written(column: str) -> pd.Series:
        """One column's cells as written (for messages about a column pandas read as numbers)."""
        return pd.read_csv(
            data.for_pandas(),
            sep=sep,
            header=None,
            names=names,
            skiprows=header_end,
            usecols=[column],
            dtype=object,
            keep_default_na=False,
            na_values=[""],
            skip_blank_lines=False,
            encoding="utf-8",
            index_col=False,
        )[column]

    ctx.as_written = as_written
    return body, header, header_end, lines


def _note_title(rows, ctx: _Ctx) -> None:
    """Note the title lines found above the header."""
    texts = [" ".join(v.strip() for v in r if v.strip()) for r in rows]
    texts = [x for x in texts if x]
    if texts:
        ctx.note("io.note.title", n=len(rows), text=" | ".join(repr(x) for x in texts))


def _csv_lines(raw: bytes, header_end: int, n: int, sep: str) -> np.ndarray:
    """The file's own line number of each data row (blank lines and multi-line fields counted).

    A newline ends a record unless it sits inside quotes, i.e. after an odd number of
    quote characters (an escaped quote ``""`` counts twice, so parity still holds).
    """
    data = np.frombuffer(raw, dtype=np.uint8)
    newline = np.flatnonzero(data == 10)
    quotes = np.flatnonzero(data == 34)
    ends = newline[np.searchsorted(quotes, newline) % 2 == 0]
    # line on which each record starts: record 0 at line 1; after a record ending at
    # newline k (0-based among all newlines) the next starts on line k + 2
    line_no = np.concatenate([[1], np.searchsorted(newline, ends) + 2])
    if ends.size and ends[-1] == len(raw) - 1:
        line_no = line_no[:-1]  # nothing after the final newline
    starts = line_no[line_no > header_end]
    if starts.size == n:
        return starts
    # irregular quoting: let the csv module count (an error path only)
    text = raw.decode("utf-8", "replace").splitlines(keepends=True)[header_end:]
    reader = csv.reader(text, delimiter=sep)
    out, before = [], header_end
    for _ in reader:
        out.append(before + 1)
        before = header_end + reader.line_num
    out = (out + [out[-1] if out else header_end + 1] * n)[:n]
    return np.asarray(out, dtype=np.int64)


def _cell_text(value) -> str:
    """An Excel cell as the text a person reads in it."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time(0) else value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _sheet_name(sheet, names: list, ctx: _Ctx) -> str:
    """The name of the sheet asked for: None = the first, an index (also "2" as text), or a name."""
    if sheet is None:
        sheet = 0
    if isinstance(sheet, str) and sheet not in names and sheet.strip().isdigit():
        sheet = int(sheet)  # "2" from the command line: the third sheet
    if isinstance(sheet, int) and not isinstance(sheet, bool) and 0 <= sheet < len(names):
        return names[sheet]
    if isinstance(sheet, str) and sheet in names:
        return sheet
    raise _file_error(ctx, "io.no_sheet", sheet=repr(sheet), sheets=", ".join(map(repr, names)))


def _sheet_rows(raw: bytes, sheet, ctx: _Ctx) -> list:
    """The chosen sheet's cells as text rows (trailing empty rows dropped); names the sheet in ``ctx``."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(_io.BytesIO(raw))
        names = list(book.sheet_names)
    except Exception as exc:  # calamine's own error types vary by format
        raise _file_error(ctx, "io.not_excel", detail=f"{type(exc).__name__}: {exc}") from None
    name = _sheet_name(sheet, names, ctx)
    ctx.fmt = f"excel, sheet {name!r}"
    ctx.file = f"{ctx.file} [sheet {name!r}]" if len(names) > 1 else ctx.file
    try:
        cells = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except Exception as exc:
        raise _file_error(ctx, "io.not_excel", detail=f"{type(exc).__name__}: {exc}") from None
    rows = [[_cell_text(v) for v in row] for row in cells]
    while rows and not any(v.strip() for v in rows[-1]):
        rows.pop()
    return rows


def _read_excel(raw: bytes, table: str, sheet, ctx: _Ctx):
    """(body, header texts, header line, line numbers function) of an Excel workbook's sheet."""
    ctx.fmt = "excel"
    rows = _sheet_rows(raw, sheet, ctx)
    first = next((i for i, r in enumerate(rows) if any(v.strip() for v in r)), 0)
    h = first + _find_header(rows[first : first + 25], table)
    _note_title(rows[:h], ctx)
    header = rows[h] if rows else []
    width = max(len(header), 1)
    body = pd.DataFrame(
        [[v if v != "" else None for v in r[:width]] + [None] * (width - len(r)) for r in rows[h + 1 :]],
        columns=[f"c{i}" for i in range(width)],
        dtype=object,
    )
    header_line = h + 1

    def lines() -> np.ndarray:
        return np.arange(header_line + 1, header_line + 1 + len(body), dtype=np.int64)

    return body, header, header_line, lines


def _from_frame(frame: pd.DataFrame):
    header = [str(c) for c in frame.columns]
    body = frame.reset_index(drop=True).copy(deep=False)
    body.columns = [f"c{i}" for i in range(len(header))]

    def lines() -> np.ndarray:
        return np.arange(2, 2 + len(body), dtype=np.int64)

    return body, header, 1, lines


# ---------------------------------------------------------------- values
def _as_text(s: pd.Series) -> pd.Series:
    """A column as stripped text, '' where empty; whole floats written without '.0'."""
    if isinstance(s.dtype, pd.CategoricalDtype):  # work on the distinct values, then take
        cats = _as_text(pd.Series(np.asarray(s.cat.categories, dtype=object), dtype=object))
        values = np.append(cats.to_numpy(dtype=object), "")  # code -1 (empty) takes the last
        return pd.Series(values[s.cat.codes.to_numpy()], index=s.index, dtype=object)
    if pd.api.types.is_bool_dtype(s):
        return s.map({True: "TRUE", False: "FALSE"}).astype(object)
    if pd.api.types.is_float_dtype(s):
        v = s.to_numpy(dtype=float)
        whole = np.isfinite(v) & (v == np.round(v)) & (np.abs(v) < 1e16)
        out = s.astype(str).astype(object)
        out[whole] = pd.Series(v[whole].astype(np.int64)).astype(str).to_numpy(dtype=object)
        out[np.isnan(v)] = ""
        return out
    if pd.api.types.is_numeric_dtype(s) or pd.api.types.is_datetime64_any_dtype(s):
        out = s.astype(str).astype(object)
        out[s.isna().to_numpy()] = ""
        return out
    out = s.astype(object)
    na = out.isna().to_numpy()
    if na.any():
        out = out.where(~na, "")
    if pd.api.types.infer_dtype(out, skipna=False) != "string":
        out = out.map(str)
    return out.str.strip()


def _shown(value) -> str:
    if isinstance(value, float):
        if np.isfinite(value) and value == round(value) and abs(value) < 1e16:
            return repr(str(int(value)))
        return repr(str(value))
    return repr(str(value))


def _parse_numbers(text: pd.Series, kind: str) -> np.ndarray:
    """Numbers as people type them; NaN where the text is not one (vectorised, regex per column)."""
    norm = text.str.normalize("NFKC").str.replace("\u2212", "-", regex=False).str.strip()
    parts = norm.str.extract(_NUMBER)
    ok = parts["num"].notna()
    allowed = _UNITS.get(kind, ("",))
    unit = parts["unit"].fillna("")
    ok &= unit.isin(allowed)
    ok &= (parts["cur"].fillna("") == "") | (kind == "money")
    ok &= ~((parts["sign"].fillna("") != "") & (parts["sign2"].fillna("") != ""))
    ok &= ~((parts["exp"].fillna("") != "") & (unit != ""))
    shift = np.where(unit == "%", "e-2", np.where(unit == "万元", "e4", ""))
    sign = parts["sign"].fillna("") + parts["sign2"].fillna("")
    literal = sign + parts["num"].fillna("0").str.replace(",", "", regex=False) + parts["exp"].fillna("") + shift
    values = np.full(len(text), np.nan)
    if ok.any():
        values[ok.to_numpy()] = literal[ok].to_numpy(dtype=object).astype(float)
    return values


def _category_lookup(column) -> dict[str, str]:
    prefix = "stage" if column.ref == "relationship_stage" else column.ref
    lookup = {}
    for code in column.categories:
        lookup[_norm(code)] = code
        key = f"{prefix}.{code}"
        if key in catalog():
            for lang in LANGUAGES:
                lookup.setdefault(_norm(t(key, lang)), code)
    return lookup


def _category_codes(column, text: pd.Series) -> np.ndarray:
    """Position of each value among the column's codes, accepting labels; -1 if unknown."""
    index = pd.Index(column.categories)
    codes = index.get_indexer(text)
    unknown = codes < 0
    if unknown.any():  # labels (包装机械, Packaging machinery) or other spellings of a code
        normed = text[unknown].str.normalize("NFKC").str.replace(r"\s+", "", regex=True).str.casefold()
        codes = codes.copy()
        codes[unknown] = index.get_indexer(normed.map(_category_lookup(column)))
    return codes


_BOOLS = {
    "true": True,
    "false": False,
    "1": True,
    "0": False,
    "yes": True,
    "no": False,
    "y": True,
    "n": False,
    "t": True,
    "f": False,
    "是": True,
    "否": False,
}


def _out_of_range(values: np.ndarray, kind: str, col) -> np.ndarray:
    """Rows a range check of ``kind`` will flag (NaN never counts here)."""
    with np.errstate(invalid="ignore"):
        bad = np.zeros(values.shape, dtype=bool)
        if kind in ("money", "hours", "count") or col.minimum == 0:
            bad |= values < 0
        if kind == "share":
            bad |= (values < 0) | (values > 1)
        if kind in ("count", "year", "rating"):
            bad |= values != np.round(values)
        if kind == "count":
            bad |= values > _COUNT_MAX
        if kind == "year":
            bad |= (values < _YEARS[0]) | (values > _YEARS[1])
        if kind == "rating":
            bad |= (values < 1) | (values > 5)
    return bad


class _Problems:
    """All problems of one file: per column, a mask over the rows and what was expected."""

    def __init__(self, ctx: _Ctx, lines):
        self.ctx, self._lines, self._line_cache = ctx, lines, None
        self.items: list[pd.DataFrame] = []
        self.general: list[tuple[str, pd.DataFrame]] = []  # (message, rows) not tied to one value

    def lines(self) -> np.ndarray:
        if self._line_cache is None:
            self._line_cache = self._lines()
        return self._line_cache

    def add(self, column: str, header: str, mask, values, what: str, expected: str) -> None:
        idx = np.flatnonzero(np.asarray(mask))
        if idx.size == 0:
            return
        empty = t("io.empty_value", self.ctx.lang)
        shown = [
            empty
            if v is None or (isinstance(v, str) and v == "") or (isinstance(v, float) and np.isnan(v))
            else _shown(v)
            for v in np.asarray(values, dtype=object)[idx]
        ]
        lang = self.ctx.lang
        self.items.append(
            pd.DataFrame(
                {
                    "file": self.ctx.file,
                    "column": column,
                    "header": header,
                    "line": self.lines()[idx],
                    "value": shown,
                    "problem": t(f"io.what.{what}", lang),
                    "expected": expected,
                }
            )
        )

    def add_general(self, message: str, rows: pd.DataFrame) -> None:
        self.general.append((message, rows))

    def raise_if_any(self) -> None:
        if not self.items and not self.general:
            return
        lang, ctx = self.ctx.lang, self.ctx
        frames = [rows for _, rows in self.general] + self.items
        table = pd.concat([f for f in frames if len(f)], ignore_index=True) if frames else _problem_frame()
        table = table.reindex(columns=_problem_frame().columns)
        lines_out = [message for message, _ in self.general]
        for item in self.items:
            col = item["header"].iloc[0]
            name = item["column"].iloc[0]
            label = repr(col) if col == name else f"{col!r} ({name})"
            for _, r in item.head(3).iterrows():
                lines_out.append(
                    t(
                        "io.item",
                        lang,
                        column=label,
                        line=int(r["line"]),
                        what=r["problem"],
                        value=r["value"],
                        expected=r["expected"],
                    )
                )
            if len(item) > 3:
                lines_out.append(t("io.more", lang, column=label, n=len(item) - 3))
        n = len(table) if len(table) else len(lines_out)
        message = (
            t("io.where", lang, func=ctx.func, file=ctx.file)
            + t("io.problems", lang, n=n)
            + "\n"
            + "\n".join(f"- {line}" for line in lines_out)
        )
        err = DataFileError(message)
        err.problems = table.reset_index(drop=True)
        raise err


def _check_column(col, s: pd.Series, header: str, probs: _Problems, table: str):
    """The column converted to its kamlab dtype, problems recorded in ``probs`` (None if any)."""
    if col.kind in _NUMERIC_KINDS:
        return _check_numbers(col, s, header, probs)
    if col.kind == "date":
        return _check_dates(col, s, header, probs)
    if col.kind == "bool":
        return _check_bools(col, s, header, probs)
    if col.kind == "category":
        return _check_codes(col, s, header, probs)
    return _check_text(col, s, header, probs)


def _numbers_of(col, s: pd.Series, probs: _Problems):
    """(values as floats, missing mask, what to show in problems) of a numeric column as read."""
    if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
        values = s.to_numpy(dtype=float, na_value=np.nan)
        shown = s
        if getattr(probs.ctx, "as_written", None) is not None and (
            np.isnan(values).any() or not np.isfinite(values).all() or _out_of_range(values, col.kind, col).any()
        ):
            shown = probs.ctx.as_written(s.name).iloc[s.index.to_numpy()]
        return values, np.isnan(values), shown
    text = _as_text(s)
    missing = (text == "").to_numpy()
    values = np.array(pd.to_numeric(text, errors="coerce"), dtype=float)
    retry = np.isnan(values) & ~missing
    if retry.any():
        values[retry] = _parse_numbers(text[retry], col.kind)
    return values, missing, text


def _range_checks(col, values: np.ndarray) -> list:
    """(mask, what) for each rule a number of this column's kind must keep, in the order reported."""
    kind, checks = col.kind, []
    with np.errstate(invalid="ignore"):
        if kind in ("money", "hours", "count") or col.minimum == 0:
            checks.append((values < 0, "negative"))
        if kind == "share":
            checks.append(((values < 0) | (values > 1), "share"))
        if kind in ("count", "year", "rating"):
            checks.append((values != np.round(values), "whole"))
        if kind == "count":
            checks.append((values > _COUNT_MAX, "too_large"))
        if kind == "year":
            checks.append(((values < _YEARS[0]) | (values > _YEARS[1]), "year"))
        if kind == "rating":
            checks.append(((values < 1) | (values > 5), "rating"))
    return checks


def _check_numbers(col, s: pd.Series, header: str, probs: _Problems):
    kind = col.kind
    expect_key = "number_min0" if (kind == "number" and col.minimum == 0) else kind
    expected = t(f"io.expect.{expect_key}", probs.ctx.lang)
    values, missing, shown = _numbers_of(col, s, probs)
    probs.add(col.name, header, missing, shown, "missing", expected)
    bad = ~np.isfinite(values) & ~missing
    probs.add(col.name, header, bad, shown, "value", expected)
    flagged = missing | bad
    for mask, what in _range_checks(col, values):
        mask = mask & ~flagged
        probs.add(col.name, header, mask, shown, what, expected)
        flagged = flagged | mask
    if flagged.any():
        return None
    return values.astype(np.int64) if kind in ("count", "year", "rating") else values


def _check_dates(col, s: pd.Series, header: str, probs: _Problems):
    expected = t("io.expect.date", probs.ctx.lang)
    if pd.api.types.is_datetime64_any_dtype(s):
        dates = pd.Series(s.to_numpy()).astype("datetime64[ns]")
        missing = dates.isna().to_numpy()
        probs.add(col.name, header, missing, _as_text(s), "missing", expected)
        return None if missing.any() else dates.to_numpy()
    text = _as_text(s)
    missing = (text == "").to_numpy()
    dates = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    retry = dates.isna().to_numpy() & ~missing
    if retry.any():
        alt = (
            text[retry]
            .str.normalize("NFKC")
            .str.replace(r"[/.年月]", "-", regex=True)
            .str.replace("日", "", regex=False)
            .str.replace(r"[ T]00:00(:00)?$", "", regex=True)
        )
        dates[retry] = pd.to_datetime(alt, format="%Y-%m-%d", errors="coerce")
    bad = dates.isna().to_numpy() & ~missing
    probs.add(col.name, header, missing, text, "missing", expected)
    probs.add(col.name, header, bad, text, "value", expected)
    return None if (missing | bad).any() else dates.astype("datetime64[ns]").to_numpy()


def _check_bools(col, s: pd.Series, header: str, probs: _Problems):
    expected = t("io.expect.bool", probs.ctx.lang)
    if pd.api.types.is_bool_dtype(s):
        return s.to_numpy(dtype=bool)
    text = _as_text(s)
    missing = (text == "").to_numpy()
    mapped = text.str.lower().map(_BOOLS)
    bad = mapped.isna().to_numpy() & ~missing
    probs.add(col.name, header, missing, text, "missing", expected)
    probs.add(col.name, header, bad, text, "value", expected)
    return None if (missing | bad).any() else mapped.to_numpy(dtype=bool)


def _check_codes(col, s: pd.Series, header: str, probs: _Problems):
    from .datasets import _category  # the same categorical dtypes as generated data

    text = _as_text(s)
    missing = (text == "").to_numpy()
    allowed = list(col.categories)
    expected = t("io.expect.code", probs.ctx.lang, codes=", ".join(allowed))
    if isinstance(s.dtype, pd.CategoricalDtype):  # the distinct values, then take
        distinct = _category_codes(col, _as_text(pd.Series(np.asarray(s.cat.categories, dtype=object))))
        codes = np.append(distinct, -1)[s.cat.codes.to_numpy()]
    else:
        codes = _category_codes(col, text)
    unknown = codes < 0
    probs.add(col.name, header, missing, text, "missing", expected)
    probs.add(col.name, header, unknown & ~missing, text, "code", expected)
    if (missing | unknown).any():
        return None
    return _category(codes, col.ref)


def _check_text(col, s: pd.Series, header: str, probs: _Problems):
    lang = probs.ctx.lang
    text = _as_text(s)
    missing = (text == "").to_numpy()
    expected = t("io.expect.nonempty", lang)
    probs.add(col.name, header, missing, text, "missing", expected)
    if col.kind == "id" and _report_duplicates(col, text, missing, header, probs):
        return None
    return None if missing.any() else text.astype("str").array


def _report_duplicates(col, text: pd.Series, missing: np.ndarray, header: str, probs: _Problems) -> bool:
    """Record the first three repeated values of an id column (and how many more); True if any."""
    lang = probs.ctx.lang
    dup = text.duplicated(keep=False).to_numpy() & ~missing
    if not dup.any():
        return False
    lines = probs.lines()
    label = repr(header) if header == col.name else f"{header!r} ({col.name})"
    groups = pd.Series(lines[dup]).groupby(text[dup].to_numpy(), sort=False)
    first_values = list(groups.groups)
    for value in first_values[:3]:
        where = groups.get_group(value).to_list()
        shown_lines = ", ".join(map(str, where[:5])) + (", ..." if len(where) > 5 else "")
        probs.add_general(
            t("io.not_unique", lang, column=label, value=repr(value), lines=shown_lines),
            _problem_frame(
                [
                    (
                        probs.ctx.file,
                        col.name,
                        header,
                        ln,
                        repr(value),
                        t("io.what.duplicate", lang),
                        t("io.expect.unique", lang),
                    )
                    for ln in where
                ]
            ),
        )
    if len(first_values) > 3:
        probs.add_general(t("io.more", lang, column=label, n=len(first_values) - 3), _problem_frame())
    return True


def _drop_leftovers(body: pd.DataFrame, probs: _Problems, ctx: _Ctx) -> pd.DataFrame:
    """Drop fully empty rows and a totals row at the bottom, with notes."""
    if body.empty:
        return body
    empty = np.ones(len(body), dtype=bool)
    for c in body.columns:  # column by column, on the rows still empty: usually one column decides
        rows = np.flatnonzero(empty)
        if rows.size == 0:
            break
        empty[rows] = body[c].iloc[rows].isna().to_numpy()
    numbers = body.select_dtypes(include="number")
    candidates = ~empty & (numbers.isna().all(axis=1).to_numpy() if len(numbers.columns) else True)
    if np.any(candidates):
        sub = body.loc[candidates]
        blank = sub.apply(lambda s: s.isna() | (s.astype(str).str.strip() == "")).all(axis=1).to_numpy()
        empty[np.flatnonzero(candidates)[blank]] = True
    keep = ~empty
    if keep.any():
        last = np.flatnonzero(keep)[-1]
        cells = [str(v) for v in body.iloc[last] if isinstance(v, str)]
        total = next((v.strip() for v in cells if _TOTALS.match(v)), None)
        if total is not None:
            ctx.note("io.note.total", line=int(probs.lines()[last]), text=repr(total))
            keep[last] = False
    if empty.any():
        where = probs.lines()[empty]
        shown = ", ".join(map(str, where[:10])) + (", ..." if where.size > 10 else "")
        ctx.note("io.note.empty_rows", n=int(empty.sum()), lines=shown)
    if keep.all():
        return body
    lines = probs.lines()[keep]
    probs._line_cache = lines
    return body.loc[keep]  # the index keeps each row's position in the file's table


def _read_text(payload, table: str, encoding, ctx: _Ctx):
    """Read a text file (CSV or tab-separated): UTF-8 in place when its head is plain UTF-8, else
    the whole file decoded (:func:`_to_utf8`) and read again."""
    head = payload.head()
    plain = (
        encoding is None
        and not head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        and _head_is_utf8(head, payload.size() <= len(head))
        and not _blank(head)
    )
    try:
        if not plain:
            raise UnicodeDecodeError("utf-8", b"", 0, 1, "not plain UTF-8")
        # UTF-8 at the top, as most files are: pandas reads it where it lies, and
        # meets any bad byte further down (then the whole file decides, below)
        ctx.encoding = ctx.encoding or "utf-8"
        return _read_csv(payload, table, ctx)
    except UnicodeDecodeError:  # decide on the whole file (and transcode it)
        ctx.notes.clear()
        ctx.encoding = "text" if ctx.encoding == "text" else None
        text = _to_utf8(payload.whole(), encoding, ctx)
        if _blank(text):
            raise _file_error(ctx, "io.empty") from None
        return _read_csv(_Data(raw=text), table, ctx)


def _read_any(source, table: str, sheet, encoding, ctx: _Ctx):
    """Step 1 of a load: (body, header, header line, line numbers) from a DataFrame, a workbook or a text file."""
    payload = _read_source(source, ctx)
    if isinstance(payload, pd.DataFrame):
        if sheet is not None:
            raise _file_error(ctx, "io.sheet_not_excel")
        return _from_frame(payload)
    head = payload.head()
    if _blank(head) and payload.size() <= len(head):
        raise _file_error(ctx, "io.empty")
    if head.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        return _read_excel(payload.whole(), table, sheet, ctx)
    if sheet is not None:
        raise _file_error(ctx, "io.sheet_not_excel")
    return _read_text(payload, table, encoding, ctx)


def _skip_second_header(body: pd.DataFrame, mapped: dict, table: str, probs: _Problems, ctx: _Ctx) -> pd.DataFrame:
    """Step 2: a second header line right under the first (e.g. English names under Chinese labels) is skipped."""
    known = sum(m is not None for m in mapped.values())
    if not len(body) or known < 2:
        return body
    first = body.iloc[0]
    same = sum(
        _map_header(first[c], table) == m for c, m in mapped.items() if m is not None and isinstance(first[c], str)
    )
    if same < max(2, known // 2):
        return body
    ctx.note("io.note.second_header", line=int(probs.lines()[0]))
    rest = probs.lines()[1:]
    probs._line_cache = rest
    return body.iloc[1:]


def _sort_columns(header: list, mapped: dict, body: pd.DataFrame, ctx: _Ctx) -> tuple[dict, list]:
    """Step 3: file columns by kamlab column name (duplicates kept), and the positions of extra columns.

    Columns with no header and no value are dropped (noted).
    """
    by_name: dict[str, list[int]] = {}
    extra, dropped = [], 0
    for i, h in enumerate(header):
        m = mapped.get(f"c{i}")
        if m is not None:
            by_name.setdefault(m, []).append(i)
        elif h == "" and body[f"c{i}"].isna().all():
            dropped += 1
        else:
            extra.append(i)
    if dropped:
        ctx.note("io.note.empty_columns", n=dropped)
    return by_name, extra


def _column_problems(table: str, header: list, header_line: int, by_name: dict, probs: _Problems, ctx: _Ctx) -> None:
    """Step 4: missing and duplicated columns, added to ``probs``."""
    lang = ctx.lang
    missing = [c for c in TABLES[table] if c.name not in by_name]
    if missing:
        what = t("io.column_word" if len(missing) == 1 else "io.columns_word", lang)
        present = ", ".join(h for h in header if h)
        msg = t(
            "io.missing_columns",
            lang,
            what=what,
            columns=", ".join(repr(c.name) for c in missing),
            table=table,
            present=present,
        )
        probs.add_general(
            msg,
            _problem_frame(
                [
                    (
                        ctx.file,
                        c.name,
                        None,
                        header_line,
                        None,
                        t("io.what.missing_column", lang),
                        t("io.expect.column", lang, name=repr(c.name), label=repr(c.label_zh)),
                    )
                    for c in missing
                ]
            ),
        )
    for name, where in by_name.items():
        if len(where) > 1:
            headers = ", ".join(repr(header[i]) for i in where)
            probs.add_general(
                t("io.duplicate_column", lang, column=repr(name), headers=headers),
                _problem_frame(
                    [(ctx.file, name, header[i], header_line, None, t("io.what.duplicate", lang), None) for i in where]
                ),
            )


def _add_extras(result: pd.DataFrame, extra: list, header: list, body: pd.DataFrame, ctx: _Ctx) -> None:
    """Step 6: extra columns kept as text, under their header (or ``column_<n>``), never clashing."""
    if not extra:
        return
    names = []
    for i in extra:
        name = header[i] or f"column_{i + 1}"
        while name in result.columns:
            name += "_"
        result[name] = _as_text(body[f"c{i}"]).astype("str").array
        names.append(name)
    ctx.note("io.note.extra", columns=", ".join(map(repr, names)))


def _load(table: str, source, *, sheet=None, encoding=None, func: str = "load_table", lang=None):
    """Read, map, clean and check one table; returns (frame, ctx with notes and mapping)."""
    lang = resolve_lang(lang, func)
    if table not in TABLES:
        raise KamlabValueError(
            f"{func}: " + t("io.bad_table", lang, value=repr(table), tables=", ".join(map(repr, TABLES)))
        )
    ctx = _Ctx(func, "", lang)
    if source is None:
        source = _shipped_path(f"{table}.csv")
    body, header, header_line, lines = _read_any(source, table, sheet, encoding, ctx)
    probs = _Problems(ctx, lines)
    header = [str(h).strip().lstrip("\ufeff").strip() for h in header]
    mapped = {f"c{i}": _map_header(h, table) for i, h in enumerate(header)}
    body = _skip_second_header(body, mapped, table, probs, ctx)
    body = _drop_leftovers(body, probs, ctx)
    by_name, extra = _sort_columns(header, mapped, body, ctx)
    _column_problems(table, header, header_line, by_name, probs, ctx)
    if body.empty and not probs.general:
        raise _file_error(ctx, "io.no_rows")
    # step 5: each column of the data dictionary, checked and converted
    out = {}
    for c in TABLES[table]:
        if c.name in by_name:
            i = by_name[c.name][0]
            ctx.mapping[header[i]] = c.name
            out[c.name] = _check_column(c, body[f"c{i}"], header[i], probs, table)
    probs.raise_if_any()
    ctx.lines = probs.lines
    result = pd.DataFrame(out, copy=False)
    _add_extras(result, extra, header, body, ctx)
    if ctx.notes:
        result.attrs["notes"] = list(ctx.notes)
    return result, ctx


def load_table(
    table: str, path=None, *, sheet=None, encoding=None, func: str = "load_table", lang: str | None = None
) -> pd.DataFrame:
    """Load one table from a file or a DataFrame, checked against the data dictionary.

    Reads CSV, tab-separated text and Excel workbooks (detected by their first bytes,
    whatever the file's name says); text in UTF-8 (with or without BOM), GB18030/GBK or
    UTF-16 with BOM. Headers may be the English column names or the Chinese labels of
    :mod:`kamlab.schema`. Numbers may be written as people type them: ``86,062.07``,
    ``¥16989.88``, ``16989.88元``, ``1.7万元``, full-width digits; shares as ``13%``.
    Fully empty rows, a title above the header and a totals row (合计/总计/Total) at the
    bottom are skipped; what was skipped is listed in ``frame.attrs["notes"]``. Extra
    columns are kept as text.

    Parameters
    ----------
    table : str
        One of ``accounts``, ``staff``, ``orders``, ``contacts``, ``tickets``.
    path : str, path-like, open file or pandas.DataFrame, optional
        The data (``~`` is expanded). ``None`` loads the shipped file. A DataFrame is
        checked the same way; its "line" numbers are row position + 2, as if it were
        written to a file with one header line.
    sheet : str or int, optional
        The sheet of an Excel workbook (default: the first).
    encoding : str, optional
        The text's encoding, if detection should not decide.
    lang : {"zh", "en"}, optional
        Language of messages; default: the current one (:func:`kamlab.set_lang`).

    Returns
    -------
    pandas.DataFrame
        The table with the data dictionary's column names and types; skipped lines are
        listed in ``frame.attrs["notes"]``.

    Raises
    ------
    DataFileError
        Listing every problem found (file, column, line, value, what was expected); the
        error's ``problems`` attribute holds them as a DataFrame. Line numbers are the
        file's own (as a spreadsheet or an editor shows them), blank lines and
        multi-line cells included. The message names the first three problems of each
        column and counts the rest.
    KamlabTypeError
        If ``path`` is none of the accepted kinds.

    Examples
    --------
    >>> load_table("staff").shape
    (29, 5)
    """
    return _load(table, path, sheet=sheet, encoding=encoding, func=func, lang=lang)[0]


def load_accounts(path=None, *, sheet=None, encoding=None) -> pd.DataFrame:
    """The accounts table: the shipped one (2,000 accounts, seed 2026) or a user's file.

    See :func:`load_table` for the formats, encodings and number styles accepted.

    Parameters
    ----------
    path, sheet, encoding
        As :func:`load_table` (``path=None`` loads the shipped file).

    Returns
    -------
    pandas.DataFrame
        The accounts table (see :func:`load_table`).

    Raises
    ------
    DataFileError
        As :func:`load_table`.

    >>> len(load_accounts())
    2000
    """
    return load_table("accounts", path, sheet=sheet, encoding=encoding, func="load_accounts")


def load_staff(path=None, *, sheet=None, encoding=None) -> pd.DataFrame:
    """Company A's staff table (shipped or a user's file; see :func:`load_table`).

    Parameters
    ----------
    path, sheet, encoding
        As :func:`load_table` (``path=None`` loads the shipped file).

    Returns
    -------
    pandas.DataFrame
        The staff table.

    Raises
    ------
    DataFileError
        As :func:`load_table`.
    """
    return load_table("staff", path, sheet=sheet, encoding=encoding, func="load_staff")


def load_orders(path=None, *, sheet=None, encoding=None) -> pd.DataFrame:
    """The orders table (shipped or a user's file; see :func:`load_table`).

    Parameters
    ----------
    path, sheet, encoding
        As :func:`load_table` (``path=None`` loads the shipped file).

    Returns
    -------
    pandas.DataFrame
        The orders table.

    Raises
    ------
    DataFileError
        As :func:`load_table`.
    """
    return load_table("orders", path, sheet=sheet, encoding=encoding, func="load_orders")


def load_contacts(path=None, *, sheet=None, encoding=None) -> pd.DataFrame:
    """The contacts table (shipped or a user's file; see :func:`load_table`).

    Parameters
    ----------
    path, sheet, encoding
        As :func:`load_table` (``path=None`` loads the shipped file).

    Returns
    -------
    pandas.DataFrame
        The contacts table.

    Raises
    ------
    DataFileError
        As :func:`load_table`.
    """
    return load_table("contacts", path, sheet=sheet, encoding=encoding, func="load_contacts")


def load_tickets(path=None, *, sheet=None, encoding=None) -> pd.DataFrame:
    """The complaint tickets table (shipped or a user's file; see :func:`load_table`).

    Parameters
    ----------
    path, sheet, encoding
        As :func:`load_table` (``path=None`` loads the shipped file).

    Returns
    -------
    pandas.DataFrame
        The tickets table.

    Raises
    ------
    DataFileError
        As :func:`load_table`.
    """
    return load_table("tickets", path, sheet=sheet, encoding=encoding, func="load_tickets")


@dataclass(frozen=True)
class CheckReport:
    """What :func:`check_file` found in a file that loads: its rows, mapped columns and notes."""

    file: str
    table: str
    format: str
    encoding: str | None
    rows: int
    columns: dict
    notes: tuple

    def summary(self) -> dict:
        """Rows read, columns matched and the notes (one text), for :func:`kamlab.show`.

        Returns
        -------
        dict
            ``rows_read`` (int), ``columns_matched`` (int, number of mapped columns) and
            ``notes`` (str, the notes joined by spaces; ``""`` when there are none).

        Examples
        --------
        >>> check_file(_shipped_path("staff.csv"), "staff", lang="en").summary()
        {'rows_read': 29, 'columns_matched': 5, 'notes': ''}
        """
        return {"rows_read": self.rows, "columns_matched": len(self.columns), "notes": " ".join(self.notes)}

    def text(self, lang: str | None = None) -> str:
        """The report as printed by ``kamlab check``.

        Parameters
        ----------
        lang : {"zh", "en"}, optional
            Language of the report; default: the current one (:func:`kamlab.set_lang`).

        Returns
        -------
        str
            Several lines: file, format (and encoding), table, rows, each column (as
            ``source -> name`` when renamed), the notes, and a closing summary line.
        """
        lang = resolve_lang(lang, "CheckReport.text")
        enc = f" ({self.encoding})" if self.encoding else ""
        colon = t("format.colon", lang)
        out = [
            f"{t('io.check.file', lang)}{colon}{self.file}",
            f"{t('io.check.format', lang)}{colon}{self.format}{enc}",
            f"{t('io.check.table', lang)}{colon}{self.table}",
            f"{t('io.check.rows', lang)}{colon}{self.rows}",
            f"{t('io.check.columns', lang)}{colon.strip()}",
        ]
        out += [f"  {src} -> {name}" if src != name else f"  {name}" for src, name in self.columns.items()]
        out.append(f"{t('io.check.notes', lang)}{colon.strip()}")
        out += [f"  - {note}" for note in self.notes] or [f"  {t('io.check.none', lang)}"]
        out.append(t("io.check.ok", lang, rows=self.rows, n=len(self.columns)))
        return "\n".join(out)


def check_file(path, table: str = "accounts", *, sheet=None, encoding=None, lang: str | None = None) -> CheckReport:
    """Load ``path`` as ``table`` and report what was found (used by ``kamlab check``).

    Raises the same :class:`DataFileError` as the loaders, listing every problem.

    Parameters
    ----------
    path : str, path-like, open file or pandas.DataFrame
        The data file.
    table : str, default "accounts"
        Which table of the data dictionary it holds.
    sheet : str or int, optional
    encoding : str, optional
        As :func:`load_table`.
    lang : {"zh", "en"}, optional
        Language of the messages; default: the current one (:func:`kamlab.set_lang`).

    Returns
    -------
    CheckReport
        Rows read, the columns matched (file header -> column), notes on skipped lines.

    >>> report = check_file(_shipped_path("staff.csv"), "staff", lang="en")
    >>> report.rows, len(report.columns), report.notes
    (29, 5, ())
    """
    frame, ctx = _load(table, path, sheet=sheet, encoding=encoding, func="check", lang=lang)
    return CheckReport(
        file=ctx.file,
        table=table,
        format=ctx.fmt,
        encoding=ctx.encoding,
        rows=len(frame),
        columns=dict(ctx.mapping),
        notes=tuple(ctx.notes),
    )


def problem_lines(error: DataFileError, lang: str | None = None) -> list[str]:
    """Every problem of ``error`` as one line each (the message itself shows three per column).

    Parameters
    ----------
    error : DataFileError
        From a loader.
    lang : {"zh", "en"}, optional
        Language of the messages; default: the current one (:func:`kamlab.set_lang`).

    Returns
    -------
    list of str
        One line per problem: where (line, column), what, and what was expected.

    >>> import io
    >>> try:
    ...     load_table("staff", io.StringIO("staff_id,name_zh,name_en,role,department\\nS1,,,x,y\\n"), lang="en")
    ... except DataFileError as err:
    ...     print("\\n".join(problem_lines(err, lang="en")[:2]))
    line 2, column 'name_zh': missing value (empty); expected a non-empty value.
    line 2, column 'name_en': missing value (empty); expected a non-empty value.
    """
    lang = resolve_lang(lang, "problem_lines")
    out = []
    for row in getattr(error, "problems", _problem_frame()).itertuples(index=False):
        where = [
            t("io.line_word", lang, line=int(row.line)) if pd.notna(row.line) else None,
            t("io.column_item", lang, column=repr(row.column)) if isinstance(row.column, str) else None,
        ]
        text = f"{row.problem} {row.value}" if isinstance(row.value, str) else str(row.problem)
        if isinstance(row.expected, str):
            text += t("io.expected_item", lang, expected=row.expected)
        out.append(
            t("format.comma", lang).join(w for w in where if w)
            + t("format.colon", lang)
            + text
            + t("format.full_stop", lang)
        )
    return out


def _check_keys(company: Company, func: str, where, lang=None, lines=None) -> Company:
    """Every reference must point at an existing key; ``lines``: table -> () -> line numbers."""
    lang = resolve_lang(lang, func)
    refs = [
        ("orders", "account_id", "accounts", "account_id"),
        ("contacts", "account_id", "accounts", "account_id"),
        ("contacts", "staff_id", "staff", "staff_id"),
        ("accounts", "sales_rep", "staff", "staff_id"),
        ("tickets", "account_id", "accounts", "account_id"),
        ("tickets", "order_id", "orders", "order_id"),
    ]
    tables = company.tables()
    messages, rows = [], []
    for table, col, target, key in refs:
        if tables[table].empty and table != "accounts":
            continue
        bad = np.flatnonzero(~tables[table][col].isin(tables[target][key]).to_numpy())
        if bad.size == 0:
            continue
        line_of = lines[table]() if lines and table in lines else np.arange(len(tables[table])) + 2
        for pos in bad[:3]:
            value = tables[table][col].iloc[pos]
            messages.append(
                t(
                    "io.bad_ref",
                    lang,
                    table=table,
                    line=int(line_of[pos]),
                    column=col,
                    value=repr(value),
                    target_key=key,
                    target=target,
                )
            )
        if bad.size > 3:
            messages.append(t("io.more", lang, column=f"{table}.{col}", n=bad.size - 3))
        rows += [
            (
                str(where),
                col,
                col,
                int(line_of[pos]),
                repr(tables[table][col].iloc[pos]),
                t("io.what.code", lang),
                f"{target}.{key}",
            )
            for pos in bad
        ]
    if messages:
        err = DataFileError(
            t("io.where", lang, func=func, file=where)
            + t("io.problems", lang, n=len(rows))
            + "\n"
            + "\n".join(f"- {line}" for line in messages)
        )
        err.problems = _problem_frame(rows)
        raise err
    return company


def load_company(folder=None, *, prefix: str = "") -> Company:
    """Load the five related tables from a folder (default: the shipped data), keys checked.

    Files are ``{prefix}accounts.csv`` etc. The shipped case K1 (runaway horse) has only accounts,
    staff and contacts; see :func:`load_k1_case`.

    Parameters
    ----------
    folder : str or path-like, optional
        The folder with the five CSV files; None loads the shipped data.
    prefix : str, default ""
        Prefix of the file names (``{prefix}accounts.csv`` ...).

    Returns
    -------
    kamlab.datasets.Company

    Raises
    ------
    DataFileError
        For a problem in a file, or a key that points at no row of another table.

    >>> company = load_company()
    >>> company.year, len(company.accounts), len(company.staff)
    (2026, 2000, 29)
    """
    func = "load_company"
    base = Path(folder).expanduser() if folder is not None else None

    def path(name):
        return (base / f"{prefix}{name}.csv") if base is not None else _shipped_path(f"{prefix}{name}.csv")

    loaded = {name: _load(name, path(name), func=func) for name in TABLES}
    tables = {name: frame for name, (frame, _) in loaded.items()}
    year = int(tables["orders"]["order_date"].dt.year.max())
    company = Company(year=year, **tables)
    return _check_keys(
        company,
        func,
        base if base is not None else "shipped data",
        lines={name: ctx.lines for name, (_, ctx) in loaded.items()},
    )


def load_k1_case() -> Company:
    """The shipped base of case K1 (runaway horse), 2007: accounts, staff and contacts; no orders or tickets.

    Returns
    -------
    kamlab.datasets.Company
        Year 2007; orders and tickets are empty tables.

    >>> k1 = load_k1_case()
    >>> int(k1.accounts.revenue.iloc[0]), k1.accounts.name_en.iloc[0]
    (3000000, 'Company B')
    """
    func = "load_k1_case"
    tables = {
        name: load_table(kind, _shipped_path(name), func=func)
        for name, kind in SHIPPED_FILES.items()
        if name.startswith("k1_")
    }
    empty_orders = make_k1_case().orders.iloc[:0]
    empty_tickets = make_k1_case().tickets.iloc[:0]
    company = Company(
        year=2007,
        accounts=tables["k1_accounts.csv"],
        staff=tables["k1_staff.csv"],
        orders=empty_orders,
        contacts=tables["k1_contacts.csv"],
        tickets=empty_tickets,
    )
    return _check_keys(company, func, "shipped K1 data")


# ------------------------------------------------------------------------- writing
def write_table(frame: pd.DataFrame, path) -> None:
    """Write a table as UTF-8 CSV with ``\\n`` line ends, dates as YYYY-MM-DD.

    Floats are written in their shortest round-trip form, so reading the file back
    gives the same numbers and regenerating it gives the same bytes.

    Parameters
    ----------
    frame : pandas.DataFrame
    path : str or path-like
        The file to write (replaced if it exists).

    Returns
    -------
    None
    """
    frame.to_csv(path, index=False, lineterminator="\n", date_format="%Y-%m-%d", encoding="utf-8")


def data_dictionary_csv() -> str:
    """The data dictionary as CSV text (one row per table column).

    Returns
    -------
    str
        CSV text with one row per table column.
    """
    rows = _io.StringIO()
    writer = csv.writer(rows, lineterminator="\n")
    writer.writerow(
        [
            "table",
            "column",
            "kind",
            "unit_zh",
            "unit_en",
            "label_zh",
            "label_en",
            "meaning_zh",
            "meaning_en",
            "allowed_values",
        ]
    )
    for table, cols in TABLES.items():
        for c in cols:
            allowed = " ".join(c.categories) if c.categories else ""
            writer.writerow(
                [
                    table,
                    c.name,
                    c.kind,
                    c.unit_zh,
                    c.unit_en,
                    c.label_zh,
                    c.label_en,
                    c.meaning_zh,
                    c.meaning_en,
                    allowed,
                ]
            )
    return rows.getvalue()


def data_dictionary_markdown() -> str:
    """The bilingual data dictionary as Markdown (数据字典 / Data dictionary).

    Returns
    -------
    str
        Markdown text, one section per table.
    """
    lines = [
        "# 数据字典 / Data dictionary",
        "",
        "由 `kamlab generate` 生成，请勿手工修改。/ Made by `kamlab generate`; do not edit by hand.",
        "",
        "所有数据均为模拟数据：A公司是一家液压配件企业（第四章案例一）。"
        f"`accounts.csv` 等为 2026 年的 2,000 家客户（随机种子 {DEFAULT_SEED}）；"
        f"`k1_*.csv` 为案例一的 2007 年客户基础（随机种子 {K1_SEED}），其中B公司的销售额为 300 万元，"
        "占A公司销售总额的 13%。",
        "",
        "All data are simulated: Company A makes hydraulic fittings (case K1 of chapter 4). "
        f"`accounts.csv` and its siblings hold 2,000 accounts in 2026 (seed {DEFAULT_SEED}); "
        f"`k1_*.csv` hold the 2007 customer base of case K1 (seed {K1_SEED}), in which Company B "
        "bought 3,000,000 yuan, 13% of A's sales.",
        "",
        "| 文件 / File | 表 / Table |",
        "|---|---|",
    ]
    lines += [f"| `{name}` | {table} |" for name, table in SHIPPED_FILES.items()]
    kinds = {
        "id": ("唯一编号", "unique key"),
        "ref": ("外键", "key of another table"),
        "text": ("文本", "text"),
        "category": ("类别", "category"),
        "money": ("金额", "money"),
        "share": ("比例 0-1", "share 0-1"),
        "rate": ("比率", "rate"),
        "count": ("整数计数", "count"),
        "hours": ("工时", "hours"),
        "number": ("数值", "number"),
        "year": ("年份", "year"),
        "date": ("日期", "date"),
        "bool": ("是/否", "true/false"),
        "rating": ("评分 1-5", "rating 1-5"),
    }
    for table, cols in TABLES.items():
        lines += [
            "",
            f"## {table}",
            "",
            "| 列 / Column | 类型 / Type | 单位 / Unit | 含义 | Meaning |",
            "|---|---|---|---|---|",
        ]
        for c in cols:
            k_zh, k_en = kinds[c.kind]
            unit = f"{c.unit_zh} / {c.unit_en}" if c.unit_en else ""
            allowed = f" 取值 / values: {', '.join(f'`{v}`' for v in c.categories)}" if c.categories else ""
            lines.append(
                f"| `{c.name}` | {k_zh} / {k_en} | {unit} | {c.label_zh}：{c.meaning_zh} | "
                f"{c.label_en}: {c.meaning_en}.{allowed} |"
            )
    return "\n".join(lines) + "\n"


#: Upper bound of ``n`` in :func:`generate` (``kamlab generate --n``): the datasets' own
#: :data:`kamlab.datasets.MAX_COMPANY_ACCOUNTS` (100,000 accounts take about 15 s and 300 MB, half a
#: million orders); checked before any work.
from .datasets import MAX_COMPANY_ACCOUNTS as MAX_GENERATE_ACCOUNTS  # noqa: E402

#: Smallest ``n`` :func:`generate` accepts (the smallest company :func:`make_company` builds).
MIN_GENERATE_ACCOUNTS = 10


def _generate_folder(out_dir, lang: str) -> Path:
    """``out_dir`` as a Path: a non-empty path that is not an existing file."""
    import os

    from .errors import KamlabTypeError
    from .i18n import t

    if isinstance(out_dir, bytes) or not isinstance(out_dir, (str, os.PathLike)):
        raise KamlabTypeError(t("gen.out_type", lang, type=type(out_dir).__name__))
    if not os.fspath(out_dir).strip():
        raise KamlabValueError(t("gen.out_empty", lang))
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise KamlabValueError(t("gen.not_a_folder", lang, path=out))
    for parent in out.parents:
        if parent.exists():
            if not parent.is_dir():
                raise KamlabValueError(t("gen.parent_not_folder", lang, path=out, parent=parent))
            break
    return out


def _write_text(text: str, path) -> None:
    """Write ``text`` as UTF-8 with ``\\n`` line ends (the data dictionary files)."""
    Path(path).write_text(text, encoding="utf-8", newline="\n")


def _write_atomically(out: Path, contents: dict, lang: str) -> list[Path]:
    """Write every file of ``contents`` (name -> DataFrame or text) into ``out``, all or nothing.

    Each file is first written to a temporary file in ``out`` (``.name.XXXX.tmp``); only
    when all of them are complete are they renamed into place (``os.replace``, atomic
    on one file system). On any failure every temporary file is removed, and so is a
    folder this call created, so no partly written ``accounts.csv`` is ever left.
    """
    import os
    import secrets

    from .i18n import t

    created = []
    for folder in (out, *out.parents):
        if folder.exists():
            break
        created.append(folder)
    temps: dict[str, Path] = {}
    current = out
    try:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KamlabValueError(t("gen.cannot_create", lang, path=out, reason=exc.strerror or exc)) from exc
        for name, content in contents.items():
            current = out / name
            tmp = out / f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))  # mode as the umask allows
            temps[name] = tmp
            if isinstance(content, str):
                _write_text(content, tmp)
            else:
                write_table(content, tmp)
        for name in contents:
            current = out / name
            os.replace(temps[name], out / name)
            del temps[name]
    except OSError as exc:
        _clean_up(temps.values(), created)
        raise KamlabValueError(t("gen.cannot_write", lang, path=current, reason=exc.strerror or exc)) from exc
    except BaseException:
        _clean_up(temps.values(), created)
        raise
    return [out / name for name in contents]


def _clean_up(temps, created) -> None:
    """Remove temporary files, then the folders this run created if they are empty."""
    for tmp in list(temps):
        try:
            Path(tmp).unlink(missing_ok=True)
        except OSError:
            pass
    for folder in created:  # deepest first
        try:
            folder.rmdir()
        except OSError:
            break


def _check_generate_terms(n: int, seed, concentration, lang: str) -> None:
    """The datasets' own checks of ``seed`` and ``concentration``, with messages in ``lang``."""
    import numbers

    from . import datasets
    from ._validate import _fmt
    from .i18n import t

    if isinstance(seed, numbers.Integral) and not isinstance(seed, bool) and seed < 0:
        raise KamlabValueError(t("gen.seed", lang, value=seed))
    if isinstance(concentration, numbers.Real) and not isinstance(concentration, bool):
        try:
            datasets._check_concentration(concentration, n, "generate")
        except KamlabValueError:
            low = max(1, int(round(datasets.TOP_FRACTION * n))) / n
            raise KamlabValueError(t("gen.concentration", lang, value=_fmt(concentration), low=f"{low:g}")) from None


def generate(
    out_dir,
    *,
    n: int = 2000,
    seed=DEFAULT_SEED,
    concentration: float = 0.80,
    force: bool = False,
    lang: str | None = None,
) -> list[Path]:
    """Write the datasets and the data dictionary into ``out_dir``; return the paths written.

    With the defaults this reproduces the shipped ``data/`` folder byte for byte. A
    student's own data: ``generate("mydata", seed=2026001)``. Existing files are never
    overwritten unless ``force=True``; the error lists them.

    Every argument is checked before any work. The tables are built in memory, then
    each file is written to a temporary file in ``out_dir`` and renamed into place
    only when all of them are complete: a full disk or a read-only folder leaves no
    partly written file behind (and the existing files unchanged).

    Parameters
    ----------
    out_dir : str or pathlib.Path
        The folder to write into (created if needed); not empty, not a file.
    n : int, default 2000
        Number of accounts, :data:`MIN_GENERATE_ACCOUNTS` (10) to
        :data:`MAX_GENERATE_ACCOUNTS` (100,000).
    seed : int, default 2026
        Random seed (e.g. a student number), >= 0.
    concentration : float, default 0.80
        Revenue share of the top 20% of accounts (see :func:`kamlab.make_accounts`).
    force : bool, default False
        Overwrite existing files.
    lang : {"zh", "en"}, optional
        Language of the error messages about the folder and ``n``; default English
        (``kamlab generate`` passes the user's language).

    Returns
    -------
    list of pathlib.Path
        The files written, in order.

    Raises
    ------
    KamlabTypeError
        If ``out_dir`` is not a path or a number has the wrong type.
    KamlabValueError
        If ``out_dir`` is empty or a file, files exist and ``force`` is false, ``n``
        or ``concentration`` is out of range, or the folder cannot be created or
        written (the message gives the reason, e.g. no space left on the device).
    """
    from ._validate import check_int
    from .i18n import check_lang

    func = "generate"
    lang = "en" if lang is None else check_lang(lang, func)
    out = _generate_folder(out_dir, lang)
    n = check_int(n, "n", func)
    if not MIN_GENERATE_ACCOUNTS <= n <= MAX_GENERATE_ACCOUNTS:
        from ._validate import _fmt
        from .i18n import t

        raise KamlabValueError(
            t("gen.n_range", lang, n=_fmt(n), low=MIN_GENERATE_ACCOUNTS, high=f"{MAX_GENERATE_ACCOUNTS:,}")
        )
    _check_generate_terms(n, seed, concentration, lang)
    names = list(SHIPPED_FILES) + ["data_dictionary.csv", "data_dictionary.md"]
    existing = [out / name for name in names if (out / name).exists()]
    if existing and not force:
        from .i18n import t

        raise KamlabValueError(
            t("gen.exists", lang, count=len(existing), path=out, names=", ".join(p.name for p in existing))
        )
    company = make_company(n, seed=seed, concentration=concentration)
    k1 = make_k1_case()
    contents = {
        "accounts.csv": company.accounts,
        "staff.csv": company.staff,
        "orders.csv": company.orders,
        "contacts.csv": company.contacts,
        "tickets.csv": company.tickets,
        "k1_accounts.csv": k1.accounts,
        "k1_staff.csv": k1.staff,
        "k1_contacts.csv": k1.contacts,
        "data_dictionary.csv": data_dictionary_csv(),
        "data_dictionary.md": data_dictionary_markdown(),
    }
    return _write_atomically(out, contents, lang)
