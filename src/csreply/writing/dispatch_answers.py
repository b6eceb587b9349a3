"""When an order ships, for a payment time the customer names: today at a clock time ("下午4点前拍能当天发吗") or on a
past day ("周日晚上拍的啥时候发货"), against the policy's dispatch cut-off and working days. No I/O."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .bizcal import FIXED_HOLIDAYS, WEEKDAY_NAMES, format_when, has_holiday_data
from .arrival import due_day
from .couriers import rush_offer
from .draft import Context
from .signals import PAY_FAILS, SUNDAY_SHIPS_ASKED, UNLESS_SENT
from .days import WEEKDAYS, days_ago, month_of_later_day, number
from .values import business_calendar
from ..lazy_pattern import lazy

_CN_HOURS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}  # "下午4点前付款能当天发吗": a clock time named
# "…物流信息一点都没有" is "not at all", not one o'clock; nor is "快一点" "faster"
_NAMED_TIME = lazy(
    r"(?P<day>今天|今晚|明天|昨天|昨晚)?\s*(?P<part>凌晨|早上|上午|中午|下午|傍晚|晚上)?\s*"
    r"(?<![\d:])(?!(?<=[快早慢晚多少好便差大小轻重])一)(?:[一两二三四五六七八九](?=[一两二三四五六七八九]点))?(?P<hour>2[0-3]|1[0-9]|[0-9]|十[一二]?|[一两二三四五六七八九])\s*(?:点(?![都也儿没不物信消动])|:|：)\s*(?P<half>半|[0-5][0-9]|[二三四五]?十[一二三四五六七八九]?(?=分|[^点\d]|$))?"
)
_TRACKED = lazy(r"单号|物流|几号到|哪天到|几天到|多久到|能到|到货|送到|发了没|发了吗|发出了吗|(?:寄|发)[^，,。？?\s]{1,6}(?:几天|多久)")
_RULE_TIME, _QUOTES_RULE = lazy(r"\s*(?:之前|以前|前)"), lazy(r"说好的?|不是说|你们说|你们写的|页面写|写着|不是.{0,12}[吗么嘛]|承诺|骗人|骗子|忽悠")  # "17点前付款当天发": the rule's hour, not the customer's; the rule quoted back
_SAME_DAY = lazy(r"当天发|(?:当天|今天)(?:能|可以)?(?:走|寄出)|(?:啥时候|什么时候|几时)会?(?:发|寄)|时候能发|时候可以发|还没发|没发货|哪天发|几时发|今天.{0,3}发|当天.{0,3}发|能发吗|能发出|发得出|发货吗|来得及发|明天.{0,2}发|还没物流|没物流信息|物流.{0,6}(?:没有|都没|没动)")


def _named_payment(ctx: Context) -> datetime | None:
    """The moment the customer says they will pay ("今天下午4点前付款"), today unless they say 明天;
    an hour without 上午/下午 inside the shop's day is read in the afternoon when that is later."""
    m = _NAMED_TIME.search(ctx.message)
    if m is None or not re.search("付|拍|下单|下的单|买", ctx.message):
        return None
    if not _SAME_DAY.search(ctx.message) and not ("待发货" in ctx.message and (m["day"] or _CARD_DATE.search(ctx.message))) and not (_TRACKED.search(ctx.message) and (m["day"] in ("昨天", "昨晚") or _PAID_PAST.match(ctx.message, m.end()))):
        return None  # neither dispatch asked, nor a parcel or its arrival after a payment made ("昨天下午两点拍的 单号在哪看")
    if _QUOTES_RULE.search(ctx.message) and (m := next((x for x in _NAMED_TIME.finditer(ctx.message) if not _RULE_TIME.match(ctx.message, x.end())), None)) is None:
        return None  # "说好的17点前付款当天发呢": the rule quoted back; "…我下午三点付的": the customer's own time beside it
    if not m["day"] and _paid_day(ctx.message):
        return None  # "周五晚上九点才有空拍": the hour of another day (paid_on_day counts it)
    hour = int(m["hour"]) if m["hour"].isdigit() else _CN_HOURS[m["hour"]]
    if m["part"] in ("下午", "傍晚", "晚上") and hour < 12 or m["day"] in ("今晚", "昨晚") and hour < 12:
        hour += 12
    elif m["part"] is None and hour < 12 and re.search("晚上|下班|今晚|夜里", ctx.message[: m.start()]):
        hour += 12  # "我晚上下班才能付 大概七八点": the evening said before the hour
    elif m["part"] is None and hour < 8:
        hour += 12  # "4点前" in a shop's day is 16:00
    minute = 30 if m["half"] == "半" else number(m["half"]) or 0 if m["half"] else 0  # "四点二十"
    day = ctx.now.date() + timedelta(days={"明天": 1, "昨天": -1, "昨晚": -1}.get(m["day"], 0))
    dated = _DATED.search(ctx.message[: m.start()])  # "下单时间：2026-11-23 21:14": a pasted order's own date
    if dated and not m["day"]:
        try:
            day = date(int(dated.group(1)), int(dated.group(2)), int(dated.group(3)))
        except ValueError:
            dated = None
    paid = datetime.combine(day, datetime.min.time(), tzinfo=ctx.now.tzinfo).replace(hour=hour % 24, minute=minute)
    if not m["day"] and not dated and paid > ctx.now and _PAID_PAST.match(ctx.message, m.end()) and (hour >= 20 or re.search(r"明天|第二天|到现在|还没|还不发|[几两三四五#\d]天了", ctx.message)):
        paid -= timedelta(days=1)  # "晚上十点多拍的 明天能发不" at 10:00: last night's payment
    return paid


