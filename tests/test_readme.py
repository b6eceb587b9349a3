"""The README's ```console blocks are run and their output compared, so the README cannot go stale.

Each ``$ …`` line of a console block is run with bash from a sandbox that sees the repository's
``examples/`` and ``tests/`` (files a command writes land there, not in the checkout) and has its
own home folder (``init`` and ``add`` write the user library there). The lines after a command are
its expected output: stdout and stderr together (a line that the command wrote to stderr may stand
anywhere among them), compared after :func:`normalise` (the sandbox home shows as ``/home/me``,
times and durations as ``<time>``); a line ``…`` stands for any number of lines.

Skipped: the blocks after a paragraph ``之前：`` (they show what an older version printed), a
command that needs a terminal (``csreply chat`` with nothing piped in), and commands that use a
tool this machine does not have (``jq``).

When drafts change on purpose, rewrite the blocks with what the commands print now::

    CSREPLY_UPDATE_README=1 python -m pytest tests/test_readme.py

then read ``git diff README.md`` before committing it.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
UPDATE_ENV = "CSREPLY_UPDATE_README"
HOME = "/home/me"
ELISION = "…"
# stderr lines that depend on the day the test runs, not on the README's commands
VOLATILE_STDERR = ("csreply: warning: no public-holiday data",)


@dataclass
class Command:
    """One ``$ …`` line of a console block and the output lines the README shows for it."""

    line: int  # 0-based index of the "$ …" line in README.md
    text: str
    expected: list[str] = field(default_factory=list)

    @property
    def skip_reason(self) -> str | None:
        if re.match(r"csreply chat\b", self.text) and "|" not in self.text:
            return "needs a terminal"
        if re.search(r"\|\s*jq\b", self.text) and shutil.which("jq") is None:
            return "jq is not installed"
        return None


def console_commands(lines: list[str]) -> list[Command]:
    """Every command of every console block, in README order (blocks after 之前： left out)."""
    commands: list[Command] = []
    inside, skip_block = False, False
    previous = ""
    for i, line in enumerate(lines):
        if not inside and line.strip() == "```console":
            inside, skip_block = True, previous.strip() == "之前："
        elif inside and line.strip() == "```":
            inside = False
        elif inside and not skip_block:
            if line.startswith("$ "):
                commands.append(Command(i, line[2:]))
            elif commands and commands[-1].line < i:
                commands[-1].expected.append(line)
        if line.strip():
            previous = line
    for c in commands:  # a blank line separates two commands of one block: not output
        while c.expected and not c.expected[-1].strip():
            c.expected.pop()
    return commands


def normalise(text: str, home: str) -> str:
    """What may differ between runs and machines, made equal: the home folder, times, spaces."""
    text = text.replace(home, HOME)
    text = re.sub(r"\b\d+(?:\.\d+)?\s?(?:ms|s)\b", "<time>", text)
    return text.rstrip()


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` lines are the ``expected`` ones, ``…`` standing for any run of lines."""
    pattern = "".join(r"(?:.*\n)*?" if e.strip() == ELISION else re.escape(e) + r"\n" for e in expected)
    return re.fullmatch(pattern, "".join(a + "\n" for a in actual)) is not None


def merge(expected: list[str], stdout: list[str], stderr: list[str]) -> list[str]:
    """stdout and stderr as the README would show them: each stderr line where the README has
    it when it is there, the rest after stdout."""
    remaining = list(stderr)
    placed: list[str] = []
    out = iter(stdout)
    for e in expected:
        if e in remaining:
            remaining.remove(e)
            placed.append(e)
        elif e.strip() != ELISION:
            nxt = next(out, None)
            if nxt is not None:
                placed.append(nxt)
    placed += list(out) + remaining
    return placed


def updated(expected: list[str], actual: list[str]) -> list[str]:
    """New README lines for a command: the actual output, keeping ``…`` elisions where the README
    has them (each run of lines after a ``…`` is anchored at the actual line with its first word)."""
    if ELISION not in [e.strip() for e in expected]:
        return actual
    result: list[str] = []
    position = 0
    segments = _segments(expected)
    for elided, lines in segments:
        if elided is not None:
            result.append(elided)
            if not lines:
                continue
            first_word = lines[0].split()[0] if lines[0].split() else lines[0]
            found = next((j for j in range(position, len(actual)) if actual[j].startswith(first_word)), None)
            if found is None:
                continue
            position = found
        result += actual[position:position + len(lines)]
        position += len(lines)
    return result


