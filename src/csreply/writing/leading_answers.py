"""Answers that take a whole message's question before its clauses are answered one by one: how
two named items relate, a recommendation for the stated need, the fact behind a hesitation's
worry, how long one item lasts, whether a payment at a named time ships the same day, and a
refund for goods already sent back or counted from the day the return arrived.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from . import facts
from ..understanding.catalogue import find_products, unsold_kind
from .bizcal import format_when
from ..library.model import Product
from .draft import Context
from .fitting import complementary
from .rendering import bare_rule
from .triage import PROBLEMS
from .values import business_calendar

# the scenarios a recommendation answers (a clause of theirs that only states the need is context)
RECOMMEND = frozenset({"recommend", "skin_type", "product_info", "hesitation"})
_REFUND_EVENT = re.compile(r"签收|收到退货")
_PRESENT = re.compile(r"送(?:啥|什么|哪[个款样件])?(?:好|合适|不错|比较好)|送给|送人|送[妈爸老长闺朋女男婆奶爷姐妹哥弟同]|礼物")
_SENT = re.compile(r"寄回|退回去|寄出|发回")  # a return sent, not yet signed for by the warehouse
# asked of every message (compiled once: re.search with a string looks its pattern up each call)
_TOGETHER = re.compile("一起用|搭配|先用|后用|用完.{0,4}[涂抹用]|区别|不同")
_ASKS_WHICH = re.compile("有没有适合|推荐|哪款|哪些|哪几款|哪个好|买什么|选什么|能用哪")


def leading_answers(ctx: Context) -> tuple[list[tuple[str, str, str]], set[str]]:
    """Answers that take a whole message's question: goods the shop does not sell, how two named
    items relate, a recommendation for the need the customer stated, a refund counted from the
    return's arrival."""
    kind = unsold_kind(ctx.library, ctx.message)
    if kind:
        # "有卖防晒霜吗": say plainly it is not sold and what is, before anything else the message asks
        sold = "、".join(dict.fromkeys(p.category or p.name for p in ctx.library.products.values()))
        parts, done = _leading(ctx)
        return [("fact", "not_sold", f"我们店目前没有{kind}哦，店里现在有{sold}")] + parts, done | {"stock", "promotion"}
    return _leading(ctx)


def _leading(ctx: Context) -> tuple[list[tuple[str, str, str]], set[str]]:
    scenarios = {ctx.lead} | {i.scenario for i in ctx.match.intents}
    together = _TOGETHER.search(ctx.message) or _which_of_two(ctx)
    choosing = scenarios & {"product_compare", "recommend", "hesitation"}
    if ctx.pair is not None and (together or choosing and (complementary(ctx.pair) or "product_compare" in choosing)):
        first, second = ctx.products[0], ctx.products[1]
        text = facts.roles(first, second)
        skin = facts.skin_of(ctx.message)
        fitting = [p for p in (first, second) if skin and facts.suits(p, skin) is True]
        if len(fitting) == 2:  # both may do: the one whose facts name the skin in so many words
            fitting = [p for p in fitting if skin in p.suitable_for] or fitting
        if len(fitting) == 1 and re.search("买哪|先买|选哪|哪个好|哪个更|只买一|只想买一|买一个", ctx.message):
            # "我混干皮…买哪个好": the item for the skin the customer stated, not only the roles
            text += f"。按您说的{skin}，如果先买一样，建议先选{fitting[0].name}"
        return [("fact", "compare", text)], {"product_compare", "usage", "recommend", "hesitation"}
    named = ctx.products[0] if ctx.products else None
    asks_which = named is None and _ASKS_WHICH.search(ctx.message)
    if "recommend" in scenarios or ("skin_type" in scenarios and named is None) or asks_which:
        text = facts.recommend(list(ctx.library.products.values()), named, ctx.message)
        if text:
            # "送妈妈啥好" chooses a present: the 送 is not a question about the shop's 买赠
            done = set(RECOMMEND) | {"product_compare"} | ({"promotion"} if _PRESENT.search(ctx.message) else set())
            return [("fact", "recommend", text)], done
    worry = _worry(ctx) if scenarios & {"hesitation"} else []
    if worry:
        # the worry is the whole message: "怕用了过敏" is not a reaction to answer as a problem
        return worry, {"hesitation", "skin_type", "product_info", *PROBLEMS}
    enough = _how_many(ctx)
    if enough:
        return [("fact", "amount", enough)], {"product_info", "size_advice", "recommend", "stock"}
    paid = _paid_by(ctx) or _paid_on_day(ctx)
    if paid:
        # "四点前拍来得及吗" asks about dispatch only: no transit paragraph unless arrival is asked
        arrival = re.search(r"到货|能到|送到|收到|几天到|多久到|哪天到", ctx.message)
        return [("fact", "dispatch_cutoff", paid)], {"dispatch_time"} | (set() if arrival else {"delivery_eta"})
    if "refund" in scenarios or "return_exchange" in scenarios:
        # "付款三天了还不发货 不发我退了": the days count the wait for dispatch, not a refund
        text = _refund_since(ctx) if ctx.lead in ("refund", "return_exchange") else ""
        if text:
            return [("fact", "refund_due", text)], {"refund", "return_exchange"}
        opened = _opened_return(ctx)
        if opened:
            return opened, {"refund", "return_exchange", *PROBLEMS}  # no problem script glued after it
        sent = _sent_back(ctx) or _before_return(ctx)
        if sent:
            return sent, {"refund", "return_exchange", *PROBLEMS}
    return [], set()


