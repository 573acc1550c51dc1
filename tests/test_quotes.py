"""Speech quotes and their speakers, on the seed and on small made-up paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.annotate import annotate
from tui.annotate.quotes import is_speech
from tui.model import Document, Metadata, Paragraph, Section
from tui.parse import parse

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))


def document(*texts: str) -> Document:
    paragraphs = tuple(Paragraph(i, 0, t, i + 1, i + 1) for i, t in enumerate(texts))
    return Document(
        "t",
        texts,
        tuple("body" for _ in texts),
        Metadata(),
        (Section(0, None, None, None, None, paragraphs),),
    )


@pytest.fixture(scope="module")
def seed_quotes():
    return annotate(parse(SEED.read_text(encoding="utf-8"), name="seed")).quotes


# The first words of each speech quote in the seed and who said it, as a reader sees it.
SEED_SPEAKERS = [
    ("广深双核之间", "陈鸿宇"),
    ("关键在于两座城市", "陈鸿宇"),
    ("广深有着良好互动", "陈鸿宇"),
    ("广东自贸区设立不久", "王锦侠"),
    ("2019年底", "党岱"),
    ("我们在氢能", "党岱"),
    ("广州和深圳双方互为市场", "何国勇"),
    ("针对一些产业重大变革", "王锦侠"),
    ("国家超级计算深圳中心与陈俊龙", "冯圣中"),
    ("2019年以来和广州高校", "冯圣中"),
    ("世界上的超算中心", "冯圣中"),
    ("借助清华大学平台", "嵇世山"),
    ("深圳土地资源紧张", "嵇世山"),
    ("现阶段来说", "嵇世山"),
    ("多核多圈", "陈鸿宇"),
    ("比如", "陈鸿宇"),
    ("2018年6月广州市半导体协会", "潘雪花"),
    ("目前", "潘雪花"),
]


def test_every_seed_speech_has_its_speaker(seed_quotes):
    got = [(q.text, q.speaker) for q in seed_quotes]
    assert len(got) == len(SEED_SPEAKERS)
    for (text, speaker), (start, expected) in zip(got, SEED_SPEAKERS, strict=True):
        assert text.startswith(start)
        assert speaker == expected, text


def test_quoted_terms_are_not_speech(seed_quotes):
    texts = {q.text for q in seed_quotes}
    for term in ("老城市", "新城市", "深度学习", "双核联动、双轮驱动", "宽度学习系统", "思想解放"):
        assert term not in texts
        assert not is_speech(term)


def test_quote_offsets_cover_the_marks():
    text = "张建国说：“今年的产量比去年增加了一倍，我们很满意。”"
    (quote,) = annotate(document(text)).quotes
    assert text[quote.start] == "“" and text[quote.end - 1] == "”"
    assert quote.text == text[quote.start + 1 : quote.end - 1]
    assert quote.speaker == "张建国"


def test_speaker_after_the_quote():
    text = "“我们将继续扩大开放，欢迎更多企业来投资。”市长李明华说。"
    (quote,) = annotate(document(text)).quotes
    assert quote.speaker == "李明华"


def test_pronoun_resolves_to_the_last_named_person():
    first = "记者采访了工程师赵子龙。"
    second = "“这个项目明年就能完工，大家都很期待。”他说。"
    (quote,) = annotate(document(first, second)).quotes
    assert quote.speaker == "赵子龙"


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # a sentence opening with 她 after one that names one person is about that person,
        # not about the one who spoke last in the paragraph before
        (
            (
                "“我们会继续争取支持。”王小明说。",
                "学校今年新来的老师中，有一位是来自四川的刘思雨。她告诉记者：“刚来时也犹豫过。”",
            ),
            ["王小明", "刘思雨"],
        ),
        # a description of the one just named (这位…说) speaks for them …
        (
            (
                "清晨六点，何平已经站在了教室门口。“孩子们来得早，我得更早。”这位38岁的乡村教师笑着说。",
            ),
            ["何平"],
        ),
        (("何平在实验室工作了十年。“失败是常事。”这位来自清华大学的研究员说。",), ["何平"]),
        # … not when the sentence before names two
        (("王小明和张伟一起走进教室。“今天考试。”这位老师说。",), [None]),
        # someone of a named person speaks, not that person: the one named after, or no one
        (("王小明的妻子陈蕾说：“改造期间虽然有些不便，但大家都理解。”",), ["陈蕾"]),
        (("王小明的律师表示：“我们将提起上诉，相信法院会公正判决。”",), [None]),
        # a beat that cuts a quote in two names who says both halves, whatever the exchange
        # before it; a gesture right after a quote names who says it (no speech verb)
        (
            (
                "“我们会继续加大扶持力度。”副局长何平说。",
                "“你们年轻人不懂。”老顾客张伟摇摇头，“这个味道，别处找不到。”",
            ),
            ["何平", "张伟", "张伟"],
        ),
        (
            ("“好吧，那就这样。”张伟说。", "“这不是钱的问题。”王小明摆了摆手，转身走了。"),
            ["张伟", "王小明"],
        ),
        # a quote that goes on from a sentence about one person after a comma is theirs; not
        # where the sentence names their kin (the grandmother speaks)
        (("第二天，王小明心里打起了退堂鼓，“路太远了，我不想去了。”",), ["王小明"]),
        (("李明奶奶向记者称，李明妈妈带着他出门了，“别问了别问了，事情已经过去了”。",), [None]),
        # a quote standing alone after narration about someone, in which someone speaks of
        # themselves, is theirs; a saying the narration quotes is no one's
        (("王小明犹豫了。", "“我该怎么跟家里人说呢？”"), ["王小明"]),
        (("王小明见了大怒。", "“仇人见面，分外眼明！”"), [None]),
        # a story's exchange: a beat before a quote (narration about one person, then the
        # quote opening the next sentence) names its speaker, and a short line of dialogue,
        # a paragraph by itself, is speech that takes its turn
        (
            (
                "陈默低下头，搅了搅杯里的咖啡。“这几年，发生了很多事。”",
                "“我妈去年走了。”过了很久，陈默才说。",
                "“对不起，我不知道……”",
            ),
            ["陈默", "陈默", None],
        ),
        (
            (
                "“是啊，有五年了吧？”林晓雨笑了笑。",
                "“我妈去年走了。”过了很久，陈默才说。",
                "“对不起，我不知道……”",
            ),
            ["林晓雨", "陈默", "林晓雨"],
        ),
        # … and one who starts to speak says it, however short (开了口)
        (("“好久不见。”陈默先开了口。", "“是啊，有五年了吧？”林晓雨笑了笑。"), ["陈默", "林晓雨"]),
        # … not when the last sentence before the quote is about someone else
        (
            ("王先生坐车回了城。他的母亲仍在门口等着。“没什么打算，就想在这儿等他回来。”",),
            [None],
        ),
        # a saying, "some" of a kind are someone unnamed, not the last speaker
        (
            ("“我们对销量很有信心。”王小明说。", "俗话说：“远亲不如近邻，近邻不如对门。”"),
            ["王小明", None],
        ),
        (
            ("“我们对销量很有信心。”王小明说。", "有网友评论：“这才是真正的为民办实事。”"),
            ["王小明", None],
        ),
        # firms counted (多家) are someone unnamed, not the last speaker
        (
            (
                "“我们对销量很有信心。”王小明说。",
                "记者注意到，多家车企在官方微博上表示：“坚决反对恶性竞争。”",
            ),
            ["王小明", None],
        ),
    ],
)
def test_who_speaks_in_news_paragraphs(paragraphs, speakers):
    assert [q.speaker for q in annotate(document(*paragraphs)).quotes] == speakers


def test_corner_brackets_and_unknown_speaker():
    text = "墙上写着「只要功夫深，铁杵也能磨成针，这是老话。」"
    (quote,) = annotate(document(text)).quotes
    assert quote.text.startswith("只要功夫深")
    assert quote.speaker is None


def test_view_of_a_person_carries_the_paragraph():
    text = "在刘志强看来，合作的关键在于开放。“两地要互相学习，取长补短，才能共同发展。”"
    (quote,) = annotate(document(text)).quotes
    assert quote.speaker == "刘志强"


def test_person_named_after_the_quote_then_pronoun_view():
    text = (
        "“我们互为市场，可以在很多方面合作下去。”"
        "研究所主任孙立平长期研究城市发展，在他看来，两地应当联手。"
    )
    (quote,) = annotate(document(text)).quotes
    assert quote.speaker == "孙立平"


def test_bare_surname_resolves_to_the_full_name():
    first = "公司董事长周建华介绍了今年的计划。"
    second = "“今年我们要把产能翻一番，明年再开两条生产线。”周总说。"
    (quote,) = annotate(document(first, second)).quotes
    assert quote.speaker == "周建华"


def test_quote_text_with_markup_is_kept_as_data():
    text = "王明亮说：“[bold]这不是标记[/bold]，\x1b[31m也不是颜色，只是文字而已。”"
    (quote,) = annotate(document(text)).quotes
    assert "[bold]" in quote.text and "\x1b[31m" in quote.text
    assert quote.speaker == "王明亮"


def test_a_quote_over_several_paragraphs_keeps_its_speaker():
    first = "厂长马国强说：“今年的订单比去年多了三成，工人们每天都在加班。"
    second = "“明年我们还要再建一条生产线，把产能再提高一倍。”"
    quotes = annotate(document(first, second)).quotes
    assert [q.speaker for q in quotes] == ["马国强", "马国强"]
    assert quotes[0].end == len(first)  # left open: it goes on in the next paragraph
    assert quotes[1].text.startswith("明年")


def test_an_open_quote_does_not_carry_past_a_paragraph_without_one():
    first = "厂长马国强说：“今年的订单比去年多了三成，工人们每天都在加班。"
    middle = "记者在车间里看到，工人们正在忙碌。"
    last = "“这里的设备都是新的，效率很高，大家干劲十足。”"
    quotes = annotate(document(first, middle, last)).quotes
    assert quotes[-1].speaker is None


def test_someone_unnamed_is_not_given_a_name():
    text = (
        "演出结束时，江城师范学院一位女生激动地说：“他们守信践诺的精神让我们感动，值得我们学习。”"
        "一位机关干部表示：“做一件好事容易，但能坚持不懈地做好事却很难。”"
        "江城师范学院的一名学生说：“这场演出让我们很受鼓舞。”"
        "江城师范学院负责人表示：“学校将继续支持这项活动，欢迎更多同学参加。”"
    )
    annotations = annotate(document(text))
    # The college is named, and is where the speakers come from, not one of them.
    assert "江城师范学院" in {e.text for e in annotations.entities if e.kind == "org"}
    assert [q.speaker for q in annotations.quotes] == [None, None, None, None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("外交部表示：“中方愿同各方一道，继续为地区和平稳定发挥建设性作用。”", "外交部"),
        ("江城师范学院表示：“学校将继续支持这项活动，欢迎更多同学参加。”", "江城师范学院"),
    ],
)
def test_an_organisation_speaks_through_its_verb(text: str, speaker: str):
    (quote,) = annotate(document(text)).quotes
    assert quote.speaker == speaker


# --- the novel: three chapters read by hand (tests/data/shuihuzhuan_quotes.json) ---

SHARED = next(
    (p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()), None
)
NOVEL = SHARED / "corpus-large" / "shuihuzhuan.txt" if SHARED else None
GOLD = ROOT / "tests" / "data" / "shuihuzhuan_quotes.json"


@pytest.fixture(scope="module")
def novel():
    if NOVEL is None or not NOVEL.is_file():
        pytest.skip("shared/corpus-large/shuihuzhuan.txt absent")
    from tui.load import read_path

    document = parse(read_path(NOVEL).text, name=str(NOVEL))
    return document, annotate(document)


def _given_speakers(document, annotations):
    full_name = {e.text: e.name for e in annotations.entities if e.canonical}
    return {
        (document.paragraphs[q.paragraph].line, q.text[:10]): (
            full_name.get(q.speaker, q.speaker) if q.speaker else None
        )
        for q in annotations.quotes
    }


def test_nine_in_ten_quotes_of_three_chapters_go_to_their_speaker(novel):
    import json

    gold = json.loads(GOLD.read_text(encoding="utf-8"))["quotes"]
    given = _given_speakers(*novel)
    speech = [row for row in gold if row["kind"] == "speech"]
    right = [
        row
        for row in speech
        if (row["line"], row["opens"]) in given
        and given[row["line"], row["opens"]] in {row["speaker"], *row.get("also", ())}
    ]
    assert len(right) >= 0.9 * len(speech), f"{len(right)}/{len(speech)}"


def test_terms_in_quotation_marks_of_the_novel_are_no_quotes(novel):
    import json

    gold = json.loads(GOLD.read_text(encoding="utf-8"))["quotes"]
    given = _given_speakers(*novel)
    terms = [row for row in gold if row["kind"] == "term"]
    assert terms and not [row for row in terms if (row["line"], row["opens"]) in given]


def test_the_novels_top_people_are_people(novel):
    from collections import Counter

    from tui.analyse import analyse

    document, annotations = novel
    top = [p.name for p in analyse(document, annotations).entities["person"][:20]]
    for not_a_person in ("梁山泊", "庄客", "那汉", "哥哥", "兄弟", "施礼", "智深"):
        assert not_a_person not in top  # 智深 is counted as 鲁智深
    assert {"宋江", "李逵", "武松", "林冲", "吴用", "鲁智深"} <= set(top)
    speakers = {q.speaker for q in annotations.quotes}
    assert not {"那汉", "那人", "施礼"} & speakers
    orgs = {e.text for e in annotations.entities if e.kind == "org"}
    assert "武大" not in orgs  # 武大 is 武大郎, no university
    places = Counter(e.text for e in annotations.entities if e.kind == "place")
    assert places["中"] <= 5  # 日中 is midday, 中军 the central army: not China


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("王建国看着李小红道：“你且坐下，听我慢慢说。”", "王建国"),  # not the one looked at
        ("戴宗对宋江笑道：“兄长，这个便是李大哥。”", "戴宗"),
        ("李明向王芳说：“明天我们一起去看看那个工地吧。”", "李明"),
        ("那汉道：“小人是远乡客人，来这里投奔一个人。”", None),  # someone unnamed
        ("两个公人道：“好个莽和尚！一下打折了一株树！”", None),
        # the unnamed someone the text then names (这人乃是…), not the one pointed at
        ("这人乃是王建国，手提铜链，指着李小红，叫道：“且住！”", "王建国"),
    ],
)
def test_the_speaker_is_the_subject_of_the_speech_verb(text, speaker):
    (quote,) = annotate(document(text)).quotes
    assert quote.speaker == speaker


def test_short_words_after_a_speech_verb_are_speech():
    (quote,) = annotate(document("梁中书道：“言之极当。”")).quotes
    assert quote.text == "言之极当。"


def test_short_words_before_their_speaker_and_verb_are_speech():
    # a sentence its speaker cuts in two: both halves are his
    text = "“这不是第一次了，”张伟无奈地说，“上个月也发生过类似的事情。”"
    quotes = annotate(document(text)).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("这不是第一次了，", "张伟"),
        ("上个月也发生过类似的事情。", "张伟"),
    ]
    # … also where the verb has the one spoken to after it
    text = "“我觉得很满意，”市民陈小芳告诉记者，“价格也实惠。”"
    quotes = annotate(document(text)).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("我觉得很满意，", "陈小芳"),
        ("价格也实惠。", "陈小芳"),
    ]
    # a short answer, then the one who gives it
    (quote,) = annotate(document("“下周吧。”李小红回答。")).quotes
    assert (quote.text, quote.speaker) == ("下周吧。", "李小红")
    # … not a term, whose verb is inside the clause after it, nor one before another's quote
    assert annotate(document("原来强人“下拜，”不说此二字，只唤作别的。")).quotes == ()
    quotes = annotate(document("杜兴道；“正是他。”石秀道：“原来在这里。”")).quotes
    assert "石秀" not in {q.speaker for q in quotes if q.text == "正是他。"}


def test_familiar_names_speak():
    # 小李说 is 小/a 李说/nrfg to jieba, 老张 a noun; 老周 speaks after telling how
    text = "快递员小李说：“今天很忙。”老张说：“我知道了。”"
    quotes = annotate(document(text)).quotes
    assert [q.speaker for q in quotes] == ["小李", "老张"]
    text = "“你们放心，”老周拍着胸脯说，“这事包在我身上。”"
    assert [q.speaker for q in annotate(document(text)).quotes] == ["老周", "老周"]


def test_a_quote_said_by_someone_unnamed_goes_to_no_one_else():
    # the clause after the first quote gives its speaker, whom no name gives; the second is
    # the named child's, by a familiar name jieba guessed (小明)
    text = "“你怎么来了？”妈妈惊讶地问。“我想你了。”小明回答。"
    quotes = annotate(document(text)).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("你怎么来了？", None),
        ("我想你了。", "小明"),
    ]


def test_a_name_given_in_quotation_marks_is_no_quote():
    text = "满县人都称他做“美髯公”；原是本处富户，只因他仗义疏财，结识江湖上好汉。"
    assert annotate(document(text)).quotes == ()


def test_a_slogan_is_no_quote():
    text = "会议提出要坚持“绿水青山就是金山银山”的理念，推进生态文明建设。"
    assert annotate(document(text)).quotes == ()


def test_an_exchange_without_verbs_follows_its_turns():
    texts = (
        "张建国问李小红：“你今天怎么回来得这么早，厂里放假了吗？”",
        "李小红答道：“没有放假，是我请了半天假，回来看看您老人家。”",
        "“请假扣不扣工资？你们厂里的规矩可严得很呢。”",
        "“不扣，这个月我加过两天班，正好抵上。”",
    )
    speakers = [q.speaker for q in annotate(document(*texts)).quotes]
    assert speakers == ["张建国", "李小红", "张建国", "李小红"]


def test_a_nickname_in_quotation_marks_is_no_quote():
    text = "他们组成了一个“跨国议会对华政策联盟”，号称“八国联盟”，到处发表言论。"
    assert [q.text for q in annotate(document(text)).quotes] == []
