"""Which clause of a longer message needs an answer of its own, and from which scenario: a
statement beside a question is context, a bare verb leans on the clause before, a problem's own
options already say how it is refunded, an unsure clause's guess is left out (the answers are
put together in :mod:`csreply.writing.answers`). No I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..library.loading import Library
from ..library.model import Product
from ..understanding.catalogue import find_products
from ..understanding.index import compile_synonyms
from ..understanding.normalize import normalize
from ..understanding.severity import SHORTFALL, WHENEVER_SAID, unsafe_in
from . import facts
from .couriers import COURIER_SWAP, SF_WANTED
from .draft import Context
from .leading_answers import RECOMMEND
from .orders import PROMOTIONS
from .said_leads import CLAIM_TOLD, GOODS_PROBLEMS, NOTHING_BROKEN
from .signals import RETURN_SENT, GOODS_SAID, NEW_PURCHASE, BOUGHT_OR_DROPPED, DELIVERY_NOTE, DIFFERENCE_ASKED, GIFT_MISSING, GIFT_ASKED, GOODS_BACK, HAS_GOODS, INTACT, MONEY_LATE, PAY_FAILS, PAYMENT_ASKED, PRAISED, PRICE_CHALLENGED, REMARK_NEEDED, SEEN_CHEAPER, SENT_OTHER, refund_short
from .corrections import FEARED, WRONG_FEARED
from .triage import ASKS, CLAUSE_ASKED, CLAUSE_SURE, HYPOTHETICAL, PROBLEMS, REMEDIES, feeling_only
from ..lazy_pattern import lazy


def stage_of(ctx: Context, scenario: str | None) -> str | None:
    """The stage (pre_sale, after_sale) of ``scenario``, None for no scenario."""
    return ctx.library.scenarios[scenario].stage if scenario else None


def _problem_scenarios(ctx: Context) -> set[str]:
    return {i.scenario for i in ctx.match.intents} & PROBLEMS


# questions a lead scenario's scripts already answer
_COVERED = {
    "order_change": frozenset({"dispatch_time", "not_shipped"}),
    "not_shipped": frozenset({"logistics", "dispatch_time"}),  # nothing sent: no parcel to look for
    "review": frozenset({"promotion"}),  # "好评有返现吗 晒图送点啥": what a review earns, said by the review script
}


# "顺便问下几点前拍当天能发": the cut-off asked, which no change script says
CUTOFF_ASKED = lazy(r"几点(?:之?前|以前)|几点.{0,4}(?:截单|当天)|截单|什么时候.{0,4}拍.{0,6}当天")
# a clause that is a bare verb ("能改吗", "可以换不"): it acts on what the clause before names
_LEANS = lazy(r"^(?:那|那么|还)?(?:能|可以|能不能|可不可以)?(?:改|修改|换|删|删掉|撤回|撤销)(?:一下|下)?(?:吗|不|么|嘛|吧|呢)?$"
             r"|^(?:那|那么|要)?(?:咋|怎么|怎样|如何)(?:弄|搞|操作|整)(?:呢|啊|呀|哈)?$")  # "想改成好评 咋弄": how to do the thing before
COURIER_GAP = lazy(r"顺丰|[sS][fF]|京东快递|改发|换快递")
_REQUEST = lazy(r"[呗吧嘛]$|一下$|便宜点|少点|优惠点")  # "你们便宜点呗": a request, not a statement
# "那单电话写错一位", "备注一下别放小票" (not "明明备注了…"): an error or a remark is a change asked for
_ORDER_ERROR, _REMARK_ASKED = lazy(r"写错|填错|少写|漏写|写漏|写反|填反|选错"), lazy(r"备注(?![了过])")
_COURIER_SAID = lazy(r"快递|物流|顺丰|[sS][fF]|中通|圆通|申通|韵达|邮政|EMS|京东|极兔|德邦|指定|哪家|什么|啥")
_MY_ORDER = lazy(r"上[次回](?!来?问)|我的|我这单|这单|订单|单号|包裹|我买的|买的|收到|拍的|付了|到了")
_MONEY_BACK = lazy(r"差价|退款|退钱|钱.{0,3}(?:退|返|回|到账)|退.{0,3}钱")  # not "运费多少钱"
_IN_TIME = lazy(r"还?来得及[吗么不嘛]?")

_PARCEL, _CARD_FIELD = lazy(r"发货|快递|物流|到货|包裹|收到"), lazy(r"(?:实付(?:款|金额)?|付款金额|订单金额|合计|总价)[：:]?\s*[#\d.]+元?")


_RHETORICAL = lazy(r"让我怎么|叫我怎么|还怎么|还咋|这咋用|这怎么用|怎么办|怎么弄|咋整|咋办|点算")

_REFUND_AWAITED = lazy(r"退款(?:到|到账|退)了?(?:没|吗|么)|(?:钱|退款)[^，,。？?\s]{0,4}(?:还没到|一直没到|都没到|还没收到|到了没|到账没)")  # "退款到了没啊 还有赠品也没给我"
_FOR_A_DAY = lazy(r"收到|送到|到手|带着|带过去|带走|出差|飞|生日|礼物|之前到|前到")  # "周五出差前想收到 来得及不"
_ASKED_OF_US = lazy(r"[吧呗]$|帮我|麻烦|想把")  # "地址改成公司的吧", "地址帮我改一下": the change requested, not only told
_NEW_ADDRESS = lazy(r"地址(?:我|能|可以)?(?:要|想|得|需要)?改|改(?:个|一?下)?(?:收货)?地址|换(?:个|一?下)?地址|改寄|改送")  # "地址要改下": a change asked for


def in_time_for_change(raw: str, ctx: Context) -> bool:
    """Whether a bare "还来得及吗" asks whether an address change is in time, not an arrival."""
    return bool(_IN_TIME.fullmatch(raw) and _NEW_ADDRESS.search(ctx.message))


def own_question(scenario: str, raw: str, ctx: Context, facts_given: bool = False) -> bool:
    """Whether a clause of a longer message needs an answer of its own from ``scenario``."""
    if scenario == "price_protect" and (re.search("换成|换个|换货", ctx.message) and re.search("补差价|差价我|我补", raw) or not re.search("价|降|便宜|差", raw)):
        return False  # "想换成面霜 补差价可以不": the swap's difference, no 保价; "一起补给我得行不": a gift sent, no price
    if scenario == "wrong_missing" and ctx.severity == "unsafe" and unsafe_in(raw) and not SHORTFALL.search(raw) or scenario == "return_exchange" and ctx.lead == "price_protect" and not GOODS_BACK.search(ctx.message) or (
            scenario in GOODS_PROBLEMS and ctx.lead == "price_protect" and re.search("过期|过了|超过|超了", raw) and not HAS_GOODS.search(raw)):
        return False  # "膏体漏了一盒子": a leak, not an item short; "现在页面显示便宜了 能退吗": the gap asked back; "别跟我说过期了": 保价's window
    if ctx.lead == "complaint" and stage_of(ctx, scenario) == "pre_sale" and CLAIM_TOLD.search(raw):
        return False  # "宣传说敏感肌能用 结果呢": the promise the complaint is about, not a question
    if scenario in REMEDIES and FEARED.match(raw) or scenario in GOODS_PROBLEMS and WRONG_FEARED.search(raw):
        return False  # "别我拍了又说没货给我退款": a fear before buying, no refund asked
    if _CARD_FIELD.fullmatch(raw.strip()) or scenario == "usage" and re.search("[券卷]", ctx.message) and not ctx.products or scenario == "product_info" and ctx.lead in ("refund", "return_exchange") and "退" in raw:
        return False  # "实付278.00" pasted from an order card: a field; "首页有个券 …咋用的": the coupon's use; "退多少 …会不会全退": the refund's
    if scenario == "bargain" and SEEN_CHEAPER.search(raw) and re.search("便宜|少点|少算|优惠点|打个?折", ctx.message):
        return True  # "别家才一百出头 …能不能便宜点啊？包邮不": the price asked, whatever else is
    if scenario == "bargain" and not re.search("便宜|少|优惠|折|抹|减|送|价|贵|[十百]|[#\\d]{2,}", raw) and not SEEN_CHEAPER.search(raw):
        return False  # "有没有学生党能用的 100以内的": a budget told for the pick, no price pushed down
    if scenario in ("logistics", "not_shipped", "delivery_eta", "damaged") and _LAST_TIME.search(raw) and not ASKS.search(raw) and not _STILL_OUT.search(raw) and scenario != ctx.lead:
        return False  # "别给我发圆通 上次就丢件了": a past parcel, the reason for the request
    if scenario in ("not_shipped", "dispatch_time") and ctx.severity and ctx.lead in PROBLEMS and not _PARCEL.search(raw) and not NEW_PURCHASE.search(ctx.message) or (
            scenario == "not_shipped" and (ctx.lead in ("logistics", "refund", "return_exchange", "delivery_eta") or any(i.scenario == "logistics" for i in ctx.match.intents))):
        return False  # goods in hand gone bad ("瓶子里有絮状的东西 …用了好几天了"; not "…我想再买个面霜 今天拍能发吗"), or no parcel waits to be sent ("一直显示杭州转运中心 到底发没发")
    if scenario == "damaged" and not NOTHING_BROKEN.search(raw) and not ctx.severity:
        return False  # "收到就俩 洗面奶呢": a clause of receipt, nothing broken in it
    if scenario == "recommend" and not re.search("[吗么嘛呢？?]", raw) and find_products(ctx.library, raw, limit=1) and not _PICK_WORDS.search(raw):
        return False  # "想囤几瓶精华过年送同事 现在有货没": the item is chosen, the occasion told
    if scenario == "usage" and ctx.lead in ("recommend", "skin_type") and (re.search(r"(?:怎么|咋|如何)(?:样)?搭(?:配)?|怎么配|咋配|(?:啥|什么)(?:也|都)不会用|不会(?:用|弄)护肤", raw)) and not find_products(ctx.library, raw, limit=1):
        return False  # "想给我妈买一套 …怎么搭", "懒得很啥也不会用": the pick answers it, no usage of an item
    if scenario == "wrong_missing" and refund_short(ctx.message, raw):
        return False  # "退款到了 但是咋少了": the money is short, not the goods
    if scenario == "return_exchange" and (re.search("付|支付", raw) or (ctx.lead == "courier" or COURIER_SWAP.search(raw)) and not _RETURN_WORDS.search(ctx.message)):
        return False  # "换别的能付吗": another way to pay; "中通老扔驿站 能换个不": another courier, not an exchange
    if scenario in ("dispatch_time", "delivery_eta") and (re.search("邮箱|发票|专票|电子票", raw) or _INVOICE_SAID.search(ctx.message) and not _PARCEL_WORDS.search(raw)):
        return False  # "专票多久发我邮箱": the invoice is sent, not the parcel
    if scenario == "logistics" and ctx.lead == "courier" and not re.search("[吗么呢？?]|怎么|咋|啥|哪|到了|没到|丢", raw):
        return False  # "能发顺丰不 中通不送上门 得自己跑十几里去拿": why another courier, no parcel to trace
    if scenario == "delivery_eta" and (in_time_for_change(raw, ctx) or not _ARRIVAL.search(raw)) or scenario == "product_info" and re.search("多少钱?我补|我补多少|补多少", raw) and SF_WANTED.search(ctx.message):
        return False  # "地址要改成公司的 还来得及吗", "到手多少": no parcel's arrival; "改发顺丰不 多少钱我补": the surcharge
    if facts_given and scenario not in PROBLEMS and not ASKS.search(raw) and not _REQUEST.search(raw) and not _REFUND_AWAITED.search(raw) and not (scenario == "payment" and _PAY_FAILED.search(raw)) and not (scenario == "courier" and SF_WANTED.search(raw)) and not (scenario == "bargain" and re.search("(?<!不)便宜|少算|抹零|打折", raw)) and not (
        scenario == "order_change" and (_ORDER_ERROR.search(raw) or DELIVERY_NOTE.search(raw) or _NEW_ADDRESS.search(raw) or _REMARK_ASKED.search(raw))  # "放门口就行", "备注一下别放小票": a note asked for
    ):
        return False  # "我是第一次用烟酰胺，会不会刺痛": the statement is context for the answer (not "面霜便宜个二十": a price pushed down)
    if scenario == "skin_type" and facts_given and ctx.products and "suitable" in message_topics(ctx.message):
        return False  # "积雪草面霜 干皮冬天行不行": whom the named item suits is the fact's answer, no skin quiz
    if scenario in _COVERED.get(ctx.lead or "", ()) and not CUTOFF_ASKED.search(raw):
        return False  # "地址写错了，发货了吗": the change script says what happens shipped or not
    if scenario == "stock" and "剩" in raw and not re.search("货|库存|现货|补|没了|卖完", raw) or scenario == "courier" and not _COURIER_SAID.search(raw):
        return False  # "…能退不 还剩大半瓶呢": what is left of one's own, no stock; "赶紧取消 千万别发啊": no courier to choose
    if scenario == "order_change" and REMARK_NEEDED.search(raw) and "gifts" in message_topics(ctx.message):
        return False  # "…要我自己备注吗": the gift's answer says no remark is needed
    if scenario == "order_change" and re.match("(?:想|要|还想)?(?:多|再)(?:拍|买)", raw):
        return False  # "还有货吗 想多拍几个": buying more, not an order to edit
    if scenario == "wrong_missing" and not re.search("收到|到了|到货|签收|拆|打开|发成|发错|寄错|错了|少|缺|没有|只有|漏|不是|怎么是", ctx.message):
        return False  # "拍了 啥时候发 …我买的是精华 199那个": what was bought, nothing received to be wrong
    if scenario == "product_info" and ctx.lead in ("product_compare", "recommend", "skin_type") and not _ASKS_ITEM.search(raw):
        return False  # "T区一天吸油纸用好几张 …面霜和精华我该买哪个": the skin told, the reason for the pick
    if scenario == "promotion" and ctx.lead == "price_protect" and not (re.search("券|领|叠加|还有.{0,3}活动", raw) or GIFT_ASKED.search(raw)):
        return False  # "今天一看活动价一百七十几 能退差价不": the lower price is why the difference is asked
    if scenario == "quality_issue" and not ctx.severity and ctx.lead in ("recommend", "product_info", "product_compare", "skin_type") and (
        _WOULD_IT.search(raw) and not _USED_IT.search(ctx.message)
    ):
        return False  # "用你家面霜会闷痘不 不行的话推荐个别的": a worry before buying, answered by the pick
    if scenario in ("quality_issue", "damaged") and not ctx.severity and ctx.lead == "recommend" and not re.search("用了|擦了|抹了|涂了|敷了|用完|收到|拆", ctx.message):
        return False  # "给我妈买的 脸干得起皮 一到冬天就痒 你帮挑挑": her skin, the need the pick answers
    if scenario == "quality_issue" and not ctx.severity and ctx.lead == "usage" and _OVERUSED.search(ctx.message):
        return False  # "敷着睡着了四十来分钟 早上起来脸反而干了": used past its caution, which the answer explains; no fault to photograph
    if scenario == "damaged" and ctx.severity == "reaction" and ctx.lead == "quality_issue":
        return False  # "用了面霜脸都烂了": the skin, not a parcel broken in transit
    if scenario in REMEDIES and _problem_scenarios(ctx) and not (scenario == "refund" and _REFUND_AWAITED.search(raw)):
        return False  # "面霜漏液了，能退吗": the problem's own options already say how it is refunded
    if scenario != ctx.lead and _LEANS.match(raw):
        return False  # "手滑给了个中评，能改吗": the verb's object is in the clause before, not a new topic
    if scenario in ("delivery_eta", "dispatch_time") and _MONEY_BACK.search(ctx.message) and not _PARCEL.search(raw) and not NEW_PURCHASE.search(ctx.message):
        return False  # "差价能退不 多久到": the money's time, not a parcel's (not "…再给我拍一瓶精华 今天能发不": a new order's)
    if scenario in ("logistics", "delivery_eta", "not_shipped") and (
        not ASKS.search(raw) and ctx.lead in GOODS_PROBLEMS | {"refund", "review", "invoice", "return_exchange"} or _ARRIVED.search(raw) and not _NEVER_HAD.search(ctx.message)
    ):
        # "前天签收的 两盒只有一盒", "东西都收到好几天了 还能重开吗", "就是快递慢了点" beside a review:
        # when it came is context for the question, not a parcel to track
        return False
    if scenario in ("dispatch_time", "not_shipped") and ctx.lead in ("quality_issue", "damaged") and HAS_GOODS.search(ctx.message) and not _STILL_OUT.search(raw) and not re.search("再拍|再买|加拍|另拍|还想(?:买|拍)", raw) and not NEW_PURCHASE.search(ctx.message):
        return False  # "精华用了一个礼拜 …瓶子里飘着白色絮絮 正常吗": the goods are had and used; nothing waits to ship (a new order still does)
    if scenario == "order_change" and re.search(r"改成?\s*\d", raw) and ctx.lead == "bargain":
        return False  # "两支你给改成150行不": a price asked for, answered by the bargain
    if ctx.lead == "review" and scenario in REMEDIES | PROBLEMS and not re.search(r"[吗呢么？?]|怎么|能不能|可不可以", raw) or (
            scenario == "review" and ctx.lead != "review" and re.search("看评价|评价里|评论里|好多人说|都说好|买家秀", raw) and not re.search(r"[吗呢么？?]|返现|怎么|改", raw)):
        return False  # "后来客服帮我换了货挺满意的 中评还能改吗": what happened; "看评价好多人说好用": why it is asked
    if scenario == "price_protect" and ctx.lead in ("promotion", "bargain") and not BOUGHT_OR_DROPPED.search(ctx.message):
        return False  # "一起拍 券能用吧 实付多少": the price after the coupon, nothing bought to protect
    if scenario == "invoice" and facts.LEAVE_OUT.search(raw):
        return False  # "能备注别放发票和价格单吗": a remark for a gift, not an invoice asked for
    if scenario == "shipping_fee" and "refund_amount" in message_topics(ctx.message):
        return False  # "退款只到了79 那6块运费呢": part of the refund checked, not the postage rule
    if scenario == "stock" and ctx.lead in ("not_shipped", "dispatch_time", "logistics") and re.search(r"付款[^，,。？?\s]{0,4}了|已付款|付过款|(?<![别怕])(?:付了|下单了|拍了)(?!多久|几天|以后|之后|什么时候|啥时候|又)|下的单|已下单|拍的(?!话)", ctx.message):
        return False  # "付款三天了还没发 是不是根本没货": the order's delay is checked, no restock register
    if scenario == "stock" and "festival" in facts.asked(raw):
        return False  # "双12你们有预售吗": the sale's plans (checked), not the stock of an item
    if scenario == "payment" and ctx.lead in ("refund", "return_exchange", "price_protect") and not _TROUBLE.search(raw):
        return False  # "我花呗付的 会退到哪里": where the money goes back (a fact), not how to pay
    if scenario == "payment" and ctx.lead == "dispatch_time" and not _TROUBLE.search(raw):
        return False  # "今天能发吗 几点之前要付款": the cut-off, not a payment that fails
    if scenario == "usage" and ctx.lead in REMEDIES | PROBLEMS | {"order_change", "invoice", "payment", "order_placed"} and not _HOW_TO_USE.search(raw):
        return False  # "没拆 想换成精华 咋操作": how to exchange it, not how to use an item
    if scenario == "wrong_missing" and ctx.lead == "damaged" and not (SHORTFALL.search(raw) or SENT_OTHER.search(raw)):
        return False  # "面霜盖子裂了 漏了一盒子都是": broken goods spilt, nothing left out of the parcel
    if scenario == "return_exchange" and ctx.lead == "refund" and MONEY_LATE.search(ctx.message) and not re.search("怎么退|能退[吗不么]|可以退[吗不么]|能不能退|要退货|想退货", raw):
        return False  # "退货寄回去好多天了 钱咋还没退回来": the goods went back; the money is asked
    if scenario in REMEDIES and DIFFERENCE_ASKED.search(ctx.message) and DIFFERENCE_ASKED.search(raw + "降"):
        return False  # "刚买就降价 能退20不": the difference, answered by price protection
    if ctx.lead in PROBLEMS and _RHETORICAL.search(raw):
        return False  # "这让我怎么用" beside a broken item is the feeling, not a usage question
    if ctx.lead in PROBLEMS and stage_of(ctx, scenario) == "pre_sale" and not ((NEW_PURCHASE.search(ctx.message) or BY_THE_WAY.search(raw)) and ASKS.search(raw)) and not (scenario == "order_change" and _NEW_ADDRESS.search(raw)):
        # "满199不是送面膜吗，包裹里没看到": the problem's script answers, not a sales one, unless a new purchase is asked
        # about ("对了面膜还有货吗 想再买一盒", "另外问下面霜现在有啥活动") or the parcel sent elsewhere ("快递到哪了 …能不能改个地址")
        return False
    if scenario == "complaint" and len({i.scenario for i in ctx.match.intents}) > 1:
        return False  # next to a real question a complaint is the feeling, answered by the tone
    if stage_of(ctx, ctx.lead) == "pre_sale" and stage_of(ctx, scenario) == "after_sale" and not ASKS.search(raw) and not _MY_ORDER.search(ctx.message):
        return False  # "别发圆通 常常不送到府": why they ask, not a parcel of theirs to look for
    if scenario == "price_protect" and (COURIER_GAP.search(ctx.message) or re.search(facts.COUPON_UNUSED, ctx.message)):
        return False  # "能改发顺丰吗 差价怎么补": the courier's surcharge, not 保价
    if _hypothetical_problem(scenario, raw, ctx) or (scenario in GOODS_PROBLEMS and not ctx.severity or scenario == "hesitation" and stage_of(ctx, ctx.lead) == "after_sale" and not re.search("[吗么嘛？?]", raw)) and PRAISED.search(raw):
        return False  # "是不是正品" asked before buying, "她说用了脸没那么红了一直夸": no complaint; "后来想想还挺好用的" beside a review: no doubt
    # "我是敏感肌", "不想要了" tell the need: they shape the answer, they are not questions
    if scenario == "order_change" and (_ORDER_ERROR.search(raw) or DELIVERY_NOTE.search(raw) or _REMARK_ASKED.search(raw) or _NEW_ADDRESS.search(raw) and (
            _ASKED_OF_US.search(raw) or re.search("改成|改到|来得及|能改|可以改|想改|要改", ctx.message))):
        return True  # "刚拍的那单电话写错一位", "地址改成公司的吧", "备注一下别放小票": a change asked for, whatever else
    if scenario == "order_change" and re.search(r"帮我取消|取消了?吧|取消掉|给我取消", raw):
        return True  # "要是还没发就帮我取消了吧 退款多久到": the cancel is asked, beside its refund
    if scenario == "payment" and _TROUBLE.search(raw):
        return True  # "付款一直转圈付不了 急着今天发货": a payment stuck is a problem to answer, said or asked
    if scenario == "bargain" and re.search(r"便宜|少点|少算|优惠点|打个?折|抹零|少个?[\d一二两三四五六七八九十几]+(?:块|元)", raw) and (_REQUEST.search(raw) or re.search("我?就(?:拍|买|下单|付)|马上(?:拍|买|付)", raw)):
        return True  # "便宜点呗 今天能发货不": a price asked for is a question, however it is said
    if scenario == "bargain" and scenario == ctx.lead and re.search("太贵|好贵|这么贵|贵死|贵了|能给多少|给个价", raw):
        return True  # "精华199也太贵了吧 …还有今天拍今天发么": the price objection is the lead's own, answered beside the other
    if scenario == "courier" and SF_WANTED.search(raw):
        return True  # "下周一再发 发顺丰": a courier asked for, said without a question mark
    return bool(ASKS.search(raw) or scenario == "stock" and re.search("有货的?话|还有的话", raw)) or not (  # "还有货的话我再拍两盒": asked
        scenario in RECOMMEND or _pre_sale_context(scenario, raw, ctx))


@lru_cache(maxsize=8)  # a long message's hash is kept by the string, so a repeat look-up is cheap
def message_topics(message: str) -> tuple[str, ...]:
    """The fact topics the whole message asks about (worked out once per message)."""
    return tuple(facts.asked(message))


def asks_facts(ctx: Context) -> bool:
    """Whether any clause of the message asks a fact (so a statement elsewhere is context)."""
    # ("领了299减20的券 …结算咋没减啊": a coupon not taken off asks the coupon's fact too)
    failed = PAY_FAILS.search(ctx.message)  # "付款失败 信用卡被限额了": the card is the failure, not a way to pay asked
    return any(t != "payment_methods" or not failed or PAYMENT_ASKED.search(c) for c in RAW_CLAUSE.split(ctx.message) if c for t in facts.asked(spelled(c, ctx.library))) or bool(
        re.search(facts.COUPON_UNUSED, ctx.message)) or any(t != "payment_methods" or not failed for t in facts.asked(spelled(ctx.message, ctx.library)))


def _hypothetical_problem(scenario: str, raw: str, ctx: Context) -> bool:
    """An after-sale problem asked as a question in a pre-sale message ("会不会闷痘", "过期了吗")."""
    if scenario not in PROBLEMS or stage_of(ctx, ctx.lead) != "pre_sale":
        return False
    return bool(HYPOTHETICAL.search(raw)) and "了" not in raw or bool(re.search("[吗么？?]$", raw))


def _pre_sale_context(scenario: str, raw: str, ctx: Context) -> bool:
    """A pre-sale statement beside another clause's question ("不想要了，没拆封可以退吗") or an after-sale problem."""
    if ctx.library.scenarios[scenario].stage != "pre_sale":
        return False
    if stage_of(ctx, ctx.lead) == "after_sale":
        return True
    return any(ASKS.search(c) for c in RAW_CLAUSE.split(ctx.message) if c and c != raw)


