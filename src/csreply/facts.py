"""Answer what a customer asks from the shop's own facts: price, size, shipping, invoice …

A customer's question about a fact ("新疆包邮不", "面霜多少钱一瓶", "能开专票吗") deserves the
fact, not "以商品页面为准". :func:`asked` finds which facts a clause asks about (the topics, in
the order the customer asks them); :func:`answer` writes one sentence stating the fact from the
product (``[[products]]``) or the policy (``[policy]``), or, when the library does not hold it,
saying what the agent will check and by when (``{time.reply}``, computed from the policy).

Product facts are written in the library to read after the product's name ("适合干皮和敏感肌",
"保质期是未开封3年"), so the sentences here only add the name and a frame. No I/O.

>>> from csreply.model import Policy, Product
>>> cream = Product("c", "修护面霜", price=168, spec="50g", shelf_life="未开封3年，开封后6个月")
>>> asked("面霜多少钱一瓶？保质期多久")
['price', 'shelf_life']
>>> answer("price", "面霜多少钱一瓶", cream, Policy(), {"time.reply": "今天11:00"})
'修护面霜（50g）现在是168元哦'
>>> answer("shelf_life", "保质期多久", cream, Policy(), {"time.reply": "今天11:00"})
'修护面霜的保质期是未开封3年，开封后6个月'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .cache import short_text_cache
from .model import Policy, Product

_WHEN_OF_DAY = r"(?:白天|晚上|早上|夜里|睡前)"
_WHEN_TO_USE = re.compile(_WHEN_OF_DAY + r"(?:能|可以)用")  # "白天能用吗": when, not who
# topic -> what the customer's words look like; checked on the Simplified, lower-case message
_ASKS: dict[str, str] = {
    "price_protect": r"保价|价保|补差价|退差价|差价|降价了|便宜了|买贵了|会不会降价|会比现在便宜|亏不亏|买亏|差了\d+[块元]|差了[一两二三四五六七八九十几]+[块元]",
    "price": r"多少钱|什么价|价格|价钱|几块钱|多少米|售价|卖多少|怎么卖",
    "spec": r"规格|容量|多少ml|多少毫升|多少克|多少g|净含量|多大瓶|多大一瓶|几片|多少片|\d+片吗|一盒.{0,3}片|尺寸|几寸|用多久|多大|\d+\s*(?:ml|g|毫升|克)的?有吗",
    "material": r"质地|材质|面料|什么料|油不油|黏不黏|粘不粘|厚不厚|油腻吗|闷不闷|清爽吗|起泡|泡沫|紧绷|拔干|会不会(?:很|太)?干|干不干",
    "ingredients": r"成分|配方|含不含|含有|有没有酒精|酒精|香精|防腐剂|激素|味道|香味|气味|香不香",
    "suitable": r"适合|适不适合|能用吗|可以用吗|能不能用|可不可以用|能用不|能用么|孕妇|哺乳期|怀孕|孕期|备孕|喂奶|继续用|还能用|会不会(?:闷|长|爆|过敏|刺激|油)",
    "usage": _WHEN_OF_DAY + r"(?:能|可以)?用|怎么用|如何用|用法|使用方法|怎么使用|一周.{0,2}几次|[用敷抹涂]几次|几天.{0,2}一次|用量|用多少|先用|顺序|一起用|敷多久|早晚都用|每天都?用|用完.{0,3}[涂抹用]|用多久|[敷用]完要|要不要洗|要洗脸|天天[敷用抹涂]|每天[敷抹涂]",
    "cautions": r"注意什么|注意事项|副作用|有刺激|刺激吗|刺痛吗|会不会(?:刺痛|痒|红|脱皮)|会过敏|怕过敏|过敏吗",
    "shelf_life": r"保质期|有效期|过期吗|快过期|能放多久|放多久|开封后|保存期限|保存多久|能保存",
    # facts a catalogue rarely holds: asked, they get "I will check, by …", never silence
    "storage": r"放冰箱|冰箱里|冷藏|怎么保存|避光|怕晒|怕热",
    "dose": r"一次.{0,3}(?:挖|取|用|涂|抹|挤|按)多少|(?:挖|取|挤|按)多少|用多少量|多大量|几泵|几滴",
    "made": r"生产日期|新生产|今年生产|生产的吗|哪年生产|什么时候生产|是新货|新货吗|批次",
    "combine": r"(?:和|跟|与|加|搭配|叠加)\s*(?:维a|a醇|视黄醇|视黄醛|a酸|果酸|水杨酸|杏仁酸|刷酸|酸类|维c|vc|早c晚a|其他精华|别的精华)",
    "in_box": r"独立包装|单独包装|包装里|盒子里有|配件|包含什么|一套有|有几样|礼盒|勺|附带|带不带",
    "shipping": r"包邮|运费|邮费|快递费|邮不邮",
    "courier": r"顺丰|咩快递|啥快递|什么快递|哪家快递|哪个快递|京东快递|圆通|中通|韵达|申通|极兔|邮政|ems|快递公司",
    "ships_from": r"哪里发|从哪发|哪儿发|发货地|哪发货|仓库在|从哪里寄|哪里寄",
    "invoice": r"发票|开票|专票|普票",
    "gifts": r"赠品|有什么送|送什么|有礼物|买赠|满赠|有赠|再送|多送",
    "warranty": r"保修|质保|维修|包换",
    "installation": r"安装|上门装|师傅上门",
    # how to pay, not a payment that failed ("付款失败" is the payment scenario's)
    "payment_methods": r"花呗|分期|信用卡|白条|付款方式|支付方式|怎么付款(?![不没失])|能用.{0,4}(?:支付宝|微信)(?:付|支付)?吗|货到付款",
}
_PATTERNS = {topic: re.compile(words) for topic, words in _ASKS.items()}
# words that ask a fact only when the shop states it ("有啥活动" is the gift rule if there is one,
# otherwise the promotion scripts answer better than "I will check")
_WEAK = {"gifts": re.compile(r"什么活动|啥活动|有活动|活动吗|活动不|优惠活动")}
PRODUCT_TOPICS = frozenset(
    {"price", "spec", "material", "ingredients", "suitable", "usage", "cautions", "shelf_life", "in_box", "made", "combine", "storage", "dose"}
)
# a product fact the library does not give: "{name}的{label}我这就帮您核实一下"
_LABELS = {
    "price": "价格", "spec": "规格", "material": "质地", "ingredients": "成分", "suitable": "适用人群",
    "usage": "用法", "cautions": "注意事项", "shelf_life": "保质期", "in_box": "包装内容",
    "made": "生产日期", "storage": "保存方式（要不要冷藏）", "dose": "每次用量", "combine": "和其他活性成分叠加的用法",
}
# what the agent checks, and with whom, when the policy does not say
_CHECKS = {
    "shipping": "您这边的运费我这就跟仓库确认一下",
    "courier": "能发哪些快递、指定快递要不要补差价，我这就跟仓库确认一下",
    "ships_from": "发货仓库在哪里我这就帮您确认一下",
    "invoice": "能开哪种发票我这就跟财务确认一下",
    "price_protect": "保价的规则我这就帮您确认一下",
    "gifts": "现在的赠品我这就帮您确认一下",
    "warranty": "保修怎么处理我这就帮您确认一下",
    "installation": "安装怎么安排我这就帮您确认一下",
    "payment_methods": "能用哪些付款方式、能不能分期，我这就帮您确认一下",
}
# provinces and regions a customer names when asking about shipping to them
REGIONS = (
    "新疆", "西藏", "青海", "内蒙古", "内蒙", "宁夏", "甘肃", "海南", "港澳台", "香港", "澳门", "台湾",
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "四川", "贵州", "云南", "陕西",
)
# cities customers name instead of their province: the policy's region rules are by province
CITIES = {
    "乌鲁木齐": "新疆", "喀什": "新疆", "伊犁": "新疆", "克拉玛依": "新疆", "库尔勒": "新疆", "石河子": "新疆",
    "拉萨": "西藏", "日喀则": "西藏", "林芝": "西藏", "西宁": "青海", "格尔木": "青海",
    "呼和浩特": "内蒙古", "包头": "内蒙古", "鄂尔多斯": "内蒙古", "赤峰": "内蒙古", "呼伦贝尔": "内蒙古",
    "银川": "宁夏", "兰州": "甘肃", "敦煌": "甘肃", "海口": "海南", "三亚": "海南",
    "台北": "台湾", "高雄": "台湾", "台中": "台湾", "九龙": "香港", "新界": "香港",
    "石家庄": "河北", "太原": "山西", "沈阳": "辽宁", "大连": "辽宁", "长春": "吉林", "哈尔滨": "黑龙江",
    "南京": "江苏", "苏州": "江苏", "杭州": "浙江", "宁波": "浙江", "合肥": "安徽", "福州": "福建", "厦门": "福建",
    "南昌": "江西", "济南": "山东", "青岛": "山东", "郑州": "河南", "武汉": "湖北", "长沙": "湖南",
    "广州": "广东", "深圳": "广东", "东莞": "广东", "南宁": "广西", "桂林": "广西", "成都": "四川",
    "贵阳": "贵州", "昆明": "云南", "西安": "陕西",
}
_DAYS = re.compile(r"(\d+|[一两二三四五六七八九十]+)天")
_WEEKS = re.compile(r"(\d+|[一两二三四五六七八九])个?(?:星期|礼拜|周)")
_CN_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def asked(text: str) -> list[str]:
    """The fact topics ``text`` (Simplified) asks about, in the order it asks them.

    A 差价/保价 question is not also a price question.

    >>> asked("新疆包邮不")
    ['shipping']
    >>> asked("能开发票吗，发什么快递")
    ['invoice', 'courier']
    >>> asked("买了三天就降价了，能补差价吗")
    ['price_protect']
    """
    return list(_asked(text))


@short_text_cache(maxsize=4096)  # a draft asks it of the same message and clauses several times
def _asked(text: str) -> tuple[str, ...]:
    text = text.lower()
    found: list[tuple[int, str]] = []
    for topic, pattern in _PATTERNS.items():
        m = pattern.search(text)
        if m:
            found.append((m.start(), topic))
    asks_when = re.search(r"几天|多久|什么时候|哪天|能到吗", text)  # arrival time, not the fee
    if "shipping" not in {t for _, t in found} and not asks_when and re.search(r"(?:发|寄|送)(?:到|过去|吗|不)|能发|可以发|能寄|可以寄|到不到", text):
        region = next((r for r in (*REGIONS, *CITIES) if r in text), None)
        if region is not None:  # "新疆能发吗", "拉萨能寄吗": shipping to a region
            found.append((text.find(region), "shipping"))
    topics = [t for _, t in sorted(found)]
    if "usage" in topics and "suitable" in topics and _WHEN_TO_USE.search(text):
        topics.remove("suitable")  # "白天能用吗" asks when to use it, not who may
    if "price_protect" in topics and "price" in topics:
        topics.remove("price")
    return tuple(topics)


def position(topic: str, text: str) -> int:
    """Where in ``text`` the question about ``topic`` is asked (0 when not found)."""
    pattern = _PATTERNS.get(topic) or _WEAK.get(topic)
    m = pattern.search(text.lower()) if pattern else None
    return m.start() if m else 0


def asked_weakly(text: str) -> list[str]:
    """Topics ``text`` may ask about, worth answering only when the library has the fact."""
    return [topic for topic, pattern in _WEAK.items() if pattern.search(text.lower())]


# a topic answered by another's fact: the amount per use is in the usage
_ANSWERED_BY = {"dose": "usage"}


def has_fact(topic: str, product: Product | None, policy: Policy) -> bool:
    """Whether the library holds the fact ``topic`` asks for (so the draft can state it)."""
    topic = _ANSWERED_BY.get(topic, topic)
    if topic in PRODUCT_TOPICS:
        if product is None:
            return False
        if topic == "price":
            return product.price is not None
        if topic == "suitable":
            return bool(product.suitable_for or product.not_for)
        return bool(getattr(product, topic, None))  # "made", "combine": no catalogue key (yet)
    if topic == "shipping":
        return bool(policy.free_shipping)
    if topic == "courier":
        return bool(policy.couriers or policy.courier_surcharge)
    if topic == "price_protect":
        return policy.price_protect_days > 0
    return bool(getattr(policy, topic))


def answer(
    topic: str, text: str, product: Product | None, policy: Policy, values: Mapping[str, str],
    *, bought: bool = False,
) -> str:
    """One sentence (no final punctuation) answering ``topic`` for the clause ``text``.

    The fact when the library has it; otherwise what the agent checks and by when. ``bought``:
    the customer has already paid (an after-sale message), which changes the 保价 answer.
    """
    who = _unlisted_group(text, product) if topic == "suitable" and product is not None else None
    if who is not None and product is not None:
        return f"{who}能不能用{product.name}，我这就帮您核实一下，{values['time.reply']}前给您准确答复"
    if topic == "spec" and product is not None and _lacks_dimensions(text, product):
        # "一片多大，能盖住吗" asks a size the spec ("5片装，每片25ml") does not give
        return f"{product.name}的具体尺寸我这就帮您核实一下，{values['time.reply']}前给您准确答复"
    if not has_fact(topic, product, policy):
        if topic in PRODUCT_TOPICS:
            whose = f"{product.name}的" if product else ""
            what = f"{whose}{_LABELS[topic]}我这就帮您核实一下"
            if topic == "combine" and product is not None:
                what = f"{product.name}能不能和您说的成分叠加着用，我这就帮您核实一下"
        else:
            what = _CHECKS[topic]
        checked = f"{what}，{values['time.reply']}前给您准确答复"
        if topic == "combine" and product is not None and product.cautions:
            checked += f"；在这之前，用{product.name}时先留意：{_bare(product.cautions)}"  # the item's own cautions hold anyway
        return checked
    if topic in PRODUCT_TOPICS:
        assert product is not None
        return _product_answer(_ANSWERED_BY.get(topic, topic), text, product)
    if topic == "shipping" and product is not None and not bought:
        return _shipping(text, policy) + _free_from(text, product, policy)  # the rule applied to the item
    return _policy_answer(topic, text, policy, values, bought)


_FREE_FROM = re.compile(r"满(\d+)元?包邮")


def _free_from(text: str, product: Product, policy: Policy) -> str:
    """The free-shipping threshold applied to the named item ("一盒59元还不到99元，两盒118元就包邮了");
    "" for a remote region, an unknown price or a rule without a threshold.

    >>> _free_from("面膜包邮吗", Product("m", "面膜", price=59), Policy(free_shipping="全店满99元包邮"))
    '。面膜一件59元还不到99元，拍2件（118元）就包邮了'
    """
    m = _FREE_FROM.search(policy.free_shipping)
    region = next((r for r in (*REGIONS, *CITIES) if r in text), None)
    if m is None or product.price is None or product.price <= 0 or region and region in _remote(policy):
        return ""
    threshold = int(m.group(1))
    if product.price >= threshold:
        return f"。{product.name}是{product.price:g}元，一件就包邮了"
    n = -(-threshold // int(product.price)) if product.price == int(product.price) else int(threshold // product.price) + 1
    return f"。{product.name}一件{product.price:g}元还不到{threshold}元，拍{n}件（{n * product.price:g}元）就包邮了"


def _remote(policy: Policy) -> set[str]:
    """The regions and cities outside the free-shipping rule."""
    regions = {r for r in (*REGIONS, *CITIES.values()) if any(_covers(x, r) for x in policy.remote_regions)}
    return regions | {c for c, r in CITIES.items() if r in regions}


# a question about an item's dimensions (not its volume: "多大一瓶" is answered by "50g")
_DIMENSION_ASK = re.compile(r"尺寸|多长|多宽|多高|长宽|大小|一片多大|多大一片|盖住|盖得住|盖不住")
_DIMENSION = re.compile(r"\d\s*(?:cm|厘米|毫米|mm|寸|公分)", re.IGNORECASE)


def _lacks_dimensions(text: str, product: Product) -> bool:
    """Whether ``text`` asks the item's dimensions and its spec gives none."""
    return bool(_DIMENSION_ASK.search(text)) and not _DIMENSION.search(product.spec)


