"""Reading anger, urgency and anxiety from a message."""

from __future__ import annotations

import doctest

import pytest

import csreply.understanding.emotion
from csreply.understanding.emotion import NEUTRAL, detect, is_emotional_word


@pytest.mark.parametrize(
    ("message", "label"),
    [
        ("快递三天没动了！！你们到底管不管？？再不给我解决我就给差评", "anger"),
        ("什么破质量，气死我了", "anger"),
        ("我要投诉你们", "anger"),
        ("再不退款我就打12315", "anger"),
        ("到底什么时候发？？", "anger"),
        ("明天就要用，今天能发吗", "urgency"),
        ("急急急，能尽快发吗", "urgency"),
        ("在吗？？？", "urgency"),
        ("东西还没到，是不是丢了啊，好担心", "anxiety"),
        ("物流显示异常怎么办", "anxiety"),
        ("看到有差评我有点担心", "anxiety"),  # reading reviews is not threatening one
        ("能便宜点吗", "neutral"),
        ("鞋子穿了两天就开胶了！！", "neutral"),  # ！！ only strengthens a feeling
        ("谢谢！！！", "neutral"),
        ("不着急，慢慢发就行", "neutral"),
        ("这个会不会起球", "neutral"),
        ("到底什么时候发", "neutral"),
    ],
)
def test_labels(message, label):
    assert detect(message).label == label


def test_traditional_words_count():
    assert detect("氣死了，我要投訴").label == "anger"


def test_strength_grows_with_marks_and_words():
    calm = detect("快递怎么还没到，急")
    loud = detect("快递怎么还没到！！！急死了！！")
    assert calm.label == loud.label == "urgency"
    assert 0.4 <= calm.strength < loud.strength <= 1


def test_neutral_and_dict():
    assert detect("好的") is NEUTRAL
    assert detect("气死了！！").to_dict() == {"label": "anger", "strength": detect("气死了！！").strength}


def test_emotional_word():
    assert is_emotional_word("气死了") and not is_emotional_word("鞋子开胶了")


def test_doctests():
    assert doctest.testmod(csreply.understanding.emotion).failed == 0
