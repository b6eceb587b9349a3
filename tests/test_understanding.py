"""Understanding real customers: the learned matcher, confidence, none kinds, catalogue, context.

Every test runs the real matcher (a model fitted on the library's examples); none is mocked.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csreply.interface.cli import app
from csreply.library import Library
from csreply.reading import agent_lines
from csreply.understanding.context import ContextTuning, Conversation, read_with_chat
from csreply.understanding.crossval import as_samples, assign_folds, cross_validate, yielding
from csreply.understanding.evaluate import LabelledRow, read_labelled
from csreply.understanding.features import question_form
from csreply.understanding.learn import NO_REPLY, OFF_TOPIC, LinearModel
from csreply.understanding.matcher import Chat, Matcher

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
SHOP = ROOT / "examples" / "shop"

@pytest.fixture
def cli():
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [*args, "--now", "2026-11-23T10:00"] if args[0] in ("suggest", "batch") else list(args))


ENGRAVING = """
[[scenarios]]
id = "engraving"
title = "刻字定制"
stage = "pre_sale"
examples = [
  "可以刻字吗", "能帮我刻个名字吗", "刻字要加钱吗", "杯子上能刻英文吗", "刻字多久能发货",
  "想在表背面刻日期", "刻字的话字数有限制吗", "能刻两个人的名字吗", "刻字可以选字体吗",
  "刻的字会不会掉", "刻字以后还能退吗", "手镯内圈能刻字不", "刻一句话可以吗",
  "定制刻字怎么备注", "刻字是激光的还是手工的",
]

