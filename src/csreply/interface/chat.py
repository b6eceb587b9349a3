"""An interactive drafting session for an agent at work (``csreply chat``).

The agent pastes a customer's message and sees numbered drafts; typing a number copies that draft
to the clipboard; ``:product``, ``:now`` and ``:top`` change the settings for the next messages.
The library is loaded and the matcher warmed up once, so every answer after the first is
instant.

:class:`ChatSession` holds the settings and the drafts so far and acts on one message at a time
(:meth:`ChatSession.handle`); where the messages come from is apart from it:

- on a terminal, :func:`terminal_messages` reads with prompt_toolkit: a pasted multi-line message
  is one message (bracketed paste), Esc Enter starts a new line, ↑ recalls earlier input, Tab
  completes ``:commands``, Ctrl-C clears the line and a second Ctrl-C in a row ends the session;
- otherwise :func:`stream_messages` reads lines: the lines up to a blank line are one message,
  and a line that is a number or a command stands on its own.

Tests drive the session with ``io.StringIO``; the CLI wires stdin, stdout and stderr.

>>> import io
>>> from csreply.library import Library
>>> out = io.StringIO()
>>> ChatSession(Library.load(user=False, env=False), input=io.StringIO("能便宜点吗\\n:quit\\n"),
...             output=out).run()
0
>>> out.getvalue().splitlines()[0]
'议价 bargain  置信度 0.99'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TextIO

from ..errors import CsreplyError, ExitCode, UsageError
from ..library.loading import Library
from ..understanding.context import Conversation
from ..understanding.matcher import Matcher
from ..writing.drafting import DEFAULT_TOP, Suggestion, suggest

MAX_TOP = 10

BANNER = (
    "csreply chat · 已加载 {count} 个场景。粘贴顾客的消息（多行也行）按回车起草；输入编号复制草稿；"
    ":help 查看命令；quit 或 Ctrl-D 结束。"
)
PROMPT = "消息> "
CLEARED = "（已清空这一行；再按一次 Ctrl-C 结束会话）"

HELP = """\
粘贴顾客的消息，按回车起草回复（多行消息整段粘贴即是一条；Esc 再回车手动换行）。命令：
  1, 2, 3…          把这条草稿复制到剪贴板
  :product ID       消息说的是目录里的这个商品（只输入 :product：每条消息自己识别）
  :now DATETIME     固定时钟，例如 :now 2026-11-23T15:00（只输入 :now：用真实时间）
  :top N            每条消息显示几条草稿（1–10）
  :script 字形      auto 跟随消息、simplified 简体、traditional 繁体
  :new              换一位顾客：前面的对话不再影响识别
  :agent TEXT       记下客服刚说的话（下一条消息连同它一起读）
  :show             当前设置：话术库文件、商品、字形、时钟、草稿数、剪贴板、上下文
  :help             这份说明
  quit, :quit       结束会话（Ctrl-D 也可以；连按两次 Ctrl-C 也结束，退出码 130）
  Ctrl-C            清空正在输入的这一行
