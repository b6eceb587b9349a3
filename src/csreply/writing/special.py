"""Turns no script answers as it stands: a person asked for ("转人工", "你是机器人吧"), a demand
beyond the policy (soft, then firm), and the one-line asides for small talk, a bare "这个呢" or a
question that is not the shop's to answer.
"""

from __future__ import annotations

import re

from ..library import template
from ..understanding.catalogue import find_products
from .composing import composed_draft
from .draft import Context, Draft
from .days import number
from .fact_topics import asked
from .fitting import fits, order_problem
from .rendering import GREETING, as_sentence, render
from .said_leads import SEES_DOCTOR
from .triage import CLAUSE_SURE
from .signals import BOUGHT_ELSEWHERE, INTACT, UNKEPT, NOT_A_CUSTOMER, OUR_GOODS_ASKED, SMALL_TALK, SOMEONE_ELSE
from ..lazy_pattern import lazy

_HUMAN = lazy(r"机器人|真人|人工(?!费|成本|合成|种植|养殖)|自动回复|说人话|是人吗|活人|是不是人")  # "人工费" is a price
# the forms of _UNANSWERED that only say the reply is slow ("回复这么慢", "来排队的"), not that questions went unanswered
_SLOW = lazy(r"现在才回|(?:半个?小时|[一两三几#\d]+个?(?:小时|钟头|钟))(?:都|了|也)?没人(?:理|回)|(?:老|好)?半天(?:都)?(?:不回|没人回|没动静|没反应)|好久(?:都)?(?:不回|没人回)|才回(?:复|我)|回复?[^，,。？?！!\s]{0,3}太?慢|来排队|排队的|回复慢|回得慢")
_UNANSWERED = lazy(r"没人理|没人回|现在才回|才回(?:复|我)|客服都下班|没一?个人(?:回|理)|没音讯|没下文|不回(?:复|消息|我)|半天不回|都不回|不回人|回得慢|回复慢|没人解决|一直没解决|都没解决|[次遍]都?没(?:解决|处理)|第[二三四五#\d][次回遍](?:来)?找|找了?(?:你们)?[两三四五几好#\d]+[次回遍]|每[次回]都(?:说|是)|催了[两三四五几]次|问了[两三四五几好]+[遍次]|问第?[二三四五几]遍|第[二三四五]遍了|半天没人|没人搭理|不理人|不理我|找人[^，,。？?！!]{0,4}(?:一个|没人)|" + _SLOW.pattern)
_PLATFORM_CALLED = lazy(r"(?:已经|已|刚)(?:申请|找|叫|让)了?(?:平台|小二|客服小二)(?:介入)?|平台(?:已经)?介入了")
_PARCEL = lazy(r"发货|物流|快递|包裹|单号|到货|收到|签收|派送|驿站|订单|下单|拍的|付款")
_DEMAND = lazy(r"赔偿|赔钱|补偿|精神损失|赔我")  # a compensation demand, with or without a sum
# a promise another agent made ("刚才那个客服说送我10块券", "她说备注老客就多送2片")
# … also by name ("昨天你们客服小禾答应我 漏发的面膜今天补发")
_PROMISED = lazy(r"(?:(?:跟|和)(?:你们)?(?:另外|另一|别的|其他)?(?:一个|一位)?(?:客服|同事)说好了?[^，,。？?！!]{0,8}(?:便宜|优惠|减|送|改|[#\d]))|(?:(?:刚才|刚刚|你刚|刚|之前|上次|昨天)(?:不是)?说好?(?:了|的)?(?:要)?(?:送|给|补|返|减|便宜|优惠|少)[^，,。？?！!]{0,6}(?:券|块|元|片|[#\d]))|(?:客服|(?<!我)(?<!我的)(?<!听)同事|小姐姐|那个人|她|他)[^，,。？?！!\s]{0,4}?(?:之前|刚才|上次|昨天)?(?:说|答应|承诺)(?:了|过)?(?!不)[^，,。？?！!]{0,16}(?:送|给|补|返|多放|减|券|改|少|便宜|优惠)")  # not "他说不送"
_OTHER_SHOP = "亲，别家店铺的订单{agent}这边查不到呢，麻烦您联系购买的那家店铺或平台客服处理哦～咱们店里的商品和订单有需要随时找我。"
# a platform's own membership or points ("88vip怎么没生效", "淘气值"): not the shop's to see or change
_PLATFORM_PERK = lazy(r"88vip|88VIP|淘气值|天猫积分|淘金币|会员折扣|超级会员")
# a reply promised earlier ("上周就说给我回复", "说好今天回电") and nothing since
_STILL_NOTHING = lazy(r"没音讯|没消息|没下文|没动静|没回|没人联系|没联系|还没|都没|一直没|没有回|都过去|过去[#\d一两二三四五六七八九十几半]+(?:个)?(?:小时|钟头|天)")
_FOLLOW_UP = (
    "亲，真的很抱歉，之前答应给您回复却一直没有下文，是我们没做好！这件事现在由我接着跟进："
    "之前的聊天记录我马上从头看一遍，不用您再从头说，订单号方便的话发我一下，{when}前一定给您明确结果，不会再让您等了。"
)
_NOT_APPLIED = lazy(r"没生效|不生效|没有生效|没折扣|没打折|没减|不减|用不了|没用上|怎么没|为什么没|咋没")
_PLATFORM = (
    "亲，{perk}的权益是{platform}按您的会员资格和商品范围算的，店铺这边看不到也改不了您的账号权益呢。"
    "您可以在App的会员页面看看权益是不是在有效期内、这件商品在不在折扣范围里，还有疑问的话可以联系{platform}官方客服帮您查～"
    "店里的优惠有需要随时问我哦。"
)
_SKIN_DOCTOR = (
    "亲，{which}脸上出现这种情况，建议尽快去正规医院的皮肤科看看，用药听医生的。"
    "这几天先停用功效型的护肤品，用清水或温和的洁面轻轻清洁就好，别抓挠哦，希望您早点好起来～"
)
_OTHER_SHOP_SKIN = (
    "亲，别家的产品具体是什么原因，{agent}这边不好判断呢。不过脸上不舒服的话，建议您先停用它，用清水轻轻洗干净，"
    "这几天别叠加其他功效型的护肤品；如果一两天还没缓解或者越来越红，尽快去医院皮肤科看看，身体要紧哦。"
)
_PAY_STUCK = lazy(r"付不了|付不出|付不进|支付不了|转圈|付款[^，,。？?\s]{0,4}失败|支付[^，,。？?\s]{0,4}失败|付不成功|交不了|提示[^，,。？?\s]{0,4}风险")
_SAID_BY_ME = lazy(r"你刚才?说|你刚刚说|你说的|你之前说|你不是说|你答应")  # the agent on this chat, not a colleague
_TOKEN_PROMISED = lazy(r"(?:便宜|优惠|减|少|送我?|给我?)(?:个)?(\d+|[一二两三四五六七八九十]{1,3})\s*(?:块|元)")  # "说好的给我便宜10块"
_PAY_RETRY = "付款一直不成功的话，可以换一种付款方式（比如花呗或信用卡）再试试，或者稍后网络好点再付。"
_NOT_PAID = lazy(r"还没付|没付款|未付款|还没给钱|先没付")
_BEYOND = lazy(r"退一赔三|假一赔十|赔偿.{0,4}(?:[0-9]+|[一二三四五六七八九十百千万]+)|精神损失|不退货.{0,4}退款|不寄回.{0,4}退款|全额赔|双倍赔|赔我")


