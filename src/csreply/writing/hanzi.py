"""Write drafts in the customer's script: Simplified, or Traditional in the shop's variant.

Drafts are written in Simplified Chinese; a customer who writes in Traditional characters gets
them converted with OpenCC at phrase level (``s2t``, or the Taiwan ``s2tw``/``s2twp`` and Hong
Kong ``s2hk`` variants, chosen by ``policy.traditional_variant``). The shop's own terms (its
name, the agent's name, product names) are shielded from the conversion, so "山间小铺" stays
as the shop spells it. No I/O; OpenCC is imported on first use.

>>> to_traditional("亲，您是说鞋子开胶了，是吗？山间小铺", keep=("山间小铺",))
'親，您是說鞋子開膠了，是嗎？山间小铺'
>>> to_traditional("您平时是偏干还是偏油呢")
'您平時是偏乾還是偏油呢'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..library.model import TRADITIONAL_VARIANTS
from ..lazy_pattern import lazy

SCRIPTS: tuple[str, ...] = ("auto", "simplified", "traditional")

# Phrases where OpenCC's dictionary picks 幹 (to do) for 干 meaning dry (乾), or 麵 (noodles) for the
# 面 of a face, common in replies
# about skin care and goods; applied as whole phrases on top of OpenCC, like its own phrase table.
PHRASES: dict[str, str] = {
    "偏干": "偏乾", "干痒": "乾癢", "干皮": "乾皮", "肤干": "膚乾", "脸干": "臉乾", "混干": "混乾",
    "拔干": "拔乾", "手干": "手乾", "嘴干": "嘴乾", "干了": "乾了", "变干": "變乾", "干燥": "乾燥", "干紧": "乾緊", "越干": "越乾", "太干": "太乾", "很干": "很乾",
    "开封后": "開封後",
    "酰胺": "醯胺",  # 烟酰胺, 神经酰胺: the chemical name a Traditional reader writes 醯
    "面霜": "面霜", "面膜": "面膜",  # "精华和面霜": not 和麵 (kneading dough)
}

# Characters OpenCC's standard and Hong Kong tables write that readers in Taiwan and Hong Kong
# notice as odd in a shop's chat (覈實, 爲, 訂單裏, 着急); every variant writes the common form.
CHARACTERS: dict[str, str] = {"覈": "核", "爲": "為", "裏": "裡", "着": "著", "皁": "皂"}
# Mainland terms a Taiwan reader notices, for the twp variant (OpenCC's phrases miss these)
# Mainland shop words a reader in Taiwan or Hong Kong reads as foreign, for the tw, twp and hk variants
READER_TERMS: dict[str, str] = {"包不包郵": "免不免運", "包郵": "免運", "提取物": "萃取物", "拍下": "下訂"}
TAIWAN_TERMS: dict[str, str] = {
    "鏈接": "連結", "反饋": "回饋", "視頻": "影片", "質量": "品質",
    "賬戶": "帳戶", "賬號": "帳號", "到賬": "入帳", "發貨": "出貨",  # a shop's 帳 and 出貨 in Taiwan
    "保質期": "保存期限", "訂單詳情": "訂單明細",
}
# … and what OpenCC's twp phrases make of a shop's words that a Taiwan reader would not write
# ("支持7天無理由退貨" is 支持 there too: 支援 is technical support)
TAIWAN_UNDO: dict[str, str] = {"支援": "支持"}

# a kept term becomes \ue000<n>\ue001 during the conversion: private-use characters and digits
# pass through OpenCC unchanged
_OPEN, _CLOSE = "\ue000", "\ue001"
_MARK = lazy(f"{_OPEN}(\\d+){_CLOSE}")
_COMMON = str.maketrans(CHARACTERS)
_WROTE_CLEARLY = lazy("(寫明|註明|標明|說明|表明)瞭")


@lru_cache(maxsize=8)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def wants_traditional(script: str, message_is_traditional: bool) -> bool:
    """Whether drafts are written in Traditional: forced by ``script``, or following the message.

    >>> wants_traditional("auto", True), wants_traditional("simplified", True)
    (True, False)
    """
    if script not in SCRIPTS:
        raise ValueError(f"script must be one of {', '.join(SCRIPTS)}, got {script!r}")
    if script == "auto":
        return message_is_traditional
    return script == "traditional"


def to_traditional(text: str, variant: str = "standard", keep: Iterable[str] = ()) -> str:
    """``text`` in Traditional characters (``variant``: standard, tw, twp, hk), ``keep`` unchanged.

    >>> to_traditional("发货后单号会同步到订单里", "tw")
    '發貨後單號會同步到訂單裡'
    """
    if not text:
        return text
    text = text.replace(_OPEN, "").replace(_CLOSE, "")  # a customer's stray markers are not ours
    # kept terms stay as they are, phrase fixes get their Traditional form; longest first
    swaps = {**{k: v for k, v in PHRASES.items() if k in text}, **{t: t for t in keep if t and t in text}}
    terms = sorted(swaps, key=len, reverse=True)
    for i, term in enumerate(terms):
        text = text.replace(term, f"{_OPEN}{i}{_CLOSE}")
    converted = _converter(TRADITIONAL_VARIANTS[variant]).convert(text)
    converted = converted.translate(_COMMON).replace("彆著", "別著")  # OpenCC: 别着急 → 彆着急
    converted = _WROTE_CLEARLY.sub(r"\1了", converted)  # OpenCC: 写明了 → 寫明瞭 (明了 is "written clearly" + 了 there)
    if variant in ("tw", "twp", "hk"):
        for mainland, local in READER_TERMS.items():
            converted = converted.replace(mainland, local)
    if variant == "twp":
        for mainland, taiwan in (*TAIWAN_TERMS.items(), *TAIWAN_UNDO.items()):
            converted = converted.replace(mainland, taiwan)
    if terms:
        converted = _MARK.sub(lambda m: swaps[terms[int(m.group(1))]], converted)
    return converted
