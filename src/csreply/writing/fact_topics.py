"""Which facts a customer's message asks about, and where: the topics before their answers.

:func:`asked` finds the fact topics a clause asks about (price, spec, shipping, invoice …), in
the order the customer asks them; :func:`position` says where in the text; :func:`has_fact`
whether the library holds the fact, so the draft can state it (how long ago the customer says
something happened is :mod:`csreply.writing.days`). :func:`bare` trims a fact's final punctuation for
the sentences that frame it (:mod:`csreply.writing.facts`, :mod:`csreply.writing.recommending`).
No I/O.
"""

from __future__ import annotations

import re

from ..cache import short_text_cache
from ..library.model import Policy, Product
from .regions import CITIES, REGIONS, destination
from .opened import OPENED, OPENED_ASKED, UNOPENED, UNOPENED_SAID
from .signals import EFFECT_ASKED, EFFECT_TIME, SMALL_PACKS, WAY_TO_PAY
from ..lazy_pattern import lazy

# a remark for a gift's parcel ("别放发票和价格单"): something left out, not asked for
# "…券在哪领": where the coupon is taken, asked
COUPON_WHERE = lazy(r"券[^，,。？?！!\s]{0,3}(?:在哪|哪里|哪儿|去哪|上哪|怎么领|咋领)|(?:在哪|哪里|去哪|上哪|怎么|咋)领券")
INSTALMENTS = lazy(r"分.{0,2}期|手续费|几期|免息|利息")  # "花呗分三期 有利息不": instalments asked
PRICE_SLIP = lazy(r"价签|价格单|价格标签|小票|发票|收据|清单|宣传单")  # what a gift's parcel leaves out
LEAVE_OUT = lazy(r"别放|不要放|不放|别带|不要带|别附|价签撕|撕(?:掉|了)?价签|(?:把|将)?价签(?:撕|去)掉?")
NOT_TAKEN_OFF = r"(?:(?:咋|怎么|为啥|为什么)[^，,。？?\s]{0,4}?还?是[#\d]+|不是应该减|应该减[#\d]+吗|没减|没给我?减|没有减|没抵|不减|不给减|没用上|用不了|没扣|减不了|没优惠)"  # a discount not applied
# 卷: the homophone typed for 券; "不是说减20吗 咋还是336": the discount named by its figure
USED_HOW = r"(?:怎么|咋|如何|怎样)(?:用|使用)"  # "券领了 不知道咋用的": how a coupon is used, asked
COUPON_USE = r"[券卷].{0,16}?" + USED_HOW
COUPON_UNUSED = r"(?:[券卷].{0,32}" + NOT_TAKEN_OFF + r"|满[#\d]+减[#\d]+.{0,16}" + NOT_TAKEN_OFF + r"|(?:咋|怎么|为啥|为什么)[^，,。？?\s]{0,4}?是[#\d]+.{0,16}[券卷]|减[#\d]+.{0,10}(?:咋|怎么|为啥|为什么|怎么还|咋还)还?是[#\d]+|满减.{0,16}" + NOT_TAKEN_OFF + r"|(?:咋|怎么|为啥|为什么)[^，,。？?\s]{0,4}?(?:付了?|是|要)[#\d]+.{0,16}满减|满减.{0,16}(?:咋|怎么|为啥|为什么)[^，,。？?\s]{0,4}?(?:付了?|是|要)[#\d]+)"
_WHEN_OF_DAY = r"(?:白天|晚上|早上|早晚|夜里|睡前)"
# how long a mask stays on, as the customer says it ("敷半小时", "敷一个小时行吗"): the usage and its caution
_LONG_ON = r"(?:越久越好|越长越好|敷(?:了|上|个)?(?:快|将近|差不多|都快|都)?(?:\d+|[一二三四五六七八九十半两]+)(?:个)?(?:分钟|小时|钟头|钟)|敷一[宿晚夜]|敷(?:一)?整晚|敷着睡|敷.{0,4}过夜)"
_WHEN_TO_USE = lazy(_WHEN_OF_DAY + r"(?:也|都|还)?(?:能|可以)[用擦抹涂]")  # "白天也能用吗": when, not who
# topic -> what the customer's words look like; checked on the Simplified, lower-case message
_ASKS: dict[str, str] = {
    "price_protect": r"(?:也|又|现在|今天|都)降了|(?:还是|要不|不如|想|打算)?等(?:下个?|下次|到)?(?:大促|活动|双十二|双12|年货节|618)(?:再买|再拍|吧|算了)|买了[^，,。？?\s]{0,2}(?:到时候?|过几天|之后|以后)[^，,。？?\s]{0,2}又?(?:便宜|降价)|(?:更便宜|降价|便宜了?)[^，,。？?\s]{0,8}(?:不就|岂不是|那不就|就)(?:亏|吃亏|白买)|一看[^，,。？?\s]{0,2}(?:活动价|现价|价格|降价)[^，,。？?\s]{0,2}(?:才|只要|变成)?[#\d]{2,4}|(?:到时候?|之后|以后|过几天|买了|买完)[^，,。？?\s]{0,4}降价[^，,。？?\s]{0,4}(?:不就|岂不是|就)?(?:亏|吃亏|白买|怎么办|咋办)|比(?:页面|现在|详情页)[^，,。？?\s]{0,2}贵|能补给?我|也给我减|给我也减|(?:活动价|现价)\S{0,2}[#\d]{2,4}(?:了|[？?]|$)|(?:现在|今天|页面)[^，,。？?\s]{0,4}(?:只要|才卖?)[#\d]{2,4}了|能退我\d+|能退[#\d]+(?:块|元)?(?:吗|么|不|嘛)|差了?[#\d]+(?:块|元)?.{0,3}(?:能退|退吗|补吗|能补|退不退|补不补)|保价|价保|补差价|退差价|差价|补差[不吗么]|降价.{0,6}(?:能补|补吗|退吗|能退|补不补|退不退|怎么办)|降价了|便宜了|(?:就|又|都)降价|(?:就|又|都)降了?[#\d一二两三四五六七八九十几]+(?:块|元)?|降到\d|降了[#\d一二两三四五六七八九十几]+(?:块|元)?|变成?\d{2,4}了|掉价|买贵了|会不会降价|会比现在便宜|会不会更便宜|会更便宜吗|更便宜我就等|(?:双十二|双12|618|双十一|双11)[^，,。？?！!\s]{0,4}(?:更便宜|便宜些|便宜点)|买还是(?:再)?等|买?(?:划算|合算|划得来)还是(?:再)?等|等到?[^，,。？?\s]{0,6}(?:先买|再买)[^，,。？?\s]{0,3}(?:会|會)?(?:平啲|平d|便宜)|(?:定系|还是)(?:而家|现在)买|还是等到?(?:那天|那时候?|双十[一二]|双1[12]|大促|活动)|要不要等(?:等|到|降价|活动|大促|双|[\s，,。？?吗呢]|$)|等等再买|等活动再买|等(?:几|两|三|个几)天(?:再买|再说|再拍|中不中|行不行?|可以不|可以吗)|等(?:到)?(?:双十[一二]|双1[12]|大促|618)(?:再|的时候|那天)|等降价|亏不亏|买亏|会不会亏|怕亏|买了亏|差了\d+[块元]|差了[一两二三四五六七八九十几]+[块元]",
    "price": r"多少钱|(?<!片精)[霜华膜奶乳液]多少(?=$|[\s，,。？?])|什么价|价格|价钱|(?<![这那])几块钱|多少米|售价|卖多少|怎么卖|几钱|几多钱|咩价|几银|(?:一共|总共|加起来|一起)(?:是|要|得)?多少(?![天片支瓶盒件个克毫ml])|(?:还是|跟|和)(?:原来|以前|之前|上次|上回)(?:那个?|的)?价",  # 几钱: Cantonese; "还是原来那价不"
    "spec": r"精华(?:多不多|多吗|够不够多|有多少)|(?:一片|每片|一张|每张)[^，,。？?\s]{0,3}(?:多少|几)(?:ml|毫升)?精华|(?:一|每)[片张块](?:都|是不是|是否)?有[#\d]+\s*(?:ml|毫升)|(?:一片|每片|一张|每张)精华液?(?:有|是)?(?:多少|几)|(?<![不唔])(?:是|系|係)(?:不是|咪)?[#\d一二三四五六七八九十两]+(?:片|支|瓶|袋|盒)装|几片装|一盒(?:有)?几片|规格|容量|(?:就|只有)\s*[#\d]+\s*(?:ml|g|毫升|克)(?:这|的)?一种|大号|小号|大罐|大支装|大盒装|(?:有没有|有冇|有无|出不出)(?:再)?(?:小|大)(?:一)?(?:点|些|号)的?|(?:\d+\s*(?:ml|g|毫升|克)|这瓶|这罐|一瓶).{0,4}(?:太大|太多|太小)|大码|小码|大瓶|(?<!一)小瓶|大容量|(?<![送给])(?<!送点)(?<!送个)(?<!送些)小样(?![^，,。？?\s]{0,2}(?:也行|也可以|也好|就行))|" + SMALL_PACKS + r"|小规格|\d+\s*(?:ml|g|毫升|克)(?:的|那种|装)|盖不全|盖不住|一片(?:够|能)(?:敷|贴|盖)|贴不满|贴不全|怕脸大|脸大[^，,。？?\s]{0,4}(?:贴|敷|盖)|盖得住|能不能盖住|能盖住|敷不全|敷不满|敷不住|贴不住|盖不满|(?:一盒|一包|盒)[^，,。？?\s]{0,3}(?:几|多少)块(?!钱)|(?<![字图])太小|够不够大|够大吗|敷不到|盖不到|遮不住|(?:面膜|一片)[^，,。？?\s]{0,4}会不会(?:太)?小|多少ml|多少毫升|多少克|多少g|净含量|多大瓶|多大一瓶|(?<![送给塞放带捎])几片|[带捎]几片(?=[^，,。？?\s]{0,3}(?:合适|够|好|吗|呢))|多少片|\d+片吗|一盒.{0,3}片(?![^，,。？?！!\s]{0,3}(?:就要|还要|要|卖|才)[#\d])|尺寸|几寸|用多久|多大|\d+\s*(?:ml|g|毫升|克)的?有吗|有\d+片装",
    "material": r"(?:啥|什么|哪种)布|(?:洗|用)完[^，,。？?\s]{0,2}(?:会不会|会|会唔会)[^，,。？?\s]?(?:绷|紧绷|拔干|紧)|(?:是不是|会不会|会)(?:很|太|有点)?(?:稀|稠|厚重?)(?:吗|么|不|啊)?$|稀不稀|厚不厚|(?:要|需要|得|用不用|要不要)[^，,。？?\s]{0,3}起泡网|(?:会不会|會唔會|会唔会)(?:洗|用)完[^，,。？?\s]{0,2}[干乾緊紧](?![净淨])|洗完[^，,。？?\s]{0,4}紧|洗(?:了|完)[^，,。？?\s]{0,2}会(?:很)?干(?:吗|不|么)|会不会(?:好|很)?紧|會唔會(?:好)?緊|会唔会(?:好)?紧|会不会(?:很|好|太)?腻|会不会(?:很|好|太)?油(?:腻)?(?![皮肌])|会(?:很|好|太)油吗|會唔會(?:好)?膩|会唔会(?:好)?腻|腻不腻|打不出泡|不起泡|没泡沫|泡沫少|质地|材质|面料|什么料|啥料|(?:膜布|面料)(?:是|用的?)?(?:啥|什么)|(?:蚕丝|天丝|纯棉|无纺布)的?[吗么嘛吧不]|是不是(?:蚕丝|天丝|纯棉)|贴不贴脸|贴脸[吗么嘛不]|搓泥|起泥|油不油|黏不黏|粘不粘|会不会黏|会黏|黏黏的[吗么嘛]|粘粘的[吗么嘛]|厚不厚|油腻吗|闷不闷|会不会闷痘|闷痘吗|闷不闷痘|清爽吗|起泡(?!网)|泡沫|紧绷|拔干|会不会(?:很|太)?干|干不干|(?:敷|贴)(?:一会儿?|没多久|几分钟)就干|很快就干|(?:没)?[一两几三五]分钟就干|膜布薄|容易(?:变)?干(?!皮)|(?:敷|抹|擦|用)(?:起来?|上去|着)[^，,。？?\s]{0,2}(?:(?:巴适|舒服)(?:不|吗|么|嘛|噻)|舒不舒服|巴不巴适)",
    "ingredients": r"成分|配方|浓度|含量|几%|多少%|百分之几|含不含|里头(?:有|还有|都有)|除了.{1,8}还有|含有|有没有酒精|酒精|香精|防腐剂|激素|皂基|皂碱|皂鹼|硅油|矿物油|色素|重金属|(?:有|什么|啥)(?:味道|香味|气味)|(?:味道|香味|气味)(?:怎么样|重吗|大吗|如何|浓吗)|香不香",
    "suitable": r"(?:用|擦|抹|涂)了?(?:以后|之后)?会不会(?:更|加重|变严重)|(?:够不够|会不会不够|不够|够)(?:滋润|保湿|润)|滋不滋润|润不润|适合|(?<!不)合适[不吗么嘛]|闷痘|长痘|爆痘|致痘|堵毛孔|长闭口|适不适合|能用吗|(?:敏感肌?|干皮|油皮|混油|混干|痘痘肌|油性|干性)能用吧|(?:敏感肌?|干皮|油皮|混油|混干|痘痘肌|油性|干性)[^，,。？?\s]{0,2}(?:能|可以)用[^，,。？?\s]{1,14}(?:吗|么|嘛|不)|(?:油皮|干皮|敏感肌?|混油|混干|痘痘肌)[^，,。？?\s]{0,2}(?:洗得干净|洗得净|洗不干净|洗得够|压得住|用着行)|(?:敏感肌?|干皮|油皮|混油|混干|痘痘肌|孕妇)[^，,。？?\s]{0,4}能(?:天天|每天)用|能(?:消炎|祛痘|去痘|治痘)|用不用得|用得不|可以用吗|能不能用(?!点?心)|用得唔得|用唔用得|啱唔啱|能使[不吗么]|能不能使|用可不可以|(?:用|擦|抹|涂|搽)(?:起|着)?行不行|(?:敏感|易红|泛红|烂脸|过敏|痘痘?肌).{0,12}(?:刺激[不吗么]|刺不刺激|刺痛[不吗么]|会刺痛|会不会刺)|可不可以用|能用不|能用么|(?:用|擦|抹|涂|搽)(?:起|着)?(?:要得|得行|使得)(?:不|吗|么)|(?:能|可以)[敷涂擦抹](?:吗|不|么)|能不能[敷涂擦抹搽]|可不可以[敷涂擦抹搽]|[敷涂擦抹搽]了?会不会更(?:严重|厉害|凶|多)|孕妇|哺乳期|怀孕|孕期|备孕|喂奶|继续用|还能用|还能接着用|要停[吗么不用]|要不要停|(?:也|还)要停|会不会(?:闷|长|爆|过敏|刺激|油)|(?:会不会|会唔会|會唔會)(?:好|很)?焗|(?:油皮|干皮|敏感肌?|混油|混干|痘痘肌|孕妇)[^，,。？?\s]{0,2}(?:得行|能行|行不|行吗|行么|可以不|可以吗)"
    # who asks, then "能用…吗" with the item between: "我是敏感肌，可以用你们的精华吗"
    r"|(?:^|肌|皮|孕|哺乳|痘|宝宝|小孩|孩子|老人).{0,12}(?:能|可以)用(?!花呗|信用卡|白条|券|优惠|积分|支付|微信|支付宝)[^，,。？?\s]{1,8}[吗么嘛]",
    "usage": _LONG_ON + r"|(?:揉|搓|按摩|打圈|停留)(?:多久|多长时间|几分钟|几秒)|一天.{0,4}(?<!好)几次|每天.{0,4}(?<!好)几次|怎么起泡|怎样起泡|直接[^，,。？?\s]{0,3}(?:挤|抹|涂|擦)[^，,。？?\s]{0,4}(?:行|可以|能|吗|么|嘛)|(?:先|要)(?:搓|打|揉)(?:出|起)?(?:泡|沫)|(?:怎么|咋|怎样|如何)(?:才能?|能|样)?(?:打|搓|揉)(?:出|起)(?:泡|沫)|打不出(?:啥|什么)?泡|搓不出(?:啥|什么)?泡|起不了泡|" + _WHEN_OF_DAY + r"(?:也|都|还)?(?:要|能|可以|需要|得)?(?:用|抹|涂|擦|洗)|敷一晚|敷一整晚|敷着睡|过夜|[要得需]防晒|(?<!让我)(?<!叫我)(?<!让)(?<!还)怎么用|如何用|用法|使用方法|怎么使用|咋个用|咋用|点用|點用|怎么个用|打起泡|要起泡|起泡[吗不么没]|(?:咋|怎么|怎样|如何)(?:抹|涂|擦|搽)|一周.{0,4}几次|上妆|化妆|[用敷抹涂]几次|几天.{0,2}一次|用量|用多少|先用|顺序|(?<![送赠券])(?<!送的)(?<!赠品)一起用|一块儿?用|叠(?:着|加)?(?:用|抹|涂)|敷多久|(?:多久|多长时间|几耐|几天)[敷用抹涂擦]?一次|早晚都用|每天都?用|[用抹涂擦]完.{0,8}(?<!好)(?:[涂抹用]|再上|才上)|用多久|[敷用]完(?:需要|要)|[敷用抹涂擦]完还要|[敷用]完[^，,。？?\s]{0,4}(?:再)?洗|要不要洗|要洗脸|天天[敷用抹涂]|每天[敷抹涂]|(?:要|需要|得|用不用|要不要)打(?:出)?泡|打不打泡|打泡(?:吗|么|不)|(?:怎么|咋|怎样)(?:敷|涂|抹|擦)(?![^，,。？?\s]{0,2}(?:坏|破|错|没|不))",
    "cautions": r"[敷贴]了(?:半个?多?小时|一个?多?小时|[二三四五六]十多?分钟)|越久越(?:好|补水|滋润|有效)|(?:要|需要|得|该|应该)?注意(?:啥|什么|些什么|点啥|哪些|些啥)|(?:一|每次|一次)(?:敷|贴)(?:就|都|要)?(?:半个?小时|一个?小时|[二三四五六]十(?:多)?分钟|[2-6]\d分钟)|隔天用|隔一天|隔天一次|会不会(?:脱皮|起皮|甩皮|刺痛|泛红)|會唔會(?:甩皮|脫皮)|会唔会甩皮|敷一整晚|敷一晚|敷[着起]?睡一?[宿晚夜]|敷[着著]睡|一整晚|过夜|敷到天亮|注意事项|进眼睛|进到眼睛|弄到眼睛|入眼|辣眼|眼睛(?:好|很|有点)?(?:疼|痛|辣|刺)|当眼霜|做眼霜|眼霜用|[涂抹擦用]在?眼(?:周|睛|部|下|皮)|" + _LONG_ON + r"|(?:眼周|眼睛周围|眼部|眼睛).{0,3}(?:能|可以)(?:用|洗|涂|抹)|耐受|副作用|有刺激|刺激吗|刺激不|刺不刺激|刺痛吗|刺痛不|会刺痛|会不会(?:刺痛|痒|红|脱皮|刺刺|痕|刺)|刺刺的|(?:痒|痕)不痕|会唔会(?:好)?(?:痕|刺|红|过敏|敏感|甩皮|脱皮)|会过敏|怕过敏|过敏吗|会不会又?过敏|又过敏",
    "shelf_life": OPENED + r"|(?:" + UNOPENED + r"|没用过)[^。？?]{0,8}(?:还能用|还可以用|能用[吗么不]|能不能用|过期)|用不完[^，,。？?\s]{0,3}(?:过期|浪费|可惜)|会不会过期|囤[^，,。？?\s]{0,6}过期|开了?[^，,。？?\s]{0,3}(?:半年|[#\d一二两三四五六七八九十几]+个?月)[^，,。？?\s]{0,3}还能用|保质期|有效期|过期吗|过期了吗|过期了没|是不是过期|快过期|能放多久|放多久|放得住|放不放得住|存得住|能放住|开封后|开[咗了].{0,4}(?:几耐|多久)(?!能给|能拿|给我|能收到|能开好|开好)|用几耐|放几耐|保存期限|保存多久|能保存|开了.{0,6}多久(?!能给|能拿|给我|能收到|能开好|开好)|开封.{0,6}多久|多久(?:要|得|必须|内)?用完|几个月(?:要|得|内)?用完",
    # facts a catalogue rarely holds: asked, they get "I will check, by …", never silence
    "storage": r"放冰箱|冰箱里|冷藏|怎么保存|避光|怕晒(?![完了伤黑后脱])|怕热|氧化|见光(?!.{0,3}(?:会)?变黑)|(?<!见光会)(?<!见光)变黑|会不会变色|留到明天|留着明天|明天再用|下次再用|封起来",
    "dose": r"一次.{0,3}(?:挖|取|用|涂|抹|挤|按)多少|(?:挖|取|挤|按)多少|用多少量|多大量|几泵|(?<!没)几滴",
    "made": r"别(?:给我)?发(?:快|临)过期|(?:不要|别)(?:给我)?(?:发)?临期|别(?:给我)?发旧(?:货|的)|生产日期|新生产|今年生产|生产的吗|哪年生产|什么时候生产|是新货|新货吗|批次",
    "combine": r"(?:和|跟|与|加|搭配|叠加)\s*(?:维a|a醇|视黄醇|视黄醛|a酸|果酸|水杨酸|杏仁酸|刷酸|酸类|维c|vc|早c晚a|其他精华|别的精华)",
    "in_box": r"(?:勺子?|铲子?)[^，,。？?\s]{0,3}(?:有啥用|有什么用|干嘛用|干什么用|做什么用|干嘛的|干什么的)|独立包装|单独包装|包装里(?:都)?有|盒子里(?:都)?有(?:啥|什么|哪些|没有)|里面都有(?:啥|什么)|配件|包含什么|一套有|有几样|礼盒|有(?:没有)?勺|带勺|配勺|[带配送有](?:个|把|一把)?[小挖]?勺|送勺|有(?:没有|没得)?[^，,。？?\s]{0,3}勺|勺子?呢|附带|带不带",
    "shipping": r"包邮|包[游油由][吗么不没]|免运|免邮|包个邮|包下邮|包一下邮|运费|邮费|快递费|邮不邮",
    "courier": r"什么物流|哪个物流|哪家物流|哪间物流|用什么寄|顺丰|咩快递|咩速递|什么速递|啥快递|什么快递|哪家快递|哪个快递|京东快递|圆通|中通|韵达|申通|极兔|邮政|ems|快递公司",
    "ships_from": r"哪里发|从哪发|哪儿发|发货地|哪发货|仓库在(?!等)|仓库是在(?:哪|" + "|".join((*REGIONS, *CITIES)) + r")|从哪里寄|哪里寄|(?:是|从|在)?(?:" + "|".join((*REGIONS, *CITIES)) + r")发(?:的|货)?[吗么不]|(?:你们|你家|店铺?)(?:是)?在?(?:" + "|".join((*REGIONS, *CITIES)) + r")的?(?:是吧|吧|吗|么)",  # "你家是杭州发吗"
    "invoice": r"发票|开个?票|开张票|专票|普票|税号|抬头(?!纹)",  # ("抬头…公司 税号…" given bare: the details, read back)
    # when refunded money arrives ("退了钱多久到"), not when a parcel does
    "refund_time": r"几天到[账帐]|多久到[账帐]|(?:钱|款)[^，,。？?\s]{0,3}(?:多久|几天|什么时候|啥时候|啥时|多长时间|哪天)|(?:多久|几天|什么时候|啥时候)(?:能|会|可以)?(?:回来|退回来|回到账上)|(?:多久|几天|什么时候|啥时候|多长时间)(?:能|会|可以)?(?:到账|退回|退到|退款|退钱|把钱)",
    # a sale's plans ahead ("双12有预售吗"): no policy states them, so the agent checks
    "festival": r"(?:双十二|双12|双十一|双11|618|年货节|大促)[^，,。？?！!\s]{0,6}(?:预售|有活动|什么活动|啥活动|活动吗|有优惠|优惠吗|打折)|预售",
    # two ways of paying one order ("额度就剩150 能不能一半花呗一半信用卡"): no policy states it
    # (not "换了两张卡都不行", a failing payment, nor "额度不够 能分期吗")
    "split_pay": r"一半.{0,6}一半|组合付款|组合支付|分开付|两种方式付|两张卡(?:一起|分开|各|凑|合着)|用两张卡付|额度(?:不够|就剩|只剩|剩)[^，,。？?！!\s]{0,8}(?:剩下的|其余|差的|补上|凑)",
    # where refunded money goes ("我花呗付的 会退到哪里")
    "refund_route": r"(?:退到|退回|退去|回到)(?:哪|什么地方)|(?:退到|退回|回到)(?:花呗|信用卡|白条|支付宝|微信|银行卡|余额)[^，,。？?\s]{0,3}(?:吗|么|不|嘛)|会退到|退哪|原路退回.{0,4}[吗么]|(?:钱|款)(?:会|是)?(?:退回|退到|回到)[^，,。？?\s]{0,6}(?:还是|吗|么|不)",
    "gifts": r"送[^，,。？?！!\s]{0,6}(?:是|要|得)?满(?:多少|几)|满(?:多少|几百)(?:钱|元|块)?(?:才|就|能|会)?送|送的是[^，,。？?！!\s]{0,8}(?:盒|片|还是)|送[^，,。？?！!\s]{0,4}活动[^，,。？?！!\s]{0,2}(?:还有|还在|还送|结束|截止|到哪天|到什么时候|有吗)|送[^，,。？?！!\s]{0,4}(?:真的假的|是真的吗|真的吗|是不是真的)|(?:凑到|凑够|凑满|满|到)[#\d]+(?:元|块)?[^，,。？?！!\s]{0,6}(?:还|也|就)?送(?![^，,。？?！!\s]*?(?:没|少))|送的?[^，,。？?！!\s]{0,6}(?:自己拍|要拍吗|要我拍|自动送|自动发|自动加|自动带|(?:要我|我要|需要|用不用|要不要|得)(?:自己|单独)?备注)|(?:有没有|有冇|有啥|有什么|有)[^，,。？?！!\s]{0,2}小(?:礼物|礼品|赠品)|送(?:面膜|赠品|礼品|东西)(?:[吗么嘛不]|还是)|满[#\d]+(?:元|块)?送(?:的是?)?(?:啥|什么|哪)|送一[盒片瓶个]还是|送的?[^，,。？?！!\s]{0,6}一[盒片瓶个袋支]还是|(?:人家|别家|隔壁|别人家)[^，,。？?！!\s]{0,4}(?:送|有送|还送)|(?:啥|什么)(?:也|都)不送|记得把.{0,6}(?:面膜|赠品|小样).{0,4}放|满[#\d]+送[^？?]{0,16}(?:算不算|算吗|够不够|够吗)|刚好[#\d]+[^，,。？?\s]{0,4}(?:算不算|算吗|够吗|行吗)|(?:算不算|够不够)满[#\d]+|满[#\d]+送[^，,。？?！!\s]{0,4}(?:对吧|是吧|没错吧)|送的?[^，,。？?！!\s]{0,6}一起发|送的[^，,。？?！!\s]{0,6}记得(?:给我)?(?:发|放|寄)|有送[^，,。？?！!\s]{1,6}[吗么嘛不]|送不送[^，,。？?！!\s]{0,6}|赠品|有(?:面膜|礼物|东西)送|满额赠|满额送|满额礼|有什么送|有送东西|送东西吗|送点什么|(?:能|可以|会|给我?|有)送(?:个|点|些)?(?:啥|什么)(?!好|合适|给|人|礼|[^，,。？?\s]{0,3}(?:小样|试用|样品))|有没有送|有送吗|还有送|还送.{0,4}[吗么不]|还送吗|还送不|还会送|照送吗|还有得送|塞.{0,4}(?:面膜|赠品|小样|礼物)|记得送|别忘了?送|(?:记得|别忘了?)(?:给我)?放.{0,3}(?:面膜|赠品|小样)|(?:面膜|赠品|小样|礼物).{0,4}(?:记得|别忘了?)(?:给我)?(?:带上|带|放|塞|寄|送)|送的(?:面膜|赠品|小样|礼物).{0,2}别忘|送我.{0,4}(?:面膜|赠品|小样)|送什么(?!好|合适)|送啥(?!好|合适)|送不送|送的.{0,4}(?:有没有|有吗|还有吗|还送吗)|够满|凑满|满没满|有礼物|买赠|满赠|有赠|再送|多送|满[#\d]+(?:元|块)?送的?.{0,6}(?:是|吗|几|多少|什么|哪)|送几|送多少|够送|够不够送|有啥送|有嘢送|有东西送|满多少[^，,。？?！!\s]{0,4}送|送咩|送乜|记得(?:给我)?(?:发|寄|带|放|送)(?:上)?(?:面膜|赠品|小样)|送的(?:面膜|赠品|小样|礼物)?[^，,。？?！!\s]{0,6}(?:是哪|哪一?款|正装|同一?款|一样[吗不么])",
    "warranty": r"保修|质保|维修|包换",
    "installation": r"安装|上门装|师傅上门",
    # where coupons are taken and whether they combine ("优惠券在哪领", "能和满赠一起用吗")
    "coupons": r"[券卷][^，,。？?！!\s]{0,4}(?:先领|提前领|现在领|领着)|[券卷][^，,。？?！!\s]{0,12}(?:分期|花呗)[^，,。？?！!\s]{0,6}(?:还能用|能用|可以用|能不能用)|[券卷][^，,。？?！!\s]{0,4}(?:会不会过期|不会过期|过期吗|过期没|有效期|期限|截止|到期)|还能用[^，,。？?！!\s]{0,10}[券卷](?:不|吗|么|嘛)|(?:能|可以)用[^，,。？?！!\s]{0,12}[券卷](?:不|吗|么|嘛|没|啊|呀|呢)|券[^，,。？?！!\s]{0,6}还(?:送|有赠|能送)|券.{0,6}(?:一块|一起|同时)(?:用|使用|享受)|券在哪|哪里?领|在哪领|怎么领|领券|忘领|忘了领|没领到|券.{0,8}冲突|冲突|用券|用了券|券后|折价券|折扣码|优惠码|券.{0,4}能用|券.{0,6}(?:在哪|哪里|哪儿|怎么领|怎么用|叠加|一起用|同时用)|(?:哪|怎么)领.{0,2}券|叠加|[券卷][^，,。？?！!\s]{0,6}满多少|满多少减多少|满几减几"
    r"|(?:跟|和|与)[^，,。？?\s]{0,6}(?:赠品|满减|满赠|活动)[^，,。？?\s]{0,3}(?:一起用|同时用|一起享)"
    # "满299减20的券 跟送面膜能一起用吗": the gift named by what it gives
    r"|(?:券|满减|满赠|活动|优惠|^).{0,12}(?:跟|和|与)(?:那个|这个)?送[^，,。？?\s]{0,8}(?:一起用|一块儿?用|同时用|一起享|叠加)"
    # "满299减20跟满199送面膜能一起用吗": two promotions named by their figures
    r"|满[#\d]+(?:元|块)?[减送].{0,14}(?:一起用|一块儿?用|同时用|一起享|同享|叠加)"
    # "券是自动减的吧": whether the coupon comes off by itself
    r"|[券卷].{0,4}(?:会|是)?(?:自动|直接)(?:减|抵|扣)|(?:自动|直接)(?:减|抵扣)[^，,。？?\s]{0,3}(?:的?吧|吗|么|不|没)"
    # "用299减20的券是不是347": the sum after the coupon, checked
    r"|(?:券|减[#\d]+).{0,6}(?:是不是|就是|等于)[#\d]+"
    # "能跟299减20一起用吗": a coupon named by its figures alone
    r"|[#\d]+减[#\d]+.{0,10}(?:一起用|一块儿?用|同时用|一起享|同享|叠加|能叠|叠不叠|可以叠)"
    # a coupon taken and not applied ("优惠券领了 下单怎么没减"): its threshold against the order
    r"|" + COUPON_UNUSED,
    # a refund smaller than what was paid ("只退了150 我付的168")
    "refund_amount": r"(?:能|可以|会)?全(?:额|部)?退(?:吗|么|嘛|不|给我)|全款退|退全款|退我多少|退[#\d]{2,4}(?:块|元)?还是|[只才就]退(?:了|给)?我[\d一二两三四五六七八九百几]|退多少|能退多少|退几[块元]|退款?.{0,4}少了|少了\d+[块元]|(?:给我|就)退了?\d+|[只才就]退了?\d|只到了?\d|只到账了?\d|才到了?\d|[只才]退了|少退|退少了|退款金额不对|退的是全款|全款退|退全款[吗不么]|全额退[吗不么]|退全额[吗不么]|退的钱不对|退的钱[^，。？！\s]{0,6}对不上|退款[^，。？！\s]{0,4}对不上|(?:退款|退的钱)到了?[^，。？！]{0,6}[咋怎么]{1,2}少了|还差\d+|还有\d+[块元]呢",
    # when customer service answers ("客服几点下班", "晚上十点还有人吗")
    "service_hours": r"(?:今天|今儿|明天)(?:你们)?(?:上班|营业)(?:不|吗|么|嘛|没)|几点下班|几点上班|上班时间|下班时间|工作时间|在线时间|营业时间|客服.{0,6}(?:几点|到几点|什么时候)"
    r"|(?:今晚|晚上|夜里|半夜|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|周末|节假日|明天|后天|元旦|国庆|春节|过年).{0,8}(?:上班不|上不上班|几点到几点|有人吗|有人在|有客服|还在吗|在不在|上班吗|有人回|(?:还)?能回(?:消息|复|你们)?|回(?:消息|复)(?:吗|不|么)|有没有人|有人[覆复]|就?没人了|没人回|没人理)|几点(?:有人|能回|回复)|客服.{0,6}(?:几点|\d+点|[一二三四五六七八九十]+点)(?:就|才)?(?:没人|下班)",
    # a shop to visit ("周末能去线下门店看看吗"): the shop is online, and where it ships from
    "store": r"线下|门店|实体店|(?:有|哪有|哪里有|没有)专柜|专柜(?:在|地址)|店面|能去店里|到店",  # "在专柜闻的": a comparison, not a store asked
    # one order to two places ("一瓶寄杭州一瓶寄合肥 一个订单能填两个地址吗")
    "two_addresses": r"两个地址|两个收货地址|寄两个地方|寄到两个|发两个地方|分开寄|分别寄",
    # two orders in one parcel ("现在拍能跟上一单一起到吗", "两单能合并发吗")
    "gift_swap": r"(?:换做|换成|改成|改)送(?![到去往货件给上])|赠品[^，,。？?\s]{0,4}(?:能|可以)?(?:换成|换个|换)|送的[^，,。？?\s]{0,4}(?:能|可以)?换成",
    # "积雪草面箱和修护霜是一个东西吗 还是两款": two names, one item or two
    "same_item": r"^(?!.*(?:送的|赠品|赠的)).*?(?:是(?:一个|同一个?|同一款|一样)的?(?:东西|产品|款|商品)?(?:吗|么|嘛|不|？|\?)|是不是同一|(?:还是|或者是?)(?:两|2)(?:款|个东西|样东西))",  # (not "送的那片是同一款不": the gift asked about)
    "merge": r"(?:跟|和|与)(?:上一单|上个订单|之前那单|前面那单|上次那单|那单).{0,6}(?:一起|一块)|合并发|并单|合单|两单.{0,4}一起发|再加[^，,。？?\s]{0,8}[，,\s]?(?:能不能|可以|能否|能)塞?(?:一起|一块)(?:发|寄)|塞(?:一起|一块|进去)(?:发|寄)",
    # a gift when the order goes back ("送的面膜要一起寄回去吗", "退货的话赠品要退吗")
    "gift_return": r"(?:赠品|送的|赠送的|送了?的?(?:面膜|小样))[^，,。？?！!\s]{0,8}(?:退回|寄回|要退|一起退|也退|也要退|一起寄(?=回|过去|给你)|要还|还回)",
    # what an item does for a need, and how soon ("痘印能淡吗 要用多久才有效果"): its benefit
    "benefit": r"(?:痘印|斑|暗沉|肤色|黑头)[^，,。？?\s]{0,2}(?:一点|一点点|丝毫)?(?:都|也|还是)?(?:没|没有|不)(?:淡|变|亮|改善|好转)|智商税|祛斑|去斑|淡斑|能美白|美白吗|没啥效果|没什么效果|没效果|(?:啥|什么|一点)效果(?:都|也)(?:没有|没|木有)|效果不明显|没(?:啥|什么|有)?变化|一点变化(?:都|也)?没有|不见效|没见效|能淡|淡化|淡不淡|有效果吗|有没有效果|见效快|管用吗|有用吗|" + EFFECT_TIME,
    # how gentle an item is, asked before buying ("刺激大不大", "敏感肌会不会刺刺的", "温和吗")
    "gentle": r"会不会(?:又|再)(?:红|泛红|过敏|起疹|敏感)|浓度(?:高|低|越高|更高|不是|大)|高浓度|(?:很|特别|比较|挺)?容易(?:过敏|敏感|泛红)|易过敏|刺激(?:性)?(?:大不大|大吗|大么|强吗|强不强|吗|么|不)|会不会(?:很|好|有点)?(?:刺激|刺痛|刺刺|刺|辣)|刺不刺|温和(?:吗|么|不)|温不温和|会刺痛|刺痛吗|(?:怕|担心)[^，,。？?\s]{0,3}(?:刺激|刺痛|越洗越干|拔干|紧绷)",
    # whether a cleanser removes make-up or sunscreen ("洗面奶能卸妆不"): no catalogue key, so checked
    "removes_makeup": r"卸妆|卸得掉|卸得干净|洗得掉(?:防晒|隔离|妆|粉底)",
    # whether the shop is on holiday ("你们放假了吗", "仓库系咪放假啊"): today, by the working days
    "closed": r"(?:你们|你哋|你地|仓库|店里|店铺|客服|商家|贵店|厂家)[^，,。？?！!\s]{0,3}(?:放假了|放假啦|在放假|放假中|放大假|休假了)|(?:系咪|是不是|是否)(?:都|集体)?放假(?![^，,。？?！!\s]{0,3}(?:吗|不))|集体放假",
    # a delivery wish ("别放驿站送到家", "送货上门哈"): noted on the order; the courier's depot decides
    "packing": r"包(?:严实|结实|好|仔细|紧)(?:点|一点|些)|多包(?:几层|一层|点)|(?:多|加)(?:点|些|一层)?(?:泡沫|气泡膜?|防震|防撞)|包装[^，,。？?\s]{0,2}(?:好点|结实点|严实点|仔细点|加固)",
    "door": r"(?:能不能|可不可以|可以|(?<![不没])能|麻烦|让他|让快递|帮我)[^，,。？?！!\s]{0,4}放(?:到|在)?(?:菜鸟)?(?:驿站|快递柜|丰巢|门卫|前台|物业|代收点)|放(?:到|在)?(?:菜鸟)?(?:驿站|快递柜|丰巢|门卫|前台|物业|代收点)(?:室|那)?(?:里|儿)?(?:可以|行|能|中|得行)(?:吗|么|不|嘛)|(?:别|不要|不想|甭|千万别)(?:给我)?(?:放|扔|丢|搁|送)(?:到|在|去)?(?:驿站|快递柜|菜鸟|丰巢|代收点|快递点)|(?:(?<![不没了能会])|能不能|可不可以)(?:送(?:货)?|派送)(?:到家|上门|到门口|到楼上)|放(?:家)?门口[^，,。？?！!\s]{0,4}(?:就行|就好|就可以|即可|吧)|放(?:到|在)?(?:菜鸟)?(?:驿站|快递柜|丰巢|门卫|前台|物业|代收点)(?:就行|就好|就可以|即可)|(?:别|不要|千万别)敲门|(?:别|不要)按门铃|放(?:到|在)?(?:菜鸟)?(?:驿站|快递柜|丰巢)[^，,。？?！!\s]{0,2}(?:我|会)?(?:怕|担心)(?:丢|被)",
    # the tracking number asked for ("单号发我下", "快递单号多少"): where it is shown, or looked up
    "waybill": r"(?<!订)单号(?:发|给)(?:我|一下)|(?:发|给)我(?:一下|下)?(?:快递|物流)?单号|(?:快递|物流)单号(?:多少|是多少|呢|发我|给我)|(?<!订)单号(?:是)?多少",
    # the parcel sent straight to someone else ("能直接寄她家不 她在合肥"): their address on the order
    "send_to_other": r"(?:能|可以|能不能|可不可以)(?:直接)?(?:帮我)?寄(?:到|给|去)?(?:她|他|我妈|我爸|我朋友|朋友|闺蜜|我婆婆|婆婆)(?:家|那|那里|那儿)?(?:吗|不|么|嘛|[，,。？?\s]|$)",
    # which item the gift is ("送的面膜是哪款 跟你们卖的一样不"): the rule names none, so checked
    "gift_kind": r"(?:送的|赠品|赠的|满[#\d]+(?:元|块)?送(?:那个|那片)?)[^，,。？?！!\s]{0,12}(?:是哪|哪一?款|哪个(?![^，,。？?！!\s]{0,2}(?:走|发|寄|包裹))|啥款|什么款|哪种|什么牌|啥牌|什么面膜|啥面膜|同一?款|一样的?[吗不么]|正装)",
    # the shop's own membership ("会员有折扣吗 积分能抵钱不"): no policy says it, so checked (a platform's points are special.py's)
    "membership": r"会员[^，,。？?！!\s]{0,4}(?:折扣|优惠|价|打折|等级|福利|有啥|有什么|制度)|(?<!天猫)(?<!淘宝)(?<!淘气)积分[^，,。？?！!\s]{0,4}(?:抵|换|兑|能用|可以用|有用)|(?:有|你们有|店里有)会员吗|会员卡",
    # where a return is sent ("退货要寄到哪"): shown once the return is approved
    "return_address": r"退货地址|退换货地址|(?:退货|退回去|寄回去?|退回来|寄回来)[^，,。？?！!\s]{0,3}(?:寄|发)?(?:到|去)?(?:哪|什么地方|什么地址)|寄回(?:到)?哪",
    # whether the goods are genuine ("是正品吗 有检测报告没"), asked before buying
    "genuine": r"(?:是不是|是否)正品|(?:是不是|系咪|是否)真(?:的|嘅)(?![^，,。？?！!\s]{0,2}(?:不含|含|有|没有|能|会|可以|适合))|(?<!不是)正品|假货|是假的|仿的|高仿|三无|检测报告|质检报告|防伪|保真",
    # how to pay, not a payment that failed ("付款失败" is the payment scenario's)
    "payment_methods": r"刷卡|对公转账|公对公|公司转账|银行转账|花呗|八达通|云闪付|line ?pay|paypal|pay ?me|apple ?pay|分期|信用卡|白条|付款方式|支付方式|怎么付款(?![不没失还是])|能用.{0,4}(?:支付宝|微信)(?:付|支付)?吗|(?:支持|可以用|能用|能不能用)(?:微信|支付宝|云闪付|银联)|(?:微信|支付宝)(?:能|可以)(?:付|支付|用)|货到付款",
}
_PATTERNS = {topic: lazy(words) for topic, words in _ASKS.items()}
DOOR = _PATTERNS["door"]
MERGED_COUPON = lazy(r"券|满减|凑单|凑满|凑一起用")  # a coupon asked across two orders
# asked of every clause (compiled once: re.search with a string looks its pattern up each call)
_ASKS_WHEN = lazy(r"几天|多久|什么时候|哪天|能到吗")
_SENDS_TO = lazy(r"(?:发|寄|送)(?:到|过去|过来|吗|不(?!出去|出来|了|到))|(?:寄|发)唔(?:寄|发)|(?:寄|发)[^，,。？?\s]{1,5}㗎|能发|可以发|能寄|可以寄|到不到|有没有得(?:寄|发)|有得(?:寄|发)|(?:寄|发)[^，,。？?\s]{1,5}(?:可以|能|行)(?:吗|不)")
# … nor by which courier ("加钱发顺丰行吗")
_SEND_WHEN = lazy(r"几天|多久|多长时间|能到|到不|今天|明天|后天|当天|今晚|现在|上午|下午|晚上|周[一二三四五六日天]|星期|礼拜|几号|\d+号|什么时候|啥时候|哪天|顺丰|中通|圆通|韵达|申通|邮政|京东快递|EMS|ems")
_SHARED_USE = lazy(r"(?:家里人|家人|全家|一家人|两个人|俩人|我们|咱们|老公|老婆|男朋友|女朋友|对象|我妈|妈妈|闺蜜|室友)(?:都|也)?一起用")
_USE_ASKED = lazy(r"怎么用|如何用|用法|先用|顺序|几次|用多少|用量")
_SENDS_NEAR = lazy(r"[发寄送邮]")
CHARGED_MORE = lazy(r"多出来?[#\d一二两三四五六七八九十几]*[块元]|多收了?|多了[#\d]+[块元]|(?:付款|结算|下单)[^，,。？?\s]{0,6}变(?:成)?[#\d]+")


