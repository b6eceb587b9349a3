"""PyWxDump exports: ``pywxdump-csv`` and ``pywxdump-json``.

Both carry ``type_name, is_sender, talker, room_name, msg, CreateTime`` (older CSVs put
a JSON ``content`` in place of ``msg,src``). Customer messages are ``is_sender`` 0 with
``type_name`` 文本 or 带有引用的文本消息; everything else is skipped.

The JSON export is one big array; it is parsed object by object with
``json.JSONDecoder.raw_decode`` so memory stays at one object plus one line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from csreply.errors import InputError
from csreply.reading.common import as_text, as_time
from csreply.reading.decode import RawLine
from csreply.reading.jsonl import json_problem, loads
from csreply.reading.records import BadRecord, Context, Message
from csreply.reading.table import headerless, iter_table, ragged

TEXT_TYPES = frozenset({"文本", "带有引用的文本消息"})
CSV_KEYS = frozenset({"type_name", "is_sender", "talker"})
CSV_COLUMNS = (
    "id", "MsgSvrID", "type_name", "is_sender", "talker", "room_name", "msg", "src", "CreateTime",
)  # fmt: skip


def _message(
    record: dict[str, object], line: int, row: int, ctx: Context, raw: str
) -> Iterator[Message | BadRecord]:
    """One PyWxDump record (CSV row or JSON object) to a message, a skip or a BadRecord."""
    sender = as_text(record.get("is_sender"))
    kind = as_text(record.get("type_name"))
    if sender is None or kind is None or sender.strip() not in ("0", "1"):
        yield ctx.bad(line, "is_sender/type_name missing or not 0/1", row=row, raw=raw)
        return
    text = _text(record)
    talker = (as_text(record.get("talker")) or "").strip()
    room = (as_text(record.get("room_name")) or "").strip()
    if sender.strip() == "1" and kind.strip() in TEXT_TYPES and text:
        ctx.agent_said(text, room or None)  # "我": the shop's side of this chat
        return
    if sender.strip() == "1" or kind.strip() not in TEXT_TYPES or not text:
        ctx.skip()
        return
    yield ctx.message(
        text,
        line,
        row=row,
        session=room or talker or None,
        speaker=talker if talker and talker != "我" else None,
        time=as_time(record.get("CreateTime")) or None,
    )


def _text(record: dict[str, object]) -> str:
    """The message text: ``msg``, or ``msg`` inside the older JSON-string ``content``."""
    if record.get("msg") is not None:
        return (as_text(record["msg"]) or "").strip()
    content = as_text(record.get("content")) or ""
    try:
        inner = json.loads(content)
    except json.JSONDecodeError:
        return content.strip()
    if isinstance(inner, dict):
        return (as_text(inner.get("msg")) or "").strip()
    return content.strip()


def is_csv_row(cells: list[str]) -> bool:
    """True for a PyWxDump CSV data row: id, MsgSvrID, type_name, is_sender 0/1, talker, …"""
    return (
        len(cells) >= 8
        and cells[0].strip().isdigit()
        and cells[3].strip() in ("0", "1")
        and bool(cells[2].strip())
        and not cells[2].strip().isdigit()
    )


def read_pywxdump_csv(lines: Iterable[RawLine], ctx: Context) -> Iterator[Message | BadRecord]:
    """Yield the contacts' text messages from a PyWxDump CSV (with or without its header)."""
    header: list[str] = []
    need = 0
    if headerless(ctx, is_csv_row, ",", CSV_COLUMNS):
        header = list(CSV_COLUMNS)
        need = header.index("msg") + 1
    for item in iter_table(lines, ctx, delimiter=",", has_header=not header):
        if isinstance(item, list):
            header = item
            text_col = "msg" if "msg" in header else "content"
            if text_col not in header:
                raise InputError(
                    "not a PyWxDump CSV: the header has no 'msg' or 'content' column", file=ctx.name, line=1
                )
            need = max(header.index(name) for name in ("type_name", "is_sender", text_col) if name in header) + 1
            continue
        if isinstance(item, BadRecord):
            yield item
            continue
        problem = ragged(item, need, len(header), ctx)
        if problem:
            yield problem
            continue
        yield from _message(dict(zip(header, item.cells)), item.line, item.number, ctx, item.raw)


def read_pywxdump_json(lines: Iterable[RawLine], ctx: Context) -> Iterator[Message | BadRecord]:
    """Yield the contacts' text messages from a PyWxDump JSON array."""
    for row, line, obj, raw in iter_json_array(lines, ctx):
        if isinstance(obj, BadRecord):
            yield obj
        elif not isinstance(obj, dict):
            yield ctx.bad(line, "array element is not a JSON object", row=row, raw=raw)
        else:
            yield from _message(obj, line, row, ctx, raw)


