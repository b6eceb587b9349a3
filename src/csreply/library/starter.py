"""The starter library ``csreply init`` writes: a commented ``shop.toml`` with the shop, its
policy, a product and a scenario to copy, written atomically like every library edit."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from ..errors import UsageError
from .authoring import DEFAULT_AGENT, DEFAULT_SHOP_NAME, STARTER_FILE, check_loads, write_atomic
from .loading import user_library_dir
from ..lazy_pattern import lazy

_HEADER = """\
# ─────────────────────────────────────────────────────────────────────────────
# {name} · csreply 店铺话术库 (script library)
#
# csreply 先加载内置话术库，再加载这个文件。本文件里：
# - [shop] 和 [policy] 写了的项会逐个覆盖内置的默认值；
# - [[products]] 是商品目录，推荐和对比商品时用它的 FABE 四要素起草回复；
# - [[scenarios]] 按 id 合并：新的 id 是新增场景；和内置场景同 id 会把内置场景整个替换掉
#   （所以要改内置场景，最好用 `csreply add 场景id --text …`，它会把内置内容一起复制过来）。
#
# 改完运行 `csreply lint` 检查结构、语气、广告法用语和时效承诺；
# 用 `csreply suggest "包装成礼物可以吗"` 看看草稿。格式说明：docs/library-format.md
# ─────────────────────────────────────────────────────────────────────────────
"""


# Comment lines written above a table header or a key the first time it appears.
_COMMENTS: dict[tuple[str, str], list[str]] = {
    ("", "shop"): ["", "# ═══════════ 店铺信息：话术里的 {shop.name}、{shop.agent}、{shop.platform} ═══════════"],
    ("shop", "name"): ["# 店铺名称，欢迎语里用"],
    ("shop", "agent"): ["# 客服的名字（真名或花名），让聊天更有人情味"],
    ("shop", "platform"): ["# 平台：淘宝、天猫、京东、拼多多、抖音……"],
    ("shop", "name_fixed"): ["# true：给写繁体的顾客回复时，店名保持这里的写法不转换"],
    ("", "policy"): [
        "",
        "# ═══════════ 店铺政策：草稿里承诺的每个时间都由这里算出 ═══════════",
        "# 请按仓库和客服的真实情况填写：答应顾客的时间做不到，比不答应更伤口碑。",
    ],
    ("policy", "timezone"): ["# 店铺所在时区（IANA 名称）"],
    ("policy", "work_start"): ["# 客服/仓库上班时间"],
    ("policy", "work_end"): ["# 下班时间"],
    ("policy", "working_days"): ["# 上班的星期几：1 = 周一 … 7 = 周日"],
    ("policy", "statutory_holidays"): ["# true：按国家法定节假日和调休安排（放假不发货，调休照常）"],
    ("policy", "closures"): ['# 本店自己的休息日，例如 ["2026-12-31"]'],
    ("policy", "extra_working_days"): ["# 本店额外上班的日子"],
    ("policy", "dispatch_cutoff"): ["# 截单时间：工作日这个时间前付款，当天发货"],
    ("policy", "exchange_working_days"): ["# 换货/补发：第几个工作日的截单时间前发出"],
    ("policy", "refund_working_days"): ["# 退款：第几个工作日结束前到账"],
    ("policy", "escalation_hours"): ["# 需要请示的问题：几个工作小时内给顾客答复"],
    ("policy", "return_window_days"): ["# 无理由退换天数（七天无理由）"],
    ("policy", "compensation"): ["# 小补偿：议价、致歉时送的心意（{policy.compensation}）"],
    ("policy", "return_quality"): ["# 质量问题的退换规则（会嵌进句子中间，结尾不要加句号）"],
    ("policy", "return_change_of_mind"): ["# 不喜欢、尺码不合适的退换规则（同上，结尾不要加句号）"],
    ("policy", "free_shipping"): [
        "# ── 顾客常问的店铺事实：写了，草稿直接回答；空着，草稿会说“我核实一下，几点前答复您” ──",
        "# 包邮规则",
    ],
    ("policy", "remote_regions"): ["# 不在包邮范围的地区"],
    ("policy", "remote_fee"): ["# 这些地区怎么收运费"],
    ("policy", "couriers"): ["# 默认发什么快递"],
    ("policy", "courier_surcharge"): ["# 指定快递（如顺丰）要补多少"],
    ("policy", "ships_from"): ["# 从哪里发货"],
    ("policy", "invoice"): ["# 能开哪些发票"],
    ("policy", "price_protect_days"): ["# 保价天数：付款后几天内降价退差价（0 = 不保价）"],
    ("policy", "gifts"): ["# 赠品规则"],
    ("policy", "warranty"): ["# 保修和维修"],
    ("policy", "installation"): ["# 安装服务"],
    ("policy", "payment_methods"): ["# 能用哪些付款方式（花呗、分期、信用卡）"],
    ("policy", "coupons"): ["# 优惠券在哪里领、能不能和满赠一起用"],
    ("policy", "transit"): ["# 发出后路上一般几天，按收货地区（\"其他\" = 没写到的地方）；只是参考，草稿不承诺到货"],
    ("policy", "traditional_variant"): [
        "# 顾客写繁体时草稿用哪种繁体：standard 通用 / tw 台湾用字 / twp 台湾用字和用语（回饋、連結、資訊）/ hk 香港用字",
    ],
    ("", "products"): [
        "",
        "# ═══════════ 商品目录：把这个示例换成自己的商品，一个商品一段 [[products]] ═══════════",
        "# FABE 四句会依次拼成一段推荐，每句都写成能独立成句的完整中文；",
        "# 不要写“最好”“第一”“100%”这类绝对化用语（广告法），证据只写真实可查的。",
    ],
    ("products", "id"): ["# 商品编号：小写字母、数字、- 或 _，不能重复"],
    ("products", "name"): ["# 商品全名"],
    ("products", "aliases"): ["# 顾客平时怎么叫它：消息里出现就能认出是这个商品"],
    ("products", "price"): ["# 价格（元），{product.price}"],
    ("products", "feature"): ["# F 特征：一个具体的事实"],
    ("products", "advantage"): ["# A 优势：比一般同类好在哪里"],
    ("products", "benefit"): ["# B 利益：顾客在自己的场景里得到什么"],
    ("products", "evidence"): ["# E 证据：评价、销量、检测、证书"],
    ("products", "role"): ["# 作用：一句话说它是干什么的；两件商品对比时，草稿说完各自的作用再说适合谁"],
    ("products", "spec"): [
        "# ── 顾客常问的商品事实：都写成接在商品名后面能读通的短句，草稿直接拿来回答 ──",
        "# 规格：重量、容量、尺寸",
    ],
    ("products", "material"): ["# 材质或质地：接在商品名后，如“是……”"],
    ("products", "ingredients"): ["# 成分或配料：接在商品名后，如“主要成分是……”"],
    ("products", "suitable_for"): ["# 适合谁：“适合”后面的部分"],
    ("products", "not_for"): ["# 不适合谁：顾客提到这些人群时，草稿如实说“不太建议”"],
    ("products", "usage"): ["# 用法或吃法"],
    ("products", "cautions"): ["# 注意事项"],
    ("products", "shelf_life"): ["# 保质期"],
    ("products", "in_box"): ["# 包装里有什么"],
    ("products", "category"): ["# 品类：决定问法用词，也决定两件商品是二选一（同品类）还是搭配着用"],
    ("products", "name_fixed"): ["# true：繁体草稿里商品名保持这里的写法不转换"],
    ("", "scenarios"): [
        "",
        "# ═══════════ 本店专属场景：内置 29 个场景之外，本店顾客常问的问题 ═══════════",
    ],
    ("scenarios", "id"): ["# 场景编号：和内置场景同名会整个替换内置场景，新名字是新增"],
    ("scenarios", "title"): ["# 场景名称"],
    ("scenarios", "stage"): ["# pre_sale 售前 / after_sale 售后（售后话术要先致歉或共情）"],
    ("scenarios", "examples"): ["# 顾客的真实问法，越像越好，用于模糊匹配；建议写 10 条以上"],
    ("scenarios", "keywords"): [
        "",
        "# 关键词 = 权重：3–5 分的词单独出现就能认定场景，1–2 分只起辅助作用",
    ],
    ("scenarios", "scripts"): [
        "",
        "# 回复话术，按顺序排名。plain：一段话；options：2–3 个选项，每个带 {deadline}",
        "# （dispatch 发货 / exchange 换货 / refund 退款 / reply 答复，时间由上面的政策算出）；",
        "# fabe：认出商品时用它的四要素推荐。时间一律用 {time.*} 占位符，不要手写。",
    ],
}


def starter_data(shop_name: str, agent: str, platform: str = "淘宝") -> dict[str, Any]:
    """The data of a starter library: shop, policy, one product and one custom scenario."""
    from .model import Policy

    policy = Policy()
    return {
        "shop": {"name": shop_name, "agent": agent, "platform": platform, "name_fixed": False},
        "policy": {
            "timezone": policy.timezone,
            "work_start": "09:00",
            "work_end": "18:00",
            "working_days": [1, 2, 3, 4, 5],
            "statutory_holidays": True,
            "closures": [],
            "extra_working_days": [],
            "dispatch_cutoff": "16:00",
            "exchange_working_days": policy.exchange_working_days,
            "refund_working_days": policy.refund_working_days,
            "escalation_hours": policy.escalation_hours,
            "return_window_days": policy.return_window_days,
            "compensation": policy.compensation,
            "return_quality": policy.return_quality,
            "return_change_of_mind": policy.return_change_of_mind,
            "free_shipping": "全店满59元包邮，不满59元收5元运费",
            "remote_regions": ["新疆", "西藏", "青海", "港澳台"],
            "remote_fee": "需要补10元运费",
            "couriers": "默认发中通，按您的地址自动安排",
            "courier_surcharge": "想发顺丰的话补6元差价就可以",
            "ships_from": "浙江临安",
            "invoice": "可以开电子普通发票，下单后把抬头和税号发我就行",
            "price_protect_days": 7,
            "gifts": "每单都送一把开核桃的小工具，随单一起发出",
            "warranty": "食品没有保修，收到有坏果、漏发都可以找我们补发或退款",
            "installation": "不需要安装，拆袋就能吃",
            "payment_methods": "支付宝、花呗和信用卡都可以付款，花呗分期在付款页就能选",
            "coupons": "店铺首页可以领满100减5的券，下单时自动抵扣，和赠品可以一起享受",
            "transit": {"江浙沪": "1-2", "新疆 西藏 青海 港澳台": "4-7", "其他": "2-4"},
            "traditional_variant": "standard",
        },
        "products": [
            {
                "id": "walnut-500",
                "name": "临安纸皮核桃 500g",
                "aliases": ["纸皮核桃", "核桃"],
                "price": 39.9,
                "feature": "选用当季的临安山核桃，壳薄到用手一捏就开",
                "advantage": "不用夹子也能剥，果仁完整不碎",
                "benefit": "办公室、追剧随手就能吃，老人孩子也剥得动",
                "evidence": "店里累计卖出3万多单，带图好评里很多是回头客",
                "role": "当零食随手吃，补充坚果",
                "spec": "500g，大约100颗",
                "material": "是手剥的薄壳核桃，原味烘烤，没有加糖",
                "ingredients": "配料只有核桃，没有添加剂",
                "suitable_for": "大人小孩当零食，办公室囤货也合适",
                "not_for": "坚果过敏的人",
                "usage": "拆袋就能吃，一天吃四五颗就够",
                "cautions": "开袋后请密封放在阴凉处，小朋友吃的时候要有大人看着",
                "shelf_life": "未开封9个月，开袋后建议一个月内吃完",
                "in_box": "一袋500g核桃和一个放壳的纸袋",
                "category": "坚果",
                "name_fixed": False,
            }
        ],
        "scenarios": [
            {
                "id": "gift_wrap",
                "title": "礼品包装",
                "stage": "pre_sale",
                "examples": [
                    "能帮我包装成礼物吗",
                    "送人的可以礼盒包装吗",
                    "有没有礼品袋啊",
                    "可以帮忙写张贺卡吗",
                    "送朋友的 里面别放价格单",
                    "包装能弄得好看点吗要送领导",
                    "有手提袋吗 想直接拎着送人",
                    "生日礼物能帮忙包一下吗",
                ],
                "keywords": {
                    "礼品包装": 5,
                    "礼盒包装": 5,
                    "包装成礼物": 5,
                    "包成礼物": 5,
                    "包一下": 2,
                    "礼品袋": 4,
                    "手提袋": 4,
                    "贺卡": 4,
                    "写卡片": 4,
                    "价格单": 3,
                },
                "scripts": [
                    {
                        "template": "plain",
                        "text": "亲，可以的呢～{shop.name}支持免费礼品包装，下单时备注“礼品包装”和想写的贺卡内容就好，"
                        "包裹里不放价格单，{time.dispatch}前包好给您发出哦。",
                    },
                    {
                        "template": "options",
                        "opening": "亲，送人的心意我们用心帮您包好～给您两种包法：",
                        "options": [
                            {"text": "礼品袋：免费随单放入，{deadline}前发出", "deadline": "dispatch"},
                            {"text": "礼盒包装加手写贺卡：下单备注贺卡内容，{deadline}前包好发出", "deadline": "dispatch"},
                        ],
                        "closing": "您看想要哪一种呢？",
                    },
                ],
            }
        ],
    }


_MULTILINE_ARRAY = lazy(r"^(\S[^\n]* = )\[\n((?:    [^\n\[\]{}]+,\n)*)\]$", re.M)


def _inline_short_arrays(text: str) -> str:
    """``[\n    1,\n    2,\n]`` → ``[1, 2]`` when it fits on one line (tomli-w writes every
    array over several lines)."""

    def join(m: re.Match) -> str:
        items = [line.strip().rstrip(",") for line in m.group(2).splitlines()]
        one = f"{m.group(1)}[{', '.join(items)}]"
        return one if len(one) <= 60 else m.group(0)

    return _MULTILINE_ARRAY.sub(join, text)


def _inline_subtables(text: str) -> str:
    """``[policy.transit]`` with its keys → ``transit = { … }`` in its section, as the format
    documents it (tomli-w writes every nested table as a header of its own)."""

    def join(m: re.Match) -> str:
        items = ", ".join(line.strip() for line in m.group(2).splitlines())
        return f"{m.group(1)} = {{ {items} }}\n"

    return _SUBTABLE.sub(join, text)


_SUBTABLE = re.compile(r"^\[\w+\.(\w+)\]\n((?:[^\[\n].* = .*\n)+)", re.M)


def _with_comments(text: str) -> str:
    """tomli-w's output with the explaining comment lines put above headers and keys."""
    out: list[str] = []
    table = ""
    seen: set[tuple[str, str]] = set()
    header = re.compile(r"^\[\[?([^\]]+)\]\]?$")
    key = re.compile(r'^("?)([^"=\s]+)\1\s*=')
    for line in text.splitlines():
        h = header.match(line)
        if h:
            name = h.group(1)
            top, _, sub = name.partition(".")
            lookup = (top, sub) if sub else ("", top)
            table = top
        else:
            k = key.match(line)
            lookup = (table, k.group(2)) if k else ("", "")
        if lookup in _COMMENTS and lookup not in seen:
            seen.add(lookup)
            comments = _COMMENTS[lookup]
            if out and out[-1] == "" and comments and comments[0] == "":
                comments = comments[1:]
            out.extend(comments)
        out.append(line)
    return "\n".join(out) + "\n"


