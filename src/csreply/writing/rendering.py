"""A script made into a draft, and the draft finished: the placeholders filled (without the
questions the message already answers), the wording polished, an empathy opening and at most
one closing line (a reassurance or a proactive tip), and Traditional characters in the shop's
variant.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..cache import short_text_cache
from ..library import template
from ..library.loading import Library
from ..library.model import Option, Product, Script, Tip
from ..understanding.customer import time_bound
from .hanzi import to_traditional
from .draft import Context, Draft, OptionDraft
from .polish import polish
from .tips import choose as choose_tip
from .values import FABE_PARTS
from ..lazy_pattern import lazy
from .corrections import REVIEW_CHANGE

END_PUNCT = "。！？!?～~…；;，,"
GREETING = lazy(r"^(?:亲亲|亲爱的|亲|您好|你好)[，,～~！! ]*")


@lru_cache(maxsize=2048)
def script_placeholders(script: Script) -> frozenset[str]:
    parts = [script.text, script.opening, script.closing]
    if script.template == "fabe":
        parts += [script.feature, script.advantage, script.benefit, script.evidence]
    parts += [o.text for o in script.options]
    return frozenset(name for part in parts for name in template.placeholders(part))


def compares(script: Script) -> bool:
    """A script that needs two catalogue items (it uses ``{better.*}`` or ``{other.*}``)."""
    return bool(script_placeholders(script) & template.COMPARE_NAMES)


def render(scenario: str | None, script: Script, ctx: Context) -> Draft:
    values = ctx.values

    def fill(text: str, extra: dict[str, str] | None = None) -> str:
        if "{message.problem}" in text and not values.get("message.problem"):
            text = _RESTATE.sub("", text)
        text = template.render(text, {**values, **extra} if extra else values).strip()
        return _waited(_listened(text, ctx.message), ctx.message)

    if script.template == "plain":
        return Draft(0, scenario, "plain", fill(script.text), audience=script.audience)
    if script.template == "fabe":
        parts = {fact: as_sentence(fill(getattr(script, fact))) for fact in FABE_PARTS}
        body = "".join(parts[f] for f in FABE_PARTS if parts[f])
        text = "".join(p for p in (fill(script.opening), body, fill(script.closing)) if p)
        if ctx.pair is not None and compares(script):
            other, better = ctx.pair
            product, products = better.id, tuple(p.id for p in ctx.products[:2])
        else:
            product = ctx.products[0].id if ctx.products else None
            products = ()
        return Draft(
            0, scenario, "fabe", text, fabe=parts, product=product, products=products,
            audience=script.audience,
        )
    options = []
    # spoiled, leaking or unsafe goods and a skin reaction are never "keep it plus a coupon"
    kept = [o for o in script.options if not (o.keep and ctx.severity)]
    chosen = _chosen(ctx.message, kept)
    if chosen is not None:
        # "不想换了 直接退款吧": the choice is made, so that option is said, not the menu again
        deadline = ctx.deadlines[chosen.deadline]
        said = OptionDraft("A", fill(chosen.text, {"deadline": deadline.text}), deadline)
        text = fill(script.opening) + f"按您说的，{said.text.replace('：', '，', 1)}。"
        return Draft(0, scenario, "options", text, options=(said,), audience=script.audience)
    for i, option in enumerate(kept):
        deadline = ctx.deadlines[option.deadline]
        label = option.label if len(kept) == len(script.options) else "ABC"[i]
        options.append(OptionDraft(label, fill(option.text, {"deadline": deadline.text}), deadline))
    lines = [fill(script.opening)] + [f"{o.label}. {o.text}" for o in options] + [fill(script.closing)]
    return Draft(
        0, scenario, "options", "\n".join(l for l in lines if l), options=tuple(options),
        audience=script.audience,
    )


# the remedy a customer has already chosen ("不想换了 直接退款吧", "不用退 给我补发一个")
_CHOSEN = {
    "refund": re.compile(r"直接(?:给我)?退(?:款|钱)|退款吧|只要退款|就退款|给我退(?:款|钱)|退钱吧|退我钱|把钱退(?:给)?我|我要退款|不想换了|不换了|不要换|不用换|不要补发|不用补发"),
    "exchange": re.compile(r"(?:给我|直接|就)(?:补发|换新|换个新的|重发)|补发吧|换新的吧|换个新的吧|不用退|不要退款|不想退"),
}

_THREATENED = lazy(r"不发(?:货)?(?:的话)?[^，,。？?！!\s]{0,4}退|再不[^，,。？?！!\s]{0,4}就?[^，,。？?！!\s]{0,4}退|不然[^，,。？?！!\s]{0,4}退")


def _chosen(message: str, options: list[Option]) -> Option | None:
    """The one option of ``options`` whose remedy the message already chose, else None."""
    if len(options) < 2:
        return None
    if _THREATENED.search(message):
        return None  # "不发我直接退款了": a threat if it does not ship, not the refund chosen
    wanted = [kind for kind, said in _CHOSEN.items() if said.search(message)]
    if len(wanted) != 1:
        return None  # none chosen, or both named ("退款还是换新")
    picks = [o for o in options if o.deadline == wanted[0]]
    return picks[0] if len(picks) == 1 else None


# the restating sentence of a script, left out when the message has no clean problem clause
_RESTATE = lazy(r"您是说\{message\.problem\}[^。！？!?]*[。！？!?]")
# needs-discovery questions and the words that show the customer already answered them
_KNOWN = {
    "skin": (re.compile(r"干皮|油皮|混油|混干|混合皮|敏感肌|敏感皮|痘痘肌|干性|油性|中性皮|大油田"),
             re.compile(r"偏干|偏油|肤质|混合皮")),
    "budget": (re.compile(r"预算|以内|以下|[0-9]+块|[0-9]+元|[0-9]+左右"), re.compile(r"预算")),
    "recipient": (re.compile(r"送人|送礼|送给|送(?:我|俺)?[妈爸女男老闺朋婆奶爷姐妹哥弟同长]|自己用|自用|给(?:我|俺)?(?:妈|爸|老婆|老公|女朋友|男朋友|婆婆|奶奶|爷爷|闺蜜)|礼物|生日礼"),
                  re.compile(r"自己用还是送人|自用还是送人|是给谁用|给谁用|送人呢")),
    "size": (re.compile(r"身高|体重|[0-9]+斤|[0-9]+cm|穿[0-9smlx]+码"), re.compile(r"身高|体重|平时穿的尺码")),
}
_QUESTION = lazy(r"[^。！？!?～~：:]*[？?]")
# a message that shows the customer has waited (for the goods, the money or a reply)
_WAITING = lazy(r"等|久了|没更新|不更新|天没|天了|没消息|没动静|这么久|好久|很久|半天|还没|还不|一直|催|没动|不动|怎么还|太慢|好慢|在吗|在么|在不|有人|人呢|回复|回我|理我|几天了")
# a message that says something went wrong (an apology is owed even with no wait)
_TROUBLE = lazy(r"没|不|未|唔|冇|咩|搞|点解|點解|怎么|咋|为什么|为啥|久|丢|破|坏|错|少|漏|签收|慢|卡|异常|退回|投诉|问题|回事|情况|驿站|快递柜|丰巢|取件|收钱|[?？!！]{2}|急|烦|气|差")
_KEPT_WAITING = lazy(r"让您久等[了啦]")


def _waited(text: str, message: str) -> str:
    """``text`` without "让您久等了" when nobody waited: "物流显示签收了可我没收到" and "怎么建立耐受"
    were asked just now.

    >>> _waited("亲，非常抱歉让您久等了！我马上核实", "显示签收了可我没收到")
    '亲，非常抱歉给您添麻烦了！我马上核实'
    >>> _waited("亲，让您久等了，感谢您选择面霜～", "面霜怎么用")
    '亲，感谢您选择面霜～'
    >>> _waited("亲，理解您的心情，让您久等了！退款会原路退回", "退款几天到")
    '亲，理解您的心情！退款会原路退回'
    >>> _waited("亲，非常抱歉让您久等了！我马上联系快递核实包裹的位置", "我的快递到哪了")
    '亲，我马上联系快递核实包裹的位置'
    """
    if "久等" not in text or _WAITING.search(message):
        return text
    if not _TROUBLE.search(message) and not re.search("您是说|生气|着急|心情", text):  # "我的快递到哪了": a plain question, nothing to be sorry for
        text = re.sub(r"(?:非常|实在|真的)?(?:抱歉|不好意思)让您久等[了啦][！!，,。]?", "", text)
    text = re.sub(r"(抱歉|不好意思)让您久等[了啦]", r"\1给您添麻烦了", text)
    text = re.sub(r"[，,]" + _KEPT_WAITING.pattern, "", text)  # "心情，让您久等了！" keeps its "！"
    return re.sub(_KEPT_WAITING.pattern + r"[，,。！!～~]?", "", text)


@short_text_cache(maxsize=256)  # every part of every script of a message asks it of the same message
def _known(message: str) -> tuple[re.Pattern, ...]:
    """The needs-discovery questions (``_KNOWN``) that ``message`` already answers."""
    return tuple(ask for said, ask in _KNOWN.values() if said.search(message))


def asks_only_known(text: str, message: str) -> bool:
    """Whether a script is built round questions the message already answers: every question it
    asks is known, and it goes on from the answer ("您只要告诉我一件事：是自己用还是送人？我按这一点…"
    to "送我妈的 买哪个好" would be left a broken sentence).

    >>> asks_only_known("您只要告诉我一件事：是自己用还是送人？我按这一点直接给您定一款", "送我妈的 买哪个好")
    True
    >>> asks_only_known("您只要告诉我一件事：是自己用还是送人？我按这一点直接给您定一款", "买哪个好")
    False
    """
    known = _known(message)
    if not known or not _FROM_THE_ANSWER.search(text):
        return False
    asked = _QUESTION.findall(text)
    return bool(asked) and all(any(ask.search(q) for ask in known) for q in asked)


_FROM_THE_ANSWER = lazy(r"按这一点|一件事|您告诉我|您说一下|您说说|告诉我一下")


def _listened(text: str, message: str) -> str:
    """``text`` without the questions about what the customer's message already says.

    >>> _listened("您平时是偏干还是偏油呢？预算大概多少呀？我帮您挑～", "我是油皮，想买面霜")
    '预算大概多少呀？我帮您挑～'
    """
    known = _known(message)
    if not known:
        return text

    def keep(m: re.Match) -> str:
        return "" if any(ask.search(m.group(0)) for ask in known) else m.group(0)

    return _QUESTION.sub(keep, text)


def polished(draft: Draft) -> Draft:
    """``draft`` with its text polished; the same object when polishing changes nothing
    (most drafts: ``replace`` costs more than the polish, which is cached)."""
    text = polish(draft.text)
    return draft if text == draft.text else replace(draft, text=text)


def as_sentence(text: str) -> str:
    if text and text[-1] not in END_PUNCT:
        return text + "。"
    return text


def bare_rule(rule: str) -> str:
    return rule.rstrip("。；;，, ")


# --- finishing: empathy first, one step more --------------------------------------------------
OFFER = "还有其他想了解的，随时问我就好。"  # the plain close; a proactive tip takes its place
_ORDER_TROUBLE = frozenset({"order_change"})  # pre-sale scenarios about a mistake in a placed order
# words that show a draft already acknowledges the feeling: no second empathy opening
_FEELING_WORDS = {
    "anger": ("生气", "心情", "委屈", "消气", "火大", "都会烦", "闹心"),
    "urgency": ("着急", "急"),
    "anxiety": ("担心", "放心", "心情", "别急"),
}


# a draft that opens on a feeling of its own ("让您久等了，真不好意思", "付款不顺真是着急"): no second opening
_FELT_ALREADY = lazy(r"^(?:亲[，,～~]?)?(?:[^。！？～]{0,12})(?:让您久等|真不好意思|实在抱歉|非常抱歉|真是着急|给您添麻烦)")
_HAS_PROBLEM = lazy(r"收到|用了|用完|坏|破|漏|没到|没收到|没发|退|错|(?<!多)少|丢|慢|等")  # (not "一次挤多少")
# "要是拆了用着过敏能退吗", "家里没人收怕丢": a case imagined or feared tells of no problem yet
_IMAGINED = lazy(r"(?:要是|万一|如果|假如|若是|到时候|怕|担心|害怕)[^，。！？,.!?\s]*")
_SAID_BEFORE = lazy(r"(?:刚才|之前|前面|早就|我都|都)(?:就|已经)?说(?:了|过)(?!算)|说了(?:好几|几|两|三)遍|不是说了")  # "我刚才都说了 我是干皮"
_PRICE_FEARED = lazy(r"怕|担心|到时候|要是|万一|会不会")
_BOUGHT_ALREADY = lazy(r"(?:已经|刚|上周|上礼拜|昨天|前天|[#\d]+号)[^，,。？?\s]{0,3}(?:买|拍|付)")
_WAITED = lazy(r"等|久|半天|几遍|好几次|没人|不回|回复|慢|在吗|(?<![坑骗害])人呢")


_PROMISED_TIME = lazy(r"\d{1,2}:\d{2}前")
_ASKS_MATTER = lazy(r"有什么需要直接|哪里让您不满意|您想问的事直接|遇到了什么问题|是什么问题呢")


_SEEN_DOCTOR = lazy(r"去了?(?:过)?医院|看了?(?:过)?医生|开了药|挂号费|看病花|医院花了?|看了?皮肤科")
_BILL = lazy(r"医药费|挂号费|看病的?钱|药费|医院花|看病花|花了[^，,。？?\s]{0,4}(?:块|元|百|千|[#\d])")
_SEE_DOCTOR = lazy(r"如果[^。；]*?(?:请)?尽快去医院[^。；]*?看一下，身体要紧。")


def _after_the_doctor(text: str, ctx: Context) -> str:
    """"去医院花了两百多 你们说怎么办": no "go to a doctor" to a customer who went; a bill
    asked for ("还要赔医药费") taken up, its answer with the time the draft promises already."""
    went, bill = _SEEN_DOCTOR.search(ctx.message), _BILL.search(ctx.message)
    if not (went or bill) or not _SEE_DOCTOR.search(text):
        return text
    when = "到时" if _PROMISED_TIME.search(text) else f"{ctx.values['time.reply']}前"
    taken_up = f"医药费这块我跟主管申请，{when}一并给您答复。" if bill else ""
    if not went:  # "起了一片疙瘩 …还要赔医药费": the doctor still advised, the bill taken up after
        return _SEE_DOCTOR.sub(lambda m: m.group(0) + taken_up, text, count=1)
    said = f"您已经去医院看过了，先按医生的嘱咐来，身体要紧；{taken_up or '。'}".replace("；。", "。")
    return _SEE_DOCTOR.sub(said, text, count=1)


_NO_TEMPLATE = lazy(r"模板|套话|背课文|官方话|复制粘贴|话术")


def finish(draft: Draft, ctx: Context, rank: int, tips: list[Tip]) -> Draft:
    """``draft`` ranked ``rank``, with an empathy opening for an upset customer and at most one
    closing line: a reassurance (angry or anxious customer, after-sale) or a proactive tip."""
    lines = _after_the_doctor(draft.text, ctx).split("\n")
    emotion, tone, values = ctx.emotion, ctx.library.tone, ctx.values
    scenarios = draft.answers or ((draft.scenario,) if draft.scenario else ())
    # (the 保价 window for a drop feared before buying is a reason to buy now, not a matter to follow up: "怕现在买了到时候又便宜")
    feared = bool(_PRICE_FEARED.search(ctx.message)) and not _BOUGHT_ALREADY.search(ctx.message)
    after_sale = any(ctx.library.scenarios[s].stage == "after_sale" for s in scenarios if not (s == "price_protect" and feared))
    # comforting a crisis before a sale reads odd ("怕颜色不一样" is a doubt): urgency gets its
    # opening there, anger a short apology, anxiety none
    # a mistake in the order already placed ("地址写错了 好慌") is a real worry, not a doubt
    troubled = after_sale or bool(set(scenarios) & _ORDER_TROUBLE)
    comfort = emotion.felt and (troubled or emotion.label in ("urgency", "anger"))
    # "敏感肌特别怕过敏" before using the item: a worry the answer settles, not a crisis to calm
    worry_only = emotion.label == "anxiety" and not (ctx.severity or _HAS_PROBLEM.search(_IMAGINED.sub("", ctx.message)))
    comfort = comfort and not worry_only and not (emotion.label == "urgency" and not troubled and not time_bound(ctx.message))  # (no "赶时间" to a worry)
    comfort = comfort and not _NO_TEMPLATE.search(ctx.message)  # "别跟我扯那些模板话": no stock feeling first
    comfort = comfort and not (ctx.lead == "review" and REVIEW_CHANGE.search(ctx.message))  # "之前发错货给了差评 …在哪改": made up already
    if comfort and not any(w in lines[0][:50] for w in _FEELING_WORDS[emotion.label]):
        kind = emotion.label if troubled or ctx.lead == "greeting" else "hurry" if emotion.label == "urgency" else "misread" if _SAID_BEFORE.search(ctx.message) else "sorry"
        # "让您久等了" only to a customer who waited: "凭啥卖168 坑人吧" is angry at the price
        waited = kind != "sorry" or _WAITED.search(ctx.message)
        # (a script that opens on its own apology or feeling needs no "不好意思让您久等了" before it)
        waited = waited and not (kind == "sorry" and _FELT_ALREADY.match(lines[0]))
        opener = template.render(getattr(tone, kind), values).strip() if waited else ""
        if opener:
            lines[0] = _opened(opener, lines[0])
    if emotion.label == "urgency":  # "我等着急用": no "您要是不急" after it
        lines = [line.replace("您要是不急，", "") for line in lines]
    extra, tip_id = "", None
    # a follow-up promise only where the draft promises no time of its own (options carry their deadlines)
    if emotion.label in ("anger", "anxiety") and after_sale and not worry_only and not _PROMISED_TIME.search(draft.text) and not re.search("作为补偿|作为心意", draft.text) and (
        not _ASKS_MATTER.search(draft.text)  # "有什么需要直接跟我说": no matter known yet, so no progress to report
        and "再简单说一句" not in draft.text  # "回复太慢了": the matter is asked again and handled at once, no later report
    ):
        extra = template.render(tone.reassure, values).strip()
    elif rank == 1 and scenarios and emotion.label != "anger" and ctx.customer != "hurried" and (
        not draft.facts or lines[-1].endswith(OFFER)  # a fact answer's push is its close …
        or set(draft.facts) <= {"dispatch_cutoff"}  # … but a dispatch day's next question is the faster courier
    ):
        # one tip per message, on the first draft: the same line in every draft reads as a stamp
        tip = choose_tip(tips, scenarios, draft.text, ctx.now, care=not emotion.felt, message=ctx.message)
        if tip is not None and draft.facts and not lines[-1].endswith(OFFER) and (tip.id != "faster-courier" or "抱歉" in draft.text):
            tip = None  # a dispatch day's answer takes the faster courier only, and not for an order we made late
        if tip is not None:
            extra, tip_id = template.render(tip.text, values).strip(), tip.id
            if lines[-1].endswith(OFFER):  # one close: the tip answers the next question instead
                lines[-1] = lines[-1][: -len(OFFER)].rstrip("～")
    if emotion.label == "anger" and emotion.felt and lines[-1].endswith(OFFER) and len(lines[-1]) > len(OFFER):
        lines[-1] = as_sentence(lines[-1][: -len(OFFER)].rstrip("～"))  # an angry customer is not invited to ask more
    if extra:
        lines[-1] = as_sentence(lines[-1]) + extra
    return draft.finished(rank, "\n".join(lines), tip_id)


# a script's own short opening that an empathy opening makes a second one
ACK = lazy(r"^(?:收到|好的|好嘞|可以的|明白|感谢亲的支持|谢谢亲的支持|理解您的心情)(?:啦|了|呀|哈)?(?:亲)?[～~！!。，,]*")  # "收到啦亲，" whole
_APOLOGY = lazy(r"^(?:非常|实在|真的|真是|十分){0,2}(?:抱歉|对不起|不好意思)")


def _opened(opener: str, line: str) -> str:
    """``line`` after the empathy ``opener``, as one opening, not two stacked.

    A script's "收到～" goes; when the line opens with its own apology, the opener keeps only
    its feeling and runs into the apology.

    >>> _opened("亲，知道您着急，小禾马上帮您处理。", "亲，非常抱歉让您久等了！我马上核实")
    '亲，知道您着急，非常抱歉让您久等了！我马上核实'
    >>> _opened("亲，知道您着急，小禾马上帮您处理。", "收到～订单还没发出的话都可以调整哦")
    '亲，知道您着急，小禾马上帮您处理。订单还没发出的话都可以调整哦'
    >>> _opened("亲，知道您着急，小禾马上帮您处理。", "收到啦亲，谢谢您的支持！")
    '亲，知道您着急，小禾马上帮您处理。谢谢您的支持！'
    """
    body = ACK.sub("", GREETING.sub("", line)) if opener.startswith("亲") else ACK.sub("", line)
    first = re.match(r"[^。！？～]+", opener)
    if _APOLOGY.match(body) and first and "，" in first.group(0):
        return first.group(0)[: first.group(0).rindex("，") + 1] + body
    return opener + body


@lru_cache(maxsize=1024)
def tip_placeholders(text: str) -> tuple[str, ...]:
    return tuple(template.placeholders(text))


# --- Traditional characters -------------------------------------------------------------------
def _reader_variant(variant: str, text: str, message: str) -> str:
    """The shop's Traditional variant, or, for a shop that sets none, the one of the place a
    customer ships to ("寄到台灣": a reader in Taiwan reads 免運, not 包郵)."""
    if variant != "standard":
        return variant
    if re.search("台灣|臺灣|台湾", message):
        return "tw"
    if re.search("香港|澳門|澳门", message):
        return "hk"
    return variant


def in_traditional(
    draft: Draft, library: Library, products: tuple[Product, ...], customer: bool, message: str = "",
) -> Draft:
    """``draft`` in Traditional characters in the shop's variant.

    Names follow the customer's script (a customer writing Traditional reads "積雪草修護面霜"),
    except the names the shop marks ``name_fixed``; the agent's name is always kept as written.
    """
    variant = _reader_variant(library.policy.traditional_variant, draft.text, message)
    keep = [library.shop.agent]
    if library.shop.name_fixed or not customer:
        keep.append(library.shop.name)
    for product in products:
        if product.name_fixed or not customer:
            keep += [product.name, *product.aliases]

    def convert(text: str) -> str:
        return to_traditional(text, variant, keep)

    options = tuple(replace(o, text=convert(o.text)) for o in draft.options)
    fabe = {k: convert(v) for k, v in draft.fabe.items()} if draft.fabe is not None else None
    return replace(draft, text=convert(draft.text), options=options, fabe=fabe)