_DATED, _CARD_DATE = lazy(r"(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$"), lazy(r"20\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}")  # (a pasted card's date: "待发货" beside it asks the dispatch)
_PAID_PAST = lazy(r"[^，,。？?\s]{0,4}(?:拍的(?!话)|付的(?!话)|下的单|拍了|付了|付过|付款了|付的款)")  # (not "8点拍的话": supposed)
_TODAY_ASKED = lazy(r"今天(?:到底|究竟|还)?(?:能|可以|会|能不能|可不可以)?(?:发|寄)(?:出|走)?(?:去|来)?(?:吗|不|么|了吗|没)|今天(?:到底|究竟|还)?(?:能不能|可不可以)发")
def paid_by(ctx: Context) -> str:
    """:func:`_paid_by`, and whether Sunday ships when the message asks that too ("…周日你们发货吗")."""
    said = _paid_by(ctx)
    then = _THEN_DAY.search(ctx.message) if said else None  # "明天下午4点拍能当天发吗？那12月31号拍呢": the same asked of another day
    if then and (named := _named_day(ctx, then, ahead=True)) and named[0] > ctx.now.date():
        said += "；" + re.sub(r"^我们工作日[^，]*当天发货，", "", _ships_after(ctx, *named, ""))
    if not said or not SUNDAY_SHIPS_ASKED.search(ctx.message) or _ASKS_SUNDAY.search(said):  # not "周末要出门"
        return said
    calendar = business_calendar(ctx.library.policy)
    sunday = ctx.now.date() + timedelta(days=(6 - ctx.now.weekday()) % 7)
    if calendar.is_working_day(sunday):
        return f"{said}；周日也照常发货"
    return f"{said}；周日仓库休息不发货，周日付款的订单会顺延到周一发出"


