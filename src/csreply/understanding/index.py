"""The matcher's precomputed view of a library, built once and cached.

Building it normalises every keyword and example question and cuts the examples with jieba,
which costs ~100 ms per start. The result is plain data (strings, numbers, lists, dicts), so it
is cached with ``marshal`` (which cannot run code, unlike pickle; checksummed by :mod:`.cache`)
in the platform cache folder, keyed by a fingerprint of everything in the library that matching
reads. A missing, stale, corrupt or unwritable cache only means building it again.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, fields
from pathlib import Path

from .features import question_form
from .learn import LinearModel, fit, samples_fingerprint, training_samples
from .learn import dumps as learn_dumps
from .learn import loads as learn_loads
from ..library.loading import Library
from .normalize import VERSION as NORMALIZE_VERSION, normalize
from ..cache import cache_dir, load_marshal, save_marshal
from .segment import Segmenter

_FORMAT = 6  # bump when the structure below changes


def fingerprint(library: Library) -> str:
    """A hash of everything matching depends on (keywords, negatives, examples, synonyms)."""
    h = hashlib.sha256(f"{_FORMAT} {NORMALIZE_VERSION}".encode())
    for s in library.scenarios.values():
        h.update(repr((s.id, sorted(s.keywords.items()), s.negative, s.examples)).encode())
    h.update(repr(sorted(library.synonyms.items())).encode())
    return h.hexdigest()[:24]


@dataclass
class MatchIndex:
    """Normalised keywords, negatives, synonyms and example questions, with lookup indexes."""

    synonyms: dict[str, str]  # normalised variant -> normalised canonical word
    keywords: list[tuple[str, str, float]]  # (word, scenario, weight), longest word first
    keyword_index: dict[str, tuple[int, list[tuple[int, str, float]]]]
    longest: int
    negative: dict[str, tuple[str, ...]]
    example_ids: list[str]
    example_texts: list[str]
    example_words: list[str]  # jieba words joined by spaces
    order: dict[str, int]  # scenario id -> its place in the library (ties rank in this order)

    @classmethod
    def load(cls, library: Library) -> MatchIndex:
        """The cached index of ``library``, or a freshly built (and cached) one."""
        folder = cache_dir()
        path = folder / f"index-{fingerprint(library)}.marshal" if folder else None
        cached = _read(path)
        if cached is not None:
            return cached
        index = cls.build(library)
        if save_marshal(path, tuple(index.__dict__.values())):
            prune(path.parent, "index-")
        return index

    @classmethod
    def build(cls, library: Library) -> MatchIndex:
        synonyms = {}
        for variant, canonical in library.synonyms.items():
            v, c = normalize(variant).text, normalize(canonical).text
            if v and c and v != c:
                synonyms[v] = c
        rewrite = compile_synonyms(synonyms)

        def canon(text: str) -> str:
            return question_form(rewrite(normalize(text).text))

        keywords: list[tuple[str, str, float]] = []
        for scenario in library.scenarios.values():
            for word, weight in scenario.keywords.items():
                if norm := canon(word):
                    keywords.append((norm, scenario.id, float(weight)))
        keywords += derived_keywords(library, canon)
        keywords.sort(key=lambda k: -len(k[0]))
        keyword_index: dict[str, tuple[int, list[tuple[int, str, float]]]] = {}
        for rank, (word, scenario, weight) in enumerate(keywords):
            keyword_index.setdefault(word, (rank, []))[1].append((rank, scenario, weight))
        negative = {
            s.id: tuple(n for n in (canon(w) for w in s.negative) if n) for s in library.scenarios.values()
        }
        ids: list[str] = []
        texts: list[str] = []
        for scenario in library.scenarios.values():
            for example in scenario.examples:
                if text := canon(example):
                    ids.append(scenario.id)
                    texts.append(text)
        segmenter = Segmenter(k[0] for k in keywords)
        words = [" ".join(segmenter.cut(t)) for t in texts]
        return cls(
            order={sid: i for i, sid in enumerate(library.scenarios)},
            synonyms=synonyms,
            keywords=keywords,
            keyword_index=keyword_index,
            longest=max((len(w) for w in keyword_index), default=0),
            negative=negative,
            example_ids=ids,
            example_texts=texts,
            example_words=words,
        )

    def segmenter_words(self) -> list[str]:
        """The words jieba must keep whole: every keyword."""
        return list(self.keyword_index)


FEW_KEYWORDS = 5  # a scenario with fewer keywords gets some derived from its examples
DERIVED_SHARE = 0.3  # … character pairs in at least this share of its examples
DERIVED_ELSEWHERE = 0.02  # … and in at most this share of every other scenario's examples
DERIVED_WEIGHT = 2.0


def derived_keywords(library: Library, canon) -> list[tuple[str, str, float]]:
    """Keywords for scenarios that bring (almost) none, e.g. a shop's own scenario written as
    15 examples: character pairs common in its examples and rare in every other scenario's
    (刻字 for a 刻字定制 scenario), so its keyword evidence is not zero against the built-in
    scenarios' hand-made lexicons."""
    pairs: dict[str, list[set[str]]] = {}
    for scenario in library.scenarios.values():
        pairs[scenario.id] = [
            {t[i : i + 2] for i in range(len(t) - 1)} for t in (canon(e) for e in scenario.examples) if t
        ]
    out: list[tuple[str, str, float]] = []
    for scenario in library.scenarios.values():
        mine = pairs[scenario.id]
        if len(scenario.keywords) >= FEW_KEYWORDS or len(mine) < 5:
            continue
        counts: dict[str, int] = {}
        for grams in mine:
            for gram in grams:
                counts[gram] = counts.get(gram, 0) + 1
        for gram, n in sorted(counts.items()):
            if n < DERIVED_SHARE * len(mine):
                continue
            if all(
                sum(gram in g for g in other) <= DERIVED_ELSEWHERE * len(other)
                for sid, other in pairs.items() if sid != scenario.id and other
            ):
                out.append((gram, scenario.id, DERIVED_WEIGHT))
    return out


