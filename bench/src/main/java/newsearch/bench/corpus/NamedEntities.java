package newsearch.bench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * People, places and organisations that the articles mention, each reused with a Zipf frequency: a
 * few names are in the news all the time, most appear rarely. Names are made of pseudo-words, so
 * they never collide with the English words. Immutable and thread-safe once built.
 */
final class NamedEntities {

  private static final String[] FIRST_NAMES = {
    "Anna", "David", "Maria", "James", "Elena", "Peter", "Sofia", "Daniel", "Laura", "Michael",
    "Sarah", "Thomas", "Julia", "Robert", "Emma", "Paul", "Clara", "Simon", "Nadia", "Victor",
    "Grace", "Omar", "Helen", "Marco", "Ines", "Ivan", "Leila", "Hugo", "Yuki", "Kofi"
  };
  private static final String[] ORGANISATION_KINDS = {
    "Bank",
    "Group",
    "Party",
    "Institute",
    "Council",
    "Foundation",
    "Holdings",
    "Airlines",
    "University",
    "Union",
    "Agency",
    "Motors",
    "Energy",
    "Telecom",
    "Pharmaceuticals"
  };
  private static final String[] PLACE_ENDINGS = {"", "", "ton", "ville", "burg", "port", "field"};

  private final List<String> people;
  private final List<String> places;
  private final List<String> organisations;
  private final ZipfSampler peopleRanks;
  private final ZipfSampler placeRanks;
  private final ZipfSampler organisationRanks;

  private NamedEntities(List<String> people, List<String> places, List<String> organisations) {
    this.people = people;
    this.places = places;
    this.organisations = organisations;
    this.peopleRanks = new ZipfSampler(people.size(), 1.1);
    this.placeRanks = new ZipfSampler(places.size(), 1.1);
    this.organisationRanks = new ZipfSampler(organisations.size(), 1.1);
  }

  /**
   * {@code people} people and a tenth as many places and organisations, made with {@code random}.
   */
  static NamedEntities build(int people, SplittableRandom random) {
    int others = Math.max(10, people / 10);
    List<String> persons = unique(people, random, r -> pick(r, FIRST_NAMES) + " " + name(r));
    List<String> placeNames = unique(others, random, r -> name(r) + pick(r, PLACE_ENDINGS));
    List<String> orgs = unique(others, random, r -> name(r) + " " + pick(r, ORGANISATION_KINDS));
    return new NamedEntities(persons, placeNames, orgs);
  }

  /** Someone in the news. */
  String person(SplittableRandom random) {
    return people.get(peopleRanks.next(random));
  }

  /** A place in the news. */
  String place(SplittableRandom random) {
    return places.get(placeRanks.next(random));
  }

  /** An organisation in the news. */
  String organisation(SplittableRandom random) {
    return organisations.get(organisationRanks.next(random));
  }

  /** Any entity: people most often. */
  String any(SplittableRandom random) {
    int kind = random.nextInt(10);
    return kind < 5 ? person(random) : kind < 8 ? place(random) : organisation(random);
  }

  private interface NameMaker {
    String make(SplittableRandom random);
  }

  private static List<String> unique(int count, SplittableRandom random, NameMaker maker) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    while (names.size() < count) {
      names.add(maker.make(random));
    }
    return List.copyOf(new ArrayList<>(names));
  }

  private static String name(SplittableRandom random) {
    String word = Vocabulary.pseudoWord(random);
    if (word.length() < 4) {
      word = word + Vocabulary.pseudoWord(random);
    }
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  private static String pick(SplittableRandom random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}
