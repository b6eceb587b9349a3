"""Read customer messages from chat exports, streaming, for ``csreply batch``.

>>> import io
>>> [m.text for m in read_messages(io.BytesIO("在吗\\n\\n这款有货吗\\n".encode("gb18030")))]
['在吗', '这款有货吗']

The input is bytes; its encoding comes from a BOM, else strict UTF-8, else GB18030
(:mod:`.decode`), and its format from the first lines (:mod:`.detect`) unless forced.
Readers yield :class:`Message` for customer text and :class:`BadRecord` for records that
cannot be read, and count everything else (agent lines, notices, receipts, media) in
:attr:`ReadStats.skipped`. Nothing is printed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from csreply.errors import UsageError
from csreply.reading.decode import LineSource, RawLine
from csreply.reading.detect import detect
from csreply.reading.jddc import read_jddc
from csreply.reading.jsonl import read_jsonl
from csreply.reading.liuhen import read_liuhen_csv, read_liuhen_txt
from csreply.reading.plain import read_text
from csreply.reading.pywxdump import read_pywxdump_csv, read_pywxdump_json
from csreply.reading.qianniu import read_qianniu, read_qianniu_web
from csreply.reading.records import BadRecord, Context, Message, ReadStats
from csreply.reading.sniff import check_encoding
from csreply.reading.table import read_delimited

__all__ = ["FORMATS", "BadRecord", "Message", "ReadStats", "agent_lines", "read_messages"]

Reader = Callable[[Iterable[RawLine], Context], Iterator[Message | BadRecord]]

_READERS: dict[str, Reader] = {
    "text": read_text,
    "jsonl": read_jsonl,
    "csv": lambda lines, ctx: read_delimited(lines, ctx, delimiter=","),
    "tsv": lambda lines, ctx: read_delimited(lines, ctx, delimiter="\t"),
    "qianniu": read_qianniu,
    "qianniu-web": read_qianniu_web,
    "liuhen-csv": read_liuhen_csv,
    "liuhen-txt": read_liuhen_txt,
    "pywxdump-csv": read_pywxdump_csv,
    "pywxdump-json": read_pywxdump_json,
    "jddc": read_jddc,
}

FORMATS: tuple[str, ...] = tuple(_READERS)

DETECT_LINES = 50  # detection looks at this many lines of the first chunk at most


def read_messages(
    stream: BinaryIO,
    *,
    input_format: str = "auto",
    encoding: str | None = None,
    text_field: str | None = None,
    text_column: str | None = None,
    name: str = "<stdin>",
    stats: ReadStats | None = None,
) -> Iterator[Message | BadRecord]:
    """Yield customer messages and bad records from a chat export, as they are read.

    ``stream`` is binary (``sys.stdin.buffer``, ``open(path, "rb")``). ``input_format`` is
    ``"auto"`` or one of :data:`FORMATS`; ``encoding`` forces a codec; ``text_field`` and
    ``text_column`` name the text in jsonl / csv / tsv; ``name`` is used in errors (and by
    ``liuhen-txt`` to tell the contact from "me"); ``stats`` is filled while reading.

    Bad options raise :class:`~csreply.errors.UsageError` at once; an input that is not
    text raises :class:`~csreply.errors.InputError` on the first ``next()``.
    """
    if input_format != "auto" and input_format not in _READERS:
        raise UsageError(
            f"unknown input format {input_format!r}; choose auto, {', '.join(FORMATS)}"
        )
    if encoding is not None:
        check_encoding(encoding)
    return _read(
        stream,
        input_format=input_format,
        encoding=encoding,
        ctx=Context(
            format=input_format,
            encoding="",
            name=name,
            stats=stats if stats is not None else ReadStats(),
            text_field=text_field,
            text_column=text_column,
        ),
    )


def _read(
    stream: BinaryIO, *, input_format: str, encoding: str | None, ctx: Context
) -> Iterator[Message | BadRecord]:
    source = LineSource(stream, encoding=encoding, name=ctx.name)
    chosen = source.start()
    prefix = source.prefix(DETECT_LINES)
    if input_format == "auto":
        input_format = detect(prefix, text_column=ctx.text_column, name=ctx.name)
    ctx.format, ctx.encoding, ctx.prefix = input_format, chosen.codec, tuple(prefix)
    ctx.stats.format, ctx.stats.encoding = input_format, chosen.label
    if chosen.warning:
        ctx.warn(chosen.warning)
    for item in _READERS[input_format](source, ctx):
        if isinstance(item, Message):
            ctx.stats.messages += 1
        else:
            ctx.stats.bad += 1
        yield item


def agent_lines(path: str | Path) -> dict[tuple[str, int], str]:
    """(session, customer turn number) -> the agent's last line before that turn, from a chat
    export (any format the readers know that carries both sides, e.g. JDDC chat.txt)."""
    turns: dict[str, int] = {}
    lines: dict[tuple[str, int], str] = {}
    with open(path, "rb") as stream:
        items = list(read_messages(stream, name=str(path)))
    for item in items:
        session = getattr(item, "session", None)
        if session is None or not hasattr(item, "text"):
            continue
        turns[session] = turns.get(session, 0) + 1
        if item.reply_to:
            lines[(session, turns[session])] = item.reply_to
    return lines
