"""Choose and render the draft replies for a matched message.

``suggest()`` is the one call behind ``csreply suggest``: match the message, find the catalogue
items it names, read how the customer feels and what kind of customer they are, fill the scripts
of the recognised scenario (or the clarifying fallback) with the shop's profile, policy
deadlines and product facts, then finish each draft the way a good agent would: an empathy
opening first for an upset customer, at most one proactive tip, and Traditional characters for a
customer who writes them. ``Suggestion.to_dict()`` is the JSON contract. No I/O.

Everything that depends only on the shop and the clock (policy texts, the four deadlines) is
computed once per ``now`` and reused, so a batch run pays for it once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from typing import Any

from . import template
from .bizcal import BusinessCalendar, Deadline
from .catalogue import find_products, ranked_pair
from .customer import detect as customer_type
from .emotion import NEUTRAL, Emotion, is_emotional_word
from .emotion import detect as feel
from .hanzi import to_traditional, wants_traditional
from .library import Library
from .matcher import Match, Matcher
from .model import DEADLINE_KINDS, Policy, Product, Script, Shop, Tip
from .normalize import normalize, to_simplified
from .tips import choose as choose_tip

DEFAULT_TOP = 3
_FACTS = ("feature", "advantage", "benefit", "evidence")
_END_PUNCT = "。！？!?～~…；;，,"
_CLAUSE = re.compile(r"[\s,.;!?~，。；！？～、…]+")
_GREETINGS = re.compile(r"^(?:你好|您好|亲亲|亲爱的|亲|在吗|在不在|老板|客服|那个|就是|请问|我想问下?|问一下|喂|唉|哎)+")
_QUESTION_FRAME = re.compile(r"^(?:我说|怎么会|怎么|为什么|为啥|咋)")
_QUESTION_TAIL = re.compile(r"(?:怎么回事|咋回事|怎么办|咋办|什么情况|啥情况|是吧|对吧)+$")
_PARTICLES = re.compile(r"[啊呀呢吧哦啦嘛哈吗么的]+$")
_PRONOUN = re.compile("我们|你们|您们|我|你|您")
_SWAP = {"我们": "您", "我": "您", "你们": "我们", "您们": "我们", "你": "我们", "您": "我们"}
_GREETING = re.compile(r"^(?:亲亲|亲爱的|亲|您好|你好)[，,～~！! ]*")
# words that show a draft already acknowledges the feeling: no second empathy opening
_FEELING_WORDS = {
    "anger": ("生气", "心情", "委屈", "消气", "火大"),
    "urgency": ("着急", "急"),
    "anxiety": ("担心", "放心", "心情", "别急"),
}


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
        return out


@dataclass(frozen=True)
class Suggestion:
    """A message, what it was recognised as, how the customer feels, and its ranked drafts."""

    message: str
    match: Match
    drafts: tuple[Draft, ...]
    product: Product | None
    now: datetime
    emotion: Emotion = NEUTRAL
    customer: str | None = None  # bargainer, indecisive, detail, hurried (see csreply.customer)
    script: str = "simplified"  # the drafts' characters: simplified or traditional
    products: tuple[Product, ...] = field(default=())  # every catalogue item the message names

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
            "emotion": self.emotion.to_dict(),
            "customer": self.customer,
            "script": self.script,
            # with no scenario: does the message need a reply at all? (好的 / an order card: no)
            "reply_needed": self.match.reply_needed if self.match.scenario is None else True,
            # what decided the scenario when the earlier chat did: "earlier turns" / "agent's message"
            "context": self.match.context,
        }

    def intents(self) -> list[dict[str, Any]]:
        """The scenario of each question in the message (one entry for a single question)."""
        if self.match.intents:
            return [{"clause": i.clause, "scenario": i.scenario} for i in self.match.intents]
        if self.match.scenario:
            return [{"clause": self.match.normalized.text, "scenario": self.match.scenario}]
        return []


@dataclass(frozen=True)
class _Clock:
    """What the shop and the moment decide, the same for every message at that moment."""

    values: tuple[tuple[str, str], ...]
    deadlines: dict[str, Deadline]


@dataclass(frozen=True)
class _Context:
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


def suggest(
    message: str,
    library: Library,
    *,
    matcher: Matcher | None = None,
    top: int = DEFAULT_TOP,
    product_id: str | None = None,
    now: datetime | None = None,
    script: str = "auto",
    match: Match | None = None,
) -> Suggestion:
    """Recognise ``message`` and draft up to ``top`` replies.

    ``match`` is the message's match when the caller already has one (read with the chat by
    :class:`csreply.context.Conversation`); by default the message is matched on its own.

    ``script`` is ``auto`` (Traditional drafts for a message in Traditional characters),
    ``simplified`` or ``traditional``.

    >>> from csreply.library import Library
    >>> s = suggest("能便宜点吗", Library.load(user=False, env=False))
    >>> s.scenario, len(s.drafts) >= 2, s.customer
    ('bargain', True, 'bargainer')
    """
    matcher = matcher or Matcher(library)
    calendar = _calendar(library.policy)
    now = calendar.localize(now or datetime.now().astimezone())
    match = match or matcher.rank(message)
    traditional = wants_traditional(script, match.normalized.traditional)
    products = tuple(_products(library, product_id, message))
    emotion = feel(message)
    clock = _clock(library.shop, library.policy, now)
    values = _values(library, clock, message, match, products)
    ctx = _Context(
        library=library,
        match=match,
        values=values,
        deadlines=clock.deadlines,
        products=products,
        pair=ranked_pair(list(products)),
        emotion=emotion,
        customer=customer_type(message, match, emotion),
        now=now,
    )
    drafts = _drafts(ctx, top)
    if traditional:
        drafts = [_in_traditional(d, library, products) for d in drafts]
    return Suggestion(
        message,
        match,
        tuple(drafts),
        products[0] if products else None,
        now,
        emotion=emotion,
        customer=ctx.customer,
        script="traditional" if traditional else "simplified",
        products=products,
    )


def find_product(library: Library, message: str) -> Product | None:
    """The catalogue item a message names first (by name, alias or a close spelling)."""
    found = find_products(library, message, limit=1)
    return found[0] if found else None


def _products(library: Library, product_id: str | None, message: str) -> list[Product]:
    if product_id is None:
        return find_products(library, message)
    if product_id not in library.products:
        from .errors import UsageError

        known = ", ".join(sorted(library.products)) or "none in the loaded libraries"
        raise UsageError(f"unknown product '{product_id}' (known: {known})")
    return [library.products[product_id]]


# --- restate and confirm ----------------------------------------------------------------------
def restate(message: str, match: Match) -> str:
    """A short clause of the customer's own words that states the problem ("鞋子开胶了").

    The clause holding the strongest keyword of the recognised scenario is taken (feelings and
    threats such as "气死了" or "我要差评" are not the problem), joined to the clause before it
    when it is too short to stand alone; greetings, question frames ("怎么…", "…怎么回事") and
    particles are dropped, and "我" becomes "您", "你们" becomes "我们".

    >>> from csreply.library import Library
    >>> m = Matcher(Library.load(user=False, env=False))
    >>> restate("亲，鞋子穿了两天就开胶了！！", m.rank("亲，鞋子穿了两天就开胶了！！"))
    '鞋子穿了两天就开胶了'
    >>> restate("快递三天了，还没到，怎么回事？？", m.rank("快递三天了，还没到，怎么回事？？"))
    '快递三天了，还没到'
    """
    text = _simplified(message, match)
    clauses = [c for c in _CLAUSE.split(text) if c]
    if not clauses:
        return text
    index = _problem_clause(clauses, match)
    chosen = _clean(clauses[index])
    if len(chosen) < 5 and index > 0 and not is_emotional_word(clauses[index - 1]):
        before = _clean(clauses[index - 1])
        if before and len(before) + len(chosen) <= 30:
            chosen = f"{before}，{chosen}"
    chosen = _PRONOUN.sub(lambda m: _SWAP[m.group(0)], chosen)
    return chosen[:40]


def _simplified(message: str, match: Match) -> str:
    """The message in Simplified characters (OpenCC only runs for a Traditional message)."""
    text = message.strip()
    return to_simplified(text) if match.normalized.traditional else text


def _problem_clause(clauses: list[str], match: Match) -> int:
    """The index of the clause that states the problem."""
    norms = [normalize(c).text for c in clauses]
    calm = [i for i, n in enumerate(norms) if not is_emotional_word(n)]
    for candidate in match.candidates[:3]:
        words = {h.word: h.weight for h in candidate.hits if not is_emotional_word(h.word)}
        if not words:
            continue
        scores = [sum(w for word, w in words.items() if word in n) for n in norms]
        if max(scores) > 0:
            return scores.index(max(scores))
    pool = calm or list(range(len(clauses)))
    return max(pool, key=lambda i: len(clauses[i]))


def _clean(clause: str) -> str:
    clause = _GREETINGS.sub("", clause) or clause
    framed = _QUESTION_FRAME.sub("", clause)
    if len(framed) >= 4:
        clause = framed
    clause = _QUESTION_TAIL.sub("", clause) or clause
    if len(clause) > 2:
        clause = _PARTICLES.sub("", clause) or clause
        clause = re.sub("了+$", "了", clause)
    return clause


# --- values -----------------------------------------------------------------------------------
@lru_cache(maxsize=16)
def _calendar(policy: Policy) -> BusinessCalendar:
    return BusinessCalendar(policy)


@lru_cache(maxsize=256)
def _clock(shop: Shop, policy: Policy, now: datetime) -> _Clock:
    """Shop, policy and time values, computed once per shop and moment."""
    calendar = _calendar(policy)
    deadlines = {kind: calendar.deadline(kind, now) for kind in DEADLINE_KINDS}
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
    }
    for kind, deadline in deadlines.items():
        values[f"time.{kind}"] = deadline.text
    return _Clock(tuple(values.items()), deadlines)


def _values(
    library: Library, clock: _Clock, message: str, match: Match, products: tuple[Product, ...]
) -> dict[str, str]:
    values = dict(clock.values)
    values["message.text"] = _simplified(message, match)
    if _needs_problem(library, match):
        values["message.problem"] = restate(message, match)
    if products:
        values.update(_facts("product", products[0]))
    pair = ranked_pair(list(products))
    if pair is not None:
        values.update(_facts("other", pair[0]))
        values.update(_facts("better", pair[1]))
    guesses = [c.title for c in match.candidates[:2] if c.score >= 0.2]
    if guesses:
        values["guesses"] = "还是".join(guesses)
    return values


def _needs_problem(library: Library, match: Match) -> bool:
    """Whether a script that may be drafted for ``match`` restates the problem."""
    ids = {c.scenario for c in match.candidates[:2]} | {i.scenario for i in match.intents}
    scripts = [s for i in ids for s in library.scenarios[i].scripts]
    if match.scenario is None:
        scripts += library.fallback
    return any("message.problem" in _placeholders(s) for s in scripts)


def _facts(prefix: str, product: Product) -> dict[str, str]:
    values = {
        f"{prefix}.name": product.name,
        f"{prefix}.price": f"{product.price:g}" if product.price is not None else "",
    }
    for fact in _FACTS:
        text = getattr(product, fact)
        # better/other facts are joined inside sentences: no full stop of their own
        values[f"{prefix}.{fact}"] = text if prefix == "product" else text.rstrip("。.；; ")
    return values


def _available(script: Script, values: dict[str, str]) -> bool:
    """Whether every placeholder of ``script`` has a non-empty value (e.g. a product is known)."""
    for name in _placeholders(script):
        if name != "deadline" and not values.get(name):
            return False
    return True


@lru_cache(maxsize=2048)
def _placeholders(script: Script) -> frozenset[str]:
    parts = [script.text, script.opening, script.closing]
    if script.template == "fabe":
        parts += [script.feature, script.advantage, script.benefit, script.evidence]
    parts += [o.text for o in script.options]
    return frozenset(name for part in parts for name in template.placeholders(part))


def _compares(script: Script) -> bool:
    """A script that needs two catalogue items (it uses ``{better.*}`` or ``{other.*}``)."""
    return bool(_placeholders(script) & template.COMPARE_NAMES)


# --- choosing and rendering -------------------------------------------------------------------
def _order(script: Script, ctx: _Context) -> tuple[int, int]:
    """Sort key of a scenario's scripts: the customer's type first, then facts when known."""
    if not script.audience:
        audience = 1
    else:
        audience = 0 if script.audience == ctx.customer else 2
    if ctx.pair is not None and _compares(script):
        facts = 0
    elif script.template == "fabe" and ctx.products:
        facts = 1
    else:
        facts = 2
    return audience, facts


def _drafts(ctx: _Context, top: int) -> list[Draft]:
    library, match, values = ctx.library, ctx.match, ctx.values
    chosen: list[tuple[str | None, Script]] = []
    if match.scenario is not None:
        scripts = [s for s in library.scenarios[match.scenario].scripts if _available(s, values)]
        scripts.sort(key=lambda s: _order(s, ctx))
        chosen = [(match.scenario, s) for s in scripts]
        # a close runner-up gets the last slot, in case the first guess is wrong
        runner_up = match.candidates[1] if len(match.candidates) > 1 else None
        if runner_up and runner_up.score >= 0.5 and len(chosen) >= 2 and top >= 3:
            has_fabe = any(s.template == "fabe" for _, s in chosen[: top - 1])
            extra = [
                s
                for s in library.scenarios[runner_up.scenario].scripts
                if _available(s, values) and not (has_fabe and s.template == "fabe") and not s.audience
            ]
            if extra:
                chosen.insert(top - 1, (runner_up.scenario, extra[0]))
    else:
        chosen = [(None, s) for s in library.fallback if _available(s, values)]
    drafts = [_render(scenario, script, ctx) for scenario, script in chosen]
    if ctx.customer == "hurried":
        # the shortest answer first (a script written for hurried customers stays in front)
        drafts.sort(key=lambda d: (d.audience != "hurried", d.scenario != match.scenario, len(d.text)))
    if len(match.intents) >= 2:
        combined = _combined(ctx)
        if combined is not None:
            drafts.insert(0, combined)
    tips = [t for t in library.tips if all(values.get(n) for n in _names(t.text))]
    return [_finish(d, ctx, rank, tips) for rank, d in enumerate(drafts[:top], start=1)]


def _combined(ctx: _Context) -> Draft | None:
    """One reply answering every question of the message, in the customer's order."""
    parts: list[Draft] = []
    scenarios = ctx.library.scenarios
    lead = scenarios[ctx.match.scenario].stage if ctx.match.scenario else None
    for intent in ctx.match.intents:
        if scenarios[intent.scenario].stage != lead and is_emotional_word(intent.clause):
            continue  # "好担心" after a parcel question is a feeling (answered by the tone), not a question
        scripts = [s for s in ctx.library.scenarios[intent.scenario].scripts if _available(s, ctx.values)]
        if not scripts:
            continue
        # short plain answers, except a comparison of two named items; the customer's type first
        script = min(scripts, key=lambda s: (_order(s, ctx)[0], _order(s, ctx)[1] != 0, s.template != "plain"))
        if script.audience and any(p.audience == script.audience for p in parts):
            continue  # one clear recommendation, not one per question
        parts.append(_render(intent.scenario, script, ctx))
    if len(parts) < 2:
        return None
    texts = [parts[0].text] + [_GREETING.sub("", p.text) for p in parts[1:]]
    options = next((p.options for p in parts if p.template == "options"), ())
    return Draft(
        0,
        ctx.match.scenario,
        "options" if options else "plain",
        "\n".join(texts),
        options=options,
        answers=tuple(p.scenario for p in parts if p.scenario),
    )


