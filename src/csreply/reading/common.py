"""Field names, role words and small helpers shared by several format readers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from ..lazy_pattern import lazy

# Generic JSON-lines keys and CSV/TSV header names, in order of preference.
TEXT_KEYS = ("text", "content", "message", "msg", "内容", "消息", "聊天内容")
SESSION_KEYS = ("session_id", "session", "conversation_id", "会话编号", "会话id", "会话")
SPEAKER_KEYS = ("speaker", "sender", "nick", "name", "昵称", "发送人", "发送账号")
TIME_KEYS = ("time", "timestamp", "created_at", "时间", "发送时间")
ROLE_KEYS = ("role", "speaker_type", "sender_type", "author_type", "角色", "账号类型")

# A role value meaning "not the customer" (compared lower-cased).
AGENT_ROLES = frozenset(
    {"agent", "客服", "seller", "system", "系统", "assistant", "admin", "bot", "helpdesk", "商家"}
)

# Seller nicks on Taobao look like 店铺名:子账号, or name the shop or the job.
_SELLER_WORDS = ("客服", "旗舰店", "专营店", "专卖店", "售后")

# Placeholders WeChat exporters and the web 千牛 page write instead of media.
MEDIA_PLACEHOLDERS = frozenset(
    {
        "[图片]",
        "[语音]",
        "[视频]",
        "[表情包]",
        "[文件]",
        "[音乐分享]",
        "[动画表情]",
        "[链接]",
        "请在客户端查看原始聊天记录，网页版无法展示",
    }
)

RECALL = lazy(r"撤回了一条消息")


def is_seller(nick: str) -> bool:
    """True for nicks of shop staff rather than buyers.

    >>> is_seller("示例旗舰店:小王"), is_seller("tb_demo01")
    (True, False)
    """
    return ":" in nick or "：" in nick or any(word in nick for word in _SELLER_WORDS)


def lower_keys(mapping: Mapping[str, object]) -> dict[str, object]:
    """The mapping with keys stripped and lower-cased, so ``Content`` finds ``content``."""
    return {str(key).strip().lower(): value for key, value in mapping.items()}


def pick(mapping: Mapping[str, object], keys: Iterable[str]) -> tuple[str, object] | None:
    """The first ``(key, value)`` of ``keys`` present in ``mapping`` with a non-null value.

    ``mapping`` has lower-cased keys (see :func:`lower_keys`).

    >>> pick({"msg": "在吗", "text": None}, ("text", "msg"))
    ('msg', '在吗')
    """
    for key in keys:
        value = mapping.get(key.lower())
        if value is not None:
            return key, value
    return None


def as_text(value: object) -> str | None:
    """A scalar field value as text; None for missing values, lists and objects."""
    if value is None or isinstance(value, (list, dict)):
        return None
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def as_time(value: object) -> str | None:
    """A time as written, or ISO 8601 (UTC) when it is a Unix epoch in seconds or ms.

    >>> as_time(1709604160)
    '2024-03-05T02:02:40+00:00'
    >>> as_time("2024-3-5 10:02:40")
    '2024-3-5 10:02:40'
    """
    if isinstance(value, bool) or value is None:
        return None
    epoch: float | None = None
    if isinstance(value, (int, float)):
        epoch = float(value)
    elif isinstance(value, str) and value.strip().isdigit() and len(value.strip()) in (10, 13):
        epoch = float(value)  # seconds or milliseconds written as text
    if epoch is not None:
        seconds = epoch
        if seconds > 1e11:  # milliseconds
            seconds /= 1000
        try:
            return datetime.fromtimestamp(seconds, UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return str(value)
    text = as_text(value)
    return text.strip() if text is not None else None


def is_agent_role(value: object) -> bool:
    """True when a role/speaker-type value names someone other than the customer."""
    text = as_text(value)
    return text is not None and text.strip().lower() in AGENT_ROLES


def join_body(lines: Iterable[str]) -> str:
    """Join the body lines of one chat message with single spaces.

    Line-oriented exports cannot tell one multi-line message from several short ones sent
    together; one message per header block, joined by a space, keeps the customer's words
    without inventing punctuation.

    >>> join_body(["这款还有现货吗？", "今天能发吗"])
    '这款还有现货吗？ 今天能发吗'
    """
    return " ".join(part.strip() for part in lines if part.strip())
