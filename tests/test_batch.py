"""`csreply batch`: records in input order, every output format, bad records, workers, pipes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csreply.interface.batch import BatchOptions, BatchStats, run_batch
from csreply.interface.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "examples" / "exports"
NOW = "2026-11-23T10:00"
runner = CliRunner()

MESSAGES = "在吗\n能便宜点吗\n好的\n今天能发货吗\n"


def batch(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, ["batch", *args, "--now", NOW], input=input)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_jsonl_records_in_input_order_with_source_fields():
    result = batch("-", input=MESSAGES)
    assert result.exit_code == 0, result.stderr
    out = records(result.stdout)
    assert [r["message"] for r in out] == ["在吗", "能便宜点吗", "好的", "今天能发货吗"]
    assert [r["line"] for r in out] == [1, 2, 3, 4]
    assert [r["scenario"] for r in out] == ["greeting", "bargain", None, "dispatch_time"]
    assert {"confidence", "candidates", "drafts", "intents", "format"} <= set(out[0])
    assert result.stderr.strip() == "csreply: 4 messages, 3 matched, 1 unmatched, 0 errors (text, utf-8) · 共 4 条，识别 3 条，没把握 1 条，坏记录 0 条"


def test_multi_party_export_drafts_only_customer_lines():
    result = batch(str(EXPORTS / "qianniu.txt"))
    assert result.exit_code == 0, result.stderr
    out = records(result.stdout)
    assert out and all(not r["speaker"].startswith("示例") and ":" not in r["speaker"] for r in out)
    assert all(r["format"] == "qianniu" and r["time"] for r in out)
    assert "non-customer lines skipped" in result.stderr


@pytest.mark.parametrize("path", sorted(p.name for p in EXPORTS.iterdir() if p.suffix != ".md"))
def test_every_example_export_is_read(path):
    result = batch(str(EXPORTS / path))
    assert result.exit_code == 0, result.stderr
    out = records(result.stdout)
    assert out, "no customer messages read"
    assert all(r["message"] for r in out)


def test_top_limits_drafts_per_record():
    out = records(batch("-", "--top", "1", input=MESSAGES).stdout)
    assert all(len(r["drafts"]) <= 1 for r in out)


def test_json_array_output():
    result = batch("-", "--format", "json", input=MESSAGES)
    data = json.loads(result.stdout)
    assert [r["line"] for r in data] == [1, 2, 3, 4]


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv_columns(fmt, delimiter):
    result = batch("-", "--format", fmt, input=MESSAGES)
    rows = list(csv.reader(io.StringIO(result.stdout), delimiter=delimiter))
    assert rows[0][:9] == ["line", "row", "session", "speaker", "time", "message", "scenario", "confidence", "intents"]
    assert rows[0][-1] == "error"
    assert [r[5] for r in rows[1:]] == ["在吗", "能便宜点吗", "好的", "今天能发货吗"]
    assert rows[2][6] == "bargain" and rows[2][9]  # draft_1 filled


def test_excel_csv_has_a_bom(tmp_path):
    target = tmp_path / "drafts.csv"
    result = batch("-", "--format", "csv", "--excel", "-o", str(target), input=MESSAGES)
    assert result.exit_code == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "能便宜点吗" in raw.decode("utf-8-sig")


def test_text_output_for_people():
    result = batch("-", "--format", "text", input=MESSAGES)
    assert "line 2: 能便宜点吗" in result.stdout and "→ bargain" in result.stdout
    assert "→ no confident match" in result.stdout


def test_bad_records_are_reported_and_kept_in_place():
    data = '{"text": "包邮吗"}\n{broken\n{"text": "能便宜点吗"}\n{"other": 1}\n'
    result = batch("-", input=data)
    assert result.exit_code == 4
    out = records(result.stdout)
    assert [r["line"] for r in out] == [1, 2, 3, 4]
    assert "error" in out[1] and "error" in out[3]
    assert out[0]["scenario"] == "shipping_fee" and out[2]["scenario"] == "bargain"
    assert "csreply: warning: <stdin>:2 (row 2): invalid JSON" in result.stderr
    assert "2 messages, 2 matched, 0 unmatched, 2 errors" in result.stderr


def test_skip_errors_leaves_them_out_of_stdout_only():
    data = '{"text": "包邮吗"}\n{broken\n'
    result = batch("-", "--skip-errors", input=data)
    assert [r["line"] for r in records(result.stdout)] == [1]
    assert "<stdin>:2" in result.stderr


def test_ragged_csv_keeps_good_rows():
    data = "id,text\n1,包邮吗\n2,能便宜点吗,extra,cells\n3,今天能发货吗\n"
    out = records(batch("-", input=data.encode("gb18030")).stdout)
    assert [("error" in r, r["row"]) for r in out] == [(False, 1), (True, 2), (False, 3)]


def test_unknown_input_format_is_a_usage_error():
    result = batch("-", "--input-format", "xml", input=MESSAGES)
    assert result.exit_code == 2
    assert result.stderr.startswith("csreply: error: unknown input format 'xml'")


def test_undecodable_input_is_an_input_error():
    result = batch("-", input=bytes(range(128, 256)) * 50)
    assert result.exit_code == 4
    assert result.stderr.startswith("csreply: error: ")
    assert "Traceback" not in result.stderr


def test_missing_file_is_an_input_error(tmp_path):
    result = batch(str(tmp_path / "nope.txt"))
    assert result.exit_code == 4 and "找不到文件 no such file" in result.stderr


def test_workers_keep_input_order():
    text = "".join(f"{m}\n" for m in ["能便宜点吗", "好的", "今天能发货吗", "怎么还没发货", "谢谢"] * 120)
    options = BatchOptions(now=None, jobs=1)
    one = [r["scenario"] for r in run_batch(io.BytesIO(text.encode()), options)]
    stats = BatchStats()
    two = [r["scenario"] for r in run_batch(io.BytesIO(text.encode()), BatchOptions(jobs=2), stats)]
    assert one == two and len(two) == 600
    assert stats.messages == 600


def test_head_closes_the_pipe_quietly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("能便宜点吗\n" * 3000, encoding="utf-8")
    proc = subprocess.run(
        f'"{sys.executable}" -m csreply batch "{big}" | head -3',
        shell=True, capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert len(proc.stdout.splitlines()) == 3
    assert "Traceback" not in proc.stderr and "Error" not in proc.stderr


@pytest.mark.parametrize(("sig", "code"), [("SIGINT", 130), ("SIGTERM", 143)])
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_signal_mid_batch_leaves_complete_output(tmp_path, sig, code, fmt):
    import signal
    import time

    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [sys.executable, "-m", "csreply", "batch", str(fifo), "--format", fmt],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    with open(fifo, "w", encoding="utf-8") as feed:
        feed.write("能便宜点吗\n包邮吗\n" * 50)
        feed.flush()
        out = b""
        deadline = time.monotonic() + 90
        while out.count(b'"line":') < 100 and time.monotonic() < deadline:
            out += proc.stdout.read1(65536)  # all 100 written: the process waits for more input
        proc.send_signal(getattr(signal, sig))
        rest, err = proc.communicate(timeout=60)
        out += rest
    assert proc.returncode == code
    text = out.decode("utf-8")
    records = json.loads(text) if fmt == "json" else [json.loads(l) for l in text.splitlines()]
    assert len(records) == 100
    assert b"Traceback" not in err
    assert "stopped early" in err.decode("utf-8")


def test_progress_bar_on_request_does_not_touch_stdout(tmp_path):
    path = tmp_path / "in.txt"
    path.write_text("能便宜点吗\n包邮吗\n" * 100, encoding="utf-8")
    result = batch(str(path), "--progress")
    assert result.exit_code == 0
    assert len(records(result.stdout)) == 200  # stdout carries only the records


# --- --jobs N: workers ignore the terminal's signals, the parent ends them --------------------------
def _distinct_messages(path: Path, count: int) -> Path:
    """Distinct texts, so every chunk is real work for a worker (no answer comes from the cache)."""
    kinds = ["能便宜点吗", "今天能发货吗", "包邮吗", "怎么还没发货", "可以开发票吗"]
    path.write_text("".join(f"{kinds[i % 5]} 订单{i}\n" for i in range(count)), encoding="utf-8")
    return path


def _children(pid: int) -> set[int]:
    """Pids whose parent is ``pid`` (read from /proc, so no extra dependency)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start_jobs_batch(path: Path, *args: str) -> tuple[subprocess.Popen, bytes, set[int]]:
    """A `batch --jobs 2` process, once it has written its first record, and its worker pids."""
    import time

    proc = subprocess.Popen(
        [sys.executable, "-m", "csreply", "batch", str(path), "--jobs", "2", "--now", NOW, *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, bufsize=0,  # communicate() reads the fd
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    first = proc.stdout.readline()
    if first.strip() == b"[":  # a JSON array: its first record follows
        first += proc.stdout.readline()
    workers = _children(proc.pid)
    deadline = time.monotonic() + 30
    while len(workers) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
        workers = _children(proc.pid)
    return proc, first, workers


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads worker pids from /proc")


@needs_proc
def test_jobs_with_head_ends_promptly_and_leaves_no_worker(tmp_path):
    proc, first, workers = _start_jobs_batch(_distinct_messages(tmp_path / "in.txt", 4000))
    assert json.loads(first)["line"] == 1 and len(workers) == 2
    proc.stdout.close()  # what `| head -1` does after its line
    _, err = proc.communicate(timeout=20)  # before the fix it never ended
    assert proc.returncode == 0
    assert b"Traceback" not in err and b"Error" not in err
    assert not any(_alive(pid) for pid in workers)


@needs_proc
@pytest.mark.parametrize(("sig", "code"), [("SIGINT", 130), ("SIGTERM", 143)])
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_signal_with_jobs_stops_like_one_job(tmp_path, sig, code, fmt):
    import signal

    proc, first, workers = _start_jobs_batch(_distinct_messages(tmp_path / "in.txt", 4000), "--format", fmt)
    assert len(workers) == 2
    proc.send_signal(getattr(signal, sig))
    rest, err = proc.communicate(timeout=20)
    assert proc.returncode == code
    text = (first + rest).decode("utf-8")
    records = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert 1 <= len(records) < 4000  # complete records and a closed array, stopped early
    assert [r["line"] for r in records] == list(range(1, len(records) + 1))
    assert b"Traceback" not in err and b"_Terminated" not in err
    assert "stopped early" in err.decode("utf-8")
    assert not any(_alive(pid) for pid in workers)


def test_jobs_output_equals_one_job_on_distinct_messages(tmp_path):
    path = _distinct_messages(tmp_path / "in.txt", 700)  # three chunks, one of them partial
    one = batch(str(path), "--jobs", "1")
    two = batch(str(path), "--jobs", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(records(two.stdout)) == 700


@needs_proc
def test_a_killed_worker_ends_the_run_with_one_line_not_a_hang(tmp_path):
    import signal

    proc, _, workers = _start_jobs_batch(_distinct_messages(tmp_path / "in.txt", 4000))
    os.kill(min(workers), signal.SIGKILL)  # what the out-of-memory killer does
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 70
    lines = err.decode("utf-8").strip().splitlines()
    assert "Traceback" not in err.decode("utf-8")
    assert any("internal error: WorkerError: worker" in line and line.startswith("csreply: error: ") for line in lines), lines
    assert not any(_alive(pid) for pid in workers)


@needs_proc
def test_workers_of_a_killed_parent_leave_on_their_own(tmp_path):
    import signal
    import time

    proc, _, workers = _start_jobs_batch(_distinct_messages(tmp_path / "in.txt", 4000))
    proc.kill()  # SIGKILL: the parent cannot end them itself
    proc.wait(timeout=20)  # not communicate(): a surviving worker would hold the pipes open
    proc.stdout.close()
    proc.stderr.close()
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = [pid for pid in workers if _alive(pid)]
    for pid in survivors:  # don't leave them behind even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not survivors


class _Pipe(io.RawIOBase):
    """A stream that cannot be read ahead safely, as a pipe from a live chat log."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        return self._data.readinto(buffer)


def test_file_read_ahead_answers_like_a_pipe_read_line_by_line(tmp_path):
    data = _distinct_messages(tmp_path / "in.txt", 300).read_bytes()  # more than a chunk
    options = BatchOptions(now=datetime(2026, 11, 23, 10, 0))
    ahead = [r.to_json() for r in run_batch(io.BytesIO(data), options)]
    by_line = [r.to_json() for r in run_batch(io.BufferedReader(_Pipe(data)), options)]
    assert ahead == by_line and len(ahead) == 300


def test_only_files_are_read_ahead(tmp_path):
    from csreply.interface.batch import _is_file
    from csreply.interface.batch_output import CountingStream as _CountingStream

    path = tmp_path / "in.txt"
    path.write_text(MESSAGES, encoding="utf-8")
    read_end, write_end = os.pipe()
    os.close(write_end)
    with open(path, "rb") as file, open(read_end, "rb") as pipe:
        assert _is_file(file) and _is_file(_CountingStream(file))
        assert not _is_file(pipe) and not _is_file(_CountingStream(pipe))
        assert not _is_file(io.BufferedReader(_Pipe(b"")))
