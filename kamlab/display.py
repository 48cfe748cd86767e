"""Show a lesson's results as labelled tables in the lesson's language: :func:`show`.

A lesson cell ends with ``kamlab.show(...)`` instead of a bare tuple, array or frame
with code-style headers. The same code cell gives a Chinese table in the zh notebook
and an English one in the en notebook: headers, row names and word-valued cells are
looked up in the label catalog (:mod:`kamlab.labels.display`), numbers are formatted
for reading, and ``True``/``False`` become 是/否 or yes/no.

Lookup of a word ``w`` (a column, an index entry or a string cell): with
``context="p"`` (or a tuple of prefixes) first the label ``p.w`` (e.g.
``context="gome_gree.action"`` finds ``gome_gree.action.cut``), then ``show.w``, then the
data dictionary's column label ``col.w``; a word with no label stays as it is (account
ids such as ``A0561`` need none). Nothing here imports matplotlib or
ipywidgets.

Examples
--------
>>> r = show({"revenue": 3_000_000.0, "share": 0.13, "major_dependence": False}, lang="en")
>>> print(r)
                                     Value
Revenue (current year)           3,000,000
B's share                             0.13
Above the 50% line (CSRC 5-17)?         no
>>> show({"share": 0.13}, lang="zh").frame.columns.tolist()
['数值']
"""

from __future__ import annotations

import hashlib
import html
import numbers
import re

import numpy as np
import pandas as pd

from .errors import KamlabTypeError
from .i18n import catalog, resolve_lang

__all__ = ["Shown", "show", "label", "format_value"]


def _prefixes(context) -> tuple:
    if context is None:
        return ()
    return (context,) if isinstance(context, str) else tuple(context)


def label(word: object, *, context=None, lang: str | None = None) -> object:
    """The label of ``word`` in ``lang``: ``<context>.<word>``, else ``show.<word>``, else
    ``col.<word>``, else the label ``word`` when ``word`` is itself a label key (the codes that
    models return, e.g. ``"gome_gree.event.cut"``), else ``word`` itself; booleans become yes/no.

    Parameters
    ----------
    word : object
        A word to label (a column, an index entry, a cell). A bool (numpy's too) is labelled
        as ``"yes"``/``"no"``; any other non-string is returned unchanged.
    context : str or tuple of str, optional
        Label-key prefixes tried first, in order (e.g. ``"gome_gree.action"``).
    lang : {"zh", "en"}, optional
        Language of the label; default: kamlab's current language.

    Returns
    -------
    object
        The label text in ``lang``, or ``word`` itself when no label exists.

    Raises
    ------
    KamlabValueError
        If ``lang`` is not ``"zh"``, ``"en"`` or ``None``.

    Examples
    --------
    >>> label("keep", context="gome_gree.action", lang="en"), label("A0561", lang="zh"), label(True, lang="zh")
    ('Keep price', 'A0561', '是')
    >>> label("kam_in_practice.maturity.rule.R3", lang="en")[:30]
    'R3: foundation first. When str'
    """
    lang = resolve_lang(lang, "label")
    if isinstance(word, (bool, np.bool_)):
        return label("yes" if word else "no", lang=lang)
    if not isinstance(word, str):
        return word
    texts = catalog()
    for key in tuple(f"{p}.{word}" for p in _prefixes(context)) + (f"show.{word}", f"col.{word}", word):
        if key in texts:  # last: a word that is itself a label key (a model's language-neutral code)
            return texts[key][lang]
    return word


#: A machine-written number kept as text (5+ integer digits, no separators, or 5+ decimals), e.g. in a
#: CSV-ready table; numbers a lesson formatted itself ("20.0", "2.50", "1,022") are left as they are.
_NUMERIC = re.compile(r"-?(\d{5,}(\.\d+)?|\d+\.\d{5,})")


