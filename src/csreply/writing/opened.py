"""How long an opened item has been open, against its "开封后建议N个月内用完" rule: "面霜去年3月开封的
还能用不" is answered with the months counted, not with the shelf life alone."""

from __future__ import annotations

import re
from datetime import date

from ..lazy_pattern import lazy
from .days import number

# an opened item asked about ("去年开封的还能用不", "开了8个月了 过期没")
OPENED = r"(?<![没未不])(?:开封|开了|开过|拆开|打开|开咗|开的|还剩|剩[了下]?一半)(?![^。？?\s]{0,2}(?:票|单|店|会|车|通|户))[^。？?]{0,14}(?:还能用|能不能用|还可以用|还能不能用|能用[吗么不]|还能[抹擦涂敷]|过期了?[吗么没]|坏了?[吗么没])"
OPENED_ASKED = lazy(OPENED)
UNOPENED = r"没开|没拆|未开封|没开封|没打开"  # "去年买的还没开": kept sealed, its shelf life asked
UNOPENED_SAID = lazy(UNOPENED)
_MONTH_LAST_YEAR = lazy(r"(去年|前年)([\d一二三四五六七八九十]{1,3})月")
_MONTHS_AGO = lazy(r"([\d一二两三四五六七八九十]{1,3})个多?月(?:前|之前|了)|开了([\d一二两三四五六七八九十]{1,3})个多?月")
# times of year a customer dates a thing by, and their months
_TIMES_OF_YEAR = {"元旦": 1, "过年": 2, "春节": 2, "五一": 5, "618": 6, "中秋": 9, "国庆": 10, "双十一": 11, "双11": 11, "双十二": 12, "双12": 12}
_RULE = lazy(r"开封后[^，,。；;]*?(\d+)个月")


def months_open(message: str, today: date) -> int | None:
    """The whole months since the customer opened it, as they say it, or None.

    >>> months_open("面霜去年3月开封的 还能用不", date(2026, 11, 24)), months_open("开了8个月了 过期没", date(2026, 11, 24))
    (20, 8)
    >>> months_open("半年前开的", date(2026, 11, 24)), months_open("去年开的", date(2026, 11, 24)), months_open("开封了还能用吗", date(2026, 11, 24))
    (6, 11, None)
    >>> months_open("去年国庆开的", date(2026, 11, 24)), bool(OPENED_ASKED.search("开了票还能用满减券吗"))
    (13, False)
    """
    if m := _MONTH_LAST_YEAR.search(message):
        month = number(m.group(2))
        if month and 1 <= month <= 12:
            years = 1 if m.group(1) == "去年" else 2
            return today.month + 12 * years - month
    if m := _MONTHS_AGO.search(message):
        return number(m.group(1) or m.group(2))
    if "半年" in message:
        return 6
    if "去年" in message and (month := next((m for name, m in _TIMES_OF_YEAR.items() if name in message), None)):
        return today.month + 12 - month  # "去年国庆开的": that holiday's month
    if re.search("去年|前年", message):
        return today.month  # opened last year at the latest in December: at least this many months
    return None


def opened_answer(name: str, shelf_life: str, message: str, today: date) -> str:
    """Whether the opened item is still within its rule, said from the months the customer gives
    ("" when they give none, or the facts have no such rule: the shelf life is said as it is).

    >>> opened_answer("积雪草修护面霜 50g", "未开封3年，开封后建议6个月内用完", "去年3月开封的 还能用不", date(2026, 11, 24))
    '积雪草修护面霜 50g开封后建议6个月内用完，按您说的开封时间已经20个月左右了，超过了建议的时间，为了皮肤安全建议别再用了哦'
    """
    rule = _RULE.search(shelf_life)
    if rule is None:
        return ""
    limit, months = int(rule.group(1)), months_open(message, today)
    said = f"{name}开封后建议{limit}个月内用完"
    if re.search("保质期|保存期限|放多久", message):  # "保质期多久 …开了放半年还能用不": the whole shelf life too
        said = f"{name}的保质期是{shelf_life.rstrip('。')}"
    if months is None:
        return ""  # "开了能放多久": the shelf life as the facts say it
    if months > limit:
        return f"{said}，按您说的开封时间已经{months}个月左右了，超过了建议的时间，为了皮肤安全建议别再用了哦"
    if re.search("去年|前年", message) and not _MONTH_LAST_YEAR.search(message) and not any(name in message for name in _TIMES_OF_YEAR):
        # "去年开的": at least this many months, perhaps many more, so no "还在这个时间内"
        return f"{said}，从去年开封算到现在至少{months}个月了，开封超过{limit}个月的话，为了皮肤安全就别再用了哦"
    if months == limit:  # "开了放半年": at the limit, not within it
        return f"{said}，开封{months}个月就到了建议用完的时间，为了皮肤安全，到时剩下的就别再用了；您用得慢的话，下次可以先买一瓶，开封后记个日子"
    return f"{said}，您开封{months}个月还在这个时间内，只要没有变色、变味、分层，可以放心接着用，盖子记得拧紧哦"
