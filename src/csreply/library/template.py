"""Safe reply templates: ``{name}`` placeholders filled from a table of strings.

A placeholder is a plain name (``shop.name``, ``deadline``) looked up whole in a dict: no
attribute access, no indexing, no format spec, no code. ``{{`` and ``}}`` write literal braces.
A small scanner does the work; ``str.format`` is never used, so a library file cannot reach
Python objects through ``{shop.__class__}`` or the like.

``$`` has no meaning: ``${shop.name}`` is a ``$`` followed by the placeholder ``{shop.name}``
and renders as ``$本店``.

>>> render("亲，{shop.name}欢迎您～{{活动}}", {"shop.name": "山间小铺"})
'亲，山间小铺欢迎您～{活动}'
>>> placeholders("{product.name}：{product.feature}")
['product.name', 'product.feature']
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from functools import lru_cache

from ..errors import TemplateError
from ..lazy_pattern import lazy

PRODUCT_FIELDS: tuple[str, ...] = (
    "name", "price", "feature", "advantage", "benefit", "evidence", "role",
    "spec", "material", "ingredients", "suitable_for", "not_for", "usage", "cautions",
    "shelf_life", "in_box", "category",
)
# product.*: the item the message is about (the first one named); better.* and other.*: with two
# items named (a comparison), the higher-priced one and the other one
PRODUCT_NAMES: frozenset[str] = frozenset(
    f"{who}.{what}" for who in ("product", "better", "other") for what in PRODUCT_FIELDS
)
COMPARE_NAMES: frozenset[str] = frozenset(n for n in PRODUCT_NAMES if not n.startswith("product."))

KNOWN: frozenset[str] = PRODUCT_NAMES | frozenset(
    {
        "shop.name",
        "shop.agent",
        "shop.platform",
        "policy.cutoff",
        "policy.work_start",
        "policy.work_end",
        "policy.return_window_days",
        "policy.refund_working_days",
        "policy.exchange_working_days",
        "policy.escalation_hours",
        "policy.compensation",
        "policy.return_quality",
        "policy.return_change_of_mind",
        "policy.free_shipping",
        "policy.remote_regions",
        "policy.remote_fee",
        "policy.couriers",
        "policy.courier_surcharge",
        "policy.ships_from",
        "policy.invoice",
        "policy.price_protect_days",
        "policy.gifts",
        "policy.warranty",
        "policy.installation",
        "policy.payment_methods",
        "policy.coupons",
        "time.today",
        "time.dispatch",
        "time.pay_by",
        "time.exchange",
        "time.refund",
        "time.reply",
        "deadline",
        "message.text",
        "message.problem",
        "guesses",
    }
)

_NAME = lazy(r"[a-z][a-z_]*(?:\.[a-z][a-z_]*)?")
_SHOWN_MAX = 30  # longest brace content quoted back in an error message


class _Field(str):
    """A placeholder name inside a parsed template (plain ``str`` parts are literal text)."""


@lru_cache(maxsize=1024)
def _parse(template: str) -> tuple[str, ...]:
    """Split ``template`` into literal text and ``_Field`` names, or raise TemplateError."""
    parts: list[str] = []
    literal: list[str] = []
    i, size = 0, len(template)
    while i < size:
        char = template[i]
        if char == "}":
            if template.startswith("}}", i):
                literal.append("}")
                i += 2
                continue
            raise TemplateError("unmatched } (write }} for a literal brace)")
        if char != "{":
            literal.append(char)
            i += 1
            continue
        if template.startswith("{{", i):
            literal.append("{")
            i += 2
            continue
        close = template.find("}", i + 1)
        inner = template[i + 1 : close] if close != -1 else ""
        if close == -1 or "{" in inner or "\n" in inner:
            raise TemplateError("unmatched { (write {{ for a literal brace)")
        _check(inner)
        if literal:
            parts.append("".join(literal))
            literal = []
        parts.append(_Field(inner))
        i = close + 1
    if literal:
        parts.append("".join(literal))
    return tuple(parts)


def _check(name: str) -> None:
    if not _NAME.fullmatch(name):
        shown = name if len(name) <= _SHOWN_MAX else name[:_SHOWN_MAX] + "…"
        raise TemplateError(
            f"unsafe placeholder {{{shown}}}: only names like {{shop.name}} are allowed"
        )
    if name not in KNOWN:
        close = difflib.get_close_matches(name, sorted(KNOWN), n=1)
        hint = f" (did you mean {{{close[0]}}}?)" if close else ""
        raise TemplateError(f"unknown placeholder {{{name}}}{hint}")


def placeholders(template: str) -> list[str]:
    """The placeholder names ``template`` uses, each once, in order of first use.

    Raises :class:`TemplateError` for an unsafe or unknown placeholder or an unmatched brace.

    >>> placeholders("{shop.name}{{x}}{deadline}{shop.name}")
    ['shop.name', 'deadline']
    >>> placeholders("{shop.nmae}")
    Traceback (most recent call last):
    csreply.errors.TemplateError: unknown placeholder {shop.nmae} (did you mean {shop.name}?)
    """
    names = [part for part in _parse(template) if isinstance(part, _Field)]
    return list(dict.fromkeys(str(name) for name in names))


def render(template: str, values: Mapping[str, str]) -> str:
    """``template`` with every placeholder replaced by ``values[name]``.

    Raises :class:`TemplateError` for a bad template and ``KeyError(name)`` when a value is missing.

    >>> render("{shop.agent}为您服务", {"shop.agent": "小禾"})
    '小禾为您服务'
    """
    out: list[str] = []
    for part in _parse(template):
        if isinstance(part, _Field):
            name = str(part)
            if name not in values:
                raise KeyError(name)
            out.append(values[name])
        else:
            out.append(part)
    return "".join(out)
