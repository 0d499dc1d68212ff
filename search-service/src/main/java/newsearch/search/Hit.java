package newsearch.search;

import java.util.List;
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

  /** This hit with its section shown as {@code sectionLabel}. */
  public Hit withSectionLabel(String label) {
    return new Hit(id, title, section, label, date, score, highlights, duplicates, copies);
  }

  /**
   * Another copy of a hit's story, as published elsewhere or again.
   *
   * @param id the copy's id
   * @param title its display title
   * @param section its section as displayed, or null
   * @param date its publication date as {@code yyyy-mm-dd}, or null
   * @param source where it was published, or null
   */
  public record Copy(String id, String title, String section, String date, String source) {}
}
