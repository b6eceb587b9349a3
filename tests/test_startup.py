"""Start-up stays lazy: importing csreply (or its CLI) loads no heavy library."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("jieba", "rapidfuzz", "rich", "opencc", "chinese_calendar", "tomlkit", "filelock", "pyperclip", "prompt_toolkit")


@pytest.mark.parametrize("module", ["csreply", "csreply.interface.cli"])
def test_import_is_lazy(module):
    code = f"import sys, {module}; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_help_does_not_load_the_matcher():
    code = (
        "import sys; from csreply.interface.cli import app; from typer.testing import CliRunner;"
        "r = CliRunner().invoke(app, ['--help']); assert r.exit_code == 0;"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
