package newsearch.schema;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;

/**
 * Lucene's default codec, with the article vectors ({@link NewsSchema#EMBEDDING}) in an HNSW graph
 * over vectors quantized to one byte per dimension: a quarter of the memory of 32-bit floats for
 * the graph search, which rescores nothing, at a small cost in recall. The per-field format is
 * recorded by name in each segment, so a reader opens the index with the default codec.
 */
final class NewsCodec extends Lucene104Codec {

  private final KnnVectorsFormat vectors = new Lucene104HnswScalarQuantizedVectorsFormat();

  @Override
  public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
    return NewsSchema.EMBEDDING.equals(field) ? vectors : super.getKnnVectorsFormatForField(field);
  }
}
