"""What a message orders: the items it names as bought (not the gift, not an earlier order, not
one it refuses), the order as it is last said ("本来想拍两瓶面霜 后来改成一个面霜一个洗面奶"), and
what they add up to with the shop's coupon and gift rules, also after part of it is cancelled.
No I/O.
"""

from __future__ import annotations

import re

from ..library.model import Product
from ..understanding.catalogue import find_products
from . import facts
from .draft import Context
from .days import CN_DIGITS
from .postage import free_threshold, postage_fee
from ..lazy_pattern import lazy
from .recommending import names_skin
from .signals import FEWER_WANTED, TWICE_ORDERED
from .totals import as_last_said, best_coupon, counted, gift_rule

PROMOTIONS = frozenset({"gifts", "coupons"})


def order_text(ctx: Context) -> str:
    """The message from where the order is last said: "本来想拍两瓶面霜 后来改成一个面霜一个洗面奶"
    counts one cream and one cleanser, not three items (the whole message when nothing is changed)."""
    after = as_last_said(ctx.message)
    return after if after is not ctx.message and find_products(ctx.library, after) else ctx.message


def _swapped(ctx: Context, said: str) -> list[Product] | None:
    """"想买面霜加洗面奶 哦不对洗面奶家里还有 换成面膜吧": the first list with one item swapped for
    another (the cream and the mask), or None when the correction names no swap."""
    swap = _SWAP.search(said)
    if said == ctx.message or not swap:
        return None
    before = find_products(ctx.library, ctx.message[: len(ctx.message) - len(said)], limit=5)
    out = find_products(ctx.library, said[: swap.start()], limit=2)
    into = find_products(ctx.library, re.sub(r"(?:够|还)?送[^，,。？?\s]{0,6}", "", said[swap.end():]), limit=2)
    if not before or not out or not into:
        return None
    return [p for p in before if p not in out] + [p for p in into if p not in before]


_SWAP = lazy(r"换成|改成|换")


def _as_part(text: str, product: Product) -> bool:
    """Whether ``text`` says ``product``'s short name as an amount of something ("没啥精华", "几滴精华")."""
    return any(re.search(f"(?:几滴|(?<!有)没(?:啥|什么|有|多少)?){re.escape(n)}", text) for n in (product.category, *product.aliases) if n)


def bought_items(ctx: Context) -> list[Product]:
    """The items a message names as bought, not the gift ("送的面膜", "面膜还送吗", "赠品面膜别忘了放")."""
    said = order_text(ctx)  # "两瓶精华 哦不对 一瓶精华一瓶面霜吧": what is said last
    swapped = _swapped(ctx, said)
    if swapped is not None:
        return swapped
    every = _EVERY_ITEM.search(said)
    catalogue = list(ctx.library.products.values())
    if every and (not every.group(1) or CN_DIGITS.get(every.group(1), 0) == len(catalogue)):
        return catalogue  # "你家四样我全要了": the whole catalogue
    text = re.sub(r"[^，,。？?！!\s]{0,6}(?:还|照|会)送[^，,。？?！!\s]{0,6}", "", said)
    # "上次买面霜挖勺都没给我 这次想再买两瓶精华": the earlier order's items are not in this one
    now = [c for c in re.split(r"[，,。？?！!\s]+", text) if c and not _EARLIER.search(c)]
    if now and len(now) < len(re.split(r"[，,。？?！!\s]+", text.strip())):
        text = " ".join(now)
    text = _NOT_BUYING.sub("", text)  # "送的话我就不单买面膜了": an item the customer will not buy
    text = _GIFT_REMINDER.sub("", text)  # "面膜记得给我带上": the gift, not an item bought
    text = _GIFT_CHECKED.sub("", text)  # "满减和面膜都有吧": the gift asked after, not an item bought
    text = re.sub(r"(?:送[的个]?|送不送|赠[品的送个]?|(?:给我)?[放塞][个一]?片?)[^，,。？?\s]{0,6}", "", text)
    found = find_products(ctx.library, text, limit=5)
    if found and text != said and any(_as_part(text, p) for p in found):  # "之前买的面膜 …有一片没啥精华": the mask's part
        found = [p for p in found if not _as_part(text, p) or p in find_products(ctx.library, said, limit=5)]
    if not found and now and _AGAIN.search(text) and counted(text):
        # "上次买的面霜用完了 这回想买两瓶": the item of the earlier order, bought again
        found = find_products(ctx.library, said, limit=1)
    return found


