"""Answers for particular after-sale and order cases that lead a draft when the message tells
them: an accessory the box should hold, a courier already noted, an opened item that does not
suit. Each returns the answer's text, or "" when the case does not apply (leading_answers.py
decides where it goes).
"""

from __future__ import annotations

import re

from ..lazy_pattern import lazy
from ..understanding.catalogue import find_products
from .recommending import recommend, skin_of, suits
from .draft import Context
from .said_leads import box_items_absent
from .signals import GIFT_MISSING, LONGEST_ON, OTHERS_USED

_ITEM_SHORT = lazy(r"少(?:了|发了?)?[一两二三#\d]?[支瓶盒片个件]|发错|不是我(?:要|买|拍)的|破|碎|裂|(?<!是)漏(?!了还是|放|装)|压")
_WHERE_ASKED = lazy(r"放在[^，,。？?！!\s]{0,6}(?:吗|么|不)|在哪|是不是在|有没有配|有配吗|配了吗")
_SCOOP_ASKED = lazy(r"上手|用手|手挖|手抠|怎么[挖取]|拿什么[挖取]")


def accessory_missing(ctx: Context) -> str:
    """The answer when what an item's box holds (a scoop, a leaflet) is missing and nothing else is
    wrong: sorry, it is sent on by the exchange deadline, postage on the shop."""
    absent = box_items_absent(ctx.library, ctx.message)
    if not absent or _ITEM_SHORT.search(ctx.message) or GIFT_MISSING.search(ctx.message):
        return ""
    named = [p for p, _ in absent if p in ctx.products]  # "精华收到了 说明书没放": the serum's leaflet
    product = named[0] if named else absent[0][0]
    absent = [(p, thing) for p, thing in absent if p is product]
    things = "和".join(dict.fromkeys(thing for _, thing in absent))
    if _WHERE_ASKED.search(ctx.message):  # "挖勺是放在盒子里的吗 我没找到": where it is, then the remedy
        text = (f"{product.name}的盒子里是配了{things}的，您再翻翻盒子夹层看看；确实没有的话就是我们打包时漏放了，"
                f"我给您补发过去，{ctx.values['time.exchange']}前发出，运费我们承担")
    else:
        text = (f"真抱歉，{product.name}里本来应该配{things}的，是我们打包时漏放了，给您添麻烦了！"
                f"我这就给您补发过去，{ctx.values['time.exchange']}前发出，运费我们承担，发出后把单号告诉您")
    if "勺" in things and _SCOOP_ASKED.search(ctx.message):  # "直接上手挖吗": until the scoop comes
        text += "。勺子到之前，您洗干净手、擦干后取用也可以，取完把盖子拧紧就好"
    return text


_NOTED_COURIER = lazy(r"备注(?:了|过|的|上)?[^，,。？?\s]{0,4}?(?:要|发|走|用)(顺丰|中通|圆通|韵达|申通|邮政|京东|极兔|EMS|ems)")


def courier_noted(ctx: Context) -> str:
    """The answer to one of the shop's own couriers the customer has written in the order's remark:
    seen, and sent as noted."""
    said = _NOTED_COURIER.search(ctx.message)
    policy = ctx.library.policy
    if not said or not policy.couriers:
        return ""
    courier = said.group(1)
    if courier not in policy.couriers:
        return ""  # "备注了要发顺丰": the surcharge answer says what it costs and that it is noted once paid
    placed = "订单收到啦～" if re.search("拍好|拍了|下单了|付了|付款了|付好|已付", ctx.message) else ""
    return (f"{placed}您备注的{courier}我看到了，我们本来就是{policy.couriers.removeprefix('默认')}，"
            f"我跟仓库说一声按您的备注发{courier}，预计{ctx.values['time.dispatch']}前发出")


_FELT = lazy(r"太油|油腻|闷痘|闷闭口|很闷|太闷|黏糊|太黏|不吸收|搓泥|太干|拔干|不保湿|不滋润")
_DRY_FELT = lazy(r"干|不保湿|不滋润")
_FAULT = lazy(r"漏|破|碎|裂|坏|变质|变色|异味|怪味|臭|过期|假货|假的|发错|少了|絮|沉淀|分层|杂质|过敏|红肿|刺痛|痒|疹")
_OPENED_USED = lazy(r"用了|用过|抹了|涂了|擦了|用着|拆了|开封")