def _paid_by(ctx: Context) -> str:
    """Whether a payment at the time the customer names ships the same day, said plainly: the
    named time against the policy's dispatch cut-off and working days."""
    paid = _named_payment(ctx)
    if paid is None:
        return _paid_tonight(ctx) or _paid_afternoon(ctx) or _paid_just_now(ctx)
    policy = ctx.library.policy
    calendar = business_calendar(policy)
    said = f"{paid.hour}点多" if "点多" in ctx.message else f"{paid.hour}:{paid.minute:02d}"
    before = bool(re.search(r"(?:点|:\d\d|半)\s*(?:之前|以前|前)", ctx.message)) and not _QUOTES_RULE.search(ctx.message)
    if before:
        paid -= timedelta(minutes=1)  # "五点前拍" pays before 17:00, in time for a 17:00 cut-off
    ships = calendar.deadline("dispatch", paid).at
    cutoff = policy.dispatch_cutoff.strftime("%H:%M")
    rule = f"我们工作日{cutoff}前付款的订单当天发货"
    when = format_when(ships, ctx.now)
    if before and _CANNOT_PAY.search(ctx.message):  # "下午五点前付不了是不是今天就发不了": yes, and when a later payment ships
        late = format_when(calendar.deadline("dispatch", paid + timedelta(minutes=2)).at, ctx.now)
        return f"{rule}，{said}前付不了的话就赶不上今天的截单了，{said}以后付款会在{late}前发出"
    if paid < ctx.now:  # "昨晚十一点多付的款": a payment made, checked against that day's cut-off
        gone = (ctx.now.date() - paid.date()).days  # "下单时间：2026-11-22 21:13" read on the 24th: 前天
        on = {0: "今天", 1: "昨天", 2: "前天"}.get(gone, f"{paid.month}月{paid.day}日")
        extra = f"，耽误您的时间了，再给您申请一张{ctx.library.policy.compensation}作为补偿" if ctx.library.policy.compensation else ""  # a dispatch the shop's rule missed
        chased = f"我马上帮您查，{ctx.values['time.reply']}前给您回复；要是还没发出，我催仓库{ctx.values['time.dispatch']}前给您发出{extra}"
        if ships < ctx.now and ships.date() != paid.date() and _NOT_YET.search(ctx.message):  # "…21:13 这个咋还没发货啊": overdue
            return f"让您久等了，真是抱歉！{rule}，您{on}{said}付的款过了当天的截单时间，按说{ships.month}月{ships.day}日就该发出的，现在还没发。{chased}"
        if ships.date() == paid.date() and ships > ctx.now:  # "今天早上8点付的款 怎么还没发货": not late yet
            return f"{rule}，您{on}{said}付的款在截单前，{when}前就会发出，现在正在安排打包，不用担心哦"
        if ships.date() == paid.date() and _NOT_YET.search(ctx.message):  # "昨天下午4点付的款 到现在还没物流信息": overdue
            return f"让您久等了，真是抱歉！{rule}，您{on}{said}付的款在截单前，按说应该在{ships.month}月{ships.day}日当天就发出的，现在还没看到物流信息。{chased}"
        if ships.date() == paid.date():
            return f"{rule}，您{on}{said}付的款在截单前，当天就安排发出了，我马上帮您查一下物流单号"
        waited = "让您惦记了～" if _NOT_YET.search(ctx.message) and not ctx.emotion.felt and ctx.customer != "hurried" else ""  # "昨晚8点多付的款 怎么还没发货": not late, still felt (once)
        return f"{waited}{rule}，您{on}{said}付的款过了当天的截单时间，顺延到{when}前发出"
    if ships.date() == paid.date():
        # "下午四点多拍今天发吗": that time, against the cut-off ("16点多付款赶得上")
        return f"能当天发的，{rule}，您{said}{'前' if before else ''}付款赶得上，{when}前就能发出"
    if not calendar.is_working_day(paid.date()):
        return f"{rule}，那天我们仓库休息，{said}付款的话会在{when}前发出哦"
    return f"{rule}，{said}付款就过了当天的截单时间，会在{when}前发出；想当天发的话，{cutoff}前付款就来得及"


_JUST_PAID, _PROPOSED, _HURRY = lazy(r"(?:拍好了?|拍了)?也?(?:已经)?付(?:好|过|完)?了(?:款)?|已付款|付过款了|付完款了"), lazy(r"(?:要不|不如|干脆|打算|准备|想)[^，,。？?\s]{0,8}付"), lazy(r"(?:快点|尽快|赶紧|早点|快)(?:给我)?发")


def _paid_just_now(ctx: Context) -> str:
    """"拍好了也付了 …今天能发出吧": paid already, before today's cut-off; thanked, and today said (not "要不现在用花呗先付了":
    a payment thought of; "订单编号" names no day; "麻烦快点发" asks as "今天能发吗" does)."""
    if not (_JUST_PAID.search(ctx.message) and (_SAME_DAY.search(ctx.message) or _HURRY.search(ctx.message))) or _NOT_YET.search(ctx.message) or PAY_FAILS.search(ctx.message) or re.search(
            r"昨|前天|上周|礼拜|星期|(?:\d{1,2}|[一二三四五六七八九十]{1,3})号", ctx.message) or _PROPOSED.search(ctx.message):
        return ""
    if "今天" not in ctx.values["time.dispatch"]:
        return ""
    check = "" if _SAME_DAY.search(ctx.message) or re.search("地址|收货人|电话", ctx.message) else "，麻烦您核对一下收货人、电话和地址是否正确哦"  # "付好了 快点发": the order seen
    return f"感谢您下单！您这单已经付好款了，今天就能安排，预计{ctx.values['time.dispatch']}前发出{check}{rush_offer(ctx)}"


_CANNOT_PAY, _NOT_YET = lazy(r"(?:之前|以前|前)\s*(?:付|拍|下单|支付)[^，,。？?\s]{0,2}(?:不了|不上|不成|不到|不出)"), lazy(r"没有?物流|物流.{0,4}(?:没|空)|没动静|没更新|查不到|没看到单号|(?:怎么|咋|到现在|至今|一直)[还都]?没|没揽收|未揽收|还不发|还没发|[未没待]发货|一点(?:信息|动静)|还是待")
_PAID_ALREADY, _AFTERNOON = lazy(r"付了|拍了|付的|拍的|已经|昨天|前天|周[一二三四五六日天]|星期|礼拜|没发|还没"), lazy(r"(?:下午|中午|午饭后|晚点|待会儿?|等会儿?)[^，,。？?\s]{0,4}(?:拍|付|下单|买)")