_AGAIN = lazy(r"这回|这次|再买|再来|回购|再囤|再拍")
_GIFT_CHECKED = lazy(r"(?:满减|券|优惠|活动)[和跟与及][^，,。？?！!\s]{1,6}?(?:都有|有吧|有吗|有没有|都能有|都送)")
_GIFT_REMINDER = lazy(r"(?:面膜|赠品|小样|礼物)[^，,。？?！!\s]{0,4}(?:记得|别忘了?)(?:给我)?(?:带上|带|放|塞|寄|送)|满[#\d]+(?:元|块)?送?的(?:面膜|赠品|小样|礼物)")  # "满199的面膜": the gift
_NOT_BUYING = lazy(r"不(?:单独?|再|用|另外|额外)?(?:买|拍|要)[^，,。？?！!\s]{0,6}|(?:别|不要)(?:跟我说|让我|叫我)?(?:再)?(?:买|拍|加)[^，,。？?！!\s]{0,6}")


def promotion_deal(ctx: Context) -> str:
    """The named items' sum with the coupon and the gift ("面霜加精华一共367…实付347元"), when the
    message names several items, a count of one ("三瓶") or a price of its own; else ""."""
    items = bought_items(ctx)
    if not items or not (len(items) >= 2 or facts.counted(ctx.message) or facts.offered(ctx.message)):
        return ""
    kept = kept_after_cancel(ctx, items)
    if kept is not None:
        return kept
    paid = ctx.lead == "order_placed" or bool(_PAID.search(ctx.message))
    text = facts.deal(order_text(ctx), items, ctx.library.policy, paid=paid)
    if text and _WHAT_TO_ADD.search(ctx.message) and (short := re.search(r"再凑(\d+(?:\.\d+)?)元满\d+元还能送", text)):
        text += _added_to_reach(ctx, items, float(short.group(1)))  # "不够的话再加个啥合适": the item that reaches it
    if text and "送" in text and _SEPARATE.search(ctx.message) and re.search("赠品|送的|赠的|礼物|小样", ctx.message) and "随单" in (ctx.library.policy.gifts or ""):
        # "赠品会不会单独发啊": said, as the gift rule states it, beside the gift (before a "再凑…" nudge)
        head, sep, tail = text.partition("；再凑")
        text = f"{head}，赠品会随单一起发出，不会单独发{sep}{tail}"
    return text


_WHAT_TO_ADD = lazy(r"(?:再|还)?(?:加|凑|添|买)(?:个|点|一?件|些)?(?:啥|什么|哪个|哪样)")  # "不够的话再加个啥合适"


def _added_to_reach(ctx: Context, items: list[Product], short: float) -> str:
    """The cheapest other item that covers ``short`` (what the gift's line still needs) and suits the
    skin the message names, that item first when its facts name the skin; "" when none does."""
    skin = facts.skin_of(ctx.message)
    fits = [p for p in ctx.library.products.values() if p not in items and p.price is not None and p.price >= short
            and (skin is None or facts.suits(p, skin) is not False)]
    if not fits:
        return ""
    pick = min(fits, key=lambda p: (skin is not None and not names_skin(p, skin), p.price))
    total = sum(p.price or 0 for p in items) + pick.price
    coupon = best_coupon(total, ctx.library.policy)  # (the gift it reaches is said already)
    reached = f"领店铺满{coupon[0]}减{coupon[1]}的券后实付{total - coupon[1]:g}元" if coupon else ""
    why = f"，它适合{facts.bare(pick.suitable_for)}" if pick.suitable_for else ""
    return f"；想凑满的话，再加一件{pick.name}（{pick.price:g}元）就够了{why}，一共{total:g}元" + (f"，{reached}" if reached else "")


