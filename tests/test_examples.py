"""Examples and README cannot rot: every example library loads and the README stays true."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from csreply.library import Library
from csreply.writing.drafting import suggest

ROOT = Path(__file__).resolve().parent.parent


def test_example_shop_library_loads_and_answers_with_fabe():
    lib = Library.load([ROOT / "examples" / "shop"], user=False, env=False)
    assert lib.shop.name == "青禾护肤旗舰店"
    assert len(lib.products) >= 3
    s = suggest("积雪草面霜敏感肌能用吗", lib, now=datetime.fromisoformat("2026-11-23T15:00+08:00"))
    assert s.product is not None and s.product.id == "cream-50"
    assert s.product.suitable_for in s.drafts[0].text  # the answer from the product's facts first
    fabe = next(d for d in s.drafts if d.template == "fabe")
    assert s.product.feature.rstrip("。") in fabe.text


def test_example_shop_policy_drives_deadlines():
    lib = Library.load([ROOT / "examples" / "shop"], user=False, env=False)
    # Saturday is a working day for this shop: a Friday-evening exchange leaves on Saturday
    s = suggest("面霜的泵头按不出来，质量有问题", lib, now=datetime.fromisoformat("2026-11-27T21:00+08:00"))
    options = next(d for d in s.drafts if d.template == "options").options
    exchange = next(o for o in options if o.deadline.kind == "exchange")
    assert exchange.deadline.at.date().isoformat() == "2026-11-28"


def test_readme_opens_with_the_two_setup_commands_and_ci_runs_the_second():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.S).group(1).strip().splitlines()
    assert len(block) == 2
    assert block[0].endswith('csreply suggest "能便宜点吗"')
    assert block[1].endswith("python -m pytest")
    assert block[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_needs_work_example_shows_what_lint_catches():
    import json

    from typer.testing import CliRunner

    from csreply.interface.cli import app

    result = CliRunner().invoke(app, ["lint", str(ROOT / "examples" / "needs-work.toml"), "--format", "json"])
    assert result.exit_code == 1
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert rules == {"S002", "A001", "T001", "T002", "P001", "S003", "T004", "F001"}


def test_every_example_file_is_covered():
    covered = {"shop", "exports", "needs-work.toml", "labelled.tsv", "sessions.tsv", "README.md"}
    assert {p.name for p in (ROOT / "examples").iterdir()} <= covered


def test_labelled_example_evaluates_with_every_label_known():
    from csreply.understanding.evaluate import read_labelled

    lib = Library.load([], user=False, env=False)
    rows = read_labelled(ROOT / "examples" / "labelled.tsv", known=lib.scenarios)
    assert len(rows) >= 30
