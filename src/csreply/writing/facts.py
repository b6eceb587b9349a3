"""Answer what a customer asks from the shop's own facts: price, size, shipping, invoice …

A customer's question about a fact ("新疆包邮不", "面霜多少钱一瓶", "能开专票吗") deserves the fact, not
"以商品页面为准". :func:`asked` finds which facts a clause asks about (the topics, in the order the customer
asks them; :mod:`csreply.writing.fact_topics`); :func:`answer` writes one sentence stating the fact from the
product (``[[products]]``) or the policy (``[policy]``), or, when the library does not hold it, saying what
the agent will check and by when (``{time.reply}``). Comparing and recommending items (:func:`roles`,
:func:`recommend`) is in :mod:`csreply.writing.recommending`; drafting reaches all of them here.

Product facts are written in the library to read after the product's name ("适合干皮和敏感肌",
"保质期是未开封3年"), so the sentences here only add the name and a frame. No I/O.

>>> from csreply.library.model import Policy, Product
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
from datetime import date
from collections.abc import Mapping

from ..library.model import Policy, Product
# what a message asks and recommending are their own modules, their names re-exported here
from .days import days_ago, festival_passed
from .fact_topics import COUPON_UNUSED, INSTALMENTS, LEAVE_OUT, ANSWERED_BY, asks_to_send, PRODUCT_TOPICS, asked, asked_weakly, bare, gentleness, has_fact, position
from .protection import coupon_missed_after, price_protect
from .genuine import genuine
from .signals import MONEY_LATE, SMALL_PACKS
from .readback import MASKED_TAX, TAX_NUMBER, invoice_details
from .postage import merge_answer, free_for_items, free_from, remote_fee_disputed, return_postage, sends_remote, shipping_rule
from .regions import CITIES, REGIONS, destination, names_region
from .hours import service_hours
from .couriers import courier_answer
from .shelf import opened_since, shelf_lives
from .totals import DEAL_START, counted_items, coupon_missed, counted, deal, gift_rule, named_sum, offered, promotions, reaches_gift
from .recommending import GROUP, recommend, roles, skin_of, suits
from .suiting import suitable, unlisted_group
from ..lazy_pattern import lazy

__all__ = [
    "COUPON_UNUSED", "ONE_SIZE", "CITIES", "LEAVE_OUT", "GROUP", "asks_to_send", "names_region", "DEAL_START", "counted_items", "coupon_missed", "named_sum", "PRODUCT_TOPICS", "REGIONS", "answer", "counted", "deal", "offered", "promotions", "asked", "asked_weakly", "days_ago", "has_fact", "position",
    "prices", "reaches_gift", "recommend", "roles", "sends_remote", "shelf_lives", "skin_of", "suits",
]

# a product fact the library does not give: "{name}的{label}我这就帮您核实一下"
_LABELS = {
    "price": "价格", "spec": "规格", "material": "质地", "ingredients": "成分", "suitable": "适用人群",
    "usage": "用法", "cautions": "注意事项", "shelf_life": "保质期", "in_box": "包装内容", "made": "生产日期", "removes_makeup": "卸妆效果（能不能洗掉防晒和隔离）", "benefit": "效果", "gentle": "刺激性", "storage": "保存方式（要不要冷藏）", "dose": "每次用量", "combine": "和其他活性成分叠加的用法",
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
    "same_item": "是不是同一款我这就帮您核对一下",
    "gift_swap": "赠品能不能换我这就帮您确认一下", "gift_kind": "送的赠品具体是哪款我这就帮您确认一下",
    "payment_methods": "能用哪些付款方式、能不能分期，我这就帮您确认一下",
    "refund_time": "退款多久到账我这就帮您确认一下",
    "festival": "大促的活动和预售安排我这就帮您确认一下",
    "split_pay": "一笔订单能不能分成两种方式付（比如一半花呗、一半信用卡），我这就帮您确认一下",
    "refund_route": "退款会退回到哪里我这就帮您确认一下",
    "refund_amount": "退款金额是按商品的实付金额算的（下单用了优惠券的，券抵扣的部分按比例分摊），具体金额我这就帮您核对订单明细",
    "coupons": "优惠券在哪里领、能不能和其他活动一起用，我这就帮您确认一下",
    "store": "有没有线下门店、在哪里，我这就帮您确认一下",
    "service_hours": "客服的在线时间我这就帮您确认一下",
    "merge": "两单能不能一起发，我这就跟仓库确认一下",
    "two_addresses": "寄两个地址怎么拍更合适，我这就帮您确认一下",
    "gift_return": "送的赠品要不要一起寄回，我这就帮您确认一下",  # (no policy key: always checked)
    "closed": "仓库这几天的上班安排我这就帮您确认一下",  # (answered from the working days: fact_topics.has_fact)
    "door": "能不能送货上门我这就跟快递确认一下",
    "packing": "包装能不能再加固我这就跟仓库确认一下",  # (a remark noted: fact_answers)
    "waybill": "您这单的物流单号我这就帮您查一下",  # (where it is shown: fact_answers)
    "return_address": "退货地址我这就帮您确认一下",  # (where it is shown: fact_answers)
    "send_to_other": "能不能直接寄到别的地址我这就帮您确认一下",  # (always answered: fact_answers)
    "membership": "店铺有没有会员折扣、积分能不能抵现，我这就帮您跟店长确认一下",  # (no policy key: always checked)
    "genuine": "商品的来源和检测报告我这就帮您确认一下",  # (the shop's own word is always there: fact_topics.has_fact)
}


def answer(
    topic: str, text: str, product: Product | None, policy: Policy, values: Mapping[str, str],
    *, bought: bool = False, items: tuple[Product, ...] = (), today: date | None = None,
    catalogue: tuple[Product, ...] = (),
) -> str:
    """One sentence (no final punctuation) answering ``topic`` for the clause ``text``.

    The fact when the library has it; otherwise what the agent checks and by when. ``bought``:
    the customer has already paid (an after-sale message), which changes the 保价 answer; ``items``:
    every product the message names (the free-shipping rule is applied to them together); ``today``:
    the customer's date, to count a day they name ("上周一买的").
    """
    who = unlisted_group(text, product) if topic == "suitable" and product is not None else None
    if who is not None and product is not None:
        checked = f"{who}能不能用{product.name}，我这就帮您核实一下，{values['time.reply']}前给您准确答复"
        # "我混油皮 会不会闷痘 还有孕妇能用不": the skin the facts speak of is answered as well
        fits = suits(product, skin) if (skin := skin_of(text)) else None
        if fits is False:
            return f"{skin}的话不太建议用{product.name}，它更适合{bare(product.suitable_for)}；{checked}"
        if fits is True:
            return f"从肤质上说，{skin}用{product.name}是合适的；不过{checked}"  # not "正合适" before the check
        return checked
    if topic == "spec" and product is not None and _lacks_dimensions(text, product):  # "一片多大，能盖住吗": a size the spec lacks
        return f"{product.name}的具体尺寸我这就帮您核实一下，{values['time.reply']}前给您准确答复"
    if topic == "storage" and product is not None and _SINGLE_USE.search(product.shelf_life) and _KEPT_OPEN.search(text):  # "剩下的封起来明天用"
        opened = next(c for c in re.split("[，,；;]", bare(product.shelf_life)) if "开封后" in c)
        return f"{product.name}{opened}，不建议封起来留到下次用哦"
    if not has_fact(topic, product, policy):
        if topic in PRODUCT_TOPICS:
            whose = f"{product.name}的" if product else ""
            what = f"{whose}{_LABELS[topic]}我这就帮您核实一下"
            if topic == "combine" and product is not None:
                # "烟酰胺能跟VC一起用吗": the other ingredient named (not the item's own), not "您说的成分"
                named = next((m.group(0) for m in _ACTIVE.finditer(text) if m.group(0) not in product.name + product.ingredients), "")
                what = f"{product.name}能不能和{(named.upper() if named.isascii() else named) if named else '您说的成分'}叠加着用，我这就帮您核实一下"
        elif topic == "festival" and (passed := festival_passed(text, today)):
            what = f"今年的{passed}已经过了，接下来的大促活动我这就帮您确认一下"  # "双十一会有活动吗" on 11月24日
        else:
            what = _CHECKS[topic]
        checked = f"{what}，{values['time.reply']}前给您准确答复"
        if topic == "combine" and product is not None and product.cautions:
            checked += f"；在这之前，用{product.name}时先留意：{bare(product.cautions)}"  # the item's own cautions hold anyway
        return checked
    if topic in PRODUCT_TOPICS:
        assert product is not None
        stated = _product_answer(ANSWERED_BY.get(topic, topic), text, product)
        if topic == "shelf_life" and today is not None:
            stated += opened_since(text, product, today)
        if not stated and topic == "cautions":
            return f"{product.name}能不能用在眼周，我这就帮您核实一下，{values['time.reply']}前给您准确答复"
        return stated
    if topic == "genuine":
        return genuine(text, product, values, bought=bought, catalogue=catalogue)
    if topic == "shipping" and product is not None and not bought:  # the rule applied to the items named, together when several
        rule = shipping_rule(text, policy).replace("可以发的哦，不过", "" if re.search("为啥|为什么|怎么还|咋还", text) else "可以发的哦，不过")  # "为啥还要运费"
        return ("理解您的心情～" if _GRUMBLE.search(text) else "") + rule + (free_for_items(text, items, policy, values.get('time.reply', '')) or free_from(text, product, policy, catalogue, values.get('time.reply', '')))
    if topic == "shipping" and product is None and not bought and _RESENTED.search(text) and destination(text):
        return "理解您的心情～" + shipping_rule(text, policy).replace("可以发的哦，不过", "").replace("，还请您理解", "；偏远地区的快递成本高一些，还请您理解")  # "我新疆的 凭啥多收12块"
    if topic == "shipping" and product is None and not destination(text) and (disputed := remote_fee_disputed(text, policy, values.get("time.reply", ""))):
        return disputed  # "页面写满99包邮 我买了两百多还要补12块运费": the remote regions' fee, and a refund if not one of them
    if topic == "shipping" and product is None and not bought and _GRUMBLE.search(text) and catalogue and not destination(text):
        # "就买一支还要收6块运费？？别家都包邮": the feeling, the rule, and the cheapest way over the threshold
        cheapest = min((p for p in catalogue if p.price), key=lambda p: p.price, default=None)
        add = f"，比如加一件{cheapest.name}（{cheapest.price:g}元）" if cheapest else ""
        return f"理解您的心情～{shipping_rule(text, policy)}；再凑一点满额就包邮了{add}，东西用得上还省了运费"
    return _policy_answer(topic, text, policy, values, bought, today)


_SIZE_ASKED = lazy(r"规格|容量|多少(?:ml|g|毫升|克)|几(?:克|毫升)|多大(?:的|一?[瓶支罐盒管])", re.IGNORECASE)  # "这个多大的啊", not "穿多大"
_RESENTED = lazy(r"凭什么|凭啥|欺负|歧视|坑人|太坑|别家都包|人家都包|别人家都包|不是(?:写|说)[^，,。？?\s]{0,6}包邮")  # the fee resented, not only asked
_GRUMBLE = lazy(r"还要收|还收|还得付|还要付|凭什么|凭啥|欺负|多收|别家都包邮|人家都包邮|都不包邮|连运费")
_DIMENSION_ASK = lazy(r"(?:膜布|一片|面膜)[^，,。？?\s]{0,4}多大|尺寸|贴不满|贴不全|脸大|大脸|一片(?:够|能)(?:敷|贴|盖)|多长|多宽|多高|长宽|大小|一片多大|多大一片|盖住|盖得住|盖不住|太小|够不够大|够大吗|敷不到|盖不到|遮不住|敷不全|敷不满|敷不住|贴不住|盖不满|会不会(?:太)?小")
_DIMENSION = lazy(r"\d\s*(?:cm|厘米|毫米|mm|寸|公分)", re.IGNORECASE)


def _lacks_dimensions(text: str, product: Product) -> bool:
    """Whether ``text`` asks the item's dimensions and its spec gives none ("50g是不是太小" asks the volume)."""
    sheet = "片" in product.spec or "膜" in product.category or re.search("尺寸|多长|多宽|多高|长宽", text)
    return bool(sheet and _DIMENSION_ASK.search(text)) and not _DIMENSION.search(product.spec)


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


