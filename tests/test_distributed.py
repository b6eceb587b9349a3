"""`csreply.interface.distributed`: batch and report on a Dask LocalCluster equal the single-process ones."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

dask_bag = pytest.importorskip("dask.bag", reason='the Dask path needs: pip install ".[dask]"')
distributed = pytest.importorskip("distributed", reason='the Dask path needs: pip install ".[dask]"')

from csreply.interface.batch import BatchOptions, run_batch  # noqa: E402
from csreply.interface.distributed import (  # noqa: E402
    batch_lines,
    draft_partition,
    message_records,
    records_bag,
    report_tally,
)
from csreply.reading import read_messages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "examples" / "exports"
REPORT_FIXTURE = ROOT / "tests" / "fixtures" / "report-export.jsonl"
NOW = datetime.fromisoformat("2026-11-23T10:00+08:00")
KINDS = ["能便宜点吗", "今天能发货吗", "可以刻字吗", "好的", "能刻字吗", "实体店在哪里", "包邮吗"]


@pytest.fixture(scope="module")
def client():
    """A local cluster of two worker processes, as the README starts it."""
    from csreply.interface.distributed import LOCAL

    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, **LOCAL)
    with distributed.Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


def batch_jsonl(data: bytes, options: BatchOptions) -> list[str]:
    return [record.to_json() for record in run_batch(io.BytesIO(data), options)]


def records_of(data: bytes) -> list[dict]:
    return list(message_records(read_messages(io.BytesIO(data))))


@pytest.mark.parametrize("path", sorted(EXPORTS.iterdir()), ids=lambda p: p.name)
def test_cluster_batch_equals_batch_record_for_record(client, path):
    data = path.read_bytes()
    options = BatchOptions(now=NOW)
    lines = batch_lines(records_bag(records_of(data), partition_size=3), (), options).compute()
    assert lines == batch_jsonl(data, options)


def test_cluster_batch_on_many_partitions_keeps_input_order(client):
    data = "".join(f"{KINDS[i % 7]}{'' if i % 3 else f' 订单{i}'}\n" for i in range(600)).encode()
    options = BatchOptions(now=NOW, top=2)
    lines = batch_lines(records_bag(records_of(data), partition_size=50), (), options).compute()
    assert lines == batch_jsonl(data, options) and len(lines) == 600


def test_bad_records_come_out_as_in_batch(client):
    data = '{"text": "能便宜点吗"}\n{"text": \n{"text": "包邮吗"}\n'.encode()
    options = BatchOptions(now=NOW)
    lines = batch_lines(records_bag(records_of(data), partition_size=1), (), options).compute()
    assert lines == batch_jsonl(data, options)
    assert "error" in json.loads(lines[1])


def test_draft_partition_uses_extra_libraries(tmp_path):
    library = tmp_path / "shop.toml"
    library.write_text(
        '[[scenarios]]\nid = "engraving"\ntitle = "刻字"\nstage = "pre_sale"\nkeywords = { "刻字" = 1.0 }\n'
        'examples = ["可以刻字吗"]\n\n[[scenarios.scripts]]\ntemplate = "plain"\ntext = "亲，可以刻字哦～"\n',
        encoding="utf-8",
    )
    line = draft_partition([{"text": "可以刻字吗", "line": 1}], [str(library)], BatchOptions(now=NOW))[0]
    assert json.loads(line)["scenario"] == "engraving"


def test_cluster_report_equals_report(client):
    from csreply.interface.report import ReportOptions, analyse, finish
    from csreply.library import Library
    from csreply.understanding.matcher import Matcher

    data = REPORT_FIXTURE.read_bytes() * 3  # the same questions again: counts add up across partitions
    matcher = Matcher(Library.load())
    options = ReportOptions(min_size=1)
    expected = analyse(read_messages(io.BytesIO(data)), matcher, options=options).to_dict(clusters=0)
    for size in (4, 17, 1000):
        tally = report_tally(records_bag(records_of(data), partition_size=size), ()).compute()
        assert finish(tally, matcher, options=options).to_dict(clusters=0) == expected
    assert expected["messages"] == 84 and expected["clusters"][0]["size"] == 18  # the 6 刻字 questions, 3 times


def test_command_line_matches_csreply_batch(tmp_path):
    path = tmp_path / "in.txt"
    path.write_text("".join(f"{k}\n" for k in KINDS * 5), encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    now = ["--now", "2026-11-23T10:00"]
    cluster = subprocess.run(
        [sys.executable, "-m", "csreply.interface.distributed", "batch", str(path), "--workers", "2", "--partition-size", "1", *now],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )
    single = subprocess.run([sys.executable, "-m", "csreply", "batch", str(path), *now],
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert cluster.returncode == 0, cluster.stderr
    assert cluster.stdout == single.stdout and len(cluster.stdout.splitlines()) == 35  # two windows of 32
    assert "Traceback" not in cluster.stderr and "already in use" not in cluster.stderr  # no fixed ports


def test_command_line_report_and_a_missing_file(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    export = tmp_path / "export.jsonl"
    export.write_bytes(REPORT_FIXTURE.read_bytes() * 3)  # 90 records: windows of 64 and 26
    run = [sys.executable, "-m", "csreply.interface.distributed", "report"]
    result = subprocess.run([*run, str(export), "--workers", "1", "--partition-size", "2", "--format", "json"],
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    single = subprocess.run([sys.executable, "-m", "csreply", "report", str(export), "--format", "json"],
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert result.returncode == single.returncode == 4  # bad records, as csreply report says
    assert json.loads(result.stdout) == json.loads(single.stdout)
    assert "84 messages, 3 errors (dask, jsonl, utf-8)" in result.stderr
    missing = subprocess.run([*run, str(tmp_path / "nope.txt")], capture_output=True, text=True, cwd=ROOT, env=env)
    assert missing.returncode == 4 and missing.stderr.startswith("csreply: error: ")  # as csreply report
