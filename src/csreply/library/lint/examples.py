"""Checks across scenarios: the same example question in two of them (S005), and heavy keywords
that make two of them collide (S007)."""

from __future__ import annotations

from ..model import Scenario
from .checker import Checker, ruled_out
from .rules import ERROR, WARNING


def duplicate_examples(c: Checker) -> None:
    from rapidfuzz import fuzz

    from ...understanding.normalize import normalize

    rows: list[tuple[Scenario, str, str]] = []
    for scenario in c.lib.scenarios.values():
        seen: set[str] = set()
        for example in scenario.examples:
            norm = normalize(example).text
            if norm and norm not in seen:
                seen.add(norm)
                rows.append((scenario, example, norm))
    # a ratio of 90 needs lengths within 2/0.9 - 1 of each other: compare neighbours only
    rows.sort(key=lambda r: len(r[2]))
    reported: set[tuple[str, str]] = set()
    for a, (sa, example_a, norm_a) in enumerate(rows):
        limit = len(norm_a) * (2 / 0.9 - 1)
        for sb, example_b, norm_b in rows[a + 1 :]:
            if len(norm_b) > limit:
                break
            if sa.id == sb.id:
                continue
            score = fuzz.ratio(norm_a, norm_b, score_cutoff=90)
            if not score or (norm_a, norm_b) in reported:
                continue
            reported.add((norm_a, norm_b))
            same = norm_a == norm_b
            # located at the later-loaded scenario: usually the one just written
            if c.order(sb) >= c.order(sa):
                later, earlier = (sb, example_b), (sa, example_a)
            else:
                later, earlier = (sa, example_a), (sb, example_b)
            base = c.scenario_key(later[0])
            kind = "the same question as" if same else f"a near-duplicate ({score:.0f}%) of"
            c.add(
             "S005",
             f"example “{later[1]}” is {kind} “{earlier[1]}” in {earlier[0].id} ({earlier[0].title}): "
             "keep it under one scenario",
             file=later[0].source,
             key=base + ("examples",) if base else None,
             scenario=later[0].id,
             severity=ERROR if same else WARNING,
         )


def keyword_collisions(c: Checker) -> None:
    from ...understanding.normalize import normalize

    owners: dict[str, list[tuple[Scenario, str, float]]] = {}
    for scenario in c.lib.scenarios.values():
        for word, weight in scenario.keywords.items():
            if weight >= 3:
                norm = normalize(word).text or word
                owners.setdefault(norm, []).append((scenario, word, weight))
    for norm, hits in owners.items():
        if len(hits) < 2:
            continue
        for a in range(len(hits)):
            for b in range(a + 1, len(hits)):
                (sa, wa, xa), (sb, wb, xb) = hits[a], hits[b]
                if sa.id == sb.id or ruled_out(norm, sa) or ruled_out(norm, sb):
                    continue
                later, earlier = ((sb, wb, xb), (sa, wa, xa)) if c.order(sb) >= c.order(sa) else ((sa, wa, xa), (sb, wb, xb))
                if xa == xb:
                    outcome = "a message with only this word cannot be told apart"
                else:
                    winner = later if later[2] > earlier[2] else earlier
                    outcome = f"a message with only this word goes to {winner[0].id}"
                base = c.scenario_key(later[0])
                c.add(
                 "S007",
                 f"keyword “{later[1]}” weighs {later[2]:g} here and {earlier[2]:g} in {earlier[0].id} "
                 f"({earlier[0].title}): {outcome}; lower one weight below 3 or use a longer word",
                 file=later[0].source,
                 key=base + ("keywords",) if base else None,
                 scenario=later[0].id,
             )
