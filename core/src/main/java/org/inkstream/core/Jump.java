package org.inkstream.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * How an article reaches beyond its page: the pages it continues on (下转第二版), the pages it continues from (上接第一版),
 * and, for a teaser, the pages it points to (详见第六版). Pages are kept as printed (第二版, A3).
 */
public record Jump(List<String> continuesTo, List<String> continuesFrom, List<String> pointsTo) {

  private static final Jump NONE = new Jump(List.of(), List.of(), List.of());

  public Jump {
    continuesTo = continuesTo == null ? List.of() : List.copyOf(continuesTo);
    continuesFrom = continuesFrom == null ? List.of() : List.copyOf(continuesFrom);
    pointsTo = pointsTo == null ? List.of() : List.copyOf(pointsTo);
  }

  public static Jump none() {
    return NONE;
  }

  @JsonIgnore
  public boolean isEmpty() {
    return continuesTo.isEmpty() && continuesFrom.isEmpty() && pointsTo.isEmpty();
  }
}
