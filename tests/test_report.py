"""``csreply report``: scenario counts and clusters of unmatched questions from a chat export."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csreply.interface import terminal
from csreply.interface.cli import app
from csreply.interface.clusters import keyword_candidates, similarity
from csreply.interface.report import ReportOptions, analyse
from csreply.reading import Message, read_messages
from csreply.understanding.questions import needs_no_reply

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "report-export.jsonl"
runner = CliRunner()

# A shop scenario with one example and one weak keyword: the learned model recognises the 贺卡
# questions from it, so they count for the scenario instead of forming a cluster.
NEAR_LIBRARY = """
[[scenarios]]
id = "greeting_card"
title = "贺卡代写"
stage = "pre_sale"
keywords = { "贺卡" = 0.8 }
examples = ["送人的话能附一张手写贺卡吗"]

[[scenarios.scripts]]
template = "plain"
text = "亲，可以的～下单时备注想写的话，我们手写好贺卡随包裹寄出哦。"
"""

ENGRAVING = {"可以刻字吗", "能刻字吗", "支持刻字吗", "刻字要加钱吗", "可以帮忙刻个名字吗", "刻字多久能好"}
CARDS = {"可以代写贺卡吗", "能帮我写张贺卡吗", "贺卡可以代写吗", "写贺卡要钱吗"}
SHOPS = {"你们有实体店吗", "实体店在哪里", "线下有实体店吗"}


@pytest.fixture
def near_library(tmp_path) -> Path:
    path = tmp_path / "cards.toml"
    path.write_text(NEAR_LIBRARY, encoding="utf-8")
    return path


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, ["report", *args], input=input)


def test_json_groups_the_fixture_into_the_expected_clusters(near_library):
    result = run(str(FIXTURE), "-l", str(near_library), "--format", "json")
    assert result.exit_code == 4  # one bad record, reported like batch does; the report is complete
    data = json.loads(result.stdout)
    assert (data["messages"], data["matched"], data["unmatched"], data["no_reply"]) == (28, 13, 10, 5)
    assert (data["errors"], data["skipped"], data["one_offs"]) == (1, 2, 1)
    assert data["unmatched_share"] == pytest.approx(10 / 28, abs=1e-4)
    assert data["source"] == {"name": str(FIXTURE), "format": "jsonl", "encoding": "utf-8"}

    clusters = data["clusters"]
    assert [c["size"] for c in clusters] == [6, 3]  # largest first; 可以刻字吗 was asked twice
    assert set(clusters[0]["examples"]) < ENGRAVING and len(clusters[0]["examples"]) == 5
    assert set(clusters[1]["examples"]) == SHOPS
    assert clusters[0]["representative"] == "可以刻字吗"

    engraving, shops = (c["suggestion"] for c in clusters)
    assert engraving["action"] == "new_scenario" and engraving["keywords"][0] == "刻字"
    assert engraving["scenario"] == "new_1" and engraving["title"] == "刻字"
    assert shops["action"] == "new_scenario" and shops["keywords"][0] == "实体店"

    counts = {s["scenario"]: s["count"] for s in data["scenarios"]}
    # "能便宜点吗？今天能发货吗" counts for both of its questions
    assert counts["bargain"] == 2 and counts["dispatch_time"] == 2 and counts["thanks_bye"] == 1
    assert counts["greeting_card"] == 4  # all four 贺卡 questions, learned from one example

    assert "report-export.jsonl:21 (row 21): invalid JSON" in result.stderr
    assert "28 messages, 13 matched, 10 unmatched, 5 no reply needed, 1 error, 2 non-customer lines" in result.stderr


def test_without_a_near_scenario_every_cluster_is_a_new_scenario():
    data = json.loads(run(str(FIXTURE), "--format", "json").stdout)
    suggestions = [c["suggestion"] for c in data["clusters"]]
    assert [s["action"] for s in suggestions] == ["new_scenario"] * 3
    assert [s["scenario"] for s in suggestions] == ["new_1", "new_2", "new_3"]
    assert "贺卡" in suggestions[1]["keywords"] and "写贺" not in suggestions[1]["keywords"]


def test_markdown_is_shareable(near_library):
    result = run(str(FIXTURE), "-l", str(near_library), "--format", "md")
    md = result.stdout
    assert md.startswith("# 聊天记录报告")
    assert "| 没有话术 unmatched | 10 | 35.7% |" in md
    assert "| 议价 | `bargain` | 2 | 7.1% |" in md
    sections = [line for line in md.splitlines() if line.startswith("### ")]
    assert sections == ["### 1. 可以刻字吗 (6)", "### 2. 你们有实体店吗 (3)"]
    assert "| 1 | 6 | 可以刻字吗 | 新场景 new scenario `new_1`「刻字」: 刻字 |" in md


def test_a_cluster_near_a_scenario_is_advised_as_its_examples():
    # --near low enough that the 贺卡 cluster's mean score for its closest scenario reaches it
    data = json.loads(run(str(FIXTURE), "--format", "json", "--near", "0.03").stdout)
    cards = next(c for c in data["clusters"] if set(c["examples"]) == CARDS)["suggestion"]
    assert cards["action"] == "add_examples" and cards["scenario"] == cards["closest"] and cards["score"] >= 0.03
    md = run(str(FIXTURE), "--format", "md", "--near", "0.03").stdout
    assert f"csreply add {cards['scenario']} --example '写贺卡要钱吗'" in md


def test_text_and_terminal_view(monkeypatch):
    text = run(str(FIXTURE), "--format", "text").stdout
    assert "unmatched   14 (50.0%)" in text
    assert "1. [6] 可以刻字吗" in text and "→ 新场景 new scenario new_1「刻字」" in text
    monkeypatch.setattr(terminal, "stdout_is_terminal", lambda: True)
    view = run(str(FIXTURE)).stdout
    assert "场景 scenarios" in view and "没有话术" in view and "█" in view
    assert "new_1「刻字」" in view


def test_clusters_limit_and_min_size():
    data = json.loads(run(str(FIXTURE), "-f", "json", "--clusters", "1").stdout)
    assert len(data["clusters"]) == 1 and data["cluster_count"] == 3
    data = json.loads(run(str(FIXTURE), "-f", "json", "--min-size", "1", "--clusters", "0").stdout)
    assert [c["size"] for c in data["clusters"]] == [6, 4, 3, 1] and data["one_offs"] == 0


def test_stdin_and_input_options():
    csv = "昵称,内容\n小王,可以刻字吗\n小李,能刻字吗\n小张,包邮吗\n"
    result = run("-", "--input-format", "csv", "--text-column", "内容", "-f", "json", input=csv.encode())
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["messages"], data["matched"]) == (3, 1)
    assert data["clusters"][0]["examples"] == ["可以刻字吗", "能刻字吗"]


def test_missing_file_is_an_input_error():
    result = run("no-such-export.txt")
    assert result.exit_code == 4
    assert result.stderr == "csreply: error: 找不到文件 no such file: no-such-export.txt\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("好的", True),
        ("嗯嗯", True),
        ("好滴", True),
        ("ok", True),
        ("1", True),
        ("", True),  # emoji or sticker only
        ("收到", True),
        ("好的谢谢", True),
        ("好的发顺丰", False),
        ("可以刻字吗", False),
        ("嗯这个有货吗", False),
    ],
)
def test_acknowledgements_need_no_reply(text, expected):
    assert needs_no_reply(text) is expected


def test_keyword_candidates_keep_to_word_boundaries():
    assert keyword_candidates(["代写", "贺卡"]) == {"代写", "贺卡", "代写贺卡"}
    assert keyword_candidates(["刻", "字"]) == {"刻字"}


def test_similarity_of_questions():
    assert similarity(("刻字", "刻 字"), ("刻字加钱", "刻 字 加 钱")) > 60
    assert similarity(("礼物包装", "礼物 包装"), ("包装礼物", "包装 礼物")) > 60
    assert similarity(("刻字", "刻 字"), ("实体店", "实体 店")) < 20


def test_analyse_is_deterministic_and_reads_any_input(matcher):
    def report():
        items = read_messages(io.BytesIO(FIXTURE.read_bytes()), name="x")
        return analyse(items, matcher, options=ReportOptions(min_size=1)).to_dict(clusters=0)

    first = report()
    assert first == report()
    assert first["clusters"][-1]["examples"] == ["色差好大"]


def test_empty_export(matcher):
    report = analyse([], matcher)
    assert report.messages == 0 and report.unmatched_share == 0.0 and report.clusters == []


def test_report_counts_each_message_once(matcher):
    texts = ["能便宜点吗", "好的", "可以刻字吗", "能刻字吗", "刻字要加钱吗"]
    report = analyse([Message(t, i + 1) for i, t in enumerate(texts)], matcher)
    assert report.matched + report.unmatched + report.no_reply == report.messages == 5


# --- scale: candidate leaders from an index, tallies that merge ------------------------------------
def _tally_in_parts(items, matcher, sizes):
    from csreply.interface.report import Tally
    from csreply.understanding.context import chat_turns

    turns = list(chat_turns(items))  # each turn carries its chat, as analyse reads it
    parts, start = [], 0
    for size in sizes:
        part = Tally()
        for item, key in turns[start:start + size]:
            part.add(item, matcher, key)
        parts.append(part)
        start += size
    whole = parts[0]
    for part in parts[1:]:
        whole.merge(part)
    return whole


@pytest.mark.parametrize("sizes", [(10, 10, 10), (1, 28), (15, 0, 14)])
def test_tallies_of_parts_merge_into_the_same_report(near_library, sizes):
    from csreply.interface.report import finish
    from csreply.library import Library
    from csreply.understanding.matcher import Matcher

    matcher = Matcher(Library.load([str(near_library)]))
    items = list(read_messages(io.BytesIO(FIXTURE.read_bytes()), name="x"))
    whole = analyse(items, matcher, options=ReportOptions(min_size=1)).to_dict(clusters=0)
    merged = finish(_tally_in_parts(items, matcher, sizes), matcher, options=ReportOptions(min_size=1))
    assert merged.to_dict(clusters=0) == whole


def _brute_force_clusters(questions, cutoff):
    """Leader clustering comparing every question with every leader: what report did before."""
    questions.sort(key=lambda q: (-q.count, q.first))
    leaders, groups = [], []
    for q in questions:
        scores = [similarity((q.core, q.words), (lead.core, lead.words)) for lead in leaders]
        best = max(range(len(scores)), key=lambda i: (scores[i], -i), default=-1)
        if best == -1 or scores[best] < cutoff:
            leaders.append(q)
            groups.append([q])
        else:
            groups[best].append(q)
    return groups


def _questions(texts, matcher):
    """Every text as an unmatched question, as report would collect it (matched or not)."""
    from csreply.interface.report import _collect

    questions = {}
    for i, text in enumerate(texts):
        _collect(questions, text, matcher.rank(text), i + 1)
    return list(questions.values())


def test_indexed_clustering_agrees_with_comparing_every_pair(matcher):
    """Real-looking questions (the hand-written test set, with and without a product word)."""
    from csreply.interface.clusters import _cluster

    rows = (ROOT / "tests" / "data" / "realistic.tsv").read_text(encoding="utf-8").splitlines()
    texts = [r.split("\t")[0] for r in rows if r and not r.startswith("#")]
    texts += [f"{t}，{item}" for t in texts for item in ("这个杯子", "那款耳机")]
    questions = _questions(texts, matcher)
    assert len(questions) > 500

    def leader_of(groups):
        return {q.core: group[0].core for group in groups for q in group}

    expected = leader_of(_brute_force_clusters(list(questions), 55.0))
    got = leader_of(_cluster(list(questions), 55.0))
    agree = sum(got[core] == leader for core, leader in expected.items()) / len(expected)
    assert agree >= 0.97


def test_clustering_cost_stays_flat_with_many_distinct_questions():
    """20,000 distinct questions that share common characters: seconds, not the minutes of
    comparing each with every leader (the leaders alone number in the thousands)."""
    import random
    import time
    from collections import Counter

    from csreply.interface.clusters import _cluster, _Question

    rng = random.Random(14)
    common, rare = "发货包邮能退换吗买", [chr(0x4E00 + 500 + i) for i in range(1500)]
    questions = []
    for i in range(20_000):
        words = [rng.choice(common) + rng.choice(rare), rng.choice(rare) + rng.choice(rare), rng.choice(common)]
        questions.append(_Question("".join(words), " ".join(words), i + 1, Counter({f"q{i}": 1})))
    start = time.process_time()
    groups = _cluster(questions, 55.0)
    assert time.process_time() - start < 30  # comparing every pair took minutes
    assert sum(len(g) for g in groups) == 20_000 and len(groups) > 1_000


def test_report_with_jobs_is_the_same_report(tmp_path):
    """Many chunks of the fixture (with its bad record and agent lines) ranked by two workers."""
    path = tmp_path / "big.jsonl"
    path.write_bytes(FIXTURE.read_bytes() * 40)  # 1,160 records: three chunks
    one = run(str(path), "--format", "json", "--clusters", "0", "--min-size", "1")
    two = run(str(path), "--format", "json", "--clusters", "0", "--min-size", "1", "--jobs", "2")
    assert one.exit_code == two.exit_code == 4
    assert json.loads(two.stdout) == json.loads(one.stdout)
    assert json.loads(two.stdout)["messages"] == 28 * 40
    assert two.stderr.count("invalid JSON") == 40  # every bad record reported once, in order


# --- flat memory: unmatched questions spilled to a temporary file ----------------------------------
def _many_texts(matcher):
    """The hand-written test set with and without a product word, then its unmatched ones again
    (latest first), so questions asked before a spill come back after it."""
    rows = (ROOT / "tests" / "data" / "realistic.tsv").read_text(encoding="utf-8").splitlines()
    texts = [r.split("\t")[0] for r in rows if r and not r.startswith("#")]
    texts += [f"{t}，{item}" for t in texts for item in ("这个杯子", "那款耳机")]
    return texts + [t for t in reversed(texts) if matcher.rank(t).scenario is None]


@pytest.mark.parametrize("jobs", [1, 2])
def test_questions_spilled_to_disk_make_the_same_report(matcher, monkeypatch, jobs):
    """Every few distinct questions go to the store (repeated ones land in both): same report."""
    from csreply.interface import report as report_module

    items = [Message(t, i + 1) for i, t in enumerate(_many_texts(matcher))]
    options = ReportOptions(min_size=1)
    whole = analyse(items, matcher, options=options).to_dict(clusters=0)
    assert whole["unmatched"] > 100 and whole["cluster_count"] > 10
    monkeypatch.setattr(report_module, "SPILL", 7)
    spilled = analyse(items, matcher, options=options, jobs=jobs).to_dict(clusters=0)
    assert spilled == whole


def test_a_spilled_tally_pickles_and_merges_like_one_in_memory(matcher, monkeypatch):
    import pickle

    from csreply.interface import report as report_module
    from csreply.interface.report import Tally, finish

    items = [Message(t, i + 1) for i, t in enumerate(_many_texts(matcher))]
    whole = analyse(items, matcher).to_dict(clusters=0)
    monkeypatch.setattr(report_module, "SPILL", 11)
    first, second = Tally(), Tally()
    for item in items[:700]:
        first.add(item, matcher)
    for item in items[700:]:
        second.add(item, matcher)
    assert first.store is not None and second.store is not None
    merged = pickle.loads(pickle.dumps(first)).merge(pickle.loads(pickle.dumps(second)))
    assert finish(merged, matcher).to_dict(clusters=0) == whole


def test_a_temporary_folder_that_cannot_be_written_is_one_line_and_exit_74(monkeypatch):
    import sqlite3

    from csreply.interface import report as report_module

    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(report_module, "SPILL", 2)
    monkeypatch.setattr(sqlite3, "connect", refuse)
    result = run(str(FIXTURE), "--format", "json")
    assert result.exit_code == 74
    assert "temporary file" in result.stderr and "Traceback" not in result.stderr
