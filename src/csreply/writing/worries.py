"""What a hesitating customer is afraid of ("怕用不完过期", "怕过敏烂脸", "人家才89"), and the fact
that answers it: the named item's facts, the catalogue's shelf lives, the careful way in, what the
price pays for; then the return rule as reassurance. Also a price offered that the promotions do not
reach ("168太贵了 150卖不卖"): what the price pays for. No I/O.
"""

from __future__ import annotations

import re

from . import facts, qualities
from .draft import Context
from .recommending import names_skin
from .postage import goodwill
from .rendering import bare_rule
from ..lazy_pattern import lazy

# a reaction feared ("怕过敏", "怕烂脸"): the item's cautions, or the careful way in
# a skin hurt, feared or had before ("刺得脸通红", "烂过脸", "脸肿了"): shared by the worry and the past hurt below
_HURT = r"刺激|刺痛|刺刺|刺得|辣脸|扎脸|烂脸|烂过.{0,3}脸|脸?肿了|红肿|通红"
REACTION = lazy(_HURT + r"|过敏|会不会(?:也)?刺|泛红|闷痘|长痘|爆痘|冒痘|闭口|有阴影|不适应|不耐受|受不了")

# what a hesitating customer is afraid of, and the fact that answers it
_PREGNANCY = lazy(r"怀孕|孕期|孕妇|备孕|哺乳|喂奶")  # whom a wrong answer could harm: the fact, no sales talk
_WORRIES = (
    (_PREGNANCY, "suitable"),
    (re.compile(r"过期|用不完|放不住|放太久|放久了"), "shelf_life"),
    (REACTION, "cautions"),
    (re.compile(r"不适合|不合适|适不适合|肤质"), "suitable"),
    (re.compile(r"(?:怕|担心)[^，,。？?\s]{0,6}(?:用不了|用不上)"), "suitable_skin"),  # "皮肤敏感 怕买了用不了": with a skin said only
    (re.compile(r"(?:敏感|干皮|油皮|痘痘肌|混油|混干)[^。？?!！]{0,8}(?:怕|担心)"), "suitable_unnamed"),  # "我皮肤挺敏感的，还是有点怕": no item named
    (re.compile(r"尺码|大小|合不合身|穿不下|装不下"), "spec"),
)


CHEAPER = lazy(r"(?:人家|别家|别人家|隔壁|其他店|别的店|淘宝上|拼多多|京东上|外面).{0,10}(?:(?:才|只要|只卖|卖)?\s*(?:\d{2,4}|[一二两三四五六七八九]百[一二三四五六七八九十]*)|便宜(?:[一二两三四五六七八九十几]+|\d+)(?:块|元|多)?)")  # "…便宜二十多", "还便宜几十"
# the price's worth doubted against cheaper goods ("一百多的面霜怕跟几十块的没区别", "是不是智商税")
VALUE_DOUBTED = lazy(r"(?:跟|和|比)(?:那些|那种)?(?:几十块|便宜|平价|超市|普通)[^，,。？?\s]{0,6}(?:没区别|没啥区别|没什么区别|一样|差不多)|智商税|值不值|(?:你们|你家)的?(?:好在哪|有啥好|有什么好|强在哪)")
# the effect doubted before buying ("怕用了没效果白花钱"): what a steady use does, and the evidence
EFFECT_DOUBTED = lazy(r"怕[^，,。？?\s]{0,4}没(?:有|啥|什么)?(?:效果|用)|花了钱没效果")
_RECEIVED = lazy(r"(?:已经|昨天|前天|今天|刚)收到了?|收到货了|到货了")
_SKIN_SAID = lazy(r"油皮|油性|大油|混油|干皮|干性|敏感肌|痘痘肌|痘肌")  # the skin in so many words, not "闷了一脸闭口"
_IRRITATED = lazy(_HURT + r"|过敏过|泛红过|爆痘了|爆过痘|闷痘了|(?<!怕)用了闷痘|闷过痘")
_CLOGGED = lazy(r"闷痘|闷过痘|闷出|闭口|爆痘|爆过痘|冒痘|长痘")  # a breakout feared: the texture answers it
TRY_FIRST = "怕用了不合适的话，收到后可以先在耳后或下颌小面积试用两三天，没有泛红刺痒再上脸，会稳妥很多"


