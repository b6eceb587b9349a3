"""Comparing and recommending catalogue items: the skin type and budget a customer states, whether an
item suits them, how two items relate, which one to recommend. The sentences read the products' own
facts (``suitable_for``, ``not_for``, ``category`` …) and say honestly when a named item does not suit. No I/O.
"""

from __future__ import annotations

import re

from ..library.model import Policy, Product
from .days import CN_DIGITS, in_digits
from .fact_topics import bare
from .group_fit import WHICH, sorted_for
from .qualities import benefit_for, bought_for
from .sets import REACH, set_reaching, set_within
from .steps import STEPS, step_of
from .totals import coupons_of, promotions
from ..lazy_pattern import lazy

# the order skincare steps are used in: items of two different steps are used together
# a stated skin type and the words a product's suitable_for uses for it
_SKIN = {
    "混干皮": ("混干", "混合"), "混油皮": ("混油", "混合", "油皮"),  # "油皮不太建议" speaks to 混油皮 too
    "油皮": ("油皮", "油性", "混油"), "干皮": ("干皮", "干性", "混干"), "混合皮": ("混合",),
    "敏感肌": ("敏感",), "痘痘肌": ("痘痘", "痘肌", "痘印"),
}
# the types themselves, as a customer names them (not a state such as "脸干")
_SKIN_NAMED = {
    "混干皮": r"混干|混乾|混合偏干|混合性偏干", "混油皮": r"混油|混合偏油|混合性偏油", "油皮": r"油皮|油肌|油性|大油田",
    "干皮": r"干皮|乾皮|干肌|乾肌|干性|乾性|干敏", "混合皮": r"混合皮|混合性皮肤|混合肌|混合性肌肤", "敏感肌": r"敏感肌|敏感皮", "痘痘肌": r"痘痘肌",
}
# the types and the states that tell them ("倒是不怎么出油" is not oily skin)
_SKIN_SAID = {
    "混干皮": _SKIN_NAMED["混干皮"], "混油皮": _SKIN_NAMED["混油皮"],
    "油皮": r"油皮|油肌|油痘|油性|大油田|爱出油|油得(?:很|不行|要命|发光|发亮)|皮肤(?:很|比较|特别|有点|偏)?油|脸(?:很|比较|特别|有点|偏)油|油性皮肤|(?<![不没])(?<!不怎么)(?<!不太)(?<!没怎么)(?<!不大)出油", "干皮": r"干皮|干性|起壳|干肌|乾皮|乾肌|乾性|很干|起皮|干[得到](?:掉皮|脱皮|爆皮|起皮|紧绷)|皮肤(?:很|比较|特别|有点|偏|又|超|超级|太|挺|好)?干|干巴巴|脸(?:又|很|比较|特别|有点|偏|好)?干|脸又[^，,。？?\s]{1,2}又干(?![净了活])",
    "混合皮": r"混合皮|混合肌", "敏感肌": r"敏感|容易过敏", "痘痘肌": r"痘痘肌|长痘|闭口",
}
T_ZONE = lazy(r"(?:[Tt]区|[Tt]字(?:部位|区)?)[^，,。？?]{0,4}油[^。？?]{0,12}(?:两颊|脸颊|两边|两侧|U区|下巴|其他地方)(?:[^，,。？?]{0,4}[干乾]|[^，,。？?]{0,2}(?:还好|正常|不油|不怎么油|不太油))|"
              r"(?:两颊|脸颊|两边脸|U区)[^，,。？?]{0,4}[干乾][^。？?]{0,12}(?:[Tt]区|[Tt]字(?:部位|区)?)[^，,。？?]{0,4}油")
