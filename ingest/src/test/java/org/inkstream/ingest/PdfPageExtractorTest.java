package org.inkstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inkstream.ingest.TestPdfs.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPageExtractorTest {

  @TempDir Path dir;
  private final PdfPageExtractor extractor = new PdfPageExtractor();

  @Test
  void shouldReadAHeadlineThenEachColumnTopToBottom() throws Exception {
    // Given a page with a headline across both columns, then two columns of ten lines side by side
    Path pdf = TestPdfs.page(dir.resolve("two-columns.pdf"), twoColumnPage());

    // When
    String text = extractor.extract(pdf);

    // Then the headline comes first, then all of the left column, then all of the right column
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> expected = new ArrayList<>();
    expected.add(HEADLINE);
    for (int i = 1; i <= 10; i++) {
      expected.add(leftLine(i));
    }
    for (int i = 1; i <= 10; i++) {
      expected.add(rightLine(i));
    }
    assertThat(lines).containsExactlyElementsOf(expected);
  }

  @Test
  void shouldReadABandOfColumnsAfterEachFullWidthHeadline() throws Exception {
    // Given two stories one above the other, each a headline over two columns
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(60, 80, 20, "第一篇标题横跨两栏的大字标题"));
    for (int i = 0; i < 4; i++) {
      lines.add(new Line(50, 120 + 18 * i, 12, "甲文左栏第" + (i + 1) + "行文字内容"));
      lines.add(new Line(320, 120 + 18 * i, 12, "甲文右栏第" + (i + 1) + "行文字内容"));
    }
    lines.add(new Line(60, 240, 20, "第二篇标题横跨两栏的大字标题"));
    for (int i = 0; i < 4; i++) {
      lines.add(new Line(50, 280 + 18 * i, 12, "乙文左栏第" + (i + 1) + "行文字内容"));
      lines.add(new Line(320, 280 + 18 * i, 12, "乙文右栏第" + (i + 1) + "行文字内容"));
    }
    // lines of body text in two columns of 4 rows each: 16 body rows against 2 headline rows
    Path pdf = TestPdfs.page(dir.resolve("stories.pdf"), lines);

    String text = extractor.extract(pdf);

    // Then each story's left column precedes its right column, and the second headline separates the stories
    assertThat(text.indexOf("第一篇")).isLessThan(text.indexOf("甲文左栏第1行"));
    assertThat(text.indexOf("甲文左栏第4行")).isLessThan(text.indexOf("甲文右栏第1行"));
    assertThat(text.indexOf("甲文右栏第4行")).isLessThan(text.indexOf("第二篇"));
    assertThat(text.indexOf("第二篇")).isLessThan(text.indexOf("乙文左栏第1行"));
    assertThat(text.indexOf("乙文左栏第4行")).isLessThan(text.indexOf("乙文右栏第1行"));
  }

  @Test
  void shouldReadAOneColumnPageLineByLine() throws Exception {
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      lines.add(new Line(50, 80 + 20 * i, 12, "本报讯 单栏第" + i + "行，咸宁市召开会议。"));
    }
    Path pdf = TestPdfs.page(dir.resolve("one-column.pdf"), lines);

    assertThat(extractor.extract(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()))
        .containsExactly(lines.stream().map(Line::text).toArray(String[]::new));
  }

  @Test
  void shouldReportAPdfWithoutTextAsNeedingOcr() throws Exception {
    Path pdf = TestPdfs.pageWithoutText(dir.resolve("scan.pdf"));

    assertThatThrownBy(() -> extractor.extract(pdf))
        .isInstanceOf(BadPageException.class)
        .hasMessageContaining("scan.pdf")
        .hasMessageContaining("needs OCR");
  }

  @Test
  void shouldReportAnEncryptedPdf() throws Exception {
    Path pdf = TestPdfs.encryptedPage(dir.resolve("locked.pdf"), List.of(new Line(50, 100, 12, "机密")), "secret");

    assertThatThrownBy(() -> extractor.extract(pdf))
        .isInstanceOf(BadPageException.class)
        .hasMessageContaining("locked.pdf")
        .hasMessageContaining("encrypted");
  }

  @Test
  void shouldReportAFileThatIsNoPdf() throws Exception {
    Path pdf = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n这不是PDF\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> extractor.extract(pdf))
        .isInstanceOf(BadPageException.class)
        .hasMessageContaining("broken.pdf");
  }

  private static final String HEADLINE = "咸宁市召开冬季防火工作会议部署全市森林防火";

  private static List<Line> twoColumnPage() {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(80, 70, 20, HEADLINE)); // 21 characters of 20 points: from x=80 across the gutter at 285-315
    for (int i = 1; i <= 10; i++) {
      lines.add(new Line(50, 100 + 18 * i, 12, leftLine(i)));
      lines.add(new Line(320, 100 + 18 * i, 12, rightLine(i)));
    }
    return lines;
  }

  private static String leftLine(int i) {
    return "左栏第" + i + "行：本报讯记者报道今天";
  }

  private static String rightLine(int i) {
    return "右栏第" + i + "行：全市各地积极行动";
  }
}
