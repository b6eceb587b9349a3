"""What a message says about itself, before any scenario is weighed: small talk, a matter of an
earlier chat, another shop's order, the customer not a customer, a gift missing, goods in hand.
Word lists only (read by the triage and the answers). No I/O.
"""

from __future__ import annotations

import re
from .days import number
from .regions import CITIES, REGIONS
from ..lazy_pattern import lazy

# pattern pieces shared by several patterns: a wish or a fear ("别寄错了", "千万别又…"), and "just now"
# ("刚拍的", "才下单") but not a 才 after a time to come ("我晚上才下单", "明天才付")
WISH = r"(?:别|不要|可别|千万别)"
JUST = r"(?:刚|(?<![上午天点会])才)(?:刚)?"

# how soon an item shows its effect ("要用好久才看得到效果", "多长时间见效"), not how long it lasts
EFFECT_TIME = (r"(?:多久|多长时间|好久|几天|几周|几个星期|几个月)[^，,。？?\s]{0,4}?(?:才|能|可以|会)?(?:看得?[出到见](?:效果|变化|改善|区别|来|[吗么嘛啊呀呢]|$|(?=[，,。？?\s]))|见效|有效果?|起效|有变化|有改善)"
               r"|才(?:看得?[出到见](?:效果|变化|改善)|见效|有效果)")
EFFECT_ASKED = lazy(EFFECT_TIME)
# the skin as it always is, a season or a habit ("一到冬天就干得掉皮", "换季老起皮"): no goods at fault
SKIN_ALWAYS = lazy(r"(?:一到冬天|冬天|换季|天冷|一直|总是|老是|经常|动不动)[^，,。？?\s]{0,4}(?:干|起皮|掉皮|爆皮|脱皮|出油|泛红|长痘)")
# the order two items are used in, asked ("先抹哪个", "顺序是")
USE_ORDER = lazy("先后|先用|后用|先涂|先抹|先擦|先搽|先上|先敷|顺序|哪个先|谁先|前面用|后面用|前还是后|之前还是之后|前面还是后面")
# small talk about the agent or the day, not about the shop
SMALL_TALK = lazy(
    r"下雨|下雪|天气|冷不冷|热不热|冷吗|热吗|热死了|冷死了|好热|好冷|太热了|太冷了|真热|真冷|空调|暖气|零下|降温|多大了|几岁|男朋友|女朋友|对象|结婚|单身|吃饭了|吃了吗|在干嘛|干嘛呢|"
    r"(?<!天)猫|狗|宠物|哈哈|下午去|逛逛|去[^，,。？?\s]{0,6}玩|旅游|攻略|无聊|聊聊|聊天|哪里人|长得|好看吗|漂亮吗|帅吗|放假了吗|累不累|周末去|辛苦|忙不忙|好忙|回多少人|好吃的|好玩的|美食|景点|旅游|智商税|你觉得呢|你们觉得呢|你怎么看|你们怎么看"
)
# "就上次那个 你知道的 还是那个问题": a matter of an earlier chat, named by nothing but pointing words
EARLIER_MATTER = lazy(
    r"(?=.*(?:上次|上回|之前|那天|你知道|你懂|问题|事|上面|刚说|刚才说|刚发|刚才发))"  # … it points back ("是的" alone is no matter)
    r"(?:就|还是|还有|又是|又|也|是|上次|上回|之前|那天|上面|刚说的?|刚才说的?|我?刚才?发(?:给)?你的?|那个|这个|那件|这件|你知道的?|你懂的?|问题|事情?|的|老|一样|同样|一起弄|一起|弄|[呀啊嘛呢吧哈])+"
)
# "我在别家买的水乳 快递丢了 帮我查下": an order of another shop, not ours to look after
BOUGHT_ELSEWHERE = lazy(
    r"(?:别家|别的店|其他店|别人家|其他家|那家|另一家|别的平台|拼多多上?|抖音上?|京东上?)(?:店铺|店里|店)?(?:买|拍|下单|下)(?:的|了个|了[一#][瓶支个盒])"
    r"|(?:买|用)(?:了|过)?(?:别家|别人家|其他家|别的牌子|其他牌子)的"
    # "我之前用别家的都没事": another brand as the comparison for ours, not another shop's order
    r"(?![^，,。？?！!\s]{0,3}(?:没事|没问题|没过敏|不过敏|不会|好好的|正常|都行))"
    r"|(?:之前|以前)(?:买|用)(?:的|过的)那种"  # "…是天丝的吧？我之前买的那种一敷就往下滑": another kind as history
    r"|(?:买|用)的(?:别家|别人家|其他家|别的牌子|其他牌子)"  # "上次买的别家面霜闷痘了"
)
OUR_GOODS_ASKED = lazy(r"你家|你们家|你们这有|你们有没有|推荐|温和吗|适合|能用吗|可以用吗|刺激(?:性)?(?:大不大|大吗|强不强|强吗)|会不会(?:很|好)?刺")
WRONG_CHAT = lazy(r"^(?:老公|老婆|妈|爸|宝贝|儿子|闺女)(?:[，,\s]|[^，,\s]{0,4}(?:记得|别忘|回来|回家))|^(?:不好意思|抱歉|对不起|sorry)[，,\s]*发错了[啦了哈～~。！!\s]*$|^发错了[啦了哈～~。！!，,\s]*(?:不好意思|抱歉|对不起|sorry)[啦了哈～~。！!\s]*$|发错人|发错窗口|发错视窗|发错对话框?|发错群|发错对象|不是(?:给|跟|对|发给)你(?:说|发)?的|那句发错了|(?:发错了|发给我?同事的).{0,8}忽略"
    r"|(?:这条|这句|那条|那句|刚才那条|刚那条|刚才那句|刚那句)(?:是)?(?:要)?(?:发给|跟|对|给)我?(?:老公|老婆|同事|朋友|闺蜜|妈|爸|家人|家里人|男朋友|女朋友|领导)(?:说)?的"
    r"|发错了.{0,16}(?:当没看见|当我没说|请忽略|别理)"
    r"|(?:刚才?|上面)?那?[句条](?:是)?[^，,。？?！!]{0,10}(?:乱打|乱按|乱发|瞎打|误发|打错)")  # a message meant for someone else, or not meant at all
