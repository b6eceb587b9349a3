"""Shared fixtures: an isolated environment and the built-in library loaded once."""

from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config, items):
    """Long fuzz runs: skipped on a developer's machine, run in CI with a bounded budget."""
    if os.environ.get("CI") or os.environ.get("CSREPLY_FUZZ_EXAMPLES"):
        return
    skip = pytest.mark.skip(reason="long fuzz run: set CSREPLY_FUZZ_EXAMPLES=N (CI runs them)")
    for item in items:
        if "fuzz" in item.keywords:
            item.add_marker(skip)

from csreply.library import Library
from csreply.understanding.matcher import Matcher


@pytest.fixture(scope="session", autouse=True)
def _cache_dir(tmp_path_factory):
    """Caches go to a temporary folder for the whole run, never to the user's cache."""
    import os

    path = tmp_path_factory.mktemp("cache")
    os.environ["CSREPLY_CACHE_DIR"] = str(path)
    return path


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path_factory):
    """No user library, no $CSREPLY_LIBRARY, a fixed Rich width and no colour in every test."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("CSREPLY_LIBRARY", raising=False)
    monkeypatch.setenv("CSREPLY_WIDTH", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")


@pytest.fixture(scope="session")
def builtin() -> Library:
    return Library.load(user=False, env=False)


@pytest.fixture(scope="session")
def matcher(builtin) -> Matcher:
    return Matcher(builtin)
