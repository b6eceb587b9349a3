"""Leads decided by what a message says of itself, before the problem-order rules of
:func:`csreply.writing.triage.lead_scenario`: another shop's order, a skin cracked by the cold
rather than goods broken, a review to change, a parcel stuck rather than an order to edit, a
price of the customer's own for named items … Each rule names the message it was written for.
Word lists and ordered rules only; no I/O.
"""

from __future__ import annotations

import re

from ..library.loading import Library
from ..library.model import Product
from ..understanding.catalogue import find_products
from ..understanding.matcher import Match
from ..understanding.questions import CONDITION, asks
from ..understanding.severity import SHORTFALL
from .corrections import parcel_lead
from .fact_topics import FEE_PAID, LEAVE_OUT, PRODUCT_TOPICS, asked as facts_asked
from .opened_returns import OPENED, OPENED_BY_OTHER, QUALITY
from .signals import (
    OVERDUE_SAID, OTHER_SIZE, UNLESS_SENT, price_fell,
    LET_PASS, REBUY, BOUGHT_ELSEWHERE, CHEAPER_ONE, ADDRESS_CHANGE, BOUGHT_OR_DROPPED, NOW_LOWER, DELIVERY_NOTE, EARLIER_MATTER, HAS_GOODS, HOLD_ON, HOW_NOW, MONEY_LATE, NOT_A_CUSTOMER, OUR_GOODS_ASKED, PAID_NOW, PLACED,
    REVIEW_ACT, SEEN_CHEAPER, SENT_OTHER, SMALL_TALK, SOMEONE_ELSE, SPACED_NUMBER, STUCK, THANKED, WRONG_CHAT,
)
from .totals import offered
from ..lazy_pattern import lazy

_SKIN_BROKEN, _GOODS_BROKEN = lazy(r"(?:痘痘?|伤口|皮)[^，,。\s]{0,4}(?:挤破|抠破|弄破|破了|破皮)"), lazy(r"(?:盒|瓶|罐|袋|包装|箱|盖)[子身口]?[^，,。\s]{0,3}(?:破|裂|碎|烂|漏)")
_WAITS = lazy(r"等(?:快递|包裹|收货|着收|到货|发货|着发|你们发)|坐等|等着收")
UNDECIDED = object()  # no rule here applies: the problem-order rules decide

GOODS_PROBLEMS = frozenset({"damaged", "quality_issue", "wrong_missing"})
SEES_DOCTOR = lazy(r"医院|医生|皮肤科|看病|挂号|吃什么药|吃啥药|什么药|啥药")
# a card written for a present ("能帮忙写张卡片吗", "写个贺卡"): a remark the warehouse is asked about
CARD = lazy(r"写[张个一]?(?:张|个)?(?:小)?(?:卡片|贺卡|祝福卡|卡)|(?:卡片|贺卡|祝福卡)(?:上)?(?:写|帮)|手写卡|[塞放夹附加带][张个一]?(?:张|个)?(?:小)?(?:卡片|贺卡|祝福卡)")
# a price pushed down ("便宜点", "抹个零", "350行不"): haggling, not a question about the offers
HAGGLES = lazy(r"便宜|少[点些一]|抹[个掉]?零|打[个几]?[一二三四五六七八九几]?[五]?折|减[点些]|让[点些]|优惠[点些]|\d+(?:块|元)?(?:行|卖|可以|给我)|贵|算我[#\d]|凑个?整|整数|凭啥卖?|凭什么卖?")
_TWO_SAID = lazy(r"两款|两个|两种|俩|二者|区别|对比|比较|[和跟与还]|哪个好用|这几款")
GOODS_FAULT = lazy(r"是干的|干掉了|干巴巴|几乎没有|没什么精华|基本没(?:有)?精华|没啥精华|一点都没有|都这样|少了一半|空的|跟水一样|像水一样|稀得像水|稀得跟水")
_COUPON_MISSED = lazy(r"券.{0,6}(?:忘|没)(?:了)?领|忘领|没领到|领不到券")
_HARM_ASKED = lazy(r"会不会(?:烂脸|过敏|长痘|闷痘|伤皮肤|有事|有问题|有影响)|是不是[敷用抹擦]坏了|[敷用抹擦]坏(?:了|脸)|伤到(?:皮肤|脸)")
_WAIT_TO_BUY = lazy(r"等[^，,。？?！!\s]{0,6}再买|再买|怕又?降|会不会降|降价了?再|等降价")
_WORRIED = lazy(r"怕|担心|不敢|顾虑")
_PRICEY = lazy(r"下不去手|太贵|有点贵|小贵|好贵|挺贵|蛮贵|有些贵|舍不得|肉疼")
_SLOW_SERVICE = lazy(r"客服[^，,。？?\s]{0,6}(?:不回|没人回|不理|没回|半天)|不回人|没人理|问[^，,。？?\s]{0,8}(?:小时|半天)")
_PARCEL_WORDS = lazy(r"发货|没发|物流|快递|包裹|单号|到货|签收|收到|出货|寄出")
_DARE_NOT = lazy(r"不敢(?:下单|买|拍|入手?)|不太敢(?:下单|买|拍|入)|没敢(?:下单|买|拍)|买了用不了|买了白买|怕用(?:着|了)?[^，,。\s]{0,3}(?:过敏|不合适|不适合)(?!了)")
_ARRIVAL = lazy(r"几天(?:会|能|可以)?(?:到|收到)|多久(?:能|会)?到|几时(?:能|会)?(?:到|收到)|什么时候(?:能|会)?(?:到|收到)")
_PRICE_NAMED = lazy(r"(?:改成|改到|改为|便宜到)[#\d]+(?!号|点|月|日).{0,10}(?:改下?价|付款|付钱|就付|我付)|改下?价.{0,6}(?:改成|改到)[#\d]+")
_COURIER_ASKED = lazy(r"(?:能|可以|能不能|得行不|行不行|中不中)(?:改)?(?:发|走|换|指定)|(?:发|走)(?:啥|什么|哪家)快递|指定[^，,。？?！!\s]{1,4}(?:要?加|多少|几块|吗|行不|可以)|(?:发|走)[^，,。？?！!\s]{0,4}(?:吗|不|么|伐|嘛)|只发|改发|(?:发|走)[^，,。？?！!\s]{0,4}(?:要?[补加]多少|多少钱|几块)")  # "能发顺丰不", "…老扔驿站 发顺丰要补多少": a courier asked for
_COURIER_FAILS = lazy(r"不送上门|不送货上门|扔驿站|放驿站|扔快递柜|电话都不打|不打电话|不给送")
_SKIN_CRACKED = lazy(r"(?:脸|脸蛋|手|嘴|嘴唇|皮肤|嘴角)[^，,。？?！!\s]{0,3}(?:冻|干|皴)裂")
_REFUND_SHORT = lazy(r"只退|才退|退了我[#\d]|(?<![能以])退我[#\d]+(?![#\d]*\S{0,2}[不吗么嘛])|退款[#\d]+")  # not "能退我20不": a difference asked
_RESTOCK = lazy(r"补货|缺货|断货|没货|到货通知")
_REVIEW_CHANGE = lazy(r"(?:差评|中评|评价)[^，,。？?！!\s]{0,4}(?:怎么|咋|如何|能不能|可以|能)?(?:改|修改|删|追评)|改(?:成|为)?好评|改评价|(?:差评|中评).{0,12}(?:能改吗|能改不|改吗|可以改吗|能不能改|怎么改)"
                      r"|(?:给了?|打了?)[^，,。？?！!\s]{0,4}(?:差评|中评).{0,24}(?:考虑|可以|就|再)改")  # "差评给了 …给个说法我可以考虑改"
