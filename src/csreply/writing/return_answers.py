"""Answers about a return or a refund that take the whole message: the money of goods already
sent back, who pays the postage of a return not sent yet, and
a refund counted from the day the customer names. No I/O.
"""

from __future__ import annotations

import re
from datetime import timedelta

from ..understanding.catalogue import find_products
from . import facts
from .bizcal import format_when
from .postage import return_postage
from .totals import best_coupon, gift_rule
from .fact_topics import EXCHANGE
from .draft import Context
from .triage import ARRIVED_ON, CLAUSE_SURE, PROBLEMS
from .signals import MONEY_LATE
from .values import business_calendar
from ..lazy_pattern import lazy
from .opened_returns import OPENED, QUALITY

_UNOPENED = lazy(r"没拆|未拆|没开封|未开封|没打开|没开过|未开过|没用过|没用|全新|塑封还在|塑封完好|胶纸还在|还有(?:塑封|胶纸|保鲜膜)")
_MAY_RETURN = lazy(r"(?:能|可以)?无理由(?:吗|么|不)|好退[伐吗不]|退得脱|能退伐|退(?:货|还)?还?来得及|来得及退|想退|要退货|退的话|怎么退|如何退|咋退|退货(?:咋|怎么|怎样|如何)(?:弄|办|操作|申请|搞|整)|能退|可以退|无理由退|能不能退|可不可以退|退得了|能退货|支持退|退货得唔得|退得唔得|退唔退得|无理由[^，,。？?\s]{0,8}(?:怎么算|咋算|算不|从哪天|从签收|从收到|几号)")  # "七天无理由是从签收那天算不"
_SOME_DAYS = lazy(r"好几天|好多天|好些天|这么多天")
_UNDER_WAY = lazy(r"到账|申请了|退款了|退了|寄回|寄出|退回|钱呢|钱还没|款还没|还没退")
_REFUND_EVENT = lazy(r"签收|收到退货")
_DAYS_AGO = {0: "今天", 1: "昨天"}
_COUNTED = lazy(r"第.{1,3}天|天了")
_SENT = lazy(r"寄回|退回去|寄出|发回|寄返|退(?:了|咗)(?:货|貨)|(?:货|貨)退(?:了|咗)|退货单号[^，,。？?！!\s]{0,4}填|填了?退货单号")  # ("退货单号前天就填了": sent)  # a return sent, not yet signed for by the warehouse

# the customer has already sent the goods back: no "不用寄回" and no new option menu
_SENT_BACK = lazy(r"(?:寄|退)回(?:去|来)?的[^，,。？?\s]{0,6}(?:签收|收到)|(?:寄|退|发)回去了|已经(?:寄|退)回|寄回了|退回了|退货寄出|已寄回|寄回去[^，,。？?\s]{0,4}(?:垫|付|花)了|寄出去了|寄返咗|寄咗返|退返咗")  # 寄返咗: Cantonese
_CHOSEN = lazy(r"才退的?|所以(?:要)?退(?:货|了)|退货中|在退货|已经退了|申请了?退货")  # a return decided, not sent yet


