"""The ``csreply`` command line: a thin shell over the Python API.

Each command parses its options, calls the library and prints; every :class:`CsreplyError` and
usage error becomes one line ``csreply: error: …`` on stderr and a documented exit code
(see :class:`csreply.errors.ExitCode`).
"""

from __future__ import annotations

import errno
import os
import sys
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer._click import exceptions as click_errors  # Typer >= 0.26 vendors Click
from typer.core import TyperGroup

from . import __version__, terminal
from .cli_help import Context as HelpContext
from .cli_help import epilog, tidy_metavars, usage_message
from .errors import CsreplyError, ExitCode, InputError, LibraryError, UsageError, output_error

EXIT_CODES_HELP = (
    "退出码 exit codes: 0 成功 ok, 1 没有把握的匹配 no confident match (lint: 有 error), "
    "2 用法错误 usage, 3 话术库有错 invalid library, 4 输入读不了 unreadable input, "
    "70 内部错误 internal error, 74 输出写不了 output not written (disk full, read-only), 130 Ctrl-C, 143 SIGTERM."
)


COMPLETE_VAR = "_CSREPLY_COMPLETE"  # set by the script 'csreply completion SHELL' prints


class _Group(TyperGroup):
    """Turns usage errors and interrupts into one-line messages and exit codes, everywhere."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.context_class = HelpContext
        for command in self.commands.values():
            tidy_metavars(command)
            command.context_class = HelpContext

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if os.environ.get(COMPLETE_VAR):  # a Tab press in a shell set up by 'csreply completion'
            from typer._completion_classes import completion_init

            completion_init()
        try:
            rv = super().main(
                args=args, prog_name=prog_name or "csreply", complete_var=complete_var or COMPLETE_VAR,
                standalone_mode=False, **extra,
            )
        except click_errors.NoArgsIsHelpError as exc:
            print(exc.format_message())
            sys.exit(ExitCode.OK)
        except click_errors.ClickException as exc:
            _fail(usage_message(exc), ExitCode.USAGE)
        except CsreplyError as exc:
            _fail(error_message(exc), exc.exit_code)
        except (typer.Abort, KeyboardInterrupt, EOFError):
            print("", file=sys.stderr)
            sys.exit(ExitCode.INTERRUPTED)
        except BrokenPipeError:
            _quiet_broken_pipe()
        except OSError as exc:
            if not _is_write_failure(exc):
                _internal(exc)
            _fail(str(output_error(exc)), ExitCode.OUTPUT)
        except Exception as exc:  # a bug: one line for users, the traceback with CSREPLY_DEBUG=1
            _internal(exc)
        sys.exit(rv if isinstance(rv, int) else 0)

    def invoke(self, ctx):
        """Run the command; a reader that went away (``| head``) ends it quietly with exit 0.

        Click would turn the broken pipe into exit 1, which means "no confident match" here.
        """
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _quiet_broken_pipe()

    def format_commands(self, ctx, formatter) -> None:
        """The command list with each command's whole first line, wrapped, never cut with '...'."""
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.short_help or (command.help or "").strip().split("\n")[0]))
        if rows:
            with formatter.section("命令 Commands"):
                formatter.write_dl(rows)


def _internal(exc: Exception) -> None:
    import os

    if os.environ.get("CSREPLY_DEBUG"):
        raise exc
    _fail(
        f"内部错误，请报告 internal error: {type(exc).__name__}: {exc} (set CSREPLY_DEBUG=1 for details)",
        ExitCode.INTERNAL,
    )


def _is_write_failure(exc: OSError) -> bool:
    """An error of the output device (full disk, quota, file size), not a bug: stdout is written by
    print() everywhere, so such errors surface wherever a command happens to print."""
    import errno

    return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS)


