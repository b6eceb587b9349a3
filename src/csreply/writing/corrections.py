"""Which scenario leads when the matcher's rests on a word that means something else here: a
refund's sum short is no missing item, "给我换个人" is no exchange, "用精华还来得及吗" is no parcel,
one unit cut before dispatch is an order edit, an announced question is a greeting, a tracking
number that shows nothing is the parcel's tracking. Read by the triage. No I/O.
"""

from __future__ import annotations

import re

from ..lazy_pattern import lazy
from .fact_topics import CHARGED_MORE
from .signals import FEWER_WANTED, JUST, NOT_COME, OTHER_AGENT, PAID_NOW, STUCK, UNKEPT, WISH, refund_short


def parcel_lead(match, library) -> str | None:
    """The lead, decided before any other rule, when a message about a parcel is not what the
    matcher's scenario says: a delivery that failed or an order shipped and stuck is the parcel on
    the road (not an order to edit or one waiting to ship); a reply promised and not given is a
    complaint (not a late dispatch). None when no such rule applies."""
    text = match.normalized.text
    if match.scenario in ("logistics", "order_change") and _DELIVERY_FAILED.search(text) and "logistics" in library.scenarios:
        return "logistics"  # "显示派送失败了 我出差不在家 能不能放门卫": a parcel on the road, no order to edit
    if match.scenario == "order_change" and _OUT_NOW.search(text) and not re.search("地址|电话|收件人|取消", text) and "logistics" in library.scenarios:
        return "logistics"  # "派送中了 我人在单位 别放驿站 直接送我单位": out for delivery, a remark reaches nobody; the courier is asked
    if match.scenario == "order_change" and _WHERE_NOW.search(text) and not re.search("电话|收件人|取消|还没发|没发货|再加|加一|一起发|塞", text) and "logistics" in library.scenarios:
        return "logistics"  # "快递到哪了 …能不能先别送 或者改寄到我公司": a parcel on its way, the courier is asked
    if match.scenario == "not_shipped" and _SHIPPED_SAID.search(text) and (STUCK.search(text) or re.search("还没到|没到|没收到", text)) and "logistics" in library.scenarios:
        return "logistics"  # "订单显示已发货五天了 物流一直没更新": shipped and stuck, not waiting to ship
    if match.scenario in ("not_shipped", "dispatch_time", "logistics") and "complaint" in library.scenarios and UNKEPT.search(text) and not _PARCEL_SAID.search(text):
        return "complaint"  # "说好的一个小时给我回复 现在都过去一天了": a reply promised and not given, no parcel
    return None


_WHERE_NOW = lazy(r"(?:快递|包裹|物流)(?:现在)?(?:到哪|走到哪|在哪)")
_DELIVERY_FAILED, _OUT_NOW = lazy(r"派送失败|派件失败|投递失败|配送失败"), lazy(r"派送中|正在派送|在派送|派件中")
_SHIPPED_SAID = lazy(r"已发货|已经发货|已出货|显示发货|发货[了的]?[#\d一二两三四五六七八九十几]+天|发出[了来]?[#\d一二两三四五六七八九十几]+天")
_RETURN_WANTED, _OPENED = lazy(r"(?:想|要|我要|我想)(?:退货|退掉|退了|退)(?:$|[\s，,。！!吧啊])"), lazy(r"拆开|拆了|开封|用了|用过")
_PARCEL_SAID = lazy(r"发货|发了|发出|物流|快递|包裹|单号")