[[scenarios.scripts]]
template = "plain"
text = "亲，可以刻字的哦～下单时在备注里写上要刻的内容就好，刻字免费，做好后我们拍照给您确认。"
"""

PARAPHRASES = [
    "这个钢笔笔杆上刻字吗",
    "我想给老公的打火机刻字",
    "刻名字收费不",
    "戒指里面可以刻字嘛",
    "刻字一般要几天",
    "能刻中文吗 三个字",
    "帮忙刻个生日日期可以不",
    "刻的字体有几种",
    "刻了字的能退换吗",
    "刻字在哪里填写内容",
]


@pytest.fixture(scope="module")
def engraving_shop(tmp_path_factory) -> Matcher:
    path = tmp_path_factory.mktemp("shop") / "shop.toml"
    path.write_text(textwrap.dedent(ENGRAVING), encoding="utf-8")
    return Matcher(Library.load([path], user=False, env=False))


def test_a_shop_scenario_with_fifteen_examples_is_recognised_on_paraphrases(engraving_shop):
    got = [engraving_shop.rank(p).scenario for p in PARAPHRASES]
    # "刻了字的能退换吗" asks about returns just as much: either answer is right
    right = [g == "engraving" or (p == "刻了字的能退换吗" and g == "return_exchange") for p, g in zip(PARAPHRASES, got)]
    assert sum(right) >= 9, list(zip(PARAPHRASES, got))
    assert not set(PARAPHRASES) & set(engraving_shop.library.scenarios["engraving"].examples)
    # and the built-in scenarios still answer their own questions beside it
    assert engraving_shop.rank("能便宜点吗").scenario == "bargain"
    assert engraving_shop.rank("快递到哪了").scenario == "logistics"


# --- negation look-alikes and faults of every category ----------------------------------

@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("能不能用积分抵现金", "promotion"),
        ("优惠券能不能用", "promotion"),
        ("是不是正品", "product_info"),
        ("有没有现货", "stock"),
        ("不能用了", "quality_issue"),
        ("用了两天就不能用了", "quality_issue"),
    ],
)
def test_negation_look_alikes(matcher, message, expected):
    assert matcher.rank(message).scenario == expected


def test_a_not_a_questions_are_not_negations():
    assert question_form("能不能用积分") == "能否用积分"
    assert question_form("是不是正品") == "是否正品"
    assert question_form("不能用了") == "不能用了"


@pytest.mark.parametrize(
    "message",
    ["充不进电了", "用了一个月屏幕自己裂了", "电视开不了机", "空调不制冷", "洗衣机用不了了", "耳机一边没声音", "热水器不出热水"],
)
def test_faults_of_electronics_and_appliances_are_quality_problems(matcher, message):
    assert matcher.rank(message).scenario == "quality_issue", message


# --- two kinds of none ------------------------------------------------------------------------

@pytest.mark.parametrize("message", ["好的", "嗯嗯", "好滴", "[订单编号:12345678，订单金额:59.00]"])
def test_acknowledgements_need_no_reply(matcher, message):
    match = matcher.rank(message)
    assert match.scenario is None and match.reply_needed is False


@pytest.mark.parametrize("message", ["你们老板是谁", "京东账号怎么注销"])
def test_off_topic_questions_need_a_reply_no_scenario_gives(matcher, message):
    match = matcher.rank(message)
    assert match.scenario is None and match.reply_needed is True


def test_json_says_whether_a_reply_is_needed(cli):
    data = json.loads(cli("suggest", "好的", "--format", "json").stdout)
    assert data["scenario"] is None and data["reply_needed"] is False and data["context"] is None
    data = json.loads(cli("suggest", "能便宜点吗", "--format", "json").stdout)
    assert data["scenario"] == "bargain" and data["reply_needed"] is True


# --- catalogue-aware -------------------------------------------------------------------------

@pytest.mark.parametrize("message", ["积雪草面霜怎么样", "介绍一下烟酰胺精华", "精华有什么效果"])
def test_a_message_naming_a_catalogue_product_is_a_product_question(message):
    matcher = Matcher(Library.load([SHOP], user=False, env=False))
    assert matcher.rank(message).scenario == "product_info", message


# --- confidence ------------------------------------------------------------------------------

def test_confidence_is_a_probability_that_orders_right_from_wrong(matcher):
    sure = matcher.rank("快递到哪了").confidence
    unsure = matcher.rank("这个怎么说呢").confidence
    assert 0.0 <= unsure < sure <= 1.0
    assert sure > 0.8


def test_model_cache_rejects_foreign_data():
    assert LinearModel.from_data(("x",)) is None
    assert LinearModel.from_data((2, ["a"], [0.0], {"c:x": ((5, 1.0),)})) is None  # class out of range
    assert LinearModel.from_data((2, ["a", "b"], [0.0, 0.0], {"c:x": ((1, 0.5),)})) is not None


# --- reading the chat --------------------------------------------------------------------------

def test_a_weak_turn_is_read_with_the_earlier_turns(matcher):
    chat = Conversation(matcher)
    assert chat.rank("耳机左边没声音了").scenario == "quality_issue"
    follow = chat.rank("那怎么办")
    assert follow.scenario == "quality_issue" and follow.context == "chat"
    assert matcher.rank("那怎么办").scenario is None  # alone it says nothing
    assert chat.rank("好的").scenario is None  # an acknowledgement stays none
    clear = chat.rank("能开发票吗")
    assert clear.scenario == "invoice" and clear.context is None  # a clear turn decides alone


def test_a_greeting_or_a_thanks_keeps_the_chat_topic_open(matcher):
    """A thanks in the middle of a chat opens no topic: the next weak turn still follows the
    customer's matter, not the thanks (before, it followed the thanks and stayed unread)."""
    chat = Conversation(matcher)
    chat.rank("耳机左边没声音了")
    assert chat.rank("谢谢你").scenario == "thanks_bye"
    assert chat.last == "quality_issue"
    follow = chat.rank("那怎么办")
    assert follow.scenario == "quality_issue" and follow.context == "chat"


def test_only_a_sure_turn_opens_a_topic(matcher):
    chat = Conversation(matcher, ContextTuning(sure=1.01))  # no probability is that sure
    assert chat.rank("耳机左边没声音了").scenario == "quality_issue"
    assert chat.last == "" and chat.recent == []


def test_the_open_topic_is_offered_among_the_first_three_candidates(matcher):
    chat = Conversation(matcher)
    chat.rank("面膜破了")
    read = chat.rank("怎么申请")
    own = matcher.rank("怎么申请", Chat("damaged", ""))  # the model's own ranking with the chat
    assert "damaged" not in [c.scenario for c in own.candidates[:3]]
    # the decision and the model's two best stay; the chat's topic takes the third place
    assert read.scenario == own.scenario
    assert read.candidates[:2] == own.candidates[:2]
    third = read.candidates[2]
    assert third.scenario == "damaged" and 0 < third.score < own.candidates[1].score


