package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.inkstream.core.Entities;
import org.junit.jupiter.api.Test;

/** The issue-14 rules one at a time, on sentences written for the test (none from the seeds or the dev set). */
class EntityRulesTest {

  private static final EntityExtractor EXTRACTOR = new EntityExtractor();
  private static final Segmenter SEGMENTER = new Segmenter(EnricherConfig.Segmentation.FAST);

  private static Entities extract(String text) {
    return EXTRACTOR.extract(SEGMENTER.segment(ChineseText.forAnalysis(text)), Set.of());
  }

  @Test
  void variantsOfANationalOrganisationShareOneKey() {
    Entities entities = extract("中共中央、国务院近日印发意见。中国共产党中央委员会要求各地认真贯彻落实。");
    assertThat(entities.organizations()).contains("中共中央", "国务院", "中国共产党中央委员会");
    assertThat(entities.keys()).containsOnlyOnce("中国共产党中央委员会").contains("中华人民共和国国务院")
        .doesNotContain("中共中央");
  }

  @Test
  void nationalOrgansTheSegmenterReadsAsNounsAreFound() {
    Entities entities = extract("全国政协委员和新华社记者一同走访了中国人民解放军某部。");
    assertThat(entities.organizations()).contains("全国政协", "新华社", "中国人民解放军");
  }

  @Test
  void aSlavicNamesEndingStaysWithTheName() {
    Entities entities = extract("美国国务卿奥尔布赖特和俄罗斯外长普里马科夫也发来贺电。");
    assertThat(entities.persons()).contains("奥尔布赖特", "普里马科夫").doesNotContain("普里马");
  }

  @Test
  void aShortPlaceNameIsKeyedByItsFullName() {
    Entities entities = extract("咸宁今年粮食丰收，湖北各地农民喜笑颜开。");
    assertThat(entities.places()).contains("咸宁", "湖北");
    assertThat(entities.keys()).contains("咸宁市", "湖北省");
  }

  @Test
  void organisationsAssembledFromPlaceAndOrgan() {
    Entities entities = extract("咸宁市人民政府和公安县公安局联合召开会议。");
    assertThat(entities.organizations()).contains("咸宁市人民政府", "公安县公安局");
  }

  @Test
  void nameCompletionKeepsTheFullName() {
    assertThat(EntityExtractor.completeNames(List.of("桥本龙太郎", "龙太郎", "王建国", "建国")))
        .containsExactly("桥本龙太郎", "王建国");
  }

  @Test
  void fragmentsAndTitlesAreNoNames() {
    assertThat(EXTRACTOR.person("李鹏在")).isEqualTo("李鹏");
    assertThat(EXTRACTOR.person("李鹏又")).isEqualTo("李鹏");
    assertThat(EXTRACTOR.person("谢谢丁")).isNull();
    assertThat(EXTRACTOR.person("华大使")).isNull();
    assertThat(EXTRACTOR.person("蔡教授")).isNull();
  }

  @Test
  void foreignNamesAfterATitleOrBeforeASpeechVerb() {
    Entities entities = extract("美国总统克林顿当天会见了来访客人。外交部发言人拉夫罗夫表示，双方将继续对话。");
    assertThat(entities.persons()).contains("克林顿");
  }

  @Test
  void aForeignPlaceTaggedAsANameIsNoPerson() {
    Entities entities = extract("军队正向拉法等地推进，拉法的平民被迫撤离。");
    assertThat(entities.persons()).doesNotContain("拉法");
  }

  @Test
  void aNameRepeatedWithoutTitleIsAPerson() {
    Entities entities = extract("王小霜在比赛中送出助攻。赛后王小霜说，球队打得很好。王霜再次入选国家队。王霜在场上十分积极。");
    assertThat(entities.persons()).contains("王小霜", "王霜");
  }

  @Test
  void aNationalTeamIsAnOrganisationNotAPlace() {
    Entities entities = extract("中国队以三比一战胜加拿大队，夺得冠军。");
    assertThat(entities.organizations()).contains("中国队", "加拿大队");
    assertThat(entities.places()).doesNotContain("中国", "加拿大");
  }

  @Test
  void aNameOnABuildingIsNoPersonMentioned() {
    Entities entities = extract("活动在逸夫图书馆举行，邵逸夫体育馆内座无虚席。");
    assertThat(entities.persons()).doesNotContain("邵逸夫");
  }

  @Test
  void aPlaceInsideAnEventNameIsNotCounted() {
    Entities entities = extract("企业家们在南京国际经贸论坛上交流经验，随后前往苏州考察。");
    assertThat(entities.places()).contains("苏州").doesNotContain("南京");
  }

  @Test
  void theLongestInstitutionNameIsKeptAlone() {
    Entities entities = extract("湖北省交通规划设计院集团有限公司承担了设计任务。");
    assertThat(entities.organizations()).containsExactly("湖北省交通规划设计院集团有限公司");
  }

  @Test
  void olderPressListsNamesWithCommasAndWritesParticlesBesideThem() {
    assertThat(extract("次日，蔡锷，黄兴，宋教仁联名发出通电。").persons()).contains("蔡锷", "黄兴", "宋教仁");
    assertThat(extract("政府通缉之蔡锷等人，均已出京。").persons()).contains("蔡锷");
    assertThat(extract("萧伯纳未到上海之前，各报已登出消息。").persons()).contains("萧伯纳");
  }

  @Test
  void aTitleInBookTitleBracketsIsNoPerson() {
    assertThat(extract("诗人抄录了《黄鹤楼》一首。").persons()).isEmpty();
  }

