"""The glossary as a table: :func:`glossary` (one term per concept, from :mod:`kamlab.labels.glossary`)."""

from __future__ import annotations

import pandas as pd

from .display import Shown
from .i18n import resolve_lang, t
from .labels.glossary import GROUPS, TERMS

__all__ = ["glossary"]


def glossary(*, lang: str | None = None) -> Shown:
    """kamlab's glossary: each concept's Chinese and English term, by group, in the reader's language.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the headers and group names; default: kamlab's current language.

    Returns
    -------
    Shown
        A table (``frame``: one row per term of :data:`kamlab.labels.glossary.TERMS`, in
        :data:`~kamlab.labels.glossary.GROUPS` order) that a notebook shows as HTML.

    Raises
    ------
    KamlabValueError
        If ``lang`` is not ``"zh"``, ``"en"`` or None.

    Examples
    --------
    >>> g = glossary(lang="en").frame
    >>> g.index.name, g.columns.tolist()
    ('Group', ['Chinese term', 'English term'])
    >>> g[g["Chinese term"] == "保留率"]["English term"].item()
    'retention'
    """
    lang = resolve_lang(lang, "glossary")
    rows = [
        (t(f"glossary.group.{group}", lang), term.zh, term.en)
        for group in GROUPS
        for term in TERMS.values()
        if term.group == group
    ]
    frame = pd.DataFrame(rows, columns=[t(f"glossary.{c}", lang) for c in ("group", "zh", "en")])
    return Shown(frame.set_index(frame.columns[0]))
