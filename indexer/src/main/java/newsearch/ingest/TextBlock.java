package newsearch.ingest;

/**
 * One paragraph of a page's text as the block classification sees it.
 *
 * @param text the paragraph, its lines joined by spaces
 * @param lines how many lines of the page it was written on
 * @param listLines how many of those lines were list-shaped: capitalised, short and not ending as a
 *     sentence, as the lines of a menu or of a list of headlines are
 */
record TextBlock(String text, int lines, int listLines) {

  /** Whether every line of a block of several lines was list-shaped. */
  boolean isList() {
    return lines >= 2 && listLines == lines;
  }
}
