"""dates: find a calendar date written the ways Chinese pages write it, as ISO 8601."""

from __future__ import annotations

import datetime
import re

# 2020-01-13, 2020/1/13, 2020.01.13, 2020年1月13日, ２０２０年１月１３日 (spaces allowed around
# the parts, as w3m leaves them; \d and int() take full-width digits). The lookarounds keep it
# from biting into longer digit runs (ids, phone numbers).
# A clock time glued to the day (2019-09-3007:42, as w3m prints two adjacent fields) still
# ends the day.
_DAY_END = r"(?:(?!\d)|(?=\d{1,2}:\d\d))"
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20|１９|２０)\d\d)\s*(?P<sep>[-/.年－／．])\s*(?P<m>\d{1,2})\s*"
    r"(?:(?P=sep)|月)\s*"
    rf"(?P<d>\d{{1,2}}?){_DAY_END}\s*日?"
)
# 18-03-08 with a two-digit year: a date only where a label says so (发布时间：18-03-08).
_SHORT_YEAR = re.compile(
    rf"^\s*(?P<y>\d\d)(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}}?){_DAY_END}"
)
# Jul 15, 2021, July 15th 2021, 15 July 2021, 15-Jul-2021: an English dateline.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_ENGLISH = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}){_ORDINAL},?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}}){_ORDINAL}[\s-]+(?P<m2>{_MONTH})[\s,-]+(?P<y2>(?:19|20)\d\d))(?!\d)",
    re.IGNORECASE,
)
# A year, which a numeric date and an English one both hold: most lines have none, and are let
# go after one quick scan (_NUMERIC, opening with a look-behind, is tried at every character).
_FOUR_DIGITS = re.compile(r"\d\d\d\d")
_HAN_DIGIT = "〇零一二三四五六七八九"
_HAN_NUMBER = f"[{_HAN_DIGIT}十]"
# 二〇二〇年一月十三日
_HAN = re.compile(
    rf"(?P<y>[{_HAN_DIGIT}]{{4}})年(?P<m>{_HAN_NUMBER}{{1,2}})月(?P<d>{_HAN_NUMBER}{{1,3}})[日号]"
)
# A clock time that often follows a date: 09:20, 04:29:44.
TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
# 星期四, 周四, 礼拜天: the weekday a dateline prints after the date, as a word of its own.
WEEKDAY = re.compile(r"(?<![\u4e00-\u9fff])(?:星期|礼拜|周)[一二三四五六日天](?![\u4e00-\u9fff])")
# 2019 / 09/07: a date some page headers stack a part per line, the year above the month and
# day (and the clock time below).
_YEAR_ALONE = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)\s*年?\s*$")
_MONTH_DAY = re.compile(
    r"^\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?(?:\s*\d{1,2}:\d\d(?::\d\d)?)?\s*$"
)


_DIGIT_VALUE = {c: max(i - 1, 0) for i, c in enumerate(_HAN_DIGIT)}  # 〇 and 零 are both 0


def _han_value(text: str) -> int:
    """一 → 1, 十三 → 13, 二十 → 20, 二〇二〇 → 2020 (digit by digit)."""
    if "十" not in text:
        return int("".join(str(_DIGIT_VALUE[c]) for c in text))
    tens, _, units = text.partition("十")
    value = (_DIGIT_VALUE[tens] if tens else 1) * 10
    return value + (_DIGIT_VALUE[units] if units else 0)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first valid date in `text`: (ISO date, start, end) or None."""
    found: list[tuple[int, int, str]] = []
    has_year = _FOUR_DIGITS.search(text) is not None
    for match in _NUMERIC.finditer(text) if has_year else ():
        iso = _iso(int(match["y"]), int(match["m"]), int(match["d"]))
        if iso:
            found.append((match.start(), match.end(), iso))
            break
    if "年" in text:
        for match in _HAN.finditer(text):
            try:
                iso = _iso(_han_value(match["y"]), _han_value(match["m"]), _han_value(match["d"]))
            except (KeyError, ValueError):  # 十十, 三十十: not a number
                iso = None
            if iso:
                found.append((match.start(), match.end(), iso))
                break
    if not found and has_year:
        for match in _ENGLISH.finditer(text):
            month = _MONTHS.index(match["m1" if match["m1"] else "m2"][:3].lower()) + 1
            day, year = (match["d1"], match["y1"]) if match["m1"] else (match["d2"], match["y2"])
            iso = _iso(int(year), month, int(day))
            if iso:
                found.append((match.start(), match.end(), iso))
                break
    if not found:
        return None
    start, end, iso = min(found)
    return iso, start, end


def stacked_date(year_line: str, next_line: str) -> str | None:
    """The date of a year printed alone on a line with its month and day on the next one."""
    year = _YEAR_ALONE.match(year_line)
    day = _MONTH_DAY.match(next_line) if year else None
    return _iso(int(year["y"]), int(day["m"]), int(day["d"])) if year and day else None


_DATE_DRESSING = re.compile(r"[\s（）()\[\]【】,，.。]+")


def date_alone(text: str) -> str | None:
    """The date of a line that holds a date and nothing else (（2021年7月15日）, 2021-07-15
    09:30): how a notice or a letter signs off under its text."""
    found = find_date(text)
    if not found:
        return None
    rest = TIME.sub("", text[: found[1]] + text[found[2] :])
    return found[0] if not _DATE_DRESSING.sub("", rest) else None


def labelled_date(value: str) -> str | None:
    """The date a date label's value starts with, a two-digit year allowed (18-03-08)."""
    found = find_date(value)
    if found:
        return found[0]
    short = _SHORT_YEAR.match(value)
    return _iso(2000 + int(short["y"]), int(short["m"]), int(short["d"])) if short else None


def iso_date(text: str) -> str | None:
    """The first valid date in `text` as YYYY-MM-DD, or None."""
    found = find_date(text)
    return found[0] if found else None
