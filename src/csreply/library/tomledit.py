"""Editing a library file in place with tomlkit, keeping the shop owner's comments, order and
layout: the TOML half of ``csreply add`` (:mod:`csreply.library.authoring` decides what to add)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import LibraryError


def edit_block(
    text: str, path: Path, index: int, script: Mapping[str, Any] | None, examples: Sequence[str], *, first: bool
) -> str:
    """``text`` with ``script`` and ``examples`` added to its ``index``-th scenario; every other
    byte (comments, blank lines, order, quoting) stays as it was."""
    import tomlkit

    doc = parse_keeping_layout(text, path)
    block = doc["scenarios"][index]
    if script is not None:
        _add_script(block, script, first=first)
    if examples:
        _add_examples(block, examples)
    return tomlkit.dumps(doc)


def parse_keeping_layout(text: str, path: Path):
    """The file as a tomlkit document, which keeps comments, whitespace and order.

    tomlkit reproduces almost every file byte for byte; where it does not (an array of tables
    split around another table, which it would regroup on writing), the edit is refused rather
    than moving the shop owner's text around.
    """
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        doc = tomlkit.parse(text)
    except TOMLKitError as exc:  # tomllib read it, so this is a corner tomlkit does not know
        raise LibraryError(f"{UNUSUAL_LAYOUT} ({exc})", file=path) from None
    if tomlkit.dumps(doc) != text:
        raise LibraryError(UNUSUAL_LAYOUT, file=path)
    return doc


UNUSUAL_LAYOUT = (
    "this file's layout is too unusual to edit safely (e.g. [[scenarios]] split around other tables); "
    "please add it by hand"
)


def _toml_value(value: Any):
    """``value`` as a tomlkit item written the way a person would: tables inside arrays inline,
    one per line (like the options of an options script)."""
    import tomlkit

    if isinstance(value, Mapping):
        table = tomlkit.inline_table()
        table.update({k: _toml_value(v) for k, v in value.items()})
        return table
    if isinstance(value, list):
        array = tomlkit.array()
        array.extend(_toml_value(v) for v in value)
        if any(isinstance(v, Mapping) for v in value):
            array.multiline(True)
        return array
    return value


def _add_examples(block, examples: Sequence[str]) -> None:
    """Append ``examples`` to the block's ``examples`` array, in the array's own style (one
    line or one item per line, its indentation; comments inside it stay)."""
    if "examples" in block:
        block["examples"].extend(examples)
        return
    from tomlkit.items import AoT, Table

    # right after the block's last key: a plain assignment would land after the comments and
    # blank line that introduce its [[scenarios.scripts]] (tomlkit has no public insert)
    keys = [k for k, item in block.value.body if k is not None and not isinstance(item, (Table, AoT))]
    array = _toml_value(list(examples))
    if keys and hasattr(block.value, "_insert_after"):
        block.value._insert_after(keys[-1], "examples", array)
    else:
        block["examples"] = array


def _add_script(block, script: Mapping[str, Any], *, first: bool) -> None:
    """Insert ``script`` as the block's first or last script: a ``[[scenarios.scripts]]`` table
    (or an inline table where the scripts are written inline)."""
    import tomlkit
    from tomlkit.items import AoT

    scripts = block.get("scripts")
    if scripts is not None and not isinstance(scripts, AoT):  # scripts = [{ … }, …]
        scripts.insert(0 if first else len(scripts), _toml_value(dict(script)))
        return
    table = tomlkit.table()
    for key, value in script.items():
        table[key] = _toml_value(value)
    if scripts is None:
        block["scripts"] = AoT([table])
        return
    if first:
        table.add(tomlkit.nl())  # a blank line before the script that was first
        scripts.insert(0, table)
    elif scripts[-1].as_string().endswith("\n\n"):
        table.add(tomlkit.nl())  # the last script's blank line now separates it from the new one
        scripts.append(table)
    else:  # the last script ends the file or runs into the next header
        table.trivia.indent = "\n"
        scripts.append(table)
