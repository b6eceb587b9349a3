"""Read the chat, not only the line: decide a weak turn with the conversation it belongs to.

Many customer turns say little on their own ("那怎么办呢", "没收到么", "查到了吗"): what they are
about is the topic the customer opened earlier, or what the agent just said. A
:class:`Conversation` keeps that state for one chat:

- a turn the model recognises on its own (a confident scenario) is decided alone, and becomes
  the conversation's topic;
- an acknowledgement (the model's "no reply needed" class leads) stays ``none``;
- any other turn is decided by the turn's own probabilities plus the earlier turns' topic and the
  scenario probabilities of the agent's last message, each with a weight; ``Match.context`` then
  says what decided it.

The chat's open topic (what a model taught by labelled chats reads as ``Chat.topic``) is the last
turn's scenario only when that turn was *topical and sure*: a greeting or a thanks (a ``yields``
scenario) opens no topic, and neither does a guess whose probability is below
:attr:`ContextTuning.sure` — a wrong guess that became the topic pulled every later turn of the
chat after it. When a turn is read with the chat, the chat's recent topics (up to
:attr:`ContextTuning.offered`) are also offered among its first three candidates, after the
model's own two best: the decision is unchanged, but the open topic is one of the alternatives.

The weights were chosen by grouped cross-validation on real JD chats (``csreply eval --folds 5
--chat``), the same way as the matcher's threshold. ``sure`` and ``offered`` were chosen by the
grouped 5-fold cross-validation of ``scripts/crossval.py`` (every row scored by a model that never
learned it; figures "with chat" over 1,183 Taobao and JD rows, "ctx 1" the 149 JD turns that need
the chat): before, topic = the last decided scenario of any kind, top-1 0.779, top-3 0.905, none
0.795, ctx 1 top-1 0.416, top-3 0.685; ``sure`` 0.5 with greetings and thanks skipped: top-1
0.782, top-3 0.905, none 0.816, ctx 1 top-1 0.436 (``sure`` 0.3: none 0.811; 0.4–0.6 alike; 0.7:
top-1 0.779; skipping greetings and thanks is most of the ctx 1 gain); ``offered`` 2: top-3
0.912, ctx 1 top-3 0.711 (1: 0.911 / 0.698; 3: as 2). No I/O.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace

from .matcher import Candidate, Chat, Match, Matcher


@dataclass(frozen=True)
class ContextTuning:
    """How much the earlier chat counts for a weak turn (see the module docstring)."""

    earlier: float = 0.6  # weight of the topic of the customer's earlier turns
    agent: float = 0.3  # weight of what the agent said last
    decay: float = 0.5  # how much of the older topic survives each new topical turn
    ack: float = 0.5  # a turn whose "no reply needed" probability reaches this stays none
    threshold: float = 0.35  # the combined probability needed to decide
    weak: float = 0.0  # a turn's own scenario below this probability is weak too (0: only none)
    sure: float = 0.5  # a topical scenario of at least this probability becomes the chat's topic
    offered: int = 2  # recent topics of the chat offered among a turn's first three candidates


class Conversation:
    """One customer's chat: feed it the turns in order with :meth:`rank`.

    >>> from csreply.library import Library
    >>> chat = Conversation(Matcher(Library.load(user=False, env=False)))
    >>> chat.rank("耳机左边没声音了").scenario
    'quality_issue'
    >>> m = chat.rank("那怎么办")
    >>> m.scenario, m.context
    ('quality_issue', 'chat')
    """

    def __init__(self, matcher: Matcher, tuning: ContextTuning | None = None) -> None:
        self.matcher = matcher
        self.tuning = tuning or ContextTuning()
        self.topic: dict[str, float] = {}
        self.agent: str | None = None
        self.last: str = ""  # the scenario of the customer's last topical turn
        self.recent: list[str] = []  # the chat's topics, the latest first (``last`` leads)

    def agent_said(self, text: str) -> None:
        """Record the agent's latest message (it counts for the next customer turn)."""
        self.agent = text

    def reset(self) -> None:
        self.topic, self.agent, self.last, self.recent = {}, None, "", []

    def rank(self, message: str, reply_to: str | None = None) -> Match:
        """The match of the next customer turn, read with the chat so far."""
        if reply_to is not None:
            self.agent = reply_to
        match = self.matcher.rank(message)
        if self.matcher.model.reads_chat and (self.last or self.agent):
            # a model taught by labelled chats reads the chat itself
            read = self.matcher.rank(message, Chat(self.last, self.agent or ""))
            if read.scenario != match.scenario:
                read = replace(read, context="chat", reason=f"decided with the chat ({read.reason})")
            match = read
        own = {c.scenario: c.score for c in match.candidates}
        decided = self.decide(match, own)
        if decided.scenario is not None and decided.context is None:
            self._remember(own)
        offered = self._offer_topics(decided) if self.recent else decided
        self._follow(decided, own)
        return offered

    def _follow(self, decided: Match, own: dict[str, float]) -> None:
        """Make a topical, sure decision the chat's open topic (see the module docstring)."""
        sid = decided.scenario
        if sid is None or self.matcher.library.scenarios[sid].yields:
            return  # none, a greeting or a thanks: the topic stays open
        p = decided.confidence if decided.context in ("earlier turns", "agent's message") else own.get(sid, 0.0)
        if p < self.tuning.sure:
            return
        self.last = sid
        self.recent = [sid] + [t for t in self.recent if t != sid][: max(self.tuning.offered - 1, 0)]

    def _offer_topics(self, match: Match) -> Match:
        """``match`` with the chat's recent topics among its first three candidates, after the
        model's own two best (their probabilities as the model gives them for this turn)."""
        candidates = list(match.candidates)
        head = candidates[:2]
        named = {c.scenario for c in head}
        missing = [t for t in self.recent[: self.tuning.offered] if t not in named]
        if not head or not missing or missing[0] in {c.scenario for c in candidates[:3]}:
            return match  # nothing the model knows in the turn, or the topic is offered already
        topic = missing[0]
        found = next((c for c in candidates if c.scenario == topic), None)
        if found is None:
            chat = Chat(self.last, self.agent or "") if self.matcher.model.reads_chat else None
            p = self.matcher.probability(match.normalized.text, topic, chat)
            if p <= 0:
                return match
            found = Candidate(topic, self.matcher.library.scenarios[topic].title, round(p, 4), 0.0)
        if found.excluded_by or found.score <= 0:
            return match
        rest = [c for c in candidates[2:] if c.scenario != topic]
        return replace(match, candidates=tuple(head + [found] + rest))

    def decide(self, match: Match, own: dict[str, float]) -> Match:
        t = self.tuning
        if not (self.topic or self.agent) or self.matcher.model.reads_chat:
            return match  # nothing said before, or a model that learned to read chats itself
        if match.context is not None or (match.scenario is not None and (match.confidence >= t.weak or match.intents)):
            return match
        scores = self.matcher.score(match.normalized.text)  # cached by rank()
        if scores.no_reply >= t.ack and scores.no_reply >= scores.off_topic:
            return match
        agent = self._agent_view()
        combined: dict[str, float] = {}
        for sid, p in own.items():
            combined[sid] = combined.get(sid, 0.0) + p
        for sid, p in self.topic.items():
            combined[sid] = combined.get(sid, 0.0) + t.earlier * p
        for sid, p in agent.items():
            combined[sid] = combined.get(sid, 0.0) + t.agent * p
        total = 1.0 + t.earlier * (1.0 if self.topic else 0.0) + t.agent * (1.0 if agent else 0.0)
        if not combined:
            return match
        best = max(combined, key=lambda s: combined[s])
        p = combined[best] / total
        if p < t.threshold:
            return match
        source = "earlier turns" if self.topic.get(best, 0.0) * t.earlier >= agent.get(best, 0.0) * t.agent else "agent's message"
        return replace(
            match,
            scenario=best,
            confidence=round(p, 4),
            reason=f"decided with the chat: {source} ({p:.2f})",
            reply_needed=None,
            context=source,
        )

    def _agent_view(self) -> dict[str, float]:
        if not self.agent:
            return {}
        m = self.matcher
        scores = m.score(m.normalize(self.agent).text)
        return {c.scenario: c.score for c in scores.candidates}

    def _remember(self, own: dict[str, float]) -> None:
        d = self.tuning.decay
        topic = {sid: p * d for sid, p in self.topic.items()}
        for sid, p in own.items():
            topic[sid] = topic.get(sid, 0.0) + (1 - d) * p
        total = sum(topic.values()) or 1.0
        self.topic = {sid: p / total for sid, p in topic.items() if p / total >= 0.01}


