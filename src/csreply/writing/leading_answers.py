"""Answers that take a whole message's question before its clauses are answered one by one (goods not sold, two items, a pick,
a worry's fact); a payment at a named time (:mod:`.dispatch_answers`), a return's or refund's (:mod:`.return_answers`).
"""

from __future__ import annotations

import re

from . import facts
from ..understanding.catalogue import find_products, names_of, sold_kinds, unsold_kind, unsold_service
from ..library.model import Product
from .draft import Context
from .amounts import how_many
from .fitting import KEEPS_ORDER, complementary
from .recommending import routine
from .rendering import bare_rule
from .fact_topics import COUPON_WHERE, LEAVE_OUT
from .said_leads import CARD, HAGGLES
from .case_answers import accessory_missing, courier_noted, left_on_too_long, unsuited_item
from .qualities import meets, need_met, on_the_point
from .picks import BUY_WORDS, DIFFERENCE, cheeks_too, doses_said, effect_in_time, paces_said, the_pick
from .totals import counted, gift_begged, offered, short_of_gift
from .corrections import USED_IN_TIME
from .protection import coupon_missed_after
from .signals import BOUGHT, ITEM_BROKEN, NEW_PURCHASE, USE_ORDER, EVERYDAY_ONE, GIFT_MISSING, HOW_MUCH_OFF, MONEY_LATE, UNLESS_SENT
from .triage import PROBLEMS
from .dispatch_answers import paid_by, paid_on_day
from .arrival import DUE_DAY, after_hold, with_transit
from .hold_answers import held_until
from .orders import QUITS, added_item, bought_items, coupon_forgotten, kept_after_cancel, promotion_deal, fewer_items, recounted
from .charges import charged_more, charged_twice, others_paid_less
from .worries import CHEAPER, REACTION, TRY_FIRST, price_held, tight_budget, worry_answers
from .return_answers import before_return, exchange_difference, money_after_return, partial_refund, refund_since, refused, sent_back
from .opened_returns import NO_EFFECT, opened_return
from ..lazy_pattern import lazy

# the scenarios a recommendation answers (a clause of theirs that only states the need is context)
RECOMMEND = frozenset({"recommend", "skin_type", "product_info", "hesitation"})
_PRESENT = lazy(r"送(?:啥|什么|哪[个款样件])?(?:好|合适|不错|比较好)|送给|送人|送[妈爸老长闺朋女男婆奶爷姐妹哥弟同]|礼物")
# asked of every message (compiled once: re.search with a string looks its pattern up each call)
_TOGETHER = lazy("先后|一起[用擦抹涂搽]|一齐用|一块儿?[用擦抹涂搽]|搭配|先用|后用|先抹|先涂|先擦|先搽|哪个先|谁先|顺序|前面用|后面用|之前还是之后|前面还是后面|[用抹涂擦]完.{0,8}(?:[涂抹用]|再上|才上)|区别|不同|差在哪|差别")
_ANY_SKIN, _ASKS_WHICH = lazy(r"各种|所有|任何|都适合|全肤质"), lazy("有没有适合|推荐|哪款|哪些|哪几款|哪个好|买什么|选什么|能用哪")

_DAILY = lazy(r"早晚|每天|每日|天天")  # an item's usage that is every day, not "一周2到3次"
_MADE_UP = lazy(r"补|退|返")  # "…能不能给我补那20": the sum asked back
_ONE_ONLY = lazy(r"只能(?:先)?[买选挑]?一|只(?:想|打算)?(?:先)?买一|买得起一|只够买?一|就想买一|先买一样|钱(?:只|不)够|预算只|只能先選|只能先买")  # "钱有限只能先买一个"
_SWAP_TO = lazy(r"我?(?:换成|改成|改买|换买)")  # "帮我取消 我换成精华": the other item is the new order, not in this one
_ASKS_LESS = lazy(r"(?:能|可以|再|算)便宜|便宜点|便宜些|便宜不|优惠点|少点|打个?[一二三四五六七八九]?折")  # "囤10盒 能便宜点不"
_GIFT_BOX = lazy(r"礼盒|礼品盒|礼品包装|包装成礼物|送礼的包装|帮忙包一下|包装一下|包好看点")
_SUN_WAIT, _LAYER_WAIT = lazy(r"(?:隔|等|过)多久[^，,。？?！!\s]{0,4}(?:上|擦|抹|涂)?(?:防晒|妆|粉底)|(?:防晒|上妆)[^，,。？?！!\s]{0,4}(?:隔|等|要等)多久"), lazy(r"中间[^，,。？?\s]{0,3}等|隔多久|间隔多久|等多久|等几分钟|要等一会")
_NEW_ORDER = lazy(r"再拍|再买|新拍|另拍|加拍")
_TODAY_AGAIN = lazy(r"今天(?:就|能|可以|马上)?(?:给我)?(?:重新|再|补)(?:发|寄)|今天(?:就|能)(?:给我)?(?:发|寄)")