# the customer complains of being passed around or ignored, not of the goods
_PASSED_AROUND = lazy(r"推来推去|一个推一个|踢皮球|互相推|推卸|没人管|没人理|没人处理|没人回|找了好几次|问了好几次|催了好几次|说了好几次|一直拖|拖了这么久|一拖再拖")
_CHOICE_ASKED = lazy(r"搭[一#]套|配[一#]套|搭配|[一#]套|推荐|哪款|哪个|哪几|买什么|买啥|选什么|选啥|挑|送什么|送啥|有什么好|有啥好")
_LOYAL_PERK = lazy(r"(?:老客|老顾客|回头客|回购|老粉|会员).{0,12}(?:券|优惠|福利|活动|折扣|礼)")


# what breaks in transit: a "damaged" match that names none of it is no broken parcel
NOTHING_BROKEN = lazy(r"破|碎|裂|压|漏|瘪|坏|凹|变形|湿|烂|摔|磕|断|划|脏|撞|扁|渗|洒|撒|干了|变质")
_ABSENT = lazy(r"(?<!有)没有[^，,。？?\s]{1,6}|[^，,。？?\s]{1,6}呢[？?]*$|没看见|没看到|没见|没找到|少了|就[俩两#]")
_JUST_PLACED = lazy(r"^(?:刚|已经?)?(?:拍了|下单了|下了单|付了|拍下了)|(?:刚|已经?)(?:拍|下单|付款)")
_OPENED = lazy(r"收到|到了|到手|拆开|打开|里面|盒子?里|包装里|(?:霜|瓶|罐)里的")
_PAID_NOW = lazy(r"^(?:拍了|拍好了|下单了|已下单)|刚刚?(?:下单|拍|付)|已经付款|付款了|已付款|付好了|付过了")
_SEND_SOON = lazy(r"(?:早点|尽快|快点|赶紧)(?:给我)?(?:寄|发)|今天(?:能|可以)发(?:出去|走|货)?吧")
_CHECK_IT = lazy(r"你看下|你看一下|帮我看下|帮我看一下|核对一下|帮我核对|看看对不对")
_JUST_PAID = lazy(r"刚(?:付款|付了|拍|下单|下的单|买)|还没发")
_ITEM_DROPPED = lazy(r"退掉|去掉|不要了|删掉|取消")
_REPICKED = lazy(r"(?:其实|本来|原本)(?:是)?想要|拍错|下错|选错|点错|没看清|换[下一]|换成|改成")


def box_items_absent(library: Library, text: str) -> list[tuple[Product, str]]:
    """What a catalogue item's box holds ("一把挖勺和一张说明书") that ``text`` says is not there,
    as (item, the box's own words for it): "咋没有小勺子 说明书也没看见" → 挖勺, 说明书."""
    absent = []
    for product in library.products.values():
        for thing in re.split("[、，,和及与]", product.in_box or ""):
            word = re.sub(r"^[一二两三四五六七八九十#\d]+[瓶把张支片个盒份袋]?[\dgml]*", "", thing.strip())
            if len(word) >= 2 and not word.endswith((product.name, *product.aliases, product.category or product.name)) and (
                re.search(f"(?:(?<!有)[没木]有|没看见|没看到|没见|没找到|少了|缺|(?<!有)没[放配给带]?)[^，,。？?\\s]{{0,3}}{word[-1]}|{word[-1]}[^，,。？?\\s]{{0,2}}(?:呢|也没|[没木]有|没看|没见|没找|没[放配给带])|{word[-1]}[^，,。\\s]{{0,12}}?(?:没找到|没看到|没看见|找不到)", text)
            ):
                absent.append((product, thing.strip()))
    return absent


