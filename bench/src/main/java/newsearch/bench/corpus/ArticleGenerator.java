package newsearch.bench.corpus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes article number {@code n} of a seeded corpus. Each article draws from its own random stream,
 * derived from the seed and its number, so an article does not depend on the ones before it.
 * Immutable and thread-safe.
 */
public final class ArticleGenerator {

  /** Pseudo-words in the long tail of the vocabulary. */
  static final int PSEUDO_WORDS = 50_000;

  /** Distinct people; places and organisations are a tenth as many each. */
  static final int PEOPLE = 20_000;

  private static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);
  private static final int DAYS = 20 * 365 + 5;
  private static final String SOURCE = "The Generated Gazette";

  /** Median body length in words; lengths are log-normal around it, within the bounds below. */
  private static final double MEDIAN_BODY_WORDS = 500;

  private static final int MIN_BODY_WORDS = 150;
  private static final int MAX_BODY_WORDS = 1_500;

  private final long seed;
  private final Sections sections = new Sections();
  private final NamedEntities entities;
  private final TextGenerator text;

  /** The generator of the corpus with this seed. */
  public ArticleGenerator(long seed) {
    this.seed = seed;
    SplittableRandom random = new SplittableRandom(seed);
    Vocabulary vocabulary = Vocabulary.build(PSEUDO_WORDS, random);
    this.entities = NamedEntities.build(PEOPLE, random);
    this.text = new TextGenerator(vocabulary, entities, sections.paths().size(), random);
  }

  /** Article number {@code n}, from 0. */
  public GeneratedArticle article(long n) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
    int section = sections.next(random);
    String path = sections.paths().get(section);
    LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
    String id = String.format(Locale.ROOT, "g%d-%08d", seed, n);
    return new GeneratedArticle(
        id,
        text.headline(section, 6 + random.nextInt(9), random),
        text.sentence(section, 18 + random.nextInt(18), random),
        text.body(section, bodyWords(random), random),
        date.toString(),
        path,
        "https://news.example/" + slug(path) + "/" + date.getYear() + "/" + id,
        SOURCE,
        entities.person(random));
  }

  /** A log-normal length around the median, skewed towards long reads, within bounds. */
  private static int bodyWords(SplittableRandom random) {
    double words = MEDIAN_BODY_WORDS * Math.exp(0.5 * random.nextGaussian());
    return (int) Math.max(MIN_BODY_WORDS, Math.min(MAX_BODY_WORDS, words));
  }

  private static String slug(String path) {
    return path.toLowerCase(Locale.ROOT).replace(" > ", "/").replace(' ', '-');
  }
}
