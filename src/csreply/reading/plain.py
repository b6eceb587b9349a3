"""``text``: one customer message per non-blank line."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from csreply.reading.decode import RawLine
from csreply.reading.records import BadRecord, Context, Message


def read_text(lines: Iterable[RawLine], ctx: Context) -> Iterator[Message | BadRecord]:
    """Yield every non-blank line, stripped, as a message.

    >>> from csreply.reading.decode import RawLine
    >>> [m.text for m in read_text([RawLine(1, " 在吗 ", b""), RawLine(2, "", b"")], Context("text", "utf-8"))]
    ['在吗']
    """
    for raw in lines:
        if raw.text is None:
            yield ctx.undecodable(raw)
        elif raw.text.strip():
            yield ctx.message(raw.text.strip(), raw.number)
