package org.inkstream.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One printed page as the producer received it: its text exactly as extracted, and what is known about where it was
 * printed. Fields the producer could not learn stay null; the engine may infer them later.
 *
 * @param id stable page id, the record key on the pages topic
 * @param paper the newspaper's name as printed (咸宁日报), or null
 * @param editionDate the date, or null
 * @param pageNumber the page as the paper numbers it (1, A3, 第二版), or null
 * @param pageName the page's section name (要闻, 文明咸宁), or null
 * @param file the source file's name, for provenance
 * @param text the page text, decoded to Unicode, line breaks as in the source
 * @param contentHash SHA-256 of {@code text}, so that an unchanged page can be recognised when it is sent again
 * @param charset the charset the text was decoded from (UTF-8, GB18030...), or null when it came as text (or from a PDF)
 * @param script {@code "traditional"} or {@code "simplified"} when the text's Han characters show which script the page
 *     was printed in, else null. The text is always kept as printed: a traditional-character page is flagged, not
 *     converted. Added after the first release; the nine-argument constructor keeps older callers compiling.
 * @param receivedAt when the page arrived: stamped by ingest when it sends the page (not part of what the ledger
 *     compares, so re-sending an unchanged page is still skipped); the topology stamps the record's timestamp on a page
 *     that comes without one. It is the date an article falls back to when its edition date is unknown, so that every
 *     article has a time the dashboards can filter on.
 */
public record Page(
    String id,
    String paper,
    LocalDate editionDate,
    String pageNumber,
    String pageName,
    String file,
    String text,
    String contentHash,
    String charset,
    String script,
    Instant receivedAt) {

  /** The script a page was printed in, for {@link #script()}. */
  public static final String TRADITIONAL = "traditional";

  /** The script a page was printed in, for {@link #script()}. */
  public static final String SIMPLIFIED = "simplified";

  public Page {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a page needs an id");
    }
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    if (contentHash == null) {
      contentHash = sha256(text);
    }
    if (script != null && !script.equals(TRADITIONAL) && !script.equals(SIMPLIFIED)) {
      throw new IllegalArgumentException("script must be traditional, simplified or null, was " + script);
    }
  }

  /** A page whose script is unknown: the record as it was before {@link #script()} was added. */
  public Page(String id, String paper, LocalDate editionDate, String pageNumber, String pageName, String file,
      String text, String contentHash, String charset) {
    this(id, paper, editionDate, pageNumber, pageName, file, text, contentHash, charset, null, null);
  }

  /** A page not yet received: the record as it was before {@link #receivedAt()} was added. */
  public Page(String id, String paper, LocalDate editionDate, String pageNumber, String pageName, String file,
      String text, String contentHash, String charset, String script) {
    this(id, paper, editionDate, pageNumber, pageName, file, text, contentHash, charset, script, null);
  }

  /** A page known only by its id, file name and text, as {@code inkstream split} reads it from disk. */
  public static Page of(String id, String file, String text) {
    return new Page(id, null, null, null, null, file, text, null, null, null, null);
  }

  /** This page, received at {@code time}. */
  public Page withReceivedAt(Instant time) {
    return new Page(id, paper, editionDate, pageNumber, pageName, file, text, contentHash, charset, script, time);
  }

  /** SHA-256 of the UTF-8 bytes of {@code text}, in lower-case hex. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