def test_suggest_context_option(cli):
    args = ("suggest", "那怎么办", "--format", "json")
    alone = json.loads(cli(*args).stdout)
    read = json.loads(cli(*args, "--context", "耳机左边没声音了").stdout)
    assert alone["scenario"] is None
    assert read["scenario"] == "quality_issue" and read["context"] == "chat"
    off = json.loads(cli(*args, "--context", "耳机左边没声音了", "--no-context").stdout)
    assert off["scenario"] is None and off["context"] is None


def test_read_with_chat_takes_agent_lines(matcher):
    match = read_with_chat(matcher, ["客服:请问还有其他可以帮您的吗"], "没了")
    alone = matcher.rank("没了")  # "nothing else" or "it is gone": at most a weak guess alone
    assert match.scenario == "thanks_bye" and (alone.scenario is None or alone.confidence < 0.4)
    assert match.confidence >= alone.confidence + 0.2  # the agent's question is what decides it


def test_labelled_chats_teach_the_model_to_read_the_chat(builtin):
    rows = [
        LabelledRow(i, text, frozenset({label}) if label else frozenset(), f"s{i // 3}", i % 3 + 1)
        for i, (text, label) in enumerate(
            [("快递到哪了", "logistics"), ("还没到", "logistics"), ("那怎么办", "logistics")] * 4
            + [("面膜破了", "damaged"), ("漏液了", "damaged"), ("那怎么办", "damaged")] * 4
        )
    ]
    samples = as_samples(rows, {})
    assert {s.topic for s in samples if s.text == "那怎么办"} == {"logistics", "damaged"}
    matcher = Matcher(builtin, extra=samples)
    assert matcher.model.reads_chat
    chat = Conversation(matcher)
    chat.rank("面膜破了")
    assert chat.rank("那怎么办").scenario == "damaged"


def test_a_thanks_between_opens_no_topic_in_the_labelled_chats(builtin):
    rows = [
        LabelledRow(i, text, frozenset({label}), "s", i)
        for i, (text, label) in enumerate([("快递到哪了", "logistics"), ("谢谢", "thanks_bye"), ("那怎么办", "logistics")])
    ]
    topics = [s.topic for s in as_samples(rows, {}, yielding(builtin))]
    assert topics == ["", "logistics", "logistics"]
    assert [s.topic for s in as_samples(rows, {})][2] == "thanks_bye"


def test_folds_keep_a_session_together():
    rows = [LabelledRow(i, "t", frozenset(), f"s{i % 7}", i) for i in range(40)]
    folds = assign_folds(rows, 5)
    by_session: dict[str, set[int]] = {}
    for row, fold in zip(rows, folds):
        by_session.setdefault(row.session, set()).add(fold)
    assert all(len(f) == 1 for f in by_session.values()) and len(set(folds)) == 5


SESSIONS = """\
session\tturn\ttext\tlabels
a\t1\t在吗\tgreeting
a\t2\t这个冰箱什么时候发货\tdispatch_time
a\t3\t那大概几号\tdispatch_time
b\t1\t能便宜点吗\tbargain
b\t2\t好的\tnone
c\t1\t快递三天没动了\tlogistics
c\t2\t能开发票吗\tinvoice
d\t1\t耳机没声音了\tquality_issue
d\t2\t那怎么办\tquality_issue
e\t1\t有没有优惠券\tpromotion
e\t2\t谢谢\tthanks_bye
"""


def test_eval_folds_prints_grouped_figures_and_calibration(cli, tmp_path):
    path = tmp_path / "sessions.tsv"
    path.write_text(SESSIONS, encoding="utf-8")
    rows = read_labelled(path)
    assert rows[2].session == "a" and rows[2].turn == 3 and rows[4].labels == frozenset()
    result = cli("eval", str(path), "--folds", "2", "--format", "text")
    assert result.exit_code == 0, result.stderr
    assert "grouped by session" in result.stdout and "with chat" in result.stdout
    assert "calibration" in result.stdout
    data = json.loads(cli("eval", str(path), "--folds", "2", "--format", "json").stdout)
    assert data["folds"] == 2 and len(data["thresholds"]) == 2
    assert 0 <= data["alone"]["top1"] <= 1 and data["with_chat"]["rows"] == 11


# --- the real labelled chats (read in place, never copied) ---------------------------------------

