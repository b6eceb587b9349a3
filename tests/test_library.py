"""Loading script libraries: valid files, located errors, merging and discovery."""

from __future__ import annotations

import textwrap
from datetime import date, time
from pathlib import Path

import pytest

from csreply.errors import ExitCode, LibraryError
from csreply.library import Library, user_library_dir

SCENARIO_IDS = """
greeting bargain promotion product_info product_compare recommend size_advice stock dispatch_time
delivery_eta courier shipping_fee payment order_change invoice hesitation order_placed thanks_bye
not_shipped logistics damaged quality_issue wrong_missing return_exchange refund price_protect
usage complaint review
""".split()

SHOP = """
[shop]
name = "山间小铺"
agent = "小禾"

[policy]
dispatch_cutoff = "17:00"
working_days = [1, 2, 3, 4, 5, 6]
closures = ["2026-12-31"]

[[products]]
id = "tea-knife"
name = "牛角茶刀"
aliases = ["茶刀"]
price = 29.9
feature = "刀身是304不锈钢"
advantage = "不生锈"
benefit = "撬茶饼省力"
evidence = "两千多条好评"

[[scenarios]]
id = "bargain"
title = "砍价"
stage = "pre_sale"
keywords = { "便宜" = 3 }
examples = ["能便宜点吗"]

[[scenarios.scripts]]
template = "plain"
text = "亲，{shop.name}的价格已经很实在啦～"

[[scenarios]]
id = "tea_gift"
title = "茶礼定制"
stage = "pre_sale"
keywords = { "礼盒" = 3, "刻字" = 3 }
examples = ["茶刀能刻字吗"]

[[scenarios.scripts]]
template = "plain"
text = "亲，可以刻字的哦，把想刻的字发我就好～"
"""