ONE_SIZE = "这一种规格"  # said once per draft: "就30ml的吗 … 有没有大瓶" asks it twice
BACK_TO_ACCOUNT = "原路退回到您的付款账户"  # where a refund's time says it goes (answers.py drops it when the way back is answered)


def one_size(name: str, spec: str) -> str:
    """"面霜目前只有50g这一种规格": the one size there is (a spec with a comma in brackets).

    >>> one_size("这款", "50g"), one_size("面膜", "5片装，每片25ml")
    ('这款目前只有50g这一种规格', '面膜目前只有这一种规格（5片装，每片25ml）')
    """
    return f"{name}目前只有{ONE_SIZE}（{spec}）" if re.search("[，,、；]", spec) else f"{name}目前只有{spec}{ONE_SIZE}"


def _product_answer(topic: str, text: str, p: Product) -> str:
    name = p.name
    if topic == "price":  # "临安纸皮核桃 500g" says its size already: no "（500g，大约100颗）" after it
        size = f"（{p.spec}）" if p.spec and re.split("[，,、 ]", p.spec)[0] not in name else ""
        return f"{name}{size}现在是{p.price:g}元哦"
    if topic in ("suitable", "gentle"):
        return suitable(text, p) if topic == "suitable" else gentleness(p)
    frames = {
        "spec": "{n}的规格是{v}", "material": "{n}{v}", "ingredients": "{n}{v}", "usage": "{n}的用法是：{v}",
        "cautions": "用{n}时要留意：{v}", "shelf_life": "{n}的保质期是{v}", "in_box": "{n}包装里有{v}",
        "benefit": "{n}的效果是这样的：{v}",
    }
    stated = bare(getattr(p, topic))
    if topic == "ingredients" and re.search("浓度", text) and "浓度" in p.advantage:  # "5%是不是浓度太低": why this strength
        return f"{name}{bare(p.ingredients).split('，')[0]}，{bare(p.advantage)}"
    if topic == "spec" and re.search("大号|小号|大码|小码|其他规格|别的规格|大瓶|大罐|小瓶|更大|更小|大一点|小一点|大规格|[一几两]种规格|(?:就|只有)[#\\d]+(?:g|ml|克|毫升)|[小大](?:一)?[点些]的|太大|" + SMALL_PACKS, text):
        return one_size(name, stated)  # "有没有大号的": what there is, plainly
    other = re.search(r"有(?:没有)?(\d+)\s*(?:g|ml|克|毫升|片)装?的", text, re.I) if topic == "spec" else None
    if other and other.group(1) not in stated:
        return one_size(name, stated)  # "有100g的吗", "面膜有10片装的么": a size there is not
    if topic == "material" and "起泡网" in text and (foam := re.search(r"[^，。]*泡沫[^，。]*", p.material)):  # "要不要买个起泡网"
        return f"不用特意买起泡网，{name}{foam.group(0).removeprefix('是')}"
    if topic == "usage" and "搓泥" in text:  # "抹完搓泥咋回事": the usual cause, the way to put it on, a photo if it goes on
        return f"搓泥多半是一次抹得多了，或者上一步还没吸收就叠上去了，{name}的用法是：{stated}，等吸收了再上下一步；照着用还搓泥的话，拍张照片给我，我帮您看看"
    if topic == "usage" and re.search("天天|每天", text) and re.search(r"一周[^，。]{0,4}\d", stated):
        return f"不建议天天用哦，{name}的用法是：{stated}"  # "能天天敷吗": the pace answers it, said first
    if topic == "cautions" and _EYES.search(text):
        # "面霜能当眼霜抹吗", "精华能涂眼周吗": the eye area, from a caution that names it
        if _IN_THE_EYE.search(text):  # it happened: what to do now, then when to see a doctor
            return "别担心，先用大量清水冲洗眼睛几分钟，别用手揉；如果冲洗后还是疼、发红或看东西模糊，请尽快去医院眼科看一下"
        if re.search("避开眼|别碰到眼|不要用在眼", stated):
            eyes = "，".join(c for c in re.split("[，,；;]", stated) if "眼" in c)
            return f"{name}不建议用在眼周哦，用的时候要{eyes}"
        return ""  # the caution says nothing of the eyes: the caller checks it
    pack = _PACK.match(stated) if topic == "spec" else None
    if pack and re.search(f"[几多少]{pack[2]}", text):
        # "一盒几片": the count said as the answer, not left to the name ("补水面膜 5片装")
        rest = _unrepeated(pack[0], stated)
        return f"{name}，一盒{pack[1]}{pack[2]}" + (f"，{rest}" if rest else "")
    value = _unrepeated(name, stated) if topic == "spec" else stated
    if not value:  # "洗面奶多大一支": the size is all in the name, so said as the answer
        return one_size(name, stated) if topic == "spec" and stated and re.search(r"多大|(?:多少|几)(?:克|毫升|ml|g)|容量|是[#\d]+\s*(?:g|ml|克)的?吗", text, re.I) and not re.search("[一每]片", text) else ""
    if topic == "spec" and (amount := re.search(r"(\d+)\s*(?:ml|毫升)", text, re.I)) and re.search(rf"(?<!\d){amount[1]}\s*ml", stated, re.I):  # "每块都有25ml精华?": yes
        return f"是的，{name}，{value.replace('每片', '每片都有')}" if value != stated else f"是的，{frames[topic].format(n=name, v=value)}"
    if value != stated:
        return f"{name}，{value}"  # "5片装，每片25ml精华" after "面膜 5片装": only what the name lacks
    return frames[topic].format(n=name, v=value)