@pytest.mark.skipif(not (SHARED / "jd-dev.tsv").exists(), reason="../shared/eval is not beside the project")
def test_grouped_cross_validation_on_real_chats(builtin):
    rows = read_labelled(SHARED / "taobao-dev.tsv", builtin.scenarios) + read_labelled(SHARED / "jd-dev.tsv", builtin.scenarios)
    cv = cross_validate(builtin, rows, 5, chats=agent_lines(SHARED / "jd-dev-chats.tsv"))
    # floors well under the figures measured when this was written, so a regression shows
    assert cv.alone.top1 >= 0.65 and cv.alone.top3 >= 0.80 and cv.alone.none_rate >= 0.80
    ctx_alone, ctx_chat = cv.subsets["ctx 1, message alone"], cv.subsets["ctx 1, with the chat"]
    assert ctx_chat.top1 > ctx_alone.top1  # reading the chat helps the turns that need it
    assert cv.subsets["ctx 0, with the chat"].top1 >= cv.subsets["ctx 0, message alone"].top1 - 0.01


@pytest.mark.skipif(not (SHARED / "jd-dev-chats.tsv").exists(), reason="../shared/eval is not beside the project")
def test_batch_reads_real_jddc_chats_with_context(cli):
    result = cli("batch", str(SHARED / "jd-dev-chats.tsv"), "--format", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 851 and all(r["format"] == "jddc" for r in records)
    assert any(r["context"] for r in records)
    result = cli("batch", str(SHARED / "jd-dev-chats.tsv"), "--format", "jsonl", "--no-context")
    assert not any(json.loads(line)["context"] for line in result.stdout.splitlines())


def test_no_scenario_classes_are_learned(matcher):
    assert {NO_REPLY, OFF_TOPIC} <= set(matcher.model.classes)


def test_import_turns_labelled_rows_into_examples_and_never_overwrites(cli, tmp_path):
    labelled = tmp_path / "labelled.tsv"
    labelled.write_text("能再便宜点不\tbargain\n好的\tnone\n你们是哪里的公司呀\tnone\n刻字要几天\tproduct_info|dispatch_time\n", encoding="utf-8")
    out = tmp_path / "imported.toml"
    result = cli("import", str(labelled), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    lib = Library.load([out], user=False, env=False)
    assert lib.scenarios["bargain"].examples[-1] == "能再便宜点不"
    assert "好的" in lib.no_scenario["no_reply"] and "你们是哪里的公司呀" in lib.no_scenario["off_topic"]
    before = out.read_bytes()
    again = cli("import", str(labelled), "-o", str(out))
    assert again.exit_code == 2 and "不覆盖" in again.stderr and out.read_bytes() == before
    bad = tmp_path / "bad.tsv"
    bad.write_text("随便\tbargin\n", encoding="utf-8")
    assert cli("import", str(bad)).exit_code == 4


def test_a_damaged_model_cache_is_refitted_and_old_entries_pruned(builtin, tmp_path, monkeypatch):
    monkeypatch.setenv("CSREPLY_CACHE_DIR", str(tmp_path))
    Matcher(builtin)
    (path,) = tmp_path.glob("model-*.marshal")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte
    path.write_bytes(bytes(data))
    assert Matcher(builtin).rank("能便宜点吗").scenario == "bargain"
    for i in range(12):
        (tmp_path / f"model-old{i:02}.marshal").write_bytes(b"x")
    extra = tmp_path / "extra.toml"
    extra.write_text('[examples]\nbargain = ["再少二十块"]\n', encoding="utf-8")
    Matcher(Library.load([extra], user=False, env=False))
    assert len(list(tmp_path.glob("model-*.marshal"))) <= 8


def test_the_example_session_file_reads_as_chats():
    rows = read_labelled(ROOT / "examples" / "sessions.tsv", Library.load(user=False, env=False).scenarios)
    assert len(rows) == 31 and len({r.session for r in rows}) == 10
    assert all(r.turn for r in rows)


def test_the_same_library_always_fits_the_same_weights():
    """liblinear visits samples in a random order; with the fixed seed a refit (a pruned or moved
    cache) gives the same weights, so it never changes a draft."""
    from csreply.understanding.learn import fit, training_samples

    library = Library.load(user=False, env=False)
    matcher = Matcher(library)
    samples = training_samples(library)
    first, second = fit(samples, matcher.vector_of_sample), fit(samples, matcher.vector_of_sample)
    assert first.weights == second.weights and first.bias == second.bias
