package newsearch.schema;

import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.facet.taxonomy.FacetLabel;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.ArrayUtil;

/**
 * The limits an article must keep to become a document of this schema, checked before it reaches
 * the index writer. Lucene refuses a field beyond its limits with an {@link
 * IllegalArgumentException} for the whole document; checked here, one oversized field costs only
 * its own article, and the reason names the field and the limit ({@code id is 40000 bytes, at most
 * 32766}).
 *
 * <p>The analysed fields need no check: the standard tokenizer cuts a token at 255 characters, so
 * no word of a title, summary or body, nor its folded spelling form, comes near the term limit. The
 * stored-only fields (the displayed section, related headlines) have no limit short of the record
 * size. Stateless.
 */
public final class ArticleLimits {

  /**
   * The longest keyword value (id, url, source, author) in UTF-8 bytes: Lucene's limit on one
   * indexed term, which is also its limit on a sorted doc value such as the id's.
   */
  public static final int MAX_KEYWORD_BYTES = IndexWriter.MAX_TERM_LENGTH;

  /**
   * The longest section in characters, its levels and one separator between each counted: Lucene's
   * limit on a facet label, less the dimension name and its separator, which the label also holds.
   */
  public static final int MAX_SECTION_CHARS =
      FacetLabel.MAX_CATEGORY_PATH_LENGTH - NewsSchema.SECTION.length() - 1;

  /** The longest title in UTF-8 bytes: the limit of the binary doc value the suggester reads. */
  public static final int MAX_TITLE_BYTES = ArrayUtil.MAX_ARRAY_LENGTH;

  private ArticleLimits() {}

  /** What keeps {@code article} from being indexed, or empty when it is within every limit. */
  public static Optional<String> problem(Article article) {
    return bytesOver(NewsSchema.ID, article.id(), MAX_KEYWORD_BYTES)
        .or(() -> bytesOver(NewsSchema.URL, article.url(), MAX_KEYWORD_BYTES))
        .or(() -> bytesOver(NewsSchema.SOURCE, article.source(), MAX_KEYWORD_BYTES))
        .or(() -> bytesOver(NewsSchema.AUTHOR, article.author(), MAX_KEYWORD_BYTES))
        .or(() -> sectionProblem(article.section()))
        .or(() -> bytesOver(NewsSchema.TITLE, article.title(), MAX_TITLE_BYTES));
  }

  private static Optional<String> sectionProblem(SectionPath section) {
    int levels = section.parts().size();
    if (levels > SectionPath.MAX_DEPTH) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "%s has %d levels, at most %d",
              NewsSchema.SECTION,
              levels,
              SectionPath.MAX_DEPTH));
    }
    long chars = Math.max(0, levels - 1);
    for (String level : section.parts()) {
      chars += level.length();
    }
    return chars > MAX_SECTION_CHARS
        ? Optional.of(over(NewsSchema.SECTION, chars, "characters", MAX_SECTION_CHARS))
        : Optional.empty();
  }

  private static Optional<String> bytesOver(String field, String value, long max) {
    if (value == null || value.length() * 3L <= max) {
      return Optional.empty();
    }
    long bytes = utf8Length(value);
    return bytes > max ? Optional.of(over(field, bytes, "bytes", max)) : Optional.empty();
  }

  private static String over(String field, long size, String unit, long max) {
    return String.format(Locale.ROOT, "%s is %d %s, at most %d", field, size, unit, max);
  }

  /**
   * The length of {@code s} in UTF-8 as Lucene encodes it, counted without encoding it: a surrogate
   * pair is four bytes, and a lone surrogate becomes U+FFFD, three.
   */
  static long utf8Length(String s) {
    long bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