def named_in(clause: str, ctx: Context) -> Product | None:
    """The catalogue item a clause names, when the message names several (else None)."""
    if len(ctx.products) < 2:
        return None
    named = find_products(ctx.library, clause, limit=1)
    return named[0] if named else None


def spelled(clause: str, library: Library) -> str:
    """``clause`` with the synonyms' misspellings and colloquial forms written out ("多钱" → "多少钱")."""
    rewrite = getattr(library, "_spelling", None)
    if rewrite is None:  # longest variant first, as the matcher reads them ("几多钱" before "多钱")
        rewrite = library._spelling = compile_synonyms(dict(library.synonyms))
    return _JUAN.sub(r"\1券", rewrite(clause))


# 卷 typed for 券 after what names a coupon ("满299减20的卷", "那张卷"): the synonyms hold fixed words only
_JUAN = lazy(r"(满\d+减\d+的?|优惠|领的?|那个|这个|那张|这张|用)卷")


def clause_scenario(raw: str, ctx: Context) -> tuple[str | None, float]:
    """The scenario of one clause of the message (the message's own for a single question), and
    the matcher's confidence in it."""
    if len(ctx.match.intents) < 2:
        return ctx.lead, 1.0
    norm = normalize(spelled(raw, ctx.library)).text  # the clause as the matcher read it
    if ctx.lead == "order_change" and DELIVERY_NOTE.search(norm):
        return "order_change", 1.0  # "快递千万别敲门 放门口鞋柜上就行": the note the lead's script takes
    if ctx.lead == "wrong_missing" and GIFT_MISSING.search(raw):
        return "wrong_missing", 1.0  # "…能退差价吗 还有赠品面膜也没看到": the gift missing, not a promotion asked
    if ctx.lead == "courier" and _DOOR_TROUBLE.search(norm) and not _PARCEL_HAD.search(ctx.message):
        return "courier", 1.0  # "发什么快递 我们这边有的快递不送上门": why the courier is asked, no parcel to chase
    for intent in ctx.match.intents:
        if norm and (intent.clause in norm or norm in intent.clause):
            return intent.scenario, intent.score
    chosen = next((i for i in ctx.match.intents if i.scenario == "recommend"), None)
    if chosen is not None and _WHICH_TO_BUY.search(norm):
        # "想给我妈买一套 她皮肤偏干 买哪几样合适": the choice asked after the need is told
        return chosen.scenario, chosen.score
    return None, 0.0


