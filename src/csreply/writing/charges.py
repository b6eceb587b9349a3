"""What a customer was charged against what they expected: a duplicate payment to give back, a
sum above the price shown (the postage under the free-shipping threshold, a remote region's fee,
or a difference to check and refund), and someone else who paid less. No I/O.
"""

from __future__ import annotations

import re

from .draft import Context
from .postage import remote_places
from .regions import destination
from ..lazy_pattern import lazy

_TWICE = lazy(r"扣了?(?:我)?两次|扣了?两遍|重复扣|扣了双份|付了两次钱|扣了两笔|重复支付")
_EXTRA = lazy(r"(?<![点天号月年时分])多(?:扣|收|付)")
# "页面168 怎么扣了180", "下单前页面显示159 结算出来是168", "我拍的洗面奶要85 页面上明明写79": a price
# seen and a sum paid, each said next to its word (an amount is no size, count or date: "120g", "满299")
_SUM = r"(?<![\d.满减])(\d{2,4})(?:\.\d+)?(?![\d.%gG克mlML片天号日月点件支瓶盒个期])"
_SHOWN = r"(?:页面|显示|写着?|写的|标[着的价]|明明|活动页|详情页|宣传)[^，,。？?\d]{0,8}?"
_PAID = r"(?:扣了?|付了?|收了?|结算|实付|付款|要|变成)[^，,。？?\d]{0,6}?"
_SHOWN_PAID = lazy(rf"{_SHOWN}{_SUM}\D{{0,12}}?{_PAID}{_SUM}|{_PAID}{_SUM}\D{{0,12}}?{_SHOWN}{_SUM}")
_PAID_SUM = lazy(rf"(?:扣了?|付了?|收了?我?|结算|实付|要|变成|成了)\s*{_SUM}")
_OTHERS = lazy(r"(?P<who>朋友|同事|闺蜜|别人(?!家)|我妈|室友|同学|有人).{0,12}?(?:才|只要|只花了?|花了|晒了?)\s*(?P<paid>\d{2,4})")


def charged_twice(ctx: Context) -> str:
    """"支付宝扣了我两次钱 168扣了336": a duplicate to give back by the refund's time, not a
    failure; "" when the message says no such thing ("多扣了12块运费" is a fee, not a duplicate)."""
    said = ctx.message
    if not (_TWICE.search(said) or _EXTRA.search(said) and "运费" not in said and not _shown_and_paid(ctx)):
        return ""
    return (f"多扣的钱我马上帮您核实：确认是重复支付的话，多扣的那笔会原路退回，{ctx.library.policy.refund_working_days}个工作日内到账，"
            f"{ctx.values['time.reply']}前我把核实结果告诉您；这期间先别再付款了哦")


def charged_more(ctx: Context) -> str:
    """A sum paid above the price shown ("页面168 怎么扣了180", "我拍的洗面奶要85 页面写79"): the
    postage under the threshold, a remote region's fee, or the difference checked and refunded."""
    if re.search("现在|今天|刚看|降|便宜", ctx.message) and re.search("差价|补我|退我", ctx.message):
        return ""  # "实付199 …现在页面才179 补我差价": a fall since paying (保价), not a sum charged above the page
    sums = _shown_and_paid(ctx) or _item_and_paid(ctx)
    if sums is None:
        return _above_unsaid(ctx)
    shown, paid = sums
    count = re.search(r"[×xX*]\s*(\d)\b", ctx.message)
    if count and paid <= shown * int(count.group(1)):
        return ""  # "烟酰胺焕亮精华液 30ml ×2 实付378.00": two items less a coupon, nothing charged above
    policy, gap = ctx.library.policy, paid - shown
    rule = re.search(r"满(\d+)元?包邮.{0,12}?收(\d+)元", policy.free_shipping or "")
    if rule and shown < int(rule.group(1)) and gap == int(rule.group(2)):
        need, fee = int(rule.group(1)), int(rule.group(2))
        named = ctx.products[0].name if len(ctx.products) == 1 and ctx.products[0].price == shown else "商品"
        return (f"{named}是{shown:g}元，全店满{need}元包邮，不满{need}元收{fee}元运费，所以您这单实付是{paid:g}元；"
                f"再凑{need - shown:g}元满{need}元就包邮了")
    far = re.search(r"(\d+)元", policy.remote_fee or "")
    if far and gap == int(far.group(1)) and policy.remote_regions:
        region = destination(ctx.message)
        where = "、".join(policy.remote_regions)
        if region and region in remote_places(policy):
            return f"页面是{shown:g}元，您的地址在{region}，不在包邮范围内，{policy.remote_fee}，所以实付多了{gap:g}元"
        return (f"页面是{shown:g}元，多出的{gap:g}元应该是运费：{where}不在包邮范围内，{policy.remote_fee}；"
                f"如果您的收货地址不在这些地区，把订单截图发我，我帮您核对，{ctx.values['time.reply']}前给您答复")
    return (f"页面显示{shown:g}元、实付{paid:g}元，差了{gap:g}元，我马上帮您核对：您把页面截图和订单号发我，"
            f"确认是活动价没生效或者多收了的话，差价{gap:g}元给您退回，{ctx.values['time.reply']}前给您答复")


