"""Sets of items picked for one customer: one per category, within a budget or up to a sum to reach.
No I/O.
"""

from __future__ import annotations

from ..library.model import Product
from ..lazy_pattern import lazy


# a sum the set must reach ("想凑够199拿赠品"): the gift's or the coupon's line
REACH = lazy(r"(?:凑到|凑够|凑满|凑个|够|满)(\d{2,4})(?=[^，,。？?\s]{0,6}(?:送|赠|券|包邮|拿))")


def set_reaching(picks: list[Product], target: float) -> list[Product]:
    """Items in ``picks``' order, one per category, until the sum reaches ``target`` (the gift's line)."""
    chosen: list[Product] = []
    for p in picks:
        if p.price is not None and sum(q.price for q in chosen) < target and _new_kind(p, chosen):
            chosen.append(p)
    return chosen if sum(q.price for q in chosen) >= target else []


def set_within(picks: list[Product], budget: float, most: int, pair: bool = False) -> list[Product]:
    """Items in ``picks``' order, one per category, while the sum stays within ``budget``."""
    chosen: list[Product] = []
    for p in picks:
        if len(chosen) == most or p.price is None:
            continue
        if not _new_kind(p, chosen):
            continue
        if sum(q.price for q in chosen) + p.price <= budget:
            chosen.append(p)
    if pair and len(chosen) < 2 <= most:  # a set asked, the first pick takes the whole budget: the first pair within it
        priced = [p for p in picks if p.price is not None]
        pairs = ([a, b] for i, a in enumerate(priced) for b in priced[i + 1 :] if (a.category or a.name) != (b.category or b.name))
        return next((pair for pair in pairs if pair[0].price + pair[1].price <= budget), chosen)
    return chosen


def _new_kind(p: Product, chosen: list[Product]) -> bool:
    """Whether none of ``chosen`` is of ``p``'s category (one item per category in a set)."""
    return all((q.category or q.name) != (p.category or p.name) for q in chosen)
