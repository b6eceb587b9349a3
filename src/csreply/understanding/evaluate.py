"""Measure a library and matcher on labelled messages (``text<TAB>labels`` files).

A labels cell holds one scenario id, several joined by ``|`` (either is right) or ``none`` (the
right answer is "no confident match"). Top-1 counts the *accepted* scenario: a confident-match
refusal on an in-scope row is a miss. Top-3 counts the first three ranked candidates, accepted
or not. No I/O beyond reading the labelled file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .matcher import Matcher

NONE = "none"


@dataclass(frozen=True)
class LabelledRow:
    line: int
    text: str
    labels: frozenset[str]  # empty for "none"
    session: str | None = None  # files with a `session turn text labels [ctx]` header
    turn: int | None = None
    ctx: bool = False  # the label needs the earlier chat


@dataclass(frozen=True)
class Outcome:
    row: LabelledRow
    predicted: str | None
    ranked: tuple[str, ...]
    confidence: float
    context: str | None = None  # what decided it when the chat did

    @property
    def correct(self) -> bool:
        if not self.row.labels:
            return self.predicted is None
        return self.predicted in self.row.labels

    @property
    def in_top3(self) -> bool:
        return bool(self.row.labels & set(self.ranked[:3]))


@dataclass(frozen=True)
class ScenarioStats:
    scenario: str
    support: int
    precision: float
    recall: float
    f1: float


@dataclass
class Report:
    """Figures of one evaluation run; ``to_dict()`` is the ``--format json`` document."""

    file: str
    rows: int
    in_scope: int
    none_rows: int
    top1: float
    top3: float
    none_rate: float
    false_accepts: int  # none rows given a scenario
    per_scenario: list[ScenarioStats] = field(default_factory=list)
    confusions: list[tuple[str, str, int]] = field(default_factory=list)
    misses: list[Outcome] = field(default_factory=list)
    calibration: list[tuple[float, float, int, float]] = field(default_factory=list)  # lo, hi, n, right

    def to_dict(self) -> dict:
        return {
            "calibration": [
                {"from": lo, "to": hi, "messages": n, "right": round(right, 4)} for lo, hi, n, right in self.calibration
            ],
            "file": self.file,
            "rows": self.rows,
            "in_scope": self.in_scope,
            "none_rows": self.none_rows,
            "top1": round(self.top1, 4),
            "top3": round(self.top3, 4),
            "none_rate": round(self.none_rate, 4),
            "false_accepts": self.false_accepts,
            "per_scenario": [
                {
                    "scenario": s.scenario,
                    "support": s.support,
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                }
                for s in self.per_scenario
            ],
            "confusions": [{"expected": a, "predicted": b, "count": n} for a, b, n in self.confusions],
            "misses": [
                {
                    "line": o.row.line,
                    "text": o.row.text,
                    "expected": sorted(o.row.labels) or [NONE],
                    "predicted": o.predicted or NONE,
                    "candidates": list(o.ranked[:3]),
                    "confidence": o.confidence,
                }
                for o in self.misses
            ],
        }


def read_labelled(path: str | Path, known: Iterable[str] | None = None) -> list[LabelledRow]:
    """Read a labelled TSV; ``#`` lines and blank lines are skipped.

    Unknown scenario ids (when ``known`` is given) and rows without a tab are errors with the line.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read labelled file: {exc.strerror}", file=path) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("labelled files must be UTF-8 text", file=path) from None
    known_ids = set(known) if known is not None else None
    rows: list[LabelledRow] = []
    columns: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" not in line:
            raise InputError("expected 'text<TAB>labels'", file=path, line=number)
        if columns is None and not rows and _is_session_header(line):
            columns = [c.strip() for c in line.split("\t")]
            continue
        if columns is not None:
            cells = dict(zip(columns, line.split("\t")))
            message, cell = cells.get("text", ""), cells.get("labels", "")
        else:
            message, _, cell = line.rpartition("\t")
        labels = frozenset(p.strip() for p in cell.split("|") if p.strip()) - {NONE}
        if known_ids is not None and (unknown := labels - known_ids):
            raise InputError(f"unknown scenario id '{sorted(unknown)[0]}'", file=path, line=number)
        if columns is None:
            rows.append(LabelledRow(number, message, labels))
            continue
        turn = cells.get("turn", "").strip()
        if not turn.isdigit():
            raise InputError(f"turn must be a number, got '{turn}'", file=path, line=number)
        rows.append(
            LabelledRow(number, message, labels, cells.get("session", "").strip() or None, int(turn),
                        cells.get("ctx", "0").strip() == "1")
        )
    return rows


