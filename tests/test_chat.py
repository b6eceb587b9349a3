"""``csreply chat``: the session driven through its input stream, and the command."""

from __future__ import annotations

import io
import sys
from datetime import datetime

import pytest
from typer.testing import CliRunner

from csreply.interface import chat as chat_module
from csreply.interface.chat import ChatSession, Clipboard, find_clipboard, stream_messages
from csreply.interface.cli import app
from csreply.library import Library


@pytest.fixture(scope="module")
def shop() -> Library:
    return Library.load(["examples/shop"], user=False, env=False)


def session(library: Library, lines: str, **kwargs) -> tuple[str, str, ChatSession]:
    out, err = io.StringIO(), io.StringIO()
    s = ChatSession(library, input=io.StringIO(lines), output=out, errors=err, **kwargs)
    assert s.run() == 0
    return out.getvalue(), err.getvalue(), s


def test_a_message_a_choice_without_clipboard_and_quit(builtin):
    out, err, s = session(builtin, "能便宜点吗\n2\n:quit\n能便宜点吗\n")
    assert out.startswith("议价 bargain")
    assert "[1] 话术" in out and "[3] 话术" in out
    second = s.last.drafts[1].text
    assert f"no clipboard on this system; draft 2:\n{second}\n" in out
    assert out.count("议价 bargain") == 1  # nothing is read after :quit
    assert err == ""


def test_errors_print_one_line_and_the_session_goes_on(shop):
    lines = ":product nope\n:now yesterday\n:top 0\n:frobnicate\n9\n今天能发货吗\n9\n:quit\n"
    out, err, _ = session(shop, lines, now=datetime(2026, 11, 23, 10, 0))
    errors = err.splitlines()
    assert errors[0].startswith("error: unknown product 'nope' (known: ") and "cream-50" in errors[0]
    assert errors[1:] == [
        "error: invalid time 'yesterday': use ISO 8601, e.g. 2026-11-23T15:00",
        "error: ':top' needs a number from 1 to 10",
        "error: unknown command ':frobnicate' (:help lists the commands)",
        "error: no drafts yet: paste a customer's message first",
        "error: no draft 9: choose 1–3",
    ]
    assert "发货时间 dispatch_time" in out


def test_product_now_and_top_apply_to_the_next_messages(shop):
    lines = ":product cream-50\n:now 2026-11-23T15:00\n:top 1\n这款适合干皮吗\n:product\n:now\n:help\n"
    out, err, s = session(shop, lines)
    assert err == ""
    assert "product: 积雪草修护面霜 50g (cream-50)" in out
    assert "clock: fixed at 2026-11-23 15:00" in out
    assert "drafts per message: 1" in out
    assert s.last is not None and s.last.product is not None and s.last.product.id == "cream-50"
    assert len(s.last.drafts) == 1 and "[2]" not in out
    assert "product: detected from each message" in out and "clock: the real time" in out
    assert ":product ID" in out  # :help
    assert s.product_id is None and s.now is None  # cleared; EOF ended the session


def test_now_fixes_the_deadlines(builtin):
    out, _, s = session(builtin, ":now 2026-11-23T15:00\n鞋子穿了两天就开胶了\n")
    assert "今天（11月23日 周一）16:00前" in out
    assert s.last.now.date().isoformat() == "2026-11-23"


def test_full_width_input_from_a_chinese_ime(builtin):
    out, err, _ = session(builtin, "包邮吗\n１\n：quit\n包邮吗\n")
    assert "no clipboard on this system; draft 1:" in out
    assert out.count("运费与包邮") == 1


def test_a_clipboard_gets_the_draft(builtin, tmp_path):
    target = tmp_path / "clip.txt"
    board = Clipboard("file", lambda text: target.write_text(text, encoding="utf-8"))
    out, _, s = session(builtin, "能便宜点吗\n1\n", clipboard=board)
    assert target.read_text(encoding="utf-8") == s.last.drafts[0].text
    assert "copied draft 1 to the clipboard (file)" in out


def test_a_failing_clipboard_falls_back_to_printing(builtin):
    import pyperclip

    def no_display(text: str) -> None:
        raise pyperclip.PyperclipException("no display")

    out, _, s = session(builtin, "包邮吗\n1\n", clipboard=Clipboard("xclip", no_display))
    assert "could not copy (xclip failed: no display)" in out
    assert s.last.drafts[0].text in out


