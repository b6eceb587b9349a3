"""Check a loaded script library (话术库) the way an experienced 客服 supervisor would.

Four families of rules, each with an id (see :data:`RULES`):

- ``S…`` structure: FABE scripts with all four parts, options that carry a computable deadline,
  placeholders that resolve, example questions filed under two scenarios, scenarios without a
  reply that works for every message, keywords that make two scenarios collide;
- ``T…`` tone (shared/domain.md): after-sale replies open with an apology or empathy, no
  blame-shifting, no commands where a suggestion is meant, one emoji per paragraph at most, no
  "尽快" without a concrete time;
- ``A…`` advertising law (广告法): absolute claims (最, 第一, 100%, 绝对, 顶级 …) and medical
  claims in product facts and replies;
- ``P…`` policy drift: a reply that writes a time or amount by hand instead of taking it from the
  shop's policy.

The checks read the library *as loaded* (later files already override earlier ones) and locate
each finding in its file with :class:`csreply.tomlpos.KeyLocator`. No printing: :func:`lint`
returns :class:`Finding` objects and the CLI formats them.

>>> from csreply.library import Library
>>> findings = lint(Library.load(user=False, env=False))
>>> [f for f in findings if f.severity == "error"]
[]
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Any

from . import template
from .library import Library
from .model import POLICY_FACTS, PRODUCT_FACTS, Product, Scenario, Script
from .tomlpos import KeyLocator

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


def lint(
    library: Library,
    *,
    only: Iterable[str | Path] | None = None,
    now: datetime | None = None,
) -> list[Finding]:
    """Every finding in ``library``, sorted by file and line.

    ``only`` restricts the report to findings located in those files (the rest of the library
    still counts as context, e.g. for duplicate examples); ``now`` fixes the clock for the
    deadline checks.
    """
    checker = _Checker(library, now=now)
    findings = checker.run()
    if only is not None:
        keep = {_same(p) for p in only}
        findings = [f for f in findings if f.file is not None and _same(f.file) in keep]
    return sorted(findings, key=lambda f: (f.file or "", f.line or 0, f.rule, f.where))


def summary(findings: Iterable[Finding]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = warnings = 0
    for f in findings:
        if f.severity == ERROR:
            errors += 1
        else:
            warnings += 1
    return errors, warnings


def _same(path: str | Path) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(path)


# --- word lists -------------------------------------------------------------------------------
EMPATHY = (
    "抱歉", "对不起", "不好意思", "歉意", "理解", "着急", "辛苦", "感谢", "谢谢", "别担心",
    "不用担心", "放心", "心情", "麻烦您了", "久等", "添麻烦", "委屈", "体谅", "难受", "闹心",
    "扫兴", "失望", "心疼",
)
_BLAME = re.compile(
    r"不是我们的(?:问题|责任|错)|(?:跟|和|与)(?:我们|本店|店里|店铺)(?:没有?|无)关系?|与我们无关"
    r"|不关我们(?:的)?事|不归我们管|概不负责|谁让(?:您|你)"
    r"|(?:您|你)先(?:去)?看(?:一下|下)?(?:说明|详情)|自己(?:去)?看(?:一下|下)?(?:说明|详情)"
    r"|(?:是|这是)(?:您|你)自己的?(?:问题|原因|责任|错)|(?:您|你)自己(?:没|不)(?:看|注意|选|弄)"
    r"|(?:您|你)(?:没有?|不)看清楚?|早(?:就)?(?:跟(?:您|你))?说(?:过|了)(?:的)?[，,。！!]"
    r"|(?:您|你)(?:自己)?(?:去)?找快递|(?:您|你)自己(?:去)?联系快递"
)
_COMMAND = re.compile(r"必须|务必|立刻|立即|赶紧|赶快|(?<![拿说看吃摸把])不准|不许")
_AGENT_SUBJECT = re.compile(r"我|咱们")  # "我们立即为您处理" is the agent's own commitment
_VAGUE = re.compile(r"尽快|尽早|第一时间|尽量快|抓紧(?:时间)?|稍后(?:给您|再)?(?:回复|答复|联系)")
_CONCRETE = re.compile(r"\{(?:time\.(?:dispatch|exchange|refund|reply)|deadline)\}")

# 最 is fine for a time or a quantity (最晚, 最快明天, 最多两件) and as advice (最好先试用)
_MOST_OK = ("最晚", "最迟", "最快", "最近", "最后", "最终", "最初", "最早", "最多", "最少", "最起码", "最好先",
            "最好在", "最好不要", "最好别", "最好是先", "最好提前", "最好还是", "最好能", "最好用", "最好选")
# 第一 as an ordinal (第一次, 第一时间, 第一件) is not a ranking
_FIRST_ORDINAL = re.compile(
    r"第一(?:时间|次|天|步|件|个|单|位|条|眼|周|期|批|页|种|款|句|点|份|包|盒|瓶|双|套|口|遍|回|轮|代|季|版|章|集|届|层|道|段)"
)
# 最低/最高/最大/最小/最长/最短 right before a number state a limit or a specification (最低3件起);
# a price (最低价) never is, and neither a punctuation mark nor a placeholder (masked as 〇) may
# stand between: "最低价，{shop.name}…" or "最低价，3天发货" is still the banned claim
_MOST_LIMIT = re.compile(r"最[低高大小长短](?![价])[^\d〇价，,。！!？?；;、：:\s]{0,3}\d")
_ABSOLUTE = re.compile(
    r"最|第一|100%|100％|百分百|百分之百|绝对|顶级|国家级|世界级|全球级|首选|唯一|万能|史上|"
    r"无敌|王牌|冠军|独一无二|极品|至尊|巅峰|全网最低|遥遥领先|领导品牌|全球首发|首个|首家|永久"
)
_FIBRES = re.compile(r"(?:100%|100％|百分百|百分之百)(?:纯)?(?:棉|羊毛|羊绒|桑蚕丝|蚕丝|真丝|亚麻|麻|聚酯|涤纶|纯棉|全棉)")
_MEDICAL = re.compile(r"根治|治愈|药到病除|包治|无副作用|永不复发|特效|疗效|治疗|消炎|抗炎")
_EMOJI = re.compile(
    "(?:[\U0001F1E6-\U0001F1FF]{2}"
    "|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u231A-\u23FF\u3030\u303D\u3297\u3299]"
    "(?:[\U0001F3FB-\U0001F3FF\uFE0F]|\u200D[\U0001F000-\U0001FAFF\u2600-\u27BF])*)"
)
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_PLACEHOLDER = re.compile(r"\{[a-z][a-z_]*(?:\.[a-z][a-z_]*)?\}")

_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"(\d+|[一二两三四五六七八九十]+)"
_WORKING_DAYS = re.compile(rf"(?<![下上每第]){_NUM}\s*(?:[-~～到至]\s*{_NUM}\s*)?个?工作日")
_RETURN_DAYS = re.compile(rf"{_NUM}\s*天\s*无理由")
_HOURS = re.compile(rf"{_NUM}\s*个?(?:小时|钟头)\s*(?:内|之内|以内)")
_CLOCK = re.compile(
    r"(上午|早上|中午|下午|傍晚|晚上)?\s*(?:(\d{1,2})\s*[:：]\s*(\d{2})|(\d{1,2}|[一二两三四五六七八九十]+)\s*点(半|钟)?)"
    r"\s*(?:以前|之前|前)"
)
_MONEY = re.compile(r"(\d+(?:\.\d+)?)\s*(?:元|块钱?)\s*(?:的)?\s*(?:无门槛)?\s*(?:优惠券|优惠卷|代金券|红包|券)")


def _number(text: str) -> int | None:
    """``"3"`` → 3, ``"十二"`` → 12, ``"两"`` → 2."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, units = text.partition("十")
        value = (_CN_DIGITS.get(tens, 0) if tens else 1) * 10
        return value + (_CN_DIGITS.get(units, 0) if units else 0)
    if len(text) == 1 and text in _CN_DIGITS:
        return _CN_DIGITS[text]
    return None


