"""New order details the message gives, read back in the draft instead of "您给的新信息我记下了":
a new address ("帮我改成杭州市西湖区文三路XX号"), or the missing part of it asked, a recipient's
name put right ("收件人名字写错了一个字 是王婧不是王静"), and an invoice's title and tax number. No I/O.
"""

from __future__ import annotations

import re

from ..lazy_pattern import lazy
from .signals import ADDRESS_RIGHT

NOTED = "您给的新信息我记下了"
_NEW_PLACE = lazy(r"(?:改成|改到|换成|改为|寄到|送到|应该是|正确的是|新地址是?)(?:我?家里?的?|公司的?)?[：:]?\s*((?:[\u4e00-\u9fff]{2,}(?:省|市|区|县))[^，,。？?！!\s]{0,30})"
                  r"|(?<![\u4e00-\u9fff])是((?:[\u4e00-\u9fff]{2,}(?<![一二三四五六七八九十])(?:省|市|区|县))[^，,。？?！!\s]{0,20}?)不是")  # "是西湖区不是滨江区" (not "翠苑三区")
_STREET = lazy(r"[路街道号巷弄村镇栋楼室]|小区|大厦|花园|公寓")
_ROAD, _DOOR, _VAGUE_END = lazy(r"[路街道巷弄]"), lazy(r"[\d#号栋幢楼室村镇]|单元|小区|大厦|花园|公寓|学校|大学|医院"), lazy(r"(?:那个|那边|那里|那儿|附近|一带)[^\u4e00-\u9fff]*$")
_MORE_PLACE = lazy(r"\s+([^，,。？?！!\s]{0,12}(?:小区|栋|幢|单元|室|楼|号|弄|村|组)[^，,。？?！!\s]{0,6})")
_ASK_END = lazy(r"(?:行不行?|行吗|可以吗|可以不|好吗|好不|能改吗|吧|呢|哈)$")  # "改成…88号行不": the question, not the address
_NOT_PLACE = lazy(r"手机|电话|号码|不变|单号|订单|吗|呢|吧")
# "名字写错了一个字 是王婧不是王静", "收件人改成李娜": the name as it should be (two to four characters)
NEW_NAME = lazy(r"(?:名字|收件人|收货人|姓名)[^。？?！!]{0,16}?(?:是|叫|改成|改为|换成|应该是)\s*(?P<name>(?![寄给发送])[\u4e00-\u9fff]{2,4}?)\s*(?:不是|，|,|。|\s|$)")
# "名字和电话要改 王秀兰 13862175621": a name given bare before the new phone
_NAME_BY_PHONE = lazy(r"(?:^|[\s，,：:])(?P<name>[\u4e00-\u9fff]{2,4})\s*[，,]?\s*(?P<phone>1[3-9]\d{9})(?!\d)")


def read_back(text: str) -> str:
    """What replaces "您给的新信息我记下了" for ``text``, or "" when it gives no detail to read back.

    >>> read_back("地址填错了 赶紧改成杭州市西湖区文三路88号")
    '新地址「杭州市西湖区文三路88号」我记下了'
    >>> read_back("改到杭州市西湖区")
    '改到杭州市西湖区的话，麻烦把详细地址（街道、门牌号）和收件电话发我一下'
    >>> read_back("收件人名字写错了一个字 是王婧不是王静")
    '收件人名字改成「王婧」我记下了'
    """
    said = []
    if new_place := _NEW_PLACE.search(text):
        group = 1 if new_place.group(1) else 2
        place, end = _ASK_END.sub("", _VAGUE_END.sub("", new_place.group(group))).removesuffix("的"), new_place.end(group)  # "麓山南路那个": a road named, not its door
        while (more := _MORE_PLACE.match(text, end)) and not _NOT_PLACE.search(more.group(1)):
            place, end = f"{place} {more.group(1)}", more.end()  # "文三路xx号 xx小区3幢": the address goes on after a space
        if not (_STREET.search(place) and not _VAGUE_END.search(new_place.group(group)) and _DOOR.search(place)):
            return f"改到{place}的话，麻烦把详细地址（{'门牌号' if _ROAD.search(place) else '街道、门牌号'}）和收件电话发我一下"
        said.append(f"新地址「{place}」")
    name = NEW_NAME.search(text)
    if name and not re.search("我|你|他|她", name["name"]):
        said.append(f"收件人名字改成「{name['name']}」")
    elif (given := _NAME_BY_PHONE.search(text)) and re.search("名字|收件人|收货人|姓名", text):
        said.append(f"收件人改成「{given['name']}」、电话改成{given['phone']}")
    return "、".join(said) + "我记下了" if said else ""


def noted_in(draft: str, said: str) -> str:
    """``draft`` with "您给的新信息我记下了" replaced by ``said`` (:func:`read_back`): what follows a
    missing part asked waits for it ("…发我一下，收到后我这就帮您改好"); with nothing read back,
    no colon before an empty slot.

    >>> noted_in("能改的～您给的新信息我记下了：我这就帮您改好", "改到杭州市西湖区的话，麻烦把详细地址（街道、门牌号）和收件电话发我一下")
    '能改的～改到杭州市西湖区的话，麻烦把详细地址（街道、门牌号）和收件电话发我一下，收到后我这就帮您改好'
    >>> noted_in("能改的～您给的新信息我记下了：我这就帮您改好", "")
    '能改的～您给的新信息我记下了，我这就帮您改好'
    """
    if not said:
        return draft.replace(NOTED + "：", NOTED + "，", 1)
    if said.endswith("发我一下"):
        draft = draft.replace(NOTED + "：我", f"{said}，收到后我", 1).replace(NOTED + "：", f"{said}。收到后，", 1)
    return draft.replace(NOTED, said, 1)