_MAKE_GOOD = lazy(r"补偿|赔|表示一下|给点|能不能(?:送|给)")
_BOX_ONLY = ("亲，真不好意思，包裹在路上被压到了，让您收到时心里不舒服！外盒压扁了、里面完好的话，东西是可以放心用的。"
             "给您申请一张{coupon}作为补偿，{time_reply}前发到您账户；要是打算送人、介意外盒的话，跟我说一声，"
             "我给您换一件新的，{time_exchange}前发出，运费我们承担。")


# someone claiming to be the shop ("有人打电话说是你们店的") who wants the customer off the platform
_CLAIMS_US = lazy(r"(?:说|称|自称|冒充)(?:是|自己是)?(?:你们|你家|咱们|贵店|店里|店铺|[天淘]猫?宝?客服|官方|商家)|是你们(?:的人|客服|店的?)?吗|是不是你们"
                        r"|(?:你们|你家|店里)的?(?:客服|工作人员|人)(?:打电话|来电|打来|发了?|给我[打发]|让我|叫我|联系我)")
_OFF_PLATFORM = lazy(r"加(?:他|她|我|对方)?的?(?:微信|vx|VX|QQ|qq|好友)|验证码|转账|扫码|扫二维码|点链接|发(?:了个|来个?)?链接|屏幕共享|共享屏幕|银行卡号|备用金|借呗|贷款|理赔")
_SCAM = (
    "亲，谢谢您先来问一声！这不是我们哦：{agent}和店里的同事不会打电话或发短信让您加微信、点链接、报验证码或者转账，"
    "退款、理赔都只在{platform}的订单里办理。对方很可能是骗子，请您别加对方、别给验证码、也别转账，可以直接拉黑。"
    "您的订单要是真有问题，直接在这里跟我说，我在订单里帮您处理～"
)


