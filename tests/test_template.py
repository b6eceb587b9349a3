"""Safe placeholder templates."""

from __future__ import annotations

import pytest

from csreply.errors import LibraryError, TemplateError
from csreply.library.template import KNOWN, PRODUCT_NAMES, placeholders, render

VALUES = {
    "shop.name": "山间小铺",
    "shop.agent": "小禾",
    "time.dispatch": "今天（11月23日 周一）18:00",
    "deadline": "明天（11月24日 周二）16:00",
    "product.name": "临安纸皮核桃 500g",
    "guesses": "议价还是发货时间",
}


def test_known_names_follow_the_format_doc() -> None:
    assert KNOWN == {
        "shop.name", "shop.agent", "shop.platform",
        "policy.cutoff", "policy.work_start", "policy.work_end",
        "policy.return_window_days", "policy.refund_working_days",
        "policy.exchange_working_days", "policy.escalation_hours",
        "policy.compensation", "policy.return_quality", "policy.return_change_of_mind",
        "time.today", "time.dispatch", "time.pay_by", "time.exchange", "time.refund", "time.reply",
        "deadline",
        "product.name", "product.price", "product.feature", "product.advantage",
        "product.benefit", "product.evidence", "product.role",
        "better.name", "better.price", "better.feature", "better.advantage",
        "better.benefit", "better.evidence", "better.role",
        "other.name", "other.price", "other.feature", "other.advantage",
        "other.benefit", "other.evidence", "other.role",
        "message.text", "message.problem",
        "guesses",
        "policy.free_shipping", "policy.remote_regions", "policy.remote_fee", "policy.couriers",
        "policy.courier_surcharge", "policy.ships_from", "policy.invoice",
        "policy.price_protect_days", "policy.gifts", "policy.warranty", "policy.installation",
        "policy.payment_methods", "policy.coupons",
    } | {
        f"{who}.{what}"
        for who in ("product", "better", "other")
        for what in ("spec", "material", "ingredients", "suitable_for", "not_for", "usage",
                     "cautions", "shelf_life", "in_box", "category")
    }  # fmt: skip
    assert PRODUCT_NAMES == {
        f"{who}.{what}"
        for who in ("product", "better", "other")
        for what in ("name", "price", "feature", "advantage", "benefit", "evidence", "role", "spec", "material",
                     "ingredients", "suitable_for", "not_for", "usage", "cautions", "shelf_life",
                     "in_box", "category")
    }


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("", ""),
        ("亲，在的～", "亲，在的～"),
        ("亲，{shop.name}欢迎您～", "亲，山间小铺欢迎您～"),
        ("{shop.agent}", "小禾"),
        ("{shop.agent}{shop.name}", "小禾山间小铺"),
        ("订单{time.dispatch}前发出", "订单今天（11月23日 周一）18:00前发出"),
        ("换货：新的{deadline}前发出", "换货：新的明天（11月24日 周二）16:00前发出"),
        ("您是想问{guesses}呢？", "您是想问议价还是发货时间呢？"),
        ("{shop.name}和{shop.name}", "山间小铺和山间小铺"),
        ("{{活动}}", "{活动}"),
        ("{{shop.name}}", "{shop.name}"),
        ("{{{shop.name}}}", "{山间小铺}"),
        ("}}{{", "}{"),
        ("${shop.name}", "$山间小铺"),
        ("满$99减10", "满$99减10"),
        ("第一行\n{shop.agent}", "第一行\n小禾"),
    ],
)
def test_render(template: str, expected: str) -> None:
    assert render(template, VALUES) == expected


def test_values_are_not_formatted_again() -> None:
    # a value containing braces is inserted as is, never expanded
    assert render("{message.text}", {"message.text": "{shop.name} {0}"}) == "{shop.name} {0}"


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("", []),
        ("没有占位符 {{x}}", []),
        ("{product.name}：{product.feature}", ["product.name", "product.feature"]),
        ("{shop.name}{deadline}{shop.name}", ["shop.name", "deadline"]),
        ("${time.reply}", ["time.reply"]),
    ],
)
def test_placeholders(template: str, expected: list[str]) -> None:
    assert placeholders(template) == expected


UNSAFE = [
    ("{0}", "unsafe placeholder {0}: only names like {shop.name} are allowed"),
    ("{}", "unsafe placeholder {}: only names like {shop.name} are allowed"),
    ("{x:>9}", "unsafe placeholder {x:>9}: only names like {shop.name} are allowed"),
    ("{x!r}", "unsafe placeholder {x!r}: only names like {shop.name} are allowed"),
    (
        "{shop.__class__}",
        "unsafe placeholder {shop.__class__}: only names like {shop.name} are allowed",
    ),
    (
        "{shop.name.upper}",
        "unsafe placeholder {shop.name.upper}: only names like {shop.name} are allowed",
    ),
    ("{a[0]}", "unsafe placeholder {a[0]}: only names like {shop.name} are allowed"),
    ("{Shop.name}", "unsafe placeholder {Shop.name}: only names like {shop.name} are allowed"),
    ("{ shop.name }", "unsafe placeholder { shop.name }: only names like {shop.name} are allowed"),
    ("{shop.}", "unsafe placeholder {shop.}: only names like {shop.name} are allowed"),
    ("{店名}", "unsafe placeholder {店名}: only names like {shop.name} are allowed"),
    (
        "{__import__('os')}",
        "unsafe placeholder {__import__('os')}: only names like {shop.name} are allowed",
    ),
    (
        "{" + "a" * 40 + "!}",
        "unsafe placeholder {" + "a" * 30 + "…}: only names like {shop.name} are allowed",
    ),
    ("亲{", "unmatched { (write {{ for a literal brace)"),
    ("{shop.name", "unmatched { (write {{ for a literal brace)"),
    ("{a{shop.name}", "unmatched { (write {{ for a literal brace)"),
    ("{shop\n.name}", "unmatched { (write {{ for a literal brace)"),
    ("}", "unmatched } (write }} for a literal brace)"),
    ("亲} {shop.name}", "unmatched } (write }} for a literal brace)"),
    ("{shop.name}}", "unmatched } (write }} for a literal brace)"),
    ("{{shop.name}", "unmatched } (write }} for a literal brace)"),
    ("${x}", "unknown placeholder {x}"),
    ("{shop.nmae}", "unknown placeholder {shop.nmae} (did you mean {shop.name}?)"),
    ("{time.refnud}", "unknown placeholder {time.refnud} (did you mean {time.refund}?)"),
    ("{dedline}", "unknown placeholder {dedline} (did you mean {deadline}?)"),
    ("{policy.cutof}", "unknown placeholder {policy.cutof} (did you mean {policy.cutoff}?)"),
    ("{order.id}", "unknown placeholder {order.id}"),
]


@pytest.mark.parametrize(("template", "message"), UNSAFE)
def test_bad_templates_rejected(template: str, message: str) -> None:
    for call in (lambda: placeholders(template), lambda: render(template, VALUES)):
        with pytest.raises(TemplateError) as caught:
            call()
        assert str(caught.value) == message
        assert isinstance(caught.value, LibraryError)


def test_missing_value_is_a_key_error() -> None:
    with pytest.raises(KeyError) as caught:
        render("亲，{shop.name}的{product.price}元", {"shop.name": "山间小铺"})
    assert caught.value.args == ("product.price",)


def test_no_attribute_access_through_values() -> None:
    class Sneaky:
        secret = "leaked"

    # the whole name is a plain key; nothing is looked up on the value
    with pytest.raises(TemplateError):
        render("{shop.secret}", {"shop": Sneaky()})  # type: ignore[dict-item]
