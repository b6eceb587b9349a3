"""The built-in library's example questions are the matcher's training data: broad, unique, our own.

The matcher learns every scenario from its examples, so each scenario needs many of them, an
example filed under two scenarios teaches the matcher a contradiction, and an example copied from
the real-message corpus would make every measurement on real chats flatter than the truth.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from csreply.library import BUILTIN_DIR, Library
from csreply.understanding.matcher import Matcher
from csreply.understanding.normalize import normalize

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "jd-customer-messages.tsv"
EXAMPLE_FILES = (
    "examples-presale.toml",
    "examples-aftersale.toml",
    "examples-none.toml",
    "examples-more.toml",
    "examples-third.toml",
    "examples-fourth.toml",
)
MIN_EXAMPLES = 80


@pytest.fixture(scope="module")
def builtin() -> Library:
    return Library.load(user=False, env=False)


def _key(message: str) -> str:
    """The form two messages are compared in: what the matcher sees (raw text when that is empty)."""
    return normalize(message).text or message.strip()


def _new_examples() -> list[tuple[str, str]]:
    """(where, example) for every example in the files that add training data to the built-in library."""
    rows = []
    for name in EXAMPLE_FILES:
        data = tomllib.loads((BUILTIN_DIR / name).read_text(encoding="utf-8"))
        for table in ("examples", "no_scenario"):
            for sid, questions in data.get(table, {}).items():
                rows += [(f"{name} {table}.{sid}", q) for q in questions]
    return rows


def test_every_builtin_scenario_has_enough_examples(builtin):
    thin = {sid: len(s.examples) for sid, s in builtin.scenarios.items() if len(s.examples) < MIN_EXAMPLES}
    assert not thin, f"scenarios with fewer than {MIN_EXAMPLES} examples: {thin}"


def test_no_scenario_tables_are_filled(builtin):
    assert len(builtin.no_scenario["no_reply"]) >= 120
    assert len(builtin.no_scenario["off_topic"]) >= 100


def test_no_example_is_filed_under_two_ids(builtin):
    owners: dict[str, set[str]] = {}
    for sid, scenario in builtin.scenarios.items():
        for example in scenario.examples:
            owners.setdefault(_key(example), set()).add(sid)
    for kind, messages in builtin.no_scenario.items():
        for message in messages:
            owners.setdefault(_key(message), set()).add(f"none:{kind}")
    shared = {text: sorted(ids) for text, ids in owners.items() if len(ids) > 1}
    assert not shared, f"examples under more than one id: {shared}"


def test_every_example_file_is_checked():
    """A new examples-*.toml must be listed above, or it escapes the duplicate and corpus checks."""
    on_disk = {path.name for path in BUILTIN_DIR.glob("examples-*.toml")}
    assert on_disk == set(EXAMPLE_FILES)


def test_example_files_hold_no_duplicates():
    seen: dict[str, str] = {}
    repeats = []
    for where, example in _new_examples():
        key = _key(example)
        if key in seen:
            repeats.append((example, seen[key], where))
        seen.setdefault(key, where)
    assert not repeats, f"repeated examples: {repeats[:20]}"


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus of real customer messages is absent")
def test_no_example_is_a_corpus_row():
    corpus = set()
    with CORPUS.open(encoding="utf-8") as rows:
        next(rows)  # header
        for row in rows:
            text = row.rstrip("\n").split("\t")[-1]
            corpus.add(text.strip())
            corpus.add(_key(text))
    copied = [(where, q) for where, q in _new_examples() if q.strip() in corpus or _key(q) in corpus]
    assert not copied, f"examples that are rows of the corpus: {copied[:20]}"


# Long, merged JD-style turns that are in no library file (written for this test): the built-in
# library answered "no confident match" (or a wrong scenario) to each of these before
# examples-more.toml taught it this style.
LONG_TURNS = [
    ("新买的平板 屏幕边缘漏光 开机白屏的时候特别明显 这正常吗", "quality_issue"),
    ("台式机主机开机三声长鸣 进不了系统 找了人看说是内存条问题", "quality_issue"),
    ("我的包裹停在[地址x]转运中心五天了 一条新的物流都没有 帮我查查", "logistics"),
    ("你好 冰箱能不能改到下周二送 这周家里没人 订单[订单x]", "order_change"),
    ("配送时间能不能提前到明天 急着用 本来约的是周五", "order_change"),
    ("售后服务单提交了 状态一直是待审核 快递什么时候来取货", "return_exchange"),
]


@pytest.fixture(scope="module")
def learned(builtin) -> Matcher:
    return Matcher(builtin)


@pytest.mark.parametrize(("message", "scenario"), LONG_TURNS)
def test_long_merged_turns_are_recognised(learned, message, scenario):
    assert learned.rank(message).scenario == scenario


def test_long_turns_are_not_library_examples():
    """The table above measures generalisation only while none of its turns is itself an example."""
    examples = {_key(q) for _, q in _new_examples()}
    assert not [m for m, _ in LONG_TURNS if _key(m) in examples]
