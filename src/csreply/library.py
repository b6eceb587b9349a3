"""Load, validate and merge script libraries (话术库) written in TOML.

Libraries load in order: the built-in one, the user's config folder, ``CSREPLY_LIBRARY``, then
each ``--library`` path. Later ones add scenarios and products and override earlier ones by id;
``[shop]`` and ``[policy]`` override key by key. Every problem is a :class:`LibraryError` that
names the file, the line and the key.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import template
from .errors import LibraryError, TemplateError
from .model import (
    Followup,
    AUDIENCES,
    DEADLINE_KINDS,
    PRODUCT_FACTS,
    SEVERITIES,
    STAGES,
    TEMPLATE_KINDS,
    TRADITIONAL_VARIANTS,
    Option,
    Policy,
    Product,
    Scenario,
    Script,
    Shop,
    Tip,
    Tone,
)
from .tomlpos import KeyLocator

BUILTIN_DIR = Path(__file__).parent / "data" / "builtin"
ENV_VAR = "CSREPLY_LIBRARY"
MAX_FILE_BYTES = 5 * 1024 * 1024  # a script library is text written by people; refuse giants

_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")

# Allowed keys of each table; values are the kinds checked by _check_type.
_TOP_KEYS = {
    "shop", "policy", "products", "scenarios", "fallback", "library", "synonyms", "tips", "tone", "examples", "no_scenario",
    "followups",
}
_SHOP_KEYS = {"name": "str", "agent": "str", "platform": "str", "name_fixed": "bool"}
_POLICY_KEYS = {
    "timezone": "str",
    "work_start": "hhmm",
    "work_end": "hhmm",
    "working_days": "weekdays",
    "statutory_holidays": "bool",
    "closures": "dates",
    "extra_working_days": "dates",
    "dispatch_cutoff": "hhmm",
    "exchange_working_days": "positive",
    "refund_working_days": "positive",
    "escalation_hours": "positive",
    "return_window_days": "count",
    "compensation": "str",
    "return_quality": "str",
    "return_change_of_mind": "str",
    "traditional_variant": "str",
    # facts customers ask about (csreply.facts)
    "free_shipping": "str",
    "remote_regions": "strs",
    "remote_fee": "str",
    "couriers": "str",
    "courier_surcharge": "str",
    "ships_from": "str",
    "invoice": "str",
    "price_protect_days": "count",
    "gifts": "str",
    "warranty": "str",
    "installation": "str",
    "payment_methods": "str",
}
_PRODUCT_KEYS = {
    "id": "id",
    "name": "str",
    "aliases": "strs",
    "price": "number",
    "feature": "str",
    "advantage": "str",
    "benefit": "str",
    "evidence": "str",
    # facts customers ask about (csreply.facts), each reading after the product's name
    **{fact: "str" for fact in PRODUCT_FACTS},
    "name_fixed": "bool",
}
_SCENARIO_KEYS = {
    "id": "id",
    "title": "str",
    "stage": "str",
    "keywords": "weights",
    "negative": "strs",
    "examples": "strs",
    "scripts": "tables",
    "yields": "bool",
}
_SCRIPT_KEYS = {
    "template": "str",
    "text": "str",
    "opening": "str",
    "closing": "str",
    "options": "tables",
    "feature": "str",
    "advantage": "str",
    "benefit": "str",
    "evidence": "str",
    "audience": "str",
    "severity": "str",
}
_TIP_KEYS = {
    "id": "id",
    "text": "str",
    "scenarios": "strs",
    "months": "months",
    "after": "hhmm",
    "before": "hhmm",
    "unless": "strs",
    "enabled": "bool",
    "when": "strs",
}
_TONE_KEYS = {
    "anger": "str", "urgency": "str", "anxiety": "str", "reassure": "str", "sorry": "str", "human": "str",
    "beyond": "str", "chat": "str", "elsewhere": "str", "which": "str",
}
_OPTION_KEYS = {"text": "str", "deadline": "str", "label": "str", "keep": "bool"}
_FOLLOWUP_KEYS = {"scenario": "id", "after": "strs", "topic": "str", "examples": "strs"}
# messages no scenario is for: the matcher learns them as "no scenario" (see csreply.learn)
NO_SCENARIO_KINDS = {
    "no_reply": "strs",  # nothing to answer: 好的, 嗯嗯, a pasted order card, a bare order number
    "off_topic": "strs",  # wants an answer, but no scenario fits: platform accounts, chit-chat
}
_LIBRARY_KEYS = {"name": "str", "version": "number", "description": "str"}


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
    # the catalogue's normalised names, built on first product look-up (csreply.catalogue)
    _catalogue: Any = field(default=None, init=False, repr=False, compare=False)

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
        builder = _Builder()
        for path in files:
            builder.add(path)
        return builder.build()

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


class _FileReader:
    """Reads one TOML file and checks its shape, raising located errors."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with open(path, "rb") as f:
                raw = f.read(MAX_FILE_BYTES + 1)  # never more: the file may be huge or endless
        except OSError as exc:
            raise LibraryError(f"cannot read library: {exc.strerror}", file=path) from None
        if len(raw) > MAX_FILE_BYTES:
            raise LibraryError(
                f"library file is too large (over {MAX_FILE_BYTES} bytes, the limit)", file=path
            )
        try:
            self.source = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise LibraryError("library files must be UTF-8 text", file=path, line=line) from None
        try:
            self.data = _parse_cached(raw, self.source)
        except tomllib.TOMLDecodeError as exc:
            message, line = _toml_message(str(exc))
            raise LibraryError(f"invalid TOML: {message}", file=path, line=line) from None
        except RecursionError:
            raise LibraryError("invalid TOML: nested too deeply", file=path) from None
        self._locator: KeyLocator | None = None

    @property
    def locator(self) -> KeyLocator:
        """Built on first use: only errors and script lines need it."""
        if self._locator is None:
            self._locator = KeyLocator(self.source)
        return self._locator

    def error(self, path: tuple[str | int, ...], message: str) -> LibraryError:
        return LibraryError(
            message, file=self.path, line=self.locator.line(path), key=_dotted(path)
        )

    def check_keys(self, table: Mapping[str, Any], allowed: Iterable[str], path: tuple) -> None:
        allowed = list(allowed)
        for key in table:
            if key not in allowed:
                hint = difflib.get_close_matches(key, allowed, n=1)
                suffix = f" (did you mean '{hint[0]}'?)" if hint else ""
                raise self.error(path + (key,), f"unknown key '{key}'{suffix}")

    def table(self, value: Any, path: tuple) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.error(path, f"expected a table, got {_type_name(value)}")
        return value

    def value(self, table: Mapping[str, Any], key: str, kind: str, path: tuple) -> Any:
        """Check ``table[key]`` against ``kind`` and return it converted."""
        value = table[key]
        where = path + (key,)
        checker = getattr(self, f"_as_{kind}")
        return checker(value, where)

    # --- kinds -------------------------------------------------------------------------------
    def _as_str(self, v: Any, where: tuple) -> str:
        if not isinstance(v, str):
            raise self.error(where, f"expected a string, got {_type_name(v)}")
        return v

    def _as_id(self, v: Any, where: tuple) -> str:
        v = self._as_str(v, where)
        if not _ID.match(v):
            raise self.error(
                where, f"invalid id '{v}': use lower-case letters, digits, '_' or '-'"
            )
        return v

    def _as_bool(self, v: Any, where: tuple) -> bool:
        if not isinstance(v, bool):
            raise self.error(where, f"expected true or false, got {_type_name(v)}")
        return v

    def _as_number(self, v: Any, where: tuple) -> float:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise self.error(where, f"expected a number, got {_type_name(v)}")
        if v != v or v in (float("inf"), float("-inf")) or v < 0:
            raise self.error(where, f"expected a non-negative number, got {v}")
        return float(v)

    def _as_count(self, v: Any, where: tuple) -> int:
        if isinstance(v, bool) or not isinstance(v, int):
            raise self.error(where, f"expected a whole number, got {_type_name(v)}")
        if not 0 <= v <= 365:
            raise self.error(where, f"expected a whole number from 0 to 365, got {v}")
        return v

    def _as_positive(self, v: Any, where: tuple) -> int:
        count = self._as_count(v, where)
        if count < 1:
            raise self.error(where, "expected a whole number from 1 to 365, got 0")
        return count

    def _as_hhmm(self, v: Any, where: tuple) -> time:
        if isinstance(v, time):
            return v.replace(tzinfo=None)
        if isinstance(v, str) and (m := _HHMM.match(v.strip())):
            return time(int(m.group(1)), int(m.group(2)))
        raise self.error(where, f"expected a time like \"16:00\", got {v!r}")

    def _as_strs(self, v: Any, where: tuple) -> tuple[str, ...]:
        if not isinstance(v, list):
            raise self.error(where, f"expected a list of strings, got {_type_name(v)}")
        for i, item in enumerate(v):
            if not isinstance(item, str):
                raise self.error(
                    where, f"item {i + 1} should be a string, got {_type_name(item)}"
                )
        return tuple(s for s in (item.strip() for item in v) if s)

    def _as_months(self, v: Any, where: tuple) -> tuple[int, ...]:
        if not isinstance(v, list) or not all(
            isinstance(m, int) and not isinstance(m, bool) and 1 <= m <= 12 for m in v
        ):
            raise self.error(where, "expected a list of months 1–12, e.g. [12, 1, 2]")
        return tuple(sorted(set(v)))

    def _as_weekdays(self, v: Any, where: tuple) -> tuple[int, ...]:
        if not isinstance(v, list) or not all(
            isinstance(d, int) and not isinstance(d, bool) and 1 <= d <= 7 for d in v
        ):
            raise self.error(where, "expected a list of ISO weekdays 1–7 (1 = Monday), e.g. [1, 2, 3, 4, 5]")
        return tuple(sorted(set(v)))

    def _as_dates(self, v: Any, where: tuple) -> tuple[date, ...]:
        if not isinstance(v, list):
            raise self.error(where, f"expected a list of dates, got {_type_name(v)}")
        days: list[date] = []
        for item in v:
            if isinstance(item, date) and not hasattr(item, "hour"):
                days.append(item)
                continue
            try:
                days.append(date.fromisoformat(str(item)))
            except ValueError:
                raise self.error(
                    where, f"invalid date {item!r}: use YYYY-MM-DD, e.g. 2026-12-31"
                ) from None
        return tuple(sorted(days))

    def _as_weights(self, v: Any, where: tuple) -> dict[str, float]:
        if not isinstance(v, dict):
            raise self.error(where, f"expected a table of word = weight, got {_type_name(v)}")
        weights: dict[str, float] = {}
        for word, weight in v.items():
            if isinstance(weight, bool) or not isinstance(weight, (int, float)):
                raise self.error(
                    where, f"weight of '{word}' should be a number, got {_type_name(weight)}"
                )
            if not 0 < weight <= 10:
                raise self.error(where, f"weight of '{word}' should be in (0, 10], got {weight}")
            if not word.strip():
                raise self.error(where, "empty keyword")
            weights[word.strip()] = float(weight)
        return weights

    def _as_tables(self, v: Any, where: tuple) -> list[Mapping[str, Any]]:
        if not isinstance(v, list):
            raise self.error(where, f"expected an array of tables, got {_type_name(v)}")
        for i, item in enumerate(v):
            if not isinstance(item, dict):
                raise self.error(where + (i,), f"expected a table, got {_type_name(item)}")
        return v


