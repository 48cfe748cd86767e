"""A Simplified-Chinese font for matplotlib that works on a fresh machine.

kamlab does not rely on matplotlib's font cache (built once, blind to fonts installed
later). It finds a font *file* and registers it with
``matplotlib.font_manager.fontManager.addfont``, then selects the family by name.

Where the font comes from, in order:

1. the path in the environment variable ``KAMLAB_CJK_FONT``, if set;
2. ``NotoSansCJKsc-Regular.otf`` shipped by the PyPI package ``mplfonts`` (a kamlab
   dependency; only its file is used, none of its code is run). Noto Sans CJK is
   open-licensed (SIL Open Font License 1.1);
3. a Simplified-Chinese font the system or a conda environment already has
   (``Noto Sans CJK SC``, ``Source Han Sans SC``, ``WenQuanYi Zen Hei``, ...).
"""

from __future__ import annotations

import functools
import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["FontChoice", "find_cjk_font", "use_cjk_font", "cjk_rc", "CJK_FAMILIES"]

#: Families tried by name when no font file is shipped, best first.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
    "SimHei",
    "Noto Sans CJK JP",
)


@dataclass(frozen=True)
class FontChoice:
    """The font kamlab uses for Chinese text: its family name, file and origin."""

    family: str
    path: str | None
    source: str


def _mplfonts_file() -> Path | None:
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "fonts" / "NotoSansCJKsc-Regular.otf"
        if candidate.is_file():
            return candidate
    return None


def _conda_files() -> list[Path]:
    prefixes = [os.environ.get("CONDA_PREFIX"), sys.prefix]
    names = ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf")
    return [Path(p) / "fonts" / n for p in prefixes if p for n in names]


@functools.lru_cache(maxsize=16)
def _family_name(path: str) -> str:
    """The family name in the font file at ``path`` (read once per process: parsing a CJK font
    file takes milliseconds, and every explorer asks)."""
    from matplotlib import font_manager

    return font_manager.FontProperties(fname=path).get_name()


def _register(path: str) -> None:
    """Add the font file at ``path`` to matplotlib's font manager, once.

    ``FontManager.addfont`` appends the font again on every call and empties the font lookup
    cache (``findfont``), so every later text of every figure looked its font up afresh: an
    explorer called this each time it was built (lesson 07: five explorers, ~10 ms each).
    """
    from matplotlib import font_manager

    manager = font_manager.fontManager
    if not any(entry.fname == path for entry in manager.ttflist):
        manager.addfont(path)


def find_cjk_font() -> FontChoice | None:
    """Locate a Simplified-Chinese font without changing any matplotlib state.

    Returns ``None`` when no such font can be found (Chinese would draw as boxes).

    Returns
    -------
    FontChoice or None
        The first font found in the order of the module docstring: its family name (read
        from the file), its file, and ``source`` ``"KAMLAB_CJK_FONT"``, ``"mplfonts"``,
        ``"conda"`` or ``"system"``. A ``KAMLAB_CJK_FONT`` that is not a file is ignored.
    """
    from matplotlib import font_manager

    override = os.environ.get("KAMLAB_CJK_FONT")
    if override and Path(override).is_file():
        return FontChoice(_family_name(override), override, "KAMLAB_CJK_FONT")
    shipped = _mplfonts_file()
    if shipped is not None:
        return FontChoice(_family_name(str(shipped)), str(shipped), "mplfonts")
    for path in _conda_files():
        if path.is_file():
            return FontChoice(_family_name(str(path)), str(path), "conda")
    installed = {f.name: f.fname for f in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in installed:
            return FontChoice(family, installed[family], "system")
    return None


def cjk_rc() -> dict:
    """rcParams that draw Chinese, for ``matplotlib.rc_context`` (empty if no font is found).

    Widgets draw inside ``rc_context(cjk_rc())`` so that their Chinese labels render
    even when :func:`kamlab.setup` was not called, without changing global settings.

    Returns
    -------
    dict
        ``font.family`` ``"sans-serif"``, ``font.sans-serif`` (the font's family, then the
        current list), ``axes.unicode_minus`` ``False``; or ``{}`` if no font is found. The
        font's file is registered with matplotlib's font manager so that its family name
        resolves (this changes no ``rcParams``).
    """
    import matplotlib

    choice = find_cjk_font()
    if choice is None:
        return {}
    if choice.path is not None:
        _register(choice.path)
    sans = [choice.family] + [f for f in matplotlib.rcParams["font.sans-serif"] if f != choice.family]
    return {"font.family": "sans-serif", "font.sans-serif": sans, "axes.unicode_minus": False}


def use_cjk_font() -> FontChoice | None:
    """Register the font found by :func:`find_cjk_font` and make it matplotlib's first sans-serif.

    This changes matplotlib's ``rcParams`` (kernel-global), so it is called by
    :func:`kamlab.setup`, never at import. Latin text also draws in the CJK font,
    which has Latin glyphs; the minus sign is drawn as ASCII ``-``.

    Returns
    -------
    FontChoice or None
        The font now in use, or ``None`` (``rcParams`` unchanged) if no font is found.
    """
    import matplotlib

    settings = cjk_rc()
    if not settings:
        return None
    matplotlib.rcParams.update(settings)
    return find_cjk_font()
