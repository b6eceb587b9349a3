"""One draft that answers several questions: the answers joined into one reply with one opening
and one close, the product named once, and a time already promised not promised again.
"""

from __future__ import annotations

import re

from ..library.model import Product
from .answers import answers
from .clauses import stage_of
from .draft import Context, Draft
from .readback import check_only
from .rendering import END_PUNCT, GREETING, OFFER, as_sentence
from .suiting import careful_note
from .recommending import budget_of
from .totals import gift_rule, named_sum
from .values import gift_short
from .signals import PREGNANT_SELF, SOMEONE_ELSE, THANKED
from ..lazy_pattern import lazy

_CLOSING_QUESTION = lazy(r"(?<=[。！？～，])(?:您看|您选|您觉得)[^。！？～]*[？?]$")
# … and a closing line ("您慢慢比较，有想了解的随时问小禾。") in the middle of a reply
_CLOSING_LINE = lazy(r"(?:(?<=[。！？～])(?:您慢慢[^。！？～，]*[，,])?(?:有|想好了)|(?<=[，,])想好了)[^。！？～，]{0,8}随时[^。！？～]*[。！～]?$")


def composed_drafts(ctx: Context, first: list[tuple[str, str, str]] | None = None) -> list[Draft]:
    """Drafts that answer every question of the message in order, facts from the library.

    Made when the message asks a fact the library can answer (or promise to check) or asks
    several things. With facts: the answers with one close, and the answers alone as a shorter
    way. With several questions and no fact: each draft answers all of them, the second and third
    with each scenario's next script (softer or firmer, shorter or fuller).

    ``first`` is ``answers(ctx)`` when the caller has it already: the standard and the short
    draft are both made from it, and working it out is most of a composed draft's cost.
    """
    first = answers(ctx, 0) if first is None else first
    standard = composed_draft(ctx, 0, parts=first)
    if standard is None:
        return []
    drafts = [standard]
    if standard.facts:
        short = composed_draft(ctx, 0, close=False, parts=first)
        if short is not None and short.text != standard.text:
            drafts.append(short)
        return drafts
    for variant in (1, 2):
        other = composed_draft(ctx, variant)
        if other is not None and all(other.text != d.text for d in drafts):
            drafts.append(other)
    return drafts