def _around(text: str, word: str, reach: int = 5) -> str:
    """The few characters on either side of ``word`` in ``text`` (it must be there)."""
    at = text.find(word)
    return text[max(0, at - reach) : at] + text[at + len(word) : at + len(word) + reach]


FEE_PAID = lazy(r"(?:运费|邮费|差价)[^，,。？?！!\s]{0,6}(?:也|都)?(?:补了|付了|补过|付过|已补|已付|补好)|(?:补了|付了|已补)[^，,。？?！!\s]{0,3}(?:运费|邮费)")
_BY_DAY = lazy(r"(?:周|星期|礼拜)[一二三四五六日天](?:之|以)?前|\d+[号日](?:之|以)?前|(?:明天|后天|月底|这周|本周|周末)(?:之|以)?前")
_CAN_SEND = lazy(r"(?:可以|能|能不能)(?:寄|发)|(?:寄|发)过来吗|(?:寄|发)得到")  # "可以寄过来吗？大概要几天"
_WAREHOUSE = lazy(r"仓库|发货|发吗|能发|快递")
_PAY_FAILED = lazy(r"失败|不行|付不了|付不出|付不进|付不脱|风控|用不起|支付不了|不成功|扣款|扣了钱|扣钱|异常|报错|出错")
_SURCHARGE = lazy(r"顺丰|快递|运费|邮费")  # "改发顺丰 差价怎么补": the courier's surcharge
_OWNED_ONE = lazy(r"之前|以前|上次|上回|买的|用的|别家|专柜|官网|实体店|超市|朋友")
EXCHANGE = lazy(r"换成|换一|换个|换货|调换|换别的")
# any topic at all: most clauses ask none, and one search tells so instead of one per topic
_ANY_TOPIC = lazy("|".join(f"(?:{words})" for words in _ASKS.values()))
# a loyal customer's perk asked ("老客专属券", "回购有优惠吗"): the shop's offers, whichever
_LOYAL = r"老客.{0,4}(?:优惠|活动|券)|(?:专属|会员|回购)(?:券|优惠)"
# words that ask a fact only when the shop states it ("有啥活动" is the gift rule if there is one,
# otherwise the promotion scripts answer better than "I will check")
# "买二送一", "第二件半价": a multi-buy offer asked (answered by the shop's own promotions)
MULTI_BUY = r"买[一二两三四五\d](?:[瓶件盒支个])?送[一二两\d]|[二两]送一|第二(?:件|瓶|盒|支)半价|第二(?:件|瓶|盒|支)打折"
_MULTI_ASKED = r"(?:有没有|有|搞不搞|搞|能不能|可以|能)[^，,。？?\s]{0,4}(?:" + MULTI_BUY + r")|(?:" + MULTI_BUY + r")[^，,。？?\s]{0,3}(?:吗|嘛|么|不|没|呢)"
_WEAK = {
    "gifts": re.compile(_MULTI_ASKED + r"|活动[^，,。？?\s]{0,5}(?:结束|截止)|(?<!发)(?<!员工)(?<!公司)福利|回馈|" + _LOYAL + r"|什么活动|啥活动|有活动|活动吗|活动不|有没有[^，,。？?\s]{0,4}活动|优惠活动|满减|打折吗|有折扣|优惠券(?![^，,。？?\s]{0,2}(?:没领|忘领|忘了领))|有券(?![^，,。？?\s]{0,2}(?:没领|忘领|忘了领))|有没有券|有优惠|优惠吗|什么优惠|啥优惠"),
    # "有啥活动" asks every promotion: the coupons as well as the gift rule
    "coupons": re.compile(_MULTI_ASKED + r"|活动[^，,。？?\s]{0,5}(?:结束|截止)|(?<!发)(?<!员工)(?<!公司)福利|回馈|那张券|多买[^，,。？?\s]{0,3}便宜|量大[^，,。？?\s]{0,3}便宜|" + _LOYAL + r"|优惠券|有券|券吗|有没有券|什么券|啥券|什么活动|啥活动|有活动|活动吗|活动不|有没有[^，,。？?\s]{0,4}活动|优惠活动|有优惠|优惠吗|什么优惠|啥优惠|怎么买.{0,2}划算|划算吗"),
}
PRODUCT_TOPICS = frozenset(
    {"price", "spec", "material", "ingredients", "suitable", "usage", "cautions", "shelf_life", "in_box", "made", "combine", "storage", "dose",
     "removes_makeup", "benefit", "gentle"}
)


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
    for topic, pattern in _PATTERNS.items() if _ANY_TOPIC.search(text) else ():
        m = pattern.search(text)
        if m:
            found.append((m.start(), topic))
    asks_when = _ASKS_WHEN.search(text)  # arrival time, not the fee
    if "shipping" not in {t for _, t in found} and (not asks_when or _CAN_SEND.search(text)) and _SENDS_TO.search(text) and (
        not _BY_DAY.search(text)  # "周五前能寄到广州吗": whether it arrives in time, not whether it ships there
    ):
        region = destination(text)
        if region is not None and _SENDS_NEAR.search(_around(text, region)) and not re.search(f"{region}的(?:$|[\\s，,])", text):  # (not "寄到杭州的 发出三天了还没收到")
            # "新疆能发吗", "拉萨能寄吗": shipping to a region (not "明天能发不 周六前能到上海吗")
            found.append((text.find(region), "shipping"))
    topics = [t for _, t in sorted(found)]
    if "benefit" in topics and EFFECT_ASKED.search(text) and not re.search("(?:能|可以)用多久|一[瓶支盒罐]用多久|够用", text):
        topics = [t for t in topics if t not in ("spec", "usage")]  # "用多久才有效果": the effect's time, not how long it lasts
    if "usage" in topics and "suitable" in topics and _WHEN_TO_USE.search(text):
        topics.remove("suitable")  # "白天能用吗" asks when to use it, not who may
    if "service_hours" in topics and _WAREHOUSE.search(text) and "客服" not in text:
        topics.remove("service_hours")  # "周日你们仓库上班吗": when it ships, not when we answer
    if "payment_methods" in topics and re.search("退回|退到|退款|退钱|原路", text) and not INSTALMENTS.search(text) and not WAY_TO_PAY.search(text):
        topics.remove("payment_methods")  # "钱多久退回花呗": where a refund goes, not how to pay
    if "payment_methods" in topics and "coupons" in topics and re.search(COUPON_UNUSED, text) and not re.search("能用|可以用|支持|花呗|信用卡|分期", text):
        topics.remove("payment_methods")  # "付款的时候那个满299减20没减啊": the discount, not how to pay
    if "payment_methods" in topics and _PAY_FAILED.search(text) and not INSTALMENTS.search(text):
        topics.remove("payment_methods")  # "换了张卡也不行": a payment that fails, not how to pay
    if "same_item" in topics and _OWNED_ONE.search(text):
        topics.remove("same_item")  # "跟我之前买的是一样的吗": an item had, not two names of ours
    if "price_protect" in topics and (EXCHANGE.search(text) or _SURCHARGE.search(text)):
        topics.remove("price_protect")  # "换成面膜 差价怎么算": an exchange's difference, not 保价
    if CHARGED_MORE.search(text) and destination(text) is not None and "refund_amount" not in topics:
        # "我在乌鲁木齐 页面168 付款变180了 多出来12块是啥钱": the region's postage, not 保价 nor how to pay
        topics = [t for t in topics if t not in ("price_protect", "payment_methods", "price")]
        topics += [] if "shipping" in topics else ["shipping"]
    if "price_protect" in topics and "price" in topics:
        topics.remove("price")
    if "shelf_life" in topics and re.search(r"[券卷][^，,。？?！!\s]{0,4}(?:快|要|会|就)?过期", text) and "保质期" not in text:
        topics.remove("shelf_life")  # "我那个券快过期了": the coupon's days, not the goods'
    if "suitable" in topics and re.search("(?:券|满减|优惠|活动).{0,4}(?:可以|能|还能)用", text):
        topics.remove("suitable")  # "还有折价券可以用吗": the coupon is used, not the item
    if "suitable" in topics and "payment_methods" in topics:
        topics.remove("suitable")  # "可唔可以用八达通俾钱": a way to pay, not whom an item suits
    if "shelf_life" in topics and "coupons" in topics and re.search("[券卷]", text):
        topics.remove("shelf_life")  # "券的有效期多久": the coupon's, not an item's
    if "invoice" in topics and LEAVE_OUT.search(text):
        topics.remove("invoice")  # "别放发票和价格单": a gift's remark, not an invoice asked for
    if "in_box" in topics and "ingredients" in topics and "勺" in text:
        topics.remove("ingredients")  # "面霜里头有没得小勺勺": what the box holds, not what the cream holds
    if "in_box" in topics and re.search("多放|多给|多塞|放个|给我放|备注|没给|没放|少了|漏了|没收到|(?:怎么|咋|为啥|为什么)没有|没看到|没找到", text):
        topics.remove("in_box")  # "备注多放个挖勺", "挖勺都没给我": a request or a thing missing, not what the box holds
    if "gentle" in topics and "cautions" in topics and not re.search("注意|留意|禁忌", text):
        topics.remove("cautions")  # "会不会刺激": how gentle it is, not every caution of its use
    if "gentle" in topics and "ingredients" in topics:
        topics.remove("ingredients")  # "有没有酒精 会不会刺痛": the gentleness says the ingredients
    if "benefit" in topics and re.search("怕|担心", text) and not re.search("能淡|淡化|多久", text):
        topics.remove("benefit")  # "怕用了没效果白花钱": a worry before buying, answered by the value, not a fact
    if "storage" in topics and re.search("变黑|变色|氧化|见光|避光", text) and re.search("白天|晒|脸|皮肤|见光[^，,。？?\\s]{0,2}黑|早上", text) and not re.search("冰箱|冷藏|保存|放着|放久|开盖|瓶|液体|颜色", text):
        topics.remove("storage")  # "烟酰胺白天能用不 会不会变黑": the skin darkening, not the serum
    if "gifts" in topics and re.search("不是(?:说)?[^，,。？?\\s]{0,8}送[^，,。？?\\s]{0,4}[吗么嘛]", text):
        topics.remove("gifts")  # "满199不是送面膜吗 …没看着": a gift missing, not its rule asked
    if "usage" in topics and re.search("一起用|一块儿?用", text) and re.search("[券卷]|满减|活动", text):
        topics.remove("usage")  # "优惠卷在哪领 满多少送面膜 俩能一起用吗": the coupon with the gift, not the items
    if "ships_from" in topics and "shipping" in topics and not re.search("运费|邮费|包邮|快递费", text):
        topics.remove("shipping")  # "你家是杭州发吗 到北京几天": where it leaves from, no postage asked
    if "material" in topics and re.search("(?:抹|涂|用|擦)(?:完|了)[^，,。？?\\s]{0,3}(?:就|老|总)?搓泥|一(?:抹|涂|用|擦)就搓泥|(?:老是|总是|一直)搓泥|搓泥(?:咋|怎么|是怎么)回事", text):
        topics = [t if t != "material" else "usage" for t in topics]  # "抹完搓泥咋回事": how it is put on, not its texture denied
    if "festival" in topics and "现货" in text:
        topics.remove("festival")  # "现货还是预售": the stock, not a sale's plans
    if "ingredients" in topics and re.search(r"说(?:是)?(?:不含|没有|无)[^，,。？?！!\s]{1,4}[^，,。？?！!]{0,3}(?:我|可|但|结果|却)", text):
        topics.remove("ingredients")  # "说不含香精我闻着就是香的": our claim doubted, not asked again
    if "festival" in topics and re.search("买的|拍的|付的|买了|下单的|过了|过去了|结束了|那会儿", text):
        topics.remove("festival")  # "双十一预售那会儿买的", "双十一过了还有活动没": no sale ahead asked
    if "material" in topics and re.search("挺舒服|很舒服|好舒服|挺好|不错|喜欢|好用", text) and not re.search("[吗么？?]|怎么样|咋样|如何", text):
        topics.remove("material")  # "面霜质地挺舒服的 谢谢哈": praise, not a question
    if "gift_return" in topics:
        topics = [t for t in topics if t != "gifts"]  # "赠品要退回吗": the gift going back, not the gift rule
    if "shelf_life" in topics and "storage" in topics and not re.search("保质期|过期|几个月|半年|年", text):
        topics.remove("shelf_life")  # "面膜开了一片 放冰箱明天还能用吗": keeping it, not its months
    if "ingredients" in topics and re.search("(?:差不多|一样|同样|类似|相同)的?成分", text) and not re.search("什么成分|啥成分|成分是|有没有|含不含|[吗么？?]", text):
        topics.remove("ingredients")  # "别家差不多成分的才一百出头": a price held against ours, no ingredients asked
    if "made" in topics and re.search(r"生产日期(?:明明|才|都)[^，,。？?！!\s吗么呢啥哪几]{0,6}(?:$|[，,。！!\s])", text):
        topics.remove("made")  # "是变质了吧 生产日期才今年的": the date told (against the fault), not asked
    if "shelf_life" in topics and re.search("孕|哺乳|喂奶|宝宝|小孩", text) and not re.search("保质期|有效期|过期|多久|几个月|放", text):
        topics.remove("shelf_life")  # "还没拆封 孕妇到底能不能用啊": whom it suits, not its months
    if "shelf_life" in topics and (OPENED_ASKED.search(text) or UNOPENED_SAID.search(text)):
        topics = [t for t in topics if t not in ("suitable", "spec", "usage")]  # "去年开封的还能用不": its months, not whom it suits
    if "shelf_life" in topics and re.search("开(?:了|封|咗).{0,6}(?:多久|几耐)", text):
        topics = [t for t in topics if t not in ("spec", "usage")]  # "开了之后可以用多久": how long once opened
    if "refund_amount" in topics and re.search("能退吗|可以退吗|能不能退", text) and not re.search("退了|已经退|退款到|到账|退回来", text):
        topics.remove("refund_amount")  # "能退吗？退的话退多少": whether it may go back comes first
    if "refund_amount" in topics and "退" in text:
        topics = [t for t in topics if t not in ("gifts", "coupons")]  # "用了满减券 退一件能退多少": the coupon's share, checked
    if "refund_amount" in topics and "退" not in text and not (re.search(r"少了\d+[块元]", text) and not re.search("才|满|凑|差", text)):
        topics.remove("refund_amount")  # "一共278 差21块才到299": a cart's gap, no refund (a clause "可咋少了6块钱" still asks)
    if "gifts" in topics and re.search("到底送不送|派送|快递员|送货|送上门|送到家", text) and not re.search("赠|面膜|礼|小样|活动|满|东西", text):
        topics.remove("gifts")  # "快递员电话打不通 到底送不送": the delivery, not a free gift
    if "shipping" in topics and FEE_PAID.search(text):
        topics.remove("shipping")  # "运费12块也补了 麻烦尽快寄出": the fee is settled, the dispatch is asked
    if "refund_amount" in topics and "shipping" in topics:
        topics.remove("shipping")  # "只退了79 我付了85 那6块运费呢": the order's figures, not the postage rule
    if "usage" in topics and _SHARED_USE.search(text) and not _USE_ASKED.search(text):
        topics.remove("usage")  # "家里人一起用": who shares the item, not how to layer two items
    if "storage" in topics and re.search("没用完|没敷完|剩下|剩的|明天还能用|下次还能用|明天再用", text):
        topics = [t for t in topics if t not in ("suitable", "usage")]  # "拆开没用完 明天还能用吗 放冰箱行不": keeping it opened
    if "gifts" in topics and "in_box" in topics and re.search("勺|说明书|刮棒|挖棒", text):
        topics.remove("gifts")  # "面霜里有送小勺子么": what the box holds, not the promotion's gift
    if "price" in topics and re.search("价格单|价签|价格标签|价格条", text) and not re.search("多少钱|几块|什么价|啥价", text):
        topics.remove("price")  # "里面别放价格单 送人的": a slip left out, no price asked
    if "price" in topics and "courier" in topics and re.search(r"(?:差价|补)[^，,。？?！!]{0,6}多少钱?|顺丰[^，,。？?！!]{0,4}多少钱", text):
        topics.remove("price")  # "帮我改发顺丰 差价我补 多少钱": the surcharge's sum, not the items' price
    if "refund_amount" in topics and "price_protect" in topics:
        topics.remove("refund_amount")  # "给我退10块差价": the difference is the 保价 answer's
    if "usage" in topics and "coupons" in topics:
        topics.remove("usage")  # "券能和赠品一起用吗" is about the coupon, not how to use an item
    if "gifts" in topics and "coupons" in topics and re.search("一起用|一块儿?用|叠加|同时用|同享|一起享|能一起", text):
        topics.remove("gifts")  # "满299减20的券跟满199送面膜能一起用吗": the coupon's answer says both
    if "suitable" in topics and "shelf_life" in topics and re.search("还能[用抹涂擦敷]|继续[用抹涂]", text):
        topics.remove("suitable")  # "囤的还没拆 现在还能用吗" asks if it has expired, not who it suits
    return tuple(topics)


