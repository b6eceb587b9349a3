"""How the command line explains itself: help layout, metavars, examples and usage errors.

Click lays help out for English: it counts characters, names types ``<int range>`` and words
errors like ``'abc' is not a valid int range``. Here help wraps by terminal columns (a Chinese
character takes two), every option uses one metavar vocabulary, examples are never re-wrapped,
and a usage error becomes one line, Chinese first with Click's English beside.
"""

from __future__ import annotations

import re
import unicodedata

from typer._click import exceptions as click_errors  # Typer >= 0.26 vendors Click
from typer._click.core import Context as TyperContext
from typer._click.formatting import HelpFormatter
from ..lazy_pattern import lazy


def epilog(examples: list[str], notes: str = "") -> str:
    """A command's epilog: its examples kept one per line (never wrapped mid-command), then notes.

    ``\\b`` is Click's marker for a paragraph that must not be re-wrapped.
    """
    text = "例子 Examples:\n\n\b\n" + "\n".join(f"  {e}" for e in examples)
    return text + (f"\n\n{notes}" if notes else "")


class Formatter(HelpFormatter):
    """Click's help formatter, wrapping by terminal columns: a Chinese character takes two.

    Click counts characters, so Chinese help would run to twice the terminal's width; here text
    breaks at spaces or between two Chinese characters. Paragraphs marked ``\\b`` (the examples)
    are never re-wrapped.
    """

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        self.write(_wrap_paragraphs(text, self.width, indent) + "\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max((columns(first) for first, _ in rows), default=0), col_max) + col_spacing
        lead = " " * (first_col + self.current_indent)
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if columns(first) <= first_col - col_spacing:
                self.write(" " * (first_col - columns(first)))
            else:
                self.write("\n" + lead)
            lines = _wrap_paragraphs(second, max(self.width - first_col - 2, 10), "").split("\n")
            self.write("\n".join([lines[0]] + [lead + line if line else "" for line in lines[1:]]) + "\n")


class Context(TyperContext):
    """Click's context with :class:`Formatter` for help."""

    formatter_class = Formatter


_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_TOKENS = lazy(rf"[{_WIDE}]|[^\s{_WIDE}]+|\s+")
_NO_LINE_START = set("，。、；：！？）》」』”’,.;:!?)]")  # punctuation that must not begin a line
_NO_LINE_END = set("（《「『“‘([")  # nor end one


def columns(text: str) -> int:
    """Terminal columns ``text`` takes: two for a Chinese (wide) character, one otherwise."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wrap_paragraphs(text: str, width: int, indent: str) -> str:
    """Click's paragraph rules (blank line between paragraphs, ``\\b`` keeps one as it is) with
    :func:`_wrap` for each paragraph."""
    out = []
    for paragraph in text.expandtabs().split("\n\n"):
        lines = paragraph.split("\n")
        if lines and lines[0].strip() == "\b":
            out.append("\n".join(indent + line for line in lines[1:]))
            continue
        extra = " " * (len(lines[0]) - len(lines[0].lstrip()))
        out.append("\n".join(_wrap(" ".join(line.strip() for line in lines), width, indent + extra)))
    return "\n\n".join(out)


def _wrap(text: str, width: int, indent: str) -> list[str]:
    """``text`` in lines of at most ``width`` columns (each starting with ``indent``).

    A closing punctuation mark never starts a line (the word before it moves down with it), and
    an opening one never ends a line.
    """
    lines: list[str] = []
    line: list[str] = []  # tokens of the line being filled, spaces included
    for token in _TOKENS.findall(text):
        if token.isspace():
            if line:
                line.append(" ")
            continue
        if line and columns(indent + "".join(line) + token) > width:
            carried = [line.pop()] if token[0] in _NO_LINE_START and len(line) > 1 else []
            while len(line) > 1 and line[-1][-1] in _NO_LINE_END:
                carried.insert(0, line.pop())
            lines.append(indent + "".join(line).rstrip())
            line = carried
        line.append(token)
    if line:
        lines.append(indent + "".join(line).rstrip())
    return lines


def tidy_metavars(command) -> None:
    """One metavar vocabulary for every command: N, X, TEXT, PATH, DATETIME, [a|b|c], FILE.

    Typer's defaults mix ``<int range>``, ``<str>`` and ``PATH``; an explicit metavar wins.
    """
    for param in command.params:
        if param.metavar is not None or getattr(param, "is_flag", False):
            continue
        kind = param.type
        if hasattr(kind, "choices"):
            param.metavar = "[" + "|".join(str(c) for c in kind.choices) + "]"
        elif _is_number(kind, int):
            param.metavar = "N"
        elif _is_number(kind, float):
            param.metavar = "X"
        elif type(kind).__name__.endswith("Path"):
            param.metavar = "PATH"
        elif param.param_type_name == "argument":
            param.metavar = param.name.upper()
        else:
            param.metavar = "TEXT"
        if param.param_type_name == "argument" and not param.required:
            param.metavar = f"[{param.metavar}]"
        if param.param_type_name == "argument" and getattr(param, "nargs", 1) == -1:
            param.metavar += "..."


def usage_message(exc) -> str:
    """A Click usage error as one line: Chinese first, Click's English kept beside.

    Bad values get a plain statement of what is expected (``--top 要 1 到 10 的整数``) instead
    of Click's ``'abc' is not a valid int range``.
    """
    english = exc.format_message().replace("\n", " ").strip()
    param = getattr(exc, "param", None)
    if isinstance(exc, click_errors.MissingParameter) and param is not None:
        name = _param_name(param)
        if hasattr(param.type, "choices"):
            zh, en = _expected(param.type)
            return f"缺少 {name}，应为{zh} (missing {name}: expected {en})"
        return f"缺少 {name} (missing {name})"
    if isinstance(exc, click_errors.BadParameter) and param is not None:
        name = _param_name(param)
        zh, en = _expected(param.type)
        got = _bad_value(exc.message)
        got_zh = f"，收到 {got}" if got else ""
        got_en = f", got {got}" if got else ""
        return f"{name} 的值不对：应为{zh}{got_zh} ({name}: expected {en}{got_en})"
    if isinstance(exc, click_errors.NoSuchOption):
        return f"没有这个选项 {exc.option_name} ({english})"
    if english.startswith("No such command"):
        return f"没有这个命令，'csreply --help' 列出全部命令 ({english})"
    return f"用法错误 ({english})"


def _param_name(param) -> str:
    if param.param_type_name == "option":
        return max(param.opts, key=len)
    return (param.metavar or param.name or "").strip("[].").upper()


def _is_number(kind, number: type) -> bool:
    """Whether a Click parameter type takes ``int`` or ``float`` values (plain or as a range).

    Duck-typed: Typer vendors Click and its class names move between releases.
    """
    return getattr(kind, "_number_class", None) is number or getattr(kind, "name", "") in (
        {"integer", "integer range"} if number is int else {"float", "float range"}
    )


def _expected(kind) -> tuple[str, str]:
    """What a parameter type accepts, in Chinese and in English."""
    if hasattr(kind, "choices"):
        choices = [str(c) for c in kind.choices]
        return "以下之一：" + "、".join(choices), "one of " + ", ".join(choices)
    whole = _is_number(kind, int)
    if whole or _is_number(kind, float):
        word_zh, word_en = ("整数", "a whole number") if whole else ("数", "a number")
        low, high = getattr(kind, "min", None), getattr(kind, "max", None)
        if low is not None and high is not None:
            return f" {low} 到 {high} 之间的{word_zh}", f"{word_en} from {low} to {high}"
        if low is not None:
            return f"不小于 {low} 的{word_zh}", f"{word_en} of at least {low}"
        if high is not None:
            return f"不大于 {high} 的{word_zh}", f"{word_en} of at most {high}"
        return word_zh, word_en
    return "合适的值", "a valid value"


def _bad_value(message: str) -> str:
    """The value Click rejected, quoted as the user typed it ("'abc' is not …" → 'abc')."""
    found = re.match(r"\s*('.*?'|\S+) is not", message)
    if not found:
        return ""
    value = found.group(1)
    return value if value.startswith("'") else f"'{value}'"
