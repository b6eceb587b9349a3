"""Which catalogue items a message is about: by name, alias or a close (misspelt) name.

Names and aliases are normalised once per library (the index is kept on the library). A message
is searched for every name as a substring, longest first, so "积雪草面霜" wins over the "面霜"
inside it and one span never counts for two items; only when no name is found is a fuzzy match
tried (rapidfuzz, one typo in a name of five characters or more), against the few names that
share most of their character pairs with the message. No I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..library.loading import Library
from ..library.model import Product
from .normalize import normalize

FUZZY_MIN_CHARS = 5  # shorter names are too easy to confuse ("面霜" / "面膜")
FUZZY_CUTOFF = 80.0  # rapidfuzz partial_ratio: one wrong character in five
# Taiwan and Hong Kong terms (after normalisation to Simplified) for what a mainland catalogue
# names otherwise: "胺基酸洗面乳" is the shop's "氨基酸洁面乳"
REGIONAL_TERMS = (
    ("胺基酸", "氨基酸"), ("洗面乳", "洁面乳"), ("洗面露", "洁面乳"), ("洗颜乳", "洁面乳"), ("洗颜", "洁面"),
    ("化妆水", "爽肤水"), ("透明质酸", "玻尿酸"), ("菸酰胺", "烟酰胺"), ("精华露", "精华液"),
)
# words customers write for one another in product names, whichever the catalogue uses:
# "修复霜" names a "修护霜" (too short for the fuzzy match)
CONFUSABLE = (("修护", "修复"),)


@dataclass(frozen=True)
class _Catalogue:
    names: tuple[tuple[str, str], ...]  # (normalised name, product id), longest first
    bigrams: dict[str, tuple[int, ...]]  # character pair -> indexes of long names containing it


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
        if len(name) >= FUZZY_MIN_CHARS:
            for gram in {name[k : k + 2] for k in range(len(name) - 1)}:
                bigrams.setdefault(gram, []).append(i)
    catalogue = _Catalogue(names, {g: tuple(v) for g, v in bigrams.items()})
    library._catalogue = catalogue
    return catalogue


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
    found: list[tuple[int, str]] = []  # (position, product id)
    for name, product_id in catalogue.names:
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            if not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                found.append((start, product_id))
                break
            start = text.find(name, start + 1)
    if not found:
        fuzzy = _fuzzy(catalogue, text)
        return [library.products[fuzzy]] if fuzzy else []
    ids = list(dict.fromkeys(pid for _, pid in sorted(found)))
    return [library.products[pid] for pid in ids[:limit]]


def _mainland_terms(text: str) -> str:
    """``text`` with Taiwan/Hong Kong product terms in the mainland words catalogues use.

    >>> _mainland_terms("胺基酸洗面乳敏感肌可以用吗")
    '氨基酸洁面乳敏感肌可以用吗'
    """
    for regional, mainland in REGIONAL_TERMS:
        text = text.replace(regional, mainland)
    return text


def _fuzzy(catalogue: _Catalogue, text: str) -> str | None:
    grams = {text[k : k + 2] for k in range(len(text) - 1)}
    shared: dict[int, int] = {}
    for gram in grams:
        for i in catalogue.bigrams.get(gram, ()):
            shared[i] = shared.get(i, 0) + 1
    # one wrong character costs a long name at most two of its character pairs
    pool = [i for i, n in shared.items() if n >= max(2, len(catalogue.names[i][0]) - 3)]
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
