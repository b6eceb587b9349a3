"""The last touches of a finished draft, from what the whole message says: photos already sent, a milder item the catalogue
does not sell, the item to send named, the other order's remark, the place and day an arrival is checked for, no 亲.
Each touch rewrites the drafts' text only; which drafts there are and their order are decided before (choosing.py).
Data flows one way: drafts and their context in, drafts out."""

from __future__ import annotations

import re
from dataclasses import replace

from ..library.loading import Library
from ..library.model import Product
from ..lazy_pattern import lazy
from ..understanding.catalogue import find_products
from .draft import Context, Draft
from .said_leads import CLAIM_TOLD, HAGGLES
from .arrival import named_arrival, replacement_days
from .protection import DROP_FELT
from .travel import parcel_road, remote_fee_said
from .postage import goodwill, postage_held, two_addresses
from .worries import balked
from .totals import gift_sum_reached
from .orders import bought_items
from .fact_topics import COUPON_WHERE
from . import qualities
from .facts import bare, promotions, skin_of, suits
from .clauses import NEW_PURCHASE, stage_of
from .pieces import one_piece
from .placed import read_back_order
from .shelf import batch_checked
from .signals import ADDRESS_RIGHT, DOUBTED, TWICE_ORDERED, LET_PASS, PHONE_KEPT, REBUY, left_already, on_its_way
from .readback import NOTED, REMARKING, address_checked, noted_in, read_back, remark_seen, remarked_in

_PHOTO_SENT = lazy(r"\[(?:图片|图|视频|照片)\]|(?:照片|图片?|截图|视频)我(?:已经|都)?(?:发|给)(?:给)?(?:你|您)?了|(?:拍照|照片|图片?|截图|视频)(?:已经|都|刚刚?|也)?(?:发|给)(?:你|您|给你|给您)?了|(?:已经|都)(?:拍照|拍了照片?)(?:发|给)|图我拍了(?![^，,。？?！!]{0,2}(?:一会|等下|待会|马上|稍后|晚点|回头))|发了(?:照片|图)|(?:照片|图片?|截图)(?:早|早就|之前|以前|上次|上回)就?(?:已经)?发(?:过|了)|照片上传了|你看图|看下图|看一下图|图在上面")
# photos taken and not sent yet ("照片拍好了发你哪"): sent here, not taken again
_PHOTO_READY = lazy(r"(?:照片|图|图片|视频)[^，,。？?！!\s]{0,2}(?:拍好|拍了|已经拍|准备好)|(?:拍好|拍了)[^，,。？?！!\s]{0,2}(?:照片|图|视频)|(?:照片|图片?)(?:一会儿?|马上|等下|待会儿?|稍后)?就?(?:发你|发给你)(?![了啦过])|发哪")
_PHOTO_ASKED = lazy(r"麻烦您拍[^，；。：]*?(?:照片|面单|清单|视频)[^，；。：]*?(?:给我|发我)(?:看看|留个记录|核对)?")
_NO_QIN, _MILDER = lazy(r"别(?:再)?(?:跟我|对我)?(?:说|叫|喊)(?:我)?亲|不要(?:再)?(?:叫|喊|说)(?:我)?亲"), lazy(r"，也可以换一款更温和的，新的[^。；]*?发出")
_UNPAID, _CANCEL_REFUND = lazy(r"还没付|没付款|未付款|没付钱|还没给钱|没支付"), lazy(r"订单还没发出的话，我这就帮您取消，退款[^；。]*?原路退回[；。](?:如果包裹已经发出[^。]*。)?")
_WANTED = lazy(r"(?:我|本来)?(?:拍|买|要|订|下单)的(?:是|明明是)?([^，,。；;！!？?\s]{2,14})[^，,。；;！!？?\s]{0,2}[，,。；;！!？?\s]+[^，,。；;！!？?]{0,8}(?:(?:寄来|发来|收到|到手|来|打开|拆开)(?:一看)?(?:的?(?:是|却是|成了)|了?一[支瓶盒个片罐])|(?:发|寄)成了?|给我(?:发|寄)了?(?:个|一[支瓶盒个片罐]))")
_PRICE_DOUBT, _WORRY = lazy(r"贵|便宜|价|比比|比较|别家|别人家|划算|等等|活动|优惠|[#\d]{2,4}(?:元|块)?"), lazy(r"怕|担心|万一|不合适|不适合|过敏|闷痘|烂脸|用不惯|踩雷|能退|退货")
_CANCEL_FEARED, _CANCEL_GLUED = lazy(r"会不会被?(?:自动)?(?:取消|关闭)|会被(?:自动)?(?:取消|关闭)|会不会没了"), lazy(r"订单还没发出的话，我这就帮您取消[^。]*。(?:如果包裹已经发出[^。]*。)?")
_RAISED_BEFORE, _AT_NEIGHBOUR, _SPLIT_ASKED = lazy(r"(?:上周|上星期|上礼拜|之前|前几天|前两天|早就|上次)(?:就)?(?:说|反映|反馈|联系|找)(?:过|了)"), lazy(r"放(?:在|到)?(?:了)?(?:隔壁|邻居|对门|楼下|楼上)"), lazy(r"分开发|分开寄|分(?:成)?(?:两|几|2)个?包裹|拆单|还有(?:一|个)个?包裹|另一个包裹|分批发")
_RESTATED, _STOPPED = lazy(r"您是说[^。？?]*，是吗？"), lazy(r"已经停(?:了|用)|停用了|已经不用了|没再用了?|不敢再?用了")
_DRY_AFTER = lazy(r"(?:敷|用|擦|抹|洗)完[^，,。？?！!\s]{0,3}(?:脸)?(?:好|很|特别|有点)?(?:干|紧|绷)")
_OUT_SAID, _LOYAL_SAID = lazy(r"没货|缺货|(?<!不想)(?<!怕)(?<!不要)(?<!别)断货|点不动|拍不了|拍不下"), lazy(r"老顾客|老客户|老客了|回头客|老粉")
_OTHER_ITEM_BROKE_OUT = lazy(r"(?:别家|别的|之前|以前|上次)[^。？?！!]{0,12}(?:闷|长|冒|爆)[^，,。？?\s]{0,4}(?:痘|闭口)")
_GIFT_NOT_COME = lazy(r"(?:赠|送)[^，,。？?！!\s]{0,4}(?:没收到|没看到|没见|没给|没放)")
_BROKE, _NUDGE = lazy(r"学生党?|买不起|没啥钱|没什么钱|没多少钱|手头紧|求求"), lazy(r"[，；](?:现在|另外)?再凑[\d.]+元满\d+元(?:还能送|，?就能用)[^。；～]*|，(?:单买这款还差[\d.]+元，)?搭配着买会更划算")
_DAIGOU, _RETURN_RULE, _NO_LOWER = lazy(r"代购[^，,。？?！!\s]{0,8}(?:才|只要|只卖|卖|便宜)|比代购|代购的?价"), lazy(r"退换的规则也(?:先)?跟您说(?:清楚|一声)：[^。]*。"), lazy(r"价格这边没办法(?:再)?改(?:啦|了)?[，,]不过")
_OTHER_ORDER_LEFT = lazy(r"(?:另一单|另外一单|另一个|剩下的?那?单)[^，,。？?！!]{0,6}(?:别放|不要放|不放)([^，,。？?！!\s行吗呢呀哈]{1,6})")

