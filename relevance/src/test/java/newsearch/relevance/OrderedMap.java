package newsearch.relevance;

import java.util.LinkedHashMap;
import java.util.Map;

/** Maps for fixtures whose query order matters, which {@code Map.of} does not keep. */
public final class OrderedMap {

  private OrderedMap() {}

  /** A map of the given key, value, key, value... pairs, in that order. */
  @SuppressWarnings("unchecked")
  public static <V> Map<String, V> of(Object... pairs) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (V) pairs[i + 1]);
    }
    return map;
  }
}
