"""The source and its text: a path, an open file or a DataFrame; UTF-8, GB18030 or UTF-16 to UTF-8."""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
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
        return _path_source(source, ctx)
    if hasattr(source, "read"):
        data = _file_source(source, ctx)
        if data is not None:
            return data
    shown = repr(source)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    raise KamlabTypeError(f"{ctx.func}: " + t("io.bad_source", ctx.lang, value=shown, type=type(source).__name__))


def _path_source(source, ctx: _Ctx) -> _Data:
    """A file given by its path: it must exist and be a regular file (a FIFO could wait forever)."""
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
        if not p.is_file():  # a FIFO or a device: reading it could wait forever
            raise _file_error(ctx, "io.not_regular")
        data = _Data(path=p)
        data.head(1)  # can it be opened?
        return data
    except DataFileError:
        raise
    except (OSError, ValueError) as exc:  # permissions, a name too long, a NUL in the name
        raise _file_error(ctx, "io.unreadable", reason=getattr(exc, "strerror", None) or exc) from None


def _file_source(source, ctx: _Ctx) -> _Data | None:
    """An open file's contents (text or bytes); None if ``read()`` gives something else."""
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
    return None


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
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        ctx.encoding = utf16
        try:
            return raw.decode(utf16).encode("utf-8")
        except UnicodeDecodeError as exc:
            raise _file_error(
                ctx, "io.decode", encodings=utf16, byte=f"0x{raw[exc.start]:02X}", line=_line_of(raw, exc.start, utf16)
            ) from None
    bad = None if raw.isascii() else _valid_utf8(raw)
    if bad is None:
        ctx.encoding = ctx.encoding or "utf-8"
        return raw
    name, text = _chinese_encoding(raw, bad, ctx)
    ctx.encoding = name
    return text.encode("utf-8")


#: The Chinese encodings tried after UTF-8: GB18030 (a superset of GBK and GB2312, simplified
#: Chinese) and cp950 (Big5 as Windows writes it, traditional Chinese).
_CHINESE = ("gb18030", "cp950")
#: For each, the byte range of its "level 1" (most frequent) characters: GB2312's 3,755
#: (B0A1-D7F9) and Big5's 5,401 (A440-C67E). Text in the right encoding uses mostly these;
#: the same bytes read in the wrong one give rare characters or none at all.
_COMMON = {"gb18030": ("gb2312", 0xB0A1, 0xD7F9), "cp950": ("cp950", 0xA440, 0xC67E)}


def _utf16_without_bom(raw: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when NUL bytes sit on one side of the byte pairs only.

    UTF-16 without a byte order mark: every ASCII character (digits, commas, line ends)
    is one byte and a NUL, so the NULs fall on odd positions (little endian) or even ones.
    No UTF-8 or GB18030 text has NUL bytes at all.
    """
    sample = raw[: 1 << 16]
    sample = sample[: len(sample) // 2 * 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.1 * pairs and even <= 0.02 * odd:
        return "utf-16-le"
    if even >= 0.1 * pairs and odd <= 0.02 * even:
        return "utf-16-be"
    return None


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


def _odd_character(text: str) -> tuple[int, str] | None:
    """(position, character) of the first private-use or unassigned code point, or None.

    Such characters appear when bytes are read in the wrong encoding (Big5 read as
    GB18030 gives U+E000-U+F8FF), never in text a person typed.
    """
    odd = {ch for ch in set(text) if unicodedata.category(ch) in ("Co", "Cn")}
    if not odd:
        return None
    pos = min(text.find(ch) for ch in odd)
    return pos, text[pos]


def _common_share(text: str, encoding: str) -> float | None:
    """Share of the distinct Chinese characters of ``text`` that are level-1 characters of ``encoding``."""
    han = [ch for ch in set(text) if _is_han(ch)]
    if not han:
        return None
    codec, low, high = _COMMON[encoding]
    common = 0
    for ch in han:
        try:
            code = int.from_bytes(ch.encode(codec), "big")
        except UnicodeEncodeError:
            continue
        common += low <= code <= high
    return common / len(han)


def _chinese_encoding(raw: bytes, bad: UnicodeDecodeError, ctx: _Ctx) -> tuple[str, str]:
    """(encoding, text) of a file that is not UTF-8: GB18030 or Big5, whichever reads as Chinese.

    A decode is refused if it produces a private-use or unassigned character. When both
    decode, the one whose Chinese characters are mostly common ones wins; when neither
    clearly does, the file's encoding must be named (``encoding=``).
    """
    decoded, errors, odd = {}, [bad], {}
    for name in _CHINESE:
        try:
            text = raw.decode(name)
        except UnicodeDecodeError as exc:
            errors.append(exc)
            continue
        found = _odd_character(text)
        if found is None:
            decoded[name] = text
        else:
            odd[name] = (text, *found)
    if not decoded and odd:  # decodes, but only into characters no one types
        name = "gb18030" if "gb18030" in odd else next(iter(odd))
        text, pos, ch = odd[name]
        line = text.count("\n", 0, pos) + 1
        raise _file_error(ctx, "io.decode_odd", encoding=name, line=line, char=f"U+{ord(ch):04X}")
    if not decoded:  # report the encoding that got furthest
        exc = max(errors, key=lambda e: e.start)
        raise _file_error(
            ctx,
            "io.decode",
            encodings="UTF-8, GB18030 (GBK), Big5 (cp950), UTF-16",
            byte=f"0x{raw[exc.start]:02X}",
            line=_line_of(raw, exc.start, exc.encoding),
        ) from None
    if len(decoded) == 1:
        return next(iter(decoded.items()))
    scores = {name: _common_share(text, name) or 0.0 for name, text in decoded.items()}
    best, other = sorted(scores, key=scores.get, reverse=True)
    if scores[best] >= 0.8 and scores[best] - scores[other] >= 0.2:
        return best, decoded[best]
    if scores[best] == 0.0:  # no Chinese characters at all: GB18030, as before Big5 was tried
        return "gb18030", decoded["gb18030"]
    raise _file_error(ctx, "io.decode_ambiguous", gb=_sample(decoded["gb18030"]), big5=_sample(decoded["cp950"]))


def _sample(text: str) -> str:
    """The first few Chinese characters of ``text`` (to show two readings of the same bytes)."""
    return repr("".join(ch for ch in text[:4000] if _is_han(ch))[:8])


def _needs_cleaning(data: _Data) -> bool:
    """A NUL byte, or a CR that ends a line on its own (Excel for Mac), anywhere in the file."""
    carry = b""
    for chunk in data.chunks():
        if b"\x00" in chunk:
            return True
        block = carry + chunk
        carry = b"\r" if block.endswith(b"\r") else b""
        block = block[: len(block) - len(carry)]
        if block.count(b"\r") != block.count(b"\r\n"):
            return True
    return carry == b"\r"


def _clean_text(text: bytes, ctx: _Ctx) -> bytes:
    """UTF-8 text with every line ending in LF (CR-only and mixed line ends read, noted); NUL refused."""
    crs, crlfs = text.count(b"\r"), text.count(b"\r\n")
    if crs != crlfs:
        kind = "cr" if crlfs == 0 and b"\n" not in text else "mixed"
        text = text.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        ctx.note(f"io.note.line_ends_{kind}")
    nul = text.find(b"\x00")
    if nul >= 0:
        raise _file_error(ctx, "io.nul", line=text.count(b"\n", 0, nul) + 1)
    return text
