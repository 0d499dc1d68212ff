package newsearch.embedding;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The name resolver of every test JVM of this module (registered as a service): it resolves the
 * loopback names and refuses, and records, every other. Any connection to a named host, by URL,
 * socket, channel or HTTP client, starts with a lookup, so a name recorded here is an attempt to
 * leave loopback, and none gets through.
 */
public final class LoopbackOnlyResolver extends InetAddressResolverProvider {

  private static final List<String> REFUSED = new CopyOnWriteArrayList<>();

  /** Every name refused since the JVM started. */
  static List<String> refused() {
    return List.copyOf(REFUSED);
  }

  @Override
  public InetAddressResolver get(Configuration configuration) {
    InetAddressResolver builtin = configuration.builtinResolver();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy)
          throws UnknownHostException {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
          return builtin.lookupByName(host, policy);
        }
        REFUSED.add(host);
        throw new UnknownHostException(host + " is not a loopback name; tests stay on loopback");
      }

      @Override
      public String lookupByAddress(byte[] addr) throws UnknownHostException {
        if (InetAddress.getByAddress(addr).isLoopbackAddress()) {
          return builtin.lookupByAddress(addr);
        }
        REFUSED.add(InetAddress.getByAddress(addr).getHostAddress());
        throw new UnknownHostException("reverse lookups stay on loopback in tests");
      }
    };
  }

  @Override
  public String name() {
    return "loopback-only";
  }
}