class _Builder:
    """Accumulates files in order; later files override earlier ones by id."""

    def __init__(self) -> None:
        self.shop: dict[str, Any] = {}
        self.policy: dict[str, Any] = {}
        self.products: dict[str, Product] = {}
        self.scenarios: dict[str, Scenario] = {}
        self.fallback: tuple[Script, ...] = ()
        self.synonyms: dict[str, str] = {}
        self.sources: list[str] = []
        self.tips: dict[str, Tip] = {}
        self.tone: dict[str, str] = {}
        # [examples] tables: scenario id -> (extra example questions, file they came from)
        self.extra_examples: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.no_scenario: dict[str, tuple[str, ...]] = {}
        self.followups: list[Followup] = []

    def add(self, path: Path) -> None:
        f = _FileReader(path)
        data = f.data
        f.check_keys(data, _TOP_KEYS, ())
        source = str(path)
        if "library" in data:
            meta = f.table(data["library"], ("library",))
            f.check_keys(meta, _LIBRARY_KEYS, ("library",))
        if "shop" in data:
            shop = f.table(data["shop"], ("shop",))
            f.check_keys(shop, _SHOP_KEYS, ("shop",))
            for key, kind in _SHOP_KEYS.items():
                if key in shop:
                    self.shop[key] = f.value(shop, key, kind, ("shop",))
        if "policy" in data:
            self._add_policy(f, f.table(data["policy"], ("policy",)))
        if "products" in data:
            for i, raw in enumerate(f._as_tables(data["products"], ("products",))):
                product = _product(f, raw, ("products", i), source)
                self.products[product.id] = product
        if "scenarios" in data:
            seen: set[str] = set()
            for i, raw in enumerate(f._as_tables(data["scenarios"], ("scenarios",))):
                scenario = _scenario(f, raw, ("scenarios", i), source)
                if scenario.id in seen:
                    raise f.error(
                        ("scenarios", i, "id"), f"duplicate scenario id '{scenario.id}' in this file"
                    )
                seen.add(scenario.id)
                self.scenarios[scenario.id] = scenario
        if "synonyms" in data:
            table = f.table(data["synonyms"], ("synonyms",))
            for variant, canonical in table.items():
                if not isinstance(canonical, str) or not canonical.strip() or not variant.strip():
                    raise f.error(("synonyms", variant), "a synonym maps a word to a non-empty word, e.g. \"顺风\" = \"顺丰\"")
                if variant.strip() in canonical:
                    # "有没" = "有没有" would turn every 有没有 into 有没有有
                    raise f.error(("synonyms", variant), f"'{variant}' is part of '{canonical}': the rewrite would never end")
                self.synonyms[variant.strip()] = canonical.strip()
        if "examples" in data:
            # more example questions for scenarios defined anywhere (this file, another, built-in):
            # training data that does not replace a scenario, e.g. labelled rows of the shop's chats
            table = f.table(data["examples"], ("examples",))
            for sid, raw in table.items():
                questions = f._as_strs(raw, ("examples", sid))
                self.extra_examples.setdefault(sid, []).append((questions, source))
        if "followups" in data:
            for i, raw in enumerate(f._as_tables(data["followups"], ("followups",))):
                path = ("followups", i)
                f.check_keys(raw, _FOLLOWUP_KEYS, path)
                for required in ("scenario", "examples"):
                    if required not in raw:
                        raise f.error(path, f"a follow-up needs '{required}'")
                values = {k: f.value(raw, k, kind, path) for k, kind in _FOLLOWUP_KEYS.items() if k in raw}
                if not values.get("after") and not values.get("topic"):
                    raise f.error(path, "a follow-up needs 'after' (the agent's lines) or 'topic' (the earlier scenario)")
                self.followups.append(Followup(source=source, **values))
        if "no_scenario" in data:
            table = f.table(data["no_scenario"], ("no_scenario",))
            f.check_keys(table, NO_SCENARIO_KINDS, ("no_scenario",))
            for kind in NO_SCENARIO_KINDS:
                if kind in table:
                    new = f.value(table, kind, "strs", ("no_scenario",))
                    self.no_scenario[kind] = tuple(dict.fromkeys(self.no_scenario.get(kind, ()) + new))
        if "tips" in data:
            for i, raw in enumerate(f._as_tables(data["tips"], ("tips",))):
                tip = _tip(f, raw, ("tips", i), source)
                self.tips[tip.id] = tip
        if "tone" in data:
            table = f.table(data["tone"], ("tone",))
            f.check_keys(table, _TONE_KEYS, ("tone",))
            for key in _TONE_KEYS:
                if key in table:
                    text = f.value(table, key, "str", ("tone",))
                    _check_template(f, text, ("tone", key), allow_product=False)
                    self.tone[key] = text
        if "fallback" in data:
            table = f.table(data["fallback"], ("fallback",))
            f.check_keys(table, {"scripts"}, ("fallback",))
            if "scripts" in table:
                raws = f._as_tables(table["scripts"], ("fallback", "scripts"))
                self.fallback = tuple(
                    _script(f, raw, ("fallback", "scripts", i), source, fallback=True)
                    for i, raw in enumerate(raws)
                )
        self.sources.append(source)

    def _add_policy(self, f: _FileReader, table: Mapping[str, Any]) -> None:
        f.check_keys(table, _POLICY_KEYS, ("policy",))
        values = {key: f.value(table, key, kind, ("policy",)) for key, kind in _POLICY_KEYS.items() if key in table}
        if "timezone" in values:
            try:
                ZoneInfo(values["timezone"])
            except (ZoneInfoNotFoundError, ValueError):
                raise f.error(
                    ("policy", "timezone"),
                    f"unknown time zone '{values['timezone']}' (use an IANA name like Asia/Shanghai)",
                ) from None
        merged = {**self.policy, **values}
        start, end = merged.get("work_start", Policy.work_start), merged.get("work_end", Policy.work_end)
        if start >= end:
            raise f.error(("policy", "work_end"), "work_end must be later than work_start")
        variant = values.get("traditional_variant")
        if variant is not None and variant not in TRADITIONAL_VARIANTS:
            raise f.error(
                ("policy", "traditional_variant"),
                f"traditional_variant must be one of {', '.join(TRADITIONAL_VARIANTS)}, got '{variant}'",
            )
        if "working_days" in values and not values["working_days"]:
            raise f.error(("policy", "working_days"), "at least one working day is needed")
        self.policy = merged

    def build(self) -> Library:
        known = {f.name for f in fields(Policy)}
        policy = Policy(**{k: v for k, v in self.policy.items() if k in known})
        tips = tuple(t for t in self.tips.values() if t.enabled)
        for followup in self.followups:
            for key, sid in (("scenario", followup.scenario), ("topic", followup.topic)):
                if sid and sid not in self.scenarios:
                    raise LibraryError(f"follow-up names unknown scenario '{sid}'", file=Path(followup.source), key=f"followups.{key}")
        for sid, batches in self.extra_examples.items():
            if sid not in self.scenarios:
                hint = difflib.get_close_matches(sid, list(self.scenarios), n=1)
                also = f" (did you mean '{hint[0]}'?)" if hint else ""
                raise LibraryError(f"[examples] names unknown scenario '{sid}'{also}", file=Path(batches[0][1]), key=f"examples.{sid}")
            scenario = self.scenarios[sid]
            have = set(scenario.examples)
            extra = tuple(dict.fromkeys(q for questions, _ in batches for q in questions if q not in have))
            self.scenarios[sid] = replace(scenario, examples=scenario.examples + extra)
        for tip in tips:
            unknown = [s for s in tip.scenarios if s not in self.scenarios]
            if unknown:
                raise LibraryError(
                    f"tip '{tip.id}' names unknown scenario '{unknown[0]}'", file=Path(tip.source), key="tips.scenarios"
                )
        return Library(
            shop=Shop(**self.shop),
            policy=policy,
            products=self.products,
            scenarios=self.scenarios,
            fallback=self.fallback,
            synonyms=self.synonyms,
            sources=self.sources,
            tips=tips,
            tone=Tone(**self.tone),
            no_scenario=self.no_scenario,
            followups=tuple(self.followups),
        )