def touched(drafts: list[Draft], ctx: Context) -> list[Draft]:
    """``drafts`` with the touches the message asks for."""
    text = ctx.message
    if _PHOTO_SENT.search(text):  # "拍照给你了 咋处理": the photos are had, not asked for again
        drafts = [d.with_text(_PHOTO_ASKED.sub("您发的照片我收到了", d.text)) for d in drafts]
    elif _PHOTO_READY.search(text):
        drafts = [d.with_text(_PHOTO_ASKED.sub("您拍好的照片直接在这里发给我就行", d.text, count=1)) for d in drafts]
    if (owed := _RESEND_OWED.search(text)) and ctx.lead in ("logistics", "wrong_missing", "damaged", "quality_issue", "complaint"):  # "…而且上次答应补发的面膜到现在也没影": the earlier promise too
        said = f"另外，之前答应补发的{owed.group(1) or '东西'}还没到您手上，是我们没跟进好，补发的进度我一并查清楚，{ctx.values['time.reply']}前一起回复您。"
        drafts = [d if "之前答应补发" in d.text else d.with_text(f"{d.text.rstrip()}\n{said}" if "\nA. " in d.text else _before_closing(d.text, said)) for d in drafts]
    if ctx.lead == "order_change" and _UNPAID.search(text) and not re.search("付了|付过|已付|付好了|扣了|扣钱", text):  # "拍错了 …还没付钱 取消重拍": nothing paid, so nothing to refund (not "…好像付了")
        drafts = [d.with_text(_CANCEL_REFUND.sub("这单还没付款，不会扣钱也不会发货，您在订单里直接取消，或者放着不付、到时会自动关闭，再重新拍您要的就好。", d.text, count=1)) for d in drafts]
    if ctx.products and _MILDER.search(" ".join(d.text for d in drafts)) and not _has_alternative(ctx.library, ctx.products[0]):
        # "也可以换一款更温和的" when the catalogue has no milder item of that kind: another item, not a promise it cannot keep
        drafts = [d.with_text(_MILDER.sub(lambda m: m.group(0).replace("换一款更温和的", "换店里其他适合您的商品"), d.text)) for d in drafts]
    wanted = _wanted_item(ctx.library, text) if ctx.lead == "wrong_missing" and _one_kind(text) != "少发" else None  # ("拍的面霜加两盒面膜 只收到一盒": short)
    if wanted is not None:  # "我拍的是洗面奶 寄来的是面膜": the item to send is named, not "少发或发错的商品"
        drafts = [d.with_text(d.text.replace("少发或发错的商品", f"您拍的{wanted.name}", 1)
                          .replace("少发或发错部分的货款", f"{wanted.name}的货款").replace("少发或发错", "发错").replace("补发/换货", "换货", 1)) for d in drafts]
    elif ctx.lead == "wrong_missing" and (kind := _one_kind(text)):  # "少发了一盒面膜": 少发 said, not "少发或发错"
        goods = "少发的商品" if kind == "少发" else "换成您拍的商品，"  # what is sent is the missing or the right item
        drafts = [d.with_text(d.text.replace("少发或发错的商品", goods).replace("少发或发错", kind).replace("缺的或发错的", f"{kind}的").replace("补发/换货", "补发" if kind == "少发" else "换货", 1)) for d in drafts]
    left = _OTHER_ORDER_LEFT.search(text) if ctx.lead == "order_change" else None
    if left:  # "帮我取消一单，另一单备注别放价格单行吗": the cancel, then the other order's remark
        drafts = [d.with_text(d.text.rstrip("。") + f"。另一单我帮您备注好不放{left.group(1)}，仓库打包时会看到～")
                  if "取消" in d.text and "备注" not in d.text else d for d in drafts]
    if ctx.lead == "hesitation" and _PRICE_DOUBT.search(text) and not _WORRY.search(text):
        # "再比比 你家比别家贵": the doubt is the price; the return rule is a paragraph nobody asked for
        drafts = [d.with_text(_RETURN_RULE.sub("", d.text).rstrip("，。；") + "。" if _RETURN_RULE.search(d.text) else d.text) for d in drafts]
    if ctx.lead == "bargain" and ctx.match.scenario == "hesitation" and not HAGGLES.search(text):
        # "199一瓶精华有点下不去手 怕用了没效果": a hesitation over the price, no lower price asked, so no "没办法再改" to refuse it
        drafts = [d.with_text(_NO_LOWER.sub("", d.text)) for d in drafts]
    item = ctx.products[0] if ctx.products else None
    if ctx.severity == "reaction" and item is not None and "痘" in item.not_for and _BREAKOUT.search(text):
        # "用了面霜冒了好多闭口": the facts say it is not for that skin, said plainly after the care
        said = f"{item.name}本来就不太建议{item.not_for.rstrip('。')}用，可能是这款不太适合您现在的皮肤。"
        drafts = [d.with_text(d.text.replace("身体要紧。", "身体要紧。" + said, 1)) if said not in d.text else d for d in drafts]
    if ctx.severity == "reaction" and item is not None and CLAIM_TOLD.search(text) and "敏感" in text and "敏感" in (item.suitable_for or ""):
        # "你们详情页不是写适合敏感肌吗": what the claim means, owned, after the care
        said = "页面写适合敏感肌，是说这款配方比较温和，但每个人的皮肤耐受不一样，个别敏感肌还是可能会不适应。"
        drafts = [d.with_text(d.text.replace("身体要紧。", "身体要紧。" + said, 1)) if said not in d.text else d for d in drafts]
    if item is not None and item.usage and _DRY_AFTER.search(text) and any("都是正品" in d.text for d in drafts):
        # "敷完脸好干 是不是假货": genuine, and what the way of using it has to do with the dryness
        use = f"用完觉得干的话，可以对照一下用法：{bare(item.usage)}" + (f"；{bare(item.cautions)}" if item.cautions else "") + "。按这样用还是干的话，随时跟我说，我帮您处理。"
        drafts = [d if use in d.text else d.with_text(_added(d.text, use).replace("还有其他想了解的，随时问我就好。", "")) for d in drafts]
    if re.search(r"(?:电话|手机号?)[^，,。？?！!\s]{0,6}(?:换成|改成|改为|换一个)|(?:换成|改成|改为)[^，,。？?！!\s]{0,4}(?:电话|手机号?)|(?:换|改)(?:个|一下)?(?:电话|手机号?)", text) and ctx.lead in ("order_change", "courier", "order_placed") and not PHONE_KEPT.search(text):
        # "改发顺丰 …还有电话换成138开头那个": the phone changed too, its number asked once ("电话不变": none)
        phone = f"新电话{num.group(0)}也一并改好。" if (num := re.search(r"(?<!\d)1\d{10}(?!\d)", text)) else "电话能改的，麻烦把完整的新号码发我，发货前帮您改好。"
        drafts = [d if "号码" in d.text else d.with_text(re.sub("地址能改的[。～]", phone, d.text, count=1)) if re.search("地址能改的[。～]", d.text) and "地址" not in text
                  else d.with_text(_added(d.text, phone)) for d in drafts]
    drafts = [d.with_text(d.text.replace("，洗完不会有紧绷拔干的感觉", "")) if "不紧绷也不拔干" in d.text else d for d in drafts]
    where = re.split("[，,；;]", ctx.library.policy.coupons or "")[0]
    if where and COUPON_WHERE.search(text) and not ctx.severity:  # "满299减20那个券在哪领": where, whatever else is answered
        said = f"{where}，领了下单时自动抵扣。"
        drafts = [d if where in d.text or "首页" in d.text else d.with_text(re.sub(r"(?<=[。～])(?=\d{1,2}:\d\d前付款的话)", said, d.text, count=1) if re.search(r"[。～]\d{1,2}:\d\d前付款的话", d.text) else _before_closing(d.text, said)) for d in drafts]
    if ctx.lead == "order_change" and TWICE_ORDERED.search(text) and re.search("取消一单|取消其中一单|取消一个|退一单", text):
        # "手滑拍了两单一模一样的 帮我取消一单": one cancelled, the other still sent
        drafts = [d if "另一单" in d.text else d.with_text(d.text.replace("我这就帮您取消，", f"我这就帮您取消其中一单，另一单照常{ctx.values['time.dispatch']}前发出，", 1)) for d in drafts]
    if re.search("换了?(?:两|几|2|3|三)张卡", text):  # "换了两张卡都不行": not another card again
        drafts = [d.with_text(d.text.replace("（比如花呗或另一张卡）", "（比如花呗或余额）").replace("（比如余额、花呗或另一张卡）", "（比如余额或花呗）")) for d in drafts]
    reply = ctx.values["time.reply"]
    drafts = [d.with_text(d.text[: d.text.find(reply) + len(reply)] + d.text[d.text.find(reply) + len(reply):].replace(f"，{reply}前一起告诉您", "，到时一起告诉您"))
              if d.text.count(reply) >= 2 else d for d in drafts]  # one promise of a time, not two
    out = _OUT_SAID.search(text)
    if out and any("这款补货时间" in d.text for d in drafts) and ctx.products:
        # "四样都要了 …还有面膜是不是没货了": the item said before it, named, not "这款"
        before = text[: out.start()]
        named = max(ctx.products, key=lambda p: max((before.rfind(n) for n in (p.name, *p.aliases)), default=-1))
        drafts = [d.with_text(d.text.replace("这款补货时间", f"{named.name}的库存和补货时间", 1)) for d in drafts]
    if ctx.lead in ("bargain", "stock", "promotion") and _LOYAL_SAID.search(text):  # "老顾客了": thanked once
        drafts = [d if "一直支持" in d.text else d.with_text(re.sub("^亲，", "亲，谢谢您一直支持我们～", d.text, count=1)) for d in drafts]
    if ctx.lead == "bargain" and drafts and not _BROKE.search(text) and re.match(r"亲，[^，。～]{2,24}是\d+元，这个价钱花在哪里", drafts[0].text):
        # "别家才卖139 你们还挂168 太黑了": felt first, then what the price pays for
        drafts = [replace(drafts[0], text=balked(ctx, drafts[0].text.replace("亲，", "亲，理解您想买得划算一些，多比较是应该的～", 1)))] + drafts[1:]
    if ctx.lead == "bargain" and _BROKE.search(text) and (extra := ctx.library.policy.compensation):
        # "学生党真的买不起 …180我马上拍 求求了": felt first (in place of the script's own feeling), and the goodwill coupon the policy allows
        felt = "学生党不容易，理解您～" if "学生" in text else "理解您的难处～"
        offer = f"{goodwill(extra)}。"
        held = "价格这边没办法改，"  # (a lower price asked for is answered plainly)
        drafts = [d.with_text(_NUDGE.sub("", re.sub("^亲，(?:懂您的心情[^～。]*～)?", f"亲，{felt}" + ("" if "没办法" in d.text else held), d.text, count=1).replace("理解您～理解您", "理解您")) if felt not in d.text else d.text) for d in drafts]  # (no "再凑…" to a tight budget)
        drafts = [d if extra in d.text else d.with_text(_added(d.text, offer)) for d in drafts]
    if ctx.lead == "bargain" and _DAIGOU.search(text):  # "别家代购才卖120 你们凭啥168": what the shop's price carries
        own = f"代购的货源我们不好评价，{ctx.values['shop.name']}卖的都是正品，退换和售后也都有保障，"
        drafts = [d if "正品" in d.text else d.with_text(re.sub("(价格这边没办法(?:再)?改|小禾这边没办法改价|价格是店里统一定的)", own + r"\1", d.text, count=1)) for d in drafts]
    past = NEW_PURCHASE.split(text, 1)[0]  # "上次买面霜送的面膜没收到 …现在再拍一瓶精华": the order the gift was missing from
    reached = gift_sum_reached(past, bought_items(ctx) if past == text else find_products(ctx.library, past, limit=3), ctx.library.policy) if ctx.lead == "wrong_missing" else ""
    if reached:  # "买了两样一共227 说好满199送面膜 没看到": the sum said reaches the gift, so no "符合活动的话" doubt
        drafts = [d.with_text(d.text.replace("我这就帮您核对订单金额和活动记录", reached + "赠品是该随单送的，是我们漏了，我这就核对一下订单")
                          .replace("；符合活动的话，赠品", "；赠品").replace("符合活动的话会随补发的商品一起发出", "会随补发的商品一起发出")) for d in drafts]
    if ctx.lead == "payment" and _CANCEL_FEARED.search(text):  # "付款一直失败 …订单会不会被取消啊": the countdown, no cancel done
        keep = "没付款的订单会保留一段时间，订单页「待付款」里有付款倒计时，倒计时结束前付好就不会被取消，不用重新拍。"
        drafts = [d.with_text(_CANCEL_GLUED.sub("", d.text).rstrip() + ("" if keep in d.text else keep)) for d in drafts]
    if any(NOTED in d.text or REMARKING in d.text for d in drafts):  # "帮我改成杭州市西湖区文三路XX号", "是王婧不是王静", "备注不要放价格单": read back
        said = read_back(text)
        drafts = [d.with_text(remarked_in(noted_in(d.text, said), text)) for d in drafts]
    if seen := remark_seen(text):  # "我备注了送人的 别放价格单啊": the remark written already, seen
        drafts = [d if "备注" in d.text else d.with_text(_added(d.text, seen)) for d in drafts]
    if ctx.lead == "logistics" and _AT_NEIGHBOUR.search(text) and re.search("不在|出差|没人|出门|回老家", text) and drafts:
        # "放隔壁邻居家了 邻居出差一周都不在 能不能再发一个": fetched by the courier, or sent again
        v = ctx.values
        first = (f"亲，给您添麻烦了，真不好意思！我马上联系快递，让快递员想办法把包裹取回来重新给您派送，{v['time.reply']}前给您回复进展；"
                 f"邻居一时回不来、您又等着用的话，我们给您补发一个，{v['time.exchange']}前发出，运费我们承担，原来那件之后我们再跟快递处理。")
        drafts = [replace(drafts[0], text=first, options=(), template="plain")] + drafts[1:]
    if ctx.lead == "wrong_missing" and _SPLIT_ASKED.search(text) and not ctx.severity and drafts:
        # "只收到两样 精华呢 是分开发的吗": checked before any fault is owned
        v = ctx.values
        first = (f"亲，不好意思让您担心了！我马上帮您查一下这单是不是分成两个包裹发的：要是分开发了，另一个包裹的单号我{v['time.reply']}前发给您；"
                 f"要是漏发了，少的那件{v['time.exchange']}前给您补发出去，运费我们承担。")
        drafts = [replace(drafts[0], text=first, options=(), template="plain")] + drafts[1:]
    if _RAISED_BEFORE.search(text) and re.search("没人处理|没处理|一直推|推来推去|没解决|没人管", text):
        # "上周就说了面霜漏液 到现在没人处理": the delay owned, not the problem restated as news
        owned = f"您之前反映的问题拖到现在还没给您处理好，是我们的问题，这次{ctx.values['shop.agent']}亲自跟进。"
        drafts = [d.with_text(_RESTATED.sub(owned, d.text, count=1)) for d in drafts]
    if ctx.severity == "reaction" and DOUBTED.search(text):  # "刺痛得要命 …是不是三无产品": the origin answered after the care
        tested = qualities.tested(item) if item is not None else ""
        said = f"产品来源这块您放心，{ctx.values['shop.name']}卖的都是正品" + (f"，这款{tested}" if tested else "") + "，不过每个人的皮肤耐受不一样，这次让您不舒服了，我们会负责处理好。"
        drafts = [d.with_text(d.text.replace("身体要紧。", "身体要紧。" + said, 1)) if said not in d.text else d for d in drafts]
    if ctx.severity == "reaction" and _STOPPED.search(text):  # "已经停了 能退吗": stopped already, not told to stop
        drafts = [d.with_text(d.text.replace("您先停用这款产品，用清水轻轻洗干净，", "您已经停用了就好，这几天用清水轻轻洗脸，", 1)) for d in drafts]
    skin = skin_of(text) if item is not None and stage_of(ctx, ctx.lead) == "pre_sale" and not ctx.severity else None
    if skin and item.not_for and suits(item, skin) is False and len(ctx.products) == 1:
        # "我是油肌 夏天用會不會太厚重": the skin said is one the item is not for, said whatever else is asked
        said = f"不过按您说的{skin}，{item.name}本来就不太建议{bare(item.not_for)}用哦。" if not _OTHER_ITEM_BROKE_OUT.search(text) else f"不过{item.name}本来就不太建议{bare(item.not_for)}用，您容易冒痘、长闭口的话先别急着入哦。"  # "之前买别家面霜闷了一脸闭口": a past reaction, not a skin named
        drafts = [d if re.search("不太建议|不太推荐|不推荐|不建议|不适合用", d.text) else d.with_text(d.text.replace("您慢慢考虑", said + "您慢慢考虑", 1) if "。您慢慢考虑" in d.text else _before_closing(re.sub("，?您看合适可以直接下单(?:哦)?", "", d.text), said)) for d in drafts]  # (before a hesitation's "take your time")
    if ctx.lead == "order_placed" and re.search("地址", text) and re.search("你看下|你看一下|帮我看|对不对|对不|核对|没问题吧", text) and not ADDRESS_RIGHT.search(text):
        # "你看下地址对不对": checked by us, not handed back; "…鄞州区xx路": the door number it lacks asked for
        place = re.search(r"[\u4e00-\u9fff]{2,}(?:省|市|区|县)[^，,。？?！!\s]{0,20}", text)
        check = f"您发的地址「{place.group(0)}」还少了门牌号，麻烦把详细地址和收件电话发我，我帮您改好，发货前都能改" if place and not re.search(r"\d|号|栋|幢|室|单元|那个$|那边$|那里$", place.group(0)) else f"您发的地址「{place.group(0)}」我记下了，会对照订单再核对一遍，发货前都能改" if place else "收货地址我这就帮您核对，有不对的地方马上跟您说，发货前都能改"
        drafts = [d.with_text(d.text.replace("麻烦您核对一下收货人、电话和地址是否正确哦", check) if "地址" in d.text else _before_closing(d.text, check + "。")) for d in drafts]  # (asked beside a gift: said too)
    drafts = read_back_order(drafts, ctx)  # "拍了 面霜一瓶 洗面奶一支 你看下"
    if re.search("补货|補貨", text):  # "还有货吗 啥时候补货": the restock checked with the stock
        drafts = [d.with_text(d.text.replace("我再跟仓库确认一下库存，", "库存和补货时间我再跟仓库确认，", 1).replace("我再跟倉庫確認一下庫存，", "庫存和補貨時間我再跟倉庫確認，", 1)) for d in drafts]
    drafts = [d.with_text(_stock_for_count(text, d.text)) for d in drafts]  # "想拿三盒" / "要10盒"
    # "变质了吧 我都用了好几天了脸没事吧": the skin asked about, answered; "瓶子碎了": the shards, not "别再用了"
    care = ("这件先别再用了，", "这件先别再用了。" + _SKIN_CARE) if _SKIN_WORRY.search(text) else ("为了安全，这件先别再用了，", _GLASS_CARE) if _SHATTERED.search(text) else None
    if ctx.severity == "unsafe" and care:
        drafts = [d.with_text(d.text.replace(*care, 1)) if care[1] not in d.text else d for d in drafts]
    drafts = [d.with_text(batch_checked(text, one_piece(text, d.text))) for d in drafts] if ctx.severity else drafts  # "面膜有一片袋子是破的": that piece, not the box; "是不是过期了": the batch number
    if left_already(text) and (ctx.lead == "order_change" or any(i.scenario == "order_change" for i in ctx.match.intents)):  # "快递显示派送中 …能不能改到公司地址": it has left
        drafts = [d.with_text(on_its_way(d.text)) for d in drafts]
    if ctx.lead == "order_change" and _PHONE_FIX.search(text) and "地址" not in text:  # "收件人电话写错了": the number, not an address
        drafts = [d.with_text(d.text.replace("地址能改的～", "电话能改的～" if "地址能改的～您把" in d.text else "电话能改的，您把正确的号码发我，我这就帮您改好～")) for d in drafts]
    cutoff = f"工作日{ctx.library.policy.dispatch_cutoff.strftime('%H:%M')}前付款的订单当天发货"
    if _CUTOFF_ASKED.search(text) and not ctx.severity:  # "几点前付款能当天发": the cut-off said, wherever the dispatch is
        drafts = [d if cutoff in d.text else d.with_text(_SHIPS_NOW.sub(f"我们{cutoff}，现在付款的话，预计", d.text, count=1)) for d in drafts]
        # "要是发顺丰几点前拍今天能走": no dispatch said at all, so the cut-off is added
        drafts = [d if re.search(r"\d{1,2}:\d\d前付款", d.text) else d.with_text(_added(d.text, f"我们{cutoff}，今天{ctx.library.policy.dispatch_cutoff.strftime('%H:%M')}前付款就能当天发出。")) for d in drafts]
    if "这类服务我们不提供" in " ".join(d.text for d in drafts):  # "做不做光子嫩肤 有没有线下店": an online shop, said once
        drafts = [d.with_text(_no_offer_after(_STORE_CHECK.sub("，" + _PICK_FOR_YOU, d.text))) for d in drafts]
    if ctx.lead == "payment" and _LIMIT_SAID.search(text):  # "显示花呗额度不足 能不能先帮我留着 我换张卡": the cause is known
        said = (f"花呗额度不够的话，换张银行卡或者用余额付就可以，订单就在「待付款」里，直接点付款换个方式就行，不用重新拍；"
                f"待付款的订单有付款倒计时，在倒计时内付好就行，{ctx.values['time.pay_by']}，预计{ctx.values['time.dispatch']}前发出。")
        drafts = [d.with_text(_GENERIC_PAY.sub(said, d.text, count=1)) for d in drafts]
    if ctx.lead in ("usage", "product_info") and not ctx.severity and _HARM_FEARED.search(text) and _USED_TOO_LONG.search(text):
        # "敷睡着了 会不会烂脸": the worry answered first, not checked by a time
        harm = "烂脸" if "烂脸" in text else "有大问题"
        calm = f"偶尔一次用得久了，一般不会{harm}，脸上没有发红、刺痛就不用太担心；要是有不舒服，先停用观察，一两天不缓解就去看看皮肤科。"
        drafts = [d if calm in d.text else d.with_text(_said_first(calm, _HARM_CHECKED.sub("", d.text))) for d in drafts]
    if _SKIN_TEST.search(text) and "这类服务我们不提供" not in " ".join(d.text for d in drafts):  # "有线下店没 …帮我做个皮肤检测呗"
        drafts = [d.with_text(_no_offer_after(_STORE_ASKED.sub(r"\1；皮肤检测这类服务我们做不了，" + _PICK_FOR_YOU, d.text, count=1))) for d in drafts]
    if ctx.lead == "review" and _REVIEW_CHANGE.search(text) and not re.search("打电话|骚扰|烦不烦|烦死|别再?打|天天(?:打|催)", text):  # "点了个中评 能改吗": how, before the rule on rewards (not "天天打电话让我改评价": the calls stopped)
        how = "评价想改的话，在「我的订单」里找到这一单，看看有没有「修改评价」的入口，有的话直接改就行；也可以点「追加评价」补充您现在的感受。"
        drafts = [d if re.search("修改评价|追评|追加评价", d.text) else d.with_text(_said_first(how, d.text)) for d in drafts]
    agent = ctx.values["shop.agent"]
    rush = f"知道您着急，{agent}马上帮您处理。"  # the hurried customer's opener (rendering.py)
    if ctx.lead == "greeting" and any(rush in d.text for d in drafts):  # "在吗在吗 有人没 急": one opener, and the ask
        drafts = [d.with_text(f"亲，{agent}在的！知道您着急，您直接把事情发过来，我马上帮您处理～") if i == 0
                  else d.with_text(d.text.replace(rush, "")) for i, d in enumerate(drafts)]
    drafts = [parcel_road(named_arrival(d, ctx), ctx) for d in drafts]  # "周五前能到北京吗": the road's days checked for that day and place
    # "寄香港要几耐": its postage too; "上次漏了半支 一直没空找你们 这回想买个面霜": the old matter owned
    old = _old_matter(ctx)  # (once per message; the postage depends on each draft's text)
    drafts = [d.with_text(_before_closing(d.text, said)) if (said := remote_fee_said(d.text, ctx) + old + address_checked(text, d.text)) else d for d in drafts]
    if stage_of(ctx, ctx.lead) == "pre_sale" and len(ctx.products) >= 2 and re.search("每套|[两俩2]套|一人一套|各一套", text) and (
            said := two_addresses(text, ctx.products[:3], ctx.library.policy, promotions(sum(p.price or 0 for p in ctx.products[:3]), ctx.library.policy))):
        total = re.search(r"每单.*?一共(\d+)元", said).group(1)  # "两套 分俩地址发": one order per address
        short = "分两个地址发的话，要拍成两单，一单填一个地址，满减、满赠和包邮都按每单算，两单各按上面这样算就行"
        drafts = [d if re.search("拍成两单|分开拍两单", d.text) else d.with_text(_before_closing(d.text, (short if f"一共{total}元" in d.text else said) + "。")) for d in drafts]
    if ctx.lead in ("shipping_fee", "bargain") and (said := postage_held(text, ctx.values["shop.agent"])):
        # "还差20包邮 …给免了呗 老顾客了": the rule kept, kindly (no coupon given by default)
        drafts = [d if "没法单独免掉" in d.text or re.search(r"已经满\d+元包邮|一件就包邮", d.text) else d.with_text(_after_rule(d.text, said)) for d in drafts]  # (not when it ships free already)
        # "79还收我6块运费 便宜点呗 要不给我包个邮": a lower price or the postage, one refusal for both
        drafts = [d.with_text(_PRICE_HELD.sub("", d.text)) if said in d.text and re.search("要不|要么|不然|不行就|起码|或者", text) and not re.search(r"\d{2,}\s*(?:块|元)?\s*(?:卖不卖|行不|可以吗|中不中|卖吗)", text) else d for d in drafts]
    if ctx.lead in ("wrong_missing", "damaged", "quality_issue"):  # "发错了 我周五要出差 来不来得及换"
        drafts = [d.with_text(_before_question(d.text, said)) if (said := replacement_days(d.text, ctx)) else d for d in drafts]
    drafts = [d.with_text(_FELT_AGAIN.sub(r"\1", d.text.replace(DROP_FELT, ""))) if _FELT_ALREADY.search(d.text) else d for d in drafts]  # an angry customer's opening feels it already: "换谁心里都不舒服" (or a script's "换谁都会不高兴") once
    rule = f"工作日{ctx.library.policy.dispatch_cutoff.strftime('%H:%M')}前付款"
    drafts = [d.with_text(d.text.replace(f"，{rule}当天就能发", "")) if f"{rule}的订单当天发货" in d.text else d for d in drafts]  # "…今天能发不 能跟那单一起寄不": the cut-off said once
    if (ctx.lead == "logistics" or any(i.scenario == "logistics" for i in ctx.match.intents)) and _WHERE_ASKED.search(text) and not _OVERDUE.search(text):
        # "帮我查下快递到哪了 单号ZT…", "昨天买的精华 快递到哪了 还想加一盒": a parcel looked up, not one feared lost
        drafts = [d.with_text(_LOST_IF.sub("", d.text).replace("非常抱歉让您久等了！", "好的～").replace("非常抱歉给您添麻烦了！", "")) for d in drafts]
    gifts = ctx.library.policy.gifts
    if ctx.lead == "review" and gifts:  # "好评有返现不 晒图送啥": no reward for a review, so no gift rule after it
        drafts = [d.with_text(re.sub(re.escape(gifts) + "[。～]?", "", d.text)) if "换好评" in d.text else d for d in drafts]
    if ctx.lead == "wrong_missing" and (_SEND_BACK_ASKED.search(text) or wanted is not None or _one_kind(text) == "发错") and not ctx.severity:
        # "发错了还要我自己寄回吗", "我买的洁面 收到的是面膜": what becomes of the wrong one, said
        back = f"发错的那件寄回来的运费由我们承担，您不用出钱，退货地址我{ctx.values['time.reply']}前发给您。"
        drafts = [d if "寄回" in d.text else d.with_text(_before_question(d.text, back)) for d in drafts]
    if _NO_QIN.search(text):  # "别再跟我说亲了": the customer's wish, in every draft
        drafts = [d.with_text(_without_qin(d.text)) for d in drafts]
    for p in ctx.products[:3]:  # "…可以用的是氨基酸温和洁面乳 120g；氨基酸温和洁面乳 120g适合…": the second time, 这款
        drafts = [d.with_text(_named_once(d.text, p.name)) for d in drafts]
    # "寄到台灣要幾天？運費怎麼算": the road to the place said first, so its fee follows without "X可以发的哦"
    drafts = [d.with_text(re.sub(r"(发到([^，。；]{2,8})路上[^。]*。)\2可以发的哦，不过不在", r"\1运费方面，\2不在", d.text)) for d in drafts]
    drafts = [d.with_text(d.text.replace("，我马上帮您查一下物流单号。我马上联系快递", "。我马上联系快递")) for d in drafts]  # one look-up said
    if _NOT_HEARD.search(text):  # "我都说了我是油皮了 你还推面霜？": not listening owned first
        drafts = [d if "不好意思" in d.text[:12] else d.with_text(_said_first("不好意思，刚才是我没留意您说的情况～", d.text)) for d in drafts]
    return drafts


