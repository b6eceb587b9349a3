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
# customer types a script can be written for (see csreply.understanding.customer)
AUDIENCES: tuple[str, ...] = ("bargainer", "indecisive", "detail", "hurried")
# problems whose remedy differs: a skin reaction or injury, spoiled/leaking/unsafe goods
SEVERITIES: tuple[str, ...] = ("reaction", "unsafe")
# how Traditional drafts are written: OpenCC configurations (standard, Taiwan, Taiwan with
# Taiwanese phrases, Hong Kong)
TRADITIONAL_VARIANTS: dict[str, str] = {"standard": "s2t", "tw": "s2tw", "twp": "s2twp", "hk": "s2hk"}


@dataclass(frozen=True)
class Shop:
    """Who is answering: shown in greetings and sign-offs."""

    name: str = "本店"
    agent: str = "客服"
    platform: str = "淘宝"
    name_fixed: bool = False  # keep the shop's name as written in Traditional drafts too


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
    traditional_variant: str = "standard"  # Traditional drafts: standard | tw | twp | hk
    # facts customers ask about; an empty one makes the draft promise to check by {time.reply}
    free_shipping: str = ""  # e.g. "全场满99元包邮，不满99元收6元运费"
    remote_regions: tuple[str, ...] = ()  # regions the free-shipping rule does not cover
    remote_fee: str = ""  # what those regions pay, e.g. "需要补10元运费"
    couriers: str = ""  # e.g. "默认发中通或圆通"
    courier_surcharge: str = ""  # e.g. "想发顺丰的话补8元差价就可以"
    ships_from: str = ""  # e.g. "浙江杭州"
    invoice: str = ""  # the kinds of invoice, e.g. "电子普通发票和增值税专用发票都可以开"
    price_protect_days: int = 0  # 保价: a lower price within N days of paying is refunded (0: none)
    gifts: str = ""  # gift rules
    warranty: str = ""  # warranty and repair
    installation: str = ""  # installation service
    payment_methods: str = ""  # how customers may pay: 花呗, 分期, credit cards
    coupons: str = ""  # where coupons are taken and whether they combine with the gift rule
    # days on the road after dispatch, by where the goods go: ((regions, fewest, most), …); the
    # region "其他" holds for every other place. Empty: an arrival is checked with the courier.
    transit: tuple[tuple[tuple[str, ...], int, int], ...] = ()


# the facts a product can state, each written to read after the product's name (see facts.py)
PRODUCT_FACTS: tuple[str, ...] = (
    "spec", "material", "ingredients", "suitable_for", "not_for", "usage", "cautions",
    "shelf_life", "in_box", "category",
)
# the policy's answers to customers' questions (strings, plus the regions and the 保价 window)
POLICY_FACTS: tuple[str, ...] = (
    "free_shipping", "remote_fee", "couriers", "courier_surcharge", "ships_from", "invoice",
    "gifts", "warranty", "installation", "payment_methods", "coupons",
)


@dataclass(frozen=True)
class Product:
    """One catalogue item: the four FABE facts used to recommend it and the facts customers ask.

    ``category`` (面霜, 精华, T恤 …) decides the wording of questions about it and whether two
    items are alternatives (same category) or used together (see recommending.py).
    """

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    price: float | None = None
    feature: str = ""
    advantage: str = ""
    benefit: str = ""
    evidence: str = ""
    role: str = ""  # what it does, in a phrase ("修护屏障、锁住水分"): said when two items are compared
    spec: str = ""  # 规格: "50g", "30ml"
    material: str = ""  # 材质或质地
    ingredients: str = ""
    suitable_for: str = ""
    not_for: str = ""
    usage: str = ""
    cautions: str = ""
    shelf_life: str = ""
    in_box: str = ""
    category: str = ""
    name_fixed: bool = False  # keep the name as written in Traditional drafts too
    source: str = ""


@dataclass(frozen=True)
class Option:
    """One labelled choice of an ``options`` script, with the policy deadline it promises."""

    text: str
    deadline: DeadlineKind
    label: str = ""
    keep: bool = False  # the customer keeps the goods: never offered for unsafe goods or a reaction


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
    audience: str = ""  # a customer type it is written for: bargainer, indecisive, detail, hurried
    # "reaction" or "unsafe": a script only for that problem, put first when the message has it
    severity: str = ""
    source: str = ""
    line: int | None = None  # not filled by the loader (see csreply.library.tomlpos.KeyLocator)


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


