"""The stored form of frames: images, the manifest script, and drawing an explorer's frames into a folder."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import numpy as np
from PIL import Image

from ..errors import KamlabValueError
from ..i18n import t
from ..widgets.base import CSS_DPI  # noqa: F401 (a figure w inches wide is shown w × 96 CSS px wide)

__all__ = [
    "FORMATS",
    "FRAME_DPI",
    "MANIFEST_VERSION",
    "PHONE_TEXT_PX",
    "encode_frame",
    "read_manifest",
    "smallest_text_pt",
]

MANIFEST_VERSION = 2

#: Image formats: name -> (file suffix, what it is). ``webp-pal`` is the default (measured in
#: ``benchmarks/bench_frame_formats.py``; see :mod:`kamlab.frames`).
FORMATS = {
    "webp-pal": (
        "webp",
        "the explorer's PNG in at most 256 colours (Pillow quantize, no dithering: fast octree, or median cut "
        "where the octree is more than 16 levels off) in lossless WebP",
    ),
    "webp": ("webp", "lossless WebP of the explorer's PNG (pixel-equal)"),
    "png64": ("png", "64-colour palette PNG of the explorer's PNG (Pillow quantize(64), optimize=True; lossy)"),
}

#: Resolution the frames are drawn at (dots per inch): 1.5 image pixels per CSS pixel. The explorer
#: draws at this dpi itself (``Explorer.png_dpi``); Jupyter keeps its own 192 dpi.
FRAME_DPI = 144
#: The smallest chart text on a phone (CSS px, the Voila floor): on a narrow screen a frame is
#: shown at least as wide as keeps its smallest text this size, scrolling sideways in its box.
PHONE_TEXT_PX = 11


def encode_frame(png: bytes, fmt: str = "webp") -> bytes:
    """An explorer PNG as the stored frame.

    Parameters
    ----------
    png : bytes
        The explorer's PNG (:attr:`kamlab.widgets.Explorer.png`).
    fmt : {"webp-pal", "webp", "png64"}
        ``webp-pal``: at most 256 colours (:func:`_palette`) in lossless WebP; ``webp``: lossless
        WebP (decodes to the PNG's pixels); ``png64``: a 64-colour palette PNG. The same PNG gives
        the same bytes every time.

    Returns
    -------
    bytes
        The image file.

    Raises
    ------
    KamlabValueError
        For an unknown format.
    """
    if fmt not in FORMATS:
        raise KamlabValueError(f"kamlab.frames: format {fmt!r} is not one of {', '.join(FORMATS)}")
    image = Image.open(io.BytesIO(png)).convert("RGBA")  # (an RGB or palette PNG too)
    image = image.convert("RGBA" if image.getextrema()[3][0] < 255 else "RGB")
    out = io.BytesIO()
    if fmt == "webp":
        image.save(out, format="WEBP", lossless=True, quality=50, method=1, exact=True)
    elif fmt == "webp-pal":
        _palette(image).save(out, format="WEBP", lossless=True, quality=100, method=4)
    else:
        image.convert("RGB").quantize(64).save(out, format="PNG", optimize=True)
    return out.getvalue()


#: Largest error (levels, any channel) the fast octree palette may make before the median-cut palette
#: is used instead (a smooth colour map, such as the break-even heat map, would show bands).
PALETTE_MAX_ERROR = 16


def _palette(image: Image.Image) -> Image.Image:
    """The picture in at most 256 colours, no dithering: Pillow's fast octree (few shades of each
    anti-aliased edge: the smallest files; every pixel within :data:`PALETTE_MAX_ERROR` levels), else
    median cut (smooth colour maps keep their gradient)."""
    octree = image.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    if image.mode == "RGBA":  # median cut takes no alpha; charts are opaque
        return octree
    error = np.abs(np.asarray(octree.convert("RGB"), dtype=np.int16) - np.asarray(image, dtype=np.int16)).max()
    if error <= PALETTE_MAX_ERROR:
        return octree
    return image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


def smallest_text_pt(figure) -> float | None:
    """The size (points) of the smallest text a figure shows: titles, labels, tick labels, legends, notes.

    Parameters
    ----------
    figure : matplotlib.figure.Figure
        A drawn figure.

    Returns
    -------
    float or None
        None when it shows no text.
    """

    def is_text(artist) -> bool:  # matplotlib's Text and its subclasses (this module draws nothing)
        return callable(getattr(artist, "get_fontsize", None)) and callable(getattr(artist, "get_text", None))

    sizes = [
        t.get_fontsize()
        for t in figure.findobj(is_text)
        if t.get_visible() and t.get_text().strip() and (t.get_alpha() is None or t.get_alpha() > 0)
    ]
    return min(sizes) if sizes else None


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _manifest_script(manifest: dict) -> str:
    text = json.dumps(manifest, ensure_ascii=False, separators=(",", ":"))
    return f"(window.KAMLAB_FRAMES=window.KAMLAB_FRAMES||{{}})[{json.dumps(manifest['id'])}]={text};\n"


def read_manifest(folder: str | os.PathLike) -> dict:
    """The manifest of one explorer's frames (the JSON inside its ``manifest.js``).

    Parameters
    ----------
    folder : path
        ``OUT/<lang>/<explorer>``.

    Returns
    -------
    dict

    Raises
    ------
    OSError, ValueError
        When the file is missing or not a manifest.
    """
    text = (Path(folder) / "manifest.js").read_text(encoding="utf-8")
    head, sep, body = text.partition("]=")
    if not sep or not head.startswith("(window.KAMLAB_FRAMES="):
        raise ValueError(f"{folder}: not a kamlab frames manifest")
    return json.loads(body.rstrip().removesuffix(";"))


def _stored(target: Path, key: str) -> dict | None:
    """The stored manifest when it has ``key`` and every frame file is there."""
    try:
        manifest = read_manifest(target)
    except (OSError, ValueError):
        return None
    if manifest.get("key") != key:
        return None
    if not all((target / "frames" / f["src"]).is_file() for f in manifest.get("frames", {}).values()):
        return None
    return manifest


def _texts(lang: str, n: int, notebook: str) -> dict:
    return {
        "note": t("frames.note", lang, n=n),
        "open": t("frames.open", lang),
        "open_here": t("frames.open_here", lang, notebook=notebook),
        "fixed": t("frames.fixed", lang),
        "reset": t("frames.reset", lang),
        "picture": t("frames.picture", lang, values="{values}"),
        "missing": t("frames.missing", lang),
        "values": t("frames.values", lang, n="{n}", low="{low}", high="{high}", step="{step}"),
    }


def _draw(explorer, specs, states, frames_dir: Path, fmt: str) -> tuple[dict, list, float | None]:
    suffix = FORMATS[fmt][0]
    smallest: float | None = None
    captions: list[str] = []
    caption_index: dict[str, int] = {}
    frames = {}
    for i, state in enumerate(states):
        values = {s["name"]: s["values"][j] for s, j in zip(specs, state)}
        explorer.set(**values)
        if explorer.values() != values:  # a control that changes another would draw a different state
            raise KamlabValueError(f"kamlab.frames: the explorer did not keep the values {values}")
        src = f"{i:04d}.{suffix}"
        (frames_dir / src).write_bytes(encode_frame(explorer.png, fmt))
        size = smallest_text_pt(explorer.figure)
        if size is not None and (smallest is None or size < smallest):
            smallest = size
        caption = explorer.caption.value
        if caption not in caption_index:
            caption_index[caption] = len(captions)
            captions.append(caption)
        frames[".".join(map(str, state))] = {"src": src, "caption": caption_index[caption]}
    return frames, captions, smallest
