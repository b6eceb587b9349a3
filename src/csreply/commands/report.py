"""``csreply report EXPORT``: what customers asked, and the questions the library cannot answer."""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from .. import terminal
from ..cli import (
    EncodingOpt,
    InputFormatOpt,
    LibraryOpt,
    TextColumnOpt,
    TextFieldOpt,
    _load,
    _print_view,
    bad_record_warning,
    open_input,
)
from ..errors import ExitCode


class ReportFormat(str, Enum):
    auto = "auto"
    table = "table"
    text = "text"
    json = "json"
    md = "md"


EPILOG = (
    "Examples:\n\n"
    "  csreply report examples/exports/qianniu.txt\n\n"
    "  csreply report chats.csv --text-column 内容 --format md > report.md\n\n"
    "  cat export.jsonl | csreply report - --format json | jq '.clusters[0]'\n\n"
    "  csreply report chats.jsonl -l my-shop/ --clusters 0 --min-size 3\n\n"
    "  csreply report big-export.csv --jobs 2 --format md > report.md\n\n"
    "Reads every input 'csreply batch' reads. Unmatched messages are grouped into clusters of "
    "similar questions, largest first, each with advice: add them as example questions to a "
    "scenario that nearly matched, or a new scenario with suggested keywords. "
    "Exit 0, or 4 when some records could not be read (the report is still written)."
)


def register(app: typer.Typer) -> None:
    app.command(name="report", epilog=EPILOG)(report)


def report(
    export: Annotated[Optional[str], typer.Argument(help="Chat export to read; '-' or nothing reads stdin.", show_default=False)] = None,
    input_format: InputFormatOpt = "auto",
    encoding: EncodingOpt = None,
    text_field: TextFieldOpt = None,
    text_column: TextColumnOpt = None,
    library: LibraryOpt = None,
    clusters: Annotated[int, typer.Option("--clusters", "-c", min=0, help="How many clusters to list (0: all).")] = 10,
    min_size: Annotated[int, typer.Option("--min-size", min=1, help="Smallest cluster listed; smaller ones count as one-offs.")] = 2,
    similarity: Annotated[float, typer.Option("--similarity", min=1, max=100, help="Similarity (0..100) from which a question joins a cluster.")] = 55.0,
    near: Annotated[float, typer.Option("--near", min=0, max=1, help="Mean scenario score from which a cluster is advised as extra examples for it.")] = 0.25,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="Output: auto (a view on a terminal, JSON when piped), table, text, json, md.")] = ReportFormat.auto,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, help="Worker processes ranking the messages (same report).")] = 1,
) -> None:
    """Count the scenarios of a chat export and group unmatched questions into clusters."""
    from ..matcher import Matcher
    from ..readers import ReadStats, read_messages
    from ..report import ReportOptions, analyse, report_markdown, report_text, report_view
    from ..output import to_json

    stream, name = open_input(export, "report")
    matcher = Matcher(_load(library))
    stats = ReadStats()

    def warn(bad) -> None:
        bad_record_warning(name, bad.line, bad.row, bad.reason)

    try:
        items = read_messages(stream, input_format=input_format, encoding=encoding, text_field=text_field,
                              text_column=text_column, name=name, stats=stats)
        result = analyse(items, matcher, stats=stats, source=name, on_bad=warn, jobs=min(jobs, os.cpu_count() or 1),
                         options=ReportOptions(similarity=similarity, near=near, min_size=min_size))
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    print(
        f"csreply: {result.messages} messages, {result.matched} matched, {result.unmatched} unmatched, "
        f"{result.no_reply} no reply needed, {result.errors} errors"
        + (f", {result.skipped} non-customer lines skipped" if result.skipped else "")
        + (f" ({result.format}, {result.encoding})" if result.format else ""),
        file=sys.stderr,
    )
    chosen = fmt.value
    if chosen == "auto":
        chosen = "table" if terminal.stdout_is_terminal() else "json"
    if chosen == "json":
        print(to_json(result.to_dict(clusters=clusters), indent=2))
    elif chosen == "md":
        print(report_markdown(result, clusters=clusters), end="")
    elif chosen == "text":
        print(report_text(result, clusters=clusters))
    else:
        _print_view(report_view(result, clusters=clusters))
    if result.errors:
        raise typer.Exit(ExitCode.INPUT)