REMARKING = "我这就帮您在订单上备注，"
# what a remark asked for says, after the word 备注: that it is a present, and what not to put in ("别放价格单")
_AT_DOOR = lazy(r"(?:别|不要|不用)打电话|(?:直接)?放(?:菜鸟)?(?:驿站|快递柜|门口|门卫)")  # how it is to be delivered ("别打电话 放驿站")
_PRESENT, _LEAVE_OUT = lazy(r"送人|礼物"), lazy(r"(?:不要|别|勿|千万别)(?:放|写|夹|带|露|贴)[^，,。？?！!\s]{1,8}?(?=(?:啥的|什么的)?[哈哦呀吗啊呢嘛吧]*(?:$|[，,。？?！!\s]))")


def remarked_in(draft: str, message: str) -> str:
    """``draft`` with the remark the message asks for read back where the draft notes it.

    >>> remarked_in("可以的～我这就帮您在订单上备注，仓库打包时会看到哦。", "帮我备注下 送人的 别放价格单哈")
    '可以的～我这就帮您在订单上备注「送人的，别放价格单」，仓库打包时会看到哦。'
    """
    asked = message[message.find("备注"):] if "备注" in message else ""
    said = (["送人的"] if _PRESENT.search(asked) else []) + [m.group(0) for m in _LEAVE_OUT.finditer(asked)][:2] + [m.group(0) for m in _AT_DOOR.finditer(asked)][:2]
    return draft.replace(REMARKING, f"{REMARKING[:-1]}「{'，'.join(said)}」，", 1) if said else draft


# "拍好了 你看下地址对不": the order's address to check, asked after paying
_CHECK_ASKED = lazy(r"(?:看下|看一下|看看|核对一下|核对下|确认一下|确认下)\s?[^，,。？?！!\s]{0,3}地址|地址[^，,。？?！!\s]{0,4}(?:对不对|对不|对吗|没问题吧|没(?:填|写)?错吧|有没有错|对没对)")


def _check_asked(message: str) -> bool:
    """Whether the message asks the order's address checked (not when it says the address is right)."""
    return bool(_CHECK_ASKED.search(message)) and not ADDRESS_RIGHT.search(message)


def check_only(message: str) -> bool:
    """Whether the message asks the order's address checked, not changed ("你看下 地址没填错吧")."""
    return _check_asked(message) and not re.search("改|换成|换个|[填写]错了", message)


def address_checked(message: str, draft: str) -> str:
    """The check of the order's address, when the customer asks for it and ``draft`` does not speak of it."""
    return "订单上的收货地址我这就帮您核对一下，有不对的地方马上帮您改好。" if _check_asked(message) and "地址" not in draft else ""


# a tax number: after 税号, or a bare unified credit code (9…, with letters in it: not an order number);
# after 税号, one with xxx in it is taken as given only at a whole length (18, or an old 15 or 20): "91330106MA2H3xxxx" is cut short
_WHOLE = r"(?:(?=[0-9A-Za-z]*[xX]{3})(?:[0-9A-Za-z]{18}|[0-9A-Za-z]{20}|[0-9A-Za-z]{15})(?![0-9A-Za-z])|(?![0-9A-Za-z]*[xX]{3})[0-9A-Za-z]{15,20})"
MASKED_TAX = lazy(r"\d{4}[0-9A-Za-z]*[xX]{3}")  # a number with digits hidden ("91330106MA2H3xxxx")
TAX_NUMBER = lazy(r"税号\s*[:：]?\s*(" + _WHOLE + r")|(?<![0-9A-Za-z])(?<!税号)(?<!税号[:：\s])(9\d{7}[0-9A-Z]*[A-Z][0-9A-Z]*)(?![0-9A-Za-z])")
_COMPANY = lazy(r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{3,24}?(?:有限责任公司|有限公司|公司)")  # ("北京xx科技有限公司": letters in a name)


def invoice_details(text: str) -> str:
    """An invoice's title and tax number as given, read back for the customer to check, or "抬头和税号".

    >>> invoice_details("专票 抬头深圳市某某科技有限公司 91440300MA5XXXXXX")
    '抬头「深圳市某某科技有限公司」、税号91440300MA5XXXXXX'
    """
    company, tax = _COMPANY.search(text), TAX_NUMBER.search(text)
    if not (company and tax):
        return "抬头和税号"
    return f"抬头「{re.sub('^(?:抬头|公司)(?:是|写|就写|开)?', '', company.group(0))}」、税号{tax.group(1) or tax.group(2)}"


_REMARKED = lazy(r"备注(?:了|过|里写了|上写了|里面写了)|(?:写|留)了备注")  # a remark the customer wrote already


def remark_seen(message: str) -> str:
    """The remark the customer says they wrote on the order ("我备注了送人的 别放价格单啊"), read back
    as seen and passed on, or "" when none is said.

    >>> remark_seen("昨晚拍的 我备注了送人的 别放价格单啊")
    '您备注的「送人的，别放价格单」我看到了，已经提醒仓库打包时注意。'
    """
    quoted = re.search("「[^」]+」", remarked_in(REMARKING, message)) if _REMARKED.search(message) else None
    return f"您备注的{quoted.group(0)}我看到了，已经提醒仓库打包时注意。" if quoted else ""
