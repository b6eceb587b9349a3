"""Guess an export's format from the first lines (chat-exports.md §6).

Order: JSON (by first character and keys) → delimited header rows (known export headers,
then a generic header with a text column) → line shapes (千牛 desktop headers, 留痕 TXT
headers, web 千牛 time lines) → plain text. Only the bounded prefix is looked at.
"""

from __future__ import annotations

import csv
import re

from csreply.errors import InputError
from csreply.reading import jddc, liuhen, pywxdump, qianniu
from csreply.reading.common import TEXT_KEYS
from csreply.reading.table import clean_header
from ..lazy_pattern import lazy

DETECT_ROWS = 20  # rows looked at to recognise a table without its header
_ARRAY_OF_OBJECTS = lazy(r"^\[\s*(\{|\]|$)")
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
    for delimiter, generic in (("\t", "tsv"), (",", "csv")):
        if headerless_table(body, delimiter):
            raise InputError(
                f"this looks like a {generic.upper()} table without a header row: add one that "
                f"names the text column ({', '.join(TEXT_KEYS[:3])}…), or use --input-format text "
                "to draft every line",
                file=name,
            )
    return _line_format(body)


def _table_format(lines: list[str], text_column: str | None) -> str | None:
    """A delimited format if the first non-blank line is a header we recognise, or if the
    lines are rows of a known export whose header row is missing (the reader then says so)."""
    first = next(line for line in lines if line.strip()).lstrip("\ufeff")
    if first.startswith(jddc.HEADER_STARTS) or jddc.looks_like_data(first):
        return "jddc"
    headless = _headerless_format([line for line in lines if line.strip()])
    if headless:
        return headless
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


def _headerless_format(rows: list[str]) -> str | None:
    """The known export whose data rows these are (most of them, the first one included).

    Without this a 留痕 CSV that lost its header read as 千牛 text (its rows end in a time)
    and every customer message was dropped.
    """
    shapes = (
        ("liuhen-csv", ",", liuhen.is_csv_row),
        ("pywxdump-csv", ",", pywxdump.is_csv_row),
        ("jddc", "\t", jddc.is_row),
    )
    for name, delimiter, is_row in shapes:
        if delimiter not in rows[0]:
            continue
        cells = list(csv.reader(rows[:DETECT_ROWS], delimiter=delimiter))
        hits = sum(1 for row in cells if is_row(row))
        if is_row(cells[0]) and hits * 2 > len(cells):
            return name
    return None


def headerless_table(lines: list[str], delimiter: str) -> bool:
    """True when the first lines have the same number (3 or more) of cells: a table, not chat
    text, even though no header names its columns."""
    import io

    text = "\n".join(line for line in lines if line.strip())
    # parsed as one text: a quoted cell may span lines
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))[:DETECT_ROWS]
    if len(rows) > 3:
        rows = rows[:-1]  # the last row may be cut off by the end of the prefix
    widths = {len(cells) for cells in rows}
    return len(rows) >= 3 and len(widths) == 1 and widths.pop() >= 3


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
