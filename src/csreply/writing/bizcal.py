"""The shop's business calendar and the deadlines a draft may promise.

Every time a reply states ("明天16:00前发出") is computed here from the shop's :class:`Policy`,
never written by hand in a template, so a promise is one the shop can keep. No I/O.

Working days, in order of precedence:

1. ``policy.closures`` are closed;
2. ``policy.extra_working_days`` are open;
3. with ``policy.statutory_holidays``, China's public holidays (法定节假日) are closed and the
   weekend make-up working days (调休) are open, as chinese-calendar lists them;
4. otherwise the ISO weekday must be in ``policy.working_days``.

chinese-calendar only knows the years its release ships data for (2004–2026 for 1.11). For any
other year only the holidays whose dates the law fixes (:data:`FIXED_HOLIDAYS`: 元旦, 劳动节,
国庆) are closed, so e.g. 2027-01-01 is closed but 2027's 春节 is not known until the package is
upgraded. Upgrade chinese-calendar each December.

>>> from datetime import datetime
>>> from csreply.library.model import Policy
>>> cal = BusinessCalendar(Policy())
>>> cal.deadline("dispatch", datetime(2026, 11, 23, 10, 0)).text
'今天（11月23日 周一）18:00'
>>> cal.deadline("exchange", datetime(2026, 9, 30, 20, 0)).text  # 国庆 10月1日–7日
'10月8日（周四）16:00'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from ..library.model import DEADLINE_KINDS, Policy

WEEKDAY_NAMES: tuple[str, ...] = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_RELATIVE_DAYS: dict[int, str] = {0: "今天", 1: "明天", 2: "后天"}
# A shop with no open day at all must not loop forever looking for one.
_SEARCH_LIMIT_DAYS = 3660


@dataclass(frozen=True)
class Deadline:
    """A promised time: which policy it comes from, when, and how a reply says it."""

    kind: str  # dispatch | exchange | refund | reply
    at: datetime  # timezone-aware, in the shop's zone
    text: str  # human Chinese, e.g. "明天（11月24日 周二）16:00"


@lru_cache(maxsize=4096)
def _statutory(day: date) -> bool | None:
    """China's verdict on ``day``: False on a public holiday, True on a 调休 make-up working
    day, None when it has no opinion (an ordinary day, or a year it has no data for)."""
    import chinese_calendar  # small, but only needed once a deadline is computed

    try:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:  # a year outside the installed release's data: the days fixed by law
        return False if (day.month, day.day) in FIXED_HOLIDAYS else None
    if on_holiday and name is not None:
        return False
    if not on_holiday and day.isoweekday() >= 6:
        return True
    return None


# the public holidays whose dates the law fixes (全国年节及纪念日放假办法, 2025): 元旦, 劳动节, 国庆.
# They hold in a year chinese-calendar has no data for yet; the lunar ones (春节, 端午, 中秋) and
# the 调休 days are announced each year and wait for the package.
FIXED_HOLIDAYS = frozenset({(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)})


@lru_cache(maxsize=64)
def has_holiday_data(year: int) -> bool:
    """Whether the installed chinese-calendar knows the public holidays of ``year``.

    >>> has_holiday_data(2026)
    True
    """
    import chinese_calendar

    try:
        chinese_calendar.get_holiday_detail(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


class BusinessCalendar:
    """Working days and policy deadlines of one shop.

    >>> from datetime import date
    >>> from csreply.library.model import Policy
    >>> cal = BusinessCalendar(Policy())
    >>> cal.is_working_day(date(2026, 10, 1)), cal.is_working_day(date(2026, 10, 10))
    (False, True)
    >>> cal.next_working_day(date(2026, 11, 27))
    datetime.date(2026, 11, 30)
    """

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.zone = ZoneInfo(policy.timezone)
        self._closures = frozenset(policy.closures)
        self._extra = frozenset(policy.extra_working_days)
        self._weekdays = frozenset(policy.working_days)

    def is_working_day(self, day: date) -> bool:
        """Whether the shop works (ships, refunds, answers) on ``day``."""
        if day in self._closures:
            return False
        if day in self._extra:
            return True
        if self.policy.statutory_holidays:
            verdict = _statutory(day)
            if verdict is not None:
                return verdict
        return day.isoweekday() in self._weekdays

    def next_working_day(self, day: date, n: int = 1) -> date:
        """The ``n``-th working day strictly after ``day`` (``n`` >= 1).

        >>> from csreply.library.model import Policy
        >>> BusinessCalendar(Policy()).next_working_day(date(2026, 9, 30), 3)  # 10月10日 调休
        datetime.date(2026, 10, 10)
        """
        if n < 1:
            raise ValueError(f"n must be at least 1, got {n}")
        found = 0
        for offset in range(1, _SEARCH_LIMIT_DAYS + 1):
            candidate = day + timedelta(days=offset)
            if self.is_working_day(candidate):
                found += 1
                if found == n:
                    return candidate
        raise ValueError(f"no working day within {_SEARCH_LIMIT_DAYS} days after {day}")

    def localize(self, now: datetime) -> datetime:
        """``now`` in the shop's zone: naive means shop time already, aware is converted."""
        if now.tzinfo is None or now.utcoffset() is None:
            return now.replace(tzinfo=self.zone)
        return now.astimezone(self.zone)

    def deadline(self, kind: str, now: datetime) -> Deadline:
        """The time the policy promises for ``kind`` (dispatch, exchange, refund, reply).

        - dispatch: paid on a working day before the cutoff → today at work end, else the next
          working day at work end;
        - exchange: the ``exchange_working_days``-th working day after today, at the cutoff;
        - refund: the ``refund_working_days``-th working day after today, at work end;
        - reply: ``escalation_hours`` later (rounded up to 10 minutes) when that still falls in
          today's working hours; before opening, opening time + hours; otherwise the next
          working day at opening time + hours (hours are not split across days).
        """
        if kind not in DEADLINE_KINDS:
            raise ValueError(
                f"unknown deadline kind {kind!r}: expected one of {', '.join(DEADLINE_KINDS)}"
            )
        policy = self.policy
        now = self.localize(now)
        today = now.date()
        open_today = self.is_working_day(today)

        if kind == "dispatch":
            ships_today = open_today and now.time() < policy.dispatch_cutoff
            day = today if ships_today else self.next_working_day(today)
            at = self._at(day, policy.work_end)
        elif kind == "exchange":
            at = self._at(
                self.next_working_day(today, policy.exchange_working_days), policy.dispatch_cutoff
            )
        elif kind == "refund":
            at = self._at(self.next_working_day(today, policy.refund_working_days), policy.work_end)
        else:
            at = self._reply(now, open_today)
        return Deadline(kind=kind, at=at, text=format_when(at, now))

    def _reply(self, now: datetime, open_today: bool) -> datetime:
        policy = self.policy
        hours = timedelta(hours=policy.escalation_hours)
        today = now.date()
        start = self._at(today, policy.work_start)
        end = self._at(today, policy.work_end)
        if open_today and start <= now and now + hours <= end:
            # Never promise later than closing time because of the rounding.
            return min(_ceil_10_minutes(now + hours), end)
        if open_today and now < start:
            return start + hours
        return self._at(self.next_working_day(today), policy.work_start) + hours

    def _at(self, day: date, clock: time) -> datetime:
        return datetime.combine(day, clock, tzinfo=self.zone)