_SCAM = lazy(r"骗子|刷的|刷单|假评|水军|评价是假")
_STAFF_FAULTED = lazy(r"(?:客服|售后|小姐姐|你们的?人)[^，,。？?！!\s]{0,6}(?:态度[^，,。？?！!\s]{0,2}(?:差|恶劣|不好)|爱答不理|爱理不理|不耐烦|甩锅)|投诉(?:她|他|这个客服|那个客服|你们客服)")  # "客服态度太差了 …我要投诉她": the agent's manner
# a promise the customer says was broken: "宣传说敏感肌能用 结果呢", "说好的不油 结果…"
CLAIM_TOLD = lazy(r"(?:宣传|广告|详情页?|页面|介绍|你们|客服)[^，,。？?！!\s]{0,4}(?:说|写|讲)(?:的|着)?|说好的")
_CLAIM_BROKEN = lazy("(?:" + CLAIM_TOLD.pattern + r")[^，,。？?！!]{1,14}[，,\s]*(?:结果|可是|但是|然而|根本|哪里|呢)")
_ACCUSED = lazy(r"骗人|骗子|骗钱|忽悠|虚假宣传|假宣传|差评|投诉|找平台|12315|消协")
_RECOMMEND_ASKED = lazy(r"推荐|推一个|推个|给推|帮我挑|帮我选|买啥好|买什么好")
_CLAIMED = frozenset({"product_info", "recommend", "usage", "skin_type", "product_compare", "hesitation"})
_THERE = lazy(r"在吗|在不在|在么|在嘛|有人吗|有人在|有客服|客服在")
_QUESTION_TO_COME = lazy(
    r"想(?:问|咨询)(?:一?下|问)?[^，,。？?！!\s]{0,8}(?:的事|的事情|事情|问题|个事)[呀啊哈呢]?[。？?！!～~]*$|有(?:个|点)事[^，,。？?！!\s]{0,4}$"
    # "想问一下保养品": a topic named, the question still to come
    r"|想(?:问|咨询)(?:一?下|问)?(?![^，,。？?！!\s]*(?:吗|么|多少|几|怎|能|可以|可不可以|哪|啥|什么|是不是|有没有|适合|用|发|退|换|到))[^，,。？?！!\s]{1,6}[呀啊哈呢]?[。？?！!～~]*$"
)
_PRICIER = lazy(r"比[^，,。？?！!\s]{1,8}贵|贵了?(?:快|将近|差不多)?[一二两三四五六七八九十百几#\d]+|贵这么多|贵好多|贵一截")


_BUYING_NOW = lazy(r"也想买|想买|想入|打算买|准备买|想要买|想试试|考虑买")
_OTHERS_USE = lazy(r"(?:她|他|姐|妹|妈|朋友|闺蜜|同事|室友|别人)[^，,。？?！!\s]{0,4}(?:用了|用过|买了|买的)")
_COUNTER_OFFER = lazy(r"(?:能不能|可不可以|能否)[#\d]{2,4}(?:元|块)?(?:给我|卖我|出|拿)|[#\d]{2,4}(?:元|块)?(?:行不行|卖不卖|出不出|给不给|中不中|得不得|能卖吗|卖吗)")
_SETTLED_THANKS = lazy(r"问题解决了|已经解决|都解决了|收到了|没事了")
_OR_CANCEL = lazy(r"(?:再|还)不发(?:货)?(?:的话)?就(?:给我)?取消|不发(?:货)?的话就(?:给我)?取消")
_TRACKED_STUCK = lazy(r"物流[^，,。？?！!\s]{0,6}(?:没更新|没动|不动|不更新|没变|停了)|(?:显示)?已经?(?:寄出|发出|出货)(?:了|咗)?[^，,。？?！!]{0,8}(?:没|未|仲未)(?:收到|到)|寄出(?:了|咗)[^，,。？?！!\s]{0,4}[#\d一二两三四五六七八九十]+[日天]")  # "显示已经寄出咗五日 仲未收到": it left
_OTHER_PICK = lazy(r"(?:合适|适合|能用)[吗么不嘛]?还是(?:要|得)?换(?:别的|一款|个别的|其他)")
_RETURN_WORDS = lazy(r"退|拆|坏|漏|过敏|不喜欢|不想要|发错|不合适了|用不了")


