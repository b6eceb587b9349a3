"""What the matcher returns and the constants it decides with: the tuning, keyword and example
hits, the scored candidates, the intents of a message's clauses, and the :class:`Match` itself.

These are plain frozen values (no model, no I/O), so the modules that read a match (drafting,
context, customer, the report) need not load the matcher to name them. :func:`calibrate` turns the
model's probability into the stated confidence with the :class:`Tuning`'s Platt scaling.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from .normalize import Normalized


@dataclass(frozen=True)
class Tuning:
    """The constants of the decision, in one place so ``eval`` can report and compare them.

    ``calibration`` and ``threshold`` come from grouped 5-fold cross-validation on the real
    labelled Taobao and JD chats (``csreply eval --folds 5``, which prints both per fold): the
    Platt scaling that makes the stated confidence match the share right, and the threshold that
    answers most rows right (in-scope rows right, ``none`` rows left unanswered) on the other
    folds. ``temperature`` spreads the SVM's margins (near ±1) into probabilities before that.
    Both are the median of the folds' values with the library alone learned (no real rows), as
    the shipped model is: ``scripts/crossval.py`` with the folds' rows given no weight.
    """

    threshold: float = 0.30  # accept the top scenario from this confidence
    temperature: float = 0.3  # softmax temperature over the fitted scores (SVM margins are near ±1)
    keyword_scale: float = 2.0  # a keyword weight sum of this gives keyword evidence 0.63
    # Platt scaling of the top probability p: confidence = 1 / (1 + exp(-(a·logit(p) + b)))
    calibration: tuple[float, float] = (0.41, -0.82)
    word_share: float = 0.5  # share of word-level similarity in ``closest_examples``


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
    """One scenario's evidence and score (the model's probability) for a message."""

    scenario: str
    title: str
    score: float
    keyword_score: float
    example_score: float = 0.0  # kept for the JSON of ``explain``; the model replaces it
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
class Chat:
    """What a turn is said after: the scenario of the customer's earlier turns, the agent's line."""

    topic: str = ""
    agent: str = ""

    def __bool__(self) -> bool:
        return bool(self.topic or self.agent)


@dataclass(frozen=True)
class Scores:
    """The model's view of one text: ranked scenario candidates and the two kinds of none."""

    candidates: tuple[Candidate, ...]
    tokens: tuple[str, ...]
    no_reply: float  # probability that nothing needs answering (好的, an order card)
    off_topic: float  # probability that it needs an answer no scenario gives
    known: int = 1  # how many of the text's n-grams and words the model has weights for
    bare: bool = False  # a bare acknowledgement, number or emoji (needs_no_reply)
    asks: bool = False  # it asks or requests something (ASKING): a question always wants a reply


@dataclass(frozen=True)
class Match:
    """The matcher's answer for one message."""

    normalized: Normalized
    candidates: tuple[Candidate, ...]
    scenario: str | None
    confidence: float
    margin: float
    reason: str
    intents: tuple[Intent, ...] = field(default=())  # per clause, when a message asks several things
    # with no scenario: does the message need a reply at all? (None when a scenario was chosen)
    reply_needed: bool | None = None
    context: str | None = None  # how the earlier chat decided, when it did (csreply.understanding.context)
    # no scenario, and the model's "needs a reply no scenario gives" class beat every scenario
    off_topic: bool = False
    # the matcher's word cutter: words are for people (explain, report), not for the model
    segment: Any = field(default=None, repr=False, compare=False)

    @property
    def tokens(self) -> tuple[str, ...]:
        """The jieba words of the normalised text (cut on first use)."""
        text = self.normalized.text
        return tuple(self.segment(text)) if self.segment and text else ()

    @property
    def top(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


def calibrate(p: float, platt: tuple[float, float]) -> float:
    """The chance that a scenario given probability ``p`` is right (Platt scaling, fitted by
    cross-validation on real labelled chats; see :class:`Tuning`).

    >>> calibrate(0.5, (1.0, 0.0))
    0.5
    """
    a, b = platt
    if (a, b) == (1.0, 0.0):
        return round(p, 4)
    p = min(max(p, 1e-6), 1 - 1e-6)
    z = a * math.log(p / (1 - p)) + b
    return round(1.0 / (1.0 + math.exp(-z)), 4)
