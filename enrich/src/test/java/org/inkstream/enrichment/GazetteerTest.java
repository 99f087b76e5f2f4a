package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  @Test
  void variantsShareTheirKey() {
    assertThat(GAZETTEER.lookup("中共中央").orElseThrow().key()).isEqualTo("中国共产党中央委员会");
    assertThat(GAZETTEER.lookup("中国共产党中央委员会").orElseThrow().key()).isEqualTo("中国共产党中央委员会");
    assertThat(GAZETTEER.lookup("湖北").orElseThrow()).isEqualTo(new Gazetteer.Entry("湖北省", true));
    assertThat(GAZETTEER.lookup("恩施").orElseThrow().key()).isEqualTo("恩施土家族苗族自治州");
    assertThat(GAZETTEER.lookup("新华社").orElseThrow()).isEqualTo(new Gazetteer.Entry("新华通讯社", false));
  }

  @Test
  void countyShortFormsAndBareUnitsAreNotNames() {
    assertThat(GAZETTEER.lookup("公安县")).isPresent();
    assertThat(GAZETTEER.lookup("公安")).isEmpty();
    assertThat(GAZETTEER.lookup("街道")).isEmpty();
  }

  @Test
  void aDistrictsFormerCountyNamesShareItsKeyButAZoneHasNone() {
    assertThat(Gazetteer.formerCountyNames(new String[] {"萧山区", "萧山区", "county"})).containsExactly("萧山县", "萧山市");
    assertThat(Gazetteer.formerCountyNames(new String[] {"浦东新区", "浦东新区", "county"})).isEmpty();
    assertThat(GAZETTEER.lookup("萧山市").orElseThrow().key()).isEqualTo("萧山区");
  }

  @Test
  void aShorterKnownNameOnWordBoundariesIsMarkedWhereTheLongestEndsInsideAWord() {
    // the list knows 国民党中央 too, which ends inside 中央宣传部
    List<Segmenter.Token> tokens = List.of(new Segmenter.Token("国民党", "n"), new Segmenter.Token("中央宣传部", "nt"),
        new Segmenter.Token("发言人", "n"));
    assertThat(GAZETTEER.mark(tokens)).containsExactly(new Segmenter.Token("国民党", Gazetteer.ORGANISATION_TAG),
        new Segmenter.Token("中央宣传部", Gazetteer.ORGANISATION_TAG), new Segmenter.Token("发言人", "n"));
  }

  @Test
  void marksKnownSpansOnWordBoundariesOnly() {
    List<Segmenter.Token> tokens = List.of(new Segmenter.Token("全国", "n"), new Segmenter.Token("政协", "j"),
        new Segmenter.Token("委员", "n"), new Segmenter.Token("在", "p"), new Segmenter.Token("湖北", "ns"),
        new Segmenter.Token("调研", "v"));
    assertThat(GAZETTEER.mark(tokens)).containsExactly(new Segmenter.Token("全国政协", Gazetteer.ORGANISATION_TAG),
        new Segmenter.Token("委员", "n"), new Segmenter.Token("在", "p"), new Segmenter.Token("湖北", "ns"),
        new Segmenter.Token("调研", "v"));
    // 中国共产党 ends inside 共产党员: a party member is not the party
    List<Segmenter.Token> across = List.of(new Segmenter.Token("中国", "ns"), new Segmenter.Token("共产党员", "n"));
    assertThat(GAZETTEER.mark(across)).containsExactlyElementsOf(across);
  }

  /** The heap the gazetteer holds, printed for docs/enrichment.md; the budget for all models is 512 MB. */
  @Test
  void heapFootprintIsSmall() {
    long before = usedAfterGc();
    long start = System.nanoTime();
    Gazetteer loaded = Gazetteer.load();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long bytes = usedAfterGc() - before;
    System.out.printf("gazetteer: %d ms to load, about %.1f MB of heap%n", millis, bytes / 1e6);
    assertThat(loaded.lookup("咸宁")).isPresent();
    assertThat(bytes).isLessThan(100_000_000L);
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** China is a country but not abroad; foreign cities are abroad, marked only where the dictionary lacks them. */
  @Test
  void countriesAndForeignCitiesOnEachSide() {
    assertThat(List.of("中国", "日本")).allMatch(GAZETTEER::country);
    assertThat(List.of("湖北", "东京")).noneMatch(GAZETTEER::country);
    assertThat(List.of("日本", "华盛顿", "东京", "哈尔科夫")).allMatch(GAZETTEER::abroad);
    assertThat(List.of("中国", "北京")).noneMatch(GAZETTEER::abroad).allMatch(GAZETTEER::home);
    assertThat(GAZETTEER.home("哈尔科夫")).isFalse();
    assertThat(GAZETTEER.lookup("哈尔科夫")).isPresent(); // unknown to the segmenter's dictionary: marked
    assertThat(GAZETTEER.lookup("利物浦")).isEmpty(); // known to it: its reading in context stands
  }

  /**
   * Former countries and world regions are abroad, and places even where the dictionary tags them as abbreviations
   * (西德, 拉美): older papers' foreign news names 苏联 and 西德, not a country of today's ISO list.
   */
  @Test
  void formerCountriesAndWorldRegionsAreAbroad() {
    assertThat(List.of("苏联", "西德", "南斯拉夫", "中东", "拉美", "东南亚")).allMatch(GAZETTEER::abroad)
        .noneMatch(GAZETTEER::home);
    assertThat(GAZETTEER.lookup("西德")).hasValueSatisfying(entry -> assertThat(entry.place()).isTrue());
    assertThat(List.of("亚洲", "亚太")).noneMatch(GAZETTEER::abroad); // China is in them
  }
}
