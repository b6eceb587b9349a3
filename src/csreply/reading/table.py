"""CSV/TSV rows with their physical line numbers, and the generic ``csv``/``tsv`` readers.

The ``csv`` module handles quoting and multi-line cells; this module adds what it lacks:
the line each row starts on, per-line decoding errors, and the ragged-row check shared
by every table format.
"""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from csreply.errors import UsageError
from csreply.reading.common import TEXT_KEYS
from csreply.reading.decode import RawLine
from csreply.reading.jsonl import record_to_message
from csreply.reading.records import BadRecord, Context, Message


@dataclass(frozen=True)
class Row:
    """One data row: 1-based row number (header excluded), first physical line, cells."""

    number: int
    line: int
    cells: list[str]
    raw: str


def clean_header(cells: list[str]) -> list[str]:
    """Header cells without BOMs or surrounding spaces."""
    return [cell.replace("\ufeff", "").strip() for cell in cells]


def iter_table(
    lines: Iterable[RawLine],
    ctx: Context,
    *,
    delimiter: str,
    quoting: Literal[0, 1, 2, 3] = csv.QUOTE_MINIMAL,
    has_header: bool = True,
) -> Iterator[list[str] | Row | BadRecord]:
    """Yield the header (a list of cleaned cells) once, then a :class:`Row` per data row.

    With ``has_header=False`` every non-blank row is data and no header is yielded.

    Blank lines are ignored. A line with undecodable bytes is left out of the CSV parse and
    reported as a :class:`BadRecord`; so is a row the ``csv`` module rejects.

    A quote left open would make the ``csv`` module read every later line into one cell. So a
    row spread over several lines whose cells do not fit the header, or whose later lines each
    look like a row of their own, costs only its first line (a BadRecord): its other lines are
    read again as rows.
    """
    pending: list[BadRecord] = []
    current: list[RawLine] = []  # physical lines of the row being parsed
    again: deque[RawLine] = deque()  # lines to read again after a runaway quote
    source = iter(lines)

    def feed() -> Iterator[str]:
        while True:
            raw = again.popleft() if again else next(source, None)
            if raw is None:
                return
            if raw.text is None:
                pending.append(ctx.undecodable(raw))
                continue
            current.append(raw)
            yield raw.text + "\n"

    def new_reader():
        return csv.reader(feed(), delimiter=delimiter, quoting=quoting)

    reader = new_reader()
    header: list[str] | None = None if has_header else []
    number = 0
    while True:
        current.clear()
        try:
            cells: list[str] | None = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            cells, why = None, f"invalid CSV: {exc}"
        if cells is not None and header and _runaway(current, cells, len(header), delimiter):
            cells, why = None, "a quote is not closed on this line (the rest of the file is read on)"
        yield from _flush(pending)
        if cells is None:
            number += 1
            first = current[0].number if current else 0
            yield ctx.bad(first, why, row=number, raw=_raw(current[:1]))
            again.extendleft(reversed(current[1:]))
            reader = new_reader()  # the old one may have read to the end of the input
            continue
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = clean_header(cells)
            yield header
            continue
        number += 1
        yield Row(number, current[0].number, cells, _raw(current))
    yield from _flush(pending)


def _runaway(rows: list[RawLine], cells: list[str], width: int, delimiter: str) -> bool:
    """True when a multi-line row looks like an unclosed quote rather than a multi-line cell."""
    if len(rows) < 2:
        return False
    if len(cells) > width:
        return True
    # Some exports write short rows (留痕: 9 of 12 columns), so "a row of its own" is a line
    # with two thirds of the header's cells or more, and three at least: the end of a real
    # multi-line cell often looks like two cells (`文本",w`).
    enough = max(3, (2 * width + 2) // 3)
    return width >= 3 and any(
        enough <= len(next(csv.reader([raw.text or ""], delimiter=delimiter), [])) <= width
        for raw in rows[1:]
    )


def headerless(ctx: Context, is_row, delimiter: str, columns: tuple[str, ...]) -> bool:
    """True when the export starts with a data row (``is_row``) instead of its header; the
    standard ``columns`` are then assumed, and a warning says so."""
    first = next((text for text in ctx.prefix if text.strip()), "").lstrip("\ufeff")
    if not is_row(next(csv.reader([first], delimiter=delimiter), [])):
        return False
    ctx.warn(f"no header row: read with the standard columns {','.join(columns)}")
    return True


def _flush(pending: list[BadRecord]) -> Iterator[BadRecord]:
    yield from pending
    pending.clear()


def _raw(lines: list[RawLine]) -> str:
    return "\n".join(raw.text or "" for raw in lines)


def ragged(row: Row, need: int, width: int, ctx: Context) -> BadRecord | None:
    """A BadRecord when ``row`` has fewer than ``need`` cells or more than ``width``."""
    count = len(row.cells)
    if count < need:
        why = f"ragged row: {count} cells, the text column is column {need}"
    elif count > width:
        why = f"ragged row: {count} cells, the header has {width}"
    else:
        return None
    return ctx.bad(row.line, why, row=row.number, raw=row.raw)


def find_column(
    header: list[str], wanted: str | None, defaults: tuple[str, ...] = TEXT_KEYS
) -> int:
    """Index of the text column: ``wanted`` if given, else the first default present.

    Raises :class:`UsageError` naming the available columns when there is none.
    """
    lowered = [cell.lower() for cell in header]
    for key in (wanted,) if wanted else defaults:
        if key.strip().lower() in lowered:
            return lowered.index(key.strip().lower())
    available = ", ".join(header) or "(none)"
    if wanted:
        raise UsageError(f"unknown text column {wanted!r}; available columns: {available}")
    raise UsageError(f"no text column found; use --text-column (available columns: {available})")


def read_delimited(
    lines: Iterable[RawLine], ctx: Context, *, delimiter: str
) -> Iterator[Message | BadRecord]:
    """Generic ``csv``/``tsv`` with a header row; optional session/speaker/time/role columns."""
    header: list[str] = []
    text_index = 0
    for item in iter_table(lines, ctx, delimiter=delimiter):
        if isinstance(item, list):
            header = item
            text_index = find_column(header, ctx.text_column or ctx.text_field)
            continue
        if isinstance(item, BadRecord):
            yield item
            continue
        problem = ragged(item, text_index + 1, len(header), ctx)
        if problem:
            yield problem
            continue
        record: dict[str, object] = dict(zip(header, item.cells))
        # Look the text up by position: duplicate or blank header names must not hide it.
        record = {name: value for name, value in record.items() if name}
        field = header[text_index] or "\x00text"
        record[field] = item.cells[text_index]
        sub = Context(ctx.format, ctx.encoding, ctx.name, ctx.stats, text_field=field)
        yield from record_to_message(record, item.line, item.number, sub, item.raw)