# a question about the shop as an employer or a side job, not about its goods: no scenario's
NOT_A_CUSTOMER = lazy(r"招聘|招不招|招人|还招|兼职|临时工|应聘|找工作|刷单|88vip|88VIP|淘气值|代理|加盟|做微商|微商|做分销")
# a gift promised and then not in the parcel ("说好满199送面膜 箱子里根本没有"): a missing item,
# not a question about the gift's product
_GIFT = r"(?:赠品|说好送|说送|说好的(?:面膜|赠品|小样|礼物)|送的|小样|礼物|礼品|满.{0,8}送|满[#\d]+(?:那个|的)(?:面膜|赠品|小样|礼物)|买.{0,6}送|下单.{0,2}送|拍.{0,2}就送)"
_NOT_THERE = r"(?:根本|压根|都|也|并|还)?(?<!有)(?:没|木)(?:有(?!的话)|见|看到|看见|看着|瞅见|找到|收到|给|送|放)|(?:根本|压根|都|也|还)?(?<!有)没(?:面膜|赠品|小样|礼物)|漏发|少发|少了|没到|(?:面膜|赠品|小样|礼物)呢"
GIFT_MISSING = lazy(_GIFT + r".{0,32}?(?:" + _NOT_THERE + ")|说好的(?:送的?)?(?:面膜|赠品|小样|礼物)呢"
    # "赠品呢？？买了两百多 说好满199送的": where the gift is, asked beside the purchase or the promise
    r"|(?:赠品|小样|礼物)呢.{0,30}(?:说好|买了|满[#\d])|(?:说好|买了|满[#\d]).{0,30}(?:赠品|小样|礼物)呢"
    # "我买了两百多怎么没送面膜啊 说好的满199送呢": the gift not sent, said of a purchase
    r"|(?:买了|拍了|收到|满[#\d]+(?:元|块)?了).{0,12}(?:没|木)(?:送|给|放)我?(?:面膜|赠品|小样|礼物)"  # ("我买满199了为啥没送面膜")
    r"|(?:没|木)(?:见|看到|看见|收到)(?:送的|赠送的|赠的)")  # "买满199了 怎么没见送的面膜"
