package newsearch.search.alert;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import newsearch.search.InvalidRequestException;

/**
 * The hosts a webhook may call: only those named in the configuration, written as in the URL (a
 * name or an address), so that saved searches cannot make the service call into its own network.
 * Only {@code http} and {@code https} URLs without user information are taken. Immutable.
 */
final class WebhookHosts {

  private final List<String> allowed;

  WebhookHosts(List<String> allowed) {
    this.allowed = List.copyOf(allowed);
  }

  /**
   * The webhook {@code url} as a URI, once its host is allowed.
   *
   * @throws InvalidRequestException {@code invalid_webhook} for a URL that is not one, {@code
   *     webhook_not_allowed} for a host not on the list
   */
  URI check(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new InvalidRequestException("invalid_webhook", "webhook is not a URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")
        || uri.getHost() == null
        || uri.getRawUserInfo() != null) {
      throw new InvalidRequestException(
          "invalid_webhook", "webhook must be an http or https URL with a host, got " + url);
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (!allowed.contains(host)) {
      throw new InvalidRequestException(
          "webhook_not_allowed",
          "webhook host "
              + host
              + " is not allowed; allowed: "
              + (allowed.isEmpty() ? "none" : String.join(", ", allowed))
              + " (serve --webhook-hosts or NEWSEARCH_WEBHOOK_HOSTS)");
    }
    return uri;
  }
}
