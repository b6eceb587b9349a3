"""A scenario's answer to one question of a longer message: the scenario's main fitting script
(or its next ones, for the other drafts), without its opener unless it answers first; a question
about a named item that no fact answers is checked by a time. No I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..understanding.catalogue import find_products
from .clauses import CUTOFF_ASKED, named_in
from .couriers import SF_WANTED, courier_answer
from .draft import Context
from .fitting import all_text, fits, script_order
from .orders import promotion_deal
from .worries import price_worth
from .rendering import ACK, GREETING, render
from .restate import restate_clause
from .signals import CHEAPER_ONE, DELIVERY_NOTE, PRICE_CHALLENGED, left_already, on_its_way
from .triage import PROBLEMS, feeling_only
from ..lazy_pattern import lazy

UNKNOWN_POINT = "这个我这就帮您核实一下"  # a question about a named item that no fact of it answers
# an apology or thanks that opens a script: said once, by the first answer of a reply
_OPENER = lazy(r"^[^。！？～]*(?:抱歉|不好意思|理解|久等|感谢|谢谢|懂您|放心)[^。！？～]*[。！？～]")
_REMARK, _DEAR = lazy(r"小气|抠门|坑人|黑心|离谱|过分|无语|服了|太贵"), lazy(r"(?:会不会|会|是不是)很?贵|贵不贵|贵吗")
_RESTATED = lazy(r"您是说[^？?]*[？?]")
# a tip for a worry the script supposes ("怕不适合的话，…会稳妥很多哦。"), and the worry's words
_IF_WORRIED = lazy(r"(?<=[。！？～])(?:怕|担心)[^，。！？～]{0,8}的话，[^。！？～]*[。！？～]")
_WORRIED = lazy(r"怕|担心|敏感|过敏|不适合|合不合适|适不适合|试试|试一下|试用")


# what a request clause may name; a script that names it answers that request
_REQUEST_WORDS = ("地址", "电话", "收货人", "取消", "备注", "规格", "颜色", "尺码")


def scenario_answer(scenario: str, raw: str, ctx: Context, *, first: bool, variant: int = 0) -> str:
    """``scenario``'s main fitting answer (or, for ``variant`` 1, 2, its next ones) to one question
    of a longer message, without its opener unless it comes ``first``."""
    sc = ctx.library.scenarios[scenario]
    if feeling_only(raw, scenario, ctx.library):
        return ""  # a greeting, or a feeling answered by the tone, is not a question
    if scenario == "product_info" and ctx.products and not first:
        # "…会不会见光变黑" beside answered facts: a question about the named item no fact answers,
        # checked by a time (not "详情页都有写明" nor "您问的是哪一款")
        item = named_in(raw, ctx) or ctx.products[0]
        if _REMARK.search(raw) or _DEAR.search(raw) and re.search("运费|邮费|快递费|運費|郵費", ctx.message):
            return ""  # "这么小气的吗": a feeling about the postage, not a fact to check; "运费怎么算 会不会很贵": the fee's, said
        sunny = next((p for p in ctx.products if "防晒" in p.usage + p.cautions), None) if re.search("晒黑|变黑", raw) else None
        if sunny is not None:  # "烟酰胺早上能用不 会不会晒黑": the usage beside it says 防晒; no check on another item
            return ""
        question = re.sub(r"[啊呀呢吗嘛么哈哦喔]+$", "", raw)
        said = question if len(question) <= 12 and not find_products(ctx.library, question) else ""
        return f"{item.name}{said}，{UNKNOWN_POINT}，{ctx.values['time.reply']}前给您准确答复"
    if scenario == "bargain" and ctx.lead in ("recommend", "product_compare", "skin_type") and CHEAPER_ONE.search(ctx.message):
        return ""  # "你给我推个199的 …就要个便宜点保湿的": a cheaper item to pick (the lead's), not a price to haggle
    if scenario == "bargain" and PRICE_CHALLENGED.search(raw) and (worth := price_worth(ctx)):
        return f"{'亲，' if first else ''}{worth}"  # "你们199凭啥": what the price pays for (FABE's F and E)
    if scenario == "bargain" and scenario != ctx.lead and ctx.products and (summed := promotion_deal(ctx)):
        # "拍两瓶精华能便宜点不 下午四点前拍今天能发吗": the price stays, the promotions counted for the items
        return f"{'亲，' if first else ''}价格这边没办法改，不过帮您算了一下：{summed}"
    if scenario == "courier" and scenario != ctx.lead and SF_WANTED.search(raw) and ctx.library.policy.courier_surcharge:
        # "下周一再发 发顺丰": the shop's own surcharge, not a script's "一般需要补一点运费差价"
        return courier_answer(raw, ctx.library.policy, ctx.values)
    if scenario == "promotion" and scenario != ctx.lead and len(ctx.products) >= 2 and ctx.lead not in PROBLEMS and (summed := promotion_deal(ctx)):
        return f"{'亲，' if first else ''}{summed}"  # "精华加洗面奶一起买是不是最划算": what the two cost with the promotions
    if scenario == "promotion" and scenario != ctx.lead and ctx.lead in PROBLEMS and (said := _promotions(raw, ctx)):
        # "瓶口有点漏 …另外问下面霜现在有啥活动": the shop's own promotions, not "都展示在商品页面"
        return f"{'亲，' if first else ''}{said}"
    if scenario != ctx.lead and ctx.values.get("message.problem"):
        # "面霜瓶子摔裂了 另外精华…降了二十": the damage's answer restates the damage, not the price
        ctx = replace(ctx, values={**ctx.values, "message.problem": restate_clause(raw, ctx.match)})
    scripts = [s for s in sc.scripts if fits(s, ctx) and s.template != "fabe"]
    if not scripts:
        return ""
    # the library's first fitting script is its main answer (options lists stay for single
    # questions); a variant takes the next one, the last one when there are fewer
    # a clause naming what it wants changed ("地址帮我改成上海的") gets the script about that
    # thing first, not the scenario's main one (a cancel-and-refund)
    wants = [w for w in _REQUEST_WORDS if w in raw]
    if scenario == "dispatch_time" and CUTOFF_ASKED.search(raw):
        wants = ["{policy.cutoff}"]  # "几点前拍当天能发": the script that states the cut-off
    elif scenario == "order_change" and DELIVERY_NOTE.search(raw):
        wants = ["备注"]  # "放门口鞋柜上就行": the note taken down, not a new address asked for
    scripts.sort(key=lambda s: (
        not any(w in all_text(s) for w in wants), script_order(s, ctx)[:2], s.template != "plain"
    ))
    script = scripts[min(variant, len(scripts) - 1)]
    text = render(scenario, script, ctx).text
    text = on_its_way(text) if scenario == "order_change" and left_already(ctx.message) else text  # "物流卡在杭州 …能不能改寄"
    if not _WORRIED.search(ctx.message):
        text = _IF_WORRIED.sub("", text)  # "怕不适合的话，先在耳后试用…" for nobody who worries
    if not first:
        # no "好的亲，" or "可以的～" mid-reply: an opening belongs to the first answer only
        text = _OPENER.sub("", GREETING.sub("", ACK.sub("", GREETING.sub("", text))), count=1)
        text = _RESTATED.sub("", text)  # "您是说…，是吗？" once per reply, by its first answer
    return text


def _promotions(raw: str, ctx: Context) -> str:
    """The promotions the shop states (its gift and its coupons), as one answer; "" when it states none."""
    from .fact_answers import fact_answer

    item = named_in(raw, ctx) or (ctx.products[0] if ctx.products else None)
    said = [text for topic in ("gifts", "coupons") if (text := fact_answer(topic, raw, item, ctx))]
    return "；".join(said)

