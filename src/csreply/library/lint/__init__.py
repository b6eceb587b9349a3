"""Check a loaded script library (话术库) the way an experienced 客服 supervisor would.

Four families of rules, each with an id (see :data:`RULES`):

- ``S…`` structure: FABE scripts with all four parts, options that carry a computable deadline,
  placeholders that resolve, example questions filed under two scenarios, scenarios without a
  reply that works for every message, keywords that make two scenarios collide;
- ``T…`` tone (shared/domain.md): after-sale replies open with an apology or empathy, no
  blame-shifting, no commands where a suggestion is meant, one emoji per paragraph at most, no
  "尽快" without a concrete time;
- ``A…`` advertising law (广告法): absolute claims (最, 第一, 100%, 绝对, 顶级 …) and medical
  claims in product facts and replies;
- ``P…`` policy drift: a reply that writes a time or amount by hand instead of taking it from the
  shop's policy.

The checks read the library *as loaded* (later files already override earlier ones) and locate
each finding in its file with :class:`csreply.library.tomlpos.KeyLocator`. No printing: :func:`lint`
returns :class:`Finding` objects and the CLI formats them.

>>> from csreply.library import Library
>>> findings = lint(Library.load(user=False, env=False))
>>> [f for f in findings if f.severity == "error"]
[]
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from ..loading import Library
from . import examples, replies, settings
from .checker import Checker
from .rules import ERROR, RULES, WARNING, Finding, Rule
from .words import absolute_claims, emoji_count

__all__ = ["ERROR", "RULES", "WARNING", "Finding", "Rule", "absolute_claims", "emoji_count", "lint", "summary"]

# Every check, in the order it runs: one small function per family of findings, each given the
# Checker. A new rule is a line in RULES (rules.py) and a check here, or a few lines in one.
CHECKS = (
    replies.scenarios,
    replies.fallback,
    settings.products,
    replies.tips_and_tone,
    settings.policy_values,
    settings.missing_facts,
    settings.deadlines,
    examples.duplicate_examples,
    examples.keyword_collisions,
)


def lint(
    library: Library,
    *,
    only: Iterable[str | Path] | None = None,
    now: datetime | None = None,
) -> list[Finding]:
    """Every finding in ``library``, sorted by file and line.

    ``only`` restricts the report to findings located in those files (the rest of the library
    still counts as context, e.g. for duplicate examples); ``now`` fixes the clock for the
    deadline checks.
    """
    checker = Checker(library, now=now)
    for check in CHECKS:
        check(checker)
    findings = checker.out
    if only is not None:
        keep = {_same(p) for p in only}
        findings = [f for f in findings if f.file is not None and _same(f.file) in keep]
    return sorted(findings, key=lambda f: (f.file or "", f.line or 0, f.rule, f.where))


def summary(findings: Iterable[Finding]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = warnings = 0
    for f in findings:
        if f.severity == ERROR:
            errors += 1
        else:
            warnings += 1
    return errors, warnings


def _same(path: str | Path) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(path)
