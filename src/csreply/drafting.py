"""Choose and render the draft replies for a matched message.

``suggest()`` is the one call behind ``csreply suggest``: match the message, find the catalogue
items it names, read how the customer feels and what kind of customer they are, fill the scripts
of the recognised scenario (or the clarifying fallback) with the shop's profile, policy
deadlines and product facts, then finish each draft the way a good agent would: an empathy
opening first for an upset customer, at most one proactive tip, and Traditional characters for a
customer who writes them. ``Suggestion.to_dict()`` is the JSON contract. No I/O.

A draft is one opening, one answer per question in the customer's order and one close, never
two scripts glued together (``_composed``): a question about a fact is answered from the
library (``csreply.facts``), the other questions by their scenario's script without its own
opener or closing question, and ``csreply.polish`` removes what the joints repeat. The problem
decides the remedy (``_severity``), the lead scenario is the real question rather than a threat
next to it (``_lead``), and scripts that ask what the customer said or which item they named are
left out (``_fits``).

Everything that depends only on the shop and the clock (policy texts, the four deadlines) is
computed once per ``now`` and reused, so a batch run pays for it once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from . import facts, template
from .bizcal import BusinessCalendar, Deadline, format_when
from .catalogue import find_products, ranked_pair
from .customer import detect as customer_type
from .emotion import NEUTRAL, Emotion, is_emotional_word
from .emotion import detect as feel
from .hanzi import to_traditional, wants_traditional
from .library import Library
from .matcher import Candidate, Match, Matcher
from .severity import REACTION, UNSAFE, reaction_in
from .model import DEADLINE_KINDS, POLICY_FACTS, PRODUCT_FACTS, Policy, Product, Script, Shop, Tip
from .normalize import normalize, to_simplified
from .polish import polish
from .tips import choose as choose_tip

DEFAULT_TOP = 3
_FACTS = ("feature", "advantage", "benefit", "evidence")
_END_PUNCT = "。！？!?～~…；;，,"
_CLAUSE = re.compile(r"[\s,.;!?~，。；！？～、…]+")
_GREETINGS = re.compile(r"^(?:你好|您好|亲亲|亲爱的|亲|在吗|在不在|老板|客服|那个|就是|请问|我想问下?|问一下|喂|唉|哎|但是|可是|不过|而且|然后|结果)+")
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
    uncertain: bool = False  # answers another scenario, offered because the first guess is unsure
    facts: tuple[str, ...] = ()  # the fact topics it answers from the library (csreply.facts)

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
    message: str = ""  # the customer's words in Simplified characters
    severity: str = ""  # reaction, unsafe or "" (see _severity)
    lead: str | None = None  # the scenario the drafts answer (see _lead)


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
    text = _simplified(message, match)
    severity = _severity(text, library, match)
    lead = _lead(match, library, severity)
    values = _values(library, clock, message, match, products, lead, severity)
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
        message=text,
        severity=severity,
        lead=lead,
    )
    drafts = [_polished(d) for d in _drafts(ctx, top)]
    if traditional:
        drafts = [_in_traditional(d, library, products, match.normalized.traditional, message) for d in drafts]
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
def restate(message: str, match: Match, prefer: re.Pattern[str] | None = None) -> str:
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
    if prefer is not None:  # the most serious clause: "面膜有两片漏液" over "快递盒子破了"
        index = next((i for i, c in enumerate(clauses) if prefer.search(c)), index)
    chosen = _clean(clauses[index])
    if len(chosen) < 5 and index > 0 and not is_emotional_word(clauses[index - 1]):
        before = _clean(clauses[index - 1])
        if before and len(before) + len(chosen) <= 30:
            chosen = f"{before}，{chosen}"
    if not _clean_problem(chosen, clauses[index]):
        return ""
    chosen = _PRONOUN.sub(lambda m: _SWAP[m.group(0)], chosen)
    return chosen[:40]


# a clause that asks, insults or threatens is not a problem to restate ("您是说我们太黑了，是吗？")
_ASKING = re.compile(r"[么呢？?]$|吗|什么|怎么|为什么|为啥|多少|多久|哪|几[天个次]|能不能|可不可以|是不是|有没有|了没|没有$")
_INSULT = re.compile(r"太黑|黑心|坑人|骗子|垃圾|奸商|破店|机器人|人工")
_REQUEST = re.compile(r"发我|发您|告诉我|告诉您|给我|给您|帮我|帮您|麻烦|^请|吧")  # a request is not a problem


def _clean_problem(chosen: str, raw: str) -> bool:
    """Whether ``chosen`` states a problem that can be restated as it is.

    >>> _clean_problem("面霜漏液了", "面霜漏液了"), _clean_problem("能补差价了", "能补差价了吗")
    (True, False)
    """
    if len(chosen) < 5 or is_emotional_word(chosen) or _INSULT.search(chosen) or _REQUEST.search(chosen):
        return False
    return not (_ASKING.search(chosen) or re.search(r"[吗么？?]$", raw))


_HANT = re.compile("[時們這個說請還發貨嗎麼為裡後會過對應給來點實際問題]")  # common Traditional-only characters


def _simplified(message: str, match: Match) -> str:
    """The message in Simplified characters (OpenCC only runs when it holds Traditional ones)."""
    text = message.strip()
    # a mostly Simplified message may hold a Traditional character ("收到時"): quoted back in a
    # Simplified draft it would read as a typo
    return to_simplified(text) if match.normalized.traditional or _HANT.search(text) else text


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
        "policy.remote_regions": "、".join(policy.remote_regions),
        "policy.price_protect_days": str(policy.price_protect_days) if policy.price_protect_days else "",
        **{f"policy.{fact}": getattr(policy, fact) for fact in POLICY_FACTS},
    }
    for kind, deadline in deadlines.items():
        values[f"time.{kind}"] = deadline.text
    return _Clock(tuple(values.items()), deadlines)


def _has_typo(text: str, library: Library) -> bool:
    """Whether ``text`` holds a misspelling the library's synonyms know ("发贷", "退宽"): quoting
    it back ("您是说还没发贷，是吗？") reads as mockery."""
    return any(len(v) >= 2 and v in text for v, canonical in library.synonyms.items() if v != canonical)


def _lead(match: Match, library: Library, severity: str) -> str | None:
    """The scenario the drafts answer: the matcher's, except that a threat or a feeling next to
    a real question ("我要差评！东西用了一次就坏了") leaves the question to lead, and a skin
    reaction or spoiled goods nobody recognised is still a quality problem."""
    if match.scenario is None:
        return "quality_issue" if severity and "quality_issue" in library.scenarios else None
    if match.scenario in _PROBLEMS and not severity and _PRICE_OBJECTION.search(match.normalized.text):
        # "这个面霜168也太黑了吧" is about the price, not a broken item
        return "bargain" if "bargain" in library.scenarios else match.scenario
    norm = match.normalized.text
    asked_before = _HYPOTHETICAL.search(norm) and "了" not in norm or _BEFORE_BUYING.search(norm)
    if match.scenario in _PROBLEMS | {"price_protect"} and asked_before:
        # "面霜会不会闷痘" asks before buying: a question about the item, not a quality complaint
        instead = "promotion" if match.scenario == "price_protect" else "product_info"  # 保价 before buying
        if instead in library.scenarios:
            return instead
        asked = [c.scenario for c in match.candidates if library.scenarios[c.scenario].stage == "pre_sale"]
        return asked[0] if asked else match.scenario
    if len(match.intents) >= 2:
        real = {i.scenario for i in match.intents if not _feeling_only(i.clause, i.scenario, library)}
        if len(real) == 1:
            return real.pop()
        problems = [i.scenario for i in match.intents if i.scenario in _PROBLEMS]
        if match.scenario in _REMEDIES and problems:
            return problems[0]  # "面霜漏液了，我要退款": the problem leads, its options include the refund
        asking = {i.scenario for i in match.intents if i.scenario in real and _ASKS.search(i.clause)}
        if not problems and len(asking) == 1 and library.scenarios[next(iter(asking))].stage == "after_sale":
            return asking.pop()  # "我是油皮，能换成精华吗": the statement is context, the question leads
    return match.scenario


# a worry before buying ("想买精华，但是担心用了会过敏"), whatever tense its words take
_BEFORE_BUYING = re.compile(r"想买|打算买|准备买|还没买|担心.{0,6}会|怕.{0,6}会")
_PRICE_OBJECTION = re.compile(r"太贵|好贵|这么贵|太黑|黑心价|贵了|[#\d]+也太|不值")
_HYPOTHETICAL = re.compile(r"会不会|有没有|能不能|可不可以|是不是|会比|亏不亏")


def _feeling_only(clause: str, scenario: str, library: Library) -> bool:
    """A clause that only shows a feeling or a threat ("好担心", "我要差评"), or a greeting."""
    sc = library.scenarios[scenario]
    # "快递一直不动" holds a feeling word (一直不) but states a problem: only short clauses or the
    # scenarios of feelings themselves count
    return sc.yields or (is_emotional_word(clause) and (scenario in ("complaint", "hesitation") or len(clause) <= 4))


GUESS = 0.2  # a scenario this likely may be guessed ("您是想问…呢？") when none was chosen
WEAK_GUESS = 0.3  # … but one whose only evidence is an auxiliary keyword ("下雨", "多大") needs more
STRONG_KEYWORD = 3  # keyword weights from 3 decide a scenario alone (docs/library-format.md)


def _likely(candidate: Candidate) -> bool:
    """Whether ``candidate`` is likely enough to ask the customer about: "你们那边下雨了吗" holds
    damaged's auxiliary word 下雨, which is no reason to ask about a broken parcel."""
    if candidate.hits and all(h.weight < STRONG_KEYWORD for h in candidate.hits):
        return candidate.score >= WEAK_GUESS
    return candidate.score >= GUESS


