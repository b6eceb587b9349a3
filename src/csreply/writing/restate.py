"""Restating the customer's problem in their own words ("您是说鞋子开胶了，是吗？"): the clause
that states it, cleaned of greetings, question frames and particles, with the pronouns swapped;
nothing when no clause states a problem that can be quoted back.
"""

from __future__ import annotations

import re

from ..understanding.emotion import is_emotional_word
from ..understanding.matcher import Match
from ..understanding.normalize import normalize, to_simplified
from ..lazy_pattern import lazy
from .signals import WISH

_CLAUSE = lazy(r"[\s,.;!?~，。；！？～、…]+")
_GREETINGS = lazy(r"^(?:你好|您好|亲亲|亲爱的|亲|在吗|在不在|老板|客服|那个|就是|请问|我想问下?|问一下|喂|唉|哎|但是|可是|不过|而且|然后|结果|另外|还有(?![股点些一个]))+")
_QUESTION_FRAME = lazy(r"^(?:我说|怎么会|怎么|为什么|为啥|咋)")
_QUESTION_TAIL = lazy(r"(?:怎么回事|咋回事|怎么办|咋办|什么情况|啥情况|是吧|对吧)+$")
_PARTICLES = lazy(r"[啊呀呢吧哦啦嘛哈吗么耶欸诶]+$")  # not 的: "挤出来水水的", "盒子是破的"
_PRONOUN = lazy("我们|你们|您们|我|你|您")
_SWAP = {"我们": "您", "我": "您", "你们": "我们", "您们": "我们", "你": "我们", "您": "我们"}


def restate(message: str, match: Match, prefer: re.Pattern[str] | None = None) -> str:
    """A short clause of the customer's own words that states the problem ("鞋子开胶了").

    The clause holding the strongest keyword of the recognised scenario is taken (feelings and
    threats such as "气死了" or "我要差评" are not the problem), joined to the clause before it
    when it is too short to stand alone; greetings, question frames ("怎么…", "…怎么回事") and
    particles are dropped, and "我" becomes "您", "你们" becomes "我们".

    >>> from csreply.library import Library
    >>> from csreply.understanding.matcher import Matcher
    >>> m = Matcher(Library.load(user=False, env=False))
    >>> restate("亲，鞋子穿了两天就开胶了！！", m.rank("亲，鞋子穿了两天就开胶了！！"))
    '鞋子穿了两天就开胶了'
    >>> restate("快递三天了，还没到，怎么回事？？", m.rank("快递三天了，还没到，怎么回事？？"))
    '快递三天了，还没到'
    """
    text = in_simplified(message, match)
    clauses = [c for c in _CLAUSE.split(text) if c]
    if not clauses:
        return text
    index = _problem_clause(clauses, match)
    if prefer is not None:  # the most serious clause: "面膜有两片漏液" over "快递盒子破了"
        # (not "日期看着没过期": a fault denied is no fault to read back)
        index = next((i for i, c in enumerate(clauses) if (m := prefer.search(c)) and not re.search(r"[没不未]$", c[: m.start()])), index)
    if match.scenario == "wrong_missing" and (swap := next((i for i, c in enumerate(clauses) if _SWAPPED_ITEM.search(c)), None)) is not None:
        index = swap  # "上次漏发这次又错发 我要的面膜给我寄成洗面奶": what came instead, not the count of mistakes
    item = next((i for i, c in enumerate(clauses) if _SHORT.search(c) and not _GIFT_SAID.search(c)), None) if match.scenario == "wrong_missing" and _GIFT_SAID.search(clauses[index]) else None
    index = index if item is None else item  # "盒子里只有面霜 面膜整盒木有 送的那片也没看到": the bought item missing, before the gift
    if not _FAULT.search(clauses[index]) and item is None:
        # "精华的按压泵按不出来 才用了两天": the clause that says what is wrong, not when
        # (a bought item short before a gift missing: "盒子里只有面霜 …送的那片也没看到")
        short = match.scenario == "wrong_missing" and _SHORT.search(clauses[index])
        index = next((i for i, c in enumerate(clauses) if _FAULT.search(c) and not _ASKING.search(_clean(c)) and not (short and _GIFT_SAID.search(c))), index)
    chosen = _clean(clauses[index])
    if _RECEIVED_ONLY.fullmatch(chosen) and not _FAULT.search(chosen):
        return ""  # "收到面霜了 咋没有小勺子": that it came is no problem, and the problem is a question
    if index > 0 and (_CONTRAST.match(clauses[index]) or _ADDED.match(clauses[index]) or (_ALSO.match(clauses[index]) or _BARE_FAULT.match(clauses[index])) and _FAULT.search(clauses[index - 1]) or re.search("(?:买|拍|要|订)的", clauses[index - 1]) and re.search("[寄发收][来了到]", clauses[index])) and not is_emotional_word(clauses[index - 1]) and not _ASKING.search(_clean(clauses[index - 1])):
        # … and "颜色变黄了 还有股怪味": what is added said with what it is added to
        # "物流显示已签收 可是我根本没收到东西": the two halves of the problem together
        before = _clean(clauses[index - 1])
        if before and len(before) + len(chosen) <= 30:
            chosen = f"{before}，{chosen}"
    elif len(chosen) < 5 and index > 0 and not is_emotional_word(clauses[index - 1]) and not _ASKING.search(clauses[index - 1]):
        # (not a question before it: "你们放假了吗 怎么还不发货" restates no "您是说我们放假了")
        before = _clean(clauses[index - 1])
        if before and len(before) + len(chosen) <= 30 and not _RECEIVED_ONLY.fullmatch(before):  # (nor "收到面霜了")
            chosen = f"{before}，{chosen}"
    if "，" not in chosen:
        chosen = re.sub("^(?:可是|但是|可|但|不过)(?=[我你他她])", "", chosen)  # "可我没收到取件码": the problem, not the contrast
    if not _clean_problem(chosen, clauses[index]) or _ORDERED_ONLY.fullmatch(chosen):
        return ""  # (not "您是说拍的是烟酰胺精华": what was ordered is no problem said back)
    return _swapped(chosen)


