"""What the message is about before a script is chosen: how serious the problem is (a skin reaction, unsafe goods, or neither:
the problem decides the remedy) and which scenario leads (the real question rather than a threat or a feeling next to it, a
question asked before buying rather than a complaint), with the word lists both share with the answers."""

from __future__ import annotations

import re

from ..library.loading import Library
from ..understanding.catalogue import find_products
from ..understanding.emotion import is_emotional_word
from ..understanding.match import Candidate
from ..understanding.cards import order_card_only
from ..understanding.matcher import Match
from ..understanding.severity import SHORTFALL, reaction_in, unsafe_in
from .fact_topics import COUPON_UNUSED, COUPON_USE, EXCHANGE, LEAVE_OUT, ORDER_TOPICS, PRICE_SLIP, asked as facts_asked
from .said_leads import GOODS_FAULT, GOODS_PROBLEMS, OPENED_BY_OTHER, UNDECIDED, said_lead
from .corrections import corrected_lead, review_changed
from .signals import ITEM_BROKEN, SKIN_ALWAYS, FEWER_WANTED, IN_TOWN, NOT_COME, TWICE_ORDERED, OTHER_AGENT, LET_PASS, REBUY, RETURN_SIGNED, BOUGHT, BOUGHT_AT, BOUGHT_OR_DROPPED, DIFFERENCE_ASKED, HOW_NOW, MONEY_LATE, NOT_TO_DOOR, refund_short, THANKED, GIFT_MISSING, GOODS_BACK, HAS_GOODS, OTHER_PLATFORM, PAID_NOW, PRAISED, PLACED, REVIEW_ACT, SEEN_CHEAPER, SENT_OTHER, SMALL_TALK, STUCK, USED_DAYS, OTHERS_USED, count_short, without_effect_doubt
from ..lazy_pattern import lazy

REMEDIES = frozenset({"return_exchange", "refund"})  # asking for a remedy
PROBLEMS = frozenset({"damaged", "quality_issue", "wrong_missing", "logistics", "not_shipped"})  # … and the problems whose scripts offer one
_BARE_WHAT = lazy(r"(?:(?:急|烦|气|愁)死(?:我)?了?|真是|你们|这|那|到底|究竟|是|又)*(?:怎么回事|咋回事|什么情况|啥情况|怎么搞的|咋搞的|怎么办|咋办|咋整)[啊呀呢嘛哦了啦？?！!]*$")  # "到底怎么回事": of what the rest tells
_LEFT_AT, _PRICE_OBJECTION = lazy(r"扔驿站|放驿站|扔快递柜|丢驿站|不送上门|不送货上门|电话都不打"), lazy(r"太贵|好贵|这么贵|太黑|黑心价|贵了|[#\d]+也太|不值")
# a worry before buying ("想买精华，但是担心用了会过敏"), whatever tense its words take
_BEFORE_BUYING = lazy(r"能(?:不能)?用(?:你们|你家)[^，,。？?！!\s]{0,6}[吗么不]|用(?:你们|你家)[^，,。？?！!\s]{0,6}(?:要得不|得行不|行不行|行不|可以不|中不中)|想买|打算买|准备买|还没买|头一回买|第一次买|头回买|担心.{0,6}会|怕.{0,6}会|再想想|心动|不敢买|不敢下单|不敢拍|不太敢(?:下单|买|拍)|怕又|怕用(?:着|了)?过敏|怕(?:用(?:着|了)?)?没(?:有|啥|什么)?(?:效果|用)|怕[^，,。？?\s]{0,6}(?:用不完|放坏|过期|放不住)|要不要(?:一次)?[囤屯多]")
_ABOVE_SHOWN = lazy(r"(?:页面|显示|写着?|标[着的价]|明明|活动页|详情页)[^#\d]{0,8}[#\d]+[^#\d]{0,12}(?:扣了?|付了?|收了?|结算|实付|变成)[^#\d]{0,6}[#\d]+")
HYPOTHETICAL = lazy(r"会不会|有没有|能不能|可不可以|是不是|会比|亏不亏")
_DONE = lazy(r"了(?!(?:之后|以后|后)?(?:就)?会|就)")  # done ("用了三天"), not a condition ("用了会不会烂脸")
# a script of a clause's own scenario is added beside the lead's only from this confidence: a wrong script glued to a right
# answer ("送啥好" read as a promotion, "出油厉害" as a quality complaint) costs more than a question left to the lead's
# answer (measured on the review panels: the glued scripts came from clauses at 0.35–0.55, the needed ones at 0.6 and above)
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
    if match.scenario is not None and library.scenarios[match.scenario].stage == "pre_sale" and not HAS_GOODS.search(OTHERS_USED.sub("", _IF_USED.sub("", text))) and not any(
            i.scenario in ("damaged", "quality_issue") and unsafe_in(i.clause) and find_products(library, i.clause, limit=1) for i in match.intents):  # ("面霜漏液了 发票呢")
        return ""  # "会不会过敏" before buying is a question ("面霜用了脸上红了" is not, whatever matched)
    if HYPOTHETICAL.search(text) and not _DONE.search(text) and not _IN_HAND.search(text) and not _HAD_ONE.search(text) or _BEFORE_BUYING.search(text) or (
        _PICK_ASKED.search(text) or re.search("买啥好|买什么好|送啥好|送什么好", text)) and not re.search("用了|擦了|抹了|涂了|敷了|用完|用你|用这", text):
        return ""  # "有没有虫眼", "担心用了会过敏" ask before anything happened
    if _INGREDIENT_ASKED.search(text) and not _USED.search(text) or LET_PASS.search(text) and REBUY.search(text):
        return ""  # "精华有酒精吗 我酒精过敏": asked before buying; "上回漏了一半 当时懒得说 这回想加个精华": let go
    if _SENT_BACK.search(text):
        return ""  # "漏液退的货 退款啥时候到": the goods are on their way back; the refund is the matter
    if reaction_in(text):  # "容易发红" is the skin as it is, not a reaction
        return "reaction"
    if unsafe_in(text) and not OPENED_BY_OTHER.search(text):  # "娃给拧开了 …封口那层也戳破了": opened, nothing spoilt
        return "unsafe"
    return ""