def exchange_difference(ctx: Context) -> list[tuple[str, str, str]]:
    """An unopened item swapped for another the message names ("洗面奶没拆 能换成面膜吗 差价怎么
    算"): whether it can be swapped, the two prices and who pays the difference, the postage."""
    text = ctx.message
    # "没拆的那瓶能换成精华吗 拆了那瓶就算了": the unopened one is swapped
    # (… and "券都用了" is a coupon spent, not the item used)
    opened = OPENED.search(re.sub(r"(?:券|红包|积分)[^，,。？?！!\s]{0,3}用了", "", text)) and not re.search("没拆的|未拆的|没拆封的|未拆封的", text)
    if len(ctx.products) < 2 or opened or ctx.severity or QUALITY.search(text):
        return []
    implied = re.search("能换|可以换|能不能换|能改|可以改|能不能改", text) and re.search("其实想要|本来想要|想要的是|[拍买]成", text)  # "买成精华了 其实想要面霜 没拆 能换吗"
    if not EXCHANGE.search(text) and not (re.search("改成", text) and _swap_said(ctx, text)) and not implied:
        return []  # "把精华改成面霜": a swap of two items said with 改成 too
    if re.search("(?<!本来)(?<!其实)(?<!原本)(?:想买|打算买|准备买|要买|想拍|打算拍)", text) and not _HAD.search(text) or re.search(r"(?:想|也想|要)换(?:个|一个|一款|款)[^，,。？?！!\s]{0,4}的", text) and not (_HAD.search(text) or re.search("拍了|买了|订单|下单|付了|那单", text)):
        return []  # "想买面霜加洗面奶 哦不对…换成面膜吧", "洗面奶呢 也想换个温和的": a cart changed or another item wanted before buying
    give, take = ctx.products[0], ctx.products[1]
    corrected = _CORRECTION.search(text)
    if corrected and (kept := re.search(r"还是([^，,。？?！!\s]{1,12})", text[corrected.end():])):
        first = find_products(ctx.library, text[: corrected.start()], limit=1)
        if first and find_products(ctx.library, kept.group(1), limit=1)[:1] == first:
            return []  # "把面霜换成精华 哦不对 还是面霜吧 再加一盒面膜": the swap taken back, nothing to exchange
    swap = _swap_said(ctx, text[corrected.end():] if corrected else text)
    if swap:  # "我要的是洗面奶不是面膜…把面膜换成洗面奶": the swap said last holds, whatever was named first
        give, take = swap
    elif corrected:  # "面霜换成精华 哦不对 是精华换成面霜": what is said after the correction holds
        later = find_products(ctx.library, text[corrected.end():], limit=2)
        if len(later) == 2:
            give, take = later
        elif len(later) == 1:  # "哎不对 算了还是换成修护霜吧": the one named after is the one wanted
            take = later[0]
            give = next(p for p in ctx.products[:2] if p is not take)
        else:
            give, take = take, give
    elif (wanted := re.search(r"(?:换成|改成)([^，,。？?！!\s]{1,12})", text)) and find_products(ctx.library, wanted.group(1), limit=1)[:1] == [give]:
        give, take = take, give  # "想要洗面奶结果拍成面霜了 …能给我换成洗面奶不": the item after 换成 is the one wanted
    if give.price is None or take.price is None:
        return []
    policy = ctx.library.policy
    if _IN_ORDER.search(text) and not _HAD.search(text):
        # an order not received: its items cannot be edited, so cancelled and placed again
        gap = give.price - take.price
        # "…面霜照旧": the items kept go into the new order too
        again = f"把{take.name}和其他要的商品重新拍一单" if re.search("照旧|不变|还要|其他的?(?:都)?要|想要一[瓶支盒片个]", text) else f"重新拍{take.name}"
        less = f"比{give.name}少{gap:g}元" if gap > 0 else f"比{give.name}多{-gap:g}元" if gap < 0 else "价格一样"
        sent = ""
        if _EARLIER_DAY.search(text) and policy.return_change_of_mind:
            # "昨天拍的 能换成精华吗": it may have left already; then the unopened return, as the policy says
            unopened = re.split("[；;]", policy.return_change_of_mind)[0].rstrip("，。")
            sent = f"；要是已经发出了，收到后先别拆，{unopened}，退回后再拍{take.name}就好。我先帮您查一下这单发出没有，{ctx.values['time.reply']}前告诉您"
        rule = gift_rule(policy)  # "这单199的精华想换成面霜": the gift the first order reached and the new one does not
        lost = f"；{take.price:g}元不满{rule[0]}元，就没有送的{rule[1]}了" if rule and give.price >= rule[0] > take.price and again.startswith("重新拍") else ""
        return [("fact", "exchange", f"订单里的商品没法直接改，还没发货的话我帮您把这单取消，退款{ctx.values['time.refund']}前原路退回，"
                                      f"您再{again}就好（{take.price:g}元，{less}）{lost}{sent}")]
    gap = give.price - take.price
    who = f"差价{gap:g}元我们原路退给您" if gap > 0 else f"需要您补{-gap:g}元差价" if gap < 0 else "价格一样，不用补差价"
    answer = (f"没拆封、塑封完好的话，{policy.return_window_days}天内可以换的哦：{give.name}是{give.price:g}元，"
              f"{take.name}是{take.price:g}元，换过来{who}")
    if policy.return_change_of_mind and not ctx.severity:
        # the policy offers a return, not a swap: the unopened item goes back and the other is bought
        unopened = re.split("[；;]", policy.return_change_of_mind)[0].rstrip("，。")
        less = f"比{give.name}少{gap:g}元" if gap > 0 else f"比{give.name}多{-gap:g}元" if gap < 0 else "价格一样"
        answer = f"{unopened}，没拆的{give.name}可以退回来，退款后再拍{take.name}就好（{take.price:g}元，{less}）"
    parts = [("fact", "exchange", answer)]
    if policy.return_change_of_mind and re.search("运费|邮费|快递费|寄回", text) and "运费" not in answer:
        own = [c.strip() for c in re.split("[；;，,]", policy.return_change_of_mind) if "运费" in c]
        parts.append(("fact", "shipping", f"换货{own[0]}" if own else f"寄回的运费是这样的：{policy.return_change_of_mind}"))
    if re.search("操作|怎么换|咋换|怎么弄|流程|怎么申请", text):
        how = "退货" if "退款后再拍" in answer else "换货"  # (the policy's way is a return and a new order)
        parts.append(("fact", "apply", f"您在订单里申请{how}就好，我看到后马上帮您处理"))
    return parts


