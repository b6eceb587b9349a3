"""``jddc``: the JD Dialogue Challenge ``chat.txt`` (tab-separated, no quoting).

Columns by position, as the real public samples have them: 会话编号, 顾客id, 是否客服发送
(1 = agent, 0 = customer), 是否转出, 是否重复咨询, sku (``nan`` when empty), 内容. A circulating
header lists the columns in another order (sku third) than the data has, so cells are read by
position, never by header name, and the speaker column is the one that alternates 0/1 in the
data (the third, or the fourth in copies that follow that header). Content starts at index 6;
some copies carry an empty cell before it, so the cells from 6 on are joined and stripped.
Only customer rows are messages; each carries the agent's last line of its chat as context.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from csreply.reading.decode import RawLine
from csreply.reading.records import BadRecord, Context, Message
from csreply.reading.table import iter_table

SESSION, CUSTOMER, FROM_AGENT, CONTENT = 0, 1, 2, 6
HEADER_STARTS = ("会话编号\t", "session_id\t")


def read_jddc(lines: Iterable[RawLine], ctx: Context) -> Iterator[Message | BadRecord]:
    """Yield the customers' turns of a JDDC chat file."""
    first = next((text for text in ctx.prefix if text.strip()), "")
    # chat.txt copies circulate with and without the header row.
    speaker_column = _speaker_column([text.split("\t") for text in ctx.prefix if text.strip()])
    has_header = not _is_data(first.split("\t"), speaker_column)
    last_agent: dict[str | None, str] = {}
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
        flag = cells[speaker_column].strip()
        if flag not in ("0", "1"):
            yield ctx.bad(
                item.line, f"是否客服发送 is {flag!r}, not 0/1", row=item.number, raw=item.raw
            )
            continue
        text = "\t".join(cells[CONTENT:]).strip()
        session = cells[SESSION].strip() or None
        if flag == "1" or not text:
            if text:
                last_agent[session] = text
            ctx.skip()
            continue
        yield ctx.message(
            text,
            item.line,
            row=item.number,
            session=session,
            speaker=cells[CUSTOMER].strip() or None,
            reply_to=last_agent.get(session),
        )


def _speaker_column(rows: list[list[str]]) -> int:
    """The column that says who speaks: of the third and fourth, the one holding 0/1 in the most
    rows, and on a tie the one whose values change between rows (是否转出 and 是否重复咨询 are
    nearly always 0)."""

    def evidence(column: int) -> tuple[int, bool]:
        values = [r[column].strip() for r in rows if len(r) > CONTENT]
        flags = [v for v in values if v in ("0", "1")]
        return len(flags), len(set(flags)) == 2

    return max((FROM_AGENT, FROM_AGENT + 1), key=lambda c: (evidence(c), c == FROM_AGENT))


def _is_data(cells: list[str], column: int = FROM_AGENT) -> bool:
    return len(cells) > column and cells[column].strip() in ("0", "1")


def looks_like_data(line: str) -> bool:
    """A headerless chat.txt row: 7 or more tab-separated cells, three 0/1 flags among the third
    to sixth, a session id and a customer id before them."""
    cells = line.split("\t")
    if len(cells) < CONTENT + 1 or not cells[SESSION].strip() or not cells[CUSTOMER].strip():
        return False
    return sum(c.strip() in ("0", "1") for c in cells[2:6]) >= 3


def is_row(cells: list[str]) -> bool:
    """True for a JDDC data row (for telling a headerless export apart): see :func:`looks_like_data`."""
    return looks_like_data("\t".join(cells))