  @Test
  void aPaperInBookTitleBracketsIsAnOrganisation() {
    Entities entities = extract("《晨报》与《大公报》都登载了这条消息，《公报》则没有。");
    assertThat(entities.organizations()).contains("晨报", "大公报").doesNotContain("公报");
  }

  @Test
  void aClubIsItsCityAndItsNameAndTheNameAlone() {
    Entities entities = extract("上海上港主场击败广州恒大，恒大仍居榜首。");
    assertThat(entities.organizations()).contains("上海上港", "广州恒大", "恒大");
    assertThat(entities.places()).doesNotContain("上海", "广州");
  }

  @Test
  void aNameTheSegmenterCutIsJoinedInAListOfNames() {
    // Given the tokens of 王海、谈立新、李强等, with the middle name cut into a surname and a word
    List<Segmenter.Token> tokens = List.of(new Segmenter.Token("王海", "nr"), new Segmenter.Token("、", "w"),
        new Segmenter.Token("谈", "v"), new Segmenter.Token("立新", "n"), new Segmenter.Token("、", "w"),
        new Segmenter.Token("李强", "nr"), new Segmenter.Token("等", "u"));
    // Then it is one name again
    assertThat(EXTRACTOR.extract(tokens, Set.of()).persons()).contains("谈立新");
  }

  @Test
  void downtownAndABarePlaceWithSchoolAreNoInstitutions() {
    assertThat(extract("游客涌入悉尼市中心。").organizations()).isEmpty();
    Entities school = extract("印度学校开设了新课程。");
    assertThat(school.organizations()).isEmpty();
    assertThat(school.places()).contains("印度");
  }

  @Test
  void aPlaceBeforeAWarOrAnEventInPiecesIsNotCounted() {
    assertThat(extract("欧洲大战以后，德国经济凋敝。").places()).contains("德国").doesNotContain("欧洲");
  }

  @Test
  void aPostAfterAnInstitutionEndsItsName() {
    Entities entities = extract("他曾任天津南开大学校长兼善后委员会委员长。");
    assertThat(entities.organizations()).contains("天津南开大学")
        .noneMatch(name -> name.contains("校长"));
  }

  @Test
  void organsOfEarlierYearsAreKnownAndKeyedByTheirFullName() {
    Entities entities = extract("国家计委和国家经贸委联合发出通知，民盟中央也派人参加了座谈。");
    assertThat(entities.organizations()).contains("国家计委", "国家经贸委", "民盟中央");
    assertThat(entities.keys()).contains("国家计划委员会", "国家经济贸易委员会", "中国民主同盟中央委员会");
  }

  @Test
  void partiesArmiesAndGovernmentsOfTheForties() {
    Entities entities = extract("国民政府昨日召开会议，八路军、新四军的代表和青年党人士列席，中央社作了报道。");
    assertThat(entities.organizations()).contains("国民政府", "八路军", "新四军", "青年党", "中央社");
  }

  @Test
  void borderRegionGovernmentsAndMilitaryRegionsAreOrganisations() {
    Entities entities = extract("晋冀鲁豫边区政府发出布告，冀南军区部队奉命出发，解放区人民踊跃支前。");
    assertThat(entities.organizations()).contains("晋冀鲁豫边区政府", "冀南军区");
    assertThat(entities.places()).doesNotContain("解放区", "边区");
  }

  @Test
  void provincesAndCityNamesOfOlderYearsArePlaces() {
    Entities entities = extract("察哈尔、热河两省交通断绝，归绥方面尚无消息。");
    assertThat(entities.places()).contains("察哈尔", "热河", "归绥");
    assertThat(entities.keys()).contains("察哈尔省", "热河省", "归绥市");
  }

  @Test
  void aCountyIsNamedWithoutItsSuffix() {
    Entities entities = extract("部队向桐庐推进，沿途群众夹道欢迎。");
    assertThat(entities.places()).contains("桐庐");
    assertThat(entities.keys()).contains("桐庐县");
    assertThat(extract("新兴产业发展迅速，大名鼎鼎的企业家纷纷投资。").places()).isEmpty();
  }

  @Test
  void aTitleAfterANameIsEvidenceOfAName() {
    assertThat(extract("朱德总司令和胡适先生出席了大会。").persons()).contains("朱德", "胡适");
    assertThat(extract("会上，李鹏总理在发言中谈到农业。").persons()).contains("李鹏").doesNotContain("李鹏总理");
  }

  @Test
  void aJapaneseNameReadAsTwoNamesIsOnePerson() {
    Entities entities = extract("日本首相桥本龙太郎说，两国关系将继续发展。");
    assertThat(entities.persons()).contains("桥本龙太郎").doesNotContain("龙太郎", "桥本");
  }

  @Test
  void aCountrysAbbreviationOpensAnInstitutionWithoutAPlace() {
    assertThat(extract("美款委员会的委员一同出席。").organizations()).contains("美款委员会");
    assertThat(extract("她是法甲女足的主力。").organizations()).isEmpty();
    assertThat(extract("博彩公司开出了新的赔率。").organizations()).isEmpty();
  }

  @Test
  void theClassicalWordsOfOlderPapersStandBesideANameInTheirOwnRight() {
    assertThat(extract("段祺瑞曰：此事须从缓。记者访问蔡元培君。").persons()).contains("段祺瑞", "蔡元培");
    assertThat(extract("冯玉祥副委员长随行，张謇博士与宋庆龄女士亦到。").persons())
        .contains("冯玉祥", "张謇", "宋庆龄");
    assertThat(extract("周恩来、董必武、王若飞诸同志昨日抵达。").persons()).contains("王若飞");
    assertThat(extract("孙传芳部与敌军在徐州附近激战。").persons()).contains("孙传芳");
  }

