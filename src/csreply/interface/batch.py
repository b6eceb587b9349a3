"""Draft replies for a whole chat export, streaming, in input order.

``run_batch()`` reads messages with :mod:`csreply.reading`, drafts each one (in this process or
in ``jobs`` worker processes, a bounded number of chunks in flight so memory stays flat), and
yields one record per customer message or bad record, in input order. No terminal I/O: the
CLI writes the records and the summary.
"""

from __future__ import annotations

import json
import os
from collections import OrderedDict, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, BinaryIO

from ..lazy_pattern import sharpen
from ..understanding.context import chat_turns
from ..reading import BadRecord, Message, ReadStats, read_messages

CHUNK = 256  # messages sent to a worker at a time
DRAFT_CACHE = 2_000  # distinct messages whose drafts a run keeps (~3 KB each)
CACHED_TEXT_MAX = 1_000  # longer messages are not cached: drafts quote them, and they rarely repeat
AHEAD = 4  # chunks in flight per worker: enough to keep workers busy, bounded for memory
WARM_UP = "能便宜点吗"  # drafted once before workers are forked (see _chunk_drafter)
PREPARE_MIN = 64  # new messages in a chunk from which the matcher scores them all at once (numpy)
# built once: json.dumps(..., ensure_ascii=False) makes a new encoder for every call
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


@dataclass(frozen=True)
class BatchOptions:
    input_format: str = "auto"
    encoding: str | None = None
    text_field: str | None = None
    text_column: str | None = None
    top: int = 3
    product_id: str | None = None
    now: datetime | None = None
    jobs: int = 1
    library_paths: tuple[str, ...] = ()
    name: str = "<stdin>"
    context: bool = True  # read each turn with its chat's earlier turns (formats with sessions)


@dataclass
class BatchStats:
    """Counts for the summary line; ``read`` holds the reader's own counts (skipped lines…)."""

    messages: int = 0
    matched: int = 0
    unmatched: int = 0
    errors: int = 0
    internal: int = 0  # of the errors, messages a bug of csreply's failed to draft
    read: ReadStats = field(default_factory=ReadStats)


class Record:
    """One output record: the source fields plus a suggestion (or an error).

    From worker processes the suggestion arrives as JSON text, so a JSON-lines writer can pass it
    on without decoding and re-encoding; ``to_dict()`` decodes it when a format needs fields.
    """

    __slots__ = ("source", "error", "raw", "matched", "_data", "_json")

    def __init__(self, source: dict[str, Any], *, data=None, json_text=None, error=None, raw=None, matched=False):
        self.source = source
        self.error = error
        self.raw = raw
        self.matched = matched
        self._data = data
        self._json = json_text

    def to_dict(self) -> dict[str, Any]:
        if self.error is not None:
            return {**self.source, "error": self.error, "raw": self.raw}
        if self._data is None:
            self._data = json.loads(self._json)
        return {**self.source, **self._data}

    def to_json(self) -> str:
        if self.error is not None or self._json is None:
            return _ENCODE(self.to_dict())
        head = _ENCODE(self.source)
        return head[:-1] + ", " + self._json[1:]

    def __getitem__(self, key: str) -> Any:  # convenient in tests and scripts
        return self.to_dict()[key]


def source_fields(item: Message | BadRecord) -> dict[str, Any]:
    out: dict[str, Any] = {"line": item.line, "row": item.row}
    if isinstance(item, Message):
        out.update(session=item.session, speaker=item.speaker, time=item.time, format=item.format)
    return out


class _Drafter:
    """Loads the library once and turns message texts into suggestion dicts."""

    def __init__(self, options: BatchOptions) -> None:
        from ..writing.bizcal import BusinessCalendar
        from ..library.loading import Library
        from ..understanding.matcher import Matcher

        self.library = Library.load(options.library_paths)
        self.matcher = Matcher(self.library)
        self.options = options
        calendar = BusinessCalendar(self.library.policy)
        # one clock for the whole run, so every record promises from the same moment
        self.now = calendar.localize(options.now or datetime.now().astimezone())
        self._cache: OrderedDict[str, tuple[bool, str]] = OrderedDict()
        self.cache_size = DRAFT_CACHE

    def draft(self, key: str | tuple) -> tuple[bool, str]:
        """(matched, the suggestion as JSON text) for one message, or for a turn of a chat given
        as ``(text, earlier customer turns, the agent's last line)`` (see :func:`csreply.understanding.context.chat_turns`).

        The same message always gets the same drafts within a run (one clock, one library), and
        chat logs repeat themselves ("在吗", "好的", "发什么快递"), so recent answers are kept.
        """
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        from ..writing.drafting import suggest

        text, match = key, None
        try:
            if isinstance(key, tuple):
                from ..understanding.context import read_turn

                text, match = key[0], read_turn(self.matcher, key)
            data = suggest(
                text,
                self.library,
                matcher=self.matcher,
                top=self.options.top,
                product_id=self.options.product_id,
                now=self.now,
                match=match,
            ).to_dict()
        except Exception as exc:  # a bug met by one message: that record reports it, the rest go on
            return None, f"internal error while drafting this message ({type(exc).__name__}: {exc}); please report it"
        answer = (data["scenario"] is not None, _ENCODE(data))
        remember(self._cache, key, answer, self.cache_size)
        return answer

    def prepare(self, keys: Sequence[str | tuple]) -> None:
        """Score the new messages among ``keys`` all at once
        (:meth:`csreply.understanding.matcher.Matcher.prepare`), so drafting them one by one is quicker and
        answers the same. A few new messages are not worth importing numpy for, nor sharpening
        the patterns (:func:`csreply.lazy_pattern.sharpen`)."""
        new = [key for key in keys if isinstance(key, str) and key not in self._cache]
        if len(new) >= PREPARE_MIN:
            self.matcher.prepare(new)
            sharpen()  # a long run: long patterns get the lookahead that makes their searches quick

    def draft_many(self, keys: Sequence[str | tuple]) -> list[tuple[bool, str]]:
        """:meth:`draft` of each key, prepared together (a worker's chunk)."""
        self.prepare(keys)
        return [self.draft(key) for key in keys]