def composed_draft(
    ctx: Context, variant: int, *, close: bool = True, parts: list[tuple[str, str, str]] | None = None,
) -> Draft | None:
    """One composed draft; ``variant`` picks each scenario's next fitting script (``parts``:
    its ``answers(ctx, variant)`` when already known)."""
    parts = answers(ctx, variant) if parts is None else parts
    if any(t == "compare" for _, t, _ in parts) and not re.search("便宜|少点|优惠|改价|抹零|打折|行不行|行吗", ctx.message):
        parts = [p for p in parts if not (p[0] == "scenario" and p[1] == "bargain")]  # "只能买一个 学生党没啥钱": a choice, no haggling
    if any(t == "price_protect" and "活动安排" in x for _, t, x in parts):  # "双十二有活动吗 现在买会不会亏": the sale's plans said once, by 保价's answer
        parts = [p for p in parts if p[1] != "festival"]
    if any(t == "refund_amount" for _, t, _ in parts) and not re.search("退货|寄回|拆|无理由|不想要|能退吗|能不能退|可以退吗", ctx.message):
        parts = [p for p in parts if p[1] != "return_exchange"]  # "这钱是咋退的 …是退199还是": the sum asked, not how returns work
    if any(t == "payment_methods" for _, t, _ in parts) or ctx.lead == "order_change" and not re.search("花呗|信用卡|银行卡|怎么付|付不了|付款方式|分期", ctx.message):
        # "能用花呗分三期吗": the ways to pay once, as the fact says them; "给我取消 我还没付款": no ways to pay beside a cancel
        parts = [p for p in parts if not (p[0] == "scenario" and p[1] == "payment" and "付款方式都可以用" in p[2])]
    if not re.search("地址|改", ctx.message) or check_only(ctx.message):  # "再加一瓶能一起发吗", "地址没填错吧": no address to change
        parts = [(k, t, "" if k == "scenario" and t == "order_change" and re.sub(r"^亲，", "", x).startswith("地址能改") else x) for k, t, x in parts]
    fact_topics = tuple(t for kind, t, _ in parts if kind == "fact")
    if not fact_topics and len(parts) < 2 and not (parts and parts[0][1] != ctx.lead and ctx.lead in _SAID_BY_OTHERS):
        return None  # (one answer of another scenario that says the lead's too: "精华还有现货不 …预售的话啥时候发")
    if ctx.severity and ctx.lead is not None and all(kind == "fact" for kind, _, _ in parts) and set(fact_topics) <= _TIMES_ONLY:
        return None  # "罐子裂了 漏出来了 直接退款吧 多久到账": the problem's care and remedy lead, not the refund time alone
    # (a script emptied above, "地址能改…" with no address asked, greets nobody)
    opening = "" if next((k for k, _, x in parts if x), "") == "scenario" else "亲，"
    if opening and PREGNANT_SELF.search(ctx.message) and not SOMEONE_ELSE.search(ctx.message) and not re.search("朋友|她|姐|妹|嫂", ctx.message):
        opening += "先恭喜您呀～"  # "…我怀孕四个月了": her news is met first
    # "少了一支洗面奶 还有面霜盒子压扁了": the damage is a matter of its own, kept though its time is promised already
    # … and so is a new address asked for ("…能顺便把地址改一下不")
    matters = frozenset(i for i, (k, t, _) in enumerate(parts) if i and k == "scenario" and (
        t == "damaged" and parts[0][1] != "damaged" and _DAMAGE_SAID.search(ctx.message) or t == "order_change" and re.search("地址|改寄|改送|改派|拦截", ctx.message)))
    facts = frozenset(i for i, (k, _, _) in enumerate(parts) if k == "fact")
    body, kept = _join([text for _, _, text in parts], matters, facts)
    scenarios = tuple(dict.fromkeys(parts[i][1] for i in kept if parts[i][0] == "scenario"))
    if len(ctx.products) == 1:
        body = _name_once(body, ctx.products[0].name, [p.name for p in ctx.library.products.values()])
    body = _photos_once(body)
    body = _alternative_once(body)
    if re.search("前发出", body):  # "…顺延到今天20:00前发出" beside a remark: it has not left, so no "如果已经发出"
        body = _IF_SENT.sub("", body)
    if re.search("不太推荐|的话不太建议|先别用|不适合用", body):  # "孕妇能用吗 有货没": advised against, so no "现在拍下…" after it
        body = re.sub(r"；?有货的话，(?:现在拍下|(?:\d\d:\d\d前|现在)付款的话，)预计[^。～！]*?发出[哦呢]?", "", body)
        body = _PAGE_STOCK.sub("", body)  # (the stock as the page shows it, and its check)
    if "补货时间" in body:  # "啥时候补货 补了能马上发吗": no "今天发出" for an item out of stock, the rule once restocked
        body = re.sub(r"按现在的时间，预计[^～。！]*?发出[哦呢]?～", "补货后拍下的话，", body)
    spoken = [p for p in ctx.library.products.values() if p.name in body]  # the one item the answer is about
    if len(spoken) == 1 and stage_of(ctx, ctx.lead) == "pre_sale" and not re.search("不太建议|不太推荐|先别用|不适合用", body):
        if not ctx.severity and (note := careful_note(ctx.message, spoken[0], body)):
            # "含酒精吗 我一碰酒精就红": the careful way in after the answer (before "take your time" when a worry is answered)
            body = body.replace("您慢慢考虑", f"{note}。您慢慢考虑", 1) if "。您慢慢考虑" in body else _before_farewell(body, note)
        if set(fact_topics) & _BUYING and (gift := _gift_line(ctx, spoken[0], body)):
            body = f"{body.rstrip('。～！')}。{gift}"  # "油皮 推荐个精华": the 199元 pick reaches the gift alone
    end = _close(ctx, body, fact_topics) if close else ""
    text = opening + body + end if end else as_sentence(opening + body)
    return Draft(0, ctx.lead, "plain", text, answers=scenarios, facts=fact_topics)


