"""``csreply add SCENARIO``: add a reply script or example questions to the shop's own library."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ...errors import UsageError
from .. import terminal
from ..cli_help import epilog

EPILOG = epilog([
    'csreply add bargain --text "亲，价格已经是活动价啦～我帮您申请一份小礼物好不好？"',
    'csreply add dispatch_time --example "今天下午能寄出吗" --example "几点前拍当天发"',
    "csreply add quality_issue --template options",
    'csreply add gift_wrap --title 礼品包装 --stage pre_sale --example "能包装成礼物吗" '
    '--text "亲，可以的～下单备注礼品包装就好，{time.dispatch}前包好发出哦。"',
    'echo "亲，{shop.agent}在的～" | csreply add greeting --text - -l my-shop/shop.toml',
], "写到 --library FILE（默认：用户话术库文件夹里 'csreply init' 生成的 shop.toml）。文件里已有的场景："
   "新话术排第一（--last 排最后），例句加在末尾；注释和排版原样保留。别的话术库（比如内置的）里的场景"
   "会被完整复制进文件（关键词、例句、话术），因为同 id 的场景会整个替换之前的：内置话术不会丢。"
   "既没有 --text 也没有 --example 时，在终端里打开编辑器（$EDITOR）。新场景（--title）必须带一条话术。"
   "写入前先加载检查，再原子替换文件。退出码 0；用法错误 2；结果加载不了 3。")


class TemplateKind(str, Enum):
    plain = "plain"
    options = "options"
    fabe = "fabe"


class StageOpt(str, Enum):
    pre_sale = "pre_sale"
    after_sale = "after_sale"


def register(app: typer.Typer) -> None:
    app.command(name="add", epilog=EPILOG)(add)


def add(
    scenario: Annotated[str, typer.Argument(help="场景 id（'csreply scenarios' 列出全部），或者配合 --title 的新 id。", show_default=False, metavar="SCENARIO")],
    text: Annotated[Optional[str], typer.Option("--text", "-t", help="一条普通话术的文字；'-' 从标准输入读。")] = None,
    example: Annotated[Optional[list[str]], typer.Option("--example", "-e", help="顾客的一种问法（例句）；可重复。")] = None,
    template_kind: Annotated[Optional[TemplateKind], typer.Option("--template", help="在编辑器里写哪种话术：plain、options 或 fabe。")] = None,
    library: Annotated[Optional[Path], typer.Option("--library", "-l", help="写到哪个话术库文件（默认：用户话术库的 shop.toml）。", metavar="PATH")] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="新场景的名称。")] = None,
    stage: Annotated[Optional[StageOpt], typer.Option("--stage", help="新场景的阶段。")] = None,
    last: Annotated[bool, typer.Option("--last", help="新话术排在这个场景的最后（默认排第一）。")] = False,
) -> None:
    """往自己店的话术库里加一条话术或几个例句 (add a script or examples)."""
    from ...library.authoring import add_to_library, default_target

    target = library or default_target()
    if target.is_dir():
        target = target / "shop.toml"
    context = _load_with(target)
    known = context.scenarios.get(scenario)
    label = f"{known.title} {scenario}" if known else (f"{title} {scenario}" if title else scenario)
    script: dict[str, Any] | None = None
    if text is not None:
        if template_kind not in (None, TemplateKind.plain):
            raise UsageError("--text 写的是普通话术；options 或 fabe 话术请去掉 --text，在编辑器里写 (--text writes a plain script)")
        text = _read_text(text)
        script = {"template": "plain", "text": text}
    elif template_kind is not None or not example:
        if not terminal.stdin_is_terminal():
            raise UsageError("请给 --text 或 --example（编辑器只在终端里打开） (give --text or --example)")
        script = _edit(template_kind or TemplateKind.plain, label)
    if known is None and title is not None and script is None:
        # a new scenario with examples only would be recognised and then answer with no draft
        raise UsageError(
            f"新场景 {scenario} 还没有话术，认出来也没有草稿可给：请加 --text（或去掉 --example 在编辑器里写）"
            f" (a new scenario needs a reply script)"
        )
    result = add_to_library(
        target, scenario, script=script, examples=example or (), title=title,
        stage=stage.value if stage else None, first=not last, library=context,
    )
    print(f"{result.path}: {result.title} {result.scenario}")
    if result.new_block:
        origin = f" (copied from {_short(result.copied_from)} with its keywords, examples and scripts)" if result.copied_from else " (new scenario)"
        print(f"  new [[scenarios]] block{origin}")
    if result.script_rank is not None:
        print(f"  + {script['template']} script, rank {result.script_rank}")
    for e in result.examples:
        print(f"  + example {e}")
    for e in result.skipped:
        print(f"csreply: note: 例句已经有了 example already there: {e}", file=sys.stderr)
    _after(target, result)


def _load_with(target: Path):
    """The libraries as 'suggest' loads them, with ``target`` in its place: where it is when it
    is in the user folder (a later file there still wins), last otherwise."""
    from ...library.loading import Library, user_library_dir

    try:
        in_user_folder = target.parent.resolve() == user_library_dir().resolve()
    except OSError:
        in_user_folder = False
    if in_user_folder or not target.is_file():
        return Library.load()
    return Library.load([target])


def _read_text(text: str) -> str:
    if text == "-":
        data = sys.stdin.buffer.read()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UsageError("标准输入的文字不是 UTF-8 (the text on stdin is not UTF-8)") from None
    text = text.strip()
    if not text:
        raise UsageError("话术是空的 (the reply text is empty)")
    return text


_PLACEHOLDER_HELP = (
    "# 占位符 placeholders: {shop.name} {shop.agent} {policy.compensation} {policy.return_window_days}\n"
    "#   {time.today} {time.dispatch} {time.exchange} {time.refund} {time.reply} {message.problem}\n"
    "#   {product.name} {product.price}（只在认出商品时给出 offered only when a product is known）\n"
)

_SKELETONS = {
    "options": (
        'template = "options"\n'
        'opening = "非常抱歉给您添麻烦了！您是说{message.problem}，是吗？我们这样为您处理："\n'
        "options = [\n"
        '    { text = "换货：新的{deadline}前给您发出", deadline = "exchange" },\n'
        '    { text = "退款：{deadline}前原路退回", deadline = "refund" },\n'
        "]\n"
        'closing = "您看哪种更方便呢？"\n'
        "# deadline: dispatch 发货 | exchange 换货 | refund 退款 | reply 答复; 2–3 options\n"
    ),
    "fabe": (
        'template = "fabe"\n'
        'opening = "亲，{product.name}给您介绍一下哦："\n'
        "# feature/advantage/benefit/evidence default to the product's facts; override them here:\n"
        '# evidence = "{product.evidence}"\n'
        'closing = "您看看合不合适呢？"\n'
    ),
}


def edit_text(text: str, extension: str) -> str | None:
    """Open ``text`` in the user's editor ($VISUAL, $EDITOR, else vi / notepad) and return what
    was saved, or ``None`` when the file was closed without saving."""
    import os
    import shlex
    import subprocess
    import tempfile

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or ("notepad" if os.name == "nt" else "vi")
    fd, name = tempfile.mkstemp(prefix="csreply-", suffix=extension)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        before = os.stat(name).st_mtime_ns
        try:
            status = subprocess.call([*shlex.split(editor, posix=os.name != "nt"), name])
        except OSError as exc:
            raise UsageError(f"打不开编辑器 '{editor}'：{exc.strerror}；请设置 $EDITOR 或用 --text (cannot start the editor)") from None
        if status != 0:
            raise UsageError(f"编辑器 '{editor}' 退出码 {status}，什么都没加 (the editor exited with status {status}; nothing added)")
        saved = Path(name).read_text(encoding="utf-8")
        if os.stat(name).st_mtime_ns == before and saved == text:
            return None
        return saved
    finally:
        try:
            os.unlink(name)
        except OSError:
            pass


def _edit(kind: TemplateKind, label: str) -> dict[str, Any]:
    import tomllib

    if kind is TemplateKind.plain:
        skeleton = (
            f"# 为「{label}」写一条回复话术 (a plain reply for {label}).\n"
            "# 以 # 开头的行会被忽略；保存并关闭编辑器即可。Lines starting with # are ignored.\n"
            + _PLACEHOLDER_HELP
        )
        edited = edit_text(skeleton, ".txt")
        if edited is None:
            raise UsageError("没有保存就关了编辑器，什么都没加 (nothing added: not saved)")
        body = "\n".join(line for line in edited.splitlines() if not line.lstrip().startswith("#")).strip()
        if not body:
            raise UsageError("话术是空的，什么都没加 (nothing added: the reply text is empty)")
        return {"template": "plain", "text": body}
    skeleton = f"# {kind.value} script for {label}: fill in, save and close.\n" + _PLACEHOLDER_HELP + _SKELETONS[kind.value]
    edited = edit_text(skeleton, ".toml")
    if edited is None:
        raise UsageError("没有保存就关了编辑器，什么都没加 (nothing added: not saved)")
    try:
        data = tomllib.loads(edited)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"话术不是有效的 TOML：{exc} (the script is not valid TOML)") from None
    data.setdefault("template", kind.value)
    return data


def _short(source: str | None) -> str:
    from ...library.loading import BUILTIN_DIR

    if source and source.startswith(str(BUILTIN_DIR)):
        return "the built-in library"
    return source or "?"


def _after(target: Path, result) -> None:
    """Tell the owner when the addition is hidden by a later library, and what lint says about it."""
    from ...library import lint as checks

    library = _load_with(target)
    effective = library.scenarios.get(result.scenario)
    if effective is not None and Path(effective.source).resolve() != target.resolve():
        print(
            f"csreply: warning: {effective.source} 在 {target} 之后加载，也定义了 {result.scenario}，"
            f"刚加的内容会被它替换 ({effective.source} is loaded after {target} and also defines "
            f"{result.scenario}, so it replaces what was just added)",
            file=sys.stderr,
        )
    for f in checks.lint(library, only=[target]):
        if f.scenario != result.scenario:
            continue
        about_script = result.script_rank is not None and f.script == result.script_rank
        about_examples = f.rule == "S005" and any(f"“{e}”" in f.message for e in result.examples)
        if about_script or about_examples:
            print(f"csreply: {f.severity}: {f.rule} {f.where}: {f.message}", file=sys.stderr)
