"""The answer to one fact question of a clause: the library's fact for the item the clause
names, with what the whole message adds (both items' prices and their sum with the promotions,
the catalogue's facts when no item is named, the group an item does not suit and what it may use
instead, a coupon that did not apply). No I/O.
"""

from __future__ import annotations

import re

from ..library.model import Product
from ..understanding.catalogue import find_products
from . import facts
from .shelf import made_on
from .clauses import message_topics, named_in, spelled, stage_of
from .draft import Context
from .fact_topics import COUPON_WHERE, DOOR, INSTALMENTS, MULTI_BUY
from .fitting import unsuited
from .hours import open_today
from .values import business_calendar
from .opened import OPENED_ASKED, opened_answer
from .postage import free_threshold, owned, postage_fee, return_postage, with_surcharge
from .signals import INTACT, LONGEST_ON, NOW_LOWER, REMARK_NEEDED, USE_ORDER
from .orders import PROMOTIONS, bought_items, order_text, promotion_deal
from .suiting import unlisted_group
from .totals import gift_rule, gift_verdict
from .days import number
from .triage import PROBLEMS
from ..lazy_pattern import lazy

# "开了两个多月了 开封多久要用完": the months since it was opened counted too (not "一支能用大半年", "去年买的没开过")
_OPEN_HOW_LONG = lazy(r"^(?=.*开(?:了|封了?)(?:快|大概|有|差不多)?[\d一二两三四五六七八九十半]).*(?:开封(?:后|了)?(?:能放|多久|多长时间)|多久(?:要|得|内)?用完)")


def catalogue_lives(ctx: Context, topic: str = "shelf_life", raw: str = "") -> str:
    """A fact of the whole catalogue when no item is named: every shelf life, or which items are free of what is asked."""
    return facts.catalogue_answer(topic, raw, list(ctx.library.products.values()), ctx.values["time.reply"])


def without_item(ctx: Context, topic: str, raw: str) -> bool:
    """Whether an item's fact is answered with no item named: where things are made, the whole
    catalogue's lives or ingredients, and "外盒压扁了 里面瓶子没事 还能用不" of any item."""
    return (
        topic == "made" or topic in ("shelf_life", "ingredients", "spec") and bool(catalogue_lives(ctx, topic, raw))
        or topic == "suitable" and ctx.lead == "damaged" and bool(INTACT.search(ctx.message))
    )


_WHO_PAYS = lazy(r"(?:运费|邮费)[^，,。？?\s]{0,3}(?:谁出|谁付|谁承担|谁掏|谁负责|我出|要我出|我付|怎么算|咋算)|谁(?:出|付|承担)(?:运费|邮费)")
_RETURNING, _NEW_ORDER = lazy(r"退货|退回|寄回|不想要了|不要了|无理由|退掉|要退|想退"), lazy(r"再买|再拍|加购|还想买|重新拍|新买")


