"""What the items a message names add up to, against the shop's promotions: the gift threshold ("我拍个面霜加个
洗面奶够满了吧") and the coupons and gifts a bargain or a "有啥优惠" gets ("面霜加精华一共367 抹个零350行不"). No I/O.
"""

from __future__ import annotations

import re

from ..understanding.catalogue import names_of, typo_spans
from ..library.model import Policy, Product
from .days import in_digits, number
from ..lazy_pattern import lazy

_REACHED = lazy(r"够|满了|满没满|凑|算满|达到|到没到|算不算|算吗|刚好")
_BUYING = lazy(r"(?:想|再|要|打算|准备)(?:再)?(?:买|拍)(?:个|一[个瓶盒支罐])")
_NOT_ITEMS = r"(?!月|多月|星期|礼拜|小时|钟头|工作日)"  # "用了两个月": a time, not items
_QUANTITY = lazy(r"(?<![第\d十])(十[一二三四五六七八九]?|[两二三四五六七八九]|[2-9]|[1-9]\d)(瓶|支|盒|个|件|罐|套|袋|只|樽)" + _NOT_ITEMS)  # "回购第四瓶" counts nothing
_NUMBERS = (_ONES := {"一": 1, "两": 2, "俩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}) | {"十" + k: 10 + v for k, v in _ONES.items() if v < 10}  # (and "十二")
_COUPON, _GIFT = lazy(r"满(\d+)(?:元|块)?减(\d+)"), lazy(r"满(\d+)(?:元|块)?送")
# a price the customer proposes: "350行不", "算我300吧", "300卖不卖"
_OFFER = lazy(
    r"(\d{2,5})(?:元|块钱?)?(?:整)?(?:行不|行吗|行不行|中不中|中不|得行不|要得不|可以吗|可以不|卖不卖|卖吗|卖不|给不给|给吗|成不成|成吗|出不出|吧|得了|就拍|我就拍|我就要|我再付|我就付|再付|就付)"
    r"|(?:改(?:成|到|为)|算我?|算个?整数?|凑个?整|给我?算)(\d{2,5})(?:元|块)?(?:整)?(?:呗|吧|嘛|行|可以|好不好|要得|再|包|我|[，,\s]|$)"  # "拍下给我改成300呗", "算250嘛"
    r"|(\d{2,5})(?:元|块钱?)?\s?包邮(?:的话)?我?(?:现在|马上|立马)?就?(?:拍|要|买|付)"  # "两支150 包邮我现在就拍"
)

DEAL_START = "您说的"  # how a sum of the named items begins (a caller tells it from the plain rule)


def counted(text: str) -> bool:
    """Whether the message counts one item ("囤三瓶", "两盒")."""
    return _QUANTITY.search(text) is not None


def offered(text: str) -> bool:
    """Whether the message proposes a price of its own ("350行不")."""
    return _OFFER.search(in_digits(text)) is not None


def gift_rule(policy: Policy) -> tuple[int, str] | None:
    """The gift rule's threshold and gift ("满199元送面膜1片" → (199, "面膜1片")), or None.

    >>> gift_rule(Policy(gifts="现在满199元送面膜1片，活动赠品会随单一起发出"))
    (199, '面膜1片')
    """
    rule = _GIFT_RULE.search(policy.gifts or "")
    return (int(rule.group(1)), rule.group(2)) if rule else None


_GIFT_RULE = lazy(r"满(\d+)(?:元|块)?送([^，,。；;]+)")


def reaches_gift(text: str, products: list[Product], policy: Policy) -> str:
    """Whether the items a message names reach the gift rule's threshold ("我拍个面霜加个洗面奶
    够满了吧"): the sum, and what it gets; "" when not asked, or a price or the threshold is unknown.

    >>> reaches_gift("面霜加洗面奶够满了吧", [Product("c", "面霜", price=168), Product("w", "洗面奶", price=79)],
    ...              Policy(gifts="满199元送面膜1片"))
    '您说的面霜（168元）加洗面奶（79元），一共247元，已经满199元了，可以送的'
    """
    rule = re.search(r"满(\d+)", policy.gifts or "")
    if rule is None or not (_REACHED.search(text) or _BUYING.search(text)):  # ("想再买个面膜 还送面膜不": what that one reaches)
        return ""
    summed = named_sum(text, products)
    if summed is None:
        return ""
    total, said = summed
    threshold = int(rule.group(1))
    alone = "单买" if not _REACHED.search(text) and len(products) == 1 else "您说的"  # "想再买个面膜 还送吗": that one on its own
    if total >= threshold:
        return f"{alone}{said}，已经满{threshold}元了，可以送的"
    return f"{alone}{said}{'的话' if alone == '单买' else ''}，还差{threshold - total:g}元满{threshold}元"


def gift_verdict(text: str, products: list[Product], policy: Policy) -> str:
    """For an order just placed whose items the message names ("拍了 俩面膜一个洁面 记得塞赠品"):
    whether it reaches the gift rule's threshold, said plainly ("" when the sum is unknown).

    >>> gift_verdict("拍了 俩面膜一个洁面", [Product("m", "面膜", price=59), Product("w", "洁面", price=79)],
    ...              Policy(gifts="满199元送面膜1片"))
    '这单197元，还差2元才满199元，这次的赠品送不了，还请您理解'
    """
    rule = re.search(r"满(\d+)", policy.gifts or "")
    summed = named_sum(text, products) if rule else None
    if summed is None:
        return ""
    total, threshold = summed[0], int(rule.group(1))
    if total >= threshold:
        return f"这单{total:g}元，已经满{threshold}元，赠品会随单一起发出"
    return f"这单{total:g}元，还差{threshold - total:g}元才满{threshold}元，这次的赠品送不了，还请您理解"


_PAID_AMOUNT, _REACHED_SAID = lazy(r"(?<![\d.满减])(\d{2,4})(?![\d.%gG克mlML片天号日月点件支瓶盒个期])"), lazy(r"[一两二三四五六七八九]百多|满了|满[#\d]+了|够了|超过")


def short_of_gift(text: str, products: list[Product], policy: Policy) -> str:
    """A gift missed by an order the customer says was below the gift rule's threshold ("我上回
    买的168面霜啥也没送"): the rule is real, the order did not reach it, so nothing was left out;
    "" when no such sum is said (an order that reached it, or no sum at all, is checked instead).

    >>> short_of_gift("买面霜送面膜是真的假的 我买的168面霜啥也没送", [Product("c", "面霜", price=168)], Policy(gifts="满199元送面膜1片"))
    '满199元送面膜1片是真的哦，要一个订单满199元才送；您说的面霜（168元）还没到199元，所以那单没有赠品，不是漏发了。下次一单凑满199元，赠品会随单一起发出'
    """
    rule = re.search(r"满(\d+)元?送[^，,。；;]*", policy.gifts or "")
    said = {int(a) for a in _PAID_AMOUNT.findall(text)}
    if rule is None or _REACHED_SAID.search(text):
        return ""
    threshold = int(rule.group(1))
    bought = [p for p in products if not (p.category or p.name) in rule.group(0)]
    if not said and len(bought) == 1 and bought[0].price is not None and bought[0].price < threshold and not _MANY.search(text):
        # "我拍的积雪草面霜，说好的赠品面膜呢": one item below the threshold; more in the order is checked
        one = bought[0]
        return (f"{rule.group(0)}是要一个订单满{threshold}元才送哦；{one.name}是{one.price:g}元，只拍这一件的话还没到{threshold}元，"
                f"所以没有赠品，不是漏发了。要是这单还拍了别的、加起来满了{threshold}元，您把订单号发我，我核对后给您补发")
    if not said:
        return ""
    if max(said) >= threshold:
        return ""
    # the gift's own item ("送面膜") is no purchase; the items named, when they make the sum said
    summed = named_sum(text, bought) if bought else None
    what = summed[1] if summed is not None and summed[0] == max(said) else f"这单{max(said)}元"
    return (f"{rule.group(0)}是真的哦，要一个订单满{threshold}元才送；您说的{what}还没到{threshold}元，"
            f"所以那单没有赠品，不是漏发了。下次一单凑满{threshold}元，赠品会随单一起发出")


_MANY = lazy(r"[两二俩三四五六七八九十2-9]\s*[瓶支盒罐件个套]|还有|和|跟|加|一起|满|寄了个|发了个|寄成|发成|寄错|发错|给我寄|给我发")  # more than one item said, a rule claimed, or another item sent
# a sum the customer says an order came to ("一共227", "实付 236", "买了两样227"), not a threshold ("都满199了")
_ORDER_SUM_SAID = lazy(r"(?:(?:一共|总共|合计|实付(?:款|金额)?|付了|共)[：:]?\s*[¥￥]?|买了[^，,。？?！!\s\d]{0,10}?)(?<!满)(\d{3,4}(?:\.\d{1,2})?|\d{2}(?:\.\d{1,2})?(?=\s|[元块，,]|$))")


def gift_sum_reached(text: str, bought: list[Product], policy: Policy) -> str:
    """For a gift said missing, the order's sum as the customer gives it when it reaches the gift
    rule ("买了两样一共227", "面霜加精华三百多", or the items named: "两瓶面霜都满199了" is 336), said
    back with the threshold; "" when no sum is given or it falls short (then the order is checked).

    >>> gift_sum_reached("我买了两瓶面霜都满199了 面膜呢", [Product("c", "面霜", price=168)], Policy(gifts="满199元送面膜1片"))
    '您说的面霜买2瓶，一共336元，满199元了，'
    >>> gift_sum_reached("一共227 说好满199送面膜", [], Policy(gifts="满199元送面膜1片"))
    '您这单227元，满199元了，'
    """
    threshold = re.search(r"满(\d+)元?送", policy.gifts or "")
    paid = _ORDER_SUM_SAID.search(text)
    hundreds = re.search("([两二三四五六七八九])百多", text)  # "面霜加精华三百多"
    bought = [p for p in bought if (p.category or p.name) not in (policy.gifts or "") or re.search(  # "…面膜呢": the gift, not bought
        r"[\d一两二三四五六七八九十几][盒瓶支个件套](?:" + "|".join(map(re.escape, (p.name, *p.aliases))) + ")", text)]  # ("买了两盒面膜": bought)
    named = None if paid or hundreds or not bought else named_sum(text, bought)
    total = float(paid.group(1)) if paid else (100.0 * number(hundreds.group(1)) if hundreds else (named or (0.0,))[0])
    if not threshold or not total or total < int(threshold.group(1)):
        return ""
    said = f"您说的{named[1]}，" if named else (f"您这单{total:g}元，" if paid else f"您这单{hundreds.group(0)}元，")
    return said + f"满{threshold.group(1)}元了，"


# a gift asked for by an order below its threshold ("我虽然没到199 能不能也送我一片")
_BEGGED = lazy(r"(?:没到|不到|没满|不满|不够)[^，,。？?！!\s]{0,4}[^，,。？?！!]{0,10}送(?:我|个|一)|(?:能不能|可不可以|能|可以)(?:也|就|都)送我?(?:一片|一个|一份|个|片)")


def gift_begged(text: str, products: list[Product], policy: Policy, catalogue: list[Product]) -> str:
    """The answer to a gift asked for by an order below the gift rule's threshold: the rule is per
    order, the gap, and (not paid yet) the cheapest catalogue item that fills it; "" when not asked.

    >>> gift_begged("面霜168 没到199 面膜能不能也送我一片", [Product("c", "面霜", price=168)], Policy(gifts="满199元送面膜1片"),
    ...             [Product("c", "面霜", price=168), Product("w", "洗面奶", price=79)])
    '满199元送面膜1片是按一个订单算的，没法破例送，真不好意思；您这单168元，还差31元，再加一件洗面奶（79元）就满了，面膜会随单一起发出'
    """
    rule = re.search(r"满(\d+)元?送([^，,。；;]*)", policy.gifts or "")
    said = {int(a) for a in _PAID_AMOUNT.findall(text)}
    gift = re.sub(r"\d+\s*[片盒个份]$", "", rule.group(2)) if rule else ""
    if rule is None or not _BEGGED.search(text) or not re.search(f"{re.escape(gift)}|赠品", text):
        return ""  # the rule's own gift asked for ("送面膜那个…能不能也送我一片"), not another's
    threshold = int(rule.group(1))
    bought = [p for p in products if not (p.category or p.name) in rule.group(0)]
    summed = named_sum(text, bought) if bought else None
    total = summed[0] if summed is not None else max((a for a in said if a < threshold), default=None)
    if total is None or total >= threshold:
        return ""
    head = f"{rule.group(0)}是按一个订单算的，没法破例送，真不好意思；您这单{total:g}元，还差{threshold - total:g}元"
    if _PAID_SAID.search(text):  # a paid order takes no more items
        return f"{head}，下次一单凑满{threshold}元，赠品会随单一起发出"
    fills = sorted((p for p in catalogue if p.price is not None and p.price >= threshold - total and p not in bought
                    and (p.category or p.name) not in rule.group(0)), key=lambda p: p.price)
    added = f"，再加一{_unit(fills[0])}{fills[0].name}（{fills[0].price:g}元）就满了，{gift}会随单一起发出" if fills else ""
    return head + added


_IF_TAKEN, _NOT_CLAIMED, _PAID_SAID = r"下单前领了店铺满\d+减\d+的券的话，下单时会自动抵扣，实付\d+元", lazy(r"没领|忘(?:了|记)?领|未领"), lazy(r"已付款|已付|付过了|付了|付好了|付款了|实付")


def _unit(product: Product) -> str:
    return next((u for u in "支瓶盒罐" if u in (product.spec + product.category)), "件")


def deal(text: str, products: list[Product], policy: Policy, *, paid: bool = False) -> str:
    """What the named items cost with the shop's coupon and gift rules, and against the price the
    customer proposes; "" when no item with a price is named or no rule applies.

    >>> shop = Policy(coupons="店铺首页可以领满299减20的优惠券", gifts="满199元送面膜1片")
    >>> deal("面霜加精华一共367 抹个零350行不", [Product("c", "面霜", price=168), Product("s", "精华", price=199)], shop)
    '您说的面霜（168元）加精华（199元），一共367元，领店铺满299减20的券后实付347元，比您说的350元还少3元，已经满199元，还能送面膜1片'
    >>> deal("三瓶有啥优惠", [Product("c", "面霜", price=168)], shop)
    '您说的面霜买3瓶，一共504元，领店铺满299减20的券后实付484元，已经满199元，还能送面膜1片'
    """
    summed = named_sum(text, products)
    if summed is None:
        return ""
    total, said = summed
    offer = _OFFER.search(in_digits(text))  # "一百块钱行不"
    fits = coupon_fits(text, total, policy)
    applied = promotions(total, policy, paid=paid, offer=int(next(g for g in offer.groups() if g)) if offer else None,
                         coupon_asked=bool(_COUPON_ASKED.search(text)) or bool(fits))
    # the coupon that fits the sum said; "付过款了 …满减我好像没领券": the sum paid, no coupon added after
    unclaimed = f"下单时没领券的话，这单就是按{total:g}元付的，付款后就没办法再补用券了" if paid and _NOT_CLAIMED.search(text) else ""
    applied = re.sub(_IF_TAKEN, fits or unclaimed, applied) if fits or unclaimed else applied
    if applied and _STACK_ASKED.search(text) and _STACKS.search(policy.coupons or ""):  # "和299减20的券能叠加吗": said plainly, as the policy states it
        applied += "，券和赠品是可以叠加的" if "券后" in applied and "送" in applied else "；券和赠品是可以一起享受的，两个门槛都到了就都能用上"
    return f"您说的{said}，{applied}" if applied else ""


def coupon_fits(text: str, total: float, policy: Policy) -> str:
    """The sum the customer says they paid ("一共付了347 你看下对不对"), read back when it is ``total`` less the
    shop's best coupon; "" otherwise.

    >>> coupon_fits("一共付了347 对吧", 367, Policy(coupons="满299减20的优惠券"))
    '用上了店铺满299减20的券，实付347元，跟您付的金额对得上'
    """
    said = _PAID_SUM.search(text)
    best = best_coupon(total, policy) if said else None
    if best is None or total - best[1] != int(said[1]):
        return ""
    return f"用上了店铺满{best[0]}减{best[1]}的券，实付{total - best[1]:g}元，跟您付的金额对得上"


_COUPON_ASKED, _PAID_SUM = lazy(r"[券卷]"), lazy(r"(?:付了|实付|付的|付款)[^\d，,。？?\s]{0,3}(\d{2,4})(?!\d)")
_STACK_ASKED, _STACKS = lazy(r"叠加|一起用|同时用|同享|一起享受|能一起(?:用|享)|冲突"), lazy(r"一起享受|可以叠加|可叠加|同享|同时享受")


def coupons_of(policy: Policy) -> list[tuple[int, int]]:
    """The shop's coupons as (threshold, discount) pairs ("满299减20" → (299, 20))."""
    return [(int(a), int(b)) for a, b in _COUPON.findall(policy.coupons or "")]


def best_coupon(total: float, policy: Policy) -> tuple[int, int] | None:
    """The coupon a sum of ``total`` may use that takes off most, or None."""
    usable = [(need, off) for need, off in coupons_of(policy) if total >= need]
    return max(usable, key=lambda c: c[1]) if usable else None


def promotions(total: float, policy: Policy, *, paid: bool = False, offer: int | None = None,
               coupon_asked: bool = False) -> str:
    """What a sum gets from the shop's coupon and gift rules ("领店铺满299减20的券后实付347元，
    已经满199元，还能送面膜1片"), and how it compares with a price the customer offered; "" when
    the policy states no rule with a threshold.

    >>> promotions(258, Policy(coupons="满299减20的优惠券", gifts="满199元送面膜1片"))
    '已经满199元，还能送面膜1片；再凑41元满299元，就能用满299减20的券'
    >>> promotions(367, Policy(coupons="满299减20的优惠券", gifts="满199元送面膜1片"), paid=True, coupon_asked=True)
    '下单前领了店铺满299减20的券的话，下单时会自动抵扣，实付347元，已经满199元，面膜1片会随单一起发出'
    """
    # an order already paid: what it reaches, no "再凑…用券" upsell; the coupon only when asked after
    coupons = [] if paid else coupons_of(policy)
    best = best_coupon(total, policy) if not paid or coupon_asked else None
    parts = []
    pay = total
    if best is not None:
        need, off = best
        pay = total - off
        parts.append(f"下单前领了店铺满{need}减{off}的券的话，下单时会自动抵扣，实付{pay:g}元" if paid
                     else f"领店铺满{need}减{off}的券后实付{pay:g}元")
    nudge = ""
    if coupons and best is None and min(coupons)[0] - total <= total:  # (no "再凑220元" beside a 79元 item)
        need, off = min(coupons)
        nudge = f"再凑{need - total:g}元满{need}元，就能用满{need}减{off}的券"  # said after the gift
    if offer is not None and best is not None and pay <= offer < total:
        parts.append(f"比您说的{offer}元还少{offer - pay:g}元" if pay < offer else f"正好是您说的{offer}元")
    gift = _GIFT.search(policy.gifts or "")
    if gift:
        given = re.search(r"送([^，,。；;]+)", policy.gifts[gift.start():])
        what = given.group(1) if given else "赠品"
        need = int(gift.group(1))
        if total >= need:
            parts.append(f"已经满{need}元，{what}会随单一起发出" if paid else f"已经满{need}元，还能送{what}")
        elif not paid:
            parts.append(f"再凑{need - total:g}元满{need}元还能送{what}")
    return "；".join(filter(None, ("，".join(parts), nudge)))


def named_sum(text: str, products: list[Product]) -> tuple[float, str] | None:
    """The sum of the named items (one item may be counted: "三瓶") and how to say it.

    >>> named_sum("买了两瓶面霜", [Product("c", "面霜", price=168)])
    (336, '面霜买2瓶，一共336元')
    """
    if not products or any(p.price is None for p in products):
        return None
    if len(products) == 1:
        q = _QUANTITY.search(text)
        # "三瓶", or a count just before the name ("整俩面霜"), or "卖我就拍俩"
        n, unit = (int(_NUMBERS.get(q.group(1), q.group(1))), q.group(2)) if q else _count_and_unit(text, products[0])
        if n == 1 and _TAKES_TWO.search(text):
            n, unit = 2, "件"
        total = products[0].price * n
        said = f"{products[0].name}买{n}{unit}，一共{total:g}元" if n > 1 else f"{products[0].name}（{total:g}元）"
        return total, said
    total, items = _items(text, products)
    return total, items + f"，一共{total:g}元"


def _items(text: str, products: list[Product]) -> tuple[float, str]:
    """The sum of several priced items, each as many times as the message counts it, and the items
    said ("两瓶面霜（336元）加洗面奶（79元）"), without the sum."""
    counted = [_count_and_unit(text, p) for p in products]  # once per item: it scans the message
    total = sum(p.price * n for p, (n, _) in zip(products, counted))
    said = "加".join(f"{p.name}（{p.price:g}元）" if n == 1 else f"{_SAID_COUNT.get(n, n)}{unit}{p.name}（{p.price * n:g}元）"
                    for p, (n, unit) in zip(products, counted))
    return total, said


def as_last_said(text: str) -> str:
    """``text`` from where the order is said again after a correction ("我要两瓶精华 哦不对 一瓶精华一瓶面霜"
    → " 一瓶精华一瓶面霜"), else ``text``."""
    changed = list(_CHANGED_TO.finditer(text))
    return text[changed[-1].end():] if changed else text


# "…哦不对 一瓶精华一瓶面霜吧", "后来改成…": the order is said again from here
_CHANGED_TO = lazy(r"不对不对|[哦噢啊]?(?<!对)不对|说错了|(?:后来|最后|结果|然后|又)(?:还是)?(?:改成|换成|改拍|拍成|买成)了?|(?:后来|最后)还是(?:拍|买|要)了?|算了(?:算了)?还是(?:拍|买|要)?")


_COUNT_AFTER = lazy(r"\s?(?:([两二三四五六2-9])(瓶|支|盒|个|件|罐|套|袋|只)(?![装片])" + _NOT_ITEMS + r"|[×xX*]\s?([2-9])(?!\d))")  # not "面膜5片装"; "面霜 50g ×2" of a pasted order
_TAKES_TWO = lazy(r"(?:拍|买|要|来|入|囤)俩(?![^，,。？?！!\s]{0,2}[元块])")
_EACH = lazy(r"各(?:拿|买|要|来|拍|入|囤|整)?(?:了)?([两俩二三四五六2-9])(瓶|支|盒|个|件|罐|套|袋|只)?")
_LEADS_ONE = lazy(r"(?:^|[\s，,。、+＋]|[了买拍要来加和跟有是及再还])$")  # what a count of one before an item follows
_SAID_COUNT = {2: "两", 3: "三", 4: "四", 5: "五", 6: "六"}
_COUNT_BEFORE = lazy(r"(?<![第十])(?:([一两俩二三四五六1-9])(瓶|支|盒|个|件|罐|套|袋|只)|(?<![咱我你他她]们)(?<![咱我你他她])俩)$")  # "俩面霜": two


def _count_and_unit(text: str, product: Product) -> tuple[int, str]:
    """How many of ``product`` the message counts just before naming it ("两瓶面霜"), and the unit."""
    for name in names_of(product):
        for start, end in [m.span() for m in re.finditer(re.escape(name), text)] or typo_spans(name, text):  # ("两瓶烟酰按": one typo)
            count = _COUNT_BEFORE.search(text[max(0, start - 3): start])  # the count just before
            if count and count.group(1) == "一" and not _LEADS_ONE.search(text[: max(0, start - 3) + count.start()]):
                count = None  # "面霜一瓶面膜两盒": the 一瓶 is the cream's, said after it
            if count:
                return (int(_NUMBERS.get(count.group(1), count.group(1))), count.group(2)) if count.group(1) else (2, "个")  # ("一瓶精华两盒面膜": one, not the 两 after it)
            after = _COUNT_AFTER.match(text, end)  # … or just after ("面霜一瓶面膜两盒")
            if after:
                said = after.group(1) or after.group(3)
                return int(_NUMBERS.get(said, said)), after.group(2) or "件"
            each = _EACH.search(text, end)  # … or for every item named ("精华加面霜各拿两个")
            if each:
                return int(_NUMBERS.get(each.group(1), each.group(1))), each.group(2) or "个"
    if len(product.category) >= 2 and product.category[-1] in "霜膜" and (alone := re.search(rf"([两俩二三四五六2-9])(瓶|支|盒|个|件|罐){product.category[-1]}", text)):
        return int(_NUMBERS.get(alone.group(1), alone.group(1))), alone.group(2)  # "两瓶霜一个洗面奶": its kind's last character said alone
    return 1, ""


def counted_items(text: str, products: list[Product]) -> tuple[float, str] | None:
    """(the sum, how to say it) when the message counts an item among several ("两瓶面霜加一支洗面奶"),
    else None (each item once: the plain prices say it)."""
    listed = counted_list(text, products)
    return (listed[0], listed[1] + f"，一共{listed[0]:g}元") if listed else None


def counted_list(text: str, products: list[Product]) -> tuple[float, str] | None:
    """As :func:`counted_items`, the items said without their sum (the caller says the sum)."""
    if len(products) < 2 or any(p.price is None for p in products) or all(_count_and_unit(text, p)[0] == 1 for p in products):
        return None
    return _items(text, products)


_PAID_SUM = re.compile(r"(?:咋是|还是|怎么是|付了|实付|一共|总共|花了)(\d{2,5})(?:块|元)?(?![\d%片支瓶盒天号])")


def coupon_missed(products: list[Product], policy: Policy, reply: str, text: str = "") -> str:
    """Why a coupon taken did not come off the order ("优惠券领了 下单怎么没减 我就买了个面霜"):
    the coupon's threshold against what the named items add up to; "" when either is unknown.

    >>> coupon_missed([Product("c", "面霜", price=168)], Policy(coupons="首页领满299减20的券"), "今天11:00")
    '满299减20的券要订单满299元才能用，您这单面霜（168元）还差131元，所以下单时没有减哦'
    >>> coupon_missed([Product("c", "面霜", price=168)], Policy(coupons="首页领满299减20的券"), "今天11:00", "拍了两瓶面霜")
    '您这单面霜买2瓶，一共336元，已经满299元，首页领满299减20的券，没领的话先领了再付款就会自动减；领了还没减的话，我帮您查一下是哪里没抵扣，今天11:00前给您答复'
    """
    rule = _COUPON.search(policy.coupons or "")
    summed = named_sum(text, products)  # "拍了两瓶面霜 不是说减20吗": the count the message says
    paid = _PAID_SUM.search(text)
    if summed is None and not products and paid:
        summed = (float(paid.group(1)), f"{paid.group(1)}元")  # "付款咋是247 领了券不是应该减20吗": the sum said
    if rule is None:
        return ""
    if summed is None:  # "我领了咋没减", nothing said of the order: the threshold, and the order checked
        return (f"满{rule.group(1)}减{rule.group(2)}的券要订单满{rule.group(1)}元才能用，没满的话下单时就不会减；"
                f"满了还没减的话，把订单截图发我，我帮您查一下，{reply}前给您答复")
    total, said = summed
    need, off = int(rule.group(1)), int(rule.group(2))
    if total < need:
        return f"满{need}减{off}的券要订单满{need}元才能用，您这单{said}还差{need - total:g}元，所以下单时没有减哦"
    where = next((c for c in re.split("[，,；;。]", policy.coupons) if "领" in c), "")
    take = f"{where}，没领的话先领了再付款就会自动减；领了还没减的话，" if where else "券应该能用上，"
    return f"您这单{said}，已经满{need}元，{take}我帮您查一下是哪里没抵扣，{reply}前给您答复"
