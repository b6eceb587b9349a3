"""An order held back at the customer's wish ("先别发 周四再发", "晚几天再发 下周一再发中不"): the day
asked for, noted for the warehouse and confirmed by a time. The policy promises dispatch times,
not holds, so a hold is checked, never promised.
"""

from __future__ import annotations

import re
from datetime import timedelta

from ..lazy_pattern import lazy
from .bizcal import WEEKDAY_NAMES
from .days import CN_DIGITS, WEEKDAYS
from .dispatch_answers import month_day
from .draft import Context
from .values import business_calendar

_HOLD = lazy(r"先(?:别|不要)(?:发|寄|出货)|今天(?:先)?(?:别|不要|不用)(?:发|寄)|改(?:成|到)?(?:明天|后天|周[一二三四五六日天]|星期[一二三四五六日天])(?:再)?(?:发|寄)|(?<!税号)(?<!抬头)(?<!邮箱)(?<!地址)晚(?:一)?点(?:再)?(?:发|寄|出货)(?!你|您|给你|给您|过来)|晚些(?:再)?(?:发|寄|出货)|下个?(?:周|星期|礼拜)(?:再|才)(?:给我|给|帮我)?(?:发|寄)|下个?月(?:初|中|底)?(?:再|才)(?:给我|给|帮我)?(?:发|寄)|月底(?:再|才)(?:发|寄)|晚[一两三几]天(?:再)?发|晚[一两三几]天再发货|过几天再发|过两天再发|(?:延迟|推迟|延后)(?:发|寄|出货)|(?:周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|\d{1,2}号|明天|后天)(?:我才到家|才到家|之后|以后|再)?.{0,4}再(?:给我|给|帮我)?(?:发|寄)")
_HOLD_DAY = lazy(r"(下个?)?(?:周|星期|礼拜)([一二三四五六日天])|(\d{1,2})号|(明天|后天)")
_DELAY = lazy(r"晚|过几天|过两天|延迟|推迟|下个?月|月底|下个?(?:周|星期|礼拜)(?![一二三四五六日天])")  # a delay asked, not only "先别发"
_NO_PRICE_SLIP = lazy(r"(?:别|不要|不用)放?[^，,。？?！!\s]{0,3}(?:价格单|价签|发票单|小票)")
_PAY = lazy(r"工资|薪|奖金|钱|红包")
_HOLD_DAYS = lazy(r"晚([一两三])天")  # "晚两天再发": counted from today, when no day is named
_AWAY_WEEK = lazy(r"(?:这|本|一|整)(?:周|星期|礼拜)[^，,。？?！!\s]{0,2}(?:都|全|一直)?(?:不在家|不在|出差|在外地|没人)")


# "昨天拍的能不能晚几天再发": an order paid on an earlier day may have left already
_PLACED_EARLIER = lazy(r"(昨天|前天|昨晚|前几天|上周)[^，,。？?！!\s]{0,3}(?:拍|下单|下的单|买|付)")


def held_until(ctx: Context) -> str:
    """"先别发 能周四再发吗": the day asked for, noted for the warehouse and confirmed by a time
    (the policy promises dispatch times, not holds, so the hold is checked, not promised). An
    order placed on an earlier day ("昨天拍的") may have left on that day: said, and what is done then."""
    text = _held_until(ctx)
    placed = _PLACED_EARLIER.search(ctx.message)
    back = {"昨天": 1, "昨晚": 1, "前天": 2}.get(placed.group(1), 0) if placed else 0
    calendar = business_calendar(ctx.library.policy)
    today = ctx.now.date()
    if not (placed and text.startswith("可以的，")) or back and not any(calendar.is_working_day(today - timedelta(days=k)) for k in range(1, back + 1)) or re.match("昨晚|昨天(?:晚上|夜里)", ctx.message[placed.start():]) and calendar.is_working_day(today):
        return text  # (paid on a Sunday and asked on Monday, or last night after the cut-off: it leaves today like any other)
    cutoff = ctx.library.policy.dispatch_cutoff.strftime("%H:%M")
    return (f"{placed.group(1)}拍的这单可能已经发出了（我们工作日{cutoff}前付款的订单当天发货），那样我帮您联系快递，"
            f"看能不能晚点派送或者先放驿站等您回来取；要是还没发出，{text.removeprefix('可以的，')}")


