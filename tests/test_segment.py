"""Segmentation with the compact dictionary and its cache."""

from __future__ import annotations

import os

from csreply.cache import atomic_write_bytes
from csreply.understanding.segment import Segmenter


def test_keywords_are_kept_whole_and_common_words_known(tmp_path, monkeypatch):
    monkeypatch.setenv("CSREPLY_CACHE_DIR", str(tmp_path))
    seg = Segmenter(["开胶", "纸皮核桃"])
    assert seg.cut("鞋子穿了两天就开胶了") == ["鞋子", "穿", "了", "两天", "就", "开胶", "了"]
    assert "纸皮核桃" in seg.cut("这是纸皮核桃吗")
    assert len(list(tmp_path.glob("jieba-*.marshal"))) == 1


def test_cache_is_reused_and_gives_the_same_cuts(tmp_path, monkeypatch):
    monkeypatch.setenv("CSREPLY_CACHE_DIR", str(tmp_path))
    first = Segmenter(["开胶"]).cut("鞋子开胶了能退吗")
    (cache,) = tmp_path.glob("jieba-*.marshal")
    stamp = cache.stat().st_mtime_ns
    assert Segmenter(["开胶"]).cut("鞋子开胶了能退吗") == first
    assert cache.stat().st_mtime_ns == stamp  # read, not rewritten


def test_corrupt_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("CSREPLY_CACHE_DIR", str(tmp_path))
    Segmenter(["开胶"]).cut("开胶")
    (cache,) = tmp_path.glob("jieba-*.marshal")
    cache.write_bytes(b"not marshal")
    assert Segmenter(["开胶"]).cut("鞋子开胶了") == ["鞋子", "开胶", "了"]


def test_read_only_or_disabled_cache_still_works(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        monkeypatch.setenv("CSREPLY_CACHE_DIR", str(locked / "sub"))
        assert Segmenter(["开胶"]).cut("开胶了") == ["开胶", "了"]
        monkeypatch.setenv("CSREPLY_CACHE_DIR", "")
        assert Segmenter(["开胶"]).cut("开胶了") == ["开胶", "了"]
    finally:
        locked.chmod(0o700)


def test_atomic_write_replaces_whole_file(tmp_path):
    target = tmp_path / "f.bin"
    assert atomic_write_bytes(target, b"one")
    assert atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["f.bin"]
