package org.inkstream.launcher.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch distribution zip that the build copies from Maven Central, and its unpacked form in a cache folder.
 * Unpacking takes a few seconds and 120 MB, so it happens once per cache folder and version.
 */
final class ElasticsearchDistribution {

  /** The system property that names the zip; the launcher's build passes it to the tests. */
  static final String ZIP_PROPERTY = "inkstream.es.zip";

  private static final Logger log = LoggerFactory.getLogger(ElasticsearchDistribution.class);
  private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");

  private ElasticsearchDistribution() {}

  /**
   * The zip named by {@value #ZIP_PROPERTY}, else the {@code elasticsearch-*.zip} in {@code dist/} beside the running
   * jar (the packaged launcher) or in {@code launcher/target/dist} (a run from the source tree).
   *
   * @throws IllegalStateException naming the places searched and the command that fetches the zip
   */
  static Path locateZip() {
    String property = System.getProperty(ZIP_PROPERTY);
    if (property != null && !property.isBlank()) {
      Path zip = Path.of(property);
      if (!Files.isRegularFile(zip)) {
        throw new IllegalStateException("-D" + ZIP_PROPERTY + " names " + zip + ", which does not exist: run "
            + "'./mvnw package' (it copies Elasticsearch from Maven Central into launcher/target/dist)");
      }
      return zip;
    }
    List<Path> folders = new ArrayList<>();
    jarFolder().ifPresent(folder -> folders.add(folder.resolve("dist")));
    folders.add(Path.of("launcher", "target", "dist"));
    folders.add(Path.of("target", "dist"));
    for (Path folder : folders) {
      Optional<Path> zip = zipIn(folder);
      if (zip.isPresent()) {
        return zip.get();
      }
    }
    throw new IllegalStateException("no elasticsearch-*.zip in " + folders + " and no -D" + ZIP_PROPERTY
        + ": run './mvnw package' (it copies Elasticsearch from Maven Central into launcher/target/dist)");
  }

  /**
   * The distribution unpacked under {@code cacheDir}, unpacking it first when absent. An unpack goes to a scratch
   * folder that is renamed at the end, so an interrupted unpack never leaves a half distribution behind.
   *
   * @return the distribution's home folder (with {@code bin/}, {@code lib/}, {@code config/})
   */
  static Path unpack(Path zip, Path cacheDir) {
    String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
    Path home = cacheDir.resolve(name);
    if (Files.isRegularFile(home.resolve("bin").resolve("elasticsearch"))) {
      return home;
    }
    long started = System.nanoTime();
    try {
      Files.createDirectories(cacheDir);
      Path scratch = Files.createTempDirectory(cacheDir, ".unpack-");
      Path root = extract(zip, scratch);
      try {
        Files.move(root, home, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException expected) {
        // Another process unpacked the same distribution meanwhile: theirs is as good as ours.
      }
      deleteTree(scratch);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack " + zip + " into " + cacheDir, e);
    }
    log.info("Unpacked {} into {} in {} ms", zip.getFileName(), home, (System.nanoTime() - started) / 1_000_000);
    return home;
  }

  /** Extracts every entry and returns the zip's single top folder. Java's zip API drops Unix modes: set them here. */
  private static Path extract(Path zip, Path folder) throws IOException {
    // A folder named through '.' (the home of a launcher started as java -jar in its own folder) holds entries whose
    // normalised paths no longer start with it: compare normalised paths.
    Path target = folder.toAbsolutePath().normalize();
    Path top = null;
    try (ZipFile file = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Path path = target.resolve(entry.getName()).normalize();
        if (!path.startsWith(target) || path.equals(target)) {
          throw new IOException("zip entry " + entry.getName() + " points outside the target folder");
        }
        Path first = target.resolve(target.relativize(path).getName(0));
        if (top == null) {
          top = first;
        } else if (!top.equals(first)) {
          throw new IOException("expected one top folder in " + zip + ", found " + top + " and " + first);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path, PosixFilePermissions.asFileAttribute(DIRECTORY));
          continue;
        }
        Files.createDirectories(path.getParent(), PosixFilePermissions.asFileAttribute(DIRECTORY));
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, path);
        }
        boolean executable = path.getParent().getFileName().toString().equals("bin");
        Files.setPosixFilePermissions(path, executable ? EXECUTABLE : FILE);
      }
    }
    if (top == null) {
      throw new IOException(zip + " is empty");
    }
    // createDirectories applies the mode only to folders it creates; umask may have narrowed them.
    try (Stream<Path> paths = Files.walk(top)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (Files.isDirectory(path)) {
          Files.setPosixFilePermissions(path, DIRECTORY);
        }
      }
    }
    return top;
  }

  /** The folder of the jar this class was loaded from; empty when run from classes (tests, IDE). */
  private static Optional<Path> jarFolder() {
    CodeSource source = ElasticsearchDistribution.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(location) ? Optional.of(location.getParent()) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      log.debug("cannot tell where the launcher's jar is; looking for Elasticsearch elsewhere", e);
      return Optional.empty();
    }
  }

  private static Optional<Path> zipIn(Path folder) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (DirectoryStream<Path> zips = Files.newDirectoryStream(folder, "elasticsearch-*.zip")) {
      for (Path zip : zips) {
        return Optional.of(zip.toAbsolutePath());
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
