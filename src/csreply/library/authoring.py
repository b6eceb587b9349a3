"""Write a shop's own script library: ``add`` appends to one (``init`` is in :mod:`.starter`).

Both only ever replace a file whole and atomically: the new content goes to a temporary file in
the same folder, is flushed to disk, checked by loading it, and then renamed over the old file
(:func:`write_atomic`). An interrupted run leaves the old file as it was.

``add`` edits the file through tomlkit, the style-preserving TOML library, so the shop owner's
comments, order and layout are kept; before anything is written it checks that the edited text
parses to exactly the old data plus the addition, and that the library loads.
"""

from __future__ import annotations

import copy
import os
import tempfile
import tomllib
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..cache import current_umask
from ..errors import LibraryError, OutputError, UsageError
from .loading import Library, user_library_dir
from .model import Option, Scenario, Script
from .tomledit import UNUSUAL_LAYOUT, edit_block

STARTER_FILE = "shop.toml"
DEFAULT_SHOP_NAME = "我的小店"
DEFAULT_AGENT = "小助手"


# --- writing ----------------------------------------------------------------------------------
def write_atomic(path: Path, data: bytes, *, expect: bytes | None = None, check=None) -> None:
    """Replace ``path`` with ``data`` via a temporary file and ``os.replace``.

    ``check(tmp_path)`` runs on the finished temporary file before the rename (it raises to
    stop); ``expect`` is the content ``path`` must still have (``b""`` for "must not exist"), so
    a file edited meanwhile by someone else is not overwritten. On any failure the temporary
    file is removed and ``path`` is untouched.

    A symlink is written through: the file it names gets the new content and the link stays.
    A file without write permission is refused (:class:`OutputError`), not replaced.
    """
    path = Path(os.path.realpath(path))
    _check_writable(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write in {folder}: {exc.strerror}") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.chmod(tmp, path.stat().st_mode & 0o7777)  # keep the old file's permissions
        except FileNotFoundError:
            os.chmod(tmp, 0o666 & ~current_umask())
        if check is not None:
            check(tmp)
        if expect is not None and _current(path) != expect:
            raise UsageError(f"{path} changed while csreply was writing it; nothing was written, try again")
        os.replace(tmp, path)
    except OSError as exc:
        _unlink(tmp)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        _unlink(tmp)
        raise
    _fsync_folder(folder)


def _check_writable(path: Path) -> None:
    """Refuse a read-only file: renaming over it would bypass the protection its owner chose
    (the folder's permissions, not the file's, govern a rename; root ignores them all)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # a new file: the folder decides
    if not mode & 0o222 or not os.access(path, os.W_OK):
        raise OutputError(f"{path} is read-only; nothing was written (make it writable first)")


def _current(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def check_loads(real: Path):
    """A ``check`` for :func:`write_atomic`: the temporary file must load as a library; errors
    name the real file (the lines are the same)."""

    def check(tmp: Path) -> None:
        try:
            Library.from_files([tmp])
        except LibraryError as exc:
            raise LibraryError(exc.message, file=real, line=exc.line, key=exc.key) from None

    return check


# --- add --------------------------------------------------------------------------------------
@dataclass
class Addition:
    """What :func:`add_to_library` changed."""

    path: Path
    scenario: str
    title: str
    script_rank: int | None = None  # 1-based rank of the new script in its scenario
    examples: list[str] = field(default_factory=list)  # added
    skipped: list[str] = field(default_factory=list)  # already there
    new_block: bool = False  # a [[scenarios]] block was appended
    copied_from: str | None = None  # the file the block's existing content was copied from
    created_file: bool = False
    notes: list[str] = field(default_factory=list)


def default_target() -> Path:
    """The file ``add`` writes to by default: the one ``init`` creates in the user folder."""
    return user_library_dir() / STARTER_FILE


def script_to_dict(script: Script) -> dict[str, Any]:
    """A loaded :class:`Script` as the TOML table that would load back to it."""
    out: dict[str, Any] = {"template": script.template}
    relevant = {
        "plain": ("text",),
        "fabe": ("opening", "feature", "advantage", "benefit", "evidence", "closing"),
        "options": ("opening", "closing"),
    }[script.template]
    extra = [f.name for f in fields(Script) if f.name not in {
        "template", "text", "opening", "closing", "options", "feature", "advantage", "benefit",
        "evidence", "source", "line"}]
    for f in fields(Script):
        if f.name in relevant or f.name in extra:
            value = getattr(script, f.name)
            if value != f.default:
                out[f.name] = value
    if script.template == "options":
        out["options"] = [_option_dict(o, i) for i, o in enumerate(script.options)]
        # keep the natural order: opening, options, closing
        if "closing" in out:
            out["closing"] = out.pop("closing")
    return out


def _option_dict(option: Option, index: int) -> dict[str, Any]:
    out: dict[str, Any] = {"text": option.text, "deadline": option.deadline}
    if option.label and option.label != "ABC"[index]:
        out["label"] = option.label
    return out


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    """A loaded :class:`Scenario` as the TOML table that would load back to it."""
    out: dict[str, Any] = {"id": scenario.id, "title": scenario.title, "stage": scenario.stage}
    if scenario.yields:
        out["yields"] = True
    if scenario.negative:
        out["negative"] = list(scenario.negative)
    out["examples"] = list(scenario.examples)
    out["keywords"] = {w: (int(x) if float(x).is_integer() else x) for w, x in scenario.keywords.items()}
    out["scripts"] = [script_to_dict(s) for s in scenario.scripts]
    return out


@contextmanager
def library_lock(path: Path, *, wait: float = 5.0):
    """Hold an exclusive lock on ``path`` (a ``.NAME.lock`` file beside it) while editing it.

    A second writer waits up to ``wait`` seconds, then gets a clear "library is busy" error;
    reading a library never takes the lock. filelock locks on POSIX and on Windows alike.
    """
    from filelock import FileLock, Timeout

    lock = FileLock(path.with_name(f".{path.name}.lock"), timeout=wait, mode=0o600)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except Timeout:
        raise UsageError(f"library is busy: another csreply is writing {path}; try again") from None
    except OSError as exc:
        raise UsageError(f"cannot lock {path}: {exc.strerror or exc}") from None
    try:
        yield
    finally:
        lock.release()


def add_to_library(path: Path, scenario_id: str, **kwargs: Any) -> Addition:
    """Add a script and/or example questions to ``scenario_id`` in ``path``, under a lock.

    See :func:`_add_unlocked` for what is added where; two processes adding at once both land,
    one after the other, or the later one gets a "library is busy" error after a wait.
    """
    with library_lock(path):
        return _add_unlocked(path, scenario_id, **kwargs)


def _add_unlocked(
    path: Path,
    scenario_id: str,
    *,
    script: Mapping[str, Any] | None = None,
    examples: Sequence[str] = (),
    title: str | None = None,
    stage: str | None = None,
    first: bool = True,
    library: Library | None = None,
) -> Addition:
    """Add ``script`` and/or ``examples`` to scenario ``scenario_id`` in the library file ``path``.

    - The scenario is in the file: the script goes in as its first (``first``) or last script,
      the examples at the end of its ``examples`` list; nothing else in the file changes.
    - It is not: a ``[[scenarios]]`` block is appended at the end of the file. Because a block
      with the same id replaces the loaded scenario whole, the block starts as a copy of the
      scenario in force in ``library`` (keywords, examples, scripts), so nothing the shop already
      had disappears; for a new id, ``title`` (and ``stage``) are needed.

    The result must parse to the old data plus the addition and load as a library before it
    replaces the file (atomically). Raises :class:`UsageError` or :class:`LibraryError`.
    """
    import tomli_w

    if script is None and not examples:
        raise UsageError("nothing to add: give a reply text (--text), a template (--template) or --example")
    path = Path(path)
    raw = _current(path) if path.exists() else b""
    if path.exists() and not path.is_file():
        raise UsageError(f"{path} is not a file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise LibraryError("library files must be UTF-8 text", file=path) from None
    bom = text.startswith("\ufeff")
    text = text.removeprefix("\ufeff")
    crlf = "\r\n" in text and text.count("\r\n") == text.count("\n")
    if crlf:
        text = text.replace("\r\n", "\n")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LibraryError(f"fix this file first, it is not valid TOML: {exc}", file=path) from None

    result = Addition(path=path, scenario=scenario_id, title=title or scenario_id, created_file=not raw)
    scenarios = data.get("scenarios", [])
    if not isinstance(scenarios, list):
        raise LibraryError("'scenarios' should be an array of tables ([[scenarios]])", file=path)
    index = next((i for i, s in enumerate(scenarios) if isinstance(s, dict) and s.get("id") == scenario_id), None)
    new_examples = [e.strip() for e in examples if e.strip()]
    script = dict(script) if script is not None else None
    expected = copy.deepcopy(data)

    if index is not None:
        block = scenarios[index]
        result.title = str(block.get("title", scenario_id))
        have = list(block.get("examples", []) or [])
        added, skipped = _new_examples(have, new_examples)
        result.examples, result.skipped = added, skipped
        target = expected["scenarios"][index]
        if added:
            target["examples"] = have + added
        if script is not None:
            scripts = list(target.get("scripts", []) or [])
            scripts.insert(0 if first else len(scripts), script)
            target["scripts"] = scripts
            result.script_rank = 1 if first else len(scripts)
        new_text = edit_block(text, path, index, script, added, first=first)
    else:
        loaded = library.scenarios.get(scenario_id) if library is not None else None
        if loaded is not None:
            block = scenario_to_dict(loaded)
            result.title = loaded.title
            result.copied_from = loaded.source
        else:
            if not title:
                raise UsageError(
                    f"unknown scenario '{scenario_id}': to create it give --title (and --stage pre_sale|after_sale); "
                    "'csreply scenarios' lists the existing ones"
                )
            block = {"id": scenario_id, "title": title, "stage": stage or "pre_sale", "examples": [],
                     "keywords": {}, "scripts": []}
        added, skipped = _new_examples(list(block["examples"]), new_examples)
        result.examples, result.skipped = added, skipped
        block["examples"] = list(block["examples"]) + added
        if script is not None:
            block["scripts"] = ([script] + block["scripts"]) if first else (block["scripts"] + [script])
            result.script_rank = 1 if first else len(block["scripts"])
        block = {k: v for k, v in block.items() if v not in ([], {})}
        expected.setdefault("scenarios", []).append(block)
        result.new_block = True
        comment = _block_comment(block, loaded)
        new_text = text
        if new_text and not new_text.endswith("\n"):
            new_text += "\n"
        new_text += ("\n" if new_text.strip() else "") + comment + tomli_w.dumps({"scenarios": [block]})

    if not result.examples and script is None:
        raise UsageError(f"nothing to add: {scenario_id} already has those examples")
    try:
        reparsed = tomllib.loads(new_text)
    except tomllib.TOMLDecodeError as exc:
        raise LibraryError(f"cannot add here without breaking the file's TOML ({exc}); please add it by hand",
                           file=path) from None
    if reparsed != expected:  # a last guard: the edit must add exactly what was asked
        raise LibraryError(UNUSUAL_LAYOUT, file=path)
    if crlf:
        new_text = new_text.replace("\n", "\r\n")
    out = (("\ufeff" if bom else "") + new_text).encode("utf-8")
    write_atomic(path, out, expect=raw, check=check_loads(path))
    return result


def _new_examples(have: Sequence[str], new: Sequence[str]) -> tuple[list[str], list[str]]:
    from ..understanding.normalize import normalize

    seen = {normalize(e).text for e in have}
    added, skipped = [], []
    for e in new:
        norm = normalize(e).text
        if norm in seen:
            skipped.append(e)
        else:
            seen.add(norm)
            added.append(e)
    return added, skipped


def _block_comment(block: Mapping[str, Any], loaded: Scenario | None) -> str:
    title = f"{block['title']} {block['id']}"
    if loaded is None:
        return f"# ─────────────── {title}（本店新增场景，由 csreply add 添加）───────────────\n"
    return (
        f"# ─────────────── {title}（由 csreply add 从已加载的话术库复制）───────────────\n"
        "# 同 id 的场景会把之前加载的同名场景整个替换掉，所以这里复制了它原有的关键词、例句和话术，\n"
        "# 再加上新内容；之后内置话术库更新时，这个场景不会跟着变，可以在这里直接修改。\n"
    )
