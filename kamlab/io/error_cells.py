"""Excel's error values (``#DIV/0!``, ``#N/A`` ...) in workbooks whose reader loses them.

calamine reads an error cell of an OpenDocument sheet (.ods, as LibreOffice and WPS write
it: ``calcext:value-type="error"``) as an empty text, or as ``0`` when the cell also states a
number type: a failed formula would load as missing, or silently as zero. These functions find
those cells in the file's own XML, so that :mod:`kamlab.io.read` puts the error text back and
the value checks report them as error cells, naming column, line and value. (.xlsx: see
``read._xlsx_errors``; CSV files carry the text itself.)
"""

from __future__ import annotations

import array
import io as _io
import struct
import sys
import xml.etree.ElementTree as ET
import zipfile

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
_CELLS = (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
#: More repeated rows or columns than any sheet has (LibreOffice pads the last row with 1,048,576).
_LIMIT = 1 << 21


def _repeat(element, name: str) -> int:
    try:
        return max(1, min(int(element.get(f"{{{_TABLE}}}{name}", "1")), _LIMIT))
    except ValueError:
        return 1


def ods_errors(raw: bytes, name: str) -> dict:
    """(row, column) -> error text (``#DIV/0!``) of the sheet ``name`` of an .ods workbook, 0-based.

    Parameters
    ----------
    raw : bytes
        The whole file.
    name : str
        The sheet's name.

    Returns
    -------
    dict
        Empty when the file is not an .ods, has no error cells or cannot be read this way.
    """
    try:
        with zipfile.ZipFile(_io.BytesIO(raw)) as z:
            if z.read("mimetype").strip() != b"application/vnd.oasis.opendocument.spreadsheet":
                return {}
            xml = z.read("content.xml")
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError):  # an .xlsx, or not the usual layout
        return {}
    if b'value-type="error"' not in xml:
        return {}
    try:
        return _errors_of(xml, name)
    except ET.ParseError:
        return {}


def _errors_of(xml: bytes, name: str) -> dict:
    """The error cells of the table ``name`` in an .ods ``content.xml``, read as a stream."""
    sheet = _Sheet()
    in_table = False
    for event, el in ET.iterparse(_io.BytesIO(xml), events=("start", "end")):
        if el.tag == f"{{{_TABLE}}}table":
            if event == "start":
                in_table = el.get(f"{{{_TABLE}}}name") == name
            elif in_table:
                break
        elif in_table:
            sheet.event(event, el)
        if event == "end" and el.tag != f"{{{_TEXT}}}p":
            el.clear()  # keep memory flat (a cell's paragraphs are read at the cell's end)
    return sheet.errors


class _Sheet:
    """Rows and cells of one table as they stream past, with their repeat counts."""

    def __init__(self):
        self.errors: dict = {}
        self.row, self.col, self.in_row = -1, 0, []
        self.error = False

    def event(self, event: str, el) -> None:
        if el.tag == f"{{{_TABLE}}}table-row":
            if event == "start":
                self.row, self.col, self.in_row = self.row + 1, 0, []
            else:
                repeats = _repeat(el, "number-rows-repeated")
                for extra in range(1, min(repeats, 1024)):  # the same row again: its errors too
                    self.errors.update({(self.row + extra, c): text for c, text in self.in_row})
                self.row += repeats - 1
        elif el.tag in _CELLS:
            if event == "start":
                self.error = el.get(f"{{{_CALCEXT}}}value-type") == "error"
                return
            repeats = _repeat(el, "number-columns-repeated")
            if self.error:
                text = "".join(p.text or "" for p in el.iter(f"{{{_TEXT}}}p")).strip() or "#VALUE!"
                for c in range(self.col, self.col + min(repeats, 1024)):
                    self.errors[(self.row, c)] = text
                    self.in_row.append((c, text))
            self.col += repeats


