"""Reading and writing kamlab's tables: the shipped CSVs in ``data/`` and a user's own.

Loaders check a file against the data dictionary (:mod:`kamlab.schema`) before
anything else touches it: a missing column, a value of the wrong type, a missing
value, negative money, a share outside 0..1, an unknown category code, a duplicate
id or an empty file raises :class:`kamlab.errors.DataFileError` naming the file, the
column, the line and the value. Nothing here overwrites a user's file unless asked
(``force=True``).
"""

from __future__ import annotations

import csv
import io as _io
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from .datasets import DEFAULT_SEED, K1_SEED, Company, make_company, make_k1_case
from .errors import DataFileError, KamlabValueError
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

_KIND_TEXT = {
    "money": "a number in yuan (>= 0)",
    "hours": "a number of hours (>= 0)",
    "share": "a fraction between 0 and 1",
    "rate": "a number (a fraction, e.g. 0.05 for 5%)",
    "number": "a number",
    "count": "a whole number (>= 0)",
    "year": "a year (whole number)",
    "rating": "a whole number from 1 to 5",
    "date": "a date written YYYY-MM-DD",
    "bool": "True or False",
}


def _shipped_path(name: str) -> Path:
    return Path(str(resources.files("kamlab.data").joinpath(name)))


def _fail(func: str, path, message: str) -> DataFileError:
    return DataFileError(f"{func}: {path}: {message}")


def _read_text_table(path, func: str) -> pd.DataFrame:
    """Read a CSV as text only, turning every reading problem into a clear error."""
    p = Path(path)
    if not p.exists():
        raise _fail(func, path, "no such file.")
    if p.is_dir():
        raise _fail(func, path, "is a folder, not a CSV file.")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise _fail(func, path, f"cannot be read ({exc.strerror}).") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _fail(func, path, f"is not UTF-8 text (bad byte at position {exc.start}); "
                                "save it as CSV UTF-8.") from None
    if not text.strip():
        raise _fail(func, path, "the file is empty; expected a header line and at least one row.")
    try:
        frame = pd.read_csv(_io.StringIO(text), dtype=str, keep_default_na=False, na_filter=False,
                            skipinitialspace=False)
    except pd.errors.ParserError as exc:
        detail = str(exc).strip().split("\n")[0]
        raise _fail(func, path, f"is not a well-formed CSV table ({detail}).") from None
    except csv.Error as exc:  # pragma: no cover - pandas usually wraps these
        raise _fail(func, path, f"is not a well-formed CSV table ({exc}).") from None
    if frame.empty:
        raise _fail(func, path, "has a header line but no rows.")
    return frame


def _line(pos: int) -> int:
    return pos + 2  # header is line 1


def _bad_values(func, path, column, mask, values, expected, what="value") -> DataFileError:
    idx = np.flatnonzero(np.asarray(mask))
    first = int(idx[0])
    more = f" ({idx.size - 1} more below)" if idx.size > 1 else ""
    shown = values.iloc[first]
    shown = "(empty)" if shown == "" else repr(shown)
    return _fail(func, path, f"column '{column}', line {_line(first)}: {what} {shown}; "
                             f"expected {expected}{more}.")