def _paid_afternoon(ctx: Context) -> str:
    """"下午拍今天能发吗": a payment later today with no hour named, against the cut-off."""
    if not _AFTERNOON.search(ctx.message) or not _SAME_DAY.search(ctx.message) or _paid_day(ctx.message):
        return ""
    if _HOUR_SAID.search(ctx.message) or _PAID_ALREADY.search(ctx.message):
        return ""  # "下午三点付的款 第二天才有物流": a payment made, at an hour named
    policy = ctx.library.policy
    calendar = business_calendar(policy)
    if not calendar.is_working_day(ctx.now.date()) or ctx.now.time() >= policy.dispatch_cutoff:
        return ""  # no same-day dispatch left today: the usual answer says when
    cutoff = policy.dispatch_cutoff.strftime("%H:%M")
    late = calendar.deadline("dispatch", ctx.now.replace(hour=policy.dispatch_cutoff.hour, minute=policy.dispatch_cutoff.minute)).at
    return (f"能的，我们工作日{cutoff}前付款的订单当天发货，您今天{cutoff}前付款，今天就能发出；"
            f"要是过了{cutoff}才付款，就会在{format_when(late, ctx.now)}前发出")


_TONIGHT = lazy(r"(?:今晚|晚上|下班后|下班再|下班了再|下班才|下了班|夜里)[^，,。？?\s]{0,6}(?:拍|付|下单|买|落单|落單)")


def _paid_tonight(ctx: Context) -> str:
    """"要是我晚上下班再拍还来得及不": an evening payment today, after a day-time cut-off."""
    if not _TONIGHT.search(said := ctx.values.get("message.text", ctx.message)) or not _SAME_DAY.search(said + "来得及"):
        return ""
    policy = ctx.library.policy
    if policy.dispatch_cutoff.hour >= 18 or _paid_day(ctx.message):
        return ""  # a cut-off in the evening, or another day's evening: not this answer
    calendar = business_calendar(policy)
    evening = ctx.now.replace(hour=19, minute=0)
    ships = calendar.deadline("dispatch", evening).at
    cutoff = policy.dispatch_cutoff.strftime("%H:%M")
    now = ""
    if calendar.is_working_day(ctx.now.date()) and ctx.now.time() < policy.dispatch_cutoff:
        now = f"现在拍的话今天{cutoff}前付款就能当天发；"
    return f"{now}{'晚上下班后再拍' if '下班' in ctx.message else '晚上再拍'}就过了当天{cutoff}的截单时间，会在{format_when(ships, ctx.now)}前发出"


_DAY = (
    r"(?P<which>这个?|本|下个?)?(?P<day>周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|昨天|昨晚|昨夜|大前天|前天|琴日|寻日|尋日|前日|(?:明天|后天|听日)(?!(?:就?是)?(?:周|星期|礼拜))"
    r"|(?P<month>\d{1,2})月(?P<date>\d{1,2})[号日]?|(?<![\d月])(?P<mday>\d{1,2})[号日]|(?P<holiday>元旦|国庆节?|劳动节|五一))")
# … not "周五早上飞三亚 今天下单", "下周五要带去用的": another day, a trip or a use between the day and the payment
_PAID_DAY = lazy(_DAY + r"(?P<part>早上|上午|中午|下午|傍晚|晚上|夜里|半夜|凌晨)?(?P<gap>(?:(?!今天|明天|后天|今晚|要用|用的|飞|出差|出发|出国|出门|旅行|就要|要去|回来|回家|到家|生日)[^？?。！!]){0,10}?)(?:拍|付款|付的|付了|付过|俾咗|畀咗|能付|才付|再付|下单|下的单|买|落单|落咗单|落了单)")
# "12月31号那天你们还发货不": whether the shop ships on a day, no payment named; "…那12月31号拍呢": the same of another day
_SHIPS_ON, _THEN_DAY = lazy(_DAY + r"(?:那天|当天|那几天)?(?:你们|仓库)?(?:还|也|能|会|正常|照常)?(?:发货|发吗|发不|给发|发快递|上班)"), lazy(r"那" + _DAY + r"(?:拍|付款?|下单|买)?(?:的话)?呢")
_HOLIDAY_DAY = {"元旦": (1, 1), "国庆": (10, 1), "劳动": (5, 1), "五一": (5, 1)}
_DAYS_BACK = {"昨天": 1, "昨晚": 1, "昨夜": 1, "大前天": 3, "前天": 2, "琴日": 1, "寻日": 1, "尋日": 1, "前日": 2, "明天": -1, "后天": -2, "听日": -1}  # ("琴日" is yesterday, not a Sunday)
_SAID_DAY = {"琴日": "昨天", "寻日": "昨天", "尋日": "昨天", "前日": "前天"}  # Cantonese, said back in Mandarin
_HOUR_SAID = lazy(r"(\d{1,2}|[一二两三四五六七八九十]{1,3})[点點](?!钟前到|前到|信息|物流|消息|动静|都|也|儿|没|不)")  # "一点信息都没有": not one o'clock
_PART_HOUR = {"早上": 9, "上午": 10, "中午": 12, "下午": 15, "傍晚": 18, "晚上": 21, "夜里": 23, "半夜": 1, "凌晨": 2}


