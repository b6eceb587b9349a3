"""A :class:`~csreply.interface.report.Report` rendered for people: plain text, Markdown and a
Rich view. Strings and renderables only; the CLI prints them."""

from __future__ import annotations

import shlex

from .report import Advice, Report


def _pad(text: str, width: int) -> str:
    """Left-justify by display width: a Chinese character takes two columns."""
    import unicodedata

    cells = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - cells)


def _pct(share: float) -> str:
    return f"{share * 100:.1f}%"


def advice_text(advice: Advice) -> str:
    """One line of advice, in Chinese with the English key words kept for scripts and search."""
    if advice.action == "add_examples":
        return (f"加为「{advice.title}」{advice.scenario} 的例句 add as example questions to "
                f"{advice.scenario} (score {advice.score:.2f})")
    closest = f"; closest {advice.closest} {advice.score:.2f}" if advice.closest else ""
    return (f"新场景 new scenario {advice.scenario}「{advice.title}」 关键词 keywords: "
            f"{'、'.join(advice.keywords) or '—'}{closest}")


def _summary_lines(report: Report) -> list[str]:
    n = report.messages or 1
    return [
        f"messages    {report.messages}" + (f" ({report.format}, {report.encoding})" if report.format else ""),
        f"matched     {report.matched} ({_pct(report.matched / n)})",
        f"unmatched   {report.unmatched} ({_pct(report.unmatched_share)}) 没有话术",
        f"no reply    {report.no_reply} ({_pct(report.no_reply / n)}) 无需回复（好的、嗯嗯、数字…）",
        f"errors      {report.errors}" + (f"   skipped {report.skipped} non-customer lines" if report.skipped else ""),
    ]


def report_text(report: Report, *, clusters: int | None = 10, width: int = 30) -> str:
    """Plain text: the counts, a bar per scenario, then the clusters with their advice."""
    lines = [f"report      {report.source}", *_summary_lines(report), "", "scenarios:"]
    top = max((s.count for s in report.scenarios), default=0) or 1
    for s in report.scenarios:
        bar = "█" * max(1, round(s.count / top * width))
        lines.append(f"  {_pad(s.title, 14)} {s.scenario:<16} {s.count:>5} {_pct(s.share):>6}  {bar}")
    shown = report.clusters if not clusters else report.clusters[:clusters]
    lines += ["", f"unmatched clusters ({len(report.clusters)}, largest first; "
              f"one-off messages not listed: {report.one_offs}):"]
    for i, c in enumerate(shown, start=1):
        lines.append(f"{i}. [{c.size}] {c.representative}")
        lines += [f"     - {e}" for e in c.examples]
        lines.append(f"   → {advice_text(c.advice)}")
    return "\n".join(lines)


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def report_markdown(report: Report, *, clusters: int | None = 10) -> str:
    """Shareable Markdown: summary and scenario tables, then one section per cluster."""
    n = report.messages or 1
    lines = [
        f"# 聊天记录报告 Chat report: {_md_cell(report.source)}",
        "",
        "| | 条数 messages | 占比 share |",
        "|---|---:|---:|",
        f"| 买家消息 customer messages | {report.messages} | 100% |",
        f"| 已匹配 matched | {report.matched} | {_pct(report.matched / n)} |",
        f"| 没有话术 unmatched | {report.unmatched} | {_pct(report.unmatched_share)} |",
        f"| 无需回复 no reply needed | {report.no_reply} | {_pct(report.no_reply / n)} |",
        f"| 坏记录 bad records | {report.errors} | |",
        "",
        "## 场景 Scenarios",
        "",
        "| 场景 | id | 次数 count | 占比 share |",
        "|---|---|---:|---:|",
    ]
    lines += [f"| {_md_cell(s.title)} | `{s.scenario}` | {s.count} | {_pct(s.share)} |" for s in report.scenarios]
    shown = report.clusters if not clusters else report.clusters[:clusters]
    lines += [
        "",
        "## 没有话术的问题 Unmatched questions",
        "",
        f"{len(report.clusters)} clusters, largest first; one-off messages not listed: {report.one_offs}.",
        "",
        "| # | 条数 size | 代表问题 representative | 建议 suggestion |",
        "|---:|---:|---|---|",
    ]
    for i, c in enumerate(shown, start=1):
        lines.append(f"| {i} | {c.size} | {_md_cell(c.representative)} | {_md_cell(_advice_short(c.advice))} |")
    for i, c in enumerate(shown, start=1):
        lines += ["", f"### {i}. {_md_cell(c.representative)} ({c.size})", ""]
        lines += [f"- {_md_cell(e)}" for e in c.examples]
        lines += ["", f"**建议 suggestion**: {_md_cell(advice_text(c.advice))}"]
        if c.advice.action == "add_examples":
            commands = [f"csreply add {c.advice.scenario} --example {shlex.quote(e)}" for e in c.examples]
            lines += ["", "```sh", *commands, "```"]
    return "\n".join(lines) + "\n"


