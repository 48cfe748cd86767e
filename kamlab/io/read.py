"""Reading CSV, tab-separated text and Excel workbooks into a frame of cells, with each row's line number."""

from __future__ import annotations

import codecs
import csv
import datetime
import html
import io as _io
import re
import zipfile

import numpy as np
import pandas as pd

from ..errors import DataFileError
from ..i18n import t
from ..schema import TABLES
from .base import _NUMERIC_KINDS, _Ctx, _Data, _file_error
from .decode import _blank, _clean_text, _head_is_utf8, _needs_cleaning, _read_source, _to_utf8
from .error_cells import ods_errors, xls_errors
from .headers import _find_header, _map_header, _score

_ZIP_MAGIC = b"PK\x03\x04"  # .xlsx, .xlsm, .ods
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls


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
    ctx.number_style = "unknown" if sep == ";" else None
    rows, ends = _preview_rows(preview_text, sep, ctx)
    h = _find_header(rows, table)
    header = rows[h] if rows else []
    header_end = ends[h] if rows else 1  # physical lines up to and including the header
    _note_title(rows[:h], ctx)
    width = max(len(header), 1)
    names = [f"c{i}" for i in range(width)]
    dtypes = _column_dtypes(header, table, sep)
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


def _preview_rows(preview_text: str, sep: str, ctx: _Ctx) -> tuple[list, list]:
    """The first 25 records of the file's head, and the physical line each one ends on."""
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
    return rows, ends


def _column_dtypes(header: list, table: str, sep: str) -> dict:
    """How pandas reads each column: numbers by its own parser (text in a number column falls
    back to object); few distinct values (codes, keys of other tables, dates, flags) as
    categorical, so the checks run on the distinct values only; everything else as text.
    In a ";" file numbers stay text too: 16.989 may mean 16,989, decided on all its numbers."""
    kinds = {c.name: c.kind for c in TABLES[table]}
    dtypes = {}
    for i, v in enumerate(header):
        kind = kinds.get(_map_header(v, table))
        if kind in _NUMERIC_KINDS and sep == ";":
            dtypes[f"c{i}"] = object
        elif kind not in _NUMERIC_KINDS:
            dtypes[f"c{i}"] = "category" if kind in ("category", "ref", "date", "bool") else object
    return dtypes


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
    """The chosen sheet's cells as text rows (trailing empty rows dropped); names the sheet in ``ctx``.

    Excel's error values (``#DIV/0!``, ``#N/A``) are kept as text (calamine reads them as
    empty, or an .ods one as 0: :mod:`kamlab.io.error_cells`). Without ``sheet``, ``ctx.other_sheets`` can later name the sheets that hold the
    table, for a message about missing columns.
    """
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(_io.BytesIO(raw))
        names = list(book.sheet_names)
    except Exception as exc:  # calamine's own error types vary by format
        raise _file_error(ctx, "io.not_excel", detail=f"{type(exc).__name__}: {exc}") from None
    name = _sheet_name(sheet, names, ctx)
    ctx.fmt = f"excel, sheet {name!r}"
    ctx.file = f"{ctx.file} [sheet {name!r}]" if len(names) > 1 else ctx.file
    rows = _cells(book, name, ctx)
    errors = _xlsx_errors(raw, name) or ods_errors(raw, name) or xls_errors(raw, name)
    for (r, c), text in errors.items():
        while len(rows) <= r:
            rows.append([])
        rows[r].extend([""] * (c + 1 - len(rows[r])))
        rows[r][c] = text
    while rows and not any(v.strip() for v in rows[-1]):
        rows.pop()
    if sheet is None and len(names) > 1:
        ctx.other_sheets = lambda table: _other_sheets(book, names, name, rows, table, ctx)
    return rows


def _cells(book, name: str, ctx: _Ctx) -> list:
    try:
        cells = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except Exception as exc:
        raise _file_error(ctx, "io.not_excel", detail=f"{type(exc).__name__}: {exc}") from None
    return [[_cell_text(v) for v in row] for row in cells]


def _other_sheets(book, names: list, chosen: str, rows: list, table: str, ctx: _Ctx) -> str:
    """A sentence naming the other sheets whose header names more of ``table``'s columns ('' if none)."""
    best = max((_score(r, table) for r in rows[:25]), default=0)
    better = []
    for other in names:
        if other == chosen:
            continue
        try:
            cells = _cells(book, other, ctx)
        except DataFileError:
            continue
        if max((_score(r, table) for r in cells[:25]), default=0) > best:
            better.append(other)
    if not better:
        return ""
    return t("io.other_sheets", ctx.lang, sheets=", ".join(map(repr, better)), sheet=repr(better[0]))


_SHEET = re.compile(r"<(?:\w+:)?sheet\b[^>]*?\bname=\"([^\"]*)\"[^>]*?\br:id=\"([^\"]*)\"")
_TARGET = re.compile(
    r"<Relationship\b[^>]*?\bId=\"([^\"]*)\"[^>]*?\bTarget=\"([^\"]*)\"|"
    r"<Relationship\b[^>]*?\bTarget=\"([^\"]*)\"[^>]*?\bId=\"([^\"]*)\""
)
_ERROR_CELL = re.compile(r"<c\b([^>]*\bt=\"e\"[^>]*)>.*?<v>([^<]*)</v>", re.S)
_REF = re.compile(r"\br=\"([A-Z]+)(\d+)\"")


def _xlsx_errors(raw: bytes, name: str) -> dict:
    """(row, column) -> error text (``#DIV/0!``) of the sheet ``name`` of an .xlsx workbook, 0-based."""
    if not raw.startswith(_ZIP_MAGIC):
        return {}
    try:
        with zipfile.ZipFile(_io.BytesIO(raw)) as z:
            book = z.read("xl/workbook.xml").decode("utf-8")
            rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
            ids = {html.unescape(n): rid for n, rid in _SHEET.findall(book)}
            targets = {m[0] or m[3]: m[1] or m[2] for m in _TARGET.findall(rels)}
            target = targets.get(ids.get(name, ""))
            if target is None:
                return {}
            xml = z.read(target.lstrip("/") if target.startswith("/") else f"xl/{target}")
    except (KeyError, zipfile.BadZipFile, UnicodeDecodeError, OSError):  # .ods, or not the usual layout
        return {}
    if b't="e"' not in xml:
        return {}
    out = {}
    for attrs, value in _ERROR_CELL.findall(xml.decode("utf-8", "replace")):
        ref = _REF.search(attrs)
        if ref:
            col = 0
            for letter in ref.group(1):
                col = col * 26 + ord(letter) - 64
            out[(int(ref.group(2)) - 1, col - 1)] = html.unescape(value)
    return out


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


def _read_text(payload, table: str, encoding, ctx: _Ctx):
    """Read a text file (CSV or tab-separated): UTF-8 in place when its head is plain UTF-8, else
    the whole file decoded (:func:`_to_utf8`) and read again."""
    head = payload.head()
    plain = (
        encoding is None
        and not head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        and _head_is_utf8(head, payload.size() <= len(head))
        and not _blank(head)
        and not _needs_cleaning(payload)
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
        text = _clean_text(_to_utf8(payload.whole(), encoding, ctx), ctx)
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
