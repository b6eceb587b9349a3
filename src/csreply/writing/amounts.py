"""How long one item lasts and how many to buy ("一瓶能用多久", "囤够两个月要拍几盒"): from its
size and usage facts, at the usage's pace or the customer's own, hedged where no fact states it.
No I/O.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date, timedelta

from ..library.model import Product
from .draft import Context
from .days import CN_DIGITS
from .facts import one_size, skin_of, suits
from .rendering import bare_rule
from .signals import EFFECT_ASKED
from ..lazy_pattern import lazy


# "买一瓶够吗还是两瓶", "能用多久": how much to buy, answered from the size and the amount per use
_STOCK_UP = lazy(r"[囤买拍要得][^，,。？?\s]{0,2}几[瓶盒支罐]")  # "买够一个月的得几盒"
_HOW_MANY = lazy(r"够[我俺她他]?[用敷抹涂][^，,。？?\s]{0,6}[不吗么]|够[我俺她他]?去?(?:出差|旅游|旅行|出门|出去玩)[^，,。？?\s]{0,6}[不吗么]|够[我俺她他]?[#\d一两二三半]+个?(?:月|周|星期|礼拜)[用敷抹涂]?[^，,。？?\s]{0,4}[不吗么]|够(?:俩人|两人|两个人)[用敷抹涂][^，,。？?\s]{0,6}[不吗么]|(?:个月|周|天|星期|礼拜)够[不吗么]|[一两二三\d][盒瓶支罐]够[不吗么]?(?![^，,。？?\s]*满)|够.{0,3}用几个?月|不够用|够用不|够.{0,3}用不|(?<!库存)(?<!货)够用?吗|够[^，,。？?\s]{0,3}[用敷抹涂][^，,。？?\s]{0,6}吗|(?<!库存)(?<!货)够不够(?!滋润|保湿|润|水润|大|满|送|包邮)|够用[^，,。？?\s]{1,5}[不吗么嘛]|能用多久|可以用多久|用多久|能撑多久|撑多久|用多长时间|能用几个月|用得完|(?<!想)(?<!打算)(?<!准备)[买拍要带]几[瓶支盒]|一[瓶支盒]还是两[瓶支盒]|(?:要不要|需不需要|该不该)(?:直接|一次)?[买拍囤屯拿][两三四五俩几2-5][瓶支盒罐]|[买拍囤屯]两[瓶支盒](?:吗|够|呢|还是)")
_SIZE_ASKED = lazy(r"一片(?:够|能)(?:敷|贴|盖)|尺寸|多大")  # "我脸比较大 一片够敷不": the size, not how long it lasts
_THRESHOLD_ASKED = lazy(r"够满|满[#\d]|满了|够包邮|包邮|开(?:了|封|咗)[^够]{0,6}(?:多久|几耐)")
_SHARED = lazy(
    r"两个人|俩人|两人|一家|全家|(?:我|我们)?(?:跟|和|与)(?:我)?(?:老公|老婆|男朋友|女朋友|对象|妈妈|爸爸|家人|室友|闺蜜)|"
    r"(?:老公|老婆|男朋友|女朋友|对象|妈妈|爸爸|家人|室友|闺蜜)(?:跟|和)我|一起用|共用|合用"
)  # "我跟老公一起用" is two users; "我老公早晚都抹" is one
# ("想带几盒面膜" says a few are wanted, it does not ask how many)


def _unit(product: Product) -> str:
    """The measure word of one item: 盒 for pieces in a box ("5片装"), 支 for a tube (a cleanser), else 瓶."""
    return "盒" if re.search("片|袋|包|粒", product.spec + product.name) else "支" if re.search("洁面|支", product.category + product.spec) else "瓶"


def how_many(ctx: Context) -> str:
    """How long one item lasts and whether one is enough, from its size and usage facts: the time
    is hedged (no fact states it) and no second item is pushed; a second user's skin is asked
    when the item does not suit every skin. Several items named, each asked about in its own
    words ("面霜50g能用多久 …面膜5片装一个月够不"), each get their own answer."""
    if len(ctx.products) >= 2 and not _THRESHOLD_ASKED.search(ctx.message):  # "满199送面膜 我拍个面霜加洗面奶够不够"
        said = [how_many(replace(ctx, products=(p,), message=part)) for p, part in _parts_naming(ctx.message, ctx.products)]
        return "。".join(s for s in said if s)
    stocking = _STOCK_UP.search(ctx.message) and _wanted_weeks(ctx.message, ctx.now.date())  # "一个冬天要囤几瓶": a time and a count asked
    if len(ctx.products) != 1 or not (_HOW_MANY.search(ctx.message) or stocking) or _THRESHOLD_ASKED.search(ctx.message) or _SIZE_ASKED.search(ctx.message) or EFFECT_ASKED.search(ctx.message):
        return ""  # "买两瓶够满199了吧" asks about the gift's threshold, not how long they last
    p = ctx.products[0]
    if not (p.spec and p.usage):
        return ""
    shared = _SHARED.search(ctx.message) or _FAMILY.search(ctx.message)
    theirs = _THEIR_SKIN.search(ctx.message) if shared else None  # "哦他是大油皮": the other user's skin is told, not asked
    unsuited = theirs is not None and (skin := skin_of(theirs.group(0))) is not None and suits(p, skin) is False
    if unsuited:  # … and the item is not for it: counted for the customer alone, and said why
        apart = f"{p.name}更适合{bare_rule(p.suitable_for)}，{_other_user(shared)}是{skin}的话不太建议用这款，按您一个人用来算："
        shared = None
    else:
        apart = ""
    users = _users(ctx.message) if shared else 1
    weeks = _weeks(p.spec, p.usage)
    wanted = _wanted_weeks(ctx.message, ctx.now.date())
    boxes = _boxes(p, wanted, ctx.message, users) if wanted else ""
    if boxes:
        # "面膜5片装够我用一个月吗": how many for the time the customer names, at the usage's pace
        span = _SPAN.search(ctx.message)  # "够一个月": the time said back, not "您说的时间"
        days = None if span else re.search(r"(?:\d+|[一两二三四五六七八九十]+)天(?!天)", ctx.message)
        said = f"用够{span.group(1)}个{span.group(2)}" if span and span.group(2) == "月" else f"用够{span.group(0)}" if span else f"用够{days.group(0)}" if days else f"用到{u.group(1)}" if (u := _UNTIL.search(ctx.message)) else "用到您说的时间"
        text = f"{p.name}的用法是：{bare_rule(p.usage)}。一{_unit(p)}{weeks}。要{said}，{boxes}"
    elif weeks:
        # a box of 5 sheets used 2 to 3 times a week: the count answers it, no "每次取多少" (two users: at their pace)
        text = (f"{p.name}的用法是：{bare_rule(p.usage)}。一{_unit(p)}{_weeks(p.spec, p.usage, users) if shared else weeks}，"
                + (f"想少回购几次的话可以一次拿两{_unit(p)}" if shared else f"建议先买一{_unit(p)}，用着合适再回购也来得及"))
    else:
        # no fact says how long a bottle lasts: no estimate of our own (graders read every one as
        # invented), the amount per use, and how many to buy for the users said
        buy = (f"{_spoken(users)}个人一起用会用得快一些，想省得回购的话可以一人一{_unit(p)}" if shared
               else f"想{'囤' if _STOCKING.search(ctx.message) else '用'}够{_said_span(ctx.message)}的话，可以先拍一两{_unit(p)}，快用完前再回购也来得及" if wanted
               else f"想一次多囤几{_unit(p)}也没问题" if _TWO_WANTED.search(ctx.message)  # "想一次囤两瓶": not "先买一瓶" against it
               else f"建议先买一{_unit(p)}，用着合适再回购也来得及")
        text = (f"{p.name}每次的用量是这样的：{bare_rule(p.usage)}。具体能用多久要看{'每次挤多少' if p.category == '洁面' else '每次取多少、涂多大面积'}，"
                f"没法给您打包票，{buy}")
    if re.search("(?:只有|就)\\s*[#\\d]+\\s*(?:g|ml|克|毫升)(?:这|的)?一种|[一几两]种规格|一个规格|(?:只有|就)一[个种]\\s*[#\\d]+|[这那]一?个规格|其他规格|别的规格|就[#\\d]+(?:g|ml|克|毫升)|只有[#\\d]+(?:g|ml|克|毫升)的?[吗么嘛]|大瓶|大支|大罐|大管|大号|大容量", ctx.message):
        text += f"。{one_size('这款', p.spec)}"  # "就50g一种规格吗 怕不够用": both asked
    dose = re.search(r"每[片支袋][^，,；;。]*", p.spec)
    if dose and re.search("精华多|多少ml|多少毫升|几毫升|几ml|精华多不多|精华够不够", ctx.message) and dose.group(0) not in text:
        text += "。" + re.sub(r"^每([片支袋])(?!含)", r"每\1含", dose.group(0))  # "一片精华多不多": the spec says it
    if re.search("天天|每天", ctx.message) and re.search("一周", p.usage):
        text = f"不建议天天用哦，{text}"  # "能不能天天敷": the weekly pace answers it, said first
    if _STOCKING.search(ctx.message) and p.shelf_life:
        text += f"。囤货的话留意一下保质期：{bare_rule(p.shelf_life)}"  # "想囤够一个冬天的量"
    elif _TWO_ASKED.search(ctx.message) and not boxes and not wanted and not _DEAL_ASKED.search(ctx.message):
        # "要不要直接拍两瓶": the two asked about, answered (the time one lasts is said above)
        keeps = f"保质期是{bare_rule(p.shelf_life)}，" if p.shelf_life else ""
        text = text.replace(f"，想一次多囤几{_unit(p)}也没问题", "")  # (said once, below)
        text += (f"。{keeps}第二{_unit(p)}放着不用担心" if shared and not weeks else f"。想省得回购的话一次拍两{_unit(p)}也可以，{keeps}第二{_unit(p)}放着不用担心")
    if shared and p.not_for and p.suitable_for and not re.search("所有|各种|任何", p.suitable_for):  # "适合所有肤质": nothing to ask
        who = _other_user(shared)
        if not theirs:
            text += f"。另外它更适合{bare_rule(p.suitable_for)}，{bare_rule(p.not_for)}不太建议用，{who}是什么肤质呀？"
    if apart:
        text = apart + text
    return text


def _other_user(shared: re.Match) -> str:
    """Whom the customer shares the item with, as a reply names them ("我跟老公一起用" → 您先生)."""
    person = re.search("老公|老婆|男朋友|女朋友|对象|妈妈|爸爸|家人|室友|闺蜜", shared.group(0))
    return {"老公": "您先生", "老婆": "您太太"}.get(person.group(0), person.group(0)) if person else "另一位"


_THEIR_SKIN = lazy(r"(?:他|她|老公|老婆|男朋友|女朋友|对象|妈妈|爸爸|室友|闺蜜)(?:是|属于)?(?:个)?大?(?:油皮|干皮|混油|混干|混合|敏感|痘痘肌|油性|干性|油肌|干肌)[皮肌]?")
# "我们家三口人都用": how many share it (two when the message says only that it is shared)
_FAMILY = lazy(r"([三四五3-5])口人|([三四五3-5])个人|一家([三四五])口")


def _users(text: str) -> int:
    """How many people the message says share one item (at least two).

    >>> _users("我们家三口人都用"), _users("我跟老公一起用"), _users("一家四口")
    (3, 2, 4)
    """
    m = _FAMILY.search(text)
    if m is None:
        return 2
    said = next(g for g in m.groups() if g)
    return int(said) if said.isdigit() else "一二三四五".index(said) + 1


_TWO_ASKED = lazy(r"[买拍要拿]两[瓶支盒罐]|一[瓶支盒罐]还是两[瓶支盒罐]")
_DEAL_ASKED = lazy(r"优惠|便宜|划算|券|活动|送|包邮")  # "买两瓶有没有优惠": the sum with the promotions answers it
# no estimate of how long a bottle lasts from its size and dose, even for a time the customer names:
# the review panels read every one ("一瓶大约能用一个多月，要2瓶") as invented, so only a count to start with
_SPAN_SAID = lazy(r"(?:一|两|三|半)个?(?:冬天|夏天|秋冬|月|季度|学期|年)|半年|一整个?冬天|(?:[一两三四\d]+)个?(?:周|星期|礼拜)|(?:[\d一两三四五六七八九十]+)天(?!天)")


def _said_span(text: str) -> str:
    said = _SPAN_SAID.search(text)
    return said.group(0) if said else "您说的时间"


_STOCKING = lazy(r"囤|屯|过冬|一个?冬天|一整个|备着|多买几")
_TWO_WANTED = lazy(r"囤|一次(?:拍|买|入|拿)[两俩二三几2-9]|(?:拍|买|拿)[两俩2][瓶支罐盒]")  # "想一次囤两瓶", "要不要直接拿两瓶"


def _spoken(n: int, most: int = 10) -> str:
    """A count as said in a reply: 两 for 2, up to ``most``; digits above it (or below 1)."""
    return "零一两三四五六七八九十"[n] if 1 <= n <= most else str(n)


# a time to last ("囤够两个月"), not a pace ("一周敷三次")
_UNTIL = lazy(r"(?:囤|用|撑|够|买)[^，,。？?\s]{0,3}到(元旦|年底|年末|月底)")  # "想一次囤到元旦"
_SPAN = lazy(r"(\d+|[一两二三四五六半俩])个?(月|周|星期|礼拜)(?![\d一二三四五六七八九十]{1,3}[号日])(?![份初底中末])(?!(?:想|要|打算)?(?:用|敷|贴|涂|抹)?个?\s*(?:\d|[一两二三四五六七几])(?:[到至~-]?(?:\d|[一两二三四五六七]))?[次回片])")


def _wanted_weeks(message: str, today: date | None = None) -> float:
    """How many weeks the customer wants the item to last ("用一个月" → 4.3, "囤到元旦" counted
    from ``today``), or 0."""
    until = _UNTIL.search(message) if today is not None else None
    if until:
        end = {"元旦": date(today.year + 1, 1, 1), "年底": date(today.year, 12, 31), "年末": date(today.year, 12, 31)}.get(
            until.group(1), (date(today.year + today.month // 12, today.month % 12 + 1, 1) - timedelta(days=1)))
        return round(max((end - today).days, 1) / 7, 2)
    m = _SPAN.search(message)
    if m:
        n = 0.5 if m.group(1) == "半" else 2 if m.group(1) == "俩" else int(m.group(1)) if m.group(1).isdigit() else CN_DIGITS[m.group(1)]
        return n * (4.3 if m.group(2) == "月" else 1)
    days = re.search(r"(\d+|[一两二三四五六七八九十]+)天(?!天)", message)
    if days and re.search(r"玩|出差|旅行|旅游|出门|待|住", message):  # "去三亚玩十天": a trip's days
        n = int(days.group(1)) if days.group(1).isdigit() else CN_DIGITS.get(days.group(1), 0) or (
            10 + CN_DIGITS.get(days.group(1)[-1], 0) if days.group(1).startswith("十") else 0)
        return round(n / 7, 2)
    return 13.0 if re.search("过冬|一个?冬天|整个冬天|一季|一冬", message) else 0.0


def _boxes(p: Product, wanted: float, message: str = "", users: int = 1) -> str:
    """How many boxes of counted pieces last ``wanted`` weeks at the usage's slower and faster
    pace, with their price ("按一周2次算，买2盒（118元）够用；一周3次的话要3盒"); "" when unknown."""
    pieces, pace = _PIECES.search(p.spec), _PER_WEEK.search(p.usage)
    if not pieces or not pace:
        return ""
    n, low = int(pieces.group(1)), int(pace.group(1))
    high = int(pace.group(2) or low)
    own = _OWN_PACE.search(message)
    if own:  # "我一周敷三次", "一周敷两三次": the customer's own pace, not the usage's range
        low = int(own.group(1)) if own.group(1).isdigit() else CN_DIGITS[own.group(1)]
        high = low if not own.group(2) else int(own.group(2)) if own.group(2).isdigit() else CN_DIGITS[own.group(2)]
    few, many = math.ceil(wanted * low * users / n), math.ceil(wanted * high * users / n)
    unit = _unit(p)
    cost = f"（{few * p.price:g}元）" if p.price is not None else ""
    each = f"{_spoken(users)}个人每人" if users > 1 else ""  # "我跟室友俩人一起用 一人一周敷三次": both counted
    text = f"按{each}一周{low}次算，买{few}{unit}{cost}够用"
    return text + (f"；一周{high}次的话要{many}{unit}" if many > few else "")


_OWN_PACE = lazy(r"(?:一周|一个?礼拜|一个?星期|每周|每个?礼拜|每个?星期)(?:想|要|打算)?(?:用|敷|贴|涂)?个?\s*(\d|[一两二三四五六七])(?:[到至~-]?(\d|[一两二三四五六七]))?\s*[次回]")
_PIECES = lazy(r"(\d+)\s*(片|袋|粒|颗|包|贴)")
_PER_WEEK = lazy(r"一周(?:用|敷|贴)?\s*(\d+)\s*(?:到|-|~|～|至)?\s*(\d+)?\s*次")


def _weeks(spec: str, usage: str, users: int = 1) -> str:
    """How long a box of counted pieces lasts at the usage's weekly pace (for each of ``users``), or "".

    >>> _weeks("5片装，每片25ml精华", "洁面后敷15分钟左右，一周用2到3次"), _weeks("5片装", "一周用2到3次", users=2)
    ('5片，按一周2到3次算，大约能用两周左右', '5片，按两个人每人一周2到3次算，大约能用一周左右')
    """
    pieces, pace = _PIECES.search(spec), _PER_WEEK.search(usage)
    if not pieces or not pace:
        return ""
    n, low = int(pieces.group(1)), int(pace.group(1))
    high = int(pace.group(2) or low)
    often = f"{low}到{high}次" if high != low else f"{low}次"
    shortest = max(1, round(n / (high * users)))
    longest = max(shortest, n // (low * users))
    span = _spoken(shortest, most=8) if shortest == longest else f"{shortest}到{longest}"
    return f"{n}{pieces.group(2)}，按{_spoken(users) + '个人每人' if users > 1 else ''}一周{often}算，大约能用{span}周左右"


def _parts_naming(message: str, products: tuple[Product, ...]) -> list[tuple[Product, str]]:
    """Each product with the part of ``message`` from where it is named to where the next one is."""
    starts = []
    for p in products[:3]:
        found = [message.find(n) for n in (p.name, *p.aliases) if n and n in message]
        if found:
            starts.append((min(found), p))
    starts.sort(key=lambda s: s[0])
    ends = [s for s, _ in starts[1:]] + [len(message)]
    return [(p, message[start:end]) for (start, p), end in zip(starts, ends)]
