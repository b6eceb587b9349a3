"""Where ``batch`` writes and how: the output file replaced whole, and the records in each format.

:class:`OutputTarget` is stdout or an ``-o`` file written beside its target and renamed at the
end; :class:`RecordWriter` writes each record (JSON lines, a JSON array, CSV/TSV, text) as it
comes; :func:`writing` turns a failed write into :class:`~csreply.errors.OutputError`.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any

from ..cache import current_umask
from ..errors import OutputError, UsageError, output_error
from .output import terminal_safe, to_json

_FILE_BUFFER = 1 << 16  # an -o file is written in large blocks: nobody reads it before the rename


class OutputTarget:
    """Where ``batch`` writes: stdout, or a file written beside its target and renamed at the end.

    A regular ``-o`` file is only replaced by :meth:`commit`, so a full disk or a crash never
    leaves it cut mid-record (the old file, if any, stays as it was); devices and FIFOs
    (``/dev/stdout``, a pipe) are written directly. An ``-o`` that is the input itself (same
    file, also through a symlink or a hard link) is refused before anything is written.
    """

    def __init__(self, path, *, bom: bool = False, source=None) -> None:
        import sys

        self.name = "<stdout>" if path is None else str(path)
        self._tmp: str | None = None
        self._final: str | None = None
        if path is None:
            self.stream = sys.stdout
            if bom:
                with writing(self.name):
                    sys.stdout.buffer.write("\ufeff".encode("utf-8"))
            return
        _refuse_input_as_output(path, source)
        self.stream = self._open(str(path), "utf-8-sig" if bom else "utf-8")

    def _open(self, path: str, encoding: str):
        import os
        import stat
        import tempfile

        real = os.path.realpath(path)  # write through a symlink to the file it names
        try:
            info = os.stat(real)
        except FileNotFoundError:
            info = None
        except OSError as exc:
            raise output_error(exc, self.name) from None
        if info is not None and not stat.S_ISREG(info.st_mode):
            try:  # a device or a FIFO: nothing to replace, write straight into it
                return open(path, "w", encoding=encoding, newline="")
            except OSError as exc:
                raise output_error(exc, self.name) from None
        if info is not None and (not info.st_mode & 0o222 or not os.access(real, os.W_OK)):
            # no write bit for anyone is a choice to protect the file, respected even by root
            raise OutputError(f"cannot write {self.name}: the file is read-only")
        try:
            fd, self._tmp = tempfile.mkstemp(
                dir=os.path.dirname(real) or ".",
                prefix=f".{os.path.basename(real)}.",
                suffix=".tmp",
            )
            os.chmod(self._tmp, info.st_mode & 0o7777 if info else 0o666 & ~current_umask())
        except OSError as exc:
            self.discard()
            raise output_error(exc, self.name) from None
        self._final = real
        return open(fd, "w", encoding=encoding, newline="", buffering=_FILE_BUFFER)

    @property
    def private(self) -> bool:
        """Whether records go to a file nobody reads before :meth:`commit` (an ``-o`` file
        written beside its target): they need not be flushed one by one."""
        return self._tmp is not None

    def commit(self) -> None:
        """Flush and close; a file written beside its target now takes its place."""
        import os
        import sys

        if self.stream is sys.stdout:
            with writing(self.name):
                self.stream.flush()
            return
        try:
            self.stream.close()
            if self._tmp is not None and self._final is not None:
                os.replace(self._tmp, self._final)
                self._tmp = None
        except OSError as exc:
            self.discard()
            raise output_error(exc, self.name) from None

    def discard(self) -> None:
        """Close without replacing anything: the target stays as it was before the run."""
        import os
        import sys

        if getattr(self, "stream", sys.stdout) is not sys.stdout:
            try:
                self.stream.close()
            except OSError:
                pass  # the same failure that brought us here
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None


def _refuse_input_as_output(path, source) -> None:
    """Raise UsageError when ``path`` is the file ``source`` reads (writing would destroy it)."""
    import os

    try:
        mine = os.fstat(source.fileno()) if source is not None else None
        theirs = os.stat(path)
    except (OSError, ValueError, AttributeError):
        return  # no such output file yet, or an input that is not a file
    if mine is not None and (mine.st_dev, mine.st_ino) == (theirs.st_dev, theirs.st_ino):
        raise UsageError(f"the output {path} is the input file; write the drafts to another file")


@contextmanager
def writing(name: str = "<stdout>"):
    """Turn a failed write (full disk, I/O error) into :class:`OutputError`; a closed pipe
    (``BrokenPipeError``) passes through, since the CLI treats it as a quiet end."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise output_error(exc, name) from None