def _paid_day(text: str) -> re.Match | None:  # a day ahead only with the payment right after it ("明天下午拍", not "是明天发吧 买一瓶")
    m = _PAID_DAY.search(text)
    fallen_back = m and re.search(r"(?:赶不上|来不及|不行|不然|否则)[^，,。？?！!\s]{0,4}$", text[: m.start()])  # "赶不上我就明天再拍了": not the day paid
    return None if fallen_back or m and m["day"] in ("明天", "后天", "听日") and re.sub("上午|下午|晚上|早上|中午|才|能|再|就|早", "", m["gap"] or "") else m


def paid_on_day(ctx: Context) -> str:
    """When an order paid on a past day the customer names ships ("周日晚上拍的啥时候发货"):
    counted from that day, not from now; a time already past is checked, not promised again."""
    m = _paid_day(ctx.message)
    if re.search("取消|不要了|已揽件|已揽收|揽件了|揽收了", UNLESS_SENT.sub("", ctx.message)):  # (not "再不发我就不要了")
        return ""  # "…要是还没发就帮我取消了吧": a cancel; "物流还是已揽件": a parcel on its way, not a dispatch asked
    if not re.search("发货|发出|发吗|发了|发不|发呢|寄出|时候.{0,2}发|几时.{0,2}[发寄]|能发|给发|才发|再发|没发|不发|当天发|物流.{0,4}(?:没|不|空)|没(?:有)?物流|来得及|上班吗|上班不|休息吗|放假吗", ctx.message) and not (_AHEAD_ORDER.search(ctx.message) and re.search("收到|能到|到吗|到不|送到", ctx.message)):
        return ""
    if m is None:
        return _paid_days_ago(ctx) or _ships_on_day(ctx)
    if re.search("现在|马上", m["gap"] or "") and not _TOLD_TODAY.search(ctx.message[max(0, m.start() - 4):m.start()]):
        return ""  # "下周五要带去三亚 现在拍几天能到": paid now, the day is when it is needed
    named = _named_day(ctx, m, ahead=not _PAID_DONE.search(ctx.message) and not _LATE_SAID.search(ctx.message))  # "周日晚上下单 周一能发出去不": a plan
    if named and (due := due_day(ctx.message, ctx.now.date())) and due[0] == named[0]:
        return ""  # "这周六要回我妈家 现在下单的话周六前能到吗": the day it is needed, not paid
    part = m["part"] or next((p for p in _PART_HOUR if p in (m["gap"] or "")), "") or ("晚上" if "下班" in (m["gap"] or "") or m["day"] in ("昨晚", "昨夜") else "")
    return _ships_after(ctx, *named, part) if named else ""


def _ships_on_day(ctx: Context) -> str:
    """"12月31号那天你们还发货不": a day ahead asked about, answered as a payment on that day
    (closed or not, and the last working day whose cut-off ships sooner)."""
    m = _SHIPS_ON.search(ctx.message)
    named = _named_day(ctx, m, ahead=True) if m and m["day"] not in ("明天", "后天", "听日") else None  # ("明天发货吗": no payment named)
    if named is None or named[0] <= ctx.now.date():
        return ""
    return _ships_after(ctx, *named, "")


