"""Running one snippet of Python under several hash seeds: what it prints must not depend on them."""

from __future__ import annotations

import os
import subprocess
import sys


def outputs_under_seeds(code: str, seeds: tuple[str, ...] = ("0", "1", "2", "3", "4")) -> set[str]:
    """The distinct outputs (stripped) of ``python -c code`` run once per ``PYTHONHASHSEED``."""
    return {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip()
        for seed in seeds
    }
