"""The ``csreply`` command line: a thin shell over the Python API.

Each command parses its options, calls the library and prints; every :class:`CsreplyError` and
usage error becomes one line ``csreply: error: …`` on stderr and a documented exit code
(see :class:`csreply.errors.ExitCode`). The core commands are here; the others live one module
each in :mod:`csreply.interface.commands` and register themselves on ``app``.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import __version__
from ..errors import ExitCode, output_error
from . import terminal
from .batch_output import (
    CountingStream,
    StopSignals,
    batch_summary,
    end_output,
    file_size,
    progress_bar,
    write_records,
)
from .cli_help import epilog
from .commands import register_all
from .options import (
    CharacterScript,
    EncodingOpt,
    ExportArg,
    Format,
    FormatOpt,
    InputFormatOpt,
    LibraryOpt,
    MessageArg,
    NowOpt,
    TextColumnOpt,
    TextFieldOpt,
    TopOpt,
    check_calendar,
    check_encoding,
    check_input_path,
    load_library,
    open_input,
    parse_now,
    read_message,
    resolve_format,
    warn_missing_holidays,
)
from .shell import EXIT_CODES_HELP, CommandGroup, one_line, print_view, quiet_broken_pipe

app = typer.Typer(
    cls=CommandGroup,
    name="csreply",
    help="电商客服话术助手：识别买家消息的场景，按店铺话术库起草回复。\n\n"
    "Drafts customer-service replies from TOML script libraries (话术库).\n\n"
    "'csreply help 命令' 或 'csreply 命令 --help' 看每个命令的说明和例子。\n\n"
    + EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: importing Rich for it would double the time of --help
)


def _version(value: bool) -> None:
    if value:
        print(f"csreply {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="显示版本号 (show the version).")
    ] = False,
) -> None:
    pass


@app.command(epilog=epilog([
    'csreply suggest "能便宜点吗"',
    'csreply suggest "鞋子穿了两天就开胶了" --now 2026-11-23T15:00',
    'echo "今天能发货吗" | csreply suggest --format text',
    'csreply suggest "这款面霜适合干皮吗" -l examples/shop --product cream-50',
    'csreply suggest "請問今天能發貨嗎" --script traditional',
], EXIT_CODES_HELP))
def suggest(
    message: MessageArg = None,
    top: TopOpt = 3,
    library: LibraryOpt = None,
    product: Annotated[Optional[str], typer.Option("--product", "-p", help="消息说的是商品目录里的哪个商品（商品 id）。", metavar="ID")] = None,
    now: NowOpt = None,
    fmt: FormatOpt = Format.auto,
    script: Annotated[
        CharacterScript, typer.Option("--script", help="草稿用简体还是繁体；auto 跟着消息。")
    ] = CharacterScript.auto,
    context: Annotated[Optional[list[str]], typer.Option("--context", help="同一会话里前面的一句话，从早到晚，可重复；客服说的话前面加「客服:」(an earlier turn; repeatable).", metavar="TEXT")] = None,
    no_context: Annotated[bool, typer.Option("--no-context", help="不看 --context，只读这一条消息 (read the message alone).")] = False,
) -> None:
    """识别一条买家消息，给出排好序的回复草稿 (suggest replies for one message)."""
    from ..writing.drafting import suggest as make_suggestion
    from . import output

    text = read_message(message)
    lib = load_library(library)
    when = parse_now(now)
    check_calendar(lib, when)
    match = None
    if context and not no_context:
        from ..understanding.context import read_with_chat
        from ..understanding.matcher import Matcher

        match = read_with_chat(Matcher(lib), context, text)
    result = make_suggestion(text, lib, top=top, product_id=product, now=when, script=script.value, match=match)
    warn_missing_holidays(lib, result.now)
    chosen = resolve_format(fmt)
    if chosen is Format.json:
        print(output.to_json(result.to_dict()))
    elif chosen is Format.text:
        print(output.suggestion_text(result, lib))
    else:
        print_view(output.suggestion_view(result, lib))
    if result.scenario is None:
        raise typer.Exit(ExitCode.NO_MATCH)


@app.command(epilog=epilog([
    "csreply scenarios",
    "csreply scenarios --format json | jq '.[].id'",
    "csreply scenarios -l examples/shop",
]))
def scenarios(library: LibraryOpt = None, fmt: FormatOpt = Format.auto) -> None:
    """列出加载的全部场景：id、名称、阶段、关键词、例句和来源文件 (list scenarios)."""
    from . import output

    lib = load_library(library)
    chosen = resolve_format(fmt)
    if chosen is Format.json:
        print(output.to_json(output.scenarios_data(lib), indent=2))
    elif chosen is Format.text:
        print(output.scenarios_text(lib))
    else:
        print_view(output.scenarios_view(lib))


@app.command(name="eval", epilog=epilog([
    "csreply eval examples/labelled.tsv",
    "csreply eval my-chats.tsv -l my-shop/ --min-top1 0.8",
    "csreply eval examples/labelled.tsv --format json | jq .top1",
    "csreply eval my-sessions.tsv --folds 5 --chat my-chats.tsv",
], "文件每行是 文本<TAB>标注：一个场景 id，a|b（两个都算对）或 none（应该说没有把握）；"
   "表头为 session turn text labels 的文件按会话读，--folds 按会话做交叉验证。"
   "退出码 0；没达到 --min-top1/--min-none 时为 1；文件读不了为 4。"))
def eval_(
    file: Annotated[Path, typer.Argument(help="标注好的 TSV 文件（文本<TAB>标注）。", show_default=False, metavar="FILE")],
    library: LibraryOpt = None,
    min_top1: Annotated[Optional[float], typer.Option("--min-top1", min=0, max=1, help="top-1 准确率低于它时退出码为 1。")] = None,
    min_none: Annotated[Optional[float], typer.Option("--min-none", min=0, max=1, help="none 行的正确率低于它时退出码为 1。")] = None,
    misses: Annotated[int, typer.Option("--misses", min=0, help="列出几条错例（table/text）。")] = 20,
    fmt: FormatOpt = Format.auto,
    folds: Annotated[Optional[int], typer.Option("--folds", "-k", min=2, max=20, help="按会话分组的 N 折交叉验证：每折由另外几折的标注也学过的模型来打分 (grouped cross-validation).", metavar="N")] = None,
    chat: Annotated[Optional[Path], typer.Option("--chat", help="带双方发言的聊天导出（如 JDDC chat.txt）：每条消息也连同客服的上一句一起读 (the chats, both sides).", metavar="PATH")] = None,
) -> None:
    """用标注好的消息衡量识别准确率：top-1、top-3、none 行、每个场景 (measure accuracy)."""
    from ..understanding.evaluate import evaluate, read_labelled
    from ..understanding.matcher import Matcher
    from . import eval_views, output

    check_input_path(file)
    lib = load_library(library)
    rows = read_labelled(file, known=lib.scenarios)
    chats = None
    if chat is not None:
        from ..reading import agent_lines

        chats = agent_lines(chat)
    elif any(r.session for r in rows):
        chats = {}
    if folds is not None:
        from ..understanding.crossval import cross_validate

        cv = cross_validate(lib, rows, folds, chats=chats, file=str(file))
        if resolve_format(fmt) is Format.json:
            print(output.to_json(cv.to_dict(), indent=2))
        else:
            print(eval_views.crossval_text(cv))
        report = cv.with_chat or cv.alone
    else:
        report = evaluate(Matcher(lib), rows, file=str(file), chats=chats)
        _print_eval(report, fmt, misses)
    missed = _missed_targets(report, min_top1, min_none)
    if missed:
        print(f"csreply: 没达到目标 below target: {missed}", file=sys.stderr)
        raise typer.Exit(ExitCode.NO_MATCH)


def _print_eval(report, fmt, misses: int) -> None:
    from . import eval_views, output

    chosen = resolve_format(fmt)
    if chosen is Format.json:
        print(output.to_json(report.to_dict(), indent=2))
    elif chosen is Format.text:
        print(eval_views.eval_text(report, misses=misses))
    else:
        print_view(eval_views.eval_view(report, misses=misses))


def _missed_targets(report, min_top1: float | None, min_none: float | None) -> str:
    """The targets ``report`` misses, e.g. "top-1 0.712 < 0.8"; only the ones that were given."""
    missed = []
    if min_top1 is not None and report.top1 < min_top1:
        missed.append(f"top-1 {report.top1:.3f} < {min_top1}")
    if min_none is not None and report.none_rate < min_none:
        missed.append(f"none rate {report.none_rate:.3f} < {min_none}")
    return ", ".join(missed)


@app.command(epilog=epilog([
    'csreply explain "能便宜点吗？今天能发货吗"',
    'csreply explain "物流三天没动了" --format json',
], "退出码 0；没有把握的匹配为 1。"))
def explain(
    message: MessageArg = None,
    library: LibraryOpt = None,
    fmt: FormatOpt = Format.auto,
) -> None:
    """看一条消息是怎么识别的：归一化、分词、关键词、例句、分数 (explain a match)."""
    from ..understanding.matcher import Matcher
    from . import output

    text = read_message(message)
    matcher = Matcher(load_library(library))
    match = matcher.rank(text)
    data = output.explain_data(match, matcher.closest_examples(match.normalized.text))
    chosen = resolve_format(fmt)
    if chosen is Format.json:
        print(output.to_json(data, indent=2))
    else:
        print(output.explain_text(data))
    if match.scenario is None:
        raise typer.Exit(ExitCode.NO_MATCH)


class BatchFormat(str, Enum):
    auto = "auto"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    tsv = "tsv"
    text = "text"


@app.command(epilog=epilog([
    "cat export.csv | csreply batch > drafts.jsonl",
    "csreply batch examples/exports/qianniu.txt --format text",
    "csreply batch chats.jsonl --text-field content | jq -r 'select(.scenario == null) | .message'",
    "csreply batch liuhen.csv --format csv --excel -o drafts.csv",
], "输入格式 input formats: auto, text, jsonl, csv, tsv, qianniu, qianniu-web, liuhen-csv, liuhen-txt, "
   "pywxdump-csv, pywxdump-json, jddc. 退出码 0；有记录读不了或文件打不开时为 4。"))
def batch(
    file: ExportArg = None,
    input_format: InputFormatOpt = "auto",
    encoding: EncodingOpt = None,
    text_field: TextFieldOpt = None,
    text_column: TextColumnOpt = None,
    top: TopOpt = 3,
    library: LibraryOpt = None,
    product: Annotated[Optional[str], typer.Option("--product", "-p", help="每条消息都按这个商品回答（商品 id）。", metavar="ID")] = None,
    now: NowOpt = None,
    fmt: Annotated[BatchFormat, typer.Option("--format", "-f", help="输出格式：auto（终端上 text，接管道时 jsonl）、jsonl、json、csv、tsv、text。")] = BatchFormat.auto,
    excel: Annotated[bool, typer.Option("--excel", help="给 Excel/WPS 的 CSV/TSV：UTF-8 带 BOM。")] = False,
    output_path: Annotated[Optional[Path], typer.Option("--output", "-o", help="写到这个文件，不写到标准输出。")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, help="用几个进程（输出顺序不变）。")] = 1,
    skip_errors: Annotated[bool, typer.Option("--skip-errors", help="坏记录只在 stderr 报告，不写入输出。")] = False,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress", help="在 stderr 显示进度条（默认：stderr 是终端且草稿不写到同一个终端时）。")] = None,
    context: Annotated[bool, typer.Option("--context/--no-context", help="每条消息连同同一会话前面的话和客服的上一句一起读（导出带会话时）(read each turn with its chat).")] = True,
) -> None:
    """批量处理聊天记录导出：给每条买家消息起草回复，按输入顺序边读边写 (draft a whole export)."""
    from ..errors import OutputError
    from .batch import BatchOptions, BatchStats, run_batch
    from .records import OutputTarget, RecordWriter

    check_encoding(encoding)
    when = parse_now(now)
    stream, name = open_input(file, "batch")
    chosen = fmt.value
    if chosen == "auto":
        chosen = "text" if (output_path is None and terminal.stdout_is_terminal()) else "jsonl"
    options = BatchOptions(
        input_format=input_format, encoding=encoding, text_field=text_field, text_column=text_column,
        top=top, product_id=product, now=when, jobs=jobs,
        library_paths=tuple(str(p) for p in library or ()), name=name, context=context,
    )
    check_calendar(load_library(library), when)  # a broken library fails here, once, before any worker starts
    stats = BatchStats()
    out = OutputTarget(output_path, bom=excel and chosen in ("csv", "tsv"), source=stream)
    total = file_size(stream)
    stream = CountingStream(stream)
    bar = writer = None
    signals = StopSignals().install()
    records = run_batch(stream, options, stats)
    try:
        writer = RecordWriter(out.stream, chosen, top, name=out.name, flush=not out.private)
        bar = progress_bar(progress, stream, total, to_stdout=output_path is None)
        stopped, reader_gone = write_records(records, writer, name, skip_errors, bar, signals)
    except OutputError:
        out.discard()  # an -o file is left as it was; never a record cut in the middle
        raise
    except BaseException:
        end_output(writer, out)  # an input or internal error: keep what was written, closed
        raise
    else:
        if not reader_gone:
            writer.close()  # every record written so far is complete; a JSON array gets its "]"
            out.commit()
    finally:
        records.close()  # ends --jobs workers now, whatever stopped the loop
        signals.restore()
        if bar:
            bar.stop()
        if file not in (None, "-"):
            stream.close()
    if reader_gone:
        quiet_broken_pipe()
    for warning in stats.read.warnings:  # what the reader assumed (encoding, missing header)
        print(f"csreply: warning: {one_line(name)}: {one_line(warning)}", file=sys.stderr)
    batch_summary(stats, stopped)
    if stopped is not None:
        raise typer.Exit(stopped)
    if stats.internal:
        raise typer.Exit(ExitCode.INTERNAL)  # every other message was drafted; a bug to report
    if stats.errors:
        raise typer.Exit(ExitCode.INPUT)


register_all(app)  # after the core commands, so --help lists them first


def main() -> None:
    """Console-script entry point.

    Ends with ``os._exit`` once the output is flushed: tearing down the interpreter (freeing the
    segmentation dictionary and every module) would add a quarter to a one-shot ``suggest``.
    """
    import os

    try:
        app()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
    except KeyboardInterrupt:  # Ctrl-C before a command runs (while importing) or after it
        code = ExitCode.INTERRUPTED
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        if code == ExitCode.NO_MATCH:
            code = ExitCode.OK  # the reader went away: a closed pipe is 0 for every command
    except ValueError:
        pass
    except OSError as exc:  # the last buffered output met a full disk
        print(f"csreply: error: {output_error(exc)}", file=sys.stderr)
        code = int(ExitCode.OUTPUT)
    try:
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