def write(tmp_path: Path, text: str, name: str = "shop.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_builtin_covers_every_contract_scenario(builtin):
    assert sorted(builtin.scenarios) == sorted(SCENARIO_IDS)


@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_builtin_scenarios_are_complete(builtin, scenario_id):
    scenario = builtin.scenarios[scenario_id]
    assert len(scenario.examples) >= 8
    assert len(scenario.scripts) >= 2
    assert scenario.keywords
    # at least one reply that needs no product
    assert any("{product." not in (s.text + s.opening + s.closing) and s.template != "fabe" for s in scenario.scripts)


def test_builtin_has_a_neutral_profile_and_fallback(builtin):
    assert builtin.shop.name
    assert builtin.policy.dispatch_cutoff == time(16, 0)
    assert len(builtin.fallback) >= 2


def test_shop_library_adds_and_overrides(tmp_path):
    lib = Library.load([write(tmp_path, SHOP)], user=False, env=False)
    assert lib.shop.name == "山间小铺"
    assert lib.shop.platform == "淘宝"  # not overridden: kept from the built-in profile
    assert lib.policy.dispatch_cutoff == time(17, 0)
    assert lib.policy.refund_working_days == 3  # kept
    assert lib.policy.closures == (date(2026, 12, 31),)
    assert lib.scenarios["bargain"].title == "砍价"  # replaced by id
    assert lib.scenarios["bargain"].source.endswith("shop.toml")
    assert "tea_gift" in lib.scenarios and "refund" in lib.scenarios  # added, built-ins kept
    assert lib.products["tea-knife"].aliases == ("茶刀",)


def test_folder_loads_in_name_order(tmp_path):
    write(tmp_path, SHOP, "a.toml")
    write(tmp_path, '[shop]\nname = "后来的名字"\n', "b.toml")
    lib = Library.load([tmp_path], user=False, env=False)
    assert lib.shop.name == "后来的名字"
    assert lib.shop.agent == "小禾"


def test_env_variable_and_user_folder(tmp_path, monkeypatch):
    user_dir = user_library_dir()
    user_dir.mkdir(parents=True)
    write(user_dir, '[shop]\nname = "用户店"\nagent = "阿甘"\n', "mine.toml")
    env_file = write(tmp_path, '[shop]\nname = "环境店"\n', "env.toml")
    assert Library.load().shop.name == "用户店"
    monkeypatch.setenv("CSREPLY_LIBRARY", str(env_file))
    lib = Library.load()
    assert (lib.shop.name, lib.shop.agent) == ("环境店", "阿甘")
    cli_file = write(tmp_path, '[shop]\nname = "命令行店"\n', "cli.toml")
    assert Library.load([cli_file]).shop.name == "命令行店"


# (library text, line, fragment of the message)
BROKEN = [
    ('[shop]\nname = "x"\nagent = \n', 3, "invalid TOML"),
    ('[shop]\nnmae = "x"\n', 2, "unknown key 'nmae' (did you mean 'name'?)"),
    ('[policy]\ndispatch_cutoff = "4pm"\n', 2, 'expected a time like "16:00"'),
    ('[policy]\nworking_days = [1, 8]\n', 2, "ISO weekdays"),
    ('[policy]\nclosures = ["2026-02-30"]\n', 2, "invalid date"),
    ('[policy]\ntimezone = "Mars/Base"\n', 2, "unknown time zone"),
    ('[policy]\nrefund_working_days = 0\n', 2, "from 1 to 365"),
    ('[policy]\ntransit = { "江浙沪" = "两天" }\n', 2, "days for '江浙沪' should be like"),
    ('[policy]\ntransit = { "其他" = "4-2" }\n', 2, "days for '其他' should be like"),
    ('[policy]\ntransit = "2-4天"\n', 2, "expected a table of regions = days"),
    ('[[scenarios]]\nid = "x"\ntitle = "t"\nstage = "during"\n', 4, "stage must be one of"),
    ('[[scenarios]]\nid = "x"\ntitle = "t"\n', 1, "a scenario needs 'stage'"),
    ('[[scenarios]]\nid = "x"\ntitle = "t"\nstage = "pre_sale"\nkeywords = { "a" = "high" }\n', 5, "should be a number"),
    ('[[scenarios]]\nid = "x"\ntitle = "t"\nstage = "pre_sale"\nexamples = "能便宜吗"\n', 5, "expected a list of strings"),
    (
        '[[scenarios]]\nid = "x"\ntitle = "t"\nstage = "pre_sale"\n\n[[scenarios.scripts]]\n'
        'template = "plain"\ntext = "亲{shop.__class__}"\n',
        8,
        "unsafe placeholder",
    ),
    (
        '[[scenarios]]\nid = "x"\ntitle = "t"\nstage = "pre_sale"\n\n[[scenarios.scripts]]\n'
        'template = "plain"\ntext = "亲{shop.nmae}"\n',
        8,
        "did you mean {shop.name}",
    ),
    (
        '[[scenarios]]\nid = "x"\ntitle = "t"\nstage = "pre_sale"\n\n[[scenarios.scripts]]\n'
        'template = "options"\noptions = [\n  { text = "A {deadline}", deadline = "soon" },\n'
        '  { text = "B", deadline = "refund" },\n]\n',
        8,
        "deadline must be one of",
    ),
    (
        '[[scenarios]]\nid = "x"\ntitle = "t"\nstage = "pre_sale"\n\n[[scenarios.scripts]]\n'
        'template = "options"\noptions = [{ text = "A", deadline = "refund" }]\n',
        8,
        "needs 2 or 3 options",
    ),
    (
        '[[scenarios]]\nid = "a"\ntitle = "t"\nstage = "pre_sale"\n'
        '[[scenarios]]\nid = "a"\ntitle = "t"\nstage = "pre_sale"\n',
        6,
        "duplicate scenario id 'a'",
    ),
    ('[[products]]\nid = "p"\nname = "n"\nprice = "贵"\n', 4, "expected a number"),
    ('[synonyms]\n"顺风" = "顺丰"\n"有没" = "有没有"\n', 3, "the rewrite would never end"),
    ('[synonyms]\n"顺风" = 3\n', 2, "maps a word to a non-empty word"),
]


@pytest.mark.parametrize(("text", "line", "fragment"), BROKEN)
def test_broken_library_error_names_file_line_and_problem(tmp_path, text, line, fragment):
    path = write(tmp_path, text, "broken.toml")
    with pytest.raises(LibraryError) as info:
        Library.load([path], user=False, env=False)
    error = info.value
    assert error.exit_code == ExitCode.LIBRARY
    assert error.file == str(path)
    assert error.line == line
    assert fragment in str(error)
    assert str(error).startswith(f"{path}:{line}: ")
    assert "\n" not in str(error)


def test_transit_days_are_read_by_region(tmp_path):
    path = write(tmp_path, '[policy]\ntransit = { "江浙沪" = "1-2", "新疆、西藏" = "4～7天", "其他" = 3 }\n', "t.toml")
    policy = Library.load([path], user=False, env=False).policy
    assert policy.transit == ((("江浙沪",), 1, 2), (("新疆", "西藏"), 4, 7), (("其他",), 3, 3))


def test_missing_library_path(tmp_path):
    with pytest.raises(LibraryError, match="no such library file or folder"):
        Library.load([tmp_path / "nope.toml"], user=False, env=False)


def test_not_utf8_library(tmp_path):
    path = tmp_path / "gbk.toml"
    path.write_bytes('[shop]\nname = "小店"\n'.encode("gb18030"))
    with pytest.raises(LibraryError, match="UTF-8"):
        Library.load([path], user=False, env=False)


def test_examples_table_adds_training_questions_to_any_scenario(tmp_path: Path) -> None:
    extra = tmp_path / "examples.toml"
    extra.write_text('[examples]\nbargain = ["再少二十块我就拍", "给个实在价"]\n', encoding="utf-8")
    lib = Library.load([extra], user=False, env=False)
    builtin = Library.load(user=False, env=False)
    assert lib.scenarios["bargain"].examples[-2:] == ("再少二十块我就拍", "给个实在价")
    assert len(lib.scenarios["bargain"].examples) == len(builtin.scenarios["bargain"].examples) + 2
    assert lib.scenarios["bargain"].scripts == builtin.scenarios["bargain"].scripts


def test_examples_table_with_unknown_scenario_is_located(tmp_path: Path) -> None:
    extra = tmp_path / "examples.toml"
    extra.write_text('[examples]\nbargin = ["便宜点"]\n', encoding="utf-8")
    with pytest.raises(LibraryError) as err:
        Library.load([extra], user=False, env=False)
    assert "bargin" in str(err.value) and "bargain" in str(err.value)
    assert err.value.exit_code == ExitCode.LIBRARY


def test_no_scenario_examples_merge_across_files(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('[no_scenario]\nno_reply = ["好的", "嗯嗯"]\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text('[no_scenario]\nno_reply = ["嗯嗯", "收到"]\noff_topic = ["你们老板是谁"]\n', encoding="utf-8")
    lib = Library.load([tmp_path], builtin=False, user=False, env=False)
    assert lib.no_scenario == {"no_reply": ("好的", "嗯嗯", "收到"), "off_topic": ("你们老板是谁",)}
    (tmp_path / "c.toml").write_text('[no_scenario]\nno_replies = ["好"]\n', encoding="utf-8")
    with pytest.raises(LibraryError, match="no_replies"):
        Library.load([tmp_path], builtin=False, user=False, env=False)