def _number(x: float) -> str:
    if not np.isfinite(x):
        return "—"
    if float(x).is_integer() and abs(x) >= 1:
        return f"{x:,.0f}"
    if abs(x) >= 1000:
        return f"{x:,.2f}"
    text = f"{x:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_value(value: object, *, context=None, lang: str | None = None) -> str:
    """One value as text for reading: numbers with thousands separators and at most 4 decimals,
    booleans as yes/no, words through :func:`label`, tuples as ``(a, b)``, lists joined by ``;``.

    Parameters
    ----------
    value : object
        A bool, number, string, tuple, list or numpy array (shown as a tuple); tuples and
        lists are formatted element by element. Anything else is shown with ``str``.
    context : str or tuple of str, optional
        Label-key prefixes for words (see :func:`label`).
    lang : {"zh", "en"}, optional
        Language; default: kamlab's current language. In Chinese, lists are joined by
        ``；`` and tuples that contain words use full-width brackets and commas.

    Returns
    -------
    str
        The text. Integers, and other numbers that are whole and at least 1 in size, get
        thousands separators and no decimals; other numbers from 1000 up get separators and
        two decimals, smaller ones at most four decimals (trailing zeros dropped); NaN and
        infinities show as ``—``; an empty list as the label ``none`` (无 / none).

    Raises
    ------
    KamlabValueError
        For a ``lang`` other than ``"zh"``, ``"en"`` or ``None``.

    Examples
    --------
    >>> format_value((1.0, -0.5), lang="en"), format_value([], lang="zh"), format_value(True, lang="zh")
    ('(1, -0.5)', '无', '是')
    """
    lang = resolve_lang(lang, "format_value")
    if isinstance(value, (bool, np.bool_)):
        return label("yes" if value else "no", lang=lang)
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}"
    if isinstance(value, numbers.Real):
        return _number(float(value))
    if isinstance(value, str):
        return str(label(value, context=context, lang=lang))
    if isinstance(value, np.ndarray):
        value = tuple(value.tolist())
    if isinstance(value, tuple):
        sep = "，" if lang == "zh" and any(isinstance(v, str) for v in value) else ", "
        inner = sep.join(format_value(v, context=context, lang=lang) for v in value)
        return f"（{inner}）" if sep == "，" else f"({inner})"
    if isinstance(value, list):
        if not value:
            return str(label("none", lang=lang))
        return (
            "；".join(format_value(v, context=context, lang=lang) for v in value)
            if lang == "zh"
            else "; ".join(format_value(v, context=context, lang=lang) for v in value)
        )
    return str(value)


class Shown:
    """A result ready to display: a labelled table (``frame``) and an optional title.

    Notebooks show it through ``_repr_html_``; ``repr`` gives the same table as text.
    """

    def __init__(self, frame: pd.DataFrame, title: str | None = None):
        self.frame = frame
        self.title = title

    def _repr_html_(self) -> str:
        """The table: text columns left-aligned, number columns right-aligned (floats as
        :func:`format_value` writes them), a meaningless 0..n-1 index left out."""
        frame = self.frame
        head = f"<p><b>{html.escape(self.title)}</b></p>" if self.title else ""
        if not (frame.index.is_unique and frame.columns.is_unique):  # pandas' Styler needs unique labels
            index = not _meaningless_index(frame.index)
            return head + frame.to_html(escape=True, float_format=_number, na_rep="—", index=index)
        numbers_at = [_is_number_column(frame.iloc[:, j]) for j in range(frame.shape[1])]
        # an id from the table's content: the same table gives the same HTML, two tables never share styles
        uid = "kamlab_" + hashlib.sha1(frame.to_csv().encode()).hexdigest()[:10]
        styles = [{"selector": "th", "props": "text-align: left; vertical-align: top;"}]
        for j, is_number in enumerate(numbers_at):
            align = "right" if is_number else "left"
            styles.append({"selector": f"td.col{j}, th.col_heading.col{j}", "props": f"text-align: {align};"})
        floats = [c for c in frame.columns if pd.api.types.is_float_dtype(frame[c].dtype)]
        styler = (
            frame.style.set_uuid(uid)
            .set_table_styles(styles)
            .format(escape="html", na_rep="—")
            .format(_number, subset=floats, na_rep="—")
            .format_index(escape="html", axis=0)
            .format_index(escape="html", axis=1)
        )
        styler.cell_ids = False
        if _meaningless_index(frame.index):
            styler = styler.hide(axis="index")
        return head + styler.to_html()

    def __repr__(self) -> str:
        head = f"{self.title}\n" if self.title else ""
        index = not _meaningless_index(self.frame.index)
        return head + self.frame.to_string(float_format=_number, na_rep="—", index=index)


#: A number as :func:`format_value` and lessons write it: "3,000,000", "-0.25", "13%", "(…)" not.
_FORMATTED_NUMBER = re.compile(r"[-+−]?[\d,]*\.?\d+\s?%?|—")


