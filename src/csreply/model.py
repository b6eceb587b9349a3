"""The domain objects a script library (话术库) is made of.

Plain frozen dataclasses with no I/O: ``library.py`` builds them from TOML, the matcher and the
drafting code read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Literal

Stage = Literal["pre_sale", "after_sale"]
TemplateKind = Literal["plain", "fabe", "options"]
DeadlineKind = Literal["dispatch", "exchange", "refund", "reply"]

STAGES: tuple[str, ...] = ("pre_sale", "after_sale")
TEMPLATE_KINDS: tuple[str, ...] = ("plain", "fabe", "options")
DEADLINE_KINDS: tuple[str, ...] = ("dispatch", "exchange", "refund", "reply")


@dataclass(frozen=True)
class Shop:
    """Who is answering: shown in greetings and sign-offs."""

    name: str = "本店"
    agent: str = "客服"
    platform: str = "淘宝"


@dataclass(frozen=True)
class Policy:
    """The promises a shop can keep; every time a draft states comes from here.

    ``working_days`` are ISO weekdays (1 = Monday). With ``statutory_holidays`` China's public
    holidays and make-up working days (调休) from chinese-calendar apply on top of them;
    ``closures`` are the shop's own closed days and ``extra_working_days`` its own open days.
    """

    timezone: str = "Asia/Shanghai"
    work_start: time = time(9, 0)
    work_end: time = time(18, 0)
    working_days: tuple[int, ...] = (1, 2, 3, 4, 5)
    statutory_holidays: bool = True
    closures: tuple[date, ...] = ()
    extra_working_days: tuple[date, ...] = ()
    dispatch_cutoff: time = time(16, 0)  # paid before this on a working day: ships that day
    exchange_working_days: int = 1  # a replacement leaves by the cutoff of the Nth working day
    refund_working_days: int = 3  # a refund arrives by the end of the Nth working day
    escalation_hours: int = 1  # an escalated case gets an answer within N working hours
    return_window_days: int = 7  # 七天无理由
    compensation: str = "5元无门槛优惠券"
    return_quality: str = "质量问题退换，来回运费都由我们承担"
    return_change_of_mind: str = "不影响二次销售的情况下支持7天无理由退换，寄回运费需要您承担"


@dataclass(frozen=True)
class Product:
    """One catalogue item with the four FABE facts used to recommend it."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    price: float | None = None
    feature: str = ""
    advantage: str = ""
    benefit: str = ""
    evidence: str = ""
    source: str = ""


@dataclass(frozen=True)
class Option:
    """One labelled choice of an ``options`` script, with the policy deadline it promises."""

    text: str
    deadline: DeadlineKind
    label: str = ""


@dataclass(frozen=True)
class Script:
    """A reply template of one of three kinds.

    - ``plain``: ``text`` only.
    - ``fabe``: ``opening`` + feature/advantage/benefit/evidence (default: the product's facts)
      + ``closing``; only offered when a product is known.
    - ``options``: ``opening`` + 2–3 ``options`` (A/B/C, each with a deadline) + ``closing``.
    """

    template: TemplateKind
    text: str = ""
    opening: str = ""
    closing: str = ""
    options: tuple[Option, ...] = ()
    feature: str = "{product.feature}"
    advantage: str = "{product.advantage}"
    benefit: str = "{product.benefit}"
    evidence: str = "{product.evidence}"
    source: str = ""
    line: int | None = None  # not filled by the loader (see csreply.tomlpos.KeyLocator)


@dataclass(frozen=True)
class Scenario:
    """A customer intent (议价, 发货时间 …) with the words that signal it and its reply scripts."""

    id: str
    title: str
    stage: Stage
    keywords: dict[str, float] = field(default_factory=dict)
    negative: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    scripts: tuple[Script, ...] = ()
    source: str = ""
    yields: bool = False  # a social turn (问候, 致谢): steps back when a message also asks something
