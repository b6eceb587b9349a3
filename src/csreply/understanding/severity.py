"""Words that say an item hurt someone or is unsafe: they decide the remedy (drafting) and keep
a complaint about a named product from being read as a question about it (matcher).

``REACTION``: a skin reaction or an injury; ``UNSAFE``: spoiled, leaking or dangerous goods (a
crack, a broken bottle or tube, not the outer box: a crushed box may still be kept with a coupon).
"""

from __future__ import annotations

import re
from ..lazy_pattern import lazy

REACTION = lazy(r"红痒|痒了(?:一晚|一夜|一天|一整天|好几天|[两几三]天)|脸[都也全]?烂了|脸[都也全]?(?:红|肿)成|红了一大片|红一大片|更红了?|越来越红|越[擦抹用涂]越红|过敏|小红点|脸上红了|脸都红了|脸红红|变红了|红疹|起疹|疹子|刺痛|烂脸|红肿|发痒|又痒|很痒|好痒|还痒|瘙痒|有点痒|红疙瘩|有些痒|痒痒的|开始痒|爆痘|受伤|割伤|划伤|烫伤|灼伤|出血|起了?(?:一片|一些|好多|很多|些|几个|一堆)?(?:小)?红点|痒得(?:很|不行|要命|厉害|受不了|难受)|痒死|脸红了|脸疼|刺刺|刺痒|刺挠|湿疹|闭口|冒了[#\d一两几]*颗?痘|长了[#\d一两几]*颗?痘|爆了[#\d一两几]*[颗片堆脸]?痘|脸就红了|脸[^，,。？?！!\s]{0,2}红了还痒|红了还痒|又红又刺|红又刺|又刺又红|(?:起|出)(?:晒|咗)红点|痕到|好痕|痕痒|有啲痕|有d痕|有点痕|少少痕|痕痕[地哋]|刺又红|又刺又痒|又痒又红|又痒又刺|又红又痒|又红又肿|刺疼|发红|泛红了|一直泛红|灼热|灼烧|火辣辣|起皮|闷痘|冒痘|长痘了|起疙瘩|(?<![挤出来有一粒])(?<!一粒一粒的)小疙瘩|脸上[^，,。？?！!\s]{0,4}疙瘩|长了[^，,。？?！!\s]{0,3}疙瘩")
UNSAFE = lazy(r"(?:箱子|盒子|袋子|包裹|快递)[^，,。？?\s]{0,4}(?:都是|全是)(?:液体|精华|水)|瓶子?(?:直接|都|竟然|居然)(?:破|碎|裂)(?:掉|了|开)|(?:整[条支瓶罐]|瓶子?|管子?|袋子?)[^，,。？?\s]{0,2}爆(?:开|裂|了)|爆浆|[黏粘](?:得|黏的|糊糊的?|乎乎的?)[^，,。？?\s]{0,6}都是|整[条支瓶罐管](?:都)?(?:破|烂)(?:掉|了|开)|哈喇味|油哈味|油耗味|有点漏|瓶口漏|在漏|往外漏|漏液|漏了|漏晒|漏咗|漏哂|漏出|漏到|渗漏|渗出|流出来|漏水|漏油|洒了|变质|水油分离|油水分离|(?:闻着|闻起来|味道)(?:有点|有些)?(?:怪怪的|怪怪|不对劲|不对)|发霉|长毛|霉|异味|发臭|臭了|馊|过期|胀袋|胀气|有虫|虫子|异物|絮状|絮絮|沉淀物|黑色小颗粒|黑色颗粒|黑色?的小?颗粒|黑[点渣]|(?:里|裡|里面)[^，,。？?\s]{0,6}(?:黑点|小点点|黑色小点)|杂质|漏电|冒烟|起火|爆炸|玻璃渣|怪味|酸味|酸酸的|发酸|变酸|有股酸|闻[^，,。？?！!\s]{0,5}酸|(?:挖|挤|倒)出来[^，,。？?！!\s]{0,4}(?:小)?颗粒|起颗粒|结块|馊味|变色|发黄|变黄|变味|分层|挤出来(?![^，,。？?！!\s]{0,2}(?:装|留|存|放|再用))|流了|流干|流光|(?:精华|膏体|液体?)[^，,。？?\s]{0,3}干(?:了|掉|透)|精华都干了|漏光|糊了|漏得|裂了?[一道条个]?缝|裂缝|流晒|流得|流满|(?:瓶|罐|盖|壶|杯|管|袋|樽)[子身口]?(?:[是还都也就冻]?有?)(?:裂|碎|破|爆)|封口[^，,。？?\s]{0,6}破|封膜[^，,。？?\s]{0,4}破|被人用过|被用过|用过的|(?<![没沒未不])被拆[过過]|明[显顯]被?拆[过過]|(?<![没沒未不])被打开过|被人拆[过過开開]|(?:别人|人家)?退回[来來]的再[卖賣]")