def _values(
    library: Library, clock: _Clock, message: str, match: Match, products: tuple[Product, ...],
    lead: str | None = None, severity: str = "",
) -> dict[str, str]:
    values = dict(clock.values)
    values["message.text"] = _simplified(message, match)
    after_sale = lead is not None and library.scenarios[lead].stage == "after_sale"
    # restating belongs to after-sale problems only; "" leaves the restating sentence out
    prefer = {"reaction": _REACTION, "unsafe": _UNSAFE}.get(severity)
    problem = restate(message, match, prefer) if after_sale else ""
    values["message.problem"] = "" if _has_typo(problem, library) else problem
    if products:
        values.update(_facts("product", products[0]))
    pair = ranked_pair(list(products))
    if pair is not None:
        values.update(_facts("other", pair[0]))
        values.update(_facts("better", pair[1]))
    guesses = [c.title for c in match.candidates[:2] if _likely(c)]
    if guesses:
        values["guesses"] = "还是".join(guesses)
    return values


def _facts(prefix: str, product: Product) -> dict[str, str]:
    values = {
        f"{prefix}.name": product.name,
        f"{prefix}.price": f"{product.price:g}" if product.price is not None else "",
    }
    for fact in _FACTS + PRODUCT_FACTS:
        text = getattr(product, fact)
        # better/other facts are joined inside sentences: no full stop of their own
        values[f"{prefix}.{fact}"] = text if prefix == "product" else text.rstrip("。.；; ")
    return values


_OPTIONAL = frozenset({"deadline", "message.problem"})  # a missing problem drops its sentence only
# scripts that ask which item the customer means: pointless when the message names it
_WHICH_ITEM = ("哪一款", "哪两款", "哪款呢", "链接或者编号", "链接或名称", "商品链接")


def _available(script: Script, values: dict[str, str]) -> bool:
    """Whether every placeholder of ``script`` has a non-empty value (e.g. a product is known)."""
    for name in _placeholders(script):
        if name not in _OPTIONAL and not values.get(name):
            return False
    return True


def _fits(script: Script, ctx: _Context) -> bool:
    """Whether ``script`` fits this message: its facts are known, it is written for this problem,
    it does not ask which item a message names, nor offer a refund before the problem is known."""
    if not _available(script, ctx.values):
        return False
    if script.severity and script.severity != ctx.severity:
        return False
    if ctx.products and any(w in script.text + script.opening for w in _WHICH_ITEM):
        return False
    if ctx.severity and script.template == "fabe":
        return False
    if _re_asks(script, ctx):
        return False
    if _wrong_category(script, ctx):
        return False
    if script.template == "fabe" and _unsuited(ctx):
        return False  # a benefit for dry skin is not offered to oily skin
    if ctx.pair is not None and _complementary(ctx.pair) and _SUBSTITUTES.search(_all_text(script)):
        return False  # a serum and a cream are not "两款都能解决": their roles are the answer
    # no refund before a problem with the order is known: first ask what went wrong
    return not (ctx.lead == "complaint" and _offers_refund(script) and not _order_problem(ctx))


# what a script may ask the customer, and how a message already says it ("后天能到上海吗")
_ASKS_AGAIN = (
    (re.compile(r"收货城市|哪个城市|寄到哪|发到哪里|哪个省"), re.compile("|".join((*facts.REGIONS, *facts.CITIES)))),
    (re.compile(r"哪天要|哪天用|什么时候要用|几号要"), re.compile(r"今天|明天|后天|大后天|周[一二三四五六日天末]|星期|礼拜|\d+号|\d+月\d+")),
)


def _re_asks(script: Script, ctx: _Context) -> bool:
    """Whether ``script`` asks for the city or the day the message already names."""
    text = script.text + script.opening + script.closing
    return any(ask.search(text) and said.search(ctx.message) for ask, said in _ASKS_AGAIN)


# wording that belongs to clothes and shoes (or food: 口味), not to every catalogue
_SIZE_WORDS = re.compile(r"尺码|身高|体重|穿的|颜色|口味")
_WEARABLE = re.compile(r"衣|裤|裙|鞋|帽|袜|T恤|外套|衬衫|内衣|服|包")


def _wrong_category(script: Script, ctx: _Context) -> bool:
    """A script asking sizes or colours (or flavours) about an item of another category: no
    "尺码" for a serum, no "口味" for a cream (nor for a skincare shop's unnamed item)."""
    # the named item's category, or every category of a catalogue when none is named
    items = ctx.products[:1] or tuple(ctx.library.products.values())
    categories = [p.category for p in items]
    if not categories or not all(categories):
        return False
    text = script.text + script.opening + script.closing + "".join(o.text for o in script.options)
    found = set(_SIZE_WORDS.findall(text))
    if not found:
        return False
    if "口味" in found and any(re.search("食|零食|茶|坚果|果|糖|饮", c) for c in categories):
        return False
    return not any(_WEARABLE.search(c) for c in categories)


_SUBSTITUTES = re.compile(r"都能满足|都能解决|定一款|挑一款|选一款|直接推荐您选")


def _all_text(script: Script) -> str:
    return "".join((script.text, script.opening, script.closing, script.feature, script.advantage))


def _complementary(pair: tuple[Product, Product]) -> bool:
    """Two items of different categories: used together, not one instead of the other."""
    a, b = pair
    return bool(a.category and b.category and a.category != b.category)


def _unsuited(ctx: _Context) -> bool:
    """Whether the customer's stated skin type is one the named product is not for."""
    skin = facts.skin_of(ctx.message)
    return bool(skin and ctx.products and facts.suits(ctx.products[0], skin) is False)


def _order_problem(ctx: _Context) -> bool:
    """Whether the message names a problem with the goods or the parcel (not only the service)."""
    named = {i.scenario for i in ctx.match.intents}
    problems = {s for s in named if s != "complaint" and ctx.library.scenarios[s].stage == "after_sale"}
    return bool(ctx.severity or problems)


def _offers_refund(script: Script) -> bool:
    return any(o.deadline == "refund" for o in script.options) or "{time.refund}" in script.text


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
def _order(script: Script, ctx: _Context) -> tuple[int, int, int]:
    """Sort key of a scenario's scripts: one written for the problem's severity first, then the
    customer's type, then facts when known."""
    if not script.audience:
        audience = 1
    else:
        audience = 0 if script.audience == ctx.customer else 2
    if ctx.pair is not None and _compares(script):
        facts = 0
    elif script.template == "fabe" and ctx.products:
        facts = 1
    elif any(n.startswith("product.") for n in _placeholders(script)) and ctx.products:
        facts = 1  # a plain script that names the product
    else:
        facts = 2
    first = script.severity or _about_gift(script, ctx) or _about_request(script, ctx)
    return (0 if first else 1), audience, facts


