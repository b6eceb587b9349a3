"""Whether the goods arrive in time: the day a customer needs them by ("周五前能到北京吗", "下周一
出差前想收到"), the road's days checked by a time, and plainly too late when the goods leave on
or after that day, with the earlier payment that still makes it.

The policy states dispatch times; days on the road only when the shop gives them
(``policy.transit``, by region), and then as what is usual, never as a promise; without them what
is checked with the courier, and by when, is said instead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from ..library.model import Policy

from ..lazy_pattern import lazy
from .bizcal import WEEKDAY_NAMES, format_when
from .days import WEEKDAYS, next_date
from .draft import Context, Draft
from .regions import CITIES, REGIONS, covers
from .rendering import bare_rule
from .values import business_calendar

# "我周五前必须要用 来得及不", "28号前能收到吗", "下周一出差前想收到", "下周一我妈生日": a day the goods are needed by
DUE_DAY = lazy(
    r"(?P<week>下个?|这个?|本)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])[^，,。？?！!\s]{0,4}?(?:之前|以前|前|就要用|就得用|要用上|要用|得用|要送人|就要送人|要出差|出差|要出门|要出发|要走了?|要?带(?:去|着|走)|去?旅游|去?旅行|出去玩|就?出国|要出国|[要就]?飞(?=[\u4e00-\u9fff]{2})|要回(?=[\u4e00-\u9fff]{2})|回老家|回家|过?生日|婚礼|结婚|要?见家长|要?见面|约会|面试|聚会|年会|拍照|上镜)"
    r"|(?:(?<![\d/])(?P<month>\d{1,2})(?:月|/)(?P<mdate>\d{1,2})[号日]?|(?<![\d月])(?P<mday>\d{1,2})[号日])[^，,。？?！!\s]{0,4}?(?:之前|以前|前|就要用|要用|要送人|要?出差|要出门|要出发|要走了?|去?旅游|去?旅行|就?出国|要出国|[要就]?飞(?=[\u4e00-\u9fff]{2})|要回(?=[\u4e00-\u9fff]{2})|回老家|回家)"
    r"|(?P<rel>明天|后天)[^，,。？?！!\s]{0,2}?(?:之前|以前|前|就要用|就得用|要用|要送人|就要送人|能到|能收到|到得了)"
    r"|(?P<fest>元旦|圣诞节?|平安夜|情人节)[^，,。？?！!\s]{0,2}?(?:之前|以前|前|就要用|要用|要送人)"
)
# the holidays a day is named by ("想元旦前收到"): (month, day)
_FESTIVALS = {"元旦": (1, 1), "圣诞": (12, 25), "圣诞节": (12, 25), "平安夜": (12, 24), "情人节": (2, 14)}
# the dispatch day a drafted answer states ("会在11月30日（周一）20:00前发出")
_SHIPS_SAID = lazy(r"(\d{1,2})月(\d{1,2})日[^；。，]{0,14}?前(?:就)?(?:安排)?发出")
_ROAD = "到您那边大概几天我这就帮您跟快递确认一下"
# the script's whole check of the road ("路上要几天得看快递公司，到您那边大概几天…前给您答复")
_ROAD_CHECKED = lazy(r"路上要几天得看快递公司，到您那边大概几天我这就帮您跟快递确认一下，(?:[^。～]*?前给您答复|到时一并答复您)")


def due_day(text: str, today: date) -> tuple[date, str] | None:
    """The day ``text`` needs the goods by, and how to say it ("周五（11月27日）"); for a trip
    ("周四要出差") the day before it. ``text`` is in Simplified characters, as the drafting's message is.

    >>> due_day("周五前能到北京吗", date(2026, 11, 24))
    (datetime.date(2026, 11, 27), '周五（11月27日）')
    >>> due_day("我下周一出差前想收到", date(2026, 11, 24))[0]
    datetime.date(2026, 11, 30)
    """
    text = re.sub("(?<![上下])周末", "周六", text)  # "周末要见家长": the weekend's first day
    found = list(DUE_DAY.finditer(text))
    # "周六要出差 周五前能到吗": a day asked with 前 is the one meant, then a day the goods are
    # used on, and a trip's day last ("周四早上要出差 最好明天就能到")
    m = next((f for f in found if f.group().endswith("前")), None) or next((f for f in found if not _TRIP.search(f.group())), None) or (found[0] if found else None)
    if m is None:
        return None
    trip = bool(_TRIP.search(m.group())) and not text[m.end():m.end() + 1] == "前"  # "周四要出差": the day before ("出差前" says it)
    # … unless that very day is asked for ("周四能到不 周四要出差")
    trip = trip and not (m["wd"] and re.search(rf"(?:周|星期|礼拜){m['wd']}(?:前)?(?:能|可以|会)?(?:到|收到|送到)", text))
    if m["fest"]:  # "想元旦前收到": that holiday's next date
        month, mday = _FESTIVALS[m["fest"]]
        return next_date(month, mday, today), f"{m['fest']}（{month}月{mday}日）"
    if m["rel"]:  # "明天就要用了": tomorrow, "后天要送人": the day after
        day = today + timedelta(days=1 if m["rel"] == "明天" else 2)
        return day, f"{m['rel']}（{day.month}月{day.day}日）"
    if m["mday"] or m["mdate"]:  # "28号前", "11月30号之前", "12/5要出国"
        mday = int(m["mday"] or m["mdate"])
        if not 1 <= mday <= 31:
            return None
        # "28号前": this month's; "3号前" on the 24th: next month's; "1月5号前": next year's
        day = next_date(int(m["month"] or (today.month if mday >= today.day else today.month % 12 + 1)), mday, today)
        if day is None:
            return None
        day -= timedelta(days=trip)
        return day, f"{day.month}月{day.day}日"
    ahead = (WEEKDAYS[m["wd"]] - today.weekday()) % 7
    nextweek = re.search(rf"下个?(?:周|星期|礼拜){m['wd']}", text)  # "闺蜜下周三生日 …周三前能到不": that one
    if m["week"] and m["week"].startswith("下") or nextweek and not m["week"]:  # next week's day, whatever today is
        ahead = 7 - today.weekday() + WEEKDAYS[m["wd"]]
    day = today + timedelta(days=(ahead or 7) - trip)
    # "周六要飞外地 想带着走": the day before, said as such, so the customer sees whose day it is
    return day, f"{'您出发前的' if trip else ''}{WEEKDAY_NAMES[day.weekday()]}（{day.month}月{day.day}日）"


_TRIP = lazy(r"出差|出门|出发|要走|带(?:去|着|走)|旅游|旅行|出去玩|出国|飞(?![快速])|要回|回老家|回家")  # a day the customer leaves on, not one the goods are used on
_TO = lazy(r"(?:到|寄|发|送|邮|在|喺)(?:到|去|往)?(?:我的?|我公司|我家)?$|地址(?:填|写|留)?(?:的|是|在)?[：:]?\s*$")  # ("发顺丰到我北京公司", "地址填的成都")


def place_of(text: str) -> str | None:
    """Where the goods go, when the message says it plainly: a place right after 到/寄/发/在
    ("周五前能到广州吗", "我在南京"), else the only place it names; None when unclear
    ("周六飞三亚 …能到广州吗" names two, the one after 到 is meant)."""
    named = sorted(((at, place) for place in (*REGIONS, *CITIES) if (at := text.find(place)) >= 0), key=lambda n: (n[0], -len(n[1])))
    sent = [place for at, place in named if _TO.search(text[max(0, at - 5) : at])]
    if sent:
        return sent[0]
    places = {CITIES.get(place, {"内蒙": "内蒙古"}.get(place, place)) for _, place in named}  # ("内蒙古包头": one region)
    return named[0][1] if len(places) == 1 else None


def with_transit(ctx: Context, said: str) -> str:
    """A dispatch answer with the road's days checked by a time ("昨天两点拍的 几号到乌鲁木齐"); with
    a day the goods are needed by, whether it can make it at all."""
    place = place_of(ctx.message) or "您那边"
    due = due_day(ctx.message, ctx.now.date())
    if "公布后" in said and due and (latest := latest_payment(ctx, due, place)):
        return f"{said}；{latest}"  # "31号下单 …想元旦前收到": after the holiday is too late, the last day that makes it
    if "路上" in said or "公布后" in said:
        return said  # (a dispatch day still unknown: the road's days are checked when it is)
    leaves = _leaves(ctx, said)
    if due is not None and _SHIPS_SAID.search(said) and leaves >= due[0]:
        return said + _too_late(ctx, due, place)
    if ctx.library.policy.transit:  # the usual days known: said, and what they mean for the day needed
        # (an order placed holds the address: no city asked after a sale)
        placed = ctx.lead is not None and ctx.library.scenarios[ctx.lead].stage == "after_sale"
        return f"{said}；{_usual(ctx, due, place, leaves, ask_city=not placed)}"
    if ctx.values["time.reply"] in said:  # a check by that time is promised already: one promise
        return f"{said}；路上要几天得看快递公司，{_asked(due, place)}我也一并跟快递确认，到时一起答复您"
    return f"{said}；{_road_check(ctx, due, place)}"


def _leaves(ctx: Context, said: str) -> date:
    """The day the goods leave: the last dispatch day ``said`` states, else an order paid now."""
    shipped = _SHIPS_SAID.findall(said)
    if not shipped:
        return business_calendar(ctx.library.policy).deadline("dispatch", ctx.now).at.date()
    month, mday = (int(x) for x in shipped[-1])
    return date(ctx.now.year + (month < ctx.now.month), month, mday)


def transit_days(policy: Policy, place: str | None) -> tuple[int, int] | None:
    """The usual days on the road to ``place`` (a province, region or city) by the policy's transit
    table: the group naming it, else the group "其他"; None when the table is empty or the place
    unknown.

    >>> p = Policy(transit=((("江浙沪",), 1, 2), (("新疆", "西藏"), 4, 7), (("其他",), 2, 4)))
    >>> transit_days(p, "宁波"), transit_days(p, "乌鲁木齐"), transit_days(p, "成都")
    ((1, 2), (4, 7), (2, 4))
    """
    if not policy.transit or place is None:
        return None
    province = CITIES.get(place, place)
    for regions, fewest, most in policy.transit:
        if any(covers(r, province) or covers(r, place) for r in regions):
            return fewest, most
    return next(((fewest, most) for regions, fewest, most in policy.transit if "其他" in regions), None)


def latest_payment(ctx: Context, due: tuple[date, str], place: str) -> str:
    """The last payment that ships in time for the slow end of the road to ``place`` ("想元旦前收到":
    "最晚12月26日（周六）17:00前付款"); "" when the road's days are unknown or that time is past."""
    policy = ctx.library.policy
    days = transit_days(policy, None if place == "您那边" else place)
    if days is None:
        return ""
    calendar = business_calendar(policy)
    day = due[0] - timedelta(days=days[1] + 1)
    while day > ctx.now.date() and not calendar.is_working_day(day):
        day -= timedelta(days=1)
    at = datetime.combine(day, policy.dispatch_cutoff, tzinfo=ctx.now.tzinfo)
    if at <= ctx.now or not calendar.is_working_day(day):
        return ""
    return f"想{due[1]}前收到的话，发到{place}路上一般{span_of(*days)}，最晚{format_when(at, ctx.now)}前付款，当天发出才赶得上"


