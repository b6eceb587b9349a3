"""The daily order of a routine's kinds of item (cleansing, serum, cream …), and where one item goes
in it: after cleansing, an item whose own usage puts it first ("洁面后先用") comes first. No I/O.
"""

from __future__ import annotations

import re

from ..library.model import Product

STEPS = ("洁面", "面膜", "爽肤水", "化妆水", "精华", "乳液", "面霜", "防晒")


def step_of(product: Product) -> int:
    """Where an item goes in the daily order: cleansing first, then an item whose own usage puts it
    first after cleansing, then by :data:`STEPS`; kinds not in it last.

    >>> mask = Product("m", "面膜", category="面膜", usage="洁面后敷15分钟")
    >>> serum = Product("s", "精华", category="精华", usage="洁面后先用，每次两三滴")
    >>> [p.category for p in sorted((mask, serum), key=step_of)]
    ['精华', '面膜']
    """
    if product.category == "洁面":
        return -2
    if re.search("洁面后(?:先用|第一步)", product.usage or ""):
        return -1
    return STEPS.index(product.category) if product.category in STEPS else len(STEPS)
