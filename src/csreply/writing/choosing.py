"""The ranked drafts of one message: the lead scenario's fitting scripts (or the clarifying
fallback), the composed answer to several questions, a special turn in front, the second-best
scenario's draft when the first guess is unsure, no two drafts saying the same, each finished.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..library.model import Script
from .answers import answers
from .arrival import with_due_day
from .composing import composed_drafts
from .draft import Context, Draft
from .protection import OUTSIDE_PRICE_PROTECTION
from .fitting import available, fits, script_order, with_gift_rule
from .rendering import finish, render, tip_placeholders
from .special import aside_draft, praise_draft, special_draft
from .signals import HOLD_ON, SPACED_NUMBER, WRONG_CHAT
from .values import BARE_REFERENT, EARLIER_MATTER
from ..lazy_pattern import lazy


# a picture or a video pasted alone: the agent looks at it, and asks what it shows
_MEDIA_ONLY = lazy(r"(?:\[(?:图片|视频|语音|文件)\]\s*)+(?:[你您]?(?:看下|看一下|看看|帮我看看?|瞧瞧)?(?:这个|这)?[吧呀啊哈]?)")
_MEDIA = "亲，您发的收到啦～{agent}这边看一下；您是想咨询商品，还是收到的东西有什么问题呢？跟我说一声，我马上帮您处理。"
_ACKNOWLEDGE = "好的亲～还有其他需要随时找{agent}哦。"
_NEVER_MIND = "没关系的亲～有需要随时找{agent}哦。"
# "对 就刚发你那个", "嗯嗯 对 就那个": a yes to the agent's question, so the matter goes on
_CONFIRMED = lazy(r"(?:对+|是的|没错)[的啊呀哈]?[\s，,]*(?:就是?|是)?(?:刚发你?的?|刚才|上面的?)?(?:那|这)个(?![^？?]*[？?])|^(?:嗯+|恩+)?[\s，,]*(?:对+的?|是的|没错)[啊呀哈]?$")  # … "嗯嗯 对的"
# (the draft cannot see which one the chat meant: it asks to be shown, not "明白了")
_GO_ON = "好的亲～为了不弄错，麻烦您把想办的事简单说一下，有订单号或商品链接的话也一起发我确认一下，{agent}马上接着帮您处理。"
_NUMBER_SPACED = ("亲，收到一串数字～如果是订单号，{agent}这就帮您查，您想了解发货、物流还是售后呢？"
                  "要是银行卡号这类个人信息，就不用发给我们哦，注意保护好账户安全。")
_WAITING = "好的亲，不着急～您弄好了直接发我就行，{agent}在这儿等您。"
_REFERENT = "亲，您说的是哪一款商品或者哪件事呀？麻烦您再具体说一下，{agent}马上帮您看～"
# … a matter of an earlier chat this one cannot see
_EARLIER_MATTER = "亲，不好意思，之前的聊天记录{agent}这边看不到，麻烦您把订单号和遇到的问题再简单说一下，我马上帮您跟进～"
# a bare order number: what the customer wants done with it is not said yet
_ORDER_NUMBER = "亲，订单号收到啦～这单需要{agent}帮您看什么呢？发货、物流还是售后，跟我说一下就好。"
_SOME_NUMBER = "亲，这串号码收到啦～是订单号还是商品编号呢？您想了解什么跟{agent}说一下，我马上帮您查。"  # (not 16–19 digits: maybe an item's)


def ranked_drafts(ctx: Context, top: int) -> list[Draft]:
    """The ranked drafts: other ways to answer the same message; another scenario's draft only
    when the first guess is unsure (marked ``uncertain``)."""
    library = ctx.library
    special = special_draft(ctx)  # a person asked for, a demand beyond policy: it leads
    praise = praise_draft(ctx) if special is None else None
    if praise is not None:
        return [finish(praise, ctx, 1, [])]
    chosen: list[tuple[str | None, Script]] = []
    first = None  # the answers to the message's questions, once worked out (reused when composing)
    composed: list[Draft] | None = None
    if ctx.lead is not None:
        own = library.scenarios[ctx.lead].scripts
        # every script ruled out (a shop's own scenario, say): an imperfect draft beats none
        scripts = [s for s in own if fits(s, ctx)] or [s for s in own if available(s, ctx.values)]
        scripts.sort(key=lambda s: script_order(s, ctx))
        chosen = [(ctx.lead, s) for s in scripts]
    elif not (first := answers(ctx)) or not (composed := composed_drafts(ctx, first)):  # a fact answered needs no "您是想问…"
        # … but answers that compose no draft (a clause of talk set aside) leave the aside
        chosen = [(None, s) for s in library.fallback if available(s, ctx.values)]
        if BARE_REFERENT.fullmatch(ctx.match.normalized.text) and special is None:
            # "对 就是那个" read alone: what it points at is in a chat this message came without
            said = Draft(0, None, "plain", _REFERENT.format(agent=ctx.values["shop.agent"]))
            return [finish(said, ctx, 1, [])]
        if EARLIER_MATTER.fullmatch(ctx.match.normalized.text) and special is None:
            said = Draft(0, None, "plain", _EARLIER_MATTER.format(agent=ctx.values["shop.agent"]))
            return [finish(said, ctx, 1, [])]
        if WRONG_CHAT.search(ctx.message) and special is None:
            # "不好意思 刚刚发错人了": nothing to answer but a kind word
            said = Draft(0, None, "plain", _NEVER_MIND.format(agent=ctx.values["shop.agent"]))
            return [finish(said, ctx, 1, [])]
        if SPACED_NUMBER.fullmatch(ctx.message.strip()) and not re.fullmatch(r"\d{10,}", ctx.message.strip()) and special is None:
            # "4398 2210 7756 0032": a card-like number, spaced; not asked for, and not to be kept
            said = Draft(0, None, "plain", _NUMBER_SPACED.format(agent=ctx.values["shop.agent"]))
            return [finish(said, ctx, 1, [])]
        if HOLD_ON.fullmatch(ctx.match.normalized.text) and special is None:
            said = Draft(0, None, "plain", _WAITING.format(agent=ctx.values["shop.agent"]))  # "我截个图 你等会儿"
            return [finish(said, ctx, 1, [])]
        if ctx.match.reply_needed is False and special is None:
            # "好的", "嗯嗯": a short acknowledgement, not a conversation started again
            said = _ORDER_NUMBER if re.search(r"\d{16,}", ctx.message) else _SOME_NUMBER if re.search(r"\d{10,}", ctx.message) else _MEDIA if _MEDIA_ONLY.fullmatch(ctx.message.strip()) else (
                _GO_ON if _CONFIRMED.search(ctx.message) else _ACKNOWLEDGE)
            ack = Draft(0, None, "plain", said.format(agent=ctx.values["shop.agent"]))
            return [finish(ack, ctx, 1, [])]
        aside = aside_draft(ctx)
        if aside is not None and special is None:  # "你是机器人吧" off topic still gets a person
            return [finish(aside, ctx, 1, [])]
    drafts = [with_gift_rule(render(scenario, script, ctx), script, ctx) for scenario, script in chosen]
    if ctx.customer == "hurried":
        # a script written for hurried customers first; the others keep their order (the shortest
        # script is often another question's answer: "花呗能付" to a payment that keeps failing)
        drafts.sort(key=lambda d: d.audience != "hurried")
    if composed is None:
        composed = composed_drafts(ctx, first)
    if composed and "refund_due" in composed[0].facts:
        # counted from the day the customer names: no draft counting from now instead
        drafts = [d for d in drafts if ctx.values["time.refund"] not in d.text]
    if composed and "returns" in composed[0].facts:
        # an opened item the policy does not take back: no exchange or refund offered against it
        drafts = [d for d in drafts if not re.search("退款|换新|补发|退回", d.text)]
    if composed and OUTSIDE_PRICE_PROTECTION in composed[0].text:
        drafts = [d for d in drafts if "退差价" not in d.text]  # no draft promising what the window rules out
    if composed and composed[0].facts:
        # the composed answer first, the scenario's best script (a FABE with a product) as the
        # fuller way, the answers alone as the shorter way; no script that would check or ask
        # for what the answer already states
        drafts = [d for d in drafts if d.template != "plain" or not _defers(d.text, ctx)]
        drafts = composed[:1] + drafts[:1] + composed[1:] + drafts[1:]
    elif composed:
        drafts = composed + drafts  # several questions: every draft answers all of them
    if special is not None:
        drafts.insert(0, special)
    runner_up = _runner_up(ctx)
    if runner_up is not None and top >= 2:
        drafts.insert(min(top - 1, len(drafts)), runner_up)
    tips = [t for t in library.tips if all(ctx.values.get(n) for n in tip_placeholders(t.text))]
    drafts = _distinct(drafts)
    return [finish(d, ctx, rank, tips) for rank, d in enumerate(with_due_day(drafts[:top], ctx), start=1)]


_DEFERS = lazy(r"核实|核对|整理|确认一下|帮您查|申请")  # a script that promises to find out


def _defers(text: str, ctx: Context) -> bool:
    """A plain script that promises to find out, or asks the customer for, what a fact answers."""
    return bool(_DEFERS.search(text) and ctx.values["time.reply"] in text or re.search("告诉我|发我|发给我", text))


def _distinct(drafts: list[Draft]) -> list[Draft]:
    """Drafts that say different things (a composed draft can equal a script's)."""
    seen: set[str] = set()
    out = []
    for draft in drafts:
        if draft.text not in seen:
            seen.add(draft.text)
            out.append(draft)
    return out


UNSURE = 0.6  # below this confidence another scenario's draft takes the last slot


def _runner_up(ctx: Context) -> Draft | None:
    """A draft for the second-best scenario when the first guess is unsure, flagged as such."""
    match = ctx.match
    if ctx.lead != match.scenario or match.scenario is None or match.confidence >= UNSURE or len(match.candidates) < 2:
        return None
    if len(match.intents) >= 2:
        return None  # several questions: both are answered in the composed draft
    other = match.candidates[1]
    if other.scenario == match.scenario or other.score < 0.2:
        return None
    scripts = [s for s in ctx.library.scenarios[other.scenario].scripts if fits(s, ctx) and not s.audience]
    if not scripts:
        return None
    return replace(render(other.scenario, scripts[0], ctx), uncertain=True)