def leading_answers(ctx: Context) -> tuple[list[tuple[str, str, str]], set[str]]:
    """Answers that take a whole message's question: goods the shop does not sell, how two named
    items relate, a recommendation for the need the customer stated, a refund counted from the
    return's arrival."""
    # (goods that went wrong are ours: "面膜…精华水还发黄" is the mask's essence, not a toner asked for)
    kind = "" if ctx.severity else unsold_kind(ctx.library, ctx.message)
    if kind:
        # "有卖防晒霜吗": say plainly it is not sold and what is, before anything else the message asks
        parts, done = _leading(ctx)
        return [("fact", "not_sold", f"我们店目前没有{kind}哦，店里现在有{sold_kinds(ctx.library)}")] + parts, done | {"stock", "promotion"}
    parts, done = _leading(ctx)
    service = "" if ctx.severity or not ctx.library.products else unsold_service(ctx.message)
    if service:  # "你们做不做水光针": a shop of goods, no such service, and what it does sell
        return [("fact", "not_sold", f"我们是线上店，只卖{sold_kinds(ctx.library)}这些商品，{service}这类服务我们不提供哦")] + parts, done | {"stock", "promotion", "product_info"}
    paid = paid_by(ctx) if any(t == "deal" for _, t, _ in parts) else ""  # "两瓶能便宜点不？下午五点半付款今天能发吗": the sum, then that hour's dispatch
    return parts + _wrapping(ctx, parts) + ([("fact", "dispatch_cutoff", paid)] if paid else []), done | ({"dispatch_time"} if paid else set())


