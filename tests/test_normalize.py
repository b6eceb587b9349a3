"""Text normalisation: width, case, Traditional script, emoji, repeats, numbers, clauses."""

from __future__ import annotations

import pytest

from csreply.understanding.normalize import MAX_CHARS, normalize

CASES = [
    # (message, compact text, clauses)
    ("能便宜点吗", "能便宜点吗", ("能便宜点吗",)),
    ("能便宜点吗？今天能发货吗", "能便宜点吗今天能发货吗", ("能便宜点吗", "今天能发货吗")),
    ("ＯＫ好的！！！", "ok好的", ("ok好的",)),  # full-width letters, repeated punctuation
    ("請問還有貨嗎", "请问还有货吗", ("请问还有货吗",)),  # Traditional → Simplified
    ("頭髮用的，髮貨了嗎", "头发用的发货了吗", ("头发用的", "发货了吗")),  # phrase-level 髮/發
    ("怎么还没到😡😡", "怎么还没到", ("怎么还没到",)),  # emoji dropped
    ("哈哈哈哈哈好的", "哈哈好的", ("哈哈好的",)),  # repeats shortened to two
    ("538872953711是纸皮核桃吗", "是纸皮核桃吗", ("是纸皮核桃吗",)),  # item number dropped
    ("满199减10是吧", "满#减#是吧", ("满#减#是吧",)),  # deal amounts become "#"
    ("6袋是不是47元", "#袋是不是#元", ("#袋是不是#元",)),  # quantities and prices
    ("五包送两包", "#包送#包", ("#包送#包",)),  # Chinese numerals before a measure word
    ("618有活动吗", "618有活动吗", ("618有活动吗",)),  # a bare number (a shopping festival) stays
    ("便宜一点", "便宜一点", ("便宜一点",)),  # 一点 is not a quantity
    ("支持的亲#E-s[数字x]", "支持的亲", ("支持的亲",)),  # corpus emoticon token
    ("看这个 https://item.taobao.com/item.htm?id=1 多少钱", "看这个多少钱", ("看这个", "多少钱")),
    ("⊙o⊙哦谢谢了", "o哦谢谢了", ("o", "哦谢谢了")),
    ("", "", ()),
    ("\u200b\x00\ud800", "", ()),  # zero-width, control and lone surrogate characters
]


@pytest.mark.parametrize(("message", "text", "clauses"), CASES)
def test_normalize(message, text, clauses):
    result = normalize(message)
    assert result.text == text
    assert result.clauses == clauses


def test_traditional_is_detected():
    assert normalize("這個多少錢").traditional is True
    assert normalize("这个多少钱").traditional is False


def test_long_input_is_cut_and_flagged():
    result = normalize("太贵了" * 1000)
    assert result.truncated is True
    assert len(result.text) <= MAX_CHARS
    assert normalize("太贵了").truncated is False