# what a message is about within its scenario; a script that speaks only of what the message names
# answers it ("地址写错了": send the new address, not a menu with 规格 and 取消; "放驿站": the pickup)
_REQUEST_GROUPS = {
    "address": ("地址", "收货人", "收件人", "手机号", "电话号"), "cancel": ("取消",),
    "spec": ("规格", "颜色", "尺码"), "remark": ("备注",),
    "pickup": ("驿站", "自取", "快递柜", "丰巢", "取件码"),
}


def _requests(text: str) -> set[str]:
    return {group for group, words in _REQUEST_GROUPS.items() if any(w in text for w in words)}


def _about_request(script: Script, ctx: _Context) -> bool:
    """A script about exactly the kinds of change the message asks for (and no other)."""
    asked = _requests(ctx.message)
    said = _requests(_all_text(script) + "".join(o.text for o in script.options))
    return bool(asked and said) and said <= asked


# a promised gift, not a bought item ("满199说送面膜 我没收到")
_GIFT = re.compile(r"赠品|赠送|满赠|说送|说好送|送的|小样|礼品|礼物|满.{0,6}送")


def _gift_rule(draft: Draft, script: Script, ctx: _Context) -> Draft:
    """A missing-gift draft with the shop's gift rule (``policy.gifts``) after its apology, so the
    customer sees the rule the order is checked against; unchanged when the shop states none."""
    rule = ctx.library.policy.gifts
    if not rule or not _about_gift(script, ctx) or rule in draft.text:
        return draft
    first = re.match(r"[^。！]*[。！]", draft.text)
    at = first.end() if first else 0
    return replace(draft, text=f"{draft.text[:at]}活动规则是这样的：{_bare_rule(rule)}。{draft.text[at:]}")


def _about_gift(script: Script, ctx: _Context) -> bool:
    """A script about a missing gift, for a message about one (its rule and 补发, not "发错的商品")."""
    return bool(_GIFT.search(ctx.message)) and "赠品" in _all_text(script)


def _drafts(ctx: _Context, top: int) -> list[Draft]:
    """The ranked drafts: other ways to answer the same message; another scenario's draft only
    when the first guess is unsure (marked ``uncertain``)."""
    library = ctx.library
    chosen: list[tuple[str | None, Script]] = []
    if ctx.lead is not None:
        own = library.scenarios[ctx.lead].scripts
        # every script ruled out (a shop's own scenario, say): an imperfect draft beats none
        scripts = [s for s in own if _fits(s, ctx)] or [s for s in own if _available(s, ctx.values)]
        scripts.sort(key=lambda s: _order(s, ctx))
        chosen = [(ctx.lead, s) for s in scripts]
    elif not _answers(ctx):  # a fact answered needs no "您是想问…"
        chosen = [(None, s) for s in library.fallback if _available(s, ctx.values)]
        aside = _aside(ctx)
        if aside is not None and _special(ctx) is None:  # "你是机器人吧" off topic still gets a person
            return [_finish(aside, ctx, 1, [])]
    drafts = [_gift_rule(_render(scenario, script, ctx), script, ctx) for scenario, script in chosen]
    if ctx.customer == "hurried":
        # the shortest answer first (a script written for hurried customers stays in front)
        drafts.sort(key=lambda d: (d.audience != "hurried", len(d.text)))
    composed = _composed(ctx)
    if composed and "refund_due" in composed[0].facts:
        # counted from the day the customer names: no draft counting from now instead
        drafts = [d for d in drafts if ctx.values["time.refund"] not in d.text]
    if composed and composed[0].facts:
        # the composed answer first, the scenario's best script (a FABE with a product) as the
        # fuller way, the answers alone as the shorter way; no script that would check or ask
        # for what the answer already states
        drafts = [d for d in drafts if d.template != "plain" or not _defers(d.text, ctx)]
        drafts = composed[:1] + drafts[:1] + composed[1:] + drafts[1:]
    elif composed:
        drafts = composed + drafts  # several questions: every draft answers all of them
    special = _special(ctx)
    if special is not None:
        drafts.insert(0, special)
    runner_up = _runner_up(ctx)
    if runner_up is not None and top >= 2:
        drafts.insert(min(top - 1, len(drafts)), runner_up)
    tips = [t for t in library.tips if all(ctx.values.get(n) for n in _names(t.text))]
    drafts = _distinct(drafts)
    return [_finish(d, ctx, rank, tips) for rank, d in enumerate(drafts[:top], start=1)]


_DEFERS = re.compile(r"核实|核对|整理|确认一下|帮您查")  # a script that promises to find out


def _defers(text: str, ctx: _Context) -> bool:
    """A plain script that promises to find out, or asks the customer for, what a fact answers."""
    return bool(_DEFERS.search(text) and ctx.values["time.reply"] in text or re.search("告诉我|发我|发给我", text))


def _distinct(drafts: list[Draft]) -> list[Draft]:
    """Drafts that say different things (a composed draft can equal a script's)."""
    seen: set[str] = set()
    out = []
    for draft in drafts:
        if draft.text not in seen:
            seen.add(draft.text)
            out.append(draft)
    return out


UNSURE = 0.6  # below this confidence another scenario's draft takes the last slot


def _runner_up(ctx: _Context) -> Draft | None:
    """A draft for the second-best scenario when the first guess is unsure, flagged as such."""
    match = ctx.match
    if ctx.lead != match.scenario or match.scenario is None or match.confidence >= UNSURE or len(match.candidates) < 2:
        return None
    if len(match.intents) >= 2:
        return None  # several questions: both are answered in the composed draft
    other = match.candidates[1]
    if other.scenario == match.scenario or other.score < 0.2:
        return None
    scripts = [s for s in ctx.library.scenarios[other.scenario].scripts if _fits(s, ctx) and not s.audience]
    if not scripts:
        return None
    return replace(_render(other.scenario, scripts[0], ctx), uncertain=True)


# small talk about the agent or the day, not about the shop
_SMALL_TALK = re.compile(
    r"下雨|下雪|天气|冷不冷|热不热|多大了|几岁|男朋友|女朋友|对象|结婚|单身|吃饭了|吃了吗|在干嘛|干嘛呢|"
    r"无聊|聊聊|聊天|哪里人|长得|好看吗|漂亮吗|帅吗|放假了吗|下班了吗|几点下班|累不累|周末去"
)
# what a bare "这个呢" is made of: pointing words and particles, nothing that says what is asked
_POINTING = re.compile(r"这个|那个|这款|那款|这件|那件|这些|那些|这|那|呢|吗|啊|呀|嘛|哈|亲|的|怎么样|咋样|如何|想问下?|问一?下|请问|我")


def _aside(ctx: _Context) -> Draft | None:
    """The only draft for a message no scenario answers and no guess fits: small talk gets a
    light, friendly turn back to the shop, a bare "这个呢" asks which item, a question the model
    files as off topic hears plainly that it is not the shop's to answer. Neither guesses a
    scenario ("您是想问运输破损呢？" to "下雨了吗" reads absurd)."""
    if "guesses" in ctx.values or ctx.match.intents:
        return None
    text = ctx.message
    if not _POINTING.sub("", re.sub(r"[\s，,。.!！?？~～]", "", text)):
        line = ctx.library.tone.which
    elif _SMALL_TALK.search(text):
        line = ctx.library.tone.chat
    elif ctx.match.off_topic:
        line = ctx.library.tone.elsewhere
    else:
        return None
    return Draft(0, None, "plain", template.render(line, ctx.values).strip())


# --- special turns: a person, a demand beyond policy --------------------------------------------
_HUMAN = re.compile(r"机器人|真人|人工(?!费|成本|合成|种植|养殖)|自动回复|说人话|是人吗|活人|是不是人")  # "人工费" is a price
_DEMAND = re.compile(r"赔偿|赔钱|补偿|精神损失|赔我")  # a compensation demand, with or without a sum
_BEYOND = re.compile(r"退一赔三|假一赔十|赔偿.{0,4}(?:[0-9]+|[一二三四五六七八九十百千万]+)|精神损失|不退货.{0,4}退款|不寄回.{0,4}退款|全额赔|双倍赔|赔我")


