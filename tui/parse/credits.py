"""credits: who wrote an article and where it comes from, as pages state it outside labels.

Besides labelled fields (来源：…, 作者：…, which `metadata` reads), pages credit a story in
prose and in set phrases: a wire-style opening (新华社北京1月13日电（记者张三）), a name in
parentheses closing the last paragraph (（记者 张三 李四）, (文/图张三)), a source statement
(本文为某网授权发布, 综合整理自…, 本文来自…), the 原创 badge line of self-media platforms
(原创 作者 账号), a name printed right above the dateline, or "作者/来源" on one line. A text
browser drops the space between two Han names, so glued names are split at family names.
"""

from __future__ import annotations

import re

from tui.parse import metadata
from tui.parse.dates import find_date

# Writers named by their role, in bylines and credits: 记者, 通讯员, 实习生, 评论员, 特约撰稿人 …
WRITER_ROLE = r"(?:特约|见习|本报|本刊|本网)?(?:记者|通讯员|实习生|评论员|撰稿人|撰稿|执笔)"
# (记者张三), （文/图 张三 李四）, （评论员张三李四）, （某某县发改局）: the credit that closes a
# story, in parentheses at the very end of its last paragraph; (责编：王五、赵六) credits its
# editors there.
_CLOSING = re.compile(
    r"[（(]\s*(?:(?P<editor>(?:责任编辑|责编|编辑)\s*[:：]?)"
    r"|(?P<role>(?:" + WRITER_ROLE + r"|文\s*/\s*图|文\s*[/／]|图\s*/\s*文|作者)\s*[:：/]?))?"
    r"\s*(?P<names>[^（()）。，,；;：:]{2,24})[）)]\s*$"
)
# 实习生张三对此文亦有贡献: a contributor named in a note.
_CONTRIBUTOR = re.compile(WRITER_ROLE + r"\s*(?P<names>[\u4e00-\u9fff]{2,12}?)(?:对此文|参与|亦有)")
# 本文作者张三，系…; 作者为某某研究院研究员; 作者zhangsan，为…: the writer's name (if given),
# then what they are.
_WRITER_NOTE = re.compile(
    r"^[\W_]*(?:本文)?作者\s*(?:[:：]|为|是)?\s*"
    r"(?:(?P<name>[\u4e00-\u9fff·]{2,4}?|[A-Za-z][\w.\-]{1,29})\s*(?:[，,]|系|现任|现为)"
    r"|系|现任|现为|为|是)"
)
_UNIT = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:局|厅|委|办|部|处|所|院|中心|公司|集团|协会|学会)$")
# Source statements: 本文为某某网授权发布, 本文来自某某新闻, 综合整理自某某网, 转载自…
_STATEMENT = re.compile(
    r"本文(?:为|由|系)(?P<a>[^，。,；;\s]{2,20}?)(?:授权|独家|原创|首发|供稿|提供)"
    r"|(?:综合整理自|整理自|转载自|转自|本文来自|本文来源于|本文来源|稿件来源于|信息来源于"
    r"|本文首发于(?:微信)?(?:公众号)?)\s*[:：]?\s*"
    r"(?P<b>[^，。,；;：:\s（()）]{2,20})"
)
_ACCOUNT_HOLDERS = ("作者", "用户", "号主")
_NOTE_MARKS = " \u3000※*#▲△☆★>（(【["
_NOTE_MOST = 60
# 原创 作者 账号, 原创某某报 2019-09-09: the self-media badge before the writer's account.
_ORIGINAL_BADGE = re.compile(r"^原创\s*")
# 原创 账号 已于 2023-03-15 10:20 修改: the 于 ("on") that leads to the date is no account.
_ON_THE_DATE = re.compile(r"\s*(?:已|发布|发表|编辑|更新|修改|写)?于\s*$")
# 张三/某某报: a writer and an outlet on one line.
_WRITER_OUTLET = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})\s*[/／|丨]\s*(?P<outlet>\S{2,20})$")
OUTLET = re.compile(
    r"^(?:\S{0,12}(?:社|报|网|台|刊|杂志|新闻|日报|晚报|周刊|频道|客户端|传媒)|《[^》]+》\S{0,4})$"
)
# 企鹅号, 百家号, 头条号 …: the self-media platforms' label printed under an account's name, which
# makes the name the publishing account (the outlet), not a writer.
PLATFORM_LABEL = re.compile(r"^(?:企鹅|百家|头条|大鱼|网易|搜狐|一点|澎湃|凤凰|快传|新浪)号$")
_ACCOUNT = re.compile(r"^[\w·.\-&]{2,20}$")  # an account's name: letters, digits, Han
_NAME_TOKEN = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{1,29}$|^[\u4e00-\u9fff·]{2,4}$")


def people(text: str) -> list[str]:
    """Person names in a credit's value, glued names split: 记者王五 → [王五]."""
    return metadata.names(text)