def fact_answer(topic: str, raw: str, product: Product | None, ctx: Context) -> str:
    """The answer to one fact question of the clause ``raw``, with the yes or no a clause beside it
    asks said first ("我能敷一晚上不 天天敷行吗": not overnight, not every day)."""
    text = _fact_answer(topic, raw, product, ctx)
    if topic in ("price", "courier") and (paid := with_surcharge(ctx.message, text, ctx.products, ctx.library.policy)):
        text = f"{text.replace('，' + ctx.library.policy.courier_surcharge, '')}；{paid}"  # "要是发顺丰总共多少钱": the sum with the paid courier (its surcharge said in it)
    if topic == "shipping" and _WHO_PAYS.search(raw) and _RETURNING.search(ctx.message) and ctx.library.policy.return_change_of_mind and not _NEW_ORDER.search(ctx.message):
        text = return_postage(ctx.library.policy)  # "还没拆 不想要了 运费谁出": the return's postage, not the purchase's
    if topic == "usage" and _DAILY.search(ctx.message) and "天天用" not in text and re.search(r"一周[^，。]{0,4}\d", text):
        text = f"不建议天天用哦，{text}"  # "…天天敷行吗" in another clause: the weekly pace answers it
    elif topic == "usage" and re.search("(?:天天|每天)都?[用抹擦涂敷]", ctx.message) and product is not None and (start := re.search("[^，。；]*隔天[^，。；]*", product.cautions)) and "隔天" not in text and not {"cautions", "gentle"} & set(message_topics(ctx.message)):
        text = f"{text}；{start.group(0)}"  # "每天都抹吗": how to begin, from the cautions
    if topic == "cautions" and _OVERNIGHT.search(ctx.message) and re.search(r"不要[^，。；]{0,4}超过", text):
        text = f"{text}，所以不能敷一整晚哦"  # "我能敷一晚上不": the longest time answers it, said plainly
    if topic == "cautions" and _LONGER.search(ctx.message) and re.search(r"不要[^，。；]{0,4}超过", text):
        text = f"不是越久越好哦，{text}" + ("，您现在就可以取下来了" if _ON_NOW.search(ctx.message) else "")  # "都敷快半个钟头了 是不是越久越好"
    unsaid = _FREE_OF.search(ctx.message) if topic == "ingredients" and product is not None else None
    if unsaid and unsaid.group(1) not in product.ingredients + product.feature + text:
        # "含不含酒精 我一碰酒精就红": what the facts do not say is checked, not left out
        text += f"；有没有{unsaid.group(1)}资料里没写，我这就帮您核实一下，{ctx.values['time.reply']}前告诉您"
    if topic in PROMOTIONS and text and (offer := re.search(MULTI_BUY, ctx.message)) and offer.group(0) not in text:
        text = f"{offer.group(0)}这样的活动店里暂时没有哦，{text}"  # "面霜买二送一嘛": no, said plainly, then what there is
    if topic in PROMOTIONS and text and _ENDS_ASKED.search(ctx.message) and "结束" not in text:  # "活动是不是要结束了": no end date in the facts
        text += f"；活动什么时候结束我这就帮您确认，{ctx.values['time.reply']}前告诉您"
    if topic == "invoice" and _ORDERED.search(ctx.message):
        text = re.sub("下单后(?:把|将)", "把", text)  # "拍了，…发票怎么开": ordered already, no "下单后" to them
    longest = LONGEST_ON.search(product.cautions) if product is not None and topic == "usage" else None
    if longest and _ASLEEP.search(ctx.message) and not _OVERNIGHT.search(ctx.message) and longest.group(0) not in text:
        text = f"{text}；{longest.group(0)}，别敷着睡着了哦"  # "敷着敷着就睡着了": the longest time, said to them
    if topic == "benefit" and (used := _USED_FOR.search(ctx.message)) and _NO_CHANGE.search(ctx.message) and text and "用法" not in text:
        # "用了一个半月 痘印一点没淡 全是智商税": the wait heard first, then how long the facts say it takes
        sun = "白天记得做好防晒，不然效果容易打折扣；" if product is not None and "防晒" in product.usage + product.cautions else ""
        text = f"用了{used.group(1)}还没看到变化，换谁都会失望，理解您～{text}；{sun}有用法上拿不准的地方随时问我"
    if topic == "usage" and MAKEUP.search(raw) and "妆" not in text:
        # "早上用完能化妆吗": yes, and what an item's facts say of makeup after it
        said = next((c for p in ([product] if product is not None else ctx.products) for c in re.split("[，,。；;]", p.benefit + "，" + p.advantage) if "妆" in c), "")
        ordered = len(ctx.products) >= 2 and USE_ORDER.search(ctx.message)  # "一起用的话先抹哪个 …还要化妆": the order's answer says the use
        text = ("" if ordered else f"{text}；") + "用完等吸收了就可以正常化妆" + (f"，{said.strip().removeprefix('第二天')}" if said else "")
    return text


MAKEUP = lazy(r"化妆|上妆|化个?妆|画妆|底妆|粉底")
_USED_FOR = lazy(r"用了?(?:你家|你们家?|这个?)?[^，,。？?！!\s]{0,4}?((?:一|两|三|四|五|六|半|几|\d+)个?(?:多|半)?(?:月|星期|礼拜|周)(?:多|半)?)")
_NO_CHANGE = lazy(r"没(?:啥|什么|有)?(?:效果|变化|用)|(?:啥|什么|一点)效果(?:都|也)(?:没有|没|木有)|没见效|不见效|[没不](?:淡|变|亮|改善)|智商税")
_ORDERED = lazy(r"(?:昨天|前天|昨晚|刚刚?|今天|上午|早上)[^，。？\s]{0,2}(?:拍|买|下单|付)的|拍了|拍好|付了|付过|付好|已付|付款了|已经付|已下单|下单了|下好单|已经拍|买好了|订单|訂單|已經付|(?:晚|过|迟)[几两三一二]天再?发|先别发|暂时别发|延迟发")
_FREE_OF = lazy(r"(?:含不含|有没有|有冇|含|加了?)(酒精|香精|防腐剂|激素|荧光剂|色素)")
_MATERIAL_NAMED = lazy(r"(?P<stuff>蚕丝|天丝|纯棉|无纺布)的?[吗么嘛吧不]|是不是(?P<stuff2>蚕丝|天丝|纯棉)")
_WASH_ASKED = lazy(r"[敷用]完[^，,。？?\s]{0,3}(?:要|用|需要|得)?(?:洗脸|洗掉|洗吗|洗不|冲洗)|要不要(?:再)?洗|用不用(?:再)?洗|洗不洗|需不需要(?:再)?洗")
_GIFT_SELF = lazy(r"自己拍|要拍吗|要我拍|单独拍|另外拍|自动送|自动发|自动加|自动带|" + REMARK_NEEDED.pattern)
_CAN_USE, _DAILY = lazy(r"能用|适合|可以用|用得了|能不能用|可不可以用"), lazy(r"天天|每天")
_MORE_GIFTS = lazy(r"多(?:塞|送|给|放|拿)[^，,。？?！!\s]{0,2}(?:几|点|些|两|一)")
_LONGER = lazy(r"越久越(?:好|补水|滋润|有效)|越长越好|多敷一会|敷久一?点")
_ON_NOW = lazy(r"(?:都|已经|这都)[^，,。？?\s]{0,3}敷[^，,。？?\s]{0,8}(?:分钟|小时|钟头|钟)了|敷[着了]?[^，,。？?\s]{0,6}(?:分钟|小时|钟头|钟)了")
_PUT_THERE = lazy(r"(?:能不能|可不可以|可以|麻烦|让他|让快递员?|叫他|叫快递员?|帮我)[^，,。？?！!\s]{0,4}?(?<![别甭])(?<!不要)放(?:到|在)?((?:菜鸟)?驿站|快递柜|丰巢|门卫|前台|物业|代收点)(?!了)|放(?:到|在)?((?:菜鸟)?驿站|快递柜|丰巢|门卫|前台|物业|代收点)(?:室|那)?(?:里|儿)?(?:可以|行|能|中|得行)(?:吗|么|不|嘛)")
_SCOOP_USE = lazy(r"(?:勺子?|铲子?)[^，,。？?\s]{0,3}(?:有啥用|有什么用|干嘛用|干什么用|做什么用|干嘛的|干什么的)")
_HOW_LONG, _ASLEEP = lazy(r"多久|多长时间|几天|几周|什么时候才|啥时候才"), lazy(r"睡着|敷着睡|盖着睡|敷住瞓|瞓着")
_AWAY, _OUT_NOW = lazy(r"不在家|派送失败|派件失败|投递失败|配送失败"), lazy(r"派送中|派件中|正在派送|在派送|在派件|出来派")
_NO_EFFECT = lazy(r"没(?:啥|什么|有)?效果|效果不明显|不见效|没见效|没(?:啥|什么)?用")
_FAULT_NAMED = lazy(r"漏液|漏了|破损|破了|碎了|压坏|变质|坏了|过期|质量问题|发错|有异味|怪味")
_OVERNIGHT = lazy(r"一晚上|一整晚|一宿|过夜|整晚|一晚(?!霜)|敷着睡")  # (the cautions topic answers these)