_GROUP_AS = {"怀孕": "孕妇", "孕期": "孕妇", "哺乳": "哺乳期", "喂奶": "哺乳期", "人奶": "哺乳期"}
# people a customer asks for ("有没有适合孕妇用的")
GROUP = lazy(r"孕妇|孕期|怀孕|有[咗了](?:BB|bb|宝宝)|备孕|哺乳期|哺乳|喂奶|人奶|老人|小孩|儿童|宝宝|小朋友|小学生|(?<![\d十二三四五六七八九])(?:1[01]|[1-9]|十一?|[一二三四五六七八九])岁")  # whom a wrong guess could harm
_RISKY = lazy(r"孕|哺乳|宝宝|儿童|小孩|婴|孩子|娃|小朋友|岁|学生")  # groups whose items must be written for them; 老人 go by their skin
_SPAN = lazy(r"[一二两三四五六七八]([两二三四五六七八九])百(?:块钱?|元)?(?:的|左右|以内)?")  # "一两百块的", "三四百左右": a span of hundreds
_BUDGET = lazy(r"(?:预算|不超过|别超过|不要超过|以内|以下|最多(?:花|能花|只能花|就)?|顶多(?:花)?|(?:只|就|还)剩下?)\D{0,3}(\d{2,5})|(\d{2,5})\s*(?:块|元)?\s*(?:以内|以下|左右)|(\d{2,5})\s*(?:块|元)?\s*出头")


_OTHERS_SKIN = lazy(r"(?:她|他|闺蜜|朋友|我妈|妈妈|老婆|老公|男朋友|女朋友|同事)(?:是|属于)?(?:个)?[^，,。？?\s我]{0,3}(?:皮|肌)")


def skin_of(text: str) -> str | None:
    """The skin type the customer names first ("我是油皮" -> 油皮), or None: in "敏感肌能用吗，洗完会不
    会很干" the skin is 敏感肌 and "很干" asks about the item.

    >>> skin_of("敏感肌能用吗 洗完会不会很干"), skin_of("混干皮"), skin_of("面霜多少钱")
    ('敏感肌', '混干皮', None)
    >>> skin_of("脸又干又糙 他大油皮"), skin_of("我是干敏皮"), skin_of("我是混乾肌")
    ('油皮', '干皮', '混干皮')
    >>> skin_of("我T区油 两颊干"), skin_of("我是油皮 夏天T区油到反光 冬天两颊又有点干")
    ('混合皮', '混油皮')
    """
    if re.search(r"(?:我是|我属于|本人)(?:个)?[^，,。？?\s]{0,3}(?:皮|肌|油田)|我(?:个)?大?(?:油|干|乾|混|敏)|我(?:的)?(?:皮肤|脸)", text):  # "她是干皮 我是大油田": the customer's own skin, not the friend's
        text = _OTHERS_SKIN.sub("", text)
    if T_ZONE.search(text) and not re.search(_SKIN_SAID["混油皮"] + "|" + _SKIN_SAID["混干皮"], text):  # "我T区贼油两边脸又干": combination skin
        # … leaning the way a type named says ("我是油皮 夏天T区油到反光 冬天两颊又有点干": 混油皮)
        # (a type asked about, "油皮能用吗 我T区油两颊干", is not the customer's own: combination then)
        return "混油皮" if re.search(r"(?:我是|我属于|本人|我)(?:个)?大?油(?:皮|性|肌)", text) else "混干皮" if re.search(r"(?:我是|我属于|本人|我)(?:个)?(?:干|乾)(?:皮|性|肌)", text) else "混合皮"
    # a type named ("他大油皮") over a state described ("脸又干又糙"): the named one is what they know of the skin
    named = [(m.start(), i, skin) for i, (skin, pattern) in enumerate(_SKIN_NAMED.items()) if (m := re.search(pattern, text))]
    said = named or [(m.start(), i, skin) for i, (skin, pattern) in enumerate(_SKIN_SAID.items()) if (m := re.search(pattern, text))]
    return min(said)[2] if said else None


def budget_of(text: str) -> float | None:
    """The budget the customer names ("预算200以内" -> 200.0, "预算三百以内" -> 300.0), or None.

    >>> budget_of("预算三百以内"), budget_of("两百五左右"), budget_of("预算300"), budget_of("学生党 一百出头")
    (300.0, 250.0, 300.0, 120.0)
    >>> budget_of("我闺女二十出头 想送她一套 三百左右")
    300.0
    """
    # a sum too small for a budget is an age ("二十出头", "18岁左右"), not the money
    text = _SPAN.sub(lambda r: f"{CN_DIGITS[r.group(1)]}00以内", text)  # "一两百块的": up to 200
    m = next((m for m in _BUDGET.finditer(in_digits(text)) if float(m.group(1) or m.group(2) or m.group(3)) >= 30), None)
    if m and m.group(3):  # "一百出头": a little over the sum
        return float(m.group(3)) * 1.2
    return float(m.group(1) or m.group(2)) if m else None