def compile_synonyms(synonyms: dict[str, str]):
    """A function replacing every variant by its canonical word, longest variant first.

    >>> compile_synonyms({"顺风": "顺丰", "咋": "怎么"})("能发顺风吗咋寄")
    '能发顺丰吗怎么寄'
    """
    if not synonyms:
        return lambda text: text
    pattern = re.compile("|".join(re.escape(v) for v in sorted(synonyms, key=len, reverse=True)))
    return lambda text: pattern.sub(lambda m: synonyms[m.group(0)], text) if text else text


def _read(path: Path | None) -> MatchIndex | None:
    """The cached index, or None when the entry is missing, damaged or of another shape."""
    values = load_marshal(path, _is_index)
    # marshal turns tuples inside lists back into tuples but keeps lists as lists: fine for reads
    return MatchIndex(*values) if values is not None else None


def _is_index(value) -> bool:
    """A tuple of MatchIndex's fields in order, each of the container type the field has."""
    kinds = [dict, list, dict, int, dict, list, list, list, dict]
    return (
        isinstance(value, tuple)
        and len(value) == len(kinds) == len(fields(MatchIndex))
        and all(isinstance(v, k) for v, k in zip(value, kinds))
    )


def load_model(library: Library, featurize, extra=()) -> LinearModel:
    """The scenario model of ``library`` (plus ``extra`` labelled samples): from the cache when
    its training data is unchanged (checksummed, and checked for shape: a damaged or foreign
    file is refitted, never trusted), else fitted now (scikit-learn) and cached."""
    from ..cache import read_checked, write_checked

    samples = training_samples(library, extra)
    folder = cache_dir()
    path = folder / f"model-{samples_fingerprint(samples)}.marshal" if folder else None
    data = read_checked(path)
    cached = learn_loads(data) if data is not None else None
    if cached is not None:
        return cached
    model = fit(samples, featurize)
    if path is not None and write_checked(path, learn_dumps(model)):
        prune(path.parent, "model-")
    return model


KEEP = 8  # cached models (and indexes) kept per kind: one per library a shop switches between


def prune(folder: Path, prefix: str, keep: int = KEEP) -> None:
    """Remove all but the ``keep`` newest cache files starting with ``prefix``: every change of
    a library writes a new entry, and old ones would pile up."""
    try:
        entries = sorted(folder.glob(prefix + "*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[keep:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another process pruned or wrote at the same time: the next write prunes again
