package newsearch.relevance.engine;

import java.util.regex.Pattern;
import newsearch.relevance.retrieval.RankedRetrieval;

/**
 * Turns a topic from a test collection into plain words for the search box syntax. Old topics are
 * prose: an upper-case {@code AND}, {@code OR} or {@code NOT} is a word there, a quote or a dash is
 * punctuation, and {@code title:} is not a field. None of them may change what is searched, and no
 * topic may come back empty because of its punctuation.
 */
public final class TopicText {

  private static final Pattern OPERATOR_WORD = Pattern.compile("\\b(AND|OR|NOT)\\b");
  private static final Pattern SYNTAX = Pattern.compile("[\"():+]|(?<=^|\\s)-+");

  private TopicText() {}

  /**
   * {@code system} reading topics as they are when they use the search syntax ({@code operators}),
   * else as {@linkplain #plain plain words}.
   */
  public static RankedRetrieval reading(RankedRetrieval system, boolean operators) {
    return operators ? system : (qid, topic, depth) -> system.search(qid, plain(topic), depth);
  }

  /** The topic as plain words. */
  public static String plain(String topic) {
    String words =
        OPERATOR_WORD.matcher(topic).replaceAll(m -> m.group(1).toLowerCase(java.util.Locale.ROOT));
    return SYNTAX.matcher(words).replaceAll(" ").replaceAll("\\s+", " ").strip();
  }
}
