"""Rendering drafts: plain, FABE from product facts, options with policy deadlines."""

from __future__ import annotations

import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from csreply.errors import UsageError
from csreply.library import Library
from csreply.writing.drafting import find_product, suggest

LIB = """
[shop]
name = "山间小铺"
agent = "小禾"

[policy]
dispatch_cutoff = "16:00"
work_start = "09:00"
work_end = "18:00"
working_days = [1, 2, 3, 4, 5]
exchange_working_days = 1
refund_working_days = 3
compensation = "10元无门槛券"

[[products]]
id = "walnut"
name = "临安纸皮核桃"
aliases = ["纸皮核桃", "山核桃"]
price = 39.9
feature = "壳薄到用手一捏就开"
advantage = "不用夹子也能剥，果仁完整"
benefit = "办公室随手就能吃"
evidence = "带图好评里很多是回头客"

[[scenarios]]
id = "quality_issue"
title = "质量问题"
stage = "after_sale"
keywords = { "开胶" = 4, "坏了" = 3 }
examples = ["鞋子开胶了", "用了两天就坏了"]

[[scenarios.scripts]]
template = "options"
opening = "非常抱歉给您添麻烦了！您是说{message.problem}，是吗？麻烦拍张照片给我看看："
options = [
  { text = "换货：新的{deadline}前发出", deadline = "exchange" },
  { text = "退货退款：退款{deadline}前到账", deadline = "refund" },
  { text = "不退不换：补偿{policy.compensation}", deadline = "reply" },
]
closing = "您看哪种更方便呢？"

[[scenarios.scripts]]
template = "plain"
text = "亲，真的很抱歉，{shop.agent}这就为您处理。"

[[scenarios]]
id = "product_info"
title = "商品咨询"
stage = "pre_sale"
keywords = { "好剥" = 3, "壳" = 2 }
examples = ["核桃好剥吗"]

[[scenarios.scripts]]
template = "plain"
text = "亲，您问的是哪一款呢？发个链接给我哦～"

[[scenarios.scripts]]
template = "fabe"
opening = "亲，{product.name}（{product.price}元）给您说说："
closing = "您可以先买一袋尝尝～"

[[fallback.scripts]]
template = "plain"
text = "亲，您是想问{guesses}呢？"

[[fallback.scripts]]
template = "plain"
text = "亲，没太明白您的意思呢，能再说说吗？"
"""


@pytest.fixture()
def lib(tmp_path: Path) -> Library:
    path = tmp_path / "shop.toml"
    path.write_text(textwrap.dedent(LIB), encoding="utf-8")
    return Library.from_files([path])


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_options_draft_apologises_restates_and_dates_each_option(lib):
    s = suggest("亲，鞋子穿了两天就开胶了！！", lib, now=at("2026-11-23T10:00+08:00"))  # Monday
    assert s.scenario == "quality_issue"
    first = s.drafts[0]
    assert first.template == "options"
    assert first.text.splitlines() == [
        "非常抱歉给您添麻烦了！您是说鞋子穿了两天就开胶了，是吗？麻烦拍张照片给我看看：",
        "A. 换货：新的明天（11月24日 周二）16:00前发出",
        "B. 退货退款：退款11月26日（周四）18:00前到账",
        "C. 不退不换：补偿10元无门槛券",
        "您看哪种更方便呢？",
    ]
    assert [o.label for o in first.options] == ["A", "B", "C"]
    data = first.to_dict()
    assert data["options"][0]["deadline"] == "2026-11-24T16:00:00+08:00"
    assert data["options"][1]["deadline"] == "2026-11-26T18:00:00+08:00"
    assert data["options"][2]["deadline"] == "2026-11-23T11:00:00+08:00"
    assert s.drafts[1].text == "亲，真的很抱歉，小禾这就为您处理。"


def test_friday_evening_exchange_skips_the_weekend(lib):
    s = suggest("用了两天就坏了", lib, now=at("2026-11-27T20:30+08:00"))  # Friday evening
    exchange, refund, reply = s.drafts[0].options
    assert exchange.deadline.at == at("2026-11-30T16:00+08:00")  # Monday
    assert "11月30日（周一）16:00" in exchange.text
    assert refund.deadline.at == at("2026-12-02T18:00+08:00")  # third working day: Wednesday
    assert reply.deadline.at == at("2026-11-30T10:00+08:00")  # next working morning + 1 hour


