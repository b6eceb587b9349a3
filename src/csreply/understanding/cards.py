"""A pasted order card ("订单编号：… 商品：… 实付：199.00 付款时间：…"): its fields, which are no
questions, and whether a message is such a card and nothing else. No I/O.
"""

from __future__ import annotations

import re

from ..lazy_pattern import lazy

# the labels of a pasted order ("收货地址：北京市…", "实付：199.00"): its fields, not questions
LABELS = "订单号|订单编号|商品|商品名称|实付|实付款|数量|收货地址|收货人|联系电话|手机号|下单时间|付款时间|成交时间"
ORDER_FIELD = lazy(f"(?:{LABELS})")
# … and such a field with its value (a value runs on over a space only into a number: "30ml ×1", "09:41")
CARD_FIELD = lazy(r"【订单信息】|(?:店铺|订单金额|" + LABELS + r")(?:[：:]\s*|\s*(?=[¥￥\d]))[^\s/|;；]*(?:\s(?=[\d×xX*])[^\s/|;；]+)*")  # ("订单号 4128… 实付¥199": no colon)


def order_card_only(message: str) -> bool:
    """Whether ``message`` is a pasted order card and nothing else ("订单编号：… 实付款：¥347.00 付款时间：…").

    >>> order_card_only("订单编号：4402 商品：面霜 50g ×1 实付款：¥168.00 付款时间：2026-11-24 09:30"), order_card_only("订单号：4402 实付：168 这个咋还没发")
    (True, False)
    """
    asked, fields = CARD_FIELD.subn(" ", message)
    return fields >= 2 and len(re.findall(r"[\u4e00-\u9fff]", asked)) < 4