  @Test
  void aTranscribedNameTaggedAsANounCountsWithATitle() {
    assertThat(extract("美国国务卿马歇尔将军昨日飞抵南京。").persons()).contains("马歇尔");
    assertThat(extract("他参加了城市马拉松比赛。").persons()).isEmpty();
  }

  @Test
  void aCompoundSurnameReadAsANameOfItsOwnJoinsTheGivenName() {
    Entities entities = extract("美国驻华大使司徒雷登说，双方应当停火。");
    assertThat(entities.persons()).contains("司徒雷登").doesNotContain("雷登", "司徒");
  }

  @Test
  void aCountrysOrgansAndParliamentsAreOrganisationsNotPlaces() {
    Entities entities = extract("英国外交部和法国国务院先后表态，德国议会与日本国会将继续辩论。");
    assertThat(entities.organizations()).contains("英国外交部", "法国国务院", "德国议会", "日本国会")
        .doesNotContain("国务院");
    assertThat(entities.places()).isEmpty();
  }

  @Test
  void aCountryBeforeAnInternationalBodyIsNoClubOfIt() {
    Entities entities = extract("加拿大联合国代表团今天抵达。");
    assertThat(entities.organizations()).contains("联合国").doesNotContain("加拿大联合国");
  }

  @Test
  void aRankOrAnArmyPostBeforeANameIsATitle() {
    assertThat(extract("纵队司令员陈赓和政委谢富治率部出发，上将林彪随后赶到。").persons())
        .contains("陈赓", "谢富治", "林彪");
    assertThat(extract("日本外相小渊惠三抵达北京。").persons()).contains("小渊惠三");
  }

  @Test
  void aUnitLeftUnnamedIsNoInstitution() {
    assertThat(extract("他到北京军区某部视察，该部官兵列队欢迎。").organizations())
        .contains("北京军区").noneMatch(name -> name.endsWith("某部") || name.endsWith("该部"));
  }

  @Test
  void theWartimeBorderRegionsAreNamedByTheirAbbreviationsToo() {
    Entities entities = extract("晋冀鲁豫我军在邯郸以南歼敌一部，陕甘宁各地纷纷支援。");
    assertThat(entities.places()).contains("晋冀鲁豫", "陕甘宁");
    assertThat(entities.keys()).contains("晋冀鲁豫边区", "陕甘宁边区");
  }

  @Test
  void aKnownOrganisationOpensTheLongerNameOfItsBranch() {
    Entities entities = extract("建设部政策研究中心发布报告，交通银行湖北省分行随后跟进。");
    assertThat(entities.organizations()).contains("建设部政策研究中心", "交通银行湖北省分行")
        .doesNotContain("建设部", "交通银行");
  }

  @Test
  void aTwoCharacterNameBeforeInIsAPerson() {
    assertThat(extract("鲁迅在北京教书多年。").persons()).contains("鲁迅");
  }

  @Test
  void aPlaceInsideATitleInBookTitleBracketsIsNotCounted() {
    Entities entities = extract("他在上海读完了《巴黎圣母院》和《南京！南京！》，又去了北京。");
    assertThat(entities.places()).containsExactly("上海", "北京");
    // an unclosed bracket opens no title: the text after it is read as ever
    assertThat(extract("他说《这个问题，我们在武汉和长沙都讨论过，据《人民日报》报道，广州也是。").places())
        .contains("武汉", "长沙", "广州");
    // nor does a 》 too far after it: a title is short, this is a stray bracket before a report
    assertThat(extract("《会上，武汉、长沙、广州、深圳、南京、杭州、成都、重庆、西安、郑州、济南、沈阳、合肥、福州的代表"
        + "先后发言》").places()).contains("武汉", "福州");
  }

  @Test
  void aPlaceBeforeAFormOfAddressIsAName() {
    Entities entities = extract("贝宁先生昨天从法国回到上海。");
    assertThat(entities.places()).containsExactly("法国", "上海");
  }

  @Test
  void aCountryBeforeZoneIsTheCountryNotAZone() {
    Entities entities = extract("组委会对中国区预选赛进行了抽签，他负责日本区业务，住在北京市海淀区。");
    assertThat(entities.places()).contains("中国", "日本", "海淀区").doesNotContain("中国区", "日本区");
  }

  @Test
  void aForeignCityTheDictionaryLacksIsAPlaceAndAClubIsNone() {
    assertThat(extract("代表团飞抵哈尔科夫，随后前往内比都。").places()).contains("哈尔科夫", "内比都");
    assertThat(extract("本场比赛，米兰主场战胜利物浦。").places()).doesNotContain("利物浦");
  }

  @Test
  void aPlaceJoinedByAMiddleDotToANameIsPartOfTheName() {
    assertThat(extract("黛博拉·格里本和惠特妮·休斯顿都来了。").places()).isEmpty();
    assertThat(extract("中国·北京国际马拉松和湖北·恩施的活动。").places()).contains("中国", "北京", "湖北", "恩施");
  }

  @Test
  void aGivenNameMayEndInAFeatureOfNatureThatIsNoPlace() {
    assertThat(extract("李长江说，马占山将军率部抗战。").persons()).contains("李长江", "马占山");
    assertThat(extract("游客在黄山、庐山观光，长江、黄河流域降雨。").persons()).isEmpty();
  }

  @Test
  void aSurnameWithADeputysTitleIsNoName() {
    assertThat(extract("周副主席于昨日返延安，彭副总司令同行。").persons()).isEmpty();
  }

