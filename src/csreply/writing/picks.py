"""One of two items picked for what the customer stated ("我混干皮 面霜和面膜买哪个好"), and how
often each is used; for the comparison answers of :mod:`csreply.writing.leading_answers`. No I/O.
"""

from __future__ import annotations

import re
from datetime import date

from ..library.model import Product
from ..lazy_pattern import lazy
from .days import next_date
from .draft import Context
from .fitting import complementary
from .qualities import meets
from .rendering import bare_rule
from .steps import step_of

_PACE = lazy(r"一周(?:用)?[^，,。；;]{0,6}次|早晚")  # how often an item is used, from its usage fact
DIFFERENCE = lazy(r"区别|不一样|不同|差别|差在哪|有啥差|分别")
BUY_WORDS = lazy(r"买|选|入手|拍|预算|只能|只够|先用|推荐")  # a pick asked, not only a quality


def the_pick(ctx: Context, pair: tuple[Product, Product], pick: Product, said: str, need, why: str, roles_text: str) -> str:
    """The item for what the customer stated, first; the difference when it was asked (whom each
    suits, how often each is used); then only that the other goes with it later, no "不是二选一"
    after a pick. ``roles_text`` is :func:`facts.roles` of the pair."""
    other = pair[1] if pick is pair[0] else pair[0]
    price = f"（{pick.price:g}元）" if pick.price is not None else ""
    differs = bool(DIFFERENCE.search(ctx.message)) and "：" in roles_text  # (whom each suits is said with the difference)
    lead = f"按您说的{said}，如果先买一样，建议先选{pick.name}{price}{why or ('' if differs else '，它适合' + bare_rule(pick.suitable_for))}" + (
        f"；想改善{need[1]}的话，{need[0].category or need[0].name}更合适" if need and need[0] is not pick and not meets(pick, need[1]) else "")  # (not "补水" that the pick meets too)
    order = next((x.split("一起用的话，", 1)[1] for x in roles_text.split("。") if "一起用的话，" in x), "") if complementary(pair) else ""
    differ = ""
    if differs:  # "到底有啥区别 …买哪个"
        paces = paces_said(pair)
        differ = f"两样的区别是：{roles_text.split('：', 1)[1].split('。')[0]}" + (f"；{paces}" if paces else "") + "。"
    return f"{lead}。{differ}以后想加{other.name}的话，两样也可以搭配着用" + (f"，{order}" if order else "")


def paces_said(pair: tuple[Product, Product]) -> str:
    """"用法上面膜一周用2到3次，面霜每天早晚用": how often each is used, when their usage facts differ."""
    paces = {p: m.group(0) for p in pair if p.category and (m := _PACE.search(p.usage or ""))}
    said = "，".join(f"{p.category}{'每天早晚用' if pace == '早晚' else pace}" for p, pace in paces.items())
    return f"用法上{said}" if len(set(paces.values())) == 2 else ""


_DOSE = lazy(r"每次[^，。；]+|取[^，。；]+?大小|一次[^，。；]*?(?:滴|泵|片|粒)")  # how much of an item at a time


def doses_said(pair: tuple[Product, Product]) -> str:
    """"精华每次两三滴，面霜取黄豆大小；两样早晚都可以用，白天记得防晒": how much of each of two
    items used one after the other, when, and the sun care one of them asks; "" unless both
    items' usage state an amount.

    >>> doses_said((Product("c", "面霜", category="面霜", usage="取黄豆大小，早晚薄涂全脸"),
    ...             Product("s", "精华", category="精华", usage="洁面后先用，每次两三滴，早晚都可以，白天记得防晒")))
    '精华每次两三滴，面霜取黄豆大小；两样早晚都可以用，白天记得防晒'
    """
    steps = sorted(pair, key=step_of)
    parts = [f"{p.category or p.name}{m.group(0)}" for p in steps if (m := _DOSE.search(p.usage or ""))]
    if len(parts) < 2:
        return ""
    when = "；两样早晚都可以用" if all("早晚" in (p.usage or "") for p in pair) else ""
    sun = "，白天记得防晒" if any("防晒" in (p.usage or "") + (p.cautions or "") for p in pair) else ""
    return "，".join(parts) + (when + sun if when else sun.replace("，", "；", 1))


def effect_in_time(pair: tuple[Product, Product], message: str, today: date) -> str:
    """"12月19号当伴娘 现在开始用精华还来得及吗 还是敷面膜快点": how soon each item works, from its
    own benefit ("坚持一两个月" against "很快缓解"), and the days left to the day named; "" when
    neither item's facts say how soon it works."""
    slow = [(p, m.group(0)) for p in pair if (m := _TAKES.search(p.benefit or ""))]
    fast = [p for p in pair if _AT_ONCE.search((p.benefit or "") + (p.evidence or ""))]
    if not slow and not fast:
        return ""
    left = ""
    if m := _DAY_NAMED.search(message):
        month, mday = int(m.group(1)), int(m.group(2))
        day = next_date(month, mday, today)
        left = f"离{month}月{mday}日还有{(day - today).days}天，" if day and day > today else ""
    said = []
    for p, takes in slow:
        said.append(f"{p.category or p.name}要{takes}才慢慢见效，{left}现在开始用会有一些改善，但到时候别指望变化很大")
    for p in fast:
        if all(p is not q for q, _ in slow):
            said.append(f"{p.category or p.name}是敷完就见效的，{_AT_ONCE.search((p.benefit or '') + (p.evidence or '')).group(0)}，临近那几天敷效果最直接")
    return "论来不来得及，" + "；".join(said)


_TAKES = lazy(r"坚持[^，。；]{1,8}(?:月|周|天)")  # "坚持一两个月": how long an item takes
_AT_ONCE = lazy(r"[^，。；]{0,10}(?:很快缓解|马上|即时)[^，。；]{0,6}")
_DAY_NAMED = lazy(r"(\d{1,2})月(\d{1,2})[号日]")


_DRY_CHEEKS = lazy(r"(?:两颊|脸颊|两边脸|兩頰|臉頰|面颊|U区)[^，,。？?！!\s]{0,3}(?:干|乾|起皮|紧绷|緊繃)")


def cheeks_too(text: str, pair: tuple[Product, Product], message: str) -> str:
    """``text`` with the cream still offered for dry cheeks when another item is picked for a
    combination skin ("混油皮 T区出油 脸颊又有点干"): not for the whole face, on the cheeks only.

    >>> pair = (Product("s", "精华", category="精华"), Product("c", "面霜", category="面霜"))
    >>> cheeks_too("建议选精华；面霜更适合干皮，混油皮不太建议用", pair, "我混油皮 脸颊有点干")
    '建议选精华；面霜更适合干皮，混油皮不太建议全脸用，两颊干的话可以只在两颊薄涂一点'
    """
    cream = next((p for p in pair if p.category == "面霜"), None)
    if cream is None or not _DRY_CHEEKS.search(message) or "两颊" in text or re.search(f"建议(?:先)?选{re.escape(cream.name)}", text):
        return text
    if "不太建议用" in text:
        return text.replace("不太建议用", "不太建议全脸用，两颊干的话可以只在两颊薄涂一点", 1)
    return f"{text}；两颊干的地方，{cream.category}可以只在两颊薄涂一点"
