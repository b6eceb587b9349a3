"""An interactive drafting session for an agent at work (``csreply chat``).

The agent pastes a customer's message and sees numbered drafts; typing a number copies that draft
to the clipboard; ``:product``, ``:now`` and ``:top`` change the settings for the next messages.
The library is loaded and the matcher warmed up once, so every answer after the first is
instant. :class:`ChatSession` reads from and writes to the streams it is given, so tests drive
it with ``io.StringIO``; the CLI wires stdin, stdout and stderr.

>>> import io
>>> from csreply.library import Library
>>> out = io.StringIO()
>>> ChatSession(Library.load(user=False, env=False), input=io.StringIO("能便宜点吗\\n:quit\\n"),
...             output=out).run()
0
>>> out.getvalue().splitlines()[0]
'议价 bargain  置信度 0.92'
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TextIO

from .drafting import DEFAULT_TOP, Suggestion, suggest
from .errors import CsreplyError, UsageError
from .library import Library
from .matcher import Matcher

MAX_TOP = 10

HELP = """\
paste a customer's message (one line) to see drafts, or:
  1, 2, 3…          copy that draft to the clipboard
  :product ID       the message is about this catalogue item (:product alone: detect it again)
  :now DATETIME     fix the clock, e.g. :now 2026-11-23T15:00 (:now alone: the real time)
  :top N            how many drafts to show (1–10)
  :help             this list
  :quit             end the session (Ctrl-D too)"""


@dataclass(frozen=True)
class Clipboard:
    """A system clipboard tool that reads the text to copy on its standard input."""

    command: tuple[str, ...]
    encoding: str = "utf-8"

    @property
    def name(self) -> str:
        return os.path.basename(self.command[0])

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard; :class:`CsreplyError` when the tool fails."""
        try:
            subprocess.run(
                self.command, input=text.encode(self.encoding), check=True, timeout=5,
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            )
        except subprocess.CalledProcessError as exc:
            detail = exc.stderr.decode(errors="replace").strip().splitlines()
            raise CsreplyError(f"{self.name} failed" + (f": {detail[0]}" if detail else "")) from None
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise CsreplyError(f"{self.name} failed: {exc}") from None


# (tool and arguments, the environment variable it needs, encoding): the first one found wins.
# clip.exe (Windows, WSL) reads UTF-16 with a BOM correctly and mangles UTF-8.
_TOOLS: tuple[tuple[tuple[str, ...], str | None, str], ...] = (
    (("pbcopy",), None, "utf-8"),
    (("wl-copy",), "WAYLAND_DISPLAY", "utf-8"),
    (("xclip", "-selection", "clipboard"), "DISPLAY", "utf-8"),
    (("xsel", "--clipboard", "--input"), "DISPLAY", "utf-8"),
    (("clip.exe",), None, "utf-16"),
)


def find_clipboard(
    which: Callable[[str], str | None] = shutil.which, env: Mapping[str, str] | None = None
) -> Clipboard | None:
    """The system's clipboard tool (pbcopy, wl-copy, xclip, xsel, clip.exe), or None.

    >>> find_clipboard(which=lambda name: None) is None
    True
    >>> find_clipboard(which=lambda name: "/usr/bin/" + name, env={"DISPLAY": ":0"}).command
    ('/usr/bin/pbcopy',)
    """
    env = os.environ if env is None else env
    for command, needs, encoding in _TOOLS:
        if needs and not env.get(needs):
            continue  # an X11/Wayland tool without a display cannot reach a clipboard
        path = which(command[0])
        if path:
            return Clipboard((path, *command[1:]), encoding)
    return None


def parse_datetime(value: str) -> datetime:
    """ISO 8601 date and time (``2026-11-23T15:00``, ``2026-11-23 15:00+08:00``)."""
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"invalid time '{value}': use ISO 8601, e.g. 2026-11-23T15:00") from None


class ChatSession:
    """Reads a message or a command per line from ``input`` and answers on ``output``.

    ``errors`` (default: ``output``) gets one line per error; the session goes on after it.
    ``clipboard`` is the tool numbers copy drafts with (None: the draft is printed plainly).
    ``interactive`` shows a greeting and a prompt, for a terminal.
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
        clipboard: Clipboard | None = None,
        interactive: bool = False,
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
        self.clipboard = clipboard
        self.interactive = interactive
        self.last: Suggestion | None = None

    # --- settings ------------------------------------------------------------------------------
    def set_product(self, product_id: str | None) -> None:
        """Draft for this catalogue item (None: find it in each message)."""
        if product_id is not None and product_id not in self.library.products:
            known = ", ".join(sorted(self.library.products)) or "none in the loaded libraries"
            raise UsageError(f"unknown product '{product_id}' (known: {known})")
        self.product_id = product_id

    # --- the loop ------------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Load jieba's dictionary, OpenCC and the calendar now, so the first answer is instant."""
        suggest("你好，能便宜点吗", self.library, matcher=self.matcher, top=1)

    def run(self) -> int:
        """Answer line after line until ``:quit``, end of input or Ctrl-C; returns 0."""
        self.warm_up()
        if self.interactive:
            self._say(f"csreply chat: {len(self.library.scenarios)} scenarios loaded. "
                      "Paste a message; a number copies a draft; :help lists commands, :quit ends.")
        while True:
            line = self._read()
            if line is None or not self.handle(line):
                return 0

    def handle(self, line: str) -> bool:
        """Act on one line; False when the session should end."""
        text = line.strip()
        if not text:
            return True
        command = unicodedata.normalize("NFKC", text)  # full-width ：１ typed with a Chinese IME
        try:
            if command.startswith(":"):
                return self._command(command[1:].strip())
            if command.isdigit():
                self._copy(int(command))
            else:
                self._draft(text)
        except CsreplyError as exc:
            print(f"error: {exc}", file=self.errors, flush=True)
        return True

    def _read(self) -> str | None:
        try:
            if self.interactive and self.input is sys.stdin:
                return input("> ")  # line editing (readline) for the terminal
            self.output.flush()
            line = self.input.readline()
            return line if line else None
        except EOFError:
            self._say("")
            return None
        except KeyboardInterrupt:
            self._say("")
            return None

    def _say(self, text: str) -> None:
        print(text, file=self.output, flush=True)

    def _draft(self, message: str) -> None:
        from .output import suggestion_text

        self.last = suggest(message, self.library, matcher=self.matcher, top=self.top,
                            product_id=self.product_id, now=self.now)
        self._say(suggestion_text(self.last, self.library) + "\n")

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
        elif name == "product":
            self.set_product(arg or None)
            product = self.library.products.get(arg) if arg else None
            self._say(f"product: {product.name} ({product.id})" if product else "product: detected from each message")
        elif name == "now":
            self.now = parse_datetime(arg) if arg else None
            self._say(f"clock: fixed at {self.now.isoformat(' ', 'minutes')}" if self.now else "clock: the real time")
        elif name == "top":
            if not arg.isdigit() or not 1 <= int(arg) <= MAX_TOP:
                raise UsageError(f"':top' needs a number from 1 to {MAX_TOP}")
            self.top = int(arg)
            self._say(f"drafts per message: {self.top}")
        else:
            raise UsageError(f"unknown command ':{name}' (:help lists the commands)")
        return True
