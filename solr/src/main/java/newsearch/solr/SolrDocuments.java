package newsearch.solr;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import newsearch.schema.Article;
import newsearch.schema.DuplicateKey;
import newsearch.schema.NewsSchema;
import org.apache.solr.common.SolrInputDocument;

/**
 * Turns an article into the Solr document of the collection, field for field as {@link
 * NewsSchema#toDocument} builds the Lucene one; the spelling field is filled by the configset's
 * copy fields.
 */
public final class SolrDocuments {

  private SolrDocuments() {}

  /** The document for {@code article}, first searchable at {@code firstSearchable} (epoch ms). */
  public static SolrInputDocument of(Article article, long firstSearchable) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(NewsSchema.ID, article.id());
    setIfPresent(doc, NewsSchema.TITLE, article.title());
    setIfPresent(doc, NewsSchema.SUMMARY, article.summary());
    setIfPresent(doc, NewsSchema.BODY, article.body());
    if (article.date() != null) {
      LocalDate date = article.date();
      doc.setField(NewsSchema.DATE, Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
      doc.setField(NewsSchema.YEAR, Integer.toString(date.getYear()));
      doc.setField(
          NewsSchema.MONTH,
          String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue()));
    }
    if (!article.section().isEmpty()) {
      doc.setField(NewsSchema.SECTION, article.section().display());
      doc.setField(SolrFields.SECTION_PATH, levels(article.section().parts()));
    }
    setIfPresent(doc, NewsSchema.URL, article.url());
    setIfPresent(doc, NewsSchema.SOURCE, article.source());
    setIfPresent(doc, NewsSchema.AUTHOR, article.author());
    setIfPresent(doc, NewsSchema.LANGUAGE, article.language());
    setIfPresent(doc, NewsSchema.DUPLICATE_KEY, DuplicateKey.of(article.body()));
    if (!article.related().isEmpty()) {
      doc.setField(NewsSchema.RELATED, article.related());
    }
    doc.setField(NewsSchema.FIRST_SEARCHABLE, firstSearchable);
    return doc;
  }

  /** {@code [World, Europe]} becomes {@code [0/World, 1/World/Europe]}. */
  static List<String> levels(List<String> parts) {
    return IntStream.range(0, parts.size())
        .mapToObj(depth -> depth + "/" + String.join("/", parts.subList(0, depth + 1)))
        .toList();
  }

  private static void setIfPresent(SolrInputDocument doc, String field, String value) {
    if (value != null && !value.isEmpty()) {
      doc.setField(field, value);
    }
  }
}
