"""When the shop's customer service answers ("客服几点下班", "晚上十点还有人吗", "周日有人吗"),
from the policy's working hours and days, the same ones every promised time is counted from.
No I/O.
"""

from __future__ import annotations

import re

from datetime import date

from ..library.model import Policy
from .bizcal import WEEKDAY_NAMES, BusinessCalendar
from .days import number
from ..lazy_pattern import lazy

_HOUR = lazy(r"(今晚|晚上|夜里|半夜|早上|上午|中午|下午)?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[点點](半|\d{1,2}分)?")
_EVENING = lazy(r"今晚|晚上|夜里|半夜|下班后|下班了|下了班")
_SUNDAY = lazy(r"周日|周天|星期天|星期日|礼拜天|礼拜日|周末")


def service_hours(text: str, policy: Policy) -> str:
    """The hours and days customer service is online, and whether the hour the customer names
    is inside them; one sentence without final punctuation.

    >>> shop = Policy(working_days=(1, 2, 3, 4, 5, 6))
    >>> service_hours("客服几点下班", shop)
    '我们客服的在线时间是周一至周六 09:00–18:00，周日休息'
    >>> service_hours("晚上十点还有人吗", shop)
    '我们客服的在线时间是周一至周六 09:00–18:00，周日休息；晚上10点已经下班了，您先留言就好，第二天09:00上班后马上回复您'
    """
    days = sorted(policy.working_days)
    span = _span(days)
    closed = [d for d in range(1, 8) if d not in days]
    text_hours = f"{policy.work_start:%H:%M}–{policy.work_end:%H:%M}"
    sentence = f"我们客服的在线时间是{span} {text_hours}"
    if closed:
        sentence += f"，{_span(closed)}休息"
    hour = _named_hour(text)
    if hour is not None:
        said, at = hour
        if not policy.work_start.hour <= at < policy.work_end.hour + (policy.work_end.minute > 0):
            sentence += f"；{said}已经下班了，您先留言就好，第二天{policy.work_start:%H:%M}上班后马上回复您"
        else:
            sentence += f"；{said}是有人在的，您随时找我们就好"
    elif _SUNDAY.search(text) and 7 in closed:
        sentence += f"，周日留言的话，周一{policy.work_start:%H:%M}上班后马上回复您"
    elif _EVENING.search(text):  # "晚上下班了还能回消息不": a message left after hours, answered next morning
        sentence += f"；{policy.work_end:%H:%M}以后留言的话，下一个上班时间{policy.work_start:%H:%M}一到就回复您"
    return sentence


def open_today(calendar: BusinessCalendar, today: date) -> str:
    """Whether the shop is on holiday today ("你们放假了吗", "仓库是不是放假了"), from the same
    working days every promised time is counted from; one sentence without final punctuation.

    >>> shop = BusinessCalendar(Policy(working_days=(1, 2, 3, 4, 5, 6), statutory_holidays=False))
    >>> open_today(shop, date(2026, 11, 24))
    '我们没有放假哦，今天（11月24日 周二）仓库和客服都正常上班；平时周一至周六发货，周日休息'
    >>> open_today(shop, date(2026, 11, 29))
    '今天（11月29日 周日）仓库休息，11月30日（周一）正常上班发货'
    """
    policy = calendar.policy
    said = f"{today.month}月{today.day}日 {WEEKDAY_NAMES[today.weekday()]}"
    if calendar.is_working_day(today):
        days = sorted(policy.working_days)
        closed = [d for d in range(1, 8) if d not in days]
        rest = "和".join(filter(None, (_span(closed) if closed else "", "法定节假日" if policy.statutory_holidays else "")))
        return f"我们没有放假哦，今天（{said}）仓库和客服都正常上班；平时{_span(days)}发货" + (f"，{rest}休息" if rest else "")
    back = calendar.next_working_day(today)
    return f"今天（{said}）仓库休息，{back.month}月{back.day}日（{WEEKDAY_NAMES[back.weekday()]}）正常上班发货"


def _span(days: list[int]) -> str:
    """"周一至周六" for consecutive days, "周一、周三" otherwise."""
    if len(days) >= 3 and days == list(range(days[0], days[-1] + 1)):
        return f"{WEEKDAY_NAMES[days[0] - 1]}至{WEEKDAY_NAMES[days[-1] - 1]}"  # ISO weekdays
    return "、".join(WEEKDAY_NAMES[d - 1] for d in days)


def _named_hour(text: str) -> tuple[str, int] | None:
    """The hour the customer names ("晚上十点" → ("晚上10点", 22)), or None."""
    m = _HOUR.search(text)
    if not m or re.match(r"多?(?:下的?单|下单|拍|付|买)", text[m.end():]):
        return None  # "周六晚上八点多下的单": when the order was paid, not when the customer writes
    n = number(m.group(2)) or 0
    part = m.group(1) or ""
    at = n + 12 if part in ("今晚", "晚上", "夜里", "下午") and n < 12 else n
    if not 0 <= at <= 24:
        return None
    return f"{part}{n}点{m.group(3) or ''}", at
