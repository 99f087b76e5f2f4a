package org.inkstream.enrichment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ansj.domain.AnsjItem;
import org.ansj.domain.TermNature;
import org.ansj.library.DATDictionary;
import org.inkstream.core.Entities;

/**
 * Persons, places and organisations an article mentions, from ansj's name tags filtered by general rules.
 *
 * <p>Why filter: raw recognisers produce fragments and common words (安区, 满堂彩, 文旅, 校镇) at a rate that makes the
 * entity facets useless. The rules are general, not keyed to any page:
 *
 * <ul>
 *   <li>a person opens with a common surname (surnames.txt), has 2-3 characters (3-4 with a compound surname), is not a
 *       stopword, a place-like word or a form of address (陈先生, 陈某), stands neither in quotes nor glued to a lone
 *       character, and, with two characters, has a title before it, a speech verb after it or sits in a list of names;
 *       never someone the byline credits: reporters and correspondents write an article, they are not mentioned in it;
 *   <li>a place is either a place in ansj's core dictionary (a gazetteer of provinces, cities, countries...) or a name
 *       of at least two characters before an administrative suffix (省 市 县 区 镇 乡 村 街道 社区...), and never a
 *       generic area word (开发区, 景区, 社区);
 *   <li>an organisation is ansj's organisation tag, or a chain of nouns that starts with a place, an administrative
 *       level (市, 县...), a country's one-character abbreviation (俄) or a known organisation (建设部 of
 *       建设部政策研究中心) and ends with an institutional word (生态环境局, 仲裁委员会, 有限公司, 军区...), with at
 *       least two non-generic characters before the suffix; only the longest form is kept (郧西县公安局, not also
 *       县公安局);
 *   <li>names the {@link Gazetteer} knows (places from province to township and the world's countries, national and
 *       international organisations) are joined into one word first, and give each entity its normalised key
 *       ({@link Entities#keys()}: 中共中央 and 中国共产党中央委员会 share one);
 *   <li>foreign names count after a title or before a speech verb, names repeated in the article count without a
 *       title, and a name that is the tail of a longer one found too is that person (桥本龙太郎, not 龙太郎);
 *   <li>older papers write titles after names (朱德总司令, 蔡元培君) and classical words beside them (段祺瑞曰,
 *       孙传芳部): both are read as a name's context;
 *   <li>a foreign name written with a middle dot (菲利普·鲁宾) needs no title; roles of sports, culture and business
 *       news, kin and the parties of a case introduce names (选手纳达尔, 儿子李强); 国家, 中央, 全国 open institutions as
 *       places do (中央美术学院), 世界 and 国际 world bodies (世界和平理事会), and brands a bank, a group or a school
 *       (民生银行, 娃哈哈集团);
 *   <li>a name ends where a word that cannot be inside one stands: a locative (开幕会上), a lone numeral or verb, an
 *       adverb, the member states of an organisation (上海合作组织成员国).
 * </ul>
 *
 * Thread-safe and immutable.
 */
public final class EntityExtractor {

  private static final Pattern ADMIN_UNIT =
      Pattern.compile("\\p{IsHan}{2,6}?(?:自治区|自治州|自治县|街道|社区|省|市|县|区|镇|乡|村)");
  /** Local units whose names dictionaries miss (柳家河 + 村, 汉江路 + 街道): read back from the unit word. */
  private static final Set<String> LOCAL_UNITS = Set.of("镇", "乡", "村", "街道", "社区");
  /** What makes 示范村, 先进社区, 文明村 an honorary title rather than a name. */
  private static final List<String> TITLE_STEMS = List.of("示范", "先进", "文明", "美丽", "重点", "试点", "特色", "模范",
      "样板", "标杆", "星级", "和谐", "平安", "卫生", "生态", "幸福", "明星");
  /** Unit words a segmenter may split off a place name. */
  private static final Set<String> PLACE_TAILS = Set.of("省", "市", "县", "区", "镇", "乡", "村", "街道", "社区", "平原",
      "湖", "江", "河", "山", "湾", "岛", "州", "盆地", "高原", "半岛", "新区", "林区", "垸", "路", "大道", "大街", "街",
      "地区", "地带", "西岸", "东岸", "海峡", "三角洲");
  /** Forms of address that make a name anonymous (陈先生, 赵女士, 陈某): not a person one could search for. */
  private static final List<String> ADDRESS_FORMS = List.of("先生", "女士", "小姐", "同志", "师傅", "老师", "大爷",
      "大妈", "阿姨", "某", "氏", "总", "副", "老", "哥", "姐", "叔", "婶", "嫂", "伯", "爷", "奶");
  /** Campaign words that turn a place into a slogan (平安中国, 美丽乡村, 健康咸宁). */
  private static final Set<String> SLOGAN_PREFIXES = Set.of("平安", "健康", "美丽", "数字", "法治", "文明", "幸福",
      "智慧", "魅力", "活力", "绿色", "生态", "小康", "唱响", "大美", "印象", "爱我", "品味", "新");
  /** What turns a place into a concept or a region name (中国特色, 中国梦, 中国式, 武汉都市圈). */
  private static final List<String> CONCEPT_SUFFIXES = List.of("特色", "梦", "式", "都市圈", "城市圈",
      "经济圈", "经济带", "籍", "时间", "奥运会", "冬奥会", "残奥会", "冬残奥会", "亚运会", "运动会", "博览会",
      "班列", "大战", "战争", "事变");
  private static final List<String> PLACE_SUFFIXES = List.of("特别行政区", "自治区", "自治州", "自治县", "街道", "社区",
      "地区", "新区", "省", "市", "县", "区", "镇", "乡", "村", "州", "盟", "旗", "湾", "岛", "湖", "江", "河", "山");
  /** The place suffixes that also end given names (锡山, 中山, 长江, 汉湖, 子州, 红旗). */
  private static final String NATURE_ENDINGS = "山江河湖湾岛州旗";
  private static final Set<String> GENERIC_PLACES = Set.of("先行区", "事务区", "示范区", "开发区", "功能区", "城区",
      "解放区", "边区",
      "景区", "社区", "园区", "辖区", "小区", "新区", "老区", "山区", "库区", "灾区", "市区", "郊区", "片区", "校区",
      "厂区", "街区", "城镇", "小城镇", "乡镇", "村镇", "全省", "全市", "全县", "全区", "本市", "我市", "该市", "外省", "各省",
      "专区", "服务区", "试验区", "保护区", "风景区", "旅游区", "商业区", "工业区", "住宅区", "居住区", "无人区", "禁区");
  private static final List<String> ORG_SUFFIXES = List.of("委员会", "有限公司", "公司", "集团", "局", "委", "厅", "部",
      "中心", "学校", "学院", "大学", "中学", "小学", "幼儿园", "医院", "卫生院", "协会", "学会", "商会", "联合会",
      "研究院", "研究所", "银行", "分行", "支行", "法院", "检察院", "政府", "党委", "党工委", "支部", "工作室", "基金会", "合作社",
      "报社", "日报", "晚报", "商报", "晨报", "都市报", "时报", "电视台", "电台", "博物馆", "纪念馆", "图书馆", "办公室", "出版社",
      "旅行社", "总队", "支队", "大队", "军分区", "军区", "议会", "国会", "议院", "内阁", "组织",
      // sixth round: fleets and squads, unions, exchanges, embassies, branch offices, the people's organisations
      // written short (福建省委, 南海区政协, 中国海军, 上海证券交易所, 新华社浙江分社)
      "舰队", "中队", "工会", "交易所", "使馆", "领事馆", "党部", "政协", "人大", "工商联", "妇联", "侨联",
      "科协", "文联", "作协", "足协", "篮协", "残联", "团委", "分社", "办事处", "代表处", "海军", "空军", "陆军", "省委", "市委", "县委",
      "区委",
      // works and research offices of a national paper's reports (邯郸钢铁总厂, 国务院研究室, 苏州工业园区管委会)
      "总厂", "分厂", "研究室", "管委会", "委会", "秘书处", "杜马", "自民党",
      // orchestras and companies of the stage (上海交响乐团, 中国京剧院三团, 东方歌舞团)
      "乐团", "剧团", "艺术团", "歌舞团", "杂技团", "合唱团",
      // societies, commands, and universities written short (全国党建研究会, 美南方司令部, 四川师大, 北京农大)
      "研究会", "促进会", "联谊会", "司令部", "指挥部", "师大", "农大", "医大", "工大", "科大", "交大",
      "文化馆", "文化宫", "少年宫",
      // the railway's units (长沙客运段, 株洲机务段)
      "客运段", "工务段", "机务段", "车务段", "电务段", "供电段",
      // parties named by their country (挪威共产党, 英国工党, 日本社会党, 秘鲁共产党中央委员会)
      "共产党", "工人党", "劳动党", "社会党", "工党", "保守党", "自由党", "民主党", "共和党", "人民党", "国民党",
      // armies named by their country (中国人民志愿军, 朝鲜人民军)
      "志愿军", "解放军", "人民军", "兵团",
      // news agencies, councils, fronts and national societies of other countries and of the world (安塔拉通讯社,
      // 世界和平理事会, 新加坡社会主义阵线, 日本红十字会)
      "通讯社", "新闻社", "理事会", "阵线", "红十字会",
      "馆", "站", "所", "队", "院", "厂", "报");
  /** Endings of a periodical's name: papers (京报, 大晚报, 科技日报), weeklies, monthlies, magazines. */
  private static final List<String> PERIODICAL_ENDINGS = List.of("报", "周刊", "月刊", "旬刊", "杂志");
  /**
   * Titles that end like a paper and name a document or a notice instead: the word alone (《公报》, 《年报》), or a
   * document about something (《关于……的通报》); 《大公报》 and 《政府公报》 are papers.
   */
  private static final Set<String> DOCUMENT_WORDS = Set.of("公报", "通报", "简报", "汇报", "年报", "预报", "情报",
      "海报", "电报", "警报", "喜报", "捷报", "举报", "快报", "板报");

  /** The one-character names papers give countries (中美, 俄军, 日方): 俄 of 俄款委员会. */
  private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("中", "美", "英", "法", "德", "俄", "苏", "日", "意",
      "奥", "荷", "比", "西", "葡", "加", "澳", "印", "韩", "朝", "越", "泰", "缅", "埃", "以", "伊", "巴", "蒙", "土");

  /**
   * Words that open the name of a national or public institution as a place does (国家统计局, 中央美术学院,
   * 全国总工会, 国立北平大学, 省立医院).
   */
  private static final Set<String> NATIONAL_OPENERS = Set.of("国家", "中央", "全国", "国立", "省立", "市立", "县立");

  /**
   * Words that open the name of a world body (世界 + 工会 + 联合会, 国际 + 劳工 + 组织, 世界 + 和平 + 理事会): as a
   * national opener, but never right before the institutional word (国际 + 组织, 世界 + 银行 are kinds or known names)
   * nor after a word that may open a name itself (振华 + 国际 + 投资 + 集团).
   */
  private static final Set<String> WORLD_OPENERS = Set.of("世界", "国际");

