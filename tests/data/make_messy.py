"""Build the corpus of messy data files in ``tests/data/messy/`` (never edit those by hand).

Run ``python tests/data/make_messy.py`` to rewrite the folder; ``tests/test_io_messy.py``
rebuilds it into a temporary folder and requires identical bytes, so the committed files
are always this script's output.

Every file is made from one clean company (``kamlab.make_company(20, seed=7)``), written
the way people's files really look: Chinese Excel's GBK "CSV", UTF-16 "Unicode text",
``.xlsx`` workbooks (one renamed to ``.csv``), Chinese headers, formatted numbers, a title
line, a totals row, blank and comma-only lines, multi-line cells. ``expected.json``
records, for each file, the table, how to load it, and either ``"equal": true`` (it
must load to the clean table, value for value) or the problems (column, line, value)
the error must name. Line numbers are computed here while the text is assembled, so
they are the file's own line numbers.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
OUT = HERE / "messy"
SEED = 7


def clean_company():
    """The clean tables every messy file is made from."""
    import kamlab

    return kamlab.make_company(20, seed=SEED)


def xlsx_cells(data: bytes) -> dict:
    """Every sheet's name and cell values of a workbook: what a user sees, whatever wrote the zip."""
    import io

    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def _csv_field(value: str, sep: str) -> str:
    if any(ch in value for ch in (sep, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


class Text:
    """A text file assembled record by record, knowing the line each record starts on."""

    def __init__(self, sep: str = ",", eol: str = "\r\n"):
        self.sep, self.eol = sep, eol
        self.records: list[str] = []
        self.line = 1  # the line the next record starts on

    def add(self, cells) -> int:
        """Append one record; return the line it starts on."""
        start = self.line
        record = self.sep.join(_csv_field(str(c), self.sep) for c in cells)
        self.records.append(record + self.eol)
        self.line += record.count("\n") + 1
        return start

    def raw(self, text: str) -> None:
        self.records.append(text)
        self.line += text.count("\n")

    def table(self, cells: pd.DataFrame, header: bool = True) -> list[int]:
        if header:
            self.add(list(cells.columns))
        return [self.add(row) for row in cells.itertuples(index=False)]

    def text(self) -> str:
        return "".join(self.records)


def _formatted(frame, table, **kw):
    from kamlab.templates import formatted

    return formatted(frame, table, **kw)


def _workbook(rows, *, title=None, blank_after_title=False, number_formats=None, sheet="Sheet1", book=None):
    """An openpyxl workbook whose first (or named) sheet holds ``rows`` (header first)."""
    from openpyxl import Workbook

    if book is None:
        book = Workbook()
        ws = book.active
        ws.title = sheet
    else:
        ws = book.create_sheet(sheet)
    r = 1
    if title:
        ws.cell(row=1, column=1, value=title)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
        r = 3 if blank_after_title else 2
    first = r
    for row in rows:
        for j, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=j, value=value)
            if number_formats and r > first and j in number_formats:
                cell.number_format = number_formats[j]
        r += 1
    return book, first


def _excel_rows(frame, table, headers="zh", categories="zh"):
    """Header and data rows for Excel: numbers as numbers, text as text, dates as dates."""
    from kamlab.i18n import t
    from kamlab.schema import TABLES
    from kamlab.templates import header_text

    cols = TABLES[table]
    rows = [[header_text(c, headers) for c in cols]]
    for _, rec in frame.iterrows():
        row = []
        for c in cols:
            v = rec[c.name]
            if c.kind == "category" and categories != "code":
                prefix = "stage" if c.ref == "relationship_stage" else c.ref
                v = t(f"{prefix}.{v}", categories)
            elif c.kind == "date":
                v = pd.Timestamp(v).to_pydatetime()
            elif c.kind == "bool":
                v = bool(v)
            elif hasattr(v, "item"):
                v = v.item()
            else:
                v = str(v)
            row.append(v)
        rows.append(row)
    return rows


def build(out_dir: Path = OUT) -> list[Path]:
    """Write every messy file and ``expected.json`` into ``out_dir``; return the paths."""
    from kamlab.schema import TABLES
    from kamlab.templates import header_text, xlsx_bytes

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    company = clean_company()
    acc, orders, contacts, tickets = company.accounts, company.orders, company.contacts, company.tickets
    expected: dict[str, dict] = {}
    files: dict[str, bytes] = {}

    def good(name, data, table="accounts", replace=None, **load):
        """A file that must load to the clean table (with the columns of ``replace`` as given)."""
        files[name] = data
        expected[name] = {"table": table, "load": load, "equal": True}
        if replace:
            expected[name]["replace"] = replace

    def bad(name, data, problems, table="accounts", says=(), **load):
        """A file that must be refused naming ``problems`` (column, line, value) and saying ``says``."""
        files[name] = data
        expected[name] = {"table": table, "load": load, "equal": False,
                          "problems": [{"column": c, "line": ln, "value": v} for c, ln, v in problems]}
        if says:
            expected[name]["says"] = list(says)

    # ---- realistic files: each must load to the clean table ------------------------
    doc = Text()
    doc.table(_formatted(acc, "accounts"))
    good("clean.csv", doc.text().encode("utf-8"))

    # Chinese Excel "CSV": GBK, CRLF, a title, Chinese headers and labels, 86,062.07, 13.00%,
    # a totals row and the comma-only rows Excel leaves below it
    cells = _formatted(acc, "accounts", headers="zh", categories="zh",
                       numbers={"money": "money", "share": "percent"})
    doc = Text()
    doc.add(["A公司客户清单 2026"] + [""] * (cells.shape[1] - 1))
    doc.table(cells)
    total = [""] * cells.shape[1]
    total[0], total[9] = "合计", f"{acc.revenue.sum():,.2f}"
    doc.add(total)
    doc.add([""] * cells.shape[1])
    doc.add([""] * cells.shape[1])
    good("excel_gbk_zh_headers.csv", doc.text().encode("gbk"))

    # GB18030 beyond GBK (a 4-byte character) in an extra column, which is kept
    cells = _formatted(acc, "accounts", headers="zh")
    cells["备注"] = ["𠮷野家的供应商" if i == 3 else "" for i in range(len(cells))]
    doc = Text()
    doc.table(cells)
    good("gb18030_extra_column.csv", doc.text().encode("gb18030"))

    # UTF-8 with BOM; headers mixed (name, Chinese, English label, bilingual) with spaces
    styles = ["name", "zh", "en", "bilingual"]
    headers = {c.name: styles[i % 4] for i, c in enumerate(TABLES["accounts"])}
    cells = _formatted(acc, "accounts", headers=headers, numbers={"money": "yuan_sign", "hours": "thousands"})
    cells.columns = [f"  {c} " for c in cells.columns]
    doc = Text(eol="\n")
    doc.table(cells)
    good("utf8_bom_mixed_headers.csv", b"\xef\xbb\xbf" + doc.text().encode("utf-8"))

    # Excel's "Unicode text": UTF-16 LE with BOM, tab-separated; 元 after money, − minus
    cells = _formatted(acc, "accounts", headers="zh",
                       numbers={"money": "yuan_suffix", "rate": "percent_minus", "share": "percent"})
    doc = Text(sep="\t")
    doc.table(cells)
    good("unicode_text_utf16.txt", doc.text().encode("utf-16"))

    # 万元, full-width digits in counts, ￥ with separators
    cells = _formatted(acc, "accounts", headers="zh",
                       numbers={"revenue": "wan", "category_spend": "yuan_fullwidth_sign",
                                "count": "fullwidth", "share": "percent"})
    doc = Text()
    doc.table(cells)
    good("wan_yuan_fullwidth.csv", doc.text().encode("utf-8"))

    # blank lines in the middle and a multi-line note: lines still right (see the broken twin)
    cells = _formatted(acc, "accounts")
    cells["note"] = ["first line\nsecond line" if i in (2, 9) else "" for i in range(len(cells))]
    doc = Text(eol="\n")
    doc.add(list(cells.columns))
    for i, row in enumerate(cells.itertuples(index=False)):
        doc.add(row)
        if i in (4, 5, 12):
            doc.raw("\n")
    good("blank_lines_multiline.csv", doc.text().encode("utf-8"))

    # tab-separated UTF-8 with English labels as headers
    cells = _formatted(acc, "accounts", headers="en", categories="en")
    doc = Text(sep="\t", eol="\n")
    doc.table(cells)
    good("english_labels.tsv", doc.text().encode("utf-8"))

    # a Chinese header line and, under it, the English names
    cells = _formatted(acc, "accounts", headers="zh")
    doc = Text()
    doc.add(list(cells.columns))
    doc.add([c.name for c in TABLES["accounts"]])
    doc.table(cells, header=False)
    good("two_header_lines.csv", doc.text().encode("utf-8"))

    # an Excel workbook: a merged title, a blank row, Chinese headers, numbers as numbers,
    # shares shown as percentages, a totals row with formulas' values
    rows = _excel_rows(acc, "accounts")
    share_cols = {j + 1: "0.00%" for j, c in enumerate(TABLES["accounts"]) if c.kind == "share"}
    book, first = _workbook(rows, title="A公司客户清单", blank_after_title=True, number_formats=share_cols)
    ws = book.active
    ws.cell(row=first + len(rows), column=1, value="合计")
    ws.cell(row=first + len(rows), column=10, value=float(acc.revenue.sum()))
    xlsx = xlsx_bytes(book)
    good("excel_title_totals.xlsx", xlsx)
    good("excel_saved_as.csv", xlsx)  # an .xlsx renamed: recognised by its bytes

    # the data on the second sheet
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "说明"
    book.active["A1"] = "本工作簿的第二张表是客户数据。"
    book, _ = _workbook(_excel_rows(acc, "accounts", headers="name", categories="code"), sheet="客户", book=book)
    good("second_sheet.xlsx", xlsx_bytes(book), sheet="客户")

    # orders with Chinese Excel's default dates (2026/5/22) and money with separators
    cells = _formatted(orders, "orders", headers="zh", dates="slash", numbers={"money": "money"})
    doc = Text()
    doc.table(cells)
    good("orders_slash_dates.csv", doc.text().encode("gbk"), table="orders")

    # tickets with 是/否 and Chinese category labels
    cells = _formatted(tickets, "tickets", headers="zh", categories="zh")
    cells["是否升级"] = ["是" if v else "否" for v in tickets.escalated]
    doc = Text()
    doc.table(cells)
    good("tickets_zh.csv", doc.text().encode("gbk"), table="tickets")

    # ---- broken files: each must raise one error naming every problem ---------------
    # text in a money column, after blank lines and a multi-line cell
    cells = _formatted(acc, "accounts")
    cells["note"] = ["two\nlines" if i == 1 else "" for i in range(len(cells))]
    cells.loc[6, "revenue"] = "abc"
    doc = Text(eol="\n")
    doc.add(list(cells.columns))
    lines = {}
    for i, row in enumerate(cells.itertuples(index=False)):
        lines[i] = doc.add(row)
        if i in (2, 3):
            doc.raw("\n")
    bad("broken_text_in_money.csv", doc.text().encode("utf-8"), [("revenue", lines[6], "'abc'")])

    # many problems in one GBK file with Chinese headers: all reported at once
    cells = _formatted(acc, "accounts", headers="zh", numbers={"money": "money", "share": "percent"})
    cells.loc[2, "本年销售额"] = "12,34.5"         # not a thousands grouping
    cells.loc[3, "本年销售额"] = "1234,5"          # a European decimal comma: not 12345
    cells.loc[4, "钱包份额"] = "135%"
    cells.loc[5, "行业"] = "面包店"
    cells.loc[6, "年订单数"] = "2.5"
    cells.loc[7, "客户编号"] = cells.loc[1, "客户编号"]
    cells.loc[8, "负责销售员"] = ""
    doc = Text()
    lines = doc.table(cells)
    bad("broken_many_problems_gbk.csv", doc.text().encode("gbk"), [
        ("revenue", lines[2], "'12,34.5'"), ("revenue", lines[3], "'1234,5'"),
        ("share_of_wallet", lines[4], "'135%'"), ("industry", lines[5], "'面包店'"),
        ("orders_per_year", lines[6], "'2.5'"), ("account_id", lines[1], "'A0002'"),
        ("account_id", lines[7], "'A0002'"), ("sales_rep", lines[8], None)])

    def bad_cells(name, frame, table, edits, **fmt):
        """A UTF-8 CSV of ``frame`` with ``edits`` [(row, column, text)], each one a problem."""
        cols = {c.name: c for c in TABLES[table]}
        cells = _formatted(frame, table, **fmt)
        for row, column, text in edits:
            cells.loc[row, header_text(cols[column], fmt.get("headers", "name"))] = text
        doc = Text()
        lines = doc.table(cells)
        bad(name, doc.text().encode("utf-8"), [(c, lines[r], repr(v)) for r, c, v in edits], table=table)

    # counts too large for exact arithmetic (never a silent overflow); negative lead times in
    # orders and days in tickets; a year before 1900 in contacts
    bad_cells("broken_huge_counts.csv", acc, "accounts",
              [(0, "orders_per_year", "9300000000000000000"), (1, "complaints", "1e20")])
    bad_cells("broken_negative_days_orders.csv", orders, "orders", [(3, "actual_days", "-3")])
    bad_cells("broken_negative_days_tickets.csv", tickets, "tickets", [(2, "days_to_resolve", "-1.5")])
    bad_cells("broken_year_1899.csv", contacts, "contacts", [(4, "since_year", "1899")], headers="zh")

    # none of the encodings: a Latin-1 byte on line 4
    doc = Text()
    cells = _formatted(acc.head(5), "accounts")
    cells.loc[2, "name_en"] = "Café Hydraulique"
    lines = doc.table(cells)
    bad("broken_latin1.csv", doc.text().encode("latin-1", errors="replace"), [(None, lines[2], None)])

    # an Excel workbook without two columns and with text in a money cell
    rows = _excel_rows(acc, "accounts", headers="zh")
    drop = [rows[0].index("毛利率"), rows[0].index("投诉次数")]
    rows = [[v for j, v in enumerate(r) if j not in drop] for r in rows]
    rows[5][rows[0].index("本年销售额")] = "n/a"
    book, first = _workbook(rows)
    bad("broken_excel.xlsx", xlsx_bytes(book), [
        ("gross_margin", first, None), ("complaints", first, None),
        ("revenue", first + 5, "'n/a'")])

    # a row with more cells than the header
    doc = Text(eol="\n")
    lines = doc.table(_formatted(acc.head(5), "accounts"))
    doc.records[3] = doc.records[3].rstrip("\n") + ",1,2,3\n"
    bad("broken_ragged.csv", doc.text().encode("utf-8"), [(None, lines[2], None)])

    _round3(acc, good, bad)
    _error_cells(acc, bad)

    written = []
    for name, data in files.items():
        (out_dir / name).write_bytes(data)
        written.append(out_dir / name)
    manifest = out_dir / "expected.json"
    manifest.write_text(json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                        encoding="utf-8", newline="\n")
    return written + [manifest]


def _european(value) -> str:
    """A float as European Excel writes it: 116.955,44 (points group thousands, a decimal comma)."""
    whole, _, frac = repr(float(value)).partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    frac = "" if frac == "0" else frac
    return sign + ".".join(groups) + ("," + frac if frac else "")


def _round3(acc, good, bad) -> None:
    """The files of the third robustness review (issue 27): encodings, line ends, invisible
    characters, European numbers, Excel error cells, data on another sheet."""
    from openpyxl import Workbook

    from kamlab.templates import xlsx_bytes

    plain = _formatted(acc, "accounts")
    doc = Text(eol="\n")
    lines = doc.table(plain)
    text = doc.text()

    # Big5 (Traditional Chinese Windows, cp950) with English headers: read as Big5, not as
    # GB18030 (which decodes the same bytes into private-use characters and wrong ones)
    def big5_able(name):
        return "".join(ch for ch in name if _encodes(ch, "cp950"))

    big5 = plain.copy()
    big5["name_zh"] = [big5_able(v) for v in big5["name_zh"]]
    doc5 = Text(eol="\r\n")
    doc5.table(big5)
    good("big5_english_headers.csv", doc5.text().encode("cp950"), replace={"name_zh": list(big5["name_zh"])})

    # UTF-16 LE without a byte order mark (and big endian), ASCII headers
    good("utf16le_no_bom.csv", text.encode("utf-16-le"))
    good("utf16be_no_bom.csv", text.encode("utf-16-be"))
    # Excel for Mac's "CSV (Macintosh)": CR alone ends each line; and a file mixing CR, LF, CRLF
    good("mac_cr_only.csv", text.replace("\n", "\r").encode("utf-8"))
    mixed = "".join(rec.replace("\n", ("\r", "\r\n", "\n")[i % 3]) for i, rec in enumerate(doc.records))
    good("mixed_line_ends.csv", mixed.encode("utf-8"))
    # zero-width space and no-break space in headers (copied from a web page): stripped, noted
    zh = _formatted(acc, "accounts", headers="zh")
    zh.columns = [c.replace("销售", "销\u200b售").replace("客户编号", "客户\u00a0编号") for c in zh.columns]
    doc_zh = Text()
    doc_zh.table(zh)
    good("invisible_in_headers.csv", doc_zh.text().encode("utf-8"))
    # European Excel: ";" between cells, 116.955,44 for 116955.44 (the style told by the numbers)
    euro = plain.copy()
    for c in acc.columns:
        if acc[c].dtype.kind == "f":
            euro[c] = [_european(v) for v in acc[c]]
    doc_eu = Text(sep=";", eol="\r\n")
    doc_eu.table(euro)
    good("european_numbers.csv", doc_eu.text().encode("utf-8"))

    # ---- refused
    # ";" file whose numbers do not tell the style: 16.989 may be 16.989 or 16,989
    amb = plain.copy()
    for c in acc.columns:
        if acc[c].dtype.kind == "f":
            amb[c] = [str(int(round(v))) for v in acc[c]]
    amb.loc[1, "revenue"], amb.loc[4, "revenue"] = "16.989", "203.117"
    doc_amb = Text(sep=";")
    lines_amb = doc_amb.table(amb)
    bad("broken_ambiguous_numbers.csv", doc_amb.text().encode("utf-8"),
        [("revenue", lines_amb[1], "'16.989'"), ("revenue", lines_amb[4], "'203.117'")],
        says=["16,989", "203,117"])
    # invisible characters inside keys: a zero-width space in an id, a no-break space in a reference
    keys = plain.copy()
    keys.loc[2, "account_id"] = keys.loc[2, "account_id"][:2] + "\u200b" + keys.loc[2, "account_id"][2:]
    keys.loc[5, "sales_rep"] = keys.loc[5, "sales_rep"][:1] + "\u00a0" + keys.loc[5, "sales_rep"][1:]
    doc_k = Text(eol="\n")
    lines_k = doc_k.table(keys)
    bad("broken_invisible_in_keys.csv", doc_k.text().encode("utf-8"),
        [("account_id", lines_k[2], repr(keys.loc[2, "account_id"])),
         ("sales_rep", lines_k[5], repr(keys.loc[5, "sales_rep"]))], says=["\\u200b", "\\xa0"])
    # a NUL byte inside an id
    nul = text.replace(plain.loc[3, "account_id"], plain.loc[3, "account_id"][:2] + "\x00" + plain.loc[3, "account_id"][2:], 1)
    bad("broken_nul_byte.csv", nul.encode("utf-8"), [(None, lines[3], None)], says=["NUL"])
    # bytes that GB18030 and Big5 both decode, but only into private-use characters
    ascii_only = plain.assign(name_zh=plain["name_en"])
    doc_pu = Text(eol="\n")
    lines_pu = doc_pu.table(ascii_only)
    raw_pu = doc_pu.text().encode("ascii").replace(ascii_only.loc[2, "name_en"].encode(), b"\xfe\xa1", 1)
    bad("broken_private_use.csv", raw_pu, [(None, lines_pu[2], None)], says=["U+E468"])
    # Excel error values: #DIV/0! in a money cell, #N/A in a name
    rows = _excel_rows(acc, "accounts", headers="name", categories="code")
    book, first = _workbook(rows)
    ws = book.active
    revenue_col = rows[0].index("revenue") + 1
    ws.cell(row=first + 3, column=revenue_col, value="#DIV/0!").data_type = "e"
    ws.cell(row=first + 6, column=2, value="#N/A").data_type = "e"
    bad("broken_error_cells.xlsx", xlsx_bytes(book),
        [("revenue", first + 3, "'#DIV/0!'"), ("name_zh", first + 6, "'#N/A'")], says=["Excel"])
    # the data on the second sheet, the first one empty: the message names the sheet to load
    book = Workbook()
    book.active.title = "封面"
    book, _ = _workbook(rows, sheet="客户数据", book=book)
    bad("broken_data_on_other_sheet.xlsx", xlsx_bytes(book), [], says=["sheet='客户数据'"])


#: One cell per kind of spreadsheet error value: (row, column, text). Excel, Chinese Excel and
#: WPS show the same English codes; LibreOffice also writes Err:502 and the like.
ERROR_CELLS = [
    (0, "revenue", "#DIV/0!"),
    (1, "name_zh", "#N/A"),
    (2, "gross_margin", "#VALUE!"),
    (3, "industry", "#REF!"),
    (4, "orders_per_year", "#NAME?"),
    (5, "sales_hours", "#NUM!"),
    (6, "sales_rep", "#NULL!"),
    (7, "revenue_1y_ago", "Err:502"),
]


def ods_bytes(rows, errors=None) -> bytes:
    """An OpenDocument spreadsheet (.ods) of ``rows`` (header first) as LibreOffice writes one.

    ``errors``: {(row, column index): (text, type)} for formula cells whose result is an error,
    written as LibreOffice does (``calcext:value-type="error"``, the text in ``text:p``), with
    ``office:value-type`` ``"string"`` or ``"float"`` (then ``office:value="0"``: calamine reads 0).
    The zip's dates are fixed, so the bytes are the same on every run.
    """
    import datetime
    import io
    import zipfile
    from xml.sax.saxutils import escape

    errors = errors or {}
    out = []
    for i, row in enumerate(rows):
        cells = []
        for j, v in enumerate(row):
            if (i, j) in errors:
                text, kind = errors[(i, j)]
                value = (
                    'office:value-type="float" office:value="0"'
                    if kind == "float"
                    else ('office:value-type="string" office:string-value=""')
                )
                cells.append(
                    f'<table:table-cell table:formula="of:=1/0" {value} calcext:value-type="error">'
                    f"<text:p>{escape(text)}</text:p></table:table-cell>"
                )
            elif v is None or v == "":
                cells.append("<table:table-cell/>")
            elif isinstance(v, bool):
                cells.append(
                    f'<table:table-cell office:value-type="boolean" office:boolean-value="{str(v).lower()}">'
                    f"<text:p>{str(v).upper()}</text:p></table:table-cell>"
                )
            elif isinstance(v, (int, float)):
                cells.append(
                    f'<table:table-cell office:value-type="float" office:value="{v!r}">'
                    f"<text:p>{v!r}</text:p></table:table-cell>"
                )
            elif isinstance(v, datetime.datetime):
                cells.append(
                    f'<table:table-cell office:value-type="date" office:date-value="{v.isoformat()}">'
                    f"<text:p>{v.date().isoformat()}</text:p></table:table-cell>"
                )
            else:
                cells.append(
                    f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'
                )
        out.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
        'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns} office:version="1.3">'
        '<office:body><office:spreadsheet><table:table table:name="Sheet1">'
        + "".join(out)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, method in (
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
            ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED),
            ("content.xml", content, zipfile.ZIP_DEFLATED),
        ):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, data.encode("utf-8"))
    return buf.getvalue()


