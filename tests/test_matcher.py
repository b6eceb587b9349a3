"""Matching real-looking customer messages against the built-in library (no mocks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from csreply.understanding.evaluate import evaluate, read_labelled
from csreply.understanding.questions import split_questions

DATA = Path(__file__).parent / "data" / "realistic.tsv"

# (message, expected scenario): clear cases for every scenario, our own wording
TABLE = [
    ("在吗亲", "greeting"),
    ("老板在不在", "greeting"),
    ("能便宜点吗", "bargain"),
    ("太贵了吧别家才卖30", "bargain"),
    ("少一块行不行", "bargain"),  # 一块: one yuan …
    ("爽肤水和乳液能一块用不", "usage"),  # … or together
    ("现在有什么活动吗", "promotion"),
    ("买两件送什么赠品", "promotion"),
    ("这个是纯棉的吗", "product_info"),
    ("保质期多久啊", "product_info"),
    ("这两款有什么区别", "product_compare"),
    ("红色和黑色哪个好看一点有啥不同", "product_compare"),
    ("送长辈买哪款好帮我推荐一下", "recommend"),
    ("身高165体重110穿什么码", "size_advice"),
    ("脚长24.5选几码合适", "size_advice"),
    ("白色还有货吗", "stock"),
    ("什么时候补货呀", "stock"),
    ("今天下单今天能发货吗", "dispatch_time"),
    ("一般拍下后多久发货", "dispatch_time"),
    ("发到上海几天能到", "delivery_eta"),
    ("发什么快递", "courier"),
    ("能发顺丰吗", "courier"),
    ("包邮吗", "shipping_fee"),
    ("为什么还要运费", "shipping_fee"),
    ("可以用花呗分期吗", "payment"),
    ("地址填错了帮我改一下", "order_change"),
    ("能开发票吗", "invoice"),
    ("我再考虑考虑", "hesitation"),
    ("已经付款了", "order_placed"),
    ("好的谢谢啦", "thanks_bye"),
    ("付款三天了怎么还没发货", "not_shipped"),
    ("快递到哪了物流一直不动", "logistics"),
    ("收到的时候瓶子碎了", "damaged"),
    ("鞋子穿了两天就开胶了", "quality_issue"),
    ("少发了一盒", "wrong_missing"),
    ("我要退货怎么操作", "return_exchange"),
    ("退款什么时候到账", "refund"),
    ("刚买就降价了能退差价吗", "price_protect"),
    ("这个茶刀怎么用", "usage"),
    ("我要投诉你们", "complaint"),
    ("好评返现吗", "review"),
    # Traditional Chinese matches like its Simplified form
    ("請問還有貨嗎", "stock"),
    ("能便宜點嗎", "bargain"),
    ("發什麼快遞", "courier"),
    ("退款什麼時候到帳", "refund"),
]

NONE = ["好的", "嗯嗯", "哦哦", "538872953711", "杭州", "对的", "知道了", "好吧行"]


@pytest.mark.parametrize(("message", "expected"), TABLE)
def test_table(matcher, message, expected):
    match = matcher.rank(message)
    assert match.scenario == expected, [(c.scenario, c.score) for c in match.candidates[:3]]
    assert 0 < match.confidence <= 1


@pytest.mark.parametrize("message", NONE)
def test_no_confident_match(matcher, message):
    assert matcher.rank(message).scenario is None


def test_traditional_scores_like_simplified(matcher):
    for traditional, simplified in [("這款有貨嗎", "这款有货吗"), ("怎麼還沒發貨", "怎么还没发货")]:
        a, b = matcher.rank(traditional), matcher.rank(simplified)
        assert a.normalized.traditional and not b.normalized.traditional
        assert (a.scenario, a.confidence) == (b.scenario, b.confidence)


@pytest.mark.parametrize(
    ("message", "scenarios"),
    [
        ("能便宜点吗？今天能发货吗", ["bargain", "dispatch_time"]),
        ("能便宜点吗今天能发货吗", ["bargain", "dispatch_time"]),
        ("發什麼快遞？包郵嗎", ["courier", "shipping_fee"]),
        ("有发票吗，几天能到北京", ["invoice", "delivery_eta"]),
    ],
)
def test_two_questions_give_both_scenarios(matcher, message, scenarios):
    match = matcher.rank(message)
    assert [i.scenario for i in match.intents] == scenarios
    assert match.scenario in scenarios
    assert {c.scenario for c in match.candidates[:2]} == set(scenarios)


def test_social_turn_steps_back_for_a_real_question(matcher):
    assert matcher.rank("在吗，这个还有货吗").scenario == "stock"
    assert matcher.rank("谢谢，那今天能发货吗").scenario == "dispatch_time"


def test_longer_keyword_hides_the_one_inside_it(matcher):
    hits = matcher.keyword_hits("怎么还没发货")
    assert "发货" not in {h.word for h in hits}  # 发货时间's word sits inside 催发货's
    assert {h.scenario for h in hits} == {"not_shipped"}


def test_synonyms_and_misspellings(matcher):
    assert matcher.canonical("可以发顺风吗咋用") == "可以发顺丰吗怎么用"
    assert matcher.canonical("有没有货") == "有没有货"
    assert matcher.rank("保值期多久").scenario == "product_info"
    assert matcher.rank("能发顺风吗").scenario == "courier"


def test_split_questions():
    assert split_questions(("包邮吗发什么快递",)) == ["包邮吗", "发什么快递"]
    assert split_questions(("怎么用",)) == ["怎么用"]


def test_deterministic(matcher):
    first = matcher.rank("亲，物流三天没动了！！")
    assert all(matcher.rank("亲，物流三天没动了！！") == first for _ in range(3))


def test_realistic_table_figures(matcher):
    """Our own hand-written set (tests/data/realistic.tsv): a floor, so regressions show."""
    report = evaluate(matcher, read_labelled(DATA, known=matcher.library.scenarios))
    assert report.top1 >= 0.75
    assert report.top3 >= 0.90
    assert report.none_rate >= 0.85


# Scoring a chunk of messages at once (batch) must answer exactly as scoring them one by one.
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPUS = SHARED / "corpus" / "jd-customer-messages.tsv"
CHUNK_MESSAGES = [
    "能便宜点吗今天能发货吗",
    "在吗？这个面霜多少钱，保质期多久",
    "我买的耳机充不进电了怎么办",
    "能不能用积分抵现金",
    "好的谢谢",
    "发什么快递 几天能到新疆",
    "衣服收到了有点小能换大一码吗？运费谁出呢",
    "12345678",
    "請問還有貨嗎",
    "",
]


def _corpus_messages(count: int) -> list[str]:
    """The first ``count`` distinct customer turns of the real corpus, read in place."""
    if not CORPUS.exists():
        return []
    rows = [line.split("\t") for line in CORPUS.read_text(encoding="utf-8").splitlines()[1:]]
    texts = [row[3].strip() for row in rows if len(row) >= 4]
    return list(dict.fromkeys(t for t in texts if t))[:count]


def test_prepared_chunk_ranks_like_one_by_one(matcher):
    from csreply.understanding.matcher import Matcher

    messages = CHUNK_MESSAGES + _corpus_messages(600)
    prepared, alone = Matcher(matcher.library), Matcher(matcher.library)
    for start in range(0, len(messages), 256):
        chunk = messages[start : start + 256]
        prepared.prepare(chunk)
        normalized = {prepared.normalize(m).text for m in chunk}
        assert normalized <= set(prepared._cache)  # scored ahead, found by rank below
        for message in chunk:
            assert prepared.rank(message) == alone.rank(message), message


def test_many_probabilities_equal_one_at_a_time(matcher):
    vectors = [matcher.vector_of_message(m) for m in CHUNK_MESSAGES] + [{}]
    many = matcher.model.probabilities_many(vectors, 0.3)
    for vector, (probabilities, known) in zip(vectors, many):
        expected, expected_known = matcher.model.probabilities(vector, 0.3)
        assert known == expected_known
        assert probabilities == pytest.approx(expected, abs=1e-12)


def test_suggest_never_imports_numpy(matcher):
    """numpy is for batch's chunks only: a cold ``suggest`` must not pay for its import.
    (The ``matcher`` fixture has cached the model, so the process below loads it, not fits it.)"""
    import subprocess
    import sys

    code = (
        "import sys; from csreply.writing.drafting import suggest; from csreply.library import Library;"
        "suggest('能便宜点吗今天能发货吗', Library.load(user=False, env=False));"
        "print('numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
