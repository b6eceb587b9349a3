"""One exception hierarchy and the exit codes the CLI turns it into.

The library raises these; only ``cli.py`` prints them, as ``csreply: error: …``.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Documented exit codes of every ``csreply`` command.

    >>> int(ExitCode.NO_MATCH)
    1
    """

    OK = 0
    NO_MATCH = 1  # suggest: nothing matched confidently (a clarifying draft is still printed)
    USAGE = 2  # bad option, missing argument, unreadable input file
    LIBRARY = 3  # a script library (TOML) is invalid
    INPUT = 4  # input data could not be read or decoded (batch)
    INTERNAL = 70  # a bug in csreply (EX_SOFTWARE); please report it
    OUTPUT = 74  # output could not be written: disk full, unwritable -o file (EX_IOERR)
    INTERRUPTED = 130  # Ctrl-C
    TERMINATED = 143  # SIGTERM (batch stops after the record being written)


class CsreplyError(Exception):
    """Base of every error csreply reports to a user.

    ``file``, ``line`` and ``key`` locate the problem when there is one; ``str()`` gives the
    one-line message the CLI prints after ``csreply: error:``.
    """

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        key: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.key = key

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file
            if self.line:
                where += f":{self.line}"
            where += ": "
        key = f"{self.key}: " if self.key else ""
        return f"{where}{key}{self.message}"


class UsageError(CsreplyError):
    """A bad option value or argument."""

    exit_code = ExitCode.USAGE


class LibraryError(CsreplyError):
    """A script library file that cannot be loaded (syntax, types, unknown keys, …)."""

    exit_code = ExitCode.LIBRARY


class TemplateError(LibraryError):
    """A reply template with an unknown or unsafe placeholder."""


class InputError(CsreplyError):
    """Input data (a message, a chat export) that cannot be read."""

    exit_code = ExitCode.INPUT


class OutputError(CsreplyError):
    """Output that cannot be written (full disk, unwritable file): never an internal error."""

    exit_code = ExitCode.OUTPUT


def output_error(exc: OSError, name: str = "<stdout>") -> OutputError:
    """The :class:`OutputError` for an ``OSError`` met while writing ``name``.

    >>> import errno
    >>> str(output_error(OSError(errno.ENOSPC, "No space left on device")))
    'cannot write <stdout>: No space left on device'
    """
    return OutputError(f"cannot write {name}: {exc.strerror or exc}")
