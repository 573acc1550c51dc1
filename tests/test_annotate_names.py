"""Names by general rules on sentences written for these tests (not taken from any gold set):
organisations by their structure, clubs in match reports."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.annotate import annotate_text
from tui.annotate.organisations import clubs_in_match_reports


def marked(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.kind) for e in annotate_text(text) if e.kind in ("person", "place", "org")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a team whose name opens with a place is whole; the verb before it is the sentence's
        (
            "昨天在巴塞罗那战胜荷兰队后，球员们回到了酒店。",
            {("巴塞罗那", "place"), ("荷兰队", "org")},
        ),
        # a ministry by its head's title, after a place and the ministry's field
        ("总理会见了来访的挪威渔业部长。", {("挪威渔业部", "org")}),
        # a commission's 委 jieba left alone (发展 改革 委/zg) ends its name after a place
        ("省发展改革委发布通知。", {("省发展改革委", "org")}),
        # a country's party jieba holds as one word (英国工党/nt) is the party, not the country
        ("英国工党赢得了大选。", {("英国工党", "org")}),
        # a division's office for a field, which jieba reads as the verb 办 (金融 办/v), not
        # applying for something at a bank (在中国银行办卡)
        ("在湖南省金融办的指导下完成。", {("湖南省金融办", "org")}),
        ("他在中国银行办了一张卡。", {("中国银行", "org")}),
        # a bureau named by a common word (安全 + 局), not 安 + 全局 (the whole situation)
        ("美国国土安全局发布了警告。", {("美国国土安全局", "org")}),
        # a cooperative named as a company is, and a village's party branch; not a kind of
        # cooperative
        ("该县成立了绿源蔬菜种植专业合作社。", {("绿源蔬菜种植专业合作社", "org")}),
        ("当地成立了农民专业合作社。", set()),
        ("勐根村党总支书记王小明介绍了情况。", {("勐根村党总支", "org"), ("王小明", "person")}),
        # a state's group, named by its trade alone; a national library as any library
        ("国家能源集团发布公告。", {("国家能源集团", "org")}),
        ("记者从国家铁路集团获悉。", {("国家铁路集团", "org")}),
        ("他在国家图书馆查阅资料。", {("国家图书馆", "org")}),
        # a provincial or a city's institution (省立, 市立: jieba cuts 河南省 立/v)
        ("孩子被送到河南省立眼科医院治疗。", {("河南省立眼科医院", "org")}),
        ("他在北京市立医院工作。", {("北京市立医院", "org")}),
        # an armed or political movement world news names often (哈马斯/nr to jieba)
        ("哈马斯发表声明，拒绝了这一提议。", {("哈马斯", "org")}),
        # jieba's one word for two bodies that issue a document together
        ("中共中央国务院印发了通知。", {("中共中央", "org"), ("国务院", "org")}),
        # a division's own body named by its kind (市政协/j, 市妇联/n), a people's
        # organisation every division has
        ("省政协副主席何平出席开幕式。", {("省政协", "org"), ("何平", "person")}),
        ("民盟省委主委何平出席开幕式。", {("民盟省委", "org"), ("何平", "person")}),
        ("国民党立委何小平质询时指出。", {("国民党", "org"), ("何小平", "person")}),
        ("活动由团市委、市妇联联合主办。", {("团市委", "org"), ("市妇联", "org")}),
        # a university's own hospital is one body with it, the hospital named after a place
        (
            "复旦大学附属华山医院感染科主任何平提醒。",
            {("复旦大学附属华山医院", "org"), ("何平", "person")},
        ),
        ("上海交通大学医学院附属瑞金医院", {("上海交通大学医学院附属瑞金医院", "org")}),
        # a quarter of the compass opens a name (南方/f); the head's title glued to the tail
        ("南方科技大学校长何平说，学校将扩招。", {("南方科技大学", "org"), ("何平", "person")}),
        ("西方国家的大学也开始关注这一问题。", set()),
        ("这个项目由北京市立项。", {("北京市", "place")}),
        # councils and societies end an organisation name as other tails do
        ("瑞典议会昨天通过了这项法案。", {("瑞典议会", "org")}),
        ("德国联邦议会昨天通过了法案。", {("德国联邦议会", "org")}),
        # a factory jieba leaves as a verb or as a character of its own
        ("他在苏州红星单板厂工作了十年。", {("苏州红星单板厂", "org")}),
        # a school by its number
        ("她在成都第七中学读书。", {("成都第七中学", "org")}),
        ("他在北京100中学读书", {("北京100中学", "org")}),
        # a body complete in itself is no tail of a name that runs over words to another
        ("据财政部消息财政部近日发布了数据。", {("财政部", "org")}),
        ("法新社援引国际文传电讯社的报道称。", {("法新社", "org"), ("国际文传电讯社", "org")}),
        # … a body's own unit after it still is (中共中央 宣传部)
        ("中共中央宣传部发出通知。", {("中共中央宣传部", "org")}),
        # … named by any word or two after the body (an idiom, a name, an adjective)
        (
            "中央电视台心连心艺术团在鞍钢演出。",
            {("中央电视台心连心艺术团", "org"), ("鞍钢", "org")},
        ),
        ("腾讯玄武安全实验室负责人表示。", {("腾讯玄武安全实验室", "org")}),
        (
            "他率中国共产党友好代表团访问古巴。",
            {("中国共产党友好代表团", "org"), ("古巴", "place")},
        ),
        # a country's one-character name before 军 is its armed forces, a body
        ("当晚美军宪兵赶到现场。", {("美军", "org")}),
        ("二战时德军占领了巴黎。", {("德军", "org"), ("巴黎", "place")}),
        # … not 中军, the centre of an army
        ("这支部队的中军大帐设在山下。", set()),
        # an institution jieba tagged as a place (故宫博物院/ns)
        ("故宫博物院推出了新的文创产品。", {("故宫博物院", "org")}),
        # a known body with the preposition jieba glued to it (对谷歌/n)
        ("欧盟委员会对谷歌处以罚款。", {("欧盟委员会", "org"), ("谷歌", "org")}),
    ],
)
def test_organisations_by_their_structure(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title of a body already named is no part of its name
        ("中联部部长会见了客人。", {("中联部", "org")}),
        ("财政部副部长出席了会议。", {("财政部", "org")}),
        # "a" or a rank before a phrase is no number in a name
        ("美国一民间组织发表声明。", {("美国", "place")}),
        ("日本第二信托银行", {("日本", "place")}),
        ("上海5家银行", {("上海", "place")}),
        # nor a count of levels (bodies at three levels), nor 处 of "at someone's"
        ("记者查阅了国家三级发改委网站。", {("发改委", "org")}),
        ("记者从交通部有关人士处获悉。", {("交通部", "org")}),
        # a verb of result or of having tells what a place or a body did or has: no verb of
        # a name (国家超级计算天津中心 is one)
        ("随后，大理州组成专门工作小组负责此事。", {("大理州", "place")}),
        ("目前杭州共有银行网点九百多个。", {("杭州", "place")}),
        ("国家超级计算天津中心对外开放。", {("国家超级计算天津中心", "org")}),
        # a party to a lawsuit is no part of the body's name, nor is a body left unnamed
        (
            "原告深圳市华强电子有限公司诉被告广州某公司。",
            {("深圳市华强电子有限公司", "org")},
        ),
        ("被告北京某科技有限公司未到庭。", {("北京", "place")}),
        # nor a set phrase that ends as a bureau does (僵局, a deadlock)
        ("知情人士说，谈判陷入僵局。", set()),
        # a company's parent or subsidiary is a relation, no part of a name
        ("谷歌母公司公布了财报。", {("谷歌", "org")}),
        # one attends or visits a body or its event: the verb is the clause's, not the name's
        ("证监会副主席方明海出席论坛。", {("证监会", "org"), ("方明海", "person")}),
        ("王小明出席中国发展高层论坛。", {("王小明", "person"), ("中国发展高层论坛", "org")}),
    ],
)
def test_what_is_not_an_organisation_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the short form a text gives in brackets after a body's full name is that body
        (
            "中国石油天然气集团有限公司（中国石油）发布年度报告。",
            {("中国石油天然气集团有限公司", "org"), ("中国石油", "org")},
        ),
        ("招商局集团（以下简称招商局）今日公告。", {("招商局集团", "org"), ("招商局", "org")}),
        ("伦敦金属交易所（LME）发布公告。", {("伦敦金属交易所", "org"), ("LME", "org")}),
        # … not a place, where it stands, nor a market's code
        ("渣打银行（中国）今日开业。", {("渣打银行", "org"), ("中国", "place")}),
        (
            "他在清华研究院（位于广州萝岗区）工作。",
            {("清华研究院", "org"), ("广州", "place"), ("萝岗区", "place")},
        ),
        ("华强精密（SZ）放量下跌。", {("华强精密", "org")}),
    ],
)
def test_a_short_form_in_brackets_is_the_body(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's group or country in brackets before its legal form is in its name
        ("渣打银行（中国）有限公司今日开业。", {("渣打银行（中国）有限公司", "org")}),
        (
            "中国平安保险（集团）股份有限公司发布公告。",
            {("中国平安保险（集团）股份有限公司", "org")},
        ),
        # … and a dairy by its name and trade, as a drug maker is (森隆药业)
        ("伊利集团与蒙牛乳业展开竞争。", {("伊利集团", "org"), ("蒙牛乳业", "org")}),
    ],
)
def test_a_companys_legal_name_is_whole(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 法 alone is a way or a law far more often than France …
        ("这是呼风唤雨之法。", set()),
        ("缓解眼部疲劳法有很多。", set()),
        # … which a verb of going, a title or 方 after it names
        ("他将在法转机。", {("法", "place")}),
        ("法外长表示反对。", {("法", "place")}),
        ("法方表示欢迎。", {("法", "place")}),
    ],
)
def test_a_lone_fa_is_a_way_unless_it_names_france(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 人 closing "that man" and 大 opening "greatly angry" are no congress …
        ("那人大怒，喝骂道：“你敢！”", set()),
        ("他这人，从不忘人大恩。", set()),
        # … where the congress is named so
        ("市人大对此高度重视。", {("市人大", "org")}),
        ("人大通过了今年的预算。", {("人大", "org")}),
    ],
)
def test_a_man_then_great_is_no_congress(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name ending with 厅 that no field of government opens is a hall, a place
        ("讲座在西南大学圆顶报告厅举行。", {("西南大学圆顶报告厅", "place")}),
        ("众头领都到聚义厅上坐下。", {("聚义厅", "place")}),
        # … and a government department stays a body
        ("广东省公安厅发布通知。", {("广东省公安厅", "org")}),
        ("国务院办公厅印发了文件。", {("国务院办公厅", "org")}),
        # … where jieba leaves 厅 alone after the department's field
        ("广东省生态环境厅发布通报。", {("广东省生态环境厅", "org")}),
        ("省自然资源厅近日公布名单。", {("省自然资源厅", "org")}),
    ],
)
def test_a_hall_is_a_place_and_a_department_a_body(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of group, building or power jieba's dictionary holds as an organisation
        ("他的德行很好。", set()),
        ("老北京的四合院很有特色。", {("北京", "place")}),
        ("美国是超级大国。", {("美国", "place")}),
        # … nor is a count of the leading ones before 品牌 or 公司
        ("这是国内三大品牌之一。", set()),
        ("十大公司年终奖揭秘。", set()),
        # … nor a kind of people who own one
        ("学校禁止中小学生手机进课堂。", set()),
        # … nor a club with no name before it, nor 有所 (somewhat), nor going west
        ("整个俱乐部何去何从难以预料。", set()),
        ("深圳楼市有所回暖。", {("深圳", "place")}),
        ("沿国道318西行，就到了拉萨。", {("拉萨", "place")}),
        # … nor an officer's rank after the service (校 ends schools' names too)
        ("新闻发言人何平空军大校表示。", {("何平", "person"), ("空军", "org")}),
    ],
)
def test_a_kind_of_group_or_building_is_no_organisation(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a maker whose name is an everyday verb is the verb where the text uses it so …
        ("这让我联想到童年。", set()),
        ("骏马在草原上奔驰。", set()),
        ("联想起往事，他很难过。", set()),
        # … and the maker where it stands as a noun: in a list, after 的, before a model or
        # its headquarters, or as a clause's subject
        ("销量仅次于奥迪、奔驰、宝马等三大品牌。", {("奔驰", "org")}),
        ("这是一辆近30年的奔驰。", {("奔驰", "org")}),
        ("他买了一台联想a720。", {("联想", "org")}),
        ("发布会在北京联想总部举行。", {("北京联想", "org")}),
        ("联想在全球市场排名第一。", {("联想", "org")}),
    ],
)
def test_a_maker_named_by_a_verb_is_the_maker_only_as_a_noun(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上轮联赛中，巴伦西亚客场战平塞维利亚。", {("巴伦西亚", "org"), ("塞维利亚", "org")}),
        ("本赛季那不勒斯主场击败了罗马。", {("那不勒斯", "org"), ("罗马", "org")}),
        (
            "意甲第10轮，热那亚主场迎战博洛尼亚。",
            {("意甲", "org"), ("热那亚", "org"), ("博洛尼亚", "org")},
        ),
        ("本赛季西汉姆联主场全胜。", {("西汉姆联", "org")}),
        ("俄罗斯vs阿塞拜疆", {("俄罗斯", "org"), ("阿塞拜疆", "org")}),
        # … a national side where it plays, or is played, or fields a player
        ("德国主战俄罗斯，亚盘半球盘有些偏浅。", {("德国", "org"), ("俄罗斯", "org")}),
        ("欧冠赛场上，只是爱尔兰前锋需要适应时间。", {("欧冠", "org"), ("爱尔兰", "org")}),
        ("上海申花队vs北京国安队", {("上海申花队", "org"), ("北京国安队", "org")}),
        # … its 队 and all where jieba left the 队 a word of its own (桑德兰/nr 队/n)
        (
            "利物浦队vs桑德兰队两队在英超联赛交战过多次。",
            {("利物浦队", "org"), ("桑德兰队", "org"), ("英超", "org")},
        ),
        # results and betting talk, or a listed club beside it, make the text a match report
        ("本场继续客战实力较差的桑德兰。", {("桑德兰", "org")}),
        ("火线解盘：曼联可信任，博尔顿难言乐观。", {("曼联", "org"), ("博尔顿", "org")}),
        ("曼联可信任，博尔顿难言乐观。", {("曼联", "org"), ("博尔顿", "org")}),
        # a town's club that jieba holds as one name, its suffix and all (赫尔城/nr)
        ("上轮联赛负于赫尔城之后，球队士气低落。", {("赫尔城", "org")}),
        # a score or a side's record is a match report of its own
        ("布莱克本对利物浦仅取得1胜7平6负。", {("利物浦", "org")}),
        ("赫尔城上轮3比0大胜。", {("赫尔城", "org")}),
        # a Chinese club by its city or province and its name, beside what a side does
        (
            "本轮比赛中，山东泰山主场2比1战胜上海申花。",
            {("山东泰山", "org"), ("上海申花", "org")},
        ),
        ("北京国安客场1比1战平上海海港。", {("北京国安", "org"), ("上海海港", "org")}),
        ("成都蓉城主场3比0击败武汉三镇。", {("成都蓉城", "org"), ("武汉三镇", "org")}),
        # … and a side by its name and 队
        ("湖人队主场以110比105击败勇士队。", {("湖人队", "org"), ("勇士队", "org")}),
        ("火箭队客场不敌太阳队。", {("火箭队", "org"), ("太阳队", "org")}),
        # … not the city and its fans, nor the whole side
        ("上海主场迎来了山东球迷。", {("上海", "place"), ("山东", "place")}),
        ("全队主场作战，士气高涨。", set()),
    ],
)
def test_cities_in_a_match_report_are_clubs(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no match words: a city is a city, countries are countries
        ("他去年去了塞维利亚旅游。", {("塞维利亚", "place")}),
        ("俄罗斯和阿塞拜疆签署了协议。", {("俄罗斯", "place"), ("阿塞拜疆", "place")}),
        # a Chinese city in a match report stays a place
        ("本赛季他们在广州的主场全胜。", {("广州", "place")}),
        # battles in any prose are fought 对阵 and 迎战: no match report
        ("两军在塞维利亚城外对阵。", {("塞维利亚", "place")}),
        # … and in a match report, a country a side comes from or one cheered for
        ("本赛季，这支波兰球队客场全胜。", {("波兰", "place")}),
        (
            "王小明以4比1战胜瑞典选手莫雷加德。",
            {("王小明", "person"), ("瑞典", "place"), ("莫雷加德", "person")},
        ),
        # a rate is no score
        ("伦敦汇市收盘时，美元的汇价从1比132·75升至1比134·07。", {("伦敦", "place")}),
    ],
)
def test_outside_a_match_report_places_stay_places(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # in a match report, a player, a coach or an owner is still a person
        ("本赛季切尔西主场不败，斯科拉里率队出征客场。", "斯科拉里"),
        ("意甲本轮，罗马主场迎来伤愈的后卫萨里吉。", "萨里吉"),
        ("纽卡主场告负，金尼尔表示球队会反弹。", "金尼尔"),
        # what only a person does, an adverb or two after the name
        ("本赛季热那亚主场全胜，卢卡雷利刚刚伤愈。", "卢卡雷利"),
        ("纽卡主场告负，官方证实斯帕莱蒂仍然将担任主帅。", "斯帕莱蒂"),
        # the side he plays for
        ("纽卡主场告负，斯帕莱蒂效力的球队排名第二。", "斯帕莱蒂"),
        # his points, his injury, his title before a name jieba cut
        ("湖人队主场以120比115击败凯尔特人队，詹姆斯拿下28分。", "詹姆斯"),
        ("曼城主帅瓜迪奥拉赛后表示，哈兰德的伤势并不严重。", "哈兰德"),
        ("曼城主帅瓜迪奥拉赛后表示，哈兰德的伤势并不严重。", "瓜迪奥拉"),
        # listed beside a Chinese player
        ("本赛季申花客场全胜，靠的是莫雷诺和于汉超的进球。", "莫雷诺"),
        # a country's player, beaten one against one
        ("王小明以4比1战胜瑞典选手莫雷加德，夺得冠军。", "莫雷加德"),
    ],
)
def test_people_in_a_match_report_stay_people(text, person):
    assert (person, "person") in marked(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a transliteration after a shirt's number is the player (穆勒/nz)
        ("比赛第9分钟，由7号穆勒头球首开纪录。", "穆勒"),
    ],
)
def test_a_player_by_the_number_on_the_shirt(text, person):
    assert (person, "person") in marked(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a city where a side goes or a thing happens is the city, not its club
        ("国米本赛季主场全胜，他们是远征莫斯科。", "莫斯科"),
        ("本赛季他们主场全胜，随后赴马德里度假。", "马德里"),
        ("国米本赛季主场全胜，他们将在伦敦的酒店休整。", "伦敦"),
        # … or the city of the games (a score says it is about matches)
        ("中国男篮以77比73战胜韩国队，保住进军东京奥运会的希望。", "东京"),
    ],
)
def test_a_city_where_something_happens_in_a_match_report_stays_a_place(text, place):
    assert (place, "place") in marked(text)


@pytest.mark.parametrize("text", ["曼联本赛季主场全胜。", "上赛季曼联主场全胜。"])
def test_a_season_beside_a_club_word_is_no_club(text):
    # jieba tags 本赛季 and 上赛季 as names
    assert marked(text) == {("曼联", "org")}


_han = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), max_size=30)
_spans = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 6), st.sampled_from(["person", "place", "org"])),
    max_size=6,
)


@settings(max_examples=200, deadline=None)
@given(_han, _spans)
def test_club_spans_cover_what_they_replace(text, raw):
    # Spans as find_names gives them: sorted, not overlapping, inside the text.
    spans, at = [], 0
    for start, size, kind in sorted(raw):
        start = max(start, at)
        end = min(start + size, len(text))
        if start < end:
            spans.append((start, end, kind))
            at = end
    text = "本赛季主场" + text
    spans = [(s + 5, e + 5, k) for s, e, k in spans]
    out = clubs_in_match_reports(text, spans)
    # Every input span lies inside one output span; output spans are ordered and disjoint,
    # within the text; a kind changes only to org.
    assert all(0 <= s < e <= len(text) for s, e, _ in out)
    assert all(a[1] <= b[0] for a, b in zip(out, out[1:], strict=False))
    for s, e, k in spans:
        holder = [o for o in out if o[0] <= s and e <= o[1]]
        assert len(holder) == 1
        assert holder[0][2] in (k, "org")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign division by its ending, whatever jieba tagged it
        ("他在肯特郡住了十年。", {("肯特郡", "place")}),
        ("泰米尔纳德邦发生洪灾。", {("泰米尔纳德邦", "place")}),
        # a people named after its land: the land is the place
        ("塞尔维亚族和阿尔巴尼亚族的代表会谈。", {("塞尔维亚", "place"), ("阿尔巴尼亚", "place")}),
        # a count of provinces is no division's name
        ("东北三省的粮食丰收了。", set()),
        # a town's sub-district, and a town after its county that jieba cut in three
        ("他联系上了武湖街道的办事处。", {("武湖街道", "place")}),
        (
            "赫山区泉交河镇居民杨一飞说。",
            {("赫山区", "place"), ("泉交河镇", "place"), ("杨一飞", "person")},
        ),
        # … not the street of a town, nor every street of a city
        ("沿着街道两旁摆满了花。", set()),
        ("全市街道设立了服务站。", set()),
        # an autonomous prefecture by its short name, its peoples left out (大理白族自治州)
        ("周末和闺蜜来大理玩。", {("大理", "place")}),
        ("恩施的山很美。", {("恩施", "place")}),
        # … an autonomous county by its short name and 县, a word of its own too (通道), and
        # the city's ending jieba gave the county after it
        (
            "湖南省怀化市通道县今年脱贫。",
            {("湖南省", "place"), ("怀化市", "place"), ("通道县", "place")},
        ),
        (
            "在云南普洱市孟连县，咖啡丰收了。",
            {("云南", "place"), ("普洱市", "place"), ("孟连县", "place")},
        ),
        ("城市通道县城很少见。", set()),
        # a hall of a palace or a temple jieba took for a name (太和殿/nr)
        ("在故宫太和殿前，游客们排起了长队。", {("太和殿", "place")}),
        # a common word jieba tags as a place, then 区, is a phrase (the deep end)
        ("改革已进入深水区。", set()),
        # every sovereign state, the small ones too
        ("几内亚比绍的反对党谴责了兵变。", {("几内亚比绍", "place")}),
        ("塞舌尔有着另一个别名。", {("塞舌尔", "place")}),
        # a village or a town jieba's dictionary holds as a noun (长胜村/n, 厚街镇/n)
        ("他们来到长胜村看望老人。", {("长胜村", "place")}),
        ("厚街镇的工厂复工了。", {("厚街镇", "place")}),
        # a park named by the place before its kind, which jieba holds whole (国家森林公园/nt)
        ("张家界国家森林公园是世界自然遗产。", {("张家界国家森林公园", "place")}),
        # a zone named by the word before its kind (雄安/a 新区, 贵安/ns 新区), one place
        ("雄安新区的建设正在稳步推进。", {("雄安新区", "place")}),
        ("贵安新区发布了新规划。", {("贵安新区", "place")}),
        ("天府新区管委会发布通知。", {("天府新区管委会", "org")}),
        # … not a kind of zone (建设 新区: "to build new districts")
        ("各地都在建设新区。", set()),
        # a clan's village and a shoal jieba took for names (祝家庄/nr, 金沙滩/nr)
        ("宋江三打祝家庄。", {("祝家庄", "place")}),
        ("他每天在陆家嘴上班。", {("陆家嘴", "place")}),
        # the country around a lake, a range or a reservoir, though a common word opens it
        ("这个洞庭湖区的重要城市。", {("洞庭湖区", "place")}),
        ("三峡库区移民工作。", {("三峡库区", "place")}),
        # … not a threshold (大关) after a figure, nor building a works after a place
        ("黄金价格突破每盎司2400美元大关。", set()),
        ("公司计划在越南建厂。", {("越南", "place")}),
        # a development zone jieba holds as one body's word is a place, as 雄安新区 is
        ("他在北京经济技术开发区工作。", {("北京经济技术开发区", "place")}),
        ("张家堡离这里不远。", {("张家堡", "place")}),
        ("他回到了老家李家庄。", {("李家庄", "place")}),
        ("大军屯在金沙滩上。", {("金沙滩", "place")}),
        # … nor a company's 旗下 ("under"), which opens with a banner's ending (旗)
        ("腾讯旗下的微信上线了新功能。", {("腾讯", "org")}),
        ("阿里巴巴旗下的平台也跟进了。", {("阿里巴巴", "org")}),
        # a street jieba holds as a name (解放路/nz, 复兴路/nt), not a kind of road (高速路/n) nor
        # a word ending in a common one (集成 + 电路/nz)
        ("事故发生在解放路与复兴路交叉口。", {("解放路", "place"), ("复兴路", "place")}),
        ("高速路上车很多。", set()),
        ("公司主营集成电路设计。", set()),
        # a bridge, a tower, a temple jieba guessed as a name (赵州桥/nr)
        ("我们走过了赵州桥。", {("赵州桥", "place")}),
        # … or a name and the tower's character jieba left apart (东方明珠/nr 塔/j)
        ("我们参观了东方明珠塔的夜景。", {("东方明珠塔", "place")}),
        # … not a kind of village, nor a count of them
        ("他们住在度假村里。", set()),
        ("这三村的村民都来了。", set()),
    ],
)
def test_places_by_their_endings(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a handle written as a full name is that person, however jieba cut it
        ("转发微博//@林志远:说得太对了", {("林志远", "person")}),
        ("今天好开心@周雨桐 我们明天见", {("周雨桐", "person")}),
        # a handle that opens with no surname is a nickname or a shop, not a name
        ("@大头虾:哈哈哈", set()),
        ("@美食达人推荐:这家店不错", set()),
        # a handle that ends as a body's name does is that body's account
        ("好可怕//@财经网:【爱做梦的人】", {("财经网", "org")}),
        ("跪谢。@创业家杂志 转发", {("创业家杂志", "org")}),
        # … not when the word only opens the handle: a netizen, 小王 by a familiar name
        ("@网友小王:哈哈", {("小王", "person")}),
    ],
)
def test_handles_written_as_names_are_people(text, expected):
    assert marked(text) == expected


def test_a_common_surname_opens_a_name():
    # 傅 is among the hundred most frequent surnames
    assert ("傅明远", "person") in marked("傅明远说，今年的收成不错。")


@pytest.mark.parametrize(
    "text",
    [
        # generals and guests of older prose are no match report: no city becomes a club
        "宋江坐镇东京城，请众豪杰来作客。",
        "两队人马在西北会合，主帅下令进兵。",
        # a verb glued to a name, and a set phrase, end in a body's or a state's character
        "吴用署了名，便去了。",
        "他一心要济世安邦。",
        # a word jieba's dictionary lacks, guessed an abbreviation (证盟/j: to witness a rite)
        "长老证盟之后，众人散去。",
    ],
)
def test_old_prose_gives_no_clubs_bodies_or_states(text):
    assert not {kind for _, kind in marked(text)} & {"org"}
    assert ("济世安邦", "place") not in marked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # everyday words jieba's dictionary holds as names (约莫/nrt, 多达/nrt, 胡说/nrfg)
        ("他约莫走了半个时辰。", set()),
        ("英国将为多达30万人提供签证。", {("英国", "place")}),
        ("病人已进入休克状态。", set()),
        ("那厮胡说！", set()),
        ("2024年北京马拉松将于11月3日鸣枪开跑。", {("北京", "place")}),
        # … and places it holds as names: a lake, a pool, a bridge end no given name (华清池/nr),
        # and a bridge is a place (卢沟桥/nr)
        ("他们参观了卢沟桥和华清池。", {("卢沟桥", "place")}),
        # … and before a speech verb, which would make a name a person (冷笑/nr 道)
        ("那人冷笑道：“你也配？”", set()),
        ("众人齐声道：“好！”", set()),
        ("一位置业顾问说，房价还会涨。", set()),
        # … or after an office, which would make it its holder's name (知县 相公/nr: "sir")
        ("知县相公教你们扒他。", set()),
        # a surname-like verb before a pronoun (祝你们/nr: "wish you")
        ("还有肚子里的宝宝，祝你们节日快乐。", set()),
    ],
)
def test_a_word_jieba_tags_as_a_name_is_no_person(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize("text", ["银监会昨天发布了新规定。", "他参加了银监会召开的会议。"])
def test_a_body_jieba_tags_as_a_name_is_no_person(text):
    # …会 ends a body (a commission, a society), not a given name
    assert not any(kind == "person" for _, kind in marked(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone surname and a rare word after it: the given name jieba took for a word
        ("昨天江宏远来了。", {("江宏远", "person")}),
        ("老师表扬了毛大林。", {("毛大林", "person")}),
        ("我和陈火星都去了。", {("陈火星", "person")}),
        # a surname that is more often a word of its own takes no given name
        ("他连出线都难。", set()),
        ("於北门外等候。", set()),
    ],
)
def test_a_given_name_jieba_took_for_a_word(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Japanese family name before a title, with a given name before a speech verb
        ("他向佐藤首相转达了问候。", {("佐藤", "person")}),
        ("教练山本昌邦说，球队表现不错。", {("山本昌邦", "person")}),
        # … or a given name that ends as Japanese ones do, whatever follows
        ("日本首相桥本龙太郎在今天晚上通了电话。", {("日本", "place"), ("桥本龙太郎", "person")}),
        ("这是村上春树的新书。", {("村上春树", "person")}),
        # … a woman's given name too (美纪, 千绘), after a family name jieba splits (由水 野美纪)
        ("这部剧由水野美纪主演。", {("水野美纪", "person")}),
        ("她与田中千绘同时入围。", {("田中千绘", "person")}),
        # … or, after a title, two characters that make no common word (恒治), one before a
        # word that leads on (聪 与), else none (铃木 表示)
        ("丰田社长佐藤恒治出席了发布会。", {("丰田", "org"), ("佐藤恒治", "person")}),
        ("任天堂社长岩田聪与他会面。", {("任天堂", "org"), ("岩田聪", "person")}),
        ("总裁铃木表示，将扩大投资。", {("铃木", "person")}),
        # … not a common word (清水 + 用筷子)
        ("加入清水用筷子慢慢调匀。", set()),
        # … the family name alone before an adverb and a speech verb (还 is no given name)
        ("桥本还表示，日本将尽快行动。", {("桥本", "person"), ("日本", "place")}),
        # … not a city's mayor, or a name whose first character ends a word
        ("松本市长表示欢迎。", set()),
        ("伴教头心中村量道：“那人必是不凡。”", set()),
    ],
)
def test_a_japanese_name_by_its_family_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a portal's channel is the outlet, one organisation
        ("网易农业总裁在会上发言。", {("网易农业", "org")}),
        ("新浪科技讯，这款手机将于下月上市。", {("新浪科技", "org")}),
        # … not its social platform (新浪 runs 微博), nor a word that goes on (号称: claims)
        ("他在新浪微博上发文。", {("新浪", "org")}),
        ("新浪号称最大的门户。", {("新浪", "org")}),
    ],
)
def test_a_portals_channel_is_one_organisation(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jieba cut the given name's last character off as a place's or a name's (东/ns,
        # 芙/nrt, 香/ns): it is the name's
        ("我们都在等刘强东开口。", {("刘强东", "person")}),
        ("后来李建芙也来了。", {("李建芙", "person")}),
        ("这是张友香的房子。", {("张友香", "person")}),
        # … not a noun that is the person's (the house, the poem), nor one that opens a word
        ("我在刘强家吃饭。", {("刘强", "person")}),
        ("他把徐渭诗集借走了。", {("徐渭", "person")}),
    ],
)
def test_a_last_character_jieba_cut_off_a_name_is_the_names(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a photo's caption places someone, right after the name
        ("图为田晚霞（右）在车间工作。", {("田晚霞", "person")}),
        ("新凤霞（中）、王昆（左）和观众合影。", {("新凤霞", "person"), ("王昆", "person")}),
        ("图为李明（左二）与同事交流。", {("李明", "person")}),
        # … not a body there, nor a score
        ("清华大学（左）与北京大学（右）的代表队。", {("清华大学", "org"), ("北京大学", "org")}),
    ],
)
def test_a_person_where_a_caption_places_one(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname's character before one of the commonest words is no name of itself
        ("北京市房价又处于较高水平的情况。", {("北京市", "place")}),
        # … but the name where a cue says so, and a given name that is a rarer word
        ("高水平说，他不同意。", {("高水平", "person")}),
        ("王和平说，他不同意。", {("王和平", "person")}),
        # a rarer surname that is an adjective of its own, then a noun: the two words
        ("预计明天将出现强降雨。", set()),
        ("钢厂已经满负荷运转。", set()),
    ],
)
def test_a_surname_and_an_everyday_word_needs_a_cue(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "京沪高铁直接走黄村，不走市区。",
        "差人来宋营求告，年年进贡。",
        "项目位于滨湖区姚湾一号。",
    ],
)
def test_a_village_or_a_camp_is_no_guessed_name(text):
    # jieba guesses 黄村/nr, 宋营/nr, 姚湾/nr: a surname's character and a village's ending
    assert not {name for name, kind in marked(text) if kind == "person"}


def test_a_ring_road_is_a_place():
    # jieba guesses 东四环/nr, 南四环/nr: a city's ring roads by their side and number
    assert marked("项目位于北京东四环与东五环之间。") == {
        ("北京", "place"),
        ("东四环", "place"),
        ("东五环", "place"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "也许每一位彩民，都有中奖的梦想。",
        "这位彩民应该喜欢博冷。",
        "第1147章玉虚三老",  # a chapter, not 章玉虚
        "他们已经确定晋级32强正赛。",  # the last 32, not 强正赛
        "本赛季主场3战全胜，客战3连败。",  # three games, not 战全胜
        "这张会让人记一辈子的照片找到了。",  # a sheet that will (会), not 张会
    ],
)
def test_a_classifier_after_a_count_opens_no_name(text):
    # jieba guesses 位彩民/nr after 每一 and 这, 章玉虚/nr after 第1147: a thing counted
    assert not {name for name, kind in marked(text) if kind == "person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head of state or of a party, a councillor of state: titles before a name
        ("国务委员罗干今天上午发言。", {("罗干", "person")}),
        ("反对党领袖巴拉克6月15日抵达开罗。", {("巴拉克", "person"), ("开罗", "place")}),
        # … and "and" after a title is no surname (女王 和/c 明/a 仁天皇)
        ("渐渐地，女王和明仁天皇乘坐的马车进入广场。", set()),
    ],
)
def test_a_title_of_state_or_party_before_a_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a command of an army before a name is a title (新四军军长叶挺)
        ("他与新四军军长叶挺一起行动。", {("新四军", "org"), ("叶挺", "person")}),
        ("师长李明下达了命令。", {("李明", "person")}),
    ],
)
def test_a_command_of_an_army_is_a_title(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name listed next to a person the tagger is sure of is a person too
        ("丛书分别由张之路、秦文君执笔。", {("张之路", "person"), ("秦文君", "person")}),
        ("当年柳青、李昕那种写法。", {("柳青", "person"), ("李昕", "person")}),
        # … not a word listed next to a word
        ("他喜欢柳青、桃红的颜色。", set()),
    ],
)
def test_a_name_listed_next_to_a_person_is_a_person(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb jieba took into the name before its aspect particle is the sentence's
        ("训练结束后，张博抱着孩子走出球场。", {("张博", "person")}),
        ("这个月郭菲算得上最节省的人。", {("郭菲", "person")}),
        # … after a title too
        ("最后总设计师崔恺出了这个方案。", {("崔恺", "person")}),
        # … not after a word, which is no name with or without the verb
        ("庄客见了，慌忙去报。", set()),
    ],
)
def test_a_verb_before_an_aspect_particle_is_no_part_of_a_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a league jieba tags as a name or a place is a league, and a home side no part of it
        ("这个赛季英超的比赛很精彩。", {("英超", "org")}),
        ("德甲主队本周的表现不错。", {("德甲", "org")}),
        ("两支球队都在争夺亚冠的席位。", {("亚冠", "org")}),
        # … and by its whole name, which jieba holds as a place
        ("中超联赛第20轮将于周六开打。", {("中超联赛", "org")}),
    ],
)
def test_a_league_is_an_organisation_whatever_its_tag(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize("text", ["她每周都去做美甲。", "这家美甲店开在路口。"])
def test_a_manicure_is_no_league(text):
    assert marked(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "这家公司明年准备上市。",  # 上市/ns: to go public
        "他们决定加盟这家俱乐部。",  # 加盟/ns: to join
        "山顶上是一片高山草甸。",  # a kind of place, not one
        "我们在古镇住了两天。",
        "船从离岛开回来了。",
        # verbs, kinds of place and a world of its own among jieba's frequent place entries
        "他在江湖上闯荡多年。",
        "大军连夜渡江。",
        "周末两人一起登山看日出。",
        "这是附近最大的海港。",
        # halfway up, back to: a way there (半山/ns, 回山/ns)
        "三人谢了主人，回山去了。",
        "将至半山，望见一座庙。",
        # a verb or a pointer before the landform: a phrase (血流成河, 人山人海)
        "杀得尸横遍野，流血成河。",
        "太阳落山了，天色渐暗。",
    ],
)
def test_a_word_jieba_tags_as_a_place_is_no_place(text):
    assert not {kind for _, kind in marked(text)} & {"place"}


def test_a_river_by_its_name_is_still_a_place():
    assert ("黄河", "place") in marked("我们沿着黄河走了三天。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a peak, an island or a bay whose ending jieba cut off the name before it
        ("清晨我们登上了狮子峰看日出。", {("狮子峰", "place")}),
        ("坐船半小时就能到鳄鱼岛。", {("鳄鱼岛", "place")}),
        ("我们第二天去爬了九皇山。", {("九皇山", "place")}),
    ],
)
def test_a_landform_named_by_the_word_before_its_ending(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize("text", ["他把老母亲接到堂上山下住。", "高低不等谓之山。"])
def test_a_word_of_where_before_a_landform_ending_names_none(text):
    assert "place" not in {kind for _, kind in marked(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that opens with a count: the count is part of it
        ("周末他们去了三清山看日出。", {("三清山", "place")}),
        ("那天晚上我们在三里屯吃饭。", {("三里屯", "place")}),
        # a site jieba knows by its gate, garden, grotto, gully or pool
        ("新楼盘就在西直门附近。", {("西直门", "place")}),
        ("参观莫高窟需要提前预约。", {("莫高窟", "place")}),
    ],
)
def test_a_site_jieba_knows_as_a_place(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "会议由三县的代表参加。",  # a count of counties
        "他们走到一处三岔路口。",  # a count and a measure: a fork of three roads
        "四面山上都是伏兵。",  # mountains on all four sides
        "城中六街三市都挂了灯。",  # counts twice: a phrase
        "这一运动已传播到五大洲。",  # the five continents
    ],
)
def test_a_count_before_a_place_word_is_a_phrase(text):
    assert "place" not in {kind for _, kind in marked(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a public place: the name and the kind of place are one place, the name no person
        ("游客们傍晚聚在特拉法加广场。", {("特拉法加广场", "place")}),
        ("孩子们最想去迪士尼乐园。", {("迪士尼乐园", "place")}),
        ("他带着学生参观了郑成功纪念馆。", {("郑成功纪念馆", "place")}),
        ("周末龟山公园里人很多。", {("龟山公园", "place")}),
        ("游客多从成都前往武侯祠。", {("成都", "place"), ("武侯祠", "place")}),
        # abroad: a transliterated name and the lie of the land, however jieba cut the name
        ("包含艾尔利海滩或汉密尔顿岛3晚住宿。", {("艾尔利海滩", "place"), ("汉密尔顿岛", "place")}),
        ("他们在施纳尔斯塔尔冰川经过了长途跋涉。", {("施纳尔斯塔尔冰川", "place")}),
        # one word jieba took for a name or a proper noun
        ("我们在林肯公园散步。", {("林肯公园", "place")}),
        ("奥林匹克公园里人很多。", {("奥林匹克公园", "place")}),
        ("游客排队参观林肯纪念堂。", {("林肯纪念堂", "place")}),
    ],
)
def test_a_public_place_by_its_name_and_kind(text, expected):
    assert marked(text) == expected


def test_a_country_before_a_kind_of_place_names_none():
    assert marked("他认为中国的公园很热闹，中国公园里总有人跳舞。") == {("中国", "place")}


@pytest.mark.parametrize("text", ["宋江引兵回寨。", "众人拔寨都起。"])
def test_a_camp_in_old_prose_is_no_place(text):
    assert not {kind for _, kind in marked(text)} & {"place"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a school's short name (city + field) before a campus word: no person, no two places
        ("她的姐姐是南艺老师，擅长钢琴。", {("南艺", "org")}),
        ("展览汇集了鲁美师生的作品。", {("鲁美", "org")}),
    ],
)
def test_a_schools_short_name_before_a_campus_word(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中美学生一起参加了比赛。", {("中", "place"), ("美", "place")}),
        ("他是一位西医老师。", set()),  # a word the dictionary knows well
        ("苏艺老师讲课很好。", {("苏艺", "person")}),  # 苏 is a common surname
    ],
)
def test_what_is_no_schools_short_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an emoticon's code in square brackets is no mention; a handle after it still is
        ("今天终于放假了[奥特曼][威武]", set()),
        ("[围观]//@王小明:[威武]", {("王小明", "person")}),
    ],
)
def test_a_bracketed_emoticon_code_is_no_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign name jieba cut into a name it knows and lone syllables around it
        ("据报道，司令奇尔顿昨天表示反对。", {("奇尔顿", "person")}),
        ("球队迎来了中场阿斯森蒂斯的复出。", {("阿斯森蒂斯", "person")}),
        # … and its last syllable in one token with the adverb after it (森将)
        ("架构调整后，特里·迈尔森将带领新部门。", {("特里·迈尔森", "person")}),
    ],
)
def test_lone_syllables_of_a_foreign_name_join_it(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign name right after a shire, a state or a province is a town in it
        (
            "英国汉普郡贝辛斯托克的一位女士说。",
            {("英国", "place"), ("汉普郡", "place"), ("贝辛斯托克", "place")},
        ),
        (
            "会议在美国加州阿纳海姆举行。",
            {("美国", "place"), ("加州", "place"), ("阿纳海姆", "place")},
        ),
        # … after a word for a town, and before a division's ending, which it names
        ("保加利亚南部城市哈斯科沃举办了展览。", {("保加利亚", "place"), ("哈斯科沃", "place")}),
        ("南部的丘布特省也开始遭灾。", {("丘布特省", "place")}),
        ("警方开始对莱克伍德县法官展开调查。", {("莱克伍德县", "place")}),
        # … or before 等 and a word for towns that closes their list
        ("警察在弗拉诺瓦茨等4个村庄设卡。", {("弗拉诺瓦茨", "place")}),
        # … but a governor or a mayor after a name is the name's title
        ("施瓦辛格州长表示欢迎。", {("施瓦辛格", "person")}),
    ],
)
def test_a_foreign_name_a_town_or_a_division_by_its_place(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an administration named after its head: the head is a person
        ("克林顿政府明确承诺了不支持。", {("克林顿", "person")}),
        ("奥巴马政府宣布了新计划。", {("奥巴马", "person")}),
        # … a country's or a city's government is the place's
        ("印度政府宣布了新计划。", {("印度", "place")}),
        ("伊拉克政府表示欢迎。", {("伊拉克", "place")}),
    ],
)
def test_an_administration_named_after_its_head(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pieces jieba tagged as names of their own, before or after, and a second name
        # the first one touches: one person
        ("警方擒获了毒枭奥兰迪斯。", {("奥兰迪斯", "person")}),
        ("这正是候选人帕斯特拉纳竞选的口号。", {("帕斯特拉纳", "person")}),
        ("高级研究员莉萨·科斯马斯说，可以预见。", {("莉萨·科斯马斯", "person")}),
        ("9号萨莫拉诺门前先顶。", {("萨莫拉诺", "person")}),
        # … and a piece jieba took for a place that is no place anyone knows (巴约/ns, 洛克/ns)
        ("他很快就付出了阿德巴约。", {("阿德巴约", "person")}),
        ("完成了球星安德鲁古德洛克的拼图游戏。", {("安德鲁古德洛克", "person")}),
        # … and the other half of the name across its dot, however each half was found
        ("他会见了来访的农林部长卡莱维·海米莱。", {("卡莱维·海米莱", "person")}),
        ("发言人萨勒曼·阿里就表示，演习照常。", {("萨勒曼·阿里", "person")}),
        # … whatever jieba made of the first half (芭芭拉/z), and without the "and" it glued
        # to the last (雷斯及/nr)
        ("他会见了商务部长芭芭拉·弗兰克林。", {("商务部", "org"), ("芭芭拉·弗兰克林", "person")}),
        # a given name the dictionary holds as a word (茉莉/n, jasmine) before a dot
        ("28岁的茉莉·西尔斯昨天说，她很高兴。", {("茉莉·西尔斯", "person")}),
        ("市长罗朗·雷斯及各界人士出席。", {("罗朗·雷斯", "person")}),
        # … and the pieces after the dot jieba took for a number (贡多/m, 万多/m)
        ("主席马格坦戈尔·圭尼贡多日前宣布。", {("马格坦戈尔·圭尼贡多", "person")}),
        ("研究所马·莱万多夫斯基副教授说。", {("马·莱万多夫斯基", "person")}),
        # … and its last syllable where jieba took it for a word (比/p, 希/v) before a verb
        ("34岁的巴姆比继续发挥余热。", {("巴姆比", "person")}),
        ("打完这场之后，克利希表示很满意。", {("克利希", "person")}),
        # 南 writes a syllable of a foreign name too (费尔南德斯, 伯南克), as 西 does
        ("自4月初以来，费尔南德斯多次发表讲话。", {("费尔南德斯", "person")}),
        # … but not the word itself where the clause goes on with it (比 他: "than him")
        ("球迷觉得巴姆比他高。", {("巴姆", "person")}),
        # … and its last syllable glued to the preposition after it (安在/p)
        (
            "土耳其总统埃尔多安在安卡拉表示。",
            {("土耳其", "place"), ("埃尔多安", "person"), ("安卡拉", "place")},
        ),
        # … of a name of two syllables too, where the pair is no word (佩在/v)
        ("法国球星姆巴佩在比赛中进球。", {("法国", "place"), ("姆巴佩", "person")}),
        # … and von der, van der before it, which jieba guesses as a name (冯德/nr 莱恩)
        ("欧盟委员会主席冯德莱恩表示。", {("欧盟委员会", "org"), ("冯德莱恩", "person")}),
        ("门将范德萨扑出点球。", {("范德萨", "person")}),
        # … and its first syllable where jieba took it for a word (亚/j, 库/n) after 的
        ("美国的亚斯特罗姆说。", {("美国", "place"), ("亚斯特罗姆", "person")}),
        # … not a word before it that is none (老 卡尔森: "old Carlsen")
        ("公司的老卡尔森说。", {("卡尔森", "person")}),
    ],
)
def test_a_foreign_name_takes_in_the_pieces_beside_it(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jieba's 奥巴马/ns: a transliteration no list holds as a place, a person among people
        ("出席的包括奥巴马、希拉里等人。", {("奥巴马", "person"), ("希拉里", "person")}),
        # … and no one where nothing says a person (法西斯/ns: fascism)
        ("这是一场反对法西斯的斗争。", set()),
    ],
)
def test_a_transliteration_jieba_took_for_a_place(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("总统奥巴马巴黎之行圆满结束。", {("奥巴马", "person"), ("巴黎", "place")}),
        ("记者采访了贝克汉姆英国的家。", {("贝克汉姆", "person"), ("英国", "place")}),
    ],
)
def test_a_foreign_name_takes_in_no_known_place_beside_it(text, expected):
    assert marked(text) == expected


def test_a_chinese_name_takes_in_nothing_beside_it():
    assert marked("记者王小明和李华一起去了。") == {("王小明", "person"), ("李华", "person")}


@pytest.mark.parametrize("text", ["刘家在村东头住了三代。", "他去赵家借了一袋米。"])
def test_a_family_by_its_surname_is_no_person(text):
    assert not {kind for _, kind in marked(text)} & {"person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name of one doubled character, which jieba cuts apart
        ("我把票投给了“刘诗诗”。", {("刘诗诗", "person")}),
        ("张丽丽告诉记者，她很满意。", {("张丽丽", "person")}),
    ],
)
def test_a_doubled_given_name_is_whole(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "word"), [("远处传来钟声声声入耳。", "钟声声"), ("田里的稻子黄烘烘的一片。", "黄烘烘")]
)
def test_a_word_and_its_echo_is_no_doubled_name(text, word):
    assert (word, "person") not in marked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("保守党候选人昨天发表了演讲。", {("保守党", "org")}),
        ("执政党和反对党都表示支持。", set()),  # roles in a parliament, not names
    ],
)
def test_a_party_by_its_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a handle that ends in Latin letters or digits is still the name before them
        ("转发//@段钢Uncle:好消息！", {("段钢", "person")}),
        ("//@穆婷婷Monica:好看", {("穆婷婷", "person")}),
    ],
)
def test_a_handle_ending_in_letters_or_digits(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a famous name jieba's dictionary holds as a time word (周/t: week)
        ("研究周恩来经济思想的一部专著出版了。", {("周恩来", "person")}),
        ("周末夜我们去看了电影。", set()),
        ("元宵节那天下了雪。", set()),
    ],
)
def test_a_name_tagged_as_a_time_word(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a division and its government are one organisation, as 湖南省委 is
        ("记者从东营市政府获悉此事。", {("东营市政府", "org")}),
        ("浙江省政府与企业签了协议。", {("浙江省政府", "org")}),
        ("广州市人民政府发布了通知。", {("广州市人民政府", "org")}),
        # … however jieba cut them (长沙 市政府/n, 木林/nr 镇政府/nt, 崇礼县/n 政府)
        ("甚至长沙市政府也出面协调。", {("长沙市政府", "org")}),
        ("木林镇政府网站显示了名单。", {("木林镇政府", "org")}),
        ("崇礼县政府投资了30多亿。", {("崇礼县政府", "org")}),
        # … not a kind of division's government, nor the city's by its kind alone
        ("他说市政府已经批准。", set()),
        # a country's government is the country, as news annotation marks it
        ("印度政府已采取措施。", {("印度", "place")}),
    ],
)
def test_a_divisions_government(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name ending in a character that is also an adverb (才, 便), before a mark
        ("新华社华盛顿电（记者吴庆才）美国国防部今天宣布。", {"吴庆才"}),
        # … but before a verb the adverb is the sentence's (宋江便 去)
        ("宋江便去了。", {"宋江"}),
        # 主/b 任何/r 平/n: the title 主任 and a name of the family 何 (任何 is "any")
        ("省人大常委会副主任何平带队检查。", {"何平"}),
        ("主任何时到？", set()),
        # … and a preposition before the title or quote it opens (在《…》) is the sentence's
        ("张一公在《人民日报》发表文章。", {"张一公"}),
        # a deputy's title before a name jieba split (周望 + 军)
        ("国家发改委价格司副司长周望军公开表示。", {"周望军"}),
    ],
)
def test_the_last_character_of_a_name(text, expected):
    assert {name for name, kind in marked(text) if kind == "person"} == expected


def test_a_two_character_surname_after_a_title():
    assert marked("央行支付结算司司长欧阳卫民昨日透露。") >= {("欧阳卫民", "person")}
    assert "司" not in {name for name, _ in marked("央行支付结算司司长欧阳卫民昨日透露。")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit of a body named right after it is part of its name
        ("这与福州市国税局党组的决定有关。", {("福州市国税局党组", "org")}),
        ("全国人大常委会法工委研究室主任认为。", {("全国人大常委会法工委研究室", "org")}),
        ("致公党中央主席主持会议。", {("致公党中央", "org")}),
        # … a party's 中央 only when it names the central body
        ("致公党中央和地方组织都派了代表。", {("致公党", "org")}),
        # a bank's head office or branch
        ("他到建设银行东四支行还贷。", {("建设银行东四支行", "org")}),
        ("交行总行尚未表态。", {("交行总行", "org")}),
        # … not a clause about branches
        ("招商银行将在分行推广这项业务。", {("招商银行", "org")}),
        # a ministry's department by its field, not the ministry's company or the law
        ("财政部预算司司长表示。", {("财政部预算司", "org")}),
        ("国资委下属公司表示反对。", {("国资委", "org")}),
        ("财政部会同司法部发布通知。", {("财政部", "org"), ("司法部", "org")}),
    ],
)
def test_a_unit_of_a_body(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "公办的教育、科研、文化、医疗卫生、体育等单位中从事管理的人员。",  # fields of work
        "案件由申诉人提出，法院受理。",  # one who appeals, no person's name
    ],
)
def test_common_nouns_are_no_names(text):
    assert not {kind for _, kind in marked(text)} & {"person", "org"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office holder who acts stands between two bodies, in neither's name
        (
            "国家监察委员会主任提请全国人民代表大会常务委员会任免。",
            {("国家监察委员会", "org"), ("全国人民代表大会常务委员会", "org")},
        ),
        # … but a title inside a name is the name's (律师 事务所)
        ("记者采访了江苏熙典律师事务所的律师。", {("江苏熙典律师事务所", "org")}),
        # a list of named bodies before 等企业 is still one of organisations
        ("阳光、双良等企业都来了。", {("阳光", "org"), ("双良", "org")}),
    ],
)
def test_where_a_bodys_name_ends(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "好景不长，武汉封城之后，疫情防控压力陡增。",  # a word newer than the dictionary
        "每当她练琴觉得枯燥无聊，就去院子里走走。",
    ],
)
def test_a_word_jieba_guessed_to_be_a_name_once(text):
    assert "person" not in {kind for _, kind in marked(text)}


def test_a_guessed_name_beside_other_people_stays():
    assert ("吉杰", "person") in marked("还有李静、吉杰、大左等明星主播参加。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # … or before what only a person has (的 目光, 的 妻子)
        ("柳萍的目光始终瞄准着广大顾客。", "柳萍"),
        ("高峰的妻子说，他昨天就回家了。", "高峰"),
        # … or after the noun of what the person does (a vice-governor, a bus driver)
        ("中国人民银行副行长易纲对中国资本进入美国市场表示关注。", "易纲"),
        ("通报显示，公交车驾驶员冉涌今年42岁。", "冉涌"),
        # … a profession by its field (书法家, 收藏家: not 国家, 大家)
        ("同一专场中，宋代书法家曾巩的书法也拍出了高价。", "曾巩"),
        # … a name the dictionary holds, of a familiar family name, after a role (诗人 of the
        # professions in 人)
        ("唐代诗人李白一生游历四方。", "李白"),
        ("北宋文学家苏轼被贬黄州。", "苏轼"),
        # … or before what a writer or a thinker leaves (的 思想, 的 诗)
        ("孔子的思想影响深远。", "孔子"),
        ("课本里收了不少李白的诗。", "李白"),
        # … or after a student's kind (留学生) or a team's leader
        ("中国留学生郭建设和他的女友一起回国。", "郭建设"),
        ("原国家队领队蔚小辉接受了调查。", "蔚小辉"),
    ],
)
def test_a_guessed_name_with_a_cue_stays(text, name):
    assert (name, "person") in marked(text)


@pytest.mark.parametrize(
    "text",
    [
        "诗人明白了这个道理。",  # 明白/nr: a rarer family name, the word "understand"
        "军师严令，不得有误。",  # 严令/nr before a mark: the strategist's strict order
        "众人齐齐拜倒。",  # 众人, 二人: many people, no role
    ],
)
def test_a_word_after_a_role_that_is_no_name(text):
    assert not {name for name, kind in marked(text) if kind == "person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles of the press, the screen, the courts and the police, and a bank's head
        ("第一名《逍遥游》作者班宇生于1986年。", {("班宇", "person")}),
        ("因此，检察长布朗再向最高法院上诉。", {("布朗", "person"), ("最高法院", "org")}),
        # … a foreign name jieba's dictionary holds rarely as a verb (拉布/v), not one that
        # goes before a verb (将军 善加/v 保重: "take good care")
        ("英国外相拉布也很活跃。", {("英国", "place"), ("拉布", "person")}),
        # … a word the dictionary holds as an adverb, between a body and a title (曾刚/d:
        # "just now")
        ("报告由华东师范大学曾刚教授主讲。", {("华东师范大学", "org"), ("曾刚", "person")}),
        # … a company's director (执行董事), and a side's head, whose side goes before it
        ("芳草地执行董事黄培修介绍了写字楼的设计。", {("黄培修", "person")}),
        ("布莱克本主帅因斯现在下课的呼声很高。", {("布莱克本", "org"), ("因斯", "person")}),
        # … a company's chief as tech news writes it (周源/n, 李想/v: jieba's words)
        ("该公司CEO周源表示，平台将继续投入。", {("周源", "person")}),
        ("汽车公司CEO李想在微博上回应了质疑。", {("李想", "person")}),
        # … a given name that is a body's word (海军, the navy) after a common family name
        ("首席执行官赵海军表示，产能利用率回升。", {("赵海军", "person")}),
        ("美国海军表示，演习将如期举行。", {("美国海军", "org")}),
        # … but no 这/那 opens the name after it (主帅 成 这件 功劳: "accomplish this")
        ("若得一个心里遇见，教主帅成这件功劳。", set()),
        ("罗真人道：“将军善加保重。”", {("罗真人", "person")}),
        ("去年11月7日，吉林银行行长唐国兴出席。", {("吉林银行", "org"), ("唐国兴", "person")}),
        # … the body before a head's title, not the "and" jieba glued to the word before it
        (
            "他在大会发言中及会见非洲发展银行行长时强调合作。",
            {("非洲发展银行", "org")},
        ),
        # … nor a preposition after a title (警官 向/p 南/ns 都 记者: "told the reporter")
        ("办公室主任向南都记者介绍案情。", set()),
        # (a surname with 警官 is one mention, as the pages' gold has it: 冯警官)
        ("刑警大队冯警官向南都记者介绍案情。", {("冯警官", "person")}),
        # … nor "the former" before one (原作者: the original author)
        ("儿歌被改成这样，原作者女儿觉得不妥。", set()),
    ],
)
def test_titles_of_the_press_the_courts_and_banks(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a star by what fans call her or him (女神, 偶像), and the name without the 去 jieba
        # ran into it
        ("百变人气偶像孙坚首张EP正式发布。", {("孙坚", "person")}),
        ("今天为了女神汤唯去看黄金时代。", {("汤唯", "person")}),
    ],
)
def test_a_star_by_what_fans_call_them(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the White House by its seat, a planet, a craft named after someone: no person
        ("白宫发言人麦柯里27日说。", {("白宫", "org"), ("麦柯里", "person")}),
        ("美国科学家说，研究海王星卫星气候意义重大。", {("美国", "place")}),
        ("“卡西尼”号飞船是1997年发射的。", set()),
        # … and a foreign name after a word for a resort or an old town is the place
        ("从曼谷通往著名旅游胜地帕塔亚的公路上。", {("曼谷", "place"), ("帕塔亚", "place")}),
    ],
)
def test_names_that_are_no_one(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    "text", ["周中切尔西在欧冠中也是损兵折将。", "即使不能参加下阶段的欧冠赛，也还有机会。"]
)
def test_a_league_jieba_ran_into_the_next_word_is_no_person(text):
    # 欧冠中/nr, 欧冠赛/nr: the league, then "in" or "match"
    assert "person" not in {kind for _, kind in marked(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" after a title, and one of the commonest nouns after a surname, are no name
        ("小贩不解地问，大爷那时候鬼子咋没赶你呢？", set()),
        ("他对柜台熊孩子说：关注啦。", set()),
        # … but a given name made of a verb stays (郭 建设/vn 称)
        ("但郭建设称陈彩英并没有提过此事。", {("郭建设", "person"), ("陈彩英", "person")}),
    ],
)
def test_no_given_name_of_a_pronoun_or_a_common_noun(text, expected):
    assert marked(text) == expected


def test_the_capital_is_no_role():
    # 京师 (the capital) ends as 军师 does, but 古邻 after it is an old neighbour
    assert ("古邻", "person") not in marked("他撞见一个京师古邻来这里做买卖。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line named by the places it joins, each by one character, is one place
        ("全长1463公里的京沪铁路运输繁忙。", {("京沪铁路", "place")}),
        ("请走沪宁高速或锡澄高速。", {("沪宁高速", "place"), ("锡澄高速", "place")}),
        ("车辆在京港澳高速上排起长队。", {("京港澳高速", "place")}),
        # … not a common word before the kind of line
        ("国务院作出了修建铁路的决策。", {("国务院", "org")}),
        ("这里经济高速发展。", set()),
    ],
)
def test_a_line_named_by_its_ends(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coined name and the kind of its business are a company
        ("涨幅居前的有全筑股份、鸿博股份。", {("全筑股份", "org"), ("鸿博股份", "org")}),
        ("同盾科技发布了新的风控产品。", {("同盾科技", "org")}),
        ("链家地产和中原地产都在降价。", {("链家地产", "org"), ("中原地产", "org")}),
        ("鹏辉能源昨日公告。", {("鹏辉能源", "org")}),
        ("盖蒂信托宣布扩大与意大利的合作。", {("盖蒂信托", "org"), ("意大利", "place")}),
        # … and a name jieba guessed as a person's (金陵/nr 药业), its city before it
        ("金陵药业：25日获公司高管增持。", {("金陵药业", "org")}),
        ("南京金陵药业今日公告。", {("南京金陵药业", "org")}),
        # … and a city's company by its city and its business (上海航空, 东山精密), not the
        # city's trade (上海航空事业)
        ("上航白金信用卡是和上海航空联办的。", {("上海航空", "org")}),
        ("上海航空事业发展迅速。", {("上海", "place")}),
        # … its form closing the name (集团, 公司)
        ("高瓴资本集团创始人张磊表示。", {("高瓴资本集团", "org"), ("张磊", "person")}),
        # … and so is one word the dictionary gives as a body
        ("中信证券发布消息，即日起比例由0.7调整至0.6。", {("中信证券", "org")}),
        # … and a coined name before a company's tail
        ("他是新理益集团的董事长。", {("新理益集团", "org")}),
        ("他在一家物流公司工作。", set()),
        # … not a word the dictionary knows before it, nor a common noun of that ending
        ("他持有部分股份，也投资高新科技企业。", set()),
        ("单位为职工缴纳养老保险和社会保险。", set()),
        ("因为从小我就想学科技。", set()),
        ("这将引领新一轮科技革命。", set()),
        # … nor what is done with shares, however jieba guessed the verb
        ("公司增持股份计划实施完毕。", set()),
        ("本次解除限售股份数量为100万股。", set()),
        ("其所持股份已被冻结。", set()),
    ],
)
def test_a_company_by_its_kind_of_business(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list closed by a word for companies names companies, whatever jieba made of them
        (
            "联发科、展讯、锐迪科、Qualcomm等多家芯片厂商陆续发布了新品。",
            {("联发科", "org"), ("展讯", "org"), ("锐迪科", "org"), ("Qualcomm", "org")},
        ),
        ("他在博通、英伟达等公司工作过。", {("博通", "org"), ("英伟达", "org")}),
        # … and so does a count of firms (三家, 4家), short names only
        ("阿里、腾讯、百度三家公司都在布局。", {("阿里", "org"), ("腾讯", "org"), ("百度", "org")}),
        (
            "其中，甲电、乙电、怪兽4家头部企业占了九成。",
            {("甲电", "org"), ("乙电", "org"), ("怪兽", "org")},
        ),
        ("记者对工、农、中、建、交通5家银行做了调查。", set()),
        # … not fields of work, nor kinds of works (one opening to them all)
        ("汽车、能源、科研等企业纷纷响应。", set()),
        ("当地的小煤窑、小水泥、小造纸等土小企业被关停。", set()),
        # … and not items before 单位 or 机构, which list fields
        ("教育、科研、文化、体育等单位", set()),
    ],
)
def test_a_list_closed_by_a_word_for_companies(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # finance pages print a listed company's quote after its name
        ("高盛(350.2, -1.25, -0.36%)首席经济学家认为。", {("高盛", "org")}),
        ("该基金重仓了宁德时代(180.5, 2.3, 1.29%)。", {("宁德时代", "org")}),
        ("PIMCO(0, 0.00, 0.00%)的首席投资官表示。", {("PIMCO", "org")}),
        # … not a verb before figures in brackets
        ("今年涨幅达(12, 3.5, 2.1%)左右。", set()),
    ],
)
def test_a_name_before_a_stock_quote_is_the_company(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitals the text uses as a term: the kind of thing after them, an expansion
        ("客户端里形成了可利用的XSS漏洞。", set()),
        ("攻击者通过CSRF（Cross-Site Request Forgery）发起请求。", set()),
        ("这款设备配备了AVR处理器。", set()),
        # … and a body's capitals stay a body
        ("WTO（World Trade Organization）今天宣布。", {("WTO", "org")}),
        ("IEEE发布了新标准。", {("IEEE", "org")}),
    ],
)
def test_capitals_as_a_term_or_a_body(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named by surname and 某 is the whole of that, not the surname
        ("刘某与其他嫌疑人被抓获。", {"刘某"}),
        ("王某智在家中被抓。", {"王某智"}),
        ("石某和邓某都已到案。", {"石某", "邓某"}),
        # … the verb after 某 is the sentence's
        ("郑某叫他去取钱。", {"郑某"}),
        # … and so are when and having (after he was caught, he has)
        ("民警成功抓获金某后，又赶往北园。", {"金某"}),
        ("群众举报称，陈某有重大嫌疑。", {"陈某"}),
        # … and so are a court's verb and the words that open its clauses
        ("被告人李某犯诈骗罪，被判处有期徒刑三年。", {"李某"}),
        ("王某因涉嫌盗窃被刑事拘留。", {"王某"}),
        ("王某于2020年3月离职。", {"王某"}),
        # … or by surname and 某某 (jieba cuts 张/q 某某/r)
        ("犯罪嫌疑人张某某已被警方依法刑事拘留。", {"张某某"}),
        ("被告人李某某犯盗窃罪。", {"李某某"}),
        # … not where the character closes a word, nor before a noun (such-and-such a body)
        ("他主张某某观点。", set()),
        ("群众向某某部门反映。", set()),
    ],
)
def test_a_person_named_by_surname_and_mou(text, expected):
    assert {name for name, kind in marked(text) if kind == "person"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province and its city written as one word are two places
        ("这位大叔在广西南宁拍了一期视频。", {("广西", "place"), ("南宁", "place")}),
        # a park named by a common word or by a date is one place
        ("他在南湖公园拍了一期视频。", {("南湖公园", "place")}),
        ("老人们在八一公园晨练。", {("八一公园", "place")}),
        ("两个公园之间隔着一条河。", set()),
    ],
)
def test_places_written_together(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause's verb is no part of the body after it
        ("他们在中国成立销售公司，正式开展业务。", {("中国", "place")}),
        # losing touch ends in 联 as 妇联 does, and names no body
        ("两名驴友在四川海螺沟景区失联。", {("四川", "place"), ("海螺沟景区", "place")}),
        # an adverb that is also a family name, after a title and before a verb
        ("学过这门语言的同学都知道。", set()),
    ],
)
def test_words_of_the_clause_are_no_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two fields joined inside a school's name, after the university it belongs to
        (
            "会议由重庆交通大学建筑与城市规划学院承办。",
            {("重庆交通大学建筑与城市规划学院", "org")},
        ),
        (
            "他是中国科学院地理科学与资源研究所的研究员。",
            {("中国科学院地理科学与资源研究所", "org")},
        ),
        # … but 和 between two bodies joins two names
        (
            "法案是同国际货币基金组织和世界银行的代表磋商的。",
            {("国际货币基金组织", "org"), ("世界银行", "org")},
        ),
    ],
)
def test_and_inside_a_bodys_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office or an institute jieba knows as one word (nt) is a body
        ("据国务院新闻办公室消息，发布会明天举行。", {("国务院新闻办公室", "org")}),
        ("该股在上海证券交易所上市。", {("上海证券交易所", "org")}),
        # … a kind of institute is none
        ("高校和科研院所都参加了。", set()),
    ],
)
def test_an_office_jieba_knows(text, expected):
    assert marked(text) == expected


def test_a_preposition_jieba_glued_to_a_name_is_not_the_name():
    assert marked("据小刚说，他昨天就回家了。") == {("小刚", "person")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 某 and a word after it: the word is the sentence's (杨某 描述)
        ("杨某描述了当时的经过。", {"杨某"}),
        # a name, a one-character adverb, a speech verb
        ("对此，丁磊则回答称，他从小就想学科技。", {"丁磊"}),
        # … or what one said to someone (对 a person, then a speech verb)
        ("那么，姚明到底和周琦说了什么？", {"姚明", "周琦"}),
        ("暂停时姚明对周琦说，不要走底线。", {"姚明", "周琦"}),
        # a picture's credit after the name
        ("（新华社记者张蕊摄）", {"张蕊"}),
    ],
)
def test_what_stands_after_a_name(text, expected):
    assert {name for name, kind in marked(text) if kind == "person"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street named after a district or a county is one place
        ("滨江东路和滨江中路今晚封闭。", {("滨江东路", "place"), ("滨江中路", "place")}),
        # … and after a city (黄山路 is a street of Wuxi, 哈尔滨大街 one of Harbin), numbered
        # too; not after a province (the road to it in older prose), nor 一路 ("all along")
        ("黄山路和中山四路今晚封闭。", {("黄山路", "place"), ("中山四路", "place")}),
        ("福利院位于哈尔滨大街。", {("福利院", "org"), ("哈尔滨大街", "place")}),
        ("哈尔滨大街上人来人往。", {("哈尔滨", "place")}),  # the city's streets
        ("山东路酒店依旧朱贵。", {("山东", "place"), ("朱贵", "person")}),
        ("只见山南一路军马涌出来。", {("山南", "place")}),
    ],
)
def test_a_street_named_after_a_place(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rare family name (郅), a name jieba tags as a numeral (许立群/m), a list
        ("本报厦门五月三十日电记者郅振璞报道：集知识性、趣味性于一体。", {"郅振璞"}),
        ("本报保定五月十五日电记者许立群报道：一九九八年的春天。", {"许立群"}),
        ("新华社巴黎5月25日电记者刘正学、果永毅报道：会议开幕。", {"刘正学", "果永毅"}),
        ("记者王黎、本报记者董洪亮报道：会议开幕。", {"王黎", "董洪亮"}),
        # … and a wire's credit in brackets after the dateline, the roles between its names
        # left out (王子 is a dictionary word: "prince")
        ("新华社北京10月18日电（记者王子明）论坛今天开幕。", {"王子明"}),
        ("本报讯（记者 张晓东 通讯员 李明亮）近日，案件告破。", {"张晓东", "李明亮"}),
        # … but a common word where a name would stand is that word
        ("本报记者连续报道：会议开幕。", set()),
    ],
)
def test_the_names_of_a_dispatchs_credit_are_people(text, expected):
    assert {name for name, kind in marked(text) if kind == "person"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a work's title that jieba took for a name: a record (…记) or a legend (…传)
        ("她推出了一部音乐剧《新白蛇传》。", set()),
        ("金庸写过《倚天屠龙记》和《鹿鼎记》。", {"金庸"}),
    ],
)
def test_a_record_or_a_legend_is_no_person(text, expected):
    assert {name for name, kind in marked(text) if kind == "person"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town or a village right after its county, whatever jieba made of it
        ("走进岐山县麦禾营镇的一家公司。", {("岐山县", "place"), ("麦禾营镇", "place")}),
        ("他是文昌市昌洒镇的教师。", {("文昌市", "place"), ("昌洒镇", "place")}),
        # … which may lie in a direction from its city (西北: northwest)
        (
            "大涧村地处禹州市西北磨街乡。",
            {("大涧村", "place"), ("禹州市", "place"), ("西北", "place"), ("磨街乡", "place")},
        ),
        ("她是邢台县南市屯村农民的女儿。", {("邢台县", "place"), ("南市屯村", "place")}),
        # … and a village after its town
        (
            "他住在安吉县天荒坪镇大溪村。",
            {("安吉县", "place"), ("天荒坪镇", "place"), ("大溪村", "place")},
        ),
        # … not a kind of place (农村, 城镇), nor a piece of a longer place
        ("邢台县新农村建设成效明显。", {("邢台县", "place")}),
        ("岐山县城镇居民收入增加。", {("岐山县", "place")}),
        ("他在海淀区中关村大街开店。", {("海淀区", "place"), ("中关村大街", "place")}),
    ],
)
def test_a_town_after_its_county(text, expected):
    assert marked(text) == expected


def test_a_street_in_a_city_is_no_person():
    # jieba takes 益鑫泰 for a name: after the city and before 路 it names the street
    text = "调查从益阳市益鑫泰路福利彩票投注站开始。"
    assert marked(text) == {("益阳市", "place"), ("益鑫泰路", "place")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the world's news agencies by name
        ("据路透社报道，彭博社也援引了消息。", {("路透社", "org"), ("彭博社", "org")}),
        # a post a person holds ends the body's name before it
        ("刘益谦现任公司董事长。", {("刘益谦", "person")}),
        # a verb that charges a body is the clause's
        (
            "证监会决定中国证券金融股份有限公司暂停业务。",
            {("证监会", "org"), ("中国证券金融股份有限公司", "org")},
        ),
        # … a verb inside a body's name stays (停战 监督机构)
        (
            "安理会决定派出联合国停战监督机构。",
            {("安理会", "org"), ("联合国停战监督机构", "org")},
        ),
    ],
)
def test_a_body_and_the_clause_around_it(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field of study and 会, which jieba parts, are a learned society
        ("中国地理学会副理事长出席了会议。", {("中国地理学会", "org")}),
        # … 会 after a field in a sentence is the modal verb
        ("他的数学会进步的。", set()),
    ],
)
def test_a_learned_society(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in Latin letters beside a title, a speech verb, or after the person in Chinese
        ("基金的首席投资官：Bob Michele", {("Bob Michele", "person")}),
        ("设计师 Michael Kruzeniski 说：“我们做了很多。”", {("Michael Kruzeniski", "person")}),
        (
            "英国首相约翰逊(Boris Johnson)提前结束了休假。",
            {("英国", "place"), ("约翰逊", "person"), ("Boris Johnson", "person")},
        ),
        # … its words glued, as some sites strip the spaces
        ("市场总监JohnKoller透露了一个消息。", {("JohnKoller", "person")}),
        # … Latin words that are products or places are no people
        ("Windows Phone 团队推出了新版本。", set()),
        ("他喜欢在YouTube上看视频。", set()),
        ("北京(Beijing)是首都。", {("北京", "place")}),
    ],
)
def test_a_name_in_latin_letters(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of a role before a name stands as a title does, for a name the dictionary
        # also holds as a word, a foreign one, or one jieba cut
        ("据悉，检察长邱建国在会上发言。", {("邱建国", "person")}),
        ("据悉，老将鲁宾在会上发言。", {("鲁宾", "person")}),
        # … a surname jieba read as a verb, then a rare word (名将 安/v 赛龙/nz)
        (
            "石宇奇不敌丹麦名将安赛龙。",
            {("石宇奇", "person"), ("丹麦", "place"), ("安赛龙", "person")},
        ),
        ("联合国协调员穆罕默德带来了新方案。", {("联合国", "org"), ("穆罕默德", "person")}),
        ("社区居委会主任杜长其透露了消息。", {("居委会", "org"), ("杜长其", "person")}),
        # … a title with its body glued on, before a name jieba tagged as one
        ("据悉，本报记者鲁宾在会上发言。", {("鲁宾", "person")}),
        # … a head of government's title with the country glued on (英国首相/nz)
        (
            "英国首相苏纳克在伦敦发表讲话。",
            {("英国", "place"), ("苏纳克", "person"), ("伦敦", "place")},
        ),
    ],
)
def test_a_role_before_a_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "宋江与众将谢恩。",  # many people in a role, then a verb jieba tagged as a name
        "与百官文武计事。",
        "部下军官周迥排成阵势。",  # … a character jieba took for an idiom
        "望太尉周全。",  # a token jieba took for a person by title
        "村里的工作人员方面作了准备。",  # the staff, then a common word
        "超神机械师连载中",  # a phrase the dictionary holds
        "军士长来保证作品可信。",  # a verb that is also a surname, before a verb
        "更多会员皮肤哦！",
    ],
)
def test_no_name_after_a_role_in_these(text):
    assert not any(kind == "person" for _, kind in marked(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what stands between a list mark and the title of a company's head, before a name,
        # is the company, though no tail names its kind
        (
            "出席的嘉宾有：蓝鲸互娱总裁王晓东、猎豹移动董事长兼CEO傅盛。",
            {("王晓东", "person"), ("猎豹移动", "org"), ("傅盛", "person")},
        ),
        ("会上，58同城董事长姚劲波发言。", {("58同城", "org"), ("姚劲波", "person")}),
        # … without the company's region
        ("据悉，捷豹路虎大中华区总裁高博已调离。", {("捷豹路虎", "org"), ("高博", "person")}),
        # … and with a word that qualifies the title before it
        ("会上，绿城集团执行总经理王晓东发言。", {("绿城集团", "org"), ("王晓东", "person")}),
        # … and a company named by a common word is no name
        ("该公司董事长王石表示同意。", {("王石", "person")}),
        ("由于董事长张三离职，", {("张三", "person")}),
    ],
)
def test_a_company_before_its_heads_title(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 李 + 明说/v: jieba made a verb of the given name and 说
        ("公司总经理李明说，", {("李明", "person")}),
        ("李明说，他会来。", {("李明", "person")}),
        ("赵华说，好。", {("赵华", "person")}),
        # … and a photographer's credit, 摄 (took it), glued the same way
        ("游客在湖边合影。通讯员张伟摄", {("张伟", "person")}),
        # … and no name made of a title's last characters (兵马都监闻达: 马都监/nr)
        ("只见兵马都监闻达喝道：“且住！”", {("闻达", "person")}),
        # … and the 长 of 省长 glued to the name after it (四川省 长魏宏/nr)
        ("四川省长魏宏专门就此作出部署。", {("四川省", "place"), ("魏宏", "person")}),
        # … and a given name's last character glued to a preposition (徐成/nrfg 光在/p)
        ("研究室副主任徐成光在会上表示，改革还要深化。", {("徐成光", "person")}),
        # … or to 则 (张伟则/nr 认为: "while Zhang Wei thinks"), not older prose's 则个
        ("某券商分析师张伟则认为，行业洗牌在所难免。", {("张伟", "person")}),
        ("我们去亭上，就观江景则个。", set()),
        # … or to the 为 of an appointment (聘任 陈信/nr 健为/v 行长)
        ("董事会同意聘任陈信健为行长。", {("陈信健", "person")}),
    ],
)
def test_a_verb_of_saying_glued_to_a_given_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 才 and 先 end given names as often as they lead into a verb: a name jieba ends with
        # one is whole …
        ("致公党中央主席罗豪才主持会议并讲话。", {("致公党中央", "org"), ("罗豪才", "person")}),
        ("新闻出版署署长于友先会见时在座。", {("新闻出版署", "org"), ("于友先", "person")}),
        # … where the other particles are the next word's (宋江 便), and so is 先 before a
        # verb (张伟 先走了)
        ("宋江便道：“好。”", {("宋江", "person")}),
        ("张伟先走了。", {("张伟", "person")}),
    ],
)
def test_a_given_name_ending_in_cai_or_xian(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure after a surname is no given name (周 跌幅: the week's fall)
        ("上周创7年来最大周跌幅。", set()),
        # … a word that may be one still joins (赵 + 新民)
        ("赵新民说，好。", {("赵新民", "person")}),
    ],
)
def test_a_measure_after_a_surname_is_no_given_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname with a courtesy title is how the text names that person: the whole
        ("李女士告诉记者，她很满意。", {("李女士", "person")}),
        ("温先生表示，他会再来。", {("温先生", "person")}),
        # … and so with a form of address for an older or a neighbouring person
        ("72岁的徐阿婆由家属陪同报警。", {("徐阿婆", "person")}),
        ("王阿姨告诉记者，她很满意。", {("王阿姨", "person")}),
        ("张大妈笑着说，好。", {("张大妈", "person")}),
        # … a clan before a group of its members is no one (袁氏 父子); 王氏 alone is someone
        ("袁氏父子减持了股票。", set()),
        ("刘氏夫妇说，好。", set()),
        ("王氏说道：“好。”", {("王氏", "person")}),
        # … also where jieba read the surname as a word of its own (付/v 小姐: "pay"), where a
        # noun phrase opens (not 要 付 小姐 钱)
        ("在北京工作的付小姐告诉记者，她很满意。", {("北京", "place"), ("付小姐", "person")}),
        ("他要付小姐一百元。", set()),
        # … which alone names no one
        ("楼下的阿婆说，好。", set()),
        ("邻居阿姨说，好。", set()),
        # … with an office it is the surname, as before
        ("毛主席说，好。", {("毛", "person")}),
        # … unless the two make an everyday word (a class's teacher; old)
        ("她接到班主任的电话。", set()),
        ("这里保存着古老的文化遗迹。", set()),
        ("高太尉大怒，喝令左右拿下。", {("高", "person")}),
        # … also where jieba took the surname for a classifier (曲/q, 张/q), not after a count
        ("市交通局曲局长昨天来到现场。", {("市交通局", "org"), ("曲", "person")}),
        ("张经理说，明天开会。", {("张", "person")}),
        ("墙上挂着一张主席像。", set()),
        ("你们众位将军都跟我来。", set()),
        # … and in quotation marks of their own, a surname and a title are a role someone
        # plays (a scammer's persona), no person
        ("对方自称“李局长”，要求她转账。", set()),
        ("骗子冒充“王警官”打来电话。", set()),
    ],
)
def test_a_surname_with_a_courtesy_title(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rare surname before a common verb is an adverb and that verb (相 = mutually)
        ("这与他的原则相冲突。", set()),
        ("价格与品质相匹配。", set()),
        ("为使农民尽快富起来，他帮助农民。", set()),
        # … and a word that is a surname far more rarely than a word is none before a verb
        ("计划由科技装备司牵头，正在开展。", set()),
        ("他们的心都紧紧连着，我相信。", set()),
        # … a common surname before one is a name as often, and a verb of one character
        ("杨振兴说，好。", {("杨振兴", "person")}),
        (
            "秦明和两个新来的萧让、金大坚已到。",
            {("秦明", "person"), ("萧让", "person"), ("金大坚", "person")},
        ),
    ],
)
def test_a_rare_surname_before_a_common_verb(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname and a character no given name is (a line, a tower) need a cue to be one
        ("车辆经澄张线驶往江阴。", {("江阴", "place")}),
        # … but 季, 路 and 书 are given names
        ("李季写了很多诗。", {("李季", "person")}),
        ("张路足彩推荐：主场不败。", {("张路", "person")}),
    ],
)
def test_a_surname_and_one_character_no_given_name_is(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign name before a landform's ending, or before the rest of a foreign place's
        # name, is that place and no person
        ("游客可以在雅拉河上坐游船。", {("雅拉河", "place")}),
        ("我们参观了拉什莫尔山。", {("拉什莫尔山", "place")}),
        # … or before a landform written as a word (盆地, 沙漠), or ending one jieba holds whole
        ("探测器在南极—艾特肯盆地着陆。", {("南极", "place"), ("艾特肯盆地", "place")}),
        ("他们翻越了安第斯山脉。", {("安第斯山脉", "place")}),
        # … a person before a preposition stays a person
        ("布什在山上。", {("布什", "person")}),
    ],
)
def test_a_foreign_place_by_its_landform(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what jieba glued to a name or made a name of
        ("我们到王刚家吃饭。", {("王刚", "person")}),  # the family's home
        ("埃洛普于2010年9月加入微软。", {("埃洛普", "person"), ("微软", "org")}),  # "in"
        ("记者向江门警方了解到。", {("江门", "place")}),  # a preposition before a place
        # a town's name, cut before 镇 (南洲 镇长/v 胜村: no mayor, no person)
        ("他去了南县南洲镇长胜村。", {("南县", "place"), ("南洲镇", "place"), ("长胜村", "place")}),
        # a region before a manager's title is the region he runs, no person
        (
            "中原房地产华北区总经理李文杰说。",
            {("中原房地产", "org"), ("华北区", "place"), ("李文杰", "person")},
        ),
        ("来源：华龙网", set()),  # a site is no person
    ],
)
def test_no_person_of_what_jieba_glued(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item listed with 、 next to a person, two or three characters opening with a
        # surname, is a person whatever jieba made of it
        (
            "捐赠人为丁磊、江南春、马化腾、王小川。",
            {("江南春", "person"), ("马化腾", "person"), ("王小川", "person")},
        ),
        (
            "施一公(2017年)、马大为、周其林获奖。",
            {("施一公", "person"), ("马大为", "person"), ("周其林", "person")},
        ),
        # … not places listed together, nor a common word after a person
        ("北京、上海、广州", {("北京", "place"), ("上海", "place"), ("广州", "place")}),
        ("习近平、中央领导", {("习近平", "person")}),
    ],
)
def test_people_listed_with_people(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # foreign names written with 隆, 伍, 廉, 嫩 (characters of transliteration)
        ("克林特·伊斯特伍德执导了这部电影。", {("克林特·伊斯特伍德", "person")}),
        ("卡梅隆曾在事后表示满意。", {("卡梅隆", "person")}),
        ("参议员梅嫩德斯提出了议案。", {("梅嫩德斯", "person")}),
        ("威廉姆斯说，比赛很艰难。", {("威廉姆斯", "person")}),
        # … and with 肖, 佛 (肖邦, 佛罗伦萨)
        ("美国学者迈克尔·托马肖及其同事发现。", {("美国", "place"), ("迈克尔·托马肖", "person")}),
        ("秘书长瓦尔特·沙佛尔霍夫出席。", {("瓦尔特·沙佛尔霍夫", "person")}),
        # … and with 申, 代 (斯捷帕申, 阿勒代斯)
        (
            "俄罗斯前总理斯捷帕申昨天说，改革不会停止。",
            {("俄罗斯", "place"), ("斯捷帕申", "person")},
        ),
        ("尤其是阿勒代斯指挥的球队很难对付。", {("阿勒代斯", "person")}),
    ],
)
def test_foreign_names_by_their_characters(text, expected):
    assert marked(text) == expected


def test_the_kinds_of_division_by_themselves_are_no_places():
    text = "省、自治区、直辖市、自治州、县、自治县、市、市辖区设立监察委员会。"
    assert not any(kind == "place" for _, kind in marked(text))
    assert marked("延边朝鲜族自治州和长白朝鲜族自治县") == {
        ("延边朝鲜族自治州", "place"),
        ("长白朝鲜族自治县", "place"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a road by its name: a proper noun before 路 or 大道, or a road jieba coined whole
        (
            "车辆可经扬子江路、徐霞客大道绕行。",
            {("扬子江路", "place"), ("徐霞客大道", "place")},
        ),
        ("事故发生在飞龙路附近。", {("飞龙路", "place")}),
        ("货车可走北惠路、锡澄路通行。", {("北惠路", "place"), ("锡澄路", "place")}),
        # … not the way in a clause, a name ending in 路, or a brand that goes on past it
        ("老汉路远，早要回去。", set()),
        ("张之路的《魔表》改编成了电影。", {("张之路", "person")}),
        # … or who writes it, later in the clause (a name that is also a word: 高峰, "peak")
        ("高峰在北京写下了《山里的孩子》。", {("高峰", "person"), ("北京", "place")}),
        ("捷豹路虎发布了新车。", set()),
        # … and a road's number listed beside it is no organisation but a road
        (
            "江阴市内S229、S340、北惠路等道路满足通行要求。",
            {("江阴市", "place"), ("S229", "place"), ("S340", "place"), ("北惠路", "place")},
        ),
    ],
)
def test_a_road_by_its_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a list of organisations, the items no rule found are organisations too
        (
            "今年以来，全信股份、京天利、青海春天、全筑股份、鸿博股份等跌幅超过六成。",
            {
                ("全信股份", "org"),
                ("京天利", "org"),
                ("青海春天", "org"),
                ("全筑股份", "org"),
                ("鸿博股份", "org"),
            },
        ),
        # … and among many more of them, an item the tagger took for a person or cut at a
        # place is one (康斯特/nrt, 汉邦 + 高科/nr, 山东 + 华鹏)
        (
            "其中，昌红科技、汉邦高科、鲍斯股份、山东华鹏、康斯特、盛洋科技等跌幅居前。",
            {
                ("昌红科技", "org"),
                ("汉邦高科", "org"),
                ("鲍斯股份", "org"),
                ("山东华鹏", "org"),
                ("康斯特", "org"),
                ("盛洋科技", "org"),
            },
        ),
        # … not in a list of as many people as bodies
        (
            "出席的有王小明、李华、华为公司、腾讯公司的代表。",
            {("王小明", "person"), ("李华", "person"), ("华为公司", "org"), ("腾讯公司", "org")},
        ),
        # … but a kind of body is none
        (
            "人民法院、人民检察院、公安机关、审计机关等国家机关",
            {("人民法院", "org"), ("人民检察院", "org")},
        ),
    ],
)
def test_bodies_listed_with_bodies(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newspaper or a news service by its title is the body that publishes it, too
        ("英国《泰晤士报》网站刊文称。", {("英国", "place"), ("泰晤士报", "org")}),
        ("据《红周刊》记者了解，", {("红周刊", "org")}),
        # … not a book's title that ends with the word
        ("他读了《过去的新闻》。", set()),
    ],
)
def test_a_newspaper_by_its_title(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person or a place that is a whole title names the film or the book
        ("电影《叶问》将于12月上映。", set()),
        ("她在读《白鹿原》。", set()),
        ("这篇论文发表在《柳叶刀》上。", set()),
        # … a title that holds a name more still mentions the person or the place
        ("他编了《邓小平文选》。", {("邓小平", "person")}),
        ("他写了《长江三日》。", {("长江", "place")}),
        # … and outside the title marks the name stands
        ("叶问是一位武术家。", {("叶问", "person")}),
    ],
)
def test_a_name_that_is_a_whole_title_names_the_work(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inside a work's title a name other than a Chinese one is the work's character or
        # world, no one the text mentions
        ("孩子们最爱看《怪物史莱克》和《纳尼亚传奇》。", set()),
        ("他最近在玩《马里奥赛车》。", set()),
        ("大会通过了《阿鲁巴决议》。", set()),
        # … and a newspaper named so is the newspaper
        ("据法国《费加罗报》报道，", {("法国", "place"), ("费加罗报", "org")}),
        # … a Chinese name inside a title is the person's, and outside the marks a foreign
        # name stands
        ("《周恩来传》今年再版。", {("周恩来", "person")}),
        ("达芬奇的手稿在米兰展出。", {("达芬奇", "person"), ("米兰", "place")}),
    ],
)
def test_a_foreign_name_inside_a_title_is_the_works_character(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title with a body's ending names a game or a novel, not the body
        ("他最近在玩《英雄联盟》。", set()),
        ("《天龙八部》是金庸的小说。", {("金庸", "person")}),
        # … a newspaper's title is its publisher's name
        ("据《纽约时报》报道，", {("纽约时报", "org")}),
    ],
)
def test_a_work_titled_like_a_body_is_no_body(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet a text credits: its reporter, its dispatch, its report
        ("澎湃新闻记者从多个渠道获悉。", {("澎湃新闻", "org")}),
        ("新京报讯（记者王小明）昨日，", {("新京报", "org"), ("王小明", "person")}),
        ("据央视新闻报道，", {("央视新闻", "org")}),
        ("小花奶奶向澎湃新闻记者表示。", {("澎湃新闻", "org")}),
        ("他对中国青年网记者说。", {("中国青年网", "org")}),
        ("华龙网-新重庆客户端记者赶到现场。", {("华龙网-新重庆客户端", "org")}),
        # … the date of its report between, and a preposition jieba glued to it (据财/v 联社)
        ("据财联社9月26日消息，", {("财联社", "org")}),
        ("据财联社报道，", {("财联社", "org")}),
        # … not the outlet that prints the text, outlets in general, a verb or a word
        ("本报记者李明报道。", {("李明", "person")}),
        ("据外媒报道，", set()),
        ("禹州市教体局通报称。", {("禹州市教体局", "org")}),
        ("互联网消息称，", set()),
        # … nor a paper the text leaves unnamed (某报社)
        ("他毕业于武汉大学，现任某报社记者。", {("武汉大学", "org")}),
    ],
)
def test_a_news_outlet_where_the_text_credits_it(text, expected):
    assert marked(text) == expected


def test_a_countrys_mission_in_another_is_one_body():
    assert marked("中国驻英国大使馆发言人4日回应。") == {("中国驻英国大使馆", "org")}
    # … an ambassador is a person, and the two countries stay places
    assert marked("中国驻美国大使李肇星在会上发言。") == {
        ("中国", "place"),
        ("美国", "place"),
        ("李肇星", "person"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry or a commission named by two fields joined by 和
        ("住房和城乡建设部发布通知。", {("住房和城乡建设部", "org")}),
        ("国家发展和改革委员会召开会议。", {("国家发展和改革委员会", "org")}),
        # … though no word of it is a name, and as an item of a list
        (
            "科技部、工业和信息化部、商务部等负责。",
            {("科技部", "org"), ("工业和信息化部", "org"), ("商务部", "org")},
        ),
        # … after the clause's conjunction, which is no part of it
        ("天寒地冻，但住房和城乡建设部没有发布通知。", {("住房和城乡建设部", "org")}),
        # … a province's, a city's or a district's department or bureau so named, after the
        # preposition that opens the clause
        ("据市文化和旅游局介绍，假期游客大增。", {("市文化和旅游局", "org")}),
        ("省住房和城乡建设厅印发通知。", {("省住房和城乡建设厅", "org")}),
        ("区人力资源和社会保障局提醒广大市民。", {("区人力资源和社会保障局", "org")}),
        # … or of several fields in a row, one of them 广电 (no dateline's 电)
        ("深圳市文化广电旅游体育局发布通知。", {("深圳市文化广电旅游体育局", "org")}),
        # … not a person and a ministry, nor two bodies
        ("他和建设部官员见面。", {("建设部", "org")}),
        (
            "中国人民银行和中国银行业监督管理委员会",
            {("中国人民银行", "org"), ("中国银行业监督管理委员会", "org")},
        ),
    ],
)
def test_a_ministry_of_two_fields(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitals are a body by their context: a word for a body's kind or head after them,
        # the body they abbreviate before them, or the lexicon's best-known bodies
        ("LGIM首席投资官表示乐观。", {("LGIM", "org")}),
        (
            "美国联邦贸易委员会（FTC）今日召开会议。",
            {("美国联邦贸易委员会", "org"), ("FTC", "org")},
        ),
        ("获IEEE系统人机控制论的最高奖。", {("IEEE", "org")}),
        # … elsewhere they are a term: a scheme, a technique, a structure
        ("这种BSTR结构很常见。", set()),
        ("QFII额度再次扩大。", set()),
        ("他用ROP绕过了DEP保护。", set()),
    ],
)
def test_capitals_are_a_body_by_their_context(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a police station by its place's name is a body; a police station is none
        ("民警赶到新桥派出所调查。", {("新桥派出所", "org")}),
        ("他到派出所报案。", set()),
    ],
)
def test_a_police_station_by_its_name(text, expected):
    assert marked(text) == expected


def test_a_bays_district_is_named_by_the_whole():
    assert marked("太平湾港区开发建设并无依据。") == {("太平湾港区", "place")}
    # … where a city's new district after it keeps its own name
    assert marked("太原晋源区的学校") == {("太原", "place"), ("晋源区", "place")}


def test_a_bay_named_after_its_city_is_one_place():
    assert marked("从大连湾、金州湾、大窑湾到长兴岛。") == {
        ("大连湾", "place"),
        ("金州湾", "place"),
        ("大窑湾", "place"),
        ("长兴岛", "place"),
    }
    # … an army's camp after a place stays no place of its own
    assert marked("宋江引兵回梁山泊寨中。") == {("梁山泊", "place")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a title, one character before a list mark ends the name, whatever jieba made
        # of it (先/d)
        ("中国科学院院士袁道先、曾刚等出席。", {("中国科学院", "org"), ("袁道先", "person")}),
        ("省长杜家毫、副省长李友志出席。", {("杜家毫", "person"), ("李友志", "person")}),
        # … not a word that joins or closes a list
        ("主任王刚等、", {("王刚", "person")}),
    ],
)
def test_a_name_cut_before_a_list_mark(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "各家商业银行都在下调利率。",
        "他去公立医院看病。",
        "可以通过网上银行转账。",
        "四大行的利润下降。",
        # … nor a kind of department, office or branch with no body before it
        "一位消费金融平台的市场部人士告诉记者。",
        "用户可前往就近营业厅签订承诺书。",
        "各级党委要负起责任。",
        # … nor a kind of school jieba cut in two (大中专/j 院校), nor a kind of shop
        "各大中专院校都参加了。",
        "他在村口的小卖部买了两瓶水。",
    ],
)
def test_a_kind_of_bank_or_hospital_is_no_body(text):
    assert not any(kind == "org" for _, kind in marked(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # villages of a kind, counted at the clause's end, are no village's name
        ("全镇共创建全面小康村十个、文明村五个。", set()),
        # … a village's own teams counted after it are not that
        ("他来到黄石村，黄石村三个组的村民都在。", {("黄石村", "place")}),
    ],
)
def test_villages_counted_are_a_kind(text, expected):
    assert marked(text) == expected


def test_a_bodys_department_is_named_by_the_body():
    assert marked("腾讯市场部负责人说，好。") == {("腾讯市场部", "org")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 州 ends a given name after a surname, where a title or a speech verb says so …
        ("联发科总经理陈冠州告诉记者。", {("联发科", "org"), ("陈冠州", "person")}),
        # … not a prefecture of three characters, nor a surname-like character before one of
        # two (高 + 唐州) or a count of them (常苏二州)
        ("凉山州和黔南州的学生", {("凉山州", "place"), ("黔南州", "place")}),
        ("众人马攻打高唐州。", {("高唐州", "place")}),
    ],
)
def test_a_given_name_ending_in_zhou(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "预计今年不会看到苹果5G手机的出现。",
        "5G手机的使用时长仅有4G手机的三分之一。",
        "支持SA的X55手机终端将于年底上市。",
        # Latin letters before the kind of a thing are a term, and a prize is no company
        "由于windows平台下客户端调用的接口不同。",
        "图片来源：未来科学大奖官网",
    ],
)
def test_a_model_or_a_generation_before_a_product_is_no_brand(text):
    """Letters with digits before 手机 name a model or a technology, not a company."""
    assert not any(kind == "org" for _, kind in marked(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a club, a studio or a firm may be named by its founder's or brand's name, which
        # jieba takes for a person's
        (
            "成都维初林训犬俱乐部重新排查后表示",
            {("成都维初林训犬俱乐部", "org")},
        ),
        ("记者采访了龙振体育俱乐部。", {("龙振体育俱乐部", "org")}),
    ],
)
def test_a_private_body_named_by_a_name(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company the lexicon knows, which jieba cuts into words of its own
        ("英伟达市值一度超过3万亿美元。", {("英伟达", "org")}),
        ("宁德时代董事长在股东大会上回答了提问。", {("宁德时代", "org")}),
        ("字节跳动旗下的短视频平台。", {("字节跳动", "org")}),
        # a maker whose name is an everyday word, right before a company's tail
        ("据悉，小米公司已签署合作协议。", {("小米公司", "org")}),
        ("美的集团发布年报。", {("美的集团", "org")}),
        # … not the everyday word before another noun (modern company law)
        ("现代公司制度正在建立。", set()),
        # … not where the name would end inside a word (China's telecoms industry)
        ("中国电信业发展迅速。", set()),
    ],
)
def test_a_known_company_jieba_cuts(text, expected):
    assert {m for m in marked(text) if m[1] == "org"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news network jieba tags as a body (not 通信网, a kind of network)
        ("据美国有线电视新闻网（CNN）报道。", {("美国有线电视新闻网", "org"), ("CNN", "org")}),
        # the legislatures of Hong Kong and Taiwan, which jieba tags as idioms (立法院/l)
        ("他今日前往立法院进行施政报告。", {("立法院", "org")}),
        ("立法會議員昨日開會。", {("立法會", "org")}),
    ],
)
def test_news_networks_and_legislatures_by_their_names(text, expected):
    assert {m for m in marked(text) if m[1] == "org"} == expected


def test_the_last_item_of_a_list_joined_by_he():
    assert marked("研发出5G芯片的企业仅剩下了高通、华为、三星、联发科和紫光展锐。") == {
        ("高通", "org"),
        ("华为", "org"),
        ("三星", "org"),
        ("联发科", "org"),
        ("紫光展锐", "org"),
    }
    # … where a ministry's name of two fields stays whole
    assert ("工业和信息化部", "org") in marked("由科技部、工业和信息化部、商务部等负责。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before 品牌 is a brand, its maker's …
        ("西北地区一家路虎品牌的经销商表示", {("西北", "place"), ("路虎", "org")}),
        # … not a city's brand
        ("助力长春品牌和产品走出去", {("长春", "place")}),
    ],
)
def test_a_name_before_pinpai_is_a_brand(text, expected):
    assert marked(text) == expected


def test_a_listed_companys_short_name_field_gives_the_company():
    # an announcement's head: the short name opens with a province's, which it is not
    head = "证券代码：600999 证券简称：湖南金牛 公告编号：临2024-015"
    assert marked(head) == {("湖南金牛", "org")}


def test_a_word_glued_to_a_preposition_is_no_brand():
    # 车企在/j 官方: car makers, then "on" their official accounts
    assert marked("记者注意到，多家车企在官方微博上表示反对。") == set()


def test_a_name_before_what_only_a_company_has_is_the_company():
    # a share price, a board: a proper noun jieba holds (万科/nz) before them is a company
    assert marked("万科股价连日下跌。") == {("万科", "org")}
    assert marked("万科董事会同意了这项议案。") == {("万科董事会", "org")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a highway's number listed or routed with roads, or before the road's kind, is a road
        (
            "货车可走江阴市内G312、S229、北惠路等道路。",
            {("江阴市", "place"), ("G312", "place"), ("S229", "place"), ("北惠路", "place")},
        ),
        ("沿G312国道行驶", {("G312", "place")}),
        # … not a console's or a summit's name
        ("对应PS3、X360、PC和PSP", set()),
        ("G20峰会在杭州举行", {("杭州", "place")}),
    ],
)
def test_a_highway_by_its_number(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a road's works by their names: interchanges, toll stations, service areas, ferries
        (
            "转入靖江互通，在无锡收费站下，经张家港汽渡过江。",
            {("靖江互通", "place"), ("无锡收费站", "place"), ("张家港汽渡", "place")},
        ),
        ("在阳澄湖服务区休息", {("阳澄湖服务区", "place")}),
        # … not a kind of hub
        ("这里是重要的交通枢纽和物流枢纽", set()),
    ],
)
def test_a_roads_works_by_name(text, expected):
    assert marked(text) == expected


def test_a_great_mountain_jieba_takes_for_a_name_is_a_place():
    assert marked("最低气温0℃线将位于黄淮南部至秦岭一线。") == {("秦岭", "place")}
    assert marked("筑路大军正在横穿吕梁山。") == {("吕梁山", "place")}


@pytest.mark.parametrize(
    "text",
    [
        # a county's short form that is an everyday word is that word: a mall, newly built,
        # an old town, a new town
        "点链接收藏暖春商城抢红米",
        "我发现这段新建的高速路很平。",
        "也可顺游镇远古城或朗德上寨",
        "大家前往钱江新城。",
        # … and so are the words the lexicon lists as no place, though districts and counties
        # bear them (城区, 郊区, 平原, 江山)
        "这座桥主要功能是为城区服务。",
        "无论是在热带平原上，还是在郊区。",
        "他一心要保江山社稷。",
        # … and an autonomous county's (沿河 along the river, 青龙 the azure dragon)
        "带领沿河六县的领导查看灾情。",
        "他手提青龙偃月刀。",
        # … and a prefecture's (白银: silver)
        "昨天上海黄金交易所白银价格下跌。",
    ],
)
def test_a_county_short_form_that_is_a_word(text):
    assert not any(kind == "place" for _, kind in marked(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an autonomous county by its short name, its peoples and 自治县 dropped (恭城瑶族自治县)
        ("十几年来，恭城先后换了六届县委书记。", "恭城"),
        ("据考证，焉耆回民主要来自宁夏。", "焉耆"),
        # … and a new district by its name without 新区 (浦东新区 -> 浦东)
        ("上海开发浦东为高层次人才施展才干提供了舞台。", "浦东"),
    ],
)
def test_a_county_by_its_short_name(text, place):
    assert (place, "place") in marked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a slope, a dam, a ford jieba knows as a place (ns)
        ("他再次投入故乡西柏坡的怀抱。", {("西柏坡", "place")}),
        ("河姆渡遗址出土了稻谷。", {("河姆渡", "place")}),
        # … and a ravine jieba took for a name (牟尼沟/nr)
        ("这条线路经过海子和牟尼沟，风景很美。", {("牟尼沟", "place")}),
        # … not a kind of slope, nor the poet jieba tags ns
        ("半山坡上有人在唱歌。", set()),
        ("苏东坡写下了这首词。", set()),
    ],
)
def test_a_slope_a_dam_or_a_ford(text, expected):
    assert marked(text) == expected


def test_a_public_place_jieba_holds_whole_by_a_name_it_lacks():
    # 普天间机场/n: an airport by a name no dictionary holds (国际机场 is a kind of airport)
    assert ("普天间机场", "place") in marked("就是否将美军普天间机场搬迁一事，双方再次会谈。")
    assert not any(kind == "place" for _, kind in marked("他们抵达了国际机场。"))
    # … and a museum jieba holds whole as a place by its city (上海博物馆/ns), as it holds
    # 中国美术馆 as a body: a building, so a place
    assert marked("上海博物馆正在举办书画艺术大展。") == {("上海博物馆", "place")}


def test_a_set_phrase_jieba_tags_as_a_place_is_none():
    # 人山人海/ns ("a sea of people"): a phrase of the shape A X A Y; 俄亥俄州 is a state
    assert marked("周末的断桥上人山人海。") == set()
    assert marked("大湖地区、俄亥俄州都下了雪。") == {("俄亥俄州", "place")}


@pytest.mark.parametrize(
    "text",
    [
        "科技兴港战略，定会使香港特区的发展迈上新台阶。",
        "香港特区政府对此表示失望。",  # the place before 政府, as news annotation has it
    ],
)
def test_a_special_region_by_its_name(text):
    assert marked(text) == {("香港特区", "place")}


def test_a_county_by_its_full_name_stays():
    assert ("商城县", "place") in marked("他来自河南商城县。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body the press names by a short name jieba cuts into pieces is found whole
        ("人社部等四部门3日下发通知", {("人社部", "org")}),
        ("今日从交通运输部新闻发布会获悉", {("交通运输部", "org")}),
        ("而深交所盘后公布的资料显示", {("深交所", "org")}),
        ("世卫组织与许多欧盟国家", {("世卫组织", "org"), ("欧盟", "org")}),
        ("国家安监总局、人社部联合下发通知", {("国家安监总局", "org"), ("人社部", "org")}),
        # … and so is a ministry by its full name, which jieba cuts at its 和
        (
            "卫生部正在和人力资源和社会保障部进行协调",
            {("卫生部", "org"), ("人力资源和社会保障部", "org")},
        ),
        ("新闻出版总署在推动产业升级", {("新闻出版总署", "org")}),
        # … not a department of that field anywhere, nor the highest judges
        ("各地人社部门要加强监管", set()),
        # … and inside a longer body's name it is a part of it
        ("中国人民银行行长易纲表示", {("中国人民银行", "org"), ("易纲", "person")}),
        # a city's bureau by its short name, the division before it and all, however jieba
        # cut them (住/v 建局, 长沙市人/n 社局), or the division by its kind alone (市住建委)
        ("长沙市住建局表示，将严查。", {("长沙市住建局", "org")}),
        ("长沙市人社局发布通知。", {("长沙市人社局", "org")}),
        ("长沙市网信办发布通知。", {("长沙市网信办", "org")}),
        ("公布了市住建委关于执行的规定", {("市住建委", "org")}),
        ("他在住建局工作。", {("住建局", "org")}),
        # a house of a parliament by itself
        ("被他关闭的下议院就重新复会了。", {("下议院", "org")}),
        # Japan's ministries, named 省, with the country before them
        ("日本防卫省将于明年编列预算。", {("日本防卫省", "org")}),
        ("日本外务省发言人表示遗憾。", {("日本外务省", "org")}),
        # a city's bureau of two fields joined by 和, where a clause goes on before the city
        ("记者从西安市文化和旅游局获悉。", {("西安市文化和旅游局", "org")}),
        # a military command by its place, however jieba cut or tagged it
        ("成都军区和新疆军区的官兵参加了演习。", {("成都军区", "org"), ("新疆军区", "org")}),
        ("远东军区司令员表示。", {("远东军区", "org")}),
        # … and China's theatre commands, which jieba cuts after their direction (东部/f 战区)
        ("东部战区组织海空兵力演练。", {("东部战区", "org")}),
        ("他说东部地区经济发展很快。", set()),
    ],
)
def test_a_body_by_the_name_the_press_gives_it(text, expected):
    assert marked(text) == expected


def test_a_short_name_that_a_word_goes_on_from_is_none():
    assert ("最高法", "org") not in marked("国民议会和最高法官委员会各推举了三人")


def test_a_name_whose_work_follows_is_its_author():
    # 张之路 is a name jieba's dictionary knows as a word: a work named right after it says who
    assert ("张之路", "person") in marked("其中张之路的《魔表》已经改编成电影。")
    assert ("张之路", "person") not in marked("其中张之路已经改编成电影。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name a reporter notes as made up is a person's, whatever jieba took it for
        ("7岁小花（化名）的眼睛被塞了纸片。", {("小花", "person")}),
        ("学生小丽（化名）向记者称，她看到了。", {("小丽", "person")}),
        ("物业顾问程波（化名）带记者去看房。", {("程波", "person")}),
        # … and not without the note
        ("她把小花放在窗台上。", set()),
    ],
)
def test_a_made_up_name_is_a_persons(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a title, a common surname and a given name before a title or a speech verb are
        # a name, however jieba cut or tagged them (黄细花/n, 高云 + 江说/v, 袁道 + 先)
        ("今年两会上人大代表黄细花提出把法定婚龄降低。", {("黄细花", "person")}),
        ("对此，警备区政委高云江说：“好。”", {("高云江", "person")}),
        (
            "中国科学院院士袁道先教授、周成虎研究员出席。",
            {("中国科学院", "org"), ("袁道先", "person"), ("周成虎", "person")},
        ),
        (
            "万联证券首席投资顾问古振华认为，指数还会涨。",
            {("万联证券", "org"), ("古振华", "person")},
        ),
        # … one character of a given name where the second opens the cue or a word
        ("市长李明表示，好。", {("李明", "person")}),
        ("北京5月12日讯记者薛原报道：女篮明天出发。", {("北京", "place"), ("薛原", "person")}),
        ("光明日报总编辑王晨都表示同意。", {("光明日报", "org"), ("王晨", "person")}),
        # … and no name of a word (高声 叫道: loudly)
        ("那教头高声叫道：“拿下！”", set()),
    ],
)
def test_a_name_after_a_title_however_jieba_cut_it(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family name outside the hundred commonest is one still (赖, 阎)
        ("据悉，赖志明与王小明昨日抵达。", {"赖志明", "王小明"}),
        ("阎志强的父亲也来了。", {"阎志强"}),
        # a word for the person or the party after the name (herself, and entourage)
        ("刚刚在商场遇到了杨幂本人。", {"杨幂"}),
        ("柳萍一行参观了工厂。", {"柳萍"}),
        # … or leading a side or a party
        ("梅西率领的阿根廷队夺得了冠军。", {"梅西"}),
        # a name with a character jieba cannot read (its tag x), beside a cue
        ("黄渤导演的新片即将上映。", {"黄渤"}),
        ("香港警务处处长萧泽颐表示，警方会严正执法。", {"萧泽颐"}),
        # … not the town that holds the event after it
        ("德约科维奇在温布尔登网球锦标赛中止步八强。", {"德约科维奇"}),
        # a name that is also a word (高峰, "peak"), before a brother, an agent, a son-in-law
        ("高峰的弟弟昨天来了。", {"高峰"}),
        # … or their disciples, after 及其 (and their)
        ("高峰及其弟子的作品在这里展出。", {"高峰"}),
        # an award or a contest that opens with a family name's character is no one
        ("王小明获得金像奖最佳新演员。", {"王小明"}),
        # a foreign name ending in 登 after an office
        ("美国总统拜登与法国总统马克龙举行会谈。", {"拜登", "马克龙"}),
        # a particle between two dots of a name (bin, 'son of'), which jieba reads as 'this'
        ("沙特王储穆罕默德·本·萨勒曼会见了客人。", {"穆罕默德·本·萨勒曼"}),
        # a pair of a foreign name's sounds jieba holds as a rarer verb, before its last
        ("欧洲中央银行行长拉加德宣布维持利率不变。", {"拉加德"}),
        # 连 and 朔 write foreign names too (jieba cuts 泽/nr 连斯基, 朔/j 尔茨)
        ("乌克兰总统泽连斯基在基辅会见了来访的客人。", {"泽连斯基"}),
        ("德国总理朔尔茨在巴黎举行会谈。", {"朔尔茨"}),
        # a character jieba cut off a foreign name after an office opens it
        ("联合国秘书长古特雷斯呼吁各方立即停火。", {"古特雷斯"}),
        # … and its last character jieba cut off before a mark
        ("她击败了克罗地亚选手维基奇，夺得金牌。", {"维基奇"}),
        ("印度总理莫迪与来访的美国国务卿布林肯会谈。", {"莫迪", "布林肯"}),
        # a pair of a foreign name's sounds jieba guessed, after an office
        ("泰国总理赛塔表示，欢迎更多中国游客。", {"赛塔"}),
        # a foreign name jieba cut where a family name's character opens its second half,
        # and one whose French given names a hyphen joins
        ("北约秘书长斯托尔滕贝格表示，北约将加强东翼防御。", {"斯托尔滕贝格"}),
        ("白宫发言人卡琳·让-皮埃尔周二表示。", {"卡琳·让-皮埃尔"}),
        # … not two names that touch, both known (the doctrine's) or a Chinese one second
        ("图为安德森何小平在现场。", {"安德森", "何小平"}),
        # … not a preposition before a foreign place
        ("秘书长于伊斯坦布尔发表讲话。", set()),
        # 岗 ends given names as well as hills; a word before it makes the hill (黄花岗)
        ("据翟志岗透露，今年的比赛将在上海举行。", {"翟志岗"}),
        ("他去了黄花岗。", set()),
        # the copula jieba glued to a name it guessed
        ("刘咏是国家一级演员。", {"刘咏"}),
        ("康有为提出变法。", {"康有为"}),
        # the speech verb of older prose glued to a name before a quote is the verb
        ("阎婆道：“我这女儿长得好模样。”", {"阎婆"}),
        ("王小明道：“好。”", {"王小明"}),
        ("主持人王明道说：“好。”", {"王明道"}),
    ],
)
def test_people_by_rarer_surnames_foreign_endings_and_older_speech(text, expected):
    assert {name for name, kind in marked(text) if kind == "person"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two characters jieba guesses as a name, right before a common noun they qualify
        ("那是球队的高光时刻。", set()),
        ("他穿着白绢衣服。", set()),
        # … are a person before a person's own, or where a speech verb follows
        ("我们去找刘蕾阿姨。", {"刘蕾"}),
        ("李蕾姑娘笑了笑。", {"李蕾"}),
        ("陈蕾开口说道：“走吧。”", {"陈蕾"}),
        # a surname's character that ends the word before it, then a word: no name
        ("公司拟向全体股东派发现金红利每股0.5元。", set()),
        ("他发现金小明不在家。", {"金小明"}),
    ],
)
def test_a_name_jieba_made_of_words_around_it_needs_a_cue(text, expected):
    assert {name for name, kind in marked(text) if kind == "person"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what news calls someone it quotes opens a name jieba split or mistagged
        ("患者周建国今年65岁。", {"周建国"}),
        ("游客郑小雨说，景区的服务很周到。", {"郑小雨"}),
        # … or by who they are or what they do, before a familiar name
        ("90后女孩小林辞职回乡创业。", {"小林"}),
        ("外卖小哥老周每天骑行超过100公里。", {"老周"}),
        # … and Hong Kong's head by the office's name
        ("行政长官李家超昨日表示，政府将推出新措施。", {"李家超"}),
        # … and after a title, the name's last character jieba glued to the word after it
        ("特首李家超在会上说，要拼经济。", {"李家超"}),
        ("总经理王家伟在会上说，公司业绩增长。", {"王家伟"}),
        # … and a surname jieba tagged as a pronoun (何/r), a given name as an adverb (立新/d)
        ("镇党委书记何建国带领村干部挨家挨户走访。", {"何建国"}),
        ("学校党委书记、校长孙立新教授为毕业生拨穗。", {"孙立新"}),
        # a surname and a courtesy form is the whole mention (张师傅, as 王先生)
        ("外卖骑手张师傅每天要跑40多单。", {"张师傅"}),
        # … or a kin word a child would use for an elder (陈/nr 奶奶/n)
        ("80岁的陈奶奶每天坚持锻炼。", {"陈奶奶"}),
        # a familiar name jieba guessed (小明, 小红) where a cue confirms it, not the
        # dictionary's words of that shape (小可, "I, humbly"; 老汉, "old man")
        ("小红告诉记者，她原本想放弃。", {"小红"}),
        ("老汉说：“小可不敢。”", set()),
        # … but the dictionary's of a common family name are such names (老王, 小李)
        ("老王说今天不去了。", {"老王"}),
        ("老张说他不去。", {"老张"}),
        # … and 阿, 小 or 老 jieba left a word apart from the family name (阿/j 袁/nr), once
        # in the text or not
        # a speech verb whose first character jieba took into the name (刘伟强/nr 调/v)
        ("会上，市长刘伟强调，必须严肃处理。", {"刘伟"}),
        ("李国强调研了三个村。", {"李国强"}),
        ("阿袁在城里上班。", {"阿袁"}),
        ("阿邓在城里上班。", {"阿邓"}),
        ("社区网格员小陈每天都要走访居民。", {"小陈"}),
        # … and whole where jieba glued the family name to the verb of speech (小/a 李说/nrfg)
        ("快递员小李说，今天很忙。", {"小李"}),
        ("他对小陈说了一句。", {"小陈"}),
        # … and after a quote, the name that opens the clause its speech verb ends, however
        # the clause tells how it was said, not a character jieba could not place (灼/vg)
        ("“你们放心，”老周拍着胸脯说，“这事包在我身上。”", {"老周"}),
        # … and a family name with a courtesy form right after a quote (孙/zg 大爷)
        ("“这不是钱的问题。”孙大爷摆摆手。", {"孙大爷"}),
        # … not after the name, as a title stands (the visitors' centre), nor an adverb
        ("从埃斯佩兰斯游客中心出发。", set()),
        ("消息传开，市民都很高兴。", set()),
    ],
)
def test_a_name_after_what_news_calls_someone(text, expected):
    assert {name for name, kind in marked(text) if kind == "person"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a film's or a song's credits say someone did confirms the name before it
        ("由张艺谋执导、巩俐主演的电影。", {("张艺谋", "person"), ("巩俐", "person")}),
        # … and a preposition jieba glued to the name (由宁浩/nr) is left out of it
        ("该片由宁浩监制，黄渤主演。", {("宁浩", "person"), ("黄渤", "person")}),
        # … only with such a cue: 他 同侯到 城里 is "he, with the marquis, went to town"
        ("他同侯到城里去了。", set()),
    ],
)
def test_a_name_in_a_films_credits(text, expected):
    assert marked(text) == expected