def _advice_short(advice: Advice) -> str:
    if advice.action == "add_examples":
        return f"加例句 add examples → {advice.title} `{advice.scenario}`"
    return f"新场景 new scenario `{advice.scenario}`「{advice.title}」: {'、'.join(advice.keywords)}"


def report_view(report: Report, *, clusters: int | None = 10):
    """A Rich view: summary, a bar chart of scenarios (and of unmatched), a table of clusters."""
    from rich.bar import Bar
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    n = report.messages or 1
    head = Text()
    head.append(f"{report.source}", style="bold")
    if report.format:
        head.append(f"  ({report.format}, {report.encoding})", style="dim")
    head.append(f"\n{report.messages} 条买家消息 customer messages  ")
    head.append(f"已匹配 {report.matched} ({_pct(report.matched / n)})  ", style="green")
    head.append(f"没有话术 {report.unmatched} ({_pct(report.unmatched_share)})  ", style="bold red")
    head.append(f"无需回复 {report.no_reply}  ", style="dim")
    if report.errors:
        head.append(f"坏记录 {report.errors}", style="yellow")

    chart = Table(title="场景 scenarios", title_justify="left", box=None, pad_edge=False)
    chart.add_column("场景")
    chart.add_column("id", style="dim")
    chart.add_column("次数", justify="right")
    chart.add_column("占比", justify="right")
    chart.add_column("", width=32, no_wrap=True)
    top = max([s.count for s in report.scenarios] + [report.unmatched, report.no_reply, 1])
    for s in report.scenarios:
        chart.add_row(s.title, s.scenario, str(s.count), _pct(s.share), Bar(top, 0, s.count, width=32, color="green"))
    chart.add_row("没有话术", "unmatched", str(report.unmatched), _pct(report.unmatched_share),
                  Bar(top, 0, report.unmatched, width=32, color="red"), style="bold")
    chart.add_row("无需回复", "no reply", str(report.no_reply), _pct(report.no_reply / n),
                  Bar(top, 0, report.no_reply, width=32, color="bright_black"))

    shown = report.clusters if not clusters else report.clusters[:clusters]
    table = Table(
        title=f"没有话术的问题 unmatched questions: {len(report.clusters)} clusters, largest first "
        f"(one-offs not listed: {report.one_offs})",
        title_justify="left", show_lines=True,
    )
    table.add_column("#", justify="right")
    table.add_column("条数", justify="right")
    table.add_column("例子 examples", overflow="fold", ratio=3)
    table.add_column("建议 suggestion", overflow="fold", ratio=2)
    for i, c in enumerate(shown, start=1):
        examples = Text(c.examples[0], style="bold")
        for e in c.examples[1:]:
            examples.append(f"\n{e}", style="dim")
        advice = Text()
        if c.advice.action == "add_examples":
            advice.append("加为例句 add examples → ", style="green")
            advice.append(f"{c.advice.title} {c.advice.scenario}", style="bold green")
            advice.append(f"  ({c.advice.score:.2f})", style="dim")
        else:
            advice.append("新场景 new scenario ", style="cyan")
            advice.append(f"{c.advice.scenario}「{c.advice.title}」", style="bold cyan")
            advice.append(f"\n关键词 {'、'.join(c.advice.keywords) or '—'}")
        table.add_row(str(i), str(c.size), examples, advice)
    return Group(head, Text(""), chart, Text(""), table)