def _convert(frame: pd.DataFrame, table: str, func: str, path) -> pd.DataFrame:
    from .datasets import _category  # the same categorical dtypes as generated data

    out = {}
    for col in TABLES[table]:
        text = frame[col.name].str.strip()
        empty = text == ""
        kind = col.kind
        if kind in ("id", "ref", "text"):
            if empty.any():
                raise _bad_values(func, path, col.name, empty, text, "a non-empty value", "missing value")
            if kind == "id":
                dup = text.duplicated(keep=False)
                if dup.any():
                    rows = np.flatnonzero(dup.to_numpy())
                    first = text.iloc[rows[0]]
                    same = [_line(int(r)) for r in rows if text.iloc[r] == first]
                    raise _fail(func, path, f"column '{col.name}' must be unique, but {first!r} appears on "
                                            f"lines {', '.join(map(str, same[:5]))}.")
            out[col.name] = text.astype("str")
        elif kind == "category":
            allowed = col.categories
            bad = ~text.isin(allowed)
            if bad.any():
                raise _bad_values(func, path, col.name, bad, text, "one of " + ", ".join(allowed),
                                  "unknown code")
            codes = pd.Categorical(text, categories=list(allowed)).codes
            out[col.name] = _category(codes, col.ref)
        elif kind == "bool":
            lowered = text.str.lower()
            ok = lowered.isin(["true", "false", "1", "0"])
            if (~ok).any():
                raise _bad_values(func, path, col.name, ~ok, text, _KIND_TEXT[kind])
            out[col.name] = lowered.isin(["true", "1"]).to_numpy()
        elif kind == "date":
            dates = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
            bad = dates.isna()
            if bad.any():
                raise _bad_values(func, path, col.name, bad, text, _KIND_TEXT[kind])
            out[col.name] = dates.astype("datetime64[ns]")
        else:
            numbers = pd.to_numeric(text, errors="coerce")
            if empty.any():
                raise _bad_values(func, path, col.name, empty, text, _KIND_TEXT[kind], "missing value")
            bad = numbers.isna() | ~np.isfinite(numbers.to_numpy(dtype=float, na_value=np.nan))
            if bad.any():
                raise _bad_values(func, path, col.name, bad, text, _KIND_TEXT[kind], "value")
            values = numbers.to_numpy(dtype=float)
            checks = []
            if kind in ("money", "hours", "count"):
                checks.append((values < 0, "negative value"))
            if kind == "share":
                checks.append(((values < 0) | (values > 1), "share outside 0..1"))
            if kind in ("count", "year", "rating"):
                checks.append((values != np.round(values), "non-whole value"))
            if kind == "rating":
                checks.append(((values < 1) | (values > 5), "rating outside 1..5"))
            for mask, what in checks:
                if mask.any():
                    raise _bad_values(func, path, col.name, mask, text, _KIND_TEXT[kind], what)
            out[col.name] = values.astype(np.int64) if kind in ("count", "year", "rating") else values
    result = pd.DataFrame(out)
    extra = [c for c in frame.columns if c not in result.columns]
    for c in extra:  # a user's own extra columns are kept, as text
        result[c] = frame[c].astype("str")
    return result


def load_table(table: str, path=None, *, func: str = "load_table") -> pd.DataFrame:
    """Load one table from a CSV file, checked against the data dictionary.

    Parameters
    ----------
    table : str
        One of ``accounts``, ``staff``, ``orders``, ``contacts``, ``tickets``.
    path : str or path-like, optional
        A CSV file (UTF-8, comma-separated, header line). ``None`` loads the shipped file.

    Raises
    ------
    DataFileError
        Naming the file, column, line and value of the first problem found.

    Examples
    --------
    >>> load_table("staff").shape
    (29, 5)
    """
    if table not in TABLES:
        raise KamlabValueError(f"{func}: parameter 'table' = {table!r}; expected one of "
                               f"{', '.join(map(repr, TABLES))}.")
    if path is None:
        path = _shipped_path(f"{table}.csv")
    frame = _read_text_table(path, func)
    frame.columns = [str(c).strip() for c in frame.columns]
    missing = [c.name for c in TABLES[table] if c.name not in frame.columns]
    if missing:
        what = "column" if len(missing) == 1 else "columns"
        raise _fail(func, path, f"missing {what} {', '.join(map(repr, missing))} of the {table} table. "
                                f"Columns present: {', '.join(frame.columns)}.")
    return _convert(frame, table, func, path)


def load_accounts(path=None) -> pd.DataFrame:
    """The accounts table: the shipped one (2,000 accounts, seed 2026) or a user's CSV.

    >>> len(load_accounts())
    2000
    """
    return load_table("accounts", path, func="load_accounts")


