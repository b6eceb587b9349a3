"""``batch`` and ``report`` on a Dask cluster: the same records and the same report, on many machines.

Install the extra first: ``pip install "csreply[dask]"`` (dask[bag] and distributed). Then::

    python -m csreply.interface.distributed batch chats.jsonl --workers 2 -o drafts.jsonl
    python -m csreply.interface.distributed report chats.jsonl --scheduler tcp://10.0.0.5:8786 --format md

Without ``--scheduler`` a ``distributed.LocalCluster`` of ``--workers`` processes is started on
this machine. The driver reads the export (every format ``csreply batch`` reads) and hands the
messages to the cluster as Dask bags, ``WINDOW`` partitions of ``--partition-size`` at a time,
reading the next window while the cluster works on one (so its memory stays flat); each worker
process loads the library once and drafts (or ranks) a whole partition. ``batch`` writes the same JSON lines as
``csreply batch`` (one clock, fixed by the driver, for every worker); ``report``'s partitions
each make a :class:`~csreply.interface.report.Tally`, merged in input order, and the driver clusters the
merged questions, so the report is the one ``csreply report`` prints.

From Python, build your own bag of record dicts (``{"text": ..., "line": ...}``, see
:func:`message_records`) and use :func:`draft_partition` / :func:`tally_partition` with
``bag.map_partitions``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from ..reading import BadRecord, Message, ReadStats, read_messages
from ..understanding.context import chat_turns
from .batch import BatchOptions, Record, _Drafter, source_fields
from .workers import chunks

# a local cluster listens on this machine only, on free ports (8787, Dask's default, may be taken)
# silence_logs: the worker processes log only critical failures (50 = logging.CRITICAL); a worker's
# heartbeat that meets the scheduler already closing at the end of a run is logged as an ERROR with a
# traceback, noise on stderr for a run that succeeded (seen in CI under load, at ERROR level too).
# A task that fails still reaches the parent as the task's own exception, so nothing is hidden.
LOCAL = {"host": "127.0.0.1", "dashboard_address": "127.0.0.1:0", "silence_logs": 50}
PARTITION = 2_000  # records per partition: seconds of work, small next to a task's overhead
_SOURCE = ("line", "row", "session", "speaker", "time", "format")

# what each worker process loaded once: library paths (and batch options) -> drafter / matcher
_drafters: dict[BatchOptions, _Drafter] = {}
_matchers: dict[tuple[str, ...], Any] = {}


def message_records(items: Iterable[Message | BadRecord], context: bool = True) -> Iterator[dict[str, Any]]:
    """Plain dicts (cheap to ship to workers) for what :func:`csreply.reading.read_messages` yields.

    With ``context`` (as ``batch`` by default), a turn of a chat also carries the little of its
    chat it is read with (``chat``: earlier turns, the agent's line), worked out here in input
    order, so partitions can be drafted anywhere and still equal ``batch``."""
    for item, key in chat_turns(items, context):
        record = source_fields(item)
        if isinstance(item, Message):
            record["text"] = item.text
            if isinstance(key, tuple):
                record["chat"] = [list(key[1]), key[2]]
        else:
            record.update(error=item.reason, raw=item.raw)
        yield record


def _item(record: dict[str, Any]) -> Message | BadRecord:
    if "text" in record:
        return Message(record["text"], record.get("line", 0), row=record.get("row"), session=record.get("session"),
                       speaker=record.get("speaker"), time=record.get("time"), format=record.get("format", ""))
    return BadRecord(record.get("line", 0), record.get("error", ""), row=record.get("row"), raw=record.get("raw"))


def draft_partition(records: Iterable[dict[str, Any]], library_paths: Sequence[str], options: BatchOptions) -> list[str]:
    """One JSON line per record, exactly as ``csreply batch`` writes it (the library loaded once).

    ``options.now`` should be set, so every partition promises from the same moment.
    """
    options = replace(options, library_paths=tuple(library_paths), jobs=1)
    drafter = _drafters.get(options)
    if drafter is None:
        drafter = _drafters[options] = _Drafter(options)
    lines = []
    for record in records:
        if "text" not in record:
            source = {k: record.get(k) for k in ("line", "row")}
            lines.append(Record(source, error=record.get("error", ""), raw=record.get("raw")).to_json())
            continue
        chat = record.get("chat")
        key = (record["text"], tuple(chat[0]), chat[1]) if chat else record["text"]
        matched, text = drafter.draft(key)
        source = {k: record.get(k) for k in _SOURCE}
        if matched is None:  # drafting failed on this message: an error record, as `csreply batch` writes it
            lines.append(Record(source, error=text, raw=record["text"]).to_json())
            continue
        lines.append(Record(source, json_text=text, matched=matched).to_json())
    return lines


def tally_partition(records: Iterable[dict[str, Any]], library_paths: Sequence[str]) -> list:
    """``[Tally]`` of a partition's records (a one-item list: what ``map_partitions`` expects)."""
    from .report import Tally

    tally = Tally()
    matcher = _matcher(tuple(library_paths))
    for record in records:
        chat = record.get("chat")
        key = (record["text"], tuple(chat[0]), chat[1]) if chat else None
        tally.add(_item(record), matcher, key)
    return [tally]


def merge_tallies(tallies: Iterable) -> Any:
    """The tallies of consecutive partitions, in order, merged into one."""
    from .report import Tally

    merged = Tally()
    for tally in tallies:
        merged.merge(tally)
    return merged


def _matcher(library_paths: tuple[str, ...]):
    matcher = _matchers.get(library_paths)
    if matcher is None:
        from ..library.loading import Library
        from ..understanding.matcher import Matcher

        matcher = _matchers[library_paths] = Matcher(Library.load(library_paths))
    return matcher


def records_bag(records: Sequence[dict[str, Any]], partition_size: int = PARTITION):
    """A Dask bag of the records, in order, ``partition_size`` to a partition."""
    import dask.bag as db

    return db.from_sequence(records, partition_size=max(1, partition_size))


def batch_lines(bag, library_paths: Sequence[str], options: BatchOptions):
    """The bag of ``csreply batch`` JSON lines for a bag of records.

    Without ``options.now`` the clock is read once here, so every partition promises from the
    same moment, as one ``csreply batch`` run does.
    """
    if options.now is None:
        from datetime import datetime

        options = replace(options, now=datetime.now().astimezone())
    return bag.map_partitions(draft_partition, list(library_paths), options)


def report_tally(bag, library_paths: Sequence[str]):
    """A delayed merged :class:`~csreply.interface.report.Tally` of a bag of records (a tree reduction)."""
    return bag.reduction(
        lambda part: tally_partition(part, list(library_paths))[0], merge_tallies, split_every=8
    )


# --- python -m csreply.interface.distributed ------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    """Command line: ``batch`` or ``report`` an export on a Dask cluster; returns the exit code."""
    from ..errors import CsreplyError, ExitCode

    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except CsreplyError as exc:
        print(f"csreply: error: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        return int(ExitCode.OK)


def _parser():
    import argparse

    parser = argparse.ArgumentParser(prog="python -m csreply.interface.distributed", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("batch", "report"):
        sub = commands.add_parser(name, help=f"csreply {name} on a Dask cluster")
        sub.add_argument("export", help="chat export to read ('-' reads stdin)")
        sub.add_argument("-l", "--library", action="append", default=[], metavar="PATH", help="extra script library")
        sub.add_argument("-i", "--input-format", default="auto")
        sub.add_argument("-e", "--encoding")
        sub.add_argument("--text-field")
        sub.add_argument("--text-column")
        sub.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler (default: a local cluster)")
        sub.add_argument("--workers", type=int, default=2, help="local cluster: worker processes (default 2)")
        sub.add_argument("--partition-size", type=int, default=PARTITION, help="records per partition")
        sub.add_argument("-o", "--output", help="write to this file instead of stdout")
        if name == "batch":
            sub.add_argument("-n", "--top", type=int, default=3, help="drafts per message")
            sub.add_argument("-p", "--product", help="product id for every message")
            sub.add_argument("--now", metavar="DATETIME", help="fix the clock (ISO 8601)")
        else:
            sub.add_argument("-f", "--format", choices=["json", "text", "md"], default="json")
            sub.add_argument("-c", "--clusters", type=int, default=10, help="clusters listed (0: all)")
            sub.add_argument("--min-size", type=int, default=2)
            sub.add_argument("--similarity", type=float, default=55.0)
            sub.add_argument("--near", type=float, default=0.25)
    return parser


def _run(args) -> int:
    from datetime import datetime

    from ..errors import ExitCode, UsageError
    from ..library.loading import Library
    from .options import open_input, parse_now

    try:
        import dask.bag  # noqa: F401
        import distributed
    except ImportError:
        raise UsageError('the Dask path needs its extra: pip install "csreply[dask]"') from None
    Library.load(args.library)  # a broken library fails here, once, before any worker starts
    now = parse_now(getattr(args, "now", None)) or datetime.now().astimezone()  # one clock for every window
    stats, counts = ReadStats(), {"messages": 0, "errors": 0}
    records = message_records(_read(args, stats, *open_input(args.export, args.command)))
    windows = chunks(_counted(records, counts), max(1, args.partition_size) * WINDOW)
    out = _open_output(args.output)
    try:
        with _client(args, distributed) as client:
            if args.command == "batch":
                options = BatchOptions(top=args.top, product_id=args.product, now=now)
                for lines in _pipelined(client, windows, lambda bag: batch_lines(bag, args.library, options), args):
                    out.write("".join(line + "\n" for line in lines))
                    out.flush()
            else:
                tally = merge_tallies(_pipelined(client, windows, lambda bag: report_tally(bag, args.library), args))
                out.write(_report_text(tally, args, stats))
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"csreply: {counts['messages']} messages, {counts['errors']} errors (dask, {stats.format}, {stats.encoding})",
          file=sys.stderr)
    return int(ExitCode.INPUT if counts["errors"] else ExitCode.OK)


WINDOW = 32  # partitions the driver reads ahead: its memory stays flat however long the export


def _counted(records: Iterable[dict[str, Any]], counts: dict[str, int]) -> Iterator[dict[str, Any]]:
    """The records, counting messages and bad records on the way (for the summary line)."""
    for record in records:
        counts["messages" if "text" in record else "errors"] += 1
        yield record


def _pipelined(client, windows: Iterator[list[dict[str, Any]]], make, args) -> Iterator[Any]:
    """``make(bag).compute()`` for each window, in order, the next window read while one computes."""
    running = None
    for window in windows:
        following = client.compute(make(records_bag(window, args.partition_size)))
        if running is not None:
            yield running.result()
        running = following
    if running is not None:
        yield running.result()


def _open_output(path: str | None):
    if path is None:
        return sys.stdout
    from ..errors import UsageError

    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None


def _read(args, stats: ReadStats, stream, name: str):
    from .options import bad_record_warning

    try:
        for item in read_messages(stream, input_format=args.input_format, encoding=args.encoding,
                                  text_field=args.text_field, text_column=args.text_column, name=name, stats=stats):
            if isinstance(item, BadRecord):
                bad_record_warning(name, item.line, item.row, item.reason)
            yield item
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _client(args, distributed):
    if args.scheduler:
        return distributed.Client(args.scheduler)
    import os

    # the worker processes read their logging level from the environment when they import
    # distributed: critical only (silence_logs alone left the heartbeat ERROR of a closing run)
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "critical")
    cluster = distributed.LocalCluster(n_workers=max(1, args.workers), threads_per_worker=1, processes=True,
                                       **LOCAL)
    return _LocalClient(cluster, distributed.Client(cluster))


class _LocalClient:
    """A client and the local cluster it was made for, closed together."""

    def __init__(self, cluster, client) -> None:
        self.cluster, self.client = cluster, client

    def __enter__(self):
        return self.client

    def __exit__(self, *exc_info) -> None:
        import logging

        # the run is over (its results, or its error, are already out): what the cluster's own
        # teardown logs is noise, such as a nanny's CancelledError traceback when its worker exits
        # (seen once under load), so the parent's distributed loggers are quiet from here
        logging.getLogger("distributed").setLevel(logging.CRITICAL)
        # the workers are retired while the scheduler still listens: a worker's heartbeat that meets
        # a scheduler already closing logs an ERROR with a traceback on stderr (seen in CI, rarely)
        try:
            self.client.retire_workers(close_workers=True)
        except Exception:  # noqa: BLE001 - closing anyway below; a failure to retire changes no output
            pass
        self.client.close()
        self.cluster.close()


def _report_text(tally, args, stats: ReadStats) -> str:
    from ..library.loading import Library
    from ..understanding.matcher import Matcher
    from .output import to_json
    from .report import ReportOptions, finish
    from .report_views import report_markdown, report_text

    options = ReportOptions(similarity=args.similarity, near=args.near, min_size=args.min_size)
    name = "<stdin>" if args.export == "-" else args.export
    report = finish(tally, Matcher(Library.load(args.library)), options=options, stats=stats, source=name)
    if args.format == "md":
        return report_markdown(report, clusters=args.clusters)
    if args.format == "text":
        return report_text(report, clusters=args.clusters) + "\n"
    return to_json(report.to_dict(clusters=args.clusters), indent=2) + "\n"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