def _segments(expected: list[str]) -> list[tuple[str | None, list[str]]]:
    """Runs of explicit lines, each with the ``…`` line (as indented) that comes before it."""
    segments: list[tuple[str | None, list[str]]] = [(None, [])]
    for e in expected:
        if e.strip() == ELISION:
            segments.append((e, []))
        else:
            segments[-1][1].append(e)
    return segments


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    for name in ("examples", "tests", "docs"):
        (folder / name).symlink_to(ROOT / name)
    (folder / "home" / ".config").mkdir(parents=True)
    return folder


def run(command: Command, sandbox: Path) -> tuple[list[str], list[str]]:
    home = sandbox / "home"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("CSREPLY_")},
        "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
        "CSREPLY_CACHE_DIR": str(sandbox / "cache"), "PYTHONIOENCODING": "utf-8",
        "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""),
    }
    proc = subprocess.run(
        ["bash", "-c", command.text], capture_output=True, text=True, encoding="utf-8",
        cwd=sandbox, env=env, timeout=120, stdin=subprocess.DEVNULL,
    )

    def lines(text: str) -> list[str]:
        return [normalise(line, str(home)) for line in text.splitlines()]

    stderr = [e for e in lines(proc.stderr) if not e.startswith(VOLATILE_STDERR)]
    return lines(proc.stdout), stderr


def test_console_blocks_show_what_the_commands_print(sandbox):
    text = README.read_text(encoding="utf-8")
    lines = text.split("\n")
    commands = console_commands(lines)
    assert len(commands) >= 20  # the parser found the README's examples
    problems, replacements = [], {}
    for command in commands:
        if command.skip_reason:
            continue
        stdout, stderr = run(command, sandbox)
        expected = [normalise(e, HOME) for e in command.expected]
        actual = merge(expected, stdout, stderr)
        if matches(expected, actual):
            continue
        diff = "\n".join(difflib.unified_diff(expected, actual, "README.md", "actual", lineterm=""))
        problems.append(f"README.md:{command.line + 1}: $ {command.text}\n{diff}")
        replacements[command.line] = (len(command.expected), updated(command.expected, actual))
    if problems and os.environ.get(UPDATE_ENV):
        for line in sorted(replacements, reverse=True):
            count, new = replacements[line]
            lines[line + 1:line + 1 + count] = new
        README.write_text("\n".join(lines), encoding="utf-8")
        pytest.fail(f"README.md rewritten for {len(problems)} commands: read 'git diff README.md', then run again")
    assert not problems, (
        "\n\n".join(problems)
        + f"\n\nIf the new output is right: {UPDATE_ENV}=1 python -m pytest tests/test_readme.py"
    )


@pytest.mark.parametrize(
    ("expected", "actual", "ok"),
    [
        (["a", "…"], ["a", "b", "c"], True),
        (["a", "…", "d"], ["a", "b", "c", "d"], True),
        (["a", "…", "d"], ["a", "b", "c"], False),
        (["a", "b"], ["a"], False),
        ([], [], True),
    ],
)
def test_elision_matches_any_run_of_lines(expected, actual, ok):
    assert matches(expected, actual) is ok


def test_stderr_lines_go_where_the_readme_shows_them():
    expected = ["csreply: 3 messages", "x", "y"]
    assert merge(expected, ["x", "y"], ["csreply: 3 messages"]) == expected
    assert merge(["x", "y"], ["x", "y"], ["csreply: note"]) == ["x", "y", "csreply: note"]


def test_normalise_hides_home_and_times():
    assert normalise("/tmp/x/home/.config/a  took 31 s, 198 ms  ", "/tmp/x/home") == "/home/me/.config/a  took <time>, <time>"


def test_update_keeps_elisions():
    expected = ["file  x", "rows  3", "  …", "decision  y", "…"]
    actual = ["file  x", "rows  4", "a", "b", "decision  z", "c"]
    assert updated(expected, actual) == ["file  x", "rows  4", "  …", "decision  z", "…"]
