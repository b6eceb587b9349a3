"""The shape of the package: imports run one way along the data path, no cycles, small modules.

Every module's imports are read with ``ast`` (nothing is imported), including the lazy ones
inside functions, since a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "csreply"

# Each folder is a stage of the data path; a module may import from its own stage or a lower one.
# The author's tools in library/ (authoring, starter, lint, importing) edit and check a library
# with the whole engine (lint renders deadlines, lint, authoring and importing compare normalised
# examples), so they sit just under the interface though they live with the library they work on.
LAYERS = {
    "csreply.interface": 5,
    "csreply.library.authoring": 4,
    "csreply.library.lint": 4,
    "csreply.library.importing": 4,
    "csreply.library.starter": 4,
    "csreply.reading": 3,
    "csreply.writing": 3,
    "csreply.understanding": 2,
    "csreply.library": 1,
    "csreply.errors": 0,
    "csreply.cache": 0,
    "csreply.lazy_pattern": 0,
    "csreply.prefilter": 0,
}
# entry points: they start the interface, so they may import anything
ENTRY_POINTS = {"csreply", "csreply.__main__"}

MAX_LINES = 400


def module_name(path: Path) -> str:
    """``src/csreply/writing/drafting.py`` -> ``csreply.writing.drafting``."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str) -> set[str]:
    """The csreply modules ``name`` imports (``from pkg import sub`` counts as ``pkg.sub``)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
    if "pkgutil.iter_modules(__path__)" in path.read_text(encoding="utf-8"):
        # a registry that imports every module of its package by name: it depends on all of them
        found.update(m for m in MODULES if m.rpartition(".")[0] == name)
    return {m for m in found if m in MODULES and m != name}


def layer(name: str) -> int | None:
    """The stage of a module: the longest matching prefix in LAYERS."""
    for prefix in sorted(LAYERS, key=len, reverse=True):
        if name == prefix or name.startswith(prefix + "."):
            return LAYERS[prefix]
    return None


def test_every_module_has_a_stage():
    assert [m for m in MODULES if m not in ENTRY_POINTS and layer(m) is None] == []


def test_imports_run_one_way():
    upward = [
        (source, target)
        for source in MODULES
        if source not in ENTRY_POINTS
        for target in sorted(imports_of(source))
        if target not in ENTRY_POINTS
        and layer(target) > layer(source)
    ]
    assert upward == []


def test_no_import_cycle():
    graph = {m: imports_of(m) - ENTRY_POINTS for m in MODULES}
    cycles = []
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycles.append(path[path.index(nxt) :] + [nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = "done"

    for module in MODULES:
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_no_module_over_the_limit():
    long = {m: n for m, p in MODULES.items() if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_the_checker_sees_lazy_and_relative_imports():
    """The import reader itself: a lazy relative import inside a function is found."""
    assert "csreply.understanding.matcher" in imports_of("csreply.interface.cli")
    assert "csreply.library.template" in imports_of("csreply.library.building")  # from . import template
    assert layer("csreply.library.lint") > layer("csreply.writing.bizcal") > layer("csreply.library.model")
    # the command registry loads its modules by name: the checker still sees them, so a command
    # that imported the CLI back would show up as a cycle
    assert "csreply.interface.commands.lint" in imports_of("csreply.interface.commands")


def test_the_architecture_note_names_every_module():
    """docs/architecture.md matches the tree: every module and folder is in it."""
    note = (PACKAGE.parent.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = [
        str(path.relative_to(PACKAGE))
        for path in MODULES.values()
        if (path.name if path.name != "__init__.py" else path.parent.name + "/") not in note
    ]
    assert missing == []
