"""Values: each column's cells checked against its kind (numbers, dates, codes, ids), problems collected."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..datasets import _category  # the same categorical dtypes as generated data
from ..errors import DataFileError
from ..i18n import LANGUAGES, catalog, t
from .base import _NUMERIC_KINDS, HIDDEN, _Ctx, _problem_frame
from .headers import _norm
from .number_text import _ambiguous, _european, _parse_numbers

_COUNT_MAX = 2.0**53  # beyond this a float no longer holds every whole number
_YEARS = (1900, 2100)
_TOTALS = re.compile(r"^\s*(合计|总计|小计|总和|total|totals|grand\s*total|sum)\s*[:：]?\s*$", re.IGNORECASE)


def _as_text(s: pd.Series) -> pd.Series:
    """A column as stripped text, '' where empty; whole floats written without '.0'."""
    if isinstance(s.dtype, pd.CategoricalDtype):  # work on the distinct values, then take
        cats = _as_text(pd.Series(np.asarray(s.cat.categories, dtype=object), dtype=object))
        values = np.append(cats.to_numpy(dtype=object), "")  # code -1 (empty) takes the last
        return pd.Series(values[s.cat.codes.to_numpy()], index=s.index, dtype=object)
    if pd.api.types.is_bool_dtype(s):
        return s.map({True: "TRUE", False: "FALSE"}).astype(object)
    if pd.api.types.is_float_dtype(s):
        v = s.to_numpy(dtype=float)
        whole = np.isfinite(v) & (v == np.round(v)) & (np.abs(v) < 1e16)
        out = s.astype(str).astype(object)
        out[whole] = pd.Series(v[whole].astype(np.int64)).astype(str).to_numpy(dtype=object)
        out[np.isnan(v)] = ""
        return out
    if pd.api.types.is_numeric_dtype(s) or pd.api.types.is_datetime64_any_dtype(s):
        out = s.astype(str).astype(object)
        out[s.isna().to_numpy()] = ""
        return out
    out = s.astype(object)
    na = out.isna().to_numpy()
    if na.any():
        out = out.where(~na, "")
    if pd.api.types.infer_dtype(out, skipna=False) != "string":
        out = out.map(str)
    return out.str.strip()


def _shown(value) -> str:
    if isinstance(value, float):
        if np.isfinite(value) and value == round(value) and abs(value) < 1e16:
            return repr(str(int(value)))
        return repr(str(value))
    return repr(str(value))


def _category_lookup(column) -> dict[str, str]:
    prefix = "stage" if column.ref == "relationship_stage" else column.ref
    lookup = {}
    for code in column.categories:
        lookup[_norm(code)] = code
        key = f"{prefix}.{code}"
        if key in catalog():
            for lang in LANGUAGES:
                lookup.setdefault(_norm(t(key, lang)), code)
    return lookup


def _category_codes(column, text: pd.Series) -> np.ndarray:
    """Position of each value among the column's codes, accepting labels; -1 if unknown."""
    index = pd.Index(column.categories)
    codes = index.get_indexer(text)
    unknown = codes < 0
    if unknown.any():  # labels (包装机械, Packaging machinery) or other spellings of a code
        normed = text[unknown].str.normalize("NFKC").str.replace(r"\s+", "", regex=True).str.casefold()
        codes = codes.copy()
        codes[unknown] = index.get_indexer(normed.map(_category_lookup(column)))
    return codes


_BOOLS = {
    "true": True,
    "false": False,
    "1": True,
    "0": False,
    "yes": True,
    "no": False,
    "y": True,
    "n": False,
    "t": True,
    "f": False,
    "是": True,
    "否": False,
}