_GIFT_SAID, _SHORT = lazy(r"送的|赠品|赠送|小样|礼品"), lazy(r"只有|只收到|只到了|没有|木有|冇|少了|少发|漏发|没收到|没看到")
_ORDERED_ONLY = lazy(r"(?:我|本来)?(?:明明)?(?:拍|买|要|订|下单)的(?:是|明明是)?[^，,]{1,14}")


def _swapped(chosen: str) -> str:
    """The clause said back to the customer: 我 becomes 您, and a leading 您 goes ("您是说拍了还没
    发货", not "您是说您拍了还没发货"), unless it is the customer's thing ("您的面霜漏了").

    >>> _swapped("我拍了还没发货"), _swapped("我的面霜漏了")
    ('拍了还没发货', '您的面霜漏了')
    """
    chosen = _PRONOUN.sub(lambda m: _SWAP[m.group(0)], chosen)
    bare = re.sub("^您(?![的们家老妈爸女儿孩闺朋同]|要的)", "", chosen)  # not "您家", "您老婆"
    return (bare if len(bare) >= 4 else chosen)[:40]


def restate_clause(clause: str, match: Match) -> str:
    """:func:`restate` of one clause of a longer message: the problem a clause's own scenario
    answers ("面霜瓶子摔裂了" beside a price question), or "" when it cannot be quoted back.

    >>> from csreply.library import Library
    >>> from csreply.understanding.matcher import Matcher
    >>> m = Matcher(Library.load(user=False, env=False))
    >>> restate_clause("另外面霜瓶子摔裂了", m.rank("面霜瓶子摔裂了"))
    '面霜瓶子摔裂了'
    """
    raw = in_simplified(clause, match)
    chosen = _clean(raw)
    if not _clean_problem(chosen, raw):
        return ""
    return _swapped(chosen)


# what a problem clause says went wrong (a clause of when or what was bought says none of it)
_FAULT = lazy(r"絮|找不到|没找到|翻遍|坏|破|漏|碎|裂|变质|(?<![没未])过期|异味|怪味|哈喇味|哈味|酸味|臭|霉|没效果|烂|脏|少了|少发|错|过敏|痒|红|痘|不出|按不|结块|分层|变色|发黄|"
                    r"(?:给我|我)(?:寄|发)(?:来|了)[一个两]|没收到|没拿到|没见到|没看到|没看见|没见着|没到|不动|没更新|不对|丢|收到的.{0,3}是|发成|寄成|压扁|湿")