def _special(ctx: _Context) -> Draft | None:
    """A human answer to "你是机器人吧/转人工" and soft-then-firm for a demand beyond policy."""
    text = ctx.message
    tone = ctx.library.tone
    if ctx.severity and _DEMAND.search(text):
        return _care_then_firm(ctx)
    if _BEYOND.search(text):
        return Draft(0, ctx.lead, "plain", template.render(tone.beyond, ctx.values).strip())
    if _HUMAN.search(text):
        human = template.render(tone.human, ctx.values).strip()
        problem = _problem_answer(ctx)
        if problem:  # "快递丢了，转人工": a person says so, then answers what was asked
            first = re.match(r"[^。！？～]+[。！？～]", human)
            human = (first.group(0) if first else human) + _GREETING.sub("", problem)
        return Draft(0, ctx.lead, "plain", human)
    return None


def _care_then_firm(ctx: _Context) -> Draft | None:
    """A reaction or unsafe goods with a compensation demand (often with a threat): the problem's
    care and remedy first (soft), then plainly what the policy adds and by when (firm)."""
    if ctx.lead is None:
        return None
    scripts = [s for s in ctx.library.scenarios[ctx.lead].scripts if _fits(s, ctx) and s.template == "plain"]
    if not scripts:
        return None
    care = _render(ctx.lead, scripts[0], ctx).text
    extra = ctx.values.get("policy.compensation")
    offer = f"除了上面的处理，我可以再为您申请{extra}作为补偿；" if extra else ""
    when = ctx.values["time.reply"]
    by = "到时一并给您明确答复" if when in care else f"{when}前给您明确答复"  # one promise, said once
    firm = f"您提的赔偿我也如实记下了，{offer}超出规定的部分我会报给主管，{by}，您看可以吗？"
    return Draft(0, ctx.lead, "plain", _sentence(care) + firm)


def _problem_answer(ctx: _Context) -> str:
    """The lead scenario's first plain answer when the message says more than "转人工"."""
    # a greeting next to "转人工" is no problem to answer ("你好，转人工": no second welcome)
    rest = _HUMAN.sub("", ctx.message).strip("，,。！!？? 吧啊呢")
    if ctx.lead in (None, "complaint", "greeting") or not rest:
        return ""
    composed = _composed_draft(ctx, 0, close=False)
    if composed is not None and composed.facts:
        return composed.text  # "面霜多少钱，别自动回复": the fact, not a script pointing at the page
    scripts = [s for s in ctx.library.scenarios[ctx.lead].scripts if _fits(s, ctx) and s.template == "plain"]
    return _render(ctx.lead, scripts[0], ctx).text if scripts else ""


# --- severity: the problem decides the remedy ------------------------------------------------------
_REACTION, _UNSAFE = REACTION, UNSAFE


def _severity(text: str, library: Library, match: Match) -> str:
    """``reaction`` (skin reaction, injury), ``unsafe`` (spoiled, leaking, dangerous) or "".

    Only after-sale problems have one: "会不会过敏" before buying is a question, not a reaction.
    """
    if match.scenario is not None and library.scenarios[match.scenario].stage == "pre_sale":
        return ""  # "会不会过敏" before buying is a question
    if _HYPOTHETICAL.search(text) and "了" not in text or _BEFORE_BUYING.search(text):
        return ""  # "有没有虫眼", "担心用了会过敏" ask before anything happened
    if reaction_in(text):  # "容易发红" is the skin as it is, not a reaction
        return "reaction"
    if _UNSAFE.search(text):
        return "unsafe"
    return ""


# --- composed: one answer per question, from the shop's facts ----------------------------------
_RAW_CLAUSE = re.compile(r"[，,。.;；!！?？~～\s]+")
_CLOSING_QUESTION = re.compile(r"(?<=[。！？～，])(?:您看|您选|您觉得)[^。！？～]*[？?]$")
_OPENER = re.compile(r"^[^。！？～]*(?:抱歉|不好意思|理解|久等|感谢|谢谢|懂您|放心)[^。！？～]*[。！？～]")
# fact topics an after-sale message may ask (a quality complaint's "过期" is not a shelf-life question)
_AFTER_SALE_TOPICS = frozenset(
    {"usage", "cautions", "invoice", "price_protect", "courier", "warranty", "dose", "storage", "combine"}
)


def _composed(ctx: _Context) -> list[Draft]:
    """Drafts that answer every question of the message in order, facts from the library.

    Made when the message asks a fact the library can answer (or promise to check) or asks
    several things. With facts: the answers with one close, and the answers alone as a shorter
    way. With several questions and no fact: each draft answers all of them, the second and third
    with each scenario's next script (softer or firmer, shorter or fuller).
    """
    standard = _composed_draft(ctx, 0)
    if standard is None:
        return []
    drafts = [standard]
    if standard.facts:
        short = _composed_draft(ctx, 0, close=False)
        if short is not None and short.text != standard.text:
            drafts.append(short)
        return drafts
    for variant in (1, 2):
        other = _composed_draft(ctx, variant)
        if other is not None and all(other.text != d.text for d in drafts):
            drafts.append(other)
    return drafts


def _composed_draft(ctx: _Context, variant: int, *, close: bool = True) -> Draft | None:
    """One composed draft; ``variant`` picks each scenario's next fitting script."""
    parts = _answers(ctx, variant)
    fact_topics = tuple(t for kind, t, _ in parts if kind == "fact")
    if not fact_topics and len(parts) < 2:
        return None
    opening = "" if parts[0][0] == "scenario" else "亲，"
    body, kept = _join([text for _, _, text in parts])
    scenarios = tuple(dict.fromkeys(parts[i][1] for i in kept if parts[i][0] == "scenario"))
    if len(ctx.products) == 1:
        body = _name_once(body, ctx.products[0].name)
    end = _close(ctx, body, fact_topics) if close else ""
    text = opening + body + end if end else _sentence(opening + body)
    return Draft(0, ctx.lead, "plain", text, answers=scenarios, facts=fact_topics)


def _name_once(body: str, name: str) -> str:
    """The product's full name once; later answers say "这款" (a name said three times is glue).

    >>> _name_once("面霜A适合干皮。面霜A现在是168元", "面霜A")
    '面霜A适合干皮。这款现在是168元'
    """
    first = body.find(name)
    if first == -1:
        return body
    cut = first + len(name)
    return body[:cut] + body[cut:].replace(name, "这款")


def _stage(ctx: _Context, scenario: str | None) -> str | None:
    """The stage (pre_sale, after_sale) of ``scenario``, None for no scenario."""
    return ctx.library.scenarios[scenario].stage if scenario else None


_WHEN = re.compile(r"[今明后]天（[^）]+）\d+:\d+|\d+月\d+日（[^）]+）\d+:\d+")
_SENTENCES = re.compile(r"(?:[^。！？～]|(?<=\d)～(?=\d))+[。！？～]*")  # "2～4天" is one sentence


def _unpromised(sentence: str, said: str) -> str:
    """``sentence`` without the clauses promising a time ``said`` already promises.

    >>> _unpromised("现在下单预计今天（11月24日 周二）20:00前发出，一般2～4天能到哦～", "今天（11月24日 周二）20:00前发出")
    '一般2～4天能到哦～'
    """
    if not any(w in said for w in _WHEN.findall(sentence)):
        return sentence
    clauses = re.findall(r"[^，]+，?", sentence)
    if any(w in said for w in _WHEN.findall(clauses[-1])):
        return ""  # the promise is the sentence's point ("现在付款的话，预计…前发出哦")
    kept = "".join(c for c in clauses if not any(w in said for w in _WHEN.findall(c)))
    return kept if len(kept.strip("，。！？～")) >= 4 else ""


def _join(texts: list[str]) -> tuple[str, list[int]]:
    """Answers joined into one reply, and the indexes of the answers left in it: each a
    sentence, the first keeps its address, and a time already promised is not promised again by
    a later answer (which may leave nothing of it)."""
    out: list[str] = []
    kept: list[int] = []
    for i, text in enumerate(texts):
        if i:
            said = "".join(out)
            text = "".join(_unpromised(x, said) for x in _SENTENCES.findall(_GREETING.sub("", text)))
        if i < len(texts) - 1:
            text = _CLOSING_QUESTION.sub("", text).rstrip("，,")  # one close, at the end of the reply
        if text:
            out.append(_sentence(text) if i < len(texts) - 1 else text)
            kept.append(i)
    return "".join(out), kept


