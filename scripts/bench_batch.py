"""Benchmark `csreply batch`: messages per second and peak memory, --jobs 1 and --jobs 2.

    python scripts/bench_batch.py                 # 100,000 distinct real messages, 3 runs, medians
    python scripts/bench_batch.py --messages 20000 --runs 1
    python scripts/bench_batch.py --repeat        # the texts repeated instead (the result cache helps)
    python scripts/bench_batch.py --quick         # a small run that only checks it works

Messages are real customer messages, read in place from
../shared/corpus/jd-customer-messages.tsv (never copied into the repository): each copy of the
corpus after the first gets its own two-character suffix, so every message is a distinct text
(and a distinct question for `report`). Without the corpus, the labelled texts of
../shared/eval/dev.tsv or tests/data/realistic.tsv are used the same way. Peak memory is the
largest sum over csreply and its worker processes, sampled from /proc every 20 ms (Linux): RSS
(shared pages counted in every process) and PSS (shared pages divided among the processes
sharing them: the real footprint); elsewhere the largest single process.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "jd-customer-messages.tsv"  # source, session, turn, text
SOURCES = [ROOT.parent / "shared" / "eval" / "dev.tsv", ROOT / "tests" / "data" / "realistic.tsv"]


def source_texts() -> tuple[list[str], str]:
    """(distinct message texts, where they come from): the real corpus when it is there."""
    texts: list[str] = []
    if CORPUS.exists():
        for line in CORPUS.read_text(encoding="utf-8").splitlines()[1:]:
            fields = line.split("\t")
            if len(fields) >= 4 and fields[3].strip():
                texts.append(fields[3].strip())
        return list(dict.fromkeys(texts)), CORPUS.name
    for source in SOURCES:
        if source.exists():
            for line in source.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#") and "\t" in line:
                    texts.append(line.rsplit("\t", 1)[0])
            return list(dict.fromkeys(texts)), source.name
    raise SystemExit("no message source found")


def copy_suffix(copy: int) -> str:
    """Nothing for the first copy of the texts, then two CJK characters of its own per copy."""
    return "" if copy == 0 else f" {chr(0x4E00 + 1000 + copy % 5000)}{chr(0x4E00 + 8000 + copy // 5000)}"


def messages_file(count: int, unique: bool = True) -> Path:
    """``count`` messages from :func:`source_texts`; with ``unique`` (the default) every copy of
    the texts after the first has its own suffix, so no two messages are the same text."""
    texts, _ = source_texts()
    path = Path(tempfile.mkstemp(prefix="csreply-bench-", suffix=".txt")[1])
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            copy, text = divmod(i, len(texts))
            out.write(texts[text] + (copy_suffix(copy) if unique else "") + "\n")
    return path


def _tree_rss_kb(root: int) -> tuple[int, int]:
    """(RSS, PSS) of a process and all its descendants, in KiB (Linux /proc).

    RSS counts pages shared between the parent and its forked workers once per process; PSS
    divides each shared page among its sharers, so its sum is the real footprint.
    """
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
        except OSError:
            continue
        pid, ppid = int(entry), int(fields.get("PPid", "0").strip())
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, pss, stack = 0, 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        pss += _pss_kb(pid)
        stack += children.get(pid, [])
    return total, pss


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


NOW = "2026-11-23T10:00"  # one clock for every run, so outputs can be compared


def run(path: Path, jobs: int, command: list[str] | None = None, output: Path | None = None) -> tuple[float, float, int, int, float]:
    """(seconds, messages per second, peak RSS MiB, peak PSS MiB, CPU seconds) of one batch run.

    The CPU seconds (user + system of the process and its workers) tell what N workers cost
    beyond one when other work shares the machine and wall times say little.

    ``command`` replaces ``csreply batch`` (e.g. the Dask path); ``output`` keeps what it wrote.
    """
    cmd = [*(command or [sys.executable, "-m", "csreply", "batch", "--jobs", str(jobs), "--no-progress", "--now", NOW]),
           str(path)]
    start = time.perf_counter()
    with open(output or os.devnull, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, cwd=ROOT)
        return _measure(proc, path, start)


def _measure(proc: subprocess.Popen, path: Path, start: float) -> tuple[float, float, int, int, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = peak_pss = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not stop.is_set():
            if os.path.isdir("/proc"):
                rss, pss = _tree_rss_kb(proc.pid)
                peak, peak_pss = max(peak, rss), max(peak_pss, pss)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{proc.args[3]} failed ({proc.returncode}): {err.decode(errors='replace')}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if not peak:
        peak = after.ru_maxrss
    count = sum(1 for _ in path.open(encoding="utf-8"))
    return elapsed, count / elapsed, peak // 1024, (peak_pss or peak) // 1024, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--quick", action="store_true", help="2,000 messages, one run: checks it works")
    parser.add_argument("--repeat", action="store_true", help="the texts repeated, not made distinct")
    args = parser.parse_args()
    if args.quick:
        args.messages, args.runs = 2_000, 1
    path = messages_file(args.messages, unique=not args.repeat)
    try:
        kind = "texts repeated" if args.repeat else "distinct texts"
        print(f"csreply batch on {args.messages:,} messages ({kind}, from {source_texts()[1]}), "
              f"median of {args.runs} run(s)")
        print(f"{'jobs':>4}  {'seconds':>8}  {'msg/s':>8}  {'vs jobs 1':>9}  {'CPU s':>7}  {'peak RSS MiB':>12}  {'peak PSS MiB':>12}")
        first = None
        for jobs in args.jobs:
            results = [run(path, jobs) for _ in range(args.runs)]
            seconds = statistics.median(r[0] for r in results)
            rate = statistics.median(r[1] for r in results)
            first = first or rate
            peak = max(r[2] for r in results)
            pss = max(r[3] for r in results)
            cpu = statistics.median(r[4] for r in results)
            print(f"{jobs:>4}  {seconds:>8.2f}  {rate:>8,.0f}  {rate / first:>8.2f}x  {cpu:>7.1f}  {peak:>12}  {pss:>12}")
    finally:
        path.unlink()


if __name__ == "__main__":
    main()
