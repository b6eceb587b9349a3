"""Tests for csreply.reading: every format, every encoding, bad records and streaming."""

from __future__ import annotations

import codecs
import io
import json
import os
import threading
import tracemalloc
from pathlib import Path

import pytest

from csreply.errors import InputError, UsageError
from csreply.reading import FORMATS, BadRecord, Message, ReadStats, read_messages

EXPORTS = Path(__file__).resolve().parents[1] / "examples" / "exports"


def read(data: bytes, **kwargs: object) -> tuple[list[Message | BadRecord], ReadStats]:
    stats = ReadStats()
    items = list(read_messages(io.BytesIO(data), stats=stats, **kwargs))  # type: ignore[arg-type]
    return items, stats


def messages(items: list[Message | BadRecord]) -> list[tuple[object, ...]]:
    """(text, line, row, session, speaker) of each message; BadRecords are not allowed."""
    assert all(isinstance(item, Message) for item in items), items
    return [(m.text, m.line, m.row, m.session, m.speaker) for m in items]  # type: ignore[union-attr]


def bad(items: list[Message | BadRecord]) -> list[tuple[int, int | None, str]]:
    return [(b.line, b.row, b.reason) for b in items if isinstance(b, BadRecord)]


def good(items: list[Message | BadRecord]) -> list[tuple[str, int]]:
    return [(m.text, m.line) for m in items if isinstance(m, Message)]


# --- every format: (sample text, expected messages, expected skipped) -------------------

