"""The stored form of frames: images, the manifest script, and drawing an explorer's frames into a folder."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from PIL import Image

from ..errors import KamlabValueError
from ..i18n import t

__all__ = ["FORMATS", "MANIFEST_VERSION", "encode_frame", "read_manifest"]

MANIFEST_VERSION = 1

#: Image formats: name -> (file suffix, what it is).
FORMATS = {
    "webp": ("webp", "lossless WebP of the explorer's PNG (pixel-equal)"),
    "png64": ("png", "64-colour palette PNG of the explorer's PNG (Pillow quantize(64), optimize=True; lossy)"),
}


def encode_frame(png: bytes, fmt: str = "webp") -> bytes:
    """An explorer PNG as the stored frame.

    Parameters
    ----------
    png : bytes
        The explorer's PNG (:attr:`kamlab.widgets.Explorer.png`).
    fmt : {"webp", "png64"}
        ``webp``: lossless WebP (decodes to the PNG's pixels); ``png64``: a 64-colour palette PNG.

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
    image = Image.open(io.BytesIO(png))
    image = image.convert("RGBA" if image.getextrema()[3][0] < 255 else "RGB")
    out = io.BytesIO()
    if fmt == "webp":
        image.save(out, format="WEBP", lossless=True, quality=50, method=1, exact=True)
    else:
        image.convert("RGB").quantize(64).save(out, format="PNG", optimize=True)
    return out.getvalue()


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


def _draw(explorer, specs, states, frames_dir: Path, fmt: str) -> tuple[dict, list]:
    suffix = FORMATS[fmt][0]
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
        caption = explorer.caption.value
        if caption not in caption_index:
            caption_index[caption] = len(captions)
            captions.append(caption)
        frames[".".join(map(str, state))] = {"src": src, "caption": caption_index[caption]}
    return frames, captions