def _budget_words(budget: float, text: str) -> str:
    """How the budget the customer said is said back: "预算200元以内", "预算250元左右", "预算一百出头"."""
    over = re.search(r"([一二两三四五六七八九十百千\d]+)\s*(?:块|元)?\s*出头", text)
    if over and re.search(r"百|千|\d{3}", over.group(1)):  # ("二十出头" is an age, not this budget)
        return f"预算{over.group(1)}出头"
    return f"预算{budget:g}元{'左右' if _AROUND.search(in_digits(text)) else '以内'}"


def suits(product: Product, skin: str) -> bool | None:
    """Whether ``product`` suits ``skin`` by its facts: True, False (not_for), None (unknown).

    >>> suits(Product("m", "面膜", suitable_for="各种肤质"), "敏感肌"), suits(Product("c", "霜", not_for="油皮"), "油皮")
    (True, False)
    """
    words = _SKIN.get(skin, (skin,))
    if any(w in product.not_for for w in words):
        return False
    if any(w in product.suitable_for for w in words) or re.search("所有肤质|各种肤质|各类肤质", product.suitable_for):
        return True
    return None


def _names_exactly(product: Product, skin: str) -> bool:
    """Whether the product's facts name this very skin type ("混干皮" in "干皮、混干皮"), not a wider one ("混合皮")."""
    return _SKIN.get(skin, (skin,))[0] in product.suitable_for


_CHOICE = lazy(r"哪个|哪一个|哪款|哪样|选哪|該選|该选|哪個|選哪|选一[个样款]|替我(?:决定|选)|帮我(?:决定|选)")


def names_skin(product: Product, skin: str) -> bool:
    """Whether the product's facts name this skin type (more telling than "所有肤质")."""
    return any(w in product.suitable_for for w in _SKIN.get(skin, (skin,)))


# needs customers name, and the words a product's facts say them in
_CONCERN, _CONCERN_SAID = lazy(r"保湿|补水|痘印|暗沉|发黄|暗黄|脸黄|蜡黄|缺水|干燥|起皮|泛红|发红|干痒|屏障受损|洗干净|洗净"), {"洗干净": "想把脸洗干净", "洗净": "想把脸洗干净"}  # (how a need is said back)
_NEED_FAMILIES = (
    (re.compile("保湿|补水|滋润|缺水"), ("保湿", "补水", "滋润")),
    (re.compile("暗沉|提亮|美白|痘印|发黄|暗黄|脸黄|蜡黄|熬夜"), ("暗沉", "透亮", "痘印")),
    (re.compile("修护|泛红|发红|敏感|屏障"), ("修护", "泛红", "屏障")),
    (re.compile("起皮|干燥|干巴|脸干|皮肤干|干得|干痒|拔干|紧绷"), ("修护", "保湿", "滋润", "屏障")),  # dryness: what holds water in
    (re.compile("洗干净|洗净"), ("洗脸", "洁面")),  # "就想洗干净点": the cleansing step
)


def _meets(text: str, product: Product) -> int:
    """How many of the needs the message names the product's facts speak of."""
    facts = product.name + product.suitable_for + product.benefit + product.feature
    return sum(1 for asked, said in _NEED_FAMILIES if asked.search(text) and any(w in facts for w in said))


def _overlap(text: str, product: Product) -> int:
    """How many character pairs of the customer's words appear in the product's own facts."""
    facts = product.suitable_for + product.benefit + product.feature + product.category
    return sum(1 for k in range(len(text) - 1) if text[k : k + 2] in facts)