# an item itself broken in the parcel ("洗面奶挤爆了半支"), not only its box: the damage leads a missing gift
ITEM_BROKEN = lazy(r"压扁|压瘪|挤爆|爆了|漏液|漏出|(?<!是)漏了(?![吧吗么发])|碎了|裂了|洒了|撒了|压坏|摔坏")
# an item used for a while ("才用两天", "用三天了"): the goods are in hand (also triage's words)
USED_DAYS = r"才用|用[一二两三四五六七八九十#\d]+[天次回周]|用(?:了|你们|你家|这个?)?[^，,。？?！!\s]{0,6}第[一二两三四五六七八九十#\d]+[天次回周]"  # "用你们精华第三天"
# the customer has the goods in hand: only then can a message complain about them
HAS_GOODS = lazy(
    r"收到|到了|到货|拿到|签收|买的|买了|用了|用完|用过|用你们|用你家|用您家|拆|撕开|撕了|打开|开封|寄来|发来|里面|入面|箱子|包裹|盒子|瓶子|涂|抹|擦完|擦了|敷|洗完|吃了"
    r"|包装(?:烂|破|坏|压)|烂晒|烂咗|挤出来|倒出来|(?:才|刚)买(?![^，,。？?\s]{0,3}(?:吗|不|么))|买[了的]?[#\d一两二三四五六七八九十几]+天|" + USED_DAYS  # ("才买5天就便宜了")  # "用三天了", "挤出来一坨一坨的": in hand
    # "滴管胶头裂了 吸不上来": a part of the bottle that broke or fails
    + r"|(?:滴管|胶头|泵头|压泵|按压头|喷头|瓶盖|盖子|瓶口)[^，,。？?\s]{0,3}(?:裂|坏|断|掉|漏|按不|吸不|压不|拧不)"
)
# another item than the one bought ("我拍的洗面奶 给我发个面膜来", "我买的是精华 你给我寄个面霜")
SENT_OTHER = lazy(
    r"(?:拍的|买的|下单的|订的|(?<!剩)下的是|要的是).{0,12}(?:给我|却|结果|怎么)?(?:发|寄)(?:个|了|成|来|[#一\d][盒瓶支个件片])"
    r"|(?:拍的|买的|下单的|订的|要的)[^，,。？?！!]{0,10}(?:到手|收到|打开|拆开)[^，,。？?！!]{0,4}(?:是|成了)"  # "拍的洗面奶 到手一看是一盒面膜"
    r"|(?:拍的|买的|下单的|订的|要的)(?:是)?[^，,。？?！!]{1,10}[\s，,]*收到(?:的是)?[一#\d]?[支瓶盒个件罐]"  # "我下单的精华 收到一支洗面奶"
    r"|(?:拍的|买的|下单的|订的|要的)(?:是)?[^，,。？?！!]{1,12}[\s，,]*(?:结果|却|但是?|怎么)(?:来了|到了|收到了?|寄来了?)(?:的是)?[一两#\d]?[支瓶盒个件罐片]"  # "拍的两支洁面 结果来了一盒面膜"
)
# someone in the customer's life ("我男朋友老是不回消息"): a complaint about them is not about the shop
SOMEONE_ELSE = lazy(r"男朋友|女朋友|老公|老婆|对象|闺蜜|同事|室友|我妈|我爸|婆婆")
# a lower price seen elsewhere ("pdd上才卖139", "直播间才169"), and an item bought here at a price
SEEN_CHEAPER = lazy(
    r"(?:直播间?|别家|别人家|其他店|隔壁店?|别的店|某宝上?|淘宝上?|拼多多上?|拼夕夕上?|pdd上?|PDD上?|京东上?|抖音上?).{0,16}(?:(?:才|只要|只卖|卖|到手价?|价格?是?|立减|减)\s*(?:[#\d]|[一二两三四五六七八九]{1,2}[十百])"
    r"|[#\d]+(?:元|块)?(?:就能)?到手|有\s*(?:[#\d]+|[一二两三四五六七八九][十百])[^，,。？?！!\s]{0,4}的?(?:同款|一样的))"  # "抖音主播说面霜128到手", "某宝有一百出头的同款"
    r"|(?:闺蜜|朋友|同事|室友|我妈|别人|她|他)(?:才|只)?(?:付了?|买的?|拍的?|花了?)(?:才|只)?\s*[#\d]+(?:元|块)?[^，,。？?！!]{0,3}我(?:付|买|拍|花)"  # "她付148我付168"
)
# "我双十一拍的精华199": an item already bought here, at a price
BOUGHT_AT = lazy(r"(?:我|之前|上周|前几天|双十一|双11|[#\d]+号|[#\d]+月[#\d]+[号日])[^，,。？?！!\s]{0,6}(?:拍的|买的|下单的|付的)")
OTHER_PLATFORM = lazy(r"别家|别人家|其他店|隔壁店?|别的店|某宝|淘宝|拼多多|拼夕夕|pdd|京东|抖音")
# a message that opens with an order placed ("拍好了 你查下", "已付款 备注里写了…")
PLACED = lazy(r"^(?:我)?(?:已经)?(?:拍好了|拍了|付过了|付好了|已付款|已付|付款了|下单了|下好单了)")
# an order paid or placed, anywhere in the message
PAID_NOW = lazy(r"拍好了|付了|已付|付款了|下单了|拍了|已经付|付好了")
# something bought, or a price that fell: what price protection needs
# an address to change ("地址还是老房子的 帮我改一下", "收货地址换成公司"): an order change asked
ADDRESS_CHANGE = lazy(r"地址[^，,。？?！!]{0,24}(?:帮我|给我|麻烦)?(?:改|换)(?:一下|下|成|到|过来|掉|个)|(?:改|换)(?:一下|下)?(?:收货)?地址")
# a cheaper item asked for ("就要个便宜点保湿的"), not a lower price for the same one
CHEAPER_ONE = lazy(r"(?:要|来|找|推|换|挑)(?:个|一个|一款|款)?便宜(?:点|些|一点)?(?:的|[^，,。？?\s]{1,4}的)")
# an order bought and paid ("刚付完款就…", "买完没两天"): something a later price can be protected for
_BOUGHT = r"买了|买的|买完|刚买|付了|付款|付的|付完|刚付|拍了|拍的|拍完|下单了|下的单|下完单"
BOUGHT = lazy(_BOUGHT)
BOUGHT_OR_DROPPED = lazy(_BOUGHT + r"|降|便宜了|便宜[#\d]|差价|保价|价保|变成?[#\d]")
# a parcel stuck on its way ("物流三天没动了", "卡在中转")
# the courier would not bring the parcel to the door and sent the customer to fetch it
NOT_TO_DOOR = lazy(
    r"不给?送(?:货)?(?:上门|到家|上楼|到楼下)|(?:叫|让|要)我(?:自己)?(?:去|到|下楼)[^，,。？?\s]{0,4}(?:拿|取)|自己去(?:驿站|快递柜|代收点|快递点)?(?:拿|取)"
    r"|非让我自己|自己去驿站|让我去驿站|去驿站拿"
)
STUCK = lazy(r"没动|不动|没更新|不更新|停在|中转|丢了|卡在|(?:天|礼拜|星期|周)了?[^，,。？?\s]{0,2}(?:还|都)没(?:到|收到|送到)|(?:天|礼拜|星期|周)了?[^，,。？?\s]{0,2}物流还(?:显示)?在|(?:还|都|一直)在路上")  # "都4天了物流还显示在杭州", "第五天了还在路上"
# a review written, changed or paid for: the review scenario proper, not reviews read before buying
REVIEW_ACT = lazy(r"好评|差评|中评|追评|改评|评价.{0,3}(?:改|删|写)|返现|晒图|晒单")
# "我截个图 你等会儿", "稍等 我找下订单号": the customer asks the agent to wait; nothing to answer yet
HOLD_ON = lazy(
    r"(?=.*(?:等(?:我)?(?:一?会儿?|一下|下|等)|稍等|别走|马上发|这就发))"
    r"(?:我|你|您|亲|先|就|去|再|马上|这就|一?会儿?|一下|下|稍|等|别走|截[个张]?图|拍[个张]?照片?|找找?|翻翻?|查查?|看看?|订单号?|单号|聊天记录|记录|发你|发给你|给你发|[呀啊哈吧哦嗯，,。.！!~～\s])+"
)
# "刚买就降价 能退20不": the difference asked back after a price fell, not a return of the goods
DIFFERENCE_ASKED = lazy(r"(?=.*(?:降|便宜了|差价)).*退(?:我|给我)?[#\d]+(?:块|元)?")
# a refund's money that has not come ("退款…还没到", "钱还没退"): no parcel is late
MONEY_LATE = lazy(r"(?:退款|到账|退钱|退的钱).{0,24}(?:没到|没收到|没退|不到|未见钱|未到|未收到|申请了?(?:都|已经)?(?:好|多|几|[#\d一二两三四五六七八九十])+天)|钱.{0,4}(?:没到|还没|没退|没收到|未到|未见)|未见钱"
                   r"|(?:未见|没见|没看到|还没收到|仲未收到)(?:到)?(?:退款|退的钱)")  # "都未見錢", "成個禮拜都未見退款": Cantonese
