"""Whether the goods are genuine, as the customer asks it: the shop's word, the item's tests
when its evidence has them, and goods in hand that seem different checked from a photo. No I/O.
"""

from __future__ import annotations

import re
from typing import Mapping

from ..library.model import Product
from ..lazy_pattern import lazy

_DISTRUST = lazy(r"卖假|是不是假|是假货|是假的|不会是假|高仿|不给.{0,2}说法|找平台|投诉|举报|12315|打假")
_TESTED = lazy(r"检测|测试|认证|备案|报告")
_RECEIVED = lazy(r"收到|买到的|到货|到手|寄来的?|(?:用着|跟我?以前|跟我?上次|和我?以前|和我?上次|闻的|用的|擦的|抹的|包装)[^，,。？?\s]{0,6}不一样|不对劲")  # "跟我在专柜闻的都不一样": goods in hand


def genuine(text: str, product: Product | None, values: Mapping[str, str], *, bought: bool = False,
            catalogue: tuple[Product, ...] = ()) -> str:
    """Whether the goods are genuine: the shop says so, with the item's tests when its evidence has
    them, and goods in hand that seem different are checked from a photo. After a problem
    (``bought``), only the word and that it will be looked into: the remedy is said already.

    >>> genuine("是正品吗", Product("c", "面霜", evidence="这款做过第三方机构的斑贴测试，评价里回购的很多"), {"shop.name": "青禾店", "shop.platform": "天猫"})
    '您放心，我们是天猫上的青禾店，店里的商品都是正品；面霜做过第三方机构的斑贴测试'
    >>> genuine("是正品吗", None, {"shop.name": "本店", "shop.platform": "淘宝"})
    '您放心，我们店里的商品都是正品'
    """
    name, where = values.get("shop.name", ""), values.get("shop.platform", "")
    said = f"您放心，我们是{where}上的{name}，店里的商品都是正品" if name and name != "本店" and where else "您放心，我们店里的商品都是正品"
    if bought:
        why = "这次的东西为什么跟以前不一样" if "不一样" in text else "这件东西的情况"
        return f"{said.removeprefix('您放心，')}；{why}，我们一定查清楚，给您一个交代"  # (no second "您放心" after the remedy)
    tested = next((c for c in re.split("[，,；;。]", product.evidence) if _TESTED.search(c)), "") if product else ""
    if product is not None and tested and not _RECEIVED.search(text):  # (goods in hand are checked, not vouched for by a test)
        said += f"；{product.name}{tested.removeprefix('这款')}"
    elif product is None and _TESTED.search(text):  # "有没有检测报告": the tests each item's facts name
        tests = [f"{p.category or p.name}{t.removeprefix('这款')}" for p in catalogue
                 for t in [next((c for c in re.split("[，,；;。]", p.evidence) if _TESTED.search(c)), "")] if t]
        if tests:
            said += "；" + "，".join(tests) + f"，具体的报告能不能发您，我跟品牌确认一下，{values.get('time.reply', '稍后')}前告诉您"
    if _RECEIVED.search(text) and "time.reply" in values:
        what = "包装正反面和瓶底的批号" if "包装" in text else "收到的东西哪里不一样，连同瓶底的批号"
        said += f"；麻烦您拍一下{what}发我，我核实后{values['time.reply']}前给您答复"
    if _DISTRUST.search(text) and _RECEIVED.search(text):  # "是不是卖假货 不给说法我就找平台": the worry taken seriously first
        said = "让您有这样的担心，真的很抱歉。" + said.replace("给您答复", "给您一个明确的说法")
    return said
