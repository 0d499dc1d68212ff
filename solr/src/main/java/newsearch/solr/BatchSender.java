package newsearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends documents to a collection in batches, retrying a failed batch with a doubling backoff; a
 * batch that fails every try fails the load. Not thread-safe: the reading thread alone uses it.
 */
final class BatchSender {

  private static final Logger log = LoggerFactory.getLogger(BatchSender.class);

  private final CloudSolrClient client;
  private final String collection;
  private final SolrLoadConfig config;
  private final List<SolrInputDocument> batch = new ArrayList<>();
  private long sent;

  BatchSender(CloudSolrClient client, String collection, SolrLoadConfig config) {
    this.client = client;
    this.collection = collection;
    this.config = config;
  }

  void add(SolrInputDocument doc) throws IOException {
    batch.add(doc);
    if (batch.size() >= config.batchSize()) {
      flush();
    }
  }

  /** Sends what is waiting, then commits so that every document is searchable. */
  void commit() throws IOException {
    flush();
    send(() -> client.commit(collection, true, true));
  }

  /** Documents sent so far. */
  long sent() {
    return sent;
  }

  private void flush() throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    List<SolrInputDocument> docs = List.copyOf(batch);
    send(() -> client.add(collection, docs));
    sent += docs.size();
    batch.clear();
  }

  private interface Request {
    void run() throws IOException, SolrServerException;
  }

  private void send(Request request) throws IOException {
    long wait = config.backoff().toMillis();
    for (int attempt = 1; ; attempt++) {
      try {
        request.run();
        return;
      } catch (IOException | SolrServerException | RuntimeException e) {
        if (attempt >= config.attempts()) {
          throw new IOException(
              "Solr refused a batch for " + collection + " " + attempt + " times: " + e, e);
        }
        log.warn(
            "batch for {} failed (try {}), retrying in {} ms: {}",
            collection,
            attempt,
            wait,
            e.toString());
        sleep(wait);
        wait *= 2;
      }
    }
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to retry", e);
    }
  }
}