def after_hold(ctx: Context, held: str) -> str:
    """The road after a hold's day, when the message asks whether it arrives in time ("能不能周四再发
    …周四发的话周六能到无锡不": 2 days to Wuxi, Saturday at the slow end); a weekday named counts
    from the day it leaves. "" when nothing about arriving is asked or the road's days are unknown."""
    m = _HELD_SAID.search(held)
    if not m or not ctx.library.policy.transit:
        return ""
    month, mday = int(m.group(1)), int(m.group(2))
    leaves = next_date(month, mday, ctx.now.date())
    if leaves is None:
        return ""
    if wd := _DUE_WEEKDAY.search(ctx.message):
        day = leaves + timedelta(days=(WEEKDAYS[wd.group(1)] - leaves.weekday()) % 7 or 7)
        due = (day, _day(day))
    else:
        due = due_day(ctx.message, ctx.now.date())
        due = due if due and due[0] > leaves else None
    place = place_of(ctx.message)
    if due is None and not (place and _ARRIVES.search(ctx.message)):
        return ""
    return f"{m.group(3)}发出的话，{_usual(ctx, due, place or '您那边', leaves, sf_said=True)}"


# the day a hold's answer names ("备注11月26日（周四）再发货"), and a weekday the goods must arrive by
_HELD_SAID = lazy(r"(\d{1,2})月(\d{1,2})日（(周.)）再发货")
_DUE_WEEKDAY = lazy(r"(?:周|星期|礼拜)([一二三四五六日天])(?:之?前)?(?:能|可以|会|就能)?(?:到|收到|送到|寄到)")
_ARRIVES = lazy(r"几天(?:能|可以|就能)?到|多久(?:能|可以)?到|(?:能|可以)到")