  @Test
  void aTelegramVerbGluedToANameIsCutOff() {
    assertThat(EXTRACTOR.person("朱德致电")).isEqualTo("朱德");
    assertThat(EXTRACTOR.person("朱德电告")).isEqualTo("朱德");
  }

  @Test
  void aMinistersTitleOfOlderPapersIntroducesAName() {
    assertThat(extract("会议代表与教长胡仁源接洽，次长马叙伦辞职。").persons()).contains("胡仁源", "马叙伦");
  }

  @Test
  void aNameBeforeTheTitleOfAWorkIsItsAuthor() {
    assertThat(extract("他最爱鲁迅《呐喊》，也读崔颢《黄鹤楼》诗。").persons()).containsExactly("鲁迅", "崔颢");
  }

  // Sixth round: recall of persons and organisations (sentences written for the tests).

  @Test
  void commonSurnamesTheListLackedOpenNames() {
    assertThat(extract("县长洪文斌说，今年粮食丰收。").persons()).containsExactly("洪文斌");
  }

  @Test
  void aForeignNameWithAMiddleDotNeedsNoTitle() {
    assertThat(extract("物理学家约翰·史密斯认为，实验结果可信。").persons()).containsExactly("约翰·史密斯");
    assertThat(extract("分析师菲利普·鲁宾和乔治·史密斯都认为市场会反弹。").persons())
        .contains("菲利普·鲁宾", "乔治·史密斯");
    assertThat(extract("美国演员阿什顿·库彻来到上海。").persons()).containsExactly("阿什顿·库彻");
    assertThat(extract("他读过《哈利·波特》。").persons()).isEmpty();
    assertThat(extract("中国·北京国际马拉松开跑。").persons()).isEmpty();
  }

  @Test
  void rolesOfSportsCultureAndBusinessNewsIntroduceNames() {
    assertThat(extract("西班牙选手纳达尔获得冠军。").persons()).containsExactly("纳达尔");
    assertThat(extract("公司创始人扎克伯格出席了发布会。").persons()).containsExactly("扎克伯格");
  }

  @Test
  void kinAndThePartiesOfACaseIntroduceNames() {
    assertThat(extract("他的儿子李强，今年十岁。").persons()).containsExactly("李强");
    assertThat(extract("犯罪嫌疑人刘兵已被警方控制。").persons()).containsExactly("刘兵");
  }

  @Test
  void verbsWhoseSubjectIsAPersonAreEvidenceForAName() {
    assertThat(extract("李强选择留在家乡。").persons()).containsExactly("李强");
    assertThat(extract("张伟承认自己犯了错。").persons()).containsExactly("张伟");
  }

  @Test
  void aNameTheDictionaryKnowsWellNeedsNoTitle() {
    assertThat(extract("鲁迅的小说影响了几代人。").persons()).containsExactly("鲁迅");
  }

  @Test
  void aLoneVerbBeforeAListOfNamesIsNoMisread() {
    assertThat(extract("会议受毛泽东、刘少奇委托召开。").persons()).containsExactly("毛泽东", "刘少奇");
  }

  @Test
  void nationalOpenersStartAnInstitutionWithoutAPlace() {
    assertThat(extract("中央美术学院的学生和国家气象中心的专家参加了活动。").organizations())
        .containsExactly("中央美术学院", "国家气象中心");
    assertThat(extract("国立大学和中央部委的代表都来了。").organizations()).isEmpty();
  }

  @Test
  void aBrandOrAnAbbreviationOpensABankAGroupOrASchool() {
    assertThat(extract("娃哈哈集团和民生银行签署协议。").organizations()).containsExactly("娃哈哈集团", "民生银行");
    assertThat(extract("城建学院的学生前来参观。").organizations()).containsExactly("城建学院");
    assertThat(extract("博彩公司开出了新的赔率。").organizations()).isEmpty();
  }

  @Test
  void partyCommitteesPeoplesOrganisationsExchangesAndArmsEndANameAfterAPlace() {
    assertThat(extract("福建省委和南海区政协召开会议。").organizations()).containsExactly("福建省委", "南海区政协");
    assertThat(extract("上海证券交易所发布公告。").organizations()).containsExactly("上海证券交易所");
    assertThat(extract("中国海军和美国空军举行演习。").organizations()).containsExactly("中国海军", "美国空军");
  }

  @Test
  void anOrdinalStandsInsideAnInstitutionsName() {
    Entities entities = extract("南通市第一中学的学生参观了芜湖第一个党支部旧址。");
    assertThat(entities.organizations()).containsExactly("南通市第一中学");
    assertThat(entities.places()).containsExactly("芜湖");
  }

  @Test
  void theStateBanksShortFormsShareTheirFullNamesKey() {
    Entities entities = extract("工行和建行下调了利率。");
    assertThat(entities.organizations()).containsExactly("工行", "建行");
    assertThat(entities.keys()).contains("中国工商银行", "中国建设银行");
  }

  @Test
  void aWordOfThreeCharactersEndingInFactoryOfficeOrInstituteEndsAName() {
    assertThat(extract("民警来自溧水派出所。").organizations()).containsExactly("溧水派出所");
    assertThat(extract("他在株洲齿轮厂工作了三十年。").organizations()).containsExactly("株洲齿轮厂");
    assertThat(extract("西宁市十八所学校参加活动。").organizations()).isEmpty();
  }

  @Test
  void aForeignLeaderBeforeHisTitleIsAPerson() {
    Entities entities = extract("西哈努克亲王昨天抵达北京，萨瓦茨基主席到机场迎接。");
    assertThat(entities.persons()).contains("西哈努克", "萨瓦茨基");
  }

