"""Choose and render the draft replies for a matched message.

``suggest()`` is the one call behind ``csreply suggest``: match the message, pick the product it
is about, fill the scripts of the recognised scenario (or the clarifying fallback) with the shop's
profile, policy deadlines and product facts, and return a :class:`Suggestion` whose ``to_dict()``
is the JSON contract. No I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from . import template
from .bizcal import BusinessCalendar, Deadline
from .library import Library
from .matcher import Match, Matcher
from .model import Product, Script
from .normalize import normalize

DEFAULT_TOP = 3
_FACTS = ("feature", "advantage", "benefit", "evidence")
_END_PUNCT = "。！？!?～~…；;，,"
_CLAUSE = re.compile(r"[\s,.;!?~，。；！？～、…]+")
_LEADING = re.compile(r"^(?:你好|您好|亲亲|亲|在吗|在不在|老板|客服|那个|就是|请问|我想问下?|问一下)+")
_GREETING = re.compile(r"^(?:亲亲|亲爱的|亲|您好|你好)[，,～~！! ]*")
_TRAILING = re.compile(r"[啊呀呢吧哦啦嘛哈吗么了的]+$")


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
        return out


@dataclass(frozen=True)
class Suggestion:
    """A message, what it was recognised as, and its ranked drafts."""

    message: str
    match: Match
    drafts: tuple[Draft, ...]
    product: Product | None
    now: datetime

    @property
    def scenario(self) -> str | None:
        return self.match.scenario

    @property
    def confidence(self) -> float:
        return self.match.confidence

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``suggest --format json``."""
        return {
            "message": self.message,
            "scenario": self.match.scenario,
            "confidence": round(self.match.confidence, 4),
            "candidates": [
                {"scenario": c.scenario, "title": c.title, "score": round(c.score, 4)}
                for c in self.match.candidates[:5]
            ],
            "drafts": [d.to_dict() for d in self.drafts],
            "intents": self.intents(),
        }

    def intents(self) -> list[dict[str, Any]]:
        """The scenario of each question in the message (one entry for a single question)."""
        if self.match.intents:
            return [{"clause": i.clause, "scenario": i.scenario} for i in self.match.intents]
        if self.match.scenario:
            return [{"clause": self.match.normalized.text, "scenario": self.match.scenario}]
        return []


def suggest(
    message: str,
    library: Library,
    *,
    matcher: Matcher | None = None,
    top: int = DEFAULT_TOP,
    product_id: str | None = None,
    now: datetime | None = None,
) -> Suggestion:
    """Recognise ``message`` and draft up to ``top`` replies.

    >>> from csreply.library import Library
    >>> s = suggest("能便宜点吗", Library.load(user=False, env=False))
    >>> s.scenario, len(s.drafts) >= 2
    ('bargain', True)
    """
    matcher = matcher or Matcher(library)
    calendar = BusinessCalendar(library.policy)
    now = calendar.localize(now or datetime.now().astimezone())
    match = matcher.rank(message)
    product = _product(library, product_id, message)
    values = _values(library, calendar, now, message, match, product)
    drafts = _drafts(library, match, values, calendar, now, product, top)
    return Suggestion(message, match, tuple(drafts), product, now)


def find_product(library: Library, message: str) -> Product | None:
    """The catalogue item a message names (by name or alias; the longest name found wins)."""
    text = normalize(message).text
    best: tuple[int, Product] | None = None
    for product in library.products.values():
        for name in (product.name, product.id, *product.aliases):
            norm = normalize(name).text
            if norm and norm in text and (best is None or len(norm) > best[0]):
                best = (len(norm), product)
    return best[1] if best else None


def _product(library: Library, product_id: str | None, message: str) -> Product | None:
    if product_id is None:
        return find_product(library, message)
    if product_id not in library.products:
        from .errors import UsageError

        known = ", ".join(sorted(library.products)) or "none in the loaded libraries"
        raise UsageError(f"unknown product '{product_id}' (known: {known})")
    return library.products[product_id]


def restate(message: str, match: Match) -> str:
    """A short clause of the customer's own words that states the problem ("鞋子开胶了").

    >>> from csreply.library import Library
    >>> m = Matcher(Library.load(user=False, env=False))
    >>> restate("亲，鞋子穿了两天就开胶了！！", m.rank("亲，鞋子穿了两天就开胶了！！"))
    '鞋子穿了两天就开胶了'
    """
    clauses = [c for c in _CLAUSE.split(message.strip()) if c]
    if not clauses:
        return message.strip()
    words = [h.word for h in match.top.hits] if match.top else []
    chosen = next((c for c in clauses if any(w in normalize(c).text for w in words)), None)
    chosen = chosen or max(clauses, key=len)
    chosen = _LEADING.sub("", chosen) or chosen
    if len(chosen) > 2:
        chosen = _TRAILING.sub("", chosen) + ("了" if chosen.endswith("了") else "")
    chosen = chosen.replace("我们", "您").replace("我", "您")
    return chosen[:40]