_WHICH = re.compile("还是|哪个好|哪个更|选哪|买哪")


def _which_of_two(ctx: Context) -> bool:
    """"面霜还是精华好": one clause names both items and asks which, whatever the clause matched
    (not "送一盒还是一片" in a message that names two items elsewhere)."""
    if ctx.pair is None or not _WHICH.search(ctx.message):
        return False
    clauses = re.split(r"[，,。.;；!！?？~～\s]+", ctx.message)
    return any(_WHICH.search(c) and len(find_products(ctx.library, c)) >= 2 for c in clauses)


# what a hesitating customer is afraid of, and the fact that answers it
_PREGNANCY = re.compile(r"怀孕|孕期|孕妇|备孕|哺乳|喂奶")  # whom a wrong answer could harm: the fact, no sales talk
_WORRIES = (
    (_PREGNANCY, "suitable"),
    (re.compile(r"过期|用不完|放不住|放太久|放久了"), "shelf_life"),
    (re.compile(r"过敏|刺激|烂脸|泛红|刺痛|闷痘|长痘|不适应|不耐受|受不了"), "cautions"),
    (re.compile(r"不适合|不合适|适不适合|肤质"), "suitable"),
    (re.compile(r"尺码|大小|合不合身|穿不下|装不下"), "spec"),
)


def _worry(ctx: Context) -> list[tuple[str, str, str]]:
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
            calm = f"您慢慢考虑不着急。{bare_rule(ctx.library.policy.return_change_of_mind)}，想好了随时来找{ctx.values['shop.agent']}"
            return [("fact", topic, f"您的顾虑很实在，{fact}"), ("fact", "return_window", calm)]
    return []


# "买一瓶够吗还是两瓶", "能用多久": how much to buy, answered from the size and the amount per use
_HOW_MANY = re.compile(r"够用?吗|够.{0,3}[用敷抹涂].{0,6}吗|够不够|能用多久|可以用多久|用多久|能用几个月|用得完|买几[瓶支盒]|一[瓶支盒]还是两[瓶支盒]|买两[瓶支盒]")
_SHARED = re.compile(r"两个人|俩人|两人|一家|全家|老公|老婆|男朋友|女朋友|对象|妈妈|爸爸|家人|室友|闺蜜")


def _unit(product: Product) -> str:
    """The measure word of one item: 盒 for pieces in a box ("5片装"), else 瓶."""
    return "盒" if re.search("片|袋|包|粒", product.spec + product.name) else "瓶"


