package newsearch.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import newsearch.schema.Article;
import newsearch.schema.LanguageTag;

/**
 * Detects the language of an article's text with the n-gram profiles of the optimaize
 * language-detector, which ship inside its jar: nothing is downloaded, and detection is the same on
 * every machine.
 *
 * <p>Every built-in profile (71 languages) takes part, so that an Italian article is not forced
 * into Spanish; a text whose best language is less likely than {@link #DEFAULT_MIN_PROBABILITY} has
 * no language. A language the input declares always wins over detection ({@link #withLanguage}).
 *
 * <p>Immutable and thread-safe; the profiles are read once, by the first caller of {@link
 * #builtIn}.
 */
public final class TextLanguage {

  /** How likely the best language must be for the text to be said to be in it. */
  public static final double DEFAULT_MIN_PROBABILITY = 0.90;

  /** Characters of an article read for detection: the start says as much as the whole. */
  static final int MAX_CHARS = 2_000;

  private final LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
  private final double minProbability;

  private TextLanguage(List<LanguageProfile> profiles, double minProbability) {
    this.detector =
        LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
    this.minProbability = minProbability;
  }

  /**
   * A detector over the built-in profiles of {@code languages} only (ISO 639-1 codes), for
   * measuring what restricting the candidates does to short texts.
   *
   * @throws IOException when a profile cannot be read
   */
  public static TextLanguage of(List<String> languages) throws IOException {
    return new TextLanguage(
        new LanguageProfileReader()
            .readBuiltIn(languages.stream().map(LdLocale::fromString).toList()),
        DEFAULT_MIN_PROBABILITY);
  }

  /** The detector over every built-in profile; read once and shared, since it never changes. */
  public static TextLanguage builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * The ISO 639-1 code of the language {@code text} is written in, or null when no language is
   * likely enough (too short, mixed, or only names and numbers).
   */
  public String detect(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    List<DetectedLanguage> ranked = detector.getProbabilities(texts.forText(sample));
    if (ranked.isEmpty() || ranked.get(0).getProbability() < minProbability) {
      return null;
    }
    return LanguageTag.primary(ranked.get(0).getLocale().getLanguage());
  }

  /**
   * {@code article} with its language: the one {@code declared} by the input when it names one,
   * else the one its title, summary and body are detected to be in.
   */
  public Article withLanguage(Article article, String declared) {
    String language = LanguageTag.primary(declared);
    if (language == null) {
      language = detect(join(article.title(), article.summary(), article.body()));
    }
    return article.withLanguage(language);
  }

  private static String join(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (part != null && text.length() < MAX_CHARS) {
        text.append(part).append('\n');
      }
    }
    return text.toString();
  }

  /** Reads the profiles when first needed, not when the class loads. */
  private static final class BuiltIn {
    static final TextLanguage INSTANCE = read();

    private static TextLanguage read() {
      try {
        return new TextLanguage(
            new LanguageProfileReader().readAllBuiltIn(), DEFAULT_MIN_PROBABILITY);
      } catch (IOException e) {
        throw new UncheckedIOException("language profiles missing from the classpath", e);
      }
    }
  }
}
