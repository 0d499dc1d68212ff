package newsearch.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import newsearch.schema.NewsSchema;
import newsearch.search.query.QueryTerm;
import org.apache.lucene.analysis.TokenStream;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * One unit of our query syntax (a word, a phrase, a {@code NEAR} pair, a word's beginning) written
 * for edismax, and whether it leaves anything to search once analysed, as our query factory decides
 * it. Thread-safe.
 */
final class EdismaxUnits {

  private final NewsSchema schema;

  EdismaxUnits(NewsSchema schema) {
    this.schema = schema;
  }

  /**
   * Whether {@code term} leaves anything to search once analysed, in its field or in the text
   * fields of {@code language} and the neutral field; a beginning of a word always does.
   */
  boolean searchable(QueryTerm term, String language) {
    if (term.kind() == QueryTerm.Kind.PREFIX) {
      return true;
    }
    List<String> fields =
        term.field() != null
            ? List.of(term.field())
            : List.of(NewsSchema.textField(NewsSchema.TITLE, language), NewsSchema.NEUTRAL);
    for (String field : fields) {
      try (TokenStream tokens = schema.analyzer().tokenStream(field, term.text())) {
        tokens.reset();
        boolean any = tokens.incrementToken();
        tokens.end();
        if (any) {
          return true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }

  /** {@code term} in edismax's syntax, without its sign: required and excluded are clauses. */
  static String unit(QueryTerm term) {
    String field = term.field() == null ? "" : term.field() + ":";
    return switch (term.kind()) {
      case WORD -> field + ClientUtils.escapeQueryChars(term.text());
      case PREFIX -> field + ClientUtils.escapeQueryChars(term.text()) + "*";
      case PHRASE -> field + phrase(term.text()) + (term.slop() > 0 ? "~" + term.slop() : "");
      case NEAR -> {
        // Either order within the distance: a sloppy phrase counts a swap as two moves.
        String[] pair = term.text().split(" ", 2);
        int slop = term.slop() - 1;
        yield "("
            + field
            + phrase(pair[0] + " " + pair[1])
            + "~"
            + slop
            + " OR "
            + field
            + phrase(pair[1] + " " + pair[0])
            + "~"
            + slop
            + ")";
      }
    };
  }

  /** {@code text} as a quoted phrase, its quotes and backslashes escaped. */
  static String phrase(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
