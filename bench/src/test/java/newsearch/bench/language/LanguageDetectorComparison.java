package newsearch.bench.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import newsearch.ingest.TextLanguage;

/**
 * Measures how often language detectors name the right language of short news texts (headlines and
 * one- or two-sentence ledes, {@code language/short-texts.tsv}) in English, Spanish, Portuguese,
 * French and German: the optimaize profiles the indexer uses, and Lingua over every language it
 * knows and over the same five only. Prints one line per detector: right answers, no answers, wrong
 * answers, and milliseconds for the whole set after a warm-up.
 */
public final class LanguageDetectorComparison {

  /** A text and the language it is written in. */
  private record Sample(String language, String text) {}

  private LanguageDetectorComparison() {}

  public static void main(String[] args) throws IOException {
    List<Sample> samples = samples();
    report("optimaize 0.6, all 71 profiles", samples, TextLanguage.builtIn()::detect);
    TextLanguage optimaizeFive = TextLanguage.of(List.of("en", "es", "pt", "fr", "de"));
    report("optimaize 0.6, the five languages", samples, optimaizeFive::detect);
    com.github.pemistahl.lingua.api.LanguageDetector five =
        LanguageDetectorBuilder.fromLanguages(
                Language.ENGLISH,
                Language.SPANISH,
                Language.PORTUGUESE,
                Language.FRENCH,
                Language.GERMAN)
            .build();
    report("lingua 1.2.2, the five languages", samples, text -> lingua(five, text));
    com.github.pemistahl.lingua.api.LanguageDetector all =
        LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
    report("lingua 1.2.2, all 75, low-accuracy mode", samples, text -> lingua(all, text));
  }

  private static String lingua(com.github.pemistahl.lingua.api.LanguageDetector d, String text) {
    Language language = d.detectLanguageOf(text);
    return language == Language.UNKNOWN
        ? null
        : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  private static void report(String name, List<Sample> samples, Function<String, String> detect) {
    samples.forEach(s -> detect.apply(s.text()));
    long start = System.nanoTime();
    int right = 0;
    int none = 0;
    List<String> wrong = new ArrayList<>();
    for (Sample sample : samples) {
      String found = detect.apply(sample.text());
      if (sample.language().equals(found)) {
        right++;
      } else if (found == null) {
        none++;
      } else {
        wrong.add(sample.language() + "->" + found);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        Locale.ROOT,
        "%-42s right %d/%d, none %d, wrong %d %s, %d ms%n",
        name,
        right,
        samples.size(),
        none,
        wrong.size(),
        wrong,
        millis);
  }

  private static List<Sample> samples() throws IOException {
    List<Sample> samples = new ArrayList<>();
    try (InputStream in =
            LanguageDetectorComparison.class.getResourceAsStream("/language/short-texts.tsv");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] parts = line.split("\t", 2);
          samples.add(new Sample(parts[0], parts[1]));
        }
      }
    }
    return samples;
  }
}
