package newsearch.server;

/**
 * Where the service listens.
 *
 * @param host the address to bind; {@code localhost} keeps the service private to the machine
 * @param port the port; 0 picks a free one
 * @param refreshMillis how often the index is checked for new commits and generations
 */
public record ServerConfig(String host, int port, long refreshMillis) {

  /** Defaults: port 8080 on every interface, new commits visible within half a second. */
  public static final ServerConfig DEFAULTS = new ServerConfig("0.0.0.0", 8080, 500);

  /** Rejects an impossible port or refresh interval. */
  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (refreshMillis < 10) {
      throw new IllegalArgumentException("refreshMillis must be at least 10, got " + refreshMillis);
    }
  }
}