def load_staff(path=None) -> pd.DataFrame:
    """Company A's staff table (shipped or a user's CSV)."""
    return load_table("staff", path, func="load_staff")


def load_orders(path=None) -> pd.DataFrame:
    """The orders table (shipped or a user's CSV)."""
    return load_table("orders", path, func="load_orders")


def load_contacts(path=None) -> pd.DataFrame:
    """The contacts table (shipped or a user's CSV)."""
    return load_table("contacts", path, func="load_contacts")


def load_tickets(path=None) -> pd.DataFrame:
    """The complaint tickets table (shipped or a user's CSV)."""
    return load_table("tickets", path, func="load_tickets")


def _check_keys(company: Company, func: str, where) -> Company:
    """Every reference must point at an existing key."""
    refs = [("orders", "account_id", "accounts", "account_id"),
            ("contacts", "account_id", "accounts", "account_id"),
            ("contacts", "staff_id", "staff", "staff_id"),
            ("accounts", "sales_rep", "staff", "staff_id"),
            ("tickets", "account_id", "accounts", "account_id"),
            ("tickets", "order_id", "orders", "order_id")]
    tables = company.tables()
    for table, col, target, key in refs:
        if tables[table].empty and table != "accounts":
            continue
        bad = ~tables[table][col].isin(tables[target][key])
        if bad.any():
            first = int(np.flatnonzero(bad.to_numpy())[0])
            raise _fail(func, where, f"{table} line {_line(first)}: {col} = "
                                     f"{tables[table][col].iloc[first]!r} matches no {key} in the {target} table.")
    return company


def load_company(folder=None, *, prefix: str = "") -> Company:
    """Load the five related tables from a folder (default: the shipped data), keys checked.

    Files are ``{prefix}accounts.csv`` etc. The shipped K1 case ships only accounts,
    staff and contacts; see :func:`load_k1_case`.

    >>> company = load_company()
    >>> company.year, len(company.accounts), len(company.staff)
    (2026, 2000, 29)
    """
    func = "load_company"
    base = Path(folder) if folder is not None else None

    def path(name):
        return (base / f"{prefix}{name}.csv") if base is not None else _shipped_path(f"{prefix}{name}.csv")

    tables = {name: load_table(name, path(name), func=func) for name in TABLES}
    year = int(tables["orders"]["order_date"].dt.year.max())
    company = Company(year=year, **tables)
    return _check_keys(company, func, base if base is not None else "shipped data")


def load_k1_case() -> Company:
    """The shipped K1 case base (2007): accounts, staff and contacts; no orders or tickets.

    >>> k1 = load_k1_case()
    >>> int(k1.accounts.revenue.iloc[0]), k1.accounts.name_en.iloc[0]
    (3000000, 'Company B')
    """
    func = "load_k1_case"
    tables = {name: load_table(kind, _shipped_path(name), func=func)
              for name, kind in SHIPPED_FILES.items() if name.startswith("k1_")}
    empty_orders = make_k1_case().orders.iloc[:0]
    empty_tickets = make_k1_case().tickets.iloc[:0]
    company = Company(year=2007, accounts=tables["k1_accounts.csv"], staff=tables["k1_staff.csv"],
                      orders=empty_orders, contacts=tables["k1_contacts.csv"], tickets=empty_tickets)
    return _check_keys(company, func, "shipped K1 data")


# ------------------------------------------------------------------------- writing
def write_table(frame: pd.DataFrame, path) -> None:
    """Write a table as UTF-8 CSV with ``\\n`` line ends, dates as YYYY-MM-DD.

    Floats are written in their shortest round-trip form, so reading the file back
    gives the same numbers and regenerating it gives the same bytes.
    """
    frame.to_csv(path, index=False, lineterminator="\n", date_format="%Y-%m-%d", encoding="utf-8")


