"""Find the line of a key in a TOML source, so a library error can say where it is.

``tomllib`` gives positions only for syntax errors; for a wrong type or an unknown key we scan
the text once and remember where each table header and key starts. The scan understands what
script libraries use (``[table]``, ``[[array.of.tables]]``, ``key = …``); a key inside an inline
table or a multi-line array is located at the line of the enclosing key, which is close enough
for a person to find it.
"""

from __future__ import annotations

import re
from ..lazy_pattern import lazy

Path = tuple[str | int, ...]

_HEADER = lazy(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = lazy(r"""^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_\-]+)\s*=""")


def _unquote(part: str) -> str:
    part = part.strip()
    if len(part) >= 2 and part[0] == part[-1] and part[0] in "\"'":
        return part[1:-1]
    return part


class KeyLocator:
    """Maps key paths such as ``("scenarios", 2, "keywords")`` to 1-based line numbers.

    >>> loc = KeyLocator('[shop]\\nname = "x"\\n[[scenarios]]\\nid = "a"\\n[[scenarios]]\\nid = 3\\n')
    >>> loc.line(("scenarios", 1, "id"))
    6
    >>> loc.line(("shop", "name"))
    2
    """

    def __init__(self, source: str) -> None:
        self._lines: dict[Path, int] = {}
        counters: dict[Path, int] = {}
        current: Path = ()
        depth = 0  # open brackets of a multi-line value: keys inside belong to the enclosing key
        for number, raw in enumerate(source.splitlines(), start=1):
            line = raw.strip()
            if depth == 0 and (header := _HEADER.match(line)):
                names = [_unquote(p) for p in header.group(2).split(".")]
                current = self._resolve(names, header.group(1) == "[[", counters)
                self._lines.setdefault(current, number)
                continue
            if depth == 0 and (key := _KEY.match(line)):
                self._lines.setdefault(current + (_unquote(key.group(1)),), number)
            depth = max(0, depth + _bracket_balance(line))

    def _resolve(self, names: list[str], is_array: bool, counters: dict[Path, int]) -> Path:
        path: Path = ()
        for i, name in enumerate(names):
            path = path + (name,)
            last = i == len(names) - 1
            if last and is_array:
                index = counters.get(path, -1) + 1
                counters[path] = index
                # a new element resets the counters of arrays nested in it
                for key in [k for k in counters if k[: len(path)] == path and len(k) > len(path)]:
                    del counters[key]
                path = path + (index,)
            elif path in counters:
                path = path + (counters[path],)
        return path

    def line(self, path: Path) -> int | None:
        """The line of ``path`` or of its nearest located ancestor; ``None`` when nothing is."""
        for end in range(len(path), 0, -1):
            found = self._lines.get(path[:end])
            if found is not None:
                return found
        return None


def _bracket_balance(line: str) -> int:
    """Net count of opening brackets outside strings and comments on one line."""
    balance = 0
    quote = ""
    i = 0
    while i < len(line):
        ch = line[i]
        if quote:
            if ch == "\\" and quote == '"':
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            break
        elif ch in "[{":
            balance += 1
        elif ch in "]}":
            balance -= 1
        i += 1
    return balance
