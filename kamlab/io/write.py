"""Writing: a table as CSV, the data dictionary, and ``generate`` (every file written atomically)."""

from __future__ import annotations

import csv
import io as _io
import numbers
import os
import secrets
from pathlib import Path

import pandas as pd

from .. import datasets
from .._validate import _fmt, check_int
from ..datasets import DEFAULT_SEED, K1_SEED, make_company, make_k1_case
from ..datasets import MAX_COMPANY_ACCOUNTS as MAX_GENERATE_ACCOUNTS
from ..errors import KamlabTypeError, KamlabValueError
from ..i18n import check_lang, t
from ..schema import TABLES
from .base import SHIPPED_FILES

#: Upper bound of ``n`` in :func:`generate` (``kamlab generate --n``) is the datasets' own
#: :data:`kamlab.datasets.MAX_COMPANY_ACCOUNTS`, imported as ``MAX_GENERATE_ACCOUNTS`` (100,000
#: accounts take about 15 s and 300 MB, half a million orders); checked before any work.

__all__ = ["write_table", "data_dictionary_csv", "data_dictionary_markdown", "generate"]


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


#: Smallest ``n`` :func:`generate` accepts (the smallest company :func:`make_company` builds).
MIN_GENERATE_ACCOUNTS = 10


def _generate_folder(out_dir, lang: str) -> Path:
    """``out_dir`` as a Path: a non-empty path that is not an existing file."""

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

    func = "generate"
    lang = "en" if lang is None else check_lang(lang, func)
    out = _generate_folder(out_dir, lang)
    n = check_int(n, "n", func)
    if not MIN_GENERATE_ACCOUNTS <= n <= MAX_GENERATE_ACCOUNTS:
        raise KamlabValueError(
            t("gen.n_range", lang, n=_fmt(n), low=MIN_GENERATE_ACCOUNTS, high=f"{MAX_GENERATE_ACCOUNTS:,}")
        )
    _check_generate_terms(n, seed, concentration, lang)
    names = list(SHIPPED_FILES) + ["data_dictionary.csv", "data_dictionary.md"]
    existing = [out / name for name in names if (out / name).exists()]
    if existing and not force:
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