def _swap_said(ctx: Context, text: str):
    """(given back, wanted) from the last "X换成Y" whose clause names both, or "要的是Y不是X"."""
    for m in reversed(list(re.finditer("换成|改成|换", text))):
        before = find_products(ctx.library, re.split(r"[，,。？?！!\s]", text[: m.start()])[-1], limit=2)
        after = find_products(ctx.library, re.split(r"[，,。？?！!\s]", text[m.end() :])[0], limit=1)
        if before and after and before[-1] is not after[0]:
            return before[-1], after[0]
    # "要的是Y不是X", "想要Y结果拍成X了"
    wanted = re.search(r"要的是([^，,。？?！!\s]{1,12}?)不是([^，,。？?！!\s]{1,12})|想要([^，,。？?！!\s]{1,12}?)(?:结果|却|但)?(?:拍成|拍了|下成)([^，,。？?！!\s]{1,12})", text)
    if wanted:
        take, give = find_products(ctx.library, wanted.group(1) or wanted.group(3), limit=1), find_products(ctx.library, wanted.group(2) or wanted.group(4), limit=1)
        if take and give and take[0] is not give[0]:
            return give[0], take[0]
    return None


_CORRECTION = lazy(r"不对不对|不对|说错了|说反了|拍反了|搞反了|弄反了|算了算了|算了(?=[^，,。？?！!]{0,3}还是)")
# an order not received yet: "…算了还是要 就是把洗面奶换成面膜 面霜照旧", "还没发吧 换成面膜"
_IN_ORDER = lazy(r"(?:昨天|前天|昨晚|今天|今早|早上|上午|中午|下午|刚才)(?:[0-9一二三四五六七八九十两]{1,2}点[多半钟]?)?(?:拍|下单|下|买)的|订单里|这单|刚拍|拍错|下错|拍反|刚下单|刚付|取消|照旧|还没发|没发货|未发货|别发|^(?:已经?)?(?:下单了|下了单|拍了|拍下了)|已经?(?:下单|拍下)")
_HAD = lazy(r"收到|签收|到了|到货|拆")
_EARLIER_DAY = lazy(r"昨天|前天|昨晚|上周|前几天|大前天")


def money_after_return(message: str) -> bool:
    """Whether the message asks after the money of goods already sent back."""
    return bool(_SENT.search(message) and re.search("钱|款", message))