  @Test
  void aPartyOrAnArmyNamedByItsCountryIsOneOrganisation() {
    Entities entities = extract("英国共产党代表团和朝鲜人民军代表出席了招待会。");
    assertThat(entities.organizations()).contains("英国共产党", "朝鲜人民军");
    assertThat(entities.places()).doesNotContain("英国", "朝鲜");
    assertThat(extract("越共代表团昨天到京访问。").keys()).contains("越南共产党"); // a party's short form
  }

  @Test
  void aCountryBeforeItsPeopleIsAPlace() {
    Entities entities = extract("全世界人民坚决支持越南人民的正义斗争。");
    assertThat(entities.places()).contains("越南");
  }

  @Test
  void aNationalOrganInOneWordIsAnOrganisation() {
    assertThat(extract("国家地震局局长就地震预报答记者问。").organizations()).contains("国家地震局");
  }

  @Test
  void aTitleTheSegmenterCutIntoAPlaceIsRejoined() {
    Entities entities = extract("苏联外交部长葛罗米柯发来贺电。");
    assertThat(entities.persons()).contains("葛罗米柯").doesNotContain("罗米柯");
    assertThat(entities.places()).contains("苏联").doesNotContain("长葛");
    assertThat(extract("湖南省长沙市举行会议。").places()).contains("湖南省", "长沙市");
  }

  @Test
  void foreignPapersWithoutBracketsAndFriendshipAssociationsAreOrganisations() {
    Entities entities = extract("中日友好协会会长说，纽约时报和真理报都报道了这次访问。");
    assertThat(entities.organizations()).contains("中日友好协会", "纽约时报", "真理报");
    assertThat(entities.places()).doesNotContain("纽约");
  }

  @Test
  void aKnownLeaderIsAPersonWithoutATitle() {
    assertThat(extract("江泽民会见克林顿。卡比拉宣誓就任。").persons()).contains("江泽民", "克林顿", "卡比拉");
    // on word boundaries only: a doctrine named after a person is no mention of him
    assertThat(extract("高举马克思主义伟大旗帜。").persons()).doesNotContain("马克思");
  }

  @Test
  void aKnownNameInTwoPartsIsReadWhole() {
    assertThat(extract("桥本龙太郎出任首相后首次出访。").persons()).contains("桥本龙太郎").doesNotContain("龙太郎");
  }

  @Test
  void twoInstitutionsJoinedByAConjunctionAreTwoNames() {
    assertThat(extract("清华大学和北京大学的专家出席。").organizations()).containsExactly("清华大学", "北京大学");
    // inside one name the conjunction stays (文化和旅游局)
    assertThat(extract("咸宁市文化和旅游局发布通知。").organizations()).containsExactly("咸宁市文化和旅游局");
  }

  @Test
  void aPlaceTheSegmenterReadsAsAPersonOpensAnInstitution() {
    assertThat(extract("淳安中学的学生参加比赛。").organizations()).containsExactly("淳安中学"); // 淳安 read as a name
    assertThat(extract("良乡派出所民警赶到现场。").organizations()).containsExactly("良乡派出所"); // 良 + 乡 + 派出所
  }

  @Test
  void numberedWorksAndSchoolsAreOrganisationsButCountedCompaniesAreNot() {
    assertThat(extract("第二汽车制造厂的职工超额完成任务。").organizations()).containsExactly("第二汽车制造厂");
    assertThat(extract("他们委托第三方公司评估。").organizations()).isEmpty();
  }

  @Test
  void worksResearchOfficesAndOnePlaceAndInstitutionWordAreOrganisations() {
    assertThat(extract("河北省邯郸钢铁总厂的经验在全国推广。").organizations()).containsExactly("河北省邯郸钢铁总厂");
    assertThat(extract("国务院研究室和苏州工业园区管委会的同志到会。").organizations())
        .contains("国务院研究室", "苏州工业园区管委会");
    assertThat(extract("中国足协的负责人说。").organizations()).containsExactly("中国足协");
    assertThat(extract("新疆生产建设兵团的职工。").organizations()).containsExactly("新疆生产建设兵团");
  }

  @Test
  void aGivenNameEndingInABannerIsANameNotAPlace() {
    assertThat(extract("四十六岁的张红旗感慨万千。张红旗说，办厂不容易。").persons()).containsExactly("张红旗");
  }

  @Test
  void workersAndSoldiersNamedAfterTheirTradeArePersons() {
    assertThat(extract("老劳模孟泰的徒弟王崇伦向记者讲起了往事。").persons()).contains("孟泰", "王崇伦");
  }

  @Test
  void foreignLegislaturesSecretariatsAndBanksNamedForWhatTheyDo() {
    assertThat(extract("日本自民党和俄罗斯国家杜马表示关注，联合国秘书处和亚洲开发银行也发表了声明。").organizations())
        .contains("日本自民党", "俄罗斯国家杜马", "联合国秘书处", "亚洲开发银行");
    assertThat(extract("他在美国开发了一款软件。").organizations()).isEmpty();
  }

  @Test
  void aCompleteNameEndsAtAPersonOrAnotherKnownOrganisation() {
    // the segmenter glues 向第 into a name here, so only the person stops the name from running on
    assertThat(extract("全国人大财政经济委员会主任委员朱开轩向第十一届全国人大常委会作说明。").organizations())
        .contains("全国人大财政经济委员会", "全国人大常委会");
  }

