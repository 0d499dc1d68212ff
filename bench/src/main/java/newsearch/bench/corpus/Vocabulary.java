package newsearch.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The words of the generated corpus: real English function and content words, listed most frequent
 * first, and a long tail of pseudo-words built from syllables. Real words make analysis realistic
 * (stop words, stemming); the pseudo-words give the corpus a vocabulary as large as a real
 * archive's, so that postings and term dictionaries have realistic sizes.
 *
 * <p>Immutable and thread-safe once built.
 */
final class Vocabulary {

  private static final String[] ONSETS = {
    "b", "br", "c", "ch", "cr", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p",
    "pl", "pr", "r", "s", "sh", "sk", "st", "t", "th", "tr", "v", "w", "z", ""
  };
  private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"};
  private static final String[] CODAS = {
    "", "", "", "n", "r", "s", "l", "m", "t", "nd", "st", "ck"
  };

  private final List<String> functionWords;
  private final List<String> contentWords;
  private final List<String> pseudoWords;

  private Vocabulary(List<String> functionWords, List<String> contentWords, List<String> pseudo) {
    this.functionWords = functionWords;
    this.contentWords = contentWords;
    this.pseudoWords = pseudo;
  }

  /** The bundled real words and {@code pseudoWords} pseudo-words made with {@code random}. */
  static Vocabulary build(int pseudoWords, SplittableRandom random) {
    List<String> function = readWords("function-words.txt");
    List<String> content = readWords("content-words.txt");
    LinkedHashSet<String> taken = new LinkedHashSet<>(function);
    taken.addAll(content);
    List<String> pseudo = new ArrayList<>(pseudoWords);
    while (pseudo.size() < pseudoWords) {
      String word = pseudoWord(random);
      if (word.length() >= 3 && taken.add(word)) {
        pseudo.add(word);
      }
    }
    return new Vocabulary(List.copyOf(function), List.copyOf(content), List.copyOf(pseudo));
  }

  /** A pronounceable word of one to four syllables. */
  static String pseudoWord(SplittableRandom random) {
    int syllables = 1 + random.nextInt(4);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      word.append(ONSETS[random.nextInt(ONSETS.length)]);
      word.append(NUCLEI[random.nextInt(NUCLEI.length)]);
      if (i == syllables - 1 || random.nextInt(3) == 0) {
        word.append(CODAS[random.nextInt(CODAS.length)]);
      }
    }
    return word.toString();
  }

  /** Words of a bundled list, deduplicated, in their listed (frequency) order. */
  private static List<String> readWords(String resource) {
    LinkedHashSet<String> words = new LinkedHashSet<>();
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#")) {
          for (String word : line.strip().split("\\s+")) {
            if (!word.isEmpty()) {
              words.add(word.toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(words);
  }

  List<String> functionWords() {
    return functionWords;
  }

  List<String> contentWords() {
    return contentWords;
  }

  List<String> pseudoWords() {
    return pseudoWords;
  }
}
