"""The examples in the docstrings of the arrival, days, totals and opened modules are run as tests."""

from __future__ import annotations

import doctest

import pytest

import csreply.writing.arrival
import csreply.writing.days
import csreply.writing.opened
import csreply.writing.totals


@pytest.mark.parametrize("module", [csreply.writing.arrival, csreply.writing.days, csreply.writing.totals, csreply.writing.opened])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
