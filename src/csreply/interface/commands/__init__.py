"""Commands beyond the core ones, one module each; every module has ``register(app)``.

They build on the shared options of :mod:`csreply.interface.options` (never on the CLI that
registers them, so there is no import cycle) and keep the same rules:
no work here beyond parsing options, calling the library and printing.
"""

from __future__ import annotations

import importlib
import pkgutil


def register_all(app) -> None:
    """Import every module of this package and let it add its commands to ``app``."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)
