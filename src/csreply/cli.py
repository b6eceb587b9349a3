"""The ``csreply`` command line: a thin shell over the Python API.

Each command parses its options, calls the library and prints; every :class:`CsreplyError` and
usage error becomes one line ``csreply: error: …`` on stderr and a documented exit code
(see :class:`csreply.errors.ExitCode`).
"""

from __future__ import annotations

import sys
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer._click import exceptions as click_errors  # Typer >= 0.26 vendors Click
from typer.core import TyperGroup

from . import __version__, terminal
from .errors import CsreplyError, ExitCode, UsageError

EXIT_CODES_HELP = (
    "Exit codes: 0 matched/ok, 1 no confident match, 2 usage error, 3 invalid library, "
    "4 unreadable input, 70 internal error, 130 interrupted, 143 terminated (batch)."
)


class _Group(TyperGroup):
    """Turns usage errors and interrupts into one-line messages and exit codes, everywhere."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            rv = super().main(
                args=args, prog_name=prog_name or "csreply", complete_var=complete_var,
                standalone_mode=False, **extra,
            )
        except click_errors.NoArgsIsHelpError as exc:
            print(exc.format_message())
            sys.exit(ExitCode.OK)
        except click_errors.ClickException as exc:
            _fail(exc.format_message().replace("\n", " "), ExitCode.USAGE)
        except CsreplyError as exc:
            _fail(str(exc), exc.exit_code)
        except (typer.Abort, KeyboardInterrupt, EOFError):
            print("", file=sys.stderr)
            sys.exit(ExitCode.INTERRUPTED)
        except BrokenPipeError:
            _quiet_broken_pipe()
        except Exception as exc:  # a bug: one line for users, the traceback with CSREPLY_DEBUG=1
            import os

            if os.environ.get("CSREPLY_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} (set CSREPLY_DEBUG=1 for details)", ExitCode.INTERNAL)
        sys.exit(rv if isinstance(rv, int) else 0)


app = typer.Typer(
    cls=_Group,
    name="csreply",
    help="电商客服话术助手：识别买家消息的场景，按店铺话术库起草回复。\n\n"
    "Drafts customer-service replies from TOML script libraries (话术库).\n\n"
    + EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: importing Rich for it would double the time of --help
)


class Format(str, Enum):
    auto = "auto"
    table = "table"
    text = "text"
    json = "json"


LibraryOpt = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--library", "-l",
        help="Extra script library (TOML file or folder); repeatable; loaded after the built-in one.",
        metavar="PATH",
    ),
]
FormatOpt = Annotated[
    Format,
    typer.Option("--format", "-f", help="Output: auto (a view on a terminal, JSON when piped), table, text, json."),
]


def one_line(message: str) -> str:
    """A message made safe for one terminal line: control characters shown escaped."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message)


# input options shared by every command that reads chat exports (batch, report)
InputFormatOpt = Annotated[str, typer.Option("--input-format", "-i", help="Input format (default: detect).")]
EncodingOpt = Annotated[
    Optional[str], typer.Option("--encoding", "-e", help="Force an encoding (default: BOM, UTF-8, then GB18030).")
]
TextFieldOpt = Annotated[Optional[str], typer.Option("--text-field", help="JSON lines: the field with the message text.")]
TextColumnOpt = Annotated[Optional[str], typer.Option("--text-column", help="CSV/TSV: the column with the message text.")]


def open_input(path: str | None, command: str):
    """(binary stream, name for messages) of a chat export: a file, or stdin for '-'/nothing."""
    if path in (None, "-"):
        if path is None and terminal.stdin_is_terminal():
            raise UsageError(f"no input: give a file, or pipe a chat export into 'csreply {command}'")
        return sys.stdin.buffer, "<stdin>"
    try:
        return open(path, "rb"), path
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None


def bad_record_warning(name: str, line: int, row: int | None, reason: str) -> None:
    """One stderr line for a record that could not be read; processing goes on."""
    where = f"{name}:{line}" + (f" (row {row})" if row else "")
    print(f"csreply: warning: {one_line(where)}: {one_line(reason)}", file=sys.stderr)


def _fail(message: str, code: int) -> None:
    print(f"csreply: error: {one_line(message)}", file=sys.stderr)
    sys.exit(int(code))


