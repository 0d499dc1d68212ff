package newsearch.bench.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import newsearch.bench.corpus.BenchQuery;
import newsearch.bench.corpus.QueryKind;
import newsearch.bench.corpus.QueryMixFile;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.SearchRequest;
import newsearch.search.SearchResponse;
import newsearch.search.SortOrder;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Search paths whose cost hardly depends on the corpus, for the HTTP runs that measure the
 * service's fixed cost per request: {@value #URLS_NOMATCH}, queries no article matches even after
 * spelling correction and relaxation, and {@value #URLS_ONEHIT}, queries that find exactly one
 * article. Every query is checked with the service's own {@link NewsSearcher} over the index, with
 * its default configuration, as {@code newsearch serve} runs it; the paths have the shape of {@code
 * urls-plain.txt} (no facets).
 */
public final class FixedCostQueries {

  public static final String URLS_NOMATCH = "urls-nomatch.txt";
  public static final String URLS_ONEHIT = "urls-onehit.txt";

  /** How many queries of each kind are written unless told otherwise. */
  public static final int DEFAULT_COUNT = 200;

  /**
   * Letters that make up words of no language the corpora hold, so that no indexed term is within
   * the spelling corrector's edit distance of them.
   */
  private static final String RARE_LETTERS = "qxzjvkwy";

  private static final int NOMATCH_LENGTH = 9;

  /** Candidates kept for the one-hit search: enough to reach the count after the checks. */
  private static final int CANDIDATES_PER_QUERY = 5;

  private static final long SEED = 11;

  /** How many of each kind were written. */
  public record Written(int noMatch, int oneHit) {}

  private FixedCostQueries() {}

  /** Writes both files into {@code out}, up to {@code count} paths each. */
  public static Written write(Path index, Path out, int count) throws IOException {
    IndexGenerations generations = new IndexGenerations(index);
    Path generation =
        generations.current().orElseThrow(() -> new IOException("no index at " + index));
    Files.createDirectories(out);
    Random random = new Random(SEED);
    try (NewsSearcher searcher =
            NewsSearcher.open(generations, new NewsSchema(), SearchConfig.DEFAULTS);
        FSDirectory directory = FSDirectory.open(generation);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      List<String> noMatch = noMatch(searcher, random, count);
      List<String> oneHit = oneHit(searcher, reader, random, count);
      Files.write(out.resolve(URLS_NOMATCH), paths(noMatch, "n"), StandardCharsets.UTF_8);
      Files.write(out.resolve(URLS_ONEHIT), paths(oneHit, "h"), StandardCharsets.UTF_8);
      return new Written(noMatch.size(), oneHit.size());
    }
  }

  /** The total that the service reports for {@code text}, searched as the plain paths ask. */
  static long total(NewsSearcher searcher, String text) throws IOException {
    SearchResponse response =
        searcher.search(
            new SearchRequest(
                text, List.of(), null, null, SortOrder.RELEVANCE, 1, 10, null, false));
    return response.total();
  }

  private static List<String> noMatch(NewsSearcher searcher, Random random, int count)
      throws IOException {
    List<String> words = new ArrayList<>();
    for (int tries = 0; words.size() < count && tries < count * 20; tries++) {
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < NOMATCH_LENGTH; i++) {
        word.append(RARE_LETTERS.charAt(random.nextInt(RARE_LETTERS.length())));
      }
      String text = word.toString();
      if (!words.contains(text) && total(searcher, text) == 0) {
        words.add(text);
      }
    }
    return words;
  }

  /**
   * Words of one article: title and body terms in a single document, sampled evenly over the
   * dictionary, kept when the service's search of them finds that one article and no other (a
   * summary or a synonym may reach further).
   */
  private static List<String> oneHit(
      NewsSearcher searcher, DirectoryReader reader, Random random, int count) throws IOException {
    int keep = count * CANDIDATES_PER_QUERY;
    List<String> sample = new ArrayList<>();
    long seen = 0;
    for (String field : List.of(NewsSchema.TITLE, NewsSchema.BODY)) {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        if (te.docFreq() != 1) {
          continue;
        }
        String text = term.utf8ToString();
        if (text.length() < 4 || !text.chars().allMatch(Character::isLetter)) {
          continue;
        }
        // Reservoir sampling: an even sample of every such term, in one pass and bounded memory.
        seen++;
        if (sample.size() < keep) {
          sample.add(text);
        } else {
          long slot = random.nextLong(seen);
          if (slot < keep) {
            sample.set((int) slot, text);
          }
        }
      }
    }
    Collections.shuffle(sample, random);
    List<String> words = new ArrayList<>();
    for (String text : sample) {
      if (words.size() == count) {
        break;
      }
      if (!words.contains(text) && total(searcher, text) == 1) {
        words.add(text);
      }
    }
    return words;
  }

  private static List<String> paths(List<String> words, String idPrefix) {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      BenchQuery query = new BenchQuery(idPrefix + (i + 1), QueryKind.WORDS, "", words.get(i));
      paths.add(QueryMixFile.plainUrlPath(query));
    }
    return paths;
  }
}
