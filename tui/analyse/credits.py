"""Credits: the reporters, photographers and writers a page names in its body — （记者王小明）,
通讯员张伟摄, (文/图李华), (王芳) closing a paragraph — and the outlet of a dateline or a photo
credit (新华社北京5月9日电, 某某网10月4日讯, 某某社记者张伟摄). They are names, and
marked as such, but no one the story is about: a page's lists leave out those named only there.
"""

from __future__ import annotations

import re

from tui.parse.metadata import DISPATCH_WORDS

# Who the credited did: reported, wrote, took the picture (本报记者, 全媒体图片记者, 文/图).
_ROLE = r"(?:记者|通讯员|评论员|实习生|摄影师?|摄影队|文/图|文／图|图/文|图／文|供图|撰文)"
# In brackets (（记者王小明整合）, (文/图李华王芳), （评论员李华王小明）): the names may run
# together; the bracket closes the credit.
_BRACKET_BEFORE = re.compile(rf"[（(]\s*{_ROLE}[：:\s]*[\u4e00-\u9fff]{{0,4}}$")
# (what a byline's names are followed by, as the parser reads bylines: 整合, 报道, 摄 …)
_BRACKET_AFTER = re.compile(rf"[\u4e00-\u9fff、，\s]{{0,6}}?(?:{DISPATCH_WORDS.pattern})?\s*[）)]")
# In a caption or a byline (通讯员张伟摄, 记者李华、王芳摄, 记者王小明图, 记者张三报道): names
# apart by a mark, then the picture's or the report's word.
_CAPTION_BEFORE = re.compile(rf"{_ROLE}[：:\s]*(?:[\u4e00-\u9fff]{{2,4}}[、，,\s]+)?$")
_CAPTION_AFTER = re.compile(
    r"(?:[、，,\s]+[\u4e00-\u9fff]{2,4})?\s*(?:摄|图|报道)(?![\u4e00-\u9fff])"
    r"|[\u4e00-\u9fff]?(?:摄|图)\s*$"
)
# A name alone in brackets closing a paragraph (王芳), or after a dateline (某某报讯（王小明）).
_ALONE_AT_END = re.compile(r"\s*[）)]\s*$")
_DATELINE = re.compile(r"[讯电]\s*[（(]$")
_WINDOW = 12  # characters read before a mention


# An outlet's dateline opening a paragraph (新华社北京5月9日电, 某某网10月4日讯, 某某报讯,
# 某某网-某某客户端讯) …
_DATELINE_AFTER = re.compile(
    r"(?:[-－·]\s*[\u4e00-\u9fff]{2,8})?"  # its app or channel (某某网-某某客户端)
    r"(?:(?:[\u4e00-\u9fff]{2,4})?\d{1,2}月\d{1,2}日)?\s*(?:电|讯|快讯)"  # place and date
)
_DATELINE_OPENS = 3  # characters before it (a mark, a space)
# … or its reporter's photo credit (新华社记者张伟摄, 某某日报全媒体图片记者李华、王芳摄).
_OUTLET_CREDIT_AFTER = re.compile(
    rf"(?:全媒体)?(?:图片)?(?:特约)?{_ROLE}[\u4e00-\u9fff、，\s]{{2,12}}?(?:摄|图)(?![\u4e00-\u9fff])"
)


def is_credit(text: str, start: int, end: int, kind: str = "person") -> bool:
    """Whether the name at text[start:end] (a paragraph's) is one a credit gives."""
    if kind == "org":
        return bool(
            start <= _DATELINE_OPENS
            and _DATELINE_AFTER.match(text, end)
            or _OUTLET_CREDIT_AFTER.match(text, end)
        )
    before = text[max(0, start - _WINDOW) : start]
    if before.endswith(("（", "(")) and (
        _ALONE_AT_END.match(text, end) or _DATELINE.search(before)
    ):
        return True
    if _BRACKET_BEFORE.search(before) and _BRACKET_AFTER.match(text, end):
        return True
    return bool(_CAPTION_BEFORE.search(before) and _CAPTION_AFTER.match(text, end))
