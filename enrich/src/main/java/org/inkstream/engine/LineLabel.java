package org.inkstream.engine;

import java.util.Locale;

/**
 * What the line labeller decides for one line: its {@link LineRole}, and whether it opens a new article in reading
 * order. Written as the model's label strings: {@code B-TITLE} (opens an article with a title line), {@code I-BODY}
 * (goes on with the article before it), {@code O} (belongs to no article).
 *
 * @param role the line's role
 * @param begins whether the line is the first, in page order, of its article; always false for {@link LineRole#OTHER}
 */
public record LineLabel(LineRole role, boolean begins) {

  public static final LineLabel OUTSIDE = new LineLabel(LineRole.OTHER, false);

  public LineLabel {
    if (role == LineRole.OTHER && begins) {
      throw new IllegalArgumentException("a line of no article cannot begin one");
    }
  }

  public String key() {
    return role == LineRole.OTHER ? "O" : (begins ? "B-" : "I-") + role.name();
  }

  /**
   * Reads a label string.
   *
   * @throws IllegalArgumentException for a string that is not a label
   */
  public static LineLabel parse(String key) {
    if (key.equals("O")) {
      return OUTSIDE;
    }
    if (key.length() < 3 || key.charAt(1) != '-' || (key.charAt(0) != 'B' && key.charAt(0) != 'I')) {
      throw new IllegalArgumentException("not a line label: " + key);
    }
    return new LineLabel(LineRole.valueOf(key.substring(2).toUpperCase(Locale.ROOT)), key.charAt(0) == 'B');
  }
}
