"""What the checks share: the library files parsed with their key locators, the texts of a script,
and :class:`Checker`, which holds the library, the clock and the findings so far."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import template
from ..loading import Library
from ..model import POLICY_FACTS, Scenario, Script
from ..schema import dotted
from ..tomlpos import KeyLocator
from .rules import RULES, Finding


class Files:
    """Parsed library files and their key locators, built once per file on demand."""

    def __init__(self) -> None:
        self._data: dict[str, tuple[dict[str, Any], KeyLocator] | None] = {}

    def get(self, path: str) -> tuple[dict[str, Any], KeyLocator] | None:
        if path not in self._data:
            try:
                source = Path(path).read_bytes().decode("utf-8-sig")
                self._data[path] = (tomllib.loads(source), KeyLocator(source))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                self._data[path] = None
        return self._data[path]

    def index(self, path: str, table: str, item_id: str) -> int | None:
        """The position of the ``[[table]]`` element with ``id = item_id`` in ``path``."""
        parsed = self.get(path)
        if parsed is None:
            return None
        for i, item in enumerate(parsed[0].get(table, []) or []):
            if isinstance(item, dict) and item.get("id") == item_id:
                return i
        return None

    def line(self, path: str, key: tuple[str | int, ...]) -> int | None:
        parsed = self.get(path)
        return parsed[1].line(key) if parsed else None


@dataclass(frozen=True)
class ScriptText:
    """One text of a script with where it lives."""

    field: tuple[str | int, ...]  # e.g. ("options", 1, "text")
    text: str


def script_texts(script: Script, *, facts: bool = False) -> list[ScriptText]:
    """The reply texts of ``script`` in the order a customer reads them."""
    if script.template == "plain":
        return [ScriptText(("text",), script.text)]
    out = [ScriptText(("opening",), script.opening)] if script.opening else []
    if script.template == "fabe":
        for part in ("feature", "advantage", "benefit", "evidence"):
            value = getattr(script, part)
            if facts or value != f"{{product.{part}}}":
                out.append(ScriptText((part,), value))
    else:
        out += [ScriptText(("options", k, "text"), o.text) for k, o in enumerate(script.options)]
    if script.closing:
        out.append(ScriptText(("closing",), script.closing))
    return out


def uses(script: Script) -> set[str]:
    names: set[str] = set()
    for t in script_texts(script, facts=True):
        try:
            names.update(template.placeholders(t.text))
        except Exception:  # the loader already rejected bad templates; be lenient here
            continue
    return names


def needs_product(script: Script) -> bool:
    return bool(uses(script) & template.PRODUCT_NAMES)


POLICY_VALUES = {
    "policy.compensation": "compensation",
    "policy.return_quality": "return_quality",
    "policy.return_change_of_mind": "return_change_of_mind",
    **{f"policy.{fact}": fact for fact in POLICY_FACTS},
    "policy.remote_regions": "remote_regions",
    "policy.price_protect_days": "price_protect_days",
}
# scenarios whose customers ask a policy fact, and the [policy] key that answers them
POLICY_FACT_OF = {
    "shipping_fee": "free_shipping",
    "courier": "couriers",
    "invoice": "invoice",
    "price_protect": "price_protect_days",
    "promotion": "gifts",
    "payment": "payment_methods",
}
SHOP_VALUES = {"shop.name": "name", "shop.agent": "agent", "shop.platform": "platform"}


class Checker:
    """What every check needs: the library, the files it came from, the clock and the findings."""

    def __init__(self, library: Library, *, now: datetime | None) -> None:
        self.lib = library
        self.files = Files()
        self.now = now
        self.out: list[Finding] = []

    def add(
        self,
        rule: str,
        message: str,
        *,
        file: str | None,
        key: tuple[str | int, ...] | None = None,
        scenario: str | None = None,
        script: int | None = None,
        severity: str | None = None,
    ) -> None:
        line = self.files.line(file, key) if (file and key) else None
        self.out.append(
            Finding(
                rule=rule,
                severity=severity or RULES[rule].severity,
                message=message,
                file=file,
                line=line,
                scenario=scenario,
                script=script,
                key=dotted(key) if key else None,
            )
        )

    # where things are
    def scenario_key(self, scenario: Scenario) -> tuple[str | int, ...] | None:
        index = self.files.index(scenario.source, "scenarios", scenario.id)
        return ("scenarios", index) if index is not None else None

    # shop and policy values -----------------------------------------------------------------
    def all_scripts(self) -> Iterator[tuple[str, int, Script]]:
        for scenario in self.lib.scenarios.values():
            for j, script in enumerate(scenario.scripts):
                yield scenario.id, j + 1, script
        for j, script in enumerate(self.lib.fallback):
            yield "fallback", j + 1, script

    def setting_file(self, table: str, key: str) -> str | None:
        """The last loaded file that sets ``[table] key`` (that value is the one in force)."""
        for source in reversed(self.lib.sources):
            parsed = self.files.get(source)
            if parsed and isinstance(parsed[0].get(table), dict) and key in parsed[0][table]:
                return source
        return None

    def setting_file_of(self, table: str) -> str | None:
        """The last loaded file of the shop's own that has a ``[table]``."""
        for source in reversed(self.lib.sources):
            parsed = self.files.get(source)
            if not builtin(source) and parsed and isinstance(parsed[0].get(table), dict):
                return source
        return None

    def later(self, a: str, b: str | None) -> bool:
        """Whether file ``a`` loads after file ``b``."""
        if b is None:
            return True
        order = self.lib.sources
        return (order.index(a) if a in order else -1) > (order.index(b) if b in order else -1)

    def order(self, scenario: Scenario) -> int:
        try:
            return self.lib.sources.index(scenario.source)
        except ValueError:
            return -1


def builtin(source: str) -> bool:
    """Whether ``source`` is a file of the built-in library."""
    from ..loading import BUILTIN_DIR

    return Path(source).parent == BUILTIN_DIR


def ruled_out(word: str, scenario: Scenario) -> bool:
    """A negative word of ``scenario`` inside ``word`` rules the scenario out for it."""
    from ...understanding.normalize import normalize

    return any((normalize(n).text or n) in word for n in scenario.negative)