def shelf_lives(catalogue: list[Product]) -> str:
    """The catalogue's shelf lives, items sharing one named together by category (or name).

    >>> shelf_lives([Product("a", "面霜", category="面霜", shelf_life="未开封3年"),
    ...              Product("b", "精华", category="精华", shelf_life="未开封3年")])
    '面霜、精华的保质期都是未开封3年'
    """
    groups: dict[str, list[str]] = {}
    for p in catalogue:
        if p.shelf_life:
            groups.setdefault(_bare(p.shelf_life), []).append(p.category or p.name)
    if len(groups) == 1:
        (life, names), = groups.items()
        return f"{'、'.join(names)}的保质期都是{life}"
    return "；".join(f"{'、'.join(names)}{life}" for life, names in groups.items())


def prices(products: tuple[Product, ...] | list[Product]) -> str:
    """The price of each named item, and what they cost together.

    >>> prices([Product("s", "精华", price=199), Product("c", "面霜", price=168)])
    '精华是199元，面霜是168元，一起买是367元哦'
    """
    known = [p for p in products if p.price is not None]
    parts = [f"{p.name}是{p.price:g}元" for p in known]
    if len(known) >= 2:
        parts.append(f"一起买是{sum(p.price or 0 for p in known):g}元哦")
    return "，".join(parts)


