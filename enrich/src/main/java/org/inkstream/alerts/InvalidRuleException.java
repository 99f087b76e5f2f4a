package org.inkstream.alerts;

/**
 * A rule that cannot be used: its query does not parse, names a field the index does not have, or cannot match
 * anything; or a rule file that does not hold valid rules. The message names the rule (and the file) and says what is
 * wrong, so that it can be shown to whoever wrote the rule as it is.
 */
public final class InvalidRuleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String ruleId;

  InvalidRuleException(String ruleId, String message, Throwable cause) {
    super(message, cause);
    this.ruleId = ruleId;
  }

  InvalidRuleException(String ruleId, String message) {
    this(ruleId, message, null);
  }

  /** The id of the offending rule, or null when the problem is not one rule's (a file that is not YAML). */
  public String ruleId() {
    return ruleId;
  }
}
