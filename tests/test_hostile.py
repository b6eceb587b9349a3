"""Hostile input and a hostile machine: nothing may be lost, hang, crash or lie.

Each test here was written against a failure found by feeding csreply what real files, disks
and terminals do (issue 16): `-o` over the input, JSON that the decoder chokes on, full disks,
links, pathological lines, headerless or damaged exports, endless inputs, damaged caches and
escape sequences in customer messages.
"""

from __future__ import annotations

import io
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csreply.errors import ExitCode, InputError, LibraryError
from csreply.interface.batch import BatchOptions, BatchStats, run_batch
from csreply.interface.cli import app
from csreply.reading import FORMATS, BadRecord, Message, ReadStats, read_messages
from csreply.reading.decode import MAX_LINE_BYTES

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "examples" / "exports"
NOW = "2026-11-23T10:00"
runner = CliRunner()


def read(data: bytes, **options) -> tuple[list[Message | BadRecord], ReadStats]:
    stats = ReadStats()
    items = list(read_messages(io.BytesIO(data), stats=stats, **options))
    return items, stats


def csreply(*args: str, stdin=None, stdout=subprocess.PIPE, timeout: float = 120, **kwargs):
    """Run ``python -m csreply`` as a user would (real files, real streams)."""
    return subprocess.run(
        [sys.executable, "-m", "csreply", *args],
        stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT, timeout=timeout,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"}, **kwargs,
    )


def one_error_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8")
    assert "Traceback" not in text and "internal error" not in text
    errors = [line for line in text.splitlines() if line.startswith("csreply: error:")]
    assert len(errors) == 1, text
    return errors[0]


# --- 1. -o over the input --------------------------------------------------------------------
@pytest.mark.parametrize("how", ["same", "symlink", "hardlink", "stdin"])
def test_output_over_the_input_is_refused_before_writing(tmp_path, how):
    source = tmp_path / "in.txt"
    source.write_text("在吗\n能便宜点吗\n", encoding="utf-8")
    target = {"same": source, "symlink": tmp_path / "link.txt", "hardlink": tmp_path / "hard.txt",
              "stdin": source}[how]
    if how == "symlink":
        target.symlink_to(source)
    elif how == "hardlink":
        os.link(source, target)
    if how == "stdin":
        with open(source, "rb") as stdin:
            proc = csreply("batch", "-o", str(target), stdin=stdin)
    else:
        proc = csreply("batch", str(source), "-o", str(target))
    assert proc.returncode == ExitCode.USAGE
    assert "is the input" in one_error_line(proc.stderr)
    assert source.read_text(encoding="utf-8") == "在吗\n能便宜点吗\n"


# --- 2. JSON the decoder rejects or chokes on --------------------------------------------------
POISON = {
    "lone surrogate": '"\\ud800好"',
    "deep nesting": "[" * 100_000 + "]" * 100_000,
    "huge integer": "9" * 5_000,
}


@pytest.mark.parametrize("poison", POISON)
def test_poison_json_lines_cost_one_record(poison):
    value = POISON[poison]
    data = "\n".join(['{"text": "在吗"}', f'{{"text": {value}}}', f'{{"text": "好的", "x": {value}}}',
                      '{"text": "能便宜点吗"}']) + "\n"
    items, stats = read(data.encode())
    assert [m.text for m in items if isinstance(m, Message)] == ["在吗", "能便宜点吗"]
    assert [b.line for b in items if isinstance(b, BadRecord)] == [2, 3]
    assert (stats.messages, stats.bad) == (2, 2)


@pytest.mark.parametrize("poison", POISON)
def test_poison_pywxdump_json_elements_cost_one_record(poison):
    def element(msg: str) -> str:
        return f'{{"type_name": "文本", "is_sender": 0, "talker": "wxid_a", "msg": {msg}}}'

    data = "[\n" + ",\n".join([element('"在吗"'), element(POISON[poison]), element('"能便宜点吗"')]) + "\n]\n"
    items, stats = read(data.encode())
    assert [m.text for m in items if isinstance(m, Message)] == ["在吗", "能便宜点吗"]
    assert (stats.messages, stats.bad) == (2, 1)


