"""What the learned matcher sees of a message: sparse features of its normalised text.

A message becomes a bag of named features, each 1.0 (binary), scaled so every message has the
same length (L2 norm 1), which keeps long messages from outvoting short ones:

- ``c:`` character 1- to 3-grams of the text between boundary marks (``^能便`` is "starts with
  能便"), which carry over to unseen wording better than whole words;
- ``w:`` jieba words and ``b:`` word pairs, switched off (:data:`WORDS`): on grouped
  cross-validation they changed no figure and tripled the time per message;
- ``k:`` a scenario's keyword evidence (the library's weighted keywords, longest match first),
  so a shop's hand-picked words still count, now with a fitted weight;
- ``n:`` the message's length class, since acknowledgements ("好的", "嗯") are short.

Negation is made visible before n-grams are taken: an A-not-A question (能不能用, 是不是, 有没有)
is rewritten to A否 (能否用), so "能不能用积分" no longer contains the complaint "不能用".
No I/O; the same function serves fitting and scoring, so both always see the same features.
"""

from __future__ import annotations

import math
import re
from ..lazy_pattern import lazy

# 能不能 / 是不是 / 有没有 / 可不可以 / 好不好: a question, not a negation
_A_NOT_A = lazy(r"([\u4e00-\u9fff])[不没]\1")

NGRAM_MAX = 3
KEYWORDS = True  # ``k:`` keyword evidence per scenario
WORDS = False  # jieba words and word pairs (``w:``, ``b:``): measured no gain, 3x the time


def version() -> str:
    """What the cached model depends on in this module: a change refits it."""
    from .normalize import VERSION

    return f"ngram{NGRAM_MAX}-words{int(WORDS)}-kw{int(KEYWORDS)}-chat{CHAT_SCALE}-agentpairs-vague{int(VAGUE_TOPIC)}-norm{VERSION}"


def question_form(text: str) -> str:
    """Rewrite A-not-A questions to ``A否`` so they cannot be read as negations.

    >>> question_form("能不能用积分抵现金")
    '能否用积分抵现金'
    >>> question_form("不能用了")
    '不能用了'
    """
    return _A_NOT_A.sub(r"\1否", text)


def _length_class(n: int) -> str:
    if n <= 2:
        return "n:tiny"
    if n <= 5:
        return "n:short"
    if n <= 15:
        return "n:mid"
    return "n:long"


def features(text: str, words: list[str], keyword_scores: dict[str, float]) -> dict[str, float]:
    """The feature vector of a normalised ``text``, its jieba ``words`` and keyword evidence.

    >>> f = features("能便宜点吗", [], {"bargain": 0.8})
    >>> sorted(k for k in f if not k.startswith("c:")), f["k:bargain"]
    (['k:bargain', 'n:short'], 0.8)
    >>> "c:^能便" in f and "c:吗$" in f
    True
    """
    text = question_form(text)
    marked = f"^{text}$"
    # one list, then one dict: a third faster than a dict write per n-gram
    grams = ["c:" + ch for ch in text]
    for n in range(2, NGRAM_MAX + 1):
        grams += ["c:" + marked[i : i + n] for i in range(len(marked) - n + 1)]
    names = dict.fromkeys(grams, 1.0)
    previous = "^"
    for word in words if WORDS else ():
        if len(word) > 1:
            names["w:" + word] = 1.0
        names["b:" + previous + "|" + word] = 1.0
        previous = word
    names[_length_class(len(text))] = 1.0
    if not names:
        return {}
    scale = 1.0 / math.sqrt(len(names))
    vector = dict.fromkeys(names, scale)
    for scenario, value in keyword_scores.items() if KEYWORDS else ():
        vector["k:" + scenario] = value
    return vector


CHAT_SCALE = 0.5  # the chat's features count half as much as the turn's own
VAGUE_TOPIC = False  # measured: no gain in cross-validation


def chat_features(topic: str, agent: str, vague: bool = False) -> dict[str, float]:
    """Features of what a turn is said after: ``t:`` the scenario of the customer's earlier
    turns (and ``v:`` the same when the turn has no keyword of its own, so "那怎么办" can follow
    the topic more than a turn that names its own matter), ``a:`` the character pairs of the
    agent's last line (normalised). Only labelled chats and ``[[followups]]`` teach them.

    >>> chat_features("logistics", "已发货")
    {'t:logistics': 0.5, 'a:已发': 0.3536, 'a:发货': 0.3536}
    """
    out = {"t:" + topic: CHAT_SCALE} if topic else {}
    if topic and vague and VAGUE_TOPIC:
        out["v:" + topic] = CHAT_SCALE
    pairs = {agent[i : i + 2] for i in range(len(agent) - 1)}
    if pairs:
        scale = round(CHAT_SCALE / math.sqrt(len(pairs)), 4)
        out.update(("a:" + pair, scale) for pair in sorted(pairs, key=agent.find))
    return out