_KEPT_OPEN = lazy(r"剩|隔天|第二天|过夜|开封后[^，,。？?\s]{0,4}(?:放|留|存)|明天再用|接着用|明天还能用|下次再用|留着|留到|没敷完|没用完|用不完|敷不完")
_ACTIVE, _SINGLE_USE, _IN_THE_EYE = lazy(r"(?i)vc|va|a醇|视黄醇|果酸|水杨酸|酸类|维c|维a|维生素c|烟酰胺|玻尿酸|视黄醛|早c晚a"), lazy(r"开封后[^，,；;]{0,4}(?:当次|一次|当天)用完"), lazy(r"进(?:到)?眼睛了|进眼了|弄到眼睛|入眼了|眼睛(?:好|很|有点)?(?:疼|痛|辣|刺|红|睁不开)")
_EYES, _PACK = lazy(r"眼霜|眼周|眼睛|眼部|眼下|眼皮"), lazy(r"(\d+)([片支袋包粒颗])装")  # (_PACK: "5片装", a pack counted in pieces)


def _unrepeated(name: str, value: str) -> str:
    """``value`` without the leading parts the product's name already says.

    >>> _unrepeated("补水面膜 5片装", "5片装，每片25ml精华")
    '每片25ml精华'
    """
    parts = re.split("[，,、]", value)
    while parts and parts[0].strip() and parts[0].strip() in name:
        parts.pop(0)
    return "，".join(p.strip() for p in parts if p.strip())