  /**
   * Whether tokens {@code start} to {@code end} read as the name of a national or public institution or of a world
   * body: an opener of {@link #NATIONAL_OPENERS} or {@link #WORLD_OPENERS}, nouns, and an institutional word; right
   * after the opener only a specific one of three characters or more (中央 + 研究院, 中央 + 政治局; not 国立 + 大学,
   * 国家 + 政府, which describe), and no adjective or distinguishing word between (中央 + 不同 + 部委, 全国 + 普通 +
   * 高等学校 describe too).
   */
  private static boolean opensNationalName(List<Segmenter.Token> tokens, int start, int end) {
    String last = tokens.get(end).word();
    String opener = tokens.get(start).word();
    boolean world = WORLD_OPENERS.contains(opener);
    if (!(NATIONAL_OPENERS.contains(opener) || world) || TEAM_WORDS.contains(last) || last.equals("部委")
        || end == start + 1 && (last.length() < 3 || world)
        || world && start > 0 && canContinueName(tokens.get(start - 1))) {
      return false; // 振华 + 国际 + 投资 + 集团: a company's name, of which 国际 is only a part
    }
    for (int j = start + 1; j < end; j++) {
      String nature = tokens.get(j).nature();
      if (nature.startsWith("a") || nature.equals("b")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether one word of the segmenter's is a national institution's whole name: an opener of {@link
   * #NATIONAL_OPENERS} and three characters or more after it (国家地震局, 全国总工会), as {@link #opensNationalName} asks
   * of tokens (国家 + 政府 describes).
   */
  private static boolean opensNationalWord(String word) {
    return word.length() >= 5 && NATIONAL_OPENERS.stream().anyMatch(word::startsWith);
  }

  /**
   * Institutional words that a brand or a proper name tagged {@code nz} opens as a name (民生银行, 娃哈哈集团,
   * 协和医院); descriptions end with other words (客服中心, 高端局, 博彩公司: 公司 ends too many), so only these count.
   */
  private static final List<String> BRAND_ENDINGS = List.of("银行", "集团", "医院", "大学", "学院", "中学", "小学",
      "证券", "保险");
  /**
   * Institutions a person's name opens as a brand does (宋庆龄基金会, 李嘉诚基金会), and groups whose brand the
   * segmenter reads as a name (海尔集团); a whole personal name before 集团 makes a political clique (朴正熙集团,
   * 蒋介石集团), no company.
   */
  private static final Set<String> NAMED_BY_PERSON = Set.of("集团", "基金会");
  /**
   * Whether tokens {@code start} to {@code end} read as a brand's institution: a proper noun ansj tags {@code nz}
   * (民生, 娃哈哈, 协和) or an abbreviation it tags {@code j} (城建 + 学院), at most two words, and one of
   * {@link #BRAND_ENDINGS} (民生 + 银行, 娃哈哈 + 集团); no verb between but a company's usual words (苏宁 + 控股 +
   * 集团; 电商 + 运营 + 银行 describes).
   */
  private static boolean opensBrandName(List<Segmenter.Token> tokens, int start, int end) {
    Segmenter.Token first = tokens.get(start);
    boolean named = first.nature().startsWith("nr") && end == start + 1
        && NAMED_BY_PERSON.contains(tokens.get(end).word())
        && "各该本某每这那此全".indexOf(first.word().charAt(0)) < 0 // 海尔 + 集团, 宋庆龄 + 基金会; not 各大 + 集团
        && !(tokens.get(end).word().equals("集团") && first.word().length() >= 3); // 朴正熙 + 集团 is a clique
    boolean proper = first.nature().equals("nz") || first.nature().equals("j");
    if (!(proper || named) || first.word().length() < 2 || end - start > 3
        || !named && BRAND_ENDINGS.stream().noneMatch(tokens.get(end).word()::endsWith)) {
      return false;
    }
    for (int j = start + 1; j < end; j++) {
      if (tokens.get(j).nature().startsWith("v") && !COMPANY_INFIXES.contains(tokens.get(j).word())) {
        return false;
      }
    }
    return true;
  }

  /** Words inside companies' names that the segmenter may tag as verbs (苏宁 + 控股 + 集团, 万科 + 企业 + 股份). */
  private static final Set<String> COMPANY_INFIXES = Set.of("控股", "股份", "实业", "投资", "置业", "发展", "贸易");

  /** Words that after a bare place describe an institution without naming it (印度学校, 美国公司). */
  private static final Set<String> GENERIC_AFTER_PLACE = Set.of("学校", "公司");

  /** Conjunctions inside an institution's name (文化和旅游局, 卫生管理与政策中心). */
  private static final Set<String> CONJUNCTIONS = Set.of("和", "与", "及");
  /** What may stand right before or after a name cut into pieces inside a list of names. */
  private static final Set<String> LIST_OPENERS = Set.of("、", "，", ",", "：", ":");
  private static final Set<String> LIST_CLOSERS = Set.of("、", "，", ",", "。", "等", "和", "及");
  /** Separators of a list of names; the text reaches the extractor with full-width commas folded to ASCII. */
  private static final Set<String> ENUMERATION_MARKS = Set.of("、");
  private static final Set<String> COMMAS = Set.of("，", ",");

  /** Words that end the name of an event (a forum, a summit, a fair, games, a festival). */
  private static final List<String> EVENT_WORDS = List.of("论坛", "峰会", "博览会", "运动会", "奥运会", "圆桌会议",
      "电影节", "艺术节", "文化节", "旅游节", "年会");
  /** The middle dots that join the parts of a foreign name (黛博拉·格里本, 惠特妮・休斯顿). */
  private static final Set<String> NAME_DOTS = Set.of("·", "・", "•", "‧");
  /** Forms of address after which a word the segmenter reads as a place is a person's name (贝宁先生). */
  private static final Set<String> HONORIFICS = Set.of("先生", "女士", "小姐", "夫人", "太太");
  /** The longest title in book-title brackets read as one: an unclosed 《 further back opens no title. */
  private static final int LONGEST_TITLE = 30;
  /** Words that make a place a sports team (中国队, 加拿大队, 北京女足): the team is an organisation. */
  private static final Set<String> TEAM_WORDS = Set.of("队", "女足", "男足", "女排", "男排", "女篮", "男篮");
  /** Administrative levels that open an institution's short name (市生态环境局, 省住建厅, 县公安局). */
  private static final Set<String> ADMIN_LEVELS = Set.of("省", "市", "县", "区", "镇", "乡", "村", "州");
  /** Words that end like an institution and are none. */
  private static final Set<String> NOT_INSTITUTIONS = Set.of("干部", "内部", "全部", "局部", "外部", "东部", "西部", "南部",
      "北部", "中部", "腹部", "头部", "大部", "部分", "俱乐部", "基层干部", "党员干部", "领导干部", "村干部", "全局", "格局",
      "布局", "大局", "开局", "结局", "当局", "骗局", "某部", "该部", "各部", "本部", "此部", "常委", "政委", "编委",
      // halls, not offices (维也纳金色大厅 is a venue)
      "大厅", "展厅", "餐厅", "客厅", "门厅", "歌厅", "舞厅", "候机厅", "候车厅", "营业厅", "宴会厅", "放映厅",
      // situations, not bureaus (意大利政局); kinds of company and school (美 + 大公司, 州 + 中小学)
      "政局", "时局", "战局", "僵局", "败局", "残局", "定局", "棋局", "饭局", "牌局", "困局", "乱局", "变局", "危局",
      "大公司", "小公司", "新公司", "老公司", "中小学", "大中小学");
  /** Stems that make a generic description, not a name (劳务有限公司, 职业学院). */
  private static final Set<String> GENERIC_ORG_STEMS = Set.of("劳务", "服务", "职业", "综治", "有限", "科技", "工作",
      "管理", "相关", "有关", "该", "本", "各", "某", "这家", "一家", "建设", "投资", "发展", "技术", "信息");
  /** Heads of state and government: no institution's name holds one (尼泊尔 + 首相 + 新政府 is no name). */
  private static final Set<String> HEADS_OF_STATE = Set.of("总统", "总理", "首相", "国王", "女王", "王储", "副总统",
      "副总理", "副首相");
  private static final Set<String> FOREIGN_TITLES = Set.of("总统", "总理", "首相", "国王", "主席", "外长", "大使",
      "秘书长", "女王", "王储", "议长", "部长");
  private static final String PERSON_TRAILERS = "论说等和与在是指称讲同向又也";
  /** Characters that end no given name but often follow one: 李鹏在, 李鹏又, 宋健时, 张棣问 are 李鹏, 宋健, 张棣. */
  private static final String FRAGMENT_TAILS = "在又说是等也称讲时问";
  /** Words after which a name is the name of a building, a prize or a fund (邵逸夫体育馆), not a person mentioned. */
  private static final List<String> NAMED_AFTER = List.of("体育馆", "图书馆", "纪念馆", "博物馆", "大楼", "楼", "故居",
      "奖", "基金", "杯", "广场", "中学", "小学", "大学", "医院", "路", "号", "革命", "烈士", "陵园", "纪念");
  /** Ranks and titles the segmenter may read as the end of the foreign name before them (南日大将). */
  private static final List<String> GLUED_RANKS = List.of("大将", "上将", "中将", "少将", "元帅", "将军", "亲王");
  /** Words that introduce a foreign name besides titles: 发言人巴加埃, 防长别洛乌索夫. */
  private static final List<String> FOREIGN_INTRODUCERS = List.of("发言人", "防长", "外长", "总统", "总理", "首相",
      "国王", "主席", "大使", "秘书长", "议长", "部长", "市长", "州长", "教授", "总书记", "领导人", "统帅", "司令",
      "国务卿", "特使", "外相", "总裁", "总干事",
      // heads of banks, agencies and firms (世界银行行长沃尔芬森, 原子能机构总干事, 通用公司董事长)
      "行长", "署长", "局长", "主任", "董事长", "总经理", "干事长", "党首",
      // roles that introduce foreigners in sports, culture, science and business news (选手瓦林卡, 创始人扎克伯格)
      "选手", "球员", "前锋", "后卫", "中锋", "中场", "门将", "主帅", "主教练", "教练", "歌手", "演员", "男星", "女星",
      "影星", "歌星", "球星", "巨星", "导演", "编剧", "作家", "诗人", "画家", "学家", "分析师", "创始人", "执行官",
      "首席执行官", "董事长", "总经理", "经理", "官员", "主持人", "制片人", "设计师", "律师", "队友", "搭档",
      "港督", "总督", "经纪人",
      // the head of a visiting delegation (苏联工会代表团团长戈罗希金)
      "团长");
  /** Speech verbs that a foreign name is the subject of (阿拉格齐当天表示). */
  private static final Set<String> SPEECH_VERBS = Set.of("说", "称", "表示", "强调", "指出", "认为", "宣布", "证实",
      "批准", "会见", "会晤", "访问", "致电", "签署", "政府");
  /** Endings of Russian and other Slavic names as Xinhua transcribes them (-kov, -nov, -yev, -sky, -vich, -enko...). */
  private static final Set<String> NAME_ENDINGS = Set.of("科夫", "诺夫", "耶夫", "罗夫", "洛夫", "托夫", "乔夫", "斯基",
      "茨基", "维奇", "科娃", "诺娃", "耶娃", "琴科", "申科");
  /**
   * Characters of transcribed foreign names (Xinhua's transcription tables use a few hundred): a name the segmenter
   * tags as a person but that opens with no Chinese surname is read as foreign only if all its characters are such.
   */
  private static final String TRANSCRIPTION = "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼宾波伯博布查达戴丹道德登迪蒂丁东杜顿多厄恩尔法凡范菲费芬丰"
      + "夫福弗富盖甘冈高戈哥格根古瓜哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱兰朗劳勒雷蕾里利莉连列林琳卢鲁伦罗洛"
      + "马玛迈麦曼梅门蒙米敏明莫姆穆纳娜奈南内妮尼涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐恰乔切钦琼丘萨塞赛桑森沙莎尚舍申什施史斯松苏索"
      + "塔泰坦汤唐特提图托瓦万旺威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤于约泽扎詹兹佐祖歇茨";
  /** Words that introduce a person: a title, a role, a form of address (市委书记周锋, 检察长廖旭, 市民代表吕轻燕). */
  private static final List<String> TITLES = List.of("书记", "市长", "县长", "区长", "镇长", "乡长", "村长", "主任",
      "局长", "处长", "科长", "院长", "检察长", "庭长", "所长", "校长", "主席", "委员", "部长", "厅长", "省长", "总理",
      "总统", "首相", "董事长", "总经理", "经理", "厂长", "教授", "老师", "医生", "队长", "站长", "会长", "秘书长",
      "同志", "村民", "市民", "居民", "代表", "负责人", "指导员", "民警", "干部", "成员", "专家", "工程师", "主持人",
      "馆长", "社长", "行长", "总裁", "创始人", "支书", "组长", "班长", "师傅", "老人", "领导", "烈士", "英雄", "模范",
      "患者", "学生", "职工", "员工", "农民", "党员", "群众", "游客", "选手", "运动员", "教练", "冠军", "作家", "画家",
      "演员", "导演", "博士", "院士", "总监", "主管", "大使", "外长", "国王", "议长", "法官", "检察官", "律师", "记者",
      // ranks and posts of armies and of older papers (总司令林彪, 政委刘伯承, 特使马歇尔)
      "司令", "司令员", "政委", "参谋长", "将军", "上将", "中将", "少将", "元帅", "军长", "师长", "旅长", "团长", "特使",
      "国务卿", "外相",
      // ministers of Japan and Britain (大藏大臣三冢博); not 长官, after which the segmenter cuts 林郑月娥 badly
      "大臣",
      // ministers and governors of the Beiyang and Nationalist governments (总长章士钊, 教长胡仁源, 财长孔祥熙)
      "委员长", "总长", "次长", "教长", "财长", "督军", "督办",
      // roles of sports, culture, science and business news (歌手陶晶莹, 球员武磊, 物理学家杨振宁)
      "选手", "球员", "前锋", "后卫", "中锋", "中场", "门将", "主帅", "主教练", "歌手", "男星", "女星", "影星", "歌星",
      "球星", "编剧", "诗人", "学家", "分析师", "执行官", "首席执行官", "制片人", "设计师", "规划师",
      // kin, team-mates and the parties of a case, who papers name right after the relation (女儿李讷, 队友萨林杰,
      // 犯罪嫌疑人刘兵)
      "女儿", "儿子", "妻子", "丈夫", "父亲", "母亲", "哥哥", "姐姐", "弟弟", "妹妹", "孙子", "孙女", "队友", "搭档",
      "男子", "女子", "嫌疑人", "被告人", "被告", "原告", "逃犯", "死者", "伤者", "港督", "总督", "经纪人", "老板",
      "店主", "车主", "房东",
      // the workers, soldiers and commune members a national paper of the 1950s-90s names after their trade or honour
      // (劳模孟泰, 战士雷锋, 社员王大娘 is no name: 大娘 is a form of address)
      "劳模", "劳动模范", "标兵", "战士", "社员", "知青", "徒弟", "技术员", "技师", "农艺师", "工人", "教师", "护士",
      "司机", "营业员", "售货员", "乘务员", "炊事员", "饲养员");
  private static final Set<String> TITLE_SET = Set.copyOf(TITLES);
  /** Words that follow a person: speech and action verbs (杨军强调, 张进顺笑着说). */
  private static final List<String> PERSON_VERBS = List.of("说", "表示", "介绍", "告诉", "指出", "强调", "主持",
      "出席", "参加", "要求", "认为", "坦言", "笑着", "走进", "来到", "调研", "察看", "带领", "一行", "同志", "等",
      "先后", "详细", "听取", "看望", "慰问", "会见", "会谈", "宣布", "回忆", "感慨", "激动", "高兴", "提出", "希望",
      "讲", "称", "透露", "指着", "接过", "今年", "逝世", "病逝", "去世", "当天", "此前", "曾", "女儿", "儿子", "生前", ":",
      "在",
      // verbs whose subject is a person: what one decides, admits, explains or is elected to (谭娟发现, 王川选择)
      "发现", "选择", "决定", "解释", "承认", "坦承", "分析", "建议", "补充", "回答", "回应", "提醒", "呼吁", "觉得",
      "相信", "担任", "曾任", "现任", "出任", "当选", "率领", "率队", "带队", "毕业", "出生", "生于", "辞职", "答道",
      "问道", "写道", "说道", "笑道", "直言", "谈到", "谈及", "表态", "声称", "承诺", "告诫", "感叹", "说明");
  /**
   * Titles and honorifics written after a name, as older papers and formal reports do (朱德总司令, 胡适先生, 李鹏总理):
   * as good evidence of a name as a title before it.
   */
  private static final List<String> TITLES_AFTER = List.of("先生", "总司令", "司令员", "司令", "将军", "委员长",
      "主席", "副主席", "总理", "副总理", "总统", "总书记", "部长", "院长", "校长", "教授", "省长", "市长", "委员", "君",
      "博士", "女士", "夫人", "大使", "特使", "国务卿", "首相", "外长", "亲王", "国王", "女王", "王储", "议长",
      "秘书长");
  /** Verbs of telegrams and letters that the segmenter may glue to the name before them (朱德致电, 朱德电告). */
  private static final Set<String> TELEGRAM_VERBS = Set.of("致电", "电告", "电贺", "电唁", "致函", "复电");
  /** Single characters that may stand right before or after a name without being part of a misread word. */
  private static final String NAME_NEIGHBOURS = "的和与及同对向让给由被把请为在是从跟说等也就都还又将到称讲问答笑带叫以于曾再已因率便均"
      // the written language of older papers: 段祺瑞曰, 蔡元培君, 冯玉祥副委员长, 宋子文抵沪, 孙传芳部 (his troops),
      // 偕 / 暨 / 致 before a name
      + "曰谓云君氏亦乃即遂则并且之副偕暨致电函抵赴返离访昨今拟仍尚复自诸部";

  private final Set<String> surnames;
  private final Set<String> stopwords;
  private final Gazetteer gazetteer;

  public EntityExtractor() {
    this.surnames = Lexicons.words("surnames.txt");
    this.stopwords = Lexicons.words("stopwords.txt");
    this.gazetteer = Gazetteer.standard();
  }

  /**
   * The entities among {@code tokens} (the segmented simplified text), each list deduplicated in order of first
   * mention; {@code notMentioned} are names (the byline's) that never count as persons.
   */
  Entities extract(List<Segmenter.Token> segmented, Collection<String> notMentioned) {
    List<Segmenter.Token> tokens = withNameEndings(withTitlesRejoined(gazetteer.mark(segmented)));
    Set<String> repeated = repeatedNames(tokens);
    Set<String> splitNames = repeatedSplitNames(tokens);
    boolean[] titled = insideTitles(tokens);
    Set<String> persons = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    Set<String> organizations = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      Segmenter.Token token = tokens.get(i);
      String nature = token.nature();
      String listed = listedName(tokens, i, splitNames);
      if (listed == null) {
        listed = titledSplitName(tokens, i);
      }
      Span periodical = token.word().equals("《") ? periodicalAt(tokens, i) : null;
      Span dotted = titled[i] ? null : dottedName(tokens, i);
      if (dotted == null && !titled[i]) {
        dotted = titledNameInPieces(tokens, i);
      }
      String brandedFamily = nature.equals("nz") ? titledTwoPartName(tokens, i) : null;
      if (listed != null) {
        if (!notMentioned.contains(listed)) {
          persons.add(listed);
        }
        i++;
      } else if (periodical != null) {
        organizations.add(periodical.name());
        i = periodical.last();
      } else if (nature.equals(Gazetteer.ORGANISATION_TAG)) {
        Span branch = branchOf(tokens, i);
        organizations.add(withCountry(tokens, i, branch == null ? token.word() : branch.name()));
        i = branch == null ? i : branch.last();
      } else if (dotted != null) {
        if (!notMentioned.contains(dotted.name())) {
          persons.add(dotted.name());
        }
        i = dotted.last();
      } else if (brandedFamily != null) {
        if (!notMentioned.contains(brandedFamily)) {
          persons.add(brandedFamily);
        }
        i++;
      } else if (nature.equals(Gazetteer.PERSON_TAG)) {
        if (!titled[i] && !notMentioned.contains(token.word())) {
          persons.add(token.word());
        }
      } else if (nature.startsWith("nr")) {
        boolean cutName = twoPartForeignName(tokens, i) != null && isCutName(token.word(), tokens.get(i + 1).word());
        addPerson(tokens, i, persons, notMentioned, repeated);
        i += cutName ? 1 : 0; // the second part is no name of its own, whether the context made the whole a person
      } else if (isTitledForeignNoun(tokens, i) && !notMentioned.contains(token.word())) {
        persons.add(token.word());
      } else if (nature.startsWith("ns")) {
        i = titled[i] ? i : addPlace(tokens, i, places, organizations);
      } else if (LOCAL_UNITS.contains(token.word())) {
        String place = placeEndingAt(tokens, i);
        if (place != null) {
          places.add(place);
        }
      } else if (nature.startsWith("nt") && (isOrganization(token.word()) || isKnownOrganisation(token.word()))) {
        if (organizationStartingAt(tokens, i) == null) { // 百度 + 公司 is read at 公司, 百度 alone here
          organizations.add(withCountry(tokens, i, token.word()));
        }
      } else if (endsAnInstitution(token)) {
        String organization = organizationEndingAt(tokens, i);
        if (organization != null) {
          organizations.add(organization);
        }
      }
    }
    List<String> people = completeNames(persons);
    List<String> organisations = fullForms(organizations);
    return new Entities(people, List.copyOf(places), organisations, keys(people, places, organisations));
  }

  /**
   * The person token {@code i} names, if its context reads like a name: a Chinese name (see {@link #person}), or a
   * foreign one (ansj's {@code nrf}, or no surname and only transcription characters).
   */
  private void addPerson(List<Segmenter.Token> tokens, int i, Set<String> persons, Collection<String> notMentioned,
      Set<String> repeated) {
    Segmenter.Token token = tokens.get(i);
    String twoPart = twoPartForeignName(tokens, i);
    if (twoPart != null) {
      String after = i + 2 < tokens.size() ? tokens.get(i + 2).word() : "";
      if (!notMentioned.contains(twoPart) && (isTitled(tokens, i) || speaks(tokens, i + 1)
          || TITLES_AFTER.contains(after))) {
        persons.add(twoPart);
      }
      return;
    }
    String person = token.nature().equals("nrf") ? null : person(token.word());
    if (person == null) {
      if (token.nature().equals("nrf") || isTranscribed(token.word())) {
        addForeignPerson(tokens, i, persons, notMentioned);
      }
    } else if (!notMentioned.contains(person) && !isTwoCountriesOffice(tokens, i, person)
        && (hasPersonContext(tokens, i, person) || (repeated.contains(token.word()) || isKnownName(person))
            && isFree(tokens, i))) {
      persons.add(person);
    }
  }

  /** Whether a "name" is two countries' abbreviations before a title (巴印 + 总理: Pakistan's and India's premiers). */
  private static boolean isTwoCountriesOffice(List<Segmenter.Token> tokens, int i, String person) {
    return AbbreviatedCountries.namesTwoCountries(person) && i + 1 < tokens.size()
        && FOREIGN_TITLES.contains(tokens.get(i + 1).word());
  }

  /**
   * The names the segmenter tags as persons more than once, at least once with no noun after them: a name repeated
   * is a name even without a title, but an abbreviation that opens compounds (文旅 of 文旅局, 文旅产业) is not.
   */
  private static Set<String> repeatedNames(List<Segmenter.Token> tokens) {
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    Set<String> standAlone = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      Segmenter.Token token = tokens.get(i);
      if (token.nature().startsWith("nr")) {
        if (!seen.add(token.word())) {
          repeated.add(token.word());
        }
        if (i + 1 == tokens.size() || !tokens.get(i + 1).isNoun()) {
          standAlone.add(token.word());
        }
      }
    }
    repeated.retainAll(standAlone);
    return repeated;
  }

  /**
   * A name the segmenter cut into a surname and the rest: inside a list of names (刘汉元、谈 + 剑锋、刘屹), a lone
   * surname character and the one- or two-character word after it, with a listed name on one side across 、 and a
   * separator or the end of the list on the other; anywhere, a cut name of {@code splitNames}; null otherwise.
   */
  private String listedName(List<Segmenter.Token> tokens, int i, Set<String> splitNames) {
    String pair = surnameAndWord(tokens, i);
    if (pair == null) {
      return null;
    }
    if (splitNames.contains(pair)) {
      return pair;
    }
    boolean listedBefore = isNameAt(tokens, i - 2, ENUMERATION_MARKS, -1);
    boolean listedAfter = i + 3 < tokens.size() && isNameAt(tokens, i + 3, ENUMERATION_MARKS, 1);
    boolean closedAfter = i + 2 == tokens.size() || LIST_CLOSERS.contains(tokens.get(i + 2).word());
    boolean openedBefore = i == 0 || LIST_OPENERS.contains(tokens.get(i - 1).word());
    return listedBefore && closedAfter || listedAfter && openedBefore ? plausibleName(pair) : null;
  }

  /**
   * A two-character name the segmenter cut into a surname and a character it read as something else, right after a
   * title and before the end of a clause (副行长 + 陈 + 元 + 、): the title makes the pair a name; null otherwise.
   */
  private String titledSplitName(List<Segmenter.Token> tokens, int i) {
    if (i == 0 || i + 1 >= tokens.size()) {
      return null;
    }
    Segmenter.Token surname = tokens.get(i);
    Segmenter.Token given = tokens.get(i + 1);
    // cheapest tests first: this runs on every token
    if (surname.word().length() != 1 || given.word().length() != 1 || !surnames.contains(surname.word())
        || !isHan(given.word()) || isFunctionWord(given.nature())) {
      return null;
    }
    boolean closed = i + 2 == tokens.size() || LIST_CLOSERS.contains(tokens.get(i + 2).word())
        || SPEECH_VERBS.contains(tokens.get(i + 2).word());
    String before = tokens.get(i - 1).word();
    if (!closed || TITLES.stream().noneMatch(before::endsWith)) {
      return null;
    }
    return plausibleName(surname.word() + given.word());
  }

  /**
   * A name the segmenter cut into two or three pieces of three or four characters in all, between a title and a speech
   * verb (大藏大臣 + 三 + 冢 + 博 + 表示, 外务大臣 + 池田行 + 彦 + 表示): Japanese names, which have no Chinese surname
   * for the name rules to hold on to; null otherwise. No piece may be a function word (部长 + 在 + 会上 + 说), an
   * adjective, a measure (市长 + 三次 + 表示) or a common word (干部 + 群众 + 代表 + 说), one piece at least is a single
   * character, and only such a piece may be a numeral (六 of 梶山静六).
   */
  private static Span titledNameInPieces(List<Segmenter.Token> tokens, int i) {
    // cheapest tests first, as this runs on every token: a speech verb within three tokens, then the title
    boolean speechAhead = false;
    for (int j = i + 2; j <= Math.min(tokens.size() - 1, i + 3) && !speechAhead; j++) {
      speechAhead = SPEECH_VERBS.contains(tokens.get(j).word());
    }
    if (i == 0 || !speechAhead || TITLES.stream().noneMatch(tokens.get(i - 1).word()::endsWith)) {
      return null;
    }
    StringBuilder name = new StringBuilder();
    boolean singleCharacter = false;
    for (int j = i; j < Math.min(tokens.size(), i + 3); j++) {
      Segmenter.Token piece = tokens.get(j);
      String nature = piece.nature();
      boolean numeral = nature.equals("m") && piece.word().length() == 1;
      boolean notAPiece = isFunctionWord(nature) || nature.startsWith("a") || nature.startsWith("q");
      if (!isHan(piece.word()) || !numeral && notAPiece || piece.word().length() > 1 && isCommonWord(piece.word())) {
        return null; // 干部 + 群众 + 代表 + 说: words, not a name's pieces
      }
      name.append(piece.word());
      singleCharacter |= piece.word().length() == 1;
      boolean closed = j + 1 < tokens.size() && SPEECH_VERBS.contains(tokens.get(j + 1).word());
      if (j > i && closed && singleCharacter && name.length() >= 3 && name.length() <= 4) {
        return new Span(name.toString(), j);
      }
    }
    return null;
  }

  /**
   * Particles, prepositions, conjunctions, adverbs, pronouns, verbs, numerals, words of place and time, punctuation:
   * never the given name's character (老人 + 盛 + 上: 上 is a direction). A verb's bound morpheme ({@code vg}) may be
   * one, since it is no word alone (副主席 + 连 + 战 + 表示).
   */
  private static boolean isFunctionWord(String nature) {
    return nature.startsWith("u") || nature.startsWith("p") || nature.startsWith("c") || nature.startsWith("d")
        || nature.startsWith("r") || nature.startsWith("w") || nature.startsWith("v") && !nature.equals("vg")
        || nature.startsWith("f")
        || nature.startsWith("m") || nature.startsWith("t") || nature.startsWith("s");
  }

  /** The name itself, when a joined surname and word make a plausible name whole (not cut back to a shorter one). */
  private String plausibleName(String pair) {
    String name = person(pair);
    return name != null && name.length() == pair.length() ? name : null;
  }

  /**
   * The surname at token {@code i} and the one- or two-character word after it, joined, or null: a cheap test that
   * runs on every token, before the dictionary is asked ({@link #plausibleName}).
   */
  private String surnameAndWord(List<Segmenter.Token> tokens, int i) {
    String surname = tokens.get(i).word();
    String nature = tokens.get(i).nature();
    if (surname.length() != 1 || !surnames.contains(surname) || i + 1 >= tokens.size() || nature.startsWith("nr")
        || nature.startsWith("c") || nature.startsWith("p") || nature.startsWith("u") || nature.startsWith("r")) {
      return null; // 和 + 全国: a conjunction, not the surname 和
    }
    String rest = tokens.get(i + 1).word();
    if (rest.isEmpty() || rest.length() > 2 || !isHan(rest) || tokens.get(i + 1).nature().startsWith("v")) {
      return null;
    }
    return surname + rest;
  }

  /**
   * Names the segmenter cut into a surname and a word (单 + 杏花) the same way at least twice, at least once as a
   * subject (单杏花是, 单杏花说) or after a title: a cut that repeats is a name the dictionary lacks, not chance.
   */
  private Set<String> repeatedSplitNames(List<Segmenter.Token> tokens) {
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    Set<String> subjects = new HashSet<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String name = surnameAndWord(tokens, i);
      if (name == null) {
        continue;
      }
      if (!seen.add(name)) {
        repeated.add(name);
      }
      String before = i > 0 ? tokens.get(i - 1).word() : "";
      String after = i + 2 < tokens.size() ? tokens.get(i + 2).word() : "";
      if (after.equals("是") || PERSON_VERBS.stream().anyMatch(after::startsWith)
          || TITLES.stream().anyMatch(before::endsWith)) {
        subjects.add(name);
      }
    }
    repeated.retainAll(subjects);
    repeated.removeIf(name -> plausibleName(name) == null);
    return repeated;
  }

  /**
   * A periodical named in book-title brackets from token {@code i} (《京报》, 《大晚报》): papers are organisations,
   * whether or not a dictionary knows them; null when the title is none.
   */
  private static Span periodicalAt(List<Segmenter.Token> tokens, int i) {
    StringBuilder title = new StringBuilder();
    for (int j = i + 1; j < Math.min(tokens.size(), i + 6); j++) {
      String word = tokens.get(j).word();
      if (word.equals("》")) {
        String name = title.toString();
        boolean periodical = name.length() >= 2 && name.length() <= 10 && isHan(name)
            && PERIODICAL_ENDINGS.stream().anyMatch(name::endsWith)
            && !DOCUMENT_WORDS.contains(name) && !name.contains("的") && !name.startsWith("关于");
        return periodical ? new Span(name, j) : null;
      }
      title.append(word);
    }
    return null;
  }

  /**
   * A word ansj's core dictionary knows mostly as an organisation, and often (恒大, 百度, 央视; not 中法, seen in
   * compounds): a brand or short name without an institutional word at the end; names with one (工程院) are judged by
   * their stem instead ({@link #isOrganization}). The dictionary also tags a few possessives so (我的, 你的, 的家): no
   * name ends or opens with 的.
   */
  static boolean isKnownOrganisation(String word) {
    if (word.length() < 2 || !isHan(word) || word.endsWith("的") || word.startsWith("的")
        || ORG_SUFFIXES.stream().anyMatch(word::endsWith)) {
      return false;
    }
    TermNature top = commonest(word);
    return top != null && top.nature.natureStr.startsWith("nt") && top.frequency >= 20;
  }

  /**
   * A name ansj's core dictionary knows mostly as a person's name, and often (鲁迅, 邓小平, 江泽民): a well-known person
   * needs no title. Common words the dictionary also tags as names (文章, 高峰) are tagged otherwise most often.
   */
  static boolean isKnownName(String word) {
    TermNature top = commonest(word);
    return top != null && top.nature.natureStr.startsWith("nr") && top.frequency >= KNOWN_NAME_FREQUENCY;
  }

  private static final int KNOWN_NAME_FREQUENCY = 5;

  /** The tag ansj's core dictionary gives {@code word} most often, or null when it does not know the word. */
  static String commonestNature(String word) {
    TermNature top = commonest(word);
    return top == null ? null : top.nature.natureStr;
  }

  /**
   * The tags ansj's core dictionary gives a word it knows as a word of its own, with their frequencies; none for a word
   * it does not know (or knows only as the start of longer ones).
   */
  private static TermNature[] dictionaryNatures(String word) {
    AnsjItem item = DATDictionary.getItem(word);
    if (item == null || item.termNatures == null || item.getStatus() < 2) {
      return new TermNature[0];
    }
    return item.termNatures.termNatures;
  }

  private static TermNature commonest(String word) {
    TermNature top = null;
    for (TermNature nature : dictionaryNatures(word)) {
      if (top == null || nature.frequency > top.frequency) {
        top = nature;
      }
    }
    return top;
  }

  /**
   * Name completion: a person named in full once and by part of the name later (桥本龙太郎, then 龙太郎) is one
   * person, under the full name.
   */
  static List<String> completeNames(Collection<String> persons) {
    return persons.stream()
        .filter(p -> persons.stream().noneMatch(full -> full.length() > p.length() && full.endsWith(p)))
        .toList();
  }

  /**
   * {@code entities} with the place a dateline names (新华社北京1月5日电 → 北京) first among the places, when the gazetteer
   * knows it as one or the segmenter reads it as one word of a place ({@code ns}): where a report was filed is a place
   * it names, as the annotated corpora count it, though the splitter takes the dateline out of the text. A sender that
   * is no place (新华社联合国3月5日电) is left out.
   */
  Entities withDatelinePlace(Entities entities, String place, Segmenter segmenter) {
    if (place == null || place.isEmpty() || entities.places().contains(place) || !isPlaceName(place, segmenter)) {
      return entities;
    }
    Set<String> places = new LinkedHashSet<>();
    places.add(place);
    places.addAll(entities.places());
    return new Entities(entities.persons(), List.copyOf(places), entities.organizations(),
        keys(entities.persons(), places, entities.organizations()));
  }

  private boolean isPlaceName(String name, Segmenter segmenter) {
    Optional<Gazetteer.Entry> known = gazetteer.lookup(name);
    if (known.isPresent()) {
      return known.get().place();
    }
    List<Segmenter.Token> tokens = segmenter.segment(name);
    return tokens.size() == 1 && tokens.get(0).nature().equals("ns");
  }

  /** The normalised key of every entity: the gazetteer's for the names it knows, else the name itself. */
  private List<String> keys(List<String> persons, Set<String> places, List<String> organizations) {
    Set<String> keys = new LinkedHashSet<>(persons);
    for (String name : concat(places, organizations)) {
      keys.add(gazetteer.lookup(name).map(Gazetteer.Entry::key).orElse(name));
    }
    return List.copyOf(keys);
  }

  private static List<String> concat(Collection<String> first, Collection<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /**
   * A place token is kept unless it only opens a longer name: an institution (湖北省 of 湖北省民间工艺技师学院, which
   * is kept as an organisation instead), a slogan or concept (平安中国, 中国特色, 武汉都市圈), a coinage in quotes
   * (“熟视区”), a document title (《咸宁市关于...》), a name before a form of address (贝宁先生 is a man, not Benin).
   * A chain of administrative
   * units written together (纪南文旅区纪南镇官坪村) is split into its units. Returns the last token read: the tokens of
   * an institution's name are not read again (研究院 of 中国铁道科学研究院集团有限公司 opens no second name).
   */
  private int addPlace(List<Segmenter.Token> tokens, int i, Set<String> places, Set<String> organizations) {
    String before = i > 0 ? tokens.get(i - 1).word() : "";
    String after = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
    String word = tokens.get(i).word();
    if (PLACE_TAILS.contains(after) && !(after.equals("区") && gazetteer.country(word))) {
      // the segmenter cut the unit off the name (南海 + 镇, 江汉 + 平原): keep the full form; but a country has no
      // 区, and 中国 + 区, 日本 + 区 are a company's or a competition's zone named by the country
      word += after;
      after = i + 2 < tokens.size() ? tokens.get(i + 2).word() : "";
    } else if (after.equals("地") && i + 2 < tokens.size() && tokens.get(i + 2).word().equals("带")) {
      word += "地带"; // 加沙 + 地 + 带: the segmenter read 地 as a particle
      after = i + 3 < tokens.size() ? tokens.get(i + 3).word() : "";
    }
    String following = after + joined(tokens, i + 2, 3); // 米兰 + 冬 + 残 + 奥 + 会: an event split in pieces
    if (SLOGAN_PREFIXES.contains(before) || before.equals("《") || isQuote(before) && isQuote(after)
        || HONORIFICS.contains(after) || inForeignName(tokens, i)
        || CONCEPT_SUFFIXES.stream().anyMatch(following::startsWith) || opensEventName(tokens, i)) {
      return i;
    }
    if (TEAM_WORDS.contains(after)) {
      organizations.add(word + after);
      return i;
    }
    Span organization = organizationStartingAt(tokens, i);
    if (organization != null) {
      organizations.add(organization.name());
      return organization.last();
    }
    if (word.equals(tokens.get(i).word()) && i + 1 < tokens.size() && isKnownOrganisation(after)
        && !tokens.get(i + 1).nature().equals(Gazetteer.ORGANISATION_TAG)) {
      // 上海 + 上港, 广州 + 恒大: the club of the city; but 美国 + 联合国 are two, as the gazetteer knows the second
      organizations.add(word + after);
      return i;
    }
    String stem = tokens.get(i).word();
    if (word.length() > stem.length() && GEOGRAPHIC_TAILS.contains(word.substring(stem.length())) && isPlace(stem)) {
      places.add(word); // 约旦河 + 西岸, 台湾 + 海峡: a region named after the place, one name
      return i;
    }
    for (String unit : splitChain(word)) {
      if (isPlace(unit)) {
        places.add(unit);
      }
    }
    return i;
  }

  /** The {@link #PLACE_TAILS} that name a region by a place beside it, which no place suffix ends. */
  private static final Set<String> GEOGRAPHIC_TAILS = Set.of("西岸", "东岸", "海峡", "三角洲", "地带");

  /**
   * Which tokens stand inside book-title brackets (《拉维格塞纳河畔》, 《庙街十二少》, 《南京！南京！》): a place named in
   * the title of a book, a film, a song or a document is not a place the article reports on. One pass; a 《 not closed
   * within {@link #LONGEST_TITLE} tokens opens nothing.
   */
  static boolean[] insideTitles(List<Segmenter.Token> tokens) {
    boolean[] titled = new boolean[tokens.size()];
    int open = -1;
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      if (word.equals("《")) {
        open = i;
      } else if (word.equals("》") && open >= 0 && i - open <= LONGEST_TITLE) {
        Arrays.fill(titled, open + 1, i, true);
        open = -1;
      }
    }
    return titled;
  }

  /**
   * Whether the place at token {@code i} is part of a foreign name written with a middle dot (黛 + 博拉 + · + 格里本,
   * 惠特妮 · 休斯顿): across the dot stands a word that is no place. Between two places the dot is a dateline's or a
   * title's (中国·北京, 湖北·恩施) and the place stands.
   */
  private static boolean inForeignName(List<Segmenter.Token> tokens, int i) {
    return namePartAcrossDot(tokens, i - 1, i - 2) || namePartAcrossDot(tokens, i + 1, i + 2);
  }

  /**
   * A foreign name written with a middle dot between given name and family name (菲利普 + · + 鲁宾, 杰奎琳·肯尼迪 read
   * as one word, 哈维-马丁内斯), or null: each part a name ansj tags as a person or a word of transcription characters,
   * none a place; a dot between a place and another word is a dateline's or a title's (中国·北京). Written so, a name
   * needs no title: the dot is the evidence. A name inside book-title brackets is a work's (《哈利·波特》), not read
   * here.
   */
  private Span dottedName(List<Segmenter.Token> tokens, int i) {
    Segmenter.Token token = tokens.get(i);
    if (token.nature().equals("nrf") && token.word().length() >= 4 && isDottedWord(token.word())
        && mostlyTranscribed(token.word())) {
      return new Span(withoutRank(token.word()), i);
    }
    if (i + 2 >= tokens.size() || !NAME_DOTS.contains(tokens.get(i + 1).word()) || !isNamePart(token)) {
      return null;
    }
    StringBuilder name = new StringBuilder(token.word());
    int last = i;
    for (int j = i + 1; j + 1 < tokens.size() && NAME_DOTS.contains(tokens.get(j).word())
        && isNamePart(tokens.get(j + 1)); j += 2) {
      name.append(tokens.get(j).word()).append(tokens.get(j + 1).word());
      last = j + 1;
    }
    return last == i || !mostlyTranscribed(name.toString()) ? null : new Span(name.toString(), last);
  }

  /**
   * Whether more than half the characters of a dotted name are of the transcription tables (阿什顿·库彻, 杰奎琳·肯尼迪):
   * a development or a product named in the manner (邦泰·紫霄) is not.
   */
  private static boolean mostlyTranscribed(String name) {
    int han = 0;
    int transcribed = 0;
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (!NAME_DOTS.contains(String.valueOf(c)) && c != '-') {
        han++;
        transcribed += TRANSCRIPTION.indexOf(c) >= 0 ? 1 : 0;
      }
    }
    return 2 * transcribed > han;
  }