def closing_credit(paragraph: str) -> tuple[list[str], list[str]]:
    """Writers and editors credited in parentheses at the end of the last paragraph:
    …。（记者张三 李四）, …(文/图张三), …（某某县统计局） (a unit that wrote the report),
    …(责编：王五)."""
    match = _CLOSING.search(paragraph)
    if not match:
        return [], []
    value = match["names"].strip()
    if match["editor"]:
        return [], people(value)
    if metadata.DISPATCH_WORDS.search(value) and not match["role"]:
        return [], []
    if not match["role"] and _UNIT.match(value):
        return [value], []
    found = people(value)
    return (found if match["role"] or all(len(n) <= 4 for n in found) else []), []


def credit_line(cell: str) -> tuple[list[str], list[str]]:
    """（王小明）, (文/图 王小明 张伟), （编辑 王五） on a line of its own: the closing credit,
    which a dump may print under the last paragraph (writers, editors)."""
    return closing_credit(cell) if cell.startswith(("（", "(")) else ([], [])


def contributors(text: str) -> list[str]:
    """实习生张三对此文亦有贡献 → [张三]; 本文作者张三，系某某大学教授 → [张三]."""
    match = _CONTRIBUTOR.search(text)
    if match:
        return people(match["names"])
    note = _writer_note(text)
    return [note["name"]] if note and note["name"] else []


def is_writer_note(text: str) -> bool:
    """（本文作者张三，系某某大学教授）, 作者系某某研究院研究员。: who wrote the text and what
    they do, a note under it."""
    return _writer_note(text) is not None


def _writer_note(text: str) -> re.Match[str] | None:
    return _WRITER_NOTE.match(text) if len(text) <= _NOTE_MOST else None


def source_statement(text: str) -> str | None:
    """The outlet of a statement such as 本文为某网授权发布 or 综合整理自某网."""
    match = _STATEMENT.search(text)
    if not match or (match["a"] or "").endswith(_ACCOUNT_HOLDERS):
        return None  # 本文为某某号作者原创: a writer on a platform, no outlet
    return metadata.clean_source(match["a"] or match["b"])


def is_source_note(text: str) -> bool:
    """※ 本文转载自某报，版权归原作者所有。: a short note that opens with where the text is
    from — a credit under the text, not its last paragraph."""
    opening = text.lstrip(_NOTE_MARKS)
    match = _STATEMENT.search(opening) if len(opening) <= _NOTE_MOST else None
    return bool(match and match.start() <= len("本文") and source_statement(opening))


def badge_line(text: str) -> tuple[str | None, list[str]]:
    """原创 作者 账号 → (账号, [作者]); 原创 账号 → (账号, [])."""
    if not _ORIGINAL_BADGE.match(text):
        return None, []
    rest = _ORIGINAL_BADGE.sub("", text)
    found = find_date(rest)
    if found:
        rest = _ON_THE_DATE.sub("", rest[: found[1]])
    words = rest.split()
    if len(words) == 2 and _NAME_TOKEN.match(words[0]) and _ACCOUNT.match(words[1]):
        return words[1], [words[0]]
    if len(words) == 1:
        return words[0], []
    return None, []


# 澎湃新闻记者 张三, 某某日报特约评论员 张三: the outlet the role is held at. A paper's own
# reporter (本报记者) names none.
_OUTLET_OF_A_ROLE = re.compile(
    r"(?P<outlet>《[^《》]{1,16}》|[\u4e00-\u9fff]{2,12}?)(?:首席|特约|见习|实习|驻\S{1,4})?"
    r"(?:记者|评论员)"
)


def byline_outlet(text: str) -> str | None:
    """The outlet a byline names for its writers: 澎湃新闻记者 张三 → 澎湃新闻, 文｜财新 张三 →
    财新; None when it names none."""
    role = _OUTLET_OF_A_ROLE.search(text)
    if role:
        outlet = role["outlet"]
        wanted = OUTLET.match(outlet) and not outlet.startswith("本")
        return metadata.clean_source(outlet.strip("《》")) if wanted else None
    byline = metadata.byline_value(text)
    return metadata.outlet_before_names(byline) if byline else None


# 《某某日报》（2021年07月15日 第 04 版）: the print edition a story ran in, printed under it on
# a paper's site — a credit and a date, not a dateline still to come.
_PRINT_EDITION = re.compile(
    r"^[（(]?\s*《\s*(?P<outlet>[^《》]{2,20}?)\s*》\s*[（(](?P<when>[^（()）]{6,30}?)"
    r"\s*第?\s*[0-9０-９]{1,3}\s*版\s*[）)]\s*[）)]?$"
)


def print_edition(text: str) -> tuple[str, str] | None:
    """《某某日报》（2021年07月15日 第 04 版） → (某某日报, 2021-07-15); None for other lines."""
    match = _PRINT_EDITION.match(text.strip()) if "版" in text else None
    found = find_date(match["when"]) if match else None
    return (match["outlet"], found[0]) if match and found else None


def writer_outlet(text: str) -> tuple[str | None, list[str]]:
    """张三/某某报 → (某某报, [张三])."""
    match = _WRITER_OUTLET.match(text.strip())
    if not match or not OUTLET.match(match["outlet"]) or metadata.is_label(match["name"]):
        return None, []
    return match["outlet"], [match["name"]]
