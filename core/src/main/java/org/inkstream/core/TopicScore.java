package org.inkstream.core;

import java.util.Objects;

/** One topic of the taxonomy with the evidence score that the classifier gave it. */
public record TopicScore(String key, double score) {

  public TopicScore {
    Objects.requireNonNull(key, "key");
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("score of topic " + key + " is NaN");
    }
  }
}