def _is_number_column(column: pd.Series) -> bool:
    """True for numbers, or text that is all formatted numbers (right-aligned, like numbers)."""
    if pd.api.types.is_bool_dtype(column.dtype):
        return False
    if pd.api.types.is_numeric_dtype(column.dtype):
        return True
    values = [v for v in column if not (isinstance(v, float) and np.isnan(v))]
    return bool(values) and all(
        isinstance(v, numbers.Real)
        and not isinstance(v, (bool, np.bool_))
        or isinstance(v, str)
        and _FORMATTED_NUMBER.fullmatch(v.strip()) is not None
        for v in values
    )


def _meaningless_index(index: pd.Index) -> bool:
    """An unnamed 0, 1, ..., n-1 index (pandas' default), which says nothing to a reader."""
    return (
        not isinstance(index, pd.MultiIndex)
        and index.name is None
        and pd.api.types.is_integer_dtype(index.dtype)
        and index.tolist() == list(range(len(index)))
    )


def _relabel_frame(frame: pd.DataFrame, context, lang: str) -> pd.DataFrame:
    out = frame.copy()
    for col in out.columns:
        s = out[col]
        if s.dtype == bool:
            out[col] = [format_value(bool(v), lang=lang) for v in s]
        elif not pd.api.types.is_numeric_dtype(s.dtype):
            out[col] = [
                _number(float(v))
                if isinstance(v, str) and _NUMERIC.fullmatch(v)  # numbers kept as text
                else format_value(v, context=context, lang=lang)
                if isinstance(v, (str, bool, np.bool_, tuple, list, numbers.Real))
                else v
                for v in s
            ]
    out.index = _relabel_index(out.index, context, lang)
    out.columns = _relabel_index(out.columns, context, lang)
    return out


def _relabel_index(index: pd.Index, context, lang: str) -> pd.Index:
    relabel = lambda w: label(w, context=context, lang=lang)  # noqa: E731
    names = [relabel(n) if n is not None else None for n in index.names]
    if isinstance(index, pd.MultiIndex):
        return pd.MultiIndex.from_tuples([tuple(relabel(w) for w in t) for t in index], names=names)
    return pd.Index([relabel(w) for w in index], name=names[0])


def show(result, *, context=None, title: str | None = None, lang: str | None = None) -> Shown:
    """A lesson's result as a labelled table in ``lang`` (default: the current language).

    Parameters
    ----------
    result : dict, pandas.Series or pandas.DataFrame
        A dict of named values (one row each; a dict of dicts becomes a table with one
        column per outer key), a Series, or a DataFrame.
    context : str or tuple of str, optional
        Label-key prefixes tried first for every word (e.g. ``"gome_gree.action"``).
    title : str, optional
        A label key or text shown above the table.
    lang : {"zh", "en"}, optional

    Returns
    -------
    Shown

    Raises
    ------
    TypeError
        If ``result`` is not a dict, Series or DataFrame (a bare tuple or array has no
        names to show).

    References
    ----------
    The house style (every result a labelled table or sentence in the lesson's language).

    Examples
    --------
    >>> print(show(pd.DataFrame({"keep": [0.25]}, index=["late_share"]), context="misconceptions.strategy", lang="en"))
                         Keep the SMEs
    Share of late orders          0.25
    """
    lang = resolve_lang(lang, "show")
    if isinstance(result, dict):
        if result and all(isinstance(v, dict) for v in result.values()):
            frame = pd.DataFrame(result)
        else:
            frame = pd.DataFrame(
                {label("value", lang=lang): [format_value(v, context=context, lang=lang) for v in result.values()]},
                index=list(result.keys()),
            )
    elif isinstance(result, pd.Series):
        frame = result.to_frame(result.name if result.name is not None else "value")
    elif isinstance(result, pd.DataFrame):
        frame = result
    else:
        raise KamlabTypeError(
            f"show: parameter 'result' must be a dict, pandas Series or DataFrame, got {type(result).__name__}; "
            "name each value, e.g. kamlab.show({'share': 0.13})."
        )
    text = label(title, lang=lang) if isinstance(title, str) else None
    if isinstance(title, str) and text == title and title in catalog():
        text = catalog()[title][lang]
    return Shown(_relabel_frame(frame, context, lang), text)