不在终端上时（管道、文件）：空行结束一条消息；编号和命令单独占一行。"""

# What Tab completes on a terminal.
COMMANDS = (":product", ":now", ":top", ":script", ":new", ":agent", ":show", ":help", ":quit")
QUIT_WORDS = ("quit", "exit")  # bare words that end the session, like :quit


@dataclass(frozen=True)
class Clipboard:
    """The system clipboard: ``copy_text`` puts text on it; ``name`` is the mechanism's name."""

    name: str
    copy_text: Callable[[str], None]

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard; :class:`CsreplyError` when that fails."""
        try:
            self.copy_text(text)
        except Exception as exc:  # pyperclip raises its own errors, OSError or anything a tool does
            raise CsreplyError(f"{self.name} failed: {exc}") from None


def find_clipboard() -> Clipboard | None:
    """The system's clipboard as pyperclip finds it, or None when it finds none.

    pyperclip knows macOS (pbcopy, PyObjC), Windows (the Win32 API), WSL (clip.exe), Wayland
    (wl-copy), X11 (xclip, xsel, Klipper, Qt, GTK) and Cygwin.
    """
    import pyperclip

    copy_text, _paste = pyperclip.determine_clipboard()
    if not copy_text:  # pyperclip's stand-in when there is no clipboard is falsy
        return None
    name = getattr(copy_text, "__name__", "clipboard").removeprefix("copy_")
    return Clipboard(name, copy_text)


def parse_datetime(value: str) -> datetime:
    """ISO 8601 date and time (``2026-11-23T15:00``, ``2026-11-23 15:00+08:00``)."""
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"invalid time '{value}': use ISO 8601, e.g. 2026-11-23T15:00") from None


class ChatSession:
    """One agent's session: the settings, the drafts so far, and what each message does.

    ``input`` is read when :meth:`run` is given no messages: with prompt_toolkit when
    ``interactive`` (a terminal), else line by line (:func:`stream_messages`). ``errors``
    (default: ``output``) gets one line per error; the session goes on after it. ``clipboard``
    is where numbers copy drafts to (None: the draft is printed plainly).
    """

    def __init__(
        self,
        library: Library,
        *,
        input: TextIO,
        output: TextIO,
        errors: TextIO | None = None,
        matcher: Matcher | None = None,
        top: int = DEFAULT_TOP,
        product_id: str | None = None,
        now: datetime | None = None,
        script: str = "auto",
        clipboard: Clipboard | None = None,
        interactive: bool = False,
        context: bool = True,
    ) -> None:
        self.library = library
        self.matcher = matcher or Matcher(library)
        self.input, self.output = input, output
        self.errors = errors or output
        self.top = top
        self.product_id: str | None = None
        if product_id is not None:
            self.set_product(product_id)
        self.now = now
        self.script = _check_script(script)
        self.clipboard = clipboard
        self.interactive = interactive
        self.history: list[Suggestion] = []  # every message's suggestion, oldest first
        # one customer's chat: a vague turn ("那怎么办") is read with the earlier ones (:new resets)
        self.conversation = Conversation(self.matcher) if context else None

    @property
    def last(self) -> Suggestion | None:
        """The suggestion numbers copy from: the latest message's."""
        return self.history[-1] if self.history else None

    # --- settings ------------------------------------------------------------------------------
    def set_product(self, product_id: str | None) -> None:
        """Draft for this catalogue item (None: find it in each message)."""
        if product_id is not None and product_id not in self.library.products:
            known = ", ".join(sorted(self.library.products)) or "none in the loaded libraries"
            raise UsageError(f"unknown product '{product_id}' (known: {known})")
        self.product_id = product_id

    def settings(self) -> str:
        """What ``:show`` prints: library files, product, characters, clock, drafts, clipboard
        and context, one per line (the library files one per line below their label)."""
        product = self.library.products.get(self.product_id) if self.product_id else None
        rows = [
            ("商品 product", f"{product.name} ({product.id})" if product else "每条消息自己识别 detected from each message"),
            ("字形 script", _SCRIPTS[self.script]),
            ("时钟 now", self.now.isoformat(" ", "minutes") if self.now else "真实时间 the real time"),
            ("草稿数 top", str(self.top)),
            ("剪贴板 clipboard", self.clipboard.name if self.clipboard else "无 none: drafts are printed"),
            ("上下文 context", self._context_state()),
        ]
        files = [f"    {source}" for source in self.library.sources]
        return "\n".join(["话术库 library files:", *files] + [f"{label}: {value}" for label, value in rows])

    def _context_state(self) -> str:
        if self.conversation is None:
            return f"每条消息单独起草 each message on its own（已起草 {len(self.history)} 条）"
        return f"同一位顾客，连同前面的对话一起读 read with the chat so far（已起草 {len(self.history)} 条；:new 换顾客）"

    # --- the loop ------------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Load jieba's dictionary, OpenCC and the calendar now, so the first answer is instant."""
        suggest("你好，能便宜点吗", self.library, matcher=self.matcher, top=1)

    def run(self, messages: Iterator[str] | None = None) -> int:
        """Answer message after message until quit, the end of input or Ctrl-C.

        Returns 0, or 130 (:attr:`ExitCode.INTERRUPTED`) when Ctrl-C ended the session.
        """
        self.warm_up()
        if self.interactive:
            self._say(BANNER.format(count=len(self.library.scenarios)))
        if messages is None:
            messages = terminal_messages(self._say) if self.interactive else stream_messages(self.input)
        try:
            for message in messages:
                if not self.handle(message):
                    break
        except KeyboardInterrupt:
            self._say("")
            return int(ExitCode.INTERRUPTED)
        return 0

    def handle(self, message: str) -> bool:
        """Act on one message or command; False when the session should end."""
        text = message.strip()
        if not text:
            return True
        command = unicodedata.normalize("NFKC", text)  # full-width ：１ typed with a Chinese IME
        try:
            if command.lower() in QUIT_WORDS:
                return False
            if command.startswith(":"):
                return self._command(command[1:].strip())
            if command.isdigit():
                self._copy(int(command))
            else:
                self._draft(text)
        except CsreplyError as exc:
            print(f"error: {exc}", file=self.errors, flush=True)
        return True

    def _say(self, text: str) -> None:
        print(text, file=self.output, flush=True)

    def _draft(self, message: str) -> None:
        from .output import suggestion_text

        match = self.conversation.rank(message) if self.conversation is not None else None
        self.history.append(suggest(message, self.library, matcher=self.matcher, top=self.top,
                                    product_id=self.product_id, now=self.now, script=self.script, match=match))
        self._say(suggestion_text(self.history[-1], self.library) + "\n")

    def _copy(self, number: int) -> None:
        if self.last is None:
            raise UsageError("no drafts yet: paste a customer's message first")
        drafts = self.last.drafts
        if not 1 <= number <= len(drafts):
            raise UsageError(f"no draft {number}: choose 1–{len(drafts)}" if drafts else "no drafts to copy")
        text = drafts[number - 1].text
        if self.clipboard is None:
            self._say(f"no clipboard on this system; draft {number}:\n{text}\n")
            return
        try:
            self.clipboard.copy(text)
        except CsreplyError as exc:
            self._say(f"could not copy ({exc}); draft {number}:\n{text}\n")
            return
        self._say(f"copied draft {number} to the clipboard ({self.clipboard.name})")

    def _command(self, command: str) -> bool:
        name, _, arg = command.partition(" ")
        name, arg = name.lower(), arg.strip()
        if name in ("q", "quit", "exit"):
            return False
        if name in ("h", "help", "?"):
            self._say(HELP)
        elif name == "show":
            self._say(self.settings())
        elif name == "new":
            if self.conversation is not None:
                self.conversation.reset()
            self._say("新顾客：前面的对话不再影响识别 (a new customer)")
        elif name == "agent":
            if not arg:
                raise UsageError("':agent' 后面写客服说的话 (':agent' needs the agent's words)")
            if self.conversation is not None:
                self.conversation.agent_said(arg)
            self._say("已记下客服的话 (noted)")
        elif name == "product":
            self.set_product(arg or None)
            product = self.library.products.get(arg) if arg else None
            self._say(f"product: {product.name} ({product.id})" if product else "product: detected from each message")
        elif name == "now":
            self.now = parse_datetime(arg) if arg else None
            self._say(f"clock: fixed at {self.now.isoformat(' ', 'minutes')}" if self.now else "clock: the real time")
        elif name == "script":
            self.script = _check_script(arg or "auto")
            self._say(f"script: {_SCRIPTS[self.script]}")
        elif name == "top":
            if not arg.isdigit() or not 1 <= int(arg) <= MAX_TOP:
                raise UsageError(f"':top' needs a number from 1 to {MAX_TOP}")
            self.top = int(arg)
            self._say(f"drafts per message: {self.top}")
        else:
            raise UsageError(f"unknown command ':{name}' (:help lists the commands)")
        return True


