"""``csreply chat``: the session driven through its input stream, and the command."""

from __future__ import annotations

import io
import sys
from datetime import datetime

import pytest
from typer.testing import CliRunner

from csreply import chat as chat_module
from csreply.chat import ChatSession, Clipboard, find_clipboard
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


def test_a_clipboard_tool_gets_the_draft(builtin, tmp_path):
    target = tmp_path / "clip.txt"
    tool = Clipboard((sys.executable, "-c", f"import sys; open({str(target)!r}, 'wb').write(sys.stdin.buffer.read())"))
    out, _, s = session(builtin, "能便宜点吗\n1\n", clipboard=tool)
    assert target.read_text(encoding="utf-8") == s.last.drafts[0].text
    assert "copied draft 1 to the clipboard" in out


def test_a_failing_clipboard_tool_falls_back_to_printing(builtin):
    tool = Clipboard((sys.executable, "-c", "import sys; sys.stderr.write('no display\\n'); sys.exit(1)"))
    out, _, s = session(builtin, "包邮吗\n1\n", clipboard=tool)
    assert "could not copy (" in out and "no display" in out
    assert s.last.drafts[0].text in out


@pytest.mark.parametrize(
    "found, env, expected",
    [
        ({"pbcopy"}, {}, ("pbcopy",)),
        ({"wl-copy", "xclip"}, {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, ("wl-copy",)),
        ({"wl-copy", "xclip"}, {"DISPLAY": ":0"}, ("xclip", "-selection", "clipboard")),
        ({"xsel"}, {"DISPLAY": ":0"}, ("xsel", "--clipboard", "--input")),
        ({"xclip", "xsel"}, {}, None),  # no display: X11 tools cannot reach a clipboard
        ({"clip.exe"}, {}, ("clip.exe",)),
        (set(), {"DISPLAY": ":0"}, None),
    ],
)
def test_find_clipboard(found, env, expected):
    tool = find_clipboard(which=lambda name: name if name in found else None, env=env)
    assert (tool.command if tool else None) == expected
    if tool and tool.name == "clip.exe":
        assert tool.encoding == "utf-16"


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
