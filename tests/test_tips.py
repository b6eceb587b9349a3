"""Proactive tips and care lines, the [tone] table and the new library keys."""

from __future__ import annotations

import doctest
import textwrap
from datetime import datetime, time
from pathlib import Path

import pytest

import csreply.writing.tips
from csreply.errors import LibraryError
from csreply.library import Library
from csreply.library.model import Tip
from csreply.writing.tips import applies, choose

NOON = datetime(2026, 11, 23, 12, 0)


@pytest.mark.parametrize(
    ("tip", "now", "expected"),
    [
        (Tip("t", "x"), NOON, True),
        (Tip("t", "x", months=(12, 1, 2)), NOON, False),
        (Tip("t", "x", months=(11,)), NOON, True),
        (Tip("t", "x", after=time(22, 0), before=time(6, 0)), datetime(2026, 11, 23, 5, 59), True),
        (Tip("t", "x", after=time(22, 0), before=time(6, 0)), datetime(2026, 11, 23, 6, 0), False),
        (Tip("t", "x", after=time(9, 0), before=time(12, 0)), NOON, False),
        (Tip("t", "x", after=time(11, 0)), NOON, True),
        (Tip("t", "x", before=time(11, 0)), NOON, False),
    ],
)
def test_applies(tip, now, expected):
    assert applies(tip, now) is expected


def test_choose_prefers_the_scenarios_tip_and_skips_what_is_said():
    invoice = Tip("invoice", "要发票吗？", scenarios=("order_placed",), unless=("发票",))
    split = Tip("split", "可能分开发。", scenarios=("order_placed",), unless=("分开发",))
    care = Tip("care", "注意保暖～")
    tips = [care, invoice, split]
    assert choose(tips, ["order_placed"], "订单收到啦", NOON).id == "invoice"
    assert choose(tips, ["order_placed"], "开发票的话…", NOON).id == "split"
    assert choose(tips, ["order_placed"], "发票，分开发", NOON).id == "care"
    assert choose(tips, ["order_placed"], "发票，分开发", NOON, care=False) is None
    assert choose(tips, ["bargain"], "亲～", NOON).id == "care"


def test_builtin_tips_and_tone_load(builtin):
    ids = [t.id for t in builtin.tips]
    assert {"tracking", "split-shipment", "invoice", "return-window", "late-night", "winter"} <= set(ids)
    assert builtin.tone.anger and "{time.reply}" in builtin.tone.reassure


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "shop.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


SCENARIO = """
[[scenarios]]
id = "q"
title = "问"
stage = "pre_sale"
keywords = { "发货" = 4 }
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[tips]]\nid = "t"\ntext = "x"\ncolour = 1\n', "unknown key 'colour'"),
        ('[[tips]]\ntext = "x"\n', "a tip needs 'id'"),
        ('[[tips]]\nid = "t"\n', "a tip needs a non-empty 'text'"),
        ('[[tips]]\nid = "t"\ntext = "x"\nmonths = [13]\n', "list of months 1–12"),
        ('[[tips]]\nid = "t"\ntext = "x"\nafter = "25:00"\n', 'a time like "16:00"'),
        ('[[tips]]\nid = "t"\ntext = "{shop.nmae}"\n', "did you mean {shop.name}"),
        ('[[tips]]\nid = "t"\ntext = "x"\nscenarios = ["nope"]\n', "unknown scenario 'nope'"),
        ('[tone]\nangry = "x"\n', "did you mean 'anger'"),
        ('[tone]\nanger = "{product.name}"\n', "cannot be used inside"),
        ('[policy]\ntraditional_variant = "mo"\n', "traditional_variant must be one of standard, tw, twp, hk"),
        (SCENARIO + '[[scenarios.scripts]]\ntemplate = "plain"\naudience = "rich"\ntext = "x"\n',
         "audience must be one of bargainer, indecisive, detail, hurried"),
    ],
)
def test_library_errors(tmp_path, text, message):
    with pytest.raises(LibraryError, match=message) as info:
        Library.from_files([write(tmp_path, text)])
    assert "shop.toml" in str(info.value)


def test_new_keys_load(tmp_path):
    lib = Library.from_files([write(tmp_path, SCENARIO + """
        [[scenarios.scripts]]
        template = "plain"
        audience = "hurried"
        text = "今天发～"

        [policy]
        traditional_variant = "hk"

        [[tips]]
        id = "night"
        after = "22:00"
        before = "06:00"
        unless = ["休息"]
        text = "早点休息哦～"

        [[tips]]
        id = "off"
        enabled = false

        [tone]
        urgency = "亲，马上帮您看～"
    """)])
    assert lib.scenarios["q"].scripts[0].audience == "hurried"
    assert lib.policy.traditional_variant == "hk"
    assert [t.id for t in lib.tips] == ["night"]
    assert lib.tips[0].after == time(22, 0) and lib.tips[0].unless == ("休息",)
    assert lib.tone.urgency == "亲，马上帮您看～" and lib.tone.anger  # other keys keep the default


def test_doctests():
    assert doctest.testmod(csreply.writing.tips).failed == 0