def _out_of_range(values: np.ndarray, kind: str, col) -> np.ndarray:
    """Rows a range check of ``kind`` will flag (NaN never counts here)."""
    with np.errstate(invalid="ignore"):
        bad = np.zeros(values.shape, dtype=bool)
        if kind in ("money", "hours", "count") or col.minimum == 0:
            bad |= values < 0
        if kind == "share":
            bad |= (values < 0) | (values > 1)
        if kind in ("count", "year", "rating"):
            bad |= values != np.round(values)
        if kind == "count":
            bad |= values > _COUNT_MAX
        if kind == "year":
            bad |= (values < _YEARS[0]) | (values > _YEARS[1])
        if kind == "rating":
            bad |= (values < 1) | (values > 5)
    return bad


class _Problems:
    """All problems of one file: per column, a mask over the rows and what was expected."""

    def __init__(self, ctx: _Ctx, lines):
        self.ctx, self._lines, self._line_cache = ctx, lines, None
        self.items: list[pd.DataFrame] = []
        self.general: list[tuple[str, pd.DataFrame]] = []  # (message, rows) not tied to one value
        self.skip: dict[str, np.ndarray] = {}  # column -> rows already reported (Excel error cells)

    def lines(self) -> np.ndarray:
        if self._line_cache is None:
            self._line_cache = self._lines()
        return self._line_cache

    def add(self, column: str, header: str, mask, values, what: str, expected) -> None:
        """Record the rows of ``mask``; ``expected`` is one text, or one per row of the column."""
        mask = np.asarray(mask)
        if column in self.skip:
            mask = mask & ~self.skip[column]
        idx = np.flatnonzero(mask)
        if idx.size == 0:
            return
        empty = t("io.empty_value", self.ctx.lang)
        shown = [
            empty
            if v is None or (isinstance(v, str) and v == "") or (isinstance(v, float) and np.isnan(v))
            else _shown(v)
            for v in np.asarray(values, dtype=object)[idx]
        ]
        lang = self.ctx.lang
        self.items.append(
            pd.DataFrame(
                {
                    "file": self.ctx.file,
                    "column": column,
                    "header": header,
                    "line": self.lines()[idx],
                    "value": shown,
                    "problem": t(f"io.what.{what}", lang),
                    "expected": expected if isinstance(expected, str) else np.asarray(expected, dtype=object)[idx],
                }
            )
        )

    def add_general(self, message: str, rows: pd.DataFrame) -> None:
        self.general.append((message, rows))

    def raise_if_any(self) -> None:
        if not self.items and not self.general:
            return
        lang, ctx = self.ctx.lang, self.ctx
        frames = [rows for _, rows in self.general] + self.items
        table = pd.concat([f for f in frames if len(f)], ignore_index=True) if frames else _problem_frame()
        table = table.reindex(columns=_problem_frame().columns)
        lines_out = [message for message, _ in self.general]
        for item in self.items:
            col = item["header"].iloc[0]
            name = item["column"].iloc[0]
            label = repr(col) if col == name else f"{col!r} ({name})"
            for _, r in item.head(3).iterrows():
                lines_out.append(
                    t(
                        "io.item",
                        lang,
                        column=label,
                        line=int(r["line"]),
                        what=r["problem"],
                        value=r["value"],
                        expected=r["expected"],
                    )
                )
            if len(item) > 3:
                lines_out.append(t("io.more", lang, column=label, n=len(item) - 3))
        n = len(table) if len(table) else len(lines_out)
        message = (
            t("io.where", lang, func=ctx.func, file=ctx.file)
            + t("io.problems", lang, n=n)
            + "\n"
            + "\n".join(f"- {line}" for line in lines_out)
        )
        err = DataFileError(message)
        err.problems = table.reset_index(drop=True)
        raise err


def _check_column(col, s: pd.Series, header: str, probs: _Problems, table: str):
    """The column converted to its kamlab dtype, problems recorded in ``probs`` (None if any)."""
    errors = _error_cells(s)
    if errors is not None:  # reported once, as what they are, not again as missing or not a number
        probs.add(col.name, header, errors, _as_text(s), "error_cell", t("io.expect.no_error_cell", probs.ctx.lang))
        probs.skip[col.name] = errors
        _convert_column(col, s, header, probs)
        return None
    return _convert_column(col, s, header, probs)