_RECEIVED_ONLY = lazy(r"(?:东西|快递|包裹|货|宝贝)?(?:今天|刚)?收到(?:了|啦)?[^，,。？?\s是]{0,6}?(?:了|啦)")
_ADDED = lazy(r"还有|而且|并且")
_SWAPPED_ITEM = lazy(r"[寄发](?:成|错成)|给我[寄发]了?(?:个|一[支瓶盒个罐片])|(?:打开|拆开)(?:一看)?(?:是|却是)|收到的(?:却)?是|[寄发]来的(?:却)?是|^(?:结果|可是|但是|却)?收到(?:了|的)?[两俩二三四五一#\d]?[支瓶盒个罐片件]")  # "…收到两支洗面奶"
_BARE_FAULT = lazy(r"[漏碎裂破坏烂]")  # "…瓶子都压裂了 漏得盒子里全是": a fault with no subject, said with the one before it
_ALSO = lazy(r"[^，,。？?\s也]{1,4}也(?!是)")  # "颜色也发黄了": added to the fault said before it
_CONTRAST = lazy(r"可是|但是|但|结果|然而|却")
# a clause that asks, insults or threatens is not a problem to restate ("您是说我们太黑了，是吗？")
_ASKING = lazy(r"[么呢？?]$|^(?:能|可以|会|肯)\S*不$|咋|吗|还是|什么|怎么|为什么|为啥|多少|多久|哪|几[天个次]|能不能|可不可以|是不是|有没有|了没|没有$|(?<![还都也并])没$")  # "退款到账没": asked
_INSULT = lazy(r"太黑|黑心|坑人|骗子|骗人|忽悠|智商税|割韭菜|垃圾|奸商|破店|破快递|啥破|什么破|咩破|破[^，,。？?！!\s]{1,5}(?:而已|罢了)|烂快递|机器人|人工|就这|开眼|呵呵|真行|韭菜|宰客|杀熟")  # … or scorn
_INSISTS = lazy(r"根本|压根|明明|就是没|真的没")
_CANTONESE = lazy("[嘅咗唔喺冇啲嚟嘢佢哋晒咁噉咩]|但系|系咪|写住|寫住|入面")  # spoken Cantonese: not quoted back
_REQUEST = lazy(r"发我|发您|告诉我|告诉您|给我|给您|帮我|帮您|麻烦|^请|吧|^(?:退|赔|补|返)(?:我|您)")  # a request is not a problem


def _clean_problem(chosen: str, raw: str) -> bool:
    """Whether ``chosen`` states a problem that can be restated as it is.

    >>> _clean_problem("面霜漏液了", "面霜漏液了"), _clean_problem("能补差价了", "能补差价了吗")
    (True, False)
    """
    if len(chosen) < 5 or is_emotional_word(chosen) or _INSULT.search(chosen) or _REQUEST.search(re.sub("给我(?=[寄发][来了成错])", "", chosen)) or _INSISTS.search(chosen) and "，" not in chosen:
        return False  # ("您是说您根本没收到，是吗？" alone reads as doubting the customer; beside "显示已经签收了" it listens)
    if re.search("这都能|这也能|这都[会要]|懵|傻眼|蒙圈|一看就?蒙|[:：]|^" + WISH, chosen):
        return False  # "这都能发错": scorn, not the problem; "拆开一看懵了": a feeling; "状态:待发货": a pasted field; "别又发错了": a wish
    if re.search(r"(?:说好?|不是说)[^，,。]{0,6}(?:到账|到|发|退)", chosen) and (not _FAULT.search(chosen) or re.match("说好|不是说", chosen)):
        return False  # "退款说两天到账": our promise quoted, not the problem
    if re.search("再也不|不会再买|不买了|差评|投诉|举报|曝光|12315|消协|工商|拉黑", chosen):
        return False  # "再也不买了，等着差评吧": a vow or a threat said back inflames it
    if re.match("你们[那这](?!么)", chosen):
        return False  # "你们那快递员直接扔驿站": a blame pointed at us reads oddly turned round ("我们那快递员")
    if re.search("谁(?:负责|管|赔|来管|来负责)|这玩意|这破", chosen):
        return False  # "这玩意抹脸上烂了谁负责": a challenge, not the problem
    if re.search("趴|窝着|躺着|一动不动|猴屁股|猪头|成狗", chosen):
        return False  # "快递在上海转运中心趴三天了一动不动": slang said back reads as mockery
    if _CANTONESE.search(chosen):
        return False  # "收到嘅面膜盒壓爛咗" quoted in a written reply reads as mockery, not listening
    return not (_ASKING.search(chosen) or re.search(r"[吗么吧嘛不？?]$", raw))  # ("你们发错了吧": a guess put to us; "这算破损不": a question)


