"""``csreply help [COMMAND]``: the same text as ``csreply COMMAND --help``."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from ...errors import UsageError
from ..cli_help import epilog

EPILOG = epilog(["csreply help", "csreply help batch"], "和 'csreply batch --help' 完全一样 (same as COMMAND --help).")


def register(app: typer.Typer) -> None:
    app.command(name="help", epilog=EPILOG)(help_)


def help_(
    ctx: typer.Context,
    command: Annotated[Optional[str], typer.Argument(help="要看说明的命令（不写：命令列表）。", show_default=False, metavar="[COMMAND]")] = None,
) -> None:
    """看一个命令的说明和例子 (show a command's help)."""
    group_ctx = ctx.parent
    group = group_ctx.command
    if command is None:
        print(group.get_help(group_ctx))
        return
    target = group.get_command(group_ctx, command)
    if target is None:
        raise UsageError(f"没有这个命令：{command}；'csreply help' 列出全部命令 (no such command '{command}')")
    # resilient parsing: a command's required arguments must not stop its help from showing
    with target.make_context(command, [], parent=group_ctx, resilient_parsing=True) as sub:
        print(target.get_help(sub))
