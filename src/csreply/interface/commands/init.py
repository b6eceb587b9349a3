"""``csreply init [DIR]``: create a starter script library for the user's shop."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import terminal
from ..cli_help import epilog

EPILOG = epilog([
    "csreply init",
    "csreply init --shop-name 山间小铺 --agent 小禾",
    "csreply init my-shop/ --shop-name 山间小铺 --agent 小禾 && csreply lint my-shop/",
], "生成 DIR/shop.toml（默认 DIR：用户话术库文件夹，suggest 会自动加载）：店铺信息、店铺政策（每个承诺的"
   "时间都由它算出）、一个带 FABE 资料的示例商品和一个本店场景，每一项都有中文注释。在终端里会询问店铺名称"
   "和客服名字；在脚本里用 --shop-name 和 --agent。已有的文件只有加 --force 才会被覆盖。")


def register(app: typer.Typer) -> None:
    app.command(name="init", epilog=EPILOG)(init)


def init(
    folder: Annotated[Optional[Path], typer.Argument(help="放 shop.toml 的文件夹（默认：用户话术库文件夹）。", show_default=False, metavar="[DIR]")] = None,
    shop_name: Annotated[Optional[str], typer.Option("--shop-name", help="店铺名称（{shop.name}）。", metavar="NAME")] = None,
    agent: Annotated[Optional[str], typer.Option("--agent", help="客服名字（{shop.agent}）。", metavar="NAME")] = None,
    platform: Annotated[str, typer.Option("--platform", help="平台（{shop.platform}）。", metavar="NAME")] = "淘宝",
    force: Annotated[bool, typer.Option("--force", help="覆盖已有的 shop.toml。")] = False,
) -> None:
    """给自己的店生成一份起步用的话术库 (create a starter library)."""
    from ...errors import UsageError
    from ...library.authoring import DEFAULT_AGENT, DEFAULT_SHOP_NAME, STARTER_FILE
    from ...library.loading import user_library_dir
    from ...library.starter import init_library

    target = folder if folder is not None else user_library_dir()
    if (target / STARTER_FILE).exists() and not force:
        raise UsageError(f"{target / STARTER_FILE} 已经有了；要覆盖请加 --force (already exists; use --force to replace it)")
    asking = terminal.stdin_is_terminal()
    if shop_name is None:
        shop_name = typer.prompt("店铺名称 shop name", default=DEFAULT_SHOP_NAME) if asking else DEFAULT_SHOP_NAME
    if agent is None:
        agent = typer.prompt("客服名字 agent name", default=DEFAULT_AGENT) if asking else DEFAULT_AGENT
    path = init_library(target, shop_name=shop_name, agent=agent, platform=platform, force=force)
    print(path)
    in_user_folder = folder is None or _same(folder, user_library_dir())
    use = "" if in_user_folder else f" -l {folder}"
    print(
        f"csreply: 已为{shop_name}生成起步话术库；改好后用 "
        f"'csreply lint{' ' + str(folder) if not in_user_folder else ''}' 检查，再试试 "
        f"'csreply suggest \"能帮我包装成礼物吗\"{use}' (created a starter library)",
        file=sys.stderr,
    )


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
