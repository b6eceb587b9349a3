"""The figures of ``csreply eval`` as plain text and as a Rich view, and of ``eval --folds``
(grouped cross-validation) as plain text.

The reports come from :mod:`csreply.understanding.evaluate` and
:mod:`csreply.understanding.crossval`; ``cli.py`` prints what these return.
"""

from __future__ import annotations

from .output import terminal_safe


def eval_text(report, *, misses: int = 20) -> str:
    """The evaluation figures as plain text."""
    lines = [
        f"file        {report.file}",
        f"rows        {report.rows} ({report.in_scope} in scope, {report.none_rows} none)",
        f"top-1       {report.top1:.3f}",
        f"top-3       {report.top3:.3f}",
        f"none rate   {report.none_rate:.3f} ({report.false_accepts} none rows given a scenario)",
        "",
        "weakest scenarios (support, precision, recall, F1):",
    ]
    for s in report.per_scenario[:8]:
        lines.append(f"  {s.scenario:<16} {s.support:>4}  P {s.precision:.2f}  R {s.recall:.2f}  F1 {s.f1:.2f}")
    lines += calibration_lines(report)
    if report.confusions:
        lines.append("")
        lines.append("most confused (expected → predicted):")
        for a, b, n in report.confusions[:10]:
            lines.append(f"  {a} → {b}: {n}")
    if report.misses and misses:
        lines.append("")
        lines.append(f"misses ({len(report.misses)}; first {min(misses, len(report.misses))}):")
        for o in report.misses[:misses]:
            expected = "|".join(sorted(o.row.labels)) or "none"
            lines.append(f"  {o.row.line}: {terminal_safe(o.row.text)}  expected {expected}, got {o.predicted or 'none'} ({o.confidence:.2f})")
    return "\n".join(lines)


def eval_view(report, *, misses: int = 20):
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    head = Text()
    head.append(f"{report.file}  ", style="bold")
    head.append(f"{report.rows} rows: {report.in_scope} in scope, {report.none_rows} none\n")
    for name, value in (("top-1", report.top1), ("top-3", report.top3), ("none rate", report.none_rate)):
        head.append(f"{name:<10}", style="bold")
        head.append(f"{value:.3f}  ")
        head.append("█" * round(value * 30), style="green")
        head.append("\n")
    per = Table(title="per scenario (weakest first)", title_justify="left")
    for column in ("scenario", "support", "precision", "recall", "F1"):
        per.add_column(column, justify="right" if column != "scenario" else "left")
    for s in report.per_scenario:
        per.add_row(s.scenario, str(s.support), f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}")
    parts = [head, per]
    if report.confusions:
        conf = Table(title="most confused", title_justify="left")
        for column in ("expected", "predicted", "count"):
            conf.add_column(column)
        for a, b, n in report.confusions[:10]:
            conf.add_row(a, b, str(n))
        parts.append(conf)
    if report.misses and misses:
        miss = Table(title=f"misses ({len(report.misses)})", title_justify="left")
        for column in ("line", "message", "expected", "got", "conf"):
            miss.add_column(column, overflow="fold")
        for o in report.misses[:misses]:
            miss.add_row(str(o.row.line), terminal_safe(o.row.text), "|".join(sorted(o.row.labels)) or "none",
                         o.predicted or "none", f"{o.confidence:.2f}")
        parts.append(miss)
    return Group(*parts)


def calibration_lines(report) -> list[str]:
    """Of the messages given each confidence, how many had the right top scenario."""
    if not report.calibration:
        return []
    lines = ["", "calibration (confidence of the top scenario → share right):"]
    for lo, hi, n, right in report.calibration:
        lines.append(f"  {lo:.1f}–{hi:.1f}  {n:>5} messages  {right:.2f} right")
    return lines


def crossval_text(cv) -> str:
    """The figures of a grouped cross-validation as plain text."""

    def figures(r) -> str:
        return f"top-1 {r.top1:.3f}  top-3 {r.top3:.3f}  none {r.none_rate:.3f}  ({r.rows} rows)"

    lines = [
        f"file        {cv.alone.file}",
        f"folds       {cv.folds}, grouped by session; thresholds chosen on the other folds: "
        + ", ".join(f"{t:.2f}" for t in cv.thresholds),
        "calibration " + "; ".join(f"a {a:.2f} b {b:.2f}" for a, b in cv.platts) + " (Platt scaling, fitted on the other folds when they hold 100 rows or more)",
        f"alone       {figures(cv.alone)}",
    ]
    if cv.with_chat is not None:
        lines.append(f"with chat   {figures(cv.with_chat)}")
    for name, r in cv.subsets.items():
        lines.append(f"  {name:<26} {figures(r)}")
    lines += calibration_lines(cv.with_chat or cv.alone)
    return "\n".join(lines)
