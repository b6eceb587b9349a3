"""The options and arguments the commands share, and the small checks behind them.

Both :mod:`csreply.interface.cli` and the modules in :mod:`csreply.interface.commands` import
from here, so the commands never import the CLI that registers them.
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

from ..errors import InputError, LibraryError, UsageError
from . import terminal
from .shell import one_line


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


def load_library(paths: list[Path] | None):
    from ..library.loading import Library

    return Library.load(paths or ())


def resolve_format(fmt: Format) -> Format:
    if fmt is Format.auto:
        return Format.table if terminal.stdout_is_terminal() else Format.json
    return fmt


MESSAGE_MAX_BYTES = 1 << 20


def read_message(message: str | None) -> str:
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


def warn_missing_holidays(library, now: datetime) -> None:
    """Say so when deadlines may run into a year whose public holidays are not known yet."""
    from datetime import timedelta

    from ..writing.bizcal import has_holiday_data

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
    from ..writing.bizcal import BusinessCalendar

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


def plural(n: int, word: str) -> str:
    """``1 error``, ``2 errors``: counts in summaries read as English, not ``1 errors``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def skipped_note(skipped: int) -> str:
    """The summary's note on records that are not the customer's (agent lines, receipts)."""
    if not skipped:
        return ""
    return f", {skipped} non-customer {'line' if skipped == 1 else 'lines'} skipped"
