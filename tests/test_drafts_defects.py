"""Drafts an agent sends as they are: one table per defect class a team lead marks down
(shared/draft-review.md). Each row is a real-looking message with the example shop's catalogue
and policy, at a fixed time; the checks are about structure and facts, not exact wording."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from pathlib import Path

import pytest

from csreply.library import Library
from csreply.library.model import POLICY_FACTS, PRODUCT_FACTS
from csreply.understanding.matcher import Matcher
from csreply.writing.drafting import suggest
from csreply.understanding.normalize import to_simplified
from csreply.writing.polish import polish

ROOT = Path(__file__).resolve().parent.parent
TUESDAY = datetime.fromisoformat("2026-11-24T10:00+08:00")
SENTENCE = re.compile(r"[^。！？～\n]+[。！？～]?")


@pytest.fixture(scope="module")
def shop() -> Library:
    return Library.load([ROOT / "examples" / "shop"], user=False, env=False)


@pytest.fixture(scope="module")
def shop_matcher(shop) -> Matcher:
    return Matcher(shop)


@pytest.fixture(scope="module")
def shop_without_transit(shop) -> Library:
    """The example shop with no days on the road: an arrival is checked with the courier."""
    return dataclasses.replace(shop, policy=dataclasses.replace(shop.policy, transit=()))


def draft(shop, matcher, message, **kw):
    return suggest(message, shop, matcher=matcher, now=TUESDAY, **kw)


def first_draft_says(shop, matcher, message, said, unsaid) -> str:
    """The first draft holds every fact in ``said`` and nothing in ``unsaid`` (Traditional drafts
    are read in Simplified too)."""
    first = draft(shop, matcher, message).drafts[0].text
    simplified = to_simplified(first)
    assert all(s in first or s in simplified for s in said), first
    assert not any(u in first or u in simplified for u in unsaid), first
    return first


def sentences(text: str) -> list[str]:
    return [re.sub(r"[，。！？～\s]", "", s) for s in SENTENCE.findall(text) if len(s) > 4]


# --- 1. one coherent draft ----------------------------------------------------------------------
MULTI = [
    "面霜有货吗？今天能发吗",
    "能便宜点吗？今天能发货吗",
    "新疆能发货吗，运费多少",
    "面霜从哪里发货？几天到北京",
    "这个面霜保质期多久？能开发票吗",
    "我是敏感肌，面膜能用吗？一周敷几次",
]


@pytest.mark.parametrize("message", MULTI)
def test_no_sentence_twice_one_address_one_time_promise(shop, shop_matcher, message):
    for d in draft(shop, shop_matcher, message).drafts:
        said = sentences(d.text)
        assert len(said) == len(set(said)), d.text
        assert d.text.count("亲，") + d.text.count("亲～") <= 1, d.text
        assert d.text.count("还有其他想了解的") <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("亲，面霜有货哦～亲，今天能发出哦～今天能发出哦～", "亲，面霜有货哦～今天能发出～"),
        ("亲，价格是168元哦。价格是168元哦。您看可以吗？", "亲，价格是168元哦。您看可以吗？"),
        ("已经为您备注加急，发出后单号同步给您，发出后单号同步给您。", "已经为您备注加急，发出后单号同步给您。"),
        ("A. 换新\nB. 退款", "A. 换新\nB. 退款"),  # an options list keeps its lines
        ("发出后一般2～4天能到哦～发出后一般2～4天能到哦～", "发出后一般2～4天能到哦～"),  # a range is no sentence end
    ],
)
def test_polish_removes_repeats(text, expected):
    assert polish(text) == expected


# a clause read as another scenario adds that scenario's script only when it is sure and fits:
# no problem script where nobody has the goods, no refund script for a threat, no dispatch
# promise after a question about refunded money (the words each first draft must not hold)
NOT_GLUED = [
    ("想给老婆买个礼物 她是干皮 送什么好", ("优惠券", "商品页面")),
    ("你家精华比别人家贵一倍 太黑了", ("拍张照片", "拍几张", "质量问题")),
    ("洗面奶男生能用吗 我油皮 出油很严重", ("拍张照片", "拍几张", "处理方案")),
    ("都付款两天了怎么还不发 不发我就退款了", ("这笔退款", "会到账")),
    ("买的是面霜 寄来的是洗面奶 发错了吧", ("磕坏", "破损")),
    ("没拆封的可以退不 退了钱几天到账", ("下单", "前发出")),
    ("付款三天了 物流一点信心都没", ("包裹的位置",)),  # nothing shipped: no parcel to look for
    ("前天买的精华降价了 差价能退不 多久到", ("前发出",)),  # the money's time, not a parcel's
    ("精华瓶子里有白色絮状 是不是变质了 还能用吗", ("适合想改善",)),  # stop-use answers "还能用吗"
    ("退货单号已经填好了 钱啥时候退回来", ("申请售后",)),  # the return is under way: only the money's time
    ("两瓶面霜给个三百整呗 爽快点", ("着急",)),  # 爽快点 asks for a yes to the price, not for speed
]


@pytest.mark.parametrize(("message", "forbidden"), NOT_GLUED)
def test_no_other_scenarios_script_glued_to_the_answer(shop, shop_matcher, message, forbidden):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert not any(word in first for word in forbidden), first


@pytest.mark.parametrize(
    ("message", "forbidden"),
    [
        ("我对酒精过敏 精华含酒精吗", ("停用", "医院", "退货")),
        ("面膜敏感肌能用吗 我脸上有个小伤口还没好", ("正合适", "下单")),  # not_for names the wound
        ("孕妇能用烟酰胺精华吗", ("更适合",)),  # no selling point to a customer it is not for
        ("油痘肌 想用积雪草霜 会不会闷痘", ("下单",)),  # not advised for their skin: no push to order
    ],
)
def test_a_stated_condition_is_answered_before_any_push(shop, shop_matcher, message, forbidden):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert not any(word in first for word in forbidden), first


@pytest.mark.parametrize("message", ["好的", "嗯嗯"])
def test_a_message_needing_no_reply_is_acknowledged_not_restarted(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert "您是想了解" not in first and len(first) < 30, first


def test_a_complaint_whose_problem_is_unknown_asks_before_claiming_it_is_recorded(shop, shop_matcher):
    first = draft(shop, shop_matcher, "什么垃圾店 我要投诉你们").drafts[0].text
    assert "已经记录" not in first and "哪里" in first, first


@pytest.mark.parametrize("message", ["什么破店 问半天没人理 我要投诉", "问了三遍都没人回 什么服务态度"])
def test_a_complaint_nobody_answered_takes_the_question_over(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert "抱歉" in first and "前面的留言" in first, first  # the agent reads back, not "send it again"
    assert "商品、物流还是服务" not in first and "已经记录" not in first, first


def test_being_passed_around_is_answered_by_taking_it_over(shop, shop_matcher):
    first = draft(shop, shop_matcher, "换个货推来推去的 到底有没有人管").drafts[0]
    assert first.scenario == "complaint", first.text
    assert "申请售后" not in first.text and "升级" in first.text, first.text


def test_other_scenario_draft_only_when_unsure_and_flagged(shop, shop_matcher):
    sure = draft(shop, shop_matcher, "面霜多少钱一瓶")
    assert all(d.scenario == sure.drafts[0].scenario or d.uncertain for d in sure.drafts)
    assert not any(d.uncertain for d in sure.drafts)
    for d in sure.drafts:
        assert "uncertain" not in d.to_dict()


# --- 2. answer from the shop's facts ------------------------------------------------------------
FACTS = [
    ("新疆包邮不", "新疆", "补12元运费"),
    ("广东包邮吗", "广东在包邮范围内", "满99元包邮"),
    ("香港可以寄吗", "香港", "补12元运费"),
    ("面霜多少钱一瓶", "168元", "积雪草修护面霜"),
    ("面霜保质期多久", "未开封3年", "6个月"),
    ("精华的成分是什么", "5%烟酰胺", "传明酸"),
    ("能开专票吗", "增值税专用发票", ""),
    ("发什么快递，能发顺丰吗", "中通或圆通", "补8元"),
    ("你们从哪里发货", "浙江杭州", ""),
    ("买了三天就降价了，能补差价吗", "15天内保价", "3天前"),
    ("面膜怎么用", "敷15分钟", ""),
    ("这个洗面奶孕妇能用吗", "孕妇", "可以用"),
    ("精华液孕妇能用吗", "不适合用", "孕妇"),
    ("面霜包装里有什么", "挖勺", ""),
    ("有什么赠品吗", "满199元送面膜", ""),
    ("现在有没有优惠券", "满199元送面膜", ""),  # the shop's running offer, not "see the product page"
    ("这个能退吗 退了钱几天到账", "2个工作日", "仓库签收"),  # when refunded money arrives
    ("有卖眼霜吗", "没有眼霜", "面霜"),  # goods the shop does not sell: said plainly, with what it sells
    ("面霜加洗面奶够满199了吧", "一共247元", "满199元"),  # the sum against the gift's threshold
    ("优惠券在哪领 能和满赠一起用吗", "满299减20", "一起享受"),
    ("别发圆通 老丢件", "尽量发中通", "补8元"),  # a courier not wanted: which instead
    ("周日晚上拍的 什么时候发货", "仓库休息", "帮您查"),  # counted from the day paid, not from now
    ("洗面奶有没有皂基", "不含皂基", ""),
    ("我对酒精过敏 精华含酒精吗", "不含酒精", ""),  # an allergy the customer has, not a reaction
    ("面膜一盒能用多久", "大约能用两周", ""),  # counted pieces at the weekly pace
    ("有卸妆油或者眼霜卖不", "没有卸妆油和眼霜", ""),  # every kind asked for that is not sold
    ("面膜有没有大号的", "只有这一种规格", ""),
    ("12月31号下午拍的话 什么时候能发", "12月31日和1月1日（周五）仓库都休息", ""),  # a named future day, the shop's closure
    ("拉萨满199还要补运费吗 送的面膜有没有", "补12元", "满199元送面膜"),
    ("我再考虑考虑 怕买回去用了烂脸", "耳后", "7天无理由"),  # a worry with no item named: the careful way in
    ("面膜能敷一晚上吗", "15分钟", ""),  # how long to use it, not a complaint
    ("退货单号填好了 钱啥时候退回来", "2个工作日", ""),
    ("上周一买的精华 今天降价了 能退差价吗", "8天前买的", "15天内保价"),  # a named day counted exactly
    ("上个月18号买的面霜 降价了保不保价", "37天", "已经过了保价期"),
]


@pytest.mark.parametrize(("message", "fact", "also"), FACTS)
def test_the_first_draft_states_the_fact(shop, shop_matcher, message, fact, also):
    first = draft(shop, shop_matcher, message).drafts[0]
    assert fact in first.text and also in first.text, first.text
    assert "为准" not in first.text and "哪一款" not in first.text
    assert first.facts


@pytest.mark.parametrize("message", ["新疆包邮不", "面膜怎么用", "能开专票吗", "面霜保质期多久"])
def test_other_drafts_never_defer_what_the_first_states(shop, shop_matcher, message):
    s = draft(shop, shop_matcher, message)
    assert s.drafts[0].facts
    for d in s.drafts[1:]:
        if d.template == "plain" and not d.facts:  # the scenario's own scripts
            assert not re.search("核实|整理|告诉我|发我", d.text), d.text


@pytest.mark.parametrize("message", ["新疆包邮不", "能开专票吗", "发什么快递"])
def test_without_the_fact_the_draft_says_what_it_checks_and_by_when(builtin, message):
    first = suggest(message, builtin, now=TUESDAY).drafts[0]
    assert re.search("核实|确认", first.text) and re.search(r"\d{2}:\d{2}前给您准确答复", first.text), first.text
    assert "为准" not in first.text


@pytest.mark.parametrize("library", ["builtin", "shop"])
def test_no_reply_says_the_page_decides(request, library):
    lib = request.getfixturevalue(library)
    for message in ("包邮吗", "可以用花呗吗", "有赠品吗", "这个码偏大吗", "面霜有货吗"):
        for d in suggest(message, lib, now=TUESDAY).drafts:
            assert "为准" not in d.text, d.text


def test_a_named_product_is_never_asked_which_one(shop, shop_matcher):
    for message in ("面霜多少钱一瓶", "面霜有货吗", "精华液适合什么肤质"):
        for d in draft(shop, shop_matcher, message).drafts:
            assert "哪一款" not in d.text and "商品链接" not in d.text, d.text


# --- 3. listen before asking --------------------------------------------------------------------
LISTEN = [
    ("我是油皮，预算200以内，推荐个面霜", r"偏干、偏油|什么肤质|预算大概|预算是多少|预算多少"),
    ("送妈妈的，干皮，推荐一个", r"自己用还是送人|偏干、偏油"),
    ("我是敏感肌，面膜能用吗", r"偏干、偏油|什么肤质"),
]


@pytest.mark.parametrize(("message", "asked"), LISTEN)
def test_no_question_about_what_the_customer_said(shop, shop_matcher, message, asked):
    for d in draft(shop, shop_matcher, message).drafts:
        assert not re.search(asked, d.text), d.text


def test_stock_question_about_a_serum_has_no_colour_or_size(shop, shop_matcher):
    for d in draft(shop, shop_matcher, "精华液有货吗").drafts:
        assert not re.search("颜色|尺码|口味", d.text), d.text


def test_no_fabe_benefit_for_a_skin_the_item_is_not_for(shop, shop_matcher):
    for d in draft(shop, shop_matcher, "我是油皮，这个面霜适合我吗").drafts:
        assert d.template != "fabe" and "干痒紧绷" not in d.text, d.text


def test_recommendation_follows_the_stated_need(shop, shop_matcher):
    first = draft(shop, shop_matcher, "我是油皮，预算200以内，推荐个面霜").drafts[0].text
    # honest: the cream is for dry skin; and a serum is no stand-in for a cream (issue 12's defect list)
    assert "不太推荐" in first and "更适合您的是烟酰胺" not in first, first


# --- 4. restate only the problem ----------------------------------------------------------------
RESTATE = [
    ("你们这个面霜168也太黑了吧", False),  # an insult
    ("买了三天就降价了，能补差价吗", False),  # a question
    ("我要投诉你们，客服态度太差了", False),  # a threat
    ("面霜多少钱一瓶", False),  # pre-sale
    ("收到的面霜漏液了，盒子里全是", True),
    ("收到的是精华不是面霜，发错了", True),
    ("等了五天了还没发贷", False),  # a typo the synonyms know
    ("发货了没有啊", False),  # a question without a question mark
    ("收到嘅面霜个盖裂咗 漏晒出嚟", False),  # spoken Cantonese is not quoted back
]


@pytest.mark.parametrize(("message", "restated"), RESTATE)
def test_restating_only_a_clean_after_sale_problem(shop, shop_matcher, message, restated):
    texts = [d.text for d in draft(shop, shop_matcher, message).drafts]
    assert any("您是说" in t for t in texts) == restated, texts
    assert not any(re.search("您是说[^，]*(黑|吗|差评|投诉)", t) for t in texts)


# --- 5. remedies that fit -----------------------------------------------------------------------
UNSAFE = [
    "收到的面霜漏液了，盒子里全是", "面霜发霉了", "瓶子碎了，洒了一箱子", "精华的瓶盖裂了 液体都渗出来了",
    "收到嘅面膜有两片漏晒",  # Cantonese
]
REACTION = ["面霜用了两天脸上起红疹子了，又痒又疼", "面膜敷完脸刺痛，还起了红点", "这个精华用完脸上爆痘了怎么办"]


@pytest.mark.parametrize("message", UNSAFE + REACTION)
def test_unsafe_goods_and_reactions_never_keep_it_plus_a_coupon(shop, shop_matcher, message):
    for d in draft(shop, shop_matcher, message).drafts:
        assert "不退不换" not in d.text, d.text
        assert all("优惠券" not in o.text for o in d.options)


@pytest.mark.parametrize("message", ["我想买精华，但是担心用了会过敏", "面霜会不会过敏", "枣子有没有虫眼的"])
def test_a_worry_before_buying_is_not_a_reaction_or_a_complaint(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert "停用" not in first and "退款" not in first and "抱歉" not in first, first


@pytest.mark.parametrize("message", REACTION)
def test_a_skin_reaction_gets_stop_use_a_doctor_and_a_refund(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert "停用" in first and "医院" in first and "退款" in first, first


@pytest.mark.parametrize("message", ["你是机器人吧，转人工", "有没有真人啊", "你们客服是机器人吗，回复这么慢"])
def test_robot_or_human_gets_a_human_answer(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message).drafts[0]
    assert "真人" in first.text and "小禾" in first.text
    assert first.template == "plain" and not re.search(r"^[AB]\.", first.text, re.MULTILINE)


def test_a_person_also_answers_the_problem_next_to_转人工(shop, shop_matcher):
    first = draft(shop, shop_matcher, "快递一个星期没动了，转人工").drafts[0].text
    assert "真人" in first and "快递" in first and "前给您回复进展" in first
    assert "直接跟我说就好" not in first  # the customer already said it


@pytest.mark.parametrize("message", ["我要退一赔三，你们卖假货", "能不能不退货直接退款"])
def test_a_demand_beyond_policy_is_soft_then_firm_with_an_alternative(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert "理解" in first and "没办法直接答应" in first and "优惠券" in first


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("退货签收两天了，钱什么时候退", "2天前签收"),
        ("退款怎么还没到账，都一个星期了", "应该已经到账"),
        ("退货寄回去四天了 钱还没退", "寄回已经4天"),  # sent back is not signed for: no "should have arrived"
    ],
)
def test_a_deadline_counts_from_the_event_the_customer_names(shop, shop_matcher, message, expected):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert expected in first, first


def test_no_refund_offered_to_a_complaint_whose_problem_is_unknown(shop, shop_matcher):
    first = draft(shop, shop_matcher, "你们什么服务态度").drafts[0]
    assert "退款" not in first.text, first.text


# --- 6. tips only where they apply --------------------------------------------------------------
@pytest.mark.parametrize("message", ["面霜有货吗", "已经付款了", "发什么快递", "今天能发货吗"])
def test_at_most_one_tip_per_message_on_the_first_draft(shop, shop_matcher, message):
    drafts = draft(shop, shop_matcher, message).drafts
    assert all(d.tip is None for d in drafts[1:])
    texts = " ".join(d.text for d in drafts)
    for tip in shop.tips:
        if "{" not in tip.text:
            assert texts.count(tip.text) <= 1


def test_split_shipment_only_for_several_items(builtin):
    assert suggest("已经付款了", builtin, now=TUESDAY).drafts[0].tip != "split-shipment"
    assert suggest("已经付款了，两件一起发吗", builtin, now=TUESDAY).drafts[0].tip == "split-shipment"


# --- 7. FABE that fits the question -------------------------------------------------------------
def test_a_cream_and_a_serum_are_used_together(shop, shop_matcher):
    first = draft(shop, shop_matcher, "精华和面霜有什么区别，要一起用吗").drafts[0].text
    assert "不是二选一" in first and "先用精华，再用面霜" in first


def test_two_items_of_one_category_are_alternatives(tmp_path):
    path = tmp_path / "lib.toml"
    path.write_text(
        '[[products]]\nid = "a"\nname = "保湿面霜"\nprice = 99\ncategory = "面霜"\nsuitable_for = "干皮"\n'
        '[[products]]\nid = "b"\nname = "清爽面霜"\nprice = 89\ncategory = "面霜"\nsuitable_for = "油皮"\n',
        encoding="utf-8",
    )
    lib = Library.load([path], user=False, env=False)
    first = suggest("保湿面霜和清爽面霜有什么区别", lib, now=TUESDAY).drafts[0].text
    assert "选一款就可以" in first and "不是二选一" not in first


@pytest.mark.parametrize("message", ["面霜怎么样，推荐吗", "推荐个面霜", "面霜好用吗"])
def test_one_product_never_says_two(shop, shop_matcher, message):
    s = draft(shop, shop_matcher, message)
    if len(s.products) == 1:
        for d in s.drafts:
            assert "两款" not in d.text, d.text


# --- 8. Traditional polish ----------------------------------------------------------------------
def test_names_follow_the_customers_script(shop, shop_matcher):
    first = draft(shop, shop_matcher, "請問這款面霜多少錢").drafts[0].text
    assert "積雪草修護面霜" in first and "积雪草" not in first


@pytest.mark.parametrize(
    ("variant", "expected", "unexpected"),
    [
        ("tw", "核實", "覈"), ("hk", "裡", "裏"), ("standard", "為", "爲"), ("twp", "連結", "鏈接"),
        ("tw", "別著急", "彆"),
    ],
)
def test_variants_give_the_characters_readers_expect(tmp_path, variant, expected, unexpected):
    path = tmp_path / "lib.toml"
    path.write_text(
        f'[policy]\ntraditional_variant = "{variant}"\n[[scenarios]]\nid = "q"\ntitle = "问"\nstage = "pre_sale"\n'
        'keywords = { "刻字" = 5 }\n[[scenarios.scripts]]\ntemplate = "plain"\n'
        'text = "我核实后为您把链接发到订单里，您别着急，随时找我。"\n',
        encoding="utf-8",
    )
    lib = Library.load([path], user=False, env=False)
    text = suggest("可以刻字嗎", lib, now=TUESDAY, script="traditional").drafts[0].text
    assert expected in text and unexpected not in text, text


# --- the library format: every fact key is shown where shops copy from ---------------------------
FACT_KEYS = sorted(set(PRODUCT_FACTS) | set(POLICY_FACTS) | {"remote_regions", "price_protect_days", "name_fixed"})


@pytest.mark.parametrize("key", FACT_KEYS)
def test_example_shop_and_init_starter_show_every_fact_key(key):
    from csreply.library.starter import starter_text

    example = (ROOT / "examples" / "shop" / "shop.toml").read_text(encoding="utf-8")
    assert re.search(rf"^{key} = ", example, re.MULTILINE), key
    assert re.search(rf"^{key} = ", starter_text("山间小铺", "小禾"), re.MULTILINE), key


@pytest.mark.parametrize(
    ("snippet", "error"),
    [
        ('[[scenarios]]\nid = "x"\ntitle = "x"\nstage = "after_sale"\n[[scenarios.scripts]]\n'
         'template = "plain"\nseverity = "mild"\ntext = "亲，抱歉"\n', "severity must be one of"),
        ('[policy]\nprice_protect_days = "15"\n', "expected a whole number"),
        ('[[products]]\nid = "a"\nname = "A"\nshelf_lfe = "3年"\n', "did you mean 'shelf_life'"),
    ],
)
def test_new_keys_are_checked_when_the_library_loads(tmp_path, snippet, error):
    from csreply.errors import LibraryError

    path = tmp_path / "lib.toml"
    path.write_text(snippet, encoding="utf-8")
    with pytest.raises(LibraryError, match=error):
        Library.load([path], user=False, env=False)


# --- the review panel's round-1 defects, by class (own messages, the example shop) ---------------
def first_text(shop, matcher, message: str) -> str:
    return draft(shop, matcher, message).drafts[0].text


# 1. no invented fact: the library has no stock figure and (here) no transit days (stock is what
# the page shows, "能正常拍下就是有现货", said as that condition, never as a figure or a promise)
@pytest.mark.parametrize(
    ("message", "invented"),
    [
        ("面霜还有库存吗", "现在有现货"),
        ("精华现在有货不", "现货充足"),
        ("寄到广州要几天", "天左右能到"),
        ("发到哈尔滨多久能到", "天左右能到"),
    ],
)
def test_a_fact_the_library_lacks_is_checked_by_a_time_not_invented(shop_without_transit, shop_matcher, message, invented):
    text = first_text(shop_without_transit, shop_matcher, message)
    assert invented not in text and not re.search(r"\d～\d天", text), text
    assert "11:00前" in text, text  # what the agent checks, and by when (one working hour)


def test_without_transit_days_an_arrival_by_a_day_is_checked_with_the_courier(shop_without_transit, shop_matcher):
    text = first_text(shop_without_transit, shop_matcher, "周五前能到北京吗？急着送人")
    assert "周五（11月27日）前能不能到北京" in text and "11:00前" in text, text
    assert "路上一般" not in text, text


# 2. every question answered from the facts; a fact sentence never repeats its own value
@pytest.mark.parametrize(
    ("message", "facts_said"),
    [
        ("澳门能寄吗 用啥快递", ["补12元运费", "中通或圆通"]),
        ("精华晚上可以用吗", ["早晚都可以"]),
        ("面膜是一片一片单独包装的吗", ["独立包装"]),
        ("补水面膜一盒几片", ["每片25ml精华"]),
        ("面膜一片多大啊 能盖住整张脸吗", ["尺寸", "11:00前"]),  # no size in the facts: checked
    ],
)
def test_each_question_gets_its_fact(shop, shop_matcher, message, facts_said):
    text = first_text(shop, shop_matcher, message)
    for fact in facts_said:
        assert fact in text, (fact, text)
    assert not re.search(r"(\S{3,})的规格是\1", text) and "5片装的规格是5片装" not in text, text


# 3. remedies: photos first for a skin reaction, refund or exchange as options with times
@pytest.mark.parametrize("message", ["面霜用了脸上起红疹子 好痒", "精华抹了两次脸就过敏了"])
def test_a_reaction_asks_for_photos_before_any_refund(shop, shop_matcher, message):
    text = first_text(shop, shop_matcher, message)
    assert "照片" in text and "不需要您寄回" not in text and "直接给您退款" not in text, text
    assert text.index("照片") < text.index("退")  # evidence first, then the options
    assert "工作日内原路退回" in text and "前给您发出" in text, text


# 4. one coherent answer: a return the policy may refuse is invited only on its condition
@pytest.mark.parametrize("message", ["精华开封用了几次 不想要了可以退吗", "面霜用过了还能退吗"])
def test_no_cannot_return_then_apply_for_a_return(shop, shop_matcher, message):
    text = first_text(shop, shop_matcher, message)
    for sentence in re.split("[。；]", text):
        if "申请售后" in sentence:
            assert "的话" in sentence, text  # "符合…条件的话" — never an unconditional invitation


# 5. a second question answered by the script about what it names
@pytest.mark.parametrize(
    ("message", "wanted", "unwanted"),
    [("开一张发票 抬头个人 另外收货地址帮我改成北京的", "地址", "取消")],
)
def test_a_change_request_gets_the_change_script(shop, shop_matcher, message, wanted, unwanted):
    text = first_text(shop, shop_matcher, message)
    assert "发票" in text and wanted in text and unwanted not in text, text


# 6. pushes and tips only where they apply
@pytest.mark.parametrize(
    ("message", "unwanted"),
    [
        ("面膜敷完要洗吗", "直接下单"),  # a usage question: the customer is not being sold to
        ("面霜开封后能放多久", "直接下单"),
        ("付款一直失败怎么办", "发票"),  # no invoice tip for a payment problem
        ("钱扣了但是订单显示未付款", "换一种付款方式"),  # harmful: it could be paid twice
        ("已经付款了 什么时候发", "现在付款的话"),
        ("你是真人吗", "前给您回复"),  # nothing is pending: no reply time
    ],
)
def test_no_push_or_tip_that_does_not_apply(shop, shop_matcher, message, unwanted):
    assert unwanted not in first_text(shop, shop_matcher, message)


def test_money_taken_is_checked_and_not_paid_twice(shop, shop_matcher):
    text = first_text(shop, shop_matcher, "钱扣了但是订单显示未付款")
    assert "别重复付款" in text and "11:00前" in text, text


# 7. one opening: the empathy opener runs into the script's own apology or acknowledgement
@pytest.mark.parametrize("message", ["快递一周没更新了 急死了", "付了款三天还没发货 气死了"])
def test_one_opening_not_two(shop, shop_matcher, message):
    text = first_text(shop, shop_matcher, message)
    first_sentence = re.match(r"[^。！？]+[。！？]", text).group(0)
    assert re.search("抱歉|对不起", first_sentence), text
    assert "处理。非常抱歉" not in text and "理解。实在抱歉" not in text and "收到～" not in text, text


# 8. Traditional: chemical names in the form a Traditional reader writes
@pytest.mark.parametrize("message", ["煙醯胺精華適合油皮嗎", "積雪草面霜有什麼成分"])
def test_traditional_names_use_醯(shop, shop_matcher, message):
    text = first_text(shop, shop_matcher, message)
    assert "酰" not in text, text


# 3b. goods already sent back: the refund time and who pays the return postage, no new menu
@pytest.mark.parametrize(
    ("message", "postage"),
    [
        ("面霜瓶子碎了 已经寄回了 退款多久到 邮费谁出", "运费由我们承担"),
        ("面膜发霉了我寄回去了 什么时候退钱 快递费你们报吗", "运费由我们承担"),
    ],
)
def test_goods_already_sent_back_get_the_refund_time_and_postage(shop, shop_matcher, message, postage):
    text = first_text(shop, shop_matcher, message)
    assert "不用寄回" not in text and "先别再用" not in text and "\nA." not in text, text
    assert "2个工作日内原路退款" in text and postage in text and "包邮" not in text, text


# 3c. a compensation demand (and a threat) after a reaction or unsafe goods: care first, then firm
@pytest.mark.parametrize("message", ["面霜用了过敏起疹子 必须赔偿我 不然投诉你们", "面膜发霉了 要赔偿"])
def test_a_compensation_demand_is_soft_then_firm(shop, shop_matcher, message):
    text = first_text(shop, shop_matcher, message)
    assert "抱歉" in text[:60] and "照片" in text, text
    assert "赔偿" in text and "10元无门槛优惠券" in text and "主管" in text, text
    assert text.count("11:00前") == 1, text  # one promise, not the same time twice
    assert "直接给您退款" not in text and "不用寄回" not in text, text


# 6b. the one tip that applies: a date to meet brings the faster courier, not the tracking line
@pytest.mark.parametrize(
    ("message", "tip"),
    [("周六要送人 现在买寄到广州来得及吗", "faster-courier"), ("寄到广州要几天", "tracking")],
)
def test_the_tip_follows_the_customers_need(shop, shop_matcher, message, tip):
    first = draft(shop, shop_matcher, message).drafts[0]
    assert first.tip == tip, first.text
    if tip == "faster-courier":
        assert "补8元" in first.text and "路上会快一些" in first.text, first.text


# --- round 3: questions the facts answer, small talk, the change asked for ----------------------
# (kind, message, said: every fragment in the first draft, unsaid: no fragment in it)
ANSWERED = [
    # a hesitation names its worry: the fact that answers it, not "价格、效果还是口碑"
    ("worry", "有点纠结 怕一时用不完放过期了", ("未开封3年", "7天无理由"), ("口碑",)),
    ("worry", "再考虑下吧 面霜买了怕放久了过期", ("积雪草修护面霜", "开封后建议6个月内用完"), ("口碑",)),
    # the time the customer names, against the dispatch cut-off (17:00, Tuesday is a working day)
    ("cutoff", "下午三点前拍下今天能发出去吗", ("15:00前付款赶得上", "17:00", "今天"), ()),
    ("cutoff", "晚上六点付款还能当天发吗", ("18:00", "过了当天的截单时间", "明天"), ("能当天发，",)),
    # how much to buy: size and amount per use, the time hedged, no second bottle pushed
    # … and a rough time from the dose the usage names (两三滴 of 30ml, two people: about six weeks)
    ("amount", "精华我跟我妈两个人用 一瓶够不够", ("两三滴", "两个人一起用", "一人一瓶", "肤质"), ("大约能用",)),
    # two questions, one a stock question about an item named with a typo: both answered, item named
    ("both", "积雪草修户面霜有没有货 能发顺丰吗", ("积雪草修护面霜", "库存", "补8元"), ()),
    # a promised gift that did not come: the gift rule, the order checked, 补发 with a time
    ("gift", "活动说满150送发圈 我怎么没收到", ("赠品", "满199元送面膜1片", "补发", "17:00前"), ("发错的商品",)),
    # 花呗 / 分期 / 信用卡: how one may pay, not a failed payment
    ("payment", "能用信用卡分期付款吗", ("花呗", "信用卡"), ("支付上遇到问题",)),
    # a wrong address found late: the change, shipped or not, no dispatch-rule lecture
    ("address", "糟糕 收货地址填成公司的了 发出去了没", ("地址发我", "拦截"), ("顺延到下一个工作日",)),
    # left at a pickup point without a call: report the courier, help with the pickup code
    ("pickup", "快递直接丢丰巢了也不说一声 气人", ("取件码", "反馈给快递"), ("核实包裹的位置",)),
    # Traditional for Hong Kong: 免運, and the usual days on the road to there (policy.transit)
    ("traditional", "寄到香港大概幾天會到？運費多少？", ("免運", "路上一般4～7天"), ("包郵", "確認")),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ANSWERED, ids=[row[0] for row in ANSWERED])
def test_the_first_draft_answers_what_the_facts_hold(shop, shop_matcher, kind, message, said, unsaid):
    first = first_draft_says(shop, shop_matcher, message, said, unsaid)
    sentences_said = sentences(first)
    assert len(sentences_said) == len(set(sentences_said)), first


ASIDES = [
    ("今天你们那边冷不冷啊", "聊天"),  # small talk: a light turn back to the shop
    ("你几岁啦 哈哈", "聊天"),
    ("那个呢", "哪一款"),  # a bare pointing word: which item
]


@pytest.mark.parametrize(("message", "said"), ASIDES)
def test_small_talk_and_bare_pointing_get_no_scenario_guess(shop, shop_matcher, message, said):
    s = draft(shop, shop_matcher, message)
    assert s.scenario is None
    assert len(s.drafts) == 1 and said in s.drafts[0].text, s.drafts[0].text
    assert "您是想问" not in s.drafts[0].text


def test_a_gift_that_did_not_come_is_a_missing_item_in_the_builtin_library(builtin):
    s = suggest("不是说满额送毛巾吗 我没收到", builtin, now=TUESDAY)
    assert s.scenario == "wrong_missing"
    assert "赠品" in s.drafts[0].text


def test_without_payment_methods_the_draft_says_what_it_checks(builtin):
    first = suggest("可以花呗分期吗", builtin, now=TUESDAY).drafts[0].text
    assert "分期" in first and re.search(r"\d{2}:\d{2}前给您准确答复", first), first
    assert "支付上遇到问题" not in first


@pytest.mark.parametrize("message", ["怎么付款不了", "钱扣了 订单里看不到 是不是没付上"])
def test_a_failed_payment_is_not_a_question_about_payment_methods(builtin, message):
    first = suggest(message, builtin, now=TUESDAY).drafts[0].text
    assert "重复付款" in first and "付款方式" not in first, first
    assert not re.search(r"遇到问题了吗|是不是.{0,6}(?:付款|支付)", first), first  # never asks back what was said


def test_lint_warns_when_payment_questions_have_no_payment_methods(tmp_path):
    from csreply.library.lint import lint

    path = tmp_path / "shop.toml"
    path.write_text('[policy]\nfree_shipping = "满99包邮"\ninvoice = "电子普通发票"\n', encoding="utf-8")
    findings = lint(Library.load([path], user=False, env=False), only=[path])
    assert any(f.rule == "F001" and "payment_methods" in f.message for f in findings)
    path.write_text(path.read_text(encoding="utf-8") + 'payment_methods = "支付宝、花呗都可以"\n', encoding="utf-8")
    findings = lint(Library.load([path], user=False, env=False), only=[path])
    assert not any("payment_methods" in f.message for f in findings)


def test_a_stock_question_with_a_typo_in_the_name_is_answered_with_the_name(tmp_path):
    # no alias matches "烟酰安精华" exactly: the catalogue's fuzzy match names the item
    (tmp_path / "shop.toml").write_text(
        '[policy]\ncourier_surcharge = "想发顺丰的话补8元差价就可以"\n\n[[products]]\nid = "serum"\n'
        'name = "烟酰胺焕亮精华液"\naliases = ["烟酰胺精华"]\nprice = 199\n', encoding="utf-8")
    lib = Library.load([tmp_path], user=False, env=False)
    first = suggest("烟酰安精华还有货不 可以走顺丰吗", lib, now=TUESDAY).drafts[0].text
    assert "烟酰胺焕亮精华液" in first and "库存" in first and "补8元" in first, first


def test_asked_topics_are_a_fresh_list_each_time():
    """facts.asked is cached per text: a caller changing its list must not change the next."""
    from csreply.writing import facts

    first = facts.asked("能开发票吗，发什么快递")
    first.append("price")
    assert facts.asked("能开发票吗，发什么快递") == ["invoice", "courier"]


@pytest.mark.parametrize("message", ["你们这招不招兼职啊", "你们老板是谁", "能帮我叫个外卖吗"])
def test_an_off_topic_question_hears_it_is_not_ours_to_answer(builtin, message):
    """The model's off-topic class wins: no scenario menu, no guessed scenario, one plain line."""
    s = suggest(message, builtin, now=TUESDAY)
    assert s.scenario is None and len(s.drafts) == 1, s.drafts
    first = s.drafts[0].text
    assert "帮不上忙" in first and "售后" in first and "您是想" not in first, first


# --- round 3: harm first, a person, questions kept, regions, regional names ---------------------
# Each row: a message of our own, words the first draft must hold, words it must not hold.
ROUND3 = [
    # a reaction after use: stop using, no "换新" of the same item
    ("精华才抹了三天 两颊发红还有点灼热", ["停用"], ["换新的话"]),
    ("面霜用完脸上起皮 还闷痘了", ["停用"], ["换新的话"]),
    # spoiled goods: stop using
    ("精华打开有股酸味 颜色也变黄了", ["别再用"], []),
    # crushed parcel with a leak: damaged, not a delay
    ("包裹压得稀烂 精华挤出来一半 气死了", ["照片"], ["久等", "包裹的位置"]),
    # a cracked jar: never keep it plus a coupon; a leak: the policy's postage, no invented 不用寄回
    ("面膜盒里的罐子碎了", [], ["不退不换", "优惠券"]),
    ("收到的洗面奶漏液了 寄回运费谁出", ["运费都由我们承担"], ["不用寄回"]),
    # a pregnant or breast-feeding customer: the fact, and to stop if already using
    ("怀孕五个月了 烟酰胺精华还能继续用吗 有点担心", ["孕妇", "不适合用", "停用"], ["无理由", "比较一下"]),
    ("在喂奶 烟酰胺精华可以用吗", ["哺乳期", "不适合用"], []),
    # a person asked for
    ("别自动回复了 人工呢", ["真人"], ["欢迎光临", "您是想了解"]),
    ("机器人吗你 讲人话", ["真人"], ["帮不上忙"]),
    # a city names its province's shipping rule
    ("寄呼和浩特包邮吗", ["内蒙古", "12元"], ["满99元包邮"]),
    ("发到拉萨要运费吗", ["西藏", "12元"], []),
    ("寄到西宁 面霜包邮吗", ["青海", "12元"], ["一件就包邮"]),
    # the free-shipping rule applied to the item asked about (round 51: the cheapest item that closes
    # the gap, a 59-yuan mask, before a second cleanser)
    ("买一支洗面奶包邮吗", ["还不到99元", "138元"], []),
    ("面膜包邮吗", ["还不到99元", "2件"], []),
    # Taiwan/HK product terms and the first skin named
    ("胺基酸洗面乳乾性肌膚可以用嗎", ["洁面乳"], ["哪一款", "哪款"]),
    # questions not dropped: production date, storage, another active, amount per use, how long
    ("洗面奶保质期几年 是新批次的吗", ["3年", "生产日期", "前给您准确答复"], []),
    ("面霜开封后要放冰箱吗", ["冷藏", "前给您准确答复"], []),
    ("烟酰胺精华能和果酸一起用吗", ["核实", "隔天"], []),
    ("先用精华还是面霜 精华一次用几滴", ["精华", "两三滴"], []),
    ("面膜一周敷几次 一盒够我敷两周吗", ["一周用2到3次", "大约能用两周"], ["涂多大面积"]),  # counted pieces
    # no promise of samples the shop's facts do not hold
    ("有没有小样送啊", ["暂时没有单独的小样"], ["随单一起送", "付邮试用"]),
    ("太贵了 便宜点送点小样吧", [], ["随单送一份", "多申请两份小样", "随单加一份小样"]),
]


@pytest.mark.parametrize(("message", "present", "absent"), ROUND3)
def test_round3_first_draft(shop, shop_matcher, message, present, absent):
    first = polish(draft(shop, shop_matcher, message).drafts[0].text)
    simplified = draft(shop, shop_matcher, message, script="simplified").drafts[0].text
    for word in present:
        assert word in first or word in simplified, first
    for word in absent:
        assert word not in first, first


@pytest.mark.parametrize("message", ["安装要人工费吗", "人工费怎么算"])
def test_a_labour_fee_is_no_request_for_a_person(shop, shop_matcher, message):
    assert "真人" not in draft(shop, shop_matcher, message).drafts[0].text


@pytest.mark.parametrize(
    "message", ["面霜容易泛红的敏感肌能用吗", "我担心用了会起皮", "精华会不会闷痘", "皮肤容易发红 面霜适合我吗", "换季就起皮 面霜能用吗"]
)
def test_broader_reaction_words_are_no_reaction_before_buying(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert "停用" not in first and "抱歉" not in first, first


# glued scripts: a clause that adds nothing of its own adds no script
GLUE3 = [
    ("评价打错了 给了三星 能改吗", ["收货人", "拦截"]),
    ("不小心点了中评 可以改吗", ["生气", "收货人"]),  # a review given by mistake is no threat  # "可以改吗" is about the review
    ("满199送的面膜呢 我买了230 箱子里没看到啊", ["能不能安排", "包裹的位置"]),  # a missing gift, not a request
    ("面霜用了一次 我是油皮 太油了 能换成面膜吗", ["自己用还是送人", "预算大概"]),  # an exchange, not a questionnaire
    ("今天一定要发 五点前下单行吗", ["路上要几天", "过了当天的截单时间"]),  # before 17:00 is in time
    ("周六能到广州吗 急用", ["收货城市", "哪天要用"]),  # the day and the city are said
]


@pytest.mark.parametrize(("message", "absent"), GLUE3)
def test_round3_no_glued_or_re_asking_script(shop, shop_matcher, message, absent):
    first = draft(shop, shop_matcher, message).drafts[0].text
    for words in absent:
        assert words not in first, first


# --- round 4: the general mechanisms behind the panel's marks -----------------------------------
# (1) small talk whose only evidence for a problem is a weak keyword inside the chit-chat
SMALL_TALK4 = ["你们那边今天下雨了没 我们这儿晒死了", "今天下雨好烦啊 你们那边呢"]


@pytest.mark.parametrize("message", SMALL_TALK4)
def test_weather_chit_chat_gets_no_problem_script(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert "聊天" in first, first
    assert "破损" not in first and "照片" not in first, first


# (2) "让您久等了" only when the customer has waited
NOBODY_WAITED = ["快递说签收了 但我家里没人收到过", "退款一般几天能到账", "第一次用精华 要注意什么吗"]
WAITED = ["等了三天了还没发货", "物流好几天不动了", "包裹五天没更新了 好慌"]


@pytest.mark.parametrize("message", NOBODY_WAITED)
def test_no_kept_waiting_when_nobody_waited(shop, shop_matcher, message):
    for d in draft(shop, shop_matcher, message).drafts:
        assert "久等" not in d.text, d.text


@pytest.mark.parametrize("message", WAITED)
def test_kept_waiting_apology_stays_when_the_customer_waited(shop, shop_matcher, message):
    assert "久等" in draft(shop, shop_matcher, message).drafts[0].text


# (3) a promise to buy at once is a buying signal, no hurry to comfort
@pytest.mark.parametrize("message", ["精华199能不能便宜点 185我马上下单", "面霜少10块行吗 行的话我立刻拍"])
def test_a_promise_to_buy_gets_no_urgency_opener(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert "着急" not in first and "马上帮您处理" not in first, first


# (4) a question about the gift the shop's rule answers: the rule, no gift request glued after it
@pytest.mark.parametrize("message", ["满199送的面膜是几片呀", "满199送的是什么东西"])
def test_gift_rule_answers_without_a_glued_gift_request(shop, shop_matcher, message):
    drafts = draft(shop, shop_matcher, message).drafts
    assert "1片" in drafts[0].text, drafts[0].text
    for d in drafts:
        assert "申请" not in d.text, d.text


# (5) a product fact the catalogue holds leads, whatever the scenario's script
PRODUCT_FACT4 = [
    ("我是敏感肌 可以用你们的精华吗", ["适合"], ["给您详细说说"]),  # whom it suits, not a FABE
    ("痘痘肌 可以用你们家面霜吗", ["痘痘肌"], ["给您详细说说"]),
    ("刚入手烟酰胺精华 怎么建立耐受呀", ["隔天"], ["整理"]),  # the cautions, not "I will write it up"
    ("混油皮 你们的修复霜会不会闷痘", ["积雪草修护面霜"], []),  # 修复 for the catalogue's 修护
]


@pytest.mark.parametrize(("message", "present", "absent"), PRODUCT_FACT4)
def test_product_fact_leads(shop, shop_matcher, message, present, absent):
    first = draft(shop, shop_matcher, message).drafts[0].text
    for word in present:
        assert word in first, first
    for word in absent:
        assert word not in first, first


# (6) a price asked in Cantonese (幾錢/幾多錢) is answered before the shipping question after it
@pytest.mark.parametrize("message", ["精華幾錢呀？寄唔寄到澳門", "面霜幾錢一支 可以寄到台灣嗎"])
def test_cantonese_price_is_answered(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message, script="simplified").drafts[0].text
    assert re.search(r"(168|199)元", first), first


# (7) price protection counted from the purchase the message names, in any clause
@pytest.mark.parametrize("message", ["一个月前下的单 今天看便宜了 能退差价吗", "20天前买的精华 降价了 差价能补吗"])
def test_price_protection_outside_the_window_is_said_plainly(shop, shop_matcher, message):
    drafts = draft(shop, shop_matcher, message).drafts
    assert "过了保价期" in drafts[0].text and "优惠券" in drafts[0].text, drafts[0].text
    for d in drafts:
        assert "退差价" not in d.text and "原路退回给您" not in d.text, d.text


# first drafts that must state a fact or rule (message, a phrase the first draft holds), one row
# group per defect class: the class, then its rows
FIRST_DRAFT_STATES = [
    # (8) "buy now or wait for a lower price" is answered by the price-protection window
    pytest.param("过几天大促会更便宜吗 要不要等等", "15天内保价", id="buy_now_or_wait_gets_the_price_protection_window"),
    pytest.param("现在入手还是等降价啊", "15天内保价", id="buy_now_or_wait_gets_the_price_protection_window"),
    # (4) a discount asked (满减, 打折) next to another question gets the shop's promotion rule,
    # not the generic "see the shop page" script
    pytest.param("可以开票不 现在买有没有满减", "满199元送面膜", id="discount_asked_gets_the_promotion_rule"),
    pytest.param("发什么快递 现在打折吗", "满199元送面膜", id="discount_asked_gets_the_promotion_rule"),
    # (5) when in the day an item is used ("白天也可以用吗") is a usage question: the usage fact, not
    # whom the item suits
    pytest.param("精华白天也可以用吗", "的用法是", id="time_of_day_with_also_gets_the_usage"),
    pytest.param("洁面乳早上也能用吗", "的用法是", id="time_of_day_with_also_gets_the_usage"),
]


@pytest.mark.parametrize(("message", "phrase"), FIRST_DRAFT_STATES)
def test_first_draft_states(shop, shop_matcher, message, phrase):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert phrase in first, first


# (9) a return not sent yet: who pays the postage (policy) and a refund counted from the
# warehouse signing for it, never a date counted from now
@pytest.mark.parametrize("message", ["如果退货的话 邮费谁付 退款几天能到", "想退货 快递费是我出吗 钱什么时候退"])
def test_return_postage_and_refund_before_the_return(shop, shop_matcher, message):
    drafts = draft(shop, shop_matcher, message).drafts
    assert "运费需要您承担" in drafts[0].text and "签收退货后" in drafts[0].text, drafts[0].text
    for d in drafts:
        assert "11月26日" not in d.text, d.text


# (10) how one item is used, asked next to how two go together: both answered
@pytest.mark.parametrize("message", ["面霜晚上用还是早上用 精华跟它谁先用", "精华怎么用啊 跟面霜一起的话先后顺序是"])
def test_own_usage_is_answered_next_to_the_order_of_two(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert "先用精华" in first or "先用" in first, first
    assert "精华每次两三滴" in first and "早晚都可以" in first, first  # how much of each, and when


# (11) a return asked for an opened item with nothing wrong with it: the change-of-mind rule,
# said gently, and no exchange or refund offered against the policy
@pytest.mark.parametrize("message", ["精华开封用了几天 不太喜欢 可以退吗", "修护霜拆封用了三次 感觉太黏了 能退不"])
def test_opened_change_of_mind_gets_the_policy_not_a_refund(shop, shop_matcher, message):
    drafts = draft(shop, shop_matcher, message).drafts
    assert "拆封使用后" in drafts[0].text, drafts[0].text
    for d in drafts:
        assert "换新" not in d.text and "原路退回" not in d.text, d.text


@pytest.mark.parametrize("message", ["面膜还没拆封 不想要了 能退吗", "精华没开封 可以退货吗"])
def test_unopened_change_of_mind_is_not_read_as_opened(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert "没让您用得满意" not in first, first


# --- round 5 ---------------------------------------------------------------------------------------
# (1) a promised gift missing from the parcel is a missing item (apology, resend), even when the
# gift is a product of the catalogue; asking about a gift before buying stays a question
@pytest.mark.parametrize(
    "message",
    ["消费满两百说送洁面 快递拆开一看根本没有洁面 什么意思", "买了三百多 赠品小样一个都没看见", "活动说买两件送面膜 到货了盒子里也没有面膜"],
)
def test_missing_gift_is_a_missing_item(shop, shop_matcher, message):
    s = draft(shop, shop_matcher, message)
    assert s.drafts[0].scenario == "wrong_missing", s.drafts[0].text
    assert "抱歉" in s.drafts[0].text and "补发" in s.drafts[0].text, s.drafts[0].text


@pytest.mark.parametrize(
    "message", ["满199送面膜吗？有没有送", "满两百送小样的话 会不会没有货", "退款申请了三天 钱一直没到 什么时候到账 好着急"]
)
def test_no_gift_missing_is_no_missing_item(shop, shop_matcher, message):
    for d in draft(shop, shop_matcher, message).drafts:
        assert d.scenario != "wrong_missing", d.text


# (2) a cracked or leaking item is unsafe: never offered "keep it with a coupon"; a worry before
# buying and a crushed outer box are not
@pytest.mark.parametrize(
    "message",
    ["面霜罐子还裂了一道缝 膏体漏得盒子里都是", "精华漏得整个箱子黏糊糊的", "收到洁面 管子破了 弄得一手都是", "面霜瓶身有条裂缝 你们怎么发的货"],
)
def test_cracked_or_leaking_item_is_never_kept_for_a_coupon(shop, shop_matcher, message):
    for d in draft(shop, shop_matcher, message).drafts:
        assert "不退不换" not in d.text, d.text


@pytest.mark.parametrize("message", ["运过来会不会漏得到处都是", "担心精华瓶会裂开", "快递寄过来瓶子容易破吗"])
def test_worry_before_buying_is_not_unsafe(shop, shop_matcher, message):
    s = draft(shop, shop_matcher, message)
    assert s.drafts[0].scenario not in ("quality_issue", "damaged"), s.drafts[0].text


# (3) a parcel not delivered yet is never answered with a damaged-goods script (photos of the
# broken item), glued to the logistics answer or not (the Cantonese row failed; the other two
# guard the Mandarin wording that already passed)
@pytest.mark.parametrize(
    "message",
    ["气死了 等咗十几日都未收到货 快递信息又唔更新", "催了好几次 等了十来天还没收到货 快递信息也不更新", "下单半个月了都没收到货 物流一直卡着"],
)
def test_parcel_not_delivered_gets_no_damaged_script(shop, shop_matcher, message):
    for d in draft(shop, shop_matcher, message).drafts:
        assert not re.search(r"破损|磕坏|破損|磕壞", d.text), d.text



# (6) a shelf life asked with no item named: every item's, shared figures said together, not
# "which item do you mean"
@pytest.mark.parametrize("message", ["你们家东西保质期几年", "请问保质期是多久的 开封以后呢"])
def test_shelf_life_with_no_item_named_lists_the_catalogue(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert "未开封3年" in first, first
    for p in shop.products.values():
        assert (p.category or p.name) in first, first


# --- promotions applied, service hours, cautions asked, owned items, compliments -----------------
PROMOTED = [
    # a bargain naming items and a price: the sum, the coupon that applies, the gift, against the offer
    ("bargain", "精华加洁面一共278 给个270行吗", ("一共278元", "价格这边没办法改"), ("实付",)),
    ("bargain", "面霜和精华一起拍 360卖不卖", ("一共367元", "满299减20", "实付347元", "比您说的360元还少13元", "面膜1片"), ()),
    # a count of one item: the sum, the coupon, the gift
    ("count", "精华想囤两瓶 有什么优惠吗", ("一共398元", "实付378元", "满199元"), ("改价",)),
    # "有啥活动": the gift rule and the coupon, both
    ("activity", "你们店现在有啥活动没", ("满199元送面膜1片", "满299减20"), ()),
    # when customer service answers, and whether the hour named is inside
    ("hours", "晚上11点找你们还有人回吗", ("09:00–20:00", "周日休息", "晚上11点已经下班了"), ()),
    ("hours", "你们客服上班时间是几点到几点", ("周一至周六", "09:00–20:00"), ("帮不上忙",)),
    # the eye area, from the caution that names it; or a check when the caution does not
    ("eyes", "面霜可以顺便涂眼周吗", ("不建议用在眼周", "避开眼周"), ()),
    ("eyes-unknown", "精华能抹在眼下吗", ("能不能用在眼周", "核实", "11:00前"), ("防晒",)),
    # a mask left on too long: the caution and the usage, not a quality problem
    ("mask-time", "面膜敷了一个小时才拿下来 没事吧", ("不要敷超过20分钟", "15分钟"), ("质量问题",)),
    # an item kept since a festival: the shelf life after opening against the time since
    ("kept", "面霜去年618买的 现在还能用吗 开封后能放多久", ("6个月", "建议不要再用"), ("适合干皮",)),
    ("kept-recent", "面霜今年618买的 开封后能放多久", ("6个月", "159天", "没问题"), ("建议不要再用",)),
    # ordered already: the gift rule, no push to order
    ("ordered", "已经付款了哈 面膜别忘了送我", ("满199元送面膜1片",), ("直接下单",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), PROMOTED, ids=[row[0] for row in PROMOTED])
def test_promotions_hours_and_cautions_come_from_the_facts(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


PRAISE = ["你们家瓶子设计得好精致 摆桌上好看", "客服妹妹好耐心 爱了爱了", "到了 挺不错的 谢谢啦"]


@pytest.mark.parametrize("message", PRAISE)
def test_a_compliment_gets_thanks_not_a_question_or_a_problem(shop, shop_matcher, message):
    s = draft(shop, shop_matcher, message)
    first = s.drafts[0].text
    assert "谢谢" in first or "感谢" in first or "不客气" in first, first
    assert not re.search("哪一款|帮不上忙|抱歉|破损|照片", first), first


# --- returns asked before sending, dispatch on a named day, named items, Cantonese ---------------
ROUND12 = [
    # an unopened item: yes or no first, counted from the day named, then the postage and how to apply
    ("unopened", "精华收到四天了还没拆 可以退不 邮费我出吗", ("可以退", "第4天", "寄回运费需要您承担", "申请退货"), ("已经等了",)),
    ("unopened-late", "面膜买了9天了 没开封 还能退吗", ("已经9天", "过了7天"), ("可以退的哦",)),
    # a refund awaited past its days: the rule's date and a check, no bare promise
    ("refund-late", "退款都申请四天了 钱还没到", ("让您久等了", "应该已经到账", "11:00前"), ("会到账，到时",)),
    ("refund-waiting", "昨天申请的退款 怎么还没到账", ("让您久等了", "帮您查一下退款进度", "11:00前"), ("会到账，到时",)),
    # paid days ago and not shipped: overdue, checked, with an apology; the rule quoted is no payment time
    ("overdue", "拍了两天了还没发 不是说下午五点前付款当天发吗", ("实在抱歉", "应该在", "11:00前"), ("17:00付款就过了",)),
    # a day ahead ("这周六", "下周一") and a day of the month ("30号"): closures said, when it ships
    ("ahead", "这周日下午拍的话哪天能发", ("仓库休息", "11月30日"), ("应该在",)),
    ("ahead-closed-between", "这周六晚上拍 周日能发出吗", ("11月29日（周日）仓库休息", "11月30日"), ("应该在",)),
    ("month-day", "31号晚上下单几号发货", ("12月31日", "仓库都休息", "1月1日"), ()),
    # a day named by the month's end: counted for price protection
    # (a rough day is said back as the customer said it: "上个月底", not a count of days made from it)
    ("month-end", "上个月底买的面霜 现在便宜了 能补差价吗", ("上个月底买的", "过了保价期"), ("差价核实后",)),
    # a catalogue name with one typo beside a name spelled right
    ("typo-beside", "补水面摸几片一盒 精华液多少钱", ("玻尿酸补水面膜", "5片装", "199元"), ()),
    # two items' price together: the sum and what it gets from the gift and the coupon
    ("together", "面膜和洗面奶一起买多少钱", ("138元", "再凑"), ()),
    # one of two items is not for the stated skin: pick one, no "搭配着用"
    ("not-for-skin", "我大油皮 面霜和精华买哪个", ("建议选烟酰胺焕亮精华液", "油皮不太建议用"), ("搭配着用",)),
    # Cantonese: an item left out is missing, not leaking; thanks is thanks; 几耐 asks how long
    ("cantonese-missing", "買咗三支洗面奶 點解得兩支 係咪漏咗", ("补发", "核"), ("别再用", "破损")),
    ("cantonese-eta", "寄澳門幾耐到 運費幾多", ("12元", "路上一般4～7天"), ()),
    # paid already: the gift the order reaches, no "再凑…用券"
    ("paid-gift", "付了哈 精华加洗面奶 赠品别忘了", ("一共278元", "面膜1片会随单一起发出"), ("再凑", "用券")),
    # a courier not wanted: noted as a wish, never promised
    ("courier-wish", "不要发中通 我们小区中通不送", ("尽量发圆通", "仓库当天的安排"), ("核实包裹的位置",)),
    # a product the shop does not sell
    ("unsold", "有没有须后水卖", ("没有须后水", "面霜"), ("帮不上忙",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND12, ids=[row[0] for row in ROUND12])
def test_returns_dispatch_days_names_and_cantonese(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


MORE_FACTS = [
    # a time to last named: boxes at the slower and the faster pace, with the price
    ("boxes", "面膜想敷一个月 要买几盒", ("买2盒（118元）够用", "3盒"), ("先买一盒",)),
    # stocking up: the shelf life, since nobody can promise how long a jar lasts
    ("stocking", "面霜想多囤几瓶 一瓶能用多久", ("保质期", "开封后建议6个月内用完"), ()),
    # a personal invoice needs no tax number
    ("personal-invoice", "开个人的发票就行 要税号吗", ("不需要税号", "姓名"), ("抬头和税号发我",)),
    # which first: the order only; both needed: no, and which to start with
    ("order-only", "面霜和精华先抹哪个", ("先用精华，再用面霜",), ("二选一",)),
    ("both-needed", "混干皮 精华面霜两样都得买吗", ("不用两样都买", "积雪草修护面霜"), ()),
    # a set within a budget said in Chinese numerals: one item per category, the sum, the gift
    ("set", "干皮 预算两百五 帮我配一套", ("积雪草修护面霜", "氨基酸温和洁面乳", "一共247元", "面膜1片"), ("精华液",)),
    # last week's weekday counted from the calendar week before this one
    ("last-friday", "上周五买的精华今天降价了 能退差价吗", ("4天",), ("11天",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), MORE_FACTS, ids=[row[0] for row in MORE_FACTS])
def test_amounts_invoices_order_and_days(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND13 = [
    # a day ahead named without 这/下, and the warehouse's Sunday: dispatch, not service hours
    ("ahead-plain", "我周五晚上九点才有空拍 周末仓库发货吗", ("11月28日（周六）",), ("客服的在线时间",)),
    # a payment that fails: its causes and other ways, not "花呗也能付" (the customer is in a hurry)
    ("pay-fails", "一直付款失败 急死了 换了银行卡也不行", ("限额",), ("暂时不付款", "改好价")),
    # a sale still ahead ("双十二") names no purchase day: the 保价 window, no "买了N天"
    ("sale-ahead", "双十二会更便宜吗 我要不要等", ("15天内保价",), ("已经过了保价期", "买了")),
    # spoiled goods with a wish to exchange: the problem leads, stop using it
    ("spoiled-swap", "面霜有股酸臭味 是不是变质了 能不能换", ("先别再用", "补发"), ("无理由退货",)),
    # the money of a return sent: an apology, the warehouse checked, a time
    ("return-money", "退货前天寄出去了 钱什么时候退", ("寄回已经2天", "11:00前"), ("核实包裹的位置",)),
    # an exchange of an unopened item for another: the two prices and who pays the difference
    ("swap-price", "面膜没拆 换成洗面奶要补钱吗", ("79元", "多20元", "无理由退货"), ("保价",)),
    # an invoice of another tax system: checked, not promised
    ("tw-invoice", "可以开台湾统一编号的发票吗", ("统一编号", "确认", "11:00前"), ()),
    # something in the eye: what to do now, a doctor if it does not settle, no sales close
    ("in-the-eye", "洗面奶弄到眼睛了 眼睛好疼", ("清水冲洗", "医院"), ("还有其他想了解", "直接下单")),
    # a closed day named ahead: when it ships and the last day whose cut-off ships sooner
    ("sooner", "12月31号拍什么时候发", ("12月30日（周三）17:00前付款当天就能发",), ()),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND13, ids=[row[0] for row in ROUND13])
def test_days_ahead_failures_swaps_and_injuries(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


@pytest.mark.parametrize("message", ["快递三天没动了 急用 能不能快点", "物流显示签收了 我根本没收到！！！谁签的？？"])
def test_no_restating_to_a_customer_in_a_hurry(shop, shop_matcher, message):
    first = draft(shop, shop_matcher, message).drafts[0].text
    assert "您是说" not in first, first


ROUND14 = [
    # service hours asked in Cantonese for tonight
    ("hours-hk", "今晚十點仲有冇人覆", ("09:00–20:00",), ("歡迎光臨",)),
    # a payment day ahead marked by 估计/才, and the Sunday asked about
    ("ahead-sunday", "我估计周六上午才能付 周日发货不", ("11月28日", "周日）仓库休息"), ("应该在",)),
    # an opinion asked as chit-chat: a light aside, not "您是想问…"
    ("opinion", "我妈说用护肤品都是智商税 你觉得呢", ("聊天",), ("您是想问",)),
    # a bigger size asked for: the one size there is
    ("size", "精华有没有大瓶的 50ml那种", ("这一种规格",), ()),
    # a courier's habits before buying: the courier answer, not "哪一款"
    ("courier-habit", "圆通老不送上门 能不能让快递送到家", (), ("哪一款",)),
    # a price request beside a fact answered: both answered
    ("bargain-beside-fact", "面膜59还要运费 便宜点呗", ("运费", "没办法改价"), ()),
    # promotions combined: the sum, not what the two items are for
    ("combine", "面霜加面膜 券和赠品能一起用吗 一共多少", ("一共227元",), ("二选一",)),
    # a single-use item kept for later: its shelf life after opening
    ("single-use", "面膜敷完还剩点精华 留到明天再用行吗", ("当次用完",), ("核实",)),
    # a need said in so many words comes before the skin an item names
    ("need", "油皮但是脸上缺水 推荐个补水的", ("玻尿酸补水面膜",), ()),
    # an evening payment today without an hour
    ("tonight", "晚上下班了再拍 今天还能发吗", ("截单时间", "明天"), ()),
    # one of two items cancelled: what is left, and the gift it no longer reaches
    ("cancel", "面霜和精华我取消精华 面膜还送吗", ("取消烟酰胺焕亮精华液", "168元", "送不了"), ("直接下单",)),
    # a competitor's lower price: what this price pays for
    ("cheaper", "面霜别人家才卖120 你这168凭啥", ("积雪草",), ()),
    # a leak of a little is no item left out
    ("leak-little", "瓶子裂了 漏了一点出来", ("先别再用",), ("少发或发错",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND14, ids=[row[0] for row in ROUND14])
def test_hours_days_needs_cancels_and_leaks(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND15 = [
    # a date beside a sale still ahead: counted, and past the 保价 window
    ("date-beside-sale", "10月中买的面霜 双十二预热降价了 能补差价不", ("已经过了保价期",), ("差价核实后",)),
    # changing a review: how to change it, not "no cash back"
    ("review-change", "手抖点了个差评 能改成好评吗", ("修改评价",), ("返现",)),
    # leaking goods said in Cantonese: the problem's care and options
    ("leak-hk", "啲精華漏到成個盒都係 包裝爛晒", ("别再用", "补发"), ("介绍一下",)),
    # Cantonese "together": the order of use
    ("together-hk", "精華同面霜可唔可以一齊用", ("先用精华，再用面霜",), ()),
    # a task that is not the shop's
    ("not-ours", "帮我写一段小红书文案吧", ("帮不上忙",), ("您是想问",)),
    # the skin said as "脸又干": the item for it
    ("dry-face", "面霜精华都要买吗 我脸特别干", ("积雪草修护面霜",), ("您是什么肤质",)),
    # a bigger size asked beside how many to buy
    ("size-and-amount", "面霜50g一瓶够用多久 有没有大瓶的", ("这一种规格",), ()),
    # sunscreen asked beside two items: the one whose facts speak of it
    ("sunscreen", "精华和面霜先抹哪个 白天还要防晒吗", ("防晒",), ()),
    # a price request and a postage question in one clause: both answered
    ("bargain-and-postage", "就买一个面膜 能便宜点再包个邮不", ("没办法改价", "6元运费"), ()),
    # a courier surcharge's difference is not 保价
    ("courier-gap", "能改发顺丰吗 差价我补", ("补8元",), ("保价",)),
    # a hesitation over counted items' price: the coupon and the gift
    ("hesitation-deal", "三瓶精华597有点贵 再想想吧 除非送点啥", ("实付577元", "面膜1片"), ()),
    # a refund smaller than what was paid: the order's figures checked, by a time
    ("refund-amount", "退款怎么才退了60 我付了79", ("退款金额", "核对", "11:00前"), ()),
    # a day ahead asked with "啥时候给发"
    ("when-sent", "周日下午拍的话 啥时候给发", ("11月30日", "仓库休息"), ("今天（11月24日 周二）20:00前",)),
    # "有送东西吗" beside two items: what their sum gets, the sum said once
    ("gift-and-postage", "买个面膜加洗面奶有送东西吗 包邮吗", ("再凑61元满199元",), ("取消订单",)),
    # a hold to a named day: noted and confirmed by a time, not an edit-or-cancel menu
    ("hold", "刚拍的先别发 下周一再发行吗", ("11月30日（周一）再发货", "11:00前"), ("取消订单",)),
    # an opened item not for the customer's skin: no "try it again"
    ("opened-unsuited", "精华开了用了一次 我干皮用着不合适 能退吗", ("不支持无理由退货",), ("少量试试",)),
    # an hour said after 晚上 elsewhere in the message is an evening hour
    ("evening-hour", "我晚上下了班才能付款 差不多九点 今天能发吗", ("21:00付款就过了", "明天"), ("能当天发，",)),
    # a future marker just before the day
    ("if-saturday", "如果周六晚上拍 周日发货吗", ("11月30日", "仓库休息"), ("应该在",)),
    # a promised gift not found, beside the threshold reached: missing, with a resend
    ("gift-not-found", "我都买满两百了 说好的面膜赠品呢 没看到", ("补发", "核对"), ("直接下单",)),
    # another item than the one bought
    ("sent-other", "我拍的是面霜 给我发了个精华 什么情况", ("换货", "运费我们承担"), ("发出哦～",)),
    # food asked for: the aside, not needs discovery
    ("food", "下周去杭州出差 有啥好吃的馆子推荐不", ("聊天",), ("自己用还是送人",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND15, ids=[row[0] for row in ROUND15])
def test_sales_ahead_reviews_leaks_and_requests(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND18 = [
    # "要不要等干了再上" waits between steps: no 保价, no quality complaint
    ("wait-to-dry", "精华抹完要不要等干了再上面霜", ("先用精华",), ("保价", "质量问题")),
    # two promotions named by their figures: the sum with both, no usage of the gift item
    ("two-promotions", "满299减20和满199送面膜可以一起享吗 我拍面霜加精华", ("实付347元", "面膜1片"), ("用法",)),
    # what a review earns, asked as "送点啥": no promotion or bargaining script after it
    ("review-reward", "追评有奖励吗 晒图送点啥不", ("不能用返现或奖励",), ("价格这边", "活动和优惠券都展示")),
    # a skin reaction with a demand: stop-use advice first, not an escalation menu
    ("reaction-demand", "用了你们家精华两天 脸上起红疹 必须给我个说法", ("停用", "医院"), ("升级给店长",)),
    # a burst bottle told in Cantonese: unsafe goods, no keep-it-with-a-coupon option
    ("burst-hk", "尋日收到 面霜樽爆咗 啲霜流晒出嚟", ("补发", "别再用"), ("不退不换", "您是说昨天收到")),
    # the gift named in an order: not counted as an item bought
    ("gift-named", "已经拍了面霜加洗面奶 赠品面膜记得放 今天发吗", ("一共247元",), ("59元",)),
    # a business trip is no item short, and a smaller size asks about the item's sizes
    ("trip-size", "下周出差两天 面霜有小瓶的吗", ("这一种规格",), ("少发",)),
    # a payment last night: that day's cut-off, not "pay before 9:00"
    ("paid-last-night", "昨晚九点多付的款 今天发吗", ("21点多", "过了当天的截单时间"), ("前付款能当天发",)),
    # whether the shop ships on a named date ahead: closed, and the last day that ships sooner
    ("ships-on-date", "1月1号你们发货吗", ("仓库休息", "12月30日（周三）17:00前付款"), ("今天（11月24日 周二）20:00前发出",)),
    # a group the facts do not name: checked, never guessed
    ("nursing-unlisted", "哺乳期能敷玻尿酸面膜吗", ("哺乳期能不能用", "核实"), ("适合各种肤质",)),
    # oily, acne-prone skin asked in Cantonese: the cream is not for it
    ("oily-hk", "我皮膚好油 又成日生暗瘡 個面霜啱唔啱用", ("不太建议",), ("您说一下",)),
    # 搓泥 asks about the texture
    ("pilling", "精华会不会搓泥", ("水感",), ("详情页",)),
    # two items, only one to buy now: what decides it, not "不是二选一"
    ("only-one", "面霜跟精华区别在哪 我只想先买一样", ("您是什么肤质",), ("不是二选一",)),
    # another brand named: our item's facts, no asking for its name, no running it down
    ("other-brand", "你们的洗面奶跟那个日本牌子的比 哪个更温和", ("不方便评价", "氨基酸"), ("名字或链接",)),
    # a question ending in 没 beside a count: the stock check is not dropped
    ("stock-mei", "精华还有货没 想买三瓶 有啥优惠", ("库存", "实付577元"), ()),
    # a bare referent: no guess at a scenario
    ("referent", "那另一款呢", (), ("您是想问",)),
    # an overdue order told with 待发货: an apology first
    ("overdue-sorry", "上周五晚上付的款 到现在还是待发货", ("抱歉",), ()),
    # a weekday ahead with "给发": the day it ships
    ("friday-night", "周五晚上拍的话 周六给发还是要等周一", ("11月28日",), ("您是想问",)),
    # customer service on a weekday ahead: the hours, not "帮不上忙"
    ("service-weekday", "下周三你们客服上班吗", ("09:00–20:00",), ("帮不上忙",)),
    # how far one item is from free shipping: the gap said
    ("postage-gap", "只买一盒面膜 差多少能包邮", ("还差40元",), ()),
    # 保价 asked before buying, beside a sale after the window: the window's end, no refund date
    ("sale-after-window", "双十二会不会更便宜 怕现在买了亏", ("保价到12月9日", "不在保价范围内"), ("11月26日",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND18, ids=[row[0] for row in ROUND18])
def test_round18_waits_promotions_reactions_days_and_referents(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


def test_a_recommended_set_says_the_gift_once(shop, shop_matcher):
    """"帮挑一套 有赠品没": the set's sum already says the gift; the gift rule is not added again."""
    first = draft(shop, shop_matcher, "我干皮 帮我配一套250以内的 有赠品没").drafts[0].text
    assert first.count("送面膜") == 1, first


ROUND19 = [
    # a refund overdue: the refund's days counted and checked, not a parcel to track
    ("refund-late", "说好退款两个工作日到账 都第五天了还没到 是不是不想退了", ("退款", "查"), ("包裹的位置",)),
    # one box of two missing from a sound parcel: a resend, not a courier check
    ("one-missing", "昨天签收的 买了三瓶精华只有两瓶 外箱没坏", ("补发",), ("包裹的位置",)),
    # an overdue order and "不要了退钱": the options, wait or a refund
    # (the refund is chosen: said, not offered beside "继续等" again; no tracking tip after it)
    ("overdue-quit", "付款三天了还没发货 不想等了 退钱吧", ("退款",), ("物流单号",)),
    # a coupon below its threshold: why it did not come off
    ("coupon-threshold", "领了满299减20的券 怎么没减啊 我就买了一瓶精华", ("还差100元",), ("差价", "满199元送面膜")),
    # a reaction to another brand told before buying: no crisis care
    ("other-brand-allergy", "还是有点犹豫 以前用别的牌子过敏过 怕这个也不行", ("试用",), ("停用", "让您受罪了")),
    # a price drop said as "降到…": inside the window, the difference refunded
    ("dropped-to", "上周六买的精华 今天降到179了 能退差价不", ("还在保价期内",), ("A.",)),
    # a return threatened beside 保价 outside both windows: said plainly
    ("return-beside-protection", "10月30号买的面霜 降价了补不补 不补就退货", ("过了保价期", "过了7天无理由退货期"), ()),
    # an invoice to reissue: how, and by when it is confirmed
    ("invoice-reissue", "发票抬头开错了 能重开一张吗", ("重开", "11:00前"), ("下单后把抬头",)),
    # a bare confirmation that points back: what it points at, asked
    ("bare-confirmation", "嗯 就是这个", ("哪一款",), ("随时找小禾哦",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND19, ids=[row[0] for row in ROUND19])
def test_round19_money_late_missing_items_coupons_and_referents(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND20_21 = [
    # a clause naming the other item asks about that one
    ("clause-item", "精华面霜都到了 先抹哪个 晚上能用精华吗", ("精华每次两三滴", "早晚都可以用"), ()),
    # a question about a named item no fact answers: checked by a time, not "详情页"
    ("unknown-point", "面霜和精华先用哪个 精华会不会氧化", ("核实", "11:00前"), ("详情页",)),
    # counts before each item: the sum counts them
    ("counted-items", "三盒面膜加一支洗面奶多少钱", ("三盒玻尿酸补水面膜 5片装（177元）", "一共256元"), ("138元",)),
    # breastfeeding said in Cantonese: the item's "not for"
    ("nursing-hk", "我而家餵緊人奶 你哋個精華用唔用得", ("哺乳期",), ("介绍一下",)),
    # 大前天: three days back
    ("three-days-ago", "大前天付的款 怎么还不发货", ("11月21日",), ()),
    # a customer's own pace and a time in months: the boxes for it
    ("own-pace", "我一周敷四次 想囤够一个月 面膜要拍几盒", ("按一周4次算", "4盒"), ()),
    # a payment failing beside a question on instalments: both answered
    ("failing-and-instalments", "付款老是失败 能不能用花呗分期", ("限额", "花呗分期"), ()),
    # praise of a fast delivery with thanks: thanked, no dispatch check
    ("delivery-praise", "发货好快 前天拍昨天就到了 谢谢哈", ("夸奖",), ("帮您查",)),
    # small talk about the weather: no guessed scenario
    ("weather", "你们那边冷不冷啊 我下周过去玩", (), ("您是想问",)),
    # a duplicate order cancelled: no return, the cancel's refund
    ("duplicate-order", "不小心拍了两单一样的 帮我取消一单 钱什么时候退", ("取消", "原路退回"), ("仓库签收",)),
    # cancel, and nothing else offered
    ("cancel-only", "不想要了 帮我取消订单吧", ("取消",), ("修改订单",)),
    # a price doubt before buying: the promotions, no return policy
    ("dear-hesitation", "还是觉得有点贵 再考虑下", ("满199元送面膜",), ("无理由退货",)),
    # a bare day after a month said just before
    ("month-context", "12月31号你们休息吧 那我30号晚上拍啥时候发", ("12月30日晚上",), ()),
    # a refund overdue after the return was signed days ago
    ("refund-days-late", "退货你们都签收好几天了 钱还没到账", ("应该已经到账了", "查"), ("签收后我帮您盯着",)),
    # an invoice with the tax number given: when it is issued
    ("tax-number-given", "开普票 抬头上海某某有限公司 税号91310000MA1K4XXXX8 多久能开", ("收到啦",), ("下单后把抬头和税号发我",)),
    # 到手多少 is the price after the coupon, not a parcel's arrival
    ("final-price", "精华加面霜到手多少钱", ("实付347元",), ("路上要几天",)),
    # an earlier order's invoice: issued afterwards, checked by a time
    ("earlier-invoice", "上个月的订单能补开发票吗", ("补开", "11:00前"), ()),
    # a remote region and a free-shipping threshold: no threshold applies there
    ("remote-threshold", "寄西藏买满多少能免邮", ("12元",), ("活动和优惠券都展示",)),
    # "能不能用点心" beside a crushed box: the damage, not whom the item suits
    ("use-some-care", "收到盒子压扁了 你们打包能不能用点心", ("补发",), ("适合干皮",)),
    # a pregnant wife: not this one, and what she can use
    ("pregnant-wife", "老婆怀孕了 精华她能用吗 不能的话推荐个别的", ("氨基酸温和洁面乳",), ()),
    # an unopened return allowed: its postage said once, no quality rule beside it
    ("return-postage-once", "面膜买多了 没拆 能退吗 运费谁出", ("寄回运费需要您承担",), ("质量问题", "寄回的运费是这样的")),
    # a second order beside a parcel on its way: it ships on its own
    ("merge-shipped", "上一单物流还没到 再拍个面膜能跟上一单一起到吗", ("单独发出",), ()),
    # one order to two places: two orders, promotions per order
    ("two-addresses", "两瓶面霜一瓶寄北京一瓶寄上海 能一个订单填两个地址吗", ("分开拍两单", "每单"), ()),
    # someone else paid less: the price now, the difference explained and checked, no refund menu
    ("friend-paid-less", "同事上周买的精华才179 我怎么是199", ("199元", "优惠券", "11:00前"), ("A.",)),
    # an item swapped in an order not received, corrected mid-message: cancel and order again
    ("swap-in-order", "刚拍的洗面奶换成面膜 不对 是面膜换成洗面奶 我拍反了", ("取消", "重新拍氨基酸温和洁面乳"), ("7天内可以换",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND20_21, ids=[row[0] for row in ROUND20_21])
def test_rounds_20_21_clauses_counts_cancels_and_invoices(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND22_23 = [
    # past the 保价 window: no promise to check "能补多少差价" beside it
    ("outside-no-promise", "10月30号买的精华 现在降了20 能补差价吗", ("已经过了保价期",), ("能补多少差价",)),
    # an evening payment said: the next day, and no "现在下单今天发出" after it
    ("evening-no-now", "我晚上八点多才能付款 明天能发吗 后天能到杭州吗", ("20点多付款就过了",), ("现在下单预计",)),
    # a message sent to the wrong chat: a kind word
    ("wrong-chat", "不好意思 发错人了", ("没关系",), ("补发", "您是想")),
    # small talk with a word of damage and no goods: the aside
    ("cold-hands", "你们那边冷吗 我这零下了 手都冻裂了哈哈", ("聊天",), ("破损", "补发")),
    # an order of a past day beside a parcel that does not move: checked, not "现在下单"
    ("past-order-tracking", "上周四就下单了 物流一直没更新 还要等多久", ("应该在", "查"), ("现在下单预计",)),
    # the gift asked to be put in: not an item bought
    ("put-the-gift-in", "拍好了 一个面霜一个精华 记得给我放面膜", ("一共367元",), ("59元",)),
    # a review to amend: no anger, no parcel chase
    ("amend-review", "不好意思 手滑点了个中评 东西挺好的就是快递慢了点 怎么改好评", ("评价",), ("生气", "包裹的位置")),
    # goods already received beside an invoice question: no dispatch chase
    ("received-invoice", "发票开错了 东西收到好几天了 能重开吗", ("重开",), ("催一下",)),
    # an exchange asked "咋操作": how to apply, not a usage leaflet
    ("exchange-how", "面霜没拆 想换成精华 咋操作 运费谁出", ("申请退货", "运费需要您承担"), ("使用说明", "申请换货")),  # (a return and a new order, as the answer says: round 311)
    # a complaint about canned replies: no bargaining
    ("canned-replies", "每次问都是一堆套话 敷衍谁呢 等着差评吧", ("不满意",), ("改价",)),
    # a missing gift: the rule without "随单发出" beside the apology
    # (the customer names the same threshold: the rule is not read back to them, rounds 114 and 120)
    ("gift-missing-rule", "买了250的东西 说好的满199送面膜呢 包裹里没有", ("补发",), ("随单一起发出", "活动规则是这样的")),
    # a cancel taken back: the remark, no cancel
    ("cancel-taken-back", "帮我取消订单吧 算了算了还是不取消了 帮我备注发中通", ("备注",), ("退款",)),
    # a bare past weekday: counted ("周六就签收了")
    ("past-weekday", "退货你们周六就签收了 钱还没到 啥时候到账", ("3天前签收",), ()),
    # the whole catalogue asked for a round price
    ("whole-catalogue", "你家四样我全要了 给个整数480行不", ("一共505元", "实付485元"), ()),
    # one item by two names
    ("two-names", "面霜和积雪草霜有什么区别", ("同一款",), ("名字或链接",)),
    # an item taken out of an order: cancel and order again, and the gift's threshold
    ("drop-one", "订单里那瓶精华不要了 只要洗面奶 能改吗", ("取消", "没满199元"), ()),
    # a statutory holiday without published dates: no date named
    ("holiday-unknown", "元旦那天拍的话什么时候发", ("放假安排公布后",), ("2027年1月",)),
    # a passing state of the skin: wait until it heals
    ("broken-skin", "敏感肌 脸上有点破皮 面霜能用吗", ("等皮肤恢复好了再用",), ()),
    # the other item, for the same pregnant friend
    ("pregnant-both", "朋友怀孕了 洗面奶能用吗 那个精华呢", ("孕妇都可以用", "孕妇不适合用烟酰胺焕亮精华液"), ()),
    # a promise another agent made: honoured once checked, by a time; no missing-item menu
    ("colleague-promise", "之前客服答应我下单送两片面膜 结果只收到一片", ("聊天截图", "补上", "11:00前"), ("A.",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND22_23, ids=[row[0] for row in ROUND22_23])
def test_rounds_22_23_windows_asides_withdrawals_and_holidays(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND24_25 = [
    # options carry their deadlines: no follow-up promise glued after them
    ("no-reassure-after-options", "收到的精华瓶子碎了 流了一盒子 气死了", ("补发",), ("一直跟到底",)),
    # a reaction beside a return question: the care, no how-to tips
    ("reaction-no-tips", "精华用了三天脸上起小红点 能退吗", ("停用",), ("隔天",)),
    # a correction naming only the item wanted: the difference the right way round
    ("swap-corrected", "我要退那个面膜 哎不对 还是换成面霜吧 没拆的 补差价行不", ("多109元", "再拍积雪草修护面霜"), ("退给您",)),
    # an earlier order's item is not in this order's sum
    ("earlier-order", "上次买的面霜 这次想买两瓶精华 能便宜多少", ("一共398元",), ("566",)),
    # a bare day of a past payment: counted against the window
    ("bare-paid-day", "我3号付款的精华 今天便宜了30 能退差价不", ("21天", "已经过了保价期"), ("保价到12月",)),
    # putting on makeup after, and a mask's weekly count asked beside two items
    ("mask-weekly", "面膜一周可以敷几次 能跟精华一起用吗", ("一周用2到3次",), ()),
    # a mask overnight: the caution
    ("mask-overnight", "面膜敷一整晚是不是更补水", ("不要敷超过20分钟",), ()),
    # impurities in the goods: a quality problem, not a product pitch
    ("impurities", "洗面奶挤出来有黑色小颗粒 是不是过期货", ("别再用", "补发"), ("介绍一下",)),
    # a region in one clause, "can it be sent" in the next: the region's fee
    ("region-other-clause", "我在新疆 可以寄过来吗 大概几天", ("12元",), ()),
    # reviews read, a question about the item: not the review script
    ("reviews-read", "油肌经常冒痘 看评价很多人推修护霜 我适合吗", ("油皮、痘痘肌本来就不太建议用",), ("返现",)),
    # part of a refund missing: the order's figures, no postage rule
    ("refund-short", "退款只到了79 我付了85 那6块运费呢", ("核对",), ("全店满99元包邮", "帮您算好运费")),
    # "第四瓶" is a repurchase count, not a quantity
    ("fourth-repurchase", "老顾客了 精华回购第四瓶了 有没有老客福利", ("满199元送面膜",), ("买4瓶",)),
    # a parcel signed for and left at another station: checked, not "find the pickup code"
    ("wrong-station", "显示签收了 可我没收到 好像送到隔壁小区驿站了", ("核实",), ("取件码",)),
    # "嗯嗯 就这个": what it points at
    ("bare-this", "嗯嗯 就这个", ("哪一款",), ()),
    # Cantonese "can I return it": counted against the window
    ("return-hk", "上個禮拜五收到嘅面霜 未拆過 想退貨得唔得", ("可以退", "7天无理由退货期内"), ()),
    # a pace of use is no time since opening, and a shelf-life question no quality complaint
    ("pace-not-age", "精华开封了能放多久 我一个月才用一点点", ("6个月内用完",), ("您这瓶买了", "拍张照片")),
    # an order checked after paying, no change asked: a confirmation, not a change-address menu
    ("order-check", "拍好了付了 地址填的公司 你看下没问题吧", ("核对",), ("拦截",)),
    # a review to amend after an exchange that went well: no return policy after it
    ("review-after-exchange", "之前给了中评 后来客服帮我换了货挺满意的 中评还能改吗", ("评价",), ("退换货是这样的",)),
    # a price for two items with a dispatch question: the bargain's sum, no change-address script
    ("offer-and-dispatch", "洗面奶拍两支给改成150行不 下午付款今天能发吗", ("一共158元",), ("地址能改",)),
    # a shop to visit: online only, where it ships from
    ("no-store", "你们有线下门店吗 想去看看", ("线上旗舰店",), ("帮不上忙",)),
    # the refund's days said once
    ("refund-days-once", "退款申请了 啥时候到账啊", ("2个工作日",), ("审核通过后",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND24_25, ids=[row[0] for row in ROUND24_25])
def test_rounds_24_25_corrections_refunds_regions_and_reviews(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND26_27 = [
    # a date written with a slash: counted against the return window
    ("slashed-date", "我11/14收到的面膜还没拆 现在还能退吗", ("过了7天无理由退货期",), ("可以退的哦",)),
    # "还能明天发吗" after an evening payment: the next day, no "今天发出"
    ("tomorrow-then", "我晚上九点才能付款 那还能明天发吗", ("明天（11月25日 周三）",), ("预计今天",)),
    # last night's payment and no tracking yet: past the cut-off, ships today
    ("no-tracking-yet", "昨晚十点多拍的 咋还没物流信息", ("22点多", "今天"), ()),
    # hours since payment: counted as days, overdue and checked
    ("hours-paid", "付款都72小时了还是待发货 你们写的17点前付款当天发骗人的吧", ("抱歉", "查"), ("您17:00前付款能当天发",)),
    # a stuck parcel with its courier named: the parcel, not the choice of courier
    ("stuck-courier", "物流两天没动了 韵达的 是不是丢了", ("核实",), ("默认发",)),
    # a gift asked for as "面膜呢": missing, not a sum of items
    ("where-is-the-gift", "不是满199送面膜吗 我买了精华 箱子里就一瓶精华 面膜呢", ("补发",), ("一共258元",)),
    # an item short said in Cantonese: a resend
    ("short-hk", "我買咗兩支洗面乳 得一支到", ("补发",), ("您是想问",)),
    # a gift's remark: no invoice how-to
    ("no-invoice-in-gift", "送女朋友的 能备注别放发票吗", (), ("抬头",)),
    # a price seen in a live stream: the bargain's answer, not samples
    ("live-stream-price", "直播间精华才169 你们这咋卖199", ("199元",), ("小样",)),
    # a way to pay asked in Cantonese: the methods, not whom the mask suits
    ("octopus", "可唔可以用八達通俾錢", ("支付宝",), ("适合各种肤质",)),
    # floccules in the serum: stop using, a quality problem
    ("floccules", "精华用了两天 瓶子里有白色絮絮的东西 是不是坏了", ("别再用",), ()),
    # two items after a problem: no pairing pitch
    ("no-pairing-after-problem", "买了面霜和洗面奶 面霜闻着有怪味 能只退面霜吗", ("别再用",), ("不是二选一",)),
    # replies slow all morning: the wait answered, no "商品、物流还是服务"
    ("slow-all-morning", "客服一上午都不回 什么破店", ("没等到回复",), ("商品、物流还是服务",)),
    # a date said beside a sale named: the date is the purchase, past the window
    ("date-beside-sale-day", "10月18号买的面霜 双十一降到148了 能补20吗", ("已经过了保价期",), ("还在保价期内",)),
    # a day of this month already past: the payment made, not the next such day
    ("past-mday", "我19号就付款了 今天都24号了还没发货", ("11月19日",), ("12月19日",)),
    # an evening said between the day and the payment: the evening's cut-off
    ("evening-in-gap", "我周六下班了晚上再拍 周日能发出去吗", ("11月30日（周一）",), ("11月28日（周六）20:00前发出",)),
    # service hours asked with 上班不
    ("hours-shangban-bu", "你们客服周日上班不", ("09:00–20:00",), ("帮不上忙",)),
    # recommendations for a trip: the aside
    ("trip-recommend", "下周想去西湖玩 有啥推荐的", ("聊天",), ("预算",)),
    # a coupon asked with 能用吧 beside two items: the deal, no generic promotion script
    ("coupon-neng-yong", "精华面霜一起拍 满299减20的券能用吧 实付多少", ("实付347元",), ("展示在商品页面",)),
    # the gift asked of two items of one kind: the item counted, the gift not bought
    ("gift-not-counted", "精华买两瓶 用券是378吧 还送面膜吗", ("一共398元", "实付378元"), ("258元",)),
    # paid and in a hurry, for a present: dispatch, not "自用还是送人"
    ("paid-hurry-present", "已付款 麻烦快点发哈 要送闺蜜的", ("发出",), ("自己用还是送人",)),
    # a price on another platform: ours held, no 保价 refund promised
    ("other-platform", "pdd上面霜才卖139 你们168 按139给我发得了", ("168元",), ("差价核实后",)),
    # thanks for quick replies, the goods still to come: no damage script
    ("thanks-quick", "谢谢你哦 回得好快 收到再跟你说用起来怎样", (), ("破损", "补发")),
    # an exchange of an unopened item: its difference, no refund invented
    ("exchange-no-refund", "上周六到的面霜还没拆 能换成精华不 差的钱我补", ("多31元", "再拍烟酰胺焕亮精华液"), ("等了",)),
    # whether to wash after the mask, in Cantonese
    ("mask-wash-hk", "啲面膜敷完使唔使洗面", ("拍开",), ("您是想问",)),
    # a coupon and the gift "in conflict": the sum with both, no pairing pitch
    ("coupon-gift-conflict", "精华加洗面奶278 满199送的面膜会不会跟券冲突", ("还能送面膜1片",), ("不是二选一",)),
    # one of two unopened boxes returned: allowed, and who pays the postage
    ("return-one-box", "买了两盒面膜 还没拆 想退一盒 运费谁出", ("无理由退货", "运费需要您承担"), ("满99元包邮",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND26_27, ids=[row[0] for row in ROUND26_27])
def test_rounds_26_27_dates_hours_gifts_and_parcels(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


def test_every_policy_topic_can_be_checked_when_the_library_lacks_its_fact():
    """A topic asked of a shop whose policy does not state it gets "I will check, by …": every
    policy topic has that sentence (a missing one failed a whole batch on the built-in library)."""
    from csreply.writing import facts
    from csreply.writing.fact_topics import _ASKS

    assert {t for t in _ASKS if t not in facts.PRODUCT_TOPICS} <= set(facts._CHECKS)


@pytest.mark.parametrize("message", ["你们有线下门店吗", "两单能合并发吗", "一瓶寄北京一瓶寄上海 能填两个地址吗", "客服几点下班"])
def test_policy_topics_answer_on_the_builtin_library(message):
    """The built-in library states no ships_from: a shop question still gets an answer or a check."""
    lib = Library.load(user=False, env=False)
    s = suggest(message, lib, now=TUESDAY)
    assert s.drafts and s.drafts[0].text


def test_one_item_by_two_names_says_them_in_the_customers_order_whatever_the_hash_seed():
    """The two names come from a set of aliases: they must not follow the process's hash seed."""
    from hash_seeds import outputs_under_seeds

    code = (
        "from datetime import datetime;from pathlib import Path;from csreply.library import Library;"
        "from csreply.writing.drafting import suggest;"
        f"lib=Library.load([Path({str(ROOT / 'examples' / 'shop')!r})],user=False,env=False);"
        "print(suggest('洗面奶和洁面乳有什么区别',lib,now=datetime.fromisoformat('2026-11-24T10:00+08:00')).drafts[0].text)"
    )
    outs = outputs_under_seeds(code, ("0", "1", "2", "3"))
    assert len(outs) == 1 and "您说的洗面奶和洁面乳是同一款" in outs.pop()


ROUND32_33 = [
    # a reaction imagined before buying is a return question, not a reaction to care for
    ("imagined-reaction", "如果用了长痘能退吗", ("拆封使用后",), ("停用", "皮肤科", "让您受罪了")),
    ("imagined-reaction-worry", "怕过敏不敢买 万一拆了用着过敏能退吗", ("耳后",), ("有我在呢", "皮肤科")),
    # the same clause of the return rule is not said twice by two answers
    ("rule-once", "怕过敏不敢买 万一拆了用着过敏能退吗", (), ()),
    # a receipt day said with 到的 counts against the return window
    ("received-day", "没拆封的精华能退吗 16号到的", ("过了7天无理由退货期", "主管"), ("可以退的哦",)),
    # a refund counts from the day the warehouse signed, not the day the return was sent
    ("signed-not-sent", "退货上周五寄出 快递说昨天仓库签收了 钱还没到", ("昨天签收",), ("3天前", "4天前")),
    # a weekday of a trip is no payment day
    ("trip-day", "周四晚上要坐高铁回老家 今天拍能赶上吗", (), ("周四晚上付款",)),
    # a courier or a dispatch day asked beside a city is no free-shipping question
    ("city-no-fee", "晚上八点拍明天能发不 周五前能到南京吗", ("明天",), ("包邮范围",)),
    ("courier-no-fee", "后天要用 今天下单到杭州来不来得及 来不及加钱发顺丰行吗", ("顺丰",), ("包邮范围",)),
    # one item named and a choice asked: no "这两款"
    ("one-item-choice", "送男朋友 他是油皮 一直用洗面奶 哪款合适", ("洁面乳",), ("这两款", "两款")),
    # Cantonese 平啲 is a bargain, 統編 an invoice
    ("cantonese-bargain", "平啲啦 两支面霜", ("336元",), ("是想了解商品",)),
    ("taiwan-invoice", "可以開統編嗎 要報帳", ("發票",), ("是想問",)),
    # a question about a side job is not greeted back
    ("side-job", "你们这招不招主播啊", ("帮不上忙",), ("欢迎光临",)),
    # a matter of an earlier chat gets asked again, not guessed
    ("earlier-matter", "还是之前那个事 你懂的", ("订单号",), ("哪两款", "您是想问")),
    # an item the customer will not buy stays out of the sum
    ("not-buying", "面霜加精华一共367 用299减20的券是不是347 送面膜的话我就不单买面膜了", ("367元", "347元"), ("426元",)),
    # a hold to a day names that day, not another day in the message
    ("hold-day", "我28号才出差回来 能不能12月2号以后再给我寄", ("12月2日",), ("照常今天", "11月28日")),
    # a coupon named by its figures combined with the gift is a promotions question
    ("coupon-figures", "能跟299减20的一起享吗 满199送的是一片吗", ("可以一起享受",), ("用法",)),
    # an item scooped once is opened
    ("scooped", "面霜挖过一回 太厚了 能退不", ("拆封使用后",), ("符合无理由退货条件的话",)),
    # a review to amend after the problem is solved is no anger
    ("amend-review", "之前给过差评 现在问题解决了 差评怎么改", ("追评",), ("换成是我也会生气",)),
    # where a refund goes is not how to pay
    ("refund-to-huabei", "不要了 取消吧 钱多久退回花呗", ("原路",), ("花呗分期",)),
    # a parcel sent back to a city: the city is not the customer's region
    ("returned-to-city", "物流显示退回广州了 还能重新发吗", (), ("包邮范围",)),
    # family sharing one item is no layering question, and one item is no split parcel
    ("shared-use", "洗面奶想囤6支 家里人一起用 有优惠没", ("474元",), ("用法", "分开发出")),
    # a closing line is said once, at the end
    ("one-close", "双十二会不会更便宜啊 要不我等等再买", ("保价",), ("随时问小禾。我们",)),
    # a sale's name with no purchase is no purchase day
    ("sale-ahead", "618还会降价吗 我等等再买", (), ("过了保价期", "159天")),
    # a promise by an agent named is checked, a price change before paying says to wait
    ("promise-by-name", "昨天客服小林答应我 少的那片面膜今天补发 怎么还没动静", ("聊天记录", "补上"), ("满199元送",)),
    ("promised-price", "之前那个客服说给我改成150 我拍了没付款", ("改好价", "先别付款"), ()),
    # out of stock asked: no "有货的话现在拍下", and the restock time is checked
    ("restock", "面霜显示缺货 什么时候补货", ("补货时间",), ("有货的话", "都是有现货")),
    # the days to a region beside its fee: both answered
    ("region-days-and-fee", "寄新疆乌鲁木齐要几天 运费多少", ("12元", "路上一般4～7天"), ()),
    # an order placed with a gift reminder: the order confirmed and the rule checked
    ("placed-gift", "付好了 满199送的面膜别忘了给我放", ("订单收到", "实付金额"), ()),
    ("placed-remark", "已付款 你看下 备注里写了要发中通", ("订单",), ("您是想问",)),
    # a price hesitation with a worry beside it: the worry is answered too
    ("price-and-worry", "有点小贵 也没用过 担心过敏 我再想想", ("耳后",), ("停用",)),
]

ROUND34_35 = [
    # "七天无理由退" asked for an unopened item: the window counted, no refund overdue
    ("no-reason-return", "精华没拆封 到手第3天 能七天无理由退吗 运费谁出", ("第3天", "寄回运费"), ("应该已经到账",)),
    # praise and a question about a review: no apology for what displeased
    ("praise-review", "东西很好用 追评的话有返现吗", ("返现",), ("不满意的地方",)),
    # another shop's order: said plainly, not tracked or refunded
    ("other-shop-parcel", "在别家买的防晒 物流不动了 帮我查查", ("别家店铺",), ("联系快递核实",)),
    ("other-shop-protect", "拼多多上买的面霜降价了 能补差价吗", ("别家店铺",), ("保价",)),
    ("other-brand-history", "以前用了别家的面霜闷痘 你家面霜温和吗", ("积雪草",), ("别家店铺", "拍张照片")),
    # a live-stream price given as "128到手" is a bargain
    ("stream-price", "直播间说面霜138到手 这里怎么168 能按138拍吗", ("168元",), ("发出哦～我们能保证",)),
    # a request to choose a present is no compliment, whatever "好看" it holds
    ("choose-present", "给我妈挑个 皮肤干 预算两百 包装要好看", ("积雪草",), ("夸奖",)),
    # leaking goods and "这还咋用": the damage leads, not the usage
    ("harm-then-how", "瓶子碎了 精华漏了一半 这还咋用啊", ("A.", "B."), ("使用说明", "用法")),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND34_35, ids=[row[0] for row in ROUND34_35])
def test_rounds_34_35_returns_reviews_other_shops_and_harm(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND32_33, ids=[row[0] for row in ROUND32_33])
def test_rounds_32_33_imagined_cases_days_named_and_what_is_not_asked(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)
    if kind == "rule-once":
        text = draft(shop, shop_matcher, message).drafts[0].text
        assert text.count("7天无理由退货") <= 1 and text.count("出于卫生考虑") <= 1, text


ROUND36_37 = [
    # an evening payment asked with 啥时候发: the next day, not "今天20:00前"
    ("evening-when", "要晚上八点多才能付款 那什么时候发", ("明天",), ("今天（11月24日 周二）20:00前发出",)),
    # a message meant for a colleague gets a kind word, not a wrong-item remedy
    ("meant-for-colleague", "刚才那句发错了 是发给同事的 请忽略", ("没关系",), ("A.", "拍一下")),
    # bought here, the live stream cheaper since: price protection, not a bargain or the return rules
    ("bought-then-cheaper", "上周三拍的面霜168 今天直播间才148 差20能退吗", ("保价",), ("没办法改", "申请售后")),
    # nobody promised anything: no colleague's promise
    ("no-promise", "还没付款 能给我改个价吗 那个满减券我忘领了", ("299减20",), ("同事答应",)),
    ("no-card-advice", "还没付款 能给我改个价吗 那个满减券我忘领了", (), ("限额",)),
    # a change taken back for a cancel: the cancel is done
    ("cancel-instead", "收货人写错了 哦不 算了还是直接取消吧", ("取消",), ("新的收货人",)),
    # a hold of two days: the hold, not "照常今天发出"
    ("two-days-later", "麻烦晚两天再发 周五我才在家", ("11月27日",), ("照常今天",)),
    # a platform membership is not the shop's
    ("platform-membership", "88vip怎么开通", ("帮不上忙",), ("使用说明",)),
    # "我要退货" for an unopened item received the day before yesterday: the window counted
    ("want-return-unopened", "我要退货 大前天收到的 没拆封", ("第3天", "7天无理由退货期内"), ()),
    # a restock asked is the stock's question, not a dispatch chase
    ("restock-days", "精华啥时候补货 都缺了好几天了", ("补货时间",), ("加急催", "发货进度")),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND36_37, ids=[row[0] for row in ROUND36_37])
def test_rounds_36_37_times_promises_cancels_and_restock(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND38_39 = [
    # the gift asked about or reminded of is no item bought: not in the sum
    ("gift-not-summed", "就买一瓶面霜 168够送面膜吗 包邮吗", (), ("59元",)),
    ("gift-reminder-not-summed", "拍了精华和洗面奶 面膜记得带上", ("278元",), ("337元",)),
    # a promise said without its subject ("刚才说送我…") is checked, not answered with payment methods
    ("promise-no-subject", "刚才说给我减10块的 我拍了还没付 改下价", ("聊天记录",), ("付款方式都可以",)),
    # waiting for a sale before buying is no price-difference remedy
    ("wait-for-sale", "算了 等元旦再买 现在买怕又降价", (), ("A. 退差价", "刚买就看到")),
    # a trip abroad is no payment day
    ("trip-abroad", "下周三就要出国了 付款三天了还没发货", (), ("您下周三付款",)),
    # leaking all over the box is damage, not an item left out
    ("leaked-boxful", "面霜瓶子碎了 漏了一盒子 说明书都湿了", ("A.", "补发新的"), ("打包的时候出了差错", "使用说明")),
    # another item sent (寄来) is a wrong item, not a skin question
    ("sent-other-item", "我拍的洗面奶 给我寄来个面膜 急用", ("发错",), ("给您详细说说",)),
    # "退的话运费谁出" for an unopened item: the window, not a refund overdue
    ("return-if", "上周六到的 没拆 不想要了 退的话运费谁出", ("7天无理由退货期内",), ("应该已经到账",)),
    # another platform's lower price after buying here is no 保价
    ("other-platform-after", "拼多多同款面霜才138 我在你家168买的 差30 退我", ("168元",), ("A. 退差价",)),
    # reviews read and a worry: a question before buying
    ("reviews-worry", "看差评说会闷痘 有点怕 你家面霜油皮能用吗", ("面霜",), ("返现",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND38_39, ids=[row[0] for row in ROUND38_39])
def test_rounds_38_39_gifts_promises_trips_and_platforms(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND40_41 = [
    # winter skin that reddens is the skin as it is, not a reaction to the item
    ("winter-skin", "我爸冬天脸一吹风就起皮发红 你家面霜他能用吗", ("面霜",), ("停用", "让您受罪了")),
    # a reaction told as history while hesitating, or read in reviews, is a worry before buying
    ("history-reaction", "以前用过一个修护霜过敏 脸肿了好几天 怕又烂脸 我再想想", ("耳后",), ("停用", "皮肤科")),
    ("review-reaction", "看评价里有人说用了长痘 我再考虑下", (), ("停用", "皮肤科")),
    # a real reaction with a question about what the item holds: the care first
    ("reaction-and-hormone", "精华用了两天 脸上起红疹又痒 是不是有激素", ("停用",), ()),
    # a parcel received and a return asked: the window, not a parcel to trace
    ("signed-then-return", "21号签收的面膜 没拆 不想要了 怎么退", ("7天无理由退货期内",), ("联系快递核实",)),
    # a refund smaller than paid is the refund's question, not price protection
    ("refund-short", "退了面霜 为啥只退我158 我付的168", (), ("A. 退差价", "刚买就看到")),
    # a baby's chapped cheeks are skin, not broken goods
    ("chapped-skin", "孩子手冻裂了 你家面霜能擦吗", (), ("外箱", "磕坏")),
    # more pointing words for a matter of an earlier chat
    ("pointing-more", "还有上面那个 刚说的 一起弄", ("订单号",), ("A.",)),
    # a dispatch time asked beside a trip's city is no free-shipping question
    ("trip-city", "现在拍下午能发吗 明天我要去广州出差", (), ("包邮范围",)),
    # "我一碰香精就过敏": an allergy the customer has, asked before buying, not a reaction to care for
    ("allergy-whenever", "精华有没有香精 我一碰香精就过敏", (), ("停用", "让您受罪了")),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND40_41, ids=[row[0] for row in ROUND40_41])
def test_rounds_40_41_skin_as_it_is_histories_returns_and_refunds(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND43 = [
    # a hold to a weekday said with 礼拜
    ("hold-libai", "晚点发吧 下礼拜二再发 这周家里没人", ("12月1日",), ("照常今天",)),
    # a cancel taken back ("算了 还是要吧"): nothing is cancelled
    ("cancel-taken-back", "那单面霜取消吧 不要了 算了算了还是要吧", (), ("去掉", "帮您把这单取消")),
    # the addressee said and a remark asked: the remark, not an address change
    ("remark-not-address", "已经拍了 收件人是我妈 包裹里别放价签", ("备注",), ("新的收货人",)),
    # a parcel stuck on its way and an intercept asked: the parcel, not an order to edit
    ("stuck-intercept", "物流两天没动了 停在中转站 能不能拦截改寄到公司", ("快递",), ("A. 修改订单",)),
    # a wrong item sent to a pregnant customer: the wrong item is the matter
    ("wrong-item-pregnant", "我买的洗面奶 给我发了精华 我怀孕用不了 怎么办", ("补发",), ("孕妇的话",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND43, ids=[row[0] for row in ROUND43])
def test_round_43_holds_withdrawals_remarks_and_parcels(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


def test_a_sale_ahead_asked_before_buying_gets_the_window_not_a_refund_promise(shop, shop_matcher):
    """Round 45: "现在买的话双十二要是降价了能补差价吗" was promised a refund of a fall that has not happened."""
    first_draft_says(shop, shop_matcher, "现在买的话 元旦要是降价了能补差价吗 不能我就等元旦再买", ("保价到12月9日",), ("核实后",))


ROUND46_47 = [
    # someone claiming to be the shop who wants the customer off the platform: a warning, no refund timing
    ("scam-warning", "昨天有个自称你们客服的打电话 说订单要理赔 让我扫码加他好友 是真的吗", ("骗子", "别给验证码"), ("到账",)),
    # another brand as the comparison for ours: our item's reaction, not another shop's order
    ("other-brand-compared", "精华抹了两天 脸上刺刺的有点红 你们这个是不是有问题 我以前用别的牌子的都没事", ("停用",), ("别家店铺",)),
    # an opened item to swap, the customer paying the difference: the return rule, not 保价
    ("opened-swap", "洁面乳开了用过几次 泡沫太多不喜欢 可以换成面膜吗 我补钱", ("拆封使用后", "另外拍"), ("保价",)),
    # a deadline to arrive by and a second place named: the arrival, not the postage of the other place
    ("deadline-not-region", "我周六要飞三亚 今天下午拍的话 周五前能寄到广州吗", ("发出",), ("三亚",)),
    # the price fell and the customer is cross: 保价 only, no haggling script
    ("protection-not-bargain", "11月3号买的面霜 今天一看降了这么多 这不是坑老客户吗 快把差价退给我", ("保价",), ("没办法改价",)),
    # a payment time after the cut-off: one dispatch day, not "今天发出" after "明天发出"
    ("one-dispatch-day", "我晚上八点才能付 是明天发吧 买一瓶精华包邮不", ("明天",), ("今天（11月24日 周二）20:00前发出",)),
    # the new details given: not asked for again, and an invoice question beside it still answered
    ("details-given", "能开发票吗 还有刚拍的那单收件人电话写错一位 帮我改成13912345678", ("发票", "记下了"), ("发我：", "重开")),
    # "一共多少" of named items is their sum, said once
    ("sum-once", "面霜加精华一共多少 包邮不", ("367元",), ("详情页",)),
    # a promotion asked without haggling: no "价格没办法改"
    ("no-haggle", "面霜加精华一起买有啥优惠吗 包邮吧", ("347元",), ("没办法改",)),
    # a swap asked before dispatch, with a cancel taken back: the order, not a return
    ("swap-before-dispatch", "帮我取消吧 哎算了还是要 就是把面膜换成洁面乳行吗 精华照旧", ("重新拍",), ("7天内可以换",)),
    # whether the coupon and the gift stack, asked beside a sum: said plainly, as the policy states it
    ("stacking-said", "赠品面膜是一片还是一盒 和满299减20的券能叠加吗 我买面霜加精华", ("347元", "可以叠加"), ()),
    # another item sent and the gift missing: the wrong item's options, and the gift with them
    ("wrong-item-and-gift", "我拍的是洗面奶 你们给我寄了个面膜 满199送的面膜也没有 怎么回事", ("A. 换货", "赠品"), ()),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND46_47, ids=[row[0] for row in ROUND46_47])
def test_rounds_46_47_scams_swaps_deadlines_and_given_details(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND48_49 = [
    # one item of a coupon order returned: its price less its share of the coupon
    ("partial-refund", "我用满299减20的券买了面霜和精华 只想退精华 能退多少钱", ("188.16元",), ("到账",)),
    # a second-person "乾肌/干肌" is a skin stated: the pick, not "您是什么肤质"
    ("dry-skin-stated", "面霜跟面膜哪个更保湿 我是干肌 只能先买一个", ("建议先选积雪草修护面霜",), ("什么肤质",)),
    # an opened item unsuited: the return rule, no "try again" beside "not for your skin"
    ("opened-unsuited", "面霜用了两次，感觉太油了不适合我，能退吗", ("拆封使用后",), ("少量试试", "不太建议用")),
    # a discount asked while hesitating: the two items' sum with the promotions
    ("hesitation-discount", "烟酰胺精华拍两瓶能打几折啊 不打折的话我再去别家看看", ("378元",), ()),
    # a loyal customer asking for a coupon: the shop's offers, not a defended price
    ("loyal-coupon", "老顾客了哈 上个月刚在你家买过面霜 这次回购有没有老客专属券啥的", ("299减20",), ("价格这边", "没办法改")),
    # a present's remarks and a card: noted, the card checked by a time, no guessing the scenario
    ("gift-card", "送我姑姑的生日礼物 里面别放价格单 能帮忙写张卡片吗 写生日快乐就行", ("备注", "卡片", "11:00前"), ("您是想问",)),
    # the platform's membership: said plainly whose it is
    ("platform-perk", "我88vip怎么没生效啊 付款页没折扣 你帮我看看我账号", ("88VIP", "天猫"), ("您是想问",)),
    # "就少了一点点" is how much was used, not an item missing
    ("used-a-little", "面霜拆开用了两三次 感觉我油皮用着太闷了 能退不 就少了一点点", ("拆封使用后",), ("少发或发错",)),
    # another shop's item that stings: the care, no refund or exchange of ours
    ("other-shop-reaction", "我在别家买了个精华 用完脸刺刺的疼 你们懂护肤 帮我看看是啥原因 咋办", ("停用", "医院"), ("退货退款", "换一款")),
    # the door and the parcel station already checked: not sent off to the station again
    ("station-checked", "显示已签收了 可我根本没收到啊 门口没有 驿站也问了 到底谁签的", ("核实",), ("取件码",)),
    # the courier named while weighing it: its surcharge, not "which courier do you want"
    ("courier-named", "我妈这周六生日 寄哈尔滨的 今天拍能赶上吗 要不发顺丰", ("8元",), ("想用的快递",)),
    # the invoice title given: issued, not asked for again
    ("invoice-title-given", "拍了 付过了 要开个人的电子发票 抬头就写李娜", ("李娜",), ("发我",)),
    # who pays a return's postage: the return rule, not free shipping
    ("return-postage", "退货快递员今天上午已经取走了 钱啥时候能退回来 运费是不是要我出 我是不想要了", ("寄回运费需要您承担",), ("满99元包邮",)),
    # a reply promised and not kept: the follow-up taken over, not a parcel to trace
    ("unkept-follow-up", "前天就说查好了给我回复 到现在都没音讯 再不管我就找小二了", ("跟进", "11:00前"), ("快递",)),
    # a callback promised: the same, not another agent's coupon to honour
    ("unkept-callback", "客服说今天给我回电话 到现在还没打来", ("跟进",), ("补上",)),
    # another agent's promise of a coupon is still honoured once checked
    ("promise-kept", "之前客服说送我10块券 结果没有", ("聊天记录",), ()),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND48_49, ids=[row[0] for row in ROUND48_49])
def test_rounds_48_49_refund_shares_remarks_platform_and_postage(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND50 = [
    # writing a greeting for the customer is not the shop's: said kindly, no product questions
    ("not-ours-writing", "帮我写几句给闺蜜的生日祝福语 要搞笑一点", ("帮不上忙",), ("预算",)),
    # a coupon another agent promised, asked with "不是说…吗": honoured once checked
    ("promise-asked-back", "刚才不是说送我5块钱券吗 我拍了还没付 直接给我改价吧", ("聊天记录", "先别付款"), ("299减20",)),
    # "送一盒还是一片" is about the gift, not the item's size
    ("gift-not-spec", "满199送的是哪个面膜 送一盒还是一片", ("1片",), ("每片25ml",)),
    # hesitating over another shop's 满减: the shop's offers, stacked
    ("hesitation-promotions", "算了 别家满减力度大多了 我再看看吧", ("299减20", "199"), ("7天无理由",)),
    # the remedy already chosen: that one, not the menu again, and its time said once
    ("refund-chosen", "面霜罐子裂了 膏体都漏出来了 不想换了直接退款吧 多久到账", ("按您说的", "直接退款"), ("A.", "2个工作日")),
    ("exchange-chosen", "精华瓶盖碎了 漏了好多 给我补发一个吧", ("按您说的", "补发"), ("B.",)),
    # paid last night after the cut-off: it ships today, on time, not chased as late
    ("last-night-order", "昨晚十一点多下的单 怎么到现在还没物流", ("今天（11月24日 周二）20:00前发出",), ("催",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND50, ids=[row[0] for row in ROUND50])
def test_round_50_choices_made_promises_and_asides(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND51 = [
    # "sf" is SF Express: its surcharge, no 保价 for "不想补差价"
    ("sf-surcharge", "能发sf吗 我们这中通要去镇上拿 但我不想补差价哈", ("8元",), ("保价",)),
    # the order as finally said: one cream and one cleanser, not two creams
    ("order-changed", "拍好啦 本来想拍两瓶面霜 后来改成一个面霜一个洗面奶了 赠品有吧", ("247元", "面膜1片"), ("415元", "336元")),
    # another shop's goods, said as "那家": not ours to remedy
    ("that-shop", "我在那家买的毛衣起球了 你们是一个老板吗 找谁啊", ("别家店铺",), ("A.",)),
    # a reaction told in Traditional ("又紅又刺"): the care, not "敏感肌正合适"
    ("reaction-traditional", "用了你們的面霜兩天 臉又紅又刺 不是說敏感肌可以用嗎", ("停用",), ("正合適",)),
    # the remote fee already paid: when it ships, not the fee again
    ("fee-paid", "已经付款了 寄台北 运费12块也补了 麻烦尽快寄出", ("20:00前", "发出"), ("需要补12元",)),
    # the cheapest item that closes the free-shipping gap, not the one the customer refused
    ("cheapest-add-on", "就一个洗面奶79还收运费 凑啥能包邮 别让我再买面霜", ("面膜", "138元"), ("247元",)),
    # a purchase month said in Chinese numerals is counted: past the 保价 window
    ("month-in-chinese", "十月底买的面霜 现在降价了 补个差价呗", ("过了保价期",), ("差价核实后",)),
    # a present's card and price tag: the remarks, not "自己用还是送人"
    ("gift-card-tag", "送闺蜜生日的 能帮我塞张贺卡写生日快乐吗 再把价签撕了", ("备注", "卡片"), ("自己用还是送人",)),
    # a day said after the hold: that day, not an earlier weekday of the message
    ("hold-date-after", "我下周一才回家 能不能先别发 等12月1号再发", ("12月1日",), ("11月30日",)),
    # the days the customer counts, not the rule they quote
    ("days-counted", "退款说两天到账 这都第四天了还没到", ("等了4天",), ("等了2天",)),
    # a change dropped for a cancel: the cancel only
    ("change-dropped", "刚拍的那单先帮我改个地址吧 哦不对 算了直接取消 买重了 钱多久能退", ("取消",), ("新的收货人",)),
    # one item compared with another shop: no "这两款"
    ("one-item-no-pair", "你家精华比猫超贵 我再看看吧 买了用不惯能退吗", ("7天无理由",), ("这两款",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND51, ids=[row[0] for row in ROUND51])
def test_round_51_orders_said_again_couriers_dates_and_shops(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND52_53 = [
    # a day waited for ("等12号再买") is no purchase: the window from today and the sale after it
    ("day-waited-for", "双十二有活动吗 现在买还是等12号再买划算", ("保价到12月9日",), ("天前买的",)),
    # an item's size against the face: checked by a time, not "not our business"
    ("size-against-face", "我脸比较大 面膜会不会太小啊 敷不到下巴", ("尺寸", "11:00前"), ("帮不上忙",)),
    # a review to change once the problem is solved: how to change it, no complaint questions
    ("review-change", "之前给了个差评 现在问题解决了 差评怎么改啊", ("评价",), ("哪里让您不满意",)),
    # a pet and a laugh: small talk, no goods' remedy
    ("pet-small-talk", "我家狗最近老掉毛 有啥办法吗哈哈", (), ("A.", "换新")),
    # an hour after the cut-off on a Saturday: the Monday, not the Saturday
    ("hour-after-cutoff", "上周六晚上7点多拍的 到现在还是待发货 正常吗", ("11月23日",), ("11月21日",)),
    # an order corrected with "哦不对": the corrected one, the gift not counted as bought
    ("corrected-order", "我要两瓶精华 哦不对 一瓶精华一瓶面霜吧 包邮不 满减能用吗 送不送面膜", ("347元",), ("566元", "406元")),
    # a reaction to an item: no recommending it first
    ("no-recommend-in-reaction", "用了你们的积雪草霜 脸上红了一大片还痒 不是说敏感肌能用吗", ("停用",), ("推荐您选",)),
    # "七天无理由" names the rule, not the days since receipt
    ("rule-not-days", "面膜还没拆 塑封都在 能七天无理由退吗 运费谁出", ("寄回运费",), ("第7天",)),
    # an opened item to return or swap, "补差价都可以": the rule for both, no 保价
    ("opened-return-or-swap", "面霜用了两次太油了 能退吗 或者换成精华也行 补差价都可以", ("一样的规则",), ("保价",)),
    # sent back three days ago and signed since: the signing day checked, not counted from the sending
    ("sent-then-signed", "退货寄回去三天了 物流显示你们签收了 钱什么时候退", ("查仓库的签收",), ("3天前签收",)),
    # a promised price change and a payment that spins: both answered
    ("promise-and-payment", "刚才说好送我10块券 我拍了你改下价 付款一直转圈付不了", ("聊天记录", "付款方式"), ()),
    # a hesitation over irritation: the strength and why it is gentler, then the care
    ("irritation-worry", "之前用别家烟酰胺刺痛过 有点不敢买 你们这个刺激吗", ("5%", "温和", "耳后"), ()),
    # paid last night after the cut-off, asked with "还没发": today, on time
    ("evening-not-late", "昨天晚上七点多拍的 现在咋还没发", ("今天（11月24日 周二）20:00前发出",), ("催",)),
    # a gift reminder in a paid order: the gift confirmed against the rule
    ("gift-reminder-paid", "拍了 两瓶精华一支洗面奶 面膜记得给我送哈 今天能发吧", ("面膜1片", "20:00前"), ()),
    # a cancelled order's refund with a coupon: what was paid, in full
    ("cancel-refund-amount", "取消的那单退多少啊 我用了满299减20的券 会不会少退", ("实付", "不会少退"), ("核对订单明细",)),
    # a sale ahead and waiting for it: the window and the sale after it
    ("sale-ahead-wait", "双十二有啥活动 要是双十二更便宜我就等等", ("保价到12月9日", "双十二"), ()),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND52_53, ids=[row[0] for row in ROUND52_53])
def test_rounds_52_53_days_orders_reviews_and_refund_amounts(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND54_55 = [
    # "天猫小二" holds 猫 but is no pet: a counterfeit complaint gets the remedy, not small talk
    ("tmall-not-a-cat", "你们卖的是不是假货 这次的洗面奶味道跟上次不一样 再不给说法我就找天猫小二", ("照片",), ("聊天呀",)),
    # the weather and a walk: small talk, no broken parcel
    ("weather-walk", "今天杭州下雨不 想下午去西湖逛逛", (), ("A.", "破损")),
    # a warehouse job: not ours, no damaged-goods options
    ("temp-job", "你们仓库还招打包的临时工吗 双十二前后那种", ("帮不上忙",), ("A.",)),
    # what the customer wears is no goods asked for
    ("wears-not-asks", "洗面奶可以卸妆吗 我有擦防晒跟粉底 早上也要洗吗", ("早晚",), ("没有防晒",)),
    # a hospital asked for a rash with no goods of ours: the care, no remedy menu
    ("rash-hospital", "你知道杭州哪家医院皮肤科好吗 脸上长湿疹了", ("皮肤科", "停用"), ("A.", "换新")),
    # a parcel stuck: no courier surcharge after the trace
    ("stuck-no-upsell", "物流四天没动了 中通是不是搞丢了 你们管不管", ("核实",), ("补8元",)),
    # "要怎么弄" beside an invoice is how to get it
    ("invoice-how", "公司报销要开专票 能开吗 要怎么弄", ("专用发票",), ("使用说明",)),
    # spots after an opened item: a reaction, so stop using it
    ("spots-opened", "面霜拆开用了两次 太油了还冒了两颗痘 能退吗", ("停用",), ("少量试试",)),
    # "抬头是公司的" names no title
    ("title-not-given", "要开专票 抬头是公司的 税号我等下发你", ("税号",), ("「公司的」",)),
    # another agent's promise said as "跟另外一个客服说好了"
    ("promise-other-agent", "刚才跟你们另外一个客服说好了便宜20的 我已经拍了 你给我改成327吧", ("聊天记录",), ("没办法改",)),
    # the service named as what displeased: not asked again
    ("complaint-said", "你们客服态度太差了 讲话爱理不理 我要给差评", ("没做好",), ("商品、物流还是服务",)),
    # a coupon with the gift asked: the policy says they stack
    ("coupon-with-gift", "满199送的面膜是一片还是一盒 我要是用了299减20的券还送吗", ("一起享受",), ()),
    # a placed order's personal invoice: the name asked for, not "下单后"
    ("placed-personal-invoice", "已下单 订单尾号3392 开个电子普通发票 抬头个人就行", ("姓名",), ("下单后",)),
    # a set for a present within a budget, with a card: the set, and the card checked
    ("set-and-card", "给我妈挑生日礼物 皮肤干 预算300以内 帮我搭一套 能写个贺卡吗", ("247元", "贺卡"), ()),
    # whether the gift ships apart: with the order, as the rule says
    ("gift-not-apart", "面霜跟面膜一起买 赠品会不会单独发啊", ("不会单独发",), ()),
    # a worry over irritation with the item's own cautions: the try-first advice once
    ("try-first-once", "我再考虑一下 之前用别家的修复霜烂过一次脸 有点怕", ("耳后",), ()),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND54_55, ids=[row[0] for row in ROUND54_55])
def test_rounds_54_55_talk_jobs_rashes_invoices_and_gifts(shop, shop_matcher, kind, message, said, unsaid):
    first = first_draft_says(shop, shop_matcher, message, said, unsaid)
    if kind == "try-first-once":
        assert first.count("耳后") == 1, first


ROUND56_57 = [
    # lumps squeezed out of a cleanser are the goods', not a skin reaction
    ("lumps-in-goods", "洁面挤出来有一粒一粒的小疙瘩 跟上回买的不一样 是不是坏了", ("照片",), ("皮肤科",)),
    # someone else who does not reply is no unanswered chat with us
    ("boyfriend-not-replying", "我男朋友老是不回消息怎么办", (), ("是我们没做好",)),
    # another agent's promise of a lower price: checked, not taken as an address change
    ("promised-price", "刚才有个客服说面霜可以少10块 我拍了还没付 你给我改成158我再付", ("聊天记录",), ("新信息",)),
    # another shop, said as "另一家店": not ours to resend
    ("another-shop-store", "我在另一家店买的口红色号发错了 你能帮我处理下吗 都是天猫的", ("别家店铺",), ("补发",)),
    # a parcel on its way: no "催仓库发货" beside the trace
    ("in-transit-no-chase", "物流三天没动了 一直显示杭州转运中心 到底发没发 我急用的", ("核实",), ("仓库帮您加急",)),
    # a payment that spins, beside a dispatch wish: the payment answered
    ("payment-spins", "付款一直转圈付不了 是你们链接有问题吗 急着今天发货的", ("付款",), ()),
    # a cart changed before buying, with a swap: the cream and the mask, and where to take the coupon
    ("cart-swap", "想买面霜加一支洗面奶 哦不对洗面奶家里还有 换成面膜吧 够送面膜不 券在哪领", ("227元", "店铺首页"), ("7天内可以换",)),
    # stock not known: no push to order now
    ("stock-no-push", "面膜还有货吗 几时补货 寄香港运费多少", ("12元",), ("直接下单",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND56_57, ids=[row[0] for row in ROUND56_57])
def test_rounds_56_57_goods_lumps_promises_swaps_and_stock(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND58_59 = [
    # two items named in a cart, a coupon asked: no "不是二选一" comparison
    ("cart-no-compare", "现在有啥活动啊 想买面霜加洗面奶 优惠券在哪领", ("247元", "店铺首页"), ("二选一",)),
    # a message meant for family: a kind word, no scenario guessed
    ("meant-for-family", "老公 今晚你去接豆豆 我要加班 冰箱里有饺子", (), ("您是想问",)),
    # closed comedones after use: a reaction, so the care, not the return rule
    ("comedones", "精华才用了一个星期 脸上冒了一堆闭口 我要退货 别跟我说拆了不能退", ("停用",), ("不支持无理由退货",)),
    # dried-out masks: a goods fault, not a product pitch
    ("dried-masks", "面膜拆开里面是干的 精华几乎没有 五片里两片都这样", ("照片",), ("特点",)),
    # the customer's own pace and a month: three boxes
    ("own-pace-month", "面膜一盒5片对吧 我一周想敷个三次 那一个月得买几盒啊", ("3盒",), ("1盒",)),
    # an order cut ("把精华去掉"): no comparison of the two items
    ("order-cut-no-compare", "刚付完 家里还有烟酰胺 面霜还是要的 就把精华去掉 能只退精华吗", (), ("二选一",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND58_59, ids=[row[0] for row in ROUND58_59])
def test_rounds_58_59_carts_family_comedones_and_boxes(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


@pytest.mark.parametrize(
    "message",
    ["我在别家买了个精华 用完脸刺刺的疼 咋办", "杭州哪家医院皮肤科好 脸上长湿疹了"],
)
def test_asides_name_the_library_agent_not_the_example_shops(builtin, message):
    """The care and comparison asides said "小禾" (examples/shop's agent) whatever the library."""
    text = suggest(message, builtin, matcher=Matcher(builtin), now=TUESDAY).drafts[0].text
    assert "小禾" not in text, text


def test_a_comparison_with_another_brand_names_the_shops_own_agent(tmp_path):
    """examples/shop with another agent: the "别家的产品…不方便评价" aside names that agent."""
    (tmp_path / "agent.toml").write_text('[shop]\nagent = "阿青"\n', encoding="utf-8")
    lib = Library.load([ROOT / "examples" / "shop", tmp_path / "agent.toml"], user=False, env=False)
    text = suggest("你家面霜跟芙丽芳丝那个比怎么样", lib, matcher=Matcher(lib), now=TUESDAY).drafts[0].text
    assert "阿青不方便评价" in text and "小禾" not in text, text


def test_they_the_shop_is_not_someone_else(shop, shop_matcher):
    """"他们客服半天不回": 他们 is the shop's service, so the wait itself is answered."""
    first_draft_says(shop, shop_matcher, "他们客服半天不回 问了三遍没人理 我要投诉", ("没等到回复",), ())


ROUND60_61 = [
    # the skin as it is, told before asking whether an item suits it: no reaction care
    ("state-not-reaction", "备孕中 最近两颊干得脱皮 积雪草霜能用吗 有香精不", ("核实", "不含酒精和香精"), ("停用", "受罪")),
    # … while a reaction after use still gets the care
    ("reaction-after-use", "用了面霜两天脸起皮了 这个还能继续用吗", ("停用",), ()),
    # a short product name typed by its sound (面摸): the mask's own facts
    ("homophone-name", "想买两支补水面摸 一片多少ml", ("25ml",), ("烟酰胺",)),
    # a question beside its condition ("到不了的话就算了"): the question leads, no hesitation script
    ("condition-not-hesitation", "周六要去参加婚礼 今天下单周五前能到北京不 到不了的话就算了", ("发出",), ("多比较一下", "无理由退货")),
    # the swap said decides the direction, whichever item is named first
    ("swap-direction", "下错单了 要的是面霜不是精华 把精华改成面霜吧 差价我补", ("重新拍积雪草修护面霜", "少31元"), ("保价",)),
    # an item short, asked like a question about the item: the missing-item remedy, no pitch
    ("short-not-pitch", "拍了三盒面膜 咋就一盒 另外两盒呢", ("补发",), ("膜布", "您是说")),
    # the refund's money late is not a parcel to chase
    ("money-late", "退款说好两天到账 今天第五天了还没到 再不到我就投诉", ("退款", "已经到账"), ("快递", "包裹")),
    # "能退我20吗" asks the difference: price protection counted from the day named
    ("difference-asked", "上周三买的面霜168 现在活动价148了 能退我20吗", ("保价期内", "差价"), ("您是说",)),
    # how long one item lasts: the dose per use, no estimate of our own (rounds 228–231 graded every one as invented)
    ("dose-estimate", "洗面奶120g 我跟老公早晚都用 一支能用多久", ("黄豆大小", "一人一支"), ("大约能用",)),
    ("only-spec", "洗面奶就120g一种规格吗", ("这一种规格",), ("具体信息",)),
    # facts the policy does not hold are promised by a time, not skipped
    ("invoice-when", "要开专票 抬头税号等会发你 几天能开好", ("提交开具", "11:00前"), ()),
    ("sale-plans", "双十一那种预售你们双12还有吗 券在哪领", ("预售", "11:00前", "店铺首页"), ("现货",)),
    ("split-pay", "花呗只剩100额度 能一半花呗一半支付宝吗", ("确认", "11:00前"), ()),
    # where a refund goes, not how one may pay
    ("refund-route", "退货已经寄回去两天了 钱什么时候到 我是花呗付的 退到哪里", ("原路退回", "花呗"), ("分期",)),
    # a review given by a slip: thanks and how to change it, no apology for displeasure
    ("review-slip", "手滑给了个差评 其实东西挺好用的 能改吗", ("修改评价",), ("不满意", "抱歉")),
    # asked four times already: not asked again what displeased
    ("repeated-complaint", "问了你们四次了每次都说核实 到底管不管", ("11:00前",), ("哪里让您不满意",)),
    # "basic and not dear": the cleanser before a specialist serum
    ("frugal-basic", "想给我爸买点基础的 他油皮 别太贵", ("洁面乳",), ("精华液",)),
    # which is better at a quality: what each item's facts say of it
    ("quality-asked", "面膜和面霜哪个更滋润 我皮肤干", ("论滋润", "48小时"), ("什么肤质",)),
    # a wrong item and a trip: today's resend tried, the latest time kept
    ("resend-today", "收到的是面膜不是我拍的面霜 明天要出差 今天能重新发吗", ("加急", "最晚"), ()),
    # a set within a budget: the item that reaches the coupon, and the gift box checked
    ("set-top-up", "帮我配一套300以内的 干皮 有礼盒吗 送人", ("再加一件", "礼盒"), ("再凑",)),
    # a price felt high, in Traditional: the shop's offers, not the return rule
    ("price-high-traditional", "我再看看別家 覺得價格偏高", ("滿199元送面膜",), ("無理由退貨",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND60_61, ids=[row[0] for row in ROUND60_61])
def test_rounds_60_61_states_swaps_doses_and_facts_checked(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND62_63 = [
    # two items, money for one: the skin asked once, after the prices, no "？。"
    ("one-of-two-asked-once", "精华和面膜有啥不同 想两样都买但钱只够一样 选哪个", ("价格上",), ("？。", "就好？")),
    # a present for dry skin: the item written for dry skin before one for every skin
    ("dry-skin-present", "给我婆婆买 她六十多皮肤很干 买啥好", ("积雪草修护面霜",), ("洁面乳",)),
    # the customer's own pace as a range ("三四次") and two months: boxes counted at that pace
    ("own-pace-range", "我一周想敷三四次面膜 要囤够两个月 买几盒", ("按一周3次算", "一周4次"), ("按一周2次",)),
    # the items' sum said once, not again before the gift
    ("sum-once", "积雪草霜跟面膜一起拍包邮不 有赠品没", ("一共227元", "送面膜1片"), ("您说的",)),
    # Traditional 帳 is money's 账: the days counted from the customer's
    ("traditional-account", "退款提交四天了還沒到帳 到底退不退", ("4天", "已經入帳"), ("無理由退貨",)),
    # a fear of "out of stock" is no report of it: the stock checked
    ("stock-feared", "面膜能不能买四盒 怕你们没货 别拍了又说缺", ("库存", "11:00前"), ("如果暂时缺货",)),
    # an unopened return asked "来得及吗": yes, counted from the signing day, and who pays postage
    ("return-in-time", "上周四签收的精华 没拆封 现在退货还来得及吗 来回运费谁出", ("可以退", "第5天", "运费需要您承担"), ("退款进度",)),
    # "差评在路上了" is a threat, not a parcel
    ("threat-on-its-way", "呵呵 就这服务 差评在路上了", ("抱歉",), ("快递", "包裹")),
    # when it arrives, asked with a city: the dispatch and the check, not the free-shipping rule
    ("arrival-with-city", "寄到西安要几天 周五前能到吗 我着急", ("发出", "发到西安路上一般2～4天"), ("包邮范围",)),
    ("arrival-and-fee", "下周一要去拉萨 今天下单寄到酒店 周五前能到吗 运费多少", ("发出", "12元"), ()),
    # how long once opened, in Cantonese: the shelf life, not the usage
    ("opened-cantonese", "面霜开咗之后可以放几耐", ("开封后建议6个月内用完",), ("用法",)),
    # two items named, one shelf-life question: both items' shelf lives
    ("two-shelf-lives", "洗面奶跟精华一起用可以吗 保质期都是多久", ("12个月", "6个月"), ()),
    # acne on oily skin and an unopened one to swap: the swap's arithmetic, no medical care
    ("oily-swap", "我油皮 面霜用着冒痘 还有一瓶没拆 能换成精华吗", ("多31元",), ("医院", "停用")),
    # a remark to send by SF with an address change: the address and the surcharge
    ("remark-sf", "昨天下的单 能改下地址吗 顺便备注发顺丰", ("地址", "补8元"), ()),
    # a refund short of what was paid: the amount checked by a time
    ("refund-short", "退货那单怎么少退了5块 我付的79", ("核对", "11:00前"), ("2个工作日内到账",)),
    # a dispatch hour and Sunday both asked: both answered
    ("hour-and-sunday", "要是我晚上九点才付款 明天能发吗 周日你们发货吗", ("明天", "周日仓库休息"), ()),
    # a promise of the agent's own just made ("你刚说送券"): honoured after a check
    # (a promised 10 that is the shop's 10-yuan coupon is the coupon, sent to take off: rounds 242–249's graders)
    ("promise-just-made", "你刚说送我10块券 我还没付款 直接改价便宜10块吧", ("10元无门槛优惠券",), ("统一定的",)),
    # the courier "他说不送" is no promise of ours
    ("courier-refused", "快递直接扔驿站 我让送上门他说不送 你们发的啥快递", ("中通",), ("同事答应",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND62_63, ids=[row[0] for row in ROUND62_63])
def test_rounds_62_63_skins_paces_sums_fears_and_promises(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND64_65 = [
    # "还能七天无理由吗 运费谁出" for an unopened item: yes, counted, and who pays the postage
    ("seven-days-asked", "前天到的面霜 塑封都没拆 买重了 还能七天无理由吗 运费谁出", ("可以退", "第2天", "运费需要您承担"), ("包邮",)),
    # leaking goods that mention the scoop: the remedy, not what the box holds
    ("leak-not-box", "面霜到了 瓶口漏了一圈 勺子上全是 不想要了 直接退吧", ("退款",), ("包装里有",)),
    # "我们公司" is no invoice title to note down
    ("title-pronoun", "要开专票 抬头就写我们公司 税号晚点给你", ("专用发票",), ("「我们公司」",)),
    # a husband's gaming is nothing to confirm as a complaint, and no scenario title is asked
    ("life-not-complaint", "我老公天天打游戏 烦死了", (), ("投诉与强烈不满", "您是想问")),
    # the essence of a mask gone yellow: the mask's problem, not a toner the shop does not sell
    ("essence-of-goods", "面膜打开一股怪味 精华水都发黄了", ("拍张照片",), ("没有精华水",)),
    # a courier asked for, with the station as the reason: the courier's answer
    ("courier-asked-with-reason", "能走顺丰吗 圆通老把我快递扔驿站", ("补8元",), ("取件码",)),
    # a price offered with free shipping asked: the price held and the shipping answered
    ("offer-and-shipping", "洗面奶79 75卖不卖 包个邮呗", ("没办法改", "满99元包邮"), ()),
    # a past working day's payment with no tracking: overdue, apologised for and checked
    ("weekday-paid-overdue", "上周五下午三点付的款 物流还是空的 不是说当天发吗", ("抱歉", "应该在11月20日", "查"), ("顺延",)),
    # a swap taken back ("哦不对 还是面霜吧"): no exchange arithmetic for it
    ("swap-taken-back", "帮我把面霜换成精华吧 哦不对 还是面霜吧 再加一盒面膜 还没发吧", (), ("重新拍烟酰胺",)),
    # an item named and its arrival asked: the arrival's answer, not the item's pitch
    ("item-and-arrival", "想买瓶精华寄给在成都的姐姐 几天能到", ("发出", "发到成都路上一般2～4天"), ("特点", "质地")),
    # the gift said to come in the same parcel: no split-shipment tip beside it
    ("gift-together", "付好了 面霜加洁面 满199送的面膜会一起发吧", ("随单一起发出",), ("分开发出",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND64_65, ids=[row[0] for row in ROUND64_65])
def test_rounds_64_65_returns_titles_couriers_and_arrivals(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND66_67 = [
    # a purchase made in a sale, or a sale past: no "大促安排我去确认"
    ("sale-bought-in", "双十一那会儿买的面霜 现在降价了 能补差价不", ("保价",), ("预售安排",)),
    ("sale-past", "双十一过了还有活动没 券在哪领", ("满199元送面膜", "店铺首页"), ("预售安排",)),
    # a goods fault beside a review threat: the fault's remedy, not how to change the review
    ("fault-beside-review", "面霜挖出来稀得像水 差评我已经给了 处理好了我再改", ("照片",), ("修改评价",)),
    # a present chosen is no compliment to thank
    ("present-not-praise", "给我妈挑个面霜 她皮肤干 买啥好 要好看点的包装", ("积雪草修护面霜",), ("夸奖",)),
    # "没货的话…" is a condition: the stock is checked
    ("out-of-stock-if", "面膜还有货吗 没货的话啥时候补", ("库存", "11:00前"), ("如果暂时缺货",)),
    # a personal invoice for an order already placed
    ("personal-invoice-placed", "拍好了 一瓶面霜 帮我开个电子普票 抬头个人", ("个人抬头", "不需要税号"), ("下单后",)),
    # both items decided, the total asked: no "不用两样都买"
    ("both-decided", "面霜 哦不 还是要精华 算了两样都要 一共多少钱 送什么", ("367元", "送面膜1片"), ("不用两样都买",)),
    # an unopened item within the days, with "想退了": whether it may go back, not a refund awaited
    ("unopened-want-back", "上周四收到的精华还没拆 想退了 还在七天里吧", ("可以退", "第5天"), ("已经到账",)),
    # a payment after work, its dispatch asked: the next day's time, not "today"
    ("after-work-payment", "下班才能拍 大概晚上八点 那啥时候能发", ("明天",), ("按现在的时间",)),
    ("last-night-payment", "昨晚十点付的款 怎么还没发货", ("截单", "今天"), ("您是说",)),
    # an order overdue with "是不是没货": the delay checked, no restock register
    ("overdue-not-stock", "付款四天了还没发 是不是没货了 22号拍的", ("应该在", "查"), ("登记",)),
    # a company title and a partial tax number asked about a special invoice: the kinds, the full number
    ("special-invoice-asked", "公司报销 抬头杭州某某贸易有限公司 税号9133开头的 能开专票吗", ("增值税专用发票", "完整的税号"), ("提交开具",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND66_67, ids=[row[0] for row in ROUND66_67])
def test_rounds_66_67_sales_faults_presents_and_payments(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND68_69 = [
    # a hold counted in days ("晚两天再发"): the day noted, not the change-or-cancel menu
    ("hold-in-days", "能不能晚两天再发 这两天家里没人", ("11月26日", "再发货"), ("修改订单",)),
    # an opened item and "退的话退多少": the return's rule first, no refund sum to check
    ("opened-how-much", "面膜用了两片不太喜欢 能退吗 退的话退多少", ("拆封使用后",), ("核对订单明细",)),
    # "只退我148" of a 168 item: the amount checked, not the refund's timing
    ("refunded-less", "就退了一瓶面霜 怎么只退我148 不是168吗", ("核对", "11:00前"), ("2个工作日内到账",)),
    # a trip's days and "够我用不": the boxes counted, no after-sale remedy
    ("trip-enough", "下周出差十天 面膜一盒够我用不 要不要买两盒", ("够用",), ("拍张照片",)),
    # one box of two arrived, "另一盒是…": the missing box, not a leak
    ("one-of-two-arrived", "两盒面膜 到了就一盒 另一盒是还没到吗", ("补发",), ("先别再用",)),
    # "昨天下午三点付的" after the rule "17点前付款当天发" quoted: yesterday's cut-off, overdue
    ("hour-after-quoted-rule", "不是说17点前付款当天发吗 我昨天下午两点付的 还没发", ("应该在11月23日", "抱歉"), ("会在今天",)),
    # a courier avoided with a past loss as the reason: the remark, not a parcel to trace
    ("courier-avoided-past-loss", "别发圆通 上次圆通把我快递弄丢了 发中通吧", ("中通",), ("包裹的位置",)),
    # payment blocked in dialect ("付不脱 风控"): the payment trouble, not the list of ways to pay
    # (re-aimed after rounds 300/301: a risk check named gets the risk check's script, not card limits)
    ("payment-blocked-dialect", "付款付不脱 提示风控 咋整", ("安全校验",), ("分期在付款页", "限额")),
    # "算了算了 还是要面霜": the swap taken back
    ("swap-taken-back-suanle", "把面霜换成面膜吧 算了算了还是要面霜", (), ("重新拍玻尿酸",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND68_69, ids=[row[0] for row in ROUND68_69])
def test_rounds_68_69_holds_refunds_trips_and_payments(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND70_71 = [
    # a courier change with "差价怎么补" after paying: the courier's surcharge, not price protection
    ("courier-difference", "付过款了 能改发顺丰吗 差价咋补", ("补8元",), ("退差价",)),
    # a return asked with the signing day, opened or not unsaid: the days counted and the condition
    ("seven-days-with-day", "我22号签收的精华 还能七天无理由吗", ("2天前签收", "没拆封"), ("核实包裹的位置",)),
    ("seven-days-past", "上周一签收的面膜 还能七天无理由吗", ("过了7天无理由退货期",), ("申请售后”提交就好",)),
    # a picture pasted alone: seen, and what it shows asked; not a goodbye
    ("picture-alone", "[图片]", ("收到啦",), ("还有其他需要",)),
    # an angry customer whose matter is likely but unsure: answered, not asked which it is
    ("angry-not-asked", "等了一个礼拜了 快递还卡在那不动 你们到底管不管", ("快递",), ("您是想问",)),
    # a swap taken back and an item added: the sum of the order as said last
    ("sum-after-taking-back", "把面霜换成精华吧 哎算了还是要面霜 再加一盒面膜 一共多少钱", ("227元",), ("367元",)),
    # scorn with no fault told: asked what happened, no remedy menu, nothing quoted back
    ("scorn-no-fault", "呵呵 旗舰店就这质量", ("照片",), ("您是说", "A.")),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND70_71, ids=[row[0] for row in ROUND70_71])
def test_rounds_70_71_couriers_returns_pictures_and_scorn(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND72_73 = [
    # a day the shop is closed, asked as "上班吗": the closure and when it ships, not "帮不上忙"
    ("closed-day-asked", "12月31号你们上班吗 那天能拍吗", ("12月31日和1月1日（周五）仓库都休息",), ("帮不上忙",)),
    # a price of one's own before paying ("改成150我再付"): the price held, no order-change menu
    ("price-before-paying", "拍了面霜还没付 改成140我再付", ("没办法再改",), ("修改订单",)),
    # a promised gift not found after a long message: the missing gift, not a new cart's sum
    ("gift-not-found-long", "不是说满199送面膜吗 我买了面霜和洗面奶一共247 翻了半天盒子里都没看到面膜", ("赠品", "补发"), ("一共306元",)),
    # price protection asked as "比我那时候便宜 能补我不", past the window: said so, with the coupon
    ("protection-past-window", "我11月1号买的面霜 现在比我那时候便宜了15 能补我不", ("已经过了保价期", "优惠券"), ("A.",)),
    # pictures with "你看下这个": looked at, not waved off
    ("pictures-look", "[图片] [图片] 你看下这个", ("收到啦",), ("还有其他需要",)),
    # "别再跟我说亲了": no 亲 in the draft
    ("no-qin", "找了你们三次了 每次都说核实 别再叫我亲了 今天给个说法", ("抱歉",), ("亲",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND72_73, ids=[row[0] for row in ROUND72_73])
def test_rounds_72_73_closures_prices_gifts_and_address(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND74_75 = [
    # a courier avoided, another asked for ("能指定中通吗"): the remark, not a station complaint
    ("courier-specified", "别发圆通 老扔驿站 能指定中通吗", ("中通",), ("取件码",)),
    # an address change taken back, a remark asked instead: the remark, no new address asked for
    ("change-taken-back-remark", "地址帮我改一下 算了还是别改了 备注下午送就行", ("备注",), ("地址完整发我", "新的收货人")),
    # price scorned with the service and a platform threatened: the complaint, no price defended
    ("service-scorned", "卖这么贵服务还这个德行 等着平台介入吧", ("抱歉",), ("没办法改价",)),
    # a parcel said stuck with "发没发": the parcel traced, not the warehouse hurried
    ("stuck-parcel-asked-sent", "快递四天没动了 你们到底发没发", ("快递",), ("仓库帮您加急催",)),
    # "哪个淡印快点" is a comparison, not a hurry
    ("faster-not-hurry", "痘印多 精华和面霜哪个淡印快点", (), ("知道您着急",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND74_75, ids=[row[0] for row in ROUND74_75])
def test_rounds_74_75_couriers_remarks_scorn_and_haste(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


ROUND76_77 = [
    # "是不是根本没寄" beside a parcel stuck at a hub: the parcel traced, not a courier chosen
    ("stuck-not-before-buying", "物流三天没更新 一直卡在转运中心 你们是不是根本没寄", ("快递",), ("想用的快递",)),
    # a face redder after use, said with scorn: the reaction's care, not "正合适"
    ("redder-after-use", "不是说敏感肌能用吗 擦了面霜脸更红了 真是好修护", ("停用",), ("正合适",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND76_77, ids=[row[0] for row in ROUND76_77])
def test_rounds_76_77_stuck_parcels_and_redder_skin(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


# --- rounds 80-81: defects the review panels found, in messages of our own ----------------------
ROUND80_81 = [
    # a size asked twice in one message: said once, with its size
    ("one-size-once", "面霜就50g的吗 早晚用能用多久 有没有大瓶装", ("50g这一种规格",), ("规格：。", "规格：～")),
    # a smaller size for a trip: the one size there is, not a product pitch
    ("smaller-for-trip", "出差带着 50g的面霜会不会太大 有没有小一点的", ("这一种规格",), ("给您介绍一下",)),
    # the customer asks the agent to wait: a kind word, no scenario menu nor "帮不上忙"
    ("hold-on", "稍等哈 我去翻下订单号", ("不着急",), ("帮不上忙", "订单已经收到")),
    # a message meant for someone else, said with whom it was for
    ("wrong-chat", "哎呀发错了 这条是发给我老婆的 当没看见哈", ("没关系",), ("补发", "发错的商品")),
    # another item than the one bought, said as "下的是": the wrong-item remedy
    ("sent-other", "我下的是洗面奶 结果给我寄了一盒面膜", ("换货",), ("预计今天",)),
    # an address change beside "还没发货": the change script, not a dispatch hurry
    ("address-not-hurry", "收货地址写错了 还没发出吧能改不", ("地址",), ("加急",)),
    # an order not shipped said with "是不是没货": the delay checked, no restock register
    ("late-not-restock", "付款四天了还不发 你们是不是压根没货", ("发出",), ("登记",)),
    # a coupon typed 卷 that did not come off: the threshold against the items named
    ("coupon-typed-juan", "领了那个满299减20的卷 拍了面霜和洗面奶 结果没给我减", ("还差",), ("展示在商品页面",)),
    # a price of the customer's own below the lowest price with the coupon: said plainly
    ("offer-below-coupon", "三瓶精华给我改成500呗 行就拍", ("没办法改", "券后"), ("最低",)),
    # damaged goods and a price fall in one message: both answered, each restating its own matter
    ("damage-and-protection", "面霜瓶子摔裂了 另外精华我昨天买的今天降了二十 能补吗", ("您是说面霜瓶子摔裂了", "保价"), ("降了二十，是吗",)),
    # options for the damage, then the price fall: the list stays a list, its question kept
    ("options-then-protection", "面膜漏液了一盒子都是 还有精华我前天买的今天降价了 能补差价吗", ("A.", "您看选哪种呢？\n另外", "保价"), ()),
    # a refund late by an unnamed number of days: checked now, not promised from today
    ("refund-late-unnamed", "退货寄回去好多天了 钱咋还没退回来", ("查",), ("您这笔后天",)),
    # a wrong-chat customer at the address of another city: the change, not its postage
    ("readdress-not-postage", "刚付款 能改寄到我姐成都的地址吗", ("地址",), ("包邮范围",)),
    # "能退20不" after a price fell: the difference, no return policy glued on
    ("difference-not-return", "前天买的面霜今天便宜了15 能退我15不", ("差价",), ("无理由退货",)),
    # a broken jar with "这咋用": no usage promise and no missing-item check glued on
    ("broken-how-now", "面霜罐子碎了 流了一箱子 这咋用", ("补发",), ("使用说明", "清单")),
    # where a cancelled order's money goes and when: answered, no cancel offered again
    ("cancelled-refund-route", "多拍的那单已经取消了 钱退回花呗吗 几天到", ("原路",), ("帮您取消",)),
    # "见光会变黑" asks about using it by day, not how to store it
    ("light-not-storage", "烟酰胺精华白天能抹吗 听说见光会变黑", ("防晒",), ("保存方式",)),
    # a friend paid less the same day: the price difference checked, not a product pitch
    ("friend-paid-less", "我朋友跟我同一天买的精华 她付179我付199 为啥", ("差价",), ("给您介绍一下",)),
    # specks inside the serum: spoiled goods, stop using, no "whom it suits" glued on
    ("specks-inside", "精华瓶子里有好多小黑点 还能用吗", ("先别再用",), ("适合想改善",)),
    # a payment time said in words: that time against the cut-off, not "16:30前付款"
    ("half-past-four", "下午四点半拍的话今天能发出来吗", ("16:30付款赶得上",), ("16:30前付款",)),
    # "付款两天了": the date and that the warehouse was closed, said once, not "2天前我们仓库休息"
    ("two-days-ago-closed", "付了款都两天了怎么还不发", ("11月22日（周日）付款，那天仓库休息",), ("2天前",)),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND80_81, ids=[row[0] for row in ROUND80_81])
def test_rounds_80_81_sizes_waits_coupons_offers_and_late_refunds(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


# --- rounds 82-83 ----------------------------------------------------------------------------------
ROUND82_83 = [
    # a skin reaction after a few days' use with no 了: the reaction's care, not the item's cautions
    ("used-days-reaction", "烟酰胺精华才用三天 脸上刺刺的还有点红 是东西的问题吗", ("停用",), ("要留意",)),
    # "有点痒" after use is a reaction too
    ("a-bit-itchy", "面霜用了两天了 脸有点痒 会不会是过敏", ("停用",), ("正合适",)),
    # breastfeeding and dry skin, asked before buying: the group checked, no reaction care
    ("asked-before-dry", "我在喂奶 脸干得起皮了 积雪草面霜能用不", ("哺乳期",), ("停用", "医院")),
    # a question in Traditional whose fact is in the catalogue: answered, not "整理一份说明"
    ("traditional-usage", "洗面乳一天要洗幾次？怎麼起泡比較好", ("早晚各一次",), ("整理",)),
    # a set for someone with dry skin beside a postage question: both answered
    ("set-and-postage", "想给我婆婆挑一样 她皮肤偏干 买哪样好 满多少包邮", ("干皮", "满99元包邮"), ()),
    # two items each asked how long they last: each answered
    ("two-items-last", "面霜50g早晚用能用多久 面膜5片装一个月够不", ("取多少", "一盒5片"), ("一瓶50g大约能用",)),
    # an item for all skins shared by two: no "您先生是什么肤质" asked, the one size said
    ("all-skin-shared", "我跟我老公一起用洗面奶 一支能用多久 有没有大支的", ("120g这一种规格",), ("是什么肤质",)),
    # a third item's question in a clause of its own: that item's facts, not the sunscreen item's again
    ("third-item-usage", "面霜和精华先抹哪个 精华早上用要防晒吗 洗面奶早上也用吗", ("早晚各一次",), ()),
    # a refund's amount checked and its arrival asked: both answered
    ("refund-amount-and-days", "退掉的那瓶精华用过299减20的券 能退多少 几天到账", ("核对", "个工作日"), ()),
    # a promised gift missing, said as "说好的面膜呢": the gift's script, not a paid item short
    ("promised-gift", "买满199了 说好的面膜呢 箱子里就两瓶精华", ("赠品",), ("少发或发错部分的货款",)),
    # an opened item disliked: the rule, softened with the shop's goodwill, no usage read back
    ("disliked-opened", "面霜用了一次太油了 能退不", ("优惠券",), ("用法是",)),
    # how the parcel is to be handed over, beside a question about an item: the note taken, the item answered
    ("delivery-note", "家里宝宝在睡觉 快递别敲门 放门口就行 洗面奶宝宝能用吗", ("备注", "宝宝"), ("新的收货人",)),
    # the cut-off asked beside a remark: the cut-off stated
    ("cutoff-beside-remark", "帮我备注放驿站 顺便问下几点前付款当天能发", ("17:00前付款",), ()),
    # a weekday ahead with its payment time: that day's dispatch, not a past order "应该已经发出"
    ("weekday-ahead", "我周六下午三点付款 当天能发出吗", ("11月28日",), ("应该在",)),
    # about twenty days after buying: past a 15-day window, said plainly
    ("twenty-odd-days", "面霜买了二十多天了 今天便宜了 能补差价吗", ("已经过了保价期",), ()),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND82_83, ids=[row[0] for row in ROUND82_83])
def test_rounds_82_83_reactions_sets_items_refunds_and_notes(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


# --- rounds 84-85 ----------------------------------------------------------------------------------
ROUND84_85 = [
    # a pimple broken on the skin is no damaged parcel: whether the item may go on it
    ("pimple-not-parcel", "面膜一盒几片 脸上痘痘挤破了还能敷吗", ("5片装",), ("外箱",)),
    # thanks while simply waiting for the parcel: thanks back, no delay apology
    ("thanks-waiting", "好的明白了 谢谢 我等快递就行", ("不客气",), ("久等",)),
    # a counter compared against is no store asked about
    ("counter-compared", "是不是假货啊 跟我在商场专柜试的味道不一样", (), ("线下门店",)),
    # a refund late, said in Cantonese: checked now, no return policy glued on
    ("late-refund-cantonese", "退咗款成個禮拜都未見錢 係咪唔想退", ("查",), ("無理由退貨",)),
    # a gift "left out" is a missing gift, not a leak
    ("gift-left-out", "满199了 说送面膜 盒子里没有 是不是给我漏了", ("赠品",), ("为了安全",)),
    # a paid order asking whether the gift comes: the gift rule, not the pre-sale offers script
    ("paid-gift-asked", "已经付款了 有送面膜吗", ("满199元送面膜",), ("您想买哪几件",)),
    # a price paid above the page price by the postage: the postage said
    ("postage-in-price", "我拍的洗面奶怎么要85 页面写的79", ("6元运费",), ()),
    # a set asked for with no budget: one item per category, not a single one
    ("set-no-budget", "想给我爸买一套 他皮肤很干 买哪几样好", ("给您配这",), ()),
    # the clause that says what is wrong is restated, not when it was bought
    ("restate-the-fault", "精华的泵头按不出来 才用了三天", ("您是说精华的泵头按不出来",), ("您是说才用了三天",)),
    # two halves of a delivery problem restated together
    ("restate-contrast", "外箱看着好好的 可是里面面霜瓶子裂了", ("外箱看着好好的，里面面霜瓶子裂了",), ()),
    # a bargain beside a dispatch question: the items' sum with the promotions
    ("bargain-beside-dispatch", "拍两瓶面霜能便宜点不 四点前拍今天能发吗", ("券后",), ()),
    # a coupon typed 卷 that did not come off a paid order reaching its threshold: checked
    ("paid-coupon-missed", "领了满299减20的卷 拍了面霜和精华 卷没抵扣", ("查一下是哪里没抵扣",), ()),
    # a price of the customer's own below ours, seen in a livestream: the price stays, said plainly
    ("live-price-offer", "直播间说精华159 你给我改成159我就拍", ("价格这边没办法改",), ()),
    # pregnancy said in Cantonese: read as pregnant where whom an item suits is answered
    ("cantonese-pregnant", "我有咗BB 烟酰胺精华可唔可以用", ("孕妇",), ()),
]


@pytest.mark.parametrize(("kind", "message", "said", "unsaid"), ROUND84_85, ids=[row[0] for row in ROUND84_85])
def test_rounds_84_85_skin_thanks_gifts_postage_sets_and_restating(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)


# --- rounds 86-87 ----------------------------------------------------------------------------------
ROUND86_87 = [
    # a month after buying, said with 就降价: past the window, said plainly, no difference offered
    ("month-past-window", "才买了一个月你们就降价 坑老顾客啊", ("已经过了保价期",), ("退差价：",)),
    # a broken pump with "这让我咋用": the fault and its remedy, not usage instructions
    ("pump-broken-how-now", "面霜的盖子拧不开 使劲也拧不动 这让我咋用", ("拍张照片",), ("使用说明",)),
    # another item found on opening the parcel: the wrong-item remedy
    ("opened-other-item", "买的精华 拆开一看是洗面奶", ("换货",), ("预计今天",)),
    # an older customer's dry skin: the item that suits the skin, not "不太推荐" for an unlisted group
    ("elder-dry-skin", "给我外婆买 她七十了 皮肤干 积雪草霜她能用吗", ("正合适",), ("不太推荐",)),
    # a coupon typed 卷 asked to combine with the gift: the coupon's rule said
    ("juan-combines", "满299减20的卷跟送面膜能一块用不", ("一起享受",), ()),
    # one user named (a husband), not two: one person's lasting time
    ("one-user-named", "我老公早晚抹 50g面霜够他用几个月", ("建议先买一瓶",), ("两个人一起用", "大约能用")),
    # a lead-in whose sum was said already by another answer is dropped, not left dangling ("…算了一下：。")
    ("no-dangling-colon", "给员工买8盒面膜当福利 能便宜点吗 还要开公司发票", ("券后",), ("：。", "：～")),
]



# --- rounds 88-89 ----------------------------------------------------------------------------------
ROUND88_89 = [
    # acne said to come often, beside "能用不": a question before buying, not a complaint
    ("often-acne-asked", "我油皮 还老长痘 修护霜能用吗 那用啥好", ("油皮、痘痘肌本来就不太建议用",), ("拍张照片",)),
    # a Cantonese parcel query: traced, not "您是想问…"
    ("cantonese-parcel", "我上個禮拜買咗精華，到而家都未收到，幫我查下", ("快遞",), ("您是想問",)),
    # the weather talked about: a friendly turn back, no scenario menu
    ("weather-talk", "今天热死了 空调开着都没用", ("聊天",), ("您是想问",)),
    # small red bumps and itching after a week's use: the reaction's care before any rule
    ("bumps-after-use", "面霜用了一个礼拜 脸上起了好多小红疙瘩 还痒 能退吗", ("停用",), ()),
    # a tube split by frost: spoiled goods and their remedy, not a parcel traced
    ("frozen-tube", "快递在外面冻了一晚 洗面奶管子冻裂了 挤出来一坨一坨的", ("先别再用",), ("包裹的位置",)),
    # pointing at what was just sent: asked to say it again, no goodbye
    ("just-sent", "就是我刚才发你的那个", ("再简单说一下",), ("祝您",)),
    # a price of the customer's own for a quantity, said with 嘛: the price stays, the sum counted
    ("offer-with-ma", "面膜我拿五盒 算250嘛", ("价格这边没办法改",), ()),
    # stock asked in Cantonese with a count: the stock checked, no usage lecture
    ("cantonese-stock", "面膜仲有冇貨 想買幾盒", ("库存",), ("用法是",)),
    # a card-like number, spaced: no scenario guessed, the customer told not to send card numbers
    ("card-number", "6222 0211 0045 7788", ("银行卡号",), ("大号",)),
]



# --- rounds 90-91 ----------------------------------------------------------------------------------
ROUND90_91 = [
    # a sheet whose essence dried out in a torn pack: the fault's remedy, not the box's size
    ("dried-pack", "面膜有一片袋子破了 精华都流干了 一盒才5片", ("先别再用",), ("每片25ml",)),
    # an address "打错" in Traditional: the change, not a delivery time
    ("address-typed-wrong", "我地址打錯了 還來得及改嗎", ("改",), ("路上要幾天",)),
    # a price of the customer's own said with 得了: the price stays, the sum counted
    ("offer-with-deliao", "面霜给整个150得了呗 我拿两瓶", ("没办法改",), ("最低",)),
    # gifts a livestream promised, asked after on arrival: the gift's script, not a product pitch
    ("live-gift-missing", "主播说下单就送小样 我收到了 小样呢", ("赠品",), ("给您介绍一下",)),
    # rounds 92-93: a message meant for a friend, said "跟我朋友说的": a kind word, no wrong-item remedy
    ("wrong-chat-friend", "不好意思发错了 刚那句是跟我同事说的", ("没关系",), ("补发",)),
    # charged twice: the duplicate checked and given back, not advice on a payment that failed
    ("charged-twice", "付款卡了一下 结果扣了我两次钱 赶紧退我一笔", ("多扣的", "原路退回"), ("单笔或当日限额",)),
    # "说好的当天发": a promise of dispatch, no gift missing
    ("promised-dispatch", "说好的当天发 到现在物流信息都没有", (), ("赠品",)),
]



# --- rounds 94-95 ----------------------------------------------------------------------------------
ROUND94_95 = [
    # a product name typed with two homophones: the item is known, no "您问的是哪一款"
    ("two-homophones", "波尿酸面莫一盒有几片", ("5片装",), ("哪一款",)),
    # "会刺痛不" from a sensitive skin: whom it suits and the caution, not only the size asked beside it
    ("stings-sensitive", "氨基酸洗面奶一支多少克 敏感肌用了会刺痛不", ("敏感肌",), ("想改善的是",)),
    # "刺激不" after a bad time with another brand: the caution is answered
    ("irritating-bu", "烟酰胺精华浓度多少 你家这个刺激不", ("5%烟酰胺", "隔天"), ()),
    # Cantonese "用得唔得" for a face that reddens: whom the cream suits
    ("cantonese-can-use", "修護霜我塊面好易紅 用得唔得", ("敏感肌",), ()),
    # "早晚都要用吗" asks the usage: stated, not "使用说明整理好…发给您"
    ("morning-and-night", "洗面奶早晚都要用吗", ("早晚各一次",), ("整理好",)),
    # dry, itchy skin from a heater, asked before buying ("用…行不"): a pre-sale answer, no stop-use care
    ("itchy-before-buying", "办公室空调吹得脸起皮发痒 男的用你家修护霜行不 咋抹", ("早晚薄涂",), ("停用",)),
    # the item advised against for this skin: no how-to for it after the better one is named
    ("no-howto-for-unsuited", "积雪草面霜油皮可以用吗 要怎么擦", ("不太推荐",), ("用法是",)),
]



# --- rounds 96-97 ----------------------------------------------------------------------------------
ROUND96_97 = [
    # a reaction after use told with "是不是有问题": the reaction's care, not a product pitch
    ("reaction-asked-if-faulty", "这面霜抹完脸上好刺痛 起了好多小红点 是不是有问题", ("停用",), ("给您介绍一下",)),
    # "说好的敏感肌能用 我用你们…脸红了": a reaction to the item, not a suitability question
    ("reaction-after-promise", "不是说敏感肌能用吗 我用你们精华脸红了一大片 退钱", ("停用",), ("适合想改善",)),
    # black specks inside the cleanser: unsafe goods, not a stock question
    ("black-specks", "洗面奶挤出来有黑色的小颗粒", ("先别再用",), ("库存",)),
    # "要不要拍两瓶" after how long one lasts: the two asked about are answered
    ("two-bottles", "精华30ml早晚用能用多久 要不要拍两瓶", ("拍两瓶也可以",), ()),
    # "好几次" is no question of how often to use it
    ("oily-several-times", "我出油很厉害一天要吸好几次油 面霜我能用吗", (), ("用法是",)),
    # pregnancy said as 两道杠, with two items in use: the one to stop and the one that is fine
    ("two-lines-pregnant", "验出来两道杠了 精华还能接着用吗 洗面奶呢", ("孕妇不适合用", "氨基酸温和洁面乳"), ()),
    # the sheet's leftover essence kept for tomorrow: the mask's rule, not the serum's storage
    ("sheet-essence", "面膜敷一片剩的精华能放冰箱明天用吗", ("当次用完",), ("烟酰胺",)),
    # the opened life said once when the shelf life and the leftover are both asked
    ("opened-life-once", "面膜保质期多久 敷不完剩的能留着明天用吗", ("剩下的不建议",), ()),
]



# --- rounds 98-99 ----------------------------------------------------------------------------------
ROUND98_99 = [
    # Cantonese with one Traditional character: a Hong Kong reader gets Traditional
    ("cantonese-traditional", "洗面奶孕婦用唔用得㗎", ("親，", "孕婦"), ()),
    # oily-combination skin and an unlisted group: the skin answered, the group checked
    ("skin-and-group", "面霜我混油皮会不会闷痘 还有哺乳期能用不", ("不太建议", "核实"), ()),
    # one item to choose, one not for the skin: the one that fits, no "搭配着用"
    ("which-of-two-skin", "混油皮 痘印多 买面霜还是精华好", ("建议选烟酰胺",), ("搭配着用",)),
    # a cream not for this skin: no serum offered in its place
    ("no-cross-category-stand-in", "大油皮 那个修护霜能用不", ("同类款",), ("更适合您的是",)),
    # how often, in Cantonese: the usage is stated
    ("how-often-cantonese", "面膜几耐敷一次", ("一周用2到3次",), ()),
    # a coupon and the gift asked together: no mask usage glued on
    ("coupon-with-gift", "满299减20的券在哪领 跟送面膜能一起用不", ("首页",), ("用法是",)),
    # a delay with no day named: held, and the day asked for
    ("delay-no-day", "能不能晚几天再发 这周不在家", ("先不发货",), ("照常",)),
    # the discount named by its figure, the total unchanged: the count of bottles reaches it
    ("discount-not-taken", "拍了两瓶面霜 不是说减20吗 怎么还是336", ("336元", "领"), ("还差",)),
]



# --- rounds 100-101 --------------------------------------------------------------------------------
ROUND100_101 = [
    # "一点都没有" is "not at all", not one o'clock
    ("not-at-all", "付款都三天了还没发货 物流信息一点都没有", ("查一下",), ("13:00",)),
    # the day the customer says it is today counts the 保价 days
    ("today-said", "我18号买的面霜 降价了能补差价不 今天都5号了", ("过了保价期",), ("还在保价期内",)),
    # "刚买完就降价": bought, so the difference is refunded, not "今天下单的话"
    ("just-bought-drop", "刚买完就降价了 坑人吧", ("原路退回",), ("今天下单的话",)),
    # no item named, asked in pieces: the one item sold by the piece
    ("pieces-no-item", "一盒几片啊", ("5片装",), ("哪一款",)),
    # three people share one tube: the time it lasts is counted for three
    ("three-users", "我们家三口人都用洗面奶 一支能用多久", ("三个人一起用",), ()),
    # the recipient said ("送我妈的"): no "自己用还是送人", and no sentence left broken
    ("recipient-said", "送我妈的 她五十多了 买哪个好", (), ("送人", "一件事")),
    # evening service asked by a complaint: the hours stated
    ("service-hours-complaint", "你们客服晚上九点就没人了？", ("09:00",), ("帮不上忙",)),
    # "886" signs off
    ("sign-off-886", "好 那我等你消息 先下了 886", ("祝您",), ("您是想了解", "下单")),  # (no thanks said, so no "不客气" since ROUND410_411; "先下了" is logging off)
    # a mask too small for a big face: its size checked, not hand sizes
    ("mask-size", "我脸大 面膜会不会小了敷不全", ("尺寸",), ("手的大小",)),
    # "积血草的霜": a 的 inside a misspelt name still names the cream, so its facts answer
    ("de-inside-name", "那个积血草的霜有没有酒精", ("不含酒精",), ()),
    # "便宜点呗" beside another question: the price asked is answered too
    ("bargain-request-beside", "便宜点呗 今天能发货不", ("改价",), ()),
    # "说好的送面膜呢": the gift's script and rule, no refund of a missing item
    ("promised-gift-said", "说好的送面膜呢 盒子里没有啊", ("活动规则",), ("货款",)),
    # a breakout from another brand's serum, hesitating: how gentle this one is, and the care
    ("breakout-elsewhere", "再考虑考虑吧 之前用别家烟酰胺爆痘了 有阴影", ("温和",), ()),
]



# --- rounds 102-103 --------------------------------------------------------------------------------
ROUND102_103 = [
    # the coupon and the gift "一块用": the rule that they combine
    ("coupon-gift-yikuai", "满299减20跟送面膜能一块用吗", ("一起享受",), ("商品页面",)),
    # "满减跟送面膜能一起用吗": no mask usage glued on
    ("promotions-together", "优惠券在哪领 满减跟送面膜能一起用吗", ("首页",), ("用法是",)),
    # "敷多久": only the mask is put on and left
    ("mask-by-verb", "敷多久啊 敷完要洗脸吗", ("15分钟",), ("整理好",)),
    # "50g的那个": the item named by its size
    ("item-by-size", "50g的那个早晚用能用多久", ("积雪草修护面霜",), ("到货时间", "大约能用")),
    # "积血草那个霜": 那个 inside a misspelt name
    ("nage-inside-name", "积血草那个霜孕妇能用不", ("积雪草修护面霜",), ("洁面乳",)),
    # bought, and now cheaper: price protection, not haggling
    ("bought-then-lower", "上周刚买的精华199 今天一看活动价179", ("差价",), ("没办法再改",)),
    # "可以一起擦吗" in Traditional: the order of the two
    ("together-rub", "積雪草面霜跟煙醯胺精華可以一起擦嗎", ("先用精華",), ()),
    # an exchange the customer chose: no advice against the first item after it
    ("exchange-chosen", "面霜没拆 朋友说我油皮不适合 能换成精华吗 差价我补", ("31元",), ("同类款",)),
    # "怎么用啊" naming none of several items: which one is asked, no promise about "这款的使用说明"
    ("usage-no-item", "怎么用啊 早晚都要用吗", ("哪一款",), ("这款的使用说明",)),
]



# --- rounds 104-105 --------------------------------------------------------------------------------
ROUND104_105 = [
    # "怀孕六周" is how far along, not a purchase six weeks ago
    ("weeks-pregnant", "刚查出怀孕六周 之前买的精华还没拆 还能用吗 不能用能退不", ("孕妇", "7天内"), ("42天",)),
    # "不怎么出油" is not oily skin
    ("not-oily", "这面霜我老公能抹不 他脸挺糙 倒是不怎么出油", (), ("按您说的油皮",)),
    # the coupon and the gift "能叠不"
    ("coupon-gift-die", "满299减20跟送面膜能叠不", ("一起享受",), ("商品页面",)),
    # a question of use asks the item's texture too
    ("texture-in-usage", "面膜敷完脸会黏黏的吗 敷完还要擦乳液吗", ("水感",), ("整理好",)),
    # "没几滴精华" in the mask: the mask's fault, not the serum's usage
    ("sheet-essence-short", "面膜拆开干巴巴的 没几滴精华 说好的每片25ml呢", ("照片",), ("烟酰胺",)),
]



# --- rounds 106-107 --------------------------------------------------------------------------------
ROUND106_107 = [
    # a gift "是不是漏了": left out, not leaking; no unsafe-goods options glued on
    ("gift-left-out", "说好满199送面膜的 箱子里没看到 是不是漏了", ("赠品",), ("B. 直接退款",)),
    # goods sent back after a leak: the refund asked, not a new leak complaint
    ("sent-back", "漏液退的货 退款啥时候到", ("2个工作日",), ("先别再用",)),
    # "赠品呢？？买了两百多 说好满199送的": a gift missing, with its rule
    # (an apology, not "是我们的疏忽" before "符合活动的话": graders of rounds 114 and 120 read that as a contradiction)
    ("where-is-gift", "赠品呢 买了两百多 说好满199送的", ("抱歉", "补发"), ("疏忽",)),
    # a cracked, sticky bottle: the fault's remedy, no texture sentence glued on
    ("sticky-broken", "收到的精华瓶子裂了 整个盒子黏黏的", ("先别再用",), ("水感",)),
]



# --- rounds 108-109 --------------------------------------------------------------------------------
ROUND108_109 = [
    # the return rule with its limits is stated, not sold as "不用担心" (the limits contradicted it)
    ("return-rule-framed", "我再考虑下吧", ("退换的规则",), ("不用担心",)),
    # "跟那个送面膜的能一起用不" about the promotions: no mask usage glued on
    ("gift-that-one", "券在哪领 跟那个送面膜的能一起用不", ("一起享受",), ("用法是",)),
    # two items and "哪个补水好点": both compared, no "另一款发我"
    ("which-hydrates", "玻尿酸面膜跟修护霜哪个补水好点", ("积雪草修护面霜",), ("另一款",)),
    # praise and a goodbye naming the mask: a goodbye, not a pitch
    ("praise-goodbye", "收到啦 面膜敷着贼舒服 下回还来 拜拜", (), ("给您介绍一下",)),
]



# --- rounds 110-111 --------------------------------------------------------------------------------
ROUND110_111 = [
    # "送的面膜别忘了哈" after paying: the gift rule and that it ships with the order
    ("gift-reminder", "付好了 送的面膜别忘了哈", ("满199元送面膜",), ()),
    # the postage of goods sent back after a leak: who pays it, by the shop's rule
    ("return-postage", "漏液退的货 退款啥时候到 寄回去的运费你们报吗", ("由我们承担",), ()),
]


ROUND112_113 = [
    # a group asked beside the order of use: the order, then whom the item does not suit
    ("group-beside-order", "精华和面霜哪个先用 哺乳期能用吗", ("先用精华", "哺乳期不适合用"), ()),
    # after another item is named, the next answer names its item again (not "这款")
    ("named-after-other-item", "怀孕了 精华能用吗 成分有啥", ("烟酰胺焕亮精华液 30ml含",), ("。这款含",)),
    # whether the goods are genuine: the shop says so, with the item's own tests
    ("genuine", "这个面霜是正品吗 有没有检测", ("都是正品", "斑贴测试"), ()),
    # … but a reaction is cared for first, without a defence of the goods
    ("genuine-no-defence", "用了面霜脸上起疙瘩 是不是假货", ("停用",), ("都是正品",)),
    # facts stated: no "详情页都有写明，您想了解哪一点"
    ("facts-no-which-point", "精华是不是正品 保质期多久", ("都是正品", "未开封3年"), ("想了解哪一点",)),
    # a parcel left in a locker, and the next parcels' courier: both answered
    ("courier-next-time", "快递又扔快递柜了 下次别给我发中通", ("驿站或快递柜", "不发中通"), ()),
    # the surcharge is said with the courier; no remote-region tip after it
    ("surcharge-said-once", "想发顺丰到广州 几天能到 要补多少钱", ("补8元",), ("运费摊下来",)),
    # the ways to pay without instalments nobody asked about; with them when asked
    ("payment-no-instalments", "信用卡能付吗", ("信用卡都可以付款",), ("分期",)),
    ("payment-instalments-asked", "能用花呗吗 能分几期", ("分期",), ()),
    # a bad review the customer offers to change: thanks, no calming words for anger
    ("review-change-calm", "前两天给了个差评 现在觉得还行 差评可以改吗", ("修改评价",), ("生气",)),
    # skin told as the need of an item to choose: a pick, no reaction care
    ("choosing-not-reaction", "给我妈买的 脸特别干还起皮 预算两百以内 帮忙挑一个", ("积雪草修护面霜",), ("停用",)),
    # another brand's reaction as history, and no order yet: the worry, not a price
    ("worry-not-price", "以前用别的牌子面霜过敏过 所以一直没敢下单", ("顾虑",), ("价格", "停用")),
    # damaged goods and a missing gift: the damage's remedy, then the gift
    ("damage-and-gift", "精华漏了一半 赠品面膜也没收到", ("补发新的", "赠品"), ()),
    # whether the gift goes back with a return: checked by a time, beside the return rule
    ("gift-return", "退款啥时候到账 赠品要一起退回吗", ("赠品要不要一起寄回",), ("退换货是这样的",)),
    # paid before the cut-off and still no tracking: sorry, and checked by a time
    ("overdue-dispatch", "昨天下午三点付的款 到现在还没物流信息", ("抱歉", "11:00前"), ()),
    # which item the gift is, when the rule does not name it: checked
    ("which-gift", "满199送的是哪款面膜 跟店里卖的一样吗", ("满199元送面膜", "同一款"), ()),
    # a second check beside a first one at the same time: kept, answered together
    ("second-check-kept", "退货的话 送的面膜也要退回吗", ("赠品要不要一起寄回",), ()),
]

ROUND114_115 = [
    # goods sent back, postage asked, reason not said: both rules, not the unopened-only clause
    ("return-postage-both", "退货寄回去了 退款多久到 邮费谁出", ("无理由退货，寄回运费需要您承担", "由我们承担"), ("拆封使用后",)),
    # two items used together, a skin told, one item asked: the skin's caveat, not its facts again
    ("pair-skin-caveat", "精华和面霜能一块用不 我脸上老长痘 面霜能擦吗", ("搭配着用", "不过痘痘肌的话"), ()),
    # "用起要得不" (Sichuan) asks whether it suits; "70要得不" only asks for a price
    ("dialect-suits", "洗面奶多少钱 我儿子十五岁 油痘肌 用起要得不", ("79元", "适合所有肤质"), ()),
    ("dialect-price-only", "老板 洗面奶79块 抹个零头嘛 70要得不", (), ("适合所有肤质",)),
    # a fault, a doubt it is genuine, postage: the remedy says who pays; the doubt is answered
    ("fault-genuine-postage", "面霜挤出来稀稀的 跟以前买的不一样 是假的吧 要退货 运费你们出吧", ("补发新的", "都是正品"), ("无理由退货，寄回运费需要您承担",)),
    # a tip for a worry nobody voiced ("怕不适合的话…") is left out
    ("no-unvoiced-worry", "最近有什么活动 满多少送小样", ("满199元送面膜",), ("怕不适合的话",)),
    # a sale named that is already over this year
    ("festival-passed", "双十一有活动吗 想等等再买", ("今年的双十一已经过了",), ()),
    # a cancel asked beside an invoice: both answered
    ("cancel-and-invoice", "拍多了一瓶 帮我取消一个 能开发票吗", ("取消", "发票"), ()),
    # a worry before buying, said as "怕用着过敏": the worry, not an after-sale menu
    ("worry-before-buying", "怕用着过敏 买了白买", ("顾虑",), ("补发", "换新")),
    # how long it takes to reach a far place: checked, beside the dispatch time
    ("arrival-asked", "想买面霜 今天下单几时寄出 寄香港要多久", ("发出", "路上一般4～7天"), ()),
    # "下午拍" with no hour: the cut-off decides, not "按现在的时间"
    ("afternoon-payment", "能便宜点不 下午拍今天能发吗", ("17:00前付款",), ("按现在的时间",)),
    # a review to amend after a hasty moment: no "知道您着急"
    ("review-amend-no-hurry", "之前一着急给了个差评 后来处理好了 差评咋改", ("修改评价",), ("着急",)),
    # 皂碱 (the customer's word) is asked as an ingredient
    ("soap-base", "洗面奶有没有含皂碱", ("不含皂基",), ()),
    # a product name typed with a homophone is not quoted back ("您是说面双到了")
    ("no-typo-restated", "面双收到了 盖子裂了 漏得到处都是", ("补发新的",), ("面双",)),
    # Taiwan readers' shop words: 帳戶, 出貨
    ("taiwan-terms", "請問今天下單什麼時候發貨", ("出貨",), ("當天發貨",)),
]


ROUND116_117 = [
    # a message sent by mistake, said with an apology: nothing to remedy
    ("own-wrong-message", "抱歉 发错了", ("没关系",), ("补发", "发错的商品")),
    # 漏了 of a gift not found is left out, not a leak
    ("gift-left-out", "说好满199送面膜 包裹里没有 是不是漏了吧", ("赠品",), ("先别再用",)),
    # 不敢用了 is no use of an item: a pregnancy question, not a reaction
    ("dare-not-use", "面霜孕妇能不能用 我怀孕三个月 脸干得起皮 以前的护肤品都不敢用了", ("孕妇",), ("停用这款产品", "医院")),
    # 有嘢送 (Cantonese): the gift rule
    ("cantonese-gift", "寄香港要运费吗 买满多少有嘢送", ("12元", "满199元送面膜"), ("小礼物",)),
    # a remote region's postage explains a higher total at payment
    ("remote-fee-explained", "我在拉萨 页面上面霜168 付款时变180了 多出来12块是啥", ("12元运费",), ("保价",)),
    # a late-evening payment said as past, asked about tomorrow: it was last night
    ("last-night-payment", "晚上十一点拍的 明天能发吗", ("昨天23:00", "今天"), ()),
    # a cancel asked if not yet shipped: the cancel, not an overdue-dispatch apology
    ("cancel-if-unshipped", "我前天拍的那单要是还没发就帮我取消了吧 钱多久退", ("帮您取消",), ("久等",)),
    # a broken seal, maybe used: unsafe, so no keep-it-with-a-coupon option
    ("broken-seal-unsafe", "面霜到了 封膜是破的 像被用过 能退吗", ("直接退款",), ("不退不换",)),
    # the item after 换成 is the one wanted
    ("swap-direction", "拍错了 想要面膜结果拍成洗面奶了 还没发货吧 能换成面膜不", ("重新拍玻尿酸补水面膜",), ()),
    # an exchange's new item leaves once the old one is back; no dispatch script after it
    ("exchange-after-return", "换货的那瓶我已经寄回去了 新的啥时候发", ("新的会在1个工作日内",), ("按现在的时间",)),
    # a script that says the feeling already gets no second empathy opening
    ("one-empathy", "快递给我放驿站了 说好的送上门呢", ("换谁都会烦",), ("换成是我也会生气",)),
    # a slow reply complained of: the wait taken over, no warehouse chase
    ("slow-reply", "客服半天不回 问个事等了一个小时", ("让您等了这么久",), ("仓库",)),  # (a wait, not questions asked again: round 307)
    # a worry before buying: the worry answered, no pick pushed
    ("worry-no-pick", "怕敏感肌用了过敏 还是再看看吧", ("顾虑",), ("推荐您选",)),
    # a failing payment beside a promised price change: both
    ("promise-and-payment", "付款一直失败 提示有风险 之前说好给我改价少10块 改了没", ("10元无门槛优惠券", "付款一直不成功"), ()),
]


ROUND118_119 = [
    # a parcel left at a station, "你们找的什么快递": the apology first, then the couriers
    ("station-then-couriers", "快递员直接扔驿站 电话都不打 你们找的什么快递啊", ("驿站或快递柜", "中通或圆通"), ()),
    # which courier and how long to a city: both (the days checked)
    ("courier-and-days", "发什么快递 到上海几天", ("中通或圆通", "发到上海路上一般1～2天"), ()),
    # a concentration asked as a percentage
    ("percent-asked", "精华是几%的 会刺痛吗", ("5%烟酰胺",), ()),
    # a mask's size, which the spec does not give: checked, not the spec again
    ("mask-size-checked", "面膜膜布多大啊 怕盖不住下巴", ("具体尺寸",), ()),
    # one of two of the same item taken off: the quantity cannot be edited, so placed again
    # (re-aimed after rounds 291 and 293: "数量没法直接改" is no rule of the shop; checked by a time instead)
    ("fewer-items", "拍了两瓶面霜 我只要一瓶 能帮我取消一瓶吗", ("只取消", "11:00前"), ("数量没法直接改", "把这单取消")),
    # an invoice sent by mail is not a parcel's dispatch
    ("invoice-mail-no-dispatch", "开专票 抬头和税号发你了 多久发我邮箱", ("发票",), ("按现在的时间",)),
    # a parcel picked up and stuck is a parcel on its way, not an order unsent
    ("picked-up-stuck", "四天了物流还是已揽件 你们这效率", ("核实包裹",), ("应该在",)),
    # whether a cleanser removes make-up: checked, not a product pitch
    ("makeup-removal", "洗面奶能卸妆不 我就抹个防晒", ("卸妆", "核实"), ("给您介绍一下",)),
    # opened half a year ago, still usable: the shelf life once opened
    ("opened-half-year", "面霜开了快半年了还能用吗", ("开封后建议6个月内用完",), ()),
]


ROUND120_121 = [
    # a threshold the customer names is not read back; no "是我们的疏忽" before "符合活动的话"
    ("gift-no-rule-readback", "满199送的面膜没收到啊", ("补发",), ("活动规则是这样的", "疏忽")),
    # 油痘肌 is a skin to recommend for
    ("oily-acne-pick", "油痘肌 有啥推荐的", ("推荐您选烟酰胺焕亮精华液",), ("什么场合",)),
    # a group no item lists: the others checked
    ("others-for-group", "还在喂奶 精华能用吗 不能的话有啥我能用的", ("哺乳期", "其他几款"), ()),
    # a company's 发福利 is no promotion asked
    ("company-welfare", "公司发福利 面膜要十盒 有这么多货吗 能开专票不", ("库存", "发票"), ("满199元送面膜",)),
    # 换别的能付吗 is another way to pay, not an exchange
    ("pay-another-way", "付款老失败 提示银行卡状态异常 换别的能付吗", ("付款",), ("退换货是这样的",)),
    # a price balked at for a named item: what it buys, and the offers
    ("price-balked", "168一瓶面霜 有点下不去手 我再看看吧", ("这个价钱花在哪里", "满199元送面膜"), ()),
    # whether an item works, and how soon: its benefit
    ("benefit-asked", "痘印好多 烟酰胺精华能淡吗 要用多久才有效果", ("坚持一两个月",), ()),
    # the sum with the coupon, asked as 用完券
    ("sum-after-coupon", "面霜加精华 用完券多少钱 送面膜不", ("券后实付347元", "送面膜1片"), ()),
    # the return postage asked beside the amount of a refund
    ("postage-beside-amount", "退货寄回去了 能退多少 我寄回来的运费给报不", ("退款金额", "由我们承担"), ()),
    # past 保价 and a return threatened: the return window too
    ("past-both-windows", "面膜买了快三个礼拜了 现在降价了 能补差价不 不能的话我退了重买", ("已经过了保价期", "过了7天无理由退货期"), ()),
    # paid last week and still unsent, in Cantonese: the delay, not thanks for an order
    ("cantonese-unsent", "我上個禮拜已經俾咗錢 到而家都未出貨 你哋搞咩呀", ("催",), ("感謝親的支持",)),
    # a note meant for a husband
    ("note-to-husband", "老公下班记得买酱油 别又忘了", ("没关系",), ("换新",)),
]


ROUND122_123 = [
    # 跟专柜一样不 asked before buying: genuine, no photo of goods not yet received
    ("genuine-before-buying", "你们家是正品吗 跟专柜一样不 有点怕", ("都是正品",), ("拍张照片",)),
    # 系咪真嘅 (Cantonese): whether it is genuine
    ("cantonese-genuine", "呢个补水面膜一盒几多片 系咪真嘅", ("5片", "正品"), ()),
    # a mask and a cream used together: the order
    ("mask-then-cream", "面膜跟面霜一起用的话顺序是怎样", ("先用面膜，再用面霜",), ()),
    # a cleanser that will not foam: add water, from its texture fact
    ("no-foam", "洗面奶打不出泡怎么用", ("加水就能打出细泡沫",), ()),
    # an urgency opening and the script's own thanks: one opening
    ("one-opening-thanks", "拍了 付好了 帮我快点发哈", ("明白您赶时间",), ("感谢亲的支持",)),
    # a refund request not approved: the approval chased, not "the money should have come"
    ("refund-not-approved", "退款申请点了一个星期都没人同意 再拖我就叫小二介入", ("催审核",), ("应该已经到账",)),
    # paid days ago, nothing shipped, "是不是压根没货": the delay, not a restock register
    ("paid-not-stock", "礼拜一就付款了 物流一点信息都没有 是不是压根没货", ("催",), ("补货时间",)),
    # 现货还是预售: no sale's plans
    ("stock-not-sale", "精华是现货还是预售啊 拍了多久能发", ("发出",), ("大促",)),
    # a day ahead supposed ("31号拍的话"): that day's dispatch, not a past order
    ("supposed-day-ahead", "31号拍的话当天能发吗 想元旦前收到", ("12月31日",), ("10月31日",)),
]


ROUND124_125 = [
    # whether a mask covers a big face: its size (checked), not a bargain
    ("mask-covers", "脸盘子大 面膜能盖住整张脸不", ("尺寸",), ("议价",)),
    # paid days ago, the hour not said: the latest it should have left, no cut-off rule supposing an hour
    ("overdue-hour-unknown", "付了款三天了还不发货 搞什么", ("最晚应该在11月23日",), ("17:00前付款",)),
    # paid yesterday, the hour not said: both sides of the cut-off
    ("overdue-yesterday", "我昨天付的款怎么还没发", ("17:00前付的", "17:00后付的"), ("按时间应该在",)),
    # one Traditional character in a Simplified message is not quoted back
    ("one-traditional-char", "收到的面膜有一片破了 精華全漏光了", ("漏光",), ("精華",)),
    # where the coupon is taken, and why it did not apply to this order
    ("coupon-where-and-missed", "优惠卷在哪里领 我买了个洗面奶咋没减", ("店铺首页", "还差"), ()),
    # a bank transfer: the ways the policy states, and the transfer checked with finance
    ("bank-transfer", "公司采购 能对公转账付款吗", ("支付宝", "财务"), ()),
    # two boxes ordered, one came: left out, not a dispatch to chase
    ("one-of-two-came", "买了两盒面膜只来了一盒 另外一盒呢", ("补发",), ("催",)),
    # no effect, a return asked: the rule, and how long the item takes
    ("no-effect-return", "精华用了十天 没什么效果 能退不", ("无理由", "坚持一两个月"), ()),
    # Cantonese 甩皮 (peeling): the caution
    ("cantonese-peeling", "呢支精華用咗會唔會甩皮", ("隔天",), ()),
    # the surcharge for SF, and how it is paid checked
    ("courier-gap-how", "备注要顺丰 差价怎么补", ("8元", "确认"), ("默认发中通",)),
    # a person asked for late at night: no goods at fault
    ("human-asked", "这么晚了还有真人客服吗 还是机器人", ("真人",), ("打包",)),
    # a return chosen for a leak, its postage and time asked: answered, no remedy menu
    ("return-chosen-leak", "漏液了所以退货 寄回去的运费谁出 钱多久能到", ("运费由我们承担", "签收后2个工作日"), ("A.",)),
    # an item named and its dispatch asked with 寄
    ("item-ship-today", "这个精华今天下单今天会寄吗", ("发出",), ("烟酰胺",)),
    # a previous order short and this one unsent: the shortfall and the chase, not only a menu
    ("old-short-new-late", "上次买的面膜少了一片还没补 这次又拍了一单三天了不发货", ("催",), ()),
]


ROUND126_127 = [
    # the sum paid said, the coupon not taken off: the threshold against that sum
    ("coupon-sum-said", "付款怎么还是247 券不是应该减20吗", ("还差52元",), ("付款方式",)),
    # two items named in the clause that asks their shelf life: both
    ("two-shelf-lives", "精华跟洗面奶开封后能放多久", ("6个月", "12个月"), ()),
    # an order supposed this afternoon ("拍的话"), a delay feared: its dispatch, no chase
    ("supposed-afternoon", "我下午拍的话今天发得出去不 急用 莫给我拖到明天哈", ("17:00",), ("催",)),
    # an address to change beside a courier asked: both
    ("address-and-courier", "地址要改下 另外备注给我发顺丰", ("地址能改", "8元"), ()),
    # whether a serum darkens skin used by day: no storage check
    ("skin-darkening", "烟酰胺白天用会不会变黑", ("防晒",), ("冷藏",)),
    # a bare weekday with 下单 and "什么时候发": the coming one, and the courier asked answered
    ("weekday-ahead-courier", "周日下单什么时候发 发中通还是圆通", ("11月30日", "中通或圆通"), ("应该在",)),
    # which courier, asked of a stuck parcel: named, no SF upsell
    ("sent-with-which", "包裹一周没动 你们发的什么快递", ("中通或圆通",), ("顺丰",)),
    # spoiled goods and a return asked: the problem's options, not the return rules (a guard: this wording passed before)
    ("spoiled-return", "洗面奶开了几天挤出来一股酸味 颜色发黄 是不是坏了 能退吗", ("先别再用",), ("无理由",)),
    # only one to buy, the skin said as 皮肤又干: the pick, not the skin asked again
    ("dry-pick-one", "面霜和精华只买一个 我皮肤又干 选哪个", ("建议先选积雪草",), ("什么肤质",)),
    # a bargain after the coupons: the gift rule said once
    ("gift-said-once", "有没有券 能再便宜点吗", ("满199元送面膜1片",), ("不过现在满199",)),
]


ROUND128_129 = [
    # the customer's own calendar ("明天周日"): the coming Sunday, not a past order chased
    ("told-tomorrow-sunday", "明天是周日 拍了能发不", ("11月30日",), ("应该在", "查一下")),
    # "今儿礼拜天 现在拍": the customer's today, a payment supposed now
    ("told-today-sunday", "今儿礼拜天 现在拍了明天几点能发出去", ("11月30日",), ("应该在",)),
    # a coupon forgotten, a new price or a cancel asked: cancel and order again with the coupon, no chase
    ("coupon-forgotten-redo", "刚拍完发现有券没领 能改价不 不行我取消重拍", ("取消", "重新拍下"), ("付款不顺", "催")),
    # "别再给我发圆通": which one instead
    ("avoid-again", "别再给我发圆通了 我们那不送 这回能换中通吗", ("尽量发中通",), ()),
    # where the goods leave from, asked with the city: not that city's postage
    ("ships-from-city", "你家是杭州发吗 寄北京几天", ("浙江杭州的仓库",), ("杭州在包邮范围内",)),
    # the coupon with the gift ("俩能一起用吗"): no item's usage
    ("coupon-with-gift", "券在哪领 满多少送面膜 俩能一起用吗", ("满199",), ("敷15分钟",)),
    # "会不会刺" before buying: the caution
    ("will-it-sting", "5%烟酰胺会不会刺啊 以前用别家的烂过脸", ("隔天",), ()),
    # "夏天会不会很腻": the texture
    ("greasy-in-summer", "这个面霜夏天用会不会很腻", ("不黏腻",), ()),
    # a bigger jar asked: the one size
    ("bigger-jar", "面霜有没有大罐的", ("这一种规格",), ()),
]


ROUND130_131 = [
    # a skin reaction said as 脸都烂了 / 红了一大片, a refund demanded: the reaction's care, no sales pitch
    ("face-ruined", "用了面霜脸都烂了 红了一大片 不是说敏感肌能用吗 退钱", ("停用",), ("给您详细说说", "快递外箱")),
    # "我拍的X 给我寄一盒Y来": another item than the one bought
    ("sent-other-box", "我拍的洗面奶 给我寄一盒精华来 啥意思", ("发错",), ("预计今天",)),
    # a pick asked for someone ("整点啥好"): a recommendation, not a quality question
    ("pick-for-wife", "给媳妇儿整点啥好 她老嫌自己脸黄", ("推荐",), ("质量问题",)),
    # only one size asked, and whether two jars expire: the size and the shelf life, no product pitch
    ("one-size-two-jars", "面霜只有50g的吗 囤两瓶会不会用不完过期", ("这一种规格", "未开封3年"), ("给您介绍一下",)),
    # buying more beside a stock question: no address change
    ("buy-more", "还有货吗 想多拍几个", ("现货",), ("地址能改",)),
    # an address change and a courier to avoid, noted: both
    ("address-and-avoid", "地址改到成都 还有备注一下别发中通", ("地址能改", "不发中通"), ()),
    # a week and not arrived, the courier cursed: the parcel checked, no courier menu
    ("week-not-arrived", "一个礼拜了还没到 中通是死了吗 你们管不管啊", ("核实包裹",), ("想发顺丰",)),
    # a part missing from the box: left out, not what the box holds
    ("spoon-missing", "面霜里怎么没有勺子", ("补发",), ("包装里有",)),
    # a gift reminded after ordering: the rule and the check
    ("gift-reminded", "拍了 满199送的面膜记得给我发啊", ("满199元送面膜1片", "核对"), ()),
    # Cantonese: the return sent back (寄返咗), the refund asked
    ("cantonese-sent-back", "退款幾時到帳？貨已經寄返咗三日", ("簽收",), ()),
]


ROUND132_133 = [
    # Cantonese: two items and their difference asked (有咩分別): the comparison, not a clarifying question
    ("cantonese-compare", "修護霜同洗面奶有咩分別呀", ("面霜",), ("確認一下",)),
    # a refund late beside a gift missing: both
    ("refund-and-gift", "退款一直没到 另外赠品也没给我", ("赠品", "退款"), ()),
    # paid more than the page shows: the price protection
    ("dearer-than-page", "我买的面霜怎么比页面上贵了20", ("15天内保价",), ("不退差价",)),
    # a cream for oily skin with no alternative: a plain close, not "我帮您一起挑"
    ("no-alternative-close", "油皮能用积雪草面霜吗 会闷痘吗", ("没有更适合",), ("一起挑",)),
    # "四点二十" is 16:20
    ("minutes-in-chinese", "下午四点二十拍今天能发吗", ("16:20",), ("16:00",)),
    # a service complaint (nobody answers, replies like a machine): the wait taken over, no wrong-item menu
    ("service-like-machine", "客服真行 找人一个都没有 回复跟机器一样 我要投诉", ("跟进",), ("快递面单",)),
    # a mask found dry in the box: a faulty item, not its spec
    ("dry-mask", "面膜拆开一片是干的 一点精华都没有", ("照片",), ()),
    # an invoice awaited: checked, not the rules again
    ("invoice-awaited", "发票开了没 我一直没收到啊", ("进度",), ("下单后把抬头和税号发我",)),
    # ten boxes: the count ships free
    ("ten-boxes-free", "面膜想一次买10盒 包邮吧", ("已经满99元包邮",), ("拍2件",)),
    # a serum already owned, pregnant: stop it, no other item pushed
    ("owned-pregnant", "刚查出怀孕 之前买的精华还剩半瓶 还能用吗", ("停用",), ("可以用的是",)),
]


ROUND134_135 = [
    # "一点物流都没有" is no one o'clock: the overdue order, not a payment at 13:00
    ("one-is-not-an-hour", "付款三天了 怎么一点物流都没有", ("最晚应该在",), ("13:00",)),
    # "发错了 不好意思": the customer's own message sent by mistake
    ("own-wrong-message", "发错了 不好意思", ("没关系",), ("补发",)),
    # two items and "送面膜吗": the sum against the gift's threshold
    ("two-items-gift", "我买个面霜再加个洗面奶 送面膜吗", ("247元", "送面膜1片"), ("方便您对比",)),
    # a pick for oily skin with marks ("油得很"): the serum, no question back
    ("oily-marks-pick", "脸上痘印好多 油得很 帮我看看买啥 别推太贵的", ("烟酰胺",), ("自己用还是送人",)),
    # thanks and goodbye: no return rules
    ("thanks-see-you", "好滴 谢啦 下次还找你", ("不客气",), ("无理由",)),
    # the ways to pay said once, and the coupon with instalments
    ("instalments-and-coupon", "花呗能分三期吗 分期了还能用满299减20的券不", ("花呗分期", "满299减20"), ("付款方式都可以用",)),
    # asked three times and no answer: the wait taken over, not "是真人"
    ("asked-three-times", "问了三遍没人理 机器人都比你们强", ("问了好几遍",), ("真人",)),
    # whether the cream comes with a spoon
    ("spoon-given", "面霜送勺子不", ("挖勺",), ()),
    # SF offered if it will not arrive in time: the surcharge, not "补一点差价"
    ("sf-if-late", "寄哈尔滨下周三前能到吗 来不及我加钱发顺丰", ("8元",), ("补一点运费差价",)),
    # a fall after a purchase not made yet: the window, no refund date promised
    ("protect-ahead", "现在买了到时候降价能退差价不", ("保价到",), ("原路退回给您",)),
    # a choice with little money: no bargaining line
    ("choice-not-haggle", "面膜和面霜哪个补水好 只能买一个 学生党没啥钱", ("面膜",), ("没办法改价",)),
]


ROUND136_137 = [
    # two dry sheets found: a faulty item, not a shortfall
    ("dry-sheets", "收到了 有两片面膜是干的 一点精华都没有", ("照片",), ("快递面单",)),
    # "有没得小勺勺" (Sichuan): what the box holds, not the ingredients
    ("spoon-dialect", "面霜里头有没得小勺勺嘛", ("挖勺",), ("主要成分",)),
    # a sigh about the postage ("这么小气"): no check promised on it
    ("postage-sigh", "就一盒面膜还要6块运费 这么小气的吗", ("包邮",), ("核实一下",)),
    # a courier that will not deliver to the door: the parcel's problem, no courier menu
    ("not-to-door", "圆通不给送上门 非让我自己去驿站拿 咋弄", ("驿站",), ("可以考虑顺丰",)),
    # a sheet not finished, kept for tomorrow: the single use said, no check
    ("mask-kept-overnight", "面膜没敷完 放冰箱明天还能接着用吗", ("不建议",), ("核实一下",)),
    # "马上双十一了" is a date, not a hurry
    ("soon-double-eleven", "有活动没 马上双十一了 现在买会不会亏", ("保价",), ("知道您着急",)),
    # a choice with little money and a price named: no bargaining line
    ("choice-with-price", "洗面奶79那个跟面膜 想补水 买哪个划算 学生党没啥钱", ("面膜",), ("没办法改价",)),
    # the size for a big face: the one size, no return rules
    ("size-no-return-rules", "我脸比较大 面膜会不会短一截 有大号的没", ("这一种规格",), ("退换的规则",)),
]


ROUND138_139 = [
    # a fall right after buying, within the window: the protection, not a menu with "不退差价"
    ("just-bought-fell", "刚买完就降30 也不通知一声 真会玩", ("15天内保价",), ("不退差价",)),
    # an address change and SF asked to be noted: the surcharge, then the remark
    ("sf-noted", "地址填错了能改吗 顺便备注发顺丰", ("地址能改", "补好差价我就帮您"), ()),
    # SF, and whether it arrives in time ("来得及不"): the dispatch and the transit checked too
    ("sf-in-time", "能发顺丰吗 周五出差前想收到 来得及不", ("8元", "预计今天"), ()),
    # Cantonese: whether the skin feels tight after washing
    ("cantonese-tight", "呢个洗面奶会唔会洗完好紧", ("不紧绷",), ()),
]


ROUND140_141 = [
    # a coupon taken and not taken off, nothing said of the order: the threshold and a check
    ("coupon-missed-no-items", "优惠券在哪领 我领了咋没减", ("满299元才能用", "截图"), ()),
    # whether the shop's goods contain alcohol, no item named: which items say so, the rest checked
    ("catalogue-alcohol", "你家东西含酒精吗 我一碰酒精就红", ("都不含酒精",), ("哪一款",)),
    # a reaction told against a review's boast: the reaction, no review script
    ("reaction-not-review", "说好的保湿呢 抹完脸更干了还起皮 这就是你们的好评面霜？", ("停用",), ("返现",)),
    # a pump that does not work, an exchange asked: a fault, not the return rules
    ("pump-broken", "精华的泵头按不出来 换货的话多久能发", ("照片",), ("无理由",)),
    # the gift confirmed after ordering ("满199送面膜的对吧"): its rule and the check
    ("gift-confirmed", "拍好了也付了 满199送面膜的对吧", ("满199元送面膜1片",), ()),
    # outside the window with a compensation: no follow-up promise glued after it
    ("protect-out-no-followup", "一个月前买的精华现在降了二十 差价退不退 不退我差评", ("作为补偿",), ("跟到底",)),
    # Cantonese: how long it travels to Hong Kong
    ("cantonese-transit", "我喺香港 寄過嚟大概要幾耐", ("路上一般4～7天",), ("確認一下：",)),
]

ROUND144_145 = [
    # an address changed "to the company's" beside an invoice: the change answered, not an invoice reissue
    ("address-company-invoice", "地址改成公司的吧 顺便开个发票", ("地址能改的", "增值税专用发票"), ("重开",)),
    # the same with the invoice asked as a question: the change is still answered
    ("address-company-invoice-asked", "地址改成公司的吧 能开发票吗", ("地址能改的", "增值税专用发票"), ()),
    # the goods sent back and their receipt asked: the refund's time, not the return rules
    ("sent-back-received", "退回去的你们签收了吧 钱啥时候到", ("仓库签收退货后",), ("无理由",)),
    # one item against a kind of goods ("超市那种"): no name or link of "the other one" asked for
    ("compare-generic-kind", "你家氨基酸洗面奶跟超市那种有啥不一样", ("氨基酸",), ("名字或链接",)),
    # two of one item counted with 俩 ("整俩面霜"): the sum of both, not one item's price
    ("count-lia", "整俩面霜 给抹个零呗 300得了 行不行给个痛快话", ("336元",), ("再凑31元",)),
    # an item reported out of stock: its restock checked, no "如果暂时缺货" nor similar styles
    ("stock-reported-out", "精华啥时候补货啊 连着看了好几天都是没货", ("补货时间", "11:00前"), ("如果暂时缺货", "相近的款式")),
    # out of stock only feared ("会不会断货"): the stock checked, no restock apology
    ("stock-feared-out", "精华还有货吗 我想一次囤三瓶 会不会断货啊", ("库存",), ("没买上",)),
]
ROUND146_147 = [
    # "一盒几片": the count said as the answer, not left inside the item's name
    ("pack-count", "老板 你们这个补水面膜好多钱一盒嘛 一盒几片哦 敷起巴适不", ("一盒5片", "天丝"), ()),
    # a feel told, not asked ("敷着贼舒服"): a thanks, no texture answer
    ("feel-told", "收到啦 包装挺严实的 面膜敷着贼舒服 下回还来 拜拜～", (), ("天丝",)),
    # a complaint with no matter named: no "跟到底…同步进展" promise after asking what it is
    ("no-matter-no-followup", "什么破客服 问了半小时一句话不回 机器人是吧 我要投诉 差评等着吧", ("真人",), ("跟到底",)),
    # Cantonese 幾日到 asks the transit time beside the courier
    ("cantonese-days", "寄香港幾日到呀 用咩快遞", ("路上一般4～7天", "中通"), ()),
    # an earlier order's invoice never given: its progress checked, not the rules before buying
    ("invoice-never-given", "退款到哪一步了 还有上次那单发票一直没给我", ("开具进度",), ("下单后把抬头",)),
    # "多少钱" after a postage question is the postage's amount, not "which item?"
    ("fee-how-much", "請問寄台灣要運費嗎？多少錢", ("12元",), ("哪一款",)),
    # small talk about the heat: a friendly line, not a guess at a scenario's title
    ("heat-small-talk", "今天好热啊", ("聊天",), ("物流查询",)),
    # a review given by a slip ("不小心点了个中评"): no apology for what displeased
    ("review-slip", "不小心点了个中评 能改不", ("追评",), ("不满意",)),
    # a skin worry answered by care: no return rules glued after it
    ("worry-no-return-rules", "算了我再想想 烟酰胺我有点怕 之前用别家的脸上刺刺的", ("隔天",), ("无理由",)),
    # "会不会闷痘" for a skin the item suits: the texture answers it
    ("clog-suited", "亲 那个积血草面霜我混干皮 一换季两边脸蛋就红红的还痒 能用不 会不会闷痘啊", ("正合适", "不黏腻"), ()),
    # … for a skin advised against: the advice answers it, no texture pitch nor a complaint script
    ("clog-unsuited", "积血草那个面霜我油皮能用不 夏天抹了会不会闷痘啊", ("油皮、痘痘肌本来就不太建议用", "闷痘是有可能的"), ("不黏腻", "拍张照片")),
    # "脸又暗又干", only one to buy: the item for dry skin, no skin type asked again
    ("dull-dry-pick", "烟酰胺那个精华跟积雪草面霜有啥区别啊 预算就200 只能买一个 我脸又暗又干", ("建议先选积雪草",), ("什么肤质",)),
    # a counter or a shop asked: checked by a time, never "no shop" the library does not say
    ("store-checked", "你们家是正品吗 有没有专柜能验 我怕买到假的", ("确认一下",), ("没有线下门店",)),
]
ROUND148_149 = [
    # "就50g一种吗 …一瓶够用俩月不": the one size and how long one lasts
    # (rounds 252–253: no estimate of how long a jar lasts even for a time named; graders read every one as invented)
    ("one-size-lasts", "面霜就50g一种吗 早晚都用的话一瓶够用俩月不", ("只有50g这一种规格", "没法给您打包票"), ("大约能用",)),
    # two boxes of one item with another: each counted ("两盒面膜加一个洗面奶")
    ("count-two-boxes", "买两盒面膜加一个洗面奶包邮吗", ("197元",), ("138元",)),
    # a count said after the name ("面膜两盒")
    ("count-after-name", "拍好了 面霜一瓶面膜两盒 今天能发出去不 别忘了送的面膜啊", ("286元",), ("227元",)),
    # the order said again after a correction counts as last said
    ("count-corrected", "我要两瓶精华 哦不对 一瓶精华一瓶面霜吧 这样包邮不", ("367元",), ("566元",)),
    # "够不够" beside the gift's threshold asks the threshold, not how long an item lasts
    ("enough-for-gift", "看别人说满199送面膜 我拍个面霜加洗面奶够不够啊 送几片？还有今天下午能发货吗", ("247元", "送面膜1片"), ("大约能用",)),
    # Cantonese 今日落单几时到: the transit time asked beside the gift
    ("cantonese-order-today-arrive", "你好 我喺深圳 今日落单几时到呀？有冇送嘢？", ("发到深圳路上一般2～4天", "满199元送面膜"), ()),
    # a refund's arrival ("退kuan什么时候到") is no parcel's transit
    ("refund-not-transit", "退kuan到底什么时候到？你们上周六就签收我的退货了 说好两天 今天都周二了", ("原路退款",), ("路上要几天",)),
]
ROUND150_151 = [
    # "多大一支": the size said as the answer though the name holds it, not a sales pitch
    ("size-in-name", "洗面奶多大一支", ("120g这一种规格",), ("给您介绍一下",)),
    # a sheet's essence ("一片精华液有多少ml") is no serum's size
    ("sheet-essence-not-serum", "玻尿酸面模一盒几片？一片精华液有多少ml", ("一盒5片",), ("30ml这一种",)),
    # a skin and "能天天用吗": whom it suits and how often
    ("skin-daily", "氨基酸洗面奶敏感肌能天天用吗", ("可以用", "早晚各一次"), ()),  # (631532f on: no "正合适" promised to a skin that reacts)
    # "就买一支79的": the item at that price, and what reaches free shipping
    ("item-by-price", "就买一支79的还要6块运费？？", ("还差20元",), ()),
]
ROUND152_153 = [
    # SF asked for after paying: the surcharge and the remark, not "which do you prefer?"
    ("sf-asked-after-paying", "已付款 麻烦给我发顺丰 差价我补", ("补8元差价", "备注发顺丰"), ("选哪种",)),
    # the surcharge already paid: the remark, not the promotions script nor "补好差价"
    ("sf-surcharge-paid", "已付款 顺丰差价8块也补了 麻烦一定发顺丰哈 急用", ("备注发顺丰",), ("优惠券", "补好差价")),
]

ROUND154_155 = [
    # a sum above the price shown: the remote region's fee, said to be the difference and checked
    ("charged-more-remote-fee", "页面上168 结算怎么成了180", ("多出的12元", "新疆", "订单截图"), ("活动和优惠券",)),
    # the region named: the fee explains the sum, no duplicate payment is promised back
    ("charged-more-region-named", "我在新疆 页面168 怎么付了180", ("新疆", "需要补12元运费"), ("重复支付",)),
    ("extra-postage-remote", "我地址是青海西宁 买了两百多还多扣了12块运费 不是满99包邮吗", ("不在包邮范围",), ("重复支付",)),
    # another difference: checked against the page and refunded, not "现在是168元 您看合适可以直接下单"
    ("charged-more-difference", "活动页写的精华179 我怎么付了199", ("差了20元", "订单号"), ("直接下单",)),
    # postage taken although the items reach the threshold: orders counted apart, or refunded
    ("postage-taken-over-threshold", "面霜加面膜一共227了 为啥还收了我6块运费", ("按一个订单算", "退给您"), ()),
    # "九点多付的款" is no overpayment
    ("hour-and-more-paid", "昨晚十点多付的款 今天能发吗", (), ("多扣", "重复支付")),
    # T-zone oily and cheeks dry: combination skin, not "油皮不太建议"
    ("t-zone-combination", "修护面霜油皮能用吗 我T区爱出油两边脸颊又干", ("混合皮", "两颊"), ("不太建议", "不太推荐")),
    # a present within a modest price: an item picked, not the bargaining script; no 孕妇 for a man
    ("present-not-bargain", "想给我老爸买点 他从来不护肤 送啥好 别太贵", ("推荐您选",), ("没办法改价", "孕妇")),
    # a sum said below the gift's threshold: nothing was left out, not a missing item's remedy
    ("gift-below-threshold", "说好的送面膜呢 我买的79的洗面奶啥也没送", ("满199元", "不是漏发"), ("补发",)),
    # a sum exactly at the threshold reaches it
    ("gift-threshold-exactly", "我买一瓶精华刚好199 算不算满199送面膜", ("已经满199元了",), ()),
    # how to return an unopened item: the window and how to apply, not only who pays the postage
    ("return-how-unopened", "不想要了 退货咋弄 没拆封的", ("7天内", "申请退货"), ()),
    # a concern said is a need: the item for it, not "what is the occasion and budget?"
    ("concern-is-a-need", "脸上好多痘印 还暗沉 选哪个", ("烟酰胺焕亮精华液",), ("预算是多少",)),
    # "哪个补水好" asks which is better at it: what each item's facts say of it
    ("which-better-at", "面膜和面霜哪个补水好 只买一个", ("论补水",), ()),
    # a yes to the agent's question carries the matter on, it is no goodbye
    ("confirmation-goes-on", "对 就刚发你那个", ("接着帮您处理",), ("还有其他需要",)),
    # a card asked beside an invoice: both taken up
    ("card-beside-invoice", "送人的 能塞张卡片吗 顺便开个发票", ("卡片", "发票"), ()),
    # a way to pay the shop does not list: no, and what is
    ("unlisted-payment", "你们支持微信付款吗", ("微信支付暂时用不了", "支付宝"), ()),
    # goods in hand said to be fake, with a threat: sorry first, a photo of the batch, a time
    ("fake-accusation", "包装跟我以前买的不一样 是不是卖假货 不给说法我就找平台", ("抱歉", "批号"), ()),
    # opened and not liked: the rule once, no fragment of the postage clause after it
    ("opened-return-no-fragment", "拆了用了一次 不太适合我 能退吗 运费谁出", ("不支持无理由退货",), ("不想要了的无理由退货。",)),
    # the production date asked with no item named is checked, not dropped
    ("made-no-item", "保质期多久 生产日期是啥时候的", ("生产日期",), ()),
]

ROUND156_159 = [
    # a refund awaited for days: the time, and the refund looked into now, not a parcel chased
    ("refund-late-days", "退款都申请好几天了 啥时候到账", ("马上帮您查",), ("发货进度",)),
    ("refund-late-days-plain", "退款啥时候到账 都申请好几天了", ("2个工作日", "马上帮您查"), ("发货进度",)),
    # a grumble about postage: the feeling, the rule, and how to reach the threshold
    ("postage-grumble", "买一支洗面奶还要收6块运费？别家都包邮", ("理解您的心情", "满99元包邮"), ()),
    # a rule confirmed before buying is no charge to refund
    ("postage-rule-confirmed", "洗面奶79不够99要另外付6块运费是吧 再加盒面膜是不是就包邮了", ("包邮",), ("多收的运费",)),
    # tests asked with no item named: the tests each item's facts name
    ("tests-no-item", "是正品吗 有检测报告吗", ("测试",), ()),
    # a man asks: yes, no 孕妇 in what it suits; a face too big for the sheet is checked
    ("men-and-sheet-size", "面膜男生能用吗 脸大怕贴不满", ("男生也可以用", "尺寸"), ("孕妇",)),
    # paid on a rest day already: when it ships, no earlier day to pay on
    ("paid-on-rest-day", "今天礼拜天 早上拍的洁面 今天能发吗", ("周一",), ("想早点发",)),
    # rounds 160-161: how long one box lasts for a trip, asked with no scenario read
    ("lasts-for-trip", "出差一周 面膜买一盒够不", ("一盒5片",), ("质量问题",)),
    # an exchange under way: when its new item leaves, not the return rules
    ("exchange-when-sent", "换货的那个什么时候寄出来", ("换货的新品", "马上帮您查"), ("无理由退货",)),
    # a pick for someone within a budget, whatever scenario the words suggest
    ("gift-pick-any-scenario", "给对象整个礼物 她脸老是干干的 三百以内整点啥好", ("推荐您选",), ("聊天",)),
    # many of one item and a lower price asked: the sum with the coupon and the gift
    ("bulk-haggle-deal", "面膜还有货吗 想囤10盒 能便宜点不", ("590元", "570元"), ()),
    # "退回花呗还是余额": the way it was paid, both named; and the days
    ("refund-route-either", "订单取消了 钱退回花呗还是余额 几天到帐", ("用花呗付的就退回花呗", "2个工作日"), ()),
    # dry skin that flakes, and not too dear: the cream, not the cheapest cleanser
    ("dry-skin-frugal", "给我妈买 冬天脸干得起皮 推荐个 别太贵", ("积雪草修护面霜",), ()),
    # "两百左右" is about 200, not at most 200
    ("budget-about", "送闺蜜的 两百左右 帮我挑下", ("200元左右",), ("200元以内",)),
    # a paid order's dispatch asked beside the gift: both answered
    ("paid-dispatch-with-gift", "拍好了 付过款了 今天能发出去吗 面膜记得给我塞上哈", ("20:00前发出", "送面膜1片"), ()),
    # rounds 162-163: "绷不绷" asks how it feels before buying, it is no complaint
    ("how-it-feels-asked", "你们洗面奶洗完脸绷不绷啊 我皮肤干", ("紧绷",), ("换新", "退款")),
    # the gift reminded after ordering: the rule, checked against the order
    ("gift-reminded-after-order", "拍好了 记得把送的面膜给我放进去哈", ("送面膜1片",), ()),
    # two items, a skin and "选哪个": the two compared for that skin
    ("choose-for-skin", "积雪草面霜和玻尿酸面膜都说补水 冬天干皮选哪个", ("积雪草修护面霜", "玻尿酸补水面膜", "干皮"), ()),
    # rounds 164-167: the rule quoted back and the customer's own hour beside it, a day ago
    ("rule-quoted-own-hour", "说好17点前付款当天发 我下午三点付的 现在都第二天了还没揽收", ("昨天15:00", "抱歉"), ("赶得上",)),
    # "敷一宿行不": how long a sheet stays on, not a complaint
    ("mask-overnight", "面膜敷一宿行不 老是敷着就睡着了", ("不要敷超过20分钟",), ("退款", "换新")),
    # the size asked with no item named: every item's size
    ("size-no-item", "这个多大的啊 保质期多久", ("面霜是50g", "未开封3年"), ()),
    # "一瓶还是两瓶": the second one's keeping said
    ("one-or-two", "精华早晚都用 一瓶能用多久 拍一瓶还是两瓶", ("拍两瓶也可以",), ()),
    # rounds 168-169: whether it cleans oily skin is whom it suits, not "what do you want to improve?"
    ("oily-skin-cleans", "洗面奶是皂基的吗 油皮洗得干净不", ("不含皂基", "油皮"), ("想改善的是",)),
    # one item under two names: said to be the same one, not a quality problem
    ("two-names-one-item", "补水面膜和玻尿酸面膜是俩东西不", ("同一款",), ("质量问题",)),
    # "麻烦早点发" after paying: when it ships
    ("ship-early-asked", "拍好了付完了 麻烦早点发 记得送面膜", ("20:00前发出",), ()),
    # the customer's own count of days over a rough date
    ("days-counted", "上个月初买的面霜 现在便宜了20 还能补差价不 算算得有35天了", ("35天",), ("54天",)),
    # "拍几张" beside 晒图 are photos, not an order to change
    ("photos-not-order", "晒图给红包吗 给的话我多拍几张", ("评价",), ("地址",)),
    # rounds 170-171: "面霜多少" is its price; the gift item named is not priced with it
    ("bare-how-much", "积雪草面霜多少 满199送的面膜还有吗", ("168元",), ("一起买",)),
    # an ingredient asked beside an allergy told, before buying: the ingredient, no reaction's remedy
    ("allergy-told-before-buying", "精华有酒精吗 我酒精过敏", ("不含酒精",), ("停用",)),
    # "包游吗" is a typing of 包邮
    ("postage-typo", "只买一支洗面奶包游吗", ("满99元包邮",), ()),
    # another item than the one bought: a wrong item's remedy, not the dispatch time
    ("wrong-item-received", "我买的洗面奶 收到一盒面膜 真服了", ("拍一下收到的商品",), ("20:00前发出",)),
    # asked three times: sorry for the wait, not only "a person answers"
    ("asked-third-time", "同一个问题问第三遍了 你们是不是只有机器人", ("问了好几遍",), ()),
    # rounds 172-173: "送一盒还是一片" is the gift rule, not a small present to ask the warehouse for
    ("gift-box-or-sheet", "满199送面膜 是送一盒还是一片啊", ("面膜1片",), ("小礼物",)),
    # a spoiled sheet and its date asked: the problem's remedy first, not only the date checked
    ("spoiled-and-date", "面膜撕开一股酸臭味 是不是变质了 生产日期印得看不清", ("先别再用",), ()),
    # "我下单的精华 收到一支洗面奶": a wrong item, not a damaged one
    ("ordered-one-received-another", "我下单的烟酰胺精华 收到一支洗面奶？？？", ("收到的商品",), ("破损",)),
    # "刚那句是我老公乱打的": nothing to answer, no "是质量问题吗"
    ("typed-by-someone-else", "刚那句是我老公拿我手机乱打的 别理他", ("没关系",), ("质量问题",)),
    # "边个啱我" with the skin said: the pick for it
    ("which-suits-me-cantonese", "烟酰胺精华同积雪草面霜有咩分别 我油性皮肤 边个啱我", ("建议选烟酰胺焕亮精华液",), ()),
    # rounds 174-175: "夏天会不会闷痘" beside an item not for 痘痘肌: yes, it may
    ("breakout-asked", "积雪草面霜油皮能用吗 夏天会不会闷痘", ("闷痘是有可能的",), ()),
    # "好退伐？运费啥人出" (Shanghainese): the return rule and its postage, not the free-shipping rule
    ("return-asked-shanghainese", "面霜还没拆 不想要了 好退伐？运费啥人出", ("7天内可以无理由退货", "寄回运费"), ("满99元包邮",)),
    # the customer asks that the calls about a review stop: they stop
    ("stop-calling-about-review", "给了个中评而已 客服天天打电话让我改 别打了行不", ("不会再打电话",), ("修改评价",)),
    # "送的那片跟卖的一样不": the gift's item checked
    ("gift-same-as-sold", "满199送的那片跟卖的一样不", ("跟正装是不是同一款",), ()),
    # rounds 176-177: advised against for a group, no "现在拍下" push after it, and no cleanser as a serum's stand-in
    ("advised-against-no-push", "烟酰胺精华孕妇能用吗 有货没", ("不适合用", "精华暂时只有这一款"), ("现在拍下",)),
    # a customer who went to a doctor already: no "go to a doctor", the bill taken up
    ("doctor-seen-already", "用了你们家东西脸上起了红疙瘩 去医院花了两百多 你们说怎么办", ("已经去医院看过了", "医药费"), ("尽快去医院",)),
    # the remote fee resented: the feeling and why, not the fee alone
    ("remote-fee-resented", "我新疆的 凭啥多收12块运费 别人家都包邮", ("理解您的心情", "快递成本"), ()),
]

ROUND182_183 = [
    # an order paid last night: past the cut-off, so it leaves by today's dispatch time (not "加急催一下")
    ("paid-last-night", "昨晚拍的 怎么还没物流", ("昨晚付款", "今天（11月24日 周二）20:00前发出"), ("加急催",)),
    # a missing gift beside a 保价 question: both answered
    ("gift-beside-protection", "刚买的面霜降价了 能退差价吗 送的面膜也没收到", ("保价", "赠品"), ()),
    # a return sent back: how the refund is reckoned, and who pays the postage back
    ("refund-amount-reckoned", "退货寄回去了 能退多少 运费退不退", ("实付金额", "寄回运费需要您承担"), ()),
    # more paid than the page, no sums: the postage rules, and the order checked
    ("paid-above-page-no-sums", "为啥实付比页面价格高", ("不满99元收6元运费", "订单截图"), ("活动和优惠券都展示",)),
    # four weeks for two against "a month": about one jar, not "2瓶" beside "四周"
    ("month-about-one-jar", "面霜我跟老公两个人用 一个月够吗", ("没法给您打包票",), ("大约要2瓶", "大约能用")),  # (no estimate: rounds 252–253)
    # the order of two items, however it is asked: the order only
    ("order-before-after", "精华是在面霜前面用还是后面", ("先用精华，再用面霜",), ("不是二选一",)),
    ("order-which-first", "精华和面霜先擦哪个", ("先用精华",), ("图文说明",)),
    # a count below the one bought is an item short, with the gift checked beside it
    ("short-count-and-gift", "面膜5片装的只有3片 满199送的那片也没有", ("少发", "赠品"), ()),
    # … but "只有两瓶精华" after buying two counts what came: the gift is the matter
    ("count-not-short", "买了398的两瓶精华 满199送的面膜呢 盒子里只有两瓶精华", ("赠品",), ("少发或发错的商品",)),
    # a size not sold: the one there is
    ("size-not-sold", "面膜有没有10片装的", ("只有这一种规格",), ()),
    # a spoon asked about: what is in the box, not "质量问题"
    ("spoon-in-box", "面霜带不带小勺子", ("挖勺",), ("质量问题",)),
    # a coupon not taken off: the order against its threshold, not the promotion script
    ("coupon-not-taken-no-promo-script", "领了满299减20的券 买了面霜加精华 付款咋没减", ("一共367元",), ("您想买哪几件",)),
    # the 保价 stated: no script promising to find out "能补多少差价" beside it
    ("protection-stated-no-check-script", "三天前买的精华 今天降价了 能补差价不", ("还在保价期内",), ("能补多少差价",)),
    # sarcasm is anger: the feeling first
    ("sarcasm-angry", "上周买的面霜今天就降价了 玩我呢 差价退不退", ("心情",), ()),
    # "咋个用" (Sichuan): the usage fact, not "图文说明" later
    ("dialect-usage", "洗面奶咋个用嘛", ("打出泡沫",), ("图文说明",)),
    # a failed payment's card: the failure answered, no list of ways to pay
    ("pay-fail-card-no-methods", "付款老是失败 信用卡显示支付异常", ("限额",), ("都可以付款",)),
    # a young child: a group the facts must name, so it is checked
    ("young-child-checked", "我家小朋友7岁 洗面奶能用吗", ("核实",), ("适合所有肤质",)),
    # "给老婆整点啥": a pick asked for someone, with the need said; no "自己用还是送人"
    ("pick-for-wife", "给我老婆整点啥 她老熬夜脸黄", ("推荐您选",), ("是自己用还是送人",)),
    # two named items and "哪个…" before buying: a comparison, whatever "干" suggests
    ("two-named-which-before-buying", "面膜跟精华哪个更补水 我皮肤干", ("建议先选玻尿酸补水面膜",), ("您是说",)),
    # both wanted: no "不用两样都买"
    ("both-wanted", "面霜和精华有啥区别 两个都想入", ("搭配着用",), ("不用两样都买",)),
    # a weekend trip is no question of Sunday dispatch
    ("sunday-not-asked", "下午三点付款今天能发吗 周末要出门", ("今天",), ("周日仓库休息",)),
]

ROUND184_185 = [
    # what the gift is, and whether it comes with the goods: the rule names it and says so
    ("gift-what-and-with-goods", "满199送的是啥 跟货一起发吗", ("面膜1片", "随单一起发出"), ("地址能改",)),
    # how gentle an item is: its ingredients and the advantage that says 温和
    ("gentle-asked-sensitive", "敏感肌用精华会不会刺刺的", ("比高浓度的同类产品温和",), ()),
    # another brand tried before is no reaction to ours: the gentleness, no stop-use care
    ("gentle-other-brand-tried", "精华刺激大不大 之前用别家的烟酰胺刺痛过", ("比高浓度的同类产品温和", "隔天一次"), ("停用",)),
    # an item short and a box crushed: both, each with its photos
    ("short-and-damaged", "收到少了一支洗面奶 面霜盒子也压扁了", ("清单", "破损处"), ()),
    # postage taken on two items that ship free: checked, no push to order
    ("two-items-postage-taken", "买了俩面膜怎么还收运费", ("已经满99元包邮", "订单号发我"), ("直接下单",)),
    # paid before the cut-off, tracking empty: late, so sorry and checked (not "当天就安排发出了")
    ("paid-before-cutoff-empty-tracking", "说好17点前拍当天发 我昨天下午两点拍的 物流还是空的", ("按说应该", "抱歉"), ("当天就安排发出了",)),
    # "呵呵": sarcasm, so the feeling first
    ("sarcasm-hehe", "呵呵 一个礼拜了还在路上", ("生气",), ()),
    # a kind the item's facts compare with is no other brand
    ("kind-not-brand", "你家洗面奶跟皂基的比好在哪", ("比皂基洗面奶洗得温和",), ("不方便评价",)),
    # a pick asked for someone, a dull face said: the brightening item
    ("need-dull-pick", "给老婆挑个 她老熬夜 脸黄", ("烟酰胺焕亮精华液",), ("您是想问",)),
    # the skin said before the need: the item written for dry skin
    ("dry-skin-before-need", "想给我妈买一样 她干皮 脸有点黄 两百以内", ("积雪草修护面霜",), ("烟酰胺",)),
]

ROUND186_187 = [
    # a past parcel lost is the reason for the request, not a parcel to track now
    ("past-parcel-reason", "别给我发圆通 上次丢过件", ("中通",), ("核实包裹的位置",)),
    # … but the last order still on its way is
    ("last-order-still-out", "上次买的面霜还没到 物流停了两天 再加一瓶精华能一起发吗", ("核实包裹的位置",), ("地址能改",)),
    # "用了会不会更严重" before buying: a question of fit, not a reaction
    ("if-used-before-buying", "面霜油皮用得不 我老冒痘 用了会不会更严重", ("不太建议用",), ("停用",)),
    # a message sent to the wrong chat
    ("wrong-chat", "不好意思 这条不是给你的", ("没关系",), ("您是说",)),
    # in stock, not a presale: the stock answer, no big-sale presales
    ("stock-not-presale", "精华是现货吗 不是预售吧", ("库存",), ("大促",)),
    # a kind compared: the item's feature and advantage
    ("kind-compared-differ", "氨基酸洗面奶跟皂基的有啥不一样", ("比皂基洗面奶洗得温和",), ("不方便评价",)),
    # "今天上班不": the service hours
    ("open-today", "今天你们上班不", ("09:00–20:00",), ("帮不上忙",)),
    # 花呗 said beside a failed payment: the failure, no list of ways to pay
    ("huabei-failing", "付款一直失败 花呗额度明明够", ("限额",), ("都可以付款",)),
    # … a way to pay asked beside it: both
    ("card-asked-beside-failure", "付款一直失败 信用卡能付吗", ("限额", "都可以付款"), ()),
    # no change after a week: the benefit and how long it takes
    ("no-effect-yet", "精华用了一个礼拜一点变化没有", ("坚持一两个月",), ()),
    # a new address asked beside a failed payment: the address request kept whole
    ("address-beside-failure", "付款老失败 换支付宝付的话 能顺便把地址改一下不", ("限额", "新的收货人"), ()),
    # how long a jar lasts said as it is, and the jars counted from it
    ("jars-for-two-months", "面霜我和老公两个人用 两个月要几瓶", ("一人一瓶",), ("三周多",)),  # (no estimate: rounds 252–253)
]

ROUND188_189 = [
    # a genuine doubt beside a quality problem: the problem's photo and remedy, then the shop's word (one "您放心")
    ("genuine-beside-problem", "这次面霜闻着有股味 跟上次不一样 怀疑是假货 不给说法就投诉", ("拍张照片", "正品"), ("您放心哦。您放心",)),
    # goods in hand doubted: sorry first, a photo, and no sales close
    ("goods-in-hand-doubted", "这批跟上次买的味道不一样 是不是假的", ("抱歉", "拍一下"), ("随时问我",)),
    # a courier asked for by name beside a complaint about the usual one
    ("courier-asked-beside-complaint", "能发顺丰不 中通老扔驿站", ("补8元差价",), ()),
    # "俩瓶" counts two
    ("two-said-lia", "俩瓶面霜加一个精华 用券多少钱", ("两瓶积雪草修护面霜", "515元"), ()),
    # "能祛斑吗": no claim the facts do not make, then what the item does
    ("no-spot-claim", "烟酰胺精华能祛斑吗", ("不是祛斑的产品", "坚持一两个月"), ()),
    # a price offered: no "最低" and no second "改不了"
    ("offer-no-lowest", "买两瓶精华 370行不行", ("没办法改", "378元"), ("最低", "改不了")),
    # Cantonese "落咗单两日都未出货": an order not shipped
    ("cantonese-not-shipped", "点解我落咗单两日都未出货", ("发货进度",), ("快递",)),
    # round 193: the hour an order was paid is no hour the customer writes at ("晚上8点已经下班了")
    ("paid-hour-not-contact-hour", "周六晚上八点多下的单 啥时候能发啊 你们礼拜天上班不", ("周日休息",), ("已经下班了",)),
]

ROUND190_205 = [
    # rounds 189-193: a delivery wish noted in the customer's words, beside the hold asked
    ("door-wish-noted", "帮我备注下 别放驿站送到家 还有能晚两天再发吗 我这周出差不在家", ("先不发货", "别放驿站送到家"), ("仓库打包时会看到",)),
    # … beside an address change, which is still answered
    ("door-beside-address", "已经拍了 能改成我妈家地址不 广州天河那边 顺便备注一下别放快递柜", ("地址能改", "别放快递柜"), ()),
    # a fear of the doorstep is no wish to be left there
    ("door-fear-no-wish", "能晚几天再发吗 我出差下周一才回 怕快递放门口被人拿了", ("再发货",), ("放家门口", "备注“")),
    # "你们放假了吗": not on holiday today, after the late order's apology and chase
    ("closed-asked", "点解我落咗单两日都仲未发货嘅 你哋系咪放假啊", ("加急", "没有放假"), ()),
    ("closed-after-apology", "你们放假了吗 怎么还不发货", ("抱歉", "没有放假"), ("您是说",)),
    # a holiday ahead is no "we are open today"
    ("holiday-ahead-not-now", "31号下单几号能发 你们元旦放不放假", ("12月31日",), ("没有放假",)),
    # a paid order asking whether the coupon comes off by itself: the sum after it
    ("coupon-auto-after-paid", "拍了拍了 一个面霜一个精华 送的面膜记得放哈 券是自动减的吧", ("自动抵扣", "347元"), ()),
    # a payment failing with 花呗 and a card: no "try 花呗" as the one alternative
    ("pay-fails-tried", "付款一直失败 花呗额度够的啊 换卡也不行 急死了", ("还没试过的",), ("其他方式（比如余额或花呗）",)),
    # round 194: the difference of two steps asked, with a skin one of them does not suit
    ("pair-difference-for-skin", "精华和面霜有啥不一样 我混油买哪个", ("前后两个步骤", "建议选烟酰胺"), ()),
    # "not for oily skin" said once
    ("acne-once", "我大油皮 还长痘 这个面霜能用吗", ("不太建议用",), ("不太推荐",)),
    # a rough time said back as said, not as a made-up count of days
    ("rough-month-said", "上个月买的面霜现在降价了能补差吗", ("上个月买的",), ("买了30天",)),
    # the refund's amount and who pays the postage
    ("refund-and-postage", "退款能退多少 运费扣不扣", ("实付金额", "寄回运费需要您承担"), ()),
    # one Traditional particle in an otherwise shared text: a Traditional reply
    ("one-trad-particle", "面膜可以天天敷嗎？一次要敷多久", ("親，", "敷15分鐘"), ()),
    # a goodwill coupon settles it: no "我会一直跟到底" after it
    ("no-reassure-after-coupon", "就拆开用了一次凭什么不能退？？不适合我还不能退了", ("作为心意",), ("一直跟到底",)),
    # round 195: "卖我就拍俩" and "四样各拍一个" counted
    ("takes-two", "面霜168也太贵了吧。。150卖不卖 卖我就拍俩", ("336元", "316元"), ()),
    ("four-each", "四样各拍一个 便宜点呗 多送几片面膜 小样也行", ("505元",), ("每片25ml",)),
    # an invoice whose title was left before: checked, not asked for again
    ("invoice-title-left", "货收到了 面膜少了一盒 我拍的两盒只来一盒 还有发漂啥时候给我开 抬头之前留了", ("之前留的抬头",), ("发我就行",)),
    # "会不会打架": yes they go together, then the order
    ("pair-no-clash", "烟酸胺精华白天能用不 跟积雪草面霜一起用谁先谁后 会不会打架", ("不会打架", "先用精华"), ()),
    # overnight and daily asked in clauses of their own: both said plainly
    ("mask-overnight-daily", "面摸要敷多久 我能敷一晚上不 天天敷行吗", ("不建议天天用", "不能敷一整晚"), ()),
    # "别给我发快过期的": the production date checked
    ("no-stale-stock", "想囤货 保质期多久啊 开了能放多久 别给我发快过期的", ("生产日期",), ()),
    # asked three times: the agent reads back, not "send it again"
    ("asked-thrice", "什么破店啊 问了三遍没人理 机器人回复有意思吗 我要投诉", ("前面的留言",), ("您想问的事直接发我",)),
    # round 196: broken skin is what the mask's facts rule out, whatever skin it suits
    ("broken-skin-mask", "脸上长痘挤破了 玻尿酸面膜还能敷吗", ("先别用",), ("正合适",)),
    # goods in hand that smell different: a quality problem, not a comparison
    ("changed-smell-is-quality", "这次的积雪草霜味道怪怪的 跟上次买的不一样", ("抱歉", "照片"), ("先给您说说",)),
    # "到而家都未收到": the parcel, not "wrong item or delay?"
    ("never-came-cantonese", "我上個禮拜買嘅嘢到而家都未收到，你哋搞咩呀！", ("快递",), ("错发漏发",)),
    # washing after the mask: the usage answers it, not "instructions within the hour"
    ("wash-after-mask", "面膜敷完需要再洗臉嗎", ("拍开",), ("图文说明",)),
    # round 197: a worry before buying gets no after-sale photo request
    ("worry-before-buying-no-photo", "油痘肌 用你家积雪草面霜会闷痘不 不行的话推荐个别的", ("闷痘是有可能的",), ("拍张照片",)),
    # the lower price is why the difference is asked: no promotions script before it
    ("drop-is-why-asked", "上周才买的烟酸胺精华199 今天一看活动价一百七十几 能退差价不", ("保价期内",), ("领券后下单",)),
    # the wrong item's order cancelled: no "what is left in the order"
    ("wrong-pick-cancel", "拍错了 我要的是面霜 精华那单帮我取消了吧", ("取消",), ("订单里是",)),
    # a price offered in words ("一百块钱行不")
    ("offer-in-words", "我拿两盒波尿酸面膜 一百块钱行不 凑个整 包邮吧", ("没办法改", "118元"), ()),
    # a big face asks the mask's size, not how long a box lasts
    ("face-size-checked", "我脸比较大 你们面膜一片够敷不 男的能用吗", ("尺寸", "男生也可以用"), ("两周左右",)),
    # "给我退10块差价": the 保价 answer, not the refund amount's
    ("difference-is-protect", "我5号买的面霜168 今天一看活动页怎么158了 给我退10块差价", ("保价",), ("实付金额",)),
    # round 197: "面霜" in a Traditional draft is not 麵霜 (dough)
    ("face-cream-not-dough", "菸鹼醯胺精華跟積雪草面霜可以一起擦嗎？要先擦哪個", ("面霜",), ("麵",)),
    # falling asleep under the mask: the longest time said to them
    ("asleep-under-mask", "面膜要敷多久啊 我一般敷着敷着就睡着了😂 一周能敷几次", ("不要敷超过20分钟",), ()),
    # the gift's shipping answered beside the gift, before any nudge
    ("gift-ships-with-order", "面霜加一盒面膜227够199了吧 送的面膜是一起发还是单独寄 今天能发不", ("还能送面膜1片，赠品会随单一起发出",), ()),
    ("vat-invoice-yes", "公司报销用 要开专票 抬头税号发你就行是吧 啥时候能开出来", ("专票可以开",), ()),
    # round 198: "敏感肌洗了会干吗" answered from the item's feel
    ("washed-dry-asked", "洗面奶有皂基吗 敏感肌洗了会干吗", ("不含皂基", "不拔干"), ()),
    # an exchange chosen: no choice between options again
    ("exchange-chosen", "漏液那瓶我想换新的 换的啥时候寄出", ("给您换新的", "明天"), ("A. ",)),
    # round 199: 呼市 is in 内蒙古
    ("hohhot-short-name", "呼市的 满99包邮不 发啥快递", ("内蒙古", "12元"), ()),
    # fewer pieces than the pack says: an item short, not a quality complaint
    ("pieces-short", "真行 五片装的面膜打开就三片 你们是按片偷工减料是吧", ("补发",), ("变质、漏液",)),
    # a parcel not found at the station is looked for
    ("not-found-at-station", "快递员说放驿站了 我把驿站翻遍了都没得 咋个整嘛", ("核实包裹的位置",), ("没打招呼",)),
    ("ships-from-asked", "你们是杭州的吧 我下个月去西湖玩 有啥好吃的推荐不", ("杭州的仓库",), ()),
    # round 200: "有没有小礼物送" is the gift rule, not a second gift promised by the warehouse
    ("small-gift-is-the-rule", "能便宜点不 有没有小礼物送的", ("满199元送面膜1片",), ("跟仓库申请",)),
    # spoiled-smelling goods: stop using, and no "keep it plus a coupon"
    ("sour-is-spoiled", "用了一个礼拜 闻着酸酸的 是不是坏了", ("先别再用",), ("不退不换",)),
    # "我根本没收到" is not said back as "您是说您根本没收到"
    ("no-doubting-restate", "显示签收了 我根本没收到！！东西放哪了都不知道", ("核实包裹",), ("您是说",)),
    # how gentle, for the skin said: no list of who may not use it
    ("gentle-for-sensitive", "烟酰胺精化刚开始用会不会刺激啊 我有点敏感", ("隔天一次",), ("孕妇",)),
    # round 201: the customer's own colleague is no agent's promise
    ("customers-colleague", "现在有啥活动没 听我同事说满多少送面膜？卷在哪领", ("满199元送面膜1片", "首页"), ("聊天记录",)),
    # "差了20 能补给我不": the 保价 answer
    ("protect-make-up", "上周四买的精华199 今天看活动价179 差了20 能补给我不", ("保价期内",), ("不退差价",)),
    # a duplicate order: one of two orders cancelled, the other ships
    ("duplicate-order", "不好意思啊 刚手滑拍了两单 一模一样的 帮我取消一个", ("重复的那一单", "另一单照常发货"), ("重新拍下",)),
    # the spoon is in the box; no gift rule beside it
    ("spoon-in-box", "面霜里有送小勺子么 我不喜欢拿手指头挖", ("挖勺",), ("满199元",)),
    # extra masks asked: the rule, and a kind no
    ("more-masks-asked", "拍了拍了 记得多塞几片面膜给我哈😘", ("额外多放这边做不了",), ()),
    # a box opened before it came: not the return policy
    ("opened-box-resold", "收到的精華外盒明顯被拆過！！你們是把別人退回來的再賣給我嗎？？", ("先别再用",), ("无理由退货",)),
    # round 202: an opened item's return said plainly, without a quality clause nobody raised
    ("opened-return-plain", "面膜敷了一片感觉一般 剩下的能退不", ("不支持无理由退货", "有没有泛红"), ("质量问题，退换的来回运费",)),  # (the policy clause stays out; since ROUND402_403 the skin is asked after, as four later graders wanted)
    # an opened mask kept for tomorrow: the shelf life after opening answers it, not whom it suits
    ("opened-mask-kept", "面膜拆开没用完 明天还能用吗 放冰箱行不", ("当次用完",), ("适合各种肤质",)),
    ("just-promised-coupon", "已经拍了 刚说好送的券给我改下价吧", ("聊天记录",), ("预计今天",)),
    # round 203: a message sent to the wrong window needs only a kind word
    ("wrong-window", "不好意思 剛剛發錯視窗了🙏", ("没关系",), ("补发",)),
    # the skin told as the reason for a pick is no question to check
    ("skin-told-for-pick", "大油皮+痘痘肌 T区一天吸油纸用好几张。。你家面霜和精华我该买哪个啊 帮我挑下", ("建议选烟酰胺",), ("核实一下",)),
    # a serum turned yellow: the problem's care first
    ("yellowed-serum", "精华颜色变黄了 跟刚买时候不一样 是不是过期了 生产日期在哪看", ("先别再用", "照片"), ()),
    # an ingredient the facts do not mention is checked, not left out
    ("alcohol-unlisted", "安基酸洗面奶是皂基的吗 含不含酒精 我一碰酒精就红", ("不含皂基", "有没有酒精"), ()),
    ("nobody-answered-afternoon", "什么破店啊 问了一下午没一个人理 我要投诉你们", ("前面的留言",), ("哪里让您不满意",)),
    # round 204: Cantonese "支嘢…點算" is a Hong Kong reader's
    ("cantonese-leak-traditional", "收到支嘢成支漏晒 點算呀", ("為了安全",), ()),
    # "少不了就给我发个顺丰": the surcharge, as the policy says it
    ("sf-after-bargain", "能少点不 少不了就给我发个顺丰", ("没办法改价", "补8元差价"), ("一点运费差价",)),
    # round 205: a worry of a skin the facts rule out is said plainly, no reassurance to buy
    ("worry-unsuited-skin", "我再想想吧… 评价看着挺好 就怕我油皮用面霜闷痘 之前踩过雷", ("油皮、痘痘肌本来就不太建议用",), ("耳后",)),
]


# rounds 206-209 (fourteenth session): defects the blind panels found, in messages of our own
ROUND206_209 = [
    # fourteenth session (after round 205; that session's own panel files were lost with it, only these rows remain):
    # a material asked beside the count; the days asked beside the courier or the fee
    ("material-beside-spec", "面膜一盒几片 膜布是什么料的", ("5片", "天丝"), ()),
    ("days-beside-courier", "能发顺丰吗 顺丰到成都要几天", ("补8元差价", "发到成都路上一般2～4天"), ()),
    ("days-beside-remote-fee", "寄拉萨要几天能到 运费多少", ("12元", "发到拉萨路上一般4～7天"), ()),
    ("refund-amount-beside-gift", "退货的话送的面膜要寄回吗 能退多少钱", ("寄回", "实付金额"), ()),
    ("slow-reply-no-parcel", "你们回复太慢了吧 等了快一个小时了", ("让您等了这么久",), ("快递",)),
    ("job-beside-warehouse", "仓库在杭州吗 你们招不招临时工", ("杭州", "招人的事"), ("运输破损",)),
    ("each-counted", "面膜和洁面各要两个 便宜点呗", ("276元",), ()),
    # what the box should hold and does not
    ("box-item-missing", "收到面霜了 里面没有挖勺", ("补发",), ("破损",)),
    # an ingredient word is no typed name; dialect offers; a gift, an accessory or a photo already said
    ("ingredient-not-typo", "别家的面霜也是神经酰胺的 才一百 你们贵好多", (), ("烟酰胺焕亮精华液",)),
    ("dialect-offer", "面霜150中不中", ("没办法",), ()),
    ("gift-unseen-unmatched", "说好的满199送面膜 我买够了 面膜没见着", ("赠品",), ("您是想问",)),
    ("set-for-oily-skin", "油皮 下巴老长痘 帮我配一套 别太贵", ("给您配这2样",), ("没办法改价", "再凑")),
    ("dispatch-beside-city", "后天去广州出差 现在拍今天能发出吗", ("今天",), ("包邮范围",)),
    ("placed-order-repick", "下单了两瓶精华 本来想要一瓶精华一瓶面霜 能帮我换一下吗", ("取消", "重新拍一单"), ("7天内可以换",)),
    ("photo-already-sent", "面霜瓶子裂了 照片发你了 怎么处理", ("照片我收到了",), ("麻烦您拍",)),
    ("photos-asked-once", "洁面少了一支 面霜盒子也压扁了", ("也麻烦一起拍给我",), ("麻烦您拍张破损处",)),
    ("coupon-combines", "满299减20的券领了怎么没减 是不是不能跟送面膜一起用", ("一起享受",), ()),
    ("stock-item-chosen", "想囤两瓶面霜送闺蜜 有货吗", ("库存",), ("预算",)),
    ("amount-no-return-rule", "面膜一周敷三次 一盒够用多久 要不要拿两盒", ("大约能用两周",), ("退换的规则",)),
    ("brand-switch-no-return", "你家洗面奶跟别家的比怎么样 我用了好多年别家的想换换", ("氨基酸",), ("7天无理由",)),
    # fifteenth session, from the regression over all earlier panels: an accessory sent on, not refunded;
    # a person who also takes over the unanswered questions; days that are no parcel's; a dialect "all right?"
    ("accessory-sent-on", "收到面霜了 咋没有小勺子 直接上手挖吗", ("补发", "洗干净手"), ("退款", "A.")),
    ("leaflet-of-named-item", "精华收到了 说明书没放", ("烟酰胺焕亮精华液", "补发"), ("积雪草",)),
    ("robot-and-ignored", "问了三遍没人理 你们是机器人吗", ("真人", "问了好几遍"), ("A.", "直接跟我说就好")),
    ("robot-and-slow", "你们是机器人吧 回复这么慢", ("真人", "让您等了这么久"), ("问了好几遍",)),
    ("received-days-no-eta", "发票抬头开成个人了 要改成公司 东西收到好几天了 还能重开吗", ("重开",), ("路上要几天",)),
    ("money-days-no-eta", "手滑拍了两单洗面奶 取消一单 钱原路退吗 多久到", ("取消",), ("路上要几天",)),
    ("dialect-suits", "洗面奶 满脸油痘痘 用起要得不", ("适合",), ()),
    ("unreceived-swap-kept", "拍错了 我要的是洗面奶不是面膜 直接把面膜换成洗面奶行不 差价我补", ("重新拍", "氨基酸温和洁面乳"), ("保价",)),
    # rounds 206-207: the day the sending is asked for; spoilt-looking contents; the item asked about now;
    # a feared shortage; an item refused; an offer beside dispatch; a courier already noted; a title with 就行;
    # unsolved and taken to the platform; resale; a season's count; today's dispatch; an item that does not suit;
    # the whole refund asked; a surcharge's sum; a blame turned round
    ("hold-day-of-sending", "刚拍的能不能晚几天再发 周日晚上才回来 下周一再发行不", ("11月30日",), ("11月29日",)),
    ("floccules-are-quality", "精华用了一周 瓶子里飘着白色絮絮 是不是变质了", ("先别再用",), ("发货进度",)),
    ("asked-item-before-bought-one", "上次买的洗面奶挺好 这回想要个面霜 积雪草的敏感肌能用不", ("积雪草修护面霜",), ("氨基酸温和洁面乳 120g正合适",)),
    ("stock-feared-not-out", "面膜还有货吗 想拿四盒 别到时候说断货", ("库存",), ("没买上",)),
    ("refused-item-not-pushed", "油痘肌 学生党一百出头 哪个适合我 别给我推面霜", ("氨基酸温和洁面乳", "一百出头"), ("积雪草修护面霜",)),
    ("offer-beside-dispatch", "精华要两瓶 380给不给 今天能发吧", ("378元",), ()),
    ("courier-noted-own", "拍好了 我备注了要发圆通", ("备注的圆通",), ("顺丰",)),
    ("title-personal-paid", "已经付款了 开个电子发票 抬头写个人就行", ("个人抬头",), ("「",)),
    ("unsolved-platform", "找你们三次都没解决 我已经申请平台介入了", ("没给您解决", "平台"), ()),
    ("resale-not-ours", "能帮我代购个别家的精华吗 你们有线下店吗", ("代购",), ()),
    ("winter-count", "面霜早晚用 想囤够一整个冬天 买几瓶", ("一整个冬天", "没法给您打包票"), ("大约能用",)),  # (no estimate: rounds 252–253)
    ("three-months-one", "精华早晚用 囤够三个月 买几瓶", ("三个月", "没法给您打包票"), ("大约能用",)),  # (no estimate: rounds 252–253)
    ("today-promised-if-not-out", "周日晚上下的单 还没物流 今天能发出去吗", ("万一还没发出",), ()),
    ("unsuited-not-fault", "面霜用了几次太油了闷痘 能退吗", ("不是质量问题", "拆封"), ("A.",)),
    ("whole-refund-asked", "退货寄回去三天了 退款还没到 退的是全款不", ("寄回已经3天", "实付金额"), ()),
    ("surcharge-not-total", "下单了 面霜加精华 改发顺丰 差价我补 多少钱", ("补8元",), ("367",)),
    ("blame-not-restated", "你们那快递员直接扔驿站 显示签收了 东西呢", (), ("您是说我们那",)),
    # rounds 208-209: spoilt goods doubted as fake; a gift owed (木有); "there?" before a question; the effect's
    # time; a 保价 date is no dispatch; the station has nothing; a promised price, soft then firm; a generic
    # kind compared; a cancel beside the other order's remark; two items' order; dried-out sheets; no milder
    # item to swap to; the item to send named; 已付
    ("spoilt-before-genuine", "这精华是不是过期的 一打开股怪味 颜色发黄 是不是假货", ("先别再用",), ()),
    ("gift-owed-dialect", "上次满199了说好的面膜木有收到 这次能一起补给我不", ("赠品",), ("小礼物",)),
    ("there-then-question", "在不在呀 有个事想问问", ("小禾",), ("退货",)),
    ("effect-time-not-lasting", "精华用了一半没啥效果 能退吗 要用多久才看得出来", ("拆封", "一两个月"), ("大约能用",)),
    ("protect-date-no-dispatch", "11月8号买的面霜 双十一便宜了 退差价还来得及不", ("保价",), ("发出",)),
    ("station-says-none", "快递说放驿站了 驿站也说木有 这咋弄", ("核实",), ("取件码",)),
    ("promised-price-soft-firm", "刚才那个客服说给我150的 你给我改下价", ("核实确实答应过", "查不到"), ()),
    ("generic-kind-compared", "你家这个氨基酸洗面奶跟超市那种皂基的到底差在哪", ("比皂基洗面奶洗得温和",), ()),
    ("cancel-and-remark", "拍重复了 帮我取消一单 另一单备注别放价格单", ("取消", "不放价格单"), ()),
    ("order-of-two", "精华和面霜先后怎么用", ("先用精华",), ()),
    ("dried-sheets-unsafe", "面膜有一片包装破了 精华都干了", ("先别再用",), ("C.",)),
    ("milder-not-sold", "用了积雪草面霜三天 脸又红又痒", ("停用", "其他适合您的商品"), ("更温和",)),
    ("wrong-item-named", "我拍的是氨基酸洗面奶 寄来的是一盒面膜", ("您拍的氨基酸温和洁面乳",), ()),
    ("paid-short", "已付 赠品别忘了放啊", ("订单收到",), ()),
    ("offer-then-dispatch", "便宜十块我就拍 今天下午能发出去吗", ("没办法改价", "发出"), ()),
    ("dried-sheet-no-stop-use", "面膜有两片干巴巴的 没精华液", ("拍张照片",), ("先别再用",)),
    ("dry-sheet-feared-before-buying", "补水面膜一盒几片啊 别是那种干巴巴的膜布", ("5片",), ("抱歉",)),
    # rounds 210-211: a title said with 行不; an item that does not suit beside a swap; a dearer price is the
    # doubt; named items against the coupon's threshold; no refund's days after no return; a need not read
    # from an item's own name
    ("title-with-xingbu", "发票咋开 个人的 抬头就写我名字行不", ("个人",), ("「",)),
    ("unsuited-beside-swap", "面霜用了两次 太油了还闷痘 我油皮 能退不 或者换成精华", ("不是质量问题",), ()),
    ("pricier-is-the-doubt", "我再看看别家 你家这个精华比别家贵了快一百", ("199元", "测试"), ("退换的规则",)),
    ("items-against-coupon", "洗面奶+面霜一起买 能用那个299-20的券不", ("247元", "再凑52元"), ()),
    ("no-refund-days-without-return", "精华拆了用了两次不适合我 能退吗 退的话多久到账", ("不支持无理由退货",), ("原路退回到您的付款账户",)),
    ("need-not-from-a-name", "积雪草霜和补水面膜哪个更保湿", ("论保湿",), ("按您说的补水",)),
    # rounds 212-213: the item used is the one named before the feeling; a gift pick is no reaction; a month's
    # count; a shortage feared; a price slip; how it was paid; an address spelled out; a count short beside a
    # gift; a Traditional 出貨 day; a price doubt needs no return rule
    ("used-item-before-feeling", "拆开用了两次 太油了 能退不 另外你们洗面奶油皮能用不", (), ("氨基酸温和洁面乳 120g更适合",)),
    ("unsuited-no-refund-amount", "面霜用了两次觉得太油了 想退 能退多少", ("不是质量问题",), ("实付金额",)),
    ("gift-pick-not-reaction", "给我妈买的 脸上干得起皮 下个月她生日 买啥好 别超过300", ("推荐", "300元以内"), ("停用",)),
    ("lasts-a-month", "面膜5片装够我用一个月不 还是得拍两盒", ("2盒",), ("您是想问",)),
    ("stock-told-fear", "精华还有货么 页面写着仅剩几件 不会拍了又跟我说缺货吧", ("库存",), ("没买上", "分开发出")),
    ("price-slip-not-price", "刚拍的洁面帮我备注一下 里面别放价格单 送人的", ("备注",), ("79元",)),
    ("paid-with-huabei-is-route", "退款昨天就通过了 钱呢 啥时候到 我花呗付的", ("花呗",), ("都可以付款",)),
    ("address-spelled-out", "地址写错了 改成家里 宁波市鄞州区首南街道xx路88号3单元 还没发吧", ("记下了",), ("地址发我",)),
    ("count-short-with-gift", "买了3盒面膜 箱子里就俩 赠品也没见着", ("少发",), ()),
    ("traditional-dispatch-day", "請問如果週六下午付款，大概什麼時候會出貨？", ("11月28日",), ("今天",)),
    ("price-doubt-no-return-rule", "199的精华别家159 我再比比吧", ("199元",), ("退换的规则",)),
    ("pick-for-mum-not-a-fault", "给我妈买的 她六十多了 脸干的起皮 一到冬天就痒 你帮挑挑 两百以内", ("推荐",), ("拍张照片",)),
    ("address-without-number", "拍好了还没发吧 帮我把地址改成公司 杭州市西湖区文三路那个", ("地址发我",), ()),
    # rounds 214-215: 木有 an accessory; a winter's stock; a scam accusation is anger; someone there with the
    # question to come; an earlier order's gift owed; a contrast word is not restated
    ("accessory-dialect", "收到货了 咋木有挖勺啊 用手挖多不卫生", ("挖勺", "补发"), ("退款",)),
    ("winter-stock", "面霜只有50g这一种吗 我早晚都用 一个冬天要囤几瓶", ("没法给您打包票", "只有50g"), ("大约能用",)),  # (no estimate: rounds 252–253)
    ("scam-is-anger", "你们就是骗子吧 评价全是刷的 我要找平台介入", ("理解",), ("返现",)),
    ("there-question-to-come", "哈囉～請問有客服在嗎？想問一下保養品的事", ("小禾",), ("照片",)),
    ("earlier-gift-owed", "这次想再来瓶精华 但上次满199那个面膜一直没给我补", ("赠品",), ()),
    ("contrast-not-restated", "快递员说放快递柜了 可我没收到取件码 柜子里也找不到", (), ("您是说可",)),
    # rounds 216-217: 下礼拜一 is a day to hold to; two items less a coupon are no overcharge; photos sent
    # "我发给你了"; scorn is not restated; the item sent named after 寄来一支; 哪间物流 is the courier; a gift
    # sent with the order is not a gift sent back
    ("hold-to-libai", "我刚拍了 但这周出差不在家 能不能下礼拜一再发", ("11月30日",), ("感谢亲的支持",)),
    ("two-less-coupon", "已经拍了 烟酰胺焕亮精华液 30ml ×2 实付378.00 帮我开个电子发票 个人抬头就行", ("个人抬头",), ("差了",)),
    ("photos-sent-wo", "面霜盖子裂了 漏了一盒子 图片我发给你了你看下", ("照片我收到了",), ("麻烦您拍张照片",)),
    ("scorn-not-restated", "我拍的是积雪草修护面霜 给我寄来一支洗面奶 这都能发错？？", ("您拍的积雪草修护面霜",), ("您是说这都能",)),
    ("which-courier-tw", "請問可以寄到台灣嗎？是用哪間物流？運費怎麼算？", ("中通", "12元"), ("核實包裹的位置",)),
    ("gift-sent-with-order", "满199送的面膜是另外寄还是一起寄", ("随单一起发出",), ("寄回",)),
    # round 219: a pasted order's own date is the day it was paid
    ("pasted-order-date", "下单时间：2026-11-23 21:14 付款了还没发 今天能发不", ("顺延到今天",), ("明天（11月25日",)),
]

# rounds 220-221: an ordered customer is not told "下单后"; the tracking number asked for; a pack's count
# asked as 是不是五片装; a refund that does not add up is its amount; no tracking and "赶紧发" is a parcel not
# sent; a surcharge's remark is made at once; an address said to be right is not asked to be checked;
# a plain tracking ask is owed no apology; a coupon seen after paying is one not taken; the remedy names what went wrong, 少发 or 发错
ROUND220_221 = [
    ("ordered-invoice-hold", "面霜晚两天发 另外要开专票", ("抬头和税号",), ("下单后",)),
    ("ordered-invoice-paid", "刚付了款 发票怎么开", ("抬头和税号",), ("下单后",)),
    ("waybill-asked", "单号发我一下", ("查看物流",), ("改单",)),
    ("pack-count-cantonese", "你们面膜係咪五片裝", ("5片",), ("幫不上忙",)),
    ("refund-not-adding-up", "退的钱跟我付的对不上啊", ("实付金额",), ("2个工作日内到账",)),
    ("no-tracking-send-it", "上周四付的款 物流一点信息都没有 赶紧给我发", ("加急催一下",), ("联系快递",)),
    ("plain-tracking-ask", "帮我查下包裹到哪了", ("核实包裹的位置",), ("抱歉",)),
    ("short-said-not-wrong", "少发了一盒面膜", ("少发的商品",), ("少发或发错",)),
    ("wrong-said-not-short", "发错货了 我要的精华给我发成面霜", ("换成您拍的商品",), ("少发或发错",)),
    ("coupon-seen-after-paying", "已经付款了 才看到首页有满减券 还能用吗", ("重新拍下",), ("您问的是哪一款",)),
    ("short-not-pack-count", "面膜不是5片装吗 我这盒咋只有4片", ("少发的商品",), ("每片25ml",)),
    ("cantonese-wait-apology", "点解仲未发货啊 我琴日就俾咗钱喇", ("抱歉",), ()),
    # rounds 222-223: a rule called a lie is quoted, not a time to pay; a service no shop of goods offers;
    # a pasted order's field labels are no questions; "…之前到北京不" asks the arrival; an opened item's
# months against its rule
    ("rule-called-a-lie", "都拍了四天了还不发？说什么5点前付款当天发 骗人的吧 我上周五中午就付了", ("11月20日", "抱歉"), ("赶得上",)),
    ("service-not-offered", "你们店能做光子嫩肤不 多少钱", ("不提供",), ("您是想问",)),
    ("pasted-order-fields", "订单号：2026112300123 商品：积雪草修护面霜 50g ×1 收货地址：上海市徐汇区xx路 啥时候发 周六前到上海不", ("发出",), ("地址能改",)),
    ("arrival-before-a-day", "啥时候发货 周五之前到成都不", ("发到成都路上一般2～4天",), ()),
    ("opened-months-over", "面霜去年5月拆开的 还有小半瓶 还能用不", ("超过了建议的时间",), ("适合干皮",)),
    ("opened-months-within", "精华开了三个月了 还能用吗", ("还在这个时间内",), ("给您介绍一下",)),
    ("service-at-home", "能上门做脸吗 我在杭州", ("不提供",), ()),
    # rounds 224-225: a day of this month and a pasted payment time count the 保价 window; a skin type named
    # outranks a state described; the item written for that very skin is the pick; 代购 is a service not offered;
    # "马上他生日" is no hurry; a pleased customer asking where to add a review is told where, with no apology;
# a parcel may be refused at the door; an item added to an order placed is ordered on its own and sent with it
    ("protect-this-month", "我这个月5号买的精华 今天看降价了 给我退差价", ("已经过了保价期",), ("还在保价期内",)),
    ("protect-pasted-time", "付款时间：2026-11-15 10:20 精华现在便宜了20 差价怎么退", ("还在保价期内",), ("今天下单的话",)),
    ("skin-named-over-state", "给我爸买 他脸干得起皮 不过他是大油皮 预算两百", ("按您说的油皮",), ("按您说的干皮",)),
    ("skin-exact-pick", "我是混乾肌，冬天兩頰會脫皮泛紅，乳霜跟精華該選哪個比較好？", ("積雪草修護面霜",), ("煙醯胺煥亮精華液 30ml（199元）正合適",)),
    ("daigou-not-offered", "你们能帮忙代购雅诗兰黛小棕瓶吗 专柜太贵了", ("不提供",), ("改价",)),
    ("birthday-not-hurry", "我老公脸又干又糙 马上他生日 想给他整点啥 他大油皮 两百左右", ("按您说的油皮",), ("知道您着急",)),
    ("pleased-follow-up-review", "上次买的面霜很好用 想追评一下 在哪追", ("追加评价",), ("不满意",)),
    ("praise-not-complaint-review", "上次面霜用着不错 这次再拍一瓶 顺便问下上次那单怎么追评", ("追加评价",), ("不满意",)),
    ("refuse-the-parcel", "包裹还在路上 我不想要了 能不能拒收直接退款", ("直接拒收", "2个工作日内"), ("等钱到账",)),
    ("add-item-to-order", "昨天拍的精华还没发吧 能不能再加一盒面膜一起发", ("另外拍一单", "合并一起发"), ("当天就该发出",)),
    ("goes-on-asking-courier", "我係香港嘅 想問可唔可以開發票 同埋寄順豐", ("順豐",), ()),
    ("stock-up-keeps", "想囤两瓶面霜过年用 放得住不", ("未开封3年",), ()),
    # rounds 226-227: a state the facts rule out, said as 烂过脸; a pasted order two days old and still not sent;
    # "两百块一小瓶" is a price, not a size asked
    ("rotten-face-before", "前阵子刚烂过脸 现在好点了 精华现在能用不", ("烂脸期先别用",), ("正合适",)),
    ("overdue-pasted-order", "下单时间：2026-11-22 21:13 这个咋还没发货啊", ("前天", "抱歉"), ("昨天",)),
    ("small-bottle-price", "两百块一小瓶精华 有点下不去手 再看看吧 除非你们送点啥", ("送面膜",), ("这一种规格",)),
    ("no-dangling-semicolon", "有点犹豫 199的精华感觉不太值 再看看吧", (), ("；。",)),
    ("address-known", "刚下单了哈 地址是对的", ("20:00前",), ("核对一下",)),
    ("surcharge-remark-now", "备注发顺丰 差价怎么补给你", ("先帮您在订单上备注发顺丰",), ("（补差链接还是改价）",)),
]

# rounds 228-231 (judged on 6bde141's drafting and on the first fixes of this table's commit)
ROUND228_231 = [
    # a payment after the cut-off last night is not late; a parcel with no tracking at all is unsent
    ("paid-after-cutoff-untracked", "昨晚9点拍的，怎么到现在物流一点信息都没有", ("截单时间", "20:00前发出"), ("核实包裹的位置",)),
    ("paid-days-ago-untracked", "前天晚上拍的 物流一点信息都没有", ("催",), ("核实包裹的位置",)),
    ("slang-no-tracking", "上周六付的款 到现在物流一点信息都木有 你们是不是不想卖了", ("催",), ("核实包裹的位置",)),
    # a hold to a day the warehouse is closed: the day said closed, and the nearest days it works
    ("hold-to-closed-day", "下个月底再发吧，12月31号那天发，我那之前出差不在家", ("仓库休息", "12月30日"), ("修改订单", "照常")),
    # "退多少 我付的6块运费也退吗": the amount checked, and the postage paid with it
    ("refund-with-postage", "要是退的话退多少？我付的6块运费也退吗", ("实付金额", "6元运费"), ("变质、漏液",)),
    # a material asked yes or no; another kind of item as history is no complaint about ours
    ("material-yes", "你家面膜是天丝的吗", ("是的", "天丝"), ()),
    ("other-item-history", "博主说你家面膜特别贴脸 是天丝的吧？ 我之前买的那种一敷就往下滑 气死", ("天丝", "贴脸"), ("反馈给主管",)),
    # "开了多久能给" of an invoice is no shelf life
    ("invoice-how-soon", "要开专票 抬头 杭州某某科技有限公司 税号91330106MA2XXXXXX 开了多久能给", ("专票",), ("开封后",)),
    # the gift at a threshold asked: the rule, not the page; not added by hand
    ("gift-at-threshold", "凑到199是不是还送面膜", ("满199元送面膜1片",), ("以页面为准", "展示在商品页面")),
    ("gift-not-added", "满199送的面膜要我自己拍吗还是自动送啊", ("不用您单独拍", "随单"), ("申请",)),
    # an item added to an order placed, asked plainly
    ("add-to-placed-order", "刚拍的单能再加一盒面膜吗，顺便问下今天能发不", ("另外拍一单",), ()),
    # nothing of that kind fits, but a pick is asked: what of the other kinds fits
    ("pick-of-other-kinds", "之前就说了我敏感肌 预算100 你还给我推精华 精华199啊 我要的是100以内的", ("洁面乳", "面膜"), ("没有更适合",)),
    ("said-twice-sorry", "我刚才都说了 我是干皮 干皮！！你咋还给我推精华 预算150以内 到底买啥", ("没看仔细",), ("久等",)),
    # a stuck parcel of the last order beside a question of a new one: both answered
    ("stuck-parcel-and-question", "上回买的洗面奶物流卡两天了 另外问下那个玻尿酸面模敏感肌能用不", ("核实包裹", "敏感肌"), ()),
    ("refund-and-stock", "上次退的那单钱到了没啊 顺便问下 面膜5片装现在还有没", ("原路退回", "现货"), ()),
    # stock is what the page shows, checked for a large amount; no bare deferral
    ("stock-as-page-shows", "面膜5片装现在还有没", ("能正常拍下", "20:00前发出"), ()),
    # how long a bottle lasts: no estimate of our own; two users, one each
    ("no-lasting-estimate", "面霜只有50g的吗？我和老公两个人一起用，买几瓶合适", ("一人一瓶", "只有50g"), ("大约能用",)),
    # a courier asked for: one the shop uses noted; another checked with the warehouse
    ("courier-wished", "拍好了 付过了 记得给我发圆通哈 中通到我这老慢", ("优先发圆通",), ("选哪种",)),
    ("courier-not-used", "我们乡下的 你们发啥子快递 得行不发邮政 别的快递进不来我们村", ("邮政我们暂时发不了",), ("选哪种",)),
    # a pleased customer: thanks, no reward rule; a review to change after a fix: no "如果问题已经解决"
    ("pleased-will-review", "收到了 很好用 谢谢小禾 会给好评的", ("谢谢",), ("返现",)),
    ("review-after-fix", "上次给了差评 后来你们帮我换了新的 挺好用的 想改成好评 咋弄", ("追评",), ("如果问题已经解决", "照片")),
    # a parcel signed for but not had; a delivery that failed while the customer was in
    ("signed-not-had", "快递显示已签收 我根本没收到！！！什么情况？？", ("代收", "补发的话", "退款的话"), ()),
    ("delivery-failed", "物流说今天到 结果显示派送失败？？我一天都在家", ("重新派送",), ("核实包裹的位置",)),
    ("stuck-lost-fallback", "快递三天没动了 一直显示在杭州中转 咋回事啊", ("补发的话", "退款的话"), ()),
]

# rounds 230-233 (judged on the working tree before 3baafc3 and on 3baafc3)
ROUND230_233 = [
    # a wrong item with the one ordered named: its refund names it, no "少发或发错"
    ("wrong-item-refund-named", "我拍的积雪草面霜 收到的是个洗面奶？？ 你们咋发货的", ("积雪草修护面霜 50g的货款",), ("少发或发错",)),
    # what is added (还有股怪味) said with what it is added to; a misspelt item name is not quoted back
    ("restate-added", "精华用到一半颜色变黄了 还有股怪味 是不是变质了", ("颜色变黄了，还有股怪味",), ("，股怪味",)),
    ("restate-no-typo", "这瓶烟酰按精华颜色发黄 跟上次买的不一样 是不是变质了", (), ("烟酰按",)),
    # two jars already ship free: said so, not the one-item rule after the sum
    ("two-jars-ship-free", "两瓶面霜能便宜点不 再给包个邮呗", ("这单已经满99元包邮了",), ("一件就包邮",)),
    # skin that reacts easily beside an ingredient question: the patch test too; 萃取物 for a Taiwan reader
    ("allergy-prone-ingredients", "面霜有没有添加香精跟酒精？我皮肤很容易过敏", ("不含酒精和香精", "耳后"), ()),
    ("taiwan-extract", "請問積雪草面霜有沒有添加香精跟酒精", ("萃取物",), ("提取物",)),
    # "我是油皮" with a T zone described leans oily; a type only asked about stays combination (154-155)
    ("self-said-oily-tzone", "我是油皮 夏天T区油到反光 冬天两颊又有点干 想买个面霜 你们家那个修护霜适合我吗", ("不太推荐",), ("正合适",)),
    # late and "不行就给我退了": wait or a refund, both with times
    ("quit-if-late", "上周六晚上下的单，到现在还没发货，我着急用，不行就给我退了", ("不想等了",), ()),
    # "要打泡吗" asks how to use it
    ("lather-asked", "洗面奶要打泡吗 我一直直接抹脸上搓的 难怪感觉洗不干净", ("打出泡沫",), ("给您介绍一下",)),
    # "也想换个温和的" before buying is another item wanted, no exchange
    ("gentler-wanted-no-exchange", "我怀孕四个多月了 你家那个烟酰胺精华孕妇能用不 洗面奶呢 也想换个温和的", ("孕妇",), ("差价",)),
    # an item taken out of an order just paid: the cancel, not the return rules
    ("item-out-just-paid", "刚付款的那单，帮我把精华退掉，面霜留着", ("取消",), ("无理由退货",)),
    # out of stock and "补了能马上发吗": the rule once restocked, not "今天发出"
    ("restock-no-today", "面膜是不是断货了？页面拍不了。啥时候补货，补了能马上发吗", ("补货后",), ("按现在的时间",)),
    # another shop's mask itched, so ours is feared: reassurance before buying, no remedy of an order
    ("other-shop-allergy-worry", "你家面膜不会是假货吧 之前在别家买的玻尿酸面膜敷完脸痒痒的 有点怕 要不还是先不买了", ("正品",), ("停用",)),
]

# rounds 232-235 (judged on 3baafc3 and on d032c51)
ROUND232_235 = [
    # an order number is no phone number: the new address is asked for, not "记下了"
    ("order-number-not-phone", "地址填错了！！小区写成以前住的那个了 能改不 还没发吧 订单号4028817365521093", ("新的收货人",), ("新信息我记下了",)),
    # a company title without its tax number: the number asked for
    ("company-title-no-tax", "已经付款了，麻烦开个电子发票，抬头：杭州晨光科技有限公司", ("税号",), ("提交开具",)),
    # "拍下" read as a Taiwan reader says it; OpenCC's 寫明瞭 written 寫明了
    ("taiwan-order-word", "油皮可以用修護霜嗎？會不會悶痘", ("本來就不太建議",), ("寫明瞭", "明瞭")),
    ("taiwan-place-order", "面膜台灣可以寄嗎", ("下單",), ("拍下",)),
    # one or three boxes are no large amount
    ("few-not-bulk", "面膜有货吗 想拿三盒", ("能正常拍下",), ("数量比较多",)),
    # a refund a week late, in Cantonese: checked, not promised from today
    ("cantonese-refund-late", "退咗貨成個禮拜都未見退款，你哋搞咩呀？！", ("查",), ("後天（11月26日 週四）20:00前會到",)),
    # 5% against 10%: the concentration's reason
    ("concentration-asked", "你家5%烟酰胺精华跟别家10%的比哪个效果好？浓度高不是更好吗", ("比高浓度的同类产品温和",), ()),
    # a price drop feared after buying: the 15 days of 保价
    ("drop-feared", "双十二还有活动不 现在买了到时候降价不就亏了", ("15天内保价",), ()),
    # two users of the masks are both counted, and the month said back
    ("two-users-boxes", "面膜一盒几片啊 我跟室友俩人一起用 一人一周敷三次 买几盒够一个月", ("两个人每人", "6盒", "用够一个月"), ("您说的时间",)),
    # the gift named is not the item bought
    ("gift-not-the-item", "满199送面膜是吧 那我买精华刚好199 包邮不", ("一件就包邮",), ("还差40元",)),
    # whether to wash after the mask, said plainly; an opened sheet kept is asked too
    ("no-wash-after-mask", "面膜敷多久啊 敷完要洗脸不 开了一片没用完能留到明天不", ("不用洗脸", "当次用完"), ()),
    # the return rule only for a fear it settles
    ("no-return-rule-for-waste", "玻尿酸面膜跟积雪草面霜我纠结半个月了 都想要又怕买了用不完浪费 你说说有啥不一样", (), ("无理由退货",)),
    # broken and the refund chosen: the refund, not "处理方案"
    ("broken-refund-chosen", "快递盒压烂了 里面洗面奶都挤爆了 我不换了 直接退钱 多久到账", ("直接给您退钱",), ("处理方案",)),
    # stock asked beside a payment said for later, and beside a region's postage
    ("stock-beside-payment-later", "积雪草修护面霜50g现在有现货吧 我下午四点半左右才能付款 今天还能发吗", ("有现货", "赶得上"), ()),
    ("stock-beside-region", "哈囉 想問下你哋嘅玻尿酸面膜仲有冇貨 我喺香港 寄唔寄到㗎", ("有現貨", "12元"), ()),
]

# rounds 236-237 (judged on 95ce9bc)
ROUND236_237 = [
    # a price objection beside another question: both answered
    ("price-and-dispatch", "精华199也太贵了吧 某宝别家才150 你们能给多少 还有今天拍今天发么", ("没办法改价", "17:00前付款"), ()),
    ("price-and-postage", "精华液别家才卖150多，你家能便宜点不？包邮吧？", ("没办法改价", "包邮"), ()),
    # one item kept after a wrong pick: what is left and its postage
    ("wrong-pick-keep-one", "拍错了，精华不要了帮我取消掉，只留洗面奶", ("订单里是氨基酸温和洁面乳", "6元运费"), ("拦截",)),
    # the other user's skin told: not asked again, and the count for the one it suits
    ("other-user-skin-told", "我跟我老公一起用面霜 50g够俩人用俩月不 还是直接拍两瓶 哦他是大油皮", ("不太建议用这款", "一个人"), ("什么肤质",)),
    # a review after a quick resend: no "如果问题已经解决"
    ("review-after-resend", "之前给了差评 后来你们给补发了挺快的 想改成好评咋弄", ("评价",), ("如果问题已经解决",)),
    # a typo in the address put right in the message: nothing asked again
    ("address-typo-given", "下单了 地址写错一个字 宁波写成宁坡了 帮改下", ("记下了",), ("新的收货人",)),
    # a friend's word asked about is no colleague's promise; the gift asked "真的假的"
    ("friend-said-gift", "她说用你家积雪草面霜一个月泛红好多了 眼睛周围也干 能涂眼周吗 哦对闺蜜说买了送面膜真的假的", ("眼周", "满199元送面膜"), ("同事答应",)),
    # Cantonese "有冇得寄香港": the region's postage
    ("cantonese-ship-hk", "你好 有冇得寄香港 幾時出貨 我今日俾錢", ("12元",), ()),
    # an after-sale shortfall with a question of a new purchase "顺便问下": both
    ("shortfall-and-question", "上次买的洁面到了但是少一支 我拍的两支 顺便问下面霜干皮能用吗", ("少发", "干皮"), ("缺的或发错的",)),
]

# rounds 238-239 (judged on ea8c1f3)
ROUND238_239 = [
    # a bottle with a crack is unsafe: that clause restated, no "keep it plus a coupon"
    ("cracked-bottle", "包裹到了但外盒整個壓扁，裡面精華液的瓶子有裂痕，好扯", ("瓶子有裂痕", "別再用"), ("不退不換",)),
    # breakouts after the cream: no "红痒", and the facts that it is not for that skin
    ("breakout-not-itch", "用了积雪草面霜两天脸上冒了好多闭口，是不是有问题啊", ("不太建议油皮、痘痘肌用",), ("红痒",)),
    # "除了洗面奶还有啥": not the one excluded
    ("besides-the-one-had", "还是我 上回说了干敏皮 预算一百以内 除了洗面奶还有啥能买的", ("面膜",), ("洁面乳",)),
    # the ingredient named, not "您说的成分"
    ("ingredient-named", "烟酰胺能跟VC一起用吗 白天用会不会变黑啊", ("和VC",), ("您说的成分",)),
    # "…还是用那个烟酰胺的好": the other item named is the pick offered
    ("other-item-weighed", "我是油痘肌 额头下巴一直冒闭口 之前别家面霜越用越多 朋友说你家积雪草的好 我这种能用不 还是用那个烟酰胺的好", ("烟酰胺焕亮精华液 30ml（199元）",), ("没有更适合",)),
]

# rounds 240-241 (judged on 3ec5425)
ROUND240_241 = [
    # the essence a sheet holds is its spec
    ("piece-essence", "面膜一片多少精华？膜布是啥材质", ("25ml", "天丝"), ()),
    # a pasted paid order gets no order push
    ("paid-no-push", "订单编号：4126598830127746 商品：烟酰胺焕亮精华液 30ml ×1 实付款：￥199.00 付款时间：2026-11-24 09:12 收货地址：新疆乌鲁木齐市天山区… 咋还让我补12块运费？不是满99包邮吗", ("12元",), ("直接下单",)),
    # paid and "早点寄出": thanks and the order confirmed, not the pre-sale cut-off rule
    ("paid-ship-early", "剛剛下單了，已經付款囉，麻煩早點寄出", ("訂單已經收到",), ("之後付款的順延",)),
    # an order to look at: its items, sum and gift read back; "地址就默认那个" is not asked again
    ("order-read-back", "拍了 面霜一瓶 洗面奶一支 你看下 地址就默认那个", ("一共247元", "面膜1片"), ("核对一下收货人",)),
    # "二十出头" is an age; the budget is "三百左右"
    ("age-not-budget", "我闺女下个月过生日 二十出头 天天熬夜打游戏 脸又干痘印又多 想送她一套 三百左右 你看配啥", ("预算300元左右",), ("预算二十",)),
]

# rounds 242-243 (judged on 3668494)
ROUND242_243 = [
    # two jars of one item read back as two, with their sum and the gift
    ("two-jars-read-back", "拍好了 两瓶面霜 你看下", ("2瓶", "一共336元"), ("一共168元",)),
    # "只有50g这一个规格吗" beside how many to buy: both answered
    ("one-size-beside-count", "面霜只有50g这一个规格吗？我和老公两个人早晚都用，一次买几瓶合适", ("只有50g这一种规格", "一人一瓶"), ()),
    # a payment time and "寄成都大概几天": the days asked too, not only the dispatch
    ("arrival-beside-cutoff", "下午四点半左右付款今天能发走吗？寄成都大概几天", ("赶得上", "发到成都路上一般2～4天"), ()),
]

# defects of rounds 242–243 that d7877e2 still had (each row fails on it)
ROUND242_243B = [
    # "分三期 有利息不": the instalments asked, not only the ways to pay
    ("instalments-asked", "想用花呗分三期 有利息不 在哪选啊", ("分期在付款页就能选", "手续费"), ()),
    # a purchase day ("11号抢的") inside the window, and the gap of the two prices named
    ("protected-gap", "我11号抢的精华199 刚看你家才169了？？才过了十几天 差价能退不", ("还在保价期内", "差价30元"), ("今天下单的话",)),
    # a payment made yesterday before the cut-off, the parcel and its arrival asked: shipped, not "现在下单"
    ("paid-yesterday-tracked", "昨天下午两点拍的 单号在哪看啊 大概几号到乌鲁木齐", ("当天就安排发出", "到乌鲁木齐"), ("现在下单",)),
    # written Cantonese read as Mandarin: an unopened item swapped, not two items compared
    ("cantonese-exchange", "我想將面霜換做精華，未開封嘅，可唔可以換？", ("無理由",), ("另一款",)),
    # a bad review given and a call refused: an apology, no order edit, no plea to change it
    ("review-refused", "东西一般般客服也敷衍，差评已经给了，别打电话来求我改", ("抱歉",), ("修改订单", "修改评价", "取消订单")),
    # "又刺又红" after three days of use is a skin reaction: stop use, a doctor, no new jar of it
    ("stinging-red", "烟酰胺用了三天脸上又刺又红 是不是你们东西有问题？？", ("停用", "皮肤科"), ("换新的",)),
]

# defects of rounds 244–245 (each row fails on 0758bd1)
ROUND244_245 = [
    # a counter-offer beside another question: the sum with the coupon, and the invoice
    ("counter-offer-beside-invoice", "两瓶精华398，抹个零头380行不行？另外能开发票吗", ("实付378元", "发票"), ()),
    # the sum the customer counted, the gift and the coupon it reaches, not "您想买哪几件"
    ("promotion-sum-asked", "我想拍精华跟洗面奶 一共278对吧 这样是送面膜还是能用那个减20的券啊 俩能一起用不", ("一共278元", "送面膜"), ("您想买哪几件",)),
    # a region's postage and the days asked beside it
    ("arrival-beside-region-postage", "請問可以寄到台灣嗎？運費多少？大概幾天會到呢", ("12元", "路上一般4～7天"), ()),
    # a day the goods are needed by, after a late-night payment: the road's days, the faster courier
    ("due-day-after-late-payment", "昨晚十点下的单到现在还是待发货 我周五前必须要用的 来得及不", ("路上一般", "顺丰"), ()),
    # "11月初" holds days inside and outside the window: the day paid is asked, nothing refused
    ("rough-month-straddles-window", "我11月初買的積雪草面霜 這幾天看到降價了 可以補差價嗎？", ("11月9日",), ("買了23天", "沒辦法補")),
    # three is no bulk
    ("three-is-no-bulk", "洗面奶还有货吗？想一次囤三支", ("有现货",), ("数量比较多",)),
    # a bad review, the problem since solved: sorry for then, the steps, no "谢谢您的喜欢"
    ("bad-review-solved", "之前给了差评，现在问题解决了，怎么追加或者改评价？", ("抱歉", "追评"), ("谢谢您的喜欢",)),
    # an opened item that does not suit, and what to use instead asked: the pick for that skin
    ("another-pick-after-refusal", "面霜用了两次 太油了闷得冒痘 我油皮 能退吗 不能退的话你们家油皮该用啥", ("推荐您选烟酰胺",), ()),
    # the gap the customer counted ("差的20块"), not one made of two other numbers
    ("told-gap", "前天刚买的精华今天就降到179了 差的20块退不退", ("差价20元",), ("差价159元",)),
]

# defects of rounds 246–247 (each row fails on 823ea6f)
ROUND246_247 = [
    # a reaction told before another item's question: stop use and a doctor first, then the other item
    ("reaction-then-other-item", "面膜敷上去脸刺痛还起红疹子 这什么玩意儿 三无产品吧 另外洗面奶敏感肌能用吗 我还想换个洗脸的", ("停用", "皮肤科", "洁面乳"), ("拍下后预计",)),
    # an item short in a pasted order, beside the invoice: the shortfall first
    ("item-short-beside-invoice", "订单号：3108876201554 商品：烟酰胺焕亮精华液 30ml×1 氨基酸温和洁面乳 120g×1 实付：278.00 打开箱子就一瓶精华 洁面呢？？？发票也没看见", ("少发", "发票"), ()),
    # a leak beside the invoice: the leak's remedy first
    ("leak-beside-invoice", "面霜漏液了 发票也没给我开", ("别再用", "发票"), ()),
    # the gift not sent, said of a purchase: sorry and a resend, not the rule as if asked before buying
    ("gift-not-sent", "我买了两百多怎么没送面膜啊 说好的满199送呢", ("抱歉", "补发"), ("活动赠品会随单一起发出",)),
    # a late order and a cancel-and-refund demanded: the refund offered, not only a chase
    ("cancel-refund-demanded", "付款两天了还不发？？不发就直接给我取消退款！", ("退款",), ("您是说",)),
    # "哪个管用 还是俩都得要" of two items named: their roles, not "把另一款的名字发我"
    ("pair-which-works", "补水面膜和修护面霜 冬天保湿哪个管用 还是俩都得要", ("搭配",), ("另一款",)),
    # "一气之下给了个差评" is past anger: no angry opener, no progress promised
    ("review-after-anger", "之前一气之下给了个差评 后来你们客服处理得挺好 那个评价能改吗 咋弄", ("修改评价",), ("生气", "同步一次进展")),
    # "我付的是199": bought, so the difference is checked, not the window of a purchase today
    ("paid-then-cheaper", "价格不对啊 我付的是199 怎么现在页面显示便宜了", ("差价核实后",), ("今天下单的话",)),
    # a parcel out for delivery and an hour needed by: the courier asked, no lost-parcel remedy
    ("out-for-delivery-by-noon", "单号YT75318826401 显示派送中一上午了 我下午就出门了 能不能让快递员中午前送到", ("在派送", "代收点"), ("丢件",)),
    # another shop's cleanser is no second name of ours
    ("another-shops-cleanser", "氨基酸洁面跟超市那种普通洗面奶有啥不一样啊 贵这么多", ("皂基",), ("同一款",)),
    # "有没有更大规格的" beside how long it lasts: the one size
    ("bigger-size-beside-lasting", "积雪草修护面霜 50g我早晚都用的话能用多久？有没有更大规格的", ("只有50g这一种规格",), ()),
]

# defects of rounds 248–249 and earlier ones still open (each row fails on 2964e4b)
ROUND248_249 = [
    # "揉多久" is how to use the cleanser, not a complaint about it
    ("how-long-to-massage", "洗面奶要在脸上揉多久啊 我每次都是抹一下就冲了", ("打圈半分钟",), ("失望", "换新")),
    # a shelf life asked beside keeping an opened mask: both answered, no quality script
    ("shelf-life-beside-storage", "面膜打开了没敷完能放冰箱明天接着用吗？没开封的放多久会过期", ("未开封3年",), ("拍张照片",)),
    # shipped five days ago and stuck: the parcel is traced, no "催仓库发货"
    ("shipped-and-stuck", "訂單顯示已出貨五天了物流一直沒更新，到底怎麼回事？很誇張欸", ("快遞",), ("倉庫幫您加急",)),
    # "哪个补水效果好": the pick first
    ("pick-first", "烟酰安精华跟玻尿酸面膜哪个补水效果好一点", ("亲，按您说的补水，如果先买一样，建议先选玻尿酸补水面膜",), ()),
    # "面霜合适吗还是要换别的" for another person: another pick, not an exchange
    ("other-pick-not-exchange", "上个月买了你家面霜 用着挺好 这次想给我妈也带一瓶 她五十多了皮肤干 眼角有皱纹 面霜合适吗还是要换别的", ("正合适",), ("退换货",)),
    # written Cantonese of how often to use a mask: the usage, not "想确认一下您问什么"
    ("cantonese-mask-pace", "面膜一星期敷幾多次先啱 敷成晚瞓覺得唔得㗎", ("一周用2到3次",), ("确认一下",)),
    # an address change beside the invoice: both
    ("address-change-beside-invoice", "我剛剛下單了，但是想把地址改成公司的，應該還沒出貨吧？另外可以開發票嗎", ("地址能改", "發票"), ()),
    # an old order's problem, then a question "顺便问下": the problem first
    ("old-problem-then-question", "上次买的面霜收到瓶口那一圈漏了点 挖勺也找不到 这个你们咋弄 顺便问下烟酰胺精华油皮能用不 想这次一起买", ("抱歉", "烟酰胺"), ()),
    # "说好的给我便宜10块" is the shop's 10-yuan coupon: no price change, no anger, nothing glued
    ("promised-ten-is-the-coupon", "刚才说好的给我便宜10块 我拍下了还没付 你给改下价 改成158 中不中", ("10元无门槛优惠券", "不用改"), ("生气", "地址能改")),
    # a recommendation says why and the evidence (FABE), not only whom it suits
    ("pick-with-reasons", "男生 油皮 毛孔大 爱长痘 有啥推荐的 不想太麻烦", ("28天肤色改善测试",), ()),
    # "配一套 别太贵": the cheap basics as a set
    ("set-asked-frugal", "敏感肌小白 啥也不懂 帮我配一套呗 别太贵", ("配这2样",), ()),
    # three items' order asked: all three in order, not two of them
    ("three-step-routine", "洗面奶、精华、面霜的使用顺序是啥？早上也要全部用吗", ("再用精华，最后用面霜", "早晚都可以用"), ()),
]

# defects of rounds 250–251 (each row fails on 2964e4b)
ROUND250_251 = [
    # a coupon seen after buying and its 20 asked back: no 保价 for a price that did not fall
    ("coupon-seen-after-buying", "昨天买的面霜168 今天才看到首页能领满299减20的券 早知道就凑单了 能补我20不", ("还没到299元", "补不了"), ("还在保价期内",)),
    # "别给我发韵达" of a courier the shop does not use: not sent that way, not "能不能发我确认"
    ("courier-avoided-not-used", "别给我发韵达啊 我们小区韵达老丢件 你们发啥快递 顺丰要加钱不", ("不会给您发韵达",), ("韵达能不能发",)),
    # "退款说两天到账" is our promise, not two days gone, and not quoted back as the problem
    ("refund-promise-not-days", "退款说两天到账，今天都第几天了还没到！！你们是不是故意拖着", ("退款的进度",), ("已经等了2天", "您是说退款说")),
    # the new address given in the message: not asked for again
    ("new-address-given", "地址填错了!!!!刚拍的 写成我公司了 帮我改成家里的 上海浦东新区张杨路xx弄xx号 王女士 138xxxx", ("记下了",), ("地址发我",)),
]

# defects of rounds 252–253 (each row fails on 36f8692)
ROUND252_253 = [
    # how long a jar lasts is no fact of the shop: no estimate even for a time named, a count to start with
    ("no-lasting-estimate", "一瓶50g面霜大概能用多久？想囤一个冬天的量，买几瓶合适", ("没法给您打包票", "一个冬天"), ("大约能用",)),
    # "你刚说送我10块券": this agent's own word, kept at once, no record to check
    ("coupon-said-by-this-agent", "拍下来是168 你刚说送我10块券的 能不能直接给我改成158 我还没付", ("这就发到您账户", "不用改"), ("聊天记录",)),
    # "刚才说的送券" with no sum: the shop's coupon, not a price changed
    ("coupon-promised-no-amount", "拍好了，刚才说的送券你帮我改下价呗", ("10元无门槛优惠券",), ("改好价",)),
    # a delivery failed while the customer is away: the courier asked to leave it at the gate or redirect it
    ("away-when-delivery-failed", "快递咋显示派送失败 我这两天不在家 能不能让快递放门卫 或者改送到我公司", ("放门卫",), ("您在家等着", "仓库打包时")),
    # a wrong item and "不想自己掏运费": the remedy says we pay, no free-shipping rule glued
    ("wrong-item-postage-ours", "我买的是烟酰胺精华 你们给我发来一支洗面奶？？？ 赶紧给我换 我不想自己掏运费", ("运费我们承担",), ("不满99元收6元运费",)),
    # Cantonese "一盒有几多块": the count in a box, beside Hong Kong's postage
    ("mask-count-cantonese", "你哋啲玻尿酸面膜一盒有幾多塊 寄唔寄到香港㗎 運費點計", ("5片", "12元"), ()),
    # "脸大 会不会敷不住": the mask's size checked, not "帮不上忙"
    ("big-face-mask", "我脸比较大，你们面膜会不会敷不住啊", ("尺寸",), ("帮不上忙",)),
]

# defects of rounds 254–255 (each row fails on 8c1cc08)
ROUND254_255 = [
    # another shop's lower price, "凭什么": what the price buys, not a product introduction
    ("other-shop-price-objection", "隔壁店同款烟酰胺精华才159，你们199凭什么😅", ("这个价钱花在哪里",), ()),
    # "两瓶算我350": a counter-offer, the price kept and the promotions counted
    ("counter-offer-with-value", "别家的烟酰胺精华才一百出头你们凭啥卖199 两瓶算我350我立马拍", ("价格这边没办法改",), ()),
    # "算个整数500 再包个邮": the counter-offer beside the postage, both
    ("round-sum-and-postage", "两瓶精华一瓶面霜 算个整数500 再包个邮 得行不", ("价格这边没办法改", "包邮"), ()),
    # a personal invoice with the name given after "我名字": issued, not asked for again
    ("personal-invoice-name-given", "亲 能开电子发票不 个人的 抬头就写我名字 李娜", ("李娜", "不需要税号"), ("抬头（您的姓名）发我",)),
]

# defects of rounds 256–257 (each row fails on b973213)
ROUND256_257 = [
    # three items named, their sum: all three, not the first two
    ("three-items-sum", "洗面奶 面霜 面膜各一个 一共多少钱 包邮吗 送不送东西", ("306元",), ("247元",)),
    # a pasted order's "×2" and its own paid sum read back
    ("pasted-order-count", "订单编号：4012558890123 商品：积雪草修护面霜 50g ×2 实付：328.00 收货地址：内蒙古呼和浩特市赛罕区…… 已经付款了 麻烦尽快发", ("2件", "实付328元"), ("一共168元",)),
    # Cantonese: a coupon seen after buying, asked back: its threshold, not the coupon's ad
    ("cantonese-coupon-after-buying", "我琴日先買咗精華，今日見到首頁有優惠券滿299減20，可唔可以補返俾我？", ("补不了",), ("下单时自动抵扣",)),
    # "隔天用还是天天用": the caution that says so
    ("every-other-day-asked", "得行不嘛 精华先隔天用还是天天用 早上用了要不要防晒", ("隔天一次",), ()),
    # "可以刷卡吗" beside another question: the ways to pay
    ("card-payment-beside-pair", "請問玻尿酸面膜跟積雪草面霜可以一起用嗎？順便問一下可以刷卡嗎", ("信用卡",), ()),
]

# defects of round 259 (each row fails on 3740a83)
ROUND258_259 = [
    # Cantonese itching (痕到爆) and red dots (起晒红点) after use: a reaction (stop use, a doctor), no new jar
    ("cantonese-itch-red-dots", "收到個面霜 開咗用咗兩日 塊面痕到爆仲起晒紅點 你哋啲嘢係咪有問題呀 好嬲", ("停用", "皮肤科"), ("换新的话",)),
    # out for delivery, the customer away, the parcel asked to be left at a pickup point
    ("out-for-delivery-leave-at-station", "物流显示派送中 可我今天不在家 能让快递放驿站不 还有下次别给我发中通了 老丢件", ("驿站或代收点",), ("早点给您送到", "丢件")),
    # "给我发成面膜了": the item ordered named in the remedy, no how-to glued
    ("wrong-item-sent-as", "我拍的洁面乳 给我发成面膜了 这咋整 我洗面奶都用完了等着用呢", ("您拍的氨基酸温和洁面乳",), ("的用法是",)),
    # "冬天到底靠哪个": the pick for the skin said, first
    ("which-to-rely-on", "玻尿酸面膜跟积雪草面霜都说补水 我干皮 冬天到底靠哪个 有啥不一样", ("建议先选积雪草修护面霜",), ()),
]

ROUND260_261 = [
    # "顺丰能到不" asks whether SF delivers there, not how many days: no transit paragraph glued
    ("courier-reaches-no-transit", "你们仓库在哪发 我在内蒙古包头 运费多少 顺丰能到不", ("12元", "8元"), ("路上要几天",)),
    # "没收到发货短信" is no arrival asked: the dispatch checked, no transit paragraph
    ("no-sms-no-transit", "木有收到发货短信 是不是没发啊 昨天下午三点付的", ("11月23日",), ("路上要几天",)),
    # goods that leave on the day they are needed: plainly too late, and the payment today that ships sooner
    ("too-late-for-due-day", "这周六晚上下单的话 周日能发吗 我下周一出差前想收到", ("赶不上", "今天17:00前下单付款"), ()),
    # the day and place the customer names, checked; SF asked as the fallback gets its surcharge
    ("due-day-and-fallback-courier", "周五前能到北京吗？急着送人，不行就发顺丰", ("发到北京路上一般2～4天", "周五（11月27日）", "补8元"), ("不着急的话",)),
    # the day needed is not the day paid ("这周六要回我妈家 现在下单的话")
    ("due-day-not-payment-day", "这周六要回我妈家 现在下单的话周六前能到广州不 来得及不", ("发到广州路上一般2～4天", "最晚周六（11月28日）能到",), ("您这周六付款",)),  # (the last day is tight, said so: round 311)
    # a dialect haggle for the whole range ("四样全套 打个八折"): no discount, the set's sum with the coupon
    ("whole-range-eighty-percent", "得行不嘛 我四样全套都要 直接给我打个八折 打了马上付", ("没办法改", "505元", "485元"), ("您是想问",)),
    # "小挖勺没有 是漏了还是本来就没有": 漏 as left out, the scoop sent on; no stop-use advice
    ("scoop-left-out", "面霜里的那个小挖勺没有啊 是漏了还是本来就没有", ("挖勺", "补发"), ("先别再用",)),
    # a gift asked for by a paid order below the threshold, beside "快点发": both answered
    ("gift-begged-below-threshold", "订单编号：3859201746302915 商品：积雪草修护面霜 50g ×1 实付：168.00 已付款 麻烦快点发 另外送面膜那个我虽然没到199 能不能也送我一片",
     ("按一个订单算", "还差31元", "20:00前发出"), ()),
    # a second leak, a refund chosen and compensation asked: the refund as chosen, then the firm part
    ("refund-chosen-with-compensation", "第二次了！！上次就漏液 这次又漏 你们到底怎么包装的 我不要补发了 直接退款 还要赔偿",
     ("按您说的，直接退款", "10元无门槛优惠券"), ("答复处理方案",)),
    # an opened item with no effect felt, the refund's days asked: the opened rule only, when money would come
    # (round 290's grader marked the item's selling points after the refusal as an advert glued on: how it is used is asked instead)
    ("opened-no-effect-refund-days", "精华用了一个礼拜没啥效果，能退吗？退的话钱多久到", ("2个工作日内", "肤质"), ("未拆封、塑封完好", "30ml：", "效果是这样的")),
    # the postage asked beside a haggle: the price pushed down leads, its sum says the postage
    ("haggle-beside-postage", "姐们儿 洗面奶跟面膜一块儿拿 138 包邮不 给抹个零呗", ("没办法改", "包邮"), ()),
]

ROUND262_263 = [
    # spoiled goods in hand with a dispatch clause read beside: the goods' remedy and the skin asked about, no dispatch chase
    ("spoiled-in-hand-no-dispatch-chase", "精华用了一周 今天发现瓶子里有白色絮状的东西 是不是变质了 我都用了好几天了脸没事吧", ("先别再用", "皮肤科"), ("发货进度",)),
    # a question before buying ("我也想买"), another's use told: nothing is missing
    ("pre-sale-mask-question-not-missing", "你好在吗我想问下面膜是不是只有补水的没有别的功效了吗我姐说她用了你们家的脸很嫩我也想买可是我是混油皮怕闷痘", ("玻尿酸补水面膜",), ("少发", "面单")),
    # "物流两天没更新了 到底发没发": the tracking exists, so the parcel is checked with the courier
    ("tracking-stuck-is-logistics", "上一单洗面奶还没到 物流两天没更新了 到底发没发啊 这次想再买一瓶精华 单买包邮不", ("联系快递",), ("去仓库帮您加急催",)),
    # a price offered ("三盒能不能算150") beside the postage: the haggle leads, the postage after
    ("price-offer-beside-postage", "面膜59一盒 我买三盒能不能算150 另外寄新疆包邮不", ("没办法改", "177元", "12元"), ()),
    # "挖勺是放在盒子里的吗我没找到" in a thank-you: where it is, then the remedy; praise is no question
    ("scoop-where-asked", "昨天收到了 包装挺好的 哦对了那个挖勺是放在盒子里的吗我没找到 面霜质地挺舒服的 谢谢哈", ("挖勺", "夹层"), ("乳霜质地",)),
    # a man with oily skin: yes first, every skin, not the other groups the item lists
    ("men-oily-cleanser", "洗面奶男的用中不中 俺是大油田 洗完得劲不", ("男生也可以用",), ("孕妇",)),
    # "只能先买一个": no 不是二选一 and no layering order
    ("one-only-no-layering", "烟酰胺精华跟积雪草面霜啥区别啊 我混干皮 脸暗沉 换季两颊还泛红 只能先买一个 买哪个", ("建议先选积雪草修护面霜",), ("不是二选一", "一起用的话")),
    # a parcel out for delivery: no not-yet-shipped branch
    ("out-for-delivery-address", "快递显示派送中 可我这周出差不在家 能不能帮我改到公司地址", ("包裹已经在路上了",), ("还没发出的话",)),
    # the phone number to change, not the address
    ("phone-not-address", "刚拍的 备注一下发顺丰 差价怎么补 还有收件人电话写错了 改成139开头那个 我一会儿发你", ("电话能改的",), ("地址能改的",)),
    # days of asking, from no event named: no refund date promised
    ("asked-many-times-refund", "三天了问了四次 每次都说帮我催 催个屁 到底什么时候退款 再不退我直接申请平台介入", ("亲自帮您查",), ("按规则最晚",)),
    # "几点前付款能当天发" beside a stock question: the cut-off said
    ("cutoff-asked-beside-stock", "玻尿素面膜还有现货吧 几点前付款能当天发 我想今天就发出去", ("工作日17:00前付款的订单当天发货",), ()),
    # a service and an offline store asked: an online shop, said once
    ("service-and-store", "你们能帮忙做光子嫩肤吗 或者有没有线下店可以去做皮肤检测", ("这类服务我们不提供",), ("跟品牌确认",)),
    # a pasted order card with its address and a late dispatch: not an order change
    ("order-card-late-dispatch", "订单号：4012883376510092 商品：玻尿酸补水面膜 5片装 x2 实付：118.00 收货地址：河南省郑州市金水区花园路 这单咋还没发 昨天下午四点多付的", ("按说应该在11月23日当天就发出", "催仓库"), ("地址能改",)),
    # closed comedones after use with a return asked: the skin first
    ("breakout-opened-return", "面霜用了两次脸上冒了好多闭口，我是油皮，想退可以吗？退的话钱多久到账", ("先停用",), ()),
]

ROUND264_265 = [
    # "实付278.00" pasted from the order card is no 保价 question; the wrong item is the matter
    ("order-card-field-no-price-question", "订单号：3987012245561108 商品：烟酰胺焕亮精华液 30ml x1 氨基酸温和洁面乳 120g x1 实付278.00 收到的是一瓶面霜 洁面也没有 你们仓库咋发货的", ("您拍的",), ("补多少差价",)),
    # an opened item to swap, "我补差价也行": the swap's rule, no 保价
    ("opened-swap-pays-difference", "拆了用了两次 感觉太油了闷痘 能换成精华吗 我补差价也行", ("没法换成",), ("保价",)),
    # "莫给我发圆通": 莫 is 别; the other courier asked is checked
    ("dialect-avoid-courier", "莫给我发圆通哈 我们小区圆通从来不送上门 发韵达得行不", ("不发圆通", "韵达我们暂时发不了"), ("优先发圆通",)),
    # "钱退哪去了 …多久能到": the refund's route and days, no parcel transit
    ("refund-where-and-when", "取消的那单钱退哪去了 我用花呗付的 多久能到", ("花呗", "2个工作日"), ("路上要几天",)),
    # "敷睡着了 会不会烂脸": a worry over how it was used, reassured; no fault remedy
    ("worry-over-use-not-fault", "昨晚敷面膜敷睡着了 一个多小时才醒 会不会烂脸 敷完到底要不要洗", ("一般不会烂脸", "不用洗脸"), ("处理方案",)),
    # "我周四就要用 还赶得上不": the day is checked with the dispatch, one promise
    ("due-day-to-use", "昨天下午两点多拍的 咋还是待发货 我周四就要用 还赶得上不", ("周四（11月26日）前能不能到",), ()),
    # "精华不要了帮我取消掉 面霜还要": one item dropped, the other kept
    ("cancel-one-keep-other", "订单号4012778830021956 精华不要了帮我取消掉 面霜还要", ("去掉烟酰胺焕亮精华液 30ml后",), ("直接拒收",)),
    # "今天领券才179 …差价退不退": the coupon is the cause, not a question
    ("coupon-cause-no-coupon-ad", "上个月28号199买的精华 今天领券才179 合着我当冤大头呗 差价退不退", ("过了保价期",), ("店铺首页可以领",)),
    # "一闻香味就过敏": what happens whenever, not a reaction to this item; the fragrance asked
    ("fragrance-asked-whenever-allergic", "积血草那个面霜有没有香精啊 我一闻香味就过敏起疹子 还有开了能放多久", ("不含酒精和香精",), ()),
    # "昨天晚上九点找你们客服根本没人理": the hours said, then taken over
    ("after-hours-unanswered", "昨天晚上九点找你们客服根本没人理 今天必须给我个说法 不然我就申请平台介入", ("09:00-20:00",), ()),
    # "中评 能改不": how, before the rule on rewards
    ("review-change-how", "用了半个月挺好的 之前手滑点了个中评 能改不 改了有奖励没", ("修改评价",), ()),
    # an offline store and a skin test asked: the test plainly not offered, an online pick offered
    ("store-and-skin-test", "你们杭州有线下店没 我想去现场试用 顺便帮我做个皮肤检测呗", ("皮肤检测这类服务我们做不了",), ()),
    # "怕用不完 也不知道会不会过敏": both worries answered
    ("two-worries-hesitation", "嗯…我再想想吧 怕买了用不完浪费 也不知道会不会过敏", ("耳后",), ()),
    # a Huabei limit said: other ways to pay, no guessing at causes
    ("huabei-limit", "付款一直失败 显示花呗额度不足 能不能先帮我留着 我换张卡", ("换张银行卡",), ("付不成功一般是",)),
]

ROUND266_267 = [
    # spoiled goods with the shelf life asked: the problem's care and remedy first, then the fact
    ("spoiled-with-shelf-life-asked", "面霜用到一半闻着有股酸味，是不是变质了，还在保质期内啊", ("先别再用", "补发新的"), ()),
    # "周五要送人的 …到北京来得及吗": the day and place checked, the surcharge said
    ("due-day-to-give-and-in-time", "急用！！周五要送人的，发顺丰杭州到北京来得及吗", ("发到北京路上一般2～4天", "周五（11月27日）", "补8元"), ()),
    # "能不能下周再发": a hold, not an order edit
    ("hold-until-next-week", "能不能下周再发？这周出差不在家", ("先不发货",), ("改好后照常",)),
    # "[图片]" attached: the photo is had, not asked for
    ("photo-already-attached", "收到洗面奶盖子裂了，漏了一盒子 [图片]", ("照片我收到了",), ("麻烦您拍张照片",)),
    # "想换成面霜 补差价可以不": the swap's difference, no 保价
    ("swap-difference-beside-refund", "退货寄回去了 单号YT7732xxxxxx 钱啥时候退 还有我想换成面霜 补差价可以不", ("2个工作日",), ("差价",)),
    # Hong Kong by SF, "要加几多钱": the region's postage and the surcharge
    ("hong-kong-by-sf-fee", "唔該 我喺香港 寄順豐得唔得？要加幾多錢", ("12元", "8元"), ()),
    # "是不是真的不含酒精": the ingredient, not whether the goods are genuine
    ("really-no-alcohol", "面霜是不是真的不含酒精啊 保质期多久 开了以后放多久得用完", ("不含酒精",), ("正品",)),
    # a fitting skin with breakouts and 闷痘 asked: the item's caveat too
    ("acne-caveat-for-fitting-skin", "朋友推荐来的 说你们家面霜好用 我混干皮 冬天会起皮但下巴老爆痘 这种能用不 会不会闷痘", ("痘痘肌不太建议用",), ()),
]

ROUND268_269 = [
    # "在吗在吗 有人没 急": one opener and the ask, not a hurry opener glued to a welcome
    ("hurried-greeting-one-opener", "在吗在吗 有人没 急", ("直接把事情发过来",), ("欢迎光临",)),
    # a hold asked beside "别放价格单": both noted
    ("hold-with-price-slip", "已付款 帮我备注下别放价格单 送人的 还有能晚两天发不 周四我才在家", ("11月26日（周四）再发货", "价格单"), ()),
    # a crushed box and a leak, then "能走顺丰吗": the damage's remedy leads
    ("damage-beside-courier", "面霜外盒压扁了 瓶口还漏了点 换新的话能给我走顺丰吗", ("破损",), ("默认发中通或圆通",)),
]

ROUND270 = [
    # the skin said and the item not for it: said so, no question about the skin
    ("skin-said-not-for", "这个面霜油皮得行不 我脸上油得很", ("不太推荐",), ("偏干、偏油",)),
    # a group asking about the whole range: every item sorted by its facts
    ("group-whole-range", "怀孕4个月了 你们家哪些能用哪些不能用", ("孕妇可以用的是氨基酸温和洁面乳", "烟酰胺焕亮精华液 30ml孕妇不建议用"), ()),
    # a question the shop does not handle, asked A-not-A: no thanks for a compliment
    ("not-ours-no-praise", "你们收不收二手护肤品啊 有几瓶大牌没用完", ("帮不上忙",), ("夸奖",)),
    # a restock and the gift asked: the restock leads, the gift rule is said, no comparison
    ("restock-and-gift", "面霜什么时候补货啊 补货了送面膜活动还有吗", ("补货时间", "满199元送面膜"), ("另一款",)),
    # a courier complained of, another asked after "或者": both heard
    ("courier-complained-or", "你们发啥快递 我们这圆通从来不送上门 能发顺丰或者京东不", ("不发圆通", "京东我们暂时发不了"), ()),
    # a parcel that came late: the delay owned, nothing looked for
    ("arrived-late", "快递太慢了 一个礼拜才到", ("才到",), ("丢件", "驿站")),
    # the earlier order's item bought again, counted: the sum, no usage nobody asked
    ("rebuy-earlier-item", "上次买的面霜用完了挺好用 这回想买两瓶 有优惠没", ("实付316元",), ("用法是",)),
    # "會唔會洗完好乾": whether it dries the skin, answered
    ("wash-dry-cantonese", "洗面奶點用 會唔會洗完好乾", ("不紧绷",), ()),
    # two items and the need stated: the one for the need, not "send me the other one"
    ("compare-need-stated", "烟酰胺精华和积雪草霜哪个对换季脸红更有用", ("建议先选积雪草修护面霜",), ("另一款",)),
    # opened, changed mind, a return asked: the opened rule, not "您是想问退换货呢"
    ("opened-change-of-mind", "用了两次感觉不太适合我，可以退嘛", ("拆封使用后",), ("您是想问",)),
    # a parcel held at customs: checked, no pre-sale dispatch promise
    ("held-at-customs", "包裹喺海關卡咗好幾日，到底幾時先送到香港？", ("清关进度",), ("现在下单",)),
    # yesterday's order swapped: cancel if not sent, the unopened return if sent
    ("yesterday-order-swap", "昨天拍的积雪草面霜能不能换成烟酰胺精华 差价我补", ("还没发货的话", "已经发出了"), ("7天内可以换",)),
    # a personal title said: no list of invoice kinds
    ("personal-invoice-no-kinds", "周四再发行吗 发票开个人抬头就行", ("个人抬头开电子普通发票",), ("增值税专用发票",)),
    # one empathy opening for a price and a postage grumble
    ("one-empathy-opening", "洗面奶79 别家才六十几 你家还不包邮 凭啥", ("懂您的心情",), ("理解您的心情",)),
    # every courier the shop uses avoided: the paid one offered
    ("both-couriers-avoided", "能发顺丰不 我们这中通老丢件 圆通也别发", ("都不想要",), ("尽量发圆通",)),
    # the paid courier chosen outright
    ("sf-only", "别给我发中通 只要顺丰 差价我补", ("补好差价",), ("尽量发圆通",)),
    # an old damage let go and better packing asked for a new order: a remark, no damage menu
    ("packing-remark", "上回盒子压扁了我没吭声 这次想回购两瓶面霜 能包严实点不", ("包严实",), ("破损处",)),
    # not buying now and a job asked: the plain "not ours", not "您是想问犹豫呢"
    ("not-a-customer-beside-hesitation", "我先不买哈 就问问你们招不招客服兼职", ("帮不上忙",), ("犹豫",)),
    # the days asked to a region outside free shipping, beside another question: its postage too
    ("remote-fee-beside-days", "請問寄到台北大概要多久？可以改寄順豐嗎？", ("补12元运费", "到台北路上一般4～7天"), ()),
    # stock asked with a count: the stock, then what they cost with the promotions
    ("stock-count-deal", "精华还有货吗 想一次拍三瓶", ("有现货", "实付577元"), ()),
    # a mask left on half an hour: the caution said
    ("mask-too-long", "面膜可以天天敷吗 我一般一敷就半小时", ("不要敷超过20分钟",), ()),
    # a parcel lost once by a courier: sorry for that time, no "总这样"
    ("courier-lost-once", "别给我发圆通 上次圆通把我件弄丢了 要么中通要么顺丰", ("上次圆通给您添麻烦了", "不发圆通"), ("总这样",)),
    # the remote fee resented against the page's rule: the feeling, then the fee
    ("remote-fee-resented", "我在乌鲁木齐 买了150的东西还要付运费？不是写满99包邮吗", ("理解您的心情", "补12元"), ()),
]

ROUND271 = [
    # a courier asked because some do not deliver to the door: a door remark, no lost parcel chased
    ("door-generic-courier", "发什么快递 我们这边有的快递不送上门", ("送货上门",), ("丢件",)),
    # "快一点" is no hour: an order paid two days ago is overdue, not "13:00付款赶得上"
    ("paid-days-ago-not-one-oclock", "我订单付款两天了还没发货 可以快一点吗", ("抱歉",), ("13:00",)),
    # a payment that fails and the cut-off: not before 17:00 means tomorrow, and the failure helped
    ("cannot-pay-before-cutoff", "一直付款失败 急死了 下午五点前付不了是不是今天就发不了", ("赶不上今天的截单", "付不成功"), ("赶得上",)),
    # urgency before a sale: no after-sale comfort, and the faster courier beside the check
    ("presale-hurry-opener", "我在成都 周五前能到吗 周六要送人 来不及就不买了", ("明白您赶时间", "发顺丰"), ("马上帮您处理",)),
    # the remote fee resented: no "可以发的哦" nobody asked
    ("remote-resented-no-can-send", "我新疆的 买了两百多咋还要运费 坑人呢", ("不在包邮范围内",), ("可以发的哦",)),
    # a station complaint and the next parcels' courier: both
    ("next-time-sf", "快递员不送上门直接扔驿站 下次能换顺丰吗", ("补8元",), ()),
    # a gift missing and a new purchase asked: both
    ("new-purchase-beside-gift-missing", "满199送的面膜呢 拆开就一瓶精华 对了你们面膜5片装还有货吗 想再买一盒", ("赠品", "有现货"), ()),
    # makeup after the routine: asked of its own
    ("makeup-after", "精华和面霜先用哪个 早上用完能化妆吗", ("正常化妆",), ()),
    # an item not sold and a proxy purchase asked: both said
    ("not-sold-and-proxy", "你们家有剃须刀吗 或者能帮代购兰蔻不", ("没有剃须刀", "代购"), ()),
    # an old leak let go beside a new question: the question answered, no safety menu
    ("let-pass-no-severity", "上回面膜袋子破的漏了一半 当时懒得说 这回想加个精华 我油皮能用不", ("正合适",), ("先别再用",)),
]

ROUND272_273 = [
    # a payment that keeps failing: the script's own feeling opens it, no "让您久等了" stacked before
    ("payment-fail-one-opener", "付款一直提示失败，试了好几次了，怎么回事啊", ("付款不顺",), ("让您久等",)),
]

ROUND274_275 = [
    # today's dispatch holds for a payment before the cut-off: said with it, not "现在拍下…今天发出"
    ("stock-dispatch-with-cutoff", "洁面还有货吗 今天拍今天能发不", ("17:00前付款的话", "今天（11月24日 周二）20:00前发出"), ("现在拍下",)),
    ("eta-dispatch-with-cutoff", "发到南京几天能到啊", ("17:00前付款的话",), ("现在下单",)),
    # the usual days on the road (policy.transit) for the place and the day asked, never a promise
    ("usual-days-tight", "寄重庆要几天 我周五前就要用", ("发到重庆路上一般2～4天", "周五（11月27日）", "不敢打包票"), ("跟快递确认",)),
    ("usual-days-in-time", "下周一前能寄到苏州吗 送朋友的", ("发到苏州路上一般1～2天", "前能到的"), ("跟快递确认",)),
    ("usual-days-too-late", "明天就要用了 寄到拉萨来得及吗", ("发到拉萨路上一般4～7天",), ("跟快递确认",)),
    ("usual-days-no-place", "一般几天能收到货", ("江浙沪1～2天", "其他地区2～4天"), ("跟快递确认",)),
    # a Sunday payment's dispatch said once: no "17:00前付款…今天发出" after it
    ("sunday-dispatch-no-today-after", "礼拜天拍的话礼拜一能到杭州不 礼拜天发货吗", ("11月30日（周一）20:00前发出", "发到杭州路上一般1～2天"), ("预计今天",)),
    # "下周五要带去用 现在拍": paid now; the day is when the goods are needed
    ("use-day-not-payment-day", "下周三要带去海南用的 现在拍几天能到深圳", ("发到深圳路上一般2～4天",), ("下周三付款",)),
    # a second question of the shop's own scenario, beside a fact answered: both answered
    ("fact-then-own-scenario", "洁面乳敏感肌能用吗 另外有小样可以先试试吗", ("敏感肌", "小样"), ()),
    # how many to buy for a month: the amount, no complaint script glued after it
    ("amount-not-a-complaint", "补水面膜一周敷三次的话一个月得买几盒 一盒就5片是吧", ("3盒",), ("拍张照片", "很重视")),
]

ROUND276_277 = [
    # a matter told back as settled is no question: "退款收到了" gets no refund's arrival time
    ("refund-settled-then-stock", "退款收到了 谢谢哈 对了精华现在还有货吗 有的话我重新拍一瓶", ("有现货",), ("您这笔后天",)),
    # a customer who asked again and again is not asked to say it once more
    ("third-contact-no-repeat", "这都第三次找你们了 每次都说帮我查帮我查 查到现在屁都没有 再不解决我直接打12315", ("不用您再从头说",), ("麻烦再简单说一句",)),
    ("unanswered-no-repeat", "问了三遍了都没人理 我要投诉", ("不用您再重复", "11:00前"), ("麻烦再简单说一句",)),
    # two items compared for a skin stated: the pick, no needs questions after it
    ("compare-skin-pick-no-discovery", "在吗 玻尿酸面膜跟积雪草面霜不都说保湿吗 有啥不一样 我干皮冬天用哪个", ("建议先选积雪草修护面霜",), ("您是自己用还是送人",)),
    ("both-suit-daily-first", "洁面和补水面膜哪个更适合干皮啊，学生党只能先买一个", ("建议先选氨基酸温和洁面乳", "每天都用得上"), ("您是什么肤质",)),
    # a lower price seen elsewhere before leaving: what the price buys, not only "慢慢比较"
    ("cheaper-elsewhere-value", "别家烟酰胺才九十多 你家要199 我再看看别家吧", ("199元", "28天肤色改善测试"), ("买东西多比较一下很正常",)),
    # a misuse feared ("敷着睡着了 会不会有事"): calmed at once, not checked by a time
    ("misuse-calm-not-checked", "面膜敷完要洗脸不 昨晚敷着睡着了 敷了一个多小时 会不会有事啊", ("一般不会有大问题",), ("核实一下",)),
    # a wrong item and a trip: when the replacement leaves and its usual days; the return postage
    ("wrong-item-trip-replacement", "我买的烟酰胺精华 给我发了个洗面奶 你们仓库眼瞎啊 我周五要出差 来不来得及换", ("换的新品", "能不能到"), ("收货城市",)),
    ("wrong-item-send-back-postage", "我买的烟酰胺精华 收到的是洗面奶？？发错了还要我自己寄回吗 气死", ("寄回来的运费由我们承担",), ()),
    # "下礼拜三要出差": wanted in hand the day before
    ("trip-day-before", "寄成都要几天噻 我下礼拜三要出差 想带起走", ("周二（12月1日）前能到",), ()),
]

ROUND278_279 = [
    # "想問一下保養品": someone there, the question still to come; no how-to script
    ("greeting-topic-to-come", "哈囉～請問有人在嗎？想問一下保養品", ("有什么可以帮您",), ("拍张商品",)),
    # an order had ("这回的…比上回"), rancid: a spoiled item, not a sales pitch
    ("rancid-had-one", "这回的面霜颜色比上回黄 还有股哈喇味 你们是不是发临期货糊弄人", ("先别再用",), ("给您介绍一下",)),
    # another brand's cream that went off, told before asking ours: the shelf life, no remedy menu
    ("elsewhere-spoiled-history", "之前买过别家面霜开了半年多就变味了 你家面霜保质期多久 开了能放多久", ("开封后建议6个月内用完",), ("先别再用", "补发")),
    # a replacement that leaves on the day it is needed: too late, said plainly
    ("replacement-too-late", "我拍的是洁面乳 你们给我发成面膜了 明天早上就要用啊", ("赶不上",), ("路上一般",)),
    # a medical bill demanded is not a doctor seen
    ("bill-asked-not-seen-doctor", "用了你家面霜脸上起了一片小疙瘩 又红又痒 我要曝光你们 退钱 还要赔医药费", ("去医院皮肤科", "医药费"), ("已经去医院",)),
    # no reward for a review, so no gift rule after it
    ("review-no-gift-rule", "东西收到了挺好用 给好评有返现不 晒图送啥", ("换好评",), ("满199元送面膜",)),
    # the cut-off said by the dispatch answer, not again by the merge answer
    ("cutoff-said-once", "上回那单面霜物流三天没动了 顺便问下 精华现在拍今天能发不 能跟那单一起寄不", ("没法再合到一个包裹里",), ("当天就能发",)),
    # two items asked for a group: each answered
    ("group-two-items", "怀孕四个月了 最近脸干得不行 你家那个氨基酸洗面奶还有补水面膜孕妇能用吗", ("氨基酸温和洁面乳", "玻尿酸补水面膜"), ()),
    # "日期看着没过期": a fault denied is not the problem read back
    ("denied-fault-not-restated", "面霜今天开的 一股油哈喇味 跟上一瓶味道完全不一样 是不是变质了啊 日期看着没过期", ("哈喇味",), ("您是说日期看着没过期",)),
    # a present with its need said ("保湿的送朋友"): an item, not "什么场合 预算多少"; Traditional 乾
    ("gift-with-need", "我住台北，想買一瓶保濕的送朋友，推薦哪一款？寄台灣運費多少？", ("玻尿酸补水面膜", "变干", "12元"), ("什么场合",)),
    # paid already, asked whether it leaves today: thanked, today, no rule for later payments
    ("paid-already-today", "拍好了也付了，面霜+洗面奶，今天能发出吧？", ("感谢您下单", "今天（11月24日 周二）20:00前发出"), ("之后付款的顺延",)),
    # a 保价 refused: its feeling first, once (an angry opening feels it already)
    ("protection-refused-felt", "上个月28号买的面霜 现在降价了 补差价不", ("换谁心里都不舒服", "已经过了保价期"), ()),
    ("protection-refused-felt-once", "一个月前买的精华现在降了二十 差价退不退？不退我就给差评了", ("已经过了保价期",), ("换谁心里都不舒服",)),
    # a review with pictures: how to add them
    ("review-with-pictures", "东西收到了挺好用的，追评怎么带图呀？谢谢啦", ("上传图片",), ()),
    # a parcel to a region outside free shipping: its postage said, whatever else was asked
    ("remote-fee-beside-days", "寄香港要幾多日先到呀？", ("路上一般4～7天", "12元"), ()),
    ("remote-fee-beside-courier", "想给我妈也寄一支洗面奶 你们发啥快递 她在内蒙古包头 能发顺丰不", ("补8元", "内蒙古", "12元"), ()),
    ("remote-fee-not-after-paid", "下单了 新疆喀什的 运费我补了12 你看下地址对不对", (), ("需要补12元运费",)),
    # an address change beside another question: the change answered too; "还来得及吗" is the change's
    ("address-change-beside-invoice", "我剛付款了 地址要改成台中市西屯區 還來得及嗎？然後可以開統編的發票嗎", ("改好", "发票"), ()),
    ("address-change-in-time", "快回我 明天出差 收货地址要改成公司的 还来得及吗", ("地址能改的",), ("路上要几天",)),
]

ROUND280_281 = [
    # "要不要一次囤两瓶 怕开了用不完过期": a worry before buying, no complaint script
    ("stockpile-worry", "面霜就50g一种吗 我一个人早晚都抹 要不要一次囤两瓶 怕开了用不完过期", ("只有50g这一种规格", "开封后建议6个月内用完"), ("很重视", "拍张照片")),
    # a courier that does not deliver to the door, SF asked: no lost-parcel script
    ("courier-not-to-door-sf", "能发顺丰不 中通在我们镇上不送上门 得自己跑十几里去拿 加钱也行 加多少", ("补8元", "给您添麻烦了"), ("核实包裹的位置", "闹心")),  # (the courier not run down: round 309)
    # "想改寄到公司 還來得及嗎" beside an invoice: the change answered too
    ("readdress-beside-invoice", "已經付款了 可是想改寄到公司 還來得及嗎？另外發票可以開公司抬頭嗎", ("地址能改的", "发票"), ()),
    # an old leak let go beside a new purchase: owned, with the small compensation
    ("old-matter-owned", "上次买的洗面奶收到就漏了半支 一直没空找你们 这回还想顺便买个面霜 我油皮能用不", ("上次的事真不好意思", "10元无门槛优惠券", "干皮"), ("A. ",)),
    # "内蒙古包头": the region's days, not every region's
    ("inner-mongolia-days", "内蒙古包头的 包邮不 几天能到 家里等着用", ("发到内蒙古路上一般4～7天", "12元"), ("江浙沪",)),
    # an answer late because it came after hours: said why, owned
    ("after-hours-late-reply", "客服都下班了是吧 昨晚九点问的现在才回 你们这服务真行", ("已经下班了", "没能及时回您"), ("帮不上忙",)),
    # a pasted order card and a parcel out for delivery: no postage rule, no gift rule
    ("card-out-for-delivery", "订单号 2611 2208 3312 收件人 王** 138****5521 浙江省宁波市鄞州区xx路xx号 显示派送中一整天了 快递员电话打不通 到底送不送", ("核实包裹的位置",), ("包邮", "送面膜")),
    # "送不送东西": the gift asked, still answered
    ("gift-still-asked", "洁面乳跟面膜一起买包邮吗 送不送东西", ("送面膜1片",), ()),
]

ROUND280_281_MORE = [
    # round 280: a lower price seen elsewhere and a price asked, beside postage: both answered
    ("cheaper-elsewhere-beside-postage", "别家烟酰胺精华才一百出头，你们要199，能不能便宜点啊？包邮不", ("没办法改价", "包邮"), ()),
    # "已經寄出咗五日 仲未收到": it left; the parcel is traced, not the warehouse chased
    ("sent-days-ago-not-here", "我喺香港，訂單顯示已經寄出咗五日，仲未收到，點算？", ("核实包裹的位置",), ("仓库帮您加急催",)),
    # two items each named with a typo, compared for a need: both found, the pick said
    ("two-typos-compared", "玻尿酸面摸和积雪草面箱哪个更补水啊？冬天脸干到起皮了", ("积雪草修护面霜", "面膜做过"), ("您平时用的",)),  # both found (the pick names the other by its kind)
    # "冇嘅話幾時補貨": a restock asked ahead, not an apology for an item sold out
    ("restock-asked-ahead", "請問玻尿酸面膜仲有冇貨？冇嘅話幾時補貨呀", ("能正常下订就是有现货",), ("没买上",)),
    # "帮我取消 我换成精华": one item in the order, the other a new one
    ("cancel-and-swap", "刚拍的面霜不要了帮我取消 我换成精华", ("重新拍烟酰胺焕亮精华液",), ("去掉积雪草修护面霜",)),
    # "再不发就取消吧": the wait or the refund, each with its time
    ("wait-or-cancel", "周六晚上拍的到现在还没发，再不发就取消吧", ("继续等", "不想等了"), ()),
]

ROUND282_283 = [
    # a return the warehouse signed for, the money asked: the refund's day, no lost parcel
    ("refund-after-return-signed", "退货单号早填了 快递显示你们仓库签收两天了 钱啥时候退给我", ("2个工作日内原路退款",), ("核实包裹的位置",)),
    # "脸有点烂" is the 烂脸期 the facts keep the serum from
    ("broken-out-skin-not-for", "你好 亲在吗 想问那个烟酰胺精华痘痘肌能用不 我现在还在爆痘 脸有点烂", ("烂脸期先别用",), ("正合适",)),
    ("not-oily-is-not-oily", "我皮肤不油 面霜能用吗", ("积雪草修护面霜",), ("油皮的话不太建议",)),
    # a parcel looked up by its number: no "要是核实是丢件" for a plain "到哪了"
    ("tracking-lookup", "帮我查下快递到哪了，单号ZT73958820164", ("核实包裹的位置",), ("丢件",)),
    ("tracking-overdue-still-owned", "快递到哪了 显示派送中一整天了都没人送", ("抱歉",), ()),
]

ROUND284_285 = [
    # opened for six months with a six-month rule: at the limit, not "放心接着用"; the whole shelf life
    ("opened-at-the-limit", "面霜保质期多久 我一瓶用的慢 开了放半年还能用不", ("未开封3年", "就到了建议用完的时间"), ("放心接着用",)),
    # "现货还是预售 预售我就不等了": nothing ordered, the stock asked, no late-order apology
    ("presale-or-stock", "坡尿酸面膜现在是现货还是预售 预售我就不等了 今天能发不", ("能正常拍下就是有现货",), ("久等",)),
    # an order just placed below the gift's threshold: said plainly, not implied
    ("placed-below-gift", "拍了 俩面膜一个洁面 地址没问题 记得给我塞赠品面膜啊", ("还差2元才满199元",), ("随单一起发出",)),
    ("placed-above-gift-once", "拍了拍了 俩面霜 付完款了 面膜别忘了给我塞进去哈", ("面膜1片会随单一起发出",), ("核对一下这单的实付金额",)),
    # "瓶口有点漏" is a leak; a new purchase's postage beside it is still answered
    ("slight-leak-and-postage", "面霜收到瓶口有点漏 你们看着办 顺便问下补发的时候我再拍两盒面膜一起寄 面膜要运费不", ("先别再用", "包邮"), ()),
]

ROUND286_287 = [
    # a price offered ("能不能150给我") is a bargain however unsure the words; no "您是想问议价吗"
    ("counter-offer", "168的面霜能不能150给我，我一次拿两瓶", ("没办法改", "336元"), ("您是想问",)),
    # thanks after a matter settled: thanks back, no sales pitch; a question beside thanks still answered
    ("thanks-after-resolved", "问题解决了 换的新面霜今天收到了 这回包装挺好的 谢谢你啊小禾 之前态度不好别介意", ("不客气",), ("给您介绍一下",)),
    ("thanks-with-a-question", "昨天收到了 包装挺好的 哦对了那个挖勺是放在盒子里的吗我没找到 面霜质地挺舒服的 谢谢哈", ("挖勺",), ()),
    # "急死了" over a worry with no time to beat: no "明白您赶时间"
    ("anxious-not-hurried", "烟酰按那个精华 孕妇能不能用啊 我怀孕四个月了 脸上长了好多斑 急死了", ("孕妇不适合用",), ("赶时间",)),
    ("hurried-still-hurried", "急用！！今天能发吗", ("赶时间",), ()),
]

ROUND288_289 = [
    # the customer's own skin, not the friend's told before it
    ("own-skin-not-friends", "我闺蜜上个月在你家买了个面霜说好用 她是干皮 我是大油田夏天一脸油 冬天两颊有点干 T区还老冒痘 我能用她那个不 不能的话我该买啥", ("按您说的油皮",), ("按您说的干皮",)),
    ("gift-recipients-skin", "女朋友26号生日 她干皮 一到冬天脸就红 预算300以内 你帮我配一下", ("干皮",), ()),
    # an unopened item swapped for another: the policy's return and a new order, no made-up exchange
    ("swap-is-return-and-reorder", "面霜没拆 想换成精华 补差价行不行", ("7天无理由退货", "再拍烟酰胺焕亮精华液"), ("换过来需要您补",)),
]

ROUND285_289_LEFT = [
    # a promise said broken, with an accusation: a complaint taken up, not the item recommended again
    ("claim-broken-is-complaint", "详情页写着敏感肌可用 结果呢 你们就是忽悠人 我要找平台", ("抱歉",), ("推荐您选",)),
    # a payment only thought of is not an order paid; the month's pay is no hold of the parcel
    ("payment-proposed-not-made", "月底才发工资 要不我现在用花呗先付了 今天能发吗", ("花呗",), ("已经付好款", "先不发货")),
    ("hold-still-held", "月底再发吧 我不在家", ("先不发货",), ()),
    # days waited for an arrival: the parcel checked, not a pre-sale dispatch estimate
    ("days-waited-is-a-parcel", "都第六天了 到底什么时候能到 我在新疆", ("核实",), ("17:00前付款的话",)),
    # a mask on too long: not longer-is-better, the longest time said
    ("mask-not-longer-better", "面膜我都敷了四十分钟了 是不是越久越好", ("不是越久越好", "20分钟"), ()),
]

ROUND287_289_MORE = [
    # another courier asked for is no exchange of goods
    ("courier-swap-no-returns", "你们发什么快递 韵达老放快递柜 能换一家不", ("圆通",), ("7天无理由",)),
    # the fault's own item first, not one praised from an earlier order
    ("faulty-item-first", "上回买的面霜很好用 这次收到的精华瓶子裂了", ("精华",), ("面霜让您失望",)),
    ("faulty-item-stays", "今天拆的面膜 里面的精华液有股酸味 是不是坏了", ("先别再用",), ("烟酰胺",)),
    # a month's supply counted from the pace of use
    ("months-supply-counted", "一盒面膜够我一个月敷吗", ("一个月", "2盒"), ()),
    # a threat to go to the platform is anger; the overdue refund is checked by a time
    ("platform-threat-is-anger", "退款都五天了还没到 到底退不退 不退我找小二", ("生气", "11:00前"), ()),
    # a pick asked as "买A还是B" for a stated skin
    ("pick-buy-a-or-b", "我干皮 买洁面还是面霜", ("建议先选积雪草修护面霜",), ()),
    # "能送个啥" asks the gift rule, said from the facts
    ("gift-asked-said", "三瓶一起拍的话能送个啥不", ("满199元送面膜",), ("活动和优惠券都展示在",)),
]

ROUND290_291 = [
    # a fact the library holds, asked in other words
    ("scoop-in-box", "面霜盒子里带挖勺吗", ("挖勺",), ()),
    ("gift-asked-then-coupon", "精华有货没 想囤三瓶 别拍了又说缺货", ("满299减20",), ("面膜1片会随单一起发出",)),
    # a pick for the skin said, without the "不是二选一" script after it
    ("pick-without-roles", "敏感肌 精华和面霜哪个更适合我", ("建议先选积雪草修护面霜",), ("不是二选一",)),
    ("both-needed-asked", "面霜和精华有啥区别 我干皮 两个都要买吗", ("不用两样都买",), ()),
    # a region in the free-shipping rule, with an order under its threshold: no "在包邮范围内"
    ("region-not-free-alone", "就买一支洗面奶 包邮不 寄南京", ("不满99元收6元运费",), ("在包邮范围内",)),
    # a fault named: its postage rule, not the change of mind's
    ("fault-postage-only", "要是因为漏液退货的话 寄回运费谁出 能退多少", ("来回运费都由我们承担",), ("无理由退货的话",)),
    # no effect, no return: how it is used asked, not its selling points again
    ("no-effect-asks-use", "面霜用了小半瓶 感觉没啥效果 能退吗", ("肤质",), ("的效果是这样的",)),
    # a named cream asked for a skin: no skin quiz glued, one sentence once
    ("named-suits-no-quiz", "敏感肌可以用那个积雪草修护面霜吗 我很容易泛红 里面有酒精吗", ("可以用", "不含酒精"), ("现在主要想改善",)),
    # two items used together, asked beside promotions
    ("together-beside-promotions", "精华跟面霜可以一起用吗 另外有啥优惠", ("先用精华",), ()),
    # stock asked with "拍了多久发": the page's stock, not an order placed
    ("stock-before-order", "面霜有现货吗 不是预售吧 拍了多久发", ("有现货",), ()),
    # "同款" seen cheaper: the value of the price
    ("seen-same-cheaper", "精华199有点贵 拼多多有一百多的同款 值吗", ("这个价钱花在哪里",), ()),
    # goods sent back: the refund counts from the warehouse's signing
    ("returned-refund-checked", "上周退了货 到现在还没收到退款", ("仓库签收",), ("按时间应该已经到账",)),
    # an earlier order's damage told with a new purchase: both answered
    ("old-damage-and-new", "上次买的面膜有一片破了 另外想再买个面霜 有啥优惠", ("抱歉", "满199"), ()),
    # the courier asked to leave a parcel out for delivery at a pickup point
    ("put-at-pickup", "派送中一整天了 我明天出差 能不能让他放菜鸟驿站", ("放到菜鸟驿站",), ()),
]

ROUND290_291_MORE = [
    # an item advised against for a skin: what the catalogue has for that skin, as a first step
    ("advised-against-then-fits", "我油皮 用积雪草面霜会不会闷痘啊", ("不太建议用", "没有更适合您的同类款", "烟酰胺焕亮精华液"), ()),
    # a worry of a skin with no item named: the item written for that skin, then the careful way in
    ("skin-worry-names-fit", "我再想想 皮肤敏感 怕买了用不了", ("积雪草修护面霜", "耳后"), ()),
    ("unused-not-a-skin-worry", "购物车里有个面霜 还差多少能用299的券 别让我凑一堆用不上的", (), ("您的顾虑很实在",)),
    # an order past its dispatch day: checked, and sent today if it has not left
    ("overdue-sent-today", "周六付的款 到今天还没发货 什么意思", ("催仓库今天",), ()),
]

ROUND292_293 = [
    # a refund demanded for an order not yet sent: the refund, not a chase of the warehouse
    ("refund-demand-unshipped", "等了快一周了还没发货 不想要了 直接给我退款", ("退款",), ("加急催",)),
    # a return of an opened item for its fit: the rule, no recommendation
    ("return-not-a-pitch", "拆了用了两次 油皮用着太闷 能退不", ("拆封",), ("推荐您选",)),
    # an address change beside a payment question
    ("address-beside-payment", "能用花呗不 另外收货地址我想改一下", ("花呗", "地址能改"), ()),
    # what the scoop is for, and whether there is one
    ("scoop-use", "面霜带的那个小勺子干嘛用的", ("卫生",), ()),
    ("scoop-asked-not-use", "面霜里带勺子吗 不想用手挖", ("挖勺",), ("卫生",)),
    # the same amounts said once
    ("same-amounts-once", "烟酰胺精华跟别家10%浓度的有啥不一样", ("5%烟酰胺",), ("含5%烟酰胺和0.5%传明酸",)),
    # a lower price noticed after buying: the difference, within the window
    ("price-drop-noticed", "上周五买的精华199 今天一看活动价179", ("差价20元",), ("不退差价",)),
    # the arrival beside a stock question
    ("arrival-beside-stock", "精华有货吗 今天拍明天能到杭州不", ("路上一般1～2天",), ()),
    # a slow courier and the paid one asked for: no other courier noted
    ("slow-courier-paid-asked", "能发顺丰不 中通到我们这太慢了", ("补8元",), ("不发中通",)),
    # a festival's price feared: the protection window counted
    ("festival-price-window", "双十二会不会更便宜 现在买了不就亏了", ("保价到12月9日",), ()),
    # something missing and a box crushed: both taken up
    ("missing-and-crushed", "收到了 少了一支洗面奶 面霜盒子也压烂了", ("少发", "破损"), ()),
    # an allergy feared, not had: the rule, what to do then, and the careful way in
    ("feared-allergy-return", "要是用着过敏能退吗", ("不支持无理由退货", "耳后"), ()),
]

ROUND294_295 = [
    # a difference asked beside the pick: whom each suits and how often each is used
    ("difference-with-pick", "积雪草面霜和玻尿酸面膜都说保湿 到底有啥区别 我脸干得起皮买哪个", ("建议先选积雪草修护面霜", "区别", "一周用2到3次"), ()),
    # "贵在哪" is the value, not one item called two ways
    ("value-not-same-item", "说实话有点犹豫 199一瓶精华不便宜 拼夕夕上烟酰胺才三四十 你家贵在哪", ("这个价钱花在哪里",), ("是同一款",)),
    # another shop's item told beside a pick asked for
    ("pick-after-other-shop", "油皮 痘印多 脸还黄 就想买一样 给推一个呗 别推面霜 上次买的别家面霜闷痘了", ("推荐您选烟酰胺焕亮精华液",), ("您问的是哪一款",)),
    # the remote regions' fee disputed beside the free-shipping rule
    ("remote-fee-disputed", "页面写满99包邮 我买了两百多结账还要我补12块运费 骗子吧", ("不在包邮范围内", "多收的运费退给您"), ()),
    # a coupon used is not an item opened; what the refund comes to, and the gift sent back
    ("coupon-used-not-opened", "精华我退了 当时用了满299减20 现在退款是退199还是少点 送的面膜要不要寄回", ("按比例分摊", "赠品"), ("拆封使用后",)),
    ("refund-what-amount", "我用了满299减20的券 现在退一瓶精华 退我多少啊", ("按比例分摊",), ()),
    # a prefecture city named: its days on the road
    ("prefecture-city-days", "南通的 周四过生日 现在拍周四前能到吗", ("发到南通路上一般1～2天",), ("收货城市告诉我",)),
    # a drop feared before buying: the protection window, no after-sale follow-up
    ("drop-feared-window", "我怕现在买了到时候又便宜 双十二有活动吗", ("保价到12月9日",), ("跟到底",)),
    ("time-ahead-not-bought", "怕现在买了过两周又降价 那不亏死", (), ("14天前买的",)),
    ("days-gone-by-kept", "退款申请都通过三天了 钱怎么还没到账", ("等了3天",), ()),  # (通过 is no time ahead)
    ("week-gone-by-kept", "我之前买的面霜 才过一个礼拜就特价 能补差价吗", ("7天前买的",), ()),
]

ROUND296_297 = [
    # an item just bought (Cantonese): no "可以直接下单"
    ("bought-cantonese-no-push", "啱啱買咗煙酰胺精華，點用先啱", ("兩三滴",), ("可以直接下單", "可以直接下单")),
    # a scoop missing beside a review question: the scoop sent
    ("scoop-missing-beside-review", "收到了挺好 就是面霜那个小勺没有 是漏放了吧 还有评价截图发你有券不", ("补发",), ()),
    # a price offered with "包邮我就拍": the bargain answered
    ("offer-with-free-postage", "中不中 两支洗面奶150 包邮我现在就拍", ("价格这边没办法改",), ()),
    # no coupon nudge larger than the order itself
    ("no-nudge-beyond-order", "一支洗面奶79 便宜点嘛 70包邮我马上拍", (), ("再凑220元",)),
]

ROUND298_299 = [
    # a bare "speed it up" is the dispatch, not a bargain guessed from "能…点不"
    ("speed-up-bare", "可以快点不", ("发出",), ("议价",)),
    # a delivery wish asked as a question is noted as the wish, not the question quoted
    ("door-wish-asked", "你们发的快递送货上门吗", ("备注“送货上门”",), ("备注“你们发的",)),
    ("guard-asked", "快递能放门卫吗", ("备注“放门卫”",), ("修改订单",)),
    # the courier would not bring it and sent the customer to fetch it: asked to bring it, no pickup code
    ("courier-refused-door", "快递员都不送到家 叫我自己去驿站拿 太远了", ("送上门",), ("取件码", "丢件")),
    ("wanted-at-door-not-station", "显示派送中 快递员说放驿站 不给送上楼 能让他送上门不", ("送上门",), ("请他先放到附近的驿站",)),
    # a coupon's "满299减20" is no second price: no made-up difference, and the coupon rule said
    ("coupon-not-a-difference", "上周买的面霜 现在页面有满299减20的券 我当时咋没看到 差价补不补", ("满299元才能用",), ("差价279元",)),
    # a broken part of a bottle is a fault in hand, not a pre-sale warranty question
    ("broken-dropper-warranty", "滴管胶头裂了 吸不上来 保修不", ("照片",), ()),
    # a Cantonese "几日先到" beside the postage is answered too
    ("cantonese-days-beside-postage", "寄去澳门运费几多 要几日先到", ("4～7天",), ()),
    # an overdue order and a refund threatened: the choice of waiting or the refund
    ("overdue-refund-threat", "上周五就付款了 今天还显示未发货 不发我退款了", ("不想等了",), ()),
    # a quantity ordered short: order the rest and send them together, not a pre-sale push
    ("quantity-short", "面霜拍少了 本来要两瓶 帮我改下数量", ("补拍", "合并"), ("可以直接下单",)),
    # a difference asked with a skin one item is not for: the pick, no "搭配着用"
    ("difference-with-skin-against", "精华跟面霜有啥不同啊 我大油皮 额头老冒痘", ("建议选烟酰胺焕亮精华液",), ("不是二选一",)),
    # which moisturises better: the moisture facts only, no patch test, no "先买一样"
    ("which-moistens-better", "面膜和面霜哪个保湿好一点", ("保湿测试",), ("斑贴", "先买一样")),
    # another courier asked for beside a courier that never delivers: the courier answer, no parcel search
    ("courier-asked-not-to-door", "别给我发中通 我们那中通从来不送上门 只发圆通行不", ("圆通",), ("核实包裹的位置", "送上门，或者约")),
    # "包裹里别放价签" once ordered: a remark, not a lost parcel
    ("price-slip-left-out", "拍好了 包裹里别放价格单哈", ("备注",), ("丢件",)),
    # a remark beside a dispatch time that says it has not left: no "如果包裹刚好已经发出"
    ("remark-beside-dispatch", "昨晚11点拍的 今天能发吗 备注一下别放小票 送朋友的", ("备注",), ("如果包裹刚好已经发出",)),
    # when an invoice is issued: checked by a time, not the parcel's transit days
    ("invoice-how-soon", "电子发票几天能开好", ("开好的时间",), ("江浙沪",)),
    ("invoice-how-soon-in-hand", "要开专票 开了多久能拿到", ("开好的时间",), ()),
    # a remark given and ignored by the courier: the delivery complained of, no remark or order menu again
    ("remark-ignored-left-at-station", "一声不吭又扔驿站 我明明备注了送上门的", ("驿站",), ("修改订单", "仓库打包时会看到")),
    # Cantonese 日日 is 天天: how the serum is used, not only whom it suits
    ("cantonese-daily-use", "烟酰胺精华日日搽得唔得", ("两三滴",), ()),
]

ROUND300_301 = [
    # a refund threatened if it does not ship is no refund chosen: the wait-or-refund choice
    ("threat-not-choice", "周六付的款 今天周二了还没物流 再不发我直接退款了", ("继续等",), ("按您说的",)),
    # a gift not seen after the threshold was reached: the missing gift, no "小礼物" favour
    ("gift-not-seen", "我买够199了 怎么没见送的面膜", ("补发",), ("小礼物",)),
    # an order placed tonight ships tomorrow, in Cantonese too
    ("tonight-cantonese", "今晚先落单 几时会寄出", ("明天",), ("今天（11月24日 周二）20:00前发出哦",)),
    # a price asked for a placed order ("改成320"): the price answer, not an address change
    ("price-named-for-order", "刚拍了两瓶面霜 你给我改成300 改下价我就付款", ("价格这边没办法改",), ("地址能改",)),
    # the customer's own pace ("一礼拜敷三回") and a date to last until ("囤到元旦")
    ("own-pace-until-new-year", "面膜一个礼拜敷三回 想囤到元旦 要拍几盒", ("按一周3次算", "用到元旦"), ()),
    # the postage of the item whose price is said, not of the gift asked about before it
    ("postage-of-priced-item", "满199送的面膜是一盒还是一片 我就想买个洗面奶 79的包邮吗", ("一件79元还不到99元",), ("面膜 5片装一件59元",)),
    # a worry beside an ingredient question is answered too
    ("worry-beside-ingredient", "洁面是皂基的吗 我敏感肌 怕越洗越干", ("紧绷",), ()),
    # photos taken already: sent here, not taken again
    ("photos-ready", "面霜瓶口裂了 漏了一盒子 照片拍好了发你哪里", ("直接在这里发给我",), ("麻烦您拍",)),
    # a promotion named as the cause of a 保价 complaint is no promotion question
    ("promotion-as-cause", "上个月初买的面霜 现在又送面膜又满减 我亏了 补差价", ("保价",), ("现在满199元送面膜1片，活动赠品",)),
    # "这几块钱" is no price question
    ("few-yuan-no-price", "洗面奶才79 凭啥收我6块运费 你们旗舰店还抠这几块钱", ("运费",), ("现在是79元哦",)),
    # a risk check that stops a payment, and a coupon's expiry beside it
    ("risk-check-and-coupon-expiry", "付款一直付不了 说有风险 那个满299减20的券会不会过期", ("安全校验", "使用期限"), ("限额", "想买哪几件")),
    # an expiry asked of goods received: the shelf life said
    ("expiry-asked-after-sale", "收到的面霜是不是快过期了 生产日期是去年的", ("未开封3年",), ()),
    # a price offered for one item that no promotion reaches: what the price pays for, no nudge to spend 131元 more
    ("offer-below-price-value", "面霜168也太贵了 150行不行 行我就拍", ("花在用料上",), ("再凑131元",)),  # (the coupon is a later concession since ROUND398_399)
    # a parcel held up and a day it is needed by: the day taken into the check, not left unanswered
    ("held-up-with-due-day", "物流显示还在杭州 两天没动了 我周五要用 来得及吗", ("周五（11月27日）收到",), ()),
]

ROUND302_303 = [
    # "你看图": the photos are had, not asked for again
    ("photo-see-it", "精华瓶子碎了 漏了一盒子 你看图", ("照片我收到了",), ("麻烦您拍",)),
    # an invoice asked for again after sale ("我要的发票呢"): its progress checked, not "下单后发抬头"
    ("invoice-awaited-after-sale", "面膜到了盒子压扁了 还有我要的发票呢", ("开具进度",), ("下单后把抬头",)),
    # "另外想问…" beside an item short: the new question answered too
    ("by-the-way-wanted", "面膜少了一片 另外想问你们家精华干皮能用吗", ("干皮",), ()),
    # "开了两个多月" is no count of items: one cleanser's postage
    ("months-no-count", "上次买的面霜还剩一点 开了两个多月 开封后能放多久 再拍个洗面奶包邮不", ("一件79元",), ("2件一共158元",)),
    # the day of a trip asked for by name ("周四能到不 周四要出差"): that day, not the day before
    ("trip-day-asked", "现在拍面膜 寄上海 周四能到不 周四要出差", ("周四（11月26日）",), ("周三（11月25日）就能到",)),
    # a sold-out spell said of the past ("上回来断货了"): the stock now, no "让您没买上"
    ("past-sold-out", "面膜现在有货吗 上次来断货了 想囤五盒", ("有现货",), ("没买上",)),
    # an item the customer has ("面霜开了两个多月") is not counted into the new order's postage
    ("owned-not-in-order", "面霜开了两个多月了 还能用不 再拍个洗面奶包邮不", ("一件79元",), ("一共247元",)),
]

ROUND304_305 = [
    # a parcel days late still shown at the warehouse city, and "再不到就不要了": the parcel, not an order menu
    ("late-parcel-threat", "江浙沪不是1-2天吗 都5天了物流还显示在杭州 再不到就不要了", ("快递",), ("修改订单",)),
    # Cantonese sold out ("卖晒") and a restock asked ("几时有返货"): the restock checked, no "能拍下就有现货"
    ("cantonese-sold-out", "面膜几时有返货 上次睇已经卖晒", ("补货时间",), ("能正常拍下就是有现货",)),
    # "会不会见光黑" beside the serum's use in the morning: the skin, not how the serum is stored
    ("darkening-not-storage", "精华早上能用吗 会不会见光黑", ("防晒",), ("冷藏",)),
    # "精华得行不 还是先用洗面奶" with the skin's need said: a pick, not the order of use
    ("serum-or-cleanser-first", "油皮 一脸痘印 预算两百 你们那个精华得行不 还是先用洗面奶", ("建议先选烟酰胺焕亮精华液",), ()),
    # a refund short by the postage ("只退了79 我付的85"): the gap is the postage, not a coupon's share
    ("refund-short-by-postage", "退款咋只退了79 我付了85 运费不给退吗", ("6元是下单时的运费",), ("按比例分摊",)),
]

# defects left from earlier rounds, mended in the session of rounds 306-307
ROUND299_305_LEFT = [
    # "你们上周五就签收了" of a return: the refund is late, not the customer's parcel missing
    ("return-signed-on-monday", "到底退不退款啊 货你们周一就签收了 钱呢", ("签收退货后",), ("代收点",)),
    # a second purchase that waits on the stock ("还有货的话再拍两盒") beside a review change
    ("rebuy-if-in-stock", "中评能改成好评吗 怎么改 对了面膜还有货的话再拍两盒", ("评价", "面膜"), ()),
    # a student short of money: the cheaper items to start with and the goodwill coupon, not spend-more promotions
    ("student-budget", "我是学生 没多少钱 你们家有点贵 再看看吧", ("59元", "优惠券"), ("满299减20",)),
    # the opened life of the item in use ("之前买的精华开了三个多月"), not of the new item bought beside it
    ("owned-item-opened-life", "之前买的精华开了三个多月了 开封多久要用完 顺便再拍盒面膜 包邮吗", ("开封3个月还在这个时间内",), ("当次用完",)),
]

ROUND306_307 = [
    # an oily cream returned after use: it does not suit the skin (no doctor, no reaction script), the opened-return rule
    ("oily-cream-return", "面霜用了两次 太油了还冒痘 我要退掉", ("这不是质量问题",), ("皮肤科",)),
    # a fault within the shelf life: not expired, handled as a quality problem, never "用完就没问题"
    ("fault-not-expired", "洗面奶用了一周 挤出来水水的还分层 是不是过期了 生产日期印得看不清", ("不是放过期了",), ("用完就没问题",)),
    # goods received and liked: the question answered, no "慢慢考虑" of a customer still deciding
    ("received-opened-life", "昨天收到了 包装挺好 想问下精华开了能放多久 我怕用不完", ("开封后建议6个月内用完",), ("慢慢考虑",)),
    # praise of an item a friend uses is no quality problem: whether the mother's skin suits it is answered
    ("praised-then-asked", "朋友用了你家面霜一直夸 想给我妈也买一瓶 她六十了皮肤干 老人家用得了不", ("干皮用积雪草修护面霜",), ("质量问题",)),
    # a promotion asked by the way ("对了…") beside an open complaint is answered too
    ("by-the-way-promotion", "上次的洗面奶漏了还没处理 对了面霜现在买满多少送东西", ("满199元送",), ()),
    # the outer box crushed but the jar inside fine: whether it can be used is answered, not "哪一款"
    ("box-crushed-inside-fine", "外箱压瘪了 里面罐子好像没事 还能用吗", ("可以放心用",), ("哪一款",)),
    # a remark asked for before ordering: noted once the order is placed, no parcel "已经发出"
    ("remark-before-order", "我还没拍 能帮我备注下送人的别放价签吗", ("拍下后",), ("已经发出",)),
]

ROUND307_LEFT = [
    # "中不中" of a named cleanser with the skin said: whether it suits that skin, not a FABE for dry skin
    ("is-it-ok-with-skin", "这个洗面奶中不中啊 俺是大油皮", ("油皮用氨基酸温和洁面乳",), ("干皮的亲",)),
    # "想带几盒面膜" says a few are wanted: no "建议先买一盒" of how long one box lasts
    ("taking-a-few-boxes", "月底去海边玩 想带几盒面膜 今天拍周五前能到广州不", ("广州",), ("先买一盒",)),
    # an order placed the day before may have left already: said before the hold is noted
    ("hold-of-earlier-order", "前天拍的能晚几天发吗 下周三再发 家里没人", ("可能已经发出了", "12月2日"), ()),
    # the supervisor asked for: handed up with a time and the order asked, no refund menu
    ("supervisor-asked", "每次买你家东西都出问题 叫你们店长出来", ("升级给主管", "订单号"), ("反馈给主管改进", "直接退款")),
]

ROUND306_LEFT = [
    # "和普通洗面奶有什么区别": a kind the cleanser's facts compare with, answered with the evidence, beside the usage
    ("versus-plain-kind", "洗面奶和普通洗面奶有什么区别 一天用几次", ("比皂基洗面奶", "评价", "早晚各一次"), ()),
    # "少10块呗" is a price asked for, answered beside the same-day dispatch
    ("ten-off-and-dispatch", "少10块呗 下午三点前付款能当天发吗", ("没办法改价", "15:00前付款赶得上"), ()),
    # a mask kept in the fridge for the next day: used up once opened, no check promised
    ("mask-kept-overnight", "面膜开封后能放冰箱隔天用吗", ("当次用完",), ("核实",)),
    # "现在买还是再等等" before a sale: the price protection answers it
    ("buy-now-or-wait", "双十二有活动吗 现在买还是再等等", ("保价到12月9日",), ()),
]

ROUND306_307_MORE = [
    # a Traditional customer asking the free-shipping rule likely lives where it does not reach: that fee too
    ("traditional-free-shipping", "請問滿多少免運呀？折價券在哪裡領？", ("港澳台", "12元"), ()),
    # "这周六要带去旅游用": needed by the day before the trip, the usual days counted against it
    ("trip-day-transit", "寄到重庆要几天 这周六要带去旅游用", ("出发前的周五（11月27日）",), ()),
    # postage asked to be waived by a loyal customer: the rule kept, the goodwill coupon covers it
    ("postage-waived-loyal", "就买一支洁面79块 差20才包邮 运费给免了呗 老顾客了", ("谢谢您一直支持", "没法单独免掉"), ()),  # (no coupon by default since ROUND398_399)
    # calls about a bad review asked to stop: promised, not handed up to a supervisor
    ("calls-about-review-stop", "差评我写了 东西确实不行 别再打电话来让我改了", ("不会再打电话",), ("反馈给主管改进",)),
    # "客服半天不回": a wait, not questions asked again and again
    ("slow-reply-wait", "什么店啊 客服半天不回 我要投诉", ("让您等了这么久",), ("问了好几遍",)),
    # an allergy feared before buying: what makes the item gentle, from its facts, then the careful way in
    ("allergy-feared-gentle", "积雪草面霜看了好久了 还是怕过敏 再考虑考虑", ("不含酒精", "人体斑贴测试", "耳后"), ()),
]

ROUND308_309 = [
    # another cream's breakout told before buying: a question about ours, no reaction script
    ("others-cream-before-buying", "想问下积雪草面霜 我混干皮 会不会闷痘 之前用过一个很厚的面霜下巴爆了一排闭口 怕了", ("混干皮",), ("皮肤科", "失望")),
    # "昨个儿"/"今儿个" are yesterday and today: paid after the cut-off yesterday ships today
    ("northern-yesterday", "我昨个儿下午五点多拍哩面膜 今儿个咋还没发货", ("今天（11月24日 周二）20:00前",), ("明天（11月25日",)),
    # a price compared with a 代购 is no 代购 asked for
    ("daigou-price-compared", "你们是正品吗 怎么比代购贵那么多 便宜点我就拍", ("正品",), ("代购别家",)),
    # another serum stung before: how gentle ours is, from its facts
    ("others-stung-before", "再想想 之前用别家烟酰胺脸刺刺的 你们这个会不会也刺", ("比高浓度的同类产品温和",), ()),
    # "再不发我就不要了" is a threat beside a late dispatch: the dispatch checked, no change menu
    ("threat-beside-late-dispatch", "周日晚上拍的到现在还没发货 再不发我就不要了", ("应该在11月23日",), ("修改订单",)),
    # "怎么搭" of a set is answered by the set, no usage check by photo
    ("set-how-to-combine", "想给我妈配一套 她快六十了皮肤干 预算四五百 怎么搭", ("积雪草修护面霜",), ("拍张商品",)),
    # a duplicate order cancelled before dispatch, not a return
    ("duplicate-order-cancel", "好像拍了两单 都是洗面奶 手滑了 取消一单吧 钱能退回来吗", ("取消",), ("7天无理由",)),
    # an item added to a paid order and its postage asked back: two orders pay postage each, one order would be free
    ("add-item-postage-back", "刚拍了一盒面膜 付了运费 还想加一支洗面奶 能一起发不 运费能退吗", ("各算各的运费", "138元"), ("无理由退货",)),
]

ROUND308_309_MORE = [
    # a fall on a named day after the window ("要是12号降价"): said to fall outside it
    ("drop-day-after-window", "现在买了要是12号降价能退差价不 不想当冤大头", ("12月12日在这之后",), ()),
    # an item bought and the gift both missing: the item short leads, the gift checked with it
    ("bought-item-and-gift-short", "我买的是精华和面膜 拆开只有精华 面膜呢 满199送的那片也没有", ("少发", "赠品"), ("少发或发错",)),
    # a bottle used up without the hoped effect: what the tested claim means, the opened rule, goodwill; no refund menu
    ("used-up-no-effect", "精华一整瓶用完了 痘印一点没淡 写的28天改善是骗人的吧 我要退钱", ("见效快慢会有差别", "10元无门槛优惠券"), ("直接退款",)),
    # a return's refund counts from the goods signed for, not from the request
    ("refund-counted-from-request", "退款申请两天了 怎么还没到账 退的那瓶精华", ("不是从申请那天算的",), ("最晚今天",)),
    # a crushed outer box with the bottle fine and compensation asked: the coupon, a new one for a gift
    ("crushed-box-compensation", "面霜外盒压扁了 瓶子倒是没事 能补偿一下吗", ("10元无门槛优惠券", "放心用"), ("破损部分的货款",)),
    # samples asked: the check, and the gift rule the order can reach
    ("sample-and-gift-rule", "买面霜送小样吗 想顺便试试精华", ("满199元送面膜",), ()),
    # '怕敷一会就干': the texture and what the facts say of drying
    ("mask-drying-worry", "面膜一片精华多不多 我怕那种敷一会就干的", ("不容易变干",), ()),
    # '详情页不是写适合敏感肌吗' after a reaction: the claim explained after the care
    ("sensitive-claim-after-reaction", "用了你们面霜脸红了还痒 我敏感肌才买的 详情页不是写适合敏感肌吗", ("页面写适合敏感肌",), ()),
    # a 代购 price compared: what the shop's price carries (genuine goods, after-sale)
    ("daigou-price-what-it-buys", "别家代购面霜才120 你们凭啥卖168 便宜点", ("都是正品",), ()),
]

ROUND308_309_LEFT = [
    # an overdue order given up ('付款两天了还没发 不要了退钱'): wait or refund, no change menu
    ("overdue-given-up", "付款两天了还没发 不要了退钱", ("继续等", "退款"), ("修改订单",)),
    # sets sent to two addresses: two orders, each counted for the promotions and postage
    ("two-sets-two-addresses", "想买两套 每套一个面霜一个洗面奶 分俩地址发 一个沈阳一个哈尔滨 包邮不", ("拍成两单",), ()),
    # a goodwill coupon promised with the time it arrives
    ("coupon-with-a-time", "11月3号买的精华 现在便宜了20块 能补差价吗", ("前发到您账户",), ()),
    # a coupon a colleague promised and not seen: sorry first
    ("colleague-coupon-sorry", "你们同事昨天说给我发张10块的券 到现在都没看到", ("不好意思让您等着了",), ()),
    # the sum said reaches the gift threshold: no '符合活动的话' doubt
    ("gift-sum-said", "买了面霜和一盒面膜一共227 说好满199送一片面膜 包裹里没看到", ("是我们漏了",), ("符合活动的话",)),
    # a courier complained of is not run down with the customer
    ("courier-not-belittled", "能发顺丰不 中通老是给我扔驿站", ("给您添麻烦了",), ("总这样确实闹心",)),
    # '不要了 还没发货吧': the cancel done, not only its rule
    ("cancel-asked-done", "刚下的单不要了 还没发货吧 取消的话钱多久能退", ("我这就帮您取消",), ()),
    # a Saturday evening payment: Saturday's own cut-off ships it sooner
    ("saturday-cutoff-sooner", "打算周六晚上下班再拍 是不是要等下周一才发", ("要是周六17:00前付款",), ()),
]

# rounds 310/311: their defects, found in the drafts of 05f79c7 (each fails there)
ROUND310_311 = [
    ("arrival-by-day-not-fee", "周六之前能寄到南京吗 周六要送人的 别耽误了", ("路上一般1～2天",), ("在包邮范围内",)),
    ("full-reduction-not-applied", "我拍了面霜和精华 怎么付款的时候那个满299减20没减啊", ("首页可以领满299减20",), ("支付宝、花呗",)),
    ("broken-out-before-buying", "最近烂脸了 满脸小红疹 能用你们家精华吗", ("烂脸期先别用",), ("失望",)),
    ("cantonese-itchy-after-use", "我上個禮拜喺你哋度買咗支洗面奶 用完之後塊面有啲痕 仲有少少紅 可唔可以退㗎", ("停用",), ("無理由退貨",)),
    ("change-if-not-sent", "昨天下午4点多拍的 物流都没更新 是不是还没发？没发的话帮我改下地址 改成家里的", ("地址能改",), ()),
    ("mask-slept-in-dry", "面膜敷多久啊 我昨天敷了快一个钟睡着了 今天脸有点干 是不是敷坏了", ("一般不会有大问题", "15分钟"), ("退换的来回运费",)),
    ("bad-review-given-will-change", "我已经给你们差评了 快递慢客服也不回 给个说法我可以考虑改", ("修改评价",), ("丢件",)),
    ("unpaid-order-cancel-feared", "付款一直失败 说银行卡限额 订单会不会被取消啊", ("付款倒计时",), ("我这就帮您取消",)),
    ("stock-beside-dispatch", "积雪草面霜还有货没 今天拍的话啥时候能发", ("现货",), ()),
    ("one-close-only", "我油皮 额头老冒痘 那个积雪草面霜我能用不 看评价好多人说好用", ("不太建议",), ("用着有任何问题",)),
    ("oily-skin-texture-asked", "積雪草面霜是什麼質地？我是油肌 夏天用會不會太厚重", ("不太建议",), ()),
    ("stopped-already", "面霜用了两天脸上起小红疹还痒 已经停了 能退吗", ("已经停用了",), ("您先停用",)),
    ("three-no-product-doubt", "用你们的烟酰胺刺痛得要命 脸都红了 是不是三无产品", ("都是正品",), ()),
    ("exchange-is-a-return", "面霜还没拆封 想换成烟酰胺精华 差价我补 咋操作", ("申请退货",), ("申请换货",)),
    ("refund-no-coupon-reached", "我买了面霜+洁面247 送了个面膜 现在只想退洁面 能退多少", ("退您79元",), ()),
    ("leak-put-off", "上周就说了面霜漏液 到现在没人处理 客服一直推 再不处理我就投诉", ("拖到现在", "补发"), ("升级处理",)),
    ("half-hour-no-reply", "问个问题半小时没人理 你们客服是摆设吗", ("让您等了这么久",), ("问了好几遍",)),
    ("split-parcel-asked", "拍了面霜精华洁面三样 只收到两样 精华呢 是分开发的吗", ("分成两个包裹",), ("少发或发错",)),
    ("vat-invoice-how-to-send", "公司采购 要开增值税专用发票 抬头税号咋给你 开好要多久", ("专票可以开", "直接在这里发我"), ()),
    ("parcel-at-away-neighbour", "快递员把包裹放隔壁邻居家了 邻居出差一周都不在 能不能再发一个", ("补发",), ("丢件",)),
    ("northern-two-bottles", "面霜168也忒贵了 给整个实在价呗 行的话我整俩瓶", ("买2瓶",), ()),
]

# rounds 310/311: defects the graders marked 2 (a photo promised asked again, no sorry for a wait, an arrival
# on the last day called in time, a new address not read back), each failing on 05f79c7
ROUND310_311_MORE = [
    ("photo-coming-not-asked", "拆开快递面霜盖子裂了 膏体沾得到处都是 照片一会儿发你", ("您拍好的照片直接在这里发给我",), ("麻烦您拍",)),
    ("refund-waited-sorry", "退货昨天下午快递就签收了 退款啥时候到账啊 等好几天了", ("让您久等了",), ()),
    ("overdue-sorry-first", "订单付款时间2026-11-22 21:46 都两天了咋还没发货 你们不是说当天发吗", ("让您久等了，真是抱歉！我们工作日",), ()),
    ("arrival-on-the-last-day", "发成都几天到啊 周六之前能到不", ("最晚周六（11月28日）能到",), ("前能到的",)),
    ("new-address-read-back", "地址填错了 还没发吧 帮我改成杭州市西湖区文三路XX号", ("新地址「杭州市西湖区文三路XX号」",), ("您给的新信息",)),
    ("new-address-partial", "地址填错了 写成我老家了 要改成北京朝阳区 发了没", ("详细地址",), ("您给的新信息",)),
    ("colleague-coupon-then-pay", "你们同事昨天说给我发个10块的券 到现在也没看到 我等着用呢 今天想把精华拍了", ("券到账后再下单付款",), ()),
    ("student-begs-coupon", "学生党真的买不起 烟酰胺精华199能不能便宜点 180我马上拍 求求了", ("学生党不容易", "10元无门槛优惠券"), ()),
    ("name-said-once", "我怀孕四个多月了 之前买的烟酰胺精华还能接着用吗 洗面奶孕妇能用不", ("建议先停用这款",), ()),
    ("slang-not-restated", "我快递在上海转运中心趴三天了一动不动 到底咋回事", ("核实",), ("您是说",)),
    ("wrong-item-send-back", "我买的氨基酸洁面 收到的是一盒面膜 你们仓库咋回事", ("寄回来的运费由我们承担",), ()),
]

# rounds 312/313: their defects, found in the drafts of 4fbfc8b (each fails there)
ROUND312_313 = [
    ("missing-one-not-leaking", "一共拍了三样 今天只到了两样 洗面奶没见着 是分开发的还是漏了", ("分成两个包裹",), ("先别再用",)),
    ("shipped-card-not-arrived", "订单号：3391027746581023556 实付：¥199.00 状态：卖家已发货 —— 这个咋还没到 都三天了 我在西安", ("核实包裹的位置",), ("催仓库", "加急催")),
    ("photo-just-sent", "面霜到了 盖子裂了一道缝 膏体糊了一盒子 照片刚发你了 能给换一瓶不", ("您发的照片我收到了",), ("麻烦您拍张照片",)),
    ("specks-no-ingredients", "刚拆的面霜 挖出来里头有黑色小颗粒 像杂质 这玩意抹脸上烂了谁负责", ("先别再用",), ("主要成分", "谁负责，是吗")),
    ("mask-overnight-dialect", "恁家这面膜咋用哩 俺妈说得敷一黑儿才管用 是这样不", ("不能敷一整晚",), ()),
    ("mask-wash-after", "精华和面霜谁先谁后啊 面膜敷完要不要再洗脸", ("敷完不用洗脸",), ()),
    ("gift-one-or-box", "双十二搞不搞活动 要搞我就等等再买 满199送面膜 送的是5片一盒还是就一片", ("送面膜1片",), ()),
    ("coupon-with-instalments", "花呗能分期不 分三期要手续费吗 首页那个券我领了 分期的话还能用不", ("两个不冲突",), ()),
    ("northern-can-use", "那个积雪草面霜混干皮能整不 会不会不够滋润啊 给个准话", ("混干皮用积雪草修护面霜 50g正合适",), ()),
    ("courier-never-before", "顺丰能发吗 千万别发圆通 我们小区圆通全扔驿站 加钱也行 加多少", ("补8元",), ("上次圆通", "按现在的时间")),
    ("paid-this-morning", "今天早上8点付的款怎么还没发货", ("今天（11月24日 周二）20:00前就会发出",), ("抱歉", "催仓库")),
    ("paid-check-address", "拍好了 面霜和精华各一个 你看下地址对不对 今天能发吧", ("一共367元", "收货地址我这就帮您核对"), ("麻烦您核对",)),
    ("cantonese-is-it-ok", "我喺香港 敏感肌用积雪草面霜得唔得 可唔可以寄順豐", ("敏感肌",), ("您是什么肤质",)),
    ("loyal-and-out-of-stock", "四样都要了 能打个八折不 老顾客了 还有面膜是不是没货了 页面点不动", ("一直支持", "玻尿酸补水面膜 5片装的库存"), ("这款补货",)),
    ("trip-day-said-as-such", "现在拍今天能发不 发成都几天到 我周六要飞外地出差想带着走", ("您出发前的周五",), ()),
    ("price-insult-felt", "别家旗舰店双十一才卖139 你们面霜还挂168 太黑了吧 给个实在价", ("理解您想买得划算一些",), ()),
    ("coupon-where-beside-sum", "满299减20那个券在哪领 我面霜加精华一起拍能用吧 算下来多少钱 包邮吧", ("店铺首页可以领",), ()),
    ("shelf-life-not-invoice-time", "面霜开了盖能放多久啊 还有单位发福利要买二十瓶 能开发票吧", ("开封后建议6个月内用完",), ("开好的时间",)),
]

# rounds 312/313: defects the graders marked 2 (a sum in hundreds doubted, which of two orders, cards tried
# already, two times promised, a resend promised doubted), each failing on 4fbfc8b
ROUND312_313_MORE = [
    ("gift-sum-in-hundreds", "买了面霜加精华三百多 不是说满199送面膜吗 包裹里没看到", ("是我们漏了",), ("符合活动的话",)),
    ("one-of-two-orders-cancelled", "手滑拍了两单一模一样的 都是面霜 能帮我取消一单不 钱啥时候退回来", ("取消", "另一单照常"), ()),
    ("cards-tried-already", "付款一直失败 提示交易存在风险 换了两张卡都不行 急着买", ("花呗或余额",), ("另一张卡",)),
    ("one-time-promised", "快递在广州转运中心躺三天了 一动不动 买来送人的 周五就要用 你们管不管", ("到时一起告诉您",), ()),
    ("promised-resend-kept", "昨天跟你们同事说了满赠的面膜没给 她说今天给补发 补了没 单号发我一下", ("说好的就给您补上",), ("核实确实答应过的话",)),
    ("student-price-held", "学生党真的穷 烟酰胺精华199能不能150 我们宿舍三个人一起买三瓶 求求了", ("学生党不容易", "价格这边没办法改"), ()),
]

# rounds 314/315: defects seen in their drafts of b66c745 before grading (each fails there)
ROUND314_315 = [
    ("northern-which-works", "我这脸一到冬天就贼干 暖气一烧脸蛋子直起皮 你家哪个好使啊 给整一个 别太贵哈", ("推荐您选积雪草修护面霜",), ("质量问题",)),
    ("stuck-threat-not-change", "在郑州转运中心待三天了一动不动 俺妈等着用嘞 再不到俺就不要了", ("核实包裹的位置",), ("修改订单",)),
    ("reaction-not-parcel-damage", "用了你们的修护霜脸全烂了 又红又肿 我要去12315投诉 必须赔钱", ("停用",), ("在路上磕坏了",)),
    ("cantonese-address-back", "我男朋友幫我落咗單 地址寫咗做深圳 可唔可以改返香港九龍 仲未發貨㗎嘛", ("地址能改",), ("加急催",)),
    ("cantonese-not-moved", "我喺香港 上個禮拜四落單 到而家物流都冇郁過 點解嘅", ("11月19日",), ("加急催",)),
    ("t-zone-mixed-pick", "我是混合肌，T字部位很油但兩頰會乾，冬天該買哪一款比較好？", ("混合皮",), ("自己用還是送人",)),
    ("paid-send-today", "拍了拍了 刚付完款 今天能发出去吧", ("订单已经收到啦",), ()),
    ("gift-sum-after-bought", "满199不是说送一片面膜吗 我买了面霜加洗面奶247 箱子里没有啊", ("是我们漏了",), ("符合活动的话",)),
    ("afraid-to-buy-protection", "我怕现在买了过两周又降价 你们保价不", ("保价到12月9日",), ("核实后",)),
    ("abroad-before-exchange", "你们发错了 我拍的是烟酰胺精华 寄来的是积雪草面霜 我下礼拜一就出国了 还来得及换吗", ("您出发前的周日",), ()),
    ("dry-after-and-genuine", "我上周买的玻尿瘦面膜 敷完脸好干 是不是假货", ("都是正品", "不要敷超过20分钟"), ()),
    ("phone-beside-courier", "帮我备注一下改发顺丰 差价我补 还有电话换成138开头那个", ("补8元", "完整的新号码"), ()),
    ("no-tight-twice", "請問你們的洗面乳是皂鹼的嗎？我是敏感肌，洗完很怕緊繃", ("不含皂基",), ("洗完不會有緊繃拔乾的感覺",)),
    ("mask-overnight-beside-others", "精华跟面霜先抹哪个啊 还有面膜敷完要不要再洗一遍脸 敷一晚上行不行", ("不能敷一整晚",), ("用烟酰胺焕亮精华液 30ml时要留意",)),
    ("cutoff-beside-courier", "能发顺丰不 上次中通给我弄丢了一回 要是发顺丰几点前拍今天能走", ("17:00前付款",), ()),
    ("how-long-lasts-dialect", "你们这个洗面奶是不是皂基的嘛 一支120g用得到好久哦", ("早晚各一次",), ()),
]

ROUND316_317 = [
    ("placed-no-pay-by", "已经下单了 面霜加洗面奶 寄杭州大概几天收到", ("感谢您下单",), ("前付款的话",)),
    ("shattered-not-used-again", "面霜罐子碎了 玻璃渣撒了一箱子 你们怎么包的", ("小心",), ("先别再用了",)),
    ("guess-not-restated", "我拍的洁面乳 收到的是精华，你们发错了吧", ("换货",), ("发错了吧，是吗",)),  # (what came instead may be read back; the guess is not)
    ("particle-not-restated", "物流到广州以后就没再更新过耶", ("核实包裹",), ("更新过耶",)),
    ("zai-bu-inside-word", "老乡 这面霜168忒贵 整150中就拍 俺实在不磨叽", ("168元",), ("欢迎光临",)),
    ("northern-too-dear", "老铁 精华忒贵了 俺实在不想多花 179中不中", ("199",), ("欢迎光临",)),
    ("gift-not-bought", "订单编号：7720 / 商品：积雪草修护面霜 50g ×1 / 实付款：￥168.00 / 收货地址：山东省济南市历下区**路 ——我已经付了 赠的面膜给我放进去 啥时候能发", ("20:00前",), ("5片装（59元）",)),
    ("month-day-due", "寄深圳 12月2号之前能收到吗", ("12月2日",), ("具体看快递公司",)),
    ("slash-date-trip", "我12/3要去出差 寄北京的话来得及吗", ("12月2日",), ("具体看快递公司",)),
    ("particle-after-bu", "今天发得出来不 武汉的 周五之前到得到不哦", ("路上一般",), ()),
    ("stock-not-pitched-for-present", "补水面膜还有木有货 想拍几盒送同事", ("有现货",), ("正合适",)),
    ("stock-enough-not-lasting", "单位要买40盒补水面膜 库存够不够 能开专票吗", ("库存", "专用发票"), ("能用两周",)),
    ("money-short-not-goods", "退款到了 怎么少了6块钱", (), ("补发/换货",)),
    ("refund-short-postage", "退款已经到账了 咋少了6块钱呢 我买的79那个洁面乳", ("6元是下单时的运费",), ("补发/换货",)),
    ("too-late-said-once", "我买的精华 收到的是面膜 我明天就要用的啊", ("赶不上了",), ("前是赶不上了",)),
    ("coupon-seen-not-drop", "上个礼拜买的精华 今天一看首页有满299减20的券 能给我补差价不", ("券要订单满299元才能用",), ("原路退回",)),
]

ROUND318_319 = [
    ("trip-date-not-months", "12月8号去海南玩6天 面膜带一盒够不够", ("用够6天",), ("个月",)),
    ("reseller-not-dispatch", "你们店收代理不 拿货价多少 一件代发吗", (), ("发出",)),
    ("other-brand-past-reaction", "我再考虑考虑吧 去年用了某个牌子的精华烂脸了 现在看啥都怕", (), ("停用",)),
    ("cantonese-pick-for-him", "我男朋友成日熬夜打机 块面又油又暗 买咩俾佢好啊", (), ("聊天",)),
    ("sent-to-my-office", "下周我去新疆出差 今天发顺丰到我北京公司可以吗 后天能到不", ("发到北京",), ("新疆",)),
    ("haggle-not-shortfall", "少个十块八块的呗", (), ("少发",)),
    ("smeared-box-not-count", "收到精华外盒压扁了，瓶口还漏了一点出来，糊得一盒子都是", ("别再用了",), ("少发",)),
    ("same-day-go", "下午2点前拍能当天走吗", ("赶得上",), ()),
    ("budget-left-said", "大学生 这个月就剩一百五了 油皮爱长痘 推荐个啥", ("预算150元以内",), ("199元",)),
    ("one-of-two-picked", "精华跟面霜二选一 我干皮 冬天脸紧得难受", ("建议先选积雪草修护面霜",), ("不是二选一",)),
    ("which-more-moist", "补水面膜跟积雪草面霜哪个比较保湿 我干皮", ("建议先选积雪草修护面霜",), ("名字或链接",)),
    ("angry-protect-sorry-no-offer", "才买4天就降了20 你们也太坑了吧 差价赶紧给我退", ("生气", "保价期内"), ("随时问我就好",)),
]

ROUND320_321 = [
    ("waiting-for-us-not-parcel", "在吗 有人没 怎么半天没动静啊", ("让您等了这么久",), ("加急催",)),
    ("card-then-question", "【订单信息】商品：积雪草修护面霜 50g ×1 实付：¥168.00 订单编号：5512093 收货地址：浙江省宁波市海曙区**  今天能发吗", ("20:00前",), ("地址能改",)),
    ("gift-flatly-missing", "我买了两百多 不是满199送面膜吗 打开根本没面膜", ("赠品",), ("申请一下",)),
    ("asked-before-told", "我在武汉 今天拍周四前到得了不 送闺蜜生日的", ("路上一般",), ("推荐",)),
    ("advised-against-no-push", "我姐推荐说你家烟酰胺好用 我脸上痘印半年都没消 然后我现在哺乳期 能用不 能的话拍两瓶", ("不适合用",), ("直接下单",)),
    ("count-changed-not-address", "麻烦把面膜改成三盒吧 另外寄杭州几天到", ("没法直接改数量",), ("新的收货人",)),
    ("cantonese-sent-back-home", "我喺廣州 要寄返香港 運費幾多", ("12元",), ("广州在",)),
]

ROUND322_323 = [
    ("price-now-lower-refund", "上礼拜四拍的面霜168 今天一看现在显示148 给我退20吧", ("保价",), ("按商品的实付金额算",)),
    ("goodbye-come-again", "行嘞 谢谢啊 没别的事了 回头再来买", ("不客气",), ("无理由",)),
    ("sent-parcel-intercepted", "完了 地址没改 寄到我老家南昌去了 已经发货了 能拦截吗 我现在在长沙", ("拦截",), ("包邮",)),
    ("present-for-dry-itchy-red", "想给我外婆挑个礼物 她七十了 脸一到冬天就干痒发红 送啥合适", ("积雪草修护面霜",), ("小礼物我帮您",)),
    ("sallow-skin-pick", "想给我爸买一样 他六十了 脸色暗黄 买哪个好", ("烟酰胺焕亮精华液",), ("什么场合",)),
]

ROUND324_325 = [
    ("coupon-heard-not-drop", "我13号拍的精华199 今天听人说领券能便宜20 这差价能补不", ("券要订单满299元才能用",), ("原路退回",)),
    ("pair-coupon-not-drop", "我20号单买的面霜168 今天看到面霜加精华能满299减20 那我单买的能补差价不", ("补不了",), ("原路退回",)),
    ("due-day-beside-dispatch", "现在拍下午能发走不 我在南京 周四晚上就要用 来得及吗", ("发到南京路上一般",), ()),
    ("gap-said-not-subtracted", "我12号买的精华199 今天便宜20了 差价能补不", ("差价20元",), ("差价179元",)),
]

ROUND326_327 = [
    ("not-wanting-to-run-out", "面霜就50g这一种吗 我早晚都抹 囤两瓶还是一瓶够用 不想断货", ("只有50g这一种规格",), ("补货时间",)),
]

ROUND328_329 = [
    ("red-as-slang-is-reaction", "你家面霜是不是有问题 才抹了一天 脸肿成猪头了 不给说法我就去投诉", ("停用",), ("您是说",)),
]

ROUND330_331 = [
    ("gift-sum-of-items-named", "我买了两瓶面霜都满199了，怎么没看到送的面膜", ("336元",), ("您这单199元",)),
    ("swap-order-placed-this-morning", "今早9点多拍的积雪草面霜想换成烟酰胺精华，能改吗？", ("取消",), ("寄回运费需要您承担",)),
    ("remote-fee-after-its-road", "請問寄到台灣要幾天？運費怎麼算呢？", ("運費方面",), ("臺灣可以發的哦",)),
    ("worry-answer-before-the-close", "上次买别家烟酰胺搓泥还闷痘…有点不敢买你们的了", ("质地",), ("来找小禾。这款",)),
    ("other-order-stuck-answered", "退款到账没？还有我另一单怎么一直显示已揽收不动", ("核实包裹",), ()),
    ("tax-number-sent-later-no-hold", "公司报销要专票 抬头写杭州禾木科技有限公司 税号晚点发你 能开吧", ("税号",), ("先不发货",)),
    ("last-parcel-delay-is-history", "上回买的洗面奶收着挺好 就是物流磨叽了一个礼拜 这回想再拍两盒面膜 能发顺丰不 我在乌鲁木齐 运费咋算", ("顺丰", "12元"), ("丢件",)),
    ("parcel-sent-yesterday-not-lost", "快递到哪了 昨天下午四点拍的 明天周三能到上海不 周四我要出差", ("核实包裹",), ("丢件", "物流单号。我马上")),
    ("refund-request-not-reviewed", "退款申请提交两天了都没人审 你们是不是想拖过七天啊 太恶心了", ("审核",), ("会到账",)),
    ("flight-day-and-address-city", "我12月2号飞三亚 想带点面膜过去敷 地址填的成都武侯区 现在下单那之前肯定能到吧", ("成都", "12月1日"), ()),
    ("student-budget-is-a-pick", "学生党 生活费紧巴巴的 一百以内能买点啥 宿舍暖气干得要命 脸都起皮了", ("推荐",), ("价格这边没办法改",)),
    ("same-price-as-last-time", "上次买的那个积雪草的面霜用完了 用着挺好 这回想再带一瓶 还是原来那价不 老顾客有啥优惠没", ("168元",), ()),
    ("fewer-masks-than-the-pack", "收到了 咋就4片 不是5片装吗 数了两遍了", ("补发",), ("您是想问",)),
    ("traditional-dry-after-washing", "想問一下 你們的胺基酸洗面乳跟一般洗面乳差在哪 會不會洗不乾淨 我T字很油", ("越洗越乾",), ()),
]

ROUND332_333 = [
    ("sum-said-right-after-maile", "说好满199送面膜，我买了227的，赠品呢？没收到啊", ("227元",), ("符合活动的话",)),
    ("mask-pace-then-wash-one-particle", "面膜能天天敷吗？敷完要洗脸不", ("不建议天天用",), ("洗脸哦，不建议",)),
    ("swap-with-refund-refused", "拍错了 想要精华结果拍成面霜了 没发货的话给我换一下 不想退款重拍 券都用了", ("重新拍烟酰胺",), ("等钱到账",)),
    ("last-box-short-beside-new-order", "上次那单面膜五片装里只有四片 一直没空说 这回想再拍个积雪草面霜 能不能把少的那片一块补上 面霜今天能发不", ("发出",), ("给您介绍一下",)),
    ("cantonese-comparing-brands", "嗯…我睇下先啦 同第二個牌子比較下 你哋啲嘢好似貴咗少少", ("比較",), ("哪一款",)),
    ("courier-insult-not-restated", "快递在驿站躺三天了 物流一直派送中 根本没人送上门 你们发的啥破快递 我要投诉", ("快递",), ("您是说",)),
    ("return-postage-said-once", "上次买的面膜退回去了 单号YT8812xxxxxxx 钱啥时候到 能退全款不 寄回去的运费谁出", ("寄回运费",), ("运费这块",)),
    ("order-placed-due-friday", "拍好了 两支洗面奶 苏州的 地址写的公司 周六没人收 周五之前能到就行", ("发到苏州",), ()),
]

# panels 334/335 (judging bd3c6dc): our own messages of the defect kinds, each failing on that commit
ROUND334_335 = [
    ("paid-then-20-less", "刚付完款就便宜20块 坑人呢", ("15天内",), ("想买哪几件",)),
    ("ordered-then-cheaper-not-presale", "下完单就便宜了 你们搞什么", ("差价",), ("今天下单的话",)),
    ("if-used-breakout-is-presale", "这个精华用了会不会烂脸啊 我痘印多", ("5%烟酰胺",), ("抱歉",)),
    ("gift-item-not-compared", "满299减20和满199送面膜能一块用不 我要精华加面霜 一共367吧", ("347元",), ("不是二选一",)),
    ("confirmation-does-not-guess", "嗯 是的 就这个", ("确认一下", "接着帮您处理"), ("明白了",)),
    ("sent-yesterday-no-scan-yet", "昨天晚上寄出的 物流到现在都没有 不会是假单号吧", ("物流信息才会更新",), ("丢件",)),
    ("due-day-met-no-faster-courier", "拍了 一瓶面霜 记得送面膜 寄苏州 下周一前到就行", ("前能到的",), ("顺丰",)),
    ("placed-order-not-pitched", "拍了 两支洗面奶 寄南京 周五前到就行", ("前能到的",), ("给您介绍一下",)),
    ("invoice-tip-not-stamped", "拍好了 一瓶精华 地址没问题吧", (), ("抬头和税号",)),
    ("can-afford-only-one", "面霜和面膜都说保湿 有啥区别 我只买得起一个", ("先买一样",), ("不是二选一",)),
    ("invoice-can-be-made-up", "上个月那单的发票你们一直没开 现在还能补不", ("补开",), ("开具进度",)),
    ("cheaper-item-not-haggled", "我油皮 预算100 你推的精华太贵了 就要个便宜点清爽的", ("100元",), ("价格这边没办法改", "没办法改价")),
    ("red-and-itchy-is-a-reaction", "用了面霜脸红痒 难受死了", ("停用",), ("换新的话",)),
]

# panel 337 (judging f668682): our own messages of its defect kinds, each failing on that commit
ROUND337 = [
    ("used-on-day-n-then-rash", "用你们面霜第二天 脸上冒小红疙瘩 还痒 是不是产品有问题", ("停用",), ("给您介绍一下",)),
    ("address-change-after-a-story", "下完单才想起来地址是我妈家的 我早搬出来了 快帮我改一下 尾号5521", ("地址能改",), ("您是想了解",)),
    ("address-names-the-city", "下周一飞成都 走之前想收到 地址杭州西湖 现在拍赶得上不", ("发到杭州",), ("收货城市告诉我",)),
    ("child-opened-not-used", "我家娃把精华盖子拧开了 手指头抠了一点 我还没用过 能退吗", ("孩子",), ("没让您用得满意", "可以无理由退货")),
    ("bare-yes-asks-which", "嗯 是的", ("确认一下",), ("还有其他需要",)),
    ("small-print-is-no-size", "面膜敷完要不要洗 说明书的字太小了", ("不用洗",), ("尺寸",)),
]

# panel 339 (judging e7ee8df): our own messages of its defect kinds, each failing on that commit
ROUND339 = [
    ("rhetorical-question-is-anger", "客服啥态度 昨晚十点问了半天一个人都没有 有这么做生意的吗 我要投诉", ("抱歉",), ("哪一款",)),
    ("bought-item-is-not-a-wrong-one", "拍了哈 啥时候发嘛 莫忘了送面膜哦 我买的是精华 199那个", ("发出",), ("发错",)),
    ("deal-then-late-payment-hour", "精华买三瓶能便宜不 晚上六点才能付款 今天还能发吗", ("18:00付款就过了",), ("按现在的时间",)),
]


# panels 340/341 (judging d433787): our own messages of their defect kinds, each failing on that commit
ROUND340_341 = [
    ("stock-due-day-waits-for-restock", "洁面乳是不是断货了 下单按钮灰的 啥时候有 寄贵阳 下周三前要用", ("前能不能收到要看补货",), ("您要是不急",)),
    ("festival-due-day-latest-payment", "人在重庆 31号那天下单还能发吗 想元旦前到", ("最晚",), ()),
    ("cantonese-trip-due-day", "我喺澳門 12月8號飛台灣 想出發前收到 而家落單嚟唔嚟得切", ("按這個算",), ()),
    ("refund-short-after-coupon", "买了两瓶精华用了满299减20的券 退了一瓶 只退我一百八几 少了啊", ("分摊",), ("少发",)),
    ("wait-for-sale-gets-protection", "过几天双十二了 现在下单划算还是等到12号再买", ("15天",), ()),
    ("vague-new-address-asks-door", "下单地址写成公司了 帮我改成杭州西湖区文三路那个 急", ("门牌号",), ("我记下了",)),
    ("acne-fear-says-not-for", "之前用别家面霜闷痘了 你家积雪草霜会不会也这样", ("痘痘肌不太建议",), ()),
    ("child-opened-no-manager-maybe", "我家小孩把面霜拧开了 用手抠了一点 我自己还没用 能退不 本来准备送朋友", ("自己用",), ("主管",)),
    ("by-the-way-promotion-beside-problem", "面膜收到有一片袋子破了 精华漏出来了 另外问下精华现在有啥活动", ("满199",), ()),
    ("quality-compared-no-pick", "面膜跟面霜都写着保湿 哪个更保湿一点", ("一周",), ("如果先买一样",)),
    ("student-budget-no-nudge", "学生 没啥钱 想买面霜加面膜 能便宜点不", (), ("再凑", "理解您～理解您")),
]

# panels 342/343 (judging b6a2dd1): our own messages of their defect kinds, each failing on that commit
ROUND342_343 = [
    ("pre-sale-breakout-fear-before-take-your-time", "还是再想想 以前用别的牌子面霜冒了一脸闭口 怕你们的也这样", ("不太推荐",), ("按您说的痘痘肌",)),
    ("child-broke-seal-is-no-damage", "我儿子把洁面乳拧开了 封口那层膜也戳破了 我一次都没用 还能七天无理由吗", ("孩子",), ("补发",)),
    ("agent-complaint-is-no-exchange", "昨天那个客服爱答不理的 态度太差 我要投诉 换个客服跟我说", ("抱歉",), ("退换货是这样的", "直接退款")),
    ("tracking-doubt-after-pasted-notice", "【淘宝】您的包裹已发出 圆通速递 YT88****1234 单号到现在查不到 不会是假单号吧", ("物流信息才会更新",), ("要是核实是丢件", "顺丰")),
    ("dry-sheet-is-quality-not-packing", "上次买的面膜有两片打开是干的 基本没精华 另外洁面乳现在有活动没", ("质量问题",), ("打包的时候出了差错",)),
    ("ships-today-beside-courier", "这会儿拍 下午能走顺丰不 补多少钱", ("发出", "8元"), ()),
    ("due-day-beside-a-gift-pick", "想送男朋友生日礼物 他是油皮 预算两百 有推荐吗 12/18前寄得到台中吗", ("按这个算",), ()),
    ("effect-in-time-is-no-parcel", "下个月3号拍婚纱照 最近脸很暗沉 现在用精华来得及吗 还是敷面膜快点", ("见效",), ("发出",)),
    ("cantonese-wait-for-the-sale", "有冇活动 系咪等到12号先买会平啲 定系而家买都一样", ("15天",), ("没办法改价",)),
    ("one-item-below-gift-threshold", "我拍的氨基酸洗面奶 说好送的面膜呢", ("没到199元",), ("补发出去",)),
    ("announced-question-is-a-greeting", "在吗 想请教一下护肤品的问题", ("有什么可以帮您",), ("用法",)),
    ("difference-says-each-pace", "面膜和面霜有啥区别 天天擦面霜够不够", ("用法上",), ()),
    ("cantonese-pick-beside-postage", "我喺澳門 皮膚好乾 有冇邊款推介 運費幾錢", ("推薦",), ()),
    ("order-recounted-is-redone", "拍了两支洗面奶 想改成一支洗面奶一盒面膜 行不", ("重新拍",), ("修改订单",)),
]

# panels 344/345 (judging af4685d): our own messages of their defect kinds, each failing on that commit
ROUND344_345 = [
    ("taiwan-days-asked-in-traditional", "能寄去台灣嗎？大概幾天才會到？運費怎麼算呢", ("4～7天",), ()),
    ("cart-waits-for-the-sale", "先收藏了 等双12再说吧", ("15天",), ()),
    ("leaked-sheets-are-no-shortfall", "箱子都压坏了 面膜漏了两片 整盒湿哒哒的 什么包装", ("漏液",), ("少发",)),
    ("greeting-with-a-matter-to-come", "小美在不 早啊 有个事儿想问问", ("有什么可以帮您",), ("退换",)),
    ("cut-one-unit-before-dispatch", "手抖拍了两盒面膜 我只要一盒 还没发货吧 帮我退掉一盒", ("多拍的那一件",), ("催",)),
    ("other-brand-cream-is-not-ours", "你家积雪草霜跟薇诺娜那个面霜比咋样 哪个值", (), ("同一款",)),
    ("first-use-cautions-asked", "面霜带不带勺子 敏感肌第一次用要注意啥", ("留意",), ("改善的是",)),
    ("wait-a-few-days-is-protected", "我再想想 面霜有点贵 等两天再买行不", ("15天",), ()),
    ("trip-home-due-day", "刚付完款 今天能发吗 我12/3要回台南 想走之前收到", ("路上一般",), ()),
    ("child-opened-kept-for-own-use-2", "我家熊孩子趁我做饭把精华盖子拧开了 挤了好多出来 我一次都没用 能退吗", ("孩子",), ("没让您用得满意",)),
    ("pick-for-a-novice-no-usage-photo", "送男朋友 他混油皮 啥也不会用 预算两百 推荐个简单的", (), ("拍张商品",)),
    ("split-tip-dropped-beside-gift-said", "订单号：55556666 商品：氨基酸温和洁面乳 120g ×3 实付：237.00 拍好了 满199送的面膜会一起发吧", ("随单一起发出",), ("分开发出",)),
    ("both-owned-asks-the-order", "洁面和精华我都买好了 先用哪个", ("先用",), ("不是二选一",)),
]

# panel 347 (judging b8ceac6): our own messages of two of its defect kinds, each failing on that commit
ROUND347 = [
    ("coupon-seen-after-paying-traditional", "付款完才看到首頁有滿299減20的券 我買了兩瓶精華398 可以幫我退20嗎", ("重新",), ("想买哪几件",)),
    ("budget-said-as-most-spend", "学生党 护肤最多花一百 油皮 推荐个啥 别推贵的", ("预算100元",), ("199元", "168元")),
]

# after panels 347–349: each row failed on ca8f19c (8d9e3e9's drafts) and passes after
ROUND348_349 = [
    ("hold-then-arrival-by-weekday", "还没下单 能不能周五再发 周五发的话下周一能到苏州不", ("发到苏州路上一般",), ()),
    ("promotions-asked-beside-sale-wait", "最近店里啥活动呀 首页那张券是满多少减多少的 能和送面膜的一块用不 双十二会更便宜吗 更便宜我就等", ("满299减20", "满199元送面膜"), ()),
    ("forwarding-is-no-return", "洁面乳还有货没 上次来问说卖完了 啥时候补 我等着给我妹寄过去", (), ("退换货",)),
    ("review-change-with-praise-no-pitch", "当时嫌物流慢给了个中评 后来想想面霜还挺好用的 中评能改成好评不 咋改", ("评价",), ("买东西多比较", "无理由退货")),
    ("phone-said-unchanged", "收货地址写错了 麻烦改成南京市鼓楼区中山路20号 手机号不变", ("中山路20号",), ("新号码",)),
    ("phone-number-given-in-full", "地址帮我改成南京市鼓楼区中山路20号 电话也改成13912345678", ("13912345678",), ("把完整的新号码发我",)),
    ("reply-promised-not-given", "昨天说好的半天内给我答复 到现在都过去一天了 耍人呢", ("答应",), ("加急催", "发货进度")),
    ("courier-complaint-no-empty-remark", "默认发什么快递 我们这边中通不给送上门 能走顺丰吗 要补多少", ("送货上门",), ("“”",)),
    ("cutoff-beside-arrival-days", "我晚上六点半才能付款 还能当天发吗 到南京要几天", ("路上一般",), ()),
    ("hurried-no-not-in-a-hurry", "玻尿酸面膜还会补货吗 急着要用", (), ("您要是不急",)),
    ("sale-wait-is-no-haggle", "现在有啥活动没 我想囤两瓶精华 双十二会不会更便宜啊 会的话我就等", ("保价",), ("价格这边没办法改",)),
    ("cancel-refund-said-once", "不想要了 帮我取消吧 刚才手滑拍错了 钱原路退回来不", ("原路退回",), ("一般2个工作日内到账",)),
    ("box-dented-question-not-restated", "快递到了 外箱凹进去一块 里面看着好好的 这算破损不 还有精华咋用", (), ("您是说这算破损不", "东西在路上磕坏了")),
    ("unopened-return-after-signing-not-parcel", "多买了一盒面膜 还没拆封 今天刚签收 想退掉 运费怎么算", ("无理由退货",), ("丢件",)),
    ("unopened-said-as-seal-on", "面膜我想退 塑封还在 没开过 怎么退", ("签收后7天内",), ()),
    ("new-order-dispatch-beside-missing-gift", "上回买精华送的面膜没收到 顺便问下 再拍一瓶面霜今天能发吗", ("今天",), ("您赶时间，我这就跟仓库说加急",)),
    ("item-added-beside-courier-change", "麻烦改发顺丰 再加一支洗面奶可以吗", ("另外拍一单",), ()),
]

# panels 346/347's kinds left after 61126c3: each row failed there and passes after
ROUND346_347_LEFT = [
    ("sunscreen-wait-asked", "精华跟面霜谁先谁后 涂完要隔多久才能擦防晒", ("吸收",), ()),
    ("stock-up-two-jars-shelf-life", "积雪草面霜我自己天天用 要不要一次囤两瓶", ("保质期",), ()),
    ("item-tried-now-is-asked-about", "上次那单洁面用完了还不错 那单发票到现在都没开给我 这回想试试精华 混油皮能用吗", ("精华",), ("洁面乳 120g正合适",)),
    ("invoice-overdue-gets-sorry", "上个月买的 发票你们到现在都没给我开", ("抱歉",), ()),
    ("left-at-station-not-lost", "又把我快递扔驿站了 物流显示已签收 不能送上门吗", ("驿站",), ("看看门口",)),
    # (and, failing on eb5bfc9: a delivery note or a parcel left is no order to edit or cancel)
    ("left-at-station-is-no-note", "派件的不送上门 直接放驿站了 物流显示已签收 太过分了", ("驿站",), ("修改订单",)),
    ("delivery-note-no-edit-menu", "到了别敲门 孩子在睡觉 放门口地垫上就行", ("备注",), ("修改订单",)),
]

# seen in panel 348's grade-2 drafts: each row failed on 0dfd5e5 and passes after
ROUND348_MORE = [
    ("arrival-asked-as-a-date", "付好款了 寄成都的话大概哪天能到", ("11月", "之间能送到"), ()),
    ("courier-delays-heard", "你们用的什么快递 中通在我们镇上老是延误", ("尽量发",), ()),
    ("paid-said-plainly-no-pay-by", "付好款了 寄成都的话大概哪天能到", ("感谢您下单",), ("17:00前付款的话",)),
]

# after panels 350/351 (judging eb5bfc9): each row failed on c48edb5 and passes after
ROUND350_351 = [
    ("greasy-asked-is-the-texture", "积雪草面霜我混油皮能用吗 会不会很油", ("吸收快",), ("核实",)),
    ("refund-feared-before-buying", "精华还有现货吗 别我付了款又说缺货让我退款", ("现货",), ("到账",)),
    ("days-asked-beside-courier-wish", "别给我发圆通啊 我们那圆通从来不送上门 上海浦东的 发啥快递几天到", ("路上一般",), ()),
    ("invoice-name-given-as-name", "已经拍了 要个电子发票 个人的 名字写王芳", ("「王芳」",), ("把抬头要写的姓名发我", "下单后把抬头")),
]

# after panel 353 (judging c48edb5): each row failed on c48edb5 and passes after
ROUND353 = [
    ("item-of-ours-asked-no-scenario", "我家孩子12岁 脸上冒痘痘 用你们那个精华可以不", ("烟酰胺焕亮精华液",), ("帮不上忙",)),
]

# kinds seen in panels 348-353 and left then (each row fails on b995c5d)
ROUND348_353_LEFT = [
    ("opened-return-postage-only-the-problems", "精华拆开抹了两次 不太喜欢 能退不 邮费谁出", ("要是有变质",), ("寄回运费需要您承担",)),
    ("station-feared-before-dispatch-is-a-remark", "面霜先别发 下周三再发吧 放快递柜我怕被人拿走", ("备注“送货上门”",), ("没打招呼",)),
    ("recipient-name-put-right-read-back", "收货人名字打错了 应该是刘洋 别的不变", ("刘洋",), ("新的收货人",)),
    ("burst-in-transit-refund-wanted", "精华寄过来瓶子都挤爆了 不用补发了 退钱吧 几天到账", ("照片",), ()),
    ("evening-reply-asked", "你们晚上还能回消息吗 我下班才有空", ("20:00以后留言",), ()),
    ("coupon-across-two-orders", "昨天下了一单面霜 今天再买个精华 能跟那单凑一起用满299的券吗", ("按一个订单",), ("券后实付",)),
    ("price-gap-refund-when-is-the-gaps", "前天买的精华降价了 差价能退吗？退了几天到账", ("保价",), ("仓库签收退货后",)),
    ("wrong-address-with-new-one-read-back", "地址写错了！前天晚上拍的还没发吧 快改成南京市鼓楼区中山路100号", ("中山路100号",), ()),
    ("no-use-at-all-is-no-missing-item", "吹得那么好 屁用没有 你们就是骗人的", (), ("少发或发错",)),
    ("sheet-without-essence-is-the-masks", "之前买的面膜挺好用 就是有一片没啥精华 这次想囤四盒 包邮吧", ("面膜",), ("烟酰胺",)),
]

# rounds 354-355 (judging 67fb13b): each row our own message of a kind the panels found, failing on 67fb13b
ROUND354_355 = [
    ("drop-seen-bare-refund-is-protection", "前天买的洗面奶79 今天看只要69了 能退10块吗", ("保价",), ("无理由退货",)),
    ("page-cheaper-bare-refund-is-protection", "周六买的面膜 现在页面显示便宜了 能退吗", ("保价",), ("7天无理由",)),
    ("window-passed-is-no-expired-goods", "上个月初买的精华 现在便宜30 退差价 别说什么过期了", ("保价",), ("先别再用",)),
    ("box-count-beside-haggle-is-no-spec", "面膜一盒才五片还要59 贵了点 能少点吗", ("没办法",), ("每片25ml",)),
    ("where-is-it-beside-adding-is-no-loss", "前天拍的面霜 物流到哪了 再加一支洗面奶能塞一起发不", ("一起发",), ("丢件",)),
    ("agency-asked-is-off-topic", "想做你们家的代理 怎么加盟", ("转给负责的同事",), ("使用方法",)),  # (handed on since ROUND398_399)
    ("sour-smell-is-unsafe", "面霜闻着有点酸 里面还有小颗粒 这是坏了吧", ("先别再用",), ("不退不换",)),
    ("dazed-is-no-problem-to-restate", "订的面膜 结果给我寄了瓶精华 拆开一看都懵了 咋整", ("面单",), ("一看都懵",)),
    ("installation-of-a-cream", "面霜要不要安装的 哈哈", ("不需要安装",), ()),
    ("then-another-day", "今天下午两点拍能当天发吗 那这周六拍呢", ("周六付款",), ()),
    ("courier-days-beside-its-fee", "寄成都 走顺丰要加多少钱 顺丰几天能到", ("路上",), ()),
    ("two-names-one-item", "修护面霜和积雪草霜是同一款吗", ("叫法不一样",), ()),
    ("dear-is-the-fees", "只买一支洗面奶 寄澳门运费怎么算 会不会很贵", ("12元",), ("核实一下",)),
    ("paid-sum-checked", "拍好了 面霜和精华 一共付了347 没错吧", ("对得上",), ()),
]

# after rounds 354-355 (graded 1 or unanswered, judging 67fb13b) and kinds seen in the drafts of 356-357: each row our own message
# of the kind, failing on f9d14e0 (the first six) or c6e1b94 (the last eight)
ROUND354_355_MORE = [
    ("locker-empty-is-a-lost-parcel", "快递员直接扔快递柜也不说一声 显示签收了 柜子里什么都没有 包裹丢了你们管吗", ("丢件",), ("取件码",)),
    ("wait-between-two-layers", "洁面之后精华和面霜哪个先用 中间隔多久", ("不黏手",), ()),
    ("fake-feared-with-goods-gets-genuine", "收到的面霜是假货吧 跟我以前买的气味完全不一样 不给说法就差评", ("正品",), ()),
    ("no-change-after-weeks-heard-first", "精华用了一个多月 痘印一点变化都没有 纯属智商税", ("换谁都会失望", "坚持一两个月"), ("不退不换",)),
    ("refund-request-still-processing", "退款申请三天了还是处理中 到底退不退", ("催审核",), ("前会到账",)),
    ("hold-with-destination-is-no-postage", "订单能晚两天发吗 我出门了 周五再发吧 寄宁波", ("周五",), ("包邮",)),
    ("leak-all-over-the-box-is-no-item-short", "精华到了 瓶子裂了 精华漏了一袋子 不用补发了 直接退钱吧", ("原路退回",), ("清单",)),
    ("whenever-skin-before-buying-is-no-complaint", "积雪草那个面霜里面有没有香精啊 我一碰带香精的东西脸就红 红了就痒", ("香精",), ("很重视",)),
    ("parcel-days-beside-invoice-no-warehouse-chase", "包裹到哪了 都好几天了 另外上次说的发票开了没", ("发票",), ("去仓库帮您加急",)),
    ("stocking-up-said-not-argued", "精华30ml早晚用能撑多久 打算一次囤两瓶", (), ("建议先买一",)),
    ("thick-cream-breakouts-is-no-reaction", "面霜太厚了 抹了两回就闷痘 不太适合我 能退不", ("停用",), ("皮肤科",)),
    ("full-refund-asked", "退货已经寄回去了 这单能全退吗", ("实付金额",), ()),
    ("mask-left-on-too-long-asked", "昨晚面膜敷了一个多小时 是不是越久越滋润", ("20分钟",), ()),
    ("gift-swap-asked", "满199送的面膜可以改送精华小样吗", ("换不了",), ()),
]

# after rounds 356-359 (graded 0-1, glued or unanswered; 358/359 judging 26a58b1): each row our own message of the kind, failing on 26a58b1
ROUND356_359 = [
    ("eye-area-and-shelf-life-asked-plainly", "精华能抹眼周吗 开封后能放多久 怕用不完浪费", ("6个月",), ("无理由退货",)),
    ("money-asked-after-a-cancel-done", "刚取消订单了 钱会退到支付宝还是哪 多久到", ("2个工作日",), ("路上一般",)),
    ("remark-after-the-word-for-it", "还没发的话麻烦备注一下放门卫室 我上班不在家", ("放门卫室",), ("没发的话",)),
    ("address-goes-on-after-a-space", "地址写错了 改成 宁波市鄞州区天童路xx号 xx花园5幢 电话不变", ("5幢",), ()),
    ("promised-sum-in-words", "拍好了 你改下价 之前不是说好便宜十块吗", ("优惠券",), ("没办法改价",)),
    ("essence-per-sheet-asked", "面膜一片精华有多少 油皮能用吗", ("25ml",), ()),
    ("any-activity-asked-gets-the-rules", "最近有没有什么店庆活动啊", ("满199",), ("展示在商品页面",)),
    ("pasted-card-waiting-after-the-cut-off", "订单号:4012233445566 付款时间:2026-11-23 18:05 状态:待发货 这是咋回事", ("截单",), ("加急催",)),
]

# seen in the drafts and grades of rounds 360-361 (judging dc518d3): each row our own message of the kind, failing on dc518d3
# (the first three), 1c8229d (the fourth) or 14f7bf6 (the fifth)
ROUND360_361 = [
    ("two-jars-asked-not-argued", "面霜50g我一个人早晚抹 能用多久 要不要直接拿两瓶", ("两瓶",), ("建议先买一",)),
    ("district-put-right-read-back", "地址区写错了 是拱墅区不是上城区 还没发吧", ("拱墅区",), ("您给的新信息",)),
    ("opened-sheet-dry-is-a-complaint", "面膜撕开一看膜布干巴巴的 精华没多少 是不是有问题", ("照片",), ("给您介绍一下",)),
    ("price-or-postage-haggled-coupon-covers-it", "一支洁面79还要6块邮费 便宜点 要么就包个邮", ("没法单独免掉", "一共138元就包邮了"), ("没办法改价",)),  # (one refusal for both; no coupon by default since ROUND398_399)
    ("not-listened-owned-first", "跟你说了我是干皮 怎么还推精华 到底哪个适合我", ("不好意思",), ()),
]

# panels 362/363 (b0aa443): each row our own message of a defect the graders marked, failing on b0aa443
ROUND362_363 = [
    ("first-review-steps", "评价在哪写啊 我没找到地方", ("点「评价」",), ("谢谢您的喜欢",)),
    ("lather-asked-with-shelf-life", "这个洁面乳咋才能搓出泡沫 还有开封能放多久", ("打出泡沫", "12个月"), ()),
    ("added-fault-with-the-first", "精华用了几天 瓶里飘着白絮 颜色也变黄了", ("白絮",), ("您是说颜色也变黄了",)),
    ("gap-told-with-coupon", "上周买了两支精华398 当时没领券 现在首页有满299减20 这不就是降价了 补我20", ("差价20元",), ("378元",)),
    ("pace-of-use-not-age", "精华开封多久要用完 放冰箱行不 我一个月大概用多少", (), ("您这瓶买了",)),
    ("counted-set-asked", "干皮 预算一百五 推两样给我", ("给您配这2样",), ()),
    ("gift-threshold-asked", "面膜一盒59 送面膜活动是满多少来着", ("满199元送面膜",), ("商品页面和店铺首页",)),
    ("item-by-its-stem", "玻尿酸的那个有没有酒精", ("玻尿酸补水面膜",), ("洁面的成分",)),
    ("surcharge-not-a-price", "刚下的单能改走顺丰不 多少钱我补 顺便备注别放快递柜", ("8元",), ("哪一款",)),
    ("each-sheet-amount-confirmed", "面膜是不是每片都有25ml精华啊", ("是的",), ()),
    ("festival-passed-promotions-now", "双十一都过去了还有活动没 首页的券跟满赠能一起用不 还是二选一", ("满199元送面膜",), ("接下来的大促",)),
    ("claim-doubted-not-repeated", "你们是不是卖假货 这面霜收到跟上回的味道不一样 说不含香精我闻着就是香的", (), ("不含酒精和香精", "48小时保湿测试")),
    ("wrong-item-with-what-was-bought", "我拍的是面霜 你们给我发来一瓶精华", ("给您发来一瓶精华",), ()),
    ("burst-tube-no-keep-offer", "收到的洁面整支爆开了 黏得箱子里都是 包装也太随便了", ("别再用",), ("不退不换",)),
    ("strength-doubted", "精华才5%浓度 会不会太低没啥用", ("按每天连续使用来配",), ()),
    ("two-jars-said-once", "面霜50g够用多久 要不要直接拍两瓶", ("拍两瓶也可以",), ("多囤几瓶也没问题",)),
    ("robot-and-displeased", "东西不咋地 客服是机器人吧 回得真敷衍", ("真的很抱歉",), ()),
    ("pairing-asked-beside-the-pick", "混干皮 预算两百 积雪草面霜合适吗 还需要搭别的不", ("以后想加的话",), ()),
]

# panels 364/365 (dd03449): each row our own message of a defect the graders marked, failing on dd03449
ROUND364_365 = [
    ("volume-not-dimensions", "面霜50g是不是太小了 有没有大瓶的 我们三个人一起用", ("这一种规格",), ("尺寸",)),
    ("sheet-worry-answered", "面膜一盒几片啊 膜布薄的跟纸似的两分钟就干那种我可不要", ("天丝",), ()),
    ("stock-beside-invoice", "洗面奶还有货没有 要拿八支 单位能开专票吗", ("现货", "专用发票"), ()),
    ("signed-for-looked-already", "显示已经签收了 我压根没拿到 门卫问过了 驿站也找了没有", ("都找过了",), ("问问家人",)),
    ("no-stock-feeling-to-template-scorn", "别跟我扯模板话了 你们东西坏了到底谁负责 气死了", (), ("换成是我也会生气",)),
    ("exchange-postage-said-once", "没拆封的洗面奶能退吗 买错了想换成精华 运费怎么算", (), ("不想要了的无理由退货",)),
    ("rough-month-said-back", "九月底买的精华 现在便宜了 能补差价不", ("九月底",), ("买了",)),
    ("vague-new-address-asked-for", "地址弄错了 应该是小区那个地址 还没发吧 快帮我改", ("发我",), ("我记下了",)),
    ("plain-refund-question-no-wait", "退款是原路退回吗 退多少钱", (), ("着急心情",)),
    ("chosen-remedy-no-menu-lead", "面霜瓶子摔裂了漏了 不用补发了 直接退款吧", ("按您说的",), ("处理：按您说的",)),
    ("why-postage-no-can-send", "为什么买面霜还要运费 我在青海", ("不在包邮范围",), ("可以发的哦",)),
    ("door-number-asked-on-check", "付好了 帮我看看地址对不对 江苏南京鼓楼区中山北路", ("门牌号",), ()),
    ("taiwan-shelf-life-term", "積雪草面霜開封後可以放多久？", ("保存期限",), ("保質期",)),
    ("sf-wanted-not-asked-again", "帮我备注发顺丰 差价我补", ("发顺丰补8元",), ("想发顺丰的话",)),
]

# panels 366/367 (a711253): each row our own message of a defect the graders marked, failing on a711253
ROUND366_367 = [
    ("gift-kind-bought-counted", "拍了三盒面膜和一个洗面奶 够满199了吧 送的面膜怎么没看到", ("256元",), ("积雪草",)),
    ("unopened-from-last-year", "精华前年买的一直没拆 现在还能用不", ("未开封3年",), ("适合想改善",)),
    ("burst-and-sticky-is-unsafe", "收到洗面奶整支破了 箱子里黏糊糊的都是", ("别再用",), ("不退不换",)),
    ("greeting-before-a-comparison", "你好呀 想問下面膜同精華有咩分別 我係混合偏乾 邊隻啱我？", ("精華",), ("有什麼可以幫您的",)),
    ("pilling-told", "这面霜一抹就搓泥 是不是有问题", ("搓泥多半",), ()),
    ("foaming-net-asked", "洁面乳用不用起泡网", ("不用特意买起泡网",), ()),
    ("address-check-beside-gift", "付好了 地址帮我核对下 面膜别忘了送", ("收货地址",), ()),
    ("coupon-below-threshold-no-refund", "上周买的精华199 今天看首页有券便宜20 能补差价吗", (), ("差价20元我核实",)),
    ("review-change-after-coupon-given", "客服之前给我补了张券 中评咋改成好评", (), ("不能用返现",)),
    ("student-budget-no-haggling", "学生党 生活费不多 脸干得起皮 有没有学生党能用的 80以内", (), ("没办法改价",)),
    ("idiom-not-an-arrival", "积雪草霜油皮行不 我一天到晚脸上油得发亮", (), ("物流单号",)),
    ("coupon-not-taken-no-pitch", "刚付款 页面写满299减20 我付了312怎么没减", (), ("您想买哪几件",)),
    ("order-day-ahead-arrival", "打算12月31号下单 元旦前能到杭州吗", ("仓库都休息",), ("今天（11月24日 周二）20:00前发出",)),
    ("closed-days-said-once", "12月31号拍的话什么时候发", ("仓库都休息",), ()),
    ("arrival-on-the-last-day-explained", "寄杭州几天 周四前能到吗", ("正好卡在",), ()),
]

# seen in the drafts of panels 368/369 (93947eb) before grading: each row our own message, failing on 93947eb
ROUND368_369 = [
    ("day-use-by-rubbing-is-when", "精华白天可以抹吗 一次几滴", ("两三滴",), ("孕妇",)),
    ("post-to-buyer-show", "收到了 很好用 谢谢哈 对了晒图评价咋弄才能上买家秀", ("评价",), ("您是想了解商品",)),
    ("hesitation-not-another-shops-order", "那我回去问问我对象再说吧 她一直用的别家的", (), ("别家店铺的订单",)),
    ("reaction-feared-again-gets-the-trial", "之前在别家烂过脸 现在好点了 你家积雪草面霜能用吗 会不会又过敏", ("耳后",), ()),
    ("coupon-misremembered-not-taken-off", "满199减10吧 我买了210怎么没减呢", ("满299减20",), ("大促",)),
    ("many-of-one-item-postage", "单位要买十二支洗面奶 运费咋算", ("买12件",), ()),
    ("not-heard-owned-again", "我刚不是说了我油皮吗 怎么还推面霜", ("不好意思",), ()),
    ("remote-fee-not-the-normal-fee", "面霜加精华367 新疆运费能不能免了 老顾客了", ("12元运费",), ("6元运费就相当于免了",)),
    ("signed-for-someone-home-all-day", "显示签收了 可我没拿到 我家一直有人在", ("签收",), ("问问家人",)),
]

# panels 370/371: each row our own message of a defect the graders marked; the first three fail on 7bccc6d, the rest on cdc31c9 (the commit the panels judged)
ROUND370_371 = [
    ("months-used-are-not-items", "一直用别家的精华 用了三个月没啥效果 你家这个值得换吗", (), ("买3个",)),
    ("loyal-customer-gift-ask", "都买过好几次了 这回不送点东西吗", ("满199元送面膜1片",), ("丢件",)),
    ("cantonese-paid-yesterday", "我琴日俾咗錢 幾時寄出呀", ("昨天付款",), ("退款",)),
    ("reaction-then-what-happened", "才抹了三天面霜 脸上起了一片红点点 痒得很 这到底怎么回事", ("停用",), ("介绍一下", "发货")),
    ("kind-said-alone-names-the-item", "那个霜孕妇能用不 我怀孕五个月了", ("积雪草修护面霜",), ("洁面乳",)),
    ("own-slip-before-dispatch", "刚才下错单了 要的是面膜 能直接改成面膜吗 不行给我退了我重拍", ("取消",), ("修改订单",)),
    ("photos-still-to-come", "面膜袋子破了精华漏光了 图我拍了晚点发你", ("发给我",), ("照片我收到了",)),
    ("skin-said-again-owned", "我都说了两遍了 我油皮 那个面霜我到底能不能用", ("不好意思",), ()),
    ("sum-said-once", "精华多少钱 面霜呢 一起买能凑满减吗", ("一共367元",), ("一起买是",)),
    ("both-groups-said", "精华怀孕能用吗 生完喂奶的时候呢", ("哺乳期",), ()),
    ("parcel-road-to-the-place", "寄香港的包裹發出四日了 物流冇更新 幾時到呀", ("4～7天",), ()),
    ("stock-beside-dispatch-feared", "洗面奶有货吗 下午拍今天能发不 别拍了又说缺货", ("现货",), ()),
    ("address-check-after-paying", "付过款了 麻烦看一下地址对不对 后天能到苏州吗", ("收货地址",), ()),
    ("skin-unlisted-gets-the-listed-item", "干皮用你家精华行不行啊", ("积雪草修护面霜",), ()),
    ("return-sent-some-days-checked", "寄回去的退货都好几天了 钱啥时候退", ("我马上帮您查",), ()),
]

# panels 372/373 (431106b): each row our own message of a defect the graders marked, failing on 431106b
ROUND372_373 = [
    ("typed-zai-as-zai", "再吗亲", ("您好",), ("您是想了解",)),
    ("kind-beside-a-named-item", "绿的那个霜和烟酰胺精华选哪个 我只买得起一个", ("面霜",), ("直接推荐",)),
    ("said-already-owned", "我不是说了吗 寄南京的 几天能到", ("不好意思",), ()),
    ("spoiled-smell-stop-use", "面霜开了十来天 水油分离了 闻着怪怪的", ("先别再用",), ()),
    ("card-price-drop-outside-window", "订单编号：4100000000000009 付款时间：2026-11-02 11:20:00 实付：¥199.00 现在活动价179？？", ("已经过了保价期",), ("您想买哪几件",)),
    ("late-refund-doubted-not-a-complaint-menu", "退款说两天到 这都第四天了 是不是忽悠人", ("退款",), ("几个选择",)),
    ("paid-tomorrow-ships-then", "我明天上午才能付款 啥时候能发出", ("11月25日",), ("预计今天",)),
    ("invoice-time-not-asked", "可以开票吗 今天拍啥时候能发", ("发票",), ("开好的时间",)),
    ("budget-span-heard", "送同事生日 一两百块的 送啥好", ("预算200元",), ("预算是多少",)),
    ("gift-pick-with-box-and-samples", "给闺蜜挑个生日礼物 一两百块 有礼盒吗 送小样不", ("推荐您选", "满199元送面膜1片"), ()),
]

# panels 374/375 (e23ae6a): each row our own message of a defect the graders marked; the first two fail on e23ae6a, the next three on 3d4d13d, the last on 9104354
ROUND374_375 = [
    ("card-fields-without-colons-do-not-vote", "订单号 3990001112223334 已付款 实付¥199 麻烦快点发 谢谢", ("付好款",), ("退差价",)),
    ("promotion-feared-over-gets-the-promotions", "支付一直不成功 老提示异常 活动可别结束了啊", ("满199元送面膜1片",), ("您想买哪几件",)),
    ("reordered-not-kept", "面霜那单不要了 取消吧 我另外拍两瓶精华", ("取消",), ("订单里是",)),
    ("refund-due-today-owned", "退的货你们签收三天了 钱还没到！！再不到我投诉了", ("催财务加急",), ("按规则最晚",)),
    ("opened-said-as-kai-guo", "精华开过了 感觉不适合 能退吗", ("拆封使用后",), ("符合无理由",)),
    ("bare-shorter-number-asked-what", "652310098877", ("订单号还是商品编号",), ()),
]

# panels 376/377 (3cefec8) and 379 (d2f6b8d): each row our own message of a defect the graders marked, failing on the commit that panel judged
ROUND376_377 = [
    ("skin-told-before-a-pick-is-no-reaction", "我是混干皮，换季两颊就泛红发痒，还起皮，用过的面霜都太厚重，预算200以内，能推荐一款吗", ("积雪草修护面霜",), ("补发",)),
    ("bigger-size-asked-not-short", "面膜有没有大盒的 5片太少了 不够我用一个月", (), ("少发",)),
    ("weighing-elsewhere-not-haggling", "要得 我再去比一哈别家的 莫催哈", ("多比较",), ("没办法改价",)),
    ("cantonese-which-one-is-a-comparison", "面膜同修護霜 邊個保濕啲 我塊面好乾", ("面膜",), ("品質問題", "品质问题")),
    ("card-paid-long-ago-is-protection-not-overcharge", "订单号 3811122233344455 付款时间 2026-11-03 09:00:00 实付 ¥168.00 现在页面才148 补我差价", ("已经过了保价期",), ("多收了",)),
]

# panels 380/381 (fdf3cdf): each row our own message of a defect the graders marked; every row fails on fdf3cdf
ROUND380_381 = [
    ("staff-manner-is-a-complaint", "你们那个客服态度真差 我问怎么用她就叫我自己看说明书 我要投诉", ("主管",), ("详细用法", "直接退款")),
    ("new-order-dispatch-beside-damage", "洗面奶收到瓶子裂了 还有我还想再拍个面膜 今天下单今天发不", ("20:00前发出",), ()),
    ("stocking-up-against-shelf-life", "精华想一次囤两瓶 放着会不会过期", ("放着没问题",), ()),
    ("unopened-for-pregnancy-no-opened-months", "怀孕了 前天买的精华还没拆 孕妇能用吗 不能用的话能退不", ("不适合用",), ("开封后在6个月内用完就没问题", "保质期")),
    ("how-much-off-is-no-haggle", "有活动吗 面膜加洗面奶一起买能便宜多少", ("138元",), ("没办法改",)),
    ("production-date-told-not-asked", "面霜才用三天就有股酸味 是坏了吧 生产日期明明是上个月的", ("先别再用",), ("生产日期我这就帮您核实",)),
    ("refund-way-back-said-once", "退款批了 啥时候到账 我信用卡付的 退回哪", ("信用卡",), ("付款账户",)),
    ("price-per-bottle-is-price-hesitation", "算了 两百一小瓶 我还是再想想", ("满199元送",), ("无理由退货",)),
    ("door-complaint-felt-once-no-order-change", "快递员不送上门还不打电话 直接放驿站 气死人了！！", ("送上门",), ("换谁都会不高兴", "修改订单")),
    ("cantonese-same-day-dispatch", "精華幾時有返貨？到貨即日寄唔寄得", ("17:00",), ()),
    ("wrong-item-restates-what-came", "我买的是面膜 收到两瓶精华？？", ("收到两瓶精华",), ()),
    ("courier-not-used-said-plainly", "别发圆通 能发德邦不", ("德邦我们暂时发不了",), ("确认",)),
    ("out-for-delivery-note-reaches-nobody", "显示派送中 但我人在外地 下周才回来 能不能叫快递员放物业", ("联系快递员",), ("备注“",)),
    ("dry-skin-moisture-answered-plainly", "干皮冬天用这个面霜会不会不够滋润", ("干皮用",), ("您问得很仔细",)),
    ("one-item-only-the-everyday-one", "面膜面霜都说补水 我懒得很 只想买一样 买哪个", ("建议先选积雪草修护面霜",), ()),
    ("kind-said-alone-is-counted", "要两瓶霜加一支洗面奶 多少钱", ("415元",), ()),
    ("unopened-long-ago-still-in-date", "去年618买的精华还没拆封 现在还能用吗", ("未开封3年的保质期内",), ("建议不要再用",)),
]

# panels 382/383 (0bd21af): each row our own message of a defect the graders marked; every row fails on 0bd21af
ROUND382_383 = [
    ("price-offered-before-placing-is-a-bargain", "面霜150出不出 出就直接拍了", ("168元",), ("订单已经收到",)),
    ("reaction-beside-a-genuine-question", "面霜擦了一个星期 脸上冒小疙瘩 这是正品吗", ("先停用",), ()),
    ("another-shops-cheaper-item-is-no-second-name", "你们家洁面跟别家卖59的氨基酸洗面奶比 好在哪 贵了快20", ("79元",), ("同一款",)),
    ("paid-and-hurried-no-cutoff-rule", "付好了 面霜加洗面奶 麻烦快点发 记得送面膜", ("已经付好款",), ("之后付款的顺延",)),
    ("order-number-is-no-day", "订单编号 4112233445566 买家已付款 今天能发出吗", ("已经付好款",), ("之后付款的顺延",)),
    ("item-added-paid-by-its-own-order", "刚下的单 能再加一支精华进去吗", ("补拍的这单",), ("感谢您下单",)),
    ("used-together-without-a-choice", "洗面奶和面霜可以一起用吗", ("可以一起用",), ("不是二选一",)),
    ("used-together-no-clash", "精华跟面膜能一起用吗 会不会冲突", ("不会打架",), ("核实",)),
    ("photos-sent-before-not-asked-again", "上次收到的面霜漏了 照片之前就发过了 到现在没人理", ("照片我收到了",), ("麻烦您拍",)),
    ("pilling-is-how-much-not-whose-skin", "精华用了几次老搓泥 能退不", ("取得多了",), ("孕妇",)),
    ("refund-counted-from-the-signing-day", "退货寄回去六天了 物流说你们周五就签收了 钱呢", ("4天前签收",), ("您寄回已经",)),
    ("dry-cheeks-get-the-cream-there", "我混合皮 额头鼻子爱出油 两边脸有点干 面霜和精华选哪个", ("只在两颊薄涂",), ()),
]

# panels 384/385 (1871795): each row our own message of a defect the graders marked; every row fails on 1871795
ROUND384_385 = [
    ("need-the-pick-meets-is-no-contradiction", "面膜和面霜都补水吧 我换季干得起皮 先买哪个", ("建议先选积雪草修护面霜",), ("面膜更合适",)),
    ("placed-then-sf-noted-once-paid", "拍好了 帮我改成顺丰 差价我来补", ("备注发顺丰",), ("默认发中通",)),
    ("torn-between-two-gets-a-pick", "精华跟面霜好纠结 我是干皮 又怕钱白花", ("建议先选积雪草修护面霜",), ("无理由退货",)),
    ("not-moist-enough-blames-no-oily-skin", "面霜用了半个月 一点都不滋润 能换别的吗", ("不是质量问题",), ("油皮",)),
    ("sensitive-skin-no-eye-or-pregnancy-aside", "洗面奶敏感肌能用吗", ("敏感肌可以用",), ("避开眼睛", "孕妇")),
    ("one-item-against-the-gift-threshold", "想再买个洗面奶 现在还送面膜吗", ("单买", "还差120元"), ()),
]

# panels 386/387 (15daae2): each row our own message of a defect the graders marked; every row fails on 15daae2
ROUND386_387 = [
    ("used-for-days-then-a-reaction", "面膜敷两次脸就痒还冒红疹 不是说敏感肌能用吗", ("先停用",), ("正合适",)),
    ("whenever-applied-is-a-habit-not-a-reaction", "油皮 鼻子老冒黑头 预算一百五 帮我挑挑 别给我推面霜 面霜我涂了就闷痘", ("推荐您选",), ("受罪",)),
    ("price-fallen-since-bought-is-protection", "前天刚买的精华199 今天一看成189了 退我10块钱", ("15天内",), ("退款的进度", "您是说退您")),
    ("worry-before-use-gets-no-crisis-comfort", "面霜一次抹多少 怕抹多了闷痘 第一次用这种", ("黄豆大小",), ("有我在呢",)),
]
# … and after de8f58a: rows failing on de8f58a
ROUND386_387_MORE = [
    ("invoice-details-before-the-order", "想开专票 抬头是宁波某某贸易有限公司 税号91330201MA2XXXXX 还没下单呢", ("下单后",), ("这就帮您提交开具",)),
    ("exchange-implied-by-what-was-wanted", "拍成洗面奶了 其实想要面膜 还没拆 可以换不", ("退款后再拍",), ("变质、漏液",)),
    ("goods-short-beside-a-gift-lead-the-remedy", "订单：面霜x1 洗面奶x2 实付326 收到只有一瓶面霜 说好的面膜也木有", ("少发的商品", "赠品我也一起核对"), ()),
]

# panels 388/389 (ce5b900): each row our own message of a defect the graders marked; every row fails on ce5b900
ROUND388_389 = [
    ("postage-in-a-sum-that-became-more", "买了个面膜59 付款怎么变成65了", ("6元运费",), ("保价",)),
    ("paid-card-and-hurry-is-no-price-drop", "拍好了 付了 订单：玻尿酸补水面膜 5片装 ×2 氨基酸温和洁面乳 120g ×1 实付197 帮忙快点发", ("付好款",), ("退差价",)),
    ("given-up-wait-gets-the-refund-option", "都拍了五天了还没发 算了 不要了 给我退", ("不想等了", "退款"), ()),
    ("scorn-for-the-item-is-not-restated", "等了四天还不发货 一盒破面膜而已 至于这么难吗", ("加急",), ("您是说",)),
]

ROUND390_391 = [
    ("refund-paid-by-huabei-lists-no-ways-to-pay", "退货单号早填了 好几天了钱还没回来 付的花呗", ("帮您查",), ("都可以付款",)),
    ("moist-enough-is-no-amount-per-use", "问下那个积雪草霜 干皮冬天擦着够不够滋润", ("干皮",), ("每次的用量",)),
    ("a-few-masks-taken-along-is-no-spec-question", "我在长沙 周五前能到不 周末出去玩想带几片面膜", ("长沙",), ("每片25ml", "核实一下")),
    ("late-order-asked-for-today-gets-today", "周日晚上下的单 昨天也没发 今天到底能发不", ("万一还没发出",), ()),
    ("buying-something-else-is-no-exchange", "退款到了没 顺便问下我想换个别的买 有啥活动不", ("满199",), ("无理由退货",)),
    ("a-bare-question-is-not-restated", "退款到账没", ("帮您查",), ("您是说",)),
    ("an-order-sum-said-clears-both-lines", "我买了快三百了 有面膜送吧 运费不用出吧", ("快三百", "包邮了", "面膜1片"), ("还差",)),
    ("a-multi-buy-offer-is-answered-plainly", "面霜搞不搞买二送一 我要两瓶", ("买二送一这样的活动", "316"), ("您想买哪几件",)),
    ("a-new-purchase-beside-a-missing-gift-gets-its-fit", "想再买个面霜 我油皮能用吗 另外上次满199的赠品面膜没收到", ("油皮",), ()),
    ("any-sum-beside-a-remote-fee-gets-no-pitch", "寄拉萨包邮不 满多少都可以", ("12元运费",), ("您想买哪几件",)),
    ("a-set-that-reaches-the-gift-line", "敏感皮 想凑到199拿赠品 怎么搭配", ("给您配这", "满199元"), ()),
    ("a-wrong-pick-swapped-before-dispatch", "刚下的单 精华拍错了 其实想买面霜 帮我换一下 差价怎么算", ("重新拍",), ("保价",)),
    ("one-size-said-when-asked-with-one-of", "精华只有一个30ml的吗 一瓶用多久", ("只有30ml这一种规格",), ()),
    ("two-asked-for-gets-the-shelf-life", "面霜要不要直接拿两瓶 一瓶能用多久", ("保质期",), ()),
]
# a comparison says what each item does (the product's `role`), not only whom it suits: 22 graders
# of rounds 350-391 marked "区别只讲适用肤质" down (fails on 1be491a, whose library had no role)
ROUND390_391_MORE = [
    ("a-comparison-says-what-each-does", "精华跟面霜有什么不一样 要都买吗", ("主要修护皮肤屏障", "主要提亮暗沉"), ()),
]

# after panels 392/393 (d1ad6e8); each row fails on d1ad6e8
ROUND392_393 = [
    ("what-to-add-to-reach-the-gift-is-named", "面膜拍两盒 够不够送 不够的话再加点啥", ("再加一件", "一共227元"), ()),
    ("a-courier-avoided-is-no-door-complaint", "别给我发中通了 我家那边中通老扔驿站还丢过件 发顺丰要补多少", ("不发中通", "补8元"), ("取件码",)),
    ("left-on-too-long-is-the-likely-cause", "面膜贴着睡着了 起来脸有点刺痛 是不是贴太久了", ("不要敷超过20分钟", "皮肤科"), ("退货退款",)),
    ("a-fit-asked-for-a-new-item-beside-a-missing-gift", "这回想买个精华 我干皮能用吗 对了上回满199的赠品面膜也没收到", ("赠品", "干皮"), ("199元），满199元了",)),
    ("a-fit-asked-would-it-beside-a-missing-gift", "上回的洁面好用 就是满199的面膜没送 这次想加个面霜 但我油皮 会不会闷痘", ("赠品", "油皮"), ("拍张照片",)),
    ("a-surcharge-paid-is-not-asked-again", "昨晚七点付的 备注了发顺丰 8块也补了 今天发的是顺丰吧", ("顺丰",), ("补好差价",)),
    ("a-budget-about-a-sum-allows-a-little-over", "给我爸买 他皮肤干 预算一百六左右 挑一个", ("积雪草修护面霜", "多8元"), ()),
    ("a-review-promised-at-once-is-no-hurry", "晒图好评能返现不 能的话我马上去写", ("返现",), ("着急",)),
    ("three-to-stock-gets-the-shelf-life", "精华就30ml一种吗 要不要一次拿三瓶囤着", ("30ml这一种规格", "保质期"), ()),
    ("paid-and-in-a-hurry-gets-the-faster-courier", "付好了 今天能发出去吗 挺急的", ("今天", "顺丰"), ()),
    ("a-tight-wash-before-is-answered-with-the-feel", "敏感肌 洗面奶有皂基吗 之前用的洗完脸干得发紧", ("不含皂基", "不紧绷"), ()),
    ("a-cracked-jar-gets-no-keep-it-option", "收到的面霜外盒压扁了 瓶身也有裂痕 还敢用吗", ("先别再用",), ("不退不换",)),
    ("a-failed-payment-is-not-thanked-as-paid", "付了两次都提示失败 今天还能发货吗 急用", ("17:00前付款",), ("已经付好款", "感谢您下单")),
]

# a price held says what shows the item is worth it (FABE's evidence), not its ingredients alone: graders of
# rounds 350-393 asked for it in 30 grade-2 bargains; fails on b2aae1d
PRICE_HELD_EVIDENCE = [
    ("a-price-held-gives-the-evidence", "面霜168有点贵 160行不行 行我就拍", ("48小时保湿测试",), ()),
]

# more of round 393's wrong scripts; each row fails on fff7904
ROUND392_393_MORE = [
    ("acne-asked-before-buying-is-no-reaction", "这个精华能不能抹 脸上正冒痘 红红肿肿的 抹了会更严重吗", ("烂脸期",), ("停用这款",)),
    ("a-late-invoice-is-chased-not-explained", "上周就说给我开发票 到现在也没收到 是不是忘了", ("开具进度", "真抱歉"), ("都可以开",)),
    ("an-item-asked-aside-is-not-the-pick", "我油皮 预算200内 直接告诉我买哪个 另外单买洗面奶要运费吗", ("烟酰胺焕亮精华液",), ("79元）正合适",)),
]

# after panels 394/395 (bc97d50); each row fails on bc97d50
ROUND394_395 = [
    ("too-oily-for-a-skin-it-suits-is-how-much", "精华用了三次 我油皮觉得太油了 想退", ("少取一点",), ("孕妇、哺乳期、烂脸期用着",)),
    ("what-to-change-to-after-an-unsuited-item", "面霜擦着太油 闷了好几个闭口 拆了能退吗 退不了的话我油皮换个啥合适", ("烟酰胺焕亮精华液",), ()),
    # (fails on 362b5bd) a later day this month lacks (31号 in November) puts the first day in the next month too
    ("a-later-day-only-next-month-sets-the-month", "想29号晚上拍 31号能发走吗", ("12月29日",), ("11月29日",)),
    # (fails on 1abd7f5) an order the customer says not to cancel gets no cancel-and-intercept text
    ("an-order-kept-gets-no-cancel-text", "付款老是失败 说卡被限额了 怎么办 订单别给我取消啊", ("换个",), ("帮您取消",)),
]

# (fail on a33d6ef) classes the graders of rounds 396/397 (and earlier) marked down, each in our own words:
# a skin that reacts easily gets the item's careful way in; two items' order says how much of each;
# a goodwill coupon (a tight budget's) is said as won; one item below the gift line says the gap;
# a dispatch the shop's rule missed gets a small compensation; an address said right is not checked
# again, and one given in full is read back without an hour's deferral; a Traditional writer's remote
# postage comes before the push; an answer ending on a question gets no tail; 樽 counts bottles
ROUND396_397 = [
    ("sensitive-skin-gets-the-careful-way-in", "修护霜里有没有酒精 我脸一擦东西就泛红", ("耳后",), ()),
    ("sensitive-skin-gets-the-mask-cautions", "补水面膜酒精有没有 我敏感肌", ("不要敷超过20分钟",), ()),
    ("order-of-two-says-how-much-of-each", "精华和面霜咋个顺序 早上也擦吗", ("精华每次两三滴", "面霜取黄豆大小"), ("的用法是",)),
    ("goodwill-coupon-for-a-tight-budget-is-won", "学生党没啥钱 面霜150行不行", ("要是您还是觉得有点贵，我去帮您特别申请",), ("我可以帮您申请", "再凑")),
    ("one-item-below-the-gift-line-says-the-gap", "面霜能不能少点 贵了", ("单买这款还差31元",), ()),
    ("postage-waiver-gets-no-coupon-by-default", "一支洗面奶79 运费给免了吧", ("没法单独免掉",), ("优惠券",)),
    ("overdue-dispatch-gets-compensation", "昨天上午十点付的款 到现在还没发货", ("作为补偿",), ()),
    ("late-payment-not-overdue-is-felt", "昨天晚上九点多付的 咋还没发", ("让您惦记了",), ()),
    ("long-overdue-options-with-compensation", "上周三就下单了 到现在都没发 不发就退款", ("作为补偿",), ()),
    ("address-said-right-is-not-checked", "拍了 也付了 你看下 地址没错 今天能发出去吧", ("今天就能安排",), ("有不对的地方",)),
    ("full-address-read-back-not-deferred", "拍了 你帮我看下地址对不对 广东省深圳市南山区科技园xx路8号", ("「广东省深圳市南山区科技园xx路8号」",), ("11:00前跟您说",)),
    ("traditional-remote-fee-before-the-push", "洗面乳跟面膜一起買有送東西嗎", ("12元運費。17:00前付款",), ()),
    ("question-ended-answer-has-no-tail", "精华我跟我老公俩人用 一瓶够用多久", ("肤质呀？",), ("随时问我",)),
    ("cantonese-count-of-bottles", "面霜有冇得平啲 我要三樽", ("504元",), ()),
    # days of use are no refund's wait, and "no use at all" after a month is the opened item's rule with why
    ("days-of-use-are-no-refund-wait", "面霜纯属智商税 用了半个月脸还是干 我要退", ("拆封",), ("已经等了",)),
    ("no-effect-with-a-refund-demanded", "你们就是骗人的 精华用了快一个月一点用没有 退钱", ("坚持一两个月", "拆封"), ("的用法是",)),
    # one item recommended that reaches the gift's line alone says so before the push
    ("one-item-reaching-the-gift-says-so", "油皮想买瓶精华 哪个合适", ("这款单买就满199元，还能送面膜1片",), ()),
    # a need stated gets the pick's benefit (FABE's B), for the person it is bought for
    ("a-need-stated-gets-the-benefit", "帮我爸挑个面霜 他皮肤干 一到冬天脸就紧绷起皮 两百以内", ("干痒紧绷", "他早晚薄涂"), ()),
    ("a-friends-sensitive-skin-is-hers", "想送同事一个面膜 她是敏感肌 一百以内", ("她皮肤比较敏感",), ("您皮肤比较敏感",)),
]

# (fail on 631532f) classes the graders of rounds 398/399 (and earlier) marked down, in our own words: a
# recommendation says what the pick is (FABE's F) and the gift it earns or nearly earns; a skin that
# reacts is told "可以用", not "正合适", and what the item leaves out and the test it passed; a
# partnership asked about is handed on; the first answer to a bargain or a postage waiver keeps the
# price without a coupon by default and asks no one who finds it dear to spend more for a coupon
ROUND398_399 = [
    ("recommendation-says-the-feature", "混干皮 冬天两颊紧绷起皮 推荐个面霜呗", ("积雪草提取物和5%神经酰胺", "干痒紧绷", "再凑31元就能拿到"), ("这款是柔软的乳霜质地",)),
    ("recommendation-reaching-the-gift", "油皮 痘印多 推荐一瓶精华", ("5%烟酰胺", "这款单买就满199元"), ()),
    ("sensitive-skin-can-use-not-just-right", "面霜敏感肌能用吗 我换季就泛红 之前用别家的刺痛过", ("敏感肌可以用", "不含酒精和香精", "斑贴测试"), ("正合适",)),
    ("partnership-is-handed-on", "你们家收不收代理 我想拿货做分销", ("转给负责的同事",), ("帮不上忙",)),
    ("held-price-first-answer-gives-no-coupon", "面霜160卖不卖 行就拍", ("再凑31元满199元还能送面膜1片",), ("优惠券",)),
    ("held-price-reaching-the-gift-says-why", "精华199太贵了 180行不行", ("5%烟酰胺", "单买这款就满199元"), ("再凑100元",)),
    ("postage-waiver-kept-without-a-coupon", "运费6块给我免了吧 就一支洗面奶", ("没法单独免掉",), ("优惠券",)),
    ("bargainer-not-asked-to-spend-more", "面霜加面膜一共227 给个200行不", ("已经满199元，还能送面膜1片",), ("就能用满299减20的券",)),
]

# (fail on 7875cfb) classes the graders of rounds 400/401 (and earlier) marked down, in our own words:
# the invoice details a customer gives are read back, not asked for again (a personal title's name,
# a bare credit code); a group an item does not suit is told so plainly; a review to change after the
# shop put things right gets no "如果问题已经解决"; a cleanser is squeezed by the tube, not spread by the jar
ROUND400_401 = [
    ("personal-title-name-is-taken", "拍好了 开个电子发票 抬头个人 刘洋", ("抬头「刘洋」",), ("姓名发我",)),
    ("company-title-and-bare-code-read-back", "报销用 要专票 广州某某贸易有限公司 91440101MA9XXXXXXX", ("「广州某某贸易有限公司」", "91440101MA9XXXXXXX"), ()),
    ("unsuited-group-told-plainly", "哺乳期可以用那个焕亮精华吗", ("哺乳期不适合用",), ()),
    ("review-after-it-was-put-right", "之前差评是因为漏发 后来你们补发了 想改成好评 在哪改", ("问题解决了我们就放心",), ("如果问题已经解决",)),
    ("cleanser-counted-by-the-tube", "我跟室友俩人用洗面奶 一支够不够 要不要拍两支", ("一人一支", "每次挤多少"), ("涂多大面积",)),
]

# (fails on f595392) round 403's glued refusal: an order that ships free already gets no "运费没法单独免掉";
# and the opened item returned for not suiting, which four graders of rounds 398-403 wanted asked after the skin
ROUND402_403 = [
    ("free-already-no-postage-refusal", "面膜我要拿两盒 便宜点呗 顺便包个邮", ("已经满99元包邮",), ("没法单独免掉",)),
    # (fails on 23a7e96) an opened item not liked: the rule, and whether the skin reacted asked (the way back for that)
    ("opened-not-liked-asks-after-the-skin", "精华拆了抹了两回 觉得不咋适合我 退得了不", ("拆封使用后", "有没有泛红、刺痛"), ()),
    ("opened-hypothetical-asks-nothing", "要是拆了试用觉得不合适 还能退吗", (), ("有没有泛红、刺痛",)),
]

# rounds 404-405 (judged 6f83edf): kinds of message, each mended as a whole
ROUND404_405 = [
    # a group the item is not for: said once and plainly, her news met, and what that group may use at its price
    ("group-not-for-said-once", "我怀孕三个月了 精华能用吗", ("先恭喜您", "孕妇不适合用烟酰胺焕亮精华液"), ("不太建议用烟酰胺", "它不适合孕妇用")),
    ("group-alternative-priced", "孕妇用精华可以吗", ("氨基酸温和洁面乳 120g（79元）",), ("恭喜",)),
    ("group-alternative-not-twice", "闺蜜怀孕了 洗面奶她能用不 精华呢", ("孕妇不适合用烟酰胺",), ("可以用的是氨基酸", "恭喜")),
    ("group-asked-both-one-check", "精华和面霜哪个先用 哺乳期能用吗", ("哺乳期不适合用烟酰胺",), ("店里其他几款",)),
    ("other-kind-not-a-stand-in", "孕期能用烟酰胺精华吗 不行的话推荐点别的", ("洁面的话孕妇可以放心用",), ("更适合您的是",)),
    # an order just placed: thanked, and when it leaves; one about to be placed: when to pay by
    ("placed-thanks-and-dispatch", "刚付完款 帮我开个个人抬头的电子发票", ("感谢您下单", "20:00前发出"), ("下单后",)),
    ("placed-thanks-after-thanks", "谢谢你这么耐心 我已经付好款了", ("也谢谢您下单", "20:00前发出"), ()),
    ("about-to-order-pay-by", "行 谢谢啦 待会儿就去拍", ("17:00前付款的话",), ()),
    ("placed-undone-no-dispatch", "刚拍的面霜 想领了券重新拍 这单能先帮我取消吗", (), ("感谢您下单",)),
    # a short or a wrong parcel: the remedy named for what happened, not "补发/换货"
    ("short-label-resend", "面膜拆开只有三片 不是说五片吗", ("A. 补发：",), ("补发/换货",)),
    ("wrong-label-exchange", "我买的面霜 你们给我寄了个精华 啥情况", ("A. 换货：您拍的积雪草修护面霜",), ("补发/换货",)),
    ("short-only-received", "买了两支洗面奶 只收到一支", ("少发的商品",), ("少发或发错",)),
    ("short-not-the-wanted-item", "拍的精华加三盒面膜 只收到两盒面膜", ("A. 补发：少发的商品",), ("您拍的烟酰胺",)),
]

# rounds 406-407 (judged f033146): kinds of message, each mended as a whole
ROUND406_407 = [
    # the days to a place, asked beside its fee or a courier, and a day it must arrive by
    ("days-beside-fee", "西藏拉萨包邮不 大约多久", ("补12元运费", "4～7天"), ()),
    ("day-needed-beside-courier", "下周一之前必须得到上海 发顺丰来得及不 补多少", ("周一（11月30日）前能到", "补8元"), ()),
    # what a price pays for, when the price is challenged beside another question; its makeup said once
    ("price-challenged-value", "面霜168凭啥啊 成分跟别家差不多吧", ("这个价钱花在哪里", "48小时保湿测试"), ("主要成分是积雪草",)),
    ("price-challenged-strength-kept", "别家烟酰胺才一百多 还是10%的 你家5%是不是浓度太低没效果啊 我再看看吧", ("花在用料上", "比高浓度的同类产品温和"), ()),
    # what was ordered is no problem to read back; the item that came instead is named by how it came
    ("ordered-clause-not-restated", "我拍的是面膜，你们给我寄个精华过来是什么意思？", ("A. 换货：您拍的玻尿酸补水面膜",), ("您是说拍的是面膜",)),
    ("opened-box-wrong-item", "买的面霜 拆开一看是瓶精华", ("A. 换货：您拍的积雪草修护面霜",), ()),
    # goods spilled all over are unsafe: no keep-it-for-a-coupon option
    ("spilled-all-over-no-coupon-option", "面霜罐子直接碎了 快递袋都是精华", ("补发新的",), ("不退不换",)),
    # a careful note before the farewell, not after it; an unsuited skin told without "写明了"
    ("careful-note-before-farewell", "修护霜挺想买的 但我敏感肌怕过敏烂脸…再想想", ("人体斑贴测试。您慢慢考虑", "想好了随时来找小禾"), ("随时问我就好",)),
    ("not-for-said-plainly", "我大油皮 老长痘 面霜适合我吗 犹豫中", ("本来就不太建议用它",), ("写明了",)),
    # an order just placed, a slip in it or a gift asked after: no thanks to a mistake, the gift checked, no shopper's prompt
    ("placed-slip-not-thanked", "刚拍的 收件人名字写错了！！帮我改成王芳", (), ("感谢您下单",)),
    ("placed-if-not-thanked", "双十二有活动不 别我刚拍完你们就降价", (), ("感谢您下单",)),
    ("placed-gift-asked", "拍好了 精华一瓶 满199的面膜会一起寄吧", ("满199元送的面膜1片会随单一起发出",), ("您想买哪几件", "玻尿酸补水面膜 5片装")),
    ("placed-gift-said-once", "拍好啦 两瓶面霜 首页那个满299减20也用上了 送的面膜是一起发吧", ("面膜1片会随单一起发出",), ("还能送面膜1片",)),
]

# rounds 408-409 (judged c7d0fd0): kinds of message, each mended as a whole
ROUND408_409 = [
    # an order placed just now has not left: a change or a cancel is done, with no "如果已经发出了…拦截" branch
    ("just-placed-change-not-left", "刚付的款 地址写成公司了 帮我改成家里的", ("我直接帮您改好",), ("如果已经发出", "还没发出的话")),
    ("just-placed-cancel-not-left", "刚拍的面膜不想要了 能取消吗", ("我这就帮您取消",), ("拦截", "拒收")),
    ("earlier-order-keeps-the-branch", "昨天拍的 地址能改吗", ("如果已经发出了",), ()),
    # the address of an order placed checked, not a new one asked for
    ("address-check-not-change", "我拍好了 你看一下 地址没写错吧", ("收货地址我这就帮您核对",), ("您把新的收货人",)),
    # a coupon seen after buying is not a price fallen; a coupon's days are not the goods' shelf life
    ("coupon-seen-after-not-protection", "上周买的面霜168 现在首页满299减20 也给我减呗", ("券要订单满299元才能用",), ("还在保价期内",)),
    ("coupon-expiry-not-shelf-life", "付款一直失败 我那个券快过期了 咋整", (), ("开封后",)),
    # "早上也得用吗" asks how it is used
    ("time-of-day-use-asked", "洗面奶早上也得用吗 开封了能放多久", ("早晚各一次", "开封后建议12个月内用完"), ()),
]

# rounds 410-411 (judged 7fb9177)
ROUND410_411 = [
    # a goodbye with no thanks in it is not answered "不客气"; thanks said another way still is
    ("goodbye-without-thanks", "好的 那就这样 拜拜", (), ("不客气",)),
    ("thanks-in-other-words", "ok了解 辛苦啦", ("不客气",), ()),
    ("placed-thanks-once", "行 那我先拍了 拜拜", (), ("感谢您下单，感谢",)),
    # a dispatch asked beside the city it goes to: the road's days too
    ("dispatch-beside-city-road", "现在拍今天能发吗 寄成都的", ("发到成都路上一般2～4天",), ()),
    # rounds 412-413: a hold asked for an order placed gets no "今天发出"; "有咗bb" is her own pregnancy
    ("placed-held-not-leaving-today", "刚付完款 麻烦备注下周一再发 这周不在家", ("11月30日（周一）再发货",), ("今天（11月24日 周二）20:00前发出",)),
    ("cantonese-pregnancy-met", "我啱啱有咗bb 精華用唔用得", ("恭喜",), ()),
]

ROUND412_413 = [
    # a refund's "还没到" is the money's, not a parcel's; "都周二了" is today, not days waited
    ("refund-late-not-parcel", "退款啥时候到账啊 都周二了还没到", ("帮您查",), ("包裹", "7天")),
    # "说好两天的" quotes the rule; "这两天降价了" is when the price fell, not the purchase
    ("rule-days-not-waited", "退款说好两天的 到现在还没到账", (), ("等了2天",)),
    ("these-days-not-bought", "物流显示已签收 可我压根没拿到 还有这两天降价了 差价能退吗", ("核实包裹的签收人", "差价核实后"), ("2天前买的",)),
    # a hold asked as 晚一点出货 / 晚些发 gets the day noted, not "今天…发出"
    ("hold-later-shipment", "剛付款 可以晚一點出貨嗎 下週三才在家", ("12月2日（週三）再出貨",), ("20:00前發出",)),
    ("hold-a-while", "能晚些发货吗 周末才在家", ("11月28日 周六）再发货",), ("20:00前发出",)),
    # a parcel on its way with a new address asked: the redirect answered, only its sent branch
    ("readdress-parcel-on-its-way", "包裹到哪了 人临时出差了 能改寄到我公司吗 单号都有了", ("拦截改派",), ("还没发出的话",)),
]

ROUND414_417 = [
    # another kind of item to try ("想换个洗面奶") is a pick, not an exchange
    ("switch-kind-is-a-pick", "一直用洗面皂 想换个洗面奶 哪个好", ("氨基酸温和洁面乳",), ("退换货",)),
    # "急死了到底怎么回事" beside a failing payment is the feeling, not a late parcel
    ("payment-fails-feeling", "付款老失败 急死了到底怎么回事", ("支付渠道",), ("催一下",)),
    # who pays the postage of a return: the return's rule, not the shop's free-shipping rule
    ("return-postage-who-pays", "没拆封 就是不想要了 运费谁出啊", ("寄回运费需要您承担",), ("满99元包邮",)),
    # "千万别发错" before it ships is a wish, not goods sent wrong
    ("wrong-feared-not-sent", "地址麻烦核对一下 别寄错了哈", ("核对",), ("换货", "发错部分")),
    ("wish-not-restated", "收到了 别又少发了 这次还是缺一支面膜", (), ("您是说别",)),
    # "地址填成老家的了 能改成…": the change asked, not the dispatch of last night's order
    ("readdress-filled-as", "昨晚下的单 地址填成老家的了 能改成学校的吗 还没发吧", ("地址能改的",), ("您昨晚",)),
    # a weekday with no order placed yet is ahead: "周日下午下单" is a plan
    ("weekday-order-ahead", "周日晚上下单 周一能发出去不", ("11月30日（周一）",), ("就发出了",)),
    # "想快点补回来" wants quick results, not a hurried agent; Cantonese "敷住瞓" asks about sleeping in the mask
    ("quick-results-not-hurry", "面膜一次敷多久 我想快点补回来", (), ("着急", "赶时间")),
    ("cantonese-asleep-in-mask", "面膜敷住瞓得唔得啊 要敷幾耐", ("20分鐘",), ()),
]

ROUND418_419 = [
    # a parcel promised and not come, its courier named: the parcel looked for, not the choice of courier
    ("promised-not-come-parcel", "说好昨天到的 又没到 中通咋回事", ("核实包裹",), ("默认发中通",)),
    ("courier-feared-guard", "中通会不会又没送到啊 能发顺丰吗", ("顺丰",), ("核实包裹",)),
    # waiting told with thanks, nothing asked: a goodbye, not a lost parcel
    ("waiting-goodbye", "好 那我等快递了 辛苦小禾啦", ("不客气",), ("核实包裹",)),
    # "我下午才下单": an order to come, not thanked as placed
    ("later-order-not-thanked", "赠品面膜还有吗 我下午才下单", (), ("感谢您下单",)),
]

ROUND420_421 = [
    # a gift wished not left out, before the parcel ships: the order thanked, no damage remedies
    ("gift-wish-not-damage", "拍了 送的那片面膜别给我漏了哈", ("感谢",), ("破损", "补发")),
    ("left-out-wish-not-missing", "刚拍的 两样东西别少发啊", ("感谢",), ("少发的商品",)),
    # a parcel moving, already in town, and a day asked: delivery by the local courier, nothing lost
    ("in-town-day-asked", "物流说已经到南京了 后天能送到我手上吗 急用", ("已经到您那边", "优先派送"), ("丢件",)),
    ("in-town-stuck-guard", "到南京三天了还不派送", ("核实",), ("已经到您那边",)),
    # "三无产品吧" beside a reaction: where the goods come from said once
    ("reaction-origin-once", "用了你们的精华烂脸了 满脸红疹子 你们这是三无产品吧 不给说法我就投诉", ("正品", "停用"), ("店里的商品都是正品",)),
    # a bought item short and the gift missing: the item read back, not the gift only
    ("short-item-before-gift", "买了精华跟洗面奶 盒子里只有洗面奶 精华整瓶没有 送的面膜也没看到", ("只有洗面奶", "补发"), ("您是说送的", "赠品没送到")),
]

ROUND422_423 = [
    # a fall in price after paying ("刚付款的… 今天就便宜30了"): 保价, not haggling
    ("paid-then-cheaper", "前天刚付款的面霜 今天就便宜30了 这不坑人吗", ("差价",), ("没办法再改",)),
    # a gift's threshold reached and no gift ("买满199了咋没送面膜"): the gift's rule and 补发, not a short item
    ("threshold-met-no-gift", "我都买满199了为什么没送面膜 盒子里就一支精华一瓶面霜", ("赠品",), ("少发的商品",)),
    # a price offered with 包邮 ("170包邮卖不卖"): the price answered, not only the postage
    ("price-offered-with-postage", "精华199太贵了 170包邮卖不卖", ("没办法改价",), ()),
    # the gift asked beside 保价 ("满多少送个啥"): the gift's rule said too
    ("gift-asked-beside-protection", "现在买会不会亏 双十二降价咋办 对了满多少送个啥", ("满199元送面膜",), ()),
    # a new order beside a refund ("另外再帮我拍一支洗面奶 今天能发吗"): when it ships, too
    ("new-order-beside-refund", "退款到账了没 另外再帮我拍一支洗面奶 今天能发吗", ("发出",), ()),
    # an item used past its caution ("敷着睡着了 …脸更干了"): the caution explains, no fault to photograph
    ("used-past-caution", "面膜一次敷多久 昨晚敷着睡着了半小时 起来脸反而干了 能天天敷吗", ("15分钟",), ("拍张照片",)),
    # a goodbye after the question ("…一次几滴 拜拜"): the close says goodbye, no offer of more
    ("goodbye-after-answer", "好的谢谢 最后问下精华一次几滴 拜拜", ("拜拜",), ("还有其他想了解的",)),
]

ROUND423_425 = [
    # a hesitation that names its worry: the worth against cheap goods, a face swollen before
    ("value-doubted-hesitation", "再考虑下 一百六七的面霜 怕跟超市几十块的差不多", ("花在用料上",), ("退换的规则",)),
    ("swelling-feared-hesitation", "还是算了 我皮肤敏感 之前用别家精华脸肿了 怕", ("不含酒精",), ("退换的规则",)),
    # a set within a budget: the pick for the need, then a basic step (a cleanser), not a mask
    ("set-basics-after-pick", "混油皮 脸上好多痘印 想买一套 你帮我推荐下 三百左右", ("洁面乳",), ("补水面膜 5片装（59元",)),
    # out for delivery and wanted at work: the courier asked to redirect it, not a pickup point
    ("redirect-to-work", "派送中了 我人在单位 别放驿站 直接送我单位", ("改送",), ("放到附近的驿站",)),
    # how the 7-day window counts, unopened: the return allowed, no refund awaited
    ("return-window-counted", "7天无理由从哪天算啊 我20号签收的 没拆 不想要了", ("7天无理由",), ("已经到账",)),
    # two identical orders, one to cancel: done, not a question back
    ("duplicate-order-cancel", "下重复了 两单一样 撤掉一单吧", ("重复的那一单",), ("改单与取消",)),
    # a reaction and "是不是有酒精": the ingredient answered after the care
    ("reaction-alcohol-asked", "用了面霜脸上起红点还痒 里面是不是有酒精", ("不含酒精", "停用"), ()),
    # a return signed for, the money late, the sum asked: when it is due, and the sum checked
    ("refund-late-and-amount", "退货你们签收两天了 钱还没到 能退多少", ("2个工作日", "实付"), ()),
]

ROUND424_426 = [
    # a sale asked beside 保价 ("双12有活动不 现在入手会不会亏"): the sale's plans said once, by 保价's answer
    ("sale-plans-said-once", "双12有活动不 现在入手会不会亏", ("保价",), ("大促的活动和预售安排",)),
    # the skin said back once: no "您皮肤比较敏感" after "敏感肌可以用…"
    ("skin-said-back-once", "积雪草面霜敏感肌能用不", ("不含酒精",), ("您皮肤比较敏感",)),
    # a day named by its occasion ("下周二我老公生日"): whether the parcel is there by then
    ("birthday-day-needed", "下周二我老公生日 今天拍寄南京来得及不", ("前能到",), ()),
    # how a refund is counted, nothing sent back asked: the sum, not the return rules
    ("refund-sum-not-return-rules", "这笔钱咋退的 当时用了满299减20 现在只退其中一瓶面霜 是退168还是", ("实付",), ("退换货是这样的",)),
]

ROUND426_427 = [
    # a paid order pasted, nothing else said: thanked as placed, no 保价 or quality clarification
    ("pasted-paid-order", "订单编号：55012233 商品：积雪草修护面霜 50g ×1 实付款：¥168.00 付款时间：2026-11-24 09:30", ("订单已经收到",), ("退差价", "质量问题")),
    # which gift ("送的面膜是啥款"): checked, not left out beside the sum
    ("which-gift-asked", "满199送的面膜是啥款啊 买瓶精华199就够了吧", ("跟正装是不是同一款",), ()),
    # a resend promised and not come, beside a new problem: the promise taken up too
    ("resend-owed-beside", "快递显示签收了 我没收到 另外之前说好补发的洗面奶也还没到", ("之前答应补发",), ()),
    # how often, said by the comparison ("天天用哪个"): no mask usage glued after it
    ("how-often-said-once", "面膜和面霜区别是啥 天天用哪个", ("一周用2到3次",), ("不建议天天用",)),
]

ROUND428_429 = [
    # Cantonese 係 as the copula ("寄嚟嘅竟然係精華"): another item sent, not a price question
    ("cantonese-wrong-item", "我買嘅係面霜，寄嚟嘅竟然係精華，點搞㗎", ("發錯",), ("降價",)),
    # an order not paid yet, picked wrong: nothing to refund
    ("unpaid-wrong-pick", "拍错款了 还没付钱呢 能取消吗", ("还没付款",), ("原路退回",)),
    # unpaid said, then taken back ("…还没付钱 哦不对 好像付过了"): the cancel's refund kept, no ways to pay beside it (round 431)
    ("unpaid-then-paid", "不要了 帮我取消 还没付钱 哦不对 好像付过了", ("取消",), ("这单还没付款", "付款方式")),
    # a skin hurt and the claim called a lie ("说好的敏感肌能用呢 骗人的吧"): the care and the remedy, not the complaint menu (round 431)
    ("reaction-claim-called-lie", "擦了你家修护霜脸通红还起疹子 说好的敏感肌可以用呢 骗人的吧 给我退", ("停用", "退货退款"), ("升级处理",)),
    # a sting had before ("刺得满脸通红"): the item's gentleness and the careful way in, not a bare "我如实告诉您"
    ("past-sting-worry", "犹豫中 以前用别家精华刺得满脸通红 你们这个会不会这样", ("耳后",), ("如实告诉您",)),
]

ROUND430_431 = [
    # looks unlike the one bought before and asked whether it has gone off: a quality problem, not a comparison (round 430)
    ("unlike-last-spoiled", "精华液颜色和以前买的不一样，偏黄了，是坏掉了吗？", ("抱歉", "照片"), ("对比",)),
    # how soon it works, not how long a bottle lasts (round 431)
    ("effect-how-soon", "痘印多 精华要用好久才看得到效果啊", ("一两个月",), ("能用多久",)),
    ("effect-how-long-time", "精华液用多长时间能看到变化", ("一两个月",), ("用量",)),
    # a 满减 asked after paying ("付了118 不是有满减吗"): the coupon's threshold and the gap, not the sale dates (round 431)
    ("full-reduction-not-applied", "拍了两盒面膜 付了118 不是说有满减嘛 咋没减", ("满299", "还差"), ("大促",)),
    ("paid-why-full-reduction", "为啥我付了138 朋友说你家有满减", ("满299",), ("大促",)),
]

ROUND432_433 = [
    # a price asked down beside a fact ("能便宜点不？另外买多少包邮"): the price's answer too, not the postage alone (round 432)
    ("bargain-beside-postage", "精华199贵了点 能便宜点不？另外几件包邮", ("改价", "包邮"), ()),
    # thanks for the help and a goodbye: no "谢谢夸奖" (round 432)
    ("thanks-for-patience-bye", "好的 谢谢你耐心解答 先这样哈", ("不客气",), ("夸奖",)),
    # bought on a date ("20号拍的") and cheaper now in the live room: 保价, not why the price is what it is (round 433)
    ("dated-purchase-cheaper-live", "18号买的精华199 今天直播间才179 差价能退吗", ("保价",), ("花在哪",)),
    # whether to lather first: the item's own way of use, not an introduction nor a promise of a guide (round 433)
    ("lather-first", "洗面奶直接抹脸上吗 还是得先搓出泡来", ("打出泡沫",), ("图文说明", "介绍一下")),
    ("lather-first-traditional", "請問潔面乳要先搓出泡沫嗎 還是直接抹在臉上就好", ("打圈",), ("介紹一下",)),
    # a trip's day as the deadline: 您 once (round 433)
    ("trip-deadline-you-once", "周五晚上拍的话 周六发不发 我周日要出门", ("出发前",), ("您您",)),
    # a tax number masked with xxxx: the full one asked for, not "收到啦" (round 433)
    ("masked-tax-number", "要开专票 抬头宁波青石贸易有限公司 税号91330201MA2CXXXX", ("完整的税号",), ("收到啦",)),
    # how the coupon is used, no item named: the coupon's rule, not a photo of the goods (round 433)
    ("coupon-how-used", "首页那个满减券领了 不知道咋用的", ("自动抵扣",), ("照片",)),
    # another kind named before and pointed back to ("比它好在哪"): the item's advantage over that kind (round 433)
    ("kind-pointed-back", "以前一直用皂基洗面奶 你们这个比它好在哪", ("比皂基",), ()),
    # many items asked of the stock ("一次拍10盒"): checked now, not "要是…数量比较多" (round 432)
    # whether it all comes back, asked beside the refund's sum: the refund's answer, not "您问的是哪一款" (round 433)
    ("refund-whole-asked", "退多少钱 用了券的 会不会全退", ("实付",), ("哪一款",)),
    # the weekend as the day needed by, and a meeting on a day ("周末要见家长"): whether it arrives in time (round 433)
    ("weekend-due", "洁面今天能发吗 周末要用 急", ("周六（11月28日）前",), ()),
    ("meeting-day-due", "面霜今天能发吗 周五要见家长", ("周五（11月27日）前",), ()),
    # a bare yes with no chat to read: what to do asked plainly, no item presumed (rounds 372-433)
    ("bare-yes-no-item-presumed", "嗯嗯 是的呀", ("想办的事",), ("这款商品",)),
    # the promotion's gift named by its rule ("满199送面膜") is no item asked about, and the coupon's answer already says both stack (round 432)
    ("gift-rule-no-item", "满199送面膜和满299减20能一起用不 另外发武汉包邮吗", ("包邮",), ("还不到99元",)),
    ("gift-rule-said-once", "满299减20的券跟满199送面膜能叠加不", ("满299减20",), ("现在满199元送面膜1片",)),
    # a set picked: each item with what it does in the set, not a bare list of prices (round 432)
    ("set-items-with-roles", "想给我爸买几样护肤品 他皮肤干 买哪几样好", ("锁住水分",), ()),
    # a parcel held at customs: the clearance and its usual days, checked (rounds 433 and earlier)
    ("customs-held", "包裹在海关卡了四天了 一点动静都没有 啥时候能到", ("清关", "4～7天"), ()),
    ("customs-held-traditional", "我人在香港 物流一直顯示清關中 快一個禮拜了", ("清關進度",), ()),
    # how to change a review given for an old fault: the review's answer, no old fault's remedy, no anger to calm (rounds 434-435)
    ("review-change-after-fault", "上次漏发给了差评 后来补寄到了 那个差评怎么改", ("修改评价",), ("补发", "生气")),
    ("review-change-slow-parcel", "前阵子快递慢给你们打了个中评 现在想想不该 在哪改", ("修改评价",), ("考虑", "生气")),
    # the skin as it always is ("一到冬天就干得掉皮") and an item asked ("中不中"): whether it suits, not a quality complaint (round 435)
    ("habit-skin-suits", "我这脸一换季就干得掉皮 修护面霜中不中", ("干皮",), ("抱歉",)),
    # T-zone oily, cheeks fine: combination skin, not oily (round 435)
    ("t-zone-cheeks-fine", "面霜油皮能用不 我t区很油 两颊还好", ("混合皮",), ("按您说的油皮",)),
    # a state the item is not for ("脸上烂兮兮的") and whether it makes things worse: not for now (round 435)
    ("not-now-worse-asked", "这个精华得行不 我脸上烂兮兮的 用了会不会更凶", ("先别用",), ("给您介绍一下",)),
    # a coupon missed on an order that reached it: taken before paying, so cancel and reorder if not shipped (round 435)
    ("coupon-missed-reached", "付完款才发现有满299减20的券 我这单付了336 能退20吗", ("取消", "重新拍"), ("还没到299",)),
    # an item short said in Cantonese ("少咗一支"): 少发, not "少发或发错" (round 435)
    ("short-cantonese", "收到貨少咗一支面霜 我買咗兩支", ("少發",), ("少發或發錯",)),
    # a personal title said ("抬头写个人就好"): issued so, the name only offered, one opener (round 434)
    ("personal-title-said", "订单尾号5520 开个电子普票 抬头写个人就好", ("个人抬头",), ("好的，这单", "麻烦把抬头要写的姓名")),
    # the order of two items asked, then makeup: the order's answer and "可以化妆", no bare "的用法是：" nor the other item's claim (round 435)
    ("order-then-makeup", "精华和面霜一起用先涂哪个 早上用完还要化妆", ("正常化妆",), ("的用法是：用完", "卡粉")),
    # another's skin told ("给我婆婆买 她脸很干"): hers, not "按您说的干皮" (round 435)
    ("others-skin-said", "想给我婆婆买 她脸很干 选哪个好", ("她是干皮",), ("按您说的干皮",)),
    # pregnancy said in Cantonese ("有咗BB"): the group the item is not for, not "正合适" (found reading the A/B of round 435's mends)
    ("cantonese-pregnant-wife", "我老婆有咗BB 佢油皮 你哋有冇咩推介", ("孕妇",), ("烟酰胺",)),
    # a friend's praise told, the customer's own skin said: the customer's, not "她是油皮" (guard, from the A/B)
    ("own-skin-beside-friend", "我闺蜜用着说好 但我是大油皮 她说她用着不油 我用会不会闷痘", ("油皮",), ("她是油皮",)),
    # the postage charged though "包邮" was thought: the free-shipping rule, no 保价 and no follow-up promised (round 437)
    ("postage-charged-not-free", "说好的包邮呢 结账多了6块 我就拍了一支洁面 坑人", ("满99元包邮",), ("跟到底", "保价")),
    # the mask's essence asked ("精华多不多") and its sheet ("啥布的"): the spec and the material (round 437)
    ("mask-essence-amount", "面膜一片里精华多不多 敷不完能留着明天用吗", ("25ml",), ()),
    ("mask-sheet-cloth", "面膜一次敷多久 那个是啥布的", ("天丝",), ()),
    # "别又漏了" beside a rebuy: a wish, no damage photos; a gift not come last time: checked, nothing to photograph (round 437)
    ("rebuy-wish-not-damage", "上次送的面膜就没收到 当时懒得说 这回再拍两瓶精华 送不送面膜 别又漏了", ("上次的事",), ("破损", "照片")),
    # an item picked wrong and "能改吗" before it ships: cancel and order the wanted one, not the address menu (round 436)
    ("wrong-pick-change-asked", "拍错了 本来想要洁面 结果拍成面霜了 还没发吧 能改不", ("取消", "重新拍"), ("修改订单",)),
    # a swap to a cheaper item under the gift's threshold: the gift said lost (round 435)
    ("swap-loses-gift", "这单精华199的我想换成洗面奶 还没发货吧", ("不满199元",), ()),
    # an allergy to a substance said before buying ("我酒精过敏"): the ingredient answered, no care for a reaction (round 439)
    ("allergic-to-substance", "烟酰胺精华里头有酒精没 我酒精过敏 上次别家的用完脸都刺", ("不含酒精",), ("停用",)),
    # "现在也降了 也能补吗" after a date past the window: 保价's window said, no options promised (round 439)
    ("protect-window-passed-also-dropped", "11月3号买的精华 现在也降了 也能补吗", ("过了保价期",), ("您可以这样选",)),
    ("bulk-stock-checked-now", "面膜有现货吗 部门团建要买12盒", ("我这就跟仓库确认",), ("要是页面显示缺货",)),
    # a student's price asked down: one feeling, and no push to spend more (round 433's A/B)
    ("broke-bargain-one-feeling", "学生党 没啥钱 洁面能便宜点吗 另外几件包邮", ("学生党不容易",), ("懂您的心情", "搭配着买会更划算")),
]

# rounds 440-441 (blind panels judging 3cf5eb7) and the kinds left from rounds 433-439
ROUND440_441 = [
    # how long a box lasts for a trip the customer names ("够我去旅游一周用吗"), not the product's pitch
    ("lasts-for-a-trip", "玻尿酸面膜够我去旅游一周用吗", ("一周用2到3次", "买1盒"), ("给您介绍一下",)),
    ("boxes-for-months-how-many", "面膜要敷够两个月 得几盒", ("买4盒",), ("给您介绍一下",)),
    # a trip is not stocking up: "想用够两周", no "囤"
    ("trip-span-not-stocked", "面霜够我出差两周用吗", ("用够两周",), ("囤", "给您介绍一下")),
    # only one affordable ("只能选一个"): the one for the need said, not "不是二选一"
    ("only-one-affordable-picks", "精华面霜啥区别 预算有限只能选一个 想淡痘印", ("建议先选烟酰胺焕亮精华液",), ("不是二选一",)),
    # "是不是两样都要买": no, and no "不是二选一" before it
    ("both-asked-not-either-or", "精华和面膜是不是两样都要买", ("不用两样都买",), ("不是二选一",)),
    # an order not sent and "不行就不要了 退了吧": the refund offered beside the wait
    ("no-ship-cancel-offered", "付款三天了一点动静都没有 不行就不要了 退了吧", ("不想等了",), ()),
    # a fall by a coupon, bought before the window: the window said, no haggling refusal
    ("coupon-drop-window-passed", "10月初买的精华 现在领券能便宜20 能给我补吗", ("过了保价期",), ("没办法改价",)),
    # sold out feared, not reported: in stock as the page shows, no "没买上"
    ("sell-out-feared-not-out", "面霜是不是快断货了", ("有现货",), ("没买上",)),
    # an item broken beside a gift missing: the damage's remedy first, then the gift
    ("broken-item-leads-missing-gift", "快递盒压扁了 面霜罐子都裂了 赠品面膜也没看到", ("补发新的", "赠品"), ("不是漏发了",)),
    ("box-crushed-and-gift-missing", "外箱压瘪了 送的面膜也没见着", ("照片", "赠品"), ()),
    # where a return goes: the address comes with the approval
    ("return-address-shown", "退货的话寄到哪里啊", ("售后页面",), ()),
    # the effect doubted before buying: what steady use does and the evidence, not the return rule
    ("effect-doubted-evidence", "我再考虑下 怕面霜用了没效果", ("测试",), ("无理由退货",)),
    # a new purchase's question ("跟精华一起用冲突吗") beside a gift missing: both answered
    ("combine-beside-missing-gift", "这次想再加个洁面 跟精华一起用冲突吗 上次满199送的面膜也没收到", ("一起用", "赠品"), ()),
    # "应该是…路 xx 号": the address read as far as it goes, the door number asked; no colon before an empty slot
    ("address-should-be-door-asked", "地址填错了 应该是宁波市鄞州区中山路 xx 号 麻烦改下", ("门牌号", "收到后"), ("记下了：",)),
    # "前天下的单 …个人抬头": that order's invoice, no "下单后把抬头发我"
    ("invoice-for-order-placed", "前天下的单 帮忙开个发票 个人抬头", ("这单给您开个人抬头",), ("下单后",)),
    # a refund late and an unopened item to swap: both answered (round 441)
    ("refund-late-and-swap", "退款三天了还没到账 还有一支洗面奶没拆 想换成面膜 差价怎么算", ("退款", "面膜"), ()),
    # a coupon named twice in one draft: "这张券" the second time (round 440)
    ("coupon-named-once", "满299减20的券去哪领 我领了怎么没减", ("这张券",), ()),
    # an e-invoice with its details given: where it will be, not "告诉您开好的时间" (round 440)
    ("e-invoice-lands-in-order", "付好了 抬头宁波某某贸易有限公司 税号91330203MA2XXXXXXX 要电子普票", ("订单详情",), ("开好的时间",)),
    # one bottle meant to last longer than its months after opening: said plainly (round 441)
    ("meant-span-over-opened-life", "精华开封能放多久 我一瓶要用八个月", ("就超过了",), ()),
]

# rounds 442-443 (blind panels judging f0e94b1)
ROUND442_443 = [
    # "别家便宜几十 你们的好在哪": what the price pays for and the evidence, not a bare goodbye
    ("worth-asked-beside-cheaper", "犹豫好久了 别家也有修护面霜还便宜几十 你们的好在哪", ("花在用料上", "测试"), ("想好了随时来找",)),
    # an invoice's arrival asked with no goods named: no parcel's dispatch and transit days
    ("invoice-arrival-no-parcel", "可唔可以開發票 幾時可以收到", ("發票",), ("路上一般",)),
    # out before, asked whether it is back now: what the page shows, no "没买上"
    ("back-in-stock-asked", "面霜之前断货了 现在补上没 想拍一瓶", ("有现货",), ("没买上",)),
    # a price offered for the items ("能算300不"): the sum with the promotions, not the product's pitch
    ("price-offered-for-items", "三盒面膜能算150不", ("一共177元",), ("给您介绍一下",)),
]

# rounds 444-445 (blind panels judging b2e3e5c)
ROUND444_445 = [
    # SF asked beside the free-postage sum: the surcharge stays (free postage is the default courier's)
    ("sf-beside-free-postage", "顺丰要补多少 我这单满99了还要补吗", ("差价还是要补",), ()),
    # a remote region and "满多少包": no sum makes it free, and no promotions pitch glued on
    ("remote-any-sum", "拉萨包邮吗 满多少才包", ("买多少都是这样",), ("您想买哪几件",)),
    # a promotion's end asked: what it is now, and its end checked by a time
    ("promotion-end-asked", "满199送面膜这个活动到什么时候结束啊", ("活动什么时候结束我这就帮您确认",), ()),
    # a count before a mistyped name ("两瓶烟酰按"): both bottles summed
    ("count-before-typo-name", "已经拍了 两瓶烟酰按 一支洗面奶 记得送面膜", ("477元",), ()),
    # a return sent back and "运费给不给退": who pays the return postage, by the reason
    ("return-postage-after-sent", "退货寄回去了 能退多少钱 运费给不给退", ("寄回运费",), ()),
    # a parcel on its way and the customer away: held or redirected, no lost-parcel plan
    ("parcel-on-way-held", "快递到哪了 我后天出差 能先别送吗 或者改寄到我公司", ("暂缓派送", "改寄"), ("丢件",)),
    # the address script asks for the new details with no colon before what follows
    ("address-ask-no-colon", "地址写错了 帮我改一下", ("地址发我，",), ("地址发我：",)),
]

# rounds 446-447 (blind panels judging 46ca88d)
ROUND446_447 = [
    # a swap asked, then "精华油皮能用吧": whom the new item suits is answered too
    ("swap-then-suits-asked", "拍错了 洗面奶想换成精华 差价我补 精华油皮能用吧", ("油性",), ()),
    # a way to pay the policy does not list ("PayMe"): said plainly, then the ways there are
    ("unlisted-way-to-pay", "可以用PayMe付款吗", ("PayMe", "暂时用不了"), ()),
    # sent straight to someone else: their address on the order
    ("send-to-someone-else", "帮我婆婆买的 能直接寄她家不", ("收货地址填成对方的地址",), ()),
]

# rounds 448-449 (blind panels judging f873c6b)
ROUND448_449 = [
    # a coupon seen just after paying an order that reached it: cancel and order again, not 保价 nor a sale's plans
    ("coupon-seen-after-paying-reached", "刚付完才看见首页能领满299减20 我这单330 补我20行不", ("已经满299元了", "取消"), ("大促",)),
    ("coupon-seen-after-paying-not-protect", "才付完款就看到首页能领满299减20的券 我这单一共330 那20能给我补上吗", ("已经满299元了",), ("退差价",)),
]

# rounds 450-451 (blind panels judging a787705)
ROUND450_451 = [
    # a gift asked for a new purchase beside a fall in price: the 保价 answer and the gift rule
    ("gift-asked-beside-protection", "前天拍的面霜今天就降价了 我再买一瓶有啥送的吗", ("保价", "送面膜1片"), ()),
    # a day the goods must arrive by, said as a must ("一定要到"), beside a courier asked
    ("must-arrive-by-beside-courier", "礼物周日前一定要送到北京 你们能不能走顺丰", ("周日（11月29日）", "顺丰"), ()),
    # whether the gift needs a remark: no, it comes with the order (no remark script)
    ("gift-needs-no-remark", "买满199送的那片面膜 需要我备注一下吗", ("不用您备注",), ("仓库打包时会看到",)),
    # thanks first, then the wait told: a goodbye, no parcel to chase
    ("thanks-then-waiting", "好嘞好嘞 麻烦客服了 那我等快递啦", (), ("核实包裹", "联系快递")),
    # the days promised for a parcel passed, with a refusal threatened: the parcel chased, not a return
    ("promised-days-passed-refuse", "说好的两天就到 这都第五天了 明天再不到我就拒收", ("联系快递",), ("退货",)),
    # one item bought, another came ("结果来了"): goods sent wrong, no clarifying question
    ("ordered-one-came-another", "我拍的两瓶精华 结果来了一瓶精华一盒面膜 仓库怎么配的", ("换货",), ("对比",)),
    # what is left of one's own item ("还剩四片") beside a return: no stock answer
    ("left-of-own-not-stock", "面霜抹了两回 没啥感觉 七天无理由退得了不 还剩大半瓶呢", (), ("现货",)),
    # "千万别发出来" beside a cancel: no courier to choose
    ("dont-send-not-courier", "拍错了 要的是面膜不是精华 赶紧取消 千万别发啊", ("取消",), ("想用的快递",)),
    # the one item of the kind asked for is not written for the skin: said so, then the pick
    ("kind-asked-not-for-skin", "我是干皮 想入一瓶精华 推荐哪款", ("精华只有",), ()),
    # a breakout had with another brand, before buying: the texture, not only the cautions
    ("breakout-had-texture", "之前用过别的烟酰胺闷痘了 你家这个我再考虑考虑吧", ("水感质地",), ()),
    # a third contact, each time told it is in hand: not solved, owned; not asked to send it again
    ("each-time-told-in-hand", "这是第四回找你们了 每回都说在处理 到底管不管", ("没给您解决",), ("您现在还需要办的事",)),
    # a courier avoided after it lost a parcel: sorry for that first
    ("courier-avoided-lost-before", "不要发中通 之前丢过我的件", ("添麻烦",), ()),
    # what a review needs, asked: nothing special, the honest feel
    ("review-needs-asked", "东西挺好用的 评价要写多少字啊", ("没有什么特别的要求",), ()),
    # a count of one item with its sum asked: the count's sum, not one box's price
    ("count-sum-of-one-item", "面膜要四盒 一共多少钱", ("236元",), ("现在是59元哦",)),
    # a total asked with the paid courier: the postage and the surcharge added
    ("sf-total-one-item", "一支洗面奶走顺丰的话总共多少钱", ("93元",), ()),
    ("sf-total-counted", "两瓶面霜发顺丰 一共多少", ("324元",), ()),
]

# rounds 450-453 (blind panels judging a787705 and 651b4bf), mended after ROUND450_451
ROUND452_453 = [
    # a payment supposed ("要是…才拍"): no thanks for an order not placed
    ("supposed-payment-no-thanks", "要是我晚上七点多才拍 哪天发", ("明天（11月25日 周三）",), ("感谢您下单",)),
    # an order cancelled after waiting days for it to leave: sorry first
    ("overdue-cancel-sorry", "拍了三天了还不发 不要了 帮我取消", ("实在抱歉",), ()),
    # a fault said with no subject ("漏得…") is read back with the clause that names it
    ("bare-fault-restated-with-cause", "精华瓶子摔裂了 漏得袋子里都是", ("精华瓶子摔裂了",), ()),
    # Cantonese is not quoted back, not even a "但係" turned into "但系"
    ("cantonese-not-quoted", "唔該 我收到嘅洗面奶少咗一支 訂單寫住兩支 但係得一支", (), ("您是說", "但系")),
    # the remark asked for is read back: that it is a present, what to leave out
    ("remark-read-back", "麻烦备注一下 是送朋友的礼物 别放发票", ("「送人的，别放发票」",), ()),
    # a refund chosen ("直接给我退钱吧") beside goods broken: that remedy, no choice offered
    ("refund-chosen-give-money", "洗面奶盖子裂了漏了一半 直接给我退钱", ("按您说的",), ("您看选哪种",)),
    # an evening hour supposed ("9点付款的话"): tonight, not last night
    ("supposed-evening-hour", "晚上9点拍的话 明天能发出吗", ("明天（11月25日 周三）",), ("昨天",)),
    # "今天先别发 改后天发": the dispatch held, not the address-change script
    ("postpone-to-day-after", "今天别发了 改周四发行不", ("11月26日（周四）再发货",), ("修改订单",)),
    # an order placed last night after the cut-off has not left: the hold, no "可能已经发出"
    ("last-night-hold", "我昨晚十点下的单 能不能周五再发 这几天不在家", ("11月27日",), ("可能已经发出",)),
    # a review already written: thanks, no steps to change it
    ("review-done-thanks", "收到了 很满意 已经晒图好评了", ("听到东西好用",), ("想改评价",)),
    # a middle review to change: the steps, not plain thanks
    ("middle-review-change", "上次给了中评 现在用着还不错 想改一下", ("改评价",), ()),
    # an effect missed with a doubt of the goods: how long it takes and that they are genuine, no photo asked
    ("effect-and-fake-doubted", "精华抹了五天 一点效果都没有 不会是假的吧", ("坚持一两个月", "正品"), ("拍张照片",)),
    # which item the gift is: checked, not "the same item by another name"
    ("gift-kind-asked", "满199送的那片面膜和你们卖的是同一款吗", ("确认",), ("叫法不一样",)),
    # the coupon claimed now for later: where, and that its term shows on the page
    ("coupon-claimed-now", "我下周才买 那个满299减20的券现在能先领着吗", ("使用期限",), ("大促",)),
    # a scoop said missing with a bare 没 ("盒子里没勺子") beside the leaflet
    ("scoop-and-leaflet-missing", "面霜到了 盒子里没勺子 说明书也没看到", ("挖勺和一张说明书",), ()),
    # opened last year and "还能抹吗": past its months after opening
    ("opened-last-year-serum", "精华去年开的 还剩一点 还能抹吗", ("别再用",), ("适合想改善",)),
    # the shop's membership asked: checked, not a promotion's script
    ("membership-asked", "店里有会员折扣吗 积分能抵扣不", ("会员折扣",), ()),
    # a question after a new address is no part of it
    ("address-with-question-tail", "地址写错了 改成杭州市拱墅区莫干山路100号可以吗", ("莫干山路100号」",), ("可以吗」",)),
    # pushed from one to another: asked several times and not solved, taken over
    ("pushed-around-owned", "找你们三次了 一直推来推去的 到底谁管", ("没给您解决",), ("还需要办的事",)),
    # a refund approved days ago and "钱呢": the wait owned and the progress checked, not only the rule's date
    ("refund-where-is-the-money", "退款前天就同意了 钱呢 什么时候能到", ("让您久等了", "帮您查"), ()),
    # "是退回花呗吗": the way back said, beside when
    ("refund-back-to-huabei-asked", "退货已经寄出了 退款大概几天 是退回信用卡吗", ("退回您付款用的信用卡",), ()),
    # "那个修护霜合适不" with the skin said: whether it suits, answered first
    ("suits-asked-as-heshi", "我是敏感肌 一换季就发红 修护霜合适不 包邮吗", ("敏感肌可以用",), ()),
]

# rounds 454-455 (blind panels judging 0f4cb40)
ROUND454_455 = [
    # sleeping in a mask asked in dialect ("敷起睡一晚上"): its longest time, no quality claim
    ("mask-slept-in-asked", "面膜敷起睡一晚上要得不 我老是敷到睡着", ("不能敷一整晚",), ("拍张照片",)),
    # a coupon launched after buying ("上了满299减20"): no price fell, so no 保价 promised
    ("coupon-launched-after-buying", "我买完第二天你们就上了满299减20的活动 能不能补我20", ("补不了",), ("原路退回给您",)),
    # "每天都抹吗" of a serum whose cautions say how to begin
    ("daily-use-serum-start", "精华每天都抹吗 早上能用不", ("隔天一次",), ()),
    # waiting for the next sale: 保价 said
    ("waits-for-next-sale", "纠结 精华有点下不去手 要不等下个大促吧", ("保价",), ()),
    # the coupon and the gift together, asked below both thresholds: they stack, said plainly
    ("stack-asked-below-both", "券跟送面膜能同时用吗 顺便问买两盒面膜包邮不", ("可以一起享受",), ()),
    # two people sharing a box of masks: how long at both their paces
    ("two-users-mask-boxes", "我跟闺蜜两个人用面膜 一周敷两三次 一盒够用多久", ("两个人每人",), ("大约能用两周",)),
]

# rounds 456-459 (blind panels judging 8e437c2 and 949c93c)
ROUND456_459 = [
    # a fall feared before buying ("现在买会不会吃亏 到时候降价了咋整"): 保价 from today, no refund promised
    ("pre-sale-fall-feared", "现在买会不会吃亏 到时候你们降价了咋整 要不再等等", ("今天下单的话保价到",), ("核实后",)),
    # "别打电话" beside a courier change is a delivery wish, not calls about a review
    ("stop-calling-beside-courier", "帮我改发顺丰 再备注下别打电话 放驿站就行", (), ("改评价",)),
    # a gift "没看着" beside goods broken: the gift too
    ("gift-not-seen-dialect-beside-damage", "面霜瓶子压裂了 满199送的面膜也没看着", ("赠品",), ()),
    # "洗完会不会绷": how it feels after washing
    ("tight-after-wash-asked", "洗面奶是皂基吗 洗完会不会绷", ("不紧绷",), ()),
    # a day fallen back on ("赶不上就明天再拍") is not the day paid
    ("fallback-day-not-paid-day", "我下午四点半才能付 赶得上今天发吗 赶不上就明天再拍", ("赶得上",), ("您明天付款",)),
    # an order placed yesterday evening, after the cut-off, has not left: held, no "可能已经发出"
    ("last-evening-hold", "我昨天晚上拍的 先别发 下周一再发", ("11月30日",), ("可能已经发出",)),
    # a courier changed ("改成顺丰") beside "别打电话": no new phone number asked for
    ("phone-not-changed-by-courier-change", "帮我改成顺丰 另外别打电话 直接放门卫", (), ("新号码",)),
    # a delivery wish asked as a remark, read back
    ("delivery-wish-remark-read-back", "麻烦备注一下 别打电话 直接放菜鸟驿站", ("「别打电话，直接放菜鸟驿站」",), ()),
    # one item come and another bought asked for ("就一支洗面奶 面霜呢") beside a gift missing: the item short leads, the gift too
    ("other-item-asked-beside-gift", "我拍了面霜和洗面奶 盒子里就一支洗面奶 面霜呢 送的面膜也没有", ("少发的商品", "赠品"), ()),
]

ROUND460_463 = [
    # a company's name with letters in it ("上海ab数码…"): read back whole, not from its first Chinese character after them
    ("invoice-title-with-letters", "开专票 抬头上海ab数码科技有限公司 税号91310115MA1HXXXXXX", ("上海ab数码科技有限公司",), ("「数码科技有限公司」",)),
    # a title and tax number given bare, no question: read back and issued, not asked for again
    ("invoice-details-given-bare", "抬头是杭州青苗贸易有限公司 税号91330100MA2AB12C3D", ("杭州青苗贸易有限公司",), ("麻烦您把发票抬头",)),
    # where the issued invoice goes, asked beside the details: the e-mail
    ("invoice-where-sent", "要开专票 抬头南京某某文化有限公司 税号91320100MA1XXXXXXX 开完寄哪", ("邮箱",), ()),
    # the tax number promised for later: not asked for again
    ("tax-number-coming-later", "帮我开个票 抬头杭州小满网络科技有限公司 税号晚点发你", ("方便时发我",), ("麻烦把完整的税号",)),
    # a day of arrival asked beside the courier ("走顺丰的话后天能到上海不"): the road's days to that city
    ("arrival-day-beside-courier", "能走顺丰吗 走顺丰的话后天能到上海不", ("发到上海",), ()),
    # one item counted once before its name and another twice ("一瓶精华两盒面膜"): each its own count
    ("one-count-before-name", "付好了 一瓶精华两盒面膜 你核对下", ("一共317元",), ("两盒烟酰胺",)),
    # an order told with a clause that only lists the items: the order read back, no product pitch
    ("order-items-listed-clause", "拍完了，两支洗面奶一瓶面霜，你看下", ("一共326元",), ("给您介绍一下",)),
    # one piece of a pack leaking: that piece, not the whole box, stopped and replaced
    ("one-piece-of-pack", "面膜到了 其中一片漏液了 袋子都黏糊糊的", ("那片",), ("这件先别再用了",)),
    # the gift's count asked beside a coupon not taken off: both answered
    ("gift-count-beside-coupon", "送的面膜是一盒还是一片啊 另外券领了怎么没减", ("1片",), ()),
    # a price pushed down with no question mark beside an invoice asked: the price answered too
    ("haggle-demand-beside-invoice", "精华便宜个十块 我拿两瓶 顺便开个发票", ("没办法改",), ()),
    # "都说保湿 …买一个不就行了": which to take, not a fault reported
    ("one-of-two-enough", "面膜跟面霜都号称保湿 感觉差不多吧 只买一个不就得了", ("先买一样",), ("抱歉",)),
    # a parcel past its promised days "还在路上", with the courier asked: the delay owned and traced, not the courier rule alone
    ("late-parcel-which-courier", "讲好三天到 今天第六天了还在路上 你们用的什么快递啊", ("抱歉",), ()),
    # a day the goods are needed for use ("后天中午就要用"), with the city: the road's days to it
    ("needed-for-use-by-day", "今天拍能发顺丰吗 我在宁波 后天中午就要用", ("发到宁波",), ()),
    # "周六就要用 现在拍来得及吗": whether the parcel arrives, not whether an item works in time
    ("needed-for-use-parcel-not-effect", "我在南京 周六就要用 现在拍来得及吗", ("发到南京",), ("给您介绍一下",)),
    # the stock and the restock asked together: the stock as the page shows it, the restock checked; no sell-out assumed
    ("stock-and-restock-asked", "面霜还有货不 啥时候补货啊", ("页面上能正常拍下", "补货时间"), ("没买上",)),
    # a large count ("十二支"): the stock checked first, no "有现货" said before it; the count read as twelve
    ("many-checked-before-stock-said", "洗面奶还有货吗 打算一次拍十二支", ("库存够的话", "买12支"), ("页面上能正常拍下就是有现货的",)),
    # a count to stock up on with "有那么多吗": the stock, not a product pitch
    ("stock-up-count-asked", "精华我想一次囤四瓶 仓库有那么多吗", ("页面上能正常拍下",), ("给您介绍一下",)),
    # goods suspected past their date, the batch number's place told: asked for beside the photo
    ("expiry-feared-batch-asked", "精华挤出来有点发黄 是不是过期了 批号印在瓶底", ("瓶底的批号",), ()),
    # an earlier order's invoice never received, asked beside a new purchase: sorry, and reissued; no "下单后把抬头…" twice
    ("old-invoice-not-received", "想再买一瓶精华 还有上次那单发票一直没收到 能补开吗", ("真抱歉",), ("下单后把抬头和税号发我就行",)),
    # a paid order and a hurry: the thanks first, once
    ("thanks-first-when-hurried", "付完款了 一瓶面霜两支洗面奶 麻烦快点发", ("感谢您下单，明白您赶时间",), ("感谢您下单！",)),
    # an oily T-zone beside dry cheeks, of a cream not for oily skin: said plainly, not "少抹一点"
    ("oily-t-zone-cream-honest", "积雪草面霜油皮能用不 我T区油两颊干", ("不是给油皮用的",), ("少抹一点",)),
    # "当天能出库吧" beside an offer on the price: when it ships is said
    ("same-day-out-beside-offer", "两瓶面霜算我300行不 当天能出库吧", ("前发出",), ()),
    # a return asked for after opening an item not for one's skin ("想退"): the return answered, no needs quiz
    ("return-wanted-after-opening-unsuited", "面霜开封用了一次 我油皮太闷了 想退", ("不是质量问题",), ("您说一下，我按您的肤质",)),
    # "周六下单周六发不发 …才有钱": an order to come, no apology for a wait
    ("future-day-order-asked", "周六下单周六发不发 我周六才有钱", ("周六付款的话",), ("抱歉让您久等",)),
    # a goodbye with a rebuy promised ("到了好用再来回购"): no thanks for praise not given
    ("goodbye-with-rebuy-promised", "好的就这样吧 辛苦了 到了好用再来回购", (), ("夸奖",)),
    # the return postage paid by the customer for a leak ("寄回去自己垫了10块"): the shop's, refunded
    ("return-postage-paid-for-leak", "漏液退的货 寄回去自己垫了10块运费 给不给退 退款几天到", ("运费由我们承担",), ()),
    # an e-invoice asked for, its tax number "晚点发": that kind said, and no dispatch held
    ("e-invoice-tax-number-later", "已付款 帮我开个电子发票 抬头杭州木子科技有限公司 税号晚点发", ("电子发票可以开",), ("专用发票", "先不发货")),
    # a remote region's postage doubted ("不是说满99包邮吗"): what the free-shipping rule covers, explained
    ("remote-postage-doubted", "我在西藏拉萨 买了三百多还收运费 不是说满99包邮吗", ("以外的地方",), ()),
    # the return's tracking number filled in days ago: the refund counts from the warehouse's signing, checked
    ("return-tracking-filled", "退货单号昨天就填了 退款怎么还没到", ("仓库签收",), ("最晚今天",)),
    # another shop's gifts held up ("人家买就送小样 你们啥也不送"): the shop's own gift, no parcel traced
    ("other-shop-gives-gifts", "我去别家看看吧 人家买就送小样 你们啥也不送", ("满199元送",), ("快递核实",)),
    # a reaction feared again before buying ("用了会不会又过敏"): the careful way in
    ("reaction-again-feared", "朋友推荐你家面霜 我干敏皮 有没有酒精啊 用了会不会又红", ("耳后",), ()),
    # a bottle feared unfinished ("一瓶怕用不完浪费"): how long it keeps once opened
    ("unfinished-bottle-feared", "烟酰胺精华我考虑一下 怕没效果 一瓶又用不完浪费", ("开封后",), ()),
    # "什么破快递" beside a parcel not come: a scolding, the parcel traced with an apology, no courier rule
    ("scolding-clause-no-courier", "上周二拍的到现在没收到 什么破快递 今天再不到就差评", ("抱歉",), ("默认发",)),
    # calls to change a review complained of: the calls stopped, no steps to change it
    ("review-calls-stopped", "中评而已 你们天天打电话叫我改评价 烦不烦", ("不会再",), ("修改评价",)),
    # the production date read off the box: till when it keeps, worked out, not checked
    ("production-date-given", "精华生产日期2024.11 能放多久", ("2027年11月",), ("核实",)),
    # the price and the postage both pushed ("便宜点或者给我包个邮呗"): neither changed, both said
    ("haggle-beside-postage-waive", "面膜59还收运费？便宜点或者给我包个邮呗", ("价格和运费",), ()),
    # a smaller size asked in Cantonese ("有冇細支裝"): the one size there is
    ("small-size-cantonese", "面霜有冇細支裝 想試下先 幾錢", ("只有50g這一種規格",), ()),
]


ROUND468_471 = [
    # a price balked at while weighing it, no lower price asked: no refusal of what was not asked; the 保价 and the return rule instead
    ("price-balked-no-haggle", "面霜有点小贵 我再考虑考虑", ("退差价", "7天无理由"), ("没办法再改",)),
    # … "挺贵" with the effect doubted: what the price pays for, the same reassurance
    ("dear-and-effect-doubted", "精华挺贵的 就怕用了没啥效果 再想想", ("28天", "退差价"), ("没办法再改",)),
    # a breakout feared of an item not for skin that breaks out, no skin said: it depends on the skin, not a gentleness pitch
    ("breakout-feared-no-skin", "面霜我有点怕闷痘 再看看", ("主要看肤质",), ("斑贴测试",)),
    # a breakout read in the reviews is hearsay, not a reaction to treat
    ("breakout-read-in-reviews", "看评价说用了长闭口 烟酰胺精华我混油能用吗 再犹豫下", ("混油",), ("停用", "皮肤科")),
    # "刺挠" (itchy, northern speech) after use is a skin reaction: stopped and cared for
    ("itchy-in-dialect", "这面霜抹上脸刺挠得很 咋整", ("停用",), ()),
    # a company's name beginning with a city is an invoice's title, not where the goods go
    ("city-in-company-title", "已付款 发票抬头：深圳某某科技有限公司 税号91440300MA5XXXXXXX 要专票 寄到公司", ("深圳某某科技有限公司",), ("包邮",)),
    # a company's title and tax number with no kind said, where the shop issues both kinds: the kind asked
    ("invoice-kind-asked", "开票 抬头成都小鹿科技有限公司 税号91510100MA6XXXXXXX", ("普通发票还是增值税专用发票",), ()),
    # a delay of days that still falls in a week the customer is away: the day asked, no date inside that week
    ("away-all-week-delay", "这礼拜都出差 能晚三天发吗", ("哪天方便收货",), ("再发货，",)),
    # a parcel gone fewer days than the road's usual ones: said to be within them, the loss's options for later
    ("parcel-within-usual-days", "我在新疆 发货三天了还没到", ("还在正常的时间里", "万一过了这个时间"), ()),
    # … gone more: said to be past them
    ("parcel-past-usual-days", "我在成都 今天都第六天了还没到", ("已经超过平常的时间",), ()),
    # … in Cantonese, with no place named: Hong Kong's days
    ("parcel-days-in-cantonese", "寄咗三日仲未收到 點解嘅", ("4～7天",), ()),
    # a place said as where the parcel was sent ("寄到苏州的"), beside a parcel not come: no postage rule
    ("sent-to-place-not-postage", "寄到苏州的 发出四天了还没收到", ("核实",), ("包邮范围",)),
    # a place the parcel stopped at is not where it goes
    ("parcel-stopped-at-place", "面膜几时能到啊 物流显示到武汉就不动了", ("核实",), ("发到武汉路上",)),
    # an expiry feared with the date asked about: the date and batch photographed and checked once, the remedies after the check
    # a vow or a threat ("再也不买了", "差评等着") is not said back as the problem
    ("threat-not-restated", "买两回了，两回都出问题，再也不买了", ("照片",), ("您是说再也不买了",)),
    # a skin said with a fear and no item named: the item written for that skin, and the careful way in
    ("sensitive-fear-no-item", "我皮肤比较敏感的，有点怕，我再想想", ("敏感肌", "耳后"), ("多比较一下很正常",)),
    # thanks while simply waiting for the dispatch: a goodbye, not the dispatch rules
    ("thanks-waiting-for-dispatch", "成 那我就等发货啦 谢啦", ("不客气",), ("17:00前付款",)),
    # a new recipient's name given bare before the new phone, after "寄给我妈/送我姐的": the name and phone read back
    ("name-before-phone", "收件人填成我了 其实是送我姐的 名字和手机都要改 李梅 13912345678", ("「李梅」", "13912345678"), ("送我姐的」",)),
    # a refund late past the days promised, scolded ("骗人是吧"): the refund checked, not the complaint's options
    ("late-refund-scolded", "退款说2天到账 今天第4天了还没到账 骗人是吧", ("查",), ("升级处理",)),
    # a coupon not claimed before paying: the sum paid, no coupon added after
    ("coupon-unclaimed-paid", "付好了 一瓶面霜一瓶精华 满减券忘领了", ("没办法再补用券",), ("实付347",)),
    ("expiry-feared-checked-once", "洗面奶挤出来分层了 是不是过期了 生产日期在哪", ("生产日期和批号", "核实后"), ("生产日期我这就帮您核实",)),
]


ROUND472_475 = [
    # "爆了一片痘" after use is a reaction: stopped and cared for, not the item introduced
    ("breakout-burst-after-use", "用了你家面霜 额头爆了一片痘 怎么回事", ("停用",), ("给您介绍一下",)),
    # a breakout asked about before buying ("擦了闷痘不"): answered as a question, not cared for as a reaction
    ("breakout-asked-not-had", "这面霜干皮擦了闷痘不 想入", ("干皮",), ("皮肤科", "停用")),
    # pieces short in Cantonese ("入面得三块"): the shortfall's options, not a product pitch
    ("pieces-short-in-cantonese", "面膜盒入面得三块 唔系五块咩", ("补发",), ("给您介绍一下",)),
    # one of two to choose for a skin one item names exactly ("混干皮"): that one, not the one for 混合皮
    # a job told beside a question of use ("我送外卖一天都在外边"): no parcel traced
    ("job-told-no-parcel", "精华晚上用还是早上 擦完能出去晒太阳吗 我送外卖一天都在外边", ("防晒",), ("核实包裹",)),
    # two items used together, one whose own usage says it goes first after cleansing ("洁面后先用"): that one first
    ("order-by-the-items-usage", "精华和面膜能一块儿用吗 谁先谁后", ("先用精华，再用面膜",), ()),
    # free samples asked beside another question ("…送小样不"): the shop has none, the gift said
    ("samples-asked-beside-shelf-life", "洗面奶开封能放多久 现在买送小样不", ("没有单独的小样",), ()),
    ("pick-the-exact-skin", "我混干皮 预算200 烟酰胺和积雪草霜只能选一个 你帮我定", ("推荐您选积雪草修护面霜",), ()),
]


ROUND476_479 = [
    # the invoice's details said to be sent already ("抬头税号刚才都发你了"): checked and issued, not asked for again
    ("invoice-details-sent-already", "要开专票 抬头和税号刚才发你了 开好寄哪", ("核对", "邮箱"), ("下单后把抬头和税号发我",)),
    # a remark the customer wrote on the order already ("我备注了送人的 别放价格单"): read back as seen
    # a reaction had before, with something used in the past ("以前用过刺痛"), told while weighing a purchase: a worry, not a reaction to care for
    ("past-sting-while-weighing", "算了我再看看别家 烟酰胺这种我怕不耐受 以前用过刺痛", ("温和",), ("皮肤科",)),
    # a mild breakout after opening, a return asked: the item that does not suit, the rule for opened goods, no free return
    ("opened-breakout-return-asked", "精华开了用了三次 感觉有点闷痘 能退不", ("停用",), ("寄回运费我们承担", "孕妇、哺乳期、烂脸期用着")),
    # "就想洗干净点" with no skin or budget said: the cleanser, not three questions back
    ("just-clean-my-face", "男生 只想把脸洗干净 别的不折腾 推荐一个", ("氨基酸温和洁面乳",), ("预算是多少",)),
    ("remark-written-already", "前天晚上拍的 今天能发吗 我备注了是送人的 别放小票", ("您备注的「送人的", "别放小票"), ()),
]


@pytest.mark.parametrize("message", ["买完没两天就降价了 太坑了吧", "刚付完款就便宜20块 坑人呢"])
def test_bought_then_cheaper_is_price_protection_in_every_draft(shop, shop_matcher, message):
    """A fall in price after buying is 保价 in every draft, not the promotions of a shopper."""
    assert {d.scenario for d in draft(shop, shop_matcher, message).drafts} == {"price_protect"}

# the later rounds' tables (86-161), one test over all their rows: each row's id names its rounds
LATER_ROUNDS = {
    "86-87": ROUND86_87, "88-89": ROUND88_89, "90-91": ROUND90_91, "94-95": ROUND94_95, "96-97": ROUND96_97, "98-99": ROUND98_99, "100-101": ROUND100_101, "102-103": ROUND102_103,
    "104-105": ROUND104_105, "106-107": ROUND106_107, "108-109": ROUND108_109, "110-111": ROUND110_111,
    "112-113": ROUND112_113, "114-115": ROUND114_115, "116-117": ROUND116_117, "118-119": ROUND118_119, "120-121": ROUND120_121, "122-123": ROUND122_123,
    "124-125": ROUND124_125, "126-127": ROUND126_127, "128-129": ROUND128_129,
    "130-131": ROUND130_131, "132-133": ROUND132_133, "134-135": ROUND134_135,
    "136-137": ROUND136_137, "138-139": ROUND138_139, "140-141": ROUND140_141,
    "144-145": ROUND144_145, "146-147": ROUND146_147, "148-149": ROUND148_149, "150-151": ROUND150_151, "152-153": ROUND152_153,
    "154-155": ROUND154_155, "156-159": ROUND156_159, "182-183": ROUND182_183, "184-185": ROUND184_185, "186-187": ROUND186_187, "188-189": ROUND188_189,
    "190-205": ROUND190_205, "206-209": ROUND206_209, "220-221": ROUND220_221,
    "228-231": ROUND228_231, "230-233": ROUND230_233,
    "232-235": ROUND232_235, "236-237": ROUND236_237,
    "238-239": ROUND238_239,
    "240-241": ROUND240_241,
    "242-243": ROUND242_243, "242-243b": ROUND242_243B,
    "244-245": ROUND244_245, "246-247": ROUND246_247,
    "248-249": ROUND248_249, "250-251": ROUND250_251,
    "252-253": ROUND252_253, "254-255": ROUND254_255,
    "256-257": ROUND256_257, "258-259": ROUND258_259,
    "260-261": ROUND260_261, "262-263": ROUND262_263, "264-265": ROUND264_265,
    "266-267": ROUND266_267, "268-269": ROUND268_269, "268-270": ROUND270, "271": ROUND271, "272-273": ROUND272_273, "274-275": ROUND274_275, "276-277": ROUND276_277, "278-279": ROUND278_279, "280-281": ROUND280_281, "280-281-more": ROUND280_281_MORE, "282-283": ROUND282_283, "284-285": ROUND284_285, "286-287": ROUND286_287, "288-289": ROUND288_289, "285-289-left": ROUND285_289_LEFT, "287-289-more": ROUND287_289_MORE, "290-291": ROUND290_291, "290-291-more": ROUND290_291_MORE, "292-293": ROUND292_293, "294-295": ROUND294_295, "296-297": ROUND296_297, "298-299": ROUND298_299, "300-301": ROUND300_301, "302-303": ROUND302_303, "304-305": ROUND304_305, "299-305-left": ROUND299_305_LEFT, "306-307": ROUND306_307, "307-left": ROUND307_LEFT, "306-left": ROUND306_LEFT, "306-307-more": ROUND306_307_MORE, "308-309": ROUND308_309, "308-309-more": ROUND308_309_MORE, "308-309-left": ROUND308_309_LEFT, "310-311": ROUND310_311, "310-311-more": ROUND310_311_MORE, "312-313": ROUND312_313, "312-313-more": ROUND312_313_MORE, "314-315": ROUND314_315, "316-317": ROUND316_317, "318-319": ROUND318_319, "320-321": ROUND320_321, "322-323": ROUND322_323, "324-325": ROUND324_325, "326-327": ROUND326_327, "328-329": ROUND328_329, "330-331": ROUND330_331, "332-333": ROUND332_333, "334-335": ROUND334_335, "337": ROUND337, "339": ROUND339, "340-341": ROUND340_341, "342-343": ROUND342_343, "344-345": ROUND344_345, "347": ROUND347, "348-349": ROUND348_349, "346-347-left": ROUND346_347_LEFT, "348-more": ROUND348_MORE, "350-351": ROUND350_351, "353": ROUND353, "348-353-left": ROUND348_353_LEFT, "354-355": ROUND354_355, "354-355-more": ROUND354_355_MORE, "356-359": ROUND356_359, "360-361": ROUND360_361, "362-363": ROUND362_363, "364-365": ROUND364_365, "366-367": ROUND366_367, "368-369": ROUND368_369, "370-371": ROUND370_371, "372-373": ROUND372_373, "374-375": ROUND374_375, "376-377": ROUND376_377, "380-381": ROUND380_381, "382-383": ROUND382_383, "384-385": ROUND384_385, "386-387": ROUND386_387, "386-387-more": ROUND386_387_MORE, "388-389": ROUND388_389, "390-391": ROUND390_391, "390-391-more": ROUND390_391_MORE, "392-393": ROUND392_393, "392-393-more": ROUND392_393_MORE, "350-393-evidence": PRICE_HELD_EVIDENCE, "394-395": ROUND394_395, "396-397": ROUND396_397, "398-399": ROUND398_399, "400-401": ROUND400_401, "402-403": ROUND402_403, "404-405": ROUND404_405, "406-407": ROUND406_407, "408-409": ROUND408_409, "410-411": ROUND410_411, "412-413": ROUND412_413, "414-417": ROUND414_417, "418-419": ROUND418_419, "420-421": ROUND420_421, "422-423": ROUND422_423, "423-425": ROUND423_425, "424-426": ROUND424_426, "426-427": ROUND426_427, "428-429": ROUND428_429, "430-431": ROUND430_431, "432-433": ROUND432_433, "440-441": ROUND440_441, "442-443": ROUND442_443, "444-445": ROUND444_445, "446-447": ROUND446_447, "448-449": ROUND448_449, "450-451": ROUND450_451, "452-453": ROUND452_453, "454-455": ROUND454_455, "456-459": ROUND456_459, "460-463": ROUND460_463, "468-471": ROUND468_471, "472-475": ROUND472_475, "476-479": ROUND476_479,
}
_LATER_ROWS = [(rounds, row) for rounds, rows in LATER_ROUNDS.items() for row in rows]


@pytest.mark.parametrize(
    ("kind", "message", "said", "unsaid"), [row for _, row in _LATER_ROWS], ids=[f"{r}-{row[0]}" for r, row in _LATER_ROWS]
)
def test_later_rounds(shop, shop_matcher, kind, message, said, unsaid):
    first_draft_says(shop, shop_matcher, message, said, unsaid)

