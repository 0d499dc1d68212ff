package newsearch.solr;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Synonym rules in the Solr format, with every entry already analysed by our index analyzer.
 *
 * <p>We parse rules with the index analyzer (so {@code electric vehicles} is stored as {@code
 * electric vehicle}); Solr's synonym filter splits them on white space and lower-cases them only.
 * Writing the analysed entries makes Solr build the same synonym map as ours.
 */
final class SynonymRules {

  private final Analyzer analyzer;

  SynonymRules(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** {@code rules} with each entry replaced by its analysed terms; comments and blanks kept. */
  String analysed(String rules) {
    return rules
        .lines()
        .map(line -> line.isBlank() || line.startsWith("#") ? line : rule(line))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private String rule(String line) {
    int arrow = line.indexOf("=>");
    if (arrow >= 0) {
      return entries(line.substring(0, arrow)) + " => " + entries(line.substring(arrow + 2));
    }
    return entries(line);
  }

  private String entries(String list) {
    return Arrays.stream(list.split(","))
        .map(this::terms)
        .filter(entry -> !entry.isEmpty())
        .collect(Collectors.joining(", "));
  }

  private String terms(String entry) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", new StringReader(entry.strip()))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return String.join(" ", terms);
  }
}