CASES: dict[str, tuple[str, list[tuple[object, ...]], int]] = {
    "text": (
        "在吗\n\n  这款有货吗  \n",
        [("在吗", 1, None, None, None), ("这款有货吗", 3, None, None, None)],
        0,
    ),
    "jsonl": (
        (
            '{"session_id": "s1", "speaker": "tb_a", "time": "2024-03-05 10:02:40", "text": "在吗"}\n'
            '{"session_id": "s1", "role": "客服", "text": "在的亲"}\n'
            "\n"
            '{"session": "s2", "nick": "小鹿", "content": "包邮吗"}\n'
        ),
        [("在吗", 1, 1, "s1", "tb_a"), ("包邮吗", 4, 3, "s2", "小鹿")],
        1,
    ),
    "csv": (
        (
            "session_id,speaker,role,text\n"
            's1,tb_a,buyer,"有货吗？\n今天能发吗"\n'
            "s1,店铺:小林,agent,有的\n"
            's2,小鹿,,"包邮吗, 偏远地区"\n'
        ),
        [("有货吗？ 今天能发吗", 2, 1, "s1", "tb_a"), ("包邮吗, 偏远地区", 5, 3, "s2", "小鹿")],
        1,
    ),
    "tsv": (
        "会话\t昵称\t内容\ns1\t茶友\t铁观音是浓香型吗\ns2\t甜甜\t\n",
        [("铁观音是浓香型吗", 2, 1, "s1", "茶友")],
        1,
    ),
    "qianniu": (
        (
            "示例旗舰店:小王 2024-3-5 10:02:11\n"
            "亲，在的\n"
            "已读\n"
            "tb_demo01 2024-3-5 10:02:40\n"
            "https://item.taobao.com/item.htm?id=000000000000\n"
            "这款还有现货吗？\n"
            "今天能发吗\n"
            "tb_demo01 撤回了一条消息\n"
            "示例旗舰店:小王2024-3-5 10:03:05\n"
            "有的亲，16点前下单当天发\n"
            "未读\n"
            "tb_demo01 2024-3-5 10:04:00\n"
            "¥39.90\n"
            "好的\n"
        ),
        [
            ("这款还有现货吗？ 今天能发吗", 4, None, "tb_demo01", "tb_demo01"),
            ("好的", 12, None, "tb_demo01", "tb_demo01"),
        ],
        7,  # 2 seller messages, 已读, 未读, the link, the recall, the price
    ),
    "qianniu-web": (
        (
            "2024-03-05\n"
            "10:02:11\n"
            "亲，在的，请问有什么可以帮您？\n"
            "示例旗舰店:小王\n"
            "10:02:40\n"
            "这款还有现货吗？\n"
            "要两件\n"
            "tb_demo01\n"
            "10:02:52\n"
            "请在客户端查看原始聊天记录，网页版无法展示\n"
            "tb_demo01\n"
        ),
        [("这款还有现货吗？ 要两件", 5, None, "tb_demo01", "tb_demo01")],
        2,
    ),
    "liuhen-csv": (
        (
            "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n"
            "101,7,1,0,0,1709604160,2,在吗，想问下尺码,2024-03-05 10:02:40\n"
            "102,7,1,0,1,1709604185,2,在的亲，身高体重发我一下,2024-03-05 10:03:05\n"
            "103,7,3,0,0,1709604200,2,<msg><img/></msg>,2024-03-05 10:03:20\n"
            "104,9,1,0,0,1709604300,2,群里问下发货,2024-03-05 10:05:00,阿杰,杰哥,wxid_j\n"
        ),
        [("在吗，想问下尺码", 2, 1, "7", None), ("群里问下发货", 5, 4, "9", "杰哥")],
        2,
    ),
    "liuhen-txt": (
        (
            "2024-03-05 10:02:40 测试客户\n"
            "在吗，想问下尺码\n"
            "\n"
            "2024-03-05 10:03:05 示例客服\n"
            "在的亲\n"
            "\n"
            "2024-03-05 10:03:20 测试客户\n"
            "[图片]\n"
            "\n"
            '2024-03-05 10:04:00 "测试客户"撤回了一条消息\n'
            "\n"
            "2024-03-05 10:05:00 测试客户\n"
            "M码\n"
            "偏小吗\n"
        ),
        [
            ("在吗，想问下尺码", 1, None, "测试客户", "测试客户"),
            ("M码 偏小吗", 12, None, "测试客户", "测试客户"),
        ],
        3,
    ),
    "pywxdump-csv": (
        (
            "id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime\n"
            "1,8000000000000000001,文本,0,wxid_demo01,wxid_demo01,在吗,,2024-03-05 10:02:40\n"
            "2,8000000000000000002,文本,1,我,wxid_demo01,在的亲,,2024-03-05 10:03:05\n"
            "3,8000000000000000003,图片,0,wxid_demo01,wxid_demo01,图片,a.dat,2024-03-05 10:03:20\n"
            "4,8000000000000000004,带有引用的文本消息,0,wxid_demo01,wxid_demo01,这个多少钱,,2024-03-05 10:03:45\n"
        ),
        [
            ("在吗", 2, 1, "wxid_demo01", "wxid_demo01"),
            ("这个多少钱", 5, 4, "wxid_demo01", "wxid_demo01"),
        ],
        2,
    ),
    "pywxdump-json": (
        (
            "[\n"
            '    {"id": 1, "type_name": "文本", "is_sender": 0, "talker": "wxid_b",\n'
            '     "room_name": "wxid_b", "msg": "红茶有小包装吗", "CreateTime": "2024-03-06 20:11:02"},\n'
            '    {"id": 2, "type_name": "文本", "is_sender": 1, "talker": "我", "room_name": "wxid_b",'
            ' "msg": "有的", "CreateTime": "2024-03-06 20:11:40"},\n'
            '    {"id": 3, "type_name": "系统通知", "is_sender": 0, "talker": "wxid_b", "room_name": "wxid_b",'
            ' "msg": "以上是打招呼的内容", "CreateTime": "2024-03-06 20:10:00"},\n'
            '    {"id": 4, "type_name": "文本", "is_sender": 0, "talker": "wxid_b", "room_name": "wxid_b",'
            ' "msg": "保质期多久", "CreateTime": "2024-03-06 20:12:30"}\n'
            "]\n"
        ),
        [("红茶有小包装吗", 2, 1, "wxid_b", "wxid_b"), ("保质期多久", 6, 4, "wxid_b", "wxid_b")],
        2,
    ),
    "jddc": (
        (
            "会话编号\t顾客id\tsku\t是否客服发送\t是否转出\t是否重复咨询\t内容\n"
            "0000aaaa\tUSERID_1\t \t0\t0\t0\t\t这个支持七天无理由吗\n"
            "0000aaaa\tUSERID_1\t \t1\t0\t0\t\t支持的亲#E-s[数字x]\n"
            '0000bbbb\tUSERID_2\t \t0\t0\t1\t"[数字x]号的单还没发货\n'
        ),
        [
            ("这个支持七天无理由吗", 2, 1, "0000aaaa", "USERID_1"),
            ('"[数字x]号的单还没发货', 4, 3, "0000bbbb", "USERID_2"),
        ],
        1,
    ),
}

