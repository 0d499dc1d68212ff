package newsearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev cluster starts in a JVM of its own, tells its ZooKeeper address and nodes, answers SolrJ
 * through ZooKeeper, and stops. A cluster that cannot start fails this test rather than skipping
 * it.
 */
class DevClusterIT {

  @TempDir Path dir;

  @Test
  void startsTwoNodesThatSolrJFindsThroughZooKeeper() throws Exception {
    try (DevClusterProcess cluster = DevClusterProcess.start(TestClusters.config(2, dir));
        CloudSolrClient client = SolrConnection.zk(cluster.zkAddress()).client()) {
      assertTrue(cluster.zkAddress().matches("127\\.0\\.0\\.1:\\d+/solr"), cluster.zkAddress());
      assertEquals(2, cluster.nodeUrls().size());
      NamedList<Object> status = client.request(new CollectionAdminRequest.ClusterStatus());
      @SuppressWarnings("unchecked")
      List<String> liveNodes =
          (List<String>) ((Map<String, Object>) status.get("cluster")).get("live_nodes");
      assertEquals(2, liveNodes.size(), liveNodes.toString());
    }
  }
}