  @Test
  void thanksAnAdverbAndAPossessiveAreNoNames() {
    Entities entities = extract("他说，谢谢丁部长的支持。鲁迅先生曾写道，曾国藩的家书值得一读。");
    // a given name the dictionary also knows as a name stays one, though it is mostly a verb
    assertThat(extract("张建国说，李建军表示同意。").persons()).contains("张建国", "李建军");
    assertThat(entities.persons()).contains("鲁迅", "曾国藩").doesNotContain("谢谢丁", "曾写道");
    assertThat(entities.organizations()).isEmpty();
  }

  @Test
  void aForeignNameAfterTheHeadOfABankOrAnAgencyIsAPerson() {
    assertThat(extract("朱镕基会见了世界银行行长沃尔芬森。").persons()).contains("朱镕基", "沃尔芬森");
  }

  @Test
  void aJapaneseFamilyNameReadAsABrandStaysWithItsGivenNameAfterATitle() {
    Entities entities = extract("日本银行总裁松下康雄说，日本金融体系是稳定的。");
    assertThat(entities.persons()).containsExactly("松下康雄");
  }

  @Test
  void aCompleteNameBeforeAConjunctionIsNotTheStartOfTheNextOne() {
    assertThat(extract("政府将向北海道拓殖银行和山一证券公司提供贷款。").organizations())
        .contains("北海道拓殖银行").noneMatch(name -> name.contains("和"));
  }

  @Test
  void foreignPartiesParliamentsAndAgenciesByTheirShortForms() {
    Entities entities = extract("俄共领导人说，俄共将在国家杜马中反对这项任命。美联储主席表示关注。");
    assertThat(entities.organizations()).contains("俄共", "国家杜马", "美联储");
    assertThat(entities.keys()).contains("俄罗斯联邦共产党", "俄罗斯国家杜马", "美国联邦储备委员会");
  }

  @Test
  void aRegionNamedByThePlaceBesideItIsOnePlace() {
    assertThat(extract("军队从约旦河西岸和加沙地带撤出，台湾海峡风平浪静。").places())
        .contains("约旦河西岸", "加沙地带", "台湾海峡").doesNotContain("约旦河", "台湾");
  }

  @Test
  void aForeignNameBeforeASpeechVerbInLocalTimeIsAPerson() {
    assertThat(extract("纳达尔当地时间19日宣布退出比赛。").persons()).containsExactly("纳达尔");
  }

  @Test
  void aNameCutInTwoRightAfterATitleIsRejoined() {
    assertThat(extract("中国人民银行副行长陈元、国家外汇管理局局长周小川出席了会议。").persons())
        .containsExactly("陈元", "周小川");
    assertThat(extract("第一碗饭总是先给老人盛上。").persons()).isEmpty(); // 上 is a direction, not a given name
  }

  @Test
  void orchestrasAndTeamsInOneWordAreOrganisationsAndHallsAreNot() {
    Entities entities = extract("中国女排主教练郎平说，上海交响乐团将在维也纳金色大厅演出。");
    assertThat(entities.organizations()).containsExactly("中国女排", "上海交响乐团");
    assertThat(entities.places()).contains("维也纳");
  }

  @Test
  void aBrandTheSegmenterReadsAsANameOpensAGroup() {
    assertThat(extract("海尔集团的负责人出席了会议。").organizations()).containsExactly("海尔集团");
    assertThat(extract("各大集团纷纷跟进。").organizations()).isEmpty();
  }

  @Test
  void societiesCommandsAndUniversitiesWrittenShortAreOrganisations() {
    assertThat(extract("全国党建研究会召开研讨会，北京军区司令部派员出席。").organizations())
        .containsExactly("全国党建研究会", "北京军区司令部");
    assertThat(extract("四川师大三十二名毕业生奔赴西藏。").organizations()).containsExactly("四川师大");
    assertThat(extract("世行向我提供基础教育贷款。").organizations()).containsExactly("世行");
  }

  @Test
  void aWordTheSegmenterKnowsWholeNamesAnInstitutionButAKindOfSchoolDoesNot() {
    assertThat(extract("国防大学举办座谈会。").organizations()).containsExactly("国防大学");
    assertThat(extract("她考上了师范大学。").organizations()).isEmpty();
  }

  @Test
  void aPersonsNameOpensAFoundation() {
    assertThat(extract("宋庆龄基金会接受捐赠。").organizations()).containsExactly("宋庆龄基金会");
  }

  @Test
  void twoCountriesAbbreviationsSideBySideAreNoForeignName() {
    assertThat(extract("乌俄签署友好合作条约。").persons()).isEmpty();
  }

  @Test
  void chinaAndACountryAbbreviatedTogetherAreNoPlaceButParisIs() {
    assertThat(extract("中俄外长在巴黎举行会谈。").places()).containsExactly("巴黎");
  }

  @Test
  void officesTheDivisionListsCountAsTownshipsAreNoPlaces() {
    Entities entities = extract("林业局要求紧急防治，农民办起农科所，发展小城镇。");
    assertThat(entities.places()).isEmpty();
    assertThat(Gazetteer.standard().lookup("林业局")).isEmpty();
  }

  @Test
  void aVerbEndsNoInstitutionAndACommissarIsNoCommittee() {
    assertThat(extract("德国有组织犯罪活动猖獗，肥城农村基层组织增强活力。").organizations()).isEmpty();
    assertThat(extract("记广州军区某军械仓库政委胡多明。").organizations()).isEmpty();
  }

  @Test
  void aPaperNamedByItsPlaceIsAnOrganisation() {
    assertThat(extract("中国计算机报捐建希望小学。").organizations()).containsExactly("中国计算机报");
  }