def span_of(fewest: int, most: int) -> str:
    return f"{fewest}天左右" if fewest == most else f"{fewest}～{most}天"


def _usual(ctx: Context, due: tuple[date, str] | None, place: str, leaves: date, sf_said: bool = False, ask_city: bool = True) -> str:
    """The usual days on the road to ``place`` and, with a day the goods are needed by, whether
    that makes it; when it is tight, the faster courier (unless ``sf_said`` already)."""
    policy = ctx.library.policy
    days = transit_days(policy, None if place == "您那边" else place)
    if days is None:  # no place named: every region's days, and the city asked for a day needed
        usual = "，".join(f"{'其他地区' if regions == ('其他',) else '、'.join(regions)}{span_of(f, m)}" for regions, f, m in policy.transit)
        ask = "" if not due else f"，您把收货城市告诉我，我帮您看看{due[1]}前能不能到" if ask_city else (
            f"，{due[1]}前能不能到，我按您订单上的地址算好，到时一起告诉您")  # (an order holds the address)
        return f"发出后路上一般{usual}，具体看快递公司{ask}"
    usual = f"发到{place}路上一般{span_of(*days)}"
    if due is None and _DATE_ASKED.search(ctx.message):  # "大概几号能到": the days said as dates
        first, last = (leaves + timedelta(days=d) for d in days)
        span = _day(first) if first == last else f"{_day(first)}到{_day(last)}之间"
        return f"{usual}，顺利的话{span}能送到，具体看快递公司"
    if due is None:
        return f"{usual}，具体看快递公司"
    first, last = leaves + timedelta(days=days[0]), leaves + timedelta(days=days[1])
    faster = ""
    if policy.courier_surcharge and not sf_said and "顺丰" not in ctx.message:
        faster = f"；赶时间的话可以改发顺丰，{bare_rule(policy.courier_surcharge).removeprefix('想发顺丰的话')}，路上会快一些"
    if last < due[0] or last == due[0] == first:
        return f"{usual}，按这个算{due[1]}前能到的，不过快递路上的时间我们没法打包票"
    if last == due[0]:  # "周六之前能到不" and 2～4 days ending on Saturday: in time only at the slow end, said so
        return f"{usual}，按这个算最晚{due[1]}能到，正好卡在您说的时间，路上稍有耽搁就可能赶不上，我们不敢打包票{faster}"
    if first > due[0]:
        return f"{usual}，按这个算{due[1]}前怕是赶不上{faster}"
    if first == due[0]:
        return f"{usual}，顺利的话{due[1]}就能到，不过有点紧，我们不敢打包票{faster}"
    return f"{usual}，最快{WEEKDAY_NAMES[first.weekday()]}（{first.month}月{first.day}日）能到，赶{due[1]}有点紧，我们不敢打包票{faster}"


