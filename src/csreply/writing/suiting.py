"""Whom an item suits, as the customer asks it ("敏感肌能用吗", "怀孕可以敷吗"): the product's
``suitable_for`` and ``not_for`` facts against the skin, the group or the passing condition the
message names; a group the facts do not name is checked, never guessed. No I/O.
"""

from __future__ import annotations

import re

from ..library.model import Product
from .fact_topics import bare
from .qualities import recipient, tested
from .recommending import GROUP, PASSING, T_ZONE, skin_of, suits, wait_for_skin, without_pregnancy
from ..lazy_pattern import lazy

_WOUND = lazy(r"挤破|抠破|抓破|破皮|伤口|破口|没愈合|流血|结痂|[痘皮脸][^，,。？?！!\s]{0,2}破了")


def suitable(text: str, p: Product) -> str:
    """Whether the product suits the person the customer names, honest about who it does not suit."""
    if T_ZONE.search(text) and not GROUP.search(text) and skin_of(text) == "混合皮":  # "油皮能用不 我T区贼油两边脸又干": mixed skin, told in their words
        return _mixed_skin(p)
    # "痘痘挤破了": broken skin said in the customer's words, against "脸上有破口、伤口…"
    unsuited = [w for w in _items(p.not_for) if w and (_mentions(text, w) or _said_group(text, w) or _WOUND.search(text) and re.search("破口|伤口", w))]
    if unsuited:
        # already using it (a pregnancy found after buying): say plainly to stop, not just "not advised"
        stop = f"，已经在用的话建议先停用{p.name}" if _IN_USE.search(text) else ""
        who = "、".join(unsuited) if not any(_CONDITIONS.search(w) for w in unsuited) else unsuited[0]  # "孕妇…我现在哺乳期": both said
        if _CONDITIONS.search(who) and not re.search("经常|总是|老是|常常|一直|成日|长期", text):  # "经常长痘": the skin, not a passing state
            # "伤口还没愈合的时候": a passing state of the skin, not a skin type to sell to
            when = who.removesuffix("的时候") + ("" if who.endswith("期") else "的时候")  # "烂脸期先别用", not "烂脸期的时候"
            return f"{when}先别用{p.name}哦{stop}，等皮肤恢复好了再用"
        if all(w in _GROUP_SAID for w in unsuited) or not p.suitable_for:
            return f"{who}不适合用{p.name}哦{stop}"  # plainly, once (no "它更适合痘印肌" to a pregnant customer)
        return f"{who}的话不太建议用{p.name}哦{stop}，它更适合{bare(p.suitable_for)}"
    # "两颊有点破皮": a passing state the facts do not speak of, so wait, whatever the skin type
    wait = wait_for_skin(text)
    skin = skin_of(text)
    if skin and suits(p, skin) is True:
        listed = bare(p.suitable_for)
        every = re.match(r"(所有肤质|各种肤质|全肤质)[，,]", listed)
        if every and skin not in listed:  # "俺是大油田": every skin, not the other groups it names
            listed = every.group(1)
        elif not GROUP.search(text):  # "敏感肌能用吗": the skins, no pregnancy nobody asked about
            listed = without_pregnancy(listed)
        fit = f"{skin}{'可以用' if skin == '敏感肌' else '用'}{p.name}{'' if skin == '敏感肌' else '正合适'}，它适合{listed}"  # (no "正合适" promised to a skin that reacts)
        if _MEN.search(text) and "男" not in p.not_for:  # "男的用中不中": yes, said first
            fit = f"男生也可以用的，{fit}"
        if "痘" in text and "痘" in p.not_for and "痘" not in skin:  # "混干皮 …下巴老爆痘 会不会闷痘": the caveat too
            fit += f"；不过{bare(p.not_for)}不太建议用，长痘的地方先避开" + ("" if "耳后" in p.cautions else "，第一次用先在耳后试两三天")
        # sensitive skin: the careful way in still helps
        return (f"{fit}；{bare(p.cautions)}" if skin == "敏感肌" and _TRY_FIRST.search(p.cautions) else fit) + wait  # (not "避开眼睛")
    parts = [f"{p.name}适合{bare(p.suitable_for)}"] if p.suitable_for else []
    if parts and _MEN.search(text) and "男" not in p.not_for and not GROUP.search(text):  # "男的能用吗": yes, and whom it suits
        parts[0] = "男生也可以用的，" + without_pregnancy(parts[0])
    kept = [w for w in _items(bare(p.not_for)) if not (_MEN.search(text) and re.search("孕|哺乳", w))]  # no 孕妇 for a man
    if kept:
        parts.append(f"{'、'.join(kept)}不太建议用")
    if skin and suits(p, skin) is None and p.cautions:
        parts.append(f"{skin}的话，{bare(p.cautions)}")  # not listed either way: the careful way in
    return "，".join(parts)