def asks_to_send(clause: str) -> bool:
    """Whether a clause asks if the goods can be sent ("可以寄过来吗"), not when ("明天能发不")."""
    return bool(_SENDS_TO.search(clause.lower())) and not _SEND_WHEN.search(clause)


def position(topic: str, text: str) -> int:
    """Where in ``text`` the question about ``topic`` is asked (0 when not found)."""
    pattern = _PATTERNS.get(topic) or _WEAK.get(topic)
    m = pattern.search(text.lower()) if pattern else None
    return (m.end() if topic == "gift_kind" else m.start()) if m else 0  # (which item the gift is: after the rule, asked with it)


def asked_weakly(text: str) -> list[str]:
    """Topics ``text`` may ask about, worth answering only when the library has the fact."""
    merged = _PATTERNS["merge"].search(text) and MERGED_COUPON.search(text)  # "能跟那单凑一起用满299的券吗": one order's sum
    return [topic for topic, pattern in _WEAK.items() if pattern.search(text.lower()) and not (merged and topic in ("coupons", "gifts", "promotion", "price"))]


# a topic answered by another's fact: the amount per use is in the usage
ANSWERED_BY = {"dose": "usage"}
# topics about an order or the shop's days, not the goods: asking them makes no question before buying
ORDER_TOPICS = frozenset({"closed", "door", "packing"})