app = typer.Typer(
    cls=_Group,
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


class Format(str, Enum):
    auto = "auto"
    table = "table"
    text = "text"
    json = "json"


LibraryOpt = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--library", "-l",
        help="额外的话术库（TOML 文件或文件夹），可重复，在内置话术库之后加载 (extra script library).",
        metavar="PATH",
    ),
]
FormatOpt = Annotated[
    Format,
    typer.Option("--format", "-f", help="输出格式：auto（终端上显示视图，接管道时输出 JSON）、table、text、json。"),
]


def one_line(message: str) -> str:
    """A message made safe for one terminal line: control characters shown escaped."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message)


# input options shared by every command that reads chat exports (batch, report)
InputFormatOpt = Annotated[
    str, typer.Option("--input-format", "-i", help="输入格式（默认自动识别，auto）。", metavar="FORMAT")
]
# no short option: '-e' means --example (csreply add), one meaning per letter across commands
EncodingOpt = Annotated[
    Optional[str],
    typer.Option("--encoding", help="强制用这个编码读（默认：BOM、UTF-8，再试 GB18030）。", metavar="NAME"),
]
TextFieldOpt = Annotated[Optional[str], typer.Option("--text-field", help="JSON lines：消息文字所在的字段。", metavar="NAME")]
TextColumnOpt = Annotated[Optional[str], typer.Option("--text-column", help="CSV/TSV：消息文字所在的列。", metavar="NAME")]
ExportArg = Annotated[
    Optional[str], typer.Argument(help="要读的聊天记录导出；写 '-' 或不写就读标准输入。", show_default=False, metavar="[FILE]")
]


def check_encoding(name: str | None) -> None:
    """Refuse an encoding that cannot decode text (``base64``, ``zlib``…) or does not exist."""
    import codecs

    if name is None:
        return
    try:
        info = codecs.lookup(name)
        b"a".decode(info.name, "replace")  # non-text codecs (base64, zlib) raise LookupError here
    except LookupError:
        raise UsageError(f"不是文本编码：{name}，请用 utf-8、gb18030、utf-16 这类 (--encoding: not a text encoding)") from None


def input_error(path: str | os.PathLike, exc: OSError) -> InputError:
    """The one message and exit code (4) for an input file that cannot be opened or read."""
    reasons = {
        errno.ENOENT: "找不到文件 no such file",
        errno.EISDIR: "这是文件夹，不是文件 is a folder",
        errno.EACCES: "没有读取权限 permission denied",
    }
    reason = reasons.get(exc.errno, f"读不了 cannot read: {exc.strerror or exc}")
    return InputError(f"{reason}: {os.fspath(path)}")


def check_input_path(path: str | os.PathLike, *, folder_ok: bool = False) -> None:
    """Raise :func:`input_error` when ``path`` cannot be read (a folder only with ``folder_ok``)."""
    try:
        if folder_ok and os.path.isdir(path):
            os.listdir(path)
        else:
            with open(path, "rb"):
                pass
    except OSError as exc:
        raise input_error(path, exc) from None


def open_input(path: str | None, command: str):
    """(binary stream, name for messages) of a chat export: a file, or stdin for '-'/nothing."""
    if path in (None, "-"):
        if path is None and terminal.stdin_is_terminal():
            raise UsageError(f"没有输入：给一个文件，或用管道把聊天记录导出传给 'csreply {command}' (no input)")
        return sys.stdin.buffer, "<stdin>"
    try:
        return open(path, "rb"), path
    except OSError as exc:
        raise input_error(path, exc) from None


def bad_record_warning(name: str, line: int, row: int | None, reason: str) -> None:
    """One stderr line for a record that could not be read; processing goes on."""
    where = f"{name}:{line}" + (f" (row {row})" if row else "")
    print(f"csreply: warning: {one_line(where)}: {one_line(reason)}（这条记录读不了，其余照常）", file=sys.stderr)


# the Chinese name of each kind of error, added to a message that has no Chinese of its own
_ERROR_LABELS = {ExitCode.USAGE: "用法错误", ExitCode.LIBRARY: "话术库有错", ExitCode.INPUT: "输入读不了"}


def error_message(exc: CsreplyError) -> str:
    """The one line for ``exc``: as it is when it speaks Chinese, else with a Chinese label.

    Messages written for the command line are Chinese with English beside; the library's own
    messages (file, line, key and an English reason) get the kind of error in Chinese at the end,
    so an agent always has a Chinese word to go by, a developer the English detail, and scripts
    that match the start of the line (``csreply: error: FILE:LINE:``) keep working.

    >>> error_message(LibraryError("unknown key 'agnet'", file="a.toml", line=3))
    "a.toml:3: unknown key 'agnet'（话术库有错）"
    """
    import re

    message = str(exc)
    if re.search(r"[\u4e00-\u9fff]", message):
        return message
    label = _ERROR_LABELS.get(exc.exit_code)
    return f"{message}（{label}）" if label else message


def _fail(message: str, code: int) -> None:
    """Print ``csreply: error: …`` (the searchable prefix scripts grep) and exit with ``code``."""
    print(f"csreply: error: {one_line(message)}", file=sys.stderr)
    sys.exit(int(code))


def _quiet_broken_pipe() -> None:
    """The reader went away (``| head``): stop quietly, without a second error on exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    sys.exit(0)


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