_OFFER = "还有其他想了解的，随时问我就好。"  # the plain close; a proactive tip takes its place
# topics a light push may follow
_BUYING = frozenset({"price", "suitable", "recommend", "shipping", "gifts"})


def _close(ctx: _Context, body: str, topics: tuple[str, ...]) -> str:
    """One close: a light push with the dispatch time for a product question, else an offer."""
    if not topics:
        return ""
    end = "" if body[-1:] in _END_PUNCT else "～"
    if _stage(ctx, ctx.lead) == "after_sale" or ctx.customer == "hurried":
        return ""  # the answer already ends with what happens next, or the customer is in a hurry
    if re.search("不太推荐|的话不太建议", body):
        return f"{end}您还有想了解的随时问我，我帮您一起挑合适的。"
    if body.endswith(("？", "?")) or re.search("随时(?:来)?找|随时问", body[-30:]):
        return end  # the answer already invites the customer back
    if re.search("没办法|核实一下|确认一下", body):
        return f"{end}{_OFFER}"  # no push before the answer is known
    # a push only after a buying question (price, postage, a recommendation): after "多大""白天能用吗"
    # or "先买哪个" the customer is still deciding, and an order push reads as not listening
    buying = set(topics) & _BUYING
    if _stage(ctx, ctx.lead) != "after_sale" and ctx.products and buying and ctx.values["time.dispatch"] not in body:
        return f"{end}拍下后预计{ctx.values['time.dispatch']}前发出，您看合适可以直接下单哦。"
    return f"{end}{_OFFER}"


def _answers(ctx: _Context, variant: int = 0) -> list[tuple[str, str, str]]:
    """(kind, what, text) per question in message order: ``fact`` answers (what: the topic) and
    ``scenario`` answers (what: the scenario id) for questions without a fact."""
    parts, scenarios_done = _leading_answers(ctx)
    topics_done: set[str] = {t for kind, t, _ in parts}
    if "compare" in topics_done:
        topics_done |= {"usage", "suitable"}  # how two items are used together, and whom they suit
    if "amount" in topics_done:
        topics_done |= {"spec", "usage"}  # how much to buy already gives the size and the amount per use
    if "recommend" in topics_done:
        topics_done.add("suitable")  # the recommendation already says whom the item suits
    product = ctx.products[0] if ctx.products else None
    for said in (c for c in _RAW_CLAUSE.split(ctx.message) if c):
        raw = _spelled(said, ctx.library)  # "包油吗" asks about 包邮
        scenario = _clause_scenario(said, ctx)
        # a pre-sale message's "会不会闷痘" is a question about the item, whatever its clause matched
        stage = _stage(ctx, scenario) if _stage(ctx, ctx.lead) == "after_sale" else "pre_sale"
        asked = facts.asked(raw) + [t for t in facts.asked_weakly(raw) if facts.has_fact(t, product, ctx.library.policy)]
        if asked and all(t in topics_done for t in asked):
            continue  # answered with an earlier clause ("新疆能发吗，运费多少")
        topics = [
            t for t in asked
            if t not in topics_done and (stage != "after_sale" or t in _AFTER_SALE_TOPICS)
            and (t not in facts.PRODUCT_TOPICS or product is not None)
            and (t not in _REQUESTABLE or _ASKS.search(raw))  # "发邮政吧" asks for one, not which
        ]
        if topics:
            here: list[tuple[int, tuple[str, str, str]]] = []  # (position in the clause, part)
            for topic in topics:
                text = _fact_answer(topic, raw, product, ctx)
                topics_done.add(topic)
                if text:
                    here.append((facts.position(topic, raw), ("fact", topic, text)))
            # "今天能发吗发什么快递": the question its scenario answers, asked in the same clause
            for also, at in _also_asked(raw, ctx, scenarios_done):
                text = _scenario_answer(also, raw, ctx, first=not parts and at == 0, variant=variant)
                scenarios_done.add(also)
                if text:
                    here.append((at, ("scenario", also, text)))
            parts += [part for _, part in sorted(here, key=lambda h: h[0])]
            if scenario and len(ctx.match.intents) >= 2:  # with one intent, every clause gets the lead
                scenarios_done.add(scenario)
            continue
        if parts and not topics:
            # "要多少运费？大概几天会到？": a question its scenario answers, after a fact answered
            for also, _ in _also_asked(raw, ctx, scenarios_done):
                text = _scenario_answer(also, raw, ctx, first=False, variant=variant)
                scenarios_done.add(also)
                if text:
                    parts.append(("scenario", also, text))
        if scenario is None or scenario in scenarios_done or len(ctx.match.intents) < 2:
            continue
        if not _own_question(scenario, raw, ctx, facts_given=bool(topics_done) or _asks_facts(ctx)):
            continue
        text = _scenario_answer(scenario, raw, ctx, first=not parts, variant=variant)
        scenarios_done.add(scenario)
        if text:
            parts.append(("scenario", scenario, text))
    return parts


_REQUESTABLE = frozenset({"courier"})  # a request ("给我发顺丰吧") gets the script that notes it
_ASKS = re.compile(r"[吗呢么不？?]$|[吗呢么？?]|什么|咩|啥|怎么|哪|多少|多久|几|能不能|可不可以|有没有|够不够|是不是|会不会|推荐|介绍|好用|问下|问一下|请问|想问|帮我")
_RECOMMEND = frozenset({"recommend", "skin_type", "product_info", "hesitation"})
_REFUND_EVENT = re.compile(r"签收|收到退货|寄回|退回去|寄回去")


def _leading_answers(ctx: _Context) -> tuple[list[tuple[str, str, str]], set[str]]:
    """Answers that take a whole message's question: how two named items relate, a
    recommendation for the need the customer stated, a refund counted from the return's arrival."""
    scenarios = {ctx.lead} | {i.scenario for i in ctx.match.intents}
    together = re.search("一起用|搭配|先用|后用|用完.{0,4}[涂抹用]|区别|不同", ctx.message)
    choosing = scenarios & {"product_compare", "recommend", "hesitation"}
    if ctx.pair is not None and (together or choosing and (_complementary(ctx.pair) or "product_compare" in choosing)):
        first, second = ctx.products[0], ctx.products[1]
        return [("fact", "compare", facts.roles(first, second))], {"product_compare", "usage", "recommend", "hesitation"}
    named = ctx.products[0] if ctx.products else None
    asks_which = named is None and re.search("有没有适合|推荐|哪款|哪些|哪几款|哪个好|买什么|选什么|能用哪", ctx.message)
    if "recommend" in scenarios or ("skin_type" in scenarios and named is None) or asks_which:
        text = facts.recommend(list(ctx.library.products.values()), named, ctx.message)
        if text:
            return [("fact", "recommend", text)], set(_RECOMMEND)
    worry = _worry(ctx) if scenarios & {"hesitation"} else []
    if worry:
        # the worry is the whole message: "怕用了过敏" is not a reaction to answer as a problem
        return worry, {"hesitation", "skin_type", "product_info", *_PROBLEMS}
    enough = _how_many(ctx)
    if enough:
        return [("fact", "amount", enough)], {"product_info", "size_advice", "recommend", "stock"}
    paid = _paid_by(ctx)
    if paid:
        # "四点前拍来得及吗" asks about dispatch only: no transit paragraph unless arrival is asked
        arrival = re.search(r"到货|能到|送到|收到|几天到|多久到|哪天到", ctx.message)
        return [("fact", "dispatch_cutoff", paid)], {"dispatch_time"} | (set() if arrival else {"delivery_eta"})
    if "refund" in scenarios or "return_exchange" in scenarios:
        text = _refund_since(ctx)
        if text:
            return [("fact", "refund_due", text)], {"refund", "return_exchange"}
        sent = _sent_back(ctx)
        if sent:
            return sent, {"refund", "return_exchange", *_PROBLEMS}
    return [], set()


# what a hesitating customer is afraid of, and the fact that answers it
_PREGNANCY = re.compile(r"怀孕|孕期|孕妇|备孕|哺乳|喂奶")  # whom a wrong answer could harm: the fact, no sales talk
_WORRIES = (
    (_PREGNANCY, "suitable"),
    (re.compile(r"过期|用不完|放不住|放太久|放久了"), "shelf_life"),
    (re.compile(r"过敏|刺激|烂脸|泛红|刺痛|闷痘|长痘"), "cautions"),
    (re.compile(r"不适合|不合适|适不适合|肤质"), "suitable"),
    (re.compile(r"尺码|大小|合不合身|穿不下|装不下"), "spec"),
)