def _mixed_skin(p: Product) -> str:
    """T区 oily and cheeks dry: where the item goes, by whom its facts say it suits."""
    fits = f"{p.name}适合{bare(p.suitable_for)}"
    if re.search("干", p.suitable_for) and not re.search("油", p.suitable_for):
        t_zone = "T区出油的地方就别抹了，它本来不是给油皮用的" if "油" in (p.not_for or "") else "T区出油的地方少抹一点就好"  # (said plainly where its facts rule oily skin out)
        return f"您说的T区油、两颊干属于混合皮：{fits}，两颊偏干的地方用正合适，{t_zone}"
    if re.search("油|混合", p.suitable_for):
        return f"您说的T区油、两颊干属于混合皮，{fits}，混合皮用是合适的；两颊偏干的话后面记得做好保湿"
    return f"您说的T区油、两颊干属于混合皮，{fits}"


_TRY_FIRST = lazy(r"耳后|试用|试两|小面积|先试|隔天")
_MEN = lazy(r"男的|男生|男士|男人|男孩|(?:给|帮)我?(?:老公|男朋友|儿子)")


# how customers say they belong to a group the facts name ("刚查出怀孕了" is 孕妇)
_GROUP_SAID = {"孕妇": lazy(r"怀孕|孕期|备孕|怀了宝宝|孕妈"), "哺乳期": lazy(r"哺乳|喂奶|母乳|人奶|喂紧奶")}
_IN_USE = lazy(r"继续用|还能用|接着用|在用|用了|之前买的|已经买了|正在用")


def _said_group(text: str, item: str) -> bool:
    """Whether the customer says they belong to ``item`` (a group from the facts) in other words.

    >>> _said_group("刚查出怀孕了", "孕妇"), _said_group("油皮能用吗", "孕妇")
    (True, False)
    """
    said = _GROUP_SAID.get(item)
    return bool(said and said.search(text))


def unlisted_group(text: str, product: Product) -> str | None:
    """The group (孕妇, 儿童) the customer asks about when the product's facts do not mention
    it: for them "适合干皮" is no answer, and guessing is not safe."""
    group = GROUP.search(text)
    if group is None:
        return None
    if any(_said_group(text, w) for w in _items(product.not_for) + _items(product.suitable_for)):
        return None  # "怀孕了，对宝宝有影响吗" asks about the 孕妇 the facts name, not about a baby
    if any(key in product.suitable_for + product.not_for and _said_group(text, key) for key in _GROUP_SAID):
        return None  # "闺蜜怀孕4个月 洗面奶能用不" with "干皮和孕妇都可以用" in the facts: the facts answer
    who = _GROUP_NAMED.get(group.group(0), "小孩" if "岁" in group.group(0) or "学生" in group.group(0) else group.group(0))
    return who if who[:2] not in product.suitable_for and who[:2] not in product.not_for else None


# how a group is said back ("怀孕可以敷吗": 孕期)
_GROUP_NAMED = {"怀孕": "孕期", "备孕": "备孕期间", "哺乳": "哺乳期", "喂奶": "哺乳期", "人奶": "哺乳期", "小朋友": "小孩"}


def _mentions(text: str, item: str) -> bool:
    """Whether the customer's words name ``item`` (for a short item its first two characters
    suffice: 孕妇 for 孕妇期)."""
    if item in text or (2 <= len(item) <= 4 and item[:2] in text):
        return True
    if 2 <= len(item) <= 4 and re.search(re.escape(item[0]) + "(?:过|了|过了|咗)" + re.escape(item[1]), text):
        return True  # "前阵子刚烂过脸" names "烂脸期"
    if 2 <= len(item) <= 4 and re.search(re.escape(item[1]) + r"[^，,。？?！!\s不没]{0,3}" + re.escape(item[0]) + "(?![掉])", text):
        return True  # "脸有点烂" names "烂脸期" too
    # "伤口还没好" names "伤口还没愈合的时候": a condition of the skin both name
    return any(word in text for word in _CONDITIONS.findall(item))


