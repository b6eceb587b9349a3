"""Which courier a parcel goes with, as the customer asks it: the shop's couriers, one avoided
("别给我发中通") or wished for ("记得给我发圆通") noted as a wish, the paid faster one (顺丰) noted
once paid, and how its surcharge is paid. From the policy only; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..library.model import Policy
from ..lazy_pattern import lazy
from .fact_topics import bare

_HOW_TO_PAY_GAP = lazy(r"(?:差价|运费|邮费)[^，,。？?\s]{0,4}(?:咋补|怎么补|补给你|怎么付|咋付|怎么给)")
_SF_NOTED = lazy(r"备注[^，,。？?\s]{0,3}顺丰|改发顺丰|换成顺丰|(?:给我|帮我|一定|务必)发个?顺丰")
_SENT_WITH = lazy(r"发的(?:是)?(?:啥|什么|哪家)快递")  # the courier of a parcel already sent
_COURIER_NAMES = ("顺丰", "京东", "中通", "圆通", "韵达", "申通", "极兔", "邮政", "EMS", "德邦", "百世")
# "记得给我发圆通哈", "得行不发邮政": a courier other than 顺丰 asked for (顺丰 is the paid choice)
WISHED_COURIER = lazy(r"(?<![别不要莫])(?<!千万别)(?:发|用|走)(?P<name>中通|圆通|韵达|申通|极兔|邮政|EMS|ems|京东|德邦|百世)(?!还是|或)")
_AVOIDED = lazy(r"(?:别|不要|不想|莫|千万别|能不能别|可以不)再?(?:给我)?(?:发|用|走)(?P<name>" + "|".join(_COURIER_NAMES) + ")")


def courier_answer(text: str, policy: Policy, values: Mapping[str, str]) -> str:
    """The courier answer to ``text`` from ``policy`` (``values`` gives the reply time of a check)."""
    avoided = _AVOIDED.search(text)
    if avoided and policy.couriers and avoided["name"] in policy.couriers:
        # "别给我发圆通": the other couriers the shop uses, noted as a wish, plus the paid choice
        others = [c for c in _COURIER_NAMES if c in policy.couriers and c != avoided["name"]]
        wish = f"，我帮您备注尽量发{'或'.join(others)}、不发{avoided['name']}，不过最终要看仓库当天的安排" if others else ""
        extra = f"；{bare(policy.courier_surcharge)}，路上会快一些" if policy.courier_surcharge else ""
        other = next((m["name"] for m in WISHED_COURIER.finditer(text) if m["name"] not in policy.couriers), None)
        if other:  # "莫给我发圆通 …发韵达得行不": one the shop does not use, checked with the warehouse
            wish += f"；{other}能不能发我跟仓库确认一下，{values['time.reply']}前告诉您"
        return f"{bare(policy.couriers)}{wish}{extra}"
    if avoided and policy.couriers:
        # "别给我发韵达" of one the shop does not use: it is not sent that way, plainly
        extra = f"；{bare(policy.courier_surcharge)}，路上会快一些" if policy.courier_surcharge else ""
        return f"{bare(policy.couriers)}，不会给您发{avoided['name']}的，您放心{extra}"
    wished = WISHED_COURIER.search(text) if not _SENT_WITH.search(text) else None
    if wished and policy.couriers:
        # "记得给我发圆通哈": one the shop uses is noted as a wish; another is checked with the warehouse
        name = wished["name"].upper() if wished["name"] == "ems" else wished["name"]
        noted = (f"，我帮您备注优先发{name}，不过最终要看仓库当天的安排" if name in policy.couriers
                 else f"，{name}能不能发我这就跟仓库确认一下，{values['time.reply']}前告诉您")
        extra = f"；{bare(policy.courier_surcharge)}，路上会快一些" if policy.courier_surcharge else ""
        return f"{bare(policy.couriers)}{noted}{extra}"
    parts = [bare(policy.couriers)] if policy.couriers else []
    if policy.courier_surcharge and not (_SENT_WITH.search(text) and "顺丰" not in text):  # "你们到底发的什么快递": no upsell
        parts.append(bare(policy.courier_surcharge))
    if _SF_NOTED.search(text) and policy.courier_surcharge and not _HOW_TO_PAY_GAP.search(text):
        return "差价收到后我这就在订单上备注发顺丰，仓库打包时会看到哦" if re.search(r"差价[^，,。？?\s]{0,4}(?:补了|已补|补过|付了)|补了差价", text) else f"{bare(policy.courier_surcharge)}，补好差价我就帮您在订单上备注发顺丰"  # "顺便备注发顺丰": the remark, once paid
    if _HOW_TO_PAY_GAP.search(text) and policy.courier_surcharge:
        # "备注发顺丰 差价咋补给你": the surcharge, and how it is paid checked by a time
        return f"{bare(policy.courier_surcharge)}，我先帮您在订单上备注发顺丰；补差价的方式我这就帮您确认好，{values['time.reply']}前发给您"
    return "，".join(parts)