def _named_day(ctx: Context, m: re.Match, ahead: bool = False) -> tuple[date, str] | None:
    """The day a ``_DAY`` match names (ahead or past as said; a bare weekday ahead with ``ahead``), and how to say it."""
    word = m["day"]
    if m["holiday"]:  # "元旦那天拍的话": the holiday's first day, the next one
        month, mday = _HOLIDAY_DAY[m["holiday"].rstrip("节")]
        day = date(ctx.now.year, month, mday)
        day = day if day >= ctx.now.date() else day.replace(year=ctx.now.year + 1)
        return day, f"{m['holiday']}（{day.month}月{day.day}日）"
    if m["mday"]:
        # "31号下单": this month's day, or next month's when it has passed or this month lacks it;
        # "12月31号放假？我想30号晚上下单": the month said just before holds for the bare day
        said_month = re.search(r"(\d{1,2})月\d{1,2}[号日]", ctx.message[: m.start()])
        day = month_day(ctx.now.date(), int(m["mday"]), int(said_month.group(1)) if said_month else month_of_later_day(ctx.message[m.end():], ctx.now.date(), int(m["mday"])))
        if day is not None and day > ctx.now.date() and not said_month and _DONE.search(ctx.message[m.start():]) and not _LATER_DAY_ASKED.search(
            ctx.message[m.end():]
        ):  # (not "30号晚上拍的 31号能发出去不": a later day asked ahead keeps the first ahead too)
            # "我18号就付款了 今天都24号了": a payment made, so the last such day, not the next
            day = _lastmonth_day(ctx.now.date(), int(m["mday"]))
        if day is None:
            return None
        word = f"{day.month}月{day.day}日"
    elif word not in _DAYS_BACK and word[-1] in WEEKDAYS and not m["which"] and (ahead or _AHEAD.search(ctx.message[max(0, m.start() - 4):m.end() + 4]) or _TOLD_AHEAD.search(ctx.message[max(0, m.start() - 4):m.start()]) or (
        # "我周六下午四点半付款 当天能发走不": a payment planned (no 了/的 after it), its dispatch asked
        not _DONE.search(ctx.message[m.start():]) and not re.search("了|还没|没发|咋|怎么", ctx.message) and _SAME_DAY_ASKED.search(ctx.message)
    )):
        today = re.search("(?:今天|今儿)(?:就是|是)?$", ctx.message[max(0, m.start() - 4):m.start()])  # "今儿礼拜天 现在拍了": the customer's today
        day = ctx.now.date() + timedelta(days=(WEEKDAYS[word[-1]] - ctx.now.weekday()) % 7 or (0 if today else 7))  # "我周六晚上八点多才有空下单"
    elif m["which"] and word[-1] in WEEKDAYS:  # "这周六晚上拍的话", "下周一拍": a day ahead, not the last one
        ahead = (WEEKDAYS[word[-1]] - ctx.now.weekday()) % 7 + (7 if m["which"].startswith("下") else 0)
        day = ctx.now.date() + timedelta(days=ahead)
        word = f"{m['which']}{word}"
    elif m["month"]:
        # "12月31号下午拍的话": a date, this year's, next year's when it is long past
        try:
            day = date(ctx.now.year, int(m["month"]), int(m["date"]))
        except ValueError:
            return None
        if (ctx.now.date() - day).days > 60:
            day = day.replace(year=day.year + 1)
        word = f"{day.month}月{day.day}日"
    else:
        if word in _DAYS_BACK:
            back = _DAYS_BACK[word]
        else:
            back = (ctx.now.weekday() - WEEKDAYS[word[-1]]) % 7 or 7  # the last such day before today
        day = ctx.now.date() - timedelta(days=back)
    return day, word


_LATE_SAID, _PAID_DONE = lazy(r"还没|没发|怎么还|(?<!发)不发|仲未|未发|还不|咋还|付款了|付了款|就付|已经?付|俾咗|落咗|上个?(?:周|星期|礼拜|禮拜)|物流|待发货|待發貨"), lazy(r"(?:拍了|拍的|付了|付的|付过|下单了|下的单|买了|买的)(?!话)")  # paid already: no earlier day to pay on
_AHEAD_ORDER = lazy(r"\d{1,2}月\d{1,2}[号日](?:那天|当天)?(?:再)?(?:下单|拍|付款|买)")  # "我想12月31号那天下单 元旦前能收到吗"
_LATER_DAY_ASKED = lazy(r"\d{1,2}[号日][^，,。？?]{0,4}(?:能|可以|会)?发(?:出去|出|走)?[吗不么]")
_SAME_DAY_ASKED = lazy(r"当天.{0,3}(?:能|会|可以)?发|能发(?:走|出)?[吗不么]|发得(?:走|出)|(?:什么|啥)时候发|几时发|哪天发")  # "周日下单什么时候发"
_ASKS_SUNDAY, _TOLD_TODAY = lazy(r"周日|周天|星期天|星期日|礼拜天|周末"), lazy(r"(?:今天|今儿)(?:就是|是)?$")  # ("今儿礼拜天 现在拍": the customer's own today)
_TOLD_AHEAD = lazy(r"(?:今天|今儿|明天|后天|明儿)(?:就是|是)?$")  # "明天周日 拍了发不发": the customer's own calendar, a day ahead
_AHEAD = lazy(r"才有空|有空|打算|准备|的话|想|要是|如果|再|估计|才|会")
_PAID_AGO = lazy(r"(?:付款|付了款|付了|拍了|拍的|下单|下了单|买了)(?:已经|都)?(\d+|[一两二三四五六七八九十]+)(天|个?小时)")