def _fact_answer(topic: str, raw: str, product: Product | None, ctx: Context) -> str:
    if topic == "refund_amount" and ctx.lead == "price_protect" and (m := NOW_LOWER.search(ctx.message)) and int(m[2]) < int(m[1]):
        topic = "price_protect"  # "199 现在显示179 给我退20": the difference is 保价's, not a refund's sum
    if topic == "made" and product is not None and (dated := made_on(ctx.message, product)):
        return dated  # "生产日期2025.03 保质期多久": worked out from the date read off the box, not checked
    if topic == "same_item":  # "面霜和修护霜是一个东西吗": two names, one item or two
        one = ctx.products[0] if ctx.products else None
        if one is None:
            return f"您说的是店里哪两款，把名字或链接发我，我帮您对一下，{ctx.values['time.reply']}前回复您"
        return f"是两款不同的商品哦，{facts.prices(ctx.products[:2])}" if len(ctx.products) >= 2 else f"是同一款哦，都是{one.name}" + (f"（{one.price:g}元）" if one.price is not None else "") + "，叫法不一样而已"
    items = tuple(p for p in ctx.products if not re.search(f"送的?{p.category or p.name}", ctx.message))[:2] or ctx.products[:2]  # not "送的面膜"
    if topic == "price" and len(items) >= 2 and order_text(ctx) != ctx.message and len(said_last := bought_items(ctx)) >= 2:
        items = tuple(said_last[:2])  # "把面霜换成精华 哎算了还是要面霜 再加一盒面膜": the order as said last
    if topic == "price" and len(items) >= 2 and len(every := bought_items(ctx)) > len(items):
        items = tuple(every)  # "洗面奶 面霜 面膜各一个 一共多少钱": all three, not the first two
    if topic == "price" and all(p.price is not None for p in items) and (len(items) >= 2 or (one := facts.named_sum(ctx.message, list(items))) and one[0] > items[0].price):
        # "精华和面膜一起买多少钱": both prices, the sum, and what the sum gets from the promotions
        together = sum(p.price for p in items)
        counted = facts.counted_items(ctx.message, list(items)) if len(items) >= 2 else one  # "两瓶面霜加一支洗面奶", "两瓶面霜一共多少"
        if counted:
            together = counted[0]
        applied = facts.promotions(together, ctx.library.policy) if _TOGETHER_PRICE.search(raw) or counted else ""
        said = (counted[1] if len(items) >= 2 else f"{items[0].name}是{items[0].price:g}元，{counted[1].removeprefix(items[0].name)}") if counted else facts.prices(items)  # (one item: its own price first)
        return said + (f"，{applied}" if applied else "")
    # (goods already sent back: their postage is the return's own answer, said once there)
    if topic == "refund_amount" and _POSTAGE_KEPT.search(ctx.message) and ctx.library.policy.return_quality and not _SENT_ALREADY.search(ctx.message):
        # "退款能退多少 运费扣不扣": the amount, and who pays the postage, as the return rules say
        policy = ctx.library.policy
        mind = next((c for c in re.split("[，,；;]", facts.bare(policy.return_change_of_mind)) if "运费" in c), "")
        text = facts.answer(topic, raw, product, policy, ctx.values)
        if _FAULT_NAMED.search(ctx.message):  # "因为漏液退货的话…运费谁出": the fault's rule, not the change of mind's
            mind = ""
        return f"{text}；运费这块，{facts.bare(policy.return_quality)}" + (f"，无理由退货的话{mind}" if mind else "")
    if topic == "refund_amount" and (gap := _postage_gap(ctx)):
        return gap  # "退款只退了79？我付的是85啊": the 6元 is the postage paid with the order
    if topic == "refund_amount" and (back := _POSTAGE_BACK.search(ctx.message)):
        # "退多少？我付的6块运费也退吗": the postage paid with the order is the order's figure, checked with it
        paid = f"{back['fee']}元" if back["fee"] else ""
        mind = next((c for c in re.split("[，,；;]", facts.bare(ctx.library.policy.return_change_of_mind)) if "运费" in c), "")
        text = facts.answer(topic, raw, product, ctx.library.policy, ctx.values)
        fee = f"您下单时付的{paid}运费能不能一起退"
        text = text.replace("具体金额", f"具体金额和{fee}，", 1) if "具体金额" in text else f"{text}，{fee}，我核对时一并给您确认"
        return text + (f"；无理由退货的话{mind}" if mind else "")
    if topic == "suitable" and product is not None and not _CAN_USE.search(raw) and "gentle" in message_topics(ctx.message) and (
        (skin := facts.skin_of(ctx.message)) and facts.suits(product, skin) is None
    ):
        return ""  # "会不会刺激啊 我有点敏感": the gentleness answers it; no list of whom the facts rule out
    if topic == "suitable" and ctx.lead == "damaged" and INTACT.search(ctx.message):  # "外盒压扁了 里面瓶子好像没事 还能用不"
        return "只是外盒压到、里面的瓶子没破没漏的话，不影响里面的东西，可以放心用；打开后颜色、气味跟平时一样就没问题"
    if topic == "shelf_life" and len(ctx.products) >= 2 and len(had := [p for p in ctx.products if owned(ctx.message, p)]) == 1:
        product = had[0]  # "上次买的面霜开了两个多月了 开封多久要用完 顺便再拍个洗面奶": the jar in use, not the new item
    if topic == "shelf_life" and product is not None and (OPENED_ASKED.search(ctx.message) or _OPEN_HOW_LONG.search(ctx.message)):
        if said := opened_answer(product.name, product.shelf_life, ctx.message, ctx.now.date()):
            return said  # "面霜去年3月开封的 还能用不": the months counted against the rule
    if topic == "material" and product is not None and (named := _MATERIAL_NAMED.search(raw)) and (named["stuff"] or named["stuff2"]) in (product.material or ""):
        # "是天丝的吧": yes, said first, then the fact (and what it does for the fit when that is asked)
        fits = f"，{facts.bare(product.advantage)}" if "贴" in ctx.message and "贴" in (product.advantage or "") else ""
        return f"是的，{facts.answer(topic, raw, product, ctx.library.policy, ctx.values)}{fits}"
    if topic == "material" and product is not None and "干" in raw and "干" not in (product.material or "") and (kept := next((c for c in re.split("[，,。；;]", product.advantage or "") if "干" in c), "")):
        # "我怕那种敷一会就干的": the texture, and what the facts say of drying
        return f"{facts.answer(topic, raw, product, ctx.library.policy, ctx.values)}，{kept.strip()}"
    if topic == "usage" and product is not None and _WASH_ASKED.search(ctx.message) and re.search("拍开|拍匀|吸收", product.usage or ""):
        # "敷完要洗脸不": no, said plainly before the steps that imply it
        said = facts.answer(topic, raw, product, ctx.library.policy, ctx.values)
        return f"{said.rstrip('。')}；敷完不用洗脸哦" if said.startswith("不建议") else f"敷完不用洗脸哦，{said}"  # (one 哦 first)
    if topic in ("coupons", "payment_methods") and INSTALMENTS.search(ctx.message) and "券" in ctx.message and re.search("还能用|能用|可以用|能不能用", ctx.message) and ctx.library.policy.coupons:
        # "首页那个券我领了 分期的话还能用不": the coupon comes off at the order, whatever pays the rest
        said = facts.answer(topic, raw, product, ctx.library.policy, ctx.values) if topic == "payment_methods" else ""
        return (said + "；" if said else "") + f"{facts.bare(ctx.library.policy.coupons)}，用花呗分期也能用：券在下单时就抵扣了，剩下的金额再分期付，两个不冲突"
    if topic == "gifts" and _GIFT_SELF.search(ctx.message) and "随单" in (ctx.library.policy.gifts or ""):
        # "送的面膜要我自己拍吗还是自动送": no, it comes with the order by itself
        return f"不用您{'备注' if REMARK_NEEDED.search(ctx.message) else '单独拍'}哦，{facts.answer(topic, raw, product, ctx.library.policy, ctx.values)}"
    if topic == "benefit" and ctx.lead in ("return_exchange", "refund") and _NO_EFFECT.search(ctx.message):
        # "用了小半瓶 感觉没啥效果 能退吗": not the item's selling points again, but how it is used
        kept = next((c for c in re.split("[，,。；;]", product.benefit) if "坚持" in c), "") if product is not None and _HOW_LONG.search(ctx.message) else ""
        return ("效果跟肤质和用法关系很大，" + (f"这款一般要{kept.strip()}才看得出来" if kept else "一般要坚持用一段时间才看得出来")
                + "；您方便说说是什么肤质、每次怎么用的吗？我帮您看看用法上有没有能调整的地方")
    if topic == "in_box" and product is not None and "勺" in product.in_box and _SCOOP_USE.search(ctx.message):
        # "小勺子有啥用 直接手挖不行吗": what the scoop is for, then how much to take
        dose = next((c for c in re.split("[，,。；;]", product.usage) if re.search("取|大小|用量", c)), "")
        return "盒子里配的挖勺是为了取用卫生：手直接挖容易把手上的细菌带进膏体，开封后更容易变质，用挖勺取更干净" + (f"；每次{dose.strip()}就够了" if dose else "")
    if topic in ("shipping", "gifts") and ctx.lead not in PROBLEMS and (verdict := _sum_said_verdict(topic, ctx)):
        # "我这单两百多了吧 送面膜不 包邮吧": the sum the customer gives, against each line
        return verdict
    if topic == "invoice" and _INVOICE_LATE.search(ctx.message) and not _KINDS_ASKED.search(ctx.message):
        # "上周就说给我开发票 到现在也没收到": one promised and late, not which kinds are issued
        return f"发票拖了这么久还没到您手上，真抱歉！我这就帮您查开具进度，{ctx.values['time.reply']}前把结果告诉您，开好了马上发到您的邮箱"
    if topic == "waybill":  # the order's own number: where the customer sees it, or looked up for them
        return "发货后物流单号会同步到订单详情里，点「查看物流」就能看到单号和包裹现在到哪了；要是还没显示，把订单号发我，我帮您查好发给您"
    if topic == "gift_kind":  # "送的面膜是哪款 跟你们卖的一样不": the item the rule names, or checked
        named = next((p for p in ctx.library.products.values() if p.name in ctx.library.policy.gifts), None)
        return f"送的就是店里的{named.name}" if named else f"送的具体是什么款、跟正装是不是同一款，我这就帮您确认一下，{ctx.values['time.reply']}前告诉您"
    if topic == "send_to_other":  # "能直接寄她家不": their address and name on the order
        return "可以直接寄过去的，下单时把收货地址填成对方的地址，收件人写对方的名字和电话就行"
    if topic == "return_address":  # the address comes with the approval, on the return's own page
        return "退货地址在您提交退货申请、我们审核通过后，会显示在订单的售后页面上，照着那个地址寄回就行，寄出后记得填上快递单号"
    if topic == "closed":
        return open_today(business_calendar(ctx.library.policy), ctx.now.date())
    if topic == "door" and ctx.lead == "logistics" and (put := _PUT_THERE.search(ctx.message)) and not _AWAY.search(ctx.message):
        # (not at home, or a delivery failed: the lead's own script asks the courier already)
        # "派送中一整天了 …能不能让他放菜鸟驿站": the courier asked, for this parcel, by a time
        return f"我马上联系快递员，请他把包裹放到{put.group(1) or put.group(2)}，{ctx.values['time.reply']}前把结果告诉您"
    if topic == "door" and ctx.lead != "logistics" and (put := _PUT_THERE.search(ctx.message)) and _OUT_NOW.search(ctx.message):
        # "派送中了 可我人不在家 …能叫快递放门卫吗": the parcel is out, so a remark on the order reaches nobody
        return (f"包裹已经在派送了，订单上的备注快递员那边看不到，我马上联系快递员，请他把包裹放到{put.group(1) or put.group(2)}，{ctx.values['time.reply']}前把结果告诉您；"
                "物流信息里一般有派件员的电话，您直接打给他说一声会更快")
    if topic == "door" and (ctx.lead == "logistics" or _LEFT_ALREADY.search(ctx.message)):
        return ""  # "又放驿站了 下次能不能送上门", "明明备注了送货上门": the parcel's problem, taken up by the lead
    if topic == "packing":  # "这次能包严实点不": a remark for the warehouse, which packs every order
        return "我帮您在订单上备注“包严实一点，多加一层防震泡沫”，仓库打包时会看到"
    if topic == "door":
        return (f"我帮您在订单上备注“{door_wish(ctx.message)}”，快递员派件时能看到；不过最后怎么派送要看当地快递网点的安排，"
                "万一没按备注送，您跟我说一声，我帮您联系快递")
    if topic in ("shelf_life", "ingredients", "spec") and product is None:
        return catalogue_lives(ctx, topic, raw)  # no item named: every item's shelf life, shared ones together
    if topic == "shelf_life" and len(ctx.products) >= 2 and product is ctx.products[0] and (
        not named_in(raw, ctx) or len(find_products(ctx.library, raw, limit=2)) >= 2  # "精华液跟面霜开封后可以放多久"
    ) and all(
        p.shelf_life for p in ctx.products[:2]
    ):
        return facts.shelf_lives(list(ctx.products[:2]))  # "洗面奶跟面霜…保质期多久": both items named before
    if topic == "suitable" and unsuited(ctx) and not (product is not None and unlisted_group(spelled(ctx.message, ctx.library), product)):
        # (a group the facts do not name, such as 孕妇 for a cream, is checked beside the skin: facts.answer)
        # not for this skin: say so, and what is
        return facts.recommend(list(ctx.library.products.values()), product, ctx.message)
    # the region or the skin type may be in another clause ("我是混干皮，面霜会不会闷痘")
    # … and so may the day of the purchase ("三周前买的，现在降价了，还能补差价不")
    said = spelled(ctx.message, ctx.library) if topic in (  # "有咗bb三个月" is read as 怀孕了, as the matcher reads it
        "shipping", "suitable", "price_protect", "service_hours", "shelf_life", "invoice", "refund_time", "merge", "refund_route", "genuine", "payment_methods", "courier", "storage"
    ) else raw
    if topic == "spec" and re.search("大号|小号|大码|小码", ctx.message):
        said = ctx.message  # "会不会盖不全 有没有大号的": the size asked for is in another clause
    alone = "防晒" not in raw and len(find_products(ctx.library, raw, limit=2)) == 1  # "洗面奶早上也要用吗": its own item
    if topic in ("usage", "cautions") and "防晒" in ctx.message and len(ctx.products) >= 2 and not alone:
        # "面霜和精华先用哪个 早上用完还要擦防晒吗": the item whose facts speak of sunscreen
        product = next((p for p in ctx.products if "防晒" in p.usage + p.cautions), product)
    # "刚买完就降价": a purchase made, whatever stage the lead belongs to
    bought = stage_of(ctx, ctx.lead) == "after_sale" or topic in ("price_protect", "coupons") and bool(_PURCHASED.search(ctx.message))
    text = facts.answer(
        topic, said, product, ctx.library.policy, ctx.values, bought=bought,
        items=tuple(bought_items(ctx)) if topic == "shipping" else ctx.products, today=ctx.now.date(),
        catalogue=tuple(ctx.library.products.values()) if topic in ("shipping", "genuine") else (),
    )
    against = re.match(r"([^，。；]+?)(?:的话不太建议用|不适合用)", text) if topic == "suitable" and product is not None else None
    if against:
        # "孕妇能用吗": not this one, and which of the catalogue's items that group may use, at its price
        who = against.group(1)
        others = [p for p in ctx.library.products.values() if p is not product and who in p.suitable_for]
        if others and not (_OWNED.search(ctx.message) and not _ASKS_OTHER.search(ctx.message)):  # "之前买的还剩大半瓶": no sale pushed
            text += (f"；{who}可以用的是" if any(p.category == product.category for p in others) else f"；店里的{product.category or '这类'}暂时只有这一款，{who}日常护肤可以用的是") + "、".join(p.name + (f"（{p.price:g}元）" if p.price else "") for p in others)
        elif _ASKS_OTHER.search(ctx.message) and len(ctx.products) < 2:  # "不能的话你们家有啥我能用的": the others checked for that group
            text += f"；店里其他几款{who}能不能用，我这就帮您核实一下，{ctx.values['time.reply']}前告诉您"
    skin = facts.skin_of(said) if topic == "suitable" and product is not None else None
    if skin and f"{skin}的话，" in text and not _OWNED.search(ctx.message):
        # "我干皮 还敏感 那个精华能用吗": a skin the item's facts do not list, and the item that does list it
        fit = next((p for p in ctx.library.products.values() if p is not product and facts.suits(p, skin) is True), None)
        if fit:  # another kind goes beside it (a cream with a serum), not instead of it
            text += f"；{skin}平时更对路的是{fit.name}" if fit.category == product.category else f"；{skin}的话，可以搭配{fit.name}一起用"
            text += f"，它适合{facts.bare(fit.suitable_for)}"
    if topic == "coupons" and ctx.library.policy.coupons and _COUPON_EXPIRY.search(raw):
        # "那个满299减20的券不会过期吧": no date in the policy, so where the coupon shows it
        return f"{facts.bare(ctx.library.policy.coupons)}；券的使用期限领券时页面上会写明，领到后在「我的优惠券」里也能看到"
    if topic == "coupons" and re.search(facts.COUPON_UNUSED, spelled(ctx.message, ctx.library)):
        # "优惠券领了 下单怎么没减": the coupon's threshold against the order, not where to take it
        missed = facts.coupon_missed(bought_items(ctx), ctx.library.policy, ctx.values["time.reply"], spelled(ctx.message, ctx.library))
        rules = [facts.bare(c) for c in re.split('[，,；;]', ctx.library.policy.coupons or "")]
        # "…是不是跟送面膜的不能一起用": whether it combines with the gift, as the policy says
        combined = next((c for c in rules[1:] if _COMBINES.search(c)), "") if _COMBINE_ASKED.search(ctx.message) else ""
        if missed and COUPON_WHERE.search(spelled(ctx.message, ctx.library)) and ctx.library.policy.coupons:
            # "优惠卷在哪领 …也没给我减": where it is taken, then why it did not apply
            missed = f"{rules[0]}；{missed}"
        if missed:
            return f"{missed}；另外，这张券{combined}" if combined else missed
    if topic in PROMOTIONS and not bought and not (topic == "coupons" and WHERE_TO_TAKE.search(raw)):
        # "囤三瓶有啥优惠", "面霜加精华有啥活动": what the named items cost with the coupon and the gift
        # ("券在哪领" is answered by where to take it)
        summed = promotion_deal(ctx)
        if summed:
            return summed
    if topic == "gifts" and not bought:
        # "我拍个面霜加个洗面奶够满了吧": the sum of what the message names, against the threshold
        reached = facts.reaches_gift(order_text(ctx), bought_items(ctx), ctx.library.policy)
        text = f"{text}；{reached}" if reached else text
    if topic == "benefit" and text and re.search("祛斑|去斑|淡斑|雀斑|黄褐斑", raw):
        text = f"这款不是祛斑的产品哦，{text}"  # "能祛斑吗": no claim the facts do not make, then what it does
    if topic == "gifts" and ctx.lead == "order_placed" and text:
        # "拍了 满199的面膜记得给我带上": the order is confirmed and checked against the rule
        rule = re.split("[，,。；;]", text)[0]
        verdict = gift_verdict(order_text(ctx), bought_items(ctx), ctx.library.policy)  # the items named, summed
        if verdict and "已经满" in verdict:
            return ""  # the order's own answer says the gift goes with it
        text = f"订单收到啦～{rule}，{verdict}" if verdict else f"订单收到啦～{rule}，我帮您核对一下这单的实付金额，满了的话赠品会随单一起发出"
    if topic == "gifts" and text and _MORE_GIFTS.search(ctx.message):
        text += "；赠品都是按活动统一送的，额外多放这边做不了哦，还请您理解"  # "记得多塞几片面膜给我": said kindly, no
    return text


