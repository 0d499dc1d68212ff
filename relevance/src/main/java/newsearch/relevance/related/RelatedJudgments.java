package newsearch.relevance.related;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import newsearch.relevance.Qrels;
import newsearch.schema.Article;

/**
 * Which articles belong together: each article's groups, and a related article is a good one when
 * it shares a group with its seed. From judgments, an article's groups are the queries it was
 * judged relevant to (two articles relevant to one need are related); from an archive, an article's
 * group is its section (a story about cocoa is related to another about cocoa). Immutable.
 *
 * @param groupsOf the groups of each article that has any
 */
public record RelatedJudgments(Map<String, Set<String>> groupsOf) {

  /** Copies the map. */
  public RelatedJudgments {
    Map<String, Set<String>> copy = new HashMap<>();
    groupsOf.forEach((id, groups) -> copy.put(id, Set.copyOf(groups)));
    groupsOf = Map.copyOf(copy);
  }

  /** Groups by query: the articles judged relevant (grade above 0) to each. */
  public static RelatedJudgments ofQrels(Qrels qrels) {
    Map<String, Set<String>> groups = new HashMap<>();
    for (String query : qrels.queryIds()) {
      qrels
          .grades(query)
          .forEach(
              (doc, grade) -> {
                if (grade > 0) {
                  groups.computeIfAbsent(doc, d -> new HashSet<>()).add(query);
                }
              });
    }
    return new RelatedJudgments(groups);
  }

  /** Groups by section: each article with a section is in the group of its whole section path. */
  public static RelatedJudgments ofSections(List<Article> articles) {
    Map<String, Set<String>> groups = new HashMap<>();
    for (Article article : articles) {
      if (!article.section().isEmpty()) {
        groups.put(article.id(), Set.of(article.section().display()));
      }
    }
    return new RelatedJudgments(groups);
  }

  /** Whether {@code candidate} shares a group with {@code seed}. */
  public boolean related(String seed, String candidate) {
    Set<String> ours = groupsOf.getOrDefault(seed, Set.of());
    return !seed.equals(candidate)
        && groupsOf.getOrDefault(candidate, Set.of()).stream().anyMatch(ours::contains);
  }

  /**
   * Up to {@code count} seeds drawn with {@code seed} among the articles of {@code indexed} that
   * share a group with at least one other of them, in id order: an article alone in its groups has
   * no related article to find.
   */
  public List<String> seeds(Set<String> indexed, int count, long seed) {
    Map<String, Integer> members = new HashMap<>();
    for (String id : indexed) {
      for (String group : groupsOf.getOrDefault(id, Set.of())) {
        members.merge(group, 1, Integer::sum);
      }
    }
    List<String> candidates = new ArrayList<>();
    for (String id : new TreeSet<>(indexed)) {
      if (groupsOf.getOrDefault(id, Set.of()).stream().anyMatch(g -> members.get(g) > 1)) {
        candidates.add(id);
      }
    }
    Collections.shuffle(candidates, new Random(seed));
    return List.copyOf(new TreeSet<>(candidates.subList(0, Math.min(count, candidates.size()))));
  }

  /**
   * The precision at {@code size} of related articles drawn at random from {@code indexed}: for
   * each seed, the share of the other indexed articles it is related to, averaged; the floor any
   * ranking should clear.
   */
  public double chance(List<String> seeds, Set<String> indexed) {
    double sum = 0;
    for (String seed : seeds) {
      long related = indexed.stream().filter(id -> related(seed, id)).count();
      sum += (double) related / (indexed.size() - 1);
    }
    return seeds.isEmpty() ? 0 : sum / seeds.size();
  }
}
