"""Which of two items meets what the customer names: a need stated ("脸有点暗沉": the serum) or a
quality asked ("哪个更保湿": what each item's facts say of it). From the items' own facts; no I/O.
"""

from __future__ import annotations

import re

from ..understanding.catalogue import names_of
from ..library.model import Product
from ..lazy_pattern import lazy

NEEDS = ("暗沉", "痘印", "泛红", "干燥", "起皮", "补水", "保湿", "出油", "修护", "敏感", "熬夜")


# "哪个更保湿": the quality asked, and the words of an item's facts that speak of it
_MORE = lazy(r"(?:哪个|哪款|哪样|谁)(?:会)?(?:更(保湿|补水|滋润|温和|控油|清爽|提亮|美白|修护)|(保湿|补水|滋润|温和|控油|提亮|美白|修护)(?:效果)?(?:更|比较)?(?:好|强|些|一点))")
_SAYS = {"保湿": "保湿|补水|锁水|干燥|滋润|紧绷", "补水": "补水|保湿|干燥|紧绷", "滋润": "滋润|保湿|干", "温和": "温和|敏感|弱酸|不刺激",
         "控油": "控油|油|清爽", "清爽": "清爽|清透|不黏腻", "提亮": "提亮|暗沉|透亮", "美白": "暗沉|透亮|提亮|均匀", "修护": "修护|屏障"}


def on_the_point(message: str, items: tuple[Product, Product]) -> str:
    """What each item's facts say of the quality the message asks which is better at ("论保湿：…")."""
    m = _MORE.search(message)
    if not m:
        return ""
    quality, said = m.group(1) or m.group(2), []
    for p in items:
        clauses = re.split("[，,。；;]", "，".join((p.evidence, p.feature, p.advantage, p.benefit)))
        hit = next((c for c in clauses if re.search(_SAYS[quality], c)), "")
        head, *rest = hit.split("和")  # "48小时保湿测试和人体斑贴测试": only what speaks of the quality
        if rest and re.search(_SAYS[quality], head):
            hit = "和".join([head] + [r for r in rest if re.search(_SAYS[quality], r)])
        if hit:
            said.append(f"{p.category or p.name}{'' if hit.startswith(('这', '它')) else '是'}{hit.removeprefix('这款').removeprefix('这瓶')}")
    return f"论{quality}，" + "；".join(said) if said else ""


def need_met(message: str, items: tuple[Product, Product]) -> tuple[Product, str] | None:
    """The one item whose facts name the need the message states ("脸有点暗沉" → the serum); the
    items' own names state no need ("积雪草霜和补水面膜哪个更保湿": 保湿, not the mask's 补水)."""
    for p in items:
        for name in names_of(p):
            message = message.replace(name, "")
    for need in (n for n in NEEDS if n in re.sub("脸红|脸容易红|发红", "泛红", message)):  # "换季脸红": 泛红, as facts say it
        meeting = [p for p in items if need in p.suitable_for or need in p.benefit]
        if len(meeting) == 1:
            return meeting[0], need
    return None


def meets(product: Product, need: str) -> bool:
    """Whether ``product``'s facts speak of ``need`` (补水, 保湿 and 滋润 as one need).

    >>> meets(Product("c", "面霜", evidence="做过48小时保湿测试"), "补水"), meets(Product("s", "精华", benefit="淡化痘印"), "补水")
    (True, False)
    """
    said = " ".join((product.suitable_for, product.benefit, product.feature, product.evidence))
    return need in said or need in _MOIST and any(w in said for w in _MOIST)


_MOIST = ("补水", "保湿", "滋润")


def tested(product: Product, about: str = "") -> str:
    """The clause of ``product``'s evidence that names a test, without its "这款" (one that also
    names ``about``, a pattern, when given), or "".

    >>> tested(Product("c", "面霜", evidence="这款做过第三方机构的人体斑贴测试，评价很多"))
    '做过第三方机构的人体斑贴测试'
    """
    return next((c.strip().removeprefix("这款") for c in re.split("[，,。；;]", product.evidence or "")
                 if "测试" in c and (not about or re.search(about, c))), "")


# how customers say a need, against the words an item's benefit uses for it
_NEED_SAID = {"起皮|脸干|干得|干燥|干痒|紧绷|拔干": "干|紧绷", "泛红|红红|发红|脸红": "泛红", "暗沉|暗黄|发黄|肤色": "暗沉|肤色|透亮",
              "痘印": "痘印", "卡粉|上妆|化妆": "上妆|卡粉", "熬夜|坐飞机": "熬夜|飞机"}


def benefit_for(message: str, product: Product) -> str:
    """``product``'s benefit (FABE's B) when it speaks to a need the message states ("冬天脸干得起皮"
    against "换季脸上干痒紧绷…的时候"), else "".

    >>> benefit_for("她冬天脸干得起皮", Product("c", "面霜", benefit="换季脸上干痒紧绷的时候，早晚薄涂一层。"))
    '换季脸上干痒紧绷的时候，早晚薄涂一层'
    >>> benefit_for("油皮 推荐个面霜", Product("c", "面霜", benefit="换季脸上干痒紧绷的时候"))
    ''
    """
    if product.benefit and any(re.search(said, message) and re.search(words, product.benefit) for said, words in _NEED_SAID.items()):
        return product.benefit.strip().rstrip("。；;，,").replace("您", recipient(message) or "您")  # "给我妈买 她…": her skin, not yours
    return ""


_NAMED = {"妈": "阿姨", "婆婆": "阿姨", "爸": "叔叔", "公公": "叔叔", "老公": "您先生", "老婆": "您太太", "对象": "您对象", "男朋友": "您男朋友",
          "女朋友": "您女朋友", "闺蜜": "您闺蜜", "朋友": "您朋友", "同事": "您同事", "姐": "您姐姐", "妹": "您妹妹"}
_FOR = lazy(r"(?:给|送|帮)(?:我)?(?:家)?(妈|婆婆|爸|公公|老公|老婆|对象|男朋友|女朋友|闺蜜|朋友|同事|姐|妹)")


def recipient(message: str) -> str:
    """Whom an item is for when it is not the customer ("给我妈买" → 阿姨, "送闺蜜 她…" → 她), as a
    reply names them; "" when the customer buys for themselves.

    >>> recipient("给我妈买 五十多了"), recipient("送闺蜜 她敏感肌"), recipient("我混油皮")
    ('阿姨', '她', '')
    """
    if "她" in message or re.search("他(?![们家])", message):
        return "她" if "她" in message else "他"
    named = _FOR.search(message)
    return _NAMED[named.group(1)] if named else ""


def bought_for(message: str) -> str:
    """Whom the customer says an item is bought for ("给我妈买 她皮肤干" → 她), "" when no one is named so
    ("我闺蜜用着好 我是油皮": the customer's own skin)."""
    gives = _FOR.search(message) or re.search("[给送帮替](?:她|他)|想送|送人|礼物", message)
    return recipient(message) if gives and not re.search("我是|我属于|本人|我自己是", message) else ""