def _wrapping(ctx: Context, parts: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A card or a gift box asked beside anything else ("送女朋友的 能包好看点 塞个卡片吗 顺便开个发票"):
    checked with the warehouse by a time, unless an answer above took it up already."""
    said = {t for _, t, _ in parts}
    asks = [("card", "贺卡", CARD.search(ctx.match.normalized.text)), ("gift_box", "礼盒包装", _GIFT_BOX.search(ctx.match.normalized.text))]
    wanted = [what for topic, what, hit in asks if hit and topic not in said]
    if not wanted or ctx.severity or re.search("返现|好评|晒图", ctx.message):  # "好评返现的卡片": not a card to write
        return []
    lead = ctx.library.scenarios.get(ctx.lead) if ctx.lead else None
    if lead is not None and re.search("包装|礼盒|卡片|贺卡", lead.title):
        return []  # a shop's own scenario for it ("gift_wrap", 礼品包装) answers in its own words
    if any("跟仓库确认" in text for _, _, text in parts):  # the card is checked already: the box with it
        return [("fact", "wrapping", f"{'和'.join(wanted)}我也一并跟仓库确认，到时一起告诉您")]
    return [("fact", "wrapping", f"{'和'.join(wanted)}这个我跟仓库确认一下能不能安排，{ctx.values['time.reply']}前告诉您")]


def _leading(ctx: Context) -> tuple[list[tuple[str, str, str]], set[str]]:
    if ctx.lead == "order_change" and CARD.search(ctx.match.normalized.text):  # "别放价格单 能帮忙写张卡片吗": noted, the card checked
        left = "，价格单不会放进包裹" if LEAVE_OUT.search(ctx.message) else ""
        said = f"可以的～我这就在订单上备注{left}，仓库打包时会看到哦；手写卡片这个我跟仓库确认一下能不能安排，{ctx.values['time.reply']}前告诉您"
        return [("fact", "card", said)], {"order_change", "order_placed", "invoice", "recommend", "promotion"}
    if said := left_on_too_long(ctx):  # "敷着睡着了 起来脸刺刺的": the time on said as the likely cause, no remedy menu
        return [("fact", "left_on", said)], {"quality_issue", "usage", "refund", "return_exchange", "complaint"}
    if (ctx.severity or ctx.lead in ("wrong_missing", "damaged", "quality_issue")) and _NEW_ONE_CHOSEN.search(ctx.message) and not _TODAY_AGAIN.search(ctx.message):  # "漏液那瓶我想换新的": chosen
        said = (f"非常抱歉给您添麻烦了！好的，给您换新的：麻烦您先拍张照片给我留个记录，核对后新的"
                f"{ctx.values['time.exchange']}前给您发出，运费我们承担，发出后把单号告诉您")
        return [("fact", "exchange", said)], {"wrong_missing", "damaged", "quality_issue", "return_exchange", "logistics", "dispatch_time"}
    if ctx.lead in ("wrong_missing", "damaged") and _TODAY_AGAIN.search(ctx.message) and not _NEW_ORDER.search(ctx.message):  # "后天就飞三亚了 能不能今天就给我重新发": the rush first (not "再拍一瓶精华今天能发吗")
        said = (f"非常抱歉给您添麻烦了！您赶时间，我这就跟仓库说加急：麻烦您拍一下收到的商品和快递面单发我，核对后争取"
                f"{ctx.values['time.dispatch']}前就给您重新发出，最晚也会在{ctx.values['time.exchange']}前发出，运费都由我们承担")
        return [("fact", "rush", said)], {"wrong_missing", "damaged", "logistics"}
    scenarios = {ctx.lead} | {i.scenario for i in ctx.match.intents}
    together = _TOGETHER.search(ctx.message) or _which_of_two(ctx) or _BOTH.search(ctx.message)
    said_with = re.split("[，,。？?！!\\s]", ctx.message[: together.start()])[-1] if together and together is not True else ""
    if said_with and together.group(0) in ("一起用", "一齐用", "一块用", "一块儿用") and _PROMOTION_WORDS.search(ctx.message) and (
            _PROMOTION_WORDS.search(said_with) or not find_products(ctx.library, said_with, limit=1)):
        together = None  # "券和送面膜能一起用吗": the promotions combine, not the two items ("精华跟面霜可以一起用吗？另外有活动吗": the items)
    if _PROMOTION_WORDS.search(ctx.message) and re.search("冲突|二选一", ctx.message) and not _TOGETHER.search(ctx.message):
        scenarios = scenarios - {"product_compare", "recommend", "hesitation"}  # "券和赠品别只能二选一": promotions
    choosing = scenarios & {"product_compare", "recommend", "hesitation", "skin_type"}  # "都说补水 冬天干皮选哪个"
    after_sale = ctx.lead in PROBLEMS and not (NEW_PURCHASE.search(ctx.message) and _CLASH.search(ctx.message)) or ctx.severity  # ("…这回想加个精华 跟面霜一起用冲突不": a new purchase asked); "面霜有怪味 能只退面霜吗": no pairing pitch after a problem
    # (two items named are compared only when a choice or a comparison is asked: "想买面霜加洗面奶 券在哪领" is a cart)
    if ctx.pair is not None and not after_sale and (
        together or choosing and (complementary(ctx.pair) or "product_compare" in choosing) and _CHOOSING.search(ctx.message)
    ) and not re.search("去掉|取消|只退|退掉|不要了", ctx.message):  # "把精华去掉 能只退精华吗": an order cut, no comparison
        first, second = ctx.products[0], ctx.products[1]
        text = facts.roles(first, second)
        order = next((x for x in text.split("。") if "先用" in x), "")
        if order and USE_ORDER.search(ctx.message) and not _CHOOSING.search(_OWN_BOTH.sub("", ctx.message)):  # ("都买了 先用哪个": both owned, no choice)
            # "精华跟面霜先用哪个": the order only, not what each is for ("洗面奶、精华、面霜的顺序": all three)
            text = routine(find_products(ctx.library, ctx.message, limit=4)) or f"{first.category or first.name}和{second.category or second.name}{order}"
            if _CLASH.search(ctx.message) and complementary((first, second)):  # "一起用谁先谁后 会不会打架": yes they go together, then the order
                text = f"{first.category}和{second.category}可以一起用，不会打架，{order.replace('一起用的话，', '').lstrip('，')}"
            if (doses := doses_said((first, second))) and "，再用" in text and "最后用" not in text:  # "先抹哪个 早上也要抹吗": how much of each, and when
                text += f"：{doses}"
            if wait := _SUN_WAIT.search(ctx.message):  # "抹完隔多久能上防晒": no minutes in the facts, the sign to go by
                text += f"；最后一层抹完，等它吸收、摸着不黏手了就可以{'上防晒' if '防晒' in wait.group(0) else '上妆'}，不用特意等很久"
            elif _LAYER_WAIT.search(ctx.message):  # "先用哪个 中间要等多久": the sign to go by between the two, no minutes
                text += "；前一样抹完，等它吸收、摸着不黏手了再用下一样就行，不用特意等很久"
        elif order and re.search("一起[用擦抹涂搽]|一块儿?[用擦抹涂搽]", ctx.message) and not (_CHOOSING.search(ctx.message) or DIFFERENCE.search(ctx.message) or facts.skin_of(ctx.message)):  # "…可以跟面霜一起用吗"
            text = f"{first.category}和{second.category}可以一起用，{'不会打架，' if _FIGHT.search(ctx.message) else ''}{order.replace('一起用的话，', '')}"  # the order, not whom each suits
        skin = facts.skin_of(ctx.message)
        fitting = [p for p in (first, second) if skin and facts.suits(p, skin) is True]
        if len(fitting) == 2:  # both may do: the one whose facts name the skin in so many words
            fitting = [p for p in fitting if skin in p.suitable_for] or fitting
        if len(fitting) == 2:  # … and not "各种肤质" (the mask suits everyone; the cream is for dry skin)
            fitting = [p for p in fitting if not _ANY_SKIN.search(p.suitable_for)] or fitting
        which = re.search("买哪|先买|选哪|二选一|哪个比较|靠哪个|哪个好|哪个更|哪个[^，,。？?\\s]{1,8}(?:好|强|管用|有用|有效)|只买一|只想买一|买一个|买得起一|只够买?一|边个啱|邊個啱|边个好|邊個好|买边个|買邊個|哪个适合|哪个合适|哪款适合|还是[^，,。？?\\s]{1,8}好|买[^，,。？?\\s]{1,6}还是", ctx.message) or _OR_FIRST.search(ctx.message) or _ONE_ONLY.search(ctx.message) or skin and re.search("(?<![先后])用哪个|纠结|糾結", ctx.message)  # "我干皮冬天用哪个": a pick for the skin said
        need = need_met(ctx.message, (first, second))
        daily, why = [p for p in fitting if _DAILY.search(p.usage or "")], ""
        if which and skin and len(fitting) == 2 and len(daily) == 1 and not need:
            # "洁面和面膜哪个更适合干皮 只能先买一个": both suit, the one used every day first
            later = next(p for p in fitting if p is not daily[0])
            fitting, why = daily, f"，它每天都用得上，{later.category or later.name}之后再添也不迟"
        against = [p for p in (first, second) if skin and facts.suits(p, skin) is False]
        if (which or DIFFERENCE.search(ctx.message)) and len(fitting) == 1 and against and against[0] is not fitting[0]:
            # "油皮 积雪草霜跟烟酰胺选哪个好" (or "有啥区别 我油皮"): one is not for this skin, so no "搭配着用"
            pick, other = fitting[0], against[0]
            price = f"（{pick.price:g}元）" if pick.price is not None else ""
            text = f"按您说的{skin}，建议选{pick.name}{price}，它适合{bare_rule(pick.suitable_for)}；{other.name}更适合{bare_rule(other.suitable_for)}，{skin}不太建议用"
            if complementary((first, second)) and DIFFERENCE.search(ctx.message):
                # "精华和面霜有啥不一样 我混油买哪个": two steps, not two choices, then the one for this skin
                text = f"{first.category}和{second.category}不是同类产品，是护肤里前后两个步骤，作用和适合的肤质都不一样：{text}"
            return [("fact", "compare", cheeks_too(text, (first, second), ctx.message))], {"product_compare", "usage", "recommend", "hesitation", "skin_type"}
        on_point = on_the_point(ctx.message, (first, second)) or (effect_in_time((first, second), ctx.message, ctx.now.date()) if USED_IN_TIME.search(ctx.message) else "")
        # "面膜和面霜都说补水 哪个保湿效果更好": two steps compared on a quality, nothing to buy first
        weighed = "；" in on_point and complementary((first, second)) and not BUY_WORDS.search(ctx.message)  # (both items speak of it)
        if which and (len(fitting) == 1 or need) and not weighed:
            # "我混干皮…买哪个好", "脸有点暗沉 该买哪个": the item for what the customer stated
            pick, said = (fitting[0], skin) if len(fitting) == 1 else need
            if len(fitting) != 1 and EVERYDAY_ONE.search(ctx.message) and not _DAILY.search(pick.usage or "") and (every := [p for p in (first, second) if _DAILY.search(p.usage or "") and meets(p, said)]):
                pick, need, why = every[0], None, f"，它每天都用得上，{pick.category or pick.name}算是隔几天一次的加强护理"  # "…我懒 只想买一样": the everyday one
            text = the_pick(ctx, (first, second), pick, said, need, why, text)
        decided = not re.search("是不是[^，,。？?\\s]{0,4}都", ctx.message) and re.search("都要(?!买?[吗么不嘛呢])|都买(?![吗么不嘛呢])|都想[入买要]|都入|两样都拿|一起[买入]", ctx.values.get("message.text", ctx.message))  # "算啦两样都要": no "不用两样都买"
        if _BOTH.search(ctx.message) and not decided and not (which and (len(fitting) == 1 or need)):  # "是不是两个都得买": no, and what decides
            text = text.replace("不是二选一，是可以搭配着用的", "可以搭配着用") + "。不用两样都买，按肤质先选一样也可以" + (f"，按您说的{skin}，" if skin else "")
            if skin and len(fitting) == 1:
                text += f"建议先选{fitting[0].name}"
            elif skin:
                text = text.rstrip("，") + "两样都合适"
        if which and first.price is not None and second.price is not None and not (len(fitting) == 1 or need):
            text += "。价格上，" + "，".join(f"{p.category or p.name}是{p.price:g}元" for p in (first, second))
        if on_point:  # "哪个更保湿": what each item's facts say of it (and how often each is used), no skin question after
            text += f"。{on_point}" + (f"；{paces_said((first, second))}" if weighed else "")
        elif DIFFERENCE.search(ctx.message) and complementary((first, second)) and "用法上" not in text and (paces := paces_said((first, second))):
            text += f"。{paces}"  # "天天擦面霜就够了 还是得敷面膜 区别在哪": how often each is used tells the roles apart
        if which and "不是二选一" in text and "不用两样都买" not in text and (not (len(fitting) == 1 or need or on_point) or _ONE_ONLY.search(ctx.message)):
            # "钱只够先买一个": they can only take one now, so not "不是二选一" nor how to layer them, but what decides it
            text = re.sub(r"。?一起用的话，[^。]*", "", text.replace("不是二选一，是可以搭配着用的", "可以搭配着用，先买一样也行"))
            text += "" if len(fitting) == 1 or need else "。只先买一样的话，按肤质和最想改善的问题来选就好" + ("" if on_point else "，您是什么肤质呀？")
        if _BOTH.search(ctx.message) and not decided and not skin and not on_point and not (which and need):
            text += "。您是什么肤质呀？"  # asked last, after the prices
        # (a skin stated is answered here: no "您是什么肤质" script for its clause after)
        text = cheeks_too(text, (first, second), ctx.message)  # "混油皮 …脸颊又有点干": the cream on the cheeks only
        return [("fact", "compare", text)], {"product_compare", "usage", "recommend", "hesitation"} | ({"skin_type"} if skin else set()) | ({"product_info"} if "不会打架" in text else set())
    twice = charged_twice(ctx)
    if twice:  # "支付宝扣了我两次钱 168扣了336": a duplicate to give back, not a failure
        return [("fact", "double_charge", twice)], {"payment", "refund", "order_placed", "price_protect"}
    more = charged_more(ctx)
    if more:  # "页面168 怎么扣了180": the postage or remote fee in the sum, or the difference checked
        return [("fact", "postage_in_price", more)], {"price_protect", "shipping_fee", "bargain", "payment", "refund"}
    unsuited = unsuited_item(ctx) if ctx.lead in ("return_exchange", "quality_issue", "refund") and not ctx.severity else ""
    if unsuited:  # "面霜用了几次感觉太油了闷痘 能退吗": an item that does not suit, opened; no fault to remedy
        return [("fact", "suitable", unsuited)], {"return_exchange", "quality_issue", "refund", "complaint", "skin_type", "product_info", "price_protect"}
    noted = courier_noted(ctx) if ctx.lead in ("courier", "order_placed") else ""
    if noted:  # "拍好了 我备注了要发圆通": the remark seen, and whether it costs anything
        return [("fact", "courier_noted", noted)], {"courier", "order_placed", "order_change", "dispatch_time"}
    accessory = accessory_missing(ctx) if ctx.lead == "wrong_missing" else ""
    if accessory:  # "收到面霜了 咋没有小勺子": what the box should hold, sent on; no refund menu for a scoop
        return [("fact", "accessory_missing", accessory)], {"wrong_missing", "usage", "product_info", "quality_issue", "damaged"}
    short = (short_of_gift(ctx.message, list(ctx.products), ctx.library.policy) if GIFT_MISSING.search(ctx.message) and not (ctx.lead == "damaged" and ITEM_BROKEN.search(ctx.message)) else "") or gift_begged(
        ctx.message, list(ctx.products), ctx.library.policy, list(ctx.library.products.values()))  # "…没到199 能不能也送我一片": asked anyway
    if short:  # "上回买的168面霜啥也没送": the order was below the gift's threshold, nothing left out
        return [("fact", "gift_threshold", short)], {"wrong_missing", "promotion", "complaint", "quality_issue"}
    paid_less = others_paid_less(ctx)
    if paid_less:  # "朋友上周买才158 我怎么要168": the price now, why it differed, and this order's 保价
        return [("fact", "price_protect", paid_less)], {"price_protect", "bargain", "refund", "promotion"}
    same = _one_item_two_names(ctx) if "product_compare" in scenarios and not _kind_compared(ctx) and not _VALUE_ASKED.search(ctx.message) else ""
    if same:  # "洗面奶跟氨基酸洁面有啥区别": one item called two ways
        return [("fact", "compare", same)], {"product_compare", "recommend", "stock"}
    versus = _versus_other(ctx) if "product_compare" in scenarios or _kind_compared(ctx) else ""  # "我用皂基的 …这个比它好在哪"
    if versus:
        return [("fact", "compare", versus)], {"product_compare", "usage", "recommend", "hesitation"}
    named = ctx.products[0] if ctx.products else None
    asks_which = named is None and _ASKS_WHICH.search(ctx.message)
    worry_only = (ctx.lead == "hesitation" and _WORRY.search(ctx.message) or ctx.lead == "stock" and named is not None) and not _ASKS_PICK.search(ctx.message)  # "怕…烂脸 再看看吧"; "面膜还有货吗 拍3盒送人": no pitch
    if not ctx.severity and not worry_only and ctx.lead not in ("complaint", "return_exchange", "refund") and ("recommend" in scenarios or ("skin_type" in scenarios and named is None) or asks_which):
        # (a reaction to an item, anger at it or its return is no moment to recommend: "用了…脸红了 不是说敏感肌能用吗", "油皮用着闷 能退不")
        text = facts.recommend(list(ctx.library.products.values()), named, ctx.message, ctx.library.policy)
        if text:
            # "送妈妈啥好" chooses a present: the 送 is not a question about the shop's 买赠
            done = set(RECOMMEND) | {"product_compare"} | ({"promotion"} if _PRESENT.search(ctx.message) else set())
            card = [("fact", "card", f"贺卡的话我跟仓库确认一下能不能帮您写上，{ctx.values['time.reply']}前告诉您")] if CARD.search(ctx.match.normalized.text) else []  # "帮我搭一套 能不能写个贺卡": asked too
            if _GIFT_BOX.search(ctx.match.normalized.text):  # "帮我搭一套 有没有礼盒啊 要送人的": asked too, checked
                card.append(("fact", "gift_box", f"礼盒包装这个我跟仓库确认一下有没有，{ctx.values['time.reply']}前告诉您"))
            if LEAVE_OUT.search(ctx.message):  # "送同事的 能不能不放价格单": the remark taken for the present
                card.append(("fact", "remark", "拍下后我帮您在订单上备注不放价格单，仓库打包时会看到"))
            if _WORRY.search(ctx.message) and REACTION.search(ctx.message):  # "敏感肌 怕买了用着过敏": the careful way in
                card.append(("fact", "try_first", TRY_FIRST.removeprefix("怕用了不合适的话，")))
            return [("fact", "recommend", text), *card], done
    priced = ctx.lead == "bargain" or bool(ctx.products) and ctx.lead in ("stock", "promotion") and bool(_ASKS_LESS.search(ctx.message) or ctx.lead == "stock" and counted(ctx.message)) or ctx.lead == "hesitation" and re.search("贵|送点|便宜|优惠|打折|几折|折扣|满减|力度|价格?.{0,3}(?:高|偏高)|下不去手|舍不得|肉疼|[百十块]一小?[瓶盒支罐]", ctx.values.get("message.text", ctx.message))
    summed = promotion_deal(ctx) if priced else ""
    if summed:
        # "面霜加精华一共367 抹个零350行不": the price stays, and what the promotions make of it
        if ctx.lead == "stock" and not (HAGGLES.search(ctx.message) or offered(ctx.message) or _ASKS_LESS.search(ctx.message)):
            # "还有货吗 想一次拍三瓶": what three cost with the promotions (the stock's script goes before it: answers)
            return [("fact", "deal", summed)], {"stock", "bargain", "promotion", "product_info"}
        if not (HAGGLES.search(HOW_MUCH_OFF.sub("", ctx.message)) or offered(ctx.message)):  # "一起买有啥优惠 包邮吧", "…能便宜多少": no price pushed down
            return [("fact", "deal", summed)], {"bargain"} | (set() if COUPON_WHERE.search(ctx.message) else {"promotion"})
        return [("fact", "deal", price_held(ctx, summed) or f"理解您想买得划算一些～价格这边没办法改，不过帮您算了一下：{_SPEND_MORE.sub('', summed)}")], {"bargain", "promotion"}  # (no "再凑100元…用券" to one who finds it dear)
    policy = ctx.library.policy
    if priced and ctx.lead == "hesitation" and not ctx.products and policy.gifts and not CHEAPER.search(ctx.message):
        # "感觉还是有点贵 我再看看别家吧": what the promotions give, no pressure
        offers = "；".join(bare_rule(x) for x in (policy.gifts, policy.coupons) if x)
        said = tight_budget(ctx) or f"理解您想多比较一下～店里{offers}，算下来会更划算一些。您慢慢比较，有想了解的随时问{ctx.values['shop.agent']}"
        # "有点贵 而且没用过怕过敏": the worry beside the price is answered too
        also = [p for p in worry_answers(ctx) if p[1] not in ("gifts", "value")]
        return [("fact", "gifts", said), *also], {"hesitation", "bargain", "promotion"}
    worry = worry_answers(ctx) if scenarios & {"hesitation"} and not (ctx.lead in ("usage", "product_info") and len(facts.asked(ctx.message)) >= 2) else []  # (not "可以擦眼周吗 开封后多久要用完 怕用不完浪费": asked plainly)
    if worry:
        # the worry is the whole message: "怕用了过敏" is not a reaction to answer as a problem
        return worry, {"hesitation", "skin_type", "product_info", *PROBLEMS}
    # "仲有冇货 想买几盒": the stock is asked, not how long one lasts (unless that is asked too)
    enough = "" if ctx.lead == "stock" and not re.search("用多久|够用|能用|够不够|撑多久", ctx.message) else how_many(ctx)
    if enough:
        return [("fact", "amount", enough)], {"product_info", "size_advice", "recommend", "stock", "hesitation"}
    if ctx.lead not in PROBLEMS and (added := added_item(ctx)):
        # "再加一支洗面奶一起发"; a change or a remark beside it is still the order_change answer's
        return [("fact", "merge", added)], {"not_shipped", "order_placed", "dispatch_time"} | (set() if re.search("地址|备注|别放|不要放|改成(?![两二2俩三3][支瓶盒个件罐])", ctx.message) else {"order_change"}) | ({"return_exchange", "refund", "shipping_fee"} if "各算各的运费" in added else set())
    if ctx.lead in ("refund", "return_exchange", "logistics", "not_shipped") and (refusal := refused(ctx)):
        return [("fact", "refuse", refusal)], {"refund", "return_exchange"}  # "能不能拒收直接退款"
    held = held_until(ctx)
    if held:  # "先别发 周四再发": a hold asked for, not an edit or a cancel menu
        road = after_hold(ctx, held)  # "周四发的话周六能到无锡不": the road after that day
        return [("fact", "hold", f"{held}。{road}" if road else held)], {"order_change", "dispatch_time", "not_shipped", "delivery_eta"}
    if ctx.lead in ("order_change", "promotion", "payment", "price_protect") and (redo := coupon_forgotten(ctx) or (BOUGHT.search(ctx.message) and _MADE_UP.search(ctx.message) and coupon_missed_after(ctx.message, ctx.library.policy, ctx.library.policy.price_protect_days))):  # "刚下单才发现券没领 …不行就取消重拍", "刚付完款才看到…券 能补那20吗"
        # ("…才看到有券 还能用吗": no item named, so 还能用吗 asks of the coupon)
        return [("fact", "coupons", redo)], {"order_change", "refund", "promotion", "payment", "price_protect", "not_shipped"} | (set() if ctx.products else {"product_info"})
    if ctx.lead == "order_change" and not KEEPS_ORDER.search(ctx.message):
        # "订单里那盒面膜不要了 只要面霜 能改吗": an item cannot be taken out, so cancel and order again
        items = bought_items(ctx)
        kept = kept_after_cancel(ctx, items) if len(items) >= 2 and not _SWAP_TO.search(ctx.message) else None  # (not "取消 我换成精华")
        if kept:
            said = (f"订单里的单件商品没法直接删掉，还没发货的话我帮您把这单取消，退款{ctx.values['time.refund']}前原路退回，"
                    f"您再把要的重新拍下就好。{kept.replace('取消', '去掉', 1)}")
            return [("fact", "order_edit", said)], {"order_change", "refund", "promotion"}
        if fewer := fewer_items(ctx):  # "拍了两瓶面霜 只要一瓶 能取消一瓶吗"
            return [("fact", "order_edit", fewer)], {"order_change", "refund"}
        if redo := recounted(ctx):  # "拍了两瓶面霜 想改成一瓶面霜一瓶精华"
            return [("fact", "order_edit", redo)], {"order_change", "refund", "promotion", "return_exchange"}
    # "付款两天了还没发 不要了退钱": the overdue order's options (wait or a refund), not only its date
    quitting = ctx.lead == "not_shipped" and QUITS.search(UNLESS_SENT.sub("", ctx.message))  # (not "再不发我就不要了")
    # "11月8号买的两瓶面霜 …退差价还来得及不": the day counts the 保价 window, not a dispatch
    # "地址填错了 昨晚拍的还没发吧 赶紧改成…": the change's own script says it goes out as usual
    readdressed = ctx.lead == "order_change" and _READDRESSED.search(ctx.message)
    paid = "" if quitting or readdressed or ctx.lead == "price_protect" else paid_by(ctx) or paid_on_day(ctx)
    if paid:
        # "四点前拍来得及吗" asks about dispatch only: no transit paragraph unless arrival is asked …
        arrival = re.search(r"到货|能到|送到|(?<![没木未])(?<!没有)收到(?![^，,。？?\s]{0,2}(?:短信|通知|消息))|几天到|多久到|哪天到|几号到|(?:寄|发)[^，,。？?\s]{1,6}(?:大概|大约)?(?:几天|多久)", ctx.message) or DUE_DAY.search(ctx.message)
        # no "催仓库" script after it; "…一点物流信息都没有": the check it promises covers the tracking too
        untracked = {"logistics"} if re.search("没有?物流|物流.{0,4}(?:信息|没有|没动|没更新)|没动静|没更新|单号", ctx.message) else set()
        paid = with_transit(ctx, paid) if arrival and ctx.lead in ("delivery_eta", "not_shipped", "dispatch_time") else paid
        return [("fact", "dispatch_cutoff", paid)], {"dispatch_time", "not_shipped"} | untracked | (set() if arrival else {"delivery_eta"})
    share = partial_refund(ctx) if scenarios & {"refund", "return_exchange", "order_change"} else []
    if share:  # "用299减20的券买了面霜和精华 只退精华能退多少": the item's price less its share of the coupon
        return share, {"refund", "return_exchange", "price_protect", "promotion", "order_change"}
    # "要的是面霜不是精华 把精华改成面霜吧": an order's item swapped is an exchange's arithmetic too
    swapping = ctx.lead == "order_change" and len(ctx.products) >= 2
    whole = _WHOLE_ASKED.search(ctx.message)  # "退款咋还没到 退的是全款不", "钱怎么还没退？退多少啊": the days too (the amount is its fact's answer)
    if ("refund" in scenarios or "return_exchange" in scenarios or swapping or ctx.lead == "quality_issue" and NO_EFFECT.search(ctx.message)) and ("refund_amount" not in facts.asked(ctx.message) or whole or MONEY_LATE.search(ctx.message)) and (
        ctx.lead != "price_protect"  # "差30能退吗 不退我就退了重拍": the difference first (return_beside_protection)
    ):
        # (a refund smaller than paid, "只到了79 我付了85", is checked against the order, not counted)
        # "付款三天了还不发货 不发我退了": the days count the wait for dispatch, not a refund
        # … unless the goods went back and the money is what is asked ("退货寄回去了 钱怎么还没到")
        text = refund_since(ctx) if ctx.lead in ("refund", "return_exchange") or money_after_return(ctx.message) else ""
        swap = exchange_difference(ctx)  # ("退款还没到 另外还有一瓶没拆 想换成精华": both answered)
        if text:  # the check of the return's arrival covers its parcel too
            return [("fact", "refund_due", text)] + (swap or []), {"refund", "return_exchange", "logistics"} | ({"price_protect", "order_change"} if swap else set())
        if swap:  # the exchange's own arithmetic, no 保价 or return block (nor a cancel menu) after it
            return swap, {"refund", "return_exchange", "price_protect", "order_change", *PROBLEMS}
        opened = opened_return(ctx)
        if opened:  # … and an exchange's "差价我补" is no 保价
            return opened, {"refund", "return_exchange", "price_protect", *PROBLEMS}  # no problem script glued after it
        sent = sent_back(ctx) or before_return(ctx)
        if sent:  # (the new one of an exchange leaves when the old one is back: no dispatch script)
            return sent, {"refund", "return_exchange", "dispatch_time", *PROBLEMS}
        if _EXCHANGED.search(ctx.message) and _WHEN_SENT.search(ctx.message) and not ctx.severity and ctx.lead != "order_change":
            # "换货的那个什么时候寄出来": the exchange's own rule, and this one's progress checked
            days = ctx.library.policy.exchange_working_days
            return [("fact", "exchange_due", f"换货的新品在仓库确认收到退回的商品后{days}个工作日内发出，您这单到了哪一步我马上帮您查，"
                     f"{ctx.values['time.reply']}前告诉您，发出后把单号同步给您")], {"refund", "return_exchange", "dispatch_time", *PROBLEMS}
    return [], set()


_EXCHANGED = lazy(r"换货|换的(?:那个|那件|新的?)|换新的?")  # an exchange under way, not an order's item swapped
_WHEN_SENT = lazy(r"(?:什么|啥)时候(?:能|会)?(?:寄|发)|几时(?:寄|发)|(?:寄|发)出来|(?:寄|发)了没|还没(?:寄|发)")


_WHICH = lazy("还是|哪个好|哪个更|选哪|买哪")
_OTHERS_KIND = lazy(r"超市|别家|别的牌子|外面|普通|平价|一般的|便宜的|皂基")
# "跟芙丽芳丝那个比": the item set against another the shop does not sell
_VERSUS = lazy(r"(?:跟|和|与|同|比)([^，,。？?！!\s]{2,10}?|它)(?:那个|那款|那支|那瓶|家的|的)?(?:比|相比|对比|比较|比起来|(?:有啥|有什么|有何)(?:不一样|区别|不同)|(?:到底)?(?:差在哪|好在哪|区别在哪|哪里不一样))")


def _one_item_two_names(ctx: Context) -> str:
    """Two names the customer compares that are one catalogue item ("洗面奶跟氨基酸洁面有啥区别")."""
    if len(ctx.products) != 1:
        return ""
    p, text = ctx.products[0], ctx.message
    said: list[str] = []
    for name in names_of(p):
        if name in text and not any(name in s for s in said):
            said.append(name)
    if len(said) < 2 or any(_OTHERS_KIND.search(text[max(0, text.find(n) - 12) : text.find(n)]) or _BRAND_BEFORE.search(text[: text.find(n)]) for n in said):
        return ""  # (not "氨基酸洁面跟超市那种普通洗面奶有啥不一样", "积雪草霜跟珂润那个面霜比": another shop's item of the kind)
    kind = p.category or "这类"
    price = f"（{p.price:g}元）" if p.price is not None else ""
    first, second = sorted(said[:2], key=text.find)  # as the customer said them
    return f"您说的{first}和{second}是同一款，就是我们的{p.name}{price}，店里{kind}目前只有这一款哦"


def _kind_compared(ctx: Context) -> bool:
    """The message names a kind the one item's advantage compares it with ("跟皂基的洗面奶比",
    from "比皂基洗面奶洗得温和"): another kind of the same thing, not another name of the item."""
    if len(ctx.products) != 1:
        return False
    return any(kind in ctx.message for kind in re.findall(r"比([^，。；的]{2,4}?)(?:洗面奶|面霜|精华|面膜|的?同类)", ctx.products[0].advantage)) or bool(
        re.search(r"(?:普通|一般|平常|常见|超市|市面上?)(?:的|那种|卖的)?(?:洗面奶|洁面|面霜|精华|面膜)", ctx.message))  # "和普通洗面奶有什么区别"


def _versus_other(ctx: Context) -> str:
    """One catalogue item compared with another brand's: the shop's item in its own facts, and no
    word about the other (no asking for what the customer just named, no running it down)."""
    m = _VERSUS.search(ctx.message)
    if m is None or len(ctx.products) != 1 or find_products(ctx.library, m.group(1)) and not _kind_compared(ctx):
        return ""
    p = ctx.products[0]
    if not (p.feature and p.advantage):
        return ""
    if _kind_compared(ctx) or any(m.group(1)[k : k + 2] in p.advantage for k in range(len(m.group(1)) - 1) if not re.search("[的那种个款家]", m.group(1)[k : k + 2])):
        # "跟那种皂基的比好在哪": a kind the item's own facts compare with, not another brand
        return f"给您说说{p.name}：{bare_rule(p.feature)}，{bare_rule(p.advantage)}" + (f"。{bare_rule(p.evidence)}" if p.evidence else "")
    return (f"别家的产品{ctx.values['shop.agent']}不方便评价哦，给您说说我们的{p.name}：{bare_rule(p.feature)}，"
            f"{bare_rule(p.advantage)}。您可以对照着看看，哪款更合您的需要")


_BRAND_BEFORE = lazy(r"(?:跟|和|与|同|比)[^，,。？?！!\s]{1,6}(?:那个|那款|那瓶|家的?|牌子的?)$")  # "跟珂润那个面霜"
_OWN_BOTH, _BOTH = lazy("都买了|都买好了|都拍了|都入了|都有了|两样都有|两个都有"), lazy("都得买|都要买|都买吗|两个都|两样都|必须都|一定要都|全都要买")
_PROMOTION_WORDS, _SPEND_MORE = lazy("券|赠品|送面膜|送的|满减|活动|叠加"), lazy(r"；再凑[\d.]+元满\d+元，就能用[^；～。]*券")
_WORRY, _ASKS_PICK = lazy(r"怕|担心|不敢|再看看|再想想"), lazy(r"推荐|挑|选哪|哪款|哪个|买啥|买什么|适合我|有没有适合|有适合")
_NEW_ONE_CHOSEN = lazy(r"(?:想|要|给我|帮我|就)换(?:个|一个|一瓶|一支|一盒)?新的|我选换新|换新吧|补发一个新的")
_CLASH, _FIGHT = lazy(r"打架|相克|冲突|搓泥|能一起用|可以一起用|能不能一起用|能一块用"), lazy(r"打架|相克|冲突")
_VALUE_ASKED = lazy(r"贵在哪|贵在什么|贵这么多|值不值|值在哪|凭什么卖|为什么贵|为啥贵|怎么这么贵")  # "你家贵在哪": the value, not one item called two ways
_OR_FIRST = lazy(r"(?:行不|得行不|可以不|行吗|好不)[\s，,]*还是先")  # "精华得行不 还是先用洗面奶": a pick between two
_CHOOSING = lazy("还是[^，,。？?\\s]{1,6}(?:快|好)[点些]?|区别|區別|分别|分別|唔同|不同|差在哪|差别|不一样|哪个好|哪个更|哪个比较|哪个[^，,。？?\\s]{0,8}(?:好|强|多|管用|有用|有效|合适)|靠哪个|买哪|选哪|二选一|纠结|糾結|都买|都得买|都要买|都得要|都要吗|只买|先买|推荐|差不多[啊吧嘛呀]|买[^，,。？?\\s]{1,6}还是|" + _OR_FIRST.pattern)


def _which_of_two(ctx: Context) -> bool:
    """"面霜还是精华好": one clause names both items and asks which, whatever the clause matched
    (not "送一盒还是一片" in a message that names two items elsewhere)."""
    if ctx.pair is None or not _WHICH.search(ctx.message):
        return False
    clauses = re.split(r"[，,。.;；!！?？~～\s]+", ctx.message)
    return any(_WHICH.search(c) and len(find_products(ctx.library, c)) >= 2 for c in clauses)


_WHOLE_ASKED = lazy(r"全款|全额")
_READDRESSED = lazy(r"(?:地址|收件人|电话)[^，,。？?！!\s]{0,4}(?:写错|填错|选错|写成|填成|选成)(?=.*(?:改成|改为|换成|改到|改一?下))")
