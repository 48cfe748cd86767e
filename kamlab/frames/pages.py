"""Pages for frames: the page control's files, the element a page holds, a stand-alone page per explorer."""

from __future__ import annotations

import html
import os
import shutil
from pathlib import Path

from .plans import LESSON_CALLS

__all__ = ["demo_page", "player_html", "write_static"]

STATIC = Path(__file__).resolve().parent / "static"


def write_static(out: str | os.PathLike) -> Path:
    """Copy the page control (``kamlab-frames.js`` and ``.css``) into ``out/_static/``.

    Parameters
    ----------
    out : path
        The frames folder.

    Returns
    -------
    pathlib.Path
        The ``_static`` folder.
    """
    static = Path(out) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    for path in STATIC.iterdir():
        if path.suffix in (".js", ".css"):
            shutil.copyfile(path, static / path.name)
    return static


def player_html(name: str, lang: str, base: str, launch: str | None = None) -> str:
    """The element a page puts where the explorer's picture was (``kamlab-frames.js`` fills it).

    Parameters
    ----------
    name, lang : str
        The explorer and language.
    base : str
        URL of its frames folder (``<lang>/<name>/``), relative to the page or absolute.
    launch : str, optional
        The "open in Jupyter" link; without it the page names the notebook to open.

    Returns
    -------
    str
        HTML.
    """
    attrs = f'class="kamlab-frames" data-frames="{html.escape(f"{lang}/{name}")}" data-base="{html.escape(base)}"'
    if launch:
        attrs += f' data-launch="{html.escape(launch)}"'
    return f'<div {attrs} lang="{"zh-CN" if lang == "zh" else "en"}"></div>'


def demo_page(out: str | os.PathLike, name: str, lang: str, *, launch: str | None = None) -> Path:
    """A stand-alone page for one explorer's frames, ``out/<lang>/<name>/index.html``.

    Parameters
    ----------
    out : path
        The frames folder (with the explorer's frames built and ``_static`` written).
    name, lang : str
        The explorer and language.
    launch : str, optional
        The "open in Jupyter" link (``{lang}`` and ``{lesson}`` are filled in).

    Returns
    -------
    pathlib.Path
        The page.
    """
    folder = Path(out) / lang / name
    link = launch.format(lang=lang, lesson=LESSON_CALLS[name][0]) if launch else None
    title = html.escape(f"{name} · kamlab")
    page = f"""<!DOCTYPE html>
<html lang="{"zh-CN" if lang == "zh" else "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="../../_static/kamlab-frames.css">
<script src="../../_static/kamlab-frames.js" defer></script>
<style>body {{ margin: 0 auto; max-width: 1100px; padding: 8px 12px; font-family: sans-serif; }}</style>
</head>
<body>
<h1 style="font-size: 1.3em">{html.escape(name)}</h1>
{player_html(name, lang, "./", link)}
</body>
</html>
"""
    (folder / "index.html").write_text(page, encoding="utf-8")
    return folder / "index.html"