_INVOICE_LATE = lazy(r"(?:没|未|没有)(?:收到|见到|看到|发来|发给我|发我)|一直没|还没(?:给|发|收到)|发票呢")
_KINDS_ASKED = lazy(r"能开|可以开|开不开|能不能开|可不可以开|能补|补开|什么发票|哪种|专票|普票|抬头|税号")  # (asked, not chased)
# a sum the customer gives their order in words ("这单两百多了", "买了快三百了"): 快/将近 "nearly"
_SUM_SAID = lazy(r"(?:这单|单子|订单|一共|总共|买了|拍了|都)[^，,。？?！!\s\d]{0,4}?(?P<near>快|将近|接近|差不多)?(?P<n>[两二三四五六七八九])百(?P<more>多)?")


def _sum_said_verdict(topic: str, ctx: Context) -> str:
    """Free shipping or the gift for a sum the customer says the order reaches ("两百多"), when
    it clears the line; "" when no sum is said, a region is named (its own fee), a fee charged is
    disputed or the sum falls short."""
    said = _SUM_SAID.search(ctx.message)
    if not said or facts.names_region(ctx.message) or re.search(r"(?:补|收|扣|要)(?:了|我)?\d+\s*(?:块|元)", ctx.message):
        return ""  # ("我买了两百多还要我补12块运费": a fee charged, disputed)
    if topic == "shipping":
        free = re.search(r"满(\d+)元?包邮", ctx.library.policy.free_shipping or "")
        line, gift = (int(free.group(1)), "") if free else (0, "")
    else:
        line, gift = gift_rule(ctx.library.policy) or (0, "")
    total = number(said["n"]) * 100 - (50 if said["near"] else 0)  # "快三百" is at least 250
    if not line or total < line:
        return ""
    words = f"{said['near'] or ''}{said['n']}百{said['more'] or ''}"
    return f"您这单{words}，已经满{line}元包邮了" if topic == "shipping" else f"您这单{words}，满{line}元了，{gift}会随单一起发出"


