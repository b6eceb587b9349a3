"""Regular expressions compiled when first used, not when their module is imported.

The drafting rules are several hundred patterns; compiling all of them at import costs a
one-shot ``csreply suggest`` about a third of its time, while one message uses only some of them.
:func:`lazy` stands in for :func:`re.compile` at module level: the pattern is compiled on its
first ``search``/``match``/…, after which the compiled methods are called directly. No I/O.

>>> p = lazy(r"\\d+")
>>> p.pattern, p.search("共12元").group(0), p.sub("#", "12和3")
('\\\\d+', '12', '#和#')
"""

from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")


class LazyPattern:
    """A :class:`re.Pattern` compiled on first use (``pattern`` and ``flags`` are known at once)."""

    __slots__ = ("pattern", "flags", "_compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags, self._compiled = pattern, flags, None

    def __getattr__(self, name: str):
        # only reached for what is not set yet: the methods before the first use, and the rest
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
            for method in _METHODS:  # bound once: later calls skip this lookup
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __reduce__(self):
        return LazyPattern, (self.pattern, self.flags)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern like ``re.compile(pattern, flags)``, compiled on its first use."""
    return LazyPattern(pattern, flags)