def _load(paths: list[Path] | None):
    from .library import Library

    return Library.load(paths or ())


def _resolve_format(fmt: Format) -> Format:
    if fmt is Format.auto:
        return Format.table if terminal.stdout_is_terminal() else Format.json
    return fmt


MESSAGE_MAX_BYTES = 1 << 20


def _read_message(message: str | None) -> str:
    if message == "-" or (message is None and not terminal.stdin_is_terminal()):
        data = sys.stdin.buffer.read(MESSAGE_MAX_BYTES + 1)  # bounded: stdin may be endless
        if len(data) > MESSAGE_MAX_BYTES:
            raise InputError("the message on stdin is over 1 MiB; give chat exports to 'csreply batch'")
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                message = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise InputError("标准输入的消息不是 UTF-8 或 GB18030 文本 (the message on stdin is not UTF-8 or GB18030 text)")
    if message is None:
        raise UsageError("缺少 MESSAGE：写在参数里，或用 '-' 从标准输入读 (missing MESSAGE)")
    message = message.strip()
    if not message:
        raise UsageError("消息是空的 (the message is empty)")
    return message


def _warn_missing_holidays(library, now: datetime) -> None:
    """Say so when deadlines may run into a year whose public holidays are not known yet."""
    from datetime import timedelta

    from .bizcal import has_holiday_data

    if not library.policy.statutory_holidays:
        return
    years = sorted({now.year, (now + timedelta(days=21)).year})
    missing = [y for y in years if not has_holiday_data(y)]
    if missing:
        print(
            f"csreply: warning: no public-holiday data for {missing[0]} in the installed chinese-calendar; "
            "deadlines then skip only weekends and the shop's closures (pip install -U chinese-calendar)"
            f"（没有 {missing[0]} 年的法定节假日数据，承诺时间只跳过周末和店休日）",
            file=sys.stderr,
        )


def parse_now(value: str | None) -> datetime | None:
    """``--now`` in ISO 8601 (``2026-11-23T15:00``, ``2026-11-23 15:00+08:00``)."""
    if value is None:
        return None
    try:
        now = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"--now 的时间格式不对：'{value}'，请用 ISO 8601，例如 2026-11-23T15:00 (invalid --now '{value}')") from None
    if now.year > LATEST_YEAR:
        # deadlines are searched up to ten years ahead: later they would pass year 9999
        raise UsageError(f"--now 太晚：最晚到 {LATEST_YEAR} 年 (invalid --now '{value}': latest year {LATEST_YEAR})")
    if now.year < EARLIEST_YEAR:
        # converting year 1 to the shop's time zone could fall before datetime.min
        raise UsageError(f"--now 太早：最早 {EARLIEST_YEAR} 年 (invalid --now '{value}': earliest year {EARLIEST_YEAR})")
    return now


