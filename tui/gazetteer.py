"""Word lists the annotator relies on: places, surnames, organisation tails, person cues."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

# The suffixes a full division name may drop in running text (广东省 -> 广东, 广州市 -> 广州).
_DIVISION_SUFFIXES = (
    "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "地区",
    "省", "市", "盟",
)


def _data_lines(name: str) -> list[str]:
    text = files("tui").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def divisions() -> frozenset[str]:
    """Chinese administrative divisions (full names), plus the short forms of province- and
    prefecture-level ones; county short forms are left out (和平区 -> 和平 is a common word)."""
    names: set[str] = set()
    for line in _data_lines("divisions.tsv"):
        _, level, name = line.split("\t")
        names.add(name)
        if level == "county":
            continue
        for suffix in _DIVISION_SUFFIXES:
            short = name.removesuffix(suffix)
            if short != name and len(short) >= 2:
                names.add(short)
                break
    return frozenset(names)


@cache
def world_places() -> frozenset[str]:
    return frozenset(word for line in _data_lines("world_places.txt") for word in line.split())


@cache
def places() -> frozenset[str]:
    return divisions() | world_places()


@cache
def surnames() -> frozenset[str]:
    return frozenset(word for line in _data_lines("surnames.txt") for word in line.split())


# One-character short names of countries and Chinese provinces, as in 中美关系, 访华, 京津冀.
COUNTRY_ABBREVIATIONS = frozenset("中美日俄英法德韩朝印巴越泰意墨奥加澳非欧蒙以伊叙埃菲葡荷希土")
REGION_ABBREVIATIONS = frozenset("京沪津渝港澳台粤苏浙皖闽赣鲁豫鄂湘桂琼川黔滇藏陕甘冀晋辽吉黑")
PLACE_ABBREVIATIONS = COUNTRY_ABBREVIATIONS | REGION_ABBREVIATIONS | frozenset("华")
# Verbs and prepositions that take a one-character place: 访华, 驻京, 对美, 赴港.
ABBREVIATION_PREFIXES = frozenset("驻访来对侵反抵离在赴旅留援返回进入")
# Words that make a two-letter abbreviation compound ordinary (中意 = "to one's liking").
NOT_ABBREVIATION_PAIRS = frozenset({"中意", "中西", "中德", "中加", "中伊", "中华", "中非"})

# Words jieba tags as places that are not one (a city, the ocean, a mountain area …).
NOT_PLACES = frozenset(
    """城市 海洋 山区 外国 大国 两国 城镇 大城市 山水 治安 大桥 上半场 下半场 黑洞 滑坡 长达 普及
    西瓜 大街 东西 南北 北南 半壁江山 海关 海峡 小城镇 农村 乡村 城乡 内地 边疆 本地 外地 当地
    各地 全国 全球 世界 三国 四国 多国 各国 本国 他国 邻国 友邦 国内 国外 海外 境内 境外 天下 江山 山河 河山 大地 高原 平原 盆地 沙漠
    海岸 沿海 山村 城区 郊区 市区 县城 省城 京城 都市 首都 故乡 家乡 老家 街道 广场 公园 大厦
    校园 港口 码头 深度 湾区 大省 强省 小省 机场 车站 口岸 社区 小区 新区 开发区 特区 景区 灾区 牧区 林区 矿区 老区""".split()
)

# Tails that make "place + tail" a place mention, not an organisation: 中国政府 = 中国, 中美关系.
PLACE_GENERIC_TAILS = frozenset(
    """政府 关系 地区 人 人民 方面 境内 国内 全国 全境 各地 军 军队 军方 方 总统 总理 首相 外长
    大使 政局 局势 经济 市场 当局 国会 议会 时间 两国 等国 一方 之间""".split()
)

# Last words of an organisation name: 华南理工大学, 广东省委党校, 前海蛇口自贸片区管委会.
ORG_TAIL_WORDS = frozenset(
    """公司 有限公司 股份有限公司 集团 集团公司 大学 学院 研究院 研究所 研究中心 中心 协会 学会
    联合会 联盟 委员会 管委会 组委会 居委会 村委会 管理局 党校 科学院 工程院 银行 医院 中学 小学
    学校 大会 代表团 代表队 国家队 俱乐部 基金会 法院 检察院 出版社 报社 杂志社 电视台 电台 通讯社
    日报 晚报 时报 周报 商报 杂志 总署 总局 办公室 办公厅 事务所 工作室 实验室
    工厂 总厂 分厂 分公司 子公司 商会 党委 支部 队 女队 男队 球队 舰队 部队 编队 工作组
    分行 支行 中学校 幼儿园 博物馆 美术馆 图书馆 科技馆 纪念馆 剧院 大厦 大会堂 体育馆 大剧院 档案馆 剧团 乐团 艺术团 学院""".split()
)
# A noun ending in one of these is an organisation tail too (农林部, 新闻处, 水泥厂, 计委).
ORG_TAIL_CHARS = frozenset("部局厅署委队社厂院所办处司馆团校")
# Nouns ending in an organisation character that are no organisation.
NOT_ORG_TAILS = frozenset(
    """全部 内部 外部 局部 大部 部 局 局面 结局 格局 大局 全局 时局 当局 布局 处 好处 到处 处处
    之处 长处 短处 用处 益处 难处 出处 住处 社 院 所 场所 住所 厕所 诊所 派出所 团
    行 步行 进行 执行 举行 实行 运行 发行 同行 一行 旅行 流行 银行业 队 排队 军队
    厂 校 母校 司 上司 官司 馆 宾馆 旅馆 饭馆 委 办 举办 创办 主办 承办 开办 兴办
    停办 总部 干部 本部 东部 西部 南部 北部 中部 腹部 头部 胸部 背部 面部 底部 顶部 后部 前部
    各部 广场 办法 高校 院所 研究院所 总部 团队 梯队 车队 乐队 分队 小分队""".split()
)
# Words that may head an organisation name without being proper nouns (国家新闻出版署).
ORG_HEAD_WORDS = frozenset(
    """国家 中国 全国 中央 中共 国际 世界 亚洲 欧洲 省 市 县 区 乡 镇 村 中华 人民 解放军 联合国
    北京 共青团 民主 自治区 特区""".split()
)
# Standalone words that are organisations even without a proper name in front.
ORG_WORDS = frozenset(
    """市委 县委 省委 区委 纪委 国务院 外交部 国防部 商务部 财政部
    教育部 公安部 司法部 中央军委 全国人大 全国政协 人大 政协 国会 内阁 海军 陆军 空军 联合国
    欧盟 安理会 世行 亚行 北约 东盟 欧佩克 新华社 中新社 足协 篮协 中共中央 党中央 团中央 团县委
    团市委 团省委 解放军 武警 中共 参议院 众议院 国家杜马
    微软 英特尔 思科 飞利浦 丰田 波音 三菱 索尼 松下 西门子 诺基亚 摩托罗拉 苹果公司 谷歌 IBM
    华为 联想 海尔 腾讯 阿里巴巴 百度 通用汽车 福特 大众 奔驰 宝马公司 空客 壳牌 沃尔玛""".split()
)

# Words around a name that mark it as a person: titles before or after, speech verbs after.
PERSON_TITLES = frozenset(
    """主席 副主席 总理 副总理 总统 副总统 首相 部长 副部长 省长 副省长 市长 副市长 县长 书记 副书记
    委员长 委员 主任 副主任 局长 副局长 处长 厅长 院长 副院长 校长 副校长 所长 馆长 社长 董事长
    总经理 经理 副总经理 总裁 主编 秘书长 会长 理事长 司令 司令员 政委 将军 大使 外长 议员 议长
    教授 副教授 研究员 博士 院士 专家 学者 记者 编辑 作家 画家 导演 演员 歌手 教练 主教练 队长
    队员 运动员 选手 律师 医生 大夫 护士 老师 教师 工程师 总工程师 厂长 村长 乡长 镇长 站长
    主管 总监 负责人 发言人 代表 同志 先生 女士 小姐 夫人 老人 大爷 大娘 师傅 老板 创始人 助理
    总书记 国家主席 总干事 秘书 首席执行官 元帅 上将 中将 少将 大校 上校 烈士 同学""".split()
)
SPEECH_VERBS = frozenset(
    """说 说道 表示 指出 认为 强调 介绍 告诉 举例道 举例说 坦言 称 提出 透露 解释 补充 回忆 感慨
    感叹 直言 建议 谈到 说明 宣布 承认 相信 希望 要求 呼吁 预计 预测 分析 分析称 表态 回答 答道
    问道 笑道 回应 说明道 补充道 坦承 直言道 总结 评价 指出道 描述 写道 谈道 讲 讲道 发现 看来
    主张 认定 提醒 警告 声称 声明 宣称 重申 证实 告诫 反问 追问""".split()
)
# Honorifics after a bare surname that make it a person (胡老, 王总).
SURNAME_HONORIFICS = frozenset("老总")
# What follows a surname in one token to make the surname a person (王某, 郑先生, 陈老师).
SURNAME_TAILS = frozenset(
    "老 总 某 先生 老师 小姐 女士 教授 师傅 大爷 大娘 阿姨 老汉 大妈 大姐 大哥 老板 书记 主任 局长 "
    "校长 院长 经理 部长 市长 县长 厂长 博士 医生 大夫 工".split()
)
# Ordinary words that jieba's dictionary tags as names (weather words, adjectives …).
NOT_PERSONS = frozenset(
    """多云 小雨 雷阵雨 雷雨 雷雨大风 多云转晴 阵雨 中雨 大雨 暴雨 晴转多云 阴转多云 令人 安全性
    宣传教育 许可证 公开赛 明白 卫星 王朝 崇高 崇尚 育人 二人 路基 严格遵守 高素质 高增值 司令官
    纪念章 冷不丁 高新区 吉普车 任重道远 田径赛 农家乐 冷清 白痴 文明 高潮 青少年 荣幸 弘扬 师生
    顾客 祝贺 祝福 腾飞 关怀 许可 桂冠 明星 东道主 智慧 友谊 滑雪 小学生 博士后 洪水 诸如
    建立健全 采取措施 宝马 尼古丁 厄尔尼诺 卢比 卢布 美元兑 美钞""".split()
)
# Characters used to write foreign names (克林顿, 基里延科, 穆巴拉克).
TRANSLITERATION_CHARS = frozenset(
    """阿埃艾爱安奥巴拜班邦贝本比彼伯博布达戴丹道德迪蒂丁杜多厄恩尔法菲费芬丰弗福盖冈戈哥格贡古
    哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯库奎拉莱赖兰朗劳勒雷蕾里理利莉丽列林琳卢
    鲁路伦罗洛马玛迈麦曼芒梅门蒙米密明缪摩莫默姆穆纳娜奈内尼涅纽努诺欧帕潘佩彭皮平珀普齐奇乔切
    钦琼丘让热若萨塞赛桑瑟森沙莎善尚绍舍什施史斯松苏索塔泰坦汤唐特提廷通图托瓦万旺威韦维魏温文
    沃乌武西希锡夏谢辛休徐雅亚延扬耶伊因尤于约泽扎詹兹佐思顿夫娃茨彻"""
    .replace("\n", "").replace(" ", "")
)
# Last words of a building, which news annotation marks as a place, not an organisation.
BUILDING_TAILS = ("大厦", "大会堂", "美术馆", "博物馆", "体育馆", "大剧院", "档案馆", "展览馆", "纪念馆",
                  "体育场", "大楼", "会堂")
# Organisation-tagged words that name no organisation (民间组织, 党政机关).
NOT_ORGS = frozenset("民间组织 党组织 团组织 党政机关 国际组织 社会组织 基层组织 政府机关 有关部门".split())
# One-character endings of a division name (萝 + 岗区, 大湾 + 区).
DIVISION_ENDINGS = frozenset("区县镇乡旗村州")
