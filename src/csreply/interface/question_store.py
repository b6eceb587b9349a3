"""Unmatched questions kept on disk while ``report`` reads a large export, and clustered from there.

A distinct unmatched question held in memory costs about 2.5 KB (its texts, words, scores and
keyword candidates), so a report of 100,000 distinct messages grew to 150 MiB and one of
1,000,000 would have grown tenfold. :class:`~csreply.interface.report.Tally` moves its questions
here every ``SPILL`` distinct questions: a private temporary SQLite database (``sqlite3`` from the
standard library; the file is deleted when the connection closes, and SQLite's page cache is
capped at ``CACHE_KIB``). Clustering then streams the questions back most frequent first and keeps
only the cluster leaders' words and each cluster's row numbers; the clusters that are listed read
their questions back a few at a time. The clusters are the ones :func:`.clusters._cluster` makes
from the same questions in memory (the same :func:`.clusters.assign`, the same order).
"""

from __future__ import annotations

import functools
import marshal
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import OutputError
from .clusters import _Question, assign, rarity

CACHE_KIB = 4096  # SQLite's page cache: what the database may hold in memory
BATCH = 500  # questions read or looked up per query


def _disk_errors(method):
    """SQLite's errors (a full or unwritable temporary folder) as one-line output errors (exit 74)."""

    @functools.wraps(method)
    def guarded(*args, **kwargs):
        import sqlite3

        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            raise OutputError(f"report could not keep its unmatched questions in a temporary file: {exc}"
                              " (set SQLITE_TMPDIR to a folder with free space) · 没答上的问题存不进临时文件") from exc

    return guarded


class QuestionStore:
    """Distinct unmatched questions, merged by core as they come (earlier ones first)."""

    @_disk_errors
    def __init__(self) -> None:
        import sqlite3

        self._db = sqlite3.connect("")  # "": a private temporary database on disk
        self._db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self._db.execute("PRAGMA temp_store = FILE")
        self._db.execute("CREATE TABLE q (core TEXT PRIMARY KEY, words TEXT, first INTEGER, count INTEGER,"
                         " texts BLOB, scores BLOB, ngrams BLOB)")
        self._rows = 0
        self.last_read: tuple[StoredGroup | None, list[_Question]] = (None, [])  # see StoredGroup

    def __len__(self) -> int:
        return self._rows

    @_disk_errors
    def add(self, questions: Iterable[_Question]) -> None:
        """Store questions that come after every stored one: a core already stored keeps its
        first position and words and adds the new texts, scores and keyword counts after its own."""
        questions = list(questions)
        stored: dict[str, tuple] = {}
        for i in range(0, len(questions), BATCH):
            cores = [q.core for q in questions[i:i + BATCH]]
            marks = ",".join("?" * len(cores))
            for row in self._db.execute(f"SELECT rowid, core, words, first, texts, scores, ngrams FROM q"
                                        f" WHERE core IN ({marks})", cores):
                stored[row[1]] = row
        new, changed = [], []
        for q in questions:
            row = stored.get(q.core)
            if row is None:
                new.append((q.core, q.words, q.first, q.count, *_blobs(q)))
                continue
            ours = _question(row[1:])
            ours.texts.update(q.texts)
            ours.scores.update(q.scores)
            ours.ngrams.update(q.ngrams)
            changed.append((ours.count, *_blobs(ours), row[0]))
        with self._db:
            self._db.executemany("INSERT INTO q (core, words, first, count, texts, scores, ngrams)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)", new)
            self._db.executemany("UPDATE q SET count = ?, texts = ?, scores = ?, ngrams = ? WHERE rowid = ?", changed)
        self._rows += len(new)

    def questions(self) -> Iterator[_Question]:
        """Every stored question, in the order they were first stored (all read into memory:
        for handing a tally to another process)."""
        yield from map(_question, self._all_rows())

    @_disk_errors
    def _all_rows(self) -> list[tuple]:
        return self._db.execute("SELECT core, words, first, texts, scores, ngrams FROM q ORDER BY rowid").fetchall()

    @_disk_errors
    def clusters(self, cutoff: float) -> list[tuple[StoredGroup, int]]:
        """``(cluster, messages in it)``, largest first: the clusters of
        :func:`.clusters._cluster`, each a :class:`StoredGroup` read back when it is used."""
        counts = rarity(core for (core,) in self._db.execute("SELECT core FROM q"))
        rows = self._db.execute("SELECT rowid, core, words, count, first FROM q ORDER BY count DESC, first")
        members: list[Any] = []  # per cluster: its only row number, or an array of them
        sizes, firsts = array("q"), array("q")
        for (rowid, count, first), best in assign(((r[1], r[2], (r[0], r[3], r[4])) for r in rows), counts, cutoff):
            if best == len(members):
                members.append(rowid)
                sizes.append(count)
                firsts.append(first)
                continue
            if isinstance(members[best], int):
                members[best] = array("q", [members[best]])
            members[best].append(rowid)
            sizes[best] += count
        order = sorted(range(len(members)), key=lambda i: (-sizes[i], firsts[i]))
        return [(StoredGroup(self, members[i]), sizes[i]) for i in order]

    @_disk_errors
    def read(self, rowids: list[int]) -> list[_Question]:
        """The questions of these rows, in this order."""
        found: dict[int, _Question] = {}
        for i in range(0, len(rowids), BATCH):
            part = rowids[i:i + BATCH]
            marks = ",".join("?" * len(part))
            for row in self._db.execute(f"SELECT rowid, core, words, first, texts, scores, ngrams FROM q"
                                        f" WHERE rowid IN ({marks})", part):
                found[row[0]] = _question(row[1:])
        return [found[r] for r in rowids]

    def close(self) -> None:
        self._db.close()


class StoredGroup:
    """A cluster's questions, leader first, read from the store when they are used. A cluster of
    at most ``BATCH`` questions is read once and kept until another cluster is read (advice reads
    a cluster several times); a larger one is read a batch at a time, every time."""

    def __init__(self, store: QuestionStore, members: int | array) -> None:
        self._store = store
        self._rowids = [members] if isinstance(members, int) else list(members)

    def __len__(self) -> int:
        return len(self._rowids)

    def __getitem__(self, i: int) -> _Question:
        kept = self._kept()
        return kept[i] if kept is not None else self._store.read([self._rowids[i]])[0]

    def __iter__(self) -> Iterator[_Question]:
        kept = self._kept()
        if kept is not None:
            yield from kept
            return
        for i in range(0, len(self._rowids), BATCH):
            yield from self._store.read(self._rowids[i:i + BATCH])

    def _kept(self) -> list[_Question] | None:
        if len(self._rowids) > BATCH:
            return None
        if self._store.last_read[0] is not self:
            self._store.last_read = (self, self._store.read(self._rowids))
        return self._store.last_read[1]


def _blobs(q: _Question) -> tuple[bytes, bytes, bytes]:
    return marshal.dumps(dict(q.texts)), marshal.dumps(dict(q.scores)), marshal.dumps(dict(q.ngrams))


def _question(row: tuple) -> _Question:
    core, words, first, texts, scores, ngrams = row
    return _Question(core, words, first, Counter(marshal.loads(texts)), Counter(marshal.loads(scores)),
                     Counter(marshal.loads(ngrams)))
