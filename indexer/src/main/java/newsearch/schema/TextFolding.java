package newsearch.schema;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The one folding of text for comparison: lower case, then accents and letter variants folded to
 * ASCII ({@code Ø} to {@code o}, {@code ß} to {@code ss}, {@code Æ} to {@code ae}, {@code Ł} to
 * {@code l}).
 *
 * <p>It is the analyzers' own normalisation, Lucene's {@code LowerCaseFilter} then {@link
 * ASCIIFoldingFilter}, applied to a whole string, so a word folded here equals the token the
 * analyzers make of it (before stop words and stemming). Lower-casing is per code point, as {@code
 * LowerCaseFilter} does it, rather than {@link String#toLowerCase}: the latter turns {@code İ} into
 * two characters, and would disagree with the index. Stateless and thread-safe.
 */
public final class TextFolding {

  /** ASCII folding turns one character into at most four ({@code ⑽} into {@code (10)}). */
  private static final int MAX_EXPANSION = 4;

  private TextFolding() {}

  /** {@code text} lower-cased and folded to ASCII where Lucene folds it. */
  public static String fold(String text) {
    int length = text.length();
    char[] lower = new char[length];
    boolean ascii = true;
    for (int i = 0; i < length; ) {
      int c = Character.toLowerCase(text.codePointAt(i));
      ascii &= c < 0x80;
      i += Character.toChars(c, lower, i);
    }
    if (ascii) {
      return new String(lower);
    }
    char[] folded = new char[MAX_EXPANSION * length];
    int foldedLength = ASCIIFoldingFilter.foldToASCII(lower, 0, folded, 0, length);
    return new String(folded, 0, foldedLength);
  }
}
