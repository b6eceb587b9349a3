"""``csreply chat``: the session driven through its input stream, and the command."""

from __future__ import annotations

import io
import sys
from datetime import datetime

import pytest
from typer.testing import CliRunner

from csreply import chat as chat_module
from csreply.chat import ChatSession, Clipboard, find_clipboard, stream_messages
from csreply.cli import app
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