def corrected_lead(match, library) -> str | None:
    """The lead when the matcher's scenario rests on a word that means something else here: a
    refund's sum short ("退了一瓶精华 …怎么才退我一百八几 少了呀") is the refund's matter (the coupon's
    share, checked against the order), not goods missing; "给我换个人" asks for another agent
    beside a complaint, not an exchange. None when the matcher's scenario stands."""
    text = match.normalized.text
    if match.scenario == "wrong_missing" and "refund" in library.scenarios and any(i.scenario == "wrong_missing" and refund_short(text, i.clause) for i in match.intents):
        return "refund"
    if match.scenario == "return_exchange" and "complaint" in library.scenarios and OTHER_AGENT.search(text) and any(i.scenario == "complaint" for i in match.intents) and all(
            OTHER_AGENT.search(i.clause) for i in match.intents if i.scenario == "return_exchange"):
        return "complaint"
    if match.scenario in ("delivery_eta", "dispatch_time") and USED_IN_TIME.search(text) and not re.search("发|寄|快递|到货|收到|物流", text):
        # "12月19号当伴娘 现在开始用精华还来得及吗 还是敷面膜快点": whether it works by then, not a parcel
        from ..understanding.catalogue import find_products

        named = len(find_products(library, text, limit=2))
        sid = "product_compare" if named >= 2 else "product_info"
        return sid if sid in library.scenarios else None
    if match.scenario in ("not_shipped", "dispatch_time", "return_exchange", "refund") and "order_change" in library.scenarios and FEWER_WANTED.search(text) and not re.search("收到|签收|到了|拆", text):
        return "order_change"  # "手滑拍了两瓶 我只要一瓶 还没发货吧 帮我退掉一瓶": the order cut before it ships, no chase
    if match.scenario in ("skin_type", "product_info", "usage") and "return_exchange" in library.scenarios and _RETURN_WANTED.search(text) and _OPENED.search(text) and any(
            c.scenario == "return_exchange" and c.score >= 0.5 for c in match.candidates):
        return "return_exchange"  # "面霜拆开用了两次 太油了我是油皮 想退": a return asked for, the skin its reason
    if match.scenario != "greeting" and "greeting" in library.scenarios and ANNOUNCED.fullmatch(text):
        return "greeting"  # "您好 请问有客服在吗 想请教一下保养品的问题": the question is still to come
    if match.scenario == "courier" and "logistics" in library.scenarios and (TRACKING_FAILS.search(text) or NOT_COME.search(text) and not _FEARED_ROAD.search(text)):
        return "logistics"  # "中通快递 7590… 这单号查了一上午都查不到", "说好今天到的又没到 中通搞什么": the parcel, not a choice of courier
    if match.scenario == "bargain" and "promotion" in library.scenarios and _LATER_CHEAPER.search(text) and not _HAGGLED.search(_LATER_CHEAPER.sub("", text)):
        return "promotion"  # "囤两瓶面霜 双十二会不会更便宜啊 会的话我就等等": a sale waited for, no price pushed down
    if match.scenario in ("wrong_missing", "damaged") and WRONG_FEARED.search(text) and not re.search("收到|到了|签收|拆|打开", text) and all(
            WRONG_FEARED.search(i.clause) for i in match.intents if i.scenario == match.scenario):
        # "拍好了 你帮我看看地址对不对 别寄错了", "拍了哈 送的面膜别给我漏了": a wish before it ships, nothing sent wrong yet
        other = next((c.scenario for c in match.candidates if c.scenario not in ("wrong_missing", "damaged") and c.score >= 0.2), None)
        if other is None and re.search("地址|电话|收件人", text):
            other = "order_change"
        elif other is None and (PAID_NOW.search(text) or re.search(JUST + "(?:拍|付|下单)", text)):
            other = "order_placed"
        return other if other in library.scenarios else None
    if match.scenario == "price_protect" and "shipping_fee" in library.scenarios and re.search("包邮|运费|邮费", text) and CHARGED_MORE.search(text) and not re.search("降|便宜|差价", text):
        return "shipping_fee"  # "不是说包邮吗 怎么结算的时候多了6块": the postage charged, no price fallen
    if match.scenario in ("logistics", "delivery_eta", "not_shipped") and "thanks_bye" in library.scenarios and _WAITING_THANKS.fullmatch(text):
        return "thanks_bye"  # "行 那我等快递了 辛苦小禾啦": a goodbye that waits for the parcel, nothing asked
    feared = [i for i in match.intents if i.scenario in ("refund", "return_exchange") and FEARED.match(i.clause)]
    if match.scenario in ("refund", "return_exchange") and feared and (others := [i.scenario for i in match.intents if i not in feared]):
        return others[0]  # "还有货不 …别我拍了又说没货给我退款": a fear before buying; the stock is asked
    if match.scenario in ("product_info", "dispatch_time", "stock", None) and "bargain" in library.scenarios and _PRICE_OFFERED.search(text):
        return "bargain"  # "两瓶积雪草霜能算300不": a price offered for the items, not a question about them
    if match.scenario in ("delivery_eta", "not_shipped", "return_exchange", "refund") and "logistics" in library.scenarios and _PROMISED_DAYS.search(text) and not re.search("退|到账|发货|没发|未发|揽收", text):
        return "logistics"  # "说两天到 今天都第四天了 …再不到我直接拒收": a parcel late, not a question before buying nor a return
    if match.scenario == "stock" and "product_info" in library.scenarios and re.search("还剩|剩下|剩了|剩的", text) and not re.search("货|库存|补|卖完|没了|断", text):
        return "product_info"  # "面霜五月份买的 还剩一半 还能用吗": what is left of one's own, no stock asked
    if match.scenario in ("logistics", "not_shipped") and not _PARCEL_SAID.search(text) and (others := [i.scenario for i in match.intents if i.scenario != match.scenario]):
        return others[0]  # "精华早上用还是晚上 …我送外卖的一天都在外头": a job told, no parcel
    return None


