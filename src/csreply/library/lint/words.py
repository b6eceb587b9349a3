"""The words and patterns the tone, advertising-law and policy-drift rules look for, and the small
text helpers they share."""

from __future__ import annotations

import re
from datetime import time
from ...lazy_pattern import lazy

EMPATHY = (
    "抱歉", "对不起", "不好意思", "歉意", "理解", "着急", "辛苦", "感谢", "谢谢", "别担心",
    "不用担心", "放心", "心情", "麻烦您了", "久等", "添麻烦", "委屈", "体谅", "难受", "闹心",
    "扫兴", "失望", "心疼",
)
BLAME = lazy(
    r"不是我们的(?:问题|责任|错)|(?:跟|和|与)(?:我们|本店|店里|店铺)(?:没有?|无)关系?|与我们无关"
    r"|不关我们(?:的)?事|不归我们管|概不负责|谁让(?:您|你)"
    r"|(?:您|你)先(?:去)?看(?:一下|下)?(?:说明|详情)|自己(?:去)?看(?:一下|下)?(?:说明|详情)"
    r"|(?:是|这是)(?:您|你)自己的?(?:问题|原因|责任|错)|(?:您|你)自己(?:没|不)(?:看|注意|选|弄)"
    r"|(?:您|你)(?:没有?|不)看清楚?|早(?:就)?(?:跟(?:您|你))?说(?:过|了)(?:的)?[，,。！!]"
    r"|(?:您|你)(?:自己)?(?:去)?找快递|(?:您|你)自己(?:去)?联系快递"
)
COMMAND = lazy(r"必须|务必|立刻|立即|赶紧|赶快|(?<![拿说看吃摸把])不准|不许")
AGENT_SUBJECT = lazy(r"我|咱们")  # "我们立即为您处理" is the agent's own commitment
VAGUE = lazy(r"尽快|尽早|第一时间|尽量快|抓紧(?:时间)?|稍后(?:给您|再)?(?:回复|答复|联系)")
CONCRETE = lazy(r"\{(?:time\.(?:dispatch|exchange|refund|reply)|deadline)\}")
# 最 is fine for a time or a quantity (最晚, 最快明天, 最多两件) and as advice (最好先试用)
MOST_OK = ("最晚", "最迟", "最快", "最近", "最后", "最终", "最初", "最早", "最多", "最少", "最起码", "最好先",
            "最好在", "最好不要", "最好别", "最好是先", "最好提前", "最好还是", "最好能", "最好用", "最好选")
# 第一 as an ordinal (第一次, 第一时间, 第一件) is not a ranking
FIRST_ORDINAL = lazy(
    r"第一(?:时间|次|天|步|件|个|单|位|条|眼|周|期|批|页|种|款|句|点|份|包|盒|瓶|双|套|口|遍|回|轮|代|季|版|章|集|届|层|道|段)"
)
# 最低/最高/最大/最小/最长/最短 right before a number state a limit or a specification (最低3件起);
# a price (最低价) never is, and neither a punctuation mark nor a placeholder (masked as 〇) may
# stand between: "最低价，{shop.name}…" or "最低价，3天发货" is still the banned claim
MOST_LIMIT = lazy(r"最[低高大小长短](?![价])[^\d〇价，,。！!？?；;、：:\s]{0,3}\d")
ABSOLUTE = lazy(
    r"最|第一|100%|100％|百分百|百分之百|绝对|顶级|国家级|世界级|全球级|首选|唯一|万能|史上|"
    r"无敌|王牌|冠军|独一无二|极品|至尊|巅峰|全网最低|遥遥领先|领导品牌|全球首发|首个|首家|永久"
)
FIBRES = lazy(r"(?:100%|100％|百分百|百分之百)(?:纯)?(?:棉|羊毛|羊绒|桑蚕丝|蚕丝|真丝|亚麻|麻|聚酯|涤纶|纯棉|全棉)")
MEDICAL = lazy(r"根治|治愈|药到病除|包治|无副作用|永不复发|特效|疗效|治疗|消炎|抗炎")
EMOJI = lazy(
    "(?:[\U0001F1E6-\U0001F1FF]{2}"
    "|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u231A-\u23FF\u3030\u303D\u3297\u3299]"
    "(?:[\U0001F3FB-\U0001F3FF\uFE0F]|\u200D[\U0001F000-\U0001FAFF\u2600-\u27BF])*)"
)
SENTENCE_END = lazy(r"[。！？!?；;\n]")
PLACEHOLDER = lazy(r"\{[a-z][a-z_]*(?:\.[a-z][a-z_]*)?\}")
CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
NUM = r"(\d+|[一二两三四五六七八九十]+)"
WORKING_DAYS = lazy(rf"(?<![下上每第]){NUM}\s*(?:[-~～到至]\s*{NUM}\s*)?个?工作日")
RETURN_DAYS = lazy(rf"{NUM}\s*天\s*无理由")
HOURS = lazy(rf"{NUM}\s*个?(?:小时|钟头)\s*(?:内|之内|以内)")
CLOCK_TIME = lazy(
    r"(上午|早上|中午|下午|傍晚|晚上)?\s*(?:(\d{1,2})\s*[:：]\s*(\d{2})|(\d{1,2}|[一二两三四五六七八九十]+)\s*点(半|钟)?)"
    r"\s*(?:以前|之前|前)"
)
MONEY = lazy(r"(\d+(?:\.\d+)?)\s*(?:元|块钱?)\s*(?:的)?\s*(?:无门槛)?\s*(?:优惠券|优惠卷|代金券|红包|券)")