def xls_bytes(rows, errors=None, sheet="Sheet1") -> bytes:
    """A BIFF8 workbook (.xls; WPS's .et is the same format) of ``rows`` (header first) in an OLE2
    compound file, written record by record: numbers as ``Number``, text as ``Label``, and
    ``errors`` {(row, column index): code} as ``BoolErr`` error cells (0x07 #DIV/0!, 0x2A #N/A ...).
    Only what a reader needs; the bytes are the same on every run."""
    import struct

    errors = errors or {}

    def record(kind, data=b""):
        return struct.pack("<HH", kind, len(data)) + data

    def bof(dt):
        return record(0x0809, struct.pack("<HHHHII", 0x0600, dt, 0x0DBB, 0x07CC, 0, 0x0006))

    name = sheet.encode("utf-16-le")
    globals_ = bof(0x0005) + record(0x0042, struct.pack("<H", 1200))
    boundsheet_at = len(globals_)
    globals_ += record(0x0085, struct.pack("<IBBBB", 0, 0, 0, len(sheet), 1) + name) + record(0x000A)
    cells = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if (r, c) in errors:
                cells.append(record(0x0205, struct.pack("<HHHBB", r, c, 0, errors[(r, c)], 1)))
            elif isinstance(v, bool):
                cells.append(record(0x0205, struct.pack("<HHHBB", r, c, 0, int(v), 0)))
            elif isinstance(v, (int, float)):
                cells.append(record(0x0203, struct.pack("<HHHd", r, c, 0, float(v))))
            elif v is not None and v != "":
                text = str(v)
                cells.append(record(0x0204, struct.pack("<HHHHB", r, c, 0, len(text), 1) + text.encode("utf-16-le")))
    width = max((len(r) for r in rows), default=0)
    sheet_ = bof(0x0010) + record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0)) + b"".join(cells) + record(0x000A)
    stream = bytearray(globals_ + sheet_)
    struct.pack_into("<I", stream, boundsheet_at + 4, len(globals_))  # where the sheet's BOF is
    stream = bytes(stream)
    if len(stream) < 4096:  # a smaller stream would go to the mini stream: pad the sheet's tail
        stream += b"\0" * (4096 - len(stream))
    n = -(-len(stream) // 512)
    if n + 2 > 128:
        raise ValueError("xls_bytes: the workbook is too large for one FAT sector")
    fat = [0xFFFFFFFD] + [i + 1 for i in range(1, n)] + [0xFFFFFFFE, 0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))
    directory_at = n + 1
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x003E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, directory_at, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
              + struct.pack("<109I", 0, *([0xFFFFFFFF] * 108)))

    def entry(entry_name, kind, start, size, child=0xFFFFFFFF):
        raw = entry_name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw) if entry_name else 0, kind, 1)
                + struct.pack("<III", 0xFFFFFFFF, 0xFFFFFFFF, child) + b"\0" * 36
                + struct.pack("<IQ", start, size))

    directory = (entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1) + entry("Workbook", 2, 1, len(stream))
                 + entry("", 0, 0, 0) + entry("", 0, 0, 0))
    return header + struct.pack("<128I", *fat) + stream.ljust(n * 512, b"\0") + directory


