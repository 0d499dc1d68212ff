package newsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.search.query.MinimumMatch;
import newsearch.search.query.UserQuery;
import org.apache.lucene.search.IndexSearcher;

/**
 * What a search runs when fewer articles than {@code relax_below} hold the words the matching rule
 * requires: the same words with any of them enough, ranked as they always are, so that articles
 * holding more of the words come first and an article that paraphrases one word is still found (the
 * judged collections measured a stricter fallback lower). When no article holds them all, it also
 * names the words left out: the fewest whose absence lets the others match together, one word at a
 * time, the one whose absence finds the most articles (of equals, the later one, since people put
 * the subject first); when leaving out any one word still finds nothing, the word in fewest
 * articles goes first. Required words ({@code +word}, {@code AND}) stay required. Words are named
 * only for queries of at most {@link #MAX_OPTIONAL_WORDS} optional words, since trying each costs a
 * count per word and step. Thread-safe.
 */
final class QueryRelaxer {

  /** The most optional words whose left-out ones are named: at most 30 counts to name them. */
  static final int MAX_OPTIONAL_WORDS = 6;

  /**
   * A relaxed search.
   *
   * @param rule the rule the relaxed search runs under
   * @param dropped the words and phrases no article holds with the others, in the user syntax, in
   *     query order; empty when some article holds them all
   */
  record Relaxation(MinimumMatch rule, List<String> dropped) {}

  private final SearchPlanner planner;

  QueryRelaxer(SearchPlanner planner) {
    this.planner = planner;
  }

  /**
   * The relaxation of {@code plan}'s query under its filters, which found {@code found} articles;
   * empty when there is none, because the rule asks for one word only.
   */
  Optional<Relaxation> relax(IndexSearcher searcher, SearchPlan plan, long found)
      throws IOException {
    int optional = optionalGroups(plan.userQuery()).size();
    if (optional < 2 || planner.rule().required(optional) < 2) {
      return Optional.empty();
    }
    List<String> dropped =
        found == 0 && optional <= MAX_OPTIONAL_WORDS ? dropWords(searcher, plan) : List.of();
    return Optional.of(new Relaxation(MinimumMatch.ANY, dropped));
  }

  /** The words left out, in query order; empty when leaving them out finds nothing either. */
  private List<String> dropWords(IndexSearcher searcher, SearchPlan plan) throws IOException {
    UserQuery query = plan.userQuery();
    List<String> dropped = new ArrayList<>();
    while (optionalGroups(query).size() > 1) {
      int drop = -1;
      long most = 0;
      for (int i : optionalGroups(query)) {
        long found = searcher.count(planner.counting(query.without(i), plan.request()));
        if (found > 0 && found >= most) {
          drop = i;
          most = found;
        }
      }
      if (drop >= 0) {
        dropped.add(query.describeGroup(drop));
        return ordered(dropped, plan.userQuery());
      }
      drop = rarest(searcher, query, plan.request());
      dropped.add(query.describeGroup(drop));
      query = query.without(drop);
    }
    return List.of();
  }

  private int rarest(IndexSearcher searcher, UserQuery query, SearchRequest request)
      throws IOException {
    int rarest = -1;
    long fewest = Long.MAX_VALUE;
    for (int i : optionalGroups(query)) {
      UserQuery alone = new UserQuery(List.of(query.groups().get(i)), List.of());
      long found = searcher.count(planner.counting(alone, request));
      if (found <= fewest) {
        rarest = i;
        fewest = found;
      }
    }
    return rarest;
  }

  private static List<Integer> optionalGroups(UserQuery query) {
    List<Integer> optional = new ArrayList<>();
    for (int i = 0; i < query.groups().size(); i++) {
      if (!query.required(i)) {
        optional.add(i);
      }
    }
    return optional;
  }

  /** The dropped units in the order the query has them. */
  private static List<String> ordered(List<String> dropped, UserQuery original) {
    List<String> inOrder = new ArrayList<>();
    for (int i = 0; i < original.groups().size(); i++) {
      String group = original.describeGroup(i);
      if (dropped.contains(group) && !inOrder.contains(group)) {
        inOrder.add(group);
      }
    }
    return inOrder;
  }
}
