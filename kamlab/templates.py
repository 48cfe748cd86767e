"""Templates and an example for a user's own data, and tables written as people write them.

- :func:`write_templates` writes one Excel template per table (``accounts_template.xlsx``
  ...): a sheet with bilingual headers (``客户编号 / account_id``) and one example row,
  and a notes sheet drawn from the data dictionary (:mod:`kamlab.schema`). The shipped
  ones are in ``data/templates/``.
- :func:`write_example` writes ``data/examples/accounts_gbk.csv``: a small accounts file
  as a Chinese Excel user exports it (GBK, Chinese headers and category labels,
  ``86,062.07``, ``35.27%``), which lesson 00 loads as it stands.
- :func:`formatted` turns a kamlab table into text cells in such styles; the example,
  the test corpus of messy files and the round-trip tests use it.

Workbooks are written with fixed timestamps, so regenerating gives identical bytes.
"""

from __future__ import annotations

import datetime
import io as _io
import re
import zipfile
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pandas as pd

from .datasets import make_accounts, make_company
from .errors import KamlabValueError
from .i18n import t
from .schema import TABLES

__all__ = [
    "shipped",
    "formatted",
    "xlsx_bytes",
    "template_workbook",
    "write_templates",
    "write_example",
    "TEMPLATE_FILES",
    "EXAMPLE_FILE",
]

#: The template files :func:`write_templates` writes: file name -> table.
TEMPLATE_FILES = {f"{table}_template.xlsx": table for table in TABLES}
#: The example file :func:`write_example` writes.
EXAMPLE_FILE = "accounts_gbk.csv"

_FIXED_TIME = (2026, 1, 1, 0, 0, 0)
_CENT = Decimal("0.01")
_FULLWIDTH = str.maketrans("0123456789.,-", "０１２３４５６７８９．，－")
_NUMERIC = ("money", "hours", "share", "rate", "number", "count", "year", "rating")
_PREFIX = {"relationship_stage": "stage"}


def _decimal(value) -> Decimal:
    """The exact decimal a float prints as (its shortest round-trip form)."""
    return Decimal(repr(float(value))) if not isinstance(value, (int, Decimal)) else Decimal(value)


def _plain(d: Decimal) -> str:
    text = format(d, "f")
    return text[:-2] if text.endswith(".0") else text


def number_text(value, style: str = "plain") -> str:
    """One number written in a style people use; parsing it back gives ``value`` exactly.

    >>> [number_text(86062.07, s) for s in ("plain", "thousands", "yuan_sign", "yuan_suffix", "wan")]
    ['86062.07', '86,062.07', '¥86062.07', '86062.07元', '8.606207万元']
    >>> number_text(11621.8, "money"), number_text(0.13, "percent"), number_text(-0.149, "percent_minus")
    ('11,621.80', '13.00%', '−14.90%')
    >>> number_text(0.123456, "percent"), number_text(1234, "fullwidth")
    ('12.3456%', '１２３４')
    """
    d = _decimal(value)
    write = _STYLES.get(style)
    if write is None:
        raise KamlabValueError(
            f"number_text: parameter 'style' = {style!r}; expected one of 'plain', 'thousands', "
            "'money', 'yuan_sign', 'yuan_fullwidth_sign', 'yuan_suffix', 'wan', 'percent', "
            "'percent_minus', 'fullwidth'."
        )
    return write(d)


def _thousands(d) -> str:
    text = format(d, ",f")
    return text[:-2] if text.endswith(".0") else text


def _percent(d) -> str:  # as Excel's 0.00% shows it, when that loses nothing
    p = d.scaleb(2)
    return format(p.quantize(_CENT) if p == p.quantize(_CENT) else p.normalize(), "f") + "%"


#: number_text's styles: each writes a Decimal.
_STYLES = {
    "plain": _plain,
    "thousands": _thousands,
    # as Excel's #,##0.00 shows it, when that loses nothing
    "money": lambda d: format(d.quantize(_CENT) if d == d.quantize(_CENT) else d, ",f"),
    "yuan_sign": lambda d: ("-" if d < 0 else "") + "¥" + _plain(abs(d)),
    "yuan_fullwidth_sign": lambda d: "￥" + format(d, ",f"),
    "yuan_suffix": lambda d: _plain(d) + "元",
    "wan": lambda d: _plain(d.scaleb(-4).normalize()) + "万元" if d != 0 else "0万元",
    "percent": _percent,
    "percent_minus": lambda d: _percent(d).replace("-", "\u2212"),
    "fullwidth": lambda d: _plain(d).translate(_FULLWIDTH),
}