def has_fact(topic: str, product: Product | None, policy: Policy) -> bool:
    """Whether the library holds the fact ``topic`` asks for (so the draft can state it)."""
    topic = ANSWERED_BY.get(topic, topic)
    if topic in PRODUCT_TOPICS:
        if product is None:
            return False
        if topic == "price":
            return product.price is not None
        if topic == "suitable":
            return bool(product.suitable_for or product.not_for)
        if topic == "gentle":
            return bool(gentle_parts(product))
        return bool(getattr(product, topic, None))  # "made", "combine": no catalogue key (yet)
    if topic == "shipping":
        return bool(policy.free_shipping)
    if topic == "courier":
        return bool(policy.couriers or policy.courier_surcharge)
    if topic == "price_protect":
        return policy.price_protect_days > 0
    if topic == "refund_time":
        return policy.refund_working_days > 0
    if topic == "store":
        return bool(policy.ships_from)
    if topic in ("gift_swap", "gift_kind"):
        return bool(policy.gifts)
    if topic in ("service_hours", "same_item", "merge", "two_addresses", "refund_route", "genuine", "door", "closed", "waybill", "packing", "return_address", "send_to_other"):
        return True  # the working hours every promised time is counted from; the dispatch rule  # the working hours every promised time is counted from
    return bool(getattr(policy, topic, ""))  # "refund_amount": an order's own figure, always checked