def remember(cache: OrderedDict, text: str | tuple, answer: tuple[bool, str], size: int = DRAFT_CACHE):
    """Keep a short message's answer (at most ``size``, oldest out); a long one is never kept, so
    memory stays flat whatever the message length."""
    if len(text if isinstance(text, str) else text[0]) > CACHED_TEXT_MAX or not size:
        return
    cache[text] = answer
    while len(cache) > size:
        cache.popitem(last=False)


def run_batch(
    stream: BinaryIO, options: BatchOptions, stats: BatchStats | None = None
) -> Iterator[Record]:
    """Yield one record per customer message (suggestion fields + source fields) or bad record.

    A bad record's ``to_dict()`` is ``{"line", "row", "error", "raw"}``; processing goes on.
    """
    stats = stats if stats is not None else BatchStats()
    items = read_messages(
        stream,
        input_format=options.input_format,
        encoding=options.encoding,
        text_field=options.text_field,
        text_column=options.text_column,
        name=options.name,
        stats=stats.read,
    )
    turns = chat_turns(items, options.context)
    if options.jobs > 1:
        drafted = _in_workers(turns, options)
    else:
        drafted = _in_process(turns, options, ahead=_is_file(stream))
    for item, suggestion in drafted:
        if isinstance(item, BadRecord):
            stats.errors += 1
            yield Record(source_fields(item), error=item.reason, raw=item.raw)
            continue
        matched, text = suggestion
        if matched is None:  # drafting failed on this message (see _Drafter.draft): an error record
            stats.errors += 1
            stats.internal += 1
            yield Record(source_fields(item), error=text, raw=getattr(item, "text", None))
            continue
        stats.messages += 1
        record = Record(source_fields(item), json_text=text, matched=matched)
        if record.matched:
            stats.matched += 1
        else:
            stats.unmatched += 1
        yield record


def _is_file(stream: BinaryIO) -> bool:
    """Whether ``stream`` can be read ahead: a file, not a pipe or a terminal that may still be
    typing (each of its lines is answered as soon as it arrives)."""
    try:
        return stream.seekable()
    except (AttributeError, OSError, ValueError):
        return False


def _in_process(items, options: BatchOptions, ahead: bool = False):
    """Draft in this process: a chunk at a time when the input can be read ahead, else each
    message as it comes."""
    drafter = _Drafter(options)
    if not ahead:
        for item, key in items:
            yield item, (drafter.draft(key) if key is not None else None)
        return
    from .workers import chunks

    for chunk in chunks(items, CHUNK):
        drafter.prepare([key for _, key in chunk if key is not None])
        for item, key in chunk:  # each record as soon as it is drafted: a bug keeps the ones before
            yield item, (drafter.draft(key) if key is not None else None)


def _in_workers(items, options: BatchOptions):
    """Chunks go to worker processes; results come back in input order, a bounded number ahead.

    Messages already answered (chat logs repeat themselves) are answered from the parent's own
    cache and never sent: for them, passing work to a process costs more than the work. However
    the loop ends (done, ``| head``, Ctrl-C, SIGTERM, a bug), the workers are ended with it.
    """
    from .workers import WorkerPool, chunks

    jobs = max(1, min(options.jobs, os.cpu_count() or 1, 32))
    known: OrderedDict = OrderedDict()
    pending: deque = deque()  # (chunk, answers known when it was sent, keys sent), oldest first
    with WorkerPool(_chunk_drafter, options, jobs) as pool:
        for chunk in chunks(items, CHUNK):
            pending.append(_submit(pool, chunk, known))
            while len(pending) > jobs * AHEAD:
                yield from _collect(pool, pending.popleft(), known)
        while pending:
            yield from _collect(pool, pending.popleft(), known)


def _chunk_drafter(options: BatchOptions):
    """A worker's handler: a list of texts -> (matched, suggestion as JSON text) for each."""
    drafter = _Drafter(options)
    # numpy and the model's dense weights (for Matcher.prepare), and what drafting loads on first
    # use (the writing modules, OpenCC, the holiday calendar), are loaded before the workers are
    # forked, so they share those pages instead of each building its own copy; the warm-up's
    # results are forgotten, so every message is scored and drafted as in one process
    drafter.matcher.model.dense_weights()
    drafter.draft(WARM_UP)
    drafter.matcher.forget()
    drafter._cache.clear()
    # the parent keeps the recent answers and sends a worker only messages it has not answered:
    # a worker's own copy of them would be ~6 MB per worker for almost no hits
    drafter.cache_size = 0
    return drafter.draft_many


def _submit(pool, chunk: Sequence[tuple], known: dict):
    texts = [key for _, key in chunk if key is not None]
    ready = {t: known[t] for t in texts if t in known}  # answered before: kept with the chunk
    todo = list(dict.fromkeys(t for t in texts if t not in ready))
    if todo:
        pool.submit(todo)
    return chunk, ready, todo


def _collect(pool, entry, known: OrderedDict):
    chunk, ready, todo = entry
    answers = dict(zip(todo, pool.next_result())) if todo else {}
    for text, answer in answers.items():
        remember(known, text, answer)
    answers.update(ready)
    for item, key in chunk:
        yield item, (answers[key] if key is not None else None)
