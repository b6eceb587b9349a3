"""Checks on the reply texts: FABE and options structure (S001, S003, S006, S008), tone (T…),
advertising law (A…) and values written by hand instead of taken from the policy (P…)."""

from __future__ import annotations

import re

from ..model import Scenario, Script
from .checker import Checker, needs_product, script_texts
from .words import (
    AGENT_SUBJECT,
    BLAME,
    CLOCK_TIME,
    COMMAND,
    CONCRETE,
    EMPATHY,
    HOURS,
    MEDICAL,
    MONEY,
    RETURN_DAYS,
    VAGUE,
    WORKING_DAYS,
    absolute_claims,
    around,
    clip,
    clock_time,
    emoji_count,
    masked_text,
    number,
    opening_of,
)


def check_scenario(c: Checker, scenario: Scenario) -> None:
    base = c.scenario_key(scenario)
    file = scenario.source
    if not scenario.keywords and not scenario.examples:
        c.add("S008", f"{scenario.title}: no keywords and no examples, so no message is ever matched to it; add both",
              file=file, key=base, scenario=scenario.id)
    if not scenario.scripts:
        c.add("S006", f"{scenario.title}: no reply scripts at all; add a plain script",
              file=file, key=base, scenario=scenario.id)
    elif all(needs_product(s) for s in scenario.scripts):
        c.add("S006", f"{scenario.title}: every script needs a product ({{product.*}} or fabe), so a message that names "
              "no catalogue item gets no draft; add a plain script without {product.*}",
              file=file, key=base + ("scripts", 0) if base else None, scenario=scenario.id)
    for j, script in enumerate(scenario.scripts):
        key = base + ("scripts", j) if base else None
        check_structure(c, script, key, file=file, scenario=scenario.id, rank=j + 1)
        check_texts(c, script, key, file=file, scenario=scenario.id, rank=j + 1,
                    after_sale=scenario.stage == "after_sale")


def check_structure(c: Checker, script: Script, key, *, file: str, scenario: str, rank: int) -> None:
    if script.template == "fabe":
        for part in ("feature", "advantage", "benefit", "evidence"):
            if not getattr(script, part).strip():
                c.add("S001", f"the fabe '{part}' part is empty: FABE needs all four parts "
                      f"(leave it out to use {{product.{part}}})",
                      file=file, key=key + (part,) if key else None, scenario=scenario, script=rank)
    if script.template == "options":
        if not 2 <= len(script.options) <= 3:
            c.add("S003", f"{len(script.options)} options: give the customer 2 or 3 to choose from",
                  file=file, key=key + ("options",) if key else None, scenario=scenario, script=rank)
        for k, option in enumerate(script.options):
            if not CONCRETE.search(option.text):
                c.add("S003", f"option {option.label} promises no time: put {{deadline}} in its text "
                      f"(here: the policy's {option.deadline} time)",
                      file=file, key=key + ("options", k, "text") if key else None,
                      scenario=scenario, script=rank)


def check_texts(c: Checker, script: Script, key, *, file: str, scenario: str, rank: int, after_sale: bool) -> None:
    texts = [t for t in script_texts(script) if t.text.strip()]
    at = lambda t: key + t.field if key else None  # noqa: E731
    if after_sale and texts:
        first = texts[0]
        opening = opening_of(masked_text(first.text))
        if not any(word in opening for word in EMPATHY):
            c.add("T001", f"after-sale reply opens without an apology or empathy: “{clip(opening_of(first.text))}” "
                  "(start with 非常抱歉… / 理解您的心情…)",
                  file=file, key=at(first), scenario=scenario, script=rank)
    for t in texts:
        check_text(c, t.text, file=file, key=at(t), scenario=scenario, rank=rank)


def check_text(c: Checker, text: str, *, file: str, key, scenario: str | None, rank: int | None) -> None:
    masked = masked_text(text)
    where = dict(file=file, key=key, scenario=scenario, script=rank)
    for m in BLAME.finditer(masked):
        c.add("T002", f"blame-shifting “{m.group().rstrip('，,。！!')}”: acknowledge the problem and say what you will do",
              **where)
    for m in COMMAND.finditer(masked):
        if m.group() == "必须" and masked.startswith("必须的", m.start()):
            continue
        clause = re.split(r"[，,。！？!?；;～~\n]", masked[: m.start()])[-1]
        if AGENT_SUBJECT.search(clause):
            continue
        c.add("T003", f"“{m.group()}” commands the customer: suggest instead (您可以…/建议您…/麻烦您…)", **where)
    for paragraph in masked.split("\n"):
        n = emoji_count(paragraph)
        if n > 1:
            c.add("T004", f"{n} emoji in one paragraph: keep at most one", **where)
    vague = VAGUE.search(masked)
    if vague and not CONCRETE.search(text) and not CLOCK_TIME.search(masked):
        c.add("T005", f"“{vague.group()}” without a concrete time: add {{time.reply}}, {{time.dispatch}} … "
              "so the customer knows when", **where)
    for word in dict.fromkeys(absolute_claims(text)):
        c.add("A001", f"absolute claim “{word}” (广告法): state the concrete fact instead", **where)
    for word in dict.fromkeys(MEDICAL.findall(masked)):
        c.add("A002", f"medical or efficacy claim “{word}”: ordinary goods may not promise a cure", **where)
    check_drift(c, masked, **where)


