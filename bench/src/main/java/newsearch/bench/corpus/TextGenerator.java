package newsearch.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes news-like prose: sentences of function words, content words, pseudo-words and named
 * entities in Zipf proportions, with a topical bias per section so that a section's articles share
 * words as a real desk's do. Immutable and thread-safe; the randomness comes from the caller.
 */
final class TextGenerator {

  /** Words in each section's topical list. */
  private static final int TOPIC_WORDS = 60;

  private final Vocabulary vocabulary;
  private final NamedEntities entities;
  private final ZipfSampler functionRanks;
  private final ZipfSampler contentRanks;
  private final ZipfSampler pseudoRanks;
  private final ZipfSampler topicRanks = new ZipfSampler(TOPIC_WORDS, 0.8);
  private final List<List<String>> topics;

  TextGenerator(Vocabulary vocabulary, NamedEntities entities, int sections, SplittableRandom r) {
    this.vocabulary = vocabulary;
    this.entities = entities;
    this.functionRanks = new ZipfSampler(vocabulary.functionWords().size(), 1.0);
    this.contentRanks = new ZipfSampler(vocabulary.contentWords().size(), 1.0);
    this.pseudoRanks = new ZipfSampler(vocabulary.pseudoWords().size(), 1.05);
    List<List<String>> all = new ArrayList<>();
    for (int i = 0; i < sections; i++) {
      all.add(topic(r));
    }
    this.topics = List.copyOf(all);
  }

  /** A section's topical words: mid-frequency real words and pseudo-words. */
  private List<String> topic(SplittableRandom random) {
    List<String> words = new ArrayList<>(TOPIC_WORDS);
    List<String> content = vocabulary.contentWords();
    List<String> pseudo = vocabulary.pseudoWords();
    for (int i = 0; i < TOPIC_WORDS; i++) {
      words.add(
          i % 2 == 0
              ? content.get(50 + random.nextInt(content.size() - 50))
              : pseudo.get(100 + random.nextInt(Math.min(5_000, pseudo.size() - 100))));
    }
    return List.copyOf(words);
  }

  /** A headline of {@code words} words, in sentence case, without a full stop. */
  String headline(int section, int words, SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int written = 0;
    while (written < words) {
      written += appendWord(text, section, 0.2, 0.10, random);
    }
    capitaliseFirst(text);
    return text.toString();
  }

  /** One sentence of about {@code words} words, with its full stop. */
  String sentence(int section, int words, SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    appendSentence(text, section, words, random);
    return text.toString();
  }

  /**
   * A body of about {@code words} words in paragraphs separated by blank lines; sentences run from
   * 8 to 28 words, paragraphs from two to five sentences.
   */
  String body(int section, int words, SplittableRandom random) {
    StringBuilder text = new StringBuilder(words * 7);
    int written = 0;
    while (written < words) {
      if (written > 0) {
        text.append("\n\n");
      }
      int sentences = 2 + random.nextInt(4);
      for (int i = 0; i < sentences && written < words; i++) {
        int length = Math.min(8 + random.nextInt(21), Math.max(3, words - written));
        written += appendSentence(text, section, length, random);
      }
    }
    return text.toString();
  }

  private int appendSentence(StringBuilder text, int section, int words, SplittableRandom r) {
    separate(text);
    int start = text.length();
    int written = 0;
    while (written < words) {
      written += appendWord(text, section, 0.42, 0.04, r);
    }
    text.setCharAt(start, Character.toUpperCase(text.charAt(start)));
    text.append('.');
    return written;
  }

  /** Appends one word or one entity name, with a space before it; returns the words added. */
  private int appendWord(
      StringBuilder text,
      int section,
      double functionShare,
      double entityShare,
      SplittableRandom r) {
    separate(text);
    double kind = r.nextDouble();
    if (kind < functionShare) {
      text.append(vocabulary.functionWords().get(functionRanks.next(r)));
      return 1;
    }
    if (kind < functionShare + entityShare) {
      String name = entities.any(r);
      text.append(name);
      return name.split(" ").length;
    }
    double content = r.nextDouble();
    if (content < 0.15) {
      text.append(topics.get(section).get(topicRanks.next(r)));
    } else if (content < 0.6) {
      text.append(vocabulary.contentWords().get(contentRanks.next(r)));
    } else {
      text.append(vocabulary.pseudoWords().get(pseudoRanks.next(r)));
    }
    return 1;
  }

  /** A space before the next word, unless the text is empty or already ends in white space. */
  private static void separate(StringBuilder text) {
    if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
      text.append(' ');
    }
  }

  private static void capitaliseFirst(StringBuilder text) {
    if (!text.isEmpty()) {
      text.replace(0, 1, text.substring(0, 1).toUpperCase(Locale.ROOT));
    }
  }
}
