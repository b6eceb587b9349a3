"""Exit codes mean one thing each, for every command (README "退出码", errors.ExitCode).

Real processes where the behaviour depends on the process (a closed pipe, Ctrl-C), Typer's runner
elsewhere.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csreply.errors import ExitCode
from csreply.interface.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXPORT = "tests/fixtures/report-export.jsonl"
LABELLED = "examples/labelled.tsv"
NOW = ("--now", "2026-11-23T15:00")
runner = CliRunner()


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONIOENCODING": "utf-8", "CSREPLY_WIDTH": "100"}


def closed_pipe(*args: str) -> subprocess.CompletedProcess:
    """Run csreply with stdout a pipe whose reader has already gone (what `| head -1` leads to)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "csreply", *args], stdout=write_end, stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL, cwd=ROOT, env=_env(), timeout=120,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "args",
    [
        ["explain", "物流三天没动了"],
        ["explain", "嗯嗯"],  # no confident match is 1, but not when nobody reads the answer
        ["scenarios"],
        ["scenarios", "--format", "text"],
        ["report", EXPORT, "--format", "json"],  # 4 for its bad record otherwise: the pipe wins
        ["report", "examples/exports/qianniu.txt", "--format", "text"],
        ["lint"],
        ["lint", "--rules"],
        ["suggest", "能便宜点吗", "--format", "text", *NOW],
        ["suggest", "能便宜点吗", "--format", "json", *NOW],
        ["suggest", "能便宜点吗", "--format", "table", *NOW],
        ["eval", LABELLED, "--format", "json"],
        ["eval", LABELLED, "--format", "text"],
        ["batch", "examples/exports/qianniu.txt", "--jobs", "1", *NOW],
    ],
    ids=lambda a: " ".join(a[:3]),
)
def test_a_closed_pipe_is_exit_0_without_a_word(args):
    proc = closed_pipe(*args)
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"csreply: error" not in proc.stderr
    assert b"Traceback" not in proc.stderr


MISSING = "no-such-file.txt"


@pytest.mark.parametrize(
    "args",
    [
        ["batch", MISSING],
        ["report", MISSING],
        ["eval", MISSING],
        ["lint", MISSING],
    ],
)
def test_a_missing_input_file_is_exit_4_everywhere_with_the_same_message(args):
    result = run(*args)
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr == f"csreply: error: 找不到文件 no such file: {MISSING}\n"
    assert "--library" not in result.stderr  # lint used to blame an option that was not given


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("/dev/null", "不是文件也不是文件夹 not a file or folder: /dev/null"),
        ("EMPTY", "文件夹里没有 *.toml 话术库文件 no *.toml library files in this folder: "),
    ],
)
def test_lint_paths_with_nothing_to_check_are_input_errors_naming_no_option(target, message, tmp_path):
    if target == "EMPTY":
        target = str(tmp_path)
    result = run("lint", target)
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr.startswith("csreply: error: " + message) and "--library" not in result.stderr


@pytest.mark.parametrize("command", ["batch", "report", "eval", "lint"])
def test_a_folder_where_a_file_belongs_is_exit_4(command, tmp_path):
    if command == "lint":  # lint takes folders of TOML files: one it cannot list is the case here
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0)
        if os.access(folder, os.R_OK):  # root reads everything
            pytest.skip("running as root: permissions are not enforced")
        target = str(folder)
    else:
        target = str(tmp_path)
    result = run(command, target)
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr.startswith("csreply: error: ") and result.stderr.count("\n") == 1


def test_undecodable_stdin_to_suggest_is_exit_4_as_the_readme_says():
    result = run("suggest", "-", input=b"\xff\xfe\xfa\x80\x81")
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr.startswith("csreply: error: 标准输入的消息不是 UTF-8 或 GB18030 文本")


@pytest.mark.parametrize("command", ["batch", "report"])
@pytest.mark.parametrize("encoding", ["base64", "zlib", "rot13", "no-such-codec"])
def test_a_non_text_encoding_is_a_usage_error(command, encoding):
    result = run(command, "examples/exports/qianniu.txt", "--encoding", encoding)
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert result.stderr.startswith(f"csreply: error: 不是文本编码：{encoding}")
    assert "internal error" not in result.stderr


@pytest.mark.parametrize("command", ["suggest", "batch"])
@pytest.mark.parametrize("when", ["9999-12-30T10:00", "9990-01-01T00:00"])
def test_now_near_year_9999_is_a_usage_error(command, when):
    args = ["suggest", "鞋子开胶了"] if command == "suggest" else ["batch", "-"]
    result = run(*args, "--now", when, input="鞋子开胶了\n")
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert "--now 太晚" in result.stderr and "internal error" not in result.stderr