def _masked(text: str) -> str:
    """``text`` with each placeholder replaced by one neutral character, so word checks do not
    see placeholder names and positions stay meaningful."""
    return _PLACEHOLDER.sub("〇", text.replace("{{", "{").replace("}}", "}"))


def absolute_claims(text: str) -> list[str]:
    """The absolute advertising words in ``text`` (with their sensible exceptions).

    >>> absolute_claims("最快明天到，第一时间给您发货，这款是全网销量第一的")
    ['第一']
    >>> absolute_claims("最好的面霜，100%有效")
    ['最好的', '100%']
    >>> absolute_claims("面料是100%纯棉，最好先手洗")
    []
    """
    text = _masked(text)
    found: list[str] = []
    for m in _ABSOLUTE.finditer(text):
        word, start = m.group(), m.start()
        rest = text[start:]
        if word == "最":
            if any(rest.startswith(ok) for ok in _MOST_OK) or _MOST_LIMIT.match(rest):
                continue
            word = rest[:3] if rest[:2] == "最好" else rest[:2]
        elif word == "第一" and _FIRST_ORDINAL.match(rest):
            continue
        elif word in ("100%", "100％", "百分百", "百分之百") and _FIBRES.match(rest):
            continue
        elif word == "唯一" and rest.startswith("唯一的问题"):
            continue
        found.append(word)
    return found