  /** Whether a word is one part of a foreign name: tagged a person, or of two or more transcription characters. */
  private boolean isNamePart(Segmenter.Token token) {
    String word = token.word();
    if (word.length() < 2 || !isHan(word) || token.nature().startsWith("ns")
        || gazetteer.lookup(word).isPresent()) {
      return false;
    }
    return token.nature().startsWith("nr") || word.chars().allMatch(c -> TRANSCRIPTION.indexOf(c) >= 0);
  }

  /** Whether one word is Han parts joined by middle dots or hyphens (杰奎琳·肯尼迪, 哈维-马丁内斯), each of 1+ characters. */
  private static boolean isDottedWord(String word) {
    int parts = 0;
    int start = 0;
    for (int k = 0; k <= word.length(); k++) {
      if (k == word.length() || NAME_DOTS.contains(String.valueOf(word.charAt(k))) || word.charAt(k) == '-') {
        if (k == start || !isHan(word.substring(start, k))) {
          return false;
        }
        parts++;
        start = k + 1;
      }
    }
    return parts >= 2;
  }

  /** Whether token {@code dot} is a middle dot and token {@code across} a Han word that is no place. */
  private static boolean namePartAcrossDot(List<Segmenter.Token> tokens, int dot, int across) {
    if (across < 0 || across >= tokens.size() || !NAME_DOTS.contains(tokens.get(dot).word())) {
      return false;
    }
    Segmenter.Token other = tokens.get(across);
    return isHan(other.word()) && !other.nature().startsWith("ns");
  }