def _day(day: date) -> str:
    return f"{WEEKDAY_NAMES[day.weekday()]}（{day.month}月{day.day}日）"


_DATE_ASKED = lazy(r"几号|哪天|哪一天|什么时候能?到|啥时候能?到|几时到|幾號|哪日")  # an arrival asked as a date


def _asked(due: tuple[date, str] | None, place: str) -> str:
    """What is checked with the courier: arrival by the day needed, else the days to the place."""
    return f"{due[1]}前能不能到{place}" if due else f"到{place}大概几天"


def _road_check(ctx: Context, due: tuple[date, str] | None, place: str) -> str:
    return f"路上要几天得看快递公司，{_asked(due, place)}我这就帮您跟快递确认一下，{ctx.values['time.reply']}前给您答复"


def _too_late(ctx: Context, due: tuple[date, str], place: str) -> str:
    """Goods that leave on or after the day they are needed: said plainly, and the payment now
    that ships sooner, when it does."""
    calendar = business_calendar(ctx.library.policy)
    sooner = calendar.deadline("dispatch", ctx.now).at
    said = f"；{due[1] if due[1].startswith('您') else '您' + due[1]}前就要的话，这样发出是赶不上的，真是抱歉"  # "您出发前的周日": 您 once
    if sooner.date() >= due[0]:
        return said
    policy = ctx.library.policy
    if sooner.date() == ctx.now.date():  # "今天17:00前付款今天就能发出"
        now = f"要是今天{policy.dispatch_cutoff.strftime('%H:%M')}前下单付款，今天就能发出"
    else:
        now = f"要是现在就下单付款，{format_when(sooner, ctx.now)}前就能发出"
    road = _usual(ctx, due, place, sooner.date()) if policy.transit else _road_check(ctx, due, place)
    return f"{said}。{now}，{road}"