_PARCEL_SAID = lazy(r"快递|包裹|物流|单号|件|货|收|到|发|寄|驿站|派送|揽|运|转|仓|走|动|更新|下单|拍|买|丢|催|通|顺丰|韵达|京东|邮政|EMS|ems")
# the days promised for a parcel, passed ("说两天到 今天都第四天了", "不是说三天能到吗")
_PROMISED_DAYS = lazy(r"说(?:好)?的?[#\d一二两三四五六七]+天(?:能|就|内|之内)?(?:到|送到)|第[#\d一二三四五六七八九十]+天了[^，,。？?]{0,6}(?:没到|还没到|都没到|不到)|(?:还|再)不到[^，,。？?]{0,4}拒收")
_PRICE_OFFERED = lazy(r"(?:能|可以)?算(?:我)?[#\d]{2,5}(?:元|块)?(?:不|吗|么|行不|可以不|呗)|[#\d]{2,5}(?:元|块)?(?:卖不卖|行不行|能卖吗)")


# a mistake feared before it ships ("别寄错了", "千万别发错哦", "送的面膜别给我漏了", "赠品别少放")
WRONG_FEARED = lazy(WISH + r"(?:又|再)?(?:给我)?(?:(?:寄|发|弄|搞|拿)错|漏|少[发寄放装给]|忘[了记]?[发寄放装给])")
_FEARED_ROAD = lazy(r"会不会|怕|担心|万一|能不能发|能发|可以发")
# waiting told, with thanks, and nothing asked ("好 那我等快递了 辛苦啦", "行吧 我就等着收货了 谢谢")
# (or the thanks first: "好滴 麻烦小禾了 那我等快递咯")
_WAITING_THANKS = lazy(
    r"(?:好[的滴哒嘞]?|行吧?|嗯+|ok|那|那就|我|就)*(?:等(?:快递|着收货|收货|着|到货|消息|你消息|通知)?了?|慢慢等)[啦呀哈哦啊咯喽]*(?:辛苦|谢谢|多谢|感谢)[^？?吗么呢]{0,8}"
    r"|(?:好[的滴哒嘞]?|行吧?|嗯+|ok)*(?:辛苦|谢谢|多谢|感谢|麻烦)[^？?吗么呢等]{0,5}(?:那|那就|我|就)*等(?:快递|着收货|收货|着|到货|消息|你消息|通知)?了?[啦呀哈哦啊咯喽]*")
# a remedy feared, not asked ("别我拍了又说没货给我退款")
FEARED = lazy(WISH + r"[^，,。？?！!\s]{0,8}又")
# a later price asked about ("双十二会不会更便宜", "过几天会降价吗"), and a price pushed down now
_LATER_CHEAPER = lazy(r"(?:会不会|会|还会)(?:更)?(?:便宜|降价|打折|有活动)|(?:便宜|降价)(?:吗|不|么)|更便宜(?:的话)?(?:我就|就)等")
_HAGGLED = lazy(r"便宜[点些一]|少[点些一]|抹[个掉]?零|打[个几]?折|减[点些]|让[点些]|优惠[点些]|\d+(?:块|元)?(?:行|卖|可以|给我)|太贵|好贵|贵了|改[个下]?价")
# a greeting that only announces a question ("有客服在吗 想请教一下保养品的问题")
ANNOUNCED = lazy(r"[^？?]{0,12}?(?:在吗|在不在|在么|有人吗|有客服在?吗|有人在吗)?[，,。？?！!\s]*(?:我)?(?:(?:想|要)?(?:请教|咨询|问)(?:一下|下)?[^，,。？?！!\s]{0,8}?的?(?:问题|事情?)|有[个件点]事(?:儿|情)?(?:想|要)?(?:问问|问一下|问下|请教|咨询))[。？?！!～~]*")
# an item's effect in time for a day ("现在开始用精华还来得及吗", "敷面膜快点")
USED_IN_TIME = lazy(r"(?:用|敷|擦|抹|涂)(?:(?!拍|买|下单)[^，,。？?！!\s]){0,4}还?来得及|(?:用|敷|擦|抹)[^，,。？?！!\s]{0,4}(?:快点|快些|见效快|更快)")
# a tracking number that shows nothing ("单号查不到", "是不是假单号", "物流一直没更新")
TRACKING_FAILS = lazy(r"单号[^，,。？?！!\s]{0,8}(?:查不到|查不了|查无|没有?信息|没显示|不显示)|查不到[^，,。？?！!\s]{0,4}(?:物流|信息|单号)|假单号|单号[^，,。？?！!\s]{0,4}是假的|物流[^，,。？?！!\s]{0,4}(?:没更新|不更新|没动|不动)")


# a review given and its change asked ("差评在哪改", "给了个差评 …怎么改啊", "中评能删掉吗")
REVIEW_CHANGE = lazy(r"(?:差评|中评|评价)[^。？?]{0,24}?(?:怎么|咋|在哪|哪里|哪儿|如何|能不能|能|可以)(?:改|修改|删|追评)|(?:给|打|写)了个?(?:差评|中评)[^。？?]{0,30}(?:怎么|咋|在哪|哪里|哪儿|如何)(?:改|修改|删|弄)")


def review_changed(match, library) -> str | None:
    """"review" when the message asks how to change a review it gave (whatever fault it recalls), else None."""
    return "review" if "review" in library.scenarios and REVIEW_CHANGE.search(match.normalized.text) else None
