"""Regular expressions compiled when first used, not when their module is imported.

The drafting rules are several hundred patterns; compiling all of them at import costs a
one-shot ``csreply suggest`` about a third of its time, while one message uses only some of them.
:func:`lazy` stands in for :func:`re.compile` at module level: the pattern is compiled on its
first ``search``/``match``/…, after which the compiled methods are called directly. No I/O.

Long runs (``batch``, ``report``) call :func:`sharpen` once they are under way: from then on a
long pattern is compiled with a lookahead for the characters its matches begin with
(:mod:`csreply.prefilter`), which skips most positions of a search at no cost to the answers. A
one-shot ``suggest`` does not: the lookahead is worked out from the parsed pattern and compiled
again, which costs what it saves only over many messages.

>>> p = lazy(r"\\d+")
>>> p.pattern, p.search("共12元").group(0), p.sub("#", "12和3")
('\\\\d+', '12', '#和#')
"""

from __future__ import annotations

import re

from .prefilter import sharpened

_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")


class LazyPattern:
    """A :class:`re.Pattern` compiled on first use (``pattern`` and ``flags`` are known at once)."""

    __slots__ = ("pattern", "flags", "_compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags, self._compiled = pattern, flags, None
        _ALL.append(self)

    def __getattr__(self, name: str):
        # only reached for what is not set yet: the methods before the first use, and the rest
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
            self._bind()
        return getattr(compiled, name)

    def _bind(self) -> None:
        target = sharpened(self._compiled) if _sharp else self._compiled
        for method in _METHODS:  # bound once: later calls skip this lookup
            setattr(self, method, getattr(target, method))

    def __reduce__(self):
        return LazyPattern, (self.pattern, self.flags)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


_ALL: list[LazyPattern] = []  # every pattern made, to sharpen those compiled already
_sharp = False


def sharpen() -> None:
    """From now on, compile long patterns with the lookahead of :mod:`csreply.prefilter`:
    those compiled already at once, the others when first used."""
    global _sharp
    if _sharp:
        return
    _sharp = True
    for pattern in _ALL:
        if pattern._compiled is not None:
            pattern._bind()


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern like ``re.compile(pattern, flags)``, compiled on its first use."""
    return LazyPattern(pattern, flags)
