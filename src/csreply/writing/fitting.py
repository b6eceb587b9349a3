"""Which of a scenario's scripts fit a message, and in which order: the facts they need are known,
they are written for this problem, this customer type and this item's category, they do not ask
what the message already says; a script about what the message asks for (a missing gift, the
change it names) comes first, and a missing-gift draft states the shop's gift rule.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..cache import short_text_cache
from ..library.model import Product, Script
from . import facts
from .draft import Context, Draft
from .rendering import asks_only_known, bare_rule, compares, script_placeholders
from .signals import GIFT_MISSING, HAS_GOODS, IN_TOWN, MONEY_LATE, NOT_TO_DOOR, OTHER_AGENT, OVERDUE_SAID, SENT_OTHER, count_short, other_item_asked
from .readback import NEW_NAME
from ..lazy_pattern import lazy

_OPTIONAL = frozenset({"deadline", "message.problem"})  # a missing problem drops its sentence only
# scripts that ask which item the customer means: pointless when the message names it
_WHICH_ITEM = ("哪一款", "哪两款", "哪款呢", "链接或者编号", "链接或名称", "商品链接")


def available(script: Script, values: dict[str, str]) -> bool:
    """Whether every placeholder of ``script`` has a non-empty value (e.g. a product is known)."""
    for name in script_placeholders(script):
        if name not in _OPTIONAL and not values.get(name):
            return False
    return True


def fits(script: Script, ctx: Context) -> bool:
    """Whether ``script`` fits this message: its facts are known, it is written for this problem,
    it does not ask which item a message names, nor offer a refund before the problem is known."""
    if not available(script, ctx.values):
        return False
    if script.severity and script.severity != ctx.severity:
        return False
    if ctx.products and any(w in script.text + script.opening for w in _WHICH_ITEM):
        return False
    if ctx.severity and script.template == "fabe" or _wrong_category(script, ctx):
        return False
    if _re_asks(script, ctx) or _beside_the_point(script, ctx) or asks_only_known(script.text, ctx.message):
        return False
    if not ctx.products and len(ctx.library.products) >= 2 and "这款的" in script.text and "{product." not in script.text:
        return False  # "怎么用啊 早晚都要用吗" names no item of several: "这款的使用说明" speaks of none
    if script.template == "fabe" and unsuited(ctx):
        return False  # a benefit for dry skin is not offered to oily skin
    if ctx.pair is not None and complementary(ctx.pair) and _SUBSTITUTES.search(all_text(script)):
        return False  # a serum and a cream are not "两款都能解决": their roles are the answer
    if len(ctx.products) < 2 and _TWO_ITEMS.search(all_text(script)):
        return False  # "你家精华比猫超贵": one item (or none) named, so no "这两款各有侧重"
    if script.text.startswith(("不客气", "应该的")) and not _THANKS_SAID.search(ctx.message):
        return False  # "好的 拜拜": no thanks to answer with "不客气"
    # no refund before a problem with the order is known: first ask what went wrong
    # … nor "您的问题我已经记录并升级" before the customer has said what the problem is
    claims = _offers_refund(script) or bool(_RECORDED.search(all_text(script)))
    # "天猫旗舰店就这质量": quality scorned, no fault told yet: ask first, no remedy menu
    vague = ctx.lead == "quality_issue" and not ctx.severity and bool(_SCORN.search(ctx.message)) and not _FAULT_TOLD.search(ctx.message)
    return not (ctx.lead == "complaint" and claims and not order_problem(ctx)) and not (vague and (claims or script.options))


_SCORN, _FAULT_TOLD = lazy(r"就这|这什么|开眼|呵呵|真行|服了"), lazy(r"坏|破|漏|碎|裂|变质|过期|味|霉|假|没效果|烂|脏|少|错|过敏|痒|红|痘|稀|干|不了|不能用|不出|结块|分层|变色|发黄|毛|刺|疼|痛|不好用|不行|没用|问题")
_TWO_ITEMS, _RECORDED = lazy(r"这两款|两款|这两个|两个产品|两样"), lazy(r"已经记录|已记录|已经升级")

# what a script may ask the customer, and how a message already says it ("后天能到上海吗")
_ASKS_AGAIN = (
    (re.compile(r"收货城市|哪个城市|寄到哪|发到哪里|哪个省"), re.compile("|".join((*facts.REGIONS, *facts.CITIES)))),
    (re.compile(r"哪天要|哪天用|什么时候要用|几号要"), re.compile(r"今天|明天|后天|大后天|周[一二三四五六日天末]|星期|礼拜|\d+号|\d+月\d+")),
    # "客服态度太差了": what displeased is said
    # … and "找你们三回了 每回都说核实": the matter was told before, asking again is the very complaint
    (re.compile(r"商品、物流还是服务|哪里让您不满意"), re.compile(r"客服|态度|服务|爱理不理|不理人|物流|快递|商品|质量|东西|面霜|精华|洁面|面膜|洗面奶|核实|[几两三四五][回次遍]|每回|每次都|没人管|推来推去")),
    # "跟超市那种有啥不一样", "和我以前用的比呢": the other is a kind of goods, with no name or link to send
    (re.compile(r"另一款把名字或链接"), re.compile(r"超市|商场|普通的?|一般的?|别家|别人家|其他家|其它家|别的牌子|其他牌子|其它牌子|皂基|平价|大牌|专柜|网红款|(?:以前|之前|平时|现在)用的")),
    # "地址没问题 赶紧发": the customer has checked the address, asking to check it is not listening
    (re.compile(r"核对一下[^。！？]{0,10}地址|地址是否正确|地址没问题的话"),
     re.compile(r"地址(?:都|也)?(?:没问题|没错|没有问题|是对的|对的|正确|核对过|确认过|不用改|就?(?:用|按|是)?默认)|默认地址")),
    # "要不发顺丰": the courier is named
    (re.compile(r"想用的快递|用什么快递|哪家快递|指定的快递"), re.compile(r"顺丰|中通|圆通|韵达|申通|邮政|京东快递|EMS|ems|极兔")),
    # "帮我改成浙江省宁波市…", "电话写错一位 改成139…", "加上门牌号302": the new details are given
    (re.compile(r"(?:新的|正确的)[^，。]{0,10}地址[^，。]{0,8}发我|把新的地址"),
     # … and a typo put right ("宁波写成宁坡了", "杭州写成航州"): the two spellings share a character
     re.compile(r"([\u4e00-\u9fff])[\u4e00-\u9fff]{0,3}(?:写成|打成|填成)了?\1|[\u4e00-\u9fff]{0,3}([\u4e00-\u9fff])(?:写成|打成|填成)了?[\u4e00-\u9fff]{0,3}\2|(?:改成|改为|换成|加上|补上|是)\s*[^，,。？?！!\s]{0,12}(?:[省市县镇路街巷道号栋幢楼室]|(?<!小)区)|(?<!\d)1[3-9]\d{9}(?!\d)|门牌|(?:省|市|区|县)[^，,。？?！!\s]{0,16}(?:\d+|[xX]{2})\s*(?:号|弄|栋|幢|楼|室)"
                r"|[省市][^，,。？?！!\s]{0,8}[区县][^，,。？?！!\s]{0,16}?(?:\d+|[xX]{2})\s*[号栋幢楼室小区]|" + NEW_NAME.pattern)),  # "是王婧不是王静"  # "改成家里 宁波市鄞州区…88号": spelled out, to the number
)


# an item reported out of stock ("页面显示没货了 啥时候补"), not feared ("别我拍了又告诉我缺货", "是不是要断货了") nor
# asked ahead of the answer ("仲有冇貨？冇嘅話幾時補貨": if it is out, when)
_OUT_REPORTED = re.compile(
    r"^(?!.*(?:怕|担心|万一|又说|告诉我|会不会|到时候|跟我说|又跟|不想|不要|别)[^，,。？?！!\s]{0,6}(?:没货|缺|断))"
    r"(?!(?!.*(?:补|返货|返貨)).*(?:上回|上次|之前|以前)[^，,。？?！!\s]{0,6}(?:没货|缺|断))(?!.*(?:上回|上次|之前|以前)[^，,。？?！!\s]{0,6}(?:没货|缺|断).*(?:(?:现在|已经)[^，,。？?！!\s]{0,3}(?:补上|补了|有货|到货)|补上了?[没吗么]|有货了[没吗么]|到货了[没吗么]))"  # (nor "上回来断货了" with no restock asked: a past one)
    r"(?!(?=.*(?:还有(?:没有)?[货貨]|有[货貨][吗么没不]|有没有[货貨]|有冇[货貨]|仲有冇))(?!.*(?:没[货貨]|缺[货貨]|断[货貨]|售罄|卖完|賣完|没库存|无[货貨]|卖晒|賣晒|显示|顯示|没了|沒了|补货中|補貨中|抢空|搶空|抢光|库存紧张|拍不了|买不了|點不了|点不了|下架|没抢到)))"  # ("仲有冇貨？幾時補貨": the stock asked first)
    r"(?!.*(?:没有?的话|没货的话|冇嘅[话話]|如果没|要是没|缺货的话))(?!.*(?:快要?(?:断货|没货|卖完)|是不是(?:快|要)(?:断货|没货|卖完)))(?=.*(?:没货|缺货|断货|补货|售罄|卖完|没库存|无货|卖晒|賣晒|返货|返貨)(?!的话))")
_NOT_OUT_REPORTED = re.compile(r"^(?!" + _OUT_REPORTED.pattern + r")")


# "五天才到": the parcel came, late; nothing to look for, nothing lost
_ARRIVED_LATE = r"(?:[\d一二两三四五六七八九十几]+|好几|半个?月|一周|一个礼拜)天?才(?:到|收到|送到)|(?<![明后])天才(?:到|收到|送到)(?![吗么没])|终于(?:到|收到|送到)了|总算(?:到|收到|送到)了"
_NOT_YET_ORDERED = re.compile(r"^(?!.*(?:已经?拍|拍了|拍好|下单了|下了单|已下单|付款了|付了款|付过|已付|订单号|这单|那单)).*(?:能用就拍|就拍|想(?:给[^，,。？?！!\s]{0,4})?也?买|准备买|打算买|还没拍|还没下单|拍之前)")
_SUPERVISOR = re.compile(r"(?:叫|找|让|喊|要|换)(?:你们|你家)?(?:的)?(?:主管|领导|店长|经理|负责人)|(?:主管|领导|店长|经理|负责人)(?:呢|出来|在哪|来)")
# sent today or yesterday, and no tracking yet: the courier's first scan is late
_NO_TRACKING = r"(?:没有?物流|物流[^，,。？?\s]{0,6}(?:没|空)|没有?(?:信息|更新|动静)|查不到)"
_SENT_LATELY = r"(?:昨天|昨晚|今天|今早|刚刚?|刚才)[^，,。？?\s]{0,6}(?:发|寄)"
# … or a tracking number doubted with no days of waiting said ("已发货 中通… 查了一上午都查不到 是不是假单号")
_FAKE_DOUBTED = r"^(?!.*(?:几天|好几天|多天|一周|一星期|礼拜|[#\d两三四五六七八九十]+天)).*(?:假单号|单号[^，,。？?\s]{0,4}是假的)"
_JUST_SENT_UNSCANNED = _SENT_LATELY + r".{0,20}?" + _NO_TRACKING + "|" + _NO_TRACKING + r".{0,20}?" + _SENT_LATELY + "|" + _FAKE_DOUBTED
_AT_WORK = r"(?:改送|送|派送|送货)(?:到|去)?(?:我)?(?:公司|单位)"  # "直接送到公司来"
_LOOKED = r"问了|问过|找了|找过|找遍|翻遍|都没有|都没见|都看了|看过了|没人代收|没人帮?[我忙]?收|一直有人|家里有人|都在家|一直在家"
# what a review needs, asked ("评价有啥要求不"); the goods or the help praised
_REVIEW_NEEDS, _PLEASED = r"要求|写什么|写啥|写多少|多少字|几个字|怎么写|咋写", r"好用|满意|解决了|处理好了|处理了|搞定了|补发了|重新发了|挺好|不错|喜欢|挺快|很快|及时|负责"
_SLIP = r"手滑|手误|不小心点|点错|误点|按错|点成|评错|其实.{0,6}(?:挺好|不错|满意|喜欢)"
# a script that answers one question, and how a message says it asks another: "花呗、信用卡都能付"
# to a payment that keeps failing reads as not listening
_BESIDE = (
    (re.compile(r"付款方式都可以|都可以付|就能付|暂时不付款"), re.compile(r"失败|不行|付不了|付不出|不成功|扣款|扣了钱")),
    # a risk check named ("提示风险交易"): the risk check's script, not card limits
    (re.compile(r"付不成功一般是银行卡"), re.compile(r"风险|风控")),
    (re.compile(r"安全校验"), re.compile(r"^(?!.*(?:风险|风控)).*$")),
    # "刚拍下还没付 能改下价吗": no card-limit advice when no payment failed
    (re.compile(r"付不成功"), re.compile(r"^(?!.*(?:失败|不行|付不|付款不|支付不|不成功|扣|未付款|没付成|限额|报错|不能付|交不了)).*$")),
    # "能帮我改下价吗 券忘领了": no "之前同事答应您的优惠" when nobody promised anything
    (re.compile(r"同事答应"), re.compile(r"^(?!.*(?:说好|答应|承诺|客服说|说给我|说能|说可以|刚才说|之前说|说送)).*$")),
    # "收到了挺好用的 追评晒图有礼物吗": nothing went wrong, so no apology for what displeased
    # … nor when the review was a slip ("手滑点了个中评 其实东西挺好的")
    (re.compile(r"让您不满意的地方"), re.compile(r"^(?!.*(?:差评|中评|不满|投诉|问题|坏|慢|(?<!不)错|气|烂|失望)).*$|" + _SLIP)),
    # "退款是原路退回吗 退多少": a question, not a wait; no "理解您等钱到账的着急心情"
    (re.compile(r"理解您等钱到账的着急心情"), re.compile(r"^(?!.*(?:还没|没到|没收到|没看到|等了|好几天|几天了|迟迟|咋还|怎么还|啥时候|什么时候|多久|几天|急|没[？?]|没有|一直|了吗|了没)).*$")),
    # "东西用着满意我们就放心": only for a review given by a slip
    # … or for goods the customer says work well now ("后来帮我换了新的 挺好用的 想改成好评")
    (re.compile(r"用着满意我们就放心"), re.compile(r"^(?!.*(?:" + _SLIP + r"|" + _PLEASED + r")).*$|追评|追加")),  # (a follow-up review has its own steps)
    # "换了新的 挺好用的": the problem is solved, no "如果问题已经解决 …还有没解决的地方"
    (re.compile(r"如果问题已经解决"), re.compile(_PLEASED)),
    # "不换的话就直接给您退钱" only to a customer who chose the refund
    (re.compile(r"不换的话就直接给您退钱"), re.compile(r"^(?!.*(?:退钱|退款|不换|不要了|退了)).*$")),
    # a parcel signed for, a delivery failed: those scripts only for a message that says so
    (re.compile(r"显示签收却没拿到"), re.compile(r"^(?!.*签收).*$|(?:扔|放|丢|送)(?:到|在)?(?:驿站|快递柜|丰巢)|" + _LOOKED)),
    (re.compile(r"该找的地方您也都找过了"), re.compile(r"^(?!.*签收).*$|^(?!.*(?:" + _LOOKED + r")).*$")),  # looked already: not asked to look  # ("直接扔驿站 还显示我已签收": where it is, known)
    (re.compile(r"万一用着过敏的话"), re.compile(r"^(?!.*过敏).*$")),  # the allergy feared, only where it is
    (re.compile(r"显示派送失败"), re.compile(r"^(?!.*(?:派送失败|派件失败|投递失败|配送失败|送不到|重新派送)).*$|不在家|出差|不在[^，,。？?\s]{0,2}(?:家|这)|人不在")),  # "您在家等着" only to one who was in
    # … only for a parcel out for delivery and an hour the customer needs it by ("我下午就出门了 能不能中午前送到")
    (re.compile(r"请他们按您说的放门卫代收"), re.compile(r"^(?!.*(?:门卫|改送|送到公司|送到我公司|代收)).*$|^(?!.*(?:失败|送不到|没送到)).*$")),
    (re.compile(r"包裹已经在派送了"), re.compile(r"^(?!.*(?:派送中|正在派送|在派送|派件中|送货中)).*$|^(?!.*(?:出门|出发|前送|前到|赶|几点|中午|上午|下午|晚上|不在家)).*$|派送失败|签收|驿站|快递柜|代收|门卫")),  # (not "不在家 能放驿站不": a place asked, not an hour)
    (re.compile(r"请他先放到附近的驿站"), re.compile(r"^(?!.*(?:派送中|正在派送|在派送|派件中)).*$|^(?!.*(?:放驿站|放快递柜|放代收|代收点|放门卫)).*$|送上门|送到家|送上楼|送到楼上|" + _AT_WORK + "|" + NOT_TO_DOOR.pattern)),  # (nor when it is wanted at the door or at work)
    (re.compile(r"请他直接改送到您公司"), re.compile(r"^(?!.*(?:派送中|正在派送|在派送|派件中)).*$|^(?!.*(?:" + _AT_WORK + r")).*$|失败")),
    # "之前给了差评 现在问题解决了 怎么改": sorry for then and glad for now, only where both are said …
    (re.compile(r"问题解决了我们就放心啦"), re.compile(r"^(?!.*(?:差评|中评|不满意)).*$|^(?!.*(?:" + _PLEASED + r"|处理好|弄好|搞定)).*$|" + _SLIP)),
    # … and no "谢谢您的喜欢" to a customer who gave a bad review
    # … nor to one who only asks where to review ("在哪评价啊 找不到"): the first review's steps
    (re.compile(r"谢谢您的喜欢，听到东西好用"), re.compile(r"差评|中评|不满意|^(?!.*(?:" + _PLEASED + r"|追评|追加|晒)).*$")),
    # … which are for a review not written yet: not for a change, a reward, or a follow-up of a pleased buyer
    (re.compile(r"点「评价」就能写"), re.compile(r"改|删|撤|返|红包|奖励|礼|" + _PLEASED + "|" + _SLIP)),
    # "会给好评的": plain thanks only where the goods are praised and no way to review is asked
    (re.compile(r"听到东西好用我们特别开心～用着有任何问题"), re.compile(r"^(?!.*(?:" + _PLEASED + r")).*$|咋|怎么|如何|改(?!进|善)|追评|删|撤|差评|中评|(?<!已经)晒图(?!评价了)|入口|在哪|" + _REVIEW_NEEDS)),
    (re.compile(r"东西用着满意我们就放心啦～想改评价"), re.compile(r"^(?!.*(?:改|删|撤|差评|中评|追评|评错)).*$")),  # no steps to change a review nobody wants changed
    (re.compile(r"这么久还没给您发出"), re.compile(r"^(?!.*(?:取消|不要了)).*$|^(?!.*(?:" + OVERDUE_SAID.pattern + r")).*$")),  # only to an order waited for and cancelled
    (re.compile(r"评价没有什么特别的要求"), re.compile(r"^(?!.*(?:" + _REVIEW_NEEDS + r")).*$|返|红包|奖励|礼|差评|中评|改|删|撤")),  # only where what a review needs is asked
    # "帮我改成家里的 算了还是别改了 备注个下午送": no new address asked for a change taken back
    (re.compile(r"地址能改|新的收货人|正确的收货人|地址完整发我"), re.compile(r"别改了|不改了|不用改了|还是别改")),
    # "页面显示没货了 啥时候补": a restock asked, not "有货的话现在拍下" or "能拍下的都有现货" ("别我拍了又告诉我缺货" fears it)
    (re.compile(r"有货的话|都是有现货|就是有现货|如果暂时缺货"), _OUT_REPORTED),
    # "面霜有货吗": no restock promised when nobody said it is out
    (re.compile(r"补货时间我这就"), _NOT_OUT_REPORTED),
    (re.compile(r"理解您出差不方便收件"), re.compile(r"派送中|正在派送|在派送|派件中|派送失败|没动|不动|卡住|没更新|^(?!.*(?:出差|出远门|回老家|不在家)).*$")),  # on its way (not stuck), the customer away
    # "刚付款 …怎么还是306一分没减": paid, the coupon not taken off; no "您想买哪几件呢"
    (re.compile(r"您想买哪几件呢"), re.compile(r"刚付|付款了|付了|已付|已经付|拍了|下单了|没减|没抵|没用上|不减")),
    (re.compile(r"页面上写明送的赠品"), re.compile(r"^(?!.*(?:送|赠|礼|小样|试用)).*$")),  # a gift only where one is asked about
    # "客服给我补了券 差评咋改": a review to change, the coupon a past remedy; no "no cash back" rule
    (re.compile(r"不能用返现或奖励来换好评"), re.compile(r"^(?!.*(?:返现|红包|奖励|好处|返钱|[补给送发](?:个|张|点)?券)).*(?:改成好评|差评.{0,3}(?:咋|怎么|能)改|改评价|修改评价|改好评)")),
    # "手滑给了中评 能改吗": how to change it, not "no cash back for good reviews"
    # … nor to "收到了 很好用 会给好评的": nobody asked for a reward
    (re.compile(r"返现"), re.compile(r"^(?!.*(?:返现|红包|奖励|好处|送|礼|优惠|券|钱)).*$")),
    # "退货寄回去好几天了 钱怎么还没到": money already late is checked, not promised again from today
    (re.compile(r"您这笔\{time\.refund\}前会到"), MONEY_LATE),
    # a parcel left at a station only for a message that speaks of one
    (re.compile(r"没打招呼就把包裹放在"), re.compile(r"^(?!.*(?:驿站|快递柜|丰巢|代收|菜鸟|自提|取件|放门口|扔门口|上门|送货上门|放.{0,4}店)).*$")),
    # "五天才到": a parcel that came late gets the apology for the delay, not a search for a lost one
    (re.compile(r"丢件|出了状况"), re.compile(_ARRIVED_LATE)),
    (re.compile(r"走了这么久才到"), re.compile(r"^(?!.*(?:" + _ARRIVED_LATE + r")).*$")),
    # "快递员不送到家 叫我自己去驿站拿": the courier asked to bring it, not "left there without a word"
    (re.compile(r"没打招呼就把包裹放在"), NOT_TO_DOOR),
    # (not when it is to be left somewhere else, nor when another courier is asked for: "圆通不送上门 只发中通行吗")
    (re.compile(r"请他把这件包裹给您送上门"), re.compile(r"^(?!.*(?:" + NOT_TO_DOOR.pattern + r")).*$|放(?:到|在)?(?:门卫|前台|物业|代收点|快递柜|丰巢)|别(?:给我)?发|不要发|只发|改发|换(?:个|家)?快递|发(?:中通|圆通|韵达|申通|顺丰|邮政|京东|极兔)")),
    # "想给我妈也买一瓶 …能用就拍 备注别放价格单": no order yet, so no parcel that may have gone; and an order placed is noted now
    (re.compile(r"如果包裹刚好已经发出"), _NOT_YET_ORDERED),
    (re.compile(r"您拍下后跟我说一声"), re.compile(r"^(?!.*(?:" + _NOT_YET_ORDERED.pattern + r")).*$")),
    # "放驿站我怕丢": a place feared before the parcel goes, not one it was left at
    (re.compile(r"没打招呼就把包裹放在"), re.compile(r"(?:驿站|快递柜|丰巢)[^，,。？?！!\s]{0,2}(?:我|会)?(?:怕|担心)(?:丢|被)")),
    # "驿站翻遍了都没得": a parcel not found at the station is looked for, not "left there without a word"
    (re.compile(r"没打招呼就把包裹放在"), re.compile(r"翻遍|找不到|没找到|都没得|不见了|没有我的|(?:啥|什么)[也都]没有|空的|空空|(?:东西|包裹|快递)(?:也|都|就)?丢了|找遍|(?:驿站|柜子?)[^，,。？?\s]{0,3}说(?:没有|木有|没|冇)|(?:派送中|正在派送|在派送)(?!.*(?:驿站拿|去驿站|驿站取|放驿站了|放在驿站|在驿站))")),  # (still out for delivery: not put anywhere yet)
    # "叫你们主管出来": the supervisor asked for gets the script that hands it up and asks the order,
    # not "反馈给主管改进" as if the talk were over, nor a menu of refunds before the problem is known
    (re.compile(r"如实反馈给主管改进|这件事我来负责跟到底"), _SUPERVISOR),
    (re.compile(r"您要找主管"), re.compile(r"^(?!.*(?:" + _SUPERVISOR.pattern + r")).*$")),
    # "昨天下午发的 一点物流都没有 是假单号吧": a scan not yet updated, not a parcel to give up for lost
    (re.compile(r"物流信息才会更新"), re.compile(r"^(?!.*(?:" + _JUST_SENT_UNSCANNED + r")).*$")),
    (re.compile(r"要是核实是丢件|如果核实是丢件|包裹在路上出了状况"), re.compile(_JUST_SENT_UNSCANNED)),
    # "显示今天到上海了 明天能派送不": in town and moving, a day asked; not for a parcel stuck, failed or signed for
    (re.compile(r"包裹已经到您那边了"), re.compile(r"^(?!.*(?:" + IN_TOWN.pattern + r").*(?:明天|今天|后天|周|星期|礼拜|号|派送|送|什么时候|啥时候|几时|哪天))|没动|不动|没更新|停在|卡在|失败|签收|驿站|快递柜|[天周]了|[两俩兩几三四五六七八九十\d]天")),
)


def _beside_the_point(script: Script, ctx: Context) -> bool:
    """Whether ``script`` answers another question than the one the message reports."""
    return any(reported.search(ctx.message) for reported in _reported_beside(script))


@lru_cache(maxsize=2048)
def _reported_beside(script: Script) -> tuple[re.Pattern, ...]:
    """The reports ``script`` answers beside (worked out once per script, not per message)."""
    text = all_text(script)
    return tuple(reported for says, reported in _BESIDE if says.search(text))


def _re_asks(script: Script, ctx: Context) -> bool:
    """Whether ``script`` asks for the city, the day or the new address the message already gives."""
    return any(said.search(ctx.message) for said in _asks_for(script))


@lru_cache(maxsize=2048)
def _asks_for(script: Script) -> tuple[re.Pattern, ...]:
    """How a message says what ``script`` asks (worked out once per script, not per message)."""
    text = "".join((script.text, script.opening, script.closing, *(o.text for o in script.options)))
    return tuple(said for ask, said in _ASKS_AGAIN if ask.search(text))


_THANKS_SAID = lazy(r"谢|謝|辛苦|麻烦(?:你|您|小禾|了)|麻煩|唔[該该]|蟹蟹|3q|thx|thank", re.IGNORECASE)  # thanks in any form
# wording that belongs to clothes and shoes (or food: 口味), not to every catalogue
_SIZE_WORDS, _WEARABLE = lazy(r"尺码|身高|体重|穿的|颜色|口味"), lazy(r"衣|裤|裙|鞋|帽|袜|T恤|外套|衬衫|内衣|服|包")


def _wrong_category(script: Script, ctx: Context) -> bool:
    """A script asking sizes or colours (or flavours) about an item of another category: no
    "尺码" for a serum, no "口味" for a cream (nor for a skincare shop's unnamed item)."""
    # the named item's category, or every category of a catalogue when none is named
    items = ctx.products[:1] or tuple(ctx.library.products.values())
    categories = [p.category for p in items]
    if not categories or not all(categories):
        return False
    found = _size_words(script)
    if not found:
        return False
    if "口味" in found and any(re.search("食|零食|茶|坚果|果|糖|饮", c) for c in categories):
        return False
    return not any(_WEARABLE.search(c) for c in categories)


@lru_cache(maxsize=2048)
def _size_words(script: Script) -> frozenset[str]:
    """The size, colour or flavour words ``script`` uses (once per script, not per message)."""
    text = script.text + script.opening + script.closing + "".join(o.text for o in script.options)
    return frozenset(_SIZE_WORDS.findall(text))


_SUBSTITUTES = lazy(r"都能满足|都能解决|定一款|挑一款|选一款|直接推荐您选")


def all_text(script: Script) -> str:
    return "".join((script.text, script.opening, script.closing, script.feature, script.advantage))


def complementary(pair: tuple[Product, Product]) -> bool:
    """Two items of different categories: used together, not one instead of the other."""
    a, b = pair
    return bool(a.category and b.category and a.category != b.category)


def unsuited(ctx: Context) -> bool:
    """Whether the customer's stated skin type is one the named product is not for."""
    skin = facts.skin_of(ctx.message)
    return bool(skin and ctx.products and facts.suits(ctx.products[0], skin) is False)


def order_problem(ctx: Context) -> bool:
    """Whether the message names a problem with the goods or the parcel (not only the service)."""
    # "差评已经在路上了": a threat's clause names no problem, whatever scenario it was read as
    named = {i.scenario for i in ctx.match.intents if not re.search("差评|投诉|12315|曝光|举报", i.clause)
             # "问个问题等了一个小时": a wait for a reply, not a parcel's
             and not (i.scenario in ("not_shipped", "logistics") and not re.search("发|物流|快递|包裹|单号|到货|收到", i.clause))
             # "周日找人一个都没有": nobody to answer, no goods short
             and not (i.scenario == "wrong_missing" and not HAS_GOODS.search(ctx.message))
             and not OTHER_AGENT.search(i.clause)}  # "给我换个人": another agent, no goods to exchange
    # "…让我自己看说明书 我要投诉她": how to use it is a question, not a fault of the goods
    problems = {s for s in named if s not in ("complaint", "usage") and ctx.library.scenarios[s].stage == "after_sale"}
    return bool(ctx.severity or problems)


def _offers_refund(script: Script) -> bool:
    return any(o.deadline == "refund" for o in script.options) or "{time.refund}" in script.text


def script_order(script: Script, ctx: Context) -> tuple[int, int, int]:
    """Sort key of a scenario's scripts: one written for the problem's severity first, then the
    customer's type, then facts when known."""
    if not script.audience:
        audience = 1
    else:
        audience = 0 if script.audience == ctx.customer else 2
    if ctx.pair is not None and compares(script):
        facts = 0
    elif script.template == "fabe" and ctx.products:
        facts = 1
    elif any(n.startswith("product.") for n in script_placeholders(script)) and ctx.products:
        facts = 1  # a plain script that names the product
    else:
        facts = 2
    first = script.severity or _about_gift(script, ctx) or _about_request(script, ctx)
    return (0 if first else 1), audience, facts


# what a message is about within its scenario; a script that speaks only of what the message names
# answers it ("地址写错了": send the new address, not a menu with 规格 and 取消; "放驿站": the pickup)
_REQUEST_GROUPS = {
    "address": ("地址", "收货人", "收件人", "手机号", "电话号"), "cancel": ("取消", "我重拍", "了重拍"),
    "spec": ("规格", "颜色", "尺码"), "remark": ("备注", "别放", "不要放", "不放"),
    "pickup": ("驿站", "自取", "快递柜", "丰巢", "取件码"),
    "price": ("改价", "改下价", "改个价", "改一下价", "改好价", "改价格"),
    "refund": ("退钱", "不想等了", "不行就给我退", "不行就退", "给我退了", "取消退款", "直接取消", "给我取消", "就取消", "给我退款", "直接退款", "不想要了", "给我退", "不发我退", "不发我就退", "不发就退", "就不要了", "退了吧"),  # "还没发 不要了退钱": the script that offers the refund
    "signed": ("已签收", "显示签收", "签收了", "被签收"),  # "快递显示已签收 我根本没收到": where it may be
    "redeliver": ("派送失败", "派件失败", "投递失败", "配送失败", "送不到", "重新派送"),  # "显示派送失败 我一天都在家"
    "delivering": ("派送中", "正在派送", "在派送", "派件中", "送货中"),
    "if_reaction": ("要是用着过敏", "万一过敏", "如果过敏", "要是过敏", "过敏的话", "过敏能退", "过敏可以退", "过敏了能退吗"),  # "要是用着过敏能退吗": feared, not had
    "redirect": ("放门卫", "门卫", "改送", "送到公司", "送到我公司", "送公司", "送我公司", "送到单位", "送单位", "送我单位", "改寄", "寄到公司", "寄到我公司", "先别送"),  # "不在家 能不能放门卫或者改送到公司"  # "显示派送中一上午了 能不能中午前送到"
}


def _requests(text: str) -> frozenset[str]:
    found = frozenset(group for group, words in _REQUEST_GROUPS.items() if any(w in text for w in words))
    if "address" in found and "remark" in found and not re.search("改|错|换|不对", text):
        found -= {"address"}  # "收件人写的她 包裹里别放价签": the addressee said, a remark asked
    if "cancel" in found and KEEPS_ORDER.search(text):
        found -= {"cancel"}  # "帮我取消吧 哎算了还是不取消了 就是帮我备注…": the cancel is taken back
    elif "cancel" in found and CANCEL_INSTEAD.search(text):
        found = frozenset({"cancel"})  # "地址写错了 … 算了直接取消吧": the change is dropped for the cancel
    # "门口没有 驿站也说没有": the pickup point already asked, so not the script that sends them there
    return found - {"pickup"} if "pickup" in found and _NOT_AT_PICKUP.search(text) else found


KEEPS_ORDER = lazy(r"不取消了|还是不取消|先不取消|不用取消了|别取消了|算了.{0,4}还是要")
CANCEL_INSTEAD = lazy(r"算了.{0,4}(?:直接|还是|干脆)?.{0,2}取消")
_NOT_AT_PICKUP = lazy(r"(?:驿站|快递柜|丰巢).{0,4}没有|(?:驿站|快递柜|丰巢)(?:也|都)?(?:问了|问过|找了|找过|查了)|门口(?:也|都)?没有|没有驿站|没在驿站|不在驿站|隔壁|别的小区|送错|送到别")


# every script of a scenario is ordered for every message: what each message and each script
# asks for is worked out once (a message's scripts share it), not once per script and message
_asked_requests = short_text_cache(maxsize=256)(_requests)


@lru_cache(maxsize=2048)
def _script_requests(script: Script) -> frozenset[str]:
    return _requests(all_text(script) + "".join(o.text for o in script.options))


def _about_request(script: Script, ctx: Context) -> bool:
    """A script about exactly the kinds of change the message asks for (and no other)."""
    asked = _asked_requests(ctx.message)
    if not asked:
        return False
    said = _script_requests(script)
    return bool(said) and said <= asked


# a promised gift, not a bought item ("满199说送面膜 我没收到")
_GIFT = lazy(r"赠品|赠送|满赠|说送|送点|送些|说好送|说好的送|送的|小样|礼品|礼物|满.{0,6}送|满[#\d]+(?:那个|的)(?:面膜|赠品|小样|礼物)|(?:买满|满了?[#\d]+).{0,8}说好的|说好的(?:面膜|赠品|小样|礼物)")


def with_gift_rule(draft: Draft, script: Script, ctx: Context) -> Draft:
    """A missing-gift draft with the shop's gift rule (``policy.gifts``) after its apology, so the
    customer sees the rule the order is checked against; unchanged when the shop states none."""
    rule = ctx.library.policy.gifts
    if rule and _wrong_item(ctx) and _GIFT.search(ctx.message) and "赠品" not in draft.text:
        # a wrong item and a missing gift in one message: the wrong item's script, and the gift too
        sep = "\n" if draft.options else ""
        return replace(draft, text=f"{draft.text}{sep}说好的赠品我也一起核对，符合活动的话会随补发的商品一起发出哦。")
    threshold = re.search(r"满(\d+)", rule or "")
    if not rule or not _about_gift(script, ctx) or rule in draft.text or threshold and f"满{threshold.group(1)}" in ctx.message:
        return draft  # (nor when the customer names the same threshold: "满199送的面膜没收到")
    first = re.match(r"[^。！～]*[。！～]", draft.text)  # after the first sentence, never before the greeting
    at = first.end() if first else 0
    said = re.split("[，,；;]", bare_rule(rule))[0]  # "满199元送面膜1片", not "会随单一起发出" beside one missing
    return replace(draft, text=f"{draft.text[:at]}活动规则是这样的：{said}。{draft.text[at:]}")


def _about_gift(script: Script, ctx: Context) -> bool:
    """A script about a missing gift, for a message about one (its rule and 补发, not "发错的商品")."""
    if _wrong_item(ctx):
        return False  # "给我发成面膜了 而且送的面膜也没看到": the wrong item leads, its script covers both
    return bool(_GIFT.search(ctx.message) or GIFT_MISSING.search(ctx.message)) and "赠品" in all_text(script)  # ("买满199了为啥没送面膜")


_WRONG_ITEM = lazy(r"发成|发错|错发|不是我买的|不是我要的|不是我拍的|少发了?[一两\d]|只收到|只到了|收到(?:的)?(?:就)?只有|(?:拆开|打开|里面|箱子里|盒子里|箱里|包裹里|快递里)(?:就)?只有|少了?[一两\d][片瓶盒支个件]?|"
                   r"(?:箱子里|里面|包裹里|盒子里|收到|到手)[^，,。？?\s]{0,3}就[俩两仨一二三][片瓶盒支个件]?(?=$|[，,。？?！!\s])|" + SENT_OTHER.pattern)  # "买了3盒 箱子里就俩"


def _wrong_item(ctx: Context) -> bool:
    """An item wrong or short: said so, a count below one said before it (signals.count_short), or another item asked for."""
    return bool(_WRONG_ITEM.search(ctx.message)) or count_short(ctx.message) or other_item_asked(ctx.message, ctx.library.policy.gifts or "")
