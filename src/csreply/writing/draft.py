"""What a draft is made from and what it is: the context of one message (``Context``), one
ready-to-send reply (``Draft``) and an option of an options draft (``OptionDraft``), with their
JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..library.loading import Library
from ..library.model import Product
from ..understanding.emotion import Emotion
from ..understanding.matcher import Match
from .bizcal import Deadline


@dataclass(frozen=True)
class OptionDraft:
    label: str
    text: str
    deadline: Deadline

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "text": self.text, "deadline": self.deadline.at.isoformat()}


@dataclass(frozen=True)
class Draft:
    """One ready-to-send reply."""

    rank: int
    scenario: str | None
    template: str
    text: str
    options: tuple[OptionDraft, ...] = ()
    fabe: dict[str, str] | None = None
    product: str | None = None
    answers: tuple[str, ...] = ()  # a combined draft: the scenarios it answers, in message order
    products: tuple[str, ...] = ()  # a comparison: the two items, in the order the message names them
    tip: str | None = None  # the id of the proactive tip added at the end
    audience: str = ""  # the customer type its script was written for
    uncertain: bool = False  # answers another scenario, offered because the first guess is unsure
    facts: tuple[str, ...] = ()  # the fact topics it answers from the library (csreply.writing.facts)

    def finished(self, rank: int, text: str, tip: str | None) -> Draft:
        """This draft ranked ``rank`` with its finished ``text`` and ``tip``, other fields kept.

        Every draft of every message is finished: a copy of the fields costs a tenth of
        ``dataclasses.replace``, which calls the frozen ``__init__`` again field by field.
        """
        new = object.__new__(Draft)
        new.__dict__.update(self.__dict__, rank=rank, text=text, tip=tip)
        return new

    def with_text(self, text: str) -> Draft:
        """This draft with ``text``: itself when the text is unchanged (most touches change
        nothing, and a copy for each would be a tenth of drafting's time), else a copy."""
        if text == self.text:
            return self
        new = object.__new__(Draft)
        new.__dict__.update(self.__dict__, text=text)
        return new

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rank": self.rank,
            "scenario": self.scenario,
            "template": self.template,
            "text": self.text,
        }
        if self.answers:
            out["answers"] = list(self.answers)
        if self.template == "options":
            out["options"] = [o.to_dict() for o in self.options]
        if self.template == "fabe":
            out["fabe"] = dict(self.fabe or {})
            out["product"] = self.product
            if self.products:
                out["products"] = list(self.products)
        if self.tip:
            out["tip"] = self.tip
        if self.facts:
            out["facts"] = list(self.facts)
        if self.uncertain:
            out["uncertain"] = True
        return out


@dataclass(frozen=True)
class Context:
    """Everything the drafts of one message are made from."""

    library: Library
    match: Match
    values: dict[str, str]
    deadlines: dict[str, Deadline]
    products: tuple[Product, ...]
    pair: tuple[Product, Product] | None
    emotion: Emotion
    customer: str | None
    now: datetime
    message: str = ""  # the customer's words in Simplified characters
    severity: str = ""  # reaction, unsafe or "" (see triage.severity_of)
    lead: str | None = None  # the scenario the drafts answer (see triage.lead_scenario)