REFUND_SHORT = lazy(r"退款|退的钱|钱退|到账|退了\d|只退|[才就]退(?:了|给)?我|退(?:了|给)?我[#\d一二两三四五六七八九十百几]")  # "怎么才退我一百八几"


def refund_short(text: str, clause: str) -> bool:
    """Whether a clause's shortfall is the refund's money, not the goods ("退款到了 但是咋少了")."""
    return bool(REFUND_SHORT.search(text)) and not re.search("件|瓶|盒|片|支|个|货|东西|赠品", clause)


OTHER_AGENT = lazy(r"换(?:个|一个|个别的)?(?:人|客服)|换人")  # another agent asked for ("给我换个人唠")
# a parcel on the road and already in the customer's town ("显示今天到上海了", "快递到我们县城了")
IN_TOWN = lazy(r"(?:到|到达|进)了?(?:我们|我这|本地|本市|同城|当地|" + "|".join((*CITIES, *REGIONS)) + r"|[\u4e00-\u9fff]{1,3}[市县])(?:市|县|区|城|这边|这里|那边|的?(?:转运中心|分拨中心|中转站|网点|站点|驿站))?(?:了|啦)")
# one of several units, or one of two orders, no longer wanted ("只要一瓶", "帮我退掉一瓶", "拍多了", "帮我撤一单")
FEWER_WANTED = lazy(r"(?:取消|退掉|去掉|撤)(?:掉)?(?:其中)?[一1#][瓶支盒个件单]|只要[一1#][瓶支盒个件]|留一单|拍多了")
TWICE_ORDERED = lazy(r"两单|拍重|买重|下重|重复买|重复拍|拍了两次|下了两次|重复下单|多拍了一单")  # the same order placed twice
DOUBTED = lazy(r"三无|不正规|山寨|冒牌")  # the goods' origin doubted (not "是不是假货" beside a reaction: care first, no defence)
# how the parcel is to be handed over ("别敲门", "放门口鞋柜上", "放门卫"): a note for the order
DELIVERY_NOTE = lazy(r"别敲门|不要敲门|别按门铃|不要按门铃|放门口|放在门口|放门卫|放鞋柜|放快递柜|放驿站就行|直接放驿站")
# thanks said, and "这让我咋用" beside a fault: a feeling, not a question about using it
THANKED = lazy(r"谢谢|多谢|感谢|辛苦了|谢啦|谢哈|谢嘞")
HOW_NOW = lazy(r"还怎么用|还咋用|这怎么用|这咋用|让我怎么用|叫我怎么用")
# "4398 2210 7756 0032": a long number typed in groups, like a card's
SPACED_NUMBER = lazy(r"\d[\d\s-]{10,}\d")
# a clause that only asks how much ("多少钱", "要多少"): after a fee question, the fee's amount
BARE_HOW_MUCH = lazy(r"(?:请问|那|那要|要|得|大概)?(?:多少钱?|几块钱?|几多钱?|多钱)(?:呢|啊|呀|哦)?")
# "退货已经寄回去了 …运费退不退": the postage of a return already sent, asked back
RETURN_POSTAGE = lazy(r"(?:运费|邮费)(?:也|能|会|给)?退(?:不退|吗|么|嘛|不)|(?:运费|邮费)给不给退")
# a refund chosen instead of a new one ("压爆了 我不换了 直接退款"), not one awaited for goods sent back
REFUND_INSTEAD = lazy(r"直接退|退钱吧|退款吧|不换了|不用补发|不要补发|给我退款")
# a return that sends the goods back ("没拆 能退吗", "退货"), not money asked back for a lower price ("今天只要179了 能退20吗")
GOODS_BACK = lazy(r"退货|寄回|退回去|寄回去|不想要|不要了|没拆|未拆|没开|没用过|退换|换货|质量|坏|漏|破|裂|过敏|收到")
RETURN_SENT = lazy(r"退货|寄回|退回去|寄回去|寄过去了|退回给你")
# "…周日你们发货吗", "礼拜天上班不": whether Sunday ships, asked (not "周末要出门急用")
SUNDAY_SHIPS_ASKED = lazy(r"(?:周日|周天|星期天|星期日|礼拜天|周末)[^，,。？?\s]{0,4}(?:发|上班|休息|放假)")
# a payment that fails ("付款一直失败", "支付不了"): a card or 花呗 said beside it is the failure, not a way to pay asked
PAY_FAILS = lazy(r"失败|付不了|付不出|支付不了|不成功|付不进")
# … and a way to pay asked all the same ("信用卡能付吗", "花呗分3期要手续费不")
WAY_TO_PAY = lazy(r"能用|可以用|能付|可以付|支持")  # "…能用花呗付吗": a way to pay asked, not the one paid with
# "我想换个别的买", "换一款试试": another item bought, not an exchange of the one received
BUY_INSTEAD = lazy(r"换(?:个|一个|一款|款|点|些)?(?:别的|其他的?|其它的?|别款)(?:买|试试|用用|看看)")
LONGEST_ON = lazy(r"[^，。；;]*不要[^，。；;]{0,4}超过[^，。；;]*")  # a caution's longest time on ("一次不要敷超过20分钟")
WOULD_IT = lazy(r"会不会|会唔会|能不能用|能用吗|可以用吗|能用不")  # "…会不会闷痘": asked before use
NO_CANCEL = lazy(r"(?:别|不要|千万别|可别)(?:给我|帮我)?(?:把)?(?:订单|单子)?(?:给我)?取消")  # "单子别给我取消了啊": the order kept
ANY_SUM = lazy(r"(?:满|买|拍|凑)多少(?:钱|元|块)?(?:都|也)(?:行|可以|成|没事|无所谓)")  # "包邮不 满多少都行": any sum
PAYMENT_ASKED = lazy(r"能用|可以用|能付|可以付|能刷|支持|能不能|分\d*期|几期|利息|手续费|吗|么|不$")


