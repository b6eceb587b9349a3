"""Checked cache files: a short header and a checksum around the payload, in the cache folder.

Caches (the jieba dictionary, the match index, parsed TOML, and later other models) live in
the platform cache folder, which any program, a full disk or a crash can damage. A damaged
file must never be taken for data: :func:`read_checked` returns the payload only when its
header and BLAKE2b checksum match, else None, so the caller rebuilds the entry instead of
blaming the library for what a broken cache says. :func:`cache_dir` is the folder
(``$CSREPLY_CACHE_DIR`` or the platform's), :func:`atomic_write_bytes` the write that a crash
cannot leave half done, and :func:`current_umask` the mode other files written whole start from.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "demo.bin"
>>> write_checked(path, b"payload")
True
>>> read_checked(path)
b'payload'
>>> _ = path.write_bytes(path.read_bytes()[:-1] + b"X")  # one byte changed
>>> read_checked(path) is None
True
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from pathlib import Path

MAGIC = b"csreply-cache\x01"  # bump the last byte when the layout below changes
_DIGEST = 16  # bytes of BLAKE2b: plenty to catch damage, this is not about attackers
MAX_CACHE_BYTES = 256 * 1024 * 1024  # a cache file larger than this is not ours to read whole
CACHE_ENV = "CSREPLY_CACHE_DIR"  # overrides the platform cache folder; "" disables the cache


def cache_dir() -> Path | None:
    """Where csreply keeps caches, or None when caching is disabled."""
    if CACHE_ENV in os.environ:
        value = os.environ[CACHE_ENV]
        return Path(value) if value else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("csreply", appauthor=False))


def atomic_write_bytes(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` via a temporary file and rename; False when it cannot."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one
        return True
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False


def current_umask() -> int:
    """The process's umask (read by setting it and putting it back): the mode a new file gets."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=_DIGEST).digest()


def write_checked(path: Path, data: bytes) -> bool:
    """Write ``data`` with a header and checksum, atomically; False when it cannot be written."""
    return atomic_write_bytes(path, MAGIC + _digest(data) + data)


def read_checked(path: Path | None) -> bytes | None:
    """The payload written by :func:`write_checked`, or None if missing, damaged or foreign."""
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            blob = f.read(MAX_CACHE_BYTES + 1)
    except OSError:
        return None
    head = len(MAGIC) + _DIGEST
    if len(blob) > MAX_CACHE_BYTES or len(blob) < head or not blob.startswith(MAGIC):
        return None
    data = blob[head:]
    return data if _digest(data) == blob[len(MAGIC) : head] else None


def load_marshal(path: Path | None, shape=None):
    """The marshal value cached at ``path``, or None when absent, damaged or of the wrong shape.

    ``shape(value) -> bool`` checks the outer structure, since even an intact file may have been
    written by another version.
    """
    import marshal

    data = read_checked(path)
    if data is None:
        return None
    try:
        value = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    return value if shape is None or shape(value) else None


def save_marshal(path: Path | None, value) -> bool:
    """Cache ``value`` with marshal; False when there is no cache or it is not marshal-able."""
    import marshal

    if path is None:
        return False
    try:
        data = marshal.dumps(value)
    except ValueError:  # e.g. TOML dates and times
        return False
    return write_checked(path, data)


def short_text_cache(maxsize: int, longest: int = 1_000):
    """``functools.lru_cache`` for a function of one text (its only argument) that only keeps
    short texts.

    Chat logs repeat short messages ("在吗", "好的"), so caching them pays; a long message
    rarely repeats and, kept as a key with its result, costs its size again for every entry:
    4,096 distinct 1 MB messages would hold gigabytes. Long texts are computed, not kept.
    """

    def wrap(func):
        cached = functools.lru_cache(maxsize=maxsize)(func)

        @functools.wraps(func)
        def call(text):  # one argument: packing *args and **kwargs doubled the cost of a hit
            return cached(text) if len(text) <= longest else func(text)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call

    return wrap