def starter_text(shop_name: str, agent: str, platform: str = "淘宝") -> str:
    """The starter library as TOML with comments (the data is written by tomli-w).

    >>> import tomllib
    >>> tomllib.loads(starter_text("山间小铺", "小禾"))["shop"]["agent"]
    '小禾'
    """
    import tomli_w

    data = starter_data(shop_name, agent, platform)
    parts = [_HEADER.format(name=shop_name)]
    for section in ("shop", "policy", "products", "scenarios"):
        parts.append(_with_comments(_inline_subtables(_inline_short_arrays(tomli_w.dumps({section: data[section]})))))
    text = "\n".join(p.rstrip("\n") + "\n" for p in parts)
    if tomllib.loads(text) != data:  # the comments must never change the data
        raise AssertionError("starter library comments changed its data")
    return text


def clean_name(value: str, what: str) -> str:
    """A shop or agent name: one line, no control characters, 1–40 characters."""
    value = "".join(ch for ch in value if ch.isprintable()).strip()
    if not value:
        raise UsageError(f"the {what} is empty")
    if len(value) > 40:
        raise UsageError(f"the {what} is longer than 40 characters")
    if "{" in value or "}" in value:
        raise UsageError(f"the {what} cannot contain {{ or }}")
    return value


def init_library(
    folder: Path | None = None,
    *,
    shop_name: str = DEFAULT_SHOP_NAME,
    agent: str = DEFAULT_AGENT,
    platform: str = "淘宝",
    force: bool = False,
) -> Path:
    """Write the starter library to ``folder/shop.toml`` (default: the user library folder).

    Raises :class:`UsageError` when the file exists and ``force`` is false.
    """
    folder = Path(folder) if folder is not None else user_library_dir()
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file; give the folder the library should go in")
    path = folder / STARTER_FILE
    if path.exists() and not force:
        raise UsageError(f"{path} already exists; use --force to replace it")
    text = starter_text(
        clean_name(shop_name, "shop name"), clean_name(agent, "agent name"), clean_name(platform, "platform")
    )
    write_atomic(path, text.encode("utf-8"), check=check_loads(path))
    return path