def count_short(text: str) -> bool:
    """A count below one said before it: fewer came than were bought or packed ("5片装的只有4片",
    "五片装的面膜打开就三片", "拍了两盒 收到只有一盒"; not "买了399的东西 …只有两瓶精华", which counts what came).

    >>> count_short("五片装的面膜打开就三片"), count_short("买了399的东西 只有两瓶精华")
    (True, False)
    """
    m = _FEW_CAME.search(text)
    if m is None:
        return False
    said = [number(n) for n in re.findall(r"([一两二三四五六七八九十\d]+)[片瓶盒支个件]", text[:m.start()])]
    return any(n is not None and n > (number(m.group(1)) or 0) for n in said)


_FEW_CAME = lazy(r"(?:只有|就|才|只)([一两二三四五六七八九\d])[片瓶盒支个件]")
# "上次盒子压扁了我没吭声 这次想回购两瓶": an old matter let go (not when it asks amends), and a new order
LET_PASS = lazy(r"^(?!.*(?:补偿|赔))(?:.*?)(?:懒得说|懒得找|懒得计较|没吭声|没说什么|没计较|没追究|没找你们|没空找|没时间找|没来得及找|就算了|也就算了|没跟你们说)")
REBUY = lazy(r"回购|再买|再来|再囤|这次|这回")
# a box crushed on the way with the goods inside unharmed ("外盒压扁了 不过里面瓶子看着好像没事")
INTACT = lazy(r"(?:里面|里头|瓶子|罐子|东西|商品|产品)[^，,。？?！!\s]{0,6}(?:没事|没坏|好好的|完好|没破|没漏|没问题)")
# goods praised ("她说用了脸没那么红了一直夸"): no problem to remedy
PRAISED = lazy(r"夸|好用|效果(?:很|挺|真|特别)?好|没那么红|不红了|好多了|改善了")
# a return the shop's warehouse has signed for ("快递显示你们仓库签收两天了"): the money is what is asked
RETURN_SIGNED = lazy(
    r"(?:仓库|你们)(?:那边)?(?:上*周[一二三四五六日天末]|礼拜[一二三四五六日天]|大?[昨前]天|\d+[号日]|[一两三四五\d]+天前)?(?:就|都)?(?:已经)?签收|"
    r"退回去的?(?:包裹|快递)?(?:已经)?(?:签收|到了)")