ENCODINGS = {
    # name: (encode function, expected ReadStats.encoding)
    "utf-8": (lambda s: s.encode("utf-8"), "utf-8"),
    "utf-8-bom": (lambda s: s.encode("utf-8-sig"), "utf-8-sig"),
    "gb18030": (lambda s: s.encode("gb18030"), "gb18030"),
    "utf-16-le-bom": (lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), "utf-16-le"),
    "utf-16-be-bom": (lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), "utf-16-be"),
}


def test_cases_cover_every_format() -> None:
    assert set(CASES) == set(FORMATS)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("fmt", CASES)
def test_format_in_every_encoding_with_crlf(fmt: str, encoding: str) -> None:
    sample, expected, skipped = CASES[fmt]
    encode, label = ENCODINGS[encoding]
    items, stats = read(encode(sample.replace("\n", "\r\n")))
    assert messages(items) == expected
    assert all(m.format == fmt for m in items)  # type: ignore[union-attr]
    assert (stats.format, stats.encoding) == (fmt, label)
    assert (stats.messages, stats.skipped, stats.bad) == (len(expected), skipped, 0)


@pytest.mark.parametrize("fmt", CASES)
@pytest.mark.parametrize("newline", ["\n", "\r"])
def test_lf_and_bare_cr_line_ends(fmt: str, newline: str) -> None:
    sample, expected, _ = CASES[fmt]
    items, _ = read(sample.replace("\n", newline).encode())
    assert messages(items) == expected


@pytest.mark.parametrize("fmt", CASES)
def test_forced_format_matches_detection(fmt: str) -> None:
    sample, expected, _ = CASES[fmt]
    items, stats = read(sample.encode(), input_format=fmt)
    assert messages(items) == expected
    assert stats.format == fmt


def test_times_are_kept_as_written_or_converted_from_epoch() -> None:
    items, _ = read(CASES["qianniu"][0].encode())
    assert [m.time for m in items] == ["2024-3-5 10:02:40", "2024-3-5 10:04:00"]  # type: ignore[union-attr]
    items, _ = read(CASES["qianniu-web"][0].encode())
    assert items[0].time == "2024-03-05 10:02:40"  # type: ignore[union-attr]
    items, _ = read(b'{"text": "\xe5\x9c\xa8\xe5\x90\x97", "timestamp": 1709604160}\n')
    assert items[0].time == "2024-03-05T02:02:40+00:00"  # type: ignore[union-attr]
    data = "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent\n1,7,1,0,0,1709604160,2,在吗\n"
    items, _ = read(data.encode())
    assert items[0].time == "2024-03-05T02:02:40+00:00"  # type: ignore[union-attr]


# --- the example exports --------------------------------------------------------------

EXAMPLES = {
    "messages.txt": ("text", 5),
    "messages.jsonl": ("jsonl", 4),
    "messages.csv": ("csv", 4),
    "messages.tsv": ("tsv", 3),
    "qianniu.txt": ("qianniu", 3),
    "qianniu-web.txt": ("qianniu-web", 3),
    "liuhen.csv": ("liuhen-csv", 3),
    "liuhen.txt": ("liuhen-txt", 3),
    "pywxdump.csv": ("pywxdump-csv", 3),
    "pywxdump.json": ("pywxdump-json", 3),
    "jddc.tsv": ("jddc", 3),
}


