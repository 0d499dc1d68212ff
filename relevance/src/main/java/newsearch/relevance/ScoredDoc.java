package newsearch.relevance;

import java.util.Comparator;

/**
 * A retrieved document and the score its system gave it.
 *
 * @param docId the document id; no whitespace
 * @param score a finite score, higher is better
 */
public record ScoredDoc(String docId, double score) {

  /**
   * trec_eval's ranking: score descending, equal scores by document id descending as byte strings
   * ({@code strcmp(b, a)}). The rank column of a run file plays no part.
   */
  public static final Comparator<ScoredDoc> TREC_EVAL_ORDER = ScoredDoc::compareTrecEval;

  /** Validates the id and the score. */
  public ScoredDoc {
    TrecField.require(docId, "document id");
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("document " + docId + " has a non-finite score " + score);
    }
  }

  private static int compareTrecEval(ScoredDoc a, ScoredDoc b) {
    // Primitive comparisons, not Double.compare: C sees -0.0 and 0.0 as equal scores.
    if (a.score > b.score) {
      return -1;
    }
    if (a.score < b.score) {
      return 1;
    }
    return compareUtf8(b.docId, a.docId);
  }

  /**
   * Compares as strcmp compares the UTF-8 bytes. Code point order is UTF-8 byte order, whereas
   * String.compareTo compares UTF-16 units and puts supplementary characters before U+E000..U+FFFF.
   */
  static int compareUtf8(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
