"""How long ago the customer says something happened ("签收两天了", "上周一买的", "10月18日"),
and the Chinese numbers and weekdays that say it. No I/O.
"""

from __future__ import annotations

import re
from datetime import date
from ..lazy_pattern import lazy

_RULE_DAYS = lazy(r"[七7]天(?:无理由|内|之内|包退|退换|可退)|[十15]+天(?:内)?保价|\d+个?工作日|(?<=说)好?[一二两三四五六七八九十\d]+天(?:内|之内)?(?:到账|到|退回|退到|能到|就到|的|吗|嘛)")  # "退款说两天到账": the promise, not days gone
_PREGNANT_FOR = lazy(r"(?:怀孕|孕|怀了)(?:了)?(?:\d+|[一两二三四五六七八九十]+)(?:个)?(?:周|星期|月|天)")
_NTH_DAY = lazy(r"第(\d+|[一两二三四五六七八九十]+)天")
_DAYS_NOW = lazy(r"(\d+|[一两二三四五六七八九十]+)(?:来|多)?天了")  # "二十来天了": about 20
_CN_MONTH = lazy(r"(?<![一二三四五六七八九十两个])(十[一二]?|[一二三四五六七八九])月(?!份?[的]?钱)")
_CN_DATE = lazy(r"月([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[号日]")

_DAYS = lazy(r"(\d+|[一两二三四五六七八九十]+)(?:来|多)?天")
_WEEKS = lazy(r"(\d+|[一两二三四五六七八九])个?(?:星期|礼拜|周)")
CN_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


_THESE_DAYS = lazy(r"(?:这|最近|近)(?:两|几|些)天")
_AHEAD = lazy(r"(?<![通经度超才])(?:再过|过)(?:个)?[一二两三四五六七八九十几#\d]+(?:天|周|个?星期|个?礼拜|个?月)(?=又|再|以后|之后|后)")

def days_ago(text: str, today: date | None = None) -> int | None:
    """How many days ago the event the customer names happened ("签收两天了", "买了3天"), or None.
    With ``today``, a named day is counted exactly ("上周一买的", "上个月18号", "10月18日").

    >>> days_ago("退货签收两天了"), days_ago("买了3天就降价"), days_ago("都一个星期了"), days_ago("什么时候到")
    (2, 3, 7, None)
    >>> days_ago("十天"), days_ago("十五天"), days_ago("二十天"), days_ago("二十五天")
    (10, 15, 20, 25)
    >>> tuesday = date(2026, 11, 24)
    >>> days_ago("上周一买的", tuesday), days_ago("上个月18号买的", tuesday), days_ago("10月18日买的", tuesday)
    (8, 37, 37)
    >>> days_ago("上周五买的", tuesday), days_ago("上周日买的", tuesday), days_ago("上周二买的", tuesday)
    (4, 2, 7)
    >>> days_ago("10月底买的", tuesday), days_ago("上个月初买的", tuesday), days_ago("去年双十一买的", tuesday)
    (24, 54, 378)
    >>> days_ago("十月底买的", tuesday), days_ago("十一月三号买的", tuesday)
    (24, 21)
    >>> days_ago("退款说两天到账 这都第四天了"), days_ago("说好三天发货 都五天了")
    (4, 5)
    >>> days_ago("没拆 能七天无理由退吗"), days_ago("到手第3天 能7天无理由退吗")
    (None, 3)
    >>> days_ago("我20号买的 今天都6号了", tuesday)
    17
    >>> days_ago("这个月3号买的面霜", tuesday), days_ago("付款时间：2026-11-11 00:03 现在降价了", tuesday)
    (21, 13)
    >>> days_ago("刚查出来怀孕六周 之前买的精华还没拆"), days_ago("怕现在买了过两周又降价"), days_ago("这两天降价了")
    (None, None, None)
    """
    text = _RULE_DAYS.sub("", text)  # "能七天无理由退吗" names the rule, not days gone by
    text = _PREGNANT_FOR.sub("", text)  # "怀孕六周": how far along, not when anything was bought
    text = _AHEAD.sub("", text)  # "怕现在买了过两周又降价": a time to come, not one gone by
    text = _THESE_DAYS.sub("", text)  # "这两天降价了": when the price fell, not days since the purchase
    text = _CN_MONTH.sub(lambda m: f"{number(m.group(1))}月", text)  # "十月底" is "10月底"
    text = _CN_DATE.sub(lambda m: f"月{number(m.group(1))}号", text)  # "11月三号" is "11月3号"
    named = _named_day(text, today) if today is not None else None
    if named is not None:
        return named
    if re.search("上周|上个星期|上星期|上个礼拜", text):
        return 7
    if "上个月" in text or re.search("一个多?月", text):
        return 30
    if "半个月" in text:
        return 15
    if "大前天" in text:
        return 3
    if "前天" in text:
        return 2
    if "昨天" in text:
        return 1
    nth = _NTH_DAY.search(text) or _DAYS_NOW.search(text)
    if nth and number(nth.group(1)) is not None:
        # "说两天到账 这都第四天了": the day the customer counts, not the rule they quote
        return number(nth.group(1))
    weeks = _WEEKS.search(text)
    if weeks:
        count = weeks.group(1)
        return 7 * (int(count) if count.isdigit() else CN_DIGITS.get(count, 1))
    m = _DAYS.search(text)
    return number(m.group(1)) if m else None