_PAY_FAILED, _DOOR_TROUBLE = lazy(r"失败|不成功|付不进|(?:一直|老是|总是|还是)付不了|支付不了|报错|提示.{0,4}风险"), lazy(r"不送上门|不送货上门|不送到家|不送上楼|只放驿站|都放驿站|老放驿站")  # a payment that fails, not one put off ("现在付不了 等工资")
_PARCEL_HAD, _WHICH_TO_BUY = lazy(r"包裹|单号|物流|没收到|没到|丢了|丢件|签收|派送|拍了|买的|付款|订单|上次|上回|这次又|又给我"), lazy(r"哪几样|哪几款|哪款|哪个好|买啥|买什么|选哪|挑哪|推荐")


def lead_clause_unanswered(said: str, scenario: str | None, raw: str, ctx: Context, done: set[str], elsewhere: bool) -> bool:
    """A message of one intent whose other clause asks a fact: the intent's own clause, when it
    states a problem or asks, still needs the lead's answer (and so does a clause asking when it
    arrives, "…周五前能到吗 运费咋算", whatever clause the intent was read from)."""
    if not elsewhere or ctx.lead is None or ctx.lead in done:
        return False
    if scenario in (None, ctx.lead) and ctx.lead in ("delivery_eta", "dispatch_time") and _ARRIVAL_ASKED.search(raw):
        return True
    if ctx.lead == "bargain" and scenario in (None, "bargain") and (PRICE_CHALLENGED.search(raw) or _OFFERED.search(ctx.message) or (len(ctx.match.intents) == 1 or scenario is None) and re.search("便宜|少点|优惠点|打个?折|改价|抹零|能给多少", raw) and ASKS.search(raw)):
        return True  # "别家才卖150多，你家能便宜点不？包邮吧？": the price asked for too; "你们199凭啥 成分不都一样吗": what it buys; "…130包邮卖不卖": a price offered
    if len(ctx.match.intents) != 1:
        return False
    if scenario is None or scenario in done or scenario != ctx.match.intents[0].scenario:
        return False
    if normalize(spelled(said, ctx.library)).text != ctx.match.intents[0].clause:
        return False
    troubled = stage_of(ctx, scenario) == "after_sale" or _TROUBLE.search(raw)
    troubled = troubled or scenario == "stock" and ASKS.search(raw)  # "仲有冇货 …寄唔寄到香港": no fact says the stock
    return bool(troubled) and scenario not in RECOMMEND and not feeling_only(raw, scenario, ctx.library)