def _named_once(text: str, name: str) -> str:
    """``text`` with a name said again soon after, in the same sentence past a comma, as 这款."""
    at = text.find(name)
    while at >= 0:
        nxt = text.find(name, at + len(name))
        between = text[at + len(name):nxt]
        if nxt >= 0 and len(between) <= 24 and not re.search("[。！？\n]", between) and re.search("[；，,]", between) and not re.search("比|和|跟|或", between[-3:]):
            text = text[:nxt] + "这款" + text[nxt + len(name):]
            nxt = text.find(name, at + len(name))
        at = nxt
    return text


_PICK_FOR_YOU = "您把肤质和想改善的问题告诉我，我帮您挑合适的"


def _added(text: str, said: str) -> str:
    """``said``, a sentence of its own, after the answers and before the closing line."""
    head = text.rstrip("～")
    return _before_closing(head, said if head.endswith(("。", "！", "？")) else "。" + said)


_PUSH = lazy(r"(?<=[。～！])[^。～！]*预计[^。～！]*发出，您看合适可以直接下单")


_RESEND_OWED = lazy(r"(?:答应|说好|说了|承诺)(?:了)?(?:给我|要|会)?补发的?([\u4e00-\u9fff]{1,4}?)?(?:到现在|至今|现在|一直|也|还|都)*(?:没影|没到|没收到|没见|没来|没发)")


