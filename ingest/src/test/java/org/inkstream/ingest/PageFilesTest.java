package org.inkstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.inkstream.core.Page;
import org.inkstream.ingest.TestPdfs.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageFilesTest {

  private static final LocalDate DAY = LocalDate.of(2023, 12, 8);

  @TempDir Path dir;
  private final PageFiles pageFiles = new PageFiles(new PageReader());

  @Test
  void shouldTakeEachFieldFromTheFirstSourceThatKnowsIt() throws Exception {
    // Given a file on the path convention, a manifest entry, a sidecar and a flag, each knowing different fields
    Path file = write("咸宁日报/2023-12-08/03.txt", "本报讯 今天下雪。\n");
    Files.writeString(file.resolveSibling("manifest.json"),
        "{\"03.txt\": {\"page_number\": \"3\", \"page_name\": \"文明咸宁\", \"paper\": \"清单日报\"}}");
    Files.writeString(Sidecar.of(file), "{\"page_name\": \"要闻\"}");
    PageFiles withFlags = new PageFiles(new PageReader(), new PageMetadata("香城晚报", null, null, null));

    Page page = withFlags.read(file);

    assertThat(page.paper()).isEqualTo("香城晚报"); // flag beats manifest and path
    assertThat(page.pageName()).isEqualTo("要闻"); // sidecar beats manifest
    assertThat(page.pageNumber()).isEqualTo("3"); // manifest beats path ("03")
    assertThat(page.editionDate()).isEqualTo(DAY); // only the path knows it
    assertThat(page.id()).isEqualTo("香城晚报-2023-12-08-3");
    assertThat(page.file()).isEqualTo("03.txt");
  }

  @Test
  void shouldNameAPageByWhatIsKnownAndTheFileName() throws Exception {
    Path file = write("inbox/scan_0042.txt", "本报讯 今天下雪。\n");

    assertThat(pageFiles.read(file).id()).isEqualTo("scan_0042"); // nothing known
    assertThat(new PageFiles(new PageReader(), new PageMetadata("咸宁日报", null, "3", null)).read(file).id())
        .isEqualTo("咸宁日报-scan_0042"); // a page number alone would collide across days
    assertThat(new PageFiles(new PageReader(), new PageMetadata("咸宁日报", DAY, "3", null)).read(file).id())
        .isEqualTo("咸宁日报-2023-12-08-3"); // all known: the file name no longer matters
  }

  @Test
  void shouldLeaveUnknownFieldsNull() throws Exception {
    Page page = pageFiles.read(write("inbox/a.txt", "本报讯 今天下雪。\n"));

    assertThat(page.paper()).isNull();
    assertThat(page.editionDate()).isNull();
    assertThat(page.pageNumber()).isNull();
    assertThat(page.pageName()).isNull();
  }

  @Test
  void shouldRejectASidecarWithAMisspeltField() throws Exception {
    Path file = write("inbox/a.txt", "本报讯 今天下雪。\n");
    Files.writeString(Sidecar.of(file), "{\"page\": \"3\"}");

    assertThatThrownBy(() -> pageFiles.read(file))
        .isInstanceOf(BadPageException.class)
        .hasMessageContaining("a.txt.json")
        .hasMessageContaining("page");
  }

  @Test
  void shouldRejectAManifestWithABadDate() throws Exception {
    Path file = write("inbox/a.txt", "本报讯 今天下雪。\n");
    Files.writeString(file.resolveSibling("manifest.json"), "{\"a.txt\": {\"edition_date\": \"2023-13-45\"}}");

    assertThatThrownBy(() -> pageFiles.read(file))
        .isInstanceOf(BadPageException.class)
        .hasMessageContaining("manifest.json");
  }

  @Test
  void shouldFlagATraditionalPageAndKeepItsTextAsPrinted() throws Exception {
    String traditional = "本報訊 記者報道：縣政府今天召開會議，部署冬季防火工作。\n各鄉鎮負責人參加會議。\n";
    Path file = dir.resolve("big5.txt");
    Files.write(file, traditional.getBytes(Charset.forName("Big5")));

    Page page = pageFiles.read(file);

    assertThat(page.text()).isEqualTo(traditional);
    assertThat(page.charset()).isEqualTo("Big5");
    assertThat(page.script()).isEqualTo(Page.TRADITIONAL);
  }

  @Test
  void shouldReadAPdfPageWithoutACharset() throws Exception {
    Path pdf = TestPdfs.page(dir.resolve("咸宁日报/2023-12-08/05.pdf"),
        List.of(new Line(50, 100, 12, "本报讯 咸宁市召开冬季防火工作会议。")));

    Page page = pageFiles.read(pdf);

    assertThat(page.text()).contains("本报讯 咸宁市召开冬季防火工作会议。");
    assertThat(page.charset()).isNull();
    assertThat(page.script()).isEqualTo(Page.SIMPLIFIED);
    assertThat(page.id()).isEqualTo("咸宁日报-2023-12-08-05");
  }

  @Test
  void shouldApplyTheSizeLimitToAPdfsText() throws Exception {
    Path pdf = TestPdfs.page(dir.resolve("long.pdf"), List.of(new Line(50, 100, 12, "本报讯 咸宁市召开冬季防火工作会议。")));

    assertThatThrownBy(() -> new PageFiles(new PageReader(20)).read(pdf))
        .isInstanceOf(BadPageException.class)
        .hasMessageContaining("more than the limit of 20");
  }

  @Test
  void shouldExpandFoldersIntoPageFilesOnly() throws Exception {
    Path a = write("in/咸宁日报/2023-12-08/01.txt", "一");
    Path b = write("in/咸宁日报/2023-12-08/02.pdf", "二");
    write("in/咸宁日报/2023-12-08/01.txt.json", "{}");
    write("in/manifest.json", "{}");
    write("in/photo.jpg", "x");

    assertThat(PageFiles.expand(List.of(dir.resolve("in")))).containsExactly(a, b);
  }

  private Path write(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