def _product(f: _FileReader, raw: Mapping[str, Any], path: tuple, source: str) -> Product:
    f.check_keys(raw, _PRODUCT_KEYS, path)
    for required in ("id", "name"):
        if required not in raw:
            raise f.error(path, f"a product needs '{required}'")
    values = {key: f.value(raw, key, kind, path) for key, kind in _PRODUCT_KEYS.items() if key in raw}
    for fact in ("feature", "advantage", "benefit", "evidence"):
        if fact in values:
            _check_template(f, values[fact], path + (fact,), allow_product=False)
    return Product(source=source, **values)


def _scenario(f: _FileReader, raw: Mapping[str, Any], path: tuple, source: str) -> Scenario:
    f.check_keys(raw, _SCENARIO_KEYS, path)
    for required in ("id", "title", "stage"):
        if required not in raw:
            raise f.error(path, f"a scenario needs '{required}'")
    values = {key: f.value(raw, key, kind, path) for key, kind in _SCENARIO_KEYS.items() if key in raw}
    if values["stage"] not in STAGES:
        raise f.error(path + ("stage",), f"stage must be one of {', '.join(STAGES)}, got '{values['stage']}'")
    scripts = tuple(
        _script(f, s, path + ("scripts", i), source) for i, s in enumerate(values.pop("scripts", []))
    )
    return Scenario(scripts=scripts, source=source, **values)


