package newsearch.search.highlight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsearch.schema.Article;
import newsearch.schema.HtmlEscaper;
import newsearch.schema.NewsSchema;
import newsearch.search.Hit;
import newsearch.search.SearchConfig;
import newsearch.search.facet.FacetedSearcher;
import newsearch.search.rank.HitCollapser;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Turns matched documents into {@link Hit}s: each article is read back from its stored fields, and
 * its title and body are highlighted for a query. Stateless and thread-safe; the searcher passed in
 * must stay acquired during the call.
 */
public final class HitAssembler {

  private final NewsSchema schema;
  private final SearchConfig config;

  public HitAssembler(NewsSchema schema, SearchConfig config) {
    this.schema = schema;
    this.config = config;
  }

  /**
   * The hits for {@code docs}, in order, with matches of {@code highlightQuery} marked. A query
   * without terms marks nothing: the highlights are then the title and the start of the body.
   */
  public List<Hit> hits(FacetedSearcher searcher, ScoreDoc[] docs, Query highlightQuery)
      throws IOException {
    List<HitCollapser.Kept> page = new ArrayList<>(docs.length);
    for (ScoreDoc doc : docs) {
      page.add(HitCollapser.Kept.alone(doc));
    }
    return assemble(searcher, page, highlightQuery);
  }

  /** The hits for {@code page}, each counting the copies collapsed into it. */
  public List<Hit> assemble(FacetedSearcher searcher, List<HitCollapser.Kept> page, Query textQuery)
      throws IOException {
    int[] docIds = page.stream().mapToInt(k -> k.doc().doc).toArray();
    // Each document is read once, for the hit and for its highlights.
    Map<Integer, Document> read = new HashMap<>();
    StoredFields stored = searcher.storedFields();
    for (int doc : docIds) {
      read.put(doc, stored.document(doc));
    }
    List<Highlights> highlights =
        new SnippetHighlighter(searcher, searcher.fieldInfos(), schema, config, read)
            .highlight(textQuery, docIds);
    List<Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      Article article = schema.toArticle(read.get(docIds[i]));
      Highlights h = highlights.get(i);
      if (h.title() == null) {
        h = new Highlights(HtmlEscaper.escape(article.displayTitle()), h.body());
      }
      String section = article.section().isEmpty() ? null : article.section().display();
      hits.add(
          new Hit(
              article.id(),
              article.displayTitle(),
              section,
              section,
              article.isoDate(),
              page.get(i).doc().score,
              h,
              page.get(i).duplicates(),
              copies(searcher, page.get(i).copies())));
    }
    return hits;
  }

  /**
   * The first {@link Hit#COPIES_LISTED} of {@code docs} as copies: read only for hits that have
   * them, which most hits do not.
   */
  private List<Hit.Copy> copies(IndexSearcher searcher, List<Integer> docs) throws IOException {
    List<Hit.Copy> copies = new ArrayList<>(Math.min(docs.size(), Hit.COPIES_LISTED));
    for (int doc : docs.subList(0, Math.min(docs.size(), Hit.COPIES_LISTED))) {
      Article copy = schema.toArticle(searcher.storedFields().document(doc));
      String section = copy.section().isEmpty() ? null : copy.section().display();
      copies.add(
          new Hit.Copy(
              copy.id(), copy.displayTitle(), section, section, copy.isoDate(), copy.source()));
    }
    return copies;
  }
}
