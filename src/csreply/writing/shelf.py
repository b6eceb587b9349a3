"""Shelf lives: the catalogue's, said together where items share one, and whether an item the
customer has had since a day they name is past its shelf life after opening. No I/O.
"""

from __future__ import annotations

import re
from datetime import date

from ..library.model import Product
from ..understanding.severity import UNSAFE
from .days import CN_DIGITS, days_ago
from .fact_topics import bare
from ..lazy_pattern import lazy


def shelf_lives(catalogue: list[Product]) -> str:
    """The catalogue's shelf lives, items sharing one named together by category (or name).

    >>> shelf_lives([Product("a", "面霜", category="面霜", shelf_life="未开封3年"),
    ...              Product("b", "精华", category="精华", shelf_life="未开封3年")])
    '面霜、精华的保质期都是未开封3年'
    """
    groups: dict[str, list[str]] = {}
    for p in catalogue:
        if p.shelf_life:
            groups.setdefault(bare(p.shelf_life), []).append(p.category or p.name)
    if len(groups) == 1:
        (life, names), = groups.items()
        return f"{'、'.join(names)}的保质期都是{life}"
    return "；".join(f"{'、'.join(names)}{life}" for life, names in groups.items())


_PACE = lazy(r"(?:一|每|两|几)个?(?:月|周|星期|天)(?:才|只|就|大概|大约|差不多|能|要|得)*(?:用|抹|涂)(?:一点|一次|几次|一点点|多少|几)")


_UNOPENED = lazy(r"没(?:有)?(?:拆|开封|打开|开(?![始心])|用过)|未(?:拆|开封)")
_STOCKED = lazy(r"囤[个了]?[两二三四五六七八九十几2-9]+[瓶支盒罐个](?=[^，,。？?！!]{0,8}(?:过期|用不完))")
_RUNS_OUT = lazy(r"过期|用不完")
# how long the customer means one bottle to last ("俺一瓶得用大半年"), against the months after opening
_MEANT_SPAN = lazy(r"(?:得|要|能|会|可以|准备|打算)用(?:上|个)?(大半年|半年多|一年多?|[七八九十]个多?月|1[0-2]个多?月|[7-9]个多?月)")
_SPAN_MONTHS = {"大半年": 8, "半年多": 7, "一年": 12, "一年多": 13}


def opened_since(text: str, product: Product, today: date) -> str:
    """Whether an item the customer has had since a day they name ("去年双十一买的还剩半瓶") is
    past the shelf life after opening ("开封后建议6个月内用完"); "" when either is not said."""
    months = re.search(r"开封后[^，。；]{0,4}?(\d+)个月", product.shelf_life)
    if months is not None and (stock := _STOCKED.search(text)) and _RUNS_OUT.search(text):  # "想囤三瓶 会不会用不完过期"
        return f"。{stock.group(0)}放着没问题，建议用完一瓶再开下一瓶，每瓶开封后{months.group(1)}个月内用完就好"
    if months is not None and (meant := _MEANT_SPAN.search(text)):
        span = meant.group(1)
        count = _SPAN_MONTHS.get(span) or int(re.match(r"\d+", span).group(0) if span[0].isdigit() else CN_DIGITS[span[0]])
        if count > int(months.group(1)):  # "一瓶得用大半年 中不中": longer than the months after opening, said plainly
            return f"。您一瓶要用{span}的话就超过了，开封{months.group(1)}个月后剩下的不建议再上脸，按说明的用量取足，{months.group(1)}个月内用完更稳妥"
    if _UNOPENED.search(text):  # "去年双十一囤的还没拆": the time after opening does not apply yet
        since = days_ago(text, today) if re.search("买的|买了|囤的|囤了", text) else None
        sealed = re.search(r"未开封[^，。；]{0,2}?(\d+)年", product.shelf_life)
        if since is None or sealed is None or since < 60 or since >= int(sealed.group(1)) * 365:
            return ""
        return f"。您这瓶还没拆封，买了{since // 30}个多月，还在未开封{sealed.group(1)}年的保质期内，可以放心用，开封后再按{months.group(1)}个月内用完算就好" if months else ""
    # "我一个月才用一点点", "一个月大概用多少" are a pace of use, not the time since it was bought or opened
    since = days_ago(text, today) if re.search("买的|买了|开封|打开|用了|还剩", text) and not _PACE.search(text) else None
    if months is None or since is None:
        return ""
    limit = int(months.group(1))
    if since > limit * 30:
        return f"。您这瓶按买的时间算已经放了{since // 30}个多月，开封超过{limit}个月的话，为了皮肤安全，建议不要再用了哦"
    if UNSAFE.search(text):  # "用了一周 挤出来分层还有酸味 是不是过期了": not past it, so the goods are at fault
        return f"。您这瓶买了{since}天，还在保质期内，不是放过期了，出现这种情况我们按质量问题给您处理"
    return f"。您这瓶买了{since}天，开封后在{limit}个月内用完就没问题"


