"""The JSON shapes: what a script reading `tui summary --json` relies on."""

from __future__ import annotations

from tui.analyse import analyse
from tui.cli.export import summary_json
from tui.model import Annotations, Entity, Quote
from tui.parse import parse

TEXT = (
    "广州恒运企业集团股份有限公司与多家企业合作。\n\n"
    "“我们会继续投资。”恒运集团表示。\n\n"
    "“还有一句。”无名氏说。\n"
)


def test_a_speaker_named_by_alias_is_given_by_full_name_and_every_field_is_there() -> None:
    document = parse(TEXT, name="t.txt")
    full, alias = "广州恒运企业集团股份有限公司", "恒运集团"
    p0, p1 = document.paragraphs[0], document.paragraphs[1]
    entities = (
        Entity("org", 0, len(full), full, p0.index),
        Entity("org", p1.text.index(alias), p1.text.index(alias) + 4, alias, p1.index, full),
    )
    quote = Quote("我们会继续投资。", alias, p1.index, 0, 10)
    annotations = Annotations(entities, (quote,))
    obj = summary_json(document, analyse(document, annotations))
    assert obj["quotes"] == [{"speaker": full, "text": "我们会继续投资。", "section": 0}]
    assert obj["entities"]["org"][0]["text"] == full
    assert obj["entities"]["org"][0]["count"] == 2
    assert obj["entities"]["person"] == [] and obj["url"] is None and obj["authors"] == []
