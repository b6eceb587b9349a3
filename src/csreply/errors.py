"""One exception hierarchy and the exit codes the CLI turns it into.

The library raises these; only ``cli.py`` prints them, as ``csreply: error: …``.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Documented exit codes of every ``csreply`` command: each means one thing, everywhere.

    Each member's ``__doc__`` says when it happens; the README's table "退出码" says the same.
    A reader that goes away (``| head -1``) is not an error: every command then exits 0.

    >>> int(ExitCode.NO_MATCH)
    1
    >>> ExitCode.INPUT.__doc__.split(":")[0]
    'Input could not be read'
    """

    def __new__(cls, value: int, doc: str = "") -> "ExitCode":
        # a member is ``NAME = code, "when it happens"``; a bare ``NAME = code`` still works
        member = int.__new__(cls, value)
        member._value_ = value
        member.__doc__ = doc or None
        return member

    OK = 0, "Success (suggest/explain: a scenario was recognised; lint: no errors); also a closed pipe."
    NO_MATCH = 1, (
        "A negative answer, not a failure: suggest/explain found no confident match (a clarifying "
        "draft is still printed); eval missed a --min-* target; lint found errors."
    )
    USAGE = 2, (
        "The command line is wrong: unknown option, bad value (--top abc, --encoding base64, "
        "--now before 1900 or after 9988), missing argument, add --title without a reply."
    )
    LIBRARY = 3, (
        "A script library cannot be used: TOML syntax, unknown key, bad placeholder, a missing "
        "--library path, a policy with no working day within ten years."
    )
    INPUT = 4, (
        "Input could not be read: a file named on the command line is missing or unreadable "
        "(batch, report, eval, lint), stdin is not text, or some records of an export are bad."
    )
    OUTPUT = 74, "Output could not be written: disk full, an unwritable -o file or library (EX_IOERR)."
    INTERNAL = 70, "A bug in csreply (EX_SOFTWARE); please report it, with CSREPLY_DEBUG=1 for the traceback."
    INTERRUPTED = 130, "Ctrl-C (SIGINT) in any command; chat handles Ctrl-C itself (see its help)."
    TERMINATED = 143, "SIGTERM during batch: it stops after the record being written."


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