def _how_many(ctx: Context) -> str:
    """How long one item lasts and whether one is enough, from its size and usage facts: the time
    is hedged (no fact states it) and no second item is pushed; a second user's skin is asked
    when the item does not suit every skin."""
    if len(ctx.products) != 1 or not _HOW_MANY.search(ctx.message) or re.search(r"够满|满[#\d]|满了", ctx.message):
        return ""  # "买两瓶够满199了吧" asks about the gift's threshold, not how long they last
    p = ctx.products[0]
    if not (p.spec and p.usage):
        return ""
    shared = _SHARED.search(ctx.message)
    pace = "两个人一起用会用得快一些，" if shared else ""
    weeks = _weeks(p.spec, p.usage)
    if weeks:
        # a box of 5 sheets used 2 to 3 times a week: the count answers it, no "每次取多少"
        text = (f"{p.name}的用法是：{bare_rule(p.usage)}。一{_unit(p)}{weeks}，"
                f"{pace}建议先买一{_unit(p)}，用着合适再回购也来得及")
    else:
        text = (f"{p.name}每次的用量是这样的：{bare_rule(p.usage)}。具体能用多久要看每次取多少、涂多大面积，"
                f"没法给您打包票，{pace}建议先买一{_unit(p)}，用着合适再回购也来得及")
    if shared and p.not_for and p.suitable_for:
        who = shared.group(0) if shared.group(0) not in ("两个人", "俩人", "两人") else "另一位"
        who = "您先生" if who == "老公" else "您太太" if who == "老婆" else who
        text += f"。另外它更适合{bare_rule(p.suitable_for)}，{bare_rule(p.not_for)}不太建议用，{who}是什么肤质呀？"
    return text


_PIECES = re.compile(r"(\d+)\s*(片|袋|粒|颗|包|贴)")
_PER_WEEK = re.compile(r"一周(?:用|敷|贴)?\s*(\d+)\s*(?:到|-|~|～|至)?\s*(\d+)?\s*次")


def _weeks(spec: str, usage: str) -> str:
    """How long a box of counted pieces lasts at the usage's weekly pace, or "".

    >>> _weeks("5片装，每片25ml精华", "洁面后敷15分钟左右，一周用2到3次")
    '5片，按一周2到3次算，大约能用两周左右'
    """
    pieces, pace = _PIECES.search(spec), _PER_WEEK.search(usage)
    if not pieces or not pace:
        return ""
    n, low = int(pieces.group(1)), int(pace.group(1))
    high = int(pace.group(2) or low)
    often = f"{low}到{high}次" if high != low else f"{low}次"
    shortest = max(1, round(n / high))
    longest = max(shortest, n // low)
    spoken = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八"}
    span = spoken.get(shortest, str(shortest)) if shortest == longest else f"{shortest}到{longest}"
    return f"{n}{pieces.group(2)}，按一周{often}算，大约能用{span}周左右"


# "下午4点前付款能当天发吗": a clock time the customer names, and that it is about dispatch
_CN_HOURS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "十": 10, "十一": 11, "十二": 12}
_NAMED_TIME = re.compile(
    r"(?P<day>今天|今晚|明天)?\s*(?P<part>凌晨|早上|上午|中午|下午|傍晚|晚上)?\s*"
    r"(?P<hour>1[0-2]|[0-9]|十[一二]?|[一两二三四五六七八九])\s*(?:点|:|：)\s*(?P<half>半|[0-5][0-9])?"
)
_SAME_DAY = re.compile(r"当天发|今天.{0,3}发|当天.{0,3}发|能发吗|能发出|发得出|发货吗|来得及发")


def _named_payment(ctx: Context) -> datetime | None:
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


def _paid_by(ctx: Context) -> str:
    """Whether a payment at the time the customer names ships the same day, said plainly: the
    named time against the policy's dispatch cut-off and working days."""
    paid = _named_payment(ctx)
    if paid is None:
        return ""
    policy = ctx.library.policy
    calendar = business_calendar(policy)
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


