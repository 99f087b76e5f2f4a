package org.inkstream.launcher.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap of this JVM as the garbage collector leaves it: after each collection, the sum of the heap pools' usage.
 * Heap <em>used</em> at a random moment mostly measures garbage not yet collected; heap after GC is the live set plus
 * what the collector chose to keep, so a flat series of it over a long run means no leak.
 *
 * <p>Listens to {@link GarbageCollectorMXBean} notifications from {@link #start()} to {@link #close()}.
 */
public final class HeapWatch implements AutoCloseable {

  private static final double MB = 1024 * 1024;

  private final long startedNanos = System.nanoTime();
  private final List<Sample> samples = new CopyOnWriteArrayList<>();
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final NotificationListener listener = this::onNotification;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private volatile long peakUsed;

  /**
   * One collection's outcome.
   *
   * @param secondsSinceStart when, since the watch started
   * @param afterGcMb heap used just after the collection
   * @param gc the collector and the cause ({@code G1 Young Generation / G1 Evacuation Pause})
   */
  public record Sample(double secondsSinceStart, double afterGcMb, String gc) {}

  private HeapWatch() {}

  public static HeapWatch start() {
    HeapWatch watch = new HeapWatch();
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (bean instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(watch.listener, null, null);
        watch.emitters.add(emitter);
      }
    }
    return watch;
  }

  private void onNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long before = heapSum(info.getGcInfo().getMemoryUsageBeforeGc());
    long after = heapSum(info.getGcInfo().getMemoryUsageAfterGc());
    peakUsed = Math.max(peakUsed, before);
    samples.add(new Sample((System.nanoTime() - startedNanos) / 1e9, after / MB,
        info.getGcName() + " / " + info.getGcCause()));
  }

  private long heapSum(Map<String, MemoryUsage> usage) {
    return usage.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed()).sum();
  }

  /** Every collection seen so far. */
  public List<Sample> samples() {
    return List.copyOf(samples);
  }

  /** The largest heap after a collection: the most the process needed to keep. */
  public double maxAfterGcMb() {
    return samples.stream().mapToDouble(Sample::afterGcMb).max().orElse(0);
  }

  /** The largest heap seen just before a collection: how full the heap got. */
  public double peakUsedMb() {
    return peakUsed / MB;
  }

  /**
   * Runs a full collection ({@code System.gc()}, which every HotSpot collector honours unless told otherwise) and
   * returns the heap used after it: the live set. Young collections leave old garbage in place, so a rising "heap
   * after GC" over minutes proves nothing by itself; two live sets, before and after, do.
   */
  public static double liveAfterFullGcMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
  }

  /** The heap limit ({@code -Xmx}). */
  public static double limitMb() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / MB;
  }

  /** Mean heap after GC of the collections between {@code fromSeconds} and {@code toSeconds} since start; NaN if none. */
  public double meanAfterGcMb(double fromSeconds, double toSeconds) {
    return samples.stream().filter(s -> s.secondsSinceStart() >= fromSeconds && s.secondsSinceStart() < toSeconds)
        .mapToDouble(Sample::afterGcMb).average().orElse(Double.NaN);
  }

  public double secondsSinceStart() {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        throw new IllegalStateException("the heap watch listener was registered on " + emitter, e);
      }
    }
  }
}
