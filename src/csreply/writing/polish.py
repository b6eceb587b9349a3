"""Smooth the joints of a draft made of several parts: nothing said twice.

A draft that answers two questions, or a script followed by a tip, can repeat itself where the
parts meet: the same sentence or clause twice, "亲" twice, "哦" closing two sentences in a row.
A team lead reads those as glue. :func:`polish` removes the repetitions and keeps everything
else as written (line breaks of an options list included). No I/O.

>>> polish("亲，面霜有货哦～亲，今天能发出哦～今天能发出哦～")
'亲，面霜有货哦～今天能发出～'
"""

from __future__ import annotations

import re

from ..cache import short_text_cache
from ..lazy_pattern import lazy

_SENTENCE = lazy(r"(?:[^。！？!?～~…]|(?<=\d)[～~](?=\d))+[。！？!?～~…]*")  # "2～4天" is one sentence
_CLAUSE = lazy(r"[^，,；;]+[，,；;]?")
_ADDRESS = lazy(r"^(?:亲亲|亲)[，,～~！! ]*")
_LATE_ADDRESS = lazy(r"^([^，,。！？]{0,4}?)的?(?:亲亲|亲)(?=[，,～~！!])")  # "没关系的亲，"
_PARTICLE = lazy(r"(哦|呢|呀|啦)([。！!～~]*)$")
_CORE = lazy(r"[\s，,。！？!?～~…；;：:、]|^(?:亲亲|亲|另外|还有|不过)")
# a clause break right before a sentence end
_DOUBLE_STOP = lazy(r"[，,；;]([。！？!?～~])")
MIN_CLAUSE = 4  # shorter clauses ("好的", "您看") may well come twice


@short_text_cache(maxsize=8192)
def _core(text: str) -> str:
    """What a sentence or clause says, without punctuation, address or particles."""
    return _PARTICLE.sub("", _CORE.sub("", text)).strip()


@short_text_cache(maxsize=4096)  # drafts repeat: the same script parts for many messages
def polish(text: str) -> str:
    """``text`` without a repeated sentence or clause, a second "亲" or a particle twice in a row.

    >>> polish("亲，价格是168元哦。价格是168元哦。您看可以吗？")
    '亲，价格是168元哦。您看可以吗？'
    >>> polish("已经为您备注加急，发出后单号同步给您，发出后单号同步给您。")
    '已经为您备注加急，发出后单号同步给您。'
    >>> polish("您是什么肤质呀？。价格上，面霜是168元。")
    '您是什么肤质呀？价格上，面霜是168元。'
    """
    seen_sentences: set[str] = set()
    seen_clauses: set[str] = set()
    state = {"address": False, "particle": ""}
    lines = [_line(line, seen_sentences, seen_clauses, state) for line in text.split("\n")]
    said = _STOP_AFTER_ASK.sub(r"\1", "\n".join(line for line in lines if line.strip()))
    return _named_once(_MENU_LEAD.sub("。按您说的，", said))  # "…我们这样为您处理：按您说的，直接退款": a choice made, no menu's lead-in


_COUPON_NAMED = lazy(r"满(\d+)减(\d+)的(?:优惠)?券")


def _named_once(text: str) -> str:
    """A coupon named in full once: where a clause names it again, "这张券".

    >>> _named_once("店铺首页可以领满299减20的优惠券；满299减20的券要订单满299元才能用")
    '店铺首页可以领满299减20的优惠券；这张券要订单满299元才能用'
    """
    first = _COUPON_NAMED.search(text)
    if first is None:
        return text
    again = re.compile(r"(?<=[，,；;。！？～])满" + first.group(1) + "减" + first.group(2) + r"的(?:优惠)?券")
    return text[: first.end()] + again.sub("这张券", text[first.end():])


_STOP_AFTER_ASK = lazy(r"([？?！!～])[。，,]")  # "您是什么肤质呀？。价格上": one mark ends it
_MENU_LEAD = lazy(r"[，,；]?(?:确认后)?(?:我们|您看)?这样(?:为您)?处理(?:可以吗)?[：:]按您说的，")


def _line(line: str, seen_sentences: set[str], seen_clauses: set[str], state: dict) -> str:
    out: list[str] = []
    for sentence in _SENTENCE.findall(line):
        core = _core(sentence)
        if core and core in seen_sentences:
            continue
        if core:
            seen_sentences.add(core)
        sentence = _clauses(sentence, seen_clauses)
        if not sentence.strip("，,；; "):
            continue
        sentence = _address(sentence, state)
        sentence = _particle(sentence, state)
        if sentence:
            out.append(sentence)
    return _DOUBLE_STOP.sub(r"\1", "".join(out))


def _clauses(sentence: str, seen: set[str]) -> str:
    """``sentence`` without clauses said before in the draft (short ones may repeat)."""
    kept: list[str] = []
    for clause in _CLAUSE.findall(sentence):
        core = _core(clause)
        # "您说的面霜加洗面奶，已经满199元" after "面霜加洗面奶一共247元": the items are said already
        if len(core) >= MIN_CLAUSE and (core in seen or core.removeprefix("您说的") in seen):
            continue
        if len(core) >= MIN_CLAUSE:
            seen.add(core)
            if "一共" in core:
                seen.add(core.split("一共")[0])
        kept.append(clause)
    result = "".join(kept)
    if kept and result[-1] in "，,；;" and sentence[-1] not in "，,；;":
        result = result[:-1] + sentence[-1]  # the sentence's own end survives a dropped last clause
    return result


def _address(sentence: str, state: dict) -> str:
    """Only the first "亲" of a draft addresses the customer; later ones are glue."""
    if _ADDRESS.match(sentence):
        if state["address"]:
            return _ADDRESS.sub("", sentence)
        state["address"] = True
    elif state["address"] and _LATE_ADDRESS.match(sentence):
        return _LATE_ADDRESS.sub(r"\1", sentence, count=1)
    elif "亲" in sentence[:4]:
        state["address"] = True
    return sentence


def _particle(sentence: str, state: dict) -> str:
    """The same closing particle on two sentences in a row keeps only the first."""
    m = _PARTICLE.search(sentence)
    if not m:
        state["particle"] = ""
        return sentence
    if m.group(1) == state["particle"]:
        state["particle"] = ""
        return sentence[: m.start()] + (m.group(2) or "。")
    state["particle"] = m.group(1)
    return sentence