_CONDITIONS = lazy(r"伤口|破口|破皮|伤疤|湿疹|皮炎|晒伤|术后|刷酸|医美|激光|过敏期|烂脸期|痘痘肌|酒精过敏")


def _items(text: str) -> list[str]:
    return [w.strip() for w in re.split(r"[、，,和及/]|以及", text) if w.strip()]


# a skin that reacts easily, said of oneself ("我皮肤一碰酒精就红", "对香精过敏", "很容易泛红")
_REACTS = lazy(r"敏感|泛红|过敏|容易红|爱红|一碰[^，,。？?！!\s]{0,4}就红|[就会]红|烂过脸|刺痛|红血丝|屏障(?:受损|不好|差)")


_FOR_SENSITIVE = lazy(r"耳后|试|隔天|刚开始|第一次|不要[^，。]{0,4}超过|防晒")  # a caution a reacting skin needs
_FOR_OTHERS = lazy(r"送人|送给|送礼|礼物|给(?:我)?(?:妈|爸|老婆|老公|对象|女朋友|男朋友|闺蜜|朋友|同事|婆婆|姐|妹|女儿|儿子)")


_SKIN_RESTATED = lazy(r"敏感肌的话|敏感肌可以用|敏感肌用|皮肤比较敏感|您是敏感肌")  # the skin said back already ("敏感肌可以用…")


def careful_note(text: str, p: Product, said: str) -> str:
    """For a customer whose skin reacts easily, asking about one item before buying: what the
    item's facts leave out and the test it passed, its cautions and the passing states its facts
    rule out, each when ``said`` does not give it yet; "" when there is nothing to add.

    >>> mask = Product("m", "面膜", cautions="一次不要敷超过20分钟", not_for="脸上有破口、伤口还没愈合的时候", ingredients="主要是玻尿酸，不含酒精")
    >>> careful_note("敏感肌可以敷吗 我很容易泛红", mask, "这款补水效果很好")
    '您皮肤比较敏感，这款不含酒精；用的时候留意一下：一次不要敷超过20分钟；脸上有破口、伤口还没愈合的时候不要用哦'
    >>> careful_note("敏感肌可以敷吗", mask, "敏感肌可以用这款")  # the skin said back already: not again
    '这款不含酒精；用的时候留意一下：一次不要敷超过20分钟；脸上有破口、伤口还没愈合的时候不要用哦'
    >>> careful_note("含酒精吗", mask, "不含酒精")
    ''
    """
    if not _REACTS.search(text):
        return ""
    cautions = "；".join(c for c in re.split("[；;]", bare(p.cautions)) if _FOR_SENSITIVE.search(c))  # not "避开眼睛"
    cautions = "" if re.search("耳后|时要留意|留意一下", said) or cautions[:8] in said else cautions
    free = next((c for c in re.split("[，,；;]", p.ingredients) if c.startswith("不含") and c not in said), "")  # "不含酒精和香精"
    test = tested(p, "斑贴|敏感|刺激")
    known = "，".join(x for x in (free, test if test not in said else "") if x)
    if not (cautions or known):
        return ""
    states = [w for w in _items(p.not_for) if PASSING.search(w) and w not in said] if cautions else []  # "烂脸期", not "孕妇" or "痘痘肌"
    who = recipient(text) or ("对方" if _FOR_OTHERS.search(text) else "您")  # "送闺蜜 她敏感肌", "给我妈买": not "您"
    told = f"这款{known}" if known else ""
    skin = "" if _SKIN_RESTATED.search(said) else f"{who}皮肤比较敏感，"  # the customer's skin said back once
    return (f"{skin}{told}" + (f"{'；' if told else ''}用的时候留意一下：{cautions}" if cautions else "")
            + (f"；{'、'.join(states)}不要用哦" if states else ""))
