"""What customers asked in a chat export, and what the library could not answer.

``analyse()`` ranks every customer message with the :class:`~csreply.understanding.matcher.Matcher` (no
drafting, so a large export stays fast), counts how often each scenario came up, sets trivial
acknowledgements (好的、嗯嗯、bare numbers…) aside as "no reply needed", and groups the remaining
unmatched messages into clusters of similar questions, largest first. Each cluster gets advice:
add its messages as example questions to a scenario that nearly matched them, or start a new
scenario with the suggested keywords. The result is a :class:`Report`; the functions at the end
render it as JSON data, plain text, Markdown or a Rich view. Nothing here prints.

Clustering is greedy leader clustering, deterministic for a given input: the messages' "core"
(jieba words minus filler such as 可以/吗/请问) are taken most frequent first; each joins the
most similar existing cluster leader when the similarity (mean of rapidfuzz ``ratio`` on the
core characters and ``token_sort_ratio`` on the core words, 0..100) reaches ``similarity``, and
otherwise leads a new cluster.
"""

from __future__ import annotations

import os
import shlex
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..understanding.context import chat_turns, read_turn
from ..understanding.matcher import Match, Matcher
from ..reading import BadRecord, Message, ReadStats

# Filler that says nothing about what is asked: removed before comparing questions and from
# suggested keywords (normalised, Simplified forms).
STOPWORDS: frozenset[str] = frozenset(
    """
    吗 呢 吧 啊 呀 嘛 么 哦 哈 啦 了 的 地 得 着 过 嘞 哇 呐 咯 喔 噢 嗯 哎 诶 额
    亲 亲亲 亲爱的 你 您 我 他 她 它 你们 您们 我们 咱们 人家 自己
    这 那 这个 那个 这款 那款 这种 那种 这边 那边 这里 那里 此 该
    是 是不是 是否 有 有没有 没有 没 有无 可以 可不可以 可否 能 能不能 能否 会 会不会 要 想 想要 需要
    请问 问 问下 问一下 问问 一下 下 请 麻烦 帮 帮忙 帮我 给 给我 在 在吗 在不在 和 跟 与 及 或 或者
    还 也 都 就 又 再 才 很 太 挺 更 最 一 一个 个 些 一些 点 一点 多 多少 几
    怎么 怎么样 怎样 咋 咋样 什么 啥 如何 为什么 为啥 哪 哪里 哪儿 哪个 哪些
    老板 客服 掌柜 店家 你好 您好 好 ok 行 支持 吗吗 呢呢 #
    """.split()
)

def core_words(tokens: Iterable[str]) -> list[str]:
    """The words of a question that say what it is about (filler and numbers removed).

    >>> core_words(["可以", "刻", "字", "吗"])
    ['刻', '字']
    """
    return [t for t in tokens if t not in STOPWORDS and not t.isdigit()]


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


@dataclass
class _Question:
    """Unmatched messages that share one core, with their summed candidate scores."""

    core: str
    words: str  # core words joined by spaces, for token_sort_ratio
    first: int  # position of the first message, for a stable order
    texts: Counter = field(default_factory=Counter)  # original message -> count
    # scenario -> summed score in units of 1e-4 (scores are rounded to 4 places): whole numbers
    # add up the same in any order, so tallies merged from parts equal one tally
    scores: Counter = field(default_factory=Counter)
    ngrams: Counter = field(default_factory=Counter)  # keyword candidate -> messages containing it

    @property
    def count(self) -> int:
        return sum(self.texts.values())


