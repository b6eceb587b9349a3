"""Proactive tips (做多一步): one line per draft, at most, that answers the next question.

A shop lists its tips in the library (``[[tips]]``): the invoice, split shipments, tracking,
the return window, and optional seasonal or time-of-day care lines. For each draft the first
tip that fits is chosen: tips for the draft's scenario first, then care lines, in library order;
a tip is skipped when the draft already says one of its ``unless`` words. No I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from ..library.model import Tip


def applies(tip: Tip, now: datetime) -> bool:
    """Whether ``tip``'s month and clock window hold at ``now`` (the shop's local time).

    >>> from datetime import time
    >>> night = Tip("night", "夜深了，早点休息哦～", after=time(22, 0), before=time(6, 0))
    >>> applies(night, datetime(2026, 11, 23, 23, 30)), applies(night, datetime(2026, 11, 23, 12, 0))
    (True, False)
    """
    if tip.months and now.month not in tip.months:
        return False
    clock = now.time().replace(tzinfo=None)
    after, before = tip.after, tip.before
    if after is not None and before is not None:
        if after <= before:
            return after <= clock < before
        return clock >= after or clock < before  # the window wraps around midnight
    if after is not None:
        return clock >= after
    if before is not None:
        return clock < before
    return True


def choose(
    tips: Iterable[Tip],
    scenarios: Iterable[str],
    text: str,
    now: datetime,
    *,
    care: bool = True,
    message: str = "",
) -> Tip | None:
    """The tip for a draft answering ``scenarios`` whose text is ``text``, or None.

    ``care=False`` leaves out seasonal and time-of-day care lines (e.g. for an angry customer).
    A tip with ``when`` words only applies when the customer's ``message`` says one of them.

    >>> tracking = Tip("tracking", "发出后单号会同步到订单里哦。", scenarios=("dispatch_time",), unless=("单号",))
    >>> choose([tracking], ["dispatch_time"], "预计今天发出～", datetime(2026, 11, 23, 10, 0)).id
    'tracking'
    >>> choose([tracking], ["dispatch_time"], "发出后单号会同步～", datetime(2026, 11, 23, 10, 0)) is None
    True
    """
    wanted = set(scenarios)
    tips = list(tips)
    ordered = [t for t in tips if wanted.intersection(t.scenarios)]
    if care:
        ordered += [t for t in tips if t.care]
    for tip in ordered:
        if any(word in text for word in tip.unless):
            continue
        if tip.when and not any(word in message for word in tip.when):
            continue
        if applies(tip, now):
            return tip
    return None
