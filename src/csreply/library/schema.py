"""The shape of a library file: the keys each table allows and their kinds, and
:class:`FileReader`, which reads one TOML file and checks it, raising errors that name the file,
the line and the key."""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping
from datetime import date, time
from pathlib import Path
from typing import Any

from ..errors import LibraryError
from .model import PRODUCT_FACTS
from .tomlpos import KeyLocator
from ..lazy_pattern import lazy

MAX_FILE_BYTES = 5 * 1024 * 1024  # a script library is text written by people; refuse giants


ID = lazy(r"^[a-z0-9][a-z0-9_\-]*$")


DAYS = lazy(r"\s*(\d{1,2})\s*(?:[-～~到至]\s*(\d{1,2}))?\s*天?\s*$")  # transit days: "2-4", "2～4天", 3
HHMM = lazy(r"^([01]\d|2[0-3]):([0-5]\d)$")


# Allowed keys of each table; values are the kinds checked by _check_type.
TOP_KEYS = {
    "shop", "policy", "products", "scenarios", "fallback", "library", "synonyms", "tips", "tone", "examples", "no_scenario",
    "followups",
}


SHOP_KEYS = {"name": "str", "agent": "str", "platform": "str", "name_fixed": "bool"}


POLICY_KEYS = {
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
    # facts customers ask about (csreply.writing.facts)
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
    "coupons": "str",
    "transit": "transit",
}


PRODUCT_KEYS = {
    "id": "id",
    "name": "str",
    "aliases": "strs",
    "price": "number",
    "feature": "str",
    "advantage": "str",
    "benefit": "str",
    "evidence": "str",
    "role": "str",  # what the item does, in a phrase: a comparison says it beside whom each suits
    # facts customers ask about (csreply.writing.facts), each reading after the product's name
    **{fact: "str" for fact in PRODUCT_FACTS},
    "name_fixed": "bool",
}


SCENARIO_KEYS = {
    "id": "id",
    "title": "str",
    "stage": "str",
    "keywords": "weights",
    "negative": "strs",
    "examples": "strs",
    "scripts": "tables",
    "yields": "bool",
}