def number(text: str) -> int | None:
    """``"3"`` → 3, ``"十二"`` → 12, ``"两"`` → 2."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, units = text.partition("十")
        value = (CN_DIGITS.get(tens, 0) if tens else 1) * 10
        return value + (CN_DIGITS.get(units, 0) if units else 0)
    if len(text) == 1 and text in CN_DIGITS:
        return CN_DIGITS[text]
    return None


def masked_text(text: str) -> str:
    """``text`` with each placeholder replaced by one neutral character, so word checks do not
    see placeholder names and positions stay meaningful."""
    return PLACEHOLDER.sub("〇", text.replace("{{", "{").replace("}}", "}"))


def absolute_claims(text: str) -> list[str]:
    """The absolute advertising words in ``text`` (with their sensible exceptions).

    >>> absolute_claims("最快明天到，第一时间给您发货，这款是全网销量第一的")
    ['第一']
    >>> absolute_claims("最好的面霜，100%有效")
    ['最好的', '100%']
    >>> absolute_claims("面料是100%纯棉，最好先手洗")
    []
    """
    text = masked_text(text)
    found: list[str] = []
    for m in ABSOLUTE.finditer(text):
        word, start = m.group(), m.start()
        rest = text[start:]
        if word == "最":
            if any(rest.startswith(ok) for ok in MOST_OK) or MOST_LIMIT.match(rest):
                continue
            word = rest[:3] if rest[:2] == "最好" else rest[:2]
        elif word == "第一" and FIRST_ORDINAL.match(rest):
            continue
        elif word in ("100%", "100％", "百分百", "百分之百") and FIBRES.match(rest):
            continue
        elif word == "唯一" and rest.startswith("唯一的问题"):
            continue
        found.append(word)
    return found


def emoji_count(paragraph: str) -> int:
    """Emoji in one paragraph (a skin tone, variation selector or ZWJ sequence counts once).

    >>> emoji_count("亲，好的😊～收到👍🏻"), emoji_count("亲～好的呢")
    (2, 0)
    """
    return len(EMOJI.findall(paragraph))


def opening_of(text: str) -> str:
    """The first sentence, or the first two when the first is only a greeting ("您好！")."""
    parts = [p for p in SENTENCE_END.split(text) if p.strip()]
    if not parts:
        return ""
    first = parts[0]
    if len(re.sub(r"[^\u4e00-\u9fff]", "", first)) <= 4 and len(parts) > 1:
        first = first + "。" + parts[1]
    return first


def around(text: str, m: re.Match, *, before: int = 12, after: int = 12) -> str:
    return text[max(0, m.start() - before) : m.end() + after]


def clock_time(m: re.Match) -> time | None:
    period, hh, mm, spoken, half = m.groups()
    try:
        if hh is not None:
            hour, minute = int(hh), int(mm)
        else:
            value = number(spoken)
            if value is None:
                return None
            hour, minute = value, 30 if half == "半" else 0
            if period in ("下午", "傍晚", "晚上") and hour < 12:
                hour += 12
            elif period is None and 1 <= hour <= 7:
                hour += 12  # "4点前发货" in a shop means the afternoon
        return time(hour, minute)
    except ValueError:
        return None


def clip(text: str, size: int = 18) -> str:
    return text if len(text) <= size else text[:size] + "…"
