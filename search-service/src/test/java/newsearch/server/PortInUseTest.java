package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.search.NewsSearcher;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A port someone else listens on is a {@link PortInUseException} naming it, for either listener.
 */
class PortInUseTest {

  @TempDir Path dir;

  @Test
  void aTakenPublicPortIsNamed() throws Exception {
    try (NewsSearcher searcher =
            TestIndex.open(TestIndex.build(dir, List.of(TestIndex.TREATY_SIGNED)));
        ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ServerConfig config =
          ServerConfig.builder().host("127.0.0.1").port(taken.getLocalPort()).build();
      PortInUseException e =
          assertThrows(PortInUseException.class, () -> SearchServer.start(searcher, config));
      assertEquals(taken.getLocalPort(), e.port());
      assertEquals("127.0.0.1", e.host());
    }
  }

  @Test
  void aTakenAdminPortIsNamedAndThePublicListenerIsClosedAgain() throws Exception {
    try (NewsSearcher searcher =
            TestIndex.open(TestIndex.build(dir, List.of(TestIndex.TREATY_SIGNED)));
        ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int publicPort = free.getLocalPort();
      free.close();
      ServerConfig config = ServerConfig.builder().host("127.0.0.1").port(publicPort).build();
      AdminRoutes admin =
          new AdminRoutes(
              searcher,
              new IndexStore(new IndexGenerations(dir)),
              AdminConfig.DISABLED
                  .withToken(RunningServer.TOKEN)
                  .at("127.0.0.1", taken.getLocalPort()));
      PortInUseException e =
          assertThrows(PortInUseException.class, () -> SearchServer.start(searcher, config, admin));
      assertEquals(taken.getLocalPort(), e.port());
      // The public port is free again: a second start on it gets as far as the admin port.
      PortInUseException again =
          assertThrows(PortInUseException.class, () -> SearchServer.start(searcher, config, admin));
      assertEquals(taken.getLocalPort(), again.port());
    }
  }
}