def _product_answer(topic: str, text: str, p: Product) -> str:
    name = p.name
    if topic == "price":
        # "临安纸皮核桃 500g" says its size already: no "（500g，大约100颗）" after it
        size = f"（{p.spec}）" if p.spec and re.split("[，,、 ]", p.spec)[0] not in name else ""
        return f"{name}{size}现在是{p.price:g}元哦"
    if topic == "suitable":
        return _suitable(text, p)
    frames = {
        "spec": "{n}的规格是{v}",
        "material": "{n}{v}",
        "ingredients": "{n}{v}",
        "usage": "{n}的用法是：{v}",
        "cautions": "用{n}时要留意：{v}",
        "shelf_life": "{n}的保质期是{v}",
        "in_box": "{n}包装里有{v}",
    }
    value = _unrepeated(name, _bare(getattr(p, topic)))
    if not value:
        return ""
    if value != _bare(getattr(p, topic)):
        return f"{name}，{value}"  # "5片装，每片25ml精华" after "面膜 5片装": only what the name lacks
    return frames[topic].format(n=name, v=value)


def _unrepeated(name: str, value: str) -> str:
    """``value`` without the leading parts the product's name already says.

    >>> _unrepeated("补水面膜 5片装", "5片装，每片25ml精华")
    '每片25ml精华'
    """
    parts = re.split("[，,、]", value)
    while parts and parts[0].strip() and parts[0].strip() in name:
        parts.pop(0)
    return "，".join(p.strip() for p in parts if p.strip())