_BANK_TRANSFER, _UNLISTED_WAY = lazy(r"对公|公对公|公司转账|银行转账|转账"), lazy("微信|云闪付|银联|(?i:pay ?me|apple ?pay|paypal)|八达通|八達通")  # "支持微信吗": a way the policy may not list


def _policy_answer(
    topic: str, text: str, policy: Policy, values: Mapping[str, str], bought: bool, today: date | None = None
) -> str:
    if topic == "coupons" and bought and (missed := coupon_missed_after(text, policy, policy.price_protect_days)):
        return missed  # "昨天买了精华 今天才见到满299减20的券 可不可以补返给我": the threshold, not the coupon's ad
    if topic == "shipping" and _RETURN_POSTAGE.search(text) and policy.return_change_of_mind:
        # "退货…运费是不是要我出": the postage of a return, not the free-shipping rule
        return return_postage(policy)
    if topic == "shipping":
        return shipping_rule(text, policy)
    if topic == "courier":
        return courier_answer(text, policy, values)
    if topic == "payment_methods" and _BANK_TRANSFER.search(text) and "转账" not in policy.payment_methods:
        # "能对公转账付吗": the ways the policy states, and the transfer checked with finance
        return f"{bare(policy.payment_methods).split('，')[0]}；对公转账能不能走，我这就跟财务确认一下，{values['time.reply']}前告诉您"
    if topic == "payment_methods" and not INSTALMENTS.search(text):
        # "信用卡能付吗": the ways to pay, not the instalments nobody asked about
        said, missing = [c for c in re.split("[，,]", bare(policy.payment_methods)) if not INSTALMENTS.search(c)], _UNLISTED_WAY.search(text)
        return (f"{missing.group(0)}支付暂时用不了哦，" if missing and missing.group(0) not in policy.payment_methods else "") + ("，".join(said) or bare(policy.payment_methods))
    if topic == "service_hours":
        return service_hours(text, policy)
    if topic == "store":
        return f"我们是线上旗舰店，商品都是从{bare(policy.ships_from)}发出的；线下门店和专柜的情况我跟品牌确认一下，{values['time.reply']}前告诉您"
    if topic == "gift_swap" and (rule := gift_rule(policy)):  # "满199送的能换成洗面奶试用装吗": the gift is the one the rule names
        return f"送的{rule[1]}是活动统一配好的赠品，暂时换不了别的商品或试用装哦"
    if topic == "two_addresses":
        return "一个订单只能填一个收货地址，寄两个地方的话需要分开拍两单；分开拍的话，满减和赠品按每单的金额分别算哦"
    if topic == "merge":
        return merge_answer(text, policy)
    if topic == "invoice" and re.search("统编|统一编号|(?:台湾|香港|澳门|海外|境外)(?:的|公司的?)?(?:发票|公司)", text):
        # an invoice of another tax system than the policy speaks of: the kinds, that one checked
        return f"{bare(policy.invoice)}；统一编号这类台港澳的开票信息能不能开进去，我这就跟财务确认，{values['time.reply']}前给您准确答复"
    if topic == "invoice" and re.search("补开|补一张|补张|补个发票|补发票|(?:能|可以)补(?:[吗不么嘛]|一下)?(?:$|[，,。？?！!\\s])|补得了|补不了", text):
        # "上个月那单也要补一张": an earlier order's invoice, checked by a time
        return (("之前那单的发票让您一直没等到，真抱歉！可以给您补开的" if re.search("一直没|还没收到|没收到|没给我", text) else f"{re.split('[，,；;]', bare(policy.invoice))[0]}；之前订单的发票也可以补开")  # (the kinds, not "下单后把抬头发我" twice)
                + f"，把订单号、抬头和税号发我，我这就跟财务确认，{values['time.reply']}前给您答复")
    if topic == "invoice" and re.search("重开|[开写填]错(?:了)?(?:发票|抬头|税号)|(?:发票|抬头|税号)[^，,。？?！!\\s]{0,6}(?:开错|写错|填错)|改抬头|换抬头|抬头错|(?:发票|抬头)[^，,。？?！!\\s]{0,4}改成公司|改成公司的?抬头|红冲|作废", text):
        # "发票抬头写错了 还能重开吗": a reissue the policy does not speak of, checked by a time
        return (f"发票开错了可以帮您申请重开的：把正确的抬头和税号发我，我这就跟财务确认重开，"
                f"{values['time.reply']}前给您答复")
    if topic == "invoice" and re.search(r"(?:发票|票)[^，,。？?！!\s]{0,3}(?:开了没|开好了没|开了吗|还没开|还没收到|没收到|(?:一直|还)没(?:给|发|开))|(?:发票|票)[^，,。？?！!\s]{0,8}(?:一直|都|还)没(?:给我|给|发|开)|(?:一直|还)没收到|要的发票呢|发票呢[？?]*$", text) and not TAX_NUMBER.search(text):
        # "发票开了没 电子的 我一直没收到啊": an invoice awaited, checked, not the rules again ("…到现在都没给我开": sorry first)
        return f"{'发票拖了这么久还没开给您，真的抱歉！' if re.search('到现在|这么久|都没', text) else ''}发票的开具进度我这就帮您查一下，{values['time.reply']}前把结果告诉您，开好了就把电子发票发给您"
    if topic == "invoice" and TAX_NUMBER.search(text):
        # "抬头杭州…有限公司 税号9133…": the details are given, so when it is issued, not what to send
        kind = "专票" if "专票" in text or "专用" in text else "电子普票" if re.search("普票|电子发票|电子票|普通发票", text) else "发票"  # (an e-invoice lands in the order)
        return (f"{kind}可以开的，抬头和税号我先记下了，您下单后我马上提交开具" if re.search("还没(?:拍|下单|买)|没拍|没下单|下单前", text)  # "…东西还没拍": nothing to issue yet
                else f"{invoice_details(text)}收到啦，{'您要开电子普通发票还是增值税专用发票呢？确认后马上帮您提交开具' if kind == '发票' and '专用' in policy.invoice and '普' in policy.invoice else kind + '我这就帮您提交开具'}，" + ("开好后在订单详情里就能查看和下载" if kind == "电子普票" else f"{values['time.reply']}前把开好的时间告诉您"
                                                                                  + (_MAIL_ASKED if re.search("发哪|发到哪|寄哪|寄到哪|怎么给我|怎么收|发给谁", text) and "邮箱" not in text else "")))  # "开好了发哪啊": where it goes
    if topic == "invoice" and (_INVOICE_WHEN.search(text) or _GIVEN_BEFORE.search(text)) and not MASKED_TAX.search(text):  # "抬头税号一会儿发你 多久能开出来": when the agent will say it
        said = ("专票可以开的，" if re.search("专票|专用发票", text) and "专用" in policy.invoice else "好的，") if re.search("抬头|税号", text) else f"{bare(policy.invoice)}；"  # what to send, unless they said it
        given = f"您{'之前留' if '留' in text else '发'}的抬头和税号我核对一下，{'增值税专用发票' if '专票' in text else '发票'}马上帮您提交开具" + (_MAIL_ASKED if re.search("发哪|发到哪|寄哪|寄到哪", text) and "邮箱" not in text else "") if _GIVEN_BEFORE.search(text) else f"{said}下单后把抬头和税号直接在这里发我就行，收到后我马上提交开具" if re.search("咋给|怎么给|给谁|发谁|发哪|怎么发|咋发", text) else f"{said}抬头和税号收到后我马上提交开具"
        return f"{given}，开好的时间{values['time.reply']}前给您准信"  # "抬头之前留了": checked, not asked again
    name = re.sub("(?:就行|就好|即可|就可以|行不行|行不|行吗|可以吗|可以不|好不|吧|哈|呀|哦|啊)+$", "", title.group(1)) if (title := _TITLE_GIVEN.search(text)) else ""  # "抬头写个人就行": 个人
    if (spelled := re.search(r"(?:我的?名字[\s：:，,]*|个人[\s：:，,]+)([\u4e00-\u9fff]{2,4})$", text.strip())) and title and not re.search("行|可以|好不|吗|呢|吧|呗|就", spelled.group(1)):
        name = spelled.group(1)  # "抬头就写我名字 李娜", "抬头个人 张丽": the name said after it
    if topic == "invoice" and title and name and not re.search("什么|啥|怎么|吗|？|\\?", title.group(0)) and not re.fullmatch(
        r"(?:要|得|需要)?(?:写|开|填)?(?:我们|我|本|我们的)?(?:公司|个人|单位|企业|司)的?(?:名字|名称|全称)?|我的?名字", name
    ):
        # "要开个人的电子发票 抬头就写李娜": the title is given, so it is issued, not asked for again
        kind = "普通发票" if "个人" in text or "普票" in text or "普通" in text else "发票"
        company = re.search("公司|单位|企业|事务所|工作室|中心|厂|集团|研究院|学校|医院", name) and not TAX_NUMBER.search(text)
        if company and not re.search("能开|可以开|能不能开|开得了", text) and not re.search("税号", text):
            # "抬头：杭州晨光科技有限公司": a company's invoice needs its tax number too
            return f"抬头「{name}」我记下了，公司抬头开票还需要税号，麻烦把税号发我，收到后马上给您开"
        if "个人" in text and not company:  # "能开电子发票不 个人的 抬头就写我名字 李娜": no tax number for a person
            return f"可以开的，个人抬头开电子普通发票不需要税号；抬头「{name}」我记下了，我这就帮您提交开具，{values['time.reply']}前把开好的时间告诉您"
        if re.search("能开|可以开|能不能开|开得了", text) or not TAX_NUMBER.search(text) and re.search("税号", text):
            # "抬头是…公司 税号9133开头的 能开专票吗": the kinds answered, the full tax number asked for
            kinds = "专票（增值税专用发票）可以开的" if re.search("专票|专用", text) and "专用" in policy.invoice else "电子发票可以开的" if re.search("电子", text) and "电子" in policy.invoice else re.split("[，,；;]", bare(policy.invoice))[0]  # ("开个电子发票": that kind)
            return f"{kinds}；抬头「{name}」我记下了，{'税号好像没有发全，' if MASKED_TAX.search(text) else ''}{'税号您方便时发我就行' if _SENT_LATER.search(text) else '麻烦把完整的税号发我'}，" + ("您下单后我马上提交开具" if re.search("还没(?:拍|下单|买)|没拍|没下单|下单前", text) else "收到后马上给您开")
        return f"抬头「{name}」我记下了，{kind}我这就帮您提交开具，{values['time.reply']}前把开好的时间告诉您"
    if topic == "invoice" and "个人" in text:
        # "抬头个人就好": a personal title needs no tax number (and gets the ordinary invoice)
        kinds = "，".join(c for c in re.split("[，,]", bare(policy.invoice)) if "税号" not in c)
        if re.search("已下单|已经下单|下单了|下的单|拍了|拍好了|付了|付好了|已付|付款了|付过款|已经拍|买好了|订单号|订单尾号|尾号", text):
            # "已下单 订单尾号3392 开个电子普票 抬头个人就行": that order, the name asked for
            return "这单给您开个人抬头的电子普通发票，不需要税号，开好后第一时间告诉您；抬头想写您的姓名的话，把姓名发我就行"
        if not re.search("专票|专用|什么发票|哪种|哪些|能开|可以开|能不能开|开不开", text):
            # "发票开个人抬头就行": the title said, no list of kinds nobody asked for
            return "发票的话，个人抬头开电子普通发票就行，不需要税号，下单后把抬头（您的姓名）发我就好"
        return f"{kinds}；个人抬头开普通发票就行，不需要税号，下单后把抬头（您的姓名）发我就好"
    if topic == "ships_from":
        return f"我们是从{bare(policy.ships_from)}发货的哦"
    if topic == "price_protect":
        return price_protect(text, policy, values, bought, today)
    if topic == "refund_route":  # every refund goes back the way it was paid
        paid = re.search("花呗|信用卡|白条|支付宝|微信|银行卡|余额", text)
        ways = list(dict.fromkeys(re.findall("花呗|信用卡|白条|支付宝|微信|银行卡|余额", text)))
        if len(ways) >= 2 and "还是" in text or ways and re.search("还是(?:哪|别的|其他)", text):  # "退回花呗还是余额", "退到花呗还是哪": whichever was paid with
            return "退款会原路退回您付款时用的方式：" + "；".join(f"用{w}付的就退回{w}" for w in ways[:3])
        method = paid.group(0) if paid else "付款账户"
        credit = "，额度也会跟着恢复" if method in ("花呗", "白条", "信用卡") else ""
        return f"退款会原路退回您付款用的{method}{credit}"
    if topic == "refund_time":
        days = policy.refund_working_days
        if "取消" in text:  # "取消一单 钱多久能退回来": nothing to send back
            done = "订单还没发出的话，我这就帮您取消，" if re.search("不要了|取消吧|帮我取消|取消了吧|还没发货吧|没发吧", text) else "没发货的订单取消后，"  # "刚下的单不要了 还没发货吧"
            return f"{done}退款{days}个工作日内原路退回，最晚{values['time.refund']}前到账"
        if _RETURNED.search(text):
            return f"退货寄回、仓库签收后{days}个工作日内，钱会{BACK_TO_ACCOUNT}"
        late = f"；让您久等了，这笔退款到了哪一步我马上帮您查，{values['time.reply']}前给您回复" if MONEY_LATE.search(text) else ""
        return f"退款审核通过后{days}个工作日内{BACK_TO_ACCOUNT}{late}"
    return bare(getattr(policy, topic))