AGENT_PREFIXES = ("客服:", "客服：", "agent:")


def read_with_chat(matcher: Matcher, earlier: list[str], message: str, tuning: ContextTuning | None = None) -> Match:
    """``message`` read after the ``earlier`` turns of its chat (oldest first); a turn starting
    with ``客服:`` is the agent's.

    >>> from csreply.library import Library
    >>> m = Matcher(Library.load(user=False, env=False))
    >>> read_with_chat(m, ["客服:请问还有其他可以帮您的吗"], "没了").scenario
    'thanks_bye'
    """
    chat = Conversation(matcher, tuning)
    for turn in earlier:
        if turn.startswith(AGENT_PREFIXES):
            chat.agent_said(turn.split(":", 1)[-1].split("：", 1)[-1].strip())
        else:
            chat.rank(turn)
    return chat.rank(message)


HISTORY = 3  # earlier customer turns of a chat sent along with a turn
SESSIONS = 10_000  # chats whose recent turns are kept (a bounded, least recently used set)


def chat_turns(items, context: bool = True):
    """``(item, key)`` pairs for what a reader yields: the key a message is read by is its text,
    or, for a message of a chat (it has a session) when ``context``, ``(text, earlier customer
    turns, the agent's last line)`` (see :func:`read_turn`). Workers and cluster partitions
    stay stateless: each turn carries the little of its chat it needs."""
    recent: OrderedDict[str, tuple[str, ...]] = OrderedDict()
    for item in items:
        if not hasattr(item, "text"):  # a bad record
            yield item, None
            continue
        if not context or item.session is None:
            yield item, item.text
            continue
        earlier = recent.pop(item.session, ())
        yield item, (item.text, earlier, item.reply_to)
        recent[item.session] = (earlier + (item.text,))[-HISTORY:]
        if len(recent) > SESSIONS:
            recent.popitem(last=False)


def read_turn(matcher: Matcher, key: str | tuple) -> Match:
    """The match of a turn keyed by :func:`chat_turns`: replays its earlier turns first."""
    if isinstance(key, str):
        return matcher.rank(key)
    text, earlier, reply_to = key
    chat = Conversation(matcher)
    for turn in earlier:
        chat.rank(turn)
    return chat.rank(text, reply_to=reply_to)
