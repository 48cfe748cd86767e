"""Language of kamlab's labels, and the single zh/en label catalog.

The language is chosen explicitly with :func:`kamlab.setup` (or :func:`set_lang`);
importing kamlab changes nothing. Plot and widget functions call :func:`t` to get
their labels in the current language, or in the language passed to them.

Examples
--------
>>> from kamlab.i18n import t
>>> t("industry.packaging_machinery", lang="zh")
'包装机械'
>>> t("industry.packaging_machinery", lang="en")
'Packaging machinery'
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
from functools import lru_cache

from . import labels as pkg
from .errors import KamlabValueError

__all__ = ["LANGUAGES", "get_lang", "set_lang", "resolve_lang", "check_lang", "t", "catalog", "labels_for"]

LANGUAGES = ("zh", "en")
_state = {"lang": "zh"}


def get_lang() -> str:
    """The current label language, ``"zh"`` (the default, the chapter's language) or ``"en"``.

    Returns
    -------
    str
        ``"zh"`` or ``"en"``.
    """
    return _state["lang"]


def check_lang(lang: object, func: str = "kamlab") -> str:
    """Return ``lang`` if it is a supported language code, else raise a clear error.

    Parameters
    ----------
    lang : object
        The language asked for.
    func : str, default "kamlab"
        Name of the calling function, for the message.

    Returns
    -------
    str
        ``lang``.

    Raises
    ------
    KamlabValueError
        If ``lang`` is not ``"zh"`` or ``"en"`` (an array or any other non-str too: it is
        never compared element by element).
    """
    if not isinstance(lang, str) or lang not in LANGUAGES:
        raise KamlabValueError(f"{func}: parameter 'lang' = {lang!r}; expected one of 'zh', 'en'.")
    return str(lang)


def resolve_lang(lang: object, func: str = "kamlab") -> str:
    """``lang`` checked, or the current language when it is ``None`` (for ``lang=None`` parameters).

    Parameters
    ----------
    lang : {"zh", "en"} or None
    func : str, default "kamlab"
        Name of the calling function, for the message.

    Returns
    -------
    str
        ``lang``, or the current language for None.

    >>> resolve_lang("en"), resolve_lang(None) in LANGUAGES
    ('en', True)
    """
    return get_lang() if lang is None else check_lang(lang, func)


def set_lang(lang: str) -> str:
    """Set the label language for later plots and widgets; returns it.

    Parameters
    ----------
    lang : {"zh", "en"}

    Returns
    -------
    str
        The language set.
    """
    _state["lang"] = check_lang(lang, "set_lang")
    return _state["lang"]


@lru_cache(maxsize=1)
def catalog() -> dict[str, dict[str, str]]:
    """All labels, merged from the modules of :mod:`kamlab.labels`.

    Raises
    ------
    RuntimeError
        If two modules define the same key (a packaging error, not a user error).
    """
    merged: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        for key, texts in getattr(module, "LABELS", {}).items():
            if key in merged:
                raise RuntimeError(f"label key {key!r} is defined twice (again in {info.name})")
            merged[key] = texts
    return merged


def t(key: str, lang: str | None = None, **fields: object) -> str:
    """The label ``key`` in ``lang`` (default: the current language).

    ``fields`` fill ``{name}`` placeholders in the label.

    Parameters
    ----------
    key : str
        A label key, e.g. ``"col.revenue"``.
    lang : {"zh", "en"}, optional
        Default: the current language.
    **fields
        Values for the label's ``{name}`` placeholders.

    Returns
    -------
    str

    Raises
    ------
    KeyError
        If the key is not in the catalog; the message suggests close keys.
    """
    lang = resolve_lang(lang, "t")
    texts = catalog().get(key)
    if texts is None:
        close = difflib.get_close_matches(key, catalog().keys(), n=3)
        hint = f" Did you mean {', '.join(map(repr, close))}?" if close else ""
        raise KeyError(f"t: no label {key!r} in kamlab's catalog.{hint}")
    text = texts[lang]
    return text.format(**fields) if fields else text


def labels_for(prefix: str, codes, lang: str | None = None) -> list[str]:
    """Labels of several codes under one prefix, e.g. industries or relationship stages.

    Parameters
    ----------
    prefix : str
        The key prefix, e.g. ``"stage"``.
    codes : iterable of str
    lang : {"zh", "en"}, optional
        Default: the current language.

    Returns
    -------
    list of str
        The label of ``prefix.code`` for each code.

    >>> labels_for("stage", ["basic", "integrated"], lang="en")
    ['Basic', 'Integrated']
    """
    return [t(f"{prefix}.{code}", lang) for code in codes]
