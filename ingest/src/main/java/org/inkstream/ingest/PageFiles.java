package org.inkstream.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.inkstream.core.Page;

/**
 * Finds page files and turns one into a {@link Page}: its text (through {@link PageReader} or {@link
 * PdfPageExtractor}), its metadata and its id.
 *
 * <p>Metadata comes from four sources; for each field the first that knows it wins:
 *
 * <ol>
 *   <li>what the caller gives for every file (the command line's {@code --paper}, {@code --edition-date},
 *       {@code --page-number}, {@code --page-name});
 *   <li>a sidecar {@code FILE.json} beside the file, then the folder's {@code manifest.json} entry for it ({@link
 *       Sidecar});
 *   <li>the path, when it follows the convention {@code <paper>/<yyyy-mm-dd>/<page>.<ext>} (for example {@code
 *       咸宁日报/2023-12-08/03.txt}).
 * </ol>
 *
 * <p>Fields no source knows stay null for the engine to infer. The id is derived as {@link PageMetadata#pageId} says,
 * so that the same page sent twice keeps its id.
 */
public final class PageFiles {

  /** File endings taken as pages when a folder is expanded; any file named explicitly is read as text. */
  private static final List<String> PAGE_ENDINGS = List.of(".txt", ".text", ".pdf");

  private final PageReader reader;
  private final PdfPageExtractor pdf = new PdfPageExtractor();
  private final Sidecar sidecars = new Sidecar();
  private final PageMetadata given;

  public PageFiles(PageReader reader) {
    this(reader, PageMetadata.NONE);
  }

  /** Files read with {@code reader}, with {@code given} metadata overriding every other source. */
  public PageFiles(PageReader reader, PageMetadata given) {
    this.reader = reader;
    this.given = given;
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

  /** Whether a folder's file is a page: by its ending, .txt, .text or .pdf. */
  public static boolean isPageFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return PAGE_ENDINGS.stream().anyMatch(name::endsWith);
  }

  /** Reads {@code file} into a page. */
  public Page read(Path file) throws IOException, BadPageException {
    PageMetadata metadata = metadataOf(file);
    String fileName = file.getFileName().toString();
    String text;
    String charset;
    if (PdfPageExtractor.isPdf(file)) {
      text = pdf.extract(file);
      charset = null; // no charset was involved: PDF text is Unicode by construction
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > reader.maxBytes()) {
        throw new BadPageException(file + " holds " + bytes + " bytes of text, more than the limit of "
            + reader.maxBytes() + " (raise it with --max-page-bytes)");
      }
    } else {
      PageText decoded = reader.read(file);
      text = decoded.text();
      charset = decoded.charset();
    }
    return new Page(metadata.pageId(fileName), metadata.paper(), metadata.editionDate(), metadata.pageNumber(),
        metadata.pageName(), fileName, text, null, charset, HanScript.of(text));
  }

  /** The metadata of {@code file} from all sources, as the class comment orders them. */
  public PageMetadata metadataOf(Path file) throws IOException, BadPageException {
    return given.orElse(sidecars.metadataOf(file)).orElse(fromPath(file));
  }

  /** Paper, date and page number from the path convention, or {@link PageMetadata#NONE} when the path does not follow it. */
  static PageMetadata fromPath(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    LocalDate date = folder == null ? null : dateOf(folder.getFileName());
    if (date == null || folder.getParent() == null || folder.getParent().getFileName() == null) {
      return PageMetadata.NONE;
    }
    String paper = folder.getParent().getFileName().toString();
    return new PageMetadata(paper, date, PageMetadata.stem(absolute.getFileName().toString()), null);
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
}