  /** The words of up to {@code count} tokens from {@code from}, joined. */
  private static String joined(List<Segmenter.Token> tokens, int from, int count) {
    StringBuilder words = new StringBuilder();
    for (int j = from; j < Math.min(tokens.size(), from + count); j++) {
      words.append(tokens.get(j).word());
    }
    return words.toString();
  }

  /**
   * Whether the place at token {@code i} opens the name of an event: a run of up to four nouns after it ends with an
   * event word (虹桥 + 国际 + 经贸 + 论坛, 卫生政策 + 上海 + 圆桌会议). A place named only inside an event's name is
   * not a place the article is about.
   */
  private static boolean opensEventName(List<Segmenter.Token> tokens, int i) {
    for (int j = i + 1; j < Math.min(tokens.size(), i + 5); j++) {
      Segmenter.Token next = tokens.get(j);
      if (EVENT_WORDS.stream().anyMatch(next.word()::endsWith)) {
        return true;
      }
      if (!canContinueName(next) || next.word().length() == 1) {
        return false;
      }
    }
    return false;
  }

  /** A name and the index of its last token. */
  private record Span(String name, int last) {}

  /**
   * The institution name that ends with token {@code i} (an institutional word such as 生态环境局) and starts, at most
   * seven tokens back, with a place or an administrative level (市 + 生态环境局, 荆州区 + 劳动人事争议仲裁委员会), or
   * null: without such a start a name is generic (职业学院).
   */
  private String organizationEndingAt(List<Segmenter.Token> tokens, int i) {
    String word = tokens.get(i).word();
    if (i > 0 && isConjunction(tokens.get(i - 1)) && ORG_SUFFIX_SET.contains(word)) {
      return null; // 国家 + 和 + 政府 are two things; 商务 + 和 + 粮食局 ends with a word of its own
    }
    if (opensNationalWord(word) && isOrganization(word)) {
      return word; // 国家地震局, 全国总工会: the segmenter's one word, opener and institution together
    }
    if (opensWithPlace(word) && isOrganization(word)) {
      return word; // 中国足协: a place and an institution the segmenter read as one word
    }
    if (isWholeInstitution(tokens.get(i))) {
      return word; // 国防大学, 科技日报: a name the segmenter knows as one word
    }
    for (int start = i - 1; start >= Math.max(0, i - 7); start--) {
      Segmenter.Token first = tokens.get(start);
      boolean opensName = first.nature().startsWith("ns") || first.nature().equals("nt")
          || ADMIN_LEVELS.contains(first.word()) || CHINA_REGIONS.contains(first.word())
          || start == i - 1 && isPlaceReadAsPerson(first)
          || isOrdinal(first) && endsWithAny(tokens.get(i).word(), NUMBERED_INSTITUTIONS)
          || isProperStem(first) && start >= i - 2 && !TEAM_WORDS.contains(tokens.get(i).word())
              && (start == i - 1 || !tokens.get(start + 1).nature().startsWith("a")) // not 美 + 大 + 公司
          || opensNationalName(tokens, start, i)
          || opensBrandName(tokens, start, i);
      if (opensName && ADMIN_LEVELS.contains(first.word()) && start > 0
          && (tokens.get(start - 1).nature().startsWith("ns") || isCutPlaceHead(tokens.get(start - 1)))) {
        start--; // 咸安 + 区 + 全民健身运动中心, 良 + 乡 + 派出所: the place the segmenter cut off belongs to the name
      }
      if (first.nature().startsWith("ns") && start == i - 1 && GENERIC_AFTER_PLACE.contains(tokens.get(i).word())) {
        return null; // 印度 + 学校
      }
      if (opensName) {
        StringBuilder name = new StringBuilder();
        tokens.subList(start, i + 1).forEach(t -> name.append(t.word()));
        return isOrganization(name.toString()) ? name.toString() : null;
      }
      boolean afterName = start > 0 && isInstitutionWord(tokens.get(start - 1).word());
      boolean worksNumber = start == i - 1 && isNumbered(first.word(), tokens.get(i));
      if (!(canContinueName(first) || worksNumber) || HEADS_OF_STATE.contains(first.word())
          || (TITLE_SET.contains(first.word()) || isConjunction(first)) && afterName) {
        // 中法大学 + 校长 + 兼 + 清室善后委员会: a post after a complete name ends it (not 领导小组); so does a
        // conjunction (北海道拓殖银行 + 和 + 山一证券公司 are two); a head of state or government ends any name
        // (尼泊尔 + 首相 + 新 + 政府), where a profession may be inside one (作家协会, 律师事务所); a works
        // may be numbered (上海 + 国棉 + 十七 + 厂)
        return null;
      }
    }
    return null;
  }

