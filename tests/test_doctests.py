"""The examples in the docstrings of every module of the package are run as tests, so an example
that no longer says what the code does fails here (a module with none is skipped)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import csreply

MODULES = sorted(m.name for m in pkgutil.walk_packages(csreply.__path__, "csreply.") if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module)
    assert result.failed == 0


def test_the_modules_with_examples_are_found():
    assert {"csreply.writing.arrival", "csreply.writing.steps", "csreply.writing.recommending"} <= set(MODULES)