def test_poison_records_become_error_records_and_the_batch_goes_on():
    data = ('{"text": "在吗"}\n{"text": "\\udfff"}\n' + "[" * 100_000 + "\n" + '{"text": "包邮吗"}\n').encode()
    stats = BatchStats()
    records = [r.to_dict() for r in run_batch(io.BytesIO(data), BatchOptions(), stats)]
    assert [r.get("message") for r in records] == ["在吗", None, None, "包邮吗"]
    assert (stats.messages, stats.errors) == (2, 2)
    json.dumps(records, ensure_ascii=False).encode("utf-8")  # every record can be written


def test_a_pywxdump_element_spread_over_many_lines_reads_in_linear_time():
    body = "".join(f'"k{i}": {i},\n' for i in range(100_000))
    data = f'[\n{{"type_name": "文本", "is_sender": 0, "talker": "a", "msg": "在吗",\n{body}"z": 0}}\n]\n'
    start = time.perf_counter()
    items, _ = read(data.encode())
    assert [m.text for m in items] == ["在吗"]
    assert time.perf_counter() - start < 10


# --- 3. a JSON array is always closed --------------------------------------------------------
def test_json_array_is_closed_on_an_input_error(tmp_path):
    binary = tmp_path / "photo.bin"
    binary.write_bytes(bytes(range(256)) * 64)
    out = tmp_path / "out.json"
    proc = csreply("batch", str(binary), "--format", "json", "-o", str(out))
    assert proc.returncode == ExitCode.INPUT
    assert json.loads(out.read_text(encoding="utf-8")) == []
    proc = csreply("batch", str(binary), "--format", "json")
    assert json.loads(proc.stdout) == []


def test_an_internal_error_is_one_record_and_the_json_array_is_whole(tmp_path, monkeypatch):
    """A bug met while drafting the third message: that record reports it, the fourth is still
    drafted, the JSON array is closed, and the exit code says a bug happened (70)."""
    import csreply.writing.drafting

    real = csreply.writing.drafting.suggest
    calls = []

    def fails_on_the_third(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("a bug")
        return real(*args, **kwargs)

    monkeypatch.setattr(csreply.writing.drafting, "suggest", fails_on_the_third)
    source = tmp_path / "in.txt"
    source.write_text("在吗\n包邮吗\n能便宜点吗\n好的\n", encoding="utf-8")
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["batch", str(source), "-f", "json", "-o", str(out), "--now", NOW])
    assert result.exit_code == ExitCode.INTERNAL
    records = json.loads(out.read_text(encoding="utf-8"))
    assert [r.get("message") or r["raw"] for r in records] == ["在吗", "包邮吗", "能便宜点吗", "好的"]
    assert "internal error" in records[2]["error"] and "error" not in records[3]


# --- 4. write failures -----------------------------------------------------------------------
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [("suggest", "在吗"), ("explain", "在吗", "-f", "text"), ("scenarios", "-f", "json"),
     ("batch", "examples/exports/messages.txt"), ("batch", "examples/exports/messages.txt", "-f", "json")],
)
def test_full_disk_on_stdout_is_an_output_error(args):
    with open("/dev/full", "w") as full:
        proc = csreply(*args, "--now", NOW, stdout=full) if args[0] in ("suggest", "batch") else csreply(*args, stdout=full)
    assert proc.returncode == ExitCode.OUTPUT
    assert "No space left" in one_error_line(proc.stderr)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_as_output_file_is_an_output_error():
    proc = csreply("batch", "examples/exports/messages.txt", "-o", "/dev/full")
    assert proc.returncode == ExitCode.OUTPUT
    assert "cannot write /dev/full" in one_error_line(proc.stderr)


