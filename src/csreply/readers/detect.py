"""Guess an export's format from the first lines (chat-exports.md §6).

Order: JSON (by first character and keys) → delimited header rows (known export headers,
then a generic header with a text column) → line shapes (千牛 desktop headers, 留痕 TXT
headers, web 千牛 time lines) → plain text. Only the bounded prefix is looked at.
"""

from __future__ import annotations

import csv
import re

from csreply.errors import InputError
from csreply.readers import jddc, liuhen, qianniu
from csreply.readers.common import TEXT_KEYS
from csreply.readers.table import clean_header

_ARRAY_OF_OBJECTS = re.compile(r"^\[\s*(\{|\]|$)")
_LIUHEN_KEYS = {"localid", "talkerid", "type", "issender", "strcontent"}
_PYWXDUMP_KEYS = {"type_name", "is_sender", "talker"}


def detect(lines: list[str], *, text_column: str | None = None, name: str = "<stdin>") -> str:
    """Return the format name for an input starting with ``lines``.

    >>> detect(["示例旗舰店:小王 2024-3-5 10:02:11", "亲，在的", "tb_demo01 2024-3-5 10:02:40", "有货吗"])
    'qianniu'
    >>> detect(["在吗", "这款有货吗"])
    'text'
    """
    body = [line.strip() for line in lines if line.strip()]
    if not body:
        return "text"
    first = body[0]
    if first.startswith("{"):
        return "jsonl"
    joined = "\n".join(body)
    if _ARRAY_OF_OBJECTS.match(joined):
        empty = re.fullmatch(r"\[\s*\]", joined)  # an export of a quiet day
        if empty or ('"type_name"' in joined and '"is_sender"' in joined):
            return "pywxdump-json"
        raise InputError(
            "a JSON array that is not a PyWxDump export; give one JSON object per line (jsonl)",
            file=name,
        )
    table = _table_format(lines, text_column)
    if table:
        return table
    return _line_format(body)


def _table_format(lines: list[str], text_column: str | None) -> str | None:
    """A delimited format if the first non-blank line is a header we recognise."""
    first = next(line for line in lines if line.strip()).lstrip("\ufeff")
    if first.startswith(jddc.HEADER_STARTS) or jddc.looks_like_data(first):
        return "jddc"
    wanted = {key.lower() for key in ((text_column,) if text_column else TEXT_KEYS)}
    for delimiter, generic in (("\t", "tsv"), (",", "csv")):
        if delimiter not in first:
            continue
        cells = {
            cell.lower() for cell in clean_header(next(csv.reader([first], delimiter=delimiter)))
        }
        if delimiter == "," and _LIUHEN_KEYS <= cells:
            return "liuhen-csv"
        if delimiter == "," and _PYWXDUMP_KEYS <= cells:
            return "pywxdump-csv"
        # An explicit --text-column says "this is a table" even if the column is missing:
        # the reader then names the columns there are.
        if len(cells) > 1 and (cells & wanted or text_column):
            return generic
    return None


def _line_format(body: list[str]) -> str:
    """Score line shapes: the first line's shape wins, else the most frequent shape."""
    first = body[0]
    desktop = sum(1 for line in body if qianniu.HEADER.match(line) or line in qianniu.STATUS)
    liuhen_txt = sum(1 for line in body if liuhen.TXT_HEADER.match(line))
    web = sum(1 for line in body if qianniu.WEB_TIME.match(line))
    if liuhen.TXT_HEADER.match(first) and liuhen_txt >= desktop:
        return "liuhen-txt"
    if qianniu.HEADER.match(first) or qianniu.BARE_STAMP.match(first):
        return "qianniu"
    if (qianniu.WEB_TIME.match(first) or qianniu.WEB_DATE.match(first)) and web >= 1:
        return "qianniu-web"
    best = max((desktop, "qianniu"), (liuhen_txt, "liuhen-txt"), (web, "qianniu-web"))
    return best[1] if best[0] >= 2 else "text"