_PAGE_STOCK = lazy(r"[^。；～！]*?页面上能正常拍下就是有现货的，(?:现在拍下|(?:\d\d:\d\d前|现在)付款的话，)预计[^。～！]*?发出[哦呢]?[～。]?(?:要是页面显示缺货[^。]*。)?")
_AMOUNTS = lazy(r"[\d.]+%[\u4e00-\u9fff]{2,4}?(?=[和与及、]|$)")  # an amount and what it is of ("5%烟酰胺")
_FILLER = lazy(r"这款|这瓶|这支|主要|成分|是|含有?|添加了?|和|与|及|、|的")
_SAID_BY_OTHERS = frozenset({"dispatch_time"})  # leads whose question another answer may say (stock: "有货的话…今天发出")
_DAMAGE_SAID = lazy(r"压扁|压瘪|压坏|压烂|摔坏|摔碎|碎了|裂了|破了|瘪了|凹了|变形|破损")
_SIGNED_OFF = lazy(r"(?:拜拜|再见|886|bye|byebye|回头见)[啦了哈咯～~!！。.\s]*$", re.IGNORECASE)
_TIMES_ONLY = frozenset({"refund_time", "shipping", "courier", "payment_methods", "gift_return"})  # facts that never answer a problem


def _photos_once(body: str) -> str:
    """The second answer's photos asked as part of the first request, not as a request of its own.

    >>> _photos_once("麻烦您拍一下收到的东西给我核对。麻烦您拍张破损处和快递外箱的照片，我核实后安排。")
    '麻烦您拍一下收到的东西给我核对。破损处和快递外箱也麻烦一起拍给我，我核实后安排。'
    """
    asks = list(_PHOTOS.finditer(body))
    if len(asks) < 2 or asks[1].group(0) == asks[0].group(0):
        return body  # the same request twice is the polish's to drop
    second = asks[1]
    return body[: second.start()] + f"{second.group(1)}也麻烦一起拍给我" + body[second.end() :]


_PHOTOS = lazy(r"麻烦您拍(?:张|几张|一下)?([^，；。：\n]{1,14}?)的?(?:照片|图)?(?=[，；。：])")


def _before_farewell(body: str, said: str) -> str:
    """``said`` after the answer, before a farewell it ends with ("…想好了随时来找小禾")."""
    m = _FAREWELL.search(body)
    if m is None:
        return f"{body.rstrip('。～！')}。{said}"
    return f"{body[:m.start()].rstrip('，。～！')}。{said}，{body[m.start():].lstrip('，。')}"


_FAREWELL = lazy(r"[，。]?(?:想好了|有想了解的|还有其他想了解的)?随时(?:来)?(?:找|问)[^。；～！，]*[。～！]?$")


def _alternative_once(body: str) -> str:
    """No item offered as what a group may use when the draft has answered for it already
    ("洗面奶…孕妇都可以用；孕妇不适合用…精华液哦；…孕妇日常护肤可以用的是氨基酸温和洁面乳")."""
    m = _ALTERNATIVE.search(body)
    return body[:m.start()] + body[m.end():] if m and m.group(1) in body[:m.start()] else body


_ALTERNATIVE = lazy(r"；(?:店里的[^；。～]*?暂时只有这一款，)?[^；。～]*?可以用的是([^；。～（、]+?)(?:（[\d.]+元）)?(?=[；。～]|$)")


def _name_once(body: str, name: str, others: list[str] = ()) -> str:
    """The product's full name once; later answers say "这款" (a name said three times is glue),
    unless another item of ``others`` was named in between ("…可以用的是洁面乳。精华含…").

    >>> _name_once("面霜A适合干皮。面霜A现在是168元", "面霜A")
    '面霜A适合干皮。这款现在是168元'
    >>> _name_once("孕妇不建议用精华B；可以用的是洁面C。精华B含烟酰胺", "精华B", ["精华B", "洁面C"])
    '孕妇不建议用精华B；可以用的是洁面C。精华B含烟酰胺'
    """
    pieces = body.split(name)
    if len(pieces) == 1:
        return body
    text = pieces[0]
    for k, piece in enumerate(pieces[1:]):
        other = k > 0 and any(o != name and o in pieces[k] for o in others)
        text += (name if k == 0 or other else "这款") + piece
    return text


_WHEN = lazy(r"[今明后]天（[^）]+）\d+:\d+|\d+月\d+日（[^）]+）\d+:\d+")
_SENTENCES = lazy(r"(?:[^。！？～]|(?<=\d)～(?=\d))+[。！？～]*")  # "2～4天" is one sentence