def roles(first: Product, second: Product) -> str:
    """How two items relate: used together (different steps) or alternatives (same category).

    After the full names, items of two categories are called by their category ("精华", "面霜").

    >>> a = Product("s", "焕亮精华", category="精华", suitable_for="暗沉肌")
    >>> b = Product("c", "修护面霜", category="面霜", suitable_for="干皮")
    >>> roles(a, b)
    '焕亮精华和修护面霜不是二选一，是可以搭配着用的：精华适合暗沉肌，面霜适合干皮。一起用的话，洁面后先用精华，再用面霜'
    """
    both = f"{first.name}和{second.name}"
    if first.category and second.category and first.category != second.category:
        parts = [f"{p.category}{_does(p)}适合{bare(p.suitable_for)}" for p in (first, second) if p.suitable_for]
        text = f"{both}不是二选一，是可以搭配着用的" + (f"：{('；' if first.role or second.role else '，').join(parts)}" if parts else "")  # (a semicolon once a role is said)
        if first.category in STEPS and second.category in STEPS:
            a, b = sorted((first, second), key=step_of)
            start = f"先用{a.category}洗脸" if a.category == "洁面" else f"洁面后先用{a.category}"
            text += f"。一起用的话，{start}，再用{b.category}"
        return text
    kind = f"都是{first.category}" if first.category else "功能相近"
    parts = [f"{p.name}{_does(p)}适合{bare(p.suitable_for)}" for p in (first, second) if p.suitable_for]
    return f"{both}{kind}，选一款就可以" + (f"：{'；'.join(parts)}" if parts else "")


_ASIDE, _WHICH_TO_BUY = lazy(r"单买|另外|要是|顺便|如果"), lazy(r"买哪[个款]|推荐|推个|挑一?[个款]|买啥|买什么")
_ABOUT = lazy(r"左右|上下|差不多")  # a budget said roughly: up to 15 % over still fits


def _does(p: Product) -> str:
    """"主要修护皮肤屏障、锁住水分，" when the item states its role, else "" (whom it suits follows)."""
    return f"主要{bare(p.role)}，" if p.role else ""


def routine(items: list[Product]) -> str:
    """The order of three or more items of different steps used together, with the morning said
    where an item's usage names it ("洗面奶、精华、面霜的使用顺序是啥").

    >>> a = Product("l", "洁面乳", category="洁面", usage="早晚各一次")
    >>> b = Product("s", "焕亮精华", category="精华", usage="洁面后先用，早晚都可以")
    >>> c = Product("c", "修护面霜", category="面霜", usage="早晚薄涂全脸")
    >>> routine([c, a, b])
    '洁面、精华、面霜一起用的话：先用洁面洗脸，再用精华，最后用面霜；这三样早晚都可以用'
    """
    # (a mask is a weekly step of its own, not a place in the daily order)
    steps = sorted({p.category: p for p in items if p.category in STEPS and p.category != "面膜"}.values(), key=step_of)
    if len(steps) < 3:
        return ""
    first, *middle, last = steps
    start = f"先用{first.category}洗脸" if first.category == "洁面" else f"先用{first.category}"
    text = f"{'、'.join(p.category for p in steps)}一起用的话：{start}，" + "".join(f"再用{p.category}，" for p in middle) + f"最后用{last.category}"
    if all(re.search("早晚", p.usage) for p in steps):
        text += f"；这{'三' if len(steps) == 3 else len(steps)}样早晚都可以用"
    return text


_PICK_ASKED = lazy(r"哪个适合|哪款适合|哪个好|哪款好|推荐|推个|给我推|买啥|买什么|选哪|挑哪|有什么适合|有啥适合|用什么好|用啥好|该用啥|该用什么")  # a pick asked for, of any kind
_BESIDES, _ANY_OTHER = lazy(r"除了([^，,。；;！!？?\s]{2,8}?)(?:以外|之外)?(?:还有|还能|还可以|别的|其他)"), lazy(r"别的|其他|其它|换一?个|换一?款")
_PAIRING = lazy(r"(?:还要|还需要|要不要|需不需要|还得|再)(?:搭|配|加|买)|搭(?:点|个)?(?:别的|什么|啥)|配(?:点|个)?(?:别的|什么|啥)")
_COUNTED = r"(?:推|推荐|选|挑|配|来|买)(?:个|给我)?(?:两|俩|2|三|3|两三)(?:样|个|款|件)"  # "推两样给我": a set of that many
_SET = lazy(r"一套|配一套|配配|配一下|搭配一下|配齐|全套|几样|组合|套装|买点|" + _COUNTED)
_WHOLE_SET = lazy(r"一套|配一套|全套|套装")  # "帮我配一套呗 别太贵": a set asked for, the cheap basics
_FEW = lazy(r"别配太多|不要太多|别太多|懒|简单点|简单一点|两样|俩|两个|两款|两件|(?<!\d)2(?:样|个|款|件)")


