"""Every speed and memory figure of csreply in one run, beside a naive baseline.

    python scripts/bench.py            # full run (long: see below): the figures for the notes
    python scripts/bench.py --quick    # small counts, for CI: checks that everything runs
    python scripts/bench.py --messages 20000 --big 200000 --report 10000 20000   # a shorter run
    python scripts/bench.py --only report --report 10000 100000 --report-runs 3  # one part only
    python scripts/bench.py --only report-memory --report-big 100000 1000000    # report memory, flat?

Figures (medians of several runs), all on real customer messages from
../shared/corpus/jd-customer-messages.tsv, read in place (each copy of the corpus after the
first gets its own suffix, so every message is a distinct text; without the corpus the dev or
test texts are used the same way):
- cold `csreply suggest "能便宜点吗" --format json`: wall time and peak memory (a new process
  each time, with the cache warm, as an agent's machine has it) and once with an empty cache;
- `csreply --help`;
- `csreply batch` on --messages distinct messages with --jobs 1 and 2 (msg/s, the ratio, and
  the CPU seconds, which say what the second worker costs when the machine is shared), and the
  peak memory for --big messages, to show it stays flat;
- the Dask path (`python -m csreply.interface.distributed batch`, a local cluster of 2 worker processes)
  on the same messages: msg/s including the cluster's start, and whether its output is
  identical to `csreply batch`'s;
- `csreply report` on --report distinct messages (default 10,000 and 100,000), with --jobs 1
  and 2: wall time and peak memory (medians of --report-runs runs), and the clustering step
  alone beside the all-pairs clustering it replaced (CPU seconds, and how often both pick the
  same cluster leader);
- `csreply report` peak memory (parent and workers, RSS and PSS) on --report-big messages
  (default 100,000 and 1,000,000), --jobs 1, to show it stays flat;
- a message in a loaded session (what `csreply chat` does), distinct messages, no result cache;
- time per message with the built-in library scaled 10x and 100x (generated scenarios);
- the naive baseline measured in the same run: jieba's default dictionary and
  `rapidfuzz.process.extractOne` over every example question;
- dev-set accuracy, to show that speed work changed nothing.

The full run takes as long as the matcher makes it (at 180 msg/s, 1,000,000 messages are an
hour and a half): use the count options or --only for a shorter one. It uses the whole machine (both
cores): run it when nothing else does, or read the CPU-second column.
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
from bench_batch import NOW, messages_file, source_texts  # noqa: E402
from bench_batch import run as run_batch

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
    """(cold seconds, peak MiB, msg/s) of the naive matcher: no cold runs when ``runs`` is 0, no
    rate when ``count`` is 0."""
    script = Path(tempfile.mkstemp(suffix=".py")[1])
    script.write_text(NAIVE, encoding="utf-8")
    try:
        cold, peak = median_process([sys.executable, str(script), "one"], runs) if runs else (0.0, 0)
        if not count:
            return cold, peak, 0.0
        path = messages_file(count)
        out = subprocess.run([sys.executable, str(script), "many", str(path)], capture_output=True, text=True, cwd=ROOT)
        path.unlink()
        rate = float(out.stdout.strip() or 0)
        return cold, peak, rate
    finally:
        script.unlink()


def session_ms(count: int) -> float:
    """Milliseconds per message in a loaded session, result caches bypassed."""
    from csreply.library import Library
    from csreply.understanding.matcher import Matcher
    from csreply.writing.drafting import suggest

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
    from csreply.understanding.matcher import Matcher

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
    from csreply.library import Library
    from csreply.understanding.evaluate import evaluate, read_labelled
    from csreply.understanding.matcher import Matcher

    library = Library.load(user=False, env=False)
    report = evaluate(Matcher(library), read_labelled(labelled_file(), known=library.scenarios))
    return f"top-1 {report.top1:.3f}  top-3 {report.top3:.3f}  none {report.none_rate:.3f}  ({labelled_file().name})"


PARTS = ("startup", "batch", "report", "report-memory", "engine")


class _Rows(list):
    def __init__(self, note) -> None:
        super().__init__()
        self._note = note

    def append(self, row) -> None:
        super().append(row)
        self._note(row)


def naive_cluster(questions, cutoff: float) -> list:
    """The all-pairs leader clustering `report` used before (each question against every leader)."""
    from rapidfuzz import fuzz, process

    from csreply.interface.clusters import similarity

    questions.sort(key=lambda q: (-q.count, q.first))
    leaders, groups = [], []
    floor = max(0.0, 2 * cutoff - 100)
    for q in questions:
        best, best_score = -1, cutoff
        if leaders:
            near = process.extract(q.core, [lead.core for lead in leaders], scorer=fuzz.ratio,
                                   limit=None, score_cutoff=floor)
            for _, _, i in sorted(near, key=lambda hit: hit[2]):
                score = similarity((q.core, q.words), (leaders[i].core, leaders[i].words))
                if score > best_score or (score == best_score and best == -1):
                    best, best_score = i, score
        if best == -1:
            leaders.append(q)
            groups.append([q])
        else:
            groups[best].append(q)
    return groups


def cluster_seconds(path: Path, naive: bool) -> tuple[int, float, float | None, float]:
    """(unmatched questions, indexed clustering s, all-pairs clustering s or None, agreement).

    Agreement: the share of questions whose cluster leader is the same both ways.
    """
    from csreply.interface.clusters import _cluster
    from csreply.interface.report import Tally
    from csreply.library import Library
    from csreply.reading import read_messages
    from csreply.understanding.matcher import Matcher

    matcher = Matcher(Library.load(user=False, env=False))
    tally = Tally()
    with path.open("rb") as stream:
        for item in read_messages(stream):
            tally.add(item, matcher)
    questions = list(tally.unmatched_questions())  # every one in memory: only the clustering is timed
    start = time.process_time()
    indexed = _cluster(list(questions), 55.0)
    fast = time.process_time() - start
    if not naive:
        return len(questions), fast, None, 1.0
    start = time.process_time()
    reference = naive_cluster(list(questions), 55.0)
    slow = time.process_time() - start

    def leaders(groups):
        return {q.core: g[0].core for g in groups for q in g}

    ours, theirs = leaders(indexed), leaders(reference)
    return len(questions), fast, slow, sum(ours[c] == theirs[c] for c in theirs) / max(1, len(theirs))


def dask_figures(path: Path, reference: Path) -> tuple[float, bool]:
    """(msg/s of the Dask path on a local cluster of 2 workers, output identical to ``reference``)."""
    output = Path(tempfile.mkstemp(suffix=".jsonl")[1])
    try:
        command = [sys.executable, "-m", "csreply.interface.distributed", "batch", "--workers", "2", "--now", NOW]
        _, rate, _, _, _ = run_batch(path, 0, command=command, output=output)
        return rate, output.read_bytes() == reference.read_bytes()
    finally:
        output.unlink()


def batch_part(rows, batch_n: int, big_n: int, runs: int) -> None:
    """batch msg/s with --jobs 1 and 2 beside the naive matcher, memory, the Dask path."""
    _, _, naive_rate = naive_figures(0, max(1_000, batch_n // 10))
    path = messages_file(batch_n)
    reference = Path(tempfile.mkstemp(suffix=".jsonl")[1])
    try:
        _, rate1, peak1, pss1, cpu1 = run_batch(path, 1, output=reference)
        _, rate2, peak2, pss2, cpu2 = run_batch(path, 2)
        dask_rate, identical = dask_figures(path, reference)
    finally:
        path.unlink()
        reference.unlink()
    rows.append((f"batch {batch_n:,} distinct msgs, --jobs 1", f"{rate1:,.0f} msg/s", f"{naive_rate:,.0f} msg/s",
                 "≥ 10,000 msg/s"))
    rows.append((f"batch {batch_n:,} distinct msgs, --jobs 2", f"{rate2:,.0f} msg/s ({rate2 / rate1:.2f}x)", "",
                 "≥ 1.6x jobs 1"))
    rows.append(("batch CPU seconds, --jobs 1 / 2", f"{cpu1:.1f} / {cpu2:.1f} s ({cpu2 / cpu1:.2f}x)", "",
                 "≈ 1x: a worker costs no extra work"))
    rows.append(("batch peak memory, --jobs 1 / 2 (RSS)", f"{peak1} / {peak2} MiB", "", "≤ 150 MiB"))
    rows.append(("batch peak memory, --jobs 1 / 2 (PSS)", f"{pss1} / {pss2} MiB", "", "≤ 150 MiB"))
    rows.append((f"dask local cluster (2 workers), {batch_n:,} msgs", f"{dask_rate:,.0f} msg/s",
                 "", "output identical: " + ("yes" if identical else "NO")))
    path = messages_file(big_n)
    try:
        _, _, peak_big, _, _ = run_batch(path, 1)
    finally:
        path.unlink()
    rows.append((f"batch {big_n:,} distinct msgs, peak memory", f"{peak_big} MiB", "", f"≈ the {batch_n:,} figure"))


def report_part(rows, report: list[str], count: int, runs: int, naive: bool) -> None:
    """report with --jobs 1 and 2 (median seconds, largest peak), the clustering beside all-pairs."""
    path = messages_file(count)
    try:
        figures = {}
        for jobs in (1, 2):
            results = [run_batch(path, jobs, command=[*report, "--jobs", str(jobs)]) for _ in range(max(1, runs))]
            figures[jobs] = (statistics.median(r[0] for r in results), max(r[2] for r in results),
                             max(r[3] for r in results))
        questions, fast, slow, agree = cluster_seconds(path, naive=naive)
    finally:
        path.unlink()
    (seconds, peak, pss), (seconds2, peak2, pss2) = figures[1], figures[2]
    rows.append((f"report {count:,} distinct msgs", f"{seconds:.1f} s, {peak} MiB", "", "100k: < 60 s"))
    rows.append((f"report {count:,} distinct msgs, --jobs 2", f"{seconds2:.1f} s, {peak2} MiB (PSS {pss2})", "", ""))
    rows.append((f"  clustering {questions:,} unmatched questions", f"{fast:.1f} s CPU",
                 f"{slow:.1f} s CPU" if slow is not None else "(not run)",
                 f"same leader as all-pairs: {agree:.1%}" if slow is not None else ""))


def engine_part(rows, quick: bool, scales: list[int]) -> None:
    """Per-message time in a session and with scaled libraries; dev-set accuracy."""
    rows.append(("session, per message (no cache)", f"{session_ms(60 if quick else 300):.2f} ms", "", "≤ 5 ms"))
    with tempfile.TemporaryDirectory() as folder:
        base, n0, e0 = per_message_ms([], 50 if quick else 300)
        rows.append((f"library 1x ({n0} scenarios, {e0} examples)", f"{base:.2f} ms/msg", "", ""))
        for factor in scales:
            if quick and factor == 100:
                continue
            ms, n, e = per_message_ms([scaled_library(factor, Path(folder))], 50 if quick else 300)
            rows.append((f"library {factor}x ({n} scenarios, {e} examples)", f"{ms:.2f} ms/msg ({ms / base:.1f}x)", "", f"≤ {factor}x"))
    rows.append(("accuracy on the dev set", accuracy(), "", "unchanged"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small counts: only checks that it runs")
    parser.add_argument("--runs", type=int, default=7, help="runs per start-up figure")
    parser.add_argument("--messages", type=int, default=100_000, help="distinct messages for batch msg/s")
    parser.add_argument("--big", type=int, default=1_000_000, help="messages for the peak-memory figure")
    parser.add_argument("--report", type=int, nargs="+", default=[10_000, 100_000], help="messages for report")
    parser.add_argument("--scales", type=int, nargs="*", default=[10, 100], help="library sizes (x built-in) timed per message")
    parser.add_argument("--naive-report", type=int, default=10_000,
                        help="largest count on which the all-pairs clustering is also timed")
    parser.add_argument("--report-runs", type=int, default=1, help="runs per report figure (medians)")
    parser.add_argument("--report-big", type=int, nargs="+", default=[100_000, 1_000_000],
                        help="messages for the report peak-memory figure")
    parser.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS),
                        help="measure only these parts (the naive baseline of each part is always measured)")
    args = parser.parse_args()
    runs = 2 if args.quick else args.runs
    batch_n = 1_000 if args.quick else args.messages
    big_n = 3_000 if args.quick else args.big
    report_ns = [500, 1_000] if args.quick else args.report
    csreply = [sys.executable, "-m", "csreply"]

    def note(row: tuple[str, str, str, str]) -> None:  # progress on stderr, the table at the end
        print("  " + " | ".join(x for x in row if x), file=sys.stderr, flush=True)

    rows = _Rows(note)

    # `pip install .` compiles bytecode; an editable checkout run with PYTHONDONTWRITEBYTECODE
    # (as on this machine) would compile every module at every start, so compile it once here
    import compileall

    compileall.compile_dir(str(ROOT / "src" / "csreply"), quiet=1)

    env = dict(os.environ)
    if "startup" in args.only:
        timed_process(csreply + ["suggest", "能便宜点吗", "--format", "json"])  # warm the cache
        cold, peak = median_process(csreply + ["suggest", "能便宜点吗", "--format", "json"], runs)
        with tempfile.TemporaryDirectory() as empty:
            first, _ = timed_process(csreply + ["suggest", "能便宜点吗", "--format", "json"],
                                     {**env, "CSREPLY_CACHE_DIR": empty})
        naive_cold, naive_peak, _ = naive_figures(runs, 0)
        rows.append(("suggest, cold process", f"{cold * 1000:.0f} ms", f"{naive_cold * 1000:.0f} ms", "≤ 200 ms (aim 150)"))
        rows.append(("suggest, peak memory", f"{peak} MiB", f"{naive_peak} MiB", "≤ 60 MiB"))
        rows.append(("suggest, first run (empty cache)", f"{first * 1000:.0f} ms", "", ""))
        help_s, _ = median_process(csreply + ["--help"], runs)
        rows.append(("csreply --help", f"{help_s * 1000:.0f} ms", "", "≤ 100 ms"))
    if "batch" in args.only:
        batch_part(rows, batch_n, big_n, runs)
    report = csreply + ["report", "--format", "json"]
    if "report" in args.only:
        for count in report_ns:
            report_part(rows, report, count, args.report_runs, naive=count <= args.naive_report)
    if "report-memory" in args.only:
        for count in [1_000, 3_000] if args.quick else args.report_big:
            path = messages_file(count)
            try:
                seconds, _, report_peak, report_pss, _ = run_batch(path, 1, command=report)
            finally:
                path.unlink()
            rows.append((f"report {count:,} distinct msgs, peak memory", f"{report_peak} MiB (PSS {report_pss}), "
                         f"{seconds:.0f} s", "", "flat from 100k to 1M"))
    if "engine" in args.only:
        engine_part(rows, args.quick, args.scales)

    width = max(len(r[0]) for r in rows)
    print(f"messages: {source_texts()[1]}, every one a distinct text")
    print(f"{'figure':<{width}}  {'csreply':<28}  {'naive baseline':<16}  target")
    for figure, ours, naive, target in rows:
        print(f"{figure:<{width}}  {ours:<28}  {naive:<16}  {target}")


if __name__ == "__main__":
    main()