_SEPARATE = lazy(r"单独发|分开发|单独寄|分开寄|一起发吗|一起寄吗")


_EVERY_ITEM = lazy(r"(?:([两三四五六七八九十])样|所有的?|全部)(?:东西|商品|产品)?(?:我)?(?:全套)?(?:全|都|各)(?:要|买|拍|来)|每样(?:各)?(?:来|要|拍|买)?一|(?<![一这那])全套(?:都|我都)?(?:要|买|拍|拿)")
_EARLIER = lazy(r"上次|上回|之前买|以前买|前几天买|上个月买|上(?:礼拜|星期|周)买|(?:昨天|前天)买的[^，,。？?！!\s]{0,6}(?:收到|到了)")
QUITS = lazy(r"(?:再|还)?不发(?:货)?(?:的话)?就(?:给我)?取消|不发(?:货)?(?:的话)?(?:我|就|我就)(?:申请)?退(?:款|钱)?|不要了|不想要了|退钱|给我退款|直接退款|取消订单|不买了|不等了|不行就(?:给我)?退|那就(?:给我)?退了|取消退款|(?:给我|直接)取消|取消算了")
_PAID = lazy(r"(?<![别不没])(?:拍好[了啦]|拍了|付过了|付了|付好[了啦]|付款了|已付|下单了|下好单)(?!又|再|以后|之后|多久|几天)")  # not "别拍了又说缺货"
_CANCELS = lazy(r"取消|不要了|去掉|退掉|删掉|砍掉")
_ONLY, _REORDERED = lazy(r"只要|只留|就要"), lazy(r"重新拍|重拍|重新下单|另外拍|再拍")  # "面霜不要了 …我重新拍精华": a new order, nothing kept


def _cancelled(message: str) -> list[str]:
    """The words each cancel in ``message`` acts on ("取消精华" → "精华", "把精华取消掉" → "精华")."""
    said = []
    for clause in re.split(r"[，,。？?！!\s]+", message):
        m = _CANCELS.search(clause)
        if m is None:
            continue
        after = _ONLY.split(clause[m.end():])[0]
        after = re.sub(r"^(?:帮我|给我|麻烦|你)*(?:取消|去掉|退掉|删掉|砍掉)?[掉了吧的]*$", "", after)  # "精华不要了帮我取消掉": the item before
        said.append(after if len(after.strip("了掉吧的")) >= 2 else clause[: m.start()].split("把")[-1])
    return said


def kept_after_cancel(ctx: Context, items: list[Product]) -> str | None:
    """"我想把精华取消掉只要面霜 那送的面膜还有吗": what is left, and whether it still gets the gift."""
    if len(items) < 2 or not (_CANCELS.search(ctx.message) or _ONLY.search(ctx.message)) or (_WRONG_PICK.search(ctx.message) or _REORDERED.search(ctx.message)) and not _ONLY.search(ctx.message):
        # "拍错了 我要的是面霜 精华那单帮我取消": the wrong item's order, not one of two items kept ("…只留洗面奶" keeps one)
        return None
    # what follows 只要 is kept ("取消掉只要面霜"); otherwise a clause saying 取消 drops its items
    after_only = [re.split(r"[，,。？?！!\s]", part, maxsplit=1)[0] for part in _ONLY.split(ctx.message)[1:]]
    only = [p for p in items if any(p in find_products(ctx.library, part, limit=5) for part in after_only)]
    # … and what a cancel names: after it ("取消精华"), else before it ("把精华取消掉")
    dropped = [p for p in items if p in find_products(ctx.library, " ".join(_cancelled(ctx.message)), limit=5)]
    kept = only or [p for p in items if p not in dropped]
    dropped = [p for p in items if p not in kept]
    if not dropped or not kept or any(p.price is None for p in kept):
        return None
    total = sum(p.price for p in kept)
    gift = gift_rule(ctx.library.policy)
    said = f"取消{'、'.join(p.name for p in dropped)}后，订单里是{'、'.join(p.name for p in kept)}，一共{total:g}元"
    free, fee = free_threshold(ctx.library.policy), postage_fee(ctx.library.policy)
    if free is not None and fee is not None and total < free:  # "只留洗面奶": 79 alone pays the postage
        said += f"，不满{free}元要收{fee}元运费"
    if gift is None:
        return said
    need, what = gift
    if total >= need:
        return f"{said}，还满{need}元，{what}照样随单送"
    return f"{said}，没满{need}元，{what}就送不了了；再加{need - total:g}元的商品就还能送"