# an item used past its rule; words of a pick; words of a return
_OVERUSED, _PICK_WORDS, _RETURN_WORDS = lazy(r"敷着睡|睡着了|过夜|一整晚|一晚上|[敷用][^，,。？?\s]{0,4}[十#\d][^，,。？?\s]{0,2}分钟|太久"), lazy(r"推荐|哪个|哪款|哪样|什么好|啥好|挑|选|配"), lazy(r"退|坏|漏|破|过敏|不喜欢|不想要|发错|拆")
# a price offered ("130包邮卖不卖", "150行不行", "120出不出")
_OFFERED = lazy(r"[#\d]{2,4}(?:块|元)?(?:包邮)?(?:卖不卖|行不行|行吗|行不|可以吗|可不可以|卖吗|出不出|中不中|成不成|给不给|卖我)")
_LAST_TIME, _STILL_OUT = lazy(r"上次|上回|以前|之前那?次|上一单"), lazy(r"还没|没到|没收到|停在|没更新|没动|不动|卡[了在住#\d两几三四五]|[#\d两几三四五]天了")  # "上次买的面霜还没到": the last order, still on its way
_ARRIVAL_ASKED = lazy(r"早点发|尽快发|快点发|能到|到得了|来得及|(?:几天|几日|多久|多长时间|多少天|哪天)(?:能|可以|才能|会)?到|什么时候到|今天.{0,2}发|能发吗|几号发|什么时候发|多久发|几天发|多久能发")