#: BIFF8's error codes (the BoolErr and FormulaValue records) and the text Excel shows.
_BIFF_ERRORS = {
    0x00: "#NULL!",
    0x07: "#DIV/0!",
    0x0F: "#VALUE!",
    0x17: "#REF!",
    0x1D: "#NAME?",
    0x24: "#NUM!",
    0x2A: "#N/A",
    0x2B: "#GETTING_DATA",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END = 0xFFFFFFFE


def xls_errors(raw: bytes, name: str) -> dict:
    """(row, column) -> error text of the sheet ``name`` of an .xls (or WPS .et) workbook, 0-based.

    calamine reads BIFF8 error cells (and formulas whose cached result is an error) as empty.
    The workbook stream is read from the compound file, and the sheet's ``BoolErr`` and
    ``Formula`` records give the errors.

    Parameters
    ----------
    raw : bytes
        The whole file.
    name : str
        The sheet's name.

    Returns
    -------
    dict
        Empty when the file is not a BIFF8 workbook, has no error cells or cannot be read this way.
    """
    if not raw.startswith(_OLE_MAGIC):
        return {}
    try:
        stream = _workbook_stream(raw)
        return _biff_errors(stream, name) if stream else {}
    except (IndexError, ValueError, KeyError, struct.error):  # not the usual layout: leave it to calamine
        return {}


def _chain(fat, start: int, limit: int) -> list:
    out, seen = [], set()
    while start < _END and start not in seen and len(out) < limit:
        seen.add(start)
        out.append(start)
        start = fat[start]
    return out


def _workbook_stream(raw: bytes) -> bytes | None:
    """The ``Workbook`` (or ``Book``) stream of an OLE2 compound file."""
    sector = 1 << struct.unpack_from("<H", raw, 0x1E)[0]
    mini = 1 << struct.unpack_from("<H", raw, 0x20)[0]
    first_dir, cutoff, first_minifat = struct.unpack_from("<I", raw, 0x30)[0], *struct.unpack_from("<II", raw, 0x38)
    first_difat, n_difat = struct.unpack_from("<II", raw, 0x44)
    limit = len(raw) // sector + 1

    def read(s: int) -> bytes:
        return raw[(s + 1) * sector : (s + 2) * sector]

    difat = [s for s in struct.unpack_from("<109I", raw, 0x4C) if s < _END]
    s = first_difat
    for _ in range(min(n_difat, limit)):
        if s >= _END:
            break
        entries = struct.unpack(f"<{sector // 4}I", read(s))
        difat += [x for x in entries[:-1] if x < _END]
        s = entries[-1]
    fat = array.array("I", b"".join(read(s) for s in difat))
    if sys.byteorder != "little":
        fat.byteswap()
    directory = b"".join(read(s) for s in _chain(fat, first_dir, limit))
    entries = {}
    for off in range(0, len(directory) - 127, 128):
        length = struct.unpack_from("<H", directory, off + 64)[0]
        entry_name = directory[off : off + max(length - 2, 0)].decode("utf-16-le", "replace")
        kind, start, size = directory[off + 66], *struct.unpack_from("<II", directory, off + 116)
        entries.setdefault(entry_name if kind != 5 else "\0root", (start, size))
    found = entries.get("Workbook") or entries.get("Book")
    if found is None:
        return None
    start, size = found
    if size >= cutoff:
        return b"".join(read(s) for s in _chain(fat, start, limit))[:size]
    root_start, root_size = entries["\0root"]
    ministream = b"".join(read(s) for s in _chain(fat, root_start, limit))[:root_size]
    minifat = array.array("I", b"".join(read(s) for s in _chain(fat, first_minifat, limit)))
    if sys.byteorder != "little":
        minifat.byteswap()
    return b"".join(ministream[m * mini : (m + 1) * mini] for m in _chain(minifat, start, limit))[:size]


def _records(stream: bytes, offset: int):
    while offset + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, offset)
        yield kind, stream[offset + 4 : offset + 4 + length]
        offset += 4 + length


def _biff_errors(stream: bytes, name: str) -> dict:
    """The error cells of sheet ``name`` of a BIFF8 workbook stream."""
    where = None
    for kind, data in _records(stream, 0):
        if kind == 0x0085 and len(data) >= 8:  # BoundSheet8: the sheet's offset and name
            cch, high = data[6], data[7] & 1
            text = data[8 : 8 + cch * (2 if high else 1)]
            sheet = text.decode("utf-16-le" if high else "latin-1", "replace")
            if sheet == name:
                where = struct.unpack_from("<I", data, 0)[0]
        elif kind == 0x000A:  # EOF of the globals
            break
    out: dict = {}
    if where is None:
        return out
    for kind, data in _records(stream, where):
        if kind == 0x0205 and len(data) >= 8 and data[7] == 1:  # BoolErr holding an error
            row, col = struct.unpack_from("<HH", data, 0)
            out[(row, col)] = _BIFF_ERRORS.get(data[6], "#VALUE!")
        elif kind == 0x0006 and len(data) >= 14 and data[6] == 2 and data[12:14] == b"\xff\xff":  # a formula's error
            row, col = struct.unpack_from("<HH", data, 0)
            out[(row, col)] = _BIFF_ERRORS.get(data[8], "#VALUE!")
        elif kind == 0x000A:  # EOF of the sheet
            break
    return out