def _unpromised(sentence: str, said: str, matter: bool = False, fact: bool = False) -> str:
    """``sentence`` without the clauses promising a time ``said`` already promises (a fact's
    answer keeps what it states before its promise: ``fact``).

    >>> _unpromised("现在下单预计今天（11月24日 周二）20:00前发出，一般2～4天能到哦～", "今天（11月24日 周二）20:00前发出")
    '一般2～4天能到哦～'
    """
    if not any(w in said for w in _WHEN.findall(sentence)):
        return sentence
    clauses = re.findall(r"[^，]+，?", sentence)
    if _promised(clauses[-1], said):
        head = "".join(clauses[:-1]).rstrip("，")
        if len(head) >= 8 and (matter or _CHECKED.search(head) and not _WHEN.search(head)):
            return head + f"，{_TOGETHER_LATER}。"  # "赠品要不要寄回，我这就帮您确认一下": another matter, checked by that time
        if fact and len(head) >= 12 and not _WHEN.search(head):
            return head + "。"  # "发票都可以开，…抬头和税号发我就行；…开好的时间…前给您准信": the fact stays
        return ""  # the promise is the sentence's point ("现在付款的话，预计…前发出哦")
    # "…确认一下，今天…前给您准确答复；另外现在满199元送面膜1片，…": the promise goes, what follows it stays
    kept = "".join(re.sub(r"^.*?(；)$", _TOGETHER_LATER + r"\1", c) if c.endswith("；") and _promised(c, said) else c
                   for c in re.findall(r"[^，；]+[，；]?", sentence) if not (_promised(c, said) and not c.endswith("；")))
    return kept if len(kept.strip("，。！？～")) >= 4 else ""


def _promised(clause: str, said: str) -> bool:
    """Whether ``said`` already promises ``clause``'s time for the same thing: the same time for
    another thing ("B. 直接退款：后天…前原路退回" beside "差价…后天…前原路退回给您") is kept.

    >>> _promised("差价我核实后后天（11月26日 周四）20:00前原路退回给您", "B. 直接退款：后天（11月26日 周四）20:00前原路退回")
    False
    >>> _promised("现在下单预计今天（11月24日 周二）20:00前发出", "拍下后预计今天（11月24日 周二）20:00前发出哦")
    True
    """
    for when in _WHEN.findall(clause):
        if when not in said:
            continue
        lines = re.findall(r"[^。！？\n]*" + re.escape(when) + r"[^。！？\n]*", said)
        thing = _THING.search(clause)
        if thing and not any(thing.group(0) in line for line in lines):
            continue  # "差价…后天前退回" beside a lost parcel's "退款的话后天前原路退回": another sum
        if not all(_OPTION.match(line) for line in lines):
            return True  # said in the answer's own words: promised
        own = _pairs(clause.replace(when, "|"))
        if not own or any(len(own & _pairs(line.replace(when, "|"))) * 2 >= len(own) for line in lines):
            return True
    return False


_TOGETHER_LATER = "到时一并答复您"
_CHECKED = lazy(r"确认一下|核实一下|核对一下|帮您查|核对订单")
_OPTION = lazy(r"[A-C]\. ")  # an option's line: its deadline is for that remedy only
_THING = lazy(r"差价|运费|赠品|发票")


def _pairs(text: str) -> set[str]:
    words = re.sub(r"[，、。！？～；：\s（）]", "|", text)
    return {words[i : i + 2] for i in range(len(words) - 1) if "|" not in words[i : i + 2]}


def _unrepeated_clauses(text: str, said: str) -> str:
    """``text`` without the clauses ``said`` already holds (two facts that share "弱酸性不含皂基").

    >>> _unrepeated_clauses("这款是乳霜质地，弱酸性不含皂基，洗完不紧绷。", "主要是氨基酸表面活性剂，弱酸性，不含皂基。")
    '这款是乳霜质地，洗完不紧绷。'
    """
    plain = re.sub(r"[，、。！？～；：\s的]", "", said)  # ("面霜的主要成分是…" said: "面霜主要成分是…" too)
    kept: list[str] = []
    dropped = False  # a short clause ("是吗？") goes with the clause before it
    for clause in re.findall(r"[^，；：]+[，；：]?", text):  # "退换货是这样的：" is a clause of its own
        bare_clause = re.sub(r"[，、。！？～；：\s的]", "", clause)
        dropped = bare_clause in plain if len(bare_clause) >= 4 else dropped
        amounts = _AMOUNTS.findall(bare_clause)  # "这款含5%烟酰胺和0.5%传明酸" after "含5%烟酰胺，搭配了0.5%传明酸"
        rest = _FILLER.sub("", _AMOUNTS.sub("", bare_clause)) if amounts else ""
        if amounts and all(a in plain for a in amounts) and (not rest or rest in plain):  # (the item's name said already)
            dropped = True
        if not dropped:
            kept.append(clause)
    out = "".join(kept)
    if out and not text.startswith(out[:2]) and re.match("不含|不加|无添加", out):
        out = "这款" + out  # "这款含5%烟酰胺…，不含酒精" with its first clause said already: the subject kept
    out = re.sub(r"[^，；：。！？～]*：[。！？～]?$", "", out)  # "不过帮您算了一下：" with what it led to said already
    if out and out[-1:] in "，；：":  # the clause cut was the last: its end stays
        out = out[:-1] + (text[-1] if text[-1:] in "。！？～" else "")
    return out if len(re.sub(r"[，、。！？～\s]", "", out)) >= 4 else ""


