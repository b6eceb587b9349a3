"""The order the customer has just placed, or is about to place, met in every draft of a pre-sale
message: thanks for it, and when it leaves ("刚拍了精华 顺便开个电子发票": the invoice answered,
and "感谢您下单～ … 这单预计今天20:00前发出"). No I/O.
"""

from __future__ import annotations

import re

from .clauses import stage_of
from .draft import Context, Draft
from .signals import JUST, PAY_FAILS
from .values import JUST_PLACED, PLACED_EARLIER
from ..lazy_pattern import lazy

# "先下單了喔", "刚拍好": placed now, beside another question
_PLACED_NOW = lazy(r"(?:先|刚|才)(?:刚)?(?:拍|下单|付)(?:好|完)?(?:单|款)?了")  # (not "先下了 886": logging off)
# "我等等就下单", "待会儿拍": about to order
_ABOUT_TO = lazy(r"(?:等等|等下|等一下|待会儿?|一会儿?|晚点|晚些)(?:就|再)?(?:去)?(?:拍|下单|付款|下)")
_THANKED = lazy(r"(?:感谢|谢谢)(?:亲|您)?的?[^，。～！]{0,4}(?:下单|支持|选择|信任)")  # ("感谢您的耐心和信任")
_THANKS_BACK = lazy(r"(?:亲，)?(?:不客气|哈哈|客气啦)[^。！～]*[。！～]")
_CANCELLED, _SLIP, _HELD = lazy(r"取消"), lazy(r"[填写拍选]错"), lazy(r"先不会发出|再发货|暂不发|先不发")
_JUST_NOW = lazy(JUST + r"(?:拍|付|下单|下的单)")
_UNSENT_IF, _SENT_BRANCH = lazy(r"(?:包裹|订单)?还没发出的话，"), lazy(r"[；;]如果(?:包裹)?已经发出了?，[^。～]*")
_MONEY = frozenset({"bargain", "price_protect", "payment"})
_MONEY_ASKED = lazy(r"券|改(?:下|一下)?价|便宜|差价|优惠|退[#\d]|没减|满[#\d]+减")
_IF_PLACED = lazy(r"(?:别|万一|要是|如果|假如|怕|担心)[^，,。？?！!\s]{0,8}(?:刚|才)(?:刚)?(?:拍|下单|付)")
_LEAVES = lazy(r"\d:\d\d前(?:给您|安排)?发|在安排|(?:今天|明天|当天)(?:就能)?发")  # a dispatch time said (not "赠品随单一起发出")
_CLOSE = lazy(r"还有其他想了解的|您还有想了解的|有任何问题|用着有什么问题|随时(?:来)?找我|随时问我|祝您")


def placed(drafts: list[Draft], ctx: Context) -> list[Draft]:
    """``drafts`` with thanks for an order just placed and its dispatch time, or, for one about to be
    placed, the time to pay by for it to leave today; drafts that say so already are kept."""
    text = ctx.message
    if stage_of(ctx, ctx.lead) == "after_sale" or ctx.severity or PAY_FAILS.search(text):
        return drafts  # (not "付了两次都失败": nothing is placed)
    feared = _IF_PLACED.search(text)
    if _JUST_NOW.search(text) and not feared and not re.search("昨|前天|上周", text):
        drafts = [d.with_text(_not_left(d.text)) for d in drafts]  # "刚拍的 …还没发吧": it has not left
    if PLACED_EARLIER.search(text):
        return drafts
    leaves = f"预计{ctx.values['time.dispatch']}前发出"
    if (JUST_PLACED.search(text) or _PLACED_NOW.search(text)) and not feared:  # (not "别我刚下单你就降价")
        if ctx.emotion.label == "anger" or _SLIP.search(text):
            return drafts  # "地址填错了！！刚拍的": the mistake is the matter, no thanks
        # (a price or a coupon asked of the order placed is the matter, not when it leaves)
        return [_thanked(d, "" if ctx.lead in _MONEY or _MONEY_ASKED.search(text) else f"这单{leaves}哦～") for d in drafts]
    if _ABOUT_TO.search(text):
        return [d if _LEAVES.search(d.text) else d.with_text(_before_close(d.text, f"{ctx.values['time.pay_new']}，{leaves}哦～")) for d in drafts]
    return drafts