def _is_session_header(line: str) -> bool:
    cells = {c.strip() for c in line.split("\t")}
    return {"session", "turn", "text", "labels"} <= cells


def evaluate(matcher: Matcher, rows: list[LabelledRow], *, file: str = "", chats: dict | None = None) -> Report:
    """Run the matcher over ``rows`` and compute the figures.

    >>> from csreply.library import Library
    >>> m = Matcher(Library.load(user=False, env=False))
    >>> r = evaluate(m, [LabelledRow(1, "能便宜点吗", frozenset({"bargain"}))])
    >>> r.top1
    1.0
    """
    return summarise(_outcomes(matcher, rows, chats), matcher.library.scenarios, file=file)


def _outcomes(matcher: Matcher, rows: list[LabelledRow], chats: dict | None = None, tuning=None) -> list[Outcome]:
    """Each row's outcome; with ``chats`` (see :func:`csreply.reading.agent_lines`, or ``{}``
    for the customer's turns only), rows with a session are read with the chat so far."""
    if chats is None:
        outcomes = []
        for row in rows:
            match = matcher.rank(row.text)
            outcomes.append(Outcome(row, match.scenario, _ranked(match), match.confidence))
        return outcomes
    from .context import Conversation

    conversations: dict[str, Conversation] = {}
    result: dict[int, Outcome] = {}
    order = sorted(range(len(rows)), key=lambda i: (rows[i].session or "", rows[i].turn or 0, i))
    for i in order:
        row = rows[i]
        if row.session is None:
            match = matcher.rank(row.text)
        else:
            chat = conversations.setdefault(row.session, Conversation(matcher, tuning))
            match = chat.rank(row.text, reply_to=chats.get((row.session, row.turn)))
        result[i] = Outcome(row, match.scenario, _ranked(match), match.confidence, match.context)
    return [result[i] for i in range(len(rows))]


def _ranked(match) -> tuple[str, ...]:
    ranked = [c.scenario for c in match.candidates if c.score > 0]
    if match.scenario is not None and (not ranked or ranked[0] != match.scenario):
        ranked = [match.scenario] + [s for s in ranked if s != match.scenario]
    return tuple(ranked)


def summarise(outcomes: list[Outcome], scenarios: Iterable[str], *, file: str = "") -> Report:
    """The figures of a list of outcomes (rows already matched)."""
    in_scope = [o for o in outcomes if o.row.labels]
    none_rows = [o for o in outcomes if not o.row.labels]
    report = Report(
        file=file,
        rows=len(outcomes),
        in_scope=len(in_scope),
        none_rows=len(none_rows),
        top1=_share(o.correct for o in in_scope),
        top3=_share(o.in_top3 for o in in_scope),
        none_rate=_share(o.correct for o in none_rows),
        false_accepts=sum(1 for o in none_rows if not o.correct),
    )
    report.per_scenario = _per_scenario(outcomes, scenarios)
    report.calibration = calibration(outcomes)
    pairs = Counter(
        (min(o.row.labels) if o.row.labels else NONE, o.predicted or NONE)
        for o in outcomes
        if not o.correct
    )
    report.confusions = [(a, b, n) for (a, b), n in pairs.most_common()]
    report.misses = [o for o in outcomes if not o.correct]
    return report


def _per_scenario(outcomes: list[Outcome], scenarios: Iterable[str]) -> list[ScenarioStats]:
    stats = []
    for sid in scenarios:
        tp = sum(1 for o in outcomes if o.predicted == sid and sid in o.row.labels)
        fp = sum(1 for o in outcomes if o.predicted == sid and sid not in o.row.labels)
        support = sum(1 for o in outcomes if sid in o.row.labels)
        fn = sum(1 for o in outcomes if sid in o.row.labels and not o.correct)
        if not (support or fp):
            continue
        # a row solved through its other label counts neither for nor against this one
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        stats.append(ScenarioStats(sid, support, p, r, f1))
    stats.sort(key=lambda s: (s.f1, -s.support))
    return stats


def _share(flags: Iterable[bool]) -> float:
    values = list(flags)
    return sum(values) / len(values) if values else 0.0


def calibration(outcomes: list[Outcome], bins: int = 10) -> list[tuple[float, float, int, float]]:
    """Of the messages whose top scenario was given a confidence in each tenth, the share for
    which that scenario is right (a none row is never right here): (from, to, messages, right)."""
    counts = [[0, 0] for _ in range(bins)]
    for o in outcomes:
        if not o.ranked:
            continue
        b = min(int(o.confidence * bins), bins - 1)
        counts[b][0] += 1
        counts[b][1] += o.ranked[0] in o.row.labels
    return [(b / bins, (b + 1) / bins, n, right / n) for b, (n, right) in enumerate(counts) if n]
