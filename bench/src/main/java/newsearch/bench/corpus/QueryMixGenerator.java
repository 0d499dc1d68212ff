package newsearch.bench.corpus;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import newsearch.schema.NewsSchema;

/**
 * Draws a seeded query mix from a corpus: the words of real headlines, as users search for what
 * they have read about. One streaming pass keeps a uniform sample of articles (reservoir sampling),
 * so the corpus is never held in memory.
 */
public final class QueryMixGenerator {

  /** Articles sampled to draw queries from. */
  private static final int SAMPLE = 2_000;

  private final NewsSchema schema = new NewsSchema();
  private final SplittableRandom random;

  /** A generator whose draws follow {@code seed}. */
  public QueryMixGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** {@code count} queries drawn from the articles of {@code corpus}, in the kinds' shares. */
  public List<BenchQuery> generate(Path corpus, int count) throws IOException {
    List<Sampled> sample = sample(corpus);
    List<BenchQuery> queries = new ArrayList<>(count);
    while (queries.size() < count) {
      Sampled article = sample.get(random.nextInt(sample.size()));
      Sampled other = sample.get(random.nextInt(sample.size()));
      QueryKind kind = kind();
      String text = text(kind, article, other);
      if (text == null) {
        continue;
      }
      String section = kind == QueryKind.SECTION ? sectionFilter(article.section()) : "";
      String id = String.format(Locale.ROOT, "q%04d", queries.size() + 1);
      queries.add(new BenchQuery(id, kind, section, text));
    }
    return queries;
  }

  /** A headline's words and the article's section. */
  private record Sampled(List<String> words, String section) {}

  private List<Sampled> sample(Path corpus) throws IOException {
    List<String> lines = new ArrayList<>(SAMPLE);
    long seen = 0;
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        seen++;
        if (lines.size() < SAMPLE) {
          lines.add(line);
        } else {
          long slot = random.nextLong(seen);
          if (slot < SAMPLE) {
            lines.set((int) slot, line);
          }
        }
      }
    }
    List<Sampled> sampled = new ArrayList<>();
    for (String line : lines) {
      JsonObject json = JsonParser.parseString(line).getAsJsonObject();
      List<String> words = List.of(json.get("title").getAsString().split("[^\\p{L}\\p{N}]+"));
      String section = json.has("section") ? json.get("section").getAsString() : "";
      if (words.stream().anyMatch(this::isContentWord)) {
        sampled.add(new Sampled(words, section));
      }
    }
    if (sampled.isEmpty()) {
      throw new IOException(corpus + " has no article with a searchable title");
    }
    return sampled;
  }

  private QueryKind kind() {
    int draw = random.nextInt(100);
    for (QueryKind kind : QueryKind.values()) {
      draw -= kind.share();
      if (draw < 0) {
        return kind;
      }
    }
    return QueryKind.ONE;
  }

  /** The query text of {@code kind}, or null when this headline cannot make one. */
  private String text(QueryKind kind, Sampled article, Sampled other) {
    List<String> content = contentWords(article.words());
    return switch (kind) {
      case ONE -> pick(content);
      case WORDS, SECTION -> String.join(" ", pickInOrder(content, 2 + random.nextInt(2)));
      case PHRASE -> phrase(article.words());
      case OR -> content.size() < 2 ? null : String.join(" OR ", pickInOrder(content, 2));
      case NOT -> {
        String excluded = pick(contentWords(other.words()));
        yield excluded == null || content.contains(excluded)
            ? null
            : pick(content) + " -" + excluded;
      }
    };
  }

  /** Two or three neighbouring headline words that start and end with a content word. */
  private String phrase(List<String> words) {
    int length = 2 + random.nextInt(2);
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i + length <= words.size(); i++) {
      if (isContentWord(words.get(i)) && isContentWord(words.get(i + length - 1))) {
        starts.add(i);
      }
    }
    if (starts.isEmpty()) {
      return null;
    }
    int start = starts.get(random.nextInt(starts.size()));
    return "\""
        + String.join(" ", words.subList(start, start + length)).toLowerCase(Locale.ROOT)
        + "\"";
  }

  /** The whole section path, or only its top level, half the time each. */
  private String sectionFilter(String section) {
    int cut = section.indexOf(" > ");
    return cut < 0 || random.nextBoolean() ? section : section.substring(0, cut);
  }

  private List<String> contentWords(List<String> words) {
    return words.stream()
        .filter(this::isContentWord)
        .map(w -> w.toLowerCase(Locale.ROOT))
        .distinct()
        .toList();
  }

  private boolean isContentWord(String word) {
    return word.length() >= 3 && !schema.isStopWord(word);
  }

  private String pick(List<String> words) {
    return words.isEmpty() ? null : words.get(random.nextInt(words.size()));
  }

  /** Up to {@code n} distinct words in their headline order. */
  private List<String> pickInOrder(List<String> words, int n) {
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < Math.min(n, words.size())) {
      int i = random.nextInt(words.size());
      if (!chosen.contains(i)) {
        chosen.add(i);
      }
    }
    chosen.sort(null);
    return chosen.stream().map(words::get).toList();
  }
}
