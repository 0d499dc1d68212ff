package newsearch.search.analytics;

/**
 * The JLH significance of a term: how much more often it occurs in a foreground set of articles
 * than in a background set, as {@code (fg% - bg%) * (fg% / bg%)}.
 *
 * <p>JLH rather than chi-square or mutual information: it multiplies the absolute rise by the
 * relative rise, so a word in half the sample but one article in fifty of the archive beats both a
 * common word a little above its usual rate (which chi-square and mutual information favour, as
 * their statistics grow with a term's frequency) and a rare word seen in two sample articles (which
 * a ratio alone favours). That is the shape a reader means by "what this is about", and it needs no
 * tuning for the size of the sample.
 */
final class JlhScore {

  private JlhScore() {}

  /**
   * The score of a term in {@code foreground} of {@code foregroundSize} articles against {@code
   * background} of {@code backgroundSize}; 0 when it is not more frequent in the foreground.
   */
  static double of(long foreground, long foregroundSize, long background, long backgroundSize) {
    if (foregroundSize == 0 || backgroundSize == 0 || background == 0) {
      return 0;
    }
    double fg = (double) foreground / foregroundSize;
    double bg = (double) background / backgroundSize;
    return fg <= bg ? 0 : (fg - bg) * (fg / bg);
  }
}
