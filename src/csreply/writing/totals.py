"""What the items a message names add up to, against the shop's gift threshold ("我拍个面霜加个
洗面奶够满了吧"). No I/O.
"""

from __future__ import annotations

import re

from ..library.model import Policy, Product

_REACHED = re.compile(r"够|满了|满没满|凑|算满|达到|到没到")
_QUANTITY = re.compile(r"([两二三四五六2-9])(?:瓶|支|盒|个|件|罐|套|袋|只)")


def reaches_gift(text: str, products: list[Product], policy: Policy) -> str:
    """Whether the items a message names reach the gift rule's threshold ("我拍个面霜加个洗面奶
    够满了吧"): the sum, and what it gets; "" when not asked, or a price or the threshold is unknown.

    >>> reaches_gift("面霜加洗面奶够满了吧", [Product("c", "面霜", price=168), Product("w", "洗面奶", price=79)],
    ...              Policy(gifts="满199元送面膜1片"))
    '您说的面霜（168元）加洗面奶（79元），一共247元，已经满199元了，可以送的'
    """
    rule = re.search(r"满(\d+)", policy.gifts or "")
    if rule is None or not products or not _REACHED.search(text) or any(p.price is None for p in products):
        return ""
    threshold = int(rule.group(1))
    if len(products) == 1:
        q = _QUANTITY.search(text)
        n = int({"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}.get(q.group(1), q.group(1))) if q else 1
        total = products[0].price * n
        said = f"{products[0].name}{n}件一共{total:g}元" if n > 1 else f"{products[0].name}（{total:g}元）"
    else:
        total = sum(p.price for p in products)
        said = "加".join(f"{p.name}（{p.price:g}元）" for p in products) + f"，一共{total:g}元"
    if total >= threshold:
        return f"您说的{said}，已经满{threshold}元了，可以送的"
    return f"您说的{said}，还差{threshold - total:g}元满{threshold}元"
