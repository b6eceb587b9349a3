"""What kind of customer is writing, so the draft can take the approach that works with them.

The training material names the types and how to answer them:

- ``bargainer`` 爱砍价: a gift or a coupon instead of a price cut;
- ``indecisive`` 犹豫不决: one clear recommendation, not another list of choices;
- ``detail`` 理性/细节型: numbers and specifications;
- ``hurried`` 赶时间: the shortest answer first.

A script can say which type it is written for (``audience`` in the library); ``drafting`` puts
those scripts first for that type. No I/O.

>>> from csreply.understanding.emotion import NEUTRAL
>>> detect("老顾客了，再送点东西呗", None, NEUTRAL)
'bargainer'
>>> detect("两款都好纠结，你帮我选一个", None, NEUTRAL)
'indecisive'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .normalize import normalize
from ..lazy_pattern import lazy

if TYPE_CHECKING:
    from .emotion import Emotion
    from .match import Match

TYPES: tuple[str, ...] = ("hurried", "bargainer", "indecisive", "detail")  # in order of precedence

_WORDS: dict[str, tuple[str, ...]] = {
    "hurried": (
        "赶时间", "简单说", "直接说", "长话短说", "直接告诉我", "一句话", "别废话", "少废话", "就问",
        "快点回", "快回", "说重点", "能不能直接", "没时间", "着急走", "赶着",
    ),
    "bargainer": (
        "便宜点", "便宜些", "便宜一点", "优惠点", "优惠一点", "少点", "少一点", "抹零", "抹个零", "砍价",
        "讲价", "还价", "最低价", "底价", "送点", "多送", "送个", "包邮吧", "给包邮",
        "打个折", "给个优惠", "友情价", "再少", "让点",
    ),
    "indecisive": (
        "纠结", "犹豫", "选哪个", "选哪款", "不知道选", "不知道买哪", "拿不准", "拿不定", "选不出",
        "帮我选", "帮我挑", "帮我定", "你帮我", "挑花眼", "选择困难", "决定不了", "定不下", "都想要",
        "哪个好", "哪个更好", "不知道怎么选",
    ),
    "detail": (
        "参数", "具体参数", "详细", "具体数据", "数据", "规格", "成分表", "配料表", "含量", "浓度",
        "多少毫升", "多少ml", "多少克", "多少毫安", "功率", "尺寸", "检测报告", "报告", "百分之",
        "精确", "准确", "具体是多少", "型号",
    ),
}
_PATTERNS = {
    kind: re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    for kind, words in _WORDS.items()
}

# "晒个图送点啥不" asks what comes with it; "多送点" and "送个小样吧" ask for more
_ASKING_GIFT = lazy(r"送(?:点|个)(?:啥|什么|东西吗|东西不|礼物吗)")


_TIME_BOUND = re.compile(r"今天|明天|后天|马上|立刻|快|赶|几点|什么时候|啥时候|多久|几天|发|到|急用|等着用|要用|送人|来得及|回复|回我|人呢|在吗|有人|问个事|急问")


def time_bound(text: str) -> bool:
    """Whether an urgent message has a time to beat ("急用 今天能发吗"), not only a worry ("长斑 急死了")."""
    return bool(_TIME_BOUND.search(text))


def detect(message: str, match: Match | None, emotion: Emotion) -> str | None:
    """The customer's type for ``message``, or None when nothing stands out.

    A bargaining message (scenario ``bargain``) is a bargainer; a message in a strong hurry
    (urgency ≥ 0.6) is hurried even without words like "直接说".

    >>> from csreply.understanding.emotion import detect as feel
    >>> detect("急用！！今天能发吗", None, feel("急用！！今天能发吗"))
    'hurried'
    >>> detect("这款精华烟酰胺浓度是多少", None, feel("这款精华烟酰胺浓度是多少"))
    'detail'
    """
    text = normalize(message).text
    found = {kind for kind, pattern in _PATTERNS.items() if pattern.search(_ASKING_GIFT.sub("", text) if kind == "bargainer" else text)}
    if emotion.label == "urgency" and emotion.strength >= 0.6 and time_bound(text):
        found.add("hurried")  # (not "脸上长了好多斑 急死了": anxious, with no time to beat)
    if match is not None and (
        match.scenario == "bargain" or any(i.scenario == "bargain" for i in match.intents)
    ):
        found.add("bargainer")
    return next((kind for kind in TYPES if kind in found), None)