def _unorphaned(sentences: list[str], said: str, matter: bool = False, fact: bool = False) -> list[str]:
    """Each sentence without a time ``said`` promises already (:func:`_unpromised`); the rule that
    explained a dropped promise goes with it ("我们工作日17:00前付款的订单当天发货…" after
    "改完照常今天20:00前发出" said by another answer).

    >>> _unorphaned(["预计今天（11月24日 周二）20:00前发出哦～", "我们工作日17:00前付款的订单当天发货。"], "照常今天（11月24日 周二）20:00前发出")
    []
    """
    kept: list[str] = []
    dropped = False
    for sentence in sentences:
        if dropped and _DISPATCH_RULE.search(sentence):
            continue
        out = _unpromised(sentence, said, matter, fact)
        dropped = not out and bool(_WHEN.search(sentence))
        kept += [out] if out else []
    return kept


_FELT = lazy(r"理解您|懂您|心情")
_FELT_AGAIN = lazy(r"^(?:理解您的心情|懂您的心情|理解您)[～~，,！!。]*")
_DISPATCH_RULE = lazy(r"前付款的订单当天发[货出]")


def _join(texts: list[str], matters: frozenset[int] = frozenset(), facts: frozenset[int] = frozenset()) -> tuple[str, list[int]]:
    """Answers joined into one reply, and the indexes of the answers left in it: each a
    sentence, the first keeps its address, and a time already promised is not promised again by
    a later answer (which may leave nothing of it)."""
    out: list[str] = []
    kept: list[int] = []
    listed = False  # the answer before was an option list ("…您看选哪种呢？" kept after it)
    for i, text in enumerate(texts):
        if i and "\nA. " in text:
            text = GREETING.sub("", text)  # an option list is kept whole: no "B." left without its "A."
        elif i:
            said = "".join(out)
            if _FELT.search(said):  # "懂您的心情…" said once: no second "理解您的心情～" opening a later answer
                text = _FELT_AGAIN.sub("", GREETING.sub("", text))
            text = "".join(_unorphaned(_SENTENCES.findall(GREETING.sub("", text)), said, i in matters, i in facts))
            text = _unrepeated_clauses(text, said)
            text = "" if text.startswith(_TOGETHER_LATER) else text  # the matter it led to is said already
            if text and listed and not text.startswith("另外"):
                text = "另外，" + text  # the next matter, after the options and their question
        listed = False
        if i < len(texts) - 1 and "\nA. " in text:
            listed = True  # the options keep their question; the next answer starts on a line of its own
            text = text.rstrip() + "\n"
        elif i < len(texts) - 1:
            text = _CLOSING_LINE.sub("", _CLOSING_QUESTION.sub("", text)).rstrip("，,")  # one close, at the end of the reply
        if text:
            out.append(as_sentence(text) if i < len(texts) - 1 and not listed else text)
            kept.append(i)
    return "".join(out), kept


def _advised_against(body: str, message: str) -> bool:
    """Whether the answer advises against the item for the skin the customer says is theirs
    ("油痘肌 …能用积雪草霜吗" → "油皮、痘痘肌不太建议用"): then no push to order follows."""
    for m in re.finditer(r"([^，。；～]*)不太建议", body):
        items = [w for w in re.split(r"[、和及]", m.group(1)) if w]
        if any(w[:1] in _SKIN_WORDS and w[:1] in message for w in items):
            return True
    return False


_SKIN_WORDS = "油干痘敏混孕哺"  # the first character of the skins and groups a not-for list names