class RecordWriter:
    """Writes batch records to a text stream as they come, flushing each one unless ``flush`` is
    False (a file renamed into place at the end: a flush per record only costs a system call).

    Formats: ``jsonl`` (one object a line), ``json`` (one array, written incrementally),
    ``csv``/``tsv`` (flat columns, drafts as draft_1…draft_N), ``text`` (for reading).
    """

    def __init__(self, stream, fmt: str, top: int, *, name: str = "<stdout>", flush: bool = True) -> None:
        import csv

        self.stream = stream
        self._flush = stream.flush if flush else _no_flush
        self.fmt = fmt
        self.name = name  # for write errors
        self.count = 0
        self._closed = False
        self.columns = (
            ["line", "row", "session", "speaker", "time", "message", "scenario", "confidence", "intents"]
            + [f"draft_{i}" for i in range(1, top + 1)]
            + ["error"]
        )
        self._csv = None
        with writing(name):
            if fmt in ("csv", "tsv"):
                self._csv = csv.writer(stream, delimiter="," if fmt == "csv" else "\t", lineterminator="\r\n")
                self._csv.writerow(self.columns)
            elif fmt == "json":
                stream.write("[")

    def write(self, record) -> None:
        """Write a batch record (``csreply.interface.batch.Record``) or a plain dict.

        Raises :class:`~csreply.errors.OutputError` when the output cannot be written.
        """
        with writing(self.name):
            self._write(record)

    def _write(self, record) -> None:
        if self.fmt == "jsonl":
            text = record.to_json() if hasattr(record, "to_json") else to_json(record)
            self.stream.write(text + "\n")
            self.count += 1
            self._flush()
            return
        if hasattr(record, "to_dict"):
            record = record.to_dict()
        if self.fmt == "json":
            self.stream.write(("," if self.count else "") + "\n" + to_json(record))
        elif self._csv is not None:
            self._csv.writerow(self._flat(record))
        else:
            self.stream.write(terminal_safe(self._text(record)) + "\n")
        self.count += 1
        self._flush()

    def close(self) -> None:
        """End the output: a JSON array gets its ``]`` (once, whatever stopped the run)."""
        if self._closed:
            return
        self._closed = True
        if self.fmt == "json":
            with writing(self.name):
                self.stream.write("\n]\n" if self.count else "]\n")
                self.stream.flush()

    def _flat(self, record: dict[str, Any]) -> list[str]:
        drafts = [d["text"] for d in record.get("drafts", [])]
        values = {
            **{k: record.get(k) for k in ("line", "row", "session", "speaker", "time", "scenario", "error")},
            "message": record.get("message", record.get("raw")),
            "confidence": record.get("confidence"),
            "intents": "|".join(i["scenario"] for i in record.get("intents", [])),
        }
        for i, text in enumerate(drafts, start=1):
            values[f"draft_{i}"] = text
        return ["" if values.get(c) is None else str(values[c]) for c in self.columns]

    @staticmethod
    def _text(record: dict[str, Any]) -> str:
        where = f"line {record['line']}" + (f" ({record['speaker']})" if record.get("speaker") else "")
        if "error" in record:
            return f"{where}: error: {record['error']}\n"
        head = f"{where}: {record['message']}\n  → {record['scenario'] or 'no confident match'} ({record['confidence']:.2f})"
        drafts = "\n".join(f"  [{d['rank']}] " + d["text"].replace("\n", "\n      ") for d in record["drafts"])
        return head + ("\n" + drafts if drafts else "") + "\n"


def _no_flush() -> None:
    """The flush of a writer whose stream is flushed when it is closed."""
