package newsearch.search;

import newsearch.search.highlight.Highlights;

/**
 * One result.
 *
 * @param id the article's id
 * @param title the display title, as plain text
 * @param section the section as displayed ({@code News > Japan}), or null
 * @param date publication date as {@code yyyy-mm-dd}, or null
 * @param score relevance score
 * @param highlights the title and body fragments with matches marked
 * @param duplicates how many other copies of the same story were collapsed into this hit
 */
public record Hit(
    String id,
    String title,
    String section,
    String date,
    float score,
    Highlights highlights,
    int duplicates) {}