@dataclass
class Tally:
    """What a part of an export adds to a report: counts, scenario counts, unmatched questions.

    Parts can be tallied apart (in processes or on a cluster) and merged in input order:
    ``a.merge(b)`` is the tally of a's messages followed by b's, the same as tallying both at
    once, so :func:`finish` makes the same report either way.
    """

    messages: int = 0
    matched: int = 0
    unmatched: int = 0
    no_reply: int = 0
    errors: int = 0
    scenarios: Counter = field(default_factory=Counter)  # scenario -> messages asking it
    questions: dict[str, _Question] = field(default_factory=dict)  # core -> unmatched question

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

    def merge(self, later: Tally) -> Tally:
        """Add the tally of the messages that follow this one's (in place; returns self)."""
        offset = self.unmatched  # positions in ``later`` count from its own first unmatched message
        for core, theirs in later.questions.items():
            ours = self.questions.get(core)
            if ours is None:
                self.questions[core] = _Question(core, theirs.words, theirs.first + offset, Counter(theirs.texts),
                                                 Counter(theirs.scores), Counter(theirs.ngrams))
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
    groups = _cluster(list(tally.questions.values()), options.similarity)
    new_ids = iter(range(1, len(groups) + 1))
    for group in groups:
        size = sum(q.count for q in group)
        if size < options.min_size:
            report.one_offs += size
            continue
        report.clusters.append(
            Cluster(size, _representative(group), _examples(group, options.examples),
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


def keyword_candidates(words: list[str], longest: int = 6) -> set[str]:
    """Runs of consecutive core words, 2 to ``longest`` characters long (once per message).

    Runs keep to word boundaries, so an unknown word cut into characters (刻/字) comes back
    whole while a pair straddling two words (代写|贺卡 → 写贺) does not appear.

    >>> sorted(keyword_candidates(["代写", "贺卡"]))
    ['代写', '代写贺卡', '贺卡']
    """
    found: set[str] = set()
    for i in range(len(words)):
        run = ""
        for word in words[i:]:
            run += word
            if len(run) > longest:
                break
            if len(run) >= 2:
                found.add(run)
    return found


def similarity(a: tuple[str, str], b: tuple[str, str]) -> float:
    """Similarity (0..100) of two questions given as (core, core words joined by spaces).

    >>> round(similarity(("刻字", "刻 字"), ("刻字加钱", "刻 字 加 钱")))
    63
    >>> similarity(("刻字", "刻 字"), ("实体店", "实体 店")) < 20
    True
    """
    from rapidfuzz import fuzz

    return (fuzz.ratio(a[0], b[0]) + fuzz.token_sort_ratio(a[1], b[1])) / 2


KEYS = 4  # a question is indexed under its rarest characters, this many
POSTINGS = 64  # leaders kept per character: the first (most frequent) ones


def _cluster(questions: list[_Question], cutoff: float) -> list[list[_Question]]:
    """Greedy leader clustering, most frequent questions first; clusters largest first.

    Comparing each question with every leader made ``report`` quadratic (40 k distinct unmatched
    messages took 7 minutes). A question is compared only with the leaders that share one of its
    ``KEYS`` rarest characters (prefix filtering from set-similarity joins): similar questions
    share most of their characters, hence usually a rare one, while a common character (发, 货, 买)
    would make every leader a candidate. Each character keeps at most ``POSTINGS`` leaders, the
    most frequent ones, so a question costs at most ``KEYS × POSTINGS`` comparisons whatever the
    size of the export.
    """
    questions.sort(key=lambda q: (-q.count, q.first))
    rarity = Counter(ch for q in questions for ch in set(q.core))  # questions containing each character
    index: dict[str, list[int]] = {}  # character -> leaders indexed under it
    leaders: list[_Question] = []
    groups: list[list[_Question]] = []
    for q in questions:
        chars = set(q.core)
        best = _closest_leader(q, sorted({i for ch in chars for i in index.get(ch, ())}), leaders, cutoff)
        if best != -1:
            groups[best].append(q)
            continue
        for ch in sorted(chars, key=lambda ch: (rarity[ch], ch))[:KEYS]:
            postings = index.setdefault(ch, [])
            if len(postings) < POSTINGS:
                postings.append(len(leaders))
        leaders.append(q)
        groups.append([q])
    order = sorted(range(len(groups)), key=lambda i: (-sum(q.count for q in groups[i]), groups[i][0].first))
    return [groups[i] for i in order]


def _closest_leader(q: _Question, candidates: list[int], leaders: list[_Question], cutoff: float) -> int:
    """The candidate leader most similar to ``q`` from ``cutoff`` on (the first on a tie), or -1.

    The character ratios come from one rapidfuzz call over all candidates, highest first; the
    word score (at most 100) is computed only while the mean can still reach the best so far.
    """
    from rapidfuzz import fuzz, process

    floor = max(0.0, 2 * cutoff - 100)
    near = process.extract(q.core, [leaders[i].core for i in candidates], scorer=fuzz.ratio,
                           limit=None, score_cutoff=floor)
    best, best_score = -1, cutoff
    for _, ratio, j in near:
        if (ratio + 100) / 2 < best_score:
            break
        i = candidates[j]
        score = (ratio + fuzz.token_sort_ratio(q.words, leaders[i].words)) / 2
        if score > best_score or (score == best_score and (best == -1 or i < best)):
            best, best_score = i, score
    return best


def _ordered_texts(group: list[_Question]) -> list[str]:
    texts: list[str] = []
    for q in group:  # the leader first, then by frequency
        texts += [t for t, _ in sorted(q.texts.items(), key=lambda kv: -kv[1])]
    return texts


def _representative(group: list[_Question]) -> str:
    return _ordered_texts(group)[0]


def _examples(group: list[_Question], limit: int) -> tuple[str, ...]:
    return tuple(_ordered_texts(group)[:limit])


SCORE_UNITS = 10_000


def _advice(group: list[_Question], size: int, matcher: Matcher, options: ReportOptions, new_ids) -> Advice:
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


def suggest_keywords(group: list[_Question], size: int, limit: int) -> tuple[str, ...]:
    """The terms most of the cluster's messages share, longest first among equally common ones.

    A term must appear in two messages and in two differently worded questions (when the
    cluster has that many); a term that
    overlaps a chosen one is skipped (a part of it only unless clearly more common).
    """
    counts: Counter = Counter()  # messages containing the term
    spread: Counter = Counter()  # distinct questions containing it: one question asked often is not a topic
    first: dict[str, int] = {}
    for q in group:
        for term in q.ngrams:
            counts[term] += q.count
            spread[term] += 1
            first.setdefault(term, q.first)
    needed, distinct = min(2, size), min(2, len(group))
    ranked = sorted(
        (t for t, n in counts.items() if n >= needed and spread[t] >= distinct),
        key=lambda t: (-counts[t], -len(t), first[t], t),
    )
    chosen: list[str] = []
    for term in ranked:
        if any(_redundant(term, c, counts) for c in chosen):
            continue
        chosen.append(term)
        if len(chosen) == limit:
            break
    return tuple(chosen)


def _redundant(term: str, chosen: str, counts: Counter) -> bool:
    if term in chosen:  # part of a chosen keyword: only worth it when clearly more common alone
        return counts[term] <= counts[chosen] * 1.5
    # a longer variant of a chosen keyword, or a pair straddling it and a neighbour (写贺 by 贺卡)
    return bool(set(term) & set(chosen))


# --- rendering: strings and Rich renderables, printed by the CLI -----------------------------------
def _pad(text: str, width: int) -> str:
    """Left-justify by display width: a Chinese character takes two columns."""
    import unicodedata

    cells = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - cells)


def _pct(share: float) -> str:
    return f"{share * 100:.1f}%"


def advice_text(advice: Advice) -> str:
    """One line of advice, in Chinese with the English key words kept for scripts and search."""
    if advice.action == "add_examples":
        return (f"加为「{advice.title}」{advice.scenario} 的例句 add as example questions to "
                f"{advice.scenario} (score {advice.score:.2f})")
    closest = f"; closest {advice.closest} {advice.score:.2f}" if advice.closest else ""
    return (f"新场景 new scenario {advice.scenario}「{advice.title}」 关键词 keywords: "
            f"{'、'.join(advice.keywords) or '—'}{closest}")


def _summary_lines(report: Report) -> list[str]:
    n = report.messages or 1
    return [
        f"messages    {report.messages}" + (f" ({report.format}, {report.encoding})" if report.format else ""),
        f"matched     {report.matched} ({_pct(report.matched / n)})",
        f"unmatched   {report.unmatched} ({_pct(report.unmatched_share)}) 没有话术",
        f"no reply    {report.no_reply} ({_pct(report.no_reply / n)}) 无需回复（好的、嗯嗯、数字…）",
        f"errors      {report.errors}" + (f"   skipped {report.skipped} non-customer lines" if report.skipped else ""),
    ]


def report_text(report: Report, *, clusters: int | None = 10, width: int = 30) -> str:
    """Plain text: the counts, a bar per scenario, then the clusters with their advice."""
    lines = [f"report      {report.source}", *_summary_lines(report), "", "scenarios:"]
    top = max((s.count for s in report.scenarios), default=0) or 1
    for s in report.scenarios:
        bar = "█" * max(1, round(s.count / top * width))
        lines.append(f"  {_pad(s.title, 14)} {s.scenario:<16} {s.count:>5} {_pct(s.share):>6}  {bar}")
    shown = report.clusters if not clusters else report.clusters[:clusters]
    lines += ["", f"unmatched clusters ({len(report.clusters)}, largest first; "
              f"one-off messages not listed: {report.one_offs}):"]
    for i, c in enumerate(shown, start=1):
        lines.append(f"{i}. [{c.size}] {c.representative}")
        lines += [f"     - {e}" for e in c.examples]
        lines.append(f"   → {advice_text(c.advice)}")
    return "\n".join(lines)


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def report_markdown(report: Report, *, clusters: int | None = 10) -> str:
    """Shareable Markdown: summary and scenario tables, then one section per cluster."""
    n = report.messages or 1
    lines = [
        f"# 聊天记录报告 Chat report: {_md_cell(report.source)}",
        "",
        "| | 条数 messages | 占比 share |",
        "|---|---:|---:|",
        f"| 买家消息 customer messages | {report.messages} | 100% |",
        f"| 已匹配 matched | {report.matched} | {_pct(report.matched / n)} |",
        f"| 没有话术 unmatched | {report.unmatched} | {_pct(report.unmatched_share)} |",
        f"| 无需回复 no reply needed | {report.no_reply} | {_pct(report.no_reply / n)} |",
        f"| 坏记录 bad records | {report.errors} | |",
        "",
        "## 场景 Scenarios",
        "",
        "| 场景 | id | 次数 count | 占比 share |",
        "|---|---|---:|---:|",
    ]
    lines += [f"| {_md_cell(s.title)} | `{s.scenario}` | {s.count} | {_pct(s.share)} |" for s in report.scenarios]
    shown = report.clusters if not clusters else report.clusters[:clusters]
    lines += [
        "",
        "## 没有话术的问题 Unmatched questions",
        "",
        f"{len(report.clusters)} clusters, largest first; one-off messages not listed: {report.one_offs}.",
        "",
        "| # | 条数 size | 代表问题 representative | 建议 suggestion |",
        "|---:|---:|---|---|",
    ]
    for i, c in enumerate(shown, start=1):
        lines.append(f"| {i} | {c.size} | {_md_cell(c.representative)} | {_md_cell(_advice_short(c.advice))} |")
    for i, c in enumerate(shown, start=1):
        lines += ["", f"### {i}. {_md_cell(c.representative)} ({c.size})", ""]
        lines += [f"- {_md_cell(e)}" for e in c.examples]
        lines += ["", f"**建议 suggestion**: {_md_cell(advice_text(c.advice))}"]
        if c.advice.action == "add_examples":
            commands = [f"csreply add {c.advice.scenario} --example {shlex.quote(e)}" for e in c.examples]
            lines += ["", "```sh", *commands, "```"]
    return "\n".join(lines) + "\n"


def _advice_short(advice: Advice) -> str:
    if advice.action == "add_examples":
        return f"加例句 add examples → {advice.title} `{advice.scenario}`"
    return f"新场景 new scenario `{advice.scenario}`「{advice.title}」: {'、'.join(advice.keywords)}"


def report_view(report: Report, *, clusters: int | None = 10):
    """A Rich view: summary, a bar chart of scenarios (and of unmatched), a table of clusters."""
    from rich.bar import Bar
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    n = report.messages or 1
    head = Text()
    head.append(f"{report.source}", style="bold")
    if report.format:
        head.append(f"  ({report.format}, {report.encoding})", style="dim")
    head.append(f"\n{report.messages} 条买家消息 customer messages  ")
    head.append(f"已匹配 {report.matched} ({_pct(report.matched / n)})  ", style="green")
    head.append(f"没有话术 {report.unmatched} ({_pct(report.unmatched_share)})  ", style="bold red")
    head.append(f"无需回复 {report.no_reply}  ", style="dim")
    if report.errors:
        head.append(f"坏记录 {report.errors}", style="yellow")

    chart = Table(title="场景 scenarios", title_justify="left", box=None, pad_edge=False)
    chart.add_column("场景")
    chart.add_column("id", style="dim")
    chart.add_column("次数", justify="right")
    chart.add_column("占比", justify="right")
    chart.add_column("", width=32, no_wrap=True)
    top = max([s.count for s in report.scenarios] + [report.unmatched, report.no_reply, 1])
    for s in report.scenarios:
        chart.add_row(s.title, s.scenario, str(s.count), _pct(s.share), Bar(top, 0, s.count, width=32, color="green"))
    chart.add_row("没有话术", "unmatched", str(report.unmatched), _pct(report.unmatched_share),
                  Bar(top, 0, report.unmatched, width=32, color="red"), style="bold")
    chart.add_row("无需回复", "no reply", str(report.no_reply), _pct(report.no_reply / n),
                  Bar(top, 0, report.no_reply, width=32, color="bright_black"))

    shown = report.clusters if not clusters else report.clusters[:clusters]
    table = Table(
        title=f"没有话术的问题 unmatched questions: {len(report.clusters)} clusters, largest first "
        f"(one-offs not listed: {report.one_offs})",
        title_justify="left", show_lines=True,
    )
    table.add_column("#", justify="right")
    table.add_column("条数", justify="right")
    table.add_column("例子 examples", overflow="fold", ratio=3)
    table.add_column("建议 suggestion", overflow="fold", ratio=2)
    for i, c in enumerate(shown, start=1):
        examples = Text(c.examples[0], style="bold")
        for e in c.examples[1:]:
            examples.append(f"\n{e}", style="dim")
        advice = Text()
        if c.advice.action == "add_examples":
            advice.append("加为例句 add examples → ", style="green")
            advice.append(f"{c.advice.title} {c.advice.scenario}", style="bold green")
            advice.append(f"  ({c.advice.score:.2f})", style="dim")
        else:
            advice.append("新场景 new scenario ", style="cyan")
            advice.append(f"{c.advice.scenario}「{c.advice.title}」", style="bold cyan")
            advice.append(f"\n关键词 {'、'.join(c.advice.keywords) or '—'}")
        table.add_row(str(i), str(c.size), examples, advice)
    return Group(head, Text(""), chart, Text(""), table)