def said_lead(match: Match, library: Library, severity: str):
    """The lead a rule of this module gives ``match`` (a scenario id, or None for "no scenario":
    the special answers of special.py and choosing.py say what fits), or :data:`UNDECIDED`."""
    if (early := parcel_lead(match, library)) is not None:
        return early
    if match.scenario == "wrong_missing" and not severity and OTHER_SIZE.search(match.normalized.text) and not HAS_GOODS.search(match.normalized.text) and "product_info" in library.scenarios:
        return "product_info"  # "精华有没有大瓶的 30ml太少了": another size asked, nothing missing
    if match.scenario == "return_exchange" and _OTHER_PICK.search(match.normalized.text) and not _RETURN_WORDS.search(match.normalized.text) and (
            "recommend" in library.scenarios):  # "想给我妈也带一瓶 …面霜合适吗还是要换别的": another pick, not an exchange
        return "recommend"
    if match.scenario == "shipping_fee" and not severity and (any(i.scenario == "bargain" and (HAGGLES.search(i.clause) or SEEN_CHEAPER.search(i.clause)) for i in match.intents)
                                                              or offered(match.normalized.original)) and "bargain" in library.scenarios:
        return "bargain"  # "…138 包邮不 给抹个零呗", "三盒能不能算150 另外寄新疆包邮不": the price pushed down leads
    if not severity and "wrong_missing" in {match.scenario, *(i.scenario for i in match.intents)} and _BUYING_NOW.search(match.normalized.text) and (
        not HAS_GOODS.search(_OTHERS_USE.sub("", match.normalized.text)) and "product_info" in library.scenarios
    ):  # "面膜是不是只有补水的 …我姐用了说好 我也想买 怕闷痘": a question before buying, nothing missing
        return match.scenario if match.scenario not in (None, "wrong_missing") else "product_info"
    if match.scenario == "order_change" and any(i.scenario == "not_shipped" for i in match.intents) and not re.search("改|换|取消|加|不要|备注|别放", UNLESS_SENT.sub("", match.normalized.text)):
        return "not_shipped"  # "订单号… 收货地址：… 这单咋还没发": a pasted order card and a late dispatch, nothing to change
        # (nor "再不发我就不要了": a threat beside the late dispatch, no change asked)
    if match.scenario == "order_change" and any(i.scenario == "logistics" for i in match.intents) and UNLESS_SENT.search(match.normalized.text) and (
            "logistics" in library.scenarios and not re.search("改|换|取消|加|备注|别放", UNLESS_SENT.sub("", match.normalized.text))):
        return "logistics"  # "转运中心待三天了一动不动 …再不到俺就不要了": a parcel stuck, and a threat beside it
    if match.scenario == "quality_issue" and not severity and _HARM_ASKED.search(match.normalized.text) and any(i.scenario == "usage" for i in match.intents):
        return "usage"  # "敷面膜敷睡着了 会不会烂脸 敷完要不要洗": a worry over how it was used, asked, nothing wrong with the goods
    if match.scenario == "courier" and any(i.scenario == "damaged" for i in match.intents) and re.search("压扁|压坏|破|裂|碎|摔|漏", match.normalized.text) and (
        "damaged" in library.scenarios
    ):
        return "damaged"  # "外盒压扁了 瓶口还漏了点 换新的话能走顺丰吗": the damage first, the courier beside it
    if match.scenario in ("not_shipped", "dispatch_time", "delivery_eta") and severity and "quality_issue" in library.scenarios:
        return "quality_issue"  # "精华用了一周 瓶子里有白色絮状的东西": goods in hand gone bad, nothing waiting to ship
    if match.scenario in ("product_info", "refund", "bargain", None) and (m := NOW_LOWER.search(match.normalized.original)) and int(m[2]) < int(m[1]) and BOUGHT_OR_DROPPED.search(match.normalized.text) and "price_protect" in library.scenarios:
        return "price_protect"  # "上周三付的款 精华199 现在怎么显示179 给我退20": a price fallen since it was paid
    if match.scenario == "refund" and re.search("不想退款|不要退款|不用退款|别退款|不退款", match.normalized.text) and any(i.scenario == "order_change" for i in match.intents):
        return "order_change"  # "拍错了 …没发货的话给我换一下 不想退款重拍": the order to change, a refund refused
    if match.scenario is None and ADDRESS_CHANGE.search(match.normalized.text) and "order_change" in library.scenarios:
        return "order_change"  # "地址还是我去年租的房子 早搬了 赶紧帮我改一下": a change asked, however unsure the story
    if match.scenario == "bargain" and CHEAPER_ONE.search(match.normalized.text) and "recommend" in library.scenarios:
        return "recommend"  # "你推的精华太贵了 就要个便宜点清爽的": a cheaper item to pick, not a lower price
    if match.scenario in (None, "order_placed") and _COUNTER_OFFER.search(match.normalized.text) and "bargain" in library.scenarios:
        return "bargain"  # "168的面霜能不能150给我 我一次拿两瓶", "150卖不卖 卖就直接拍了": a price offered is a bargain
    if match.scenario in ("product_info", "complaint", None) and _SETTLED_THANKS.search(match.normalized.text) and THANKED.search(match.normalized.text) and (
        "thanks_bye" in library.scenarios and not re.search(r"[吗么?？]|怎么|咋|没找到|没看到|能不能|可以吗", match.normalized.text)
    ):
        return "thanks_bye"  # "问题解决了 换的新面霜收到了 …谢谢你啊小禾": thanks, nothing to sell
    if match.scenario in ("wrong_missing", "promotion", "product_info") and PLACED.search(match.normalized.text) and (re.search(
        "记得|别忘|莫忘|不要忘|塞|放", match.normalized.text) and not re.search("收到|没有|没给|漏", match.normalized.text) or match.scenario == "product_info" and not (
            set(facts_asked(match.normalized.text)) & PRODUCT_TOPICS) and not re.search("收到|没有|没给|漏|咋|怎么|为啥|为什么|就[一1#][盒瓶支件个片]", match.normalized.text)) and "order_placed" in library.scenarios:
        return "order_placed"  # "拍了 俩面膜一个洁面 …记得给我塞赠品面膜啊", "拍了 两瓶精华 寄杭州": an order just placed
    if match.scenario == "not_shipped" and re.search("现货|预售", match.normalized.text) and not re.search("拍了|付了|付款|下单了|下的单|买了|订单", match.normalized.text) and (
        "stock" in library.scenarios
    ):
        return "stock"  # "现在是现货还是预售 预售我就不等了 今天能发不": nothing ordered yet, the stock asked
    if match.scenario == "order_change" and _OR_CANCEL.search(match.normalized.text) and "not_shipped" in library.scenarios:
        return "not_shipped"  # "周六拍的到现在还没发 再不发就取消吧": the wait is the matter, the cancel its threat
    if match.scenario == "not_shipped" and _TRACKED_STUCK.search(match.normalized.text) and "logistics" in library.scenarios:
        return "logistics"  # "物流两天没更新了 到底发没发啊": the tracking exists, so it left; the parcel is checked
    if match.scenario in _CLAIMED and _CLAIM_BROKEN.search(match.normalized.text) and _ACCUSED.search(match.normalized.text) and severity != "reaction" and "complaint" in library.scenarios:
        return "complaint"  # "你们就是骗人 宣传说敏感肌能用 结果呢？？我要给差评": a promise said broken, not a question of fit (a skin hurt: its care first)
    if (match.scenario == "review" and _SCAM.search(match.normalized.text) or not severity and _STAFF_FAULTED.search(match.normalized.text)) and "complaint" in library.scenarios:
        return "complaint"  # "你们就是骗子吧 评价全是刷的 我要找平台介入": anger at the shop, not a review to write
    if match.scenario not in (None, "greeting") and _THERE.search(match.normalized.text) and _QUESTION_TO_COME.search(match.normalized.text) and (
        "greeting" in library.scenarios and not find_products(library, match.normalized.text, limit=1)
    ):
        return "greeting"  # "请问有客服在吗？想问一下保养品的事": someone there, the question still to come
    if match.scenario == "hesitation" and (_PRICIER.search(match.normalized.text) or SEEN_CHEAPER.search(match.normalized.text)) and find_products(library, match.normalized.text, limit=1) and (
        "bargain" in library.scenarios and not HAS_GOODS.search(match.normalized.text)
    ):
        return "bargain"  # "我再看看别家 你家这个精华比某某家贵了快一百": the price is the doubt; what it buys answers it
    if match.scenario in ("usage", "product_info", "damaged", "complaint", "quality_issue", "review", "thanks_bye", None) and not severity and _OPENED.search(match.normalized.text) and (
        box_items_absent(library, match.normalized.text) and "wrong_missing" in library.scenarios
    ):
        return "wrong_missing"  # "收到面霜了 咋没有小勺子 …说明书也没看见": what the box holds, not in it
    if match.scenario == "damaged" and not severity and NOTHING_BROKEN.search(match.normalized.text) is None and _ABSENT.search(match.normalized.text) and (
        "wrong_missing" in library.scenarios
    ):
        return "wrong_missing"  # "收到面霜了 咋没有小勺子": something absent, nothing broken
    if match.scenario == "return_exchange" and not severity and _REPICKED.search(match.normalized.text) and _JUST_PLACED.search(match.normalized.text) and (
        not HAS_GOODS.search(match.normalized.text) and "order_change" in library.scenarios
    ):
        return "order_change"  # "拍了两瓶精华 其实想要一瓶精华一瓶面霜 能帮我换下吗": an order not yet had, changed
    if (match.scenario in ("dispatch_time", "product_info", "stock", None) or match.scenario == "price_protect" and not re.search("降|便宜|差价|保价|涨|现在|今天", match.normalized.text)) and not severity and _PAID_NOW.search(match.normalized.text) and (
        _SEND_SOON.search(match.normalized.text) or _CHECK_IT.search(match.normalized.text)
    ) and "order_placed" in library.scenarios and not re.search(r"\d点|几点|明天|后天|周[一二三四五六日天]|送|赠", match.normalized.text):
        return "order_placed"  # "刚刚下单了 已经付款了 麻烦早点寄出", "拍了 面霜一瓶 洗面奶一支 你看下": an order to thank for and confirm
    if match.scenario in ("return_exchange", "refund") and not severity and _JUST_PAID.search(match.normalized.text) and _ITEM_DROPPED.search(match.normalized.text) and (
        not HAS_GOODS.search(match.normalized.text) and "order_change" in library.scenarios and not OVERDUE_SAID.search(match.normalized.text)
    ):  # (not "付款两天了还没发 不要了退钱": an overdue order given up, its options)
        return "order_change"  # "刚付款的那单，帮我把精华退掉，面霜留着": an item taken out of an order not yet sent
    if BOUGHT_ELSEWHERE.search(match.normalized.text) and _RECOMMEND_ASKED.search(match.normalized.text) and not re.search("咋办|怎么办|咋弄|怎么弄|退|赔", match.normalized.text) and (
            "recommend" in library.scenarios):
        return "recommend"  # "油皮 痘印多 给推一个呗 别推面霜 上次买的别家面霜闷痘了": another shop's item told, ours asked for
    if severity == "reaction" and BOUGHT_ELSEWHERE.search(match.normalized.text) and match.scenario in ("hesitation", "product_info", "recommend") and not re.search("咋办|怎么办|咋弄|怎么弄|原因", match.normalized.text):
        return match.scenario  # "之前在别家买的面膜敷完脸痒 有点怕 要不先不买了": a worry before buying ours, no remedy of an order
    if severity == "reaction" and BOUGHT_ELSEWHERE.search(match.normalized.text) and not OUR_GOODS_ASKED.search(match.normalized.text):
        return None  # "在别家买了个精华 用完脸刺痛": no order of ours to remedy; the care is said (special.py)
    if severity == "reaction" and SEES_DOCTOR.search(match.normalized.text) and not HAS_GOODS.search(match.normalized.text) and not (
        find_products(library, match.normalized.text) or re.search("你们|你家", match.normalized.text)
    ):
        return None  # "杭州哪家医院皮肤科好 脸上长湿疹了": no goods of ours in it; the care is said (special.py)
    if match.scenario is not None and library.scenarios[match.scenario].stage == "after_sale" and BOUGHT_ELSEWHERE.search(match.normalized.text):
        if OUR_GOODS_ASKED.search(match.normalized.text):
            # "之前买别家的过敏过 你家面霜温和吗": another shop's goods as history, ours asked about
            named = find_products(library, match.normalized.text)
            sid = "product_info" if named else "recommend"
            return sid if sid in library.scenarios else None
        return None  # an order of another shop: said plainly (special.py), not tracked or refunded
    if match.scenario == "wrong_missing" and severity == "unsafe" and not SHORTFALL.search(match.normalized.text) and not SENT_OTHER.search(
        match.normalized.text
    ) and "damaged" in library.scenarios:
        return "damaged"  # "面霜瓶子裂开 漏了一盒子 说明书都糊了": broken on arrival, not packed wrong
    if match.scenario in GOODS_PROBLEMS and re.search("客服|小二|没人理|没人回|找人|跟机器", match.normalized.text) and not HAS_GOODS.search(
        match.normalized.text
    ) and "complaint" in library.scenarios and not re.search("人工吗|真人吗|机器人吗", match.normalized.text) and not find_products(library, match.normalized.text):
        return "complaint"  # "客服真行 周日找人一个都没有 回复跟机器一样 我要找天猫小二": the service, no goods at fault
    if match.scenario in GOODS_PROBLEMS and re.search("人工|机器人|真人", match.normalized.text) and not HAS_GOODS.search(match.normalized.text):
        return None  # "还有人工吗 还是只有机器人": a person asked for, no goods at fault (special.py answers)
    if match.scenario == "hesitation" and _PRICEY.search(match.normalized.text) and find_products(library, match.normalized.text) and (
        "bargain" in library.scenarios
    ):
        return "bargain"  # "168一瓶面霜 有点下不去手啊 我再看看吧": the price balked at; what it buys, and the offers
    if match.scenario == "stock" and re.search("付款|付了|付的|下的单|拍了|拍的", match.normalized.text) and re.search(
        "物流|没发|还没|没动静", match.normalized.text
    ) and "not_shipped" in library.scenarios:
        return "not_shipped"  # "礼拜一就付款了 物流一点信息都没有 是不是压根没货": a paid order unsent
    if match.scenario == "order_placed" and re.search("未出[貨货]|未[发發]|还没[发發]|還沒[發发]|没[发發]货|仲未", match.normalized.text) and (
        "not_shipped" in library.scenarios
    ):
        return "not_shipped"  # "上個禮拜已經俾咗錢 到而家都未出貨": paid and still unsent, not an order to thank for
    if match.scenario == "not_shipped" and re.search("已揽件|已揽收|揽件了|揽收了|还是揽件", match.normalized.text) and "logistics" in library.scenarios:
        return "logistics"  # "物流还是已揽件": the parcel left the shop and is stuck on its way
    if match.scenario in ("not_shipped", "logistics", "dispatch_time") and _SLOW_SERVICE.search(match.normalized.text) and not _PARCEL_WORDS.search(
        match.normalized.text
    ) and "complaint" in library.scenarios:
        return "complaint"  # "客服半天不回人 问个问题等了一个小时": the service is slow, no parcel waits
    if match.scenario in ("bargain", "quality_issue", "complaint") and not severity and _DARE_NOT.search(match.normalized.text) and "hesitation" in library.scenarios:
        return "hesitation"  # "之前用别家修护霜烂过脸 有点不敢下单": a worry before buying, not a price or a fault
    if match.scenario == "review" and not REVIEW_ACT.search(match.normalized.text) and _WORRIED.search(match.normalized.text) and (
        "hesitation" in library.scenarios
    ):
        return "hesitation"  # "看评价有人说用了烂脸 有点怕": reviews read before buying, a worry
    if match.scenario == "product_info" and _ARRIVAL.search(match.normalized.text) and not facts_asked(match.normalized.text) and "delivery_eta" in library.scenarios:
        return "delivery_eta"  # "想订面霜寄给杭州的妈妈 大概几天会到": the item named, the arrival asked
    if match.scenario == "hesitation" and (asked := [i.scenario for i in match.intents if i.scenario != "hesitation" and asks(i.clause) and not library.scenarios[i.scenario].yields]) and all(
        CONDITION.search(i.clause) for i in match.intents if i.scenario == "hesitation"
    ):
        return asked[0]  # "能3号前送到上海吗 来不及的话我就不买了": the question leads, not its condition
    if match.scenario == "price_protect" and _WAIT_TO_BUY.search(match.normalized.text) and not BOUGHT_OR_DROPPED.search(
        _WAIT_TO_BUY.sub("", match.normalized.text)
    ) and "hesitation" in library.scenarios:
        return "hesitation"  # "算了 等双十二再买 现在买怕又降价": nothing bought yet
    if (match.scenario == "courier" or match.scenario == "order_change" and re.search("备注了|备注过", match.normalized.text)) and _COURIER_FAILS.search(match.normalized.text) and not _COURIER_ASKED.search(match.normalized.text) and (
        "logistics" in library.scenarios
    ):
        return "logistics"  # "中通天天不送上门 直接扔驿站", "…扔驿站 我明明备注了送货上门": the delivery complained of
    if match.scenario in GOODS_PROBLEMS and _SKIN_CRACKED.search(match.normalized.text):
        # "宝宝脸蛋冻裂了 能抹你家面霜不": the skin is cracked, not the goods
        return "product_info" if "product_info" in library.scenarios and find_products(library, match.normalized.text) else None
    if match.scenario == "price_protect" and _REFUND_SHORT.search(match.normalized.text) and not price_fell(match.normalized.original) and "refund" in library.scenarios:
        return "refund"  # "退了精华 为啥只退我188 我付的199": part of a refund, not a price that fell
    if match.scenario == "order_placed" and LEAVE_OUT.search(match.normalized.text) and "order_change" in library.scenarios:
        return "order_change"  # "拍好了 收件人是我妈 包裹里别放价签": a remark for the parcel, answered by its script
    if match.scenario == "order_change" and STUCK.search(match.normalized.text) and "物流" in match.normalized.text and (
        "logistics" in library.scenarios and not re.search("还没发|没发的话|没发吧", match.normalized.text)  # (not "是不是还没发 没发的话帮我改")
    ):
        return "logistics"  # "物流在转运中心三天没动了 能不能拦截改寄": the parcel is on its way, not an order to edit
    if match.scenario == "payment" and _COUPON_MISSED.search(match.normalized.text) and "promotion" in library.scenarios:
        return "promotion"  # "刚拍下还没付 能改下价吗 券我忘领了": the coupon's rule, not how to pay
    if match.scenario in ("payment", "order_change") and _PRICE_NAMED.search(match.normalized.text) and "bargain" in library.scenarios:
        return "bargain"  # "刚拍了两瓶 336 能给我改成320 改下价我就付": a price asked for, not an order to edit
    if match.scenario in ("not_shipped", "logistics") and _RESTOCK.search(match.normalized.text) and "stock" in library.scenarios and not re.search(
        "付款|付了|下的单|下单了|拍了|拍的|不发货|还不发|没发货|还没发", match.normalized.text
    ):
        return "stock"  # "洗面奶啥时候补货啊 都缺好几天了": the item is out of stock, no order waits
    if SPACED_NUMBER.fullmatch(match.normalized.original.strip()) and " " in match.normalized.original.strip():
        return None  # "4398 2210 7756 0032": a number, spaced like a card's: no scenario (choosing.py)
    if HOLD_ON.fullmatch(match.normalized.text) and not severity:
        return None  # "稍等 我找下订单号": the agent is asked to wait; a kind word (choosing.py)
    if match.scenario == "return_exchange" and MONEY_LATE.search(match.normalized.text) and "refund" in library.scenarios:
        return "refund"  # "退货寄回去好几天了 钱怎么还没到": the money is late, the goods are back
    if match.scenario in ("logistics", "courier") and DELIVERY_NOTE.search(match.normalized.text) and not (
        STUCK.search(match.normalized.text) or re.search("没收到|没到|丢|签收了|显示签收|已签收|(?:放|扔)(?:到|在)?(?:驿站|快递柜)了|不送上门|(?:不|没)打电话", match.normalized.text)
    ) and "order_change" in library.scenarios:  # (not "直接放驿站了 显示已签收", "不送上门还不打电话 直接放驿站": done, a complaint)
        return "order_change"  # "快递千万别敲门 放门口鞋柜上就行": a delivery note for the order, not a parcel traced
    if match.scenario in GOODS_PROBLEMS and _SKIN_BROKEN.search(match.normalized.text) and not _GOODS_BROKEN.search(match.normalized.text):
        # "脸上有颗痘痘挤破了能敷不": the skin broken, a question whether the item may go on it
        return "product_info" if "product_info" in library.scenarios and find_products(library, match.normalized.text) else None
    if match.scenario in ("logistics", "delivery_eta", "not_shipped", "dispatch_time") and THANKED.search(match.normalized.text) and _WAITS.search(
        match.normalized.text
    ) and not re.search("没收到|还没|怎么|咋|几天|多久|什么时候|啥时候|没动|不动|没更新", match.normalized.text) and "thanks_bye" in library.scenarios:
        return "thanks_bye"  # "好嘞 知道了谢谢亲 我等快递了": thanks, and a parcel simply awaited
    if match.scenario == "usage" and HOW_NOW.search(match.normalized.text) and (
        faults := sorted((i for i in match.intents if i.scenario in GOODS_PROBLEMS), key=lambda i: -i.score)
    ):
        return faults[0].scenario  # "按压头按不下去 一滴都挤不出来 这让我咋用啊": the fault, not a usage question
    if WRONG_CHAT.search(match.normalized.text) and not severity:
        return None  # "刚才那句发错了 是发给我同事的": nothing to answer but a kind word (choosing.py)
    if EARLIER_MATTER.fullmatch(match.normalized.text):
        return None  # "就上次那个 你知道的": nothing in it to answer but a request to say it again
    if re.search("差评.{0,4}在路上", match.normalized.text) and not re.search("快递|包裹|物流|单号|发货|到货|收到", match.normalized.text):
        return "complaint" if "complaint" in library.scenarios else None  # "差评已经在路上了": a threat, no parcel
    if _PASSED_AROUND.search(match.normalized.text) and "complaint" in library.scenarios:
        # "退个货推来推去 再不处理我差评": the handling is the complaint; a policy lecture that sends
        # the customer off to apply again is the very thing complained of, so the complaint leads
        # … unless the goods are unsafe ("面霜漏液 …客服一直推"): their remedy, said now, is what was put off
        faults = [i.scenario for i in match.intents if i.scenario in GOODS_PROBLEMS] if severity else []
        return faults[0] if faults else "complaint"
    if match.scenario in ("complaint", "quality_issue", "order_change", "logistics") and _REVIEW_CHANGE.search(match.normalized.text) and "review" in library.scenarios:
        return "review"  # "之前手快给了个差评 现在问题解决了 差评怎么改": a review to change, no complaint now
    if match.scenario in ("product_compare", "product_info", "recommend", "usage", "review", "promotion", "stock") and re.search(f"{HAS_GOODS.pattern}|挤出来", match.normalized.text) and (
        GOODS_FAULT.search(match.normalized.text) and "quality_issue" in library.scenarios
    ):
        return "quality_issue"  # "面膜拆开里面是干的 精华几乎没有": the goods are faulty, nothing to compare
    if match.scenario == "complaint" and SOMEONE_ELSE.search(match.normalized.text) and not re.search(
        "你们|你家|客服|店|商品|东西|快递|物流|订单|退|发货", match.normalized.text
    ):
        return None  # "我男朋友老是不回消息怎么办": a life's complaint, not one about the shop
    if match.scenario in ("hesitation", "greeting") and SMALL_TALK.search(match.normalized.text) and not HAS_GOODS.search(match.normalized.text) and not (
        find_products(library, match.normalized.text) or re.search("买|拍|下单|价|贵|便宜|优惠|活动|发货|快递|再说|问问|考虑|想想|商量", match.normalized.text)
    ):
        return None  # "今天杭州下雨不 想下午去西湖逛逛": small talk, no purchase weighed
    if match.scenario == "shipping_fee" and FEE_PAID.search(match.normalized.text) and "dispatch_time" in library.scenarios:
        # "已经付款了 运费12块也补了 麻烦尽快寄出": the fee is settled; when it ships is what is asked
        return "order_placed" if PAID_NOW.search(match.normalized.text) and "order_placed" in library.scenarios else "dispatch_time"
    if match.scenario == "bargain" and _LOYAL_PERK.search(match.normalized.text) and not HAGGLES.search(match.normalized.text) and (
        "promotion" in library.scenarios
    ):
        return "promotion"  # "老顾客了 回购有没有老客专属券": the shop's offers, not a price defended
    if _offers_for_items(match, library, severity):
        return "bargain"  # "精华加洁面一共278 给个270行吗": a price of the customer's own for named items
    if match.scenario is not None and not severity and SHORTFALL.search(match.normalized.text) and "wrong_missing" in library.scenarios and (
        match.scenario in ("damaged", "logistics") or match.scenario == "not_shipped" and not re.search("上次|上回", match.normalized.text) or library.scenarios[match.scenario].stage == "pre_sale" and re.search(f"{HAS_GOODS.pattern}|拍了|拍的", match.normalized.text)
        # "打开箱子就一瓶精华 洁面呢 发票也没看见": the item short leads, the invoice beside it
        or match.scenario not in GOODS_PROBLEMS | {"logistics", "not_shipped"} and HAS_GOODS.search(match.normalized.text) and any(i.scenario in ("damaged", "wrong_missing") for i in match.intents)
    ):
        return "wrong_missing"  # "两盒面膜怎么只有一盒 是不是漏了", "买了两盒 怎么就一盒": left out, not broken or asked about
    if SENT_OTHER.search(match.normalized.text) and len(find_products(library, match.normalized.text)) >= 2 and "wrong_missing" in library.scenarios:
        return "wrong_missing"  # "我拍的洗面奶 给我发个面膜来": another item than the one bought
    if match.scenario == "product_compare" and "recommend" in library.scenarios and not _TWO_SAID.search(match.normalized.text) and (
        len(find_products(library, match.normalized.text)) == 1
    ):
        return "recommend"  # "用皂基的洗面奶 换哪个好": one item named, a choice asked, no two to compare
    if match.scenario is not None and NOT_A_CUSTOMER.search(match.normalized.text) and (
        library.scenarios[match.scenario].yields or not find_products(library, match.normalized.text)
    ):
        return None  # "你们招不招兼职客服": no greeting back, the question is answered plainly (special.py)
    if not severity and (LEAVE_OUT.search(match.normalized.text) or CARD.search(match.normalized.text)) and (
        match.scenario in (None, "order_placed", "invoice", "greeting")
        or match.scenario == "recommend" and (PLACED.search(match.normalized.text) or not _CHOICE_ASKED.search(match.normalized.text))
    ) and "order_change" in library.scenarios:
        return "order_change"  # "送婆婆的 别放价格单 能帮忙写张卡片吗": remarks for a present's parcel
    if match.scenario in ("damaged", "quality_issue", "wrong_missing") and LET_PASS.search(match.normalized.text) and REBUY.search(match.normalized.text) and (
        others := [i.scenario for i in match.intents if i.scenario not in ("damaged", "quality_issue", "wrong_missing") and not library.scenarios[i.scenario].yields]
    ):
        return others[-1]  # "想回购两瓶 上次盒子压扁了我没吭声 这次能包严实点不 有啥活动": an old matter let go, a new order asked about
    if match.scenario in ("delivery_eta", "dispatch_time", "not_shipped") and _HELD_UP.search(match.normalized.text) and "logistics" in library.scenarios:
        return "logistics"  # "包裹喺海關卡咗好幾日 幾時先送到": a parcel held on its way, checked, not a dispatch to promise
    if match.scenario in ("delivery_eta", "not_shipped") and _DAYS_WAITED.search(match.normalized.text) and _STILL_AWAITED.search(match.normalized.text) and not re.search(
            "发货|发了|发出|没发|不发|寄出", match.normalized.text) and "logistics" in library.scenarios:
        return "logistics"  # "到底啥时候到 都第五天了 我在内蒙古": an order days on its way, checked, not a pre-sale estimate
    if match.scenario in (None, "quality_issue") and not severity and OPENED.search(match.normalized.text) and _MIND_CHANGED.search(
        match.normalized.text
    ) and _RETURN_ASKED.search(match.normalized.text) and not QUALITY.search(match.normalized.text) and "return_exchange" in library.scenarios:
        return "return_exchange"  # "用了两次感觉不太适合我 可以退嘛": a change of mind over opened goods, no fault
    return UNDECIDED


