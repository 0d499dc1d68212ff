package newsearch.extraction;

import java.util.Locale;

/** The kinds of field an expectation file can name, in the order reports list them. */
public enum FieldKind {
  /** The headline, compared exactly after collapsing whitespace. */
  TITLE,
  /** The section path as displayed ({@code News > Japan}), or {@code none}. */
  SECTION,
  /** The publication date as {@code yyyy-MM-dd}, or {@code none}. */
  DATE,
  /** The words the body must begin with. */
  BODY_START,
  /** A phrase the body must contain. */
  BODY_CONTENT,
  /** A phrase that must be in none of title, summary and body. */
  JUNK_ABSENT,
  /** The page is not an article and must be rejected with this reason label. */
  REJECTION;

  /** The key of this field in an expectation file, such as {@code body-start}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
