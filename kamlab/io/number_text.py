"""Numbers as people write them: signs, currency, thousands separators, 万元 and %, and the
style of a ";"-separated file (European Excel's 1.234,5), told from the file's own numbers."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..i18n import t

# A number as people type it, after NFKC (full-width digits, ￥, ％, ， become ASCII):
# sign, currency, digits with or without thousands separators, exponent, unit.
_NUMBER = re.compile(
    r"^(?P<sign>[-+]?)\s*(?P<cur>¥?)\s*(?P<sign2>[-+]?)"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)"
    r"(?P<exp>[eE][-+]?\d+)?\s*(?P<unit>万元|元|%)?$"
)
_UNITS = {"money": ("万元", "元", ""), "share": ("%", ""), "rate": ("%", "")}


def _parse_numbers(text: pd.Series, kind: str) -> np.ndarray:
    """Numbers as people type them; NaN where the text is not one (vectorised, regex per column)."""
    norm = text.str.normalize("NFKC").str.replace("\u2212", "-", regex=False).str.strip()
    parts = norm.str.extract(_NUMBER)
    ok = parts["num"].notna()
    allowed = _UNITS.get(kind, ("",))
    unit = parts["unit"].fillna("")
    ok &= unit.isin(allowed)
    ok &= (parts["cur"].fillna("") == "") | (kind == "money")
    ok &= ~((parts["sign"].fillna("") != "") & (parts["sign2"].fillna("") != ""))
    ok &= ~((parts["exp"].fillna("") != "") & (unit != ""))
    shift = np.where(unit == "%", "e-2", np.where(unit == "万元", "e4", ""))
    sign = parts["sign"].fillna("") + parts["sign2"].fillna("")
    literal = sign + parts["num"].fillna("0").str.replace(",", "", regex=False) + parts["exp"].fillna("") + shift
    values = np.full(len(text), np.nan)
    if ok.any():
        values[ok.to_numpy()] = literal[ok].to_numpy(dtype=object).astype(float)
    return values


# Numbers in a ";"-separated file (European Excel): "1.234,5" means 1234.5, but "16.989" may be
# 16.989 or 16,989 and "1,234" 1.234 or 1234. The style is taken from the numbers that tell it.
_AMBIGUOUS = re.compile(r"^\d{1,3}[.,]\d{3}$")
_EURO = re.compile(r"^(\d{1,3}(\.\d{3}){2,}(,\d*)?|\d{1,3}(\.\d{3})+,\d*|\d*,(\d{1,2}|\d{4,}))$")
_DOT = re.compile(r"^(\d{1,3}(,\d{3}){2,}(\.\d*)?|\d{1,3}(,\d{3})+\.\d*|\d*\.(\d{1,2}|\d{4,}))$")


def _digits_and_marks(text: pd.Series) -> pd.Series:
    return text.str.normalize("NFKC").str.replace(r"[^\d.,]", "", regex=True)


def number_style(columns: list) -> str:
    """``"euro"``, ``"dot"``, ``"mixed"`` or ``"unknown"``: how a ";" file's numbers (text columns) are written.

    ``"euro"`` when some number can only be read with a decimal comma (``1.234,5``,
    ``0,35``, ``1.234.567``) and none only with a decimal point; ``"dot"`` the other way
    round; ``"mixed"`` when both occur, ``"unknown"`` when neither does.
    """
    euro = dot = False
    for text in columns:
        core = _digits_and_marks(text.drop_duplicates())
        euro = euro or bool(core.str.match(_EURO).any())
        dot = dot or bool(core.str.match(_DOT).any())
    if euro and dot:
        return "mixed"
    return "euro" if euro else "dot" if dot else "unknown"


def _european(text: pd.Series) -> pd.Series:
    """``1.234,5`` as ``1234.5``: points (thousands) dropped, the decimal comma a point."""
    return text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)


def _ambiguous(col, text, values: np.ndarray, ctx):
    """(mask, expected) of ``16.989`` and ``1,234`` in a ";" file whose numbers do not tell the style."""
    if ctx.number_style not in ("unknown", "mixed") or not isinstance(text, pd.Series):
        return None, None
    ambiguous = _digits_and_marks(text).str.match(_AMBIGUOUS).to_numpy() & np.isfinite(values)
    if not ambiguous.any():
        return None, None
    rows = np.flatnonzero(ambiguous)
    other = _parse_numbers(_european(text.iloc[rows]), col.kind)
    lang = ctx.lang
    expected = np.full(len(text), "", dtype=object)
    expected[rows] = [
        t("io.expect.ambiguous", lang, point=_plain(a), comma=_plain(b))
        for a, b in zip(values[rows], other, strict=True)
    ]
    return ambiguous, expected


def _plain(x: float) -> str:
    return f"{x:,.10g}" if abs(x) < 1e15 else f"{x:g}"
