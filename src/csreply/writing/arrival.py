"""Whether the goods arrive in time: the day a customer needs them by ("周五前能到北京吗", "下周一
出差前想收到"), the road's days checked by a time, and plainly too late when the goods leave on
or after that day, with the earlier payment that still makes it.

The policy states dispatch times, never days on the road, so an arrival is never promised: what
is checked, and by when, is said instead.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..lazy_pattern import lazy
from .bizcal import WEEKDAY_NAMES, format_when
from .days import WEEKDAYS
from .draft import Context
from .regions import CITIES, REGIONS
from .rendering import bare_rule
from .values import business_calendar

# "我周五前必须要用 来得及不", "28号前能收到吗", "下周一出差前想收到": a day the goods are needed by
DUE_DAY = lazy(
    r"(?P<week>下个?|这个?|本)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])[^，,。？?！!\s]{0,4}?(?:之前|以前|前|就要用|就得用|要用上|要送人|就要送人)"
    r"|(?<![\d月])(?P<mday>\d{1,2})[号日][^，,。？?！!\s]{0,4}?(?:之前|以前|前)"
)
# the dispatch day a drafted answer states ("会在11月30日（周一）20:00前发出")
_SHIPS_SAID = lazy(r"(\d{1,2})月(\d{1,2})日[^；。，]{0,14}?前(?:就)?(?:安排)?发出")
_ROAD = "到您那边大概几天我这就帮您跟快递确认一下"


def due_day(text: str, today: date) -> tuple[date, str] | None:
    """The day ``text`` needs the goods by, and how to say it ("周五（11月27日）").

    >>> due_day("周五前能到北京吗", date(2026, 11, 24))
    (datetime.date(2026, 11, 27), '周五（11月27日）')
    >>> due_day("我下周一出差前想收到", date(2026, 11, 24))[0]
    datetime.date(2026, 11, 30)
    """
    m = DUE_DAY.search(text)
    if m is None:
        return None
    if m["mday"]:
        mday = int(m["mday"])
        if not 1 <= mday <= 31:
            return None
        month, year = today.month, today.year
        if mday < today.day:  # "3号前": next month's
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        try:
            day = date(year, month, mday)
        except ValueError:
            return None
        return day, f"{day.month}月{day.day}日"
    ahead = (WEEKDAYS[m["wd"]] - today.weekday()) % 7
    nextweek = re.search(rf"下个?(?:周|星期|礼拜){m['wd']}", text)  # "闺蜜下周三生日 …周三前能到不": that one
    if m["week"] and m["week"].startswith("下") or nextweek and not m["week"]:  # next week's day, whatever today is
        ahead = 7 - today.weekday() + WEEKDAYS[m["wd"]]
    day = today + timedelta(days=ahead or 7)
    return day, f"{WEEKDAY_NAMES[day.weekday()]}（{day.month}月{day.day}日）"


_TO = lazy(r"(?:到|寄|发|送|邮|在)(?:到|去|往)?$")


def _place(text: str) -> str | None:
    """Where the goods go, when the message says it plainly: a place right after 到/寄/发/在
    ("周五前能到广州吗", "我在南京"), else the only place it names; None when unclear
    ("周六飞三亚 …能到广州吗" names two, the one after 到 is meant)."""
    named = sorted((at, place) for place in (*REGIONS, *CITIES) if (at := text.find(place)) >= 0)
    sent = [place for at, place in named if _TO.search(text[max(0, at - 3) : at])]
    if sent:
        return sent[0]
    places = {CITIES.get(place, place) for _, place in named}
    return named[0][1] if len(places) == 1 else None


def with_transit(ctx: Context, said: str) -> str:
    """A dispatch answer with the road's days checked by a time ("昨天两点拍的 几号到乌鲁木齐"); with
    a day the goods are needed by, whether it can make it at all."""
    if "路上" in said or "公布后" in said:
        return said  # (a dispatch day still unknown: the road's days are checked when it is)
    place = _place(ctx.message) or "您那边"
    due = due_day(ctx.message, ctx.now.date())
    shipped = _SHIPS_SAID.findall(said)
    if due is not None and shipped:
        month, mday = (int(x) for x in shipped[-1])
        leaves = date(ctx.now.year + (month < ctx.now.month), month, mday)
        if leaves >= due[0]:
            return said + _too_late(ctx, due, place)
    if ctx.values["time.reply"] in said:  # a check by that time is promised already: one promise
        return f"{said}；路上要几天得看快递公司，{_asked(due, place)}我也一并跟快递确认，到时一起答复您"
    return f"{said}；{_road_check(ctx, due, place)}"


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
    said = f"；您{due[1]}前就要的话，这样发出是赶不上的，真是抱歉"
    if sooner.date() >= due[0]:
        return said
    policy = ctx.library.policy
    if sooner.date() == ctx.now.date():  # "今天17:00前付款今天就能发出"
        now = f"要是今天{policy.dispatch_cutoff.strftime('%H:%M')}前下单付款，今天就能发出"
    else:
        now = f"要是现在就下单付款，{format_when(sooner, ctx.now)}前就能发出"
    return f"{said}。{now}，{_road_check(ctx, due, place)}"


def named_arrival(text: str, ctx: Context) -> str:
    """A script's "到您那边大概几天" with the place and the day the message names."""
    if _ROAD not in text:
        return text
    place = _place(ctx.message)
    due = due_day(ctx.message, ctx.now.date())
    if due is None and place is None:
        return text
    text = text.replace(_ROAD, f"{_asked(due, place or '您那边')}我这就帮您跟快递确认一下", 1)
    surcharge = ctx.library.policy.courier_surcharge
    if due is not None and surcharge and "顺丰" not in text + ctx.message and "前给您答复。" in text:
        # "周五前能到吗 周六要送人": the faster paid courier offered beside the check
        faster = bare_rule(surcharge).removeprefix("想发顺丰的话")
        text = text.replace("前给您答复。", f"前给您答复。赶时间的话也可以改发顺丰，{faster}，路上会快一些。", 1)
    return text

