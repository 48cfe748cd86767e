"""Reading and writing kamlab's tables: the shipped CSVs in ``data/`` and a user's own.

Loaders read what people actually have: CSV, tab-separated text or an Excel workbook
(recognised by its first bytes, whatever the file is called), in UTF-8, GB18030/GBK, Big5
or UTF-16; headers in English or as the Chinese labels of the data dictionary; numbers as
Excel shows them (``86,062.07``, ``¥16989.88``, ``1.7万元``, ``13%``). Then they check
the file against the data dictionary (:mod:`kamlab.schema`) before anything else
touches it, collect every problem (a missing column, a value of the wrong type, a
missing value, negative money, a share outside 0..1, an unknown category code, a
duplicate id, ...) and raise one :class:`kamlab.errors.DataFileError` that names the
file, and for each problem the column, the file's own line number and the value, in
the user's language (:func:`kamlab.set_lang`). The error's ``problems`` attribute holds
them as a DataFrame. Nothing here overwrites a user's file unless asked (``force=True``).

The package's modules follow the steps of a load: :mod:`~kamlab.io.decode` (the source and
its text), :mod:`~kamlab.io.headers`, :mod:`~kamlab.io.number_text` (numbers as people write them),
:mod:`~kamlab.io.read` (CSV and Excel),
:mod:`~kamlab.io.values` (each column's checks), :mod:`~kamlab.io.load` (one table),
:mod:`~kamlab.io.keys` (a company's related tables) and :mod:`~kamlab.io.write`
(``write_table``, the data dictionary, ``generate``).
"""

from .base import SHIPPED_FILES
from .keys import load_company, load_k1_case
from .load import (
    CheckReport,
    check_file,
    load_accounts,
    load_contacts,
    load_orders,
    load_staff,
    load_table,
    load_tickets,
    problem_lines,
)
from .write import (
    MAX_GENERATE_ACCOUNTS,  # noqa: F401  (bounds of generate(n=...), read by tests and the CLI)
    MIN_GENERATE_ACCOUNTS,  # noqa: F401
    data_dictionary_csv,
    data_dictionary_markdown,
    generate,
    write_table,
)

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
