"""``csreply report EXPORT``: what customers asked, and the questions the library cannot answer."""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import Annotated

import typer

from ...errors import ExitCode
from .. import terminal
from ..cli_help import epilog
from ..options import (
    EncodingOpt,
    ExportArg,
    InputFormatOpt,
    LibraryOpt,
    TextColumnOpt,
    TextFieldOpt,
    bad_record_warning,
    check_encoding,
    load_library,
    open_input,
    plural,
    skipped_note,
)
from ..shell import print_view


class ReportFormat(str, Enum):
    auto = "auto"
    table = "table"
    text = "text"
    json = "json"
    md = "md"


EPILOG = epilog([
    "csreply report examples/exports/qianniu.txt",
    "csreply report chats.csv --text-column 内容 --format md > report.md",
    "cat export.jsonl | csreply report - --format json | jq '.clusters[0]'",
    "csreply report chats.jsonl -l my-shop/ --clusters 0 --min-size 3",
    "csreply report big-export.csv --jobs 2 --format md > report.md",
], "读 'csreply batch' 能读的任何导出。答不上的消息按相似程度分组，最大的组在前，每组附一条建议："
   "加为某个接近场景的例句，或者建一个新场景（附建议的关键词）。"
   "退出码 0；有记录读不了或文件打不开时为 4（报告照常输出）。")


def register(app: typer.Typer) -> None:
    app.command(name="report", epilog=EPILOG)(report)


def report(
    export: ExportArg = None,
    input_format: InputFormatOpt = "auto",
    encoding: EncodingOpt = None,
    text_field: TextFieldOpt = None,
    text_column: TextColumnOpt = None,
    library: LibraryOpt = None,
    clusters: Annotated[int, typer.Option("--clusters", "-c", min=0, help="列出前 N 组（0：全部）。")] = 10,
    min_size: Annotated[int, typer.Option("--min-size", min=1, help="至少 N 条才算一组，更小的算 one-off。")] = 2,
    similarity: Annotated[float, typer.Option("--similarity", min=1, max=100, help="相似度（0–100）达到它才归入同一组。")] = 55.0,
    near: Annotated[float, typer.Option("--near", min=0, max=1, help="整组对某个场景的平均分达到它，就建议加为这个场景的例句。")] = 0.25,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="输出格式：auto（终端上显示视图，接管道时 JSON）、table、text、json、md。")] = ReportFormat.auto,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, help="用几个进程给消息打分（报告不变）。")] = 1,
    context: Annotated[bool, typer.Option("--context/--no-context", help="每条消息连同同一会话前面的话一起读，和 batch 一样 (read each turn with its chat).")] = True,
) -> None:
    """从聊天记录看买家在问什么，把话术库答不上的问题分组 (report on an export)."""
    from ...reading import ReadStats, read_messages
    from ...understanding.matcher import Matcher
    from ..output import to_json
    from ..report import ReportOptions, analyse
    from ..report_views import report_markdown, report_text, report_view

    check_encoding(encoding)
    stream, name = open_input(export, "report")
    matcher = Matcher(load_library(library))
    stats = ReadStats()

    def warn(bad) -> None:
        bad_record_warning(name, bad.line, bad.row, bad.reason)

    try:
        items = read_messages(stream, input_format=input_format, encoding=encoding, text_field=text_field,
                              text_column=text_column, name=name, stats=stats)
        result = analyse(items, matcher, stats=stats, source=name, on_bad=warn, jobs=min(jobs, os.cpu_count() or 1),
                         context=context,
                         options=ReportOptions(similarity=similarity, near=near, min_size=min_size))
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    print(
        f"csreply: {plural(result.messages, 'message')}, {result.matched} matched, {result.unmatched} unmatched, "
        f"{result.no_reply} no reply needed, {plural(result.errors, 'error')}" + skipped_note(result.skipped)
        + (f" ({result.format}, {result.encoding})" if result.format else "")
        + f" · 共 {result.messages} 条，识别 {result.matched} 条，没有话术 {result.unmatched} 条，"
        f"不用回 {result.no_reply} 条，坏记录 {result.errors} 条",
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
        print_view(report_view(result, clusters=clusters))
    if result.errors:
        raise typer.Exit(ExitCode.INPUT)
