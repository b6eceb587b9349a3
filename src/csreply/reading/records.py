"""What the readers yield, and the small context every format reader shares.

Kept apart from ``__init__.py`` so the format modules can import these without a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from csreply.reading.decode import RawLine

RAW_LIMIT = 200  # BadRecord.raw is for a one-line report, not for recovering data


@dataclass(frozen=True)
class Message:
    """One customer message that needs a draft."""

    text: str
    line: int  # 1-based physical line in the input where the message starts
    row: int | None = None  # 1-based data row/record number (CSV/TSV/JSON formats)
    session: str | None = None  # conversation id / customer id / talker when known
    speaker: str | None = None  # nick / name of the sender when known
    time: str | None = None  # as written in the source, or ISO when converted from epoch
    format: str = ""  # the detected format name
    reply_to: str | None = None  # the agent's last message before this one in its chat, if known


@dataclass(frozen=True)
class BadRecord:
    """A malformed record: reported, and reading goes on."""

    line: int
    reason: str  # one short line
    row: int | None = None
    raw: str | None = None  # the offending text, truncated to 200 chars


@dataclass
class ReadStats:
    """Counters filled while reading; ``skipped`` counts non-customer records.

    Skipped records are agent/seller messages, system notices, read receipts, recalls and
    media placeholders: everything that was read but is not customer text to draft for.
    """

    format: str = ""
    encoding: str = ""
    messages: int = 0
    skipped: int = 0
    bad: int = 0
    warnings: list[str] = field(default_factory=list)  # what was assumed (encoding, header)


def clip(text: str | None) -> str | None:
    """Truncate ``text`` to :data:`RAW_LIMIT` characters for ``BadRecord.raw``."""
    if text is None:
        return None
    return text if len(text) <= RAW_LIMIT else text[: RAW_LIMIT - 1] + "…"


@dataclass
class Context:
    """Options and counters handed to a format reader."""

    format: str
    encoding: str
    name: str = "<stdin>"
    stats: ReadStats = field(default_factory=ReadStats)
    text_field: str | None = None
    text_column: str | None = None
    prefix: tuple[str, ...] = ()  # the decoded lines format detection looked at
    # the agent's latest line per chat (None: the export's only chat), for Message.reply_to
    agent_lines: dict = field(default_factory=dict)

    def warn(self, message: str) -> None:
        """Record an assumption the user should know about (reported once, on stderr)."""
        if message not in self.stats.warnings:
            self.stats.warnings.append(message)

    def skip(self, count: int = 1) -> None:
        """Count records that are read but are not customer text."""
        self.stats.skipped += count

    def agent_said(self, text: str | None, session: str | None = None) -> None:
        """Count an agent's record as skipped and remember it: the chat's next customer message
        carries it as ``reply_to`` (what the customer is answering)."""
        self.skip()
        if text and text.strip():
            self.agent_lines[session] = " ".join(text.split())[:RAW_LIMIT]

    def message(self, text: str, line: int, **kwargs: str | int | None) -> Message:
        """A :class:`Message` tagged with this reader's format name.

        Line breaks inside the text (multi-line CSV cells, JSON strings) become single
        spaces, the same rule as for multi-line chat bodies, so a text is always one line.
        """
        if "\n" in text or "\r" in text:
            text = " ".join(part.strip() for part in text.splitlines() if part.strip())
        if "reply_to" not in kwargs and self.agent_lines:
            session = kwargs.get("session")
            kwargs["reply_to"] = self.agent_lines.get(session, self.agent_lines.get(None))
        return Message(text=text, line=line, format=self.format, **kwargs)  # type: ignore[arg-type]

    def bad(
        self, line: int, reason: str, *, row: int | None = None, raw: str | None = None
    ) -> BadRecord:
        """A :class:`BadRecord` with ``raw`` truncated."""
        return BadRecord(line=line, reason=reason, row=row, raw=clip(raw))

    def text_lines(self, lines):
        """(line number, stripped text) of the non-blank lines; an undecodable line is yielded
        as its BadRecord instead, so line-oriented readers handle both in one loop."""
        for raw in lines:
            if raw.text is None:
                yield self.undecodable(raw)
            elif text := raw.text.strip():
                yield raw.number, text

    def undecodable(self, raw_line: RawLine, *, row: int | None = None) -> BadRecord:
        """The BadRecord for a line whose bytes are not valid in the input's encoding."""
        return self.bad(
            raw_line.number,
            raw_line.problem or f"undecodable bytes ({self.encoding})",
            row=row,
            raw=raw_line.lossy(),
        )