def special_draft(ctx: Context) -> Draft | None:
    """A human answer to "你是机器人吧/转人工", soft-then-firm for a demand beyond policy, and a
    plain warning when someone claiming to be the shop wants the customer off the platform."""
    text = ctx.message
    tone = ctx.library.tone
    perk = _PLATFORM_PERK.search(text)
    if perk and not ctx.severity and _NOT_APPLIED.search(text):
        # "我88vip怎么没生效 付款页没折扣": the platform's, said plainly with where to look
        platform = ctx.values.get("shop.platform") or "平台"
        return Draft(0, ctx.lead, "plain", _PLATFORM.format(perk=perk.group(0).upper() if "vip" in perk.group(0).lower() else perk.group(0), platform=platform))
    if _CLAIMS_US.search(text) and _OFF_PLATFORM.search(text):
        # "有人打电话说是你们店的 要给我退款 让我加他微信": a scam, not a refund to time
        return Draft(0, ctx.lead, "plain", _SCAM.format(agent=ctx.values["shop.agent"], platform=ctx.values.get("shop.platform") or "平台"))
    if ctx.severity and _DEMAND.search(text):
        return _care_then_firm(ctx)
    if _BEYOND.search(text):
        return Draft(0, ctx.lead, "plain", template.render(tone.beyond, ctx.values).strip())
    if ctx.lead == "damaged" and not ctx.severity and INTACT.search(text) and _MAKE_GOOD.search(text) and ctx.library.policy.compensation:
        # "外盒压扁了 瓶子倒是没事 能补偿一下吗": usable goods, a crushed box: the coupon, and a new one for a gift
        return Draft(0, ctx.lead, "plain", _BOX_ONLY.format(coupon=ctx.library.policy.compensation, **{k.replace(".", "_"): v for k, v in ctx.values.items()}))
    if ctx.lead is None and BOUGHT_ELSEWHERE.search(text) and ctx.severity == "reaction":
        # "在别家买了个精华 用完脸刺刺的疼 咋办": no order of ours, but the skin still gets the care
        return Draft(0, None, "plain", _OTHER_SHOP_SKIN.format(agent=ctx.values["shop.agent"]))
    if ctx.lead is None and ctx.severity == "reaction" and SEES_DOCTOR.search(text):
        # "杭州哪家医院皮肤科好 脸上长湿疹了": no hospital named, the care said plainly
        which = f"具体哪家医院{ctx.values['shop.agent']}这边不好给您推荐呢，不过" if re.search("哪家|推荐|哪个医院", text) else ""
        return Draft(0, None, "plain", _SKIN_DOCTOR.format(which=which))
    if ctx.lead is None and BOUGHT_ELSEWHERE.search(text) and not OUR_GOODS_ASKED.search(text) and not re.search("再说|问问|考虑|想想|商量", text) and not (
            asked(text) and find_products(ctx.library, text[: BOUGHT_ELSEWHERE.search(text).start()])):  # ("回去问问女朋友 她用别家的": weighing; "面膜一盒几片 …上次买别家的精华少": ours asked first)
        # "我在别家买的水乳 快递丢了 帮我查下": not ours to track or refund, said kindly
        return Draft(0, None, "plain", _OTHER_SHOP.format(agent=ctx.values["shop.agent"]))
    if _STOP_CALLING.search(text) and re.search("评|[让叫]我改", text):
        # "给了个中评 客服天天打电话让我改 别打了": sorry, the calls stop, the review is theirs
        return Draft(0, ctx.lead, "plain", _CALLS_STOP.format(agent=ctx.values["shop.agent"], when=ctx.values["time.reply"]))
    if UNKEPT.search(text) and _STILL_NOTHING.search(text) and not ctx.severity:
        # "上周就说给我回复 到现在都没音讯 再不处理我就差评": a follow-up promised and not kept
        return Draft(0, ctx.lead, "plain", _FOLLOW_UP.format(when=ctx.values["time.reply"]))
    promised = _PROMISED.search(text)
    if promised and promised.group(0)[0] in "她他" and re.search("闺蜜|朋友|室友|妈|姐|妹|博主|别人|同学|同事说", text):
        promised = None  # "闺蜜…她说买了送面膜真的假的": a friend's word, asked about, not our promise
    coupon = _promised_coupon(ctx, text) if promised and not ctx.severity else None
    if coupon is not None:
        return coupon
    if promised and not ctx.severity:
        # "之前客服说备注老客多送2片 结果只有一片": what another agent promised is honoured once checked
        return Draft(0, ctx.lead, "plain", (
            "亲，真不好意思，给您添麻烦了！之前同事答应您的事，我这就调出当时的聊天记录核对，"
            + ("核实确实答应过的话，就按说好的给您改好价，" if (reprice := re.search(r'改[^，,。？?！!]{0,4}(?:价|[#0-9])', text))
               else "说好的就给您补上，补发后把单号发给您，")  # (a price is checked first; a gift or a resend promised is kept)
            + f"{ctx.values['time.reply']}前给您答复；方便的话把聊天截图也发我一下，会更快哦。"
            # soft, then firm: a price nobody can find agreed is not changed, a token instead
            + (f"要是记录里查不到这个约定，价格这边我就做不了主了，不过会给您申请一张{ctx.library.policy.compensation}作为心意。"
               if reprice and ctx.library.policy.compensation and not re.search("[券卷]", text) else "")
            + ("这单先别付款，改好价我马上告诉您再付～" if _NOT_PAID.search(text) and "改" in text else "")
            # "…然后付款一直转圈圈付不了": the payment trouble too, after the price is fixed
            + ("付款一直不成功的话先别着急，等价格改好再付；到时还付不了，可以换一种付款方式（比如花呗或信用卡）再试试，或者稍后网络好点再付～"
               if _PAY_STUCK.search(text) else "")
        ))
    # "你们回复也太慢了 等了快一个钟": the wait for a reply, whatever parcel scenario "等了" was read as
    waited = ctx.lead in ("complaint", None) or ctx.lead in ("logistics", "not_shipped") and not _PARCEL.search(text)
    if waited and _UNANSWERED.search(text) and not order_problem(ctx) and not SOMEONE_ELSE.search(text):
        # "问了三遍没人理 我要投诉": the problem is the wait itself; take the question over
        said = template.render(tone.unanswered, ctx.values).strip()
        if all(_SLOW.fullmatch(m.group()) for m in _UNANSWERED.finditer(text)):  # "回复这么慢": a wait, not questions ignored
            said = said.replace("让您问了好几遍都没等到回复", "让您等了这么久")
        elif re.search("没(?:解决|处理)|每[次回]都(?:说|是)|推来推去|踢皮球", text):  # "找你们三次都没解决", "每次都说在处理": asked and answered, but not solved
            said = said.replace("让您问了好几遍都没等到回复", "让您找了好几次都没给您解决")
        if _AFTER_HOURS.search(text):  # "昨天晚上九点找你们客服根本没人理": said why, plainly, before taking it over
            hours = f"我们客服在线时间是{ctx.values['policy.work_start']}-{ctx.values['policy.work_end']}，您找我们的时候已经下班了，没能及时回您，"
            said = said.replace("真的很抱歉，", f"真的很抱歉，{hours}", 1).replace("让您问了好几遍都没等到回复，", "")
        if _PLATFORM_CALLED.search(text):  # "我已经申请平台介入了": done; the shop cooperates and still solves it
            said = re.sub("(我优先处理。|不会漏掉的。|处理结果。)$", r"\1平台那边我们也会如实配合说明，不影响我这边先帮您把问题解决。", said)
        if _HUMAN.search(text) and not re.search("机器人(?:都|也)比", text):  # "问了三遍没人理 机器人吗": a person says so, then takes it over
            agent = ctx.values["shop.agent"]
            said = said.replace("真的很抱歉，", f"我是{agent}，是真人在为您服务。真的很抱歉，", 1).replace(f"现在由{agent}来跟进", "现在由我来跟进")
        return Draft(0, ctx.lead, "plain", said)
    if _HUMAN.search(text):
        human = template.render(tone.human, ctx.values).strip()
        problem = _problem_answer(ctx)
        if problem:  # "快递丢了，转人工": a person says so, then answers what was asked
            first = re.match(r"[^。！？～]+[。！？～]", human)
            human = (first.group(0) if first else human) + GREETING.sub("", problem)
        elif ctx.lead == "complaint" and _DISPLEASED.search(text):  # "东西一言难尽 客服也是机器人吧": a person, sorry, what went wrong asked
            first = re.match(r"[^。！？～]+[。！？～]", human)
            human = (first.group(0) if first else human) + f"让您不满意了，真的很抱歉。具体是哪里让您失望了，您跟我说说，我{ctx.values['time.reply']}前给您一个处理方案" + (
                "；平台那边我们也会如实配合说明，不影响我先帮您把问题解决。" if re.search("小二|平台|投诉|12315", text) else "。")
        return Draft(0, ctx.lead, "plain", human)
    return None


