"""init writes a starter library lint accepts; add appends in place, keeps comments, never half-writes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import tomllib
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csreply.errors import LibraryError, OutputError, UsageError
from csreply.interface import terminal
from csreply.interface.cli import app
from csreply.library import Library, authoring, user_library_dir
from csreply.library.authoring import add_to_library, write_atomic
from csreply.library.lint import lint
from csreply.library.starter import init_library, starter_text
from csreply.writing.drafting import suggest

runner = CliRunner()
NOW = datetime.fromisoformat("2026-11-23T15:00+08:00")

HAND_WRITTEN = """\
# 山间小铺的话术库 —— 店主手写的说明，add 之后必须还在
[shop]
name = "山间小铺"   # 行尾注释也要保留

# 礼品包装：本店专属
[[scenarios]]
id = "gift_wrap"
title = "礼品包装"
stage = "pre_sale"
examples = [
  "能包装成礼物吗",  # 最常见的问法
  "有礼品袋吗"
]
keywords = { "礼品包装" = 5, "礼品袋" = 4 }

# 第一条话术
[[scenarios.scripts]]
template = "plain"
text = "亲，可以的呢～下单备注礼品包装就好，{time.dispatch}前包好发出哦。"

[[products]]
id = "walnut-500"
name = "临安纸皮核桃 500g"
"""


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def _lines_kept(old: str, new: str) -> bool:
    """Every line of ``old`` is still in ``new``, in order (only lines were added)."""
    it = iter(new.splitlines())
    return all(any(line == candidate for candidate in it) for line in old.splitlines())


# --- init ---------------------------------------------------------------------------------------
def test_starter_library_loads_passes_lint_and_answers(tmp_path):
    path = init_library(tmp_path, shop_name="山间小铺", agent="小禾")
    assert path == tmp_path / "shop.toml"
    library = Library.load([path], user=False, env=False)
    assert library.shop.name == "山间小铺" and library.shop.agent == "小禾"
    assert lint(library, only=[path]) == []  # no errors and no warnings
    assert [f for f in lint(library) if f.severity == "error"] == []
    s = suggest("能帮我包装成礼物吗", library, now=NOW)
    assert s.scenario == "gift_wrap" and "山间小铺" in s.drafts[0].text
    s = suggest("纸皮核桃是今年的新货吗", library, now=NOW)
    assert s.product is not None and s.product.id == "walnut-500"
    assert any(d.template == "fabe" for d in s.drafts)


def test_starter_text_explains_each_field_in_comments():
    text = starter_text("山间小铺", "小禾")
    data = tomllib.loads(text)
    comments = sum(1 for line in text.splitlines() if line.lstrip().startswith("#"))
    assert comments > 40
    assert set(data) == {"shop", "policy", "products", "scenarios"}
    assert {"feature", "advantage", "benefit", "evidence"} <= set(data["products"][0])
    for key in data["policy"]:
        line = next(i for i, l in enumerate(text.splitlines()) if l.startswith(f"{key} = "))
        assert text.splitlines()[line - 1].startswith("#"), key


def test_init_never_overwrites_without_force(tmp_path):
    init_library(tmp_path, shop_name="甲", agent="乙")
    with pytest.raises(UsageError, match="--force"):
        init_library(tmp_path, shop_name="丙", agent="丁")
    init_library(tmp_path, shop_name="丙", agent="丁", force=True)
    assert Library.load([tmp_path], user=False, env=False).shop.name == "丙"


def test_cli_init_default_folder_is_the_user_library(tmp_path):
    result = run("init", "--shop-name", "山间小铺", "--agent", "小禾")
    assert result.exit_code == 0, result.stderr
    path = user_library_dir() / "shop.toml"
    assert result.stdout.strip() == str(path) and path.is_file()
    again = run("init", "--shop-name", "别的店")
    assert again.exit_code == 2 and "--force" in again.stderr
    assert "山间小铺" in path.read_text(encoding="utf-8")
    assert run("lint").exit_code == 0
    drafts = run("suggest", "有没有礼品袋啊", "--format", "json", "--now", "2026-11-23T15:00")
    assert '"scenario": "gift_wrap"' in drafts.stdout and "山间小铺" in drafts.stdout


def test_cli_init_asks_on_a_terminal(monkeypatch, tmp_path):
    monkeypatch.setattr(terminal, "stdin_is_terminal", lambda: True)
    result = run("init", str(tmp_path), input="青禾小铺\n阿青\n")
    assert result.exit_code == 0, result.stderr
    shop = tomllib.loads((tmp_path / "shop.toml").read_text(encoding="utf-8"))["shop"]
    assert (shop["name"], shop["agent"]) == ("青禾小铺", "阿青")


def test_cli_init_in_a_script_uses_defaults_without_asking(tmp_path):
    result = run("init", str(tmp_path))
    assert result.exit_code == 0
    shop = tomllib.loads((tmp_path / "shop.toml").read_text(encoding="utf-8"))["shop"]
    assert shop["name"] == authoring.DEFAULT_SHOP_NAME


@pytest.mark.parametrize("name", ["", "  ", "{shop.name}", "很" * 41])
def test_init_rejects_bad_names(tmp_path, name):
    with pytest.raises(UsageError):
        init_library(tmp_path, shop_name=name, agent="小禾")


# --- add: in place ------------------------------------------------------------------------------
def test_add_keeps_hand_written_comments_and_layout(tmp_path):
    path = tmp_path / "shop.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    result = add_to_library(
        path, "gift_wrap", script={"template": "plain", "text": "亲，需要贺卡的话把内容发我哦～"},
        examples=["可以写贺卡吗", "能包装成礼物吗"],
    )
    new = path.read_text(encoding="utf-8")
    assert _lines_kept(HAND_WRITTEN.replace('"有礼品袋吗"', '"有礼品袋吗",'), new)
    assert "# 山间小铺的话术库 —— 店主手写的说明，add 之后必须还在" in new
    assert 'name = "山间小铺"   # 行尾注释也要保留' in new
    assert (result.script_rank, result.examples, result.skipped) == (1, ["可以写贺卡吗"], ["能包装成礼物吗"])
    data = tomllib.loads(new)
    scenario = data["scenarios"][0]
    assert scenario["examples"] == ["能包装成礼物吗", "有礼品袋吗", "可以写贺卡吗"]
    assert [s["text"][:6] for s in scenario["scripts"]] == ["亲，需要贺卡", "亲，可以的呢"]
    assert data["products"][0]["id"] == "walnut-500"  # the table after the scenario is untouched


def test_add_last_puts_the_script_after_the_others(tmp_path):
    path = tmp_path / "shop.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    result = add_to_library(path, "gift_wrap", script={"template": "plain", "text": "亲，好的呢～"}, first=False)
    assert result.script_rank == 2
    scripts = tomllib.loads(path.read_text(encoding="utf-8"))["scenarios"][0]["scripts"]
    assert scripts[-1]["text"] == "亲，好的呢～"


def test_add_keeps_crlf_and_bom(tmp_path):
    path = tmp_path / "shop.toml"
    path.write_bytes(b"\xef\xbb\xbf" + HAND_WRITTEN.replace("\n", "\r\n").encode("utf-8"))
    add_to_library(path, "gift_wrap", examples=["礼盒能单独买吗"])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\n") == raw.count(b"\r\n")
    assert "礼盒能单独买吗" in raw.decode("utf-8-sig")


# --- add: a scenario from another library -------------------------------------------------------
def test_add_to_a_builtin_scenario_copies_it_so_nothing_disappears(tmp_path, builtin):
    path = tmp_path / "shop.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    text = "亲，价格已经是活动价啦～我帮您申请一份小礼物好不好？"
    result = add_to_library(path, "bargain", script={"template": "plain", "text": text},
                            examples=["再便宜十块行吗"], library=builtin)
    assert result.new_block and result.copied_from and result.script_rank == 1
    assert _lines_kept(HAND_WRITTEN, path.read_text(encoding="utf-8"))
    library = Library.load([path], user=False, env=False)
    mine, original = library.scenarios["bargain"], builtin.scenarios["bargain"]
    assert mine.source == str(path)
    assert mine.scripts[0].text == text and mine.scripts[1:] == tuple(
        s.__class__(**{**s.__dict__, "source": str(path)}) for s in original.scripts
    )
    assert mine.keywords == original.keywords and mine.negative == original.negative
    assert mine.examples == original.examples + ("再便宜十块行吗",)
    assert suggest("能便宜点吗", library, now=NOW).drafts[0].text == text


def test_add_new_scenario_needs_a_title(tmp_path):
    path = tmp_path / "shop.toml"
    with pytest.raises(UsageError, match="--title"):
        add_to_library(path, "engrave", examples=["可以刻字吗"])
    assert not path.exists()
    result = add_to_library(path, "engrave", title="刻字定制", examples=["可以刻字吗", "杯子上能刻名字吗"],
                            script={"template": "plain", "text": "亲，可以刻字的呢～"})
    assert result.created_file and result.new_block and result.copied_from is None
    assert Library.load([path], user=False, env=False).scenarios["engrave"].title == "刻字定制"


def test_add_refuses_a_result_that_would_not_load(tmp_path):
    path = tmp_path / "shop.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    with pytest.raises(LibraryError, match=r"unknown placeholder \{shop.nmae\}") as err:
        add_to_library(path, "gift_wrap", script={"template": "plain", "text": "亲，{shop.nmae}在的"})
    assert err.value.file == str(path) and err.value.line
    assert path.read_text(encoding="utf-8") == HAND_WRITTEN
    assert [p for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == [path]  # the lock file stays


def _added(path: Path, original: str, scenario: str, **kwargs) -> str:
    """The text of ``path`` after ``add_to_library`` on a file that held ``original``."""
    path.write_text(original, encoding="utf-8")
    add_to_library(path, scenario, **kwargs)
    return path.read_text(encoding="utf-8")


def test_add_to_scripts_written_inline_adds_an_inline_table(tmp_path):
    path = tmp_path / "inline.toml"
    original = '[[scenarios]]\nid = "x"\ntitle = "X"\nstage = "pre_sale"\nexamples = ["a"]\nscripts = [{ template = "plain", text = "亲" }]\n'
    new = _added(path, original, "x", script={"template": "plain", "text": "亲，新的"})
    assert new.startswith(original.split("scripts")[0])
    assert [s["text"] for s in tomllib.loads(new)["scenarios"][0]["scripts"]] == ["亲，新的", "亲"]


def test_first_examples_of_a_block_go_after_its_last_key_not_under_the_scripts_comment(tmp_path):
    path = tmp_path / "shop.toml"
    original = (
        '[[scenarios]]\nid = "engrave"\ntitle = "刻字"\nstage = "pre_sale"\nkeywords = { "刻字" = 5 }  # 关键词\n\n'
        '# 话术：先说能刻\n[[scenarios.scripts]]\ntemplate = "plain"\ntext = "亲，可以刻字的～"\n'
    )
    assert _added(path, original, "engrave", examples=["能刻名字吗"]) == original.replace(
        "# 关键词\n", '# 关键词\nexamples = ["能刻名字吗"]\n')


def test_add_refuses_a_layout_it_cannot_edit_safely(tmp_path):
    # [[scenarios]] split around [[products]]: tomlkit would regroup the tables on writing
    path = tmp_path / "split.toml"
    original = (
        '[[scenarios]]\nid = "x"\ntitle = "X"\nexamples = ["a"]\n\n[[products]]\nid = "p"\nname = "P"\n\n'
        '[[scenarios]]\nid = "y"\ntitle = "Y"\nexamples = ["b"]\n'
    )
    with pytest.raises(LibraryError, match="by hand"):
        _added(path, original, "y", examples=["c"])
    assert path.read_text(encoding="utf-8") == original


# A library written by hand with every TOML shape a shop owner may use: inline tables, arrays of
# tables, multi-line and literal strings, comments inside arrays and after values.
EVERY_SHAPE = Path(__file__).parent / "fixtures" / "authoring" / "every_shape.toml"


@pytest.mark.parametrize("first", [True, False])
def test_add_keeps_every_toml_shape_and_its_comments(tmp_path, first):
    path = tmp_path / "shop.toml"
    original = EVERY_SHAPE.read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    options = {"template": "options", "opening": "亲，", "options": [
        {"text": "换货：{deadline}前发出", "deadline": "exchange"}, {"text": "退款：{deadline}前到账", "deadline": "refund"}]}
    add_to_library(path, "gift_wrap", script=options, examples=["可以写贺卡吗"], first=first)
    add_to_library(path, "engrave", script={"template": "plain", "text": "亲，可以刻字的～\n第二行"},
                   examples=["能刻名字吗"])
    new = path.read_text(encoding="utf-8")
    comments = [line for line in original.splitlines() if "#" in line]
    assert all(line in new for line in comments), new
    assert '    \'\'\'有礼品袋吗\'\'\',\n' in new and '"""\n亲，可以的呢～\n' in new  # quoting kept
    data = tomllib.loads(new)
    gift, engrave = data["scenarios"]
    assert gift["examples"] == ["能包装成礼物吗", "有礼品袋吗", "可以写贺卡吗"]
    assert gift["keywords"] == {"礼品包装": 5, "礼品袋": 4}
    assert [s["template"] for s in gift["scripts"]] == (["options", "plain", "options"] if first else ["plain", "options", "options"])
    assert (gift["scripts"][0] if first else gift["scripts"][-1])["options"][1]["deadline"] == "refund"
    assert engrave["examples"] == ["能刻名字吗"] and engrave["scripts"][0]["text"] == "亲，可以刻字的～\n第二行"
    lines = new.splitlines()
    assert "\n\n\n" not in new  # no runs of blank lines, and a blank line above every new table
    assert all(lines[i - 1] == "" or lines[i - 1].startswith("#") for i, line in enumerate(lines) if line.startswith("[["))
    Library.load([path], user=False, env=False)  # and it loads


