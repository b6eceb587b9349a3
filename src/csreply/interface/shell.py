"""What every command shares around its work: one-line errors with exit codes, the command group
that turns exceptions into them, and printing a Rich view.

Every :class:`CsreplyError` and usage error becomes one line ``csreply: error: …`` on stderr and
a documented exit code (see :class:`csreply.errors.ExitCode`); a reader that went away
(``| head``) ends a command quietly with exit 0.
"""

from __future__ import annotations

import os
import sys

import typer
from typer._click import exceptions as click_errors  # Typer >= 0.26 vendors Click
from typer.core import TyperGroup

from ..errors import CsreplyError, ExitCode, output_error
from . import terminal
from .cli_help import Context as HelpContext
from .cli_help import tidy_metavars, usage_message

EXIT_CODES_HELP = (
    "退出码 exit codes: 0 成功 ok, 1 没有把握的匹配 no confident match (lint: 有 error), "
    "2 用法错误 usage, 3 话术库有错 invalid library, 4 输入读不了 unreadable input, "
    "70 内部错误 internal error, 74 输出写不了 output not written (disk full, read-only), 130 Ctrl-C, 143 SIGTERM."
)


COMPLETE_VAR = "_CSREPLY_COMPLETE"  # set by the script 'csreply completion SHELL' prints


class CommandGroup(TyperGroup):
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
            fail(usage_message(exc), ExitCode.USAGE)
        except CsreplyError as exc:
            fail(error_message(exc), exc.exit_code)
        except (typer.Abort, KeyboardInterrupt, EOFError):
            print("", file=sys.stderr)
            sys.exit(ExitCode.INTERRUPTED)
        except BrokenPipeError:
            quiet_broken_pipe()
        except OSError as exc:
            if not is_write_failure(exc):
                internal_error(exc)
            fail(str(output_error(exc)), ExitCode.OUTPUT)
        except Exception as exc:  # a bug: one line for users, the traceback with CSREPLY_DEBUG=1
            internal_error(exc)
        sys.exit(rv if isinstance(rv, int) else 0)

    def invoke(self, ctx):
        """Run the command; a reader that went away (``| head``) ends it quietly with exit 0.

        Click would turn the broken pipe into exit 1, which means "no confident match" here.
        """
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            quiet_broken_pipe()

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


def internal_error(exc: Exception) -> None:
    import os

    if os.environ.get("CSREPLY_DEBUG"):
        raise exc
    fail(
        f"内部错误，请报告 internal error: {type(exc).__name__}: {exc} (set CSREPLY_DEBUG=1 for details)",
        ExitCode.INTERNAL,
    )


def is_write_failure(exc: OSError) -> bool:
    """An error of the output device (full disk, quota, file size), not a bug: stdout is written by
    print() everywhere, so such errors surface wherever a command happens to print."""
    import errno

    return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS)


def one_line(message: str) -> str:
    """A message made safe for one terminal line: control characters shown escaped."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message)


# the Chinese name of each kind of error, added to a message that has no Chinese of its own
_ERROR_LABELS = {ExitCode.USAGE: "用法错误", ExitCode.LIBRARY: "话术库有错", ExitCode.INPUT: "输入读不了"}


def error_message(exc: CsreplyError) -> str:
    """The one line for ``exc``: as it is when it speaks Chinese, else with a Chinese label.

    Messages written for the command line are Chinese with English beside; the library's own
    messages (file, line, key and an English reason) get the kind of error in Chinese at the end,
    so an agent always has a Chinese word to go by, a developer the English detail, and scripts
    that match the start of the line (``csreply: error: FILE:LINE:``) keep working.

    >>> from csreply.errors import LibraryError
    >>> error_message(LibraryError("unknown key 'agnet'", file="a.toml", line=3))
    "a.toml:3: unknown key 'agnet'（话术库有错）"
    """
    import re

    message = str(exc)
    if re.search(r"[\u4e00-\u9fff]", message):
        return message
    label = _ERROR_LABELS.get(exc.exit_code)
    return f"{message}（{label}）" if label else message


def fail(message: str, code: int) -> None:
    """Print ``csreply: error: …`` (the searchable prefix scripts grep) and exit with ``code``."""
    print(f"csreply: error: {one_line(message)}", file=sys.stderr)
    sys.exit(int(code))


def quiet_broken_pipe() -> None:
    """The reader went away (``| head``): stop quietly, without a second error on exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    sys.exit(0)


def print_view(renderable) -> None:
    console = terminal.console()
    console.on_broken_pipe = quiet_broken_pipe  # Rich's own handler exits 1, "no confident match" here
    console.print(renderable)