LATEST_YEAR = 9988  # ten years of deadline search plus a margin must stay below datetime.max
EARLIEST_YEAR = 1900


def check_calendar(library, now: datetime | None) -> None:
    """Refuse a policy whose calendar has no working day for ten years (every deadline needs one).

    Checked once before drafting, so the failure is a located library error and not a crash in
    the middle of a batch.
    """
    from .bizcal import BusinessCalendar

    calendar = BusinessCalendar(library.policy)
    day = calendar.localize(now or datetime.now()).date()
    try:
        calendar.next_working_day(day)
    except ValueError:
        raise LibraryError(
            f"店铺政策在 {day} 之后十年里没有一个工作日，算不出任何承诺时间：请检查 working_days 和 closures "
            "(policy has no working day within ten years)",
            key="policy",
        ) from None


def _print_view(renderable) -> None:
    console = terminal.console()
    console.on_broken_pipe = _quiet_broken_pipe  # Rich's own handler exits 1, "no confident match" here
    console.print(renderable)


class CharacterScript(str, Enum):
    auto = "auto"
    simplified = "simplified"
    traditional = "traditional"


TopOpt = Annotated[int, typer.Option("--top", "-n", min=1, max=10, help="每条消息给几条草稿（1–10）。")]
NowOpt = Annotated[
    Optional[str],
    typer.Option("--now", help="固定“现在”的时间（ISO 8601），承诺的时间按它算。", metavar="DATETIME"),
]
MessageArg = Annotated[
    Optional[str], typer.Argument(help="买家的消息；写 '-' 从标准输入读。", show_default=False, metavar="[MESSAGE]")
]


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
    from . import output
    from .drafting import suggest as make_suggestion

    text = _read_message(message)
    lib = _load(library)
    when = parse_now(now)
    check_calendar(lib, when)
    match = None
    if context and not no_context:
        from .context import read_with_chat
        from .matcher import Matcher

        match = read_with_chat(Matcher(lib), context, text)
    result = make_suggestion(text, lib, top=top, product_id=product, now=when, script=script.value, match=match)
    _warn_missing_holidays(lib, result.now)
    chosen = _resolve_format(fmt)
    if chosen is Format.json:
        print(output.to_json(result.to_dict()))
    elif chosen is Format.text:
        print(output.suggestion_text(result, lib))
    else:
        _print_view(output.suggestion_view(result, lib))
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

    lib = _load(library)
    chosen = _resolve_format(fmt)
    if chosen is Format.json:
        print(output.to_json(output.scenarios_data(lib), indent=2))
    elif chosen is Format.text:
        print(output.scenarios_text(lib))
    else:
        _print_view(output.scenarios_view(lib))


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
    from . import output
    from .evaluate import evaluate, read_labelled
    from .matcher import Matcher

    check_input_path(file)
    lib = _load(library)
    rows = read_labelled(file, known=lib.scenarios)
    chats = None
    if chat is not None:
        from .crossval import agent_lines

        chats = agent_lines(chat)
    elif any(r.session for r in rows):
        chats = {}
    if folds is not None:
        from .crossval import cross_validate

        cv = cross_validate(lib, rows, folds, chats=chats, file=str(file))
        if _resolve_format(fmt) is Format.json:
            print(output.to_json(cv.to_dict(), indent=2))
        else:
            print(output.crossval_text(cv))
        report = cv.with_chat or cv.alone
    else:
        report = evaluate(Matcher(lib), rows, file=str(file), chats=chats)
        _print_eval(report, fmt, misses)
    missed = _missed_targets(report, min_top1, min_none)
    if missed:
        print(f"csreply: 没达到目标 below target: {missed}", file=sys.stderr)
        raise typer.Exit(ExitCode.NO_MATCH)