SCRIPT_KEYS = {
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


TIP_KEYS = {
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


TONE_KEYS = {
    "anger": "str", "urgency": "str", "anxiety": "str", "reassure": "str", "sorry": "str", "misread": "str", "hurry": "str", "human": "str",
    "beyond": "str", "chat": "str", "elsewhere": "str", "which": "str", "praise": "str", "unanswered": "str",
}


OPTION_KEYS = {"text": "str", "deadline": "str", "label": "str", "keep": "bool"}


FOLLOWUP_KEYS = {"scenario": "id", "after": "strs", "topic": "str", "examples": "strs"}


# messages no scenario is for: the matcher learns them as "no scenario" (see csreply.understanding.learn)
NO_SCENARIO_KINDS = {
    "no_reply": "strs",  # nothing to answer: 好的, 嗯嗯, a pasted order card, a bare order number
    "off_topic": "strs",  # wants an answer, but no scenario fits: platform accounts, chit-chat
}


LIBRARY_KEYS = {"name": "str", "version": "number", "description": "str"}


class FileReader:
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
            self.data = parse_cached(raw, self.source)
        except tomllib.TOMLDecodeError as exc:
            message, line = toml_message(str(exc))
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
            message, file=self.path, line=self.locator.line(path), key=dotted(path)
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
            raise self.error(path, f"expected a table, got {type_name(value)}")
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
            raise self.error(where, f"expected a string, got {type_name(v)}")
        return v

    def _as_id(self, v: Any, where: tuple) -> str:
        v = self._as_str(v, where)
        if not ID.match(v):
            raise self.error(
                where, f"invalid id '{v}': use lower-case letters, digits, '_' or '-'"
            )
        return v

    def _as_bool(self, v: Any, where: tuple) -> bool:
        if not isinstance(v, bool):
            raise self.error(where, f"expected true or false, got {type_name(v)}")
        return v

    def _as_number(self, v: Any, where: tuple) -> float:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise self.error(where, f"expected a number, got {type_name(v)}")
        if v != v or v in (float("inf"), float("-inf")) or v < 0:
            raise self.error(where, f"expected a non-negative number, got {v}")
        return float(v)

    def _as_count(self, v: Any, where: tuple) -> int:
        if isinstance(v, bool) or not isinstance(v, int):
            raise self.error(where, f"expected a whole number, got {type_name(v)}")
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
        if isinstance(v, str) and (m := HHMM.match(v.strip())):
            return time(int(m.group(1)), int(m.group(2)))
        raise self.error(where, f"expected a time like \"16:00\", got {v!r}")

    def _as_strs(self, v: Any, where: tuple) -> tuple[str, ...]:
        if not isinstance(v, list):
            raise self.error(where, f"expected a list of strings, got {type_name(v)}")
        for i, item in enumerate(v):
            if not isinstance(item, str):
                raise self.error(
                    where, f"item {i + 1} should be a string, got {type_name(item)}"
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
            raise self.error(where, f"expected a list of dates, got {type_name(v)}")
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
            raise self.error(where, f"expected a table of word = weight, got {type_name(v)}")
        weights: dict[str, float] = {}
        for word, weight in v.items():
            if isinstance(weight, bool) or not isinstance(weight, (int, float)):
                raise self.error(
                    where, f"weight of '{word}' should be a number, got {type_name(weight)}"
                )
            if not 0 < weight <= 10:
                raise self.error(where, f"weight of '{word}' should be in (0, 10], got {weight}")
            if not word.strip():
                raise self.error(where, "empty keyword")
            weights[word.strip()] = float(weight)
        return weights

    def _as_transit(self, v: Any, where: tuple) -> tuple[tuple[tuple[str, ...], int, int], ...]:
        """``{ "江苏 浙江 上海" = "1-2", 其他 = "2-4" }``: days on the road by where the goods go."""
        if not isinstance(v, dict):
            raise self.error(where, f"expected a table of regions = days, got {type_name(v)}")
        groups = []
        for names, days in v.items():
            regions = tuple(n for n in re.split(r"[\s、,，/]+", names) if n)
            m = DAYS.match(str(days)) if isinstance(days, (str, int)) and not isinstance(days, bool) else None
            if not regions:
                raise self.error(where, "empty region name")
            if m is None or int(m.group(2) or m.group(1)) < int(m.group(1)):
                raise self.error(where, f"days for '{names}' should be like \"2-4\" or 3, got {days!r}")
            groups.append((regions, int(m.group(1)), int(m.group(2) or m.group(1))))
        return tuple(groups)

    def _as_tables(self, v: Any, where: tuple) -> list[Mapping[str, Any]]:
        if not isinstance(v, list):
            raise self.error(where, f"expected an array of tables, got {type_name(v)}")
        for i, item in enumerate(v):
            if not isinstance(item, dict):
                raise self.error(where + (i,), f"expected a table, got {type_name(item)}")
        return v


def parse_cached(raw: bytes, source: str) -> dict[str, Any]:
    """``tomllib.loads(source)``, cached by content in the platform cache folder (marshal).

    Parsing the built-in library is most of a cold start's library time; a file whose content
    changed gets a new key, and a file with TOML dates (not marshal-able) is simply not cached.
    """
    import hashlib

    from ..cache import cache_dir, load_marshal, save_marshal

    folder = cache_dir()
    path = folder / f"toml-{hashlib.sha256(raw).hexdigest()[:24]}.marshal" if folder else None
    data = load_marshal(path, lambda value: isinstance(value, dict))
    if data is not None:
        return data
    data = tomllib.loads(source)
    save_marshal(path, data)  # not saved when it holds TOML dates (not marshal-able)
    return data


def toml_message(text: str) -> tuple[str, int | None]:
    """Split tomllib's "msg (at line 3, column 5)" into the message and the line."""
    m = re.search(r"\s*\(at line (\d+), column \d+\)$", text)
    if m:
        return text[: m.start()], int(m.group(1))
    return text, None


def dotted(path: tuple[str | int, ...]) -> str:
    """``("scenarios", 3, "scripts", 0)`` -> ``scenarios[3].scripts[0]``: a key as errors show it."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def type_name(value: Any) -> str:
    return {
        str: "a string",
        int: "a whole number",
        float: "a number",
        bool: "a boolean",
        list: "an array",
        dict: "a table",
    }.get(type(value), type(value).__name__)
