package org.inkstream.engine;

/**
 * Limits of the {@link Splitter}.
 *
 * @param maxPageChars pages longer than this are refused with an {@link EngineException} rather than split: no printed
 *     page comes near the default of {@value Splitter#MAX_PAGE_CHARS} characters, and refusing keeps the split time of
 *     any input bounded
 * @param ruleTrust the structural rules' reading of a page is kept, and the line labeller not asked, when the rules
 *     themselves find at most this many defects (bodies without a headline, headlines without a body) per article
 *     they made; 0 keeps the rules only on pages they read without a single defect, a negative value always asks the
 *     labeller. The default, {@value #DEFAULT_RULE_TRUST}, was chosen on the rendered corpus's dev split (see {@code
 *     docs/engine.md}).
 */
public record SplitterConfig(int maxPageChars, double ruleTrust) {

  public static final double DEFAULT_RULE_TRUST = 0.1;

  public SplitterConfig {
    if (maxPageChars < 1) {
      throw new IllegalArgumentException("maxPageChars must be positive, was " + maxPageChars);
    }
  }

  public static SplitterConfig defaults() {
    return new SplitterConfig(Splitter.MAX_PAGE_CHARS, DEFAULT_RULE_TRUST);
  }
}
