"""What the message is about before a script is chosen: how serious the problem is (a skin
reaction, unsafe goods, or neither: the problem decides the remedy) and which scenario leads
(the real question rather than a threat or a feeling next to it, a question asked before buying
rather than a complaint), with the word lists both share with the answers.
"""

from __future__ import annotations

import re

from ..library.loading import Library
from ..understanding.catalogue import find_products
from ..understanding.emotion import is_emotional_word
from ..understanding.match import Candidate
from ..understanding.matcher import Match
from ..understanding.questions import CONDITION, asks
from ..understanding.severity import SHORTFALL, reaction_in, unsafe_in
from .fact_topics import COUPON_UNUSED, EXCHANGE, FEE_PAID, LEAVE_OUT, asked as facts_asked
from .signals import BOUGHT_AT, OTHER_PLATFORM, SEEN_CHEAPER, BOUGHT_ELSEWHERE, EARLIER_MATTER, GIFT_MISSING, HAS_GOODS, NOT_A_CUSTOMER, OUR_GOODS_ASKED, SENT_OTHER, SMALL_TALK, SOMEONE_ELSE, WRONG_CHAT
from .totals import offered

# asking for a remedy, and the problems whose scripts already offer one
REMEDIES = frozenset({"return_exchange", "refund"})
PROBLEMS = frozenset({"damaged", "quality_issue", "wrong_missing", "logistics", "not_shipped"})

# a worry before buying ("想买精华，但是担心用了会过敏"), whatever tense its words take
_BEFORE_BUYING = re.compile(r"想买|打算买|准备买|还没买|担心.{0,6}会|怕.{0,6}会|再想想|心动|不敢买|怕又")
_PRICE_OBJECTION = re.compile(r"太贵|好贵|这么贵|太黑|黑心价|贵了|[#\d]+也太|不值")
HYPOTHETICAL = re.compile(r"会不会|有没有|能不能|可不可以|是不是|会比|亏不亏")
_PLACED = re.compile(r"^(?:我)?(?:已经)?(?:拍好了|拍了|付过了|付好了|已付款|付款了|下单了|下好单了)")
_TWO_SAID = re.compile(r"两款|两个|两种|俩|二者|区别|对比|比较|[和跟与还]|哪个好用|这几款")
GOODS_PROBLEMS = frozenset({"damaged", "quality_issue", "wrong_missing"})
# a script of a clause's own scenario is added beside the lead's only from this confidence: a
# wrong script glued to a right answer ("送啥好" read as a promotion, "出油厉害" as a quality
# complaint) costs more than a question left to the lead's answer (measured on the review
# panels: the glued scripts came from clauses at 0.35–0.55, the needed ones at 0.6 and above)
CLAUSE_SURE = 0.6
CLAUSE_ASKED = 0.4  # … and from this one for a pre-sale question the clause plainly asks ("后天到得了上海不")
UNSURE_LEADS = 0.3  # … and a message unclear as a whole leads with a likely scenario its words plainly ask
CLAUSE_LEADS = 0.8  # a message unclear as a whole is answered by its one clause this sure
STRONG_KEYWORD = 3  # keyword weights from 3 decide a scenario alone (docs/library-format.md)


def small_talk_only(candidate: Candidate, text: str) -> bool:
    """Whether ``candidate``'s only evidence is weak keywords that are part of small talk:
    "你们杭州今天下雨没" holds damaged's 下雨, which says nothing about a parcel."""
    if not candidate.hits or candidate.example_score > 0:
        return False  # decided without looking for small talk (asked of every likely candidate)
    talk = "".join(m.group(0) for m in SMALL_TALK.finditer(text))
    return all(h.weight < STRONG_KEYWORD and h.word in talk for h in candidate.hits)


