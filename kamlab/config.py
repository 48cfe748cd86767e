"""``kamlab.setup``: the one call at the top of every lesson."""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from ._inline import draw_laid_out_figures_once
from .fonts import FontChoice, use_cjk_font
from .i18n import check_lang, set_lang, t

__all__ = ["Setup", "setup", "detect_lang"]


@dataclass(frozen=True)
class Setup:
    """What :func:`setup` did: the language chosen and the font used for Chinese."""

    lang: str
    font: FontChoice | None

    def __repr__(self) -> str:  # short and stable
        font = self.font.family if self.font else "none"
        return f"kamlab.setup(lang={self.lang!r}, font={font!r})"

    @property
    def note(self) -> str:
        """What a notebook shows for this setup: nothing when Chinese uses kamlab's own font
        (``mplfonts``) or the one named by ``KAMLAB_CJK_FONT``; one line when another font on
        this computer had to be chosen. (No font at all is :func:`setup`'s UserWarning.)"""
        if self.font is None or self.font.source in ("mplfonts", "KAMLAB_CJK_FONT"):
            return ""
        return t("setup.font_chosen", self.lang, family=self.font.family, path=self.font.path)

    def _ipython_display_(self) -> None:
        """A lesson's ``kamlab.setup()`` cell shows nothing unless :attr:`note` says something
        (so Voila and the presenter view, which hide code, show no setup line either)."""
        if self.note:
            from IPython.display import display

            display({"text/plain": self.note}, raw=True)


def detect_lang() -> str:
    """The language a lesson runs in when :func:`setup` is called without one.

    In order: the environment variable ``KAMLAB_LANG``; the name of the current
    folder, when it is ``zh`` or ``en`` (a notebook's kernel runs in the notebook's
    folder, so the lessons in ``notebooks/en/`` speak English while their code cells
    stay identical to ``notebooks/zh/``); otherwise ``"zh"``, the chapter's language.

    Returns
    -------
    str
        ``"zh"`` or ``"en"``.

    Raises
    ------
    KamlabValueError
        If ``KAMLAB_LANG`` is set (not blank) to anything but ``zh`` or ``en`` (case and
        surrounding spaces are ignored).
    """
    env = os.environ.get("KAMLAB_LANG", "").strip().lower()
    if env:
        return check_lang(env, "setup (environment variable KAMLAB_LANG)")
    folder = Path.cwd().name.lower()
    return folder if folder in ("zh", "en") else "zh"


def setup(lang: str | None = None, *, fonts: bool = True) -> Setup:
    """Choose the language of kamlab's labels and make Chinese render in matplotlib.

    In a notebook it also has figures with constrained layout shown after one draw instead of
    two (IPython's tight crop is skipped for them; see :mod:`kamlab._inline`).

    Parameters
    ----------
    lang : {"zh", "en"} or None
        Language of plot and widget labels; ``None`` uses :func:`detect_lang`.
    fonts : bool
        Register a Simplified-Chinese font and make it matplotlib's default sans-serif
        (see :mod:`kamlab.fonts`). This changes matplotlib's ``rcParams`` for the whole
        kernel, which is why it happens here and never at import.

    Returns
    -------
    Setup
        The language and the font chosen.

    Warns
    -----
    UserWarning
        If no Chinese font can be found (Chinese would draw as boxes); the message
        says how to install one.

    Examples
    --------
    >>> info = setup("en")
    >>> info.lang
    'en'
    >>> _ = setup("zh")
    """
    lang = detect_lang() if lang is None else check_lang(lang, "setup")
    set_lang(lang)
    draw_laid_out_figures_once()
    font = None
    if fonts:
        font = use_cjk_font()
        if font is None:
            warnings.warn(
                "kamlab.setup: no Simplified-Chinese font found, so Chinese text in plots "
                "will show as boxes. Install one with `pip install mplfonts` (or conda: "
                "`conda install -c conda-forge font-ttf-noto-cjk`), or point the environment "
                "variable KAMLAB_CJK_FONT at a .otf/.ttf/.ttc file.",
                UserWarning,
                stacklevel=2,
            )
    return Setup(lang, font)