def _paid_days_ago(ctx: Context) -> str:
    """"付款三天了还没发货": paid that many days ago, counted like a named day."""
    m = _PAID_AGO.search(ctx.message)
    if m and "时" in m.group(2):  # "付款都48小时了": whole days of it
        days = int(m.group(1)) // 24 if m.group(1).isdigit() else None
    else:
        days = days_ago(m.group(0)) if m else None
    if days is None:
        return ""
    said = f"{m.group(1)}小时前" if "时" in m.group(2) else f"{days}天前"
    return _ships_after(ctx, ctx.now.date() - timedelta(days=days), said, "")


_DONE = lazy(r"^[^，,。？?]{0,8}?(?:就|已经|都)?(?:付了|付款了|付的|拍了|拍的|下单了|下的单|买了|买的)(?!话)")  # "31号拍的话": supposed, not done


def _lastmonth_day(today: date, mday: int) -> date | None:
    """The last day numbered ``mday`` up to today (this month's, else an earlier month's)."""
    return _nearest_day(today, mday, step=-1)


def month_day(today: date, mday: int, month: int | None = None) -> date | None:
    """The next day numbered ``mday`` from ``today`` on (this month's, else the next month's; in
    ``month`` when the customer named one)."""
    if month is not None:
        try:
            day = date(today.year, month, mday)
        except ValueError:
            return None
        return day if day >= today else day.replace(year=today.year + 1)
    return _nearest_day(today, mday, step=1)


def _nearest_day(today: date, mday: int, step: int) -> date | None:
    """The day numbered ``mday`` in the nearest month (``step`` 1 ahead, -1 back) that has it on the right side of today."""
    year, month = today.year, today.month
    for _ in range(3):
        try:
            day = date(year, month, mday)
        except ValueError:
            day = None
        if day is not None and (day >= today if step > 0 else day <= today):
            return day
        month += step
        year, month = (year + 1, 1) if month == 13 else (year - 1, 12) if month == 0 else (year, month)
    return None


