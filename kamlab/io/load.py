"""Loading one table: read, map the headers, check every column, report every problem at once."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..errors import DataFileError, KamlabValueError
from ..i18n import resolve_lang, t
from ..schema import TABLES
from .base import _NUMERIC_KINDS, HIDDEN, _Ctx, _file_error, _problem_frame, _shipped_path
from .headers import _map_header
from .number_text import number_style
from .read import _read_any
from .values import _as_text, _check_column, _drop_leftovers, _Problems

__all__ = [
    "load_table",
    "load_accounts",
    "load_staff",
    "load_orders",
    "load_contacts",
    "load_tickets",
    "check_file",
    "CheckReport",
    "problem_lines",
]


def _skip_second_header(body: pd.DataFrame, mapped: dict, table: str, probs: _Problems, ctx: _Ctx) -> pd.DataFrame:
    """Step 2: a second header line right under the first (e.g. English names under Chinese labels) is skipped."""
    known = sum(m is not None for m in mapped.values())
    if not len(body) or known < 2:
        return body
    first = body.iloc[0]
    same = sum(
        _map_header(first[c], table) == m for c, m in mapped.items() if m is not None and isinstance(first[c], str)
    )
    if same < max(2, known // 2):
        return body
    ctx.note("io.note.second_header", line=int(probs.lines()[0]))
    rest = probs.lines()[1:]
    probs._line_cache = rest
    return body.iloc[1:]


def _sort_columns(header: list, mapped: dict, body: pd.DataFrame, ctx: _Ctx) -> tuple[dict, list]:
    """Step 3: file columns by kamlab column name (duplicates kept), and the positions of extra columns.

    Columns with no header and no value are dropped (noted).
    """
    by_name: dict[str, list[int]] = {}
    extra, dropped = [], 0
    for i, h in enumerate(header):
        m = mapped.get(f"c{i}")
        if m is not None:
            by_name.setdefault(m, []).append(i)
        elif h == "" and body[f"c{i}"].isna().all():
            dropped += 1
        else:
            extra.append(i)
    if dropped:
        ctx.note("io.note.empty_columns", n=dropped)
    return by_name, extra


def _column_problems(table: str, header: list, header_line: int, by_name: dict, probs: _Problems, ctx: _Ctx) -> None:
    """Step 4: missing and duplicated columns, added to ``probs``."""
    lang = ctx.lang
    missing = [c for c in TABLES[table] if c.name not in by_name]
    if missing:
        what = t("io.column_word" if len(missing) == 1 else "io.columns_word", lang)
        present = ", ".join(h for h in header if h)
        msg = t(
            "io.missing_columns",
            lang,
            what=what,
            columns=", ".join(repr(c.name) for c in missing),
            table=table,
            present=present,
        )
        if ctx.other_sheets is not None:
            msg += ctx.other_sheets(table)
        probs.add_general(
            msg,
            _problem_frame(
                [
                    (
                        ctx.file,
                        c.name,
                        None,
                        header_line,
                        None,
                        t("io.what.missing_column", lang),
                        t("io.expect.column", lang, name=repr(c.name), label=repr(c.label_zh)),
                    )
                    for c in missing
                ]
            ),
        )
    for name, where in by_name.items():
        if len(where) > 1:
            headers = ", ".join(repr(header[i]) for i in where)
            probs.add_general(
                t("io.duplicate_column", lang, column=repr(name), headers=headers),
                _problem_frame(
                    [(ctx.file, name, header[i], header_line, None, t("io.what.duplicate", lang), None) for i in where]
                ),
            )


def _add_extras(result: pd.DataFrame, extra: list, header: list, body: pd.DataFrame, ctx: _Ctx) -> None:
    """Step 6: extra columns kept as text, under their header (or ``column_<n>``), never clashing."""
    if not extra:
        return
    names = []
    for i in extra:
        name = header[i] or f"column_{i + 1}"
        while name in result.columns:
            name += "_"
        result[name] = _as_text(body[f"c{i}"]).astype("str").array
        names.append(name)
    ctx.note("io.note.extra", columns=", ".join(map(repr, names)))


def _clean_headers(header: list, ctx: _Ctx) -> list[str]:
    """Headers without surrounding spaces, a BOM, or invisible characters (those noted, shown escaped)."""
    out, changed = [], []
    for h in header:
        base = str(h).strip().lstrip("\ufeff").strip()
        clean = HIDDEN.sub(lambda m: " " if m.group() in "\u00a0\u202f\t" else "", base).strip()
        if clean != base:
            changed.append(repr(base))
        out.append(clean)
    if changed:
        ctx.note("io.note.hidden_header", headers=", ".join(changed))
    return out


def _load(table: str, source, *, sheet=None, encoding=None, func: str = "load_table", lang=None):
    """Read, map, clean and check one table; returns (frame, ctx with notes and mapping)."""
    lang = resolve_lang(lang, func)
    if table not in TABLES:
        raise KamlabValueError(
            f"{func}: " + t("io.bad_table", lang, value=repr(table), tables=", ".join(map(repr, TABLES)))
        )
    ctx = _Ctx(func, "", lang)
    if source is None:
        source = _shipped_path(f"{table}.csv")
    body, header, header_line, lines = _read_any(source, table, sheet, encoding, ctx)
    probs = _Problems(ctx, lines)
    header = _clean_headers(header, ctx)
    mapped = {f"c{i}": _map_header(h, table) for i, h in enumerate(header)}
    body = _skip_second_header(body, mapped, table, probs, ctx)
    body = _drop_leftovers(body, probs, ctx)
    by_name, extra = _sort_columns(header, mapped, body, ctx)
    _column_problems(table, header, header_line, by_name, probs, ctx)
    if body.empty and not probs.general:
        raise _file_error(ctx, "io.no_rows")
    if ctx.number_style == "unknown":  # a ";" file: 1.234,5 or 1234.5? decided on all its numbers
        numeric = [c for c in TABLES[table] if c.kind in _NUMERIC_KINDS and c.name in by_name]
        ctx.number_style = number_style([_as_text(body[f"c{by_name[c.name][0]}"]) for c in numeric])
        if ctx.number_style == "euro":
            ctx.note("io.note.euro")
    # step 5: each column of the data dictionary, checked and converted
    out = {}
    for c in TABLES[table]:
        if c.name in by_name:
            i = by_name[c.name][0]
            ctx.mapping[header[i]] = c.name
            out[c.name] = _check_column(c, body[f"c{i}"], header[i], probs, table)
    probs.raise_if_any()
    ctx.lines = probs.lines
    result = pd.DataFrame(out, copy=False)
    _add_extras(result, extra, header, body, ctx)
    if ctx.notes:
        result.attrs["notes"] = list(ctx.notes)
    return result, ctx


def load_table(
    table: str, path=None, *, sheet=None, encoding=None, func: str = "load_table", lang: str | None = None
) -> pd.DataFrame:
    """Load one table from a file or a DataFrame, checked against the data dictionary.

    Reads CSV, tab-separated text and Excel workbooks (detected by their first bytes,
    whatever the file's name says); text in UTF-8 (with or without BOM), GB18030/GBK, Big5
    or UTF-16 (with or without BOM), lines ended by LF, CRLF or a CR alone (Excel for
    Mac). A decode into private-use or unassigned characters is refused; when GB18030 and
    Big5 both read the bytes as common Chinese, ``encoding=`` must say which. Headers may
    be the English column names or the Chinese labels of :mod:`kamlab.schema` (invisible
    characters such as zero-width spaces are removed from them, with a note; in an id or
    key they are an error). Numbers may be written as people type them: ``86,062.07``,
    ``¥16989.88``, ``16989.88元``, ``1.7万元``, full-width digits; shares as ``13%``; in
    a ``;``-separated file ``1.234,5`` when the file's numbers show that style (a number
    such as ``16.989`` that reads two ways is an error naming both readings). Excel error
    cells (``#DIV/0!``, ``#N/A``) are reported as such. Fully empty rows, a title above
    the header and a totals row (合计/总计/Total) at the bottom are skipped; what was
    skipped is listed in ``frame.attrs["notes"]``. Extra columns are kept as text.

    Parameters
    ----------
    table : str
        One of ``accounts``, ``staff``, ``orders``, ``contacts``, ``tickets``.
    path : str, path-like, open file or pandas.DataFrame, optional
        The data (``~`` is expanded). ``None`` loads the shipped file. A DataFrame is
        checked the same way; its "line" numbers are row position + 2, as if it were
        written to a file with one header line.
    sheet : str or int, optional
        The sheet of an Excel workbook (default: the first).
    encoding : str, optional
        The text's encoding, if detection should not decide.
    lang : {"zh", "en"}, optional
        Language of messages; default: the current one (:func:`kamlab.set_lang`).

    Returns
    -------
    pandas.DataFrame
        The table with the data dictionary's column names and types; skipped lines are
        listed in ``frame.attrs["notes"]``.

    Raises
    ------
    DataFileError
        Listing every problem found (file, column, line, value, what was expected); the
        error's ``problems`` attribute holds them as a DataFrame. Line numbers are the
        file's own (as a spreadsheet or an editor shows them), blank lines and
        multi-line cells included. The message names the first three problems of each
        column and counts the rest.
    KamlabTypeError
        If ``path`` is none of the accepted kinds.

    Examples
    --------
    >>> load_table("staff").shape
    (29, 5)
    """
    return _load(table, path, sheet=sheet, encoding=encoding, func=func, lang=lang)[0]


def load_accounts(path=None, *, sheet=None, encoding=None) -> pd.DataFrame:
    """The accounts table: the shipped one (2,000 accounts, seed 2026) or a user's file.

    See :func:`load_table` for the formats, encodings and number styles accepted.

    Parameters
    ----------
    path, sheet, encoding
        As :func:`load_table` (``path=None`` loads the shipped file).

    Returns
    -------
    pandas.DataFrame
        The accounts table (see :func:`load_table`).

    Raises
    ------
    DataFileError
        As :func:`load_table`.

    >>> len(load_accounts())
    2000
    """
    return load_table("accounts", path, sheet=sheet, encoding=encoding, func="load_accounts")


def load_staff(path=None, *, sheet=None, encoding=None) -> pd.DataFrame:
    """Company A's staff table (shipped or a user's file; see :func:`load_table`).

    Parameters
    ----------
    path, sheet, encoding
        As :func:`load_table` (``path=None`` loads the shipped file).

    Returns
    -------
    pandas.DataFrame
        The staff table.

    Raises
    ------
    DataFileError
        As :func:`load_table`.
    """
    return load_table("staff", path, sheet=sheet, encoding=encoding, func="load_staff")


def load_orders(path=None, *, sheet=None, encoding=None) -> pd.DataFrame:
    """The orders table (shipped or a user's file; see :func:`load_table`).

    Parameters
    ----------
    path, sheet, encoding
        As :func:`load_table` (``path=None`` loads the shipped file).

    Returns
    -------
    pandas.DataFrame
        The orders table.

    Raises
    ------
    DataFileError
        As :func:`load_table`.
    """
    return load_table("orders", path, sheet=sheet, encoding=encoding, func="load_orders")


def load_contacts(path=None, *, sheet=None, encoding=None) -> pd.DataFrame:
    """The contacts table (shipped or a user's file; see :func:`load_table`).

    Parameters
    ----------
    path, sheet, encoding
        As :func:`load_table` (``path=None`` loads the shipped file).

    Returns
    -------
    pandas.DataFrame
        The contacts table.

    Raises
    ------
    DataFileError
        As :func:`load_table`.
    """
    return load_table("contacts", path, sheet=sheet, encoding=encoding, func="load_contacts")


def load_tickets(path=None, *, sheet=None, encoding=None) -> pd.DataFrame:
    """The complaint tickets table (shipped or a user's file; see :func:`load_table`).

    Parameters
    ----------
    path, sheet, encoding
        As :func:`load_table` (``path=None`` loads the shipped file).

    Returns
    -------
    pandas.DataFrame
        The tickets table.

    Raises
    ------
    DataFileError
        As :func:`load_table`.
    """
    return load_table("tickets", path, sheet=sheet, encoding=encoding, func="load_tickets")


@dataclass(frozen=True)
class CheckReport:
    """What :func:`check_file` found in a file that loads: its rows, mapped columns and notes."""

    file: str
    table: str
    format: str
    encoding: str | None
    rows: int
    columns: dict
    notes: tuple

    def summary(self) -> dict:
        """Rows read, columns matched and the notes (one text), for :func:`kamlab.show`.

        Returns
        -------
        dict
            ``rows_read`` (int), ``columns_matched`` (int, number of mapped columns) and
            ``notes`` (str, the notes joined by spaces; ``""`` when there are none).

        Examples
        --------
        >>> check_file(_shipped_path("staff.csv"), "staff", lang="en").summary()
        {'rows_read': 29, 'columns_matched': 5, 'notes': ''}
        """
        return {"rows_read": self.rows, "columns_matched": len(self.columns), "notes": " ".join(self.notes)}

    def text(self, lang: str | None = None) -> str:
        """The report as printed by ``kamlab check``.

        Parameters
        ----------
        lang : {"zh", "en"}, optional
            Language of the report; default: the current one (:func:`kamlab.set_lang`).

        Returns
        -------
        str
            Several lines: file, format (and encoding), table, rows, each column (as
            ``source -> name`` when renamed), the notes, and a closing summary line.
        """
        lang = resolve_lang(lang, "CheckReport.text")
        enc = f" ({self.encoding})" if self.encoding else ""
        colon = t("format.colon", lang)
        out = [
            f"{t('io.check.file', lang)}{colon}{self.file}",
            f"{t('io.check.format', lang)}{colon}{self.format}{enc}",
            f"{t('io.check.table', lang)}{colon}{self.table}",
            f"{t('io.check.rows', lang)}{colon}{self.rows}",
            f"{t('io.check.columns', lang)}{colon.strip()}",
        ]
        out += [f"  {src} -> {name}" if src != name else f"  {name}" for src, name in self.columns.items()]
        out.append(f"{t('io.check.notes', lang)}{colon.strip()}")
        out += [f"  - {note}" for note in self.notes] or [f"  {t('io.check.none', lang)}"]
        out.append(t("io.check.ok", lang, rows=self.rows, n=len(self.columns)))
        return "\n".join(out)


def check_file(path, table: str = "accounts", *, sheet=None, encoding=None, lang: str | None = None) -> CheckReport:
    """Load ``path`` as ``table`` and report what was found (used by ``kamlab check``).

    Raises the same :class:`DataFileError` as the loaders, listing every problem.

    Parameters
    ----------
    path : str, path-like, open file or pandas.DataFrame
        The data file.
    table : str, default "accounts"
        Which table of the data dictionary it holds.
    sheet : str or int, optional
    encoding : str, optional
        As :func:`load_table`.
    lang : {"zh", "en"}, optional
        Language of the messages; default: the current one (:func:`kamlab.set_lang`).

    Returns
    -------
    CheckReport
        Rows read, the columns matched (file header -> column), notes on skipped lines.

    >>> report = check_file(_shipped_path("staff.csv"), "staff", lang="en")
    >>> report.rows, len(report.columns), report.notes
    (29, 5, ())
    """
    frame, ctx = _load(table, path, sheet=sheet, encoding=encoding, func="check", lang=lang)
    return CheckReport(
        file=ctx.file,
        table=table,
        format=ctx.fmt,
        encoding=ctx.encoding,
        rows=len(frame),
        columns=dict(ctx.mapping),
        notes=tuple(ctx.notes),
    )


def problem_lines(error: DataFileError, lang: str | None = None) -> list[str]:
    """Every problem of ``error`` as one line each (the message itself shows three per column).

    Parameters
    ----------
    error : DataFileError
        From a loader.
    lang : {"zh", "en"}, optional
        Language of the messages; default: the current one (:func:`kamlab.set_lang`).

    Returns
    -------
    list of str
        One line per problem: where (line, column), what, and what was expected.

    >>> import io
    >>> try:
    ...     load_table("staff", io.StringIO("staff_id,name_zh,name_en,role,department\\nS1,,,x,y\\n"), lang="en")
    ... except DataFileError as err:
    ...     print("\\n".join(problem_lines(err, lang="en")[:2]))
    line 2, column 'name_zh': missing value (empty); expected a non-empty value.
    line 2, column 'name_en': missing value (empty); expected a non-empty value.
    """
    lang = resolve_lang(lang, "problem_lines")
    out = []
    for row in getattr(error, "problems", _problem_frame()).itertuples(index=False):
        where = [
            t("io.line_word", lang, line=int(row.line)) if pd.notna(row.line) else None,
            t("io.column_item", lang, column=repr(row.column)) if isinstance(row.column, str) else None,
        ]
        text = f"{row.problem} {row.value}" if isinstance(row.value, str) else str(row.problem)
        if isinstance(row.expected, str):
            text += t("io.expected_item", lang, expected=row.expected)
        out.append(
            t("format.comma", lang).join(w for w in where if w)
            + t("format.colon", lang)
            + text
            + t("format.full_stop", lang)
        )
    return out