# a passing state of the skin ("两颊有点破皮"): no new item on it until it heals
PASSING = lazy(r"伤口|破口|破皮|湿疹|皮炎|晒伤|术后|刷完酸|医美|激光|烂脸期|过敏期")


def wait_for_skin(text: str) -> str:
    """"；现在破皮的地方先别用…" when the message names a passing state of the skin, else ""."""
    state = PASSING.search(text)
    return f"；现在{state.group(0)}的地方先别用，等皮肤恢复好了再用哦" if state else ""


_EVERY_SKIN = lazy(r"所有肤质|各种肤质|各类肤质")  # "皮肤特别干": the item written for dry skin first
_BREAKOUT_ASKED, _AROUND = lazy(r"闷痘|爆痘|长痘|冒痘|闭口"), lazy(r"\d\s*(?:块|元)?\s*左右")  # "两百左右": about, not at most
_GIFT_FOR, _FRUGAL = lazy(r"送(?:给|人|礼|我?[妈爸老长闺朋女男婆奶爷姐妹哥弟同对])|礼物|给我?(?:男朋友|女朋友|男票|女票|老公|老婆|对象|老?妈|老?爸|妈妈|爸爸|婆婆|闺蜜)"), lazy(r"基础|别太贵|不要太贵|不用太贵|便宜点?的|平价|入门|不爱折腾|简单点")
_ROUTINE = ("洁面", "洗面", "洗脸", "爽肤", "化妆水", "乳液", "面霜", "霜")  # a basic routine's steps: what "买点基础的" starts with


def _top_up(others: list[Product], total: float, budget: float, policy: Policy | None) -> str:
    """One more item that brings a set to the coupon's threshold and still costs about the budget
    after the coupon ("再加一件玻尿酸补水面膜（59元）就满299元，用券后实付286元"), or ""."""
    coupons = coupons_of(policy) if policy is not None else []
    if not coupons or total >= min(coupons)[0]:
        return ""
    need, off = min(coupons)
    for p in sorted((p for p in others if p.price is not None), key=lambda p: p.price):
        pay = total + p.price - off
        if total + p.price >= need and pay <= budget * 1.05:
            return f"再加一件{p.name}（{p.price:g}元）就满{need}元，用券后实付{pay:g}元，{'还在预算内' if pay <= budget else '跟预算差不多'}"
    return ""


def _basic_step(product: Product) -> int:
    return next((i for i, step in enumerate(_ROUTINE) if step in f"{product.category} {product.name}"), len(_ROUTINE))


def recommend(catalogue: list[Product], named: Product | None, text: str, policy: Policy | None = None) -> str:
    """:func:`_recommend`, with the wait a passing state of the skin asks for."""
    said = _recommend(catalogue, named, text, policy)
    return said + wait_for_skin(text) if said else ""


_PREGNANCY_GROUPS = lazy(r"[、和及]?(?:孕妇|孕期|哺乳期)")
_MALE = lazy(r"(?:给|送|帮)(?:我|他)?(?:男朋友|男票|老公|儿子|爸|老爸|哥|弟|男生|男孩)|男朋友(?:是|皮肤|脸|大?油)|男票|直男|男生|男的|男士|男人|男孩")


def _for_whom(text: str, suited: str) -> str:
    """Whom an item suits, as said for the person it is bought for: no 孕妇 for a man.

    >>> _for_whom("送男朋友", "所有肤质，敏感肌、干皮和孕妇都可以用")
    '所有肤质，敏感肌、干皮都可以用'
    """
    if not _MALE.search(text) or GROUP.search(text):
        return suited
    return without_pregnancy(suited)


def without_pregnancy(suited: str) -> str:
    """Whom an item suits, said to a man: the pregnancy groups left out.

    >>> without_pregnancy("所有肤质，敏感肌、干皮和孕妇都可以用")
    '所有肤质，敏感肌、干皮都可以用'
    """
    return _PREGNANCY_GROUPS.sub("", suited)


