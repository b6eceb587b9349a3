"""Choose and render the draft replies for a matched message.

``suggest()`` is the one call behind ``csreply suggest``: match the message, find the catalogue
items it names, read how the customer feels and what kind of customer they are, fill the scripts
of the recognised scenario (or the clarifying fallback) with the shop's profile, policy
deadlines and product facts, then finish each draft the way a good agent would: an empathy
opening first for an upset customer, at most one proactive tip, and Traditional characters for a
customer who writes them. ``Suggestion.to_dict()`` is the JSON contract. No I/O.

A draft is one opening, one answer per question in the customer's order and one close, never
two scripts glued together (``csreply.writing.composing``): a question about a fact is answered
from the library (``csreply.writing.facts``), the other questions by their scenario's script
without its own opener or closing question (``csreply.writing.answers``), and
``csreply.writing.polish`` removes what the joints repeat. The problem decides the remedy and the
lead scenario is the real question rather than a threat next to it (``csreply.writing.triage``);
scripts that ask what the customer said or which item they named are left out
(``csreply.writing.fitting``). ``csreply.writing.choosing`` ranks the drafts and
``csreply.writing.rendering`` fills and finishes them.

Everything that depends only on the shop and the clock (policy texts, the four deadlines) is
computed once per ``now`` and reused (``csreply.writing.values``), so a batch run pays for it once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from ..library.loading import Library
from ..library.model import Product
from ..understanding.catalogue import find_products, ranked_pair
from ..understanding.implied import head_named, implied_item
from ..understanding.customer import detect as customer_type
from ..understanding.emotion import NEUTRAL, Emotion
from ..understanding.emotion import detect as feel
from .hanzi import wants_traditional
from ..understanding.matcher import Match, Matcher
from .choosing import ranked_drafts
from .draft import Context, Draft
from .placed import placed
from .readback import check_only
from .rendering import in_traditional, polished
from .restate import in_simplified
from .touches import touched
from .fact_topics import asked as facts_asked
from .triage import ASKS, lead_scenario, severity_of
from .said_leads import GOODS_PROBLEMS
from .values import JUST_PLACED, business_calendar, clock_values, placeholder_values
from ..lazy_pattern import lazy

DEFAULT_TOP = 3
# the drafts read at most this much of a message: the matcher reads its first 500 characters
# (normalize.MAX_CHARS), and every rule of the writing stage is a scan of the message, so a
# megabyte paste would cost seconds for nothing a reply can use (no real message comes near it)
DRAFT_CHARS = 4_000


@dataclass(frozen=True)
class Suggestion:
    """A message, what it was recognised as, how the customer feels, and its ranked drafts."""

    message: str
    match: Match
    drafts: tuple[Draft, ...]
    product: Product | None
    now: datetime
    emotion: Emotion = NEUTRAL
    customer: str | None = None  # bargainer, indecisive, detail, hurried (see csreply.understanding.customer)
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


def _settled(lead: str | None, match: Match, library: Library, emotion: Emotion, text: str, named: bool = False) -> str | None:
    """The lead after what only drafting knows: the customer's feeling. An angry customer is not
    asked which of two matters they mean ("等了十天包裹还卡在那边 你们到底有没有在处理"): the likelier one
    is taken up (the drafts still say how sure it is); and a parcel said stuck is on its way, not
    waiting to ship ("快递三天没动了 你们到底发没发")."""
    if lead is None and match.scenario is None and emotion.label == "anger" and match.reply_needed and match.candidates:
        likeliest = match.candidates[0]
        if likeliest.score >= ANGRY_TAKES and not library.scenarios[likeliest.scenario].yields:
            lead = likeliest.scenario
    if lead is None and match.scenario is None and not match.intents and named and match.reply_needed and ASKS.search(text) and not facts_asked(text) and "product_info" in library.scenarios:
        lead = "product_info"  # "娃儿12岁 脸上冒痘痘 用你们那个精华要得不": a question about an item of ours
    if lead == "not_shipped" and "logistics" in library.scenarios and _STUCK_PARCEL.search(text):
        lead = "logistics"
    if lead == "logistics" and "not_shipped" in library.scenarios and _NO_TRACKING.search(text) and (_SEND_IT.search(text) or _PAID_SAID.search(text)) and not _ON_ITS_WAY.search(text):
        # "上周四付的款 物流一点信息都没有 赶紧给我发", "前天晚上拍的 物流一点信息都没有": nothing sent yet, no parcel to trace
        lead = "not_shipped"
    if lead == "promotion" and "order_placed" in library.scenarios and JUST_PLACED.search(text) and _GIFT_KEPT.search(text):
        lead = "order_placed"  # "付好啦 满199的面膜别忘了": the gift of an order placed is checked, no promotions told
    if lead == "order_change" and "order_placed" in library.scenarios and JUST_PLACED.search(text) and check_only(text):
        lead = "order_placed"  # "拍好了 你看一下 地址没写错吧": the address checked, not a new one asked for
    return lead


_GIFT_KEPT = lazy(r"记得|别忘|不要忘|别漏|(?:送|赠|面膜)[^，。？！]{0,6}(?:吗|没|吧)$")
_STUCK_PARCEL = lazy("(?:包裹|快递|物流).{0,6}(?:卡|不动|没动)")
_NO_TRACKING = lazy(r"(?:物流|快递)(?:信息)?[^，。？！]{0,6}没有|没有?物流")
_SEND_IT = lazy(r"(?:赶紧|快点?|尽快|马上|到底)(?:给我)?发|(?:还|也)?(?:没|不)发(?:货)?|发(?:没发|了没)")
_PAID_SAID = lazy(r"拍的|付的款?|付款了|付了款|下的单|下单了")
_ON_ITS_WAY = lazy(r"已发货|发货了|已经发|单号|显示|派送|签收|中转|转运|揽收|到哪")

ANGRY_TAKES = 0.3  # set by hand: an angry message's likeliest scenario at least this likely is answered, not asked about

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
    :class:`csreply.understanding.context.Conversation`); by default the message is matched on its own.

    ``script`` is ``auto`` (Traditional drafts for a message in Traditional characters),
    ``simplified`` or ``traditional``.

    >>> from csreply.library import Library
    >>> s = suggest("能便宜点吗", Library.load(user=False, env=False))
    >>> s.scenario, len(s.drafts) >= 2, s.customer
    ('bargain', True, 'bargainer')
    """
    matcher = matcher or Matcher(library)
    calendar = business_calendar(library.policy)
    now = calendar.localize(now or datetime.now().astimezone())
    match = match or matcher.rank(message)
    original, message = message, message[:DRAFT_CHARS]  # a megabyte paste is drafted from its start
    traditional = wants_traditional(script, match.normalized.traditional)
    products = tuple(_products(library, product_id, message))
    emotion = feel(message)
    clock = clock_values(library.shop, library.policy, now)
    text = in_simplified(message, match)
    severity = severity_of(text, library, match)
    lead = _settled(lead_scenario(match, library, severity), match, library, emotion, text, bool(products))
    products = _asked_first(products, text, library, lead, match)
    values = placeholder_values(library, clock, message, match, products, lead, severity, hurried=emotion.label == "urgency")
    ctx = Context(
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
    drafts = [polished(d) for d in ranked_drafts(ctx, top)]
    drafts = _tips_kept(placed(touched(drafts, ctx), ctx), library)
    if traditional:
        drafts = [in_traditional(d, library, products, match.normalized.traditional, message) for d in drafts]
    return Suggestion(
        original,
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


_PAST = lazy(r"上次|上回|之前|以前|上个?月|去年")
_BOUGHT_BEFORE = lazy(r"(?:上次|上回|之前|以前|上个?月|去年|前几天|一直)[^，,。？?！!\s]{0,8}(?:买的|买过|用的|用过|在用|用完)")
_TRYING_NOW = lazy(r"(?:这次|这回)(?:想|要|再)|想试试")
_CLAUSE = lazy(r"[，,。；;！!？?\s]+")
_GIFT_RULE = lazy(r"满[#\d]+元?送的?(?:[一1]片)?[^，,。；;！!？?\s]{0,6}?(?=[的跟和与能可是，,。；;！!？?\s]|$)")  # "满199送面膜": the promotion's gift, named by its rule
_REFUSED = lazy(r"(?:别|不要|不用)(?:再|又)?(?:给我|跟我)?(?:推荐?|介绍)(?:什么|啥)?([^，,。；;！!？?\s]{2,12})|除了([^，,。；;！!？?\s]{2,8}?)(?:以外|之外)?(?:还有|还能|还可以|别的|其他)")


def _asked_first(products: tuple[Product, ...], message: str, library: Library, lead: str | None, match: Match) -> tuple[Product, ...]:
    """Before a sale, an item named only as bought before ("上个月在你们家买的洗面奶 …这回想给她带个
    面霜 …积雪草的她能用不") goes after the item asked about now; after a sale, the item of the
    problem's own clause goes before an item told of an earlier order ("上次买的洁面挺好用的 这次收到的
    精华泵头按不出来": the serum)."""
    scenario = library.scenarios.get(lead) if lead else None
    if scenario is not None and lead in GOODS_PROBLEMS and len(products) >= 2:
        faulty = next((p for i in match.intents if i.scenario in GOODS_PROBLEMS for p in find_products(library, i.clause, limit=1)), None)
        earlier = any(_PAST.search(c) and products[0] in find_products(library, c) for c in _CLAUSE.split(message))
        if faulty is not None and earlier and faulty.id != products[0].id and faulty.id in {p.id for p in products}:
            return (faulty, *(p for p in products if p.id != faulty.id))
    if scenario is None or scenario.stage != "pre_sale" and not _TRYING_NOW.search(message):
        return products  # (an invoice beside "这次想试试精华": the item tried now is asked about)
    refused = {p.id for m in _REFUSED.finditer(message) for p in find_products(library, m.group(1) or m.group(2))}
    if refused and len(refused) < len(library.products):  # "到底哪个适合我 别又给我推面霜": not that one
        products = tuple(p for p in products if p.id not in refused)
    rest = _GIFT_RULE.sub("", message) if _GIFT_RULE.search(message) else message  # "满199送面膜能一起用吗 …包邮不": the rule's gift, no item asked
    if rest != message and len(products) == 1 and products[0] not in find_products(library, rest, limit=1):
        return ()
    if len(products) >= 2 and re.search(f"送的?(?:{re.escape(products[0].category or products[0].name)})", message) and not any(
        re.search(f"送的?(?:{re.escape(p.category or p.name)})", message) for p in products[1:]
    ):
        products = (*products[1:], products[0])  # "满199送面膜是吧 那我买精华刚好199 包邮不": the gift after the item bought
    if len(products) < 2 or not _BOUGHT_BEFORE.search(message):
        return products
    past: set[str] = set()
    named_now: set[str] = set()
    for clause in _CLAUSE.split(message):  # each clause's items looked up once
        (past if _BOUGHT_BEFORE.search(clause) else named_now).update(p.id for p in find_products(library, clause))
    if products[0].id in past and products[0].id not in named_now and any(p.id in named_now for p in products[1:]):
        return (*products[1:], products[0])
    return products


def _products(library: Library, product_id: str | None, message: str) -> list[Product]:
    if product_id is None:
        found = find_products(library, message)  # "那个绿的霜跟烟酰胺精华有啥区别": one named, one said by its kind
        return found + [p for p in head_named(library, message) if p not in found] if len(found) == 1 else found or implied_item(library, message)
    if product_id not in library.products:
        from ..errors import UsageError

        known = ", ".join(sorted(library.products)) or "none in the loaded libraries"
        raise UsageError(f"unknown product '{product_id}' (known: {known})")
    return [library.products[product_id]]


def _tips_kept(drafts: list[Draft], library: Library) -> list[Draft]:
    """Each draft without a tip that what was added after it now makes needless: a split-shipment
    note beside "满199元送的面膜1片会随单一起发出" said by the order read back (its ``unless`` words)."""
    tips = {tip.id: tip for tip in library.tips}
    out = []
    for d in drafts:
        tip = tips.get(d.tip or "")
        rest = d.text.replace(tip.text, "") if tip is not None else d.text
        if tip is not None and tip.text in d.text and any(word in rest for word in tip.unless):
            d = replace(d, text=rest.rstrip(), tip=None)
        out.append(d)
    return out