# the customer has ordered or owns the item already: no push to order
_OWNED = lazy(r"拍的|取消|拍了|拍好了|付了|付款了|已付|已经付|下单了|下好单|买了|买的|收到|用了|用完|还剩|开封了|付款时间|实付款|订单编号|已經付|付款囉|下單了|買了|買的|買咗|买咗|拍咗|付咗|收到咗")
# topics a light push may follow
_BUYING = frozenset({"price", "suitable", "recommend", "shipping", "gifts"})


_IF_SENT = lazy(r"如果包裹刚好已经发出，[^。]*。")


def _close(ctx: Context, body: str, topics: tuple[str, ...]) -> str:
    """One close: a light push with the dispatch time for a product question, else an offer."""
    if not topics:
        return ""
    end = "" if body[-1:] in END_PUNCT else "～"
    if stage_of(ctx, ctx.lead) == "after_sale" or ctx.customer == "hurried":
        return ""  # the answer already ends with what happens next, or the customer is in a hurry
    if re.search("医院|就医", body):
        return f"{end}您先处理好，有任何不舒服随时告诉我哦。"  # after care advice, no sales close
    if _SIGNED_OFF.search(ctx.message):  # "…敷完要洗吗 没事了拜拜": a goodbye back, no offer of more
        return f"{end}{'不客气哦，' if THANKED.search(ctx.message) else ''}以后有需要随时来找{ctx.values['shop.agent']}，拜拜～"
    if re.search("随时(?:来)?找|随时问", body[-30:]) or body.endswith(("？", "?")):
        return end  # the answer already invites the customer back, or ends asking them ("您先生是什么肤质呀？")
    if re.search("不太推荐|的话不太建议|不太建议用|先别用|不适合用", body) or _advised_against(body, ctx.message):
        # (none to offer instead: "没有更适合您的同类款" is no start of a search)
        return f"{end}还有其他想了解的，随时问我就好。" if "没有更适合" in body or "挑到合适" in body else f"{end}您还有想了解的随时问我，我帮您一起挑合适的。"
    if body.endswith(("？", "?")) or re.search("随时(?:来)?找|随时问", body[-30:]) or "麻烦您拍" in body:  # (a photo asked: what comes next is said)
        return end  # the answer already invites the customer back
    if re.search("没办法|核实一下|确认一下|缺货|补货时间|核实后|订单号发我|订单截图发我", body):
        return f"{end}{OFFER}"  # no push before the answer is known
    # a push only after a buying question (price, postage, a recommendation): after "多大""白天能用吗"
    # or "先买哪个" the customer is still deciding, and an order push reads as not listening
    buying = set(topics) & _BUYING
    owned = ctx.lead == "order_placed" or _OWNED.search(ctx.message)  # "拍好了也付了", "去年买的还剩半瓶"
    if stage_of(ctx, ctx.lead) != "after_sale" and ctx.products and buying and not owned and not re.search("发出|发货", body):
        # (once: "19:00付款…明天20:00前发出" already says when it ships, another time contradicts it)
        return f"{end}{ctx.values['time.pay_by']}，预计{ctx.values['time.dispatch']}前发出，您看合适可以直接下单哦。"
    return f"{end}{OFFER}"


def _gift_line(ctx: Context, item: Product, body: str) -> str:
    """"这款单买就满199元，还能送面膜1片" for ``item``, the one item a pre-sale answer is about (the order's sum
    when a count is said), or "满199元送面膜1片，这款再凑31元就能拿到" when a little more reaches the
    gift (within a budget said); "" when the answer speaks of the gift or a check, or it is far off."""
    rule = gift_rule(ctx.library.policy)
    if rule is None or item.price is None or re.search("送|核实|确认一下", body) or rule[1] in body or _OWNED.search(ctx.message):  # ("面膜1片会随单一起发出")
        return ""
    (need, gift), price, budget = rule, item.price, budget_of(ctx.message)
    counted = named_sum(ctx.message, [item])  # "我要两瓶": the order's sum, not one item's
    if counted and counted[0] > price:
        return f"这单已经满{need}元，还能送{gift}" if counted[0] >= need else ""
    if price >= need:
        return f"这款单买就满{need}元，还能送{gift}"
    short = gift_short(price, ctx.library.policy) if budget is None or need <= budget * 1.15 else 0
    return f"满{need}元送{gift}，这款再凑{short:g}元就能拿到" if short else ""
