"""The interface agents and scripts meet: help texts, metavars, short options, usage errors,
``help``, ``completion`` and ``paths``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from csreply.interface.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
COMMANDS = sorted(typer.main.get_command(app).commands)


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env=env)


def test_the_command_list_is_complete():
    assert {"suggest", "batch", "report", "eval", "explain", "lint", "scenarios", "add", "init",
            "chat", "help", "paths", "completion"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples_and_only_plain_metavars(command):
    result = run(command, "--help", env={"COLUMNS": "80"})
    assert result.exit_code == 0
    text = result.stdout
    assert "Examples:" in text and f"csreply {command}" in text.split("Examples:")[1]
    # one vocabulary: N, X, TEXT, PATH, DATETIME, [a|b]; none of Typer's <int range>, <str>, <path>
    assert not re.search(r"<[a-z ]+>", text), text


@pytest.mark.parametrize("command", COMMANDS)
def test_help_never_breaks_an_example_line(command):
    """Every example is one whole line, however narrow the terminal."""
    text = run(command, "--help", env={"COLUMNS": "60"}).stdout
    examples = text.split("Examples:")[1].split("\n\n")[1]
    for line in examples.splitlines():
        assert line.strip().startswith(("csreply", "cat ", "echo ", "eval ")), line


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_chinese_help_fits_the_terminal(command):
    """Wrapping counts a Chinese character as two columns; only example lines may run longer."""
    from csreply.interface.cli_help import columns

    args = ["--help"] if command is None else [command, "--help"]
    text = run(*args, env={"COLUMNS": "80"}).stdout
    examples = text.split("Examples:")[1].split("\n\n")[1].splitlines() if "Examples:" in text else []
    too_wide = [line for line in text.splitlines() if columns(line) > 80 and line not in examples]
    assert too_wide == []


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "chat"])
def test_help_speaks_chinese_first(command):
    """The first line of every command's help (and its list entry) is Chinese, English beside."""
    doc = typer.main.get_command(app).commands[command].help.strip().splitlines()[0]
    assert re.match(r"[\u4e00-\u9fff]", doc), doc
    assert re.search(r"\([a-z][a-z ,']+\)\.?$", doc), doc


def test_the_command_list_is_not_cut():
    text = run("--help", env={"COLUMNS": "80"}).stdout
    assert "..." not in text.split("Commands:")[1]
    assert "退出码 exit codes" in text


def test_one_meaning_per_short_option_letter():
    meanings: dict[str, set[str]] = {}
    for name, command in typer.main.get_command(app).commands.items():
        for param in command.params:
            longs = [o for o in getattr(param, "opts", []) if o.startswith("--")]
            for short in (o for o in getattr(param, "opts", []) if re.fullmatch(r"-[a-zA-Z]", o)):
                meanings.setdefault(short, set()).update(longs)
    clashes = {short: longs for short, longs in meanings.items() if len(longs) > 1}
    assert clashes == {}
    assert meanings["-e"] == {"--example"}


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["suggest", "x", "--top", "abc"],
         "--top 的值不对：应为 1 到 10 之间的整数，收到 'abc' (--top: expected a whole number from 1 to 10, got 'abc')"),
        (["batch", "--jobs", "0"], "--jobs 的值不对：应为 1 到 64 之间的整数，收到 '0'"),
        (["report", "-", "--clusters", "-1"], "--clusters 的值不对：应为不小于 0 的整数，收到 '-1'"),
        (["eval", "x", "--min-top1", "2"], "--min-top1 的值不对：应为 0 到 1 之间的数"),
        (["suggest", "x", "--format", "xml"], "--format 的值不对：应为以下之一：auto、table、text、json，收到 'xml'"),
        (["suggest", "x", "--bogus"], "没有这个选项 --bogus (No such option: --bogus)"),
        (["eval"], "缺少 FILE (missing FILE)"),
        (["completion"], "缺少 SHELL，应为以下之一：bash、zsh、fish (missing SHELL: expected one of bash, zsh, fish)"),
        (["nope"], "没有这个命令"),
    ],
)
def test_bad_values_get_one_clean_line(args, expected):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("csreply: error: ") and expected in result.stderr
    assert result.stderr.count("\n") == 1
    for noise in ("int range", "(min None)", "Traceback", "Usage:"):
        assert noise not in result.stderr