def severity_of(text: str, library: Library, match: Match) -> str:
    """``reaction`` (skin reaction, injury), ``unsafe`` (spoiled, leaking, dangerous) or "".

    Only after-sale problems have one: "会不会过敏" before buying is a question, not a reaction.
    """
    if match.scenario is not None and library.scenarios[match.scenario].stage == "pre_sale" and not HAS_GOODS.search(text):
        return ""  # "会不会过敏" before buying is a question ("面霜用了脸上红了" is not, whatever matched)
    if HYPOTHETICAL.search(text) and "了" not in text and not _IN_HAND.search(text) or _BEFORE_BUYING.search(text):
        return ""  # "有没有虫眼", "担心用了会过敏" ask before anything happened
    if reaction_in(text):  # "容易发红" is the skin as it is, not a reaction
        return "reaction"
    if unsafe_in(text):
        return "unsafe"
    return ""


# a clause that asks something (the lead and the answers per clause)
ASKS = re.compile(r"[吗呢么不没？?]$|[吗呢么？?]|什么|咩|啥|怎么|哪|多少|多久|几|能不能|可不可以|有没有|够不够|是不是|会不会|推荐|介绍|好用|问下|问一下|请问|想问|帮我(?![^，,。？?\s]{0,6}了)")  # "客服帮我换了货": done, not asked


# when an order ships, asked of a payment or a day ("拍的话周日给发吗", "周六付款 周一发不发")
_ASKS_DISPATCH = re.compile(r"(?:拍|付款|付的|下单).{0,12}(?:给发|发货|发吗|发不|发出|才发|再发)|(?:周|星期|礼拜)[一二三四五六日天](?:给|能|会|才|再)?发")


# an order to cancel ("取消一单", "帮我取消吧") and goods already in hand (then it is a return)
_CANCELS_ORDER = re.compile(r"取消")
_RECEIVED = re.compile(r"收到|签收|到了|到货|拆|用了|寄回|退回去|挤出来|打开后|打开发现")
# the goods in the customer's hand, however the doubt is put ("挤出来有黑色颗粒 是不是过期货")
_IN_HAND = re.compile(r"挤出来|打开后|打开发现|倒出来|收到的|拿到的")


