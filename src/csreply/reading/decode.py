"""Bytes in, numbered lines out: a streaming line splitter (the encoding comes from :mod:`.sniff`).

Exports are read as bytes (stdin on Windows would otherwise be decoded as cp936) and the
encoding is chosen from a bounded prefix: a BOM wins, then strict UTF-8, then GB18030
(a superset of GBK/GB2312, which detectors often mislabel). Lines are split on the *bytes*
and decoded one by one, so a single line with broken bytes becomes one bad record instead of
ending the whole read. CRLF, LF and bare CR all end a line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from csreply.reading.sniff import Encoding, sniff

CHUNK = 64 * 1024  # bytes per read; also the most the encoding sniffer looks at
MAX_LINE_BYTES = 8 * 1024 * 1024  # a longer line is one bad record, skipped without buffering it
_NEVER = 1 << 62  # "no position yet"


@dataclass(frozen=True)
class RawLine:
    """One physical line: its 1-based number, its text (None if undecodable) and its bytes."""

    number: int
    text: str | None
    data: bytes
    codec: str = "utf-8"
    problem: str | None = None  # why ``text`` is None, when it is not simply bad bytes

    def lossy(self) -> str:
        """The line decoded with replacement characters, for error reports."""
        return self.data.decode(self.codec, errors="replace")


class LineSource:
    """Numbered lines from a binary stream, read lazily in chunks.

    The first chunk (up to :data:`CHUNK` bytes, more only until it holds a complete line)
    chooses the encoding; :meth:`prefix` shows the complete lines in it for format
    detection, and iteration replays them before reading on. Reads use ``read1`` when the
    stream has it, so a pipe yields lines as they arrive instead of waiting for 64 KiB.
    """

    def __init__(
        self, stream: BinaryIO, *, encoding: str | None = None, name: str = "<stdin>"
    ) -> None:
        self._stream = stream
        self._read = getattr(stream, "read1", None) or stream.read
        self._buf = b""
        self._eof = False
        self._started = False
        self._forced = encoding
        self._no_lf_from = _NEVER  # the buffer has no LF at or after this position
        self.name = name
        self.encoding = Encoding("utf-8", "utf-8")

    def _fill(self) -> bool:
        """Append one chunk to the buffer; False at end of input."""
        if self._eof:
            return False
        chunk = self._read(CHUNK)
        if not chunk:
            self._eof = True
            return False
        self._buf += chunk
        self._no_lf_from = _NEVER
        return True

    def start(self) -> Encoding:
        """Read the first chunk and choose the encoding (idempotent)."""
        if self._started:
            return self.encoding
        self._started = True
        while len(self._buf) < CHUNK and b"\n" not in self._buf and b"\r" not in self._buf:
            if not self._fill():
                break
        self.encoding = sniff(
            self._buf[:CHUNK], final=self._eof, forced=self._forced, name=self.name
        )
        self._buf = self._buf[len(self.encoding.bom) :]
        return self.encoding

    def prefix(self, limit: int = 200) -> list[str]:
        """Decoded complete lines already buffered (at most ``limit``), without reading more.

        Undecodable lines come out with replacement characters: detection only needs shapes.
        """
        self.start()
        lines: list[str] = []
        pos = 0
        while len(lines) < limit:
            found = self._split(pos)
            if found is None:
                break
            end, nxt = found
            lines.append(self._buf[pos:end].decode(self.encoding.codec, errors="replace"))
            if nxt < 0:
                break
            pos = nxt
        if lines:
            lines[0] = lines[0].lstrip("\ufeff")
        return lines

    def _split(self, pos: int) -> tuple[int, int] | None:
        """(end of line, start of next line) for the line at ``pos`` if complete in the buffer.

        The start is -1 when the line ends in a CR that is the last byte buffered.
        """
        buf, unit = self._buf, self.encoding.unit
        if pos >= len(buf):
            return None
        cr, lf = _eol_units(self.encoding.codec, unit)
        # Look for the LF first and for a CR only before it: searching the whole buffer for
        # both on every line would be quadratic in the chunk size.
        end = -1
        if pos < self._no_lf_from:
            end = _find_lf(buf, lf, pos, unit)
            if end < 0:
                self._no_lf_from = pos  # bare-CR text: stop looking for LFs in this buffer
        at_cr = _find(buf, cr, pos, end if end >= 0 else len(buf), unit)
        if at_cr >= 0:
            end = at_cr
        if end < 0:
            return (len(buf), len(buf)) if self._eof else None
        nxt = end + unit
        if buf[end : end + unit] == cr and buf[nxt : nxt + unit] == lf:
            nxt += unit
        # A CR ending the buffer may be the first half of CRLF; the next chunk will tell.
        elif buf[end : end + unit] == cr and nxt == len(buf) and not self._eof:
            return end, -1
        return end, nxt

    def __iter__(self) -> Iterator[RawLine]:
        self.start()
        number = 0
        pos = 0
        skip_lf = False  # the last line ended in a CR at the end of a chunk
        lf = _eol_units(self.encoding.codec, self.encoding.unit)[1]
        while True:
            if skip_lf and pos < len(self._buf):
                if self._buf.startswith(lf, pos):
                    pos += len(lf)
                skip_lf = False
            found = None if skip_lf else self._split(pos)
            if found is None:
                # Need more bytes: drop what is consumed so memory stays one line + one chunk.
                self._buf = self._buf[pos:]
                self._no_lf_from = _NEVER
                pos = 0
                if len(self._buf) > MAX_LINE_BYTES:
                    number += 1
                    yield self._too_long(number, self._buf[:400])
                    skip_lf = self._skip_line()
                    continue
                if not self._fill() and (skip_lf or not self._buf):
                    return
                continue  # at end of input _split now returns the last, unterminated line
            end, nxt = found
            if nxt < 0:
                nxt, skip_lf = len(self._buf), True
            number += 1
            if end - pos > MAX_LINE_BYTES:  # its end came in the chunk that passed the limit
                yield self._too_long(number, self._buf[pos : pos + 400])
            else:
                yield self._decode(number, self._buf[pos:end])
            pos = nxt

    def _decode(self, number: int, data: bytes) -> RawLine:
        codec = self.encoding.codec
        try:
            text: str | None = data.decode(codec)
        except UnicodeDecodeError:
            text = None
        if text is not None and "\x00" in text:
            return RawLine(number, None, data, codec, "a NUL byte: binary data, not text")
        if number == 1 and text is not None:
            text = text.lstrip("\ufeff")  # a BOM left by a forced or doubled encoding
        return RawLine(number, text, data, codec)

    def _too_long(self, number: int, head: bytes) -> RawLine:
        """The bad record for a line over :data:`MAX_LINE_BYTES`, shown by its ``head``."""
        return RawLine(
            number, None, head, self.encoding.codec, f"line longer than {MAX_LINE_BYTES} bytes"
        )

    def _skip_line(self) -> bool:
        """Drop bytes up to the end of the current line, reading on as needed (memory stays one
        chunk). Returns True when the line ended in a CR that may be followed by an LF."""
        unit = self.encoding.unit
        cr, lf = _eol_units(self.encoding.codec, unit)
        while True:
            ends = [i for i in (_find(self._buf, lf, 0, len(self._buf), unit),
                                _find(self._buf, cr, 0, len(self._buf), unit)) if i >= 0]
            if ends:
                end = min(ends)
                nxt = end + unit
                was_cr = self._buf[end:nxt] == cr
                if was_cr and self._buf[nxt : nxt + unit] == lf:
                    nxt += unit
                self._buf = self._buf[nxt:]
                return was_cr and not self._buf  # the LF of a CRLF may be in the next chunk
            self._buf = self._buf[len(self._buf) - len(self._buf) % unit :]  # keep alignment
            if not self._fill():
                return False


def _eol_units(codec: str, unit: int) -> tuple[bytes, bytes]:
    """The CR and LF code units in ``codec``."""
    if unit == 1:
        return b"\r", b"\n"
    return "\r".encode(codec), "\n".encode(codec)


def _find_lf(buf: bytes, lf: bytes, start: int, unit: int) -> int:
    """The next LF of the line starting at ``start``.

    In UTF-16 an LF off the code-unit grid is taken too: it means a byte was lost or added
    earlier in this line, and ending the line there costs that one line (it will not decode)
    instead of every line after it. Text in UTF-16 only holds such a pair where a character
    U+0Axx meets one ending in 00 (U+xx00), which Chinese chats do not write.
    """
    if unit == 2:
        return buf.find(lf, start)
    return _find(buf, lf, start, len(buf), unit)


def _find(buf: bytes, needle: bytes, start: int, stop: int, unit: int) -> int:
    """``buf.find(needle, start, stop)`` on code-unit boundaries only (for UTF-16/32)."""
    i = buf.find(needle, start, stop)
    while i >= 0 and (i - start) % unit:
        i = buf.find(needle, i + 1, stop)
    return i
