"""Checks on products and on the shop's settings: facts scripts need (S002, F001), placeholders
left empty (S004), policy texts that disagree (P001) and deadlines the policy cannot compute (S003)."""

from __future__ import annotations

from datetime import datetime

from .. import template
from ..model import PRODUCT_FACTS, Product
from .checker import POLICY_FACT_OF, POLICY_VALUES, SHOP_VALUES, Checker, builtin, uses
from .words import MEDICAL, RETURN_DAYS, absolute_claims, number


def check_product(c: Checker, product: Product) -> None:
    index = c.files.index(product.source, "products", product.id)
    base = ("products", index) if index is not None else None
    used: set[str] = set()
    for scenario in c.lib.scenarios.values():
        for script in scenario.scripts:
            used |= uses(script) & template.PRODUCT_NAMES
    missing = []
    for fact in sorted({name.split(".", 1)[1] for name in used}):  # product.x, better.x, other.x
        value = product.price if fact == "price" else getattr(product, fact)
        if value in (None, "") or (isinstance(value, str) and not value.strip()):
            missing.append(fact)
    if missing:
        c.add("S002", f"product {product.id} has no {', '.join(missing)}: scripts that use "
              f"{', '.join('{product.' + m + '}' for m in missing)} are never offered for it",
              file=product.source, key=base, scenario=None, script=None)
    for fact in ("name", "feature", "advantage", "benefit", "evidence"):
        text = getattr(product, fact)
        if not text:
            continue
        key = base + (fact,) if base else None
        for word in dict.fromkeys(absolute_claims(text)):
            c.add("A001", f"product {product.id} {fact}: absolute claim “{word}” (广告法): state the concrete fact instead",
                  file=product.source, key=key)
        for word in dict.fromkeys(MEDICAL.findall(text)):
            c.add("A002", f"product {product.id} {fact}: medical or efficacy claim “{word}”",
                  file=product.source, key=key)


def policy_values(c: Checker) -> None:
    users: dict[str, list[str]] = {}
    for scenario, rank, script in c.all_scripts():
        for name in uses(script):
            users.setdefault(name, []).append(f"{scenario}#{rank}")
    for placeholder, attr in {**SHOP_VALUES, **POLICY_VALUES}.items():
        table = "shop" if placeholder.startswith("shop.") else "policy"
        value = getattr(c.lib.shop if table == "shop" else c.lib.policy, attr)
        if placeholder in users and not str(value).strip():
            file = c.setting_file(table, attr)
            shown = ", ".join(users[placeholder][:3]) + (" …" if len(users[placeholder]) > 3 else "")
            c.add("S004", f"{table}.{attr} is empty, so the {len(users[placeholder])} scripts using "
                  f"{{{placeholder}}} are never offered ({shown}); fill it in",
                  file=file, key=(table, attr))
    policy = c.lib.policy
    window_file = c.setting_file("policy", "return_window_days")
    for attr in ("return_change_of_mind", "return_quality", "compensation"):
        text = getattr(policy, attr)
        file = c.setting_file("policy", attr)
        key: tuple[str, ...] = ("policy", attr)
        if window_file and c.later(window_file, file):
            file, key = window_file, ("policy", "return_window_days")  # the change that broke it
        for m in RETURN_DAYS.finditer(text):
            n = number(m.group(1))
            if n is not None and n != policy.return_window_days:
                c.add("P001", f"policy.{attr} says “{m.group()}” but return_window_days = "
                      f"{policy.return_window_days}: make them agree",
                      file=file, key=key)


def missing_facts(c: Checker) -> None:
    """F001: facts customers ask (csreply.writing.facts) that the shop's own library leaves empty.

    Only for a library that has products or a policy of its own: the built-in defaults alone
    describe no shop, so there is nothing to fill in yet.
    """
    own = [src for src in c.lib.sources if not builtin(src)]
    if not own:
        return
    policy = c.lib.policy
    policy_file = c.setting_file_of("policy")
    own_products = any(not builtin(p.source) for p in c.lib.products.values())
    states_facts = any(c.setting_file("policy", attr) for attr in POLICY_FACT_OF.values())
    for scenario, attr in POLICY_FACT_OF.items():
        if policy_file is None or not (own_products or states_facts):
            break  # no shop described yet (a policy of hours only): nothing of its own to complete
        if scenario in c.lib.scenarios and not getattr(policy, attr):
            title = c.lib.scenarios[scenario].title
            c.add("F001", f"policy.{attr} is empty: {title} questions get “I will check” instead of the answer",
                  file=policy_file, key=("policy",))
    for product in c.lib.products.values():
        if builtin(product.source):
            continue
        missing = [f for f in PRODUCT_FACTS if not getattr(product, f)]
        if product.price is None:
            missing.insert(0, "price")
        if missing:
            index = c.files.index(product.source, "products", product.id)
            c.add("F001", f"product {product.id} has no {', '.join(missing)}: questions about them get "
                  "“I will check” instead of the answer",
                  file=product.source, key=("products", index) if index is not None else None)


def deadlines(c: Checker) -> None:
    from ...writing.bizcal import BusinessCalendar

    kinds: dict[str, str] = {}
    for scenario, rank, script in c.all_scripts():
        for option in script.options:
            kinds.setdefault(option.deadline, f"{scenario}#{rank}")
        for name in uses(script):
            if name.startswith("time.") and name != "time.today":  # (pay_by: the dispatch's cut-off)
                kinds.setdefault("dispatch" if name == "time.pay_by" else name.split(".")[1], f"{scenario}#{rank}")
    if not kinds:
        return
    policy = c.lib.policy
    calendar = BusinessCalendar(policy)
    now = c.now or datetime.now().astimezone()
    for kind, user in sorted(kinds.items()):
        try:
            calendar.deadline(kind, now)
        except ValueError as exc:
            c.add("S003", f"the policy cannot compute a '{kind}' deadline (used by {user}): {exc}",
                  file=c.setting_file("policy", "working_days") or c.setting_file("policy", "closures"),
                  key=("policy",))
    if "reply" in kinds:
        day = datetime.combine(datetime(2000, 1, 1), policy.work_end) - datetime.combine(
            datetime(2000, 1, 1), policy.work_start
        )
        if policy.escalation_hours * 3600 > day.total_seconds():
            c.add("S003", f"escalation_hours = {policy.escalation_hours} is longer than a working day "
                  f"({policy.work_start:%H:%M}–{policy.work_end:%H:%M}): {{time.reply}} would promise an "
                  "answer after closing time",
                  file=c.setting_file("policy", "escalation_hours"), key=("policy", "escalation_hours"))


def products(c: Checker) -> None:
    """Every product: the facts its scripts use, and its own claims."""
    for product in c.lib.products.values():
        check_product(c, product)
