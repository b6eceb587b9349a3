"""Every speed and memory figure of csreply in one run, beside a naive baseline.

    python scripts/bench.py            # full run (several minutes): the figures for the notes
    python scripts/bench.py --quick    # small counts, for CI: checks that everything runs

Figures (medians of several runs):
- cold `csreply suggest "能便宜点吗" --format json`: wall time and peak memory (a new process
  each time, with the cache warm, as an agent's machine has it) and once with an empty cache;
- `csreply --help`;
- `csreply batch` on 100,000 messages (dev texts repeated) with --jobs 1 and 2, and the peak
  memory for 10x more messages, to show it stays flat;
- a message in a loaded session (what `csreply chat` does), distinct messages, no result cache;
- time per message with the built-in library scaled 10x and 100x (generated scenarios);
- the naive baseline measured in the same run: jieba's default dictionary and
  `rapidfuzz.process.extractOne` over every example question;
- dev-set accuracy, to show that speed work changed nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from bench_batch import messages_file, run as run_batch  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev.tsv"
FALLBACK = ROOT / "tests" / "data" / "realistic.tsv"


def labelled_file() -> Path:
    return DEV if DEV.exists() else FALLBACK


def texts() -> list[str]:
    rows = labelled_file().read_text(encoding="utf-8").splitlines()
    return [r.rsplit("\t", 1)[0] for r in rows if r and not r.startswith("#") and "\t" in r]


def timed_process(args: list[str], env: dict | None = None) -> tuple[float, int]:
    """(wall seconds, peak RSS MiB) of one process, measured with wait4."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    _, _, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss // 1024