_DISPLEASED = lazy(r"一言难尽|失望|不满|垃圾|太差|很差|真差|烂|坑|气死|投诉|小二|平台介入|12315|差评|背课文|敷衍")
_CHOSEN = "按您说的"  # how an options script states the one remedy the customer chose


def _care_then_firm(ctx: Context) -> Draft | None:
    """A reaction or unsafe goods with a compensation demand (often with a threat): the problem's
    care and remedy first (soft), then plainly what the policy adds and by when (firm)."""
    if ctx.lead is None:
        return None
    fitting = [s for s in ctx.library.scenarios[ctx.lead].scripts if fits(s, ctx) and s.template != "fabe"]
    scripts = [s for s in fitting if s.template == "plain"]
    if not scripts:
        return None
    care = render(ctx.lead, scripts[0], ctx).text
    # "不要补发了 直接退款 还要赔偿": the remedy the customer chose, not a check of what to offer
    chosen = next((d.text for s in fitting if _CHOSEN in (d := render(ctx.lead, s, ctx)).text), "")
    care = chosen or care
    extra = ctx.values.get("policy.compensation")
    offer = f"除了上面的处理，我可以再为您申请{extra}作为补偿；" if extra else ""
    when = ctx.values["time.reply"]
    by = "到时一并给您明确答复" if when in care else f"{when}前给您明确答复"  # one promise, said once
    firm = f"您提的赔偿我也如实记下了，{offer}超出规定的部分我会报给主管，{by}，您看可以吗？"
    return Draft(0, ctx.lead, "plain", as_sentence(care) + firm)