def _held_until(ctx: Context) -> str:
    # "月底才发工资": the pay, not the parcel, comes at the month's end
    hold = next((h for h in _HOLD.finditer(ctx.message) if not _PAY.match(ctx.message, h.end())), None)
    if not hold:
        return ""
    # "我30号才回家 能不能12月1号以后再给我发": the day the hold names, or said after it ("…等12月1号再发")
    # … and of several days, the one the sending is asked for ("周日晚上才回来 下周一再发中不": Monday)
    sending = [d for d in _HOLD_DAY.finditer(ctx.message) if re.match(r"[^，,。？?\s]{0,4}?再(?:给我|给|帮我)?(?:发|寄)", ctx.message[d.end():])]
    m = _HOLD_DAY.search(hold.group(0)) or (sending[0] if sending else None) or _HOLD_DAY.search(ctx.message, hold.end()) or _HOLD_DAY.search(ctx.message)
    counted = None if m else _HOLD_DAYS.search(ctx.message)
    today = ctx.now.date()
    weekend = m is None and not counted and re.search("周末", ctx.message)  # "先别发 周末我才在家": the weekend
    if counted and not _AWAY_WEEK.search(ctx.message):
        day = today + timedelta(days=CN_DIGITS[counted.group(1)])
        day_said = f"{day.month}月{day.day}日（{WEEKDAY_NAMES[day.weekday()]}）"
    elif weekend:
        day = today + timedelta(days=(5 - today.weekday()) % 7 or 7)
        day_said = f"周末（{day.month}月{day.day}日 {WEEKDAY_NAMES[day.weekday()]}）"
    elif m is None and _DELAY.search(hold.group(0)):
        # "能不能晚几天再发 这周出差": a delay with no day named: held, and the day asked for
        # … "晚两天再发 我这周都不在家": two days on is still this week, so the day is asked, not Thursday
        away = f"您这周都不在家的话，晚{counted.group(1)}天发过去您可能还没回来，" if counted else ""
        return (f"可以的，{away}我这就帮您备注先不发货，并跟仓库确认，{ctx.values['time.reply']}前给您答复；"
                "您定好哪天方便收货告诉我一声，我按那天给您安排发出")
    elif m is None:
        return ""  # "订单先别发 我地址要改一下": no day to hold it to; the change is the request
    else:
        if m.group(2):
            day = today + timedelta(days=(WEEKDAYS[m.group(2)] - today.weekday()) % 7 or 7)
            if m.group(1) and (day - today).days < 7 - today.weekday():
                day += timedelta(days=7)  # "下周三" said on a Tuesday: next week's
        elif m.group(3):
            month = re.search(r"(\d{1,2})月$", ctx.message[: m.start()])  # "12月31号那天发"
            day = month_day(today, int(m.group(3)), int(month.group(1)) if month else None)
        else:
            day = today + timedelta(days=1 if m.group(4) == "明天" else 2)
        day_said = f"{day.month}月{day.day}日（{WEEKDAY_NAMES[day.weekday()]}）" if day else "您说的时间"
    calendar = business_calendar(ctx.library.policy)
    if day and not calendar.is_working_day(day):
        # "12月31号那天发" when the warehouse is closed that day: said, and the nearest days it works
        before = next((day - timedelta(days=k) for k in range(1, 8) if calendar.is_working_day(day - timedelta(days=k))), None)
        after = next((day + timedelta(days=k) for k in range(1, 8) if calendar.is_working_day(day + timedelta(days=k))), None)
        near = "或".join(f"{d.month}月{d.day}日（{WEEKDAY_NAMES[d.weekday()]}）" for d in (before, after) if d and d > today)
        return (f"可以晚点发的，不过{day_said}我们仓库休息不发货，可以帮您改到{near}发出，您看哪天方便收货？"
                f"定好了我就帮您备注，并跟仓库确认，{ctx.values['time.reply']}前给您答复；在这之前这单先不会发出")
    slip = "，价格单也一并备注不放进包裹" if _NO_PRICE_SLIP.search(ctx.message) else ""  # "…别放价格单 还有能晚两天发不"
    return (f"可以的，我这就帮您备注{day_said}再发货{slip}，并跟仓库确认能按这个时间安排，"
            f"{ctx.values['time.reply']}前给您答复；在这之前这单先不会发出")