def median_process(args: list[str], runs: int, env: dict | None = None) -> tuple[float, int]:
    results = [timed_process(args, env) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


NAIVE = textwrap.dedent(
    """
    import sys, time
    import jieba, logging
    jieba.setLogLevel(logging.WARNING)
    from rapidfuzz import process, fuzz
    from csreply.library import Library
    lib = Library.load(user=False, env=False)
    examples = [e for s in lib.scenarios.values() for e in s.examples]
    owner = [s.id for s in lib.scenarios.values() for e in s.examples]
    def match(text):
        words = " ".join(jieba.lcut(text))
        best = process.extractOne(words, examples, scorer=fuzz.token_sort_ratio)
        return owner[best[2]]
    if sys.argv[1] == "one":
        print(match("能便宜点吗"))
    else:
        msgs = [l.rstrip("\\n") for l in open(sys.argv[2], encoding="utf-8")]
        start = time.perf_counter()
        for m in msgs:
            match(m)
        print(len(msgs) / (time.perf_counter() - start))
    """
)


def naive_figures(runs: int, count: int) -> tuple[float, int, float]:
    script = Path(tempfile.mkstemp(suffix=".py")[1])
    script.write_text(NAIVE, encoding="utf-8")
    try:
        cold, peak = median_process([sys.executable, str(script), "one"], runs)
        path = messages_file(count)
        out = subprocess.run([sys.executable, str(script), "many", str(path)], capture_output=True, text=True, cwd=ROOT)
        path.unlink()
        rate = float(out.stdout.strip() or 0)
        return cold, peak, rate
    finally:
        script.unlink()


def session_ms(count: int) -> float:
    """Milliseconds per message in a loaded session, result caches bypassed."""
    from csreply.drafting import suggest
    from csreply.library import Library
    from csreply.matcher import Matcher

    library = Library.load(user=False, env=False)
    matcher = Matcher(library)
    suggest("能便宜点吗", library, matcher=matcher)  # warm up
    msgs = texts()[:count]
    times = []
    for i, m in enumerate(msgs):
        matcher._cache.clear()
        start = time.perf_counter()
        suggest(m + "呀" * (i % 2), library, matcher=matcher)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def scaled_library(factor: int, folder: Path) -> Path:
    """A folder with the built-in scenarios copied ``factor - 1`` more times under new ids,
    keywords and perturbed examples (one file per copy: a library file is capped at 5 MB)."""
    import tomli_w

    from csreply.library import Library

    lib = Library.load(user=False, env=False)
    rng = random.Random(factor)
    fillers = "的了呢吧啊呀哦嘛"
    target = folder / f"scaled-{factor}"
    target.mkdir()
    for copy in range(1, factor):
        scenarios = []
        for s in lib.scenarios.values():
            examples = []
            for e in s.examples:
                chars = list(e)
                chars.insert(rng.randrange(len(chars) + 1), rng.choice(fillers))
                examples.append("".join(chars) + str(copy))
            scenarios.append(
                {
                    "id": f"{s.id}_{copy}",
                    "title": f"{s.title}{copy}",
                    "stage": s.stage,
                    "keywords": {f"{k}{copy}": w for k, w in s.keywords.items()},
                    "examples": examples,
                    "scripts": [{"template": "plain", "text": "亲，收到～"}],
                }
            )
        (target / f"copy-{copy:03d}.toml").write_bytes(tomli_w.dumps({"scenarios": scenarios}).encode("utf-8"))
    return target


def per_message_ms(paths: list[Path], count: int) -> tuple[float, int, int]:
    """(median ms per message, scenarios, examples) for the built-in library plus ``paths``."""
    from csreply.library import Library
    from csreply.matcher import Matcher

    library = Library.load(paths, user=False, env=False)
    matcher = Matcher(library)
    matcher.rank("能便宜点吗")
    msgs = texts()[:count]
    times = []
    for m in msgs:
        start = time.perf_counter()
        matcher._score(matcher.normalize(m).text)
        times.append(time.perf_counter() - start)
    examples = sum(len(s.examples) for s in library.scenarios.values())
    return statistics.median(times) * 1000, len(library.scenarios), examples


def accuracy() -> str:
    from csreply.evaluate import evaluate, read_labelled
    from csreply.library import Library
    from csreply.matcher import Matcher

    library = Library.load(user=False, env=False)
    report = evaluate(Matcher(library), read_labelled(labelled_file(), known=library.scenarios))
    return f"top-1 {report.top1:.3f}  top-3 {report.top3:.3f}  none {report.none_rate:.3f}  ({labelled_file().name})"


class _Rows(list):
    def __init__(self, note) -> None:
        super().__init__()
        self._note = note

    def append(self, row) -> None:
        super().append(row)
        self._note(row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small counts: only checks that it runs")
    parser.add_argument("--runs", type=int, default=7, help="runs per start-up figure")
    args = parser.parse_args()
    runs = 2 if args.quick else args.runs
    batch_n = 3_000 if args.quick else 100_000
    big_n = 10_000 if args.quick else 1_000_000
    csreply = [sys.executable, "-m", "csreply"]

    rows: list[tuple[str, str, str, str]] = []  # figure, csreply, baseline, target

    def note(row: tuple[str, str, str, str]) -> None:  # progress on stderr, the table at the end
        print("  " + " | ".join(x for x in row if x), file=sys.stderr, flush=True)

    rows = _Rows(note)

    # `pip install .` compiles bytecode; an editable checkout run with PYTHONDONTWRITEBYTECODE
    # (as on this machine) would compile every module at every start, so compile it once here
    import compileall

    compileall.compile_dir(str(ROOT / "src" / "csreply"), quiet=1)

    env = dict(os.environ)
    timed_process(csreply + ["suggest", "能便宜点吗", "--format", "json"])  # warm the cache
    cold, peak = median_process(csreply + ["suggest", "能便宜点吗", "--format", "json"], runs)
    with tempfile.TemporaryDirectory() as empty:
        first, _ = timed_process(csreply + ["suggest", "能便宜点吗", "--format", "json"], {**env, "CSREPLY_CACHE_DIR": empty})
    naive_cold, naive_peak, naive_rate = naive_figures(runs, batch_n // 10)
    rows.append(("suggest, cold process", f"{cold * 1000:.0f} ms", f"{naive_cold * 1000:.0f} ms", "≤ 200 ms (aim 150)"))
    rows.append(("suggest, peak memory", f"{peak} MiB", f"{naive_peak} MiB", "≤ 60 MiB"))
    rows.append(("suggest, first run (empty cache)", f"{first * 1000:.0f} ms", "", ""))
    help_s, _ = median_process(csreply + ["--help"], runs)
    rows.append(("csreply --help", f"{help_s * 1000:.0f} ms", "", "≤ 100 ms"))

    path = messages_file(batch_n)
    try:
        _, rate1, peak1, pss1 = run_batch(path, 1)
        _, rate2, peak2, pss2 = run_batch(path, 2)
    finally:
        path.unlink()
    path = messages_file(batch_n, unique=True)
    try:
        _, urate1, _, _ = run_batch(path, 1)
        _, urate2, _, _ = run_batch(path, 2)
    finally:
        path.unlink()
    rows.append((f"batch {batch_n:,} msgs, --jobs 1", f"{rate1:,.0f} msg/s", f"{naive_rate:,.0f} msg/s", "≥ 10,000 msg/s"))
    rows.append((f"batch {batch_n:,} msgs, --jobs 2", f"{rate2:,.0f} msg/s ({rate2 / rate1:.2f}x)", "", "≈ 2x jobs 1"))
    rows.append((f"batch {batch_n:,} distinct msgs, --jobs 1", f"{urate1:,.0f} msg/s", "", "≥ 10,000 msg/s"))
    rows.append((f"batch {batch_n:,} distinct msgs, --jobs 2", f"{urate2:,.0f} msg/s ({urate2 / urate1:.2f}x)", "", "≈ 2x jobs 1"))
    rows.append(("batch peak memory, --jobs 1 / 2 (RSS)", f"{peak1} / {peak2} MiB", "", "≤ 150 MiB"))
    rows.append(("batch peak memory, --jobs 1 / 2 (PSS)", f"{pss1} / {pss2} MiB", "", "≤ 150 MiB"))
    path = messages_file(big_n)
    try:
        _, _, peak_big, _ = run_batch(path, 1)
    finally:
        path.unlink()
    rows.append((f"batch {big_n:,} msgs, peak memory", f"{peak_big} MiB", "", f"≤ the {batch_n:,} figure"))

    rows.append(("session, per message (no cache)", f"{session_ms(60 if args.quick else 300):.2f} ms", "", "≤ 5 ms"))
    with tempfile.TemporaryDirectory() as folder:
        base, n0, e0 = per_message_ms([], 50 if args.quick else 300)
        rows.append((f"library 1x ({n0} scenarios, {e0} examples)", f"{base:.2f} ms/msg", "", ""))
        for factor in (10, 100):
            if args.quick and factor == 100:
                continue
            ms, n, e = per_message_ms([scaled_library(factor, Path(folder))], 50 if args.quick else 300)
            rows.append((f"library {factor}x ({n} scenarios, {e} examples)", f"{ms:.2f} ms/msg ({ms / base:.1f}x)", "", f"≤ {factor}x"))
    rows.append(("accuracy on the dev set", accuracy(), "", "unchanged"))

    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'csreply':<28}  {'naive baseline':<16}  target")
    for figure, ours, naive, target in rows:
        print(f"{figure:<{width}}  {ours:<28}  {naive:<16}  {target}")


if __name__ == "__main__":
    main()