def _postage_gap(ctx: Context) -> str:
    """Two sums said (refunded and paid) that differ by the shop's postage, the refund an item's price
    under the free-shipping line: what the gap is, the return rule for it, and the order checked by a
    time; "" otherwise."""
    fee, free = postage_fee(ctx.library.policy), free_threshold(ctx.library.policy)
    sums = list(dict.fromkeys(int(m) for m in re.findall(r"(?<![\d.])(\d{2,4})(?![\d.]|号|日|月|天)", ctx.message)))
    short = re.search(r"少(?:了|退了?)?(\d+)(?:块|元)", ctx.message)  # "退款到了 可咋少了6块钱 我买的是79那个洗面奶"
    if fee is not None and short and int(short.group(1)) == fee and len(sums) <= 1:
        price = [p.price for p in ctx.products[:1] if p.price is not None] or sums
        sums = [int(price[0]), int(price[0]) + fee] if price else sums
    if fee is None or len(sums) != 2 or abs(sums[0] - sums[1]) != fee:
        return ""
    low, high = sorted(sums)
    if not any(p.price == low for p in ctx.library.products.values()) or free is None or low >= free:
        return ""  # (the refund is an item's price under the free-shipping line, or the gap is something else)
    quality = facts.bare(ctx.library.policy.return_quality)
    return (f"您付的{high}元里，{low}元是商品的货款，{fee}元是下单时的运费" + (f"；{quality}，是质量问题退货的话这{fee}元我们会补退给您" if quality else "")
            + f"。我这就核对您这单的退货原因和退款明细，{ctx.values['time.reply']}前给您答复")


