"""The structural checks every first draft must pass, shared by the panel regression tests."""

from __future__ import annotations

import re

from csreply.writing.hanzi import to_traditional

SENTENCE = re.compile(r"[^。！？～\n]+[。！？～]?")


def check_first_draft(lib, s, facts=()) -> None:
    """No sentence twice, one 亲 at most, no "以…为准", no asking which item a message names,
    restating only in after-sale drafts, and each of ``facts`` stated (in the draft's script)."""
    assert s.drafts, s.message
    first = s.drafts[0].text
    said = [re.sub(r"[，。！？～\s]", "", x) for x in SENTENCE.findall(first) if len(x) > 4]
    assert len(said) == len(set(said)), first
    assert first.count("亲，") + first.count("親，") <= 1, first
    assert "为准" not in first and "為準" not in first
    if s.products:
        assert "哪一款" not in first, first
    if ("您是说" in first or "您是說" in first) and s.drafts[0].scenario:
        assert lib.scenarios[s.drafts[0].scenario].stage == "after_sale", first
    for fact in facts:
        wanted = to_traditional(fact) if s.script == "traditional" else fact
        assert wanted in first, (fact, first)