def _recommend(catalogue: list[Product], named: Product | None, text: str, policy: Policy | None = None) -> str:
    """A recommendation for the need the customer stated (skin type, budget), honest about a
    named item that does not suit them; "" when the message states no need.

    >>> a = Product("c", "修护面霜", price=168, category="面霜", suitable_for="干皮", not_for="油皮")
    >>> b = Product("s", "焕亮精华", price=199, category="精华", suitable_for="油性和混合皮")
    >>> recommend([a, b], a, "我是油皮，预算200以内，推荐个面霜")
    '按您说的油皮、预算200元以内，修护面霜更适合干皮，不太推荐；店里的面霜暂时只有这一款，没有更适合您的同类款'
    >>> c = Product("l", "清爽面霜", price=129, category="面霜", suitable_for="油皮")
    >>> recommend([a, b, c], a, "我是油皮，推荐个面霜")
    '按您说的油皮，推荐您选清爽面霜（129元），它适合油皮'
    """
    skin, budget, group = skin_of(text), budget_of(text), GROUP.search(text)
    # the group as the catalogue writes it ("怀孕5个月" is 孕妇, "喂奶" 哺乳期)
    who = _GROUP_AS.get(group.group(0), "孕妇" if group.group(0).startswith("有") else group.group(0)) if group else None  # "有咗BB": 孕妇
    gift = skin is None and budget is None and who is None and _FRUGAL.search(text) and _GIFT_FOR.search(text)
    # "痘印好多 脸也暗沉 哪个适合我": the concern said, the need an item's facts speak of
    concern = "、".join(dict.fromkeys(_CONCERN_SAID.get(m.group(0), m.group(0)) for m in _CONCERN.finditer(text))) if not (skin or budget or who or gift) else ""
    if skin is None and budget is None and who is None and not gift and not concern:
        return ""  # ("送男朋友 别太贵": a present within a modest price is a need too)
    if who is not None and _RISKY.match(who) and WHICH.search(text):
        return sorted_for(catalogue, who)  # "怀孕了 哪些能用哪些不能用": the whole range sorted by its facts
    need = "、".join(x for x in (who, skin, _budget_words(budget, text) if budget else None, concern or ("送人、不想太贵" if gift else None)) if x)

    def fits_skin(p: Product) -> bool:
        return (skin is None or suits(p, skin) is not False) and (who is None or who[:2] not in p.not_for)

    def fits(p: Product) -> bool:
        if who is not None and (who[:2] in p.not_for or who[:2] not in p.suitable_for and _RISKY.match(who)):
            return False  # a group a wrong guess could harm (孕妇, 宝宝) only gets what is written for it
        return (skin is None or suits(p, skin) is not False) and (budget is None or p.price is None or p.price <= budget * (1.15 if _ABOUT.search(text) else 1))  # "一百五左右": 168 is about it

    other = bought_for(text) if skin and not budget and not gift and not concern and who is None else ""  # "给我妈买 她脸特别干": her skin, not yours
    head = f"按您说的，{other}是{skin}，" if other else f"按您说的{need}，" if skin or budget or gift or concern else f"{who}用的话，"
    kind_wanted = named is not None and named.category and re.search(f"(?:推荐|推个|买个|买一?[款瓶支盒罐]|要个|想买|找个|想入|入一?[款瓶支盒罐])[^，,。？?]{{0,3}}{re.escape(named.category)}", text)  # "推荐个面霜", "干皮 想买瓶精华 推荐哪个": that kind asked for
    if named is not None and skin and (_CHOICE.search(text) or kind_wanted) and not _names_exactly(named, skin) and any(_names_exactly(p, skin) and fits(p) for p in catalogue if p is not named):
        # "混干皮 面霜跟精华选哪个": the item written for that skin, not the one named first (the only one of the kind asked for said as not written for it)
        head += f"店里的{named.category}只有{named.name}这一款，它更适合{bare(named.suitable_for)}；" if kind_wanted and not names_skin(named, skin) and named.suitable_for and [p.category for p in catalogue].count(named.category) == 1 else ""
        named = None
    if named is not None and re.search("(?:送|赠|拿)的?" + re.escape(named.category or named.name), text) and REACH.search(text):
        named = None  # "想凑满199送面膜 买啥组合": the mask is the gift, not the item asked about
    if named is not None and _WHICH_TO_BUY.search(text) and _ASIDE.search(" ".join(c for c in re.split(r"[，,。？?！!\s]+", text) if any(w and w in c for w in (named.name, *named.aliases)))):
        named = None  # "预算200内 直接说买哪个 另外单买洗面奶要运费吗": the item named aside is not the pick
    named = None if re.search(_COUNTED, text) else named  # "之前用皂基洗面奶紧绷 推两样给我": a set, the item among the picks
    if named is not None and fits(named):
        said = (f"{head}{named.name}（{named.price:g}元）正合适，它适合{bare(named.suitable_for)}" if named.price else f"{head}{named.name}正合适") + _reasons(named, text)
        more = sorted((p for p in catalogue if _PAIRING.search(text) and p.category != named.category and fits_skin(p) and p.price), key=_basic_step)  # "还要搭别的吗"
        within = [p for p in more if budget is None or p.price <= budget - (named.price or 0)]
        return said + (f"。想再搭一样的话，可以加{within[0].name}（{within[0].price:g}元），它适合{bare(within[0].suitable_for)}" if within else
                       f"。按您的预算，先用这一款就够了；以后想加的话，{more[0].name}（{more[0].price:g}元）适合{bare(more[0].suitable_for)}" if more else "")
    if named is not None and who and _RISKY.match(who) and who[:2] not in named.not_for + named.suitable_for and not (skin or budget):
        # "给孩子买个洗面奶": the facts say nothing of that group, so it is checked, not guessed either way
        return f"{who}能不能用{named.name}，我这就帮您核实一下，确认后马上告诉您"
    if named is not None:
        why = f"更适合{bare(named.suitable_for)}" if skin and suits(named, skin) is False else (
            f"{who}不太建议用" if who and who[:2] in named.not_for else "不太符合您说的条件")
        if _BREAKOUT_ASKED.search(text) and "痘" in named.not_for:  # "油皮能用吗 夏天会不会闷痘": yes, it may (one "not for you")
            head += f"{named.name}{why}，{bare(named.not_for)}本来就不太建议用它" + ("，您担心的闷痘是有可能的；" if "闷" in text else "；")
        else:
            head += f"{named.name}{why}，不太推荐；" if not why.endswith("不太建议用") or skin or budget else f"{named.name}不适合用；"
    besides = _BESIDES.search(text)  # "除了洗面奶还有啥能买的": that one is had or known, not the pick
    picks = [p for p in catalogue if p is not named and fits(p) and not (besides and any(w and w in besides.group(1) for w in (p.name, p.category, *p.aliases)))]
    # the stated fit first, then the item whose facts share most words with the need ("保湿")
    # … but a need said in so many words ("想买保湿的") before the skin an item names
    # … and "买点基础的 别太贵": the simplest, cheapest item that fits before a specialist one
    frugal = bool(_FRUGAL.search(text))
    unknown = skin is None and who is None and not concern and bool(_GIFT_FOR.search(text)) and not _SET.search(text) and not any(
        asked.search(text) for asked, _ in _NEED_FAMILIES)  # a present for a skin or need not said: what suits every skin
    # an item written for the skin said (or for every skin) before one that only meets the need ("干皮 脸又干又黄")
    picks.sort(key=lambda p: (skin is not None and not (names_skin(p, skin) or _EVERY_SKIN.search(p.suitable_for)), -_meets(text, p), frugal and (_basic_step(p), p.price or 0), skin is not None and not names_skin(p, skin),
                              skin is not None and bool(_EVERY_SKIN.search(p.suitable_for)), -_overlap(text, p)))
    if named is not None and named.category and skin is not None and who is None and not _ANY_OTHER.search(text):
        # a serum is no stand-in for a cream: only an item of the same kind replaces the one not
        # for this skin ("不能的话推荐个别的", or a group such as 孕妇, still get whatever fits)
        kin = [p for p in picks if p.category == named.category]
        weighed = [p for p in picks if any(w and w in text for w in (p.name, *p.aliases))]  # "…还是用那个烟酰胺的好": the other one named
        if not kin and weighed:
            picks = weighed + [p for p in picks if p not in weighed]
        if not kin:
            # none of the same kind: said so, and what of the other kinds does fit (named as another kind, no stand-in)
            other = "、".join(f"{p.name}（{p.price:g}元）" if p.price is not None else p.name for p in picks[:2])
            if not other or kind_wanted:  # "推荐个面霜": that kind, no stand-in
                return head + f"店里的{named.category}暂时只有这一款，没有更适合您的同类款"
            if not (_PICK_ASKED.search(text) or weighed):  # "油皮能用这面霜吗": no stand-in, but where that skin may start
                return head + (f"店里的{named.category}暂时只有这一款，没有更适合您的同类款；{skin}日常护理可以先从{picks[0].category or picks[0].name}这一步入手，"
                               f"{picks[0].name}适合{bare(picks[0].suitable_for)}")
            whom = f"，{'它' if len(picks) == 1 else '两款都'}适合{_for_whom(text, bare(picks[0].suitable_for))}" if len(picks) == 1 and picks[0].suitable_for else ""
            return head + f"店里的{named.category}暂时只有这一款；别的品类里适合您的有{other}{whom}"
        picks = kin
    if not picks:
        return head + "我帮您把店里的款式再对一遍，挑到合适的马上告诉您" if named else ""
    reach = REACH.search(text) if named is None and budget is None else None  # "想凑够199拿赠品 怎么搭配": a sum to reach
    if named is None and (_SET.search(text) or reach) and (budget is not None or not frugal or _WHOLE_SET.search(text)):  # "买点基础的 别太贵": the one basic item
        # "买一套"/"买哪几样" with no budget: one item per category that suits, the basics first (with a budget: the
        # best pick, then what meets the need, then the basics: "油皮 痘印 一套 300左右" gets a serum and a cleanser)
        chosen = set_reaching(picks, float(reach.group(1))) if reach else set_within(picks[:1] + sorted(picks[1:], key=lambda p: (-_meets(text, p), _basic_step(p))) if budget is not None else sorted(picks, key=_basic_step), budget or float("inf"), 2 if _FEW.search(text) or frugal else 3, bool(_WHOLE_SET.search(text) or re.search(_COUNTED, text)))
        if len(chosen) >= 2:
            # "预算300以内 帮我配一套": one item per category, the stated fit first, within the budget
            total = sum(p.price for p in chosen)
            items = "、".join(f"{p.name}（{p.price:g}元{'，' + bare(p.role) if p.role else ''}）" for p in chosen)  # each with what it does in the set
            offers = promotions(total, policy) if policy is not None else ""
            if frugal and budget is None:  # "配一套 别太贵": what it earns, no "再凑…" to spend more
                offers = "；".join(x for x in offers.split("；") if not x.startswith("再凑"))
            extra = _top_up([p for p in catalogue if p not in chosen and fits_skin(p)], total, budget, policy) if budget is not None else ""
            if extra:  # "再凑52元" says no item: the one that reaches the coupon within the budget
                offers = "；".join([x for x in offers.split("；") if not x.startswith("再凑") or "券" not in x] + [extra])
            within = "，在预算内" if budget is not None else ""
            return f"{head}给您配这{len(chosen)}样：{items}，一共{total:g}元{within}" + (f"；{offers}" if offers else "")
    pick = picks[0]
    over = f"，比您说的多{pick.price - budget:g}元" if budget is not None and pick.price is not None and pick.price > budget else ""
    price = f"（{pick.price:g}元{over}）" if pick.price is not None else ""
    suited = f"，它适合{_for_whom(text, bare(pick.suitable_for))}" if pick.suitable_for else ""
    which = "推荐您选" if named is None else "更适合您的是" if not (named.category and pick.category and pick.category != named.category) else (
        f"店里的{named.category}暂时只有这一款；{pick.category}的话{who or '您'}可以放心用")  # another kind named as such, no stand-in
    safe = next((p for p in picks if _EVERY_SKIN.search(p.suitable_for)), None) if unknown and not _EVERY_SKIN.search(pick.suitable_for) else None
    if safe is not None:  # a present for a skin not said: the pick, whom it suits, and the one that suits every skin
        return (f"{head}{which}{pick.name}{price}{suited}；不知道对方是什么肤质的话，{safe.name}（{safe.price:g}元）"
                f"适合{bare(safe.suitable_for).split('，')[0]}，送人更稳妥")
    return f"{head}{which}{pick.name}{price}{suited}" + _reasons(pick, text)


def _reasons(p: Product, text: str) -> str:
    """What the pick is, why, what it does for a need the customer states, and the evidence (FABE)."""
    said = "；".join(bare(x) for x in (p.feature, p.advantage, benefit_for(text, p), p.evidence) if x)
    return f"。{said}" if said else ""
