"""The catalogue item a message points at without naming it: asked in pieces ("一盒几片啊"), by a
verb only one kind takes ("敷多久"), by its size, its price, or its kind's last character said alone
("那个绿的霜"). No I/O.
"""

from __future__ import annotations

import re

from ..library.loading import Library
from ..library.model import Product
from ..lazy_pattern import lazy


def implied_item(library: Library, message: str) -> list[Product]:
    """The one catalogue item a message naming none still points at, else []: asked in pieces
    ("一盒几片啊", where only the mask comes in 片), by a verb only one kind takes ("敷多久啊": the
    mask), or by its size ("50g的那个早晚用能用多久").

    >>> from csreply.library import Library
    >>> from pathlib import Path
    >>> lib = Library.load([Path("examples/shop")], user=False, env=False)
    >>> [p.id for p in implied_item(lib, "一盒几片啊")], [p.id for p in implied_item(lib, "敷多久啊 敷完要洗脸吗")]
    (['mask-5'], ['mask-5'])
    >>> [p.id for p in implied_item(lib, "50g的那个早晚用能用多久")], implied_item(lib, "多少钱")
    (['cream-50'], [])
    """
    products = list(library.products.values())
    if _PIECES_ASKED.search(message):
        found = [p for p in products if "片" in p.spec]
    elif _MASK_VERB.search(message):
        found = [p for p in products if "面膜" in p.category + p.name]
    elif (size := _SIZE_SAID.search(message)) and _USE_ASKED.search(message):  # not "168就这么一小瓶50g 不太值"
        said = size.group(1) + size.group(2).lower().replace("克", "g").replace("毫升", "ml")
        found = [p for p in products if said in (p.spec + p.name).lower().replace(" ", "")]
    elif price := _ONE_AT.search(message):  # "就买一支79的还要运费": the item at that price
        found = [p for p in products if p.price is not None and p.price == float(price.group(1))]
    else:  # "那个绿的霜敏感肌能用不": the one item whose kind ends in 霜
        found = head_named(library, message)
    return found if len(found) == 1 else []


_PIECES_ASKED = lazy(r"几片|多少片|好多片|[一每]片")
_MASK_VERB = lazy(r"敷")
_USE_ASKED = lazy(r"多久|能用|够用|够不够|怎么用|几次|[吗呢？?]")
_ONE_AT = lazy(r"[一1][支瓶盒罐个件]\s*(\d{2,4})(?:元|块)?的")
_SIZE_SAID = lazy(r"(\d+)\s*(g|ml|克|毫升)", re.I)
_OTHERS_HEAD = lazy(r"(?:别家|别人家|别的|其他|其它|之前|以前|上次|用过)[^，,。？?！!\s]{0,4}$")
_HEAD_SAID = lazy(r"(?:那个|这个|那|这|的|款|瓶|罐)(霜|膜)(?![\u4e00-\u9fff]{0,1}(?:冻|降|期|布))")  # the kind's last character said alone


def head_named(library: Library, message: str) -> list[Product]:
    """The one item whose kind's last character the message says alone ("那个绿的霜": the cream; not "别家的霜").

    >>> from csreply.library import Library
    >>> from pathlib import Path
    >>> [p.id for p in head_named(Library.load([Path("examples/shop")], user=False, env=False), "那个绿的霜敏感肌能用不")]
    ['cream-50']
    """
    head = _HEAD_SAID.search(message)
    if head is None or _OTHERS_HEAD.search(message, 0, head.start()):
        return []
    found = [p for p in library.products.values() if len(p.category) >= 2 and p.category.endswith(head.group(1))]
    return found if len(found) == 1 else []