def _values(
    library: Library,
    calendar: BusinessCalendar,
    now: datetime,
    message: str,
    match: Match,
    product: Product | None,
) -> dict[str, str]:
    shop, policy = library.shop, library.policy
    values = {
        "shop.name": shop.name,
        "shop.agent": shop.agent,
        "shop.platform": shop.platform,
        "policy.cutoff": policy.dispatch_cutoff.strftime("%H:%M"),
        "policy.work_start": policy.work_start.strftime("%H:%M"),
        "policy.work_end": policy.work_end.strftime("%H:%M"),
        "policy.return_window_days": str(policy.return_window_days),
        "policy.refund_working_days": str(policy.refund_working_days),
        "policy.exchange_working_days": str(policy.exchange_working_days),
        "policy.escalation_hours": str(policy.escalation_hours),
        "policy.compensation": policy.compensation,
        "policy.return_quality": policy.return_quality,
        "policy.return_change_of_mind": policy.return_change_of_mind,
        "time.today": f"{now.month}月{now.day}日（{'周' + '一二三四五六日'[now.weekday()]}）",
        "message.text": message.strip(),
        "message.problem": restate(message, match),
    }
    for kind in ("dispatch", "exchange", "refund", "reply"):
        values[f"time.{kind}"] = calendar.deadline(kind, now).text
    if product is not None:
        values["product.name"] = product.name
        values["product.price"] = f"{product.price:g}" if product.price is not None else ""
        for fact in _FACTS:
            values[f"product.{fact}"] = getattr(product, fact)
    guesses = [c.title for c in match.candidates[:2] if c.score >= 0.2]
    if guesses:
        values["guesses"] = "还是".join(guesses)
    return values


def _available(script: Script, values: dict[str, str]) -> bool:
    """Whether every placeholder of ``script`` has a non-empty value (e.g. a product is known)."""
    parts = [script.text, script.opening, script.closing]
    if script.template == "fabe":
        parts += [script.feature, script.advantage, script.benefit, script.evidence]
    parts += [o.text for o in script.options]
    for part in parts:
        for name in template.placeholders(part):
            if name != "deadline" and not values.get(name):
                return False
    return True


def _drafts(
    library: Library,
    match: Match,
    values: dict[str, str],
    calendar: BusinessCalendar,
    now: datetime,
    product: Product | None,
    top: int,
) -> list[Draft]:
    chosen: list[tuple[str | None, Script]] = []
    if match.scenario is not None:
        scripts = [s for s in library.scenarios[match.scenario].scripts if _available(s, values)]
        # a question about a known product is best answered with its facts: FABE first
        scripts.sort(key=lambda s: 0 if (s.template == "fabe" and product) else 1)
        chosen = [(match.scenario, s) for s in scripts]
        # a close runner-up gets the last slot, in case the first guess is wrong
        runner_up = match.candidates[1] if len(match.candidates) > 1 else None
        if runner_up and runner_up.score >= 0.5 and len(chosen) >= 2 and top >= 3:
            has_fabe = any(s.template == "fabe" for _, s in chosen[: top - 1])
            extra = [
                s
                for s in library.scenarios[runner_up.scenario].scripts
                if _available(s, values) and not (has_fabe and s.template == "fabe")
            ]
            if extra:
                chosen.insert(top - 1, (runner_up.scenario, extra[0]))
    else:
        chosen = [(None, s) for s in library.fallback if _available(s, values)]
    drafts = [_render(0, scenario, script, values, calendar, now, product) for scenario, script in chosen]
    if len(match.intents) >= 2:
        combined = _combined(match, library, values, calendar, now, product)
        if combined is not None:
            drafts.insert(0, combined)
    return [replace(d, rank=rank) for rank, d in enumerate(drafts[:top], start=1)]


def _combined(
    match: Match,
    library: Library,
    values: dict[str, str],
    calendar: BusinessCalendar,
    now: datetime,
    product: Product | None,
) -> Draft | None:
    """One reply answering every question of the message, in the customer's order."""
    parts: list[Draft] = []
    for intent in match.intents:
        scripts = [s for s in library.scenarios[intent.scenario].scripts if _available(s, values)]
        if not scripts:
            continue
        script = next((s for s in scripts if s.template == "plain"), scripts[0])
        parts.append(_render(0, intent.scenario, script, values, calendar, now, product))
    if len(parts) < 2:
        return None
    texts = [parts[0].text] + [_GREETING.sub("", p.text) for p in parts[1:]]
    options = next((p.options for p in parts if p.template == "options"), ())
    return Draft(
        0,
        match.scenario,
        "options" if options else "plain",
        "\n".join(texts),
        options=options,
        answers=tuple(p.scenario for p in parts if p.scenario),
    )


def _render(
    rank: int,
    scenario: str | None,
    script: Script,
    values: dict[str, str],
    calendar: BusinessCalendar,
    now: datetime,
    product: Product | None,
) -> Draft:
    def fill(text: str, extra: dict[str, str] | None = None) -> str:
        return template.render(text, {**values, **(extra or {})}).strip()

    if script.template == "plain":
        return Draft(rank, scenario, "plain", fill(script.text))
    if script.template == "fabe":
        parts = {fact: _sentence(fill(getattr(script, fact))) for fact in _FACTS}
        body = "".join(parts[f] for f in _FACTS if parts[f])
        text = "".join(p for p in (fill(script.opening), body, fill(script.closing)) if p)
        return Draft(rank, scenario, "fabe", text, fabe=parts, product=product.id if product else None)
    options = []
    for option in script.options:
        deadline = calendar.deadline(option.deadline, now)
        options.append(OptionDraft(option.label, fill(option.text, {"deadline": deadline.text}), deadline))
    lines = [fill(script.opening)] + [f"{o.label}. {o.text}" for o in options] + [fill(script.closing)]
    return Draft(rank, scenario, "options", "\n".join(l for l in lines if l), options=tuple(options))


def _sentence(text: str) -> str:
    if text and text[-1] not in _END_PUNCT:
        return text + "。"
    return text