def test_holiday_exchange_skips_national_day(lib):
    # 2026-09-30 (Wednesday) evening: 国庆 and 中秋 run 10-01..10-07; 10-10 (Sat) is a make-up day
    s = suggest("鞋子开胶了", lib, now=at("2026-09-30T19:00+08:00"))
    exchange, refund, _ = s.drafts[0].options
    assert exchange.deadline.at == at("2026-10-08T16:00+08:00")
    assert refund.deadline.at == at("2026-10-10T18:00+08:00")


def test_now_in_another_zone_is_converted_to_the_shop_zone(lib):
    # 2026-11-23 02:30 UTC is 10:30 in Shanghai: still before the cutoff
    s = suggest("鞋子开胶了", lib, now=at("2026-11-23T02:30+00:00"))
    assert s.now.isoformat() == "2026-11-23T10:30:00+08:00"


def test_fabe_draft_from_product_facts_by_alias(lib):
    s = suggest("纸皮核桃好剥吗", lib, now=at("2026-11-23T10:00+08:00"))
    assert s.scenario == "product_info"
    assert s.product is not None and s.product.id == "walnut"
    fabe = s.drafts[0]
    assert fabe.template == "fabe"
    assert fabe.product == "walnut"
    assert fabe.fabe == {
        "feature": "壳薄到用手一捏就开。",
        "advantage": "不用夹子也能剥，果仁完整。",
        "benefit": "办公室随手就能吃。",
        "evidence": "带图好评里很多是回头客。",
    }
    assert fabe.text == (
        "亲，临安纸皮核桃（39.9元）给您说说：壳薄到用手一捏就开。不用夹子也能剥，果仁完整。"
        "办公室随手就能吃。带图好评里很多是回头客。您可以先买一袋尝尝～"
    )
    data = fabe.to_dict()
    assert data["template"] == "fabe" and data["product"] == "walnut"


def test_fabe_script_is_not_offered_without_a_product(lib):
    s = suggest("这个好剥吗", lib)
    assert s.scenario == "product_info"
    assert [d.template for d in s.drafts] == ["plain"]


def test_product_option_overrides_detection(lib):
    s = suggest("好剥吗", lib, product_id="walnut")
    assert s.drafts[0].template == "fabe"
    with pytest.raises(UsageError, match="unknown product 'nope'"):
        suggest("好剥吗", lib, product_id="nope")


def test_find_product_prefers_the_longest_name(lib):
    assert find_product(lib, "临安纸皮核桃还有吗").id == "walnut"
    assert find_product(lib, "有瓜子吗") is None


def test_no_confident_match_gives_clarifying_drafts(lib):
    s = suggest("这个怎么弄", lib)
    assert s.scenario is None
    assert [d.text for d in s.drafts] == ["亲，没太明白您的意思呢，能再说说吗？"]
    assert s.to_dict()["scenario"] is None


def test_a_message_needing_no_reply_gets_a_short_acknowledgement(lib):
    s = suggest("嗯嗯", lib)  # not "没太明白您的意思" nor a conversation started again
    assert s.scenario is None
    assert [d.text for d in s.drafts] == ["好的亲～还有其他需要随时找小禾哦。"]


def test_json_contract_fields(lib):
    data = suggest("鞋子开胶了", lib, now=at("2026-11-23T10:00+08:00")).to_dict()
    assert set(data) == {
        "message", "scenario", "confidence", "candidates", "drafts", "intents",
        "emotion", "customer", "script",  # added by the drafts-quality work; none renamed
        "reply_needed", "context",  # added by the understanding work
    }
    assert data["emotion"] == {"label": "neutral", "strength": 0.0}
    assert data["customer"] is None and data["script"] == "simplified"
    assert data["intents"] == [{"clause": "鞋子开胶了", "scenario": "quality_issue"}]
    assert 0 < data["confidence"] <= 1
    assert set(data["candidates"][0]) == {"scenario", "title", "score"}
    assert [d["rank"] for d in data["drafts"]] == list(range(1, len(data["drafts"]) + 1))
    assert set(data["drafts"][0]) == {"rank", "scenario", "template", "text", "options"}
    assert set(data["drafts"][0]["options"][0]) == {"label", "text", "deadline"}


def test_top_limits_the_drafts(lib):
    assert len(suggest("鞋子开胶了", lib, top=1).drafts) == 1