_CN_HUNDREDS = lazy(r"([一二两三四五六七八九])百([一二三四五六七八九])?(?:十)?")


def next_date(month: int, mday: int, today: date) -> date | None:
    """The next date with this month and day, today included: this year's, or next year's once it
    has passed ("1月5号" said in November); None for a date that does not exist.

    >>> d = date(2026, 11, 24)
    >>> next_date(12, 19, d), next_date(1, 5, d), next_date(11, 24, d), next_date(2, 30, d)
    (datetime.date(2026, 12, 19), datetime.date(2027, 1, 5), datetime.date(2026, 11, 24), None)
    """
    try:
        return date(today.year + ((month, mday) < (today.month, today.day)), month, mday)
    except ValueError:
        return None


def in_digits(text: str) -> str:
    """"三百" → "300", "两百五" → "250": the hundreds a budget or a price offered is said in.

    >>> in_digits("一百块钱行不"), in_digits("两百五以内")
    ('100块钱行不', '250以内')
    """
    return _CN_HUNDREDS.sub(lambda m: str(CN_DIGITS[m.group(1)] * 100 + (CN_DIGITS[m.group(2)] * 10 if m.group(2) else 0)), text)


def number(word: str) -> int | None:
    """A small number written in digits or Chinese ("15", "十五", "二十五", "两").

    >>> number("十五"), number("二十五"), number("两"), number("12")
    (15, 25, 2, 12)
    """
    if word.isdigit():
        return int(word)
    tens, _, ones = word.rpartition("十")  # 十五 → ("", "五"), 二十五 → ("二", "五")
    if "十" not in word:
        return CN_DIGITS.get(word[0])
    return CN_DIGITS.get(tens, 1) * 10 + CN_DIGITS.get(ones, 0)


_LAST_WEEK_DAY = lazy(r"(?:上周|上个星期|上星期|上个礼拜|上礼拜)([一二三四五六日天])")
# shopping festivals customers date a purchase by ("去年双十一买的")
FESTIVALS = {"双十一": (11, 11), "双11": (11, 11), "双十二": (12, 12), "双12": (12, 12), "618": (6, 18)}


def festival_passed(text: str, today: date | None) -> str | None:
    """The sale ``text`` names when this year's has passed in the last two months ("双十一会有活动吗"
    asked on 11月24日), else None.

    >>> festival_passed("双十一会有活动吗", date(2026, 11, 24)), festival_passed("双十一那种预售双12还有吗", date(2026, 11, 24))
    ('双十一', None)
    """
    if today is None:
        return None
    named = [(name, (today - date(today.year, month, day)).days) for name, (month, day) in FESTIVALS.items() if name in text]
    if any(days <= 0 for _, days in named):
        return None  # "双十一那种预售你们双12还有吗": a sale still ahead is the one asked about
    return next((name for name, days in named if days <= 60), None)


MONTH_PART = lazy(r"(?:(上个?月)|(\d{1,2})月)(底|末|初|头|中)")  # "10月底", "上个月初"
_BOUGHT_ON = lazy(r"(?<![\d月])(\d{1,2})[号日](?=[^，,。？?\s]{0,4}(?:买|拍|付|下单|下的单|签收|收到|到的|到了|收的|抢|囤|入手))")
_DATE = lazy(r"(?:(上个?月)|(\d{1,2})月)(\d{1,2})[号日]")
_ISO_DATE = lazy(r"(20\d\d)-(1[0-2]|0?[1-9])-(3[01]|[12]\d|0?[1-9])(?!\d)")
_SLASHED = lazy(r"(?<![\d/])(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])(?![\d/])")  # "11/15收到的": 11月15号
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}  # 周一 … 周日/周天