# bought, and now cheaper: "上周五刚买的精华199 今天一看活动价179"; a lower price seen beside a bare "能退吗"
_BOUGHT_THEN_LOWER = lazy(r"(?:刚买|买的|买了|拍的|拍了|付的|入的|实付).{0,16}(?:活动价|现价|现在|今天|降到|变成)[^，,。？?\s]{0,4}[#\d]{2,4}|(?:买|拍|付|下单|下的单).{0,16}(?:便宜|降|少)了?[#\d]{1,4}(?:块|元)?了|(?:买的|拍的|付的|下的单).{0,16}(?:现在|今天|这会)[^，,。？?\s]{0,5}(?:便宜|降|少)了?[#\d]{1,4}(?=.{0,10}[补退])")  # "10月底买的面霜，现在领券能便宜20，能给我补吗"
_DROP_SEEN, _IF_DROPS = lazy(r"(?:现在|今天|这会|页面)[^，,。？?\s]{0,6}(?:便宜|降|(?:只要|才卖?)[#\d])|降价|降了|便宜了"), lazy("以后|之后|到时|要是|万一|如果|会不会")

_SIGNS_OFF = lazy(r"拜拜|再见|下回还来|下次还来|下次再来|下次还找|下回还找|回购|886")
_SENT_BACK = lazy(r"退的货|退回去了|寄回去了|已经寄回|已寄回|退货已经寄|已经退回|货已经退了|退货单号")


# a clause that asks something (the lead and the answers per clause)
ASKS = lazy(r"[吗呢么不没？?]$|有[^，,。？?\s]{1,4}没有$|(?:有|是|能|会|可以|包|对|够)[^，,。？?\s]{0,6}吧$|[吗呢么？?]|什么|咩|啥|怎么|哪|多少|多久|(?<![带捎])几|[带捎]几[^，,。？?\s]{0,4}(?:合适|够|好)|能不能|可不可以|有没有|够不够|是不是|会不会|推荐|介绍|好用|问下|问一下|请问|想问|帮我(?![^，,。？?\s]{0,6}了)|行不行|好不好|成不成|卖不卖|给不给|让不让|减不减|抹不抹")  # "客服帮我换了货": done, not asked; "380行不行" asks; "想带几片面膜" says a few


# when an order ships, asked of a payment or a day ("拍的话周日给发吗", "周六付款 周一发不发")
_ASKS_DISPATCH = lazy(r"(?:拍|付款|付的|下单).{0,12}(?:给发|发货|发吗|发不|发出|才发|再发)|(?:周|星期|礼拜)[一二三四五六日天](?:给|能|会|才|再)?发")


# an order to cancel ("取消一单", "帮我取消吧") and goods already in hand (then it is a return)
_CANCELS_ORDER = lazy(r"取消")
_DEFECT = lazy(r"按不出来|按不动|压不出来|挤不出来|泵头(?:坏|按不)|(?:是|都|片)干的|一点精华都没有|没(?:有)?精华|精华(?:很|太|特别)少|水(?:也)?(?:很|太)少|干巴巴")
_PART_MISSING = lazy(r"(?:怎么|咋|为啥|为什么)(?:没有|没)(?:勺|挖勺|小勺|说明书)|(?:勺子|挖勺|说明书)(?:呢|没有|没给|没放|找不到)")
_TRANSIT_ASKED = lazy(r"(?:寄|送|发|到)[^，,。？?\s]{0,4}(?:大概)?(?:要)?(?:几耐|幾耐|多久|几天|几日|幾日)")
_COMPARE_ASKED = lazy(r"区别|分别|分別|差别|咩唔同|乜嘢唔同|有什么不一样|有啥不一样|哪个好|边个好|邊個好")
_IF_USED = lazy(r"[用擦抹涂搽]了(?:以后|之后)?(?:会不会|会|能不能)")  # "用了会不会更恼火": if it were used, asked before buying
_PICK_ASKED = lazy(r"(?:推|推荐|挑|选)(?:个|给我)?(?:两|俩|2|三|3|两三|几)(?:样|个|款|件)|哪个好使|哪款好使|啥好使|哪个管用|给整(?:一|1)个|(?:整|买|送|挑|选)(?:点|个|一?[套样]|给?[我他她][^，,。？?\s]{0,3}?)?(?:啥|什么)(?:好|合适)|推荐(?:个|点|一下|下|一款|一个|一样)|买哪个好|(?:整|挑)点(?:啥|什么)|挑(?:个|一个|一款|一样)|帮[我忙]?挑|帮我(?:配|搭|组)(?:一|#|个)?套|[配搭][一#]套|(?:能|可以)买(?:点|些)?(?:啥|什么)")
_JUST_ORDERED, _WHICH_OF = lazy(r"刚(?:下单|下的单|拍|付)"), lazy(r"哪个[^，,。？?\s]{0,4}(?:好|强|适合|合适)|选哪|买哪")
_UNDO, _MISORDERED = lazy(r"取消|重拍|重新拍|重新下单"), lazy(r"(?<!发)(?:拍|买|下单|选)错了?")  # "拍错了 …给我退了我重拍": the customer's own slip
_SUPPOSED_ORDER, _SHIPS_WHEN = lazy(r"(?:拍|下单|付款|付|买)的话"), lazy(r"今天.{0,3}[发寄]|什么时候[发寄]|当天[发寄]|几点[发寄]|能发货吗|多久[发寄]")
_RETURN_CHOSEN = lazy(r"才退的?|所以(?:要)?退(?:货|了)|退货中|在退货|已经退了|申请了?退货")
_RECEIVED = lazy(r"收到|签收|到了|到货|拆|用了(?!(?:之后|以后|后)?(?:就)?会)|寄回|退回去|挤出来|打开后|打开发现|" + USED_DAYS)
# the goods in the customer's hand, however the doubt is put ("挤出来有黑色颗粒 是不是过期货")
_IN_HAND = lazy(r"挤出来|打开后|打开发现|一打开|打开就|一开盖|开盖就|倒出来|收到的|拿到的|[用敷擦抹涂搽洗](?:完|了|过)(?!再|才|就不)|" + USED_DAYS)  # "才用两天脸上就刺刺的": used


