"""Hostile input: any message, any bytes, any library file. Nothing may crash or hang.

Fast property runs by default; the long fuzz runs are marked ``fuzz`` and run in CI with a
bounded budget (``CSREPLY_FUZZ_EXAMPLES``, default 2,000 examples per property).
"""

from __future__ import annotations

import io
import json
import os
import random
import time
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csreply.errors import CsreplyError, InputError, LibraryError
from csreply.library import Library
from csreply.reading import FORMATS, BadRecord, Message, read_messages
from csreply.understanding.normalize import MAX_CHARS, normalize
from csreply.writing.drafting import suggest

FUZZ = int(os.environ.get("CSREPLY_FUZZ_EXAMPLES", "2000"))
NOW = datetime.fromisoformat("2026-11-23T10:00+08:00")

# arbitrary Unicode, including control characters, lone surrogates and astral emoji
any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300)
chatty = st.text(alphabet=st.sampled_from(list("能便宜点吗今天发货包邮退款怎么还没到！？?，。 \n\t😡👍🏻\u200d\u202e㊙️מה")), max_size=80)


def fast(n: int = 150):
    return settings(max_examples=n, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast()
@given(any_text)
def test_normalize_never_raises_and_is_deterministic(text):
    first = normalize(text)
    normalize.cache_clear()
    assert normalize(text) == first
    assert len(first.text) <= MAX_CHARS
    assert "\ud800" not in first.text


@fast()
@given(st.one_of(any_text, chatty))
def test_suggest_never_raises(matcher, builtin, text):
    result = suggest(text, builtin, matcher=matcher, now=NOW)
    data = result.to_dict()
    json.dumps(data, ensure_ascii=False)
    assert result.scenario is None or result.scenario in builtin.scenarios
    assert data["drafts"] is not None


@pytest.mark.parametrize("text", ["\ud800", "能便宜點嗎\udc80", "收到的東西壞了\ud83d 怎麼辦", "质量太差了\udfff我要退货"])
def test_lone_surrogates_are_dropped_from_drafts(matcher, builtin, text):
    """A lone surrogate (a broken export) must not reach OpenCC, which encodes to UTF-8, nor a draft."""
    result = suggest(text, builtin, matcher=matcher, now=NOW)
    for draft in result.to_dict()["drafts"]:
        draft["text"].encode("utf-8")


def test_one_megabyte_message_is_cut_and_fast(matcher, builtin):
    text = ("能便宜点吗" + "😡" * 3 + "מה") * 120_000
    start = time.perf_counter()
    result = suggest(text, builtin, matcher=matcher, now=NOW)
    assert time.perf_counter() - start < 5
    assert result.match.normalized.truncated is True


@pytest.mark.parametrize("fmt", ["auto", *FORMATS])
def test_random_bytes_into_every_reader(fmt):
    rng = random.Random(fmt)
    for _ in range(40):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(400)))
        _drain(data, fmt)


def _drain(data: bytes, fmt: str) -> None:
    """Read everything; only a csreply error (one readable line, exit code 2 or 4) may come out."""
    try:
        for item in read_messages(io.BytesIO(data), input_format=fmt, name="fuzz"):
            assert isinstance(item, (Message, BadRecord))
            if isinstance(item, BadRecord):
                assert item.line >= 1 and item.reason
    except InputError as exc:
        assert str(exc).startswith("fuzz")
    except CsreplyError as exc:  # e.g. a CSV header without a text column
        assert exc.exit_code in (2, 4)


@pytest.mark.parametrize(
    "name",
    sorted(n for n in os.listdir(os.path.join(os.path.dirname(__file__), "..", "examples", "exports")) if not n.endswith(".md")),
)
def test_mutated_exports(name):
    path = os.path.join(os.path.dirname(__file__), "..", "examples", "exports", name)
    original = open(path, "rb").read()
    rng = random.Random(name)
    for _ in range(60):
        data = bytearray(original)
        for _ in range(rng.randrange(1, 8)):
            op = rng.randrange(3)
            pos = rng.randrange(len(data) + 1)
            if op == 0 and data:
                del data[pos % len(data)]
            elif op == 1:
                data.insert(pos, rng.randrange(256))
            else:
                data[pos:pos] = rng.choice([b"\n", b",", b"\t", b'"', b"{", b"\xff\xfe", b"\r"])
        _drain(bytes(data), "auto")


@pytest.mark.fuzz
@settings(max_examples=FUZZ, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=2000), st.sampled_from(["auto", *FORMATS]))
def test_fuzz_readers(data, fmt):
    _drain(data, fmt)


@pytest.mark.fuzz
@settings(max_examples=FUZZ, deadline=None, suppress_health_check=list(HealthCheck))
@given(any_text)
def test_fuzz_suggest(matcher, builtin, text):
    suggest(text, builtin, matcher=matcher, now=NOW).to_dict()


# --- library files --------------------------------------------------------------------------
LIBRARY_CASES = [
    ("wrong type", '[shop]\nname = 3\n', "expected a string"),
    ("unknown key", '[policy]\ndispatch_cutof = "16:00"\n', "did you mean 'dispatch_cutoff'"),
    ("unknown top key", '[shops]\nname = "x"\n', "did you mean 'shop'"),
    ("deep nesting", "x = " + "[" * 5000 + "]" * 5000 + "\n", "invalid TOML"),
    ("invalid date", '[policy]\nclosures = ["2026-13-01"]\n', "invalid date"),
    ("invalid time", '[policy]\nwork_start = "25:00"\n', 'expected a time like "16:00"'),
    ("work hours reversed", '[policy]\nwork_start = "18:00"\nwork_end = "09:00"\n', "later than work_start"),
    ("template code", '[[fallback.scripts]]\ntemplate = "plain"\ntext = "{shop.__class__.__init__}"\n', "placeholder"),
    ("format spec", '[[fallback.scripts]]\ntemplate = "plain"\ntext = "{shop.name:>99999}"\n', "placeholder"),
    ("dollar brace", '[[fallback.scripts]]\ntemplate = "plain"\ntext = "${os.system}"\n', "placeholder"),
    ("binary", "\x00\x01\x02", "invalid TOML"),
]


@pytest.mark.parametrize(("case", "text", "fragment"), LIBRARY_CASES, ids=[c[0] for c in LIBRARY_CASES])
def test_broken_library_files(tmp_path, case, text, fragment):
    path = tmp_path / "lib.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LibraryError) as info:
        Library.load([path], user=False, env=False)
    message = str(info.value)
    assert fragment in message and str(path) in message and "\n" not in message


def test_enormous_library_is_refused(tmp_path):
    path = tmp_path / "big.toml"
    path.write_bytes(b"# " + b"x" * (6 * 1024 * 1024) + b"\n")
    with pytest.raises(LibraryError, match="too large"):
        Library.load([path], user=False, env=False)


@fast(100)
@given(st.text(max_size=200))
def test_any_library_text_loads_or_fails_cleanly(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("lib") / "x.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        Library.load([path], user=False, env=False)
    except CsreplyError as exc:
        assert "\n" not in str(exc)
