"""Headers: which column of the data dictionary a file's header names (English names or Chinese labels)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..schema import TABLES


def _norm(text) -> str:
    """A header or code as compared: NFKC (full-width to ASCII), no spaces, case-folded."""
    return _ZERO_WIDTH.sub("", re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text)))).casefold()


_ZERO_WIDTH = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")


@cache
def _header_lookup(table: str) -> dict[str, str]:
    """Every way a header may name a column of ``table``: name, labels, labels with unit or name."""
    lookup: dict[str, str] = {}
    for c in TABLES[table]:
        forms = [c.name, c.label_zh, c.label_en]
        for label in (c.label_zh, c.label_en):
            forms.append(f"{label}({c.name})")
            for unit in (c.unit_zh, c.unit_en):
                if unit:
                    forms.append(f"{label}({unit})")
        forms.append(f"{c.name}({c.label_zh})")
        for form in forms:
            lookup.setdefault(_norm(form), c.name)
    return lookup


def _map_header(text, table: str) -> str | None:
    lookup = _header_lookup(table)
    key = _norm(text)
    if key in lookup:
        return lookup[key]
    if "/" in key:  # a bilingual header such as "客户编号 / account_id"
        found = {lookup[p] for p in key.split("/") if p in lookup}
        if len(found) == 1:
            return found.pop()
    return None


def _score(row, table: str) -> int:
    return len({m for m in (_map_header(v, table) for v in row if str(v).strip()) if m})


def _find_header(rows: list[list[str]], table: str) -> int:
    """Index of the header among the first rows: the first row naming the most columns."""
    scores = [_score(r, table) for r in rows[:20]]
    if not scores or max(scores) == 0:
        return 0
    return scores.index(max(scores))