_GOODS_FAULT = re.compile(r"是干的|干掉了|干巴巴|几乎没有|没什么精华|一点都没有|都这样|少了一半|空的|跟水一样|像水一样|稀得像水|稀得跟水")
SEES_DOCTOR = re.compile(r"医院|医生|皮肤科|看病|挂号|吃什么药|吃啥药|什么药|啥药")
_HAD_ONE = re.compile(r"这次的|跟上次|和上次|给个说法|找小二|找天猫|投诉|差评|要退货|要退款|退钱")
_TROUBLE_SAID = re.compile(r"坏|破|漏|碎|裂|变质|过期|异味|怪味|发霉|假货|质量|不对|没效果|烂|脏|少了|没收到|发错|问题|没看见|没看到|没找到|没给|没放|不见|没有")
_CHANGE = re.compile(r"改|换|错|修改|更换|取消|不要|备注|延|晚点|先别|重新")
BOUGHT_OR_DROPPED = re.compile(r"买了|买的|付了|付款|付的|拍了|拍的|下单了|下的单|降|便宜了|差价|保价|价保|变成?[#\d]")
_PAID_NOW = re.compile(r"拍好了|付了|已付|付款了|下单了|拍了|已经付|付好了")
_THANKED = re.compile(r"谢谢|多谢|感谢|辛苦了")
_STUCK = re.compile(r"没动|不动|没更新|不更新|停在|中转|丢了|卡在")
_COUPON_MISSED = re.compile(r"券.{0,6}(?:忘|没)(?:了)?领|忘领|没领到|领不到券")
_WAIT_TO_BUY = re.compile(r"等[^，,。？?！!\s]{0,6}再买|再买|怕又?降|会不会降|降价了?再|等降价")
_WORRIED = re.compile(r"怕|担心|不敢|顾虑")
_SERVICE_SCORNED = re.compile(r"平台介入|投诉|12315|德行|好欺负|服务(?:还|也)?(?:这|太|真)")  # "卖这么贵 服务还这个德行"
_ARRIVAL = re.compile(r"几天(?:会|能|可以)?(?:到|收到)|多久(?:能|会)?到|几时(?:能|会)?(?:到|收到)|什么时候(?:能|会)?(?:到|收到)")
_COURIER_ASKED = re.compile(r"(?:能|可以|能不能)(?:发|走|换|指定)|(?:发|走)[^，,。？?！!\s]{0,4}(?:吗|不|么)")  # "能发顺丰不": a courier asked for
_COURIER_FAILS = re.compile(r"不送上门|不送货上门|扔驿站|放驿站|扔快递柜|电话都不打|不打电话|不给送")
_SKIN_CRACKED = re.compile(r"(?:脸|脸蛋|手|嘴|嘴唇|皮肤|嘴角)[^，,。？?！!\s]{0,3}(?:冻|干|皴)裂")
_REFUND_SHORT = re.compile(r"只退|才退|退了我[#\d]|(?<![能以])退我[#\d]+(?![#\d]*\S{0,2}[不吗么嘛])|退款[#\d]+")  # not "能退我20不": a difference asked
# "20号签收的", "前天到的": the day the parcel arrived (also return_answers.py)
ARRIVED_ON = re.compile(r"签收的|签收了|到的|收到的|到货")
_RETURN_ASKED = re.compile(r"怎么退|能退|可以退|想退|要退|退货|不想要了|无理由")
_RESTOCK = re.compile(r"补货|缺货|断货|没货|到货通知")
_REVIEW_CHANGE = re.compile(r"(?:差评|中评|评价)[^，,。？?！!\s]{0,4}(?:怎么|咋|如何|能不能|可以|能)?(?:改|修改|删|追评)|改(?:成|为)?好评|改评价|(?:差评|中评).{0,12}(?:能改吗|能改不|改吗|可以改吗|能不能改|怎么改)")
_REVIEW_ACT = re.compile(r"好评|差评|中评|追评|改评|评价.{0,3}(?:改|删|写)|返现|晒图|晒单")
_PRICE_TALK = re.compile(r"贵|便宜|价|优惠|少点|抹零|[#\d]|块|元|钱|折|券|送")
_HOW_NOW = re.compile(r"还怎么用|还咋用|这怎么用|这咋用|让我怎么用|叫我怎么用")
_USE_WORDS = re.compile(r"用法|怎么用|如何用|怎么抹|怎么涂|怎么敷|先用|后用|用多少|几次")


# a refund's money that has not come ("退款…还没到", "钱还没退"): no parcel is late
_MONEY_LATE = re.compile(r"(?:退款|到账|退钱|退的钱).{0,16}(?:没到|没收到|没退|不到)|钱.{0,4}(?:没到|还没|没退|没收到)")


# the customer complains of being passed around or ignored, not of the goods
_PASSED_AROUND = re.compile(r"推来推去|一个推一个|踢皮球|互相推|推卸|没人管|没人理|没人处理|没人回|找了好几次|问了好几次|催了好几次|说了好几次|一直拖|拖了这么久|一拖再拖")


_NOT_GOODS = re.compile(r"好吃的|馆子|餐厅|美食|小吃|景点|好玩的|酒店|民宿|去.{0,6}玩|旅游|攻略|祝福语|文案|情话|写一段|写几句|写首")
# a card written for a present ("能帮忙写张卡片吗", "写个贺卡"): a remark the warehouse is asked about
CARD = re.compile(r"写[张个一]?(?:张|个)?(?:小)?(?:卡片|贺卡|祝福卡|卡)|(?:卡片|贺卡|祝福卡)(?:上)?(?:写|帮)|手写卡")
_CHOICE_ASKED = re.compile(r"搭[一#]套|配[一#]套|搭配|[一#]套|推荐|哪款|哪个|哪几|买什么|买啥|选什么|选啥|挑|送什么|送啥|有什么好|有啥好")
_LOYAL_PERK = re.compile(r"(?:老客|老顾客|回头客|回购|老粉|会员).{0,12}(?:券|优惠|福利|活动|折扣|礼)")
# a price pushed down ("便宜点", "抹个零", "350行不"): haggling, not a question about the offers
HAGGLES = re.compile(r"便宜|少[点些一]|抹[个掉]?零|打[个几]?折|减[点些]|让[点些]|优惠[点些]|\d+(?:块|元)?(?:行|卖|可以|给我)|贵")


