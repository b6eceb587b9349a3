"""The values the placeholders of scripts are filled with: the shop, policy and clock values
(computed once per shop and moment), the customer's message and restated problem, the named
products' facts and the guesses of a clarifying question.
"""

from __future__ import annotations


from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from ..library.loading import Library
from ..library.model import DEADLINE_KINDS, POLICY_FACTS, PRODUCT_FACTS, Policy, Product, Shop
from ..understanding.catalogue import misspells_item, ranked_pair
from ..understanding.matcher import Candidate, Match
from ..understanding.severity import REACTION, SHORTFALL, UNSAFE
from .bizcal import BusinessCalendar, Deadline
from .restate import in_simplified, restate
from .triage import STRONG_KEYWORD, small_talk_only
from .signals import EARLIER_MATTER, JUST, PAY_FAILS, SMALL_TALK
from .totals import gift_rule, named_sum
from ..lazy_pattern import lazy

FABE_PARTS = ("feature", "advantage", "benefit", "evidence")  # a FABE script's parts, in order


@dataclass(frozen=True)
class _Clock:
    """What the shop and the moment decide, the same for every message at that moment."""

    values: tuple[tuple[str, str], ...]
    deadlines: dict[str, Deadline]


@lru_cache(maxsize=16)
def business_calendar(policy: Policy) -> BusinessCalendar:
    return BusinessCalendar(policy)


@lru_cache(maxsize=256)
def clock_values(shop: Shop, policy: Policy, now: datetime) -> _Clock:
    """Shop, policy and time values, computed once per shop and moment."""
    calendar = business_calendar(policy)
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
    # the payment an order's dispatch time holds for: "17:00前付款的话" while today's cut-off is
    # still ahead (an order paid after it leaves a day later), "现在付款的话" once it is not
    ships_today = deadlines["dispatch"].at.date() == calendar.localize(now).date()
    values["time.pay_by"] = values["time.pay_new"] = f"{values['policy.cutoff']}前付款的话" if ships_today else "现在付款的话"  # (pay_new: a new order's, whatever was placed)
    return _Clock(tuple(values.items()), deadlines)


def _has_typo(text: str, library: Library) -> bool:
    """Whether ``text`` holds a misspelling the library's synonyms know ("发贷", "退宽"): quoting
    it back ("您是说还没发贷，是吗？") reads as mockery."""
    if not text:
        return False  # most messages restate no problem: no need to look through the synonyms
    return any(len(v) >= 2 and v in text for v, canonical in library.synonyms.items() if v != canonical) or misspells_item(library, text)


# "那第二个呢", "对 就是那个": points back at something said before, with nothing of its own
BARE_REFERENT = lazy(r"(?:对的?|是的|嗯+|恩+)?(?:就是?)?(?:那|这|那么|还有)?(?:第[一二三四五六两#\d]+[个款样条]|另一[个款样]|另外一?[个款样]|其他的?|别的|这个|那个|这款|那款)(?:呢|吧|咋样|怎么样|如何|也是吗|也一样吗)?")
# an order placed or paid just now ("已下单", "刚付完款", "拍好了") … unless it was earlier or is late
JUST_PLACED = lazy(r"^(?:我|亲)?(?:已经)?拍了(?!吗|没)|已下单|已经下(?:好)?单|下好单|已付款|已经付(?:好|过)?(?:款|了)|" + JUST + r"(?:拍|付|下单)(?!不)|拍好[了啦]|付好[了啦]|付完(?:款|了)|付好款|^(?:我|亲)?付(?:过)?款了|^(?:我|亲)?下(?:好)?单了(?!吗|没)|^(?:我|亲)?付了(?!吗|没|多少)")
PLACED_EARLIER = lazy(r"昨|前天|上周|礼拜|星期|[0-9一二三四五六七八九十两]+[号天]|没发|还没|不发|没物流|没动|怎么还")
GUESS = 0.2  # a scenario this likely may be guessed ("您是想问…呢？") when none was chosen
WEAK_GUESS = 0.3  # … but one whose only evidence is an auxiliary keyword ("下雨", "多大") needs more