_ARRIVED, _NEVER_HAD = lazy(r"(?:收到|签收|拿到)(?:了|好几天|好多天)|已经?(?:收到|签收)"), lazy(r"(?:没|未|没有)(?:收到|拿到|见到)")  # "显示签收了我根本没收到": a parcel to find
_HOW_TO_USE = lazy(r"用法|怎么用|如何用|怎么抹|怎么涂|怎么敷|先用|后用")
_ARRIVAL = lazy(r"(?:寄|发|送|到)[^，,。？?\s]{0,6}(?:要|得)?(?:多久|几天|几日|几耐|多长时间)|到货|收到|送到|能到|几天到|几日到|(?:下单|落单|拍|寄|发)[^，,。？?\s]{0,4}(?:什么时候|几时)到|要几[天日]|几(?:天|日|耐|时)先到|多少天|多久到|哪天到|到达|到我|到家|寄到|发到|快递|物流|路上|到不了|到得了|前(?:能|可以|就)?到|到[^，,。？?\s]{1,4}(?:吗|不|么)$")
_TROUBLE = lazy(r"失败|付不了|付不脱|风控|转圈|付不出|不成功|报错|提示.{0,6}(?:受限|错误|异常)|扣了钱|扣款")


def sure_enough(scenario: str, sure: float, raw: str, ctx: Context) -> bool:
    """Whether a clause's scenario is sure enough to add its script to the reply."""
    if re.search("晒图|照片|拍照|图片|红包", ctx.message) and re.search("拍[几两一][张个]|多拍", raw):
        return False  # "晒图给红包吗 给的话我多拍几张": photos taken, no order changed
    if scenario in GOODS_PROBLEMS and (not HAS_GOODS.search(ctx.message) or not ctx.severity and WHENEVER_SAID.search(ctx.message) and stage_of(ctx, ctx.lead) == "pre_sale"):
        return False  # "你这199也太黑了吧" beside a price question: nobody received goods; "我一碰酒精脸就红 红了就痒": how the skin always is
    asked = stage_of(ctx, scenario) == "pre_sale" and bool(ASKS.search(raw))
    # "上回买的洗面奶物流卡两天了" beside a question of a new purchase: a parcel said stuck still waits
    asked = asked or scenario == "logistics" and bool(_STILL_OUT.search(raw))
    # "上回买的…就是物流磨叽了一个礼拜 这回想再拍两盒": the last parcel's delay, told as history
    history = scenario in ("logistics", "not_shipped") and not asked and _LAST_TIME.search(ctx.message) and re.search("这回|这次|再拍|再买|回购", ctx.message)
    return scenario == ctx.lead or not history and sure >= (CLAUSE_ASKED if asked else CLAUSE_SURE)