# "皮肤容易发红", "换季就起皮": the customer's skin as it always is, not a reaction to an item
# … and "我对酒精过敏", "过敏体质": an allergy the customer has, asked about before buying
_HABIT = lazy(r"(?:容易|经常|常常|很常|时常|总是|老是|还老|老|一直都|动不动就|换季就|一换季就|天生)\S{0,5}$|(?:冬天|一到冬天|天冷|换季)\S{0,10}$")
_FEARED = lazy(r"(?:(?:怕|担心|害怕|会不会|会|防止|避免|不会)\S{0,6}|(?:快要?|马上就?要?|临近|就要))$")  # "特别怕过敏": a worry before use
# "要是拆了用着过敏能退吗", "万一用了过敏": a case the customer imagines, not one that happened
_IMAGINED = lazy(r"(?:要是|万一|萬一|如果|假如|假设|若是|要係|到时候|到時候)\S{0,8}$")
# "之前买别家的过敏过": a reaction to another brand's goods, told as history before buying
_ELSEWHERE = lazy(r"(?:别家|别人家|其他家|别的牌子|其他牌子|别的品牌|其他品牌|有人说|别人说|听说|评价里|差评里|差评说|网上说|评价说|评论说|评论里|评论区|看评价|看评论|买家秀|(?:以前|之前|以往)用过)\S{0,8}$")
_ALLERGIC_TO = lazy(r"对[^，,。\s]{1,6}$|(?:酒精|香精|香料|防腐剂|花粉|尘螨|海鲜|果酸|水杨酸|A醇|a醇)$")  # "我对酒精过敏", "我酒精过敏" (not "对这个面霜过敏了": that happened)
# "我一碰香精就过敏": what happens to the customer whenever, not what this item did
_TOUCHED = r"一(?:碰|用|抹|擦|沾|闻|遇到)"
_WHENEVER = lazy(_TOUCHED + r"\S{0,6}就\S{0,2}$|[用抹擦涂敷搽]了?就\S{0,2}$")  # "一抹就红", "面霜我抹了就闷痘": whenever, not once
WHENEVER_SAID = lazy(_TOUCHED + r"[^。？?！!]{0,10}就")  # … anywhere in a message: "我一碰酒精脸就红 红了就痒"
_CONSTITUTION = lazy(r"过敏体质|过敏肌|易过敏|容易过敏|过敏性")
# "最近脸干到起皮 这面霜孕妇能用不": the skin as it is now, told before asking whether an item
# suits it; a reaction to an item says the item was used ("用了两天起皮了 还能用吗")
# "我是油皮用着闷痘 没拆的那瓶能换成精华吗": an item that does not suit oily skin, swapped, not an injury
_ACNE = frozenset({"闷痘", "冒痘", "长痘了", "闭口", "爆痘"})
_OILY_SWAP = lazy(r"(?:油皮|混油|油性|痘痘肌|太油|油腻|太厚|太腻|太闷|不适合我|不太适合我|有点闷痘|感觉闷痘).*(?:换成|换个|能换|没拆|未拆|能退|退货|想退|要退|退掉|退了吧|退不|退吗|退么)")
_USED = lazy(r"[用擦抹涂敷搽]了?[#\d一两二三四五六七八九十几半]+(?:天|次|回|周|个?星期|个?礼拜)|(?<!不敢)(?<!没)(?<!都不敢)用了|用你们|用你家|用您家|用了你|用完|用后|用过|一用|用着|用上|用这|开始用|用的时候|抹了|擦了|涂了|敷了|敷完|洗完|上脸|敷上|抹上|涂上|擦上|敷着|贴上")
# … "老爷们用你家修护霜行不": whether one may use it, asked with 行不/成不/中不
_SUITS_ASKED = lazy(r"[用抹擦涂敷搽](?:了|上)?(?:以后|之后)?会不会|能[不否]?用|可[以不]?[以]?用|适[合用]|合适|能[不否]?擦|能[不否]?抹|能[不否]?涂|[用抹擦涂][^，,。？?！!\s]{0,8}(?:行不|行吗|行么|成不|中不|可以吗|可以不)")

