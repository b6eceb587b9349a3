"""``csreply completion SHELL``: print the shell script that completes commands and options."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from ..cli_help import epilog
from ..shell import COMPLETE_VAR

EPILOG = epilog([
    'eval "$(csreply completion bash)"',
    "csreply completion bash >> ~/.bashrc",
    "csreply completion zsh > ~/.zfunc/_csreply",
    "csreply completion fish > ~/.config/fish/completions/csreply.fish",
], "把脚本加进 shell 的启动文件后，按 Tab 就能补全命令、选项和选项的取值 "
   "(add the script to your shell's start-up file, then Tab completes commands and options).")


def register(app: typer.Typer) -> None:
    app.command(name="completion", epilog=EPILOG)(completion)


class Shell(str, Enum):
    """The shells Typer writes completion scripts for."""

    bash = "bash"
    zsh = "zsh"
    fish = "fish"


def completion(
    shell: Annotated[Shell, typer.Argument(help="哪个 shell：bash、zsh 或 fish。", show_default=False, metavar="SHELL")],
) -> None:
    """输出 shell 补全脚本 (print the shell completion script)."""
    from typer._completion_shared import get_completion_script

    print(get_completion_script(prog_name="csreply", complete_var=COMPLETE_VAR, shell=shell.value))
