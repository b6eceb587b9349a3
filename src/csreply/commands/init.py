"""``csreply init [DIR]``: create a starter script library for the user's shop."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import terminal

EPILOG = (
    "Examples:\n\n"
    "  csreply init\n\n"
    "  csreply init --shop-name 山间小铺 --agent 小禾\n\n"
    "  csreply init my-shop/ --shop-name 山间小铺 --agent 小禾 && csreply lint my-shop/\n\n"
    "Writes DIR/shop.toml (default DIR: the user library folder, which 'suggest' loads on its own): "
    "the shop profile, the policy every promised time comes from, a sample product with FABE facts "
    "and a custom scenario, each field explained in a comment. On a terminal it asks for the shop "
    "and agent names; in scripts give --shop-name and --agent. An existing file is only replaced "
    "with --force."
)


def register(app: typer.Typer) -> None:
    app.command(name="init", epilog=EPILOG)(init)


def init(
    folder: Annotated[Optional[Path], typer.Argument(help="Folder for shop.toml (default: the user library folder).", show_default=False)] = None,
    shop_name: Annotated[Optional[str], typer.Option("--shop-name", help="The shop's name ({shop.name}).")] = None,
    agent: Annotated[Optional[str], typer.Option("--agent", help="The agent's name ({shop.agent}).")] = None,
    platform: Annotated[str, typer.Option("--platform", help="The platform ({shop.platform}).")] = "淘宝",
    force: Annotated[bool, typer.Option("--force", help="Replace an existing shop.toml.")] = False,
) -> None:
    """Create a starter script library: shop, policy, a product and a custom scenario."""
    from ..authoring import DEFAULT_AGENT, DEFAULT_SHOP_NAME, STARTER_FILE, init_library
    from ..errors import UsageError
    from ..library import user_library_dir

    target = folder if folder is not None else user_library_dir()
    if (target / STARTER_FILE).exists() and not force:
        raise UsageError(f"{target / STARTER_FILE} already exists; use --force to replace it")
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
        f"csreply: created a starter library for {shop_name}; edit it, then check it with "
        f"'csreply lint{' ' + str(folder) if not in_user_folder else ''}' and try "
        f"'csreply suggest \"能帮我包装成礼物吗\"{use}'",
        file=sys.stderr,
    )


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
