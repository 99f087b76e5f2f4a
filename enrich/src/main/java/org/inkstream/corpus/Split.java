package org.inkstream.corpus;

/**
 * Which part of the corpus an article or a page belongs to. Articles are assigned by a hash of their id, so a test
 * page never reuses the text of a training page, whatever the page seed.
 */
public enum Split {
  TRAIN, DEV, TEST;

  /** 80 / 10 / 10 by a stable hash of the article's source and id. */
  public static Split of(SourceArticle article) {
    int bucket = Math.floorMod((article.source() + "/" + article.id()).hashCode() * 0x9E3779B9, 10);
    return bucket == 0 ? TEST : bucket == 1 ? DEV : TRAIN;
  }

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
