"""Recognise the scenario of a customer message: keyword scoring plus fuzzy similarity.

For each scenario two kinds of evidence are collected from the normalised message:

- **keywords**: every library keyword found in the text, longest match first, so "还没发货"
  (催发货) hides the "发货" inside it (发货时间); weights add up and are squashed into 0..1;
  a negative keyword rules the scenario out;
- **examples**: rapidfuzz similarity of the message to the scenario's example questions, both
  as characters and as jieba words, all examples scored in one batched ``cdist`` call.

The two are combined as a noisy-OR into a score in 0..1. The top scenario is accepted when its
score reaches ``threshold`` and it leads the runner-up by ``margin`` (or is strong enough on its
own); otherwise the result is "no confident match". No I/O.
"""

from __future__ import annotations

import math
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, field, replace

from .library import Library
from .normalize import Normalized, normalize
from .index import MatchIndex, compile_synonyms
from .segment import Segmenter

# Customers often chain questions without punctuation ("能便宜点吗今天能发货吗"): a question
# particle followed by more words ends a clause. 么 inside 什么/怎么/那么/这么/多么 does not.
_QUESTION_END = re.compile(r"(?<=吗|嘛|呢|吧)(?=.{3,})|(?<=(?<![什怎那这多要])么)(?=.{3,})")


def split_questions(clauses: tuple[str, ...]) -> list[str]:
    """Clauses of a message, further split after question particles.

    >>> split_questions(("能便宜点吗今天能发货吗",))
    ['能便宜点吗', '今天能发货吗']
    >>> split_questions(("什么时候发货",))
    ['什么时候发货']
    """
    parts: list[str] = []
    for clause in clauses:
        parts += [p for p in _QUESTION_END.split(clause) if p]
    return parts


POOL_LIMIT = 400  # example questions scored per message at most (a 1x library rarely has more)
CACHE_SIZE = 5_000  # distinct texts whose scores are kept (~1 KB each)


@dataclass(frozen=True)
class Tuning:
    """The constants of the scoring, in one place so ``eval`` can report and compare them."""

    keyword_scale: float = 2.0  # a keyword weight sum of this gives 0.63
    fuzzy_floor: float = 0.45  # example similarity below this is no evidence
    fuzzy_weight: float = 0.9  # the most an example match alone contributes
    word_share: float = 0.5  # share of word-level (jieba) similarity in example similarity
    threshold: float = 0.45  # accept the top scenario from this score
    margin: float = 0.05  # … if it leads the runner-up by this much
    sure: float = 0.75  # … or at any margin from this score
    faint: float = 0.05  # weight of example similarity below the floor (ranking only)
    yield_factor: float = 0.5  # a yielding scenario's score when another one has evidence


@dataclass(frozen=True)
class KeywordHit:
    scenario: str
    word: str
    weight: float
    start: int


@dataclass(frozen=True)
class ExampleHit:
    scenario: str
    example: str
    similarity: float


@dataclass(frozen=True)
class Candidate:
    """One scenario's evidence and combined score for a message."""

    scenario: str
    title: str
    score: float
    keyword_score: float
    example_score: float
    hits: tuple[KeywordHit, ...] = ()
    example: ExampleHit | None = None
    excluded_by: str | None = None  # the negative keyword that ruled it out


@dataclass(frozen=True)
class Intent:
    """What one clause of a message asks."""

    clause: str
    scenario: str
    score: float