def header_text(column, style: str) -> str:
    """A column's header in a style: ``name``, ``zh`` (label), ``en`` (label) or ``bilingual``."""
    return {
        "name": column.name,
        "zh": column.label_zh,
        "en": column.label_en,
        "bilingual": f"{column.label_zh} / {column.name}",
    }[style]


def formatted(
    frame: pd.DataFrame, table: str, *, headers="name", numbers=None, categories="code", dates: str = "iso"
) -> pd.DataFrame:
    """``frame`` as text cells written the way people write them, with headers renamed.

    Parameters
    ----------
    frame : pandas.DataFrame
        A kamlab table (e.g. from :func:`kamlab.make_accounts`).
    table : str
        Its table name in :mod:`kamlab.schema`.
    headers : str or dict
        ``"name"``, ``"zh"``, ``"en"`` or ``"bilingual"``, or a dict column -> style.
    numbers : dict, optional
        Column or kind (``"money"``, ``"share"``, ...) -> a style of :func:`number_text`.
    categories : str
        ``"code"``, ``"zh"`` or ``"en"``: category columns as codes or labels.
    dates : str
        ``"iso"`` (2026-01-05) or ``"slash"`` (2026/1/5, Chinese Excel's default).

    Returns
    -------
    pandas.DataFrame
        A new frame of strings (dtype ``object``, index ``0 .. n-1``): one column per column
        of ``table`` in the data dictionary's order (other columns of ``frame`` are left
        out), headed in the chosen style; booleans as ``TRUE``/``FALSE``.

    Raises
    ------
    KamlabValueError
        For an unknown number style.
    KeyError
        For an unknown table or header style, or a column of ``table`` missing from ``frame``.

    Examples
    --------
    >>> import kamlab
    >>> cells = formatted(kamlab.make_accounts(5, seed=1), "accounts", headers="zh",
    ...                   numbers={"money": "thousands", "share": "percent"}, categories="zh")
    >>> list(cells.columns[:3]), bool(cells["本年销售额"].str.contains(",").any())
    (['客户编号', '客户名称（中文）', '客户名称（英文）'], True)
    """
    numbers = numbers or {}
    out = {}
    for col in TABLES[table]:
        style = headers.get(col.name, "name") if isinstance(headers, dict) else headers
        values = frame[col.name]
        if col.kind in _NUMERIC:
            fmt = numbers.get(col.name, numbers.get(col.kind, "plain"))
            cells = [number_text(v, fmt) for v in values.tolist()]
        elif col.kind == "category" and categories != "code":
            prefix = _PREFIX.get(col.ref, col.ref)
            cells = [t(f"{prefix}.{v}", categories) for v in values.astype(str)]
        elif col.kind == "date":
            cells = [
                d.strftime("%Y-%m-%d") if dates == "iso" else f"{d.year}/{d.month}/{d.day}"
                for d in pd.to_datetime(values)
            ]
        elif col.kind == "bool":
            cells = ["TRUE" if v else "FALSE" for v in values]
        else:
            cells = values.astype(str).tolist()
        out[header_text(col, style)] = cells
    return pd.DataFrame(out, dtype=object)


def shipped(name: str) -> Path:
    """The path of a file shipped with kamlab under ``data/``, e.g. ``"templates/accounts_template.xlsx"``.

    Parameters
    ----------
    name : str
        The file's path under kamlab's ``data/`` folder, with ``/`` between parts.

    Returns
    -------
    pathlib.Path
        The installed file (inside the ``kamlab.data`` package).

    Raises
    ------
    KamlabValueError
        If no such file is shipped.

    Examples
    --------
    >>> shipped("examples/accounts_gbk.csv").name
    'accounts_gbk.csv'
    """
    path = Path(str(resources.files("kamlab.data").joinpath(*str(name).split("/"))))
    if not path.is_file():
        raise KamlabValueError(
            f"shipped: parameter 'name' = {name!r} is not a file shipped with kamlab; "
            f"expected e.g. 'templates/accounts_template.xlsx' or 'examples/{EXAMPLE_FILE}'."
        )
    return path


