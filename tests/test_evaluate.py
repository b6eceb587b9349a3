"""`csreply eval` and `csreply explain`, and the evaluation module behind them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from csreply.errors import InputError
from csreply.interface.cli import app
from csreply.understanding.evaluate import evaluate, read_labelled

runner = CliRunner()

LABELLED = """# a comment
能便宜点吗\tbargain
包邮吗\tshipping_fee|courier
好的\tnone
538872953711\tnone
这个多少钱\tpromotion
"""


@pytest.fixture()
def labelled(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(LABELLED, encoding="utf-8")
    return path


def test_read_labelled(labelled):
    rows = read_labelled(labelled)
    assert [(r.line, r.text, sorted(r.labels)) for r in rows][:3] == [
        (2, "能便宜点吗", ["bargain"]),
        (3, "包邮吗", ["courier", "shipping_fee"]),
        (4, "好的", []),
    ]


def test_read_labelled_errors(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("能便宜点吗\tbargian\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown scenario id 'bargian'") as info:
        read_labelled(bad, known=["bargain"])
    assert info.value.line == 1
    bad.write_text("no tab here\n", encoding="utf-8")
    with pytest.raises(InputError, match="text<TAB>labels"):
        read_labelled(bad)


def test_evaluate_figures(matcher, labelled):
    report = evaluate(matcher, read_labelled(labelled))
    assert (report.in_scope, report.none_rows) == (3, 2)
    assert report.none_rate == 1.0
    assert report.top1 == pytest.approx(2 / 3)  # 这个多少钱 is not promotion
    assert [m.row.text for m in report.misses] == ["这个多少钱"]
    assert report.confusions[0][0] == "promotion"


def test_eval_cli_json_and_threshold(labelled):
    result = runner.invoke(app, ["eval", str(labelled), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert {"top1", "top3", "none_rate", "per_scenario", "confusions", "misses"} <= set(data)
    failing = runner.invoke(app, ["eval", str(labelled), "--min-top1", "0.9", "--format", "json"])
    assert failing.exit_code == 1
    assert "below target" in failing.stderr


def test_eval_cli_text(labelled):
    result = runner.invoke(app, ["eval", str(labelled), "--format", "text"])
    assert "top-1" in result.stdout and "misses (1" in result.stdout


def test_eval_unknown_label_is_located(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("能便宜点吗\tbargain\n好的\tnot_a_scenario\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(bad)])
    assert result.exit_code == 4
    assert result.stderr == f"csreply: error: {bad}:2: unknown scenario id 'not_a_scenario'（输入读不了）\n"


def test_explain_shows_every_step():
    result = runner.invoke(app, ["explain", "能便宜點嗎？今天能發貨嗎！！", "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["normalized"] == "能便宜点吗今天能发货吗"
    assert data["traditional"] is True
    assert "便宜" in "".join(data["tokens"])
    assert any(h["scenario"] == "bargain" for h in data["keyword_hits"])
    assert data["closest_examples"] and 0 <= data["closest_examples"][0]["similarity"] <= 1
    assert [i["scenario"] for i in data["intents"]] == ["bargain", "dispatch_time"]
    assert data["margin"] >= 0 and data["decision"]


def test_explain_text_says_why_not():
    result = runner.invoke(app, ["explain", "嗯嗯", "--format", "text"])
    assert result.exit_code == 1
    assert "no confident match" in result.stdout
    assert "normalised" in result.stdout and "tokens" in result.stdout
