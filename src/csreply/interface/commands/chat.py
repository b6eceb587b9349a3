"""``csreply chat``: an interactive session for an agent at work."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from .. import terminal
from ..options import CharacterScript, LibraryOpt, load_library, parse_now

EPILOG = (
    "Examples:\n\n"
    "  csreply chat\n\n"
    "  csreply chat -l examples/shop --product cream-50\n\n"
    "  printf '能便宜点吗\\n1\\n' | csreply chat --now 2026-11-23T15:00\n\n"
    "In the session: paste a message (several lines are one message) to see numbered drafts; "
    "1, 2, 3 copy a draft to the clipboard (found by pyperclip; without one the draft is printed "
    "plainly); :product ID, :now DATETIME, :top N and :script change the next drafts (:product and "
    ":now alone clear them); :show prints the settings; :help lists the commands; quit, :quit or "
    "Ctrl-D ends (exit 0). On a terminal Ctrl-C clears the line and a second Ctrl-C in a row ends "
    "the session with exit 130. When stdin is not a terminal, the lines up to a blank line are one "
    "message, and a number or a command stands on its own line."
)


def register(app: typer.Typer) -> None:
    app.command(name="chat", epilog=EPILOG)(chat)


def chat(
    library: LibraryOpt = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, max=10, help="How many drafts to show.")] = 3,
    product: Annotated[Optional[str], typer.Option("--product", "-p", help="Product id from the catalogue the messages are about.")] = None,
    now: Annotated[Optional[str], typer.Option("--now", help="Fix the clock (ISO 8601) for deadlines.", metavar="DATETIME")] = None,
    script: Annotated[
        CharacterScript, typer.Option("--script", help="Drafts in simplified or traditional characters; auto follows the message.")
    ] = CharacterScript.auto,
) -> None:
    """Draft replies interactively: paste a message, press a number to copy a draft."""
    from ..chat import ChatSession, find_clipboard

    session = ChatSession(
        load_library(library), input=sys.stdin, output=sys.stdout, errors=sys.stderr,
        top=top, product_id=product, now=parse_now(now), script=script.value, clipboard=find_clipboard(),
        interactive=terminal.stdin_is_terminal(),
    )
    raise typer.Exit(session.run())