def sent_back(ctx: Context) -> list[tuple[str, str, str]]:
    """When the refund comes and who pays the return postage, for goods already sent back.

    A quality problem's return postage is the shop's; a change of mind's follows the policy.
    """
    quality = bool(ctx.severity or QUALITY.search(ctx.message))
    # "因为漏液才退的 运费谁出 退款多久能到": a return chosen for a problem, not sent yet
    chosen = quality and _CHOSEN.search(ctx.message) and (_POSTAGE.search(ctx.message) or _REFUND_WHEN.search(ctx.message))
    if not _SENT_BACK.search(ctx.message) and not chosen:
        return []
    policy = ctx.library.policy
    if re.search("换货|换新|换的|换一[瓶支盒个]", ctx.message) and not re.search("退款|退钱|钱", ctx.message):
        # "换货大概多久会寄出 破掉那瓶我昨天已经寄回去了": the new one leaves after the old one arrives
        cutoff = policy.dispatch_cutoff.strftime("%H:%M")
        fee = "，运费我们承担" if ctx.severity or QUALITY.search(ctx.message) else ""
        return [("fact", "exchange_due", f"辛苦您寄回来啦。仓库签收您寄回的那件后，新的会在{policy.exchange_working_days}个工作日内、"
                                          f"当天{cutoff}前发出{fee}，发出后我把单号告诉您；签收后我会帮您盯着")]
    days = policy.refund_working_days
    if _SENT_BACK.search(ctx.message):
        sorry = "非常抱歉让您收到有问题的商品，还辛苦您寄回来。" if quality else "辛苦您寄回来啦。"
        sorry += "仓库签收退货后"
    else:
        sorry = "非常抱歉让您收到有问题的商品。您寄回来、仓库签收后"
    parts = [("fact", "refund_due",
              f"{sorry}{days}个工作日内原路退款，签收后我会帮您盯着，到账前有任何问题随时找我")]
    if re.search("运费|邮费|快递费", ctx.message):
        if quality:
            postage = "这单是质量问题，寄回的运费由我们承担，您把寄件运费的截图发我，我跟退款一起给您补上"
        else:
            postage = return_postage(ctx.library.policy)  # the reason is not said: both rules
        parts.append(("fact", "shipping", postage))
    return parts


_POSTAGE = lazy(r"运费|邮费|快递费")
_RETURN = lazy(r"无理由|好退|退货|退还|退回去|寄回|退掉|能退|可以退|能不能退|想退|无理由退|退的话|怎么退|如何退")
_PRICE_GAP = lazy(r"差价|降价|降了|保价")
_GOODS_BACK = lazy(r"退货|寄回|退回去|退掉|无理由|不要了")
_REFUND_WHEN = lazy(r"多久|几天|什么时候|多长时间|哪天")