@dataclass(frozen=True)
class Match:
    """The matcher's answer for one message."""

    normalized: Normalized
    tokens: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    scenario: str | None
    confidence: float
    margin: float
    reason: str
    intents: tuple[Intent, ...] = field(default=())  # per clause, when a message asks several things

    @property
    def top(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


class Matcher:
    """Ranks a library's scenarios for a message.

    >>> m = Matcher(Library.load(user=False, env=False))
    >>> m.rank("能便宜点吗").scenario
    'bargain'
    """

    def __init__(self, library: Library, tuning: Tuning | None = None) -> None:
        self.library = library
        self.tuning = tuning or Tuning()
        self.index = MatchIndex.load(library)
        self.canonical = compile_synonyms(self.index.synonyms)
        self._segmenter = Segmenter(self.index.segmenter_words())
        self._cache: OrderedDict = OrderedDict()

    def normalize(self, message: str) -> Normalized:
        """:func:`normalize` plus the libraries' synonyms and common misspellings (顺风 → 顺丰)."""
        norm = normalize(message)
        if not self.index.synonyms:
            return norm
        return replace(
            norm, text=self.canonical(norm.text), clauses=tuple(self.canonical(c) for c in norm.clauses)
        )

    def tokens(self, text: str) -> list[str]:
        return self._segmenter.cut(text)

    def keyword_hits(self, text: str) -> list[KeywordHit]:
        """Keywords found in ``text``; a keyword inside a longer found keyword does not count.

        Every substring up to the longest keyword's length is looked up in a dict (cheaper than
        searching for each of thousands of keywords); found words are then taken longest first.
        """
        index, longest = self.index.keyword_index, self.index.longest
        found: dict[str, int] = {}  # word -> first position
        n = len(text)
        for start in range(n):
            for end in range(start + 1, min(n, start + longest) + 1):
                word = text[start:end]
                if word in index and word not in found:
                    found[word] = start
        if not found:
            return []
        taken: list[tuple[int, int]] = []
        hits: list[KeywordHit] = []
        for word in sorted(found, key=lambda w: index[w][0]):
            start = text.find(word)
            while start != -1:
                end = start + len(word)
                if not any(a <= start and end <= b and (b - a) > len(word) for a, b in taken):
                    hits += [KeywordHit(scenario, word, weight, start) for _, scenario, weight in index[word][1]]
                    taken.append((start, end))
                    break  # a keyword counts once per message
                start = text.find(word, start + 1)
        return hits

    def example_scores(self, text: str, words: str, *, everything: bool = False) -> dict[str, ExampleHit]:
        """Best example similarity per scenario (0..1).

        Only examples sharing a character pair with ``text`` are scored (an inverted index
        prunes the rest, which rarely reach the similarity floor), unless ``everything``; they
        are scored in one batched rapidfuzz call per measure.
        """
        from rapidfuzz import fuzz, process

        ids, texts, example_words = self.index.example_ids, self.index.example_texts, self.index.example_words
        if not texts or not text:
            return {}
        if everything and len(texts) <= 4 * POOL_LIMIT:
            pool = list(range(len(texts)))
        else:
            pool = sorted(self._example_pool(text, wide=everything))
        if not pool:
            return {}
        chars = process.extract(text, [texts[i] for i in pool], scorer=fuzz.ratio, limit=None)
        by_word = process.extract(words, [example_words[i] for i in pool], scorer=fuzz.token_sort_ratio, limit=None)
        word_scores = {j: score for _, score, j in by_word}
        share = self.tuning.word_share
        best: dict[str, ExampleHit] = {}
        for _, char_score, j in chars:
            i = pool[j]
            sim = ((1 - share) * char_score + share * word_scores[j]) / 100.0
            scenario = ids[i]
            if scenario not in best or sim > best[scenario].similarity:
                best[scenario] = ExampleHit(scenario, texts[i], sim)
        return best

    def _example_pool(self, text: str, *, wide: bool = False) -> set[int]:
        """Examples sharing a character pair (``wide``: a character) with ``text``; in a big
        library only the :data:`POOL_LIMIT` sharing the most, so scoring time stops growing."""
        if wide:
            postings, grams = self.index.chars, set(text)
        else:
            postings, grams = self.index.bigrams, {text[i : i + 2] for i in range(len(text) - 1)} or {text}
        shared: Counter[int] = Counter()
        for gram in grams:
            shared.update(postings.get(gram, ()))
        if len(shared) <= POOL_LIMIT:
            return set(shared)
        return {i for i, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:POOL_LIMIT]}

    def closest_examples(self, text: str, limit: int = 5) -> list[ExampleHit]:
        """The ``limit`` example questions most similar to ``text``, across all scenarios."""
        words = " ".join(self.tokens(text)) if text else ""
        ids, texts, example_words = self.index.example_ids, self.index.example_texts, self.index.example_words
        if not texts or not text:
            return []
        from rapidfuzz import fuzz

        share = self.tuning.word_share
        hits = [
            ExampleHit(
                ids[i],
                texts[i],
                ((1 - share) * fuzz.ratio(text, texts[i]) + share * fuzz.token_sort_ratio(words, example_words[i])) / 100.0,
            )
            for i in range(len(texts))
        ]
        hits.sort(key=lambda h: -h.similarity)
        return hits[:limit]

    def score(self, text: str) -> tuple[list[Candidate], list[str]]:
        """All scenarios with any evidence for ``text``, ranked by score.

        Chat logs repeat themselves ("在吗", "好的", the same question with another item number),
        so results are kept for the last :data:`CACHE_SIZE` distinct texts.
        """
        key = (text, self.tuning)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return list(cached[0]), list(cached[1])
        candidates, tokens = self._score(text)
        self._cache[key] = (tuple(candidates), tuple(tokens))
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return candidates, tokens

    def _score(self, text: str) -> tuple[list[Candidate], list[str]]:
        t = self.tuning
        tokens = self.tokens(text) if text else []
        hits = self.keyword_hits(text)
        examples = self.example_scores(text, " ".join(tokens))
        evidence = {h.scenario for h in hits} | {
            sid for sid, e in examples.items() if e.similarity >= t.fuzzy_floor
        }
        if len(evidence) < 3 and text:
            # little to go on: score every example, so the runner-ups still rank by similarity
            examples = self.example_scores(text, " ".join(tokens), everything=True)
        candidates: list[Candidate] = []
        scenarios = self.library.scenarios
        order = self.index.order
        # only scenarios with some evidence can score: a big library costs no more per message
        for sid in sorted({h.scenario for h in hits} | set(examples), key=order.__getitem__):
            scenario = scenarios[sid]
            own = tuple(h for h in hits if h.scenario == scenario.id)
            weight = sum(h.weight for h in own)
            kw = 1.0 - math.exp(-weight / t.keyword_scale) if weight else 0.0
            ex = examples.get(scenario.id)
            sim = ex.similarity if ex else 0.0
            # below the floor a faint trace remains, so weak candidates still rank by similarity
            fz = max(t.fuzzy_weight * (sim - t.fuzzy_floor) / (1.0 - t.fuzzy_floor), t.faint * sim)
            score = 1.0 - (1.0 - kw) * (1.0 - fz)
            excluded = next((n for n in self.index.negative.get(scenario.id, ()) if n in text), None)
            if excluded:
                score = 0.0
            if score <= 0 and not own:
                continue
            candidates.append(
                Candidate(scenario.id, scenario.title, round(score, 4), round(kw, 4), round(sim, 4), own, ex, excluded)
            )
        candidates = self._apply_yields(candidates)
        candidates.sort(key=lambda c: (-c.score, -c.keyword_score))
        return candidates, tokens

    def _apply_yields(self, candidates: list[Candidate]) -> list[Candidate]:
        """A greeting or a thanks in front of a real question is not what the customer wants now."""
        scenarios = self.library.scenarios
        topical = any(
            not scenarios[c.scenario].yields and c.score >= self.tuning.threshold for c in candidates
        )
        if not topical:
            return candidates
        factor = self.tuning.yield_factor
        return [
            replace(c, score=round(c.score * factor, 4)) if scenarios[c.scenario].yields else c
            for c in candidates
        ]

    def rank(self, message: str) -> Match:
        """Normalise ``message``, rank the scenarios and decide whether the top one is confident."""
        norm = self.normalize(message)
        candidates, tokens = self.score(norm.text)
        scenario, confidence, margin, reason = self._decide(candidates)
        intents = self._intents(norm)
        if len(intents) >= 2:
            # two questions in one message: both are right, the stronger clause leads
            lead = max(intents, key=lambda i: i.score)
            if scenario not in {i.scenario for i in intents}:
                scenario, confidence = lead.scenario, lead.score
            reason = "several questions: " + "、".join(i.scenario for i in intents)
            order = [scenario] + [i.scenario for i in intents if i.scenario != scenario]
            candidates.sort(key=lambda c: order.index(c.scenario) if c.scenario in order else len(order))
        return Match(norm, tuple(tokens), tuple(candidates), scenario, confidence, margin, reason, tuple(intents))

    def _intents(self, norm: Normalized) -> list[Intent]:
        """The confident scenario of each clause, in message order, one per scenario."""
        clauses = split_questions(norm.clauses)
        if len(clauses) < 2:
            return []
        intents: list[Intent] = []
        for clause in clauses:
            candidates, _ = self.score(clause)
            chosen, score, _, _ = self._decide(candidates)
            if chosen is None or self.library.scenarios[chosen].yields:
                continue
            if all(i.scenario != chosen for i in intents):
                intents.append(Intent(clause, chosen, score))
        return intents

    def _decide(self, candidates: list[Candidate]) -> tuple[str | None, float, float, str]:
        t = self.tuning
        if not candidates or candidates[0].score <= 0:
            return None, 0.0, 0.0, "no keyword or example question matched"
        top = candidates[0]
        second = candidates[1].score if len(candidates) > 1 else 0.0
        margin = round(top.score - second, 4)
        if top.score < t.threshold:
            return None, top.score, margin, f"top score {top.score:.2f} is below the threshold {t.threshold:.2f}"
        if top.score < t.sure and margin < t.margin:
            return (
                None,
                top.score,
                margin,
                f"top two are too close ({margin:.2f} < {t.margin:.2f}) and neither reaches {t.sure:.2f}",
            )
        return top.scenario, top.score, margin, f"score {top.score:.2f} ≥ {t.threshold:.2f}, lead {margin:.2f}"
