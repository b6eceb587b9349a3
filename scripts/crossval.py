"""The matcher's figures on rows that taught it nothing, and the hand-set constants swept.

    python scripts/crossval.py                       # the figures for the notes
    python scripts/crossval.py --sweep               # also each hand-set constant, one at a time

Grouped 5-fold cross-validation by chat session over the real labelled Taobao and JD chats in
``../shared/eval`` (read in place, never copied): each fold is scored by a model that learned the
library plus the other folds' rows; thresholds and calibration are chosen on the other folds.
Prints the figures for the message alone and read with the chat (JD turns that need the chat,
``ctx 1``, apart), then, as "seen" figures, the shipped built-in library on both files as they
are (the lexicons were tuned on the Taobao rows).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from csreply.interface.eval_views import crossval_text
from csreply.library import Library
from csreply.reading import agent_lines
from csreply.understanding import features, learn
from csreply.understanding import matcher as matcher_module
from csreply.understanding.crossval import cross_validate
from csreply.understanding.evaluate import evaluate, read_labelled
from csreply.understanding.matcher import Matcher

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SWEEP = {
    "learn.SVM_C": (learn, "SVM_C", (0.25, 0.5, 1.0)),
    "learn.KEYWORD_WEIGHT": (learn, "KEYWORD_WEIGHT", (0.15, 0.3, 0.6)),
    "learn.LABELLED_WEIGHT": (learn, "LABELLED_WEIGHT", (1.0, 2.0, 4.0)),
    "features.NGRAM_MAX": (features, "NGRAM_MAX", (2, 3, 4)),
    "matcher.YIELD_SURE": (matcher_module, "YIELD_SURE", (0.8, 0.9, 1.01)),
}


def figures(library: Library) -> str:
    rows = read_labelled(SHARED / "taobao-dev.tsv", library.scenarios) + read_labelled(SHARED / "jd-dev.tsv", library.scenarios)
    return crossval_text(cross_validate(library, rows, 5, chats=agent_lines(SHARED / "jd-dev-chats.tsv"), file="taobao-dev + jd-dev"))


def _set(module, attr: str, value, cv) -> None:
    setattr(module, attr, value)
    if module is learn and attr == "LABELLED_WEIGHT":
        cv.LABELLED_WEIGHT = value  # crossval imported the value, not the name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="also vary each hand-set constant")
    args = parser.parse_args()
    if not (SHARED / "jd-dev.tsv").exists():
        print(f"crossval: {SHARED} not found (the shared eval files sit beside the project)", file=sys.stderr)
        return 2
    library = Library.load(user=False, env=False)
    started = time.perf_counter()
    print(figures(library))
    print(f"({time.perf_counter() - started:.0f} s)\n")
    matcher = Matcher(library)
    for name in ("taobao-dev.tsv", "jd-dev.tsv"):
        r = evaluate(matcher, read_labelled(SHARED / name, library.scenarios))
        print(f"seen: shipped built-in library on {name:<15} top-1 {r.top1:.3f}  top-3 {r.top3:.3f}  none {r.none_rate:.3f}")
    if args.sweep:
        import csreply.understanding.crossval as cv

        for label, (module, attr, values) in SWEEP.items():
            kept = getattr(module, attr)
            for value in values:
                _set(module, attr, value, cv)
                print(f"\n{label} = {value}")
                print("\n".join(figures(library).splitlines()[3:5]))
            _set(module, attr, kept, cv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
