package org.inkstream.core;

import java.util.List;

/** People, places and organisations an article mentions, each deduplicated and in its full form. */
public record Entities(List<String> persons, List<String> places, List<String> organizations) {

  private static final Entities NONE = new Entities(List.of(), List.of(), List.of());

  public Entities {
    persons = persons == null ? List.of() : List.copyOf(persons);
    places = places == null ? List.of() : List.copyOf(places);
    organizations = organizations == null ? List.of() : List.copyOf(organizations);
  }

  public static Entities none() {
    return NONE;
  }
}
