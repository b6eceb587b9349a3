"""The script library (话术库): loading and validating TOML, the model it builds, and the tools
that write and check it (authoring, lint, importing).

``from csreply.library import Library`` is the way in; see :mod:`csreply.library.loading`.
"""

from __future__ import annotations

from .loading import BUILTIN_DIR, ENV_VAR, MAX_FILE_BYTES, Library, user_library_dir

__all__ = ["BUILTIN_DIR", "ENV_VAR", "MAX_FILE_BYTES", "Library", "user_library_dir"]
