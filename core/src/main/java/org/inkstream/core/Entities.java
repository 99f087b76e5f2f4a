package org.inkstream.core;

import java.util.List;

/**
 * People, places and organisations an article mentions, each deduplicated and in its full form.
 *
 * @param keys the normalised key of every entity above, deduplicated: the one name its variants share (中共中央 and
 *     中国共产党中央委员会 both give 中国共产党中央委员会, 咸宁 gives 咸宁市, a person named in full once is keyed by the full
 *     name), so that a filter on a key finds the entity under any of its names
 */
public record Entities(List<String> persons, List<String> places, List<String> organizations, List<String> keys) {

  private static final Entities NONE = new Entities(List.of(), List.of(), List.of(), List.of());

  public Entities {
    persons = persons == null ? List.of() : List.copyOf(persons);
    places = places == null ? List.of() : List.copyOf(places);
    organizations = organizations == null ? List.of() : List.copyOf(organizations);
    keys = keys == null ? List.of() : List.copyOf(keys);
  }

  /** Entities without normalised keys: the record as it was before {@link #keys()} was added. */
  public Entities(List<String> persons, List<String> places, List<String> organizations) {
    this(persons, places, organizations, null);
  }

  public static Entities none() {
    return NONE;
  }
}