def _quiet_broken_pipe() -> None:
    """The reader went away (``| head``): stop quietly, without a second error on exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    sys.exit(0)


def _version(value: bool) -> None:
    if value:
        print(f"csreply {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    pass


def _load(paths: list[Path] | None):
    from .library import Library

    return Library.load(paths or ())


def _resolve_format(fmt: Format) -> Format:
    if fmt is Format.auto:
        return Format.table if terminal.stdout_is_terminal() else Format.json
    return fmt


def _read_message(message: str | None) -> str:
    if message == "-" or (message is None and not terminal.stdin_is_terminal()):
        data = sys.stdin.buffer.read()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                message = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise UsageError("the message on stdin is not UTF-8 or GB18030 text")
    if message is None:
        raise UsageError("missing MESSAGE (give it as an argument, or '-' to read stdin)")
    message = message.strip()
    if not message:
        raise UsageError("the message is empty")
    return message


def _warn_missing_holidays(library, now: datetime) -> None:
    """Say so when deadlines may run into a year whose public holidays are not known yet."""
    from datetime import timedelta

    from .bizcal import has_holiday_data

    if not library.policy.statutory_holidays:
        return
    years = sorted({now.year, (now + timedelta(days=21)).year})
    missing = [y for y in years if not has_holiday_data(y)]
    if missing:
        print(
            f"csreply: warning: no public-holiday data for {missing[0]} in the installed chinese-calendar; "
            "deadlines then skip only weekends and the shop's closures (pip install -U chinese-calendar)",
            file=sys.stderr,
        )


def parse_now(value: str | None) -> datetime | None:
    """``--now`` in ISO 8601 (``2026-11-23T15:00``, ``2026-11-23 15:00+08:00``)."""
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"invalid --now '{value}': use ISO 8601, e.g. 2026-11-23T15:00") from None


def _print_view(renderable) -> None:
    terminal.console().print(renderable)


class CharacterScript(str, Enum):
    auto = "auto"
    simplified = "simplified"
    traditional = "traditional"


@app.command(epilog="Examples:\n\n  csreply suggest \"能便宜点吗\"\n\n"
             "  csreply suggest \"鞋子穿了两天就开胶了\" --now 2026-11-23T15:00\n\n"
             "  echo \"今天能发货吗\" | csreply suggest --format text\n\n"
             "  csreply suggest \"这款面霜适合干皮吗\" -l examples/shop --product cream-50\n\n"
             "  csreply suggest \"請問今天能發貨嗎\" --script traditional\n\n"
             + EXIT_CODES_HELP)
def suggest(
    message: Annotated[Optional[str], typer.Argument(help="The customer's message; '-' reads stdin.", show_default=False)] = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, max=10, help="How many drafts to show.")] = 3,
    library: LibraryOpt = None,
    product: Annotated[Optional[str], typer.Option("--product", "-p", help="Product id from the catalogue the message is about.")] = None,
    now: Annotated[Optional[str], typer.Option("--now", help="Fix the clock (ISO 8601) for deadlines.", metavar="DATETIME")] = None,
    fmt: FormatOpt = Format.auto,
    script: Annotated[
        CharacterScript, typer.Option("--script", help="Drafts in simplified or traditional characters; auto follows the message.")
    ] = CharacterScript.auto,
) -> None:
    """Recognise a customer's message and print ranked draft replies."""
    from . import output
    from .drafting import suggest as make_suggestion

    text = _read_message(message)
    lib = _load(library)
    result = make_suggestion(text, lib, top=top, product_id=product, now=parse_now(now), script=script.value)
    _warn_missing_holidays(lib, result.now)
    chosen = _resolve_format(fmt)
    if chosen is Format.json:
        print(output.to_json(result.to_dict()))
    elif chosen is Format.text:
        print(output.suggestion_text(result, lib))
    else:
        _print_view(output.suggestion_view(result, lib))
    if result.scenario is None:
        raise typer.Exit(ExitCode.NO_MATCH)


@app.command(epilog="Examples:\n\n  csreply scenarios\n\n  csreply scenarios --format json | jq '.[].id'\n\n"
             "  csreply scenarios -l examples/shop")
def scenarios(library: LibraryOpt = None, fmt: FormatOpt = Format.auto) -> None:
    """List the loaded scenarios: id, title, stage, keywords, examples and source file."""
    from . import output

    lib = _load(library)
    chosen = _resolve_format(fmt)
    if chosen is Format.json:
        print(output.to_json(output.scenarios_data(lib), indent=2))
    elif chosen is Format.text:
        print(output.scenarios_text(lib))
    else:
        _print_view(output.scenarios_view(lib))


@app.command(name="eval", epilog="Examples:\n\n  csreply eval ../shared/eval/dev.tsv\n\n"
             "  csreply eval my-chats.tsv -l my-shop/ --min-top1 0.8\n\n"
             "  csreply eval dev.tsv --format json | jq .top1\n\n"
             "The file holds text<TAB>labels lines: one scenario id, a|b (either is right) or none. "
             "Exit 0, or 1 when --min-top1/--min-none is not reached.")
