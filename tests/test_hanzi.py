"""Drafts in Traditional characters (OpenCC), the shop's own terms kept."""

from __future__ import annotations

import doctest

import pytest

import csreply.writing.hanzi
from csreply.writing.hanzi import to_traditional, wants_traditional


@pytest.mark.parametrize(
    ("variant", "expected"),
    [
        ("standard", "發貨後單號會同步到訂單裡，請查看視頻"),
        ("tw", "發貨後單號會同步到訂單裡，請查看視頻"),
        ("twp", "出貨後單號會同步到訂單裡，請檢視影片"),
        ("hk", "發貨後單號會同步到訂單裡，請查看視頻"),
    ],
)
def test_variants(variant, expected):
    assert to_traditional("发货后单号会同步到订单里，请查看视频", variant) == expected


def test_kept_terms_are_not_converted():
    text = "欢迎光临山间小铺，我是小禾，积雪草修护面霜 50g发货了"
    out = to_traditional(text, "standard", keep=["山间小铺", "小禾", "积雪草修护面霜 50g", "面霜", ""])
    assert out == "歡迎光臨山间小铺，我是小禾，积雪草修护面霜 50g發貨了"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("换季脸上干痒紧绷", "換季臉上乾癢緊繃"), ("湿巾拆开就干了", "溼巾拆開就乾了"), ("洗完不会拔干", "洗完不會拔乾")],
)
def test_dry_is_not_do(text, expected):
    assert to_traditional(text) == expected


def test_marker_characters_in_a_message_are_harmless():
    assert to_traditional("\ue0007\ue001发货", keep=["小禾"]) == "7發貨"


def test_empty_and_plain_text():
    assert to_traditional("") == ""
    assert to_traditional("16:00 A. B.") == "16:00 A. B."


@pytest.mark.parametrize(
    ("script", "message_is_traditional", "expected"),
    [("auto", True, True), ("auto", False, False), ("simplified", True, False), ("traditional", False, True)],
)
def test_wants_traditional(script, message_is_traditional, expected):
    assert wants_traditional(script, message_is_traditional) is expected


def test_unknown_script():
    with pytest.raises(ValueError, match="script must be one of"):
        wants_traditional("cyrillic", True)


def test_doctests():
    assert doctest.testmod(csreply.writing.hanzi).failed == 0
