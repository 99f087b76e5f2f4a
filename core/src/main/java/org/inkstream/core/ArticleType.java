package org.inkstream.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The editorial kind of an item on a page, with the lower-case names the gold files and Kibana filters use. */
public enum ArticleType {
  /** A report, usually opened by a dateline such as 本报讯 or 新华社. */
  NEWS,
  /** Long reportage (通讯, 侧记), often with subheads. */
  FEATURE,
  /** Opinion: 评论, 时评, 社论, signed columns. */
  COMMENTARY,
  /** A picture with its caption. */
  PHOTO,
  /** A pointer to another page (导读, 详见第六版). */
  TEASER,
  /** Advertisements, public notices, tables. */
  NOTICE_AD,
  /** Everything else: speeches, poems, study boxes, weather. */
  OTHER;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static ArticleType fromKey(String key) {
    try {
      return valueOf(key.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown article type '" + key + "'", e);
    }
  }
}