_ASKED_AFTER = lazy(r"[不吗么嘛](?:$|[\s，,。？?！!])")
_WOULD_USE = lazy(r"[用抹擦涂敷搽](?:了|上)?(?:以后|之后)?(?=会|的话)")  # "抹了会不会更凶": asked before any use
# an item to be chosen ("预算200以内 你给挑一个呗"): the skin told is the need, nothing was used yet
_CHOOSING = lazy(r"预算|挑一?[个款瓶]|帮我挑|给挑|推荐一?[个款下]|买哪[个款]|选哪[个款]|买什么好|用什么好|用啥好")


def reaction_in(text: str) -> bool:
    """True when ``text`` tells of a skin reaction or an injury, not of how the skin usually is.

    >>> reaction_in("用完脸上发红了"), reaction_in("皮肤容易发红，面霜适合吗"), reaction_in("我对酒精过敏")
    (True, False, False)
    >>> reaction_in("过敏体质能用吗"), reaction_in("用了过敏了"), reaction_in("之前买别家的过敏过")
    (False, True, False)
    >>> reaction_in("要是拆了用着过敏能退吗"), reaction_in("用了三天过敏了 万一还痒呢")
    (False, True)
    >>> reaction_in("最近脸干到起皮 这面霜孕妇能用不"), reaction_in("用了两天脸起皮了 还能用吗")
    (False, True)
    >>> reaction_in("这面霜喂奶能用不 我脸上干得起皮了"), reaction_in("能用吗 用了脸上起皮了")
    (False, True)
    >>> reaction_in("车里暖风吹得脸起皮发痒 男的用你家面霜行不")
    False
    >>> reaction_in("给我妈买的 脸特别干还起皮 预算200 你给挑一个"), reaction_in("用了你家面霜起皮了 换一款推荐下")
    (False, True)
    >>> reaction_in("说好的敏感肌能用 我用你们面霜脸红了一大片 退钱吧")
    True
    >>> reaction_in("面膜敷上去脸刺痛还起红疹子 另外洗面奶敏感肌能用吗")
    True
    """
    spans = [c.span() for c in _CONSTITUTION.finditer(text)]
    used = _WOULD_USE.sub(lambda w: "＿" * len(w.group(0)), text)  # "抹了会更严重吗": a use imagined, not made
    return any(
        not _HABIT.search(text[: m.start()]) and not _FEARED.search(text[: m.start()])
        and not _IMAGINED.search(text[: m.start()]) and not _ELSEWHERE.search(text[: m.start()])
        and not (_ALLERGIC_TO.search(text[: m.start()]) and not text.startswith("了", m.end()))
        and not (_WHENEVER.search(text[: m.start()]) and not text.startswith("了", m.end()))
        and not any(a <= m.start() < b for a, b in spans)
        and not (_SUITS_ASKED.search(text, m.end()) and not _USED.search(used, 0, m.start()))
        and not _ASKED_AFTER.match(text, m.end())  # "这个精华油皮擦了闷痘不": asked before buying, not had
        # "我在喂奶能用不 …脸上干得起皮了": asked before, nothing said used: the skin as it is
        and not (_SUITS_ASKED.search(text, 0, m.start()) and not _USED.search(used))
        and not (m.group(0) in _ACNE and _OILY_SWAP.search(text))
        and not (_CHOOSING.search(text) and not _USED.search(used))  # "给我妈买的 脸干还起皮 预算200 挑一个"
        for m in REACTION.finditer(text)
    )