def test_eval_names_only_the_target_it_missed():
    result = run("eval", "examples/labelled.tsv", "--min-top1", "0.99", "--format", "json")
    assert result.exit_code == 1
    assert "top-1" in result.stderr and "None" not in result.stderr and "none rate" not in result.stderr


def test_summaries_count_in_proper_english():
    result = runner.invoke(app, ["batch", "-", "--now", "2026-11-23T10:00"], input="能便宜点吗\n")
    assert "csreply: 1 message, 1 matched, 0 unmatched, 0 errors (text, utf-8)" in result.stderr
    result = runner.invoke(app, ["batch", "-", "--input-format", "jsonl"], input='{"text": "在吗"}\n{bad\n')
    assert "csreply: 1 message, 1 matched, 0 unmatched, 1 error (jsonl, utf-8)" in result.stderr


@pytest.mark.parametrize("command", ["batch", "lint", "suggest"])
def test_help_command_is_the_commands_own_help(command):
    assert run("help", command).stdout == run(command, "--help").stdout


def test_help_without_a_command_lists_them_and_an_unknown_one_is_a_usage_error():
    assert "命令 Commands:" in run("help").stdout
    result = run("help", "bacth")
    assert result.exit_code == 2 and result.stderr.startswith("csreply: error: 没有这个命令：bacth")


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_prints_a_script_for_the_shell(shell):
    result = run("completion", shell)
    assert result.exit_code == 0
    assert "_CSREPLY_COMPLETE" in result.stdout and "csreply" in result.stdout


def test_completion_answers_a_tab_press():
    """What the bash script asks csreply when Tab is pressed after 'csreply ba'."""
    env = {**os.environ, "_CSREPLY_COMPLETE": "complete_bash", "COMP_WORDS": "csreply batch --fo", "COMP_CWORD": "2"}
    proc = subprocess.run([sys.executable, "-m", "csreply"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert proc.returncode == 0 and proc.stdout.split() == ["--format"]


def test_paths_lists_every_layer_in_loading_order(tmp_path, monkeypatch):
    shop = tmp_path / "shop.toml"
    shop.write_text('[shop]\nname = "山间小铺"\n', encoding="utf-8")
    monkeypatch.setenv("CSREPLY_LIBRARY", str(tmp_path))
    monkeypatch.setenv("CSREPLY_CACHE_DIR", str(tmp_path / "cache"))
    result = run("paths", "--format", "json", "-l", "examples/shop", "-l", "no-such-dir")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    origins = [layer["origin"] for layer in data["libraries"]]
    assert origins == ["builtin", "user", "CSREPLY_LIBRARY", "--library", "--library"]
    builtin, _, env, shop_layer, missing = data["libraries"]
    assert any(f.endswith("aftersale.toml") for f in builtin["files"])
    assert env["files"] == [str(shop)]
    assert shop_layer["files"] == ["examples/shop/shop.toml"]
    assert missing == {"origin": "--library", "path": "no-such-dir", "exists": False, "files": []}
    assert data["cache"] == {"path": str(tmp_path / "cache"), "exists": False, "variable": "CSREPLY_CACHE_DIR"}


def test_paths_text_and_a_disabled_cache(monkeypatch):
    monkeypatch.setenv("CSREPLY_CACHE_DIR", "")
    text = run("paths", "--format", "text").stdout
    assert text.startswith("内置 built-in") and "aftersale.toml" in text
    assert "不用缓存 disabled" in text
