"""The built-in ``[[followups]]``: turns that mean a scenario only in a chat, read with the chat.

``followups.toml`` teaches the learned matcher features of the agent's last line and of the
chat's earlier topic. These tests check that the file is well formed and our own, and that chats
written for this test (not lines of the file) are read right through the public Python API.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from csreply.library import BUILTIN_DIR
from csreply.understanding.context import read_with_chat
from csreply.understanding.normalize import normalize

FOLLOWUPS = BUILTIN_DIR / "followups.toml"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "jd-customer-messages.tsv"


def _key(message: str) -> str:
    """What the matcher sees of a message (raw text when normalising leaves nothing)."""
    return normalize(message).text or message.strip()


@pytest.fixture(scope="module")
def followups(builtin):
    """The follow-ups the built-in library loaded from followups.toml."""
    return [f for f in builtin.followups if Path(f.source).name == FOLLOWUPS.name]


def test_the_file_holds_only_followups():
    data = tomllib.loads(FOLLOWUPS.read_text(encoding="utf-8"))
    assert list(data) == ["followups"]


def test_the_builtin_library_loads_them_all(followups):
    raw = tomllib.loads(FOLLOWUPS.read_text(encoding="utf-8"))["followups"]
    assert len(followups) == len(raw) >= 80


def test_every_entry_names_known_scenarios(builtin, followups):
    unknown = [
        (f.scenario, f.topic) for f in followups if f.scenario not in builtin.scenarios or (f.topic and f.topic not in builtin.scenarios)
    ]
    assert not unknown


def test_every_entry_has_several_examples_and_agent_lines(followups):
    # each example is paired with one `after` line in turn: a single line would teach its words only
    odd = [(f.scenario, f.examples[0]) for f in followups if not (4 <= len(f.examples) <= 10 and 2 <= len(f.after) <= 5)]
    assert not odd


def test_no_turn_means_two_things_in_the_same_chat(followups):
    """The same turn after the same agent line in the same topic cannot teach two scenarios."""
    owners: dict[tuple[str, str, str], set[str]] = {}
    for f in followups:
        for i, example in enumerate(f.examples):
            after = f.after[i % len(f.after)]
            owners.setdefault((_key(example), _key(after), f.topic), set()).add(f.scenario)
    assert not {k: v for k, v in owners.items() if len(v) > 1}


def test_no_example_is_a_bare_acknowledgement(builtin, followups):
    """A turn the library calls "nothing to answer" on its own would teach a contradiction."""
    acks = {_key(m) for m in builtin.no_scenario.get("no_reply", ())}
    assert not [e for f in followups for e in f.examples if _key(e) in acks]


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus of real customer messages is absent")
def test_no_line_is_a_corpus_row(followups):
    corpus: set[str] = set()
    with CORPUS.open(encoding="utf-8") as rows:
        next(rows)  # header
        for row in rows:
            text = row.rstrip("\n").split("\t")[-1]
            corpus |= {text.strip(), _key(text)}
    lines = [line for f in followups for line in (*f.examples, *f.after)]
    assert not [line for line in lines if line.strip() in corpus or _key(line) in corpus]


# Chats written for this test: none of these turns is in followups.toml. Agent lines start with
# 客服:, as with `csreply suggest --context`.
CHATS = [
    (["客服:亲爱的，还有其他需要小妹效劳的地方吗~"], "没有咯", "thanks_bye"),
    (["我买的电视降价了", "客服:亲，已经帮您提交价保申请了哦"], "那大概啥时候能到账", "price_protect"),
    (["洗衣机什么时候来安装", "客服:亲，安装师傅会在24小时内联系您预约上门哦"], "一直没人给我打电话", "usage"),
    (["快递三天没动了", "客服:亲，这边已经帮您联系站点核实了哦"], "那现在咋整", "logistics"),
    (["客服:亲，需要开发票的话麻烦提供一下抬头和税号哦"], "个人的就行", "invoice"),
    (["蓝牙耳机有一只没声音", "客服:亲，建议您把耳机放回充电仓重新配对试试哦"], "弄了好几遍 还是没声", "quality_issue"),
    (["吹风机用两天就坏了", "客服:亲，很抱歉"], "那怎么办", "quality_issue"),
    (["快递怎么还没到", "客服:亲，很抱歉"], "那怎么办", "logistics"),
    (["客服:亲，订单还没出库，可以帮您修改地址哦"], "行 帮我改下", "order_change"),
]


def test_weak_turns_are_read_with_their_chat(matcher, followups):
    """Held-out chats: most are read right with the chat, and fewer without it (the model is
    statistical, so the test asks for a clear majority, not every row)."""
    for _, message, _ in CHATS:
        assert not any(_key(message) == _key(e) for f in followups for e in f.examples)  # really held out
    with_chat = [read_with_chat(matcher, earlier, message).scenario == expected for earlier, message, expected in CHATS]
    alone = [matcher.rank(message).scenario == expected for _, message, expected in CHATS]
    assert sum(with_chat) >= 7, list(zip(CHATS, with_chat))
    assert sum(alone) <= 3 < sum(with_chat)


@pytest.mark.parametrize(
    ("earlier", "message"),
    [
        (["客服:亲，地址已经帮您改好了哦"], "好的"),
        (["客服:亲，已经帮您申请价保了哦"], "嗯嗯"),
        (["客服:亲，发票开好后会发到您的邮箱哦"], "好"),
    ],
)
def test_an_acknowledgement_after_the_agent_stays_none(matcher, earlier, message):
    assert read_with_chat(matcher, earlier, message).scenario is None
