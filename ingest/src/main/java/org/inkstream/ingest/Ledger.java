package org.inkstream.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages Kafka acknowledged, as page id to fingerprint, kept in a small local JSON file so that a restarted ingest
 * does not send an unchanged page again.
 *
 * <p>The fingerprint is the SHA-256 of the page record exactly as it is sent (its text's content hash, its metadata,
 * its file name): a page is skipped only when Kafka already holds the same record under its id; a corrected text or
 * page name is sent again, replacing the earlier version downstream.
 *
 * <p>A page is recorded only after Kafka acknowledged it, and {@link #save} writes a temporary file, forces it to disk
 * and renames it over the ledger, so a crash leaves either the old or the new ledger, never half of one. The worst a
 * crash can do is make the next run send again a page acknowledged just before it: never skip one. Delete the file to
 * send everything again.
 */
public final class Ledger {

  private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
  private static final TypeReference<TreeMap<String, String>> ENTRIES = new TypeReference<>() {};

  private final Path file;
  private final TreeMap<String, String> fingerprints;
  private final boolean remembers;
  private boolean dirty;

  private Ledger(Path file, TreeMap<String, String> fingerprints, boolean remembers) {
    this.file = file;
    this.fingerprints = fingerprints;
    this.remembers = remembers;
  }

  /** The ledger kept in {@code file}; empty when the file does not exist yet. */
  public static Ledger open(Path file) throws IOException {
    if (!Files.exists(file)) {
      return new Ledger(file, new TreeMap<>(), true);
    }
    try {
      TreeMap<String, String> entries = Json.mapper().readValue(Files.readAllBytes(file), ENTRIES);
      return new Ledger(file, entries == null ? new TreeMap<>() : entries, true);
    } catch (JsonProcessingException e) {
      throw new IOException("the ledger " + file + " is not a JSON map of page ids to fingerprints ("
          + e.getOriginalMessage() + "); delete it to send every page again", e);
    }
  }

  /** A ledger that is never saved: every run starts empty (benchmarks, tests). */
  public static Ledger inMemory() {
    return new Ledger(null, new TreeMap<>(), true);
  }

  /** A ledger that remembers nothing, so every page is sent, however often it comes (benchmarks). */
  static Ledger forgetful() {
    return new Ledger(null, new TreeMap<>(), false);
  }

  /** The SHA-256 of a page record's JSON bytes, as sent, in lower-case hex. */
  static String fingerprint(byte[] record) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(record));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Whether Kafka already acknowledged this exact record for this page id. */
  public boolean isUnchanged(Page page) {
    return isUnchanged(page.id(), fingerprint(Json.writeBytes(page)));
  }

  /**
   * Whether Kafka already acknowledged a record with this {@link #fingerprint} for this page id; for callers that hold
   * the record's bytes anyway, so that a page is serialised and hashed once.
   */
  public synchronized boolean isUnchanged(String pageId, String fingerprint) {
    return fingerprint.equals(fingerprints.get(pageId));
  }

  /** Records that Kafka acknowledged {@code page}; call only after the acknowledgement. */
  public void record(Page page) {
    record(page.id(), fingerprint(Json.writeBytes(page)));
  }

  /** Records that Kafka acknowledged the record with this {@link #fingerprint} for this page id. */
  public synchronized void record(String pageId, String fingerprint) {
    if (remembers) {
      dirty |= !fingerprint.equals(fingerprints.put(pageId, fingerprint));
    }
  }

  public synchronized int size() {
    return fingerprints.size();
  }

  /** The file this ledger is kept in, or null for an in-memory ledger. */
  public Path file() {
    return file;
  }

  /** Writes the ledger atomically (see the class comment) when something was recorded since the last save. */
  public synchronized void save() throws IOException {
    if (file == null || !dirty) {
      return;
    }
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, file.getFileName() + ".", ".tmp");
    try {
      Files.write(temporary, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(fingerprints));
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      moveOver(temporary, file);
      dirty = false;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void moveOver(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Some network file systems cannot rename atomically; a plain replace still never leaves a partial ledger
      // behind on a clean run, and the state folder can be moved to a local disk with --state-dir.
      LOG.warn("cannot replace the ledger {} atomically ({}); replacing it non-atomically", target, e.getMessage());
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