_POSTAGE_BACK = lazy(r"(?:[付出交]的?|(?P<fee>\d+)[块元])(?:运费|邮费)[^，,。？?！!\s]{0,3}(?:也退|退不退|能退|退吗|也能退|会退|给退|退么|退不)")
_SENT_ALREADY = lazy(r"(?:寄|退)(?:回去?|过去)了|已经?(?:寄回|退回)")  # "面膜退回去了": the goods are on their way back
_POSTAGE_KEPT = lazy(r"(?:运费|邮费)[^，,。？?！!\s]{0,3}(?:扣不扣|扣吗|扣么|扣不|要扣|谁出|谁付|谁承担|怎么算|算谁的)")  # "退款能退多少 运费扣不扣"
_LEFT_ALREADY = lazy(r"(?:放|扔|丢|搁|送)(?:在|到|去)?(?:驿站|快递柜|菜鸟|丰巢|代收点|快递点|门口)了|明明|备注了|写了")
_REMARK_HEAD = lazy(r"^(?:(?:帮我|麻烦|顺便|再|还有|另外|然后)?(?:帮我)?(?:备注|写)(?:一?下|个)?|给我|麻烦)+")


def door_wish(message: str) -> str:
    """Where the customer wants the parcel left, in their words ("别放快递柜、直接送门卫室"): the
    clause asking it and a clause right after that says where instead."""
    clauses = [c for c in re.split(r"[，,。？?！!\s]+", message) if c]
    at = next((i for i, c in enumerate(clauses) if DOOR.search(c)), None)
    if at is None or re.search("怕|担心", clauses[at]):
        return "送货上门"  # (nor "放驿站我怕丢": the place feared, not wished)
    asked = re.split(r"备注(?:一下|下)?", clauses[at])[-1] or clauses[at]  # "没发的话顺便帮我备注一下放丰巢": what follows 备注
    said = [_REMARK_HEAD.sub("", _wish_asked(asked)).replace("给我", "")]
    if at + 1 < len(clauses) and (re.match(r"(?:直接)?(?:放|送)", clauses[at + 1]) or DOOR.search(clauses[at + 1])):
        said.append(clauses[at + 1])  # "不要放快递柜 放小区门卫就行"
    if at and re.match(r"(?:直接)?(?:放|送)", before := _REMARK_HEAD.sub("", clauses[at - 1])):
        said.insert(0, before)  # "麻烦备注下放门卫 别放驿站"
    # "别放快递柜我上班收不到": the wish, not the reason after it
    wish = "、".join(w for s in said if s and (w := re.split(r"(?<!到)(?:我|家里)|因为|白天", s)[0].rstrip("哈啊呀吧哦")))
    # "我们小区韵达不给送上门": a complaint of a courier, not a wish in words: the door asked for
    return wish if wish and not re.search("不给?送|不上门", wish) else "送货上门"


