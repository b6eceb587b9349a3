"""Which courier a parcel goes with, as the customer asks it: the shop's couriers, one avoided
("别给我发中通") or wished for ("记得给我发圆通") noted as a wish, the paid faster one (顺丰) noted
once paid, and how its surcharge is paid. From the policy only; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..library.model import Policy
from ..lazy_pattern import lazy
from .fact_topics import bare
from .postage import free_threshold

if TYPE_CHECKING:
    from .draft import Context

_HOW_TO_PAY_GAP = lazy(r"(?:差价|运费|邮费)[^，,。？?\s]{0,4}(?:咋补|怎么补|补给你|怎么付|咋付|怎么给)")
_SF_NOTED = lazy(r"^(?:再|就|要|改)?发顺丰(?:吧|哈|啊|哦)?$|备注[^，,。？?\s]{0,3}顺丰|改发顺丰|改成顺丰|换成顺丰|(?:给我|帮我|一定|务必)发个?顺丰")
_SENT_WITH = lazy(r"发的(?:是)?(?:啥|什么|哪家)快递")  # the courier of a parcel already sent
_COURIER_NAMES = ("顺丰", "京东", "中通", "圆通", "韵达", "申通", "极兔", "邮政", "EMS", "德邦", "百世")
# "记得给我发圆通哈", "得行不发邮政": a courier other than 顺丰 asked for (顺丰 is the paid choice)
WISHED_COURIER = lazy(r"(?<![别不要莫])(?<!千万别)(?:发|用|走)(?P<name>中通|圆通|韵达|申通|极兔|邮政|EMS|ems|京东|德邦|百世)(?!还是|或)")
_AVOIDED = lazy(r"(?:别|不要|不想|莫|千万别|能不能别|可以不)再?(?:给我)?(?:发|用|走)(?P<name>" + "|".join(_COURIER_NAMES) + ")")


# "我们这圆通从来不送上门": a courier complained of is one to avoid
_COMPLAINED = lazy(r"(?P<name>" + "|".join(_COURIER_NAMES) + r")[^，,。？?！!\s]{0,8}(?:不送上门|不送货上门|不送到家|扔驿站|放驿站|不打电话|老丢件|丢件|弄丢|丢了|太慢|延误|延迟|慢得很|特别慢|很慢)")
_DOOR_ONLY = lazy(r"不送上门|不送货上门|不送到家|不送上楼")
# "别发中通 只要顺丰 差价我补": the paid courier chosen outright
_SF_ONLY = lazy(r"只要顺丰|就要顺丰|只发顺丰|顺丰[^，,。？?\s]{0,4}差价我补|差价我(?:来)?补")
# "中通老丢件 圆通也别发": a second courier avoided, named first
_ALSO_AVOIDED = lazy(r"(?P<name>" + "|".join(_COURIER_NAMES) + r")(?:也|都)(?:别|不要|甭)")
# "能发顺丰或者京东不": a second courier asked for after "或者"
_OR_COURIER = lazy(r"(?:发|走|用)(?:" + "|".join(_COURIER_NAMES) + r")(?:或者|或是|还是|或)(?P<name>" + "|".join(n for n in _COURIER_NAMES if n != "顺丰") + ")")
# "下周一再发 发顺丰": the paid courier asked for, with or without a question mark
COURIER_SWAP = lazy(r"换[一个]?家|换(?:成|个)?(?:快递|顺丰|中通|圆通|韵达|申通|邮政|京东)")  # "能换一家不": another courier
_TROUBLE_TOLD = lazy(r"丢过?件|弄丢|丢过|丢了|摔(?:坏|烂)|压(?:坏|烂)|被拆|暴力")  # a parcel lost or broken told beside the courier avoided
SF_WANTED = lazy(r"(?:发|走|要|改|用)(?:成)?顺丰|换成?顺丰")


def unoffered(text: str, policy: Policy) -> str:
    """The couriers ``text`` asks for that the shop's policy does not name, said plainly.

    >>> unoffered("别发中通 发韵达或者邮政行不行", Policy(couriers="默认发中通或圆通"))
    '韵达、邮政我们暂时发不了哦'
    """
    shunned = {m["name"] for pattern in (_AVOIDED, _COMPLAINED, _ALSO_AVOIDED) for m in pattern.finditer(text)}
    names = [n for n in _COURIER_NAMES if n != "顺丰" and n in text.upper() and n not in policy.couriers and n not in shunned]
    return f"{'、'.join(names)}我们暂时发不了哦" if names else ""


def courier_answer(text: str, policy: Policy, values: Mapping[str, str]) -> str:
    """The courier answer to ``text`` from ``policy`` (``values`` gives the reply time of a check).

    >>> shop = Policy(couriers="默认发中通或圆通", courier_surcharge="想发顺丰的话补8元差价就可以")
    >>> courier_answer("我们这圆通从来不送上门 能发顺丰或者京东不", shop, {"time.reply": "11:00"})
    '圆通那边给您添麻烦了，真不好意思～我们默认发中通或圆通，我帮您备注尽量发中通、不发圆通，不过最终要看仓库当天的安排；京东我们暂时发不了哦；想发顺丰的话补8元差价就可以，路上会快一些'
    >>> courier_answer("能发顺丰不 我们这中通老丢件 圆通也别发", shop, {"time.reply": "11:00"})
    '中通那边给您添麻烦了，真不好意思～我们默认发中通或圆通，中通、圆通都不想要的话，可以给您发顺丰，想发顺丰的话补8元差价就可以，路上也快一些'
    """
    avoided = _AVOIDED.search(text) or _COMPLAINED.search(text) or _ALSO_AVOIDED.search(text)
    if avoided and policy.couriers and avoided["name"] in policy.couriers:
        # "别给我发圆通": the other couriers the shop uses, noted as a wish, plus the paid choice
        names = {m["name"] for pattern in (_AVOIDED, _COMPLAINED, _ALSO_AVOIDED) for m in pattern.finditer(text)}
        others = [c for c in _COURIER_NAMES if c in policy.couriers and c not in names]
        shunned = "、".join(c for c in _COURIER_NAMES if c in names and c in policy.couriers)
        wish = f"，我帮您备注尽量发{'或'.join(others)}、不发{shunned}，不过最终要看仓库当天的安排" if others else ""
        extra = f"；{bare(policy.courier_surcharge)}，路上会快一些" if policy.courier_surcharge else ""
        if not others and policy.courier_surcharge:  # "中通老丢件 圆通也别发": every courier the shop uses avoided
            wish, extra = f"，{shunned}都不想要的话，可以给您发顺丰", f"，{bare(policy.courier_surcharge)}，路上也快一些"
        # "中通在我们这老丢件": the trouble heard before the courier is noted
        complained = _COMPLAINED.search(text) or (avoided if _TROUBLE_TOLD.search(text) else None)  # "别发中通！！上次在你们这丢过件"
        heard = "" if not complained else f"{complained['name']}那边给您添麻烦了，真不好意思～我们" if re.search("老|总|从来|又|每次|天天|一直|不送上门|不送货上门|不送到家|镇上|村里", text) else (
            f"{complained['name']}到您那边{'容易延误' if re.search('延误|延迟', complained.group(0)) else '慢'}，确实着急～我们" if re.search("慢|延误|延迟", complained.group(0)) else f"{'上次' if re.search('上次|上回|之前|那次', text) else ''}{complained['name']}{'' if re.search('上次|上回|之前|那次', text) else '那边'}给您添麻烦了，真不好意思～我们")  # once, not "总这样"
        if complained and "慢" in complained.group(0) and SF_WANTED.search(text) and not (_AVOIDED.search(text) or _ALSO_AVOIDED.search(text)) and others and policy.courier_surcharge:
            wish = ""  # "能发顺丰不 中通到我们村太慢了": speed wanted, which the paid courier answers; no other noted
        if _SF_ONLY.search(text) and policy.courier_surcharge:  # "别发中通 只要顺丰 差价我补": the paid choice, taken
            return f"{heard.removesuffix('我们')}那就给您发顺丰，{bare(policy.courier_surcharge).removeprefix('想发顺丰的话')}，补好差价我就帮您在订单上备注发顺丰"
        if (WISHED_COURIER.search(text) or _OR_COURIER.search(text)) and (plainly := unoffered(text, policy)):
            wish += f"；{plainly}"  # "莫给我发圆通 …发韵达得行不": one the shop does not use, said plainly
        return f"{heard}{bare(policy.couriers)}{wish}{extra}"
    if avoided and policy.couriers:
        # "别给我发韵达" of one the shop does not use: it is not sent that way, plainly
        extra = f"；{bare(policy.courier_surcharge)}，路上会快一些" if policy.courier_surcharge else ""
        return f"{bare(policy.couriers)}，不会给您发{avoided['name']}的，您放心{extra}"
    wished = (WISHED_COURIER.search(text) or _OR_COURIER.search(text)) if not _SENT_WITH.search(text) else None
    if wished and policy.couriers:
        # "记得给我发圆通哈": one the shop uses is noted as a wish; another is checked with the warehouse
        name = wished["name"].upper() if wished["name"] == "ems" else wished["name"]
        noted = (f"，我帮您备注优先发{name}，不过最终要看仓库当天的安排" if name in policy.couriers
                 else f"，{unoffered(text, policy) or name + '我们暂时发不了哦'}")
        extra = f"；{bare(policy.courier_surcharge)}，路上会快一些" if policy.courier_surcharge else ""
        return f"{bare(policy.couriers)}{noted}{extra}"
    parts = [bare(policy.couriers)] if policy.couriers else []
    if _DOOR_ONLY.search(text) and not any(c in text for c in _COURIER_NAMES):
        # "我们这边有的快递不送上门": a remark the courier sees, beside the faster paid one
        parts.append("下单后我帮您在订单上备注“送货上门”，快递员派件时能看到")
    if policy.courier_surcharge and not (_SENT_WITH.search(text) and "顺丰" not in text):  # "你们到底发的什么快递": no upsell
        parts.append(bare(policy.courier_surcharge))
        if (_FREE_TOO.search(text) or (free_at := free_threshold(policy)) and f"满{free_at}" in text) and "顺丰" in text:  # "我买满99了是不是就不用补了": free postage is the default courier's
            parts.append("满额包邮指的是默认快递，指定顺丰的话差价还是要补的")
    if _SF_NOTED.search(text) and policy.courier_surcharge and not _HOW_TO_PAY_GAP.search(text):
        return "差价收到后我这就在订单上备注发顺丰，仓库打包时会看到哦" if re.search(r"(?:差价|[#\d]+\s*(?:块|元)钱?)[^，,。？?\s]{0,4}(?:补了|已补|补过|付了)|补了(?:差价|[#\d]+\s*(?:块|元))|已经补了", text) else f"发顺丰{bare(policy.courier_surcharge).removeprefix('想发顺丰的话')}，补好差价我就帮您在订单上备注发顺丰"  # "顺便备注发顺丰": the remark, once paid (no "想发顺丰的话": it is wanted)
    if _HOW_TO_PAY_GAP.search(text) and policy.courier_surcharge:
        # "备注发顺丰 差价咋补给你": the surcharge, and how it is paid checked by a time
        return f"{bare(policy.courier_surcharge)}，我先帮您在订单上备注发顺丰；补差价的方式我这就帮您确认好，{values['time.reply']}前发给您"
    return "，".join(parts)


_FREE_TOO = lazy(r"包邮|免运费|不用补|不用加")
_NEEDED_SOON = lazy(r"着急|急用|急着|挺急|很急|赶时间|等着用")


def rush_offer(ctx: Context) -> str:
    """"；着急用的话，补8元差价就可以改发顺丰…" for a customer in a hurry ("刚付完款 今天能发走吗 着急用")
    who names no courier, when the policy offers a faster one at a surcharge; else ""."""
    surcharge = ctx.library.policy.courier_surcharge
    if not surcharge or not _NEEDED_SOON.search(ctx.message) or "顺丰" in ctx.message:
        return ""
    return "；着急用的话，" + re.sub(r"^想?(发[^，,的]+)的话", r"可以\1，", bare(surcharge)) + "，路上会快一些"
