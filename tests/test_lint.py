"""Lint rules: one fixture library per rule breaks exactly that rule; the shipped libraries pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csreply.interface import terminal
from csreply.interface.cli import app
from csreply.library import Library
from csreply.library.lint import RULES, absolute_claims, emoji_count, lint, summary

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "lint"
runner = CliRunner()


def _lint_file(path: Path):
    return lint(Library.load([path], user=False, env=False), only=[path])


@pytest.mark.parametrize("rule", sorted(RULES))
def test_each_rule_is_caught_by_its_fixture_and_only_that_rule(rule):
    fixture = FIXTURES / f"{rule}.toml"
    findings = _lint_file(fixture)
    assert {f.rule for f in findings} == {rule}, [f.message for f in findings]
    for f in findings:
        assert f.file == str(fixture) and f.line, f
        assert f.severity in ("error", "warning") and f.message


def test_builtin_library_has_no_errors(builtin):
    findings = lint(builtin)
    errors = [f for f in findings if f.severity == "error"]
    assert errors == []


def test_example_shop_has_no_errors():
    shop = ROOT / "examples" / "shop" / "shop.toml"
    errors, _ = summary(_lint_file(shop))
    assert errors == 0


def _library_with(tmp_path: Path, text: str, *, stage: str = "pre_sale", extra: str = "") -> Path:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    path = tmp_path / "lib.toml"
    path.write_text(
        f'{extra}\n[[scenarios]]\nid = "engrave"\ntitle = "刻字定制"\nstage = "{stage}"\n'
        f'examples = ["可以刻字吗"]\nkeywords = {{ "刻字" = 5 }}\n\n'
        f'[[scenarios.scripts]]\ntemplate = "plain"\ntext = "{escaped}"\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "text",
    [
        "亲，最晚明天给您答复，最快{time.dispatch}前发出哦。",
        "亲，我们第一时间帮您处理，{time.reply}前回复您。",
        "亲，第一次买的话可以先买一份试试～",
        "亲，这款是100%纯棉的，最好先手洗一次哦。",
        "亲，您这单我们会尽快安排，预计{time.dispatch}前发出。",
        "亲，实在拿不准的话，可以先加购物车哦。",
        "亲，之后付款的顺延到下一个工作日呢。",
        "亲，我们立即为您处理，{time.reply}前回复。",
        "亲，咱们家最近上新了，最低3件起批哦～",
        "亲，退款{policy.refund_working_days}个工作日内原路退回，{policy.return_window_days}天无理由。",
        "亲，{policy.cutoff}前付款当天发货，有问题随时找{shop.agent}😊",
    ],
)
def test_no_false_positives(tmp_path, text):
    findings = _lint_file(_library_with(tmp_path, text))
    assert findings == [], [(f.rule, f.message) for f in findings]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("亲，您先看说明书再来问哦。", "T002"),
        ("亲，这个跟我们没关系，您找快递吧。", "T002"),
        ("亲，请务必先付款。", "T003"),
        ("亲，赶紧下单吧，库存不多了。", "T003"),
        ("亲，好的呢😊😊", "T004"),
        ("亲，稍后给您回复哦。", "T005"),
        ("亲，这是店里卖得最好的一款。", "A001"),
        ("亲，这款绝对正品，假一赔十。", "A001"),
        ("亲，这是国家级认证的首选品牌。", "A001"),
        ("亲，100%有效哦。", "A001"),
        ("亲，坚持用能根治痘痘。", "A002"),
        ("亲，退款5个工作日内到账。", "P001"),
        ("亲，下午3点前付款当天发货。", "P001"),
        ("亲，我们24小时内发货哦。", "P001"),
        ("亲，我帮您申请一张10元无门槛优惠券。", "P001"),
        ("亲，15天无理由退换哦。", "P001"),
        ("亲，16:00前付款当天发货。", "P002"),
        ("亲，我帮您申请一张5元无门槛优惠券。", "P002"),
        ("亲，我1小时内给您回复。", "P002"),
    ],
)
def test_catches(tmp_path, text, rule):
    findings = _lint_file(_library_with(tmp_path, text))
    assert rule in {f.rule for f in findings}, [(f.rule, f.message) for f in findings]


def test_after_sale_reply_may_greet_before_apologising(tmp_path):
    ok = _library_with(tmp_path, "您好！非常抱歉给您添麻烦了，{time.reply}前给您答复。", stage="after_sale")
    assert _lint_file(ok) == []


def test_near_duplicate_examples_are_a_warning(tmp_path):
    path = tmp_path / "near.toml"
    path.write_text(
        '[[scenarios]]\nid = "engrave"\ntitle = "刻字定制"\nstage = "pre_sale"\n'
        'examples = ["能不能便宜点啊亲"]\nkeywords = { "刻字" = 5 }\n'
        '[[scenarios.scripts]]\ntemplate = "plain"\ntext = "亲，可以的呢。"\n',
        encoding="utf-8",
    )
    (finding,) = _lint_file(path)
    assert (finding.rule, finding.severity) == ("S005", "warning")
    assert "bargain" in finding.message


def test_policy_that_cannot_keep_its_reply_promise(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text('[policy]\nwork_start = "09:00"\nwork_end = "12:00"\nescalation_hours = 4\n', encoding="utf-8")
    findings = _lint_file(path)
    assert [(f.rule, f.key) for f in findings] == [("S003", "policy.escalation_hours")]


def test_policy_texts_agree_with_the_return_window(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text('[policy]\nreturn_window_days = 15\n', encoding="utf-8")
    findings = _lint_file(path)
    assert [(f.rule, f.key) for f in findings] == [("P001", "policy.return_window_days")]
    assert "7天无理由" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "亲，这是全店最低价，{shop.name}保证品质哦",  # a placeholder later in the sentence
        "亲，{shop.name}这款是最低价啦",
        "亲，最低价{policy.compensation}也送您",
        "亲，最低价，3天发货",  # a number after the punctuation is no limit
        "亲，最低价格了，{time.dispatch}前发出",
        "亲，最低{product.price}元，不能再少了",
    ],
)
def test_lowest_price_is_caught_beside_placeholders_and_numbers(text):
    assert absolute_claims(text) == ["最低"]


@pytest.mark.parametrize("text", ["亲，最低3件起批哦", "亲，最高可承重20公斤", "亲，这款最长80厘米，最短60厘米"])
def test_a_limit_before_a_number_is_not_a_claim(text):
    assert absolute_claims(text) == []


def test_lint_reports_lowest_price_in_a_script_with_a_placeholder(tmp_path):
    findings = _lint_file(_library_with(tmp_path, "亲，这是全店最低价，{shop.name}保证品质哦"))
    assert [(f.rule, f.message) for f in findings if f.rule == "A001"] == [
        ("A001", "absolute claim “最低” (广告法): state the concrete fact instead")
    ]


def test_word_helpers():
    assert absolute_claims("最快明天到，第一时间发货，销量第一") == ["第一"]
    assert emoji_count("好的😊～收到👍🏻") == 2
    assert emoji_count("👨‍👩‍👧 一家人") == 1


# --- the command ---------------------------------------------------------------------------------
def run(*args: str):
    return runner.invoke(app, list(args))


def test_cli_builtin_passes():
    result = run("lint", "--format", "text")
    assert result.exit_code == 0, result.stdout
    assert "0 errors" in result.stderr


def test_cli_errors_exit_1_with_file_line_rule_and_reason():
    fixture = FIXTURES / "T002.toml"
    result = run("lint", str(fixture), "--format", "text")
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{fixture}:11: error T002 engrave#1: 推卸责任：blame-shifting")


def test_cli_warnings_only_exit_0():
    assert run("lint", str(FIXTURES / "T003.toml"), "--format", "text").exit_code == 0


def test_cli_json():
    result = run("lint", str(FIXTURES / "S001.toml"), str(FIXTURES / "A002.toml"), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["errors"] == 1 and data["warnings"] == 1
    assert data["files"] == [str(FIXTURES / "S001.toml"), str(FIXTURES / "A002.toml")]
    s001 = next(f for f in data["findings"] if f["rule"] == "S001")
    assert set(s001) == {"rule", "severity", "message", "file", "line", "scenario", "script", "key"}
    assert s001["key"] == "scenarios[0].scripts[1].evidence" and s001["line"] == 16
    assert (s001["scenario"], s001["script"], s001["severity"]) == ("engrave", 2, "error")


def test_cli_unloadable_library_exits_3():
    result = run("lint", str(FIXTURES / "unloadable.toml"))
    assert result.exit_code == 3
    assert result.stderr.startswith("csreply: error: ") and "unloadable.toml:10" in result.stderr


def test_cli_table_on_a_terminal(monkeypatch):
    monkeypatch.setattr(terminal, "stdout_is_terminal", lambda: True)
    result = run("lint", str(FIXTURES / "A001.toml"))
    assert result.exit_code == 1
    assert "A001" in result.stdout and "2 errors, 0 warnings" in result.stdout


def test_cli_rules_list():
    result = run("lint", "--rules", "--format", "text")
    assert result.exit_code == 0
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == list(RULES)


def test_cli_folder_path():
    result = run("lint", str(ROOT / "examples" / "shop"), "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["files"] == [str(ROOT / "examples" / "shop" / "shop.toml")]


def test_help_has_examples():
    for command in ("lint", "init", "add"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Examples" in result.stdout and f"csreply {command}" in result.stdout
