package org.inkstream.engine;

/**
 * Limits of the {@link Splitter}.
 *
 * @param maxPageChars pages longer than this are refused with an {@link EngineException} rather than split: no printed
 *     page comes near the default of {@value Splitter#MAX_PAGE_CHARS} characters, and refusing keeps the split time of
 *     any input bounded
 */
public record SplitterConfig(int maxPageChars) {

  public SplitterConfig {
    if (maxPageChars < 1) {
      throw new IllegalArgumentException("maxPageChars must be positive, was " + maxPageChars);
    }
  }

  public static SplitterConfig defaults() {
    return new SplitterConfig(Splitter.MAX_PAGE_CHARS);
  }
}