_RETURN_POSTAGE = lazy(r"退货|退回|退还|寄回|退的话|要退|能退|可以退|好退|无理由")
_TITLE_GIVEN = lazy(  # "抬头写李娜", "抬头是…公司", a company's name right after it ("抬头杭州某某贸易有限公司"), "抬头个人 张丽"
    r"(?:抬头|(?<![我的])名字(?=(?:就|直接)?(?:写|是|开|填)(?!错)))(?:(?:就|直接)?(?:写|是|开|填)(?:成|的是)?[：:\s]*|[：:\s]*(?=[\u4e00-\u9fff]{2,16}(?:公司|厂|中心|工作室|集团)|个人))([\u4e00-\u9fff]{2,20})"
)
_MAIL_ASKED, _SENT_LATER, _GIVEN_BEFORE = "，开好后发到您的邮箱，麻烦把接收邮箱发我一下", lazy(r"税号[^，,。？?！!]{0,4}(?:等下|等会儿?|待会儿?|一会儿?|稍后|晚点|回头|明天)(?:再)?发"), lazy(r"之前留|已经留|留过|留了|发过|给过|之前给(?:你|过)|之前发(?:你|过|了)|(?:抬头|税号)[^，,。？?！!]{0,6}发(?:给)?你了")  # "开好了发哪": where the issued invoice goes; "税号等下发你": coming, not asked again; "抬头税号刚才都发你了": given
_INVOICE_WHEN = lazy(r"(?<![放用])(?:多久|什么时候|几天|多长时间|啥时候|哪天)[^，,。？?！!\s]{0,6}(?:开出|开好|开具|能开|开票|给我开|帮我开|开给我|开了)|(?:开出|开好|开具|开票|发票|专票|开了|开吗)(?:(?!放|用)[^，,。？?！!]){0,10}(?:多久|什么时候|几天|多长时间|啥时候|哪天)(?!能?(?:发|到|送|寄))")  # when the invoice is issued, asked
_RETURNED = lazy(r"退货|退了|退回|寄回|能退|可以退|退掉|拆")




