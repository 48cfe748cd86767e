"""Excel's error values (``#DIV/0!``, ``#N/A`` ...) in workbooks whose reader loses them.

calamine reads an error cell of an OpenDocument sheet (.ods, as LibreOffice and WPS write
it: ``calcext:value-type="error"``) as an empty text, or as ``0`` when the cell also states a
number type: a failed formula would load as missing, or silently as zero. These functions find
those cells in the file's own XML, so that :mod:`kamlab.io.read` puts the error text back and
the value checks report them as error cells, naming column, line and value. (.xlsx: see
``read._xlsx_errors``; CSV files carry the text itself.)
"""

from __future__ import annotations

import io as _io
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