_CHANGED = lazy(r"(?:味道|气味|味儿|颜色|质地|手感)[^，,。？?！!\s]{0,8}?(?:怪|不一样|不对|变了|不同)")
_NEVER_CAME = lazy(r"(?:到现在|到今天|一直|这么久|几天了|一个礼拜|一周|都)[^，,。？?！!\s]{0,3}(?:还)?(?:没|没有|未)(?:收到|到货|到|送到)")
_HAD_ONE = lazy(r"这次的|这回的|这批|比上回|比上次|跟上回|和上回|跟上次|和上次|发临期|临期货|给个说法|找小二|找天猫|投诉|差评|要退货|要退款|退钱")
_TROUBLE_SAID = lazy(r"坏|破|漏|碎|裂|压扁|压瘪|瘪|凹|变形|变质|过期|异味|怪味|发霉|假货|质量|不对|没效果|烂|脏|少了|没收到|发错|问题|没看见|没看到|没找到|没给|没放|不见|没有")
_CHANGE, _THIS_ONE = lazy(r"改|换|错|修改|更换|取消|不要|备注|延|晚点|先别|重新"), lazy(r"这次的?|这回的?|这瓶|这罐|这批|收到的|新买的|刚买的|刚收到|(?:跟|和|与|比)(?:上次|上回|以前|之前|原来|上一[瓶罐支盒])")
_SERVICE_SCORNED = lazy(r"平台介入|投诉|12315|德行|好欺负|服务(?:还|也)?(?:这|太|真)")  # "卖这么贵 服务还这个德行"
# "20号签收的", "前天到的": the day the parcel arrived (also return_answers.py)
ARRIVED_ON = lazy(r"签收的|签收了|到的|收到的|到货|刚签收|已签收|天签收")
_RETURN_ASKED, _PRICE_TALK = lazy(r"怎么退|能退|可以退|想退|要退|退货|不想要了|无理由"), lazy(r"贵|便宜|价|优惠|少点|抹零|[#\d]|块|元|钱|折|券|送")
_USE_WORDS = lazy(r"用法|怎么用|如何用|怎么抹|怎么涂|怎么敷|先用|后用|用多少|几次")


_WHEN_SHIPS = lazy(r"(?:什么|啥子?|几)时候发|哪天发|发货|多久到|几天到|好久到|多久能到|几时到")
_WHICH_GOOD, _SWITCHING, _FOR_SOMEONE = lazy(r"哪个好|哪款好|啥好|什么好|推荐|用哪|选哪"), lazy(r"想换(?:个|一个|一款|款|成)|换(?:个|一个|一款)[^，,。？?！!\s]{0,4}(?:试试|用用)"), lazy(r"礼物|送(?:给|人|礼)|给(?:我)?(?:家)?(?:对象|男朋友|女朋友|男票|老婆|老公|老?妈|老?爸|闺蜜|婆婆|媳妇|妻子|爱人|男友|女友)|\d{2,4}(?:块|元)?(?:以内|以下|左右)|预算")
_LASTS_ASKED = lazy(r"[一两二三#\d][盒瓶支罐]够(?:不够?|用|吗|么)?|够[我俺她他]?用[^，,。？?\s]{0,6}[不吗么]|够不够用|能用多久|用多久|够用(?:吗|不|么)")
_HOW_IT_FEELS = lazy(r"(绷|干|油|黏|粘|闷|刺|辣|痒|紧)不\1")  # "绷不绷", "油不油": a question, not a complaint
_HOW_TO_USE_ASKED = lazy(r"敷一[宿晚夜]|敷(?:一)?整晚|敷[着起]睡|敷.{0,4}过夜|敷[着起]?睡一[宿晚夜]|(?:能|可以)(?:不能)?天天[敷用抹]")
_SAME_ITEM_ASKED = lazy(r"是(?:俩|两个|两样|一个|一样|同一个|同一款)(?:东西|产品|款)?[吗不么嘛]|一模一样|是不是同一")
_INGREDIENT_ASKED = lazy(r"(?:有没有|有|含不含|含)(?:酒精|香精|防腐剂|激素)[吗么不没]|(?:酒精|香精|防腐剂|激素)[^，,。？?\s]{0,2}[吗么]")
_USED, _NOT_WRONG = lazy(r"用了|擦了|抹了|涂了|敷了|用完|脸上|起了|长了|冒了|红了|痒了"), lazy(r"漏|破|裂|坏|再买|这回")  # words of use; "上回买的面霜到手就漏了 这回再买个精华": no wrong item
_BUDGET_ONLY = lazy(r"别太贵|不要太贵|不用太贵|别买太贵|便宜点的|实惠点的|性价比高的|平价|预算|以内|学生党")
_HAGGLED, _NOT_GOODS = lazy(r"便宜点[吗嘛呗不啊]|能便宜|少点|抹零|打[个几]?折|优惠点|让点|砍"), lazy(r"好吃的|馆子|餐厅|美食|小吃|景点|好玩的|酒店|民宿|去.{0,6}玩|旅游|攻略|祝福语|文案|情话|写一段|写几句|写首")