#: What Excel shows in a cell whose formula failed (calamine reads them as empty; see read.py).
#: Chinese Excel and WPS show these same English codes; LibreOffice also writes ``Err:502``
#: and the like (:data:`_LIBREOFFICE_ERROR`), and Google Sheets ``#ERROR!``.
EXCEL_ERRORS = frozenset(
    ["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"]
    + ["#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!", "#TIMEOUT!"]
    + ["#ERROR!"]
)
_LIBREOFFICE_ERROR = r"Err:\d{3}"


def _is_error_text(text: pd.Series) -> np.ndarray:
    """Whether each text (already stripped) is a spreadsheet's error value."""
    return (text.isin(EXCEL_ERRORS) | text.str.fullmatch(_LIBREOFFICE_ERROR).fillna(False)).to_numpy(dtype=bool)


def _error_cells(s: pd.Series) -> np.ndarray | None:
    """Rows holding a spreadsheet's error value such as ``#DIV/0!`` or ``#N/A`` (spaces around
    it allowed); None if there are none."""
    if pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s) or pd.api.types.is_datetime64_any_dtype(s):
        return None
    if isinstance(s.dtype, pd.CategoricalDtype):
        categories = pd.Series([str(c).strip() for c in s.cat.categories], dtype=object)
        hit = np.append(_is_error_text(categories), False)
        mask = hit[s.cat.codes.to_numpy()]
    else:
        values = s.to_numpy(dtype=object)
        present = values[pd.notna(values)]
        try:  # one C loop: most columns hold no "#" at all
            joined = "\0".join(present)
            if "#" not in joined and "Err:" not in joined:
                return None
        except TypeError:  # not all text: look at each value
            pass
        mask = _is_error_text(pd.Series([v.strip() if isinstance(v, str) else "" for v in values], dtype=object))
    return mask if mask.any() else None


def _convert_column(col, s: pd.Series, header: str, probs: _Problems):
    if col.kind in _NUMERIC_KINDS:
        return _check_numbers(col, s, header, probs)
    if col.kind == "date":
        return _check_dates(col, s, header, probs)
    if col.kind == "bool":
        return _check_bools(col, s, header, probs)
    if col.kind == "category":
        return _check_codes(col, s, header, probs)
    return _check_text(col, s, header, probs)


def _numbers_of(col, s: pd.Series, probs: _Problems):
    """(values as floats, missing mask, what to show in problems) of a numeric column as read."""
    if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
        values = s.to_numpy(dtype=float, na_value=np.nan)
        shown = s
        if getattr(probs.ctx, "as_written", None) is not None and (
            np.isnan(values).any() or not np.isfinite(values).all() or _out_of_range(values, col.kind, col).any()
        ):
            shown = probs.ctx.as_written(s.name).iloc[s.index.to_numpy()]
        return values, np.isnan(values), shown
    text = _as_text(s)
    missing = (text == "").to_numpy()
    style = probs.ctx.number_style
    read = _european(text) if style == "euro" else text
    values = np.array(pd.to_numeric(read, errors="coerce"), dtype=float)
    retry = np.isnan(values) & ~missing
    if retry.any():
        values[retry] = _parse_numbers(read[retry], col.kind)
    return values, missing, text


def _range_checks(col, values: np.ndarray) -> list:
    """(mask, what) for each rule a number of this column's kind must keep, in the order reported."""
    kind, checks = col.kind, []
    with np.errstate(invalid="ignore"):
        if kind in ("money", "hours", "count") or col.minimum == 0:
            checks.append((values < 0, "negative"))
        if kind == "share":
            checks.append(((values < 0) | (values > 1), "share"))
        if kind in ("count", "year", "rating"):
            checks.append((values != np.round(values), "whole"))
        if kind == "count":
            checks.append((values > _COUNT_MAX, "too_large"))
        if kind == "year":
            checks.append(((values < _YEARS[0]) | (values > _YEARS[1]), "year"))
        if kind == "rating":
            checks.append(((values < 1) | (values > 5), "rating"))
    return checks


