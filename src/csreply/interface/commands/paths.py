"""``csreply paths``: which library files and folders are in use, and where the cache lives."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import typer

from .. import terminal
from ..cli_help import epilog
from ..options import Format, FormatOpt, LibraryOpt

EPILOG = epilog([
    "csreply paths",
    "csreply paths -l examples/shop",
    "csreply paths --format json | jq -r '.libraries[].files[]'",
], "按加载顺序列出：内置话术库、用户话术库文件夹、环境变量 CSREPLY_LIBRARY、每个 --library，"
   "以及缓存文件夹（CSREPLY_CACHE_DIR 可改，设为空则不用缓存）。只列出，不加载也不检查话术库。")


def register(app: typer.Typer) -> None:
    app.command(name="paths", epilog=EPILOG)(paths)


def paths(library: LibraryOpt = None, fmt: FormatOpt = Format.auto) -> None:
    """列出正在用的话术库文件、文件夹和缓存文件夹 (show library and cache paths)."""
    from ..output import to_json

    data = {"libraries": library_layers(library or ()), "cache": cache_info()}
    chosen = fmt
    if chosen is Format.auto:
        chosen = Format.text if terminal.stdout_is_terminal() else Format.json
    if chosen is Format.json:
        print(to_json(data, indent=2))
    else:
        print(paths_text(data))


def library_layers(extra: list[Path] | tuple[Path, ...]) -> list[dict[str, Any]]:
    """The library sources in loading order, each with the TOML files it contributes.

    A layer that is not there (no user folder yet, a --library path that does not exist) is
    listed with ``exists: false`` and no files, so the command explains instead of failing.
    """
    from ...library.loading import BUILTIN_DIR, ENV_VAR, user_library_dir

    layers = [_layer("builtin", BUILTIN_DIR), _layer("user", user_library_dir())]
    for part in os.environ.get(ENV_VAR, "").split(os.pathsep):
        if part:
            layers.append(_layer(ENV_VAR, Path(part)))
    layers += [_layer("--library", Path(p)) for p in extra]
    return layers


def _layer(origin: str, path: Path) -> dict[str, Any]:
    if path.is_dir():
        files = sorted(str(p) for p in path.glob("*.toml") if p.is_file())
    else:
        files = [str(path)] if path.is_file() else []
    return {"origin": origin, "path": str(path), "exists": path.exists(), "files": files}


def cache_info() -> dict[str, Any]:
    """The cache folder csreply uses (``None`` when CSREPLY_CACHE_DIR turns caching off)."""
    from ...cache import CACHE_ENV, cache_dir

    folder = cache_dir()
    return {
        "path": str(folder) if folder else None,
        "exists": bool(folder and folder.is_dir()),
        "variable": CACHE_ENV,
    }


_ORIGIN_LABELS = {"builtin": "内置 built-in", "user": "用户 user", "--library": "--library"}


def paths_text(data: dict[str, Any]) -> str:
    """Plain text for people: one heading line per layer, then its files indented."""
    lines = []
    for layer in data["libraries"]:
        label = _ORIGIN_LABELS.get(layer["origin"], f"环境变量 {layer['origin']}")
        note = "" if layer["exists"] else "  (不存在 not there)"
        if layer["origin"] == "user" and not layer["exists"]:
            note = "  (还没有 not there yet: 'csreply init' creates it)"
        lines.append(f"{_pad(label)}{layer['path']}{note}")
        lines += [f"  {f}" for f in layer["files"]]
    cache = data["cache"]
    if cache["path"] is None:
        lines.append(f"{_pad('缓存 cache')}(不用缓存 disabled: ${cache['variable']} is empty)")
    else:
        note = "" if cache["exists"] else "  (还没有 not there yet)"
        lines.append(f"{_pad('缓存 cache')}{cache['path']}{note}")
    return "\n".join(lines)


def _pad(label: str, columns: int = 24) -> str:
    """``label`` padded to ``columns`` terminal columns (a Chinese character takes two)."""
    import unicodedata

    width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in label)
    return label + " " * max(1, columns - width)