def _render(scenario: str | None, script: Script, ctx: _Context) -> Draft:
    values = ctx.values

    def fill(text: str, extra: dict[str, str] | None = None) -> str:
        return template.render(text, {**values, **extra} if extra else values).strip()

    if script.template == "plain":
        return Draft(0, scenario, "plain", fill(script.text), audience=script.audience)
    if script.template == "fabe":
        parts = {fact: _sentence(fill(getattr(script, fact))) for fact in _FACTS}
        body = "".join(parts[f] for f in _FACTS if parts[f])
        text = "".join(p for p in (fill(script.opening), body, fill(script.closing)) if p)
        if ctx.pair is not None and _compares(script):
            other, better = ctx.pair
            product, products = better.id, tuple(p.id for p in ctx.products[:2])
        else:
            product = ctx.products[0].id if ctx.products else None
            products = ()
        return Draft(
            0, scenario, "fabe", text, fabe=parts, product=product, products=products,
            audience=script.audience,
        )
    options = []
    for option in script.options:
        deadline = ctx.deadlines[option.deadline]
        options.append(OptionDraft(option.label, fill(option.text, {"deadline": deadline.text}), deadline))
    lines = [fill(script.opening)] + [f"{o.label}. {o.text}" for o in options] + [fill(script.closing)]
    return Draft(
        0, scenario, "options", "\n".join(l for l in lines if l), options=tuple(options),
        audience=script.audience,
    )


