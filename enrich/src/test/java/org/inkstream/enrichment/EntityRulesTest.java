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
}