  /**
   * Endings of the institutions whose every name is a proper one: there is no generic 国防大学 or 国防报, so a word the
   * segmenter's dictionary holds whole with such an ending names one institution. Offices and companies are left
   * out (办公室, 公司: 子公司, 分公司 are kinds).
   */
  private static final List<String> WHOLE_NAME_ENDINGS = List.of("大学", "学院", "研究院", "研究所", "研究会",
      "基金会", "出版社", "日报", "晚报", "报社", "电视台", "博物馆", "纪念馆");

  /** Kinds of school, which a place or a name must open (北京 + 师范大学): the word alone is no name. */
  private static final Set<String> SCHOOL_KINDS = Set.of("师范", "医科", "理工", "农业", "工业", "科技", "财经", "政法",
      "民族", "老年", "电视", "函授", "职业", "开放", "社区", "外国语", "艺术", "音乐", "美术", "体育", "中医", "中医药",
      "警察", "交通", "石油", "林业", "航空", "海洋", "商业", "军事", "干部", "业余", "广播电视", "农民");

  /** Whether a noun of four characters or more is one institution's whole name (国防大学, 科技日报; see above). */
  private boolean isWholeInstitution(Segmenter.Token token) {
    String word = token.word();
    if (word.length() < 4 || !(token.nature().equals("n") || token.nature().equals("nz"))) {
      return false;
    }
    String ending = WHOLE_NAME_ENDINGS.stream().filter(word::endsWith).findFirst().orElse(null);
    return ending != null && !SCHOOL_KINDS.contains(word.substring(0, word.length() - ending.length()))
        && isOrganization(word);
  }

  /**
   * China's great regions, which open institutions' names as a place does (西北 + 国棉 + 一 + 厂, 西南 + 交通 + 大学)
   * though the segmenter tags some of them as words of location ({@code s}), not as places.
   */
  private static final Set<String> CHINA_REGIONS = Set.of("华北", "东北", "华东", "华南", "华中", "西南", "西北",
      "中南");

  /**
   * Whether a word the segmenter read as a person is a place the gazetteer knows (淳安 of 淳安 + 中学): right before an
   * institutional word it names the institution's place, as no person does.
   */
  private boolean isPlaceReadAsPerson(Segmenter.Token token) {
    return token.nature().startsWith("nr") && token.word().length() >= 2
        && gazetteer.lookup(token.word()).filter(Gazetteer.Entry::place).isPresent();
  }

