"""The command line through Typer's runner, plus one real subprocess run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csreply.interface import terminal
from csreply.interface.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


FIXED = ("--now", "2026-11-23T10:00")  # a date the installed holiday data covers: no warning


def test_suggest_json_when_piped():
    result = run("suggest", "能便宜点吗", *FIXED)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["scenario"] == "bargain"
    assert data["candidates"][0]["title"] == "议价"
    assert 2 <= len(data["drafts"]) <= 3
    assert all("亲" in d["text"] or "您" in d["text"] for d in data["drafts"])
    assert result.stderr == ""


def test_suggest_options_draft_with_fixed_clock():
    result = run("suggest", "鞋子穿了两天就开胶了", "--now", "2026-11-23T15:00", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["scenario"] == "quality_issue"
    options = next(d for d in data["drafts"] if d["template"] == "options")
    assert 2 <= len(options["options"]) <= 3
    assert all(o["deadline"].startswith("2026-11-") for o in options["options"])
    first_line = options["text"].splitlines()[0]
    assert any(word in first_line for word in ("抱歉", "不好意思", "理解"))
    assert "开胶" in options["text"]


def test_suggest_text_format():
    result = run("suggest", "今天能发货吗", "--format", "text", "--now", "2026-11-23T10:00")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("发货时间 dispatch_time")
    assert "[1]" in result.stdout


def test_suggest_table_view_on_a_terminal(monkeypatch):
    monkeypatch.setattr(terminal, "stdout_is_terminal", lambda: True)
    result = run("suggest", "能便宜点吗")
    assert result.exit_code == 0
    assert "议价" in result.stdout and "bargain" in result.stdout
    assert "[1]" in result.stdout
    assert not result.stdout.lstrip().startswith("{")


def test_suggest_no_confident_match_exit_1_with_clarifying_draft():
    result = run("suggest", "嗯嗯")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["scenario"] is None
    assert data["drafts"] and data["drafts"][0]["scenario"] is None


def test_suggest_reads_stdin_with_dash():
    result = run("suggest", "-", input="包邮吗\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["scenario"] == "shipping_fee"


def test_suggest_top():
    result = run("suggest", "能便宜点吗", "--top", "1")
    assert len(json.loads(result.stdout)["drafts"]) == 1


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["suggest", "x", "--now", "tomorrow"], "invalid --now 'tomorrow'"),
        (["suggest", "x", "--top", "0"], "--top"),
        (["suggest", "x", "--bogus"], "No such option: --bogus"),
        (["suggest", "   "], "the message is empty"),
        (["suggest", "x", "--product", "nope"], "unknown product 'nope'"),
    ],
)
def test_usage_errors_are_one_line_exit_2(args, fragment):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("csreply: error: ")
    assert fragment in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_invalid_library_exit_3_with_location(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[shop]\nname = "x"\nagnet = "y"\n', encoding="utf-8")
    result = run("suggest", "能便宜点吗", "--library", str(bad))
    assert result.exit_code == 3
    assert result.stderr == f"csreply: error: {bad}:3: shop.agnet: unknown key 'agnet' (did you mean 'agent'?)（话术库有错）\n"


def test_library_option_and_env(tmp_path, monkeypatch):
    shop = tmp_path / "shop.toml"
    shop.write_text('[shop]\nname = "山间小铺"\n', encoding="utf-8")
    result = run("scenarios", "--format", "json", "--library", str(shop))
    assert result.exit_code == 0
    monkeypatch.setenv("CSREPLY_LIBRARY", str(shop))
    result = run("suggest", "在吗", "--format", "json")
    assert "山间小铺" in result.stdout or json.loads(result.stdout)["scenario"] == "greeting"


def test_scenarios_json_lists_every_scenario():
    result = run("scenarios", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data) == 29
    first = data[0]
    assert set(first) >= {"id", "title", "stage", "keywords", "examples", "source"}


def test_scenarios_table_and_text(monkeypatch):
    assert "bargain\t议价\t售前" in run("scenarios", "--format", "text").stdout
    monkeypatch.setattr(terminal, "stdout_is_terminal", lambda: True)
    assert "议价" in run("scenarios").stdout


def test_every_command_has_help_with_an_example():
    for command in ("suggest", "scenarios"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Examples" in result.stdout and "csreply " + command in result.stdout


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("csreply ")


def test_subprocess_python_m_csreply():
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "csreply", "suggest", "能便宜点吗", "--format", "json", *FIXED],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["scenario"] == "bargain"
    assert proc.stderr == ""


def test_warning_when_holiday_data_ends_before_the_deadlines():
    late = run("suggest", "鞋子开胶了", "--now", "2099-12-20T10:00", "--format", "json")
    assert late.exit_code == 0
    assert "no public-holiday data for 2099" in late.stderr
    early = run("suggest", "鞋子开胶了", "--now", "2026-11-20T10:00", "--format", "json")
    assert early.stderr == ""
