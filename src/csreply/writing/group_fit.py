"""Which of the shop's items a group may use: "怀孕了 你们家哪些能用哪些不能用".

A customer in a group a wrong guess could harm (孕妇, 哺乳期, a child) asking about the whole
range gets every item sorted by what its own facts say: written as suitable for the group,
written as not for it, and the rest, whose facts say nothing of the group, checked rather than
guessed either way. No I/O.
"""

from __future__ import annotations

from ..library.model import Product
from ..lazy_pattern import lazy

# the range asked about as a whole, not one item
WHICH = lazy(r"哪些(?:能|可以|不能|不可以)|哪些是?(?:能|可以)用|哪几[样款个](?:能|可以|不能)|什么(?:能|可以)用什么不能|(?:能|可以)用哪些|哪[样款个]能用")


def sorted_for(catalogue: list[Product], who: str) -> str:
    """The items ``who`` may use, may not use, and the ones to check; "" without a catalogue.

    >>> a = Product("c", "修护面霜", category="面霜", suitable_for="干皮")
    >>> b = Product("s", "焕亮精华", category="精华", not_for="孕妇、哺乳期")
    >>> d = Product("w", "温和洁面", category="洁面", suitable_for="所有肤质，孕妇都可以用")
    >>> sorted_for([a, b, d], "孕妇")
    '孕妇可以用的是温和洁面；焕亮精华孕妇不建议用；修护面霜的说明里没写孕妇能不能用，我这就帮您核实一下，确认后马上告诉您'
    """
    key = who[:2]
    yes = [p.name for p in catalogue if key in p.suitable_for and key not in p.not_for]
    no = [p.name for p in catalogue if key in p.not_for]
    unknown = [p.name for p in catalogue if p.name not in yes and p.name not in no]
    parts = []
    if yes:
        parts.append(f"{who}可以用的是{'、'.join(yes)}")
    if no:
        parts.append(f"{'、'.join(no)}{who}不建议用")
    if unknown:
        parts.append(f"{'、'.join(unknown)}的说明里没写{who}能不能用，我这就帮您核实一下，确认后马上告诉您")
    return "；".join(parts)
