package newsearch.search.index;

import java.io.IOException;
import java.util.List;
import newsearch.schema.NewsSchema;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.SmallFloat;

/**
 * Reads a stored article with its body cut to at most a given number of characters.
 *
 * <p>Lucene hands a stored string over whole, so cutting alone still reads a huge body into memory
 * on every request. The body's length in words, though, is in the index already: the norm that the
 * index-time similarity (Lucene's default, BM25) stores per field encodes it, coarsely and never
 * over the true count. Each word is at least one character, so a body of more than {@link
 * #SKIP_FACTOR} times the cap in words is at least that many times the cap in characters; such a
 * body is not read at all and comes back empty, marked as cut (unless the article has no title,
 * when the body is all there is to show). Indexes written since records have a size limit hold no
 * such body; older ones may. Stateless and thread-safe.
 */
public final class CappedArticleReader {

  /**
   * How many times the cap a body's word count may be before it is left unread. At the article
   * route's cap of 200,000 characters that is two million words, some twelve megabytes of text.
   */
  static final int SKIP_FACTOR = 10;

  private final NewsSchema schema;

  public CappedArticleReader(NewsSchema schema) {
    this.schema = schema;
  }

  /** The stored article of {@code doc}, its body cut to {@code maxBodyChars}. */
  public StoredArticle read(IndexReader reader, int doc, int maxBodyChars) throws IOException {
    boolean skipBody = bodyWords(reader, doc) > (long) SKIP_FACTOR * maxBodyChars;
    BodyCap visitor = new BodyCap(maxBodyChars, skipBody);
    reader.storedFields().document(doc, visitor);
    return new StoredArticle(schema.toArticle(visitor.getDocument()), visitor.truncated);
  }

  /** The body's length in words as its norm gives it, a lower bound; 0 without a norm. */
  private static long bodyWords(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues norms = leaf.reader().getNormValues(NewsSchema.BODY);
    if (norms == null || !norms.advanceExact(doc - leaf.docBase)) {
      return 0;
    }
    return SmallFloat.byte4ToInt((byte) norms.longValue());
  }

  /** Keeps every stored field, the body cut or skipped. */
  private static final class BodyCap extends DocumentStoredFieldVisitor {
    private final int maxBodyChars;
    private final boolean skipBody;
    private boolean truncated;

    BodyCap(int maxBodyChars, boolean skipBody) {
      this.maxBodyChars = maxBodyChars;
      this.skipBody = skipBody;
    }

    /**
     * Skips the body when it is far too long, unless the article has no title: an article needs a
     * title or a body. The title is stored before the body, so it has been seen by now.
     */
    @Override
    public Status needsField(FieldInfo field) throws IOException {
      if (skipBody
          && field.name.equals(NewsSchema.BODY)
          && getDocument().get(NewsSchema.TITLE) != null) {
        truncated = true;
        return Status.NO;
      }
      return super.needsField(field);
    }

    @Override
    public void stringField(FieldInfo field, String value) throws IOException {
      if (field.name.equals(NewsSchema.BODY) && value.length() > maxBodyChars) {
        truncated = true;
        int cut =
            Character.isHighSurrogate(value.charAt(maxBodyChars - 1))
                ? maxBodyChars - 1
                : maxBodyChars;
        super.stringField(field, value.substring(0, cut));
      } else {
        super.stringField(field, value);
      }
    }
  }
}