# "这个洁面中不中啊" (with the skin said elsewhere): whether the named item will do, a question of whom it suits
IS_IT_OK = lazy(r"(?:行不行|中不中|得行不|行吗|行么|行不|可以吗|合适吗|合不合适)[啊呀呢嘛哇]?$")

# another product used before ("之前用过一个很厚的面霜下巴爆了一排闭口", "用别家烟酰胺刺痛过"): the
# customer's history, not the shop's goods in hand
OTHERS_USED = lazy(r"(?:之前|以前|原来)?[用擦抹涂搽](?:过|了)?(?:[一#][个款瓶支](?!礼拜|星期|多?月|周|钟头|小时|晚上)|别家|别的|其他|别人家|某个?|某款|某家)[^，,。？?！!\s]{0,14}")
# "再不发我就不要了": a threat beside a late dispatch, not an order given up
UNLESS_SENT = lazy(r"(?:再|还|要是|如果)不(?:发|到)(?:货)?(?:的话)?[^，,。？?！!]{0,3}?就?不要了?")
# "精华199 现在怎么显示179": a price said, then a lower one now (the two numbers compared by the caller)
NOW_LOWER = lazy(r"(?<![\d.])(\d{2,4})(?![\d.%])[^，,。？?！!]{0,10}?现在[^，,。？?！!\d]{0,6}(\d{2,4})(?![\d.%])")
# the phone number said to stay as it is ("电话不变", "手机号还是原来的"): no new number to ask for
PHONE_KEPT = lazy(r"(?:电话|手机号?|号码)(?:号码?)?(?:不变|没变|不用改|不改|不换|还是原来的?|照旧|一样)")
# a reply or a check promised ("说好的一个小时给我回复", "答应今天给我答复", "说帮我查"): said of the shop, kept or not
UNKEPT = lazy(r"(?:说|答应|承诺)(?:了|过|好)?的?(?:[#\d一两二三四五六七八九十半几]+个?(?:小时|钟头|天)(?:内|之内)?|今天|明天|马上|尽快|当天|上午|下午|晚上)?(?:要|会)?(?:查好了?)?(?:给我|跟我)?(?:回复|答复|回电|回个?话|联系我|回我|处理|帮我查|给我查|去查)")
# another size of an item asked for ("有没有大瓶的", "有小支的吗"): a question about the item, not one short
SMALL_PACKS = "小支|细支|细瓶|细樽|旅行装|便携装|迷你装"  # a smaller pack asked for (Cantonese 细: small); the size topic's words too
OTHER_SIZE = lazy(r"大瓶|大盒|大包装|小瓶|大号|小号|大容量|更大|大一点|大点的|大些|大支|大罐|大管|其他规格|别的规格|小规格|细装|" + SMALL_PACKS)
# "一起买能便宜多少": what the promotions take off, asked (not a price pushed down)
HOW_MUCH_OFF = lazy(r"(?:能|可以)?(?:便宜|优惠|省|减)了?(?:多少|几)")
# "我懒 只想买一样": one item only, the everyday one first (not "学生党只能买一个": the price decides)
EVERYDAY_ONE = lazy(r"^(?!.*(?:学生|没钱|没啥钱|预算|便宜|划算|生活费|穷)).*(?:只(?:想|打算)?买一|只要一[样个]|就想买一|懒|买一[个样]不?就(?:行|够|好|得))")  # ("都说补水 买一个不就行了")
_FELL_TO = lazy(r"(?<![\d.])(\d{2,4})(?![\d.%])[^，,。？?！!]{0,14}?(?:成|变成|变|降到|降成|只要|才|卖)了?(\d{2,4})(?![\d.%])")