def before_return(ctx: Context) -> list[tuple[str, str, str]]:
    """Who pays the return postage and when the money comes, for a return not sent yet
    ("退货的话运费谁出，钱多久能退回来"): the refund counts from the warehouse signing for the
    return, which has not happened, so no date is promised."""
    text = ctx.message
    if not _RETURN.search(text) or not (
        _POSTAGE.search(text) or _REFUND_WHEN.search(text) or _UNOPENED.search(text) or _MAY_RETURN.search(text) and ARRIVED_ON.search(text)
    ):
        return []
    if ctx.lead == "order_change":
        return []  # "取消一单 钱多久能退回来": an order cancelled, nothing sent back
    if _PRICE_GAP.search(text) and not _GOODS_BACK.search(text):
        return []  # "降价了，差价能退吗？退了多久到账": the difference comes back, no goods; 保价 says when
    # "20号签收的精华 还没拆": the parcel's arrival is when, not a parcel problem
    problems = PROBLEMS - {"logistics", "not_shipped"} if ARRIVED_ON.search(text) else PROBLEMS
    if ctx.severity or QUALITY.search(text) or {i.scenario for i in ctx.match.intents if i.score >= CLAUSE_SURE} & problems:
        return []  # a problem's own scripts apologise, offer the remedy and say the shop pays
    policy = ctx.library.policy
    parts: list[tuple[str, str, str]] = []
    window = policy.return_window_days
    if not _UNOPENED.search(text) and not OPENED.search(text) and _MAY_RETURN.search(text) and window and ARRIVED_ON.search(text):
        # "11月20号签收的面膜 还能七天无理由不": the days counted, the condition said
        days = facts.days_ago(text, ctx.now.date())
        if days is not None and days <= window:
            parts.append(("fact", "returns", f"您是{days}天前签收的，还在{window}天无理由退货期内，没拆封、塑封完好的话就可以申请退货"))
        elif days is not None:  # soft, then firm, with a way still open
            parts.append(("fact", "returns", f"到今天已经{days}天，过了{window}天无理由退货期，按规则这次没办法无理由退了，真不好意思；"
                          f"如果是质量问题，拍张照片发我，我{ctx.values['time.reply']}前给您处理方案"))
    if _UNOPENED.search(text) and _MAY_RETURN.search(text) and window:
        # "没拆封的能退吗 收到第五天了": yes or no first, counted from the day the customer names
        days = facts.days_ago(text, ctx.now.date())
        if days is None:
            parts.append(("fact", "returns", f"没拆封、塑封完好的话，签收后{window}天内可以无理由退货的哦"))
        elif days <= window:
            parts.append(("fact", "returns", f"可以退的哦，还没拆封、到今天是第{days}天，在{window}天无理由退货期内"))
        else:
            # soft, then firm, with a way still open (domain.md 先柔后刚)
            parts.append(("fact", "returns", f"到今天已经{days}天，过了{window}天无理由退货期，按规则这次没办法无理由退了，真不好意思；"
                          f"东西确实没拆的话，我帮您跟主管申请看看能不能通融，{ctx.values['time.reply']}前给您答复"))
    may = bool(parts) and "过了" not in parts[0][2]
    if _POSTAGE.search(text) or may:
        # the rule's postage clause only, when the return is already allowed above ("寄回运费需要您承担")
        own = [c for c in re.split("[；;，,]", policy.return_change_of_mind) if "运费" in c]
        if may and own:
            postage = f"无理由退货的话，{own[0].strip()}"
        else:
            postage = return_postage(policy)
        parts.append(("fact", "shipping", postage))
    if may:
        parts.append(("fact", "apply", "您在订单里申请退货就好，我看到后马上帮您处理"))
    if _REFUND_WHEN.search(text):
        due = f"退款是仓库签收退货后{policy.refund_working_days}个工作日内原路退回"
        if MONEY_LATE.search(text):  # "寄回去好几天了 钱怎么还没到": late already, so checked now
            due += f"；让您久等了，这笔我马上帮您查退货签收和退款进度，{ctx.values['time.reply']}前给您回复"
        else:
            due += "，签收后我帮您盯着到账"
        parts.append(("fact", "refund_due", due))
    return parts


