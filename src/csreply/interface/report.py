"""What customers asked in a chat export, and what the library could not answer.

``analyse()`` ranks every customer message with the :class:`~csreply.understanding.matcher.Matcher` (no
drafting, so a large export stays fast), counts how often each scenario came up, sets trivial
acknowledgements (好的、嗯嗯、bare numbers…) aside as "no reply needed", and groups the remaining
unmatched messages into clusters of similar questions, largest first. Each cluster gets advice:
add its messages as example questions to a scenario that nearly matched them, or start a new
scenario with the suggested keywords. The result is a :class:`Report` (``Report.to_dict()`` is
the JSON data); :mod:`.report_views` renders it as plain text, Markdown or a Rich view, and
:mod:`.clusters` groups the questions. Nothing here prints.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..reading import BadRecord, Message, ReadStats
from ..understanding.context import chat_turns, read_turn
from ..understanding.matcher import Match, Matcher
from .clusters import (
    _cluster,
    _Question,
    core_words,
    examples_of,
    keyword_candidates,
    representative,
    suggest_keywords,
)


@dataclass(frozen=True)
class ReportOptions:
    """Settings of the analysis, reported with its result."""

    similarity: float = 55.0  # 0..100: a question joins a cluster from this similarity to its leader
    near: float = 0.25  # a cluster's mean score for a scenario from which it counts as "nearly matched"
    min_size: int = 2  # smaller clusters are one-offs: counted, not listed
    examples: int = 5  # example messages kept per cluster
    keywords: int = 5  # keywords suggested for a new scenario


@dataclass(frozen=True)
class ScenarioCount:
    scenario: str
    title: str
    count: int
    share: float  # of all customer messages


@dataclass(frozen=True)
class Advice:
    """What to do about a cluster.

    ``action`` is ``"add_examples"`` (``scenario`` nearly matched: add the messages as its
    example questions) or ``"new_scenario"`` (``scenario`` is a suggested new id, ``title`` and
    ``keywords`` come from the cluster's words); ``closest``/``score`` name the best existing
    scenario and its mean score over the cluster.
    """

    action: str
    scenario: str
    title: str
    keywords: tuple[str, ...] = ()
    closest: str | None = None
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"action": self.action, "scenario": self.scenario, "title": self.title}
        if self.action == "new_scenario":
            out["keywords"] = list(self.keywords)
        out["closest"] = self.closest
        out["score"] = round(self.score, 4)
        return out


@dataclass(frozen=True)
class Cluster:
    """Similar unmatched questions: how many, one that stands for them, examples, advice."""

    size: int
    representative: str
    examples: tuple[str, ...]
    advice: Advice

    def to_dict(self) -> dict[str, Any]:
        return {
            "size": self.size,
            "representative": self.representative,
            "examples": list(self.examples),
            "suggestion": self.advice.to_dict(),
        }


@dataclass
class Report:
    """Counts, scenario frequencies and clusters of unmatched questions for one export."""

    source: str = "<stdin>"
    format: str = ""
    encoding: str = ""
    messages: int = 0
    matched: int = 0
    unmatched: int = 0  # needed an answer, and no scenario matched confidently
    no_reply: int = 0  # unmatched acknowledgements: 好的、嗯嗯、bare numbers, emoji
    errors: int = 0  # bad records
    skipped: int = 0  # agent lines, notices, receipts… (the reader's count)
    one_offs: int = 0  # unmatched messages in clusters smaller than min_size
    scenarios: list[ScenarioCount] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    options: ReportOptions = field(default_factory=ReportOptions)

    @property
    def unmatched_share(self) -> float:
        """Share of customer messages that needed an answer nobody's script gave."""
        return self.unmatched / self.messages if self.messages else 0.0

    def to_dict(self, *, clusters: int | None = None) -> dict[str, Any]:
        """The JSON contract of ``report --format json``; ``clusters`` limits the list."""
        shown = self.clusters if not clusters else self.clusters[:clusters]
        return {
            "source": {"name": self.source, "format": self.format, "encoding": self.encoding},
            "messages": self.messages,
            "matched": self.matched,
            "unmatched": self.unmatched,
            "unmatched_share": round(self.unmatched_share, 4),
            "no_reply": self.no_reply,
            "errors": self.errors,
            "skipped": self.skipped,
            "scenarios": [
                {"scenario": s.scenario, "title": s.title, "count": s.count, "share": round(s.share, 4)}
                for s in self.scenarios
            ],
            "cluster_count": len(self.clusters),
            "one_offs": self.one_offs,
            "clusters": [c.to_dict() for c in shown],
            "settings": {"similarity": self.options.similarity, "near": self.options.near,
                         "min_size": self.options.min_size},
        }


SPILL = 2_000  # distinct unmatched questions a tally holds in memory before it moves them to disk


@dataclass
class Tally:
    """What a part of an export adds to a report: counts, scenario counts, unmatched questions.

    Parts can be tallied apart (in processes or on a cluster) and merged in input order:
    ``a.merge(b)`` is the tally of a's messages followed by b's, the same as tallying both at
    once, so :func:`finish` makes the same report either way.

    Every ``SPILL`` distinct unmatched questions go to a :class:`.question_store.QuestionStore`
    (a temporary file), so memory stays flat however large the export; a tally sent to another
    process (pickled) takes its questions back into memory.
    """

    messages: int = 0
    matched: int = 0
    unmatched: int = 0
    no_reply: int = 0
    errors: int = 0
    scenarios: Counter = field(default_factory=Counter)  # scenario -> messages asking it
    questions: dict[str, _Question] = field(default_factory=dict)  # core -> unmatched question (not yet stored)
    store: Any = field(default=None, repr=False, compare=False)  # the QuestionStore of earlier questions

    def add(self, item: Message | BadRecord, matcher: Matcher, key: str | tuple | None = None) -> None:
        """Count one message (ranked with ``matcher``, read with its chat when ``key`` carries
        it: see :func:`csreply.understanding.context.chat_turns`) or bad record."""
        if isinstance(item, BadRecord):
            self.errors += 1
            return
        self.messages += 1
        match = read_turn(matcher, key) if key is not None else matcher.rank(item.text)
        if match.scenario is not None:
            self.matched += 1
            for scenario in {match.scenario, *(i.scenario for i in match.intents)}:
                self.scenarios[scenario] += 1
        elif match.reply_needed is False:  # the same decision as suggest's JSON "reply_needed"
            self.no_reply += 1
        else:
            self.unmatched += 1
            _collect(self.questions, item.text, match, self.unmatched)
            if len(self.questions) >= SPILL:
                self._spill()

    def merge(self, later: Tally) -> Tally:
        """Add the tally of the messages that follow this one's (in place; returns self)."""
        offset = self.unmatched  # positions in ``later`` count from its own first unmatched message
        for theirs in later.unmatched_questions():
            ours = self.questions.get(theirs.core)
            if ours is None:
                self.questions[theirs.core] = _Question(theirs.core, theirs.words, theirs.first + offset,
                                                        Counter(theirs.texts), Counter(theirs.scores),
                                                        Counter(theirs.ngrams))
                if len(self.questions) >= SPILL:
                    self._spill()
            else:
                ours.texts.update(theirs.texts)
                ours.scores.update(theirs.scores)
                ours.ngrams.update(theirs.ngrams)
        self.messages += later.messages
        self.matched += later.matched
        self.unmatched += later.unmatched
        self.no_reply += later.no_reply
        self.errors += later.errors
        self.scenarios.update(later.scenarios)
        return self

    def unmatched_questions(self) -> Iterable[_Question]:
        """Every distinct unmatched question, first asked first (stored ones read back into memory)."""
        if self.store is None:
            return list(self.questions.values())
        self._spill()
        return self.store.questions()

    def clusters(self, cutoff: float) -> list[tuple[Any, int]]:
        """``(questions, messages)`` of each cluster of the unmatched questions, largest first."""
        if self.store is None:
            return [(group, sum(q.count for q in group)) for group in _cluster(list(self.questions.values()), cutoff)]
        self._spill()
        return self.store.clusters(cutoff)

    def _spill(self) -> None:
        if self.store is None:
            from .question_store import QuestionStore

            self.store = QuestionStore()
        self.store.add(self.questions.values())
        self.questions = {}  # a new dict: clear() would keep the old one's table

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        if self.store is not None:  # a temporary file is no use to another process
            state["questions"] = {q.core: q for q in self.unmatched_questions()}
            state["store"] = None
        return state


def analyse(
    items: Iterable[Message | BadRecord],
    matcher: Matcher,
    *,
    options: ReportOptions | None = None,
    stats: ReadStats | None = None,
    source: str = "<stdin>",
    on_bad: Callable[[BadRecord], None] | None = None,
    jobs: int = 1,
    context: bool = True,
) -> Report:
    """Read every item, count scenarios and cluster the unmatched questions.

    With ``context`` a turn of a chat (an export with sessions) is read with its chat, as
    ``batch`` reads it, so "那怎么办" after a fault counts for the fault.

    ``items`` come from :func:`csreply.reading.read_messages` (whose ``stats`` give the format,
    encoding and skipped count); ``on_bad`` is called for each bad record as it is met. With
    ``jobs`` > 1 (where processes fork), chunks of messages are ranked in that many worker
    processes and their tallies merged in input order: the report is the same.

    >>> from csreply.library import Library
    >>> m = Matcher(Library.load(user=False, env=False))
    >>> texts = ["能便宜点吗", "好的", "可以刻字吗", "能刻字吗", "刻字要加钱吗"]
    >>> r = analyse([Message(t, i + 1) for i, t in enumerate(texts)], m)
    >>> r.matched, r.no_reply, r.unmatched, [c.size for c in r.clusters]
    (1, 1, 3, [3])
    """
    turns = chat_turns(items, context)
    if jobs > 1 and hasattr(os, "fork"):
        tally = _tally_in_workers(turns, matcher, jobs, on_bad)
    else:
        tally = Tally()
        for item, key in turns:
            tally.add(item, matcher, key)
            if on_bad is not None and isinstance(item, BadRecord):
                on_bad(item)
    return finish(tally, matcher, options=options, stats=stats, source=source)


CHUNK = 500  # messages a worker tallies at a time
AHEAD = 4  # chunks in flight per worker: enough to keep workers busy, bounded for memory


def _tally_in_workers(items, matcher: Matcher, jobs: int, on_bad) -> Tally:
    """Chunks of the export tallied by ``jobs`` forked processes, merged in input order."""
    from .workers import WorkerPool, chunks

    def reported(turns):  # bad records are reported as they are read, as without workers
        for item, key in turns:
            if on_bad is not None and isinstance(item, BadRecord):
                on_bad(item)
            yield item, key

    tally, pending = Tally(), 0
    with WorkerPool(_chunk_tallier, matcher, jobs) as pool:
        for chunk in chunks(reported(items), CHUNK):
            pool.submit(chunk)
            pending += 1
            if pending > jobs * AHEAD:
                tally.merge(pool.next_result())
                pending -= 1
        for _ in range(pending):
            tally.merge(pool.next_result())
    return tally


def _chunk_tallier(matcher: Matcher):
    """A worker's handler: the :class:`Tally` of a chunk of items (built in the parent, forked)."""

    def tally_chunk(turns: list[tuple]) -> Tally:
        part = Tally()
        for item, key in turns:
            part.add(item, matcher, key)
        return part

    return tally_chunk


def finish(
    tally: Tally,
    matcher: Matcher,
    *,
    options: ReportOptions | None = None,
    stats: ReadStats | None = None,
    source: str = "<stdin>",
) -> Report:
    """The report of a whole export from its (merged) tally: scenario shares, clusters, advice."""
    options = options or ReportOptions()
    report = Report(source=source, options=options, messages=tally.messages, matched=tally.matched,
                    unmatched=tally.unmatched, no_reply=tally.no_reply, errors=tally.errors)
    if stats is not None:
        report.format, report.encoding, report.skipped = stats.format, stats.encoding, stats.skipped
    scenarios = matcher.library.scenarios
    report.scenarios = [
        ScenarioCount(sid, scenarios[sid].title, n, n / report.messages)
        for sid, n in sorted(tally.scenarios.items(), key=lambda kv: (-kv[1], list(scenarios).index(kv[0])))
    ]
    groups = tally.clusters(options.similarity)
    new_ids = iter(range(1, len(groups) + 1))
    for group, size in groups:
        if size < options.min_size:
            report.one_offs += size
            continue
        report.clusters.append(
            Cluster(size, representative(group), examples_of(group, options.examples),
                    _advice(group, size, matcher, options, new_ids))
        )
    return report


def _collect(questions: dict[str, _Question], text: str, match: Match, position: int) -> None:
    words = core_words(match.tokens)
    core = "".join(words) or match.normalized.text
    question = questions.get(core)
    if question is None:
        question = questions[core] = _Question(core, " ".join(words) or core, position)
    question.texts[text] += 1
    for c in match.candidates:
        question.scores[c.scenario] += round(c.score * SCORE_UNITS)
    question.ngrams.update(keyword_candidates(words))


SCORE_UNITS = 10_000


def _advice(group: Sequence[_Question], size: int, matcher: Matcher, options: ReportOptions, new_ids) -> Advice:
    scores: Counter = Counter()
    for q in group:
        scores.update(q.scores)
    scenarios = matcher.library.scenarios
    closest, score = None, 0.0
    if scores:
        order = list(scenarios)
        closest, total = min(scores.items(), key=lambda kv: (-kv[1], order.index(kv[0])))
        score = total / SCORE_UNITS / size
    if closest is not None and score >= options.near:
        return Advice("add_examples", closest, scenarios[closest].title, closest=closest, score=score)
    keywords = suggest_keywords(group, size, options.keywords)
    return Advice(
        "new_scenario", f"new_{next(new_ids)}", keywords[0] if keywords else group[0].core,
        keywords, closest=closest, score=score,
    )
