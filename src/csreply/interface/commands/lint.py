"""``csreply lint [PATH…]``: check script libraries for structure, tone, advertising law and drift."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ...errors import ExitCode
from ..cli_help import epilog
from ..options import Format, FormatOpt, check_input_path, plural, resolve_format
from ..shell import print_view

EPILOG = epilog([
    "csreply lint",
    "csreply lint my-shop.toml",
    "csreply lint examples/shop --format json | jq -r '.findings[] | select(.severity == \"error\") | .message'",
    "csreply lint --rules",
], "不写 PATH：检查 'suggest' 实际加载的内置、用户文件夹和 $CSREPLY_LIBRARY 话术库。写了 PATH："
   "把这些文件加载在内置话术库之上，只列出它们的问题。"
   "退出码 0：没有 error（warning 不算）；1：有 error；3：话术库加载不了；4：PATH 打不开或里面没有话术库。")


def register(app: typer.Typer) -> None:
    app.command(name="lint", epilog=EPILOG)(lint)


def lint(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="要检查的话术库文件或文件夹（默认：suggest 加载的全部）。", show_default=False, metavar="[PATH]...")] = None,
    rules: Annotated[bool, typer.Option("--rules", help="列出全部规则。")] = False,
    fmt: FormatOpt = Format.auto,
) -> None:
    """像客服主管一样检查话术库：结构、语气、广告法用语、和政策不符 (check libraries)."""
    from ...library import lint as checks
    from ...library.loading import Library
    from ..output import to_json

    chosen = resolve_format(fmt)
    if rules:
        _print_rules(checks.RULES, chosen)
        return
    if paths:
        for path in paths:  # a PATH that cannot be read is an input error, as in every command
            _check_library_path(path)
        library = Library.load(paths, user=False, env=False)
        only = [str(f) for p in paths for f in _files(p)]
    else:
        library = Library.load()
        only = None
    findings = checks.lint(library, only=only)
    errors, warnings = checks.summary(findings)
    files = only if only is not None else [s for s in library.sources]
    if chosen is Format.json:
        data = {
            "files": files,
            "errors": errors,
            "warnings": warnings,
            "findings": [f.to_dict() for f in findings],
        }
        print(to_json(data, indent=2))
    elif chosen is Format.text:
        for f in findings:
            print(_text_line(f))
    else:
        print_view(_view(findings, errors, warnings, len(files)))
    if chosen is not Format.table:
        print(f"csreply: {_counts(errors, warnings)} in {plural(len(files), 'file')}", file=sys.stderr)
    if errors:
        raise typer.Exit(ExitCode.NO_MATCH)


def _check_library_path(path: Path) -> None:
    """Refuse a PATH with nothing to check, naming the PATH (not --library, which lint has not)."""
    from ...errors import InputError

    check_input_path(path, folder_ok=True)
    if not (path.is_file() or path.is_dir()):
        raise InputError(f"不是文件也不是文件夹 not a file or folder: {path}")
    if path.is_dir() and not _files(path):
        raise InputError(f"文件夹里没有 *.toml 话术库文件 no *.toml library files in this folder: {path}")


def _files(path: Path) -> list[Path]:
    return sorted(p for p in path.glob("*.toml") if p.is_file()) if path.is_dir() else [path]


def _short(file: str | None) -> str:
    from ...library.loading import BUILTIN_DIR

    if not file:
        return "-"
    if file.startswith(str(BUILTIN_DIR)):
        return "builtin/" + Path(file).name
    return file


def _location(f) -> str:
    return _short(f.file) + (f":{f.line}" if f.line else "")


def _reason(f) -> str:
    """The rule's Chinese name first, then the finding in detail (English beside)."""
    from ...library.lint import RULES

    rule = RULES.get(f.rule)
    return f"{rule.zh}：{f.message}" if rule and rule.zh else f.message


def _text_line(f) -> str:
    where = f" {f.where}:" if f.where else ":"
    return f"{_location(f)}: {f.severity} {f.rule}{where} {_reason(f)}"


def _counts(errors: int, warnings: int) -> str:
    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')}"


def _view(findings, errors: int, warnings: int, files: int):
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    summary = Text(f"{_counts(errors, warnings)} in {plural(files, 'file')}", style="bold red" if errors else "bold green")
    if not findings:
        return Group(summary)
    table = Table(show_lines=False, expand=False)
    table.add_column("位置 where", overflow="fold")
    table.add_column("规则 rule", no_wrap=True)
    table.add_column("原因 reason", overflow="fold")
    for f in findings:
        style = "red" if f.severity == "error" else "yellow"
        table.add_row(
            f"{_location(f)}\n{f.where}" if f.where else _location(f),
            Text(f"{f.rule}\n{f.severity}", style=style),
            _reason(f),
        )
    return Group(table, summary)


def _print_rules(rules, chosen) -> None:
    from ..output import to_json

    if chosen is Format.json:
        print(to_json([{"id": r.id, "severity": r.severity, "title": r.title, "title_zh": r.zh} for r in rules.values()], indent=2))
        return
    for r in rules.values():
        print(f"{r.id}\t{r.severity}\t{r.zh}\t{r.title}")