# --- add: interrupted writes --------------------------------------------------------------------
def test_failed_rename_leaves_the_file_intact_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "shop.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(authoring.os, "replace", broken_replace)
    with pytest.raises(OutputError, match="No space left"):
        add_to_library(path, "gift_wrap", examples=["可以写贺卡吗"])
    assert path.read_text(encoding="utf-8") == HAND_WRITTEN
    assert [p for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == [path]  # the lock file stays


def test_file_changed_meanwhile_is_not_overwritten(tmp_path):
    path = tmp_path / "shop.toml"
    path.write_text("old", encoding="utf-8")

    def someone_else_writes(tmp: Path) -> None:
        path.write_text("theirs", encoding="utf-8")

    with pytest.raises(UsageError, match="changed"):
        write_atomic(path, b"mine", expect=b"old", check=someone_else_writes)
    assert path.read_text(encoding="utf-8") == "theirs"
    assert [p for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == [path]  # the lock file stays


KILLED_WRITER = r"""
import os, sys, time
from pathlib import Path
from csreply.library import authoring

marker = Path(sys.argv[2])
real_fsync = os.fsync

def slow_fsync(fd):
    marker.write_text("writing")  # the temporary file holds the new text; now hang
    time.sleep(60)

authoring.os.fsync = slow_fsync
authoring.add_to_library(Path(sys.argv[1]), "gift_wrap", examples=["可以写贺卡吗"] * 1 + ["礼盒能单独买吗"])
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_mid_write_leaves_the_file_intact(tmp_path):
    path = tmp_path / "shop.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    marker = tmp_path / "marker"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(path), str(marker)], env=os.environ.copy())
    try:
        deadline = time.monotonic() + 30
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the writer never reached the write"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert path.read_text(encoding="utf-8") == HAND_WRITTEN
    # the abandoned temporary file is not a *.toml file: the library still loads
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in ("shop.toml", "marker", ".shop.toml.lock")]
    assert all(name.startswith(".shop.toml.") and name.endswith(".tmp") for name in leftovers)
    assert Library.load([tmp_path], user=False, env=False).scenarios["gift_wrap"].examples[-1] == "有礼品袋吗"


# --- add: the command ---------------------------------------------------------------------------
def test_cli_add_to_builtin_scenario_shows_up_in_suggest():
    assert run("init", "--shop-name", "山间小铺", "--agent", "小禾").exit_code == 0
    text = "亲，价格已经是活动价啦～{shop.agent}帮您申请一份小礼物好不好？"
    result = run("add", "bargain", "--text", text, "--example", "再便宜十块行吗")
    assert result.exit_code == 0, result.stderr
    assert "议价 bargain" in result.stdout and "rank 1" in result.stdout
    assert "copied from the built-in library" in result.stdout
    drafts = run("suggest", "能便宜点吗", "--format", "text", "--now", "2026-11-23T15:00")
    assert "[1] 话术\n亲，价格已经是活动价啦～小禾帮您申请一份小礼物好不好？" in drafts.stdout
    assert "[2] 话术\n亲，理解您想买得实惠一些" in drafts.stdout  # the built-in scripts are still there
    assert run("lint").exit_code == 0


def test_cli_add_reports_lint_findings_about_the_new_script(tmp_path):
    path = tmp_path / "shop.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    result = run("add", "gift_wrap", "-l", str(path), "--text", "亲，您必须先付款哦")
    assert result.exit_code == 0
    assert "T003 gift_wrap#1" in result.stderr


def test_cli_add_text_from_stdin(tmp_path):
    path = tmp_path / "shop.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    result = run("add", "gift_wrap", "-l", str(path), "--text", "-", input="亲，{shop.name}在的～\n")
    assert result.exit_code == 0
    assert tomllib.loads(path.read_text(encoding="utf-8"))["scenarios"][0]["scripts"][0]["text"] == "亲，{shop.name}在的～"


def test_cli_add_errors(tmp_path):
    path = tmp_path / "shop.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    assert run("add", "gift_wrap", "-l", str(path)).exit_code == 2  # no text, no terminal
    assert run("add", "no_such", "-l", str(path), "--text", "亲").exit_code == 2
    bad = run("add", "gift_wrap", "-l", str(path), "--text", "亲，{0}")
    assert bad.exit_code == 3 and bad.stderr.startswith(f"csreply: error: {path}:")
    assert run("add", "gift_wrap", "-l", str(path), "--text", "亲", "--template", "options").exit_code == 2
    assert path.read_text(encoding="utf-8") == HAND_WRITTEN


def test_cli_add_opens_the_editor_on_a_terminal(tmp_path, monkeypatch):
    path = tmp_path / "shop.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    monkeypatch.setattr(terminal, "stdin_is_terminal", lambda: True)
    seen = {}

    def fake_edit(text, extension):
        seen["skeleton"], seen["extension"] = text, extension
        return text + "亲，贺卡内容发我就好～\n第二段也保留。\n"

    from csreply.interface.commands import add as add_command

    monkeypatch.setattr(add_command, "edit_text", fake_edit)
    assert run("add", "gift_wrap", "-l", str(path)).exit_code == 0
    assert "礼品包装 gift_wrap" in seen["skeleton"] and seen["extension"] == ".txt"
    script = tomllib.loads(path.read_text(encoding="utf-8"))["scenarios"][0]["scripts"][0]
    assert script == {"template": "plain", "text": "亲，贺卡内容发我就好～\n第二段也保留。"}

    monkeypatch.setattr(add_command, "edit_text", lambda text, extension: text)  # keep the skeleton
    assert run("add", "gift_wrap", "-l", str(path), "--template", "options").exit_code == 0
    script = tomllib.loads(path.read_text(encoding="utf-8"))["scenarios"][0]["scripts"][0]
    assert script["template"] == "options" and len(script["options"]) == 2

    monkeypatch.setattr(add_command, "edit_text", lambda text, extension: None)  # closed without saving
    before = path.read_text(encoding="utf-8")
    assert run("add", "gift_wrap", "-l", str(path)).exit_code == 2
    assert path.read_text(encoding="utf-8") == before


@pytest.mark.skipif(sys.platform == "win32", reason="a shell-script editor")
def test_edit_text_runs_the_editor_from_the_environment(tmp_path, monkeypatch):
    from csreply.interface.commands.add import edit_text

    script = tmp_path / "fake-editor"
    script.write_text('#!/bin/sh\nprintf "亲，新写的～" >> "$1"\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("VISUAL", str(script))
    assert edit_text("# 注释\n", ".txt") == "# 注释\n亲，新写的～"
    monkeypatch.setenv("VISUAL", "true")  # exits without saving
    assert edit_text("# 注释\n", ".txt") is None
    monkeypatch.setenv("VISUAL", "false")
    with pytest.raises(UsageError, match="status 1"):
        edit_text("x", ".txt")


def test_two_processes_adding_at_once_both_land(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "shop.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from csreply.library.authoring import add_to_library;"
        "add_to_library(Path(sys.argv[1]), 'gift_wrap', examples=[sys.argv[2]])"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(path), text], stderr=subprocess.PIPE)
        for text in ("能写贺卡吗", "可以包成礼物吗")
    ]
    errors = [p.communicate(timeout=120)[1].decode() for p in procs]
    landed = path.read_text(encoding="utf-8")
    for proc, err, text in zip(procs, errors, ("能写贺卡吗", "可以包成礼物吗")):
        assert (proc.returncode == 0 and text in landed) or "library is busy" in err, err
    assert HAND_WRITTEN.splitlines()[0] in landed  # the hand-written comment is kept


def test_a_held_lock_makes_the_second_writer_busy(tmp_path):
    from csreply.library.authoring import library_lock

    path = tmp_path / "shop.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    with library_lock(path):
        import subprocess
        import sys

        code = (
            "import sys; from pathlib import Path; from csreply.library.authoring import library_lock\n"
            "with library_lock(Path(sys.argv[1]), wait=0.2): pass"
        )
        proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "library is busy" in proc.stderr
