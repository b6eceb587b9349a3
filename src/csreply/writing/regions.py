"""Where a customer says the goods go: provinces, regions and the cities named instead of them.

The policy's shipping rules are by province ("新疆、西藏不包邮"); customers name a city
("乌鲁木齐"), or several places of which only one is where the parcel goes ("我周六飞三亚 周五前
能寄到广州吗"). No I/O.
"""

from __future__ import annotations

import re
from ..lazy_pattern import lazy

# provinces and regions a customer names when asking about shipping to them
REGIONS = (
    "新疆", "西藏", "青海", "内蒙古", "内蒙", "宁夏", "甘肃", "海南", "港澳台", "香港", "澳门", "台湾",
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "四川", "贵州", "云南", "陕西",
)
# cities customers name instead of their province: the policy's region rules are by province
CITIES = {
    "乌鲁木齐": "新疆", "乌市": "新疆", "喀什": "新疆", "伊犁": "新疆", "克拉玛依": "新疆", "库尔勒": "新疆", "石河子": "新疆",
    "拉萨": "西藏", "日喀则": "西藏", "林芝": "西藏", "西宁": "青海", "格尔木": "青海",
    "呼和浩特": "内蒙古", "呼市": "内蒙古", "包头": "内蒙古", "鄂尔多斯": "内蒙古", "赤峰": "内蒙古", "呼伦贝尔": "内蒙古",
    "银川": "宁夏", "兰州": "甘肃", "敦煌": "甘肃", "海口": "海南", "三亚": "海南",
    "台北": "台湾", "高雄": "台湾", "台中": "台湾", "九龙": "香港", "新界": "香港",
    "石家庄": "河北", "太原": "山西", "沈阳": "辽宁", "大连": "辽宁", "长春": "吉林", "哈尔滨": "黑龙江",
    "南京": "江苏", "苏州": "江苏", "杭州": "浙江", "宁波": "浙江", "合肥": "安徽", "福州": "福建", "厦门": "福建",
    "南昌": "江西", "济南": "山东", "青岛": "山东", "郑州": "河南", "武汉": "湖北", "长沙": "湖南",
    "广州": "广东", "深圳": "广东", "东莞": "广东", "南宁": "广西", "桂林": "广西", "成都": "四川",
    "贵阳": "贵州", "昆明": "云南", "西安": "陕西",
    # prefecture cities customers name as often as the capitals ("南通的 周四前能到吗")
    "无锡": "江苏", "常州": "江苏", "南通": "江苏", "扬州": "江苏", "徐州": "江苏", "镇江": "江苏", "泰州": "江苏", "盐城": "江苏",
    "连云港": "江苏", "淮安": "江苏", "宿迁": "江苏", "昆山": "江苏", "温州": "浙江", "嘉兴": "浙江", "湖州": "浙江", "绍兴": "浙江",
    "金华": "浙江", "义乌": "浙江", "衢州": "浙江", "舟山": "浙江", "台州": "浙江", "丽水": "浙江", "佛山": "广东", "珠海": "广东",
    "中山": "广东", "惠州": "广东", "汕头": "广东", "江门": "广东", "湛江": "广东", "烟台": "山东", "潍坊": "山东", "临沂": "山东",
    "济宁": "山东", "淄博": "山东", "威海": "山东", "泉州": "福建", "漳州": "福建", "莆田": "福建", "洛阳": "河南", "南阳": "河南",
    "宜昌": "湖北", "襄阳": "湖北", "株洲": "湖南", "岳阳": "湖南", "衡阳": "湖南", "绵阳": "四川", "乐山": "四川", "宜宾": "四川",
    "保定": "河北", "唐山": "河北", "廊坊": "河北", "邯郸": "河北", "芜湖": "安徽", "蚌埠": "安徽", "安庆": "安徽", "九江": "江西",
    "赣州": "江西", "鞍山": "辽宁", "大理": "云南", "丽江": "云南", "遵义": "贵州", "宝鸡": "陕西", "咸阳": "陕西", "柳州": "广西",
    "北海": "广西",
}

# a place right after a sending verb is where the parcel goes ("寄到广州", "发三亚")
_SENT_TO = lazy(r"(?:寄|发|送|邮|运)(?:[^，,。？?！!\s]{0,4}?(?:到|去|往|至|返|回))?(?:过去)?(?:我们|我家|我的?|我公司)?(?:那边|这边)?$|地址(?:填|写|留)?(?:的|是|在)$")  # "发顺丰到我北京公司", "地址填的成都"


def destination(text: str) -> str | None:
    """The province, region or city ``text`` sends the goods to: one named right after a sending
    verb, else the first named (``None`` when none is).

    >>> destination("我周六要飞三亚 周五前能寄到广州吗")
    '广州'
    >>> destination("新疆乌鲁木齐包邮吗")
    '新疆'
    """
    named = sorted((text.find(r), -len(r), r) for r in (*REGIONS, *CITIES) if r in text and not _not_sent_to(text, text.find(r), r))
    for at, _, place in named:
        if _SENT_TO.search(text[max(0, at - 6) : at]):
            return place
    return named[0][2] if named else None


def names_region(message: str) -> bool:
    """Whether a message names a province, region or city as where the customer is ("我在香港"),
    not where a parcel passes ("物流显示退回杭州了", "卡在广州转运中心")."""
    for region in (r for r in (*REGIONS, *CITIES) if r in message):
        at = message.find(region)
        if not (_PASSING_BEFORE.search(message[max(0, at - 3) : at]) or _PASSING_AFTER.match(message, at + len(region)) or _not_sent_to(message, at, region)):
            return True
    return False


def _origin(text: str, at: int, place: str) -> bool:
    """Whether ``place`` at ``at`` is where the goods leave from ("你家是杭州发吗"), not where they go."""
    return bool(re.search(r"是(?:从)?$", text[max(0, at - 2) : at])) and text[at + len(place) : at + len(place) + 1] == "发"


def _not_sent_to(text: str, at: int, place: str) -> bool:
    """Whether ``place`` at ``at`` is named for another reason than where the goods go: where they
    leave from (:func:`_origin`), or the start of a company's name, an invoice's 抬头
    ("抬头：杭州某某科技有限公司"; "发到我北京公司" is where they go)."""
    return _origin(text, at, place) or bool(_FIRM.match(text, at + len(place)) or re.search(r"抬头(?:是|写|开)?[：:]?\s*$", text[max(0, at - 5) : at]))


_FIRM = lazy(r"[^\s，,。；;：:！!？?]{0,12}?(?:有限公司|有限责任|集团|股份|科技|贸易|商贸|商行|工作室)")
_PASSING_BEFORE = lazy(r"(?:退回|退到|卡在|停在|滞留|寄回|发回|回到)$")
_PASSING_AFTER = lazy(r"转运|中转|分拨|集散|仓")


# region groups shops and customers write as one
_GROUPS = {"港澳台": ("香港", "澳门", "台湾", "港澳台"), "江浙沪": ("江苏", "浙江", "上海", "江浙沪")}


def covers(listed: str, region: str) -> bool:
    """Whether a region a shop lists ("港澳台", "江浙沪", "内蒙古") covers the one the customer
    names ("台湾", "浙江", "内蒙").

    >>> covers("港澳台", "香港"), covers("江浙沪", "浙江"), covers("内蒙古", "内蒙"), covers("新疆", "西藏")
    (True, True, True, False)
    """
    if listed in _GROUPS:
        return region in _GROUPS[listed]
    return region in listed or listed in region

