"""Price protection (保价): the window from the purchase the customer names, or from today when
nothing is bought yet, and whether a sale the customer waits for falls inside it. No I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from ..library.model import Policy
from .days import FESTIVALS, MONTH_PART, days_ago, festival_passed
from ..lazy_pattern import lazy

_WAITS_FOR = lazy(r"等[^，,。？?！!\s]{0,6}(?:再买|再拍|再下单|买|的时候)|还是等")

OUTSIDE_PRICE_PROTECTION = "已经过了保价期"
DROP_FELT = "买完就降价，换谁心里都不舒服，理解您～"  # said before the refusal, unless an opening feels it already


def _window_from(today: date | None, window: int, text: str) -> tuple[str, str]:
    """How far a purchase made today is protected, and whether a sale the customer names
    ("双十二会不会更便宜") falls outside it: never a promise the window does not make."""
    if today is None:
        return "", "，现在下单也不用担心买贵"
    end = today + timedelta(days=window)
    passed = festival_passed(text, today)
    if passed:  # "双十一会有活动吗" on 11月24日: this year's is over
        return f"，今天下单的话保价到{end.month}月{end.day}日", f"；今年的{passed}已经过了，之后有活动我会先帮您留意"
    for name, (month, day) in FESTIVALS.items():
        sale = date(today.year, month, day)
        sale = sale if sale >= today else sale.replace(year=today.year + 1)
        if name in text and sale > end:
            return f"，今天下单的话保价到{end.month}月{end.day}日", f"；{name}在这之后，那时的活动价不在保价范围内，活动安排我会先帮您留意"
    named = _DROP_DAY.search(text)  # "现在买了要是12号降价能退差价不": a day of the month named for the fall
    if named:
        mday = int(named.group(1))
        month, year = (today.month, today.year) if mday >= today.day else ((1, today.year + 1) if today.month == 12 else (today.month + 1, today.year))
        try:
            sale = date(year, month, mday)
        except ValueError:
            sale = None
        if sale is not None and sale > end:
            return (f"，今天下单的话保价到{end.month}月{end.day}日",
                    f"；{sale.month}月{sale.day}日在这之后，要是那天才降价，就不在保价范围内了，活动安排我会先帮您留意")
    return f"，今天下单的话保价到{end.month}月{end.day}日", ""


_DROP_DAY = lazy(r"(?<![\d月])(\d{1,2})[号日][^，,。？?！!\s]{0,3}(?:降价|便宜|更便宜|有活动|打折)")
_DAYS_COUNTED = lazy(r"(?:有|都|已经|快)(\d{1,3})天了?")


def price_protect(text: str, policy: Policy, values: Mapping[str, str], bought: bool, today: date | None) -> str:
    """The price-protection window, counted from the purchase the customer names ("买了三天")."""
    window = policy.price_protect_days
    missed = coupon_missed_after(text, policy, window)
    if missed:
        return missed
    # "现在买还是等12号再买": a day waited for, not a purchase day
    days = None if _WAITS_FOR.search(text) and not re.search("买了|买的|拍了|付了|付的", text) else days_ago(text, today)
    counted = _DAYS_COUNTED.search(text)  # "算算得有35天了": the customer's own count over a rough date ("上个月初")
    days = int(counted.group(1)) if counted and days is not None else days
    rule = f"我们支持付款后{window}天内保价"
    hypothetical = re.search(r"怕.{0,6}买了|现在买了|要是买了|万一买了|买了.{0,3}会不会", text)
    # "现在买的话双十二要是降价了能补差价吗 不能的话我就等": asked before buying, whatever the lead
    ahead = re.search(r"现在买了?[^，,。？?！!\s]{0,2}到时候?|到时候?[^，,。？?！!\s]{0,3}(?:降价|便宜|更便宜)|现在买[^，,。？?！!\s]{0,4}(?:亏|吃亏|划算)|等等再说|再等等|现在买的话|现在下单的话|现在拍的话|现在买了?[^，,。？?！!\s]{0,2}(?:要是|万一|如果)|怕[^，,。？?！!\s]{0,4}买了|等[^，,。？?！!\s]{0,6}再买", text)
    if days is None and (ahead or not bought and (hypothetical or not re.search("买了|买的|下单了|拍了|付款了|付款的|付的款|付了|付的是|我付的|已经", text))):
        until, sale = _window_from(today, window, text)
        return f"{rule}{until}，这期间降价的话，差价会原路退给您{sale}"  # asked before buying
    if days is None:
        return f"{rule}，这期间降价了，差价核实后{values['time.refund']}前原路退回给您"
    straddled = _straddled(text, today, window)
    if straddled:  # "11月初买的": part of those days is inside the window, so the day paid decides
        first, said = straddled
        return (f"{rule}，您是{said}买的，{first.month}月{first.day}日及以后付款的都还在保价期内；麻烦把订单号或付款时间发我，"
                f"在保价期内的话，差价{price_gap(text)}我核实后{values['time.refund']}前原路退回给您")
    # "上个月买的": a rough time is said back as the customer said it, not as a made-up count of days
    rough = None if counted else _ROUGH.search(text) or MONTH_PART.search(text) or re.search("[一二三四五六七八九十]{1,2}月[底末初头中]", text)  # ("十月底")
    when = f"您是{rough.group(0)}买的" if rough else f"您是{days}天前买的"
    if days <= window:
        gap = price_gap(text)
        return f"{rule}，{when}，还在保价期内，差价{gap}我核实后{values['time.refund']}前原路退回给您"
    extra = values.get("policy.compensation")
    instead = f"；不过我可以帮您申请一张{extra}作为补偿，{values['time.reply']}前发到您账户" if extra and values.get("time.reply") else f"；不过我可以帮您申请一张{extra}作为补偿" if extra else "，还请您理解"  # plainly outside, an alternative
    bought_for = f"{when}，超过了{window}天" if rough else f"您这单买了{days}天"
    # a refusal, its feeling first: "买完就降价，换谁心里都不舒服"
    return f"{DROP_FELT}{rule}，{bought_for}，{OUTSIDE_PRICE_PROTECTION}，差价这次没办法补了{instead}"


_COUPON_LATE = lazy(r"早知道(?:就)?凑单|(?:上了|出了|推出|搞了|有了)[^，,。？?\s]{0,4}满[#\d]+减[#\d]+|(?:今天|现在|首页)[^，,。？?\s]{0,6}满[#\d]+减[#\d]+|(?:看到|看|说|刷到)[^，,。？?\s]{0,10}(?:领券|用券|满\d+减\d+)|(?:当时|那时|买的时候)[^，,。？?\s]{0,3}没(?:看到|看见|发现|领)|才(?:看到|发现|知道)[^，,。？?\s]{0,12}[券卷]|(?:今天|今日|刚|后来|现在)(?:才)?(?:一看|看到|见到|发现|有了?|看)[^，,。？?\s]{0,12}[券卷]|[券卷]忘了?领|忘了?领[券卷]|没领[券卷]|[券卷]没领|没用上?[券卷]")
_DROPPED = lazy(r"降价|降了|便宜了|差价|又便宜|比我买的")


def coupon_missed_after(text: str, policy: Policy, window: int) -> str:
    """A coupon seen after buying and its sum asked back ("今天才看到满299减20的券 早知道就凑单了 能补我20不"):
    保价 covers a lower price, not a coupon not taken, and the order said is checked against its threshold.

    >>> coupon_missed_after("昨天买的面霜168 今天才看到首页能领满299减20的券 能补我20不", Policy(coupons="首页领满299减20的券", compensation="10元无门槛优惠券"), 15)
    '理解您的心情～满299减20的券要订单满299元才能用，您这单168元还没到299元，当时领了券也减不了；保价是付款后15天内商品降价才退差价，这次价格没有变，所以这20元补不了哦。不过我可以帮您申请一张10元无门槛优惠券，下次买的时候用'
    """
    rule = re.search(r"满(\d+)减(\d+)", policy.coupons or "")
    # "满299减20的券 …差价补不补": the coupon's sum called a difference, no price fallen
    text = re.sub(r"[券卷][^，,。？?！!\s]{0,4}(?:便宜|减|少)(?=[#\d一二两三四五六七八九十])", "券减", text)  # "有券便宜20": the coupon's sum, no price fallen
    dropped = _DROPPED.search(text.replace("差价", "") if _COUPON_RULE.search(text) or re.search("领券|用券|券减", text) else text)
    if not _COUPON_LATE.search(text) or dropped or rule is None:
        return ""
    need, off = int(rule.group(1)), rule.group(2)
    prices = [int(m.group(1)) for m in _PRICE.finditer(text) if int(m.group(1)) not in (need, int(off))]
    reach = f"您这单{prices[0]}元还没到{need}元，当时领了券也减不了；" if prices and prices[0] < need else ""
    if prices and prices[0] >= need:  # "我付了367 没用上": the order reached it; the coupon was not taken before paying
        sent = f"；要是已经发出了，我帮您申请一张{policy.compensation}，下次买的时候用" if policy.compensation else ""
        return (f"理解您的心情～您这单{prices[0]}元已经满{need}元了，只是券要在付款前领好才会自动抵扣，付款后就补不上了；"
                f"要是这单还没发货，我可以帮您取消，您领券后重新拍就能减{off}元，原来的款会原路退回{sent}")
    rule_said = f"保价是付款后{window}天内商品降价才退差价，这次价格没有变，所以这{off}元补不了哦" if window else f"这{off}元这次补不了哦"
    extra = f"。不过我可以帮您申请一张{policy.compensation}，下次买的时候用" if policy.compensation else ""
    return f"理解您的心情～满{need}减{off}的券要订单满{need}元才能用，{reach}{rule_said}{extra}"


def _straddled(text: str, today: date | None, window: int) -> tuple[date, str] | None:
    """(the first day still protected, the words said) when the rough part of a month the customer
    names ("11月初": the 1st to the 10th) holds days both inside and outside the window."""
    m = MONTH_PART.search(text)
    if m is None or today is None or not window:
        return None
    year, month = today.year, int(m.group(2)) if m.group(2) else today.month - 1
    if month == 0:
        year, month = year - 1, 12
    if not 1 <= month <= 12:
        return None
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    start, end = {"初": (1, 10), "头": (1, 10), "中": (11, 20)}.get(m.group(3), (21, last))
    first = today - timedelta(days=window)  # the earliest payment still protected
    if date(year, month, start) < first <= date(year, month, end):
        return first, m.group(0)
    return None


_PRICE = lazy(r"(?<![\d.双])(\d{2,5})(?:\.\d{1,2})?(?![\d.]|\s*(?:号|日|月|天|点|个|片|瓶|支|罐|盒|套|ml|mL|g|克|毫升|%|岁|期|折))")


_COUPON_RULE = lazy(r"满(\d+)减(\d+)")
# ("便宜20了": the gap, not 199 - 20; "给我补20": the sum asked back)
_GAP_TOLD = lazy(r"(?:差价|差的|差了|便宜了?|降了?|少了?|(?<!价)补我?|退我)\s*(\d{1,4})\s*(?:块|元|多)?(?![\d.]|\s*(?:号|日|月|天|点|个|片|瓶|支|%))")


def price_gap(text: str) -> str:
    """The difference of the two prices the customer names ("199买的 现在169"), as "30元", else "".

    >>> price_gap("我11号抢的精华199 刚看你家才169了"), price_gap("买了3天就降价"), price_gap("199买的 现在199")
    ('30元', '', '')
    >>> price_gap("前天刚买的精华今天就降到179了 差的20块退不退")
    '20元'

    """
    told = _GAP_TOLD.search(text)  # "差的20块退不退": the customer counted it
    if told:
        return f"{told.group(1)}元"
    prices = [int(m.group(1)) for m in _PRICE.finditer(_COUPON_RULE.sub("", text))]  # (a coupon's "满299减20" is no price)
    rule = _COUPON_RULE.search(text)
    if rule and len(prices) == 1 and prices[0] >= int(rule.group(1)):
        return f"{rule.group(2)}元"  # "336买的 现在满299减20": the coupon's sum is the gap
    if len(prices) != 2 or prices[0] == prices[1]:
        return ""
    return f"{abs(prices[0] - prices[1])}元"


_ROUGH = lazy(r"上个月(?![\d一二三四五六七八九十初中底末号])|一个多?月前|半个月前|上周(?![一二三四五六日天])|上个星期(?![一二三四五六日天])|上星期(?![一二三四五六日天])|上个礼拜(?![一二三四五六日天])")
