"""Drafts that read like the best agent on the team (issue 5), with the clock fixed.

Angry complaints get empathy first, a restatement and concrete times; deadlines skip weekends
and holidays in the shop's zone; a Traditional message gets Traditional drafts; products are
found by alias (and a typo) and compared with FABE; bargainers get a gift or a coupon, never a
price cut; tips are one per draft at most.
"""

from __future__ import annotations

import json
import re
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csreply.interface.cli import app
from csreply.library import Library
from csreply.writing.drafting import suggest
from csreply.writing.restate import restate
from csreply.writing.values import clock_values

ROOT = Path(__file__).resolve().parent.parent
SHOP = ROOT / "examples" / "shop"
MONDAY = datetime.fromisoformat("2026-11-23T15:00+08:00")
FRIDAY_EVENING = datetime.fromisoformat("2026-11-27T20:30+08:00")
BEFORE_NATIONAL_DAY = datetime.fromisoformat("2026-09-30T19:00+08:00")  # 国庆 10-01..10-07


@pytest.fixture(scope="module")
def shop() -> Library:
    return Library.load([SHOP], user=False, env=False)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


# --- an angry logistics complaint -------------------------------------------------------------
ANGRY = "快递三天没动了！！你们到底管不管？？再不给我解决我就给差评"


def test_angry_logistics_complaint_empathy_first_restated_concrete_times(builtin):
    s = suggest(ANGRY, builtin, now=MONDAY)
    assert s.scenario == "logistics"
    assert s.emotion.label == "anger" and s.emotion.strength >= 0.8
    first = s.drafts[0].text
    # the feeling is acknowledged before anything else, and runs into the apology: one opening
    assert first.startswith("亲，您先别着急，遇到这种事换成是我也会生气的，非常抱歉"), first
    assert "您是说快递三天没动了，是吗？" in first  # the customer's own words
    assert "今天（11月23日 周一）16:00前" in first  # the 1-hour escalation, as a date and a weekday
    assert s.drafts[0].tip is None  # no tips for an angry customer
    for draft in s.drafts:  # every draft speaks to the feeling first, and only once
        assert re.search("生气|心情|着急", draft.text[:40]), draft.text
        assert draft.text.count(builtin.tone.anger) <= 1


def test_angry_json_has_emotion_and_dates(builtin):
    data = suggest(ANGRY, builtin, now=MONDAY).to_dict()
    assert data["emotion"]["label"] == "anger" and 0.8 <= data["emotion"]["strength"] <= 1
    assert "intents" in data and data["script"] == "simplified"


def test_angry_logistics_on_friday_evening_promises_monday(builtin):
    s = suggest(ANGRY, builtin, now=FRIDAY_EVENING)
    assert "11月30日（周一）10:00前" in s.drafts[0].text


def test_options_draft_gets_the_opener_on_its_first_line(builtin):
    s = suggest("鞋子穿了两天就开胶了！！气死我了，什么破质量", builtin, now=MONDAY)
    options = next(d for d in s.drafts if d.template == "options")
    opening = options.text.splitlines()[0]
    assert opening.startswith("亲，您先别着急，遇到这种事换成是我也会生气的，非常抱歉给您添麻烦了！")
    assert "您是说鞋子穿了两天就开胶了，是吗？" in opening
    assert [o.label for o in options.options] == ["A", "B", "C"]


def test_anxious_after_sale_draft_without_a_time_is_reassured(tmp_path):
    lib = _library(tmp_path, """
        [[scenarios]]
        id = "logistics"
        title = "物流"
        stage = "after_sale"
        keywords = { "还没到" = 4 }
        [[scenarios.scripts]]
        template = "plain"
        text = "亲，非常抱歉让您久等了，我马上帮您查。"
    """)
    s = suggest("东西还没到，是不是丢了啊，好担心", lib, now=MONDAY)
    assert s.emotion.label == "anxiety"
    assert s.drafts[0].text == (
        "亲，您别担心，有我在呢，非常抱歉让您久等了，我马上帮您查。"  # one opening, not two
        "这件事我会一直跟到底，今天（11月23日 周一）16:00前再主动跟您同步一次进展。"
    )


def test_a_calm_message_gets_no_opener(builtin):
    s = suggest("鞋子开胶了", builtin, now=MONDAY)
    assert s.emotion.label == "neutral"
    assert s.drafts[0].text.startswith("非常抱歉给您添麻烦了！")


