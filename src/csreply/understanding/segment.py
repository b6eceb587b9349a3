"""jieba segmentation with a compact dictionary: common words plus the libraries' keywords.

jieba's default dictionary holds 349,000 words and costs about a second and 60 MB to load. The
matcher needs far less: the :data:`COMMON_WORDS` most frequent words of that dictionary, plus
every keyword of the loaded libraries, kept whole. The prefix dictionary built from them is
cached (marshal, checksummed by :mod:`csreply.cache`) in the platform cache folder, keyed by
jieba's version and the word list, so later starts load it in milliseconds. Cache writes are
atomic (temporary file + rename); a read-only or missing cache folder means no cache, never an
error.

jieba is imported on first use only, so ``csreply --help`` stays instant, and its logging is
turned down with its own API.
"""

from __future__ import annotations

import hashlib
import io
import logging
import types
from collections.abc import Iterable

COMMON_WORDS = 20_000
_FORMAT = 1  # bump when the cached structure changes


def import_jieba():
    """Import jieba without letting it import ``pkg_resources``.

    jieba uses pkg_resources only to open its own data files and falls back to plain file paths
    when it is missing; importing it costs ~50 ms and, with recent setuptools, prints a
    deprecation warning. So it is hidden for the duration of jieba's import.
    """
    import sys

    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes the import fail
    # jieba.finalseg is the HMM model for guessing unknown words (12 ms to import); csreply cuts
    # with HMM=False, so a placeholder that fails loudly if ever used stands in for it
    stub = "jieba.finalseg" not in sys.modules
    if stub:
        placeholder = types.ModuleType("jieba.finalseg")

        def _no_hmm(*args, **kwargs):
            raise RuntimeError("csreply loads jieba without its HMM model: cut with HMM=False")

        placeholder.cut = _no_hmm  # type: ignore[attr-defined]
        placeholder.add_force_split = lambda word: None  # type: ignore[attr-defined]  # HMM-only
        sys.modules["jieba.finalseg"] = placeholder
    try:
        import jieba
    finally:
        if hidden:
            del sys.modules["pkg_resources"]
    jieba.setLogLevel(logging.WARNING)
    return jieba


class Segmenter:
    """Cuts normalised text into words; library keywords are kept whole.

    >>> Segmenter(["开胶"]).cut("鞋子开胶了")
    ['鞋子', '开胶', '了']
    """

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._words = sorted({w for w in words if w})
        self._tokenizer = None

    def cut(self, text: str) -> list[str]:
        """Words of ``text`` (precise mode, no HMM guessing of unknown words)."""
        if self._tokenizer is None:
            self._tokenizer = self._load()
        return [w for w in self._tokenizer.lcut(text, HMM=False) if w.strip()]

    def _load(self):
        jieba = import_jieba()
        from ..cache import cache_dir, load_marshal, save_marshal

        tokenizer = jieba.Tokenizer()
        key = hashlib.sha256(
            "\n".join([str(_FORMAT), jieba.__version__, str(COMMON_WORDS), *self._words]).encode()
        ).hexdigest()[:20]
        folder = cache_dir()
        cache = folder / f"jieba-{key}.marshal" if folder else None
        loaded = load_marshal(cache, _is_dictionary)
        if loaded is None:
            tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(io.BytesIO(_common_words(jieba)))
            tokenizer.initialized = True
            for word in self._words:
                tokenizer.add_word(word)
            save_marshal(cache, (tokenizer.FREQ, tokenizer.total))
        else:
            tokenizer.FREQ, tokenizer.total = loaded
        tokenizer.initialized = True
        return tokenizer


def _is_dictionary(value) -> bool:
    """The shape of a cached prefix dictionary: ``(dict, number)``."""
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], dict)
        and isinstance(value[1], (int, float))
    )


def _common_words(jieba) -> bytes:
    """The most frequent lines of jieba's own dictionary, in its ``word freq tag`` format."""
    with jieba.get_module_res("dict.txt") as f:
        lines = f.read().splitlines()
    ranked = sorted(lines, key=lambda line: -int(line.split(b" ", 2)[1]))
    return b"\n".join(ranked[:COMMON_WORDS])