_SCRIPTS = {
    "auto": "跟随消息 auto (follows the message)",
    "simplified": "简体 simplified",
    "traditional": "繁體 traditional",
}


def _check_script(script: str) -> str:
    if script not in _SCRIPTS:
        raise UsageError(f"':script' is auto, simplified or traditional, not '{script}'")
    return script


# --- where messages come from -------------------------------------------------------------------
def stands_alone(line: str) -> bool:
    """A line that is never part of a customer's message: blank, a number or a command.

    >>> [stands_alone(x) for x in ("", "2", "：quit", "exit", "能便宜点吗")]
    [True, True, True, True, False]
    """
    text = unicodedata.normalize("NFKC", line).strip()
    return not text or text.isdigit() or text.startswith(":") or text.lower() in QUIT_WORDS


def stream_messages(stream: TextIO) -> Iterator[str]:
    """Messages from a stream that is not a terminal (a pipe, a file).

    The lines up to a blank line are one message, so a message of several lines stays whole; a
    number or a command on its own line also ends the message before it, and is one by itself.

    >>> import io
    >>> list(stream_messages(io.StringIO("第一行\\n第二行\\n\\n包邮吗\\n1\\n:quit\\n")))
    ['第一行\\n第二行', '包邮吗', '1', ':quit']
    """
    lines: list[str] = []
    for raw in iter(stream.readline, ""):  # readline: answer each message as soon as it ends
        line = raw.rstrip("\r\n")
        if not stands_alone(line):
            lines.append(line)
            continue
        if lines:
            yield "\n".join(lines)
            lines = []
        if line.strip():
            yield line
    if lines:
        yield "\n".join(lines)


def terminal_messages(say: Callable[[str], None]) -> Iterator[str]:
    """Messages typed or pasted on a terminal, read with prompt_toolkit.

    Enter sends; a paste is inserted whole (bracketed paste), new lines included; Esc Enter (or
    Alt-Enter) starts a new line by hand; ↑/↓ recall earlier input of this session (kept in memory
    only: customers' messages are not written to disk); Tab completes ``:commands``. Ctrl-C
    clears the line (``say`` explains); a second Ctrl-C in a row raises KeyboardInterrupt. Ctrl-D
    ends the messages.
    """
    from prompt_toolkit import PromptSession
    from prompt_toolkit.completion import WordCompleter

    prompt = PromptSession(
        PROMPT, multiline=True, key_bindings=_terminal_keys(), prompt_continuation="    … ",
        completer=WordCompleter(list(COMMANDS), sentence=True),
    )
    interrupted = False
    while True:
        try:
            text = prompt.prompt()
        except KeyboardInterrupt:
            if interrupted:
                raise
            interrupted = True
            say(CLEARED)
            continue
        except EOFError:
            say("")
            return
        interrupted = False
        yield text


def _terminal_keys():
    """Enter sends the message (a completion chosen with Tab is already in it); Esc Enter adds
    a line, as in IPython."""
    from prompt_toolkit.key_binding import KeyBindings

    keys = KeyBindings()

    @keys.add("enter")
    def _send(event) -> None:
        event.current_buffer.validate_and_handle()

    @keys.add("escape", "enter")
    def _new_line(event) -> None:
        event.current_buffer.insert_text("\n")

    return keys
