package org.inkstream.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.inkstream.core.Json;

/**
 * Page metadata written beside page files: a sidecar {@code FILE.json} for one file ({@code 03.txt.json}), or a folder's
 * {@code manifest.json} mapping file names to metadata ({@code {"03.txt": {"paper": "咸宁日报", ...}}}). Both use the
 * fields of {@link PageMetadata} in snake_case: {@code paper}, {@code edition_date} (yyyy-mm-dd), {@code page_number},
 * {@code page_name}.
 *
 * <p>Unlike Inkstream's records on topics, unknown fields are an error here: a misspelt {@code "page"} for
 * {@code "page_number"} would otherwise be dropped without a word and the page sent with a wrong id.
 *
 * <p>Manifests are parsed once per folder and parsed again when their modification time changes, so a folder of
 * thousands of pages does not re-read its manifest per page and a watched folder sees an edited manifest.
 */
final class Sidecar {

  /** The folder manifest's file name. */
  static final String MANIFEST = "manifest.json";

  /** The ending that makes {@code FILE.json} the sidecar of {@code FILE}. */
  static final String ENDING = ".json";

  private static final ObjectReader ONE = Json.mapper().readerFor(PageMetadata.class)
      .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectReader MANY = Json.mapper().readerFor(new TypeReference<Map<String, PageMetadata>>() {})
      .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private record Manifest(FileTime modified, Map<String, PageMetadata> entries) {}

  private final Map<Path, Manifest> manifests = new ConcurrentHashMap<>();

  /** The sidecar file of {@code file}, whether or not it exists. */
  static Path of(Path file) {
    return file.resolveSibling(file.getFileName() + ENDING);
  }

  /**
   * The metadata written beside {@code file}: its sidecar's fields, then its manifest entry's for fields the sidecar
   * leaves out; {@link PageMetadata#NONE} when there is neither.
   *
   * @throws BadPageException when a sidecar or manifest exists but is not valid metadata
   */
  PageMetadata metadataOf(Path file) throws IOException, BadPageException {
    return sidecarOf(file).orElse(manifestEntryOf(file));
  }

  private static PageMetadata sidecarOf(Path file) throws IOException, BadPageException {
    Path sidecar = of(file);
    if (!Files.isRegularFile(sidecar)) {
      return PageMetadata.NONE;
    }
    try {
      PageMetadata metadata = ONE.readValue(Files.readAllBytes(sidecar));
      return metadata == null ? PageMetadata.NONE : metadata;
    } catch (JsonProcessingException e) {
      throw new BadPageException("sidecar " + sidecar + " is not valid page metadata: " + e.getOriginalMessage());
    }
  }

  private PageMetadata manifestEntryOf(Path file) throws IOException, BadPageException {
    Path folder = file.toAbsolutePath().normalize().getParent();
    Path manifest = folder == null ? null : folder.resolve(MANIFEST);
    if (manifest == null || !Files.isRegularFile(manifest)) {
      return PageMetadata.NONE;
    }
    FileTime modified = Files.getLastModifiedTime(manifest);
    Manifest cached = manifests.get(manifest);
    if (cached == null || !cached.modified().equals(modified)) {
      cached = new Manifest(modified, parseManifest(manifest));
      manifests.put(manifest, cached);
    }
    PageMetadata entry = cached.entries().get(file.getFileName().toString());
    return entry == null ? PageMetadata.NONE : entry;
  }

  private static Map<String, PageMetadata> parseManifest(Path manifest) throws IOException, BadPageException {
    try {
      Map<String, PageMetadata> entries = MANY.readValue(Files.readAllBytes(manifest));
      if (entries == null) {
        return Map.of();
      }
      entries.replaceAll((name, metadata) -> metadata == null ? PageMetadata.NONE : metadata);
      return Map.copyOf(entries);
    } catch (JsonProcessingException e) {
      throw new BadPageException("manifest " + manifest + " is not a map of file names to page metadata: "
          + e.getOriginalMessage());
    }
  }
}
