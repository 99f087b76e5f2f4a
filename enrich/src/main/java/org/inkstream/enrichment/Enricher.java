package org.inkstream.enrichment;

import java.util.LinkedHashSet;
import java.util.Set;
import org.inkstream.core.Byline;

/** Placeholder, replaced below. */
public final class Enricher {

  static Set<String> creditedNames(Byline byline) {
    Set<String> names = new LinkedHashSet<>();
    names.addAll(byline.reporters());
    names.addAll(byline.correspondents());
    names.addAll(byline.authors());
    names.addAll(byline.photographers());
    return names;
  }
}
