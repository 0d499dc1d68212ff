package newsearch.search.alert;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook call: {@code sha256=} and the hex HMAC-SHA256 of the exact body bytes,
 * keyed with the saved search's secret as UTF-8, sent in {@link #HEADER}. A receiver computes the
 * same over the body it received and compares, in constant time, to know the call came from this
 * service and was not altered.
 */
public final class WebhookSignature {

  /** The header that carries the signature. */
  public static final String HEADER = "X-Newsearch-Signature";

  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {}

  /** The signature of {@code body} with {@code secret}. */
  public static String of(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has " + ALGORITHM, e);
    }
  }
}
