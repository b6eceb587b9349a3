"""One answer per question, in the customer's order: each clause's fact questions answered from
the library (``csreply.writing.facts``), the questions a scenario answers by that scenario's
fitting script without its opener, and the clauses that only set the context left unanswered.
"""

from __future__ import annotations

import re

from ..understanding.catalogue import unsold_kind
from ..understanding.normalize import to_simplified
from . import facts
from .couriers import WISHED_COURIER
from .opened_returns import refuses_opened
from .draft import Context
from .fact_answers import MAKEUP, WHERE_TO_TAKE, fact_answer, without_item
from .fact_topics import CHARGED_MORE, COUPON_USE, COUPON_WHERE, USED_HOW, DOOR, EXCHANGE, INSTALMENTS, NOT_TAKEN_OFF, ORDER_TOPICS
from .fitting import CANCEL_INSTEAD, KEEPS_ORDER, unsuited
from .leading_answers import leading_answers
from .opened import OPENED_ASKED, UNOPENED_SAID
from .orders import PROMOTIONS, fewer_items
from .protection import OUTSIDE_PRICE_PROTECTION
from .clauses import (
    BY_THE_WAY, COURIER_GAP, NEW_PURCHASE, RAW_CLAUSE, also_asked, asked_after_sale, asks_facts, message_topics, clause_scenario, lead_clause_unanswered,
    in_time_for_change, named_in, own_question, spelled, stage_of, sure_enough,
)
from .rendering import GREETING
from .return_answers import return_beside_protection
from .scenario_answers import UNKNOWN_POINT, scenario_answer as _scenario_answer
from .travel import arrival_dropped, asks_arrival, with_dispatch, with_remote_fee
from .signals import ANY_SUM, DOUBTED, GIFT_ASKED, BUY_INSTEAD, NO_CANCEL, WOULD_IT, WAY_TO_PAY, OTHER_SIZE, BARE_HOW_MUCH, BOUGHT_ELSEWHERE, GIFT_MISSING, IS_IT_OK, PAY_FAILS, PAYMENT_ASKED, REFUND_INSTEAD, RETURN_POSTAGE, RETURN_SENT, SEEN_CHEAPER, SMALL_TALK
from .said_leads import GOODS_PROBLEMS
from .triage import ASKS, PROBLEMS
from ..lazy_pattern import lazy

_ORDERED_NOW = lazy(r"(?:；?有货的话，)?(?:现在下单|现在拍下?|拍下后|按现在的时间，?|(?:\d\d:\d\d前|现在)付款的话，)预计[^。～！]*?发出[哦呢]?[。～！]?")


_TRANSIT = lazy(r"我们能保证的是发货时间，?(?:路上要几天得看快递公司，)?到您那边大概几天[^。]*?。")
_OWN_USAGE, _DOSES = lazy(r"怎么用|如何用|用法|使用方法|早上|晚上|白天|早晚|睡前|几次|多久一次|天天"), lazy(r"再用[^：。]*：[^。]*(?:每次|取)")