def _worry(ctx: _Context) -> list[tuple[str, str, str]]:
    """The answer to the concern a hesitation names ("怕用不完过期" → the shelf life), from the named
    item's facts or, for the shelf life, the catalogue's, then the return rule as reassurance;
    not a generic "价格、效果还是口碑" nudge."""
    product = ctx.products[0] if ctx.products else None
    for pattern, topic in _WORRIES:
        if not pattern.search(ctx.message):
            continue
        if product is not None and facts.has_fact(topic, product, ctx.library.policy):
            fact = facts.answer(topic, ctx.message, product, ctx.library.policy, ctx.values)
        elif topic == "shelf_life":
            fact = facts.shelf_lives(list(ctx.library.products.values()))
        else:
            fact = ""
        if fact and pattern is _PREGNANCY:
            return [("fact", topic, f"理解您的担心，{fact}")]  # no return rule: this is not about buying
        if fact:
            calm = f"您慢慢考虑不着急。{_bare_rule(ctx.library.policy.return_change_of_mind)}，想好了随时来找{ctx.values['shop.agent']}"
            return [("fact", topic, f"您的顾虑很实在，{fact}"), ("fact", "return_window", calm)]
    return []


def _bare_rule(rule: str) -> str:
    return rule.rstrip("。；;，, ")


# "买一瓶够吗还是两瓶", "能用多久": how much to buy, answered from the size and the amount per use
_HOW_MANY = re.compile(r"够用?吗|够.{0,3}[用敷抹涂].{0,6}吗|够不够|能用多久|可以用多久|用多久|能用几个月|用得完|买几[瓶支盒]|一[瓶支盒]还是两[瓶支盒]|买两[瓶支盒]")
_SHARED = re.compile(r"两个人|俩人|两人|一家|全家|老公|老婆|男朋友|女朋友|对象|妈妈|爸爸|家人|室友|闺蜜")


def _unit(product: Product) -> str:
    """The measure word of one item: 盒 for pieces in a box ("5片装"), else 瓶."""
    return "盒" if re.search("片|袋|包|粒", product.spec + product.name) else "瓶"


def _how_many(ctx: _Context) -> str:
    """How long one item lasts and whether one is enough, from its size and usage facts: the time
    is hedged (no fact states it) and no second item is pushed; a second user's skin is asked
    when the item does not suit every skin."""
    if len(ctx.products) != 1 or not _HOW_MANY.search(ctx.message):
        return ""
    p = ctx.products[0]
    if not (p.spec and p.usage):
        return ""
    shared = _SHARED.search(ctx.message)
    pace = "两个人一起用会用得快一些，" if shared else ""
    text = (f"{p.name}每次的用量是这样的：{_bare_rule(p.usage)}。具体能用多久要看每次取多少、涂多大面积，"
            f"没法给您打包票，{pace}建议先买一{_unit(p)}，用着合适再回购也来得及")
    if shared and p.not_for and p.suitable_for:
        who = shared.group(0) if shared.group(0) not in ("两个人", "俩人", "两人") else "另一位"
        who = "您先生" if who == "老公" else "您太太" if who == "老婆" else who
        text += f"。另外它更适合{_bare_rule(p.suitable_for)}，{_bare_rule(p.not_for)}不太建议用，{who}是什么肤质呀？"
    return text


# "下午4点前付款能当天发吗": a clock time the customer names, and that it is about dispatch
_CN_HOURS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "十": 10, "十一": 11, "十二": 12}
_NAMED_TIME = re.compile(
    r"(?P<day>今天|今晚|明天)?\s*(?P<part>凌晨|早上|上午|中午|下午|傍晚|晚上)?\s*"
    r"(?P<hour>1[0-2]|[0-9]|十[一二]?|[一两二三四五六七八九])\s*(?:点|:|：)\s*(?P<half>半|[0-5][0-9])?"
)
_SAME_DAY = re.compile(r"当天发|今天.{0,3}发|当天.{0,3}发|能发吗|能发出|发得出|发货吗|来得及发")


def _named_payment(ctx: _Context) -> datetime | None:
    """The moment the customer says they will pay ("今天下午4点前付款"), today unless they say 明天;
    an hour without 上午/下午 inside the shop's day is read in the afternoon when that is later."""
    m = _NAMED_TIME.search(ctx.message)
    if m is None or not _SAME_DAY.search(ctx.message) or not re.search("付|拍|下单|买", ctx.message):
        return None
    hour = int(m["hour"]) if m["hour"].isdigit() else _CN_HOURS[m["hour"]]
    if m["part"] in ("下午", "傍晚", "晚上") and hour < 12 or m["day"] == "今晚" and hour < 12:
        hour += 12
    elif m["part"] is None and hour < 8:
        hour += 12  # "4点前" in a shop's day is 16:00
    minute = 30 if m["half"] == "半" else int(m["half"] or 0)
    day = ctx.now.date() + timedelta(days=1 if m["day"] == "明天" else 0)
    return datetime.combine(day, datetime.min.time(), tzinfo=ctx.now.tzinfo).replace(hour=hour % 24, minute=minute)


def _paid_by(ctx: _Context) -> str:
    """Whether a payment at the time the customer names ships the same day, said plainly: the
    named time against the policy's dispatch cut-off and working days."""
    paid = _named_payment(ctx)
    if paid is None:
        return ""
    policy = ctx.library.policy
    calendar = _calendar(policy)
    said = f"{paid.hour}:{paid.minute:02d}"
    if re.search(r"(?:点|:\d\d|半)\s*(?:之前|以前|前)", ctx.message):
        paid -= timedelta(minutes=1)  # "五点前拍" pays before 17:00, in time for a 17:00 cut-off
    ships = calendar.deadline("dispatch", paid).at
    cutoff = policy.dispatch_cutoff.strftime("%H:%M")
    rule = f"我们工作日{cutoff}前付款的订单当天发货"
    when = format_when(ships, ctx.now)
    if ships.date() == paid.date():
        return f"您{said}前付款能当天发，{rule}，{when}前就能发出"
    if not calendar.is_working_day(paid.date()):
        return f"{rule}，那天我们仓库休息，{said}付款的话会在{when}前发出哦"
    return f"{rule}，{said}付款就过了当天的截单时间，会在{when}前发出；想当天发的话，{cutoff}前付款就来得及"


# the customer has already sent the goods back: no "不用寄回" and no new option menu
_SENT_BACK = re.compile(r"(?:寄|退|发)回去了|已经(?:寄|退)回|寄回了|退回了|退货寄出|已寄回|寄出去了")
_QUALITY = re.compile(r"漏|破|碎|坏|变质|过期|质量|发霉|异味|过敏|烂脸|假货")


def _sent_back(ctx: _Context) -> list[tuple[str, str, str]]:
    """When the refund comes and who pays the return postage, for goods already sent back.

    A quality problem's return postage is the shop's; a change of mind's follows the policy.
    """
    if not _SENT_BACK.search(ctx.message):
        return []
    days = ctx.library.policy.refund_working_days
    quality = bool(ctx.severity or _QUALITY.search(ctx.message))
    sorry = "非常抱歉让您收到有问题的商品，还辛苦您寄回来。" if quality else "辛苦您寄回来啦。"
    parts = [("fact", "refund_due",
              f"{sorry}仓库签收退货后{days}个工作日内原路退款，签收后我会帮您盯着，到账前有任何问题随时找我")]
    if re.search("运费|邮费|快递费", ctx.message):
        if quality:
            postage = "这单是质量问题，寄回的运费由我们承担，您把寄件运费的截图发我，我跟退款一起给您补上"
        else:
            postage = f"寄回的运费是这样的：{ctx.library.policy.return_change_of_mind}"
        parts.append(("fact", "shipping", postage))
    return parts


