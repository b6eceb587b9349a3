"""留痕 (LC044/WeChatMsg) exports: ``liuhen-csv`` and ``liuhen-txt``.

CSV header: ``localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,
Remark,NickName,Sender``. One-to-one chats write only the first 9 values; that is normal.
Customer messages are ``IsSender`` 0 and ``Type`` 1 (text); everything else is skipped.

TXT: blocks of ``StrTime name`` then the content lines. The file has no "sent by me" flag:
留痕 names the file after the contact's 备注, so when a sender's name appears in the file
name only that sender is the customer; otherwise (stdin, group chats) every sender that is
not ``我`` and does not look like shop staff (see :func:`~csreply.reading.common.is_seller`)
counts as a customer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import PurePath

from csreply.reading.common import MEDIA_PLACEHOLDERS, RECALL, as_time, is_seller, join_body
from csreply.reading.decode import RawLine
from csreply.reading.records import BadRecord, Context, Message
from csreply.reading.table import Row, headerless, iter_table, ragged
from ..lazy_pattern import lazy

CSV_HEADER = (
    "localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime",
    "Status", "StrContent", "StrTime", "Remark", "NickName", "Sender",
)  # fmt: skip
TXT_HEADER = lazy(r"^(?P<time>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(?: (?P<name>.*))?$")
_QUOTE = lazy(r"^引用[:：]")  # the quoted earlier message, not new words


def is_csv_row(cells: list[str]) -> bool:
    """True for a 留痕 CSV data row: localId, TalkerId, Type, SubType, IsSender 0/1, CreateTime…"""
    return (
        9 <= len(cells) <= len(CSV_HEADER)
        and cells[0].strip().isdigit()
        and cells[2].strip().isdigit()
        and cells[4].strip() in ("0", "1")
        and cells[5].strip().isdigit()
    )


def read_liuhen_csv(lines: Iterable[RawLine], ctx: Context) -> Iterator[Message | BadRecord]:
    """Yield the contact's text messages from a 留痕 CSV (with or without its header row)."""
    col: dict[str, int] = {name.lower(): i for i, name in enumerate(CSV_HEADER)}
    width = len(CSV_HEADER)
    has_header = not headerless(ctx, is_csv_row, ",", CSV_HEADER)
    for item in iter_table(lines, ctx, delimiter=",", has_header=has_header):
        if isinstance(item, list):
            col = {name.lower(): i for i, name in enumerate(item)}
            width = len(item)
            continue
        if isinstance(item, BadRecord):
            yield item
            continue
        yield from _csv_row(item, col, width, ctx)


def _csv_row(
    row: Row, col: dict[str, int], width: int, ctx: Context
) -> Iterator[Message | BadRecord]:
    text_at = col.get("strcontent", 7)
    problem = ragged(row, text_at + 1, width, ctx)
    if problem:
        yield problem
        return

    def cell(name: str) -> str:
        index = col.get(name.lower())
        return row.cells[index].strip() if index is not None and index < len(row.cells) else ""

    sender, kind = cell("IsSender"), cell("Type")
    if sender not in ("0", "1") or not kind.isdigit():
        yield ctx.bad(
            row.line,
            f"IsSender {sender!r} / Type {kind!r} are not numbers",
            row=row.number,
            raw=row.raw,
        )
        return
    text = row.cells[text_at].strip()
    if sender == "1" and kind == "1" and text:
        ctx.agent_said(text, cell("TalkerId") or None)
        return
    if sender == "1" or kind != "1" or not text:
        ctx.skip()
        return
    yield ctx.message(
        text,
        row.line,
        row=row.number,
        session=cell("TalkerId") or None,
        speaker=cell("NickName") or cell("Remark") or cell("Sender") or None,
        time=cell("StrTime") or as_time(cell("CreateTime")) or None,
    )


def read_liuhen_txt(lines: Iterable[RawLine], ctx: Context) -> Iterator[Message | BadRecord]:
    """Yield the contact's messages from a 留痕 TXT export (one message per block)."""
    contact = _contact(ctx)
    block: tuple[int, str, str] | None = None  # (line, time, name)
    body: list[str] = []

    def close() -> Iterator[Message]:
        if block is None:
            return
        line, when, name = block
        words = [text for text in body if not _QUOTE.match(text)]
        if not name or RECALL.search(name) or not words:
            ctx.skip()  # a system line: time and notice, no sender, no body
            return
        if not _is_customer(name, contact):
            ctx.skip()
            return
        if all(text in MEDIA_PLACEHOLDERS for text in words):
            ctx.skip()
            return
        yield ctx.message(join_body(words), line, speaker=name, session=contact or name, time=when)

    for item in ctx.text_lines(lines):
        if isinstance(item, BadRecord):
            yield item
            continue
        number, text = item
        header = TXT_HEADER.match(text)
        if header:
            yield from close()
            block, body = (number, header["time"], (header["name"] or "").strip()), []
        elif block is None:
            yield ctx.bad(number, "text before the first time/name line", raw=text)
        else:
            body.append(text)
    yield from close()


def _contact(ctx: Context) -> str | None:
    """The sender named in the file name (留痕 writes ``<备注>.txt``), seen in the prefix."""
    if ctx.name.startswith("<"):
        return None
    stem = PurePath(ctx.name).stem
    for text in ctx.prefix:
        header = TXT_HEADER.match(text.strip())
        name = (header["name"] or "").strip() if header else ""
        if name and name != "我" and not RECALL.search(name) and name in stem:
            return name
    return None


def _is_customer(name: str, contact: str | None) -> bool:
    if contact is not None:
        return name == contact
    return name != "我" and not is_seller(name)