# a bare weekday told as past ("周六就签收了", "礼拜天收到的")
_PAST_WEEKDAY = lazy(r"(?<![上下这本都经])(?<!今天)(?:周|星期|礼拜)([一二三四五六日天])(?=[^，,。？?\s]{0,6}(?:了|的))")


_TODAY_IS = lazy(r"今天(?:都|是|已经|都已经|都到)?(\d{1,2})[号日]")


def _named_day(text: str, today: date) -> int | None:
    """Days since a day the customer names by weekday of last week or by date, or None."""
    text = _SLASHED.sub(r"\1月\2号", text)
    text = _ISO_DATE.sub(lambda m: f"{int(m.group(2))}月{int(m.group(3))}号", text)  # a pasted "付款时间：2026-11-11 00:03"
    text = re.sub(r"(?:这个|本|这)月(?=\d{1,2}[号日])", f"{today.month}月", text)  # "这个月3号买的"
    said_today = _TODAY_IS.search(text)
    if said_today and 1 <= int(said_today.group(1)) <= 31 and int(said_today.group(1)) != today.day:
        # "我20号买的 今天都6号了": the day counted to is the customer's, this month's or last month's
        month_ago = today.replace(day=1) - date.resolution
        for year, month in ((today.year, today.month), (month_ago.year, month_ago.month)):
            try:
                named_today = date(year, month, int(said_today.group(1)))
            except ValueError:
                continue
            if named_today <= today:
                today = named_today
                break
        text = text[: said_today.start()] + text[said_today.end() :]
    m = _LAST_WEEK_DAY.search(text)
    if m:
        return today.weekday() + 7 - WEEKDAYS[m.group(1)]  # that weekday of the calendar week before this one
    m = _PAST_WEEKDAY.search(text)
    if m:  # "你们周六就签收了": the last such day before today
        return (today.weekday() - WEEKDAYS[m.group(1)]) % 7 or 7
    festival = next((f for f in FESTIVALS if f in text), None)
    # "双十一买的": a purchase on the sale's day; "618还会降价吗 我等等再买" names no purchase
    bought = festival is not None and re.search(re.escape(festival) + r"[^，,。？?！!\s]{0,4}(?:买|拍|下单|付|入手|囤|抢)", text)
    if bought and not _DATE.search(text):  # "10月20号买的 双十一降到148": the date is the purchase
        month, day_of = FESTIVALS[festival]
        year = today.year - (1 if "去年" in text else 0)
        named = date(year, month, day_of)
        if named <= today:
            return (today - named).days
        # "双十二会不会更便宜": a sale still ahead names no purchase day (a date beside it may)
    m = _DATE.search(text) or MONTH_PART.search(text)
    if not m:
        bare_day = _BOUGHT_ON.search(text)  # "我3号付款的": this month's day, or last month's when ahead
        if bare_day is None:
            return None
        said = int(bare_day.group(1))
        last_month = today.replace(day=1) - date.resolution
        for year, month in ((today.year, today.month), (last_month.year, last_month.month)):
            try:
                day = date(year, month, said)
            except ValueError:
                continue
            if day <= today:
                return (today - day).days
        return None
    year, month = today.year, int(m.group(2)) if m.group(2) else today.month - 1
    if month == 0:
        year, month = year - 1, 12
    if m.re.pattern == MONTH_PART.pattern:  # "10月底": the month's last day; 月初 the 1st, 月中 the 15th
        last = (date(year + month // 12, month % 12 + 1, 1) - date.resolution).day
        said = {"底": last, "末": last, "初": 1, "头": 1, "中": 15}[m.group(3)]
    else:
        said = int(m.group(3))
    try:
        day = date(year, month, said)
    except ValueError:
        return None
    if day > today:
        try:
            day = day.replace(year=day.year - 1)  # "12月20号买的" said in January
        except ValueError:
            return None
    return (today - day).days


def month_of_later_day(after: str, today: date, mday: int) -> int | None:
    """The next month, when a later bare day said after ``mday`` ("30号晚上下单 31号能发吗") does not
    exist in this month, so both days are in the next; else None.

    >>> month_of_later_day("晚上下单，31号能发出来吗", date(2026, 11, 24), 30), month_of_later_day("能到吗", date(2026, 11, 24), 30)
    (12, None)
    """
    import calendar

    last = calendar.monthrange(today.year, today.month)[1]
    later = [int(d) for d in re.findall(r"(?<![\d月])(\d{1,2})[号日]", after)]
    return today.month % 12 + 1 if any(mday < day <= 31 and day > last for day in later) else None