_HANT = lazy("[時們這個說請還發貨嗎麼為裡後會過對應給來點實際問題]")  # common Traditional-only characters


_SERVICE_TERMS = (("出货", "发货"), ("免运", "包邮"), ("运费补", "补运费"))


def in_simplified(message: str, match: Match) -> str:
    """The message in Simplified characters (OpenCC only runs when it holds Traditional ones)."""
    text = message.strip()
    # a mostly Simplified message may hold a Traditional character ("收到時"): quoted back in a
    # Simplified draft it would read as a typo
    if match.normalized.traditional:
        # … and in the mainland words the drafting reads ("週六付款 什麼時候出貨": 发货); the draft is
        # turned back into the reader's terms at the end (rendering.in_traditional)
        text = to_simplified(text)
        for regional, mainland in _SERVICE_TERMS:
            text = text.replace(regional, mainland)
        return _plain_words(text)
    converted = to_simplified(text) if _HANT.search(text) or not text.isascii() else text
    return _plain_words(converted)


# net slang the drafting reads in plain words ("物流一点信息都木有": 没有)
_SLANG = (("木有", "没有"), ("米有", "没有"), ("肿么", "怎么"), ("神马", "什么"),
          # … and the days in northern speech ("我昨个儿下午五点多拍的 今儿个咋还没发"): 昨天, 今天
          ("昨个儿", "昨天"), ("昨儿个", "昨天"), ("夜儿个", "昨天"), ("昨个", "昨天"), ("昨儿", "昨天"),
          ("今儿个", "今天"), ("今个儿", "今天"), ("今儿", "今天"), ("明儿个", "明天"), ("明儿", "明天"), ("一黑儿", "一晚上"),
          ("能整不", "能用不"), ("能整吗", "能用吗"), ("用得了不", "能用不"), ("用唔用得", "能不能用"), ("得唔得", "行不行"),
          ("没有郁过", "没动过"), ("冇郁过", "没动过"), ("冇郁", "没动"), ("改返", "改成"), ("用得到好久", "能用多久"), ("用好久", "用多久"))


def _plain_words(text: str) -> str:
    for slang, plain in _SLANG:
        if slang in text:
            text = text.replace(slang, plain)
    if "俩" in text or "仨" in text:  # "我整俩瓶": 两瓶, as counted everywhere else
        text = re.sub("俩(?=[瓶支盒个件片套罐袋])", "两", text).replace("仨", "三")
    return text


def _problem_clause(clauses: list[str], match: Match) -> int:
    """The index of the clause that states the problem."""
    norms = [normalize(c).text for c in clauses]
    calm = [i for i, n in enumerate(norms) if not is_emotional_word(n)]
    for candidate in match.candidates[:3]:
        words = {h.word: h.weight for h in candidate.hits if not is_emotional_word(h.word)}
        if not words:
            continue
        scores = [sum(w for word, w in words.items() if word in n) for n in norms]
        if max(scores) > 0:
            return scores.index(max(scores))
    pool = calm or list(range(len(clauses)))
    return max(pool, key=lambda i: len(clauses[i]))


def _clean(clause: str) -> str:
    clause = _GREETINGS.sub("", clause) or clause
    clause = re.sub(r"(?:咋|怎么)(?=是)", "", clause)  # "收到的咋是洗面奶": what came, said plainly
    framed = _QUESTION_FRAME.sub("", clause)
    if len(framed) >= 4:
        clause = framed
    clause = _QUESTION_TAIL.sub("", clause) or clause
    if len(clause) > 2:
        clause = _PARTICLES.sub("", clause) or clause
        clause = re.sub("了+$", "了", clause)
    return clause