def emoji_count(paragraph: str) -> int:
    """Emoji in one paragraph (a skin tone, variation selector or ZWJ sequence counts once).

    >>> emoji_count("亲，好的😊～收到👍🏻"), emoji_count("亲～好的呢")
    (2, 0)
    """
    return len(_EMOJI.findall(paragraph))


# --- locating ---------------------------------------------------------------------------------
class _Files:
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


def _dotted(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


@dataclass(frozen=True)
class _Text:
    """One text of a script with where it lives."""

    field: tuple[str | int, ...]  # e.g. ("options", 1, "text")
    text: str


def _script_texts(script: Script, *, facts: bool = False) -> list[_Text]:
    """The reply texts of ``script`` in the order a customer reads them."""
    if script.template == "plain":
        return [_Text(("text",), script.text)]
    out = [_Text(("opening",), script.opening)] if script.opening else []
    if script.template == "fabe":
        for part in ("feature", "advantage", "benefit", "evidence"):
            value = getattr(script, part)
            if facts or value != f"{{product.{part}}}":
                out.append(_Text((part,), value))
    else:
        out += [_Text(("options", k, "text"), o.text) for k, o in enumerate(script.options)]
    if script.closing:
        out.append(_Text(("closing",), script.closing))
    return out


def _uses(script: Script) -> set[str]:
    names: set[str] = set()
    for t in _script_texts(script, facts=True):
        try:
            names.update(template.placeholders(t.text))
        except Exception:  # the loader already rejected bad templates; be lenient here
            continue
    return names


def _needs_product(script: Script) -> bool:
    return bool(_uses(script) & template.PRODUCT_NAMES)


_POLICY_VALUES = {
    "policy.compensation": "compensation",
    "policy.return_quality": "return_quality",
    "policy.return_change_of_mind": "return_change_of_mind",
    **{f"policy.{fact}": fact for fact in POLICY_FACTS},
    "policy.remote_regions": "remote_regions",
    "policy.price_protect_days": "price_protect_days",
}
# scenarios whose customers ask a policy fact, and the [policy] key that answers them
_POLICY_FACT_OF = {
    "shipping_fee": "free_shipping",
    "courier": "couriers",
    "invoice": "invoice",
    "price_protect": "price_protect_days",
    "promotion": "gifts",
    "payment": "payment_methods",
}
_SHOP_VALUES = {"shop.name": "name", "shop.agent": "agent", "shop.platform": "platform"}


# --- the checker ------------------------------------------------------------------------------
class _Checker:
    def __init__(self, library: Library, *, now: datetime | None) -> None:
        self.lib = library
        self.files = _Files()
        self.now = now
        self.out: list[Finding] = []

    # where things are
    def _scenario_key(self, scenario: Scenario) -> tuple[str | int, ...] | None:
        index = self.files.index(scenario.source, "scenarios", scenario.id)
        return ("scenarios", index) if index is not None else None

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
                key=_dotted(key) if key else None,
            )
        )

    def run(self) -> list[Finding]:
        for scenario in self.lib.scenarios.values():
            self._scenario(scenario)
        for j, script in enumerate(self.lib.fallback):
            key = ("fallback", "scripts", j)
            self._texts(script, key, file=script.source, scenario="fallback", rank=j + 1, after_sale=False)
        for product in self.lib.products.values():
            self._product(product)
        self._tips_and_tone()
        self._policy_values()
        self._missing_facts()
        self._deadlines()
        self._duplicate_examples()
        self._keyword_collisions()
        return self.out

    # per scenario --------------------------------------------------------------------------
    def _scenario(self, scenario: Scenario) -> None:
        base = self._scenario_key(scenario)
        file = scenario.source
        if not scenario.keywords and not scenario.examples:
            self.add("S008", f"{scenario.title}: no keywords and no examples, so no message is ever matched to it; add both",
                     file=file, key=base, scenario=scenario.id)
        if not scenario.scripts:
            self.add("S006", f"{scenario.title}: no reply scripts at all; add a plain script",
                     file=file, key=base, scenario=scenario.id)
        elif all(_needs_product(s) for s in scenario.scripts):
            self.add("S006", f"{scenario.title}: every script needs a product ({{product.*}} or fabe), so a message that names "
                     "no catalogue item gets no draft; add a plain script without {product.*}",
                     file=file, key=base + ("scripts", 0) if base else None, scenario=scenario.id)
        for j, script in enumerate(scenario.scripts):
            key = base + ("scripts", j) if base else None
            self._structure(script, key, file=file, scenario=scenario.id, rank=j + 1)
            self._texts(script, key, file=file, scenario=scenario.id, rank=j + 1,
                        after_sale=scenario.stage == "after_sale")

    def _structure(self, script: Script, key, *, file: str, scenario: str, rank: int) -> None:
        if script.template == "fabe":
            for part in ("feature", "advantage", "benefit", "evidence"):
                if not getattr(script, part).strip():
                    self.add("S001", f"the fabe '{part}' part is empty: FABE needs all four parts "
                             f"(leave it out to use {{product.{part}}})",
                             file=file, key=key + (part,) if key else None, scenario=scenario, script=rank)
        if script.template == "options":
            if not 2 <= len(script.options) <= 3:
                self.add("S003", f"{len(script.options)} options: give the customer 2 or 3 to choose from",
                         file=file, key=key + ("options",) if key else None, scenario=scenario, script=rank)
            for k, option in enumerate(script.options):
                if not _CONCRETE.search(option.text):
                    self.add("S003", f"option {option.label} promises no time: put {{deadline}} in its text "
                             f"(here: the policy's {option.deadline} time)",
                             file=file, key=key + ("options", k, "text") if key else None,
                             scenario=scenario, script=rank)

    def _texts(self, script: Script, key, *, file: str, scenario: str, rank: int, after_sale: bool) -> None:
        texts = [t for t in _script_texts(script) if t.text.strip()]
        at = lambda t: key + t.field if key else None  # noqa: E731
        if after_sale and texts:
            first = texts[0]
            opening = _opening(_masked(first.text))
            if not any(word in opening for word in EMPATHY):
                self.add("T001", f"after-sale reply opens without an apology or empathy: “{_clip(_opening(first.text))}” "
                         "(start with 非常抱歉… / 理解您的心情…)",
                         file=file, key=at(first), scenario=scenario, script=rank)
        for t in texts:
            self._text(t.text, file=file, key=at(t), scenario=scenario, rank=rank)

    def _text(self, text: str, *, file: str, key, scenario: str | None, rank: int | None) -> None:
        masked = _masked(text)
        where = dict(file=file, key=key, scenario=scenario, script=rank)
        for m in _BLAME.finditer(masked):
            self.add("T002", f"blame-shifting “{m.group().rstrip('，,。！!')}”: acknowledge the problem and say what you will do",
                     **where)
        for m in _COMMAND.finditer(masked):
            if m.group() == "必须" and masked.startswith("必须的", m.start()):
                continue
            clause = re.split(r"[，,。！？!?；;～~\n]", masked[: m.start()])[-1]
            if _AGENT_SUBJECT.search(clause):
                continue
            self.add("T003", f"“{m.group()}” commands the customer: suggest instead (您可以…/建议您…/麻烦您…)", **where)
        for paragraph in masked.split("\n"):
            n = emoji_count(paragraph)
            if n > 1:
                self.add("T004", f"{n} emoji in one paragraph: keep at most one", **where)
        vague = _VAGUE.search(masked)
        if vague and not _CONCRETE.search(text) and not _CLOCK.search(masked):
            self.add("T005", f"“{vague.group()}” without a concrete time: add {{time.reply}}, {{time.dispatch}} … "
                     "so the customer knows when", **where)
        for word in dict.fromkeys(absolute_claims(text)):
            self.add("A001", f"absolute claim “{word}” (广告法): state the concrete fact instead", **where)
        for word in dict.fromkeys(_MEDICAL.findall(masked)):
            self.add("A002", f"medical or efficacy claim “{word}”: ordinary goods may not promise a cure", **where)
        self._drift(masked, **where)

    # policy drift ---------------------------------------------------------------------------
    def _drift(self, masked: str, *, file, key, scenario, script) -> None:
        policy = self.lib.policy
        where = dict(file=file, key=key, scenario=scenario, script=script)

        def report(found: str, differs: bool, placeholder: str, value: str) -> None:
            if differs:
                self.add("P001", f"“{found}” differs from the policy ({value}): use {placeholder}", **where)
            else:
                self.add("P002", f"“{found}” is written by hand: use {placeholder} so it follows the policy", **where)

        for m in _WORKING_DAYS.finditer(masked):
            n = _number(m.group(2) or m.group(1))
            if n is None:
                continue
            context = _context(masked, m)
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
        for m in _RETURN_DAYS.finditer(masked):
            n = _number(m.group(1))
            if n is not None:
                report(m.group(), n != policy.return_window_days, "{policy.return_window_days}",
                       f"return_window_days = {policy.return_window_days}")
        for m in _HOURS.finditer(masked):
            n = _number(m.group(1))
            context = _context(masked, m)
            if n is None:
                continue
            if re.search(r"发货|发出|寄出|出库|发走", context):
                self.add("P001", f"“{m.group()}” promises dispatch in hours, but the policy ships by the cutoff "
                         f"({policy.dispatch_cutoff:%H:%M}): use {{time.dispatch}}", **where)
            elif re.search(r"回复|答复|回您|联系您|处理|给您", context):
                report(m.group(), n != policy.escalation_hours, "{time.reply}",
                       f"escalation_hours = {policy.escalation_hours}")
        for m in _CLOCK.finditer(masked):
            at = _clock(m)
            if at is None:
                continue
            context = _context(masked, m, before=6, after=8)
            shown = f"{at:%H:%M}"
            if re.search(r"付款|下单|拍下|支付", context):
                report(m.group(), at != policy.dispatch_cutoff, "{policy.cutoff}",
                       f"dispatch_cutoff = {policy.dispatch_cutoff:%H:%M}")
            elif at in (policy.dispatch_cutoff, policy.work_end, policy.work_start):
                report(m.group(), False, "{time.dispatch} / {time.exchange} / {policy.cutoff}", shown)
            else:
                self.add("P001", f"“{m.group()}” is not a time of the policy (cutoff {policy.dispatch_cutoff:%H:%M}, "
                         f"hours {policy.work_start:%H:%M}–{policy.work_end:%H:%M}): use a {{time.*}} placeholder",
                         **where)
        for m in _MONEY.finditer(masked):
            amount = float(m.group(1))
            policy_amounts = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", policy.compensation)]
            report(m.group(), amount not in policy_amounts, "{policy.compensation}",
                   f"compensation = {policy.compensation}")

    def _tips_and_tone(self) -> None:
        """Proactive tips and the tone lines are replies too (when the library has them)."""
        for tip in getattr(self.lib, "tips", ()) or ():
            index = self.files.index(tip.source, "tips", tip.id)
            key = ("tips", index, "text") if index is not None else None
            self._text(tip.text, file=tip.source, key=key, scenario=None, rank=None)
        tone = getattr(self.lib, "tone", None)
        for attr in ("anger", "urgency", "anxiety", "reassure"):
            text = getattr(tone, attr, "") if tone is not None else ""
            file = self._setting_file("tone", attr)
            if text and file:  # the built-in defaults live in the code, not in a file
                self._text(text, file=file, key=("tone", attr), scenario=None, rank=None)

    # products -------------------------------------------------------------------------------
    def _product(self, product: Product) -> None:
        index = self.files.index(product.source, "products", product.id)
        base = ("products", index) if index is not None else None
        used: set[str] = set()
        for scenario in self.lib.scenarios.values():
            for script in scenario.scripts:
                used |= _uses(script) & template.PRODUCT_NAMES
        missing = []
        for fact in sorted({name.split(".", 1)[1] for name in used}):  # product.x, better.x, other.x
            value = product.price if fact == "price" else getattr(product, fact)
            if value in (None, "") or (isinstance(value, str) and not value.strip()):
                missing.append(fact)
        if missing:
            self.add("S002", f"product {product.id} has no {', '.join(missing)}: scripts that use "
                     f"{', '.join('{product.' + m + '}' for m in missing)} are never offered for it",
                     file=product.source, key=base, scenario=None, script=None)
        for fact in ("name", "feature", "advantage", "benefit", "evidence"):
            text = getattr(product, fact)
            if not text:
                continue
            key = base + (fact,) if base else None
            for word in dict.fromkeys(absolute_claims(text)):
                self.add("A001", f"product {product.id} {fact}: absolute claim “{word}” (广告法): state the concrete fact instead",
                         file=product.source, key=key)
            for word in dict.fromkeys(_MEDICAL.findall(text)):
                self.add("A002", f"product {product.id} {fact}: medical or efficacy claim “{word}”",
                         file=product.source, key=key)

    # shop and policy values -----------------------------------------------------------------
    def _all_scripts(self) -> Iterator[tuple[str, int, Script]]:
        for scenario in self.lib.scenarios.values():
            for j, script in enumerate(scenario.scripts):
                yield scenario.id, j + 1, script
        for j, script in enumerate(self.lib.fallback):
            yield "fallback", j + 1, script

    def _setting_file(self, table: str, key: str) -> str | None:
        """The last loaded file that sets ``[table] key`` (that value is the one in force)."""
        for source in reversed(self.lib.sources):
            parsed = self.files.get(source)
            if parsed and isinstance(parsed[0].get(table), dict) and key in parsed[0][table]:
                return source
        return None

    def _policy_values(self) -> None:
        users: dict[str, list[str]] = {}
        for scenario, rank, script in self._all_scripts():
            for name in _uses(script):
                users.setdefault(name, []).append(f"{scenario}#{rank}")
        for placeholder, attr in {**_SHOP_VALUES, **_POLICY_VALUES}.items():
            table = "shop" if placeholder.startswith("shop.") else "policy"
            value = getattr(self.lib.shop if table == "shop" else self.lib.policy, attr)
            if placeholder in users and not str(value).strip():
                file = self._setting_file(table, attr)
                shown = ", ".join(users[placeholder][:3]) + (" …" if len(users[placeholder]) > 3 else "")
                self.add("S004", f"{table}.{attr} is empty, so the {len(users[placeholder])} scripts using "
                         f"{{{placeholder}}} are never offered ({shown}); fill it in",
                         file=file, key=(table, attr))
        policy = self.lib.policy
        window_file = self._setting_file("policy", "return_window_days")
        for attr in ("return_change_of_mind", "return_quality", "compensation"):
            text = getattr(policy, attr)
            file = self._setting_file("policy", attr)
            key: tuple[str, ...] = ("policy", attr)
            if window_file and self._later(window_file, file):
                file, key = window_file, ("policy", "return_window_days")  # the change that broke it
            for m in _RETURN_DAYS.finditer(text):
                n = _number(m.group(1))
                if n is not None and n != policy.return_window_days:
                    self.add("P001", f"policy.{attr} says “{m.group()}” but return_window_days = "
                             f"{policy.return_window_days}: make them agree",
                             file=file, key=key)

    def _missing_facts(self) -> None:
        """F001: facts customers ask (csreply.facts) that the shop's own library leaves empty.

        Only for a library that has products or a policy of its own: the built-in defaults alone
        describe no shop, so there is nothing to fill in yet.
        """
        own = [src for src in self.lib.sources if not _builtin(src)]
        if not own:
            return
        policy = self.lib.policy
        policy_file = self._setting_file_of("policy")
        own_products = any(not _builtin(p.source) for p in self.lib.products.values())
        states_facts = any(self._setting_file("policy", attr) for attr in _POLICY_FACT_OF.values())
        for scenario, attr in _POLICY_FACT_OF.items():
            if policy_file is None or not (own_products or states_facts):
                break  # no shop described yet (a policy of hours only): nothing of its own to complete
            if scenario in self.lib.scenarios and not getattr(policy, attr):
                title = self.lib.scenarios[scenario].title
                self.add("F001", f"policy.{attr} is empty: {title} questions get “I will check” instead of the answer",
                         file=policy_file, key=("policy",))
        for product in self.lib.products.values():
            if _builtin(product.source):
                continue
            missing = [f for f in PRODUCT_FACTS if not getattr(product, f)]
            if product.price is None:
                missing.insert(0, "price")
            if missing:
                index = self.files.index(product.source, "products", product.id)
                self.add("F001", f"product {product.id} has no {', '.join(missing)}: questions about them get "
                         "“I will check” instead of the answer",
                         file=product.source, key=("products", index) if index is not None else None)

    def _setting_file_of(self, table: str) -> str | None:
        """The last loaded file of the shop's own that has a ``[table]``."""
        for source in reversed(self.lib.sources):
            parsed = self.files.get(source)
            if not _builtin(source) and parsed and isinstance(parsed[0].get(table), dict):
                return source
        return None

    def _later(self, a: str, b: str | None) -> bool:
        """Whether file ``a`` loads after file ``b``."""
        if b is None:
            return True
        order = self.lib.sources
        return (order.index(a) if a in order else -1) > (order.index(b) if b in order else -1)

    def _deadlines(self) -> None:
        from .bizcal import BusinessCalendar

        kinds: dict[str, str] = {}
        for scenario, rank, script in self._all_scripts():
            for option in script.options:
                kinds.setdefault(option.deadline, f"{scenario}#{rank}")
            for name in _uses(script):
                if name.startswith("time.") and name != "time.today":
                    kinds.setdefault(name.split(".")[1], f"{scenario}#{rank}")
        if not kinds:
            return
        policy = self.lib.policy
        calendar = BusinessCalendar(policy)
        now = self.now or datetime.now().astimezone()
        for kind, user in sorted(kinds.items()):
            try:
                calendar.deadline(kind, now)
            except ValueError as exc:
                self.add("S003", f"the policy cannot compute a '{kind}' deadline (used by {user}): {exc}",
                         file=self._setting_file("policy", "working_days") or self._setting_file("policy", "closures"),
                         key=("policy",))
        if "reply" in kinds:
            day = datetime.combine(datetime(2000, 1, 1), policy.work_end) - datetime.combine(
                datetime(2000, 1, 1), policy.work_start
            )
            if policy.escalation_hours * 3600 > day.total_seconds():
                self.add("S003", f"escalation_hours = {policy.escalation_hours} is longer than a working day "
                         f"({policy.work_start:%H:%M}–{policy.work_end:%H:%M}): {{time.reply}} would promise an "
                         "answer after closing time",
                         file=self._setting_file("policy", "escalation_hours"), key=("policy", "escalation_hours"))

    # across scenarios -----------------------------------------------------------------------
    def _duplicate_examples(self) -> None:
        from rapidfuzz import fuzz

        from .normalize import normalize

        rows: list[tuple[Scenario, str, str]] = []
        for scenario in self.lib.scenarios.values():
            seen: set[str] = set()
            for example in scenario.examples:
                norm = normalize(example).text
                if norm and norm not in seen:
                    seen.add(norm)
                    rows.append((scenario, example, norm))
        # a ratio of 90 needs lengths within 2/0.9 - 1 of each other: compare neighbours only
        rows.sort(key=lambda r: len(r[2]))
        reported: set[tuple[str, str]] = set()
        for a, (sa, example_a, norm_a) in enumerate(rows):
            limit = len(norm_a) * (2 / 0.9 - 1)
            for sb, example_b, norm_b in rows[a + 1 :]:
                if len(norm_b) > limit:
                    break
                if sa.id == sb.id:
                    continue
                score = fuzz.ratio(norm_a, norm_b, score_cutoff=90)
                if not score or (norm_a, norm_b) in reported:
                    continue
                reported.add((norm_a, norm_b))
                same = norm_a == norm_b
                # located at the later-loaded scenario: usually the one just written
                if self._order(sb) >= self._order(sa):
                    later, earlier = (sb, example_b), (sa, example_a)
                else:
                    later, earlier = (sa, example_a), (sb, example_b)
                base = self._scenario_key(later[0])
                kind = "the same question as" if same else f"a near-duplicate ({score:.0f}%) of"
                self.add(
                    "S005",
                    f"example “{later[1]}” is {kind} “{earlier[1]}” in {earlier[0].id} ({earlier[0].title}): "
                    "keep it under one scenario",
                    file=later[0].source,
                    key=base + ("examples",) if base else None,
                    scenario=later[0].id,
                    severity=ERROR if same else WARNING,
                )

    def _order(self, scenario: Scenario) -> int:
        try:
            return self.lib.sources.index(scenario.source)
        except ValueError:
            return -1

    def _keyword_collisions(self) -> None:
        from .normalize import normalize

        owners: dict[str, list[tuple[Scenario, str, float]]] = {}
        for scenario in self.lib.scenarios.values():
            for word, weight in scenario.keywords.items():
                if weight >= 3:
                    norm = normalize(word).text or word
                    owners.setdefault(norm, []).append((scenario, word, weight))
        for norm, hits in owners.items():
            if len(hits) < 2:
                continue
            for a in range(len(hits)):
                for b in range(a + 1, len(hits)):
                    (sa, wa, xa), (sb, wb, xb) = hits[a], hits[b]
                    if sa.id == sb.id or _ruled_out(norm, sa) or _ruled_out(norm, sb):
                        continue
                    later, earlier = ((sb, wb, xb), (sa, wa, xa)) if self._order(sb) >= self._order(sa) else ((sa, wa, xa), (sb, wb, xb))
                    if xa == xb:
                        outcome = "a message with only this word cannot be told apart"
                    else:
                        winner = later if later[2] > earlier[2] else earlier
                        outcome = f"a message with only this word goes to {winner[0].id}"
                    base = self._scenario_key(later[0])
                    self.add(
                        "S007",
                        f"keyword “{later[1]}” weighs {later[2]:g} here and {earlier[2]:g} in {earlier[0].id} "
                        f"({earlier[0].title}): {outcome}; lower one weight below 3 or use a longer word",
                        file=later[0].source,
                        key=base + ("keywords",) if base else None,
                        scenario=later[0].id,
                    )


