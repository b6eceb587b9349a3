"""Sweep the matcher's tuning constants on a labelled file and print the best settings.

    python scripts/tune.py ../shared/eval/dev.tsv

Use it to see how sensitive the figures are, not to chase single rows: prefer settings on a
broad plateau over a sharp peak.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import replace

from csreply.evaluate import evaluate, read_labelled
from csreply.library import Library
from csreply.matcher import Matcher, Tuning


def main(path: str) -> None:
    library = Library.load(user=False, env=False)
    rows = read_labelled(path, known=library.scenarios)
    base = Tuning()
    results = []
    matcher = Matcher(library, base)
    grid = itertools.product(
        (2.0, 3.0, 4.0),  # keyword_scale
        (0.40, 0.45, 0.5, 0.55),  # fuzzy_floor
        (0.7, 0.9),  # fuzzy_weight
        (0.35, 0.4, 0.45, 0.5),  # threshold
        (0.0, 0.05, 0.1),  # margin
    )
    for ks, ff, fw, th, mg in grid:
        tuning = replace(base, keyword_scale=ks, fuzzy_floor=ff, fuzzy_weight=fw, threshold=th, margin=mg)
        matcher.tuning = tuning
        r = evaluate(matcher, rows)
        results.append((r.top1 + r.none_rate * 0.5, r.top1, r.top3, r.none_rate, tuning))
    results.sort(key=lambda x: -x[0])
    for _, top1, top3, none, t in results[:15]:
        print(f"top1 {top1:.3f} top3 {top3:.3f} none {none:.3f}  ks={t.keyword_scale} ff={t.fuzzy_floor} "
              f"fw={t.fuzzy_weight} th={t.threshold} mg={t.margin}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/dev.tsv")
