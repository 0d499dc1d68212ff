package newsearch.server;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.connector.ByteBufferPool;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.xnio.ChannelListener;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * One HTTP/1.1 listener on its own worker threads, put together as {@link Undertow#start} puts one
 * together, plus what its builder cannot add: every connection's output passes {@link
 * UnparsedRequests}, and at most {@code maxConnections} connections are open at once.
 *
 * <p>The cap is XNIO's: each IO thread accepts up to its share of the connections, then stops
 * accepting until one of its connections closes, so that past the cap a new connection waits in the
 * operating system's backlog while the open ones are served. Accepting is not balanced between the
 * IO threads by tokens, as Undertow would do, because a token handed to a thread at its share lets
 * it accept one more. Closing stops accepting, then waits for the workers to finish.
 */
final class HttpListener implements Closeable {

  /** How long closing waits for the workers to finish what they run. */
  private static final long STOP_MILLIS = 5_000;

  /** Undertow's pooled buffer size for a heap of 128 MiB or more: 16 KiB less a TLS record's. */
  private static final int BUFFER_BYTES = 16 * 1024 - 20;

  private final XnioWorker worker;
  private final AcceptingChannel<StreamConnection> server;

  private HttpListener(XnioWorker worker, AcceptingChannel<StreamConnection> server) {
    this.worker = worker;
    this.server = server;
  }

  /**
   * Listens on {@code host}:{@code port} with {@code workers} worker threads; {@code options} are
   * Undertow's server options. Listening when this returns.
   *
   * @throws PortInUseException when another process listens on {@code port} already
   */
  static HttpListener start(
      String host,
      int port,
      int workers,
      int maxConnections,
      OptionMap options,
      HttpHandler handler,
      UnparsedRequests unparsed) {
    // Each IO thread's share of the cap must be one at least, or it would accept one anyway.
    int ioThreads =
        Math.min(Math.max(Runtime.getRuntime().availableProcessors(), 2), maxConnections);
    XnioWorker worker = null;
    try {
      worker =
          Xnio.getInstance(Undertow.class.getClassLoader())
              .createWorker(
                  OptionMap.builder()
                      .set(Options.WORKER_IO_THREADS, ioThreads)
                      .set(Options.WORKER_TASK_CORE_THREADS, workers)
                      .set(Options.WORKER_TASK_MAX_THREADS, workers)
                      .set(Options.TCP_NODELAY, true)
                      .set(Options.CORK, true)
                      .getMap());
      HttpOpenListener open =
          new HttpOpenListener(
              buffers(),
              OptionMap.builder()
                  .set(UndertowOptions.BUFFER_PIPELINED_DATA, true)
                  .addAll(options)
                  .getMap());
      open.setRootHandler(handler);
      ChannelListener<StreamConnection> watched =
          connection -> {
            unparsed.watch(connection);
            open.handleEvent(connection);
          };
      AcceptingChannel<StreamConnection> server =
          worker.createStreamConnectionServer(
              new InetSocketAddress(InetAddress.getByName(host), port),
              ChannelListeners.openListenerAdapter(watched),
              OptionMap.builder()
                  .set(Options.WORKER_IO_THREADS, ioThreads)
                  .set(Options.TCP_NODELAY, true)
                  .set(Options.REUSE_ADDRESSES, true)
                  .set(Options.BACKLOG, 1000)
                  .set(Options.CONNECTION_HIGH_WATER, maxConnections)
                  .set(Options.CONNECTION_LOW_WATER, maxConnections)
                  .getMap());
      server.resumeAccepts();
      return new HttpListener(worker, server);
    } catch (IOException e) {
      if (worker != null) {
        worker.shutdownNow();
      }
      if (e instanceof BindException taken) {
        throw new PortInUseException(host, port, taken);
      }
      throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
    }
  }

  /** Direct buffers as Undertow sizes them, smaller for a small heap. */
  private static ByteBufferPool buffers() {
    long heap = Runtime.getRuntime().maxMemory();
    if (heap < 64L << 20) {
      return new DefaultByteBufferPool(false, 512, -1, 4);
    }
    return new DefaultByteBufferPool(true, heap < 128L << 20 ? 1024 : BUFFER_BYTES, -1, 4);
  }

  /** The port it listens on. */
  int port() {
    return server.getLocalAddress(InetSocketAddress.class).getPort();
  }

  /** Stops accepting and closes the connections, after the workers finish (5 s at most). */
  @Override
  public void close() {
    IoUtils.safeClose(server);
    worker.shutdown();
    try {
      if (!worker.awaitTermination(STOP_MILLIS, TimeUnit.MILLISECONDS)) {
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
