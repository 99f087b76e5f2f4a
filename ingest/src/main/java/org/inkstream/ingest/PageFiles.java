package org.inkstream.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.inkstream.core.Page;

/**
 * Finds page files and names the pages they hold.
 *
 * <p>A page's metadata comes from its path when the path follows the convention {@code <paper>/<yyyy-mm-dd>/<page>.<ext>}
 * (for example {@code 咸宁日报/2023-12-08/03.txt}); otherwise paper, date and page number stay null for the engine to
 * infer. The page id is derived from that metadata when all of it is known ({@code 咸宁日报-2023-12-08-03}), and from the
 * file name otherwise, so that the same page sent twice keeps its id.
 */
public final class PageFiles {

  /** File endings taken as page text. */
  private static final List<String> TEXT_ENDINGS = List.of(".txt", ".text");

  private final PageReader reader;

  public PageFiles(PageReader reader) {
    this.reader = reader;
  }

  /** Expands files and folders (recursively) into the page files they hold, in a stable, sorted order. */
  public static List<Path> expand(List<Path> paths) {
    return paths.stream().flatMap(PageFiles::walk).sorted().distinct().toList();
  }

  private static Stream<Path> walk(Path path) {
    if (!Files.isDirectory(path)) {
      return Stream.of(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(Files::isRegularFile).filter(PageFiles::isPageFile).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path, e);
    }
  }

  static boolean isPageFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return TEXT_ENDINGS.stream().anyMatch(name::endsWith);
  }

  /** Reads {@code file} into a page, its metadata from the path convention where the path follows it. */
  public Page read(Path file) throws IOException, BadPageException {
    PageText text = reader.read(file);
    Path absolute = file.toAbsolutePath().normalize();
    String fileName = absolute.getFileName().toString();
    String pageNumber = stripEnding(fileName);
    LocalDate date = absolute.getParent() == null ? null : dateOf(absolute.getParent().getFileName());
    String paper = date == null || absolute.getParent().getParent() == null
        ? null
        : absolute.getParent().getParent().getFileName().toString();
    String id = paper != null ? paper + "-" + date + "-" + pageNumber : pageNumber;
    return new Page(id, paper, date, paper != null ? pageNumber : null, null, fileName, text.text(), null,
        text.charset());
  }

  private static LocalDate dateOf(Path folder) {
    if (folder == null) {
      return null;
    }
    try {
      return LocalDate.parse(folder.toString());
    } catch (DateTimeParseException e) {
      return null; // not the convention: the date stays unknown
    }
  }

  private static String stripEnding(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
