"""The lint rules (id, severity, description) and the finding each check reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Rule:
    """One lint rule: its id, default severity and a one-line description."""

    id: str
    severity: str
    title: str
    zh: str = ""  # the same in Chinese, shown first to the shop owner


RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule("S001", ERROR, "a fabe script has an empty feature/advantage/benefit/evidence part", "FABE 话术有空的部分"),
        Rule("S002", WARNING, "a product lacks a fact its scripts use, so they are never offered for it", "商品缺少话术要用的信息"),
        Rule("S003", ERROR, "an options script needs 2–3 options, each promising a time the policy can compute", "选项话术需要 2–3 个带时限的选项"),
        Rule("S004", ERROR, "a placeholder whose value is empty in this library, so its scripts never show", "占位符在本话术库里是空的"),
        Rule("S005", ERROR, "the same (error) or a near-duplicate (warning) example question in two scenarios", "两个场景有相同或几乎相同的例句"),
        Rule("S006", ERROR, "a scenario with no reply that works without a product", "场景没有不需要商品也能用的话术"),
        Rule("S007", WARNING, "a keyword weighing 3 or more in two scenarios: they collide", "同一个重关键词出现在两个场景"),
        Rule("S008", ERROR, "a scenario with neither keywords nor examples can never be recognised", "场景既没有关键词也没有例句"),
        Rule("T001", ERROR, "an after-sale reply that does not open with an apology or empathy", "售后回复没有先道歉或共情"),
        Rule("T002", ERROR, "blame-shifting (这不是我们的问题, 您先看说明 …)", "推卸责任"),
        Rule("T003", WARNING, "a command (必须, 务必, 立刻, 赶紧 …) where a suggestion is meant", "命令语气"),
        Rule("T004", WARNING, "more than one emoji in a paragraph", "一段里不止一个表情"),
        Rule("T005", WARNING, "尽快/第一时间 without a concrete time", "“尽快/第一时间”没有具体时间"),
        Rule("A001", ERROR, "an absolute claim banned by the advertising law (最, 第一, 100%, 绝对 …)", "广告法禁用的绝对化用语"),
        Rule("A002", WARNING, "a medical or efficacy claim (根治, 治疗, 无副作用 …)", "医疗或功效宣称"),
        Rule("P001", ERROR, "a time or amount written by hand that differs from the shop's policy", "手写的时间或金额和店铺政策不一致"),
        Rule("P002", WARNING, "a policy value written by hand: use the placeholder so it follows the policy", "手写了政策里的值"),
        Rule("F001", WARNING, "customers ask a fact the library does not give: drafts promise to check instead of answering", "顾客常问的信息话术库里没有"),
    )
}


@dataclass(frozen=True)
class Finding:
    """One problem: where it is, which rule, how serious, and a short reason."""

    rule: str
    severity: str
    message: str
    file: str | None = None
    line: int | None = None
    scenario: str | None = None
    script: int | None = None  # 1-based rank of the script within its scenario (or fallback)
    key: str | None = None  # the TOML key, e.g. scenarios[3].scripts[0].text

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def where(self) -> str:
        """``bargain#2``, ``product walnut-500``, ``policy`` …: what the finding is about."""
        if self.scenario and self.script:
            return f"{self.scenario}#{self.script}"
        return self.scenario or (self.key or "")