def price_fell(text: str) -> bool:
    """Whether ``text`` says a price and then a lower one it became ("168 今天点进去怎么成158了").

    >>> price_fell("昨天买的168 今天怎么成158了"), price_fell("退了精华 为啥只退我188 我付的199")
    (True, False)
    """
    return any(int(m.group(2)) < int(m.group(1)) for m in _FELL_TO.finditer(text))
# the customer says the address is right ("地址是对的 今天能发吧"): nothing to check for them
ADDRESS_RIGHT = lazy(r"地址(?:是|都|也)?(?:对的|没错|没问题|正确)(?![吧吗么嘛呢？?])")  # (not "地址没问题吧")
# the customer says she is expecting ("刚怀孕两个月", "验出来两道杠了"), not a friend nor a plan (备孕)
PREGNANT_SELF = lazy(r"(?<!备)(?:怀孕|怀上)(?:了|快?[\d一二两三四五六七八九十几多]+个?(?:月|周))|两道杠|孕[早中晚]期|有咗(?:bb|BB)|怀咗")  # ("我啱啱有咗bb")
PRICE_CHALLENGED = lazy(r"贵这么多|这么贵|贵在哪|凭啥|凭什么|为(?:啥|什么)(?:卖|要|就)?(?:这么|那么)?贵|值不值|值这个价")  # what the price buys is asked


# "快递显示派送中 …能不能改到公司地址", "物流在杭州转运中心…能不能拦截改寄": the parcel has left, so a
# change script's "还没发出的话…；如果已经发出了，" branch is only its second half
_ON_ITS_WAY = lazy(r"派送中|派件中|正在派送|在派送|运输中|已发货|已经发货|发货了|已揽收|在路上|已经?发了|转运中心|物流(?:在|到|显示|卡)|快递到哪|有单号|单号都有|有物流")
_MAYBE_NOT = lazy(r"还没发|没发吧|没发吗|发了吗|发没发|还没发货|没发货吧")