def _suitable(text: str, p: Product) -> str:
    """Whether the product suits the person the customer names, honest about who it does not suit."""
    unsuited = [w for w in _items(p.not_for) if w and (_mentions(text, w) or _said_group(text, w))]
    if unsuited:
        # already using it (a pregnancy found after buying): say plainly to stop, not just "not advised"
        stop = f"，已经在用的话建议先停用{p.name}" if _IN_USE.search(text) else ""
        return f"{unsuited[0]}的话不太建议用{p.name}哦{stop}，它更适合{_bare(p.suitable_for)}" if p.suitable_for else (
            f"{unsuited[0]}的话不太建议用{p.name}哦{stop}"
        )
    skin = skin_of(text)
    if skin and suits(p, skin) is True:
        fit = f"{skin}用{p.name}正合适，它适合{_bare(p.suitable_for)}"
        # sensitive skin: the careful way in still helps
        return f"{fit}；{_bare(p.cautions)}" if skin == "敏感肌" and p.cautions else fit
    parts = [f"{p.name}适合{_bare(p.suitable_for)}"] if p.suitable_for else []
    if p.not_for:
        parts.append(f"{_bare(p.not_for)}不太建议用")
    if skin and suits(p, skin) is None and p.cautions:
        parts.append(f"{skin}的话，{_bare(p.cautions)}")  # not listed either way: the careful way in
    return "，".join(parts)


