package org.inkstream.training;

import java.util.Objects;

/**
 * One article with the topic (and perhaps the type) a person or a corpus gave it: a line of a labels file (see {@link
 * LabelsFile}).
 *
 * @param id where the article came from (an article id, a corpus and its id): for messages, never a feature
 * @param headline the headline block, may be empty
 * @param text the body, or the whole text when headline and body are not apart
 * @param topic a topic key of the taxonomy, or null when the article has no topic or its topic is not labelled
 * @param topicLabelled whether the topic is labelled: a null topic then says that no topic fits the article
 * @param type an article type key ({@code news}, {@code feature}...), or null when not labelled
 */
public record LabelledArticle(String id, String headline, String text, String topic, boolean topicLabelled,
    String type) {

  public LabelledArticle {
    Objects.requireNonNull(id, "id");
    headline = headline == null ? "" : headline;
    text = text == null ? "" : text;
    if (topic != null && !topicLabelled) {
      throw new IllegalArgumentException(id + ": a topic " + topic + " that is not labelled");
    }
  }

  /** An article labelled with a topic only. */
  public static LabelledArticle ofTopic(String id, String headline, String text, String topic) {
    return new LabelledArticle(id, headline, text, topic, true, null);
  }
}