  /** Whether one word opens with a place the gazetteer knows and ends with an institution (中国 + 足协). */
  private boolean opensWithPlace(String word) {
    for (int length = 2; length <= word.length() - 2; length++) {
      if (isInstitutionWord(word.substring(length))
          && gazetteer.lookup(word.substring(0, length)).filter(Gazetteer.Entry::place).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Institutions that a number names (第二汽车制造厂, 第一中学, 第三人民医院, 第一文化馆); not companies or offices, which an
   * ordinal counts (第三方公司, 第二办公室).
   */
  private static final List<String> NUMBERED_INSTITUTIONS = List.of("厂", "医院", "中学", "小学", "大学", "研究院",
      "研究所", "设计院", "文化馆", "图书馆", "门诊部", "百货商店");

  /** Whether a token is an ordinal (第二, 第十一) as the segmenter tags it. */
  private static boolean isOrdinal(Segmenter.Token token) {
    return token.nature().equals("m") && isOrdinal(token.word());
  }

  /**
   * Whether a token is the first character of a place the segmenter cut before its unit (良 of 良 + 乡 + 派出所): one
   * character read as a name or a proper noun, never a function word (在 + 乡 + 派出所).
   */
  private static boolean isCutPlaceHead(Segmenter.Token token) {
    String nature = token.nature();
    return token.word().length() == 1 && isHan(token.word())
        && (nature.startsWith("nr") || nature.equals("nz") || nature.equals("ng") || nature.equals("j"));
  }

  /**
   * The longer name a known organisation at token {@code i} opens, its branch or office (建设部 + 政策 + 研究中心,
   * 交通银行 + 四川省 + 分行), or null: never across a conjunction or another known organisation, which make two names
   * (国家计委 和 国家经贸委), but for a party's own organ right after it (国民党 + 中央宣传部: the list knows 中央宣传部
   * as the CPC's, which must not take this one's key).
   */
  private Span branchOf(List<Segmenter.Token> tokens, int i) {
    Span longer = organizationStartingAt(tokens, i);
    if (longer == null) {
      return null;
    }
    for (int j = i + 1; j <= longer.last(); j++) {
      Segmenter.Token inside = tokens.get(j);
      boolean partysOrgan = j == i + 1 && tokens.get(i).word().endsWith("党") && isNationalOrgan(inside);
      if (inside.nature().equals("c") || CONJUNCTIONS.contains(inside.word())
          || inside.nature().equals(Gazetteer.ORGANISATION_TAG) && !partysOrgan) {
        return null;
      }
    }
    return longer;
  }

  /**
   * Whether a token is an organ the gazetteer knows and whose name ends like an institution (国务院, 国防部): after a
   * country it is that country's organ (美国国务院), one organisation and no place of its own.
   */
  private static boolean isNationalOrgan(Segmenter.Token token) {
    return token.nature().equals(Gazetteer.ORGANISATION_TAG)
        && ORG_SUFFIXES.stream().anyMatch(token.word()::endsWith);
  }

  /**
   * A known organ's name with the country abbreviated before it (美 + 国务院 is the State Department, 日 + 外务省), or
   * the name alone: the list knows 国务院 as China's, and a foreign one must not take its key.
   */
  private String withCountry(List<Segmenter.Token> tokens, int i, String name) {
    String word = tokens.get(i).word();
    boolean organ = gazetteer.lookup(word).filter(entry -> !entry.place()).isPresent()
        && ORG_SUFFIXES.stream().anyMatch(word::endsWith);
    Segmenter.Token before = i > 0 ? tokens.get(i - 1) : null;
    boolean foreign = before != null && isProperStem(before) && !before.word().equals("中");
    return organ && foreign ? before.word() + name : name;
  }

  /**
   * Whether a token is a country's one-character abbreviation (俄 of 俄款委员会, 美 of 美军事委员会), which opens an
   * institution's name as a place does. Such a name has at most one word between the abbreviation and the
   * institutional word, and is no team (法 + 甲 + 女足 is a league's). Proper nouns the segmenter tags {@code nz} were
   * tried too and dropped: it tags common words so (博彩 + 公司, 客服 + 中心).
   */
  private static boolean isProperStem(Segmenter.Token token) {
    return token.nature().equals("j") && COUNTRY_ABBREVIATIONS.contains(token.word());
  }

  /**
   * Whether a token can end an institution's name: an institutional word ({@link #isInstitutionWord}) or a lone 局,
   * 委, 厅 or 厂, never one the segmenter reads as a verb (德国 + 有 + 组织 + 犯罪 organises, 基层 + 组织 + 增强).
   */
  private static boolean endsAnInstitution(Segmenter.Token token) {
    return !token.nature().startsWith("v")
        && (isInstitutionWord(token.word()) || token.word().length() == 1 && "局委厅厂报".contains(token.word()));
  }

  /**
   * Whether a word names a kind of institution (生态环境局, 仲裁委员会, 有限公司), so that a name may end with it. Single
   * characters such as 队, 院, 站 end too many ordinary words (首站, 庭院) to count, and so do 干部, 全部, 西部.
   */
  static boolean isInstitutionWord(String word) {
    if (TEAM_WORDS.contains(word)) {
      return true;
    }
    for (String team : TEAM_WORDS) {
      if (team.length() >= 2 && word.length() > team.length() + 1 && word.endsWith(team)) {
        return true; // 中国女排, 北京女足: one word, which the place opens
      }
    }
    if (word.length() < 2 || NOT_INSTITUTIONS.contains(word) || word.endsWith("干部")) {
      return false; // 老干部, 领导干部 are people
    }
    for (int length = Math.min(word.length(), LONGEST_ORG_SUFFIX); length >= 1; length--) {
      String suffix = word.substring(word.length() - length);
      if (ORG_SUFFIX_SET.contains(suffix) && (length >= 2 || "局委厅部".contains(suffix)
          || word.length() >= 3 && "厂所院社".contains(suffix)
              && "一二三四五六七八九十百千两几数".indexOf(word.charAt(word.length() - 2)) < 0)) {
        // 设备厂, 派出所, 通讯社; not 首站, 庭院, nor 十八所 + 学校 (a count)
        return true;
      }
    }
    return false;
  }

  /** {@link #ORG_SUFFIXES} as a set, looked up by the word's endings: this runs on every token. */
  private static final Set<String> ORG_SUFFIX_SET = Set.copyOf(ORG_SUFFIXES);
  private static final int LONGEST_ORG_SUFFIX = ORG_SUFFIXES.stream().mapToInt(String::length).max().orElse(0);

  /**
   * The organisations without those that are the tail of a longer one found too (县公安局 of 郧西县公安局), unless the
   * tail is a name of its own that the article also writes alone (恒大 of 广州恒大).
   */
  private static List<String> fullForms(Set<String> organizations) {
    return organizations.stream()
        .filter(o -> isKnownOrganisation(o)
            || organizations.stream().noneMatch(longer -> longer.length() > o.length() && longer.endsWith(o)))
        .toList();
  }

  /**
   * The institution name that tokens from {@code i} spell (咸宁市 + 文化 + 和 + 旅游局), or null; the longest one, so
   * that 中国铁道科学研究院集团有限公司 is not cut at 研究院, but never across a conjunction once a name is complete
   * (咸宁市政府 和 赤壁市政府 are two).
   */
  private Span organizationStartingAt(List<Segmenter.Token> tokens, int i) {
    StringBuilder name = new StringBuilder(tokens.get(i).word());
    Span found = null;
    boolean complete = isNamedInstitution(tokens.get(i));
    for (int j = i + 1; j < Math.min(tokens.size(), i + 9); j++) {
      Segmenter.Token next = tokens.get(j);
      boolean conjunction = isConjunction(next);
      boolean worksNumber = j + 1 < tokens.size() && isNumbered(next.word(), tokens.get(j + 1));
      boolean knownAfterPlace = j == i + 1 && next.nature().equals(Gazetteer.ORGANISATION_TAG)
          && tokens.get(i).nature().startsWith("ns") && !isNationalOrgan(next);
      boolean verbAfterName = (found != null || complete) && next.word().length() == 1
          && next.nature().startsWith("v") && !next.word().equals("驻") && j + 1 < tokens.size()
          && (opensAnotherName(tokens.get(j + 1)) || tokens.get(j + 1).nature().equals("j"));
      // 中共中央统一战线工作部 + 邀 + 工商联 + 执委: a lone verb between two names (not 管理 + 学 + 研究所, nor the
      // 驻 of 台北世界贸易中心 + 驻 + 南京 + 代表处)
      if (!(canContinueName(next) || worksNumber) || verbAfterName || next.word().equals(tokens.get(i).word())
          || HEADS_OF_STATE.contains(next.word()) || knownAfterPlace
          || found != null && endsAName(next) || conjunction
          && (found != null || complete || j + 1 < tokens.size() && opensAnotherName(tokens.get(j + 1)))) {
        // 北京中法大学 + 校长, 尼泊尔 + 首相 + 新政府; 中国 + 与 + 美国政府, 清华大学 + 和 + 北京大学 are two; 卢旺达 + 售 +
        // 武 + 卢旺达; 纽约 + 联合国 + 总部 is a place and a known organisation's office (美国 + 国务院 is one organ)
        break;
      }
      name.append(next.word());
      if (j == i + 1 && GENERIC_AFTER_PLACE.contains(next.word())) {
        continue; // 印度 + 学校: a school in India, not a name
      }
      if ((endsAnInstitution(next) || j == i + 1 && isNationalOrgan(next)) && isOrganization(name.toString())) {
        found = new Span(name.toString(), j);
      }
    }
    return found;
  }

  /**
   * Whether a token after a complete name ends it: a post (北京中法大学 + 校长), a person (委员会 + 主任委员 + 石秀诗) or
   * another known organisation (…… + 全国人大常委会).
   */
  private static boolean endsAName(Segmenter.Token token) {
    return TITLE_SET.contains(token.word()) || token.nature().startsWith("nr")
        || token.nature().equals(Gazetteer.ORGANISATION_TAG);
  }

  /**
   * Whether a token is a whole institution's name by itself (清华大学 tagged {@code nt}, a known organisation): a
   * conjunction after it starts a second name, never the middle of one.
   */
  private boolean isNamedInstitution(Segmenter.Token token) {
    return token.nature().equals(Gazetteer.ORGANISATION_TAG)
        || token.nature().equals("nt") && isInstitutionWord(token.word()) && isOrganization(token.word());
  }

  private static boolean isConjunction(Segmenter.Token token) {
    return token.nature().equals("c") || CONJUNCTIONS.contains(token.word());
  }

  /** Whether a token after a conjunction opens a name of its own: a place (美国政府) or an organisation (北京大学). */
  private static boolean opensAnotherName(Segmenter.Token token) {
    return token.nature().startsWith("ns") || token.nature().startsWith("nt");
  }

  /**
   * Whether a token can be part of an institution's name: nouns, adjectives (not those used as adverbs: 积极发展),
   * distinguishing words, the conjunction of 文化和旅游局, and lone characters of unknown company names (港, 显 of
   * 湖北港显新能源科技有限公司); never a particle, preposition, adverb, pronoun, lone numeral (两省) or a verb of two
   * characters or more.
   */
  private static boolean canContinueName(Segmenter.Token token) {
    String nature = token.nature();
    if (!isHan(token.word()) || token.word().equals("的") || token.word().startsWith("各")) {
      return false; // 武汉 + 各大 + 医院 are many, which the segmenter may tag a foreign name
    }
    if (nature.equals("f") && LOCATIVES.contains(token.word()) || MEMBER_STATES.contains(token.word())) {
      // 全国代表大会 + 开幕会 + 上 + 世界工会联合会: a meeting's "at", then the next name; 上海合作组织 + 成员国 +
      // 元首理事会, 欧盟 + 成员国 + 政府: the states of an organisation, then a body of theirs
      return false;
    }
    if (token.isNoun() || nature.equals("c") || nature.startsWith("a") && !nature.equals("ad") || nature.equals("b")
        || nature.equals("j") || nature.equals("l") || CONJUNCTIONS.contains(token.word())) {
      return true;
    }
    if (nature.equals("m") && isOrdinal(token.word())) {
      return true; // 南通 + 第一 + 中学, 浙江省 + 第一 + 地质大队
    }
    if (NAME_VERBS.contains(token.word())) {
      return true; // 亚洲 + 开发 + 银行, 国家 + 发展 + 和 + 改革委员会
    }
    // 第一 + 个 + 党支部 are read so; 山东 + 江苏 + 两 + 省 is a count (数 of 浙江物联芯数科有限公司, tagged m too, is not)
    boolean numeral = nature.equals("m") && "一二三四五六七八九十两几百千万".contains(token.word());
    return token.word().length() == 1 && !nature.startsWith("u") && !nature.startsWith("p")
        && !nature.startsWith("d") && !nature.startsWith("r") && !nature.startsWith("q") && !numeral;
  }

  /**
   * Locatives that follow a noun as "at", "in", "under", "before", or stand for "former": never inside an
   * institution's name (美国 + 当 + 炮灰 + 西德 + 前 + 劳动大队).
   */
  private static final Set<String> LOCATIVES = Set.of("上", "下", "里", "内", "间", "前", "后");

  /** The states of an organisation: a name ends before them. */
  private static final Set<String> MEMBER_STATES = Set.of("成员国", "会员国", "缔约国");

  /** Verbs that name what an institution does inside its name (亚洲开发银行, 长江三峡工程开发总公司, 北京市选举委员会). */
  private static final Set<String> NAME_VERBS = Set.of("开发", "发展", "建设", "管理", "研究", "保护", "监督", "促进",
      "制造", "运输", "勘探", "设计", "选举");

  /**
   * Whether {@code numeral}, in Chinese numerals, numbers the institution {@code token} names (上海国棉 + 十七 + 厂,
   * 自贡市 + 四 + 医院, 交警大队 + 二 + 中队), where a lone numeral otherwise ends a name (山东 + 两 + 省); 一 numbers
   * only works (国棉 + 一 + 厂), elsewhere it is "a" (联合国 + 一 + 委员会).
   */
  private static boolean isNumbered(String numeral, Segmenter.Token token) {
    return isHanNumeral(numeral) && (token.word().equals("厂") || !numeral.equals("一") && endsAnInstitution(token));
  }

  /** Whether a word is a number written in Chinese numerals only (一, 十七, 二十一), as works are numbered. */
  private static boolean isHanNumeral(String word) {
    return !word.isEmpty() && word.length() <= 3 && word.chars().allMatch(c -> "一二三四五六七八九十".indexOf(c) >= 0);
  }

  /** Whether a numeral is an ordinal written in characters, as names number schools and units (第一, 第十二). */
  private static boolean isOrdinal(String word) {
    if (word.length() < 2 || word.length() > 4 || word.charAt(0) != '第') {
      return false;
    }
    for (int k = 1; k < word.length(); k++) {
      if ("一二三四五六七八九十".indexOf(word.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** 纪南文旅区纪南镇官坪村 to its units; a single unit stays whole. */
  static List<String> splitChain(String place) {
    List<String> units = new ArrayList<>();
    Matcher unit = ADMIN_UNIT.matcher(place);
    int end = 0;
    while (unit.find() && unit.start() == end) {
      units.add(unit.group());
      end = unit.end();
    }
    return end == place.length() && units.size() > 1 ? units : List.of(place);
  }

  /**
   * The name of a local unit that token {@code i} (村, 镇, 街道...) closes, from the one or two nouns before it, when
   * they are not preceded by another name part and make a plausible place (2-4 characters, no common word); or null.
   */
  private String placeEndingAt(List<Segmenter.Token> tokens, int i) {
    StringBuilder stem = new StringBuilder();
    int start = i;
    while (start > 0 && i - start < 2) {
      Segmenter.Token previous = tokens.get(start - 1);
      if (!isHan(previous.word()) || !(previous.isNoun() || previous.nature().equals("j"))
          || previous.nature().startsWith("ns") || previous.nature().startsWith("nr")) {
        break;
      }
      stem.insert(0, previous.word());
      start--;
    }
    String place = stem + tokens.get(i).word();
    boolean glued = start > 0 && isGlued(tokens.get(start - 1).word());
    boolean plausible = stem.length() >= 2 && stem.length() <= 4 && !glued && !stopwords.contains(stem.toString())
        && !isCommonWord(stem.toString()) && !SLOGAN_PREFIXES.contains(stem.toString())
        && TITLE_STEMS.stream().noneMatch(t -> stem.toString().endsWith(t));
    return plausible && isPlace(place) ? place : null;
  }

  /**
   * A foreign name counts only right after a title or a role (巴西总统卢拉, 发言人巴加埃), before a title as papers
   * write a foreign leader's (西哈努克亲王, 萨瓦茨基主席), or as the subject of a speech verb (阿拉格齐当天表示):
   * alone, ansj's nrf tag is mostly noise, and often a place (拉法).
   */
  private void addForeignPerson(List<Segmenter.Token> tokens, int i, Set<String> persons,
      Collection<String> notMentioned) {
    String name = tokens.get(i).word();
    String bare = withoutRank(name);
    if (!bare.equals(name)) {
      if (isHan(bare) && !notMentioned.contains(bare) && gazetteer.lookup(bare).isEmpty()) {
        persons.add(bare); // 南日大将: the rank after the name titles it
      }
      return;
    }
    if (name.length() < 2 || !isHan(name) || notMentioned.contains(name) || gazetteer.lookup(name).isPresent()
        || opensWithDoubledWord(name) || AbbreviatedCountries.namesTwoCountries(name)) {
      return;
    }
    String after = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
    if (AbbreviatedCountries.opensNewOfficeHolder(name) && FOREIGN_TITLES.contains(after)) {
      return; // 法新 + 总理: France's new premier
    }
    if (isTitled(tokens, i) || speaks(tokens, i) || TITLES_AFTER.contains(after)) {
      persons.add(name);
    }
  }

  /**
   * A Japanese name whose family name the segmenter reads as a brand ({@code nz}: 松下 + 康雄), after a title (总裁松下康雄):
   * the title makes the pair a person, where the given name alone would be a fragment; null otherwise.
   */
  private static String titledTwoPartName(List<Segmenter.Token> tokens, int i) {
    if (i + 1 >= tokens.size() || !tokens.get(i + 1).nature().startsWith("nr") || !isTitled(tokens, i)) {
      return null;
    }
    String family = tokens.get(i).word();
    String given = tokens.get(i + 1).word();
    return isTwoPartShape(family, given) ? family + given : null;
  }

  /** Whether two words have the shape of a family name and a given name: two or three Han characters each. */
  private static boolean isTwoPartShape(String family, String given) {
    return family.length() >= 2 && family.length() <= 3 && given.length() >= 2 && given.length() <= 3
        && isHan(family) && isHan(given);
  }

  /** The name without a rank the segmenter read as its end (南日大将, 威利·斯多夫大将), or the name. */
  private static String withoutRank(String name) {
    for (String rank : GLUED_RANKS) {
      if (name.endsWith(rank) && name.length() >= rank.length() + 2) {
        return name.substring(0, name.length() - rank.length());
      }
    }
    return name;
  }

  /**
   * A name the segmenter reads as two names side by side, a family name that opens with no Chinese surname and a given
   * name (桥本 + 龙太郎, 中曾根 + 康弘, 吉村 + 孙三郎): Japanese names as papers print them, or a compound surname and
   * a given name (司徒 + 雷登); null otherwise. Two Chinese names are never written together without a separator.
   */
  private String twoPartForeignName(List<Segmenter.Token> tokens, int i) {
    if (i + 1 >= tokens.size() || !tokens.get(i + 1).nature().startsWith("nr")) {
      return null;
    }
    String family = tokens.get(i).word();
    String given = tokens.get(i + 1).word();
    boolean shaped = isTwoPartShape(family, given) && (!surnames.contains(family.substring(0, 1))
        || surnames.contains(family) || JAPANESE_GIVEN_ENDINGS.stream().anyMatch(given::endsWith));
    return shaped ? family + given : null;
  }

  /**
   * Whether two parts of a two-part name ({@link #twoPartForeignName}) are one name the segmenter cut, so that the
   * second is not a name of its own: the first is a fragment of transcription characters (扎波 + 罗热州, 克劳 + 狄斯和,
   * 迪奥 + 普梅开, which read as Chinese names alone) or the second a Japanese given name (吉村 + 孙三郎). Not where
   * the first is a word of another kind before a Chinese name (博生 + 李茂霖).
   */
  private static boolean isCutName(String first, String second) {
    return first.chars().allMatch(c -> TRANSCRIPTION.indexOf(c) >= 0)
        || JAPANESE_GIVEN_ENDINGS.stream().anyMatch(second::endsWith);
  }

  /**
   * Endings of Japanese given names only (孙三郎, 幸之助): a family name that opens with a Chinese surname (吉村, 松下)
   * is still the first part of a Japanese name before such a given name.
   */
  private static final List<String> JAPANESE_GIVEN_ENDINGS = List.of("郎", "之助", "兵卫");

  /** Whether a title or a role stands right before token {@code i} (巴西总统卢拉, 发言人巴加埃). */
  private static boolean isTitled(List<Segmenter.Token> tokens, int i) {
    String before = i > 0 ? tokens.get(i - 1).word() : "";
    return FOREIGN_TITLES.contains(before) || FOREIGN_INTRODUCERS.stream().anyMatch(before::endsWith);
  }

  /**
   * Whether a speech verb follows token {@code i}, maybe after a time word (别洛乌索夫 21日 称), also given in local time
   * (纳达尔 当地 时间 19日 宣布).
   */
  private static boolean speaks(List<Segmenter.Token> tokens, int i) {
    int next = i + 1;
    if (next + 1 < tokens.size() && tokens.get(next).word().equals("当地") && tokens.get(next + 1).word().equals("时间")) {
      next += 2;
    }
    if (next < tokens.size() && tokens.get(next).nature().equals("t")) {
      next++;
    }
    return next < tokens.size() && SPEECH_VERBS.stream().anyMatch(tokens.get(next).word()::startsWith);
  }

  /**
   * A transcribed foreign name the segmenter tags as a plain noun, with a title before or after it (国务卿马歇尔,
   * 马歇尔将军): the title makes it a person; alone such a word may be a thing (马拉松).
   */
  private boolean isTitledForeignNoun(List<Segmenter.Token> tokens, int i) {
    String word = tokens.get(i).word();
    if (!tokens.get(i).nature().equals("n") || !isTranscribed(word) || gazetteer.lookup(word).isPresent()) {
      return false;
    }
    String after = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
    return isTitled(tokens, i) || TITLES_AFTER.contains(after);
  }

  /** Offices whose head is titled by the office's last character and 长 (外交部 + 长, 地震局 + 长, 公安厅 + 长). */
  private static final String HEADED_OFFICES = "部局厅院所处科站社队组馆行";

  /**
   * The tokens with a title the segmenter cut in two rejoined: 外交部 + 长葛 + 罗米柯 is 外交部长 + 葛罗米柯, where the
   * title's 长 and the name's first character made a place (长葛, 长沙, 长春). Only where an office ending in a head's
   * title (部, 局, 厅...) stands before a two-character place that opens with 长 and a name follows it; the name is then
   * read as one after a title ({@code nrf}, whose rules a title before it satisfies). 湖南省 + 长沙市 is left alone:
   * a province's head is 省长, but 省 + 长沙 is a place in a place far more often.
   */
  private static List<Segmenter.Token> withTitlesRejoined(List<Segmenter.Token> tokens) {
    List<Segmenter.Token> rejoined = null;
    for (int i = 0; i + 2 < tokens.size(); i++) {
      String office = tokens.get(i).word();
      Segmenter.Token place = tokens.get(i + 1);
      Segmenter.Token name = tokens.get(i + 2);
      boolean cut = office.length() >= 2 && HEADED_OFFICES.indexOf(office.charAt(office.length() - 1)) >= 0
          && place.word().length() == 2 && place.word().charAt(0) == '长' && place.nature().startsWith("ns")
          && name.nature().startsWith("nr");
      if (cut) {
        rejoined = rejoined == null ? new ArrayList<>(tokens) : rejoined;
        int at = rejoined.size() - tokens.size() + i; // earlier rejoins shortened the list by one each
        rejoined.set(at, new Segmenter.Token(office + "长", "n"));
        rejoined.set(at + 1, new Segmenter.Token(place.word().substring(1) + name.word(), "nrf"));
        rejoined.remove(at + 2);
        i += 2;
      }
    }
    return rejoined == null ? tokens : rejoined;
  }

  /**
   * The tokens with a Slavic name's ending, which the segmenter cuts off as a word of its own (普里马 + 科夫, 戈尔巴 +
   * 乔夫), joined to the name before it; the whole is then a foreign name ({@code nrf}), and the name rules (a title,
   * a speech verb) decide whether it counts, as for any foreign name. Only after a token tagged as a person or written
   * in transcription characters alone.
   */
  private static List<Segmenter.Token> withNameEndings(List<Segmenter.Token> tokens) {
    if (tokens.stream().noneMatch(token -> NAME_ENDINGS.contains(token.word()))) {
      return tokens;
    }
    List<Segmenter.Token> joined = new ArrayList<>(tokens.size());
    for (Segmenter.Token token : tokens) {
      Segmenter.Token before = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (before != null && NAME_ENDINGS.contains(token.word()) && (before.nature().startsWith("nr")
          || before.word().chars().allMatch(c -> TRANSCRIPTION.indexOf(c) >= 0))) {
        joined.set(joined.size() - 1, new Segmenter.Token(before.word() + token.word(), "nrf"));
      } else {
        joined.add(token);
      }
    }
    return joined;
  }

  /** Whether a name opens with a doubled common word (谢谢 of 谢谢丁部长, 常常): thanks to someone, not a name. */
  private static boolean opensWithDoubledWord(String name) {
    return name.length() >= 3 && name.charAt(0) == name.charAt(1) && isCommonWord(name.substring(0, 2));
  }

  private static boolean isTranscribed(String word) {
    return word.length() >= 3 && word.chars().allMatch(c -> TRANSCRIPTION.indexOf(c) >= 0);
  }

  /**
   * Whether token {@code i} is neither quoted, a title in book-title brackets (《黄鹤楼》), glued to a lone character
   * nor the name of a building or prize.
   */
  private static boolean isFree(List<Segmenter.Token> tokens, int i) {
    String before = i > 0 ? tokens.get(i - 1).word() : "";
    String after = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
    return !(isQuote(before) && isQuote(after)) && !(before.equals("《") && after.equals("》"))
        && !(i > 0 && isGlued(tokens.get(i - 1))) && !(i + 1 < tokens.size() && isGlued(tokens.get(i + 1)))
        && NAMED_AFTER.stream().noneMatch(after::startsWith);
  }

  /**
   * Whether the surroundings of a person candidate read like a name: not in quotes, not glued to a lone character
   * that makes it part of another word (学史增信 read as 学 + 史增信); a two-character name, where misreads are
   * commonest (文旅, 钱氏), needs positive evidence: a title before it, a speech or action verb after it, or an
   * enumeration of names.
   */
  private boolean hasPersonContext(List<Segmenter.Token> tokens, int i, String name) {
    String before = i > 0 ? tokens.get(i - 1).word() : "";
    String after = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
    String word = tokens.get(i).word();
    if (TITLES.stream().anyMatch(titleBefore(tokens, i)::endsWith)
        || TITLES_AFTER.contains(word.substring(name.length())) || authorOfWork(tokens, i)) {
      return true;
    }
    if (name.length() >= 3 && isListedBetweenNames(tokens, i) && !isQuote(before) && !isQuote(after)) {
      return true; // 受 + 毛泽东 、 刘少奇: inside a list of names, a lone verb before the first is no misread
    }
    if (!isFree(tokens, i)) {
      return false;
    }
    if (name.length() >= 3) {
      return true;
    }
    return PERSON_VERBS.stream().anyMatch(after::startsWith) || TITLES_AFTER.contains(after)
        || isEnumerated(tokens, i);
  }

  /**
   * The word before token {@code i}, or the two lone characters before it when the segmenter cut a title in two
   * (教 + 长 of 教长, 财 + 长 of 财长).
   */
  private static String titleBefore(List<Segmenter.Token> tokens, int i) {
    String before = i > 0 ? tokens.get(i - 1).word() : "";
    boolean cut = i > 1 && before.length() == 1 && tokens.get(i - 2).word().length() == 1 && isHan(before)
        && isHan(tokens.get(i - 2).word());
    return cut ? tokens.get(i - 2).word() + before : before;
  }

  /**
   * Whether the name at token {@code i} is followed by the title of a work in book-title brackets, as an author is
   * (崔颢《黄鹤楼》, 鲁迅《呐喊》); a name inside the brackets is a title itself.
   */
  private static boolean authorOfWork(List<Segmenter.Token> tokens, int i) {
    boolean inside = i > 0 && tokens.get(i - 1).word().equals("《");
    return !inside && i + 2 < tokens.size() && tokens.get(i + 1).word().equals("《")
        && !tokens.get(i + 2).word().equals("》");
  }

  /**
   * In a list of names (谭海华、乐建辉、张学华): a neighbour across 、 is also tagged a person. Older papers list names
   * with commas (徐谦，李大钊，李煜瀛): across commas, three names in a row.
   */
  private static boolean isEnumerated(List<Segmenter.Token> tokens, int i) {
    if (isNameAt(tokens, i - 2, ENUMERATION_MARKS, -1) || isNameAt(tokens, i + 2, ENUMERATION_MARKS, 1)) {
      return true;
    }
    int names = 1;
    for (int j = i - 2; isNameAt(tokens, j, COMMAS, -1); j -= 2) {
      names++;
    }
    for (int j = i + 2; isNameAt(tokens, j, COMMAS, 1); j += 2) {
      names++;
    }
    return names >= 3;
  }

  /** Whether a name of the list across 、 stands right before or right after token {@code i}. */
  private static boolean isListedBetweenNames(List<Segmenter.Token> tokens, int i) {
    return isNameAt(tokens, i - 2, ENUMERATION_MARKS, -1) || isNameAt(tokens, i + 2, ENUMERATION_MARKS, 1);
  }

  /** Whether token {@code j} is tagged a person and the separator stands between it and the candidate. */
  private static boolean isNameAt(List<Segmenter.Token> tokens, int j, Set<String> separators, int towardsName) {
    int between = j - towardsName;
    return j >= 0 && j < tokens.size() && tokens.get(j).nature().startsWith("nr")
        && separators.contains(tokens.get(between).word());
  }

  private static boolean isQuote(String word) {
    return word.equals("“") || word.equals("”") || word.equals("\"") || word.equals("「") || word.equals("」");
  }

  /**
   * A lone character that the segmenter tagged as a function word (an adverb, conjunction, preposition, particle or
   * interjection: 未, 既, 之, 亦) stands beside a name in its own right, as the written language of older papers puts it
   * (萧伯纳未到中国之前, 之徐谦等); any other lone character may be part of a misread word.
   */
  private static boolean isGlued(Segmenter.Token neighbour) {
    String nature = neighbour.nature();
    boolean function = nature.startsWith("d") || nature.startsWith("c") || nature.startsWith("p")
        || nature.startsWith("u") || nature.startsWith("y");
    return !function && isGlued(neighbour.word());
  }

  private static boolean isGlued(String neighbour) {
    return neighbour.length() == 1 && isHan(neighbour) && NAME_NEIGHBOURS.indexOf(neighbour) < 0;
  }

  /** The name in its full form, or null when the candidate is not a plausible Chinese person name. */
  String person(String candidate) {
    if (!isHan(candidate)) {
      return null;
    }
    boolean compound = candidate.length() >= 3 && surnames.contains(candidate.substring(0, 2));
    String name = candidate;
    int max = compound ? 4 : 3;
    if (name.length() >= (compound ? 5 : 4) && name.length() <= max + 2 && TITLES_AFTER.contains(name.substring(name.length() - 2))) {
      name = name.substring(0, name.length() - 2); // 李鹏总理 read as one word: the name and its title
    } else if (name.length() >= 4 && name.length() <= max + 2 && TELEGRAM_VERBS.contains(name.substring(name.length() - 2))) {
      name = name.substring(0, name.length() - 2); // 朱德致电, 朱德电告 read as one word: the name and the verb
    } else if (name.length() == max + 1 && PERSON_TRAILERS.indexOf(name.charAt(max)) >= 0) {
      name = name.substring(0, max);
    } else if (name.length() == 3 && !compound && FRAGMENT_TAILS.indexOf(name.charAt(2)) >= 0) {
      name = name.substring(0, 2); // 李鹏在, 李鹏又: a two-character name glued to the next word
    }
    if (name.length() < 2 || name.length() > max) {
      return null;
    }
    if (!compound && !surnames.contains(name.substring(0, 1))) {
      return null;
    }
    boolean doubled = name.length() == 3 && name.charAt(0) == name.charAt(1); // 谢谢丁
    if (name.length() == 3 && !compound && isVerbOrAdverb(name.substring(1))) {
      return null; // 曾写道, 崔抓获, 蒋居然: a surname glued to the verb or adverb after it, not a given name
    }
    if (doubled || stopwords.contains(name) || endsWithPlaceSuffix(name) || endsWithAny(name, ADDRESS_FORMS)
        || endsWithTitle(name) || isCommonWord(name)) {
      return null;
    }
    return name;
  }

  boolean isPlace(String candidate) {
    if (!isHan(candidate) || candidate.length() < 2 || GENERIC_PLACES.contains(candidate)
        || stopwords.contains(candidate)) {
      return false;
    }
    if (gazetteer.lookup(candidate).filter(Gazetteer.Entry::place).isPresent()) {
      return true;
    }
    if (hasNature(candidate, "ns")) {
      // 中俄 is two countries, not a place (巴黎, whose characters abbreviate two countries too, is one)
      return !(candidate.startsWith("中") && AbbreviatedCountries.namesTwoCountries(candidate));
    }
    for (String suffix : PLACE_SUFFIXES) {
      if (candidate.endsWith(suffix)) {
        String stem = candidate.substring(0, candidate.length() - suffix.length());
        return stem.length() >= 2 && !GENERIC_PLACES.contains(stem + "区") && !SLOGAN_PREFIXES.contains(stem)
            && !isCommonWord(stem);
      }
    }
    return false;
  }

  boolean isOrganization(String candidate) {
    if (!isHan(candidate) || candidate.length() < 3 || candidate.endsWith("市中心") || candidate.endsWith("城中心")) {
      return false; // 悉尼市中心 is downtown Sydney
    }
    for (String team : TEAM_WORDS) {
      if (candidate.endsWith(team) && candidate.length() - team.length() >= 2) {
        return true;
      }
    }
    for (String suffix : ORG_SUFFIXES) {
      if (candidate.endsWith(suffix)) {
        String stem = candidate.substring(0, candidate.length() - suffix.length());
        return stem.length() >= 2 && !stopwords.contains(stem) && !GENERIC_ORG_STEMS.contains(stem);
      }
    }
    return false;
  }

  /**
   * A word ansj's core dictionary knows without any name tag and sees often (满堂彩, 文旅): a recogniser that tags it
   * as a name has over-reached.
   */
  static boolean isCommonWord(String word) {
    TermNature[] natures = dictionaryNatures(word);
    if (natures.length == 0) {
      return false;
    }
    for (TermNature nature : natures) {
      String tag = nature.nature.natureStr;
      if (tag.startsWith("nr") || tag.startsWith("ns")) {
        return false;
      }
    }
    return true;
  }

  /** The tags of verbs and adverbs in ansj's dictionary. */
  private static final Set<String> VERBAL_TAGS = Set.of("v", "vi", "vf", "vd", "d");

  /**
   * Whether ansj's core dictionary knows a word, seen ten times or more, as a verb or an adverb at least 95 times in 100
   * and never as a given name (写道, 抓获, 居然, 表示; not 建国 or 建军, which it also tags as names, nor 建设 or 发展,
   * mostly verbal nouns): a surname before it is a name glued to the next word.
   */
  private static boolean isVerbOrAdverb(String word) {
    long total = 0;
    long verbal = 0;
    for (TermNature nature : dictionaryNatures(word)) {
      String tag = nature.nature.natureStr;
      if (tag.startsWith("nr")) {
        return false;
      }
      total += nature.frequency;
      verbal += VERBAL_TAGS.contains(tag) ? nature.frequency : 0;
    }
    return total >= 10 && verbal >= 0.95 * total;
  }

  private static boolean hasNature(String word, String prefix) {
    for (TermNature nature : dictionaryNatures(word)) {
      if (nature.nature.natureStr.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a person candidate ends like a place (黄山, 湖北省). A three-character name ending in a feature of nature
   * (阎锡山, 孙中山, 李长江) is a given name when neither the dictionary nor the gazetteer knows it as a place.
   */
  private boolean endsWithPlaceSuffix(String name) {
    if (!endsWithAny(name, PLACE_SUFFIXES)) {
      return false;
    }
    boolean given = name.length() == 3 && NATURE_ENDINGS.indexOf(name.charAt(2)) >= 0;
    return !given || hasNature(name, "ns") || gazetteer.lookup(name).filter(Gazetteer.Entry::place).isPresent();
  }

  /** Whether {@code name} ends with a title of two or three characters (华大使, 蔡教授). */
  private static boolean endsWithTitle(String name) {
    for (int length = 2; length <= 3 && length < name.length(); length++) {
      if (TITLE_SET.contains(name.substring(name.length() - length))) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAny(String word, List<String> suffixes) {
    return suffixes.stream().anyMatch(word::endsWith);
  }

  /** Whether {@code word} is one or more Han characters ({@code \p{IsHan}+}, without a regex: it runs on every token). */
  private static boolean isHan(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
