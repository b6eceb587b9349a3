"""Choosing the encoding of an export from a bounded prefix of its bytes: a BOM wins, then strict
UTF-8, then GB18030 or Big5 by which one reads as common characters; ``--encoding`` forces one."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from csreply.errors import InputError, UsageError

_BOMS: tuple[tuple[bytes, str, str, int], ...] = (
    # (bom, codec, label, code unit size)
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig", 1),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le", 2),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be", 2),
)


@dataclass(frozen=True)
class Encoding:
    """How to turn the input's bytes into text.

    ``codec`` decodes a single line; ``label`` is what ``ReadStats.encoding`` reports;
    ``bom`` is skipped at the start; ``unit`` is the code-unit size used to find line ends.
    """

    codec: str
    label: str
    bom: bytes = b""
    unit: int = 1
    warning: str | None = None  # a doubt about the choice, for the user


def check_encoding(name: str) -> str:
    """Normalise a user-given encoding name, or raise :class:`UsageError`.

    >>> check_encoding("GBK")
    'gbk'
    """
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UsageError(f"unknown encoding {name!r}") from None


def _decodes(data: bytes, codec: str, final: bool) -> bool:
    """True if ``data`` is valid ``codec``; a sequence cut at the end is fine unless final."""
    try:
        codecs.getincrementaldecoder(codec)("strict").decode(data, final)
    except UnicodeDecodeError:
        return False
    return True


def _vote(data: bytes, codec: str, final: bool) -> bool:
    """Line-by-line vote: True when non-ASCII lines mostly decode in ``codec``.

    Lets one broken line (say a GB18030 line pasted into a UTF-8 file) stay a bad record
    instead of flipping the whole file to another encoding and garbling every other line.
    """
    lines = data.replace(b"\r", b"\n").split(b"\n")
    if not final:
        lines = lines[:-1]  # may be cut mid-character
    good = bad = 0
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode(codec)
            good += 1
        except UnicodeDecodeError:
            bad += 1
    return good > 0 and good >= bad


def sniff(
    prefix: bytes, *, final: bool, forced: str | None = None, name: str = "<stdin>"
) -> Encoding:
    """Choose the encoding from a bounded ``prefix`` of the input.

    ``final`` says the prefix is the whole input. ``forced`` (from ``--encoding``) skips the
    guessing, though a matching BOM is still skipped.

    >>> sniff("你好".encode("gb18030"), final=True).codec
    'gb18030'
    >>> sniff(codecs.BOM_UTF8 + b"hi", final=True).label
    'utf-8-sig'
    """
    if forced is not None:
        return _forced(prefix, check_encoding(forced))
    for bom, codec, label, unit in _BOMS:
        if prefix.startswith(bom):
            return Encoding(codec, label, bom, unit)
    # NUL bytes mean binary data or UTF-16 without a BOM (GB18030 would "decode" either),
    # unless they are a stray few: those lines become bad records and the rest is text.
    prefix = _without_stray_nuls(prefix)
    if prefix is not None:
        if _decodes(prefix, "utf-8", final):
            return Encoding("utf-8", "utf-8")
        if _vote(prefix, "utf-8", final):
            return Encoding("utf-8", "utf-8")
        if _decodes(prefix, "gb18030", final) or _vote(prefix, "gb18030", final):
            return _gb18030_or_big5(prefix, final)
    raise InputError("input is not UTF-8, UTF-16 or GB18030 text; try --encoding", file=name)


# Frequent characters: lead bytes of GB2312 level 1 (3,755 common simplified characters) and
# of Big5 level 1 (5,401 common traditional ones).
_FREQUENT = (("gb2312", 0xB0, 0xD7), ("big5", 0xA4, 0xC6))


def _is_frequent(ch: str) -> bool:
    for codec, first, last in _FREQUENT:
        try:
            data = ch.encode(codec)
        except UnicodeEncodeError:
            continue
        if len(data) == 2 and first <= data[0] <= last:
            return True
    return False


def _common_share(text: str) -> tuple[float, int]:
    """(share of frequent characters among the CJK characters of ``text``, their count).

    Text decoded with the right codec is mostly frequent characters, simplified or
    traditional; bytes decoded with the wrong one scatter over rare characters.
    """
    cjk = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    common = sum(1 for ch in cjk if _is_frequent(ch))
    return (common / len(cjk) if cjk else 1.0), len(cjk)


def _gb18030_or_big5(prefix: bytes, final: bool) -> Encoding:
    """GB18030, unless the bytes read far better as Big5 (Big5 bytes are mostly valid GB18030
    too, and decode into rare characters); a warning when GB18030 gives text like garbage."""
    gb, count = _common_share(prefix.decode("gb18030", errors="replace"))
    if count < 10 or gb >= 0.9:
        return Encoding("gb18030", "gb18030")
    try:
        text = codecs.getincrementaldecoder("big5")("strict").decode(prefix, final)
    except UnicodeDecodeError:
        text = None
    if text is not None:
        big5, _ = _common_share(text)
        if big5 >= 0.9 and big5 - gb >= 0.25:
            return Encoding("big5", "big5")
    return Encoding(
        "gb18030",
        "gb18030",
        warning=f"read as GB18030, but {1 - gb:.0%} of its Chinese characters are rare ones: "
        "if the text looks garbled, give its encoding with --encoding (big5, …)",
    )


def _without_stray_nuls(prefix: bytes) -> bytes | None:
    r"""``prefix`` without the lines holding NUL bytes when those are at most 1 line in 50, each
    with one or two NULs, and some line is free of them; None when NULs look like binary data
    or UTF-16.

    >>> _without_stray_nuls(b"a\nb\x00\nc\n")
    b'a\nc\n'
    >>> _without_stray_nuls(b"\x00" * 10) is None
    True
    """
    if b"\x00" not in prefix:
        return prefix
    lines = prefix.split(b"\n")
    kept = [line for line in lines if b"\x00" not in line]
    stray = len(lines) - len(kept)
    if not any(kept) or stray > max(1, len(lines) // 50) or prefix.count(0) > 2 * stray:
        return None
    return b"\n".join(kept)


def _forced(prefix: bytes, codec: str) -> Encoding:
    """The :class:`Encoding` for an encoding the user named."""
    if codec in ("utf-8", "utf-8-sig"):
        bom = codecs.BOM_UTF8 if prefix.startswith(codecs.BOM_UTF8) else b""
        return Encoding("utf-8", "utf-8-sig" if bom else "utf-8", bom)
    if codec in ("utf-16", "utf-32"):
        # Bare utf-16/32 means "follow the BOM"; without one, assume little-endian (Windows).
        unit = 2 if codec == "utf-16" else 4
        for endian in ("be", "le"):
            bom = getattr(codecs, f"BOM_UTF{unit * 8}_{endian.upper()}")
            if prefix.startswith(bom):
                return Encoding(f"{codec}-{endian}", f"{codec}-{endian}", bom, unit)
        return Encoding(f"{codec}-le", f"{codec}-le", b"", unit)
    if codec.startswith(("utf-16-", "utf-32-")):
        unit = 2 if codec.startswith("utf-16") else 4
        bom = getattr(codecs, f"BOM_UTF{unit * 8}_{codec[-2:].upper()}")
        return Encoding(codec, codec, bom if prefix.startswith(bom) else b"", unit)
    return Encoding(codec, codec)
