"""What the words of a message say before any model: where its questions split, whether it asks
something, and whether it is a bare acknowledgement that needs no reply.

The matcher uses these around the model's scores (:mod:`csreply.understanding.matcher`). No I/O.
"""

from __future__ import annotations

import re
from ..lazy_pattern import lazy

# Customers often chain questions without punctuation ("能便宜点吗今天能发货吗"): a question
# particle followed by more words ends a clause. 么 inside 什么/怎么/那么/这么/多么 does not.
_QUESTION_END = lazy(r"(?<=吗|嘛|呢|吧)(?=.{3,})|(?<=(?<![什怎那这多要])么)(?=.{3,})")


def split_questions(clauses: tuple[str, ...]) -> list[str]:
    """Clauses of a message, further split after question particles.

    >>> split_questions(("能便宜点吗今天能发货吗",))
    ['能便宜点吗', '今天能发货吗']
    >>> split_questions(("什么时候发货",))
    ['什么时候发货']
    """
    parts: list[str] = []
    for clause in clauses:
        parts += [p for p in _QUESTION_END.split(clause) if p]
    return parts


# a message that asks or requests something (a catalogue question needs one)
ASKING = lazy(r"[吗呢嘛么?？]|什么|怎么|怎样|如何|多少|几|哪|啥|介绍|说说|讲讲|推荐|能否|可否|区别")
# a clause that only sets a condition ("来不及的话我就不买了"), not a question of its own
CONDITION = lazy(r"的话|不然|否则|要不")


def asks(clause: str) -> bool:
    """Whether ``clause`` asks something, an A-not-A question included ("能不能3号前送到").

    >>> asks("现在拍能不能3号前送到上海啊"), asks("来不及的话我就不买了")
    (True, False)
    """
    from .features import question_form

    return bool(ASKING.search(question_form(clause)))


_PARCEL_ARRIVAL = ("logistics", "delivery_eta", "not_shipped")
_MONEY = ("refund",)
_PARCEL_WORD = lazy(r"快递|包裹|货|物流|单|件|寄|发|派送|驿站|签收|揽收|转运|运输|面霜|精华|面膜|洁面")


def money_not_parcel(clause: str, scenario: str, earlier: list) -> bool:
    """Whether ``clause``, filed under a parcel's arrival, only says that the money an earlier
    clause asked about has not come ("退款到底啥时候到 都周二了还没到"): it names no parcel.

    >>> money_not_parcel("都周二了还没到", "logistics", ["refund"])
    True
    >>> money_not_parcel("快递也还没到", "logistics", ["refund"]), money_not_parcel("还没到", "logistics", [])
    (False, False)
    """
    return (
        scenario in _PARCEL_ARRIVAL
        and any(getattr(e, "scenario", e) in _MONEY for e in earlier)
        and not _PARCEL_WORD.search(clause)
    )


# A message made only of these (after normalisation) needs no reply: 好的、嗯嗯、ok、收到…
_ACK = lazy(
    r"^(?:好的?|好滴|好嘞|好哒|好吧|好呀|好啊|嗯+|恩+|en+|哦+|噢+|喔+|o+|ok|okay|k|行|可以|收到|知道了|知道|了解|"
    r"明白|懂了|是的|对的?|没问题|没事|谢谢|谢了|多谢|thx|thanks|哈+|呵+|嘿+|1|2|3|[+＋]1|"
    r"了|啦|呀|的|吧|哈|呢)+$"
)
_BARE = lazy(r"^[\d#.]*$")  # bare numbers (a quantity, an option "1"), emoji-only (empty)


def needs_no_reply(normalized_text: str) -> bool:
    """Whether a normalised message is a bare acknowledgement, number or emoji.

    >>> [needs_no_reply(t) for t in ("好的", "嗯嗯", "ok", "2", "", "好的谢谢", "好的发顺丰")]
    [True, True, True, True, True, True, False]
    """
    return bool(_BARE.match(normalized_text) or _ACK.match(normalized_text))