_WRONG_PICK = lazy(r"拍错|买错|选错|下错")


def fewer_items(ctx: Context) -> str:
    """"拍了两瓶面霜 只要一瓶 能取消一瓶吗": the policy does not say whether one unit of an order can
    be refunded alone, so it is checked by a time, the rest sent as usual (or the extra one sent back
    unopened); two review panels marked down a claim that the quantity cannot be changed."""
    if not FEWER_WANTED.search(ctx.message):
        return ""
    if TWICE_ORDERED.search(ctx.message):  # "手滑拍了两单 一模一样的 帮我取消一个": one order of two, not a quantity
        return (f"好的～重复的那一单我这就帮您取消，退款{ctx.values['time.refund']}前原路退回，"
                f"另一单照常发货，预计{ctx.values['time.dispatch']}前发出")
    return (f"好的～多拍的那一件，我这就帮您确认能不能只取消它、其余的照常发出，{ctx.values['time.reply']}前给您答复；"
            "万一只能整单处理，我再跟您说怎么操作最省事；如果已经发出了，多的那件收到后没拆封的话，申请退货退掉就行")


def recounted(ctx: Context) -> str:
    """"拍了两瓶面霜 想改成一瓶面霜一瓶精华": an order's items changed before it ships, which the order
    page cannot do: cancelled and ordered again, and what the new order comes to with the promotions."""
    from .totals import deal

    m = _RECOUNT.search(ctx.message)
    if m is None or not _ORDERED.search(ctx.message[: m.start()]):
        return ""
    named = find_products(ctx.library, m.group(1), limit=3)
    summed = deal(m.group(1), named, ctx.library.policy) if len(named) >= 2 else ""
    if not summed:
        return ""  # (one item for another is an exchange's: exchange_difference)
    return (f"订单里的商品没法直接改，还没发货的话我帮您把这单取消，退款{ctx.values['time.refund']}前原路退回，"
            f"您再按新的重新拍就好：{summed.removeprefix('您说的')}")


_RECOUNT = lazy(r"(?:改成|换成|改为)([^，,。？?！!\s]{4,30})")
_ORDERED = lazy(r"拍了|买了|下单了|下了单|拍的|买的|订单|付了")


# (a coupon seen only after paying is one not taken: "已经付款了 才看到首页有满减券")
_COUPON_FORGOTTEN = lazy(r"[券卷].{0,6}(?:没领|忘领|忘了领|没用上)|(?:没领|忘领|忘了领)[^，,。？?\s]{0,4}[券卷]|(?:付款?|拍|下单|买)(?:了|完|好|过)[^。？?]{0,12}(?:才|刚)(?:看到|发现|看见)[^。？?]{0,16}[券卷]")
_REDO = lazy(r"改价|改下价|改个价|取消|重拍|重新拍|重新下单|还能用|能用[吗么不]|能不能用|可以用[吗么不]|还可以用|能补|补给我|退差|补退|(?:补|退)(?:我|给我)?[#\d]{1,3}(?:块|元)?(?:吗|么|不|嘛|行不)")


def coupon_forgotten(ctx: Context) -> str:
    """An order placed without the coupon, a new price or a cancel asked ("刚下单才发现券没领 能改价吗
    不行就取消重拍"): the price is not changed by hand; cancelled and placed again, the coupon applies."""
    policy = ctx.library.policy
    if not (_COUPON_FORGOTTEN.search(ctx.message) and _REDO.search(ctx.message) and policy.coupons):
        return ""
    take = re.split("[，,；;]", facts.bare(policy.coupons))[0]
    undo = ("还没付款的话，您直接取消这单就好" if re.search("没付|未付", ctx.message)
            else f"还没发货的话，我帮您把这单取消，已付款的退款{ctx.values['time.refund']}前原路退回")
    return f"订单价格这边没法手动改哦～{undo}；{take}，领好后重新拍下，付款时就会自动抵扣"