def _sentence(text: str) -> str:
    if text and text[-1] not in _END_PUNCT:
        return text + "。"
    return text


# --- finishing: empathy first, one step more --------------------------------------------------
def _finish(draft: Draft, ctx: _Context, rank: int, tips: list[Tip]) -> Draft:
    """``draft`` ranked ``rank``, with an empathy opening for an upset customer and at most one
    closing line: a reassurance (angry or anxious customer, after-sale) or a proactive tip."""
    lines = draft.text.split("\n")
    emotion, tone, values = ctx.emotion, ctx.library.tone, ctx.values
    if emotion.felt and not any(w in lines[0][:30] for w in _FEELING_WORDS[emotion.label]):
        opener = template.render(getattr(tone, emotion.label), values).strip()
        if opener:
            lines[0] = opener + (_GREETING.sub("", lines[0]) if opener.startswith("亲") else lines[0])
    extra, tip_id = "", None
    scenarios = draft.answers or ((draft.scenario,) if draft.scenario else ())
    after_sale = any(ctx.library.scenarios[s].stage == "after_sale" for s in scenarios)
    if emotion.label in ("anger", "anxiety") and after_sale and values["time.reply"] not in draft.text:
        extra = template.render(tone.reassure, values).strip()
    elif scenarios and emotion.label != "anger" and ctx.customer != "hurried":
        tip = choose_tip(tips, scenarios, draft.text, ctx.now, care=not emotion.felt)
        if tip is not None:
            extra, tip_id = template.render(tip.text, values).strip(), tip.id
    if extra:
        lines[-1] = _sentence(lines[-1]) + extra
    return replace(draft, rank=rank, text="\n".join(lines), tip=tip_id)


@lru_cache(maxsize=1024)
def _names(text: str) -> tuple[str, ...]:
    return tuple(template.placeholders(text))


# --- Traditional characters -------------------------------------------------------------------
def _in_traditional(draft: Draft, library: Library, products: tuple[Product, ...]) -> Draft:
    """``draft`` in Traditional characters, the shop's own names kept as the shop writes them."""
    variant = library.policy.traditional_variant
    keep = [library.shop.name, library.shop.agent]
    for product in products:
        keep += [product.name, *product.aliases]

    def convert(text: str) -> str:
        return to_traditional(text, variant, keep)

    options = tuple(replace(o, text=convert(o.text)) for o in draft.options)
    fabe = {k: convert(v) for k, v in draft.fabe.items()} if draft.fabe is not None else None
    return replace(draft, text=convert(draft.text), options=options, fabe=fabe)
