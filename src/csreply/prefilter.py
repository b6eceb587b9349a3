"""A long alternation told where its matches can begin, so a search skips the other positions.

Most drafting patterns are long alternations of Chinese words ("包邮|免运|运费|…", dozens of
alternatives). Python's ``re`` tries every alternative at every position of the text unless each
alternative starts with a plain character, and many start with a group, a class or a digit, so a
search that finds nothing (most of them) costs microseconds, and one over the union of all fact
topics 80 µs. :func:`first_chars` works out from the parse tree which characters a match can
begin with; :func:`sharpened` puts that set in front as a lookahead, ``(?:^|(?=[…]))(?:…)`` or
``(?=[…])(?:…)``, which one class test rejects a position with. Matches, groups and spans are
exactly the pattern's own: the lookahead only skips positions where no match can begin.

>>> sorted(first_chars(r"包邮|(?:免|不要)运费").chars)
['不', '免', '包']
>>> first_chars(r".{0,3}运费") is None   # any character may begin a match: nothing to test
True
>>> p = sharpened(re.compile(r"(?:\\d+|几)(?:天|日)到" + "|顺丰" * 40))
>>> p.pattern[:10], p.search("大概3天到吗").group(0)
('(?=[几顺\\\\d])', '3天到')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from re import _constants as C  # the parse tree's opcodes (Python 3.11+)
from re import _parser

SHARPEN_FROM = 100  # pattern length from which the lookahead pays (shorter: measured slower)
_CLASS_MAX = 256  # a character class larger than this is no useful test
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w"}
_STARTS = (C.AT_BEGINNING, C.AT_BEGINNING_STRING)


class _Unknown(Exception):
    """A match could begin with any character (a dot, a negated class …)."""


@dataclass
class Firsts:
    """What a match can begin with: one of ``chars``, a character of ``categories`` (``\\d`` …),
    or anything at the start of the text when ``at_start``."""

    chars: set[str] = field(default_factory=set)
    categories: set[str] = field(default_factory=set)
    at_start: bool = False

    def add(self, other: Firsts) -> None:
        self.chars |= other.chars
        self.categories |= other.categories
        self.at_start = self.at_start or other.at_start

    def lookahead(self) -> str:
        members = "".join(re.escape(c) for c in sorted(self.chars)) + "".join(sorted(self.categories))
        ahead = f"(?=[{members}])" if members else ""
        if not self.at_start:
            return ahead
        return f"(?:^|{ahead})" if ahead else "^"


def first_chars(pattern: str, flags: int = 0) -> Firsts | None:
    """What a match of ``pattern`` can begin with, or None when it could be anything (or
    nothing: a pattern that matches the empty string)."""
    try:
        tree = _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    if (flags | tree.state.flags) & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        return None
    try:
        firsts, empty = _sequence(tree)
    except _Unknown:
        return None
    return None if empty else firsts


def _sequence(items) -> tuple[Firsts, bool]:
    """(what the sequence's match can begin with, whether it can match nothing)."""
    firsts = Firsts()
    for op, av in items:
        if op is C.AT and av in _STARTS:
            firsts.at_start = True  # the rest matches at the start only: whatever it begins with
            return firsts, False
        first, empty = _item(op, av)
        firsts.add(first)
        if not empty:
            return firsts, False
    return firsts, True


def _item(op, av) -> tuple[Firsts, bool]:
    if op is C.LITERAL:
        return Firsts({chr(av)}), False
    if op is C.IN:
        return _class(av), False
    if op is C.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Unknown
        return _sequence(av[3])
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    if op is C.BRANCH:
        firsts, empty = Firsts(), False
        for branch in av[1]:
            first, can_be_empty = _sequence(branch)
            firsts.add(first)
            empty = empty or can_be_empty
        return firsts, empty
    if op in _REPEATS:
        low, _, inner = av
        first, empty = _sequence(inner)
        return first, empty or low == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return Firsts(), True  # consumes nothing
    raise _Unknown  # ANY, NOT_LITERAL, back-references


def _class(members) -> Firsts:
    firsts = Firsts()
    for op, av in members:
        if op is C.LITERAL:
            firsts.chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < _CLASS_MAX:
            firsts.chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av in _CATEGORIES:
            firsts.categories.add(_CATEGORIES[av])
        else:
            raise _Unknown  # NEGATE, \D \S \W, a wide range
    return firsts


def sharpened(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` with a lookahead for the characters its matches begin with, or ``pattern``
    itself when it is short (a short one's search is quicker than the lookahead's test: under
    half a microsecond up to 100 characters on real messages, up to 80 µs beyond) or when
    its matches could begin with anything."""
    if len(pattern.pattern) < SHARPEN_FROM or not isinstance(pattern.pattern, str):
        return pattern
    firsts = first_chars(pattern.pattern, pattern.flags)
    if firsts is None:
        return pattern
    try:
        return re.compile(firsts.lookahead() + "(?:" + pattern.pattern + ")", pattern.flags)
    except re.error:  # a global inline flag, say, must stay first
        return pattern
