"""Business calendar and policy deadlines.

Expected values are worked out by hand from a calendar and the 2026 holidays as chinese-calendar
1.11 lists them: 中秋 9月25–27日, 国庆 10月1–7日, 调休 working days 9月20日 (Sun) and
10月10日 (Sat); 2027 is not in chinese-calendar 1.11, so only the weekday rule applies.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

import pytest

from csreply.library.model import Policy
from csreply.writing.bizcal import BusinessCalendar, Deadline, format_when

SH = "Asia/Shanghai"
DEFAULT = Policy()
SATURDAY_SHOP = Policy(working_days=(1, 2, 3, 4, 5, 6))
NO_HOLIDAYS = Policy(statutory_holidays=False)


def shanghai(*args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(SH))


@pytest.mark.parametrize(
    ("policy", "day", "expected"),
    [
        (DEFAULT, date(2026, 11, 23), True),  # 周一
        (DEFAULT, date(2026, 11, 28), False),  # 周六
        (DEFAULT, date(2026, 11, 29), False),  # 周日
        (DEFAULT, date(2026, 10, 1), False),  # 国庆, 周四
        (DEFAULT, date(2026, 10, 7), False),  # 国庆, 周三
        (DEFAULT, date(2026, 10, 8), True),
        (DEFAULT, date(2026, 10, 10), True),  # 调休 周六
        (DEFAULT, date(2026, 10, 11), False),  # 普通周日
        (DEFAULT, date(2026, 9, 20), True),  # 调休 周日
        (DEFAULT, date(2026, 9, 25), False),  # 中秋, 周五
        (DEFAULT, date(2026, 1, 4), True),  # 元旦调休 周日
        (DEFAULT, date(2026, 2, 16), False),  # 春节, 周一
        (NO_HOLIDAYS, date(2026, 10, 1), True),
        (NO_HOLIDAYS, date(2026, 10, 10), False),
        (SATURDAY_SHOP, date(2026, 11, 28), True),
        (SATURDAY_SHOP, date(2026, 10, 3), False),  # 国庆 on a Saturday
        (SATURDAY_SHOP, date(2026, 11, 29), False),
        # years chinese-calendar has no data for: the holidays fixed by law, then the weekday rule
        (DEFAULT, date(2027, 1, 1), False),  # 周五, 元旦 (a date the law fixes)
        (DEFAULT, date(2027, 10, 1), False),  # 周五, 国庆
        (DEFAULT, date(2027, 10, 4), True),  # 周一: the 调休 around it is announced, not fixed
        (DEFAULT, date(2027, 1, 2), False),  # 周六
        (DEFAULT, date(2027, 1, 4), True),  # 周一
        (DEFAULT, date(2003, 10, 1), False),  # 周三, before 2004: 国庆 all the same
        (DEFAULT, date(2003, 10, 8), True),  # 周三, before 2004: weekday rule
        # the shop's own days win over everything
        (Policy(closures=(date(2026, 11, 24),)), date(2026, 11, 24), False),
        (Policy(closures=(date(2026, 10, 10),)), date(2026, 10, 10), False),
        (Policy(extra_working_days=(date(2026, 11, 28),)), date(2026, 11, 28), True),
        (Policy(extra_working_days=(date(2026, 10, 3),)), date(2026, 10, 3), True),
    ],
)
def test_is_working_day(policy: Policy, day: date, expected: bool) -> None:
    assert BusinessCalendar(policy).is_working_day(day) is expected


@pytest.mark.parametrize(
    ("policy", "day", "n", "expected"),
    [
        (DEFAULT, date(2026, 11, 23), 1, date(2026, 11, 24)),
        (DEFAULT, date(2026, 11, 27), 1, date(2026, 11, 30)),
        (DEFAULT, date(2026, 11, 27), 3, date(2026, 12, 2)),
        (DEFAULT, date(2026, 9, 30), 1, date(2026, 10, 8)),
        (DEFAULT, date(2026, 9, 30), 3, date(2026, 10, 10)),
        (DEFAULT, date(2026, 9, 19), 1, date(2026, 9, 20)),
        (DEFAULT, date(2026, 12, 31), 1, date(2027, 1, 4)),
        (DEFAULT, date(2026, 12, 31), 2, date(2027, 1, 5)),
        (SATURDAY_SHOP, date(2026, 11, 27), 1, date(2026, 11, 28)),
    ],
)
def test_next_working_day(policy: Policy, day: date, n: int, expected: date) -> None:
    assert BusinessCalendar(policy).next_working_day(day, n) == expected


def test_next_working_day_rejects_zero() -> None:
    with pytest.raises(ValueError):
        BusinessCalendar(DEFAULT).next_working_day(date(2026, 11, 23), 0)


def test_next_working_day_never_loops_forever() -> None:
    shut = Policy(working_days=(), statutory_holidays=False)
    with pytest.raises(ValueError, match="no working day"):
        BusinessCalendar(shut).next_working_day(date(2026, 11, 23))


# (policy, kind, naive shop time now, expected shop time, expected text)
DEADLINES = [
    # dispatch: a Monday before / at / after the 16:00 cutoff
    (
        DEFAULT,
        "dispatch",
        (2026, 11, 23, 10, 0),
        (2026, 11, 23, 18, 0),
        "今天（11月23日 周一）18:00",
    ),
    (
        DEFAULT,
        "dispatch",
        (2026, 11, 23, 15, 59),
        (2026, 11, 23, 18, 0),
        "今天（11月23日 周一）18:00",
    ),
    (
        DEFAULT,
        "dispatch",
        (2026, 11, 23, 16, 0),
        (2026, 11, 24, 18, 0),
        "明天（11月24日 周二）18:00",
    ),
    (
        DEFAULT,
        "dispatch",
        (2026, 11, 23, 17, 0),
        (2026, 11, 24, 18, 0),
        "明天（11月24日 周二）18:00",
    ),
    (
        DEFAULT,
        "dispatch",
        (2026, 11, 28, 10, 0),
        (2026, 11, 30, 18, 0),
        "后天（11月30日 周一）18:00",
    ),
    (DEFAULT, "dispatch", (2026, 11, 27, 20, 0), (2026, 11, 30, 18, 0), "11月30日（周一）18:00"),
    # month end
    (DEFAULT, "dispatch", (2026, 11, 30, 17, 0), (2026, 12, 1, 18, 0), "明天（12月1日 周二）18:00"),
    # exchange: Friday evening skips the weekend
    (DEFAULT, "exchange", (2026, 11, 27, 20, 0), (2026, 11, 30, 16, 0), "11月30日（周一）16:00"),
    (
        DEFAULT,
        "exchange",
        (2026, 11, 23, 10, 0),
        (2026, 11, 24, 16, 0),
        "明天（11月24日 周二）16:00",
    ),
    (
        Policy(exchange_working_days=2),
        "exchange",
        (2026, 11, 26, 9, 0),
        (2026, 11, 30, 16, 0),
        "11月30日（周一）16:00",
    ),
    # refund: 3rd working day, end of day
    (DEFAULT, "refund", (2026, 11, 23, 10, 0), (2026, 11, 26, 18, 0), "11月26日（周四）18:00"),
    (DEFAULT, "refund", (2026, 11, 27, 10, 0), (2026, 12, 2, 18, 0), "12月2日（周三）18:00"),
    # the evening before National Day: 10-01..10-07 off, 10-10 (Sat) is a 调休 working day
    (DEFAULT, "dispatch", (2026, 9, 30, 20, 0), (2026, 10, 8, 18, 0), "10月8日（周四）18:00"),
    (DEFAULT, "exchange", (2026, 9, 30, 20, 0), (2026, 10, 8, 16, 0), "10月8日（周四）16:00"),
    (DEFAULT, "refund", (2026, 9, 30, 20, 0), (2026, 10, 10, 18, 0), "10月10日（周六）18:00"),
    (DEFAULT, "reply", (2026, 9, 30, 17, 30), (2026, 10, 8, 10, 0), "10月8日（周四）10:00"),
    (DEFAULT, "dispatch", (2026, 9, 30, 10, 0), (2026, 9, 30, 18, 0), "今天（9月30日 周三）18:00"),
    # a Saturday before the make-up Sunday 9-20
    (DEFAULT, "dispatch", (2026, 9, 19, 10, 0), (2026, 9, 20, 18, 0), "明天（9月20日 周日）18:00"),
    # without statutory holidays the same evening ships on 10-01
    (
        NO_HOLIDAYS,
        "dispatch",
        (2026, 9, 30, 20, 0),
        (2026, 10, 1, 18, 0),
        "明天（10月1日 周四）18:00",
    ),
    (NO_HOLIDAYS, "refund", (2026, 9, 30, 20, 0), (2026, 10, 5, 18, 0), "10月5日（周一）18:00"),
    # a shop open on Saturdays
    (
        SATURDAY_SHOP,
        "exchange",
        (2026, 11, 27, 20, 0),
        (2026, 11, 28, 16, 0),
        "明天（11月28日 周六）16:00",
    ),
    (SATURDAY_SHOP, "refund", (2026, 11, 27, 20, 0), (2026, 12, 1, 18, 0), "12月1日（周二）18:00"),
    (
        SATURDAY_SHOP,
        "dispatch",
        (2026, 11, 28, 10, 0),
        (2026, 11, 28, 18, 0),
        "今天（11月28日 周六）18:00",
    ),
    # closures and extra working days
    (
        Policy(closures=(date(2026, 11, 24),)),
        "dispatch",
        (2026, 11, 23, 17, 0),
        (2026, 11, 25, 18, 0),
        "后天（11月25日 周三）18:00",
    ),
    (
        Policy(closures=(date(2026, 11, 23),)),
        "dispatch",
        (2026, 11, 23, 10, 0),
        (2026, 11, 24, 18, 0),
        "明天（11月24日 周二）18:00",
    ),
    (
        Policy(closures=(date(2026, 10, 10),)),
        "refund",
        (2026, 9, 30, 20, 0),
        (2026, 10, 12, 18, 0),
        "10月12日（周一）18:00",
    ),
    (
        Policy(extra_working_days=(date(2026, 10, 3),)),
        "dispatch",
        (2026, 9, 30, 20, 0),
        (2026, 10, 3, 18, 0),
        "10月3日（周六）18:00",
    ),
    (
        Policy(extra_working_days=(date(2026, 11, 28),)),
        "exchange",
        (2026, 11, 27, 20, 0),
        (2026, 11, 28, 16, 0),
        "明天（11月28日 周六）16:00",
    ),
    # reply within 1 working hour
    (DEFAULT, "reply", (2026, 11, 23, 10, 0), (2026, 11, 23, 11, 0), "今天（11月23日 周一）11:00"),
    (
        DEFAULT,
        "reply",
        (2026, 11, 23, 10, 35),
        (2026, 11, 23, 11, 40),
        "今天（11月23日 周一）11:40",
    ),
    (DEFAULT, "reply", (2026, 11, 23, 9, 0), (2026, 11, 23, 10, 0), "今天（11月23日 周一）10:00"),
    (DEFAULT, "reply", (2026, 11, 23, 17, 0), (2026, 11, 23, 18, 0), "今天（11月23日 周一）18:00"),
    (DEFAULT, "reply", (2026, 11, 23, 17, 30), (2026, 11, 24, 10, 0), "明天（11月24日 周二）10:00"),
    (DEFAULT, "reply", (2026, 11, 23, 7, 0), (2026, 11, 23, 10, 0), "今天（11月23日 周一）10:00"),
    (DEFAULT, "reply", (2026, 11, 23, 20, 0), (2026, 11, 24, 10, 0), "明天（11月24日 周二）10:00"),
    (DEFAULT, "reply", (2026, 11, 28, 10, 0), (2026, 11, 30, 10, 0), "后天（11月30日 周一）10:00"),
    (DEFAULT, "reply", (2026, 11, 27, 17, 30), (2026, 11, 30, 10, 0), "11月30日（周一）10:00"),
    (
        Policy(escalation_hours=2),
        "reply",
        (2026, 11, 23, 16, 0),
        (2026, 11, 23, 18, 0),
        "今天（11月23日 周一）18:00",
    ),
    (
        Policy(escalation_hours=2),
        "reply",
        (2026, 11, 23, 16, 1),
        (2026, 11, 24, 11, 0),
        "明天（11月24日 周二）11:00",
    ),
    # year end: 2027 has no holiday data, but 元旦 (2027-01-01, a Friday) is fixed by law
    (DEFAULT, "dispatch", (2026, 12, 31, 17, 0), (2027, 1, 4, 18, 0), "2027年1月4日（周一）18:00"),
    (DEFAULT, "exchange", (2026, 12, 31, 20, 0), (2027, 1, 4, 16, 0), "2027年1月4日（周一）16:00"),
    (DEFAULT, "refund", (2026, 12, 31, 20, 0), (2027, 1, 6, 18, 0), "2027年1月6日（周三）18:00"),
    (
        Policy(closures=(date(2027, 1, 1),)),
        "exchange",
        (2026, 12, 31, 20, 0),
        (2027, 1, 4, 16, 0),
        "2027年1月4日（周一）16:00",
    ),
]


@pytest.mark.parametrize(("policy", "kind", "now", "at", "text"), DEADLINES)
def test_deadline(
    policy: Policy,
    kind: str,
    now: tuple[int, ...],
    at: tuple[int, ...],
    text: str,
) -> None:
    got = BusinessCalendar(policy).deadline(kind, datetime(*now))
    assert got == Deadline(kind=kind, at=shanghai(*at), text=text)
    assert got.at.utcoffset() is not None
    assert got.at.utcoffset().total_seconds() == 8 * 3600


def test_reply_rounds_seconds_up() -> None:
    got = BusinessCalendar(DEFAULT).deadline("reply", datetime(2026, 11, 23, 10, 30, 1))
    assert got.at == shanghai(2026, 11, 23, 11, 40)
    assert got.text == "今天（11月23日 周一）11:40"


def test_reply_rounding_never_passes_work_end() -> None:
    policy = Policy(work_end=time(17, 55))
    got = BusinessCalendar(policy).deadline("reply", datetime(2026, 11, 23, 16, 52))
    assert got.at == shanghai(2026, 11, 23, 17, 55)


def test_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown deadline kind 'ship'"):
        BusinessCalendar(DEFAULT).deadline("ship", datetime(2026, 11, 23, 10, 0))


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 11, 23, 10, 0), shanghai(2026, 11, 23, 10, 0)),
        (datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc), shanghai(2026, 11, 23, 10, 0)),
        (datetime(2026, 11, 22, 17, 0, tzinfo=timezone.utc), shanghai(2026, 11, 23, 1, 0)),
    ],
)
def test_localize(now: datetime, expected: datetime) -> None:
    got = BusinessCalendar(DEFAULT).localize(now)
    assert got == expected
    assert (got.year, got.month, got.day, got.hour, got.minute) == (
        expected.year,
        expected.month,
        expected.day,
        expected.hour,
        expected.minute,
    )
    assert str(got.tzinfo) == SH


@pytest.mark.parametrize(
    ("kind", "utc_now", "at", "text"),
    [
        # 07:59 UTC = 15:59 Shanghai: before the cutoff
        ("dispatch", (2026, 11, 23, 7, 59), (2026, 11, 23, 18, 0), "今天（11月23日 周一）18:00"),
        # 08:00 UTC = 16:00 Shanghai: after it
        ("dispatch", (2026, 11, 23, 8, 0), (2026, 11, 24, 18, 0), "明天（11月24日 周二）18:00"),
        # Sunday 17:00 UTC is already Monday 01:00 in Shanghai
        ("dispatch", (2026, 11, 22, 17, 0), (2026, 11, 23, 18, 0), "今天（11月23日 周一）18:00"),
        ("reply", (2026, 11, 22, 17, 0), (2026, 11, 23, 10, 0), "今天（11月23日 周一）10:00"),
        # a naive reading of 2026-11-23 10:00 would be a Monday morning; in UTC it is 18:00 there
        ("reply", (2026, 11, 23, 10, 0), (2026, 11, 24, 10, 0), "明天（11月24日 周二）10:00"),
    ],
)
def test_aware_now_in_other_zone(
    kind: str, utc_now: tuple[int, ...], at: tuple[int, ...], text: str
) -> None:
    now = datetime(*utc_now, tzinfo=timezone.utc)
    got = BusinessCalendar(DEFAULT).deadline(kind, now)
    assert got.at == shanghai(*at)
    assert str(got.at.tzinfo) == SH
    assert got.text == text


def test_naive_and_aware_differ() -> None:
    cal = BusinessCalendar(DEFAULT)
    naive = cal.deadline("dispatch", datetime(2026, 11, 23, 10, 0))
    aware = cal.deadline("dispatch", datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc))
    assert naive.text == "今天（11月23日 周一）18:00"  # 10:00 shop time
    assert aware.text == "明天（11月24日 周二）18:00"  # 18:00 shop time, after the cutoff


@pytest.mark.parametrize(
    ("at", "now", "expected"),
    [
        ((2026, 11, 23, 18, 0), (2026, 11, 23, 10, 0), "今天（11月23日 周一）18:00"),
        ((2026, 11, 24, 16, 0), (2026, 11, 23, 10, 0), "明天（11月24日 周二）16:00"),
        ((2026, 11, 25, 16, 0), (2026, 11, 23, 10, 0), "后天（11月25日 周三）16:00"),
        ((2026, 11, 27, 16, 0), (2026, 11, 23, 10, 0), "11月27日（周五）16:00"),
        ((2026, 11, 29, 9, 5), (2026, 11, 23, 10, 0), "11月29日（周日）09:05"),
        ((2026, 11, 22, 18, 0), (2026, 11, 23, 10, 0), "11月22日（周日）18:00"),
        ((2026, 12, 1, 18, 0), (2026, 11, 30, 23, 59), "明天（12月1日 周二）18:00"),
        ((2027, 1, 4, 16, 0), (2026, 12, 31, 20, 0), "2027年1月4日（周一）16:00"),
        ((2027, 1, 1, 9, 5), (2026, 12, 31, 20, 0), "明天（1月1日 周五）09:05"),
        ((2027, 1, 2, 0, 0), (2026, 12, 31, 20, 0), "后天（1月2日 周六）00:00"),
    ],
)
def test_format_when(at: tuple[int, ...], now: tuple[int, ...], expected: str) -> None:
    assert format_when(datetime(*at), datetime(*now)) == expected
    assert format_when(shanghai(*at), shanghai(*now)) == expected


def test_format_when_converts_at_to_nows_zone() -> None:
    at = datetime(2026, 11, 23, 16, 0, tzinfo=timezone.utc)  # 11-24 00:00 in Shanghai
    assert format_when(at, shanghai(2026, 11, 23, 10, 0)) == "明天（11月24日 周二）00:00"