def named_arrival(draft: Draft, ctx: Context) -> Draft:
    """``draft`` with its script's "到您那边大概几天" told for the place and the day the message
    names (the usual days instead of a check when the policy gives them)."""
    text = _arrival_named(draft.text, ctx)
    if text == draft.text:
        return draft
    if "补货时间" in text and (due := due_day(ctx.message, ctx.now.date())):
        text = _RESTOCK_ROAD.sub(lambda m: _after_restock(m, due), text).replace("您要是不急，", "")  # "…啥时候补 寄南宁 周日前要"
    dropped = draft.tip == "faster-courier" and "路上会快一些" not in text  # the day is met: no tip
    return replace(draft, text=text, tip=None if dropped else draft.tip)


def _arrival_named(text: str, ctx: Context) -> str:
    if _ROAD not in text:
        return text
    place = place_of(ctx.message)
    due = due_day(ctx.message, ctx.now.date())
    if ctx.library.policy.transit:
        usual = _usual(ctx, due, place or "您那边", _leaves(ctx, ""), "顺丰" in text)
        text = _ROAD_CHECKED.sub(lambda _: usual, text, count=1)
        return _in_time(text)
    if due is None and place is None:
        return text
    text = text.replace(_ROAD, f"{_asked(due, place or '您那边')}我这就帮您跟快递确认一下", 1)
    surcharge = ctx.library.policy.courier_surcharge
    if due is not None and surcharge and "顺丰" not in text + ctx.message and "前给您答复。" in text:
        # "周五前能到吗 周六要送人": the faster paid courier offered beside the check
        faster = bare_rule(surcharge).removeprefix("想发顺丰的话")
        text = text.replace("前给您答复。", f"前给您答复。赶时间的话也可以改发顺丰，{faster}，路上会快一些。", 1)
    return text


def replacement_days(text: str, ctx: Context) -> str:
    """For a replacement offered to a customer who needs the goods by a day ("发错了 我周五要出差
    来不来得及换"): when it leaves and the usual days on the road to the place said, or plainly
    too late ("" when ``text`` offers no replacement or says its days). No city is asked (the
    order holds the address) and no paid courier offered for the shop's own fault."""
    due = due_day(ctx.message, ctx.now.date())
    exchange = ctx.values.get("time.exchange", "")
    if due is None or not ctx.library.policy.transit or not exchange or exchange not in text or "路上一般" in text:
        return ""
    leaves = business_calendar(ctx.library.policy).deadline("exchange", ctx.now).at.date()
    place = place_of(ctx.message)
    if leaves >= due[0]:
        # (the option above says the time already: not said twice)
        need, ships = due[1].split("（")[0], exchange.split("（")[0]
        return f"{'' if need.startswith('您') else '您'}{need}就要用的话，换的新品最早也要{ships}才能发出，是赶不上了，真的很抱歉。"
    if place is None:
        return f"换的新品{exchange}前发出，{due[1]}前能不能到，我按您订单上的地址跟快递确认好，{ctx.values['time.reply']}前告诉您。"
    return f"换的新品{exchange}前发出，{_usual(ctx, due, place, leaves, sf_said=True, ask_city=False)}。"