def _problem_answer(ctx: Context) -> str:
    """The lead scenario's first plain answer when the message says more than "转人工"."""
    # a greeting next to "转人工" is no problem to answer ("你好，转人工": no second welcome)
    rest = _HUMAN.sub("", ctx.message).strip("，,。！!？? 吧啊呢")
    if ctx.lead in (None, "complaint", "greeting") or not rest:
        return ""
    composed = composed_draft(ctx, 0, close=False)
    if composed is not None and composed.facts:
        return composed.text  # "面霜多少钱，别自动回复": the fact, not a script pointing at the page
    scripts = [s for s in ctx.library.scenarios[ctx.lead].scripts if fits(s, ctx) and s.template == "plain"]
    return render(ctx.lead, scripts[0], ctx).text if scripts else ""


# what a bare "这个呢" is made of: pointing words and particles, nothing that says what is asked
_POINTING = lazy(r"这个|那个|这款|那款|这件|那件|这些|那些|这|那|呢|吗|啊|呀|嘛|哈|亲|的|怎么样|咋样|如何|想问下?|问一?下|请问|我")


_AFTER_HOURS = lazy(r"(?:晚上|夜里|半夜|凌晨|昨晚|下班)[^，,。？?！!\s]{0,3}(?:[#\d一二三四五六七八九十]+点|[0-9]{1,2}:\d\d)|(?<!\d)2[1-3](?:点|:\d\d)")
_STOP_CALLING = lazy(r"(?:别|不要|甭)再?(?:给我)?(?:打电话|打来|来电话|骚扰)|别(?:再)?(?:给我)?打(?:电话)?了|不要(?:再)?(?:给我)?打(?:电话)?了|天天打电话|一直打电话|老打电话|打电话骚扰")
_CALLS_STOP = ("亲，实在抱歉，这些电话打扰到您了！评价是您的权利，我这就跟同事说清楚，不会再打电话让您改评价。"
               "之前让您不满意的地方如果还没解决，直接告诉{agent}，我{when}前给您答复。")