_DAYS_WAITED = lazy(r"(?:都|已经|等了?|这都)(?:第)?[#一二两三四五六七八九十几]+天了|第[#一二两三四五六七八九十几]+天了")
_STILL_AWAITED = lazy(r"(?:什么|啥)时候(?:能|才能|才)?到|几时(?:能|才)?到|还(?:不|没)到|怎么还没|咋还没|到底.{0,4}到")
_HELD_UP = lazy(r"(?:包裹|快递|物流|货)[^，,。？?\s]{0,6}卡[了咗住在]|(?:海关|清关)[^，,。？?\s]{0,4}(?:卡|扣|停|好几|几天|没动|查验)")
_MIND_CHANGED = lazy(r"不太?适合|不合适|不喜欢|不想要|不想用|不好用|没效果|没什么效果|太(?:厚|油|黏|干|腻|稀)")
_RETURN_ASKED = lazy(r"(?:可以|能|能不能|可不可以)退|退[吗嘛么不呢]|想退|要退|退掉|退了吧")


def _offers_for_items(match: Match, library: Library, severity: str) -> bool:
    """A price the customer proposes for items the catalogue names, read as a question about them."""
    allowed = (None, "product_info", "product_compare", "dispatch_time", "order_change", "shipping_fee")
    if severity or "bargain" not in library.scenarios or match.scenario not in allowed:
        return False
    return offered(match.normalized.text) and bool(find_products(library, match.normalized.text))