  @Test
  void situationsKindsOfCompanyAndTwoThingsJoinedAreNoInstitutions() {
    assertThat(extract("扫黑肃贪中的意大利政局。").organizations()).isEmpty();
    assertThat(extract("又一些国家和政府领导人电贺。").organizations()).isEmpty();
    assertThat(extract("杂志评出一九九二年美大公司座次。").organizations()).isEmpty();
    assertThat(extract("市商务和粮食局召开会议。").organizations()).containsExactly("市商务和粮食局");
  }

  @Test
  void aCountrysNewPremierIsNoForeignName() {
    assertThat(extract("不坐专机，法新总理宣布内阁节支。").persons()).isEmpty();
  }

  @Test
  void aKnownOrganAfterAForeignCountrysAbbreviationIsThatCountrys() {
    Entities entities = extract("美国务院报告承认拖欠会费，俄外交部发表声明。");
    assertThat(entities.organizations()).containsExactly("美国务院", "俄外交部");
    assertThat(entities.keys()).doesNotContain("中华人民共和国国务院", "中华人民共和国外交部");
  }

  @Test
  void aNameRunsThroughNoPlaceTwiceAndAHallIsNoOffice() {
    assertThat(extract("肯尼亚呼吁南非暂停向卢旺达售武卢旺达政府号召难民返回。").organizations())
        .containsExactly("卢旺达政府");
    assertThat(extract("深圳机场候机厅商场见闻。").organizations()).isEmpty();
  }

  @Test
  void aClauseWordAfterANameIsNoPartOfIt() {
    assertThat(extract("墨西哥总统会见宋健时表示希望加强合作。").persons()).containsExactly("宋健");
  }

  @Test
  void twoCountriesBeforeATitleAreNoNameAndAHeadOfGovernmentEndsAnyInstitution() {
    assertThat(extract("巴印总理热线交谈。").persons()).isEmpty();
    assertThat(extract("塔帕出任尼泊尔首相，新政府宣誓就职。").organizations()).isEmpty();
    assertThat(extract("塔帕出任尼泊尔首相新政府宣誓就职。").organizations()).isEmpty();
    assertThat(extract("湖南省作家协会举办笔会。").organizations()).containsExactly("湖南省作家协会");
  }

  @Test
  void countiesOfThe1990sAreFoundByTheirFormerNames() {
    Entities entities = extract("他先后到萧山市、吴县、江宁县考察。");
    assertThat(entities.places()).containsExactly("萧山市", "吴县", "江宁县"); // not 宁县, a county in Gansu
    assertThat(entities.keys()).contains("萧山区", "江宁区");
  }

  @Test
  void aCountyLevelCitysFormerCountyAndWritersTheSegmenterMissesAreFound() {
    assertThat(extract("河北省迁安县农民种植蔬菜致富。").places()).contains("迁安县");
    assertThat(extract("冰心的作品深受读者喜爱，夏衍和曹禺也发来贺信。").persons()).containsExactly("冰心", "夏衍", "曹禺");
  }

  @Test
  void aNumberedCulturalCentreIsAnInstitution() {
    assertThat(extract("第一文化馆举办照片展览会。").organizations()).containsExactly("第一文化馆");
  }

  @Test
  void aWorksNumberedInNumeralsIsOneInstitution() {
    Entities entities = extract("上海国棉十七厂职工意气风发，该市三厂合并。");
    assertThat(entities.organizations()).containsExactly("上海国棉十七厂");
    assertThat(entities.places()).isEmpty();
  }

  @Test
  void aNameCutIntoASurnameAndAVerbsMorphemeAfterATitleIsRejoined() {
    assertThat(extract("国民党副主席连战表示。").persons()).containsExactly("连战");
  }

  @Test
  void knownNamesWrittenSideBySideAreEachAPersonAndANameInsideAWordIsNot() {
    assertThat(extract("江泽民李鹏万里乔石等会见代表。").persons()).containsExactly("江泽民", "李鹏", "万里", "乔石");
    assertThat(extract("学习毛泽东思想。").persons()).isEmpty();
  }

  @Test
  void aJapaneseNameTheSegmenterCutIntoPiecesBetweenATitleAndASpeechVerbIsOneName() {
    assertThat(extract("日本大藏大臣三冢博表示，外务大臣池田行彦表示。").persons()).containsExactly("三冢博", "池田行彦");
    assertThat(extract("部长在会上说，市长三次表示，干部群众代表说。").persons()).isEmpty();
  }

  @Test
  void aPlaceBeforeAKnownOrganisationStaysAPlaceButACountryOwnsItsOrgan() {
    Entities entities = extract("联合国秘书长安南今天在纽约联合国总部发表声明。美国国务院发言人说。");
    assertThat(entities.places()).contains("纽约");
    assertThat(entities.organizations()).contains("联合国总部", "美国国务院").doesNotContain("纽约联合国总部");
  }

  @Test
  void oneOfChinasGreatRegionsOpensAnInstitutionsName() {
    assertThat(extract("西北国棉一厂职工意气风发，西北电力设计院的专家也来了。").organizations())
        .containsExactly("西北国棉一厂", "西北电力设计院");
  }

  @Test
  void aWorldBodyOpensWithWorldOrInternationalButNotInsideACompanysName() {
    assertThat(extract("郭沫若离京赴斯德哥尔摩出席世界和平理事会会议。非洲国家退出国际劳工组织会议。").organizations())
        .containsExactly("世界和平理事会", "国际劳工组织");
    assertThat(extract("国际社会普遍关注，国际金融机构提供贷款。").organizations()).isEmpty();
    assertThat(extract("振华国际投资集团有限公司的员工捐款。").organizations()).doesNotContain("国际投资集团有限公司");
  }

