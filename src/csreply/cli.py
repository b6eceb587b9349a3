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
from typer._click import exceptions as click_errors  # Typer >= 0.29 vendors Click
from typer.core import TyperGroup

from . import __version__, terminal
from .errors import CsreplyError, ExitCode, UsageError

EXIT_CODES_HELP = (
    "Exit codes: 0 matched/ok, 1 no confident match, 2 usage error, 3 invalid library, "
    "4 unreadable input, 70 internal error, 130 interrupted."
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


def _fail(message: str, code: int) -> None:
    print(f"csreply: error: {message}", file=sys.stderr)
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


@app.command(epilog="Examples:\n\n  csreply suggest \"能便宜点吗\"\n\n"
             "  csreply suggest \"鞋子穿了两天就开胶了\" --now 2026-11-23T15:00\n\n"
             "  echo \"今天能发货吗\" | csreply suggest --format text\n\n"
             "  csreply suggest \"这款面霜适合干皮吗\" -l examples/shop --product cream-50\n\n"
             + EXIT_CODES_HELP)
def suggest(
    message: Annotated[Optional[str], typer.Argument(help="The customer's message; '-' reads stdin.", show_default=False)] = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, max=10, help="How many drafts to show.")] = 3,
    library: LibraryOpt = None,
    product: Annotated[Optional[str], typer.Option("--product", "-p", help="Product id from the catalogue the message is about.")] = None,
    now: Annotated[Optional[str], typer.Option("--now", help="Fix the clock (ISO 8601) for deadlines.", metavar="DATETIME")] = None,
    fmt: FormatOpt = Format.auto,
) -> None:
    """Recognise a customer's message and print ranked draft replies."""
    from . import output
    from .drafting import suggest as make_suggestion

    text = _read_message(message)
    lib = _load(library)
    result = make_suggestion(text, lib, top=top, product_id=product, now=parse_now(now))
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


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
