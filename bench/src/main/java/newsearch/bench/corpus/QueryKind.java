package newsearch.bench.corpus;

/** The shapes of query in the benchmark mix, with their shares of it. */
public enum QueryKind {
  /** One word. */
  ONE(20, true),
  /** Two or three words. */
  WORDS(25, true),
  /** A quoted phrase of two or three words. */
  PHRASE(15, true),
  /** {@code a OR b}. */
  OR(10, false),
  /** {@code a -b}: one word wanted, one excluded. */
  NOT(10, false),
  /** One or two words within a section (top-level or subsection). */
  SECTION(20, false);

  private final int share;
  private final boolean plain;

  QueryKind(int share, boolean plain) {
    this.share = share;
    this.plain = plain;
  }

  /** Percent of the mix. */
  public int share() {
    return share;
  }

  /**
   * Whether every engine reads the query the same way (words and quoted phrases only, no filter),
   * so that it can go to the peer engines and to raw Lucene unchanged.
   */
  public boolean plain() {
    return plain;
  }
}
