"""Turn labelled rows of a shop's own chats into library examples the matcher learns from.

``csreply import`` reads a labelled file (``text<TAB>labels``, or a session file with a
``session turn text labels`` header) and writes a library file with an ``[examples]`` table per
scenario and a ``[no_scenario]`` table for the ``none`` rows, to put beside the shop's library.
A row with two labels (``a|b``) teaches its first label; ``none`` rows that ask something are
``off_topic`` (a reply is needed), the others ``no_reply``. No I/O beyond the caller's.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..understanding.crossval import asks_something
from ..understanding.evaluate import LabelledRow

HEADER = (
    "# 从已标注的聊天记录导入的例句 (csreply import): 放进话术库文件夹，模型会从中学习。\n"
    "# Examples imported from labelled chats: put this file beside the shop's library.\n\n"
)


def examples_toml(rows: Iterable[LabelledRow]) -> tuple[str, dict[str, int]]:
    """The TOML text and how many examples each scenario (and each kind of none) got.

    >>> text, counts = examples_toml([LabelledRow(1, "能便宜点吗", frozenset({"bargain"})),
    ...                               LabelledRow(2, "好的", frozenset())])
    >>> counts
    {'bargain': 1, 'no_reply': 1}
    """
    import tomli_w

    examples: dict[str, list[str]] = {}
    none: dict[str, list[str]] = {}
    for row in rows:
        text = " ".join(row.text.split())
        if not text:
            continue
        if row.labels:
            bucket = examples.setdefault(sorted(row.labels)[0], [])
        else:
            bucket = none.setdefault("off_topic" if asks_something(text) else "no_reply", [])
        if text not in bucket:
            bucket.append(text)
    data: dict[str, dict[str, list[str]]] = {}
    if examples:
        data["examples"] = dict(sorted(examples.items()))
    if none:
        data["no_scenario"] = dict(sorted(none.items()))
    counts = {k: len(v) for k, v in sorted(examples.items())} | {k: len(v) for k, v in sorted(none.items())}
    return HEADER + tomli_w.dumps(data, multiline_strings=False), counts