def answers(ctx: Context, variant: int = 0) -> list[tuple[str, str, str]]:
    """(kind, what, text) per question in message order: ``fact`` answers (what: the topic) and
    ``scenario`` answers (what: the scenario id) for questions without a fact."""
    parts, scenarios_done = leading_answers(ctx)
    topics_done: set[str] = {t for kind, t, _ in parts} | ({"gifts"} if any(t == "gift_threshold" for _, t, _ in parts) else set()) | ({"ingredients"} if any("花在用料上" in x for _, _, x in parts) and not _STRENGTH.search(ctx.message) else set())  # (what it is made of, said with the price; not how strong)
    if "compare" in topics_done:
        if not facts.GROUP.search(ctx.message):  # "…顺序是？孕妇可以擦吗": a group is asked of its own
            topics_done.add("suitable")  # whom the two items suit
        if not _OWN_USAGE.search(ctx.message) or any(_DOSES.search(x) or "用法上" in x and re.search("天天|每天|几次", ctx.message) and not re.search("怎么用|如何用|用法|使用方法|先|早上|晚上|白天", ctx.message) for _, t, x in parts if t == "compare"):  # ("天天用哪个": how often, said)
            topics_done |= {"usage"} | ({"doses"} if _OWN_USAGE.search(ctx.message) else set())  # how they are used together (how much of each: "doses"); "面霜怎么用" still gets its own usage
    made_of = re.sub(r"^(?:主要成分是|主要是|含)", "", ctx.products[0].ingredients)[:6] if len(ctx.products) == 1 and ctx.products[0].ingredients else ""
    if made_of and any(made_of in text for _, t, text in parts if t == "compare"):
        topics_done.add("ingredients")  # "跟皂基的比好在哪": the comparison says what it is made of
    if "amount" in topics_done:
        # how much to buy already gives the size and the amount per use ("有没有大瓶的" still asks)
        one_size = any(facts.ONE_SIZE in text for _, _, text in parts)  # "…只有这一种规格" said already
        topics_done |= ({"usage"} if OTHER_SIZE.search(ctx.message) and not one_size else {"spec", "usage"}) | ({"shelf_life"} if any("保质期" in t for _, _, t in parts) else set())
    if "refund_amount" in topics_done:
        topics_done |= PROMOTIONS  # "用了满减券 退面霜退多少": the coupon's share is the answer, not the rules
    if "suitable" in topics_done and any("这不是质量问题" in text for _, _, text in parts):
        topics_done |= {"price_protect", "refund_time", "refund_amount", "material"}  # an opened item that does not suit: "补差价都可以" is the swap's, not 保价; "搓泥" is explained
    if any(refuses_opened(text) for _, _, text in parts):
        topics_done.add("refund_amount")  # "用了两片 能退吗 退的话退多少": an opened item goes back no more, so no sum
    if "refund_due" in topics_done:
        topics_done.add("refund_time")  # the refund's date is already given, counted from the customer's day
    if "recommend" in topics_done:
        topics_done.add("suitable")  # the recommendation already says whom the item suits
        topics_done |= {"material"} | ({"ingredients"} if any("给您配这" in x for _, t, x in parts if t == "recommend") else set())  # a set picked: "之前用皂基的洗完紧绷" told the need
        if any("还能送" in text for kind, t, text in parts if t == "recommend"):
            topics_done |= PROMOTIONS  # "帮挑一套300以内的 有赠品没": the set's sum already says the gift
    if {"postage_in_price", "double_charge"} & topics_done:  # "要85 页面写79": the price and the postage said; "扣了两次 花呗付的": no way to pay
        topics_done |= {"payment_methods"} | ({"price", "shipping", "price_protect"} if "postage_in_price" in topics_done else set())
    if "exchange" in topics_done:
        topics_done |= {"price_protect"} | ({"shipping"} if "来回" not in ctx.message and any("运费" in x for _, t, x in parts if t == "exchange") else set())  # "换成面膜 差价/运费怎么算": given
        topics_done.add("suitable")  # "油皮不适合 能换成精华吗": the customer chose; no advice on the first item
    if "returns" in topics_done:
        # "不喜欢那个质地 能退吗", "不适合我": a reason, not a question; "换成精华 补差价都可以": no 保价
        topics_done |= {"material", "ingredients", "price_protect"} | ({"shipping"} if any("运费" in x for _, t, x in parts if t == "returns") else set()) | ({"benefit", "usage"} if any("见效快慢" in x for _, t, x in parts if t == "returns") else set())
        if not facts.GROUP.search(ctx.message):  # "怀孕了 还能用吗 不能用的话能退不": whom it suits is asked
            topics_done.add("suitable")
    if "deal" in topics_done:
        topics_done |= PROMOTIONS | {"price"}  # the sum with the coupon and the gift already says both
    if "退" in ctx.message or "到账" in ctx.message or ctx.lead == "refund":  # (the message's topics are worked out only then)
        refund_topics = set(message_topics(ctx.message))
        if ({"refund_route", "refund_time"} & refund_topics or ctx.lead == "refund" and not WAY_TO_PAY.search(ctx.message)) and not INSTALMENTS.search(ctx.message):
            topics_done.add("payment_methods")  # "我花呗付的 会退到哪里": the way it was paid, not how to pay
        if "refund_amount" in refund_topics:
            topics_done |= PROMOTIONS  # "用了满减券买的 退一件能退多少": the coupon's share is checked, not its rule
    product = ctx.products[0] if ctx.products else None
    asked_itself: set[int] = set()  # parts answering the lead's own clause (kept whatever else is said)
    elsewhere: bool | None = None  # whether any clause asks a fact (worked out when first needed)
    # what the whole message says, worked out once (a megabyte message has thousands of clauses)
    keeps_order, group_named = KEEPS_ORDER.search(ctx.message), facts.GROUP.search(ctx.message)
    cancel_instead = CANCEL_INSTEAD.search(ctx.message)
    top_up = _TOP_UP.search(ctx.message)
    charged_more = CHARGED_MORE.search(ctx.message)  # "想发顺丰到广州 要补多少钱": the surcharge is asked
    coupon_where = COUPON_WHERE.search(ctx.message)  # "…券在哪领": the coupon is answered where it is asked
    coupon_unused, region_named = re.search(facts.COUPON_UNUSED + "|" + COUPON_USE, spelled(ctx.message, ctx.library)), facts.names_region(ctx.message)  # "那个卷没减", "券领了 咋用的"
    arrival: tuple[int, str] | None = None  # (where, clause) of an arrival asked beside other questions
    for said in (c for c in RAW_CLAUSE.split(ctx.message) if c):
        # "包油吗" asks about 包邮; "要怎麼起泡" asks as "怎么" does
        raw = spelled(to_simplified(said) if ctx.match.normalized.traditional else said, ctx.library)
        if in_time_for_change(raw, ctx):
            continue  # "收货地址要改成公司的 还来得及吗": in time for the change, which its answer says
        if arrival is None and asks_arrival(raw, ctx):
            arrival = (len(parts), raw)
        # "先用哪个 早上能用精华不": a clause naming another item asks about that one, afresh
        item = named_in(raw, ctx) or next((p for p in ctx.library.products.values() if "敷" in raw and p.category == "面膜" and "面膜" in ctx.message), None) or product  # "敷一晚上行不行": the mask
        done = (topics_done - facts.PRODUCT_TOPICS | ({"usage"} if "doses" in topics_done else set())) if item is not product else topics_done
        done = done - {"usage"} if MAKEUP.search(raw) and not any("妆" in x for _, _, x in parts) else done  # "…早上用完能化妆吗": asked of its own
        done = done | {"material"} if "闷" in raw and item is product and unsuited(ctx) else done  # "会不会闷痘" for a skin advised against: answered by the advice
        if keeps_order and "取消" in raw and not KEEPS_ORDER.search(raw):
            continue  # "帮我取消吧 哎算了还是不取消了": a cancel taken back is not answered
        if cancel_instead and "改" in raw and "取消" not in raw:
            continue  # "先帮我改个地址吧 哦不对 算了直接取消": the change is dropped for the cancel
        if "not_sold" in topics_done and unsold_kind(ctx.library, raw):
            continue  # "你家防晒霜多少钱": answered by saying it is not sold
        if "预售" in raw and "现货" in ctx.message and "stock" in ctx.library.scenarios:
            continue  # "现在是现货吗 不是预售吧": the stock answer says it, not the big sale's presales
        if "gifts" in topics_done and _WITH_GOODS.search(raw) and not facts.asked(raw):
            continue  # "满199送的啥 跟货一起发吗": the gift rule says it goes with the order
        if OTHER_SIZE.search(raw) and not any(facts.ONE_SIZE in text for _, _, text in parts):
            topics_done.discard("spec")  # "有没有大瓶的": another size, whatever was said of this one
            done = done - {"spec"}
        scenario, sure = clause_scenario(said, ctx)
        if _CANCEL_ASKED.search(raw) and "order_change" in ctx.library.scenarios and "order_change" not in scenarios_done and (
            scenario is None and any(i.scenario == "order_change" for i in ctx.match.intents) or scenario in _BEFORE_CANCEL
        ):
            # "拍多了一瓶 帮我取消一个", "昨天拍的那单要是还没发就帮我取消了吧": a cancel asked, answered as one
            scenario, sure = "order_change", 1.0
            if fewer := fewer_items(ctx):  # one of several taken off: the order placed again
                parts.append(("fact", "order_edit", fewer))
                scenarios_done.add("order_change")
                continue
        # a pre-sale message's "会不会闷痘" is a question about the item, whatever its clause matched
        stage = stage_of(ctx, scenario) if stage_of(ctx, ctx.lead) == "after_sale" and not (NEW_PURCHASE.search(ctx.message) and WOULD_IT.search(raw)) else "pre_sale"  # "这次想加个面霜 …会不会闷痘": before buying
        asked = facts.asked(raw) + [t for t in facts.asked_weakly(raw) if facts.has_fact(t, item, ctx.library.policy)]
        if region_named and charged_more:
            # "我在乌鲁木齐 …付款变180了 多出来12块是啥钱": the region's postage, once
            asked = [] if any(t == "shipping" for _, t, _ in parts) else ["shipping"]
        if "shipping" not in asked and region_named and stage_of(ctx, ctx.lead) != "after_sale" and (facts.asks_to_send(raw) or _EXTRA_FEE.search(raw) and (ASKS.search(raw) or "几多钱" in raw or "多少钱" in raw)) and ("courier" not in asked or _EXTRA_FEE.search(raw) and "顺丰" not in raw) and "ships_from" not in asked:
            asked.append("shipping")  # "我在香港，可以寄过来吗": the region said in the clause before
        if _STILL_USABLE.search(raw) and "shelf_life" not in asked and (OPENED_ASKED.search(ctx.message) or UNOPENED_SAID.search(ctx.message)) and "shelf_life" in message_topics(ctx.message):
            asked = ["shelf_life"] + [t for t in asked if t != "suitable"]  # "精华开了两个月了 还能用吗": opened, said before
        if not asked and (ctx.lead == "refund" or ctx.match.scenario == "refund") and _WHEN_BACK.fullmatch(raw):
            asked = ["refund_time"]  # "现在退多少钱啊 几天到": the refund's arrival, not a parcel's
        if not asked and ctx.lead == "price_protect" and re.fullmatch(r"(?:那|那你们|你们)?(?:能|可以)(?:给我)?补[吗么不嘛]?(?:一下)?[吗么不嘛？?]*", raw):
            asked = ["price_protect"]  # "…现在领券能便宜20，能给我补吗": the fall said before, the 保价 asked here
        if not asked and (item is not product and group_named or IS_IT_OK.search(raw) and item is not None and facts.skin_of(ctx.message)):
            asked = ["suitable"]  # "闺蜜怀孕了 洗面奶能用不 那个精华呢": the other item, for the same person; "洁面中不中 俺是大油皮"
        if coupon_unused:
            # "领了满299减20的券 怎么没减": the coupon's question, whichever clause says 没减; not the gift rule (unless its own clause asks it: "送的面膜是一盒还是一片"); "券领了 不知道咋用的", no item named: its use
            asked = [t for t in asked if (t != "gifts" or re.search("送|赠", raw) and not re.search("券|减", raw)) and not (t == "usage" and not ctx.products)] + (["coupons"] if re.search(NOT_TAKEN_OFF + r"|满[#\d]+减[#\d]+|满减" + ("" if ctx.products else "|" + USED_HOW), raw) and "coupons" not in asked else [])
        # "烟酰胺白天能用不 会不会变黑": the skin the whole message tells; "…券 俩能一起用吗", "拆开没用完 明天还能用吗": not whom it suits
        whole = message_topics(ctx.message)
        whole_only = {"storage", "suitable"} if "storage" in whole else {"storage"}
        asked = [t for t in asked if not (t in whole_only or t == "usage" and "一起用" in raw) or t in whole]
        if "payment_methods" in asked and "payment_methods" not in whole and not re.search("[吗么不呢？?]|能不能|可不可以|能用|可以用|能付", raw):
            # "退款啥时候到 我花呗付的": how it was paid says where the money goes back, not how to pay
            asked = [t for t in asked if t != "payment_methods"] + (["refund_route"] if ctx.lead in ("refund", "return_exchange") else [])
        if "refund_time" in asked and any(refuses_opened(text) for _, _, text in parts):
            asked.remove("refund_time")  # "拆了用了两次 能退吗？退的话多久到账": no return, so no refund's days
        if "price" in asked and "price" not in whole and "courier" in whole:
            asked.remove("price")  # "帮我改发顺丰 差价我补 多少钱": the surcharge's sum, which the courier answer says
        if "spec" in asked and ("gifts" in asked or "送" in raw and "gifts" in message_topics(ctx.message)):
            asked.remove("spec")  # "送一盒还是一片" asks about the gift, not the item's size
        # "一次滴几滴" after the usage is given: the usage sentence already says it
        stated = {t for kind, t, _ in parts if kind == "fact"}
        asked = [t for t in asked if facts.ANSWERED_BY.get(t, t) == t or facts.ANSWERED_BY[t] not in stated] or (
            asked and [facts.ANSWERED_BY.get(asked[0], asked[0])]
        )
        if asked and all(t in done for t in asked):
            continue  # answered with an earlier clause ("新疆能发吗，运费多少")
        topics = [
            t for t in asked
            if t not in done and (stage != "after_sale" or asked_after_sale(t, scenario, raw, ctx))
            and (t not in facts.PRODUCT_TOPICS or item is not None or without_item(ctx, t, raw))
            and (t not in _REQUESTABLE or ASKS.search(raw) or _AVOIDS.search(raw) or WISHED_COURIER.search(raw) or _WEIGHS.search(raw) or _PAID_COURIER.search(raw) or top_up
                 or _GOES_ON.match(raw) and ASKS.search(ctx.message))  # "发邮政吧" asks for one, not which; "…可唔可以開發票 同埋寄順豐" goes on asking
            and not (t == "shipping" and (ctx.severity or ctx.lead == "wrong_missing") and not NEW_PURCHASE.search(ctx.message) and ctx.lead in GOODS_PROBLEMS)  # "稀得跟水一样 要退 运费你们出": the remedy says who pays
            and not (t == "usage" and ctx.lead == "wrong_missing" and not re.search("怎么用|咋用|如何用|用法|几次|多久|多少|先|顺序|哪个", raw))  # "发成面膜了 我洗面奶都用完了等着用呢": why it is wanted, no how-to
            and not (t in ("suitable", "usage", "cautions", "dose") and ctx.severity and item is product or t == "gentle" and ctx.severity and not BOUGHT_ELSEWHERE.search(ctx.message) or t == "genuine" and ctx.severity == "reaction" and DOUBTED.search(ctx.message))  # "变质了 还能用吗", "用了起红点": stop use, no how-to (another item named is still asked about; "三无产品吧" beside a reaction: the care's own line says where the goods come from)
            # "油皮可以用吗 要怎么擦": another item is recommended, so no how-to for the one advised against
            and not (t in ("usage", "dose") and "suitable" in topics_done and item is product and unsuited(ctx))
            and not (t == "ingredients" and ctx.severity and not re.search(r"成分|含不含|(?:有没有|是不是有|有不有)[^，,。？?\s]{0,4}(?:酒精|香精|激素)", raw))  # "像杂质 …烂了谁负责": the fault, not what it is made of
            and not (t == "spec" and ctx.lead in PROBLEMS and (ctx.severity or not re.search("[吗么？?]|多少", raw)))  # "一盒才5片 …精华都流干了": the fault, not the size
            and not (t == "suitable" and ctx.lead == "wrong_missing" and not BY_THE_WAY.search(raw) and not NEW_PURCHASE.search(ctx.message))  # "发了瓶精华 我怀孕了不能用": the wrong item is the matter (not "顺便问下面霜干皮能用吗")  # "起疙瘩了 是不是加了激素": the care first
            # "说好满199送面膜 包裹里没看到": the problem's script gives the rule, not the promotion's wording
            and not (t in PROMOTIONS and ctx.lead in PROBLEMS and not NEW_PURCHASE.search(ctx.message))
            and not (t == "courier" and "备注" in raw and not _PAID_COURIER.search(raw) and not _AVOIDS.search(raw))  # the script notes a remark
            and not (t == "payment_methods" and PAY_FAILS.search(ctx.message) and not PAYMENT_ASKED.search(raw))  # "花呗额度明明够的" beside a failure
            and not (t == "coupons" and coupon_where and not WHERE_TO_TAKE.search(raw))
            and not (t == "courier" and ctx.lead in _PARCEL_PROBLEMS and not NEW_PURCHASE.search(ctx.message)
                     and not (_NEXT_TIME.search(raw) and (_AVOIDS.search(raw) or "顺丰" in raw))  # "下次能不能别发中通", "下次能换顺丰吗": the next parcels' courier
                     and not re.search("(?:啥|什么|哪家)快递|(?:能|可以)(?:发|走|用)(?:顺丰|京东|EMS|邮政)|发(?:顺丰|京东)(?:吗|不|么)", raw))  # "扔驿站 …你们发的啥快递": which ones, after the apology  # "帮我备注发中通": a remark asked for, noted by the script
            and not (t == "price_protect" and ctx.lead == "bargain" and SEEN_CHEAPER.search(ctx.message))  # "pdd才129 差了70块"
            and not (t == "shipping" and "refund_amount" in message_topics(ctx.message) and not _SENT_POSTAGE.search(raw) and not (RETURN_POSTAGE.search(raw) and RETURN_SENT.search(ctx.message) and facts.has_fact(t, item, ctx.library.policy)))  # "只到了79 那6块运费呢", not "退货寄回去了 运费退不退"
            and not (t == "shipping" and (_READDRESSED.search(raw) or ctx.lead == "order_change") and not _POSTAGE.search(ctx.message if ctx.lead == "order_change" else raw))  # "可以改寄到我朋友深圳的地址吗": the change is asked; "周六再发吧 寄苏州": where it goes
            and not (t == "price_protect" and (COURIER_GAP.search(ctx.message) or EXCHANGE.search(ctx.message) and _I_PAY.search(raw)))  # "改发顺丰 差价怎么补", "换成精华 我补差价"
            # a 保价 window the library does not state: the lead's own script checks the order, not "规则我确认一下"
            and not (t == "price_protect" and ctx.lead == "price_protect" and not facts.has_fact(t, item, ctx.library.policy))
            and not (t == "suitable" and _STILL.search(raw) and "shelf_life" in message_topics(ctx.message))  # "…还剩半瓶 还能抹吗"
        ]
        if topics:
            here: list[tuple[int, tuple[str, str, str]]] = []  # (position in the clause, part)
            for topic in topics:
                text = fact_answer(topic, raw, item, ctx)
                if topic == "suitable" and len(ctx.products) >= 2 and facts.GROUP.search(ctx.message) and not named_in(raw, ctx):
                    # "怀孕了 …洗面奶还有补水面膜孕妇能用吗": each item named, for the group said
                    text = "；".join(t for t in (fact_answer(topic, raw, p, ctx) for p in ctx.products[:3]) if t)
                if topic == "gentle" and "ingredients" in topics_done and item is not None:
                    text = facts.gentleness(item, ingredients=False)  # "有酒精吗 …会不会刺痛": the ingredients are said
                if topic == "suitable" and "compare" in topics_done and item in ctx.products[:2] and not group_named:
                    # "精华和面霜能一块用不 我下巴老长痘 面霜能擦吗": whom each suits is said; the skin's caveat only
                    skin = facts.skin_of(ctx.message)
                    text = f"不过{skin}的话，{item.category or item.name}不太建议用" if skin and facts.suits(item, skin) is False else ""
                topics_done.add(topic)
                if topic == "shipping" and any(_SUM_IN.search(p[2]) for p in parts + [h[1] for h in here]):
                    text = _SUM_SAID.sub("", text)  # the sum is said already, with the promotions
                    text = re.sub(r"^.*。(已经满\d+元包邮了)$", r"这单\1", text)  # … so only that it ships free, not the rule again
                if topic == "price" and ("券后" in text or "还能送" in text):
                    topics_done |= PROMOTIONS  # "一起买多少钱 有券吗": the sum with the promotions says both
                if topic in PROMOTIONS and text.startswith(facts.DEAL_START):
                    # the sum with the coupon and the gift says both, and the prices ("券在哪领" is still asked)
                    topics_done |= (PROMOTIONS - ({"coupons"} if coupon_where else set())) | {"price"}
                    parts = [(k, t, re.sub(r"，一起买是\d+(?:\.\d+)?元(?=哦)", "", x)) for k, t, x in parts]  # the sum said once, with the coupon
                if text:
                    here.append((facts.position(topic, raw), ("fact", topic, text)))
            # "今天能发吗发什么快递": the question its scenario answers, asked in the same clause
            for also, at in also_asked(raw, ctx, scenarios_done):
                text = _scenario_answer(also, raw, ctx, first=not parts and at == 0, variant=variant)
                scenarios_done.add(also)
                if text:
                    here.append((at, ("scenario", also, text)))
            parts += [part for _, part in sorted(here, key=lambda h: h[0])]
            if here or not scenario or scenario in _ITEM_FACTS:  # (facts with nothing to say, "有小样先试试吗": its scenario answers)
                if scenario and len(ctx.match.intents) >= 2:  # with one intent, every clause gets the lead
                    scenarios_done.add(scenario)
                continue
        if _TOP_UP.search(raw) and any(t == "courier" and "补" in x for _, t, x in parts) or BARE_HOW_MUCH.fullmatch(raw) and any(t in ("shipping", "courier") for _, t, _ in parts):
            continue  # "发顺丰到广州几天能到 要补多少钱", "寄台湾要运费吗？多少钱": the fee is said with it
        if parts and not topics:
            # "要多少运费？大概几天会到？": a question its scenario answers, after a fact answered
            for also, _ in also_asked(raw, ctx, scenarios_done):
                text = _scenario_answer(also, raw, ctx, first=False, variant=variant)
                scenarios_done.add(also)
                if text:
                    parts.append(("scenario", also, text))
        elsewhere = asks_facts(ctx) if elsewhere is None else elsewhere  # once per message: a megabyte message has thousands of clauses
        if lead_clause_unanswered(said, scenario, raw, ctx, scenarios_done, elsewhere):
            # "付款一直失败 换花呗分期行不行": the lead's own clause answered too, not only the fact beside it
            own_scenario = scenario or ctx.lead  # a clause asking the arrival is the lead's own
            text = _scenario_answer(own_scenario, raw, ctx, first=not parts, variant=variant)
            scenarios_done.add(own_scenario)
            if text:
                parts.append(own := ("scenario", own_scenario, text))
                asked_itself.add(id(own))  # its own promise stays beside the fact
                topics_done |= {"ingredients"} if "花在用料上" in text and not _STRENGTH.search(ctx.message) else set()  # "168凭啥 成分跟别家差不多吧": said with the price
            continue
        if scenario is None or scenario in scenarios_done or len(ctx.match.intents) < 2:
            continue
        if not own_question(scenario, raw, ctx, facts_given=bool(topics_done) or elsewhere):
            continue
        if not sure_enough(scenario, sure, raw, ctx):
            continue
        if ctx.lead is None and SMALL_TALK.search(raw) or scenario == "return_exchange" and BUY_INSTEAD.search(raw) or "shipping" in topics_done and (ANY_SUM.search(raw) or _SUM_FOR_FREE.search(raw)) or NO_CANCEL.search(raw):
            continue  # "杭州有啥好吃的推荐不": the talk set aside; "我想换个别的买": another item; "包邮不 满多少都行": the fee's; "单子别给我取消了": kept

        text = _scenario_answer(scenario, raw, ctx, first=not parts, variant=variant)
        scenarios_done.add(scenario)
        if text:
            parts.append(("scenario", scenario, text))
    if arrival and parts and arrival_dropped(ctx, parts):
        # "能发顺丰不 …顺丰到深圳几天", "寄乌鲁木齐几天能到 要加钱不": the days asked too, not only the fee
        at, raw = arrival
        text = _scenario_answer("delivery_eta", raw, ctx, first=at == 0, variant=variant)
        parts = parts[:at] + [("scenario", "delivery_eta", text)] + parts[at:] if text else parts
    parts = with_dispatch(ctx, with_remote_fee(ctx, parts, arrival[1] if arrival else ""), variant)  # "寄香港要几耐": the fee beside the days; "下午能发顺丰不": when it ships
    aside = next((said for pattern, said in _NOT_OURS if pattern.search(ctx.message)), None) if parts and stage_of(ctx, ctx.lead) != "after_sale" else None
    if aside and not any(t == "not_sold" and ("代购" in x or "代购" not in aside) for _, t, x in parts):  # (a service not offered is said already)
        # "仓库是在杭州吧 招不招打包的", "能帮我代购个小棕瓶吗 有没有线下店": the fact, then plainly what is not the service's to do
        parts.append(("fact", "not_ours", aside.format(agent=ctx.values["shop.agent"])))
    # "中通又给我扔驿站…下次别发中通了", "面霜漏了…送的面膜也要寄回去吗", "退款还没到 而且赠品也没给我": the problem first, then the matter beside it
    if ctx.lead in PROBLEMS and parts and parts[0][1] != "accessory_missing" and (all(k == "fact" for k, _, _ in parts) and (any(t in _BESIDE_PROBLEM for _, t, _ in parts) or BY_THE_WAY.search(ctx.message) or ctx.lead == "wrong_missing" and NEW_PURCHASE.search(ctx.message)
                                           or ctx.severity == "unsafe" and ctx.lead in ("quality_issue", "damaged") and all(t in facts.PRODUCT_TOPICS for _, t, _ in parts))
                                           or [t for _, t, _ in parts] == ["refund"] or [t for _, t, _ in parts] == ["refund_time"] and REFUND_INSTEAD.search(ctx.message) or BY_THE_WAY.search(ctx.message) and all(k == "scenario" and stage_of(ctx, t) == "pre_sale" for k, t, _ in parts)):  # "…挖勺也找不到 顺便问下精华油皮能用不", "…瓶口有点漏 另外问下面霜现在有啥活动"
        own = _scenario_answer(ctx.lead, ctx.message, ctx, first=True, variant=variant)
        parts = ([("scenario", ctx.lead, own)] if own else []) + [(k, t, _scenario_answer(t, ctx.message, ctx, first=False, variant=variant) or x) if k == "scenario" else (k, t, x) for k, t, x in parts]
    elif ctx.lead in PROBLEMS and len(parts) >= 2 and parts[0][1] in ORDER_TOPICS | {"shipping"} and any(k == "scenario" and t == ctx.lead for k, t, _ in parts[1:]):
        # "你们放假了吗 怎么还不发货": the late order's apology and chase first, then whether the shop is open
        own = _scenario_answer(ctx.lead, ctx.message, ctx, first=True, variant=variant)
        parts = [("scenario", ctx.lead, own)] + [p for p in parts if not (p[0] == "scenario" and p[1] == ctx.lead)] if own else parts
    if ctx.lead == "stock" and parts and parts[0][1] == "deal" and "价格这边没办法改" not in parts[0][2]:
        # "还有货吗 想一次拍三瓶": the stock's own answer first, then what they cost with the promotions
        own = _scenario_answer("stock", ctx.message, ctx, first=True, variant=variant)
        parts = ([("scenario", "stock", own)] if own else []) + parts
    if ctx.lead in ("dispatch_time", "not_shipped") and [t for _, t, _ in parts] == ["gift_threshold"]:
        # "已付款 麻烦快点发 …没到199 能不能也送我一片": the dispatch asked, then the gift's rule
        own = _scenario_answer(ctx.lead, ctx.message, ctx, first=True, variant=variant)
        parts = ([("scenario", ctx.lead, own)] if own else []) + parts
    if ctx.lead and any(k == "fact" and t in ORDER_TOPICS for k, t, _ in parts):
        # "能改成我妈家地址不 …顺便备注一下别放快递柜": the change asked, beside the remark; no bare "我帮您备注" twice
        parts = [p for p in parts if not (p[0] == "scenario" and _BARE_REMARK in p[2])]
        if not any(k == "scenario" for k, _, _ in parts) and ctx.lead == "order_change":
            rest = " ".join(c for c in re.split(r"[，,。？?！!\s]+", ctx.message) if not re.search("备注|" + DOOR.pattern, c))
            own = _scenario_answer(ctx.lead, rest, ctx, first=True, variant=variant) if rest.strip() else ""
            parts = ([("scenario", ctx.lead, own)] if own and _BARE_REMARK not in own else []) + parts
    gift = GIFT_MISSING.search(ctx.message) if ctx.lead in ("damaged", "quality_issue") else None
    if gift and "wrong_missing" not in scenarios_done and "wrong_missing" in ctx.library.scenarios:
        # "面膜袋子破了 精华全干了 送的那片也没有": the damage's remedy, then the gift sent after
        if not any(k == "scenario" and t == ctx.lead for k, t, _ in parts):
            own = _scenario_answer(ctx.lead, ctx.message, ctx, first=True, variant=variant)
            parts = ([("scenario", ctx.lead, own)] if own else []) + parts
        parts.append(("fact", "gift_missing", (
            f"送的赠品没收到的事，我这就帮您核对订单金额和活动记录，{ctx.values['time.reply']}前给您回复；"
            "符合活动的话，赠品给您单独补寄，运费我们承担")))
    if any("这次价格没有变" in text for kind, _, text in parts if kind == "fact"):  # a coupon missed: no promotions ad beside it
        parts = [p for p in parts if p[1] not in ("gifts", "promotion")]
    if any(OUTSIDE_PRICE_PROTECTION in text for kind, _, text in parts if kind == "fact"):
        # past the 保价 window: no script promising to find out "能补多少差价" beside it
        parts = [p for p in parts if p[0] == "fact" or "差价" not in p[2]]
    if any(t == "dispatch_cutoff" for kind, t, _ in parts if kind == "fact"):
        # "七点多才能付款 今天能发吗 周四能到上海不": the dispatch day is said, so no "现在下单今天发出" after it
        parts = [(k, t, _ORDERED_NOW.sub("", x)) if k == "scenario" else (k, t, x) for k, t, x in parts]
        if any("路上要几天" in x or "路上一般" in x for k, _, x in parts if k == "fact"):  # the road's days checked once, with the dispatch
            parts = [(k, t, _TRANSIT.sub("", x)) if k == "scenario" else (k, t, x) for k, t, x in parts]
    days = f"{ctx.library.policy.refund_working_days}个工作日"
    refund_by = ctx.values.get("time.refund") or days  # "…后天20:00前原路退回" already says when
    if any(t == "refund_time" for _, t, _ in parts) and any(days in x or refund_by in x for k, t, x in parts if t != "refund_time"):
        parts = [p for p in parts if p[1] != "refund_time"]  # "退款…2个工作日内到账" said once
    if any(t in ("order_change", "order_edit") and "原路退回" in x and refund_by in x for _, t, x in parts):
        parts = [p for p in parts if not (p[0] == "scenario" and p[1] == "refund")]  # "帮我取消吧 …钱原路退回来不": the cancel said when and where
    if "开封后" in next((text for kind, t, text in parts if t == "shelf_life"), ""):  # "保质期多久 剩的能留着明天用吗": the opened life is said once
        parts = [(k, t, "剩下的不建议封起来留到下次用哦") if t == "storage" and "不建议封起来" in x else (k, t, x) for k, t, x in parts]
    protection = next((text for kind, t, text in parts if t == "price_protect"), "")
    if protection:  # "降了这么多 这不是坑老客户吗": the fall is the 保价 question, not a price to haggle
        parts = [p for p in parts if not (p[0] == "scenario" and p[1] == "bargain" or p[1] in ("coupons", "gifts") and not coupon_where and re.search("券|送", ctx.message) and not _COUPON_ASKED.search(ctx.message) and not GIFT_ASKED.search(ctx.message))]  # (a coupon or gift told as the cause, "今天领券才179", "现在又是送面膜", is no question of it)
    also = return_beside_protection(ctx, protection) if protection else ""
    if also:  # "差价补不补 不补我就退货": whether the return is still open, after the 保价 answer
        parts.append(("fact", "returns", also))
    if any(kind == "fact" for kind, _, _ in parts):
        # "面膜是5片一盒吗 库存够不": the facts are stated, so no "详情页都有写明，您想了解哪一点"
        kept = [p for p in parts if not (p[0] == "scenario" and _WHICH_POINT.search(p[2]))]
        if kept and kept[0] is not parts[0] and kept[0][0] == "scenario" and not GREETING.match(kept[0][2]):
            kept[0] = (*kept[0][:2], "亲，" + kept[0][2])  # the greeting went with the dropped script
        parts = kept
        # "我这就把使用说明整理好，11:00前发给您" beside the stated fact: a promise to find out what the reply says
        reply, stated = ctx.values["time.reply"], {t for kind, t, _ in parts if kind == "fact"}
        parts = [
            p for p in parts
            if p[0] == "fact" or reply not in p[2] or not _DEFERS.search(p[2]) or not (_FACTS_OF.get(p[1], set()) & stated)
            or UNKNOWN_POINT in p[2]  # "会不会见光变黑": a question of its own no fact answers
            or id(p) in asked_itself and p[1] not in stated  # (not "价格的事我马上帮您核对" beside the 保价 stated)
        ]
    if "refund_route" in {t for _, t, _ in parts}:  # "钱啥时候能回来 …退到哪": the way back said once, by its own answer
        parts = [(k, t, re.sub(f"(?:，钱会)?{facts.BACK_TO_ACCOUNT}", "到账", x) if t == "refund_time" else x) for k, t, x in parts]
    return parts


