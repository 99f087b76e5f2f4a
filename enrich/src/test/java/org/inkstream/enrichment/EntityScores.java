package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inkstream.core.Entities;

/** Precision and recall of persons, places and organisations against hand annotations, by exact surface form. */
final class EntityScores {

  /** Counts of one entity kind over all scored articles. */
  static final class Score {
    int correct;
    int predicted;
    int gold;

    void add(List<String> got, Set<String> expected) {
      Set<String> unique = new HashSet<>(got);
      predicted += unique.size();
      gold += expected.size();
      unique.retainAll(expected);
      correct += unique.size();
    }

    double precision() {
      return predicted == 0 ? 1 : (double) correct / predicted;
    }

    double recall() {
      return gold == 0 ? 1 : (double) correct / gold;
    }

    String figures() {
      return String.format("P %.3f R %.3f (%d right of %d found, %d annotated)", precision(), recall(), correct,
          predicted, gold);
    }
  }

  final Score persons = new Score();
  final Score places = new Score();
  final Score organizations = new Score();

  void add(Entities got, JsonNode gold) {
    persons.add(got.persons(), set(gold.get("persons")));
    places.add(got.places(), set(gold.get("places")));
    organizations.add(got.organizations(), set(gold.get("organizations")));
  }

  void print(String label) {
    System.out.printf("%s: persons %s; places %s; orgs %s%n", label, persons.figures(), places.figures(),
        organizations.figures());
  }

  /** Least precision and recall of each kind, a little under a part's figures when its rules were written. */
  record Floors(double personsPrecision, double personsRecall, double placesPrecision, double placesRecall,
      double organizationsPrecision, double organizationsRecall) {}

  /** Fails when a figure of {@code part} falls under its floor: a rule that breaks one regresses. */
  void assertAtLeast(String part, Floors floors) {
    assertAtLeast(persons, "person", part, floors.personsPrecision(), floors.personsRecall());
    assertAtLeast(places, "place", part, floors.placesPrecision(), floors.placesRecall());
    assertAtLeast(organizations, "organisation", part, floors.organizationsPrecision(), floors.organizationsRecall());
  }

  private static void assertAtLeast(Score score, String kind, String part, double precision, double recall) {
    assertThat(score.precision()).as("%s precision, %s", kind, part).isGreaterThanOrEqualTo(precision);
    assertThat(score.recall()).as("%s recall, %s", kind, part).isGreaterThanOrEqualTo(recall);
  }

  static Set<String> set(JsonNode names) {
    Set<String> set = new HashSet<>();
    names.forEach(n -> set.add(n.asText()));
    return set;
  }
}
