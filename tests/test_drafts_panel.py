"""The draft self-check's messages as a regression test of structure and facts (not wording).

Every first draft: no sentence twice, one "亲" at most, no "以…为准", no asking which item a
message names, restating only in after-sale drafts, and the shop's facts the message asks for.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from draft_checks import check_first_draft

from csreply.library import Library
from csreply.understanding.matcher import Matcher
from csreply.writing.drafting import suggest

ROOT = Path(__file__).resolve().parent.parent
PANEL = Path(__file__).parent / "data" / "drafts-panel.tsv"
NOW = datetime.fromisoformat("2026-11-24T10:00+08:00")


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
    check_first_draft(lib, s, facts)
