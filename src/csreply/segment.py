"""jieba segmentation with the loaded libraries' keywords as a domain dictionary.

jieba is imported on first use only, so ``csreply --help`` stays instant, and its logging is
turned down with its own API.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable


class Segmenter:
    """Cuts normalised text into words; library keywords are kept whole.

    >>> Segmenter(["开胶"]).cut("鞋子开胶了")
    ['鞋子', '开胶', '了']
    """

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._words = sorted({w for w in words if w})
        self._tokenizer = None

    def _load(self):
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        for word in self._words:
            tokenizer.add_word(word, freq=None)
        return tokenizer

    def cut(self, text: str) -> list[str]:
        """Words of ``text`` (precise mode, no HMM guessing of unknown words)."""
        if self._tokenizer is None:
            self._tokenizer = self._load()
        return [w for w in self._tokenizer.lcut(text, HMM=False) if w.strip()]
