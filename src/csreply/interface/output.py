"""Format results for people (Rich views, plain text) and for programs (JSON).

Functions here return strings or Rich renderables; ``cli.py`` decides where they go. This module
renders suggestions, scenarios and ``explain``; the figures of ``eval`` are in
:mod:`csreply.interface.eval_views` and the records ``batch`` writes in
:mod:`csreply.interface.records`.
"""

from __future__ import annotations

import json
from typing import Any

from ..writing.drafting import Suggestion
from ..library.loading import Library

STAGE_NAMES = {"pre_sale": "售前", "after_sale": "售后"}
TEMPLATE_NAMES = {"plain": "话术", "fabe": "FABE", "options": "选项+时效"}


# Bidirectional overrides and isolates: they reorder what a terminal shows ("Trojan source").
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def terminal_safe(text: str, *, keep: str = "\n\t") -> str:
    r"""``text`` with control characters (ESC, CR, BEL, C1 codes…) and bidi overrides shown
    escaped, so a customer's message cannot retitle, clear or redraw the agent's terminal.

    >>> print(terminal_safe("在吗\x1b]0;hacked\x07\r好的"))
    在吗\x1b]0;hacked\x07\r好的
    """
    if text.isprintable():
        return text
    import unicodedata

    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if ch in _BIDI or (ch not in keep and unicodedata.category(ch) == "Cc")
        else ch
        for ch in text
    )


def to_json(data: Any, *, indent: int | None = None) -> str:
    """JSON with Chinese kept readable (``ensure_ascii=False``)."""
    return json.dumps(data, ensure_ascii=False, indent=indent)


def _headline(s: Suggestion, library: Library) -> str:
    if s.scenario is None:
        return f"没有把握的匹配 no confident match (最高 {s.confidence:.2f})"
    title = library.scenarios[s.scenario].title
    head = f"{title} {s.scenario}  置信度 {s.confidence:.2f}"
    if len(s.match.intents) >= 2:
        head += "  多个问题：" + " + ".join(library.scenarios[i.scenario].title for i in s.match.intents)
    return head


def suggestion_reading(s: Suggestion) -> str:
    """How the customer reads, for the agent: "情绪 生气 0.97 · 顾客 爱砍价" (empty when calm)."""
    feelings = {"anger": "生气", "urgency": "着急", "anxiety": "担心"}
    types = {"bargainer": "爱砍价", "indecisive": "犹豫不决", "detail": "看重细节", "hurried": "赶时间"}
    parts = []
    if s.emotion.felt:
        parts.append(f"情绪 {feelings[s.emotion.label]} {s.emotion.strength:.2f}")
    if s.customer:
        parts.append(f"顾客 {types[s.customer]}")
    if s.script == "traditional":
        parts.append("繁体回复")
    if s.match.context:
        parts.append("结合前面的对话判断")
    elif s.scenario is None and s.match.reply_needed is False:
        parts.append("像是确认或订单信息，可以不回")
    return " · ".join(parts)


def suggestion_text(s: Suggestion, library: Library) -> str:
    """Plain text: the recognised scenario, then each draft after a ``[n]`` marker."""
    lines = [_headline(s, library)]
    reading = suggestion_reading(s)
    if reading:
        lines.append(reading)
    if s.scenario is None and s.match.candidates:
        guesses = "，".join(f"{c.title} {c.score:.2f}" for c in s.match.candidates[:3])
        lines.append(f"可能是：{guesses}")
    for d in s.drafts:
        lines.append("")
        lines.append(f"[{d.rank}] {TEMPLATE_NAMES[d.template]}")
        lines.append(d.text)
    return terminal_safe("\n".join(lines))  # drafts may quote the message ({message.text})


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
        if len(s.match.intents) >= 2:
            head.append("\n多个问题：", style="bold")
            head.append(" + ".join(library.scenarios[i.scenario].title for i in s.match.intents))
    others = [c for c in s.match.candidates[:4] if c.scenario != s.scenario][:3]
    if others:
        head.append("\n其他可能：", style="dim")
        head.append("  ".join(f"{c.title} {c.score:.2f}" for c in others), style="dim")
    if s.product is not None:
        names = "、".join(p.name for p in s.products) if s.products else s.product.name
        head.append(f"\n商品：{names}", style="cyan")
    reading = suggestion_reading(s)
    if reading:
        head.append(f"\n{reading}", style="magenta")
    panels = [head]
    for d in s.drafts:
        title = f"[{d.rank}] {TEMPLATE_NAMES[d.template]}"
        if d.scenario and d.scenario != s.scenario:
            title += f" · {library.scenarios[d.scenario].title}"
        panels.append(Panel(Text(terminal_safe(d.text)), title=title, title_align="left", border_style="blue"))
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
    from ..library.loading import BUILTIN_DIR

    return "内置 built-in" if source.startswith(str(BUILTIN_DIR)) else source


# --- explain ----------------------------------------------------------------------------------
def explain_data(match, examples) -> dict[str, Any]:
    n = match.normalized
    return {
        "message": n.original,
        "normalized": n.text,
        "clauses": list(n.clauses),
        "traditional": n.traditional,
        "truncated": n.truncated,
        "tokens": list(match.tokens),
        "keyword_hits": [
            {"scenario": h.scenario, "word": h.word, "weight": h.weight}
            for c in match.candidates for h in c.hits
        ],
        "closest_examples": [
            {"scenario": e.scenario, "example": e.example, "similarity": round(e.similarity, 4)} for e in examples
        ],
        "candidates": [
            {
                "scenario": c.scenario,
                "title": c.title,
                "score": c.score,
                "keyword_score": c.keyword_score,
                "example_similarity": c.example_score,
                "excluded_by": c.excluded_by,
            }
            for c in match.candidates
        ],
        "scenario": match.scenario,
        "confidence": match.confidence,
        "margin": match.margin,
        "intents": [{"clause": i.clause, "scenario": i.scenario, "score": i.score} for i in match.intents],
        "decision": match.reason,
    }


def explain_text(data: dict[str, Any]) -> str:
    lines = [
        f"message      {data['message']}",
        f"normalised   {data['normalized']}" + ("  (from Traditional)" if data["traditional"] else "")
        + ("  (cut to the analysis length)" if data["truncated"] else ""),
        f"clauses      {' | '.join(data['clauses'])}",
        f"tokens       {' / '.join(data['tokens'])}",
        "keyword hits " + ("，".join(f"{h['word']}→{h['scenario']} ({h['weight']:g})" for h in data["keyword_hits"]) or "none"),
        "closest examples:",
    ]
    for e in data["closest_examples"]:
        lines.append(f"  {e['similarity']:.2f}  {e['example']}  ({e['scenario']})")
    lines.append("candidates (score = keywords ⊕ examples):")
    for c in data["candidates"][:8]:
        extra = f"  ruled out by '{c['excluded_by']}'" if c["excluded_by"] else ""
        lines.append(
            f"  {c['score']:.2f}  {c['scenario']:<16} {c['title']:<6} keywords {c['keyword_score']:.2f}  "
            f"examples {c['example_similarity']:.2f}{extra}"
        )
    if data["intents"]:
        lines.append("intents      " + "；".join(f"{i['clause']} → {i['scenario'] or 'none'}" for i in data["intents"]))
    verdict = data["scenario"] or "no confident match"
    lines.append(f"decision     {verdict}: {data['decision']} (margin {data['margin']:.2f})")
    return terminal_safe("\n".join(lines))