_PAID_DAY = re.compile(
    r"(?P<day>周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|昨天|前天|琴日|寻日|尋日|前日)"
    r"(?P<part>早上|上午|中午|下午|傍晚|晚上|夜里|半夜|凌晨)?.{0,3}(?:拍|付款|付的|下单|下的单|买|落单|落咗单|落了单)"
)
_SAID_DAY = {"琴日": "昨天", "寻日": "昨天", "尋日": "昨天", "前日": "前天"}  # Cantonese, said back in Mandarin
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_PART_HOUR = {"早上": 9, "上午": 10, "中午": 12, "下午": 15, "傍晚": 18, "晚上": 21, "夜里": 23, "半夜": 1, "凌晨": 2}


def _paid_on_day(ctx: Context) -> str:
    """When an order paid on a past day the customer names ships ("周日晚上拍的啥时候发货"):
    counted from that day, not from now; a time already past is checked, not promised again."""
    m = _PAID_DAY.search(ctx.message)
    if m is None or not re.search("发货|发出|发吗|发了|寄出|什么时候发|啥时候发|几时发|几时会寄|寄出", ctx.message):
        return ""
    word = m["day"]
    if word in ("昨天", "前天", "琴日", "寻日", "尋日", "前日"):
        back = 2 if word in ("前天", "前日") else 1
    else:
        back = (ctx.now.weekday() - _WEEKDAY[word[-1]]) % 7 or 7  # the last such day before today
    day = ctx.now.date() - timedelta(days=back)
    paid = datetime.combine(day, datetime.min.time(), tzinfo=ctx.now.tzinfo).replace(hour=_PART_HOUR.get(m["part"] or "", 12))
    policy = ctx.library.policy
    calendar = business_calendar(policy)
    ships = calendar.deadline("dispatch", paid).at
    rule = f"我们工作日{policy.dispatch_cutoff.strftime('%H:%M')}前付款的订单当天发货"
    closed = "" if calendar.is_working_day(day) else "，那天我们仓库休息"
    said = f"{_SAID_DAY.get(word, word)}{m['part'] or ''}"
    if ships <= ctx.now:
        due = f"{ships.month}月{ships.day}日{ships.hour:02d}:{ships.minute:02d}"
        return (f"{rule}{closed}，您{said}付款的订单按时间应该在{due}前就发出了，"
                f"我马上帮您查一下现在的状态，{ctx.values['time.reply']}前给您回复")
    return f"{rule}{closed}，您{said}付款的订单会在{format_when(ships, ctx.now)}前发出"


# the customer has already sent the goods back: no "不用寄回" and no new option menu
_SENT_BACK = re.compile(r"(?:寄|退|发)回去了|已经(?:寄|退)回|寄回了|退回了|退货寄出|已寄回|寄出去了")
_QUALITY = re.compile(r"漏|破|碎|坏|变质|过期|质量|发霉|异味|过敏|烂脸|假货")


def _sent_back(ctx: Context) -> list[tuple[str, str, str]]:
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


_POSTAGE = re.compile(r"运费|邮费|快递费")
_RETURN = re.compile(r"退货|退回去|寄回|退掉")
_REFUND_WHEN = re.compile(r"多久|几天|什么时候|多长时间|哪天")


_OPENED = re.compile(r"(?<![没未不还])(?:拆了|拆开|拆封|开封|用了|用过|试了|抹了|涂了)")  # not "还没拆封"
_WANTS_RETURN = re.compile(r"退")
_OTHER_PROBLEM = re.compile(r"发错|错了|少了|少发|漏发|缺|没收到|不是正品|刺痛|发红|红肿|痒|爆痘|闷痘|长痘|臭|脏|有东西")