def eval_(
    file: Annotated[Path, typer.Argument(help="Labelled TSV file (text<TAB>labels).", show_default=False)],
    library: LibraryOpt = None,
    min_top1: Annotated[Optional[float], typer.Option("--min-top1", min=0, max=1, help="Exit 1 when top-1 accuracy is below this.")] = None,
    min_none: Annotated[Optional[float], typer.Option("--min-none", min=0, max=1, help="Exit 1 when the none rate is below this.")] = None,
    misses: Annotated[int, typer.Option("--misses", min=0, help="How many misses to list (table/text).")] = 20,
    fmt: FormatOpt = Format.auto,
) -> None:
    """Measure matching accuracy on labelled messages: top-1, top-3, none rate, per scenario."""
    from . import output
    from .evaluate import evaluate, read_labelled
    from .matcher import Matcher

    lib = _load(library)
    rows = read_labelled(file, known=lib.scenarios)
    report = evaluate(Matcher(lib), rows, file=str(file))
    chosen = _resolve_format(fmt)
    if chosen is Format.json:
        print(output.to_json(report.to_dict(), indent=2))
    elif chosen is Format.text:
        print(output.eval_text(report, misses=misses))
    else:
        _print_view(output.eval_view(report, misses=misses))
    if (min_top1 is not None and report.top1 < min_top1) or (min_none is not None and report.none_rate < min_none):
        print(
            f"csreply: below target: top-1 {report.top1:.3f} (min {min_top1}), none rate {report.none_rate:.3f} (min {min_none})",
            file=sys.stderr,
        )
        raise typer.Exit(ExitCode.NO_MATCH)


@app.command(epilog="Examples:\n\n  csreply explain \"能便宜点吗？今天能发货吗\"\n\n"
             "  csreply explain \"物流三天没动了\" --format json")
def explain(
    message: Annotated[Optional[str], typer.Argument(help="The customer's message; '-' reads stdin.", show_default=False)] = None,
    library: LibraryOpt = None,
    fmt: FormatOpt = Format.auto,
) -> None:
    """Show how a message was matched: normalised text, tokens, keyword hits, examples, scores."""
    from . import output
    from .matcher import Matcher

    text = _read_message(message)
    matcher = Matcher(_load(library))
    match = matcher.rank(text)
    data = output.explain_data(match, matcher.closest_examples(match.normalized.text))
    chosen = _resolve_format(fmt)
    if chosen is Format.json:
        print(output.to_json(data, indent=2))
    else:
        print(output.explain_text(data))
    if match.scenario is None:
        raise typer.Exit(ExitCode.NO_MATCH)


class BatchFormat(str, Enum):
    auto = "auto"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    tsv = "tsv"
    text = "text"


@app.command(epilog="Examples:\n\n  cat export.csv | csreply batch > drafts.jsonl\n\n"
             "  csreply batch examples/exports/qianniu.txt --format text\n\n"
             "  csreply batch chats.jsonl --text-field content | jq -r 'select(.scenario == null) | .message'\n\n"
             "  csreply batch liuhen.csv --format csv --excel -o drafts.csv\n\n"
             "Input formats: auto, text, jsonl, csv, tsv, qianniu, qianniu-web, liuhen-csv, liuhen-txt, "
             "pywxdump-csv, pywxdump-json, jddc. Exit 0, or 4 when some records could not be read.")