# a task no shop's customer service does ("帮我写个朋友圈文案", "帮我翻译一下")
_NOT_OURS = lazy(r"写个?文案|写一段|写篇|帮我写|写作业|做作业|帮我翻译|翻译一下|帮我算|帮我查下?天气|讲个笑话")
# a compliment to the shop, its goods or its service; asked as a question it is not one
_PRAISE = lazy(r"好看|漂亮|可爱|精致|高级|大牌|好用|好棒|真棒|太棒|很棒|不错|赞|喜欢你们|爱了|用心|贴心|耐心|服务好|态度好|nb|牛|给力|神速|好快|真快|速度快|yyds")
_ASKING = lazy(r"([\u4e00-\u9fff])[不没]\1|[吗嘛？?]|(?<![什怎这那多])么|好不好|怎么样|咋样|如何|是不是|有没有|但是|可是|就是|不过")
# what a compliment may have been filed under: nothing is asked, so no scenario's answer fits it
_PRAISED = frozenset({None, "product_info", "greeting", "thanks_bye", "recommend"})
_DELIVERY = frozenset({"dispatch_time", "delivery_eta", "logistics"})
_THANKS = lazy(r"谢谢|多谢|感谢|拜拜|再见|辛苦了")


def praise_draft(ctx: Context) -> Draft | None:
    """Thanks for a compliment that asks nothing ("你们家包装好好看"), instead of "您问的是哪一款"."""
    text = ctx.message
    # "你家发货nb 昨天拍今天就到了 谢谢啦": praise of the delivery, with thanks, asks nothing either
    delivered = ctx.lead in _DELIVERY and _THANKS.search(text)
    if re.search("好用(?:的话)?再|好用就再|好用的话|收到再|用了再说|付款了|已付|付好了|拍好了|已经拍了|已经付|帮我挑|帮我选|给我挑|推荐|预算|买啥|买什么|送啥|送什么|选哪|整啥|啥好|什么好|礼物|好看点|好看些", text):
        return None  # "谢谢你耐心解答 已经付款了": an order to confirm, not a compliment to thank ("收到好用再来回购": a goodbye, no praise yet)
    if _THANKS.search(text) and re.search("解答|回答|帮忙|耐心", text):
        return None  # "谢谢你的耐心解答，先这样啰": thanks for the help, not a compliment to the shop
    if ctx.lead not in _PRAISED and not delivered or ctx.severity or not _PRAISE.search(text) or _ASKING.search(text) or asked(text):
        return None
    return Draft(0, None, "plain", template.render(ctx.library.tone.praise, ctx.values).strip())


_PARTNERING = lazy(r"代理|加盟|微商|分销|批发|合作")
_PARTNERS = "亲，谢谢您对{shop.name}的认可～代理、合作这类事{shop.agent}这边做不了主，我把您的需求转给负责的同事，{time.reply}前给您回复，方便的话留个联系方式哦。"