def _print_eval(report, fmt, misses: int) -> None:
    from . import output

    chosen = _resolve_format(fmt)
    if chosen is Format.json:
        print(output.to_json(report.to_dict(), indent=2))
    elif chosen is Format.text:
        print(output.eval_text(report, misses=misses))
    else:
        _print_view(output.eval_view(report, misses=misses))


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
    from . import output
    from .matcher import Matcher

    text = _read_message(message)
    matcher = Matcher(_load(library))
    match = matcher.rank(text)
    data = output.explain_data(match, matcher.closest_examples(match.normalized.text))
    chosen = _resolve_format(fmt)
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
    from .batch import BatchOptions, BatchStats, run_batch
    from .errors import OutputError
    from .output import OutputTarget, RecordWriter

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
    check_calendar(_load(library), when)  # a broken library fails here, once, before any worker starts
    stats = BatchStats()
    out = OutputTarget(output_path, bom=excel and chosen in ("csv", "tsv"), source=stream)
    total = _size(stream)
    stream = _CountingStream(stream)
    bar = writer = None
    signals = _StopSignals().install()
    records = run_batch(stream, options, stats)
    try:
        writer = RecordWriter(out.stream, chosen, top, name=out.name)
        bar = _progress(progress, stream, total, to_stdout=output_path is None)
        stopped, reader_gone = _write_records(records, writer, name, skip_errors, bar, signals)
    except OutputError:
        out.discard()  # an -o file is left as it was; never a record cut in the middle
        raise
    except BaseException:
        _end_output(writer, out)  # an input or internal error: keep what was written, closed
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
        _quiet_broken_pipe()
    for warning in stats.read.warnings:  # what the reader assumed (encoding, missing header)
        print(f"csreply: warning: {one_line(name)}: {one_line(warning)}", file=sys.stderr)
    _summary(stats, stopped)
    if stopped is not None:
        raise typer.Exit(stopped)
    if stats.errors:
        raise typer.Exit(ExitCode.INPUT)


def _write_records(records, writer, name: str, skip_errors: bool, bar, signals: _StopSignals) -> tuple[ExitCode | None, bool]:
    """Write records until the input ends, a signal stops the run or the reader goes away; a
    signal that arrives while a record is written waits until it is whole (``signals``).

    Returns (the exit code of a stop by Ctrl-C/SIGTERM or None, whether stdout's reader left).
    """
    try:
        for record in records:
            if record.error is not None:
                bad_record_warning(name, record.source["line"], record.source.get("row"), record.error)
                if skip_errors:
                    continue
            signals.writing = True
            try:
                writer.write(record)
            except BrokenPipeError:
                return None, True  # `| head`: the reader has what it wanted
            signals.record_written()
            if bar:
                bar.advance()
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED, False
    except _Terminated:
        return ExitCode.TERMINATED, False
    return None, False


def _end_output(writer, out) -> None:
    """After an input or internal error: close a JSON array and keep what was written.

    Another error is already on its way to the user, so a failure here only discards the file.
    """
    try:
        if writer is not None:
            writer.close()
        out.commit()
    except (OSError, CsreplyError):
        out.discard()


class _Terminated(Exception):
    """SIGTERM arrived: stop after the record being written."""


class _StopSignals:
    """Ctrl-C and SIGTERM during a batch stop it between records, never inside one.

    Python raises KeyboardInterrupt wherever the signal lands, also inside a blocked write to a
    full pipe, which left a record cut in half; here a signal that arrives while a record is
    being written is held until the record is complete, then raised.
    """

    def __init__(self) -> None:
        self.writing = False
        self._pending: int | None = None
        self._previous: dict[int, object] = {}

    def install(self) -> _StopSignals:
        import signal

        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                self._previous[signum] = signal.signal(signum, self._handle)
            except ValueError:  # not the main thread (e.g. some test runners): keep the default
                pass
        return self

    def restore(self) -> None:
        import signal

        for signum, previous in self._previous.items():
            signal.signal(signum, previous)

    def _handle(self, signum, frame) -> None:
        if self.writing:
            self._pending = signum
        else:
            self._raise(signum)

    def record_written(self) -> None:
        """Called after each record: raise a signal that arrived while it was written."""
        self.writing = False
        if self._pending is not None:
            self._raise(self._pending)

    @staticmethod
    def _raise(signum: int) -> None:
        import signal

        raise KeyboardInterrupt() if signum == signal.SIGINT else _Terminated()


