package newsearch.server;

import java.io.UncheckedIOException;
import java.net.BindException;

/** Thrown when a listener cannot start because another process listens on its port already. */
public final class PortInUseException extends UncheckedIOException {

  private final String host;
  private final int port;

  /** The port {@code port} on {@code host} is taken; {@code cause} is the operating system's. */
  public PortInUseException(String host, int port, BindException cause) {
    super("port " + port + " on " + host + " is in use", cause);
    this.host = host;
    this.port = port;
  }

  /** The address the listener was to bind. */
  public String host() {
    return host;
  }

  /** The port that is taken. */
  public int port() {
    return port;
  }
}