def _cheaper_elsewhere(norm: str, library: Library) -> str | None:
    """A lower price seen elsewhere: price protection when the item was bought here ("双十一拍的199
    今天直播间才169"), else a price held against ours ("pdd上才卖139 你们168", "直播间才169还送小样")."""
    if not SEEN_CHEAPER.search(norm):
        return None
    if BOUGHT_AT.search(norm) and not OTHER_PLATFORM.search(norm) and "price_protect" in library.scenarios:
        return "price_protect"
    return "bargain" if "bargain" in library.scenarios else None


def lead_scenario(match: Match, library: Library, severity: str) -> str | None:
    """The scenario the drafts answer: the matcher's, except that a threat or a feeling next to
    a real question ("我要差评！东西用了一次就坏了") leaves the question to lead, and a skin
    reaction or spoiled goods nobody recognised is still a quality problem."""
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
    if match.scenario == "review" and not _REVIEW_ACT.search(match.normalized.text) and _WORRIED.search(match.normalized.text) and (
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
    if match.scenario == "courier" and _COURIER_FAILS.search(match.normalized.text) and not _COURIER_ASKED.search(match.normalized.text) and (
        "logistics" in library.scenarios
    ):
        return "logistics"  # "中通天天不送上门 直接扔驿站": the delivery complained of, not a courier to choose
    if match.scenario in GOODS_PROBLEMS and _SKIN_CRACKED.search(match.normalized.text):
        # "宝宝脸蛋冻裂了 能抹你家面霜不": the skin is cracked, not the goods
        return "product_info" if "product_info" in library.scenarios and find_products(library, match.normalized.text) else None
    if match.scenario == "price_protect" and _REFUND_SHORT.search(match.normalized.text) and "refund" in library.scenarios:
        return "refund"  # "退了精华 为啥只退我188 我付的199": part of a refund, not a price that fell
    if match.scenario == "order_placed" and LEAVE_OUT.search(match.normalized.text) and "order_change" in library.scenarios:
        return "order_change"  # "拍好了 收件人是我妈 包裹里别放价签": a remark for the parcel, answered by its script
    if match.scenario == "order_change" and _STUCK.search(match.normalized.text) and "物流" in match.normalized.text and (
        "logistics" in library.scenarios
    ):
        return "logistics"  # "物流在转运中心三天没动了 能不能拦截改寄": the parcel is on its way, not an order to edit
    if match.scenario == "payment" and _COUPON_MISSED.search(match.normalized.text) and "promotion" in library.scenarios:
        return "promotion"  # "刚拍下还没付 能改下价吗 券我忘领了": the coupon's rule, not how to pay
    if match.scenario in ("not_shipped", "logistics") and _RESTOCK.search(match.normalized.text) and "stock" in library.scenarios and not re.search(
        "付款|付了|下的单|下单了|拍了|拍的", match.normalized.text
    ):
        return "stock"  # "洗面奶啥时候补货啊 都缺好几天了": the item is out of stock, no order waits
    if WRONG_CHAT.search(match.normalized.text) and not severity:
        return None  # "刚才那句发错了 是发给我同事的": nothing to answer but a kind word (choosing.py)
    if EARLIER_MATTER.fullmatch(match.normalized.text):
        return None  # "就上次那个 你知道的": nothing in it to answer but a request to say it again
    if re.search("差评.{0,4}在路上", match.normalized.text) and not re.search("快递|包裹|物流|单号|发货|到货|收到", match.normalized.text):
        return "complaint" if "complaint" in library.scenarios else None  # "差评已经在路上了": a threat, no parcel
    if _PASSED_AROUND.search(match.normalized.text) and "complaint" in library.scenarios:
        # "退个货推来推去 再不处理我差评": the handling is the complaint; a policy lecture that sends
        # the customer off to apply again is the very thing complained of, so the complaint leads
        return "complaint"
    if match.scenario in ("complaint", "quality_issue", "order_change") and _REVIEW_CHANGE.search(match.normalized.text) and "review" in library.scenarios:
        return "review"  # "之前手快给了个差评 现在问题解决了 差评怎么改": a review to change, no complaint now
    if match.scenario in ("product_compare", "product_info", "recommend", "usage", "review") and re.search(f"{HAS_GOODS.pattern}|挤出来", match.normalized.text) and (
        _GOODS_FAULT.search(match.normalized.text) and "quality_issue" in library.scenarios
    ):
        return "quality_issue"  # "面膜拆开里面是干的 精华几乎没有": the goods are faulty, nothing to compare
    if match.scenario == "complaint" and SOMEONE_ELSE.search(match.normalized.text) and not re.search(
        "你们|你家|客服|店|商品|东西|快递|物流|订单|退|发货", match.normalized.text
    ):
        return None  # "我男朋友老是不回消息怎么办": a life's complaint, not one about the shop
    if match.scenario in ("hesitation", "greeting") and SMALL_TALK.search(match.normalized.text) and not HAS_GOODS.search(match.normalized.text) and not (
        find_products(library, match.normalized.text) or re.search("买|拍|下单|价|贵|便宜|优惠|活动|发货|快递", match.normalized.text)
    ):
        return None  # "今天杭州下雨不 想下午去西湖逛逛": small talk, no purchase weighed
    if match.scenario == "shipping_fee" and FEE_PAID.search(match.normalized.text) and "dispatch_time" in library.scenarios:
        # "已经付款了 运费12块也补了 麻烦尽快寄出": the fee is settled; when it ships is what is asked
        return "order_placed" if _PAID_NOW.search(match.normalized.text) and "order_placed" in library.scenarios else "dispatch_time"
    if match.scenario == "bargain" and _LOYAL_PERK.search(match.normalized.text) and not HAGGLES.search(match.normalized.text) and (
        "promotion" in library.scenarios
    ):
        return "promotion"  # "老顾客了 回购有没有老客专属券": the shop's offers, not a price defended
    if _offers_for_items(match, library, severity):
        return "bargain"  # "精华加洁面一共278 给个270行吗": a price of the customer's own for named items
    if match.scenario is not None and not severity and SHORTFALL.search(match.normalized.text) and "wrong_missing" in library.scenarios and (
        match.scenario in ("damaged", "logistics") or library.scenarios[match.scenario].stage == "pre_sale" and re.search(f"{HAS_GOODS.pattern}|拍了|拍的", match.normalized.text)
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
        or match.scenario == "recommend" and (_PLACED.search(match.normalized.text) or not _CHOICE_ASKED.search(match.normalized.text))
    ) and "order_change" in library.scenarios:
        return "order_change"  # "送婆婆的 别放价格单 能帮忙写张卡片吗": remarks for a present's parcel
    if match.scenario is None:
        if severity and "quality_issue" in library.scenarios:
            return "quality_issue"
        norm = match.normalized.text
        cheaper = None if severity else _cheaper_elsewhere(norm, library)
        if cheaper:
            return cheaper
        if SHORTFALL.search(norm) and HAS_GOODS.search(norm) and "wrong_missing" in library.scenarios:
            return "wrong_missing"  # "买咗两支 得一支到": an item short, however it is said
        if _PLACED.search(norm) and LEAVE_OUT.search(norm) and "order_change" in library.scenarios:
            return "order_change"  # "已经拍了 包裹里别放价签": a remark for the parcel
        if _PLACED.search(norm) and not severity and "order_placed" in library.scenarios and not any(
            i.score >= CLAUSE_LEADS for i in match.intents
        ):
            return "order_placed"  # "拍好了付过了 你查下 备注里写了…": an order to confirm, whatever it adds
        if _ASKS_DISPATCH.search(match.normalized.text) and any(
            c.scenario == "dispatch_time" and c.score >= UNSURE_LEADS for c in match.candidates[:2]
        ):
            return "dispatch_time"  # "周六晚上拍的话是周日给发还是等到下周一": the likeliest, and plainly asked
        # "别给我发圆通啊 我们小区圆通老丢件": one clause plainly asks, the rest says why
        sure = [i for i in match.intents if i.score >= CLAUSE_LEADS and not library.scenarios[i.scenario].yields]
        return sure[0].scenario if len(match.intents) == 1 and sure else None
    top = match.candidates[0] if match.candidates else None
    if match.scenario == "recommend" and _NOT_GOODS.search(match.normalized.text) and not find_products(library, match.normalized.text):
        return None  # "下周去西湖玩 有啥好吃的馆子推荐不": not a recommendation of the shop's goods
    if not severity and top is not None and top.scenario == match.scenario and small_talk_only(top, match.normalized.text):
        return None  # chit-chat about the weather is no broken parcel
    if match.scenario in GOODS_PROBLEMS and not severity and not _TROUBLE_SAID.search(match.normalized.text) and (
        facts_asked(match.normalized.text) and "product_info" in library.scenarios
        and not GIFT_MISSING.search(match.normalized.text) and not SHORTFALL.search(match.normalized.text)
    ):
        return "product_info"  # "开封了能放多久 我一个月才用一点点": a question about the item, no problem told
    if match.scenario == "order_change" and not _CHANGE.search(match.normalized.text) and _PAID_NOW.search(match.normalized.text) and (
        "order_placed" in library.scenarios
    ) and not LEAVE_OUT.search(match.normalized.text):  # "…包裹里别放价签": a remark asked, answered by order_change
        return "order_placed"  # "拍好了付了 地址填的我公司 你看下没问题吧": a check of the order, no change asked
    norm0 = match.normalized.text
    if match.scenario == "price_protect" and not BOUGHT_OR_DROPPED.search(norm0) and "promotion" in library.scenarios:
        return "promotion"  # "精华面霜一起拍 券能用吧 实付多少": a price before buying, nothing bought to protect
    if match.scenario == "recommend" and _PAID_NOW.search(norm0) and "发" in norm0 and "dispatch_time" in library.scenarios:
        return "dispatch_time"  # "已付款 麻烦快点发哈 要送闺蜜的": a paid order to send, not a present to choose
    if match.scenario in GOODS_PROBLEMS and not severity and not _TROUBLE_SAID.search(norm0) and _THANKED.search(norm0) and (
        "thanks_bye" in library.scenarios
    ):
        return "thanks_bye"  # "谢谢 回得好快 收到再跟你说": thanks, and the goods not even here
    if match.scenario == "courier" and _STUCK.search(norm0) and not re.search("别(?:给我)?发|不要发|上回|上次", norm0) and "logistics" in library.scenarios:
        return "logistics"  # "物流三天没动了 中通的 是不是丢了": the courier named, the parcel stuck
    if match.scenario == "invoice" and LEAVE_OUT.search(norm0) and "order_change" in library.scenarios:
        return "order_change"  # "备注别放发票和价格单": a remark for a gift, not an invoice asked for
    if not severity and (match.scenario not in GOODS_PROBLEMS or not HAS_GOODS.search(norm0)) and SEEN_CHEAPER.search(norm0) and (
        "bargain" in library.scenarios
    ):
        return _cheaper_elsewhere(norm0, library)
    if match.scenario == "review" and not _REVIEW_ACT.search(match.normalized.text) and "suitable" in facts_asked(match.normalized.text) and (
        "product_info" in library.scenarios and find_products(library, match.normalized.text)
    ):
        return "product_info"  # "看评价很多人推修护霜 我适合吗": reviews read, a question about the item
    scorned = match.scenario == "bargain" and _SERVICE_SCORNED.search(match.normalized.text) and not re.search(r"便宜|少点|优惠|打折|改价|抹零|\d{2,}", match.normalized.text)
    if match.scenario == "bargain" and (scorned or not _PRICE_TALK.search(match.normalized.text) and any(i.scenario == "complaint" for i in match.intents)) and (
        "complaint" in library.scenarios
    ):  # "对老客户就不上心了 每次都是套话", "卖这么贵 服务还这个德行 等着平台介入吧": the service complained of, no price asked
        return "complaint"
    if match.scenario in GOODS_PROBLEMS and SMALL_TALK.search(match.normalized.text) and not HAS_GOODS.search(match.normalized.text):
        return None  # "杭州冷不冷 我们这边零下了 手都冻裂了哈哈": no goods to be broken
    if match.scenario in ("price_protect", "promotion") and re.search(COUPON_UNUSED, match.normalized.text) and "promotion" in library.scenarios:
        return "promotion"  # "优惠券领了 下单怎么没减": the coupon's threshold, not 保价
    if match.scenario == "price_protect" and EXCHANGE.search(match.normalized.text) and "return_exchange" in library.scenarios:
        return "return_exchange"  # "没拆 能换成面膜吗 差价怎么算": an exchange's difference, not 保价
    if match.scenario in REMEDIES and _CANCELS_ORDER.search(match.normalized.text) and not _RECEIVED.search(match.normalized.text) and (
        "order_change" in library.scenarios
    ):
        return "order_change"  # "拍了两单 麻烦取消一单 钱多久退": a cancel before dispatch, not a return
    if severity and (match.scenario in REMEDIES or match.scenario == "complaint" and HAS_GOODS.search(match.normalized.text)) and (
        "quality_issue" in library.scenarios
    ):
        # "有点酸味 是不是坏了 能换吗": spoiled goods or a reaction lead, with their own remedies;
        # "用了三天脸又红又痒 必须给个说法": the reaction is answered, not an escalation menu
        return "quality_issue"
    if match.scenario in PROBLEMS and not severity and _PRICE_OBJECTION.search(match.normalized.text):
        # "这个面霜168也太黑了吧" is about the price, not a broken item
        return "bargain" if "bargain" in library.scenarios else match.scenario
    norm = match.normalized.text
    # "收到面霜盒子压得稀烂 …能不能用点心": goods received, so no question asked before buying
    asked_before = HYPOTHETICAL.search(norm) and "了" not in norm and not _RECEIVED.search(norm) and not _STUCK.search(norm) or _BEFORE_BUYING.search(norm)
    # "精华早上用还是晚上用" asks how to use an item nobody says they have: not a complaint
    # … but a parcel stuck on its way ("物流三天没动了 中通的") is an order already placed
    asked_before = asked_before or (not severity and not HAS_GOODS.search(norm) and not _STUCK.search(norm) and bool(facts_asked(norm)))
    # "是不是假货啊 这次的洗面奶味道跟上次不一样 再不给个说法…": an order had, a complaint made
    asked_before = asked_before and not _HAD_ONE.search(norm)
    claimed = re.search(r"说好|买满|满了|没看到|没收到|没给|没送", norm)
    if (not asked_before or claimed) and GIFT_MISSING.search(norm) and "wrong_missing" in library.scenarios:
        return "wrong_missing"  # the gift promised is not in the box
    if match.scenario in PROBLEMS | {"price_protect"} and asked_before:
        # "面霜会不会闷痘" asks before buying: a question about the item, not a quality complaint
        # 保价 before buying is a promotion question; a courier's habits before buying, the courier's
        instead = {"price_protect": "promotion", "logistics": "courier"}.get(match.scenario, "product_info")
        if instead in library.scenarios:
            return instead
        asked = [c.scenario for c in match.candidates if library.scenarios[c.scenario].stage == "pre_sale"]
        return asked[0] if asked else match.scenario
    if severity == "unsafe" and library.scenarios[match.scenario].stage == "pre_sale" and "damaged" in library.scenarios:
        return "damaged"  # "包装烂晒 精华漏到成个盒都系": leaking goods on arrival, however it is said
    if severity and HAS_GOODS.search(norm) and (library.scenarios[match.scenario].stage == "pre_sale" or match.scenario == "usage") and (
        "quality_issue" in library.scenarios
    ):
        # "精华用完脸上爆痘了怎么办" is no question of how to use it either
        return "quality_issue"  # "面霜用了脸上红了好担心": a reaction to the item used, not a doubt before buying
    if len(match.intents) >= 2:
        # "20号签收的精华 … 不想要了 怎么退": the parcel came; its clause says when, the return is asked
        arrived = ARRIVED_ON.search(match.normalized.text) and _RETURN_ASKED.search(match.normalized.text)
        real = {
            i.scenario for i in match.intents if not feeling_only(i.clause, i.scenario, library)
            and not (arrived and i.scenario in ("logistics", "not_shipped"))
            and not (severity and i.scenario == "usage" and _HOW_NOW.search(i.clause))  # "漏了一半 这还怎么用": the feeling
        }
        sure = {i.scenario for i in match.intents if i.score >= CLAUSE_SURE} | {match.scenario}
        if len(real) == 1 and real <= sure:
            return real.pop()  # the one real question leads (not an unsure clause's guess at one)
        # a problem leads only when its clause is sure ("这都7天了" at 0.46 is not a dispatch complaint)
        problems = [
            i.scenario for i in match.intents if i.scenario in PROBLEMS and i.score >= CLAUSE_SURE
            and not (arrived and i.scenario in ("logistics", "not_shipped"))
            and not (i.scenario == "wrong_missing" and re.search("少了?[一#]?点", i.clause))  # "就少了一点点": used, not missing
        ]
        if _MONEY_LATE.search(match.normalized.text):
            # "退款说两个工作日到 这都第四天了还没到": the money is late, not a parcel
            problems = [p for p in problems if p not in ("logistics", "not_shipped")]
        if match.scenario in REMEDIES and problems:
            return problems[0]  # "面霜漏液了，我要退款": the problem leads, its options include the refund
        asking = {
            i.scenario for i in match.intents if i.scenario in real and ASKS.search(i.clause)
            and not (i.scenario == "usage" and not _USE_WORDS.search(i.clause))  # "咋操作" beside an exchange
            and not (i.scenario == "price_protect" and (not BOUGHT_OR_DROPPED.search(match.normalized.text) or re.search("顺丰|改发|换快递", match.normalized.text)))  # "实付多少" before buying; "改发顺丰 差价怎么补"
        }
        if not problems and len(asking) == 1 and library.scenarios[next(iter(asking))].stage == "after_sale":
            return asking.pop()  # "我是油皮，能换成精华吗": the statement is context, the question leads
    return match.scenario


def _offers_for_items(match: Match, library: Library, severity: str) -> bool:
    """A price the customer proposes for items the catalogue names, read as a question about them."""
    allowed = (None, "product_info", "product_compare", "dispatch_time", "order_change", "shipping_fee")
    if severity or "bargain" not in library.scenarios or match.scenario not in allowed:
        return False
    return offered(match.normalized.text) and bool(find_products(library, match.normalized.text))


def feeling_only(clause: str, scenario: str, library: Library) -> bool:
    """A clause that only shows a feeling or a threat ("好担心", "我要差评"), or a greeting."""
    sc = library.scenarios[scenario]
    # "快递一直不动" holds a feeling word (一直不) but states a problem: only short clauses or the
    # scenarios of feelings themselves count
    return sc.yields or (is_emotional_word(clause) and (scenario in ("complaint", "hesitation") or len(clause) <= 4))