RAW_CLAUSE = lazy(r"[，,。.;；!！?？~～\s]+")

# questions a scenario's script answers, asked in the same clause as a fact ("包邮吗几天能到")
_ALSO = {
    "dispatch_time": re.compile(r"今天.{0,3}[发寄]|(?<!顺丰)(?<!京东)(?<!邮政)(?<!韵达)(?<!中通)(?<!圆通)(?<!申通)(?<!极兔)(?<!ems)(?<!EMS)能发吗|能发货吗|什么时候[发寄]|几点发|当天[发寄]"),
    "bargain": re.compile(r"便宜点|便宜些|少点|优惠点|能便宜|再便宜"),
    "delivery_eta": re.compile(r"来得及[吗不么]?$|来不来得及|(?:几天|多久|什么时候)(?:能|会|可以|先|才)?(?:收)?到|要几天|快不快|多快能到|(?:明天|后天|周[一二三四五六日天]前?)(?:就)?能到"),
}


def also_asked(raw: str, ctx: Context, done: set[str]) -> list[tuple[str, int]]:
    """Scenarios a fact clause also asks about before a sale, not answered yet, with where."""
    if stage_of(ctx, ctx.lead) == "after_sale":
        return []
    found = []
    for sid, pattern in _ALSO.items():
        m = pattern.search(raw)
        if sid == "delivery_eta" and m and (
            facts.asked(raw)[:1] == ["refund_time"] or _MONEY_BACK.search(ctx.message) and not _PARCEL.search(raw)
        ):
            continue  # "退了钱多久到", "差价能退不 多久到": the money's time, not a parcel's
        if sid in ("delivery_eta", "dispatch_time") and m and _INVOICE_SAID.search(ctx.message) and (not _PARCEL_WORDS.search(raw) or not GOODS_SAID.search(ctx.message)):
            continue  # "专票能开吗 要几天", "開發票 …幾時可以收到": the invoice's days, not a parcel's
        if sid == "delivery_eta" and m and m.group(0).startswith("来") and not _FOR_A_DAY.search(ctx.message):
            continue  # "改成上海的 还来得及吗": the change in time, not a parcel's arrival
        if m and sid in ctx.library.scenarios and sid not in done:
            found.append((sid, m.start()))
    return found


