"""csreply: draft customer-service replies from TOML script libraries (话术库).

The public API, usable from Python and notebooks; the ``csreply`` command is built on it::

    from csreply import Library, Matcher, suggest

    library = Library.load()                  # built-in + user + $CSREPLY_LIBRARY
    match = Matcher(library).rank("能便宜点吗")  # ranked scenarios, confidence
    result = suggest("能便宜点吗", library)      # drafts; result.to_dict() is the JSON contract

Names are imported lazily, so ``import csreply`` does not load jieba, rapidfuzz or rich.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Library": "csreply.library",
    "Matcher": "csreply.understanding.matcher",
    "Match": "csreply.understanding.matcher",
    "Tuning": "csreply.understanding.matcher",
    "suggest": "csreply.writing.drafting",
    "Suggestion": "csreply.writing.drafting",
    "Draft": "csreply.writing.drafting",
    "normalize": "csreply.understanding.normalize",
    "BusinessCalendar": "csreply.writing.bizcal",
    "evaluate": "csreply.understanding.evaluate",
    "read_labelled": "csreply.understanding.evaluate",
    "CsreplyError": "csreply.errors",
    "LibraryError": "csreply.errors",
    "UsageError": "csreply.errors",
    "InputError": "csreply.errors",
    "ExitCode": "csreply.errors",
}

__all__ = sorted(_EXPORTS) + ["__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .errors import CsreplyError, ExitCode, InputError, LibraryError, UsageError
    from .library import Library
    from .understanding.evaluate import evaluate, read_labelled
    from .understanding.matcher import Match, Matcher, Tuning
    from .understanding.normalize import normalize
    from .writing.bizcal import BusinessCalendar
    from .writing.drafting import Draft, Suggestion, suggest


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'csreply' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