# how customers say they belong to a group the facts name ("刚查出怀孕了" is 孕妇)
_GROUP_SAID = {"孕妇": re.compile(r"怀孕|孕期|备孕|怀了宝宝|孕妈"), "哺乳期": re.compile(r"哺乳|喂奶|母乳")}
_IN_USE = re.compile(r"继续用|还能用|在用|用了|之前买的|已经买了|正在用")


def _said_group(text: str, item: str) -> bool:
    """Whether the customer says they belong to ``item`` (a group from the facts) in other words.

    >>> _said_group("刚查出怀孕了", "孕妇"), _said_group("油皮能用吗", "孕妇")
    (True, False)
    """
    said = _GROUP_SAID.get(item)
    return bool(said and said.search(text))


def _unlisted_group(text: str, product: Product) -> str | None:
    """The group (孕妇, 儿童) the customer asks about when the product's facts do not mention
    it: for them "适合干皮" is no answer, and guessing is not safe."""
    group = _GROUP.search(text)
    if group is None:
        return None
    if any(_said_group(text, w) for w in _items(product.not_for) + _items(product.suitable_for)):
        return None  # "怀孕了，对宝宝有影响吗" asks about the 孕妇 the facts name, not about a baby
    who = group.group(0)
    return who if who[:2] not in product.suitable_for and who[:2] not in product.not_for else None


