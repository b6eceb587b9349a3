"""The terminal facts output depends on, in one switchable place (tests flip them)."""

from __future__ import annotations

import os
import sys

# Rich's width and colour are pinned for tests through these environment variables
WIDTH_ENV = "CSREPLY_WIDTH"


def stdout_is_terminal() -> bool:
    """Whether stdout is a terminal: a Rich view then, JSON when piped."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return True  # no usable stdin: never try to read it


def stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def same_terminal() -> bool:
    """Whether stdout and stderr are the same terminal (a bar on stderr would draw over output)."""
    try:
        out, err = os.fstat(sys.stdout.fileno()), os.fstat(sys.stderr.fileno())
    except (AttributeError, ValueError, OSError):
        return False
    return (out.st_dev, out.st_ino, out.st_rdev) == (err.st_dev, err.st_ino, err.st_rdev)


def console(stderr: bool = False):
    """A Rich console on stdout or stderr (Rich is imported only when a view needs it)."""
    from rich.console import Console

    width = os.environ.get(WIDTH_ENV)
    return Console(
        stderr=stderr,
        width=int(width) if width and width.isdigit() else None,
        highlight=False,
        soft_wrap=False,
    )