class _Buffer:
    """Text of the lines pulled so far, with line numbers for positions in it."""

    def __init__(self, lines: Iterable[RawLine]) -> None:
        self._lines = iter(lines)
        self.text = ""
        self._mark = (0, 1)  # (position, its line number): counting resumes from here
        self.broken: list[int] = []  # undecodable line numbers, kept for their element

    def pull(self, chars: int = 1) -> bool:
        """Append lines until at least ``chars`` characters came in; False at end of input.

        Lines are joined once per call: adding them to the text one by one would copy it
        once per line.
        """
        parts: list[str] = []
        got = 0
        for raw in self._lines:
            if raw.text is None:
                self.broken.append(raw.number)  # keep the JSON shape, report the element
            parts.append((raw.text if raw.text is not None else raw.lossy()) + "\n")
            got += len(parts[-1])
            if got >= chars:
                break
        self.text += "".join(parts)
        return bool(parts)

    def line_at(self, pos: int) -> int:
        """Line number of position ``pos`` (positions only move forward)."""
        mark, line = self._mark
        if pos < mark:
            return line - self.text.count("\n", pos, mark)
        line += self.text.count("\n", mark, pos)
        self._mark = (pos, line)
        return line

    def skip_space(self, pos: int) -> int:
        """Position of the next non-space character, pulling lines as needed (len at EOF)."""
        while True:
            while pos < len(self.text) and self.text[pos].isspace():
                pos += 1
            if pos < len(self.text) or not self.pull():
                return pos

    def compact(self, pos: int) -> int:
        """Forget text before ``pos`` once it is long, so memory stays bounded; new ``pos``."""
        if pos < 16384:
            return pos
        line = self.line_at(pos)
        self.text = self.text[pos:]
        self._mark = (0, line)
        self.broken = [n for n in self.broken if n >= line]
        return 0


def iter_json_array(
    lines: Iterable[RawLine], ctx: Context
) -> Iterator[tuple[int, int, object, str]]:
    """Yield ``(row, line, element, raw)`` for each element of a top-level JSON array.

    A malformed element comes out as a :class:`BadRecord`; reading resumes at the next
    line that starts with ``{``.
    """
    buf = _Buffer(lines)
    decoder = json.JSONDecoder()
    pos = buf.skip_space(0)
    if buf.text[pos : pos + 1] != "[":
        line = buf.line_at(pos)
        yield 0, line, ctx.bad(line, "not a JSON array", raw=buf.text[pos : pos + 200]), ""
        return
    pos = buf.skip_space(pos + 1)
    row = 0
    while pos < len(buf.text) and buf.text[pos] != "]":
        pos = buf.compact(pos)
        row += 1
        line = buf.line_at(pos)
        try:
            obj, end = _decode(decoder, buf, pos)
        except ValueError as exc:  # syntax, too many digits, nesting, lone surrogates
            at = exc.pos if isinstance(exc, json.JSONDecodeError) else pos
            reason = json_problem(exc)
            if isinstance(exc, json.JSONDecodeError):
                col = exc.pos - buf.text.rfind("\n", 0, exc.pos)
                reason = f"invalid JSON: {exc.msg} (line {buf.line_at(exc.pos)} col {col})"
            raw = buf.text[pos : pos + 200]
            yield row, line, ctx.bad(line, reason, row=row, raw=raw), raw
            pos = _resync(buf, at)
            continue
        raw = buf.text[pos:end]
        last = buf.line_at(end)
        problem = _surrogates(raw)
        if problem:
            yield row, line, ctx.bad(line, problem, row=row, raw=raw), raw
        elif any(line <= n <= last for n in buf.broken):
            yield (
                row,
                line,
                ctx.bad(line, f"undecodable bytes ({ctx.encoding})", row=row, raw=raw),
                raw,
            )
        else:
            yield row, line, obj, raw
        pos = buf.skip_space(end)
        if buf.text[pos : pos + 1] == ",":
            pos = buf.skip_space(pos + 1)


def _decode(decoder: json.JSONDecoder, buf: _Buffer, pos: int) -> tuple[object, int]:
    """Decode the element at ``pos``, pulling more lines while it is cut short.

    Raises :class:`ValueError` for a bad element (syntax, nesting, too many digits).
    Each retry at least doubles what is buffered past ``pos``, so an element spread over many
    lines costs linear time, not one full decode per line.
    """
    while True:
        try:
            obj, end = decoder.raw_decode(buf.text, pos)
        except json.JSONDecodeError as exc:
            # An error at the very end of what we have means "cut short": read on and retry.
            cut = exc.pos >= len(buf.text.rstrip()) or exc.msg.startswith("Unterminated string")
            if not (cut and buf.pull(len(buf.text) - pos)):
                raise
            continue
        except RecursionError:
            raise ValueError("nested too deeply") from None
        return obj, end


def _surrogates(raw: str) -> str | None:
    """The reason to reject an element holding lone surrogates (no output can hold them)."""
    if "\\u" not in raw:
        return None
    try:
        loads(raw)
    except ValueError as exc:
        return json_problem(exc)
    return None


def _resync(buf: _Buffer, pos: int) -> int:
    """Position of the next line starting with ``{`` or ``]`` after ``pos`` (len at EOF)."""
    while True:
        nl = buf.text.find("\n", pos)
        if nl < 0:
            pos = len(buf.text)
            if not buf.pull():
                return pos
            continue
        start = buf.skip_space(nl + 1)
        if buf.text[start : start + 1] in ("{", "]"):
            return start
        pos = nl + 1