def test_every_example_is_tested_and_listed() -> None:
    on_disk = {p.name for p in EXPORTS.iterdir() if p.name != "README.md"}
    assert on_disk == set(EXAMPLES)
    readme = (EXPORTS / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in EXAMPLES)
    assert {fmt for fmt, _ in EXAMPLES.values()} == set(FORMATS)


@pytest.mark.parametrize("name", EXAMPLES)
def test_examples_are_auto_detected(name: str) -> None:
    fmt, count = EXAMPLES[name]
    stats = ReadStats()
    path = EXPORTS / name
    with path.open("rb") as f:
        items = list(read_messages(f, name=str(path), stats=stats))
    assert stats.format == fmt
    assert (stats.messages, stats.bad) == (count, 0)
    assert stats.skipped > 0 or fmt in ("text", "tsv")  # every chat export has agent lines
    assert all(isinstance(m, Message) and m.text and "\n" not in m.text for m in items)


def test_liuhen_csv_example_is_utf8_with_bom() -> None:
    assert (EXPORTS / "liuhen.csv").read_bytes().startswith(codecs.BOM_UTF8)


# --- options ---------------------------------------------------------------------------


def test_unknown_format_lists_the_valid_names() -> None:
    with pytest.raises(UsageError) as err:
        read_messages(io.BytesIO(b""), input_format="xlsx")
    assert "qianniu-web" in str(err.value) and "pywxdump-json" in str(err.value)


def test_unknown_encoding_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown encoding"):
        read_messages(io.BytesIO(b""), encoding="klingon")


def test_unknown_text_column_names_the_available_ones() -> None:
    with pytest.raises(UsageError) as err:
        read("会话,昵称,内容\ns1,a,在吗\n".encode(), text_column="正文")
    assert "会话, 昵称, 内容" in str(err.value)


def test_forced_csv_without_a_text_column_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="available columns: a, b"):
        read(b"a,b\n1,2\n", input_format="csv")


def test_text_column_and_text_field_choose_the_text() -> None:
    items, stats = read("id,问题,备注\n1,能开发票吗,加急\n".encode(), text_column="问题")
    assert stats.format == "csv" and good(items) == [("能开发票吗", 2)]
    items, _ = read('{"q": "能开发票吗", "text": "x"}\n'.encode(), text_field="q")
    assert good(items) == [("能开发票吗", 1)]


def test_forced_text_reads_any_export_line_by_line() -> None:
    items, stats = read((EXPORTS / "messages.jsonl").read_bytes(), input_format="text")
    assert stats.format == "text" and len(items) == 6
    assert json.loads(items[0].text)["text"] == "这款明前龙井还有现货吗？"  # type: ignore[union-attr]


def test_forced_encoding_is_used() -> None:
    items, stats = read("在嗎\n".encode("big5"), encoding="big5")
    assert good(items) == [("在嗎", 1)] and stats.encoding == "big5"


# --- bad records: reported, the rest still comes out ------------------------------------


def test_ragged_csv_rows_become_bad_records() -> None:
    data = (
        "id,text,extra\n"
        "1,在吗,x\n"
        "2\n"  # too short to reach the text column
        "3,这款有货吗,y,z\n"  # more cells than the header
        '4,"多行\n文本",w\n'
        "5,最后一条\n"  # short but reaches the text column: fine
    )
    items, stats = read(data.encode())
    assert good(items) == [("在吗", 2), ("多行 文本", 5), ("最后一条", 7)]
    assert bad(items) == [
        (3, 2, "ragged row: 1 cells, the text column is column 2"),
        (4, 3, "ragged row: 4 cells, the header has 3"),
    ]
    assert [b.raw for b in items if isinstance(b, BadRecord)] == ["2", "3,这款有货吗,y,z"]
    assert (stats.messages, stats.bad) == (3, 2)