def _gentle_facts(product) -> str:
    """What the item's facts say makes it gentle: what it leaves out and the test it passed
    ("积雪草修护面霜 50g不含酒精和香精，做过第三方机构的…人体斑贴测试"), or ""."""
    free = re.search(r"不含[^，,。；;]+", product.ingredients or "")
    tested = qualities.tested(product, "斑贴|刺激|敏感|过敏|耐受")  # (a test of the skin's tolerance)
    said = "，".join(x for x in (free.group() if free else "", tested) if x)
    return f"{product.name}{said}" if said else ""


def worry_answers(ctx: Context) -> list[tuple[str, str, str]]:
    """The answer to the concern a hesitation names ("怕用不完过期" → the shelf life), from the named
    item's facts or, for the shelf life, the catalogue's, then the return rule as reassurance;
    not a generic "价格、效果还是口碑" nudge."""
    if ctx.severity:
        return []  # "用了三四天 脸上刺刺的 有点怕": a reaction already there, not a worry before buying
    product = ctx.products[0] if ctx.products else None
    if product is not None and product.feature and product.price is not None and (CHEAPER.search(ctx.message) or VALUE_DOUBTED.search(ctx.message)):
        # "人家烟酰胺才89一瓶", "怕用了跟几十块的没区别": what the price pays for, from the item's own facts, not comfort alone
        value = f"理解您想多比较一下～{product.name}是{product.price:g}元，这个价钱主要花在用料上：{bare_rule(product.feature)}"
        if product.advantage and VALUE_DOUBTED.search(ctx.message):
            value += f"。{bare_rule(product.advantage)}"  # "跟几十块的没区别": how it differs from the plain kind
        if product.evidence:
            value += f"。{bare_rule(product.evidence)}"
        return [("fact", "value", value)]
    if product is not None and product.benefit and product.evidence and EFFECT_DOUBTED.search(ctx.message) and not REACTION.search(ctx.message) and not re.search(r"\d{2,}|百|块|元|贵|肉疼|下不去手", ctx.message):
        # (a price weighed is answered by what it pays for, elsewhere; a reaction feared, by the cautions)
        return [("fact", "value", f"理解您的顾虑，谁都不想白花钱～{bare_rule(product.benefit)}。{bare_rule(product.evidence)}")]
    # "怕闷痘", "之前用别家面霜闷了一脸闭口" of an item not for skin that breaks out: said plainly too, no gentleness pitched
    clogs = product is not None and bool(_CLOGGED.search(ctx.message)) and "痘" in (product.not_for or "")
    skin = facts.skin_of(ctx.message) or ("痘痘肌" if clogs else None)
    if product is not None and skin and (_SKIN_SAID.search(ctx.message) or clogs) and facts.suits(product, skin) is False:
        # "就怕我油皮用面霜闷痘": the facts rule this skin out, so said plainly, no reassurance to buy
        # … and what of the catalogue does suit that skin, as another step of the routine, not a stand-in
        fits = [p for p in ctx.library.products.values() if p is not product and names_skin(p, skin) and facts.suits(p, skin) is True]
        other = (f"；{skin}日常护理可以先从{fits[0].category or fits[0].name}这一步入手，店里的{fits[0].name}" + (f"（{fits[0].price:g}元）" if fits[0].price is not None else "")
                 + f"适合{bare_rule(fits[0].suitable_for)}") if fits else ""
        fit = f"{product.name}更适合{bare_rule(product.suitable_for)}，{bare_rule(product.not_for)}本来就不太建议用它"
        # ("怕闷痘" with no skin said: it depends on the skin, said so)
        said = f"按您说的{skin}，{fit}，这款就不太推荐您买了" if _SKIN_SAID.search(ctx.message) else f"闷不闷痘主要看肤质：{fit}；您要是平时容易长痘、长闭口，这款就不太推荐了"
        return [("fact", "suitable", f"您的顾虑很实在，{said}{other}")]
    found: list[tuple[str, str]] = []  # "怕用不完浪费 也不知道会不会过敏": each worry named, two at most
    for pattern, topic in _WORRIES:
        if not pattern.search(ctx.message) or len(found) >= 2 or topic == "suitable_skin" and not skin or topic == "suitable_unnamed" and (not skin or product is not None):
            continue
        topic = "suitable" if topic in ("suitable_skin", "suitable_unnamed") else topic
        if product is not None and facts.has_fact(topic, product, ctx.library.policy):
            fact = facts.answer(topic, ctx.message, product, ctx.library.policy, ctx.values)
        elif topic == "shelf_life":
            fact = facts.shelf_lives(list(ctx.library.products.values()))
        elif topic in ("cautions", "suitable") and product is None and pattern is not _PREGNANCY:
            fact = TRY_FIRST  # "怕买回去用了烂脸", "怕用着不合适" with no item named: the careful way in
            fits = [p for p in ctx.library.products.values() if skin and names_skin(p, skin) and facts.suits(p, skin) is True]
            if fits:  # "皮肤敏感 怕买了用不了": the item written for that skin, then the careful way in
                tested = next((c for c in re.split("[，,。；;]", fits[0].evidence) if "测试" in c), "")
                fact = f"{skin}的话，店里的{fits[0].name}适合{bare_rule(fits[0].suitable_for)}" + (f"，{tested.strip()}" if tested else "") + f"；{TRY_FIRST}"
        else:
            fact = ""
        clogged = f"这款{bare_rule(product.material)}" if topic == "cautions" and product is not None and product.material and _CLOGGED.search(ctx.message) else ""  # "怕闷痘": the texture answers it
        if fact and topic == "cautions" and product is not None and _IRRITATED.search(ctx.message):
            # "之前用别家烟酰胺刺痛过 你们这个刺激吗": how strong it is and why it is gentler, then the care
            gentle = facts.gentleness(product, way_in=False)
            try_first = "" if "耳后" in fact else f"；{TRY_FIRST}"  # the item's cautions may say it already
            fact = "；".join(x for x in (gentle, clogged, fact) if x) + try_first
        elif fact and topic == "cautions" and product is not None and (calm := _gentle_facts(product)):
            fact = "；".join(x for x in (calm, clogged, fact) if x)  # "怕用了过敏": what makes it gentle, from the facts, then the careful way in
        if fact and pattern is _PREGNANCY:
            return [("fact", topic, f"理解您的担心，{fact}")]  # no return rule: this is not about buying
        if fact and all(fact != said for _, said in found):
            found.append((topic, fact))
    if not found:
        return []
    if _RECEIVED.search(ctx.message):  # "昨天收到了 …面霜开了以后能放多久 我怕用不完": the goods are had, nothing to weigh
        return [("fact", t, f) for t, f in found]
    rule = "" if _IRRITATED.search(ctx.message) and re.search("之前|以前|上次|用过|用别家", ctx.message) else f"{bare_rule(ctx.library.policy.return_change_of_mind)}，"  # (a skin hurt before: care, no return rules)
    calm = f"您慢慢考虑不着急{'。' + rule if rule else '，'}想好了随时来找{ctx.values['shop.agent']}"
    return [("fact", found[0][0], f"您的顾虑很实在，{found[0][1]}"), *(("fact", t, f) for t, f in found[1:]), ("fact", "return_window", calm)]


