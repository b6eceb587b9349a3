"""The batch command around its records: writing them whole, a progress bar, stopping between
records on Ctrl-C or SIGTERM, and the summary line on stderr."""

from __future__ import annotations

import sys

from ..errors import CsreplyError, ExitCode
from . import terminal
from .options import bad_record_warning, plural, skipped_note


def write_records(records, writer, name: str, skip_errors: bool, bar, signals: StopSignals) -> tuple[ExitCode | None, bool]:
    """Write records until the input ends, a signal stops the run or the reader goes away; a
    signal that arrives while a record is written waits until it is whole (``signals``).

    Returns (the exit code of a stop by Ctrl-C/SIGTERM or None, whether stdout's reader left).
    """
    try:
        for record in records:
            if record.error is not None:
                bad_record_warning(name, record.source["line"], record.source.get("row"), record.error)
                if skip_errors:
                    continue
            signals.writing = True
            try:
                writer.write(record)
            except BrokenPipeError:
                return None, True  # `| head`: the reader has what it wanted
            signals.record_written()
            if bar:
                bar.advance()
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED, False
    except Terminated:
        return ExitCode.TERMINATED, False
    return None, False


def end_output(writer, out) -> None:
    """After an input or internal error: close a JSON array and keep what was written.

    Another error is already on its way to the user, so a failure here only discards the file.
    """
    try:
        if writer is not None:
            writer.close()
        out.commit()
    except (OSError, CsreplyError):
        out.discard()


class Terminated(Exception):
    """SIGTERM arrived: stop after the record being written."""


class StopSignals:
    """Ctrl-C and SIGTERM during a batch stop it between records, never inside one.

    Python raises KeyboardInterrupt wherever the signal lands, also inside a blocked write to a
    full pipe, which left a record cut in half; here a signal that arrives while a record is
    being written is held until the record is complete, then raised.
    """

    def __init__(self) -> None:
        self.writing = False
        self._pending: int | None = None
        self._previous: dict[int, object] = {}

    def install(self) -> StopSignals:
        import signal

        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                self._previous[signum] = signal.signal(signum, self._handle)
            except ValueError:  # not the main thread (e.g. some test runners): keep the default
                pass
        return self

    def restore(self) -> None:
        import signal

        for signum, previous in self._previous.items():
            signal.signal(signum, previous)

    def _handle(self, signum, frame) -> None:
        if self.writing:
            self._pending = signum
        else:
            self._raise(signum)

    def record_written(self) -> None:
        """Called after each record: raise a signal that arrived while it was written."""
        self.writing = False
        if self._pending is not None:
            self._raise(self._pending)

    @staticmethod
    def _raise(signum: int) -> None:
        import signal

        raise KeyboardInterrupt() if signum == signal.SIGINT else Terminated()


def batch_summary(stats, stopped: ExitCode | None = None) -> None:
    print(
        ("csreply: stopped early: " if stopped is not None else "csreply: ")
        + f"{plural(stats.messages, 'message')}, {stats.matched} matched, {stats.unmatched} unmatched, "
        f"{plural(stats.errors, 'error')}" + skipped_note(stats.read.skipped)
        + (f" ({stats.read.format}, {stats.read.encoding})" if stats.read.format else "")
        + f" · 共 {stats.messages} 条，识别 {stats.matched} 条，没把握 {stats.unmatched} 条，坏记录 {stats.errors} 条"
        + ("（提前停止）" if stopped is not None else ""),
        file=sys.stderr,
    )


def file_size(stream) -> int | None:
    """The size of a regular file, for an ETA; None for pipes and terminals."""
    import os
    import stat

    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


class CountingStream:
    """A binary stream that counts the bytes read, so progress can show how far a file is."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.consumed = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.consumed += len(data)
        return data

    def read1(self, size: int = -1) -> bytes:
        reader = getattr(self._stream, "read1", self._stream.read)
        data = reader(size)
        self.consumed += len(data)
        return data

    def seekable(self) -> bool:
        """A file can be read ahead (``batch`` drafts it a chunk at a time); a pipe cannot."""
        return self._stream.seekable()

    def close(self) -> None:
        self._stream.close()


class ProgressBar:
    """A Rich progress bar on stderr: messages, rate, and for a file the share read and an ETA."""

    def __init__(self, stream: CountingStream, total: int | None) -> None:
        from rich.progress import (
            BarColumn,
            Progress,
            SpinnerColumn,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._stream = stream
        columns = [SpinnerColumn(), TextColumn("起草 drafting {task.fields[messages]:,} messages {task.fields[rate]}")]
        if total:
            columns += [BarColumn(), TaskProgressColumn(), TextColumn("剩余 left"), TimeRemainingColumn()]
        columns += [TextColumn("已用 elapsed"), TimeElapsedColumn()]
        self._progress = Progress(*columns, console=terminal.console(stderr=True), transient=True)
        self._task = self._progress.add_task("batch", total=total or None, messages=0, rate="")
        self._messages = 0
        self._progress.start()

    def advance(self) -> None:
        self._messages += 1
        if self._messages % 50:  # redrawing for every message would cost more than drafting it
            return
        task = self._progress.tasks[0]
        rate = f"({self._messages / task.elapsed:,.0f}/s)" if task.elapsed else ""
        self._progress.update(self._task, completed=self._stream.consumed, messages=self._messages, rate=rate)

    def stop(self) -> None:
        self._progress.stop()


def progress_bar(wanted: bool | None, stream: CountingStream, total: int | None, *, to_stdout: bool) -> ProgressBar | None:
    """The bar, when asked for (default: stderr is a terminal) and it cannot overwrite output.

    A bar redraws its line in place: on the terminal that also shows the records it would
    overwrite them, so it is left out there even with ``--progress``.
    """
    if to_stdout and terminal.stdout_is_terminal() and terminal.same_terminal():
        return None
    if wanted is None:
        wanted = terminal.stderr_is_terminal()
    return ProgressBar(stream, total) if wanted else None