def _before_closing(text: str, said: str) -> str:
    """``said`` after the answers: before the tracking tip or the closing line, else at the end."""
    push = _PUSH.search(text)  # "17:00前付款的话，预计…发出，您看合适可以直接下单哦": the push last
    at = next((i for i in (text.find("发出后物流单号"), text.find("还有其他想了解的"), push.start() if push else -1) if i > 0), -1)
    head, tail = (text[:at], text[at:]) if at > 0 else (text, "")
    return f"{head.removesuffix('～')}{'。' if head.endswith('～') else ''}{said}{tail}"


def _after_rule(text: str, said: str) -> str:
    """``said`` right after the free-shipping answer ("…就包邮了"), else before the closing."""
    m = re.search(r"包邮了?[～。]", text)
    return f"{text[:m.end() - 1]}。{said}。{text[m.end():]}" if m else _before_closing(text, said + "。")


def _old_matter(ctx: Context) -> str:
    """An old problem let go beside a new purchase ("上次漏了半支 一直没空找你们 这回想买个面霜"): owned, and the small compensation offered."""
    if ctx.severity or not (LET_PASS.search(ctx.message) and REBUY.search(ctx.message)) or stage_of(ctx, ctx.lead) == "after_sale":
        return ""
    told = "我核对一下上次的订单后" if _GIFT_NOT_COME.search(ctx.message) else "您方便的话把照片发我，我"  # a gift not come has nothing to photograph
    offer = f"，{told}给您申请一张{ctx.library.policy.compensation}作为补偿" if ctx.library.policy.compensation else ""
    return f"上次的事真不好意思，给您添麻烦了{offer}。"