def plural(n: int, word: str) -> str:
    """``1 error``, ``2 errors``: counts in summaries read as English, not ``1 errors``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def skipped_note(skipped: int) -> str:
    """The summary's note on records that are not the customer's (agent lines, receipts)."""
    if not skipped:
        return ""
    return f", {skipped} non-customer {'line' if skipped == 1 else 'lines'} skipped"


def _summary(stats, stopped: ExitCode | None = None) -> None:
    print(
        ("csreply: stopped early: " if stopped is not None else "csreply: ")
        + f"{plural(stats.messages, 'message')}, {stats.matched} matched, {stats.unmatched} unmatched, "
        f"{plural(stats.errors, 'error')}" + skipped_note(stats.read.skipped)
        + (f" ({stats.read.format}, {stats.read.encoding})" if stats.read.format else "")
        + f" · 共 {stats.messages} 条，识别 {stats.matched} 条，没把握 {stats.unmatched} 条，坏记录 {stats.errors} 条"
        + ("（提前停止）" if stopped is not None else ""),
        file=sys.stderr,
    )


def _size(stream) -> int | None:
    """The size of a regular file, for an ETA; None for pipes and terminals."""
    import os
    import stat

    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


class _CountingStream:
    """A binary stream that counts the bytes read, so progress can show how far a file is."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.consumed = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.consumed += len(data)
        return data

    def read1(self, size: int = -1) -> bytes:
        reader = getattr(self._stream, "read1", self._stream.read)
        data = reader(size)
        self.consumed += len(data)
        return data

    def seekable(self) -> bool:
        """A file can be read ahead (``batch`` drafts it a chunk at a time); a pipe cannot."""
        return self._stream.seekable()

    def close(self) -> None:
        self._stream.close()


class _Progress:
    """A Rich progress bar on stderr: messages, rate, and for a file the share read and an ETA."""

    def __init__(self, stream: _CountingStream, total: int | None) -> None:
        from rich.progress import (
            BarColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._stream = stream
        columns = [SpinnerColumn(), TextColumn("起草 drafting {task.fields[messages]:,} messages {task.fields[rate]}")]
        if total:
            columns += [BarColumn(), TaskProgressColumn(), TextColumn("剩余 left"), TimeRemainingColumn()]
        columns += [TextColumn("已用 elapsed"), TimeElapsedColumn()]
        self._progress = Progress(*columns, console=terminal.console(stderr=True), transient=True)
        self._task = self._progress.add_task("batch", total=total or None, messages=0, rate="")
        self._messages = 0
        self._progress.start()

    def advance(self) -> None:
        self._messages += 1
        if self._messages % 50:  # redrawing for every message would cost more than drafting it
            return
        task = self._progress.tasks[0]
        rate = f"({self._messages / task.elapsed:,.0f}/s)" if task.elapsed else ""
        self._progress.update(self._task, completed=self._stream.consumed, messages=self._messages, rate=rate)

    def stop(self) -> None:
        self._progress.stop()


def _progress(wanted: bool | None, stream: _CountingStream, total: int | None, *, to_stdout: bool) -> _Progress | None:
    """The bar, when asked for (default: stderr is a terminal) and it cannot overwrite output.

    A bar redraws its line in place: on the terminal that also shows the records it would
    overwrite them, so it is left out there even with ``--progress``.
    """
    if to_stdout and terminal.stdout_is_terminal() and terminal.same_terminal():
        return None
    if wanted is None:
        wanted = terminal.stderr_is_terminal()
    return _Progress(stream, total) if wanted else None


from .commands import register_all  # noqa: E402  (they use the options defined above)

register_all(app)


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
