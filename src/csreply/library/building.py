"""Merging library files in load order into one library: later files add scenarios and products
and override earlier ones by id; ``[shop]`` and ``[policy]`` override key by key."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import fields, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import LibraryError, TemplateError
from . import template
from .model import (
    AUDIENCES,
    DEADLINE_KINDS,
    SEVERITIES,
    STAGES,
    TEMPLATE_KINDS,
    TRADITIONAL_VARIANTS,
    Followup,
    Option,
    Policy,
    Product,
    Scenario,
    Script,
    Shop,
    Tip,
    Tone,
)
from .schema import (
    FOLLOWUP_KEYS,
    LIBRARY_KEYS,
    NO_SCENARIO_KINDS,
    OPTION_KEYS,
    POLICY_KEYS,
    PRODUCT_KEYS,
    SCENARIO_KEYS,
    SCRIPT_KEYS,
    SHOP_KEYS,
    TIP_KEYS,
    TONE_KEYS,
    TOP_KEYS,
    FileReader,
)


class Builder:
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
        f = FileReader(path)
        data = f.data
        f.check_keys(data, TOP_KEYS, ())
        source = str(path)
        if "library" in data:
            meta = f.table(data["library"], ("library",))
            f.check_keys(meta, LIBRARY_KEYS, ("library",))
        if "shop" in data:
            shop = f.table(data["shop"], ("shop",))
            f.check_keys(shop, SHOP_KEYS, ("shop",))
            for key, kind in SHOP_KEYS.items():
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
                f.check_keys(raw, FOLLOWUP_KEYS, path)
                for required in ("scenario", "examples"):
                    if required not in raw:
                        raise f.error(path, f"a follow-up needs '{required}'")
                values = {k: f.value(raw, k, kind, path) for k, kind in FOLLOWUP_KEYS.items() if k in raw}
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
            f.check_keys(table, TONE_KEYS, ("tone",))
            for key in TONE_KEYS:
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

    def _add_policy(self, f: FileReader, table: Mapping[str, Any]) -> None:
        f.check_keys(table, POLICY_KEYS, ("policy",))
        values = {key: f.value(table, key, kind, ("policy",)) for key, kind in POLICY_KEYS.items() if key in table}
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

    def library_fields(self) -> dict[str, Any]:
        """The merged library, as the fields of :class:`~csreply.library.loading.Library`."""
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
        return dict(
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


def _product(f: FileReader, raw: Mapping[str, Any], path: tuple, source: str) -> Product:
    f.check_keys(raw, PRODUCT_KEYS, path)
    for required in ("id", "name"):
        if required not in raw:
            raise f.error(path, f"a product needs '{required}'")
    values = {key: f.value(raw, key, kind, path) for key, kind in PRODUCT_KEYS.items() if key in raw}
    for fact in ("feature", "advantage", "benefit", "evidence"):
        if fact in values:
            _check_template(f, values[fact], path + (fact,), allow_product=False)
    return Product(source=source, **values)


def _scenario(f: FileReader, raw: Mapping[str, Any], path: tuple, source: str) -> Scenario:
    f.check_keys(raw, SCENARIO_KEYS, path)
    for required in ("id", "title", "stage"):
        if required not in raw:
            raise f.error(path, f"a scenario needs '{required}'")
    values = {key: f.value(raw, key, kind, path) for key, kind in SCENARIO_KEYS.items() if key in raw}
    if values["stage"] not in STAGES:
        raise f.error(path + ("stage",), f"stage must be one of {', '.join(STAGES)}, got '{values['stage']}'")
    scripts = tuple(
        _script(f, s, path + ("scripts", i), source) for i, s in enumerate(values.pop("scripts", []))
    )
    return Scenario(scripts=scripts, source=source, **values)


def _script(
    f: FileReader, raw: Mapping[str, Any], path: tuple, source: str, *, fallback: bool = False
) -> Script:
    f.check_keys(raw, SCRIPT_KEYS, path)
    if "template" not in raw:
        raise f.error(path, "a script needs 'template' (plain, fabe or options)")
    kind = f.value(raw, "template", "str", path)
    if kind not in TEMPLATE_KINDS or (fallback and kind != "plain"):
        allowed = "plain" if fallback else ", ".join(TEMPLATE_KINDS)
        raise f.error(path + ("template",), f"template must be {allowed}, got '{kind}'")
    values = {key: f.value(raw, key, t, path) for key, t in SCRIPT_KEYS.items() if key in raw and key != "options"}
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
    # the line is left to lint (csreply.library.tomlpos): locating every script would slow each start
    return Script(template=kind, options=options, source=source, **values)


def _tip(f: FileReader, raw: Mapping[str, Any], path: tuple, source: str) -> Tip:
    f.check_keys(raw, TIP_KEYS, path)
    if "id" not in raw:
        raise f.error(path, "a tip needs 'id'")
    values = {key: f.value(raw, key, kind, path) for key, kind in TIP_KEYS.items() if key in raw}
    if values.get("enabled", True) and not values.get("text", "").strip():
        raise f.error(path, "a tip needs a non-empty 'text' (or enabled = false to switch it off)")
    if "text" in values:
        _check_template(f, values["text"], path + ("text",))
    values.setdefault("text", "")
    return Tip(source=source, **values)


def _option(f: FileReader, raw: Mapping[str, Any], path: tuple, index: int) -> Option:
    f.check_keys(raw, OPTION_KEYS, path)
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
    f: FileReader,
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
