package org.inkstream.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is known about where a page was printed, from one source (command-line flags, a sidecar, a manifest, the path).
 * Any field may be null: unknown fields stay null on the page for the engine to infer.
 *
 * <p>Sources are combined with {@link #orElse}: the first source that knows a field wins, field by field.
 *
 * @param paper the newspaper's name as printed (咸宁日报)
 * @param editionDate the date
 * @param pageNumber the page as the paper numbers it (03, A3, 第二版)
 * @param pageName the page's section name (要闻)
 */
public record PageMetadata(String paper, LocalDate editionDate, String pageNumber, String pageName) {

  /** Nothing known. */
  public static final PageMetadata NONE = new PageMetadata(null, null, null, null);

  public PageMetadata {
    paper = blankToNull(paper);
    pageNumber = blankToNull(pageNumber);
    pageName = blankToNull(pageName);
  }

  /** This metadata with each unknown field taken from {@code fallback}. */
  public PageMetadata orElse(PageMetadata fallback) {
    return new PageMetadata(
        paper != null ? paper : fallback.paper,
        editionDate != null ? editionDate : fallback.editionDate,
        pageNumber != null ? pageNumber : fallback.pageNumber,
        pageName != null ? pageName : fallback.pageName);
  }

  /**
   * The page id, stable for as long as the metadata and file name are: {@code paper-date-page} when all three are
   * known ({@code 咸宁日报-2023-12-08-03}), so that a page re-sent under another file name (03.txt, then 03.pdf) replaces
   * the first; otherwise the known ones of paper and date followed by the file name without its ending
   * ({@code 咸宁日报-003_scan}, or just {@code 003_scan}). The page number alone is never used: "03" would collide
   * across papers and days.
   */
  public String pageId(String fileName) {
    if (paper != null && editionDate != null && pageNumber != null) {
      return paper + "-" + editionDate + "-" + pageNumber;
    }
    List<String> parts = new ArrayList<>();
    if (paper != null) {
      parts.add(paper);
    }
    if (editionDate != null) {
      parts.add(editionDate.toString());
    }
    parts.add(stem(fileName));
    return String.join("-", parts);
  }

  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