def test_corrupt_json_lines_become_bad_records() -> None:
    data = (
        '{"text": "在吗"}\n'
        '{"text": "有货吗" "x": 1}\n'
        "not json at all\n"
        '{"msg": "包邮吗"}\n'
        '{"speaker": "a"}\n'
        "[1, 2]\n"
        "\n"
        '{"message": "最后"}\n'
    )
    items, stats = read(data.encode())
    assert good(items) == [("在吗", 1), ("包邮吗", 4), ("最后", 8)]
    assert [m.row for m in items if isinstance(m, Message)] == [1, 4, 7]
    assert bad(items) == [
        (2, 2, "invalid JSON: Expecting ',' delimiter (col 16)"),
        (3, 3, "invalid JSON: Expecting value (col 1)"),
        (5, 5, "no text field (tried text, content, message, msg, 内容, 消息, 聊天内容)"),
        (6, 6, "not a JSON object"),
    ]
    assert (stats.messages, stats.bad) == (3, 4)


@pytest.mark.parametrize("filler_lines", [0, 5000])  # in the sniffed prefix, and far beyond it
def test_one_gb18030_line_in_utf8_text(filler_lines: int) -> None:
    filler = "".join(f"第{i}条消息\n" for i in range(filler_lines)).encode()
    data = filler + "在吗\n".encode() + "这款有货吗\n".encode("gb18030") + "包邮吗\n".encode()
    stats = ReadStats()
    items = list(read_messages(io.BytesIO(data), stats=stats))
    assert stats.encoding == "utf-8"
    assert good(items)[-2:] == [("在吗", filler_lines + 1), ("包邮吗", filler_lines + 3)]
    assert bad(items) == [(filler_lines + 2, None, "undecodable bytes (utf-8)")]
    assert items[-2].raw.startswith("\ufffd")  # type: ignore[union-attr]
    assert stats.messages == filler_lines + 2


def test_undecodable_line_in_csv_and_jsonl_and_utf16() -> None:
    data = "id,text\n1,在吗\n".encode() + b"2,\xff\xfe\n" + "3,包邮吗\n".encode()
    items, _ = read(data)
    assert good(items) == [("在吗", 2), ("包邮吗", 4)]
    assert bad(items) == [(3, None, "undecodable bytes (utf-8)")]
    data = '{"text": "在吗"}\n'.encode() + b'{"text": "\xc0"}\n' + '{"text": "好"}\n'.encode()
    items, _ = read(data)
    assert good(items) == [("在吗", 1), ("好", 3)] and bad(items) == [
        (2, 2, "undecodable bytes (utf-8)")
    ]
    lone_surrogate = b"\x00\xd8"
    data = (
        codecs.BOM_UTF16_LE
        + "在吗\n".encode("utf-16-le")
        + lone_surrogate
        + "\n好\n".encode("utf-16-le")
    )
    items, _ = read(data)
    assert good(items) == [("在吗", 1), ("好", 3)] and bad(items) == [
        (2, None, "undecodable bytes (utf-16-le)")
    ]


def test_corrupt_element_in_pywxdump_json_is_skipped_and_reading_resumes() -> None:
    rec = '{{"type_name": "文本", "is_sender": 0, "talker": "w", "msg": "{0}"}}'
    data = (
        "[\n  " + rec.format("在吗") + ',\n  {"type_name": oops},\n  ' + rec.format("好") + "\n]\n"
    )
    items, _stats = read(data.encode())
    assert good(items) == [("在吗", 2), ("好", 4)]
    assert [m.row for m in items if isinstance(m, Message)] == [1, 3]
    assert bad(items) == [(3, 2, "invalid JSON: Expecting value (line 3 col 17)")]


def test_pywxdump_json_on_one_line() -> None:
    data = json.dumps(
        [
            {"type_name": "文本", "is_sender": s, "talker": "w", "room_name": "r", "msg": t}
            for s, t in [(0, "在吗"), (1, "在"), (0, "有货吗")]
        ],
        ensure_ascii=False,
    )
    items, _ = read(data.encode())
    assert messages(items) == [("在吗", 1, 1, "r", "w"), ("有货吗", 1, 3, "r", "w")]


def test_other_json_arrays_are_refused_with_a_hint() -> None:
    with pytest.raises(InputError, match="jsonl"):
        read('[{"role": "用户", "content": "在吗"}]'.encode(), name="pdd.json")


