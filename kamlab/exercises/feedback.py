"""What an exercise shows a student: :class:`Note` (a hint, a solution, a rubric) and :class:`Feedback`
(the verdict on an answer), as plain text and as HTML in Jupyter."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

__all__ = ["Feedback", "Note"]


def _paragraphs_html(text: str) -> str:
    out = []
    for block in text.split("\n\n"):
        if block.startswith("```"):
            code = block.strip("`").strip("\n")
            code = code[len("python") :].lstrip("\n") if code.startswith("python") else code
            out.append(f"<pre style='margin:0.3em 0'><code>{html.escape(code)}</code></pre>")
        else:
            out.append(f"<p style='margin:0.3em 0'>{html.escape(block).replace(chr(10), '<br>')}</p>")
    return "".join(out)


def _plain(text: str) -> str:
    return re.sub(r"```(?:python)?\n?", "", text).strip()


@dataclass(frozen=True)
class Note:
    """A task, hint or worked solution: a title, text and an optional table.

    Renders as HTML in Jupyter and as plain text in ``repr``/``str``. ``value`` is
    set on solutions: the expected answer in the format the check accepts.

    Examples
    --------
    >>> print(Note("Hint", "Rank the accounts by revenue."))
    Hint
    Rank the accounts by revenue.
    """

    title: str
    text: str
    table: pd.DataFrame | None = None
    value: Any = None

    def __str__(self) -> str:
        parts = [self.title, _plain(self.text)]
        if self.table is not None:
            parts.insert(2, self.table.to_string(index=False))
        return "\n".join(p for p in parts if p)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        table = "" if self.table is None else self.table.to_html(index=False, border=0)
        return (
            "<div class='kamlab-note' style='border-left:4px solid #4a78b0;padding:0.2em 0.8em'>"
            f"<b>{html.escape(self.title)}</b>{_paragraphs_html(self.text)}{table}</div>"
        )


@dataclass(frozen=True)
class Feedback:
    """Result of a self-check.

    Attributes
    ----------
    correct : bool or None
        True or False; None when no answer was given yet.
    message : str
        What is right or what is likely wrong, in the set's language.
    exercise_id : str
        The exercise checked.
    title : str
        The exercise's topic, shown after its id in the heading (``ExerciseSet.check`` fills it).

    Examples
    --------
    >>> f = Feedback(True, "Right.", "01.1")
    >>> print(f)
    ✓ 01.1: Right.
    >>> print(Feedback(False, "看看分母。", "02.1", "盈亏平衡的销量"))
    ✗ 02.1 盈亏平衡的销量：看看分母。
    >>> Feedback(None, "Write your answer first.").symbol
    '✎'
    """

    correct: bool | None
    message: str
    exercise_id: str = ""
    title: str = ""

    @property
    def symbol(self) -> str:
        """✓ for right, ✗ for wrong, ✎ for no answer yet."""
        return {True: "✓", False: "✗", None: "✎"}[self.correct]

    @property
    def heading(self) -> str:
        """The exercise and its topic, e.g. ``"01.1 Top 20% by revenue"`` (empty without an id)."""
        return " ".join(part for part in (self.exercise_id, self.title) if part)

    @property
    def _colon(self) -> str:
        """A full-width colon after a Chinese topic, else ': '."""
        return "：" if any("\u4e00" <= ch <= "\u9fff" for ch in self.title) else ": "

    def __str__(self) -> str:
        where = f" {self.heading}{self._colon}" if self.heading else " "
        return f"{self.symbol}{where}{_plain(self.message)}"

    __repr__ = __str__

    def _repr_html_(self) -> str:
        color = {True: "#1b7f3b", False: "#b3261e", None: "#6b6b6b"}[self.correct]
        where = f"{html.escape(self.heading)}{self._colon}" if self.heading else ""
        return (
            f"<div class='kamlab-feedback' style='border-left:4px solid {color};padding:0.2em 0.8em'>"
            f"<span style='color:{color};font-weight:bold;font-size:1.2em'>{self.symbol}</span> "
            f"<b>{where}</b>{_paragraphs_html(self.message)}</div>"
        )