def batch(
    file: Annotated[Optional[str], typer.Argument(help="Chat export to read; '-' or nothing reads stdin.", show_default=False)] = None,
    input_format: InputFormatOpt = "auto",
    encoding: EncodingOpt = None,
    text_field: TextFieldOpt = None,
    text_column: TextColumnOpt = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, max=10, help="Drafts per message.")] = 3,
    library: LibraryOpt = None,
    product: Annotated[Optional[str], typer.Option("--product", "-p", help="Product id for every message.")] = None,
    now: Annotated[Optional[str], typer.Option("--now", help="Fix the clock (ISO 8601) for deadlines.", metavar="DATETIME")] = None,
    fmt: Annotated[BatchFormat, typer.Option("--format", "-f", help="Output: auto (text on a terminal, jsonl when piped), jsonl, json, csv, tsv, text.")] = BatchFormat.auto,
    excel: Annotated[bool, typer.Option("--excel", help="CSV/TSV for Excel/WPS: UTF-8 with a BOM.")] = False,
    output_path: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, help="Worker processes (output order is kept).")] = 1,
    skip_errors: Annotated[bool, typer.Option("--skip-errors", help="Report bad records on stderr only, not as error records.")] = False,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal).")] = None,
) -> None:
    """Draft replies for every customer message of a chat export, streamed, in input order."""
    from .batch import BatchOptions, BatchStats, run_batch
    from .output import RecordWriter

    stream, name = open_input(file, "batch")
    chosen = fmt.value
    if chosen == "auto":
        chosen = "text" if (output_path is None and terminal.stdout_is_terminal()) else "jsonl"
    options = BatchOptions(
        input_format=input_format, encoding=encoding, text_field=text_field, text_column=text_column,
        top=top, product_id=product, now=parse_now(now), jobs=jobs,
        library_paths=tuple(str(p) for p in library or ()), name=name,
    )
    _load(library)  # a broken library fails here, once, before any worker starts
    stats = BatchStats()
    out = _open_output(output_path, bom=excel and chosen in ("csv", "tsv"))
    writer = RecordWriter(out, chosen, top)
    total = _size(stream)
    stream = _CountingStream(stream)
    bar = _progress(progress, stream, total)
    reader_gone = False
    stopped: ExitCode | None = None
    signals = _StopSignals().install()
    records = run_batch(stream, options, stats)
    try:
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
                    reader_gone = True  # `| head`: the reader has what it wanted
                    break
                signals.record_written()
                if bar:
                    bar.advance()
        except KeyboardInterrupt:
            stopped = ExitCode.INTERRUPTED
        except _Terminated:
            stopped = ExitCode.TERMINATED
        if not reader_gone:
            writer.close()  # every record written so far is complete; a JSON array gets its "]"
    finally:
        records.close()  # ends --jobs workers now, whatever stopped the loop
        signals.restore()
        if bar:
            bar.stop()
        if out is not sys.stdout:
            out.close()
        if file not in (None, "-"):
            stream.close()
    if reader_gone:
        _quiet_broken_pipe()
    _summary(stats, stopped)
    if stopped is not None:
        raise typer.Exit(stopped)
    if stats.errors:
        raise typer.Exit(ExitCode.INPUT)


class _Terminated(Exception):
    """SIGTERM arrived: stop after the record being written."""


class _StopSignals:
    """Ctrl-C and SIGTERM during a batch stop it between records, never inside one.

    Python raises KeyboardInterrupt wherever the signal lands, also inside a blocked write to a
    full pipe, which left a record cut in half; here a signal that arrives while a record is
    being written is held until the record is complete, then raised.
    """

    def __init__(self) -> None:
        self.writing = False
        self._pending: int | None = None
        self._previous: dict[int, object] = {}

    def install(self) -> _StopSignals:
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

        raise KeyboardInterrupt() if signum == signal.SIGINT else _Terminated()


def _summary(stats, stopped: ExitCode | None = None) -> None:
    skipped = stats.read.skipped
    print(
        ("csreply: stopped early: " if stopped is not None else "csreply: ")
        + f"{stats.messages} messages, {stats.matched} matched, {stats.unmatched} unmatched, "
        f"{stats.errors} errors" + (f", {skipped} non-customer lines skipped" if skipped else "")
        + (f" ({stats.read.format}, {stats.read.encoding})" if stats.read.format else ""),
        file=sys.stderr,
    )


def _open_output(path: Path | None, *, bom: bool):
    if path is None:
        if bom:
            sys.stdout.buffer.write("\ufeff".encode("utf-8"))
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None


def _size(stream) -> int | None:
    """The size of a regular file, for an ETA; None for pipes and terminals."""
    import os
    import stat

    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


class _CountingStream:
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

    def close(self) -> None:
        self._stream.close()


class _Progress:
    """A Rich progress bar on stderr: messages, rate, and for a file the share read and an ETA."""

    def __init__(self, stream: _CountingStream, total: int | None) -> None:
        from rich.progress import (
            BarColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._stream = stream
        columns = [SpinnerColumn(), TextColumn("drafting {task.fields[messages]:,} messages {task.fields[rate]}")]
        if total:
            columns += [BarColumn(), TaskProgressColumn(), TimeRemainingColumn()]
        columns.append(TimeElapsedColumn())
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


def _progress(wanted: bool | None, stream: _CountingStream, total: int | None) -> _Progress | None:
    if wanted is None:
        wanted = terminal.stderr_is_terminal()
    return _Progress(stream, total) if wanted else None


from .commands import register_all  # noqa: E402  (they use the options defined above)

register_all(app)


def main() -> None:
    """Console-script entry point.

    Ends with ``os._exit`` once the output is flushed: tearing down the interpreter (freeing the
    segmentation dictionary and every module) would add a quarter to a one-shot ``suggest``.
    """
    import os

    try:
        app()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        pass
    try:
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
