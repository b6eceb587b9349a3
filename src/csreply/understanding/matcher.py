"""Recognise the scenario of a customer message with a model learned from the library.

For each message the matcher builds a sparse feature vector (:mod:`csreply.understanding.features`: character
and word n-grams, negation-aware, plus the library's weighted keywords found in the text) and
scores it with a multinomial logistic regression fitted on the library's own example questions,
keywords and ``[no_scenario]`` messages (:mod:`csreply.understanding.learn`). A candidate's ``score`` is the
model's probability that the scenario is right; two extra classes stand for "nothing to answer"
(好的, an order card) and "needs an answer no scenario gives".

The top scenario is accepted when its probability reaches ``threshold`` and no "no scenario"
class is more likely; otherwise the result is "no confident match", with ``reply_needed``
telling the two kinds of none apart. Keyword hits and the closest example questions (rapidfuzz)
are kept for ``explain``. No I/O except the content-keyed caches.

The values it returns (:class:`Match`, :class:`Candidate`, :class:`Tuning` …) are defined in
:mod:`csreply.understanding.match` and the word-level cues (split_questions, needs_no_reply) in
:mod:`csreply.understanding.questions`; all stay importable from here.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import replace

from .features import WORDS, chat_features, features, question_form
from .index import MatchIndex, compile_synonyms, load_model
from .learn import NO_REPLY, OFF_TOPIC, Sample
from ..library.loading import Library
# the result types are imported from here by many modules: they stay importable from matcher
from .match import Candidate, Chat, ExampleHit, Intent, KeywordHit, Match, Scores, Tuning, calibrate
from .normalize import Normalized, normalize
from .questions import ASKING, money_not_parcel, needs_no_reply, split_questions
from .cards import CARD_FIELD, ORDER_FIELD
from .catalogue import items_only
from .segment import Segmenter
from ..lazy_pattern import lazy

COMPLAINT = "complaint"  # anger without a clearer topic: a clearer topic in the same message leads
THANKS = "thanks_bye"  # a goodbye the model is sure of keeps its lead (YIELD_SURE)
YIELD_FLOOR = 0.2  # a topical scenario this likely puts greetings and thanks after it
YIELD_SURE = 0.9  # … unless the greeting or thanks itself is this likely (set by hand; grouped CV alike from 0.8 to off, 1.01)
YIELD_CLAUSE = 0.5  # a clause that asks nothing leads a greeting or thanks from this probability (set by hand; grouped CV: top-1 0.729 → 0.730, none 0.855 → 0.852)
NO_REPLY_SURE = 0.5  # "no reply needed" only when the model gives that class at least this
SURE_CLAUSE = 0.9  # a lone clause this sure decides a message that names two items (set by hand)
MIN_CLAUSE = 3  # shorter clauses are not scored as questions of their own
TOP_CANDIDATES = 5  # candidates listed whatever their probability (more when keywords point there)
# a parcel not delivered yet, and words that tell of an item broken (normalized, Simplified text)
# "退款收到了", "补发的也到了": a matter told back as settled, nothing of it left to answer
_SETTLED = lazy(r"(?:退款|退的钱|钱|款|差价|补发的?|换的货?|包裹|快递|东西|货)?(?:也|都)?(?:已经)?(?:收到|到账|到了|退回来|退到了?)(?:了|啦|咯)?[哈啊呀哦喔]?")
_SCOLDED = lazy(r"(?:什么|啥|这|你们这?|这个?)?(?:破|烂|垃圾)(?:快递|物流)[啊呀吧嘛]*")  # "什么破快递": a scolding, no courier asked
_NOT_RECEIVED = lazy(r"(?:未|没|没有|还没|还未|都没|都未|仲未)(?:收到|到货)|收不到|收唔到")
_BROKEN = lazy(r"坏|破|碎|裂|压扁|变形|漏|瘪")
CACHE_SIZE = 1_000  # distinct texts whose scores are kept (a few KB each; batch keeps its own draft cache)


class Matcher:
    """Ranks a library's scenarios for a message.

    >>> m = Matcher(Library.load(user=False, env=False))
    >>> m.rank("能便宜点吗").scenario
    'bargain'

    ``extra`` adds labelled samples to what the model learns (``eval --folds`` uses it).
    """

    def __init__(self, library: Library, tuning: Tuning | None = None, extra: Iterable[Sample] = ()) -> None:
        self.library = library
        self.tuning = tuning or Tuning()
        self.index = MatchIndex.load(library)
        self.canonical = compile_synonyms(self.index.synonyms)
        self._segmenter = Segmenter(self.index.segmenter_words())
        self._cache: OrderedDict = OrderedDict()
        lengths: dict[str, set[int]] = {}
        for word in self.index.keyword_index:
            lengths.setdefault(word[0], set()).add(len(word))
        self._keyword_lengths = {ch: tuple(sorted(sizes)) for ch, sizes in lengths.items()}
        self.model = load_model(library, self.vector_of_sample, extra)
        self._class_index = {c: i for i, c in enumerate(self.model.classes)}

    def normalize(self, message: str) -> Normalized:
        """:func:`normalize` plus the libraries' synonyms and common misspellings (顺风 → 顺丰)."""
        norm = normalize(message)
        if not self.index.synonyms:
            return norm
        canonical = self.canonical
        # built directly: dataclasses.replace would cost as much as the synonyms themselves
        return Normalized(
            norm.original, canonical(norm.text), tuple(map(canonical, norm.clauses)),
            norm.traditional, norm.truncated,
        )

    def tokens(self, text: str) -> list[str]:
        return self._segmenter.cut(text)

    def keyword_hits(self, text: str) -> list[KeywordHit]:
        """Keywords found in ``text``; a keyword inside a longer found keyword does not count.

        At each position only the lengths of keywords starting with that character are looked up
        in a dict (cheaper than searching for each of thousands of keywords); found words are then
        taken longest first.
        """
        index, lengths = self.index.keyword_index, self._keyword_lengths
        found: dict[str, int] = {}  # word -> first position
        for start, ch in enumerate(text):
            for size in lengths.get(ch, ()):
                word = text[start : start + size]
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

    def keyword_evidence(self, hits: list[KeywordHit]) -> dict[str, float]:
        """Each scenario's keyword weight sum, squashed into 0..1."""
        sums: dict[str, float] = {}
        for h in hits:
            sums[h.scenario] = sums.get(h.scenario, 0.0) + h.weight
        scale = self.tuning.keyword_scale
        return {sid: 1.0 - math.exp(-w / scale) for sid, w in sums.items()}

    def vector(self, text: str, tokens: list[str], hits: list[KeywordHit]) -> dict[str, float]:
        return features(text, tokens, self.keyword_evidence(hits))

    def vector_of_message(self, message: str, chat: Chat | None = None) -> dict[str, float]:
        """The feature vector of a raw message (what the model is fitted on)."""
        text = question_form(self.normalize(message).text)
        hits = self.keyword_hits(text)
        vector = self.vector(text, self.tokens(text) if text and WORDS else [], hits)
        if chat:
            vector.update(self._chat_features(chat, vague=not hits))
        return vector

    def vector_of_sample(self, sample: Sample) -> dict[str, float]:
        return self.vector_of_message(sample.text, Chat(sample.topic, sample.agent) if sample.topic or sample.agent else None)

    def _chat_features(self, chat: Chat, vague: bool) -> dict[str, float]:
        agent = question_form(self.normalize(chat.agent).text) if chat.agent else ""
        return chat_features(chat.topic, agent, vague)

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

    def score(self, text: str, chat: Chat | None = None) -> Scores:
        """The model's scores for a normalised ``text`` (said in ``chat``, when given).

        Chat logs repeat themselves ("在吗", "好的", the same question with another item number),
        so results are kept for the last :data:`CACHE_SIZE` distinct texts.
        """
        key = (text, chat) if chat else text
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        scores = self._score(text, chat)
        self._cache[key] = scores
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return scores

    def forget(self) -> None:
        """Drop the kept scores (:meth:`score`): the next texts are scored afresh."""
        self._cache.clear()

    def prepare(self, messages: Iterable[str]) -> None:
        """Score at once every text :meth:`rank` will score for ``messages`` (each message's
        text and, when it has several, its clauses), so that ranking them one by one finds
        their scores in the cache. ``batch`` does this per chunk: the model's weights are then
        summed by numpy for hundreds of texts in one go instead of a Python loop per text.
        """
        texts: dict[str, None] = {}
        for message in messages:
            norm = self.normalize(message)
            texts[norm.text] = None
            clauses = split_questions(norm.clauses)
            if len(clauses) >= 2:
                texts.update(dict.fromkeys(c for c in clauses if len(c) >= MIN_CLAUSE))
        # at most 3/4 of the cache, so what is prepared is still there when it is asked for
        todo = [t for t in texts if t not in self._cache][: CACHE_SIZE * 3 // 4]
        evidence = [self._evidence(text) for text in todo]
        rows = self.model.probabilities_many([e[-1] for e in evidence], self.tuning.temperature)
        for text, (form, tokens, hits, found, _), (p, known) in zip(todo, evidence, rows):
            self._cache[text] = self._scores(form, tokens, hits, found, p, known)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def _evidence(self, text: str, chat: Chat | None = None) -> tuple:
        """(text in question form, its words, keyword hits, keyword evidence, feature vector)."""
        text = question_form(text)  # 能不能用 is a question, not the complaint 不能用
        tokens = self.tokens(text) if text and WORDS else []
        hits = self.keyword_hits(text)
        evidence = self.keyword_evidence(hits)
        vector = features(text, tokens, evidence)
        if chat and self.model.reads_chat:
            vector.update(self._chat_features(chat, vague=not hits))
        return text, tokens, hits, evidence, vector

    def probability(self, text: str, scenario: str, chat: Chat | None = None) -> float:
        """The model's probability of ``scenario`` for a normalised ``text`` (said in ``chat``),
        0 when a negative keyword of the scenario rules it out: for a scenario that is not among
        the candidates (:mod:`csreply.understanding.context` offers the chat's topic)."""
        i = self._class_index.get(scenario)
        form, _, _, _, vector = self._evidence(text, chat)
        if i is None or any(n in form for n in self.index.negative.get(scenario, ())):
            return 0.0
        return self.model.probabilities(vector, self.tuning.temperature)[0][i]

    def _score(self, text: str, chat: Chat | None = None) -> Scores:
        text, tokens, hits, evidence, vector = self._evidence(text, chat)
        probabilities, known = self.model.probabilities(vector, self.tuning.temperature)
        return self._scores(text, tokens, hits, evidence, probabilities, known)

    def _scores(
        self, text: str, tokens: list[str], hits: list[KeywordHit], evidence: dict[str, float],
        probabilities: list[float], known: int,
    ) -> Scores:
        """A text's :class:`Scores` from its evidence and the model's probabilities."""
        classes = self.model.classes
        scenarios = self.library.scenarios
        # the likeliest, and any with keyword evidence, become candidates: the rest are noise
        ranked = sorted(range(len(classes)), key=probabilities.__getitem__, reverse=True)
        wanted = ranked[:TOP_CANDIDATES] + [i for i in ranked[TOP_CANDIDATES:] if classes[i] in evidence]
        candidates: list[Candidate] = []
        negatives = self.index.negative
        for i in wanted if known or evidence else ():
            sid = classes[i]
            scenario = scenarios.get(sid)
            if scenario is None:
                continue
            own = tuple(h for h in hits if h.scenario == sid) if hits else ()
            negative = negatives.get(sid)
            excluded = next((n for n in negative if n in text), None) if negative else None
            score = 0.0 if excluded else probabilities[i]
            candidates.append(
                Candidate(sid, scenario.title, round(score, 4), round(evidence.get(sid, 0.0), 4), 0.0, own, None, excluded)
            )
        at = self._class_index
        no_reply = probabilities[at[NO_REPLY]] if NO_REPLY in at else 0.0
        off_topic = probabilities[at[OFF_TOPIC]] if OFF_TOPIC in at else 0.0
        order = self.index.order
        candidates.sort(key=lambda c: (-c.score, -c.keyword_score, order.get(c.scenario, 0)))
        candidates = self._apply_yields(candidates)
        return Scores(
            tuple(candidates), tuple(tokens), no_reply, off_topic, known,
            needs_no_reply(text), bool(ASKING.search(text)),
        )

    def _apply_yields(self, candidates: list[Candidate]) -> list[Candidate]:
        """A greeting or a thanks in front of a real question is not what the customer wants now:
        when a topical scenario is likely enough, yielding ones rank after it (scores unchanged)."""
        scenarios = self.library.scenarios
        if not any(not scenarios[c.scenario].yields and c.score >= YIELD_FLOOR for c in candidates):
            return candidates
        return sorted(candidates, key=lambda c: scenarios[c.scenario].yields)  # stable: keeps order

    def rank(self, message: str, chat: Chat | None = None) -> Match:
        """Normalise ``message``, rank the scenarios and decide whether the top one is confident.

        ``chat`` (the earlier topic and the agent's last line) counts where the model learned
        from labelled chats; see :mod:`csreply.understanding.context` for reading a whole conversation."""
        norm = self.normalize(message)
        # a pasted order card above a question ("收货地址：…  这个今天能发出去不"): its fields do not vote
        asked, fields = CARD_FIELD.subn(" ", message) if ORDER_FIELD.search(message) else (message, 0)
        read = self.normalize(asked) if fields >= 2 and len(re.findall(r"[\u4e00-\u9fff]", re.sub(r"\[[^\]]*\]", "", asked))) >= 4 else norm
        scores = self.score(read.text, chat)
        candidates = list(scores.candidates)
        scenario, confidence, margin, reason, reply_needed = self._decide(scores)
        intents = self._intents(read)
        # a greeting or thanks in front of one clear question: the question is what they want;
        # a message unclear as a whole is not decided by one of its clauses alone
        yields = scenario is not None and self.library.scenarios[scenario].yields
        # … a clear question: one it asks, or one the model is sure of ("收到了 很不错 谢谢" is thanks)
        # (a thanks the model is sure of keeps its lead over a clause that asks nothing: "谢谢 回头再来整";
        # an order placed or a greeting still gives way to a request beside it: "拍好了 麻烦早点发")
        sure_yield = scenario == THANKS and bool(candidates) and candidates[0].score >= YIELD_SURE
        clear = bool(intents) and (intents[0].score >= YIELD_CLAUSE and not sure_yield or bool(ASKING.search(intents[0].clause)))
        if len(intents) >= 2 or (clear and yields and scores.no_reply < intents[0].score):
            # two questions in one message: both are right, the stronger clause leads; anger
            # (complaint) leads only when no clearer topic stands beside it (scenarios.md)
            topical = [i for i in intents if i.scenario != COMPLAINT] or intents
            # … but a present told ("送女朋友生日的") does not lead over a question asked beside it
            lead = max(topical, key=lambda i: (i.scenario != "recommend" or bool(ASKING.search(i.clause)), i.score))
            if scenario not in {i.scenario for i in intents} or (scenario == COMPLAINT and lead.scenario != COMPLAINT):
                scenario, confidence, reply_needed = lead.scenario, lead.score, None
            reason = "several questions: " + "、".join(i.scenario for i in intents)
            order = [scenario] + [i.scenario for i in intents if i.scenario != scenario]
            candidates.sort(key=lambda c: order.index(c.scenario) if c.scenario in order else len(order))
        best = candidates[0].score if candidates else 0.0
        off_topic = scenario is None and bool(reply_needed) and scores.off_topic > max(best, scores.no_reply)
        match = Match(
            norm, tuple(candidates), scenario, confidence, margin, reason, tuple(intents), reply_needed,
            off_topic=off_topic, segment=self.tokens,
        )
        if scenario is not None and not intents and self.library.scenarios[scenario].yields and ASKING.search(read.text):  # "你好呀 精华同面霜有咩分别"
            asked = self._catalogue_question(replace(match, scenario=None, reply_needed=True), message)
            return asked if asked.scenario is not None else match
        return self._catalogue_question(match, message) if scenario is None and reply_needed else match

    def _catalogue_question(self, match: Match, message: str) -> Match:
        """A message that names catalogue products and asks something no scenario took (and tells
        of no harm done) is a question about them: product_info for one, product_compare for two."""
        if not self.library.products:
            return match
        from .severity import describes_harm

        if describes_harm(message) or not ASKING.search(message):
            # "这个精华用完爆痘了", "说送面膜 我没收到啊": a problem with the item, not a question
            return match
        from .catalogue import find_products

        named = find_products(self.library, message)
        sid = "product_compare" if len(named) >= 2 else "product_info"
        sure = [i for i in match.intents if i.score >= SURE_CLAUSE]
        if len(named) >= 2 and len(match.intents) == 1 and sure and not self.library.scenarios[sure[0].scenario].yields:
            # "面霜什么时候补货 补货了送面膜活动还有吗": two items named, one of them as a gift; the
            # one clear question asked is what the customer wants, not a comparison
            sid = sure[0].scenario
        if not named or sid not in self.library.scenarios:
            return match
        p = max(match.confidence, self.tuning.threshold)
        names = "、".join(product.name for product in named)
        return replace(match, scenario=sid, confidence=round(p, 4), reason=f"names catalogue product {names}", reply_needed=None)

    def _intents(self, norm: Normalized) -> list[Intent]:
        """The confident scenario of each clause, in message order, one per scenario."""
        clauses = split_questions(norm.clauses)
        if len(clauses) < 2:
            return []
        intents: list[Intent] = []
        for clause in clauses:
            if len(clause) < MIN_CLAUSE or ORDER_FIELD.fullmatch(clause) and re.search(clause + "[：:]", norm.original):
                continue  # "嗯", "亲", "好的": never a question of its own; nor a pasted order's "收货地址："
            if _SETTLED.fullmatch(clause) or _SCOLDED.fullmatch(clause) or items_only(self.library, clause):
                continue  # "退款收到了 …精华还有货吗": the refund is done, the stock is asked; "拍好了 两瓶面霜一支洗面奶": what was bought, no question
            chosen, score, _, _, _ = self._decide(self.score(clause))
            if chosen is None or self.library.scenarios[chosen].yields:
                continue
            if chosen == "damaged" and _NOT_RECEIVED.search(clause) and not _BROKEN.search(clause):
                # "等了一周都没收到货": a parcel never delivered cannot be broken on arrival
                chosen = "logistics"
                if chosen not in self.library.scenarios:
                    continue
            if all(i.scenario != chosen for i in intents) and not money_not_parcel(clause, chosen, intents):
                intents.append(Intent(clause, chosen, score))
        return intents

    def _decide(self, scores: Scores) -> tuple[str | None, float, float, str, bool | None]:
        """(scenario, confidence, margin, reason, reply_needed) for a text's scores."""
        t = self.tuning
        candidates = scores.candidates
        top = candidates[0] if candidates else None
        p = top.score if top else 0.0
        second = candidates[1].score if len(candidates) > 1 else 0.0
        margin = round(p - second, 4)
        none_p = max(scores.no_reply, scores.off_topic)
        # no reply: a bare acknowledgement, or the model sure of its "no reply" class
        silent = scores.bare or (not scores.asks and scores.no_reply >= max(NO_REPLY_SURE, scores.off_topic))
        reply_needed = not silent
        if top is None or p <= 0 or not (scores.known or top.keyword_score):
            # no n-gram or word of the text was ever seen: the probabilities are only priors
            return None, 0.0, 0.0, "nothing in the library is like this message", reply_needed
        confidence = calibrate(p, t.calibration)
        if none_p > p:
            kind = "needs a reply no scenario gives" if reply_needed else "needs no reply"
            return None, confidence, margin, f"most likely no scenario ({kind}, {none_p:.2f})", reply_needed
        if confidence < t.threshold:
            return None, confidence, margin, f"confidence {confidence:.2f} is below the threshold {t.threshold:.2f}", reply_needed
        return top.scenario, confidence, margin, f"confidence {confidence:.2f} ≥ {t.threshold:.2f}", None