def test_unknown_columns_do_not_make_text_a_table() -> None:
    items, stats = read("你好, 我想问一下\n还有货吗\n".encode())
    assert stats.format == "text" and good(items) == [("你好, 我想问一下", 1), ("还有货吗", 2)]


# --- format details ---------------------------------------------------------------------


def test_qianniu_old_layout_and_arrow_headers() -> None:
    data = (
        "tb_demo01\n"
        "2024-3-5 10:02:40\n"
        "在吗\n"
        "示例旗舰店:小王\n"
        "2024-3-5 10:02:50\n"
        "在的亲\n"
        "tb_demo01 --> 示例旗舰店:小王 2024-3-5 10:03:00\n"
        "有赠品吗\n"
        "示例旗舰店:小王 --> tb_demo01 2024-3-5 10:03:10\n"
        "有的\n"
    )
    items, stats = read(data.encode())
    assert stats.format == "qianniu"
    assert messages(items) == [
        ("在吗", 1, None, "tb_demo01", "tb_demo01"),
        ("有赠品吗", 7, None, "tb_demo01", "tb_demo01"),
    ]
    assert items[0].time == "2024-3-5 10:02:40"  # type: ignore[union-attr]


def test_qianniu_text_before_the_first_header_is_reported() -> None:
    data = "当前用户来自 手机淘宝\n随便一行\ntb_demo01 2024-3-5 10:02:40\n在吗\n"
    items, stats = read(data.encode(), input_format="qianniu")
    assert good(items) == [("在吗", 3)]
    assert bad(items) == [(2, None, "text before the first sender/time header")]
    assert stats.skipped == 1


def test_liuhen_txt_uses_the_file_name_to_find_the_contact() -> None:
    data = "2024-03-05 10:02:40 小林\n您好，茶收到了吗\n\n2024-03-05 10:03:00 王女士\n收到了\n".encode()
    by_heuristic, _ = read(data)
    assert good(by_heuristic) == [("您好，茶收到了吗", 1), ("收到了", 4)]
    by_name, stats = read(data, name="exports/王女士.txt")
    assert messages(by_name) == [("收到了", 4, None, "王女士", "王女士")]
    assert stats.skipped == 1


def test_jddc_english_header_variant() -> None:
    data = "session_id\tuser_id\twaiter_send\ttransfer\trepeat\tcontent\ns1\tU1\t \t0\t0\t0\t在吗\ns1\tU1\t \t1\t0\t0\t在的\n"
    items, stats = read(data.encode())
    assert stats.format == "jddc" and messages(items) == [("在吗", 2, 1, "s1", "U1")]


def test_jddc_ragged_and_bad_flag_rows() -> None:
    data = (
        "会话编号\t顾客id\tsku\t是否客服发送\t是否转出\t是否重复咨询\t内容\ns1\tU1\t0\n"
        "s1\tU1\t \tx\t0\t0\t在吗\n"
        "s1\tU1\t \t0\t0\t0\t好\n"
    )
    items, _ = read(data.encode())
    assert good(items) == [("好", 4)]
    assert bad(items) == [
        (2, 1, "ragged row: 3 cells, content is column 7"),
        (3, 2, "是否客服发送 is 'x', not 0/1"),
    ]


def test_liuhen_csv_row_with_more_cells_than_the_header_is_ragged() -> None:
    head = "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n"
    items, _ = read((head + "1,7,1,0,0,1,2,在吗,t,a,b,c,EXTRA\n2,7,1,0,0,1,2,好\n").encode())
    assert good(items) == [("好", 3)] and bad(items) == [
        (2, 1, "ragged row: 13 cells, the header has 12")
    ]


# --- encodings --------------------------------------------------------------------------


def test_undecodable_input_raises_input_error() -> None:
    with pytest.raises(InputError) as err:
        read(b"\x80\x81\xff" * 40 + b"\n" + b"\xff\x80\n" * 10, name="chat.bin")
    assert str(err.value) == "chat.bin: input is not UTF-8, UTF-16 or GB18030 text; try --encoding"


