"""千牛/旺旺 chat text: ``qianniu`` (desktop 接待中心 copy) and ``qianniu-web`` (聊天记录查询 page).

Only the buyer's words come out, one :class:`Message` per message block, its body lines
joined by a space (see :func:`~csreply.reading.common.join_body`). A nick with ``:``/``：``
(店铺名:子账号) or a word like 客服/旗舰店/专营店/售后 is the seller. Read receipts
(已读/未读/发送中), recalls, system notices, links and ``¥`` price lines of product cards
and media placeholders are counted as skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from csreply.reading.common import MEDIA_PLACEHOLDERS, RECALL, is_seller, join_body
from csreply.reading.decode import RawLine
from csreply.reading.records import BadRecord, Context, Message
from ..lazy_pattern import lazy

_STAMP = r"\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}:\d{2}"
_STAMP_AT_END = lazy(rf"{_STAMP}$")
BARE_STAMP = lazy(rf"^{_STAMP}$")  # older variant: nick alone on the line before
STATUS = frozenset({"已读", "未读", "发送中"})
_SYSTEM = lazy(r"^(当前用户来自|商品详情页|商品推荐|由\s*\S+\s*转交给|原因：【)")
_LINK_OR_PRICE = lazy(r"^(https?://\S+|[¥￥]\s*[\d.,]+.*)$")

# qianniu-web: a `HH:MM:SS` line, the content lines, then the sender; a date starts a day.
WEB_TIME = lazy(r"^\d{1,2}:\d{2}(?::\d{2})?$")
WEB_DATE = lazy(r"^\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日)$")


class _Header(dict):
    """A parsed header line: ``header["nick"]``, ``header["to"]`` (or None), ``header["time"]``."""


class _HeaderMatcher:
    """``HEADER.match(line)``: ``<nick><optional space><YYYY-M-D H:MM:SS>``, or
    ``A --> B <time>`` (sender to receiver); a :class:`_Header` or None.

    Written as a stamp search plus string splits rather than one regex: the regex with a lazy
    nick, an optional ``-->`` group and an anchored stamp backtracked super-linearly (a 20 KB
    line of `` -->`` took 25 s). Every step here is linear in the line's length.
    """

    @staticmethod
    def match(text: str) -> _Header | None:
        if not text or text[0].isspace() or not text[-1].isdigit():
            return None
        stamp = _STAMP_AT_END.search(text, max(0, len(text) - 32))  # a stamp is at most 19 chars
        if stamp is None:
            return None
        head = text[: stamp.start()]
        arrow = head.find("-->", 1)  # the nick has at least one character
        if arrow > 0 and head[arrow + 3 :]:
            to = head[arrow + 3 :].strip()
            return _Header(nick=head[:arrow].rstrip(), to=to or None, time=stamp.group())
        if head[-1:].isspace():
            head = head[:-1]  # the one optional space before the time
        return _Header(nick=head, to=None, time=stamp.group()) if head else None


HEADER = _HeaderMatcher()


def is_noise(text: str) -> bool:
    """True for lines that are not message text: receipts, recalls, notices, cards, media."""
    return (
        text in STATUS
        or text in MEDIA_PLACEHOLDERS
        or bool(RECALL.search(text) or _SYSTEM.match(text) or _LINK_OR_PRICE.match(text))
    )


@dataclass
class _Block:
    """One message being collected: sender, time, first line and body lines."""

    nick: str
    time: str | None
    line: int
    body: list[tuple[int, str]] = field(default_factory=list)


def _finish(block: _Block | None, ctx: Context) -> Iterator[Message]:
    """Emit the block if it is the buyer's; count noise lines and seller messages as skipped."""
    if block is None:
        return
    if not block.body:
        ctx.skip()  # a header with nothing under it (an image or card that was not copied)
        return
    words = []
    for _, text in block.body:
        if is_noise(text):
            ctx.skip()
        else:
            words.append(text)
    if not words:
        return
    if is_seller(block.nick):
        ctx.agent_said(join_body(words))
        return
    yield ctx.message(
        join_body(words), block.line, session=block.nick, speaker=block.nick, time=block.time
    )


def read_qianniu(lines: Iterable[RawLine], ctx: Context) -> Iterator[Message | BadRecord]:
    """Desktop copy text: a header line ``nick YYYY-M-D H:MM:SS`` then body lines."""
    block: _Block | None = None
    loose: tuple[int, str] | None = None  # a line before any header: maybe a nick (old layout)

    def report_loose() -> Iterator[BadRecord]:
        nonlocal loose
        if loose is not None:
            yield ctx.bad(loose[0], "text before the first sender/time header", raw=loose[1])
            loose = None

    for item in ctx.text_lines(lines):
        if isinstance(item, BadRecord):
            yield item
            continue
        number, text = item
        header = HEADER.match(text)
        if header and not RECALL.search(text):
            yield from report_loose()
            yield from _finish(block, ctx)
            block = _Block(header["nick"].strip(), header["time"], number)
        elif BARE_STAMP.match(text) and (loose or (block and block.body)):
            # Old layout: the nick was on the line before, which we had taken as body.
            line, nick = loose if loose else block.body.pop()  # type: ignore[union-attr]
            loose = None
            yield from _finish(block, ctx)
            block = _Block(nick, text, line)
        elif block is None:
            yield from report_loose()
            if is_noise(text):
                ctx.skip()
            else:
                loose = (number, text)
        else:
            block.body.append((number, text))
    yield from report_loose()
    yield from _finish(block, ctx)


def read_qianniu_web(lines: Iterable[RawLine], ctx: Context) -> Iterator[Message | BadRecord]:
    """Web page text: ``HH:MM:SS``, content lines, sender line; date lines between days."""
    date: str | None = None
    stamp: tuple[int, str] | None = None  # (line, time) of the open block
    body: list[tuple[int, str]] = []

    def close() -> Iterator[Message | BadRecord]:
        if stamp is None:
            for line, text in body:  # lines before the first time line
                if is_noise(text):
                    ctx.skip()
                else:
                    yield ctx.bad(line, "text before the first time line", raw=text)
            return
        line, clock = stamp
        if not body:
            yield ctx.bad(line, "time line without content or sender", raw=clock)
            return
        (_, nick), content = body[-1], body[:-1]
        block = _Block(nick, f"{date} {clock}" if date else clock, line)
        block.body = content  # none: an image or card whose placeholder was not copied
        yield from _finish(block, ctx)

    for item in ctx.text_lines(lines):
        if isinstance(item, BadRecord):
            yield item
            continue
        number, text = item
        if WEB_TIME.match(text) or WEB_DATE.match(text):
            yield from close()
            body = []
            if WEB_DATE.match(text):
                date, stamp = text, None
            else:
                stamp = (number, text)
        else:
            body.append((number, text))
    yield from close()