def _small_file_limit():
    """Writes past 20 KB fail with EFBIG (a full disk without needing one); no SIGXFSZ kill."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))


def test_output_file_that_cannot_grow_keeps_its_old_content(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("能便宜点吗？今天能发货吗\n" * 200, encoding="utf-8")
    out = tmp_path / "drafts.jsonl"
    out.write_text("old drafts\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "csreply", "batch", str(source), "-o", str(out), "--now", NOW],
        capture_output=True, cwd=ROOT, timeout=120, preexec_fn=_small_file_limit,
    )
    assert proc.returncode == ExitCode.OUTPUT
    one_error_line(proc.stderr)
    assert out.read_text(encoding="utf-8") == "old drafts\n"  # never a record cut in the middle
    assert sorted(p.name for p in tmp_path.iterdir()) == ["drafts.jsonl", "in.txt"]


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("unshare"), reason="mounting a tmpfs needs root")
def test_output_file_on_a_full_tmpfs(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("能便宜点吗？今天能发货吗\n" * 200, encoding="utf-8")
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (
        f'mount -t tmpfs -o size=16k tmpfs "{disk}" || exit 99; '
        f'"{sys.executable}" -m csreply batch "{source}" -o "{disk}/out.jsonl" --now {NOW}; '
        f'echo "rc=$?" >&2; ls -A "{disk}" >&2'
    )
    proc = subprocess.run(["unshare", "--mount", "sh", "-c", script], capture_output=True, cwd=ROOT, timeout=120)
    if b"rc=" not in proc.stderr:
        pytest.skip("cannot mount a tmpfs here")
    assert f"rc={int(ExitCode.OUTPUT)}".encode() in proc.stderr
    assert b"No space left" in proc.stderr and b"Traceback" not in proc.stderr
    assert proc.stderr.rstrip().endswith(f"rc={int(ExitCode.OUTPUT)}".encode())  # no file left


def test_read_only_output_file_is_refused(tmp_path):
    out = tmp_path / "drafts.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    out.chmod(0o444)
    result = runner.invoke(app, ["batch", str(EXPORTS / "messages.txt"), "-o", str(out), "--now", NOW])
    assert result.exit_code == ExitCode.OUTPUT
    assert "read-only" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me\n"


def test_output_through_a_symlink_replaces_the_real_file(tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    result = runner.invoke(app, ["batch", str(EXPORTS / "messages.txt"), "-o", str(link), "--now", NOW])
    assert result.exit_code == 0
    assert link.is_symlink()
    messages = [line for line in (EXPORTS / "messages.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(real.read_text(encoding="utf-8").splitlines()) == len(messages)


# --- 5. add: symlinks and read-only files ------------------------------------------------------
def _starter(tmp_path: Path) -> Path:
    result = runner.invoke(app, ["init", str(tmp_path / "shop")])
    assert result.exit_code == 0, result.output
    return tmp_path / "shop" / "shop.toml"


def test_add_through_a_symlink_writes_the_real_file(tmp_path):
    real = _starter(tmp_path)
    link = tmp_path / "my-library.toml"
    link.symlink_to(real)
    result = runner.invoke(app, ["add", "greeting", "-e", "哈喽店家在线不", "-l", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert "哈喽店家在线不" in real.read_text(encoding="utf-8")


def test_add_refuses_a_read_only_library(tmp_path):
    real = _starter(tmp_path)
    before = real.read_bytes()
    real.chmod(0o444)
    result = runner.invoke(app, ["add", "greeting", "-e", "哈喽店家在线不", "-l", str(real)])
    assert result.exit_code == ExitCode.OUTPUT
    assert "read-only" in result.stderr and "Traceback" not in result.output
    assert real.read_bytes() == before


# --- 6. pathological lines under a time bound --------------------------------------------------
SHAPES = [" -->", ":", "9", '"', "\t", " ", "【", "{", "[", ",", "\\u", "2024-3-5 10:02:40 ",
          "a -->b ", "由 ", "¥1", "https://", '{"a":', "引用:", "<msg>"]


@pytest.mark.parametrize("shape", SHAPES)
def test_megabyte_lines_of_pathological_shapes_read_fast_in_every_format(shape):
    line = (shape * (1_000_000 // len(shape) + 1))[:1_000_000]
    layouts = (line + "\n在吗\n", "在吗\n" + line + "\n", "店:小王 2024-3-5 10:02:40\n" + line + " 2024-3-5 10:02:4\n")
    start = time.perf_counter()
    for input_format in ("auto", *FORMATS):
        for data in layouts:
            try:
                read(data.encode(), input_format=input_format)
            except (InputError, LibraryError):
                pass  # refusing is fine; hanging or crashing is not
            except Exception as exc:  # noqa: BLE001
                if type(exc).__name__ != "UsageError":  # e.g. "no text column" for csv
                    raise
    assert time.perf_counter() - start < 20  # 36 MB through every reader; the old regex took minutes


def test_qianniu_header_regex_is_linear():
    from csreply.reading import qianniu

    for text in (" -->" * 50_000, "a" + " --> x" * 50_000, "a" + " -->" * 50_000 + " 2024-3-5 10:02:4x"):
        start = time.perf_counter()
        assert qianniu.HEADER.match(text) is None
        assert time.perf_counter() - start < 0.5
    header = qianniu.HEADER.match("tb_buyer --> 示例旗舰店:小王 2024-3-5 10:02:40")
    assert (header["nick"], header["to"], header["time"]) == ("tb_buyer", "示例旗舰店:小王", "2024-3-5 10:02:40")


def test_a_megabyte_message_goes_through_batch(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("在吗\n" + "能便宜点吗 -->" * 80_000 + "\n好的\n", encoding="utf-8")
    start = time.perf_counter()
    stats = BatchStats()
    with open(source, "rb") as stream:
        records = list(run_batch(stream, BatchOptions(now=None), stats))
    assert len(records) == 3 and stats.errors == 0
    assert time.perf_counter() - start < 30


def test_a_bug_met_by_one_message_is_that_records_error_and_the_batch_goes_on(tmp_path, monkeypatch):
    """A drafting bug triggered by one message (a KeyError, say) becomes that record's error,
    reported and counted; the messages before and after it are drafted as usual."""
    import csreply.writing.drafting as drafting

    real = drafting.suggest

    def failing(text, *args, **kwargs):
        if "炸了" in text:
            raise KeyError("store")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(drafting, "suggest", failing)
    source = tmp_path / "in.txt"
    source.write_text("在吗\n这个炸了吗\n好的\n", encoding="utf-8")
    stats = BatchStats()
    with open(source, "rb") as stream:
        records = [r.to_dict() for r in run_batch(stream, BatchOptions(now=None), stats)]
    assert len(records) == 3 and stats.errors == 1 and stats.messages == 2
    assert "error" not in records[0] and "error" not in records[2]
    assert "internal error" in records[1]["error"] and "KeyError" in records[1]["error"]
    assert records[1]["raw"] == "这个炸了吗" and records[1]["line"] == 2


@pytest.mark.parametrize("unit", ["面霜多少钱 精华呢 -->", "我在新疆 可以寄过来吗 -->", "上次买的面霜没收到 这次买精华 -->"])
def test_a_long_message_of_many_questions_is_drafted_in_linear_time(unit):
    """Every clause of a message is answered on its own: what the whole message says is worked
    out once, not once per clause (a message of 20,000 clauses must not take minutes)."""
    from csreply.library import Library
    from csreply.writing.drafting import suggest

    lib = Library.load([ROOT / "examples" / "shop"], user=False, env=False)
    start = time.perf_counter()
    s = suggest(unit * 20_000, lib)
    assert s.drafts and time.perf_counter() - start < 30


# --- 7. headerless tables and garbage encodings -------------------------------------------------
@pytest.mark.parametrize(("name", "fmt", "messages"), [("liuhen.csv", "liuhen-csv", 3), ("pywxdump.csv", "pywxdump-csv", 3)])
def test_export_without_its_header_row_is_read_with_a_warning(name, fmt, messages):
    data = (EXPORTS / name).read_bytes().split(b"\n", 1)[1]
    items, stats = read(data)
    assert (stats.format, stats.messages) == (fmt, messages)
    assert any("no header row" in w for w in stats.warnings)


def test_headerless_warning_reaches_stderr(tmp_path):
    source = tmp_path / "chat.csv"
    source.write_bytes((EXPORTS / "liuhen.csv").read_bytes().split(b"\n", 1)[1])
    proc = csreply("batch", str(source), "--now", NOW)
    assert proc.returncode == 0
    assert b"warning" in proc.stderr and b"no header row" in proc.stderr
    assert len(proc.stdout.splitlines()) == 3


@pytest.mark.parametrize("name", ["messages.csv", "messages.tsv"])
def test_plain_table_without_a_header_is_refused_not_drafted_line_by_line(name):
    data = (EXPORTS / name).read_bytes().split(b"\n", 1)[1]
    with pytest.raises(InputError, match="without a header row"):
        read(data)


TRADITIONAL = "請問這款還有現貨嗎？可以今天寄出嗎？\n我想買兩盒送給長輩，包裝要精美一點，謝謝老闆。\n"


def test_big5_is_detected_not_read_as_gb18030():
    items, stats = read(TRADITIONAL.encode("big5"))
    assert stats.encoding == "big5"
    assert [m.text for m in items] == TRADITIONAL.split()


def test_traditional_text_in_gb18030_stays_gb18030_without_a_warning():
    items, stats = read(TRADITIONAL.encode("gb18030"))
    assert (stats.encoding, stats.warnings) == ("gb18030", [])
    assert [m.text for m in items] == TRADITIONAL.split()


def test_bytes_that_decode_only_to_rare_characters_are_warned_about():
    import random

    rng = random.Random(7)
    junk = bytes(rng.randrange(0x81, 0xFE) for _ in range(4000))
    _, stats = read(junk)
    assert stats.encoding == "gb18030"
    assert any("rare" in w for w in stats.warnings)


# --- 8. what a damaged record costs ------------------------------------------------------------
def _total(stats: ReadStats) -> int:
    return stats.messages + stats.skipped + stats.bad


def _mutations(text: str):
    """(name, bytes) of an export with one record damaged: a bad byte, a stray quote, a stray
    byte in its UTF-16 form, a NUL byte."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if k == 0 or len(line.strip()) < 2:
            continue
        head = "\n".join(lines[:k]) + "\n"
        rest = "\n".join(lines[k:])
        cut = len(head.encode()) + len(line[: len(line) // 2].encode())
        utf8 = text.encode()
        yield f"line {k + 1} bad byte", "utf-8", utf8[:cut] + b"\xff" + utf8[cut:]
        yield f"line {k + 1} NUL", "utf-8", utf8[:cut] + b"\x00" + utf8[cut:]
        if "," in line or "\t" in line:
            quoted = head + line.replace(",", ',"', 1).replace("\t", '\t"', 1) + "\n" + rest.split("\n", 1)[-1]
            yield f"line {k + 1} stray quote", "utf-8", quoted.encode()
        utf16 = text.encode("utf-16")
        at = len(head.encode("utf-16")) + 1  # inside the line's first character
        yield f"line {k + 1} UTF-16 stray byte", "utf-16", utf16[:at] + b"\xc7" + utf16[at:]


@pytest.mark.parametrize("path", sorted(p for p in EXPORTS.iterdir() if p.suffix != ".md"), ids=lambda p: p.name)
def test_records_in_equal_records_out_plus_errors_on_damaged_exports(path):
    text = path.read_bytes().decode("utf-8-sig")
    base = {enc: read(text.encode(enc))[1] for enc in ("utf-8", "utf-16")}
    for name, enc, data in _mutations(text):
        _, stats = read(data)
        assert stats.messages >= base[enc].messages - 1, name  # at most the damaged record
        assert _total(stats) >= _total(base[enc]), name  # nothing vanished silently
        if "quote" not in name:
            assert stats.bad >= 1, name  # the damage is reported


def test_an_unclosed_quote_costs_its_own_row_only():
    rows = "session,role,text\n" + "".join(f"s{i},buyer,第{i}条消息\n" for i in range(10))
    items, stats = read(rows.replace("第3条", '"第3条').encode())
    assert [m.text for m in items if isinstance(m, Message)] == [f"第{i}条消息" for i in range(10) if i != 3]
    assert [b.line for b in items if isinstance(b, BadRecord)] == [5]


def test_a_real_multi_line_cell_is_still_one_message():
    items, stats = read('session,role,text\ns1,buyer,"礼盒装要加钱吗？\n想送长辈"\ns1,buyer,好的\n'.encode())
    assert [m.text for m in items] == ["礼盒装要加钱吗？ 想送长辈", "好的"]


def test_one_stray_byte_in_utf16_costs_one_line():
    text = "".join(f"第{i}条消息在吗\r\n" for i in range(100))
    data = text.encode("utf-16")
    at = len("".join(f"第{i}条消息在吗\r\n" for i in range(40)).encode("utf-16")) + 3
    items, stats = read(data[:at] + b"\x01" + data[at:])
    assert (stats.messages, stats.bad) == (99, 1)


def test_one_nul_byte_in_the_first_chunk_costs_its_line():
    data = "".join(f"第{i}条消息在吗\n" for i in range(100)).encode()
    at = data.index("第5条".encode())
    items, stats = read(data[:at] + b"\x00" + data[at:])
    assert (stats.messages, stats.bad) == (99, 1)
    assert "NUL" in next(b.reason for b in items if isinstance(b, BadRecord))


# --- 9. bounded reads --------------------------------------------------------------------------
def test_huge_library_file_is_refused_without_reading_it(tmp_path):
    from csreply.library import MAX_FILE_BYTES, Library

    huge = tmp_path / "huge.toml"
    with open(huge, "wb") as f:
        f.truncate(50 * 1024**3)  # sparse: 50 GB that would take minutes (and all memory) to read
    start = time.perf_counter()
    with pytest.raises(LibraryError, match="too large"):
        Library.load([huge], user=False, env=False)
    assert time.perf_counter() - start < 5 and MAX_FILE_BYTES < 50 * 1024**3


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_a_fifo_or_device_as_library_is_refused_without_blocking(tmp_path, kind):
    path = Path("/dev/zero")
    if kind == "fifo":
        path = tmp_path / "lib.fifo"
        os.mkfifo(path)
    proc = csreply("suggest", "在吗", "-l", str(path), timeout=60)
    assert proc.returncode == ExitCode.LIBRARY
    assert "not a regular file" in one_error_line(proc.stderr)


def test_dev_zero_as_batch_input_is_refused_at_once():
    proc = csreply("batch", "/dev/zero", timeout=60)
    assert proc.returncode == ExitCode.INPUT
    one_error_line(proc.stderr)


def test_endless_stdin_message_is_refused_at_once():
    with open("/dev/zero", "rb") as zero:
        proc = csreply("suggest", "-", stdin=zero, timeout=60)
    assert proc.returncode == ExitCode.INPUT
    assert "1 MiB" in one_error_line(proc.stderr)


def test_a_line_over_the_limit_is_one_bad_record_and_reading_goes_on():
    data = b"\xe5\x9c\xa8\xe5\x90\x97\n" + b"a" * (MAX_LINE_BYTES + 10) + b"\r\n" + "好的\n".encode()
    items, stats = read(data)
    assert [m.text for m in items if isinstance(m, Message)] == ["在吗", "好的"]
    assert [b.reason for b in items if isinstance(b, BadRecord)] == [f"line longer than {MAX_LINE_BYTES} bytes"]


def test_long_messages_are_not_kept_in_any_cache():
    from csreply.interface.batch import _Drafter
    from csreply.understanding.emotion import detect
    from csreply.understanding.normalize import normalize

    drafter = _Drafter(BatchOptions())
    before = (normalize.cache_info().currsize, detect.cache_info().currsize)
    for i in range(5):
        drafter.draft(f"第{i}条" + "能便宜点吗" * 10_000)
    assert len(drafter._cache) == 0
    assert (normalize.cache_info().currsize, detect.cache_info().currsize) == before
    drafter.draft("能便宜点吗")
    assert len(drafter._cache) == 1


# --- 10. damaged caches ------------------------------------------------------------------------
def test_every_damaged_cache_file_is_rebuilt_not_blamed_on_the_library(tmp_path):
    env = {**os.environ, "CSREPLY_CACHE_DIR": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    run = [sys.executable, "-m", "csreply", "suggest", "在吗", "--now", NOW, "-f", "json"]
    first = subprocess.run(run, capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert first.returncode == 0
    files = sorted(tmp_path.iterdir())
    assert {p.name.split("-")[0] for p in files} >= {"index", "jieba", "toml"}
    for path in files:
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x04  # one flipped bit
        path.write_bytes(bytes(data))
    again = subprocess.run(run, capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert again.returncode == 0, again.stderr.decode()
    assert json.loads(again.stdout)["scenario"] == json.loads(first.stdout)["scenario"]
    third = subprocess.run(run, capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert third.returncode == 0  # the rebuilt entries were written back and read fine


def test_checked_cache_rejects_damage_truncation_and_foreign_files(tmp_path):
    from csreply.cache import load_marshal, read_checked, save_marshal, write_checked

    path = tmp_path / "entry"
    assert write_checked(path, b"payload") and read_checked(path) == b"payload"
    whole = path.read_bytes()
    for damaged in (whole[:-1], whole[:5], b"", b"x" + whole[1:], whole[:-1] + b"!"):
        path.write_bytes(damaged)
        assert read_checked(path) is None
    assert save_marshal(path, {"policy": 1})
    assert load_marshal(path, lambda v: isinstance(v, dict)) == {"policy": 1}
    assert load_marshal(path, lambda v: isinstance(v, tuple)) is None  # right file, wrong shape


# --- 11. escape sequences from customers -------------------------------------------------------
HOSTILE = "在吗\x1b]0;PWNED\x07\x1b[2J\r能便宜点吗\u202e"


@pytest.mark.parametrize(
    "args",
    [("batch", "-f", "text"), ("explain", "-", "-f", "text"), ("suggest", "-", "-f", "text"),
     ("suggest", "-", "-f", "table")],
)
def test_control_characters_from_customers_never_reach_the_terminal(args):
    proc = subprocess.run(
        [sys.executable, "-m", "csreply", *args], input=HOSTILE.encode(), capture_output=True,
        cwd=ROOT, timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert proc.returncode in (0, 1)
    for raw in (b"\x1b", b"\x07", b"\r", "\u202e".encode()):
        assert raw not in proc.stdout
    assert b"\\x1b]0;PWNED" in proc.stdout or args[0] == "suggest"


def test_text_escaping_keeps_chinese_and_line_breaks():
    from csreply.interface.output import terminal_safe

    assert terminal_safe("在吗？\n好的\t谢谢　亲") == "在吗？\n好的\t谢谢　亲"
    assert terminal_safe("a\x1b[2Jb\x9bc") == "a\\x1b[2Jb\\x9bc"


# --- 12. the progress bar and the terminal -----------------------------------------------------
def _on_a_terminal(args: list[str], *, stdout_to_terminal: bool, tmp_path: Path) -> tuple[bytes, bytes]:
    """Run csreply with stderr (and maybe stdout) on a pseudo-terminal; return (terminal, file)."""
    import pty
    import select

    leader, follower = pty.openpty()
    out_path = tmp_path / "stdout.txt"
    with open(out_path, "wb") as out_file:
        proc = subprocess.Popen(
            [sys.executable, "-m", "csreply", *args],
            stdin=subprocess.DEVNULL, stdout=follower if stdout_to_terminal else out_file, stderr=follower,
            cwd=ROOT, env={**os.environ, "PYTHONIOENCODING": "utf-8", "TERM": "xterm", "COLUMNS": "120"},
        )
        os.close(follower)
        screen = b""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                screen += chunk
            elif proc.poll() is not None:
                break
        proc.wait(timeout=60)
    os.close(leader)
    return screen, out_path.read_bytes()


def test_progress_bar_stays_off_the_terminal_that_shows_the_drafts(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("能便宜点吗\n包邮吗\n" * 1500, encoding="utf-8")
    screen, _ = _on_a_terminal(["batch", str(source), "-f", "jsonl", "--now", NOW, "--progress"],
                               stdout_to_terminal=True, tmp_path=tmp_path)
    assert screen.count(b'"line":') == 3000
    assert not re.search(rb"drafting [\d,]+ messages", screen)  # no bar drawn over the drafts


def test_progress_bar_shows_labelled_times_when_the_drafts_go_elsewhere(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("能便宜点吗\n包邮吗\n" * 1500, encoding="utf-8")
    screen, data = _on_a_terminal(["batch", str(source), "--now", NOW], stdout_to_terminal=False, tmp_path=tmp_path)
    assert data.count(b'"line":') == 3000
    assert "已用".encode() in screen and "剩余".encode() in screen