def test_binary_with_nul_bytes_raises_input_error() -> None:
    with pytest.raises(InputError):
        read(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_multibyte_character_cut_at_the_end_of_the_sniffed_prefix() -> None:
    line = "七个汉字的消息\n".encode()  # 22 bytes: 65536 falls inside a character
    assert 65536 % len(line) not in (0, len(line) - 1)
    data = line * 5000
    _items, stats = read(data)
    assert stats.encoding == "utf-8" and stats.bad == 0 and stats.messages == 5000


def test_one_long_first_line_cut_mid_character() -> None:
    data = ("汉" * 30000 + "\n第二行\n").encode()  # no line end inside the first 64 KiB
    items, stats = read(data)
    assert stats.encoding == "utf-8" and good(items)[1] == ("第二行", 2)


def test_crlf_split_across_reads_counts_one_line_end() -> None:
    class Chunked(io.RawIOBase):
        def __init__(self, data: bytes, size: int) -> None:
            self.data, self.size = data, size

        def readable(self) -> bool:
            return True

        def read1(self, n: int = -1) -> bytes:
            piece, self.data = self.data[: self.size], self.data[self.size :]
            return piece

        read = read1  # type: ignore[assignment]

    data = "在吗\r\n好\r\n\r\n最后\r".encode()
    for size in range(1, len(data) + 1):
        items = list(read_messages(Chunked(data, size)))  # type: ignore[arg-type]
        assert good(items) == [("在吗", 1), ("好", 2), ("最后", 4)], size


def test_bom_is_stripped_from_the_first_header_cell() -> None:
    items, stats = read(codecs.BOM_UTF8 + "text,session_id\n在吗,s1\n".encode())
    assert stats.format == "csv" and messages(items) == [("在吗", 2, 1, "s1", None)]


# --- streaming --------------------------------------------------------------------------


class FirstChunkThenStop:
    """A stream whose reads after the first one fail, like a pipe still being written."""

    def __init__(self, first: bytes) -> None:
        self.first: bytes | None = first

    def read1(self, n: int = -1) -> bytes:
        if self.first is None:
            raise AssertionError("read beyond the first chunk before the first message")
        first, self.first = self.first, None
        return first

    read = read1


STREAM_CASES = {
    "text": "在吗\n这款有货吗\n还有",
    "jsonl": '{"text": "在吗"}\n{"text": "有',
    "csv": "id,text\n1,在吗\n2,有",
    "qianniu": "tb_demo01 2024-3-5 10:02:40\n在吗\n示例旗舰店:小王 2024-3-5 10:02:50\n在",
    "liuhen-csv": CASES["liuhen-csv"][0][:200],
    "pywxdump-json": CASES["pywxdump-json"][0][:260],
    "jddc": CASES["jddc"][0][:120],
}


@pytest.mark.parametrize("fmt", STREAM_CASES)
def test_first_message_comes_before_the_input_ends(fmt: str) -> None:
    stats = ReadStats()
    stream = FirstChunkThenStop(STREAM_CASES[fmt].encode())
    first = next(read_messages(stream, stats=stats))  # type: ignore[arg-type]
    assert stats.format == fmt
    assert isinstance(first, Message) and first.text


def test_first_message_comes_through_a_real_pipe_before_the_writer_finishes() -> None:
    read_fd, write_fd = os.pipe()
    got_first = threading.Event()
    waited: list[bool] = []

    def writer() -> None:
        with os.fdopen(write_fd, "wb") as out:
            out.write('{"text": "在吗"}\n'.encode())
            out.flush()
            waited.append(got_first.wait(timeout=10))
            out.write('{"text": "好"}\n'.encode())

    thread = threading.Thread(target=writer)
    thread.start()
    with os.fdopen(read_fd, "rb") as stream:
        items = read_messages(stream)
        first = next(items)
        got_first.set()
        rest = list(items)
    thread.join()
    assert waited == [True]
    assert good([first, *rest]) == [("在吗", 1), ("好", 2)]


class Generated(io.RawIOBase):
    """A large input made on the fly, so only the reader's own buffers use memory."""

    def __init__(self, lines: int, make: object) -> None:
        self.left, self.make, self.i = lines, make, 0

    def readable(self) -> bool:
        return True

    def read1(self, n: int = -1) -> bytes:
        out: list[bytes] = []
        while self.left and len(out) < 500:
            out.append(self.make(self.i))  # type: ignore[operator]
            self.i += 1
            self.left -= 1
        return b"".join(out)

    read = read1  # type: ignore[assignment]


@pytest.mark.parametrize(
    "make",
    [
        lambda i: f"第{i}条：这款茶叶还有货吗\r\n".encode(),
        lambda i: (
            (b"[\n" if i == 0 else b",\n")
            + json.dumps(
                {"type_name": "文本", "is_sender": 0, "talker": "w", "msg": f"第{i}条"},
                ensure_ascii=False,
            ).encode()
        ),
    ],
    ids=["text", "pywxdump-json"],
)
def test_memory_stays_flat_on_large_input(make: object) -> None:
    count = 0
    tracemalloc.start()
    try:
        for item in read_messages(Generated(30000, make)):  # type: ignore[arg-type]
            count += isinstance(item, Message)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 30000
    assert peak < 2_000_000  # input is several MB; the reader holds about one chunk


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"", "text"),
        (b"\n\n", "text"),
        ("会话,内容\r\n".encode(), "csv"),
        (b"[\n]\n", "pywxdump-json"),
    ],
)
def test_empty_and_header_only_inputs_yield_nothing(data: bytes, fmt: str) -> None:
    items, stats = read(data)
    assert items == [] and stats.format == fmt


