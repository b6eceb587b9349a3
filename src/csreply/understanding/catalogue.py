"""Which catalogue items a message is about: by name, alias or a close (misspelt) name.

Names and aliases are normalised once per library (the index is kept on the library). A message
is searched for every name as a substring, longest first, so "积雪草面霜" wins over the "面霜"
inside it and one span never counts for two items; only when no name is found is a fuzzy match
tried (rapidfuzz, one typo in a name of five characters or more), against the few names that
share most of their character pairs with the message. No I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..library.loading import Library
from ..library.model import Product
from .normalize import normalize
from ..lazy_pattern import lazy

FUZZY_MIN_CHARS = 5  # shorter names are too easy to confuse ("面霜" / "面膜")
SHORT_MIN_CHARS = 3  # names of 3–4 characters: one wrong character, if it cannot name another thing
# a character that, put in place of one of a name's, makes another product or a question
# ("精华水" is a toner, "精华呢" asks about the serum by its short name): never read as a typo
_NOT_TYPO = frozenset("霜膜液奶水乳露油膏粉巾棒笔皂霜泥精华呢吗么嘛啊呀吧哦的了和跟与还或#0123456789")
# phone typing with pinyin gives a character of the same sound: "面摸" is 面膜 even in a name of two
# characters, where any other wrong character is too easy to confuse (a few sounds of product words)
# typed in a name ("波尿酸面莫" is 玻尿酸面膜: any of its characters may be one of these)
HOMOPHONES = {
    "膜": "摸磨模馍莫", "霜": "双爽", "华": "化花滑", "液": "夜业页", "乳": "入辱", "奶": "乃",
    "洁": "结节姐", "精": "经睛晶", "面": "免棉", "修": "休秀", "护": "户互", "酸": "算蒜",
    "玻": "波菠", "氨": "安胺", "基": "机鸡", "酰": "先鲜仙", "雪": "血学", "焕": "换幻", "补": "卜",
}
# a short name said of a part of another item ("每片精华", "剩的精华"): not that item
_PART_OF = lazy(r"(?:[一每#\d]片|片里|剩的|剩下的?|余下的?|袋子?里的?|膜布上的?|面膜的|面膜里的?)$")
FUZZY_CUTOFF = 80.0  # rapidfuzz partial_ratio: one wrong character in five
# Taiwan and Hong Kong terms (after normalisation to Simplified) for what a mainland catalogue
# names otherwise: "胺基酸洗面乳" is the shop's "氨基酸洁面乳"
REGIONAL_TERMS = (
    ("胺基酸", "氨基酸"), ("洗面乳", "洁面乳"), ("洗面露", "洁面乳"), ("洗颜乳", "洁面乳"), ("洗颜", "洁面"),
    ("化妆水", "爽肤水"), ("透明质酸", "玻尿酸"), ("菸酰胺", "烟酰胺"), ("菸碱胺", "烟酰胺"), ("烟碱胺", "烟酰胺"), ("精华露", "精华液"),
)
# words customers write for one another in product names, whichever the catalogue uses:
# "修复霜" names a "修护霜" (too short for the fuzzy match)
CONFUSABLE = (("修护", "修复"),)


@dataclass(frozen=True)
class _Catalogue:
    names: tuple[tuple[str, str], ...]  # (normalised name, product id), longest first
    sounds: tuple[tuple[re.Pattern, str], ...]  # each name with any character typed as a homophone
    any_sound: re.Pattern  # all of them at once: most messages name none, and one search says so
    bigrams: dict[str, tuple[int, ...]]  # character pair -> indexes of long names containing it
    sold: str  # every name, alias and category, for telling which kinds of goods are not sold
    made_of: str = ""  # what the items are made of ("5%神经酰胺"): a word there is no typed name
    stems: tuple[tuple[str, str], ...] = ()  # "积雪草" of "积雪草面霜": said as "积雪草的", that item


def _catalogue(library: Library) -> _Catalogue:
    cached = library._catalogue
    if cached is not None:
        return cached
    pairs: dict[str, str] = {}
    for product in library.products.values():
        for name in (product.name, product.id, *product.aliases):
            norm = normalize(name).text
            variants = [norm] + [norm.replace(a, b) for pair in CONFUSABLE for a, b in (pair, pair[::-1]) if a in norm]
            for variant in variants:
                if variant and variant not in pairs:
                    pairs[variant] = product.id
    names = tuple(sorted(pairs.items(), key=lambda p: -len(p[0])))
    bigrams: dict[str, list[int]] = {}
    for i, (name, _) in enumerate(names):
        if len(name) >= SHORT_MIN_CHARS:
            for gram in {name[k : k + 2] for k in range(len(name) - 1)}:
                bigrams.setdefault(gram, []).append(i)
    sold = " ".join(" ".join((p.name, p.category, *p.aliases)) for p in library.products.values())
    sounds = tuple((_sounds_like(name), pid) for name, pid in names if len(name) >= 3 or any(ch in HOMOPHONES for ch in name))
    any_sound = re.compile("|".join(f"(?:{p.pattern})" for p, _ in sounds) or "(?!)")
    made_of = " ".join(normalize(p.ingredients + p.feature).text for p in library.products.values())
    # an alias less its kind ("积雪草面霜" less 面霜), of three characters or more, that only this item's
    # names and ingredients hold: "那个积雪草的有酒精没" names the cream
    stems = {n.removesuffix(p.category): p.id for p in library.products.values() for n in (p.name, *p.aliases) if p.category and n.endswith(p.category)}
    stems = {k: v for k, v in stems.items() if len(k) >= 3 and k in normalize(library.products[v].ingredients).text and sum(k in n for n, _ in names) == sum(k in n for n, pid in names if pid == v)}
    catalogue = _Catalogue(names, sounds, any_sound, {g: tuple(v) for g, v in bigrams.items()}, sold, made_of, tuple(stems.items()))
    library._catalogue = catalogue
    return catalogue


def names_of(product: Product) -> list[str]:
    """The item's name and aliases, each once, longest first (so "积雪草修护面霜" is found before "面霜").

    >>> names_of(Product("c", "面霜", aliases=("积雪草面霜", "面霜")))
    ['积雪草面霜', '面霜']
    """
    return sorted(dict.fromkeys(n for n in (product.name, *product.aliases) if n), key=len, reverse=True)


def items_only(library: Library, clause: str) -> bool:
    """Whether ``clause`` only lists catalogue items and their counts ("#瓶面霜#支洗面奶"): no question.

    >>> from pathlib import Path
    >>> lib = Library.load([Path("examples/shop")], user=False, env=False)
    >>> items_only(lib, "两瓶面霜一支洗面奶"), items_only(lib, "面霜有货吗")
    (True, False)
    """
    rest = clause
    for product in find_products(library, clause, limit=4) if library.products else ():
        for name in names_of(product):
            rest = rest.replace(name, "")
    return rest != clause and not _COUNTS_AND_LINKS.sub("", rest)


_COUNTS_AND_LINKS = lazy(r"[#一两二三四五六七八九十俩各]|[瓶支盒个件罐套袋只片]|[加和跟与及、，,\s]|还有")


def find_products(library: Library, message: str, limit: int = 2) -> list[Product]:
    """The catalogue items ``message`` names, in the order it names them (at most ``limit``).

    >>> from csreply.library import Library
    >>> from pathlib import Path
    >>> lib = Library.load([Path("examples/shop")], user=False, env=False)
    >>> [p.id for p in find_products(lib, "面霜和烟酰胺精华有什么区别")]
    ['cream-50', 'serum-30']
    >>> [p.id for p in find_products(lib, "积雪草修复面霜有货吗")]  # 修复 for 修护
    ['cream-50']
    """
    if not library.products:
        return []
    catalogue = _catalogue(library)
    text = _mainland_terms(normalize(message).text)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str, str]] = []  # (position, product id, the name found)
    parts: list[tuple[int, int]] = []  # short names said of a part of another item
    for name, product_id in catalogue.names:
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            if len(name) <= 2 and _PART_OF.search(text, 0, start):
                parts.append((start, end))  # "面膜一片精华多少": the sheet's essence, not the serum
            elif not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                found.append((start, product_id, name))
                break
            start = text.find(name, start + 1)
    # "面膜拆开干巴巴的 没几滴精华": a short name that another named item's own facts hold, said
    # as an amount or a part ("几滴", "的", "里"), is that item's part ("面膜和精华" names two)
    found = [
        f for f in found
        if len(f[2]) > 2 or not _SAID_OF_PART.search(text, 0, f[0])
        or not any(o[1] != f[1] and f[2] in _facts_text(library.products[o[1]]) for o in found)
    ]
    # a name with a typo beside one spelled right ("玻尿酸补水面摸一盒几片 一片精华多不多"): the
    # text left after the names found is searched too, and placed where its name starts
    blank = taken + parts
    rest = "".join("\0" if any(a <= k < b for a, b in blank) else c for k, c in enumerate(text)) if blank else text
    for _ in range(2):  # "玻尿酸面摸和积雪草面箱哪个更补水": two names, each with a typo
        fuzzy = _fuzzy(catalogue, rest, {f[1] for f in found}) if len(rest.replace("\0", "")) >= 2 else None
        if fuzzy is None:
            break
        name = next(n for n, pid in catalogue.names if pid == fuzzy)
        at = min((a for a in (rest.find(name[k : k + 2]) for k in range(len(name) - 1)) if a >= 0), default=len(text))
        found.append((at, fuzzy, name))
        rest = rest[:at] + "\0" * len(name) + rest[at + len(name):]  # (the next typo is looked for in the rest)
    found = found or [(text.find(stem), pid, stem) for stem, pid in catalogue.stems if re.search(stem + "的", text)]
    if not found:
        return []
    # "满299减20跟满199送面膜能一块用不 精华加面霜367": the item a promotion gives away is the
    # gift, not an item asked about, when other items are named
    asked = [f for f in found if not _GIVEN_AWAY.search(text, 0, f[0])]
    found = asked or found
    ids = list(dict.fromkeys(f[1] for f in sorted(found)))
    return [library.products[pid] for pid in ids[:limit]]


_GIVEN_AWAY = lazy(r"(?:满[#\d]+(?:元|块)?送|送的|赠送的?|赠品)$")  # "满199送面膜", "赠品面膜": the gift
_SAID_OF_PART = lazy(r"(?:滴|片|(?<![买拍用收囤送])的|里|剩|余|点|些|多少|(?<!有)没(?:啥|什么|有|多少)?)$")  # (not "之前买的精华"; "没啥精华干巴巴的", not "有没有精华")


def _facts_text(product: Product) -> str:
    """What an item is made of, as its facts say it (a mask's "每片25ml精华")."""
    return product.spec + product.feature + product.material


def _mainland_terms(text: str) -> str:
    """``text`` with Taiwan/Hong Kong product terms in the mainland words catalogues use.

    >>> _mainland_terms("胺基酸洗面乳敏感肌可以用吗")
    '氨基酸洁面乳敏感肌可以用吗'
    """
    for regional, mainland in REGIONAL_TERMS:
        text = text.replace(regional, mainland)
    return text


def _fuzzy(catalogue: _Catalogue, text: str, found: set[str] = frozenset()) -> str | None:
    """The item ``text`` names with a typo, other than those ``found`` already ("烟酰安精华孕妇能用吗
    …洗面乃能用不": the cleanser, not the serum again)."""
    grams = {text[k : k + 2] for k in range(len(text) - 1)}
    shared: dict[int, int] = {}
    for gram in grams:
        for i in catalogue.bigrams.get(gram, ()):
            if catalogue.names[i][1] not in found:
                shared[i] = shared.get(i, 0) + 1
    # one wrong character costs a long name at most two of its character pairs
    # in the catalogue's order (longest name first), never the order of a set of character pairs:
    # which of two names of one length is tried first must not depend on the hash seed
    pool = [i for i, n in sorted(shared.items()) if n >= max(2, len(catalogue.names[i][0]) - 3)]
    short = [catalogue.names[i] for i in sorted(shared) if len(catalogue.names[i][0]) < FUZZY_MIN_CHARS]
    pool = [i for i in pool if len(catalogue.names[i][0]) >= FUZZY_MIN_CHARS]
    for name, product_id in sorted(short, key=lambda n: -len(n[0])):
        if _one_typo(name, text, catalogue.made_of):
            return product_id
    if catalogue.any_sound.search(text):
        for pattern, product_id in catalogue.sounds:  # longest first
            if product_id not in found and pattern.search(text):
                return product_id
    if not pool:
        return None
    from rapidfuzz import fuzz

    best: tuple[float, int, str] | None = None
    for i in pool:
        name, product_id = catalogue.names[i]
        score = fuzz.partial_ratio(name, text)
        if score >= FUZZY_CUTOFF and (best is None or (score, len(name)) > best[:2]):
            best = (score, len(name), product_id)
    return best[2] if best else None


def misspells_item(library: Library, text: str) -> bool:
    """Whether ``text`` names a catalogue item with a homophone typed for one of its characters ("面双" for 面霜):
    quoting it back to the customer would repeat the typo.

    >>> from csreply.library.model import Product
    >>> lib = Library.load(user=False, env=False)
    >>> lib.products = {"c": Product("c", "积雪草面霜", aliases=("面霜",))}; lib._catalogue = None
    >>> misspells_item(lib, "面双到了 盖子裂了"), misspells_item(lib, "面霜到了 盖子裂了")
    (True, False)
    """
    catalogue = _catalogue(library)
    norm = normalize(text).text
    if any(len(name) >= 3 and name not in norm and _one_typo(name, norm, catalogue.made_of, inside=True) for name, _ in catalogue.names):
        return True  # "烟酰按精华": one character wrong, quoted back it repeats the typo
    if not catalogue.any_sound.search(norm):
        return False
    return any((m := pattern.search(norm)) and m.group(0) != name for (pattern, _), name in zip(catalogue.sounds, _sounded(catalogue)))


def _sounded(catalogue: _Catalogue) -> list[str]:
    """The names :attr:`_Catalogue.sounds` were made from, in the same order."""
    return [name for name, _ in catalogue.names if len(name) >= 3 or any(ch in HOMOPHONES for ch in name)]


def _one_typo(name: str, text: str, made_of: str = "", inside: bool = False) -> bool:
    """Whether ``text`` holds ``name`` with one character wrong, a character that names nothing
    else ("洗面乃" for 洗面奶, "焕亮精化" for 焕亮精华; not "精华水", not "精华呢"), nor a word of
    what the items are made of (``made_of``: "神经酰胺" is an ingredient, not 烟酰胺 mistyped).
    With ``inside``, only a character between the name's first and last counts ("烟酰胺精华颜色"
    is the name and the next word, not 精华液 mistyped).

    >>> _one_typo("洗面奶", "就买一支洗面乃包邮吗"), _one_typo("精华液", "有精华水吗"), _one_typo("精华液", "那精华呢")
    (True, False, False)
    >>> _one_typo("烟酰胺", "别家也是神经酰胺的才99", "含5%神经酰胺")
    False
    """
    size = len(name)
    for start in range(len(text) - size + 1):
        window = text[start : start + size]
        wrong = [k for k in range(size) if window[k] != name[k]]
        if len(wrong) == 1 and window[wrong[0]] not in _NOT_TYPO and name[wrong[0]] not in "和跟与" and not (inside and wrong[0] in (0, size - 1)):
            if made_of and (text[max(0, start - 1) : start + size] in made_of or text[start : start + size + 1] in made_of):
                continue
            return True
    return False


def typo_spans(name: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds ``name`` (three characters or more) with one character wrong that names
    nothing else, as (start, end): how a count before a mistyped name is found ("两瓶烟酰按").

    >>> typo_spans("烟酰胺", "两瓶烟酰按一个洗面奶"), typo_spans("精华液", "有精华水吗")
    ([(2, 5)], [])
    """
    size = len(name)
    return [(start, start + size) for start in range(len(text) - size + 1) if size >= 3 and _one_typo(name, text[start:start + size])]


def _sounds_like(name: str) -> re.Pattern:
    """``name`` with each of its characters also matched by its homophones (:data:`HOMOPHONES`).

    >>> p = _sounds_like("玻尿酸面膜")
    >>> bool(p.search("波尿酸面莫一盒几片")), bool(p.search("玻尿酸面霜"))
    (True, False)
    >>> bool(_sounds_like("积雪草霜").search("那个积血草的霜能用吗"))
    True
    """
    chars = [f"[{re.escape(ch)}{HOMOPHONES[ch]}]" if ch in HOMOPHONES else re.escape(ch) for ch in name]
    # "积血草的霜": a 的 said inside a name of three or more characters
    return re.compile(("(?:的|那个|这个)?" if len(name) >= 3 else "").join(chars))


def ranked_pair(products: list[Product]) -> tuple[Product, Product] | None:
    """For a comparison: (the other item, the better item), where better is the higher-priced
    one (the second named when the prices are equal or unknown).

    >>> a, b = Product("a", "基础款", price=59), Product("b", "升级款", price=99)
    >>> [p.id for p in ranked_pair([b, a])]
    ['a', 'b']
    """
    if len(products) < 2:
        return None
    first, second = products[0], products[1]
    if first.price is not None and second.price is not None and first.price > second.price:
        return second, first
    return first, second


# kinds of goods customers ask a shop for by name; one the catalogue does not hold is not sold here
KINDS = (
    "防晒霜", "防晒乳", "防晒喷雾", "防晒", "眼霜", "眼膜", "口红", "唇膏", "唇釉", "粉底液", "粉底", "气垫",
    "隔离霜", "妆前乳", "卸妆水", "卸妆油", "卸妆膏", "爽肤水", "化妆水", "精华水", "乳液", "面霜", "精华",
    "洗面奶", "洁面", "面膜", "香水", "身体乳", "护手霜", "洗发水", "护发素", "沐浴露", "睫毛膏", "眼影",
    "腮红", "散粉", "粉饼", "眉笔", "喷雾", "安瓶", "冻干粉", "磨砂膏", "去角质", "颈霜", "牙膏", "面巾",
    "剃须泡沫", "剃须膏", "剃须刀", "须后水", "洗手液", "洗衣液", "卫生巾", "湿巾", "美瞳", "指甲油", "染发剂",
    "发膜", "精油", "止汗露", "香皂", "唇膜", "鼻贴", "痘痘贴", "面部精油", "男士乳液",
)
_ASK_FOR = "(?:有没有|有卖|有没|卖不卖|卖|有|你家|你们家|你们店|店里)"


def sold_kinds(library: Library) -> str:
    """The kinds of goods the catalogue sells, as said to a customer ("面霜、精华、洁面、面膜")."""
    return "、".join(dict.fromkeys(p.category or p.name for p in library.products.values()))


def unsold_kind(library: Library, message: str) -> str:
    """The kind of goods ``message`` asks the shop for that no catalogue item is ("有卖防晒霜吗"
    in a shop of creams and serums), or "" (also when the library has no catalogue).

    >>> from csreply.library import Library
    >>> from pathlib import Path
    >>> lib = Library.load([Path("examples/shop")], user=False, env=False)
    >>> unsold_kind(lib, "你们家有眼霜没"), unsold_kind(lib, "有卖防晒霜吗"), unsold_kind(lib, "面膜有货吗")
    ('眼霜', '防晒霜', '')
    """
    if not library.products:
        return ""
    text = _mainland_terms(normalize(message).text)
    sold = _catalogue(library).sold
    asked: list[tuple[int, str]] = []
    for kind in KINDS:
        at = text.find(kind)
        if at == -1 or kind in sold or any(kind in other and other in text for other in KINDS if other != kind):
            continue  # sold here, or part of a longer kind the message names ("防晒" in "防晒霜")
        before, after = text[max(0, at - 6) : at], text[at + len(kind) : at + len(kind) + 6]
        if re.search(r"(?:擦|涂|抹|化)(?:了|着|过)?[^，,。？?\s]{0,4}$", before):
            continue  # "我有擦防晒跟粉底 洗面乳能卸吗": what the customer wears, not goods asked for
        # "有卸妆油或者眼霜卖不": a kind joined to one asked for is asked for too
        joined = asked and re.search(r"(?:或者|或|还是|和|跟|、)$", before)
        if joined or re.search(_ASK_FOR + r"[^，,。？?\s]{0,4}$", before) or re.match(
            r"[^，,。]{0,3}(?:有吗|有没|有卖|卖吗|卖不|有不|多少钱|怎么卖|什么价)", after
        ):
            asked.append((at, kind))
    return "和".join(kind for _, kind in sorted(asked))


# services a shop of goods does not offer, asked as if it did ("你们做不做水光针", "能上门做脸吗")
_SERVICE = lazy(
    r"(?:做不做|有没有|能不能做?|可不可以做?|可以做|能做|提供|有|做)[^，,。？?\s]{0,4}?"
    r"(水光针|医美|美容项目|皮肤管理|光子嫩肤|热玛吉|微针|打针|注射|做脸|面部护理|美甲|纹眉|上门做脸|上门(?:服务|护理))"
    r"|(水光针|医美|光子嫩肤|热玛吉|皮肤管理|上门做脸|上门服务)[^，,。？?\s]{0,4}(?:吗|么|不|做吗|多少钱|怎么收费)"
    r"|(?:帮(?:忙|我)?|能|可以|接不接|接|做不做|做)(代购)"  # "能帮忙代购小棕瓶吗": goods of other brands, bought for them
)


def unsold_service(message: str) -> str:
    """The service ``message`` asks a shop of goods for ("你们做不做水光针" -> 水光针), or "".

    >>> unsold_service("你们做不做水光针？多少钱一次"), unsold_service("能上门做脸吗"), unsold_service("面膜怎么用")
    ('水光针', '上门做脸', '')
    >>> unsold_service("你们能帮忙代购雅诗兰黛小棕瓶吗")
    '代购'
    """
    m = _SERVICE.search(message)
    return (m.group(1) or m.group(2) or m.group(3)) if m else ""