def _error_cells(acc, bad) -> None:
    """Spreadsheet error values beyond .xlsx (issue 27): one of each kind in a CSV export, in an
    .ods workbook (half of them typed as numbers, which calamine reads as 0) and in .xls/.et."""
    from kamlab.schema import TABLES

    cells = _formatted(acc, "accounts")
    for row, column, text in ERROR_CELLS:
        cells.loc[row, column] = text
    doc = Text()
    lines = doc.table(cells)
    bad(
        "broken_error_cells_kinds.csv",
        doc.text().encode("utf-8"),
        [(c, lines[r], repr(v)) for r, c, v in ERROR_CELLS],
        says=["Excel"],
    )

    rows = _excel_rows(acc, "accounts", headers="name", categories="code")
    names = [c.name for c in TABLES["accounts"]]
    errors = {
        (r + 1, names.index(c)): (v, "float" if k % 2 == 0 else "string") for k, (r, c, v) in enumerate(ERROR_CELLS)
    }
    bad(
        "broken_error_cells.ods",
        ods_bytes(rows, errors),
        [(c, r + 2, repr(v)) for r, c, v in ERROR_CELLS],
        says=["Excel"],
    )

    # the same in BIFF8 (.xls, and WPS's .et, the same format), as error cells (calamine: empty)
    codes = {"#NULL!": 0x00, "#DIV/0!": 0x07, "#VALUE!": 0x0F, "#REF!": 0x17, "#NAME?": 0x1D, "#NUM!": 0x24, "#N/A": 0x2A}
    biff = [(r, c, v) for r, c, v in ERROR_CELLS if v in codes]
    raw = xls_bytes(rows, {(r + 1, names.index(c)): codes[v] for r, c, v in biff})
    for name in ("broken_error_cells.xls", "broken_error_cells.et"):
        bad(name, raw, [(c, r + 2, repr(v)) for r, c, v in biff], says=["Excel"])


def _encodes(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    for path in build(target):
        print(path)
