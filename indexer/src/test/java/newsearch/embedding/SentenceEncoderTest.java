package newsearch.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The model loads from the class path and embeds with no connection beyond loopback.
 *
 * <p>Two hooks watch: {@link LoopbackOnlyResolver} refuses and records every lookup of a name that
 * is not loopback, since this module's test JVM started (so also a model loaded by an earlier
 * test); and a {@link ProxySelector}, which every URL connection asks before it connects, even to a
 * bare address such as a cloud metadata endpoint, records each and sends it to a closed loopback
 * port. A control test shows that both hooks do see an attempt.
 */
class SentenceEncoderTest {

  private final RecordingProxySelector proxies = new RecordingProxySelector();
  private ProxySelector previous;

  @BeforeEach
  void watchConnections() {
    previous = ProxySelector.getDefault();
    ProxySelector.setDefault(proxies);
  }

  @AfterEach
  void restore() {
    ProxySelector.setDefault(previous);
  }

  @Test
  void loadsFromTheClassPathAndEmbedsWithoutLeavingLoopback() {
    float[] vector = SentenceEncoder.shared().embed("Jobless claims fell for a third week.");

    assertEquals(SentenceEncoder.DIMENSIONS, vector.length);
    assertEquals(1.0, norm(vector), 1e-4);
    assertEquals(List.of(), proxies.seen);
    assertEquals(List.of(), LoopbackOnlyResolver.refused());
    assertEquals("true", System.getProperty(OfflineMode.OFFLINE));
    assertEquals("true", System.getProperty(OfflineMode.OPT_OUT_TRACKING));
  }

  @Test
  void placesTextsOfOneMeaningCloserThanTextsOfAnother() {
    SentenceEncoder encoder = SentenceEncoder.shared();
    float[] query = encoder.embed("unemployment");
    float[] sameMeaning = encoder.embed("More people were jobless this winter.");
    float[] other = encoder.embed("The orchestra played a new symphony.");

    assertTrue(
        dot(query, sameMeaning) > dot(query, other) + 0.1,
        dot(query, sameMeaning) + " vs " + dot(query, other));
  }

  @Test
  void embedsTheSameTextToTheSameVector() {
    SentenceEncoder encoder = SentenceEncoder.shared();
    String text = "The central bank raised the cost of borrowing.";

    assertEquals(List.of(box(encoder.embed(text))), List.of(box(encoder.embed(text))));
  }

  @Test
  void theHooksSeeAnAttemptToLeaveLoopback() throws IOException {
    assertThrows(UnknownHostException.class, () -> InetAddress.getByName("telemetry.invalid"));
    // 192.0.2.1 is reserved for documentation; the selector sends it to a closed loopback port.
    assertThrows(
        IOException.class,
        () -> URI.create("http://192.0.2.1/").toURL().openConnection().connect());

    assertTrue(LoopbackOnlyResolver.refused().contains("telemetry.invalid"));
    assertEquals(List.of("http://192.0.2.1/"), proxies.seen);
  }

  private static double norm(float[] v) {
    return Math.sqrt(dot(v, v));
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static List<Float> box(float[] v) {
    Float[] boxed = new Float[v.length];
    for (int i = 0; i < v.length; i++) {
      boxed[i] = v[i];
    }
    return List.of(boxed);
  }

  /** Records every URI a connection asks about and points it at a closed loopback port. */
  private static final class RecordingProxySelector extends ProxySelector {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public List<Proxy> select(URI uri) {
      seen.add(uri.toString());
      return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 9)));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {}
  }
}
