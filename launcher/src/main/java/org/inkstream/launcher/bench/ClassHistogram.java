package org.inkstream.launcher.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The live objects of this JVM by class, as {@code jcmd <pid> GC.class_histogram} prints them, taken through the
 * HotSpot diagnostic-command MBean so that the bench needs no external tool. A soak takes one before and one after:
 * the classes whose live bytes grew are where a leak would show, and a flat heap is explained by what did not grow.
 *
 * @param classes live instances and bytes per class name, largest first
 */
public record ClassHistogram(Map<String, Entry> classes) {

  /** Live instances and bytes of one class. */
  public record Entry(long instances, long bytes) {}

  /** How much one class's live objects grew between two histograms. */
  public record Growth(String className, Entry before, Entry after) {

    public long bytesGrown() {
      return after.bytes() - before.bytes();
    }

    public long instancesGrown() {
      return after.instances() - before.instances();
    }
  }

  private static final Entry NONE = new Entry(0, 0);

  /** A row of the histogram: {@code   1:   120345   9876543  [B (java.base@17)}. */
  private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

  public ClassHistogram {
    classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
  }

  /**
   * The live objects now. The diagnostic command runs a full collection first, so the histogram holds only what is
   * reachable.
   *
   * @throws IllegalStateException when the JVM has no diagnostic-command MBean (not HotSpot)
   */
  public static ClassHistogram ofThisJvm() {
    try {
      ObjectName name = new ObjectName("com.sun.management:type=DiagnosticCommand");
      Object text = ManagementFactory.getPlatformMBeanServer().invoke(name, "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      return parse(String.valueOf(text));
    } catch (JMException e) {
      throw new IllegalStateException("cannot take a class histogram of this JVM: " + e.getMessage(), e);
    }
  }

  /** Reads the text {@code GC.class_histogram} prints; lines that are no class row (header, total) are skipped. */
  public static ClassHistogram parse(String text) {
    Map<String, Entry> classes = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        classes.merge(row.group(3), new Entry(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))),
            (a, b) -> new Entry(a.instances() + b.instances(), a.bytes() + b.bytes()));
      }
    }
    return new ClassHistogram(classes);
  }

  /** The {@code limit} classes whose live bytes grew most from {@code before} to this histogram, most first. */
  public List<Growth> topGrowersSince(ClassHistogram before, int limit) {
    List<Growth> growth = new ArrayList<>();
    classes.forEach((name, now) -> growth.add(new Growth(name, before.classes().getOrDefault(name, NONE), now)));
    return growth.stream()
        .filter(g -> g.bytesGrown() > 0)
        .sorted(Comparator.comparingLong(Growth::bytesGrown).reversed())
        .limit(limit)
        .toList();
  }
}
