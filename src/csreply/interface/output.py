"""Format results for people (Rich views, plain text) and for programs (JSON).

Functions here return strings or Rich renderables; ``cli.py`` decides where they go.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from typing import Any

from ..writing.drafting import Suggestion
from ..errors import OutputError, UsageError, output_error
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


# --- eval -------------------------------------------------------------------------------------
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


# --- batch output file ------------------------------------------------------------------------
class OutputTarget:
    """Where ``batch`` writes: stdout, or a file written beside its target and renamed at the end.

    A regular ``-o`` file is only replaced by :meth:`commit`, so a full disk or a crash never
    leaves it cut mid-record (the old file, if any, stays as it was); devices and FIFOs
    (``/dev/stdout``, a pipe) are written directly. An ``-o`` that is the input itself (same
    file, also through a symlink or a hard link) is refused before anything is written.
    """

    def __init__(self, path, *, bom: bool = False, source=None) -> None:
        import sys

        self.name = "<stdout>" if path is None else str(path)
        self._tmp: str | None = None
        self._final: str | None = None
        if path is None:
            self.stream = sys.stdout
            if bom:
                with writing(self.name):
                    sys.stdout.buffer.write("\ufeff".encode("utf-8"))
            return
        _refuse_input_as_output(path, source)
        self.stream = self._open(str(path), "utf-8-sig" if bom else "utf-8")

    def _open(self, path: str, encoding: str):
        import os
        import stat
        import tempfile

        real = os.path.realpath(path)  # write through a symlink to the file it names
        try:
            info = os.stat(real)
        except FileNotFoundError:
            info = None
        except OSError as exc:
            raise output_error(exc, self.name) from None
        if info is not None and not stat.S_ISREG(info.st_mode):
            try:  # a device or a FIFO: nothing to replace, write straight into it
                return open(path, "w", encoding=encoding, newline="")
            except OSError as exc:
                raise output_error(exc, self.name) from None
        if info is not None and (not info.st_mode & 0o222 or not os.access(real, os.W_OK)):
            # no write bit for anyone is a choice to protect the file, respected even by root
            raise OutputError(f"cannot write {self.name}: the file is read-only")
        try:
            fd, self._tmp = tempfile.mkstemp(
                dir=os.path.dirname(real) or ".",
                prefix=f".{os.path.basename(real)}.",
                suffix=".tmp",
            )
            os.chmod(self._tmp, info.st_mode & 0o7777 if info else 0o666 & ~_umask())
        except OSError as exc:
            self.discard()
            raise output_error(exc, self.name) from None
        self._final = real
        return open(fd, "w", encoding=encoding, newline="")

    def commit(self) -> None:
        """Flush and close; a file written beside its target now takes its place."""
        import os
        import sys

        if self.stream is sys.stdout:
            with writing(self.name):
                self.stream.flush()
            return
        try:
            self.stream.close()
            if self._tmp is not None and self._final is not None:
                os.replace(self._tmp, self._final)
                self._tmp = None
        except OSError as exc:
            self.discard()
            raise output_error(exc, self.name) from None

    def discard(self) -> None:
        """Close without replacing anything: the target stays as it was before the run."""
        import os
        import sys

        if getattr(self, "stream", sys.stdout) is not sys.stdout:
            try:
                self.stream.close()
            except OSError:
                pass  # the same failure that brought us here
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None


def _refuse_input_as_output(path, source) -> None:
    """Raise UsageError when ``path`` is the file ``source`` reads (writing would destroy it)."""
    import os

    try:
        mine = os.fstat(source.fileno()) if source is not None else None
        theirs = os.stat(path)
    except (OSError, ValueError, AttributeError):
        return  # no such output file yet, or an input that is not a file
    if mine is not None and (mine.st_dev, mine.st_ino) == (theirs.st_dev, theirs.st_ino):
        raise UsageError(f"the output {path} is the input file; write the drafts to another file")


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def writing(name: str = "<stdout>"):
    """Turn a failed write (full disk, I/O error) into :class:`OutputError`; a closed pipe
    (``BrokenPipeError``) passes through, since the CLI treats it as a quiet end."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise output_error(exc, name) from None


# --- batch records ----------------------------------------------------------------------------
class RecordWriter:
    """Writes batch records to a text stream as they come, flushing each one.

    Formats: ``jsonl`` (one object a line), ``json`` (one array, written incrementally),
    ``csv``/``tsv`` (flat columns, drafts as draft_1…draft_N), ``text`` (for reading).
    """

    def __init__(self, stream, fmt: str, top: int, *, name: str = "<stdout>") -> None:
        import csv

        self.stream = stream
        self.fmt = fmt
        self.name = name  # for write errors
        self.count = 0
        self._closed = False
        self.columns = (
            ["line", "row", "session", "speaker", "time", "message", "scenario", "confidence", "intents"]
            + [f"draft_{i}" for i in range(1, top + 1)]
            + ["error"]
        )
        self._csv = None
        with writing(name):
            if fmt in ("csv", "tsv"):
                self._csv = csv.writer(stream, delimiter="," if fmt == "csv" else "\t", lineterminator="\r\n")
                self._csv.writerow(self.columns)
            elif fmt == "json":
                stream.write("[")

    def write(self, record) -> None:
        """Write a batch record (``csreply.interface.batch.Record``) or a plain dict.

        Raises :class:`~csreply.errors.OutputError` when the output cannot be written.
        """
        with writing(self.name):
            self._write(record)

    def _write(self, record) -> None:
        if self.fmt == "jsonl":
            text = record.to_json() if hasattr(record, "to_json") else to_json(record)
            self.stream.write(text + "\n")
            self.count += 1
            self.stream.flush()
            return
        if hasattr(record, "to_dict"):
            record = record.to_dict()
        if self.fmt == "json":
            self.stream.write(("," if self.count else "") + "\n" + to_json(record))
        elif self._csv is not None:
            self._csv.writerow(self._flat(record))
        else:
            self.stream.write(terminal_safe(self._text(record)) + "\n")
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        """End the output: a JSON array gets its ``]`` (once, whatever stopped the run)."""
        if self._closed:
            return
        self._closed = True
        if self.fmt == "json":
            with writing(self.name):
                self.stream.write("\n]\n" if self.count else "]\n")
                self.stream.flush()

    def _flat(self, record: dict[str, Any]) -> list[str]:
        drafts = [d["text"] for d in record.get("drafts", [])]
        values = {
            **{k: record.get(k) for k in ("line", "row", "session", "speaker", "time", "scenario", "error")},
            "message": record.get("message", record.get("raw")),
            "confidence": record.get("confidence"),
            "intents": "|".join(i["scenario"] for i in record.get("intents", [])),
        }
        for i, text in enumerate(drafts, start=1):
            values[f"draft_{i}"] = text
        return ["" if values.get(c) is None else str(values[c]) for c in self.columns]

    @staticmethod
    def _text(record: dict[str, Any]) -> str:
        where = f"line {record['line']}" + (f" ({record['speaker']})" if record.get("speaker") else "")
        if "error" in record:
            return f"{where}: error: {record['error']}\n"
        head = f"{where}: {record['message']}\n  → {record['scenario'] or 'no confident match'} ({record['confidence']:.2f})"
        drafts = "\n".join(f"  [{d['rank']}] " + d["text"].replace("\n", "\n      ") for d in record["drafts"])
        return head + ("\n" + drafts if drafts else "") + "\n"


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
