package newsearch.search.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A user's query as understood: groups of alternatives ({@code a OR b}), each required or left to
 * the matching rule ({@link MinimumMatch}), terms that must not match, and the dates the text
 * narrowed the search to ({@code since:2021}).
 *
 * @param groups wanted units; the units in one group are alternatives joined by {@code OR}; a group
 *     is required when one of its units is
 * @param exclusions units that must not match
 * @param from the earliest publication date the text asks for, inclusive, or null
 * @param to the latest publication date the text asks for, inclusive, or null
 */
public record UserQuery(
    List<List<QueryTerm>> groups, List<QueryTerm> exclusions, LocalDate from, LocalDate to) {

  /** Copies the lists. */
  public UserQuery {
    groups = groups.stream().map(List::copyOf).toList();
    exclusions = List.copyOf(exclusions);
  }

  /** A query without dates. */
  public UserQuery(List<List<QueryTerm>> groups, List<QueryTerm> exclusions) {
    this(groups, exclusions, null, null);
  }

  /** Whether nothing searchable was typed. */
  public boolean isEmpty() {
    return groups.isEmpty() && exclusions.isEmpty();
  }

  /** Whether the group at {@code index} must match whatever the rule says. */
  public boolean required(int index) {
    return groups.get(index).stream().anyMatch(QueryTerm::required);
  }

  /** The same query without the group at {@code index}. */
  public UserQuery without(int index) {
    List<List<QueryTerm>> kept = new ArrayList<>(groups);
    kept.remove(index);
    return new UserQuery(kept, exclusions, from, to);
  }

  /** The group at {@code index} in the user syntax. */
  public String describeGroup(int index) {
    List<QueryTerm> group = groups.get(index);
    return group.size() == 1
        ? group.get(0).syntax()
        : group.stream().map(QueryTerm::syntax).collect(Collectors.joining(" OR ", "(", ")"));
  }

  /**
   * The query as it was read, in the user syntax with every operator explicit, for example {@code
   * peace AND (treaty OR accord) -russia since:2021-01-01}: the groups joined by {@code AND} when
   * {@code rule} requires them all, else by spaces with the required ones marked {@code +}. Dates
   * are written as {@code since:} (inclusive) and {@code before:} (exclusive) days.
   */
  public String describe(MinimumMatch rule) {
    long optional = groups.stream().filter(g -> g.stream().noneMatch(QueryTerm::required)).count();
    boolean all = groups.size() > 1 && rule.required((int) optional) == optional;
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      String group = describeGroup(i);
      parts.add(all && group.startsWith("+") ? group.substring(1) : group);
    }
    String wanted = String.join(all ? " AND " : " ", parts);
    String unwanted = exclusions.stream().map(QueryTerm::syntax).collect(Collectors.joining(" "));
    String dates =
        (from == null ? "" : "since:" + from) + (to == null ? "" : " before:" + to.plusDays(1));
    return Stream.of(wanted, unwanted, dates.strip())
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" "));
  }
}