_ASKS_ITEM = lazy(r"[吗么嘛呢？?]|多少|怎么|能不能|可不可以|有没有|是不是|会不会|什么|啥|哪")  # ("用好几张" asks nothing)
_WOULD_IT, _USED_IT = lazy(r"会不会|会[^，,。？?！!\s]{1,6}(?:不|吗|么|嘛)$"), lazy(r"用了|用完|用过|在用|收到|买的|买了|拆开")
_INVOICE_SAID, _PARCEL_WORDS = lazy(r"发票|發票|专票|普票"), lazy(r"寄|到|收|快递|发(?!票)|物流|送|拍|下单")  # "专票能开吗 要几天": the invoice's days, not a parcel's
# fact topics an after-sale message may ask (a quality complaint's "过期" is not a shelf-life question)
AFTER_SALE_TOPICS = frozenset(
    {"usage", "cautions", "invoice", "price_protect", "courier", "warranty", "installation", "dose", "storage", "combine", "refund_time", "refund_amount", "merge", "gift_return", "benefit", "gentle", "closed", "door", "waybill", "packing"}
)
_POSTAGE_BACK = lazy(r"(?:运费|邮费)[^，,。？?\s]{0,3}(?:给不给退|退不退|能不能退|能退|给退|报不报|能报)")  # "退货寄回去了 …运费给不给退"
_SENT_BACK_POSTAGE = lazy(r"(?:寄回|退回|寄回去|寄回来|退货)[^，,。？?\s]{0,6}(?:的)?(?:运费|邮费)")  # "寄回去的运费给报不"