# how many days it takes to arrive ("顺丰到深圳几天", "几天能到", "寄过来得几天"), not when it ships
_COUPON_ASKED = lazy(r"(?:有|还有|啥|什么|哪些|能领)[^，,。？?！!\s]{0,3}券|券[^，,。？?！!\s]{0,4}(?:吗|么|呢)|券[^，,。？?！!\s]{0,6}满(?:多少|几)|(?:有|还有)(?:啥|什么|哪些)活动|(?:一块|一起|同时)(?:用|使用|享受)[吗么不没]|叠加")
_I_PAY = lazy(r"我补|我来补|补差价(?:也行|都行|可以|行)|差价我")
# what a message may ask beside a shop question that the service does not do, and how it says so
_NOT_OURS = (
    (lazy(r"招聘|招不招|招人|还招|兼职|临时工|应聘|找工作|找个活|招工"), "招人的事{agent}这边不太清楚，帮不上忙呢，我主要负责店里的商品、订单和售后"),
    (lazy(r"(?:帮(?:忙|我)?|能|可以|接不接|接|做不做|做)代购|代购(?:吗|么|不)|帮我买别家|帮我带[^，,。？?\s]{0,4}别家"), "代购别家的商品我们这边做不了哦，店里卖的都是自家的商品"),
)
_PARCEL_PROBLEMS = frozenset({"logistics", "not_shipped", "wrong_missing", "damaged"})
_BARE_REMARK = "帮您在订单上备注，仓库打包时会看到"  # the remark script that does not say what is noted
_BESIDE_PROBLEM = frozenset({"courier", "gift_return", "genuine", "made", "invoice"})  # facts asked beside a problem, which they do not answer
_STRENGTH, _TOP_UP = lazy(r"浓度|含量|多少%|[#\d]+%"), lazy(r"补(?:多少|几块|几元|几多)|加(?:多少|几块)钱|差价(?:多少|是多少)")
_ITEM_FACTS = frozenset({"product_info", "usage", "skin_type", "size_advice", "product_compare"})  # scenarios the facts answer
_BEFORE_CANCEL = frozenset({"refund", "not_shipped", "dispatch_time"})  # what a cancel clause is read as
_CANCEL_ASKED = lazy(r"(?:帮我|麻烦|给我)?取消(?:一[个件瓶盒支单]|掉|了吧|吧)|退掉一[个件瓶盒支]")
_SENT_POSTAGE = lazy(r"寄回[^，,。？?\s]{0,6}(?:运费|邮费)|(?:运费|邮费)[^，,。？?\s]{0,4}(?:给报|报销|报不|能报)")  # the return's own postage
_NEXT_TIME, _WHICH_POINT, _SUM_FOR_FREE = lazy(r"下次|下回|以后|再买"), lazy(r"想了解哪一点|想了解哪方面|想问哪一点"), lazy(r"(?:满|买|凑)多少(?:钱|元|块)?才?包邮?")  # ("满多少包": the postage's)
# after a shelf life: whether it has expired, not whom it suits; a script deferring a fact
_STILL, _DEFERS = lazy(r"还能[用抹涂擦敷]|继续[用抹涂]"), lazy(r"整理|核实|核对|确认一下|帮您查|问一下")
# the fact topics a scenario's scripts speak of (a script of theirs deferring one the reply states is dropped)
_FACTS_OF = {
    "usage": {"usage", "cautions", "dose", "storage", "combine"},
    "product_info": set(facts.PRODUCT_TOPICS), "shipping_fee": {"shipping"}, "courier": {"courier"},
    "invoice": {"invoice"}, "promotion": {"gifts", "coupons"}, "payment": {"payment_methods"}, "price_protect": {"price_protect"},
}


