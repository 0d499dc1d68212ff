package newsearch.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Where a SolrCloud is: its ZooKeeper ensemble ({@code HOST:PORT[,HOST:PORT...][/chroot]}) or the
 * URLs of some of its nodes, which then tell the client the rest of the cluster.
 *
 * @param zkHosts the ZooKeeper servers, or empty when the cluster is reached by node URLs
 * @param chroot the ZooKeeper path under which Solr keeps its state, if any
 * @param solrUrls node base URLs ({@code http://HOST:PORT/solr}), or empty with ZooKeeper
 */
public record SolrConnection(List<String> zkHosts, Optional<String> chroot, List<String> solrUrls) {

  public SolrConnection {
    zkHosts = List.copyOf(zkHosts);
    solrUrls = List.copyOf(solrUrls);
    if (zkHosts.isEmpty() == solrUrls.isEmpty()) {
      throw new IllegalArgumentException("name either ZooKeeper hosts or Solr URLs, not both");
    }
  }

  /**
   * Parses a ZooKeeper address as {@code --solr-zk} takes it.
   *
   * @throws IllegalArgumentException naming the address when it has no host
   */
  public static SolrConnection zk(String address) {
    int slash = address.indexOf('/');
    String hosts = slash < 0 ? address : address.substring(0, slash);
    Optional<String> chroot =
        slash < 0 || slash == address.length() - 1
            ? Optional.empty()
            : Optional.of(address.substring(slash));
    List<String> list = Arrays.stream(hosts.split(",")).map(String::strip).toList();
    if (list.stream().anyMatch(host -> !host.matches("[^:\\s]+:\\d+"))) {
      throw new IllegalArgumentException(
          "--solr-zk must be HOST:PORT[,HOST:PORT...][/chroot], got '" + address + "'");
    }
    return new SolrConnection(list, chroot, List.of());
  }

  /** The cluster reached through one or more of its nodes' base URLs. */
  public static SolrConnection urls(List<String> urls) {
    return new SolrConnection(List.of(), Optional.empty(), urls);
  }

  /** A new client for the whole cluster; the caller closes it. Thread-safe. */
  public CloudSolrClient client() {
    CloudHttp2SolrClient.Builder builder =
        zkHosts.isEmpty()
            ? new CloudHttp2SolrClient.Builder(solrUrls)
            : new CloudHttp2SolrClient.Builder(zkHosts, chroot);
    return builder.build();
  }
}