@dataclass(frozen=True)
class Tip:
    """A proactive line that answers the next question before it is asked (做多一步).

    Added at the end of a draft, at most one per draft, when the draft's scenario is in
    ``scenarios`` (empty: any scenario, e.g. a seasonal care line), the shop's current month is in
    ``months`` (empty: any) and its clock is in the ``after``–``before`` window (either may be
    missing; ``after`` later than ``before`` wraps around midnight). ``unless`` words skip it when
    the draft already says them; ``when`` words, if given, must be in the customer's message (a
    split-shipment tip only for an order of several items).
    """

    id: str
    text: str
    scenarios: tuple[str, ...] = ()
    months: tuple[int, ...] = ()
    after: time | None = None
    before: time | None = None
    unless: tuple[str, ...] = ()
    when: tuple[str, ...] = ()  # only when the message says one of these (empty: always)
    enabled: bool = True
    source: str = ""

    @property
    def care(self) -> bool:
        """A seasonal or time-of-day care line rather than an answer to a next question."""
        return not self.scenarios


@dataclass(frozen=True)
class Tone:
    """Empathy openings put first when a customer is angry, in a hurry or anxious, the
    reassuring line that closes an after-sale draft to an angry or anxious customer, and two
    whole first drafts: ``human`` for "你是机器人吧 / 转人工" and ``beyond`` for a demand beyond
    policy (soft, then firm, with an alternative)."""

    anger: str = "亲，您先别着急，遇到这种事换成是我也会生气的，您的心情我完全理解。"
    urgency: str = "亲，知道您着急，{shop.agent}马上帮您处理。"
    anxiety: str = "亲，您别担心，有我在呢，咱们一步一步把情况弄清楚。"
    reassure: str = "这件事我会一直跟到底，{time.reply}前再主动跟您同步一次进展。"
    # anger before a sale ("问了三遍了"): a short apology, not crisis comfort
    sorry: str = "亲，不好意思让您久等了～"
    # anger at being asked again for what was said ("我刚才都说了 我是干皮"): sorry for not reading it
    misread: str = "亲，不好意思，是我刚才没看仔细～"
    # urgency before a sale ("周五前能到吗 周六要送人"): understood, no "马上帮您处理" as if something went wrong
    hurry: str = "亲，明白您赶时间～"
    # "你是机器人吧 / 转人工": a person answers, not an escalation menu
    human: str = "亲，我是{shop.agent}，是真人在为您服务哦～有什么需要直接跟我说就好，我来帮您处理；需要其他同事协助的话，我也会帮您对接好。"
    # a demand beyond policy (退一赔三, 不退货也全额退款): soft first, then what the policy allows
    # small talk no scenario answers ("你那边下雨了吗", "你多大了"): a light, friendly turn back to the shop
    chat: str = "哈哈，谢谢亲跟{shop.agent}聊天呀～我这边主要帮您看商品、下单和售后的事，有需要随时找我哦。"
    # a question the model files under "off topic" (兼职, a platform account): say plainly it is not
    # ours to answer and what is, instead of a scenario menu
    elsewhere: str = "亲，这个问题{shop.agent}这边帮不上忙呢～我主要负责店里的商品、订单和售后，这些方面有需要随时找我哦。"
    # a complaint that nobody answered ("问了三遍没人理"): sorry for the wait, and the agent takes it over
    unanswered: str = "亲，真的很抱歉，让您问了好几遍都没等到回复，是我们没做好。现在由{shop.agent}来跟进，前面的留言我马上从头看一遍，不用您再重复，{time.reply}前给您明确的处理结果。"
    # a compliment with no question ("你们家包装好好看", "客服好耐心"): thanks, not "帮不上忙"
    praise: str = "哈哈，谢谢亲的夸奖，{shop.agent}替店里开心收下啦～用着有什么问题或者还想了解什么，随时找我哦。"
    # "这个呢" with nothing before it: ask which item, not a scenario menu
    which: str = "亲，您说的是哪一款呀？把商品链接或者名字发我一下，我马上帮您看～"
    beyond: str = "亲，您的心情我理解，也想尽力帮您解决。不过您提的这个要求超出了我们的售后规定，我这边没办法直接答应，还请您体谅。按规定能为您做的是：{policy.return_quality}；另外我可以为您申请{policy.compensation}作为补偿，{time.reply}前给您回复结果，您看可以吗？"


@dataclass(frozen=True)
class Followup:
    """Customer turns that mean ``scenario`` only in a chat: after one of the agent's ``after``
    lines, or when the chat was about ``topic`` (e.g. "没有了" after "还有其他问题吗")."""

    scenario: str
    examples: tuple[str, ...]
    after: tuple[str, ...] = ()
    topic: str = ""
    source: str = ""
