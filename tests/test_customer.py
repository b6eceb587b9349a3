"""Customer types: bargainer, indecisive, detail-minded, hurried."""

from __future__ import annotations

import doctest

import pytest

import csreply.understanding.customer
from csreply.understanding.customer import detect
from csreply.understanding.emotion import detect as feel


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("能便宜点吗", "bargainer"),
        ("老顾客了，再送点东西呗", "bargainer"),
        ("包邮吧，我马上拍", "bargainer"),
        ("两款都好纠结，你帮我选一个", "indecisive"),
        ("不知道选哪个", "indecisive"),
        ("这款的具体参数发我一下", "detail"),
        ("成分表和检测报告有吗", "detail"),
        ("赶时间，直接说今天能发吗", "hurried"),
        ("急用！！今天能发吗", "hurried"),  # a strong hurry is enough
        ("便宜点，直接说最低价", "hurried"),  # the hurry decides how to answer first
        ("今天能发货吗", None),
        ("鞋子开胶了", None),
    ],
)
def test_types(matcher, message, kind):
    assert detect(message, matcher.rank(message), feel(message)) == kind


def test_a_bargain_match_makes_a_bargainer(matcher):
    message = "别家才卖59"
    match = matcher.rank(message)
    assert match.scenario == "bargain"
    assert detect(message, match, feel(message)) == "bargainer"


def test_doctests():
    assert doctest.testmod(csreply.understanding.customer).failed == 0