def refund_since(ctx: Context) -> str:
    """When a refund is due, counted from the day the customer says the return arrived (the days
    of the clause about the refund: "上周买的精华降价了 …退货那单钱啥时候到" names no refund day)."""
    if _MAY_RETURN.search(ctx.message) and (not _UNDER_WAY.search(ctx.message) or _UNOPENED.search(ctx.message) and "退款" not in ctx.message):
        return ""  # "没拆封的能退吗 收到第五天了": whether a return is allowed, not a refund awaited
    if EXCHANGE.search(ctx.message) and not re.search("退款|退钱|钱.{0,4}(?:没到|还没|呢|到账|退)", ctx.message):
        return ""  # "还没拆 能换成精华不 差的31块我补": an exchange asked, no refund awaited
    clauses = re.split(r"[，,。？?！!\s]+", ctx.message)
    about = [c for c in clauses if re.search("退|钱|款|签收|寄回", c)]
    # "退货周六就寄了 昨天你们已经签收": the refund counts from the signing, not the sending
    about.sort(key=lambda c: not _REFUND_EVENT.search(c))
    # … or a bare "都一个星期了" beside it, but not the days of another event ("上周买的")
    about += [c for c in clauses if c not in about and not re.search("买|拍|下单|付款|降价|发货|收到(?!退)|到货|拿到|用了|[擦抹涂敷]了", c)]  # ("用了半个月": days of use)
    # "退款说两天到账 这都第四天了": the days the customer counts, not the rule they quote
    about.sort(key=lambda c: not _COUNTED.search(c))
    about.sort(key=lambda c: not (_REFUND_EVENT.search(c) and facts.days_ago(c, ctx.now.date()) is not None))  # … unless the signing's day is said
    counted = next(((c, d) for c, d in ((c, facts.days_ago(c, ctx.now.date())) for c in about) if d is not None), (None, None))
    days = counted[1]
    policy = ctx.library.policy
    if days is None and _SOME_DAYS.search(ctx.message) and _REFUND_EVENT.search(ctx.message) and re.search("还没|没到|没收到", ctx.message):
        # "签收好几天了 退款还没到": past the rule's days by the customer's account, checked now
        return (f"真不好意思让您久等了，仓库签收退货后{policy.refund_working_days}个工作日内原路退款，"
                f"您的退货签收好几天了，按时间应该已经到账了，是我们这边慢了。我马上帮您查是哪一步卡住了，{ctx.values['time.reply']}前给您回复")
    if days is None and _SOME_DAYS.search(ctx.message) and _SENT.search(ctx.message) and re.search("钱|退款|到账", ctx.message):
        # "退货寄回去好几天了 钱什么时候退": days unknown and the signing not known yet, so checked now
        return (f"让您久等了，真不好意思。仓库签收退货后{policy.refund_working_days}个工作日内原路退款，您寄回好几天了，"
                f"我马上帮您查仓库的签收和退款进度，{ctx.values['time.reply']}前给您准确答复")
    if days is None:
        return ""
    signed = ctx.now - timedelta(days=days)
    due = business_calendar(policy).deadline("refund", signed)
    # "退货寄回去三天了 物流显示你们签收了": the days count the sending; the signing day is not said
    signed_return = bool(_REFUND_EVENT.search(ctx.message)) and not (counted[0] and _SENT.search(counted[0]) and not _REFUND_EVENT.search(counted[0]))
    if not signed_return and _SENT.search(ctx.message):
        # "退货寄回去五六天了": when the warehouse signed is not known yet, so no date is promised
        return (f"让您久等了，真不好意思。仓库签收退货后{policy.refund_working_days}个工作日内原路退款，您寄回已经{days}天了，"
                f"我马上帮您查仓库的签收和退款进度，{ctx.values['time.reply']}前给您准确答复")
    if signed_return:
        rule, since = f"仓库签收退货后{policy.refund_working_days}个工作日内原路退款", f"您的退货是{_DAYS_AGO.get(days, f'{days}天前')}签收的"
    else:
        rule, since = f"退款一般{policy.refund_working_days}个工作日内原路到账", f"您这笔已经等了{days}天"
    if _NOT_APPROVED.search(ctx.message):
        # "退款申请点了一个星期都没人同意": the request waits for approval, no money is late yet
        return (f"真不好意思让您久等了，您的退款申请{days}天了还没处理，是我们的问题。我这就帮您催审核，"
                f"{ctx.values['time.reply']}前给您结果；审核通过后{policy.refund_working_days}个工作日内原路退回")
    if not signed_return and counted[0] and "申请" in counted[0] and re.search("退的|退货|寄回", ctx.message):
        # "退款申请两天了 …退的那瓶精华": a return's money waits for the goods to come back, not for the request
        return (f"让您久等了，真不好意思。退货的退款是仓库签收退回的商品后{policy.refund_working_days}个工作日内原路到账，"
                f"不是从申请那天算的。我现在就帮您查这单退货寄回和签收的进度，{ctx.values['time.reply']}前给您回复；"
                "要是商品还没寄回，按退货申请里的地址寄出后把单号填上就好")
    if due.at <= ctx.now:
        return (f"真不好意思让您久等了，{rule}，{since}，按时间应该已经到账了，是我们这边慢了。"
                f"我马上帮您查是哪一步卡住了，{ctx.values['time.reply']}前给您回复")
    if not signed_return and re.search(r"问了|催|几次|好几遍|[#\d一两三四五六七八九十]次", ctx.message):
        # "三天了问了四次 每次都说帮我催": days of asking, from no event named, so no date promised, only the check
        return (f"真的很抱歉，让您问了这么多次还没个结果，是我们做得不好。{rule}，我现在亲自帮您查是哪一步卡住了，"
                f"{ctx.values['time.reply']}前给您准确答复，不会再让您白等")
    if due.at.date() == ctx.now.date() and re.search("投诉|差评|再不|骗|[!！]{2}", ctx.message):
        # "签收三天了钱还没退！！再不退我就投诉": due today, owned as the last day, hurried, not defended
        return (f"让您等了这么久，真的抱歉！{rule}，{since}，最晚{format_when(due.at, ctx.now)}前就该到账了，我现在就帮您催财务加急处理，"
                f"{ctx.values['time.reply']}前给您回复进度，中间卡在哪一步我负责跟到底")
    if re.search("还没|没到|没收到|怎么还|再不|钱呢|钱去哪", ctx.message):
        # "退款三天了还没到账", "都两天了钱呢": the rule's date, and the check the customer wants now
        return (f"让您久等了，真不好意思。{rule}，{since}，按规则最晚{format_when(due.at, ctx.now)}前到账；"
                f"我现在就帮您查一下退款进度，{ctx.values['time.reply']}前给您回复")
    waited = "让您久等了，" if re.search("等了|等好|好几天|几天了|还没|怎么还|咋还", ctx.message) else ""  # "等好几天了"
    return f"{waited}{rule}，{since}，这笔退款{format_when(due.at, ctx.now)}前会到账，到时没看到随时找我"


