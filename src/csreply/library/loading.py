"""Load, validate and merge script libraries (话术库) written in TOML.

Libraries load in order: the built-in one, the user's config folder, ``CSREPLY_LIBRARY``, then
each ``--library`` path. Later ones add scenarios and products and override earlier ones by id;
``[shop]`` and ``[policy]`` override key by key. Every problem is a :class:`LibraryError` that
names the file, the line and the key: each file is read and checked by
:class:`~csreply.library.schema.FileReader` and merged by :class:`~csreply.library.building.Builder`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LibraryError
from .building import Builder
from .model import Followup, Policy, Product, Scenario, Script, Shop, Tip, Tone
from .schema import MAX_FILE_BYTES

__all__ = ["BUILTIN_DIR", "ENV_VAR", "MAX_FILE_BYTES", "Library", "user_library_dir"]

BUILTIN_DIR = Path(__file__).parent.parent / "data" / "builtin"
ENV_VAR = "CSREPLY_LIBRARY"


@dataclass
class Library:
    """All loaded libraries merged into one: what the matcher and the drafts use.

    >>> lib = Library.load(user=False, env=False)
    >>> lib.scenarios["bargain"].title
    '议价'
    """

    shop: Shop = field(default_factory=Shop)
    policy: Policy = field(default_factory=Policy)
    products: dict[str, Product] = field(default_factory=dict)
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    fallback: tuple[Script, ...] = ()
    synonyms: dict[str, str] = field(default_factory=dict)  # variant or typo -> canonical word
    sources: list[str] = field(default_factory=list)
    tips: tuple[Tip, ...] = ()  # enabled proactive tips and care lines, in library order
    tone: Tone = field(default_factory=Tone)
    # [no_scenario] example messages: kind (no_reply | off_topic) -> messages
    no_scenario: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # [[followups]]: turns that mean a scenario only after what the agent said (see learn.py)
    followups: tuple[Followup, ...] = ()
    # the catalogue's normalised names, built on first product look-up (csreply.understanding.catalogue)
    _catalogue: Any = field(default=None, init=False, repr=False, compare=False)
    _spelling: Any = field(default=None, init=False, repr=False, compare=False)  # clauses.spelled, compiled once

    @classmethod
    def load(
        cls,
        paths: Sequence[str | os.PathLike[str]] = (),
        *,
        builtin: bool = True,
        user: bool = True,
        env: bool = True,
    ) -> Library:
        """Load the built-in library, then the user's, ``$CSREPLY_LIBRARY`` and ``paths``."""
        files: list[Path] = []
        if builtin:
            files += _toml_files(BUILTIN_DIR)
        if user:
            folder = user_library_dir()
            if folder.is_dir():
                files += _toml_files(folder)
        if env and os.environ.get(ENV_VAR):
            for part in os.environ[ENV_VAR].split(os.pathsep):
                if part:
                    files += _expand(Path(part), origin=ENV_VAR)
        for path in paths:
            files += _expand(Path(path), origin="--library")
        return cls.from_files(files)

    @classmethod
    def from_files(cls, files: Iterable[Path]) -> Library:
        """Merge the given TOML files in order (no discovery)."""
        builder = Builder()
        for path in files:
            builder.add(path)
        return cls(**builder.library_fields())

    def scenario_source(self, scenario_id: str) -> str:
        return self.scenarios[scenario_id].source


def user_library_dir() -> Path:
    """The per-user library folder, following the platform's conventions (platformdirs)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("csreply", appauthor=False)) / "library"


def _toml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.toml") if p.is_file())


def _expand(path: Path, *, origin: str) -> list[Path]:
    if path.is_dir():
        found = _toml_files(path)
        if not found:
            raise LibraryError(f"no *.toml library files in this folder ({origin})", file=path)
        return found
    if path.is_file():
        return [path]
    if path.exists():  # a FIFO or a device: reading it could block or never end
        raise LibraryError(f"not a regular file or folder ({origin})", file=path)
    raise LibraryError(f"no such library file or folder ({origin})", file=path)