@pytest.mark.parametrize("when", ["0001-01-01T00:00+14:00", "1899-12-31T23:00"])
def test_now_before_1900_is_a_usage_error(when):
    result = run("suggest", "鞋子开胶了", "--now", when)
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert "--now 太早" in result.stderr


def test_the_latest_allowed_now_still_drafts():
    result = run("suggest", "鞋子开胶了", "--now", "9988-12-31T23:59", "--format", "json")
    assert result.exit_code == 0, result.stderr


@pytest.fixture
def closed_shop(tmp_path) -> Path:
    """A shop open on Saturdays only, closed every Saturday until 2038: no working day for years."""
    day, closures = date(2025, 1, 4), []
    while day < date(2038, 1, 1):
        closures.append(f'"{day}"')
        day += timedelta(days=7)
    path = tmp_path / "closed.toml"
    path.write_text(
        "[policy]\nworking_days = [6]\nstatutory_holidays = false\n"
        f"closures = [{', '.join(closures)}]\n", encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("command", ["suggest", "batch"])
def test_a_policy_with_no_working_day_in_ten_years_is_a_library_error(command, closed_shop):
    args = ["suggest", "鞋子开胶了"] if command == "suggest" else ["batch", "-"]
    result = run(*args, "-l", str(closed_shop), *NOW, input="鞋子开胶了\n")
    assert result.exit_code == ExitCode.LIBRARY, result.stderr
    assert "十年里没有一个工作日" in result.stderr and "internal error" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_lint_reports_a_policy_with_no_working_day(closed_shop):
    result = run("lint", str(closed_shop), "--format", "text")
    assert result.exit_code == ExitCode.NO_MATCH  # lint: 1 means "has errors"
    assert "no working day" in result.stdout


def _as_from_a_terminal() -> None:
    """Ctrl-C as a command started from a terminal gets it: default action, not blocked. A child
    inherits its parent's signal disposition and mask, and in the whole suite (not in this file
    alone) the test process had SIGINT ignored or blocked by the time these tests ran: the
    command then never saw the signal, read to the end of stdin and exited 0."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _wait_until_idle(pid: int, limit: float = 60.0) -> None:
    """Wait until process ``pid`` has used no CPU for half a second (it is blocked reading stdin),
    not a fixed time: on a loaded machine the imports alone can take longer than any guess."""
    stat = f"/proc/{pid}/stat"
    if not os.path.exists(stat):
        time.sleep(3)  # no /proc (macOS): the old fixed wait
        return

    def cpu() -> int:
        with open(stat, encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks

    time.sleep(1)
    deadline, last = time.monotonic() + limit, cpu()
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = cpu()
        if now == last:
            return
        last = now


@pytest.mark.parametrize(
    "args",
    [
        ["suggest", "-"],
        ["explain", "-"],
        ["batch", "-", *NOW],
        ["report", "-"],
    ],
)
def test_ctrl_c_is_130_without_a_traceback(args):
    """Ctrl-C while the command waits for more input on stdin."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "csreply", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, cwd=ROOT, env=_env(), preexec_fn=_as_from_a_terminal,
    )
    try:
        proc.stdin.write("能便宜点吗\n".encode())
        proc.stdin.flush()
        _wait_until_idle(proc.pid)  # past the imports: the command is waiting for the rest of stdin
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == ExitCode.INTERRUPTED, err.decode()
    assert b"Traceback" not in err


def test_exit_code_docstrings_and_readme_table_agree():
    """Every code is documented in both places, with the same number."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in ExitCode:
        assert code.__doc__ and code.__doc__ != ExitCode.__doc__, code.name
        assert f"| {int(code)} |" in readme, code


def test_add_refuses_a_new_scenario_that_could_answer_nothing(tmp_path):
    target = tmp_path / "shop.toml"
    result = run("add", "engraving", "--title", "刻字", "--example", "能刻字吗", "-l", str(target))
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.startswith("csreply: error: 新场景 engraving 还没有话术")
    assert not target.exists()
    made = run("add", "engraving", "--title", "刻字", "--example", "能刻字吗", "-l", str(target),
               "--text", "亲，可以刻字的～下单备注想刻的内容就好。")
    assert made.exit_code == 0, made.stderr
    assert "engraving" in target.read_text(encoding="utf-8")