def _cheaper_elsewhere(norm: str, library: Library) -> str | None:
    """A lower price seen elsewhere: price protection when the item was bought here ("双十一拍的199
    今天直播间才169"), else a price held against ours ("pdd上才卖139 你们168", "直播间才169还送小样")."""
    if not SEEN_CHEAPER.search(norm):
        return None
    if BOUGHT_AT.search(norm) and not OTHER_PLATFORM.search(norm) and "price_protect" in library.scenarios:
        return "price_protect"
    return "bargain" if "bargain" in library.scenarios else None


_GIFT_CLAIMED = lazy(r"说好|买满|满了|没看到|没见|没收到|没给|没送|没放|没找到")


def lead_scenario(match: Match, library: Library, severity: str) -> str | None:
    """The scenario the drafts answer: the matcher's, except that a threat or a feeling beside a real
    question ("我要差评！东西用了一次就坏了") leaves the question to lead, and so on below."""
    if (changed := review_changed(match, library)) is not None:
        return changed  # "之前发错货给了差评 现在补发收到了 差评在哪改": the review to change, not the old fault
    if not severity and (_JUST_ORDERED.search(match.normalized.text) or _MISORDERED.search(match.normalized.text) and not _RECEIVED.search(match.normalized.text)) and _UNDO.search(match.normalized.text) and "order_change" in library.scenarios:
        return "order_change"  # "刚下单才发现券没领 还没发货能改价吗 不行就取消重拍": the order undone, nothing late
    if not severity and (_PICK_ASKED.search(match.normalized.text) and _FOR_SOMEONE.search(match.normalized.text) or _SWITCHING.search(match.normalized.text) and _WHICH_GOOD.search(match.normalized.text)) and "recommend" in library.scenarios and (
        not HAS_GOODS.search(re.sub(r"给[^，,。？?\s]{0,4}买的", "", match.normalized.text))  # "给我妈买的": whom it is for, nothing in hand
    ):
        return "recommend"  # "给对象整个礼物 三百块以内整点啥好", "用香皂洗的 想换个洗面奶 整个啥好": a pick, whatever else the words suggest
    if not severity and _WHICH_OF.search(match.normalized.text) and not HAS_GOODS.search(match.normalized.text) and "product_compare" in library.scenarios and (
        len(find_products(library, match.normalized.text, limit=2)) == 2
    ):
        return "product_compare"  # "面膜跟精华哪个补水好一点 我就是干": a choice of two before buying, whatever "干" suggests
    if _INGREDIENT_ASKED.search(match.normalized.text) and not _USED.search(match.normalized.text) and "product_info" in library.scenarios:
        return "product_info"  # "精华有酒精吗 我酒精过敏": a question before buying, whatever the word 过敏 suggests
    if SENT_OTHER.search(match.normalized.text) and not _NOT_WRONG.search(match.normalized.text) and not GOODS_FAULT.search(match.normalized.text) and len(find_products(library, match.normalized.text, limit=2)) == 2 and (
        "wrong_missing" in library.scenarios
    ):
        return "wrong_missing"  # "我买的洗面奶 收到一盒面膜": another item than the one bought
    if match.scenario in ("product_compare", "product_info") and _THIS_ONE.search(match.normalized.text) and _CHANGED.search(match.normalized.text) and (
        "quality_issue" in library.scenarios and not re.search("假|正品|真的", match.normalized.text)  # a doubt of the goods' origin has its own answer
    ):
        return "quality_issue"  # "这次的积雪草霜味道怪怪的 跟上次买的不一样": goods in hand that changed, not a comparison
    if match.scenario == "quality_issue" and not severity and count_short(match.normalized.original) and "wrong_missing" in library.scenarios:
        return "wrong_missing"  # "五片装的面膜打开就三片 偷工减料是吧": fewer came than were packed
    if match.scenario in ("price_protect", "promotion", "logistics") and not severity and GIFT_MISSING.search(match.normalized.text) and _GIFT_CLAIMED.search(match.normalized.text) and not GOODS_FAULT.search(match.normalized.text):
        return "wrong_missing" if "wrong_missing" in library.scenarios else match.scenario  # "说好的面膜木有收到 …能一起补给我不": a gift owed
    if match.scenario in ("logistics", "not_shipped", "delivery_eta") and RETURN_SIGNED.search(match.normalized.text) and re.search("钱|退款|到账", match.normalized.text) and "refund" in library.scenarios:
        return "refund"  # "到底退不退款啊 货你们周一就签收了 钱呢": the return came back; the money is late, not a parcel
    if order_card_only(match.normalized.original) and re.search("付款时间|实付|已付款|付款成功", match.normalized.text) and "order_placed" in library.scenarios:
        return "order_placed"  # "订单编号：… 实付款：¥347.00 付款时间：…": a paid order pasted, nothing else said
    decided = said_lead(match, library, severity)
    if decided is not UNDECIDED:
        return decided
    if match.scenario is None:
        if severity and "quality_issue" in library.scenarios:
            return "quality_issue"
        norm = match.normalized.text
        cheaper = None if severity else _cheaper_elsewhere(norm, library)
        if cheaper:
            return cheaper
        if _SAME_ITEM_ASKED.search(norm) and find_products(library, norm, limit=1) and "product_compare" in library.scenarios:
            return "product_compare"  # "补水面膜和玻尿酸面膜是俩东西不": one item under two names, or two
        if not severity and (_LASTS_ASKED.search(norm) or _HOW_IT_FEELS.search(norm)) and find_products(library, norm, limit=1) and (
            "product_info" in library.scenarios
        ):
            return "product_info"  # "出差10天 面膜买一盒够不", "洗完脸绷不绷": how long it lasts, how it feels
        if _ABOVE_SHOWN.search(norm) and "price_protect" in library.scenarios:
            return "price_protect"  # "页面168 怎么扣了180": a sum above the price shown, checked
        if _NEVER_CAME.search(norm) and not SHORTFALL.search(norm) and not re.search("少|漏|缺", norm) and "logistics" in library.scenarios and any(
            c.scenario == "logistics" for c in match.candidates[:3]
        ):
            return "logistics"  # "上个礼拜买的东西到现在都没收到": the parcel, not an item short
        if SHORTFALL.search(norm) and HAS_GOODS.search(norm) and "wrong_missing" in library.scenarios:
            return "wrong_missing"  # "买咗两支 得一支到": an item short, however it is said
        if GIFT_MISSING.search(norm) and _GIFT_CLAIMED.search(norm) and not severity and "wrong_missing" in library.scenarios:
            return "wrong_missing"  # "说好满199送一片面膜 我买了247 面膜没见着啊": the gift promised is not in the box
        if PLACED.search(norm) and LEAVE_OUT.search(norm) and "order_change" in library.scenarios:
            return "order_change"  # "已经拍了 包裹里别放价签": a remark for the parcel
        if PLACED.search(norm) and not severity and "order_placed" in library.scenarios and not any(
            i.score >= CLAUSE_LEADS for i in match.intents
        ):
            return "order_placed"  # "拍好了付过了 你查下 备注里写了…": an order to confirm, whatever it adds
        if _TRANSIT_ASKED.search(norm) and any(c.scenario == "delivery_eta" for c in match.candidates[:3]):
            return "delivery_eta"  # "我喺香港 寄過嚟大概要幾耐": how long it travels, plainly asked
        if _COMPARE_ASKED.search(norm) and len(find_products(library, norm, limit=2)) >= 2 and "product_compare" in library.scenarios:
            return "product_compare"  # "修護霜同煙酰胺精華有咩分別呀": two items, their difference asked
        if _PICK_ASKED.search(norm) and not severity and any(c.scenario == "recommend" for c in match.candidates[:3]):
            return "recommend"  # "给媳妇儿整点啥好 她老嫌自己脸黄": a pick asked for, however unsure the rest
        if _ASKS_DISPATCH.search(match.normalized.text) and any(
            c.scenario == "dispatch_time" and c.score >= UNSURE_LEADS for c in match.candidates[:2]
        ):
            return "dispatch_time"  # "周六晚上拍的话是周日给发还是等到下周一": the likeliest, and plainly asked
        # "别给我发圆通啊 我们小区圆通老丢件": one clause plainly asks, the rest says why
        sure = [i for i in match.intents if i.score >= CLAUSE_LEADS and not library.scenarios[i.scenario].yields]
        if TWICE_ORDERED.search(norm) and FEWER_WANTED.search(norm) and "order_change" in library.scenarios:
            return "order_change"  # "手快拍重复了 两单一模一样 帮我撤一单": one of two orders cancelled
        return sure[0].scenario if len(match.intents) == 1 and sure else corrected_lead(match, library)  # ("三盒面膜能算150不": a price offered)
    top = match.candidates[0] if match.candidates else None
    if match.scenario == "product_compare" and not _COMPARE_ASKED.search(match.normalized.text) and _WHEN_SHIPS.search(match.normalized.text) and (
        "dispatch_time" in library.scenarios and not re.search("区别|不同|哪个|哪款|比较|对比|差在|分别", match.normalized.text)
    ):
        return "dispatch_time"  # "洗面奶和面膜一起拍 啥子时候发货": two items in one order, its dispatch asked
    if match.scenario == "bargain" and _PICK_ASKED.search(match.normalized.text) and _BUDGET_ONLY.search(match.normalized.text) and (
        not _HAGGLED.search(match.normalized.text) and "recommend" in library.scenarios
    ):
        return "recommend"  # "送男朋友 送啥好 别太贵": a pick within a budget, no price haggled
    if match.scenario == "recommend" and _NOT_GOODS.search(match.normalized.text) and not find_products(library, match.normalized.text):
        return None  # "下周去西湖玩 有啥好吃的馆子推荐不": not a recommendation of the shop's goods
    if not severity and top is not None and top.scenario == match.scenario and small_talk_only(top, match.normalized.text):
        return None  # chit-chat about the weather is no broken parcel
    if match.scenario in GOODS_PROBLEMS and not severity and _HOW_TO_USE_ASKED.search(match.normalized.text) and "usage" in library.scenarios:
        return "usage"  # "面膜敷一宿行不 老是敷着就睡着了": how long to use it, asked
    if match.scenario in GOODS_PROBLEMS and not severity and (_HOW_IT_FEELS.search(match.normalized.text) or SKIN_ALWAYS.search(match.normalized.text) and ASKS.search(match.normalized.text)) and not re.search(
        "收到|买的|买了|用了|拆开|到货", match.normalized.text
    ) and "product_info" in library.scenarios:
        return "product_info"  # "你们洗面奶洗了脸绷不绷嘛": how it feels; "一到冬天就干得掉皮 修护霜中不中": the skin as it always is; asked before buying
    if match.scenario in GOODS_PROBLEMS and not severity and not _TROUBLE_SAID.search(without_effect_doubt(match.normalized.text)) and (
        set(facts_asked(match.normalized.text)) - ORDER_TOPICS and "product_info" in library.scenarios
        and not GIFT_MISSING.search(match.normalized.text) and not SHORTFALL.search(match.normalized.text)
    ):
        return "product_info"  # "开封了能放多久 我一个月才用一点点": a question about the item, no problem told
    if match.scenario == "not_shipped" and _SUPPOSED_ORDER.search(match.normalized.text) and not PAID_NOW.search(match.normalized.text) and (
        "dispatch_time" in library.scenarios
    ):
        return "dispatch_time"  # "我下午拍的话今天发得出去不 莫给我拖到明天": an order supposed, its dispatch asked
    if match.scenario in ("product_info", "wrong_missing", "return_exchange") and _DEFECT.search(match.normalized.text) and (HAS_GOODS.search(match.normalized.text) or "泵头" in match.normalized.text) and (
        "quality_issue" in library.scenarios
    ):
        return "quality_issue"  # "面膜拆开有一片是干的 一点精华都没有": a faulty item, not a question about it
    if match.scenario == "product_info" and _PART_MISSING.search(match.normalized.text) and "wrong_missing" in library.scenarios:
        return "wrong_missing"  # "面霜里怎么没有勺子": a part of the box left out, not what the box holds
    if match.scenario == "product_info" and _SHIPS_WHEN.search(match.normalized.text) and not facts_asked(match.normalized.text) and (
        "dispatch_time" in library.scenarios and not re.search("能到|到货|收到|送到", match.normalized.text)
    ):
        return "dispatch_time"  # "这个精华今天下单今天会寄吗": the item named, its dispatch asked
    if match.scenario == "order_change" and not _CHANGE.search(match.normalized.text) and PAID_NOW.search(match.normalized.text) and (
        "order_placed" in library.scenarios
    ) and not LEAVE_OUT.search(match.normalized.text):  # "…包裹里别放价签": a remark asked, answered by order_change
        return "order_placed"  # "拍好了付了 地址填的我公司 你看下没问题吧": a check of the order, no change asked
    norm0 = match.normalized.text
    lower = _BOUGHT_THEN_LOWER if match.scenario in ("bargain", "promotion") else _DROP_SEEN if match.scenario == "return_exchange" and not GOODS_BACK.search(norm0) else None
    if lower and lower.search(norm0) and "price_protect" in library.scenarios:
        return "price_protect"  # "上周五刚买的精华199 今天一看活动价179", "…今天看只要179了 能退20吗": a fall after buying, not haggling or a return
    if match.scenario in ("product_info", "product_compare", "hesitation") and _SIGNS_OFF.search(norm0) and not ASKS.search(norm0) and (
        "thanks_bye" in library.scenarios
    ):
        return "thanks_bye"  # "收到啦 面膜敷着贼舒服 下回还来 拜拜": praise and a goodbye, nothing to sell
    if match.scenario == "price_protect" and not BOUGHT_OR_DROPPED.search(norm0) and "promotion" in library.scenarios:
        return "promotion"  # "精华面霜一起拍 券能用吧 实付多少": a price before buying, nothing bought to protect
    if match.scenario == "recommend" and PAID_NOW.search(norm0) and "发" in norm0 and "dispatch_time" in library.scenarios:
        return "dispatch_time"  # "已付款 麻烦快点发哈 要送闺蜜的": a paid order to send, not a present to choose
    if match.scenario in GOODS_PROBLEMS and not severity and not _TROUBLE_SAID.search(norm0) and THANKED.search(norm0) and (
        "thanks_bye" in library.scenarios
    ):
        return "thanks_bye"  # "谢谢 回得好快 收到再跟你说": thanks, and the goods not even here
    if match.scenario == "courier" and (STUCK.search(norm0) or NOT_TO_DOOR.search(norm0)) and not re.search("别(?:给我)?发|不要发|改发|只发|上回|上次|有的快递|(?:发|用)(?:什么|啥|哪家)快递|能发|可以发|发顺丰|加钱", norm0) and "logistics" in library.scenarios:
        return "logistics"  # "物流三天没动了 中通的 是不是丢了": the courier named, the parcel stuck
    if (match.scenario == "invoice" or match.scenario == "logistics" and PRICE_SLIP.search(norm0)) and LEAVE_OUT.search(norm0) and "order_change" in library.scenarios:
        return "order_change"  # "备注别放发票和价格单", "包裹里别放价签": a remark for a gift, not an invoice or a parcel
    if not severity and (match.scenario not in GOODS_PROBLEMS or not HAS_GOODS.search(norm0)) and SEEN_CHEAPER.search(norm0) and (
        "bargain" in library.scenarios
    ):
        return _cheaper_elsewhere(norm0, library)
    if match.scenario == "review" and not REVIEW_ACT.search(match.normalized.text) and "suitable" in facts_asked(match.normalized.text) and (
        "product_info" in library.scenarios and find_products(library, match.normalized.text)
    ):
        return "product_info"  # "看评价很多人推修护霜 我适合吗": reviews read, a question about the item
    scorned = match.scenario == "bargain" and _SERVICE_SCORNED.search(match.normalized.text) and not re.search(r"便宜|少点|优惠|打折|改价|抹零|\d{2,}", match.normalized.text)
    if match.scenario == "bargain" and (scorned or not _PRICE_TALK.search(match.normalized.text) and any(i.scenario == "complaint" for i in match.intents)) and "complaint" in library.scenarios:
        return "complaint"  # "对老客户就不上心了 每次都是套话", "卖这么贵 服务还这个德行 等着平台介入吧": the service complained of, no price asked
    if match.scenario == "bargain" and not _PRICE_TALK.search(match.normalized.text) and any(i.scenario == "hesitation" for i in match.intents) and "hesitation" in library.scenarios:
        return "hesitation"  # "我再去比一下别家的 莫催我": weighing, no price pushed
    if match.scenario in GOODS_PROBLEMS and SMALL_TALK.search(match.normalized.text) and not HAS_GOODS.search(match.normalized.text):
        return None  # "杭州冷不冷 我们这边零下了 手都冻裂了哈哈": no goods to be broken
    if match.scenario in ("price_protect", "promotion", "payment") and re.search(COUPON_UNUSED, match.normalized.text) and "promotion" in library.scenarios:
        return "promotion"  # "优惠券领了 下单怎么没减": the coupon's threshold, not 保价 nor how to pay
    if match.scenario == "price_protect" and EXCHANGE.search(match.normalized.text) and "return_exchange" in library.scenarios:
        return "return_exchange"  # "没拆 能换成面膜吗 差价怎么算": an exchange's difference, not 保价
    if match.scenario in REMEDIES and _CANCELS_ORDER.search(match.normalized.text) and not _RECEIVED.search(match.normalized.text) and (
        "order_change" in library.scenarios
    ):
        return "order_change"  # "拍了两单 麻烦取消一单 钱多久退": a cancel before dispatch, not a return
    if severity and _RETURN_CHOSEN.search(match.normalized.text) and {"shipping", "refund_time"} & set(facts_asked(match.normalized.text)) and (
        "refund" in library.scenarios
    ):
        return "refund"  # "因为漏液才退的 运费谁出 退款多久能到": the return chosen, its postage and time asked
    if severity and (match.scenario in REMEDIES or match.scenario == "invoice" or match.scenario in ("complaint", "review") and HAS_GOODS.search(match.normalized.text)) and (
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
    asked_before = HYPOTHETICAL.search(norm) and not _DONE.search(norm) and not _RECEIVED.search(norm) and not STUCK.search(norm) and not re.search("打开|拆开|撕开|膜布", norm) or _BEFORE_BUYING.search(norm)
    # "精华早上用还是晚上用" asks how to use an item nobody says they have: not a complaint
    # … but a parcel stuck on its way ("物流三天没动了 中通的") is an order already placed
    asked_before = asked_before or (not severity and not HAS_GOODS.search(norm) and not STUCK.search(norm) and not _LEFT_AT.search(norm) and not NOT_COME.search(norm) and not IN_TOWN.search(norm)
                                    and bool(set(facts_asked(norm)) - ORDER_TOPICS))  # "扔驿站 …你们找的什么快递啊": a parcel delivered badly
    # "是不是假货啊 这次的洗面奶味道跟上次不一样 再不给个说法…": an order had, a complaint made
    # … and "这个面膜敷完脸好刺痛 是不是有问题啊": a reaction told (severity) is to an item used
    # … nor "上次那单五片装里只有四片 …面霜今天能发不": a box had, short
    asked_before = asked_before and not _HAD_ONE.search(norm) and not severity and not (SHORTFALL.search(norm) and match.scenario == "wrong_missing")
    claimed = re.search(r"说好|买满|满了|没看到|没收到|没给|没送", norm)
    if (not asked_before or claimed) and GIFT_MISSING.search(norm) and "wrong_missing" in library.scenarios and not (
        match.scenario == "damaged" and (severity or ITEM_BROKEN.search(norm))  # "面膜袋子破了 精华全干了 送的那片也没有": the damage leads, the gift after
    ):
        return "wrong_missing"  # the gift promised is not in the box
    if match.scenario in PROBLEMS | {"price_protect"} and asked_before and not NOT_TO_DOOR.search(norm) and not (match.scenario == "price_protect" and (BOUGHT.search(norm) or _DROP_SEEN.search(norm) and re.search("退|补", norm) and not _IF_DROPS.search(norm))):
        # "面霜会不会闷痘" asks before buying: a question about the item, not a quality complaint
        # 保价 before buying is a promotion question (not "买完没两天就降价了": bought, then the fall); a courier's habits before buying, the courier's
        instead = {"price_protect": "promotion", "logistics": "courier"}.get(match.scenario, "product_info")
        if instead in library.scenarios:
            return instead
        asked = [c.scenario for c in match.candidates if library.scenarios[c.scenario].stage == "pre_sale"]
        return asked[0] if asked else match.scenario
    if severity == "reaction" and match.scenario == "damaged" and "quality_issue" in library.scenarios:
        return "quality_issue"  # "用了修护霜脸全烂了 又红又肿": the skin, not a parcel broken on the road
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
            and not (arrived and i.scenario in ("logistics", "not_shipped") or i.scenario == "return_exchange" and OTHER_AGENT.search(i.clause))  # "给我换个人": another agent, no exchange
            and not (severity and i.scenario == "usage" and HOW_NOW.search(i.clause) or i.scenario in GOODS_PROBLEMS and PRAISED.search(i.clause) and not _TROUBLE_SAID.search(i.clause))  # "漏了一半 这还怎么用": the feeling; "收到了挺好用": praise
            and not (i.scenario == "review" and re.search("看评价|评价里|评论里|好多人说|都说好|买家秀", i.clause) and not re.search(r"[吗呢么？?]|返现|怎么|改", i.clause))  # "看评价好多人说好用": why it is asked
            and not (i.scenario in GOODS_PROBLEMS and not severity and ASKS.search(i.clause) and not HAS_GOODS.search(OTHERS_USED.sub("", match.normalized.text)) and not _HAD_ONE.search(match.normalized.text))  # "会不会闷痘 之前用过一个…爆了": asked before buying
        }
        sure = {i.scenario for i in match.intents if i.score >= CLAUSE_SURE} | {match.scenario}
        if len(real) == 1 and real <= sure:
            return real.pop()  # the one real question leads (not an unsure clause's guess at one)
        # a problem leads only when its clause is sure ("这都7天了" at 0.46 is not a dispatch complaint)
        problems = [
            i.scenario for i in match.intents if i.scenario in PROBLEMS and i.score >= CLAUSE_SURE
            and not (arrived and i.scenario in ("logistics", "not_shipped"))
            and not (i.scenario == "wrong_missing" and (re.search("少了?[一#]?点", i.clause) or refund_short(match.normalized.text, i.clause)) or i.scenario in GOODS_PROBLEMS and OPENED_BY_OTHER.search(match.normalized.text))  # "就少了一点点": used, not missing; "娃给拧开了 封口也戳破了": opened, not broken
        ]
        if MONEY_LATE.search(match.normalized.text):
            # "退款说两个工作日到 这都第四天了还没到": the money is late, not a parcel
            problems = [p for p in problems if p not in ("logistics", "not_shipped")]
        if match.scenario in REMEDIES and problems and not (match.scenario == "refund" and RETURN_SIGNED.search(match.normalized.text)):
            return problems[0]  # "面霜漏液了，我要退款": the problem leads, its options include the refund
        asking = {
            i.scenario for i in match.intents if i.scenario in real and ASKS.search(i.clause)
            # "地址填错了 还没发货能改吗": an unsure clause's guess does not outrank a message read surely
            and (i.score >= CLAUSE_SURE or match.confidence < CLAUSE_LEADS)
            and not (i.scenario in REMEDIES and DIFFERENCE_ASKED.search(match.normalized.text) or i.scenario == "return_exchange" and match.scenario == "price_protect" and not GOODS_BACK.search(match.normalized.text))  # "刚买就降价 能退20不", "现在页面显示便宜了 能退吗"
            and not ((i.scenario == "return_exchange" and match.scenario == "refund" or i.scenario in ("logistics", "not_shipped") or i.scenario == "complaint" and not re.search("投诉|举报|12315|差评", match.normalized.text)) and MONEY_LATE.search(match.normalized.text))  # "成个礼拜都未见钱 系咪唔想退", "退款说两天到账 …还没到 骗人是吧"
            and not (i.scenario in GOODS_PROBLEMS and not HAS_GOODS.search(OTHERS_USED.sub("", match.normalized.text)) or i.scenario == "wrong_missing" and refund_short(match.normalized.text, i.clause))  # "还老爆痘 修护霜能用不": asked before buying
            and not (i.scenario == "return_exchange" and (re.search("付|支付", i.clause) or _CANCELS_ORDER.search(match.normalized.text) and not _RECEIVED.search(match.normalized.text)) or i.scenario in GOODS_PROBLEMS and "shelf_life" in facts_asked(i.clause))  # "换别的能付吗", "取消一单吧 钱能退回来吗", "没开封的放多久会过期"
            and not (i.scenario == "usage" and (not _USE_WORDS.search(i.clause) or HOW_NOW.search(i.clause) or re.search(COUPON_USE, match.normalized.text) and not find_products(library, i.clause)))  # "咋操作" beside an exchange; "这让我咋用": the feeling; "券领了 咋用啊": the coupon's
            and not (i.scenario == "price_protect" and (not BOUGHT_OR_DROPPED.search(match.normalized.text) or re.search("顺丰|改发|换快递", match.normalized.text) or EXCHANGE.search(match.normalized.text)))  # "实付多少" before buying; "改发顺丰 差价怎么补"; "换成面膜 差价怎么算"
        }
        if severity and match.scenario in PROBLEMS and asking and asking <= REMEDIES:
            return match.scenario  # "挤出来有股酸味 是不是坏了 能退吗": spoiled goods; their options include the return
        if not problems and len(asking) == 1 and library.scenarios[next(iter(asking))].stage == "after_sale":
            return asking.pop()  # "我是油皮，能换成精华吗": the statement is context, the question leads
    return corrected_lead(match, library) or match.scenario


def feeling_only(clause: str, scenario: str, library: Library) -> bool:
    """A clause that only shows a feeling or a threat ("好担心", "我要差评"), or a greeting."""
    sc = library.scenarios[scenario]
    # "快递一直不动" holds a feeling word (一直不) but states a problem: only short clauses or the
    # scenarios of feelings themselves count
    return sc.yields or bool(_BARE_WHAT.match(clause)) or (is_emotional_word(clause) and (scenario in ("complaint", "hesitation") or len(clause) <= 4))
