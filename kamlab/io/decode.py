"""The source and its text: a path, an open file or a DataFrame; UTF-8, GB18030 or UTF-16 to UTF-8."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

import pandas as pd

from ..errors import DataFileError, KamlabTypeError, KamlabValueError
from ..i18n import t
from .base import _Ctx, _Data, _file_error


def _read_source(source, ctx: _Ctx):
    """The data (a :class:`_Data`) or DataFrame behind ``source``; sets ``ctx.file``."""
    if isinstance(source, pd.DataFrame):
        ctx.file, ctx.fmt = "DataFrame", "DataFrame"
        return source
    if isinstance(source, (str, os.PathLike)):
        text = os.fspath(source)
        if isinstance(text, bytes):
            text = os.fsdecode(text)
        if text.strip() == "":
            ctx.file = repr(text)
            raise _file_error(ctx, "io.empty_path")
        p = Path(text).expanduser()
        ctx.file = str(p) if text.startswith("~") else text
        try:
            if not p.exists():
                raise _file_error(ctx, "io.no_file")
            if p.is_dir():
                raise _file_error(ctx, "io.folder")
            data = _Data(path=p)
            data.head(1)  # can it be opened?
            return data
        except (OSError, ValueError) as exc:  # permissions, a name too long, a NUL in the name
            if isinstance(exc, DataFileError):
                raise
            raise _file_error(ctx, "io.unreadable", reason=getattr(exc, "strerror", None) or exc) from None
    if hasattr(source, "read"):
        ctx.file = str(getattr(source, "name", None) or f"<{type(source).__name__}>")
        try:
            data = source.read()
        except (OSError, ValueError) as exc:
            raise _file_error(ctx, "io.unreadable", reason=exc) from None
        if isinstance(data, str):
            ctx.encoding = "text"
            return _Data(raw=data.encode("utf-8"))
        if isinstance(data, (bytes, bytearray)):
            return _Data(raw=bytes(data))
    shown = repr(source)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    raise KamlabTypeError(f"{ctx.func}: " + t("io.bad_source", ctx.lang, value=shown, type=type(source).__name__))


def _blank(raw: bytes) -> bool:
    """Nothing but white space (without copying a large file, as ``raw.strip()`` would)."""
    return re.search(rb"[^\s\x00]", raw) is None


def _line_of(raw: bytes, pos: int, encoding: str) -> int:
    return raw[:pos].decode(encoding, errors="replace").count("\n") + 1


def _valid_utf8(raw: bytes) -> UnicodeDecodeError | None:
    """Check UTF-8 in 1 MB slices (no full-size copy); the error of the first bad byte, or None."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(raw)
    step = 1 << 20
    for start in range(0, len(raw), step):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(view[start : start + step], final=start + step >= len(raw))
        except UnicodeDecodeError as exc:
            at = start - pending + exc.start
            return UnicodeDecodeError("utf-8", raw, at, at + 1, exc.reason)
    return None


def _head_is_utf8(head: bytes, complete: bool) -> bool:
    """The file's first bytes are UTF-8 (a character cut at the end of an incomplete head is fine)."""
    if head.isascii():
        return True
    bad = _valid_utf8(head)
    return bad is None or (not complete and bad.start >= len(head) - 3)


def _to_utf8(raw: bytes, encoding: str | None, ctx: _Ctx) -> bytes:
    """The text as UTF-8 bytes: BOMs detected, UTF-8 then GB18030 tried, ``encoding`` obeyed."""
    if encoding is not None:
        try:
            name = codecs.lookup(encoding).name
        except (LookupError, TypeError):
            raise KamlabValueError(f"{ctx.func}: " + t("io.bad_encoding", ctx.lang, value=repr(encoding))) from None
        ctx.encoding = name
        try:
            text = raw.decode(name)
        except UnicodeDecodeError as exc:
            raise _file_error(
                ctx, "io.decode", encodings=name, byte=f"0x{raw[exc.start]:02X}", line=_line_of(raw, exc.start, name)
            ) from None
        return text.lstrip("\ufeff").encode("utf-8")
    if raw.startswith(codecs.BOM_UTF8):
        ctx.encoding = ctx.encoding or "utf-8-sig"
        raw = raw[3:]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        ctx.encoding = "utf-16"
        try:
            return raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise _file_error(
                ctx,
                "io.decode",
                encodings="UTF-16",
                byte=f"0x{raw[exc.start]:02X}",
                line=_line_of(raw, exc.start, "utf-16"),
            ) from None
    bad = None if raw.isascii() else _valid_utf8(raw)
    if bad is None:
        ctx.encoding = ctx.encoding or "utf-8"
        return raw
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError as exc:  # report the encoding that got further
        first = max(bad.start, exc.start)
        encoding = "utf-8" if bad.start >= exc.start else "gb18030"
        raise _file_error(
            ctx,
            "io.decode",
            encodings="UTF-8, GB18030 (GBK), UTF-16",
            byte=f"0x{raw[first]:02X}",
            line=_line_of(raw, first, encoding),
        ) from None
    ctx.encoding = "gb18030"
    return text.encode("utf-8")