LINUX = sys.platform.startswith("linux") and "microsoft" not in open("/proc/version").read().lower() \
    if sys.platform.startswith("linux") else False


@pytest.mark.skipif(not LINUX, reason="pyperclip looks for X11/Wayland tools on Linux only")
def test_find_clipboard_uses_the_tool_pyperclip_finds(builtin, tmp_path, monkeypatch):
    # a stand-in xclip on PATH: pyperclip picks it when there is a display, and copies through it
    target = tmp_path / "clip.txt"
    tool = tmp_path / "bin" / "xclip"
    tool.parent.mkdir()
    tool.write_text(f"#!{sys.executable}\nimport sys; open({str(target)!r}, 'wb').write(sys.stdin.buffer.read())\n",
                    encoding="utf-8")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tool.parent))
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    board = find_clipboard()
    assert board is not None and board.name == "xclip"
    out, _, s = session(builtin, "鞋子开胶了\n2\n", clipboard=board)
    assert target.read_text(encoding="utf-8") == s.last.drafts[1].text
    assert "copied draft 2 to the clipboard (xclip)" in out


@pytest.mark.skipif(not LINUX, reason="pyperclip looks for X11/Wayland tools on Linux only")
def test_no_display_means_no_clipboard_and_the_draft_is_printed(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert find_clipboard() is None


def test_the_command_wires_stdin_and_stdout(monkeypatch):
    monkeypatch.setattr(chat_module, "find_clipboard", lambda: None)
    result = CliRunner().invoke(app, ["chat", "--now", "2026-11-23T15:00"], input="能便宜点吗\n1\n:product x\n")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("议价 bargain")
    assert "no clipboard on this system; draft 1:" in result.stdout
    assert result.stderr.startswith("error: unknown product 'x'")


def test_the_command_rejects_an_unknown_product_at_start():
    result = CliRunner().invoke(app, ["chat", "--product", "nope"], input="")
    assert result.exit_code == 2
    assert result.stderr.startswith("csreply: error: unknown product 'nope'")


# --- messages of several lines, quitting, :show ---------------------------------------------------
def test_lines_up_to_a_blank_line_are_one_message(builtin):
    out, err, s = session(builtin, "鞋子穿了两天\n就开胶了怎么办\n\n包邮吗\n1\n")
    assert [x.message for x in s.history] == ["鞋子穿了两天\n就开胶了怎么办", "包邮吗"]
    assert out.count("质量问题 quality_issue") == 1 and "运费与包邮" in out
    assert "no clipboard on this system; draft 1:" in out and err == ""


def test_stream_messages_a_number_or_command_stands_alone():
    messages = stream_messages(io.StringIO("第一行\r\n第二行\n：top 2\n\n\n第三行\n２\n最后一行"))
    assert list(messages) == ["第一行\n第二行", "：top 2", "第三行", "２", "最后一行"]


@pytest.mark.parametrize("word", ["quit", "exit", "EXIT", " quit ", "：quit", ":exit"])
def test_bare_quit_and_exit_end_the_session(builtin, word):
    out, _, s = session(builtin, f"包邮吗\n{word}\n能便宜点吗\n")
    assert len(s.history) == 1 and "议价" not in out


def test_show_prints_the_settings(shop):
    lines = ":product cream-50\n:now 2026-11-23T15:00\n:top 2\n:script traditional\n這款適合乾皮嗎\n:show\n"
    out, err, s = session(shop, lines, clipboard=Clipboard("xclip", lambda text: None))
    assert err == ""
    shown = out[out.index("话术库 library files:"):]
    for source in shop.sources:
        assert f"\n    {source}\n" in shown
    assert "商品 product: 积雪草修护面霜 50g (cream-50)" in shown
    assert "字形 script: 繁體 traditional" in shown
    assert "时钟 now: 2026-11-23 15:00" in shown
    assert "草稿数 top: 2" in shown and "剪贴板 clipboard: xclip" in shown
    assert "已起草 1 条" in shown
    assert s.last.script == "traditional"


def test_ctrl_c_while_reading_a_pipe_ends_with_130(builtin):
    def interrupted():
        yield "包邮吗"
        raise KeyboardInterrupt

    s = ChatSession(builtin, input=io.StringIO(), output=io.StringIO())
    assert s.run(interrupted()) == 130 and len(s.history) == 1


# --- on a terminal (a pseudo-terminal) ------------------------------------------------------------
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"  # what a terminal sends around a paste


def spawn_chat(tmp_path):
    import os

    pexpect = pytest.importorskip("pexpect")  # a test dependency; without it only these tests skip
    env = dict(os.environ, TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1", NO_COLOR="1")
    child = pexpect.spawn(sys.executable, ["-m", "csreply", "chat", "--now", "2026-11-23T15:00", "--top", "1"],
                          env=env, encoding="utf-8", timeout=60, dimensions=(40, 200))
    child.logfile_read = (tmp_path / "screen.txt").open("w", encoding="utf-8")
    child.expect("个场景。")  # the banner, in Chinese
    child.expect("消息>")
    return child


def finish(child) -> int:
    import pexpect

    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def screen(tmp_path) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", (tmp_path / "screen.txt").read_text(encoding="utf-8"))


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminal")
def test_on_a_terminal_a_pasted_two_line_message_is_one_message_and_quit_ends(tmp_path):
    child = spawn_chat(tmp_path)
    child.send(f"{PASTE_START}鞋子穿了两天\r就开胶了怎么办{PASTE_END}")
    child.send("\r")
    child.expect("消息>")
    child.send("quit\r")
    assert finish(child) == 0
    shown = screen(tmp_path)
    assert shown.count("质量问题 quality_issue") == 1
    assert "鞋子穿了两天，就开胶了" in shown  # the draft quotes both lines as one problem
    assert "Traceback" not in shown


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminal")
def test_on_a_terminal_ctrl_c_clears_the_line_and_twice_ends_with_130(tmp_path):
    child = spawn_chat(tmp_path)
    child.send("能便宜点吗")
    child.send("\x03")  # Ctrl-C: the line is dropped, the session goes on
    child.expect("再按一次 Ctrl-C")
    child.expect("消息>")
    child.send("包邮吗\r")
    child.expect("运费与包邮")
    child.expect("消息>")
    child.send("\x03")
    child.expect("再按一次 Ctrl-C")
    child.send("\x03")  # a second Ctrl-C in a row ends the session
    assert finish(child) == 130
    shown = screen(tmp_path)
    assert "议价" not in shown and "Traceback" not in shown


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminal")
def test_on_a_terminal_up_recalls_tab_completes_and_ctrl_d_ends(tmp_path):
    import time

    child = spawn_chat(tmp_path)
    child.send("包邮吗\r")
    child.expect("运费与包邮")
    child.expect("消息>")
    child.send("\x1b[A")  # ↑: the message before, sent again
    time.sleep(0.3)
    child.send("\r")
    child.expect("运费与包邮")
    child.expect("消息>")
    child.send(":sh")
    time.sleep(1)  # let the completer run, as it does while a person types
    child.send("\t")
    time.sleep(0.3)
    child.send("\r")
    child.expect("话术库 library files:")
    child.expect("消息>")
    child.send("\x04")  # Ctrl-D on an empty line
    assert finish(child) == 0
    assert screen(tmp_path).count("运费与包邮 shipping_fee") == 2


def test_chat_reads_a_vague_turn_with_the_earlier_ones_until_new(builtin):
    out = io.StringIO()
    session = ChatSession(builtin, input=io.StringIO(), output=out, now=datetime(2026, 11, 23, 10, 0))
    session.run(iter(["耳机左边没声音了", "那怎么办", ":new", "那怎么办"]))
    first, follow, fresh = session.history
    assert first.scenario == "quality_issue"
    assert follow.scenario == "quality_issue" and follow.match.context == "chat"
    assert fresh.match.context is None and fresh.scenario != "quality_issue"
    assert "结合前面的对话判断" in out.getvalue() and "新顾客" in out.getvalue()


def test_chat_agent_command_and_show_context(builtin):
    out = io.StringIO()
    session = ChatSession(builtin, input=io.StringIO(), output=out, now=datetime(2026, 11, 23, 10, 0))
    session.run(iter([":agent 亲，您的冰箱今天下午就发出哦", ":show"]))
    assert session.conversation.agent.endswith("您的冰箱今天下午就发出哦")  # commands are read NFKC
    assert "连同前面的对话一起读" in out.getvalue()