# --- restate and confirm ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("message", "clause"),
    [
        ("亲，鞋子穿了两天就开胶了！！", "鞋子穿了两天就开胶了"),
        ("快递三天了，还没到，怎么回事？？", "快递三天了，还没到"),
        (ANGRY, "快递三天没动了"),
        ("气死了！！你们发错货了，我要的黑色", "我们发错货了"),
        ("为什么我的退款还没到账啊", "您的退款还没到账"),
        ("收到的杯子裂了", "收到的杯子裂了"),
        ("鞋子小了想换大一码", "鞋子小了想换大一码"),
    ],
)
def test_restate_takes_the_problem_clause_in_the_customers_words(matcher, message, clause):
    assert restate(message, matcher.rank(message)) == clause


# --- deadlines: weekends, holidays, month and year ends, time zones ---------------------------
def test_friday_evening_exchange_request_leaves_on_monday(builtin):
    s = suggest("鞋子小了想换大一码", builtin, now=FRIDAY_EVENING)
    assert s.scenario == "return_exchange"
    exchange = next(o for o in s.drafts[0].options if o.deadline.kind == "exchange")
    assert exchange.deadline.at == at("2026-11-30T16:00+08:00")
    assert "11月30日（周一）16:00前给您发出" in exchange.text


def test_pre_holiday_exchange_request_leaves_after_national_day(builtin):
    s = suggest("鞋子小了想换大一码", builtin, now=BEFORE_NATIONAL_DAY)
    options = {o.deadline.kind: o for o in s.drafts[0].options}
    assert options["exchange"].deadline.at == at("2026-10-08T16:00+08:00")
    assert "10月8日（周四）16:00" in options["exchange"].text
    assert options["reply"].deadline.at == at("2026-10-08T10:00+08:00")


def test_a_saturday_shop_ships_the_exchange_on_saturday(shop):
    s = suggest("面霜小了想换大一点的规格", shop, now=FRIDAY_EVENING)
    text = "\n".join(d.text for d in s.drafts)
    assert "明天（11月28日 周六）" in text


@pytest.mark.parametrize(
    ("now", "kind", "expected_at", "expected_text"),
    [
        # month end: Monday 30 November evening → Tuesday 1 December
        ("2026-11-30T20:00+08:00", "exchange", "2026-12-01T16:00+08:00", "明天（12月1日 周二）16:00"),
        # year end with the shop's own closure on 1 January: the first working day is Monday 4th
        ("2026-12-31T18:30+08:00", "exchange", "2027-01-04T16:00+08:00", "2027年1月4日（周一）16:00"),
        ("2026-12-31T18:30+08:00", "dispatch", "2027-01-04T18:00+08:00", "2027年1月4日（周一）18:00"),
        # the clock is read in the policy's zone: 07:30 UTC is 15:30 in Shanghai, before the cutoff
        ("2026-11-27T07:30+00:00", "dispatch", "2026-11-27T18:00+08:00", "今天（11月27日 周五）18:00"),
        # 09:30 UTC is 17:30 in Shanghai on a Friday: after the cutoff, Monday
        ("2026-11-27T09:30+00:00", "dispatch", "2026-11-30T18:00+08:00", "11月30日（周一）18:00"),
    ],
)
def test_deadlines_across_month_year_and_zones(tmp_path, now, kind, expected_at, expected_text):
    lib = _library(tmp_path, """
        [policy]
        closures = ["2027-01-01"]
        [[scenarios]]
        id = "q"
        title = "问"
        stage = "after_sale"
        keywords = { "开胶" = 4 }
        [[scenarios.scripts]]
        template = "options"
        opening = "非常抱歉！"
        options = [
          { text = "发出：{deadline}前", deadline = "dispatch" },
          { text = "换新：{deadline}前", deadline = "exchange" },
        ]
    """)
    s = suggest("鞋子开胶了", lib, now=at(now))
    option = next(o for o in s.drafts[0].options if o.deadline.kind == kind)
    assert option.deadline.at == at(expected_at)
    assert option.text.endswith(expected_text + "前")


