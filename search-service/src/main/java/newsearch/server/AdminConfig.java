package newsearch.server;

/**
 * The admin listener: the routes that change the index. They need a token and, by default, listen
 * on the loopback address only.
 *
 * @param host address to bind; {@code 127.0.0.1} keeps admin off the network
 * @param port port of the admin listener; 0 picks a free one
 * @param token the bearer token callers must send; null disables the admin routes
 * @param maxBodyBytes the largest request body an admin route accepts
 */
public record AdminConfig(String host, int port, String token, long maxBodyBytes) {

  /** Admin off: no token. */
  public static final AdminConfig DISABLED = new AdminConfig("127.0.0.1", 8081, null, 64L << 20);

  /** Rejects a token too short to resist guessing. */
  public AdminConfig {
    if (token != null && token.strip().length() < 16) {
      throw new IllegalArgumentException("the admin token must be at least 16 characters long");
    }
    token = token == null ? null : token.strip();
  }

  /** Whether the admin routes are served. */
  public boolean enabled() {
    return token != null;
  }

  /** A copy with this token, or disabled when it is null. */
  public AdminConfig withToken(String newToken) {
    return new AdminConfig(host, port, newToken, maxBodyBytes);
  }

  /** A copy listening on {@code newHost}:{@code newPort}. */
  public AdminConfig at(String newHost, int newPort) {
    return new AdminConfig(newHost, newPort, token, maxBodyBytes);
  }

  @Override
  public String toString() {
    return "AdminConfig[host="
        + host
        + ", port="
        + port
        + ", token="
        + (token == null ? "none" : "***")
        + "]";
  }
}
