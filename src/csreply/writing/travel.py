"""The road of a parcel beside a reply's other answers: whether an arrival asked was left
unanswered, the postage of a region outside the free-shipping rule said beside the days it
travels ("寄香港要几耐" gets the remote fee too), and a parcel on its way measured against the
usual days to its place ("发货三天了还没收到"). No I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lazy_pattern import lazy
from .clauses import stage_of
from .days import number
from .draft import Context, Draft
from .fact_answers import fact_answer
from .postage import destination, sends_remote
from .rendering import bare_rule
from .triage import PROBLEMS
from .arrival import due_day, place_of, span_of, transit_days
from .regions import names_region

_MONEY_TIME = lazy(r"退款|到账|退钱|退回|退到|原路|钱退|退哪|取消(?:了|订单)|钱[^，,。？?\s]{0,8}(?:多久|几天|什么时候)")


_ACROSS_THE_STRAIT = ("港澳台", "港澳", "台湾", "香港", "澳门")  # where a customer writing Traditional likely lives
_PAID_OR_KNOWN = lazy(r"运费|邮费|包邮|付款了|付了款|付过|已付|下单了|下單了|拍好了|拍了")


def arrival_dropped(ctx: Context, parts: list[tuple[str, str, str]]) -> bool:
    """Whether a pre-sale message asks how soon it arrives and no part of the reply says it."""
    # (a clause of the arrival's scenario answered by another fact, "可以寄到台湾吗" by the postage, is not done)
    if "delivery_eta" not in ctx.library.scenarios or ctx.lead in PROBLEMS:
        return False
    if _MONEY_TIME.search(ctx.message):
        return False  # "帮我取消了吧 退款多久到啊": the money's time, not a parcel's
    if ctx.lead and stage_of(ctx, ctx.lead) == "after_sale":
        return False
    # (a dispatch answer says the road only when it names it: "16:30付款赶得上" is no arrival)
    return not any(t in ("delivery_eta", "eta", "arrival") or _ROAD_SAID.search(x) for _, t, x in parts)


_ROAD_SAID = lazy(r"路上(?:一般|要|大概)|到您那边")  # the road's days said ("路上一般1～2天")


def with_dispatch(ctx: Context, parts: list[tuple[str, str, str]], variant: int = 0) -> list[tuple[str, str, str]]:
    """``parts`` with the dispatch time after them when the message asks whether it ships today
    ("现在拍 下午能发顺丰不 补多少") and no part says when it ships (a courier's fee is no answer to it)."""
    if not parts or "dispatch_time" not in ctx.library.scenarios or stage_of(ctx, ctx.lead) == "after_sale" or not _SHIPS_TODAY.search(ctx.message):
        return parts
    if any(t in ("dispatch_time", "dispatch_cutoff", "delivery_eta", "arrival", "hold", "merge") or "发出" in x for _, t, x in parts):
        return parts
    from .scenario_answers import scenario_answer

    text = scenario_answer("dispatch_time", ctx.message, ctx, first=True, variant=variant)
    return [("scenario", "dispatch_time", text), *parts] if text else parts


# whether it ships today or by a time of day ("下午能发顺丰不", "今天发得出吗")
_SHIPS_TODAY = lazy(r"(?:今天|今日|当天|下午|上午|晚上|中午|马上)[^，,。？?！!\s]{0,2}(?:能|可以|会)?(?:发|寄|走|出库)(?:得出|得走|出去|走)?(?:[^，,。？?！!\s]{0,4})?(?:吗|不|么|没|嘛|吧)|(?:今天|今日)(?:能|可以)?发(?:出|货)")


def with_remote_fee(ctx: Context, parts: list[tuple[str, str, str]], asked: str) -> list[tuple[str, str, str]]:
    """``parts`` with the remote region's postage after them, when the clause ``asked`` asks how
    long a parcel takes to a region outside the free-shipping rule and no part says the postage."""
    if not asked or not parts or any(t == "shipping" for _, t, _ in parts) or stage_of(ctx, ctx.lead) == "after_sale":
        return parts
    if not sends_remote(ctx.message, ctx.library.policy):
        return parts
    text = fact_answer("shipping", asked, ctx.products[0] if ctx.products else None, ctx)
    return parts + [("fact", "shipping", text)] if text else parts


_SUMMED = lazy(r"一共[\d.]+元|包邮")  # a draft that adds up what the customer buys


def remote_fee_said(text: str, ctx: Context) -> str:
    """For a pre-sale draft ``text`` about a parcel to a region outside the free-shipping rule
    ("寄香港要几耐", "她在内蒙古包头 …能发顺丰不"): that region's postage, when the draft does not
    say it ("" otherwise, or after payment, or when the message speaks of postage itself)."""
    policy = ctx.library.policy
    if not policy.remote_fee or policy.remote_fee in text or stage_of(ctx, ctx.lead) == "after_sale":
        return ""
    far = [r for r in policy.remote_regions if r in _ACROSS_THE_STRAIT]
    if far and ctx.match.normalized.traditional and (bare_rule(policy.free_shipping) in text or _SUMMED.search(text)) and destination(ctx.message) is None:
        # "請問滿多少免運", "精華跟洗面乳一起買有折扣嗎" in Traditional: likely from Taiwan or Hong Kong, whose postage is said too
        return f"另外，寄{'、'.join(far)}的话不在包邮范围内，{bare_rule(policy.remote_fee)}。"
    if "运费" in text:
        return ""
    if ctx.lead == "order_placed" or _PAID_OR_KNOWN.search(ctx.message) or not sends_remote(ctx.message, policy):
        return ""  # "运费我补了12", "我剛付款了 地址要改成台中": paid, or the postage known already
    fee = fact_answer("shipping", ctx.message, ctx.products[0] if ctx.products else None, ctx)
    return f"另外，{fee}。" if fee else ""


_SENT_DAYS, _ARRIVAL_DAYS = lazy(r"(?:寄|发(?!票)|送)[^，,。？?\s]{0,8}(?:多久|几天|几日|几耐|几多日)"), lazy(r"(?:几天|几日|多久|多长时间|多少天|哪天)(?:能|可以|才能|会|才会|才可以)?到|到[^，,。？?！!\s]{1,6}(?:来得及|赶得上|赶得及)[吗不么]|什么时候(?:能)?到|(?<!顺丰)(?<!京东)(?<!邮政)(?<!EMS)(?<!ems)能到[吗不么]|到得了|(?:明天|后天|今天|周[一二三四五六日天末]|礼拜[一二三四五六天]|[#\d]+号)(?:能|可以|会)(?:到|送到|收到)(?![了货])[^，,。？?！!\s]{0,6}[吗不么嘛]|(?<![收签拿寄])到(?![好了])[^，,。？?\s]{1,6}(?:几天|多久|几日)|(?:之|以)?前(?:能)?(?:到|收到|送到)(?:就行|就好|就可以|即可)")  # "周五前到就行": a day to meet


def asks_arrival(clause: str, ctx: Context) -> bool:
    """Whether ``clause`` asks how soon the goods arrive: the days asked ("几天能到", "寄新疆多久"), or
    a day they are needed by beside a place they go to ("寄南宁 周日前要", "12月5号飞日本 想出发前收到")."""
    if _ARRIVAL_DAYS.search(clause) or _SENT_DAYS.search(clause):
        return True
    if _BARE_DAYS.fullmatch(clause) and names_region(ctx.message):
        return True  # "新疆乌鲁木齐包邮吗 大概得几天": the days to the place said beside it
    return bool(_NEEDED_BY.search(clause) or _IN_TIME.search(clause)) and due_day(ctx.message, ctx.now.date()) is not None  # (the day may be said apart: "5號飛日本 想出發前收到")


_IN_TIME = lazy(r"(?:买|拍|下单)[^，,。？?！!\s]{0,4}(?:还)?来得及|(?:能|可以)?赶(?:得)?(?:上|及)(?!活动)")  # "…发顺丰能赶上不"
_BARE_DAYS = lazy(r"(?:那|请问)?(?:大概|大约|一般|估计)?(?:得|要|需要)?(?:几天|多久|多少天|多长时间)(?:能到|到|左右)?[啊呀呢吗哈]*")  # "12月3号飞三亚 …现在买来得及吗": by that day
# a day needed by, said of the goods ("周日前要", "出发前收到", "元旦前收到"), not of a reply or a refund
_NEEDED_BY = lazy(r"前(?:必须|一定|务必)?[得要]?(?:到|送到|收到)|(?:就|必须|一定|得)要用(?!法)|前(?:要|就要|得要|收到|到手|能收到|收得到|用上|送到|寄得到|送得到|寄到|到得了|能到)|(?:收到|到货|到手)[吗不么]?$")


# "寄出三天了 物流没更新 几时到北京": a parcel on its way, the place and its arrival asked
# … or a parcel not come yet ("发货三天了怎么还没收到", "發咗貨三日 點解仲未收到"): the road's days say whether it is late
_PARCEL_ARRIVAL = lazy(r"(?:几时|什么时候|啥时候|几天|多久|哪天)[^，,。？?！!\s]{0,3}到|能到(?:吗|不|么)|到没到|(?:还|仲|都)(?:没|未)(?:收到|到)")
# the days a parcel has been gone: "发出三天了", "寄出咗五日", "都第四天了" (the fourth day: three gone), "寄出一周了"
_SENT = r"(?:寄出|发出|发货|发了|寄了|出库|出货|发咗货?|寄咗|寄出咗)(?:了|咗)?(?:已经|都|有|成)?"
_CUSTOMS, _GONE_DAYS = lazy(r"海关|清关"), lazy(_SENT + r"([一两二三四五六七八九十\d]+)(?:天|日)|(?:都|已经|今天)第([一两二三四五六七八九十\d]+)天|" + _SENT + r"([一两成])个?(?:礼拜|星期|周)")
_HONG_KONG, _LOST = lazy(r"[唔㗎嘅咗啲哋冇嚟咁噉嘢]|点解|仲未"), lazy(r"要是核实是丢件，([^。]*。)")  # (Cantonese, in Simplified: Hong Kong)


def parcel_road(draft: Draft, ctx: Context) -> Draft:
    """A parcel's draft with the usual days on the road to the place the customer names, and
    whether the days it has been travelling are still within them (the check with the courier stays);
    a parcel held at customs gets the clearance's days and its check instead."""
    policy, check = ctx.library.policy, "我马上联系快递"
    if draft.scenario == "logistics" and check in draft.text and _CUSTOMS.search(ctx.message) and "清关进度" not in draft.text:
        return _held_at_customs(draft, ctx, check)
    if draft.scenario not in ("logistics", "not_shipped") or "路上一般" in draft.text or check not in draft.text or not _PARCEL_ARRIVAL.search(ctx.message):
        return draft
    gone_said = _GONE_DAYS.search(ctx.message)  # (a place guessed from the writing only beside the days gone, to weigh them)
    place = place_of(ctx.message) or (_written_from(ctx) if gone_said else None)
    days = transit_days(policy, place)
    if days is None or re.search(f"(?:停|卡|一直|显示到?|到了)(?:在|喺)?{place}|{place}[^，,。？?！!\\s]{{0,3}}(?:转运|中转|分拨|集散|网点|海关|停|卡|不动|没动|冇郁|不走)", ctx.message):
        return draft  # "一直在杭州转运中心", "物流显示到北京就不动了": where the parcel waits, not where it goes
    said = f"发到{place}路上一般{span_of(*days)}"
    if gone_said and (gone := _days_gone(gone_said)) is not None:
        said += f"，您这单{'今天是第' + gone_said[2] + '天了' if gone_said[2] else f'发出{gone}天'}，{'还在正常的时间里' if gone < days[1] else '到了平常时间的最后一天' if gone == days[1] else '已经超过平常的时间了'}"
        if gone <= days[1]:  # not lost yet: the loss's options for when the days run out
            draft = replace(draft, text=_LOST.sub(r"万一过了这个时间还没到，或者核实是丢件，\1", draft.text, count=1))
    return replace(draft, text=draft.text.replace(check, f"{said}。{check}", 1))


def _written_from(ctx: Context) -> str | None:
    """Where a customer who names no place likely is, from how they write: Cantonese, Hong Kong;
    other Traditional, 港澳台; None for Simplified."""
    return "香港" if _HONG_KONG.search(ctx.message) else "港澳台" if ctx.match.normalized.traditional else None


def _days_gone(said: re.Match) -> int | None:
    """The days gone that ``_GONE_DAYS`` matched: counted, the day ordinal less one, or weeks."""
    if said[3]:
        return 14 if said[3] == "两" else 7
    n = number(said[1] or said[2])
    return n - 1 if n is not None and said[2] else n


def _held_at_customs(draft: Draft, ctx: Context, check: str) -> Draft:
    """"卡在海关三天都没动": customs clearance, its usual days, and the clearance checked, not a parcel
    given up for lost (the place named, else 港澳台, where parcels pass customs)."""
    place = place_of(ctx.message) or "港澳台"
    road = f"，路上一般{span_of(*days)}" if (days := transit_days(ctx.library.policy, place)) else ""
    said = f"寄到{place}的包裹要过海关清关{road}，清关时偶尔会多停几天。{check}查一下清关进度"
    located = f"{check}核实包裹的位置"
    return replace(draft, text=draft.text.replace(located, said, 1) if located in draft.text else draft.text.replace(check, said, 1))