def describes_harm(text: str) -> bool:
    """True when ``text`` tells of a reaction, an injury or unsafe goods.

    >>> describes_harm("这个精华用完脸上爆痘了"), describes_harm("精华有什么效果")
    (True, False)
    """
    return bool(reaction_in(text) or unsafe_in(text))


def unsafe_in(text: str) -> bool:
    """True when ``text`` tells of spoiled, leaking or dangerous goods, not a fear of it.

    >>> unsafe_in("面霜漏液了"), unsafe_in("面霜买了怕放久了过期"), unsafe_in("两盒面膜点解得一盒 系咪漏咗")
    (True, False, False)
    """
    # "两盒面膜点解得一盒 係咪漏咗", "说好送面膜 是不是给我漏了": an item left out, not a leak
    short = SHORTFALL.search(text) or _LEFT_OUT_SAID.search(text)
    return any(
        not _FEARED.search(text[: m.start()]) and not (short and m.group(0) in _LEFT_OUT)
        and not _ELSEWHERE.search(text[: m.start()])  # "之前买过别家面霜开了半年多就变味了": another brand's, told as history
        for m in UNSAFE.finditer(text)
    )


SHORTFALL = lazy(r"(?:箱子|盒子|包裹|快递|打开|拆开)[^，,。？?\s]{0,4}(?:就|只)[有剩]?(?:[一1#][盒瓶支件个]|[一二两三四1-4#]片(?!装))|另[一外#][两二#\d]?[盒瓶支件个](?:呢|是|还|怎么|没)|(?:就|只)(?:来|到|收到)了?[一1#][盒瓶支件个]|到了?就[一1#][盒瓶支件个]|只到了?[一1#][盒瓶支件个]|(?:怎么|咋|为啥)就[一1#][盒瓶支件个]|得[一二两1#][支瓶盒个件]到|只得[一两1#]|少了(?![一#]?点)(?![#\d一二两三四五六七八九十几]*(?:块|元|毛|分钱|钱))|少[一两1#](?!点)(?![#\d]*(?:块|元|毛))|(?<![糊弄洒漏流搞整溅沾])得[一二两1#][盒瓶支件个片](?!子)|只有[一两1#]|只收到[一两1#]|缺了|漏发|漏寄|(?:里面|里头|入面|盒里)(?:只有|只得|得|就|才)[#\d一二两三四五六七八九](?:块|片|张)(?!装)|漏[咗了晒哂][一两1#][盒瓶支件个片包袋](?!子)(?![^。？?！!]{0,12}(?:黏|粘|湿|糊|渗|流出|洒))")  # "漏了一盒子": leaked all over the box  # "#": a count, as normalised
_LEFT_OUT_SAID = lazy(r"给我漏了|漏给我|给漏了|漏放|漏装|漏了还是本来|分开发的?还是漏|还是漏(?:了|发)|只到了?[#\d一两二三四五][样件盒瓶支个]|(?:送|赠品|小样|面膜|礼物|勺|刮棒|说明书).{0,24}(?:是不是漏了|漏了吧|漏掉了|是漏了)")  # "说好满199送面膜 …是不是漏了", "小挖勺没有啊 是漏了还是本来就没有"
_LEFT_OUT = frozenset({"漏了", "漏咗", "漏晒", "漏哂"})  # 漏 as "left out" once a shortfall is said