def test_policy_timezone_other_than_shanghai(tmp_path):
    lib = _library(tmp_path, """
        [policy]
        timezone = "Europe/Berlin"
        statutory_holidays = false
        [[scenarios]]
        id = "q"
        title = "问"
        stage = "pre_sale"
        keywords = { "发货" = 4 }
        [[scenarios.scripts]]
        template = "plain"
        text = "预计{time.dispatch}前发出。"
    """)
    # 23:30 in Shanghai is 16:30 in Berlin on a Friday: after the 16:00 cutoff
    s = suggest("今天发货吗", lib, now=at("2026-11-27T23:30+08:00"))
    assert s.now.isoformat() == "2026-11-27T16:30:00+01:00"
    assert s.drafts[0].text == "预计11月30日（周一）18:00前发出。"


def test_clock_values_are_computed_once_per_moment(builtin, matcher):
    clock_values.cache_clear()
    for message in ("能便宜点吗", "今天能发货吗", "鞋子开胶了", "在吗"):
        suggest(message, builtin, matcher=matcher, now=MONDAY)
    info = clock_values.cache_info()
    assert info.misses == 1 and info.hits == 3


# --- Traditional Chinese ----------------------------------------------------------------------
def test_traditional_question_gets_traditional_drafts(shop):
    s = suggest("請問這款面霜敏感肌能用嗎", shop, now=MONDAY)
    assert s.script == "traditional" and s.product is not None and s.product.id == "cream-50"
    first = s.drafts[0].text
    assert first.startswith("親，")
    assert "積雪草修護面霜 50g" in first  # the product's name follows the customer's script
    assert "乾皮" in first and "敏感肌" in first  # the answer: whom it suits
    fabe = next(d for d in s.drafts if d.template == "fabe")
    assert fabe.fabe["feature"].startswith("這款面霜")
    assert not re.search("[这说请们还发货]", "".join(d.text for d in s.drafts))


def test_traditional_deadlines_and_options(builtin):
    s = suggest("鞋子穿了兩天就開膠了", builtin, now=MONDAY)
    options = s.drafts[0]
    assert options.text.startswith("非常抱歉給您添麻煩了！您是說鞋子穿了兩天就開膠了，是嗎？")
    assert options.options[0].text == "換新：新的明天（11月24日 週二）16:00前給您發出，來回運費我們承擔"


def test_traditional_variant_is_a_policy_setting(tmp_path):
    lib = _library(tmp_path, """
        [shop]
        name = "山间小铺"
        [policy]
        traditional_variant = "tw"
        [[scenarios]]
        id = "q"
        title = "问"
        stage = "pre_sale"
        keywords = { "发货" = 4 }
        [[scenarios.scripts]]
        template = "plain"
        text = "{shop.name}的单号会同步到订单里。"
    """)
    # the shop's name follows the customer's script unless the shop marks it fixed
    assert suggest("今天發貨嗎", lib, now=MONDAY).drafts[0].text == "山間小鋪的單號會同步到訂單裡。"
    lib.shop = type(lib.shop)(name="山间小铺", name_fixed=True)
    assert suggest("今天發貨嗎", lib, now=MONDAY).drafts[0].text == "山间小铺的單號會同步到訂單裡。"


@pytest.mark.parametrize(
    ("message", "script", "expected"),
    [("請問今天能發貨嗎", "simplified", "simplified"), ("今天能发货吗", "traditional", "traditional")],
)
def test_script_option_forces_the_characters(builtin, message, script, expected):
    s = suggest(message, builtin, now=MONDAY, script=script)
    assert s.script == expected
    text = s.drafts[0].text
    assert ("發出" in text) == (expected == "traditional")


