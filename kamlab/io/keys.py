"""Related tables: a company's five tables loaded together, every key checked against its table."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from ..datasets import Company, make_k1_case
from ..errors import DataFileError, KamlabTypeError
from ..i18n import resolve_lang, t
from ..schema import TABLES
from .base import SHIPPED_FILES, _problem_frame, _shipped_path
from .load import _load, load_table

__all__ = ["load_company", "load_k1_case"]


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
    KamlabTypeError
        If ``folder`` is not a path or ``prefix`` not a str.

    >>> company = load_company()
    >>> company.year, len(company.accounts), len(company.staff)
    (2026, 2000, 29)
    """
    func = "load_company"
    if folder is not None and (isinstance(folder, bytes) or not isinstance(folder, (str, os.PathLike))):
        raise KamlabTypeError(
            f"{func}: parameter 'folder' is a {type(folder).__name__}; expected a folder path (str or pathlib.Path)."
        )
    if not isinstance(prefix, str):
        raise KamlabTypeError(f"{func}: parameter 'prefix' is a {type(prefix).__name__}; expected a str.")
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