def _refund_since(ctx: _Context) -> str:
    """When a refund is due, counted from the day the customer says the return arrived."""
    days = facts.days_ago(ctx.message)
    if days is None:
        return ""
    policy = ctx.library.policy
    signed = ctx.now - timedelta(days=days)
    due = _calendar(policy).deadline("refund", signed)
    signed_return = bool(_REFUND_EVENT.search(ctx.message))
    if signed_return:
        rule, since = f"仓库签收退货后{policy.refund_working_days}个工作日内原路退款", f"您的退货是{days}天前签收的"
    else:
        rule, since = f"退款一般{policy.refund_working_days}个工作日内原路到账", f"您这笔已经等了{days}天"
    if due.at <= ctx.now:
        return (f"真不好意思让您久等了，{rule}，{since}，按时间应该已经到账了。"
                f"我马上帮您查是哪一步卡住了，{ctx.values['time.reply']}前给您回复")
    return f"{rule}，{since}，这笔退款{format_when(due.at, ctx.now)}前会到账，到时没看到随时找我"


# asking for a remedy, and the problems whose scripts already offer one
_REMEDIES = frozenset({"return_exchange", "refund"})
_PROBLEMS = frozenset({"damaged", "quality_issue", "wrong_missing", "logistics", "not_shipped"})


def _problem_scenarios(ctx: _Context) -> set[str]:
    return {i.scenario for i in ctx.match.intents} & _PROBLEMS


def _fact_answer(topic: str, raw: str, product: Product | None, ctx: _Context) -> str:
    """The answer to one fact question of the clause ``raw``."""
    if topic == "price" and len(ctx.products) >= 2 and all(p.price is not None for p in ctx.products[:2]):
        return facts.prices(ctx.products[:2])
    if topic == "suitable" and _unsuited(ctx):
        # not for this skin: say so, and what is
        return facts.recommend(list(ctx.library.products.values()), product, ctx.message)
    # the region or the skin type may be in another clause ("我是混干皮，面霜会不会闷痘")
    said = ctx.message if topic in ("shipping", "suitable") else raw
    bought = _stage(ctx, ctx.lead) == "after_sale"
    return facts.answer(topic, said, product, ctx.library.policy, ctx.values, bought=bought)


# questions a scenario's script answers, asked in the same clause as a fact ("包邮吗几天能到")
_ALSO = {
    "dispatch_time": re.compile(r"今天.{0,3}发|能发吗|能发货吗|什么时候发|几点发|当天发"),
    "delivery_eta": re.compile(r"(?:几天|多久|什么时候)(?:能|会|可以)?(?:收)?到|要几天"),
}


def _also_asked(raw: str, ctx: _Context, done: set[str]) -> list[tuple[str, int]]:
    """Scenarios a fact clause also asks about before a sale, not answered yet, with where."""
    if _stage(ctx, ctx.lead) == "after_sale":
        return []
    found = []
    for sid, pattern in _ALSO.items():
        m = pattern.search(raw)
        if m and sid in ctx.library.scenarios and sid not in done:
            found.append((sid, m.start()))
    return found


# questions a lead scenario's scripts already answer
_COVERED = {"order_change": frozenset({"dispatch_time", "not_shipped"})}


# a clause that is a bare verb ("能改吗", "可以换不"): it acts on what the clause before names
_LEANS = re.compile(r"^(?:那|那么|还)?(?:能|可以|能不能|可不可以)?(?:改|修改|换|删|删掉|撤回|撤销)(?:一下|下)?(?:吗|不|么|嘛|吧|呢)?$")


def _own_question(scenario: str, raw: str, ctx: _Context, facts_given: bool = False) -> bool:
    """Whether a clause of a longer message needs an answer of its own from ``scenario``."""
    if facts_given and scenario not in _PROBLEMS and not _ASKS.search(raw):
        return False  # "我是第一次用烟酰胺，会不会刺痛": the statement is context for the answer
    if scenario in _COVERED.get(ctx.lead or "", ()):
        return False  # "地址写错了，发货了吗": the change script says what happens shipped or not
    if scenario in _REMEDIES and _problem_scenarios(ctx):
        return False  # "面霜漏液了，能退吗": the problem's own options already say how it is refunded
    if scenario != ctx.lead and _LEANS.match(raw):
        return False  # "手滑给了个中评，能改吗": the verb's object is in the clause before, not a new topic
    if ctx.lead in _PROBLEMS and _stage(ctx, scenario) == "pre_sale":
        return False  # "满199不是送面膜吗，包裹里没看到": the problem's script answers, not a sales one
    if scenario == "complaint" and len({i.scenario for i in ctx.match.intents}) > 1:
        return False  # next to a real question a complaint is the feeling, answered by the tone
    if _hypothetical_problem(scenario, raw, ctx):
        return False  # "是不是正品" asked before buying is not a quality complaint
    # "我是敏感肌", "不想要了" tell the need: they shape the answer, they are not questions
    return bool(_ASKS.search(raw)) or not (scenario in _RECOMMEND or _pre_sale_context(scenario, raw, ctx))


def _asks_facts(ctx: _Context) -> bool:
    """Whether any clause of the message asks a fact (so a statement elsewhere is context)."""
    return any(facts.asked(c) for c in _RAW_CLAUSE.split(ctx.message) if c)


def _hypothetical_problem(scenario: str, raw: str, ctx: _Context) -> bool:
    """An after-sale problem asked as a question in a pre-sale message ("会不会闷痘", "过期了吗")."""
    if scenario not in _PROBLEMS or _stage(ctx, ctx.lead) != "pre_sale":
        return False
    return bool(_HYPOTHETICAL.search(raw)) and "了" not in raw or bool(re.search("[吗么？?]$", raw))


def _pre_sale_context(scenario: str, raw: str, ctx: _Context) -> bool:
    """A pre-sale statement next to a question in another clause ("不想要了，没拆封可以退吗"), or
    inside an after-sale problem ("物流显示已签收，可是家里没人收到啊")."""
    if ctx.library.scenarios[scenario].stage != "pre_sale":
        return False
    if _stage(ctx, ctx.lead) == "after_sale":
        return True
    return any(_ASKS.search(c) for c in _RAW_CLAUSE.split(ctx.message) if c and c != raw)


def _spelled(clause: str, library: Library) -> str:
    """``clause`` with the misspellings and colloquial forms the synonyms know written out
    ("多钱" → "多少钱"), so a fact question is recognised however it is typed."""
    for variant, canonical in library.synonyms.items():
        if variant in clause and canonical not in clause:
            clause = clause.replace(variant, canonical)
    return clause


def _clause_scenario(raw: str, ctx: _Context) -> str | None:
    """The scenario of one clause of the message (the message's own for a single question)."""
    if len(ctx.match.intents) < 2:
        return ctx.lead
    norm = normalize(raw).text
    for intent in ctx.match.intents:
        if norm and (intent.clause in norm or norm in intent.clause):
            return intent.scenario
    return None


# what a request clause may name; a script that names it answers that request
_REQUEST_WORDS = ("地址", "电话", "收货人", "取消", "备注", "规格", "颜色", "尺码")


def _scenario_answer(scenario: str, raw: str, ctx: _Context, *, first: bool, variant: int = 0) -> str:
    """``scenario``'s main fitting answer (or, for ``variant`` 1, 2, its next ones) to one question
    of a longer message, without its opener unless it comes ``first``."""
    sc = ctx.library.scenarios[scenario]
    if _feeling_only(raw, scenario, ctx.library):
        return ""  # a greeting, or a feeling answered by the tone, is not a question
    scripts = [s for s in sc.scripts if _fits(s, ctx) and s.template != "fabe"]
    if not scripts:
        return ""
    # the library's first fitting script is its main answer (options lists stay for single
    # questions); a variant takes the next one, the last one when there are fewer
    # a clause naming what it wants changed ("地址帮我改成上海的") gets the script about that
    # thing first, not the scenario's main one (a cancel-and-refund)
    wants = [w for w in _REQUEST_WORDS if w in raw]
    scripts.sort(key=lambda s: (
        not any(w in _all_text(s) for w in wants), _order(s, ctx)[:2], s.template != "plain"
    ))
    script = scripts[min(variant, len(scripts) - 1)]
    text = _render(scenario, script, ctx).text
    if not first:
        # no "好的亲，" or "可以的～" mid-reply: an opening belongs to the first answer only
        text = _OPENER.sub("", _GREETING.sub("", _ACK.sub("", _GREETING.sub("", text))), count=1)
    return text