def left_already(text: str) -> bool:
    """Whether the customer says the parcel has left (not "还没发吧", which hopes it has not).

    >>> left_already("物流在杭州转运中心三天没动了"), left_already("地址填错了 已发货了吗 还没发吧")
    (True, False)
    """
    return bool(_ON_ITS_WAY.search(text)) and not _MAYBE_NOT.search(text)
_NOT_YET_BRANCH = lazy(r"包裹还没发出的话，[^；。]*；如果已经发出了，")


def on_its_way(text: str) -> str:
    """``text`` with a change script's two branches cut to the one for a parcel already sent.

    >>> on_its_way("地址能改的～包裹还没发出的话，我直接帮您改好；如果已经发出了，我马上联系快递拦截改派。")
    '地址能改的～包裹已经在路上了，我马上联系快递拦截改派。'
    """
    return _NOT_YET_BRANCH.sub("包裹已经在路上了，", text)


# a parcel promised and not come ("说好今天到的又没到", "怎么还没送到"): an order placed, its parcel to look for
NOT_COME = lazy(r"(?:又|还|都|怎么)没(?:到|送到|送来)|说好[^，,。？?\s]{0,4}到的")
# a new purchase beside an after-sale problem ("上次的赠品没发 这次想再买个面霜 还送面膜吗")
NEW_PURCHASE = lazy(r"这[次回](?:想|要|再)|想(?:再)?加[个一][^，,。？?！!\s]{0,6}(?:霜|精华|面膜|洁面|洗面奶)|再(?:给我|帮我)?(?:买|拍)|想再|新拍|还想买|想一起买|一起(?:拍|买)了?吧|现在(?:买|拍|下单)")
# goods or a parcel named ("開發票 幾時可以收到" names none: the invoice's arrival, not a parcel's)
GOODS_SAID = lazy(r"货|貨|快递|快遞|包裹|东西|東西|寄|发出|發出|一起发|一起發|面霜|精华|精華|面膜|洁面|潔面|洗面奶")
# a gift asked about ("现在买有啥送的", "送的是什么"), not told as the cause of a price ("现在又是送面膜")
GIFT_ASKED = lazy(r"送(?:个|点)?(?:什么|啥|几)|送不送|能送|送吗|送的是|有(?:啥|什么)(?:送|赠品)|赠品(?:是|有)(?:啥|什么)")
# whether a remark is needed, asked ("要我自己备注吗", "用不用备注"), not one asked for ("帮我备注发顺丰")
REMARK_NEEDED = lazy(r"(?:要我|我要|需要|用不用|要不要|得)(?:自己|单独)?备注(?:一下)?(?:吗|么|不|嘛|呢|[？?]|$)")
# a dispatch overdue, said ("付款两天了都没发货", "还不发")
OVERDUE_SAID = lazy(r"[#\d一两三四五六七八九十几]+天了?(?:都|还|也)?(?:没|不)发|好几天(?:都|还)?(?:没|不)发|还不发")
# an effect missed ("用了一礼拜 啥效果都木有") and a doubt of the goods said beside it ("是不是假货")
_NO_EFFECT_SAID = lazy(r"(?:啥|什么|一点)?效果(?:都|也)?(?:没有|没|木有)|没(?:啥|什么|有)?效果|效果不明显|不见效|没见效")
_FAKE_DOUBTED = lazy(r"(?:是不是|不会是|怕是)?假(?:货|的)(?:吧|吗)?")


def without_effect_doubt(text: str) -> str:
    """``text`` without an effect missed, and then without a doubt of the goods beside it: what is
    left tells whether any fault of the goods is said ("用了一礼拜 啥效果都没有 是不是假货": none)."""
    stripped = _NO_EFFECT_SAID.sub("", text)
    return _FAKE_DOUBTED.sub("", stripped) if stripped != text else text


# one item found and another bought asked for ("箱子里就一瓶精华 洗面奶呢"), not the gift ("…面膜呢" where 面膜 is the gift)
_ONLY_GOT = lazy(r"(?:箱子里|里面|包裹里|盒子里|收到|到手)[^，,。？?\s]{0,3}就[一两俩]?[瓶支盒个件]?([^\s，,。？?！!]{1,6})[\s，,。？?！!]+([^\s，,。？?！!]{2,6})呢")


def other_item_asked(text: str, gift: str = "") -> bool:
    """Whether ``text`` says one item came and asks where another is, other than the gift ``gift`` names."""
    m = _ONLY_GOT.search(text)
    return bool(m) and m.group(2) not in m.group(1) and m.group(2) not in gift and not re.search("赠品|小样|礼物|送的", m.group(2))
