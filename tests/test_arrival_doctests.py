"""The examples in the docstrings of the arrival, days, totals, opened, signals and suiting modules
and of the understanding's questions and cards modules are run as tests."""

from __future__ import annotations

import doctest

import pytest

import csreply.writing.arrival
import csreply.writing.days
import csreply.writing.opened
import csreply.writing.signals
import csreply.writing.suiting
import csreply.writing.totals
import csreply.understanding.cards
import csreply.understanding.questions


@pytest.mark.parametrize("module", [csreply.writing.arrival, csreply.writing.days, csreply.writing.totals, csreply.writing.opened, csreply.writing.signals, csreply.writing.suiting, csreply.understanding.questions, csreply.understanding.cards])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
