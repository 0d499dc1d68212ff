package newsearch.search;

import java.util.List;
import java.util.function.UnaryOperator;
import newsearch.search.highlight.Highlights;

/**
 * One result.
 *
 * @param id the article's id
 * @param title the display title, as plain text
 * @param section the section as displayed ({@code News > Japan}), or null
 * @param sectionLabel the section with each level under its display name ({@code News > Japan}
 *     unless a display-name file names them), or null without a section
 * @param date publication date as {@code yyyy-mm-dd}, or null
 * @param score relevance score
 * @param highlights the title and body fragments with matches marked
 * @param duplicates how many other copies of the same story were collapsed into this hit
 * @param copies the first of those copies, in ranking order, at most {@link #COPIES_LISTED}; a hit
 *     with more {@code duplicates} lists only these
 */
public record Hit(
    String id,
    String title,
    String section,
    String sectionLabel,
    String date,
    float score,
    Highlights highlights,
    int duplicates,
    List<Copy> copies) {

  /**
   * The most copies a hit lists: enough to see where a wire story ran, few enough that reading them
   * costs a page of results little.
   */
  public static final int COPIES_LISTED = 10;

  /** Copies the list. */
  public Hit {
    copies = List.copyOf(copies);
  }

  /** This hit and its copies with their sections shown as {@code label} displays them. */
  public Hit withSectionLabels(UnaryOperator<String> label) {
    List<Copy> labelled =
        copies.stream()
            .map(c -> new Copy(c.id, c.title, c.section, label.apply(c.section), c.date, c.source))
            .toList();
    return new Hit(
        id, title, section, label.apply(section), date, score, highlights, duplicates, labelled);
  }

  /**
   * Another copy of a hit's story, as published elsewhere or again.
   *
   * @param id the copy's id
   * @param title its display title
   * @param section its section as displayed, or null
   * @param sectionLabel its section under its display names, or null
   * @param date its publication date as {@code yyyy-mm-dd}, or null
   * @param source where it was published, or null
   */
  public record Copy(
      String id, String title, String section, String sectionLabel, String date, String source) {}
}