def _check_numbers(col, s: pd.Series, header: str, probs: _Problems):
    kind = col.kind
    expect_key = "number_min0" if (kind == "number" and col.minimum == 0) else kind
    expected = t(f"io.expect.{expect_key}", probs.ctx.lang)
    values, missing, shown = _numbers_of(col, s, probs)
    probs.add(col.name, header, missing, shown, "missing", expected)
    bad = ~np.isfinite(values) & ~missing
    probs.add(col.name, header, bad, shown, "value", expected)
    flagged = missing | bad
    ambiguous, readings = _ambiguous(col, shown, values, probs.ctx)
    if ambiguous is not None:
        probs.add(col.name, header, ambiguous, shown, "ambiguous", readings)
        flagged = flagged | ambiguous
    for mask, what in _range_checks(col, values):
        mask = mask & ~flagged
        probs.add(col.name, header, mask, shown, what, expected)
        flagged = flagged | mask
    if flagged.any():
        return None
    return values.astype(np.int64) if kind in ("count", "year", "rating") else values


def _check_dates(col, s: pd.Series, header: str, probs: _Problems):
    expected = t("io.expect.date", probs.ctx.lang)
    if pd.api.types.is_datetime64_any_dtype(s):
        dates = pd.Series(s.to_numpy()).astype("datetime64[ns]")
        missing = dates.isna().to_numpy()
        probs.add(col.name, header, missing, _as_text(s), "missing", expected)
        return None if missing.any() else dates.to_numpy()
    text = _as_text(s)
    missing = (text == "").to_numpy()
    dates = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    retry = dates.isna().to_numpy() & ~missing
    if retry.any():
        alt = (
            text[retry]
            .str.normalize("NFKC")
            .str.replace(r"[/.年月]", "-", regex=True)
            .str.replace("日", "", regex=False)
            .str.replace(r"[ T]00:00(:00)?$", "", regex=True)
        )
        dates[retry] = pd.to_datetime(alt, format="%Y-%m-%d", errors="coerce")
    bad = dates.isna().to_numpy() & ~missing
    probs.add(col.name, header, missing, text, "missing", expected)
    probs.add(col.name, header, bad, text, "value", expected)
    return None if (missing | bad).any() else dates.astype("datetime64[ns]").to_numpy()


def _check_bools(col, s: pd.Series, header: str, probs: _Problems):
    expected = t("io.expect.bool", probs.ctx.lang)
    if pd.api.types.is_bool_dtype(s):
        return s.to_numpy(dtype=bool)
    text = _as_text(s)
    missing = (text == "").to_numpy()
    mapped = text.str.lower().map(_BOOLS)
    bad = mapped.isna().to_numpy() & ~missing
    probs.add(col.name, header, missing, text, "missing", expected)
    probs.add(col.name, header, bad, text, "value", expected)
    return None if (missing | bad).any() else mapped.to_numpy(dtype=bool)


def _check_codes(col, s: pd.Series, header: str, probs: _Problems):
    text = _as_text(s)
    missing = (text == "").to_numpy()
    allowed = list(col.categories)
    expected = t("io.expect.code", probs.ctx.lang, codes=", ".join(allowed))
    if isinstance(s.dtype, pd.CategoricalDtype):  # the distinct values, then take
        distinct = _category_codes(col, _as_text(pd.Series(np.asarray(s.cat.categories, dtype=object))))
        codes = np.append(distinct, -1)[s.cat.codes.to_numpy()]
    else:
        codes = _category_codes(col, text)
    unknown = codes < 0
    probs.add(col.name, header, missing, text, "missing", expected)
    probs.add(col.name, header, unknown & ~missing, text, "code", expected)
    if (missing | unknown).any():
        return None
    return _category(codes, col.ref)