def asked_after_sale(topic: str, scenario: str | None, raw: str, ctx: Context) -> bool:
    """Whether a clause of an after-sale message asks ``topic`` as a fact to state ("漏液了 过期了吧"
    asks no shelf life): the return postage ("寄回去的运费给报不"), an item's facts asked with its use
    when nothing went wrong ("面膜敷完脸会黏黏的吗"), the promotions of a new purchase."""
    well = not ctx.severity and ctx.lead not in PROBLEMS
    return (
        topic in AFTER_SALE_TOPICS or topic == "genuine" and ctx.severity != "reaction"  # (a reaction's script says where the goods come from)
        or topic == "return_address" and not ctx.severity  # (a fault's remedy comes first; its script says how the goods go back)
        or topic == "shipping" and bool(_SENT_BACK_POSTAGE.search(raw) or RETURN_SENT.search(ctx.message) and _POSTAGE_BACK.search(raw)) or topic == "suitable" and ctx.lead == "damaged" and bool(INTACT.search(ctx.message))
        or scenario == "usage" and topic in facts.PRODUCT_TOPICS and topic != "suitable" and well
        or topic in PROMOTIONS and (scenario not in PROBLEMS or bool(BY_THE_WAY.search(raw))) and bool(NEW_PURCHASE.search(ctx.message))  # "…对了面霜现在买满多少送"
        or topic == "shelf_life" and (ctx.lead not in PROBLEMS or not ctx.severity and bool(re.search("过期了?[吗没]|是不是(?:快)?过期", raw)))  # "过期了吗": asked
        # "…少一支 顺便问下面霜干皮能用吗": a question of a new purchase, said as one
        or topic in facts.PRODUCT_TOPICS and bool(BY_THE_WAY.search(raw)) and bool(ASKS.search(raw))
    )


BY_THE_WAY = lazy(r"顺便问|顺带问|另外(?:想)?问|还想问|再问一?下|对了|另外")