  @Test
  void aNameEndsAtALocativeAndBeforeAnOrganisationsMemberStates() {
    assertThat(extract("在中国工会第七次全国代表大会开幕会上世界工会联合会总书记的祝词。").organizations())
        .contains("世界工会联合会").noneMatch(name -> name.contains("会上"));
    assertThat(extract("上海合作组织成员国元首理事会会议举行。欧盟成员国政府表示支持。").organizations())
        .doesNotContain("上海合作组织成员国元首理事会", "欧盟成员国政府");
  }

  @Test
  void newsAgenciesCouncilsFrontsAndElectionCommitteesAreInstitutions() {
    assertThat(extract("安塔拉通讯社报道，新加坡社会主义阵线提出备忘录，北京市选举委员会成立。").organizations())
        .containsExactly("安塔拉通讯社", "新加坡社会主义阵线", "北京市选举委员会");
  }

  @Test
  void aDelegationsHeadAndARankAfterTheNameTitleAForeignName() {
    assertThat(extract("苏联工会代表团团长戈罗希金致词。").persons()).containsExactly("戈罗希金");
    assertThat(extract("对于战俘问题南日大将再度阐明我方建议。").persons()).containsExactly("南日");
    assertThat(extract("林彪元帅致电威利·斯多夫大将祝贺。").persons()).containsExactly("林彪", "威利·斯多夫");
  }

  @Test
  void aFormerCountryTheSegmenterReadsAsAPersonIsAPlace() {
    Entities entities = extract("中共中央致电祝贺锡兰共产党成立二十周年。记德意志民主共和国工业展览会。");
    assertThat(entities.organizations()).contains("锡兰共产党");
    assertThat(entities.places()).contains("德意志民主共和国");
    assertThat(entities.persons()).isEmpty();
  }

  @Test
  void aJapaneseGivenNameMakesATwoPartNameEvenAfterAChineseSurname() {
    assertThat(extract("他同九十六岁高龄的吉村孙三郎一起种植樱花树。").persons()).doesNotContain("孙三郎");
    assertThat(extract("日本经济界人士吉村孙三郎表示欢迎。").persons()).containsExactly("吉村孙三郎");
  }

  @Test
  void theSecondPartOfACutForeignNameIsNoChineseName() {
    assertThat(extract("俄方宣布吞并赫尔松以及扎波罗热州的两地。濮存昕饰演克劳狄斯和老王的鬼魂。").persons())
        .doesNotContain("罗热州", "狄斯和");
    assertThat(extract("南开大学2014级直博生李茂霖告诉记者。").persons()).containsExactly("李茂霖");
  }

  @Test
  void theProvincesAndGreatRegionsOfTheEarlyFiftiesArePlaces() {
    assertThat(extract("中南区各省人民抗议美机侵我领空。平原省警备团参谋张克俭依法枪决。").places())
        .containsExactly("中南区", "平原省");
  }

  @Test
  void aNameEndsBeforeFormerAndAQuestionMarkerEndsNoName() {
    assertThat(extract("不给美国当炮灰西德前劳动大队队员声明反对战争准备。").organizations()).isEmpty();
    assertThat(extract("学校中应否进行整风？答读者张棣问。").persons()).doesNotContain("张棣问");
  }

  @Test
  void aNameEndsAtALoneNumeralOrAnAdverbButAnInstitutionMayBeNumbered() {
    assertThat(extract("山东江苏两省积极发展渔业生产合作社。").organizations()).isEmpty();
    assertThat(extract("他被送往自贡市四医院，张店交警大队二中队赶到。").organizations())
        .containsExactly("自贡市四医院", "张店交警大队二中队");
  }

  @Test
  void aLoneVerbBetweenTwoNamesEndsTheFirst() {
    assertThat(extract("中共中央统一战线工作部邀工商联执委举行座谈会。").organizations())
        .containsExactly("中共中央统一战线工作部");
    assertThat(extract("台北世界贸易中心驻南京代表处成立。").organizations())
        .containsExactly("台北世界贸易中心驻南京代表处");
  }

  @Test
  void aCountrysRedCrossIsItsOwn() {
    assertThat(extract("中国红十字会致电日本红十字会表示慰问。").organizations())
        .containsExactly("中国红十字会", "日本红十字会");
  }

  @Test
  void cadresAreNoInstitutionAndAPersonsCliqueIsNoCompany() {
    assertThat(extract("郑州汽车制造厂新老干部团结一致。").organizations()).containsExactly("郑州汽车制造厂");
    Entities clique = extract("汉城大学学生开展斗争反对朴正熙集团。");
    assertThat(clique.organizations()).containsExactly("汉城大学");
    assertThat(clique.persons()).containsExactly("朴正熙");
  }

  @Test
  void oneBeforeAnInstitutionIsAnArticleNotANumber() {
    assertThat(extract("联合国一委员会召开大型国际讨论会。").organizations()).containsExactly("联合国");
  }

  @Test
  void manyInstitutionsOfAPlaceAreNoName() {
    assertThat(extract("武汉各大医院迎来就诊高峰，湖北省各级人民政府高度重视。").organizations()).isEmpty();
  }

  @Test
  void aPartysOwnOrganIsOneNameAndNotTheCpcs() {
    Entities entities = extract("国民党中央宣传部发言人称，国民党中央政府已迁往广州。");
    assertThat(entities.organizations()).containsExactly("国民党中央宣传部", "国民党中央政府");
    assertThat(entities.keys()).doesNotContain(Gazetteer.standard().lookup("中央宣传部").orElseThrow().key());
  }
}