def _mentions(text: str, item: str) -> bool:
    """Whether the customer's words name ``item`` (for a short item its first two characters
    suffice: 孕妇 for 孕妇期)."""
    return item in text or (2 <= len(item) <= 4 and item[:2] in text)


def _items(text: str) -> list[str]:
    return [w.strip() for w in re.split(r"[、，,和及/]|以及", text) if w.strip()]


def _policy_answer(topic: str, text: str, policy: Policy, values: Mapping[str, str], bought: bool) -> str:
    if topic == "shipping":
        return _shipping(text, policy)
    if topic == "courier":
        parts = [_bare(policy.couriers)] if policy.couriers else []
        if policy.courier_surcharge:
            parts.append(_bare(policy.courier_surcharge))
        return "，".join(parts)
    if topic == "ships_from":
        return f"我们是从{_bare(policy.ships_from)}发货的哦"
    if topic == "price_protect":
        return _price_protect(text, policy, values, bought)
    return _bare(getattr(policy, topic))


def _shipping(text: str, policy: Policy) -> str:
    """The free-shipping rule, or what a region outside it pays, for the region the customer names."""
    region = next((r for r in REGIONS if r in text), None)
    city = next((c for c in CITIES if c in text), None) if region is None else None
    if city is not None:
        region = CITIES[city]  # "乌鲁木齐" is in 新疆: the rule for 新疆 applies
    remote = region is not None and any(_covers(r, region) for r in policy.remote_regions)
    if remote:
        fee = _bare(policy.remote_fee) or "需要补一点运费"
        where = f"{city}在{region}，" if city else f"{region}"
        return f"{where}可以发的哦，不过不在包邮范围内，{fee}，还请您理解"
    rule = _bare(policy.free_shipping)
    if region is not None:
        return f"{city or region}在包邮范围内哦，{rule}"
    return rule


def _covers(listed: str, region: str) -> bool:
    """Whether a listed region ("港澳台", "内蒙古") covers the one the customer names."""
    if listed == "港澳台":
        return region in ("香港", "澳门", "台湾", "港澳台")
    return region in listed or listed in region


