"""Benchmark `csreply batch`: messages per second and peak memory, --jobs 1 and --jobs 2.

    python scripts/bench_batch.py                 # 100,000 messages, 3 runs each, medians
    python scripts/bench_batch.py --messages 20000 --runs 1
    python scripts/bench_batch.py --quick         # a small run that only checks it works

Messages are the texts of ../shared/eval/dev.tsv (or tests/data/realistic.tsv) repeated. Peak
memory is the largest sum over csreply and its worker processes, sampled from /proc every
20 ms (Linux): RSS (shared pages counted in every process) and PSS (shared pages divided among
the processes sharing them: the real footprint); elsewhere the largest single process.
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
SOURCES = [ROOT.parent / "shared" / "eval" / "dev.tsv", ROOT / "tests" / "data" / "realistic.tsv"]


def messages_file(count: int, unique: bool = False) -> Path:
    """``count`` messages from the labelled texts, repeated; with ``unique`` each one starts with
    its own item number (as real chats often do), so no two messages are the same text."""
    texts: list[str] = []
    for source in SOURCES:
        if source.exists():
            for line in source.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#") and "\t" in line:
                    texts.append(line.rsplit("\t", 1)[0])
            break
    path = Path(tempfile.mkstemp(prefix="csreply-bench-", suffix=".txt")[1])
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            prefix = f"{538800000000 + i} " if unique else ""
            out.write(prefix + texts[i % len(texts)] + "\n")
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


def run(path: Path, jobs: int) -> tuple[float, float, int, int]:
    """(seconds, messages per second, peak RSS MiB, peak PSS MiB) of one batch run."""
    cmd = [sys.executable, "-m", "csreply", "batch", str(path), "--jobs", str(jobs), "--no-progress",
           "--now", "2026-11-23T10:00"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
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
        raise SystemExit(f"batch failed ({proc.returncode}): {err.decode(errors='replace')}")
    if not peak:
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    count = sum(1 for _ in path.open(encoding="utf-8"))
    return elapsed, count / elapsed, peak // 1024, (peak_pss or peak) // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--quick", action="store_true", help="2,000 messages, one run: checks it works")
    parser.add_argument("--unique", action="store_true", help="every message a different text (own item number)")
    args = parser.parse_args()
    if args.quick:
        args.messages, args.runs = 2_000, 1
    path = messages_file(args.messages, args.unique)
    try:
        kind = "distinct texts" if args.unique else "texts repeated"
        print(f"csreply batch on {args.messages:,} messages ({kind}), median of {args.runs} run(s)")
        print(f"{'jobs':>4}  {'seconds':>8}  {'msg/s':>8}  {'peak RSS MiB':>12}  {'peak PSS MiB':>12}")
        for jobs in args.jobs:
            results = [run(path, jobs) for _ in range(args.runs)]
            seconds = statistics.median(r[0] for r in results)
            rate = statistics.median(r[1] for r in results)
            peak = max(r[2] for r in results)
            pss = max(r[3] for r in results)
            print(f"{jobs:>4}  {seconds:>8.2f}  {rate:>8,.0f}  {peak:>12}  {pss:>12}")
    finally:
        path.unlink()


if __name__ == "__main__":
    main()