# ---------------------------------------------------------------- Excel, reproducibly
def xlsx_bytes(book) -> bytes:
    """An openpyxl workbook as bytes that do not depend on when it was written.

    openpyxl stamps the file's properties and every zip member with the current time;
    here the properties say 2026-01-01 and the members are re-stored with that time.

    Parameters
    ----------
    book : openpyxl.Workbook
        The workbook to save (e.g. from :func:`template_workbook`).

    Returns
    -------
    bytes
        The ``.xlsx`` file: the same members in the same order, deflated, each dated
        2026-01-01 00:00, and ``created``/``modified`` set to ``2026-01-01T00:00:00Z``.
    """
    buf = _io.BytesIO()
    book.save(buf)
    out = _io.BytesIO()
    with (
        zipfile.ZipFile(_io.BytesIO(buf.getvalue())) as src,
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2026-01-01T00:00:00Z\g<3>", data)
            member = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            dst.writestr(member, data)
    return out.getvalue()


#: Excel number formats of the example row, by column kind (dates: yyyy-mm-dd).
_NUMBER_FORMATS = {"share": "0.00%", "money": "#,##0.00"}


def _cell_value(col, value):
    """A value of the example row as openpyxl writes it: a date, a bool, a Python number or text."""
    if col.kind == "date":
        return pd.Timestamp(value).to_pydatetime().date()
    if col.kind == "bool":
        return bool(value)
    if col.kind in _NUMERIC:
        return value.item() if hasattr(value, "item") else value
    return str(value)


def template_workbook(table: str):
    """The template of ``table``: a data sheet (bilingual headers, one example row) and notes.

    Parameters
    ----------
    table : str
        A table of the data dictionary: ``"accounts"``, ``"staff"``, ``"orders"``,
        ``"contacts"`` or ``"tickets"`` (the keys of :data:`kamlab.schema.TABLES`).

    Returns
    -------
    openpyxl.Workbook
        A sheet named ``table`` (row 1 ``中文名 / column`` headers, frozen; row 2 the first
        row of ``make_company(40, seed=2026)``'s table) and a sheet ``说明 notes`` with each
        column's labels, kind, unit, meaning and allowed values, and how to load the file.

    Raises
    ------
    KamlabValueError
        For an unknown table.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    if table not in TABLES:
        raise KamlabValueError(
            f"template_workbook: parameter 'table' = {table!r}; expected one of {', '.join(map(repr, TABLES))}."
        )
    example = make_company(40, seed=2026).tables()[table].head(1)
    book = Workbook()
    sheet = book.active
    sheet.title = table
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for j, col in enumerate(TABLES[table], start=1):
        cell = sheet.cell(row=1, column=j, value=header_text(col, "bilingual"))
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        value = _cell_value(col, example[col.name].iloc[0])
        cell = sheet.cell(row=2, column=j, value=value)
        number_format = _NUMBER_FORMATS.get(col.kind, "yyyy-mm-dd" if isinstance(value, datetime.date) else None)
        if number_format is not None:
            cell.number_format = number_format
        sheet.column_dimensions[cell.column_letter].width = max(12, min(30, len(header_text(col, "bilingual")) + 4))
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("说明 notes")
    head = [
        "列 / column",
        "中文名",
        "English label",
        "类型 / kind",
        "单位 / unit",
        "含义",
        "Meaning",
        "允许的取值 / allowed values",
    ]
    notes.append(head)
    for cell in notes[1]:
        cell.font, cell.fill = bold, fill
    for col in TABLES[table]:
        unit = f"{col.unit_zh} / {col.unit_en}" if col.unit_en else ""
        if col.categories:
            prefix = _PREFIX.get(col.ref, col.ref)
            allowed = "; ".join(
                f"{c} ({t(f'{prefix}.{c}', 'zh')} / {t(f'{prefix}.{c}', 'en')})" for c in col.categories
            )
        else:
            allowed = ""
        notes.append([col.name, col.label_zh, col.label_en, col.kind, unit, col.meaning_zh, col.meaning_en, allowed])
    notes.append([])
    notes.append(
        [
            "第 2 行是示例，请替换或删除；每个客户占一行。读入：kamlab.load_table(表名, 文件) 或 "
            "kamlab check 文件 --table 表名。金额可写 1,234.50、¥1234.5 或 0.12万元，比例可写 13%。"
        ]
    )
    notes.append(
        [
            "Row 2 is an example: replace or delete it; one record per row. Load with "
            "kamlab.load_table(table, file) or check with `kamlab check FILE --table TABLE`. Money may be "
            "written 1,234.50, ¥1234.5 or 0.12万元; shares as 13%."
        ]
    )
    for letter, width in zip("ABCDEFGH", (22, 16, 22, 10, 14, 40, 48, 60)):
        notes.column_dimensions[letter].width = width
    return book


def write_templates(out_dir, *, force: bool = False) -> list[Path]:
    """Write ``{table}_template.xlsx`` for every table into ``out_dir``; return the paths.

    Existing files are not overwritten unless ``force=True``.

    Parameters
    ----------
    out_dir : str or os.PathLike
        The folder (``~`` is expanded; created if missing).
    force : bool, default False
        Overwrite existing template files.

    Returns
    -------
    list of pathlib.Path
        One path per table, in the order of :data:`TEMPLATE_FILES`.

    Raises
    ------
    KamlabValueError
        If any of the files exists and ``force`` is False (then nothing is written).
    """
    out = Path(out_dir).expanduser()
    paths = [out / name for name in TEMPLATE_FILES]
    existing = [p.name for p in paths if p.exists()]
    if existing and not force:
        raise KamlabValueError(
            f"write_templates: {len(existing)} file(s) already exist in {out}: "
            f"{', '.join(existing)}. Pass force=True to overwrite them."
        )
    out.mkdir(parents=True, exist_ok=True)
    for path, table in zip(paths, TEMPLATE_FILES.values()):
        path.write_bytes(xlsx_bytes(template_workbook(table)))
    return paths


def example_text() -> str:
    """The example accounts file's text: 100 accounts as a Chinese Excel user exports them.

    A title line, Chinese headers, industry/region/stage as Chinese labels, money with
    thousands separators, shares as percentages, dates-free; the last line a totals row.
    """
    accounts = make_accounts(100, seed=2026)
    cells = formatted(
        accounts, "accounts", headers="zh", categories="zh", numbers={"money": "money", "share": "percent"}
    )
    buf = _io.StringIO()
    width = len(cells.columns)
    buf.write("A公司客户清单（示例，模拟数据）" + "," * (width - 1) + "\r\n")
    cells.to_csv(buf, index=False, lineterminator="\r\n")
    total = number_text(float(sum(_decimal(v) for v in accounts["revenue"])), "money")
    row = ["合计"] + [""] * (width - 1)
    row[list(cells.columns).index("本年销售额")] = f'"{total}"'
    buf.write(",".join(row) + "\r\n")
    return buf.getvalue()


def write_example(out_dir, *, force: bool = False) -> Path:
    """Write :data:`EXAMPLE_FILE` (GBK-encoded, as Chinese Excel saves "CSV") into ``out_dir``.

    Parameters
    ----------
    out_dir : str or os.PathLike
        Where to write the file (``~`` is expanded; missing folders are created).
    force : bool, default False
        Overwrite an existing file.

    Returns
    -------
    pathlib.Path
        ``<out_dir>/accounts_gbk.csv``.

    Raises
    ------
    KamlabValueError
        If the file exists and ``force`` is False.
    """
    path = Path(out_dir).expanduser() / EXAMPLE_FILE
    if path.exists() and not force:
        raise KamlabValueError(f"write_example: {path} already exists. Pass force=True to overwrite it.")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(example_text().encode("gbk"))
    return path


def write_data_files(data_dir, *, force: bool = True) -> list[Path]:
    """Write the templates (``templates/``) and the example (``examples/``) under ``data_dir``.

    This is how the shipped ``data/templates`` and ``data/examples`` are made:
    ``python -m kamlab.templates data``.
    """
    base = Path(data_dir).expanduser()
    return write_templates(base / "templates", force=force) + [write_example(base / "examples", force=force)]


if __name__ == "__main__":  # pragma: no cover - exercised through write_data_files in the tests
    import sys

    for written in write_data_files(sys.argv[1] if len(sys.argv) > 1 else "data"):
        print(written)
