"""``jddc``: the JD Dialogue Challenge ``chat.txt`` (tab-separated, no quoting).

Columns by position: 会话编号, 顾客id, sku, 是否客服发送, 是否转出, 是否重复咨询, 内容.
The English-header variant (``session_id\\t…``) is shifted by one column against its data,
so cells are read by position, never by header name. Content starts at index 6; some
copies carry an empty cell before it, so the cells from 6 on are joined and stripped.
Only rows with 是否客服发送 = 0 are customer messages.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from csreply.readers.decode import RawLine
from csreply.readers.records import BadRecord, Context, Message
from csreply.readers.table import iter_table

SESSION, CUSTOMER, SKU, FROM_AGENT, CONTENT = 0, 1, 2, 3, 6
HEADER_STARTS = ("会话编号\t", "session_id\t")


def read_jddc(lines: Iterable[RawLine], ctx: Context) -> Iterator[Message | BadRecord]:
    """Yield the customers' turns of a JDDC chat file."""
    first = next((text for text in ctx.prefix if text.strip()), "")
    # chat.txt copies circulate with and without the header row.
    has_header = not _is_data(first.split("\t"))
    for item in iter_table(
        lines, ctx, delimiter="\t", quoting=csv.QUOTE_NONE, has_header=has_header
    ):
        if isinstance(item, list):
            continue  # the header says nothing reliable about positions (see module doc)
        if isinstance(item, BadRecord):
            yield item
            continue
        cells = item.cells
        if len(cells) < CONTENT + 1:
            yield ctx.bad(
                item.line,
                f"ragged row: {len(cells)} cells, content is column 7",
                row=item.number,
                raw=item.raw,
            )
            continue
        flag = cells[FROM_AGENT].strip()
        if flag not in ("0", "1"):
            yield ctx.bad(
                item.line, f"是否客服发送 is {flag!r}, not 0/1", row=item.number, raw=item.raw
            )
            continue
        text = "\t".join(cells[CONTENT:]).strip()
        if flag == "1" or not text:
            ctx.skip()
            continue
        yield ctx.message(
            text,
            item.line,
            row=item.number,
            session=cells[SESSION].strip() or None,
            speaker=cells[CUSTOMER].strip() or None,
        )


def _is_data(cells: list[str]) -> bool:
    return len(cells) > FROM_AGENT and cells[FROM_AGENT].strip() in ("0", "1")


def is_row(cells: list[str]) -> bool:
    """True for a JDDC data row: seven or more cells, the three flags 0/1 (for detection)."""
    return len(cells) > CONTENT and all(cells[i].strip() in ("0", "1") for i in (3, 4, 5))