# --- JDDC as the real public samples lay it out ------------------------------------------

REAL_JDDC = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "jd-dev-chats.tsv"


def test_jddc_real_layout_speaker_in_third_column_without_header() -> None:
    data = (
        "a1\tUSERID_1\t0\t0\t0\tnan\t空调什么时候能安装\n"
        "a1\tUSERID_1\t1\t0\t0\tnan\t亲，师傅会在24小时内联系您预约\n"
        "a1\tUSERID_1\t0\t0\t0\tnan\t那怎么还没联系我\n"
        "b2\tUSERID_2\t0\t0\t1\t12345\t发票开了吗\n"
    )
    items, stats = read(data.encode())
    assert [m.text for m in items] == ["空调什么时候能安装", "那怎么还没联系我", "发票开了吗"]
    assert items[1].reply_to == "亲，师傅会在24小时内联系您预约" and items[0].reply_to is None
    assert items[2].session == "b2" and items[2].reply_to is None
    assert stats.skipped == 1


@pytest.mark.skipif(not REAL_JDDC.exists(), reason="../shared/eval/jd-dev-chats.tsv is not beside the project")
def test_jddc_real_export_yields_only_the_customer_turns() -> None:
    items, stats = read(REAL_JDDC.read_bytes())
    messages = [m for m in items if isinstance(m, Message)]
    assert len(messages) == 851 and len(messages) == len(items)
    assert stats.skipped == 1691 - 851


def test_customer_messages_carry_the_agents_last_line_in_every_two_sided_format() -> None:
    jsonl = (
        '{"session": "a", "role": "buyer", "text": "耳机没声音了"}\n'
        '{"session": "a", "role": "seller", "text": "亲，麻烦拍个视频看看"}\n'
        '{"session": "b", "role": "buyer", "text": "在吗"}\n'
        '{"session": "a", "role": "buyer", "text": "拍好了 怎么办"}\n'
    )
    items, stats = read(jsonl.encode())
    assert [(m.text, m.reply_to) for m in items] == [
        ("耳机没声音了", None), ("在吗", None), ("拍好了 怎么办", "亲，麻烦拍个视频看看")
    ]
    assert stats.skipped == 1
    qianniu = (Path(__file__).resolve().parents[1] / "examples" / "exports" / "qianniu.txt").read_bytes()
    items, _ = read(qianniu)
    assert all(m.reply_to for m in items)  # each buyer line follows a seller line
