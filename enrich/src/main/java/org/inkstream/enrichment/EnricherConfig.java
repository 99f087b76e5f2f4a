package org.inkstream.enrichment;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How an {@link Enricher} is built.
 *
 * @param taxonomyFile a JSON taxonomy that replaces the shipped one (format: {@link Taxonomy}), or null for the
 *     standard 15 topics
 * @param segmentation which ansj analysis segments the text (default {@link Segmentation#FAST})
 * @param storyIndex the index that assigns {@code story_id}, or null to leave story ids unset (the topology keeps its
 *     own index in a state store and calls {@link StoryIndex#assign} itself)
 * @param clock the time an article is filed at in the story index when its edition date is unknown
 */
public record EnricherConfig(Path taxonomyFile, Segmentation segmentation, StoryIndex storyIndex, Clock clock) {

  /** The trade-off between entity quality and speed (measured figures in {@code docs/enrichment.md}). */
  public enum Segmentation {
    /**
     * ansj {@code NlpAnalysis}: CRF new-word discovery plus person, place and organisation recognition. Best
     * entities; loads a CRF model once per JVM (several seconds, about 200 MB of heap).
     */
    ACCURATE,
    /**
     * ansj {@code ToAnalysis}: dictionary and n-gram segmentation with person names; places and organisations from
     * the dictionary. About twice as fast overall, no model to load; finds fewer places and organisations.
     */
    FAST
  }

  public EnricherConfig {
    Objects.requireNonNull(segmentation, "segmentation");
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * Standard taxonomy, fast segmentation (it meets the entity targets on the seed annotations at twice the speed of
   * the accurate one, see {@code docs/enrichment.md}), no story index, the system clock.
   */
  public static EnricherConfig defaults() {
    return new EnricherConfig(null, Segmentation.FAST, null, Clock.systemUTC());
  }

  public EnricherConfig withTaxonomyFile(Path file) {
    return new EnricherConfig(Objects.requireNonNull(file, "file"), segmentation, storyIndex, clock);
  }

  public EnricherConfig withSegmentation(Segmentation value) {
    return new EnricherConfig(taxonomyFile, value, storyIndex, clock);
  }

  public EnricherConfig withStoryIndex(StoryIndex index) {
    return new EnricherConfig(taxonomyFile, segmentation, Objects.requireNonNull(index, "index"), clock);
  }

  public EnricherConfig withClock(Clock value) {
    return new EnricherConfig(taxonomyFile, segmentation, storyIndex, value);
  }
}