def batch_checked(message: str, draft: str) -> str:
    """``draft`` asking for the batch number beside the photo when the customer suspects the goods
    are past their date ("是不是过期了啊 批号在盒底"): the date is checked from it, not argued, once
    (no second "生产日期我这就帮您核实"), and the remedies are for a fault found, not yet granted.

    >>> batch_checked("结块了 是不是过期了 批号在盒底", "麻烦您拍张照片给我留个记录；我们这样为您处理：")
    '麻烦您拍张照片，连同盒底的批号一起发我，我帮您核对生产日期；核实后我们这样为您处理：'
    """
    if not _EXPIRY_FEARED.search(message) or "批号" in draft:
        return draft
    where = _BATCH_WHERE.search(message)
    said = f"{where[1]}的批号" if where else "包装上印的生产日期和批号" if "生产日期" in message else "包装上的批号"
    checked = re.sub("麻烦您拍张(皮肤和商品的)?照片给我(?:留个记录)?", lambda m: f"麻烦您拍张{m[1] or ''}照片，连同{said}一起发我" + ("" if m[1] else "，我帮您核对生产日期"), draft, count=1)  # (the skin's photo: confirmed by a time already)
    if checked == draft:
        return draft
    return re.sub("(?<=[，；])我们这样为您处理：", "核实后我们这样为您处理：", _DATE_CHECKED.sub("", checked), count=1).rstrip()


_DATE_CHECKED = lazy(r"(?<=[。；\n])(?:另外，)?[^。；\n]{0,24}生产日期我这就帮您核实一下，[^。]*?[。～]")


_EXPIRY_FEARED = lazy(r"是不是过期|过期了吧|过期了吗|过期了没|是不是放太久|临期的吧|是不是旧货")
_BATCH_WHERE = lazy(r"批号(?:在|印在)([^，,。？?！!\s]{1,4}?)(?:上|底下|下面)?(?:$|[，,。？?！!\s])")


def made_on(text: str, product: Product) -> str:
    """Till when an unopened item keeps, from the production date the customer reads off it
    ("生产日期2025.03 保质期多久"): the date worked out, not checked again.

    >>> made_on("生产日期2025.03 保质期多久", Product("c", "面霜", shelf_life="未开封3年，开封后建议6个月内用完"))
    '生产日期2025年3月的话，未开封可以放到2028年3月'
    """
    made, years = _MADE.search(text), re.search(r"未开封(\d+)年", product.shelf_life or "")
    if made is None or years is None or not 1 <= int(made[2]) <= 12:
        return ""
    return f"生产日期{made[1]}年{int(made[2])}月的话，未开封可以放到{int(made[1]) + int(years[1])}年{int(made[2])}月"


_MADE = lazy(r"生产日期[是为：:\s]*(20\d\d)\s*[.\-/年]\s*(\d{1,2})")