_REQUESTABLE = frozenset({"courier"})
_PAID_COURIER = lazy(r"备注[^，,。？?！!\s]{0,4}(?:顺丰|京东快递|ems|EMS)|改发(?:顺丰|京东)|换(?:成)?顺丰|(?:给我|帮我|一定|务必)发个?顺丰|(?:不行|来不及|赶不上|到不了)(?:的话)?(?:就|那就)(?:发|走|改|换|用)(?:顺丰|京东)")  # "备注发顺丰", "想改发顺丰", "不行就发顺丰": a surcharge to say
_WEIGHS = lazy(r"要不|要么|不如|还是发|或者发|[加补]钱发|(?:圆通|中通|顺丰|韵达|申通|邮政|京东|极兔)还是")  # "要不发顺丰": weighing one, so what it costs
_AVOIDS = lazy(r"(?:别|不要|莫|千万别)再?(?:给我)?(?:发|用|走)")  # "别给我发圆通": which one instead  # a request ("给我发顺丰吧") gets the script that notes it
_SUM_IN, _SUM_SAID = lazy(r"(?:一共|一起买是|合计)\d+(?:\.\d+)?元"), lazy(r"[^，。；～]*一共\d+(?:\.\d+)?元，")  # a sum of the items already said
_GOES_ON = lazy(r"同埋|仲有|还有|以及|顺便|另外")  # a clause that goes on with the question before it
_STILL_USABLE = lazy(r"还能用|能不能用|还可以用|能用[吗么不]|还能[抹擦涂敷]|过期了?[吗么没]")
_WHEN_BACK = lazy(r"(?:大概|一般)?(?:几天|多久|多长时间|什么时候)(?:能|会|可以)?(?:到|到账|回来|退回来)[吗呢啊呀]?[？?]*")
_READDRESSED = lazy(r"改(?:寄|发|送|地址|成|到)|换(?:个)?地址|地址.{0,4}改|(?:寄|发|送)(?:到|去)[^，,。？?！!\s]{0,8}去了|拦截")  # ("寄到我老家绍兴去了 能拦截吗": a sent parcel turned, no postage)
_POSTAGE = lazy(r"包邮|免运|免邮|运费|邮费|快递费|加钱|運費|郵費|包郵|免運")  # the fee asked, in either script
_EXTRA_FEE = lazy(r"加钱|加不加钱|加[几多少]+钱|另外收|额外收|多收")  # "寄去香港…使唔使加錢": with a region named, the postage
_WITH_GOODS = lazy(r"(?:跟|和|随)(?:货|单|订单|商品|快递)一起|一起(?:发|寄)(?:吗|么|不|嘛|过来)|随单")
