"""Turn a raw customer message into the canonical form the matcher compares.

Steps, in order: cut to :data:`MAX_CHARS`; drop lone surrogates and control characters; NFKC
(full-width letters, digits and punctuation become half-width); lower-case; Traditional →
Simplified (OpenCC, phrase level); emoji, emoticon tokens and kaomoji removed; long digit runs
(item and order numbers) removed; runs of one repeated character shortened to two; punctuation
becomes clause breaks. No I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..cache import short_text_cache
from ..lazy_pattern import lazy

MAX_CHARS = 500  # longer messages are analysed on their first MAX_CHARS characters

_SURROGATE_OR_CONTROL = lazy(r"[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
# JDDC/Taobao emoticon tokens ("#E-s[数字x]", "[微笑]") and bracketed media placeholders
_TOKENS = lazy(r"#e-[a-z]\[[^\]]*\]|\[[^\[\]]{1,6}\]")
_URL = lazy(r"https?://\S+|www\.\S+")
_LONG_DIGITS = lazy(r"\d{7,}")  # item ids (12 digits), order and tracking numbers
# Quantities, prices and dates become "#", so "6袋", "五袋" and "47元" all read "#袋"/"#元" and a
# keyword like "满#减#" covers every 满X减Y deal; bare numbers such as 618 or 12315 stay as they are.
_UNITS = "袋包盒斤克支罐份件箱瓶张片块元个只条双套天号码毛"
# "十一点多付的款", "8点多拍的": 多 after a clock hour says "a little past", never "extra" (多付)
_CLOCK_PAST = lazy(r"((?:\d|[一二两三四五六七八九十])点)多")
_QUANTITY = lazy(
    rf"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?=[{_UNITS}])|(?<=[买满减送返第])\d+(?:\.\d+)?"
)
_REPEAT = lazy(r"(.)\1{2,}")
_CLAUSE_BREAK = lazy(r"[\s,.;:!?~、，。；：！？…～·\"'“”‘’()（）【】《》<>\[\]{}|/\\\-—_=+*^%$@&`]+")


# ASCII, CJK ideographs and CJK/full-width punctuation: never emoji, the common case
_PLAIN = lazy(r"[\x00-\x7f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*")


@dataclass(frozen=True)
class Normalized:
    """A message after normalisation.

    ``text`` is the compact form (no spaces or punctuation) used for keyword and fuzzy matching;
    ``clauses`` are its pieces between punctuation, for spotting two questions in one message.
    """

    original: str
    text: str
    clauses: tuple[str, ...]
    traditional: bool  # the message was written in Traditional characters
    truncated: bool  # the message was longer than MAX_CHARS


@lru_cache(maxsize=1)
def _t2s():  # OpenCC's converter costs a few ms to build: build it once, when first needed
    import opencc

    return opencc.OpenCC("t2s")


def _is_emoji(ch: str) -> bool:
    cat = unicodedata.category(ch)
    if cat in ("So", "Sk", "Sm", "Cs", "Co", "Cn", "Mn", "Me", "Cf"):
        return True
    code = ord(ch)
    return 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or 0xFE00 <= code <= 0xFE0F


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese at phrase level.

    >>> to_simplified("請問還有貨嗎"), to_simplified("退款還沒到帳")
    ('请问还有货吗', '退款还没到账')
    """
    # OpenCC takes UTF-8: a lone surrogate (from a broken export) cannot be encoded, so it goes
    out = _t2s().convert(_LONE_SURROGATE.sub("", text))
    # OpenCC writes 帳 as 帐 everywhere; money's 帳 is 账 in mainland writing ("到账", "账户")
    # (only a Traditional 帳 is read so: a Simplified "到帐" is left as typed)
    return _ACCOUNT.sub("账", out) if "帳" in text else out


VERSION = 5  # bump when normalisation changes: cached indexes and models are rebuilt (3: a Traditional 帳 → 账; 4: one Traditional function word, 嘢, and the unsafe words read by the features; 5: 一天到晚)
_LONE_SURROGATE = lazy(r"[\ud800-\udfff]")
_ACCOUNT = lazy(r"帐(?=[户号单款目])|(?<=[到入转对算结查记退])帐")


@short_text_cache(maxsize=8192)
def normalize(message: str) -> Normalized:
    """Normalise one message (results of recent messages are cached: it is a pure function).

    >>> n = normalize("能便宜點嗎？？今天能發貨嗎！！！😊")
    >>> n.text, n.clauses, n.traditional
    ('能便宜点吗今天能发货吗', ('能便宜点吗', '今天能发货吗'), True)
    """
    truncated = len(message) > MAX_CHARS
    text = message[:MAX_CHARS]
    text = _SURROGATE_OR_CONTROL.sub(" ", text)
    text = unicodedata.normalize("NFKC", text).lower()
    simplified = to_simplified(text)
    traditional = _looks_traditional(text, simplified)
    text = _URL.sub(" ", simplified)
    text = _TOKENS.sub(" ", text)
    if not _PLAIN.fullmatch(text):  # only unusual characters need a Unicode category look-up
        text = "".join(" " if _is_emoji(ch) else ch for ch in text)
    text = _LONG_DIGITS.sub(" ", text)
    text = text.replace("一天到晚", "整天") if "一天到晚" in text else text  # an idiom ("油得发光"), not a day to arrive
    text = _CLOCK_PAST.sub(r"\1", text)
    text = _QUANTITY.sub("#", text)
    text = _REPEAT.sub(r"\1\1", text)
    clauses = tuple(c for c in _CLAUSE_BREAK.split(text) if c)
    return Normalized(
        original=message,
        text="".join(clauses),
        clauses=clauses,
        traditional=traditional,
        truncated=truncated,
    )


_CANTONESE = lazy("[唔㗎嘅咗啲哋冇嚟咁噉嘢]|係咪|點解|點算|邊個")


def _looks_traditional(text: str, simplified: str) -> bool:
    """Written in Traditional characters: at least two of them, a third of its Han characters, or
    one beside Cantonese words.

    A single Traditional character in Simplified text ("沒减呀") is an input-method slip, not a
    customer who reads Traditional, and is answered in Simplified; a single one in a message with
    no Simplified-only character is a Traditional writer's when it is a function word ("面膜可以天天敷嗎").
    """
    if simplified == text:
        return False
    changed = sum(1 for a, b in zip(text, simplified) if a != b) if len(text) == len(simplified) else 2
    # Cantonese written with a Traditional character ("孕婦用唔用得㗎"): a Hong Kong reader
    if changed >= 2 or changed * 3 >= _han_count(text) or bool(_CANTONESE.search(text)):
        return True
    # one Traditional function word and not one Simplified-only character ("面膜可以天天敷嗎"):
    # a Traditional keyboard's; one content word ("…破了 精華全漏光了") may be pasted from a page
    if changed != 1 or len(text) != len(simplified):
        return False
    typed = next(a for a, b in zip(text, simplified) if a != b)
    return typed in _FUNCTION_HANT and _s2t().convert(text) == text


_FUNCTION_HANT = frozenset("嗎麼們這個說還沒會為來對裡後時請問讓謝嗯啥幾麼樣點")


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def _han_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