def aside_draft(ctx: Context) -> Draft | None:
    """The only draft for a message no scenario answers and no guess fits: small talk gets a
    light, friendly turn back to the shop, a bare "这个呢" asks which item, a question the model
    files as off topic hears plainly that it is not the shop's to answer. Neither guesses a
    scenario ("您是想问运输破损呢？" to "下雨了吗" reads absurd)."""
    # the matcher's scenario set aside as small talk (lead_scenario) leaves its clause intent behind
    dismissed = ctx.match.scenario is not None and ctx.lead is None
    sure = [i for i in ctx.match.intents if i.score >= CLAUSE_SURE]  # "下雨了没" at 0.31 is no parcel's damage
    text = ctx.message
    # ("我先不买哈 就问问你们招不招兼职": not buying is no question beside the job asked)
    if (_NOT_OURS.search(text) or NOT_A_CUSTOMER.search(text)) and all(i.scenario == "hesitation" or NOT_A_CUSTOMER.search(i.clause) for i in sure) and not asked(text):
        line = _PARTNERS if _PARTNERING.search(text) else ctx.library.tone.elsewhere  # "招代理吗 想做微商": handed on, not "帮不上忙"
        return Draft(0, None, "plain", template.render(line, ctx.values).strip())
    talk_only = all(SMALL_TALK.search(i.clause) for i in sure)  # "有啥好吃的馆子推荐不" is the talk itself
    if SMALL_TALK.search(text) and (talk_only or dismissed) and not asked(text):
        # "护肤品都是智商税 你们觉得呢": chat, whatever the model half-guessed
        return Draft(0, None, "plain", template.render(ctx.library.tone.chat, ctx.values).strip())
    if "guesses" in ctx.values or sure and not dismissed:
        return None
    if not _POINTING.sub("", re.sub(r"[\s，,。.!！?？~～]", "", text)):
        line = ctx.library.tone.which
    elif SMALL_TALK.search(text):
        line = ctx.library.tone.chat
    elif ctx.match.off_topic and not ctx.products:  # ("用你们那个精华可以不": an item of ours is asked about)
        line = ctx.library.tone.elsewhere
    else:
        return None
    return Draft(0, None, "plain", template.render(line, ctx.values).strip())


def _promised_coupon(ctx: Context, text: str) -> Draft | None:
    """A promised sum that is the shop's compensation coupon ("刚才说好的给我便宜10块 …改个价",
    "刚才说的送券"): the coupon sent to take off at payment, no price changed; at once when this
    agent said it ("你刚说送我10块券"), once the chat record is checked when a colleague did."""
    compensation = ctx.library.policy.compensation or ""
    amounts = re.findall(r"\d+", compensation)
    token = _TOKEN_PROMISED.search(text)
    owed = str(number(token.group(1))) if token else (amounts[0] if amounts and "券" in compensation and re.search("[券卷]", text) else None)
    if owed is None or owed not in amounts:
        return None
    retry = _PAY_RETRY if _PAY_STUCK.search(text) else ""
    if _SAID_BY_ME.search(text):
        return Draft(0, ctx.lead, "plain", (
            f"亲，好的，说好的{compensation}我这就发到您账户" + ("，付款时领券就能直接抵扣，价格就不用改啦" if "改" in text else "，付款时领券就能直接抵扣")
            + "～" + retry))
    return Draft(0, ctx.lead, "plain", (
        ("亲，不好意思让您等着了，" if _STILL_NOTHING.search(text) or re.search("没看到|没收到|没到|没有到|没见", text) else "亲，")
        + f"您说的{f'这{owed}块' if token else '券'}，应该是同事给您申请的{compensation}～我这就核对一下聊天记录，"
        f"确认后{ctx.values['time.reply']}前把券发到您账户" + ("，付款时领券就能直接抵扣，价格不用改哦" if "改" in text else "，券到账后再下单付款就能直接用上" if re.search("等着用|想把[^，,。？?！!\\s]{0,6}拍|今天想拍|就等这个券|等这个券", text) else "")
        + "；方便的话把聊天截图发我一下，会更快～" + retry))