def return_beside_protection(ctx: Context, said: str) -> str:
    """"差价补不补 不补我就退货": after the 保价 answer ``said``, whether a return is still open,
    counted from the purchase day the customer names; "" when no return is mentioned."""
    window = ctx.library.policy.return_window_days
    if not window or not _THREATENED_RETURN.search(ctx.message) or ctx.severity:
        return ""
    days = facts.days_ago(ctx.message, ctx.now.date())
    if days is None:
        return ""
    if days > window:
        return f"退货的话，到今天已经{days}天，过了{window}天无理由退货期，也没办法无理由退了，还请您理解"
    return f"退货的话，还在{window}天无理由退货期内：{ctx.library.policy.return_change_of_mind}" if "过了" in said else ""


_NOT_APPROVED = lazy(r"没人(?:同意|审核?|处理|通过|管)|没(?:有)?(?:审核?|通过|同意|处理)|一直(?:没|不)(?:审核|同意|处理|通过)|待审核|不给(?:同意|通过)|(?:显示|还是|还在|一直)(?:在)?处理中|申请[^，,。？?！!\s]{0,8}处理中")
_THREATENED_RETURN = lazy(r"(?:就|我就|那就|要|想)?退货|退了算了|我就退|退了重[买拍]")


_HOW_MUCH_BACK = lazy(r"(?:能|可以|会|要)?退(?:回)?(?:我)?多少|退[几多]少钱|退款(?:是)?多少")
_COUPON_USED = lazy(r"券|满减|满\d+减\d+|优惠")
_STATED_PAID = lazy(r"(?:实付|一共|总共|付了)[：:]?\s*[¥￥]?(\d{2,4})|[+＋加和](?:[^，,。？?！!\s\d]{1,8})(\d{2,4})(?:块|元)?(?=$|[\s，,。])")


