"""Case K3's facts, in order: :data:`TIMELINE` and :func:`timeline` (the chapter's dates and events)."""

from __future__ import annotations

import pandas as pd

from ...i18n import check_lang, t

__all__ = [
    "TIMELINE",
    "timeline",
]


#: The chapter's facts, in order: (date, label key). Texts in :mod:`kamlab.labels.gome_gree`.
TIMELINE = (
    ("2004-02-21", "gome_gree.event.cut"),
    ("2004-02", "gome_gree.event.standoff"),
    ("2004-03", "gome_gree.event.withdraw"),
    ("gome_gree.date.undated", "gome_gree.event.one_percent"),  # the chapter gives this statement no date
    ("gome_gree.date.then", "gome_gree.event.haier"),
)


def timeline(*, lang: str | None = None) -> pd.DataFrame:
    """The case's facts as a table (date, event), in the chosen language or as label keys.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the events (and of the undated "back then"). Default None: the
        label keys of :data:`TIMELINE` (language-neutral codes such as
        ``"gome_gree.event.cut"``), which :func:`kamlab.show` shows in the reader's language.

    Returns
    -------
    pandas.DataFrame
        Columns ``date`` (ISO date, or a label key / text for an undated event) and ``event``.

    Raises
    ------
    ValueError
        For an unknown ``lang``.

    References
    ----------
    Chapter 4, case K3 (与大客户冲突): the Gome-Gree conflict of February-March 2004.
    The chapter dates Haier's KAM department only "当年" (back then), with no year, and gives
    Gree's "under 1%" statement no date at all.

    Examples
    --------
    >>> timeline(lang="en")["date"].tolist()
    ['2004-02-21', '2004-02', '2004-03', 'no date given', 'back then (no year given)']
    >>> timeline()["event"].iloc[0]
    'gome_gree.event.cut'
    """
    if lang is None:
        return pd.DataFrame({"date": [d for d, _ in TIMELINE], "event": [k for _, k in TIMELINE]})
    lang = check_lang(lang, "timeline")
    dates = [t(d, lang) if d.startswith("gome_gree.") else d for d, _ in TIMELINE]
    return pd.DataFrame({"date": dates, "event": [t(k, lang) for _, k in TIMELINE]})
