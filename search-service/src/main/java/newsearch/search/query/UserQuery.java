package newsearch.search.query;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A user's query as understood: groups of alternatives ({@code a OR b}) that are all wanted (or any
 * wanted, by configuration), and terms that must not match.
 *
 * @param groups wanted units; the units in one group are alternatives joined by {@code OR}
 * @param exclusions units that must not match
 */
public record UserQuery(List<List<QueryTerm>> groups, List<QueryTerm> exclusions) {

  /** Copies the lists. */
  public UserQuery {
    groups = groups.stream().map(List::copyOf).toList();
    exclusions = List.copyOf(exclusions);
  }

  /** Whether nothing searchable was typed. */
  public boolean isEmpty() {
    return groups.isEmpty() && exclusions.isEmpty();
  }

  /**
   * The query as it was read, in the user syntax with every operator explicit, for example {@code
   * peace AND (treaty OR accord) -russia}.
   */
  public String describe(boolean requireAll) {
    String joiner = requireAll ? " AND " : " ";
    String wanted =
        groups.stream()
            .map(
                g ->
                    g.size() == 1
                        ? g.get(0).syntax()
                        : g.stream()
                            .map(QueryTerm::syntax)
                            .collect(Collectors.joining(" OR ", "(", ")")))
            .collect(Collectors.joining(joiner));
    String unwanted = exclusions.stream().map(QueryTerm::syntax).collect(Collectors.joining(" "));
    return (wanted + " " + unwanted).strip();
  }
}