# "怎么实付比页面价格高啊", "付的比页面上贵": more paid than shown, no sums said
_ABOVE = lazy(r"(?:实付|付的|付款|结算|扣的|扣了)[^，,。？?\s]{0,4}比[^，,。？?\s]{0,6}(?:页面|标价|显示|写的|详情页)[^，,。？?\s]{0,6}(?:高|贵|多)"
              r"|比(?:页面|标价|详情页)[^，,。？?\s]{0,4}(?:高|贵|多)[^，,。？?\s]{0,4}(?:付|扣|结算)")


def _above_unsaid(ctx: Context) -> str:
    """"怎么实付比页面价格高啊": what usually adds to the price (the postage rules the shop
    states), and the order checked with any difference refunded."""
    if not _ABOVE.search(ctx.message) or "退" in ctx.message:
        return ""
    policy = ctx.library.policy
    causes = [rule for rule in (
        policy.free_shipping,
        f"{'、'.join(policy.remote_regions)}不在包邮范围内，{policy.remote_fee}" if policy.remote_regions and policy.remote_fee else "",
        policy.courier_surcharge,
    ) if rule]
    why = f"实付比页面价高，多半是加了运费：{'；'.join(causes)}。" if causes else ""
    return (f"{why}您把订单截图发我，我马上帮您核对，确认是活动价没生效或者多收了的话，差价给您退回，"
            f"{ctx.values['time.reply']}前给您答复")


def _shown_and_paid(ctx: Context) -> tuple[float, float] | None:
    """The price the customer saw and the larger sum they paid, when the message says both."""
    said = ctx.message
    m = None if "退" in said or _OTHERS.search(said) else _SHOWN_PAID.search(said)
    if m is None:
        return None
    shown, paid = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(4)), int(m.group(3)))
    return (float(shown), float(paid)) if shown < paid < 2 * shown else None


def _item_and_paid(ctx: Context) -> tuple[float, float] | None:
    """"为啥我拍的洗面奶要85": the one item's price and the one larger sum said paid for it."""
    if len(ctx.products) != 1 or ctx.products[0].price is None or "退" in ctx.message:
        return None
    price = ctx.products[0].price
    above = {int(a) for a in _PAID_SUM.findall(ctx.message)} - {int(price)}
    return (float(price), float(above.pop())) if len(above) == 1 and price < min(above) < 2 * price else None


def others_paid_less(ctx: Context) -> str:
    """Someone else paid less for the item the customer named: the price now, what may explain
    the difference, and the protection of the customer's own order (not a refund promised)."""
    m = _OTHERS.search(ctx.message)
    if m is None or len(ctx.products) != 1 or ctx.products[0].price is None or int(m["paid"]) >= ctx.products[0].price:
        return ""
    p, days = ctx.products[0], ctx.library.policy.price_protect_days
    who = "别人" if m["who"] in ("有人", "别人") else "您妈妈" if m["who"] == "我妈" else f"您{m['who']}"
    said = (f"{p.name}现在的价格是{p.price:g}元，{who}那单可能是用了当时的优惠券或者赶上了活动，"
            f"具体我帮您查一下近期的价格记录，{ctx.values['time.reply']}前给您答复")
    return said + (f"；您这单付款后{days}天内如果降价，差价会退给您" if days else "")
