package newsearch.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores blocks of page text as article text or boilerplate, in the spirit of jusText and
 * Boilerpipe: each block gets a score from its length, its function-word density in its best
 * language ({@link FunctionWords}) and whether it is shaped as a sentence. A high score is article
 * text, a low one boilerplate; a block in between (a crosshead, a short line) is decided by its
 * neighbours: kept between article text, dropped after the article's last good block. A list of
 * short capitalised lines (a menu, a list of headlines) is boilerplate whatever its words. The
 * keyword rules of {@link PageFurniture} are one more feature: {@link #outweighsKeywords} keeps a
 * long run of prose that merely starts like furniture. Stateless and thread-safe.
 */
final class BlockScore {

  /** What a block is taken for. */
  enum Kind {
    /** Article text. */
    GOOD,
    /** Too short to tell; its neighbours decide. */
    SHORT,
    /** Boilerplate. */
    BAD
  }

  /** Length counts up to this many words; beyond it a block is as long as it need be. */
  private static final int FULL_LENGTH_WORDS = 40;

  /** Prose is about a third function words; this weight makes that worth a full-length block. */
  private static final double DENSITY_WEIGHT = 2.0;

  private static final double SENTENCE_WEIGHT = 0.5;
  private static final double GOOD_SCORE = 1.0;
  private static final double BAD_SCORE = 0.35;

  /** A block that matches a furniture keyword stays text only with this score or more. */
  private static final double OUTWEIGHS_KEYWORDS = 2.2;

  private static final int MIN_SENTENCES_AGAINST_KEYWORDS = 2;

  private BlockScore() {}

  /** The score of one block of text: about 0 for a tag, 1 for a short sentence, 2 for prose. */
  static double of(String text) {
    int words = Words.count(text);
    double length = Math.min(words, FULL_LENGTH_WORDS) / (double) FULL_LENGTH_WORDS;
    double shape = PageLine.Text.endsSentence(text) ? SENTENCE_WEIGHT : 0;
    return length + DENSITY_WEIGHT * FunctionWords.density(text) + shape;
  }

  /** The kind of one block, before its neighbours are looked at. */
  static Kind kind(TextBlock block) {
    if (block.isList()) {
      return Kind.BAD;
    }
    double score = of(block.text());
    return score >= GOOD_SCORE ? Kind.GOOD : score < BAD_SCORE ? Kind.BAD : Kind.SHORT;
  }

  /**
   * Whether a line that a furniture keyword matched reads so plainly as running prose (full length,
   * dense in function words, several sentences) that it is article text after all.
   */
  static boolean outweighsKeywords(String line) {
    return of(line) >= OUTWEIGHS_KEYWORDS && sentences(line) >= MIN_SENTENCES_AGAINST_KEYWORDS;
  }

  /**
   * The blocks that are article text. A short block is kept when the nearest decided blocks on both
   * sides are article text; before the first block the body has just begun, so a short first block
   * is kept when the next decided one is article text.
   */
  static List<String> articleText(List<TextBlock> blocks) {
    List<Kind> kinds = blocks.stream().map(BlockScore::kind).toList();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Kind kind = kinds.get(i);
      boolean afterText = decided(kinds, i, -1, Kind.GOOD) == Kind.GOOD;
      boolean beforeText = decided(kinds, i, 1, Kind.BAD) == Kind.GOOD;
      boolean sentence = PageLine.Text.endsSentence(blocks.get(i).text());
      boolean keep =
          kind == Kind.GOOD || kind == Kind.SHORT && afterText && (beforeText || sentence);
      if (keep) {
        kept.add(blocks.get(i).text());
      }
    }
    return kept;
  }

  /**
   * The nearest kind other than SHORT from {@code i} in direction {@code step}, else {@code edge}.
   */
  private static Kind decided(List<Kind> kinds, int i, int step, Kind edge) {
    for (int j = i + step; j >= 0 && j < kinds.size(); j += step) {
      if (kinds.get(j) != Kind.SHORT) {
        return kinds.get(j);
      }
    }
    return edge;
  }

  private static int sentences(String text) {
    int sentences = 0;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        sentences++;
      }
    }
    return sentences;
  }
}