def _before_question(text: str, said: str) -> str:
    """``said`` put before the options' closing question ("您看选哪种…"), else at the end."""
    at = text.rfind("您看")
    return text[:at] + said + text[at:] if at > 0 else f"{text}{said}"


def _no_offer_after(text: str) -> str:
    """``text`` without the plain close after an offer to pick (it invites the customer back already)."""
    return text.replace(f"{_PICK_FOR_YOU}～还有其他想了解的，随时问我就好。", f"{_PICK_FOR_YOU}～")


def _said_first(said: str, text: str) -> str:
    """``said`` at the start of a draft, after its 亲."""
    return re.sub(r"^(亲，)?", lambda m: (m.group(1) or "") + said, text, count=1)


_PHONE_FIX = lazy(r"电话[^，,。？?！!\s]{0,3}(?:写错|填错|错了|改|换)|改(?:个|一下)?电话|号码(?:写错|填错|错了)")
_SKIN_TEST, _STORE_ASKED = lazy(r"皮肤检测|测肤|检测皮肤|测一下皮肤"), lazy(r"(线下门店和专柜的情况我跟品牌确认一下，[^。～；]*?前告诉您)")
_REVIEW_CHANGE = lazy(r"(?:能|可以|怎么|咋)(?:不能)?改(?:吗|不|么|评价|成)?|改(?:一下)?评价|修改评价|改成好评")
_WHERE_ASKED, _OVERDUE = lazy(r"到哪了|到哪里了|到哪儿了|查一?下(?:快递|物流|单号)|在哪了"), lazy(r"没动|不动|没更新|不更新|还没|没收到|几天|[两三四五六七八九十#\d]天|好久|很久|一直|丢|怎么还|咋还|急|动静|消息|一整天|(?:礼拜|禮拜|星期|周)(?![一二三四五六日天末])|到不了|没人送|說|说是|沒")
_LOST_IF, _FELT_ALREADY = lazy(r"要是核实是丢件[^。]*?不会让您白等的。"), lazy(r"心情我完全理解|换成是我也会生气|非常理解您的心情|理解您的心情")
_FELT_AGAIN = lazy(r"[，,]换谁(?:心里)?都(?:会)?不(?:高兴|舒服)(?:的)?([！!。])")
_SEND_BACK_ASKED = lazy(r"(?:自己|我)寄回|要寄回|寄回去|退回去|要退回|寄回来吗|运费谁出|谁出运费")
_HARM_FEARED = lazy(r"会不会(?:烂脸|伤皮肤|有事|有影响)|脸会不会|是不是[敷用抹擦]坏了|[敷用抹擦]坏脸")
_USED_TOO_LONG = lazy(r"睡着|一整晚|一晚上|一夜|[一两二三几#\d]个?多?小时|太久|很久|好久|忘了(?:洗|拿|揭|撕)")  # a misuse told
_HARM_CHECKED = lazy(r"[^。～！]*会不会(?:烂脸|伤皮肤|有事|有影响)，这个我这就帮您核实一下[^。～！]*[。～！]?")
_PRICE_HELD, _NOT_HEARD = lazy(r"价格是店里统一定的，每位顾客都一样，[^。]*?没办法改价呢。(?:不过现在[^。？]*[。？])?"), lazy(r"(?:我都|我不是|不是都|都跟你|跟你|我刚不是|刚不是|刚才不是)说(?:了|过)(?:我是?|了)|说了(?:多少|[两三四五几好\d]+)(?:遍|次)了?[，,\s]*我|不是(?:都)?(?:说|讲)(?:了|过)(?:吗|嘛|么)")
_GENERIC_PAY, _LIMIT_SAID = lazy(r"付款不顺真是着急[^。]*?核实清楚。"), lazy(r"额度(?:不足|不够|用完|没了)")
_CUTOFF_ASKED, _SHIPS_NOW = lazy(r"几点(?:之前|以前|前)|截单|几点截|几点停"), lazy(r"(?:现在拍下|现在下单|按现在的时间，|(?:\d\d:\d\d前|现在)付款的话，)预计")
_STORE_CHECK = lazy(r"。我们是线上旗舰店，商品都是从[^；。]*发出的；线下门店和专柜的情况我跟品牌确认一下，[^。～]*")
_SKIN_WORRY = lazy(r"脸(?:会|有)?没事|脸[^，,。？?！!\s]{0,3}(?:会不会|有没有)(?:事|影响|问题)|对(?:皮肤|脸)有(?:没有)?(?:影响|伤害)|伤(?:皮肤|脸)吗|烂脸吗")
_SHATTERED, _GLASS_CARE = lazy(r"(?:瓶|罐|瓶子|罐子|玻璃)[^，,。？?！!\s]{0,3}(?:碎|爆)|碎了一地|玻璃渣"), "碎片容易划手，收拾的时候小心些，"
_SKIN_CARE = "用了几天脸上没有发红、发痒、刺痛的话，一般不用太担心；要是有不舒服，先用清水洗净，一两天还不缓解就去医院皮肤科看看。"
_BREAKOUT = lazy(r"闭口|爆痘|长痘|冒痘|起痘|痘痘|粉刺")
_MANY_SAID = lazy(r"批发|大量|整箱|(?<![\d.])(?:[5-9]|[1-9]\d+)\s*[盒瓶支件个份套]|[五六七八九十][一二两三四五六七八九十]*几?[盒瓶支件个份套]")  # a count said ("10盒", "十几盒")
_LOTS = lazy(r"批发|大量|整箱|(?<![\d.])[1-9]\d+\s*[盒瓶支件个份套]|[几十][一二两三四五六七八九十]*[盒瓶支件个份套]")  # ten or more: checked before any stock is said
_MANY, _MANY_FIRST = lazy(_MANY_SAID.pattern + r"|几+十?[盒瓶支件个份套]"), lazy(r"(?:^|(?<=[。～！]))(亲，)?([^，～。！]*?)页面上能正常拍下就是有现货的，(?:([^～。]*?)(?:的话)?，)?(预计[^～。]*?发出[哦呢]?)～要是页面显示缺货，或者您要的数量比较多，我再跟仓库确认一下库存，([^。]*?)。")  # … or a few ("囤几盒"); "一次拍10盒": checked first, no stock said
_FEW, _BULK = lazy(r"(?<![\d.])[1-4]\s*[盒瓶支件个份套]|(?<![十几])[一两二三四][盒瓶支件个份套]"), lazy(rf"囤|多买|{_MANY.pattern}")
_SHORT = lazy(r"少发|少[了咗]|只(?:收到|来了|到了)|少[一两二三四五1-9]|漏发|漏[了咗]|没(?:有|见|看到|找到)?[^，,。？?！!\s]{0,6}(?:赠品|面膜|小样|勺|挖勺)|缺了?|只有|就[俩两一]|不见了|木有")
_WRONG = lazy(r"发错|错发|(?:收到|寄来|发来|到手)的是|不是我(?:拍|买|要)的|寄错|给错|(?:发|寄)(?:成|来)了?(?:别的|另一)|拍的是|买的是|要的是|颜色不对|规格不对|不对")