def partial_refund(ctx: Context) -> list[tuple[str, str, str]]:
    """One item of an order bought with the shop's coupon returned ("用299减20的券买了面霜和精华，只
    想退精华，能退多少"): the coupon's discount is shared among the items by their prices, so the
    item's share comes off its price; the figure, said with how it is worked out."""
    text = ctx.message
    stated = _STATED_PAID.search(text)  # "买了面霜+洁面247", "实付347": the order's sum, said
    if not (_HOW_MUCH_BACK.search(text) and (_COUPON_USED.search(text) or stated)):
        return []
    if "取消" in text and len(ctx.products) < 2:
        # "取消的那单退款退多少 用了满299减20的券 会不会少退": the whole order, what was paid
        return [("fact", "refund_amount", (
            "取消的订单是按您实际付的金额全额原路退回的：券在付款时已经减掉了，退的就是减完以后您实付的钱，不会少退，"
            f"退款{ctx.values['time.refund']}前到账"))]
    if len(ctx.products) < 2:
        return []
    items = [p for p in ctx.products[:5] if not re.search(rf"(?:送|赠)[了的]?(?:个|一片|1片|一盒)?{re.escape(p.category or p.name)}", text)]  # (not the gift)
    if len(items) < 2 or any(p.price is None for p in items):
        return []
    returned = [p for p in items if re.search(rf"退[^，,。？?！!\s]{{0,3}}{re.escape(p.category or p.name)}", text) or re.search(
        rf"退[^，,。？?！!\s]{{0,3}}{re.escape(p.name[:3])}", text)]
    if len(returned) != 1:
        return []
    item, total = returned[0], sum(p.price for p in items)
    coupon = best_coupon(total, ctx.library.policy)
    policy = ctx.library.policy
    rule = f"，{policy.return_window_days}天内没拆封、塑封完好就能退" if policy.return_window_days else ""
    paid = float(stated.group(1) or stated.group(2)) if stated else None
    if coupon is None or paid is not None and paid >= total and not _COUPON_USED.search(text):
        if paid is not None and paid < total:
            return []  # a sum below the items' that no coupon explains: checked with the order
        # "面霜+洁面247 只想退洁面 能退多少": no coupon reached, so the item's own price comes back
        return [("fact", "refund_amount", f"您这单{total:g}元没用上满减券，只退{item.name}的话，按它的价格退您{item.price:g}元{rule}")]
    need, off = coupon
    share = off * item.price / total
    back = item.price - share
    return [("fact", "refund_amount", (
        f"用了满{need}减{off}的券的话，优惠是按金额比例分摊到每件商品上的：{item.name}（{item.price:g}元）分摊了{share:.2f}元优惠，"
        f"只退它的话退您{back:.2f}元，申请退款时售后页面也会显示这个金额{rule}"
    ))]


REFUSE = lazy(r"(?:能|可以|能不能|可不可以|还能|只能|是不是就?可以)(?:直接)?(?:拒收|拒签)|(?:拒收|拒签)(?:的话|就可以|可以吗|行吗|行不|可以不|会退|能退|还可以退|吗|么|是不是就)|(?:到时候?|送来以后|快递到了|到货)[^，。？?]{0,6}(?:拒收|拒签)|怎么(?:拒收|拒签)")
_REFUSED_BEFORE = lazy(r"已(?:经)?(?:拒收|拒签)|(?:拒收|拒签)了|(?:拒收|拒签)的(?!话)|(?:拒收|拒签)[^，。？?]{0,3}天|显示[^，。？?]{0,4}(?:拒收|拒签)|算我拒收|没办法拒收|拒收不了|拒收货|(?<!能)不能拒收")


def refused(ctx: Context) -> str:
    """A parcel refused at the door ("能不能拒收直接退款"): allowed, refunded once it is back; postage as the policy says."""
    if not REFUSE.search(ctx.message) or _REFUSED_BEFORE.search(ctx.message):  # asked ahead, not one done
        return ""
    postage = "；不是质量问题的话，退回的运费需要您承担哦" if "运费需要您承担" in ctx.library.policy.return_change_of_mind else ""
    return (f"可以的，包裹送到时您直接拒收就行，快递会把包裹退回仓库，仓库签收后{ctx.library.policy.refund_working_days}个工作日内原路退款给您"
            f"{postage}；您也可以先签收，再在订单里申请退货")