_LESS_ASKED = lazy(r"便宜|少[点些一]|优惠|打[个几]?折|折扣|抹|减|让[点些]|送点|能不能|可以吗|行不|卖不卖|[#\d]{2,}")
_HELD = lazy(r"价格这边没办法再改啦，不过([^。]*?)哦～")


def balked(ctx: Context, text: str) -> str:
    """A price balked at while weighing it, no lower price asked ("面霜有点贵 再考虑下", "有点贵 怕用了没效果"):
    the bargain script's "价格这边没办法再改啦" refuses what was not asked, so in its place the offers,
    the 保价 and the return rule, with no pressure; the text as it is otherwise."""
    policy = ctx.library.policy
    if ctx.lead != "bargain" or ctx.match.scenario != "hesitation" or _LESS_ASKED.search(ctx.message) or not _HELD.search(text):
        return text
    kept = f"付款后{policy.price_protect_days}天内降价的话可以退差价" if policy.price_protect_days else ""
    back = policy.return_change_of_mind.split("；")[0] if policy.return_change_of_mind else ""
    sure = "，".join(x for x in (kept, back) if x)
    return _HELD.sub(lambda m: f"{m.group(1)}；{sure}。您慢慢考虑不着急，想好了随时来找{ctx.values['shop.agent']}～" if sure else m.group(0), text, count=1)


