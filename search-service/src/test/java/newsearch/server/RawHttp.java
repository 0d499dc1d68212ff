package newsearch.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request exactly as written, byte for byte, over a plain socket: Java's HTTP client
 * normalises or rejects the very request targets (dot segments, backslashes, bad escapes) that a
 * hostile client sends.
 */
final class RawHttp {

  /**
   * An answer as read off the wire.
   *
   * @param status the status code, or -1 when the server closed without answering
   * @param head the status line and headers
   * @param body everything after the headers
   */
  record Answer(int status, String head, String body) {}

  private RawHttp() {}

  /** Sends {@code GET target} to {@code port} on the loopback address and reads the answer. */
  static Answer get(int port, String target) throws IOException {
    return send(
        port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  }

  /**
   * Sends {@code request}, its characters as bytes (ISO-8859-1), to {@code port} on the loopback
   * address and reads the answer until the server closes the connection.
   */
  static Answer send(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return parse(readAll(socket.getInputStream()));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        bytes.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException | java.net.SocketException closed) {
      // What was read so far is the answer; a reset after it changes nothing.
    }
    return bytes.toByteArray();
  }

  private static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      return new Answer(-1, text, "");
    }
    int status = Integer.parseInt(text.substring(9, 12));
    return new Answer(status, text.substring(0, end), text.substring(end + 4));
  }
}