def bare(text: str) -> str:
    """A fact without its final punctuation, to be framed inside a sentence."""
    return text.strip().rstrip("。.；;，,！!～~")



_GENTLE_FACT = lazy(r"温和|不含|%|无酒精|无香精|弱酸")


def gentle_parts(product: Product) -> list[str]:
    """What an item's facts say of how gentle it is: the ingredients that give a strength or
    leave something out ("含5%烟酰胺…，不含酒精"), and an advantage that says 温和."""
    return [bare(x) for x in (product.ingredients, product.advantage) if x and _GENTLE_FACT.search(x)]


def gentleness(product: Product, ingredients: bool = True, way_in: bool = True) -> str:
    """"烟酰胺焕亮精华液 30ml含5%烟酰胺…；浓度是按每天连续使用来配的，比高浓度的同类产品温和…"
    (without the ingredients when the reply states them already; without the cautions' careful
    way in when the caller adds the cautions itself)."""
    parts = [p for p in gentle_parts(product) if ingredients or p != bare(product.ingredients)]
    if parts and parts[0].startswith("含"):
        parts[0] = f"{product.name}{parts[0]}"
    elif parts and parts[0].startswith("主要"):  # "主要是氨基酸表面活性剂", "主要成分是…": whose
        parts[0] = f"{product.name}的{'' if parts[0].startswith('主要成分') else '成分'}{parts[0]}"
    careful = [c for c in re.split("[；;]", bare(product.cautions)) if re.search("耳后|试用|试两|隔天|刚开始|第一次", c)]
    return "；".join(parts + (careful[:1] if way_in else []))  # … and the careful way in the cautions give