def check_drift(c: Checker, masked: str, *, file, key, scenario, script) -> None:
    policy = c.lib.policy
    where = dict(file=file, key=key, scenario=scenario, script=script)

    def report(found: str, differs: bool, placeholder: str, value: str) -> None:
        if differs:
            c.add("P001", f"“{found}” differs from the policy ({value}): use {placeholder}", **where)
        else:
            c.add("P002", f"“{found}” is written by hand: use {placeholder} so it follows the policy", **where)

    for m in WORKING_DAYS.finditer(masked):
        n = number(m.group(2) or m.group(1))
        if n is None:
            continue
        context = around(masked, m)
        if re.search(r"退款|到账|退回|原路|退还|退钱", context):
            allowed = {policy.refund_working_days: "{policy.refund_working_days} / {time.refund}"}
        elif re.search(r"换|补发|发出|寄出|发货", context):
            allowed = {policy.exchange_working_days: "{policy.exchange_working_days} / {time.exchange}"}
        else:
            allowed = {policy.refund_working_days: "{policy.refund_working_days}",
                       policy.exchange_working_days: "{policy.exchange_working_days}"}
        placeholder = " or ".join(dict.fromkeys(allowed.values()))
        values = " or ".join(f"{v} working day{'s' if v != 1 else ''}" for v in allowed)
        report(m.group(), n not in allowed, placeholder, values)
    for m in RETURN_DAYS.finditer(masked):
        n = number(m.group(1))
        if n is not None:
            report(m.group(), n != policy.return_window_days, "{policy.return_window_days}",
                   f"return_window_days = {policy.return_window_days}")
    for m in HOURS.finditer(masked):
        n = number(m.group(1))
        context = around(masked, m)
        if n is None:
            continue
        if re.search(r"发货|发出|寄出|出库|发走", context):
            c.add("P001", f"“{m.group()}” promises dispatch in hours, but the policy ships by the cutoff "
                  f"({policy.dispatch_cutoff:%H:%M}): use {{time.dispatch}}", **where)
        elif re.search(r"回复|答复|回您|联系您|处理|给您", context):
            report(m.group(), n != policy.escalation_hours, "{time.reply}",
                   f"escalation_hours = {policy.escalation_hours}")
    for m in CLOCK_TIME.finditer(masked):
        at = clock_time(m)
        if at is None:
            continue
        context = around(masked, m, before=6, after=8)
        shown = f"{at:%H:%M}"
        if re.search(r"付款|下单|拍下|支付", context):
            report(m.group(), at != policy.dispatch_cutoff, "{policy.cutoff}",
                   f"dispatch_cutoff = {policy.dispatch_cutoff:%H:%M}")
        elif at in (policy.dispatch_cutoff, policy.work_end, policy.work_start):
            report(m.group(), False, "{time.dispatch} / {time.exchange} / {policy.cutoff}", shown)
        else:
            c.add("P001", f"“{m.group()}” is not a time of the policy (cutoff {policy.dispatch_cutoff:%H:%M}, "
                  f"hours {policy.work_start:%H:%M}–{policy.work_end:%H:%M}): use a {{time.*}} placeholder",
                  **where)
    for m in MONEY.finditer(masked):
        amount = float(m.group(1))
        policy_amounts = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", policy.compensation)]
        report(m.group(), amount not in policy_amounts, "{policy.compensation}",
               f"compensation = {policy.compensation}")


def tips_and_tone(c: Checker) -> None:
    """Proactive tips and the tone lines are replies too (when the library has them)."""
    for tip in getattr(c.lib, "tips", ()) or ():
        index = c.files.index(tip.source, "tips", tip.id)
        key = ("tips", index, "text") if index is not None else None
        check_text(c, tip.text, file=tip.source, key=key, scenario=None, rank=None)
    tone = getattr(c.lib, "tone", None)
    for attr in ("anger", "urgency", "anxiety", "reassure"):
        text = getattr(tone, attr, "") if tone is not None else ""
        file = c.setting_file("tone", attr)
        if text and file:  # the built-in defaults live in the code, not in a file
            check_text(c, text, file=file, key=("tone", attr), scenario=None, rank=None)


def scenarios(c: Checker) -> None:
    """Every scenario: its structure and the texts of its scripts."""
    for scenario in c.lib.scenarios.values():
        check_scenario(c, scenario)


def fallback(c: Checker) -> None:
    """The fallback replies (drafted when no scenario matches) are replies too."""
    for j, script in enumerate(c.lib.fallback):
        key = ("fallback", "scripts", j)
        check_texts(c, script, key, file=script.source, scenario="fallback", rank=j + 1, after_sale=False)