def _one_kind(text: str) -> str:
    """"少发" or "发错" when the message says only one of them ("少发了一盒面膜" → 少发), else "".

    >>> _one_kind("少发了一盒面膜"), _one_kind("发错货了"), _one_kind("少发了 还发错一个"), _one_kind("东西有问题")
    ('少发', '发错', '', '')
    """
    short, wrong = _SHORT.search(text), _WRONG.search(text)
    if short and wrong and not _WRONG.search(re.sub("(?:拍|买|要)的是", "", text)):
        return "少发"  # "我买的是精华+面膜 拆开只有精华": what was bought, then what came short
    return "少发" if short and not wrong else "发错" if wrong and not short else ""


def _stock_for_count(text: str, draft: str) -> str:
    """``draft``'s stock sentence for the count asked: a few ("想拿三盒", "想一次囤三支") need no
    "数量比较多"; many ("要8支") are checked now, not "要是"; ten or more ("一次拍10盒") are checked
    before any stock is said, the dispatch kept for when the stock suffices."""
    if not _BULK.search(text) or _FEW.search(text) and not _MANY.search(text):
        return draft.replace("，或者您要的数量比较多", "")
    if not _MANY_SAID.search(text):
        return draft
    if _LOTS.search(text):
        draft = _MANY_FIRST.sub(lambda m: f"{m[1] or ''}您要的{m[2]}数量比较多，我这就跟仓库确认一下库存，{m[5]}；库存够的话，{m[3] + '，' if m[3] else ''}{m[4]}～", draft)
    return draft.replace("要是页面显示缺货，或者您要的数量比较多，我再", "您要的数量比较多，我这就")


def _without_qin(text: str) -> str:
    """``text`` without the address 亲 ("亲，您先别着急" → "您先别着急", "没关系的亲～" → "没关系的～")."""
    text = re.sub(r"亲爱的|亲亲|(?<![母父双相])亲(?=[，,～!！。？?\s]|$)[，,]?", "", text)
    return text.lstrip("，, ")


def _wanted_item(library: Library, text: str) -> Product | None:
    """The catalogue item the customer says they ordered when another came ("我拍的是氨基酸洗面奶 寄来的是一盒面膜")."""
    said = _WANTED.search(text)
    found = find_products(library, said.group(1), limit=1) if said else []
    return found[0] if found else None


def _has_alternative(library: Library, product: Product) -> bool:
    """Whether the catalogue sells another item of ``product``'s kind (its category)."""
    return any(p.id != product.id and p.category and p.category == product.category for p in library.products.values())