def _opened_return(ctx: Context) -> list[tuple[str, str, str]]:
    """A return asked for an item opened and used, without a problem with it ("拆了用了两次，感觉
    太厚重了，能退吗"): the change-of-mind rule said gently, what a quality problem gets, and
    how the item is meant to be used; no exchange or refund offered against the policy."""
    text = ctx.message
    if not (_OPENED.search(text) and _WANTS_RETURN.search(text)):
        return []
    # the matcher may file "拆了用了两次" as a quality problem: only a problem's own words count
    if ctx.severity or _QUALITY.search(text) or _OTHER_PROBLEM.search(text):
        return []
    policy = ctx.library.policy
    if not policy.return_change_of_mind:
        return []
    answer = f"不好意思这款没让您用得满意。退货是这样的：{policy.return_change_of_mind.rstrip('。')}"
    if policy.return_quality:
        answer += f"；如果是{policy.return_quality.rstrip('。')}"
    parts = [("fact", "returns", answer)]
    product = ctx.products[0] if ctx.products else None
    if product is not None and product.usage and _HOW_IT_WORKS.search(text):
        # "感觉太厚重了": how it is meant to be used may help; "味道不喜欢" it cannot
        parts.append(("fact", "usage", f"{product.name}的用法是：{product.usage.rstrip('。')}，您可以再按这个方法少量试试"))
    return parts


_HOW_IT_WORKS = re.compile(r"厚|油|黏|粘|干|紧绷|搓|闷|没效果|没用|不好用|效果|吸收|不适合|用不惯|不会用|一般|没感觉|不怎么样")


def _before_return(ctx: Context) -> list[tuple[str, str, str]]:
    """Who pays the return postage and when the money comes, for a return not sent yet
    ("退货的话运费谁出，钱多久能退回来"): the refund counts from the warehouse signing for the
    return, which has not happened, so no date is promised."""
    text = ctx.message
    if not _RETURN.search(text) or not (_POSTAGE.search(text) or _REFUND_WHEN.search(text)):
        return []
    if ctx.severity or _QUALITY.search(text) or {i.scenario for i in ctx.match.intents} & PROBLEMS:
        return []  # a problem's own scripts apologise, offer the remedy and say the shop pays
    policy = ctx.library.policy
    parts: list[tuple[str, str, str]] = []
    if _POSTAGE.search(text):
        postage = f"寄回的运费是这样的：{policy.return_change_of_mind}"
        if policy.return_quality:
            postage += f"；{policy.return_quality.rstrip('。')}"
        parts.append(("fact", "shipping", postage))
    if _REFUND_WHEN.search(text):
        parts.append(("fact", "refund_due",
                      f"退款是仓库签收退货后{policy.refund_working_days}个工作日内原路退回，签收后我帮您盯着到账"))
    return parts


def _refund_since(ctx: Context) -> str:
    """When a refund is due, counted from the day the customer says the return arrived (the days
    of the clause about the refund: "上周买的精华降价了 …退货那单钱啥时候到" names no refund day)."""
    clauses = re.split(r"[，,。？?！!\s]+", ctx.message)
    about = [c for c in clauses if re.search("退|钱|款|签收|寄回", c)]
    # … or a bare "都一个星期了" beside it, but not the days of another event ("上周买的")
    about += [c for c in clauses if c not in about and not re.search("买|拍|下单|付款|降价|发货", c)]
    days = next((d for d in map(facts.days_ago, about) if d is not None), None)
    if days is None:
        return ""
    policy = ctx.library.policy
    signed = ctx.now - timedelta(days=days)
    due = business_calendar(policy).deadline("refund", signed)
    signed_return = bool(_REFUND_EVENT.search(ctx.message))
    if not signed_return and _SENT.search(ctx.message):
        # "退货寄回去五六天了": when the warehouse signed is not known yet, so no date is promised
        return (f"仓库签收退货后{policy.refund_working_days}个工作日内原路退款，您寄回已经{days}天了，"
                f"我马上帮您查仓库的签收和退款进度，{ctx.values['time.reply']}前给您准确答复")
    if signed_return:
        rule, since = f"仓库签收退货后{policy.refund_working_days}个工作日内原路退款", f"您的退货是{days}天前签收的"
    else:
        rule, since = f"退款一般{policy.refund_working_days}个工作日内原路到账", f"您这笔已经等了{days}天"
    if due.at <= ctx.now:
        return (f"真不好意思让您久等了，{rule}，{since}，按时间应该已经到账了。"
                f"我马上帮您查是哪一步卡住了，{ctx.values['time.reply']}前给您回复")
    return f"{rule}，{since}，这笔退款{format_when(due.at, ctx.now)}前会到账，到时没看到随时找我"