def _script(
    f: _FileReader, raw: Mapping[str, Any], path: tuple, source: str, *, fallback: bool = False
) -> Script:
    f.check_keys(raw, _SCRIPT_KEYS, path)
    if "template" not in raw:
        raise f.error(path, "a script needs 'template' (plain, fabe or options)")
    kind = f.value(raw, "template", "str", path)
    if kind not in TEMPLATE_KINDS or (fallback and kind != "plain"):
        allowed = "plain" if fallback else ", ".join(TEMPLATE_KINDS)
        raise f.error(path + ("template",), f"template must be {allowed}, got '{kind}'")
    values = {key: f.value(raw, key, t, path) for key, t in _SCRIPT_KEYS.items() if key in raw and key != "options"}
    if "severity" in values and values["severity"] not in SEVERITIES:
        raise f.error(
            path + ("severity",), f"severity must be one of {', '.join(SEVERITIES)}, got '{values['severity']}'"
        )
    if "audience" in values and values["audience"] not in AUDIENCES:
        raise f.error(
            path + ("audience",), f"audience must be one of {', '.join(AUDIENCES)}, got '{values['audience']}'"
        )
    relevant = {"plain": {"text"}, "fabe": {"opening", "closing", "feature", "advantage", "benefit", "evidence"}, "options": {"opening", "closing"}}[kind]
    for key in values:
        if key not in ("template", "audience", "severity") and key not in relevant:
            raise f.error(path + (key,), f"'{key}' is not used by a {kind} script")
    if kind == "plain" and not values.get("text", "").strip():
        raise f.error(path, "a plain script needs a non-empty 'text'")
    for key, text in values.items():
        if key not in ("template", "audience", "severity"):
            _check_template(f, text, path + (key,), allow_guesses=fallback)
    options: tuple[Option, ...] = ()
    if kind == "options":
        raws = f.value(raw, "options", "tables", path) if "options" in raw else []
        if not 2 <= len(raws) <= 3:
            raise f.error(path + ("options",), f"an options script needs 2 or 3 options, got {len(raws)}")
        options = tuple(_option(f, o, path + ("options", i), i) for i, o in enumerate(raws))
    values.pop("template")
    # the line is left to lint (csreply.tomlpos): locating every script would slow each start
    return Script(template=kind, options=options, source=source, **values)


