package newsearch.solr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.cloud.DocCollection;

/**
 * Configsets, collections and aliases of a SolrCloud, through the Collections and Configsets APIs.
 * Does not close the client it is given. Thread-safe as its client is.
 */
public final class SolrCollections {

  /** How long a new collection may take until every replica is active. */
  public static final long ACTIVE_TIMEOUT_SECONDS = 120;

  private static final long POLL_MILLIS = 250;

  private final CloudSolrClient client;

  public SolrCollections(CloudSolrClient client) {
    this.client = client;
  }

  /** Uploads the configset files in {@code dir} as {@code name}, replacing one of that name. */
  public void uploadConfigset(String name, Path dir) throws IOException, SolrServerException {
    Path zip = Files.createTempFile("configset-", ".zip");
    try {
      try (OutputStream file = Files.newOutputStream(zip);
          ZipOutputStream out = new ZipOutputStream(file)) {
        for (String entry : SolrConfigset.FILES) {
          out.putNextEntry(new ZipEntry(entry));
          out.write(Files.readAllBytes(dir.resolve(entry)));
          out.closeEntry();
        }
      }
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
      upload.setConfigSetName(name);
      upload.setUploadFile(zip.toFile(), "application/zip");
      upload.setOverwrite(true);
      upload.setCleanup(true);
      upload.process(client);
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  /**
   * Creates {@code collection} on configset {@code configset}, routing articles by {@link
   * SolrFields#ROUTE}, and waits until all its replicas are active.
   */
  public void create(String collection, String configset, int shards, int replicas)
      throws IOException, SolrServerException {
    CollectionAdminResponse response =
        CollectionAdminRequest.createCollection(collection, configset, shards, replicas)
            .setRouterField(SolrFields.ROUTE)
            .process(client);
    if (!response.isSuccess()) {
      throw new IOException("cannot create " + collection + ": " + response.getErrorMessages());
    }
    awaitActive(collection, shards, replicas);
  }

  private void awaitActive(String collection, int shards, int replicas) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ACTIVE_TIMEOUT_SECONDS);
    while (!active(collection, shards, replicas)) {
      if (System.nanoTime() > deadline) {
        throw new IOException(
            collection + " has inactive replicas after " + ACTIVE_TIMEOUT_SECONDS + " s");
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for " + collection, e);
      }
    }
  }

  private boolean active(String collection, int shards, int replicas) throws IOException {
    ClusterStateProvider provider = client.getClusterStateProvider();
    Set<String> live = provider.getLiveNodes();
    DocCollection state = provider.getClusterState().getCollectionOrNull(collection);
    return state != null
        && state.getSlices().size() == shards
        && state.getSlices().stream()
            .allMatch(
                slice ->
                    slice.getReplicas().stream().filter(r -> r.isActive(live)).count() == replicas);
  }

  /** Points {@code alias} at {@code collection}, at once for every later request. */
  public void pointAlias(String alias, String collection) throws IOException, SolrServerException {
    CollectionAdminRequest.createAlias(alias, collection).process(client);
  }

  /** The collection {@code alias} points at, if the alias exists. */
  public Optional<String> aliasTarget(String alias) throws IOException, SolrServerException {
    Map<String, String> aliases =
        new CollectionAdminRequest.ListAliases().process(client).getAliases();
    return Optional.ofNullable(aliases.get(alias));
  }

  /** The collections of the cluster, by name. */
  public List<String> collections() throws IOException, SolrServerException {
    return CollectionAdminRequest.listCollections(client);
  }

  /** Deletes {@code collection} and its data. */
  public void delete(String collection) throws IOException, SolrServerException {
    CollectionAdminRequest.deleteCollection(collection).process(client);
  }
}
