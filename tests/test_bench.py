"""The benchmark scripts run (CI runs them in --quick mode; figures are printed, not asserted)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not os.environ.get("CI"), reason="runs in CI (takes ~30 s); run scripts/bench.py --quick by hand"
)


def test_bench_quick_prints_every_figure():
    out = subprocess.run(
        [sys.executable, "scripts/bench.py", "--quick"], capture_output=True, text=True, cwd=ROOT, timeout=900
    )
    assert out.returncode == 0, out.stderr
    figures = ("suggest, cold process", "csreply --help", "--jobs 2", "dask local cluster", "output identical: yes",
               "report 1,000 distinct msgs", "clustering", "session, per message", "library 10x", "accuracy")
    for figure in figures:
        assert figure in out.stdout


def test_bench_batch_quick():
    out = subprocess.run(
        [sys.executable, "scripts/bench_batch.py", "--quick"], capture_output=True, text=True, cwd=ROOT, timeout=900
    )
    assert out.returncode == 0, out.stderr
    assert "msg/s" in out.stdout