def data_dictionary_csv() -> str:
    """The data dictionary as CSV text (one row per table column)."""
    rows = _io.StringIO()
    writer = csv.writer(rows, lineterminator="\n")
    writer.writerow(["table", "column", "kind", "unit_zh", "unit_en", "label_zh", "label_en",
                     "meaning_zh", "meaning_en", "allowed_values"])
    for table, cols in TABLES.items():
        for c in cols:
            allowed = " ".join(c.categories) if c.categories else ""
            writer.writerow([table, c.name, c.kind, c.unit_zh, c.unit_en, c.label_zh, c.label_en,
                             c.meaning_zh, c.meaning_en, allowed])
    return rows.getvalue()


def data_dictionary_markdown() -> str:
    """The bilingual data dictionary as Markdown (数据字典 / Data dictionary)."""
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
        "id": ("唯一编号", "unique key"), "ref": ("外键", "key of another table"), "text": ("文本", "text"),
        "category": ("类别", "category"), "money": ("金额", "money"), "share": ("比例 0-1", "share 0-1"),
        "rate": ("比率", "rate"), "count": ("整数计数", "count"), "hours": ("工时", "hours"),
        "number": ("数值", "number"), "year": ("年份", "year"), "date": ("日期", "date"),
        "bool": ("是/否", "true/false"), "rating": ("评分 1-5", "rating 1-5"),
    }
    for table, cols in TABLES.items():
        lines += ["", f"## {table}", "",
                  "| 列 / Column | 类型 / Type | 单位 / Unit | 含义 | Meaning |",
                  "|---|---|---|---|---|"]
        for c in cols:
            k_zh, k_en = kinds[c.kind]
            unit = f"{c.unit_zh} / {c.unit_en}" if c.unit_en else ""
            allowed = f" 取值 / values: {', '.join(f'`{v}`' for v in c.categories)}" if c.categories else ""
            lines.append(f"| `{c.name}` | {k_zh} / {k_en} | {unit} | {c.label_zh}：{c.meaning_zh} | "
                         f"{c.label_en}: {c.meaning_en}.{allowed} |")
    return "\n".join(lines) + "\n"


#: Upper bound of ``n`` in :func:`generate` (``kamlab generate --n``): the datasets' own
#: :data:`kamlab.datasets.MAX_ACCOUNTS` (100,000 accounts take about 15 s and 300 MB, half a
#: million orders); checked before any work.
from .datasets import MAX_ACCOUNTS as MAX_GENERATE_ACCOUNTS  # noqa: E402

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


def generate(out_dir, *, n: int = 2000, seed=DEFAULT_SEED, concentration: float = 0.80,
             force: bool = False, lang: str | None = None) -> list[Path]:
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

        raise KamlabValueError(t("gen.n_range", lang, n=_fmt(n), low=MIN_GENERATE_ACCOUNTS,
                                 high=f"{MAX_GENERATE_ACCOUNTS:,}"))
    _check_generate_terms(n, seed, concentration, lang)
    names = list(SHIPPED_FILES) + ["data_dictionary.csv", "data_dictionary.md"]
    existing = [out / name for name in names if (out / name).exists()]
    if existing and not force:
        from .i18n import t

        raise KamlabValueError(t("gen.exists", lang, count=len(existing), path=out,
                                 names=", ".join(p.name for p in existing)))
    company = make_company(n, seed=seed, concentration=concentration)
    k1 = make_k1_case()
    contents = {
        "accounts.csv": company.accounts, "staff.csv": company.staff, "orders.csv": company.orders,
        "contacts.csv": company.contacts, "tickets.csv": company.tickets,
        "k1_accounts.csv": k1.accounts, "k1_staff.csv": k1.staff, "k1_contacts.csv": k1.contacts,
        "data_dictionary.csv": data_dictionary_csv(), "data_dictionary.md": data_dictionary_markdown(),
    }
    return _write_atomically(out, contents, lang)