def _price_protect(text: str, policy: Policy, values: Mapping[str, str], bought: bool) -> str:
    """The price-protection window, counted from the purchase the customer names ("买了三天")."""
    window = policy.price_protect_days
    days = days_ago(text)
    rule = f"我们支持付款后{window}天内保价"
    if days is None and not bought and not re.search("买了|买的|下单了|拍了|付款了|已经", text):
        return f"{rule}，这期间降价的话，差价会原路退给您，现在下单也不用担心买贵哦"  # asked before buying
    if days is None:
        return f"{rule}，这期间降价了，差价核实后{values['time.refund']}前原路退回给您"
    if days <= window:
        return f"{rule}，您是{days}天前买的，还在保价期内，差价我核实后{values['time.refund']}前原路退回给您"
    return f"{rule}，您这单买了{days}天，已经过了保价期，差价这次没办法补了，还请您理解"


def days_ago(text: str) -> int | None:
    """How many days ago the event the customer names happened ("签收两天了", "买了3天"), or None.

    >>> days_ago("退货签收两天了"), days_ago("买了3天就降价"), days_ago("都一个星期了"), days_ago("什么时候到")
    (2, 3, 7, None)
    >>> days_ago("十天"), days_ago("十五天"), days_ago("二十天"), days_ago("二十五天")
    (10, 15, 20, 25)
    """
    if re.search("上周|上个星期|上星期|上个礼拜", text):
        return 7
    if "上个月" in text:
        return 30
    if "前天" in text:
        return 2
    if "昨天" in text:
        return 1
    weeks = _WEEKS.search(text)
    if weeks:
        count = weeks.group(1)
        return 7 * (int(count) if count.isdigit() else _CN_DIGITS.get(count, 1))
    m = _DAYS.search(text)
    if not m:
        return None
    word = m.group(1)
    if word.isdigit():
        return int(word)
    tens, _, ones = word.rpartition("十")  # 十五 → ("", "五"), 二十五 → ("二", "五")
    if "十" not in word:
        return _CN_DIGITS.get(word[0])
    return _CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(ones, 0)


def _bare(text: str) -> str:
    """A fact without its final punctuation, to be framed inside a sentence."""
    return text.strip().rstrip("。.；;，,！!～~")


# --- comparisons and recommendations ----------------------------------------------------------
# the order skincare steps are used in: items of two different steps are used together
STEPS = ("洁面", "爽肤水", "化妆水", "精华", "乳液", "面霜", "防晒")
# a stated skin type and the words a product's suitable_for uses for it
_SKIN = {
    "混干皮": ("混干", "混合"), "混油皮": ("混油", "混合"),
    "油皮": ("油皮", "油性", "混油"), "干皮": ("干皮", "干性", "混干"), "混合皮": ("混合",),
    "敏感肌": ("敏感",), "痘痘肌": ("痘痘", "痘肌", "痘印"),
}
_SKIN_SAID = {
    "混干皮": r"混干", "混油皮": r"混油",
    "油皮": r"油皮|油性|大油田|爱出油|皮肤(?:很|比较|特别|有点)?油", "干皮": r"干皮|干性|很干|起皮|皮肤(?:很|比较|特别|有点)?干",
    "混合皮": r"混合皮", "敏感肌": r"敏感|容易过敏", "痘痘肌": r"痘痘肌|长痘|闭口",
}
# people a customer asks for ("有没有适合孕妇用的")
_GROUP = re.compile(r"孕妇|孕期|哺乳期|老人|小孩|儿童|宝宝")  # whom a wrong guess could harm
_BUDGET = re.compile(r"(?:预算|不超过|以内|以下)\D{0,3}(\d{2,5})|(\d{2,5})\s*(?:块|元)?\s*(?:以内|以下|左右)")