def test_cli_script_option():
    runner = CliRunner()
    result = runner.invoke(
        app, ["suggest", "今天能发货吗", "--now", "2026-11-23T15:00", "-f", "json", "--script", "traditional"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["script"] == "traditional" and "發出" in data["drafts"][0]["text"]
    bad = runner.invoke(app, ["suggest", "今天能发货吗", "--script", "klingon"])
    assert bad.exit_code == 2


# --- products: alias, typo, comparison, needs discovery ---------------------------------------
def test_product_question_by_alias_uses_its_fabe_facts(shop):
    s = suggest("洗面奶是什么成分", shop, now=MONDAY)
    assert s.scenario == "product_info" and s.product.id == "cleanser-120"
    assert s.drafts[0].facts == ("ingredients",)  # the answer first: the ingredients themselves
    assert shop.products["cleanser-120"].ingredients in s.drafts[0].text
    fabe = s.drafts[1]  # the fuller way: the FABE
    assert fabe.template == "fabe" and fabe.product == "cleanser-120"
    assert fabe.fabe["feature"] == shop.products["cleanser-120"].feature + "。"
    assert shop.products["cleanser-120"].evidence in fabe.text


def test_product_by_a_misspelt_name(shop):
    s = suggest("积雪草修复面霜有什么成分", shop, now=MONDAY)  # 修复 for 修护
    assert s.product is not None and s.product.id == "cream-50"
    assert shop.products["cream-50"].ingredients in s.drafts[0].text
    assert s.drafts[1].template == "fabe"


def test_complementary_items_get_their_roles_not_a_comparison(shop):
    s = suggest("面霜和烟酰胺精华有什么区别", shop, now=MONDAY)
    assert s.scenario == "product_compare"
    assert [p.id for p in s.products] == ["cream-50", "serum-30"]
    # a cream and a serum are used together: the first draft says so and in which order
    assert "不是二选一" in s.drafts[0].text and "先用精华，再用面霜" in s.drafts[0].text
    for draft in s.drafts:  # never treated as substitutes
        assert not re.search("都能满足|都能解决|定一款", draft.text), draft.text


def test_comparison_of_two_items_of_one_category_is_a_fabe_comparison(tmp_path):
    _library(tmp_path, """
        [[products]]
        id = "cream-basic"
        name = "保湿面霜"
        aliases = ["保湿霜"]
        price = 99
        category = "面霜"
        feature = "含3%甘油"
        advantage = "清爽不黏"
        benefit = "日常保湿够用"
        evidence = "卖出1万多瓶"
        [[products]]
        id = "cream-rich"
        name = "修护面霜"
        aliases = ["修护霜"]
        price = 168
        category = "面霜"
        feature = "含5%神经酰胺"
        advantage = "修护屏障更好"
        benefit = "换季泛红时更舒服"
        evidence = "做过斑贴测试"
    """)
    lib = Library.load([tmp_path / "lib.toml"], user=False, env=False)  # with the built-in scenarios
    s = suggest("保湿面霜和修护面霜有什么区别", lib, now=MONDAY)
    assert s.scenario == "product_compare"
    assert "选一款就可以" in s.drafts[0].text
    draft = next(d for d in s.drafts if d.template == "fabe")
    assert draft.products == ("cream-basic", "cream-rich") and draft.product == "cream-rich"  # 168 > 99
    assert "都能满足" in draft.text and "都能解决" in draft.text  # both solve the need
    assert "含3%甘油" in draft.fabe["feature"] and "含5%神经酰胺" in draft.fabe["feature"]
    assert draft.fabe["advantage"].startswith("如果预算允许，修护面霜多出来的是：")
    data = draft.to_dict()
    assert data["products"] == ["cream-basic", "cream-rich"] and data["product"] == "cream-rich"


def test_indecisive_comparison_gets_one_clear_recommendation(shop):
    s = suggest("面霜和精华有什么区别，好纠结，你帮我选一个", shop, now=MONDAY)
    assert s.customer == "indecisive"
    first = s.drafts[0]
    # complementary items: no "pick one" for an indecisive customer, but how to use both
    assert "不是二选一" in first.text and "纠结" not in first.text
    assert "直接推荐您选" not in first.text


@pytest.mark.parametrize("message", ["这两款有什么区别", "有什么推荐的吗", "这个好用吗"])
def test_no_product_known_asks_instead_of_inventing_facts(shop, message):
    s = suggest(message, shop, now=MONDAY)
    assert s.product is None
    assert all(d.template != "fabe" for d in s.drafts)
    facts = [getattr(p, f) for p in shop.products.values() for f in ("feature", "advantage", "evidence")]
    assert not any(fact in d.text for d in s.drafts for fact in facts)
    assert any(re.search("哪一款|哪两款|自己用还是送人|预算|偏好", d.text) for d in s.drafts)


# --- customer types ---------------------------------------------------------------------------
PRICE_CUT = re.compile(r"(便宜|减|少|优惠)\s*\d+\s*(元|块)|[一二三四五六七八九\d]\s*折|给您改价|改成\d+元")


@pytest.mark.parametrize("library", ["builtin", "shop"])
@pytest.mark.parametrize("message", ["能便宜点吗，老顾客了", "太贵了，少点呗，别家才卖150"])
def test_bargaining_gets_a_gift_or_coupon_never_a_price_cut(request, library, message):
    lib = request.getfixturevalue(library)
    s = suggest(message, lib, now=MONDAY)
    assert s.scenario == "bargain" and s.customer == "bargainer"
    for draft in s.drafts:
        assert not PRICE_CUT.search(draft.text), draft.text
    assert re.search("券|礼物|小样|活动", s.drafts[0].text)


def test_a_bargainer_in_another_scenario_gets_the_coupon_script_first(builtin):
    s = suggest("有什么活动吗 老顾客了给点优惠呗", builtin, now=MONDAY)
    assert s.scenario == "promotion" and s.customer == "bargainer"
    assert s.drafts[0].audience == "bargainer" and "优惠券" in s.drafts[0].text


def test_a_bargainer_asking_for_a_gift_gets_the_gift_script_first(builtin):
    """"老顾客了送点东西呗" asks for a gift: the script about gifts answers it, not a price talk."""
    s = suggest("有什么活动吗，老顾客了送点东西呗", builtin, now=MONDAY)
    assert s.scenario == "promotion" and s.customer == "bargainer"
    assert "赠品" in s.drafts[0].text and "价格" not in s.drafts[0].text


def test_hurried_customer_gets_the_script_written_for_them_first(builtin):
    s = suggest("赶时间，直接说今天能发吗", builtin, now=MONDAY)
    assert s.customer == "hurried"
    assert s.drafts[0].audience == "hurried"
    assert s.drafts[0].text.endswith("16:00前付款的话，预计今天（11月23日 周一）18:00前发出～")
    assert all(d.tip is None for d in s.drafts)


def test_a_hurried_payment_failure_gets_the_failure_answer(builtin):
    first = suggest("付款老是失败 换了卡也不行 急死了", builtin, now=MONDAY).drafts[0].text
    assert "限额" in first and "花呗" in first, first


def test_detail_minded_customer_gets_numbers_first(shop):
    s = suggest("精华液的成分具体是多少，有检测报告吗", shop, now=MONDAY)
    assert s.customer == "detail"
    assert "5%烟酰胺" in s.drafts[0].text  # the ingredients, stated
    assert any(d.audience == "detail" and "价格199元" in d.text for d in s.drafts)


# --- one step more ----------------------------------------------------------------------------
def test_at_most_one_tip_per_draft_and_not_when_already_said(builtin):
    s = suggest("已经付款了 寄公司的", builtin, now=MONDAY)
    tips = {t.id: t for t in builtin.tips}
    for draft in s.drafts:
        added = [t for t in builtin.tips if "{" not in t.text and t.text in draft.text]
        assert len(added) <= 1
    # one tip per message, on the first draft; the invoice for an order a business may claim,
    # split shipments only for several items
    assert suggest("已经付款了", builtin, now=MONDAY).drafts[0].tip is None
    assert s.drafts[0].tip == "invoice"
    assert all(d.tip is None for d in s.drafts[1:])
    assert s.drafts[0].text.endswith(tips["invoice"].text)
    several = suggest("已经付款了，两件一起发吗", builtin, now=MONDAY)
    assert several.drafts[0].tip == "split-shipment"


def test_care_line_by_season_and_time_of_day(builtin):
    winter = suggest("能便宜点吗", builtin, now=at("2026-12-10T15:00+08:00"))
    assert winter.drafts[0].tip == "winter" and winter.drafts[0].text.endswith("天气冷了，您注意保暖哦～")
    night = suggest("能便宜点吗", builtin, now=at("2026-12-10T23:10+08:00"))
    assert night.drafts[0].tip == "late-night"  # one line only, though winter applies too
    spring = suggest("能便宜点吗", builtin, now=at("2026-04-10T15:00+08:00"))
    assert spring.drafts[0].tip is None


def test_a_shop_can_replace_or_switch_off_tips(tmp_path, builtin):
    own = tmp_path / "own.toml"
    own.write_text(textwrap.dedent("""
        [[tips]]
        id = "tracking"
        scenarios = ["dispatch_time"]
        text = "发出后我会把单号发给您～"

        [[tips]]
        id = "winter"
        enabled = false
    """), encoding="utf-8")
    lib = Library.load([own], user=False, env=False)
    assert "winter" not in {t.id for t in lib.tips}
    s = suggest("今天能发货吗", lib, now=at("2026-12-10T10:00+08:00"))
    assert s.drafts[0].text.endswith("发出后我会把单号发给您～")


# --- helpers ----------------------------------------------------------------------------------
def _library(tmp_path: Path, text: str) -> Library:
    path = tmp_path / "lib.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return Library.from_files([path])