_ASKED_WISH = lazy(r"[吗么嘛不]$|能不能|可不可以")
_ASKING_ENDS = lazy(r"^(?:能不能|可不可以|可以|能|麻烦|让他|让快递|帮我)|(?:可以|行|能|中|得行)?(?:吗|么|不|嘛)$")


def _wish_asked(clause: str) -> str:
    """A wish asked as a question ("你们发的快递送货上门吗", "放门卫可以吗"): only the wish."""
    found = DOOR.search(clause) if _ASKED_WISH.search(clause) else None
    return _ASKING_ENDS.sub("", found.group(0)) if found else clause


_COUPON_EXPIRY = lazy(r"[券卷][^，,。？?！!\s]{0,4}(?:过期|有效期|期限|截止|到期|先领|提前领|现在领|领着)")  # (or claimed now for later: "那个券现在先领着行不")
_COMBINE_ASKED, _COMBINES = lazy(r"一起用|一块用|同时用|同享|叠加|冲突|一起享"), lazy(r"一起享|同享|叠加|一起用")
_ENDS_ASKED = lazy(r"(?:活动|优惠|送面膜|赠品)[^，,。？?！!\s]{0,6}(?:结束|截止|到哪天|到什么时候|到几号)")
WHERE_TO_TAKE = lazy(r"在哪|哪里|哪儿|去哪|上哪|怎么领|咋领")
_TOGETHER_PRICE = lazy(r"一起|一共|总共|加起来|都买|两个都|两样|到手|实付|券后|用完券|用券后|用了券")
_PURCHASED = lazy(r"买完|刚买|刚下单|刚下的单|已经下单|已经买|我买了|买了[#\d一两三几]+天|刚拍|已经拍|刚付|已经付|付过款|付完|[买拍]咗|先买了|先拍了|昨天买|昨天拍|琴日[买拍]")  # not "怕现在买了亏"
_OWNED = lazy(r"还剩|之前买的|一直在用|一直用|正在用|用了[^，,。？?\s]{0,3}(?:瓶|支|半)")
_ASKS_OTHER = lazy(r"有啥|有什么|哪款|哪个|别的|其他的?")