def catalogue_answer(topic: str, text: str, catalogue: list[Product], reply: str) -> str:
    """A fact of the whole catalogue when no item is named ("" when it cannot be said).

    The shelf lives, when every item states one; for "你家东西含酒精吗", the items whose
    ingredients say they are free of it, and the others checked by ``reply``.
    """
    words = list(dict.fromkeys(re.findall("酒精|香精|防腐剂|激素", text))) if topic == "ingredients" else []
    if words:  # "有没有酒精香精啊": each word, the items that say they are free of it, the rest checked
        free = {w: [p for p in catalogue if re.search(f"不含[^，,。；;]{{0,6}}{w}", p.ingredients)] for w in words}
        said = "；".join(f"{'、'.join(p.category or p.name for p in ps)}{'都' if len(ps) > 1 else ''}不含{w}" for w, ps in free.items() if ps)
        rest = "、".join(p.category or p.name for p in catalogue if any(p not in ps for ps in free.values()))
        checked = (f"；{rest}的成分" if len(words) == 1 else "；其余的") + f"我这就帮您核实一下，{reply}前告诉您" if rest else ""
        return f"{said}{checked}" if said else ""
    if topic == "spec" and catalogue and all(p.spec for p in catalogue) and _SIZE_ASKED.search(text):  # "这个多大的啊": every size
        return "、".join(f"{p.category or p.name}是{p.spec}" for p in catalogue) + "，您问的是哪一款可以告诉我"
    return shelf_lives(catalogue) if topic == "shelf_life" and catalogue and all(p.shelf_life for p in catalogue) else ""