def _ships_after(ctx: Context, day: date, word: str, part: str) -> str:
    """When an order paid on ``day`` (said as ``word`` and ``part`` of the day) ships."""
    m = {"part": part}
    hour = _PART_HOUR.get(m["part"] or "", 12)
    # the hour said with the day ("我昨天下午三点付的"), not one of a rule quoted before it ("17点前付款")
    said_hour = _HOUR_SAID.search(ctx.message, max(ctx.message.find(word), 0)) or _HOUR_SAID.search(ctx.message)
    if said_hour and number(said_hour.group(1)) is not None and number(said_hour.group(1)) <= 23:
        # "上周六下午6点多拍的": 18:xx, after a 17:00 cut-off, not the afternoon's 15:00
        hour = number(said_hour.group(1))
        hour += 12 if hour < 12 and (m["part"] in ("下午", "傍晚", "晚上", "夜里") or "晚" in ctx.message and hour >= 6) else 0
    paid = datetime.combine(day, datetime.min.time(), tzinfo=ctx.now.tzinfo).replace(hour=hour % 24)
    policy = ctx.library.policy
    calendar = business_calendar(policy)
    ships = calendar.deadline("dispatch", paid).at
    rule = f"我们工作日{policy.dispatch_cutoff.strftime('%H:%M')}前付款的订单当天发货"
    # "付款两天了": the date itself ("11月22日（周日）"), not "2天前我们仓库休息"
    named_day = f"{day.month}月{day.day}日（{WEEKDAY_NAMES[day.weekday()]}）" if re.fullmatch(r"\d+天前", word) else _SAID_DAY.get(word, word)
    said = named_day if m["part"] and m["part"][0] in named_day else f"{named_day}{m['part'] or ''}"  # "昨晚", not "昨晚晚上"
    # "礼拜天我们仓库休息": the day named, not "那天" before any day is said
    closed = "" if calendar.is_working_day(day) else f"，{named_day}我们仓库休息"
    if day > ctx.now.date():
        closed = "" if calendar.is_working_day(day) else f"，{(own := said[:-2] if m['part'] else said)}我们仓库休息"
        unsure = "" if has_holiday_data(ships.year) or not policy.statutory_holidays else "；要是赶上法定节假日会顺延，具体发货时间我到时再跟您确认"  # (no data yet)
        between = [day + timedelta(days=k) for k in range(1, (ships.date() - day).days)]
        rest = [d for d in between if not calendar.is_working_day(d)]
        sunday = day + timedelta(days=(6 - day.weekday()) % 7)
        if _ASKS_SUNDAY.search(ctx.message) and not calendar.is_working_day(sunday) and sunday not in rest and sunday != day:
            rest.append(sunday)  # "周日你们发不发货": the Sunday asked about, though the order ships before it
        if rest:  # "这周六晚上拍的话周日能发吗": the closed days before it ships, said plainly
            named = "、".join(f"{d.month}月{d.day}日（{WEEKDAY_NAMES[d.weekday()]}）" for d in rest[:3])
            closed = f"，{own}和{named}仓库都休息不发货" if closed else f"，{named}仓库休息不发货"  # (not "休息" twice)
        earlier = ""
        if not calendar.is_working_day(day) and not ((day <= ctx.now.date() or "今天" in ctx.message) and _PAID_DONE.search(ctx.message)):
            before = [day - timedelta(days=k) for k in range(1, (day - ctx.now.date()).days + 1)]  # "31号下单": the last working day before
            last = next((d for d in before if calendar.is_working_day(d)), None)
            if last is not None and (last > ctx.now.date() or ctx.now.time() < policy.dispatch_cutoff):
                cutoff = policy.dispatch_cutoff.strftime("%H:%M")
                earlier = f"；想早点发的话，{last.month}月{last.day}日（{WEEKDAY_NAMES[last.weekday()]}）{cutoff}前付款当天就能发"
        elif rest and calendar.is_working_day(day) and paid.time() >= policy.dispatch_cutoff and day > ctx.now.date():  # "打算周六晚上下班再拍"
            earlier = f"；要是{named_day}{policy.dispatch_cutoff.strftime('%H:%M')}前付款，当天就能发出"  # that day's own cut-off ships sooner
        around = [day + timedelta(days=k) for k in range((ships.date() - day).days + 1)]
        if unsure and any((d.month, d.day) in FIXED_HOLIDAYS for d in around):
            # a statutory holiday whose full dates are not published yet: no date named
            return (f"{rule}{closed}，您{said}付款的话，会在假期后的第一个工作日发出，{ships.year}年的放假安排公布后"
                    f"我跟您确认具体日期{earlier}")
        return f"{rule}{closed}，您{said}付款的话，会在{format_when(ships, ctx.now)}前发出{unsure}{earlier}"
    if ships <= ctx.now:
        # "…还没物流信息，今天能发出去吗": if it has not left, when it will, by today's dispatch time (an overdue order's remedy too)
        remedy, today = f"；要是还没发出，我催仓库{ctx.values['time.dispatch']}前给您发出去", (f"；万一还没发出，我会催仓库{ctx.values['time.dispatch']}前给您发出去" if _TODAY_ASKED.search(ctx.message) and "今天" in ctx.values.get("time.dispatch", "") else "")
        sorry = "实在抱歉让您久等了，" if re.search("还没|没发|仲未|未发|未寄|未出|(?<!发)不发|怎么还|待发货|还是没|还在等|放假了|没信息|没有信息|没更新|骗人|不是说|物流都没有|没有?物流|一点(?:信息|动静)|信息都没", ctx.message) else ""
        latest = calendar.deadline("dispatch", paid.replace(hour=23)).at
        dated = f"{day.month}月{day.day}日（{WEEKDAY_NAMES[day.weekday()]}）"  # "大前天": the date, to be checked
        paid_on = f"您{dated}付款，那天仓库休息，订单" if closed else f"您{dated}付款的订单"
        if not said_hour and not m["part"] and sorry and latest <= ctx.now:
            # "都付款三天了还不发货": the hour unknown, so the latest it should have left, and no rule (it supposes an hour)
            due = f"{latest.month}月{latest.day}日（{WEEKDAY_NAMES[latest.date().weekday()]}）"
            return f"{sorry}{paid_on}最晚应该在{due}就发出了，我马上帮您查一下现在的状态，{ctx.values['time.reply']}前给您回复{today or (remedy if '今天' in remedy else '')}"
        if not said_hour and not m["part"] and sorry and not closed:
            # "我昨天付的款怎么还没发": before the cut-off it is late, after it it is not yet due
            cutoff = policy.dispatch_cutoff.strftime("%H:%M")
            return (f"{sorry}{paid_on}，{cutoff}前付的当天就该发出，{cutoff}后付的会在{format_when(latest, ctx.now)}前发出，"
                    f"我马上帮您查一下现在的状态，{ctx.values['time.reply']}前给您回复{today}")
        due = f"{ships.month}月{ships.day}日{ships.hour:02d}:{ships.minute:02d}"
        paid_on = f"您{said}付款，那天仓库休息，订单" if closed else f"您{said}付款的订单"
        return (f"{sorry}{rule}，{paid_on}按时间应该在{due}前就发出了，"
                f"我马上帮您查一下现在的状态，{ctx.values['time.reply']}前给您回复{today}")
    return f"{rule}{closed}，您{said}付款的订单会在{format_when(ships, ctx.now)}前发出"