def _likely(candidate: Candidate, text: str) -> bool:
    """Whether ``candidate`` is likely enough to ask the customer about: "你们那边下雨了吗" holds
    damaged's auxiliary word 下雨, which is no reason to ask about a broken parcel."""
    if small_talk_only(candidate, text) or not candidate.hits and SMALL_TALK.search(text):
        return False  # "杭州这几天冷不冷啊": small talk with no word of any scenario
    if candidate.hits and all(h.weight < STRONG_KEYWORD for h in candidate.hits):
        return candidate.score >= WEAK_GUESS
    return candidate.score >= GUESS


def placeholder_values(
    library: Library, clock: _Clock, message: str, match: Match, products: tuple[Product, ...],
    lead: str | None = None, severity: str = "", hurried: bool = False,
) -> dict[str, str]:
    values = dict(clock.values)
    values["message.text"] = in_simplified(message, match)
    if JUST_PLACED.search(message) and not PLACED_EARLIER.search(message) and not PAY_FAILS.search(message):  # (not "付了两次都失败")
        # "已下单 …几天到": the order is in; "17:00前付款的话" would ask for what is done
        values["time.pay_by"] = "感谢您下单" + ("，这单已经在安排了" if "今天" in values["time.dispatch"] else "")
    after_sale = lead is not None and library.scenarios[lead].stage == "after_sale"
    # restating belongs to after-sale problems only; "" leaves the restating sentence out
    prefer = {"reaction": REACTION, "unsafe": UNSAFE}.get(severity, SHORTFALL if lead == "wrong_missing" else None)
    # … and not to a customer in a hurry: they want the action, not their words read back
    problem = restate(message, match, prefer) if after_sale and not hurried else ""
    values["message.problem"] = "" if _has_typo(problem, library) else problem
    if products:
        values.update(_facts("product", products[0]))
    if len(products) == 1 and not after_sale and (gap := _gift_gap(message, products[0], library.policy)):
        values["policy.gifts"] += f"，单买这款还差{gap:g}元"  # "面霜能便宜点不": not a gift the cream alone does not reach
    pair = ranked_pair(list(products))
    if pair is not None:
        values.update(_facts("other", pair[0]))
        values.update(_facts("better", pair[1]))
    # "那第二个呢" points back at something said before: nothing in it to guess a scenario from
    referent = BARE_REFERENT.fullmatch(match.normalized.text) or EARLIER_MATTER.fullmatch(match.normalized.text)
    # a feeling ("投诉与强烈不满") is nothing to ask the customer to confirm
    guesses = [] if referent else [c.title for c in match.candidates[:2] if c.scenario != "complaint" and not library.scenarios[c.scenario].yields and _likely(c, match.normalized.text)]
    if guesses:
        values["guesses"] = "还是".join(guesses)
    return values


def gift_short(total: float, policy: Policy) -> float:
    """How much ``total`` falls short of the gift's threshold; 0 when it reaches it, when the gap is
    more than the total again (no "还差140元" beside a 59元 item) or when no gift goes by a sum."""
    rule = gift_rule(policy)
    return rule[0] - total if rule and total < rule[0] <= 2 * total else 0


def _gift_gap(message: str, product: Product, policy: Policy) -> float:
    """How much the one item the message names (counted, "两瓶面霜") falls short of the gift (gift_short)."""
    summed = named_sum(message, [product])
    return gift_short(summed[0], policy) if summed else 0


def _facts(prefix: str, product: Product) -> dict[str, str]:
    values = {
        f"{prefix}.name": product.name,
        f"{prefix}.price": f"{product.price:g}" if product.price is not None else "",
    }
    for fact in FABE_PARTS + ("role",) + PRODUCT_FACTS:
        text = getattr(product, fact)
        # better/other facts are joined inside sentences: no full stop of their own
        values[f"{prefix}.{fact}"] = text if prefix == "product" else text.rstrip("。.；; ")
    return values