def with_due_day(drafts: list[Draft], ctx: Context) -> list[Draft]:
    """A parcel held up (or late to leave) and a day the customer needs it by ("还在杭州没动 我周四
    要带着出差用 还来得及不"): that day taken into the check each draft promises, not left unanswered."""
    due = due_day(ctx.message, ctx.now.date())
    if ctx.lead in ("dispatch_time", "order_placed") and (due is not None or place_of(ctx.message)) and ctx.library.policy.transit:  # (or "拍好了 …周五之前能到就行")
        return [_road_added(d, ctx, due) for d in drafts]  # "现在拍下午能发不 我在苏州 周四晚上就要用"; "今天发得走不 成都的": the road's days
    if ctx.lead not in ("logistics", "not_shipped") or "time.reply" not in ctx.values:
        return drafts
    return drafts if due is None else [_by_the_day(d, ctx, due[1]) for d in drafts]


def _road_added(draft: Draft, ctx: Context, due: tuple[date, str] | None) -> Draft:
    """A dispatch answer to a customer who needs the goods by a day: the usual road after it, and
    whether that makes the day (before the tip or the tracking line, when the draft has one)."""
    if re.search("路上|打包票|赶不上|来得及|能不能到", draft.text) or not _SHIPS_SAID.search(draft.text):
        return draft
    road = f"我们能保证的是发货时间，{_usual(ctx, due, place_of(ctx.message) or '您那边', _leaves(ctx, draft.text), '顺丰' in draft.text)}。"
    at = next((draft.text.find(m) for m in ("另外，想发顺丰", "发出后物流单号", "发货后物流单号", "还有其他想了解的") if m in draft.text), -1)
    text = draft.text[:at] + road + draft.text[at:] if at >= 0 else draft.text.rstrip("～") + ("" if draft.text.endswith(("。", "！", "？")) else "。") + road
    if "补货时间" in text and due is not None:  # (as in named_arrival)
        text = _RESTOCK_ROAD.sub(lambda m: _after_restock(m, due), text)
    return replace(draft, text=_in_time(text))


# an arrival worked out from a dispatch today beside an item out of stock: the road stays, the day waits for the restock
_RESTOCK_ROAD = lazy(r"(\d\d:\d\d)前付款的话，预计[^～。！]*?发出[哦呢]?～?我们能保证的是发货时间，(发到[^，。]*?路上一般[^，。]*)(?:，[^。]*)?。")


def _after_restock(m: re.Match, due: tuple[date, str]) -> str:
    return f"补货后{m[1]}前付款的话当天就能发出，{m[2]}，{due[1]}前能不能收到要看补货的时间，我确认补货时间时一并告诉您。"


def _in_time(text: str) -> str:
    """``text`` without the faster courier's tip when it says the day needed is met."""
    return re.sub(r"另外，想发顺丰[^。]*。", "", text) if "前能到的" in text else text


def _by_the_day(draft: Draft, ctx: Context, day: str) -> Draft:
    if re.search("来得及|赶得上|赶不上|打包票", draft.text) or day in draft.text or "能不能到" in draft.text:
        return draft  # (the day answered already: "周六（11月28日）前能不能到，我…算好")
    who = "仓库发货" if ctx.lead == "not_shipped" else "快递"
    said = f"您赶着用的话，我催{who}时会一并说明，能不能在{day}收到，{ctx.values['time.reply']}前一起告诉您。"
    head, *rest = draft.text.split("\n")
    stop = max(head.rfind("。"), head.rfind("！"))
    if head.endswith("：") and stop >= 0:  # an options list follows: before its lead-in
        head = head[: stop + 1] + said + head[stop + 1 :]
    else:
        head = head.rstrip("～") + ("" if head.endswith(("。", "！", "？")) else "。") + said
    return replace(draft, text="\n".join([head, *rest]))