def skin_of(text: str) -> str | None:
    """The skin type the customer names first ("我是油皮" -> 油皮), or None: in "敏感肌能用吗，洗完会不
    会很干" the skin is 敏感肌 and "很干" asks about the item.

    >>> skin_of("敏感肌能用吗 洗完会不会很干"), skin_of("混干皮"), skin_of("面霜多少钱")
    ('敏感肌', '混干皮', None)
    """
    said = [(m.start(), i, skin) for i, (skin, pattern) in enumerate(_SKIN_SAID.items()) if (m := re.search(pattern, text))]
    return min(said)[2] if said else None


def budget_of(text: str) -> float | None:
    """The budget the customer names ("预算200以内" -> 200.0), or None."""
    m = _BUDGET.search(text)
    return float(m.group(1) or m.group(2)) if m else None


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


def _names_skin(product: Product, skin: str) -> bool:
    """Whether the product's facts name this skin type (more telling than "所有肤质")."""
    return any(w in product.suitable_for for w in _SKIN.get(skin, (skin,)))


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
        parts = [f"{p.category}适合{_bare(p.suitable_for)}" for p in (first, second) if p.suitable_for]
        text = f"{both}不是二选一，是可以搭配着用的" + (f"：{'，'.join(parts)}" if parts else "")
        if first.category in STEPS and second.category in STEPS:
            a, b = sorted((first, second), key=lambda p: STEPS.index(p.category))
            start = f"先用{a.category}洗脸" if a.category == "洁面" else f"洁面后先用{a.category}"
            text += f"。一起用的话，{start}，再用{b.category}"
        return text
    kind = f"都是{first.category}" if first.category else "功能相近"
    parts = [f"{p.name}适合{_bare(p.suitable_for)}" for p in (first, second) if p.suitable_for]
    return f"{both}{kind}，选一款就可以" + (f"：{'；'.join(parts)}" if parts else "")


def recommend(catalogue: list[Product], named: Product | None, text: str) -> str:
    """A recommendation for the need the customer stated (skin type, budget), honest about a
    named item that does not suit them; "" when the message states no need.

    >>> a = Product("c", "修护面霜", price=168, category="面霜", suitable_for="干皮", not_for="油皮")
    >>> b = Product("s", "焕亮精华", price=199, category="精华", suitable_for="油性和混合皮")
    >>> recommend([a, b], a, "我是油皮，预算200以内，推荐个面霜")
    '按您说的油皮、预算200元以内，修护面霜更适合干皮，不太推荐；更适合您的是焕亮精华（199元），它适合油性和混合皮'
    """
    skin, budget, group = skin_of(text), budget_of(text), _GROUP.search(text)
    who = group.group(0) if group else None
    if skin is None and budget is None and who is None:
        return ""
    need = "、".join(x for x in (who, skin, f"预算{budget:g}元以内" if budget else None) if x)

    def fits(p: Product) -> bool:
        if who is not None and (who[:2] in p.not_for or who[:2] not in p.suitable_for):
            return False  # a group (孕妇, 学生) only gets what is written for it
        return (skin is None or suits(p, skin) is not False) and (budget is None or p.price is None or p.price <= budget)

    head = f"按您说的{need}，" if skin or budget else f"{who}用的话，"
    if named is not None and fits(named):
        return f"{head}{named.name}（{named.price:g}元）正合适，它适合{_bare(named.suitable_for)}" if named.price else f"{head}{named.name}正合适"
    if named is not None:
        why = f"更适合{_bare(named.suitable_for)}" if skin and suits(named, skin) is False else "不太符合您说的条件"
        head += f"{named.name}{why}，不太推荐；"
    picks = [p for p in catalogue if p is not named and fits(p)]
    # the stated fit first, then the item whose facts share most words with the need ("保湿")
    picks.sort(key=lambda p: (skin is not None and not _names_skin(p, skin), -_overlap(text, p)))
    if not picks:
        return head + "我帮您把店里的款式再对一遍，挑到合适的马上告诉您" if named else ""
    pick = picks[0]
    price = f"（{pick.price:g}元）" if pick.price is not None else ""
    suited = f"，它适合{_bare(pick.suitable_for)}" if pick.suitable_for else ""
    which = "更适合您的是" if named is not None else "推荐您选"
    return f"{head}{which}{pick.name}{price}{suited}"