# an item added to an order placed ("能不能再加一支洗面奶一起发", "想再加个面膜 能一起发吗")
_ADD_ON = lazy(r"(?:再|多)?加(?:一|个|两|几|一支|一瓶|一盒|一个|一片)?[^，,。？?！!\s]{0,8}(?:一起|一块|一同)(?:发|寄)|(?:再|多|还想|还要)加[^，,。？?！!\s]{0,8}[，,\s]?(?:能|可以)?(?:一起|一块)(?:发|寄)")
_ADD_ASKED = lazy(r"(?:再|多)?加(?:一|两|几|个)?[盒支瓶个片]?[^，,。？?！!\s]{0,8}?(?:吗|么|嘛|可以不|行不|行吗|能加不)")
_PLACED_ORDER = lazy(r"(?:拍|下|付)(?:了|的|好)的?单|订单里|单里|那单|这单|改发|改成顺丰|改顺丰")  # ("备注一下改发顺丰 再加一盒面膜可以吗": a courier changed is an order placed)
_COUNT_SHORT = lazy(r"拍少了|少拍了|拍成[一1]|改成[两二2俩三3][支瓶盒个件罐]|(?:改|加)(?:一?下)?数量|数量(?:拍)?(?:错|少)了?")
_ORDERED_ALREADY = lazy(r"拍了|拍的|拍好|买了|下单了|下的单|付了|付款了|订单|那单|这单")


def added_item(ctx: Context) -> str:
    """An item added to an order already placed: an order cannot take a new item, so it is ordered
    on its own and the two are sent together while the first has not left."""
    added = _ADD_ON.search(ctx.message)
    if _COUNT_SHORT.search(ctx.message) and not FEWER_WANTED.search(ctx.message):  # "两盒拍成一盒了 帮我改下数量"
        return ("已经拍下的订单没法直接改数量哦，少拍的那份您再补拍一单就好；两单收货地址一样、前一单还没发出的话，"
                f"我帮您备注合并一起发，补拍的这单{ctx.values['time.pay_new']}，预计{ctx.values['time.dispatch']}前发出")
    if not (added and (added.group(0).startswith("再") or _ORDERED_ALREADY.search(ctx.message))) and not (
        _ADD_ASKED.search(ctx.message) and _PLACED_ORDER.search(ctx.message)  # "刚拍的单能再加一盒面膜吗"
    ):
        return ""
    return ("已经拍下的订单里没法直接加商品哦，您把要加的另外拍一单就好；两单收货地址一样、前一单还没发出的话，"
            f"我帮您备注合并一起发，补拍的这单{ctx.values['time.pay_new']}，预计{ctx.values['time.dispatch']}前发出") + _postage_of_two(ctx)


_POSTAGE_BACK = lazy(r"(?:运费|邮费)[^，,。？?！!\s]{0,4}(?:退|返|免|能不能不)|退[^，,。？?！!\s]{0,2}(?:运费|邮费)")


def _postage_of_two(ctx: Context) -> str:
    """For "付了6块运费 还想加一支洗面奶 …运费能退吗": two orders pay their postage each, and the
    one order that would have been free (the first cancelled while it waits, both ordered together)."""
    threshold = re.search(r"满(\d+)元包邮", ctx.library.policy.free_shipping or "")
    if not _POSTAGE_BACK.search(ctx.message) or len(ctx.products) < 2 or threshold is None or any(p.price is None for p in ctx.products):
        return ""
    total = sum(p.price for p in ctx.products)
    said = "；分开拍的两单是各算各的运费，已经付的运费退不了哦"
    if total < int(threshold.group(1)):
        return said
    names = "和".join(p.name for p in ctx.products)
    return (f"{said}。想省下这笔运费的话，前一单还没发出时可以申请取消，钱{ctx.values['time.refund']}前原路退回，"
            f"再把{names}一起拍成一单，一共{total:g}元，满{threshold.group(1)}元就包邮了")
