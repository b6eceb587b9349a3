"""The lookahead that speeds up long patterns in long runs (csreply.prefilter) changes no answer.

Every pattern of the package, sharpened, must find exactly what it finds plain (spans, groups,
substitutions) on our own hand-written messages and their variants; and batch output with the
patterns sharpened is the output without.
"""

from __future__ import annotations

import doctest
import importlib
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import csreply
import csreply.prefilter
from csreply.prefilter import first_chars, sharpened

DATA = Path(__file__).parent / "data"


def _package_patterns() -> list:
    for module in pkgutil.walk_packages(csreply.__path__, "csreply."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    from csreply.lazy_pattern import _ALL

    return [re.compile(p.pattern, p.flags) for p in _ALL]


def _messages() -> list[str]:
    texts = []
    for name in ("realistic.tsv", "blind.tsv", "blind2.tsv", "blind3.tsv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and "\t" in line:
                texts.append(line.split("\t")[0])
    for line in (DATA / "review-panel.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        texts.append(line.split("\t")[1])
    variants = [t.lower() for t in texts] + [t[len(t) // 2 :] for t in texts] + [a + "，" + b for a, b in zip(texts, texts[1:])]
    return texts + variants


PATTERNS = _package_patterns()
MESSAGES = _messages()


def _answers(pattern: re.Pattern, text: str):
    m = pattern.search(text)
    return (m and (m.span(), m.groups())), pattern.sub("#", text), pattern.findall(text)


def test_doctests():
    assert doctest.testmod(csreply.prefilter).failed == 0


def test_many_long_patterns_are_sharpened():
    sharp = [p for p in PATTERNS if sharpened(p) is not p]
    assert len(sharp) >= 100, len(sharp)


@pytest.mark.parametrize("index", range(len(PATTERNS)))
def test_sharpened_pattern_answers_as_the_plain_one(index):
    plain = PATTERNS[index]
    sharp = sharpened(plain)
    if sharp is plain:
        return
    for text in MESSAGES:
        assert _answers(sharp, text) == _answers(plain, text), (plain.pattern[:80], text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([p for p in PATTERNS if sharpened(p) is not p]), st.data())
def test_sharpened_pattern_on_text_made_of_its_own_characters(plain, data):
    """Random texts from the pattern's own characters (and digits) reach its rarer branches."""
    alphabet = sorted({c for c in plain.pattern if "\u4e00" <= c <= "\u9fff"} | set("0123456789，？ "))
    text = data.draw(st.text(alphabet=alphabet, max_size=24))
    sharp = sharpened(plain)
    assert _answers(sharp, text) == _answers(plain, text)


@pytest.mark.parametrize(
    "pattern, chars, at_start",
    [
        ("包邮|免运费", {"包", "免"}, False),
        (r"(?<!不)包邮", {"包"}, False),
        (r"[#\d]+块|几块", {"#", "几", r"\d"}, False),
        (r"(?:^|亲)在吗", {"亲"}, True),
        ("(?:快|慢)?递", {"快", "慢", "递"}, False),
    ],
)
def test_first_chars(pattern, chars, at_start):
    firsts = first_chars(pattern)
    assert firsts.chars | firsts.categories == chars and firsts.at_start == at_start


@pytest.mark.parametrize("pattern", [r".{0,3}运费", r"[^，]运费", "包邮|", "(?i)ems|顺丰", r"\S+", "x*"])
def test_first_chars_unknown(pattern):
    assert first_chars(pattern) is None


def test_batch_output_is_the_same_with_the_patterns_sharpened(tmp_path):
    """A batch long enough to sharpen (chunks of ≥ 64 new messages) answers as one message at a
    time from a pipe, which never sharpens."""
    texts = list(dict.fromkeys(MESSAGES[:400]))
    source = tmp_path / "m.txt"
    source.write_text("\n".join(texts) + "\n", encoding="utf-8")
    run = [sys.executable, "-m", "csreply", "batch", "-i", "text", "-f", "jsonl", "--now", "2026-11-24T10:00"]
    from_file = subprocess.run([*run, str(source)], capture_output=True, text=True, encoding="utf-8", check=True).stdout
    text = source.read_text(encoding="utf-8")  # through a pipe: not read ahead, each message as it comes
    piped = subprocess.run(run, input=text, capture_output=True, text=True, encoding="utf-8", check=True).stdout
    assert [json.loads(line) for line in from_file.splitlines()] == [json.loads(line) for line in piped.splitlines()]
    assert len(from_file.splitlines()) == len(texts)