def _ceil_10_minutes(at: datetime) -> datetime:
    floor = at.replace(minute=at.minute - at.minute % 10, second=0, microsecond=0)
    return floor if floor == at else floor + timedelta(minutes=10)


def format_when(at: datetime, now: datetime) -> str:
    """How a reply states ``at`` to a customer writing at ``now``.

    Today, tomorrow and the day after get a relative word; other days a date, with the year only
    when it is not ``now``'s year. When both are aware, ``at`` is shown in ``now``'s zone.

    >>> format_when(datetime(2026, 11, 24, 16, 0), datetime(2026, 11, 23, 10, 0))
    '明天（11月24日 周二）16:00'
    >>> format_when(datetime(2026, 11, 27, 16, 0), datetime(2026, 11, 23, 10, 0))
    '11月27日（周五）16:00'
    >>> format_when(datetime(2027, 1, 4, 16, 0), datetime(2026, 12, 31, 20, 0))
    '2027年1月4日（周一）16:00'
    """
    if at.tzinfo is not None and now.tzinfo is not None:
        at = at.astimezone(now.tzinfo)
    day = at.date()
    weekday = WEEKDAY_NAMES[day.weekday()]
    clock = f"{at.hour:02d}:{at.minute:02d}"
    relative = _RELATIVE_DAYS.get((day - now.date()).days)
    if relative is not None:
        return f"{relative}（{day.month}月{day.day}日 {weekday}）{clock}"
    year = f"{day.year}年" if day.year != now.year else ""
    return f"{year}{day.month}月{day.day}日（{weekday}）{clock}"
