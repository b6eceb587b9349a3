"""``jsonl``: one JSON object per line, e.g. ``{"session_id": "s1", "text": "在吗"}``.

The text comes from ``--text-field`` or the first of text/content/message/msg; session,
speaker and time are taken when present; a role of agent/客服/seller/system is skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from csreply.reading.common import (
    ROLE_KEYS,
    SESSION_KEYS,
    SPEAKER_KEYS,
    TEXT_KEYS,
    TIME_KEYS,
    as_text,
    as_time,
    is_agent_role,
    lower_keys,
    pick,
)
from csreply.reading.decode import RawLine
from csreply.reading.records import BadRecord, Context, Message
from ..lazy_pattern import lazy


def read_jsonl(lines: Iterable[RawLine], ctx: Context) -> Iterator[Message | BadRecord]:
    """Yield a message per customer object; bad lines become :class:`BadRecord`."""
    row = 0
    for raw in lines:
        if raw.text is not None and not raw.text.strip():
            continue
        row += 1
        if raw.text is None:
            yield ctx.undecodable(raw, row=row)
            continue
        try:
            obj = loads(raw.text)
        except ValueError as exc:
            yield ctx.bad(raw.number, json_problem(exc), row=row, raw=raw.text)
            continue
        if not isinstance(obj, dict):
            yield ctx.bad(raw.number, "not a JSON object", row=row, raw=raw.text)
            continue
        yield from record_to_message(obj, raw.number, row, ctx, raw.text)


_LONE_SURROGATE = lazy(r"[\ud800-\udfff]")


def loads(text: str) -> object:
    """``json.loads`` that raises :class:`ValueError` for everything a JSON record can do wrong.

    Besides syntax errors the decoder raises RecursionError on deep nesting and ValueError on
    integers longer than Python's digit limit; and it accepts escaped lone surrogates
    (``"\\ud800"``), which no UTF-8 output can hold. All of them cost the record, not the run.
    """
    try:
        value = json.loads(text)
        lone = "\\u" in text and _LONE_SURROGATE.search(json.dumps(value, ensure_ascii=False))
    except RecursionError:
        raise ValueError("nested too deeply") from None
    if lone:
        raise ValueError("a lone surrogate escape (\\ud800-\\udfff) is not text")
    return value


def json_problem(exc: ValueError) -> str:
    """A one-line reason for a record :func:`loads` rejected."""
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON: {exc.msg} (col {exc.colno})"
    if "digits" in str(exc):
        return "invalid JSON: a number with too many digits"
    return f"invalid JSON: {str(exc).splitlines()[0][:120]}"


def record_to_message(
    obj: dict[str, object], line: int, row: int, ctx: Context, raw: str | None
) -> Iterator[Message | BadRecord]:
    """Turn one generic record (JSON object or CSV row as a dict) into a message.

    Yields nothing (and counts a skip) for agent/system records and empty texts.
    """
    obj = lower_keys(obj)
    field_name = ctx.text_field or ctx.text_column
    keys = (field_name,) if field_name else TEXT_KEYS
    found = pick(obj, keys)
    if found is None:
        yield ctx.bad(line, f"no text field (tried {', '.join(keys)})", row=row, raw=raw)
        return
    role = pick(obj, ROLE_KEYS)
    if role is not None and is_agent_role(role[1]):
        ctx.agent_said(as_text(found[1]), _scalar(obj, SESSION_KEYS))
        return
    text = as_text(found[1])
    if text is None:
        yield ctx.bad(line, f"text field {found[0]!r} is not a string", row=row, raw=raw)
        return
    if not text.strip():
        ctx.skip()  # an empty text is a media or system record with nothing to answer
        return
    yield ctx.message(
        text.strip(),
        line,
        row=row,
        session=_scalar(obj, SESSION_KEYS),
        speaker=_scalar(obj, SPEAKER_KEYS),
        time=as_time(found_time[1]) or None if (found_time := pick(obj, TIME_KEYS)) else None,
    )


def _scalar(obj: dict[str, object], keys: tuple[str, ...]) -> str | None:
    found = pick(obj, keys)
    text = as_text(found[1]) if found else None
    return text.strip() if text and text.strip() else None
