"""Where a customer says the goods go (csreply.writing.regions)."""

from __future__ import annotations

import doctest

import pytest

import csreply.writing.regions
from csreply.writing.regions import destination, names_region


@pytest.mark.parametrize(
    ("message", "place"),
    [
        ("我周六要飞三亚 周五前能寄到广州吗", "广州"),  # the place after the sending verb, not the trip
        ("我下周回成都 东西发杭州公司就行 包邮吗", "杭州"),
        ("拉萨能寄吗", "拉萨"),
        ("新疆乌鲁木齐包邮吗", "新疆"),  # province and city: the first named
        ("内蒙古能发吗", "内蒙古"),  # the longer name, not 内蒙
        ("面霜多少钱", None),
    ],
)
def test_destination_is_where_the_parcel_goes(message, place):
    assert destination(message) == place


def test_a_place_the_parcel_passes_is_not_where_the_customer_is():
    assert names_region("我在香港 能寄吗")
    assert not names_region("物流显示卡在广州转运中心三天了")


def test_doctests():
    assert doctest.testmod(csreply.writing.regions).failed == 0