def _builtin(source: str) -> bool:
    """Whether ``source`` is a file of the built-in library."""
    from .library import BUILTIN_DIR

    return Path(source).parent == BUILTIN_DIR


def _ruled_out(word: str, scenario: Scenario) -> bool:
    """A negative word of ``scenario`` inside ``word`` rules the scenario out for it."""
    from .normalize import normalize

    return any((normalize(n).text or n) in word for n in scenario.negative)


def _opening(text: str) -> str:
    """The first sentence, or the first two when the first is only a greeting ("您好！")."""
    parts = [p for p in _SENTENCE_END.split(text) if p.strip()]
    if not parts:
        return ""
    first = parts[0]
    if len(re.sub(r"[^\u4e00-\u9fff]", "", first)) <= 4 and len(parts) > 1:
        first = first + "。" + parts[1]
    return first


def _context(text: str, m: re.Match, *, before: int = 12, after: int = 12) -> str:
    return text[max(0, m.start() - before) : m.end() + after]


def _clock(m: re.Match) -> time | None:
    period, hh, mm, spoken, half = m.groups()
    try:
        if hh is not None:
            hour, minute = int(hh), int(mm)
        else:
            value = _number(spoken)
            if value is None:
                return None
            hour, minute = value, 30 if half == "半" else 0
            if period in ("下午", "傍晚", "晚上") and hour < 12:
                hour += 12
            elif period is None and 1 <= hour <= 7:
                hour += 12  # "4点前发货" in a shop means the afternoon
        return time(hour, minute)
    except ValueError:
        return None


def _clip(text: str, size: int = 18) -> str:
    return text if len(text) <= size else text[:size] + "…"