def _tip(f: _FileReader, raw: Mapping[str, Any], path: tuple, source: str) -> Tip:
    f.check_keys(raw, _TIP_KEYS, path)
    if "id" not in raw:
        raise f.error(path, "a tip needs 'id'")
    values = {key: f.value(raw, key, kind, path) for key, kind in _TIP_KEYS.items() if key in raw}
    if values.get("enabled", True) and not values.get("text", "").strip():
        raise f.error(path, "a tip needs a non-empty 'text' (or enabled = false to switch it off)")
    if "text" in values:
        _check_template(f, values["text"], path + ("text",))
    values.setdefault("text", "")
    return Tip(source=source, **values)


def _option(f: _FileReader, raw: Mapping[str, Any], path: tuple, index: int) -> Option:
    f.check_keys(raw, _OPTION_KEYS, path)
    for required in ("text", "deadline"):
        if required not in raw:
            raise f.error(path, f"an option needs '{required}'")
    text = f.value(raw, "text", "str", path)
    deadline = f.value(raw, "deadline", "str", path)
    if deadline not in DEADLINE_KINDS:
        raise f.error(
            path + ("deadline",), f"deadline must be one of {', '.join(DEADLINE_KINDS)}, got '{deadline}'"
        )
    _check_template(f, text, path + ("text",), allow_deadline=True)
    label = f.value(raw, "label", "str", path) if "label" in raw else "ABC"[index]
    keep = f.value(raw, "keep", "bool", path) if "keep" in raw else False
    return Option(text=text, deadline=deadline, label=label, keep=keep)