def _not_left(text: str) -> str:
    """A change or a cancel of an order placed just now, which has not left: done, with no "如果已经发出了…拦截" branch."""
    if not _SENT_BRANCH.search(text):
        return text
    text = _SENT_BRANCH.sub("", _UNSENT_IF.sub("", text))
    return text if re.search("[。！？～]$", text) else text + "。"


def _thanked(d: Draft, leaves: str) -> Draft:
    text = d.text
    if _CANCELLED.search(text):  # "…我帮您把这单取消，领券后重新下单": no thanks nor dispatch for an order undone
        return d
    text = text.replace("下单后把", "把")  # ("下单后把抬头发我": the order is placed)
    thanks = _THANKS_BACK.match(text)  # "不客气的亲～": the thanks answered first, then the order's
    if thanks and not _THANKED.search(text):
        text = f"{text[:thanks.end()]}也谢谢您下单～{text[thanks.end():]}"
    elif not _THANKED.search(text):
        text = f"亲，感谢您下单，{text.removeprefix('亲，')}"
    if leaves and not _LEAVES.search(text) and not _HELD.search(text):  # (not beside "这单先不会发出")
        text = _before_close(text, leaves)
    return d.with_text(text)


def _before_close(text: str, said: str) -> str:
    """``said`` before the closing line ("还有其他想了解的…"), else at the end."""
    close = _CLOSE.search(text)
    if close is None:
        return (text if re.search("[。！？～]$", text) else text + "。") + said
    head = text[:close.start()].rstrip("～。，")
    return f"{head}。{said}{text[close.start():]}"


def read_back_order(drafts: list[Draft], ctx: Context) -> list[Draft]:
    """``drafts`` of an order just placed with the items it names read back, their sum and the gift
    they earn, after the thanks ("拍了 面霜一瓶 洗面奶一支 你看下"); a thanks said after another opening
    ("明白您赶时间～…感谢您下单！") comes first, once."""
    drafts = [d.with_text(_THANKS_LATE.sub(r"\1感谢您下单，\2\3", d.text, count=1)) for d in drafts]
    said = _order_said(ctx) if ctx.lead == "order_placed" else ""
    if not said:
        return drafts
    return [d if said in d.text else d.with_text(d.text.replace("订单已经收到啦～", f"订单已经收到啦，{said}～", 1)) if "订单已经收到啦～" in d.text
            else d.with_text(re.sub(r"^([^！～。]{0,40}[！～。])", lambda m: f"{m.group(1)}{said}。", d.text, count=1)) for d in drafts]


_THANKS_LATE = lazy(r"^(亲，)?(明白您赶时间～)(.*?)感谢您下单！")


def _order_said(ctx: Context) -> str:
    """The items an order placed names, their sum and the gift it earns ("面霜加洗面奶一共247元，满199元送的面膜1片会随单一起发出")."""
    from .orders import bought_items
    from .totals import _count_and_unit, counted_list, coupon_fits, gift_rule

    items = bought_items(ctx)
    if not items or any(p.price is None for p in items) or len(items) > 3:
        return ""
    counted = counted_list(ctx.message, items)
    if counted is None and len(items) == 1:  # "拍好了 两瓶面霜": one item, as many as said
        n, unit = _count_and_unit(ctx.message, items[0])
        counted = (n * items[0].price, f"{n}{unit or '件'}{items[0].name}") if n > 1 else (items[0].price, items[0].name)
    total, names = counted if counted else (sum(p.price for p in items), "加".join(f"{p.name}（{p.price:g}元）" for p in items))
    gift = gift_rule(ctx.library.policy)
    earned = f"，满{gift[0]}元送的{gift[1]}会随单一起发出" if gift and total >= gift[0] else ""
    paid = re.search(r"实付(?:款|金额)?[：:]?\s*(\d+(?:\.\d+)?)", ctx.message)  # a pasted order's own sum (coupon, postage in it)
    fits = "" if paid else coupon_fits(ctx.message, total, ctx.library.policy)  # "一共付了347 没错吧": the coupon read back
    summed = f"实付{float(paid.group(1)):g}元" if paid else f"一共{total:g}元" + (f"，{fits}" if fits else "")
    return f"您拍的是{names}，{summed}{earned}"
