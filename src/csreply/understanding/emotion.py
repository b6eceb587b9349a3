"""How the customer feels: anger, urgency or anxiety, and how strongly.

The training material asks for empathy before anything else and a slower, reassuring tone with
an upset customer. This module only reads the message: weighted words (searched longest first
in the normalised, Simplified text, so "不着急" is not "着急"), threats of a bad review or a
complaint (always anger), and runs of ！ or ？ in the raw text, which make whatever is felt
stronger. ``drafting`` decides what to do with the result. No I/O.

>>> detect("快递三天没动了！！再不处理我就给差评").label
'anger'
>>> detect("明天就要用，能今天发吗").label
'urgency'
>>> detect("能便宜点吗")
Emotion(label='neutral', strength=0.0)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..cache import short_text_cache
from .normalize import normalize
from ..lazy_pattern import lazy

LABELS: tuple[str, ...] = ("anger", "urgency", "anxiety")
THRESHOLD = 0.4  # below this strength a message reads as neutral
_SCALE = 2.5  # a word weight sum of this gives strength 0.63

# word -> (label, weight); label None means "not a feeling" and only hides shorter words in it
_WORDS: dict[str, tuple[str | None, float]] = {}


def _add(label: str | None, weight: float, words: str) -> None:
    for word in words.split():
        _WORDS[word] = (label, weight)


# threats of a bad review or a complaint: anger whatever else is said
_add("anger", 3.0, "差评 给差评 打差评 差评了 等着差评 直接差评 中评 投诉 举报 12315 介入 曝光 消协 "
     "工商 维权 找平台 报警 起诉 律师 退一赔三 找你们老板 找你们领导 找小二 找天猫小二 找淘宝小二 小二介入 找官方 官方介入")
_add("anger", 2.5, "气死 气人 生气 火大 骗子 黑店 奸商 垃圾 破店 坑人 太坑 太过分 过分 什么态度 歧视 区别对待 不公平 "
     "搞什么 什么玩意 有病 恶心 无语 离谱 凭什么 受不了 忍不了 欺负 糊弄 敷衍 太差 没人管 不管不问 "
     "什么意思 耍我 耍人 当我傻 玩我呢 玩我吧 逗我呢 当我好骗 割韭菜 杀熟 坑老客户 忽悠人")
_add("anger", 1.5, "怎么回事 搞什么鬼 还不给 一直不 再不 说好的 你们是不是 是不是忘了 管不管 呵呵 效率真高 服了")
_add("anger", 1.0, "到底")
_add("urgency", 2.5, "急死 十万火急 急用 很急 着急 急着 赶紧 来不及 赶时间 等着用 马上要用 今天就要 "
     "明天就要 明天要用 后天要用 立刻 要得急 挺急")
_add("urgency", 1.5, "快点 快一点 尽快 马上 早点 催一下 催催 急")
_add("anxiety", 2.5, "担心 害怕 好怕 不放心 心慌 慌了 焦虑 睡不着 是不是丢了 会不会丢 丢了吗 被骗 "
     "不会是假 心里没底 没底")
_add("anxiety", 1.5, "万一 怎么办 咋办 怕 靠谱吗 不会吧 有没有问题 有差评 看到差评 差评说 差评里")
_add("anxiety", 0.8, "会不会")
# calm words that contain a feeling word
_add(None, 0.0, "不急 不着急 不用急 不用着急 别着急 不赶时间 不担心 不用担心 别担心 不怕 不生气 没生气 "
     "急救 急性")
# a worry about waste before buying ("怕用不完浪费") is a question of size and shelf life, not anxiety
_add(None, 0.0, "怕用不完 怕浪费 怕放坏 怕过期 怕放过期 怕开了用不完")
# a promise to buy at once ("便宜点我马上拍") is a buying signal, not a hurry
_add(None, 0.0, "马上拍 马上下单 马上付款 马上买 马上就拍 马上就下单 马上就买 立刻拍 立刻下单 立刻买 立马拍 立马下单 "
     "马上去评 马上去写 马上评 马上去好评 马上给好评 马上就评 马上晒 马上去晒 马上改 马上去改")  # … or to review
# "爽快点" / "痛快点" while bargaining asks for a yes to the price, not for speed
_add(None, 0.0, "爽快点 痛快点 爽快一点 痛快一点")
# "哪个淡印快点", "我想快点补回来": which works faster, not a customer in a hurry
_add(None, 0.0, "印快点 得快点 效果快点 见效快点 淡印快 变白快点 吸收快点 快点补回来 快点好起来 快点恢复 快点变白 快点见效")
# a middling review already given by mistake ("手滑给了个中评，能改吗") is a request, not a threat
_add(None, 0.0, "给了个中评 给了中评 点了中评 打了中评 点成中评 点成了中评 评成中评")
# "马上双十一了": a date soon, not a customer in a hurry
_add(None, 0.0, "马上双十一 马上双11 马上双十二 马上双12 马上618 马上过年 马上元旦 马上就双十一 马上到双十一 "
     "马上生日 马上他生日 马上她生日 马上我生日 马上就生日 马上过生日 马上圣诞 马上情人节 马上七夕 马上母亲节 马上春节 马上开学 马上放假")

_PATTERN = lazy("|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)))
_MARK_RUN = lazy(r"[!！?？]{2,}")
_QUESTION_RUN = lazy(r"[?？]{2,}")


@dataclass(frozen=True)
class Emotion:
    """What the message shows: ``label`` (anger, urgency, anxiety or neutral), ``strength`` 0..1."""

    label: str
    strength: float

    @property
    def felt(self) -> bool:
        """Whether drafts should answer the feeling (not neutral)."""
        return self.label != "neutral"

    def to_dict(self) -> dict[str, object]:
        return {"label": self.label, "strength": self.strength}


NEUTRAL = Emotion("neutral", 0.0)


_AMENDS_REVIEW = lazy(r"改成好评|改好评|改评价|修改评价|改一下评价|[差中]评(?:能|可以|怎么|咋|要怎么)改|手滑|手快|点错|点了个|(?:给了个?|给过|打了个?|留了个?)[差中]评.{0,20}(?:解决了|处理好了|处理得挺好|挺满意|怎么改|咋改|能改|可以改|想改|追评)")
_NOT_A_HURRY = lazy(r"救急|急救")
# … the whole clause that tells of the review: "一着急给了个差评" is past, and "手快点了个中评" is no "快点"
_REVIEW_WORDS = lazy(r"[^，,。！!？?\s]*(?:差评|中评|手快|手滑)[^，,。！!？?\s]*")


@short_text_cache(maxsize=4096)
def detect(message: str) -> Emotion:
    """The strongest feeling in ``message``, or :data:`NEUTRAL` below :data:`THRESHOLD`.

    >>> detect("东西还没到，是不是丢了啊，好担心").label
    'anxiety'
    >>> detect("不着急，慢慢发就行")
    Emotion(label='neutral', strength=0.0)
    """
    scores = dict.fromkeys(LABELS, 0.0)
    text = _NOT_A_HURRY.sub("", normalize(message).text)  # "救急的面霜": an item's use, not a hurry
    if _AMENDS_REVIEW.search(text):
        text = _REVIEW_WORDS.sub("", text)  # "手快点了个中评 怎么改成好评": a review to amend, not a threat
    for found in _PATTERN.finditer(text):
        label, weight = _WORDS[found.group(0)]
        if label is not None:
            scores[label] += weight
    runs = _MARK_RUN.findall(message)
    if runs:
        # ！！ and ？？ make a feeling stronger; ？？ alone is impatience
        boost = min(len(runs), 2) * 1.0 + (0.5 if any(len(r) >= 3 for r in runs) else 0.0)
        top = max(LABELS, key=lambda name: scores[name])
        if scores[top] > 0:
            scores[top] += boost
        elif _QUESTION_RUN.search(message):
            scores["urgency"] += boost
    label = max(LABELS, key=lambda name: scores[name])  # ties: anger, then urgency
    strength = round(1.0 - math.exp(-scores[label] / _SCALE), 2)
    if strength < THRESHOLD:
        return NEUTRAL
    return Emotion(label, strength)


def is_emotional_word(text: str) -> bool:
    """Whether ``text`` (Simplified) contains a feeling or threat word, e.g. a clause "气死了".

    >>> is_emotional_word("再不处理我就给差评"), is_emotional_word("快递三天没动了")
    (True, False)
    """
    return any(_WORDS[m.group(0)][0] is not None for m in _PATTERN.finditer(text))
