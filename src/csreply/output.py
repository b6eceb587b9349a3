"""Format results for people (Rich views, plain text) and for programs (JSON).

Functions here return strings or Rich renderables; ``cli.py`` decides where they go.
"""

from __future__ import annotations

import json
from typing import Any

from .drafting import Suggestion
from .library import Library

STAGE_NAMES = {"pre_sale": "售前", "after_sale": "售后"}
TEMPLATE_NAMES = {"plain": "话术", "fabe": "FABE", "options": "选项+时效"}


def to_json(data: Any, *, indent: int | None = None) -> str:
    """JSON with Chinese kept readable (``ensure_ascii=False``)."""
    return json.dumps(data, ensure_ascii=False, indent=indent)


def _headline(s: Suggestion, library: Library) -> str:
    if s.scenario is None:
        return f"没有把握的匹配 no confident match (最高 {s.confidence:.2f})"
    title = library.scenarios[s.scenario].title
    return f"{title} {s.scenario}  置信度 {s.confidence:.2f}"


def suggestion_text(s: Suggestion, library: Library) -> str:
    """Plain text: the recognised scenario, then each draft after a ``[n]`` marker."""
    lines = [_headline(s, library)]
    if s.scenario is None and s.match.candidates:
        guesses = "，".join(f"{c.title} {c.score:.2f}" for c in s.match.candidates[:3])
        lines.append(f"可能是：{guesses}")
    for d in s.drafts:
        lines.append("")
        lines.append(f"[{d.rank}] {TEMPLATE_NAMES[d.template]}")
        lines.append(d.text)
    return "\n".join(lines)


def suggestion_view(s: Suggestion, library: Library):
    """A Rich view: scenario and confidence, runner-up candidates, numbered draft panels."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    head = Text()
    if s.scenario is None:
        head.append("没有把握的匹配", style="bold yellow")
        head.append(f"  no confident match (最高 {s.confidence:.2f})", style="yellow")
    else:
        scenario = library.scenarios[s.scenario]
        head.append(f"{scenario.title} ", style="bold green")
        head.append(f"{s.scenario}", style="green")
        head.append(f"  {STAGE_NAMES[scenario.stage]}  置信度 ")
        head.append(f"{s.confidence:.2f}", style="bold")
    others = [c for c in s.match.candidates[:4] if c.scenario != s.scenario][:3]
    if others:
        head.append("\n其他可能：", style="dim")
        head.append("  ".join(f"{c.title} {c.score:.2f}" for c in others), style="dim")
    if s.product is not None:
        head.append(f"\n商品：{s.product.name}", style="cyan")
    panels = [head]
    for d in s.drafts:
        title = f"[{d.rank}] {TEMPLATE_NAMES[d.template]}"
        if d.scenario and d.scenario != s.scenario:
            title += f" · {library.scenarios[d.scenario].title}"
        panels.append(Panel(Text(d.text), title=title, title_align="left", border_style="blue"))
    return Group(*panels)


def scenarios_data(library: Library) -> list[dict[str, Any]]:
    return [
        {
            "id": s.id,
            "title": s.title,
            "stage": s.stage,
            "keywords": s.keywords,
            "negative": list(s.negative),
            "examples": list(s.examples),
            "scripts": len(s.scripts),
            "source": s.source,
        }
        for s in library.scenarios.values()
    ]


def scenarios_text(library: Library) -> str:
    lines = []
    for s in library.scenarios.values():
        words = "、".join(list(s.keywords)[:6])
        lines.append(
            f"{s.id}\t{s.title}\t{STAGE_NAMES[s.stage]}\t{len(s.keywords)} keywords\t"
            f"{len(s.examples)} examples\t{len(s.scripts)} scripts\t{words}\t{s.source}"
        )
    return "\n".join(lines)


def scenarios_view(library: Library):
    from rich.table import Table

    table = Table(title=f"{len(library.scenarios)} 个场景 scenarios", title_justify="left")
    for column in ("id", "场景", "阶段", "关键词", "例句", "话术", "来源"):
        table.add_column(column, overflow="fold")
    for s in library.scenarios.values():
        words = "、".join(list(s.keywords)[:5]) + (" …" if len(s.keywords) > 5 else "")
        table.add_row(
            s.id,
            s.title,
            STAGE_NAMES[s.stage],
            words,
            str(len(s.examples)),
            str(len(s.scripts)),
            _short_source(s.source),
        )
    return table


def _short_source(source: str) -> str:
    from .library import BUILTIN_DIR

    return "内置 built-in" if source.startswith(str(BUILTIN_DIR)) else source