_NUDGE, _REACHED = lazy(r"再凑\d+元满\d+元还能送[^；，。]+"), lazy(r"已经满\d+元，还能送[^；，。]+")


def price_held(ctx: Context, summed: str) -> str:
    """A price offered for one item that the promotions do not meet ("168一瓶也太贵了 150卖不卖"):
    the price stays, what it pays for (FABE's F and E) and the gift's nudge (not a nudge to spend
    131元 more for a 20元 coupon); the goodwill coupon is a later concession, not the first answer;
    "" when the promotions answer the offer."""
    worth = price_worth(ctx)  # what it pays for: FABE's feature and evidence
    if not worth or re.search("比您说的|正好|券后实付", summed):
        return ""
    product = ctx.products[0]
    said = re.match(r"您说的[^；]*?一共[\d.]+元", summed)  # "…买3盒，一共177元": the sum said first
    value = f"理解您想买得划算一些～价格这边没办法改，{said.group(0) + '；' if said else ''}{worth}"
    nudge, reached = _NUDGE.search(summed), _REACHED.search(summed)  # "…已经满199元，还能送面膜1片": the gift it earns as it is
    near = nudge and float(re.search(r"\d+", nudge.group(0)).group(0)) <= product.price  # (no "再凑120元" beside a 79元 item)
    return value + (f"；现在{nudge.group(0)}" if near else f"；{reached.group(0) if said else reached.group(0).replace('已经满', '单买这款就满')}" if reached else "")


def price_worth(ctx: Context) -> str:
    """What one item's price pays for, asked as a challenge ("你们199凭啥"): the price kept, its
    feature and its evidence; "" without one item whose feature the library states."""
    product = ctx.products[0] if len(ctx.products) == 1 else None
    if product is None or not product.feature or product.price is None:
        return ""
    evidence = f"；{re.sub('^这款', '', bare_rule(product.evidence))}" if product.evidence else ""
    return f"{product.name}是{product.price:g}元，这个价钱主要花在用料上：{bare_rule(product.feature)}{evidence}"


_SHORT_OF_MONEY = lazy(r"学生|没啥钱|没什么钱|没多少钱|没钱|预算(?:有限|不多|少|紧)|手头紧")


def tight_budget(ctx: Context) -> str:
    """A customer short of money ("学生党没啥钱"): the catalogue's two cheapest items to start with
    and the goodwill coupon the policy allows, not promotions that ask to spend more; "" else."""
    if not _SHORT_OF_MONEY.search(ctx.message):
        return ""
    cheap = sorted((p for p in ctx.library.products.values() if p.price is not None), key=lambda p: p.price)[:2]
    if not cheap:
        return ""
    agent, extra = ctx.values["shop.agent"], ctx.values.get("policy.compensation")
    items = "、".join(f"{p.name}（{p.price:g}元）" for p in cheap)
    coupon = f"；{goodwill(extra)}" if extra else ""
    return f"理解您想多比较一下～预算有限的话不用一次买齐，可以先从价格低一些的{items}试起，用着合适再慢慢添{coupon}。您慢慢比较，有想了解的随时问{agent}"