def _check_text(col, s: pd.Series, header: str, probs: _Problems):
    lang = probs.ctx.lang
    text = _as_text(s)
    missing = (text == "").to_numpy()
    expected = t("io.expect.nonempty", lang)
    probs.add(col.name, header, missing, text, "missing", expected)
    hidden = _hidden_characters(text) if col.kind in ("id", "ref") else None
    if hidden is not None:  # a key must be what it looks like: "A0001" with a zero-width space is another key
        probs.add(col.name, header, hidden, text, "hidden", t("io.expect.visible", lang))
    if col.kind == "id" and _report_duplicates(col, text, missing, header, probs):
        return None
    return None if missing.any() or hidden is not None else text.astype("str").array


def _hidden_characters(text: pd.Series) -> np.ndarray | None:
    """Rows whose value holds an invisible character (zero-width space, NBSP, NUL, ...); None if none do."""
    values = text.to_numpy(dtype=object)
    if HIDDEN.search("".join(values)) is None:  # one pass over all the text, the usual answer
        return None
    return text.str.contains(HIDDEN).to_numpy(dtype=bool)


def _report_duplicates(col, text: pd.Series, missing: np.ndarray, header: str, probs: _Problems) -> bool:
    """Record the first three repeated values of an id column (and how many more); True if any."""
    lang = probs.ctx.lang
    dup = text.duplicated(keep=False).to_numpy() & ~missing
    if not dup.any():
        return False
    lines = probs.lines()
    label = repr(header) if header == col.name else f"{header!r} ({col.name})"
    groups = pd.Series(lines[dup]).groupby(text[dup].to_numpy(), sort=False)
    first_values = list(groups.groups)
    for value in first_values[:3]:
        where = groups.get_group(value).to_list()
        shown_lines = ", ".join(map(str, where[:5])) + (", ..." if len(where) > 5 else "")
        probs.add_general(
            t("io.not_unique", lang, column=label, value=repr(value), lines=shown_lines),
            _problem_frame(
                [
                    (
                        probs.ctx.file,
                        col.name,
                        header,
                        ln,
                        repr(value),
                        t("io.what.duplicate", lang),
                        t("io.expect.unique", lang),
                    )
                    for ln in where
                ]
            ),
        )
    if len(first_values) > 3:
        probs.add_general(t("io.more", lang, column=label, n=len(first_values) - 3), _problem_frame())
    return True


def _drop_leftovers(body: pd.DataFrame, probs: _Problems, ctx: _Ctx) -> pd.DataFrame:
    """Drop fully empty rows and a totals row at the bottom, with notes."""
    if body.empty:
        return body
    empty = np.ones(len(body), dtype=bool)
    for c in body.columns:  # column by column, on the rows still empty: usually one column decides
        rows = np.flatnonzero(empty)
        if rows.size == 0:
            break
        empty[rows] = body[c].iloc[rows].isna().to_numpy()
    numbers = body.select_dtypes(include="number")
    candidates = ~empty & (numbers.isna().all(axis=1).to_numpy() if len(numbers.columns) else True)
    if np.any(candidates):
        sub = body.loc[candidates]
        blank = sub.apply(lambda s: s.isna() | (s.astype(str).str.strip() == "")).all(axis=1).to_numpy()
        empty[np.flatnonzero(candidates)[blank]] = True
    keep = ~empty
    if keep.any():
        last = np.flatnonzero(keep)[-1]
        cells = [str(v) for v in body.iloc[last] if isinstance(v, str)]
        total = next((v.strip() for v in cells if _TOTALS.match(v)), None)
        if total is not None:
            ctx.note("io.note.total", line=int(probs.lines()[last]), text=repr(total))
            keep[last] = False
    if empty.any():
        where = probs.lines()[empty]
        shown = ", ".join(map(str, where[:10])) + (", ..." if where.size > 10 else "")
        ctx.note("io.note.empty_rows", n=int(empty.sum()), lines=shown)
    if keep.all():
        return body
    lines = probs.lines()[keep]
    probs._line_cache = lines
    return body.loc[keep]  # the index keeps each row's position in the file's table
