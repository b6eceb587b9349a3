"""``csreply import``: labelled rows of the shop's own chats become library examples."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ...errors import UsageError
from ..cli_help import epilog
from ..options import LibraryOpt, check_input_path, load_library

EPILOG = epilog([
    "csreply import my-labelled.tsv -o my-shop/examples-chats.toml",
    "csreply import my-labelled.tsv -l my-shop/ > imported.toml",
], "FILE 每行 文本<TAB>标注（或表头为 session turn text labels）。写出的文件放进话术库文件夹，"
   "模型下次加载时就从这些例句学习。-o 的文件已存在时不覆盖。退出码 0；文件读不了为 4；有未知场景 id 为 4。")


def register(app: typer.Typer) -> None:
    app.command(name="import", epilog=EPILOG)(import_examples)


def import_examples(
    file: Annotated[Path, typer.Argument(help="标注好的聊天消息（TSV）。", show_default=False, metavar="FILE")],
    library: LibraryOpt = None,
    output_path: Annotated[Optional[Path], typer.Option("--output", "-o", help="写到这个新文件（已存在则不覆盖）。", metavar="PATH")] = None,
) -> None:
    """把自己店标注好的聊天消息导入为话术库例句 (import labelled rows as examples)."""
    import sys

    from ...library.importing import examples_toml
    from ...understanding.evaluate import read_labelled

    check_input_path(file)
    lib = load_library(library)
    rows = read_labelled(file, known=lib.scenarios)
    text, counts = examples_toml(rows)
    summary = "，".join(f"{k} {n}" for k, n in counts.items()) or "无"
    if output_path is None:
        sys.stdout.write(text)
    else:
        try:
            with open(output_path, "x", encoding="utf-8") as out:  # "x": never replaces a file
                out.write(text)
        except FileExistsError:
            raise UsageError(f"{output_path} 已存在，不覆盖 (exists: choose a new file)") from None
    print(f"csreply: 导入 {sum(counts.values())} 条例句 imported: {summary}", file=sys.stderr)
