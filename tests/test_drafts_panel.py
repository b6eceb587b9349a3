"""The draft self-check's messages as a regression test of structure and facts (not wording).

Every first draft: no sentence twice, one "亲" at most, no "以…为准", no asking which item a
message names, restating only in after-sale drafts, and the shop's facts the message asks for.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from csreply.drafting import suggest
from csreply.hanzi import to_traditional
from csreply.library import Library
from csreply.matcher import Matcher

ROOT = Path(__file__).resolve().parent.parent
PANEL = Path(__file__).parent / "data" / "drafts-panel.tsv"
NOW = datetime.fromisoformat("2026-11-24T10:00+08:00")
SENTENCE = re.compile(r"[^。！？～\n]+[。！？～]?")


def _rows() -> list[tuple[str, list[str]]]:
    rows = []
    for line in PANEL.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            message, _, facts = line.partition("\t")
            rows.append((message, [f for f in facts.split("|") if f]))
    return rows


@pytest.fixture(scope="module")
def shop():
    lib = Library.load([ROOT / "examples" / "shop"], user=False, env=False)
    return lib, Matcher(lib)


@pytest.mark.parametrize(("message", "facts"), _rows())
def test_first_draft_structure_and_facts(shop, message, facts):
    lib, matcher = shop
    s = suggest(message, lib, matcher=matcher, now=NOW)
    first = s.drafts[0].text
    said = [re.sub(r"[，。！？～\s]", "", x) for x in SENTENCE.findall(first) if len(x) > 4]
    assert len(said) == len(set(said)), first
    assert first.count("亲，") + first.count("親，") <= 1, first
    assert "为准" not in first and "為準" not in first
    if s.products:
        assert "哪一款" not in first and "哪一款" not in first
    if "您是说" in first or "您是說" in first:
        assert lib.scenarios[s.drafts[0].scenario].stage == "after_sale", first
    for fact in facts:
        wanted = to_traditional(fact) if s.script == "traditional" else fact
        assert wanted in first, (fact, first)