def _check_template(
    f: _FileReader,
    text: str,
    path: tuple,
    *,
    allow_deadline: bool = False,
    allow_guesses: bool = False,
    allow_product: bool = True,
) -> None:
    try:
        names = template.placeholders(text)
    except TemplateError as exc:
        raise f.error(path, exc.message) from None
    for name in names:
        if name == "deadline" and not allow_deadline:
            raise f.error(path, "{deadline} can only be used in an option's text")
        if name == "guesses" and not allow_guesses:
            raise f.error(path, "{guesses} can only be used in a fallback script")
        if name in template.PRODUCT_NAMES and not allow_product:
            raise f.error(path, f"{{{name}}} cannot be used inside a product's own facts")


def _parse_cached(raw: bytes, source: str) -> dict[str, Any]:
    """``tomllib.loads(source)``, cached by content in the platform cache folder (marshal).

    Parsing the built-in library is most of a cold start's library time; a file whose content
    changed gets a new key, and a file with TOML dates (not marshal-able) is simply not cached.
    """
    import hashlib

    from .cache import load_marshal, save_marshal
    from .segment import cache_dir

    folder = cache_dir()
    path = folder / f"toml-{hashlib.sha256(raw).hexdigest()[:24]}.marshal" if folder else None
    data = load_marshal(path, lambda value: isinstance(value, dict))
    if data is not None:
        return data
    data = tomllib.loads(source)
    save_marshal(path, data)  # not saved when it holds TOML dates (not marshal-able)
    return data


def _toml_message(text: str) -> tuple[str, int | None]:
    """Split tomllib's "msg (at line 3, column 5)" into the message and the line."""
    m = re.search(r"\s*\(at line (\d+), column \d+\)$", text)
    if m:
        return text[: m.start()], int(m.group(1))
    return text, None


def _dotted(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _type_name(value: Any) -> str:
    return {
        str: "a string",
        int: "a whole number",
        float: "a number",
        bool: "a boolean",
        list: "an array",
        dict: "a table",
    }.get(type(value), type(value).__name__)
