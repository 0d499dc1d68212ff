package newsearch.server;

/**
 * The admin listener: the routes that change the index. They need a token and, by default, listen
 * on the loopback address only.
 *
 * @param host address to bind; {@code 127.0.0.1} keeps admin off the network
 * @param port port of the admin listener; 0 picks a free one
 * @param token the bearer token callers must send; null disables the admin routes
 * @param maxBodyBytes the largest request body an admin route accepts
 * @param bodyTimeoutMillis how long a request body may take to arrive in full, however slowly it
 *     trickles in; past it the answer is a 408
 */
public record AdminConfig(
    String host, int port, String token, long maxBodyBytes, long bodyTimeoutMillis) {

  /** Default largest body: 64 MiB of JSON Lines, some 20,000 long articles in one call. */
  public static final long DEFAULT_MAX_BODY_BYTES = 64L << 20;

  /**
   * Default time for a body to arrive: 30 s, time enough for the largest body over a slow link (64
   * MiB at 20 Mbit/s), short enough that clients that stall or trickle do not pile up.
   */
  public static final long DEFAULT_BODY_TIMEOUT_MILLIS = 30_000;

  /** Admin off: no token. */
  public static final AdminConfig DISABLED =
      new AdminConfig("127.0.0.1", 8081, null, DEFAULT_MAX_BODY_BYTES, DEFAULT_BODY_TIMEOUT_MILLIS);

  /** Rejects a token too short to resist guessing, and a body limit or timeout below one. */
  public AdminConfig {
    if (token != null && token.strip().length() < 16) {
      throw new IllegalArgumentException("the admin token must be at least 16 characters long");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1, got " + maxBodyBytes);
    }
    if (bodyTimeoutMillis < 1) {
      throw new IllegalArgumentException(
          "bodyTimeoutMillis must be at least 1, got " + bodyTimeoutMillis);
    }
    token = token == null ? null : token.strip();
  }

  /** The admin listener with bodies of at most {@code maxBodyBytes} and the default timeout. */
  public AdminConfig(String host, int port, String token, long maxBodyBytes) {
    this(host, port, token, maxBodyBytes, DEFAULT_BODY_TIMEOUT_MILLIS);
  }

  /** Whether the admin routes are served. */
  public boolean enabled() {
    return token != null;
  }

  /** A copy with this token, or disabled when it is null. */
  public AdminConfig withToken(String newToken) {
    return new AdminConfig(host, port, newToken, maxBodyBytes, bodyTimeoutMillis);
  }

  /** A copy listening on {@code newHost}:{@code newPort}. */
  public AdminConfig at(String newHost, int newPort) {
    return new AdminConfig(newHost, newPort, token, maxBodyBytes, bodyTimeoutMillis);
  }

  /** A copy whose bodies must arrive within {@code millis}. */
  public AdminConfig withBodyTimeoutMillis(long millis) {
    return new AdminConfig(host, port, token, maxBodyBytes, millis);
  }

  @Override
  public String toString() {
    return "AdminConfig[host="
        + host
        + ", port="
        + port
        + ", token="
        + (token == null ? "none" : "***")
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", bodyTimeoutMillis="
        + bodyTimeoutMillis
        + "]";
  }
}
