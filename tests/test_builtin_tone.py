"""The built-in library follows the tone rules of the training material (domain.md)."""

from __future__ import annotations

import re

import pytest

from csreply.library import Library

LIB = Library.load(user=False, env=False)
EMPATHY = ("抱歉", "对不起", "不好意思", "理解", "着急", "辛苦", "感谢", "谢谢", "别担心", "放心", "心情", "麻烦您了", "久等")
BLAME = ("不是我们的问题", "您自己", "您先看说明", "跟我们没关系", "不关我们的事")
ABSOLUTE = ("最", "第一", "100%", "绝对", "顶级", "必须")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def _scripts(stage: str | None = None):
    for scenario in LIB.scenarios.values():
        if stage is None or scenario.stage == stage:
            for i, script in enumerate(scenario.scripts):
                yield pytest.param(scenario.id, script, id=f"{scenario.id}-{i}")


def _texts(script) -> list[str]:
    return [script.text, script.opening, script.closing] + [o.text for o in script.options]


@pytest.mark.parametrize(("scenario", "script"), list(_scripts("after_sale")))
def test_after_sale_replies_open_with_empathy(scenario, script):
    first = (script.text or script.opening)[:40]
    assert any(word in first for word in EMPATHY), first


@pytest.mark.parametrize(("scenario", "script"), list(_scripts()))
def test_no_blame_absolute_claims_or_emoji_floods(scenario, script):
    for text in _texts(script):
        assert not any(word in text for word in BLAME), text
        assert not any(word in text for word in ABSOLUTE), text
        for paragraph in text.split("\n"):
            assert len(EMOJI.findall(paragraph)) <= 1, paragraph


@pytest.mark.parametrize(("scenario", "script"), list(_scripts()))
def test_options_carry_deadlines(scenario, script):
    if script.template == "options":
        assert 2 <= len(script.options) <= 3
        assert all("{deadline}" in o.text for o in script.options)


@pytest.mark.parametrize(("scenario", "script"), list(_scripts()))
def test_vague_promises_come_with_a_concrete_time(scenario, script):
    for text in _texts(script):
        if "尽快" in text:
            assert "{time." in text or "{deadline}" in text, text