def unsuited_item(ctx: Context) -> str:
    """An opened item that feels wrong for the customer's skin ("太油了闷痘"), with no fault in it:
    whom it suits, that it is no quality problem, the return rule for opened goods, and a small token."""
    felt = _FELT.search(ctx.message)
    if not felt or not ctx.products or _FAULT.search(ctx.message) or not _OPENED_USED.search(OTHERS_USED.sub("", ctx.message)):
        return ""
    used = find_products(ctx.library, ctx.message[: felt.end()], limit=1)  # the item said before the feeling, not one asked about after
    if not used:
        return ""  # "拆开用了两次 太油了 …你们洗面奶油皮能用不": the cleanser is asked about, not the item used
    p, policy = used[0], ctx.library.policy
    if not p.suitable_for:
        return ""
    skin = skin_of(ctx.message)
    fits = skin is not None and suits(p, skin) is True  # "精华用了三次 我油皮觉得太油了": the item is for that skin
    if fits:
        unsuited = f"，用着觉得{felt.group(0)}多半是一次取得多了，少取一点、薄薄一层试试会清爽很多"
    else:  # (no oily skin blamed for "不保湿")
        unsuited = f"，{p.not_for}用着确实容易觉得{felt.group(0)}" if re.search("皮|肌", p.not_for or "") and not _DRY_FELT.search(felt.group(0)) else ""  # (a skin the item is not for: "孕妇、哺乳期" is none)
    if felt.group(0) == "搓泥":  # how much and when it goes on, not a skin the customer never named
        unsuited = "；搓泥多半是一次取得多了，或者前一步还没吸收就抹上了，少取一点、等前面吸收了再薄涂会好很多"
    rule = f"{policy.return_change_of_mind}。" if policy.return_change_of_mind else ""
    if rule and re.search("换成|换个|换一[瓶支盒个款]", ctx.message):  # "能退不 或者换成精华": the swap too
        rule += "换成别的商品也是一样的规则。"
    calm = "闷痘的地方先停用几天，洁面后用清爽一点的保湿就好。" if "痘" in ctx.message or "闷" in felt.group(0) else ""
    token = (f"这次给您申请一张{policy.compensation}作为心意，{ctx.values['time.reply']}前发到您账户，之后挑更适合您肤质的用得上"
             if policy.compensation else "之后想换更适合您肤质的，随时找我帮您挑")
    pick = ""
    if _ANOTHER_ASKED.search(ctx.message):  # "…不能退的话你们家油皮该用啥": the pick for that skin, not the item used
        pick = recommend([q for q in ctx.library.products.values() if q is not p], None, ctx.message[felt.end():], policy)
        token = token.replace("，之后挑更适合您肤质的用得上", "") if pick else token
    whom = f"{p.name}本身是适合{skin}的" if fits else f"{p.name}更适合{p.suitable_for}"
    return f"真抱歉这款没让您用舒服～{whom}{unsuited}，这不是质量问题哦。{calm}{rule}{token}" + (f"。{pick}" if pick else "")


_ANOTHER_ASKED = lazy(r"换(?:个|一个|一款|成)?(?:啥|什么|哪[个款])|(?:该|能|可以|适合)用(?:啥|什么|哪[个款])|用(?:啥|什么|哪[个款])(?:好|合适|比较好)|有(?:啥|什么)适合|推荐(?:一下|个|款)?")



# an item left on longer than its facts allow ("敷着睡着了", "敷了半个小时"), asked as the cause
_LEFT_ON = lazy(r"(?:敷|贴|盖)[着了]?[^，,。？?！!\s]{0,4}(?:睡着|半个?(?:小时|钟头)|一个?(?:多)?(?:小时|钟头)|[三四五六]十分钟|一晚|一整晚|一夜)|(?:敷|贴)[^，,。？?！!\s]{0,2}太久|忘了(?:揭|拿|取|摘)|睡着了")


def left_on_too_long(ctx: Context) -> str:
    """A mild reaction after an item was left on longer than its cautions allow: the likely cause
    said from the facts, the care (rinse, nothing else today), when to stop and see a doctor, and
    the usual way to use it; no refund menu for a reaction the customer ties to the use. "" when
    the message says no such use, or no fact gives the longest time."""
    if ctx.severity != "reaction" or not _LEFT_ON.search(ctx.message):
        return ""
    product = next((p for p in ctx.products if LONGEST_ON.search(p.cautions)), None)
    if product is None:
        return ""
    longest = LONGEST_ON.search(product.cautions).group(0)
    return (f"您先别担心，这种不舒服多半是敷得太久了：{product.name}{longest}。现在先用清水把脸轻轻洗干净，今天别再叠加其他护肤品，"
            f"一般一两天就会缓解；要是越来越红、肿起来或者一直不退，先停用，尽快去医院皮肤科看一下。以后的用法是：{product.usage}")
