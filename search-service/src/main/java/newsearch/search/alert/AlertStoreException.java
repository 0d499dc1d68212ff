package newsearch.search.alert;

import java.io.IOException;

/** The store of saved searches cannot be opened, read or written; the message names its file. */
public final class AlertStoreException extends IOException {

  public AlertStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
