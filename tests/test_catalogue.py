"""Finding the catalogue items a message is about: names, aliases, typos, two at once."""

from __future__ import annotations

import doctest
import os
from pathlib import Path

import pytest

import csreply.understanding.catalogue
import csreply.understanding.implied
from csreply.library import Library
from csreply.library.model import Product
from csreply.understanding.catalogue import find_products, ranked_pair
from hash_seeds import outputs_under_seeds

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def shop() -> Library:
    return Library.load([ROOT / "examples" / "shop"], user=False, env=False)


@pytest.mark.parametrize(
    ("message", "ids"),
    [
        ("积雪草修护面霜 50g还有货吗", ["cream-50"]),  # the full name
        ("修护霜敏感肌能用吗", ["cream-50"]),  # an alias
        ("洗面奶和洁面乳是一样的吗", ["cleanser-120"]),  # two aliases of one item
        ("面霜和烟酰胺精华有什么区别", ["cream-50", "serum-30"]),  # message order
        ("精华跟面霜哪个好", ["serum-30", "cream-50"]),
        ("积雪草修复面霜有什么成分", ["cream-50"]),  # one wrong character in a long name
        ("玻尿酸补水面膜几片", ["mask-5"]),
        ("serum-30 多少钱", ["serum-30"]),  # the id
        ("補水面膜好用嗎", ["mask-5"]),  # Traditional characters
        ("有瓜子吗", []),
        ("面膜面霜精华洁面都要", ["mask-5", "cream-50"]),  # at most two
    ],
)
def test_find_products(shop, message, ids):
    assert [p.id for p in find_products(shop, message)] == ids


@pytest.mark.parametrize(
    ("message", "ids"),
    [
        ("就买一支洗面乃包邮吗", ["cleanser-120"]),  # one wrong character in a three-character alias
        ("焕亮精化含不含酒精", ["serum-30"]),
        ("有洗面巾吗", []),  # 巾 names another thing: a face towel is not the cleanser
        ("精华水有吗", ["serum-30"]),  # the alias 精华 itself, not 精华液 with a typo
    ],
)
def test_short_names_take_one_typo_that_names_nothing_else(shop, message, ids):
    assert [p.id for p in find_products(shop, message)] == ids


def test_no_catalogue(builtin):
    assert find_products(builtin, "面霜好用吗") == []


def test_ranked_pair_prefers_the_higher_price_then_the_second_named():
    cheap, dear, unknown = Product("a", "甲", price=59), Product("b", "乙", price=99), Product("c", "丙")
    assert ranked_pair([dear, cheap]) == (cheap, dear)
    assert ranked_pair([cheap, dear]) == (cheap, dear)
    assert ranked_pair([unknown, cheap]) == (unknown, cheap)
    assert ranked_pair([cheap]) is None


def test_doctests():
    here = os.getcwd()
    os.chdir(ROOT)  # the doctest loads examples/shop by a relative path
    try:
        assert doctest.testmod(csreply.understanding.catalogue).failed == 0
        assert doctest.testmod(csreply.understanding.implied).failed == 0
    finally:
        os.chdir(here)


def test_a_typo_beside_a_named_item_is_found_whatever_the_hash_seed():
    """"烟酰安精华孕妇能用吗 …洗面乃能用不": the serum is named (by its sound), the cleanser with a typo.
    Which of two names of one length the typo search tries first once followed the order of a set
    of character pairs, so the cleanser was found under some hash seeds only."""
    code = (
        "from pathlib import Path;from csreply.library import Library;"
        "from csreply.understanding.catalogue import find_products;"
        f"lib=Library.load([Path({str(ROOT / 'examples' / 'shop')!r})],user=False,env=False);"
        "print([p.id for p in find_products(lib,'我怀孕四个多月了 脸上暗沉的不行 你们那个烟酰安精华孕妇能用吗 不能的话洗面乃能用不')])"
    )
    assert outputs_under_seeds(code) == {"['serum-30', 'cleanser-120']"}
