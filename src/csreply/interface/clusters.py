"""Grouping the messages a library could not answer into clusters of similar questions, and
the keywords suggested for a new scenario (used by :mod:`csreply.interface.report`).

Clustering is greedy leader clustering, deterministic for a given input: the messages' "core"
(jieba words minus filler such as 可以/吗/请问) are taken most frequent first; each joins the
most similar existing cluster leader when the similarity (mean of rapidfuzz ``ratio`` on the
core characters and ``token_sort_ratio`` on the core words, 0..100) reaches ``similarity``, and
otherwise leads a new cluster.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

T = TypeVar("T")

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
    messages took 7 minutes): :func:`assign` compares a question only with the leaders indexed
    under its rarest characters.
    """
    questions.sort(key=lambda q: (-q.count, q.first))
    groups: list[list[_Question]] = []
    for q, best in assign(((q.core, q.words, q) for q in questions), rarity(q.core for q in questions), cutoff):
        if best == len(groups):
            groups.append([q])
        else:
            groups[best].append(q)
    order = sorted(range(len(groups)), key=lambda i: (-sum(q.count for q in groups[i]), groups[i][0].first))
    return [groups[i] for i in order]


def rarity(cores: Iterable[str]) -> Counter:
    """How many questions contain each character."""
    counts: Counter = Counter()
    for core in cores:
        counts.update(set(core))
    return counts


def assign(items: Iterable[tuple[str, str, T]], rarity: Counter, cutoff: float) -> Iterator[tuple[T, int]]:
    """The cluster of each question, given in clustering order as (core, words, payload):
    ``(payload, n)`` where ``n`` is an earlier cluster's number, or the next one when the question
    leads a new cluster. Each result comes before the next item is read, so ``items`` may stream.

    A question is compared only with the leaders that share one of its ``KEYS`` rarest characters
    (``rarity``: questions containing each character over the whole export; prefix filtering from
    set-similarity joins): similar questions share most of their characters, hence usually a rare
    one, while a common character (发, 货, 买) would make every leader a candidate. Each character
    keeps at most ``POSTINGS`` leaders, the most frequent ones, so a question costs at most
    ``KEYS × POSTINGS`` comparisons whatever the size of the export. Only the leaders' core and
    words are kept.
    """
    index: dict[str, list[int]] = {}  # character -> leaders indexed under it
    leaders: list[tuple[str, str]] = []  # (core, words)
    for core, words, payload in items:
        chars = set(core)
        best = _closest_leader(core, words, sorted({i for ch in chars for i in index.get(ch, ())}), leaders, cutoff)
        if best != -1:
            yield payload, best
            continue
        for ch in sorted(chars, key=lambda ch: (rarity[ch], ch))[:KEYS]:
            postings = index.setdefault(ch, [])
            if len(postings) < POSTINGS:
                postings.append(len(leaders))
        leaders.append((core, words))
        yield payload, len(leaders) - 1


def _closest_leader(core: str, words: str, candidates: list[int], leaders: list[tuple[str, str]], cutoff: float) -> int:
    """The candidate leader most similar to the question from ``cutoff`` on (the first on a tie), or -1.

    The character ratios come from one rapidfuzz call over all candidates, highest first; the
    word score (at most 100) is computed only while the mean can still reach the best so far.
    """
    from rapidfuzz import fuzz, process

    floor = max(0.0, 2 * cutoff - 100)
    near = process.extract(core, [leaders[i][0] for i in candidates], scorer=fuzz.ratio,
                           limit=None, score_cutoff=floor)
    best, best_score = -1, cutoff
    for _, ratio, j in near:
        if (ratio + 100) / 2 < best_score:
            break
        i = candidates[j]
        score = (ratio + fuzz.token_sort_ratio(words, leaders[i][1])) / 2
        if score > best_score or (score == best_score and (best == -1 or i < best)):
            best, best_score = i, score
    return best


def ordered_texts(group: Iterable[_Question]) -> Iterator[str]:
    for q in group:  # the leader first, then by frequency
        yield from (t for t, _ in sorted(q.texts.items(), key=lambda kv: -kv[1]))


def representative(group: Iterable[_Question]) -> str:
    return next(ordered_texts(group))


def examples_of(group: Iterable[_Question], limit: int) -> tuple[str, ...]:
    return tuple(islice(ordered_texts(group), limit))


def suggest_keywords(group: Sequence[_Question], size: int, limit: int) -> tuple[str, ...]:
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
