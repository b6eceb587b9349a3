"""One piece of a pack gone bad ("面膜收到有一片袋子是破的"): the rest of the pack is fine, so the
draft speaks of that piece, not of the whole item ("这件先别再用了", "补发新的"). No I/O.

>>> one_piece("面膜有一片漏了", "为了安全，这件先别再用了，麻烦您拍张照片给我留个记录；A. 补发新的：明天前发出")
'漏了的那片先别再用了，其他完好的照常用就行；麻烦您拍张照片给我留个记录；A. 补发一片新的：明天前发出'
"""

from __future__ import annotations

import re

from ..lazy_pattern import lazy

# "有一片袋子是破的", "其中一袋漏液了" (not "一片装", nor "每一片都", nor two or more)
_ONE_PIECE = lazy(r"(?:有|其中|里面有|里头有|就)(?:一|1)(片|袋|包|小包|小袋|支|瓶)(?!装|都)")
_HOW = lazy(r"破|漏|干|坏|裂|变质|发霉|臭|味")


def one_piece(message: str, draft: str) -> str:
    """``draft`` with the stop-use advice and the remedies said of the one piece ``message`` names."""
    piece = _ONE_PIECE.search(message)
    if piece is None or re.search(r"(?:全|都|每一?[片袋包支瓶])(?:是|都)?(?:破|漏|坏)", message):
        return draft
    unit = piece.group(1)[-1]
    how = _HOW.search(message[piece.end():])
    said = {"干": "干了", "破": "破了", "漏": "漏了", "裂": "裂了"}.get(how.group(0), "有问题") if how else "有问题"
    draft = draft.replace("为了安全，这件先别再用了，", f"{said}的那{unit}先别再用了，其他完好的照常用就行；", 1)
    return draft.replace("补发新的：", f"补发一{unit}新的：", 1).replace("直接退款：", f"退这一{unit}的钱：", 1)