def _render(scenario: str | None, script: Script, ctx: _Context) -> Draft:
    values = ctx.values

    def fill(text: str, extra: dict[str, str] | None = None) -> str:
        if not values.get("message.problem"):
            text = _RESTATE.sub("", text)
        text = template.render(text, {**values, **extra} if extra else values).strip()
        return _listened(text, ctx.message)

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
    # spoiled, leaking or unsafe goods and a skin reaction are never "keep it plus a coupon"
    kept = [o for o in script.options if not (o.keep and ctx.severity)]
    for i, option in enumerate(kept):
        deadline = ctx.deadlines[option.deadline]
        label = option.label if len(kept) == len(script.options) else "ABC"[i]
        options.append(OptionDraft(label, fill(option.text, {"deadline": deadline.text}), deadline))
    lines = [fill(script.opening)] + [f"{o.label}. {o.text}" for o in options] + [fill(script.closing)]
    return Draft(
        0, scenario, "options", "\n".join(l for l in lines if l), options=tuple(options),
        audience=script.audience,
    )


# the restating sentence of a script, left out when the message has no clean problem clause
_RESTATE = re.compile(r"您是说\{message\.problem\}[^。！？!?]*[。！？!?]")
# needs-discovery questions and the words that show the customer already answered them
_KNOWN = {
    "skin": (re.compile(r"干皮|油皮|混油|混干|混合皮|敏感肌|敏感皮|痘痘肌|干性|油性|中性皮|大油田"),
             re.compile(r"偏干|偏油|肤质|混合皮")),
    "budget": (re.compile(r"预算|以内|以下|[0-9]+块|[0-9]+元|[0-9]+左右"), re.compile(r"预算")),
    "recipient": (re.compile(r"送人|送礼|送给|送妈|送爸|送女|送男|送老|自己用|自用|给我妈|给老婆|给女朋友"),
                  re.compile(r"自己用还是送人|自用还是送人|是给谁用|给谁用|送人呢")),
    "size": (re.compile(r"身高|体重|[0-9]+斤|[0-9]+cm|穿[0-9smlx]+码"), re.compile(r"身高|体重|平时穿的尺码")),
}
_QUESTION = re.compile(r"[^。！？!?～~：:]*[？?]")


def _listened(text: str, message: str) -> str:
    """``text`` without the questions about what the customer's message already says.

    >>> _listened("您平时是偏干还是偏油呢？预算大概多少呀？我帮您挑～", "我是油皮，想买面霜")
    '预算大概多少呀？我帮您挑～'
    """
    known = [ask for said, ask in _KNOWN.values() if said.search(message)]
    if not known:
        return text

    def keep(m: re.Match) -> str:
        return "" if any(ask.search(m.group(0)) for ask in known) else m.group(0)

    return _QUESTION.sub(keep, text)


def _polished(draft: Draft) -> Draft:
    """``draft`` with its text polished; the same object when polishing changes nothing
    (most drafts: ``replace`` costs more than the polish, which is cached)."""
    text = polish(draft.text)
    return draft if text == draft.text else replace(draft, text=text)


def _sentence(text: str) -> str:
    if text and text[-1] not in _END_PUNCT:
        return text + "。"
    return text


_ORDER_TROUBLE = frozenset({"order_change"})  # pre-sale scenarios about a mistake in a placed order


# --- finishing: empathy first, one step more --------------------------------------------------
def _finish(draft: Draft, ctx: _Context, rank: int, tips: list[Tip]) -> Draft:
    """``draft`` ranked ``rank``, with an empathy opening for an upset customer and at most one
    closing line: a reassurance (angry or anxious customer, after-sale) or a proactive tip."""
    lines = draft.text.split("\n")
    emotion, tone, values = ctx.emotion, ctx.library.tone, ctx.values
    scenarios = draft.answers or ((draft.scenario,) if draft.scenario else ())
    after_sale = any(ctx.library.scenarios[s].stage == "after_sale" for s in scenarios)
    # comforting a crisis before a sale reads odd ("怕颜色不一样" is a doubt): urgency gets its
    # opening there, anger a short apology, anxiety none
    # a mistake in the order already placed ("地址写错了 好慌") is a real worry, not a doubt
    troubled = after_sale or bool(set(scenarios) & _ORDER_TROUBLE)
    comfort = emotion.felt and (troubled or emotion.label in ("urgency", "anger"))
    if comfort and not any(w in lines[0][:30] for w in _FEELING_WORDS[emotion.label]):
        kind = emotion.label if troubled or emotion.label == "urgency" else "sorry"
        opener = template.render(getattr(tone, kind), values).strip()
        if opener:
            lines[0] = _opened(opener, lines[0])
    extra, tip_id = "", None
    if emotion.label in ("anger", "anxiety") and after_sale and values["time.reply"] not in draft.text:
        extra = template.render(tone.reassure, values).strip()
    elif rank == 1 and scenarios and emotion.label != "anger" and ctx.customer != "hurried" and (
        not draft.facts or lines[-1].endswith(_OFFER)  # a fact answer's push is its close
    ):
        # one tip per message, on the first draft: the same line in every draft reads as a stamp
        tip = choose_tip(tips, scenarios, draft.text, ctx.now, care=not emotion.felt, message=ctx.message)
        if tip is not None:
            extra, tip_id = template.render(tip.text, values).strip(), tip.id
            if lines[-1].endswith(_OFFER):  # one close: the tip answers the next question instead
                lines[-1] = lines[-1][: -len(_OFFER)].rstrip("～")
    if extra:
        lines[-1] = _sentence(lines[-1]) + extra
    return replace(draft, rank=rank, text="\n".join(lines), tip=tip_id)


# a script's own short opening that an empathy opening makes a second one
_ACK = re.compile(r"^(?:收到|好的|好嘞|可以的|明白)[～~！!。，,]*")
_APOLOGY = re.compile(r"^(?:非常|实在|真的|十分){0,2}(?:抱歉|对不起|不好意思)")


def _opened(opener: str, line: str) -> str:
    """``line`` after the empathy ``opener``, as one opening, not two stacked.

    A script's "收到～" goes; when the line opens with its own apology, the opener keeps only
    its feeling and runs into the apology.

    >>> _opened("亲，知道您着急，小禾马上帮您处理。", "亲，非常抱歉让您久等了！我马上核实")
    '亲，知道您着急，非常抱歉让您久等了！我马上核实'
    >>> _opened("亲，知道您着急，小禾马上帮您处理。", "收到～订单还没发出的话都可以调整哦")
    '亲，知道您着急，小禾马上帮您处理。订单还没发出的话都可以调整哦'
    """
    body = _ACK.sub("", _GREETING.sub("", line)) if opener.startswith("亲") else _ACK.sub("", line)
    first = re.match(r"[^。！？～]+", opener)
    if _APOLOGY.match(body) and first and "，" in first.group(0):
        return first.group(0)[: first.group(0).rindex("，") + 1] + body
    return opener + body


@lru_cache(maxsize=1024)
def _names(text: str) -> tuple[str, ...]:
    return tuple(template.placeholders(text))


# --- Traditional characters -------------------------------------------------------------------
def _reader_variant(variant: str, text: str, message: str) -> str:
    """The shop's Traditional variant, or, for a shop that sets none, the one of the place a
    customer ships to ("寄到台灣": a reader in Taiwan reads 免運, not 包郵)."""
    if variant != "standard":
        return variant
    if re.search("台灣|臺灣|台湾", message):
        return "tw"
    if re.search("香港|澳門|澳门", message):
        return "hk"
    return variant


def _in_traditional(
    draft: Draft, library: Library, products: tuple[Product, ...], customer: bool, message: str = "",
) -> Draft:
    """``draft`` in Traditional characters in the shop's variant.

    Names follow the customer's script (a customer writing Traditional reads "積雪草修護面霜"),
    except the names the shop marks ``name_fixed``; the agent's name is always kept as written.
    """
    variant = _reader_variant(library.policy.traditional_variant, draft.text, message)
    keep = [library.shop.agent]
    if library.shop.name_fixed or not customer:
        keep.append(library.shop.name)
    for product in products:
        if product.name_fixed or not customer:
            keep += [product.name, *product.aliases]

    def convert(text: str) -> str:
        return to_traditional(text, variant, keep)

    options = tuple(replace(o, text=convert(o.text)) for o in draft.options)
    fabe = {k: convert(v) for k, v in draft.fabe.items()} if draft.fabe is not None else None
    return replace(draft, text=convert(draft.text), options=options, fabe=fabe)
