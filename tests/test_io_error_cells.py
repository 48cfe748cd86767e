"""Spreadsheet error values beyond .xlsx (issue 27, round 3): in a CSV export and in an .ods,
.xls or WPS .et workbook each kind (``#DIV/0!``, ``#N/A``, ``#VALUE!``, ``#REF!``, ``#NAME?``, ``#NUM!``,
``#NULL!``, LibreOffice's ``Err:502``) is reported as an error cell naming file, column, line
and value, never as a missing value, "not a number", or (an .ods cell typed as a number) 0."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import kamlab
from kamlab.errors import DataFileError
from kamlab.i18n import t
from kamlab.io.error_cells import ods_errors, xls_errors
from kamlab.schema import TABLES
from kamlab.templates import formatted
from tests.data.make_messy import ERROR_CELLS, ods_bytes, xls_bytes

MESSY = Path(__file__).resolve().parent / "data" / "messy"
BIFF = [cell for cell in ERROR_CELLS if cell[2].startswith("#")]  # BIFF8 has no LibreOffice Err:NNN
#: file: the error cells it holds (row, column, text); the first data row is line 2 in each
FILES = {
    "broken_error_cells_kinds.csv": ERROR_CELLS,
    "broken_error_cells.ods": ERROR_CELLS,
    "broken_error_cells.xls": BIFF,
    "broken_error_cells.et": BIFF,  # WPS's format: BIFF8 in a compound file, as .xls
}
CASES = [(name, *cell) for name, cells in FILES.items() for cell in cells]


@pytest.fixture(scope="module")
def problems():
    out = {}
    for name in FILES:
        with pytest.raises(DataFileError) as info:
            kamlab.load_table("accounts", MESSY / name, lang="en")
        out[name] = (str(info.value), info.value.problems)
    return out


@pytest.mark.parametrize("name, row, column, text", CASES, ids=[f"{n}-{v}" for n, _, _, v in CASES])
def test_each_kind_of_error_value_is_an_error_cell(problems, name, row, column, text):
    message, table = problems[name]
    line = 2 + row
    hit = table[(table.column == column) & (table.line == line)]
    assert hit.value.tolist() == [repr(text)], table
    assert hit.problem.tolist() == [t("io.what.error_cell", "en")]
    assert str(MESSY / name) in message and repr(text) in message


@pytest.mark.parametrize("name", list(FILES))
def test_nothing_else_is_reported(problems, name):
    _, table = problems[name]
    assert len(table) == len(FILES[name]) and set(table.problem) == {t("io.what.error_cell", "en")}


def test_in_chinese_too():
    with pytest.raises(DataFileError) as info:
        kamlab.load_table("accounts", MESSY / "broken_error_cells.ods", lang="zh")
    assert "Excel 错误值 '#DIV/0!'" in str(info.value) and "第 2 行" in str(info.value)


def test_an_ods_error_typed_as_a_number_is_not_read_as_zero():
    """calamine reads LibreOffice's error cell with office:value-type="float" as 0.0; kamlab finds it."""
    from python_calamine import CalamineWorkbook

    raw = ods_bytes([["account_id", "revenue"], ["A1", 5.0], ["A2", 0.0]], {(2, 1): ("#DIV/0!", "float")})
    cells = CalamineWorkbook.from_filelike(io.BytesIO(raw)).get_sheet_by_name("Sheet1").to_python()
    assert cells[2][1] == 0.0  # the trap
    assert ods_errors(raw, "Sheet1") == {(2, 1): "#DIV/0!"}
    assert ods_errors(raw, "Other") == {}


def test_repeated_ods_cells_and_rows():
    """LibreOffice writes runs of equal cells once, with a repeat count."""
    content = (
        "<table:table-row><table:table-cell/></table:table-row>"
        '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3"/>'
        '<table:table-cell table:number-columns-repeated="2" office:value-type="string" calcext:value-type="error">'
        "<text:p>#N/A</text:p></table:table-cell></table:table-row>"
    )
    raw = ods_bytes([])  # an empty workbook, whose sheet gets the rows above
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "content.xml":
                data = data.replace(b'table:name="Sheet1">', b'table:name="Sheet1">' + content.encode())
            dst.writestr(item, data)
    assert ods_errors(buf.getvalue(), "Sheet1") == {(r, c): "#N/A" for r in (1, 2) for c in (3, 4)}


def test_error_values_with_spaces_around_and_in_other_tables(tmp_path):
    orders = kamlab.make_company(20, seed=7).orders
    cells = formatted(orders, "orders")
    date_column = next(c.name for c in TABLES["orders"] if c.kind == "date")
    cells.loc[3, date_column] = " #VALUE! "
    cells.to_csv(tmp_path / "o.csv", index=False)
    with pytest.raises(DataFileError) as info:
        kamlab.load_table("orders", tmp_path / "o.csv", lang="en")
    table = info.value.problems
    assert table[["column", "line", "problem"]].values.tolist() == [[date_column, 5, t("io.what.error_cell", "en")]]
    assert isinstance(table, pd.DataFrame)


def test_xls_error_cells_read_by_calamine_as_empty_are_found():
    """calamine reads BIFF8 error cells as empty text; kamlab reads them from the records."""
    from python_calamine import CalamineWorkbook

    raw = xls_bytes([["a", "b"], [1.0, 2.0]], {(1, 1): 0x2A}, sheet="表一")
    assert CalamineWorkbook.from_filelike(io.BytesIO(raw)).get_sheet_by_name("表一").to_python() == [
        ["a", "b"],
        [1.0, ""],
    ]
    assert xls_errors(raw, "表一") == {(1, 1): "#N/A"}
    assert xls_errors(raw, "Sheet1") == {} and xls_errors(raw[:600], "表一") == {} and xls_errors(b"PK", "x") == {}
