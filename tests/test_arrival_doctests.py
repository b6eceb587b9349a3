"""The examples in the docstrings of the arrival, days, totals, opened and signals modules and of
the understanding's questions module are run as tests."""

from __future__ import annotations

import doctest

import pytest

import csreply.writing.arrival
import csreply.writing.days
import csreply.writing.opened
import csreply.writing.signals
import csreply.writing.totals
import csreply.understanding.questions


@pytest.mark.parametrize("module", [csreply.writing.arrival, csreply.writing.days, csreply.writing.totals, csreply.writing.opened, csreply.writing.signals, csreply.understanding.questions])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
